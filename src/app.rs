//! Start-up and the one place errors are rendered: `error:`, details,
//! `hint:` lines, the request id, and the exit code.

use std::io::Write;
use std::process::ExitCode;

pub use crate::api::error::to_cli_error;
use crate::cli::{Cli, Command, LoginCommand};
use crate::commands;
use crate::config::{self, Env, ProcessEnv};
use crate::context::{Context, IoStreams, SandboxTarget};
use crate::error::{CliError, ErrorKind, Result};
use crate::outcome::Outcome;
use crate::output::OutputFormat;
use crate::prompt::TerminalPrompter;
use crate::secret::Secret;

/// Runs the command: its data on stdout, its verdict's error on stderr, and
/// the exit code. An `Err` is an error that stopped the command; `main`
/// renders it with [`report`].
pub fn run(cli: Cli) -> Result<ExitCode> {
    let global = &cli.global;
    let verbosity = if global.verbose > 0 {
        global.verbose
    } else {
        ProcessEnv
            .var("SSOCTL_VERBOSE")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    init_tracing(verbosity, global.quiet);
    let io = IoStreams::system(global.color, global.quiet);
    let config_dir = config::config_dir(ProcessEnv.var("SSOCTL_CONFIG_DIR").as_deref())?;
    let mut ctx = Context::new(
        io,
        global.output,
        global.no_input,
        Box::new(TerminalPrompter),
        config_dir,
        global.profile.clone(),
    );
    ctx.ca_cert_flag = global.ca_cert.clone();
    ctx.verbose = verbosity;
    let trace = global.trace.clone().map(|path| {
        (
            path,
            std::sync::Arc::new(crate::http::trace::Trace::default()),
        )
    });
    ctx.trace = trace.as_ref().map(|(_, t)| t.clone());
    let use_sandbox = global.sandbox;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::general(format!("cannot start the async runtime: {e}")))?;
    let outcome = runtime.block_on(async {
        let sandbox = if use_sandbox {
            let sandbox = start_sandbox(&mut ctx).await?;
            if let Command::Login(LoginCommand::Test(args)) = &cli.command
                && let Some(slug) = &args.slug
            {
                announce_test_user(&mut ctx, &sandbox, slug);
            }
            Some(sandbox)
        } else {
            None
        };
        // `sandbox serve` stops on Ctrl-C by design; everything else is interrupted.
        let outcome = if matches!(cli.command, Command::Sandbox(_)) {
            commands::dispatch(&mut ctx, cli.command).await
        } else {
            tokio::select! {
                outcome = commands::dispatch(&mut ctx, cli.command) => outcome,
                _ = tokio::signal::ctrl_c() => Err(CliError::cancelled().into()),
            }
        };
        if let Some(sandbox) = sandbox {
            sandbox.shutdown().await;
        }
        Ok(ExitCode::from(conclude(&mut ctx, &outcome?)?))
    });
    // The trace is written whatever happened: a failure is when it is needed.
    if let Some((path, trace)) = trace {
        match trace.write(&path) {
            Ok(()) => ctx.io.status(&format!(
                "Trace written to {} (secrets redacted)",
                path.display()
            )),
            Err(e) => ctx.io.warn(&format!(
                "cannot write the trace to {}: {e}",
                path.display()
            )),
        }
    }
    outcome
}

/// `--sandbox`: a fresh in-process sandbox with the demo tenants, on a free
/// loopback port, with a random token; the command talks to it over HTTP.
async fn start_sandbox(ctx: &mut Context) -> Result<crate::sandbox::Sandbox> {
    let token = format!("sbx-{}", uuid::Uuid::new_v4().simple());
    let options = crate::sandbox::SandboxOptions {
        token: token.clone(),
        seed: Some(crate::sandbox::Seed::Demo),
        state_file: ctx.env.var("SSOCTL_SANDBOX_STATE").map(Into::into),
        ..Default::default()
    };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let sandbox = crate::sandbox::Sandbox::start(addr, options)
        .await
        .map_err(|e| CliError::general(format!("cannot start the sandbox: {e:#}")))?;
    let url = url::Url::parse(&sandbox.url()).map_err(|e| CliError::general(e.to_string()))?;
    tracing::debug!("sandbox listening on {url}");
    ctx.sandbox = Some(SandboxTarget {
        url,
        token: Secret::new(token),
        okta_api_token: Secret::new(sandbox.control().okta_api_token()),
    });
    Ok(sandbox)
}

/// `--sandbox login test SLUG`: the person at the browser needs a user of
/// the emulated org to sign in as.
fn announce_test_user(ctx: &mut Context, sandbox: &crate::sandbox::Sandbox, slug: &str) {
    if let Ok(org) = sandbox.control().okta_org(slug)
        && let Some(user) = org.users.iter().find(|u| u.assigned)
    {
        ctx.io.status(&format!(
            "Sandbox: sign in at the emulated Okta as {} with the password {}",
            user.login, user.password
        ));
    }
}

fn init_tracing(verbosity: u8, quiet: bool) {
    let level = match (quiet, verbosity) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "ssoctl=debug,warn",
        (false, _) => "ssoctl=trace,info",
    };
    let filter = tracing_subscriber::EnvFilter::try_new(level).unwrap_or_else(|_| "warn".into());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        // `-v` traces pass the same guard as all other output.
        .with_writer(|| crate::output::Guard::new(std::io::stderr(), false))
        .with_target(false)
        .without_time()
        .with_ansi(false)
        .try_init();
}

/// Renders an error that stopped the command on stderr and picks the exit
/// code; `format` is the `--output` asked for (JSON errors for `-o json`).
pub fn report(error: &anyhow::Error, format: OutputFormat) -> ExitCode {
    use std::io::IsTerminal;
    let cli_error = to_cli_error(error);
    let style = ErrorStyle {
        json: format == OutputFormat::Json,
        terminal: std::io::stderr().is_terminal(),
    };
    // The same guard as all other output (secrets scrubbed, control sequences shown).
    render(
        &mut crate::output::Guard::new(std::io::stderr().lock(), false),
        &cli_error,
        style,
    );
    ExitCode::from(cli_error.kind.exit_code())
}

/// How an error is rendered: JSON for `-o json`; on a terminal, an
/// interrupted prompt's line is ended first.
#[derive(Debug, Clone, Copy)]
pub struct ErrorStyle {
    pub json: bool,
    pub terminal: bool,
}

/// `error:`, the details, then the `hint:` lines; or, for `-o json`, one
/// object: `{"error": {"code", "message", "hint", "request_id", "details"}}`.
/// Prints a command's data, then its verdict (an `error:` with its hints,
/// or a plain status line), and gives the exit code.
pub fn conclude(ctx: &mut Context, outcome: &Outcome) -> Result<u8> {
    ctx.print(&outcome.printable)?;
    if let Some(failure) = &outcome.failure {
        let style = ErrorStyle {
            json: ctx.format == OutputFormat::Json,
            terminal: ctx.io.stderr_is_tty,
        };
        render(&mut ctx.io.err, failure, style);
    } else if let Some((_, status)) = &outcome.verdict {
        ctx.io.status(status);
    }
    Ok(outcome.exit_code())
}

pub fn render(err: &mut dyn Write, cli_error: &CliError, style: ErrorStyle) {
    if style.json {
        let hint = (!cli_error.hints.is_empty()).then(|| cli_error.hints.join("\n"));
        let value = serde_json::json!({
            "error": {
                "code": cli_error.code().unwrap_or(cli_error.kind.name()),
                "message": cli_error.message,
                "hint": hint,
                "request_id": cli_error.request_id(),
                "details": cli_error.details,
                "exit_code": cli_error.kind.exit_code(),
            }
        });
        let _ = writeln!(err, "{value}");
        return;
    }
    // Ctrl-C leaves the cursor after the prompt ("Company name: "): the
    // error starts on a line of its own.
    if style.terminal && cli_error.kind == ErrorKind::Cancelled {
        let _ = writeln!(err);
    }
    let _ = writeln!(err, "error: {}", cli_error.message);
    for detail in &cli_error.details {
        let _ = writeln!(err, "  {detail}");
    }
    for hint in &cli_error.hints {
        let _ = writeln!(err, "hint: {hint}");
    }
}
