//! A slug that is not registered, on every verb that takes one: "not
//! found" (exit 5) with the closest registered slug as "did you mean".

use crate::common::ctx::seen;
use crate::common::*;

/// The request id varies from run to run: its line is dropped (a line
/// selection, not a check; the rest is compared whole).
fn without_request_id(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("request id: req_"))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn every_tenant_verb_suggests_the_closest_slug_and_exits_5() {
    let env = TestEnv::new();
    let expected = "error: SSO config not found: no tenant is registered as `umbrela`\n\
hint: did you mean `umbrella`?\n\
hint: list the registered tenants with `ssoctl tenant list`\n";
    for verb in [
        &["tenant", "show", "umbrela"][..],
        &["tenant", "users", "umbrela"],
        &["tenant", "history", "umbrela"],
        &["tenant", "enable", "umbrela"],
        &["tenant", "disable", "umbrela", "--yes"],
        &["tenant", "disable", "umbrela"],
        &["tenant", "delete", "umbrela", "--yes"],
        &["tenant", "export", "umbrela"],
        &["tenant", "update", "umbrela", "--company-name", "Umbrella"],
    ] {
        let seen = seen(&env, false, &[], verb);
        assert_eq!(seen.exit, 5, "{verb:?}: {seen}");
        assert_eq!(seen.stdout, "", "{verb:?}");
        assert_eq!(without_request_id(&seen.stderr), expected, "{verb:?}");
    }
    assert_eq!(
        env.sandbox
            .requests()
            .iter()
            .filter(|r| ["POST", "PATCH", "DELETE"].contains(&r.method.as_str()))
            .count(),
        0,
        "nothing was written"
    );
}

#[test]
fn doctor_of_an_unknown_slug_exits_5_and_suggests_the_closest() {
    let env = TestEnv::new();
    for terminal in [true, false] {
        let seen = seen(&env, terminal, &[], &["doctor", "umbrela"]);
        assert_eq!(seen.exit, 5, "{seen}");
        insta::assert_snapshot!(
            format!(
                "doctor_unknown_slug_{}",
                if terminal { "terminal" } else { "piped" }
            ),
            seen.to_string()
        );
    }
    // A slug nothing is close to has no suggestion, and still exits 5.
    let seen = seen(
        &env,
        false,
        &[],
        &["doctor", "zzzzzzzz", "acme-corp", "-o", "json"],
    );
    assert_eq!(seen.exit, 5, "{seen}");
    let error: serde_json::Value =
        serde_json::from_str(seen.stderr.lines().last().unwrap()).unwrap();
    assert_eq!(
        error["error"]["message"],
        "SSO config not found: no tenant is registered as `zzzzzzzz`"
    );
    assert_eq!(
        error["error"]["hint"],
        "list the registered tenants with `ssoctl tenant list`"
    );
    let reports: serde_json::Value = serde_json::from_str(&seen.stdout).unwrap();
    assert_eq!(
        reports.as_array().unwrap().len(),
        2,
        "both reports are there"
    );
}
