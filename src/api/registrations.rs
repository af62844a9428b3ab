//! The customer's side of invitations: no admin token, only the one-time
//! invitation token support sent. [`invitation`] reads what it invites to
//! (so the caller can check Okta for the right slug first); [`submit`]
//! sends the Okta details, and the service checks the secret with Okta
//! before it keeps anything. `tenant submit` uses both; `okta setup
//! --invite-stdin` can too.

use reqwest::Method;
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderName};
use serde_json::json;
use url::Url;

use super::error::{StatusError, api_error, status_error};
use super::{ApiError, InvalidResponse, Invitation, Tenant};
use crate::error::{CliError, ErrorKind};
use crate::http::{HttpClient, Request, Response};
use crate::secret::Secret;

/// What the customer submits. The secret travels only in the request body.
#[derive(Debug, Clone)]
pub struct RegistrationDetails {
    pub okta_domain: String,
    pub client_id: String,
    pub client_secret: Secret,
}

/// The registration as the service keeps it: a tenant pending review.
pub type Registration = Tenant;

/// Why the service refused an invitation or a registration, by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No token reached the service.
    InvitationRequired,
    /// The service never issued this token (or re-issued it since).
    InvitationUnknown,
    /// Already redeemed: an invitation works once.
    InvitationUsed,
    InvitationExpired,
    /// Okta refused the client secret; nothing was kept.
    ClientSecretInvalid,
    /// Okta has no such client.
    ClientUnknown,
    /// The service could not reach Okta to check the secret.
    OktaUnreachable,
    /// The slug was registered meanwhile.
    TenantExists,
    /// A field is invalid (`validation_failed`).
    Invalid,
}

impl Refusal {
    fn of(code: Option<&str>) -> Option<Self> {
        Some(match code? {
            "invitation_required" => Self::InvitationRequired,
            "invitation_unknown" => Self::InvitationUnknown,
            "invitation_used" => Self::InvitationUsed,
            "invitation_expired" => Self::InvitationExpired,
            "client_secret_invalid" => Self::ClientSecretInvalid,
            "client_unknown" => Self::ClientUnknown,
            "okta_unreachable" => Self::OktaUnreachable,
            "tenant_exists" => Self::TenantExists,
            "validation_failed" => Self::Invalid,
            _ => return None,
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RegistrationError {
    #[error("{} (HTTP {})", .status.message, .status.status)]
    Refused {
        refusal: Refusal,
        status: Box<StatusError>,
    },
    #[error(transparent)]
    Api(#[from] ApiError),
}

impl RegistrationError {
    pub fn refusal(&self) -> Option<Refusal> {
        match self {
            Self::Refused { refusal, .. } => Some(*refusal),
            Self::Api(_) => None,
        }
    }
}

fn url(service_url: &Url, segments: &[&str]) -> Url {
    let mut url = service_url.clone();
    if let Ok(mut path) = url.path_segments_mut() {
        path.pop_if_empty();
        path.extend(segments);
    }
    url
}

fn request(method: Method, url: Url, invitation: &Secret) -> Request {
    Request::new(method, url)
        .header(AUTHORIZATION, &format!("Bearer {}", invitation.expose()))
        .header(ACCEPT, "application/json")
}

async fn send<T: serde::de::DeserializeOwned>(
    http: &HttpClient,
    request: Request,
) -> Result<T, RegistrationError> {
    let method = request.method.clone();
    let response: Response = http.send(request).await.map_err(ApiError::from)?;
    if !response.status.is_success() {
        return Err(match status_error(method, &response) {
            ApiError::Status(status) => match Refusal::of(status.code.as_deref()) {
                Some(refusal) => RegistrationError::Refused { refusal, status },
                None => ApiError::Status(status).into(),
            },
            other => other.into(),
        });
    }
    serde_json::from_slice(&response.body).map_err(|e| {
        ApiError::InvalidResponse(Box::new(InvalidResponse {
            method,
            url: response.url.clone(),
            status: response.status.as_u16(),
            request_id: response.request_id().map(str::to_string),
            problem: format!(
                "the JSON does not match the API contract ({})",
                crate::error::parse_problem(&e.to_string())
            ),
        }))
        .into()
    })
}

/// `GET /v1/invitation`: the slug, company name, redirect URI and expiry
/// the token invites to. Reading it changes nothing.
pub async fn invitation(
    http: &HttpClient,
    service_url: &Url,
    invitation: &Secret,
) -> Result<Invitation, RegistrationError> {
    let request = request(
        Method::GET,
        url(service_url, &["v1", "invitation"]),
        invitation,
    );
    send(http, request).await
}

/// `POST /v1/registrations`: redeems the invitation with `details`. The
/// service checks the secret with Okta first; a refused secret burns
/// nothing. `idempotency_key` makes a retry after a lost answer safe.
pub async fn submit(
    http: &HttpClient,
    service_url: &Url,
    invitation: &Secret,
    details: &RegistrationDetails,
    idempotency_key: &str,
) -> Result<Registration, RegistrationError> {
    let body = json!({
        "okta_domain": details.okta_domain,
        "client_id": details.client_id,
        "client_secret": details.client_secret.expose(),
    });
    let request = request(
        Method::POST,
        url(service_url, &["v1", "registrations"]),
        invitation,
    )
    .header(HeaderName::from_static("idempotency-key"), idempotency_key)
    .json(&body);
    send(http, request).await
}

/// The error as the customer sees it: what happened, whether anything was
/// kept, and who can fix it.
pub fn cli_error(error: &RegistrationError) -> CliError {
    let (refusal, status) = match error {
        RegistrationError::Api(e) => return api_error(e),
        RegistrationError::Refused { refusal, status } => (*refusal, status),
    };
    let ask_support = "ask Biometry support for a new invitation";
    let message = status.message.clone();
    let mut e = match refusal {
        Refusal::InvitationRequired | Refusal::InvitationUnknown => CliError::auth(format!(
            "the service does not know this invitation: {message}"
        ))
        .hint("paste the whole token support sent (it starts with ssoinv_), with nothing around it")
        .hint(ask_support),
        Refusal::InvitationUsed => CliError::conflict(format!(
            "this invitation was already used: {message}"
        ))
        .hint("nothing was registered; if the details must change, ask Biometry support"),
        Refusal::InvitationExpired => {
            CliError::auth(format!("this invitation has expired: {message}")).hint(ask_support)
        }
        Refusal::ClientSecretInvalid | Refusal::ClientUnknown => CliError::new(
            ErrorKind::Problems,
            format!("the service checked the details with Okta and refused them: {message}"),
        )
        .detail("nothing was registered and the invitation can still be used")
        .hint("check the details with `ssoctl doctor --okta-domain D --client-id C --slug S --client-secret-stdin`, then submit again"),
        Refusal::OktaUnreachable => CliError::general(format!(
            "the service could not check the details with Okta: {message}"
        ))
        .detail("nothing was registered and the invitation can still be used"),
        Refusal::TenantExists => CliError::conflict(message)
            .hint("nothing was registered; ask Biometry support"),
        Refusal::Invalid => {
            let mut e = CliError::usage(format!("the service rejected the details: {message}"));
            if let Some(serde_json::Value::Array(items)) = &status.details {
                for item in items {
                    if let (Some(f), Some(m)) = (
                        item.get("field").and_then(|v| v.as_str()),
                        item.get("message").and_then(|v| v.as_str()),
                    ) {
                        e = e.detail(format!("- {f}: {m}"));
                    }
                }
            }
            e
        }
    };
    if let Some(code) = &status.code {
        e = e.detail(format!("error code: {code}"));
    }
    if let Some(id) = &status.request_id {
        e = e.detail(format!("request id: {id}"));
    }
    e.service_ref(status.code.as_deref(), status.request_id.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_code_has_its_own_kind() {
        let codes = [
            ("invitation_required", Refusal::InvitationRequired),
            ("invitation_unknown", Refusal::InvitationUnknown),
            ("invitation_used", Refusal::InvitationUsed),
            ("invitation_expired", Refusal::InvitationExpired),
            ("client_secret_invalid", Refusal::ClientSecretInvalid),
            ("client_unknown", Refusal::ClientUnknown),
            ("okta_unreachable", Refusal::OktaUnreachable),
            ("tenant_exists", Refusal::TenantExists),
            ("validation_failed", Refusal::Invalid),
        ];
        for (code, refusal) in codes {
            assert_eq!(Refusal::of(Some(code)), Some(refusal), "{code}");
        }
        assert_eq!(Refusal::of(Some("internal")), None);
        assert_eq!(Refusal::of(None), None);
    }

    #[test]
    fn refusals_map_to_their_exit_codes() {
        let refused = |refusal, code: &str| RegistrationError::Refused {
            refusal,
            status: Box::new(StatusError {
                method: Method::POST,
                url: Url::parse("https://auth.example/v1/registrations").unwrap(),
                status: 409,
                request_id: Some("req_1".into()),
                code: Some(code.into()),
                message: "m".into(),
                details: None,
            }),
        };
        // The refusal of each code is the one `Refusal::of` gives (the test above).
        let expected = [
            ("invitation_used", ErrorKind::Conflict),
            ("invitation_expired", ErrorKind::Auth),
            ("invitation_unknown", ErrorKind::Auth),
            ("client_secret_invalid", ErrorKind::Problems),
            ("validation_failed", ErrorKind::Usage),
        ];
        for (code, kind) in expected {
            let refusal = Refusal::of(Some(code)).unwrap();
            assert_eq!(cli_error(&refused(refusal, code)).kind, kind, "{code}");
        }
    }
}
