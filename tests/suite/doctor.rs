//! `ssoctl doctor`: one report per tenant, each seeded misconfiguration
//! found and named.

use std::collections::HashMap;

use crate::common::*;

/// The error-level finding ids each demo tenant must report, exactly.
const EXPECTED_ERRORS: &[(&str, &[&str])] = &[
    ("acme-corp", &[]),
    ("tyrell", &[]),
    ("globex", &["provisioning"]),
    ("initech", &["tenant.status"]),
    // One cause, one finding: the authorize probe confirms the app's
    // settings inside the app finding.
    ("umbrella", &["app.redirect_uris"]),
    ("hooli", &["policy"]),
    ("cyberdyne", &["policy"]),
    ("stark", &["client.secret"]),
    ("wayne", &["discovery.default.issuer"]),
    ("wonka", &["discovery.default"]),
    ("massive", &["app.grant_types"]),
];

fn ids(report: &serde_json::Value, severity: &str) -> Vec<String> {
    let mut ids: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == severity)
        .map(|f| f["check"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

fn slug_of(report: &serde_json::Value) -> String {
    report["subject"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn every_demo_tenant_reports_exactly_its_expected_findings() {
    let env = TestEnv::new();
    let token = env.sandbox.control().okta_api_token();
    // Piped JSON from --all streams one line per tenant.
    let out = env
        .cmd()
        .args(["doctor", "--all", "-o", "json"])
        .env("SSOCTL_OKTA_API_TOKEN", &token)
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let reports: HashMap<String, serde_json::Value> = stdout(&out)
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line)
                .unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"))
        })
        .map(|r| (slug_of(&r), r))
        .collect();
    assert_eq!(reports.len(), EXPECTED_ERRORS.len(), "one line per tenant");
    for (slug, expected) in EXPECTED_ERRORS {
        assert_eq!(ids(&reports[*slug], "error"), *expected, "{slug}");
    }
    assert_eq!(
        ids(&reports["tyrell"], "warning"),
        ["app.assignments"],
        "tyrell's user is not assigned"
    );
    assert!(
        stderr(&out).contains("problem(s) found in"),
        "{}",
        stderr(&out)
    );

    // The healthy tenant alone: exit 0, as text and as JSON.
    let out = env
        .cmd()
        .args(["doctor", "acme-corp"])
        .env("SSOCTL_OKTA_API_TOKEN", &token)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(
        stdout(&out).contains("0 error(s), 0 warning(s)"),
        "{}",
        stdout(&out)
    );
    let out = env
        .cmd()
        .args(["doctor", "acme-corp", "-o", "json"])
        .env("SSOCTL_OKTA_API_TOKEN", &token)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(json(&out)["errors"], 0);

    // A failing tenant as text names the fix.
    let out = env
        .cmd()
        .args(["doctor", "hooli"])
        .env("SSOCTL_OKTA_API_TOKEN", &token)
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("fix: Security → API → Authorization Servers → default"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn junit_for_ci_dashboards() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["doctor", "acme-corp", "stark", "--format", "junit"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let xml = stdout(&out);
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(xml.contains("<testsuite name=\"stark"), "{xml}");
    assert!(
        xml.contains("<testcase classname=\"stark\" name=\"client.secret\">\n      <failure"),
        "{xml}"
    );
    assert!(
        xml.contains("failures=\"0\"") && xml.contains("failures=\"1\""),
        "{xml}"
    );
}

#[test]
fn all_keeps_requests_in_flight_within_the_concurrency_limit() {
    let env = TestEnv::with_options(ssoctl::sandbox::SandboxOptions {
        token: ADMIN_TOKEN.into(),
        seed: Some(ssoctl::sandbox::Seed::Demo),
        latency: std::time::Duration::from_millis(5),
        provisioning_delay: std::time::Duration::from_millis(10),
        ..Default::default()
    });
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let url = env.sandbox.url();
    env.rt.block_on(async {
        let http = reqwest::Client::new();
        for i in 0..189 {
            let body = serde_json::json!({
                "slug": format!("bulk-{i:03}"), "company_name": "Bulk", "okta_domain": acme.domain,
                "client_id": acme.client_id, "client_secret": acme.client_secret,
            });
            let r = http
                .post(format!("{url}/admin/v1/tenants"))
                .bearer_auth(ADMIN_TOKEN)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 201);
        }
    });
    env.sandbox.reset_max_in_flight();
    let out = env
        .cmd()
        .args(["doctor", "--all", "--concurrency", "4", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert_eq!(
        stdout(&out).lines().count(),
        200,
        "200 tenants, one line each"
    );
    let max = env.sandbox.max_in_flight();
    assert!(max <= 4, "at most 4 requests at once, saw {max}");
    assert!(max >= 2, "the limit is used, not one at a time ({max})");
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

/// A copied org is a healthy org of its own: a tenant registered against
/// it passes doctor, on requests to its own host only.
#[test]
fn a_tenant_on_a_copied_org_is_healthy() {
    let env = TestEnv::new();
    let control = env.sandbox.control();
    let org = control
        .copy_okta_org("acme-corp", "bulk-org", "bulk-0001", "bulk-co")
        .unwrap();
    assert!(
        org.domain.starts_with("bulk-0001.localhost:"),
        "{}",
        org.domain
    );
    assert!(
        control
            .copy_okta_org("acme-corp", "bulk-org", "bulk-0002", "x")
            .is_err()
    );
    let out = env
        .cmd()
        .args([
            "tenant",
            "register",
            "--slug",
            "bulk-co",
            "--company-name",
            "Bulk",
        ])
        .args(["--okta-domain", &org.domain, "--client-id", &org.client_id])
        .arg("--client-secret-stdin")
        .write_stdin(org.client_secret.clone())
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let before = env.sandbox.requests().len();
    let out = env
        .cmd()
        .env("SSOCTL_OKTA_API_TOKEN", control.okta_api_token())
        .args(["doctor", "bulk-co", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let hosts: Vec<String> = env.sandbox.requests()[before..]
        .iter()
        .filter_map(|r| r.host.clone())
        .collect();
    assert!(!hosts.is_empty());
    assert!(
        hosts.iter().all(|h| h.starts_with("bulk-0001.")),
        "{hosts:?}"
    );
}
