//! Fleet operations: `tenant history` (and the tenants-as-code verbs)
//! against the sandbox over real HTTP.

use crate::common::*;
use serde_json::{Value, json};
use ssoctl::sandbox::{SandboxOptions, Seed};
use std::time::Duration;

const SECOND_TOKEN: &str = "test-second-admin-token-5c2e8d1a";

fn two_admins() -> TestEnv {
    TestEnv::with_options(SandboxOptions {
        token: ADMIN_TOKEN.to_string(),
        actor: "alice@biometry".into(),
        more_tokens: vec![(SECOND_TOKEN.into(), "bob@biometry".into())],
        seed: Some(Seed::Demo),
        provisioning_delay: Duration::from_millis(50),
        ..SandboxOptions::default()
    })
}

fn history_json(env: &TestEnv, slug: &str) -> Vec<Value> {
    let out = env
        .cmd()
        .args(["tenant", "history", slug, "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    json(&out).as_array().unwrap().clone()
}

fn register(env: &TestEnv, slug: &str, secret: &str) {
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let out = env
        .cmd()
        .args(["tenant", "register", "--slug", slug])
        .args(["--company-name", "Soylent", "--okta-domain", &acme.domain])
        .args([
            "--client-id",
            "0oasoylent000000001",
            "--client-secret-stdin",
        ])
        .write_stdin(secret)
        .output()
        .unwrap();
    assert_exit(&out, 0);
}

#[test]
fn history_shows_every_write_with_its_actor_and_never_a_secret() {
    let env = two_admins();
    register(&env, "soylent", CLIENT_SECRET);

    // Bob renames it with his own token.
    let out = env
        .cmd()
        .env("SSOCTL_TOKEN", SECOND_TOKEN)
        .args([
            "tenant",
            "update",
            "soylent",
            "--company-name",
            "Soylent Corp",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let rotated = format!("{CLIENT_SECRET}-rotated");
    let out = env
        .cmd()
        .args(["tenant", "update", "soylent", "--rotate-secret"])
        .arg("--client-secret-stdin")
        .write_stdin(rotated.as_str())
        .output()
        .unwrap();
    assert_exit(&out, 0);
    for args in [
        &["tenant", "disable", "soylent", "--yes"][..],
        &["tenant", "enable", "soylent"],
    ] {
        assert_exit(&env.cmd().args(args).output().unwrap(), 0);
    }
    // It is active already (enabled), so the first login only starts
    // provisioning.
    env.sandbox
        .control()
        .add_user_login("soylent", "ada@soylent.example")
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let events = loop {
        let events = history_json(&env, "soylent");
        if events
            .iter()
            .any(|e| e["action"] == "provisioning_succeeded")
            || std::time::Instant::now() > deadline
        {
            break events;
        }
        std::thread::sleep(Duration::from_millis(50));
    };

    let summary: Vec<(String, String)> = events
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["actor"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("registered", "alice@biometry"),
        ("updated", "bob@biometry"),
        ("updated", "alice@biometry"),
        ("disabled", "alice@biometry"),
        ("enabled", "alice@biometry"),
        ("provisioning_started", "user:ada@soylent.example"),
        ("provisioning_succeeded", "provisioning"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(summary, expected);

    // Each admin write names the request that made it, as the log saw it.
    let requests = env.sandbox.requests();
    for e in events
        .iter()
        .filter(|e| e["actor"].as_str().unwrap().ends_with("@biometry"))
    {
        let id = e["request_id"].as_str().unwrap();
        assert!(
            requests
                .iter()
                .any(|r| r.request_id == id && r.method != "GET"),
            "{id} is not a write the sandbox answered"
        );
        assert!(e["at"].as_str().unwrap().contains('T'), "{e}");
    }
    assert_eq!(
        events[1]["changes"],
        json!([{"field": "company_name", "old": "Soylent", "new": "Soylent Corp"}])
    );
    assert_eq!(
        events[2]["changes"],
        json!([{"field": "client_secret", "rotated": true}])
    );

    // The table (a terminal) and the piped text say the same, secret-free.
    let table = env
        .cmd()
        .args(["tenant", "history", "soylent"])
        .env("SSOCTL_FORCE_TTY", "1")
        .output()
        .unwrap();
    assert_exit(&table, 0);
    let text = stdout(&table);
    assert!(
        text.contains("company_name: Soylent → Soylent Corp"),
        "{text}"
    );
    assert!(text.contains("client_secret: rotated"), "{text}");
    assert!(text.contains("bob@biometry"), "{text}");
    let piped = env
        .cmd()
        .args(["tenant", "history", "soylent"])
        .output()
        .unwrap();
    let all = format!(
        "{text}{}{}{}",
        stdout(&piped),
        stderr(&piped),
        serde_json::to_string(&events).unwrap()
    );
    for secret in [CLIENT_SECRET, rotated.as_str(), ADMIN_TOKEN, SECOND_TOKEN] {
        assert!(!all.contains(secret), "a secret leaked:\n{all}");
    }
    assert!(!all.contains(&CLIENT_SECRET[CLIENT_SECRET.len() - 8..]));
}

#[test]
fn history_follows_every_page_and_outlives_the_tenant() {
    let env = TestEnv::new();
    register(&env, "soylent", CLIENT_SECRET);
    // 60 renames: more than one page of 50.
    for i in 0..60 {
        let out = env
            .cmd()
            .args(["tenant", "update", "soylent", "--company-name"])
            .arg(format!("Soylent {i}"))
            .output()
            .unwrap();
        assert_exit(&out, 0);
    }
    assert_exit(
        &env.cmd()
            .args(["tenant", "delete", "soylent", "--yes"])
            .output()
            .unwrap(),
        0,
    );
    let events = history_json(&env, "soylent");
    assert_eq!(events.len(), 62, "registered, 60 updates, deleted");
    assert_eq!(events[0]["action"], "registered");
    assert_eq!(events[60]["changes"][0]["new"], "Soylent 59");
    assert_eq!(events[61]["action"], "deleted");
    assert_eq!(events[61]["actor"], "sandbox-admin");
    let ids: Vec<u64> = events.iter().map(|e| e["id"].as_u64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "oldest first: {ids:?}");
    assert!(
        env.sandbox
            .requests()
            .iter()
            .any(|r| r.path.contains("/events?cursor=ev1_")),
        "the second page was asked for"
    );
}

#[test]
fn history_of_an_unknown_tenant_is_not_found() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["tenant", "history", "nosuch"])
        .output()
        .unwrap();
    assert_exit(&out, 5);
    assert!(stderr(&out).contains("nosuch"), "{}", stderr(&out));
}
