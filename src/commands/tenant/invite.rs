//! `ssoctl tenant invite | invitations | submit | approve | reject`: the
//! customer submits their Okta details with a one-time invitation, so the
//! client secret goes from their machine to the service over TLS and is
//! never emailed. Support invites, reviews (the doctor runs first) and
//! approves or rejects.

use serde::Serialize;
use serde_json::json;

use super::{check_domain, last4, tenant_fields};
use crate::api::error::tenant_not_found as not_found;
use crate::api::invitations::IssuedInvitation;
use crate::api::registrations::{self, RegistrationDetails};
use crate::api::{Invitation, Tenant, expected_redirect_uri};
use crate::cli::{ApproveArgs, InviteArgs, SubmitArgs};
use crate::commands::{CLIENT_SECRET_ENV, idempotency_key};
use crate::config::display_url;
use crate::context::Context;
use crate::doctor::collect::{self, Sources};
use crate::doctor::facts::Facts;
use crate::doctor::report::{self, Tally};
use crate::doctor::rules;
use crate::error::{CliError, ErrorKind, Result};
use crate::finding::Report;
use crate::outcome::Outcome;
use crate::output::{Printable, View, or_dash};
use crate::secret::{Secret, secret_from_text};
use crate::validate;

const INVITATION_SOURCES: &str = "--invite-stdin, --invite-file or SSOCTL_INVITATION";
const SECRET_SOURCES: &str = "--client-secret-stdin, --client-secret-file or SSOCTL_CLIENT_SECRET";

// ---------------------------------------------------------------- support: invite

/// What `tenant invite -o json` prints: the one place the token is shown.
#[derive(Serialize)]
struct Issued<'a> {
    invitation: &'a Invitation,
    token: &'a str,
    submit_command: String,
}

pub async fn invite(ctx: &mut Context, args: &InviteArgs) -> Result<Printable> {
    let company_name = validate::company_name(&args.company_name)
        .map_err(|e| CliError::invalid("--company-name", &e.problem, e.suggestion.as_deref()))?;
    let lifetime = args.expires.as_secs();
    if !(3600..=30 * 24 * 3600).contains(&lifetime) {
        return Err(CliError::usage(format!(
            "--expires {}: an invitation lasts from 1h to 30d",
            humantime::format_duration(args.expires)
        ))
        .hint("e.g. --expires 7d (the default) or --expires 48h")
        .into());
    }
    let client = ctx.api()?;
    let issued: IssuedInvitation = client
        .create_invitation(
            &args.slug,
            &company_name,
            Some(lifetime),
            &idempotency_key(),
        )
        .await
        .map_err(|e| invite_error(&args.slug, e))?;
    // Shown this once, on purpose: the scrubber that hides every secret
    // the process saw must let this one through to stdout.
    crate::secret::forget(issued.token.expose());
    let inv = &issued.invitation;
    let service = display_url(client.base_url());
    let command = submit_command(&service);
    ctx.io.success(&format!(
        "Invited {} ({}); the invitation expires {}",
        inv.slug, inv.company_name, inv.expires_at
    ));
    let text = [
        "Send the customer the invitation and the command below, ideally by two different channels.".to_string(),
        String::new(),
        format!(
            "Invitation (a secret: shown only this once, it works once, until {}, and lets whoever holds it submit {}):",
            inv.expires_at, inv.slug
        ),
        String::new(),
        format!("  {}", issued.token.expose()),
        String::new(),
        format!(
            "Once their Okta app is set up (guide steps 1-3, sign-in redirect URI {}), they run:",
            inv.redirect_uri
        ),
        String::new(),
        format!("  {command}"),
        String::new(),
        "It asks for the invitation and the client secret at hidden prompts (never on the command line),".to_string(),
        "checks their Okta set-up, and sends the secret straight to the service.".to_string(),
        String::new(),
        "Or, to have ssoctl create the Okta app, its assignment and the access policy as well (with an Okta API token in SSOCTL_OKTA_API_TOKEN):".to_string(),
        String::new(),
        format!("  {}", setup_command(&service)),
        String::new(),
        format!(
            "Then: `ssoctl tenant list --status pending` shows the submission; `ssoctl tenant approve {}` runs the doctor and approves it.",
            inv.slug
        ),
    ]
    .join("\n");
    Ok(Printable::new(
        &Issued {
            invitation: inv,
            token: issued.token.expose(),
            submit_command: command,
        },
        View::Text(text),
    ))
}

/// What a customer's command line starts with to reach `service`: nothing
/// for the default service.
fn service_prefix(service: &str) -> String {
    if service == crate::config::DEFAULT_API_URL {
        String::new()
    } else {
        format!("SSOCTL_API_URL={service} ")
    }
}

/// The customer's command line: no secret in it.
fn submit_command(service: &str) -> String {
    let prefix = service_prefix(service);
    format!(
        "{prefix}ssoctl tenant submit --okta-domain <your Okta domain> --client-id <your app's client id>"
    )
}

/// The customer's `okta setup` line: the invitation on stdin, no secret in it.
fn setup_command(service: &str) -> String {
    let prefix = service_prefix(service);
    format!(
        "printf %s \"$INVITATION\" | {prefix}ssoctl okta setup --okta-domain <your Okta domain> --invite-stdin"
    )
}

fn invite_error(slug: &str, e: crate::api::ApiError) -> anyhow::Error {
    match e.code() {
        Some("tenant_exists") => CliError::conflict(format!("{slug} is already registered"))
            .hint(format!("see it with `ssoctl tenant show {slug}`"))
            .into(),
        Some("invitation_exists") => CliError::conflict(format!(
            "{slug} already has an open invitation: {}",
            crate::api::error::api_error(&e).message
        ))
        .hint("the customer can still use it; list invitations with `ssoctl tenant invitations`")
        .into(),
        _ => e.into(),
    }
}

pub async fn invitations(ctx: &mut Context) -> Result<Printable> {
    let client = ctx.api()?;
    let list = client.invitations().await?;
    if list.is_empty() && ctx.io.stdout_is_tty {
        ctx.io.status(
            "No invitations yet; create one with `ssoctl tenant invite SLUG --company-name N`",
        );
    }
    let rows = list
        .iter()
        .map(|i| {
            vec![
                i.id.clone(),
                i.slug.clone(),
                i.company_name.clone(),
                i.status.clone(),
                i.expires_at.clone(),
                or_dash(i.redeemed_at.as_deref()),
            ]
        })
        .collect();
    Ok(Printable::table(
        &list,
        &["id", "slug", "company", "status", "expires", "redeemed"],
        rows,
    ))
}

// ---------------------------------------------------------------- the customer: submit

/// The invitation and the client secret, each from its own source; the
/// two `-stdin` flags together read two lines.
fn read_credentials(ctx: &mut Context, args: &SubmitArgs) -> Result<(Secret, Secret)> {
    let both_stdin = args.invite_stdin && args.okta.secret.client_secret_stdin;
    let stdin = if args.invite_stdin || args.okta.secret.client_secret_stdin {
        Some(ctx.io.read_input()?)
    } else {
        None
    };
    let mut lines = stdin.as_deref().unwrap_or("").lines();
    let empty = |what: &str, rule: &str| -> anyhow::Error {
        CliError::usage(format!(
            "{what} was to be read from standard input, but it is empty"
        ))
        .hint(rule.to_string())
        .into()
    };
    let rule = if both_stdin {
        "the invitation is the first line and the client secret the second: `printf '%s\\n%s\\n' \"$INVITATION\" \"$CLIENT_SECRET\" | ssoctl tenant submit --invite-stdin --client-secret-stdin …`"
    } else {
        "pipe it in: `printf %s \"$VALUE\" | ssoctl tenant submit …`"
    };
    let invitation = {
        let line = args.invite_stdin.then(|| {
            if both_stdin {
                lines.next().unwrap_or("").to_string()
            } else {
                stdin.clone().unwrap_or_default()
            }
        });
        ctx.invitation(line.as_deref(), args.invite_file.as_deref(), rule)?
    };
    let secret = if args.okta.secret.client_secret_stdin {
        let line = if both_stdin {
            lines.next().unwrap_or("").to_string()
        } else {
            stdin.unwrap_or_default()
        };
        Some(secret_from_text(&line).ok_or_else(|| empty("the client secret", rule))?)
    } else if let Some(path) = &args.okta.secret.client_secret_file {
        let text = std::fs::read_to_string(path).map_err(|e| {
            CliError::usage(format!(
                "cannot read the client secret file {}: {e}",
                path.display()
            ))
        })?;
        Some(secret_from_text(&text).ok_or_else(|| {
            CliError::usage(format!(
                "the client secret file {} is empty",
                path.display()
            ))
        })?)
    } else {
        ctx.env
            .var(CLIENT_SECRET_ENV)
            .and_then(|v| secret_from_text(&v))
    };
    let invitation = or_hidden_prompt(
        ctx,
        invitation,
        "the invitation",
        INVITATION_SOURCES,
        "Invitation from Biometry support (hidden)",
    )?;
    let secret = or_hidden_prompt(
        ctx,
        secret,
        "the client secret",
        SECRET_SOURCES,
        "Client secret of your Okta app (hidden)",
    )?;
    Ok((invitation, secret))
}

/// `given`, or else asked for at a hidden prompt (only on a terminal:
/// otherwise the error names `sources`).
fn or_hidden_prompt(
    ctx: &mut Context,
    given: Option<Secret>,
    what: &str,
    sources: &str,
    prompt: &str,
) -> Result<Secret> {
    match given {
        Some(s) => Ok(s),
        None => {
            ctx.require_prompt(what, sources)?;
            ctx.prompter.secret(prompt)
        }
    }
}

/// A flag's value, checked; asked for on a terminal when missing.
fn value(
    ctx: &mut Context,
    given: &Option<String>,
    flag: &str,
    prompt: &str,
    check: fn(&str) -> std::result::Result<String, validate::Invalid>,
) -> Result<String> {
    let checked = |v: &str| {
        check(v).map_err(|e| CliError::invalid(flag, &e.problem, e.suggestion.as_deref()).into())
    };
    if let Some(v) = given {
        return checked(v);
    }
    ctx.require_prompt(flag, &format!("{flag} VALUE"))?;
    let answer = ctx.prompter.input(prompt, &|v: &str| {
        check(v).map(|_| ()).map_err(|e| e.to_string())
    })?;
    checked(&answer)
}

/// The doctor's verdict on `facts`, counted and rendered for stderr.
fn judge(ctx: &Context, facts: &Facts) -> (Report, Tally, String) {
    let checks = rules::judge(facts);
    let tally = Tally::of(&checks);
    let rendered = report::render(
        std::slice::from_ref(&checks),
        ctx.io.color && ctx.io.stderr_is_tty,
        ctx.verbose > 0,
    );
    (checks, tally, rendered)
}

/// What was sent (the secret as its last four characters) and what next.
#[derive(Serialize)]
struct Submitted<'a> {
    submitted: bool,
    service: String,
    registration: &'a Tenant,
}

pub async fn submit(ctx: &mut Context, args: &SubmitArgs) -> Result<Outcome> {
    let okta_domain = value(
        ctx,
        &args.okta.okta_domain,
        "--okta-domain",
        "Okta domain (e.g. dev-12345678.okta.com)",
        check_domain,
    )?;
    let client_id = value(
        ctx,
        &args.okta.client_id,
        "--client-id",
        "Client ID",
        validate::client_id,
    )?;
    let (invitation, secret) = read_credentials(ctx, args)?;
    validate::client_secret(secret.expose(), Some(&client_id))
        .map_err(|e| CliError::invalid("client secret", &e.problem, e.suggestion.as_deref()))?;
    let service = ctx.settings()?.api_url.value.clone();
    let http = ctx.http()?;
    let invited = registrations::invitation(&http, &service, &invitation)
        .await
        .map_err(|e| registrations::cli_error(&e))?;

    // The Okta side first, as the doctor sees it before registration: a
    // finding with the guide's fix beats a bare refusal from the service.
    let sources = Sources {
        http: &http,
        api: None,
        okta_token: None,
        client_secret: Some(&secret),
        probe_authorize: true,
    };
    let facts = collect::unregistered(
        sources,
        &okta_domain,
        Some(&client_id),
        Some(&invited.slug),
        Some(&invited.redirect_uri),
    )
    .await;
    let (checks, tally, rendered) = judge(ctx, &facts);
    if tally.errors > 0 {
        let printable = Printable::new(&report::report_json(&checks), View::Text(rendered));
        let error = CliError::new(
            ErrorKind::Problems,
            format!(
                "not submitted: the checks found {} problem(s) in the Okta set-up for {}",
                tally.errors, invited.slug
            ),
        )
        .detail("nothing was sent; the invitation is still unused")
        .hint("each ✗ above names the fix and the guide's step; fix them and run the same command again");
        return Ok(Outcome::failed(printable, error));
    }
    ctx.io.status(&rendered);

    let plan = format!(
        "About to submit to {}:\n  slug:          {}\n  company name:  {}\n  okta domain:   {okta_domain}\n  client id:     {client_id}\n  client secret: …{}\nThe service checks the secret with Okta and keeps the registration pending until Biometry approves it.",
        display_url(&service),
        invited.slug,
        invited.company_name,
        last4(&secret),
    );
    ctx.io.status(&plan);
    if args.dry_run {
        ctx.io
            .status("Dry run: nothing was sent; the invitation is still unused");
        let body = json!({
            "method": "POST",
            "url": registrations_url(&service),
            "body": {"okta_domain": okta_domain, "client_id": client_id, "client_secret": secret.redacted()},
        });
        return Ok(Outcome::ok(Printable::new(&body, View::Nothing)));
    }
    if !args.yes {
        if !ctx.can_prompt {
            return Err(CliError::usage("refusing to submit without confirmation")
                .hint("pass --yes to submit without a prompt (or --dry-run to only check)")
                .into());
        }
        if !ctx.prompter.confirm("Submit these details?", true)? {
            return Err(CliError::new(
                ErrorKind::Cancelled,
                "cancelled: nothing was sent; the invitation is still unused",
            )
            .into());
        }
    }
    let details = RegistrationDetails {
        okta_domain,
        client_id,
        client_secret: secret,
    };
    let registration =
        registrations::submit(&http, &service, &invitation, &details, &idempotency_key())
            .await
            .map_err(|e| {
                let error = registrations::cli_error(&e);
                match e {
                    // No answer: it may or may not have arrived.
                    registrations::RegistrationError::Api(crate::api::ApiError::Http(_)) => error.hint(
                        "run the same command again: if the submission did arrive, the service says the invitation was used",
                    ),
                    _ => error,
                }
            })?;
    ctx.io.success(&format!(
        "Submitted {} ({}) for review",
        registration.slug, registration.company_name
    ));
    let notes = vec![
        format!(
            "Sent: okta domain {}, client id {}, client secret …{} (the service checked it with Okta).",
            registration.okta_domain,
            registration.client_id,
            last4(&details.client_secret)
        ),
        "Next: Biometry support reviews the registration and approves it; until then nobody can sign in. The invitation is used up.".to_string(),
        format!(
            "Once approved, test a sign-in with `ssoctl login test {}`.",
            registration.slug
        ),
    ];
    let data = Submitted {
        submitted: true,
        service: display_url(&service),
        registration: &registration,
    };
    Ok(Outcome::ok(Printable::new(
        &data,
        View::Details {
            fields: tenant_fields(&registration)
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            notes,
        },
    )))
}

fn registrations_url(service: &url::Url) -> String {
    format!("{}/v1/registrations", display_url(service))
}

// ---------------------------------------------------------------- support: approve and reject

#[derive(Serialize)]
struct Approved<'a> {
    approved: bool,
    tenant: &'a Tenant,
    doctor: report::ReportJson<'a>,
}

pub async fn approve(ctx: &mut Context, args: &ApproveArgs) -> Result<Outcome> {
    let slug = args.slug.as_str();
    let okta_token = ctx.okta_api_token(&args.token)?;
    let client = ctx.api()?;
    let read = client.tenant(slug).await.map_err(not_found(slug))?;
    if !read.value.awaits_review() {
        if read.value.status == "active" {
            ctx.io
                .success(&format!("{slug} is already active; nothing to approve"));
            return Ok(Outcome::ok(super::tenant_view(&read.value, Vec::new())));
        }
        return Err(CliError::conflict(format!(
            "{slug} is not a registration awaiting review (its status is {})",
            read.value.status
        ))
        .hint(format!(
            "approve applies to what a customer submitted with an invitation; see `ssoctl tenant show {slug}`"
        ))
        .into());
    }

    // Check first, and show it.
    let http = ctx.http()?;
    let expected = expected_redirect_uri(&ctx.settings()?.auth_url.value, slug);
    let sources = Sources {
        http: &http,
        api: Some(&client),
        okta_token: okta_token.as_ref(),
        client_secret: None,
        probe_authorize: true,
    };
    let facts = collect::tenant(sources, slug, &expected)
        .await
        .map_err(|fatal| anyhow::Error::from(fatal.0))?;
    let (checks, tally, rendered) = judge(ctx, &facts);
    if tally.errors > 0 && !args.force {
        let printable = Printable::new(&report::report_json(&checks), View::Text(rendered));
        let error = CliError::new(
            ErrorKind::Problems,
            format!(
                "not approved: the doctor found {} problem(s) in {slug}",
                tally.errors
            ),
        )
        .detail("nothing was changed; the registration still awaits review")
        .hint("ask the customer to fix what each ✗ names, or reject it with `ssoctl tenant reject SLUG`; --force approves anyway");
        return Ok(Outcome::failed(printable, error));
    }
    ctx.io.status(&rendered);
    if tally.errors > 0 {
        ctx.io.warn(&format!(
            "--force: approving {slug} despite {} problem(s)",
            tally.errors
        ));
    }
    if !args.yes {
        if !ctx.can_prompt {
            return Err(CliError::usage(format!(
                "refusing to approve {slug} without confirmation"
            ))
            .hint("pass --yes to approve without a prompt")
            .into());
        }
        let question = format!(
            "Approve {slug} ({})? Its users can sign in from then on",
            read.value.company_name
        );
        if !ctx.prompter.confirm(&question, false)? {
            return Err(CliError::new(
                ErrorKind::Cancelled,
                "cancelled: nothing was changed; the registration still awaits review",
            )
            .into());
        }
    }
    let approved = match client.approve_tenant(slug, read.etag.as_deref()).await {
        Ok(approved) => approved.value,
        Err(e) if e.is(412) => {
            return Err(CliError::conflict(format!(
                "{slug} was changed after the doctor checked it; nothing was approved"
            ))
            .hint(format!(
                "run `ssoctl tenant approve {slug}` again to check it anew"
            ))
            .into());
        }
        Err(e) => return Err(not_found(slug)(e)),
    };
    ctx.io
        .success(&format!("Approved {slug}: status {}", approved.status));
    let notes = vec![format!(
        "Next: a sign-in test with `ssoctl login test {slug}`; the first sign-in provisions the project."
    )];
    let data = Approved {
        approved: true,
        tenant: &approved,
        doctor: report::report_json(&checks),
    };
    Ok(Outcome::ok(Printable::new(
        &data,
        View::Details {
            fields: tenant_fields(&approved)
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            notes,
        },
    )))
}

#[derive(Serialize)]
struct Rejected {
    slug: String,
    rejected: bool,
}

pub async fn reject(ctx: &mut Context, slug: &str, yes: bool) -> Result<Printable> {
    let client = ctx.api()?;
    let rejected = || {
        Printable::new(
            &Rejected {
                slug: slug.to_string(),
                rejected: true,
            },
            View::Nothing,
        )
    };
    let read = match client.tenant(slug).await {
        Ok(read) => read,
        Err(e) if e.is(404) => {
            // A second run: the history says whether it was rejected.
            let history = client.tenant_events(slug).await.unwrap_or_default();
            if history.last().is_some_and(|e| e.action == "rejected") {
                ctx.io
                    .success(&format!("{slug} was already rejected; nothing to do"));
                return Ok(rejected());
            }
            return Err(not_found(slug)(e));
        }
        Err(e) => return Err(e.into()),
    };
    if !read.value.awaits_review() {
        return Err(CliError::conflict(format!(
            "{slug} is not a registration awaiting review (its status is {})",
            read.value.status
        ))
        .hint(format!(
            "to remove a registered tenant, use `ssoctl tenant delete {slug}`"
        ))
        .into());
    }
    if !yes {
        ctx.confirm_by_typing(
            &format!("reject {slug}"),
            &format!(
                "This removes the registration {slug} ({}) that the customer submitted, with its client secret. They would need a new invitation.",
                read.value.company_name
            ),
            slug,
        )?;
    }
    match client.reject_tenant(slug, read.etag.as_deref()).await {
        Ok(()) => {}
        Err(e) if e.is(412) => {
            return Err(CliError::conflict(format!(
                "{slug} was changed after it was read; nothing was rejected"
            ))
            .hint("review it with `ssoctl tenant show SLUG` and run the command again")
            .into());
        }
        Err(e) => return Err(not_found(slug)(e)),
    }
    ctx.io.success(&format!(
        "Rejected {slug}: the registration and its secret are removed; `ssoctl tenant invite {slug} --company-name …` invites again"
    ));
    Ok(rejected())
}
