//! Rules for the values a tenant is registered with. Each failure says what
//! is wrong and, when there is one, the value that would be right.

use std::fmt;

/// A value that failed a rule: the problem, and a corrected value to offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub problem: String,
    pub suggestion: Option<String>,
}

impl Invalid {
    pub fn new(problem: impl Into<String>) -> Self {
        Invalid {
            problem: problem.into(),
            suggestion: None,
        }
    }

    pub fn suggest(mut self, value: impl Into<String>) -> Self {
        self.suggestion = Some(value.into());
        self
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problem)?;
        if let Some(s) = &self.suggestion {
            write!(f, " (did you mean `{s}`?)")?;
        }
        Ok(())
    }
}

/// A tenant slug: a DNS label, because it is a path segment of the redirect
/// URI and a subdomain-safe identifier.
pub fn slug(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Invalid::new("the slug is empty"));
    }
    if v.contains('{') || v.contains('}') {
        return Err(Invalid::new(format!(
            "`{v}` is the guide's placeholder, not a slug; use your organisation's slug, e.g. acme-corp"
        )));
    }
    let fixed: String = v
        .to_lowercase()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' || c == '.' {
                '-'
            } else {
                c
            }
        })
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .trim_matches('-')
        .to_string();
    let ok = v.len() <= 63
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !v.starts_with('-')
        && !v.ends_with('-');
    if ok {
        return Ok(v.to_string());
    }
    let mut invalid = Invalid::new(format!(
        "slug `{v}` is not a DNS label (1–63 characters: lower-case letters, digits and hyphens, no hyphen at either end)"
    ));
    if !fixed.is_empty() && fixed.len() <= 63 && fixed != v {
        invalid = invalid.suggest(fixed);
    }
    Err(invalid)
}

pub fn company_name(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Invalid::new("the company name is empty"));
    }
    if v.chars().count() > 200 {
        return Err(Invalid::new(
            "the company name is longer than 200 characters",
        ));
    }
    if v.chars().any(char::is_control) {
        return Err(Invalid::new("the company name contains control characters"));
    }
    Ok(v.to_string())
}

/// An OAuth client ID as Okta issues it (`0oa…`), or a custom one.
pub fn client_id(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Invalid::new("the client ID is empty"));
    }
    if v.starts_with("http://") || v.starts_with("https://") {
        return Err(Invalid::new(
            "the client ID looks like a URL; copy the Client ID from the app's General tab in Okta",
        ));
    }
    if v.len() > 100
        || !v
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(Invalid::new(format!(
            "client ID `{}` has characters Okta client IDs never have; copy the Client ID from the app's General tab in Okta",
            crate::text::shorten(v, 40)
        )));
    }
    Ok(v.to_string())
}

/// A client secret: checked for shape only, never echoed.
pub fn client_secret(value: &str, client_id: Option<&str>) -> Result<(), Invalid> {
    if value.is_empty() {
        return Err(Invalid::new("the client secret is empty"));
    }
    if value.chars().any(char::is_whitespace) {
        return Err(Invalid::new(
            "the client secret contains whitespace; copy it again with the eye icon in Okta",
        ));
    }
    if value.len() < 8 {
        return Err(Invalid::new(
            "the client secret is too short to be an Okta client secret",
        ));
    }
    if Some(value) == client_id {
        return Err(Invalid::new(
            "the client secret is the client ID; copy the Client Secret, not the Client ID",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("acme-corp").unwrap(), "acme-corp");
        assert_eq!(slug(" acme-corp\n").unwrap(), "acme-corp");
        assert_eq!(
            slug("Acme_Corp").unwrap_err().suggestion.as_deref(),
            Some("acme-corp")
        );
        assert!(slug("-acme").is_err());
        assert!(slug(&"a".repeat(64)).is_err());
        assert!(
            slug("{your-tenant-slug}")
                .unwrap_err()
                .problem
                .contains("placeholder")
        );
        assert!(slug("").is_err());
    }

    #[test]
    fn client_ids_and_secrets() {
        assert!(client_id("0oa1b2c3d4e5f6g7h8i9").is_ok());
        assert!(client_id("https://dev-1.okta.com").is_err());
        assert!(client_id("0oa 1").is_err());
        assert!(client_secret("short", None).is_err());
        assert!(client_secret("0oa1b2c3d4e5f6g7h8i9", Some("0oa1b2c3d4e5f6g7h8i9")).is_err());
        assert!(client_secret("has space inside!", None).is_err());
        assert!(client_secret("a-long-enough-secret", None).is_ok());
    }

    #[test]
    fn company_names() {
        assert!(company_name("  ").is_err());
        assert_eq!(company_name(" Acme ").unwrap(), "Acme");
        assert!(company_name("a\u{7}b").is_err());
    }
}
