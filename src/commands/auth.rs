//! `ssoctl auth`: the admin API token.

use serde::Serialize;

use crate::cli::AuthCommand;
use crate::config::display_url;
use crate::context::Context;
use crate::credentials::{TOKEN_ENV, TokenSource};
use crate::error::{CliError, Result};
use crate::output::Printable;
use crate::secret::{Secret, secret_from_text};

pub async fn run(ctx: &mut Context, command: AuthCommand) -> Result<Printable> {
    match command {
        AuthCommand::Login { with_token } => login(ctx, with_token).await,
        AuthCommand::Logout => logout(ctx),
        AuthCommand::Status => status(ctx).await,
    }
}

#[derive(Serialize)]
struct LoginResult {
    api_url: String,
    stored_in: TokenSource,
    service_version: Option<String>,
}

async fn login(ctx: &mut Context, with_token: bool) -> Result<Printable> {
    if ctx.sandbox.is_some() {
        return Err(CliError::usage(
            "--sandbox brings its own token; there is nothing to log in to",
        )
        .hint("run `ssoctl sandbox serve` and point a profile at it to try `auth login`")
        .into());
    }
    let api_url = display_url(&ctx.settings()?.api_url.value);
    let token = read_token(ctx, with_token, &api_url)?;

    let client = crate::api::Client::new(
        ctx.http()?,
        ctx.settings()?.api_url.value.clone(),
        token.clone(),
    );
    let health = client.health().await.map_err(|e| {
        if e.is(401) {
            // Said once, in the message.
            CliError::auth(format!("{api_url} refused this token; it was not stored"))
                .hint("copy the admin token again and rerun `ssoctl auth login`")
        } else {
            crate::api::error::api_error(&e).detail("the token was not stored")
        }
    })?;

    let stored = ctx.token_store().store(&api_url, &token)?;
    match (&stored.source, &stored.keyring_problem) {
        (TokenSource::File(path), Some(problem)) => {
            ctx.io
                .warn(&format!("no usable system keyring ({problem})"));
            ctx.io.success(&format!(
                "Logged in to {api_url}; token stored in {} (readable only by you)",
                path.display()
            ));
        }
        (source, _) => ctx
            .io
            .success(&format!("Logged in to {api_url}; token stored in {source}")),
    }
    if ctx.env.var(TOKEN_ENV).is_some_and(|v| !v.trim().is_empty()) {
        ctx.io.warn(&format!(
            "{TOKEN_ENV} is set and wins over the stored token while it is"
        ));
    }
    let result = LoginResult {
        api_url,
        stored_in: stored.source,
        service_version: health.version,
    };
    Ok(Printable::new(&result, crate::output::View::Nothing))
}

fn read_token(ctx: &mut Context, with_token: bool, api_url: &str) -> Result<Secret> {
    if with_token {
        let text = ctx.io.read_input()?;
        return secret_from_text(&text).ok_or_else(|| {
            CliError::usage("--with-token was given but standard input is empty")
                .hint("pipe the token in: `ssoctl auth login --with-token < token.txt`")
                .into()
        });
    }
    if !ctx.can_prompt {
        return Err(CliError::usage("no token given")
            .hint("pipe the token on standard input with --with-token (tokens are never taken as arguments)")
            .into());
    }
    ctx.io.status(&format!("Logging in to {api_url}"));
    ctx.prompter.secret("Admin API token")
}

#[derive(Serialize)]
struct LogoutResult {
    api_url: String,
    removed_from: Vec<TokenSource>,
}

fn logout(ctx: &mut Context) -> Result<Printable> {
    let api_url = display_url(&ctx.settings()?.api_url.value);
    let removed = ctx.token_store().remove(&api_url)?;
    if removed.is_empty() {
        ctx.io.status(&format!("No token was stored for {api_url}"));
    } else {
        let places: Vec<String> = removed.iter().map(ToString::to_string).collect();
        ctx.io.success(&format!(
            "Logged out of {api_url}; removed the token from {}",
            places.join(" and ")
        ));
    }
    if ctx.env.var(TOKEN_ENV).is_some_and(|v| !v.trim().is_empty()) {
        ctx.io
            .warn(&format!("{TOKEN_ENV} is still set; unset it too"));
    }
    Ok(Printable::new(
        &LogoutResult {
            api_url,
            removed_from: removed,
        },
        crate::output::View::Nothing,
    ))
}

#[derive(Serialize)]
struct StatusResult {
    api_url: String,
    profile: String,
    token_source: TokenSource,
    token: String,
    valid: bool,
    service_version: Option<String>,
}

async fn status(ctx: &mut Context) -> Result<Printable> {
    let settings = ctx.settings()?.clone();
    let api_url = display_url(&settings.api_url.value);
    let Some((token, source)) = ctx.token()? else {
        return Err(ctx.not_logged_in(&settings.api_url.value).into());
    };
    let client =
        crate::api::Client::new(ctx.http()?, settings.api_url.value.clone(), token.clone());
    let health = client.health().await.map_err(|e| {
        let error = crate::api::error::api_error(&e);
        if e.is(401) {
            CliError::auth(format!("{api_url} refused the token from {source}"))
                .details(error.details)
                .hint(match source {
                    TokenSource::Env => format!("unset {TOKEN_ENV} or set it to a valid token"),
                    _ => "run `ssoctl auth login` to store a valid token".to_string(),
                })
        } else {
            error
        }
    })?;
    let result = StatusResult {
        api_url: api_url.clone(),
        profile: settings.profile.clone(),
        token_source: source.clone(),
        token: token.redacted(),
        valid: true,
        service_version: health.version.clone(),
    };
    let fields = vec![
        ("api url", api_url),
        ("profile", settings.profile),
        ("token from", source.to_string()),
        ("token", token.redacted()),
        ("token valid", "yes".to_string()),
        (
            "service version",
            crate::output::or_dash(health.version.as_deref()),
        ),
    ];
    Ok(Printable::details(&result, fields, Vec::new()))
}
