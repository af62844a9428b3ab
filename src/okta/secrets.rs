//! An app's client secrets through the Management API
//! (`/api/v1/apps/{id}/credentials/secrets`), with Okta's refusals as typed
//! errors: the basis of a rotation without downtime (create a second
//! secret, switch to it, deactivate the first).
//!
//! Secret values are never kept as text: the create's answer becomes a
//! [`Secret`], a listed (masked) value only its last four characters.

// The errors carry Okta's error (with its causes) for the message; they
// are made once per failed request, where boxing would buy nothing.
#![allow(clippy::result_large_err)]

use reqwest::Method;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::http::{HttpClient, Request, Response};
use crate::okta::fetch::{FetchError, OktaError, decode_json, request_id, send, status_error};
use crate::secret::Secret;
use crate::text::sanitize_line;

pub struct Secrets<'a> {
    http: &'a HttpClient,
    base: Url,
    token: &'a Secret,
}

/// What Okta refused, in its own terms (docs/okta-behaviour.md rows 19–21
/// and the secrets' `E0000001` causes).
#[derive(Debug)]
pub enum SecretsError {
    /// `E0000001` "maximum number of client secrets": the app has two.
    TooMany,
    /// `E0000001` "only active client secret": deactivating it would leave none.
    OnlyActive,
    /// `E0000001` "can't delete an active client secret".
    DeleteActive,
    /// Another `E0000001`, with its causes.
    Invalid {
        summary: String,
        causes: Vec<String>,
    },
    /// `E0000011` (or 401): the API token is wrong or expired.
    BadToken,
    /// `E0000006`/`E0000005` (or 403): the token's admin may not do this.
    Forbidden {
        code: String,
    },
    /// `E0000007` (or 404): no such app or secret.
    NotFound,
    /// `E0000047` (or 429): `reset` is `X-Rate-Limit-Reset` (epoch seconds).
    RateLimited {
        reset: Option<u64>,
    },
    Other(FetchError),
}

impl std::fmt::Display for SecretsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretsError::TooMany => f.write_str(
                "Okta refused a new client secret: the app already has the maximum of two (E0000001)",
            ),
            SecretsError::OnlyActive => f.write_str(
                "Okta refused to deactivate the app's only active client secret (E0000001)",
            ),
            SecretsError::DeleteActive => {
                f.write_str("Okta refused to delete an active client secret (E0000001)")
            }
            SecretsError::Invalid { summary, causes } if causes.is_empty() => {
                write!(f, "Okta refused the change: {summary} (E0000001)")
            }
            SecretsError::Invalid { summary, causes } => {
                write!(f, "Okta refused the change: {summary}: {} (E0000001)", causes.join("; "))
            }
            SecretsError::BadToken => {
                f.write_str("Okta refused the API token (E0000011: invalid or expired)")
            }
            SecretsError::Forbidden { code } => write!(
                f,
                "the Okta API token's admin may not change the app's client secrets ({code})"
            ),
            SecretsError::NotFound => f.write_str("Okta has no such app or client secret (E0000007)"),
            SecretsError::RateLimited { reset: Some(at) } => write!(
                f,
                "Okta's rate limit was reached (E0000047); it resets at {at} (Unix time)"
            ),
            SecretsError::RateLimited { reset: None } => {
                f.write_str("Okta's rate limit was reached (E0000047)")
            }
            SecretsError::Other(e) => write!(f, "{e}"),
        }
    }
}

/// `ACTIVE` or `INACTIVE`, and whatever else Okta may add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SecretStatus {
    Active,
    Inactive,
    #[serde(other)]
    Unknown,
}

/// One listed secret: never its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClientSecret {
    /// `ocs…`.
    pub id: String,
    pub status: SecretStatus,
    /// The last four characters of the value, when the list shows them
    /// (Okta masks the middle).
    pub last4: Option<String>,
    pub secret_hash: Option<String>,
    pub created: Option<String>,
}

impl ClientSecret {
    pub fn is_active(&self) -> bool {
        self.status == SecretStatus::Active
    }
}

/// A secret just created: the only time Okta shows its value.
#[derive(Debug)]
pub struct NewClientSecret {
    pub listed: ClientSecret,
    pub value: Secret,
}

/// The wire shape; the value goes straight into a [`Secret`] or its last four.
#[derive(Deserialize)]
struct Wire {
    id: String,
    status: SecretStatus,
    #[serde(default)]
    client_secret: Option<String>,
    #[serde(default)]
    secret_hash: Option<String>,
    #[serde(default)]
    created: Option<String>,
}

impl Wire {
    fn listed(&self) -> ClientSecret {
        ClientSecret {
            id: self.id.clone(),
            status: self.status.clone(),
            last4: self.client_secret.as_deref().map(last4),
            secret_hash: self.secret_hash.clone(),
            created: self.created.clone(),
        }
    }
}

/// The last four characters of `value`.
pub fn last4(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

impl<'a> Secrets<'a> {
    pub fn new(http: &'a HttpClient, base: Url, token: &'a Secret) -> Self {
        Secrets { http, base, token }
    }

    fn url(&self, app_id: &str, rest: &[&str]) -> Result<Url, SecretsError> {
        let mut url = self.base.clone();
        url.path_segments_mut()
            .map_err(|()| {
                SecretsError::Other(FetchError::Invalid(
                    "the Okta URL cannot have a path".into(),
                ))
            })?
            .clear()
            .extend(["api", "v1", "apps", app_id, "credentials", "secrets"])
            .extend(rest);
        Ok(url)
    }

    async fn call(
        &self,
        method: Method,
        url: Url,
        body: Option<serde_json::Value>,
        retry_safe: bool,
    ) -> Result<Response, SecretsError> {
        let mut request = Request::new(method, url)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(
                reqwest::header::AUTHORIZATION,
                &format!("SSWS {}", self.token.expose()),
            )
            .retry_safe(retry_safe);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = send(self.http, request)
            .await
            .map_err(SecretsError::Other)?;
        if response.status.is_success() {
            Ok(response)
        } else {
            Err(classify(&response))
        }
    }

    pub async fn list(&self, app_id: &str) -> Result<Vec<ClientSecret>, SecretsError> {
        let response = self
            .call(Method::GET, self.url(app_id, &[])?, None, true)
            .await?;
        let wire: Vec<Wire> = decode_json(&response).map_err(SecretsError::Other)?;
        Ok(wire.iter().map(Wire::listed).collect())
    }

    /// Creates a new ACTIVE secret, its value chosen by Okta. Not retried:
    /// a lost answer may still have created one (the caller lists again).
    pub async fn create(&self, app_id: &str) -> Result<NewClientSecret, SecretsError> {
        let response = self
            .call(
                Method::POST,
                self.url(app_id, &[])?,
                Some(serde_json::json!({})),
                false,
            )
            .await?;
        let wire: Wire = decode_json(&response).map_err(SecretsError::Other)?;
        let listed = wire.listed();
        let value = wire
            .client_secret
            .filter(|v| !v.is_empty())
            .map(Secret::new)
            .ok_or_else(|| {
                SecretsError::Other(FetchError::Invalid(format!(
                    "Okta created the client secret {} but its answer has no value{}",
                    listed.id,
                    request_id(&response)
                        .map(|id| format!(" (request id {id})"))
                        .unwrap_or_default()
                )))
            })?;
        Ok(NewClientSecret { listed, value })
    }

    /// Deactivating twice is no error (Okta answers the secret as it is),
    /// so the request may be repeated.
    pub async fn deactivate(
        &self,
        app_id: &str,
        secret_id: &str,
    ) -> Result<ClientSecret, SecretsError> {
        self.lifecycle(app_id, secret_id, "deactivate").await
    }

    pub async fn activate(
        &self,
        app_id: &str,
        secret_id: &str,
    ) -> Result<ClientSecret, SecretsError> {
        self.lifecycle(app_id, secret_id, "activate").await
    }

    async fn lifecycle(
        &self,
        app_id: &str,
        secret_id: &str,
        verb: &str,
    ) -> Result<ClientSecret, SecretsError> {
        let url = self.url(app_id, &[secret_id, "lifecycle", verb])?;
        let response = self.call(Method::POST, url, None, true).await?;
        let wire: Wire = decode_json(&response).map_err(SecretsError::Other)?;
        Ok(wire.listed())
    }

    /// Deletes an INACTIVE secret.
    pub async fn delete(&self, app_id: &str, secret_id: &str) -> Result<(), SecretsError> {
        let url = self.url(app_id, &[secret_id])?;
        self.call(Method::DELETE, url, None, true).await.map(|_| ())
    }
}

/// Okta's answer as a [`SecretsError`]; the `E0000001` causes are matched on
/// their key words, case-insensitively (Okta rewords its messages).
fn classify(response: &Response) -> SecretsError {
    let status = response.status.as_u16();
    let okta = OktaError::parse(&response.body).unwrap_or_default();
    match (status, okta.code.as_str()) {
        (_, "E0000001") => {
            // What Okta wrote, made safe for a terminal.
            let causes: Vec<String> = okta.causes.iter().map(|c| sanitize_line(c)).collect();
            let said = |words: &str| causes.iter().any(|c| c.to_lowercase().contains(words));
            if said("maximum number of client secrets") {
                SecretsError::TooMany
            } else if said("only active client secret") {
                SecretsError::OnlyActive
            } else if said("delete an active client secret") {
                SecretsError::DeleteActive
            } else {
                SecretsError::Invalid {
                    summary: sanitize_line(&okta.description),
                    causes,
                }
            }
        }
        (_, "E0000011") | (401, _) => SecretsError::BadToken,
        (_, "E0000047") | (429, _) => SecretsError::RateLimited {
            reset: response
                .header("x-rate-limit-reset")
                .and_then(|v| v.trim().parse().ok()),
        },
        (_, "E0000007") | (404, _) => SecretsError::NotFound,
        (_, "E0000006" | "E0000005") | (403, _) => SecretsError::Forbidden {
            code: if okta.code.is_empty() {
                "HTTP 403".into()
            } else {
                okta.code.clone()
            },
        },
        _ => SecretsError::Other(status_error(response)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str, headers: &[(&str, &str)]) -> Response {
        let mut map = reqwest::header::HeaderMap::new();
        for (k, v) in headers {
            map.insert(
                reqwest::header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        Response {
            status: reqwest::StatusCode::from_u16(status).unwrap(),
            headers: map,
            body: body.as_bytes().to_vec(),
            url: Url::parse("https://dev-1.okta.com/api/v1/apps/0oa1/credentials/secrets").unwrap(),
            attempts: 1,
        }
    }

    fn e0000001(cause: &str) -> String {
        serde_json::json!({
            "errorCode": "E0000001",
            "errorSummary": "Api validation failed: OAuth2ClientSecretMediated",
            "errorLink": "E0000001", "errorId": "oae1",
            "errorCauses": [{"errorSummary": cause}],
        })
        .to_string()
    }

    #[test]
    fn each_e0000001_cause_is_its_own_error() {
        // The real 2022 capture's words, then the issue's.
        let too_many = answer(
            400,
            &e0000001("You have reached the maximum number of client secrets per client."),
            &[],
        );
        assert!(matches!(classify(&too_many), SecretsError::TooMany));
        let only = answer(
            400,
            &e0000001("You cannot deactivate the only active client secret."),
            &[],
        );
        assert!(matches!(classify(&only), SecretsError::OnlyActive));
        let active = answer(
            400,
            &e0000001("You can't delete an active client secret. Deactivate it first."),
            &[],
        );
        assert!(matches!(classify(&active), SecretsError::DeleteActive));
        let other = answer(400, &e0000001("client_secret: too short"), &[]);
        match classify(&other) {
            SecretsError::Invalid { summary, causes } => {
                assert_eq!(summary, "Api validation failed: OAuth2ClientSecretMediated");
                assert_eq!(causes, ["client_secret: too short"]);
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn token_permission_and_rate_limit_answers_are_typed() {
        let e = |code: &str, summary: &str| {
            serde_json::json!({"errorCode": code, "errorSummary": summary, "errorCauses": []})
                .to_string()
        };
        assert!(matches!(
            classify(&answer(401, &e("E0000011", "Invalid token provided"), &[])),
            SecretsError::BadToken
        ));
        match classify(&answer(
            403,
            &e("E0000006", "You do not have permission"),
            &[],
        )) {
            SecretsError::Forbidden { code } => assert_eq!(code, "E0000006"),
            e => panic!("{e:?}"),
        }
        assert!(matches!(
            classify(&answer(404, &e("E0000007", "Not found"), &[])),
            SecretsError::NotFound
        ));
        match classify(&answer(
            429,
            &e("E0000047", "API call exceeded rate limit"),
            &[("x-rate-limit-reset", "1667557164")],
        )) {
            SecretsError::RateLimited { reset } => assert_eq!(reset, Some(1_667_557_164)),
            e => panic!("{e:?}"),
        }
        assert!(matches!(
            classify(&answer(500, "<html>", &[])),
            SecretsError::Other(_)
        ));
    }

    #[test]
    fn a_listed_secret_keeps_only_its_last_four() {
        let wire: Wire = serde_json::from_value(serde_json::json!({
            "id": "ocs2f4zrZbs8nUa7p0g4", "status": "ACTIVE",
            "client_secret": "DRUFXGF9XbLn......a3x3POBiIxDreBCdZuFs5B",
            "secret_hash": "yk4SVx4sUWVJVbHt6M-UPA", "created": "2023-02-21T20:08:24.000Z",
        }))
        .unwrap();
        let listed = wire.listed();
        assert_eq!(listed.last4.as_deref(), Some("Fs5B"));
        assert!(listed.is_active());
        let odd: Wire =
            serde_json::from_value(serde_json::json!({"id": "ocs1", "status": "EXPIRED"})).unwrap();
        assert_eq!(odd.listed().status, SecretStatus::Unknown);
    }
}
