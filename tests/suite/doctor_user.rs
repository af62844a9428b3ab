//! `doctor SLUG --user LOGIN`: one person who cannot sign in, checked with
//! the Management API reads the emulator serves as Okta does (the user, the
//! user's assignment to the app, the user's groups).

use crate::common::ctx::seen;
use crate::common::*;

fn only_user_findings(text: &str) -> String {
    // The rest of the report is the doctor's, snapshotted elsewhere: keep
    // the user's lines (and their detail and fix lines) and the verdict.
    let mut out = String::new();
    let mut keep = false;
    for line in text.lines() {
        let finding = line.starts_with("  ") && !line.starts_with("    ");
        if finding {
            // Selecting the lines to snapshot, not asserting: the user's findings.
            keep = line.contains("@tyrell.example") || line.contains("was not checked");
        }
        if keep || line.starts_with("error:") || line.starts_with("exit:") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn an_assigned_an_unassigned_and_an_unknown_user_are_told_apart() {
    let env = TestEnv::new();
    for (login, exit) in [
        ("rachael@tyrell.example", 0),
        ("roy@tyrell.example", 3),
        ("nobody@tyrell.example", 3),
    ] {
        let seen = seen(
            &env,
            false,
            &[],
            &["doctor", "tyrell", "--user", login, "-v"],
        );
        assert_eq!(seen.exit, exit, "{login}: {seen}");
        insta::assert_snapshot!(
            format!("doctor_user_{}", login.split('@').next().unwrap()),
            only_user_findings(&steady(&env, &seen.to_string()))
        );
    }
}

#[test]
fn without_an_okta_api_token_the_user_is_not_verified() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["doctor", "tyrell", "--user", "roy@tyrell.example"])
        .output()
        .unwrap();
    // Not verified is not an error; --strict would fail on it.
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "doctor_user_without_token",
        only_user_findings(&stdout(&out))
    );
}

/// Issue 15: an assigned user whom the access policy's only rule does not
/// admit (the rule names a group the user is not in) is an error, with the
/// step-3 fix; the same user passes once the rule admits everyone again.
#[test]
fn an_assigned_user_outside_the_rules_groups_is_an_error() {
    use ssoctl::sandbox::{OktaPolicy, OktaRule};
    let env = TestEnv::new();
    let policy = |groups: Vec<String>| OktaPolicy {
        name: "Biometry SSO Policy".into(),
        status: "ACTIVE".into(),
        priority: None,
        clients: vec!["ALL_CLIENTS".into()],
        rules: vec![OktaRule {
            name: "Contractors only".into(),
            status: "ACTIVE".into(),
            priority: None,
            grant_types: vec!["authorization_code".into()],
            users: vec![],
            groups,
            scopes: vec!["*".into()],
        }],
    };
    env.sandbox
        .control()
        .set_okta_policies("tyrell", vec![policy(vec!["00gContractors0000001".into()])])
        .unwrap();
    let args = ["doctor", "tyrell", "--user", "rachael@tyrell.example", "-v"];
    let outside = seen(&env, false, &[], &args);
    assert_eq!(outside.exit, 3, "{outside}");
    insta::assert_snapshot!(
        "doctor_user_rachael_outside_the_rule",
        only_user_findings(&steady(&env, &outside.to_string()))
    );

    env.sandbox
        .control()
        .set_okta_policies("tyrell", vec![policy(vec![])])
        .unwrap();
    let admitted = seen(&env, false, &[], &args);
    assert_eq!(admitted.exit, 0, "{admitted}");
}
