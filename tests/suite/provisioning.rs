//! `ssoctl provisioning …`: state, the guide's fix, and retries that never
//! create a second project.

use crate::common::*;

#[test]
fn status_of_a_provisioned_tenant_shows_project_subscription_and_owner() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["provisioning", "status", "acme-corp"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(text.contains("state:\tsucceeded"), "{text}");
    assert!(text.contains("project id:\tprj_"), "{text}");
    assert!(text.contains("advanced"), "{text}");
    assert!(text.contains("role partner, project role owner"), "{text}");

    let out = env
        .cmd()
        .args(["provisioning", "status", "acme-corp", "-o", "json"])
        .output()
        .unwrap();
    let p = json(&out);
    assert_eq!(p["subscription"]["plan"], "advanced");
    assert_eq!(p["owner"]["role"], "partner");
    assert!(p["fix"].is_null());
}

#[test]
fn an_empty_project_id_comes_with_the_guides_fix() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["provisioning", "status", "globex"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(text.contains("project id:\t-"), "{text}");
    assert!(
        text.contains("provisioning services were unreachable"),
        "{text}"
    );
    assert!(
        text.contains("ssoctl provisioning retry globex --wait"),
        "{text}"
    );
    let out = env
        .cmd()
        .args(["provisioning", "status", "globex", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        json(&out)["fix"]
            .as_str()
            .unwrap()
            .contains("provisioning retry globex")
    );
}

#[test]
fn retry_wait_succeeds_and_repeated_retries_never_create_a_second_project() {
    let env = TestEnv::new();
    let before = env.sandbox.stats().projects_created;
    let out = env
        .cmd()
        .args([
            "provisioning",
            "retry",
            "globex",
            "--wait",
            "--interval",
            "50ms",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let p = json(&out);
    assert_eq!(p["state"], "succeeded");
    let project = p["project_id"].as_str().unwrap().to_string();
    assert!(project.starts_with("prj_"));
    assert_eq!(env.sandbox.stats().projects_created, before + 1);

    // Provisioned already: a retry says so and runs nothing without --force.
    let out = env
        .cmd()
        .args(["provisioning", "retry", "globex"])
        .output()
        .unwrap();
    assert_exit(&out, 6);
    assert_eq!(
        stderr(&out),
        format!(
            "error: globex is already provisioned (project {project}, attempt 2)\n\
             hint: nothing to retry; pass --force to run provisioning again (it never creates a second project)\n"
        )
    );
    for _ in 0..2 {
        let out = env
            .cmd()
            .args([
                "provisioning",
                "retry",
                "globex",
                "--force",
                "--wait",
                "--interval",
                "50ms",
                "-o",
                "json",
            ])
            .output()
            .unwrap();
        assert_exit(&out, 0);
        assert_eq!(
            json(&out)["project_id"],
            project.as_str(),
            "the same project is kept"
        );
    }
    assert_eq!(
        env.sandbox.stats().projects_created,
        before + 1,
        "no second project"
    );
}

#[test]
fn a_failing_retry_exits_1_with_the_reason() {
    let env = TestEnv::new();
    env.sandbox
        .control()
        .fail_provisioning("globex", 1)
        .unwrap();
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
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(
        err.contains("provisioning of globex failed") && err.contains("unreachable"),
        "{err}"
    );
    assert!(
        err.contains("ssoctl provisioning retry globex --wait"),
        "{err}"
    );
}

#[test]
fn retry_without_wait_returns_at_once_and_nothing_to_provision_is_a_conflict() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["provisioning", "retry", "globex"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(stderr(&out).contains("ssoctl provisioning status globex"));

    let out = env
        .cmd()
        .args(["provisioning", "retry", "umbrella"])
        .output()
        .unwrap();
    assert_exit(&out, 6);
    assert!(
        stderr(&out).contains("nobody has signed in yet"),
        "{}",
        stderr(&out)
    );

    let out = env
        .cmd()
        .args(["provisioning", "status", "nosuch"])
        .output()
        .unwrap();
    assert_exit(&out, 5);
}

#[test]
fn wait_gives_up_at_the_timeout() {
    let env = TestEnv::with_options(ssoctl::sandbox::SandboxOptions {
        token: ADMIN_TOKEN.into(),
        seed: Some(ssoctl::sandbox::Seed::Demo),
        provisioning_delay: std::time::Duration::from_secs(30),
        ..Default::default()
    });
    let out = env
        .cmd()
        .args([
            "provisioning",
            "retry",
            "globex",
            "--wait",
            "--timeout",
            "1s",
            "--interval",
            "100ms",
        ])
        .output()
        .unwrap();
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains("did not finish within 1s"),
        "{}",
        stderr(&out)
    );
}
