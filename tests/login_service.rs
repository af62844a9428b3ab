//! `ssoctl login test SLUG` through the sandbox's service, without a
//! browser: `--paste` takes the final URL of a scripted walk through the
//! service's start, Okta's sign-in form and the service's callback. (The
//! same runs in real Chromium are in tests/browser.rs.)

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use common::*;
use ssoctl::sandbox::DEMO_PASSWORD;

/// Follows the redirects a browser would, signing in at the org's form;
/// returns the URL the browser ends on (the CLI's callback).
fn walk(env: &TestEnv, start: &str, user: &str) -> String {
    let sandbox = env.sandbox.addr();
    let start = start.to_string();
    let user = user.to_string();
    env.rt.block_on(async move {
        let resolve = |u: &url::Url| u.host_str().unwrap().to_string();
        let client_for = |u: &url::Url| {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .resolve(&resolve(u), sandbox)
                .build()
                .unwrap()
        };
        let mut url = url::Url::parse(&start).unwrap();
        for _ in 0..10 {
            if url.port() != Some(sandbox.port()) {
                return url.to_string(); // left the sandbox: the CLI's loopback callback
            }
            let http = client_for(&url);
            let response = http.get(url.clone()).send().await.unwrap();
            if response.status().is_redirection() {
                url = url
                    .join(response.headers()["location"].to_str().unwrap())
                    .unwrap();
                continue;
            }
            let page = response.text().await.unwrap();
            let marker = "name=\"okta_key\" value=\"";
            let Some(at) = page.find(marker) else {
                panic!("neither a redirect nor the sign-in form at {url}:\n{page}");
            };
            let start = at + marker.len();
            let key = page[start..start + page[start..].find('"').unwrap()].to_string();
            let signin = url.join("/login/signin").unwrap();
            let response = http
                .post(signin)
                .form(&[
                    ("okta_key", key.as_str()),
                    ("username", user.as_str()),
                    ("password", DEMO_PASSWORD),
                ])
                .send()
                .await
                .unwrap();
            url = url
                .join(response.headers()["location"].to_str().unwrap())
                .unwrap();
        }
        panic!("too many redirects");
    })
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn login(env: &TestEnv, slug: &str, user: &str, extra: &[&str]) -> Run {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("ssoctl"))
        .args(["login", "test", slug, "--paste", "--port", "8799"])
        .args(extra)
        .env("SSOCTL_CONFIG_DIR", env.config_dir())
        .env("SSOCTL_API_URL", env.sandbox.url())
        .env("SSOCTL_COLOR", "never")
        .env_remove("SSOCTL_OUTPUT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    let start = loop {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap() == 0 {
            let output = child.wait_with_output().unwrap();
            return Run {
                code: output.status.code(),
                stdout: String::from_utf8_lossy(&output.stdout).into(),
                stderr: seen,
            };
        }
        seen.push_str(&line);
        let trimmed = line.trim();
        if trimmed.starts_with("http") && trimmed.contains("/start?") {
            break trimmed.to_string();
        }
    };
    let end = walk(env, &start, user);
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{end}").unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into(),
        stderr: seen + &rest,
    }
}

#[test]
fn a_healthy_tenant_signs_in_and_shows_the_project() {
    let env = TestEnv::new();
    let run = login(&env, "acme-corp", "ana@acme.example", &[]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    for expected in [
        "okta sign-in:\tsucceeded",
        "user:\tana@acme.example",
        "role:\tpartner",
        "project id:\tprj_",
        "subscription:\tadvanced",
    ] {
        assert!(run.stdout.contains(expected), "{expected}:\n{}", run.stdout);
    }
    let run = login(&env, "acme-corp", "ana@acme.example", &["-o", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let verdict: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(verdict["ok"], true);
    assert_eq!(verdict["user"]["project_role"], "owner");
}

#[test]
fn a_tenant_without_an_access_policy_gets_the_step_3_fix() {
    let env = TestEnv::new();
    let run = login(&env, "hooli", "gavin@hooli.example", &[]);
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("Policy evaluation failed"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("follow step 3"), "{}", run.stdout);
}

#[test]
fn a_failed_provisioning_shows_the_retry_command() {
    let env = TestEnv::new();
    env.sandbox
        .control()
        .fail_provisioning("tyrell", 1)
        .unwrap();
    let run = login(&env, "tyrell", "rachael@tyrell.example", &[]);
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("project_id is empty"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("ssoctl provisioning retry tyrell --wait"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unassigned_user_and_an_unknown_slug_are_named() {
    let env = TestEnv::new();
    let run = login(&env, "tyrell", "roy@tyrell.example", &[]);
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("User is not assigned"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Assignments"), "{}", run.stdout);

    let out = env
        .cmd_without_token()
        .args(["login", "test", "nosuch", "--no-browser"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(
        stdout(&out).contains("SSO config not found"),
        "{}",
        stdout(&out)
    );
}
