//! Okta Management API writes for set-up and repair, one request at a
//! time: create an OIDC app, replace one whole (Okta has no partial update:
//! GET, change, PUT the whole object, GET again), assign a group, create an
//! access policy and a rule on an authorization server.
//!
//! Every answer is secret material (a create or PUT answer carries the
//! client secret): bodies are parsed here and never logged; the trace
//! redacts `client_secret`. A 429 (`E0000047`) waits for `X-Rate-Limit-Reset`
//! and a 423 (`E0000239`, Okta reconciling priorities) about a second,
//! both a bounded number of times, because neither did anything; then the
//! error is typed.

// The errors carry Okta's error (with its causes) for the message; they
// are made once per failed request, where boxing would buy nothing.
#![allow(clippy::result_large_err)]

use std::time::Duration;

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{App, Mgmt, MgmtError, Policy, Rule, seg};
use crate::http::Request;
use crate::okta::fetch::{self, FetchError, OktaError};
use crate::secret::Secret;

/// Attempts of one write while Okta answers 429 or 423.
pub const MAX_WRITE_ATTEMPTS: u32 = 4;
/// The longest `X-Rate-Limit-Reset` wait; longer is an error, not a hang.
pub const MAX_RATE_LIMIT_WAIT: Duration = Duration::from_secs(60);
/// The wait after a 423, times the attempt (Okta's passed after about a second).
pub const LOCKED_WAIT: Duration = Duration::from_secs(1);

/// Why a write failed, by Okta's error code.
#[derive(Debug)]
pub enum WriteError {
    /// `E0000001`: Okta refused a field; one cause per field.
    Invalid {
        summary: String,
        causes: Vec<String>,
        request_id: Option<String>,
    },
    /// `E0000006` (403): the token's admin may not do this.
    Forbidden {
        code: String,
    },
    /// `E0000007` (404).
    NotFound,
    /// `E0000011` (401): the token is wrong or expired.
    BadToken,
    /// `E0000047` (429), still after [`MAX_WRITE_ATTEMPTS`], or a reset
    /// further than [`MAX_RATE_LIMIT_WAIT`]; `reset` in epoch seconds.
    RateLimited {
        reset: Option<u64>,
    },
    /// `E0000239` (423), still after [`MAX_WRITE_ATTEMPTS`].
    Locked,
    /// `E0000015`: the org lacks API Access Management.
    FeatureMissing,
    /// The connection broke: whether Okta applied the write is unknown.
    Unanswered(String),
    Other(FetchError),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Invalid {
                summary,
                causes,
                request_id,
            } => {
                write!(f, "Okta refused the request (E0000001: {summary})")?;
                if !causes.is_empty() {
                    write!(f, ": {}", causes.join("; "))?;
                }
                if let Some(id) = request_id {
                    write!(f, " (request id {id})")?;
                }
                Ok(())
            }
            WriteError::Forbidden { code } => write!(
                f,
                "the Okta API token's admin may not make this change ({code}: You do not have permission to perform the requested action)"
            ),
            WriteError::NotFound => f.write_str("Okta does not know it (E0000007: not found)"),
            WriteError::BadToken => {
                f.write_str("Okta refused the API token (E0000011: invalid or expired)")
            }
            WriteError::RateLimited { reset } => {
                f.write_str("Okta's rate limit was reached (E0000047)")?;
                if let Some(reset) = reset {
                    write!(f, "; it resets at {}", epoch(*reset))?;
                }
                Ok(())
            }
            WriteError::Locked => f.write_str(
                "Okta is reconciling policy priorities and refused the change (E0000239, HTTP 423)",
            ),
            WriteError::FeatureMissing => f.write_str(
                "the org lacks API Access Management (E0000015): it has no custom authorization server",
            ),
            WriteError::Unanswered(e) => write!(f, "no answer from Okta ({e})"),
            WriteError::Other(e) => write!(f, "{e}"),
        }
    }
}

fn epoch(secs: u64) -> String {
    humantime::format_rfc3339_seconds(std::time::UNIX_EPOCH + Duration::from_secs(secs)).to_string()
}

impl From<MgmtError> for WriteError {
    fn from(e: MgmtError) -> Self {
        match e {
            MgmtError::BadToken => WriteError::BadToken,
            MgmtError::Forbidden { code } => WriteError::Forbidden { code },
            MgmtError::NotFound => WriteError::NotFound,
            MgmtError::RateLimited => WriteError::RateLimited { reset: None },
            MgmtError::FeatureMissing => WriteError::FeatureMissing,
            MgmtError::Other(e) => WriteError::Other(e),
        }
    }
}

/// The typed error of a non-2xx answer.
fn classify(response: &crate::http::Response) -> WriteError {
    let okta = OktaError::parse(&response.body);
    let code = okta.as_ref().map(|e| e.code.as_str()).unwrap_or("");
    let status = response.status.as_u16();
    match (status, code) {
        (_, "E0000001") => WriteError::Invalid {
            summary: okta
                .as_ref()
                .map(|e| crate::text::sanitize_line(&e.description))
                .unwrap_or_default(),
            causes: okta
                .as_ref()
                .map(|e| {
                    e.causes
                        .iter()
                        .map(|c| crate::text::sanitize_line(c))
                        .collect()
                })
                .unwrap_or_default(),
            request_id: fetch::request_id(response),
        },
        (_, "E0000015") => WriteError::FeatureMissing,
        (_, "E0000011") | (401, _) => WriteError::BadToken,
        (_, "E0000047") | (429, _) => WriteError::RateLimited {
            reset: reset_of(response),
        },
        (_, "E0000239") | (423, _) => WriteError::Locked,
        (_, "E0000007") | (404, _) => WriteError::NotFound,
        (403, _) | (_, "E0000006") | (_, "E0000005") => WriteError::Forbidden {
            code: if code.is_empty() {
                "HTTP 403".into()
            } else {
                code.to_owned()
            },
        },
        _ => WriteError::Other(fetch::status_error(response)),
    }
}

fn reset_of(response: &crate::http::Response) -> Option<u64> {
    response
        .header("x-rate-limit-reset")
        .and_then(|v| v.trim().parse().ok())
}

/// A new OIDC web app: what guide step 1 creates.
#[derive(Debug, Clone)]
pub struct NewWebApp {
    pub label: String,
    pub redirect_uri: String,
}

impl NewWebApp {
    /// The create body: `oidc_client`, Authorization Code (and refresh
    /// tokens), response type `code`, `client_secret_basic`.
    pub fn body(&self) -> Value {
        json!({
            "name": "oidc_client",
            "label": self.label,
            "signOnMode": "OPENID_CONNECT",
            "credentials": {"oauthClient": {"token_endpoint_auth_method": "client_secret_basic"}},
            "settings": {"oauthClient": {
                "application_type": "web",
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
                "redirect_uris": [self.redirect_uri],
                "post_logout_redirect_uris": [],
                "consent_method": "TRUSTED",
            }},
        })
    }
}

/// What a create answers: the app and its only showing of the secret.
pub struct CreatedApp {
    pub app: App,
    pub client_id: String,
    pub client_secret: Secret,
}

impl std::fmt::Debug for CreatedApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreatedApp")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .finish()
    }
}

/// An access policy for the given clients (`ALL_CLIENTS` or client ids).
#[derive(Debug, Clone)]
pub struct NewPolicy {
    pub name: String,
    pub description: String,
    pub clients: Vec<String>,
    pub priority: Option<u32>,
}

/// A rule granting Authorization Code to Everyone, any scope: guide step 3.
#[derive(Debug, Clone)]
pub struct NewRule {
    pub name: String,
    pub priority: Option<u32>,
}

impl NewPolicy {
    fn body(&self) -> Value {
        let mut body = json!({
            "type": "OAUTH_AUTHORIZATION_POLICY",
            "status": "ACTIVE",
            "name": self.name,
            "description": self.description,
            // Without conditions a policy matches no client (REAL).
            "conditions": {"clients": {"include": self.clients}},
        });
        if let Some(p) = self.priority {
            body["priority"] = json!(p);
        }
        body
    }
}

impl NewRule {
    fn body(&self) -> Value {
        let mut body = json!({
            "type": "RESOURCE_ACCESS",
            "status": "ACTIVE",
            "name": self.name,
            "conditions": {
                // A rule without `people` is refused (E0000001).
                "people": {"groups": {"include": ["EVERYONE"]}},
                "grantTypes": {"include": ["authorization_code"]},
                // `scopes: {}` would allow none (REAL).
                "scopes": {"include": ["*"]},
            },
            "actions": {"token": {
                "accessTokenLifetimeMinutes": 60,
                "refreshTokenLifetimeMinutes": 0,
                "refreshTokenWindowMinutes": 10080,
            }},
        });
        if let Some(p) = self.priority {
            body["priority"] = json!(p);
        }
        body
    }
}

#[derive(Deserialize)]
struct AppCredentials {
    #[serde(default, rename = "oauthClient")]
    oauth_client: OAuthCredentials,
}

#[derive(Deserialize, Default)]
struct OAuthCredentials {
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    client_secret: Option<String>,
}

/// An app with its client id, as a list shows it.
#[derive(Debug, Clone)]
pub struct ListedApp {
    pub app: App,
    pub client_id: String,
}

fn client_id_of(value: &Value, app: &App) -> String {
    value
        .pointer("/credentials/oauthClient/client_id")
        .and_then(Value::as_str)
        .map_or_else(|| app.id.clone(), str::to_owned)
}

fn decode<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, WriteError> {
    serde_json::from_value(value).map_err(|e| {
        WriteError::Other(FetchError::Invalid(format!(
            "the JSON is not what Okta sends ({})",
            crate::error::parse_problem(&e.to_string())
        )))
    })
}

impl Mgmt<'_> {
    /// One write: 2xx is the parsed body (`Value::Null` when empty); 429
    /// and 423 are waited out a bounded number of times.
    async fn write(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, WriteError> {
        let url = self
            .base
            .join(path)
            .map_err(|e| WriteError::Other(FetchError::Invalid(e.to_string())))?;
        let auth = format!("SSWS {}", self.token.expose());
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut request = Request::new(method.clone(), url.clone())
                .header(reqwest::header::AUTHORIZATION, &auth)
                .header(reqwest::header::ACCEPT, "application/json")
                // The waits below are ours; a lost answer is not replayed
                // (a second create would make a second app).
                .retry_safe(false);
            if let Some(body) = body {
                request = request.json(body);
            }
            let response = match fetch::send(self.http, request).await {
                Ok(r) => r,
                Err(FetchError::Transport(e)) => return Err(WriteError::Unanswered(e.to_string())),
                Err(e) => return Err(WriteError::Other(e)),
            };
            let status = response.status.as_u16();
            if (200..300).contains(&status) {
                if response.body.is_empty() {
                    return Ok(Value::Null);
                }
                return fetch::decode_json::<Value>(&response).map_err(WriteError::Other);
            }
            let error = classify(&response);
            let last = attempt >= MAX_WRITE_ATTEMPTS;
            let wait = match &error {
                WriteError::RateLimited { .. } if !last => {
                    let asked =
                        crate::http::server_delay(&response.headers, std::time::SystemTime::now())
                            .unwrap_or(LOCKED_WAIT);
                    if asked > MAX_RATE_LIMIT_WAIT {
                        return Err(error);
                    }
                    // The reset is whole seconds: a little past it.
                    asked + Duration::from_millis(200)
                }
                WriteError::Locked if !last => LOCKED_WAIT * attempt,
                _ => return Err(error),
            };
            tracing::debug!(
                "Okta answered {status} ({error}); trying again in {} ms (attempt {attempt} of {MAX_WRITE_ATTEMPTS})",
                wait.as_millis()
            );
            tokio::time::sleep(wait).await;
        }
    }

    /// `POST /api/v1/apps?activate=true`: the app, its client id and the
    /// secret, which only this answer shows.
    pub async fn create_web_app(&self, new: &NewWebApp) -> Result<CreatedApp, WriteError> {
        let value = self
            .write(
                Method::POST,
                "/api/v1/apps?activate=true",
                Some(&new.body()),
            )
            .await?;
        let credentials: Option<AppCredentials> = value
            .get("credentials")
            .cloned()
            .and_then(|c| serde_json::from_value(c).ok());
        let secret = credentials
            .as_ref()
            .and_then(|c| c.oauth_client.client_secret.as_deref())
            .and_then(crate::secret::secret_from_text);
        let app: App = decode(value.clone())?;
        let client_id = credentials
            .and_then(|c| c.oauth_client.client_id)
            .unwrap_or_else(|| app.id.clone());
        let Some(client_secret) = secret else {
            return Err(WriteError::Other(FetchError::Invalid(format!(
                "Okta created app {} but its answer holds no client secret",
                app.id
            ))));
        };
        Ok(CreatedApp {
            app,
            client_id,
            client_secret,
        })
    }

    /// The whole app object, for a full replace.
    pub async fn app_object(&self, app_id: &str) -> Result<Value, WriteError> {
        let url = self
            .base
            .join(&format!("/api/v1/apps/{}", seg(app_id)))
            .map_err(|e| WriteError::Other(FetchError::Invalid(e.to_string())))?;
        let auth = format!("SSWS {}", self.token.expose());
        let (value, _) = fetch::get_json::<Value>(self.http, &url, Some(&auth))
            .await
            .map_err(|e| WriteError::from(super::classify(e)))?;
        Ok(value)
    }

    /// `PUT /api/v1/apps/{id}` with the whole object (`object` is what
    /// [`Mgmt::app_object`] read, changed); the answer's secret is dropped.
    pub async fn replace_app(&self, app_id: &str, object: &Value) -> Result<App, WriteError> {
        let mut value = self
            .write(
                Method::PUT,
                &format!("/api/v1/apps/{}", seg(app_id)),
                Some(object),
            )
            .await?;
        if let Some(c) = value.pointer_mut("/credentials/oauthClient")
            && let Some(map) = c.as_object_mut()
        {
            map.remove("client_secret");
        }
        decode(value)
    }

    /// Every OIDC app of the org (`filter=name eq "oidc_client"`), each
    /// with its client id, following `rel="next"`.
    pub async fn oidc_apps(&self) -> Result<Vec<ListedApp>, MgmtError> {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("filter", r#"name eq "oidc_client""#)
            .append_pair("limit", "200")
            .finish();
        let values: Vec<Value> = self.list(&format!("/api/v1/apps?{query}")).await?;
        Ok(values
            .into_iter()
            .filter_map(|v| {
                let app: App = serde_json::from_value(v.clone()).ok()?;
                let client_id = client_id_of(&v, &app);
                Some(ListedApp { app, client_id })
            })
            .collect())
    }

    /// `PUT /api/v1/apps/{appId}/groups/{groupId}`: assigning twice is no error.
    pub async fn assign_group(&self, app_id: &str, group_id: &str) -> Result<(), WriteError> {
        self.write(
            Method::PUT,
            &format!("/api/v1/apps/{}/groups/{}", seg(app_id), seg(group_id)),
            Some(&json!({})),
        )
        .await?;
        Ok(())
    }

    /// `POST /api/v1/authorizationServers/{server}/policies`.
    pub async fn create_policy(
        &self,
        server_id: &str,
        new: &NewPolicy,
    ) -> Result<Policy, WriteError> {
        let value = self
            .write(
                Method::POST,
                &format!("/api/v1/authorizationServers/{}/policies", seg(server_id)),
                Some(&new.body()),
            )
            .await?;
        decode(value)
    }

    /// `POST /api/v1/authorizationServers/{server}/policies/{policy}/rules`.
    pub async fn create_rule(
        &self,
        server_id: &str,
        policy_id: &str,
        new: &NewRule,
    ) -> Result<Rule, WriteError> {
        let value = self
            .write(
                Method::POST,
                &format!(
                    "/api/v1/authorizationServers/{}/policies/{}/rules",
                    seg(server_id),
                    seg(policy_id)
                ),
                Some(&new.body()),
            )
            .await?;
        decode(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str, headers: &[(&'static str, &str)]) -> crate::http::Response {
        let mut map = reqwest::header::HeaderMap::new();
        for (k, v) in headers {
            map.insert(*k, reqwest::header::HeaderValue::from_str(v).unwrap());
        }
        crate::http::Response {
            status: reqwest::StatusCode::from_u16(status).unwrap(),
            headers: map,
            body: body.as_bytes().to_vec(),
            url: url::Url::parse("https://dev-1.okta.com/api/v1/apps").unwrap(),
            attempts: 1,
        }
    }

    #[test]
    fn okta_error_codes_are_typed_with_their_causes() {
        let e = classify(&answer(
            400,
            r#"{"errorCode":"E0000001","errorSummary":"Api validation failed: label","errorLink":"E0000001","errorId":"oaeX","errorCauses":[{"errorSummary":"label: The field cannot be left blank"}]}"#,
            &[("x-okta-request-id", "req1")],
        ));
        assert_eq!(
            e.to_string(),
            "Okta refused the request (E0000001: Api validation failed: label): label: The field cannot be left blank (request id req1)"
        );
        let e = classify(&answer(
            403,
            r#"{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorCauses":[]}"#,
            &[],
        ));
        assert!(matches!(e, WriteError::Forbidden { ref code } if code == "E0000006"));
        let e = classify(&answer(
            429,
            r#"{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests."}"#,
            &[("x-rate-limit-reset", "1700000000")],
        ));
        assert!(matches!(
            e,
            WriteError::RateLimited {
                reset: Some(1_700_000_000)
            }
        ));
        assert!(matches!(
            classify(&answer(
                423,
                r#"{"errorCode":"E0000239","errorSummary":"Policy priorities are being reconciled."}"#,
                &[]
            )),
            WriteError::Locked
        ));
        assert!(matches!(
            classify(&answer(401, "{}", &[])),
            WriteError::BadToken
        ));
        assert!(matches!(
            classify(&answer(
                404,
                r#"{"errorCode":"E0000007","errorSummary":"Not found"}"#,
                &[]
            )),
            WriteError::NotFound
        ));
        assert!(matches!(
            classify(&answer(500, "<html>", &[])),
            WriteError::Other(_)
        ));
    }

    #[test]
    fn the_rule_body_says_who_and_which_scopes() {
        let body = NewRule {
            name: "r".into(),
            priority: None,
        }
        .body();
        assert_eq!(
            body["conditions"]["people"]["groups"]["include"],
            json!(["EVERYONE"])
        );
        assert_eq!(body["conditions"]["scopes"]["include"], json!(["*"]));
        assert_eq!(
            body["conditions"]["grantTypes"]["include"],
            json!(["authorization_code"])
        );
        let policy = NewPolicy {
            name: "p".into(),
            description: "p".into(),
            clients: vec!["0oa1".into()],
            priority: Some(1),
        }
        .body();
        assert_eq!(policy["conditions"]["clients"]["include"], json!(["0oa1"]));
        assert_eq!(policy["priority"], 1);
    }
}
