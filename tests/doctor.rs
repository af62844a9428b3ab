//! `ssoctl doctor`: one report per tenant, each seeded misconfiguration
//! found and named.

mod common;

use std::collections::HashMap;

use common::*;

#[test]
fn every_seeded_misconfiguration_is_found_and_the_healthy_tenant_passes() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["doctor", "--all", "-o", "json", "--okta-api-token-stdin"])
        .write_stdin(env.sandbox.control().okta_api_token())
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let reports = json(&out);
    let by_slug: HashMap<String, &serde_json::Value> = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["subject"]
                    .as_str()
                    .unwrap()
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .to_string(),
                r,
            )
        })
        .collect();
    let errors = |slug: &str| -> Vec<String> {
        by_slug[slug]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] == "error")
            .map(|f| f["check"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        errors("acme-corp").is_empty(),
        "acme-corp is healthy: {:?}",
        errors("acme-corp")
    );
    for (slug, check) in [
        ("globex", "provisioning"),
        ("initech", "tenant.status"),
        ("umbrella", "redirect.probe"),
        ("umbrella", "app.redirect_uris"),
        ("hooli", "policy"),
        ("cyberdyne", "policy"),
        ("stark", "client.secret"),
        ("wayne", "discovery.default.issuer"),
        ("wonka", "discovery.default"),
        ("massive", "redirect.probe"),
    ] {
        assert!(
            errors(slug).iter().any(|c| c == check),
            "{slug} should fail {check}: {:?}",
            errors(slug)
        );
    }
}

#[test]
fn customers_run_it_before_registration_without_an_admin_token() {
    let env = TestEnv::new();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let out = env
        .cmd_without_token()
        .args([
            "doctor",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
            "--slug",
            "acme-corp",
            "--client-secret-stdin",
        ])
        .write_stdin(acme.client_secret.clone())
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains("Okta accepts client") && text.contains("(registered)"),
        "{text}"
    );
    assert!(
        text.contains("was not verified"),
        "the policy is said to be unverified:\n{text}"
    );
    assert!(
        env.sandbox
            .requests()
            .iter()
            .all(|r| !r.path.starts_with("/admin")),
        "no admin API call"
    );

    let umbrella = env.sandbox.control().okta_org("umbrella").unwrap();
    let out = env
        .cmd_without_token()
        .args([
            "doctor",
            "--okta-domain",
            &umbrella.domain,
            "--client-id",
            &umbrella.client_id,
            "--slug",
            "umbrella",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("redirect_uri mismatch"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn an_unregistered_slug_is_the_guides_404_row() {
    let env = TestEnv::new();
    let out = env.cmd().args(["doctor", "nosuch"]).output().unwrap();
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("SSO config not found"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_sandbox_flag_runs_doctor_in_process() {
    let home = tempfile::tempdir().unwrap();
    let out = isolated_cmd(home.path())
        .args(["--sandbox", "doctor", "acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(
        stdout(&out).contains("grants Authorization Code to everyone"),
        "{}",
        stdout(&out)
    );
}
