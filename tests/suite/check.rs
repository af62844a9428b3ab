//! `ssoctl check …` against the sandbox's emulated Okta orgs: every check
//! works with only a domain, a client ID, a slug and (for the secret) the secret.

use crate::common::*;

fn org(env: &TestEnv, name: &str) -> ssoctl::sandbox::OktaOrg {
    env.sandbox.control().okta_org(name).unwrap()
}

#[test]
fn a_healthy_domain_passes_every_check() {
    let env = TestEnv::new();
    let acme = org(&env, "acme-corp");
    let out = env
        .cmd_without_token()
        .args(["check", "domain", &acme.domain])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    // By default the passed discovery checks are one line; -v lists each.
    assert!(
        text.contains("✓ discovery documents: 10 checks passed"),
        "{text}"
    );
    assert!(!text.contains("PKCE with S256 is supported"), "{text}");
    let out = env
        .cmd_without_token()
        .args(["check", "domain", &acme.domain, "-v"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    for expected in [
        "✓ Okta org",
        "✓ issuer is",
        "PKCE with S256 is supported",
        "usable RS256 signing key",
    ] {
        assert!(text.contains(expected), "{expected}:\n{text}");
    }
    let out = env
        .cmd_without_token()
        .args(["check", "domain", &acme.domain, "-o", "json"])
        .output()
        .unwrap();
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
    for (input, fix) in [
        (
            "https://dev-12345678-admin.okta.com/",
            "use dev-12345678.okta.com",
        ),
        ("dev-12345678.okta.con", "use dev-12345678.okta.com"),
        ("DEV-12345678.OKTA.COM", "use dev-12345678.okta.com"),
    ] {
        let out = env
            .cmd_without_token()
            .args(["check", "domain", input])
            .output()
            .unwrap();
        assert_exit(&out, 3);
        assert!(stdout(&out).contains(fix), "{input}:\n{}", stdout(&out));
    }
    let out = env
        .cmd_without_token()
        .args(["check", "domain", "{yourOktaDomain}"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(stdout(&out).contains("placeholder"));
    let out = env
        .cmd_without_token()
        .args(["check", "domain", "login.okta.com"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("Okta's own site"));
}

#[test]
fn misconfigured_orgs_are_named_with_the_guides_fix() {
    let env = TestEnv::new();
    let wonka = org(&env, "wonka");
    let out = env
        .cmd_without_token()
        .args(["check", "domain", &wonka.domain])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("no `default` custom authorization server"),
        "{}",
        stdout(&out)
    );

    let wayne = org(&env, "wayne");
    let admin_domain = wayne.admin_url.trim_start_matches("http://");
    let out = env
        .cmd_without_token()
        .args(["check", "domain", admin_domain])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let text = stdout(&out);
    assert!(
        text.contains(&format!("register the org domain {}", wayne.domain)),
        "{text}"
    );
    assert!(text.contains("guide step 2"), "{text}");

    let port = env.sandbox.addr().port();
    let out = env
        .cmd_without_token()
        .args([
            "check",
            "domain",
            &format!("integrator-9999999.localhost:{port}"),
        ])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("no Okta org answers"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn redirect_uri_prints_compares_and_probes() {
    let env = TestEnv::new();
    let expected = format!("{}/okta-login/acme-corp", env.sandbox.url());
    let out = env
        .cmd_without_token()
        .args(["check", "redirect-uri", "acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(
        stdout(&out).contains(&format!("must be exactly {expected}")),
        "{}",
        stdout(&out)
    );

    let entered = format!("{}/okta_login/acme-corp/", env.sandbox.url());
    let out = env
        .cmd_without_token()
        .args(["check", "redirect-uri", "acme-corp", "--entered", &entered])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let text = stdout(&out);
    assert!(
        text.contains("okta_login") && text.contains("ends with a slash"),
        "{text}"
    );

    let acme = org(&env, "acme-corp");
    let out = env
        .cmd_without_token()
        .args([
            "check",
            "redirect-uri",
            "acme-corp",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(stdout(&out).contains("(registered)"), "{}", stdout(&out));

    let umbrella = org(&env, "umbrella");
    let out = env
        .cmd_without_token()
        .args([
            "check",
            "redirect-uri",
            "umbrella",
            "--okta-domain",
            &umbrella.domain,
            "--client-id",
            &umbrella.client_id,
        ])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let text = stdout(&out);
    assert!(text.contains("is not a registered redirect URI"), "{text}");
    assert!(
        text.contains("/admin/app/oidc_client/instance/"),
        "the admin URL Okta reveals:\n{text}"
    );

    let out = env
        .cmd_without_token()
        .args([
            "check",
            "redirect-uri",
            "acme-corp",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            "0oaNOSUCHCLIENT00000",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("does not know the client ID"),
        "{}",
        stdout(&out)
    );
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
    let out = run(&acme.client_id, &acme.client_secret);
    assert_exit(&out, 0);
    assert!(
        stdout(&out).contains("Okta accepts client"),
        "{}",
        stdout(&out)
    );
    assert!(
        !stdout(&out).contains(&acme.client_secret) && !stderr(&out).contains(&acme.client_secret)
    );

    let out = run(&acme.client_id, "wrong-secret-0123456789abcdef");
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("the client secret is wrong"),
        "{}",
        stdout(&out)
    );

    let out = run("0oaNOSUCHCLIENT00000", &acme.client_secret);
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("does not know the client ID"),
        "{}",
        stdout(&out)
    );
    assert!(!stderr(&out).contains(&acme.client_secret));

    let out = env
        .cmd_without_token()
        .args([
            "check",
            "client",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
        ])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert!(
        stderr(&out).contains("--client-secret-stdin"),
        "{}",
        stderr(&out)
    );
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
    assert!(
        stdout(&out).contains("grants Authorization Code to everyone"),
        "{}",
        stdout(&out)
    );

    let out = check("hooli", Some(&token));
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("no active access policy"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("Policy evaluation failed"),
        "{}",
        stdout(&out)
    );

    let out = check("cyberdyne", Some(&token));
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("not authorization_code"),
        "{}",
        stdout(&out)
    );

    let out = check("hooli", None);
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains("was not verified") && text.contains("ssoctl login test"),
        "{text}"
    );
    // --strict, as doctor has it: not verified is not green.
    let out = check_with("hooli", None, &["--strict"]);
    assert_exit(&out, 3);
    assert!(stderr(&out).contains("not verified in"), "{}", stderr(&out));
    let out = check_with("acme-corp", Some(&token), &["--strict"]);
    assert_exit(&out, 0);

    let out = check("hooli", Some(ssoctl::sandbox::READ_ONLY_API_TOKEN));
    assert!(stdout(&out).contains("E0000006"), "{}", stdout(&out));
    let out = check("hooli", Some("not-a-valid-okta-token-000"));
    assert!(stdout(&out).contains("E0000011"), "{}", stdout(&out));
    assert!(!stdout(&out).contains("not-a-valid-okta-token-000"));
}
