//! `ssoctl check`: the customer's Okta setup, checked without anyone signing
//! in and without an admin token. Each subcommand is the doctor's collector
//! on part of a subject, and a group of its rules.

use crate::api::expected_redirect_uri;
use crate::cli::{CheckCommand, RedirectUriArgs};
use crate::commands::reports::finish;
use crate::commands::secret_from_args;
use crate::context::Context;
use crate::doctor::collect::{self, Sources};
use crate::doctor::facts::Facts;
use crate::doctor::{Finding, Report, Severity, rules};
use crate::error::Result;
use crate::http::HttpClient;
use crate::outcome::Outcome;
use crate::secret::Secret;

pub async fn run(ctx: &mut Context, command: CheckCommand) -> Result<Outcome> {
    let strict = match &command {
        CheckCommand::Domain { strict, .. }
        | CheckCommand::Client { strict, .. }
        | CheckCommand::Policy { strict, .. } => strict.strict,
        CheckCommand::RedirectUri(args) => args.strict.strict,
    };
    let report = match command {
        CheckCommand::Domain { domain, .. } => {
            let http = ctx.http()?;
            let facts = collect::unregistered(sources(&http), &domain, None, None, None).await;
            let mut report = Report::new(domain.trim());
            report.about = rules::about(&facts);
            report.extend(domain_findings(&facts, false));
            report
        }
        CheckCommand::RedirectUri(args) => redirect_uri(ctx, args).await?,
        CheckCommand::Client { app, secret, .. } => {
            let secret = client_secret(ctx, &secret)?;
            let http = ctx.http()?;
            // A redirect URI only matters for the dummy-code fallback, where the code fails first.
            let redirect = format!(
                "{}/callback",
                crate::config::display_url(&ctx.settings()?.auth_url.value)
            );
            let sources = Sources {
                client_secret: Some(&secret),
                ..sources(&http)
            };
            let facts = collect::unregistered(
                sources,
                &app.okta_domain,
                Some(&app.client_id),
                None,
                Some(&redirect),
            )
            .await;
            let mut report =
                Report::new(format!("client {} at {}", app.client_id, app.okta_domain));
            report.about = rules::about(&facts);
            report.extend(domain_findings(&facts, true));
            if let Some(okta) = &facts.okta {
                report.extend(rules::client(&facts, okta));
            }
            report
        }
        CheckCommand::Policy {
            app, slug, token, ..
        } => {
            let token = ctx.okta_api_token(&token)?;
            let http = ctx.http()?;
            let expected = expected_redirect_uri(&ctx.settings()?.auth_url.value, &slug);
            let sources = Sources {
                okta_token: token.as_ref(),
                ..sources(&http)
            };
            let facts = collect::unregistered(
                sources,
                &app.okta_domain,
                Some(&app.client_id),
                Some(&slug),
                Some(&expected),
            )
            .await;
            let mut report = Report::new(app.okta_domain.trim());
            report.about = rules::about(&facts);
            report.extend(domain_findings(&facts, true));
            if let Some(okta) = &facts.okta {
                report.extend(rules::access(&facts, okta));
            }
            report
        }
    };
    finish(ctx, vec![report], None, strict, false)
}

/// Nothing but the HTTP client: no admin API, no secret, no probe.
fn sources(http: &HttpClient) -> Sources<'_> {
    Sources {
        http,
        api: None,
        okta_token: None,
        client_secret: None,
        probe_authorize: false,
    }
}

/// The domain rules; `only_problems` keeps what stands in the way (the
/// full domain report is `check domain`'s).
fn domain_findings(facts: &Facts, only_problems: bool) -> Vec<Finding> {
    let Some(okta) = &facts.okta else {
        return Vec::new();
    };
    rules::domain(facts, okta)
        .into_iter()
        .filter(|f| !only_problems || f.severity >= Severity::Warning)
        .collect()
}

/// The client secret from stdin, a file, the environment or a hidden prompt.
fn client_secret(ctx: &mut Context, args: &crate::cli::SecretArgs) -> Result<Secret> {
    if let Some(secret) = secret_from_args(ctx, args)? {
        return Ok(secret);
    }
    ctx.require_prompt(
        "the client secret",
        "--client-secret-stdin, --client-secret-file or SSOCTL_CLIENT_SECRET",
    )?;
    ctx.prompter.secret("Client secret (hidden)")
}

async fn redirect_uri(ctx: &mut Context, args: RedirectUriArgs) -> Result<Report> {
    let expected = expected_redirect_uri(&ctx.settings()?.auth_url.value, &args.slug);
    let http = ctx.http()?;
    let mut report = Report::new(&expected);
    let mut findings = vec![Finding::info(
        "redirect.expected",
        format!("the app's sign-in redirect URI must be exactly {expected}"),
    )];
    if let Some(domain) = &args.okta_domain {
        let sources = Sources {
            probe_authorize: args.client_id.is_some(),
            ..sources(&http)
        };
        let facts = collect::unregistered(
            sources,
            domain,
            args.client_id.as_deref(),
            None,
            Some(&expected),
        )
        .await;
        report.extend(domain_findings(&facts, true));
        if let Some(okta) = &facts.okta {
            // The first is the expected URI, said above.
            findings.extend(rules::redirect_probe(&facts, okta).into_iter().skip(1));
        }
    }
    if let Some(entered) = &args.entered {
        findings.insert(1, rules::entered_redirect(&expected, entered));
    }
    report.extend(findings);
    Ok(report)
}
