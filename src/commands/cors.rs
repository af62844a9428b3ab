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
        CorsCommand::Add {
            origins,
            allow_http,
        } => add(ctx, &origins, allow_http).await,
        CorsCommand::Remove { origins, yes } => remove(ctx, &origins, yes).await,
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

/// Every origin is checked before the first is sent, so a typo in the third
/// leaves the list untouched.
fn normalized_all(ctx: &mut Context, inputs: &[String]) -> Result<Vec<String>> {
    let mut origins: Vec<String> = Vec::new();
    for input in inputs {
        let origin = normalized(ctx, input)?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Ok(origins)
}

/// A plain-http page can be changed by anyone on its network, and a browser
/// that trusts it hands it the dashboard's answers: refused unless asked for.
fn refuse_plain_http(origins: &[String]) -> Result<()> {
    let plain = origins.iter().find(|origin| {
        url::Url::parse(origin)
            .is_ok_and(|url| url.scheme() == "http" && !crate::config::is_loopback_url(&url))
    });
    match plain {
        Some(origin) => Err(CliError::usage(format!(
            "{origin} is plain http: the dashboard's answers would reach a page anyone on its network can change"
        ))
        .hint(format!(
            "use {}, or pass --allow-http if this origin really serves over http",
            origin.replacen("http://", "https://", 1)
        ))
        .into()),
        None => Ok(()),
    }
}

async fn add(ctx: &mut Context, inputs: &[String], allow_http: bool) -> Result<Printable> {
    let origins = normalized_all(ctx, inputs)?;
    if !allow_http {
        refuse_plain_http(&origins)?;
    }
    let client = ctx.api()?;
    let mut changes = Vec::new();
    for origin in origins {
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
        changes.push(Change { origin, changed });
    }
    Ok(Printable::new(&changes, View::Nothing))
}

async fn remove(ctx: &mut Context, inputs: &[String], yes: bool) -> Result<Printable> {
    let origins = normalized_all(ctx, inputs)?;
    let client = ctx.api()?;
    if !yes {
        let list = origins.join(", ");
        let expected = if origins.len() == 1 {
            origins[0].clone()
        } else {
            format!("remove {}", origins.len())
        };
        ctx.confirm_by_typing(
            &format!("remove {list}"),
            &format!("Browsers on {list} will no longer be allowed to call the dashboard's API."),
            &expected,
        )?;
    }
    let mut changes = Vec::new();
    for origin in origins {
        let changed = match client.remove_cors_origin(&origin).await {
            Ok(()) => {
                ctx.io.success(&format!("Removed {origin}"));
                true
            }
            // Not there is what was asked for, as `add` of a present origin.
            Err(e) if e.is(404) => {
                ctx.io
                    .status(&format!("{origin} is not present; nothing to remove"));
                false
            }
            Err(e) => return Err(e.into()),
        };
        changes.push(Change { origin, changed });
    }
    Ok(Printable::new(&changes, View::Nothing))
}
