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

/// Headers whose value is a URL, which may carry a code or a token
/// (`Location: …/callback?code=…`, `…#access_token=…`).
pub fn is_url_header(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "location" | "content-location"
    )
}

/// A header value fit for a trace.
pub fn header_value(name: &str, value: &str) -> String {
    if is_url_header(name) {
        return url_text(value);
    }
    if !is_secret_header(name) {
        return value.to_string();
    }
    // Keep the scheme ("Bearer", "SSWS", "Basic"): it helps support and reveals nothing.
    match value.split_once(' ') {
        Some((scheme, rest)) if !scheme.is_empty() => format!("{scheme} {}", redact(rest)),
        _ => redact(value),
    }
}

/// `name=value&…` pairs with the secret-named values redacted.
fn redact_pairs(text: &str) -> String {
    let pairs = url::form_urlencoded::parse(text.as_bytes()).map(|(k, v)| {
        let v = if is_secret_name(&k) {
            redact(&v)
        } else {
            v.into_owned()
        };
        (k.into_owned(), v)
    });
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// A URL with secret query parameters redacted, and secret parameters of
/// its fragment too (the implicit flow's `#access_token=…`).
pub fn url(url: &url::Url) -> String {
    let mut clean = url.clone();
    if let Some(query) = url.query() {
        clean.set_query(Some(&redact_pairs(query)));
    }
    if let Some(fragment) = url.fragment().filter(|f| f.contains('=')) {
        clean.set_fragment(Some(&redact_pairs(fragment)));
    }
    clean.to_string()
}

/// A URL given as text (a `Location` header), redacted like [`url`],
/// relative ones (`/callback?code=…`) included; text that is no URL at all
/// is kept only up to its query or fragment.
pub fn url_text(text: &str) -> String {
    const BASE: &str = "http://relative.invalid";
    if let Ok(parsed) = url::Url::parse(text) {
        return url(&parsed);
    }
    match url::Url::parse(BASE).and_then(|base| base.join(text)) {
        Ok(joined) => url(&joined)
            .strip_prefix(BASE)
            .map(str::to_string)
            .unwrap_or_default(),
        Err(_) => text
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_string(),
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

/// Registers with the scrubber (`secret::register`) every value that `url`,
/// `headers` and a body carry under a secret name: what ssoctl sends (the
/// code, the verifier, the client secret in a form) and what it receives
/// (tokens in a JSON answer, a code in a `Location`), so that an echo of it
/// anywhere later is scrubbed.
///
/// In a JSON answer, `code` is a name (`{"last_error": {"code": …}}`), never
/// a credential: codes arrive in redirects. So `answer` leaves it out.
pub fn learn(
    url: &url::Url,
    headers: &reqwest::header::HeaderMap,
    body: Option<(Option<&str>, &[u8])>,
    answer: bool,
) {
    for value in secret_values(url, headers, body, answer) {
        crate::secret::register(&value);
    }
}

fn secret_values(
    url: &url::Url,
    headers: &reqwest::header::HeaderMap,
    body: Option<(Option<&str>, &[u8])>,
    answer: bool,
) -> Vec<String> {
    let mut found = Vec::new();
    let from_url = |u: &url::Url, found: &mut Vec<String>| {
        let fragment = u.fragment().unwrap_or("");
        for (k, v) in u
            .query_pairs()
            .chain(url::form_urlencoded::parse(fragment.as_bytes()))
        {
            if is_secret_name(&k) {
                found.push(v.into_owned());
            }
        }
    };
    from_url(url, &mut found);
    for (name, value) in headers {
        let Ok(value) = value.to_str() else { continue };
        if is_secret_header(name.as_str()) {
            let credential = value.split_once(' ').map_or(value, |(_, rest)| rest);
            found.push(credential.trim().to_string());
        } else if is_url_header(name.as_str())
            && let Ok(target) =
                url::Url::parse("http://relative.invalid/").and_then(|base| base.join(value))
        {
            from_url(&target, &mut found);
        }
    }
    if let Some((content_type, bytes)) = body {
        let ct = content_type.unwrap_or("").to_ascii_lowercase();
        if ct.contains("x-www-form-urlencoded") {
            for (k, v) in url::form_urlencoded::parse(bytes) {
                if is_secret_name(&k) {
                    found.push(v.into_owned());
                }
            }
        } else if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
            json_secrets(&value, None, answer, &mut found);
        }
    }
    found
}

fn json_secrets(value: &Value, parent: Option<&str>, answer: bool, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let a_name = key == "code" && (answer || parent == Some("error"));
                match v {
                    Value::String(s) if is_secret_name(key) && !a_name => found.push(s.clone()),
                    _ => json_secrets(v, Some(key), answer, found),
                }
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|i| json_secrets(i, parent, answer, found)),
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
    fn locations_and_fragments_are_redacted() {
        let code = "abcdefghijklmnopqrstu";
        for location in [
            format!("http://127.0.0.1:1/callback?code={code}&state=s1"),
            format!("/callback?code={code}&state=s1"),
            format!("https://app.example/cb#access_token={code}&token_type=Bearer"),
            format!("/cb#id_token={code}"),
        ] {
            let shown = header_value("Location", &location);
            assert!(!shown.contains("abcdefghijklmnop"), "{location} → {shown}");
            assert!(shown.contains("%E2%80%A6rstu"), "{location} → {shown}");
        }
        assert_eq!(
            header_value("location", "/callback?code=abcdefghijklmnopqrstu&state=s1"),
            "/callback?code=%E2%80%A6rstu&state=s1"
        );
        assert_eq!(
            url_text("https://a.example/x#section-2"),
            "https://a.example/x#section-2"
        );
    }

    #[test]
    fn values_under_secret_names_are_learnt_wherever_they_travel() {
        let url =
            url::Url::parse("https://o.example/cb?code=code-in-the-query-1&state=st-not-secret")
                .unwrap();
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            "authorization",
            "Bearer bearer-token-value-2".parse().unwrap(),
        );
        headers.insert(
            "location",
            "/cb#access_token=fragment-token-3".parse().unwrap(),
        );
        let found = secret_values(
            &url,
            &headers,
            Some((
                Some("application/json"),
                br#"{"error":{"code":"sso_config_not_found"},"last_error":{"code":"okta_unreachable"},"session_token":"json-token-4"}"#,
            )),
            true,
        );
        assert_eq!(
            found,
            [
                "code-in-the-query-1",
                "bearer-token-value-2",
                "fragment-token-3",
                "json-token-4"
            ]
        );
        let form = secret_values(
            &url::Url::parse("https://o.example/token").unwrap(),
            &reqwest::header::HeaderMap::new(),
            Some((
                Some("application/x-www-form-urlencoded"),
                b"grant_type=authorization_code&code_verifier=verifier-5&client_id=0oa1",
            )),
            false,
        );
        assert_eq!(form, ["verifier-5"]);
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
