//! `ssoctl okta setup`: guide steps 1 and 3 done in the customer's Okta org
//! with an Okta API token, then the tenant handed to the service (step 4),
//! then the doctor. Check first (read the org), show the plan, ask, apply
//! one request at a time, read again; a second run finds nothing to do.
//! The planning and the requests are `okta::setup`'s; this module asks,
//! tells, and hands the tenant over.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::api::register::{self, Registration, last4};
use crate::api::registrations::{self, Refusal, RegistrationDetails, RegistrationError};
use crate::api::{Client, NewTenant, Tenant, expected_redirect_uri};
use crate::cli::{OktaCommand, OktaSetupArgs};
use crate::commands::reports::conclude;
use crate::config::display_url;
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
    /// Submitted with the customer's invitation, for support's review; the
    /// tenant file keeps the secret if the service refuses it.
    Invitation(Box<Invited>),
}

/// An invitation read and checked with the service.
struct Invited {
    http: crate::http::HttpClient,
    service: url::Url,
    token: Secret,
    company_name: String,
    file: PathBuf,
}

/// What became of the tenant.
enum HandedOver {
    Registered(Tenant),
    AlreadyRegistered(Tenant),
    /// Registered before with another app or domain: left alone.
    RegisteredOtherwise(Tenant),
    File(PathBuf),
    /// Submitted with the invitation: pending support's review.
    Submitted(Tenant),
    /// The app existed before this run: its secret is not readable here.
    NoSecret,
}

async fn setup_org(ctx: &mut Context, args: OktaSetupArgs) -> Result<Outcome> {
    let domain = domain::parse(&args.okta_domain)
        .map_err(|e| CliError::invalid("--okta-domain", &e.problem, e.suggestion.as_deref()))?;
    let invitation = read_invitation(ctx, &args)?;
    let token = ctx.okta_api_token(&args.token)?.ok_or_else(|| {
        let e = CliError::usage("okta setup needs an Okta API token");
        if args.invite_stdin {
            e.hint("standard input carries the invitation, so the Okta API token comes from SSOCTL_OKTA_API_TOKEN (or pass the invitation with --invite-file and use --ask-okta-api-token); README \"Set up and repair\" names the admin role it needs")
        } else {
            e.hint("set SSOCTL_OKTA_API_TOKEN, or pass --okta-api-token-stdin or --ask-okta-api-token; README \"Set up and repair\" names the admin role it needs")
        }
    })?;
    let invited = match &invitation {
        Some(token) => Some(check_invitation(ctx, &args, token).await?),
        None => None,
    };
    let slug = match (&invited, &args.slug) {
        (Some(i), _) => i.slug.clone(),
        (None, Some(s)) => s.clone(),
        (None, None) => {
            return Err(CliError::usage("okta setup needs --slug, or an invitation")
                .hint("pass --slug SLUG (with an admin token or for a tenant file), or the invitation from Biometry support with --invite-stdin or --invite-file")
                .into());
        }
    };
    let company_name = args
        .company_name
        .as_deref()
        .map(|c| {
            validate::company_name(c).map_err(|e| {
                CliError::invalid("--company-name", &e.problem, e.suggestion.as_deref())
            })
        })
        .transpose()?;
    let company_name = match &invited {
        Some(i) => Some(i.company_name.clone()),
        None => company_name,
    };
    let auth_url = ctx.settings()?.auth_url.value.clone();
    let wanted = Wanted {
        redirect_uri: match &invited {
            Some(i) => i.redirect_uri.clone(),
            None => expected_redirect_uri(&auth_url, &slug),
        },
        label: APP_LABEL.into(),
    };
    let tenant_file = args
        .tenant_file
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("ssoctl-tenant-{slug}.toml")));
    let http = ctx.http()?;
    let mut hand_over = match (invitation, &invited) {
        (Some(token), Some(i)) => HandOver::Invitation(Box::new(Invited {
            http: http.clone(),
            service: ctx.settings()?.api_url.value.clone(),
            token,
            company_name: i.company_name.clone(),
            file: tenant_file.clone(),
        })),
        _ => match ctx.token()? {
            Some(_) => HandOver::Service(Box::new(ctx.api()?)),
            None => HandOver::File(tenant_file.clone()),
        },
    };
    let mgmt = Mgmt::new(&http, domain.base_url(), &token);

    // Check first: what the org and the service have.
    let survey = setup::survey(&mgmt, &wanted)
        .await
        .map_err(|e| survey_error(e, &domain.host))?;
    let steps = setup::plan(&survey, &wanted);
    let tenant = match &hand_over {
        HandOver::Service(api) => registered(api, &slug).await?,
        HandOver::File(_) | HandOver::Invitation(_) => None,
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
    let registers = matches!(hand_over, HandOver::Service(_) | HandOver::Invitation(_))
        && tenant.is_none()
        && creates_app;
    let company_name = match (company_name, registers || creates_app) {
        (Some(c), _) => Some(c),
        (None, false) => None,
        (None, true) if matches!(hand_over, HandOver::File(_)) => None,
        (None, true) => Some(ask_company_name(ctx)?),
    };
    let kept_in = match &hand_over {
        HandOver::File(path) => Some(path),
        HandOver::Invitation(i) => Some(&i.file),
        HandOver::Service(_) => None,
    };
    if let Some(path) = kept_in
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
            let rescued = match new_tenant(&slug, company_name.as_deref(), &domain.host, &progress)
            {
                Some(new) => Some(match &hand_over {
                    // Not submitted half-done: the invitation stays
                    // unused for the rerun, and the file keeps the secret.
                    HandOver::Invitation(inv) => {
                        write_tenant_file(&inv.file, new.0.as_deref(), &new.1)
                            .map(|()| HandedOver::File(inv.file.clone()))
                    }
                    _ => submit(ctx, &hand_over, new).await,
                }),
                None => None,
            };
            return Err(step_failed(&failed, &steps, &progress, rescued, &args, &slug).into());
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
    let created = new_tenant(&slug, company_name.as_deref(), &domain.host, &progress);
    let handed = match (created, &tenant) {
        (Some(new), _) => submit(ctx, &hand_over, new)
            .await
            .map_err(|e| explain_applied(e, &progress, &domain.host))?,
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
    let mut notes = Vec::new();
    if let (HandedOver::Submitted(r), HandOver::Invitation(inv), Some(secret)) =
        (&handed, &hand_over, progress.created_secret.as_ref())
    {
        notes.push(format!(
            "Sent to {}: slug {}, company name {}, okta domain {}, client id {}, client secret …{} (the service checked it with Okta).",
            display_url(&inv.service),
            r.slug,
            r.company_name,
            r.okta_domain,
            r.client_id,
            last4(secret)
        ));
        notes.push("Next: Biometry support reviews the registration and approves it; until then nobody can sign in. The invitation is used up.".to_string());
        notes.push(format!(
            "Once approved, test a sign-in with `ssoctl login test {}`.",
            r.slug
        ));
    }

    // The doctor on the result.
    let registered = matches!(
        handed,
        HandedOver::Registered(_) | HandedOver::AlreadyRegistered(_)
    );
    let api = match &hand_over {
        HandOver::Service(api) => Some(api.as_ref()),
        HandOver::File(_) | HandOver::Invitation(_) => None,
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
        "notes": notes,
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
    for note in &notes {
        text.push_str(note);
        text.push('\n');
    }
    if !notes.is_empty() {
        text.push('\n');
    }
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
            HandOver::Invitation(inv) => format!(
                "Then: submit the registration to {} with the invitation, the new client secret passed straight through (it is never shown); Biometry support reviews and approves it",
                display_url(&inv.service)
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

/// The tenant to hand over, once Okta has shown the app's new secret
/// (none before that).
fn new_tenant(
    slug: &str,
    company_name: Option<&str>,
    host: &str,
    progress: &Progress,
) -> Option<(Option<String>, NewTenant)> {
    let secret = progress.created_secret.clone()?;
    let client_id = progress
        .created_app
        .as_ref()
        .map(|(_, c)| c.clone())
        .unwrap_or_default();
    Some((
        company_name.map(str::to_owned),
        NewTenant {
            slug: slug.to_owned(),
            company_name: company_name.unwrap_or_default().to_owned(),
            okta_domain: host.to_owned(),
            client_id,
            client_secret: secret,
        },
    ))
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
        HandOver::Invitation(inv) => submit_invitation(inv, company_name.as_deref(), &new).await,
    }
}

/// The registration, submitted with the invitation; a refusal keeps the
/// new secret in the 0600 tenant file, as a failed step does.
async fn submit_invitation(
    inv: &Invited,
    company_name: Option<&str>,
    new: &NewTenant,
) -> Result<HandedOver> {
    let details = RegistrationDetails {
        okta_domain: new.okta_domain.clone(),
        client_id: new.client_id.clone(),
        client_secret: new.client_secret.clone(),
    };
    let key = crate::api::register::idempotency_key();
    let refused =
        match registrations::submit(&inv.http, &inv.service, &inv.token, &details, &key).await {
            Ok(registration) => return Ok(HandedOver::Submitted(registration)),
            Err(e) => e,
        };
    let mut error = match refused.refusal() {
        Some(Refusal::InvitationUsed) => already_submitted(&refused),
        _ => registrations::cli_error(&refused),
    };
    if let RegistrationError::Api(crate::api::ApiError::Http(_)) = &refused {
        error = error
            .detail("whether the submission arrived is unknown: the invitation may be used now");
    }
    error = match write_tenant_file(&inv.file, company_name.or(Some(&inv.company_name)), new) {
        Ok(()) => error.detail(format!(
            "the new app's client secret was kept in {} (mode 0600): submit it with `ssoctl tenant submit --invite-stdin --okta-domain {} --client-id {} --client-secret-stdin` once the cause is fixed, then delete the file",
            inv.file.display(),
            new.okta_domain,
            new.client_id
        )),
        Err(e) => error.detail(format!(
            "the new app's client secret could not be kept ({e}): copy it from the Admin Console (Applications → the app → General)"
        )),
    };
    Err(error.into())
}

/// `invitation_used`: the registration was submitted with it already.
fn already_submitted(e: &RegistrationError) -> CliError {
    let said = match e {
        RegistrationError::Refused { status, .. } => status.message.clone(),
        RegistrationError::Api(e) => e.to_string(),
    };
    CliError::conflict(
        "the registration was already submitted with this invitation (it works once)",
    )
    .detail(format!("the service says: {said}"))
    .hint("if it was submitted by an earlier run of this command, there is nothing more to do: Biometry support reviews the registration and approves it; if the details must change, ask Biometry support")
}

/// A hand-over that failed after Okta was changed: what was applied.
fn explain_applied(e: anyhow::Error, progress: &Progress, host: &str) -> anyhow::Error {
    match e.downcast::<CliError>() {
        Ok(error) => {
            let mut error = error.detail(format!(
                "in {host}, {} change(s) were applied and stay (a rerun does not repeat them):",
                progress.applied.len()
            ));
            for step in &progress.applied {
                error = error.detail(format!("applied: {}", step.describe()));
            }
            error.into()
        }
        Err(e) => e,
    }
}

/// The invitation, from `--invite-stdin`, `--invite-file` or
/// `SSOCTL_INVITATION`; `None` without one (a setup for `--slug`).
fn read_invitation(ctx: &mut Context, args: &OktaSetupArgs) -> Result<Option<Secret>> {
    if args.invite_stdin && args.token.okta_api_token_stdin {
        return Err(CliError::usage(
            "--invite-stdin and --okta-api-token-stdin cannot both read standard input: with an invitation, standard input carries the invitation",
        )
        .hint("set SSOCTL_OKTA_API_TOKEN for the Okta API token, or pass the invitation with --invite-file and the token with --okta-api-token-stdin or --ask-okta-api-token")
        .into());
    }
    let stdin = if args.invite_stdin {
        Some(ctx.io.read_input()?)
    } else {
        None
    };
    ctx.invitation(
        stdin.as_deref(),
        args.invite_file.as_deref(),
        "pipe it in: `printf %s \"$INVITATION\" | SSOCTL_OKTA_API_TOKEN=… ssoctl okta setup --invite-stdin --okta-domain D --yes`",
    )
}

/// What the invitation invites to, read from the service (it changes
/// nothing); `--slug` and `--company-name`, when given, must match it.
async fn check_invitation(
    ctx: &mut Context,
    args: &OktaSetupArgs,
    token: &Secret,
) -> Result<crate::api::Invitation> {
    let service = ctx.settings()?.api_url.value.clone();
    let http = ctx.http()?;
    let invited = registrations::invitation(&http, &service, token)
        .await
        .map_err(|e| match e.refusal() {
            Some(Refusal::InvitationUsed) => {
                already_submitted(&e).detail("nothing was changed in Okta and nothing was sent")
            }
            _ => registrations::cli_error(&e).detail("nothing was changed in Okta"),
        })?;
    if let Some(slug) = &args.slug
        && *slug != invited.slug
    {
        return Err(CliError::usage(format!(
            "--slug {slug} is not the invitation's slug: the invitation is for {}",
            invited.slug
        ))
        .hint("leave --slug out (the invitation names the slug), or ask Biometry support for an invitation for the other slug")
        .into());
    }
    if let Some(company) = &args.company_name
        && company.trim() != invited.company_name
    {
        return Err(CliError::usage(format!(
            "--company-name \"{company}\" is not the invitation's company name: the invitation is for \"{}\"",
            invited.company_name
        ))
        .hint("leave --company-name out (the invitation names the company), or ask Biometry support")
        .into());
    }
    Ok(invited)
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
        HandedOver::Submitted(r) => (
            format!(
                "submitted {} with the invitation (status {}): Biometry support reviews and approves it",
                r.slug, r.status
            ),
            json!({"registered": false, "submitted": true, "status": r.status}),
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
    slug: &str,
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
                slug,
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
        "resume with the same command: `ssoctl okta setup --okta-domain {}",
        args.okta_domain
    );
    if args.invite_stdin {
        resume.push_str(" --invite-stdin");
    } else if let Some(f) = &args.invite_file {
        resume.push_str(&format!(" --invite-file {}", f.display()));
    } else {
        resume.push_str(&format!(" --slug {slug}"));
    }
    if let Some(c) = &args.company_name {
        resume.push_str(&format!(" --company-name \"{c}\""));
    }
    resume.push_str("`; it finds what was applied and does the rest");
    error.hint(resume)
}
