//! `ssoctl cors`: the origins the service allows (guide: "CORS errors in
//! browser console").

use serde::Serialize;

use crate::cli::CorsCommand;
use crate::commands::idempotency_key;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::origin;
use crate::output::{Printable, View, or_dash};

pub async fn run(ctx: &mut Context, command: CorsCommand) -> Result<Printable> {
    match command {
        CorsCommand::List => list(ctx).await,
        CorsCommand::Add { origin } => add(ctx, &origin).await,
        CorsCommand::Remove { origin } => remove(ctx, &origin).await,
    }
}

async fn list(ctx: &mut Context) -> Result<Printable> {
    let client = ctx.api()?;
    let origins = client.cors_origins().await?;
    if origins.is_empty() && ctx.io.stdout_is_tty {
        ctx.io
            .status("No origins are allowed yet; add one with `ssoctl cors add ORIGIN`");
    }
    let rows = origins
        .iter()
        .map(|o| vec![o.origin.clone(), or_dash(o.created_at.as_deref())])
        .collect();
    Ok(Printable::table(&origins, &["origin", "added"], rows))
}

fn normalized(ctx: &mut Context, input: &str) -> Result<String> {
    let origin = origin::normalize(input)
        .map_err(|e| CliError::invalid("origin", &e.problem, e.suggestion.as_deref()))?;
    if origin != input.trim() {
        ctx.io
            .status(&format!("Using the normalised origin {origin}"));
    }
    Ok(origin)
}

#[derive(Serialize)]
struct Change {
    origin: String,
    /// False when the list already was as asked.
    changed: bool,
}

async fn add(ctx: &mut Context, input: &str) -> Result<Printable> {
    let origin = normalized(ctx, input)?;
    let client = ctx.api()?;
    let changed = match client.add_cors_origin(&origin, &idempotency_key()).await {
        Ok(_) => {
            ctx.io.success(&format!("Allowed {origin}"));
            true
        }
        Err(e) if e.code() == Some("origin_exists") || e.is(409) => {
            ctx.io.status(&format!("{origin} is already allowed"));
            false
        }
        Err(e) => return Err(e.into()),
    };
    Ok(Printable::new(&Change { origin, changed }, View::Nothing))
}

async fn remove(ctx: &mut Context, input: &str) -> Result<Printable> {
    let origin = normalized(ctx, input)?;
    let client = ctx.api()?;
    match client.remove_cors_origin(&origin).await {
        Ok(()) => ctx.io.success(&format!("Removed {origin}")),
        Err(e) if e.is(404) => {
            return Err(
                CliError::not_found(format!("{origin} is not in the allowed origins"))
                    .hint("list them with `ssoctl cors list`")
                    .into(),
            );
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Printable::new(
        &Change {
            origin,
            changed: true,
        },
        View::Nothing,
    ))
}
