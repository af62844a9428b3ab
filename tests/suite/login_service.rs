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

/// The verdict a paste run printed, for a snapshot: the exit code and
/// stdout (stderr carries the URL to open, with a random state).
fn verdict(env: &TestEnv, run: &PasteRun) -> String {
    let exit = run.code.map_or_else(|| "signal".into(), |c| c.to_string());
    steady(env, &format!("exit: {exit}\n--- stdout\n{}", run.stdout))
}

/// `login test SLUG --no-browser` without a token: it stops before the browser.
fn no_browser(env: &TestEnv, slug: &str) -> std::process::Output {
    env.cmd_without_token()
        .args(["login", "test", slug, "--no-browser"])
        .output()
        .unwrap()
}

#[test]
fn a_healthy_tenant_signs_in_and_shows_the_project() {
    let env = TestEnv::new();
    let run = login(&env, "acme-corp", "ana@acme.example", &[]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    insta::assert_snapshot!("login_service_acme_signed_in", verdict(&env, &run));
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
    insta::assert_snapshot!("login_service_hooli_no_policy", verdict(&env, &run));
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
    insta::assert_snapshot!(
        "login_service_tyrell_failed_provisioning",
        verdict(&env, &run)
    );
}

#[test]
fn an_unassigned_user_and_an_unknown_slug_are_named() {
    let env = TestEnv::new();
    let run = login(&env, "tyrell", "roy@tyrell.example", &[]);
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    insta::assert_snapshot!("login_service_tyrell_unassigned", verdict(&env, &run));

    let out = no_browser(&env, "nosuch");
    assert_exit(&out, 3);
    insta::assert_snapshot!("login_service_unknown_slug", transcript(&env, &out));
}

#[test]
fn a_disabled_tenant_is_named_with_the_enable_command_before_any_browser() {
    let env = TestEnv::new();
    let out = no_browser(&env, "initech");
    assert_exit(&out, 3);
    // Both streams whole: the finding and its fix, no proxy-or-gateway
    // guess, and no "Open this URL" (no browser leg).
    insta::assert_snapshot!("login_service_disabled_tenant", transcript(&env, &out));
}

#[test]
fn an_unknown_slug_names_the_tenant_list() {
    let env = TestEnv::new();
    let out = no_browser(&env, "nosuch");
    assert_exit(&out, 3);
    insta::assert_snapshot!("login_service_unknown_slug", transcript(&env, &out));
}

#[test]
fn a_wrong_secret_on_file_names_the_update_that_stores_a_new_one() {
    let env = TestEnv::new();
    let user = env
        .sandbox
        .control()
        .okta_org("stark")
        .unwrap()
        .users
        .into_iter()
        .find(|u| u.assigned)
        .unwrap();
    let run = login(&env, "stark", &user.login, &[]);
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    insta::assert_snapshot!("login_service_stark_wrong_secret", verdict(&env, &run));
}

#[test]
fn a_pasted_address_of_the_service_s_own_page_names_the_expired_state() {
    let env = TestEnv::new();
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("ssoctl"));
    command
        .args(["login", "test", "acme-corp", "--paste"])
        .env("SSOCTL_CONFIG_DIR", env.config_dir())
        .env("SSOCTL_API_URL", env.sandbox.url())
        .env("SSOCTL_COLOR", "never");
    // The state expired while the user signed in: the browser stopped at
    // the service's own 401 page, and that address is what gets pasted.
    let service_page = format!(
        "{}/okta-login/acme-corp?code=okta-code&state=a-state-that-expired",
        env.sandbox.url()
    );
    let page = env.rt.block_on(reqwest::get(&service_page)).unwrap();
    assert_eq!(page.status(), 401);
    assert_eq!(page.headers()["x-error-code"], "invalid_sso_state");
    let run = paste_run(command, "/start?", |_| service_page.clone());
    assert_eq!(run.code, Some(2), "{}\n{}", run.stdout, run.stderr);
    // From the error on: before it, the URL to open carries a random state.
    let error = run
        .stderr
        .find("error: ")
        .map_or("", |at| &run.stderr[at..]);
    insta::assert_snapshot!("login_service_expired_state", steady(&env, error));
}

/// `login test wayne` (the `-admin` console domain registered): the
/// doctor's pre-flight stops the test before any browser, with the
/// domain and the `tenant update` that fixes it, with and without the
/// admin token.
#[test]
fn the_admin_console_domain_stops_the_test_before_any_browser() {
    let env = TestEnv::new();
    for (name, mut cmd) in [
        ("login_service_wayne_with_token", env.cmd()),
        ("login_service_wayne_without_token", env.cmd_without_token()),
    ] {
        let out = cmd
            .args(["login", "test", "wayne", "--no-browser"])
            .output()
            .unwrap();
        assert_exit(&out, 3);
        // Both streams whole: the admin host, the `tenant update` fix, and
        // no browser step ("Open this URL", "Waiting up to", "Paste the address").
        insta::assert_snapshot!(name, transcript(&env, &out));
    }
}

/// The stop as a person sees it, on a terminal and piped: the finding,
/// its fix with the command, the guide's step, and nothing of a browser.
#[test]
fn the_admin_console_domain_stop_as_seen() {
    use crate::common::ctx::seen;
    let env = TestEnv::new();
    let port = url::Url::parse(&env.sandbox.url())
        .unwrap()
        .port()
        .unwrap()
        .to_string();
    for (terminal, name) in [(true, "login_wayne_terminal"), (false, "login_wayne_piped")] {
        let run = seen(
            &env,
            terminal,
            &[],
            &["login", "test", "wayne", "--no-browser"],
        );
        assert_eq!(run.exit, 3, "{run}");
        insta::assert_snapshot!(name, run.to_string().replace(&port, "PORT"));
    }
}
