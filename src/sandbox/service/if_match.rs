//! `If-Match` on the tenant routes: one reading of the header, the one
//! strong comparison RFC 9110 asks for, and the one 412.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};

use crate::sandbox::error::ApiError;
use crate::sandbox::state::TenantRecord;

/// The request's `If-Match`, if it has one.
pub(super) struct IfMatch(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        let given = parts.headers.get(header::IF_MATCH);
        Ok(IfMatch(given.map(|v| {
            String::from_utf8_lossy(v.as_bytes()).into_owned()
        })))
    }
}

/// `If-Match` holds the current ETag (or `*`). Weak tags never match: the
/// comparison is the strong one RFC 9110 requires for `If-Match`.
pub(super) fn holds(if_match: &str, etag: &str) -> bool {
    if_match
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag == etag)
}

/// Where `If-Match` is optional: honoured when given, refused with
/// `stale` when it does not hold.
pub(super) fn honoured(
    if_match: Option<&str>,
    t: &TenantRecord,
    stale: fn(&TenantRecord) -> ApiError,
) -> Result<(), ApiError> {
    match if_match {
        Some(if_match) if !holds(if_match, &t.etag()) => Err(stale(t)),
        _ => Ok(()),
    }
}

/// 412 with the tenant's current ETag: "tenant SLUG was {what}: it is now
/// at version N; {next}".
pub(super) fn precondition_failed(t: &TenantRecord, what: &str, next: &str) -> ApiError {
    ApiError::new(
        StatusCode::PRECONDITION_FAILED,
        "precondition_failed",
        format!(
            "tenant {} was {what}: it is now at version {}; {next}",
            t.slug, t.version
        ),
    )
    .with_header(header::ETAG, t.etag())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_is_strong_and_accepts_lists_and_star() {
        assert!(holds("\"3\"", "\"3\""));
        assert!(holds("\"2\", \"3\"", "\"3\""));
        assert!(holds("*", "\"3\""));
        assert!(!holds("W/\"3\"", "\"3\""));
        assert!(!holds("3", "\"3\""));
        assert!(!holds("\"2\"", "\"3\""));
    }
}
