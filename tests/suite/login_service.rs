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

#[test]
fn a_disabled_tenant_is_named_with_the_enable_command_before_any_browser() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["login", "test", "initech", "--no-browser"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let text = stdout(&out);
    assert!(
        text.contains("the tenant `initech` is disabled: its users cannot sign in"),
        "{text}"
    );
    assert!(text.contains("fix: ssoctl tenant enable initech"), "{text}");
    assert!(!text.contains("proxy or gateway"), "{text}");
    assert!(
        !stderr(&out).contains("Open this URL"),
        "no browser leg: {}",
        stderr(&out)
    );
}

#[test]
fn an_unknown_slug_names_the_tenant_list() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["login", "test", "nosuch", "--no-browser"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let text = stdout(&out);
    assert!(
        text.contains("SSO config not found: the service has no tenant `nosuch`"),
        "{text}"
    );
    assert!(text.contains("ssoctl tenant list"), "{text}");
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
    assert!(
        run.stdout
            .contains("Okta refused the client secret on file"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("ssoctl tenant update stark --rotate-secret --client-secret-stdin"),
        "{}",
        run.stdout
    );
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
    assert!(
        run.stderr.contains("the login state most likely expired"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("within 10 minutes"), "{}", run.stderr);
}

/// `login test wayne` (the `-admin` console domain registered): the
/// doctor's pre-flight stops the test before any browser, with the
/// domain and the `tenant update` that fixes it, with and without the
/// admin token.
#[test]
fn the_admin_console_domain_stops_the_test_before_any_browser() {
    let env = TestEnv::new();
    let wayne = env.sandbox.control().okta_org("wayne").unwrap();
    let (org, admin) = (&wayne.domain, wayne.admin_url.replace("http://", ""));
    for mut cmd in [env.cmd(), env.cmd_without_token()] {
        let out = cmd
            .args(["login", "test", "wayne", "--no-browser"])
            .output()
            .unwrap();
        assert_exit(&out, 3);
        let (text, err) = (stdout(&out), stderr(&out));
        assert!(
            text.contains(&format!("{admin} is the Admin Console host")),
            "{text}"
        );
        assert!(
            text.contains(&format!("ssoctl tenant update wayne --okta-domain {org}")),
            "{text}"
        );
        for browser_step in ["Open this URL", "Waiting up to", "Paste the address"] {
            assert!(!err.contains(browser_step), "no browser leg: {err}");
        }
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
