//! Checks before a write: the Okta details a write would give a tenant
//! (domain, client id, client secret) are proved against Okta first, with
//! the doctor's own collector and rules, so a finding reads the same here
//! as in `ssoctl doctor`. `tenant register`, `tenant update`, `tenant
//! apply` (and whatever else writes Okta details) call [`verify`] and stop
//! unless [`Verification::passed`].
//!
//! Only the checks about the details themselves run: the domain and its
//! discovery documents and keys, the authorize probe (is the client known,
//! is the slug's redirect URI registered) and the credentials probe. The
//! access policy and the assignments need an Okta API token and do not
//! depend on the values written; `ssoctl doctor` checks them afterwards.

use crate::api::{Client, Tenant};
use crate::doctor::collect::{self, Sources};
use crate::doctor::facts::{Fact, Facts, OrgReads};
use crate::doctor::rules;
use crate::error::{CliError, ErrorKind};
use crate::finding::{Finding, Report, Severity};
use crate::http::HttpClient;
use crate::okta::domain;
use crate::okta::fetch::get_json;
use crate::okta::org::OktaOrganization;
use crate::secret::Secret;

/// The check families that are about the details a write sends.
const FAMILIES: [&str; 5] = ["domain", "discovery", "jwks", "redirect", "client"];

/// The Okta details a write would leave on a tenant.
#[derive(Debug, Clone, Copy)]
pub struct Details<'a> {
    pub slug: &'a str,
    pub okta_domain: &'a str,
    pub client_id: &'a str,
    /// The tenant's redirect URI (the service's, or what auth_url gives).
    pub redirect_uri: &'a str,
}

/// Which client secret goes with the details.
#[derive(Clone, Copy)]
pub enum SecretToProve<'a> {
    /// The secret the write sends: ssoctl proves it at Okta itself.
    Given(&'a Secret),
    /// No new secret: the one the service holds for `current` stays. Only
    /// the service can prove it (`POST …/checks/client-secret`), and only
    /// with the client id and domain it has on file.
    OnFile {
        api: &'a Client,
        current: &'a Tenant,
    },
}

/// What the checks found.
#[derive(Debug, Clone)]
pub struct Verification {
    pub report: Report,
    /// Okta could not be reached: the checks could not tell, so a network
    /// that cannot reach the customer's Okta may write with `--no-verify`.
    pub unreachable: bool,
}

impl Verification {
    /// What stops the write: every error, and everything not verified
    /// (what could not be classified is never a pass).
    pub fn blocking(&self) -> impl Iterator<Item = &Finding> {
        self.report
            .findings
            .iter()
            .filter(|f| matches!(f.severity, Severity::Error | Severity::NotVerified))
    }

    pub fn passed(&self) -> bool {
        self.blocking().next().is_none()
    }

    /// The error that stops the write: each blocking finding with its fix
    /// (the full report is rendered before it), exit 3.
    pub fn refusal(&self, slug: &str, write: &str) -> CliError {
        let blocking: Vec<&Finding> = self.blocking().collect();
        let n = blocking.len();
        let mut error = CliError::new(
            ErrorKind::Problems,
            format!(
                "{slug} was not {write}: {n} check{} of the Okta details did not pass; nothing was written",
                if n == 1 { "" } else { "s" }
            ),
        );
        for f in &blocking {
            let label = if f.severity == Severity::NotVerified {
                "not verified: "
            } else {
                ""
            };
            error = error.detail(format!("- {label}{}", f.summary));
        }
        for fix in blocking.iter().filter_map(|f| f.fix.as_deref()) {
            if !error.hints.iter().any(|h| h == fix) {
                error = error.hint(fix.to_string());
            }
        }
        if self.unreachable {
            error = error.hint(
                "if this network cannot reach the customer's Okta, pass --no-verify to write without the checks (the result is then not verified)",
            );
        }
        error
    }
}

/// The line a write prints when `--no-verify` skipped the checks.
pub fn skipped_notice(slug: &str) -> String {
    format!(
        "not verified: the Okta details were not checked (--no-verify); check them with `ssoctl doctor {slug}` from a network that reaches the customer's Okta"
    )
}

/// Proves `details` with `secret` against Okta, without side effects.
pub async fn verify(
    http: &HttpClient,
    details: Details<'_>,
    secret: SecretToProve<'_>,
) -> Verification {
    let given = match secret {
        SecretToProve::Given(secret) => Some(secret),
        SecretToProve::OnFile { .. } => None,
    };
    let sources = Sources {
        http,
        api: None,
        okta_token: None,
        client_secret: given,
        probe_authorize: true,
    };
    let facts = collect::unregistered(
        sources,
        details.okta_domain,
        Some(details.client_id),
        Some(details.slug),
        Some(details.redirect_uri),
    )
    .await;
    let mut report = rules::judge(&facts);
    report
        .findings
        .retain(|f| FAMILIES.contains(&f.check.split('.').next().unwrap_or_default()));
    // The authorize probe and the credentials probe both tell an unknown
    // client: one cause, one finding.
    let mut seen = std::collections::HashSet::new();
    report
        .findings
        .retain(|f| f.severity != Severity::Error || seen.insert(f.summary.clone()));
    let reads = facts.okta.as_ref().and_then(|o| o.reads.as_ref());
    let org_answers = reads.is_some_and(|r| r.default_discovery.got().is_some());
    if let (SecretToProve::OnFile { api, current }, true) = (secret, org_answers) {
        // The rules say "not checked" for a secret not given; the service's
        // check says more, when it can test these details at all.
        report.findings.retain(|f| f.check != "client.secret");
        report
            .findings
            .push(secret_on_file(http, api, current, &details, &facts).await);
    }
    Verification {
        unreachable: reads.is_some_and(unreachable),
        report,
    }
}

/// Whether a request of the checks failed for want of a connection.
fn unreachable(reads: &OrgReads) -> bool {
    let failed = |f: Option<&crate::doctor::facts::Failure>| f.is_some_and(|f| f.is_transport());
    failed(failure_of(&reads.organization))
        || failed(failure_of(&reads.default_discovery))
        || failed(failure_of(&reads.authorize))
        || failed(failure_of(&reads.credentials))
}

fn failure_of<T>(fact: &Fact<T>) -> Option<&crate::doctor::facts::Failure> {
    match fact {
        Fact::Failed { failure } => Some(failure),
        _ => None,
    }
}

/// The secret the service holds, proved with the new details where the
/// service's check can test them: it probes Okta with the client id and
/// domain *on file*, so it tests a new domain only when that is the same
/// Okta org (the org ids match), and never a new client id.
async fn secret_on_file(
    http: &HttpClient,
    api: &Client,
    current: &Tenant,
    details: &Details<'_>,
    facts: &Facts,
) -> Finding {
    let slug = details.slug;
    let client_id = details.client_id;
    if current.client_id != client_id {
        return Finding::not_verified(
            "client.secret",
            format!("the client secret the service holds was not proved with the new client ID {client_id}"),
        )
        .detail("the service's secret check tests only the client ID it has on file, so it cannot test one not yet written; a different Okta app has a secret of its own")
        .fix(format!("pass the app's client secret too (`ssoctl tenant update {slug} --client-id {client_id} --rotate-secret --client-secret-stdin`) so both are proved before the write; if the secret on file does belong to this client ID (a corrected typo), write with --no-verify and run `ssoctl doctor {slug}` right after"));
    }
    if current.okta_domain != details.okta_domain {
        let new_org = facts
            .okta
            .as_ref()
            .and_then(|o| o.reads.as_ref())
            .and_then(|r| r.organization.got())
            .map(|o| o.id.clone());
        // The `-admin` console host corrected to its org's domain is the
        // same org by construction (the doctor's own remedy for it).
        let corrected = matches!(
            domain::parse(&current.okta_domain),
            Err(invalid) if invalid.suggestion.as_deref() == Some(details.okta_domain)
        );
        let old_org = if corrected {
            new_org.clone()
        } else {
            org_id(http, &current.okta_domain).await
        };
        match (new_org, old_org) {
            (Some(new), Some(old)) if new == old => {}
            _ => {
                return Finding::not_verified(
                    "client.secret",
                    format!(
                        "the client secret the service holds was not proved at {}",
                        details.okta_domain
                    ),
                )
                .detail(format!(
                    "the service's secret check tests the domain it has on file ({}), and the new domain is not shown to be the same Okta org",
                    current.okta_domain
                ))
                .fix(format!("pass the app's client secret too (`--rotate-secret --client-secret-stdin`) so it is proved at the new domain before the write, or write with --no-verify and run `ssoctl doctor {slug}` right after"));
            }
        }
    }
    match api.check_client_secret(slug).await {
        Ok(check) if check.result == "unreachable" => Finding::not_verified(
            "client.secret",
            "the service could not reach Okta to check the secret it holds",
        )
        .detail(check.detail.unwrap_or_default())
        .fix(format!(
            "run the command again; if it persists, check the tenant with `ssoctl doctor {slug}`"
        )),
        Ok(check) => rules::secret_finding(slug, client_id, &check),
        Err(e) => Finding::not_verified(
            "client.secret",
            format!("the service's secret check failed: {e}"),
        )
        .fix("run the command again; the secret on file could not be proved"),
    }
}

/// The Okta org id at a domain, from its public description.
async fn org_id(http: &HttpClient, okta_domain: &str) -> Option<String> {
    let base = domain::parse(okta_domain).ok()?.base_url();
    let url = base.join(".well-known/okta-organization").ok()?;
    get_json::<OktaOrganization>(http, &url, None)
        .await
        .ok()
        .map(|(org, _)| org.id)
}

/// After the write: the service proves the secret it now holds with the
/// client id and domain it now holds, from its own network. `Ok` or an
/// error finding when Okta answered; "not verified" when the check could
/// not tell (the service could not reach Okta, or the check itself failed).
pub async fn after_write(api: &Client, slug: &str, client_id: &str) -> Finding {
    match api.check_client_secret(slug).await {
        Ok(check) if check.result == "unreachable" => Finding::not_verified(
            "client.secret",
            "the service could not reach Okta to check what was written",
        )
        .detail(check.detail.unwrap_or_default())
        .fix(format!("check the tenant with `ssoctl doctor {slug}`")),
        Ok(check) => rules::secret_finding(slug, client_id, &check),
        Err(e) => Finding::not_verified(
            "client.secret",
            format!("the service's check after the write failed: {e}"),
        )
        .fix(format!("check the tenant with `ssoctl doctor {slug}`")),
    }
}
