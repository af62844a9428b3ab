//! Start-up and the one place errors are rendered: `error:`, details,
//! `hint:` lines, the request id, and the exit code.

use std::io::Write;
use std::process::ExitCode;

use crate::api::ApiError;
use crate::cli::{Cli, Command, LoginCommand};
use crate::commands;
use crate::config;
use crate::context::{Context, IoStreams, SandboxTarget};
use crate::error::{CliError, Result};
use crate::http::HttpError;
use crate::prompt::TerminalPrompter;
use crate::secret::Secret;

pub fn run(cli: Cli) -> Result<()> {
    let global = &cli.global;
    let verbosity = if global.verbose > 0 {
        global.verbose
    } else {
        std::env::var("SSOCTL_VERBOSE")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    init_tracing(verbosity, global.quiet);
    let io = IoStreams::system(global.color, global.quiet);
    let config_dir = config::config_dir(std::env::var("SSOCTL_CONFIG_DIR").ok().as_deref())?;
    let mut ctx = Context::new(
        io,
        global.output,
        global.no_input,
        Box::new(TerminalPrompter),
        config_dir,
        global.profile.clone(),
    );
    ctx.ca_cert_flag = global.ca_cert.clone();
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
    let outcome = runtime.block_on(async move {
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
        ctx.print(&outcome?)
    });
    // The trace is written whatever happened: a failure is when it is needed.
    if let Some((path, trace)) = trace {
        match trace.write(&path) {
            Ok(()) => eprintln!("Trace written to {} (secrets redacted)", path.display()),
            Err(e) => eprintln!("! cannot write the trace to {}: {e}", path.display()),
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
        state_file: std::env::var_os("SSOCTL_SANDBOX_STATE").map(Into::into),
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

/// Renders an error on stderr and picks the exit code.
pub fn report(error: &anyhow::Error) -> ExitCode {
    let cli_error = to_cli_error(error);
    let mut err = crate::output::Guard::new(std::io::stderr().lock(), false);
    let _ = writeln!(err, "error: {}", cli_error.message);
    for detail in &cli_error.details {
        let _ = writeln!(err, "  {detail}");
    }
    for hint in &cli_error.hints {
        let _ = writeln!(err, "hint: {hint}");
    }
    ExitCode::from(cli_error.kind.exit_code())
}

/// Finds what the error chain knows: a `CliError` as it is, an `ApiError`
/// or `HttpError` mapped to its class, anything else as a general error
/// with its causes.
pub fn to_cli_error(error: &anyhow::Error) -> CliError {
    for cause in error.chain() {
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return CliError {
                kind: e.kind,
                message: e.message.clone(),
                details: e.details.clone(),
                hints: e.hints.clone(),
            };
        }
        if let Some(e) = cause.downcast_ref::<ApiError>() {
            return api_error(e);
        }
        if let Some(e) = cause.downcast_ref::<HttpError>() {
            return http_error(e);
        }
    }
    let mut cli_error = CliError::general(error.to_string());
    for cause in error.chain().skip(1) {
        cli_error = cli_error.detail(format!("caused by: {cause}"));
    }
    cli_error
}

pub fn api_error(error: &ApiError) -> CliError {
    let mut out = match error {
        ApiError::Http(http) => return http_error(http),
        ApiError::InvalidResponse(invalid) => CliError::general(format!(
            "the service gave an answer ssoctl cannot read: {}",
            invalid.problem
        ))
        .detail(format!(
            "request: {} {} (HTTP {})",
            invalid.method,
            config::display_url(&invalid.url),
            invalid.status
        ))
        .hint("this is a service-side problem; send the request id to Biometry's SSO team"),
        ApiError::Status(status) => {
            let what = format!("{} {}", status.method, status.url.path());
            let mut e = match (status.status, status.code.as_deref()) {
                (401, _) => CliError::auth(format!("the service refused the admin token: {}", status.message))
                    .hint("run `ssoctl auth login` to store a valid token (SSOCTL_TOKEN, when set, wins over the stored one)"),
                (403, _) => CliError::auth(format!("the admin token may not do this: {}", status.message))
                    .hint("ask for a token with the right permissions, then run `ssoctl auth login`"),
                (404, Some("sso_config_not_found")) => CliError::not_found(format!(
                    "SSO config not found: no tenant is registered under that slug ({what})"
                ))
                .hint("list the registered tenants with `ssoctl tenant list`"),
                (404, _) => CliError::not_found(status.message.clone()),
                (409, _) => CliError::conflict(status.message.clone()),
                (412, _) | (428, _) => CliError::conflict(status.message.clone())
                    .hint("read the current state again and retry the change"),
                (422, _) => CliError::usage(format!("the service rejected the request: {}", status.message))
                    .details(validation_details(status.details.as_ref())),
                (429, _) => CliError::general(format!("the service is rate limiting requests: {}", status.message))
                    .hint("wait a minute and run the command again"),
                (500..=599, _) => CliError::general(format!("the service failed: {} ({what})", status.message))
                    .hint("try again in a moment; if it keeps failing, send the request id to Biometry's SSO team"),
                _ => CliError::general(format!("{} ({what})", status.message)),
            };
            if let Some(code) = &status.code {
                e = e.detail(format!("error code: {code}"));
            }
            e
        }
    };
    if let Some(id) = error.request_id() {
        out = out.detail(format!("request id: {id}"));
    }
    out
}

fn validation_details(details: Option<&serde_json::Value>) -> Vec<String> {
    let Some(serde_json::Value::Array(items)) = details else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let field = item.get("field")?.as_str()?;
            let message = item.get("message")?.as_str()?;
            Some(format!("- {field}: {message}"))
        })
        .collect()
}

pub fn http_error(error: &HttpError) -> CliError {
    let base = CliError::general(error.to_string());
    match error {
        HttpError::Connect { url, attempts, .. } => base
            .detail(format!("tried {attempts} time(s): {url}"))
            .hint("check the API URL with `ssoctl profile show` and your network; add --sandbox to try ssoctl against the built-in sandbox"),
        HttpError::Timeout { attempts, .. } => base
            .detail(format!("tried {attempts} time(s)"))
            .hint("the service may be overloaded; try again, or raise SSOCTL_HTTP_TIMEOUT (e.g. 60s)"),
        HttpError::Tls { .. } => base.hint(
            "if a corporate proxy or a private CA signs this certificate, trust its CA with --ca-cert FILE (or `ssoctl profile set ca_cert FILE`)",
        ),
        HttpError::Interrupted { attempts, .. } => base
            .detail(format!("tried {attempts} time(s)"))
            .hint("try again; a proxy or the network cut the connection"),
        HttpError::BodyTooLarge { .. } => base.hint("the answer is not what the API sends; check the API URL with `ssoctl profile show`"),
        HttpError::Setup(_) => CliError::usage(error.to_string()),
    }
}
