//! The fault matrix: for each command family, each injected fault ends in
//! success after retries or in a clean error with its documented exit code
//! and the request id, within the configured timeout; never a panic, a hang
//! or a raw parser message.

mod common;

use common::*;
use ssoctl::sandbox::{Fault, FaultKind};

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
];

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
    let env = TestEnv::new();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (family, args, path) in FAMILIES {
        for (kind, times, mut expect) in cases() {
            // The raw `api` prints any 200 as it came, with a warning.
            if *family == "api" && kind == FaultKind::TruncatedJson {
                expect = Expect::Warns {
                    says: "not valid JSON",
                };
            }
            // One family is enough for the slow case (four timeouts).
            if times > 1 && kind == FaultKind::NeverAnswer && *family != "tenant" {
                continue;
            }
            env.sandbox.control().clear_faults();
            env.sandbox.control().inject_fault(Fault {
                method: Some("GET".into()),
                path_prefix: path.to_string(),
                kind,
                times,
            });
            let out = env
                .cmd()
                .args(*args)
                .env("SSOCTL_HTTP_TIMEOUT", "1s")
                .output()
                .unwrap();
            ran += 1;
            let (code, err) = (out.status.code(), stderr(&out));
            let problem = if code == Some(101) || err.contains("panicked") {
                Some("panicked".to_string())
            } else if err.contains("expected value at line") || err.contains("invalid type:") {
                Some("a raw parser message".to_string())
            } else {
                match &expect {
                    // doctor's report may find nothing wrong (0) once the read succeeds.
                    Expect::Success if code == Some(0) => None,
                    Expect::Success => {
                        Some(format!("expected success after retries, got {code:?}"))
                    }
                    Expect::Warns { says } if code == Some(0) && err.contains(says) => None,
                    Expect::Warns { says } => Some(format!(
                        "expected success with a warning `{says}`, got {code:?}"
                    )),
                    Expect::Fails { code: want, says }
                        if code == Some(*want) && err.contains(says) =>
                    {
                        (!err.contains("request id: req_")
                            && !matches!(kind, FaultKind::HugeBody | FaultKind::NeverAnswer))
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
    }
    assert_eq!(ran, FAMILIES.len() * (cases().len() - 1) + 1);
    assert!(
        failures.is_empty(),
        "{} of {ran} cases failed:\n\n{}",
        failures.len(),
        failures.join("\n---\n")
    );
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
