//! A secret (token, client secret) that cannot print itself.

use std::fmt;

/// Holds a credential. `Debug` and `Display` show only a redacted hint, so a
/// secret that ends up in a log line, an error or a `{:?}` stays secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
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
        String::deserialize(deserializer).map(Secret)
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
    fn text_is_trimmed_and_empty_is_none() {
        assert_eq!(secret_from_text("  tok\n").unwrap().expose(), "tok");
        assert!(secret_from_text("\n \n").is_none());
    }
}
