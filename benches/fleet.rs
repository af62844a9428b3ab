//! `tenant list -o json` and `tenant export --all` over a large fleet: peak
//! memory (from `/usr/bin/time`) and the time to the first byte of output,
//! against one page's round trip measured from this process. Run with
//! `cargo bench --bench fleet` (it builds and runs the release binary);
//! `SSOCTL_BENCH_FLEET=1000,100000` chooses the fleet sizes. The numbers go
//! to docs/benchmarks.md.

use std::io::Read;
use std::process::{Command, Stdio};
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

struct Run {
    first_byte: Duration,
    total: Duration,
    bytes: usize,
    peak_kb: u64,
}

/// Runs `ssoctl ARGS` under `/usr/bin/time -f %M`, reading its stdout as it
/// comes: when the first byte arrived, how much came, the peak RSS.
fn run(bin: &std::path::Path, sandbox: &Sandbox, args: &[&str]) -> Run {
    let config = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut child = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg(bin)
        .args(args)
        .env("SSOCTL_CONFIG_DIR", config.path())
        .env("SSOCTL_API_URL", sandbox.url())
        .env("SSOCTL_TOKEN", TOKEN)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run ssoctl (needs /usr/bin/time)");
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = vec![0u8; 64 * 1024];
    let mut first_byte = None;
    let mut bytes = 0;
    loop {
        let n = stdout.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        first_byte.get_or_insert_with(|| started.elapsed());
        bytes += n;
    }
    let out = child.wait_with_output().unwrap();
    let total = started.elapsed();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let peak_kb = String::from_utf8_lossy(&out.stderr)
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    Run {
        first_byte: first_byte.unwrap_or(total),
        total,
        bytes,
        peak_kb,
    }
}

/// The median of 20 `GET /admin/v1/tenants?limit=100` from this process,
/// on a connection already open: one page's round trip.
fn page_round_trip(rt: &tokio::runtime::Runtime, sandbox: &Sandbox) -> Duration {
    rt.block_on(async {
        let http = reqwest::Client::new();
        let url = format!("{}/admin/v1/tenants?limit=100", sandbox.url());
        let mut times = Vec::new();
        for i in 0..21 {
            let started = Instant::now();
            let r = http.get(&url).bearer_auth(TOKEN).send().await.unwrap();
            assert!(r.status().is_success());
            r.bytes().await.unwrap();
            if i > 0 {
                times.push(started.elapsed());
            }
        }
        times.sort();
        times[times.len() / 2]
    })
}

fn main() {
    let sizes: Vec<usize> = std::env::var("SSOCTL_BENCH_FLEET")
        .unwrap_or_else(|_| "1000,100000".into())
        .split(',')
        .map(|s| {
            s.trim()
                .parse()
                .expect("SSOCTL_BENCH_FLEET: sizes like 1000,100000")
        })
        .collect();
    let bin = ssoctl();
    let rt = tokio::runtime::Runtime::new().unwrap();
    println!("| tenants | command | first byte | page round trip | total | output | peak RSS |");
    println!("|---:|---|---:|---:|---:|---:|---:|");
    for size in sizes {
        let sandbox = rt
            .block_on(Sandbox::start(
                ([127, 0, 0, 1], 0).into(),
                SandboxOptions {
                    token: TOKEN.into(),
                    seed: Some(Seed::Demo),
                    ..Default::default()
                },
            ))
            .expect("sandbox");
        sandbox.control().copy_tenant("acme-corp", size).unwrap();
        let page = page_round_trip(&rt, &sandbox);
        // One page fetched by a fresh process: start-up, the token, a new
        // connection and one page, the fair yardstick for a first row.
        let one_page = run(
            &bin,
            &sandbox,
            &["api", "GET", "/admin/v1/tenants?limit=100"],
        );
        println!(
            "| {size} (+ the demo's) | `ssoctl api GET /admin/v1/tenants?limit=100` (one page) | {:.1} ms | {:.1} ms | {:.2} s | {:.1} MB | {:.1} MB |",
            one_page.first_byte.as_secs_f64() * 1e3,
            page.as_secs_f64() * 1e3,
            one_page.total.as_secs_f64(),
            one_page.bytes as f64 / 1e6,
            one_page.peak_kb as f64 / 1024.0,
        );
        for args in [
            &["tenant", "list", "-o", "json"][..],
            &["tenant", "export", "--all"][..],
        ] {
            let r = run(&bin, &sandbox, args);
            println!(
                "| {size} (+ the demo's) | `ssoctl {}` | {:.1} ms | {:.1} ms | {:.2} s | {:.1} MB | {:.1} MB |",
                args.join(" "),
                r.first_byte.as_secs_f64() * 1e3,
                page.as_secs_f64() * 1e3,
                r.total.as_secs_f64(),
                r.bytes as f64 / 1e6,
                r.peak_kb as f64 / 1024.0,
            );
        }
        rt.block_on(sandbox.shutdown());
    }
}
