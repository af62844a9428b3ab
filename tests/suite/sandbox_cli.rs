//! The sandbox as users meet it: `--sandbox` for one command, and
//! `sandbox serve` as its own process with a state file that survives a kill.

use std::time::Duration;

use crate::common::*;

/// What `steady()` does, for a sandbox `--sandbox` started for one command
/// (its port not known to the test): ports after `127.0.0.1:` and
/// `localhost:` as `[port]`, and the list's last column, the seed's
/// timestamps (relative to now), as `[time]`.
fn steady_list(text: &str) -> String {
    steady_any_port(text)
        .lines()
        .map(|line| match line.rsplit_once('\t') {
            Some((head, time))
                if time.len() == 20 && &time[10..11] == "T" && time.ends_with('Z') =>
            {
                format!("{head}\t[time]\n")
            }
            _ => format!("{line}\n"),
        })
        .collect()
}

fn steady_any_port(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = ["127.0.0.1:", "localhost:"]
        .iter()
        .filter_map(|host| rest.find(host).map(|at| at + host.len()))
        .min()
    {
        out.push_str(&rest[..at]);
        let digits = rest[at..].len()
            - rest[at..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        if digits > 0 {
            out.push_str("[port]");
        }
        rest = &rest[at + digits..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_sandbox_flag_shows_the_demo_tenants() {
    let home = tempfile::tempdir().unwrap();
    let out = isolated_cmd(home.path())
        .args(["--sandbox", "tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!("sandbox_cli_demo_tenants", steady_list(&stdout(&out)));
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
    let port = served.url.strip_prefix("http://127.0.0.1:");
    assert!(
        port.is_some_and(|p| p.parse::<u16>().is_ok_and(|p| p != 0)),
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
