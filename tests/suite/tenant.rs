//! `ssoctl tenant …` against the sandbox over real HTTP.

use crate::common::*;
use serde_json::json;
use ssoctl::sandbox::{Fault, FaultKind};

/// `ssoctl ARGS` against the sandbox, piped, with the test token.
fn ssoctl(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.cmd().args(args).output().unwrap()
}

#[test]
fn list_shows_every_demo_tenant_as_text_table_and_json() {
    let env = TestEnv::new();

    // Piped: one tab-separated line per tenant, no header.
    let piped = ssoctl(&env, &["tenant", "list"]);
    assert_exit(&piped, 0);
    insta::assert_snapshot!("tenant_list_piped", steady(&env, &stdout(&piped)));

    let table = env
        .cmd()
        .args(["tenant", "list"])
        .env("SSOCTL_FORCE_TTY", "1")
        .output()
        .unwrap();
    assert_exit(&table, 0);
    insta::assert_snapshot!("tenant_list_table_terminal", steady(&env, &stdout(&table)));

    let out = ssoctl(&env, &["tenant", "list", "--output", "json"]);
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
    let out = ssoctl(&env, &["tenant", "list", "-o", "json"]);
    assert_eq!(
        json(&out).as_array().unwrap().len(),
        106,
        "all pages followed"
    );
    let pages = env
        .sandbox
        .requests()
        .iter()
        // Request paths, not output: counts the list's pages.
        .filter(|r| r.path.starts_with("/admin/v1/tenants?"))
        .count();
    assert!(pages >= 2, "more than one page was requested ({pages})");

    let out = ssoctl(
        &env,
        &["tenant", "list", "--status", "disabled", "-o", "json"],
    );
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
    let out = ssoctl(&env, &["tenant", "show", "acme-corp"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!("tenant_show_acme_corp_piped", transcript(&env, &out));

    let out = ssoctl(&env, &["tenant", "show", "acme-corp", "-o", "json"]);
    assert_eq!(json(&out)["status"], "active");

    let out = ssoctl(&env, &["tenant", "show", "nosuch"]);
    assert_exit(&out, 5);
    // steady() writes a sandbox request id as `req_[id]`.
    insta::assert_snapshot!("tenant_show_nosuch", transcript(&env, &out));
}

/// `tenant register` of made-up Okta details (see [`register_args`]) as
/// SLUG, with EXTRA flags and the test's client secret on stdin.
fn register(env: &TestEnv, slug: &str, extra: &[&str]) -> std::process::Output {
    env.cmd()
        .args(register_args(slug))
        .args(extra)
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap()
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
    insta::assert_snapshot!(
        "tenant_register_again_same_values",
        transcript(&env, &again)
    );
    let other = register("another-client-secret-0000000000000000000");
    assert_exit(&other, 6);
    insta::assert_snapshot!(
        "tenant_register_again_other_values",
        transcript(&env, &other)
    );
    assert_eq!(env.sandbox.stats().tenants_registered, 1);
}

#[test]
fn register_prints_the_redirect_uri_and_dashboard_and_never_the_secret() {
    let env = TestEnv::new();
    let out = register(&env, "soylent", &["-vv"]);
    assert_exit(&out, 0);
    let (so, se) = (stdout(&out), stderr(&out));
    // Piped, stdout holds the tenant alone; the advice goes to stderr.
    insta::assert_snapshot!("tenant_register_vv_stdout", steady(&env, &so));
    // -vv's trace lines carry timings, keys and dates: what the person is
    // told is snapshotted without them, and the trace names the request.
    let told: String = se
        .lines()
        .filter(|l| !l.starts_with("DEBUG ") && !l.starts_with("TRACE "))
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!("tenant_register_vv_stderr_told", steady(&env, &told));
    assert!(
        se.lines()
            .any(|l| steady(&env, l) == "DEBUG → POST http://127.0.0.1:[port]/admin/v1/tenants"),
        "-vv traces the request:\n{se}"
    );
    // Leak checks: neither secret may be anywhere, traces included.
    for stream in [&so, &se] {
        assert!(!stream.contains(CLIENT_SECRET), "secret leaked:\n{stream}");
        assert!(!stream.contains(ADMIN_TOKEN), "token leaked:\n{stream}");
    }

    let out = ssoctl(&env, &["tenant", "show", "soylent", "-o", "json"]);
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
    // A leak check: the secret must be nowhere in the output.
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
    let out = register(&env, "soylent", &[]);
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "tenant_register_after_a_lost_response",
        transcript(&env, &out)
    );

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
    let out = ssoctl(
        &env,
        &["--no-input", "tenant", "register", "--slug", "soylent"],
    );
    assert_exit(&out, 2);
    // Each missing flag named; --slug, given, is not.
    insta::assert_snapshot!(
        "tenant_register_missing_flags_no_input",
        transcript(&env, &out)
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
    insta::assert_snapshot!(
        "tenant_register_admin_console_domain",
        transcript(&env, &out)
    );
    assert_eq!(env.sandbox.stats().tenants_registered, 0);
}

#[test]
fn dry_run_shows_the_request_redacted_and_sends_nothing() {
    let env = TestEnv::new();
    let out = register(&env, "soylent", &["--dry-run"]);
    assert_exit(&out, 0);
    let text = stdout(&out);
    insta::assert_snapshot!("tenant_register_dry_run", transcript(&env, &out));
    // A leak check: the secret must be nowhere in the output.
    assert!(!text.contains(CLIENT_SECRET), "{text}");
    assert!(env.sandbox.requests().iter().all(|r| r.method != "POST"));
}

#[test]
fn registering_an_existing_slug_exits_6() {
    let env = TestEnv::new();
    let out = register(&env, "acme-corp", &[]);
    assert_exit(&out, 6);
    insta::assert_snapshot!("tenant_register_existing_slug", transcript(&env, &out));
}

#[test]
fn update_changes_only_what_differs_and_prints_json() {
    let env = TestEnv::new();
    let out = ssoctl(
        &env,
        &[
            "tenant",
            "update",
            "acme-corp",
            "--company-name",
            "Acme Corp International",
            "-o",
            "json",
        ],
    );
    assert_exit(&out, 0);
    assert_eq!(json(&out)["company_name"], "Acme Corp International");
    let patch = env
        .sandbox
        .requests()
        .into_iter()
        .find(|r| r.method == "PATCH")
        .unwrap();
    assert!(patch.if_match.is_some(), "PATCH carries If-Match");

    let out = ssoctl(
        &env,
        &[
            "tenant",
            "update",
            "acme-corp",
            "--company-name",
            "Acme Corp International",
        ],
    );
    assert_exit(&out, 0);
    insta::assert_snapshot!("tenant_update_nothing_to_change", transcript(&env, &out));
    assert_eq!(env.sandbox.stats().tenant_patches, 1);
}

#[test]
fn a_concurrent_edit_gets_the_412_message_and_loses_nothing() {
    let env = TestEnv::new();
    env.sandbox
        .control()
        .interleave_edit("acme-corp", json!({"company_name": "Changed Elsewhere"}))
        .unwrap();
    let out = ssoctl(
        &env,
        &["tenant", "update", "acme-corp", "--company-name", "Mine"],
    );
    assert_exit(&out, 6);
    // Names what changed, says nothing was overwritten, and the way on.
    insta::assert_snapshot!("tenant_update_concurrent_edit", transcript(&env, &out));

    let out = ssoctl(&env, &["tenant", "show", "acme-corp", "-o", "json"]);
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
    let out = ssoctl(&env, &["tenant", "show", "acme-corp", "-o", "json"]);
    assert_eq!(json(&out)["status"], "disabled");
    let out = ssoctl(&env, &["tenant", "disable", "acme-corp"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!("tenant_disable_already_disabled", transcript(&env, &out));
    let out = ssoctl(&env, &["tenant", "enable", "initech", "-o", "json"]);
    assert_eq!(json(&out)["status"], "active");
}

#[test]
fn delete_needs_confirmation_and_then_the_tenant_is_gone() {
    let env = TestEnv::new();
    let out = ssoctl(&env, &["tenant", "delete", "wonka"]);
    assert_exit(&out, 2);
    insta::assert_snapshot!("tenant_delete_without_yes", transcript(&env, &out));
    assert!(env.sandbox.requests().iter().all(|r| r.method != "DELETE"));

    env.cmd()
        .args(["tenant", "delete", "wonka", "--yes"])
        .assert()
        .success();
    let out = ssoctl(&env, &["tenant", "show", "wonka"]);
    assert_exit(&out, 5);
    let out = ssoctl(&env, &["tenant", "delete", "nosuch", "--yes"]);
    assert_exit(&out, 5);
}

#[test]
fn users_lists_roles() {
    let env = TestEnv::new();
    let out = ssoctl(&env, &["tenant", "users", "acme-corp", "-o", "json"]);
    assert_exit(&out, 0);
    let users = json(&out);
    assert!(
        users
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["role"] == "partner" && u["project_role"] == "owner")
    );
    let out = ssoctl(&env, &["tenant", "users", "acme-corp"]);
    insta::assert_snapshot!("tenant_users_piped", transcript(&env, &out));
}

#[test]
fn malformed_slugs_are_usage_errors_with_a_suggestion() {
    let env = TestEnv::new();
    let out = ssoctl(&env, &["tenant", "show", "Acme_Corp"]);
    assert_exit(&out, 2);
    insta::assert_snapshot!("tenant_show_malformed_slug", transcript(&env, &out));
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
    let out = ssoctl(&env, &["tenant", "list", "--json", "slug,secret"]);
    assert_exit(&out, 2);
    insta::assert_snapshot!("tenant_list_unknown_json_field", transcript(&env, &out));
    let out = ssoctl(&env, &["tenant", "list", "--jq", ".["]);
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
    let file = path.display().to_string();
    insta::assert_snapshot!(
        "tenant_register_file_others_can_read",
        transcript(&env, &out).replace(&file, "[file]")
    );

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = env
        .cmd()
        .args(["tenant", "register", "--no-verify", "--from-file"])
        .arg(&path)
        .output()
        .unwrap();
    // Mode 600: no warning (soylent is registered by now, with these values).
    insta::assert_snapshot!(
        "tenant_register_file_yours_alone",
        transcript(&env, &out).replace(&file, "[file]")
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
    insta::assert_snapshot!(
        "tenant_list_provisioning_none_terminal",
        steady(&env, &none.to_string())
    );
}
