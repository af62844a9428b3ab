//! What every request goes through before and after its route: a request id,
//! the configured latency, injected faults, the bearer token check and the
//! request log. Also the small helpers the routes share.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::error::{ApiError, FieldError};
use super::faults::FaultKind;
use super::state::{Caller, random_hex};
use super::{Shared, lock};

/// One request as the sandbox saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedRequest {
    /// The `X-Request-Id` of the answer (`req_` + 24 hex digits).
    pub request_id: String,
    pub method: String,
    /// The path with its query, as sent.
    pub path: String,
    /// The status answered; `0` when the connection was dropped with no answer.
    pub status: u16,
    /// Whether the request carried the right bearer token.
    pub authorized: bool,
    pub idempotency_key: Option<String>,
    pub if_match: Option<String>,
    /// The injected fault that caught this request, e.g. `"reset_after_commit"`.
    pub fault: Option<String>,
    /// For a request to an emulated Okta org, the `Host` it was sent to
    /// (e.g. `integrator-1000001.localhost:PORT`); `None` for the service.
    #[serde(default)]
    pub host: Option<String>,
}

/// The request log keeps this many of the latest requests.
pub(crate) const REQUEST_LOG_CAP: usize = 10_000;

/// The header every answer carries.
pub(crate) const REQUEST_ID: &str = "x-request-id";

pub(crate) async fn front_door(
    State(shared): State<Arc<Shared>>,
    req: Request,
    next: Next,
) -> Response {
    let request_id = format!("req_{}", random_hex(24));
    let path = req.uri().path().to_owned();
    let method = req.method().as_str().to_owned();
    let actor = shared
        .tokens
        .iter()
        .find(|(token, _)| bearer_ok(req.headers(), token))
        .map(|(_, actor)| actor.clone());
    let authorized = actor.is_some();
    let mut req = req;
    req.extensions_mut().insert(Caller::new(
        actor.as_deref().unwrap_or("anonymous"),
        Some(&request_id),
    ));
    let mut record = RecordedRequest {
        request_id: request_id.clone(),
        method: method.clone(),
        path: req
            .uri()
            .path_and_query()
            .map_or_else(|| path.clone(), |pq| pq.as_str().to_owned()),
        status: 0,
        authorized,
        idempotency_key: header_string(req.headers(), "idempotency-key"),
        if_match: header_string(req.headers(), header::IF_MATCH.as_str()),
        fault: None,
        host: None,
    };

    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }

    // The control plane is never faulted, so a test cannot lock itself out.
    let fault = if is_control_path(&path) {
        None
    } else {
        lock(&shared.knobs).faults.take(&method, &path)
    };
    let mut response = answer_or_fault(&shared, fault, &mut record, async move {
        handle(authorized, &path, req, next).await
    })
    .await;

    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    record.status = response.status().as_u16();
    shared.record(record);
    response
}

/// Answers with `handler` unless `fault` is set: then with the fault's
/// answer, or no answer at all (the resets; the request is logged first).
pub(crate) async fn answer_or_fault(
    shared: &Shared,
    fault: Option<FaultKind>,
    record: &mut RecordedRequest,
    handler: impl Future<Output = Response>,
) -> Response {
    record.fault = fault.map(|k| k.name().to_owned());
    match fault {
        None => handler.await,
        Some(FaultKind::ResetBeforeHandling) => {
            shared.record(record.clone());
            drop_connection()
        }
        Some(FaultKind::ResetAfterCommit) => {
            // The handler runs to the end, so its effect is committed (and
            // saved); only the answer is lost.
            let _lost = handler.await;
            shared.record(record.clone());
            drop_connection()
        }
        Some(kind) => kind
            .response()
            .await
            .unwrap_or_else(|| ApiError::internal("unknown fault").into_response()),
    }
}

async fn handle(authorized: bool, path: &str, req: Request, next: Next) -> Response {
    if needs_auth(path) && !authorized {
        let message = match req.headers().get(header::AUTHORIZATION) {
            None => "missing bearer token: send Authorization: Bearer <token>",
            Some(_) => "invalid bearer token",
        };
        return ApiError::unauthorized(message).into_response();
    }
    next.run(req).await
}

/// A value that ends the connection's task when it unwinds.
struct ConnectionDropped;

/// Ends the connection with no answer. Unwinding out of the service future
/// ends hyper's task for this connection, which closes the socket; unlike
/// `panic!`, `resume_unwind` does not run the panic hook, so nothing is
/// printed. This is the only unwinding the sandbox does on purpose.
fn drop_connection() -> ! {
    std::panic::resume_unwind(Box::new(ConnectionDropped))
}

fn needs_auth(path: &str) -> bool {
    path == "/admin" || path.starts_with("/admin/") || is_control_path(path)
}

pub(crate) fn is_control_path(path: &str) -> bool {
    path == "/_sandbox" || path.starts_with("/_sandbox/")
}

fn bearer_ok(headers: &HeaderMap, token: &str) -> bool {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let Some((scheme, given)) = value.trim().split_once(' ') else {
        return false;
    };
    scheme.eq_ignore_ascii_case("bearer")
        && constant_time_eq(given.trim().as_bytes(), token.as_bytes())
}

// Compares without an early exit, as a real service would.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A request body, read whole. One that cannot be read (too large, or cut
/// off) is the API's own error, the same on every route.
pub(crate) struct Body(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for Body {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        Bytes::from_request(req, state)
            .await
            .map(Body)
            .map_err(|e| {
                let message = format!("the request body could not be read: {e}");
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", message)
                } else {
                    ApiError::validation(message, vec![])
                }
            })
    }
}

pub(crate) fn header_string(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// Router fallback: no route has this path.
pub(crate) async fn not_found(method: Method, uri: Uri) -> ApiError {
    ApiError::route_not_found(method.as_str(), uri.path())
}

/// Router fallback: the path exists, the method does not.
pub(crate) async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("{} is not allowed on {}", method, uri.path()),
    )
}

/// A JSON answer.
pub(crate) fn json(status: StatusCode, body: Value) -> Response {
    (status, axum::Json(body)).into_response()
}

/// Parses a request body that must be a JSON object.
pub(crate) fn json_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::validation(
            "the request body must be a JSON object",
            vec![],
        ));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(ApiError::validation(
            "the request body must be a JSON object",
            vec![],
        )),
        Err(e) => Err(ApiError::validation(
            format!("the request body is not valid JSON: {e}"),
            vec![],
        )),
    }
}

/// Reads an optional string field, noting a wrong type in `details`.
pub(crate) fn string_field(
    obj: &Map<String, Value>,
    name: &str,
    details: &mut Vec<FieldError>,
) -> Option<String> {
    match obj.get(name)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => {
            details.push(FieldError::new(name, "must not be null"));
            None
        }
        _ => {
            details.push(FieldError::new(name, "must be a string"));
            None
        }
    }
}

/// Notes every field of `obj` that is not in `known`.
pub(crate) fn unknown_fields(
    obj: &Map<String, Value>,
    known: &[&str],
    details: &mut Vec<FieldError>,
) {
    for key in obj.keys() {
        if !known.contains(&key.as_str()) {
            details.push(FieldError::new(
                key.as_str(),
                format!("unknown field; expected one of: {}", known.join(", ")),
            ));
        }
    }
}

/// Runs a field check, noting its failure in `details`.
pub(crate) fn check<T>(
    field: &str,
    result: Result<T, String>,
    details: &mut Vec<FieldError>,
) -> Option<T> {
    result
        .map_err(|message| details.push(FieldError::new(field, message)))
        .ok()
}

/// Escapes text for an element's content or a double-quoted attribute.
/// Apostrophes stay as they are: the real pages show `'redirect_uri'`.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A `302 Found` to `location`, never cached. A location that cannot be a
/// header value (it never happens with the URLs the sandbox builds) is a
/// 500, not a redirect without `Location`.
pub(crate) fn found(location: &str) -> Response {
    let Ok(value) = HeaderValue::from_str(location) else {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            "the redirect could not be built",
        )
            .into_response();
    };
    let mut r = StatusCode::FOUND.into_response();
    let h = r.headers_mut();
    h.insert(header::LOCATION, value);
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store"),
    );
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens() {
        let mut h = HeaderMap::new();
        assert!(!bearer_ok(&h, "sandbox"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer sandbox"),
        );
        assert!(bearer_ok(&h, "sandbox"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("bearer  sandbox"),
        );
        assert!(bearer_ok(&h, "sandbox"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer sandbox2"),
        );
        assert!(!bearer_ok(&h, "sandbox"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Basic sandbox"),
        );
        assert!(!bearer_ok(&h, "sandbox"));
    }

    #[test]
    fn bodies() {
        assert!(json_object(b"").is_err());
        assert!(json_object(b"[]").is_err());
        let e = json_object(b"{\"a\":").unwrap_err();
        assert!(e.message.contains("not valid JSON"), "{}", e.message);
        assert_eq!(json_object(b"{\"a\":1}").unwrap().len(), 1);
    }
}
