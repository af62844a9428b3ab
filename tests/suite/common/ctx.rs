//! Commands run through the library with an injected context: buffers for
//! the streams, "is a terminal" switched on or off, scripted answers to the
//! prompts, against the sandbox over real HTTP. What a person sees on a
//! terminal and what a script reads from a pipe are both asserted here.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::{Arc, Mutex};

use clap::Parser;
use ssoctl::cli::Cli;
use ssoctl::context::{Context, IoStreams, SandboxTarget};
use ssoctl::prompt::{Prompter, Validator};
use ssoctl::secret::Secret;

use super::{ADMIN_TOKEN, TestEnv};

#[derive(Clone, Default)]
pub struct Buffer(Arc<Mutex<Vec<u8>>>);

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
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// An answer that stands for Ctrl-C at the prompt (the prompt is cancelled).
pub const CTRL_C: &str = "\u{3}";

/// Answers in order; records each question and each answer the validator refused.
#[derive(Clone, Default)]
pub struct Script {
    pub answers: Arc<Mutex<VecDeque<String>>>,
    pub asked: Arc<Mutex<Vec<String>>>,
    pub refused: Arc<Mutex<Vec<String>>>,
}

impl Prompter for Script {
    /// An offered default is recorded as `prompt [default]`; an empty
    /// answer takes it, as on a terminal.
    fn input_default(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        validate: Validator<'_>,
    ) -> ssoctl::error::Result<String> {
        self.asked.lock().unwrap().push(match default {
            Some(default) => format!("{prompt} [{default}]"),
            None => prompt.to_string(),
        });
        loop {
            let mut answer = self
                .answers
                .lock()
                .unwrap()
                .pop_front()
                .expect("an answer for every question");
            if let (true, Some(default)) = (answer.is_empty(), default) {
                answer = default.to_string();
            }
            if answer == CTRL_C {
                return Err(ssoctl::error::CliError::cancelled().into());
            }
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

pub fn terminal_context(env: &TestEnv, script: &Script, out: &Buffer, err: &Buffer) -> Context {
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

pub fn run(env: &TestEnv, ctx: &mut Context, args: &[&str]) -> Result<(), String> {
    let cli = Cli::try_parse_from(std::iter::once("ssoctl").chain(args.iter().copied())).unwrap();
    env.rt
        .block_on(async {
            let outcome = ssoctl::commands::dispatch(ctx, cli.command).await?;
            ctx.print(&outcome.printable)?;
            // A failed verdict is rendered after the data, as `app::run` does.
            outcome.failure.map_or(Ok(()), |f| Err(f.into()))
        })
        .map_err(|e| ssoctl::app::to_cli_error(&e).message)
}

/// What one run through the context left: stdout, stderr with the error
/// rendered as `ssoctl` renders it, and the exit code.
#[derive(Debug)]
pub struct Seen {
    pub stdout: String,
    pub stderr: String,
    pub exit: u8,
}

/// Runs `args` with stdout (and stderr, stdin) a terminal or not, answering
/// prompts from `answers`, and concludes with `app::conclude` (an error rendered by `app::render`), as `app::report` does.
pub fn seen(env: &TestEnv, terminal: bool, answers: &[&str], args: &[&str]) -> Seen {
    let (out, err) = (Buffer::default(), Buffer::default());
    let script = Script::default();
    script
        .answers
        .lock()
        .unwrap()
        .extend(answers.iter().map(|a| a.to_string()));
    let mut ctx = terminal_context(env, &script, &out, &err);
    ctx.io.stdout_is_tty = terminal;
    ctx.io.stderr_is_tty = terminal;
    ctx.io.stdin_is_tty = terminal;
    ctx.can_prompt = terminal;
    let cli = Cli::try_parse_from(std::iter::once("ssoctl").chain(args.iter().copied())).unwrap();
    ctx.format = cli.global.output;
    ctx.verbose = cli.global.verbose;
    let result = env.rt.block_on(async {
        let outcome = ssoctl::commands::dispatch(&mut ctx, cli.command).await?;
        ssoctl::app::conclude(&mut ctx, &outcome)
    });
    let style = ssoctl::app::ErrorStyle {
        json: ctx.format == ssoctl::output::OutputFormat::Json,
        terminal,
    };
    drop(ctx);
    let exit = match result {
        Ok(code) => code,
        Err(e) => {
            // Rendered by the code `app::report` uses.
            let e = ssoctl::app::to_cli_error(&e);
            ssoctl::app::render(&mut err.clone(), &e, style);
            e.kind.exit_code()
        }
    };
    let stderr = err.text();
    Seen {
        stdout: out.text(),
        stderr,
        exit,
    }
}

impl std::fmt::Display for Seen {
    /// One text for a snapshot: the exit code, then both streams.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.exit, self.stdout, self.stderr
        )
    }
}
