//! `doctor` against a sandbox with latency: wall time against the critical
//! path (sequential round trips × latency), `--all` against its ideal and
//! against the same requests made one after another. Run with
//! `cargo bench --bench doctor` (it builds and runs the release binary);
//! the numbers go to docs/benchmarks.md.

use std::process::Command;
use std::time::{Duration, Instant};

use ssoctl::sandbox::{Sandbox, SandboxOptions, Seed};

const TOKEN: &str = "bench-admin-token-0123456789";

fn ssoctl() -> std::path::PathBuf {
    let status = Command::new("cargo")
        .args(["build", "--release", "--quiet"])
        .status()
        .expect("cargo build");
    assert!(status.success());
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/ssoctl")
}

fn start(rt: &tokio::runtime::Runtime, latency: Duration) -> Sandbox {
    rt.block_on(Sandbox::start(
        ([127, 0, 0, 1], 0).into(),
        SandboxOptions {
            token: TOKEN.into(),
            seed: Some(Seed::Demo),
            latency,
            ..Default::default()
        },
    ))
    .expect("sandbox")
}

fn doctor(bin: &std::path::Path, sandbox: &Sandbox, args: &[&str]) -> (Duration, u64) {
    doctor_with(bin, sandbox, args, true)
}

fn doctor_with(
    bin: &std::path::Path,
    sandbox: &Sandbox,
    args: &[&str],
    okta_token: bool,
) -> (Duration, u64) {
    let config = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut cmd = Command::new("/usr/bin/time");
    cmd.arg("-f")
        .arg("%M")
        .arg(bin)
        .arg("doctor")
        .args(args)
        .env("SSOCTL_CONFIG_DIR", config.path())
        .env("SSOCTL_API_URL", sandbox.url())
        .env("SSOCTL_TOKEN", TOKEN)
        .env_remove("SSOCTL_OKTA_API_TOKEN");
    if okta_token {
        cmd.env("SSOCTL_OKTA_API_TOKEN", sandbox.control().okta_api_token());
    }
    let out = cmd.output().expect("run ssoctl (needs /usr/bin/time)");
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let peak_kb = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    (elapsed, peak_kb)
}

/// One more run with `--trace`: when each request started and ended,
/// relative to the first, from the HAR file.
fn timeline(bin: &std::path::Path, sandbox: &Sandbox, okta_token: bool) {
    let dir = tempfile::tempdir().unwrap();
    let har = dir.path().join("doctor.har");
    let har_arg = har.to_str().unwrap();
    doctor_with(
        bin,
        sandbox,
        &["acme-corp", "-o", "json", "--trace", har_arg],
        okta_token,
    );
    let Ok(text) = std::fs::read_to_string(&har) else {
        println!("  (no trace written)");
        return;
    };
    let har: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entries = har["log"]["entries"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let start =
        |e: &serde_json::Value| chrono_ms(e["startedDateTime"].as_str().unwrap_or_default());
    let first = entries.iter().map(start).fold(f64::MAX, f64::min);
    let mut rows: Vec<(f64, f64, String)> = entries
        .iter()
        .map(|e| {
            let at = start(e) - first;
            let took = e["time"].as_f64().unwrap_or(0.0);
            let url = url::Url::parse(e["request"]["url"].as_str().unwrap_or_default()).ok();
            let what = url
                .map(|u| {
                    let host = u.host_str().unwrap_or_default();
                    let host = host.split('.').next().unwrap_or_default().to_string();
                    format!(
                        "{} {}{}",
                        e["request"]["method"].as_str().unwrap_or_default(),
                        if host == "127" {
                            String::new()
                        } else {
                            format!("{host} ")
                        },
                        u.path()
                    )
                })
                .unwrap_or_default();
            (at, took, what)
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (at, took, what) in rows {
        println!("  {:>5.0} ms → {:>5.0} ms  {what}", at, at + took);
    }
}

/// Milliseconds of an RFC 3339 time stamp (`2026-12-02T03:45:01.123Z`)
/// within its day, enough for offsets within one run.
fn chrono_ms(stamp: &str) -> f64 {
    let time = stamp.split('T').nth(1).unwrap_or_default();
    let time = time.trim_end_matches('Z');
    let time = time.split(['+', '-']).next().unwrap_or_default();
    let mut parts = time.split(':');
    let h: f64 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0.0);
    let m: f64 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0.0);
    let s: f64 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0.0);
    ((h * 60.0 + m) * 60.0 + s) * 1000.0
}

fn main() {
    let bin = ssoctl();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();

    // One tenant, 200 ms per request, without and with an Okta API token.
    // The floor is 3 dependent round trips: the tenant; then the discovery
    // documents, the service's secret check (which asks Okta itself) and
    // the Management API reads; then what those name (the keys, the
    // authorize probe, each policy's rules).
    let latency = Duration::from_millis(200);
    let sandbox = start(&rt, latency);
    let critical = latency * 3;
    let mut requests = 0;
    for (label, token) in [("without", false), ("with", true)] {
        let before = sandbox.requests().len();
        let mut runs: Vec<Duration> = (0..5)
            .map(|_| doctor_with(&bin, &sandbox, &["acme-corp", "-o", "json"], token).0)
            .collect();
        runs.sort();
        let median = runs[runs.len() / 2];
        requests = (sandbox.requests().len() - before) / 5;
        timeline(&bin, &sandbox, token);
        println!(
            "doctor acme-corp {label} an Okta API token, latency 200 ms: median {:.0} ms over 5 runs; 3 round trips {} ms; ratio {:.2}; {requests} requests per run",
            median.as_secs_f64() * 1000.0,
            critical.as_millis(),
            median.as_secs_f64() / critical.as_secs_f64()
        );
    }
    if std::env::var_os("SSOCTL_BENCH_ONLY_ONE").is_some() {
        return;
    }
    drop(sandbox);

    // --all over 1,000 tenants, 50 ms per request, 16 at once. Each bulk
    // tenant has an org of its own (a copy of acme's), as real tenants do:
    // one shared org's per-minute rate-limit budget would throttle the run.
    let latency = Duration::from_millis(50);
    let sandbox = start(&rt, latency);
    let orgs: Vec<_> = (0..989)
        .map(|i| {
            let slug = format!("bulk-{i:04}");
            sandbox
                .control()
                .copy_okta_org("acme-corp", &slug, &format!("bulk-org-{i:04}"), &slug)
                .unwrap()
        })
        .collect();
    let url = sandbox.url();
    rt.block_on(async {
        let http = reqwest::Client::new();
        let mut tasks = tokio::task::JoinSet::new();
        for (i, org) in orgs.into_iter().enumerate() {
            let (http, url) = (http.clone(), url.clone());
            tasks.spawn(async move {
                let body = serde_json::json!({
                    "slug": format!("bulk-{i:04}"), "company_name": "Bulk", "okta_domain": org.domain,
                    "client_id": org.client_id, "client_secret": org.client_secret,
                });
                http.post(format!("{url}/admin/v1/tenants")).bearer_auth(TOKEN).json(&body).send().await.unwrap();
            });
            if tasks.len() >= 32 {
                tasks.join_next().await;
            }
        }
        while tasks.join_next().await.is_some() {}
    });
    let before = sandbox.requests().len();
    let (elapsed, peak_kb) = doctor(
        &bin,
        &sandbox,
        &["--all", "--concurrency", "16", "--format", "jsonl"],
    );
    // The request log keeps the latest 10,000: count from the per-tenant figure instead when it overflows.
    let logged = sandbox.requests().len().saturating_sub(before);
    let total_requests = if logged < 10_000 - before.min(10_000) {
        logged
    } else {
        requests * 1000
    };
    let ideal = latency.as_secs_f64() * total_requests as f64 / 16.0;
    let sequential = latency.as_secs_f64() * total_requests as f64;
    println!(
        "doctor --all, 1000 tenants, latency 50 ms, --concurrency 16: {:.1} s; ~{total_requests} requests; ideal {:.1} s (ratio {:.2}); the same requests one after another: {:.0} s ({:.0}x slower); peak RSS {} MB",
        elapsed.as_secs_f64(),
        ideal,
        elapsed.as_secs_f64() / ideal,
        sequential,
        sequential / elapsed.as_secs_f64(),
        peak_kb / 1024
    );
}
