//! The sandbox as users meet it: `--sandbox` for one command, and
//! `sandbox serve` as its own process with a state file that survives a kill.

use std::time::Duration;

use crate::common::*;

#[test]
fn the_sandbox_flag_shows_the_demo_tenants() {
    let home = tempfile::tempdir().unwrap();
    let out = isolated_cmd(home.path())
        .args(["--sandbox", "tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    for slug in ["acme-corp", "globex", "initech", "wayne"] {
        assert!(text.contains(slug), "{text}");
    }
    let out = isolated_cmd(home.path())
        .args([
            "--sandbox",
            "provisioning",
            "retry",
            "globex",
            "--wait",
            "--interval",
            "100ms",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
}

fn serve(home: &std::path::Path, state: &std::path::Path) -> ServedSandbox {
    let served = serve_sandbox(home, &["--state".as_ref(), state.as_os_str()]);
    assert!(
        served.url.starts_with("http://127.0.0.1:"),
        "{}",
        served.url
    );
    served
}

#[test]
fn a_killed_sandbox_loses_nothing() {
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("state.json");
    let served = serve(home.path(), &state);
    let cmd = |url: &str| {
        let mut c = isolated_cmd(home.path());
        c.env("SSOCTL_API_URL", url)
            .env("SSOCTL_TOKEN", ADMIN_TOKEN);
        c
    };
    cmd(&served.url)
        .args([
            "tenant",
            "register",
            "--slug",
            "soylent",
            "--company-name",
            "Soylent",
            "--okta-domain",
            "integrator-3000001.okta.com",
            "--client-id",
            "0oasoylent000000001",
            "--client-secret-stdin",
            "--no-verify",
        ])
        .write_stdin(CLIENT_SECRET)
        .assert()
        .success();
    drop(served); // SIGKILL: no chance to flush anything

    let state_text = std::fs::read_to_string(&state).unwrap();
    assert!(!state_text.is_empty());
    let served = serve(home.path(), &state);
    std::thread::sleep(Duration::from_millis(50));
    let out = cmd(&served.url)
        .args(["tenant", "show", "soylent", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(json(&out)["company_name"], "Soylent");
}
