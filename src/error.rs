//! The one error model of the CLI: every failure becomes a message, optional
//! hints that name the next command to run, and a documented exit code.

use std::fmt;

/// Documented exit codes (README, "Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 1: anything else, including the service failing or being unreachable.
    General,
    /// 2: bad flags, bad input, a missing value with `--no-input`.
    Usage,
    /// 3: a check or doctor run found an error-level problem.
    Problems,
    /// 4: no token, or the token was refused.
    Auth,
    /// 5: the tenant, origin or profile does not exist.
    NotFound,
    /// 6: already exists, or changed by someone else (412).
    Conflict,
    /// 130: interrupted (Ctrl-C) or a prompt was cancelled.
    Cancelled,
}

impl ErrorKind {
    /// The `code` of a JSON error when the service gave none.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::General => "error",
            ErrorKind::Usage => "usage",
            ErrorKind::Problems => "problems",
            ErrorKind::Auth => "auth",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Cancelled => "cancelled",
        }
    }

    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::General => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Problems => 3,
            ErrorKind::Auth => 4,
            ErrorKind::NotFound => 5,
            ErrorKind::Conflict => 6,
            ErrorKind::Cancelled => 130,
        }
    }
}

/// An error meant for the person at the terminal.
#[derive(Debug)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    /// Extra lines printed under the message (one problem each).
    pub details: Vec<String>,
    /// `hint:` lines: what to do next.
    pub hints: Vec<String>,
    /// The service's `error.code` and request id, when there was an answer
    /// (JSON errors carry them); boxed to keep the error small.
    pub service: Option<Box<ServiceRef>>,
}

/// What identifies a failed request on the service's side.
#[derive(Debug, Clone, Default)]
pub struct ServiceRef {
    /// The API's `error.code`.
    pub code: Option<String>,
    pub request_id: Option<String>,
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            details: Vec::new(),
            hints: Vec::new(),
            service: None,
        }
    }

    /// The service's error code and request id, for JSON errors.
    pub fn service_ref(mut self, code: Option<&str>, request_id: Option<&str>) -> Self {
        if code.is_some() || request_id.is_some() {
            self.service = Some(Box::new(ServiceRef {
                code: code.map(str::to_string),
                request_id: request_id.map(str::to_string),
            }));
        }
        self
    }

    pub fn code(&self) -> Option<&str> {
        self.service.as_ref().and_then(|s| s.code.as_deref())
    }

    pub fn request_id(&self) -> Option<&str> {
        self.service.as_ref().and_then(|s| s.request_id.as_deref())
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn general(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::General, message)
    }

    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }

    pub fn cancelled() -> Self {
        Self::new(ErrorKind::Cancelled, "cancelled")
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.details.push(detail.into());
        self
    }

    pub fn details(mut self, details: impl IntoIterator<Item = String>) -> Self {
        self.details.extend(details);
        self
    }

    /// A value that failed validation, as a usage error with the fix.
    /// `what` names the flag (`--okta-domain`) or the value.
    pub fn invalid(what: &str, problem: &str, suggestion: Option<&str>) -> Self {
        let mut error = CliError::usage(format!("{what}: {problem}"));
        if let Some(suggestion) = suggestion {
            error = error.hint(if what.starts_with("--") {
                format!("use `{what} {suggestion}`")
            } else {
                format!("use `{suggestion}`")
            });
        }
        error
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;

/// A parser's (serde's) message about a document, in words for people:
/// `invalid type: integer `5`, expected a string at line 1 column 9` becomes
/// `a value has the wrong type: expected a string, found an integer (line 1
/// column 9)`. The offending value is never repeated: it may be a secret.
pub fn parse_problem(message: &str) -> String {
    let message = message.trim();
    // Only a real location ("line 3 column 7") at the very end counts; the
    // words " at line " inside a quoted value are the value's.
    let is_location = |at: &str| {
        let words: Vec<&str> = at.split(' ').collect();
        matches!(words.as_slice(), ["line", l, "column", c]
            if l.chars().all(|d| d.is_ascii_digit()) && c.chars().all(|d| d.is_ascii_digit()))
    };
    let (text, at) = match message.rfind(" at line ") {
        Some(i) if is_location(&message[i + " at ".len()..]) => {
            (&message[..i], Some(&message[i + " at ".len()..]))
        }
        _ => (message, None),
    };
    // "integer `5`" → "integer"; "string \"x\"" → "string"; "null" → "null".
    let kind = |found: &str| {
        found
            .split_once(['`', '"'])
            .map_or(found, |(kind, _)| kind)
            .trim()
            .to_string()
    };
    let plain = if let Some(rest) = text.strip_prefix("invalid type: ") {
        // The last ", expected ": the found value (quoted) may hold the words.
        let (found, expected) = rest
            .rsplit_once(", expected ")
            .unwrap_or((rest, "another type"));
        format!(
            "a value has the wrong type: expected {expected}, found {}",
            kind(found)
        )
    } else if let Some(rest) = text.strip_prefix("invalid value: ") {
        let (found, expected) = rest
            .rsplit_once(", expected ")
            .unwrap_or((rest, "another value"));
        format!(
            "a value is not allowed: expected {expected}, found {}",
            kind(found)
        )
    } else if text.starts_with("expected value")
        || text.starts_with("expected ident")
        || text.starts_with("key must be a string")
        || text.starts_with("invalid number")
    {
        "it is not valid JSON".to_string()
    } else if text.starts_with("EOF while parsing") {
        "it is cut short".to_string()
    } else if text.starts_with("trailing characters") {
        "there is more after the document".to_string()
    } else if text.starts_with("number out of range") {
        "a number is out of range".to_string()
    } else {
        text.to_string()
    };
    match at {
        Some(at) => format!("{plain} ({at})"),
        None => plain,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_problem;

    /// Found by `fuzz/` (discovery, jwks): a string value holding the words
    /// ", expected " was split at them, and its tail was shown.
    #[test]
    fn a_value_that_holds_the_parser_words_is_not_shown() {
        for body in [
            r#""tail-secret, expected identSECRET-TAIL""#,
            r#""x at line 1 column 2, expected SECRET-TAIL""#,
        ] {
            let e = serde_json::from_str::<std::collections::HashMap<String, String>>(body)
                .unwrap_err();
            let text = parse_problem(&e.to_string());
            assert!(!text.contains("SECRET-TAIL"), "{text}");
            assert!(
                text.starts_with("a value has the wrong type: expected a map, found string"),
                "{text}"
            );
        }
        assert_eq!(
            parse_problem("unknown thing at line one"),
            "unknown thing at line one"
        );
    }

    #[test]
    fn parser_wording_is_rephrased_without_the_value() {
        let e = serde_json::from_str::<String>("98765432101234").unwrap_err();
        let text = parse_problem(&e.to_string());
        assert_eq!(
            text,
            "a value has the wrong type: expected a string, found integer (line 1 column 14)"
        );
        let e = serde_json::from_str::<String>("<html>").unwrap_err();
        assert!(parse_problem(&e.to_string()).starts_with("it is not valid JSON"));
        assert_eq!(
            parse_problem("missing field `slug`"),
            "missing field `slug`"
        );
    }
}
