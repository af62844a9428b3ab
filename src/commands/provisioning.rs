//! `ssoctl provisioning`: the project, subscription and owner created at a
//! tenant's first login, and the retry for when that failed.

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::api::Provisioning;
use crate::api::error::tenant_not_found as not_found;
use crate::cli::{ProvisioningCommand, SlugArg};
use crate::commands::idempotency_key;
use crate::context::Context;
use crate::error::{CliError, ErrorKind, Result};
use crate::output::{Printable, or_dash};

pub async fn run(ctx: &mut Context, command: ProvisioningCommand) -> Result<Printable> {
    match command {
        ProvisioningCommand::Status(SlugArg { slug }) => status(ctx, &slug).await,
        ProvisioningCommand::Retry {
            slug,
            wait,
            force,
            timeout,
            interval,
        } => retry(ctx, &slug, wait, force, timeout, interval).await,
    }
}

/// The guide's row "Dashboard loads but project_id is empty".
pub fn empty_project_fix(slug: &str) -> String {
    format!(
        "project_id is empty: Biometry's provisioning services were unreachable at first login \
(guide: \"Dashboard loads but project_id is empty\").\nFix: ssoctl provisioning retry {slug} --wait"
    )
}

/// Provisioning as printed: the API's fields plus the fix, when one applies.
#[derive(Serialize)]
struct Report<'a> {
    #[serde(flatten)]
    provisioning: &'a Provisioning,
    fix: Option<String>,
}

fn report(p: &Provisioning) -> Printable {
    let fix = match p.state.as_str() {
        "not_started" => None,
        "in_progress" => None,
        _ if p.project_missing() => Some(empty_project_fix(&p.slug)),
        _ => None,
    };
    let mut notes = Vec::new();
    if p.state == "not_started" {
        notes.push(
            "Nobody has signed in yet: provisioning runs at the tenant's first SSO login."
                .to_string(),
        );
    }
    notes.extend(fix.clone());
    let owner = p.owner.as_ref().map(|o| {
        format!(
            "{} (role {}, project role {})",
            o.email, o.role, o.project_role
        )
    });
    let subscription = p.subscription.as_ref().map(|s| match &s.status {
        Some(status) => format!("{} ({status})", s.plan),
        None => s.plan.clone(),
    });
    let last_error = p
        .last_error
        .as_ref()
        .map(|e| format!("{} ({})", e.message, e.code));
    let fields = vec![
        ("tenant", p.slug.clone()),
        ("state", p.state.clone()),
        ("project id", or_dash(p.project_id.as_deref())),
        ("subscription", or_dash(subscription.as_deref())),
        ("owner", or_dash(owner.as_deref())),
        ("users", p.users_count.to_string()),
        ("attempts", p.attempts.to_string()),
        ("last attempt", or_dash(p.last_attempt_at.as_deref())),
        ("last error", or_dash(last_error.as_deref())),
    ];
    Printable::details(
        &Report {
            provisioning: p,
            fix,
        },
        fields,
        notes,
    )
}

async fn status(ctx: &mut Context, slug: &str) -> Result<Printable> {
    let client = ctx.api()?;
    let p = client.provisioning(slug).await.map_err(not_found(slug))?;
    Ok(report(&p))
}

async fn retry(
    ctx: &mut Context,
    slug: &str,
    wait: bool,
    force: bool,
    timeout: Duration,
    interval: Duration,
) -> Result<Printable> {
    let client = ctx.api()?;
    if !force {
        let now = client.provisioning(slug).await.map_err(not_found(slug))?;
        if now.state == "succeeded" && !now.project_missing() {
            return Err(CliError::conflict(format!(
                "{slug} is already provisioned (project {}, attempt {})",
                now.project_id.as_deref().unwrap_or_default(),
                now.attempts
            ))
            .hint(
                "nothing to retry; pass --force to run provisioning again (it never creates a second project)",
            )
            .into());
        }
    }
    let key = idempotency_key();
    let started = client
        .retry_provisioning(slug, &key)
        .await
        .map_err(|e| -> anyhow::Error {
            if e.code() == Some("nothing_to_provision") {
                CliError::conflict(format!(
                    "nothing to provision for {slug}: nobody has signed in yet"
                ))
                .hint("provisioning runs at the tenant's first SSO login; ask a user to sign in")
                .into()
            } else {
                not_found(slug)(e)
            }
        })?;
    ctx.io.success(&format!(
        "Provisioning of {slug} started (attempt {})",
        started.attempts
    ));
    if !wait {
        ctx.io.status(&format!(
            "Follow it with `ssoctl provisioning status {slug}`"
        ));
        return Ok(report(&started));
    }

    let spinner = if ctx.io.stderr_is_tty && !ctx.io.quiet {
        let bar = indicatif::ProgressBar::new_spinner();
        // `{elapsed}` ticks on its own; the limit says how long it may take.
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed} of {prefix})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.set_prefix(humantime::format_duration(timeout).to_string());
        bar.set_message(format!("waiting for provisioning of {slug}"));
        bar.enable_steady_tick(Duration::from_millis(100));
        Some(bar)
    } else {
        ctx.io.status(&format!(
            "Waiting for provisioning of {slug} (up to {})",
            humantime::format_duration(timeout)
        ));
        None
    };
    let deadline = Instant::now() + timeout;
    // The run this retry started is done when the state has left
    // `in_progress` and the attempt count has reached the retry's.
    let goes_on = format!(
        "provisioning goes on in the service; check it with `ssoctl provisioning status {slug}`"
    );
    let result = loop {
        let now = tokio::select! {
            now = client.provisioning(slug) => now.map_err(not_found(slug)),
            _ = tokio::signal::ctrl_c() => break Err(CliError::new(
                ErrorKind::Cancelled,
                format!("stopped waiting for provisioning of {slug}"),
            )
            .hint(goes_on.clone())
            .into()),
        };
        match now {
            Ok(p) if p.is_finished() && p.attempts >= started.attempts => break Ok(p),
            Ok(_) => {}
            // The run was started; only the watching failed.
            Err(e) => {
                ctx.io
                    .warn(&format!("lost track of provisioning of {slug}; {goes_on}"));
                break Err(e);
            }
        }
        if Instant::now() + interval > deadline {
            break Err(CliError::general(format!(
                "provisioning of {slug} did not finish within {}",
                humantime::format_duration(timeout)
            ))
            .hint(format!(
                "it may still finish; check with `ssoctl provisioning status {slug}`"
            ))
            .into());
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = tokio::signal::ctrl_c() => break Err(CliError::new(
                ErrorKind::Cancelled,
                format!("stopped waiting for provisioning of {slug}"),
            )
            .hint(goes_on.clone())
            .into()),
        }
    };
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    let p = result?;
    if p.state == "succeeded" && !p.project_missing() {
        ctx.io.success(&format!(
            "Provisioned {slug}: project {}",
            p.project_id.as_deref().unwrap_or_default()
        ));
        return Ok(report(&p));
    }
    let reason = p
        .last_error
        .as_ref()
        .map(|e| e.message.clone())
        .unwrap_or_else(|| format!("state {}", p.state));
    Err(CliError::general(format!("provisioning of {slug} failed: {reason}"))
        .detail(format!("project id: {}", or_dash(p.project_id.as_deref())))
        .hint(format!("run `ssoctl provisioning retry {slug} --wait` again later; if it keeps failing, escalate to Biometry's platform team"))
        .into())
}
