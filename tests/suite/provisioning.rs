//! `ssoctl provisioning …`: state, the guide's fix, and retries that never
//! create a second project.

use crate::common::*;

/// `ssoctl provisioning ARGS` against the sandbox.
fn provisioning(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.cmd().arg("provisioning").args(args).output().unwrap()
}

#[test]
fn status_of_a_provisioned_tenant_shows_project_subscription_and_owner() {
    let env = TestEnv::new();
    let out = provisioning(&env, &["status", "acme-corp"]);
    assert_exit(&out, 0);
    // State, project, subscription and owner (the demo seed's, fixed).
    insta::assert_snapshot!("provisioning_status_acme_corp", steady(&env, &stdout(&out)));

    let out = provisioning(&env, &["status", "acme-corp", "-o", "json"]);
    let p = json(&out);
    assert_eq!(p["subscription"]["plan"], "advanced");
    assert_eq!(p["owner"]["role"], "partner");
    assert!(p["fix"].is_null());
}

#[test]
fn an_empty_project_id_comes_with_the_guides_fix() {
    let env = TestEnv::new();
    let out = provisioning(&env, &["status", "globex"]);
    assert_exit(&out, 0);
    // No project, why, and the guide's fix.
    insta::assert_snapshot!("provisioning_status_globex", steady(&env, &stdout(&out)));
    let out = provisioning(&env, &["status", "globex", "-o", "json"]);
    insta::assert_snapshot!(
        "provisioning_status_globex_json_fix",
        json(&out)["fix"].as_str().unwrap()
    );
}

#[test]
fn retry_wait_succeeds_and_repeated_retries_never_create_a_second_project() {
    let env = TestEnv::new();
    let before = env.sandbox.stats().projects_created;
    let out = provisioning(
        &env,
        &[
            "retry",
            "globex",
            "--wait",
            "--interval",
            "50ms",
            "-o",
            "json",
        ],
    );
    assert_exit(&out, 0);
    let p = json(&out);
    assert_eq!(p["state"], "succeeded");
    let project = p["project_id"].as_str().unwrap().to_string();
    // Made by this run: random after its prefix.
    assert!(project.starts_with("prj_"), "{project}");
    assert_eq!(env.sandbox.stats().projects_created, before + 1);

    // Provisioned already: a retry says so and runs nothing without --force.
    let out = provisioning(&env, &["retry", "globex"]);
    assert_exit(&out, 6);
    assert_eq!(
        stderr(&out),
        format!(
            "error: globex is already provisioned (project {project}, attempt 2)\n\
             hint: nothing to retry; pass --force to run provisioning again (it never creates a second project)\n"
        )
    );
    for _ in 0..2 {
        let out = provisioning(
            &env,
            &[
                "retry",
                "globex",
                "--force",
                "--wait",
                "--interval",
                "50ms",
                "-o",
                "json",
            ],
        );
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
    let out = provisioning(&env, &["retry", "globex", "--wait", "--interval", "50ms"]);
    assert_exit(&out, 1);
    insta::assert_snapshot!(
        "provisioning_retry_failed",
        mask_ids(&steady(&env, &streams(&out)), "req_", "req_[id]")
    );
}

#[test]
fn retry_without_wait_returns_at_once_and_nothing_to_provision_is_a_conflict() {
    let env = TestEnv::new();
    let out = provisioning(&env, &["retry", "globex"]);
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "provisioning_retry_without_wait",
        steady(&env, &streams(&out))
    );

    let out = provisioning(&env, &["retry", "umbrella"]);
    assert_exit(&out, 6);
    insta::assert_snapshot!(
        "provisioning_retry_nothing_to_provision",
        mask_ids(&steady(&env, &streams(&out)), "req_", "req_[id]")
    );

    let out = provisioning(&env, &["status", "nosuch"]);
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
    let out = provisioning(
        &env,
        &[
            "retry",
            "globex",
            "--wait",
            "--timeout",
            "1s",
            "--interval",
            "100ms",
        ],
    );
    assert_exit(&out, 1);
    insta::assert_snapshot!("provisioning_wait_timeout", steady(&env, &streams(&out)));
}
