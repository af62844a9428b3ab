//! The admin API client's typed error.

use reqwest::Method;
use serde::Deserialize;
use serde_json::Value;
use url::Url;

use crate::http::{HttpError, Response};
use crate::text::shorten;

/// An answer that is not a success, with everything support needs to find
/// the request on the service's side.
#[derive(Debug, Clone)]
pub struct StatusError {
    pub method: Method,
    pub url: Url,
    pub status: u16,
    pub request_id: Option<String>,
    /// The API's `error.code`, when the body had one.
    pub code: Option<String>,
    pub message: String,
    pub details: Option<Value>,
}

#[derive(Debug, Clone)]
pub struct InvalidResponse {
    pub method: Method,
    pub url: Url,
    pub status: u16,
    pub request_id: Option<String>,
    pub problem: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{} (HTTP {})", .0.message, .0.status)]
    Status(Box<StatusError>),
    /// A success status whose body is not what the contract promises.
    #[error("unexpected answer from {} {} (HTTP {}): {}", .0.method, .0.url, .0.status, .0.problem)]
    InvalidResponse(Box<InvalidResponse>),
    #[error(transparent)]
    Http(#[from] HttpError),
}

impl ApiError {
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Status(e) => Some(e.status),
            _ => None,
        }
    }

    pub fn code(&self) -> Option<&str> {
        match self {
            ApiError::Status(e) => e.code.as_deref(),
            _ => None,
        }
    }

    pub fn request_id(&self) -> Option<&str> {
        match self {
            ApiError::Status(e) => e.request_id.as_deref(),
            ApiError::InvalidResponse(e) => e.request_id.as_deref(),
            ApiError::Http(_) => None,
        }
    }

    pub fn is(&self, status: u16) -> bool {
        self.status() == Some(status)
    }
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: ErrorBody,
}

#[derive(Deserialize)]
struct ErrorBody {
    code: Option<String>,
    message: Option<String>,
    details: Option<Value>,
}

/// Builds the error for a non-success answer to a `method` request. Bodies
/// that are not the API's error shape (a proxy's HTML page, say) still give
/// a readable message.
pub fn status_error(method: Method, response: &Response) -> ApiError {
    let status = response.status.as_u16();
    let body = response.body.as_slice();
    let content_type = response.content_type();
    let parsed = serde_json::from_slice::<ErrorEnvelope>(body)
        .ok()
        .map(|e| e.error);
    let (code, message, details) = match parsed {
        Some(ErrorBody {
            code,
            message,
            details,
        }) => {
            let message = message.unwrap_or_else(|| default_message(status));
            (code, message, details)
        }
        None => {
            let what = describe_foreign_body(content_type, body);
            (None, format!("{}{what}", default_message(status)), None)
        }
    };
    ApiError::Status(Box::new(StatusError {
        method,
        url: response.url.clone(),
        status,
        request_id: response.request_id().map(str::to_string),
        code,
        message,
        details,
    }))
}

fn default_message(status: u16) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("unexpected status");
    format!("the service answered {status} {reason}")
}

/// " (an HTML page: \"502 Bad Gateway\")" for a body that is not ours.
fn describe_foreign_body(content_type: Option<&str>, body: &[u8]) -> String {
    if body.is_empty() {
        return String::new();
    }
    let text = String::from_utf8_lossy(body);
    let is_html =
        content_type.is_some_and(|c| c.contains("html")) || text.trim_start().starts_with('<');
    if is_html {
        let title = text
            .split_once("<title>")
            .and_then(|(_, rest)| rest.split_once("</title>"))
            .map(|(title, _)| title.trim().to_string())
            .filter(|t| !t.is_empty());
        return match title {
            Some(title) => format!(
                " with an HTML page titled \"{}\" (a proxy or gateway, not the API)",
                shorten(&title, 200)
            ),
            None => " with an HTML page (a proxy or gateway, not the API)".to_string(),
        };
    }
    format!(": {}", shorten(text.trim(), 200))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, request_id: Option<&str>, content_type: &str, body: &[u8]) -> Response {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("content-type", content_type.parse().unwrap());
        if let Some(id) = request_id {
            headers.insert("x-request-id", id.parse().unwrap());
        }
        Response {
            status: reqwest::StatusCode::from_u16(status).unwrap(),
            headers,
            body: body.to_vec(),
            url: Url::parse("https://api.example/admin/v1/tenants/x").unwrap(),
            attempts: 1,
        }
    }

    #[test]
    fn api_error_bodies_are_parsed() {
        let body = br#"{"error":{"code":"sso_config_not_found","message":"SSO config not found"}}"#;
        let e = status_error(
            Method::GET,
            &answer(404, Some("req_1"), "application/json", body),
        );
        assert_eq!(e.code(), Some("sso_config_not_found"));
        assert_eq!(e.to_string(), "SSO config not found (HTTP 404)");
        assert_eq!(e.request_id(), Some("req_1"));
    }

    #[test]
    fn html_proxy_pages_are_named_not_dumped() {
        let body = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        let e = status_error(Method::GET, &answer(502, None, "text/html", body));
        let text = e.to_string();
        assert!(
            text.contains("502 Bad Gateway") && text.contains("proxy"),
            "{text}"
        );
        assert!(!text.contains("<html>"));
    }

    #[test]
    fn truncated_json_is_not_a_serde_message() {
        let e = status_error(
            Method::GET,
            &answer(500, None, "application/json", b"{\"error\":{\"co"),
        );
        assert!(e.to_string().starts_with("the service answered 500"), "{e}");
    }
}
