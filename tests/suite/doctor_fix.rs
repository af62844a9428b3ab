//! `ssoctl doctor SLUG --fix`: the findings' machine-applicable changes
//! applied to the demo tenants (the tenant through the admin API, the Okta
//! org through the Management API), then the doctor finds no error; a
//! tenant whose problem no tool can fix, and a run without confirmation,
//! change nothing.

use crate::common::{TestEnv, stderr, stdout};

/// What each fixable demo tenant's one error is fixed by, as `--fix` says it.
const FIXABLE: &[(&str, &str)] = &[
    (
        "cyberdyne",
        "add the access policy \"Biometry SSO Policy\" for client",
    ),
    (
        "globex",
        "retry tenant globex's provisioning and wait for it",
    ),
    (
        "hooli",
        "add the access policy \"Biometry SSO Policy\" for client",
    ),
    ("initech", "enable tenant initech"),
    (
        "massive",
        "allow the Authorization Code grant (response type code) on Okta app",
    ),
    ("umbrella", "add the sign-in redirect URI"),
    (
        "wayne",
        "set tenant wayne's Okta domain to integrator-1000008.localhost:",
    ),
];

fn doctor(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env(
            "SSOCTL_OKTA_API_TOKEN",
            env.sandbox.control().okta_api_token(),
        )
        .arg("doctor")
        .args(args)
        .output()
        .unwrap()
}

/// Requests that change something: not GETs, not the doctor's side-effect
/// free probes (`/oauth2/…/token`, `/revoke`, the service's secret check).
fn writes(env: &TestEnv) -> Vec<String> {
    env.sandbox
        .control()
        .requests()
        .into_iter()
        .filter(|r| r.method != "GET")
        .filter(|r| !r.path.starts_with("/oauth2/") && !r.path.ends_with("/checks/client-secret"))
        .map(|r| format!("{} {} {}", r.method, r.path, r.status))
        .collect()
}

#[test]
fn each_fixable_demo_tenant_is_fixed_and_then_the_doctor_finds_no_error() {
    let env = TestEnv::new();
    let umbrella_before = env.sandbox.control().okta_org("umbrella").unwrap();
    for (slug, change) in FIXABLE {
        let before = doctor(&env, &[slug]);
        assert_eq!(
            before.status.code(),
            Some(3),
            "{slug} is broken to begin with"
        );
        let fixed = doctor(&env, &[slug, "--fix", "--yes"]);
        let (o, e) = (stdout(&fixed), stderr(&fixed));
        assert_eq!(fixed.status.code(), Some(0), "{slug}:\n{o}\n{e}");
        assert!(
            o.ends_with(&format!("\n{slug}: 1 error(s) → 0; 1 change(s) applied\n")),
            "{slug}:\n{o}"
        );
        // The plan and the applied change, on stderr, among the other lines.
        assert!(e.contains(&format!("  1. {change}")), "{slug}:\n{e}");
        assert!(e.contains(&format!("✓ {change}")), "{slug}:\n{e}");
        let after = doctor(&env, &[slug]);
        assert_eq!(
            after.status.code(),
            Some(0),
            "{slug} after --fix:\n{}",
            stdout(&after)
        );
    }
    // Only what the finding named: umbrella's app gained the redirect URI
    // and nothing else changed.
    let umbrella = env.sandbox.control().okta_org("umbrella").unwrap();
    let mut expected = umbrella_before.clone();
    expected
        .redirect_uris
        .push(format!("{}/okta-login/umbrella", env.sandbox.url()));
    assert_eq!(umbrella, expected);
}

#[test]
fn a_tenant_without_a_machine_remedy_is_left_untouched() {
    let env = TestEnv::new();
    let history = |env: &TestEnv| {
        let out = env
            .cmd()
            .args(["tenant", "history", "stark", "-o", "json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let before = history(&env);
    let org = env.sandbox.control().okta_org("stark").unwrap();
    let out = doctor(&env, &["stark", "--fix", "--yes"]);
    let o = stdout(&out);
    assert_eq!(out.status.code(), Some(3), "{o}\n{}", stderr(&out));
    assert!(
        o.ends_with("\nstark: nothing ssoctl can change by itself: see each finding's fix; nothing was changed\n"),
        "{o}"
    );
    assert_eq!(writes(&env), Vec::<String>::new());
    assert_eq!(history(&env), before);
    assert_eq!(env.sandbox.control().okta_org("stark").unwrap(), org);
}

#[test]
fn fix_without_a_terminal_or_yes_refuses_and_changes_nothing() {
    let env = TestEnv::new();
    let out = doctor(&env, &["umbrella", "--fix", "--no-input"]);
    let e = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{e}");
    assert!(
        e.contains(
            "Fixes for umbrella (1 change(s), one at a time):\n  1. add the sign-in redirect URI"
        ),
        "{e}"
    );
    assert!(e.contains("pass --yes to apply the fixes above"), "{e}");
    assert_eq!(writes(&env), Vec::<String>::new());
}

#[test]
fn without_an_okta_token_the_app_is_not_changed() {
    let env = TestEnv::new();
    // Without the token the doctor still sees umbrella's redirect URI
    // refused at /authorize, but does not know the app to change.
    let out = env
        .cmd()
        .args(["doctor", "umbrella", "--fix", "--yes"])
        .output()
        .unwrap();
    let (o, e) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(3), "{o}\n{e}");
    assert!(
        o.ends_with("\numbrella: nothing ssoctl can change by itself: see each finding's fix; nothing was changed\n"),
        "{o}"
    );
    assert_eq!(writes(&env), Vec::<String>::new(), "{o}\n{e}");
}

#[test]
fn a_fix_okta_refuses_is_reported_not_applied_and_a_second_run_applies_it() {
    let env = TestEnv::new();
    let control = env.sandbox.control();
    control.inject_fault(
        ssoctl::sandbox::Fault::new(
            "/api/v1/authorizationServers/default/policies",
            ssoctl::sandbox::FaultKind::OktaLocked,
        )
        .method("POST")
        .times(20),
    );
    let out = doctor(&env, &["hooli", "--fix", "--yes"]);
    let (o, e) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(3), "{o}\n{e}");
    assert!(
        o.ends_with("\nhooli: 1 error(s) → 1; 0 change(s) applied, 1 not applied\n"),
        "{o}"
    );
    assert!(
        e.contains("not applied: add the access policy \"Biometry SSO Policy\" for client")
            && e.contains("(E0000239, HTTP 423)"),
        "{e}"
    );
    control.clear_faults();
    // On a terminal, asked and answered yes.
    let seen = crate::common::ctx::seen(&env, true, &["y"], &["doctor", "hooli", "--fix"]);
    assert_eq!(seen.exit, 0, "{}\n{}", seen.stdout, seen.stderr);
    assert!(
        seen.stdout
            .ends_with("\nhooli: 1 error(s) → 0; 1 change(s) applied\n"),
        "{}",
        seen.stdout
    );
}
