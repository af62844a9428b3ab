//! `ssoctl okta setup` against the emulated empty org (`soylent`: no app,
//! no policy, as new orgs since 2024): the real binary writes to the org
//! through the Management API, registers the tenant, and the result signs
//! in through the service in real Chromium. Then: a second run is a no-op,
//! `--dry-run` writes nothing, a read-only token is refused before any
//! change, 429 and 423 are waited out, and a 423 that persists leaves a
//! half-done run explained and resumable.

use std::time::Duration;

use crate::common::browser::{Browser, Running, STEP};
use crate::common::{TestEnv, mask_ids, stderr, stdout, steady, streams};
use ssoctl::sandbox::{DEMO_PASSWORD, EMPTY_ORG, Fault, FaultKind, READ_ONLY_API_TOKEN};

const SLUG: &str = "soylent";

fn setup_cmd(env: &TestEnv, token: &str, extra: &[&str]) -> assert_cmd::Command {
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    let mut cmd = env.cmd();
    cmd.current_dir(env.home.path())
        .env("SSOCTL_OKTA_API_TOKEN", token)
        .args([
            "okta",
            "setup",
            "--okta-domain",
            &org.domain,
            "--slug",
            SLUG,
            "--company-name",
            "Soylent Corp",
        ])
        .args(extra);
    cmd
}

/// The Management API writes (anything but GET under `/api/`) the org
/// received; the doctor's `/token` and `/revoke` probes are not writes.
fn org_writes(env: &TestEnv) -> Vec<String> {
    let host = env.sandbox.control().okta_org(EMPTY_ORG).unwrap().domain;
    env.sandbox
        .control()
        .requests()
        .into_iter()
        .filter(|r| {
            r.host.as_deref() == Some(host.as_str())
                && r.method != "GET"
                && r.path.starts_with("/api/")
        })
        .map(|r| format!("{} {} {}", r.method, r.path, r.status))
        .collect()
}

/// `tenant show soylent -o json`, as the service has it.
fn tenant_json(env: &TestEnv) -> serde_json::Value {
    let out = env
        .cmd()
        .args(["tenant", "show", SLUG, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    crate::common::json(&out)
}

fn tenant_exists(env: &TestEnv) -> bool {
    let out = env.cmd().args(["tenant", "show", SLUG]).output().unwrap();
    match out.status.code() {
        Some(0) => true,
        Some(5) => false,
        other => panic!("tenant show: {other:?}\n{}", stderr(&out)),
    }
}

/// The writes with the ids made at the create (the app's, the policy's) as
/// placeholders, and the Everyone group's id as `{everyone}`.
fn steady_writes(writes: &[String], group: &str) -> Vec<String> {
    writes
        .iter()
        .map(|w| {
            mask_ids(&mask_ids(w, "0oa", "{app id}"), "00p", "{policy id}")
                .replace(group, "{everyone}")
        })
        .collect()
}

/// The four writes of a set-up of the empty org, in order.
#[track_caller]
fn assert_the_four_writes(writes: &[String], group: &str) {
    assert_eq!(
        steady_writes(writes, group),
        [
            "POST /api/v1/apps?activate=true 200",
            "PUT /api/v1/apps/{app id}/groups/{everyone} 200",
            "POST /api/v1/authorizationServers/default/policies 201",
            "POST /api/v1/authorizationServers/default/policies/{policy id}/rules 201",
        ],
        "{writes:#?}"
    );
}

/// steady() plus what a set-up makes anew each run: the new app's client
/// id, the last four characters of its secret (the secret itself must not
/// be in any output: the leak checks say so) and Okta's random ids.
fn steady_setup(env: &TestEnv, text: &str) -> String {
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    let mut text = steady(env, text);
    if !org.client_id.is_empty() {
        text = text.replace(&org.client_id, "[client id]");
    }
    if org.client_secret.len() > 4 {
        let last4 = &org.client_secret[org.client_secret.len() - 4..];
        text = text.replace(&format!("…{last4}"), "…[last4]");
    }
    let text = mask_ids(&text, "req_", "req_[id]");
    mask_ids(&text, "oae", "oae[id]")
}

fn everyone_id(env: &TestEnv) -> String {
    // The org's groups through the Management API, as a client reads them.
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    let http = crate::common::sandbox::client(&env.sandbox);
    let token = env.sandbox.control().okta_api_token();
    let groups: serde_json::Value = env.rt.block_on(async {
        http.get(format!("{}/api/v1/groups?q=Everyone", org.url))
            .header("Authorization", format!("SSWS {token}"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    groups[0]["id"].as_str().unwrap().to_owned()
}

#[test]
fn okta_setup_on_an_empty_org_then_a_sign_in_through_the_service_in_chromium() {
    let test = "okta_setup_on_an_empty_org_then_a_sign_in_through_the_service_in_chromium";
    let env = TestEnv::new();
    let token = env.sandbox.control().okta_api_token();
    let out = setup_cmd(&env, &token, &["--yes"]).output().unwrap();
    let (o, e) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{o}\n{e}");
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    assert!(!org.client_id.is_empty(), "no app was created");
    // The secret went to the service and nowhere else (absence anywhere is the point).
    assert!(!o.contains(&org.client_secret) && !e.contains(&org.client_secret));
    assert_the_four_writes(&org_writes(&env), &everyone_id(&env));
    // The summary names the app it made and the tenant it registered.
    insta::assert_snapshot!("okta_setup_empty_org_summary", steady_setup(&env, &o));
    assert!(
        org.redirect_uris == [format!("{}/okta-login/{SLUG}", env.sandbox.url())],
        "{:?}",
        org.redirect_uris
    );

    // A second run reads, finds nothing to do, and writes nothing.
    let before = org_writes(&env).len();
    let again = setup_cmd(&env, &token, &["--yes"]).output().unwrap();
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    insta::assert_snapshot!(
        "okta_setup_second_run_nothing_to_do",
        steady_setup(&env, &streams(&again))
    );
    assert_eq!(org_writes(&env).len(), before, "{:#?}", org_writes(&env));
    assert_eq!(env.sandbox.control().okta_org(EMPTY_ORG).unwrap(), org);

    // The doctor agrees, with the token that reads the policies.
    let doctor = env
        .cmd()
        .env("SSOCTL_OKTA_API_TOKEN", &token)
        .args(["doctor", SLUG])
        .output()
        .unwrap();
    assert_eq!(
        doctor.status.code(),
        Some(0),
        "{}\n{}",
        stdout(&doctor),
        stderr(&doctor)
    );

    // And a person signs in through the service.
    let Some(browser) = Browser::start(test) else {
        return;
    };
    let mut cmd = crate::common::isolated_std_cmd(env.home.path());
    cmd.env("SSOCTL_API_URL", env.sandbox.url())
        .args(["login", "test", SLUG, "--no-browser"]);
    let mut ssoctl = Running::spawn(cmd, "");
    let url = ssoctl.wait_for_login_url();
    browser.goto(&url);
    browser.wait_for("#okta-signin-username", STEP);
    browser.fill("#okta-signin-username", "sol@soylent.example");
    browser.fill("#okta-signin-password", DEMO_PASSWORD);
    browser.click("#okta-signin-submit");
    let (ok, page) = browser.wait_for_result();
    assert!(ok, "the result page says the test failed:\n{page}");
    // The page also shows the run's claims and times, which change: the
    // verdict is the point here.
    assert!(page.contains("Signed in"), "{page}");
    let done = ssoctl.finish(Duration::from_secs(30));
    done.assert_code(0);
    assert!(
        done.stdout
            .lines()
            .any(|l| l == "user:\tsol@soylent.example"),
        "{}",
        done.stdout
    );
}

#[test]
fn dry_run_shows_the_plan_and_writes_nothing() {
    let env = TestEnv::new();
    let token = env.sandbox.control().okta_api_token();
    let out = setup_cmd(&env, &token, &["--dry-run"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let o = stdout(&out);
    let group = everyone_id(&env);
    let redirect = format!("{}/okta-login/{SLUG}", env.sandbox.url());
    let host = env.sandbox.control().okta_org(EMPTY_ORG).unwrap().domain;
    let expected = format!(
        "Plan for {host} (4 change(s), one at a time):
  1. Create an app integration \"Biometry SSO\": OIDC - OpenID Connect, Web Application; grant type Authorization Code (and Refresh Token); sign-in redirect URI {redirect}; client authentication Client secret
  2. Assign the new app to the group Everyone
  3. Add an access policy \"Biometry SSO Policy\" to the authorization server default, assigned to the new app only, priority 1
  4. Add a rule \"Biometry SSO Rule\" to the new access policy: grant type Authorization Code, any user assigned to the app (Everyone), any scopes
Then: register the tenant with the service, the new client secret passed straight through (it is never shown)
  POST /api/v1/apps?activate=true
  PUT /api/v1/apps/{{new app id}}/groups/{group}
  POST /api/v1/authorizationServers/default/policies
  POST /api/v1/authorizationServers/default/policies/{{new policy id}}/rules
"
    );
    assert_eq!(o, expected);
    assert_eq!(org_writes(&env), Vec::<String>::new());
    assert!(
        env.sandbox
            .control()
            .okta_org(EMPTY_ORG)
            .unwrap()
            .client_id
            .is_empty()
    );
    assert!(!tenant_exists(&env));
}

#[test]
fn without_a_terminal_or_yes_it_refuses_and_writes_nothing() {
    let env = TestEnv::new();
    let token = env.sandbox.control().okta_api_token();
    let out = setup_cmd(&env, &token, &["--no-input"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    insta::assert_snapshot!(
        "okta_setup_no_input_refused",
        steady_setup(&env, &streams(&out))
    );
    assert_eq!(org_writes(&env), Vec::<String>::new());
}

#[test]
fn a_read_only_token_is_refused_before_any_change() {
    let env = TestEnv::new();
    let out = setup_cmd(&env, READ_ONLY_API_TOKEN, &["--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    // The message quotes Okta's code, says nothing changed and names the
    // scopes the token needs (Okta's error id is masked).
    insta::assert_snapshot!(
        "okta_setup_read_only_token",
        steady_setup(&env, &streams(&out))
    );
    assert_eq!(org_writes(&env), Vec::<String>::new());
    assert!(!tenant_exists(&env));
}

#[test]
fn rate_limits_and_a_short_lock_are_waited_out() {
    let env = TestEnv::new();
    let control = env.sandbox.control();
    control.inject_fault(
        Fault::new("/api/v1/apps", FaultKind::OktaRateLimit { reset_secs: 1 })
            .method("POST")
            .times(2),
    );
    control.inject_fault(
        Fault::new(
            "/api/v1/authorizationServers/default/policies",
            FaultKind::OktaLocked,
        )
        .method("POST"),
    );
    let token = control.okta_api_token();
    let out = setup_cmd(&env, &token, &["--yes"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    let writes = org_writes(&env);
    // Two 429s and one 423 answered, each write applied once.
    assert_eq!(
        writes.iter().filter(|w| w.ends_with(" 429")).count(),
        2,
        "{writes:#?}"
    );
    assert_eq!(
        writes.iter().filter(|w| w.ends_with(" 423")).count(),
        1,
        "{writes:#?}"
    );
    let applied: Vec<String> = writes
        .into_iter()
        .filter(|w| !w.ends_with(" 429") && !w.ends_with(" 423"))
        .collect();
    assert_the_four_writes(&applied, &everyone_id(&env));
    assert!(control.pending_faults().is_empty());
}

#[test]
fn a_lock_that_persists_is_explained_the_secret_kept_and_a_rerun_finishes() {
    let env = TestEnv::new();
    let control = env.sandbox.control();
    control.inject_fault(
        Fault::new(
            "/api/v1/authorizationServers/default/policies",
            FaultKind::OktaLocked,
        )
        .method("POST")
        .times(20),
    );
    let token = control.okta_api_token();
    let out = setup_cmd(&env, &token, &["--yes"]).output().unwrap();
    let e = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{}\n{e}", stdout(&out));
    // What was applied, what was not, that the secret was kept, how to resume.
    insta::assert_snapshot!(
        "okta_setup_lock_persists",
        steady_setup(&env, &streams(&out))
    );
    // Bounded: four attempts at the policy, then the error.
    let locked = org_writes(&env)
        .iter()
        .filter(|w| w.ends_with(" 423"))
        .count();
    assert_eq!(locked, 4);
    assert!(tenant_exists(&env));

    control.clear_faults();
    let again = setup_cmd(&env, &token, &["--yes"]).output().unwrap();
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}\n{}",
        stdout(&again),
        stderr(&again)
    );
    insta::assert_snapshot!(
        "okta_setup_lock_rerun_finishes",
        steady_setup(&env, &stdout(&again))
    );
    // One app, not two: the rerun found it by its redirect URI.
    let creates = org_writes(&env)
        .iter()
        .filter(|w| w.starts_with("POST /api/v1/apps?"))
        .count();
    assert_eq!(creates, 1);
}

#[test]
fn without_an_admin_token_a_private_tenant_file_is_written_and_registers() {
    let env = TestEnv::new();
    let token = env.sandbox.control().okta_api_token();
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    let out = env
        .cmd_without_token()
        .current_dir(env.home.path())
        .env("SSOCTL_OKTA_API_TOKEN", &token)
        .args([
            "okta",
            "setup",
            "--okta-domain",
            &org.domain,
            "--slug",
            SLUG,
            "--company-name",
            "Soylent Corp",
            "--yes",
        ])
        .output()
        .unwrap();
    let o = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{o}\n{}", stderr(&out));
    let file = env.home.path().join("ssoctl-tenant-soylent.toml");
    insta::assert_snapshot!(
        "okta_setup_without_admin_token_summary",
        steady_setup(&env, &o)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    // A leak check: absence anywhere is the point.
    assert!(!o.contains(&org.client_secret) && !stderr(&out).contains(&org.client_secret));
    let text = std::fs::read_to_string(&file).unwrap();
    // The file as written, its secret (which must be there) masked.
    insta::assert_snapshot!(
        "okta_setup_without_admin_token_tenant_file",
        steady_setup(&env, &text.replace(&org.client_secret, "[client secret]"))
    );

    let register = env
        .cmd()
        .current_dir(env.home.path())
        .args([
            "tenant",
            "register",
            "--from-file",
            "ssoctl-tenant-soylent.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(register.status.code(), Some(0), "{}", stderr(&register));
    assert!(tenant_exists(&env));

    // A second run without the admin token: nothing to do, nothing written.
    let before = org_writes(&env).len();
    let again = env
        .cmd_without_token()
        .current_dir(env.home.path())
        .env("SSOCTL_OKTA_API_TOKEN", &token)
        .args([
            "okta",
            "setup",
            "--okta-domain",
            &org.domain,
            "--slug",
            SLUG,
            "--yes",
        ])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(org_writes(&env).len(), before);
}

#[test]
fn on_a_terminal_it_asks_for_the_company_name_and_the_go_ahead() {
    let env = TestEnv::new();
    let domain = env.sandbox.control().okta_org(EMPTY_ORG).unwrap().domain;
    let args = [
        "okta",
        "setup",
        "--okta-domain",
        domain.as_str(),
        "--slug",
        SLUG,
    ];
    // "No" at the confirmation: nothing is written.
    let declined = crate::common::ctx::seen(&env, true, &["Soylent Corp", "n"], &args);
    assert_eq!(declined.exit, 130, "{}", declined.stderr);
    // The plan on the terminal, then the cancellation.
    insta::assert_snapshot!(
        "okta_setup_terminal_declined",
        steady_setup(&env, &declined.to_string())
    );
    assert_eq!(org_writes(&env), Vec::<String>::new());
    // "Yes": applied, registered with the name typed at the prompt.
    let done = crate::common::ctx::seen(&env, true, &["Soylent Corp", "y"], &args);
    assert_eq!(done.exit, 0, "{}\n{}", done.stdout, done.stderr);
    assert_eq!(org_writes(&env).len(), 4, "{:#?}", org_writes(&env));
    assert_eq!(tenant_json(&env)["company_name"], "Soylent Corp");
}

#[test]
fn the_new_secret_is_in_no_trace_and_no_verbose_log() {
    let env = TestEnv::new();
    let token = env.sandbox.control().okta_api_token();
    let har = env.home.path().join("setup.har");
    let out = setup_cmd(&env, &token, &["--yes", "-vv", "--trace"])
        .arg(&har)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let secret = env
        .sandbox
        .control()
        .okta_org(EMPTY_ORG)
        .unwrap()
        .client_secret;
    let trace = std::fs::read_to_string(&har).unwrap();
    // The create answer was traced (its request is there), its secret not;
    // the HAR file holds times and random ids, so one request in it is the check.
    assert!(trace.contains("/api/v1/apps?activate=true"));
    // Leak checks: absence anywhere is the point.
    assert!(!trace.contains(&secret), "the secret is in the HAR file");
    assert!(
        !stderr(&out).contains(&secret),
        "the secret is in the -vv log"
    );
    assert!(!stdout(&out).contains(&secret));
}

#[test]
fn a_tenant_registered_with_another_app_is_left_alone_and_the_new_secret_kept() {
    let env = TestEnv::new();
    let domain = env.sandbox.control().okta_org(EMPTY_ORG).unwrap().domain;
    let register = env
        .cmd()
        .env(
            "SSOCTL_CLIENT_SECRET",
            "an-old-secret-of-forty-characters-000000",
        )
        .args([
            "tenant",
            "register",
            "--slug",
            SLUG,
            "--company-name",
            "Soylent Corp",
            "--okta-domain",
            &domain,
            "--client-id",
            "0oaOldAppOldAppOld01",
            // Another app's details, which no app of the org has: registered
            // unchecked, and the service's check after the write says so
            // (exit 3) — the tenant is written all the same.
            "--no-verify",
        ])
        .output()
        .unwrap();
    assert_eq!(register.status.code(), Some(3), "{}", stderr(&register));
    assert!(
        env.sandbox
            .requests()
            .iter()
            .any(|r| r.method == "POST" && r.path == "/admin/v1/tenants"),
        "the registration was written"
    );
    let token = env.sandbox.control().okta_api_token();
    let out = setup_cmd(&env, &token, &["--yes"]).output().unwrap();
    insta::assert_snapshot!(
        "okta_setup_registered_with_another_app",
        steady_setup(&env, &streams(&out))
    );
    let secret = env
        .sandbox
        .control()
        .okta_org(EMPTY_ORG)
        .unwrap()
        .client_secret;
    let file = std::fs::read_to_string(env.home.path().join("ssoctl-tenant-soylent.toml")).unwrap();
    let file: toml::Table = file.parse().unwrap();
    assert_eq!(file["client_secret"].as_str(), Some(secret.as_str()));
    assert_eq!(tenant_json(&env)["client_id"], "0oaOldAppOldAppOld01");
}

/// `okta setup --invite-stdin` as the customer runs it: no admin token,
/// the invitation on stdin, the Okta API token from the environment.
fn setup_with_invitation(env: &TestEnv, invitation: &str, extra: &[&str]) -> std::process::Output {
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    env.cmd_without_token()
        .current_dir(env.home.path())
        .env(
            "SSOCTL_OKTA_API_TOKEN",
            env.sandbox.control().okta_api_token(),
        )
        .args([
            "okta",
            "setup",
            "--invite-stdin",
            "--okta-domain",
            &org.domain,
        ])
        .args(extra)
        .write_stdin(format!("{invitation}\n"))
        .output()
        .unwrap()
}

fn invite_soylent(env: &TestEnv) -> (String, std::process::Output) {
    let out = env
        .cmd()
        .args([
            "tenant",
            "invite",
            SLUG,
            "--company-name",
            "Soylent Corp",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let token = crate::common::json(&out)["token"]
        .as_str()
        .unwrap()
        .to_string();
    (token, out)
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn okta_setup_with_an_invitation_submits_then_approve_and_a_sign_in_in_chromium() {
    let test = "okta_setup_with_an_invitation_submits_then_approve_and_a_sign_in_in_chromium";
    let env = TestEnv::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    let keep = |seen: &mut Vec<(String, String)>, what: &str, out: &std::process::Output| {
        seen.push((format!("{what} (stdout)"), stdout(out)));
        seen.push((format!("{what} (stderr)"), stderr(out)));
    };
    let (invitation, out) = invite_soylent(&env);
    // A secret, random after its prefix: not for a snapshot.
    assert!(invitation.starts_with("ssoinv_"), "{invitation}");
    seen.push(("invite (stderr)".into(), stderr(&out)));

    // The customer: Okta set up and the registration submitted, one run.
    let har = env.home.path().join("setup.har");
    let har_arg = har.display().to_string();
    let out = setup_with_invitation(&env, &invitation, &["--yes", "-vv", "--trace", &har_arg]);
    let (o, e) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{o}\n{e}");
    keep(&mut seen, "okta setup --invite-stdin -vv", &out);
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    assert!(!org.client_id.is_empty(), "no app was created");
    let secret = org.client_secret.clone();
    assert!(secret.len() > 8, "{secret}");
    assert_the_four_writes(&org_writes(&env), &everyone_id(&env));
    // The redirect URI is the invitation's.
    assert_eq!(
        org.redirect_uris,
        [format!("{}/okta-login/{SLUG}", env.sandbox.url())]
    );
    // The plan's last line, among -vv's request lines.
    let then = e
        .lines()
        .find(|l| l.starts_with("Then: "))
        .unwrap_or_default();
    insta::assert_snapshot!("okta_setup_invitation_then_line", steady_setup(&env, then));
    insta::assert_snapshot!("okta_setup_invitation_summary", steady_setup(&env, &o));
    // No tenant file: the secret went to the service only.
    assert!(!env.home.path().join("ssoctl-tenant-soylent.toml").exists());
    seen.push((
        "the HAR trace".into(),
        std::fs::read_to_string(&har).unwrap(),
    ));

    // A second run changes nothing in Okta and says it was submitted.
    let before = org_writes(&env).len();
    let again = setup_with_invitation(&env, &invitation, &["--yes"]);
    assert_eq!(again.status.code(), Some(6), "{}", stderr(&again));
    insta::assert_snapshot!(
        "okta_setup_invitation_second_run",
        steady_setup(&env, &streams(&again))
    );
    keep(&mut seen, "okta setup again", &again);
    assert_eq!(org_writes(&env).len(), before, "{:#?}", org_writes(&env));
    assert_eq!(env.sandbox.control().okta_org(EMPTY_ORG).unwrap(), org);

    // Support: pending, then approved (the doctor first).
    let out = env
        .cmd()
        .args(["tenant", "list", "--status", "pending", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed: Vec<serde_json::Value> = crate::common::json(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["slug"] == SLUG)
        .cloned()
        .collect();
    assert_eq!(listed.len(), 1, "{}", stdout(&out));
    assert_eq!(listed[0]["status"], "pending");
    assert_eq!(listed[0]["client_id"], org.client_id.as_str());
    keep(&mut seen, "tenant list --status pending", &out);
    let out = env
        .cmd()
        .args(["tenant", "approve", SLUG, "--yes", "-vv"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    // The one status line among -vv's request lines, whole.
    assert!(
        stderr(&out)
            .lines()
            .any(|l| l == "✓ Approved soylent: status active"),
        "{}",
        stderr(&out)
    );
    keep(&mut seen, "tenant approve -vv", &out);

    // Nothing holds the secret or the invitation: outputs, traces, the
    // sandbox's request log, every file in the home directory.
    seen.push((
        "the sandbox's request log".into(),
        serde_json::to_string(&env.sandbox.requests()).unwrap(),
    ));
    for path in files_under(env.home.path()) {
        seen.push((
            path.display().to_string(),
            std::fs::read_to_string(&path).unwrap_or_default(),
        ));
    }
    for (what, text) in &seen {
        // Leak checks: absence anywhere is the point.
        assert!(
            !text.contains(&invitation),
            "the invitation leaked in {what}:\n{text}"
        );
        assert!(
            !text.contains(&secret),
            "the client secret leaked in {what}:\n{text}"
        );
    }

    // And a person signs in through the service, in real Chromium.
    let Some(((ok, page), done)) =
        crate::browser::login_through_service(test, &env, SLUG, "sol@soylent.example", &[])
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
            .any(|l| l == "✓ Sign-in test passed: soylent"),
        "{}",
        done.stderr
    );
}

#[test]
fn with_an_invitation_a_wrong_slug_or_a_token_on_stdin_too_is_refused_before_any_change() {
    let env = TestEnv::new();
    let (invitation, _) = invite_soylent(&env);
    let out = setup_with_invitation(&env, &invitation, &["--slug", "globex", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    insta::assert_snapshot!(
        "okta_setup_invitation_wrong_slug",
        steady_setup(&env, &streams(&out))
    );
    let out = setup_with_invitation(&env, &invitation, &["--okta-api-token-stdin", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    insta::assert_snapshot!(
        "okta_setup_invitation_and_token_on_stdin",
        steady_setup(&env, &streams(&out))
    );
    assert!(org_writes(&env).is_empty(), "{:#?}", org_writes(&env));
    // The invitation is still open.
    let out = env
        .cmd()
        .args(["tenant", "invitations", "-o", "json"])
        .output()
        .unwrap();
    let statuses: Vec<serde_json::Value> = crate::common::json(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["slug"] == SLUG)
        .map(|i| i["status"].clone())
        .collect();
    assert_eq!(statuses, ["open"], "{}", stdout(&out));
}

#[test]
fn a_refused_submission_explains_what_was_applied_and_keeps_the_secret_in_a_private_file() {
    let env = TestEnv::new();
    let (invitation, _) = invite_soylent(&env);
    // The slug is taken meanwhile: the service refuses the submission.
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let out = env
        .cmd()
        .args([
            "tenant",
            "register",
            "--slug",
            SLUG,
            "--company-name",
            "Someone Else",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
            "--client-secret-stdin",
            "--no-verify",
        ])
        .write_stdin(acme.client_secret.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let out = setup_with_invitation(&env, &invitation, &["--yes"]);
    let e = stderr(&out);
    assert_eq!(out.status.code(), Some(6), "{}\n{e}", stdout(&out));
    let org = env.sandbox.control().okta_org(EMPTY_ORG).unwrap();
    assert_the_four_writes(&org_writes(&env), &everyone_id(&env));
    // What was applied, and where the secret was kept for `tenant submit`.
    insta::assert_snapshot!(
        "okta_setup_invitation_refused_submission",
        steady_setup(&env, &streams(&out))
    );
    // A leak check: absence anywhere is the point.
    assert!(!e.contains(&org.client_secret) && !stdout(&out).contains(&org.client_secret));
    let file = env.home.path().join("ssoctl-tenant-soylent.toml");
    let kept: toml::Table = std::fs::read_to_string(&file).unwrap().parse().unwrap();
    assert_eq!(
        kept["client_secret"].as_str(),
        Some(org.client_secret.as_str())
    );
    assert_eq!(kept["client_id"].as_str(), Some(org.client_id.as_str()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    // The tenant someone else registered is untouched.
    assert_eq!(tenant_json(&env)["client_id"], acme.client_id.as_str());
}
