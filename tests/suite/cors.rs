//! `ssoctl cors …`: normalised origins.

use crate::common::*;

#[test]
fn list_add_remove_with_normalisation() {
    let env = TestEnv::new();
    let out = env.cmd().args(["cors", "list"]).output().unwrap();
    assert_exit(&out, 0);
    assert!(
        stdout(&out).contains("https://app.acme.example"),
        "{}",
        stdout(&out)
    );

    let out = env
        .cmd()
        .args(["cors", "add", "HTTPS://Portal.Globex.Example:443/"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(
        stderr(&out).contains("https://portal.globex.example"),
        "{}",
        stderr(&out)
    );
    let out = env
        .cmd()
        .args(["cors", "list", "-o", "json"])
        .output()
        .unwrap();
    let origins: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["origin"].as_str().unwrap().to_string())
        .collect();
    assert!(
        origins.contains(&"https://portal.globex.example".to_string()),
        "{origins:?}"
    );

    let out = env
        .cmd()
        .args(["cors", "add", "https://portal.globex.example", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(json(&out)["changed"], false, "adding twice changes nothing");

    env.cmd()
        .args(["cors", "remove", "https://portal.globex.example"])
        .assert()
        .success();
    let out = env
        .cmd()
        .args(["cors", "remove", "https://portal.globex.example"])
        .output()
        .unwrap();
    assert_exit(&out, 5);
}

#[test]
fn non_origins_are_refused_with_the_fix() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["cors", "add", "https://app.acme.example/login"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert!(
        stderr(&out).contains("use `https://app.acme.example`"),
        "{}",
        stderr(&out)
    );
    for bad in ["*", "app.acme.example", "ftp://x.example", "null"] {
        let out = env.cmd().args(["cors", "add", bad]).output().unwrap();
        assert_exit(&out, 2);
    }
    assert!(env.sandbox.requests().iter().all(|r| r.method != "POST"));
}
