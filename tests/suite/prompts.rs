//! Commands driven through the library with an injected context: buffers
//! for the streams, "is a terminal" switched on, and scripted answers to the
//! prompts, against the sandbox over real HTTP.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::{Arc, Mutex};

use crate::common::*;
use clap::Parser;
use ssoctl::cli::Cli;
use ssoctl::context::{Context, IoStreams, SandboxTarget};
use ssoctl::prompt::{Prompter, Validator};
use ssoctl::secret::Secret;

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// Answers in order; records each question and each answer the validator refused.
#[derive(Clone, Default)]
struct Script {
    answers: Arc<Mutex<VecDeque<String>>>,
    asked: Arc<Mutex<Vec<String>>>,
    refused: Arc<Mutex<Vec<String>>>,
}

impl Prompter for Script {
    fn input(&mut self, prompt: &str, validate: Validator<'_>) -> ssoctl::error::Result<String> {
        self.asked.lock().unwrap().push(prompt.to_string());
        loop {
            let answer = self
                .answers
                .lock()
                .unwrap()
                .pop_front()
                .expect("an answer for every question");
            match validate(&answer) {
                Ok(()) => return Ok(answer),
                Err(why) => self
                    .refused
                    .lock()
                    .unwrap()
                    .push(format!("{answer}: {why}")),
            }
        }
    }
    fn secret(&mut self, prompt: &str) -> ssoctl::error::Result<Secret> {
        self.asked.lock().unwrap().push(prompt.to_string());
        Ok(Secret::new(
            self.answers.lock().unwrap().pop_front().expect("a secret"),
        ))
    }
    fn confirm(&mut self, prompt: &str, _default: bool) -> ssoctl::error::Result<bool> {
        self.asked.lock().unwrap().push(prompt.to_string());
        Ok(self.answers.lock().unwrap().pop_front().as_deref() == Some("y"))
    }
}

fn terminal_context(env: &TestEnv, script: &Script, out: &Buffer, err: &Buffer) -> Context {
    let io = IoStreams {
        out: Box::new(out.clone()),
        err: Box::new(err.clone()),
        input: Box::new(std::io::empty()),
        stdout_is_tty: true,
        stderr_is_tty: true,
        stdin_is_tty: true,
        color: false,
        quiet: false,
    };
    let mut ctx = Context::new(
        io,
        ssoctl::output::OutputFormat::Table,
        false,
        Box::new(script.clone()),
        env.config_dir(),
        None,
    );
    ctx.sandbox = Some(SandboxTarget {
        url: url::Url::parse(&env.sandbox.url()).unwrap(),
        token: Secret::new(ADMIN_TOKEN),
        okta_api_token: Secret::new(env.sandbox.control().okta_api_token()),
    });
    ctx
}

fn run(env: &TestEnv, ctx: &mut Context, args: &[&str]) -> Result<(), String> {
    let cli = Cli::try_parse_from(std::iter::once("ssoctl").chain(args.iter().copied())).unwrap();
    env.rt
        .block_on(async {
            let outcome = ssoctl::commands::dispatch(ctx, cli.command).await?;
            ctx.print(&outcome.printable)
        })
        .map_err(|e| ssoctl::app::to_cli_error(&e).message)
}

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
        ]
        .map(String::from),
    );
    let mut ctx = terminal_context(&env, &script, &out, &err);
    run(&env, &mut ctx, &["tenant", "register", "--slug", "soylent"]).unwrap();

    let asked = script.asked.lock().unwrap().clone();
    assert_eq!(
        asked.len(),
        4,
        "company, domain, client id, secret: {asked:?}"
    );
    assert!(
        asked[3].contains("hidden"),
        "the secret is asked hidden: {asked:?}"
    );
    let refused = script.refused.lock().unwrap().clone();
    assert!(
        refused[0].contains("dev-1.okta.com") && refused[0].contains("scheme"),
        "{refused:?}"
    );
    assert!(refused[1].starts_with("bad id!"), "{refused:?}");
    assert!(
        out.text().contains("SLUG") || out.text().contains("slug:"),
        "{}",
        out.text()
    );
    assert!(out.text().contains("/okta-login/soylent"), "{}", out.text());
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
    assert!(err.text().contains("This deletes wonka"), "{}", err.text());
    let mut ctx = terminal_context(&env, &script, &out, &err);
    assert!(
        run(&env, &mut ctx, &["tenant", "show", "wonka"])
            .unwrap_err()
            .contains("SSO config not found")
    );
}

#[test]
fn a_terminal_gets_a_table_and_a_pipe_gets_plain_rows() {
    let env = TestEnv::new();
    let (out, err) = (Buffer::default(), Buffer::default());
    let mut ctx = terminal_context(&env, &Script::default(), &out, &err);
    run(&env, &mut ctx, &["tenant", "list"]).unwrap();
    let table = out.text();
    assert!(
        table.contains("SLUG") && table.contains("COMPANY"),
        "{table}"
    );

    let piped = Buffer::default();
    let mut ctx = terminal_context(&env, &Script::default(), &piped, &err);
    ctx.io.stdout_is_tty = false;
    run(&env, &mut ctx, &["tenant", "list"]).unwrap();
    assert!(
        piped
            .text()
            .starts_with("acme-corp\tAcme Corporation\tactive"),
        "{}",
        piped.text()
    );
}
