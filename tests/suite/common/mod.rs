//! The test harness: a real sandbox on 127.0.0.1 port 0, and the real
//! binary run against it with an isolated config directory and home.

#![allow(dead_code)]

pub mod browser;
pub mod ctx;
pub mod sandbox;

pub use browser::free_port;

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use ssoctl::sandbox::{Sandbox, SandboxOptions, Seed};
use tempfile::TempDir;

pub const ADMIN_TOKEN: &str = "test-admin-token-7f3a9c1e5b2d4f60";
pub const CLIENT_SECRET: &str = "planted-client-secret-Zq8Xw3Vr5Ty7Un9";

/// Every variable ssoctl reads, removed so the developer's own settings
/// never leak into a test.
const SSOCTL_VARS: &[&str] = &[
    "SSOCTL_PROFILE",
    "SSOCTL_API_URL",
    "SSOCTL_AUTH_URL",
    "SSOCTL_CONSOLE_URL",
    "SSOCTL_TOKEN",
    "SSOCTL_CLIENT_SECRET",
    "SSOCTL_INVITATION",
    "SSOCTL_OKTA_API_TOKEN",
    "SSOCTL_OUTPUT",
    "SSOCTL_CONFIG_DIR",
    "SSOCTL_NO_INPUT",
    "SSOCTL_COLOR",
    "SSOCTL_QUIET",
    "SSOCTL_VERBOSE",
    "SSOCTL_SANDBOX",
    "SSOCTL_SANDBOX_TOKEN",
    "SSOCTL_SANDBOX_STATE",
    "SSOCTL_CA_CERT",
    "SSOCTL_HTTP_TIMEOUT",
    "SSOCTL_FORCE_TTY",
    "NO_COLOR",
    "BROWSER",
];

/// The network settings of the machine running the tests (proxies, CA
/// files), removed for the same reason; tests that need them set their own.
const NETWORK_VARS: &[&str] = &[
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
];

pub struct TestEnv {
    pub rt: tokio::runtime::Runtime,
    pub sandbox: Sandbox,
    pub home: TempDir,
}

impl TestEnv {
    /// A sandbox with the demo tenants.
    pub fn new() -> Self {
        Self::with_options(SandboxOptions {
            token: ADMIN_TOKEN.to_string(),
            seed: Some(Seed::Demo),
            provisioning_delay: Duration::from_millis(50),
            ..SandboxOptions::default()
        })
    }

    pub fn with_options(options: SandboxOptions) -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let sandbox = rt
            .block_on(Sandbox::start(([127, 0, 0, 1], 0).into(), options))
            .unwrap();
        TestEnv {
            rt,
            sandbox,
            home: tempfile::tempdir().unwrap(),
        }
    }

    pub fn config_dir(&self) -> std::path::PathBuf {
        self.home.path().join("config")
    }

    /// The binary, pointed at the sandbox with a valid token in SSOCTL_TOKEN.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.env("SSOCTL_API_URL", self.sandbox.url())
            .env("SSOCTL_TOKEN", ADMIN_TOKEN);
        cmd
    }

    /// The binary pointed at the sandbox, with no token.
    pub fn cmd_without_token(&self) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.env("SSOCTL_API_URL", self.sandbox.url());
        cmd
    }

    /// The binary with an isolated home and nothing pointed anywhere.
    pub fn bare_cmd(&self) -> Command {
        isolated_cmd(self.home.path())
    }
}

pub fn isolated_cmd(home: &Path) -> Command {
    let mut cmd = Command::from_std(isolated_std_cmd(home));
    cmd.timeout(Duration::from_secs(60));
    cmd
}

/// The same as [`isolated_cmd`], as a `std::process::Command` for tests that
/// talk to the running process (the browser tests).
pub fn isolated_std_cmd(home: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("ssoctl"));
    for var in SSOCTL_VARS.iter().chain(NETWORK_VARS) {
        cmd.env_remove(var);
    }
    cmd.env("SSOCTL_CONFIG_DIR", home.join("config"))
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        // No Secret Service here: keyring calls fail fast and the file store is used.
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/ssoctl-test-bus",
        )
        .env("SSOCTL_COLOR", "never");
    cmd
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            stdout(output),
            stderr(output)
        )
    })
}

/// Asserts the exit code, showing both streams when it differs.
#[track_caller]
pub fn assert_exit(output: &std::process::Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "unexpected exit code\nstdout:\n{}\nstderr:\n{}",
        stdout(output),
        stderr(output)
    );
}

/// Follows the redirects a browser would from `start`, signing in at an
/// emulated org's form as `user`; returns the URL the browser ends on: the
/// first one off the sandbox's port (the CLI's loopback callback).
pub fn browse_to_callback(env: &TestEnv, start: &str, user: &str) -> String {
    let sandbox = env.sandbox.addr();
    let start = start.to_string();
    let user = user.to_string();
    env.rt.block_on(async move {
        let client_for = |u: &url::Url| {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .resolve(u.host_str().unwrap(), sandbox)
                .build()
                .unwrap()
        };
        let mut url = url::Url::parse(&start).unwrap();
        for _ in 0..10 {
            if url.port() != Some(sandbox.port()) {
                return url.to_string();
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
            let response = http
                .post(url.join("/login/signin").unwrap())
                .form(&[
                    ("okta_key", key.as_str()),
                    ("username", user.as_str()),
                    ("password", ssoctl::sandbox::DEMO_PASSWORD),
                ])
                .send()
                .await
                .unwrap();
            assert!(
                response.status().is_redirection(),
                "sign-in answered {}",
                response.status()
            );
            url = url
                .join(response.headers()["location"].to_str().unwrap())
                .unwrap();
        }
        panic!("too many redirects");
    })
}

/// How a `login test … --paste` run ended.
pub struct PasteRun {
    pub code: Option<i32>,
    /// What was pasted: where the scripted browser ended (it carries the
    /// code); `None` when the command ended before printing a URL.
    pub pasted: Option<String>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs a `login test … --paste` command: waits for the line that is the
/// URL to open (the first one containing `marker`), lets `browse` play the
/// browser, pastes where it ended, and collects the outcome.
pub fn paste_run(
    mut command: std::process::Command,
    marker: &str,
    browse: impl FnOnce(&str) -> String,
) -> PasteRun {
    use std::io::{BufRead, Read, Write};
    use std::process::Stdio;

    let mut child = command
        .env_remove("SSOCTL_OUTPUT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    let open = loop {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap() == 0 {
            let output = child.wait_with_output().unwrap();
            return PasteRun {
                code: output.status.code(),
                pasted: None,
                stdout: String::from_utf8_lossy(&output.stdout).into(),
                stderr: seen,
            };
        }
        seen.push_str(&line);
        // The line that is only the URL (-vv's request lines name URLs too):
        // a locator, not an assertion, so a substring is enough.
        let trimmed = line.trim();
        if trimmed.starts_with("http") && trimmed.contains(marker) {
            break trimmed.to_string();
        }
    };
    let end = browse(&open);
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{end}").unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    PasteRun {
        code: output.status.code(),
        pasted: Some(end),
        stdout: String::from_utf8_lossy(&output.stdout).into(),
        stderr: seen + &rest,
    }
}

/// `ssoctl sandbox serve` in its own process (killed when dropped).
pub struct ServedSandbox {
    pub child: std::process::Child,
    /// From the ready line: `http://127.0.0.1:PORT` (`https://` with --tls).
    pub url: String,
}

impl Drop for ServedSandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `ssoctl sandbox serve --port 0 --seed demo ARGS` with the test
/// admin token, and returns once its ready line is out.
pub fn serve_sandbox(home: &Path, args: &[&std::ffi::OsStr]) -> ServedSandbox {
    use std::io::BufRead;
    let mut child = isolated_std_cmd(home)
        .args(["sandbox", "serve", "--port", "0", "--seed", "demo"])
        .args(args)
        .env("SSOCTL_SANDBOX_TOKEN", ADMIN_TOKEN)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string();
    let port = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .and_then(|rest| rest.strip_prefix("127.0.0.1:"));
    assert!(
        port.is_some_and(|p| p.parse::<u16>().is_ok_and(|p| p != 0)),
        "ready line: {line:?}"
    );
    ServedSandbox { child, url }
}

/// Lets acme-corp's Okta app send the browser to `http://127.0.0.1:PORT/callback`
/// (what `login test --direct --port PORT` listens on).
pub fn allow_loopback_callback(env: &TestEnv, port: u16) {
    let control = env.sandbox.control();
    let mut uris = control.okta_org("acme-corp").unwrap().redirect_uris;
    uris.push(format!("http://127.0.0.1:{port}/callback"));
    control
        .set_okta_app(
            "acme-corp",
            ssoctl::sandbox::OktaAppPatch {
                redirect_uris: Some(uris),
                ..Default::default()
            },
        )
        .unwrap();
}

/// The sandbox's port, the seed's timestamps (relative to today) and the
/// sandbox's random ids as placeholders, for snapshots.
pub fn steady(env: &TestEnv, text: &str) -> String {
    let port = env
        .sandbox
        .url()
        .rsplit(':')
        .next()
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_string();
    let text = text.replace(&format!(":{port}"), ":[port]");
    let mut out = String::new();
    let mut rest = text.as_str();
    // `2026-11-12T04:59:06Z`: 20 characters, a `T` at 10, a `Z` at 19.
    while let Some(at) = rest.find("20") {
        let candidate = rest.get(at..at + 20).unwrap_or_default();
        if candidate.len() == 20 && &candidate[10..11] == "T" && candidate.ends_with('Z') {
            out.push_str(&rest[..at]);
            out.push_str("[time]");
            rest = &rest[at + 20..];
        } else {
            out.push_str(&rest[..at + 2]);
            rest = &rest[at + 2..];
        }
    }
    out.push_str(rest);
    steady_ids(&out)
}

/// The sandbox's random ids (`req_` request ids and `prj_` project ids, 24
/// hex digits each) as `req_[id]` and `prj_[id]`; anything else that starts
/// the same way is left alone.
fn steady_ids(text: &str) -> String {
    let mut text = text.to_string();
    for prefix in ["req_", "prj_"] {
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find(prefix) {
            let after = at + prefix.len();
            let id = rest.get(after..after + 24).unwrap_or_default();
            out.push_str(&rest[..after]);
            if id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
                out.push_str("[id]");
                rest = &rest[after + 24..];
            } else {
                rest = &rest[after..];
            }
        }
        out.push_str(rest);
        text = out;
    }
    text
}

/// Each word that starts with `prefix` (the prefix and the letters, digits
/// and `_` after it) as `placeholder`: for ids made anew each run (`req_…`
/// request ids, Okta's `oae…` error ids, `0oa…` app ids), which steady()
/// leaves alone.
pub fn mask_ids(text: &str, prefix: &str, placeholder: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let starts_a_word = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
        let tail = &rest[at + prefix.len()..];
        let len = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(tail.len());
        out.push_str(&rest[..at]);
        if starts_a_word && len > 0 {
            out.push_str(placeholder);
        } else {
            out.push_str(&rest[at..at + prefix.len() + len]);
        }
        rest = &tail[len..];
    }
    out.push_str(rest);
    out
}

/// The exit code and both streams of a run, as one text for a snapshot
/// (the layout of [`ctx::Seen`]'s).
pub fn streams(output: &std::process::Output) -> String {
    let exit = output
        .status
        .code()
        .map_or_else(|| "signal".to_string(), |c| c.to_string());
    format!(
        "exit: {exit}\n--- stdout\n{}--- stderr\n{}",
        stdout(output),
        stderr(output)
    )
}

/// One text for a snapshot of a run of the binary, made steady: the exit
/// code, then both streams (the layout of `ctx::Seen`).
pub fn transcript(env: &TestEnv, output: &std::process::Output) -> String {
    steady(env, &streams(output))
}

/// Whether `text` has a line that is exactly `line` (a stronger check than
/// a substring, for one line of a stream that also carries unsteady lines).
pub fn has_line(text: &str, line: &str) -> bool {
    text.lines().any(|l| l == line)
}

/// `text` with `:PORT` (not followed by another digit) as `:PLACEHOLDER`:
/// for ports other than the sandbox's (a free loopback port, a provider's).
pub fn replace_port(text: &str, port: u16, placeholder: &str) -> String {
    let needle = format!(":{port}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&needle) {
        let after = &rest[at + needle.len()..];
        out.push_str(&rest[..at]);
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            out.push_str(&needle);
        } else {
            out.push(':');
            out.push_str(placeholder);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Whether `id` is `prefix` and then exactly `len` ASCII letters or digits:
/// for random ids (request ids, generated project ids), whose shape is
/// what a test can pin.
pub fn random_id_shaped(id: &str, prefix: &str, len: usize) -> bool {
    id.strip_prefix(prefix)
        .is_some_and(|rest| rest.len() == len && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `ssoctl doctor ARGS` with the Okta API token that reads the policies.
pub fn doctor_with_token(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env(
            "SSOCTL_OKTA_API_TOKEN",
            env.sandbox.control().okta_api_token(),
        )
        .arg("doctor")
        .args(args)
        .output()
        .unwrap()
}
