//! `ssoctl doctor`: every check, one report — for registered tenants (with
//! the admin token) or for Okta details before registration (without).

use crate::api::{ApiError, Client};
use crate::cli::{DoctorArgs, ReportFormat};
use crate::commands::check::{self, finish};
use crate::commands::tenant::expected_redirect_uri;
use crate::context::Context;
use crate::doctor::{Finding, Report, checks, guide};
use crate::error::{CliError, Result};
use crate::http::HttpClient;
use crate::output::{OutputFormat, Printable};
use crate::secret::Secret;

pub async fn run(ctx: &mut Context, args: DoctorArgs) -> Result<Printable> {
    if args.secret.client_secret_stdin && args.token.okta_api_token_stdin {
        return Err(CliError::usage("--client-secret-stdin and --okta-api-token-stdin cannot both read standard input")
            .hint("give one of them through its environment variable (SSOCTL_CLIENT_SECRET or SSOCTL_OKTA_API_TOKEN)")
            .into());
    }
    let okta_token = ctx.okta_api_token(&args.token)?;
    // Every request of this run, to the service and to every Okta org,
    // shares one budget.
    let http = ctx
        .http()?
        .with_concurrency_limit(usize::from(args.concurrency));
    if let Some(domain) = &args.okta_domain {
        let (Some(client_id), Some(slug)) = (&args.client_id, &args.slug) else {
            return Err(CliError::usage("--okta-domain needs --client-id and --slug").into());
        };
        let secret = crate::commands::secret_from_args(ctx, &args.secret)?;
        let expected = expected_redirect_uri(&ctx.settings()?.auth_url.value, slug);
        let report = before_registration(
            &http,
            domain,
            client_id,
            slug,
            &expected,
            secret.as_ref(),
            okta_token.as_ref(),
        )
        .await;
        return finish(ctx, vec![report], args.format);
    }
    if args.slugs.is_empty() && !args.all {
        return Err(CliError::usage("name the tenants to check, or pass --all")
            .hint("customers without an admin token: `ssoctl doctor --okta-domain D --client-id C --slug S`")
            .into());
    }
    let api = ctx.api()?;
    let slugs: Vec<String> = if args.all {
        api.all_tenants(None)
            .await?
            .into_iter()
            .map(|t| t.slug)
            .collect()
    } else {
        args.slugs.clone()
    };
    let api = api.with_http(http.clone());
    let auth_url = ctx.settings()?.auth_url.value.clone();

    let json_lines = args.all
        && !ctx.io.stdout_is_tty
        && (args.format == Some(ReportFormat::Json)
            || (args.format.is_none() && ctx.format == OutputFormat::Json));
    let progress = (args.all && ctx.io.stderr_is_tty && !ctx.io.quiet).then(|| {
        let bar = indicatif::ProgressBar::new(slugs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} checking tenants {pos}/{len} {wide_msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });

    // At most `concurrency` tenants at once (each runs its own checks at
    // once, within the shared request budget); streamed reports are not kept.
    let mut tasks = tokio::task::JoinSet::new();
    let mut pending = slugs.iter().cloned().enumerate();
    let mut reports: Vec<Option<Report>> = if json_lines {
        Vec::new()
    } else {
        vec![None; slugs.len()]
    };
    let mut tally = Vec::new();
    loop {
        while tasks.len() < usize::from(args.concurrency) {
            let Some((index, slug)) = pending.next() else {
                break;
            };
            let (api, http, auth_url, token) = (
                api.clone(),
                http.clone(),
                auth_url.clone(),
                okta_token.clone(),
            );
            tasks.spawn(async move {
                (
                    index,
                    tenant_report(&api, &http, &auth_url, &slug, token.as_ref()).await,
                )
            });
        }
        let Some(joined) = tasks.join_next().await else {
            break;
        };
        let (index, report) =
            joined.map_err(|e| CliError::general(format!("a check stopped unexpectedly: {e}")))?;
        let report = report?;
        if let Some(bar) = &progress {
            bar.inc(1);
            bar.set_message(slugs[index].clone());
        }
        if json_lines {
            // One line per tenant as it finishes, for pipelines that stream.
            let line = crate::output::json_line(&check::report_json(&report));
            ctx.write_stdout(&format!("{line}\n"))?;
            tally.push(check::Tally::of(&report));
        } else {
            reports[index] = Some(report);
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if json_lines {
        return check::conclude_tally(ctx, &tally, Printable::nothing());
    }
    let reports: Vec<Report> = reports.into_iter().flatten().collect();
    finish(ctx, reports, args.format)
}

async fn before_registration(
    http: &HttpClient,
    domain: &str,
    client_id: &str,
    slug: &str,
    expected: &str,
    secret: Option<&Secret>,
    okta_token: Option<&Secret>,
) -> Report {
    let (mut report, facts) = checks::domain(http, domain).await;
    report.subject = format!("{slug} ({domain}, client {client_id})");
    let Some(facts) = facts else { return report };
    // The checks below depend only on the domain's: run them at once.
    let (redirect, client, policy) = tokio::join!(
        checks::redirect_uri(http, expected, None, Some((&facts, client_id))),
        async {
            match secret {
                Some(secret) => checks::client(http, &facts, client_id, secret, expected).await,
                None => vec![
                    Finding::warning("client.secret", "the client secret was not checked")
                        .fix("pass it with --client-secret-stdin or SSOCTL_CLIENT_SECRET, or run `ssoctl check client`"),
                ],
            }
        },
        checks::policy(http, &facts.base, client_id, expected, okta_token),
    );
    report.extend(redirect);
    report.extend(client);
    report.extend(policy);
    report
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

    // The Okta side (domain first, then what depends on it) and the
    // service side are independent: run them at once.
    let okta_side = async {
        let (domain_report, facts) = checks::domain(http, &tenant.okta_domain).await;
        let mut findings = domain_report.findings;
        if let Some(facts) = &facts {
            let (redirect, policy) = tokio::join!(
                checks::redirect_uri(
                    http,
                    &tenant.redirect_uri,
                    None,
                    Some((facts, &tenant.client_id))
                ),
                checks::policy(
                    http,
                    &facts.base,
                    &tenant.client_id,
                    &tenant.redirect_uri,
                    okta_token
                ),
            );
            findings.extend(redirect);
            findings.extend(policy);
        }
        findings
    };
    let (okta, secret, provisioning) = tokio::join!(
        okta_side,
        api.check_client_secret(slug),
        api.provisioning(slug)
    );
    report.extend(okta);
    report.push(match secret {
        Ok(check) => secret_finding(slug, &tenant.client_id, &check),
        Err(e) if matches!(e, ApiError::Status(_)) && (e.is(404) || e.is(405)) => Finding::warning(
            "client.secret",
            "the service cannot check the secret on file (no checks route)",
        ),
        Err(e) => return Err(e.into()),
    });
    report.push(match provisioning {
        Ok(p) if p.state == "failed" || (p.state == "succeeded" && p.project_missing()) => {
            Finding::error(
                "provisioning",
                format!("provisioning {}; project_id is empty", p.state),
            )
            .detail(p.last_error.map(|e| e.message).unwrap_or_default())
            .fix(format!("ssoctl provisioning retry {slug} --wait"))
            .guide(guide::ROW_PROJECT)
        }
        Ok(p) if p.state == "succeeded" => Finding::ok(
            "provisioning",
            format!("provisioned: project {}", p.project_id.unwrap_or_default()),
        ),
        Ok(p) => Finding::info("provisioning", format!("provisioning is {}", p.state)),
        Err(e) => Finding::warning("provisioning", format!("could not read provisioning: {e}")),
    });
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
