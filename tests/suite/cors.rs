//! `ssoctl cors …`: normalised origins.

use crate::common::*;

#[test]
fn list_add_remove_with_normalisation() {
    let env = TestEnv::new();
    let out = env.cmd().args(["cors", "list"]).output().unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!("cors_list_piped", transcript(&env, &out));

    let out = env
        .cmd()
        .args(["cors", "add", "HTTPS://Portal.Globex.Example:443/"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    // Says the origin as it was stored: normalised.
    insta::assert_snapshot!("cors_add_normalised", transcript(&env, &out));
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
    // A list of values, not output text: one origin among the seed's.
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
    assert_eq!(
        json(&out)[0]["changed"],
        false,
        "adding twice changes nothing"
    );

    env.cmd()
        .args(["cors", "remove", "https://portal.globex.example", "--yes"])
        .assert()
        .success();
    // Removing what is not there is what was asked for, as adding twice is.
    let out = env
        .cmd()
        .args(["cors", "remove", "https://portal.globex.example", "--yes"])
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(
        json(&out),
        serde_json::json!([{"origin": "https://portal.globex.example", "changed": false}])
    );
}

#[test]
fn several_origins_in_one_call_and_plain_http_only_when_asked() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "cors",
            "add",
            "https://a.example",
            "https://B.example/",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(
        json(&out),
        serde_json::json!([
            {"origin": "https://a.example", "changed": true},
            {"origin": "https://b.example", "changed": true}
        ])
    );
    // One bad origin stops the call before anything is sent.
    let out = env
        .cmd()
        .args(["cors", "add", "https://c.example", "http://d.example"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!("cors_add_one_plain_http", transcript(&env, &out));
    // The seed's origins and a.example, b.example; no c.example.
    let listed = env.cmd().args(["cors", "list"]).output().unwrap();
    insta::assert_snapshot!("cors_list_after_a_refused_add", transcript(&env, &listed));
    // Loopback over http is how local development looks: allowed.
    env.cmd()
        .args(["cors", "add", "http://localhost:3000"])
        .assert()
        .success();
    env.cmd()
        .args(["cors", "add", "http://d.example", "--allow-http"])
        .assert()
        .success();
    let listed = stdout(&env.cmd().args(["cors", "list"]).output().unwrap());
    for origin in [
        "http://localhost:3000",
        "http://d.example",
        "https://b.example",
    ] {
        assert!(
            listed.lines().any(|l| l.split('\t').next() == Some(origin)),
            "{origin} in:\n{listed}"
        );
    }
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
    insta::assert_snapshot!("cors_add_not_an_origin", transcript(&env, &out));
    for bad in ["*", "app.acme.example", "ftp://x.example", "null"] {
        let out = env.cmd().args(["cors", "add", bad]).output().unwrap();
        assert_exit(&out, 2);
    }
    assert!(env.sandbox.requests().iter().all(|r| r.method != "POST"));
}

#[test]
fn remove_asks_for_the_origin_on_a_terminal_and_refuses_when_piped() {
    use crate::common::ctx::seen;
    let env = TestEnv::new();
    let piped = seen(
        &env,
        false,
        &[],
        &["cors", "remove", "https://app.acme.example"],
    );
    insta::assert_snapshot!("cors_remove_piped", piped.to_string());
    let asked = seen(
        &env,
        true,
        &["https://app.acme", "https://app.acme.example"],
        &["cors", "remove", "https://app.acme.example"],
    );
    insta::assert_snapshot!("cors_remove_terminal", asked.to_string());
    // Removed after the confirmation.
    let listed = seen(&env, false, &[], &["cors", "list"]);
    insta::assert_snapshot!("cors_list_after_remove", steady(&env, &listed.to_string()));
}
