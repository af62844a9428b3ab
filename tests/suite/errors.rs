//! How errors read: a wrong API URL (port, scheme, path), JSON errors for
//! `-o json`, a cancelled prompt, a failed login, and a mistyped slug.

use crate::common::ctx::*;
use crate::common::*;

/// The sandbox's URL and host (its port changes every run) as `[sandbox]`,
/// request ids as `[request id]`.
fn scrub(env: &TestEnv, text: &str) -> String {
    let url = env.sandbox.url().trim_end_matches('/').to_string();
    let host = url.trim_start_matches("http://").to_string();
    let text = text
        .replace(&url, "[sandbox]")
        .replace(&host, "[sandbox host]");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("req_") {
        out.push_str(&rest[..at]);
        out.push_str("[request id]");
        rest = rest[at + 4..].trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    }
    out.push_str(rest);
    out
}

#[test]
fn a_wrong_port_says_no_token_is_stored_names_the_stored_urls_and_that_nothing_answers() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["auth", "login", "--with-token"])
        .write_stdin(ADMIN_TOKEN)
        .output()
        .unwrap();
    assert_exit(&out, 0);

    let out = env
        .bare_cmd()
        .env("SSOCTL_API_URL", "http://127.0.0.1:1")
        .args(["tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 4);
    insta::assert_snapshot!("wrong_port", scrub(&env, &stderr(&out)));
}

#[test]
fn a_missing_token_for_a_server_that_answers_does_not_say_nothing_answers() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 4);
    insta::assert_snapshot!("no_token_server_answers", scrub(&env, &stderr(&out)));
    assert!(
        env.sandbox.requests().is_empty(),
        "the check sends no request"
    );
}

#[test]
fn https_against_plain_http_says_so_once_without_retrying() {
    let env = TestEnv::new();
    let url = env.sandbox.url().replacen("http://", "https://", 1);
    let out = env
        .cmd()
        .env("SSOCTL_API_URL", &url)
        .args(["tenant", "list", "-v"])
        .output()
        .unwrap();
    assert_exit(&out, 1);
    let err = stderr(&out);
    // Absence anywhere, -v trace lines included, is the point.
    assert!(
        !err.contains("retrying"),
        "a protocol mismatch is not retried:\n{err}"
    );
    assert_eq!(err.matches("→ GET").count(), 1, "{err}");
    let error_lines: String = err
        .lines()
        .filter(|l| !l.starts_with("DEBUG"))
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!("https_to_plain_http", scrub(&env, &error_lines));
}

#[test]
fn an_api_url_ending_in_the_api_path_says_to_use_the_root() {
    let env = TestEnv::new();
    let url = format!("{}/admin/v1", env.sandbox.url().trim_end_matches('/'));
    for args in [&["tenant", "list"][..], &["tenant", "show", "acme-corp"]] {
        let out = env
            .cmd()
            .env("SSOCTL_API_URL", &url)
            .args(args)
            .output()
            .unwrap();
        assert_exit(&out, 2);
        insta::assert_snapshot!(
            format!("api_path_in_url_{}", args[1]),
            scrub(&env, &stderr(&out))
        );
    }
}

#[test]
fn json_output_gives_a_json_error_on_stderr_with_the_exit_code() {
    let env = TestEnv::new();
    let seen = seen(&env, false, &[], &["tenant", "show", "nope", "-o", "json"]);
    assert_eq!(seen.exit, 5);
    assert_eq!(seen.stdout, "");
    let value: serde_json::Value = serde_json::from_str(&seen.stderr).unwrap();
    let error = &value["error"];
    assert_eq!(error["code"], "sso_config_not_found");
    assert_eq!(
        steady(&env, error["request_id"].as_str().unwrap()),
        "req_[id]"
    );
    insta::assert_snapshot!("json_error", scrub(&env, &seen.to_string()));

    // The binary too, for an error raised before any request.
    let out = env
        .bare_cmd()
        .env("SSOCTL_API_URL", "http://127.0.0.1:1")
        .args(["tenant", "list", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 4);
    let value: serde_json::Value = serde_json::from_str(&stderr(&out)).unwrap();
    assert_eq!(value["error"]["code"], "auth");
    assert_eq!(
        value["error"]["message"],
        "not logged in to http://127.0.0.1:1"
    );
    assert_eq!(value["error"]["request_id"], serde_json::Value::Null);
}

#[test]
fn ctrl_c_at_a_prompt_starts_the_error_on_its_own_line() {
    let env = TestEnv::new();
    let seen = seen(
        &env,
        true,
        &[CTRL_C],
        &["tenant", "register", "--slug", "soylent"],
    );
    assert_eq!(seen.exit, 130);
    // The test's point on its own (the whole is the snapshot below).
    assert!(
        seen.stderr.ends_with("\nerror: cancelled\n"),
        "{}",
        seen.stderr
    );
    insta::assert_snapshot!("cancelled_prompt", seen.to_string());
}

#[test]
fn a_failed_login_says_once_that_nothing_was_stored() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["auth", "login", "--with-token"])
        .write_stdin("not-the-token-0000000000")
        .output()
        .unwrap();
    assert_exit(&out, 4);
    let err = stderr(&out);
    assert_eq!(err.matches("stored").count(), 1, "{err}");
    insta::assert_snapshot!("failed_login", scrub(&env, &err));
}

#[test]
fn a_mistyped_slug_suggests_the_closest_registered_one() {
    let env = TestEnv::new();
    for (terminal, slug) in [(true, "acme"), (false, "umbrela")] {
        let seen = seen(&env, terminal, &[], &["tenant", "show", slug]);
        assert_eq!(seen.exit, 5);
        insta::assert_snapshot!(
            format!("did_you_mean_{slug}"),
            scrub(&env, &seen.to_string())
        );
    }
    let seen = seen(&env, false, &[], &["tenant", "show", "zzzzzzzz"]);
    assert_eq!(seen.exit, 5);
    // Nothing is close enough to suggest.
    insta::assert_snapshot!(
        "errors_no_suggestion_for_a_far_slug",
        scrub(&env, &seen.to_string())
    );
}
