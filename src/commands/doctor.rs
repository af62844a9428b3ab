//! `ssoctl doctor`: every check, one report — for registered tenants (with
//! the admin token) or for Okta details before registration (without), or
//! for facts saved earlier (offline). The work is the doctor's collector
//! and rules; this module picks the subjects and hands the reports over.

use crate::api::expected_redirect_uri;
use crate::api::suggest::closest_registered;
use crate::cli::{DoctorArgs, ReportFormat};
use crate::commands::reports::{conclude, finish};
use crate::context::Context;
use crate::doctor::collect::{self, Fatal, Sources};
use crate::doctor::facts::{FACTS_VERSION, Fact, Facts, FactsFile, Failure};
use crate::doctor::report::{self, Tally};
use crate::doctor::{Finding, Report, rules};
use crate::error::{CliError, Result};
use crate::outcome::Outcome;
use crate::output::Printable;

pub async fn run(ctx: &mut Context, args: DoctorArgs) -> Result<Outcome> {
    if let Some(path) = &args.from_facts {
        let mut reports: Vec<Report> = read_facts(path)?
            .subjects
            .iter()
            .map(rules::judge)
            .collect();
        reports.sort_by(|a, b| a.about.slug.cmp(&b.about.slug));
        let table = reports.len() > 1;
        if args.format == Some(ReportFormat::Jsonl) {
            let tally: Vec<Tally> = reports.iter().map(Tally::of).collect();
            for report in &reports {
                let line = crate::output::json_line(&report::report_json(report));
                ctx.write_stdout(&format!("{line}\n"))?;
            }
            return conclude(ctx, &tally, args.strict, Printable::nothing());
        }
        return finish(ctx, reports, args.format, args.strict, table);
    }
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
        let sources = Sources {
            http: &http,
            api: None,
            okta_token: okta_token.as_ref(),
            client_secret: secret.as_ref(),
            probe_authorize: true,
        };
        let mut facts = collect::unregistered(
            sources,
            domain,
            Some(client_id),
            Some(slug),
            Some(&expected),
        )
        .await;
        if let Some(login) = &args.user {
            collect::user(sources, &mut facts, login).await;
        }
        save(&args, std::slice::from_ref(&facts))?;
        let mut report = rules::judge(&facts);
        user_not_checked(&mut report, args.user.as_deref());
        return finish(ctx, vec![report], args.format, args.strict, false);
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
    if args.fix {
        return fix_tenants(
            ctx,
            &args,
            &slugs,
            &api,
            &http,
            okta_token.as_ref(),
            &auth_url,
        )
        .await;
    }

    // Streaming is its own format; `--output json` is always one document.
    let json_lines = args.format == Some(ReportFormat::Jsonl);
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

    // At most `concurrency` tenants at once (each collects its facts at
    // once, within the shared request budget); streamed reports are not kept.
    let keep_facts = args.save_facts.is_some();
    let mut tasks = tokio::task::JoinSet::new();
    let mut pending = slugs.iter().cloned().enumerate();
    let mut reports: Vec<Option<Report>> = if json_lines {
        Vec::new()
    } else {
        vec![None; slugs.len()]
    };
    let mut all_facts: Vec<Option<Facts>> = vec![None; if keep_facts { slugs.len() } else { 0 }];
    let mut tally = Vec::new();
    let mut fatal = None;
    let many = args.all || slugs.len() > 1;
    let mut running = std::collections::HashMap::new();
    // Named slugs that are not registered: exit 5, as `tenant show`.
    let mut unknown: Vec<usize> = Vec::new();
    loop {
        while fatal.is_none() && tasks.len() < usize::from(args.concurrency) {
            let Some((index, slug)) = pending.next() else {
                break;
            };
            let (api, http, expected, token, user) = (
                api.clone(),
                http.clone(),
                expected_redirect_uri(&auth_url, &slug),
                okta_token.clone(),
                args.user.clone(),
            );
            let handle = tasks.spawn(async move {
                let sources = Sources {
                    http: &http,
                    api: Some(&api),
                    okta_token: token.as_ref(),
                    client_secret: None,
                    probe_authorize: true,
                };
                let mut collected = collect::tenant(sources, &slug, &expected).await;
                if let (Ok(facts), Some(login)) = (&mut collected, &user) {
                    collect::user(sources, facts, login).await;
                }
                (index, collected)
            });
            running.insert(handle.id(), index);
        }
        let Some(joined) = tasks.join_next().await else {
            break;
        };
        let (index, facts) = match joined {
            Ok((index, Ok(facts))) => (index, Some(facts)),
            // A refused admin token ends the run, and so does a failing
            // service when only one tenant was asked for (exit 1, as every
            // command); over many tenants the others are still checked.
            Ok((_, Err(fault))) if fault.ends_the_run() || !many => {
                fatal.get_or_insert(fault.0);
                continue;
            }
            Ok((index, Err(Fatal(e)))) => {
                let report = unreadable(&slugs[index], &e);
                emit(ctx, report, index, &mut reports, &mut tally, json_lines)?;
                continue;
            }
            // A task that stopped still leaves a report behind.
            Err(e) => match running.get(&e.id()) {
                Some(&index) => (index, None),
                None => {
                    return Err(
                        CliError::general(format!("a check stopped unexpectedly: {e}")).into(),
                    );
                }
            },
        };
        if facts.as_ref().is_some_and(|f| {
            matches!(
                f.tenant,
                Some(Fact::Failed {
                    failure: Failure::NotFound
                })
            )
        }) {
            unknown.push(index);
        }
        let mut report = facts
            .as_ref()
            .map(rules::judge)
            .unwrap_or_else(|| stopped(&slugs[index]));
        if facts.as_ref().is_some_and(|f| f.okta.is_some()) {
            user_not_checked(&mut report, args.user.as_deref());
        }
        if keep_facts {
            all_facts[index] = facts;
        }
        if let Some(bar) = &progress {
            bar.inc(1);
            bar.set_message(slugs[index].clone());
        }
        emit(ctx, report, index, &mut reports, &mut tally, json_lines)?;
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if let Some(e) = fatal {
        return Err(e.into());
    }
    let facts: Vec<Facts> = all_facts.into_iter().flatten().collect();
    save(&args, &facts)?;
    unknown.sort_unstable();
    let mut suggestions = Vec::new();
    for &index in &unknown {
        let close = closest_registered(&api, &slugs[index]).await;
        if let (Some(close), Some(Some(report))) = (&close, reports.get_mut(index)) {
            for f in report.findings.iter_mut().filter(|f| f.check == "tenant") {
                f.fix = Some(match f.fix.take() {
                    Some(fix) => format!("did you mean `{close}`? {fix}"),
                    None => format!("did you mean `{close}`?"),
                });
            }
        }
        suggestions.push((slugs[index].clone(), close));
    }
    let mut outcome = if json_lines {
        conclude(ctx, &tally, args.strict, Printable::nothing())?
    } else {
        let mut reports: Vec<Report> = reports.into_iter().flatten().collect();
        reports.sort_by(|a, b| a.about.slug.cmp(&b.about.slug));
        finish(ctx, reports, args.format, args.strict, args.all)?
    };
    if !suggestions.is_empty() {
        outcome.failure = Some(unknown_slugs(&suggestions));
    }
    Ok(outcome)
}

/// Named slugs that are not registered: "not found" (exit 5) with the
/// closest registered slug of each, as `tenant show` says it.
fn unknown_slugs(suggestions: &[(String, Option<String>)]) -> CliError {
    let names: Vec<String> = suggestions.iter().map(|(s, _)| format!("`{s}`")).collect();
    let mut error = CliError::not_found(format!(
        "SSO config not found: no tenant is registered as {}",
        names.join(", ")
    ))
    .service_ref(Some("sso_config_not_found"), None);
    for (slug, close) in suggestions {
        if let Some(close) = close {
            error = error.hint(if suggestions.len() == 1 {
                format!("did you mean `{close}`?")
            } else {
                format!("for `{slug}`, did you mean `{close}`?")
            });
        }
    }
    error.hint("list the registered tenants with `ssoctl tenant list`")
}

/// `--user` asked about a person the Management API reads did not cover
/// (no Okta API token, or the app could not be read): not verified.
fn user_not_checked(report: &mut Report, login: Option<&str>) {
    let Some(login) = login else {
        return;
    };
    if report.findings.iter().any(|f| f.check.starts_with("user")) {
        return;
    }
    report.push(
        Finding::not_verified("user", format!("{login} was not checked"))
            .detail("the user, the app's assignments and the access policy are read with the Management API")
            .fix("set SSOCTL_OKTA_API_TOKEN to a read-only admin's API token (Security → API → Tokens) and run the doctor again"),
    );
}

/// A finished report: streamed as one JSON line, or kept in its place.
fn emit(
    ctx: &mut Context,
    report: Report,
    index: usize,
    reports: &mut [Option<Report>],
    tally: &mut Vec<Tally>,
    json_lines: bool,
) -> Result<()> {
    if json_lines {
        // One line per tenant as it finishes, for pipelines that stream.
        let line = crate::output::json_line(&report::report_json(&report));
        ctx.write_stdout(&format!("{line}\n"))?;
        tally.push(Tally::of(&report));
    } else {
        reports[index] = Some(report);
    }
    Ok(())
}

/// A tenant the service failed to read, in a run over many: its report
/// says so (an error), with the request id.
fn unreadable(slug: &str, error: &crate::api::ApiError) -> Report {
    let mut report = Report::of_tenant(slug);
    let id = error
        .request_id()
        .map(|id| format!(" (request id {id})"))
        .unwrap_or_default();
    report.push(
        Finding::error(
            "tenant",
            format!("the service failed to read the tenant: {error}{id}"),
        )
        .detail("no other check ran for this tenant")
        .fix(format!(
            "run `ssoctl tenant show {slug}` to see the service's answer, then the doctor again"
        )),
    );
    report
}

/// A tenant whose checks could not run still gets a report (an error).
fn stopped(slug: &str) -> Report {
    let mut report = Report::of_tenant(slug);
    report.push(
        Finding::error(
            "doctor",
            "the checks of this tenant stopped before they finished",
        )
        .fix(format!("run `ssoctl doctor {slug} -v` to see where")),
    );
    report
}

fn save(args: &DoctorArgs, facts: &[Facts]) -> Result<()> {
    let Some(path) = &args.save_facts else {
        return Ok(());
    };
    let file = FactsFile {
        version: FACTS_VERSION,
        subjects: facts.to_vec(),
    };
    let mut bytes = serde_json::to_vec_pretty(&file)
        .map_err(|e| CliError::general(format!("cannot write the facts: {e}")))?;
    bytes.push(b'\n');
    crate::files::write_atomic(path, &bytes).map_err(|e| {
        CliError::general(format!("cannot write the facts to {}: {e}", path.display()))
            .hint("pick a writable path for --save-facts")
    })?;
    Ok(())
}

fn read_facts(path: &std::path::Path) -> Result<FactsFile> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::usage(format!(
            "cannot read the facts file {}: {e}",
            path.display()
        ))
        .hint("give a file written by `ssoctl doctor … --save-facts FILE`")
    })?;
    let file: FactsFile = serde_json::from_str(&text).map_err(|e| {
        CliError::usage(format!(
            "{} is not a facts file written by `doctor --save-facts`: {e}",
            path.display()
        ))
        .hint("give a file written by `ssoctl doctor … --save-facts FILE`")
    })?;
    if file.version != FACTS_VERSION {
        return Err(CliError::usage(format!(
            "{} holds facts of version {}; this ssoctl reads version {FACTS_VERSION}",
            path.display(),
            file.version
        ))
        .hint("collect the facts again with this version: `ssoctl doctor … --save-facts FILE`")
        .into());
    }
    Ok(file)
}

/// `--fix`: each tenant in turn, checked, its machine-applicable changes
/// shown and confirmed, applied one at a time, checked again; the report
/// ends with each tenant's before → after.
async fn fix_tenants(
    ctx: &mut Context,
    args: &DoctorArgs,
    slugs: &[String],
    api: &crate::api::Client,
    http: &crate::http::HttpClient,
    okta_token: Option<&crate::secret::Secret>,
    auth_url: &url::Url,
) -> Result<Outcome> {
    use crate::doctor::fix;
    let mut after_reports = Vec::new();
    let mut lines = Vec::new();
    let mut summary = Vec::new();
    let mut failures = Vec::new();
    for slug in slugs {
        let expected = expected_redirect_uri(auth_url, slug);
        let sources = || Sources {
            http,
            api: Some(api),
            okta_token,
            client_secret: None,
            probe_authorize: true,
        };
        let before = rules::judge(
            &collect::tenant(sources(), slug, &expected)
                .await
                .map_err(|e| e.0)?,
        );
        let changes = fix::planned(&before);
        let before_tally = Tally::of(&before);
        if changes.is_empty() {
            let why = if before_tally.errors + before_tally.warnings == 0 {
                "nothing to fix"
            } else {
                "nothing ssoctl can change by itself: see each finding's fix"
            };
            lines.push(format!("{slug}: {why}; nothing was changed"));
            summary.push(serde_json::json!({"slug": slug, "errors_before": before_tally.errors, "errors_after": before_tally.errors, "applied": [], "not_applied": []}));
            after_reports.push(before);
            continue;
        }
        ctx.io.status(&format!(
            "Fixes for {slug} ({} change(s), one at a time):",
            changes.len()
        ));
        for (i, c) in changes.iter().enumerate() {
            ctx.io.status(&format!("  {}. {}", i + 1, fix::describe(c)));
        }
        if !args.yes {
            if !ctx.can_prompt {
                return Err(CliError::usage(format!(
                    "refusing to change {slug} without confirmation"
                ))
                .hint("pass --yes to apply the fixes above")
                .into());
            }
            if !ctx.prompter.confirm(
                &format!("Apply these {} change(s) to {slug}?", changes.len()),
                false,
            )? {
                lines.push(format!("{slug}: skipped; nothing was changed"));
                after_reports.push(before);
                continue;
            }
        }
        let mgmt_base = before
            .about
            .okta_domain
            .as_deref()
            .and_then(|d| crate::okta::domain::parse(d).ok())
            .map(|d| d.base_url());
        let mgmt = match (okta_token, &mgmt_base) {
            (Some(token), Some(base)) => {
                Some(crate::okta::mgmt::Mgmt::new(http, base.clone(), token))
            }
            _ => None,
        };
        let mut applied = Vec::new();
        let mut not_applied = Vec::new();
        for change in &changes {
            if !not_applied.is_empty() {
                not_applied.push(fix::describe(change));
                continue;
            }
            match fix::apply(change, api, mgmt.as_ref()).await {
                Ok(()) => {
                    ctx.io.success(&fix::describe(change));
                    applied.push(fix::describe(change));
                }
                Err(e) => {
                    ctx.io
                        .warn(&format!("not applied: {}: {e}", fix::describe(change)));
                    failures.push(format!("{slug}: {}: {e}", fix::describe(change)));
                    not_applied.push(fix::describe(change));
                }
            }
        }
        let after = rules::judge(
            &collect::tenant(sources(), slug, &expected)
                .await
                .map_err(|e| e.0)?,
        );
        let after_tally = Tally::of(&after);
        lines.push(format!(
            "{slug}: {} error(s) → {}; {} change(s) applied{}",
            before_tally.errors,
            after_tally.errors,
            applied.len(),
            if not_applied.is_empty() {
                String::new()
            } else {
                format!(", {} not applied", not_applied.len())
            }
        ));
        summary.push(serde_json::json!({"slug": slug, "errors_before": before_tally.errors, "errors_after": after_tally.errors, "applied": applied, "not_applied": not_applied}));
        after_reports.push(after);
    }
    after_reports.sort_by(|a, b| a.about.slug.cmp(&b.about.slug));
    let tally: Vec<Tally> = after_reports.iter().map(Tally::of).collect();
    let mut text = report::render(
        &after_reports,
        ctx.io.color && ctx.io.stdout_is_tty,
        ctx.verbose > 0,
    );
    text.push('\n');
    text.push_str(&lines.join("\n"));
    let json: Vec<_> = after_reports.iter().map(report::report_json).collect();
    let data = serde_json::json!({"fixes": summary, "reports": json});
    let outcome = crate::commands::reports::conclude(
        ctx,
        &tally,
        args.strict,
        Printable::new(&data, crate::output::View::Text(text)),
    )?;
    if !failures.is_empty() && outcome.failure.is_none() {
        return Ok(Outcome::failed(
            outcome.printable,
            CliError::general(format!("{} fix(es) could not be applied", failures.len()))
                .details(failures.into_iter().map(|f| format!("- {f}")))
                .hint("run `ssoctl doctor … --fix` again once the cause is fixed; what was applied stays"),
        ));
    }
    Ok(outcome)
}
