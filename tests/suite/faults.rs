//! The fault matrix: for each command family, each injected fault ends in
//! success after retries or in a clean error with its documented exit code
//! and the request id, within the configured timeout; never a panic, a hang
//! or a raw parser message.

use crate::common::*;
use ssoctl::sandbox::{Fault, FaultKind, RandomFault, SandboxOptions, Seed};

/// A command of each family and the path its first request hits.
const FAMILIES: &[(&str, &[&str], &str)] = &[
    (
        "tenant",
        &["tenant", "show", "acme-corp"],
        "/admin/v1/tenants/acme-corp",
    ),
    (
        "provisioning",
        &["provisioning", "status", "globex"],
        "/admin/v1/tenants/globex/provisioning",
    ),
    ("cors", &["cors", "list"], "/admin/v1/cors/origins"),
    (
        "api",
        &["api", "GET", "/admin/v1/tenants/acme-corp"],
        "/admin/v1/tenants/acme-corp",
    ),
    (
        "doctor",
        &["doctor", "acme-corp"],
        "/admin/v1/tenants/acme-corp",
    ),
    // `{org}` is the acme org's host; the fault sits in front of Okta.
    (
        "check",
        &["check", "domain", "{org}"],
        "/oauth2/default/.well-known/openid-configuration",
    ),
    // With standard input closed, success is reaching the paste prompt.
    (
        "login",
        &["login", "test", "acme-corp", "--paste"],
        "/okta-login/acme-corp/start",
    ),
];

/// How `check` and `login test` meet a fault: a failed fetch is a problem
/// they report (exit 3, with Okta's or the service's request id); only
/// login's oversized answer stays an error (exit 1), as for every command.
fn reported(family: &str, kind: FaultKind, expect: Expect) -> Expect {
    use Expect::*;
    match (family, kind, expect) {
        ("login", _, Success) => Fails {
            code: 2,
            says: "nothing was pasted",
        },
        ("login", FaultKind::HugeBody, e) => e,
        // check reports even a transport failure as a finding about the document.
        ("check", _, Fails { .. }) => Fails {
            code: 3,
            says: match kind {
                FaultKind::Status500 => "HTTP 500",
                FaultKind::HtmlErrorPage => "HTML page",
                FaultKind::HugeBody => "larger than",
                _ => "not what Okta sends",
            },
        },
        ("login", _, Fails { .. }) => Fails {
            code: 3,
            says: "refused to start the login",
        },
        (_, _, e) => e,
    }
}

enum Expect {
    Success,
    Fails { code: i32, says: &'static str },
    Warns { says: &'static str },
}

fn cases() -> Vec<(FaultKind, u32, Expect)> {
    use Expect::*;
    vec![
        (
            FaultKind::Status503 {
                retry_after_secs: 1,
            },
            1,
            Success,
        ),
        (
            FaultKind::Status429 {
                retry_after_secs: 1,
            },
            1,
            Success,
        ),
        (FaultKind::OktaRateLimit { reset_secs: 1 }, 1, Success),
        (FaultKind::Status502, 1, Success),
        (FaultKind::ResetBeforeHandling, 1, Success),
        (FaultKind::StallMidBody, 1, Success),
        (FaultKind::NeverAnswer, 1, Success),
        (
            FaultKind::Status500,
            1,
            Fails {
                code: 1,
                says: "the service failed",
            },
        ),
        (
            FaultKind::HtmlErrorPage,
            10,
            Fails {
                code: 1,
                says: "HTML page",
            },
        ),
        (
            FaultKind::TruncatedJson,
            1,
            Fails {
                code: 1,
                says: "cut short",
            },
        ),
        (
            FaultKind::HugeBody,
            1,
            Fails {
                code: 1,
                says: "larger than",
            },
        ),
        (
            FaultKind::NeverAnswer,
            10,
            Fails {
                code: 1,
                says: "no answer from",
            },
        ),
    ]
}

#[test]
fn every_family_meets_every_fault_cleanly() {
    // Faults are injected per sandbox, so each family gets a sandbox of its
    // own and the families run at once: the waits (Retry-After, timeouts)
    // are real and overlap instead of adding up.
    let results: Vec<(usize, Vec<String>)> = std::thread::scope(|scope| {
        let runs: Vec<_> = FAMILIES
            .iter()
            .map(|(family, args, path)| scope.spawn(move || run_family(family, args, path)))
            .collect();
        runs.into_iter().map(|run| run.join().unwrap()).collect()
    });
    let ran: usize = results.iter().map(|(ran, _)| ran).sum();
    let failures: Vec<String> = results.into_iter().flat_map(|(_, f)| f).collect();
    assert_eq!(ran, FAMILIES.len() * (cases().len() - 1) + 1);
    assert!(
        failures.is_empty(),
        "{} of {ran} cases failed:\n\n{}",
        failures.len(),
        failures.join("\n---\n")
    );
}

/// Every fault of [`cases`] in front of one family's first request; returns
/// how many cases ran and what went wrong.
fn run_family(family: &str, args: &[&str], path: &str) -> (usize, Vec<String>) {
    let env = TestEnv::new();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (kind, times, mut expect) in cases() {
        // The raw `api` prints any 200 as it came, with a warning.
        if family == "api" && kind == FaultKind::TruncatedJson {
            expect = Expect::Warns {
                says: "not valid JSON",
            };
        }
        expect = reported(family, kind, expect);
        // One family is enough for the slow case (four timeouts).
        if times > 1 && kind == FaultKind::NeverAnswer && family != "tenant" {
            continue;
        }
        env.sandbox.control().clear_faults();
        env.sandbox.control().inject_fault(Fault {
            method: Some("GET".into()),
            path_prefix: path.to_string(),
            kind,
            times,
        });
        let org = format!("integrator-1000001.localhost:{}", env.sandbox.addr().port());
        let out = env
            .cmd()
            .args(args.iter().map(|a| a.replace("{org}", &org)))
            .env("SSOCTL_HTTP_TIMEOUT", "1s")
            .write_stdin("")
            .output()
            .unwrap();
        ran += 1;
        let code = out.status.code();
        // check and login report problems on stdout; errors go to stderr.
        let err = format!("{}{}", stdout(&out), stderr(&out));
        // Substrings on purpose: 84 cases whose texts vary with the fault's
        // timing (retries, timeouts, the random request id); a panic and a
        // raw parser message are absence checks anywhere, and each `says`
        // names the class of the error (the renderings are snapshotted in
        // tests/suite/errors.rs).
        let problem = if code == Some(101) || err.contains("panicked") {
            Some("panicked".to_string())
        } else if err.contains("expected value at line") || err.contains("invalid type:") {
            Some("a raw parser message".to_string())
        } else {
            match &expect {
                // doctor's report may find nothing wrong (0) once the read succeeds.
                Expect::Success if code == Some(0) => None,
                Expect::Success => Some(format!("expected success after retries, got {code:?}")),
                Expect::Warns { says } if code == Some(0) && err.contains(says) => None,
                Expect::Warns { says } => Some(format!(
                    "expected success with a warning `{says}`, got {code:?}"
                )),
                Expect::Fails { code: want, says } if code == Some(*want) && err.contains(says) => {
                    let names_request_id =
                        err.contains("request id: req_") || err.contains("(request id ");
                    // Reaching the paste prompt, or no answer at all, has no request id.
                    let has_one =
                        *want != 2 && !matches!(kind, FaultKind::HugeBody | FaultKind::NeverAnswer);
                    (has_one && !names_request_id)
                        .then(|| "the error does not name the request id".to_string())
                }
                Expect::Fails { code: want, says } => Some(format!(
                    "expected exit {want} saying `{says}`, got {code:?}"
                )),
            }
        };
        if let Some(problem) = problem {
            failures.push(format!(
                "{family} × {} ×{times}: {problem}\n{err}",
                kind.name()
            ));
        }
    }
    (ran, failures)
}

#[test]
fn a_registration_under_faults_registers_once_and_an_update_is_not_lost() {
    let env = TestEnv::new();
    let control = env.sandbox.control();
    for kind in [
        FaultKind::ResetAfterCommit,
        FaultKind::Status503 {
            retry_after_secs: 0,
        },
        FaultKind::ResetBeforeHandling,
    ] {
        control.inject_fault(Fault {
            method: Some("POST".into()),
            path_prefix: "/admin/v1/tenants".into(),
            kind,
            times: 1,
        });
    }
    let out = env
        .cmd()
        .args([
            "tenant",
            "register",
            "--slug",
            "soylent",
            "--company-name",
            "Soylent",
            "--okta-domain",
            "integrator-3000001.okta.com",
        ])
        .args([
            "--client-id",
            "0oasoylent000000001",
            "--client-secret-stdin",
            // Made-up Okta details: the faults are the service's.
            "--no-verify",
        ])
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(
        env.sandbox.stats().tenants_registered,
        1,
        "registered exactly once through three faults"
    );

    // A PATCH whose answer is lost is retried with the same If-Match: the
    // replay meets 412, and the command sees its own change already there.
    control.inject_fault(Fault {
        method: Some("PATCH".into()),
        path_prefix: "/admin/v1/tenants/soylent".into(),
        kind: FaultKind::ResetAfterCommit,
        times: 1,
    });
    let out = env
        .cmd()
        .args([
            "tenant",
            "update",
            "soylent",
            "--company-name",
            "Soylent Green",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let out = env
        .cmd()
        .args(["tenant", "show", "soylent", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["company_name"], "Soylent Green");
    assert_eq!(env.sandbox.stats().tenant_patches, 1, "applied once");

    // A provisioning retry whose answer is lost runs once.
    let runs = env.sandbox.stats().provisioning_runs;
    control.inject_fault(Fault {
        method: Some("POST".into()),
        path_prefix: "/admin/v1/tenants/globex/provisioning/retry".into(),
        kind: FaultKind::ResetAfterCommit,
        times: 1,
    });
    let out = env
        .cmd()
        .args([
            "provisioning",
            "retry",
            "globex",
            "--wait",
            "--interval",
            "50ms",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(
        env.sandbox.stats().provisioning_runs,
        runs + 1,
        "one run for one retry"
    );
}

/// 30 % of admin API requests fault, in the kinds a retry must survive:
/// refused before any work (503, 429, 502, a reset) and answers lost after
/// the work was committed.
fn flaky_admin_api() -> TestEnv {
    let kinds = [
        FaultKind::Status503 {
            retry_after_secs: 0,
        },
        FaultKind::Status429 {
            retry_after_secs: 0,
        },
        FaultKind::Status502,
        FaultKind::ResetBeforeHandling,
        FaultKind::ResetAfterCommit,
    ];
    TestEnv::with_options(SandboxOptions {
        token: ADMIN_TOKEN.to_string(),
        seed: Some(Seed::Demo),
        provisioning_delay: std::time::Duration::from_millis(50),
        random_faults: kinds
            .into_iter()
            .map(|kind| RandomFault::new(kind, 0.06).under("/admin/"))
            .collect(),
        ..SandboxOptions::default()
    })
}

/// Runs a command the way a person does: again after a failure, up to six
/// times. Every run ends cleanly; returns the exit codes and the last output.
fn until_done(
    run: impl Fn() -> std::process::Output,
    allowed: &[i32],
) -> (Vec<i32>, std::process::Output) {
    let mut codes = Vec::new();
    for _ in 0..6 {
        let out = run();
        let code = out.status.code().unwrap_or(-1);
        let err = stderr(&out);
        // Membership in the allowed exit codes, not a substring.
        assert!(
            allowed.contains(&code),
            "exit {code} (allowed {allowed:?}):\n{err}"
        );
        // Random faults make each run's text differ: no panic anywhere, and
        // an `error: ` line of whatever wording.
        assert!(!err.contains("panicked"), "{err}");
        codes.push(code);
        if code == 0 {
            return (codes, out);
        }
        assert!(
            err.lines().any(|l| l.starts_with("error: ")),
            "exit {code} without an error line:\n{err}"
        );
    }
    panic!("no success in six runs: {codes:?}");
}

#[test]
fn under_a_30_percent_fault_rate_nothing_is_done_twice_or_lost() {
    let env = flaky_admin_api();
    let stats = || env.sandbox.stats();

    // Registrations: each slug once, however many runs it took.
    let before = stats().tenants_registered;
    let slugs: Vec<String> = (1..=6).map(|i| format!("flaky-{i}")).collect();
    for slug in &slugs {
        let (codes, _) = until_done(
            || {
                env.cmd()
                    .args(["tenant", "register", "--slug", slug, "--company-name", slug])
                    .args(["--okta-domain", "integrator-3000001.okta.com"])
                    .args([
                        "--client-id",
                        "0oaflaky00000000001",
                        "--client-secret-stdin",
                        "--no-verify",
                    ])
                    .write_stdin(CLIENT_SECRET)
                    .output()
                    .unwrap()
            },
            &[0, 1],
        );
        eprintln!("register {slug}: exits {codes:?}");
    }
    assert_eq!(
        stats().tenants_registered - before,
        slugs.len() as u64,
        "every slug registered exactly once"
    );

    // Provisioning retries: never two runs for one command.
    let runs_before = stats().provisioning_runs;
    let mut commands = 0u64;
    for _ in 0..4 {
        let (codes, _) = until_done(
            || {
                env.cmd()
                    .args([
                        "provisioning",
                        "retry",
                        "globex",
                        "--force",
                        "--wait",
                        "--interval",
                        "50ms",
                    ])
                    .output()
                    .unwrap()
            },
            &[0, 1],
        );
        commands += codes.len() as u64;
    }
    let runs = stats().provisioning_runs - runs_before;
    // A range, not a substring.
    assert!(
        (4..=commands).contains(&runs),
        "{runs} runs for {commands} commands (4 of them successful)"
    );

    // Updates: each value applied once, the last one kept.
    let patches_before = stats().tenant_patches;
    for i in 1..=5 {
        until_done(
            || {
                env.cmd()
                    .args(["tenant", "update", "flaky-1", "--company-name"])
                    .arg(format!("Flaky {i}"))
                    .output()
                    .unwrap()
            },
            &[0, 1],
        );
    }
    assert_eq!(
        stats().tenant_patches - patches_before,
        5,
        "one PATCH per value"
    );

    // Two writers at once, on different fields: a stale write is refused
    // (exit 6, nothing overwritten) and run again, so neither change is lost.
    std::thread::scope(|scope| {
        let writer = |flag: &'static str, value: fn(u32) -> String| {
            let env = &env;
            scope.spawn(move || {
                for i in 1..=4 {
                    until_done(
                        || {
                            env.cmd()
                                .args(["tenant", "update", "flaky-2", "--no-verify", flag])
                                .arg(value(i))
                                .output()
                                .unwrap()
                        },
                        &[0, 1, 6],
                    );
                }
            })
        };
        let a = writer("--company-name", |i| format!("Writer A {i}"));
        let b = writer("--client-id", |i| format!("0oawriterb000000000{i}"));
        a.join().unwrap();
        b.join().unwrap();
    });
    let (_, out) = until_done(
        || {
            env.cmd()
                .args(["tenant", "show", "flaky-2", "-o", "json"])
                .output()
                .unwrap()
        },
        &[0, 1],
    );
    let tenant = json(&out);
    assert_eq!(tenant["company_name"], "Writer A 4", "{tenant}");
    assert_eq!(tenant["client_id"], "0oawriterb0000000004", "{tenant}");

    // The rate was met: not a run that happened to see no faults.
    let admin: Vec<_> = env
        .sandbox
        .requests()
        .into_iter()
        // Picks the service's requests out of the log, not an output check.
        .filter(|r| r.host.is_none() && r.path.starts_with("/admin/"))
        .collect();
    let faulted = admin.iter().filter(|r| r.fault.is_some()).count();
    eprintln!("{faulted} of {} admin requests faulted", admin.len());
    assert!(admin.len() >= 40, "{} requests", admin.len());
    let percent = faulted * 100 / admin.len();
    // A range, not a substring.
    assert!((10..=50).contains(&percent), "{percent} % faulted");
}
