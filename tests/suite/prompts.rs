//! Commands driven through the library with an injected context: buffers
//! for the streams, "is a terminal" switched on, and scripted answers to the
//! prompts, against the sandbox over real HTTP.

use crate::common::ctx::*;
use crate::common::*;

#[test]
fn register_prompts_for_what_is_missing_and_asks_again_until_valid() {
    let env = TestEnv::new();
    let (out, err) = (Buffer::default(), Buffer::default());
    let script = Script::default();
    script.answers.lock().unwrap().extend(
        [
            "Soylent Corp",
            "https://dev-1.okta.com",
            "integrator-3000001.okta.com",
            "bad id!",
            "0oasoylent000000001",
            CLIENT_SECRET,
            "y",
        ]
        .map(String::from),
    );
    let mut ctx = terminal_context(&env, &script, &out, &err);
    // Made-up Okta details: these tests are about the prompts.
    run(
        &env,
        &mut ctx,
        &["tenant", "register", "--slug", "soylent", "--no-verify"],
    )
    .unwrap();

    let asked = script.asked.lock().unwrap().clone();
    assert_eq!(
        asked.len(),
        5,
        "company, domain, client id, secret, then the summary's question: {asked:?}"
    );
    assert_eq!(asked[4], "Register this tenant?");
    let refused = script.refused.lock().unwrap().clone();
    // The questions (the secret's asked hidden), the refused answers with
    // why, the summary before the question on stderr, the tenant on stdout.
    insta::assert_snapshot!(
        "prompts_register_asks_again_until_valid",
        steady(
            &env,
            &format!(
                "--- asked\n{}\n--- refused\n{}\n--- stdout\n{}--- stderr\n{}",
                asked.join("\n"),
                refused.join("\n"),
                out.text(),
                err.text()
            )
        )
    );
    // A leak check: the secret must be nowhere in the output.
    assert!(!out.text().contains(CLIENT_SECRET) && !err.text().contains(CLIENT_SECRET));
    assert_eq!(env.sandbox.stats().tenants_registered, 1);
}

#[test]
fn delete_on_a_terminal_needs_the_slug_typed() {
    let env = TestEnv::new();
    let (out, err) = (Buffer::default(), Buffer::default());
    let script = Script::default();
    script
        .answers
        .lock()
        .unwrap()
        .extend(["wonk", "wonka"].map(String::from));
    let mut ctx = terminal_context(&env, &script, &out, &err);
    run(&env, &mut ctx, &["tenant", "delete", "wonka"]).unwrap();
    assert_eq!(
        script.refused.lock().unwrap().len(),
        1,
        "a wrong slug is refused"
    );
    insta::assert_snapshot!(
        "prompts_delete_terminal",
        steady(
            &env,
            &format!("--- stdout\n{}--- stderr\n{}", out.text(), err.text())
        )
    );
    let mut ctx = terminal_context(&env, &script, &out, &err);
    let gone = run(&env, &mut ctx, &["tenant", "show", "wonka"]).unwrap_err();
    insta::assert_snapshot!("prompts_show_deleted", steady(&env, &gone));
}

#[test]
fn a_terminal_gets_a_table_and_a_pipe_gets_plain_rows() {
    let env = TestEnv::new();
    let (out, err) = (Buffer::default(), Buffer::default());
    let mut ctx = terminal_context(&env, &Script::default(), &out, &err);
    run(&env, &mut ctx, &["tenant", "list"]).unwrap();
    insta::assert_snapshot!("prompts_tenant_list_terminal", steady(&env, &out.text()));

    let piped = Buffer::default();
    let mut ctx = terminal_context(&env, &Script::default(), &piped, &err);
    ctx.io.stdout_is_tty = false;
    run(&env, &mut ctx, &["tenant", "list"]).unwrap();
    insta::assert_snapshot!("prompts_tenant_list_piped", steady(&env, &piped.text()));
}

#[test]
fn register_offers_the_correction_of_a_given_value_as_the_prompts_default() {
    let env = TestEnv::new();
    let (out, err) = (Buffer::default(), Buffer::default());
    let script = Script::default();
    // An empty answer takes the offered default.
    script
        .answers
        .lock()
        .unwrap()
        .extend(["", CLIENT_SECRET, "y"].map(String::from));
    let mut ctx = terminal_context(&env, &script, &out, &err);
    run(
        &env,
        &mut ctx,
        &[
            "tenant",
            "register",
            "--slug",
            "soylent",
            "--company-name",
            "Soylent Corp",
            "--okta-domain",
            "https://integrator-3000001.okta.com/",
            "--client-id",
            "0oasoylent000000001",
            "--no-verify",
        ],
    )
    .unwrap();
    let asked = script.asked.lock().unwrap().clone();
    assert_eq!(
        asked[0], "Okta domain (e.g. dev-12345678.okta.com) [integrator-3000001.okta.com]",
        "{asked:?}"
    );
    let stderr = err.text();
    let warning = stderr.lines().next().unwrap_or_default();
    insta::assert_snapshot!("register_correction_warning", warning);
    let seen = seen(
        &env,
        false,
        &[],
        &["tenant", "show", "soylent", "-o", "json"],
    );
    let value: serde_json::Value = serde_json::from_str(&seen.stdout).unwrap();
    assert_eq!(value["okta_domain"], "integrator-3000001.okta.com");
}

#[test]
fn register_without_a_terminal_still_refuses_a_value_that_has_a_correction() {
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
            "Soylent Corp",
            "--okta-domain",
            "https://integrator-3000001.okta.com/",
            "--client-id",
            "0oasoylent000000001",
            "--no-verify",
        ],
    );
    assert_eq!(seen.exit, 2);
    insta::assert_snapshot!("register_correction_piped", seen.to_string());
}
