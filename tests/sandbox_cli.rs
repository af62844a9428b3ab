//! The sandbox as users meet it: `--sandbox` for one command, and
//! `sandbox serve` as its own process with a state file that survives a kill.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::*;

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

struct Served {
    child: Child,
    url: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(home: &std::path::Path, state: &std::path::Path) -> Served {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("ssoctl"))
        .args([
            "sandbox",
            "serve",
            "--port",
            "0",
            "--seed",
            "demo",
            "--state",
        ])
        .arg(state)
        .env("SSOCTL_SANDBOX_TOKEN", ADMIN_TOKEN)
        .env("SSOCTL_CONFIG_DIR", home.join("config"))
        .env_remove("SSOCTL_OUTPUT")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "ready line: {line:?}");
    Served { child, url }
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
