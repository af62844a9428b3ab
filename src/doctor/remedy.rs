//! The remedies the rules attach to findings, with the real values filled
//! in. A change to the tenant or the Okta org is data (`Remedy::Change`),
//! so that `doctor --fix` can apply it exactly as shown.

pub use crate::finding::{Applicability, Change, Remedy};

pub fn command(command: impl Into<String>) -> Remedy {
    Remedy::command(command)
}

pub fn console(path: impl Into<String>) -> Remedy {
    Remedy::console(path)
}

pub fn tenant_okta_domain(slug: &str, okta_domain: &str) -> Remedy {
    Remedy::change(
        Change::TenantOktaDomain {
            slug: slug.to_string(),
            okta_domain: okta_domain.to_string(),
        },
        Some(format!(
            "ssoctl tenant update {slug} --okta-domain {okta_domain}"
        )),
    )
}

pub fn tenant_enable(slug: &str) -> Remedy {
    Remedy::change(
        Change::TenantEnable {
            slug: slug.to_string(),
        },
        Some(format!("ssoctl tenant enable {slug}")),
    )
}

pub fn provisioning_retry(slug: &str) -> Remedy {
    Remedy::change(
        Change::ProvisioningRetry {
            slug: slug.to_string(),
        },
        Some(format!("ssoctl provisioning retry {slug} --wait")),
    )
}

pub fn app_add_redirect_uri(app_id: &str, redirect_uri: &str) -> Remedy {
    Remedy::change(
        Change::AppAddRedirectUri {
            app_id: app_id.to_string(),
            redirect_uri: redirect_uri.to_string(),
        },
        None,
    )
}

pub fn app_allow_authorization_code(app_id: &str) -> Remedy {
    Remedy::change(
        Change::AppAllowAuthorizationCode {
            app_id: app_id.to_string(),
        },
        None,
    )
}

/// A new access policy for this client only, at priority 1, with the
/// guide's rule: it is evaluated first for this client and never for the
/// org's other apps (an `ALL_CLIENTS` one would be a guess about their
/// intent), so a tool may apply it.
pub fn default_server_policy(client_id: &str) -> Remedy {
    Remedy::Change {
        change: Change::DefaultServerPolicy {
            client_id: client_id.to_string(),
        },
        applicability: Applicability::MachineApplicable,
        command: None,
    }
}
