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
        .args(direct_args(&acme))
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

/// `login test --direct` for acme's org and app (its secret in the
/// environment), without a token; the test adds the rest.
fn direct_cmd(env: &TestEnv, acme: &ssoctl::sandbox::OktaOrg) -> assert_cmd::Command {
    let mut cmd = env.cmd_without_token();
    cmd.args(direct_args(acme))
        .env("SSOCTL_CLIENT_SECRET", &acme.client_secret);
    cmd
}

/// The arguments that name acme's org and app to `login test --direct`.
fn direct_args(acme: &ssoctl::sandbox::OktaOrg) -> [&str; 7] {
    [
        "login",
        "test",
        "--direct",
        "--okta-domain",
        &acme.domain,
        "--client-id",
        &acme.client_id,
    ]
}

/// A `--direct` run's output made steady: the test's own loopback port
/// (free, so it changes) and the sandbox's port as placeholders.
fn steady_direct(env: &TestEnv, text: &str, port: u16) -> String {
    steady(env, &replace_port(text, port, "[callback-port]"))
}

/// The text with the listener's start key (`/start/KEY/`, random) as a placeholder.
fn steady_start_key(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("/start/") {
        let (head, tail) = rest.split_at(at + "/start/".len());
        out.push_str(head);
        match tail.find('/') {
            Some(end) if end > 0 => {
                out.push_str("[key]");
                rest = &tail[end..];
            }
            _ => rest = tail,
        }
    }
    out.push_str(rest);
    out
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
    // The claims and what was verified, whole (and no token in it).
    insta::assert_snapshot!(
        "login_direct_claims",
        steady_direct(&env, &run.stdout, port)
    );
    assert!(
        has_line(&run.stderr, &format!("  http://127.0.0.1:{port}/callback")),
        "the URI to add is printed:\n{}",
        run.stderr
    );
    // A leak check: absence anywhere is the point.
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
    // A fresh JWT each run: its header (`{"`) is what is steady.
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
    let mut reports = String::new();
    for kind in [
        BrokenIdToken::WrongIss,
        BrokenIdToken::WrongAud,
        BrokenIdToken::Expired,
        BrokenIdToken::AlgNone,
        BrokenIdToken::BadSignature,
        BrokenIdToken::UnknownKid,
        BrokenIdToken::WrongNonce,
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
        reports.push_str(&format!("--- {kind:?}\n{}", run.stdout));
        env.sandbox
            .control()
            .clear_broken_id_tokens("acme-corp")
            .unwrap();
    }
    // Each kind's report whole: the reason it was refused, and its fix.
    insta::assert_snapshot!(
        "login_broken_id_tokens",
        steady_direct(&env, &reports, port)
    );
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
    let out = direct_cmd(&env, &acme)
        .args(["--no-browser", "--port", "0"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    insta::assert_snapshot!(
        "login_unregistered_loopback_uri",
        steady_any_loopback_port(&transcript(&env, &out))
    );
}

/// `http://127.0.0.1:PORT` with whatever port `--port 0` got as a placeholder.
fn steady_any_loopback_port(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("127.0.0.1:") {
        let (head, tail) = rest.split_at(at + "127.0.0.1:".len());
        out.push_str(head);
        let digits = tail.len() - tail.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        out.push_str(if digits > 0 { "[loopback-port]" } else { "" });
        rest = &tail[digits..];
    }
    out.push_str(rest);
    out
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
    insta::assert_snapshot!("login_listen_not_loopback", transcript(&env, &out));
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
    cmd.args(direct_args(&acme))
        .args([
            "--no-browser",
            "--port",
            &port.to_string(),
            // Long enough for the five loopback requests below; the test
            // then waits it out for the exit code, so no longer than that.
            "--timeout",
            "4s",
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
    let location = url::Url::parse(&location).unwrap();
    assert_eq!(
        location.as_str().split('?').next(),
        Some(format!("{}/v1/authorize", acme.issuer.as_deref().unwrap()).as_str()),
        "{location}"
    );
    let query: std::collections::HashMap<_, _> = location.query_pairs().into_owned().collect();
    assert_eq!(
        query.get("code_challenge_method").map(String::as_str),
        Some("S256"),
        "{location}"
    );
    let finished = ssoctl.finish(std::time::Duration::from_secs(60));
    finished.assert_code(1);
}

#[test]
fn the_redirect_host_must_be_loopback() {
    let env = TestEnv::new();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    for (name, host, extra) in [
        ("login_redirect_host_name", "evil.example", &[][..]),
        (
            "login_redirect_host_url",
            "http://evil.example:28768/callback",
            &[][..],
        ),
        ("login_redirect_host_ip_paste", "10.0.0.1", &["--paste"][..]),
    ] {
        let out = direct_cmd(&env, &acme)
            .args(["--no-browser", "--redirect-host", host])
            .args(extra)
            .output()
            .unwrap();
        assert_exit(&out, 2);
        // Both streams whole: the host named, the loopback choices, no stdout.
        insta::assert_snapshot!(name, transcript(&env, &out));
    }
}

#[test]
fn the_timeout_ends_the_wait_with_its_exit_code_and_message() {
    let (env, port) = env_with_loopback_redirect();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let out = direct_cmd(&env, &acme)
        .args([
            "--no-browser",
            "--port",
            &port.to_string(),
            "--timeout",
            "1s",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 1);
    // Whole: the URL to open (its start key is random) and the timeout.
    insta::assert_snapshot!(
        "login_timeout",
        steady_start_key(&steady_direct(&env, &stderr(&out), port))
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
    // Leak checks: absence anywhere is the point.
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
        // Picks the token request out of the trace's entries.
        .find(|t| t.contains("grant_type=authorization_code"))
        .expect("the token request is traced")
        .to_string();
    let verifier = form
        .split('&')
        .find_map(|p| p.strip_prefix("code_verifier="))
        .unwrap();
    // The redaction keeps a tail of the (random) verifier after `…`.
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
        .args(direct_args(&acme))
        .args(["--paste", "--port", &port.to_string()])
        .env("SSOCTL_CONFIG_DIR", env.config_dir())
        .env("SSOCTL_CLIENT_SECRET", "not-the-secret-of-this-app")
        .env("SSOCTL_COLOR", "never");
    let run = paste_run(command, "/v1/authorize?", |open| {
        browse_to_callback(&env, open, "ana@acme.example")
    });
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    // The finding and the `check client` command that tests the secret.
    insta::assert_snapshot!(
        "login_wrong_client_secret",
        steady_direct(&env, &run.stdout, port)
    );
    // Leak checks: absence anywhere is the point.
    assert!(!run.stdout.contains("not-the-secret-of-this-app"));
    assert!(!run.stderr.contains("not-the-secret-of-this-app"));
}
