//! The secret sweep: commands run with planted secrets, at -v and -vv, as
//! table and JSON, succeeding and failing, with `--trace`; no secret may
//! appear in stdout, stderr, the trace or the config directory (outside the
//! credential store).

use std::path::Path;

use crate::common::*;

const OKTA_API_TOKEN_PLANTED: &str = "planted-okta-api-token-Hq7Wz2Lp9Rt4";

struct Sweep {
    secrets: Vec<String>,
    checked: usize,
}

impl Sweep {
    fn new(secrets: &[&str]) -> Self {
        Sweep {
            secrets: secrets.iter().map(|s| s.to_string()).collect(),
            checked: 0,
        }
    }

    fn add(&mut self, secret: &str) {
        self.secrets.push(secret.to_string());
    }

    #[track_caller]
    fn clean(&mut self, what: &str, text: &str) {
        self.checked += 1;
        for secret in &self.secrets {
            // A leak check: absence anywhere is the point.
            assert!(
                !text.contains(secret.as_str()),
                "a secret leaked in {what}:\n{text}"
            );
        }
    }

    #[track_caller]
    fn output(&mut self, what: &str, out: &std::process::Output) {
        self.clean(&format!("{what} (stdout)"), &stdout(out));
        self.clean(&format!("{what} (stderr)"), &stderr(out));
    }

    /// Every file of the config directory but the credential store.
    #[track_caller]
    fn config_dir(&mut self, dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.file_name().is_some_and(|n| n == "credentials.toml") {
                continue;
            }
            if path.is_file() {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                self.clean(&path.display().to_string(), &text);
            }
        }
    }
}

/// A server that echoes every request it gets, credentials and body
/// included, in every field of its answer: the error message, a header,
/// an OAuth `error_description`. What ssoctl sent must not come back out.
#[test]
fn secrets_echoed_back_by_a_server_leak_nowhere() {
    use crate::hostile::{Answer, Hostile};
    let echo = Hostile::start(|asked| {
        let said = asked.raw.replace("\r\n", " ");
        let status = if asked.method == "GET" { 401 } else { 400 };
        Answer::json(
            status,
            serde_json::json!({
                "error": {"code": "echo", "message": said.clone()},
                "message": said.clone(),
                "error_description": said,
            }),
        )
        .header("x-echo", &asked.raw.replace("\r\n", " | "))
    });
    let home = tempfile::tempdir().unwrap();
    let trace = home.path().join("trace.har");
    let mut sweep = Sweep::new(&[ADMIN_TOKEN, CLIENT_SECRET]);
    let cmd = || {
        let mut cmd = isolated_cmd(home.path());
        cmd.env("SSOCTL_API_URL", echo.url())
            .env("SSOCTL_TOKEN", ADMIN_TOKEN);
        cmd
    };
    for args in [
        &["tenant", "list"][..],
        &["tenant", "show", "acme-corp"],
        &["cors", "list"],
        &["api", "GET", "/admin/v1/health"],
        &[
            "api",
            "POST",
            "/admin/v1/cors/origins",
            "-f",
            "origin=https://a.example",
        ],
    ] {
        for extra in [&["-v"][..], &["-vv", "-o", "json"], &["-vv", "-i"]] {
            let extra = if args[0] == "api" || extra != ["-vv", "-i"] {
                extra
            } else {
                &["-vv"][..]
            };
            let out = cmd()
                .args(args)
                .args(extra)
                .arg("--trace")
                .arg(&trace)
                .output()
                .unwrap();
            assert_ne!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
            sweep.output(&format!("{args:?} {extra:?}"), &out);
            sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());
        }
    }
    let out = cmd()
        .args([
            "tenant",
            "register",
            "--slug",
            "soylent",
            "--company-name",
            "Soylent",
        ])
        .args([
            "--okta-domain",
            "integrator-1.okta.com",
            "--client-id",
            "0oasoylent000000001",
        ])
        // The server is an echo, not Okta: the checks are swept in the next test.
        .args(["--client-secret-stdin", "--no-verify", "-vv", "--trace"])
        .arg(&trace)
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    sweep.output("register", &out);
    sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());
    // The echoes were real: the server got both secrets, and sent them back.
    let asked: String = echo.asked().iter().map(|a| a.raw.clone()).collect();
    // The raw requests hold headers and bodies that change; that both
    // secrets reached the server is the point.
    assert!(
        asked.contains(ADMIN_TOKEN) && asked.contains(CLIENT_SECRET),
        "{asked}"
    );
    assert!(
        sweep.checked >= 45,
        "the sweep looked at {} outputs",
        sweep.checked
    );
}

#[test]
fn no_command_prints_or_traces_a_secret() {
    let env = TestEnv::new();
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let okta_token = env.sandbox.control().okta_api_token();
    let mut sweep = Sweep::new(&[
        ADMIN_TOKEN,
        CLIENT_SECRET,
        &acme.client_secret,
        &okta_token,
        OKTA_API_TOKEN_PLANTED,
    ]);
    let trace = env.home.path().join("trace.har");

    let register = |slug: &str, extra: &[&str]| {
        env.cmd()
            .args([
                "tenant",
                "register",
                "--slug",
                slug,
                "--company-name",
                "Soylent",
                "--okta-domain",
                &acme.domain,
            ])
            .args([
                "--client-id",
                "0oasoylent000000001",
                "--client-secret-stdin",
                // A made-up client; the checks' own requests are swept below.
                "--no-verify",
                "--trace",
            ])
            .arg(&trace)
            .args(extra)
            .write_stdin(CLIENT_SECRET)
            .output()
            .unwrap()
    };
    for (slug, extra) in [
        ("soylent-a", &["-v"][..]),
        ("soylent-b", &["-vv"]),
        ("soylent-c", &["-vv", "-o", "json"]),
        ("soylent-d", &["-vv", "--dry-run"]),
        ("soylent-b", &["-vv"]), // again: already registered as asked
        ("Bad_Slug", &["-vv"]),  // fails before sending
    ] {
        let out = register(slug, extra);
        sweep.output(&format!("register {slug} {extra:?}"), &out);
        sweep.clean(
            "the trace",
            &std::fs::read_to_string(&trace).unwrap_or_default(),
        );
    }

    // The checks before a write send the secret to Okta's revocation and
    // token endpoints (the app lists only acme-corp's redirect URI, so
    // this one stops, after the probes).
    let out = env
        .cmd()
        .args([
            "tenant",
            "register",
            "--slug",
            "soylent-e",
            "--company-name",
            "Soylent",
        ])
        .args([
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
        ])
        .args(["--client-secret-stdin", "-vv", "--trace"])
        .arg(&trace)
        .write_stdin(acme.client_secret.clone())
        .output()
        .unwrap();
    assert_exit(&out, 3);
    sweep.output("register through the checks", &out);
    let traced = std::fs::read_to_string(&trace).unwrap();
    // The HAR file holds times and ids that change: one request in it is the check.
    assert!(
        traced.contains("/oauth2/default/v1/revoke"),
        "the secret was probed"
    );
    sweep.clean("the trace", &traced);

    let out = env
        .cmd()
        .args([
            "tenant",
            "update",
            "soylent-a",
            "--rotate-secret",
            "--client-secret-stdin",
            "--no-verify",
            "-vv",
            "--trace",
        ])
        .arg(&trace)
        .write_stdin(format!("{CLIENT_SECRET}-rotated"))
        .output()
        .unwrap();
    // Written; the made-up client then fails the service's check after the
    // write (exit 3). What matters here is what was printed and traced.
    assert_exit(&out, 3);
    sweep.add(&format!("{CLIENT_SECRET}-rotated"));
    sweep.output("update --rotate-secret", &out);
    sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());

    for args in [
        &["auth", "status", "-vv"][..],
        &["auth", "status", "-vv", "-o", "json"],
        &["tenant", "list", "-vv", "-o", "json"],
        &["tenant", "history", "soylent-a", "-vv"],
        &["tenant", "history", "soylent-a", "-vv", "-o", "json"],
        &["tenant", "export", "--all", "-vv"],
        &["tenant", "export", "soylent-a", "-vv", "--format", "json"],
        &[
            "api",
            "GET",
            "/admin/v1/tenants/acme-corp",
            "-vv",
            "--include",
        ],
        &[
            "provisioning",
            "retry",
            "globex",
            "--wait",
            "--interval",
            "50ms",
            "-vv",
        ],
        &["cors", "add", "https://sweep.example", "-vv"],
    ] {
        let out = env
            .cmd()
            .args(args)
            .arg("--trace")
            .arg(&trace)
            .output()
            .unwrap();
        sweep.output(&format!("{args:?}"), &out);
        sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());
    }
    // diff and apply read a file that export wrote; the secret comes from
    // its reference, and is shown as neither value nor trace.
    let export = env
        .cmd()
        .args(["tenant", "export", "soylent-a", "soylent-b"])
        .output()
        .unwrap();
    assert_exit(&export, 0);
    let tenants = env.home.path().join("tenants.toml");
    std::fs::write(&tenants, stdout(&export)).unwrap();
    for args in [
        &["tenant", "diff", "-vv"][..],
        &["tenant", "apply", "--dry-run", "-vv"],
    ] {
        let out = env
            .cmd()
            .args(args)
            .arg("-f")
            .arg(&tenants)
            .env("SOYLENT_A_CLIENT_SECRET", CLIENT_SECRET)
            .env(
                "SOYLENT_B_CLIENT_SECRET",
                format!("{CLIENT_SECRET}-rotated"),
            )
            .arg("--trace")
            .arg(&trace)
            .output()
            .unwrap();
        // The secrets were compared: `(changed)`, neither value.
        insta::assert_snapshot!(
            format!("secrets_{}_from_exported_file", args[1]),
            steady(&env, &stdout(&out)).replace(&env.home.path().display().to_string(), "[home]")
        );
        sweep.output(&format!("{args:?}"), &out);
        sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());
    }
    let out = env
        .cmd()
        .args(["tenant", "list", "-vv"])
        .env("SSOCTL_TOKEN", format!("{ADMIN_TOKEN}-wrong"))
        .output()
        .unwrap();
    assert_exit(&out, 4);
    sweep.add(&format!("{ADMIN_TOKEN}-wrong"));
    sweep.output("a refused token", &out);

    let out = env
        .cmd_without_token()
        .args(["auth", "login", "--with-token", "-vv"])
        .write_stdin(ADMIN_TOKEN)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    sweep.output("auth login", &out);

    for (secret, code) in [
        (acme.client_secret.as_str(), 0),
        ("a-wrong-secret-Kx81mZq2", 3),
    ] {
        let out = env
            .cmd_without_token()
            .args([
                "check",
                "client",
                "--okta-domain",
                &acme.domain,
                "--client-id",
                &acme.client_id,
            ])
            .args(["--client-secret-stdin", "-vv", "--trace"])
            .arg(&trace)
            .write_stdin(secret)
            .output()
            .unwrap();
        assert_exit(&out, code);
        sweep.add(secret);
        sweep.output("check client", &out);
        sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());
    }

    for token in [okta_token.as_str(), OKTA_API_TOKEN_PLANTED] {
        for format in ["table", "json"] {
            let out = env
                .cmd()
                .args([
                    "doctor",
                    "acme-corp",
                    "stark",
                    "-vv",
                    "-o",
                    format,
                    "--trace",
                ])
                .arg(&trace)
                .env("SSOCTL_OKTA_API_TOKEN", token)
                .output()
                .unwrap();
            sweep.output("doctor", &out);
            sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());
        }
    }
    sweep.config_dir(&env.config_dir());
    assert!(
        sweep.checked > 40,
        "the sweep looked at {} outputs",
        sweep.checked
    );
}

#[test]
fn the_trace_is_a_har_file_with_redacted_authorization() {
    let env = TestEnv::new();
    let trace = env.home.path().join("t.har");
    let out = env
        .cmd()
        .args(["tenant", "show", "nosuch", "--trace"])
        .arg(&trace)
        .output()
        .unwrap();
    assert_exit(&out, 5);
    insta::assert_snapshot!(
        "secrets_trace_written",
        mask_ids(&steady(&env, &streams(&out)), "req_", "req_[id]")
            .replace(&env.home.path().display().to_string(), "[home]")
    );
    let har: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).unwrap();
    let entry = &har["log"]["entries"][0];
    assert_eq!(har["log"]["version"], "1.2");
    assert_eq!(entry["request"]["method"], "GET");
    assert_eq!(entry["response"]["status"], 404);
    let auth = entry["request"]["headers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == "authorization")
        .unwrap();
    // The scheme and the last four characters, never the token.
    assert_eq!(
        auth["value"],
        format!("Bearer …{}", &ADMIN_TOKEN[ADMIN_TOKEN.len() - 4..]),
        "{auth}"
    );
    let body: serde_json::Value =
        serde_json::from_str(entry["response"]["content"]["text"].as_str().unwrap()).unwrap();
    assert_eq!(body["error"]["code"], "sso_config_not_found", "{body}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&trace).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

/// Invitation tokens are secrets too: shown once on `tenant invite`'s
/// stdout and nowhere else — not in its -v/-vv traces or `--trace` HAR,
/// not in any output of `tenant submit` (which also carries the client
/// secret), `invitations`, `list`, `show`, `history`, `approve`, not in
/// the sandbox's request log or the config directory.
#[test]
fn invitation_tokens_leak_nowhere_but_their_one_display() {
    use ssoctl::sandbox::OktaAppPatch;
    let env = TestEnv::new();
    let control = env.sandbox.control();
    control
        .copy_okta_org("acme-corp", "sweepco", "integrator-2000009", "sweepco")
        .unwrap();
    let org = control
        .set_okta_app(
            "sweepco",
            OktaAppPatch {
                client_secret: Some(CLIENT_SECRET.into()),
                ..OktaAppPatch::default()
            },
        )
        .unwrap();
    let trace = env.home.path().join("trace.har");
    let mut sweep = Sweep::new(&[ADMIN_TOKEN, CLIENT_SECRET]);
    let mut tokens = Vec::new();
    for extra in [&["-v"][..], &["-vv"]] {
        let slug = format!("sweepco{}", tokens.len());
        let out = env
            .cmd()
            .args([
                "tenant",
                "invite",
                &slug,
                "--company-name",
                "Sweep Co",
                "-o",
                "json",
            ])
            .args(extra)
            .arg("--trace")
            .arg(&trace)
            .output()
            .unwrap();
        assert_exit(&out, 0);
        let token = json(&out)["token"].as_str().unwrap().to_string();
        sweep.add(&token);
        // Its stdout is the one place the token belongs.
        sweep.clean("tenant invite (stderr)", &stderr(&out));
        sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());
        tokens.push(token);
    }
    // The slug the org's app is set up for, invited last, redeemed below.
    let out = env
        .cmd()
        .args(["tenant", "invite", "sweepco", "--company-name", "Sweep Co"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let token = stdout(&out)
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("ssoinv_")
                .map(|t| format!("ssoinv_{t}"))
        })
        .expect("the token is shown once");
    sweep.add(&token);
    sweep.clean("tenant invite (stderr)", &stderr(&out));

    let submit = |extra: &[&str], secret: &str| {
        env.cmd_without_token()
            .args([
                "tenant",
                "submit",
                "--invite-stdin",
                "--client-secret-stdin",
                "--yes",
            ])
            .args(["--okta-domain", &org.domain, "--client-id", &org.client_id])
            .args(extra)
            .arg("--trace")
            .arg(&trace)
            .write_stdin(format!("{token}\n{secret}\n"))
            .output()
            .unwrap()
    };
    // Refused by the checks, dry run, accepted, then refused as used.
    for (extra, secret, code) in [
        (&["-vv"][..], "a-wrong-secret-for-this-app-0000", 3),
        (&["-vv", "--dry-run", "-o", "json"], CLIENT_SECRET, 0),
        (&["-vv", "-o", "json"], CLIENT_SECRET, 0),
        (&["-vv"], CLIENT_SECRET, 6),
    ] {
        let out = submit(extra, secret);
        assert_exit(&out, code);
        sweep.output(&format!("tenant submit {extra:?}"), &out);
        sweep.clean("the trace", &std::fs::read_to_string(&trace).unwrap());
    }
    for args in [
        &["tenant", "invitations", "-o", "json"][..],
        &["tenant", "invitations", "-vv"],
        &["tenant", "list", "--status", "pending", "-vv"],
        &["tenant", "show", "sweepco", "-vv", "-o", "json"],
        &["tenant", "history", "sweepco", "-vv"],
        &["tenant", "approve", "sweepco", "--yes", "-vv"],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        assert_exit(&out, 0);
        sweep.output(&format!("{args:?}"), &out);
    }
    sweep.clean(
        "the sandbox's request log",
        &serde_json::to_string(&env.sandbox.requests()).unwrap(),
    );
    sweep.config_dir(&env.config_dir());
    assert!(sweep.checked >= 20, "{} texts checked", sweep.checked);
}
