//! The admin API client's typed error.

use reqwest::Method;
use serde::Deserialize;
use serde_json::Value;
use url::Url;

use crate::error::CliError;
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

/// The error as the person at the terminal sees it: its class (exit code),
/// what to do, the error code and the request id.
pub fn api_error(error: &ApiError) -> CliError {
    let mut out = match error {
        ApiError::Http(http) => return crate::http::cli_error::http_error(http),
        ApiError::InvalidResponse(invalid) => CliError::general(format!(
            "the service gave an answer ssoctl cannot read: {}",
            invalid.problem
        ))
        .detail(format!(
            "request: {} {} (HTTP {})",
            invalid.method,
            crate::config::display_url(&invalid.url),
            invalid.status
        ))
        .hint("this is a service-side problem; send the request id to Biometry's SSO team"),
        ApiError::Status(status)
            if status.status == 404 && doubled_base_path(&status.url).is_some() =>
        {
            let root = doubled_base_path(&status.url).unwrap_or_default();
            CliError::usage(format!(
                "the API URL ends in its API path: ssoctl asked for {} (HTTP 404)",
                status.url.path()
            ))
            .hint(format!(
                "the API URL should be the service's root, `{root}` (`ssoctl profile set api_url {root}`, or SSOCTL_API_URL)"
            ))
        }
        ApiError::Status(status) => {
            let what = format!("{} {}", status.method, status.url.path());
            let mut e = match (status.status, status.code.as_deref()) {
                (401, _) => CliError::auth(format!("the service refused the admin token: {}", status.message))
                    .hint("run `ssoctl auth login` to store a valid token (SSOCTL_TOKEN, when set, wins over the stored one)"),
                (403, _) => CliError::auth(format!("the admin token may not do this: {}", status.message))
                    .hint("ask for a token with the right permissions, then run `ssoctl auth login`"),
                (404, Some("sso_config_not_found")) => CliError::not_found(format!(
                    "SSO config not found: no tenant is registered under that slug ({what})"
                ))
                .hint("list the registered tenants with `ssoctl tenant list`"),
                (404, _) => CliError::not_found(status.message.clone()),
                (409, _) => CliError::conflict(status.message.clone()),
                (412, _) | (428, _) => CliError::conflict(status.message.clone())
                    .hint("read the current state again and retry the change"),
                (422, _) => CliError::usage(format!("the service rejected the request: {}", status.message))
                    .details(validation_details(status.details.as_ref())),
                (429, _) => CliError::general(format!("the service is rate limiting requests: {}", status.message))
                    .hint("wait a minute and run the command again"),
                (500..=599, _) => CliError::general(format!("the service failed: {} ({what})", status.message))
                    .hint("try again in a moment; if it keeps failing, send the request id to Biometry's SSO team"),
                _ => CliError::general(format!("{} ({what})", status.message)),
            };
            if let Some(code) = &status.code {
                e = e.detail(format!("error code: {code}"));
            }
            e
        }
    };
    if let Some(id) = error.request_id() {
        out = out.detail(format!("request id: {id}"));
    }
    out.service_ref(error.code(), error.request_id())
}

/// The service's root when a request path repeats the API's base path
/// (`/admin/v1/admin/v1/tenants`: the configured URL already held it).
fn doubled_base_path(url: &url::Url) -> Option<String> {
    const BASE: &str = "/admin/v1";
    let path = url.path();
    let at = path.find(&format!("{BASE}{BASE}/"))?;
    let mut root = url.clone();
    root.set_path(&path[..at]);
    root.set_query(None);
    Some(crate::config::display_url(&root))
}

fn validation_details(details: Option<&serde_json::Value>) -> Vec<String> {
    let Some(serde_json::Value::Array(items)) = details else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let field = item.get("field")?.as_str()?;
            let message = item.get("message")?.as_str()?;
            Some(format!("- {field}: {message}"))
        })
        .collect()
}

/// Maps the tenant routes' 404 to "no tenant is registered as SLUG"; any
/// other error is passed on as it is.
pub fn tenant_not_found(slug: &str) -> impl Fn(ApiError) -> anyhow::Error + '_ {
    move |e| {
        let doubled = matches!(&e, ApiError::Status(s) if doubled_base_path(&s.url).is_some());
        if !doubled && (e.code() == Some("sso_config_not_found") || e.is(404)) {
            let mut error = CliError::not_found(format!(
                "SSO config not found: no tenant is registered as `{slug}`"
            ))
            .hint("list the registered tenants with `ssoctl tenant list`");
            if let Some(id) = e.request_id() {
                error = error.detail(format!("request id: {id}"));
            }
            error
                .service_ref(Some("sso_config_not_found"), e.request_id())
                .into()
        } else {
            e.into()
        }
    }
}

/// Any error as the CLI reports it: what the chain knows (a `CliError`
/// as it is, an `ApiError` or `HttpError` mapped to its class), anything
/// else as a general error with its causes. It lives beside the API error
/// so that commands can use it without importing `app.rs`.
pub fn to_cli_error(error: &anyhow::Error) -> CliError {
    for cause in error.chain() {
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return CliError {
                kind: e.kind,
                message: e.message.clone(),
                details: e.details.clone(),
                hints: e.hints.clone(),
                service: e.service.clone(),
            };
        }
        if let Some(e) = cause.downcast_ref::<ApiError>() {
            return api_error(e);
        }
        if let Some(e) = cause.downcast_ref::<HttpError>() {
            return crate::http::cli_error::http_error(e);
        }
    }
    let mut cli_error = CliError::general(error.to_string());
    for cause in error.chain().skip(1) {
        cli_error = cli_error.detail(format!("caused by: {cause}"));
    }
    cli_error
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
    fn a_doubled_api_path_says_the_url_should_be_the_root() {
        let mut response = answer(404, None, "application/json", b"{}");
        response.url = Url::parse("http://127.0.0.1:9/admin/v1/admin/v1/tenants").unwrap();
        let e = api_error(&status_error(Method::GET, &response));
        assert_eq!(e.kind, crate::error::ErrorKind::Usage);
        assert_eq!(
            e.hints,
            [
                "the API URL should be the service's root, `http://127.0.0.1:9` (`ssoctl profile set api_url http://127.0.0.1:9`, or SSOCTL_API_URL)"
            ]
        );
        response.url = Url::parse("http://127.0.0.1:9/admin/v1/tenants/admin").unwrap();
        let e = api_error(&status_error(Method::GET, &response));
        assert_eq!(e.kind, crate::error::ErrorKind::NotFound);
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
