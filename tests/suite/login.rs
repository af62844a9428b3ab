//! `ssoctl login test --direct` without a browser: `--paste` takes the
//! callback URL that a scripted sign-in at the emulated Okta form produced.
//! The ID token checks meet every kind of broken token the emulator issues.
//! (The real-browser runs are in tests/suite/browser.rs.)

use std::process::Command;

use crate::common::*;
use ssoctl::sandbox::BrokenIdToken;

/// Runs `login test --direct --paste` for the acme org, signing in as `user`.
fn direct_login(env: &TestEnv, port: u16, extra: &[&str], user: &str) -> PasteRun {
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("ssoctl"));
    command
        .args([
            "login",
            "test",
            "--direct",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
        ])
        .args(["--paste", "--port", &port.to_string()])
        .args(extra)
        .env("SSOCTL_CONFIG_DIR", env.config_dir())
        .env("SSOCTL_CLIENT_SECRET", &acme.client_secret)
        .env("SSOCTL_COLOR", "never");
    let run = paste_run(command, "/v1/authorize?", |open| {
        browse_to_callback(env, open, user)
    });
    assert!(
        run.pasted.is_some(),
        "ssoctl ended before printing the URL:\n{}",
        run.stderr
    );
    run
}

/// A sandbox whose acme app lists `http://127.0.0.1:{port}/callback` for a
/// free port of this test's own (tests run in parallel in one binary).
fn env_with_loopback_redirect() -> (TestEnv, u16) {
    let env = TestEnv::new();
    let port = free_port();
    allow_loopback_callback(&env, port);
    (env, port)
}

#[test]
fn direct_login_verifies_the_id_token_and_shows_the_claims() {
    let (env, port) = env_with_loopback_redirect();
    let run = direct_login(&env, port, &[], "ana@acme.example");
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
            .contains(&format!("http://127.0.0.1:{port}/callback")),
        "the URI to add is printed"
    );
    assert!(
        !run.stdout.contains("eyJ"),
        "no token without --show-tokens:\n{}",
        run.stdout
    );

    let run = direct_login(
        &env,
        port,
        &["-o", "json", "--show-tokens"],
        "ana@acme.example",
    );
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
    let (env, port) = env_with_loopback_redirect();
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
        let run = direct_login(&env, port, &[], "ana@acme.example");
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
    let (env, port) = env_with_loopback_redirect();
    env.sandbox
        .control()
        .broken_id_tokens("acme-corp", BrokenIdToken::RotatedKey)
        .unwrap();
    let run = direct_login(&env, port, &[], "ana@acme.example");
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

/// One raw HTTP/1.1 GET to the listener: the status and the Location.
fn raw_get(port: u16, path: &str, host: &str) -> (u16, Option<String>) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no HTTP answer to {path}: {answer:?}"));
    let location = answer
        .lines()
        .find_map(|l| l.strip_prefix("location: ").map(str::to_string));
    (status, location)
}

#[test]
fn a_replayed_start_page_without_the_flow_key_or_a_loopback_host_is_refused() {
    let (env, port) = env_with_loopback_redirect();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let mut cmd = isolated_std_cmd(env.home.path());
    cmd.args([
        "login",
        "test",
        "--direct",
        "--okta-domain",
        &acme.domain,
        "--client-id",
        &acme.client_id,
        "--no-browser",
        "--port",
        &port.to_string(),
        "--timeout",
        "8s",
    ])
    .env("SSOCTL_CLIENT_SECRET", &acme.client_secret);
    let mut ssoctl = browser::Running::spawn(cmd, "");
    let url = ssoctl.wait_for_login_url();
    let path = url
        .strip_prefix(&format!("http://127.0.0.1:{port}"))
        .unwrap()
        .to_string();
    let here = format!("127.0.0.1:{port}");
    // Another local process replays the start page: no state, no challenge.
    for replay in ["/", "/start/", "/start/not-the-key/"] {
        let (status, location) = raw_get(port, replay, &here);
        assert!(matches!(status, 403 | 404), "{replay}: {status}");
        assert_eq!(location, None, "{replay} gave the redirect away");
    }
    // A page that rebinds a name of its own to 127.0.0.1 sends its own Host.
    let (status, location) = raw_get(port, &path, &format!("evil.example:{port}"));
    assert_eq!((status, location), (421, None));
    // The exact URL ssoctl printed starts the login.
    let (status, location) = raw_get(port, &path, &here);
    assert_eq!(status, 303);
    let location = location.expect("a redirect to the authorize endpoint");
    assert!(location.contains("/v1/authorize?"), "{location}");
    assert!(
        location.contains("code_challenge_method=S256"),
        "{location}"
    );
    let finished = ssoctl.finish(std::time::Duration::from_secs(60));
    finished.assert_code(1);
}

#[test]
fn the_redirect_host_must_be_loopback() {
    let env = TestEnv::new();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    for (host, extra) in [
        ("evil.example", &[][..]),
        ("http://evil.example:28768/callback", &[][..]),
        ("10.0.0.1", &["--paste"][..]),
    ] {
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
                "--redirect-host",
                host,
            ])
            .args(extra)
            .env("SSOCTL_CLIENT_SECRET", &acme.client_secret)
            .output()
            .unwrap();
        assert_exit(&out, 2);
        let err = stderr(&out);
        assert!(
            err.contains(&format!("--redirect-host {host:?} is not a loopback host")),
            "{err}"
        );
        assert!(err.contains("use 127.0.0.1, localhost or [::1]"), "{err}");
        assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    }
}

#[test]
fn the_timeout_ends_the_wait_with_its_exit_code_and_message() {
    let (env, port) = env_with_loopback_redirect();
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
            &port.to_string(),
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
        err.contains(&format!("http://127.0.0.1:{port}/")),
        "the URL to open was printed:\n{err}"
    );
}

#[test]
fn the_code_the_verifier_and_the_tokens_stay_out_of_output_and_trace() {
    let (env, port) = env_with_loopback_redirect();
    let trace = env.home.path().join("login.har");
    let trace_arg = trace.display().to_string();
    let run = direct_login(
        &env,
        port,
        &["-vv", "--trace", &trace_arg],
        "ana@acme.example",
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let code = url::Url::parse(run.pasted.as_deref().unwrap())
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

#[test]
fn a_wrong_client_secret_at_the_token_endpoint_names_the_secret_and_check_client() {
    let (env, port) = env_with_loopback_redirect();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("ssoctl"));
    command
        .args([
            "login",
            "test",
            "--direct",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
            "--paste",
            "--port",
            &port.to_string(),
        ])
        .env("SSOCTL_CONFIG_DIR", env.config_dir())
        .env("SSOCTL_CLIENT_SECRET", "not-the-secret-of-this-app")
        .env("SSOCTL_COLOR", "never");
    let run = paste_run(command, "/v1/authorize?", |open| {
        browse_to_callback(&env, open, "ana@acme.example")
    });
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("Okta refused the client secret: it is wrong"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&format!(
            "ssoctl check client --okta-domain {} --client-id {}",
            acme.domain, acme.client_id
        )),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("not-the-secret-of-this-app"));
    assert!(!run.stderr.contains("not-the-secret-of-this-app"));
}
