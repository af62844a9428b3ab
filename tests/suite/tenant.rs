//! `ssoctl tenant …` against the sandbox over real HTTP.

use crate::common::*;
use serde_json::json;
use ssoctl::sandbox::{Fault, FaultKind};

#[test]
fn list_shows_every_demo_tenant_as_text_table_and_json() {
    let env = TestEnv::new();

    let piped = env.cmd().args(["tenant", "list"]).output().unwrap();
    assert_exit(&piped, 0);
    let text = stdout(&piped);
    for slug in [
        "acme-corp",
        "globex",
        "initech",
        "umbrella",
        "hooli",
        "cyberdyne",
        "stark",
        "wayne",
        "wonka",
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(&format!("{slug}\t"))),
            "{slug} missing:\n{text}"
        );
    }
    assert!(
        !text.contains("SLUG"),
        "piped output has no header:\n{text}"
    );

    let table = env
        .cmd()
        .args(["tenant", "list"])
        .env("SSOCTL_FORCE_TTY", "1")
        .output()
        .unwrap();
    let text = stdout(&table);
    assert!(text.starts_with(" SLUG") || text.contains("SLUG"), "{text}");
    assert!(text.contains("Acme Corporation"));

    let out = env
        .cmd()
        .args(["tenant", "list", "--output", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let tenants = json(&out);
    assert_eq!(tenants.as_array().unwrap().len(), 11);
    assert_eq!(tenants[0]["slug"], "acme-corp");
    for field in [
        "company_name",
        "okta_domain",
        "client_id",
        "status",
        "redirect_uri",
    ] {
        assert!(
            tenants[0].get(field).is_some(),
            "stable field {field} missing"
        );
    }
}

#[test]
fn list_follows_every_page_and_filters_by_status() {
    let env = TestEnv::new();
    for i in 0..95 {
        let body = json!({
            "slug": format!("bulk-{i:03}"), "company_name": "Bulk", "okta_domain": "integrator-2000000.okta.com",
            "client_id": format!("0oabulk{i:013}"), "client_secret": "bulk-secret-0123456789"
        });
        env.cmd()
            .args(["api", "POST", "/admin/v1/tenants", "--input", "-"])
            .write_stdin(body.to_string())
            .assert()
            .success();
    }
    let out = env
        .cmd()
        .args(["tenant", "list", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(
        json(&out).as_array().unwrap().len(),
        106,
        "all pages followed"
    );
    let pages = env
        .sandbox
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/admin/v1/tenants?"))
        .count();
    assert!(pages >= 2, "more than one page was requested ({pages})");

    let out = env
        .cmd()
        .args(["tenant", "list", "--status", "disabled", "-o", "json"])
        .output()
        .unwrap();
    let slugs: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(slugs, ["initech"]);
}

#[test]
fn show_prints_details_and_json_and_a_missing_slug_exits_5() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["tenant", "show", "acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(text.contains("company name:\tAcme Corporation"), "{text}");
    assert!(text.contains("/okta-login/acme-corp"), "{text}");

    let out = env
        .cmd()
        .args(["tenant", "show", "acme-corp", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["status"], "active");

    let out = env
        .cmd()
        .args(["tenant", "show", "nosuch"])
        .output()
        .unwrap();
    assert_exit(&out, 5);
    assert!(
        stderr(&out).contains("SSO config not found"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("request id: req_"),
        "{}",
        stderr(&out)
    );
}

fn register_args(slug: &str) -> Vec<String> {
    [
        "tenant",
        "register",
        "--slug",
        slug,
        "--company-name",
        "Soylent Corp",
        "--okta-domain",
        "integrator-3000001.okta.com",
        "--client-id",
        "0oasoylent000000001",
        "--client-secret-stdin",
        // Made-up Okta details: what these tests check is the service's side.
        "--no-verify",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[test]
fn registering_again_with_the_same_values_is_done_and_with_others_a_conflict() {
    let env = TestEnv::new();
    let register = |secret: &str| {
        env.cmd()
            .args(register_args("soylent"))
            .write_stdin(secret.to_string())
            .output()
            .unwrap()
    };
    assert_exit(&register(CLIENT_SECRET), 0);
    let again = register(CLIENT_SECRET);
    assert_exit(&again, 0);
    // Only the secret's last four characters could be compared: it says so.
    assert!(
        stderr(&again).contains(
            "✓ soylent is already registered with this company name, Okta domain and client id; nothing was changed\n\
             ! the stored client secret ends in the same four characters, which is all the service shows; \
             if this secret is a new one, store it with `ssoctl tenant update soylent --rotate-secret`\n"
        ),
        "{}",
        stderr(&again)
    );
    let other = register("another-client-secret-0000000000000000000");
    assert_exit(&other, 6);
    assert!(
        stderr(&other).contains("with other values"),
        "{}",
        stderr(&other)
    );
    assert_eq!(env.sandbox.stats().tenants_registered, 1);
}

#[test]
fn register_prints_the_redirect_uri_and_dashboard_and_never_the_secret() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(register_args("soylent"))
        .arg("-vv")
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let (so, se) = (stdout(&out), stderr(&out));
    // Piped, stdout holds the tenant alone; the advice goes to stderr.
    assert!(
        so.contains(&format!(
            "redirect uri:\t{}/okta-login/soylent\n",
            env.sandbox.url()
        )),
        "{so}"
    );
    assert!(
        !so.contains("Dashboard") && !so.contains("must list"),
        "{so}"
    );
    assert!(
        se.contains(&format!(
            "The customer's Okta app must list this sign-in redirect URI, exactly:\n  {}/okta-login/soylent\n",
            env.sandbox.url()
        )),
        "{se}"
    );
    assert!(se.contains("Dashboard to share"), "{se}");
    assert!(
        se.contains("Next: check the customer's Okta set-up with `ssoctl doctor soylent`"),
        "{se}"
    );
    assert!(se.contains("Registered soylent"), "{se}");
    assert!(se.contains("POST"), "-vv traces the request:\n{se}");
    for stream in [&so, &se] {
        assert!(!stream.contains(CLIENT_SECRET), "secret leaked:\n{stream}");
        assert!(!stream.contains(ADMIN_TOKEN), "token leaked:\n{stream}");
    }

    let out = env
        .cmd()
        .args(["tenant", "show", "soylent", "-o", "json"])
        .output()
        .unwrap();
    let tenant = json(&out);
    assert_eq!(tenant["company_name"], "Soylent Corp");
    assert_eq!(
        tenant["client_secret_last4"],
        &CLIENT_SECRET[CLIENT_SECRET.len() - 4..]
    );
    assert_eq!(env.sandbox.stats().tenants_registered, 1);
}

#[test]
fn register_as_json_and_from_a_file_with_the_secret_from_the_environment() {
    let env = TestEnv::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tenant.toml");
    std::fs::write(
        &file,
        "slug = \"vandelay\"\ncompany_name = \"Vandelay Industries\"\nokta_domain = \"integrator-3000002.okta.com\"\nclient_id = \"0oavandelay00000001\"\n",
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["tenant", "register", "--no-verify", "--from-file"])
        .arg(&file)
        .args(["-o", "json"])
        .env("SSOCTL_CLIENT_SECRET", CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(json(&out)["slug"], "vandelay");
    assert!(!stdout(&out).contains(CLIENT_SECRET));
}

#[test]
fn a_registration_whose_response_is_lost_is_retried_and_registers_once() {
    let env = TestEnv::new();
    env.sandbox.control().inject_fault(Fault {
        method: Some("POST".into()),
        path_prefix: "/admin/v1/tenants".into(),
        kind: FaultKind::ResetAfterCommit,
        times: 1,
    });
    let out = env
        .cmd()
        .args(register_args("soylent"))
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(stderr(&out).contains("Registered soylent"));

    let posts: Vec<_> = env
        .sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path == "/admin/v1/tenants")
        .collect();
    assert_eq!(posts.len(), 2, "the lost answer was retried");
    assert!(posts[0].idempotency_key.is_some());
    assert_eq!(
        posts[0].idempotency_key, posts[1].idempotency_key,
        "the retry reuses the key"
    );
    assert_eq!(
        env.sandbox.stats().tenants_registered,
        1,
        "registered exactly once"
    );
}

#[test]
fn missing_flags_with_no_input_exit_2_naming_each() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["--no-input", "tenant", "register", "--slug", "soylent"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    let err = stderr(&out);
    for flag in [
        "--company-name",
        "--okta-domain",
        "--client-id",
        "--client-secret-stdin",
    ] {
        assert!(err.contains(flag), "{flag} not named:\n{err}");
    }
    assert!(
        !err.contains("--slug,"),
        "given flags are not reported missing:\n{err}"
    );
    assert!(
        env.sandbox.requests().iter().all(|r| r.method != "POST"),
        "nothing was sent"
    );
}

#[test]
fn invalid_values_are_refused_before_sending_with_the_fix() {
    let env = TestEnv::new();
    let mut args = register_args("soylent");
    let domain = args
        .iter()
        .position(|a| a == "integrator-3000001.okta.com")
        .unwrap();
    args[domain] = "https://integrator-3000001-admin.okta.com/".into();
    let out = env
        .cmd()
        .args(&args)
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("Admin Console"), "{err}");
    assert!(
        err.contains("--okta-domain integrator-3000001.okta.com"),
        "{err}"
    );
    assert_eq!(env.sandbox.stats().tenants_registered, 0);
}

#[test]
fn dry_run_shows_the_request_redacted_and_sends_nothing() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(register_args("soylent"))
        .arg("--dry-run")
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains("POST ") && text.contains("\"slug\": \"soylent\""),
        "{text}"
    );
    assert!(!text.contains(CLIENT_SECRET), "{text}");
    assert!(env.sandbox.requests().iter().all(|r| r.method != "POST"));
}

#[test]
fn registering_an_existing_slug_exits_6() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(register_args("acme-corp"))
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 6);
    assert!(
        stderr(&out).contains("ssoctl tenant show acme-corp"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn update_changes_only_what_differs_and_prints_json() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "tenant",
            "update",
            "acme-corp",
            "--company-name",
            "Acme Corp International",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(json(&out)["company_name"], "Acme Corp International");
    let patch = env
        .sandbox
        .requests()
        .into_iter()
        .find(|r| r.method == "PATCH")
        .unwrap();
    assert!(patch.if_match.is_some(), "PATCH carries If-Match");

    let out = env
        .cmd()
        .args([
            "tenant",
            "update",
            "acme-corp",
            "--company-name",
            "Acme Corp International",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(
        stderr(&out).contains("Nothing to change"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.sandbox.stats().tenant_patches, 1);
}

#[test]
fn a_concurrent_edit_gets_the_412_message_and_loses_nothing() {
    let env = TestEnv::new();
    env.sandbox
        .control()
        .interleave_edit("acme-corp", json!({"company_name": "Changed Elsewhere"}))
        .unwrap();
    let out = env
        .cmd()
        .args(["tenant", "update", "acme-corp", "--company-name", "Mine"])
        .output()
        .unwrap();
    assert_exit(&out, 6);
    let err = stderr(&out);
    assert!(
        err.contains("changed by someone else") && err.contains("nothing was overwritten"),
        "{err}"
    );
    assert!(
        err.contains("Changed Elsewhere"),
        "names what changed:\n{err}"
    );
    assert!(err.contains("ssoctl tenant show acme-corp"), "{err}");

    let out = env
        .cmd()
        .args(["tenant", "show", "acme-corp", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(
        json(&out)["company_name"],
        "Changed Elsewhere",
        "the other writer's change survives"
    );
}

#[test]
fn disable_and_enable_round_trip() {
    let env = TestEnv::new();
    env.cmd()
        .args(["tenant", "disable", "acme-corp", "--yes"])
        .assert()
        .success();
    let out = env
        .cmd()
        .args(["tenant", "show", "acme-corp", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["status"], "disabled");
    let out = env
        .cmd()
        .args(["tenant", "disable", "acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(stderr(&out).contains("Nothing to change"));
    let out = env
        .cmd()
        .args(["tenant", "enable", "initech", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["status"], "active");
}

#[test]
fn delete_needs_confirmation_and_then_the_tenant_is_gone() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["tenant", "delete", "wonka"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("--yes"));
    assert!(env.sandbox.requests().iter().all(|r| r.method != "DELETE"));

    env.cmd()
        .args(["tenant", "delete", "wonka", "--yes"])
        .assert()
        .success();
    let out = env
        .cmd()
        .args(["tenant", "show", "wonka"])
        .output()
        .unwrap();
    assert_exit(&out, 5);
    let out = env
        .cmd()
        .args(["tenant", "delete", "nosuch", "--yes"])
        .output()
        .unwrap();
    assert_exit(&out, 5);
}

#[test]
fn users_lists_roles() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["tenant", "users", "acme-corp", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let users = json(&out);
    assert!(
        users
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["role"] == "partner" && u["project_role"] == "owner")
    );
    let out = env
        .cmd()
        .args(["tenant", "users", "acme-corp"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("partner\towner"), "{}", stdout(&out));
}

#[test]
fn malformed_slugs_are_usage_errors_with_a_suggestion() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["tenant", "show", "Acme_Corp"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("acme-corp"), "{}", stderr(&out));
}

#[test]
fn disable_asks_for_the_slug_on_a_terminal_and_refuses_when_piped() {
    use crate::common::ctx::seen;
    let env = TestEnv::new();
    let piped = seen(&env, false, &[], &["tenant", "disable", "acme-corp"]);
    insta::assert_snapshot!("tenant_disable_piped", piped.to_string());
    let asked = seen(
        &env,
        true,
        &["acme-corp"],
        &["tenant", "disable", "acme-corp"],
    );
    // stdout shows the tenant (ports and ids vary): what was said is on stderr.
    assert_eq!(asked.exit, 0, "{asked}");
    insta::assert_snapshot!("tenant_disable_terminal", asked.stderr);
    let shown = seen(
        &env,
        false,
        &[],
        &["tenant", "show", "acme-corp", "-o", "json"],
    );
    let shown: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(shown["status"], "disabled");
}

#[test]
fn list_sorts_limits_picks_fields_and_filters_with_jq() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["tenant", "list", "--sort", "company", "--limit", "3"])
        .args(["--json", "slug,status"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(
        json(&out),
        serde_json::json!([
            {"slug": "acme-corp", "status": "active"},
            {"slug": "cyberdyne", "status": "pending"},
            {"slug": "globex", "status": "active"}
        ])
    );
    let out = env
        .cmd()
        .args([
            "tenant",
            "list",
            "--jq",
            r#".[] | select(.status == "disabled") | .slug"#,
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "initech\n");
    let out = env
        .cmd()
        .args(["tenant", "list", "--json", "slug,secret"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert!(
        stderr(&out).contains("unknown JSON field `secret`; the fields are: slug,"),
        "{}",
        stderr(&out)
    );
    let out = env
        .cmd()
        .args(["tenant", "list", "--jq", ".["])
        .output()
        .unwrap();
    assert_exit(&out, 2);
}

#[test]
fn a_tenant_file_with_a_secret_that_others_can_read_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tenant.toml");
    std::fs::write(
        &path,
        format!(
            "slug = \"soylent\"\ncompany_name = \"Soylent Corp\"\nokta_domain = \"integrator-3000001.okta.com\"\n\
             client_id = \"0oasoylent000000001\"\nclient_secret = \"{CLIENT_SECRET}\"\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env
        .cmd()
        .args(["tenant", "register", "--no-verify", "--from-file"])
        .arg(&path)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let warning = format!(
        "! {} holds a client secret and other users can read it (mode 644); make it yours alone with `chmod 600 {}`\n",
        path.display(),
        path.display()
    );
    assert!(stderr(&out).contains(&warning), "{}", stderr(&out));

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = env
        .cmd()
        .args(["tenant", "register", "--no-verify", "--from-file"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        !stderr(&out).contains("other users can read it"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn show_and_list_carry_the_provisioning_state_and_list_filters_on_it() {
    let env = TestEnv::new();
    for terminal in [true, false] {
        let shown = crate::common::ctx::seen(&env, terminal, &[], &["tenant", "show", "globex"]);
        assert_eq!(shown.exit, 0, "{shown}");
        insta::assert_snapshot!(
            format!(
                "tenant_show_provisioning_{}",
                if terminal { "terminal" } else { "piped" }
            ),
            steady(&env, &shown.to_string())
        );
        let failed = crate::common::ctx::seen(
            &env,
            terminal,
            &[],
            &["tenant", "list", "--provisioning", "failed"],
        );
        assert_eq!(failed.exit, 0, "{failed}");
        insta::assert_snapshot!(
            format!(
                "tenant_list_provisioning_failed_{}",
                if terminal { "terminal" } else { "piped" }
            ),
            steady(&env, &failed.to_string())
        );
    }
    let json = crate::common::ctx::seen(
        &env,
        false,
        &[],
        &[
            "tenant",
            "list",
            "--provisioning",
            "succeeded",
            "--json",
            "slug,provisioning_state",
        ],
    );
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        value,
        serde_json::json!([
            {"slug": "acme-corp", "provisioning_state": "succeeded"},
            {"slug": "initech", "provisioning_state": "succeeded"}
        ])
    );
    let none = crate::common::ctx::seen(
        &env,
        true,
        &[],
        &["tenant", "list", "--provisioning", "in-progress"],
    );
    assert_eq!(none.exit, 0);
    assert!(
        none.stderr
            .contains("No tenants with that provisioning state"),
        "{none}"
    );
}
