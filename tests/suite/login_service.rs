//! `ssoctl login test SLUG` through the sandbox's service, without a
//! browser: `--paste` takes the final URL of a scripted walk through the
//! service's start, Okta's sign-in form and the service's callback. (The
//! same runs in real Chromium are in tests/suite/browser.rs.)

use std::process::Command;

use crate::common::*;

fn login(env: &TestEnv, slug: &str, user: &str, extra: &[&str]) -> PasteRun {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("ssoctl"));
    command
        .args(["login", "test", slug, "--paste", "--port", "8799"])
        .args(extra)
        .env("SSOCTL_CONFIG_DIR", env.config_dir())
        .env("SSOCTL_API_URL", env.sandbox.url())
        .env("SSOCTL_COLOR", "never");
    paste_run(command, "/start?", |open| {
        browse_to_callback(env, open, user)
    })
}

#[test]
fn a_healthy_tenant_signs_in_and_shows_the_project() {
    let env = TestEnv::new();
    let run = login(&env, "acme-corp", "ana@acme.example", &[]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    for expected in [
        "okta sign-in:\tsucceeded",
        "user:\tana@acme.example",
        "role:\tpartner",
        "project id:\tprj_",
        "subscription:\tadvanced",
    ] {
        assert!(run.stdout.contains(expected), "{expected}:\n{}", run.stdout);
    }
    let run = login(&env, "acme-corp", "ana@acme.example", &["-o", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let verdict: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(verdict["ok"], true);
    assert_eq!(verdict["user"]["project_role"], "owner");
}

#[test]
fn a_tenant_without_an_access_policy_gets_the_step_3_fix() {
    let env = TestEnv::new();
    let run = login(&env, "hooli", "gavin@hooli.example", &[]);
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("Policy evaluation failed"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("follow step 3"), "{}", run.stdout);
}

#[test]
fn a_failed_provisioning_shows_the_retry_command() {
    let env = TestEnv::new();
    env.sandbox
        .control()
        .fail_provisioning("tyrell", 1)
        .unwrap();
    let run = login(&env, "tyrell", "rachael@tyrell.example", &[]);
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("project_id is empty"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("ssoctl provisioning retry tyrell --wait"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unassigned_user_and_an_unknown_slug_are_named() {
    let env = TestEnv::new();
    let run = login(&env, "tyrell", "roy@tyrell.example", &[]);
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("User is not assigned"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Assignments"), "{}", run.stdout);

    let out = env
        .cmd_without_token()
        .args(["login", "test", "nosuch", "--no-browser"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("SSO config not found"),
        "{}",
        stdout(&out)
    );
}
