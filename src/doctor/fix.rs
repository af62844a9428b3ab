//! `doctor --fix`: the machine-applicable changes a report's findings
//! name, applied one at a time, exactly as shown, and nothing else. Tenant
//! changes go through the admin API (`If-Match` with the ETag just read,
//! an idempotency key for a provisioning retry); Okta changes through the
//! Management API as `okta setup` makes them (GET, whole PUT, GET for an
//! app; a policy for this client only with its rule).

use std::time::Duration;

use crate::api::{Client, TenantChanges};
use crate::error::{CliError, Result};
use crate::finding::{Applicability, Change, Remedy, Report};
use crate::okta::mgmt::Mgmt;
use crate::okta::mgmt::write::WriteError;
use crate::okta::setup::{self, AppRef, PolicyRef, Progress, Step};

/// The machine-applicable changes of `report`, each once, in the order
/// they must go: the tenant's first (a corrected domain decides which org
/// the Okta ones are for), then the app's, then the policy.
pub fn planned(report: &Report) -> Vec<Change> {
    let mut changes: Vec<Change> = Vec::new();
    for f in &report.findings {
        if let Some(Remedy::Change {
            change,
            applicability: Applicability::MachineApplicable,
            ..
        }) = &f.remedy
            && !changes.contains(change)
        {
            changes.push(change.clone());
        }
    }
    changes.sort_by_key(order);
    changes
}

fn order(change: &Change) -> u8 {
    match change {
        Change::TenantOktaDomain { .. } => 0,
        Change::TenantEnable { .. } => 1,
        Change::AppAddRedirectUri { .. } => 2,
        Change::AppAllowAuthorizationCode { .. } => 3,
        Change::DefaultServerPolicy { .. } => 4,
        Change::ProvisioningRetry { .. } => 5,
    }
}

/// Whether the change is made in the customer's Okta org (needs the Okta API token).
pub fn in_okta(change: &Change) -> bool {
    matches!(
        change,
        Change::AppAddRedirectUri { .. }
            | Change::AppAllowAuthorizationCode { .. }
            | Change::DefaultServerPolicy { .. }
    )
}

/// The change in words, with the request it takes.
pub fn describe(change: &Change) -> String {
    match change {
        Change::TenantOktaDomain { slug, okta_domain } => format!(
            "set tenant {slug}'s Okta domain to {okta_domain} (PATCH /admin/v1/tenants/{slug})"
        ),
        Change::TenantEnable { slug } => {
            format!("enable tenant {slug} (PATCH /admin/v1/tenants/{slug} status active)")
        }
        Change::ProvisioningRetry { slug } => format!(
            "retry tenant {slug}'s provisioning and wait for it (POST /admin/v1/tenants/{slug}/provisioning/retry)"
        ),
        Change::AppAddRedirectUri {
            app_id,
            redirect_uri,
        } => format!(
            "add the sign-in redirect URI {redirect_uri} to Okta app {app_id} (GET, PUT the whole app, GET)"
        ),
        Change::AppAllowAuthorizationCode { app_id } => format!(
            "allow the Authorization Code grant (response type code) on Okta app {app_id} (GET, PUT the whole app, GET)"
        ),
        Change::DefaultServerPolicy { client_id } => format!(
            "add the access policy \"{}\" for client {client_id} only, priority 1, to the authorization server default, with the rule \"{}\": Authorization Code, Everyone, any scopes (two POSTs)",
            setup::POLICY_NAME,
            setup::RULE_NAME
        ),
    }
}

/// Why one change was not made.
#[derive(Debug)]
pub enum FixError {
    Service(anyhow::Error),
    Okta(WriteError),
    /// An Okta change without an Okta API token.
    NoOktaToken,
}

impl std::fmt::Display for FixError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FixError::Service(e) => write!(f, "{e}"),
            FixError::Okta(e) => write!(f, "{e}"),
            FixError::NoOktaToken => f.write_str(
                "it is made in Okta and needs an Okta API token (SSOCTL_OKTA_API_TOKEN)",
            ),
        }
    }
}

/// How long a provisioning retry is waited for.
pub const PROVISIONING_WAIT: Duration = Duration::from_secs(30);

/// Applies one change.
pub async fn apply(
    change: &Change,
    api: &Client,
    mgmt: Option<&Mgmt<'_>>,
) -> std::result::Result<(), FixError> {
    match change {
        Change::TenantOktaDomain { slug, okta_domain } => patch(
            api,
            slug,
            TenantChanges {
                okta_domain: Some(okta_domain.clone()),
                ..Default::default()
            },
        )
        .await
        .map_err(FixError::Service),
        Change::TenantEnable { slug } => patch(
            api,
            slug,
            TenantChanges {
                status: Some("active".into()),
                ..Default::default()
            },
        )
        .await
        .map_err(FixError::Service),
        Change::ProvisioningRetry { slug } => retry_provisioning(api, slug)
            .await
            .map_err(FixError::Service),
        okta_change => {
            let mgmt = mgmt.ok_or(FixError::NoOktaToken)?;
            apply_in_okta(okta_change, mgmt)
                .await
                .map_err(FixError::Okta)
        }
    }
}

async fn apply_in_okta(change: &Change, mgmt: &Mgmt<'_>) -> std::result::Result<(), WriteError> {
    let steps = match change {
        Change::AppAddRedirectUri {
            app_id,
            redirect_uri,
        } => vec![Step::AddRedirectUri {
            app: existing(app_id),
            redirect_uri: redirect_uri.clone(),
        }],
        Change::AppAllowAuthorizationCode { app_id } => {
            vec![Step::AllowAuthorizationCode {
                app: existing(app_id),
            }]
        }
        Change::DefaultServerPolicy { client_id } => vec![
            Step::CreatePolicy {
                app: existing(client_id),
                name: setup::POLICY_NAME.into(),
            },
            Step::CreateRule {
                policy: PolicyRef::Created,
                name: setup::RULE_NAME.into(),
            },
        ],
        _ => vec![],
    };
    let mut progress = Progress::default();
    setup::apply(mgmt, &steps, &mut progress, &mut |_| {})
        .await
        .map_err(|failed| failed.error)
}

fn existing(id: &str) -> AppRef {
    AppRef::Existing {
        app_id: id.to_owned(),
        client_id: id.to_owned(),
    }
}

/// `PATCH` with the ETag just read: an edit made since is a conflict.
async fn patch(api: &Client, slug: &str, changes: TenantChanges) -> Result<()> {
    let current = api.tenant(slug).await?;
    let changes = changes.not_yet_in(&current.value);
    if changes.is_empty() {
        return Ok(());
    }
    let etag = current.etag.ok_or_else(|| {
        CliError::general(format!("the service sent tenant {slug} without an ETag"))
    })?;
    api.update_tenant(slug, &changes, None, &etag).await?;
    Ok(())
}

async fn retry_provisioning(api: &Client, slug: &str) -> Result<()> {
    let key = crate::api::register::idempotency_key();
    api.retry_provisioning(slug, &key).await?;
    let deadline = tokio::time::Instant::now() + PROVISIONING_WAIT;
    loop {
        let state = api.provisioning(slug).await?;
        if state.is_finished() {
            return Ok(());
        }
        if tokio::time::Instant::now() >= deadline {
            return Err(CliError::general(format!(
                "provisioning of {slug} did not finish within {}s",
                PROVISIONING_WAIT.as_secs()
            ))
            .hint(format!(
                "follow it with `ssoctl provisioning status {slug}`"
            ))
            .into());
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::remedy;
    use crate::finding::Finding;

    #[test]
    fn only_machine_applicable_changes_once_and_tenant_first() {
        let mut report = Report::of_tenant("t");
        report.push(Finding::error("a", "x").remedy(remedy::app_allow_authorization_code("0oa1")));
        report.push(Finding::error("b", "x").remedy(remedy::tenant_okta_domain("t", "d.okta.com")));
        report.push(Finding::error("c", "x").remedy(remedy::app_allow_authorization_code("0oa1")));
        report.push(Finding::error("d", "x").remedy(remedy::console("Applications")));
        report.push(
            Finding::error("e", "x")
                .remedy(remedy::command("ssoctl tenant update t --rotate-secret")),
        );
        report.push(Finding::error("f", "x").remedy(Remedy::Change {
            change: Change::TenantEnable { slug: "t".into() },
            applicability: Applicability::MaybeIncorrect,
            command: None,
        }));
        assert_eq!(
            planned(&report),
            vec![
                Change::TenantOktaDomain {
                    slug: "t".into(),
                    okta_domain: "d.okta.com".into()
                },
                Change::AppAllowAuthorizationCode {
                    app_id: "0oa1".into()
                },
            ]
        );
    }
}
