//! `ssoctl check`: the customer's Okta setup, checked without anyone signing
//! in and without an admin token.

use serde::Serialize;

use crate::api::login::expected_redirect_uri;
use crate::cli::{CheckCommand, OktaAppArgs, RedirectUriArgs, ReportFormat};
use crate::commands::secret_from_args;
use crate::context::Context;
use crate::doctor::{Report, Severity, checks};
use crate::error::{CliError, ErrorKind, Result};
use crate::output::{OutputFormat, Printable, View};
use crate::secret::Secret;

pub async fn run(ctx: &mut Context, command: CheckCommand) -> Result<Printable> {
    let report = match command {
        CheckCommand::Domain { domain } => {
            let http = ctx.http()?;
            checks::domain(&http, &domain).await.0
        }
        CheckCommand::RedirectUri(args) => redirect_uri(ctx, args).await?,
        CheckCommand::Client { app, secret } => {
            let secret = client_secret(ctx, &secret)?;
            client(ctx, &app, &secret).await?
        }
        CheckCommand::Policy { app, slug, token } => {
            let token = ctx.okta_api_token(&token)?;
            let http = ctx.http()?;
            let expected = expected_redirect_uri(&ctx.settings()?.auth_url.value, &slug);
            let (mut report, facts) = checks::domain(&http, &app.okta_domain).await;
            report.findings.retain(|f| f.severity >= Severity::Warning);
            if let Some(facts) = facts {
                report.extend(
                    checks::policy(
                        &http,
                        &facts.base,
                        &app.client_id,
                        &expected,
                        token.as_ref(),
                    )
                    .await,
                );
            }
            report
        }
    };
    finish(ctx, vec![report], None)
}

/// Where a wrong secret is fixed.
pub const SECRET_GUIDE: &str = crate::finding::guide::STEP_4;

/// The client secret from stdin, a file, the environment or a hidden prompt.
pub fn client_secret(ctx: &mut Context, args: &crate::cli::SecretArgs) -> Result<Secret> {
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
    let facts = match &args.okta_domain {
        Some(domain) => {
            let (domain_report, facts) = checks::domain(&http, domain).await;
            // Only what stands in the way: the full domain report is `check domain`'s.
            report.extend(
                domain_report
                    .findings
                    .into_iter()
                    .filter(|f| f.severity >= Severity::Warning),
            );
            facts
        }
        None => None,
    };
    let probe = facts.as_ref().zip(args.client_id.as_deref());
    report.extend(checks::redirect_uri(&http, &expected, args.entered.as_deref(), probe).await);
    Ok(report)
}

async fn client(ctx: &mut Context, app: &OktaAppArgs, secret: &Secret) -> Result<Report> {
    let http = ctx.http()?;
    let (domain_report, facts) = checks::domain(&http, &app.okta_domain).await;
    let mut report = Report::new(format!("client {} at {}", app.client_id, app.okta_domain));
    report.extend(
        domain_report
            .findings
            .into_iter()
            .filter(|f| f.severity >= Severity::Warning),
    );
    if let Some(facts) = facts {
        // A redirect URI only matters for the dummy-code fallback, where the code fails first.
        let redirect = format!(
            "{}/callback",
            crate::config::display_url(&ctx.settings()?.auth_url.value)
        );
        report.extend(checks::client(&http, &facts, &app.client_id, secret, &redirect).await);
    }
    Ok(report)
}

#[derive(Serialize)]
pub struct ReportJson<'a> {
    subject: &'a str,
    errors: usize,
    warnings: usize,
    findings: &'a [crate::finding::Finding],
}

pub fn report_json(r: &Report) -> ReportJson<'_> {
    ReportJson {
        subject: &r.subject,
        errors: r.count(Severity::Error),
        warnings: r.count(Severity::Warning),
        findings: &r.findings,
    }
}

/// Prints the reports in the chosen format (default: `--output`), then
/// fails with exit code 3 when any has an error.
pub fn finish(
    ctx: &mut Context,
    reports: Vec<Report>,
    format: Option<ReportFormat>,
) -> Result<Printable> {
    let printable = match format {
        Some(ReportFormat::Junit) => {
            ctx.format = OutputFormat::Table;
            Printable {
                json: serde_json::Value::Null,
                view: View::Text(junit(&reports)),
            }
        }
        other => {
            if other == Some(ReportFormat::Json) {
                ctx.format = OutputFormat::Json;
            } else if other == Some(ReportFormat::Text) {
                ctx.format = OutputFormat::Table;
            }
            let json: Vec<ReportJson> = reports.iter().map(report_json).collect();
            let text = render(&reports, ctx.io.color && ctx.io.stdout_is_tty);
            if json.len() == 1 {
                Printable::new(&json[0], View::Text(text))
            } else {
                Printable::new(&json, View::Text(text))
            }
        }
    };
    conclude(ctx, &reports, printable)
}

/// Returns the printable when nothing is an error; otherwise prints it and
/// fails with exit code 3, naming the subjects with problems.
pub fn conclude(ctx: &mut Context, reports: &[Report], printable: Printable) -> Result<Printable> {
    let tally: Vec<Tally> = reports.iter().map(Tally::of).collect();
    conclude_tally(ctx, &tally, printable)
}

/// What `conclude` needs of a report, for runs that do not keep reports.
pub struct Tally {
    pub name: String,
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of(report: &Report) -> Tally {
        Tally {
            name: report
                .subject
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string(),
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
        }
    }
}

pub fn conclude_tally(
    ctx: &mut Context,
    tally: &[Tally],
    printable: Printable,
) -> Result<Printable> {
    let errors: usize = tally.iter().map(|t| t.errors).sum();
    let warnings: usize = tally.iter().map(|t| t.warnings).sum();
    if errors == 0 {
        if warnings > 0 {
            ctx.io.status(&format!("No errors; {warnings} warning(s)"));
        }
        return Ok(printable);
    }
    ctx.print(&printable)?;
    let failing: Vec<&str> = tally
        .iter()
        .filter(|t| t.errors > 0)
        .map(|t| t.name.as_str())
        .collect();
    Err(CliError::new(
        ErrorKind::Problems,
        format!("{errors} problem(s) found in {}", failing.join(", ")),
    )
    .hint("each ✗ in the report names the fix and the guide's step")
    .into())
}

/// JUnit XML for CI dashboards: a suite per subject, a case per finding;
/// errors are failures, warnings go to system-out.
pub fn junit(reports: &[Report]) -> String {
    let esc = crate::output::escape_html;
    let tests: usize = reports.iter().map(|r| r.findings.len()).sum();
    let failures: usize = reports.iter().map(|r| r.count(Severity::Error)).sum();
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ssoctl doctor\" tests=\"{tests}\" failures=\"{failures}\">\n"
    );
    for report in reports {
        let name = report.subject.split_whitespace().next().unwrap_or_default();
        xml.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">\n",
            esc(&report.subject),
            report.findings.len(),
            report.count(Severity::Error)
        ));
        for f in &report.findings {
            let mut body = Vec::new();
            body.extend(f.detail.clone());
            body.extend(f.fix.as_ref().map(|x| format!("fix: {x}")));
            body.extend(f.guide.as_ref().map(|x| format!("see: {x}")));
            let open = format!(
                "    <testcase classname=\"{}\" name=\"{}\"",
                esc(name),
                esc(&f.check)
            );
            match f.severity {
                Severity::Error => xml.push_str(&format!(
                    "{open}>\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n",
                    esc(&f.summary),
                    esc(&body.join("\n"))
                )),
                Severity::Warning => xml.push_str(&format!(
                    "{open}>\n      <system-out>warning: {}</system-out>\n    </testcase>\n",
                    esc(&[f.summary.clone()]
                        .into_iter()
                        .chain(body)
                        .collect::<Vec<_>>()
                        .join("\n"))
                )),
                _ => xml.push_str(&format!("{open}/>\n")),
            }
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    xml
}

/// Findings for people: marks, details and fixes indented under each line.
/// Pipes get the same text (CI logs are read by people; scripts use
/// `--output json`).
pub fn render(reports: &[Report], color: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    for report in reports {
        out.push_str(&paint("1", &report.subject));
        out.push('\n');
        for f in &report.findings {
            let mark = match f.severity {
                Severity::Ok => paint("32", f.severity.mark()),
                Severity::Info => paint("36", f.severity.mark()),
                Severity::Warning => paint("33", f.severity.mark()),
                Severity::Error => paint("31", f.severity.mark()),
            };
            out.push_str(&format!("  {mark} {}\n", f.summary));
            for line in f.detail.iter().flat_map(|d| d.lines()) {
                out.push_str(&format!("      {line}\n"));
            }
            if let Some(fix) = &f.fix {
                out.push_str(&format!("      fix: {fix}\n"));
            }
            if let Some(guide) = &f.guide {
                out.push_str(&format!("      see: {guide}\n"));
            }
        }
        let (e, w) = (
            report.count(Severity::Error),
            report.count(Severity::Warning),
        );
        out.push_str(&format!("  {e} error(s), {w} warning(s)\n\n"));
    }
    out
}
