//! `ssoctl doctor SLUG --fix`: the findings' machine-applicable changes
//! applied to the demo tenants (the tenant through the admin API, the Okta
//! org through the Management API), then the doctor finds no error; a
//! tenant whose problem no tool can fix, and a run without confirmation,
//! change nothing.

use crate::common::{TestEnv, doctor_with_token, mask_ids, stderr, stdout, steady, streams};

/// The demo tenants whose one error `--fix` can fix (what it changes for
/// each is in the snapshot `doctor_fix_SLUG`).
const FIXABLE: &[&str] = &[
    "cyberdyne",
    "globex",
    "hooli",
    "initech",
    "massive",
    "umbrella",
    "wayne",
];

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
    for slug in FIXABLE {
        let before = doctor_with_token(&env, &[slug]);
        assert_eq!(
            before.status.code(),
            Some(3),
            "{slug} is broken to begin with"
        );
        let fixed = doctor_with_token(&env, &[slug, "--fix", "--yes"]);
        assert_eq!(
            fixed.status.code(),
            Some(0),
            "{slug}:\n{}\n{}",
            stdout(&fixed),
            stderr(&fixed)
        );
        // The report, the plan, the applied change and the tally.
        // A retried provisioning makes a new project, its id random.
        insta::assert_snapshot!(
            format!("doctor_fix_{slug}"),
            mask_ids(&steady(&env, &streams(&fixed)), "prj_", "prj_[id]")
        );
        let after = doctor_with_token(&env, &[slug]);
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
    let out = doctor_with_token(&env, &["stark", "--fix", "--yes"]);
    let o = stdout(&out);
    assert_eq!(out.status.code(), Some(3), "{o}\n{}", stderr(&out));
    insta::assert_snapshot!(
        "doctor_fix_stark_nothing_to_change",
        steady(&env, &streams(&out))
    );
    assert_eq!(writes(&env), Vec::<String>::new());
    assert_eq!(history(&env), before);
    assert_eq!(env.sandbox.control().okta_org("stark").unwrap(), org);
}

#[test]
fn fix_without_a_terminal_or_yes_refuses_and_changes_nothing() {
    let env = TestEnv::new();
    let out = doctor_with_token(&env, &["umbrella", "--fix", "--no-input"]);
    let e = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{e}");
    insta::assert_snapshot!("doctor_fix_umbrella_no_input", steady(&env, &streams(&out)));
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
    insta::assert_snapshot!(
        "doctor_fix_umbrella_without_okta_token",
        steady(&env, &streams(&out))
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
    let out = doctor_with_token(&env, &["hooli", "--fix", "--yes"]);
    let (o, e) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(3), "{o}\n{e}");
    insta::assert_snapshot!("doctor_fix_hooli_okta_locked", steady(&env, &streams(&out)));
    control.clear_faults();
    // On a terminal, asked and answered yes.
    let seen = crate::common::ctx::seen(&env, true, &["y"], &["doctor", "hooli", "--fix"]);
    assert_eq!(seen.exit, 0, "{}\n{}", seen.stdout, seen.stderr);
    insta::assert_snapshot!("doctor_fix_hooli_terminal", steady(&env, &seen.to_string()));
}
