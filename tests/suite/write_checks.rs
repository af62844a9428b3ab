//! Checks before every write: `tenant register`, `tenant update` and
//! `tenant apply` prove the Okta details against the sandbox's emulated
//! orgs before anything is written, stop with the doctor's finding and its
//! fix (exit 3), and write with `--no-verify` saying it was not verified.

use crate::common::ctx::seen;
use crate::common::*;

/// The tenant as the service has it and its whole history, to show that a
/// refused write left both exactly as they were.
fn tenant_and_history(env: &TestEnv, slug: &str) -> (serde_json::Value, serde_json::Value) {
    let show = env
        .cmd()
        .args(["tenant", "show", slug, "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&show, 0);
    let history = env
        .cmd()
        .args(["tenant", "history", slug, "-o", "json"])
        .output()
        .unwrap();
    assert_exit(&history, 0);
    (json(&show), json(&history))
}

fn writes(env: &TestEnv) -> usize {
    env.sandbox
        .requests()
        .iter()
        .filter(|r| {
            r.path.starts_with("/admin/v1/tenants")
                && ["POST", "PATCH"].contains(&r.method.as_str())
        })
        .filter(|r| !r.path.ends_with("/checks/client-secret"))
        .count()
}

/// `tenant register soylent` with these Okta details, the secret on stdin.
fn register_soylent(
    env: &TestEnv,
    domain: &str,
    client_id: &str,
    secret: impl Into<Vec<u8>>,
) -> std::process::Output {
    env.cmd()
        .args([
            "tenant",
            "register",
            "--slug",
            "soylent",
            "--company-name",
            "Soylent",
        ])
        .args(["--okta-domain", domain, "--client-id", client_id])
        .arg("--client-secret-stdin")
        .write_stdin(secret)
        .output()
        .unwrap()
}

#[test]
fn an_update_to_a_client_id_okta_does_not_know_stops_and_writes_nothing() {
    let env = TestEnv::new();
    let before = tenant_and_history(&env, "acme-corp");
    let out = env
        .cmd()
        .args(["tenant", "update", "acme-corp", "--client-id", "abc"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    insta::assert_snapshot!("update_unknown_client_id", steady(&env, &stderr(&out)));
    assert_eq!(stdout(&out), "", "no tenant is printed: none was written");
    assert_eq!(writes(&env), 0, "no POST or PATCH reached the service");
    assert_eq!(tenant_and_history(&env, "acme-corp"), before);
}

#[test]
fn a_registration_with_a_wrong_secret_stops_and_registers_nothing() {
    let env = TestEnv::new();
    let org = env
        .sandbox
        .control()
        .copy_okta_org("acme-corp", "soylent-org", "soylent-0001", "soylent")
        .unwrap();
    let out = register_soylent(
        &env,
        &org.domain,
        &org.client_id,
        "not-the-apps-secret-0000000000000000000000",
    );
    assert_exit(&out, 3);
    insta::assert_snapshot!(
        "register_wrong_secret",
        steady(&env, &stderr(&out)).replace(&org.client_id, "[client id]")
    );
    assert_eq!(writes(&env), 0);
    assert_exit(
        &env.cmd()
            .args(["tenant", "show", "soylent"])
            .output()
            .unwrap(),
        5,
    );

    // The app's own secret passes the same checks and registers.
    let out = register_soylent(&env, &org.domain, &org.client_id, org.client_secret.clone());
    assert_exit(&out, 0);
    // The checks' report (Okta accepts the client, no error), then the tenant.
    insta::assert_snapshot!(
        "register_right_secret",
        steady(&env, &streams(&out)).replace(&org.client_id, "[client id]")
    );
    assert_eq!(writes(&env), 1);
}

#[test]
fn no_verify_writes_without_the_checks_and_says_so() {
    let env = TestEnv::new();
    let seen = seen(
        &env,
        false,
        &[],
        &[
            "tenant",
            "register",
            "--slug",
            "soylent",
            "--company-name",
            "Soylent",
            "--okta-domain",
            "integrator-3000001.okta.com",
            "--client-id",
            "0oasoylent000000001",
            "--client-secret-file",
            &secret_file(&env),
            "--no-verify",
        ],
    );
    assert_eq!(seen.exit, 0, "{seen}");
    assert_eq!(
        seen.stderr.lines().next().unwrap_or_default(),
        "! not verified: the Okta details were not checked (--no-verify); check them with `ssoctl doctor soylent` from a network that reaches the customer's Okta"
    );
    // A negative: no check ran, so no line of one anywhere.
    assert!(
        !seen.stderr.contains("Checking the Okta details"),
        "{}",
        seen.stderr
    );
    assert_eq!(writes(&env), 1);
}

fn secret_file(env: &TestEnv) -> String {
    let path = env.home.path().join("secret");
    std::fs::write(&path, CLIENT_SECRET).unwrap();
    path.display().to_string()
}

#[test]
fn an_okta_that_cannot_be_reached_stops_the_write_and_names_no_verify() {
    let env = TestEnv::new();
    // A loopback port nothing listens on: the connection is refused.
    let port = free_port();
    let out = env
        .cmd()
        .args([
            "tenant",
            "register",
            "--slug",
            "soylent",
            "--company-name",
            "Soylent",
        ])
        .args(["--okta-domain", &format!("localhost:{port}")])
        .args([
            "--client-id",
            "0oasoylent000000001",
            "--client-secret-stdin",
        ])
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let err = stderr(&out).replace(&port.to_string(), "[okta port]");
    insta::assert_snapshot!("register_okta_unreachable", steady(&env, &err));
    assert_eq!(writes(&env), 0);
}

#[test]
fn a_domain_fix_is_proved_with_the_secret_the_service_holds() {
    let env = TestEnv::new();
    let (wayne, _) = tenant_and_history(&env, "wayne");
    let admin_host = wayne["okta_domain"].as_str().unwrap().to_string();
    let org_domain = admin_host.replace("-admin", "");
    let out = env
        .cmd()
        .args(["tenant", "update", "wayne", "--okta-domain", &org_domain])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!("update_domain_fix_proved", steady(&env, &stderr(&out)));
    let (after, _) = tenant_and_history(&env, "wayne");
    assert_eq!(after["okta_domain"], org_domain.as_str());
}

#[test]
fn a_move_to_another_org_without_its_secret_is_not_verified_and_stops() {
    let env = TestEnv::new();
    let org = env
        .sandbox
        .control()
        .copy_okta_org("acme-corp", "acme-2", "acme-0002", "acme-corp")
        .unwrap();
    let before = tenant_and_history(&env, "acme-corp");
    let out = env
        .cmd()
        .args(["tenant", "update", "acme-corp"])
        .args(["--okta-domain", &org.domain, "--client-id", &org.client_id])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    insta::assert_snapshot!(
        "update_other_org_without_secret",
        steady(&env, &stderr(&out)).replace(&org.client_id, "[client id]")
    );
    assert_eq!(tenant_and_history(&env, "acme-corp"), before);

    // With the new app's secret both are proved, and the update goes in.
    let out = env
        .cmd()
        .args(["tenant", "update", "acme-corp"])
        .args(["--okta-domain", &org.domain, "--client-id", &org.client_id])
        .arg("--client-secret-stdin")
        .write_stdin(org.client_secret.clone())
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let (after, _) = tenant_and_history(&env, "acme-corp");
    assert_eq!(after["client_id"], org.client_id.as_str());
}

#[test]
fn an_update_on_a_terminal_shows_old_and_new_and_asks() {
    let env = TestEnv::new();
    let declined = seen(
        &env,
        true,
        &["n"],
        &[
            "tenant",
            "update",
            "acme-corp",
            "--company-name",
            "Acme Two",
        ],
    );
    assert_eq!(declined.exit, 130, "{declined}");
    insta::assert_snapshot!("update_asks_on_a_terminal", declined.to_string());
    assert_eq!(writes(&env), 0);
    let confirmed = seen(
        &env,
        true,
        &["y"],
        &[
            "tenant",
            "update",
            "acme-corp",
            "--company-name",
            "Acme Two",
        ],
    );
    assert_eq!(confirmed.exit, 0, "{confirmed}");
    assert_eq!(writes(&env), 1);
}

#[test]
fn a_second_registration_with_checked_details_is_done_once() {
    let env = TestEnv::new();
    let org = env
        .sandbox
        .control()
        .copy_okta_org("acme-corp", "soylent-org", "soylent-0001", "soylent")
        .unwrap();
    for _ in 0..2 {
        let out = register_soylent(&env, &org.domain, &org.client_id, org.client_secret.clone());
        assert_exit(&out, 0);
    }
    assert_eq!(env.sandbox.stats().tenants_registered, 1);
}

#[test]
fn apply_refuses_the_tenant_whose_checks_fail_and_creates_the_others() {
    let env = TestEnv::new();
    let control = env.sandbox.control();
    let good = control
        .copy_okta_org("acme-corp", "soylent-org", "soylent-0001", "soylent")
        .unwrap();
    let bad = control
        .copy_okta_org("acme-corp", "vandelay-org", "vandelay-0001", "vandelay")
        .unwrap();
    let file = env.home.path().join("tenants.toml");
    let entry = |slug: &str, org: &ssoctl::sandbox::OktaOrg, var: &str| {
        format!(
            "[[tenants]]\nslug = \"{slug}\"\ncompany_name = \"{slug}\"\nokta_domain = \"{}\"\nclient_id = \"{}\"\nclient_secret = {{ env = \"{var}\" }}\n",
            org.domain, org.client_id
        )
    };
    std::fs::write(
        &file,
        format!(
            "{}\n{}",
            entry("soylent", &good, "SOYLENT_SECRET"),
            entry("vandelay", &bad, "VANDELAY_SECRET")
        ),
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["tenant", "apply", "--yes", "-f"])
        .arg(&file)
        .env("SOYLENT_SECRET", &good.client_secret)
        .env(
            "VANDELAY_SECRET",
            "not-the-apps-secret-0000000000000000000000",
        )
        .output()
        .unwrap();
    assert_exit(&out, 3);
    let err = stderr(&out);
    // The plan and each tenant's report come first; the verdict is last.
    let verdict = &err[err.find("error: ").expect("an error")..];
    assert_eq!(
        verdict,
        "error: 1 of the tenants could not be applied; the others were\n  \
- vandelay was not changed: 1 check of the Okta details did not pass; nothing was written\n    \
- the client secret is wrong for client "
            .to_string()
            + &bad.client_id
            + "\nhint: review them with `ssoctl tenant diff -f "
            + &file.display().to_string()
            + "`, then run apply again: what is done already is not done twice\n"
    );
    // The plan says which step will not be applied; the reports follow.
    insta::assert_snapshot!(
        "apply_one_tenant_refused_stderr",
        steady(&env, &err)
            .replace(&file.display().to_string(), "[file]")
            // The copies of acme-corp's org keep its app's client id.
            .replace(&good.client_id, "[client id]")
            .replace(&bad.client_id, "[client id]")
    );
    assert_exit(
        &env.cmd()
            .args(["tenant", "show", "soylent"])
            .output()
            .unwrap(),
        0,
    );
    assert_exit(
        &env.cmd()
            .args(["tenant", "show", "vandelay"])
            .output()
            .unwrap(),
        5,
    );
}

#[test]
fn a_write_without_the_checks_is_checked_again_by_the_service_after_it() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "tenant",
            "update",
            "acme-corp",
            "--client-id",
            "abc",
            "--no-verify",
        ])
        .args(["-o", "json"])
        .output()
        .unwrap();
    // Written (the tenant is on stdout), and the check after it failed.
    assert_exit(&out, 3);
    assert_eq!(json(&out)["client_id"], "abc");
    insta::assert_snapshot!(
        "no_verify_then_the_check_after",
        steady(&env, &stderr(&out))
    );
    assert_eq!(writes(&env), 1);
}

#[test]
fn a_registration_on_a_terminal_shows_the_checks_then_asks_then_the_notes() {
    let env = TestEnv::new();
    let org = env
        .sandbox
        .control()
        .copy_okta_org("acme-corp", "soylent-org", "soylent-0001", "soylent")
        .unwrap();
    let secret = env.home.path().join("secret");
    std::fs::write(&secret, &org.client_secret).unwrap();
    let seen = seen(
        &env,
        true,
        &["y"],
        &[
            "tenant",
            "register",
            "--slug",
            "soylent",
            "--company-name",
            "Soylent",
            "--okta-domain",
            &org.domain,
            "--client-id",
            &org.client_id,
            "--client-secret-file",
            &secret.display().to_string(),
        ],
    );
    assert_eq!(seen.exit, 0, "{seen}");
    let last4: String = org
        .client_secret
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    insta::assert_snapshot!(
        "register_terminal_checked",
        steady(&env, &seen.to_string())
            .replace(&org.client_id, "[client id]")
            .replace(&format!("…{last4}"), "…[last4]")
    );
}

#[test]
fn registering_a_taken_slug_is_a_conflict_without_asking_okta() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "tenant",
            "register",
            "--slug",
            "acme-corp",
            "--company-name",
            "Acme",
        ])
        .args(["--okta-domain", "integrator-3000001.okta.com"])
        .args([
            "--client-id",
            "0oasoylent000000001",
            "--client-secret-stdin",
        ])
        .write_stdin(CLIENT_SECRET)
        .output()
        .unwrap();
    assert_exit(&out, 6);
    // No check ran: the conflict is the whole answer.
    insta::assert_snapshot!(
        "register_taken_slug",
        mask_ids(&steady(&env, &streams(&out)), "req_", "req_[id]")
    );
    assert_eq!(writes(&env), 1, "the one POST, answered 409");
}
