//! `ssoctl tenant rotate-secret`: the emulated org's client-secrets API as
//! Okta answers it, and rotations against it — with real sign-ins through
//! the service between the steps, interrupted runs that resume, and the
//! refusals that leave nothing half-done.

use std::net::SocketAddr;
use std::process::Command;
use std::time::Duration;

use serde_json::{Value, json};
use ssoctl::sandbox::{Fault, FaultKind, READ_ONLY_API_TOKEN};

use crate::common::browser::{Browser, Running, STEP};
use crate::common::*;

/// The Management API of `slug`'s emulated org, over real HTTP.
struct OrgApi {
    base: String,
    client: reqwest::Client,
    token: String,
    app: String,
}

impl OrgApi {
    fn new(env: &TestEnv, slug: &str) -> OrgApi {
        let org = env.sandbox.control().okta_org(slug).unwrap();
        let base = url::Url::parse(&org.url).unwrap();
        let addr: SocketAddr = env.sandbox.addr();
        OrgApi {
            client: reqwest::Client::builder()
                .resolve(base.host_str().unwrap(), addr)
                .build()
                .unwrap(),
            base: org.url.clone(),
            token: org.api_token.clone(),
            app: org.client_id.clone(),
        }
    }

    fn send(
        &self,
        env: &TestEnv,
        method: reqwest::Method,
        path: &str,
        token: &str,
    ) -> (u16, Value) {
        let url = format!(
            "{}/api/v1/apps/{}/credentials/secrets{path}",
            self.base, self.app
        );
        env.rt.block_on(async {
            let r = self
                .client
                .request(method.clone(), &url)
                .header("Authorization", format!("SSWS {token}"))
                .header("Accept", "application/json")
                .json(&json!({}))
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let text = r.text().await.unwrap();
            (status, serde_json::from_str(&text).unwrap_or(Value::Null))
        })
    }

    fn call(&self, env: &TestEnv, method: reqwest::Method, path: &str) -> (u16, Value) {
        self.send(env, method, path, &self.token)
    }

    fn list(&self, env: &TestEnv) -> Vec<Value> {
        let (status, body) = self.call(env, reqwest::Method::GET, "");
        assert_eq!(status, 200, "{body}");
        body.as_array().unwrap().clone()
    }

    /// `/token` with a dummy code: 400 `invalid_grant` means the secret was
    /// accepted, 401 `invalid_client` that it was not (docs/okta-behaviour.md rows 12, 15).
    fn token_probe(&self, env: &TestEnv, secret: &str) -> (u16, String) {
        let url = format!("{}/oauth2/default/v1/token", self.base);
        env.rt.block_on(async {
            let r = self
                .client
                .post(&url)
                .basic_auth(&self.app, Some(secret))
                .form(&[
                    ("grant_type", "authorization_code"),
                    ("code", "dummy-code"),
                    ("redirect_uri", "http://127.0.0.1/cb"),
                ])
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let body: Value = r.json().await.unwrap();
            (status, body["error"].as_str().unwrap_or("").to_owned())
        })
    }
}

fn cause(body: &Value) -> &str {
    body["errorCauses"][0]["errorSummary"]
        .as_str()
        .unwrap_or("")
}

#[test]
fn the_emulated_secrets_api_answers_as_okta_with_each_e0000001_cause() {
    let env = TestEnv::new();
    let api = OrgApi::new(&env, "acme-corp");
    let first_value = env
        .sandbox
        .control()
        .okta_org("acme-corp")
        .unwrap()
        .client_secret;

    // The list masks the value and keeps the hash, as the spec's example.
    let listed = api.list(&env);
    assert_eq!(listed.len(), 1);
    let first = listed[0]["id"].as_str().unwrap().to_owned();
    // Random after its prefix: the prefix is what Okta's ids share.
    assert!(first.starts_with("ocs"), "{first}");
    assert_eq!(listed[0]["status"], "ACTIVE");
    let masked = listed[0]["client_secret"].as_str().unwrap();
    assert_ne!(masked, first_value);
    // The spec's mask: the first 12 and the last characters, six dots between.
    assert_eq!(
        masked,
        format!("{}......{}", &first_value[..12], &first_value[18..])
    );
    assert_eq!(listed[0]["secret_hash"].as_str().unwrap().len(), 22);

    // A read-only admin may list but not write.
    let (status, body) = api.send(&env, reqwest::Method::POST, "", READ_ONLY_API_TOKEN);
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (403, Some("E0000006"))
    );
    let (status, _) = api.send(&env, reqwest::Method::GET, "", READ_ONLY_API_TOKEN);
    assert_eq!(status, 200);
    let (status, body) = api.send(&env, reqwest::Method::GET, "", "not-a-token");
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (401, Some("E0000011"))
    );

    // The create's answer is the only one with the value; both secrets work.
    let (status, created) = api.call(&env, reqwest::Method::POST, "");
    assert_eq!(status, 201, "{created}");
    let second = created["id"].as_str().unwrap().to_owned();
    let second_value = created["client_secret"].as_str().unwrap().to_owned();
    assert_eq!(second_value.len(), 40);
    assert_eq!(created["status"], "ACTIVE");
    assert_eq!(
        api.token_probe(&env, &first_value),
        (400, "invalid_grant".into())
    );
    assert_eq!(
        api.token_probe(&env, &second_value),
        (400, "invalid_grant".into())
    );
    let listed = api.list(&env);
    assert_eq!(listed.len(), 2);
    assert!(
        listed
            .iter()
            .all(|s| s["client_secret"] != second_value.as_str())
    );

    // A third: E0000001, the real capture's cause.
    let (status, body) = api.call(&env, reqwest::Method::POST, "");
    assert_eq!(status, 400);
    assert_eq!(body["errorCode"], "E0000001");
    assert_eq!(
        cause(&body),
        "You have reached the maximum number of client secrets per client."
    );

    // Deleting an active one: E0000001.
    let (status, body) = api.call(&env, reqwest::Method::DELETE, &format!("/{first}"));
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("E0000001"))
    );
    assert_eq!(
        cause(&body),
        "You can't delete an active client secret. Deactivate it first."
    );

    // Deactivated, the first is refused at /token; the second still works.
    let (status, body) = api.call(
        &env,
        reqwest::Method::POST,
        &format!("/{first}/lifecycle/deactivate"),
    );
    assert_eq!((status, body["status"].as_str()), (200, Some("INACTIVE")));
    assert_eq!(
        api.token_probe(&env, &first_value),
        (401, "invalid_client".into())
    );
    assert_eq!(
        api.token_probe(&env, &second_value),
        (400, "invalid_grant".into())
    );

    // The only active one cannot be deactivated.
    let (status, body) = api.call(
        &env,
        reqwest::Method::POST,
        &format!("/{second}/lifecycle/deactivate"),
    );
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("E0000001"))
    );
    assert_eq!(
        cause(&body),
        "You cannot deactivate the only active client secret."
    );

    // Reactivated, it works again; deactivated, it can be deleted.
    let (status, _) = api.call(
        &env,
        reqwest::Method::POST,
        &format!("/{first}/lifecycle/activate"),
    );
    assert_eq!(status, 200);
    assert_eq!(
        api.token_probe(&env, &first_value),
        (400, "invalid_grant".into())
    );
    api.call(
        &env,
        reqwest::Method::POST,
        &format!("/{first}/lifecycle/deactivate"),
    );
    let (status, _) = api.call(&env, reqwest::Method::DELETE, &format!("/{first}"));
    assert_eq!(status, 204);
    let listed = api.list(&env);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], second.as_str());
    let (status, body) = api.call(&env, reqwest::Method::DELETE, &format!("/{first}"));
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (404, Some("E0000007"))
    );
}

/// The binary, pointed at the sandbox with the admin token and `okta_token`.
fn rotate_cmd(env: &TestEnv, okta_token: &str, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SSOCTL_OKTA_API_TOKEN", okta_token)
        .args(["tenant", "rotate-secret"])
        .args(args)
        .output()
        .unwrap()
}

/// steady() plus what a rotation makes anew: the test's home directory
/// (the journal's path), Okta's secret ids (`ocs[id]`) and error ids,
/// request ids, and the last four characters of secrets: those named in
/// `last4s` as `…[name]`, any other as `…[other]`.
fn steady_rotate(env: &TestEnv, text: &str, last4s: &[(&str, &str)]) -> String {
    let mut text = steady(env, text).replace(&env.home.path().display().to_string(), "[home]");
    for (last4, name) in last4s {
        text = text.replace(&format!("…{last4}"), &format!("…[{name}]"));
    }
    let mut rest = text.as_str();
    let mut masked = String::new();
    while let Some(at) = rest.find('…') {
        let tail = &rest[at + '…'.len_utf8()..];
        let last4: String = tail.chars().take(4).collect();
        masked.push_str(&rest[..at]);
        if last4.chars().count() == 4
            && last4
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            masked.push_str("…[other]");
            rest = &tail[last4.len()..];
        } else {
            masked.push('…');
            rest = tail;
        }
    }
    masked.push_str(rest);
    let text = masked;
    let text = mask_ids(&text, "ocs", "ocs[id]");
    let text = mask_ids(&text, "req_", "req_[id]");
    mask_ids(&text, "oae", "oae[id]")
}

fn super_token(env: &TestEnv) -> String {
    env.sandbox.control().okta_api_token()
}

/// The service's own check of the secret it has.
fn service_check(env: &TestEnv, slug: &str) -> String {
    let out = env
        .cmd()
        .args([
            "api",
            "POST",
            &format!("/admin/v1/tenants/{slug}/checks/client-secret"),
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    json(&out)["result"].as_str().unwrap().to_owned()
}

fn service_last4(env: &TestEnv, slug: &str) -> String {
    let out = env
        .cmd()
        .args(["tenant", "show", slug, "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    json(&out)["client_secret_last4"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A real sign-in through the service, the browser's part scripted over
/// HTTP (the service exchanges the code at Okta's /token with its secret).
fn scripted_sign_in(env: &TestEnv, slug: &str, user: &str) {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("ssoctl"));
    command
        .args(["login", "test", slug, "--paste", "--port"])
        .arg(free_port().to_string())
        .env("SSOCTL_CONFIG_DIR", env.config_dir())
        .env("SSOCTL_API_URL", env.sandbox.url())
        .env("SSOCTL_COLOR", "never");
    let run = paste_run(command, "/start?", |open| {
        browse_to_callback(env, open, user)
    });
    assert_eq!(
        run.code,
        Some(0),
        "the sign-in failed:\n{}\n{}",
        run.stdout,
        run.stderr
    );
    // The one line, whole, among the run's claims and times.
    assert!(
        run.stdout.lines().any(|l| l == "okta sign-in:\tsucceeded"),
        "{}",
        run.stdout
    );
}

fn states(out: &std::process::Output) -> Vec<(String, String)> {
    json(out)["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap().to_owned(),
                s["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn an_interrupted_rotation_resumes_and_completes_with_sign_ins_working_throughout() {
    let env = TestEnv::new();
    let token = super_token(&env);
    let api = OrgApi::new(&env, "acme-corp");
    let user = "ana@acme.example";
    let old_value = env
        .sandbox
        .control()
        .okta_org("acme-corp")
        .unwrap()
        .client_secret;
    let old_last4 = service_last4(&env, "acme-corp");
    let journal = env.config_dir().join("rotations/acme-corp.json");
    let old_id = api.list(&env)[0]["id"].as_str().unwrap().to_owned();

    // 1. Okta creates the secret, but its answer is lost: nobody has the value.
    env.sandbox.control().inject_fault(
        Fault::new(
            format!("/api/v1/apps/{}/credentials/secrets", api.app),
            FaultKind::ResetAfterCommit,
        )
        .method("POST"),
    );
    let out = rotate_cmd(&env, &token, &["acme-corp", "--yes", "-o", "json"]);
    assert_exit(&out, 1);
    assert_eq!(
        states(&out),
        pairs(&[
            ("list_secrets", "done"),
            ("prove_current", "done"),
            ("create_new", "failed"),
            ("update_service", "not_run"),
            ("prove_new", "not_run"),
            ("deactivate_old", "not_run"),
            ("prove_again", "not_run"),
        ])
    );
    // The run names what may have happened and how to go on.
    insta::assert_snapshot!(
        "rotate_create_unanswered",
        steady_rotate(&env, &stderr(&out), &[(&old_last4, "old last4")])
    );
    assert_eq!(api.list(&env).len(), 2, "the orphan is in Okta");
    assert_eq!(service_check(&env, "acme-corp"), "valid");
    scripted_sign_in(&env, "acme-corp", user);

    // The journal is private and holds no secret value.
    let text = std::fs::read_to_string(&journal).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&journal).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // A leak check: absence anywhere is the point.
    assert!(!text.contains(&old_value), "{text}");
    let journal_json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(journal_json["create_unanswered"], true);

    // 2. The store fails (the service answers 500): the new value is lost again.
    env.sandbox.control().inject_fault(
        Fault::new("/admin/v1/tenants/acme-corp", FaultKind::Status500).method("PATCH"),
    );
    let out = rotate_cmd(&env, &token, &["acme-corp", "--yes", "-o", "json"]);
    assert_exit(&out, 1);
    assert_eq!(
        states(&out),
        pairs(&[
            ("list_secrets", "done"),
            ("prove_current", "done"),
            ("remove_unusable", "done"),
            ("create_new", "done"),
            ("update_service", "failed"),
            ("prove_new", "not_run"),
            ("deactivate_old", "not_run"),
            ("prove_again", "not_run"),
        ])
    );
    insta::assert_snapshot!(
        "rotate_store_failed",
        steady_rotate(&env, &stderr(&out), &[(&old_last4, "old last4")])
    );
    assert_eq!(service_last4(&env, "acme-corp"), old_last4);
    assert_eq!(service_check(&env, "acme-corp"), "valid");
    scripted_sign_in(&env, "acme-corp", user);

    // 3. Deactivating the old one fails: the service already has the new one.
    env.sandbox.control().inject_fault(
        Fault::new(
            format!(
                "/api/v1/apps/{}/credentials/secrets/{old_id}/lifecycle/deactivate",
                api.app
            ),
            FaultKind::Status500,
        )
        .method("POST"),
    );
    let out = rotate_cmd(&env, &token, &["acme-corp", "--yes", "-o", "json"]);
    assert_exit(&out, 1);
    assert_eq!(
        states(&out),
        pairs(&[
            ("list_secrets", "done"),
            ("prove_current", "done"),
            ("remove_unusable", "done"),
            ("create_new", "done"),
            ("update_service", "done"),
            ("prove_new", "done"),
            ("deactivate_old", "failed"),
            ("prove_again", "not_run"),
        ])
    );
    let new_last4 = service_last4(&env, "acme-corp");
    assert_ne!(new_last4, old_last4);
    let listed = api.list(&env);
    assert_eq!(listed.len(), 2);
    assert!(
        listed.iter().all(|s| s["status"] == "ACTIVE"),
        "both work: {listed:?}"
    );
    scripted_sign_in(&env, "acme-corp", user);

    // 4. The resume does only what is left.
    let out = rotate_cmd(&env, &token, &["acme-corp", "--yes", "-o", "json"]);
    assert_exit(&out, 0);
    assert_eq!(
        states(&out),
        pairs(&[
            ("list_secrets", "done"),
            ("prove_current", "done"),
            ("prove_new", "done"),
            ("deactivate_old", "done"),
            ("prove_again", "done"),
        ])
    );
    let listed = api.list(&env);
    let status_of = |last4: &str| {
        listed
            .iter()
            .find(|s| s["client_secret"].as_str().unwrap().ends_with(last4))
            .map(|s| s["status"].as_str().unwrap().to_owned())
    };
    assert_eq!(status_of(&new_last4).as_deref(), Some("ACTIVE"));
    assert_eq!(status_of(&old_last4).as_deref(), Some("INACTIVE"));
    assert_eq!(
        api.token_probe(&env, &old_value),
        (401, "invalid_client".into())
    );
    assert_eq!(service_check(&env, "acme-corp"), "valid");
    scripted_sign_in(&env, "acme-corp", user);
    let new_value = env
        .sandbox
        .control()
        .okta_org("acme-corp")
        .unwrap()
        .client_secret;
    assert_eq!(&new_value[new_value.len() - 4..], new_last4);
    // Leak checks: absence anywhere is the point.
    let everything = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!everything.contains(&new_value) && !everything.contains(&old_value));
    assert!(
        !std::fs::read_to_string(&journal)
            .unwrap()
            .contains(&new_value)
    );

    // --delete-old removes the inactive one; run again, it has nothing to do.
    let out = rotate_cmd(&env, &token, &["acme-corp", "--delete-old", "--yes"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "rotate_delete_old",
        steady_rotate(
            &env,
            &streams(&out),
            &[(&new_last4, "new last4"), (&old_last4, "old last4")]
        )
    );
    assert_eq!(api.list(&env).len(), 1);
    let out = rotate_cmd(&env, &token, &["acme-corp", "--delete-old", "--yes"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "rotate_delete_old_nothing_to_delete",
        steady_rotate(&env, &streams(&out), &[(&new_last4, "new last4")])
    );
    assert!(!journal.exists());
    scripted_sign_in(&env, "acme-corp", user);
}

#[test]
fn two_secrets_present_refuse_clearly_and_change_nothing() {
    let env = TestEnv::new();
    let token = super_token(&env);
    let api = OrgApi::new(&env, "acme-corp");
    let last4 = service_last4(&env, "acme-corp");
    let (status, extra) = api.call(&env, reqwest::Method::POST, "");
    assert_eq!(status, 201);
    let extra_id = extra["id"].as_str().unwrap().to_owned();

    // Two active ones: which to drop is not ssoctl's to guess.
    let out = rotate_cmd(&env, &token, &["acme-corp", "--yes"]);
    assert_exit(&out, 6);
    insta::assert_snapshot!(
        "rotate_two_active_secrets",
        steady_rotate(&env, &streams(&out), &[(&last4, "last4")])
    );
    assert_eq!(api.list(&env).len(), 2);
    assert_eq!(service_last4(&env, "acme-corp"), last4);

    // One inactive: the hint names --delete-old; without a terminal nothing is deleted.
    api.call(
        &env,
        reqwest::Method::POST,
        &format!("/{extra_id}/lifecycle/deactivate"),
    );
    let out = rotate_cmd(&env, &token, &["acme-corp", "--yes"]);
    assert_exit(&out, 6);
    insta::assert_snapshot!(
        "rotate_one_inactive_secret_piped",
        steady_rotate(&env, &streams(&out), &[(&last4, "last4")])
    );
    assert_eq!(api.list(&env).len(), 2);

    // Without --yes and without a terminal, the deletion is refused too.
    let out = rotate_cmd(&env, &token, &["acme-corp", "--delete-old"]);
    assert_exit(&out, 2);
    insta::assert_snapshot!(
        "rotate_delete_old_without_yes",
        steady_rotate(&env, &streams(&out), &[(&last4, "last4")])
    );
    assert_eq!(api.list(&env).len(), 2);

    let out = rotate_cmd(&env, &token, &["acme-corp", "--delete-old", "--yes"]);
    assert_exit(&out, 0);
    let old_value = env
        .sandbox
        .control()
        .okta_org("acme-corp")
        .unwrap()
        .client_secret;
    // With -vv every request and answer is traced: no secret value in it.
    let out = rotate_cmd(&env, &token, &["acme-corp", "--yes", "-vv"]);
    assert_exit(&out, 0);
    assert_ne!(service_last4(&env, "acme-corp"), last4);
    assert_eq!(service_check(&env, "acme-corp"), "valid");
    let new_value = env
        .sandbox
        .control()
        .okta_org("acme-corp")
        .unwrap()
        .client_secret;
    let err = stderr(&out);
    // The trace shows the create and the store (so the check below means
    // something); it holds times and ids that change, hence substrings.
    assert!(
        err.contains("/credentials/secrets") && err.contains("PATCH"),
        "{err}"
    );
    for value in [&old_value, &new_value] {
        // Leak checks: absence anywhere is the point.
        assert!(!err.contains(value.as_str()) && !stdout(&out).contains(value.as_str()));
    }
}

/// On a terminal the inactive one is offered for deletion, then the
/// rotation goes on, asking before each change in Okta.
#[test]
fn on_a_terminal_an_inactive_second_secret_is_offered_for_deletion() {
    use crate::common::ctx::seen;
    let env = TestEnv::new();
    let api = OrgApi::new(&env, "acme-corp");
    let (_, extra) = api.call(&env, reqwest::Method::POST, "");
    let extra_id = extra["id"].as_str().unwrap().to_owned();
    api.call(
        &env,
        reqwest::Method::POST,
        &format!("/{extra_id}/lifecycle/deactivate"),
    );
    let last4 = service_last4(&env, "acme-corp");

    // Declined: nothing is deleted, and the refusal names --delete-old.
    let run = seen(
        &env,
        true,
        &["n"],
        &["tenant", "rotate-secret", "acme-corp"],
    );
    assert_eq!(run.exit, 6, "{run}");
    insta::assert_snapshot!(
        "rotate_terminal_declined_deletion",
        steady_rotate(
            &env,
            &run.to_string().replace(&extra_id, "[extra id]"),
            &[(&last4, "last4")]
        )
    );
    assert_eq!(api.list(&env).len(), 2);

    let run = seen(
        &env,
        true,
        &["y", "y", "y"],
        &["tenant", "rotate-secret", "acme-corp"],
    );
    assert_eq!(run.exit, 0, "{run}");
    let new_last4 = service_last4(&env, "acme-corp");
    insta::assert_snapshot!(
        "rotate_terminal_deletion_then_rotation",
        steady_rotate(
            &env,
            &run.to_string().replace(&extra_id, "[extra id]"),
            &[(&last4, "last4"), (&new_last4, "new last4")]
        )
    );
    // On a terminal the steps are shown once, as they run (stderr).
    assert_eq!(run.stdout, "");
    let listed = api.list(&env);
    assert_eq!(listed.len(), 2);
    assert!(listed.iter().all(|s| s["id"] != extra_id.as_str()));
    assert_ne!(service_last4(&env, "acme-corp"), last4);
}

#[test]
fn a_rollback_reactivates_the_old_secret_or_removes_an_unused_new_one() {
    let env = TestEnv::new();
    let token = super_token(&env);
    let api = OrgApi::new(&env, "acme-corp");
    let old_value = env
        .sandbox
        .control()
        .okta_org("acme-corp")
        .unwrap()
        .client_secret;

    // Nothing recorded: nothing to do.
    let out = rotate_cmd(&env, &token, &["acme-corp", "--rollback", "--yes"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "rotate_rollback_nothing_recorded",
        steady_rotate(&env, &streams(&out), &[])
    );

    // A run that died after Okta made a secret nobody has: it goes.
    env.sandbox.control().inject_fault(
        Fault::new(
            format!("/api/v1/apps/{}/credentials/secrets", api.app),
            FaultKind::ResetAfterCommit,
        )
        .method("POST"),
    );
    assert_exit(&rotate_cmd(&env, &token, &["acme-corp", "--yes"]), 1);
    assert_eq!(api.list(&env).len(), 2);
    let out = rotate_cmd(
        &env,
        &token,
        &["acme-corp", "--rollback", "--yes", "-o", "json"],
    );
    assert_exit(&out, 0);
    assert_eq!(
        states(&out),
        pairs(&[
            ("list_secrets", "done"),
            ("remove_unusable", "done"),
            ("prove_again", "done"),
        ])
    );
    assert_eq!(api.list(&env).len(), 1);
    assert_eq!(
        api.token_probe(&env, &old_value),
        (400, "invalid_grant".into())
    );

    // A finished rotation: the old secret works again beside the new one.
    assert_exit(&rotate_cmd(&env, &token, &["acme-corp", "--yes"]), 0);
    assert_eq!(
        api.token_probe(&env, &old_value),
        (401, "invalid_client".into())
    );
    let out = rotate_cmd(&env, &token, &["acme-corp", "--rollback", "--yes"]);
    assert_exit(&out, 0);
    let new_last4 = service_last4(&env, "acme-corp");
    insta::assert_snapshot!(
        "rotate_rollback_after_a_finished_rotation",
        steady_rotate(&env, &streams(&out), &[(&new_last4, "new last4")])
    );
    assert_eq!(
        api.token_probe(&env, &old_value),
        (400, "invalid_grant".into())
    );
    assert!(api.list(&env).iter().all(|s| s["status"] == "ACTIVE"));
    assert_eq!(service_check(&env, "acme-corp"), "valid");
    scripted_sign_in(&env, "acme-corp", "ana@acme.example");
    // Done once, a second rollback has nothing to do.
    let out = rotate_cmd(&env, &token, &["acme-corp", "--rollback", "--yes"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "rotate_rollback_done_once",
        steady_rotate(&env, &streams(&out), &[(&new_last4, "new last4")])
    );
}

#[test]
fn a_read_only_okta_token_is_named_and_nothing_is_half_done() {
    let env = TestEnv::new();
    let api = OrgApi::new(&env, "acme-corp");
    let last4 = service_last4(&env, "acme-corp");
    let out = rotate_cmd(&env, READ_ONLY_API_TOKEN, &["acme-corp", "--yes"]);
    assert_exit(&out, 4);
    insta::assert_snapshot!(
        "rotate_read_only_token",
        steady_rotate(&env, &streams(&out), &[(&last4, "last4")])
    );
    assert_eq!(api.list(&env).len(), 1);
    assert_eq!(service_last4(&env, "acme-corp"), last4);
    assert!(!env.config_dir().join("rotations/acme-corp.json").exists());

    // A dry run changes nothing and needs no write permission.
    let out = rotate_cmd(&env, READ_ONLY_API_TOKEN, &["acme-corp", "--dry-run"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "rotate_dry_run_read_only_token",
        steady_rotate(&env, &streams(&out), &[(&last4, "last4")])
    );

    // No Okta token at all: said before anything is read from Okta.
    let out = env
        .cmd()
        .args(["tenant", "rotate-secret", "acme-corp", "--yes"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!(
        "rotate_without_okta_token",
        steady_rotate(&env, &streams(&out), &[(&last4, "last4")])
    );
}

// ---------------------------------------------------------------- in Chromium

/// Answers "yes" to every question of the rotation, after a real sign-in
/// through the service in Chromium: so a sign-in is proven between every
/// two changes the rotation makes.
struct SignInBeforeEachAnswer {
    test: &'static str,
    home: std::path::PathBuf,
    api_url: String,
    asked: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl SignInBeforeEachAnswer {
    /// `false`: no browser here (the test skips, loudly, without CI).
    fn sign_in(&self) -> bool {
        let Some(browser) = Browser::start(self.test) else {
            return false;
        };
        let mut cmd = isolated_std_cmd(&self.home);
        cmd.env("SSOCTL_API_URL", &self.api_url).args([
            "login",
            "test",
            "acme-corp",
            "--no-browser",
        ]);
        let mut ssoctl = Running::spawn(cmd, "");
        let url = ssoctl.wait_for_login_url();
        browser.goto(&url);
        browser.wait_for("#okta-signin-username", STEP);
        browser.fill("#okta-signin-username", "ana@acme.example");
        browser.fill("#okta-signin-password", ssoctl::sandbox::DEMO_PASSWORD);
        browser.click("#okta-signin-submit");
        let (ok, page) = browser.wait_for_result();
        assert!(ok, "the sign-in failed in Chromium:\n{page}");
        let done = ssoctl.finish(Duration::from_secs(30));
        done.assert_code(0);
        true
    }
}

impl ssoctl::prompt::Prompter for SignInBeforeEachAnswer {
    fn input_default(
        &mut self,
        prompt: &str,
        _default: Option<&str>,
        _validate: ssoctl::prompt::Validator<'_>,
    ) -> ssoctl::error::Result<String> {
        panic!("unexpected question: {prompt}")
    }
    fn secret(&mut self, prompt: &str) -> ssoctl::error::Result<ssoctl::secret::Secret> {
        panic!("unexpected secret prompt: {prompt}")
    }
    fn confirm(&mut self, prompt: &str, _default: bool) -> ssoctl::error::Result<bool> {
        self.asked.lock().unwrap().push(prompt.to_owned());
        // The command runs inside the runtime; the browser harness makes its own.
        let this = &*self;
        let signed_in = std::thread::scope(|s| s.spawn(|| this.sign_in()).join().unwrap());
        assert!(signed_in, "the browser went away");
        Ok(true)
    }
}

#[test]
fn a_rotation_asked_on_a_terminal_keeps_sign_ins_working_in_chromium() {
    use crate::common::ctx::{Buffer, Script, terminal_context};
    let test = "a_rotation_asked_on_a_terminal_keeps_sign_ins_working_in_chromium";
    let env = TestEnv::new();
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let answer = SignInBeforeEachAnswer {
        test,
        home: env.home.path().to_path_buf(),
        api_url: env.sandbox.url(),
        asked: asked.clone(),
    };
    // Before anything: signing in works (or there is no browser: skip).
    if !answer.sign_in() {
        return;
    }
    let (out, err) = (Buffer::default(), Buffer::default());
    let mut ctx = terminal_context(&env, &Script::default(), &out, &err);
    ctx.prompter = Box::new(answer);
    let cli = <ssoctl::cli::Cli as clap::Parser>::try_parse_from([
        "ssoctl",
        "tenant",
        "rotate-secret",
        "acme-corp",
    ])
    .unwrap();
    let outcome = env
        .rt
        .block_on(ssoctl::commands::dispatch(&mut ctx, cli.command))
        .unwrap();
    assert!(
        outcome.failure.is_none(),
        "{:?}\n{}",
        outcome.failure,
        err.text()
    );
    drop(ctx);
    // Asked twice, a sign-in before each answer: after the reads (the
    // current secret), and after the new one was created, stored and proven.
    assert_eq!(
        *asked.lock().unwrap(),
        [
            "Create a new client secret for acme-corp in Okta and store it in the service?",
            &format!(
                "Deactivate the old client secret {} in Okta? (The service uses the new one.)",
                outcome.printable.json["steps"][0]["detail"]
                    .as_str()
                    .unwrap()
                    .trim_end_matches(" ACTIVE")
            ),
        ]
    );
    let steps: Vec<&str> = outcome.printable.json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["state"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["done"; 7]);
    // On a terminal the steps were shown as they ran, on stderr only.
    assert_eq!(out.text(), "");
    let new_last4 = service_last4(&env, "acme-corp");
    insta::assert_snapshot!(
        "rotate_terminal_with_sign_ins_stderr",
        steady_rotate(&env, &err.text(), &[(&new_last4, "new last4")])
    );
    // After the last step: the old secret is inactive, and signing in works.
    let sign_in = SignInBeforeEachAnswer {
        test,
        home: env.home.path().to_path_buf(),
        api_url: env.sandbox.url(),
        asked,
    };
    assert!(sign_in.sign_in());
}

/// The service cannot reach Okta: its check is "not verified", which is
/// never a pass, so nothing is changed.
#[test]
fn a_secret_check_that_cannot_run_stops_the_rotation_before_any_change() {
    let env = TestEnv::new();
    let api = OrgApi::new(&env, "acme-corp");
    env.sandbox
        .control()
        .inject_fault(Fault::new("/oauth2/default/v1/token", FaultKind::Status502).times(5));
    let out = rotate_cmd(
        &env,
        &super_token(&env),
        &["acme-corp", "--yes", "-o", "json"],
    );
    env.sandbox.control().clear_faults();
    assert_exit(&out, 1);
    assert_eq!(
        states(&out),
        pairs(&[
            ("list_secrets", "done"),
            ("prove_current", "not_verified"),
            ("create_new", "not_run"),
            ("update_service", "not_run"),
            ("prove_new", "not_run"),
            ("deactivate_old", "not_run"),
            ("prove_again", "not_run"),
        ])
    );
    let last4 = service_last4(&env, "acme-corp");
    insta::assert_snapshot!(
        "rotate_secret_check_cannot_run",
        steady_rotate(&env, &stderr(&out), &[(&last4, "last4")])
    );
    assert_eq!(api.list(&env).len(), 1);
}

/// The plan as a person reads it, on a terminal and piped (seeded ids and
/// last four characters are stable; the port is not).
#[test]
fn the_dry_run_plan_as_seen() {
    use crate::common::ctx::seen;
    let env = TestEnv::new();
    let port = url::Url::parse(&env.sandbox.url())
        .unwrap()
        .port()
        .unwrap()
        .to_string();
    for (terminal, name) in [
        (true, "rotate_dry_run_terminal"),
        (false, "rotate_dry_run_piped"),
    ] {
        let run = seen(
            &env,
            terminal,
            &[],
            &["tenant", "rotate-secret", "acme-corp", "--dry-run"],
        );
        assert_eq!(run.exit, 0, "{run}");
        insta::assert_snapshot!(name, run.to_string().replace(&port, "PORT"));
    }
    assert!(
        !env.config_dir().join("rotations").exists(),
        "a dry run writes no journal"
    );
}
