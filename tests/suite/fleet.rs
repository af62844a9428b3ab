//! Fleet operations: `tenant history` (and the tenants-as-code verbs)
//! against the sandbox over real HTTP.

use crate::common::*;
use serde_json::{Value, json};
use ssoctl::sandbox::{SandboxOptions, Seed};
use std::time::Duration;

const SECOND_TOKEN: &str = "test-second-admin-token-5c2e8d1a";

fn two_admins() -> TestEnv {
    TestEnv::with_options(SandboxOptions {
        token: ADMIN_TOKEN.to_string(),
        actor: "alice@biometry".into(),
        more_tokens: vec![(SECOND_TOKEN.into(), "bob@biometry".into())],
        seed: Some(Seed::Demo),
        provisioning_delay: Duration::from_millis(50),
        ..SandboxOptions::default()
    })
}

/// `ssoctl ARGS` against the sandbox, piped, with the test token.
fn ssoctl(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.cmd().args(args).output().unwrap()
}

fn history_json(env: &TestEnv, slug: &str) -> Vec<Value> {
    let out = ssoctl(env, &["tenant", "history", slug, "-o", "json"]);
    assert_exit(&out, 0);
    json(&out).as_array().unwrap().clone()
}

/// Registers made-up Okta details on a domain that does not resolve: these
/// tests are about the history, so the checks are skipped, and the
/// service's check after the write cannot tell (a warning, exit 0).
fn register(env: &TestEnv, slug: &str, secret: &str) {
    let out = env
        .cmd()
        .args(["tenant", "register", "--slug", slug])
        .args(["--company-name", "Soylent"])
        .args(["--okta-domain", "integrator-3000001.okta.com"])
        .args([
            "--client-id",
            "0oasoylent000000001",
            "--client-secret-stdin",
            "--no-verify",
        ])
        .write_stdin(secret)
        .output()
        .unwrap();
    assert_exit(&out, 0);
}

#[test]
fn history_shows_every_write_with_its_actor_and_never_a_secret() {
    let env = two_admins();
    register(&env, "soylent", CLIENT_SECRET);

    // Bob renames it with his own token.
    let out = env
        .cmd()
        .env("SSOCTL_TOKEN", SECOND_TOKEN)
        .args([
            "tenant",
            "update",
            "soylent",
            "--company-name",
            "Soylent Corp",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let rotated = format!("{CLIENT_SECRET}-rotated");
    let out = env
        .cmd()
        .args([
            "tenant",
            "update",
            "soylent",
            "--rotate-secret",
            "--no-verify",
        ])
        .arg("--client-secret-stdin")
        .write_stdin(rotated.as_str())
        .output()
        .unwrap();
    assert_exit(&out, 0);
    for args in [
        &["tenant", "disable", "soylent", "--yes"][..],
        &["tenant", "enable", "soylent"],
    ] {
        assert_exit(&env.cmd().args(args).output().unwrap(), 0);
    }
    // It is active already (enabled), so the first login only starts
    // provisioning.
    env.sandbox
        .control()
        .add_user_login("soylent", "ada@soylent.example")
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let events = loop {
        let events = history_json(&env, "soylent");
        if events
            .iter()
            .any(|e| e["action"] == "provisioning_succeeded")
            || std::time::Instant::now() > deadline
        {
            break events;
        }
        std::thread::sleep(Duration::from_millis(50));
    };

    let summary: Vec<(String, String)> = events
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["actor"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("registered", "alice@biometry"),
        ("updated", "bob@biometry"),
        ("updated", "alice@biometry"),
        ("disabled", "alice@biometry"),
        ("enabled", "alice@biometry"),
        ("provisioning_started", "user:ada@soylent.example"),
        ("provisioning_succeeded", "provisioning"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(summary, expected);

    // Each admin write names the request that made it, as the log saw it.
    let requests = env.sandbox.requests();
    for e in events
        .iter()
        .filter(|e| e["actor"].as_str().unwrap().ends_with("@biometry"))
    {
        let id = e["request_id"].as_str().unwrap();
        assert!(
            requests
                .iter()
                .any(|r| r.request_id == id && r.method != "GET"),
            "{id} is not a write the sandbox answered"
        );
        assert_eq!(steady(&env, e["at"].as_str().unwrap()), "[time]", "{e}");
    }
    assert_eq!(
        events[1]["changes"],
        json!([{"field": "company_name", "old": "Soylent", "new": "Soylent Corp"}])
    );
    assert_eq!(
        events[2]["changes"],
        json!([{"field": "client_secret", "rotated": true}])
    );

    // The table (a terminal) and the piped text say the same, secret-free.
    let table = env
        .cmd()
        .args(["tenant", "history", "soylent"])
        .env("SSOCTL_FORCE_TTY", "1")
        .output()
        .unwrap();
    assert_exit(&table, 0);
    let text = stdout(&table);
    insta::assert_snapshot!("fleet_history_table_terminal", steady(&env, &text));
    let piped = ssoctl(&env, &["tenant", "history", "soylent"]);
    insta::assert_snapshot!("fleet_history_piped", transcript(&env, &piped));
    let all = format!(
        "{text}{}{}{}",
        stdout(&piped),
        stderr(&piped),
        serde_json::to_string(&events).unwrap()
    );
    // Leak checks: a secret must be nowhere, in any rendering.
    for secret in [CLIENT_SECRET, rotated.as_str(), ADMIN_TOKEN, SECOND_TOKEN] {
        assert!(!all.contains(secret), "a secret leaked:\n{all}");
    }
    assert!(!all.contains(&CLIENT_SECRET[CLIENT_SECRET.len() - 8..]));
}

#[test]
fn history_follows_every_page_and_outlives_the_tenant() {
    let env = TestEnv::new();
    register(&env, "soylent", CLIENT_SECRET);
    // 60 renames: more than one page of 50.
    for i in 0..60 {
        let out = env
            .cmd()
            .args(["tenant", "update", "soylent", "--company-name"])
            .arg(format!("Soylent {i}"))
            .output()
            .unwrap();
        assert_exit(&out, 0);
    }
    assert_exit(&ssoctl(&env, &["tenant", "delete", "soylent", "--yes"]), 0);
    let events = history_json(&env, "soylent");
    assert_eq!(events.len(), 62, "registered, 60 updates, deleted");
    assert_eq!(events[0]["action"], "registered");
    assert_eq!(events[60]["changes"][0]["new"], "Soylent 59");
    assert_eq!(events[61]["action"], "deleted");
    assert_eq!(events[61]["actor"], "sandbox-admin");
    let ids: Vec<u64> = events.iter().map(|e| e["id"].as_u64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "oldest first: {ids:?}");
    assert!(
        env.sandbox
            .requests()
            .iter()
            // A request path, not output: the cursor's tail varies.
            .any(|r| r.path.contains("/events?cursor=ev1_")),
        "the second page was asked for"
    );
}

#[test]
fn the_first_login_of_a_pending_tenant_is_recorded_as_its_activation() {
    let env = TestEnv::new();
    register(&env, "soylent", CLIENT_SECRET);
    env.sandbox
        .control()
        .add_user_login("soylent", "ada@soylent.example")
        .unwrap();
    let events = history_json(&env, "soylent");
    let activated = events
        .iter()
        .find(|e| e["action"] == "activated")
        .expect("an activation event");
    assert_eq!(activated["actor"], "user:ada@soylent.example");
    assert_eq!(
        activated["changes"],
        json!([{"field": "status", "old": "pending", "new": "active"}])
    );
    assert_eq!(
        events[0]["changes"].as_array().unwrap().len(),
        5,
        "{}",
        events[0]
    );
    assert!(
        events[0]["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == &json!({"field": "client_secret", "rotated": true}))
    );
}

#[test]
fn history_of_an_unknown_tenant_is_not_found() {
    let env = TestEnv::new();
    let out = ssoctl(&env, &["tenant", "history", "nosuch"]);
    assert_exit(&out, 5);
    insta::assert_snapshot!("fleet_history_unknown_tenant", transcript(&env, &out));
}

// ---------------------------------------------------------------- tenants as code

const FLEET: [&str; 3] = ["acme-corp", "globex", "initech"];

/// The fields a tenants file sets, as `tenant show -o json` has them.
fn settable(env: &TestEnv, slug: &str) -> Value {
    let out = ssoctl(env, &["tenant", "show", slug, "-o", "json"]);
    assert_exit(&out, 0);
    let t = json(&out);
    json!({
        "slug": t["slug"], "company_name": t["company_name"], "okta_domain": t["okta_domain"],
        "client_id": t["client_id"], "status": t["status"], "last4": t["client_secret_last4"],
    })
}

/// Each tenant's secret, as the demo registered it, in its env reference.
fn with_secrets(env: &TestEnv, mut cmd: assert_cmd::Command) -> assert_cmd::Command {
    for slug in FLEET {
        let org = env.sandbox.control().okta_org(slug).unwrap();
        cmd.env(
            format!("{}_CLIENT_SECRET", slug.to_uppercase().replace('-', "_")),
            org.client_secret,
        );
    }
    cmd
}

/// `tenant apply -f FILE EXTRA`, with the fleet's secrets in the environment.
fn apply(env: &TestEnv, file: &std::path::Path, extra: &[&str]) -> std::process::Output {
    with_secrets(env, env.cmd())
        .args(["tenant", "apply", "-f"])
        .arg(file)
        .args(extra)
        .output()
        .unwrap()
}

fn export_fleet(env: &TestEnv, file: &std::path::Path) {
    let out = env
        .cmd()
        .args(["tenant", "export"])
        .args(FLEET)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    std::fs::write(file, stdout(&out)).unwrap();
}

#[test]
fn export_then_apply_on_an_empty_sandbox_recreates_the_tenants_and_a_second_apply_is_a_no_op() {
    let env = TestEnv::new();
    let before: Vec<Value> = FLEET.iter().map(|s| settable(&env, s)).collect();
    assert_eq!(
        before[2]["status"], "disabled",
        "initech is the disabled one"
    );
    let file = env.home.path().join("tenants.toml");
    export_fleet(&env, &file);
    let text = std::fs::read_to_string(&file).unwrap();
    // Each secret as a reference to an environment variable, not a value.
    insta::assert_snapshot!("fleet_export", steady(&env, &text));
    let acme_secret = env
        .sandbox
        .control()
        .okta_org("acme-corp")
        .unwrap()
        .client_secret;
    // A leak check: the secret must be nowhere in the file.
    assert!(!text.contains(&acme_secret), "no secret value:\n{text}");

    delete_every_tenant(&env);

    let out = apply(&env, &file, &["--yes"]);
    assert_exit(&out, 0);
    let after: Vec<Value> = FLEET.iter().map(|s| settable(&env, s)).collect();
    assert_eq!(
        after, before,
        "the same tenants, down to the secret's last 4"
    );

    // Registration went through its idempotency key; the status through If-Match.
    let requests = env.sandbox.requests();
    let posts: Vec<_> = requests
        .iter()
        .filter(|r| r.method == "POST" && r.path == "/admin/v1/tenants")
        .collect();
    assert_eq!(posts.len(), 3);
    assert!(posts.iter().all(|r| r.idempotency_key.is_some()));
    assert!(
        requests
            .iter()
            .filter(|r| r.method == "PATCH")
            .all(|r| r.if_match.is_some())
    );

    let writes = |env: &TestEnv| {
        env.sandbox
            .requests()
            .iter()
            .filter(|r| r.method != "GET")
            .count()
    };
    let before_writes = writes(&env);
    let again = apply(&env, &file, &["--yes"]);
    assert_exit(&again, 0);
    insta::assert_snapshot!("fleet_apply_again_no_changes", transcript(&env, &again));
    assert_eq!(writes(&env), before_writes, "a second apply writes nothing");

    // And diff agrees, even without the secrets set (the file's last 4).
    let diff = env
        .cmd()
        .args(["tenant", "diff", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&diff, 0);
}

#[test]
fn diff_exits_0_1_or_2_and_shows_old_to_new_and_masks_secrets() {
    let env = TestEnv::new();
    let file = env.home.path().join("tenants.toml");
    export_fleet(&env, &file);
    let diff = |env: &TestEnv, extra: &[&str]| {
        with_secrets(env, env.cmd())
            .args(["tenant", "diff", "-f"])
            .arg(&file)
            .args(extra)
            .output()
            .unwrap()
    };
    // The tenants file's path, which varies, as `[file]`.
    let tidy = |text: String| text.replace(&file.display().to_string(), "[file]");
    let same = diff(&env, &[]);
    assert_exit(&same, 0);
    insta::assert_snapshot!("fleet_diff_unchanged", tidy(transcript(&env, &same)));

    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text.replacen("Acme Corporation", "Acme Renamed", 1);
    assert_ne!(edited, text);
    std::fs::write(&file, &edited).unwrap();
    let changed = with_secrets(&env, env.cmd())
        .env("GLOBEX_CLIENT_SECRET", "a-brand-new-secret-Vb7Nm2Qx")
        .args(["tenant", "diff", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&changed, 1);
    let out = stdout(&changed);
    insta::assert_snapshot!("fleet_diff_changed", steady(&env, &out));
    // A leak check: the new secret must be nowhere in the output.
    assert!(!out.contains("a-brand-new-secret"), "{out}");
    // Differences are the answer, not an error: one status line, no `error:`.
    let unchanged = out.matches("= unchanged ").count();
    assert_eq!(
        stderr(&changed),
        format!(
            "Differences: 0 to create, 2 to update, 0 to delete, {unchanged} unchanged; apply them with `ssoctl tenant apply -f {}`\n",
            file.display()
        )
    );
    // Nothing was written by a diff.
    assert!(env.sandbox.requests().iter().all(|r| r.method == "GET"));

    // A tenant absent from the file shows only with --prune.
    insta::assert_snapshot!(
        "fleet_diff_without_prune",
        tidy(transcript(&env, &diff(&env, &[])))
    );
    let pruned = diff(&env, &["--prune"]);
    assert_exit(&pruned, 1);
    insta::assert_snapshot!("fleet_diff_prune", tidy(transcript(&env, &pruned)));

    // Errors are 2 or more: a bad file, an unreachable service (1 elsewhere).
    std::fs::write(&file, "[[tenants]]\nslug = 5\n").unwrap();
    let bad = diff(&env, &[]);
    assert_exit(&bad, 2);
    insta::assert_snapshot!("fleet_diff_bad_file", tidy(transcript(&env, &bad)));
    std::fs::write(&file, &edited).unwrap();
    let unreachable = env
        .cmd()
        .env("SSOCTL_API_URL", "http://127.0.0.1:9")
        .args(["tenant", "diff", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&unreachable, 2);
    let missing = ssoctl(&env, &["tenant", "diff", "-f", "/nonexistent/t.toml"]);
    assert_exit(&missing, 2);
}

#[test]
fn an_edit_between_plan_and_apply_is_a_named_conflict_and_the_others_still_apply() {
    let env = TestEnv::new();
    let file = env.home.path().join("tenants.toml");
    export_fleet(&env, &file);
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replacen("Acme Corporation", "Acme From File", 1)
        .replacen("Globex Corporation", "Globex From File", 1);
    std::fs::write(&file, &text).unwrap();
    // The test's own edit took (the file, not output, is checked here).
    assert_eq!(text.matches("Globex From File").count(), 1, "{text}");
    // Someone else renames acme-corp right after the plan reads it.
    env.sandbox
        .control()
        .interleave_edit("acme-corp", json!({"company_name": "Acme Elsewhere"}))
        .unwrap();
    let out = apply(&env, &file, &["--yes"]);
    assert_exit(&out, 6);
    // Names the tenant, the ETag, and what changed.
    insta::assert_snapshot!(
        "fleet_apply_conflict",
        transcript(&env, &out).replace(&file.display().to_string(), "[file]")
    );
    assert_eq!(
        settable(&env, "acme-corp")["company_name"],
        "Acme Elsewhere"
    );
    assert_eq!(settable(&env, "globex")["company_name"], "Globex From File");
}

#[test]
fn prune_lists_the_slugs_and_never_deletes_with_no_input_alone() {
    let env = TestEnv::new();
    let file = env.home.path().join("tenants.toml");
    export_fleet(&env, &file);
    let tidy = |text: String| text.replace(&file.display().to_string(), "[file]");
    let refused = apply(&env, &file, &["--prune", "--no-input"]);
    assert_exit(&refused, 2);
    // Lists the slugs it would delete, and --yes.
    insta::assert_snapshot!(
        "fleet_prune_refused_no_input",
        tidy(transcript(&env, &refused))
    );
    assert!(env.sandbox.requests().iter().all(|r| r.method != "DELETE"));

    let dry = apply(&env, &file, &["--prune", "--dry-run"]);
    assert_exit(&dry, 0);
    insta::assert_snapshot!("fleet_prune_dry_run", tidy(transcript(&env, &dry)));
    assert!(env.sandbox.requests().iter().all(|r| r.method != "DELETE"));

    let done = apply(&env, &file, &["--prune", "--yes"]);
    assert_exit(&done, 0);
    let out = ssoctl(&env, &["tenant", "list", "-o", "json"]);
    let slugs: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(slugs, FLEET);
}

fn delete_every_tenant(env: &TestEnv) {
    let out = ssoctl(env, &["tenant", "list", "-o", "json"]);
    for t in json(&out).as_array().unwrap() {
        let slug = t["slug"].as_str().unwrap();
        assert_exit(&ssoctl(env, &["tenant", "delete", slug, "--yes"]), 0);
    }
}

#[test]
fn an_apply_cut_short_goes_on_with_the_others_and_a_rerun_finishes_it_once() {
    use ssoctl::sandbox::{Fault, FaultKind};
    let env = TestEnv::new();
    let file = env.home.path().join("tenants.toml");
    export_fleet(&env, &file);
    delete_every_tenant(&env);
    let registered = env.sandbox.stats().tenants_registered;
    // acme-corp's registration fails; initech's status change loses its answer.
    env.sandbox.control().inject_fault(Fault {
        method: Some("POST".into()),
        path_prefix: "/admin/v1/tenants".into(),
        kind: FaultKind::Status500,
        times: 1,
    });
    env.sandbox.control().inject_fault(Fault {
        method: Some("PATCH".into()),
        path_prefix: "/admin/v1/tenants/initech".into(),
        kind: FaultKind::ResetAfterCommit,
        times: 1,
    });
    let tidy = |text: String| text.replace(&file.display().to_string(), "[file]");
    let apply = || apply(&env, &file, &["--yes"]);
    let first = apply();
    assert_exit(&first, 1);
    // Names acme-corp as not applied, and that the others were.
    insta::assert_snapshot!("fleet_apply_cut_short", tidy(transcript(&env, &first)));
    assert_eq!(
        settable(&env, "globex")["company_name"],
        "Globex Corporation"
    );

    let second = apply();
    assert_exit(&second, 0);
    let third = apply();
    assert_exit(&third, 0);
    insta::assert_snapshot!(
        "fleet_apply_rerun_no_changes",
        tidy(transcript(&env, &third))
    );
    assert_eq!(
        env.sandbox.stats().tenants_registered - registered,
        3,
        "each tenant registered once"
    );
    assert_eq!(settable(&env, "initech")["status"], "disabled");
}

#[test]
fn apply_asks_on_a_terminal_and_prune_wants_the_count_typed() {
    use crate::common::ctx::seen;
    let env = TestEnv::new();
    let file = env.home.path().join("tenants.toml");
    export_fleet(&env, &file);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("Acme Corporation", "Acme Terminal", 1)).unwrap();
    let f = file.to_str().unwrap();
    let tidy = |s: String| s.replace(f, "tenants.toml");

    let no = seen(&env, true, &["n"], &["tenant", "apply", "-f", f]);
    assert_eq!(no.exit, 130, "{no}");
    assert_eq!(
        settable(&env, "acme-corp")["company_name"],
        "Acme Corporation"
    );

    let yes = seen(&env, true, &["y"], &["tenant", "apply", "-f", f]);
    assert_eq!(yes.exit, 0, "{yes}");
    insta::assert_snapshot!("fleet_apply_terminal", tidy(yes.to_string()));
    assert_eq!(settable(&env, "acme-corp")["company_name"], "Acme Terminal");

    // A wrong count is asked again; nothing is deleted until it is right.
    let pruned = seen(
        &env,
        true,
        &["delete all", "delete 8"],
        &["tenant", "apply", "--prune", "-f", f],
    );
    insta::assert_snapshot!("fleet_apply_prune_terminal", tidy(pruned.to_string()));
    assert_eq!(pruned.exit, 0, "{pruned}");
}

// ---------------------------------------------------------------- lists that scale

/// Stdout that notes, at its first write, how many pages of the tenant list
/// the sandbox had answered.
struct FirstWriteProbe {
    control: ssoctl::sandbox::Control,
    pages_at_first_write: std::sync::Arc<std::sync::Mutex<Option<usize>>>,
    text: crate::common::ctx::Buffer,
}

impl std::io::Write for FirstWriteProbe {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut seen = self.pages_at_first_write.lock().unwrap();
        if seen.is_none() {
            let pages = self
                .control
                .requests()
                .iter()
                // Request paths, not output: counts the list's pages.
                .filter(|r| r.method == "GET" && r.path.starts_with("/admin/v1/tenants?"))
                .count();
            *seen = Some(pages);
        }
        self.text.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn list_streams_piped_rows_and_json_as_pages_arrive_and_says_the_same_as_buffered() {
    use crate::common::ctx::{Buffer, Script, terminal_context};
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
    // 106 tenants: two pages of up to 100.
    let stream = |args: &[&str]| {
        let probe = FirstWriteProbe {
            control: env.sandbox.control(),
            pages_at_first_write: Default::default(),
            text: Buffer::default(),
        };
        let (pages, text) = (probe.pages_at_first_write.clone(), probe.text.clone());
        let (out, err) = (Buffer::default(), Buffer::default());
        let mut ctx = terminal_context(&env, &Script::default(), &out, &err);
        ctx.io.out = Box::new(probe);
        ctx.io.stdout_is_tty = false;
        ctx.can_prompt = false;
        // The arguments, not output: `-o json` picks the JSON format.
        if args.contains(&"json") {
            ctx.format = ssoctl::output::OutputFormat::Json;
        }
        let before = env
            .sandbox
            .requests()
            .iter()
            // Request paths, not output.
            .filter(|r| r.path.starts_with("/admin/v1/tenants?"))
            .count();
        crate::common::ctx::run(&env, &mut ctx, args).unwrap();
        let at_first = pages.lock().unwrap().unwrap();
        (at_first - before, text.text())
    };
    let (pages, piped) = stream(&["tenant", "list"]);
    assert_eq!(pages, 1, "the first rows were written after one page");
    assert_eq!(piped.lines().count(), 106, "{piped}");
    assert!(piped.lines().all(|l| l.split('\t').count() == 6), "{piped}");
    let (pages, streamed) = stream(&["tenant", "list", "-o", "json"]);
    assert_eq!(pages, 1);
    let tenants: Vec<Value> = serde_json::from_str(&streamed).unwrap();
    assert_eq!(tenants.len(), 106);

    // The same bytes as the buffered list (`--limit` buffers).
    let buffered = ssoctl(&env, &["tenant", "list", "-o", "json", "--limit", "1000"]);
    assert_eq!(stdout(&buffered), streamed);
    let buffered = ssoctl(&env, &["tenant", "list", "--limit", "1000"]);
    assert_eq!(stdout(&buffered), piped);
}
