//! `ssoctl okta setup`: guide steps 1 and 3 done in the customer's Okta org
//! with an Okta API token, then the tenant handed to the service (step 4),
//! then the doctor. Check first (read the org), show the plan, ask, apply
//! one request at a time, read again; a second run finds nothing to do.
//! The planning and the requests are `okta::setup`'s; this module asks,
//! tells, and hands the tenant over.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::api::register::{self, Registration};
use crate::api::{Client, NewTenant, Tenant, expected_redirect_uri};
use crate::cli::{OktaCommand, OktaSetupArgs};
use crate::commands::reports::conclude;
use crate::context::Context;
use crate::doctor::collect::{self, Sources};
use crate::doctor::report::{self, Tally};
use crate::doctor::rules;
use crate::error::{CliError, ErrorKind, Result};
use crate::okta::domain;
use crate::okta::mgmt::Mgmt;
use crate::okta::mgmt::write::WriteError;
use crate::okta::setup::{
    self, APP_LABEL, Progress, Step, StepFailed, Survey, SurveyError, Wanted,
};
use crate::outcome::Outcome;
use crate::output::{Printable, View};
use crate::secret::Secret;
use crate::validate;

pub async fn run(ctx: &mut Context, command: OktaCommand) -> Result<Outcome> {
    match command {
        OktaCommand::Setup(args) => setup_org(ctx, args).await,
    }
}

/// Where the tenant goes once Okta is set up.
enum HandOver {
    /// The admin API, through the same idempotent path as `tenant register`.
    Service(Box<Client>),
    /// A 0600 tenant file for `tenant register --from-file`.
    File(PathBuf),
}

/// What became of the tenant.
enum HandedOver {
    Registered(Tenant),
    AlreadyRegistered(Tenant),
    /// Registered before with another app or domain: left alone.
    RegisteredOtherwise(Tenant),
    File(PathBuf),
    /// The app existed before this run: its secret is not readable here.
    NoSecret,
}

async fn setup_org(ctx: &mut Context, args: OktaSetupArgs) -> Result<Outcome> {
    let domain = domain::parse(&args.okta_domain)
        .map_err(|e| CliError::invalid("--okta-domain", &e.problem, e.suggestion.as_deref()))?;
    let slug = args.slug.clone();
    let company_name = args
        .company_name
        .as_deref()
        .map(|c| {
            validate::company_name(c).map_err(|e| {
                CliError::invalid("--company-name", &e.problem, e.suggestion.as_deref())
            })
        })
        .transpose()?;
    let token = ctx.okta_api_token(&args.token)?.ok_or_else(|| {
        CliError::usage("okta setup needs an Okta API token")
            .hint("set SSOCTL_OKTA_API_TOKEN, or pass --okta-api-token-stdin or --ask-okta-api-token; README \"Set up and repair\" names the admin role it needs")
    })?;
    let auth_url = ctx.settings()?.auth_url.value.clone();
    let wanted = Wanted {
        redirect_uri: expected_redirect_uri(&auth_url, &slug),
        label: APP_LABEL.into(),
    };
    let tenant_file = args
        .tenant_file
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("ssoctl-tenant-{slug}.toml")));
    let mut hand_over = match ctx.token()? {
        Some(_) => HandOver::Service(Box::new(ctx.api()?)),
        None => HandOver::File(tenant_file.clone()),
    };
    let http = ctx.http()?;
    let mgmt = Mgmt::new(&http, domain.base_url(), &token);

    // Check first: what the org and the service have.
    let survey = setup::survey(&mgmt, &wanted)
        .await
        .map_err(|e| survey_error(e, &domain.host))?;
    let steps = setup::plan(&survey, &wanted);
    let tenant = match &hand_over {
        HandOver::Service(api) => registered(api, &slug).await?,
        HandOver::File(_) => None,
    };
    let creates_app = steps.iter().any(|s| matches!(s, Step::CreateApp { .. }));
    // A tenant registered already (with another app) is not overwritten by
    // a registration: the new app's details go to a tenant file instead,
    // for `tenant update`, so its secret is not lost.
    if let Some(t) = tenant.as_ref().filter(|_| creates_app) {
        ctx.io.warn(&format!(
            "{slug} is registered already, with client id {}; the new app's details go to {} instead, and `ssoctl tenant update {slug} --client-id … --rotate-secret` switches the tenant to it",
            t.client_id,
            tenant_file.display()
        ));
        hand_over = HandOver::File(tenant_file.clone());
    }
    let registers = matches!(hand_over, HandOver::Service(_)) && tenant.is_none() && creates_app;
    let company_name = match (company_name, registers || creates_app) {
        (Some(c), _) => Some(c),
        (None, false) => None,
        (None, true) if matches!(hand_over, HandOver::File(_)) => None,
        (None, true) => Some(ask_company_name(ctx)?),
    };
    if let HandOver::File(path) = &hand_over
        && creates_app
        && path.exists()
    {
        return Err(CliError::usage(format!(
            "{} exists already; okta setup does not overwrite a tenant file",
            path.display()
        ))
        .hint("move it away, or pass --tenant-file with another path")
        .into());
    }

    let plan_lines = plan_text(&domain.host, &steps, &hand_over, registers, creates_app);
    let plan_json: Vec<Value> = steps
        .iter()
        .map(|s| json!({"change": s.describe(), "request": s.request()}))
        .collect();
    if args.dry_run {
        ctx.io.status("Dry run: nothing was changed");
        let data = json!({"okta_domain": domain.host, "slug": slug, "redirect_uri": wanted.redirect_uri, "plan": plan_json});
        let mut text = plan_lines.join("\n");
        for s in &steps {
            text.push_str(&format!("\n  {}", s.request()));
        }
        return Ok(Outcome::ok(Printable::new(&data, View::Text(text))));
    }

    let mut progress = Progress::default();
    if !steps.is_empty() {
        for line in &plan_lines {
            ctx.io.status(line);
        }
        confirm(ctx, args.yes, steps.len(), &domain.host)?;
        let applied = {
            let io = &mut ctx.io;
            setup::apply(&mgmt, &steps, &mut progress, &mut |step: &Step| {
                io.success(&step.describe());
            })
            .await
        };
        if let Err(failed) = applied {
            // The app's secret is shown once: it is handed over even when
            // a later step failed, so nothing is lost.
            let rescued = match progress.created_secret.clone() {
                Some(secret) => {
                    let new = new_tenant(
                        &slug,
                        company_name.as_deref(),
                        &domain.host,
                        &progress,
                        secret,
                    );
                    Some(submit(ctx, &hand_over, new).await)
                }
                None => None,
            };
            return Err(step_failed(&failed, &steps, &progress, rescued, &args).into());
        }
        // Read again: what was applied must show.
        let again = setup::survey(&mgmt, &wanted)
            .await
            .map_err(|e| survey_error(e, &domain.host))?;
        let left = setup::plan(&again, &wanted);
        if !left.is_empty() {
            return Err(CliError::general(format!(
                "Okta accepted every change, but reading {} again still shows {} to do",
                domain.host,
                left.len()
            ))
            .details(left.iter().map(|s| format!("- {}", s.describe())))
            .hint("run the same command again; if it persists, check the org in the Admin Console")
            .into());
        }
    } else {
        ctx.io.success(&format!(
            "Nothing to do in {}: the app, its Everyone assignment and an access policy granting Authorization Code are in place",
            domain.host
        ));
    }

    let survey = match progress.created_app {
        Some(_) => setup::survey(&mgmt, &wanted)
            .await
            .map_err(|e| survey_error(e, &domain.host))?,
        None => survey,
    };
    let client_id = client_id_of(&survey, &progress);
    let handed = match (progress.created_secret.clone(), &tenant) {
        (Some(secret), _) => {
            let new = new_tenant(
                &slug,
                company_name.as_deref(),
                &domain.host,
                &progress,
                secret,
            );
            submit(ctx, &hand_over, new).await?
        }
        (None, Some(t))
            if t.okta_domain == domain.host && Some(&t.client_id) == client_id.as_ref() =>
        {
            HandedOver::AlreadyRegistered(t.clone())
        }
        (None, Some(t)) => HandedOver::RegisteredOtherwise(t.clone()),
        (None, None) => HandedOver::NoSecret,
    };
    let (tenant_line, tenant_json) = describe_hand_over(&handed, &slug, client_id.as_deref());
    match &handed {
        HandedOver::RegisteredOtherwise(_) | HandedOver::NoSecret => ctx.io.warn(&tenant_line),
        _ => ctx.io.success(&tenant_line),
    }

    // The doctor on the result.
    let registered = matches!(
        handed,
        HandedOver::Registered(_) | HandedOver::AlreadyRegistered(_)
    );
    let api = match &hand_over {
        HandOver::Service(api) => Some(api.as_ref()),
        HandOver::File(_) => None,
    };
    let sources = Sources {
        http: &http,
        api: if registered { api } else { None },
        okta_token: Some(&token),
        client_secret: progress.created_secret.as_ref(),
        probe_authorize: true,
    };
    let facts = if registered {
        collect::tenant(sources, &slug, &wanted.redirect_uri)
            .await
            .map_err(|e| e.0)?
    } else {
        collect::unregistered(
            sources,
            &domain.host,
            client_id.as_deref(),
            Some(&slug),
            Some(&wanted.redirect_uri),
        )
        .await
    };
    let report = rules::judge(&facts);
    let applied: Vec<String> = progress.applied.iter().map(Step::describe).collect();
    let data = json!({
        "okta_domain": domain.host,
        "slug": slug,
        "redirect_uri": wanted.redirect_uri,
        "client_id": client_id,
        "applied": applied,
        "tenant": tenant_json,
        "doctor": report::report_json(&report),
    });
    let mut text = String::new();
    text.push_str(&format!(
        "okta domain:\t{}\nredirect uri:\t{}\nclient id:\t{}\nchanges:\t{}\ntenant:\t{}\n\n",
        domain.host,
        wanted.redirect_uri,
        client_id.as_deref().unwrap_or("-"),
        if applied.is_empty() {
            "none (nothing to do)".to_string()
        } else {
            format!("{} applied", applied.len())
        },
        tenant_line
    ));
    text.push_str(&report::render(
        std::slice::from_ref(&report),
        ctx.io.color && ctx.io.stdout_is_tty,
        ctx.verbose > 0,
    ));
    let tally = [Tally::of(&report)];
    conclude(ctx, &tally, false, Printable::new(&data, View::Text(text)))
}

/// The registered tenant, or `None` when the slug is free.
async fn registered(api: &Client, slug: &str) -> Result<Option<Tenant>> {
    match api.tenant(slug).await {
        Ok(t) => Ok(Some(t.value)),
        Err(e) if e.is(404) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn ask_company_name(ctx: &mut Context) -> Result<String> {
    ctx.require_prompt("--company-name", "--company-name")?;
    let answer = ctx.prompter.input("Company name", &|v: &str| {
        validate::company_name(v)
            .map(|_| ())
            .map_err(|e| e.to_string())
    })?;
    validate::company_name(&answer).map_err(|e| {
        CliError::invalid("--company-name", &e.problem, e.suggestion.as_deref()).into()
    })
}

/// Asks on a terminal; `--yes` goes ahead; without a terminal it refuses.
fn confirm(ctx: &mut Context, yes: bool, count: usize, host: &str) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !ctx.can_prompt {
        return Err(CliError::usage(format!(
            "refusing to change the Okta org {host} without confirmation"
        ))
        .hint("pass --yes to apply the plan above, or --dry-run to only show it")
        .into());
    }
    if ctx
        .prompter
        .confirm(&format!("Apply these {count} change(s) to {host}?"), false)?
    {
        Ok(())
    } else {
        Err(CliError::new(
            ErrorKind::Cancelled,
            "cancelled: nothing was changed in Okta",
        )
        .into())
    }
}

fn plan_text(
    host: &str,
    steps: &[Step],
    hand_over: &HandOver,
    registers: bool,
    creates_app: bool,
) -> Vec<String> {
    let mut lines = Vec::new();
    if steps.is_empty() {
        lines.push(format!("Nothing to change in {host}."));
    } else {
        lines.push(format!(
            "Plan for {host} ({} change(s), one at a time):",
            steps.len()
        ));
        for (i, s) in steps.iter().enumerate() {
            lines.push(format!("  {}. {}", i + 1, s.describe()));
        }
    }
    if creates_app {
        lines.push(match hand_over {
            HandOver::Service(_) if registers => "Then: register the tenant with the service, the new client secret passed straight through (it is never shown)".into(),
            HandOver::Service(_) => "Then: the tenant is registered already; it is left as it is".into(),
            HandOver::File(path) => format!(
                "Then: write the tenant, with the new client secret, to {} (mode 0600) for `ssoctl tenant register --from-file`",
                path.display()
            ),
        });
    }
    lines
}

fn client_id_of(survey: &Survey, progress: &Progress) -> Option<String> {
    progress
        .created_app
        .as_ref()
        .map(|(_, c)| c.clone())
        .or_else(|| survey.app.as_ref().map(|a| a.client_id.clone()))
}

fn new_tenant(
    slug: &str,
    company_name: Option<&str>,
    host: &str,
    progress: &Progress,
    secret: Secret,
) -> (Option<String>, NewTenant) {
    let client_id = progress
        .created_app
        .as_ref()
        .map(|(_, c)| c.clone())
        .unwrap_or_default();
    (
        company_name.map(str::to_owned),
        NewTenant {
            slug: slug.to_owned(),
            company_name: company_name.unwrap_or_default().to_owned(),
            okta_domain: host.to_owned(),
            client_id,
            client_secret: secret,
        },
    )
}

/// Step 4 of the guide: the tenant to the service, or to a tenant file.
/// Kept apart so that another way to submit it can take its place (the
/// context is for one that asks or reads standard input).
async fn submit(
    _ctx: &mut Context,
    hand_over: &HandOver,
    (company_name, new): (Option<String>, NewTenant),
) -> Result<HandedOver> {
    match hand_over {
        HandOver::Service(api) => match register::register(api, &new).await? {
            Registration::Created(t) => Ok(HandedOver::Registered(t)),
            Registration::AlreadyAsAsked(t) => Ok(HandedOver::AlreadyRegistered(t)),
        },
        HandOver::File(path) => {
            write_tenant_file(path, company_name.as_deref(), &new)?;
            Ok(HandedOver::File(path.clone()))
        }
    }
}

fn write_tenant_file(path: &Path, company_name: Option<&str>, new: &NewTenant) -> Result<()> {
    let mut file = toml::Table::new();
    file.insert("slug".into(), new.slug.clone().into());
    if let Some(c) = company_name {
        file.insert("company_name".into(), c.into());
    }
    file.insert("okta_domain".into(), new.okta_domain.clone().into());
    file.insert("client_id".into(), new.client_id.clone().into());
    file.insert("client_secret".into(), new.client_secret.expose().into());
    let text = format!(
        "# Written by `ssoctl okta setup`: register with `ssoctl tenant register --from-file {}`.\n# It holds the client secret: keep it 0600 and delete it once registered.\n{}",
        path.display(),
        toml::to_string(&file)
            .map_err(|e| CliError::general(format!("cannot write the tenant file: {e}")))?
    );
    crate::files::write_atomic(path, text.as_bytes()).map_err(|e| {
        CliError::general(format!(
            "cannot write the tenant file {}: {e}",
            path.display()
        ))
        .hint("pass --tenant-file with a writable path")
        .into()
    })
}

fn describe_hand_over(handed: &HandedOver, slug: &str, client_id: Option<&str>) -> (String, Value) {
    match handed {
        HandedOver::Registered(t) => (
            format!(
                "registered {} with the service (status {})",
                t.slug, t.status
            ),
            json!({"registered": true, "status": t.status}),
        ),
        HandedOver::AlreadyRegistered(t) => (
            format!(
                "{} is registered already with this Okta domain and client id; nothing was changed",
                t.slug
            ),
            json!({"registered": true, "status": t.status}),
        ),
        HandedOver::RegisteredOtherwise(t) => (
            format!(
                "{} is registered with Okta domain {} and client id {}, not this org's app {}; left as it is (change it with `ssoctl tenant update {}`)",
                t.slug,
                t.okta_domain,
                t.client_id,
                client_id.unwrap_or("-"),
                t.slug
            ),
            json!({"registered": true, "status": t.status, "differs": true}),
        ),
        HandedOver::File(path) => (
            format!(
                "written to {} (mode 0600); register it with `ssoctl tenant register --from-file {}`",
                path.display(),
                path.display()
            ),
            json!({"registered": false, "tenant_file": path.display().to_string()}),
        ),
        HandedOver::NoSecret => (
            format!(
                "no new client secret to hand over: the app existed before this run, and Okta shows its secret only in the Admin Console (Applications → the app → General → Client Credentials); if {slug} is not registered yet: `ssoctl tenant register --slug {slug} --client-id {} --client-secret-stdin …`",
                client_id.unwrap_or("…")
            ),
            json!({"registered": false}),
        ),
    }
}

/// A failed read: nothing was changed.
fn survey_error(e: SurveyError, host: &str) -> CliError {
    let nothing = "nothing was changed";
    match e {
        SurveyError::SeveralApps(apps) => CliError::conflict(format!(
            "{} apps in {host} list this tenant's redirect URI; which one is the tenant's is for a person to say ({nothing})",
            apps.len()
        ))
        .details(apps.into_iter().map(|a| format!("- {a}")))
        .hint("remove the redirect URI from the apps that are not the tenant's, in the Admin Console, then run okta setup again"),
        SurveyError::NoEveryone => CliError::general(format!(
            "{host} has no built-in Everyone group; is it an Okta org? ({nothing})"
        )),
        SurveyError::Read(e) => write_error(&e, &format!("reading {host} failed ({nothing})")),
    }
}

/// A Management API error in words, with its fix and exit code.
fn write_error(e: &WriteError, context: &str) -> CliError {
    let message = format!("{context}: {e}");
    match e {
        WriteError::Forbidden { .. } => CliError::auth(message).hint(
            "the token's admin needs the scopes okta.apps.manage, okta.authorizationServers.manage and okta.groups.read (README \"Set up and repair\"): create the token as such an admin",
        ),
        WriteError::BadToken => CliError::auth(message)
            .hint("create a new API token in the Admin Console (Security → API → Tokens) and set SSOCTL_OKTA_API_TOKEN"),
        WriteError::RateLimited { .. } => CliError::general(message)
            .hint("wait for the rate limit to reset, then run the same command again"),
        WriteError::Locked => CliError::general(message)
            .hint("wait a minute for Okta to finish, then run the same command again"),
        WriteError::FeatureMissing => CliError::general(message).hint(
            "the org needs API Access Management (a custom authorization server named default); Okta Integrator and most paid orgs have it",
        ),
        WriteError::Invalid { .. } => CliError::general(message)
            .hint("this is ssoctl's request Okta refused: report it with the request id"),
        _ => CliError::general(message),
    }
}

/// A step failed: what was applied, what was not, and how to resume.
fn step_failed(
    failed: &StepFailed,
    steps: &[Step],
    progress: &Progress,
    rescued: Option<Result<HandedOver>>,
    args: &OktaSetupArgs,
) -> CliError {
    let mut error = write_error(
        &failed.error,
        &format!("Okta refused \"{}\"", failed.step.describe()),
    );
    for step in &progress.applied {
        error = error.detail(format!("applied: {}", step.describe()));
    }
    for step in steps.iter().skip(progress.applied.len()) {
        error = error.detail(format!("not applied: {}", step.describe()));
    }
    if matches!(failed.error, WriteError::Unanswered(_)) {
        error = error.detail(
            "whether Okta applied the last change is unknown: the next run reads the org first and does not repeat what is there",
        );
    }
    match rescued {
        Some(Ok(handed)) => {
            let (line, _) = describe_hand_over(
                &handed,
                &args.slug,
                progress.created_app.as_ref().map(|(_, c)| c.as_str()),
            );
            error = error.detail(format!(
                "the new app's client secret was kept: tenant {line}"
            ));
        }
        Some(Err(e)) => {
            error = error.detail(format!(
                "the new app's client secret could not be handed over ({}): copy it from the Admin Console (Applications → the app → General)",
                e
            ));
        }
        None => {}
    }
    let mut resume = format!(
        "resume with the same command: `ssoctl okta setup --okta-domain {} --slug {}",
        args.okta_domain, args.slug
    );
    if let Some(c) = &args.company_name {
        resume.push_str(&format!(" --company-name \"{c}\""));
    }
    resume.push_str("`; it finds what was applied and does the rest");
    error.hint(resume)
}
