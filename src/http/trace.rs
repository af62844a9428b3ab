//! `--trace FILE`: every HTTP exchange of a command as a HAR 1.2 file, for a
//! support ticket. Secrets, cookies, codes and tokens are redacted with the
//! same rules as `-vv`.

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use serde_json::{Value, json};

use super::redact;

#[derive(Default)]
pub struct Trace {
    entries: Mutex<Vec<Value>>,
}

fn headers_json(headers: &HeaderMap) -> Vec<Value> {
    headers
        .iter()
        .map(|(name, value)| {
            let value = value.to_str().unwrap_or("<binary>");
            json!({ "name": name.as_str(), "value": redact::header_value(name.as_str(), value) })
        })
        .collect()
}

/// What one attempt looked like, for the trace.
pub struct Exchange<'a> {
    pub started: SystemTime,
    pub elapsed: Duration,
    pub method: &'a str,
    pub url: &'a url::Url,
    pub request_headers: &'a HeaderMap,
    pub request_body: Option<(&'a str, &'a [u8])>,
    /// Status, headers and body; `None` when no answer came.
    pub response: Option<(u16, &'a HeaderMap, &'a [u8])>,
    pub error: Option<String>,
}

impl Trace {
    pub fn record(&self, x: Exchange<'_>) {
        let url = redact::url(x.url);
        let query: Vec<Value> = url::Url::parse(&url)
            .map(|u| {
                u.query_pairs()
                    .map(|(k, v)| json!({ "name": k, "value": v }))
                    .collect()
            })
            .unwrap_or_default();
        let mut request = json!({
            "method": x.method,
            "url": url,
            "httpVersion": "HTTP/1.1",
            "headers": headers_json(x.request_headers),
            "queryString": query,
            "cookies": [],
            "headersSize": -1,
            "bodySize": x.request_body.map_or(0, |(_, b)| b.len()),
        });
        if let Some((mime, body)) = x.request_body {
            request["postData"] =
                json!({ "mimeType": mime, "text": redact::body(Some(mime), body) });
        }
        let response = match x.response {
            Some((status, headers, body)) => {
                let mime = headers
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                json!({
                    "status": status,
                    "statusText": reqwest::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or(""),
                    "httpVersion": "HTTP/1.1",
                    "headers": headers_json(headers),
                    "cookies": [],
                    "content": { "size": body.len(), "mimeType": mime, "text": redact::body(Some(mime), body) },
                    "redirectURL": headers.get("location").and_then(|v| v.to_str().ok()).map(redact::url_text).unwrap_or_default(),
                    "headersSize": -1,
                    "bodySize": body.len(),
                })
            }
            None => json!({
                "status": 0, "statusText": "", "httpVersion": "", "headers": [], "cookies": [],
                "content": { "size": 0, "mimeType": "" }, "redirectURL": "", "headersSize": -1, "bodySize": -1,
            }),
        };
        let ms = x.elapsed.as_secs_f64() * 1000.0;
        let mut entry = json!({
            "startedDateTime": humantime::format_rfc3339_millis(x.started).to_string(),
            "time": ms,
            "request": request,
            "response": response,
            "cache": {},
            "timings": { "send": 0, "wait": ms, "receive": 0 },
        });
        if let Some(error) = x.error {
            entry["_error"] = json!(error);
        }
        if let Ok(mut entries) = self.entries.lock() {
            entries.push(entry);
        }
    }

    pub fn har(&self) -> Value {
        let entries = self.entries.lock().map(|e| e.clone()).unwrap_or_default();
        json!({
            "log": {
                "version": "1.2",
                "creator": { "name": "ssoctl", "version": env!("CARGO_PKG_VERSION") },
                "entries": entries,
            }
        })
    }

    /// Writes the HAR file, readable only by the user (it describes their requests).
    /// Every secret the process holds is scrubbed from it first, whatever
    /// field a server echoed it in.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let mut har = self.har();
        crate::secret::scrub_json(&mut har);
        let text = serde_json::to_string_pretty(&har).unwrap_or_default();
        crate::files::write_atomic(path, text.as_bytes())
    }
}
