//! `ssoctl api`: raw calls with the stored token.

use crate::common::*;

#[test]
fn get_prints_the_json_body() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["api", "GET", "/admin/v1/tenants/acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(json(&out)["slug"], "acme-corp");

    let out = env
        .cmd()
        .args([
            "api",
            "get",
            "admin/v1/tenants",
            "-F",
            "limit=2",
            "-f",
            "status=active",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let page = json(&out);
    assert_eq!(page["tenants"].as_array().unwrap().len(), 2);
    assert!(
        page["tenants"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["status"] == "active")
    );
}

#[test]
fn errors_print_the_body_and_exit_by_class() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["api", "GET", "/admin/v1/tenants/nosuch"])
        .output()
        .unwrap();
    assert_exit(&out, 5);
    assert_eq!(json(&out)["error"]["code"], "sso_config_not_found");

    let out = env
        .cmd()
        .args(["api", "GET", "/admin/v1/health"])
        .env("SSOCTL_TOKEN", "wrong-token-0000000000")
        .output()
        .unwrap();
    assert_exit(&out, 4);
}

#[test]
fn post_with_fields_and_include() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "api",
            "POST",
            "/admin/v1/cors/origins",
            "-f",
            "origin=https://raw.example",
            "--include",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = steady(&env, &stdout(&out));
    assert_eq!(text.lines().next(), Some("HTTP 201 Created"), "{text}");
    // The headers carry a date, so one header line is checked exactly.
    assert!(
        text.lines()
            .any(|l| l.eq_ignore_ascii_case("x-request-id: req_[id]")),
        "{text}"
    );
}

#[test]
fn the_token_is_never_sent_to_another_host() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["api", "GET", "https://elsewhere.example/admin/v1/health"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!("api_other_host_refused", transcript(&env, &out));
}
