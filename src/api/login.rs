//! The service's login endpoints that `login test` drives (DESIGN.md,
//! "Login endpoints"): not admin routes, no admin token.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::json;
use url::Url;

use crate::api::ApiError;
use crate::api::error::status_error;
use crate::http::{HttpClient, Request};
use crate::secret::Secret;

/// `{auth_url}/okta-login/{slug}/start?return_to=…&state=…&code_challenge=…&code_challenge_method=S256`
pub fn start_url(auth_url: &Url, slug: &str, return_to: &str, state: &str, challenge: &str) -> Url {
    let mut url = auth_url.clone();
    if let Ok(mut path) = url.path_segments_mut() {
        path.pop_if_empty().extend(["okta-login", slug, "start"]);
    }
    url.query_pairs_mut()
        .append_pair("return_to", return_to)
        .append_pair("state", state)
        .append_pair("code_challenge", challenge)
        .append_pair("code_challenge_method", "S256");
    url
}

#[derive(Deserialize)]
struct SessionBody {
    session_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

pub struct Session {
    pub token: Secret,
    pub expires_in: Option<u64>,
}

/// The signed-in user as the service sees them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Me {
    pub email: String,
    #[serde(default)]
    pub tenant: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub project_id: Option<String>,
    #[serde(default)]
    pub project_role: Option<String>,
    #[serde(default)]
    pub subscription: Option<serde_json::Value>,
}

fn endpoint(auth_url: &Url, segments: &[&str]) -> Url {
    let mut url = auth_url.clone();
    if let Ok(mut path) = url.path_segments_mut() {
        path.pop_if_empty().extend(segments);
    }
    url
}

/// `POST /okta-login/cli/token {code, code_verifier}`: the one-time code for a session.
pub async fn exchange(
    http: &HttpClient,
    auth_url: &Url,
    code: &Secret,
    verifier: &Secret,
) -> Result<Session, ApiError> {
    let url = endpoint(auth_url, &["okta-login", "cli", "token"]);
    let request = Request::new(Method::POST, url.clone())
        .header(reqwest::header::ACCEPT, "application/json")
        .json(&json!({ "code": code.expose(), "code_verifier": verifier.expose() }));
    let response = http.send(request).await?;
    if !response.status.is_success() {
        return Err(status_error(Method::POST, &response));
    }
    let body: SessionBody = serde_json::from_slice(&response.body).map_err(|e| {
        ApiError::InvalidResponse(Box::new(crate::api::InvalidResponse {
            method: Method::POST,
            url,
            status: response.status.as_u16(),
            request_id: response.request_id().map(str::to_string),
            problem: format!(
                "the session answer is not what the service sends ({})",
                crate::error::parse_problem(&e.to_string())
            ),
        }))
    })?;
    Ok(Session {
        token: Secret::new(body.session_token),
        expires_in: body.expires_in,
    })
}

/// `GET /me` with the session.
pub async fn me(http: &HttpClient, auth_url: &Url, session: &Secret) -> Result<Me, ApiError> {
    let url = endpoint(auth_url, &["me"]);
    let request = Request::new(Method::GET, url.clone())
        .header(
            reqwest::header::AUTHORIZATION,
            &format!("Bearer {}", session.expose()),
        )
        .header(reqwest::header::ACCEPT, "application/json");
    let response = http.send(request).await?;
    if !response.status.is_success() {
        return Err(status_error(Method::GET, &response));
    }
    serde_json::from_slice(&response.body).map_err(|e| {
        ApiError::InvalidResponse(Box::new(crate::api::InvalidResponse {
            method: Method::GET,
            url,
            status: response.status.as_u16(),
            request_id: response.request_id().map(str::to_string),
            problem: format!(
                "the /me answer is not what the service sends ({})",
                crate::error::parse_problem(&e.to_string())
            ),
        }))
    })
}
