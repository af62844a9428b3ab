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

/// steady() plus the time of the service's secret check, which is not in
/// the seed's format.
fn steady_report(env: &TestEnv, text: &str) -> String {
    steady(env, text)
        .split_inclusive('\n')
        .map(|l| match l.find("checked by the service at ") {
            Some(at) => {
                let end = if l.ends_with('\n') { "\n" } else { "" };
                format!("{}checked by the service at [time]{end}", &l[..at])
            }
            None => l.to_string(),
        })
        .collect()
}

fn slug_of(report: &serde_json::Value) -> String {
    let slug = report["slug"].as_str().unwrap().to_string();
    assert_eq!(report["subject"]["slug"], slug, "{report}");
    slug
}

#[test]
fn every_demo_tenant_reports_exactly_its_expected_findings() {
    let env = TestEnv::new();
    // --format jsonl streams one line per tenant.
    let out = doctor_with_token(&env, &["--all", "--format", "jsonl"]);
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
    insta::assert_snapshot!(
        "doctor_all_jsonl_stderr",
        steady_report(&env, &stderr(&out))
    );

    // The healthy tenant alone: exit 0, as text and as JSON.
    let out = doctor_with_token(&env, &["acme-corp"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "doctor_acme_corp_healthy",
        steady_report(&env, &stdout(&out))
    );
    let out = doctor_with_token(&env, &["acme-corp", "-o", "json"]);
    assert_exit(&out, 0);
    assert_eq!(json(&out)["errors"], 0);

    // A failing tenant as text names the fix.
    let out = doctor_with_token(&env, &["hooli"]);
    assert_exit(&out, 3);
    insta::assert_snapshot!(
        "doctor_hooli_policy_fix",
        steady_report(&env, &stdout(&out))
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
    insta::assert_snapshot!(
        "doctor_junit_acme_corp_and_stark",
        steady_report(&env, &xml)
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
        .args(["doctor", "--all", "--concurrency", "4", "--format", "jsonl"])
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
    // Okta accepts the client, and the policy is said to be unverified.
    insta::assert_snapshot!(
        "doctor_before_registration_acme_corp",
        steady_report(&env, &stdout(&out))
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
    insta::assert_snapshot!(
        "doctor_before_registration_umbrella",
        steady_report(&env, &stdout(&out))
    );
}

#[test]
fn an_unregistered_slug_is_the_guides_404_row() {
    let env = TestEnv::new();
    let out = env.cmd().args(["doctor", "nosuch"]).output().unwrap();
    // Not found, as `tenant show nosuch` (issue 15); the report still names the row.
    assert_exit(&out, 5);
    insta::assert_snapshot!(
        "doctor_unregistered_slug",
        steady_report(&env, &streams(&out))
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
    // The in-process sandbox's port is not known here, so one line, whole:
    // the report itself is snapshotted in doctor_acme_corp_healthy.
    assert!(
        stdout(&out).lines().any(|l| l
            == "  ✓ policy \"Biometry SSO Policy\", rule \"Biometry SSO Rule\" grants Authorization Code to everyone"),
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
    assert_eq!(
        org.domain,
        format!("bulk-0001.localhost:{}", env.sandbox.addr().port())
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

/// Issue 11: no demo tenant is green unless it is healthy and verified.
/// Without an Okta API token, `--strict` fails every broken tenant (the
/// access policy and the assignments are not verified, when nobody has
/// signed in yet) and passes acme-corp (users have signed in through it).
#[test]
fn strict_without_a_token_fails_every_broken_demo_tenant_and_passes_acme() {
    let env = TestEnv::new();
    for (slug, _) in EXPECTED_ERRORS {
        let out = env
            .cmd()
            .args(["doctor", slug, "--strict", "-o", "json"])
            .output()
            .unwrap();
        let expected = if *slug == "acme-corp" { 0 } else { 3 };
        assert_exit(&out, expected);
        let report = json(&out);
        if *slug == "acme-corp" {
            assert_eq!(report["not_verified"], 0, "{report:#}");
            assert_eq!(report["warnings"], 0, "{report:#}");
        } else if report["errors"] == 0 {
            assert!(
                report["not_verified"].as_u64().unwrap() > 0
                    || report["warnings"].as_u64().unwrap() > 0,
                "{slug} fails --strict only for what was not verified: {report:#}"
            );
            insta::assert_snapshot!(
                format!("doctor_strict_without_token_{slug}_stderr"),
                steady_report(&env, &stderr(&out))
            );
        }
    }
}

#[test]
fn without_strict_not_verified_is_shown_counted_and_skipped_but_not_an_error() {
    let env = TestEnv::new();
    for slug in ["hooli", "tyrell"] {
        let out = env.cmd().args(["doctor", slug]).output().unwrap();
        assert_exit(&out, 0);
        // The unverified findings, what to run to verify them, the tally.
        insta::assert_snapshot!(
            format!("doctor_not_verified_{slug}"),
            steady_report(&env, &streams(&out))
        );

        let out = env
            .cmd()
            .args(["doctor", slug, "-o", "json"])
            .output()
            .unwrap();
        let report = json(&out);
        assert_eq!(report["not_verified"], 2);
        let policy = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["check"] == "policy")
            .unwrap();
        assert_eq!(policy["severity"], "not_verified");
        assert_eq!(
            policy["remedy"],
            serde_json::json!({
                "kind": "command",
                "command": format!("SSOCTL_OKTA_API_TOKEN=… ssoctl doctor {slug}"),
                "applicability": "has_placeholders",
            })
        );

        let out = env
            .cmd()
            .args(["doctor", slug, "--format", "junit"])
            .output()
            .unwrap();
        insta::assert_snapshot!(
            format!("doctor_not_verified_{slug}_junit"),
            steady_report(&env, &stdout(&out))
        );
    }
}

/// The `-admin` console domain: one finding, whose remedy is the tenant
/// update with the real values, as a change a tool can apply.
#[test]
fn wayne_gets_one_issuer_finding_with_a_machine_applicable_remedy() {
    let env = TestEnv::new();
    let wayne = env.sandbox.control().okta_org("wayne").unwrap();
    let org_domain = wayne.domain.replacen("-admin", "", 1);
    let out = env
        .cmd()
        .env(
            "SSOCTL_OKTA_API_TOKEN",
            env.sandbox.control().okta_api_token(),
        )
        .args(["doctor", "wayne", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let report = json(&out);
    let issuer: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"].as_str().unwrap().ends_with(".issuer") && f["severity"] != "ok")
        .collect();
    assert_eq!(issuer.len(), 1, "{report:#}");
    assert_eq!(
        issuer[0]["remedy"],
        serde_json::json!({
            "kind": "change",
            "change": {"action": "tenant_okta_domain", "slug": "wayne", "okta_domain": org_domain},
            "applicability": "machine_applicable",
            "command": format!("ssoctl tenant update wayne --okta-domain {org_domain}"),
        })
    );
}

/// `--save-facts` then `--from-facts`: the same report, offline, from a
/// 0600 file that holds no secret.
#[test]
fn saved_facts_are_judged_again_offline_to_the_same_report() {
    let env = TestEnv::new();
    let token = env.sandbox.control().okta_api_token();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("facts.json");
    let out = env
        .cmd()
        .env("SSOCTL_OKTA_API_TOKEN", &token)
        .args(["doctor", "umbrella", "stark", "-o", "json", "--save-facts"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let live = json(&out);
    let saved = std::fs::read_to_string(&file).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let control = env.sandbox.control();
    for secret in [
        token.clone(),
        ADMIN_TOKEN.to_string(),
        control.okta_org("umbrella").unwrap().client_secret,
        control.okta_org("stark").unwrap().client_secret,
    ] {
        // A leak check: absence anywhere is the point.
        assert!(!saved.contains(&secret), "a secret in the facts file");
    }
    let facts: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(facts["version"], 1);
    assert_eq!(facts["subjects"].as_array().unwrap().len(), 2);

    let before = env.sandbox.requests().len();
    let out = env
        .bare_cmd()
        .args(["doctor", "-o", "json", "--from-facts"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert_eq!(json(&out), live);
    assert_eq!(env.sandbox.requests().len(), before, "no request offline");

    std::fs::write(&file, "{\"version\": 99, \"subjects\": []}").unwrap();
    let out = env
        .bare_cmd()
        .args(["doctor", "--from-facts"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!(
        "doctor_from_facts_unknown_version",
        steady_report(&env, &streams(&out)).replace(&file.display().to_string(), "[facts file]")
    );
}

/// Issue 11: one tenant whose Okta org cannot be reached gets a report that
/// says so; every other tenant is still checked; the run exits 3 and ends
/// with the summary table.
#[test]
fn all_with_one_org_unreachable_still_reports_every_other_tenant() {
    let env = TestEnv::new();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    // The sandbox registers only domains it could reach itself (its port,
    // or none); ssoctl then looks for this org on port 80 of loopback,
    // where nothing listens.
    assert!(
        std::net::TcpStream::connect("127.0.0.1:80").is_err(),
        "this test needs nothing listening on 127.0.0.1:80"
    );
    let url = env.sandbox.url();
    env.rt.block_on(async {
        let body = serde_json::json!({
            "slug": "gone", "company_name": "Gone", "okta_domain": "gone-1234567.localhost",
            "client_id": acme.client_id, "client_secret": acme.client_secret,
        });
        let r = reqwest::Client::new()
            .post(format!("{url}/admin/v1/tenants"))
            .bearer_auth(ADMIN_TOKEN)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
    });
    let out = doctor_with_token(&env, &["--all", "--format", "jsonl"]);
    assert_exit(&out, 3);
    let reports: HashMap<String, serde_json::Value> = stdout(&out)
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .map(|r| (slug_of(&r), r))
        .collect();
    assert_eq!(reports.len(), EXPECTED_ERRORS.len() + 1, "every tenant");
    assert_eq!(ids(&reports["gone"], "error"), ["domain.reachable"]);
    for (slug, expected) in EXPECTED_ERRORS {
        assert_eq!(ids(&reports[*slug], "error"), *expected, "{slug}");
    }

    let out = doctor_with_token(&env, &["--all"]);
    assert_exit(&out, 3);
    let text = stdout(&out);
    let table = &text[text.find("slug  ").expect("a summary table")..];
    insta::assert_snapshot!(
        "doctor_all_one_org_unreachable_table",
        steady_report(&env, table)
    );
    assert_eq!(table.lines().count(), EXPECTED_ERRORS.len() + 2);
}

/// A tenant the service fails to read, in a run over many: a report saying
/// so (with the request id), and every other tenant still checked. Alone,
/// it is the service's failure (exit 1), as for every command.
#[test]
fn all_with_the_service_failing_one_tenant_still_reports_the_others() {
    use ssoctl::sandbox::{Fault, FaultKind};
    let env = TestEnv::new();
    env.sandbox.control().inject_fault(Fault {
        method: Some("GET".into()),
        path_prefix: "/admin/v1/tenants/globex".into(),
        kind: FaultKind::Status500,
        times: 100,
    });
    let out = env
        .cmd()
        .args(["doctor", "--all", "--format", "jsonl"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let reports: HashMap<String, serde_json::Value> = stdout(&out)
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .map(|r| (slug_of(&r), r))
        .collect();
    assert_eq!(reports.len(), EXPECTED_ERRORS.len(), "every tenant");
    assert_eq!(ids(&reports["globex"], "error"), ["tenant"]);
    // The report names the request id (random, masked) of the failed read.
    insta::assert_snapshot!(
        "doctor_all_service_failing_globex_report",
        mask_ids(
            &steady_report(
                &env,
                &serde_json::to_string_pretty(&reports["globex"]).unwrap()
            ),
            "req_",
            "req_[id]"
        )
    );
    assert_eq!(ids(&reports["acme-corp"], "error"), Vec::<String>::new());

    let out = env.cmd().args(["doctor", "globex"]).output().unwrap();
    assert_exit(&out, 1);
}

/// What a person sees: problems in full, one line per passed group, every
/// check with `-v`; piped text is the same text, single-spaced.
#[test]
fn the_text_report_shows_problems_and_one_line_per_passed_group() {
    use crate::common::ctx::seen;
    let env = TestEnv::new();
    let port = url::Url::parse(&env.sandbox.url())
        .unwrap()
        .port()
        .unwrap()
        .to_string();
    // The sandbox's port and the time of the service's secret check vary.
    let stable = |text: String| {
        text.replace(&port, "PORT")
            .lines()
            .map(|l| match l.find("checked by the service at ") {
                Some(at) => format!("{}checked by the service at TIME", &l[..at]),
                None => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let terminal = seen(&env, true, &[], &["doctor", "umbrella"]);
    assert_eq!(terminal.exit, 3);
    insta::assert_snapshot!("doctor_umbrella_terminal", stable(terminal.to_string()));
    let piped = seen(&env, false, &[], &["doctor", "umbrella"]);
    // The same text but for the time of the service's check (a second may
    // pass between the two runs).
    assert_eq!(
        stable(piped.stdout.clone()),
        stable(terminal.stdout.clone()),
        "piped text is the same text"
    );
    // A negative: no blank line anywhere in the piped text.
    assert!(!piped.stdout.contains("\n\n"), "{}", piped.stdout);
    insta::assert_snapshot!("doctor_umbrella_piped", stable(piped.to_string()));
    let verbose = seen(&env, false, &[], &["doctor", "umbrella", "-v"]);
    insta::assert_snapshot!("doctor_umbrella_verbose", stable(verbose.stdout));
}

/// `-o json` is one document even with `--all` piped: an array sorted by
/// slug, each report with its slug and its subject as data.
#[test]
fn json_is_one_document_sorted_by_slug_and_jsonl_streams() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["doctor", "--all", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let reports = json(&out);
    let slugs: Vec<String> = reports
        .as_array()
        .expect("one JSON array")
        .iter()
        .map(slug_of)
        .collect();
    let mut sorted = slugs.clone();
    sorted.sort();
    assert_eq!(slugs, sorted);
    assert_eq!(slugs.len(), EXPECTED_ERRORS.len());
    let acme = &reports[0];
    assert_eq!(acme["slug"], "acme-corp");
    assert_eq!(acme["subject"]["registered"], true);
    assert_eq!(
        acme["subject"]["okta_domain"],
        format!("integrator-1000001.localhost:{}", env.sandbox.addr().port())
    );
    assert!(acme["subject"]["client_id"].is_string(), "{acme}");

    // Named tenants too: one document, sorted.
    let out = env
        .cmd()
        .args(["doctor", "wayne", "acme-corp", "-o", "json"])
        .output()
        .unwrap();
    let named: Vec<String> = json(&out).as_array().unwrap().iter().map(slug_of).collect();
    assert_eq!(named, ["acme-corp", "wayne"]);

    // Streaming is its own format: one line per report.
    let out = env
        .cmd()
        .args(["doctor", "wayne", "acme-corp", "--format", "jsonl"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", stdout(&out));
}
