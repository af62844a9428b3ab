//! Fleet operations on tenants: `tenant history`, and tenants as code
//! (`export`, `diff`, `apply`). Kept apart from `tenant.rs`, which holds the
//! one-tenant verbs; `apply` writes through the same checked paths as
//! `register` and `update` (`tenant::register_checked`, `tenant::apply_at`).

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{apply_at, check_after_write, checks, last4, read_tenant, register_checked};
use crate::api::error::tenant_not_found as not_found;
use crate::api::error::to_cli_error;
use crate::api::{
    Client, FieldChange, NewTenant, Tenant, TenantChanges, TenantEvent, expected_redirect_uri,
};
use crate::cli::{ApplyArgs, DiffArgs, ExportArgs, ExportFormat};
use crate::context::Context;
use crate::doctor::preflight::{self, Details, SecretToProve};
use crate::error::{CliError, ErrorKind, Result};
use crate::outcome::Outcome;
use crate::output::{OutputFormat, Printable, View, or_dash};
use crate::secret::{Secret, secret_from_text};
use crate::validate;

/// `tenant history SLUG`: every event of the tenant, oldest first.
pub async fn history(ctx: &mut Context, slug: &str) -> Result<Printable> {
    let client = ctx.api()?;
    let events = match client.tenant_events(slug).await.map_err(not_found(slug)) {
        Ok(events) => events,
        Err(e) => return Err(crate::api::suggest::suggest_slug(&client, slug, e).await),
    };
    if events.is_empty() && ctx.io.stdout_is_tty {
        ctx.io.status(&format!("No changes recorded for {slug}"));
    }
    let rows = events.iter().map(history_row).collect();
    Ok(Printable::table(
        &events,
        &["when", "actor", "action", "changes", "request id"],
        rows,
    ))
}

fn history_row(e: &TenantEvent) -> Vec<String> {
    let changes: Vec<String> = e.changes.iter().map(describe_change).collect();
    vec![
        e.at.clone(),
        e.actor.clone(),
        e.action.clone(),
        if changes.is_empty() {
            "-".to_string()
        } else {
            changes.join("; ")
        },
        or_dash(e.request_id.as_deref()),
    ]
}

/// `company_name: Acme → Acme Corp`; a secret is only ever "rotated".
fn describe_change(c: &FieldChange) -> String {
    if c.rotated {
        return format!("{}: rotated", c.field);
    }
    match (&c.old, &c.new) {
        (None, Some(new)) => format!("{}: {new}", c.field),
        (Some(old), Some(new)) => format!("{}: {old} → {new}", c.field),
        (Some(old), None) => format!("{}: {old} → (none)", c.field),
        (None, None) => c.field.clone(),
    }
}

// ---------------------------------------------------------------- the file

/// A tenants file: what `export` writes and `apply` reads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantsFile {
    #[serde(default)]
    pub tenants: Vec<TenantSpec>,
}

/// One tenant as code: every field the admin API lets you set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantSpec {
    pub slug: String,
    pub company_name: String,
    pub okta_domain: String,
    pub client_id: String,
    /// `active`, `disabled`, or `pending` (not yet signed in; left alone).
    #[serde(default = "pending")]
    pub status: String,
    pub client_secret: SecretRef,
}

fn pending() -> String {
    "pending".into()
}

/// Where the client secret is, never the secret itself; `last4` is what
/// the service stores, so a changed secret shows without the value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last4: Option<String>,
}

/// `ACME_CORP_CLIENT_SECRET` for `acme-corp`.
pub fn secret_env_name(slug: &str) -> String {
    format!("{}_CLIENT_SECRET", slug.to_uppercase().replace('-', "_"))
}

fn spec_of(t: &Tenant) -> TenantSpec {
    TenantSpec {
        slug: t.slug.clone(),
        company_name: t.company_name.clone(),
        okta_domain: t.okta_domain.clone(),
        client_id: t.client_id.clone(),
        status: t.status.clone(),
        client_secret: SecretRef {
            env: Some(secret_env_name(&t.slug)),
            file: None,
            last4: t.client_secret_last4.clone(),
        },
    }
}

/// Parses a tenants file (JSON when `name` ends in `.json`, else TOML) and
/// checks every tenant, naming each problem. A secret written in the file
/// is refused: it must be a reference.
pub fn parse_tenants_file(text: &str, name: &str) -> Result<TenantsFile> {
    let parsed: std::result::Result<TenantsFile, String> = if name.ends_with(".json") {
        // serde_json's message names the line, never the text.
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| {
                text.as_bytes()[..s.start.min(text.len())]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
                    + 1
            });
            let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
            format!("{}{at}", crate::error::parse_problem(e.message()))
        })
    };
    let file = parsed.map_err(|problem| {
        CliError::usage(format!("{name} is not a valid tenants file: {problem}")).hint(
            "each [[tenants]] has slug, company_name, okta_domain, client_id, status and \
client_secret = { env = \"NAME\" } or { file = \"PATH\" }; `ssoctl tenant export` writes one",
        )
    })?;
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, t) in file.tenants.iter().enumerate() {
        let at = format!("tenants[{i}] ({})", t.slug);
        let mut check = |field: &str, r: std::result::Result<String, validate::Invalid>| {
            if let Err(e) = r {
                problems.push(format!("{at}: {field}: {e}"));
            }
        };
        check("slug", validate::slug(&t.slug));
        check("company_name", validate::company_name(&t.company_name));
        check("okta_domain", super::check_domain(&t.okta_domain));
        check("client_id", validate::client_id(&t.client_id));
        if !["pending", "active", "disabled"].contains(&t.status.as_str()) {
            problems.push(format!(
                "{at}: status must be active, disabled or pending, not `{}`",
                t.status
            ));
        }
        match (&t.client_secret.env, &t.client_secret.file) {
            (Some(_), Some(_)) | (None, None) => problems.push(format!(
                "{at}: client_secret needs exactly one of env or file, e.g. {{ env = \"{}\" }}",
                secret_env_name(&t.slug)
            )),
            _ => {}
        }
        if !seen.insert(t.slug.clone()) {
            problems.push(format!("{at}: the slug appears more than once"));
        }
    }
    if problems.is_empty() {
        return Ok(file);
    }
    Err(CliError::usage(format!(
        "{name} has {} problem{}; nothing was read from the service",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    ))
    .details(problems.into_iter().map(|p| format!("- {p}")))
    .into())
}

fn read_tenants_file(path: &Path) -> Result<TenantsFile> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::usage(format!("cannot read {}: {e}", path.display())))?;
    parse_tenants_file(&text, &path.display().to_string())
}

// ---------------------------------------------------------------- export

/// `tenant export [SLUG…|--all]`: the tenants as a file, no secret in it.
pub async fn export(ctx: &mut Context, args: &ExportArgs) -> Result<Printable> {
    let client = ctx.api()?;
    let format = args.format.unwrap_or(match ctx.format {
        OutputFormat::Json => ExportFormat::Json,
        OutputFormat::Table => ExportFormat::Toml,
    });
    // The file is the output whatever `--output` says (JSON is JSON), and
    // it is written as the pages arrive, so `--all` holds one page at a
    // time however many tenants there are.
    let mut writer = ExportWriter::new(format);
    if args.all {
        let mut pages = client.tenant_pages(None);
        while let Some(page) = pages.next().await? {
            let specs: Vec<TenantSpec> = page.iter().map(spec_of).collect();
            let text = writer.page(&specs)?;
            ctx.write_stdout(&text)?;
        }
    } else {
        let mut specs = Vec::with_capacity(args.slugs.len());
        for slug in &args.slugs {
            specs.push(spec_of(&read_tenant(&client, slug).await?.value));
        }
        let text = writer.page(&specs)?;
        ctx.write_stdout(&text)?;
    }
    let text = writer.end();
    ctx.write_stdout(&text)?;
    if ctx.io.stdout_is_tty {
        ctx.io.status(&format!(
            "{} tenant{}; set each client secret's variable (e.g. {}) before `ssoctl tenant apply`",
            writer.count,
            if writer.count == 1 { "" } else { "s" },
            writer
                .first_slug
                .as_deref()
                .map_or_else(|| secret_env_name("acme-corp"), secret_env_name)
        ));
    }
    Ok(Printable::nothing())
}

/// Writes a tenants file a page of tenants at a time, byte for byte what
/// serialising the whole [`TenantsFile`] at once gives (the tests compare).
struct ExportWriter {
    format: ExportFormat,
    count: usize,
    first_slug: Option<String>,
}

impl ExportWriter {
    fn new(format: ExportFormat) -> Self {
        ExportWriter {
            format,
            count: 0,
            first_slug: None,
        }
    }

    fn page(&mut self, specs: &[TenantSpec]) -> Result<String> {
        let Some(first) = specs.first() else {
            return Ok(String::new());
        };
        let earlier = self.count;
        self.count += specs.len();
        self.first_slug.get_or_insert_with(|| first.slug.clone());
        match self.format {
            ExportFormat::Json => {
                let mut text = String::new();
                for (i, spec) in specs.iter().enumerate() {
                    text.push_str(if earlier + i == 0 {
                        "{\n  \"tenants\": [\n"
                    } else {
                        ",\n"
                    });
                    let element = crate::output::json_text(spec);
                    let indented: Vec<String> =
                        element.lines().map(|l| format!("    {l}")).collect();
                    text.push_str(&indented.join("\n"));
                }
                Ok(text)
            }
            ExportFormat::Toml => {
                let page = TenantsFile {
                    tenants: specs.to_vec(),
                };
                let text = toml::to_string(&page).map_err(|e| {
                    CliError::general(format!("cannot write the tenants as TOML: {e}"))
                })?;
                // Tables of an array are separated by a blank line.
                Ok(if earlier == 0 {
                    text
                } else {
                    format!("\n{text}")
                })
            }
        }
    }

    fn end(&self) -> String {
        match (self.format, self.count) {
            (ExportFormat::Json, 0) => "{\n  \"tenants\": []\n}\n".into(),
            (ExportFormat::Json, _) => "\n  ]\n}\n".into(),
            (ExportFormat::Toml, 0) => "tenants = []\n".into(),
            (ExportFormat::Toml, _) => String::new(),
        }
    }
}

// ---------------------------------------------------------------- the plan

/// What the client secret would become.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum SecretPlan {
    /// The live secret ends as the file's does.
    Same,
    /// A new secret, read from its reference.
    Changed,
    /// Different per the file's `last4`, but its reference is not set.
    ChangedUnreadable,
}

#[derive(Debug, Clone, Serialize)]
struct Change {
    field: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    old: Option<String>,
    new: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
enum Action {
    Create,
    Update,
    Unchanged,
    Delete,
}

/// One tenant's step, as shown and as applied.
#[derive(Debug, Serialize)]
struct Step {
    slug: String,
    action: Action,
    changes: Vec<Change>,
    #[serde(skip)]
    spec: Option<TenantSpec>,
    #[serde(skip)]
    live: Option<(Tenant, Option<String>)>,
    #[serde(skip)]
    secret: Option<Secret>,
    #[serde(skip)]
    secret_plan: Option<SecretPlan>,
    /// Why this step cannot be applied, if it cannot.
    #[serde(skip_serializing_if = "Option::is_none")]
    blocked: Option<String>,
    /// The checks of its Okta details stopped it (`doctor::preflight`).
    #[serde(skip)]
    refused: Option<CliError>,
}

/// Reads a reference's secret: `None` when its variable or file is not there.
fn resolve_secret(ctx: &Context, r: &SecretRef, base: &Path) -> Option<Secret> {
    if let Some(name) = &r.env {
        return ctx.env.var(name).and_then(|v| secret_from_text(&v));
    }
    let file = r.file.as_ref()?;
    let path = base.join(file);
    std::fs::read_to_string(path)
        .ok()
        .and_then(|v| secret_from_text(&v))
}

fn reference_name(r: &SecretRef) -> String {
    match (&r.env, &r.file) {
        (Some(env), _) => format!("environment variable {env}"),
        (None, Some(file)) => format!("file {file}"),
        (None, None) => "nothing".into(),
    }
}

/// The changes `spec` asks of `live` (status `pending` asks nothing).
fn wanted_changes(spec: &TenantSpec) -> TenantChanges {
    TenantChanges {
        company_name: Some(spec.company_name.clone()),
        okta_domain: Some(spec.okta_domain.clone()),
        client_id: Some(spec.client_id.clone()),
        status: (spec.status != "pending").then(|| spec.status.clone()),
    }
}

/// Reads the live state fresh and works out every step.
async fn plan(
    ctx: &Context,
    client: &Client,
    file: &TenantsFile,
    base: &Path,
    prune: bool,
) -> Result<Vec<Step>> {
    let mut steps = Vec::new();
    for spec in &file.tenants {
        let secret = resolve_secret(ctx, &spec.client_secret, base);
        let live = match client.tenant(&spec.slug).await {
            Ok(v) => Some((v.value, v.etag)),
            Err(e) if e.is(404) => None,
            Err(e) => return Err(e.into()),
        };
        let mut step = Step {
            slug: spec.slug.clone(),
            action: Action::Unchanged,
            changes: Vec::new(),
            spec: Some(spec.clone()),
            live: None,
            secret: None,
            secret_plan: None,
            blocked: None,
            refused: None,
        };
        match live {
            None => {
                step.action = Action::Create;
                for (field, value) in [
                    ("company_name", &spec.company_name),
                    ("okta_domain", &spec.okta_domain),
                    ("client_id", &spec.client_id),
                    ("status", &spec.status),
                ] {
                    step.changes.push(Change {
                        field: field.into(),
                        old: None,
                        new: value.clone(),
                    });
                }
                let source = reference_name(&spec.client_secret);
                step.changes.push(Change {
                    field: "client_secret".into(),
                    old: None,
                    new: format!("(from {source})"),
                });
                match secret {
                    Some(s) => step.secret = Some(s),
                    None => step.blocked = Some(format!("{source} is not set")),
                }
            }
            Some((tenant, etag)) => {
                let changes = wanted_changes(spec).not_yet_in(&tenant);
                let mut push = |field: &str, old: &str, new: &Option<String>| {
                    if let Some(new) = new {
                        step.changes.push(Change {
                            field: field.into(),
                            old: Some(old.into()),
                            new: new.clone(),
                        });
                    }
                };
                push("company_name", &tenant.company_name, &changes.company_name);
                push("okta_domain", &tenant.okta_domain, &changes.okta_domain);
                push("client_id", &tenant.client_id, &changes.client_id);
                push("status", &tenant.status, &changes.status);
                let live4 = tenant.client_secret_last4.clone();
                let plan = match &secret {
                    Some(s) if live4.as_deref() == Some(&last4(s)) => SecretPlan::Same,
                    Some(_) => SecretPlan::Changed,
                    None if spec.client_secret.last4.is_some()
                        && spec.client_secret.last4 == live4 =>
                    {
                        SecretPlan::Same
                    }
                    None => SecretPlan::ChangedUnreadable,
                };
                match plan {
                    SecretPlan::Same => {}
                    SecretPlan::Changed => {
                        step.changes.push(Change {
                            field: "client_secret".into(),
                            old: None,
                            new: "(changed)".into(),
                        });
                        step.secret = secret;
                    }
                    SecretPlan::ChangedUnreadable => {
                        step.changes.push(Change {
                            field: "client_secret".into(),
                            old: None,
                            new: "(changed)".into(),
                        });
                        step.blocked = Some(format!(
                            "the file's client secret differs from the stored one (last 4), and {} is not set",
                            reference_name(&spec.client_secret)
                        ));
                    }
                }
                step.secret_plan = Some(plan);
                if !step.changes.is_empty() {
                    step.action = Action::Update;
                }
                step.live = Some((tenant, etag));
            }
        }
        steps.push(step);
    }
    if prune {
        let wanted: BTreeSet<&str> = file.tenants.iter().map(|t| t.slug.as_str()).collect();
        for t in client.all_tenants(None).await? {
            if !wanted.contains(t.slug.as_str()) {
                steps.push(Step {
                    slug: t.slug.clone(),
                    action: Action::Delete,
                    changes: Vec::new(),
                    spec: None,
                    live: Some((t, None)),
                    secret: None,
                    secret_plan: None,
                    blocked: None,
                    refused: None,
                });
            }
        }
    }
    Ok(steps)
}

/// The plan as text: `+ create`, `~ update` with old → new, `= unchanged`,
/// `- delete`; a secret only "(changed)" or "(same last 4)".
fn render_plan(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        let (mark, word) = match step.action {
            Action::Create => ('+', "create"),
            Action::Update => ('~', "update"),
            Action::Unchanged => ('=', "unchanged"),
            Action::Delete => ('-', "delete"),
        };
        out.push_str(&format!("{mark} {word} {}\n", step.slug));
        for c in &step.changes {
            match &c.old {
                Some(old) => out.push_str(&format!("    {}: {old} → {}\n", c.field, c.new)),
                None => out.push_str(&format!("    {}: {}\n", c.field, c.new)),
            }
        }
        if matches!(step.action, Action::Unchanged | Action::Update)
            && step.secret_plan == Some(SecretPlan::Same)
        {
            out.push_str("    client_secret: (same last 4)\n");
        }
        if let Some(why) = &step.blocked {
            out.push_str(&format!("    cannot apply: {why}\n"));
        }
    }
    out
}

fn differs(steps: &[Step]) -> bool {
    steps.iter().any(|s| !matches!(s.action, Action::Unchanged))
}

fn count(steps: &[Step], action: fn(&Action) -> bool) -> usize {
    steps.iter().filter(|s| action(&s.action)).count()
}

fn summary(steps: &[Step]) -> String {
    format!(
        "{} to create, {} to update, {} to delete, {} unchanged",
        count(steps, |a| matches!(a, Action::Create)),
        count(steps, |a| matches!(a, Action::Update)),
        count(steps, |a| matches!(a, Action::Delete)),
        count(steps, |a| matches!(a, Action::Unchanged)),
    )
}

// ---------------------------------------------------------------- diff

/// `tenant diff -f FILE`: exit 0 no differences, 1 differences, 2 or more
/// an error (as `kubectl diff`).
pub async fn diff(ctx: &mut Context, args: &DiffArgs) -> Result<Outcome> {
    match diff_inner(ctx, args).await {
        Ok(outcome) => Ok(outcome),
        Err(e) => {
            // 1 means "differences" here: an error that is 1 elsewhere is 2.
            let mut e = to_cli_error(&e);
            if e.kind == ErrorKind::General {
                e.kind = ErrorKind::Usage;
            }
            Err(e.into())
        }
    }
}

async fn diff_inner(ctx: &mut Context, args: &DiffArgs) -> Result<Outcome> {
    let file = read_tenants_file(&args.file)?;
    let client = ctx.api()?;
    let base = args.file.parent().unwrap_or(Path::new("."));
    let steps = plan(ctx, &client, &file, base, args.prune).await?;
    let printable = Printable::new(&steps, View::Text(render_plan(&steps)));
    if !differs(&steps) {
        ctx.io.status("No differences");
        return Ok(Outcome::ok(printable));
    }
    // Differences are the answer, not an error: exit 1 as `kubectl diff`,
    // with the summary and the next command, and no `error:` line.
    let status = format!(
        "Differences: {}; apply them with `ssoctl tenant apply -f {}`",
        summary(&steps),
        args.file.display()
    );
    Ok(Outcome::verdict(printable, 1, status))
}

// ---------------------------------------------------------------- apply

#[derive(Debug, Serialize)]
struct Applied {
    slug: String,
    action: Action,
    result: String,
}

/// `tenant apply -f FILE`: the plan, a question, then one step at a time.
pub async fn apply(ctx: &mut Context, args: &ApplyArgs) -> Result<Outcome> {
    let file = read_tenants_file(&args.file)?;
    let client = ctx.api()?;
    let base = args.file.parent().unwrap_or(Path::new("."));
    let steps = plan(ctx, &client, &file, base, args.prune).await?;
    let text = render_plan(&steps);
    if !differs(&steps) {
        ctx.io
            .success("No changes: the live tenants match the file");
        return Ok(Outcome::ok(Printable::new(&steps, View::Nothing)));
    }
    if args.dry_run {
        ctx.io.status("Dry run: nothing was sent");
        return Ok(Outcome::ok(Printable::new(&steps, View::Text(text))));
    }
    let mut steps = steps;
    verify_steps(ctx, &client, &mut steps, args.verify.no_verify).await?;
    let text = render_plan(&steps);
    ctx.io
        .status(&format!("Plan ({}):\n{}", summary(&steps), text.trim_end()));
    let deletions: Vec<&str> = steps
        .iter()
        .filter(|s| matches!(s.action, Action::Delete))
        .map(|s| s.slug.as_str())
        .collect();
    if !deletions.is_empty() && !args.yes {
        // Typed, and refused without a terminal: --no-input alone never deletes.
        let n = deletions.len();
        ctx.confirm_by_typing(
            &format!("delete {n} tenant{} with --prune", if n == 1 { "" } else { "s" }),
            &format!(
                "--prune deletes {n} tenant{} absent from {}, with their users and provisioning records: {}",
                if n == 1 { "" } else { "s" },
                args.file.display(),
                deletions.join(", ")
            ),
            &format!("delete {n}"),
        )?;
    } else if !args.yes
        && ctx.can_prompt
        && ctx.io.stdout_is_tty
        && !ctx.prompter.confirm("Apply these changes?", true)?
    {
        return Err(CliError::new(ErrorKind::Cancelled, "cancelled: nothing was changed").into());
    }

    let mut applied = Vec::new();
    let mut failures: Vec<(String, CliError)> = Vec::new();
    for step in steps {
        let slug = step.slug.clone();
        let result = apply_step(ctx, &client, step).await;
        match result {
            Ok(Some((action, result))) => applied.push(Applied {
                slug,
                action,
                result,
            }),
            Ok(None) => {}
            Err(e) => {
                let e = to_cli_error(&e);
                ctx.io.warn(&about(&slug, &e.message));
                failures.push((slug, e));
            }
        }
    }
    let rows = applied
        .iter()
        .map(|a| vec![a.slug.clone(), a.result.clone()])
        .collect();
    let printable = Printable::table(&applied, &["slug", "result"], rows);
    if failures.is_empty() {
        ctx.io.success(&format!("Applied {}", args.file.display()));
        return Ok(Outcome::ok(printable));
    }
    let kind = if failures.iter().any(|(_, e)| e.kind == ErrorKind::Conflict) {
        ErrorKind::Conflict
    } else {
        failures[0].1.kind
    };
    let mut error = CliError::new(
        kind,
        format!(
            "{} of the tenants could not be applied; the others were",
            failures.len()
        ),
    );
    for (slug, e) in failures {
        error = error.detail(format!("- {}", about(&slug, &e.message)));
        error = error.details(e.details.into_iter().map(|d| format!("  {d}")));
    }
    error = error.hint(format!(
        "review them with `ssoctl tenant diff -f {}`, then run apply again: what is done already is not done twice",
        args.file.display()
    ));
    Ok(Outcome::failed(printable, error))
}

/// One tenant's failure in a list of many: its message, led by its slug
/// unless the message already opens with it ("acme-corp was changed…").
fn about(slug: &str, message: &str) -> String {
    match message.strip_prefix(slug) {
        Some(rest) if rest.starts_with(' ') => message.to_string(),
        _ => format!("{slug}: {message}"),
    }
}

/// Proves the Okta details of every create, and of every update that
/// changes the domain, the client id or the secret, before anything is
/// written; a step whose checks do not pass is refused, the others go on.
async fn verify_steps(
    ctx: &mut Context,
    client: &Client,
    steps: &mut [Step],
    no_verify: bool,
) -> Result<()> {
    let auth_url = ctx.settings()?.auth_url.value.clone();
    for step in steps.iter_mut() {
        let (Some(spec), None) = (&step.spec, &step.blocked) else {
            continue;
        };
        let changes_okta = step
            .changes
            .iter()
            .any(|c| ["okta_domain", "client_id", "client_secret"].contains(&c.field.as_str()));
        let wanted = match step.action {
            Action::Create => true,
            Action::Update => changes_okta,
            Action::Unchanged | Action::Delete => false,
        };
        if !wanted {
            continue;
        }
        if no_verify {
            ctx.io.warn(&preflight::skipped_notice(&step.slug));
            continue;
        }
        let redirect_uri = match &step.live {
            Some((live, _)) => live.redirect_uri.clone(),
            None => expected_redirect_uri(&auth_url, &spec.slug),
        };
        let details = Details {
            slug: &spec.slug,
            okta_domain: &spec.okta_domain,
            client_id: &spec.client_id,
            redirect_uri: &redirect_uri,
        };
        let proof = match (&step.secret, &step.live) {
            (Some(secret), _) => SecretToProve::Given(secret),
            (None, Some((live, _))) => SecretToProve::OnFile {
                api: client,
                current: live,
            },
            (None, None) => continue,
        };
        let verification = checks(ctx, details, proof).await?;
        if !verification.passed() {
            let refusal = verification.refusal(&spec.slug, "changed");
            step.blocked = Some(refusal.message.clone());
            step.refused = Some(refusal);
        }
    }
    Ok(())
}

/// Applies one step through `register` and `update`'s own paths.
async fn apply_step(
    ctx: &mut Context,
    client: &Client,
    step: Step,
) -> Result<Option<(Action, String)>> {
    if let Some(refusal) = step.refused {
        return Err(refusal.into());
    }
    if let Some(why) = &step.blocked {
        return Err(CliError::usage(format!("not applied: {why}"))
            .hint("set it (the file holds only a reference), then run apply again")
            .into());
    }
    match step.action {
        Action::Unchanged => Ok(None),
        Action::Create => {
            let spec = step
                .spec
                .ok_or_else(|| CliError::general("internal: no spec"))?;
            let secret = step
                .secret
                .ok_or_else(|| CliError::general("internal: no secret"))?;
            validate::client_secret(secret.expose(), Some(&spec.client_id)).map_err(|e| {
                CliError::invalid("client secret", &e.problem, e.suggestion.as_deref())
            })?;
            let new = NewTenant {
                slug: spec.slug.clone(),
                company_name: spec.company_name.clone(),
                okta_domain: spec.okta_domain.clone(),
                client_id: spec.client_id.clone(),
                client_secret: secret,
            };
            let created = register_checked(ctx, client, &new).await?;
            // A status other than pending is a second, checked step.
            if spec.status != "pending" && created.status != spec.status {
                let changes = TenantChanges {
                    status: Some(spec.status.clone()),
                    ..TenantChanges::default()
                };
                let read = client
                    .tenant(&spec.slug)
                    .await
                    .map_err(not_found(&spec.slug))?;
                apply_at(ctx, client, &read.value, read.etag, &changes, None, false).await?;
            }
            let undo = format!(
                "correct it in the file and apply again, or remove it with `ssoctl tenant delete {}`",
                spec.slug
            );
            check_after_write(ctx, client, &spec.slug, &spec.client_id, &undo).await?;
            Ok(Some((Action::Create, "created".into())))
        }
        Action::Update => {
            let spec = step
                .spec
                .ok_or_else(|| CliError::general("internal: no spec"))?;
            let (live, etag) = step
                .live
                .ok_or_else(|| CliError::general("internal: no live tenant"))?;
            if let Some(secret) = &step.secret {
                validate::client_secret(secret.expose(), Some(&spec.client_id)).map_err(|e| {
                    CliError::invalid("client secret", &e.problem, e.suggestion.as_deref())
                })?;
            }
            let read_at = etag.clone().unwrap_or_else(|| "-".into());
            // The ETag read for the plan: an edit since then is a conflict.
            apply_at(
                ctx,
                client,
                &live,
                etag,
                &wanted_changes(&spec),
                step.secret.as_ref(),
                false,
            )
            .await
            .map_err(|e| {
                let mut e = to_cli_error(&e);
                if e.kind == ErrorKind::Conflict {
                    e.message = format!("{} (planned at ETag {read_at})", e.message);
                }
                anyhow::Error::from(e)
            })?;
            if step
                .changes
                .iter()
                .any(|c| ["okta_domain", "client_id", "client_secret"].contains(&c.field.as_str()))
            {
                let undo = format!(
                    "the previous values are in `ssoctl tenant history {}`",
                    spec.slug
                );
                check_after_write(ctx, client, &spec.slug, &spec.client_id, &undo).await?;
            }
            Ok(Some((Action::Update, "updated".into())))
        }
        Action::Delete => {
            let slug = step.slug;
            match client.delete_tenant(&slug).await {
                Ok(()) => {}
                Err(e) if e.is(404) => {}
                Err(e) => return Err(e.into()),
            }
            ctx.io.success(&format!("Deleted {slug}"));
            Ok(Some((Action::Delete, "deleted".into())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tenants_file_refuses_a_secret_value_and_names_every_problem() {
        let text = r#"
[[tenants]]
slug = "acme-corp"
company_name = "Acme"
okta_domain = "dev-1.okta.com"
client_id = "0oa1b2c3d4e5f6g7h8i9"
status = "active"
client_secret = "the-plain-secret-value"
"#;
        let e = to_cli_error(&parse_tenants_file(text, "t.toml").err().unwrap());
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(
            !format!("{e:?}").contains("the-plain-secret-value"),
            "{e:?}"
        );

        let text = r#"
[[tenants]]
slug = "Bad_Slug"
company_name = "Acme"
okta_domain = "dev-1.okta.com"
client_id = "0oa1b2c3d4e5f6g7h8i9"
status = "sleeping"
client_secret = { env = "A", file = "b" }
"#;
        let e = to_cli_error(&parse_tenants_file(text, "t.toml").err().unwrap());
        let all = e.details.join("\n");
        assert!(all.contains("slug"), "{all}");
        assert!(all.contains("status must be"), "{all}");
        assert!(all.contains("exactly one of env or file"), "{all}");
        assert_eq!(e.details.len(), 3, "{all}");
    }

    #[test]
    fn an_export_reads_back_as_itself_in_both_formats() {
        let file = TenantsFile {
            tenants: vec![TenantSpec {
                slug: "acme-corp".into(),
                company_name: "Acme \"Quoted\" Corp".into(),
                okta_domain: "dev-1.okta.com".into(),
                client_id: "0oa1b2c3d4e5f6g7h8i9".into(),
                status: "disabled".into(),
                client_secret: SecretRef {
                    env: Some(secret_env_name("acme-corp")),
                    file: None,
                    last4: Some("ab12".into()),
                },
            }],
        };
        let toml_text = toml::to_string(&file).unwrap();
        assert_eq!(parse_tenants_file(&toml_text, "t.toml").unwrap(), file);
        let json_text = crate::output::json_text(&file);
        assert_eq!(parse_tenants_file(&json_text, "t.json").unwrap(), file);
        assert_eq!(
            file.tenants[0].client_secret.env.as_deref(),
            Some("ACME_CORP_CLIENT_SECRET")
        );
    }

    fn spec(slug: &str) -> TenantSpec {
        TenantSpec {
            slug: slug.into(),
            company_name: format!("{slug} \"Co\"\n\u{202e}"),
            okta_domain: format!("{slug}.okta.com"),
            client_id: "0oa1".into(),
            status: "active".into(),
            client_secret: SecretRef {
                env: Some(secret_env_name(slug)),
                file: None,
                last4: Some("ab12".into()),
            },
        }
    }

    #[test]
    fn an_export_written_a_page_at_a_time_is_the_whole_file() {
        for n in [0, 1, 3, 5] {
            let all: Vec<TenantSpec> = (0..n).map(|i| spec(&format!("t{i}"))).collect();
            let whole = TenantsFile {
                tenants: all.clone(),
            };
            for format in [ExportFormat::Json, ExportFormat::Toml] {
                let mut writer = ExportWriter::new(format);
                let mut streamed = String::new();
                for page in all.chunks(2) {
                    streamed.push_str(&writer.page(page).unwrap());
                    streamed.push_str(&writer.page(&[]).unwrap());
                }
                streamed.push_str(&writer.end());
                let expected = match format {
                    ExportFormat::Json => format!("{}\n", crate::output::json_text(&whole)),
                    ExportFormat::Toml => toml::to_string(&whole).unwrap(),
                };
                assert_eq!(streamed, expected, "{n} tenants as {format:?}");
                assert_eq!(writer.count, n);
            }
        }
    }

    fn change(field: &str, old: Option<&str>, new: Option<&str>, rotated: bool) -> FieldChange {
        FieldChange {
            field: field.into(),
            old: old.map(Into::into),
            new: new.map(Into::into),
            rotated,
        }
    }

    #[test]
    fn changes_read_old_to_new_and_a_secret_only_rotates() {
        assert_eq!(
            describe_change(&change(
                "company_name",
                Some("Acme"),
                Some("Acme Corp"),
                false
            )),
            "company_name: Acme → Acme Corp"
        );
        assert_eq!(
            describe_change(&change("status", None, Some("pending"), false)),
            "status: pending"
        );
        // Even if a server sent values with `rotated`, they are not shown.
        assert_eq!(
            describe_change(&change("client_secret", Some("old-x"), Some("new-y"), true)),
            "client_secret: rotated"
        );
    }
}
