//! Invitations end to end on the sandbox: support invites, the customer
//! submits with `tenant submit` (no admin token; the secret goes straight
//! to the service), support lists, approves (the doctor first) or rejects,
//! and a sign-in through the service works in real Chromium. A second
//! redemption, an expired or unknown invitation and a wrong secret each
//! fail with their own message and change nothing.

use std::time::Duration;

use serde_json::Value;
use ssoctl::sandbox::{OktaAppPatch, OktaOrg, SandboxOptions, Seed};

use crate::common::*;

/// The new customer's app secret: planted, so a leak is found.
const NEWCO_SECRET: &str = "newco-app-secret-Kp4Tq8Wz2Xv6Ry9Lm3Nb";

struct Onboarding {
    env: TestEnv,
    state_file: std::path::PathBuf,
    _state_dir: tempfile::TempDir,
    org: OktaOrg,
}

/// A demo sandbox with a state file, plus a healthy org (a copy of
/// acme-corp's, with its own app secret) whose app lists `slug`'s
/// redirect URI: what a customer has after steps 1-3 of the guide.
fn onboarding(slug: &str) -> Onboarding {
    let dir = tempfile::tempdir().unwrap();
    let state_file = dir.path().join("state.json");
    let env = TestEnv::with_options(SandboxOptions {
        token: ADMIN_TOKEN.to_string(),
        seed: Some(Seed::Demo),
        state_file: Some(state_file.clone()),
        provisioning_delay: Duration::from_millis(50),
        ..SandboxOptions::default()
    });
    let control = env.sandbox.control();
    control
        .copy_okta_org("acme-corp", slug, "integrator-2000001", slug)
        .unwrap();
    let org = control
        .set_okta_app(
            slug,
            OktaAppPatch {
                client_secret: Some(NEWCO_SECRET.into()),
                ..OktaAppPatch::default()
            },
        )
        .unwrap();
    Onboarding {
        env,
        state_file,
        _state_dir: dir,
        org,
    }
}

/// `tenant invite` as JSON; returns the token and the whole output.
fn invite(env: &TestEnv, slug: &str, extra: &[&str]) -> (String, std::process::Output) {
    let out = env
        .cmd()
        .args([
            "tenant",
            "invite",
            slug,
            "--company-name",
            "NewCo Ltd",
            "-o",
            "json",
        ])
        .args(extra)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let token = json(&out)["token"].as_str().unwrap().to_string();
    (token, out)
}

/// `tenant submit` with the invitation and the secret on stdin.
fn submit(
    env: &TestEnv,
    org: &OktaOrg,
    token: &str,
    secret: &str,
    extra: &[&str],
) -> std::process::Output {
    env.cmd_without_token()
        .args([
            "tenant",
            "submit",
            "--invite-stdin",
            "--client-secret-stdin",
            "--okta-domain",
            &org.domain,
            "--client-id",
            &org.client_id,
            "--yes",
        ])
        .args(extra)
        .write_stdin(format!("{token}\n{secret}\n"))
        .output()
        .unwrap()
}

/// The first `error:` line ssoctl printed.
fn error_line(out: &std::process::Output) -> String {
    stderr(out)
        .lines()
        .find(|l| l.starts_with("error: "))
        .unwrap_or_else(|| panic!("no error line:\n{}", stderr(out)))
        .to_string()
}

fn tenant_json(env: &TestEnv, slug: &str) -> Option<Value> {
    let out = env
        .cmd()
        .args(["tenant", "show", slug, "-o", "json"])
        .output()
        .unwrap();
    (out.status.code() == Some(0)).then(|| json(&out))
}

fn invitation_status(env: &TestEnv, slug: &str) -> Vec<String> {
    let out = env
        .cmd()
        .args(["tenant", "invitations", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    json(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["slug"] == slug)
        .map(|i| i["status"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn invite_submit_approve_then_sign_in_through_the_service_in_chromium() {
    let test = "invite_submit_approve_then_sign_in_through_the_service_in_chromium";
    let Onboarding {
        env,
        state_file,
        org,
        ..
    } = onboarding("newco");
    let mut seen: Vec<(String, String)> = Vec::new();
    let keep = |seen: &mut Vec<(String, String)>, what: &str, out: &std::process::Output| {
        seen.push((format!("{what} (stdout)"), stdout(out)));
        seen.push((format!("{what} (stderr)"), stderr(out)));
    };

    // Support: the token is in the JSON (that is the command's point) and
    // nowhere in the -vv trace on stderr.
    let (token, out) = invite(&env, "newco", &["-vv"]);
    // A secret, random after its prefix: its shape, not its value, is fixed.
    assert!(token.starts_with("ssoinv_") && token.len() == 47, "{token}");
    let issued = json(&out);
    assert_eq!(issued["invitation"]["slug"], "newco");
    assert_eq!(issued["invitation"]["company_name"], "NewCo Ltd");
    assert_eq!(issued["invitation"]["status"], "open");
    assert_eq!(
        issued["submit_command"],
        format!(
            "SSOCTL_API_URL={} ssoctl tenant submit --okta-domain <your Okta domain> --client-id <your app's client id>",
            env.sandbox.url()
        )
    );
    // A leak check: absence anywhere is the point.
    assert!(!stderr(&out).contains(&token), "{}", stderr(&out));
    seen.push(("invite -vv (stderr)".into(), stderr(&out)));
    assert_eq!(invitation_status(&env, "newco"), ["open"]);

    // The customer: no admin token; the checks run first, then the submission.
    let out = submit(&env, &org, &token, NEWCO_SECRET, &["-vv"]);
    assert_exit(&out, 0);
    // What was sent (the secret's last four only) and what comes next.
    insta::assert_snapshot!("invitations_submit_summary", steady(&env, &stdout(&out)));
    keep(&mut seen, "submit -vv", &out);
    assert_eq!(invitation_status(&env, "newco"), ["redeemed"]);

    // Pending review: listed, and nobody can sign in yet.
    let out = env
        .cmd()
        .args(["tenant", "list", "--status", "pending", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let listed: Vec<Value> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["slug"] == "newco")
        .cloned()
        .collect();
    assert_eq!(listed.len(), 1, "{}", stdout(&out));
    assert_eq!(listed[0]["status"], "pending");
    assert_eq!(listed[0]["review"]["state"], "pending");
    let out = env
        .cmd_without_token()
        .args(["login", "test", "newco", "--no-browser"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    insta::assert_snapshot!(
        "invitations_login_test_while_pending",
        steady(&env, &streams(&out))
    );

    // Support approves: the doctor runs first and is shown.
    let out = env
        .cmd()
        .args(["tenant", "approve", "newco", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let approved = json(&out);
    assert_eq!(approved["approved"], true);
    assert_eq!(approved["tenant"]["status"], "active");
    assert!(approved["tenant"].get("review").is_none(), "{approved}");
    assert_eq!(approved["doctor"]["errors"], 0, "{approved}");
    insta::assert_snapshot!(
        "invitations_approve_json_stderr",
        steady(&env, &stderr(&out))
    );
    keep(&mut seen, "approve", &out);
    // A second run is a no-op.
    let out = env
        .cmd()
        .args(["tenant", "approve", "newco", "--yes"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!("invitations_approve_again", steady(&env, &streams(&out)));
    let out = env
        .cmd()
        .args(["tenant", "history", "newco", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let actions: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions, ["invited", "submitted", "approved"]);
    keep(&mut seen, "history", &out);

    // Nothing holds the token or the secret: outputs, the sandbox's request
    // log, its state file (only the token's hash), the config directory.
    let log = serde_json::to_string(&env.sandbox.requests()).unwrap();
    seen.push(("the sandbox's request log".into(), log));
    let state = std::fs::read_to_string(&state_file).unwrap();
    // The state file holds the whole sandbox (times, random ids): one key in it is the check.
    assert!(state.contains("token_sha256"), "the hash is kept");
    seen.push((
        "the state file (token)".into(),
        state.replace(NEWCO_SECRET, ""),
    ));
    for entry in walk(env.home.path()) {
        seen.push((
            entry.display().to_string(),
            std::fs::read_to_string(&entry).unwrap_or_default(),
        ));
    }
    for (what, text) in &seen {
        // Leak checks: absence anywhere is the point.
        assert!(
            !text.contains(&token),
            "the invitation token leaked in {what}:\n{text}"
        );
        if !what.starts_with("the state file") {
            assert!(
                !text.contains(NEWCO_SECRET),
                "the client secret leaked in {what}:\n{text}"
            );
        }
    }

    // And a sign-in through the service, in real Chromium.
    let Some(((ok, page), done)) =
        crate::browser::login_through_service(test, &env, "newco", "ana@acme.example", &[])
    else {
        return;
    };
    assert!(ok, "the result page says the test failed:\n{page}");
    // The page also shows the run's claims and times, which change: the
    // verdict is the point here.
    assert!(page.contains("Signed in"), "{page}");
    done.assert_code(0);
    // The verdict line, whole, among the run's progress lines.
    assert!(
        done.stderr
            .lines()
            .any(|l| l == "✓ Sign-in test passed: newco"),
        "{}",
        done.stderr
    );
    // The project id is random after its prefix: the line's start is fixed.
    assert!(
        done.stdout
            .lines()
            .any(|l| l.starts_with("project id:\tprj_")),
        "{}",
        done.stdout
    );
}

/// One request to the sandbox over real HTTP: status, `Idempotent-Replayed`, body.
fn call(
    env: &TestEnv,
    method: reqwest::Method,
    path: &str,
    bearer: &str,
    key: Option<&str>,
    body: Option<Value>,
) -> (u16, bool, Value) {
    env.rt.block_on(async {
        let mut rb = reqwest::Client::new()
            .request(method, format!("{}{path}", env.sandbox.url()))
            .bearer_auth(bearer);
        if let Some(key) = key {
            rb = rb.header("idempotency-key", key);
        }
        if let Some(body) = body {
            rb = rb.json(&body);
        }
        let answer = rb.send().await.unwrap();
        let status = answer.status().as_u16();
        let replayed = answer.headers().get("idempotent-replayed").is_some();
        let text = answer.text().await.unwrap();
        (
            status,
            replayed,
            serde_json::from_str(&text).unwrap_or(Value::Null),
        )
    })
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(walk(&path));
            } else {
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn a_second_redemption_an_expired_or_unknown_invitation_and_a_wrong_secret_each_fail_and_change_nothing()
 {
    let Onboarding { env, org, .. } = onboarding("newco");

    // A wrong secret: the customer's own checks stop it before anything is sent.
    let (token, _) = invite(&env, "newco", &[]);
    let out = submit(&env, &org, &token, "not-the-app-secret-at-all-123", &[]);
    assert_exit(&out, 3);
    assert_eq!(
        error_line(&out),
        "error: not submitted: the checks found 1 problem(s) in the Okta set-up for newco"
    );
    insta::assert_snapshot!(
        "invitations_submit_wrong_secret",
        steady(&env, &stdout(&out))
    );
    // And the service's own check refuses it too, when the checks are skipped.
    let (status, _, body) = call(
        &env,
        reqwest::Method::POST,
        "/v1/registrations",
        &token,
        None,
        Some(serde_json::json!({
            "okta_domain": org.domain, "client_id": org.client_id,
            "client_secret": "not-the-app-secret-at-all-123",
        })),
    );
    assert_eq!(status, 422);
    assert_eq!(body["error"]["code"], "client_secret_invalid");
    assert_eq!(tenant_json(&env, "newco"), None, "nothing was created");
    assert_eq!(
        invitation_status(&env, "newco"),
        ["open"],
        "nothing was burnt"
    );

    // The first redemption works; a second one is refused and changes nothing.
    assert_exit(&submit(&env, &org, &token, NEWCO_SECRET, &[]), 0);
    let before = tenant_json(&env, "newco").unwrap();
    let out = submit(&env, &org, &token, NEWCO_SECRET, &[]);
    assert_exit(&out, 6);
    insta::assert_snapshot!(
        "invitations_second_redemption",
        mask_ids(&steady(&env, &stderr(&out)), "req_", "req_[id]")
    );
    assert_eq!(tenant_json(&env, "newco").unwrap(), before);

    // An expired invitation, on the sandbox's clock.
    env.sandbox
        .control()
        .copy_okta_org("acme-corp", "lateco", "integrator-2000002", "lateco")
        .unwrap();
    let late = env
        .sandbox
        .control()
        .set_okta_app(
            "lateco",
            OktaAppPatch {
                client_secret: Some(NEWCO_SECRET.into()),
                ..OktaAppPatch::default()
            },
        )
        .unwrap();
    let (late_token, _) = invite(&env, "lateco", &["--expires", "1h"]);
    env.sandbox
        .control()
        .advance_clock(Duration::from_secs(3601));
    let out = submit(&env, &late, &late_token, NEWCO_SECRET, &[]);
    assert_exit(&out, 4);
    insta::assert_snapshot!(
        "invitations_expired",
        mask_ids(&steady(&env, &stderr(&out)), "req_", "req_[id]")
    );
    assert_eq!(tenant_json(&env, "lateco"), None);
    assert_eq!(invitation_status(&env, "lateco"), ["expired"]);

    // A token the service never issued.
    let out = submit(
        &env,
        &late,
        "ssoinv_0000000000000000000000000000000000000000",
        NEWCO_SECRET,
        &[],
    );
    assert_exit(&out, 4);
    insta::assert_snapshot!(
        "invitations_unknown_token",
        mask_ids(&steady(&env, &stderr(&out)), "req_", "req_[id]")
    );
}

#[test]
fn approve_refuses_what_the_doctor_finds_wrong_and_reject_removes_the_submission() {
    let Onboarding { env, org, .. } = onboarding("newco");
    let (token, _) = invite(&env, "newco", &[]);
    assert_exit(&submit(&env, &org, &token, NEWCO_SECRET, &[]), 0);
    // The app loses the redirect URI after the submission.
    env.sandbox
        .control()
        .set_okta_app(
            "newco",
            OktaAppPatch {
                redirect_uris: Some(vec![]),
                ..OktaAppPatch::default()
            },
        )
        .unwrap();
    let out = env
        .cmd()
        .args(["tenant", "approve", "newco", "--yes"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert_eq!(
        error_line(&out),
        "error: not approved: the doctor found 1 problem(s) in newco"
    );
    // The report names the missing redirect URI.
    insta::assert_snapshot!(
        "invitations_approve_refused_report",
        steady(&env, &stdout(&out))
    );
    assert_eq!(
        tenant_json(&env, "newco").unwrap()["review"]["state"],
        "pending"
    );
    // Without --yes and without a terminal, nothing is asked and nothing done.
    let out = env
        .cmd()
        .args(["tenant", "approve", "newco", "--force"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert_eq!(
        error_line(&out),
        "error: refusing to approve newco without confirmation"
    );

    let out = env
        .cmd()
        .args(["tenant", "reject", "newco"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert_eq!(
        error_line(&out),
        "error: refusing to reject newco without confirmation"
    );
    let out = env
        .cmd()
        .args(["tenant", "reject", "newco", "--yes"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(tenant_json(&env, "newco"), None);
    // A second run is a no-op; the slug can be invited again.
    let out = env
        .cmd()
        .args(["tenant", "reject", "newco", "--yes"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!("invitations_reject_again", steady(&env, &streams(&out)));
    invite(&env, "newco", &[]);
    // An already registered slug, or one with an open invitation, is refused.
    let out = env
        .cmd()
        .args(["tenant", "invite", "newco", "--company-name", "NewCo Ltd"])
        .output()
        .unwrap();
    assert_exit(&out, 6);
    insta::assert_snapshot!(
        "invitations_invite_with_one_open",
        // The open invitation's id is random.
        mask_ids(&steady(&env, &stderr(&out)), "inv_", "inv_[id]")
    );
    let out = env
        .cmd()
        .args(["tenant", "invite", "acme-corp", "--company-name", "Acme"])
        .output()
        .unwrap();
    assert_exit(&out, 6);
    assert_eq!(error_line(&out), "error: acme-corp is already registered");
}

/// Retries are safe: a registration retried with its key replays the first
/// answer (even though the invitation is burnt by then); an invitation
/// retried with its key is the same invitation with a new token, and the
/// lost answer's token stops working.
#[test]
fn retried_requests_do_not_duplicate_and_lost_tokens_stop_working() {
    let Onboarding { env, org, .. } = onboarding("newco");
    let post = reqwest::Method::POST;
    let invitation = serde_json::json!({"slug": "newco", "company_name": "NewCo Ltd"});
    let (status, replayed, first) = call(
        &env,
        post.clone(),
        "/admin/v1/invitations",
        ADMIN_TOKEN,
        Some("inv-key-1"),
        Some(invitation.clone()),
    );
    assert_eq!((status, replayed), (201, false));
    let (status, replayed, again) = call(
        &env,
        post.clone(),
        "/admin/v1/invitations",
        ADMIN_TOKEN,
        Some("inv-key-1"),
        Some(invitation),
    );
    assert_eq!((status, replayed), (201, true));
    assert_eq!(again["id"], first["id"]);
    assert_ne!(again["token"], first["token"]);
    let show = |token: &Value| {
        call(
            &env,
            reqwest::Method::GET,
            "/v1/invitation",
            token.as_str().unwrap(),
            None,
            None,
        )
    };
    assert_eq!(
        show(&first["token"]).2["error"]["code"],
        "invitation_unknown"
    );
    assert_eq!(show(&again["token"]).0, 200);
    let (_, _, history) = call(
        &env,
        reqwest::Method::GET,
        "/admin/v1/tenants/newco/events",
        ADMIN_TOKEN,
        None,
        None,
    );
    let actions: Vec<&str> = history["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["invited", "invitation_reissued"]);
    assert_eq!(invitation_status(&env, "newco"), ["open"]);

    let details = serde_json::json!({
        "okta_domain": org.domain, "client_id": org.client_id, "client_secret": NEWCO_SECRET,
    });
    let token = again["token"].as_str().unwrap();
    let (status, replayed, one) = call(
        &env,
        post.clone(),
        "/v1/registrations",
        token,
        Some("reg-key-1"),
        Some(details.clone()),
    );
    assert_eq!((status, replayed), (201, false));
    let (status, replayed, two) = call(
        &env,
        post.clone(),
        "/v1/registrations",
        token,
        Some("reg-key-1"),
        Some(details.clone()),
    );
    assert_eq!((status, replayed), (201, true));
    assert_eq!(two, one);
    // Without the key it is a second redemption.
    let (status, _, refused) = call(&env, post, "/v1/registrations", token, None, Some(details));
    assert_eq!(status, 409);
    assert_eq!(refused["error"]["code"], "invitation_used");
    let (_, _, history) = call(
        &env,
        reqwest::Method::GET,
        "/admin/v1/tenants/newco/events",
        ADMIN_TOKEN,
        None,
        None,
    );
    let submitted = history["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "submitted")
        .count();
    assert_eq!(submitted, 1);
}

/// On a terminal, what is missing is asked for: the flags' values, then
/// the invitation and the secret at hidden prompts, then the plan is
/// confirmed; approve asks too, and a "no" changes nothing.
#[test]
fn on_a_terminal_submit_and_approve_ask_and_a_no_changes_nothing() {
    use crate::common::ctx::{Buffer, Script, run, terminal_context};
    let Onboarding { env, org, .. } = onboarding("newco");
    let (token, _) = invite(&env, "newco", &[]);
    let script = Script::default();
    script.answers.lock().unwrap().extend(
        [
            org.domain.as_str(),
            &org.client_id,
            &token,
            NEWCO_SECRET,
            "y",
        ]
        .map(String::from),
    );
    let (out, err) = (Buffer::default(), Buffer::default());
    let mut ctx = terminal_context(&env, &script, &out, &err);
    run(&env, &mut ctx, &["tenant", "submit"]).unwrap();
    assert_eq!(
        *script.asked.lock().unwrap(),
        [
            "Okta domain (e.g. dev-12345678.okta.com)",
            "Client ID",
            "Invitation from Biometry support (hidden)",
            "Client secret of your Okta app (hidden)",
            "Submit these details?",
        ]
    );
    insta::assert_snapshot!(
        "invitations_submit_terminal_stderr",
        steady(&env, &err.text())
    );
    // Leak checks: absence anywhere is the point.
    assert!(!out.text().contains(NEWCO_SECRET) && !err.text().contains(NEWCO_SECRET));
    assert!(!out.text().contains(&token) && !err.text().contains(&token));

    let script = Script::default();
    script.answers.lock().unwrap().push_back("n".into());
    let (out, err) = (Buffer::default(), Buffer::default());
    let mut ctx = terminal_context(&env, &script, &out, &err);
    let refused = run(&env, &mut ctx, &["tenant", "approve", "newco"]).unwrap_err();
    assert_eq!(
        refused,
        "cancelled: nothing was changed; the registration still awaits review"
    );
    assert_eq!(
        *script.asked.lock().unwrap(),
        ["Approve newco (NewCo Ltd)? Its users can sign in from then on"]
    );
    // The doctor's report is shown first.
    insta::assert_snapshot!(
        "invitations_approve_terminal_declined_stderr",
        steady(&env, &err.text())
    );
    assert_eq!(
        tenant_json(&env, "newco").unwrap()["review"]["state"],
        "pending"
    );
}

/// Two redemptions of one invitation at once: exactly one registers, the
/// other is `invitation_used`; and invitations (as hashes) survive a
/// restart of the sandbox from its state file.
#[test]
fn concurrent_redemptions_register_once_and_invitations_survive_a_restart() {
    let Onboarding {
        env,
        state_file,
        org,
        ..
    } = onboarding("newco");
    let (token, _) = invite(&env, "newco", &[]);
    let details = serde_json::json!({
        "okta_domain": org.domain, "client_id": org.client_id, "client_secret": NEWCO_SECRET,
    });
    let url = format!("{}/v1/registrations", env.sandbox.url());
    let statuses: Vec<u16> = env.rt.block_on(async {
        let http = reqwest::Client::new();
        let send = |key: &'static str| {
            http.post(&url)
                .bearer_auth(&token)
                .header("idempotency-key", key)
                .json(&details)
                .send()
        };
        let (a, b) = tokio::join!(send("race-a"), send("race-b"));
        let mut statuses = vec![a.unwrap().status().as_u16(), b.unwrap().status().as_u16()];
        statuses.sort();
        statuses
    });
    assert_eq!(statuses, [201, 409]);
    let (_, _, history) = call(
        &env,
        reqwest::Method::GET,
        "/admin/v1/tenants/newco/events",
        ADMIN_TOKEN,
        None,
        None,
    );
    let actions: Vec<&str> = history["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["invited", "submitted"]);

    // A second invitation, still open, read back after a restart.
    env.sandbox
        .control()
        .copy_okta_org("acme-corp", "lateco", "integrator-2000002", "lateco")
        .unwrap();
    let (open_token, _) = invite(&env, "lateco", &[]);
    let TestEnv { rt, sandbox, home } = env;
    rt.block_on(sandbox.shutdown());
    let restarted = rt
        .block_on(ssoctl::sandbox::Sandbox::start(
            ([127, 0, 0, 1], 0).into(),
            SandboxOptions {
                token: ADMIN_TOKEN.to_string(),
                state_file: Some(state_file.clone()),
                ..SandboxOptions::default()
            },
        ))
        .unwrap();
    let env = TestEnv {
        rt,
        sandbox: restarted,
        home,
    };
    let (status, _, shown) = call(
        &env,
        reqwest::Method::GET,
        "/v1/invitation",
        &open_token,
        None,
        None,
    );
    assert_eq!(status, 200, "{shown}");
    assert_eq!(shown["slug"], "lateco");
    assert_eq!(shown["status"], "open");
    let (status, _, used) = call(
        &env,
        reqwest::Method::GET,
        "/v1/invitation",
        &token,
        None,
        None,
    );
    assert_eq!(status, 409);
    assert_eq!(used["error"]["code"], "invitation_used");
    assert_eq!(
        tenant_json(&env, "newco").unwrap()["review"]["state"],
        "pending"
    );
    let state = std::fs::read_to_string(&state_file).unwrap();
    // A leak check: absence anywhere is the point.
    assert!(!state.contains(&open_token) && !state.contains(&token));
}
