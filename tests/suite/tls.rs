//! TLS, custom CAs and proxies, against the sandbox serving HTTPS with a CA
//! it generated: an untrusted certificate is refused with the way out
//! named; the CA given by flag, environment, profile or `SSL_CERT_FILE` is
//! trusted; `HTTPS_PROXY` is used (a CONNECT proxy in this file counts the
//! tunnels) unless `NO_PROXY` names the host.

use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::common::*;
use ssoctl::sandbox::SandboxOptions;

struct TlsEnv {
    env: TestEnv,
    ca: PathBuf,
}

fn tls_env() -> TlsEnv {
    let env = TestEnv::with_options(SandboxOptions {
        token: ADMIN_TOKEN.to_string(),
        seed: Some(ssoctl::sandbox::Seed::Demo),
        tls: true,
        ..SandboxOptions::default()
    });
    assert_eq!(
        env.sandbox.url(),
        format!("https://127.0.0.1:{}", env.sandbox.addr().port())
    );
    let ca = env.home.path().join("sandbox-ca.pem");
    std::fs::write(&ca, env.sandbox.ca_pem().expect("a CA with tls")).unwrap();
    TlsEnv { env, ca }
}

fn lists_acme(out: &std::process::Output) {
    assert_exit(out, 0);
    assert!(
        json(out)
            .as_array()
            .is_some_and(|a| a.iter().any(|t| t["slug"] == "acme-corp")),
        "{}",
        stdout(out)
    );
}

#[test]
fn an_untrusted_certificate_is_refused_and_the_fix_named() {
    let t = tls_env();
    let out = t.env.cmd().args(["tenant", "list"]).output().unwrap();
    assert_exit(&out, 1);
    // Whole: the TLS handshake, what does not trust what, `--ca-cert FILE`,
    // and no panic.
    insta::assert_snapshot!("tls_untrusted_certificate", transcript(&t.env, &out));
}

#[test]
fn the_ca_is_trusted_from_the_flag_the_environment_the_profile_and_ssl_cert_file() {
    let t = tls_env();
    let list = ["tenant", "list", "-o", "json"];

    lists_acme(
        &t.env
            .cmd()
            .arg("--ca-cert")
            .arg(&t.ca)
            .args(list)
            .output()
            .unwrap(),
    );
    lists_acme(
        &t.env
            .cmd()
            .env("SSOCTL_CA_CERT", &t.ca)
            .args(list)
            .output()
            .unwrap(),
    );
    // rustls-native-certs reads SSL_CERT_FILE in place of the system store.
    lists_acme(
        &t.env
            .cmd()
            .env("SSL_CERT_FILE", &t.ca)
            .args(list)
            .output()
            .unwrap(),
    );

    let out = t
        .env
        .cmd()
        .args(["profile", "set", "ca_cert"])
        .arg(&t.ca)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    lists_acme(&t.env.cmd().args(list).output().unwrap());
}

#[test]
fn a_ca_for_another_server_does_not_help() {
    let t = tls_env();
    let other = tls_env();
    let out = t
        .env
        .cmd()
        .arg("--ca-cert")
        .arg(&other.ca)
        .args(["tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 1);
    insta::assert_snapshot!("tls_ca_for_another_server", transcript(&t.env, &out));
}

/// A CONNECT proxy on 127.0.0.1 that records each request line and tunnels.
struct Proxy {
    port: u16,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                std::thread::spawn(move || tunnel(client, &log));
            }
        });
        Proxy { port, seen }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

fn tunnel(client: TcpStream, log: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(client.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => return,
            Ok(_) if header == "\r\n" => break,
            Ok(_) => {}
        }
    }
    log.lock().unwrap().push(request_line.trim().to_string());
    let mut client = client;
    let target = match request_line.split_whitespace().collect::<Vec<_>>()[..] {
        ["CONNECT", authority, _] => authority.to_string(),
        _ => {
            let _ =
                client.write_all(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n");
            return;
        }
    };
    // `sandbox.ssoctl.test` (in the sandbox's certificate, never in DNS) is
    // the sandbox on loopback, reached through this proxy.
    let target = target.replace("sandbox.ssoctl.test:", "127.0.0.1:");
    let Ok(upstream) = TcpStream::connect(&target) else {
        let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
        return;
    };
    client
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .unwrap();
    // Bytes the reader buffered past the head belong to the tunnel.
    let buffered = reader.buffer().to_vec();
    let mut up_writer = upstream.try_clone().unwrap();
    up_writer.write_all(&buffered).unwrap();
    let mut up_reader = upstream;
    let mut client_writer = client.try_clone().unwrap();
    let back = std::thread::spawn(move || {
        let _ = std::io::copy(&mut up_reader, &mut client_writer);
        let _ = client_writer.shutdown(Shutdown::Write);
    });
    let mut client_reader = reader.into_inner();
    let _ = std::io::copy(&mut client_reader, &mut up_writer);
    let _ = up_writer.shutdown(Shutdown::Write);
    let _ = back.join();
}

/// Loopback never goes through a proxy (issue 12), so the sandbox is
/// reached by a name that is not loopback, `sandbox.ssoctl.test`, which
/// only the test proxy knows how to reach.
#[test]
fn https_proxy_is_used_unless_no_proxy_names_the_host() {
    let t = tls_env();
    let proxy = Proxy::start();
    let authority = t
        .env
        .sandbox
        .url()
        .replacen("https://127.0.0.1:", "sandbox.ssoctl.test:", 1);
    let api_url = format!("https://{authority}");
    let list = ["tenant", "list", "-o", "json"];

    for var in ["HTTPS_PROXY", "https_proxy"] {
        let before = proxy.requests().len();
        let out = t
            .env
            .cmd()
            .env("SSOCTL_API_URL", &api_url)
            .env(var, proxy.url())
            .arg("--ca-cert")
            .arg(&t.ca)
            .args(list)
            .output()
            .unwrap();
        lists_acme(&out);
        let after = proxy.requests();
        assert!(after.len() > before, "{var}: the proxy saw nothing");
        assert!(
            after[before..]
                .iter()
                .all(|line| line == &format!("CONNECT {authority} HTTP/1.1")),
            "{after:?}"
        );
    }

    // NO_PROXY: straight to a name no DNS knows, so it fails, unproxied.
    let before = proxy.requests().len();
    let out = t
        .env
        .cmd()
        .env("SSOCTL_API_URL", &api_url)
        .env("HTTPS_PROXY", proxy.url())
        .env("NO_PROXY", "ssoctl.test")
        .env("SSOCTL_HTTP_TIMEOUT", "5s")
        .arg("--ca-cert")
        .arg(&t.ca)
        .args(list)
        .output()
        .unwrap();
    assert_exit(&out, 1);
    assert_eq!(proxy.requests().len(), before, "NO_PROXY was ignored");

    // Loopback itself goes direct, whatever the proxy settings.
    let out = t
        .env
        .cmd()
        .env("HTTPS_PROXY", proxy.url())
        .env("ALL_PROXY", proxy.url())
        .arg("--ca-cert")
        .arg(&t.ca)
        .args(list)
        .output()
        .unwrap();
    lists_acme(&out);
    assert_eq!(
        proxy.requests().len(),
        before,
        "loopback went through the proxy"
    );

    // A proxy that is down is an error, not a silent direct connection.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let out = t
        .env
        .cmd()
        .env("SSOCTL_API_URL", &api_url)
        .env("HTTPS_PROXY", dead)
        .env("SSOCTL_HTTP_TIMEOUT", "5s")
        .arg("--ca-cert")
        .arg(&t.ca)
        .args(["tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 1);
}

#[test]
fn there_is_no_switch_that_turns_verification_off() {
    let t = tls_env();
    for flag in [
        "--insecure",
        "-k",
        "--no-verify",
        "--danger-accept-invalid-certs",
    ] {
        let out = t.env.cmd().args([flag, "tenant", "list"]).output().unwrap();
        assert_exit(&out, 2);
    }
    let out = t
        .env
        .cmd()
        .args(["profile", "set", "insecure", "true"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
}

/// The binary pointed at a `sandbox serve` process with the admin token.
fn served_cmd(home: &std::path::Path, url: &str) -> assert_cmd::Command {
    let mut cmd = isolated_cmd(home);
    cmd.env("SSOCTL_API_URL", url)
        .env("SSOCTL_TOKEN", ADMIN_TOKEN);
    cmd
}

#[test]
fn sandbox_serve_tls_writes_its_ca_and_answers_plain_http_too() {
    let home = tempfile::tempdir().unwrap();
    let ca = home.path().join("ca.pem");
    let served = serve_sandbox(
        home.path(),
        &["--tls".as_ref(), "--ca-out".as_ref(), ca.as_os_str()],
    );
    let url = url::Url::parse(&served.url).unwrap();
    assert_eq!(
        (url.scheme(), url.host_str(), url.path()),
        ("https", Some("127.0.0.1"), "/"),
        "{}",
        served.url
    );
    assert!(url.port().is_some(), "{}", served.url);
    let pem = std::fs::read_to_string(&ca).unwrap();
    // A certificate generated for this run: its armour is what is steady.
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"), "{pem}");
    assert!(
        pem.trim_end().ends_with("-----END CERTIFICATE-----"),
        "{pem}"
    );
    // A leak check: the key never leaves the sandbox.
    assert!(!pem.contains("PRIVATE KEY"));

    let out = served_cmd(home.path(), &served.url)
        .arg("--ca-cert")
        .arg(&ca)
        .args(["tenant", "list", "-o", "json"])
        .output()
        .unwrap();
    lists_acme(&out);

    // The emulated orgs stay on http (loopback Okta domains are reached over
    // http), so doctor runs end to end on a TLS sandbox.
    let out = served_cmd(home.path(), &served.url)
        .env("SSOCTL_OKTA_API_TOKEN", "sandbox-okta-api-token")
        .arg("--ca-cert")
        .arg(&ca)
        .args(["doctor", "acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 0);

    // Plain HTTP on the same port.
    let plain = served.url.replacen("https://", "http://", 1);
    let out = served_cmd(home.path(), &plain)
        .args(["tenant", "show", "acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
}

#[test]
fn sandbox_serve_fault_answers_every_request_with_it() {
    let home = tempfile::tempdir().unwrap();
    let served = serve_sandbox(home.path(), &["--fault".as_ref(), "status500".as_ref()]);
    let out = served_cmd(home.path(), &served.url)
        .args(["tenant", "show", "acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 1);
    let port = url::Url::parse(&served.url).unwrap().port().unwrap();
    insta::assert_snapshot!(
        "tls_serve_fault_status500",
        steady_request_id(&replace_port(&stderr(&out), port, "[port]"))
    );

    let out = isolated_cmd(home.path())
        .args(["sandbox", "serve", "--fault", "status504:30%"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!("tls_serve_fault_with_a_percentage", stderr(&out));

    let out = isolated_cmd(home.path())
        .args([
            "sandbox",
            "serve",
            "--fault",
            "status500:70%",
            "--fault",
            "status502:0.4",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!("tls_serve_faults_over_100_percent", stderr(&out));
}

/// The text with each request id (`req_` and 24 hex digits, random) as a placeholder.
fn steady_request_id(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("req_") {
        let id = rest[at + 4..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .count();
        out.push_str(&rest[..at]);
        out.push_str(if id == 24 { "req_[id]" } else { "req_" });
        rest = &rest[at + 4 + if id == 24 { id } else { 0 }..];
    }
    out.push_str(rest);
    out
}
