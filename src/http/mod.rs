//! The one HTTP client: rustls, timeouts, bounded bodies, retries with
//! backoff and jitter, and traces with every secret redacted. The admin API
//! client and the Okta checks are both built on it.

pub mod cli_error;
pub mod proxy;
pub mod redact;
pub mod trace;

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode};
use url::Url;

/// How hard to try before giving up.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Total attempts, the first included.
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// A `Retry-After` longer than this is not waited for: the error is returned.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

#[derive(Debug, Clone)]
pub struct HttpConfig {
    pub connect_timeout: Duration,
    /// Per attempt, from sending the request to the last byte of the body.
    pub request_timeout: Duration,
    pub ca_certs: Vec<PathBuf>,
    pub retry: RetryPolicy,
    /// Larger response bodies are refused.
    pub max_body_bytes: usize,
    /// `None`: read `HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY` when the client is
    /// made. Either way loopback and plain http go direct ([`proxy`]).
    pub proxy: Option<proxy::ProxySettings>,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            ca_certs: Vec::new(),
            retry: RetryPolicy::default(),
            max_body_bytes: 8 * 1024 * 1024,
            proxy: None,
        }
    }
}

pub const USER_AGENT: &str = concat!("ssoctl/", env!("CARGO_PKG_VERSION"));

/// What went wrong below HTTP status codes.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("could not connect to {host}: {reason}")]
    Connect {
        url: String,
        host: String,
        reason: String,
        attempts: u32,
    },
    #[error("no answer from {host} within {timeout:?}")]
    Timeout {
        url: String,
        host: String,
        timeout: Duration,
        attempts: u32,
    },
    #[error("TLS handshake with {host} failed: {reason}")]
    Tls {
        url: String,
        host: String,
        reason: String,
    },
    #[error("the connection to {host} broke before the answer was complete: {reason}")]
    Interrupted {
        url: String,
        host: String,
        reason: String,
        attempts: u32,
    },
    #[error("the answer from {host} is larger than {limit} bytes")]
    BodyTooLarge {
        url: String,
        host: String,
        limit: usize,
    },
    #[error("{0}")]
    Setup(String),
}

impl HttpError {
    /// The URL, secrets in its query redacted.
    pub fn url(&self) -> Option<&str> {
        match self {
            HttpError::Connect { url, .. }
            | HttpError::Timeout { url, .. }
            | HttpError::Tls { url, .. }
            | HttpError::Interrupted { url, .. }
            | HttpError::BodyTooLarge { url, .. } => Some(url),
            HttpError::Setup(_) => None,
        }
    }
}

/// A request about to be sent. Retry safety follows the method and headers
/// (see [`Request::is_retry_safe`]) unless a caller says otherwise.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub url: Url,
    pub headers: HeaderMap,
    pub body: Option<(String, Vec<u8>)>,
    retry_override: Option<bool>,
}

impl Request {
    pub fn new(method: Method, url: Url) -> Self {
        Request {
            method,
            url,
            headers: HeaderMap::new(),
            body: None,
            retry_override: None,
        }
    }

    pub fn header(mut self, name: HeaderName, value: &str) -> Self {
        if let Ok(mut v) = HeaderValue::from_str(value) {
            v.set_sensitive(redact::is_secret_header(name.as_str()));
            self.headers.insert(name, v);
        }
        self
    }

    pub fn json(mut self, value: &serde_json::Value) -> Self {
        self.body = Some(("application/json".into(), value.to_string().into_bytes()));
        self
    }

    pub fn form(mut self, pairs: &[(&str, &str)]) -> Self {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        self.body = Some((
            "application/x-www-form-urlencoded".into(),
            body.into_bytes(),
        ));
        self
    }

    pub fn raw_body(mut self, content_type: &str, bytes: Vec<u8>) -> Self {
        self.body = Some((content_type.to_string(), bytes));
        self
    }

    /// Overrides the method-based rule, for a caller that knows better.
    pub fn retry_safe(mut self, safe: bool) -> Self {
        self.retry_override = Some(safe);
        self
    }

    /// GET, HEAD, OPTIONS, PUT and DELETE are idempotent; PATCH is only with
    /// `If-Match` (a replay fails the precondition instead of applying
    /// twice); POST only with an `Idempotency-Key`.
    pub fn is_retry_safe(&self) -> bool {
        if let Some(safe) = self.retry_override {
            return safe;
        }
        match self.method {
            Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE => true,
            Method::PATCH => self.headers.contains_key("if-match"),
            Method::POST => self.headers.contains_key("idempotency-key"),
            _ => false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    pub url: Url,
    pub attempts: u32,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn content_type(&self) -> Option<&str> {
        self.header("content-type")
    }

    pub fn request_id(&self) -> Option<&str> {
        self.header("x-request-id")
    }

    pub fn is_json(&self) -> bool {
        self.content_type()
            .is_some_and(|ct| ct.to_ascii_lowercase().contains("json"))
    }
}

#[derive(Clone)]
pub struct HttpClient {
    inner: reqwest::Client,
    config: HttpConfig,
    /// At most this many requests in flight across all clones, when set.
    limit: Option<std::sync::Arc<tokio::sync::Semaphore>>,
    /// Hosts that said `X-Rate-Limit-Remaining: 0`, and when they reset.
    resting: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, Instant>>>,
    /// `--trace`: every exchange, redacted.
    trace: Option<std::sync::Arc<trace::Trace>>,
}

impl HttpClient {
    pub fn new(config: HttpConfig) -> Result<Self, HttpError> {
        let mut builder = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(config.connect_timeout)
            .timeout(config.request_timeout)
            // Redirects are answers to look at (Okta probes), never to follow blindly.
            .redirect(reqwest::redirect::Policy::none())
            .https_only(false)
            // Never reqwest's own reading of the proxy variables: it would
            // send loopback and plain-http requests, tokens and all, through
            // the proxy.
            .no_proxy()
            .dns_resolver(std::sync::Arc::new(LoopbackResolver))
            // A command's requests to one host come back to back; idle
            // connections kept longer only pile up (`doctor --all` meets a
            // thousand orgs, each once).
            .pool_idle_timeout(Duration::from_secs(5))
            .pool_max_idle_per_host(4)
            .use_rustls_tls();
        let proxies = match &config.proxy {
            Some(settings) => settings.clone(),
            None => proxy::ProxySettings::from_env().map_err(HttpError::Setup)?,
        };
        if let Some(proxy) = proxies.reqwest_proxy() {
            builder = builder.proxy(proxy.map_err(HttpError::Setup)?);
        }
        for path in &config.ca_certs {
            let pem = std::fs::read(path).map_err(|e| {
                HttpError::Setup(format!(
                    "cannot read the CA certificate {}: {e}",
                    path.display()
                ))
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                HttpError::Setup(format!("{} is not a PEM certificate: {e}", path.display()))
            })?;
            if certs.is_empty() {
                return Err(HttpError::Setup(format!(
                    "{} holds no PEM certificate",
                    path.display()
                )));
            }
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        let inner = builder.build().map_err(|e| {
            // reqwest says only "builder error"; its source names the cause.
            let cause = std::error::Error::source(&e)
                .map(|s| format!(": {s}"))
                .unwrap_or_default();
            match config.ca_certs.as_slice() {
                [] => HttpError::Setup(format!("cannot set up the HTTP client: {e}{cause}")),
                certs => HttpError::Setup(format!(
                    "the CA certificate {} cannot be used (is it a PEM certificate?){cause}",
                    certs
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            }
        })?;
        Ok(HttpClient {
            inner,
            config,
            limit: None,
            resting: Default::default(),
            trace: None,
        })
    }

    /// A clone that records every exchange in `trace`.
    pub fn with_trace(&self, trace: std::sync::Arc<trace::Trace>) -> HttpClient {
        HttpClient {
            trace: Some(trace),
            ..self.clone()
        }
    }

    /// A clone whose requests, with its own clones', are at most `max` in flight.
    pub fn with_concurrency_limit(&self, max: usize) -> HttpClient {
        HttpClient {
            limit: Some(std::sync::Arc::new(tokio::sync::Semaphore::new(max.max(1)))),
            ..self.clone()
        }
    }

    /// Okta announces its budget: when a host says none is left, wait for
    /// its reset before the next request to it, instead of earning a 429.
    async fn respect_rate_limit(&self, host: &str) {
        let until = self.resting.lock().ok().and_then(|m| m.get(host).copied());
        if let Some(until) = until {
            let now = Instant::now();
            if until > now {
                tracing::debug!(
                    "{host} asked for a pause of {} ms (X-Rate-Limit-Remaining: 0)",
                    (until - now).as_millis()
                );
                tokio::time::sleep(until - now).await;
            }
        }
    }

    fn note_rate_limit(&self, host: &str, headers: &HeaderMap) {
        let remaining = headers
            .get("x-rate-limit-remaining")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        if remaining != Some(0) {
            return;
        }
        let Some(reset) = headers
            .get("x-rate-limit-reset")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
        else {
            return;
        };
        let wait = (SystemTime::UNIX_EPOCH + Duration::from_secs(reset))
            .duration_since(SystemTime::now())
            .unwrap_or_default();
        // A reset far away is the retry policy's business, not a silent stall.
        if let Ok(mut map) = self.resting.lock() {
            map.insert(
                host.to_string(),
                Instant::now() + wait.min(self.config.retry.max_retry_after),
            );
        }
    }

    pub fn config(&self) -> &HttpConfig {
        &self.config
    }

    /// Sends the request, retrying transport failures and 429/502/503/504
    /// when the request is safe to repeat.
    pub async fn send(&self, request: Request) -> Result<Response, HttpError> {
        let policy = &self.config.retry;
        let retry_safe = request.is_retry_safe();
        redact::learn(
            &request.url,
            &request.headers,
            request
                .body
                .as_ref()
                .map(|(mime, body)| (Some(mime.as_str()), body.as_slice())),
            false,
        );
        let mut attempt = 0;
        loop {
            attempt += 1;
            let started = Instant::now();
            let outcome = self.send_once(&request, attempt).await;
            let can_retry = retry_safe && attempt < policy.max_attempts;
            match outcome {
                Ok(response) => {
                    redact::learn(
                        &response.url,
                        &response.headers,
                        Some((response.content_type(), &response.body)),
                        true,
                    );
                    tracing::debug!(
                        "← {} {} ({} ms{})",
                        response.status.as_u16(),
                        redact::url(&response.url),
                        started.elapsed().as_millis(),
                        response
                            .request_id()
                            .map(|id| format!(", {id}"))
                            .unwrap_or_default()
                    );
                    trace_headers("←", &response.headers);
                    if !response.body.is_empty() {
                        tracing::trace!(
                            "← body: {}",
                            redact::body(response.content_type(), &response.body)
                        );
                    }
                    if can_retry && is_retryable_status(response.status) {
                        match retry_delay(policy, attempt, &response.headers) {
                            Some(delay) => {
                                tracing::debug!(
                                    "retrying in {} ms after HTTP {} (attempt {attempt} of {})",
                                    delay.as_millis(),
                                    response.status.as_u16(),
                                    policy.max_attempts
                                );
                                tokio::time::sleep(delay).await;
                                continue;
                            }
                            None => return Ok(response),
                        }
                    }
                    return Ok(response);
                }
                Err(error) => {
                    let transient = matches!(
                        error,
                        HttpError::Connect { .. }
                            | HttpError::Timeout { .. }
                            | HttpError::Interrupted { .. }
                    );
                    if can_retry && transient {
                        let delay = backoff(policy, attempt);
                        tracing::debug!(
                            "{error}; retrying in {} ms (attempt {attempt} of {})",
                            delay.as_millis(),
                            policy.max_attempts
                        );
                        tokio::time::sleep(delay).await;
                        continue;
                    }
                    return Err(error);
                }
            }
        }
    }

    /// One attempt, recorded in the trace when there is one.
    async fn send_once(&self, request: &Request, attempt: u32) -> Result<Response, HttpError> {
        let started = SystemTime::now();
        let clock = Instant::now();
        let outcome = self.attempt(request, attempt).await;
        if let Some(trace) = &self.trace {
            trace.record(trace::Exchange {
                started,
                elapsed: clock.elapsed(),
                method: request.method.as_str(),
                url: &request.url,
                request_headers: &request.headers,
                request_body: request
                    .body
                    .as_ref()
                    .map(|(mime, body)| (mime.as_str(), body.as_slice())),
                response: outcome
                    .as_ref()
                    .ok()
                    .map(|r| (r.status.as_u16(), &r.headers, r.body.as_slice())),
                error: outcome.as_ref().err().map(ToString::to_string),
            });
        }
        outcome
    }

    async fn attempt(&self, request: &Request, attempt: u32) -> Result<Response, HttpError> {
        let host = host_of(&request.url);
        self.respect_rate_limit(&host).await;
        let _permit = match &self.limit {
            Some(limit) => limit.clone().acquire_owned().await.ok(),
            None => None,
        };
        tracing::debug!("→ {} {}", request.method, redact::url(&request.url));
        trace_headers("→", &request.headers);
        let mut builder = self
            .inner
            .request(request.method.clone(), request.url.clone())
            .headers(request.headers.clone());
        if let Some((content_type, bytes)) = &request.body {
            tracing::trace!("→ body: {}", redact::body(Some(content_type), bytes));
            builder = builder
                .header("content-type", content_type.as_str())
                .body(bytes.clone());
        }
        let mut response = builder
            .send()
            .await
            .map_err(|e| classify(e, &request.url, &host, attempt, self.config.request_timeout))?;
        let status = response.status();
        let headers = response.headers().clone();
        self.note_rate_limit(&host, &headers);
        let url = response.url().clone();
        let limit = self.config.max_body_bytes;
        if response
            .content_length()
            .is_some_and(|len| len > limit as u64)
        {
            return Err(HttpError::BodyTooLarge {
                url: redact::url(&url),
                host,
                limit,
            });
        }
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > limit {
                        return Err(HttpError::BodyTooLarge {
                            url: redact::url(&url),
                            host,
                            limit,
                        });
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    return Err(classify(
                        e,
                        &request.url,
                        &host,
                        attempt,
                        self.config.request_timeout,
                    ));
                }
            }
        }
        Ok(Response {
            status,
            headers,
            body,
            url,
            attempts: attempt,
        })
    }
}

/// Resolves `localhost` and `*.localhost` to loopback without asking DNS
/// (RFC 6761 §6.3 allows it; the system resolver here does not know
/// `*.localhost`, browsers do), and everything else the usual way.
struct LoopbackResolver;

impl reqwest::dns::Resolve for LoopbackResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().trim_end_matches('.').to_ascii_lowercase();
        Box::pin(async move {
            if host == "localhost" || host.ends_with(".localhost") {
                let addrs: Vec<std::net::SocketAddr> = vec![
                    (std::net::Ipv4Addr::LOCALHOST, 0).into(),
                    (std::net::Ipv6Addr::LOCALHOST, 0).into(),
                ];
                return Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs);
            }
            let addrs = tokio::net::lookup_host((host.as_str(), 0)).await?;
            Ok(Box::new(addrs.collect::<Vec<_>>().into_iter()) as reqwest::dns::Addrs)
        })
    }
}

fn trace_headers(arrow: &str, headers: &HeaderMap) {
    if tracing::enabled!(tracing::Level::TRACE) {
        for (name, value) in headers {
            let value = value.to_str().unwrap_or("<binary>");
            tracing::trace!(
                "{arrow} {}: {}",
                name,
                redact::header_value(name.as_str(), value)
            );
        }
    }
}

fn host_of(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_string(),
        _ => url.to_string(),
    }
}

/// Turns reqwest's error into one of ours, with the innermost cause as the reason.
fn classify(
    error: reqwest::Error,
    url: &Url,
    host: &str,
    attempts: u32,
    timeout: Duration,
) -> HttpError {
    let reason = root_cause(&error);
    let host = host.to_string();
    let url = redact::url(url);
    if error.is_timeout() {
        return HttpError::Timeout {
            url,
            host,
            timeout,
            attempts,
        };
    }
    let lower = reason.to_ascii_lowercase();
    // rustls read a plain-http answer as a TLS record: the server speaks
    // http, and asking again will not change that (no retry).
    if url.starts_with("https://") && lower.contains("invalidcontenttype") {
        return HttpError::Tls {
            url,
            host,
            reason: "the server answers in plain http, not https (InvalidContentType)".to_string(),
        };
    }
    if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
        let reason = explain_certificate_problem(&reason);
        return HttpError::Tls { url, host, reason };
    }
    if error.is_connect() {
        return HttpError::Connect {
            url,
            host,
            reason,
            attempts,
        };
    }
    HttpError::Interrupted {
        url,
        host,
        reason,
        attempts,
    }
}

/// rustls names certificate problems by their enum variant; a person
/// needs the sentence (the variant stays, for searching).
fn explain_certificate_problem(reason: &str) -> String {
    const KNOWN: &[(&str, &str)] = &[
        (
            "UnknownIssuer",
            "the certificate is signed by a CA this machine does not trust",
        ),
        (
            "NotValidForName",
            "the certificate is not valid for this host name",
        ),
        ("Expired", "the certificate has expired"),
        (
            "NotValidYet",
            "the certificate is not valid yet (check the clock)",
        ),
        ("Revoked", "the certificate has been revoked"),
        (
            "BadSignature",
            "the certificate's signature does not match the trusted CA of that name",
        ),
        (
            "UnsupportedSignatureAlgorithm",
            "the certificate uses a signature algorithm rustls refuses",
        ),
    ];
    KNOWN
        .iter()
        .find(|(variant, _)| reason.contains(variant))
        .map_or_else(
            || reason.to_string(),
            |(variant, sentence)| format!("{sentence} ({variant})"),
        )
}

fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut current = error;
    while let Some(next) = current.source() {
        current = next;
    }
    current.to_string()
}

pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// Full-jitter exponential backoff.
fn backoff(policy: &RetryPolicy, attempt: u32) -> Duration {
    let exp = policy
        .base_delay
        .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)));
    let cap = exp.min(policy.max_delay);
    let millis = cap.as_millis().max(1) as u64;
    Duration::from_millis(fastrand::u64(millis / 2..=millis))
}

/// The server's `Retry-After` (seconds or an HTTP date) or Okta's
/// `X-Rate-Limit-Reset` (epoch seconds) when present, else backoff. `None`
/// when the server asks for a longer wait than the policy allows.
fn retry_delay(policy: &RetryPolicy, attempt: u32, headers: &HeaderMap) -> Option<Duration> {
    let asked = server_delay(headers, SystemTime::now());
    match asked {
        Some(delay) if delay > policy.max_retry_after => None,
        Some(delay) => Some(delay),
        None => Some(backoff(policy, attempt)),
    }
}

pub fn server_delay(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let get = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(value) = get("retry-after") {
        if let Ok(secs) = value.parse::<u64>() {
            return Some(Duration::from_secs(secs));
        }
        if let Ok(when) = httpdate::parse_http_date(value) {
            return Some(when.duration_since(now).unwrap_or_default());
        }
    }
    if let Some(reset) = get("x-rate-limit-reset").and_then(|v| v.parse::<u64>().ok()) {
        let when = SystemTime::UNIX_EPOCH + Duration::from_secs(reset);
        return Some(when.duration_since(now).unwrap_or_default());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        map
    }

    #[test]
    fn retry_safety_follows_method_and_headers() {
        let url = Url::parse("https://example.com/x").unwrap();
        assert!(Request::new(Method::GET, url.clone()).is_retry_safe());
        assert!(Request::new(Method::DELETE, url.clone()).is_retry_safe());
        assert!(!Request::new(Method::POST, url.clone()).is_retry_safe());
        assert!(
            Request::new(Method::POST, url.clone())
                .header(HeaderName::from_static("idempotency-key"), "k")
                .is_retry_safe()
        );
        assert!(!Request::new(Method::PATCH, url.clone()).is_retry_safe());
        assert!(
            Request::new(Method::PATCH, url)
                .header(HeaderName::from_static("if-match"), "\"1\"")
                .is_retry_safe()
        );
    }

    #[test]
    fn retry_after_seconds_date_and_okta_reset() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        assert_eq!(
            server_delay(&headers(&[("retry-after", "3")]), now),
            Some(Duration::from_secs(3))
        );
        let date = httpdate::fmt_http_date(now + Duration::from_secs(7));
        assert_eq!(
            server_delay(&headers(&[("retry-after", &date)]), now),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            server_delay(&headers(&[("x-rate-limit-reset", "1000005")]), now),
            Some(Duration::from_secs(5))
        );
        assert_eq!(server_delay(&headers(&[]), now), None);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = RetryPolicy::default();
        for attempt in 1..10 {
            assert!(backoff(&policy, attempt) <= policy.max_delay);
        }
        assert!(backoff(&policy, 1) <= policy.base_delay);
    }

    #[test]
    fn too_long_retry_after_is_not_waited_for() {
        let policy = RetryPolicy::default();
        assert_eq!(
            retry_delay(&policy, 1, &headers(&[("retry-after", "3600")])),
            None
        );
    }
}
