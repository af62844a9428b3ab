//! Redaction for anything that is traced: headers, URLs and bodies.

use serde_json::Value;

use crate::secret::redact;

/// Names (of JSON keys, form fields and query parameters) whose values are secrets.
const SECRET_NAMES: &[&str] = &[
    "client_secret",
    "secret",
    "token",
    "access_token",
    "id_token",
    "refresh_token",
    "session_token",
    "api_token",
    "code",
    "code_verifier",
    "password",
    "authorization",
    "assertion",
    "client_assertion",
];

const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-okta-api-token",
];

pub fn is_secret_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    SECRET_NAMES.contains(&name.as_str()) || name.ends_with("_secret") || name.ends_with("_token")
}

pub fn is_secret_header(name: &str) -> bool {
    SECRET_HEADERS.contains(&name.to_ascii_lowercase().as_str())
}

/// A header value fit for a trace.
pub fn header_value(name: &str, value: &str) -> String {
    if !is_secret_header(name) {
        return value.to_string();
    }
    // Keep the scheme ("Bearer", "SSWS", "Basic"): it helps support and reveals nothing.
    match value.split_once(' ') {
        Some((scheme, rest)) if !scheme.is_empty() => format!("{scheme} {}", redact(rest)),
        _ => redact(value),
    }
}

/// A URL with secret query parameters redacted.
pub fn url(url: &url::Url) -> String {
    if url.query().is_none() {
        return url.to_string();
    }
    let mut clean = url.clone();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if is_secret_name(&k) {
                redact(&v)
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    clean.query_pairs_mut().clear().extend_pairs(pairs);
    clean.to_string()
}

/// A URL given as text (a `Location` header), redacted like [`url`]; text
/// that is not an absolute URL is kept only up to its query.
pub fn url_text(text: &str) -> String {
    match url::Url::parse(text) {
        Ok(parsed) => url(&parsed),
        Err(_) => text.split('?').next().unwrap_or_default().to_string(),
    }
}

/// A request or response body fit for a trace: JSON and form bodies with
/// their secret fields redacted, anything else shortened.
pub fn body(content_type: Option<&str>, bytes: &[u8]) -> String {
    const MAX: usize = 4096;
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    let looks_json =
        ct.contains("json") || bytes.first() == Some(&b'{') || bytes.first() == Some(&b'[');
    if let Some(mut value) = looks_json
        .then(|| serde_json::from_slice::<Value>(bytes).ok())
        .flatten()
    {
        json_in_place(&mut value);
        return truncate(value.to_string(), MAX);
    }
    if ct.contains("x-www-form-urlencoded") {
        let pairs: Vec<String> = url::form_urlencoded::parse(bytes)
            .map(|(k, v)| {
                let v = if is_secret_name(&k) {
                    redact(&v)
                } else {
                    v.into_owned()
                };
                format!("{k}={v}")
            })
            .collect();
        return truncate(pairs.join("&"), MAX);
    }
    truncate(String::from_utf8_lossy(bytes).into_owned(), MAX)
}

/// Replaces every secret-named field of a JSON value, at any depth. An
/// error's `code` (`{"error": {"code": …}}`) is a name, not a secret.
pub fn json_in_place(value: &mut Value) {
    redact_json(value, None);
}

fn redact_json(value: &mut Value, parent: Option<&str>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                let error_code = key == "code" && parent == Some("error");
                if is_secret_name(key) && !error_code {
                    if let Value::String(s) = v {
                        *s = redact(s);
                    } else if !v.is_null() {
                        *v = Value::String("…".into());
                    }
                } else {
                    redact_json(v, Some(key));
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| redact_json(item, parent)),
        _ => {}
    }
}

fn truncate(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push_str("…(truncated)");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_secrets_are_redacted_at_any_depth() {
        let mut v = serde_json::json!({
            "slug": "acme-corp",
            "client_secret": "0123456789abcdefSECRET",
            "nested": [{"session_token": "tok-0123456789abcdef"}]
        });
        json_in_place(&mut v);
        let s = v.to_string();
        assert!(s.contains("acme-corp"));
        assert!(!s.contains("SECRET") && !s.contains("tok-0123"), "{s}");
    }

    #[test]
    fn error_codes_are_names_but_authorization_codes_are_secrets() {
        let mut v = serde_json::json!({"error": {"code": "sso_config_not_found"}, "code": "an-authorization-code-123"});
        json_in_place(&mut v);
        assert_eq!(v["error"]["code"], "sso_config_not_found");
        assert_ne!(v["code"], "an-authorization-code-123");
    }

    #[test]
    fn bearer_scheme_is_kept_value_is_not() {
        let v = header_value("Authorization", "Bearer abcdefghijklmnopqrstuvwxyz");
        assert_eq!(v, "Bearer …wxyz");
        assert_eq!(
            header_value("Accept", "application/json"),
            "application/json"
        );
    }

    #[test]
    fn query_codes_are_redacted() {
        let u =
            url::Url::parse("http://127.0.0.1:1/cb?code=abcdefghijklmnopqrstu&state=xyz").unwrap();
        let s = url(&u);
        assert!(!s.contains("abcdefghijklmnop"), "{s}");
        assert!(s.contains("state=xyz"));
    }

    #[test]
    fn form_bodies_are_redacted() {
        let s = body(
            Some("application/x-www-form-urlencoded"),
            b"grant_type=authorization_code&code=abcdefghijklmnopqrstu&client_id=0oa1",
        );
        assert!(
            s.contains("client_id=0oa1") && !s.contains("abcdefghijklmnop"),
            "{s}"
        );
    }
}
