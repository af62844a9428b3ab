//! An emulated Okta org's configuration, as it is persisted with the rest of
//! the sandbox state, and the public types the knobs take and return.
//!
//! Field names follow Okta's Management API where there is one, so the
//! `mgmt` views are plain renderings of these records.

use serde::{Deserialize, Serialize};

/// One emulated org.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct OrgRecord {
    /// What knobs and tests call the org: the demo tenant's slug (`acme-corp`).
    pub name: String,
    /// `integrator-1000001`: the org is served at `http://{subdomain}.localhost:PORT`.
    pub subdomain: String,
    /// `00o…`, as `/.well-known/okta-organization` shows it.
    pub id: String,
    /// A custom URL domain (a host without port, e.g. `login.globex.localhost`).
    #[serde(default)]
    pub custom_domain: Option<String>,
    /// `idx` (Identity Engine) or `v1` (Classic).
    pub pipeline: String,
    /// Every org has the built-in Everyone group; other groups follow.
    pub groups: Vec<GroupRecord>,
    pub users: Vec<UserRecord>,
    pub apps: Vec<AppRecord>,
    /// The `default` custom authorization server; `None` for an org without
    /// API Access Management.
    pub default_server: Option<AuthServerRecord>,
    pub created: String,
}

impl OrgRecord {
    /// The built-in Everyone group (always the first group).
    pub fn everyone_id(&self) -> &str {
        self.groups.first().map_or("", |g| g.id.as_str())
    }

    pub fn app_by_client_id(&self, client_id: &str) -> Option<&AppRecord> {
        self.apps.iter().find(|a| a.client_id == client_id)
    }

    pub fn app_by_id(&self, id: &str) -> Option<&AppRecord> {
        self.apps.iter().find(|a| a.id == id || a.client_id == id)
    }

    pub fn user_by_login(&self, login: &str) -> Option<&UserRecord> {
        self.users
            .iter()
            .find(|u| u.login.eq_ignore_ascii_case(login) || u.id == login)
    }

    pub fn user_by_id(&self, id: &str) -> Option<&UserRecord> {
        self.users.iter().find(|u| u.id == id)
    }

    /// The group ids `user` is in, Everyone included.
    pub fn groups_of(&self, user: &UserRecord) -> Vec<String> {
        let mut ids = vec![self.everyone_id().to_owned()];
        ids.extend(user.groups.iter().cloned());
        ids
    }

    /// Whether `user` is assigned to `app`, directly or through a group.
    pub fn is_assigned(&self, app: &AppRecord, user: &UserRecord) -> bool {
        app.assigned_users.contains(&user.id)
            || self
                .groups_of(user)
                .iter()
                .any(|g| app.assigned_groups.contains(g))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct GroupRecord {
    pub id: String,
    pub name: String,
    pub description: String,
    /// `BUILT_IN` (Everyone) or `OKTA_GROUP`.
    pub kind: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct UserRecord {
    /// `00u…`: the ID token's `sub`.
    pub id: String,
    pub login: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// The sandbox's users have known passwords: they are demo users.
    pub password: String,
    /// Group ids besides Everyone.
    pub groups: Vec<String>,
}

impl UserRecord {
    pub fn name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}

/// An OIDC app integration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct AppRecord {
    /// `0oa…`; the client id equals it, as for apps created without a custom one.
    pub id: String,
    pub client_id: String,
    /// The app's client secrets (`…/credentials/secrets`): at most
    /// [`MAX_CLIENT_SECRETS`]; every ACTIVE one authenticates.
    #[serde(default)]
    pub client_secrets: Vec<ClientSecretRecord>,
    /// A state file written before apps held a list: its one secret, moved
    /// into `client_secrets` when the state is loaded ([`AppRecord::migrate`]).
    #[serde(default, rename = "client_secret", skip_serializing)]
    pub legacy_client_secret: Option<String>,
    pub label: String,
    /// `ACTIVE` or `INACTIVE`.
    pub status: String,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub grant_types: Vec<String>,
    pub response_types: Vec<String>,
    /// `client_secret_basic`, `client_secret_post`, …
    pub token_endpoint_auth_method: String,
    /// `web`, `native`, `browser`, `service`.
    pub application_type: String,
    pub pkce_required: bool,
    pub assigned_users: Vec<String>,
    pub assigned_groups: Vec<String>,
    pub created: String,
}

/// Okta refuses a third client secret (docs/okta-behaviour.md, REAL 2022).
pub(crate) const MAX_CLIENT_SECRETS: usize = 2;

impl AppRecord {
    /// Whether `secret` is one of the app's ACTIVE secrets: both work until
    /// one is deactivated; an INACTIVE one is refused like a wrong one.
    pub fn accepts_secret(&self, secret: &str) -> bool {
        self.client_secrets
            .iter()
            .any(|s| s.is_active() && s.secret == secret)
    }

    /// The newest ACTIVE secret ("the app's secret" of the knobs and tests).
    pub fn current_secret(&self) -> Option<&str> {
        self.client_secrets
            .iter()
            .rev()
            .find(|s| s.is_active())
            .map(|s| s.secret.as_str())
    }

    /// Moves a legacy single secret into the list.
    pub fn migrate(&mut self) {
        if let Some(secret) = self.legacy_client_secret.take()
            && self.client_secrets.is_empty()
        {
            self.client_secrets = vec![ClientSecretRecord::active(secret, &self.created)];
        }
    }
}

/// One of an app's client secrets (`OAuth2ClientSecret`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ClientSecretRecord {
    /// `ocs…`.
    pub id: String,
    pub secret: String,
    /// `ACTIVE` or `INACTIVE`.
    pub status: String,
    pub created: String,
    pub last_updated: String,
}

impl ClientSecretRecord {
    /// A new ACTIVE secret with a fresh `ocs…` id: what an app created with
    /// one secret holds, and what `POST …/credentials/secrets` adds.
    pub fn active(secret: impl Into<String>, created: &str) -> Self {
        ClientSecretRecord {
            id: super::random_id("ocs"),
            secret: secret.into(),
            status: "ACTIVE".into(),
            created: created.to_owned(),
            last_updated: created.to_owned(),
        }
    }

    pub fn is_active(&self) -> bool {
        self.status == "ACTIVE"
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct AuthServerRecord {
    /// `aus…`; the paths use the literal `default` all the same.
    pub id: String,
    pub name: String,
    pub description: String,
    pub audiences: Vec<String>,
    /// `ORG_URL`, `CUSTOM_URL` or `DYNAMIC`.
    pub issuer_mode: String,
    pub status: String,
    pub policies: Vec<PolicyRecord>,
    pub created: String,
}

/// An access policy (`OAUTH_AUTHORIZATION_POLICY`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct PolicyRecord {
    pub id: String,
    pub name: String,
    pub description: String,
    pub status: String,
    pub priority: u32,
    /// `conditions.clients.include`: `ALL_CLIENTS` or client ids.
    pub clients: Vec<String>,
    pub rules: Vec<RuleRecord>,
    pub created: String,
}

/// A policy rule (`RESOURCE_ACCESS`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct RuleRecord {
    pub id: String,
    pub name: String,
    pub status: String,
    pub priority: u32,
    pub grant_types: Vec<String>,
    pub users_include: Vec<String>,
    pub users_exclude: Vec<String>,
    /// Group ids; the Everyone group's id stands for "any user".
    pub groups_include: Vec<String>,
    pub groups_exclude: Vec<String>,
    /// `*` for any scope.
    pub scopes: Vec<String>,
    pub access_token_lifetime_minutes: u32,
    pub created: String,
}

// ---------------------------------------------------------------- knob types

/// A change to an org's app (`None` leaves a field alone). As JSON for
/// `PATCH /_sandbox/okta/{org}/app`: `{"redirect_uris": ["…"], "client_secret": "…"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OktaAppPatch {
    #[serde(default)]
    pub redirect_uris: Option<Vec<String>>,
    /// The app's sign-out (logout) redirect URIs.
    #[serde(default)]
    pub post_logout_redirect_uris: Option<Vec<String>>,
    #[serde(default)]
    pub grant_types: Option<Vec<String>>,
    #[serde(default)]
    pub response_types: Option<Vec<String>>,
    #[serde(default)]
    pub client_secret: Option<String>,
    /// `ACTIVE` or `INACTIVE`.
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub token_endpoint_auth_method: Option<String>,
    #[serde(default)]
    pub pkce_required: Option<bool>,
}

/// An access policy of the `default` server, as a knob writes it. JSON:
/// `{"name": "Biometry SSO Policy", "clients": ["ALL_CLIENTS"], "rules": [{"name": "r", "grant_types": ["authorization_code"]}]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OktaPolicy {
    pub name: String,
    /// `ACTIVE` (default) or `INACTIVE`.
    #[serde(default = "active")]
    pub status: String,
    /// Defaults to the policy's position in the list, from 1.
    #[serde(default)]
    pub priority: Option<u32>,
    /// `ALL_CLIENTS` (default) or client ids.
    #[serde(default = "all_clients")]
    pub clients: Vec<String>,
    #[serde(default)]
    pub rules: Vec<OktaRule>,
}

/// A rule of an [`OktaPolicy`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OktaRule {
    pub name: String,
    #[serde(default = "active")]
    pub status: String,
    #[serde(default)]
    pub priority: Option<u32>,
    pub grant_types: Vec<String>,
    /// Users by login or `00u…` id.
    #[serde(default)]
    pub users: Vec<String>,
    /// `EVERYONE` (default when `users` is empty too) or group ids.
    #[serde(default)]
    pub groups: Vec<String>,
    /// `*` (default) or scope names.
    #[serde(default = "any_scope")]
    pub scopes: Vec<String>,
}

fn active() -> String {
    "ACTIVE".into()
}

fn all_clients() -> Vec<String> {
    vec!["ALL_CLIENTS".into()]
}

fn any_scope() -> Vec<String> {
    vec!["*".into()]
}

/// Who is assigned to an org's app. JSON: `{"everyone": false, "users": ["roy@tyrell.example"]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OktaAssignment {
    /// Assigned to the Everyone group.
    #[serde(default)]
    pub everyone: bool,
    /// Users by login or id.
    #[serde(default)]
    pub users: Vec<String>,
}

/// How the next ID tokens of an org are broken (until cleared).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BrokenIdToken {
    /// `iss` is the org authorization server's issuer, not the `default` one.
    WrongIss,
    /// `aud` is another client's id.
    WrongAud,
    /// Issued two hours ago, expired one hour ago.
    Expired,
    /// `alg: none` and no signature.
    AlgNone,
    /// A valid header and claims with a corrupted signature.
    BadSignature,
    /// Signed with the org's key but named by a `kid` no JWKS has.
    UnknownKid,
    /// `nonce` differs from the one sent to `/authorize`.
    WrongNonce,
    /// The org rotated its key: tokens are signed with the second key and the
    /// JWKS serves only that one (a client that refetches it still verifies).
    RotatedKey,
}

impl BrokenIdToken {
    pub const ALL: [BrokenIdToken; 8] = [
        Self::WrongIss,
        Self::WrongAud,
        Self::Expired,
        Self::AlgNone,
        Self::BadSignature,
        Self::UnknownKid,
        Self::WrongNonce,
        Self::RotatedKey,
    ];
}

/// A demo user of an org, with the password the login form takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OktaUser {
    /// `00u…`: the ID token's `sub`.
    pub id: String,
    pub login: String,
    pub password: String,
    pub name: String,
    /// Whether the user is assigned to the org's app.
    pub assigned: bool,
}

/// What a test needs to know about an emulated org.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OktaOrg {
    /// The knob key: the demo tenant's slug, e.g. `acme-corp`.
    pub name: String,
    /// `integrator-1000001.localhost:PORT`: what a customer types as the Okta domain.
    pub domain: String,
    /// `http://integrator-1000001.localhost:PORT` (the org authorization server's issuer).
    pub url: String,
    /// `http://integrator-1000001-admin.localhost:PORT`.
    pub admin_url: String,
    /// `http://…/oauth2/default`, or `None` when the org has no custom authorization server.
    pub issuer: Option<String>,
    /// `http://login.globex.localhost:PORT` when the org has a custom domain.
    pub custom_domain_url: Option<String>,
    /// The app's client id and secret (the real one, whatever the service has on file).
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uris: Vec<String>,
    /// The first user is the one tests sign in with.
    pub users: Vec<OktaUser>,
    /// The SSWS token the org's Management API accepts.
    pub api_token: String,
    /// What the demo seed made wrong in this org, in one line.
    pub seeded_flaw: Option<String>,
}
