//! A secret (token, client secret) that cannot print itself, and the one
//! scrubber that knows every secret value the process holds.
//!
//! Every [`Secret`] joins a process-wide registry when it is made; the HTTP
//! client adds what it sends or receives under a secret name (codes,
//! verifiers, tokens; see `http::redact::secret_values`). The sinks —
//! stdout and stderr (`output::Guard`), the `-v` traces, the `--trace` HAR
//! and the browser's verdict page — pass their text through [`scrub`], so a
//! server that echoes a secret back, in any field, does not get it shown.

use std::borrow::Cow;
use std::fmt;
use std::sync::RwLock;

/// Values shorter than this are not scrubbed: they would match ordinary
/// words, and they are not secrets anyone generates.
pub const MIN_SCRUBBED_LEN: usize = 8;

/// Every secret value seen so far, longest first (so a secret that contains
/// another is replaced whole).
static KNOWN: RwLock<Vec<String>> = RwLock::new(Vec::new());

/// Adds `value` (and its URL-encoded form, which is how a server echoes a
/// form field) to the values [`scrub`] removes.
pub fn register(value: &str) {
    let value = value.trim();
    if value.chars().count() < MIN_SCRUBBED_LEN {
        return;
    }
    let encoded: String = url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
    let Ok(mut known) = KNOWN.write() else {
        return;
    };
    let mut added = false;
    for form in [value.to_string(), encoded] {
        if !known.contains(&form) {
            known.push(form);
            added = true;
        }
    }
    if added {
        known.sort_by_key(|v| std::cmp::Reverse(v.len()));
    }
}

/// Takes `value` (and its URL-encoded form) out of the registry again:
/// for a value the person asked to see (`login test --show-tokens`).
pub fn forget(value: &str) {
    let value = value.trim();
    let encoded: String = url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
    if let Ok(mut known) = KNOWN.write() {
        known.retain(|v| v != value && *v != encoded);
    }
}

/// `text` with every registered secret replaced by its redacted hint.
pub fn scrub(text: &str) -> Cow<'_, str> {
    let Ok(known) = KNOWN.read() else {
        return Cow::Borrowed(text);
    };
    let mut out = Cow::Borrowed(text);
    for secret in known.iter() {
        if out.contains(secret.as_str()) {
            out = Cow::Owned(out.replace(secret.as_str(), &redact(secret)));
        }
    }
    out
}

/// [`scrub`] on every string (keys included) of a JSON value.
pub fn scrub_json(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            if let Cow::Owned(clean) = scrub(s) {
                *s = clean;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(scrub_json),
        Value::Object(map) => {
            let dirty = map.keys().any(|k| matches!(scrub(k), Cow::Owned(_)));
            if dirty {
                *map = std::mem::take(map)
                    .into_iter()
                    .map(|(k, v)| (scrub(&k).into_owned(), v))
                    .collect();
            }
            map.values_mut().for_each(scrub_json);
        }
        _ => {}
    }
}

/// Holds a credential. `Debug` and `Display` show only a redacted hint, so a
/// secret that ends up in a log line, an error or a `{:?}` stays secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps `value` and registers it with the scrubber.
    pub fn new(value: impl Into<String>) -> Self {
        let value = value.into();
        register(&value);
        Secret(value)
    }

    /// The raw value, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `…ab12` for long secrets; short ones reveal nothing.
    pub fn redacted(&self) -> String {
        redact(&self.0)
    }
}

/// Redacts any secret-looking string the same way [`Secret`] does.
pub fn redact(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() >= 16 {
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("…{tail}")
    } else {
        "…".to_string()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", self.redacted())
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// Read straight from a file (`client_secret` in a tenant file), so the
/// plain string never sits in a printable struct.
impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret::new)
    }
}

/// Reads a secret from text that came from stdin or a file: one line, the
/// trailing newline dropped, surrounding whitespace removed.
pub fn secret_from_text(text: &str) -> Option<Secret> {
    let value = text.trim();
    (!value.is_empty()).then(|| Secret::new(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_value() {
        let s = Secret::new("super-secret-value-1234abcd");
        assert_eq!(format!("{s}"), "…abcd");
        assert_eq!(format!("{s:?}"), "Secret(…abcd)");
        assert!(!format!("{s:?}").contains("super-secret"));
    }

    #[test]
    fn short_secrets_reveal_nothing() {
        assert_eq!(Secret::new("abc12345").redacted(), "…");
    }

    #[test]
    fn every_secret_made_is_scrubbed_from_text_and_json() {
        let s = Secret::new("echoed-client-secret-9f8e7d6c");
        assert_eq!(
            scrub("error_description: secret=echoed-client-secret-9f8e7d6c!"),
            "error_description: secret=…7d6c!"
        );
        register("a form/value+with=odd chars 0123");
        assert_eq!(
            scrub("got a+form%2Fvalue%2Bwith%3Dodd+chars+0123 back"),
            "got …0123 back"
        );
        let mut v = serde_json::json!({"message": format!("token Bearer {} rejected", s.expose()), "n": [s.expose()]});
        scrub_json(&mut v);
        assert_eq!(v["message"], "token Bearer …7d6c rejected");
        assert_eq!(v["n"][0], "…7d6c");
    }

    #[test]
    fn what_the_user_asked_to_see_is_revealed() {
        register("an-id-token-the-user-asked-for-77");
        forget("an-id-token-the-user-asked-for-77");
        assert_eq!(
            scrub("eyJ an-id-token-the-user-asked-for-77"),
            "eyJ an-id-token-the-user-asked-for-77"
        );
    }

    #[test]
    fn short_values_are_not_scrubbed() {
        register("code");
        assert_eq!(scrub("the code is here"), "the code is here");
    }

    #[test]
    fn text_is_trimmed_and_empty_is_none() {
        assert_eq!(secret_from_text("  tok\n").unwrap().expose(), "tok");
        assert!(secret_from_text("\n \n").is_none());
    }
}
