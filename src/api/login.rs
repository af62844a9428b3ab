//! The service's login endpoints that `login test` drives (DESIGN.md,
//! "Login endpoints"): not admin routes, no admin token.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::json;
use url::Url;

use crate::api::ApiError;
use crate::api::error::status_error;
use crate::http::{HttpClient, Request, Response};
use crate::secret::Secret;

/// The response header that carries a login endpoint's error code
/// (docs/login-api.md, "Error codes").
pub const ERROR_CODE_HEADER: &str = "x-error-code";

/// What the start URL answered, read without following it.
#[derive(Debug)]
pub enum StartAnswer {
    /// A redirect to the provider's authorize endpoint.
    Redirect(Url),
    /// The service's own error page.
    Refused {
        status: u16,
        /// The machine-readable code (`tenant_disabled`, `sso_config_not_found`, …).
        code: Option<String>,
        /// What the answer said, described for people.
        said: String,
        request_id: Option<String>,
    },
}

/// A login endpoint's error code: the `X-Error-Code` header, else the
/// page's `<meta name="error-code" content="…">`.
pub fn error_code(response: &Response) -> Option<String> {
    let valid = |code: &str| {
        !code.is_empty()
            && code.len() <= 64
            && code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    if let Some(code) = response.header(ERROR_CODE_HEADER) {
        return valid(code.trim()).then(|| code.trim().to_string());
    }
    let body = String::from_utf8_lossy(&response.body);
    let (_, rest) = body.split_once("<meta name=\"error-code\" content=\"")?;
    let (code, _) = rest.split_once('"')?;
    valid(code).then(|| code.to_string())
}

/// GETs the start URL without following the redirect.
pub async fn start(http: &HttpClient, start: &Url) -> Result<StartAnswer, ApiError> {
    let response = http.send(Request::new(Method::GET, start.clone())).await?;
    let status = response.status.as_u16();
    if (300..400).contains(&status)
        && let Some(location) = response.header("location").and_then(|l| start.join(l).ok())
    {
        return Ok(StartAnswer::Redirect(location));
    }
    let said = if (300..400).contains(&status) {
        format!("HTTP {status} redirected nowhere")
    } else {
        status_error(Method::GET, &response).to_string()
    };
    Ok(StartAnswer::Refused {
        status,
        code: error_code(&response),
        said,
        request_id: response.request_id().map(str::to_string),
    })
}

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

impl Me {
    /// The subscription's plan, however the service spells it; `-` for none.
    pub fn subscription_plan(&self) -> String {
        match &self.subscription {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Object(map)) => map
                .get("plan")
                .and_then(|p| p.as_str())
                .unwrap_or("?")
                .to_string(),
            Some(other) => other.to_string(),
            None => "-".into(),
        }
    }
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
