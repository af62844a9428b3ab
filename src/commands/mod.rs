//! One file per noun; each verb takes the context and its arguments and
//! returns its data, or an [`Outcome`] (data and verdict) where the verdict
//! can fail. Commands never print an error or exit the process.

pub mod api;
pub mod auth;
pub mod check;
pub mod completions;
pub mod cors;
pub mod doctor;
pub mod login;
pub mod okta;
pub mod profile;
pub mod provisioning;
pub mod reports;
pub mod sandbox;
pub mod tenant;
pub mod version;

use std::path::Path;

use crate::cli::{Command, SecretArgs};
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::outcome::Outcome;
use crate::output::Printable;
use crate::secret::{Secret, secret_from_text};

pub const CLIENT_SECRET_ENV: &str = "SSOCTL_CLIENT_SECRET";

pub async fn dispatch(ctx: &mut Context, command: Command) -> Result<Outcome> {
    let printable: Printable = match command {
        Command::Auth(cmd) => auth::run(ctx, cmd).await?,
        Command::Profile(cmd) => profile::run(ctx, cmd)?,
        Command::Tenant(cmd) => return tenant::run(ctx, cmd).await,
        Command::Provisioning(cmd) => provisioning::run(ctx, cmd).await?,
        Command::Cors(cmd) => cors::run(ctx, cmd).await?,
        Command::Check(cmd) => return check::run(ctx, cmd).await,
        Command::Okta(cmd) => return okta::run(ctx, cmd).await,
        Command::Doctor(args) => return doctor::run(ctx, args).await,
        Command::Login(cmd) => return login::run(ctx, cmd).await,
        Command::Api(args) => return api::run(ctx, args).await,
        Command::Sandbox(cmd) => sandbox::run(ctx, cmd).await?,
        Command::Completions(args) => completions::run(args)?,
        Command::Version(args) => version::run(ctx, args).await?,
    };
    Ok(Outcome::from(printable))
}

/// The client secret from `--client-secret-stdin`, `--client-secret-file`
/// or `SSOCTL_CLIENT_SECRET`, in that order; `None` when none is given.
pub fn secret_from_args(ctx: &mut Context, args: &SecretArgs) -> Result<Option<Secret>> {
    if args.client_secret_stdin {
        let text = ctx.io.read_input()?;
        return secret_from_text(&text).map(Some).ok_or_else(|| {
            CliError::usage("--client-secret-stdin was given but standard input is empty")
                .hint(
                    "pipe the secret in: `printf %s \"$SECRET\" | ssoctl … --client-secret-stdin`",
                )
                .into()
        });
    }
    if let Some(path) = &args.client_secret_file {
        return read_secret_file(path).map(Some);
    }
    if let Some(value) = ctx
        .env
        .var(CLIENT_SECRET_ENV)
        .and_then(|v| secret_from_text(&v))
    {
        return Ok(Some(value));
    }
    Ok(None)
}

fn read_secret_file(path: &Path) -> Result<Secret> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::usage(format!(
            "cannot read the client secret file {}: {e}",
            path.display()
        ))
    })?;
    secret_from_text(&text).ok_or_else(|| {
        CliError::usage(format!(
            "the client secret file {} is empty",
            path.display()
        ))
        .into()
    })
}

/// A fresh key for one logical request; retries of that request reuse it.
pub fn idempotency_key() -> String {
    crate::api::register::idempotency_key()
}
