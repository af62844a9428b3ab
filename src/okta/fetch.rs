//! Requests to an Okta org, and the two shapes of Okta's error bodies.

use reqwest::Method;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use url::Url;

use crate::http::{HttpClient, HttpError, Request, Response};

/// An error body as Okta writes it: OAuth's `error`/`error_description`, or
/// the API's `errorCode`/`errorSummary` (E0000xxx, and `invalid_client` at
/// `/token` for an unknown client).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct OktaError {
    pub code: String,
    pub description: String,
    pub error_id: Option<String>,
    /// The API's `errorCauses[].errorSummary` (E0000001 names each problem
    /// there), as Okta sent them: sanitise before showing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<String>,
}

#[derive(Deserialize)]
struct OAuthShape {
    error: String,
    #[serde(default)]
    error_description: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ApiShape {
    error_code: String,
    #[serde(default)]
    error_summary: String,
    #[serde(default)]
    error_id: Option<String>,
    #[serde(default)]
    error_causes: Vec<CauseShape>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CauseShape {
    #[serde(default)]
    error_summary: String,
}

impl OktaError {
    pub fn parse(body: &[u8]) -> Option<OktaError> {
        if let Ok(e) = serde_json::from_slice::<OAuthShape>(body) {
            return Some(OktaError {
                code: e.error,
                description: e.error_description,
                error_id: None,
                causes: Vec::new(),
            });
        }
        serde_json::from_slice::<ApiShape>(body)
            .ok()
            .map(|e| OktaError {
                code: e.error_code,
                description: e.error_summary,
                error_id: e.error_id,
                causes: e
                    .error_causes
                    .into_iter()
                    .map(|c| c.error_summary)
                    .filter(|c| !c.is_empty())
                    .collect(),
            })
    }
}

/// Why a document could not be read.
#[derive(Debug)]
pub enum FetchError {
    /// DNS, connection, TLS or timeout.
    Transport(HttpError),
    /// Not 200 (boxed: Okta's error keeps every `Result` large otherwise).
    Status(Box<StatusFailure>),
    /// 200, but not the JSON expected.
    Invalid(String),
}

/// An answer that was not 200: the status, and Okta's error when the body
/// had one.
#[derive(Debug)]
pub struct StatusFailure {
    pub status: u16,
    pub okta: Option<OktaError>,
    pub html: bool,
    /// `X-Okta-Request-Id` (or `X-Request-Id`), else the `errorId` of
    /// Okta's error: what Okta support asks for.
    pub request_id: Option<String>,
}

/// The request id of an answer: Okta's header, else the generic one.
pub fn request_id(response: &Response) -> Option<String> {
    response
        .header("x-okta-request-id")
        .or_else(|| response.request_id())
        .map(str::to_string)
}

fn with_request_id(text: String, request_id: Option<&str>) -> String {
    match request_id {
        Some(id) => format!("{text} (request id {id})"),
        None => text,
    }
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Transport(e) => write!(f, "{e}"),
            FetchError::Status(failure) => failure.fmt(f),
            FetchError::Invalid(problem) => f.write_str(problem),
        }
    }
}

impl std::fmt::Display for StatusFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let status = self.status;
        let text = match &self.okta {
            Some(e) => format!("HTTP {status}: {} ({})", e.description, e.code),
            None if self.html => format!("HTTP {status} with an HTML page"),
            None => format!("HTTP {status}"),
        };
        f.write_str(&with_request_id(text, self.request_id.as_deref()))
    }
}

pub async fn send(http: &HttpClient, request: Request) -> Result<Response, FetchError> {
    http.send(request).await.map_err(FetchError::Transport)
}

/// GETs a JSON document (public, or with the given headers).
pub async fn get_json<T: DeserializeOwned>(
    http: &HttpClient,
    url: &Url,
    authorization: Option<&str>,
) -> Result<(T, Response), FetchError> {
    let mut request =
        Request::new(Method::GET, url.clone()).header(reqwest::header::ACCEPT, "application/json");
    if let Some(value) = authorization {
        request = request.header(reqwest::header::AUTHORIZATION, value);
    }
    let response = send(http, request).await?;
    if response.status.as_u16() != 200 {
        return Err(status_error(&response));
    }
    let value = decode_json(&response)?;
    Ok((value, response))
}

/// Reads a 200 body as the document `T`; what is wrong is said in a
/// sentence, never in serde's words.
pub fn decode_json<T: DeserializeOwned>(response: &Response) -> Result<T, FetchError> {
    serde_json::from_slice(&response.body).map_err(|e| {
        let problem = if response.is_json() {
            format!(
                "the JSON is not what Okta sends ({})",
                crate::error::parse_problem(&e.to_string())
            )
        } else {
            format!(
                "expected JSON, got {}",
                response
                    .content_type()
                    .unwrap_or("a body without a content type")
            )
        };
        FetchError::Invalid(with_request_id(problem, request_id(response).as_deref()))
    })
}

pub fn status_error(response: &Response) -> FetchError {
    let html = response.content_type().is_some_and(|c| c.contains("html"));
    let okta = OktaError::parse(&response.body);
    let request_id =
        request_id(response).or_else(|| okta.as_ref().and_then(|e| e.error_id.clone()));
    FetchError::Status(Box::new(StatusFailure {
        status: response.status.as_u16(),
        okta,
        html,
        request_id,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_error_shapes_parse() {
        let oauth = br#"{"error":"invalid_client","error_description":"The client secret supplied for a confidential client is invalid."}"#;
        assert_eq!(OktaError::parse(oauth).unwrap().code, "invalid_client");
        let api = br#"{"errorCode":"invalid_client","errorSummary":"Invalid value for 'client_id' parameter.","errorLink":"invalid_client","errorId":"oaeXYZ","errorCauses":[]}"#;
        let e = OktaError::parse(api).unwrap();
        assert_eq!(e.description, "Invalid value for 'client_id' parameter.");
        assert_eq!(e.error_id.as_deref(), Some("oaeXYZ"));
        assert!(OktaError::parse(b"<html></html>").is_none());
        assert!(OktaError::parse(b"{\"errorCo").is_none());
    }
}
