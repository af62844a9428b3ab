//! What the collector learned about one subject, as plain data: saved with
//! `doctor --save-facts`, judged again offline with `--from-facts`. No
//! secret is ever part of it (the client secret and the tokens are inputs
//! of the collector, never facts).

use serde::{Deserialize, Serialize};

use crate::api::{Provisioning, SecretCheck, Tenant};
use crate::http::HttpError;
use crate::okta::discovery::Discovery;
use crate::okta::fetch::{FetchError, OktaError, StatusFailure};
use crate::okta::jwks::JwkSet;
use crate::okta::mgmt::{App, AppUser, Group, MgmtError, Policy, Rule, User};
use crate::okta::org::OktaOrganization;
use crate::okta::probe::{AuthorizeOutcome, CredentialVerdict};

/// The version of the facts file; a file of another version is refused.
pub const FACTS_VERSION: u32 = 1;

/// One fact: obtained, could not be obtained (and why), or not asked for
/// because an input was missing (and which).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Fact<T> {
    Got { value: T },
    Failed { failure: Failure },
    NotAsked { missing: Missing },
}

impl<T> Fact<T> {
    pub fn got(&self) -> Option<&T> {
        match self {
            Fact::Got { value } => Some(value),
            _ => None,
        }
    }

    pub fn from_result<E: Into<Failure>>(result: Result<T, E>) -> Fact<T> {
        match result {
            Ok(value) => Fact::Got { value },
            Err(e) => Fact::Failed { failure: e.into() },
        }
    }
}

/// What was not given, so a fact was not asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    OktaApiToken,
    ClientSecret,
    /// An earlier fact it depends on (the discovery document, the app).
    Prerequisite,
}

/// Why a fact could not be obtained, in a form the rules can judge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Failure {
    /// The host name does not resolve.
    Dns {
        summary: String,
    },
    /// Connection refused or reset, or no answer in time.
    Unreachable {
        summary: String,
    },
    /// The TLS handshake failed (a corporate proxy, a private CA).
    Tls {
        summary: String,
    },
    /// An answer with a status other than the one expected.
    Status {
        status: u16,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        #[serde(default)]
        html: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        request_id: Option<String>,
    },
    /// 200, but not the document expected.
    Invalid {
        summary: String,
    },
    /// Okta refused the API token (E0000011).
    BadToken,
    /// The token's admin may not read this (E0000006, E0000005, 403).
    Forbidden {
        code: String,
    },
    /// The org lacks API Access Management (E0000015).
    FeatureMissing,
    RateLimited,
    NotFound,
}

impl Failure {
    /// One line for a finding: what came back.
    pub fn summary(&self) -> String {
        match self {
            Failure::Dns { summary }
            | Failure::Unreachable { summary }
            | Failure::Tls { summary }
            | Failure::Invalid { summary } => summary.clone(),
            Failure::Status {
                status,
                code,
                description,
                html,
                request_id,
            } => {
                let mut text = match (code, description) {
                    (Some(code), Some(d)) if !d.is_empty() => {
                        format!("HTTP {status}: {d} ({code})")
                    }
                    (Some(code), _) => format!("HTTP {status} ({code})"),
                    _ if *html => format!("HTTP {status} with an HTML page"),
                    _ => format!("HTTP {status}"),
                };
                if let Some(id) = request_id {
                    text.push_str(&format!(" (request id {id})"));
                }
                text
            }
            Failure::BadToken => "Okta refused the API token (E0000011: invalid or expired)".into(),
            Failure::Forbidden { code } => {
                format!("the API token's admin may not read this ({code})")
            }
            Failure::FeatureMissing => {
                "the org lacks the feature (E0000015, API Access Management)".into()
            }
            Failure::RateLimited => "Okta's rate limit was reached (E0000047)".into(),
            Failure::NotFound => "not found".into(),
        }
    }

    pub fn is_transport(&self) -> bool {
        matches!(
            self,
            Failure::Dns { .. } | Failure::Unreachable { .. } | Failure::Tls { .. }
        )
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            Failure::Status { status, .. } => Some(*status),
            Failure::NotFound => Some(404),
            _ => None,
        }
    }
}

impl From<&HttpError> for Failure {
    fn from(e: &HttpError) -> Failure {
        let summary = e.to_string();
        match e {
            HttpError::Tls { .. } => Failure::Tls { summary },
            HttpError::Connect { reason, .. }
                if reason.contains("dns")
                    || reason.contains("resolve")
                    || reason.contains("lookup") =>
            {
                Failure::Dns { summary }
            }
            HttpError::Connect { .. }
            | HttpError::Timeout { .. }
            | HttpError::Interrupted { .. } => Failure::Unreachable { summary },
            _ => Failure::Invalid { summary },
        }
    }
}

impl From<FetchError> for Failure {
    fn from(e: FetchError) -> Failure {
        match e {
            FetchError::Transport(e) => Failure::from(&e),
            FetchError::Status(failure) => {
                let StatusFailure {
                    status,
                    okta,
                    html,
                    request_id,
                } = *failure;
                let (code, description) = match okta {
                    Some(OktaError {
                        code, description, ..
                    }) => (Some(code), Some(description).filter(|d| !d.is_empty())),
                    None => (None, None),
                };
                Failure::Status {
                    status,
                    code,
                    description,
                    html,
                    request_id,
                }
            }
            FetchError::Invalid(summary) => Failure::Invalid { summary },
        }
    }
}

impl From<MgmtError> for Failure {
    fn from(e: MgmtError) -> Failure {
        match e {
            MgmtError::BadToken => Failure::BadToken,
            MgmtError::Forbidden { code } => Failure::Forbidden { code },
            MgmtError::NotFound => Failure::NotFound,
            MgmtError::RateLimited => Failure::RateLimited,
            MgmtError::FeatureMissing => Failure::FeatureMissing,
            MgmtError::Other(e) => e.into(),
        }
    }
}

/// The subject of a run: a registered tenant, or Okta details before
/// registration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    /// The tenant slug (registered, or the one the customer chose).
    pub slug: Option<String>,
    /// The Okta domain as given (before registration) or as registered.
    pub okta_domain: Option<String>,
    pub client_id: Option<String>,
    /// The redirect URI the service sends for the slug.
    pub redirect_uri: Option<String>,
    /// True when the subject is a registered tenant (read from the service).
    pub registered: bool,
}

/// Everything known about one subject.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Facts {
    pub version: u32,
    pub subject: Subject,
    /// The tenant as the service has it (registered subjects only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<Fact<Tenant>>,
    /// The redirect URI the profile's auth_url gives for the slug, to
    /// compare with the service's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_redirect_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provisioning: Option<Fact<Provisioning>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_check: Option<Fact<SecretCheck>>,
    /// The Okta side; `None` when there is no domain to ask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub okta: Option<OktaFacts>,
}

/// The domain string, judged before any request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum DomainFact {
    Parsed {
        host: String,
        /// `okta`, `custom` or `loopback`.
        kind: String,
        base: String,
    },
    Invalid {
        problem: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        suggestion: Option<String>,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OktaFacts {
    pub input: String,
    pub domain: DomainFact,
    /// The rest is `None` when the domain string was not usable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reads: Option<OrgReads>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrgReads {
    pub organization: Fact<OktaOrganization>,
    pub org_discovery: Fact<Discovery>,
    pub default_discovery: Fact<Discovery>,
    pub default_oauth: Fact<Discovery>,
    pub keys: Fact<JwkSet>,
    pub authorize: Fact<AuthorizeOutcome>,
    pub credentials: Fact<Credentials>,
    pub mgmt: Fact<MgmtFacts>,
}

/// The client-credentials probes: the secret (at `/revoke`, or `/token`
/// with a made-up code) and, when both exist, the grant (at `/token`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    pub secret: CredentialVerdict,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant: Option<CredentialVerdict>,
}

/// Management API reads (an Okta API token was given).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MgmtFacts {
    pub app: Fact<App>,
    pub app_groups: Fact<Vec<String>>,
    pub everyone: Fact<Option<Group>>,
    pub policies: Fact<Vec<PolicyFacts>>,
    /// One person who cannot sign in (`doctor --user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserFacts>,
}

/// What the Management API says about one user (`doctor --user LOGIN`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserFacts {
    pub login: String,
    pub user: Fact<User>,
    /// The user's assignment to the app; `None`: not assigned.
    pub app_user: Fact<Option<AppUser>>,
    pub groups: Fact<Vec<Group>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PolicyFacts {
    pub policy: Policy,
    pub rules: Fact<Vec<Rule>>,
}

/// A facts file: one entry per subject of the run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FactsFile {
    pub version: u32,
    pub subjects: Vec<Facts>,
}
