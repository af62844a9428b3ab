//! Servers that attack the client (issue 12): terminal escapes in what they
//! say, the client's own secrets echoed back, plain-http endpoints in a
//! discovery document, `Location`s carrying codes and tokens, huge bodies;
//! and a proxy that records whatever reaches it. Each server here is a few
//! lines of HTTP/1.1 on 127.0.0.1 port 0, written for these tests, so it can
//! answer what no well-behaved emulator would.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use crate::common::*;

/// What the hostile server was asked.
#[derive(Debug, Clone)]
pub struct Asked {
    pub method: String,
    /// Path and query.
    pub target: String,
    /// The whole request as text: line, headers and body.
    pub raw: String,
}

pub struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Answer {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }

    pub fn text(status: u16, body: &str) -> Self {
        Answer {
            status,
            headers: vec![("content-type".into(), "text/plain".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler = dyn Fn(&Asked) -> Answer + Send + Sync;

/// A server on 127.0.0.1 port 0 answering every request with `handler`
/// and recording it; it lives as long as the test.
pub struct Hostile {
    pub addr: SocketAddr,
    asked: Arc<Mutex<Vec<Asked>>>,
}

impl Hostile {
    pub fn start(handler: impl Fn(&Asked) -> Answer + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let asked = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let log = asked.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (handler, log) = (handler.clone(), log.clone());
                std::thread::spawn(move || serve(stream, &*handler, &log));
            }
        });
        Hostile { addr, asked }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn asked(&self) -> Vec<Asked> {
        self.asked.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, handler: &Handler, log: &Mutex<Vec<Asked>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    loop {
        let mut raw = String::new();
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        raw.push_str(&line);
        let mut words = line.split_whitespace();
        let method = words.next().unwrap_or_default().to_string();
        let target = words.next().unwrap_or_default().to_string();
        let mut length = 0;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            raw.push_str(&header);
            if header == "\r\n" {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        raw.push_str(&String::from_utf8_lossy(&body));
        let asked = Asked {
            method,
            target,
            raw,
        };
        log.lock().unwrap().push(asked.clone());
        let answer = handler(&asked);
        let mut head = format!(
            "HTTP/1.1 {} X\r\ncontent-length: {}\r\n",
            answer.status,
            answer.body.len()
        );
        for (name, value) in &answer.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        if writer.write_all(head.as_bytes()).is_err() || writer.write_all(&answer.body).is_err() {
            return;
        }
    }
}

/// The company name of the review: it retitles the window, clears the
/// screen and prints a fake verdict in green, and a C1 CSI and a bidi
/// override for good measure.
const ESCAPES: &str = "Hooli\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{1b}[H\u{1b}[32mALL TENANTS HEALTHY\u{1b}[0m\u{9b}2J\u{202e}";

/// Nothing a terminal would act on: no ESC, BEL, C1 control or bidi override.
#[track_caller]
fn inert(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{9b}' | '\u{202e}'))
        .collect();
    assert!(bad.is_empty(), "{what} has raw {bad:?}:\n{text:?}");
}

/// The response bodies a HAR recorded, in order.
fn har_bodies(har: &str) -> Vec<String> {
    let har: serde_json::Value = serde_json::from_str(har).unwrap();
    har["log"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| {
            e["response"]["content"]["text"]
                .as_str()
                .map(str::to_string)
        })
        .collect()
}

/// The values of the response header `name` a HAR recorded, in order.
fn har_response_headers(har: &str, name: &str) -> Vec<String> {
    let har: serde_json::Value = serde_json::from_str(har).unwrap();
    har["log"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| {
            e["response"]["headers"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter(|h| {
            h["name"]
                .as_str()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
        .filter_map(|h| h["value"].as_str().map(str::to_string))
        .collect()
}

fn tenant(company_name: &str) -> serde_json::Value {
    serde_json::json!({
        "slug": "hooli",
        "company_name": company_name,
        "okta_domain": "integrator-1.okta.com",
        "client_id": "0oa1hooli",
        "client_secret_last4": "ab12",
        "status": "active",
        "redirect_uri": "https://auth.biometrysolutions.com/okta-login/hooli",
        "version": 1,
    })
}

fn admin_cmd(home: &std::path::Path, server: &Hostile) -> assert_cmd::Command {
    let mut cmd = isolated_cmd(home);
    cmd.env("SSOCTL_API_URL", server.url())
        .env("SSOCTL_TOKEN", ADMIN_TOKEN);
    cmd
}

#[test]
fn terminal_escapes_from_the_service_are_shown_not_obeyed() {
    let server = Hostile::start(|asked| match asked.target.as_str() {
        "/admin/v1/tenants/hooli" => Answer::json(200, tenant(ESCAPES)),
        // Routing the request, not an output check.
        t if t.starts_with("/admin/v1/tenants?") || t == "/admin/v1/tenants" => {
            Answer::json(200, serde_json::json!({"tenants": [tenant(ESCAPES)]}))
        }
        "/admin/v1/raw" => Answer::text(200, ESCAPES),
        "/admin/v1/tenants/broken" => Answer::json(
            500,
            serde_json::json!({"error": {"code": "internal", "message": ESCAPES}}),
        ),
        _ => Answer::json(
            404,
            serde_json::json!({"error": {"code": "sso_config_not_found", "message": ESCAPES}}),
        ),
    });
    let home = tempfile::tempdir().unwrap();
    let shown = "Hooli␛]0;PWNED␇␛[2J␛[H␛[32mALL TENANTS HEALTHY␛[0m";
    for (name, args, tty) in [
        (
            "hostile_escapes_tenant_show_terminal",
            &["tenant", "show", "hooli"][..],
            true,
        ),
        (
            "hostile_escapes_tenant_show_piped",
            &["tenant", "show", "hooli"][..],
            false,
        ),
        (
            "hostile_escapes_tenant_list_terminal",
            &["tenant", "list"][..],
            true,
        ),
        (
            "hostile_escapes_tenant_list_piped",
            &["tenant", "list"][..],
            false,
        ),
        (
            "hostile_escapes_api_raw_terminal",
            &["api", "GET", "/admin/v1/raw"][..],
            true,
        ),
        (
            "hostile_escapes_api_json_piped",
            &["api", "GET", "/admin/v1/tenants/hooli"][..],
            false,
        ),
    ] {
        let mut cmd = admin_cmd(home.path(), &server);
        if tty {
            cmd.env("SSOCTL_FORCE_TTY", "1");
        }
        let out = cmd.args(args).output().unwrap();
        assert_exit(&out, 0);
        inert(&format!("{args:?} stdout"), &stdout(&out));
        // The whole output: the api body is JSON (escaped) or raw text
        // (marked), the rest shows the name with visible escapes.
        insta::assert_snapshot!(name, stdout(&out));
    }
    // An error message from the service, on stderr.
    let out = admin_cmd(home.path(), &server)
        .args(["tenant", "show", "broken", "-vv"])
        .output()
        .unwrap();
    assert_exit(&out, 1);
    inert("the error and the -vv trace", &stderr(&out));
    // The -vv trace around it names the server's random port: the error line.
    assert!(
        has_line(
            &stderr(&out),
            &format!(
                "error: the service failed: {shown}\\u{{9b}}2J\\u{{202e}} (GET /admin/v1/tenants/broken)"
            )
        ),
        "{}",
        stderr(&out)
    );
    // JSON keeps the exact value.
    let out = admin_cmd(home.path(), &server)
        .args(["tenant", "show", "hooli", "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    inert("JSON", &stdout(&out));
    assert_eq!(json(&out)["company_name"], ESCAPES);
}

#[test]
fn an_admin_token_echoed_by_the_service_leaks_nowhere() {
    let server = Hostile::start(|_| {
        Answer::json(
            401,
            serde_json::json!({"message": format!("token Bearer {ADMIN_TOKEN} rejected")}),
        )
        .header("x-echo", &format!("Bearer {ADMIN_TOKEN}"))
    });
    let home = tempfile::tempdir().unwrap();
    let trace = home.path().join("trace.har");
    for format in ["table", "json"] {
        let out = admin_cmd(home.path(), &server)
            .args(["tenant", "list", "-vv", "-o", format, "--trace"])
            .arg(&trace)
            .output()
            .unwrap();
        assert_exit(&out, 4);
        for (what, text) in [
            ("stdout", stdout(&out)),
            ("stderr", stderr(&out)),
            ("the HAR", std::fs::read_to_string(&trace).unwrap()),
        ] {
            // A leak check: absence anywhere is the point.
            assert!(
                !text.contains(ADMIN_TOKEN),
                "the token leaked in {what}:\n{text}"
            );
        }
        // The token really went to this server (one header line of the
        // raw request: the others are reqwest's), and the echo was
        // scrubbed: the message is there, the token is not.
        assert!(
            server.asked()[0]
                .raw
                .lines()
                .any(|l| l.eq_ignore_ascii_case(&format!("authorization: Bearer {ADMIN_TOKEN}"))),
            "{}",
            server.asked()[0].raw
        );
        // The message, wherever the -vv trace (random port) puts it.
        assert!(
            stderr(&out).contains("token Bearer …4f60 rejected"),
            "{}",
            stderr(&out)
        );
    }
}

/// An Okta org on loopback whose discovery names `token` as the token
/// endpoint, and whose token endpoint (when it is its own) answers `token`.
fn okta_org(
    token_endpoint: impl Fn(&str) -> String + Send + Sync + 'static,
    token: impl Fn(&Asked) -> Answer + Send + Sync + 'static,
) -> Hostile {
    let base = Arc::new(Mutex::new(String::new()));
    let b = base.clone();
    let server = Hostile::start(move |asked| {
        let base = b.lock().unwrap().clone();
        let path = asked.target.split('?').next().unwrap_or_default();
        // Routing the request (here and below), not output checks.
        if path.ends_with("/.well-known/openid-configuration")
            || path.ends_with("/.well-known/oauth-authorization-server")
        {
            let issuer = match path.split_once("/.well-known/") {
                Some((prefix, _)) if !prefix.is_empty() => format!("{base}{prefix}"),
                _ => base.clone(),
            };
            return Answer::json(
                200,
                serde_json::json!({
                    "issuer": issuer,
                    "authorization_endpoint": format!("{issuer}/v1/authorize"),
                    "token_endpoint": token_endpoint(&issuer),
                    "jwks_uri": format!("{issuer}/v1/keys"),
                    "response_types_supported": ["code"],
                    "grant_types_supported": ["authorization_code"],
                    "code_challenge_methods_supported": ["S256"],
                    "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                }),
            );
        }
        if path.ends_with("/v1/token") {
            return token(asked);
        }
        if path.ends_with("/v1/keys") {
            return Answer::json(200, serde_json::json!({"keys": []}));
        }
        Answer::json(
            404,
            serde_json::json!({"errorCode": "E0000007", "errorSummary": "Not found"}),
        )
    });
    *base.lock().unwrap() = server.url();
    server
}

fn check_client(
    home: &std::path::Path,
    org: &Hostile,
    secret: &str,
    trace: &std::path::Path,
) -> std::process::Output {
    isolated_cmd(home)
        .args([
            "check",
            "client",
            "--okta-domain",
            &org.addr.to_string(),
            "--client-id",
            "0oa1hostile",
        ])
        .args(["--client-secret-stdin", "-vv", "--trace"])
        .arg(trace)
        .write_stdin(secret)
        .output()
        .unwrap()
}

#[test]
fn a_client_secret_echoed_by_the_token_endpoint_leaks_nowhere() {
    let org = okta_org(
        |issuer| format!("{issuer}/v1/token"),
        |_| {
            Answer::json(
                400,
                serde_json::json!({"error": "invalid_request", "error_description": format!("secret={CLIENT_SECRET}")}),
            )
        },
    );
    let home = tempfile::tempdir().unwrap();
    let trace = home.path().join("trace.har");
    let out = check_client(home.path(), &org, CLIENT_SECRET, &trace);
    assert!(
        org.asked()
            .iter()
            .any(|a| a.method == "POST" && a.target == "/oauth2/default/v1/token"),
        "the token endpoint was never probed:\n{}",
        stderr(&out)
    );
    for (what, text) in [
        ("stdout", stdout(&out)),
        ("stderr", stderr(&out)),
        ("the HAR", std::fs::read_to_string(&trace).unwrap()),
    ] {
        // A leak check: absence anywhere is the point.
        assert!(
            !text.contains(CLIENT_SECRET),
            "the secret leaked in {what}:\n{text}"
        );
    }
    let har = std::fs::read_to_string(&trace).unwrap();
    let echoed = har_bodies(&har)
        .into_iter()
        .filter_map(|body| serde_json::from_str::<serde_json::Value>(&body).ok())
        .find(|body| body["error"] == "invalid_request")
        .unwrap_or_else(|| panic!("the echo is not in the HAR:\n{har}"));
    assert_eq!(
        echoed,
        serde_json::json!({"error": "invalid_request", "error_description": "secret=…7Un9"}),
        "the echo is in the HAR, scrubbed"
    );
}

#[test]
fn a_discovery_document_pointing_elsewhere_never_gets_the_secret() {
    // Another loopback port (anyone on the machine can listen there), and
    // plain http: the recorder must see nothing.
    let recorder =
        Hostile::start(|_| Answer::json(400, serde_json::json!({"error": "invalid_grant"})));
    let elsewhere = format!("{}/v1/token", recorder.url());
    let org = okta_org(
        move |_| elsewhere.clone(),
        |_| Answer::json(400, serde_json::json!({"error": "invalid_grant"})),
    );
    let home = tempfile::tempdir().unwrap();
    let out = check_client(home.path(), &org, CLIENT_SECRET, &home.path().join("t.har"));
    assert_ne!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        recorder.asked().is_empty(),
        "the foreign token endpoint was sent {:#?}",
        recorder.asked()
    );
    // The report (stdout) whole, and the error lines of stderr: the -vv
    // trace around them has timings and the order of parallel requests.
    let errors: String = stderr(&out)
        .lines()
        .filter(|l| l.starts_with("error: ") || l.starts_with("hint: "))
        .map(|l| format!("{l}\n"))
        .collect();
    let report = format!("{}--- stderr (errors)\n{errors}", stdout(&out));
    insta::assert_snapshot!(
        "hostile_discovery_points_elsewhere",
        replace_port(
            &replace_port(
                &format!("exit: {:?}\n{report}", out.status.code()),
                org.addr.port(),
                "[org-port]"
            ),
            recorder.addr.port(),
            "[recorder-port]"
        )
    );
}

#[test]
fn locations_and_fragments_with_codes_are_redacted_in_traces() {
    const CODE: &str = "planted-authorization-code-Qm4Np8";
    const TOKEN: &str = "planted-access-token-Rt5Vw9Yz2";
    // The Location as traced: the code and the token cut to their tails.
    const REDACTED_LOCATION: &str = "http://127.0.0.1:9/callback?code=%E2%80%A64Np8&state=s1#access_token=%E2%80%A69Yz2&token_type=Bearer";
    let server = Hostile::start(|_| {
        Answer::text(302, "").header(
            "location",
            &format!("http://127.0.0.1:9/callback?code={CODE}&state=s1#access_token={TOKEN}&token_type=Bearer"),
        )
    });
    let home = tempfile::tempdir().unwrap();
    let trace = home.path().join("trace.har");
    let out = admin_cmd(home.path(), &server)
        .args(["api", "GET", "/admin/v1/elsewhere", "-vv", "--trace"])
        .arg(&trace)
        .output()
        .unwrap();
    let har = std::fs::read_to_string(&trace).unwrap();
    assert_eq!(
        har_response_headers(&har, "location"),
        [REDACTED_LOCATION],
        "{har}"
    );
    for (what, text) in [
        ("stderr", stderr(&out)),
        ("stdout", stdout(&out)),
        ("the HAR", har),
    ] {
        for secret in [CODE, TOKEN] {
            // A leak check: absence anywhere is the point.
            assert!(!text.contains(secret), "{secret} leaked in {what}:\n{text}");
        }
    }
    // The -vv trace's response header line (the rest of the trace names
    // the server's random port).
    assert!(
        stderr(&out)
            .lines()
            .any(|l| l == format!("TRACE ← location: {REDACTED_LOCATION}")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_huge_body_is_refused_not_read_into_memory() {
    let server = Hostile::start(|_| {
        Answer::json(
            200,
            serde_json::json!({"tenants": [], "pad": "x".repeat(9 * 1024 * 1024)}),
        )
    });
    let home = tempfile::tempdir().unwrap();
    let out = admin_cmd(home.path(), &server)
        .args(["tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 1);
    insta::assert_snapshot!(
        "hostile_huge_body",
        replace_port(&stderr(&out), server.addr.port(), "[port]")
    );
}

#[test]
fn loopback_traffic_never_goes_through_a_proxy() {
    let proxy = Hostile::start(|_| Answer::text(502, "proxy"));
    let env = TestEnv::new();
    let proxy_url = proxy.url();
    let mut cmd = env.cmd();
    for var in [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env(var, &proxy_url);
    }
    let out = cmd.args(["tenant", "list"]).output().unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "hostile_tenant_list_past_the_proxy",
        steady(&env, &stdout(&out))
    );
    assert!(
        proxy.asked().is_empty(),
        "the proxy was sent {:#?}",
        proxy.asked()
    );
    // The same for a `*.localhost` Okta org of the sandbox (Basic auth with
    // the secret, codes, verifiers).
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    assert_eq!(
        acme.domain,
        format!("integrator-1000001.localhost:{}", env.sandbox.addr().port())
    );
    let mut cmd = env.cmd_without_token();
    for var in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] {
        cmd.env(var, &proxy_url);
    }
    let out = cmd
        .args([
            "check",
            "client",
            "--okta-domain",
            &acme.domain,
            "--client-id",
            &acme.client_id,
        ])
        .arg("--client-secret-stdin")
        .write_stdin(acme.client_secret.as_str())
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(
        proxy.asked().is_empty(),
        "the proxy was sent {:#?}",
        proxy.asked()
    );
}

#[cfg(unix)]
#[test]
fn a_trace_is_not_written_through_another_users_symlink() {
    use std::os::unix::fs::MetadataExt;
    let server = Hostile::start(|_| Answer::json(200, serde_json::json!({"tenants": []})));
    let home = tempfile::tempdir().unwrap();
    let victim = home.path().join("victim");
    std::fs::write(&victim, "untouched").unwrap();
    let link = home.path().join("trace.har");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    // CI runs as root: the link can be planted as another user. Otherwise
    // it is this user's own, which is deliberate and followed.
    let planted = std::os::unix::fs::lchown(&link, Some(65534), Some(65534)).is_ok();
    let out = admin_cmd(home.path(), &server)
        .args(["tenant", "list", "--trace"])
        .arg(&link)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    if planted {
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
        insta::assert_snapshot!(
            "hostile_trace_through_foreign_symlink",
            stderr(&out).replace(&home.path().display().to_string(), "[home]")
        );
        assert_eq!(std::fs::symlink_metadata(&link).unwrap().uid(), 65534);
    } else {
        let har: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&victim).unwrap()).unwrap();
        assert!(har["log"]["entries"].is_array(), "{har}");
    }
}
