//! Bad input, data-driven: every case of `tests/data/bad-inputs.toml` runs
//! the real binary in its own config directory and must end with its
//! documented exit code and a clear message, never a panic (101) and never
//! a raw parser message. Failures are collected and shown as one table.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::common::*;
use serde::Deserialize;

const CASES: &str = include_str!("../data/bad-inputs.toml");
/// The loopback redirect URI `login test --direct --paste` uses.
const MIN_CASES: usize = 150;
const WORKERS: usize = 3;

/// Wording of serde and its parsers that is not a message for people.
const RAW_PARSER_WORDING: &[&str] = &[
    "expected value at line",
    "invalid type:",
    "invalid value:",
    "EOF while parsing",
    "trailing characters at line",
    "key must be a string at line",
];

#[derive(Deserialize)]
struct Suite {
    case: Vec<Case>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    kind: String,
    args: Vec<String>,
    #[serde(default)]
    stdin: Option<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    file: Option<FileSpec>,
    /// The content of config.toml in the case's config directory.
    #[serde(default)]
    config: Option<String>,
    /// What the canned server answers to every path not in `routes`.
    #[serde(default)]
    response: Option<Canned>,
    /// Per-path answers of the canned server (path without the query).
    #[serde(default)]
    routes: BTreeMap<String, Canned>,
    /// `sandbox` (default: API URL and admin token of the shared sandbox),
    /// `canned` (API URL of the canned server, with the token) or `none`.
    #[serde(default)]
    target: Option<String>,
    /// `login test --paste`: the line pasted once the URL is printed;
    /// `{state}` is the state of that URL.
    #[serde(default)]
    paste: Option<String>,
    exit: i32,
    #[serde(default)]
    stderr_contains: Vec<String>,
    #[serde(default)]
    stdout_contains: Vec<String>,
    /// Fragments that must appear in neither stream (secrets).
    #[serde(default)]
    never_contains: Vec<String>,
    /// The case may show parser wording (documented as acceptable).
    #[serde(default)]
    allow_raw: bool,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    name: String,
    content: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Canned {
    status: u16,
    #[serde(default)]
    content_type: Option<String>,
    #[serde(default)]
    body: String,
}

/// The values placeholders stand for.
struct Vars {
    sandbox: String,
    org: String,
    acme_client_id: String,
    acme_secret: String,
    paste_port: String,
}

/// `{repeat:N:TEXT}` → TEXT N times; then the named placeholders.
fn expand(text: &str, vars: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    while let Some(start) = out.find("{repeat:") {
        let Some(len) = out[start..].find('}') else {
            break;
        };
        let inner = &out[start + "{repeat:".len()..start + len];
        let (n, what) = inner.split_once(':').expect("{repeat:N:TEXT}");
        let n: usize = n.parse().expect("{repeat:N:TEXT}");
        out = format!(
            "{}{}{}",
            &out[..start],
            what.repeat(n),
            &out[start + len + 1..]
        );
    }
    for (name, value) in vars {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A tiny HTTP/1.1 server answering fixed responses, one per connection.
fn canned_server(default: Option<Canned>, routes: BTreeMap<String, Canned>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let base = format!("http://{addr}");
    let host = addr.to_string();
    let subst = |c: &Canned| Canned {
        body: expand(&c.body, &[("canned_url", &base), ("canned", &host)]),
        ..c.clone()
    };
    let default = default.as_ref().map(subst);
    let routes: BTreeMap<String, Canned> =
        routes.iter().map(|(k, v)| (k.clone(), subst(v))).collect();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let default = default.clone();
            let routes = routes.clone();
            std::thread::spawn(move || answer(stream, default, &routes));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream, default: Option<Canned>, routes: &BTreeMap<String, Canned>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut content_length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            content_length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; content_length];
    let _ = reader.read_exact(&mut body);
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .split('?')
        .next()
        .unwrap_or("/")
        .to_string();
    let canned = routes.get(&path).cloned().or(default).unwrap_or(Canned {
        status: 404,
        content_type: Some("text/plain".into()),
        body: "not found".into(),
    });
    let mut head = format!(
        "HTTP/1.1 {} Canned\r\nConnection: close\r\nContent-Length: {}\r\n",
        canned.status,
        canned.body.len()
    );
    if let Some(ct) = &canned.content_type {
        head.push_str(&format!("Content-Type: {ct}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(canned.body.as_bytes());
    let _ = stream.flush();
}

struct Seen {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    /// The case's fragments with their placeholders filled in.
    stderr_contains: Vec<String>,
    stdout_contains: Vec<String>,
    never_contains: Vec<String>,
}

fn run_case(case: &Case, vars: &Vars) -> Seen {
    let dir = tempfile::tempdir().unwrap();
    let canned = (case.response.is_some() || !case.routes.is_empty())
        .then(|| canned_server(case.response.clone(), case.routes.clone()));
    let canned_url = canned.clone().unwrap_or_default();
    let canned_host = canned_url.trim_start_matches("http://").to_string();
    let file_path = case
        .file
        .as_ref()
        .map(|f| dir.path().join(&f.name).display().to_string())
        .unwrap_or_default();
    let dir_path = dir.path().display().to_string();
    let table: Vec<(&str, &str)> = vec![
        ("sandbox", &vars.sandbox),
        ("org", &vars.org),
        ("acme_client_id", &vars.acme_client_id),
        ("acme_secret", &vars.acme_secret),
        ("paste_port", &vars.paste_port),
        ("canned_url", &canned_url),
        ("canned", &canned_host),
        ("file", &file_path),
        ("dir", &dir_path),
    ];
    if let Some(file) = &case.file {
        std::fs::write(&file_path, expand(&file.content, &table)).unwrap();
    }
    if let Some(config) = &case.config {
        let config_dir = dir.path().join("config");
        std::fs::create_dir_all(&config_dir).unwrap();
        std::fs::write(config_dir.join("config.toml"), expand(config, &table)).unwrap();
    }
    let mut cmd = isolated_std_cmd(dir.path());
    // Nothing a case does should wait long on the network.
    cmd.env("SSOCTL_HTTP_TIMEOUT", "10s");
    match case.target.as_deref().unwrap_or("sandbox") {
        "sandbox" => {
            cmd.env("SSOCTL_API_URL", &vars.sandbox)
                .env("SSOCTL_TOKEN", ADMIN_TOKEN);
        }
        "canned" => {
            cmd.env("SSOCTL_API_URL", &canned_url)
                .env("SSOCTL_TOKEN", ADMIN_TOKEN);
        }
        "none" => {}
        other => panic!("{}: unknown target `{other}`", case.name),
    }
    for (k, v) in &case.env {
        cmd.env(k, expand(v, &table));
    }
    cmd.args(case.args.iter().map(|a| expand(a, &table)));
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout_pipe = child.stdout.take().unwrap();
    let stdout_reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let mut pipe = stdout_pipe;
        let _ = pipe.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    });
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen_err = String::new();
    if let Some(paste) = &case.paste {
        // Wait for the URL to open, take its state, paste the crafted URL.
        loop {
            let mut line = String::new();
            if stderr.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            seen_err.push_str(&line);
            let trimmed = line.trim();
            // A locator for the URL line, not an assertion.
            if trimmed.starts_with("http") && trimmed.contains("/v1/authorize?") {
                let url = url::Url::parse(trimmed).unwrap();
                let state = url
                    .query_pairs()
                    .find(|(k, _)| k == "state")
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default();
                let mut with_state = table.clone();
                with_state.push(("state", &state));
                let _ = writeln!(stdin, "{}", expand(paste, &with_state));
                break;
            }
        }
    } else if let Some(input) = &case.stdin {
        let _ = stdin.write_all(expand(input, &table).as_bytes());
    }
    drop(stdin);
    // A watchdog: no case may hang.
    let pid = child.id();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watchdog = {
        let done = done.clone();
        std::thread::spawn(move || {
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(60) {
                if done.load(Ordering::SeqCst) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
        })
    };
    let mut rest = String::new();
    let _ = stderr.read_to_string(&mut rest);
    seen_err.push_str(&rest);
    let status = child.wait().unwrap();
    done.store(true, Ordering::SeqCst);
    let _ = watchdog.join();
    let fill = |list: &[String]| list.iter().map(|f| expand(f, &table)).collect();
    Seen {
        code: status.code(),
        stdout: stdout_reader.join().unwrap(),
        stderr: seen_err,
        stderr_contains: fill(&case.stderr_contains),
        stdout_contains: fill(&case.stdout_contains),
        never_contains: fill(&case.never_contains),
    }
}

/// A failing case: its name, kind, problems and what was seen.
type Failure = (String, String, Vec<String>, Seen);

/// Every way the case's outcome differs from its expectation.
fn judge(case: &Case, seen: &Seen) -> Vec<String> {
    let mut problems = Vec::new();
    match seen.code {
        Some(101) => problems.push("exited 101 (panic)".to_string()),
        // A list of values, not output: the documented exit codes.
        Some(code) if ![0, 1, 2, 3, 4, 5, 6, 130].contains(&code) => {
            problems.push(format!("undocumented exit code {code}"))
        }
        None => problems.push("killed (timeout or signal)".to_string()),
        _ => {}
    }
    if seen.code != Some(case.exit) {
        problems.push(format!("exit {:?}, expected {}", seen.code, case.exit));
    }
    // Absence anywhere is the point: no panic message, whatever the case.
    if seen.stderr.contains("panicked") {
        problems.push("stderr says `panicked`".to_string());
    }
    if case.exit != 0 && case.stderr_contains.is_empty() && case.stdout_contains.is_empty() {
        problems.push("the case names no message fragment".to_string());
    }
    // The corpus is hundreds of crafted inputs, each naming the fragment
    // its message must carry (and what must never show); the outputs echo
    // the crafted values, ports and temporary paths, so the fragments the
    // data file names are the contract here.
    for fragment in &seen.stderr_contains {
        if !seen.stderr.contains(fragment.as_str()) {
            problems.push(format!("stderr lacks `{fragment}`"));
        }
    }
    for fragment in &seen.stdout_contains {
        if !seen.stdout.contains(fragment.as_str()) {
            problems.push(format!("stdout lacks `{fragment}`"));
        }
    }
    for fragment in &seen.never_contains {
        if seen.stderr.contains(fragment.as_str()) || seen.stdout.contains(fragment.as_str()) {
            problems.push(format!("output shows `{fragment}`"));
        }
    }
    if !case.allow_raw {
        for raw in RAW_PARSER_WORDING {
            if seen.stderr.contains(raw) || seen.stdout.contains(raw) {
                problems.push(format!("raw parser wording `{raw}`"));
            }
        }
    }
    problems
}

fn one_line(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 300 {
        format!("{}…", flat.chars().take(300).collect::<String>())
    } else {
        flat
    }
}

/// The binary with an isolated home, like `crate::common::isolated_cmd`, as a
/// std `Command` (the paste cases read stderr while it runs).
#[test]
fn every_bad_input_ends_in_a_clear_message_and_a_documented_exit_code() {
    let suite: Suite = toml::from_str(CASES).expect("tests/data/bad-inputs.toml");
    let names: std::collections::BTreeSet<&str> =
        suite.case.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), suite.case.len(), "case names are unique");

    let env = TestEnv::new();
    let paste_port = free_port();
    allow_loopback_callback(&env, paste_port);
    let acme = env.sandbox.control().okta_org("acme-corp").unwrap();
    let vars = Vars {
        sandbox: env.sandbox.url(),
        org: acme.domain.clone(),
        acme_client_id: acme.client_id.clone(),
        acme_secret: acme.client_secret.clone(),
        paste_port: paste_port.to_string(),
    };
    // Only cases matching BAD_INPUTS_FILTER, when it is set (for debugging).
    let filter = std::env::var("BAD_INPUTS_FILTER").ok();
    let cases: Vec<&Case> = suite
        .case
        .iter()
        .filter(|c| {
            filter
                .as_deref()
                // A debugging filter on case names, not an assertion.
                .is_none_or(|f| c.name.contains(f) || c.kind == f)
        })
        .collect();

    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<Failure>> = Mutex::new(Vec::new());
    let ran = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(case) = cases.get(i) else { break };
                    let seen = run_case(case, &vars);
                    ran.fetch_add(1, Ordering::SeqCst);
                    let problems = judge(case, &seen);
                    if std::env::var_os("BAD_INPUTS_SHOW").is_some() {
                        eprintln!(
                            "--- {} [{}] exit {:?}\nstdout: {}\nstderr: {}",
                            case.name, case.kind, seen.code, seen.stdout, seen.stderr
                        );
                    }
                    if !problems.is_empty() {
                        failures.lock().unwrap().push((
                            case.name.clone(),
                            case.kind.clone(),
                            problems,
                            seen,
                        ));
                    }
                }
            });
        }
    });
    let elapsed = started.elapsed();

    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for case in &cases {
        *per_kind.entry(case.kind.as_str()).or_default() += 1;
    }
    eprintln!(
        "{} bad-input cases in {:.1}s: {per_kind:?}",
        ran.load(Ordering::SeqCst),
        elapsed.as_secs_f64()
    );

    let mut failures = failures.into_inner().unwrap();
    failures.sort_by(|a, b| a.0.cmp(&b.0));
    if !failures.is_empty() {
        let mut table = format!("{} of {} cases failed:\n", failures.len(), cases.len());
        for (name, kind, problems, seen) in &failures {
            table.push_str(&format!(
                "\n{name} [{kind}]\n  problems: {}\n  exit: {:?}\n  stdout: {}\n  stderr: {}\n",
                problems.join("; "),
                seen.code,
                one_line(&seen.stdout),
                one_line(&seen.stderr)
            ));
        }
        panic!("{table}");
    }
    if filter.is_none() {
        assert!(
            cases.len() >= MIN_CASES,
            "at least {MIN_CASES} cases, found {}",
            cases.len()
        );
    }
}
