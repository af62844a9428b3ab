//! `ssoctl doctor`: every check, one report — for registered tenants (with
//! the admin token) or for Okta details before registration (without).

use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::api::{ApiError, Client};
use crate::cli::DoctorArgs;
use crate::commands::check::{self, finish};
use crate::commands::tenant::expected_redirect_uri;
use crate::context::Context;
use crate::doctor::{Finding, Report, checks, guide};
use crate::error::{CliError, Result};
use crate::http::HttpClient;
use crate::output::Printable;
use crate::secret::Secret;

/// Tenants checked at once by `--all`: enough to hide latency, few enough
/// to stay clear of Okta's rate limits.
const PARALLEL_TENANTS: usize = 4;

pub async fn run(ctx: &mut Context, args: DoctorArgs) -> Result<Printable> {
    let okta_token = ctx.okta_api_token(&args.token)?;
    if let Some(domain) = &args.okta_domain {
        let (Some(client_id), Some(slug)) = (&args.client_id, &args.slug) else {
            return Err(CliError::usage("--okta-domain needs --client-id and --slug").into());
        };
        let secret = crate::commands::secret_from_args(ctx, &args.secret)?;
        let report = before_registration(
            ctx,
            domain,
            client_id,
            slug,
            secret.as_ref(),
            okta_token.as_ref(),
        )
        .await?;
        return finish(ctx, vec![report]);
    }
    if args.slugs.is_empty() && !args.all {
        return Err(CliError::usage("name the tenants to check, or pass --all")
            .hint("customers without an admin token: `ssoctl doctor --okta-domain D --client-id C --slug S`")
            .into());
    }
    let api = ctx.api()?;
    let slugs = if args.all {
        api.all_tenants(None)
            .await?
            .into_iter()
            .map(|t| t.slug)
            .collect()
    } else {
        args.slugs.clone()
    };
    let http = ctx.http()?;
    let auth_url = ctx.settings()?.auth_url.value.clone();
    let limit = Arc::new(Semaphore::new(PARALLEL_TENANTS));
    let mut tasks = tokio::task::JoinSet::new();
    for (index, slug) in slugs.iter().enumerate() {
        let (api, http, auth_url, token, limit, slug) = (
            api.clone(),
            http.clone(),
            auth_url.clone(),
            okta_token.clone(),
            limit.clone(),
            slug.clone(),
        );
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await;
            (
                index,
                tenant_report(&api, &http, &auth_url, &slug, token.as_ref()).await,
            )
        });
    }
    let mut reports: Vec<Option<Report>> = vec![None; slugs.len()];
    while let Some(joined) = tasks.join_next().await {
        let (index, report) =
            joined.map_err(|e| CliError::general(format!("a check stopped unexpectedly: {e}")))?;
        reports[index] = Some(report?);
    }
    finish(ctx, reports.into_iter().flatten().collect())
}

async fn before_registration(
    ctx: &mut Context,
    domain: &str,
    client_id: &str,
    slug: &str,
    secret: Option<&Secret>,
    okta_token: Option<&Secret>,
) -> Result<Report> {
    let http = ctx.http()?;
    let expected = expected_redirect_uri(&ctx.settings()?.auth_url.value, slug);
    let (mut report, facts) = checks::domain(&http, domain).await;
    report.subject = format!("{slug} ({domain}, client {client_id})");
    let Some(facts) = facts else {
        return Ok(report);
    };
    report.extend(checks::redirect_uri(&http, &expected, None, Some((&facts, client_id))).await);
    match secret {
        Some(secret) => report.extend(checks::client(&http, &facts, client_id, secret, &expected).await),
        None => report.push(
            Finding::warning("client.secret", "the client secret was not checked")
                .fix("pass it with --client-secret-stdin or SSOCTL_CLIENT_SECRET, or run `ssoctl check client`"),
        ),
    }
    report.extend(checks::policy(&http, &facts.base, client_id, &expected, okta_token).await);
    Ok(report)
}

/// Everything about one registered tenant. Errors that concern the whole
/// run (a refused admin token, an unreachable service) end it.
async fn tenant_report(
    api: &Client,
    http: &HttpClient,
    auth_url: &url::Url,
    slug: &str,
    okta_token: Option<&Secret>,
) -> Result<Report> {
    let mut report = Report::new(slug);
    let tenant = match api.tenant(slug).await {
        Ok(t) => t.value,
        Err(e) if e.is(404) => {
            report.push(
                Finding::error("tenant", format!("SSO config not found: no tenant is registered as `{slug}`"))
                    .fix("confirm the slug with the customer; list registered tenants with `ssoctl tenant list`")
                    .guide(guide::ROW_NOT_FOUND),
            );
            return Ok(report);
        }
        Err(e) => return Err(e.into()),
    };
    report.subject = format!("{slug} ({}, {})", tenant.company_name, tenant.okta_domain);
    match tenant.status.as_str() {
        "disabled" => report.push(
            Finding::error(
                "tenant.status",
                "the tenant is disabled: its users cannot sign in",
            )
            .fix(format!("ssoctl tenant enable {slug}")),
        ),
        "pending" => report.push(Finding::info(
            "tenant.status",
            "registered; nobody has signed in yet",
        )),
        other => report.push(Finding::ok(
            "tenant.status",
            format!("the tenant is {other}"),
        )),
    }
    let expected = expected_redirect_uri(auth_url, slug);
    if tenant.redirect_uri != expected {
        report.push(
            Finding::warning(
                "tenant.redirect_uri",
                format!(
                    "the service sends {} but auth_url gives {expected}",
                    tenant.redirect_uri
                ),
            )
            .fix("check auth_url with `ssoctl profile show`"),
        );
    }

    let (domain_report, facts) = checks::domain(http, &tenant.okta_domain).await;
    report.extend(domain_report.findings);
    if let Some(facts) = &facts {
        report.extend(
            checks::redirect_uri(
                http,
                &tenant.redirect_uri,
                None,
                Some((facts, &tenant.client_id)),
            )
            .await,
        );
    }
    report.push(match api.check_client_secret(slug).await {
        Ok(check) => secret_finding(slug, &tenant.client_id, &check),
        Err(e) if matches!(e, ApiError::Status(_)) && (e.is(404) || e.is(405)) => Finding::warning(
            "client.secret",
            "the service cannot check the secret on file (no checks route)",
        ),
        Err(e) => return Err(e.into()),
    });
    if let Some(facts) = &facts {
        report.extend(
            checks::policy(
                http,
                &facts.base,
                &tenant.client_id,
                &tenant.redirect_uri,
                okta_token,
            )
            .await,
        );
    }
    match api.provisioning(slug).await {
        Ok(p) if p.state == "failed" || (p.state == "succeeded" && p.project_missing()) => report
            .push(
                Finding::error(
                    "provisioning",
                    format!("provisioning {}; project_id is empty", p.state),
                )
                .detail(p.last_error.map(|e| e.message).unwrap_or_default())
                .fix(format!("ssoctl provisioning retry {slug} --wait"))
                .guide(guide::ROW_PROJECT),
            ),
        Ok(p) if p.state == "succeeded" => report.push(Finding::ok(
            "provisioning",
            format!("provisioned: project {}", p.project_id.unwrap_or_default()),
        )),
        Ok(p) => report.push(Finding::info(
            "provisioning",
            format!("provisioning is {}", p.state),
        )),
        Err(e) => report.push(Finding::warning(
            "provisioning",
            format!("could not read provisioning: {e}"),
        )),
    }
    Ok(report)
}

fn secret_finding(slug: &str, client_id: &str, check: &crate::api::SecretCheck) -> Finding {
    use crate::okta::probe::CredentialVerdict;
    let detail = check.detail.clone().unwrap_or_default();
    match check.result.as_str() {
        "valid" => checks::credential_finding(&CredentialVerdict::Valid, client_id),
        "invalid_client" => Finding::error("client.secret", "the client secret the service has on file is wrong")
            .detail(detail)
            .fix(format!("ask the customer for the current Client Secret, then `ssoctl tenant update {slug} --rotate-secret`"))
            .guide(check::SECRET_GUIDE),
        "unknown_client" => checks::credential_finding(&CredentialVerdict::UnknownClient, client_id).detail(detail),
        other => Finding::warning("client.secret", format!("the service could not check the secret ({other})")).detail(detail),
    }
}
