//! `ssoctl tenant rotate-secret SLUG`: a new client secret in Okta and in
//! the service, with no sign-in failing on the way.
//!
//! Okta lets an app hold two secrets, both valid until one is deactivated,
//! so the order is: list the app's secrets, prove the one the service has,
//! create a second one in Okta, store it in the service (`If-Match`), prove
//! it through the service's own check, deactivate the old one, prove again.
//! At every point the secret the service uses is an ACTIVE one.
//!
//! A journal (`{config}/rotations/{slug}.json`, 0600) records which steps
//! are done — secret ids and last four characters, never a value — so an
//! interrupted run resumes. The one value that can be lost is a new secret
//! created in Okta but not yet stored in the service (the run died, or the
//! answer never came): nobody has it, so the resume deactivates and deletes
//! it and creates another. `--rollback` undoes what can be undone in Okta;
//! `--delete-old` deletes the old secret once a rotation is complete.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::error::{api_error, tenant_not_found as not_found, to_cli_error};
use crate::api::{Client, Tenant, TenantChanges, Versioned};
use crate::cli::RotateArgs;
use crate::context::Context;
use crate::error::{CliError, ErrorKind, Result};
use crate::okta::domain;
use crate::okta::secrets::{ClientSecret, Secrets, SecretsError};
use crate::outcome::Outcome;
use crate::output::{Printable, View};

/// The steps of a rotation, in order; a rollback and `--delete-old` use
/// their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Step {
    ListSecrets,
    ProveCurrent,
    RemoveUnusable,
    CreateNew,
    UpdateService,
    ProveNew,
    DeactivateOld,
    ProveAgain,
    DeleteOld,
    ReactivateOld,
}

impl Step {
    fn title(self) -> &'static str {
        match self {
            Step::ListSecrets => "list the app's client secrets in Okta",
            Step::ProveCurrent => "prove the secret the service has (the service's secret check)",
            Step::RemoveUnusable => {
                "remove a new secret whose value was lost when a run stopped (deactivate, delete)"
            }
            Step::CreateNew => {
                "create a new client secret in Okta (both work until one is deactivated)"
            }
            Step::UpdateService => "store the new secret in the service (PATCH with If-Match)",
            Step::ProveNew => "prove the new secret through the service's secret check",
            Step::DeactivateOld => "deactivate the old secret in Okta",
            Step::ProveAgain => "prove the service's secret again",
            Step::DeleteOld => "delete the inactive secret in Okta (cannot be undone)",
            Step::ReactivateOld => "reactivate the old secret in Okta",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum StepState {
    Done,
    Failed,
    NotVerified,
    /// In the plan, not (yet) applied.
    NotRun,
}

impl StepState {
    fn mark(self) -> &'static str {
        match self {
            StepState::Done => "✓",
            StepState::Failed => "✗",
            StepState::NotVerified => "?",
            StepState::NotRun => "·",
        }
    }
}

#[derive(Debug, Serialize)]
struct StepLine {
    step: Step,
    state: StepState,
    detail: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
enum Action {
    Rotate,
    DeleteOld,
    Rollback,
}

#[derive(Debug, Serialize)]
struct Report {
    slug: String,
    action: Action,
    dry_run: bool,
    steps: Vec<StepLine>,
    /// Where the journal of an unfinished rotation is.
    #[serde(skip_serializing_if = "Option::is_none")]
    journal: Option<String>,
}

/// A secret as the journal and the output name it: never its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SecretRef {
    id: String,
    last4: Option<String>,
}

impl SecretRef {
    fn of(secret: &ClientSecret) -> Self {
        SecretRef {
            id: secret.id.clone(),
            last4: secret.last4.clone(),
        }
    }

    fn shown(&self) -> String {
        match &self.last4 {
            Some(l) => format!("{} (…{l})", self.id),
            None => self.id.clone(),
        }
    }
}

/// What a rotation has done so far. No secret value is ever in it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Journal {
    api_url: String,
    slug: String,
    okta_domain: String,
    app_id: String,
    started_at: String,
    old_secret: SecretRef,
    new_secret: Option<SecretRef>,
    /// A create was sent and its answer never read: Okta may hold a secret
    /// whose value nobody has.
    create_unanswered: bool,
    service_updated: bool,
    old_deactivated: bool,
    completed: bool,
}

fn journal_path(ctx: &Context, slug: &str) -> PathBuf {
    ctx.config_dir
        .join("rotations")
        .join(format!("{slug}.json"))
}

fn read_journal(path: &Path) -> Result<Option<Journal>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(CliError::general(format!(
                "cannot read the rotation journal {}: {e}",
                path.display()
            ))
            .into());
        }
    };
    serde_json::from_str(&text).map(Some).map_err(|e| {
        CliError::general(format!(
            "the rotation journal {} cannot be read ({})",
            path.display(),
            crate::error::parse_problem(&e.to_string())
        ))
        .hint(
            "check the app's secrets in the Okta Admin Console, then delete the file to start over",
        )
        .into()
    })
}

fn write_journal(path: &Path, journal: &Journal) -> Result<()> {
    let write = || -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            crate::files::create_private_dir(dir)?;
        }
        let text = serde_json::to_vec_pretty(journal).map_err(std::io::Error::other)?;
        crate::files::write_atomic(path, &text)
    };
    write().map_err(|e| {
        CliError::general(format!(
            "cannot write the rotation journal {}: {e}",
            path.display()
        ))
        .hint("nothing more is changed without it; free the space or fix the permissions, then run again")
        .into()
    })
}

fn remove_journal(path: &Path) {
    // A journal left behind only makes the next run look (and find nothing to do).
    let _ = std::fs::remove_file(path);
}

/// One run: the clients, the report so far, and how to ask.
struct Run<'a> {
    ctx: &'a mut Context,
    client: &'a Client,
    okta: &'a Secrets<'a>,
    slug: String,
    app_id: String,
    yes: bool,
    report: Report,
    journal_path: PathBuf,
    /// Whether anything has been changed in this run.
    changed: bool,
}

pub async fn run(ctx: &mut Context, args: &RotateArgs) -> Result<Outcome> {
    let slug = args.slug.as_str();
    let client = ctx.api()?;
    let Versioned { value: tenant, .. } = client.tenant(slug).await.map_err(not_found(slug))?;
    let Some(token) = ctx.okta_api_token(&args.token)? else {
        return Err(CliError::usage(format!(
            "rotating the client secret of {slug} needs an Okta API token"
        ))
        .hint("set SSOCTL_OKTA_API_TOKEN, or pass --okta-api-token-stdin or --ask-okta-api-token (never on the command line)")
        .hint("the token's admin must be allowed to manage apps (okta.apps.manage: a Super or Application Administrator)")
        .into());
    };
    let base = domain::parse(&tenant.okta_domain)
        .map_err(|e| {
            CliError::invalid(
                "the tenant's Okta domain",
                &e.problem,
                e.suggestion.as_deref(),
            )
        })?
        .base_url();
    let http = ctx.http()?;
    let okta = Secrets::new(&http, base, &token);
    let path = journal_path(ctx, slug);
    let journal = read_journal(&path)?;
    let api_url = client.base_url().to_string();
    if let Some(j) = &journal
        && (j.api_url != api_url || j.app_id != tenant.client_id)
    {
        return Err(CliError::conflict(format!(
            "the rotation journal {} is for {} at {} (app {}), not this service's {slug} (app {})",
            path.display(),
            j.slug,
            j.api_url,
            j.app_id,
            tenant.client_id
        ))
        .hint("finish or roll it back with the profile it was started with, or delete the file once the app's secrets are checked")
        .into());
    }
    let action = if args.rollback {
        Action::Rollback
    } else if args.delete_old {
        Action::DeleteOld
    } else {
        Action::Rotate
    };
    let mut run = Run {
        ctx,
        client: &client,
        okta: &okta,
        slug: slug.to_owned(),
        app_id: tenant.client_id.clone(),
        yes: args.yes,
        report: Report {
            slug: slug.to_owned(),
            action,
            dry_run: args.dry_run,
            steps: Vec::new(),
            journal: None,
        },
        journal_path: path,
        changed: false,
    };
    let result = match action {
        Action::Rollback => rollback(&mut run, journal, args.dry_run).await,
        Action::DeleteOld => delete_old(&mut run, journal, args.dry_run).await,
        Action::Rotate => rotate(&mut run, &tenant, api_url, journal, args.dry_run).await,
    };
    Ok(match result {
        Ok(()) => Outcome::ok(run.printable()),
        Err(failure) => Outcome::failed(run.printable(), failure),
    })
}

/// A run stops with this: the report says which steps were applied.
type Stop = CliError;

impl Run<'_> {
    fn printable(&self) -> Printable {
        let mut text = String::new();
        for line in &self.report.steps {
            text.push_str(&format!("{} {}", line.state.mark(), line.step.title()));
            if let Some(d) = &line.detail {
                text.push_str(&format!(": {d}"));
            }
            text.push('\n');
        }
        // On a terminal the steps were shown on stderr as they ran.
        let seen_live =
            self.ctx.io.stdout_is_tty && self.ctx.io.stderr_is_tty && !self.ctx.io.quiet;
        let view = if seen_live {
            View::Nothing
        } else {
            View::Text(text)
        };
        Printable::new(&self.report, view)
    }

    fn record(&mut self, step: Step, state: StepState, detail: impl Into<Option<String>>) {
        let detail = detail.into();
        let line = match &detail {
            Some(d) => format!("{} {}: {d}", state.mark(), step.title()),
            None => format!("{} {}", state.mark(), step.title()),
        };
        // Progress on stderr as it happens; the plan lists what is not run.
        if state != StepState::NotRun {
            self.ctx.io.status(&line);
        }
        self.report.steps.push(StepLine {
            step,
            state,
            detail,
        });
    }

    fn done(&mut self, step: Step, detail: impl Into<Option<String>>) {
        self.record(step, StepState::Done, detail);
    }

    /// Records `step` as failed (the rest of `plan` as not run) and makes
    /// the error that says what was applied and how to go on.
    fn fail(&mut self, step: Step, why: CliError, rest: &[Step]) -> Stop {
        self.stop(step, StepState::Failed, why, rest)
    }

    fn stop(&mut self, step: Step, state: StepState, why: CliError, rest: &[Step]) -> Stop {
        self.record(step, state, Some(why.message.clone()));
        for s in rest {
            self.record(*s, StepState::NotRun, None);
        }
        let mut error = why;
        if self.changed || self.journal_path.exists() {
            self.report.journal = Some(self.journal_path.display().to_string());
            error = error.hint(format!(
                "what is marked ✓ is done and recorded in {}; run `ssoctl tenant rotate-secret {}` again to resume, or add --rollback to undo the changes in Okta",
                self.journal_path.display(),
                self.slug
            ));
        } else {
            error = error.hint("nothing was changed");
        }
        error
    }

    fn plan(&mut self, title: &str, steps: &[Step], notes: &[String]) {
        let mut text = format!("{title}\n");
        for (i, s) in steps.iter().enumerate() {
            text.push_str(&format!("  {}. {}\n", i + 1, s.title()));
        }
        for n in notes {
            text.push_str(&format!("  note: {n}\n"));
        }
        self.ctx.io.status(text.trim_end());
    }

    /// Asks before a change in someone else's system; `--yes` answers.
    fn confirm(&mut self, question: &str) -> std::result::Result<bool, Stop> {
        if self.yes {
            return Ok(true);
        }
        if !self.ctx.can_prompt {
            return Err(CliError::usage(format!(
                "refusing to change {}'s client secrets without confirmation",
                self.slug
            ))
            .hint("pass --yes to apply the plan without prompts, or --dry-run to only see it"));
        }
        self.ctx
            .prompter
            .confirm(question, false)
            .map_err(|e| to_cli_error(&e))
    }

    async fn list(&mut self, rest: &[Step]) -> std::result::Result<Vec<ClientSecret>, Stop> {
        match self.okta.list(&self.app_id).await {
            Ok(secrets) => {
                self.done(Step::ListSecrets, describe(&secrets));
                Ok(secrets)
            }
            Err(e) => Err(self.fail(Step::ListSecrets, okta_error(&e, &self.app_id), rest)),
        }
    }

    /// The service's own check of the secret it has; only `valid` passes.
    async fn prove(
        &mut self,
        step: Step,
        expect_last4: Option<&str>,
        rest: &[Step],
    ) -> std::result::Result<(), Stop> {
        let check = match self.client.check_client_secret(&self.slug).await {
            Ok(c) => c,
            Err(e) => return Err(self.fail(step, api_error(&e), rest)),
        };
        let detail = crate::text::sanitize(check.detail.as_deref().unwrap_or("")).into_owned();
        match check.result.as_str() {
            "valid" => {}
            "unreachable" => {
                // Not a pass: nothing more is changed until the check can run.
                return Err(self.stop(
                    step,
                    StepState::NotVerified,
                    CliError::general(format!(
                        "not verified: the service could not reach Okta ({detail})"
                    )),
                    rest,
                ));
            }
            other => {
                return Err(self.fail(
                    step,
                    CliError::new(
                        ErrorKind::Problems,
                        format!(
                            "the service's secret check says {}: {detail}",
                            crate::text::sanitize(other)
                        ),
                    ),
                    rest,
                ));
            }
        }
        let on_file = match self.client.tenant(&self.slug).await {
            Ok(t) => t.value.client_secret_last4,
            Err(e) => return Err(self.fail(step, api_error(&e), rest)),
        };
        if let Some(want) = expect_last4
            && on_file.as_deref() != Some(want)
        {
            return Err(self.fail(
                step,
                CliError::new(
                    ErrorKind::Problems,
                    format!(
                        "the service has …{} on file, not the new …{want}",
                        on_file.as_deref().unwrap_or("?")
                    ),
                ),
                rest,
            ));
        }
        self.done(
            step,
            format!(
                "valid (the service has …{})",
                on_file.as_deref().unwrap_or("?")
            ),
        );
        Ok(())
    }

    fn save(&mut self, journal: &Journal) -> std::result::Result<(), Stop> {
        write_journal(&self.journal_path, journal).map_err(|e| to_cli_error(&e))
    }

    /// Deactivates (when active) and deletes a secret nobody can use.
    async fn discard(&mut self, secret: &ClientSecret) -> std::result::Result<(), SecretsError> {
        if secret.is_active() {
            self.okta.deactivate(&self.app_id, &secret.id).await?;
            self.changed = true;
        }
        self.okta.delete(&self.app_id, &secret.id).await?;
        self.changed = true;
        Ok(())
    }
}

fn describe(secrets: &[ClientSecret]) -> String {
    if secrets.is_empty() {
        return "none".into();
    }
    secrets
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                SecretRef::of(s).shown(),
                if s.is_active() { "ACTIVE" } else { "INACTIVE" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Okta's refusal as the person's error, with what to do.
fn okta_error(e: &SecretsError, app_id: &str) -> CliError {
    let message = crate::text::sanitize(&e.to_string()).into_owned();
    match e {
        SecretsError::BadToken => CliError::auth(message)
            .hint("create a new API token in the Okta Admin Console (Security → API → Tokens) and pass it in SSOCTL_OKTA_API_TOKEN"),
        SecretsError::Forbidden { .. } => CliError::auth(message).hint(
            "use a token of an admin who may manage apps (okta.apps.manage: a Super or Application Administrator); a Read-only Administrator's token can list secrets but not change them",
        ),
        SecretsError::NotFound => CliError::not_found(message).hint(format!(
            "the tenant's client id {app_id} must be the Okta app's id; check it with `ssoctl doctor`"
        )),
        SecretsError::RateLimited { .. } => {
            CliError::general(message).hint("wait for the reset, then run the same command again")
        }
        SecretsError::TooMany | SecretsError::OnlyActive | SecretsError::DeleteActive => {
            CliError::conflict(message).hint("list the app's secrets in the Okta Admin Console (Applications → the app → General → Client secrets)")
        }
        SecretsError::Invalid { .. } | SecretsError::Other(_) => CliError::general(message),
    }
}

/// Whether Okta certainly did nothing (a refusal), as opposed to an answer
/// that was lost (it may have acted).
fn refused(e: &SecretsError) -> bool {
    !matches!(
        e,
        SecretsError::Other(crate::okta::fetch::FetchError::Transport(_))
    )
}

async fn rotate(
    run: &mut Run<'_>,
    tenant: &Tenant,
    api_url: String,
    journal: Option<Journal>,
    dry_run: bool,
) -> std::result::Result<(), Stop> {
    let all = [
        Step::ProveCurrent,
        Step::CreateNew,
        Step::UpdateService,
        Step::ProveNew,
        Step::DeactivateOld,
        Step::ProveAgain,
    ];
    let mut secrets = run.list(&all).await?;
    let resuming = journal.filter(|j| !j.completed);
    let mut journal = match resuming {
        Some(j) => {
            run.ctx.io.status(&format!(
                "Resuming the rotation of {} started at {} (journal {})",
                run.slug,
                j.started_at,
                run.journal_path.display()
            ));
            j
        }
        None => {
            if secrets.len() >= 2 {
                secrets = make_room(run, tenant, secrets, dry_run, &all).await?;
            }
            let old = match secrets.as_slice() {
                [only] if only.is_active() => only.clone(),
                _ => {
                    return Err(run.fail(
                        Step::ListSecrets,
                        CliError::general(format!(
                            "the app {} has no single active client secret to rotate from ({})",
                            run.app_id,
                            describe(&secrets)
                        )),
                        &all,
                    ));
                }
            };
            Journal {
                api_url,
                slug: run.slug.clone(),
                okta_domain: tenant.okta_domain.clone(),
                app_id: run.app_id.clone(),
                started_at: humantime::format_rfc3339_seconds(std::time::SystemTime::now())
                    .to_string(),
                old_secret: SecretRef::of(&old),
                new_secret: None,
                create_unanswered: false,
                service_updated: false,
                old_deactivated: false,
                completed: false,
            }
        }
    };
    let Some(old) = secrets
        .iter()
        .find(|s| s.id == journal.old_secret.id)
        .cloned()
    else {
        return Err(run.fail(
            Step::ListSecrets,
            CliError::conflict(format!(
                "the secret this rotation started from, {}, is no longer in Okta",
                journal.old_secret.shown()
            ))
            .detail(format!("the app has: {}", describe(&secrets))),
            &all,
        ));
    };

    run.prove(Step::ProveCurrent, None, &all[1..]).await?;
    let Versioned { value: now, etag } = run
        .client
        .tenant(&run.slug)
        .await
        .map_err(|e| run.fail(Step::ProveCurrent, api_error(&e), &all[1..]))?;
    // A store whose answer was lost (the run died just after it): the
    // service has the new secret already.
    if let Some(new) = &journal.new_secret
        && !journal.service_updated
        && new.last4.is_some()
        && now.client_secret_last4 == new.last4
    {
        journal.service_updated = true;
    }
    if journal.service_updated
        && !secrets
            .iter()
            .any(|s| Some(&s.id) == journal.new_secret.as_ref().map(|n| &n.id))
    {
        return Err(run.fail(
            Step::ListSecrets,
            CliError::conflict(format!(
                "the new secret {} the service has is no longer in Okta",
                journal.new_secret.as_ref().map_or("?".into(), SecretRef::shown)
            ))
            .hint(format!(
                "reactivate the old one with `ssoctl tenant rotate-secret {} --rollback` if it is still there",
                run.slug
            )),
            &all[1..],
        ));
    }
    // Secrets that are neither the old one nor one the service has: their
    // values are gone with the run that made them.
    let unusable: Vec<ClientSecret> = secrets
        .iter()
        .filter(|s| {
            s.id != old.id
                && !(journal.service_updated
                    && journal.new_secret.as_ref().is_some_and(|n| n.id == s.id))
        })
        .cloned()
        .collect();

    let mut steps = Vec::new();
    if !unusable.is_empty() {
        steps.push(Step::RemoveUnusable);
    }
    if !journal.service_updated {
        steps.extend([Step::CreateNew, Step::UpdateService]);
    }
    steps.push(Step::ProveNew);
    if !journal.old_deactivated {
        steps.extend([Step::DeactivateOld, Step::ProveAgain]);
    }
    let mut notes = vec![format!(
        "undo: `ssoctl tenant rotate-secret {} --rollback` reactivates the old secret {} until it is deleted",
        run.slug,
        journal.old_secret.shown()
    )];
    if !unusable.is_empty() {
        notes.insert(
            0,
            format!(
                "{} was created by a run that stopped before the service had it; nobody has its value",
                describe(&unusable)
            ),
        );
    }
    run.plan(
        &format!(
            "Plan for {} (Okta app {} at {}):",
            run.slug, run.app_id, tenant.okta_domain
        ),
        &steps,
        &notes,
    );
    if dry_run {
        for s in &steps {
            run.record(*s, StepState::NotRun, None);
        }
        run.ctx.io.status("Dry run: nothing was changed");
        return Ok(());
    }

    if !journal.service_updated {
        let question = format!(
            "Create a new client secret for {} in Okta and store it in the service?",
            run.slug
        );
        if !run
            .confirm(&question)
            .map_err(|e| run.fail(steps[0], e, &steps[1..]))?
        {
            return Err(run.fail(steps[0], CliError::cancelled(), &steps[1..]));
        }
        run.save(&journal)?;
        for secret in &unusable {
            if let Err(e) = run.discard(secret).await {
                let rest = steps[1..].to_vec();
                return Err(run.fail(Step::RemoveUnusable, okta_error(&e, &run.app_id), &rest));
            }
        }
        if !unusable.is_empty() {
            run.done(Step::RemoveUnusable, describe(&unusable));
        }
        journal.new_secret = None;
        journal.create_unanswered = true;
        run.save(&journal)?;
        let created = run.okta.create(&run.app_id).await;
        let new = match created {
            Ok(new) => new,
            Err(e) => {
                if refused(&e) {
                    journal.create_unanswered = false;
                    if run.changed || journal.old_deactivated {
                        run.save(&journal)?;
                    } else {
                        // Nothing was done: nothing to resume.
                        remove_journal(&run.journal_path);
                    }
                }
                let mut error = okta_error(&e, &run.app_id);
                if !refused(&e) {
                    error = error.detail(
                        "Okta may have created the secret without its answer arriving; the next run removes it",
                    );
                }
                return Err(run.fail(
                    Step::CreateNew,
                    error,
                    &[
                        Step::UpdateService,
                        Step::ProveNew,
                        Step::DeactivateOld,
                        Step::ProveAgain,
                    ],
                ));
            }
        };
        run.changed = true;
        let new_ref = SecretRef {
            id: new.listed.id.clone(),
            last4: Some(crate::okta::secrets::last4(new.value.expose())),
        };
        journal.new_secret = Some(new_ref.clone());
        journal.create_unanswered = false;
        run.save(&journal)?;
        run.done(Step::CreateNew, new_ref.shown());

        let after_store = [Step::ProveNew, Step::DeactivateOld, Step::ProveAgain];
        let lost = "the new secret was not stored; its value is lost with this run, so the next run removes it from Okta and creates another";
        let Some(etag) = etag else {
            return Err(run.fail(
                Step::UpdateService,
                CliError::general(format!(
                    "the service sent no ETag for {}; refusing to change it blindly",
                    run.slug
                ))
                .detail(lost),
                &after_store,
            ));
        };
        match run
            .client
            .update_tenant(
                &run.slug,
                &TenantChanges::default(),
                Some(&new.value),
                &etag,
            )
            .await
        {
            Ok(_) => {}
            Err(e) if e.is(412) => {
                // Our own store whose answer was lost and retried, or someone
                // else's edit: only the first is fine.
                let again = run.client.tenant(&run.slug).await.ok();
                if again.and_then(|t| t.value.client_secret_last4) != new_ref.last4 {
                    return Err(run.fail(
                        Step::UpdateService,
                        CliError::conflict(format!(
                            "{} was changed by someone else after it was read; nothing was overwritten",
                            run.slug
                        ))
                        .detail(lost),
                        &after_store,
                    ));
                }
            }
            Err(e) => {
                return Err(run.fail(
                    Step::UpdateService,
                    api_error(&e).detail(lost),
                    &after_store,
                ));
            }
        }
        journal.service_updated = true;
        run.save(&journal)?;
        run.done(
            Step::UpdateService,
            format!(
                "the service has …{}",
                new_ref.last4.as_deref().unwrap_or("?")
            ),
        );
    }

    let new_last4 = journal.new_secret.as_ref().and_then(|n| n.last4.clone());
    let rest: &[Step] = if journal.old_deactivated {
        &[]
    } else {
        &[Step::DeactivateOld, Step::ProveAgain]
    };
    run.prove(Step::ProveNew, new_last4.as_deref(), rest)
        .await?;

    if !journal.old_deactivated {
        let question = format!(
            "Deactivate the old client secret {} in Okta? (The service uses the new one.)",
            journal.old_secret.shown()
        );
        if !run
            .confirm(&question)
            .map_err(|e| run.fail(Step::DeactivateOld, e, &[Step::ProveAgain]))?
        {
            return Err(run.fail(
                Step::DeactivateOld,
                CliError::cancelled().detail("both secrets stay active; sign-ins keep working"),
                &[Step::ProveAgain],
            ));
        }
        if old.is_active()
            && let Err(e) = run.okta.deactivate(&run.app_id, &old.id).await
        {
            let app_id = run.app_id.clone();
            return Err(run.fail(
                Step::DeactivateOld,
                okta_error(&e, &app_id),
                &[Step::ProveAgain],
            ));
        }
        run.changed = true;
        journal.old_deactivated = true;
        run.save(&journal)?;
        run.done(Step::DeactivateOld, journal.old_secret.shown());
        run.prove(Step::ProveAgain, new_last4.as_deref(), &[])
            .await?;
    }
    journal.completed = true;
    run.save(&journal)?;
    run.ctx.io.success(&format!(
        "Rotated the client secret of {}: {} → {}; the old one is inactive. Delete it with `ssoctl tenant rotate-secret {} --delete-old`, or bring it back with --rollback",
        run.slug,
        journal.old_secret.shown(),
        journal.new_secret.as_ref().map_or("?".into(), SecretRef::shown),
        run.slug
    ));
    Ok(())
}

/// Two secrets and no rotation of ours: no room for a new one. An inactive
/// one (not the service's) may be deleted, when asked on a terminal.
async fn make_room(
    run: &mut Run<'_>,
    tenant: &Tenant,
    secrets: Vec<ClientSecret>,
    dry_run: bool,
    rest: &[Step],
) -> std::result::Result<Vec<ClientSecret>, Stop> {
    let ours = tenant.client_secret_last4.as_deref();
    let inactive: Vec<&ClientSecret> = secrets
        .iter()
        .filter(|s| !s.is_active() && (ours.is_none() || s.last4.as_deref() != ours))
        .collect();
    let message = format!(
        "the app {} already has two client secrets ({}); Okta allows two, so there is no room for a new one",
        run.app_id,
        describe(&secrets)
    );
    let Some(spare) = inactive.first().copied().cloned() else {
        let error = CliError::conflict(message)
            .detail(format!(
                "the service uses the one ending …{}",
                ours.unwrap_or("?")
            ))
            .hint("if a rotation ran elsewhere, finish it there; or deactivate the secret the service does not use in the Okta Admin Console (Applications → the app → General → Client secrets), then run this again");
        return Err(run.fail(Step::ListSecrets, error, rest));
    };
    let question = format!(
        "Delete the inactive client secret {} from Okta to make room? (It cannot sign anyone in.)",
        SecretRef::of(&spare).shown()
    );
    if dry_run || run.yes || !run.ctx.can_prompt || !run.confirm(&question).unwrap_or(false) {
        let error = CliError::conflict(message).hint(format!(
            "delete the inactive one with `ssoctl tenant rotate-secret {} --delete-old`, then run this again",
            run.slug
        ));
        return Err(run.fail(Step::ListSecrets, error, rest));
    }
    if let Err(e) = run.okta.delete(&run.app_id, &spare.id).await {
        let app_id = run.app_id.clone();
        return Err(run.fail(Step::DeleteOld, okta_error(&e, &app_id), rest));
    }
    run.changed = true;
    run.done(Step::DeleteOld, SecretRef::of(&spare).shown());
    run.list(rest).await
}

async fn delete_old(
    run: &mut Run<'_>,
    journal: Option<Journal>,
    dry_run: bool,
) -> std::result::Result<(), Stop> {
    if journal.as_ref().is_some_and(|j| !j.completed) {
        return Err(run.fail(
            Step::DeleteOld,
            CliError::conflict(format!(
                "a rotation of {} is not finished (journal {})",
                run.slug,
                run.journal_path.display()
            ))
            .hint(format!(
                "finish it with `ssoctl tenant rotate-secret {}` or undo it with --rollback first",
                run.slug
            )),
            &[],
        ));
    }
    let secrets = run.list(&[Step::ProveCurrent, Step::DeleteOld]).await?;
    run.prove(Step::ProveCurrent, None, &[Step::DeleteOld])
        .await?;
    let inactive: Vec<ClientSecret> = secrets.into_iter().filter(|s| !s.is_active()).collect();
    if inactive.is_empty() {
        run.ctx.io.status(&format!(
            "Nothing to delete: the app of {} has no inactive client secret",
            run.slug
        ));
        remove_journal(&run.journal_path);
        return Ok(());
    }
    run.plan(
        &format!("Plan for {}:", run.slug),
        &[Step::DeleteOld],
        &[format!("deletes {}", describe(&inactive))],
    );
    if dry_run {
        run.record(Step::DeleteOld, StepState::NotRun, describe(&inactive));
        run.ctx.io.status("Dry run: nothing was changed");
        return Ok(());
    }
    let question = format!(
        "Delete {} from Okta? This cannot be undone.",
        describe(&inactive)
    );
    if !run
        .confirm(&question)
        .map_err(|e| run.fail(Step::DeleteOld, e, &[]))?
    {
        return Err(run.fail(Step::DeleteOld, CliError::cancelled(), &[]));
    }
    for s in &inactive {
        if let Err(e) = run.okta.delete(&run.app_id, &s.id).await {
            let app_id = run.app_id.clone();
            return Err(run.fail(Step::DeleteOld, okta_error(&e, &app_id), &[]));
        }
        run.changed = true;
    }
    run.done(Step::DeleteOld, describe(&inactive));
    remove_journal(&run.journal_path);
    Ok(())
}

async fn rollback(
    run: &mut Run<'_>,
    journal: Option<Journal>,
    dry_run: bool,
) -> std::result::Result<(), Stop> {
    let Some(journal) = journal else {
        run.ctx.io.status(&format!(
            "Nothing to roll back: no rotation of {} is recorded in {}",
            run.slug,
            run.journal_path.display()
        ));
        return Ok(());
    };
    let secrets = run
        .list(&[Step::ReactivateOld, Step::RemoveUnusable])
        .await?;
    let old = secrets
        .iter()
        .find(|s| s.id == journal.old_secret.id)
        .cloned();
    // What the service does not have is unusable; the service's is kept.
    let unusable: Vec<ClientSecret> = secrets
        .iter()
        .filter(|s| {
            s.id != journal.old_secret.id
                && !(journal.service_updated
                    && journal.new_secret.as_ref().is_some_and(|n| n.id == s.id))
        })
        .cloned()
        .collect();
    let mut steps = Vec::new();
    if old.as_ref().is_some_and(|o| !o.is_active()) {
        steps.push(Step::ReactivateOld);
    }
    if !unusable.is_empty() && !journal.service_updated {
        steps.push(Step::RemoveUnusable);
    }
    steps.push(Step::ProveAgain);
    let mut notes = Vec::new();
    if old.is_none() {
        notes.push(format!(
            "the old secret {} is gone from Okta (deleted): it cannot come back",
            journal.old_secret.shown()
        ));
    }
    if journal.service_updated {
        notes.push(format!(
            "the service keeps the new secret {}: ssoctl never had the old value to put back",
            journal
                .new_secret
                .as_ref()
                .map_or("?".into(), SecretRef::shown)
        ));
    }
    run.plan(&format!("Rollback plan for {}:", run.slug), &steps, &notes);
    if dry_run {
        for s in &steps {
            run.record(*s, StepState::NotRun, None);
        }
        run.ctx.io.status("Dry run: nothing was changed");
        return Ok(());
    }
    if steps.len() > 1 {
        let question = format!("Roll back the rotation of {} in Okta?", run.slug);
        if !run
            .confirm(&question)
            .map_err(|e| run.fail(steps[0], e, &steps[1..]))?
        {
            return Err(run.fail(steps[0], CliError::cancelled(), &steps[1..]));
        }
    }
    if let Some(old) = old.as_ref().filter(|o| !o.is_active()) {
        if let Err(e) = run.okta.activate(&run.app_id, &old.id).await {
            let app_id = run.app_id.clone();
            return Err(run.fail(
                Step::ReactivateOld,
                okta_error(&e, &app_id),
                &[Step::ProveAgain],
            ));
        }
        run.changed = true;
        run.done(Step::ReactivateOld, SecretRef::of(old).shown());
    }
    if !journal.service_updated && !unusable.is_empty() {
        for s in &unusable {
            if let Err(e) = run.discard(s).await {
                let app_id = run.app_id.clone();
                return Err(run.fail(
                    Step::RemoveUnusable,
                    okta_error(&e, &app_id),
                    &[Step::ProveAgain],
                ));
            }
        }
        run.done(Step::RemoveUnusable, describe(&unusable));
    }
    run.prove(Step::ProveAgain, None, &[]).await?;
    remove_journal(&run.journal_path);
    run.ctx
        .io
        .success(&format!("Rolled back the rotation of {} in Okta", run.slug));
    Ok(())
}
