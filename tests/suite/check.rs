//! `ssoctl check …` against the sandbox's emulated Okta orgs: every check
//! works with only a domain, a client ID, a slug and (for the secret) the secret.

use crate::common::*;

fn org(env: &TestEnv, name: &str) -> ssoctl::sandbox::OktaOrg {
    env.sandbox.control().okta_org(name).unwrap()
}

/// [`transcript`] with the emulated Okta's own request ids (random, in
/// `(request id …)` of a quoted Okta error) as `[okta request id]`.
fn report(env: &TestEnv, out: &std::process::Output) -> String {
    let text = transcript(env, out);
    let mut steady = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("(request id ") {
        let start = at + "(request id ".len();
        let Some(len) = rest[start..].find(')') else {
            break;
        };
        steady.push_str(&rest[..start]);
        steady.push_str("[okta request id]");
        rest = &rest[start + len..];
    }
    steady.push_str(rest);
    steady
}

/// `ssoctl check ARGS` without a service token (the checks need none).
fn check(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.cmd_without_token()
        .arg("check")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_healthy_domain_passes_every_check() {
    let env = TestEnv::new();
    let acme = org(&env, "acme-corp");
    let out = check(&env, &["domain", &acme.domain]);
    assert_exit(&out, 0);
    // By default the passed discovery checks are one line; -v lists each.
    insta::assert_snapshot!("check_domain_healthy", report(&env, &out));
    let out = check(&env, &["domain", &acme.domain, "-v"]);
    assert_exit(&out, 0);
    // stderr holds -v's request lines, with their timings.
    insta::assert_snapshot!("check_domain_healthy_verbose", steady(&env, &stdout(&out)));
    let out = check(&env, &["domain", &acme.domain, "-o", "json"]);
    let report = json(&out);
    assert_eq!(report["errors"], 0);
    assert_eq!(report["subject"]["okta_domain"], acme.domain.as_str());
    assert_eq!(report["slug"], serde_json::Value::Null);
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["check"] == "jwks" && f["severity"] == "ok")
    );
}

#[test]
fn domain_string_mistakes_are_fixed_before_any_request() {
    let env = TestEnv::new();
    // Each names the fix (`use dev-12345678.okta.com` for the first three).
    for (input, name) in [
        ("https://dev-12345678-admin.okta.com/", "admin_url"),
        ("dev-12345678.okta.con", "misspelt_tld"),
        ("DEV-12345678.OKTA.COM", "upper_case"),
        ("{yourOktaDomain}", "placeholder"),
        ("login.okta.com", "oktas_own_site"),
    ] {
        let out = check(&env, &["domain", input]);
        assert_exit(&out, 3);
        insta::assert_snapshot!(format!("check_domain_mistake_{name}"), report(&env, &out));
    }
}

#[test]
fn misconfigured_orgs_are_named_with_the_guides_fix() {
    let env = TestEnv::new();
    let wonka = org(&env, "wonka");
    let out = check(&env, &["domain", &wonka.domain]);
    assert_exit(&out, 3);
    insta::assert_snapshot!("check_domain_no_default_server", report(&env, &out));

    let wayne = org(&env, "wayne");
    let admin_domain = wayne.admin_url.trim_start_matches("http://");
    let out = check(&env, &["domain", admin_domain]);
    assert_exit(&out, 3);
    // Names the org domain to register instead, and guide step 2.
    insta::assert_snapshot!("check_domain_admin_domain", report(&env, &out));

    let port = env.sandbox.addr().port();
    let out = check(
        &env,
        &["domain", &format!("integrator-9999999.localhost:{port}")],
    );
    assert_exit(&out, 3);
    insta::assert_snapshot!("check_domain_no_org", report(&env, &out));
}

#[test]
fn redirect_uri_prints_compares_and_probes() {
    let env = TestEnv::new();
    let out = check(&env, &["redirect-uri", "acme-corp"]);
    assert_exit(&out, 0);
    // "must be exactly" the service's URI.
    insta::assert_snapshot!("check_redirect_uri_printed", report(&env, &out));

    let entered = format!("{}/okta_login/acme-corp/", env.sandbox.url());
    let out = check(&env, &["redirect-uri", "acme-corp", "--entered", &entered]);
    assert_exit(&out, 3);
    // Names the underscore and the trailing slash.
    insta::assert_snapshot!("check_redirect_uri_entered", report(&env, &out));

    let probe = |slug: &str, domain: &str, client_id: &str| {
        check(
            &env,
            &[
                "redirect-uri",
                slug,
                "--okta-domain",
                domain,
                "--client-id",
                client_id,
            ],
        )
    };
    let acme = org(&env, "acme-corp");
    let out = probe("acme-corp", &acme.domain, &acme.client_id);
    assert_exit(&out, 0);
    insta::assert_snapshot!("check_redirect_uri_registered", report(&env, &out));

    let umbrella = org(&env, "umbrella");
    let out = probe("umbrella", &umbrella.domain, &umbrella.client_id);
    assert_exit(&out, 3);
    // With the admin URL Okta reveals.
    insta::assert_snapshot!("check_redirect_uri_not_registered", report(&env, &out));

    let out = probe("acme-corp", &acme.domain, "0oaNOSUCHCLIENT00000");
    assert_exit(&out, 3);
    insta::assert_snapshot!("check_redirect_uri_unknown_client", report(&env, &out));
}

#[test]
fn client_names_which_credential_is_wrong_and_never_prints_the_secret() {
    let env = TestEnv::new();
    let acme = org(&env, "acme-corp");
    let run = |client: &str, secret: &str| {
        env.cmd_without_token()
            .args([
                "check",
                "client",
                "--okta-domain",
                &acme.domain,
                "--client-id",
                client,
                "--client-secret-stdin",
                "-vv",
            ])
            .write_stdin(secret.to_string())
            .output()
            .unwrap()
    };
    // stdout is the report; stderr is the -vv trace, checked for leaks only.
    let out = run(&acme.client_id, &acme.client_secret);
    assert_exit(&out, 0);
    insta::assert_snapshot!("check_client_accepted", steady(&env, &stdout(&out)));
    // Leak checks: the secret must be nowhere, on either stream.
    assert!(
        !stdout(&out).contains(&acme.client_secret) && !stderr(&out).contains(&acme.client_secret)
    );

    let out = run(&acme.client_id, "wrong-secret-0123456789abcdef");
    assert_exit(&out, 3);
    insta::assert_snapshot!("check_client_wrong_secret", steady(&env, &stdout(&out)));

    let out = run("0oaNOSUCHCLIENT00000", &acme.client_secret);
    assert_exit(&out, 3);
    insta::assert_snapshot!("check_client_unknown_id", steady(&env, &stdout(&out)));
    // A leak check.
    assert!(!stderr(&out).contains(&acme.client_secret));

    let out = check(
        &env,
        &[
            "client",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
        ],
    );
    assert_exit(&out, 2);
    insta::assert_snapshot!("check_client_without_secret", report(&env, &out));
}

#[test]
fn policy_is_evaluated_with_a_token_and_plainly_unverified_without() {
    let env = TestEnv::new();
    let token = env.sandbox.control().okta_api_token();
    let check_with = |name: &str, token: Option<&str>, extra: &[&str]| {
        let o = org(&env, name);
        let mut cmd = env.cmd_without_token();
        cmd.args([
            "check",
            "policy",
            "--okta-domain",
            &o.domain,
            "--client-id",
            &o.client_id,
            "--slug",
            name,
        ])
        .args(extra);
        if let Some(token) = token {
            cmd.arg("--okta-api-token-stdin")
                .write_stdin(token.to_string());
        }
        cmd.output().unwrap()
    };
    let check = |name: &str, token: Option<&str>| check_with(name, token, &[]);
    let out = check("acme-corp", Some(&token));
    assert_exit(&out, 0);
    insta::assert_snapshot!("check_policy_acme_corp", report(&env, &out));

    let out = check("hooli", Some(&token));
    assert_exit(&out, 3);
    insta::assert_snapshot!("check_policy_hooli_no_policy", report(&env, &out));

    let out = check("cyberdyne", Some(&token));
    assert_exit(&out, 3);
    insta::assert_snapshot!("check_policy_cyberdyne_wrong_grant", report(&env, &out));

    let out = check("hooli", None);
    assert_exit(&out, 0);
    // Not verified, and `ssoctl login test` the way to verify it.
    insta::assert_snapshot!("check_policy_without_token", report(&env, &out));
    // --strict, as doctor has it: not verified is not green.
    let out = check_with("hooli", None, &["--strict"]);
    assert_exit(&out, 3);
    insta::assert_snapshot!("check_policy_without_token_strict", report(&env, &out));
    let out = check_with("acme-corp", Some(&token), &["--strict"]);
    assert_exit(&out, 0);

    let out = check("hooli", Some(ssoctl::sandbox::READ_ONLY_API_TOKEN));
    insta::assert_snapshot!("check_policy_read_only_token", report(&env, &out));
    let out = check("hooli", Some("not-a-valid-okta-token-000"));
    insta::assert_snapshot!("check_policy_invalid_token", report(&env, &out));
    // A leak check: the token must be nowhere in the report.
    assert!(!stdout(&out).contains("not-a-valid-okta-token-000"));
}
