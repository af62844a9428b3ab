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
    /// `429` as Okta sends it: `E0000047` with `X-Rate-Limit-*` headers,
    /// the reset `reset_secs` from now; nothing is done.
    OktaRateLimit { reset_secs: u64 },
    /// `423` as Okta sends it while it reconciles policy priorities
    /// (`E0000239`); nothing is done. A retry a second later passes.
    OktaLocked,
    /// `502` with a proxy's HTML error page instead of the API's JSON.
    HtmlErrorPage,
    /// `200` whose JSON body is cut in the middle.
    TruncatedJson,
    /// `200` with a 50 MB body, streamed.
    HugeBody,
    /// `200` and the first bytes of the body, then nothing, ever.
    StallMidBody,
    /// The request is read and never answered.
    NeverAnswer,
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
            Self::OktaRateLimit { .. } => "okta_rate_limit",
            Self::OktaLocked => "okta_locked",
            Self::HtmlErrorPage => "html_error_page",
            Self::TruncatedJson => "truncated_json",
            Self::HugeBody => "huge_body",
            Self::StallMidBody => "stall_mid_body",
            Self::NeverAnswer => "never_answer",
        }
    }

    /// The answer of a fault; `None` for the resets.
    pub(crate) async fn response(&self) -> Option<Response> {
        let err = match *self {
            Self::OktaRateLimit { reset_secs } => {
                let reset = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs() + reset_secs)
                    .unwrap_or_default();
                let body = serde_json::json!({
                    "errorCode": "E0000047",
                    "errorSummary": "API call exceeded rate limit due to too many requests.",
                    "errorLink": "E0000047",
                    "errorId": "oaeSandboxRateLimit",
                    "errorCauses": [],
                });
                let mut response =
                    (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response();
                let headers = response.headers_mut();
                for (name, value) in [
                    ("x-rate-limit-limit", "600".to_string()),
                    ("x-rate-limit-remaining", "0".into()),
                    ("x-rate-limit-reset", reset.to_string()),
                ] {
                    if let Ok(v) = header::HeaderValue::from_str(&value) {
                        headers.insert(name, v);
                    }
                }
                return Some(response);
            }
            Self::OktaLocked => {
                let body = serde_json::json!({
                    "errorCode": "E0000239",
                    "errorSummary": "Policy priorities are being reconciled. Please try again later.",
                    "errorLink": "E0000239",
                    "errorId": "oaeSandboxLocked",
                    "errorCauses": [],
                });
                return Some((StatusCode::LOCKED, axum::Json(body)).into_response());
            }
            Self::HtmlErrorPage => {
                let page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
                return Some(
                    (
                        StatusCode::BAD_GATEWAY,
                        [(header::CONTENT_TYPE, "text/html")],
                        page,
                    )
                        .into_response(),
                );
            }
            Self::TruncatedJson => {
                return Some(
                    (
                        StatusCode::OK,
                        [(header::CONTENT_TYPE, "application/json")],
                        "{\"tenants\": [{\"slug\": \"acme-co",
                    )
                        .into_response(),
                );
            }
            Self::HugeBody => {
                const CHUNK: usize = 64 * 1024;
                const TOTAL: usize = 50 * 1024 * 1024;
                let chunks =
                    futures_util::stream::iter((0..TOTAL / CHUNK).map(|_| {
                        Ok::<_, std::io::Error>(axum::body::Bytes::from(vec![b' '; CHUNK]))
                    }));
                let mut response = axum::body::Body::from_stream(chunks).into_response();
                response.headers_mut().insert(
                    header::CONTENT_TYPE,
                    header::HeaderValue::from_static("application/json"),
                );
                return Some(response);
            }
            Self::StallMidBody => {
                let first = futures_util::stream::once(async {
                    Ok::<_, std::io::Error>(axum::body::Bytes::from_static(b"{\"tenants\": ["))
                });
                let never =
                    futures_util::stream::pending::<Result<axum::body::Bytes, std::io::Error>>();
                let mut response =
                    axum::body::Body::from_stream(futures_util::StreamExt::chain(first, never))
                        .into_response();
                response.headers_mut().insert(
                    header::CONTENT_TYPE,
                    header::HeaderValue::from_static("application/json"),
                );
                return Some(response);
            }
            Self::NeverAnswer => {
                // The client gives up and closes; the task ends with it.
                std::future::pending::<()>().await;
                return None;
            }
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
            Self::Status500 => ApiError::internal("an internal error (injected by the sandbox)"),
            Self::ResetBeforeHandling | Self::ResetAfterCommit => return None,
        };
        Some(err.into_response())
    }
}

/// A fault drawn at random: each request under `path_prefix` (every one
/// when `None`; never the control plane) meets it with probability `rate`.
/// `sandbox serve --fault KIND[:RATE]` parses into one.
#[derive(Clone, Debug, PartialEq)]
pub struct RandomFault {
    pub kind: FaultKind,
    pub rate: f64,
    pub path_prefix: Option<String>,
}

/// The names `--fault` takes, with the waits the timed kinds get.
const RANDOM_KINDS: &[(&str, FaultKind)] = &[
    ("status500", FaultKind::Status500),
    ("status502", FaultKind::Status502),
    (
        "status503",
        FaultKind::Status503 {
            retry_after_secs: 1,
        },
    ),
    (
        "status429",
        FaultKind::Status429 {
            retry_after_secs: 1,
        },
    ),
    (
        "okta_rate_limit",
        FaultKind::OktaRateLimit { reset_secs: 1 },
    ),
    ("okta_locked", FaultKind::OktaLocked),
    ("reset_before_handling", FaultKind::ResetBeforeHandling),
    ("reset_after_commit", FaultKind::ResetAfterCommit),
    ("html_error_page", FaultKind::HtmlErrorPage),
    ("truncated_json", FaultKind::TruncatedJson),
    ("huge_body", FaultKind::HugeBody),
    ("stall_mid_body", FaultKind::StallMidBody),
    ("never_answer", FaultKind::NeverAnswer),
];

impl RandomFault {
    pub fn new(kind: FaultKind, rate: f64) -> Self {
        RandomFault {
            kind,
            rate,
            path_prefix: None,
        }
    }

    /// Only requests whose path starts with `prefix`.
    pub fn under(mut self, prefix: impl Into<String>) -> Self {
        self.path_prefix = Some(prefix.into());
        self
    }

    /// Every name `--fault` accepts.
    pub fn kind_names() -> impl Iterator<Item = &'static str> {
        RANDOM_KINDS.iter().map(|(name, _)| *name)
    }
}

impl std::str::FromStr for RandomFault {
    type Err = String;

    /// `KIND` (every request) or `KIND:RATE`, the rate as `0.3` or `30%`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (name, rate) = match text.split_once(':') {
            Some((name, rate)) => (name, Some(rate)),
            None => (text, None),
        };
        let wanted = name.trim().replace('-', "_").to_ascii_lowercase();
        let Some((_, kind)) = RANDOM_KINDS.iter().find(|(n, _)| *n == wanted) else {
            let known: Vec<&str> = RandomFault::kind_names().collect();
            return Err(format!(
                "`{name}` is not a fault; use one of {}",
                known.join(", ")
            ));
        };
        let rate = match rate.map(str::trim) {
            None => 1.0,
            Some(rate) => {
                let (number, scale) = match rate.strip_suffix('%') {
                    Some(percent) => (percent, 100.0),
                    None => (rate, 1.0),
                };
                number
                    .parse::<f64>()
                    .ok()
                    .map(|r| r / scale)
                    .filter(|r| *r > 0.0 && *r <= 1.0)
                    .ok_or_else(|| {
                        format!("`{rate}` is not a rate; use a fraction in (0, 1] or a percentage, e.g. 0.3 or 30%")
                    })?
            }
        };
        Ok(RandomFault::new(*kind, rate))
    }
}

/// Pending faults, first in first out, then the random ones.
#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    faults: VecDeque<Fault>,
    random: Vec<RandomFault>,
    rng: fastrand::Rng,
}

impl FaultQueue {
    pub fn push_random(&mut self, fault: RandomFault) {
        self.random.push(fault);
    }

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

    /// Takes one use of the oldest queued fault that matches this request;
    /// failing that, draws the random faults in turn.
    pub fn take(&mut self, method: &str, path: &str) -> Option<FaultKind> {
        let Some(i) = self.faults.iter().position(|f| f.matches(method, path)) else {
            // One draw against the rates laid end to end, so rates add up:
            // 10 % of one kind and 20 % of another fault 30 % of requests.
            let draw = self.rng.f64();
            let mut reach = 0.0;
            return self
                .random
                .iter()
                .filter(|f| f.path_prefix.as_deref().is_none_or(|p| path.starts_with(p)))
                .find(|f| {
                    reach += f.rate;
                    draw < reach
                })
                .map(|f| f.kind);
        };
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
    fn random_faults_parse_and_fire_at_their_rate() {
        let f: RandomFault = "status503:30%".parse().unwrap();
        assert_eq!(
            f.kind,
            FaultKind::Status503 {
                retry_after_secs: 1
            }
        );
        assert!((f.rate - 0.3).abs() < 1e-9);
        assert_eq!(
            "reset-after-commit".parse::<RandomFault>().unwrap().rate,
            1.0
        );
        for bad in [
            "status504",
            "status503:0",
            "status503:1.5",
            "status503:x",
            "status503:150%",
        ] {
            assert!(bad.parse::<RandomFault>().is_err(), "{bad}");
        }

        let mut q = FaultQueue::default();
        q.push_random(RandomFault::new(FaultKind::Status500, 0.3).under("/admin/"));
        assert_eq!(q.take("GET", "/okta-login/x"), None);
        let hits = (0..10_000)
            .filter(|_| q.take("GET", "/admin/v1/tenants").is_some())
            .count();
        assert!((2_500..3_500).contains(&hits), "{hits} of 10,000");
        // Rates add up.
        let mut q = FaultQueue::default();
        q.push_random(RandomFault::new(FaultKind::Status500, 0.1));
        q.push_random(RandomFault::new(FaultKind::Status502, 0.2));
        let hits = (0..10_000)
            .filter(|_| q.take("GET", "/x").is_some())
            .count();
        assert!((2_500..3_500).contains(&hits), "{hits} of 10,000");
        // A queued fault comes first.
        q.push(Fault::new("/admin/", FaultKind::Status502));
        assert_eq!(
            q.take("GET", "/admin/v1/tenants"),
            Some(FaultKind::Status502)
        );
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
