//! `ssoctl tenant`: register, show, list, change and remove tenants.

pub mod fleet;
pub mod invite;
mod list_stream;
pub mod rotate;

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::error::tenant_not_found as not_found;
use crate::api::register::Registration;
use crate::api::suggest::suggest_slug;
use crate::api::{Client, NewTenant, Tenant, TenantChanges, Versioned, expected_redirect_uri};
use crate::cli::{
    ListArgs, RegisterArgs, SlugArg, SlugYesArgs, TenantCommand, TenantSortField, UpdateArgs,
};
use crate::commands::secret_from_args;
use crate::config::display_url;
use crate::context::Context;
use crate::doctor::preflight::{self, Details, SecretToProve};
use crate::doctor::report;
use crate::error::{CliError, ErrorKind, Result};
use crate::finding::Severity;
use crate::jq;
use crate::okta::domain;
use crate::outcome::Outcome;
use crate::output::{OutputFormat, Printable, View, or_dash};
use crate::secret::{Secret, secret_from_text};
use crate::validate::{self, Invalid};

pub async fn run(ctx: &mut Context, command: TenantCommand) -> Result<Outcome> {
    let printable = match command {
        TenantCommand::List(args) => list(ctx, &args).await?,
        TenantCommand::Show(SlugArg { slug }) => show(ctx, &slug).await?,
        // A write's verdict may fail after the write (the check after it).
        TenantCommand::Register(args) => return register(ctx, args).await,
        TenantCommand::Update(args) => return update(ctx, args).await,
        TenantCommand::Enable(SlugArg { slug }) => set_status(ctx, &slug, "active").await?,
        TenantCommand::Disable(SlugYesArgs { slug, yes }) => disable(ctx, &slug, yes).await?,
        TenantCommand::Delete(SlugYesArgs { slug, yes }) => delete(ctx, &slug, yes).await?,
        TenantCommand::Users(SlugArg { slug }) => users(ctx, &slug).await?,
        TenantCommand::History(SlugArg { slug }) => fleet::history(ctx, &slug).await?,
        TenantCommand::Export(args) => fleet::export(ctx, &args).await?,
        TenantCommand::Invite(args) => invite::invite(ctx, &args).await?,
        TenantCommand::Invitations => invite::invitations(ctx).await?,
        TenantCommand::Reject(SlugYesArgs { slug, yes }) => invite::reject(ctx, &slug, yes).await?,
        TenantCommand::Diff(args) => return fleet::diff(ctx, &args).await,
        TenantCommand::Apply(args) => return fleet::apply(ctx, &args).await,
        TenantCommand::Submit(args) => return invite::submit(ctx, &args).await,
        TenantCommand::Approve(args) => return invite::approve(ctx, &args).await,
        TenantCommand::RotateSecret(args) => return rotate::run(ctx, &args).await,
    };
    Ok(Outcome::ok(printable))
}

async fn list(ctx: &mut Context, args: &ListArgs) -> Result<Printable> {
    let status = args.status.map(|s| s.as_str());
    // Sorting and `--limit`/`--json`/`--jq` need every row; a terminal table
    // buffers; JSON and piped text stream as pages arrive.
    let reshaped = args.sort.is_some()
        || args.limit.is_some()
        || args.json.is_some()
        || args.provisioning.is_some();
    if !reshaped && args.jq.is_none() && (ctx.format == OutputFormat::Json || !ctx.io.stdout_is_tty)
    {
        return list_stream::stream(ctx, status, &LIST_HEADERS, list_row).await;
    }
    let client = ctx.api()?;
    let mut tenants = client.all_tenants(status).await?;
    if let Some(state) = args.provisioning {
        // The list route filters by status only; the state is on each tenant.
        tenants.retain(|t| t.provisioning_state.as_deref() == Some(state.as_str()));
    }
    if let Some(field) = args.sort {
        tenants.sort_by(|a, b| sort_key(a, field).cmp(&sort_key(b, field)));
    }
    if let Some(limit) = args.limit {
        tenants.truncate(limit);
    }
    if args.json.is_some() || args.jq.is_some() {
        return scripted(ctx, &tenants, args);
    }
    if tenants.is_empty() && ctx.io.stdout_is_tty {
        ctx.io.status(match status {
            Some(_) => "No tenants with that status",
            None if args.provisioning.is_some() => "No tenants with that provisioning state",
            None => "No tenants registered yet; add one with `ssoctl tenant register`",
        });
    }
    let rows = tenants.iter().map(list_row).collect();
    Ok(Printable::table(&tenants, &LIST_HEADERS, rows))
}

/// The columns of `tenant list` (buffered or streamed).
const LIST_HEADERS: [&str; 6] = [
    "slug",
    "company",
    "status",
    "provisioning",
    "okta domain",
    "updated",
];

fn list_row(t: &Tenant) -> Vec<String> {
    vec![
        t.slug.clone(),
        t.company_name.clone(),
        status_text(t),
        or_dash(t.provisioning_state.as_deref()),
        t.okta_domain.clone(),
        or_dash(t.updated_at.as_deref()),
    ]
}

fn sort_key(tenant: &Tenant, field: TenantSortField) -> Option<&str> {
    match field {
        TenantSortField::Slug => Some(&tenant.slug),
        TenantSortField::Company => Some(&tenant.company_name),
        TenantSortField::Status => Some(&tenant.status),
        TenantSortField::OktaDomain => Some(&tenant.okta_domain),
        TenantSortField::Created => tenant.created_at.as_deref(),
        TenantSortField::Updated => tenant.updated_at.as_deref(),
    }
}

/// `--json FIELDS` prints JSON with those fields whatever `--output` says;
/// `--jq` prints what the expression yields, one result a line.
fn scripted(ctx: &mut Context, tenants: &[Tenant], args: &ListArgs) -> Result<Printable> {
    let mut value = serde_json::to_value(tenants)
        .map_err(|e| CliError::general(format!("cannot show the tenants as JSON: {e}")))?;
    if let Some(fields) = &args.json {
        value = jq::select_fields(&value, fields)
            .map_err(|e| CliError::usage(e).hint("pick fields with --json slug,status"))?;
    }
    match &args.jq {
        Some(expr) => {
            let lines = jq::query(&value, expr)
                .map_err(|e| CliError::usage(e).hint("see https://jqlang.org/manual/"))?;
            ctx.format = OutputFormat::Table;
            Ok(Printable::new(&Value::Null, View::Text(lines.join("\n"))))
        }
        None => {
            ctx.format = OutputFormat::Json;
            Ok(Printable::new(&value, View::Nothing))
        }
    }
}

/// The status, and whether a submitted registration awaits review.
fn status_text(t: &Tenant) -> String {
    if t.awaits_review() {
        format!("{} (review)", t.status)
    } else {
        t.status.clone()
    }
}

fn tenant_fields(t: &Tenant) -> Vec<(&'static str, String)> {
    vec![
        ("slug", t.slug.clone()),
        ("company name", t.company_name.clone()),
        ("status", status_text(t)),
        ("provisioning", or_dash(t.provisioning_state.as_deref())),
        ("okta domain", t.okta_domain.clone()),
        ("client id", t.client_id.clone()),
        (
            "client secret",
            t.client_secret_last4
                .as_deref()
                .map(|l| format!("…{l}"))
                .unwrap_or_else(|| or_dash(None)),
        ),
        ("redirect uri", t.redirect_uri.clone()),
        ("dashboard url", or_dash(t.dashboard_url.as_deref())),
        ("created", or_dash(t.created_at.as_deref())),
        ("updated", or_dash(t.updated_at.as_deref())),
    ]
}

fn tenant_view(t: &Tenant, notes: Vec<String>) -> Printable {
    Printable::details(t, tenant_fields(t), notes)
}

async fn show(ctx: &mut Context, slug: &str) -> Result<Printable> {
    let client = ctx.api()?;
    let tenant = read_tenant(&client, slug).await?;
    Ok(tenant_view(&tenant.value, Vec::new()))
}

/// Reads a tenant; an unknown slug is "not found" (exit 5) with the
/// closest registered slug as "did you mean".
pub(crate) async fn read_tenant(client: &Client, slug: &str) -> Result<Versioned<Tenant>> {
    match client.tenant(slug).await.map_err(not_found(slug)) {
        Ok(read) => Ok(read),
        Err(e) => Err(suggest_slug(client, slug, e).await),
    }
}

/// `tenant.toml` for `--from-file`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantFile {
    pub slug: Option<String>,
    pub company_name: Option<String>,
    pub okta_domain: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
}

fn read_tenant_file(path: &Path) -> Result<TenantFile> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::usage(format!("cannot read {}: {e}", path.display())))?;
    parse_tenant_file(&text, &path.display().to_string())
}

/// Parses a tenant file's text; `name` says which file in the error.
pub fn parse_tenant_file(text: &str, name: &str) -> Result<TenantFile> {
    toml::from_str(text).map_err(|e| {
        // The parser's own Display quotes the offending line, which may hold
        // the secret: only its message and the line number are shown.
        let line = e
            .span()
            .map(|s| text.as_bytes()[..s.start.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1);
        let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
        CliError::usage(format!("{name} is not a valid tenant file{at}: {}", crate::error::parse_problem(e.message())))
            .hint("the file holds slug, company_name, okta_domain, client_id and optionally client_secret, as TOML strings")
            .into()
    })
}

/// The slug, company name, domain and client ID with their flag names, for
/// prompts and for the "missing" message.
struct Field {
    flag: &'static str,
    prompt: &'static str,
    check: fn(&str) -> std::result::Result<String, Invalid>,
}

pub(crate) fn check_domain(value: &str) -> std::result::Result<String, Invalid> {
    domain::parse(value).map(|d| d.host)
}

const FIELDS: [Field; 4] = [
    Field {
        flag: "--slug",
        prompt: "Tenant slug (as in the redirect URI, e.g. acme-corp)",
        check: validate::slug,
    },
    Field {
        flag: "--company-name",
        prompt: "Company name",
        check: validate::company_name,
    },
    Field {
        flag: "--okta-domain",
        prompt: "Okta domain (e.g. dev-12345678.okta.com)",
        check: check_domain,
    },
    Field {
        flag: "--client-id",
        prompt: "Client ID",
        check: validate::client_id,
    },
];

const SECRET_SOURCES: &str = "--client-secret-stdin, --client-secret-file or SSOCTL_CLIENT_SECRET";

async fn register(ctx: &mut Context, args: RegisterArgs) -> Result<Outcome> {
    let file = match &args.from_file {
        Some(path) => {
            let file = read_tenant_file(path)?;
            if file.client_secret.is_some() {
                warn_if_others_can_read(ctx, path);
            }
            file
        }
        None => TenantFile::default(),
    };
    let given = [
        args.slug.clone().or(file.slug),
        args.company_name.clone().or(file.company_name),
        args.okta.okta_domain.clone().or(file.okta_domain),
        args.okta.client_id.clone().or(file.client_id),
    ];
    let mut secret = secret_from_args(ctx, &args.okta.secret)?;
    if secret.is_none() {
        secret = file
            .client_secret
            .as_ref()
            .and_then(|s| secret_from_text(s.expose()));
    }

    // Given values are checked first, so one run names every problem and,
    // without a terminal, every missing value.
    let mut problems: Vec<CliError> = Vec::new();
    let mut checked: Vec<Option<String>> = Vec::with_capacity(FIELDS.len());
    // On a terminal, a given value with a correction is asked again with
    // the correction as the default.
    let mut corrections: Vec<Option<String>> = vec![None; FIELDS.len()];
    for (index, (field, value)) in FIELDS.iter().zip(&given).enumerate() {
        checked.push(match value.as_deref().map(field.check) {
            Some(Ok(ok)) => Some(ok),
            Some(Err(Invalid {
                problem,
                suggestion: Some(suggestion),
            })) if ctx.can_prompt => {
                ctx.io.warn(&format!(
                    "{}: {problem}; did you mean `{suggestion}`?",
                    field.flag
                ));
                corrections[index] = Some(suggestion);
                None
            }
            Some(Err(e)) => {
                problems.push(CliError::invalid(
                    field.flag,
                    &e.problem,
                    e.suggestion.as_deref(),
                ));
                value.clone()
            }
            None => None,
        });
    }
    if !ctx.can_prompt {
        let mut missing: Vec<String> = FIELDS
            .iter()
            .zip(&checked)
            .filter(|(_, v)| v.is_none())
            .map(|(f, _)| f.flag.to_string())
            .collect();
        if secret.is_none() {
            missing.push(format!("the client secret ({SECRET_SOURCES})"));
        }
        if !missing.is_empty() {
            let mut error = CliError::usage(format!("missing required values: {}", missing.join(", ")))
                .hint("pass them as flags or in --from-file (no prompts without a terminal, or with --no-input)");
            for p in problems {
                error = error.detail(format!("- {}", p.message));
                error.hints.extend(p.hints);
            }
            return Err(error.into());
        }
    }
    if !problems.is_empty() {
        return Err(combine(problems).into());
    }
    let mut values: Vec<String> = Vec::with_capacity(FIELDS.len());
    for ((field, value), correction) in FIELDS.iter().zip(checked).zip(corrections) {
        let value = match value {
            Some(v) => v,
            None => {
                let check = field.check;
                let answer = ctx.prompter.input_default(
                    field.prompt,
                    correction.as_deref(),
                    &|v: &str| check(v).map(|_| ()).map_err(|e| e.to_string()),
                )?;
                check(&answer).map_err(|e| {
                    CliError::invalid(field.flag, &e.problem, e.suggestion.as_deref())
                })?
            }
        };
        values.push(value);
    }
    let secret = match secret {
        Some(s) => s,
        None => ctx.prompter.secret("Client secret (hidden)")?,
    };
    validate::client_secret(secret.expose(), Some(&values[3]))
        .map_err(|e| CliError::invalid("client secret", &e.problem, e.suggestion.as_deref()))?;
    let [slug, company_name, okta_domain, client_id]: [String; 4] = values
        .try_into()
        .map_err(|_| CliError::general("internal: field count"))?;
    let new = NewTenant {
        slug,
        company_name,
        okta_domain,
        client_id,
        client_secret: secret,
    };

    let settings = ctx.settings()?.clone();
    let url = format!("{}/admin/v1/tenants", display_url(&settings.api_url.value));
    if args.dry_run {
        let request =
            serde_json::json!({ "method": "POST", "url": url, "body": new.redacted_body() });
        let pretty = serde_json::to_string_pretty(&new.redacted_body()).unwrap_or_default();
        ctx.io.status("Dry run: nothing was sent");
        return Ok(Outcome::ok(Printable::new(
            &request,
            View::Text(format!("POST {url}\n{pretty}")),
        )));
    }

    let redirect_uri = expected_redirect_uri(&settings.auth_url.value, &new.slug);
    let client = ctx.api()?;
    // A slug registered already is no write of Okta details: the same
    // registration again is done (a second run), other values a conflict,
    // both decided by `register_checked` without asking Okta. (Without the
    // checks there is nothing to decide, so nothing to read first.)
    let registered = !args.verify.no_verify
        && match client.tenant(&new.slug).await {
            Ok(_) => true,
            Err(e) if e.is(404) => false,
            Err(e) => return Err(e.into()),
        };
    if !registered {
        verify_before_write(
            ctx,
            Details {
                slug: &new.slug,
                okta_domain: &new.okta_domain,
                client_id: &new.client_id,
                redirect_uri: &redirect_uri,
            },
            SecretToProve::Given(&new.client_secret),
            args.verify.no_verify,
            "registered",
        )
        .await?;
    }
    if ctx.can_prompt && ctx.io.stdout_is_tty {
        ctx.io.status(&format!(
            "About to register:\n  slug:          {}\n  company name:  {}\n  okta domain:   {}\n  client id:     {}\n  client secret: …{}",
            new.slug,
            new.company_name,
            new.okta_domain,
            new.client_id,
            last4(&new.client_secret)
        ));
        if !ctx.prompter.confirm("Register this tenant?", true)? {
            return Err(
                CliError::new(ErrorKind::Cancelled, "cancelled: nothing was registered").into(),
            );
        }
    }
    let tenant = register_checked(ctx, &client, &new).await?;
    let expected = redirect_uri;
    if tenant.redirect_uri != expected {
        ctx.io.warn(&format!(
            "the service reports the redirect URI {} but auth_url {} gives {expected}; check `ssoctl profile show`",
            tenant.redirect_uri,
            display_url(&settings.auth_url.value)
        ));
    }
    let mut notes = vec![format!(
        "The customer's Okta app must list this sign-in redirect URI, exactly:\n  {}",
        tenant.redirect_uri
    )];
    let dashboard = tenant
        .dashboard_url
        .clone()
        .unwrap_or_else(|| display_url(&settings.console_url.value));
    notes.push(format!(
        "Dashboard to share with the customer's users:\n  {dashboard}"
    ));
    notes.push(format!(
        "Next: check the customer's Okta set-up with `ssoctl doctor {}`",
        tenant.slug
    ));
    // Piped, stdout holds only the tenant; the advice is for a person.
    if !ctx.io.stdout_is_tty {
        for note in notes.drain(..) {
            ctx.io.status(&note);
        }
    }
    let undo = format!(
        "correct it with `ssoctl tenant update {} …` (or remove it with `ssoctl tenant delete {}`)",
        tenant.slug, tenant.slug
    );
    let verdict = check_after_write(ctx, &client, &tenant.slug, &tenant.client_id, &undo).await;
    let printable = tenant_view(&tenant, notes);
    Ok(match verdict {
        Ok(()) => Outcome::ok(printable),
        Err(failure) => Outcome::failed(printable, failure),
    })
}

/// Registers `new` through the one idempotent path (`api::register`),
/// saying what happened. `register` and `tenant apply` both go through here.
pub(crate) async fn register_checked(
    ctx: &mut Context,
    client: &Client,
    new: &NewTenant,
) -> Result<Tenant> {
    match crate::api::register::register(client, new).await? {
        Registration::Created(created) => {
            ctx.io.success(&format!(
                "Registered {} ({})",
                created.slug, created.company_name
            ));
            Ok(created)
        }
        Registration::AlreadyAsAsked(existing) => {
            // The service shows only the secret's last four characters:
            // that much was compared, not the secret.
            ctx.io.success(&format!(
                "{} is already registered with this company name, Okta domain and client id; nothing was changed",
                existing.slug
            ));
            ctx.io.warn(&format!(
                "the stored client secret ends in the same four characters, which is all the service shows; \
if this secret is a new one, store it with `ssoctl tenant update {} --rotate-secret`",
                existing.slug
            ));
            Ok(existing)
        }
    }
}

/// Proves the Okta details a write would send (`doctor::preflight`),
/// shows the checks on stderr, and stops the write unless they passed;
/// `--no-verify` skips them and says so. `register`, `update` and `tenant
/// apply` all go through here.
pub(crate) async fn verify_before_write(
    ctx: &mut Context,
    details: Details<'_>,
    secret: SecretToProve<'_>,
    no_verify: bool,
    write: &str,
) -> Result<()> {
    if no_verify {
        ctx.io.warn(&preflight::skipped_notice(details.slug));
        return Ok(());
    }
    let verification = checks(ctx, details, secret).await?;
    if verification.passed() {
        return Ok(());
    }
    Err(verification.refusal(details.slug, write).into())
}

/// The check again after a write of Okta details: the service proves what
/// it now holds (`preflight::after_write`). A definite "wrong" is the
/// command's failure (exit 3; the write stands, and `undo` says how to
/// correct it); a check that could not tell is a warning.
pub(crate) async fn check_after_write(
    ctx: &mut Context,
    client: &Client,
    slug: &str,
    client_id: &str,
    undo: &str,
) -> std::result::Result<(), CliError> {
    let finding = preflight::after_write(client, slug, client_id).await;
    match finding.severity {
        Severity::Error => {
            let mut error = CliError::new(
                ErrorKind::Problems,
                format!(
                    "{slug} was written, but the service's check of it failed: {}",
                    finding.summary
                ),
            );
            if let Some(detail) = &finding.detail {
                error = error.detail(detail.clone());
            }
            if let Some(fix) = &finding.fix {
                error = error.hint(fix.clone());
            }
            Err(error.hint(undo.to_string()))
        }
        Severity::NotVerified | Severity::Warning => {
            ctx.io.warn(&format!("not verified: {}", finding.summary));
            Ok(())
        }
        Severity::Ok | Severity::Info => {
            ctx.io
                .success(&format!("Checked by the service: {}", finding.summary));
            Ok(())
        }
    }
}

/// Runs the checks of the Okta details and shows their report on stderr.
pub(crate) async fn checks(
    ctx: &mut Context,
    details: Details<'_>,
    secret: SecretToProve<'_>,
) -> Result<preflight::Verification> {
    ctx.io.status(&format!(
        "Checking the Okta details of {} before the write…",
        details.slug
    ));
    let http = ctx.http()?;
    let verification = preflight::verify(&http, details, secret).await;
    let text = report::render(
        std::slice::from_ref(&verification.report),
        ctx.io.color,
        ctx.verbose > 0,
    );
    ctx.io.status(text.trim_end());
    Ok(verification)
}

/// A tenant file that holds a client secret should be the user's alone.
fn warn_if_others_can_read(ctx: &mut Context, path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            ctx.io.warn(&format!(
                "{} holds a client secret and other users can read it (mode {:o}); make it yours alone with `chmod 600 {}`",
                path.display(),
                meta.permissions().mode() & 0o777,
                path.display()
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = (ctx, path);
}

fn combine(problems: Vec<CliError>) -> CliError {
    if problems.len() == 1 {
        return problems.into_iter().next().expect("one problem");
    }
    let mut error = CliError::usage(format!(
        "{} values are invalid; nothing was sent",
        problems.len()
    ));
    for p in problems {
        error = error.detail(format!("- {}", p.message));
        error.hints.extend(p.hints);
    }
    error
}

async fn update(ctx: &mut Context, args: UpdateArgs) -> Result<Outcome> {
    let mut changes = TenantChanges::default();
    let mut problems = Vec::new();
    let mut take = |flag: &str,
                    value: &Option<String>,
                    check: fn(&str) -> std::result::Result<String, Invalid>| {
        value.as_deref().and_then(|v| match check(v) {
            Ok(ok) => Some(ok),
            Err(e) => {
                problems.push(CliError::invalid(flag, &e.problem, e.suggestion.as_deref()));
                None
            }
        })
    };
    changes.company_name = take("--company-name", &args.company_name, validate::company_name);
    changes.okta_domain = take("--okta-domain", &args.okta_domain, check_domain);
    changes.client_id = take("--client-id", &args.client_id, validate::client_id);
    if !problems.is_empty() {
        return Err(combine(problems).into());
    }
    let rotate = args.rotate_secret
        || args.secret.client_secret_stdin
        || args.secret.client_secret_file.is_some();
    let secret = if rotate {
        Some(new_secret(ctx, &args)?)
    } else {
        None
    };
    if changes.is_empty() && secret.is_none() {
        return Err(CliError::usage("nothing to change")
            .hint("pass --company-name, --okta-domain, --client-id or --rotate-secret")
            .into());
    }
    if let Some(secret) = &secret {
        validate::client_secret(secret.expose(), changes.client_id.as_deref())
            .map_err(|e| CliError::invalid("client secret", &e.problem, e.suggestion.as_deref()))?;
    }
    let client = ctx.api()?;
    let slug = args.slug.as_str();
    let Versioned {
        value: current,
        etag,
    } = read_tenant(&client, slug).await?;
    let pending = changes.not_yet_in(&current);
    let okta_details_change =
        pending.okta_domain.is_some() || pending.client_id.is_some() || secret.is_some();
    if okta_details_change && !args.dry_run {
        let details = Details {
            slug,
            okta_domain: pending
                .okta_domain
                .as_deref()
                .unwrap_or(&current.okta_domain),
            client_id: pending.client_id.as_deref().unwrap_or(&current.client_id),
            redirect_uri: &current.redirect_uri,
        };
        let proof = match &secret {
            Some(secret) => SecretToProve::Given(secret),
            None => SecretToProve::OnFile {
                api: &client,
                current: &current,
            },
        };
        verify_before_write(ctx, details, proof, args.verify.no_verify, "updated").await?;
    }
    let asks = !args.yes && !args.dry_run && ctx.can_prompt && ctx.io.stdout_is_tty;
    if asks && !(pending.is_empty() && secret.is_none()) {
        let plan = describe_changes(&current, &pending, secret.as_ref());
        ctx.io.status(&format!(
            "About to update {slug}:\n{}",
            plan.iter()
                .map(|line| format!("  {line}"))
                .collect::<Vec<_>>()
                .join("\n")
        ));
        if !ctx.prompter.confirm("Update this tenant?", true)? {
            return Err(
                CliError::new(ErrorKind::Cancelled, "cancelled: nothing was changed").into(),
            );
        }
    }
    let printable = apply_at(
        ctx,
        &client,
        &current,
        etag,
        &changes,
        secret.as_ref(),
        args.dry_run,
    )
    .await?;
    let written = okta_details_change && !args.dry_run;
    if !written {
        return Ok(Outcome::ok(printable));
    }
    let mut undo = format!("to undo: `ssoctl tenant update {slug}");
    if pending.okta_domain.is_some() {
        undo.push_str(&format!(" --okta-domain {}", current.okta_domain));
    }
    if pending.client_id.is_some() {
        undo.push_str(&format!(" --client-id {}", current.client_id));
    }
    if secret.is_some() {
        undo.push_str(" --rotate-secret --client-secret-stdin` with the previous secret");
    } else {
        undo.push('`');
    }
    let client_id = pending.client_id.as_deref().unwrap_or(&current.client_id);
    let verdict = check_after_write(ctx, &client, slug, client_id, &undo).await;
    Ok(match verdict {
        Ok(()) => Outcome::ok(printable),
        Err(failure) => Outcome::failed(printable, failure),
    })
}

fn new_secret(ctx: &mut Context, args: &UpdateArgs) -> Result<Secret> {
    if let Some(secret) = secret_from_args(ctx, &args.secret)? {
        return Ok(secret);
    }
    ctx.require_prompt("the new client secret", SECRET_SOURCES)?;
    ctx.prompter.secret("New client secret (hidden)")
}

/// Reads the tenant, then changes only what differs, guarded by its ETag.
/// A 412 means someone else changed it first: nothing is overwritten, and
/// the message says what they changed.
async fn apply(
    ctx: &mut Context,
    client: &Client,
    slug: &str,
    wanted: &TenantChanges,
    secret: Option<&Secret>,
    dry_run: bool,
) -> Result<Printable> {
    let Versioned {
        value: current,
        etag,
    } = read_tenant(client, slug).await?;
    apply_at(ctx, client, &current, etag, wanted, secret, dry_run).await
}

/// Changes `current` (as read with `etag`) to `wanted`, guarded by that
/// ETag: `update`, `enable`, `disable` and `tenant apply` all go through
/// here, so an edit made since the read is a named conflict.
pub(crate) async fn apply_at(
    ctx: &mut Context,
    client: &Client,
    current: &Tenant,
    etag: Option<String>,
    wanted: &TenantChanges,
    secret: Option<&Secret>,
    dry_run: bool,
) -> Result<Printable> {
    let slug = current.slug.as_str();
    let changes = wanted.not_yet_in(current);
    if changes.is_empty() && secret.is_none() {
        ctx.io.status(&format!(
            "Nothing to change: {slug} already has these values"
        ));
        return Ok(tenant_view(current, Vec::new()));
    }
    let summary = describe_changes(current, &changes, secret);
    if dry_run {
        let mut body = serde_json::to_value(&changes).unwrap_or_default();
        if let Some(secret) = secret {
            body["client_secret"] = serde_json::json!(secret.redacted());
        }
        let url = client.url(&["admin", "v1", "tenants", slug]);
        let request = serde_json::json!({ "method": "PATCH", "url": url.as_str(), "if_match": etag, "body": body });
        ctx.io.status("Dry run: nothing was sent");
        let text = format!(
            "PATCH {url}\nIf-Match: {}\n{}\n",
            etag.as_deref().unwrap_or("-"),
            summary.join("\n")
        );
        return Ok(Printable::new(&request, View::Text(text)));
    }
    let Some(etag) = etag else {
        return Err(CliError::general(format!(
            "the service sent no ETag for {slug}; refusing to change it blindly"
        ))
        .hint("this is a service-side problem; report it to Biometry's SSO team")
        .into());
    };
    match client.update_tenant(slug, &changes, secret, &etag).await {
        Ok(updated) => {
            ctx.io
                .success(&format!("Updated {slug}: {}", summary.join("; ")));
            Ok(tenant_view(&updated.value, Vec::new()))
        }
        Err(e) if e.is(412) => {
            // Maybe the change is there already (our own earlier attempt, or
            // the same change made by someone else).
            let now = client.tenant(slug).await.map_err(not_found(slug))?.value;
            let secret_done =
                secret.is_none_or(|s| now.client_secret_last4.as_deref() == Some(&last4(s)));
            if wanted.not_yet_in(&now).is_empty() && secret_done {
                ctx.io
                    .success(&format!("{slug} already has the requested values"));
                return Ok(tenant_view(&now, Vec::new()));
            }
            let mut error = CliError::conflict(format!(
                "{slug} was changed by someone else after it was read; nothing was overwritten"
            ))
            .details(
                describe_changes(current, &current_changes(current, &now), None)
                    .into_iter()
                    .map(|c| format!("- elsewhere: {c}")),
            );
            if let Some(id) = e.request_id() {
                error = error.detail(format!("request id: {id}"));
            }
            Err(error
                .hint(format!("review the current values with `ssoctl tenant show {slug}`, then run the command again"))
                .into())
        }
        Err(e) => Err(not_found(slug)(e)),
    }
}

pub(crate) fn last4(secret: &Secret) -> String {
    crate::api::register::last4(secret)
}

/// What differs between two reads of a tenant, as changes.
fn current_changes(before: &Tenant, after: &Tenant) -> TenantChanges {
    TenantChanges {
        company_name: Some(after.company_name.clone()),
        okta_domain: Some(after.okta_domain.clone()),
        client_id: Some(after.client_id.clone()),
        status: Some(after.status.clone()),
    }
    .not_yet_in(before)
}

fn describe_changes(
    current: &Tenant,
    changes: &TenantChanges,
    secret: Option<&Secret>,
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = |name: &str, from: &str, to: &Option<String>| {
        if let Some(to) = to {
            lines.push(format!("{name} `{from}` → `{to}`"));
        }
    };
    line("company_name", &current.company_name, &changes.company_name);
    line("okta_domain", &current.okta_domain, &changes.okta_domain);
    line("client_id", &current.client_id, &changes.client_id);
    line("status", &current.status, &changes.status);
    if let Some(secret) = secret {
        let old = current
            .client_secret_last4
            .as_deref()
            .map_or_else(|| "-".to_string(), |l| format!("…{l}"));
        lines.push(format!("client_secret `{old}` → `…{}`", last4(secret)));
    }
    lines
}

async fn set_status(ctx: &mut Context, slug: &str, status: &str) -> Result<Printable> {
    let client = ctx.api()?;
    let changes = TenantChanges {
        status: Some(status.to_string()),
        ..TenantChanges::default()
    };
    apply(ctx, &client, slug, &changes, None, false).await
}

/// Disabling stops every user of the customer from signing in: asked first.
async fn disable(ctx: &mut Context, slug: &str, yes: bool) -> Result<Printable> {
    if !yes {
        let client = ctx.api()?;
        let tenant = read_tenant(&client, slug).await?.value;
        if tenant.status != "disabled" {
            ctx.confirm_by_typing(
                &format!("disable {slug}"),
                &format!(
                    "This stops every user of {slug} ({}) from signing in until `ssoctl tenant enable {slug}`.",
                    tenant.company_name
                ),
                slug,
            )?;
        }
    }
    set_status(ctx, slug, "disabled").await
}

#[derive(Serialize)]
struct Deleted {
    slug: String,
    deleted: bool,
}

async fn delete(ctx: &mut Context, slug: &str, yes: bool) -> Result<Printable> {
    let client = ctx.api()?;
    let tenant = read_tenant(&client, slug).await?.value;
    if !yes {
        ctx.confirm_by_typing(
            &format!("delete {slug}"),
            &format!(
                "This deletes {slug} ({}), its users and its provisioning record. Its users can no longer sign in.",
                tenant.company_name
            ),
            slug,
        )?;
    }
    match client.delete_tenant(slug).await {
        Ok(()) => {}
        // Gone already: a retried DELETE whose first answer was lost.
        Err(e) if e.is(404) => {}
        Err(e) => return Err(e.into()),
    }
    ctx.io.success(&format!("Deleted {slug}"));
    Ok(Printable::new(
        &Deleted {
            slug: slug.to_string(),
            deleted: true,
        },
        View::Nothing,
    ))
}

async fn users(ctx: &mut Context, slug: &str) -> Result<Printable> {
    let client = ctx.api()?;
    let users = match client.users(slug).await.map_err(not_found(slug)) {
        Ok(users) => users,
        Err(e) => return Err(suggest_slug(&client, slug, e).await),
    };
    if users.is_empty() && ctx.io.stdout_is_tty {
        ctx.io
            .status(&format!("Nobody from {slug} has signed in yet"));
    }
    let rows = users
        .iter()
        .map(|u| {
            vec![
                u.email.clone(),
                u.role.clone(),
                u.project_role.clone(),
                or_dash(u.first_login_at.as_deref()),
                or_dash(u.last_login_at.as_deref()),
            ]
        })
        .collect();
    Ok(Printable::table(
        &users,
        &["email", "role", "project role", "first login", "last login"],
        rows,
    ))
}
