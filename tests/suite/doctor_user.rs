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
