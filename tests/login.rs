//! `ssoctl login test --direct` without a browser: `--paste` takes the
//! callback URL that a scripted sign-in at the emulated Okta form produced.
//! The ID token checks meet every kind of broken token the emulator issues.
//! (The real-browser runs are in tests/browser.rs.)

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use common::*;
use ssoctl::sandbox::{BrokenIdToken, DEMO_PASSWORD, OktaAppPatch};

const PORT: u16 = 8765;

/// Signs in at the emulated form the way a browser would; returns where
/// Okta sends the browser (the callback URL with the code, or an error).
fn sign_in(env: &TestEnv, authorize: &str, user: &str) -> String {
    let sandbox = env.sandbox.addr();
    let url = url::Url::parse(authorize).unwrap();
    let host = url.host_str().unwrap().to_string();
    env.rt.block_on(async move {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .resolve(&host, sandbox)
            .build()
            .unwrap();
        let form = http
            .get(url.clone())
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let marker = "name=\"okta_key\" value=\"";
        let start = form
            .find(marker)
            .unwrap_or_else(|| panic!("no sign-in form:\n{form}"))
            + marker.len();
        let key = &form[start..start + form[start..].find('"').unwrap()];
        let signin = url.join("/login/signin").unwrap();
        let response = http
            .post(signin)
            .form(&[
                ("okta_key", key),
                ("username", user),
                ("password", DEMO_PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_redirection(),
            "sign-in answered {}",
            response.status()
        );
        response.headers()["location"].to_str().unwrap().to_string()
    })
}

struct Run {
    code: Option<i32>,
    /// Where Okta sent the browser (it carries the authorization code).
    callback: String,
    stdout: String,
    stderr: String,
}

/// Runs `login test --direct --paste` for the acme org, signing in as `user`.
fn direct_login(env: &TestEnv, extra: &[&str], user: &str) -> Run {
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("ssoctl"))
        .args([
            "login",
            "test",
            "--direct",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
        ])
        .args(["--paste", "--port", &PORT.to_string()])
        .args(extra)
        .env("SSOCTL_CONFIG_DIR", env.config_dir())
        .env("SSOCTL_CLIENT_SECRET", &acme.client_secret)
        .env("SSOCTL_COLOR", "never")
        .env_remove("SSOCTL_OUTPUT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    let authorize = loop {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap() == 0 {
            panic!("ssoctl ended before printing the URL:\n{seen}");
        }
        seen.push_str(&line);
        // The line that is only the URL to open (-vv's request lines show the probe's).
        let trimmed = line.trim();
        if trimmed.starts_with("http") && trimmed.contains("/v1/authorize?") {
            break trimmed.to_string();
        }
    };
    let callback = sign_in(env, &authorize, user);
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{callback}").unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    Run {
        code: output.status.code(),
        callback: callback.clone(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: seen + &rest,
    }
}

fn env_with_loopback_redirect() -> TestEnv {
    let env = TestEnv::new();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let mut uris = acme.redirect_uris.clone();
    uris.push(format!("http://127.0.0.1:{PORT}/callback"));
    env.sandbox
        .control()
        .set_okta_app(
            "acme-corp",
            OktaAppPatch {
                redirect_uris: Some(uris),
                ..Default::default()
            },
        )
        .unwrap();
    env
}

#[test]
fn direct_login_verifies_the_id_token_and_shows_the_claims() {
    let env = env_with_loopback_redirect();
    let run = direct_login(&env, &[], "ana@acme.example");
    assert_eq!(
        run.code,
        Some(0),
        "stdout:\n{}\nstderr:\n{}",
        run.stdout,
        run.stderr
    );
    assert!(
        run.stdout.contains("email:\tana@acme.example"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("signature, alg, iss, aud, azp, exp, iat, nonce"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains(&format!("http://127.0.0.1:{PORT}/callback")),
        "the URI to add is printed"
    );
    assert!(
        !run.stdout.contains("eyJ"),
        "no token without --show-tokens:\n{}",
        run.stdout
    );

    let run = direct_login(&env, &["-o", "json", "--show-tokens"], "ana@acme.example");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let verdict: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(verdict["ok"], true);
    assert_eq!(verdict["claims"]["email"], "ana@acme.example");
    assert!(
        verdict["tokens"]["id_token"]
            .as_str()
            .unwrap()
            .starts_with("eyJ")
    );
}

#[test]
fn every_broken_id_token_is_refused_with_its_reason() {
    let env = env_with_loopback_redirect();
    for (kind, reason) in [
        (BrokenIdToken::WrongIss, "was issued by"),
        (BrokenIdToken::WrongAud, "is for"),
        (BrokenIdToken::Expired, "has expired"),
        (BrokenIdToken::AlgNone, "alg: none"),
        (BrokenIdToken::BadSignature, "signature does not verify"),
        (
            BrokenIdToken::UnknownKid,
            "even after fetching the keys again",
        ),
        (BrokenIdToken::WrongNonce, "nonce does not match"),
    ] {
        env.sandbox
            .control()
            .broken_id_tokens("acme-corp", kind)
            .unwrap();
        let run = direct_login(&env, &[], "ana@acme.example");
        assert_eq!(
            run.code,
            Some(3),
            "{kind:?} must be refused:\n{}\n{}",
            run.stdout,
            run.stderr
        );
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(
            all.contains(reason),
            "{kind:?}: expected `{reason}`:\n{all}"
        );
        env.sandbox
            .control()
            .clear_broken_id_tokens("acme-corp")
            .unwrap();
    }
}

#[test]
fn a_rotated_key_is_found_by_fetching_the_keys_once_more() {
    let env = env_with_loopback_redirect();
    env.sandbox
        .control()
        .broken_id_tokens("acme-corp", BrokenIdToken::RotatedKey)
        .unwrap();
    let run = direct_login(&env, &[], "ana@acme.example");
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
}

#[test]
fn an_unregistered_loopback_uri_is_named_before_any_browser() {
    let env = TestEnv::new();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let out = env
        .cmd_without_token()
        .args([
            "login",
            "test",
            "--direct",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
            "--no-browser",
            "--port",
            "0",
        ])
        .env("SSOCTL_CLIENT_SECRET", &acme.client_secret)
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let text = stdout(&out);
    assert!(
        text.contains("is not a Login redirect URI of the app"),
        "{text}"
    );
    assert!(text.contains("add exactly http://127.0.0.1:"), "{text}");
}

#[test]
fn the_listener_binds_loopback_only() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args([
            "login",
            "test",
            "acme-corp",
            "--listen",
            "0.0.0.0:8766",
            "--no-browser",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("loopback"), "{}", stderr(&out));
}

#[test]
fn the_timeout_ends_the_wait_with_its_exit_code_and_message() {
    let env = env_with_loopback_redirect();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let out = env
        .cmd_without_token()
        .args([
            "login",
            "test",
            "--direct",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
        ])
        .args([
            "--no-browser",
            "--port",
            &PORT.to_string(),
            "--timeout",
            "1s",
        ])
        .env("SSOCTL_CLIENT_SECRET", &acme.client_secret)
        .output()
        .unwrap();
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(err.contains("no sign-in came back within 1s"), "{err}");
    assert!(
        err.contains(&format!("http://127.0.0.1:{PORT}/")),
        "the URL to open was printed:\n{err}"
    );
}

#[test]
fn the_code_the_verifier_and_the_tokens_stay_out_of_output_and_trace() {
    let env = env_with_loopback_redirect();
    let trace = env.home.path().join("login.har");
    let trace_arg = trace.display().to_string();
    let run = direct_login(&env, &["-vv", "--trace", &trace_arg], "ana@acme.example");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let code = url::Url::parse(&run.callback)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    let har = std::fs::read_to_string(&trace).unwrap();
    let secret = env
        .sandbox
        .control()
        .okta_org("acme-corp")
        .unwrap()
        .client_secret;
    for text in [&run.stdout, &run.stderr, &har] {
        assert!(
            !text.contains(&code),
            "the authorization code leaked:\n{text}"
        );
        assert!(!text.contains(&secret), "the client secret leaked");
        assert!(!text.contains("eyJ"), "a token leaked:\n{text}");
    }
    // The token request's form is in the trace, its secrets redacted.
    let har: serde_json::Value = serde_json::from_str(&har).unwrap();
    let form = har["log"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["request"]["postData"]["text"].as_str())
        .find(|t| t.contains("grant_type=authorization_code"))
        .expect("the token request is traced")
        .to_string();
    let verifier = form
        .split('&')
        .find_map(|p| p.strip_prefix("code_verifier="))
        .unwrap();
    assert!(
        verifier.starts_with('…') && verifier.chars().count() <= 5,
        "verifier redacted: {form}"
    );
}
