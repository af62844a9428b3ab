//! The admin API's resources (docs/admin-api.md). Field names are the API's,
//! and they are also the stable field names of `--output json`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tenant {
    pub slug: String,
    pub company_name: String,
    pub okta_domain: String,
    pub client_id: String,
    pub client_secret_last4: Option<String>,
    /// `pending`, `active` or `disabled`.
    pub status: String,
    /// The provisioning record's state (`not_started`, `in_progress`,
    /// `succeeded`, `failed`); older services omit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provisioning_state: Option<String>,
    pub redirect_uri: String,
    pub dashboard_url: Option<String>,
    pub version: Option<u64>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    /// Present only while a registration submitted with an invitation
    /// awaits support's review (`ssoctl tenant approve`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

impl Tenant {
    /// A registration submitted with an invitation, not yet approved.
    pub fn awaits_review(&self) -> bool {
        self.review.as_ref().is_some_and(|r| r.state == "pending")
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Review {
    /// `pending`.
    pub state: String,
    pub invitation_id: Option<String>,
    pub submitted_at: Option<String>,
}

/// An invitation to register one slug; the token is never part of it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Invitation {
    pub id: String,
    pub slug: String,
    pub company_name: String,
    /// `open`, `redeemed` or `expired`.
    pub status: String,
    pub redirect_uri: String,
    pub expires_at: String,
    pub created_at: Option<String>,
    pub created_by: Option<String>,
    pub redeemed_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InvitationList {
    pub invitations: Vec<Invitation>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TenantPage {
    pub tenants: Vec<Tenant>,
    pub next_cursor: Option<String>,
}

/// A resource with the `ETag` it was read with.
#[derive(Debug, Clone)]
pub struct Versioned<T> {
    pub value: T,
    pub etag: Option<String>,
}

/// The fields `tenant update` may change; `None` leaves a field alone.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TenantChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub okta_domain: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl TenantChanges {
    /// The changes that `tenant` does not already have.
    pub fn not_yet_in(&self, tenant: &Tenant) -> TenantChanges {
        let differs = |want: &Option<String>, have: &str| want.clone().filter(|w| w != have);
        TenantChanges {
            company_name: differs(&self.company_name, &tenant.company_name),
            okta_domain: differs(&self.okta_domain, &tenant.okta_domain),
            client_id: differs(&self.client_id, &tenant.client_id),
            status: differs(&self.status, &tenant.status),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == TenantChanges::default()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subscription {
    pub plan: String,
    pub status: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Owner {
    pub email: String,
    pub role: String,
    pub project_role: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProvisioningError {
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Provisioning {
    pub slug: String,
    /// `not_started`, `in_progress`, `succeeded` or `failed`.
    pub state: String,
    pub project_id: Option<String>,
    pub subscription: Option<Subscription>,
    pub owner: Option<Owner>,
    #[serde(default)]
    pub users_count: u64,
    #[serde(default)]
    pub attempts: u64,
    pub last_attempt_at: Option<String>,
    pub last_error: Option<ProvisioningError>,
}

impl Provisioning {
    pub fn is_finished(&self) -> bool {
        self.state != "in_progress"
    }

    /// The guide's "Dashboard loads but project_id is empty".
    pub fn project_missing(&self) -> bool {
        self.project_id.as_deref().is_none_or(str::is_empty)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct User {
    pub email: String,
    pub role: String,
    pub project_role: String,
    pub first_login_at: Option<String>,
    pub last_login_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserList {
    pub users: Vec<User>,
}

/// One field a write changed. For the client secret there are no values,
/// only `rotated`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rotated: bool,
}

/// One write to a tenant: who, when, with which request, what changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TenantEvent {
    pub id: u64,
    pub slug: String,
    pub at: String,
    pub actor: String,
    pub request_id: Option<String>,
    pub action: String,
    #[serde(default)]
    pub changes: Vec<FieldChange>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventPage {
    pub events: Vec<TenantEvent>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Origin {
    pub origin: String,
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OriginList {
    pub origins: Vec<Origin>,
}

/// The service's own probe of a tenant's client secret.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecretCheck {
    /// `valid`, `invalid_client`, `unknown_client` or `unreachable`.
    pub result: String,
    pub detail: Option<String>,
    pub checked_at: Option<String>,
}

/// `{auth_url}/okta-login/{slug}`, the URI the customer's Okta app must
/// list: a rule of the login contract (docs/login-api.md).
pub fn expected_redirect_uri(auth_url: &url::Url, slug: &str) -> String {
    format!("{}/okta-login/{slug}", crate::config::display_url(auth_url))
}
