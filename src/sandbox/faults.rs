//! Injected faults: answers a load balancer or a flaky network would give,
//! so the CLI's retry and idempotency logic can be tested for real.

use std::collections::VecDeque;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::error::ApiError;

/// A fault for the next `times` requests matching `method` (any when `None`)
/// and `path_prefix` (compared with the path, without the query).
///
/// As JSON (for `POST /_sandbox/faults`):
/// `{"method": "POST", "path_prefix": "/admin/v1/tenants", "kind": {"type": "reset_after_commit"}, "times": 1}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    #[serde(default)]
    pub method: Option<String>,
    pub path_prefix: String,
    pub kind: FaultKind,
    #[serde(default = "one")]
    pub times: u32,
}

fn one() -> u32 {
    1
}

impl Fault {
    /// A fault for the next request of any method under `path_prefix`.
    pub fn new(path_prefix: impl Into<String>, kind: FaultKind) -> Self {
        Self {
            method: None,
            path_prefix: path_prefix.into(),
            kind,
            times: 1,
        }
    }

    /// Only requests with this method (e.g. `"POST"`).
    pub fn method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    /// The next `times` matching requests instead of one.
    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.times > 0
            && self
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && path.starts_with(&self.path_prefix)
    }
}

/// What happens to a request a [`Fault`] catches. JSON: `{"type": "status503",
/// "retry_after_secs": 2}`, `{"type": "status502"}`, `{"type": "reset_before_handling"}`, …
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FaultKind {
    /// `503 unavailable` with `Retry-After`; nothing is done.
    Status503 { retry_after_secs: u64 },
    /// `429 rate_limited` with `Retry-After`; nothing is done.
    Status429 { retry_after_secs: u64 },
    /// `502 bad_gateway` (a proxy that lost its upstream); nothing is done.
    Status502,
    /// `500 internal`; nothing is done.
    Status500,
    /// The connection is dropped before the request is handled: nothing is done.
    ResetBeforeHandling,
    /// The request is handled and its effect committed, then the connection
    /// is dropped with no answer: a lost response.
    ResetAfterCommit,
}

impl FaultKind {
    /// A short name for the request log.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Status503 { .. } => "status503",
            Self::Status429 { .. } => "status429",
            Self::Status502 => "status502",
            Self::Status500 => "status500",
            Self::ResetBeforeHandling => "reset_before_handling",
            Self::ResetAfterCommit => "reset_after_commit",
        }
    }

    /// The answer of a status fault; `None` for the resets.
    pub(crate) fn response(&self) -> Option<Response> {
        let err = match *self {
            Self::Status503 { retry_after_secs } => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "the service is temporarily unavailable (injected by the sandbox)",
            )
            .with_header(header::RETRY_AFTER, retry_after_secs.to_string()),
            Self::Status429 { retry_after_secs } => ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "too many requests (injected by the sandbox)",
            )
            .with_header(header::RETRY_AFTER, retry_after_secs.to_string()),
            Self::Status502 => ApiError::new(
                StatusCode::BAD_GATEWAY,
                "bad_gateway",
                "the gateway could not reach the service (injected by the sandbox)",
            ),
            Self::Status500 => ApiError::internal("the service failed (injected by the sandbox)"),
            Self::ResetBeforeHandling | Self::ResetAfterCommit => return None,
        };
        Some(err.into_response())
    }
}

/// Pending faults, first in first out.
#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    faults: VecDeque<Fault>,
}

impl FaultQueue {
    pub fn push(&mut self, fault: Fault) {
        if fault.times > 0 {
            self.faults.push_back(fault);
        }
    }

    pub fn clear(&mut self) {
        self.faults.clear();
    }

    pub fn pending(&self) -> Vec<Fault> {
        self.faults.iter().cloned().collect()
    }

    /// Takes one use of the oldest fault that matches this request.
    pub fn take(&mut self, method: &str, path: &str) -> Option<FaultKind> {
        let i = self.faults.iter().position(|f| f.matches(method, path))?;
        let fault = self.faults.get_mut(i)?;
        fault.times -= 1;
        let kind = fault.kind;
        if fault.times == 0 {
            self.faults.remove(i);
        }
        Some(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_are_taken_in_order_and_counted() {
        let mut q = FaultQueue::default();
        q.push(
            Fault::new("/admin/v1/tenants", FaultKind::Status502)
                .method("post")
                .times(2),
        );
        q.push(Fault::new("/admin/", FaultKind::Status500));
        assert_eq!(
            q.take("GET", "/admin/v1/health"),
            Some(FaultKind::Status500)
        );
        assert_eq!(q.take("GET", "/admin/v1/health"), None);
        assert_eq!(q.take("GET", "/admin/v1/tenants"), None);
        assert_eq!(
            q.take("POST", "/admin/v1/tenants"),
            Some(FaultKind::Status502)
        );
        assert_eq!(
            q.take("POST", "/admin/v1/tenants/x"),
            Some(FaultKind::Status502)
        );
        assert_eq!(q.take("POST", "/admin/v1/tenants"), None);
        assert!(q.pending().is_empty());
    }

    #[test]
    fn fault_json() {
        let f: Fault = serde_json::from_value(serde_json::json!({
            "path_prefix": "/admin/v1/tenants",
            "kind": {"type": "status503", "retry_after_secs": 2}
        }))
        .unwrap();
        assert_eq!(f.times, 1);
        assert_eq!(f.method, None);
        assert_eq!(
            f.kind,
            FaultKind::Status503 {
                retry_after_secs: 2
            }
        );
        let reset: FaultKind =
            serde_json::from_value(serde_json::json!({"type": "reset_after_commit"})).unwrap();
        assert_eq!(reset, FaultKind::ResetAfterCommit);
    }
}
