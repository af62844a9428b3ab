//! Field rules of the admin API. Each check returns `Err(message)` with a
//! message meant for a person; the callers turn it into a `details` entry.

/// A DNS label: 1–63 characters of `a-z`, `0-9` and `-`, no hyphen at either end.
pub(crate) fn slug(s: &str) -> Result<(), String> {
    let ok = !s.is_empty()
        && s.len() <= 63
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-');
    if ok {
        Ok(())
    } else {
        Err("must be a DNS label: 1-63 characters of a-z, 0-9 and '-', not starting or ending with '-'".into())
    }
}

pub(crate) fn company_name(s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        return Err("must not be blank".into());
    }
    if s.chars().count() > 200 {
        return Err("must be at most 200 characters".into());
    }
    Ok(())
}

/// A bare host such as `dev-12345678.okta.com`; a `:port` only on loopback
/// hosts (`localhost`, `*.localhost`, `127.0.0.1`) so local emulators work.
/// Returns the host lower-cased, as it is stored.
pub(crate) fn okta_domain(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("must not be empty".into());
    }
    if s.contains("://") {
        return Err("must be a bare host such as dev-12345678.okta.com: remove the scheme".into());
    }
    if s.contains('/') {
        return Err(
            "must be a bare host such as dev-12345678.okta.com: remove the path or trailing slash"
                .into(),
        );
    }
    if s.contains(['?', '#', '@']) || s.chars().any(char::is_whitespace) {
        return Err("must be a bare host such as dev-12345678.okta.com".into());
    }
    let lower = s.to_ascii_lowercase();
    let (host, port) = match lower.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (lower.as_str(), None),
    };
    if let Some(port) = port {
        let loopback = host == "localhost" || host.ends_with(".localhost") || host == "127.0.0.1";
        if !loopback {
            return Err(
                "must not have a port (a port is only allowed on localhost and 127.0.0.1)".into(),
            );
        }
        match port.parse::<u16>() {
            Ok(p) if p > 0 && port.bytes().all(|b| b.is_ascii_digit()) => {}
            _ => return Err(format!("has an invalid port {port:?}")),
        }
    }
    if host.len() > 253 {
        return Err("must be at most 253 characters".into());
    }
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    });
    if !labels_ok {
        return Err("must be a valid host name such as dev-12345678.okta.com".into());
    }
    Ok(lower)
}

pub(crate) fn client_id(s: &str) -> Result<(), String> {
    let ok = !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err("must be 1-100 characters of A-Z, a-z, 0-9, '_' and '-'".into())
    }
}

pub(crate) fn client_secret(s: &str) -> Result<(), String> {
    if s.chars().count() < 8 {
        return Err("must be at least 8 characters".into());
    }
    if s.len() > 1024 {
        return Err("must be at most 1024 bytes".into());
    }
    Ok(())
}

/// The last four characters of a secret, the only part the API ever shows.
pub(crate) fn last4(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

/// A CORS origin `scheme://host[:port]`, exactly as a browser sends it
/// (lower case, no default port, no path or trailing slash).
pub(crate) fn origin(s: &str) -> Result<(), String> {
    let example = "must be scheme://host[:port] with no path, e.g. https://app.example.com";
    let url = url::Url::parse(s).map_err(|_| example.to_string())?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err("must use http or https".into());
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(example.into());
    }
    let canonical = url.origin().ascii_serialization();
    if canonical != s {
        return Err(format!("{example} (did you mean {canonical}?)"));
    }
    Ok(())
}

/// A sign-in email, lower-cased.
pub(crate) fn email(s: &str) -> Result<String, String> {
    let s = s.trim().to_ascii_lowercase();
    match s.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && domain.contains('.')
                && !domain.contains('@')
                && !s.chars().any(char::is_whitespace) =>
        {
            Ok(s)
        }
        _ => Err("must be an email address".into()),
    }
}

/// `Idempotency-Key`: any string of 1–255 characters.
pub(crate) fn idempotency_key(s: &str) -> Result<(), String> {
    if s.is_empty() || s.chars().count() > 255 {
        Err("must be 1-255 characters".into())
    } else {
        Ok(())
    }
}

const CURSOR_PREFIX: &str = "c1_";

/// An opaque page cursor: the last slug of the page, hex-encoded, so that
/// clients treat it as a token and never build one themselves.
pub(crate) fn encode_cursor(last_slug: &str) -> String {
    let hex: String = last_slug.bytes().map(|b| format!("{b:02x}")).collect();
    format!("{CURSOR_PREFIX}{hex}")
}

/// The slug a cursor points after, or `None` when it is not one we made.
pub(crate) fn decode_cursor(cursor: &str) -> Option<String> {
    let hex = cursor.strip_prefix(CURSOR_PREFIX)?;
    if hex.is_empty() || hex.len() % 2 != 0 || !hex.is_ascii() {
        return None;
    }
    let bytes = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    let s = String::from_utf8(bytes).ok()?;
    slug(&s).ok()?;
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["a", "acme-corp", "x1", &"a".repeat(63), "0-0"] {
            assert!(slug(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "-acme",
            "acme-",
            "Acme",
            "acme_corp",
            "acme.corp",
            &"a".repeat(64),
            "ac me",
        ] {
            assert!(slug(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn company_names() {
        assert!(company_name("Acme").is_ok());
        assert!(company_name("   ").is_err());
        assert!(company_name("").is_err());
        assert!(company_name(&"é".repeat(200)).is_ok());
        assert!(company_name(&"é".repeat(201)).is_err());
    }

    #[test]
    fn okta_domains() {
        assert_eq!(
            okta_domain("Dev-123.Okta.com").as_deref(),
            Ok("dev-123.okta.com")
        );
        assert!(okta_domain("integrator-1000008-admin.okta.com").is_ok());
        assert!(okta_domain("login.acme.example").is_ok());
        assert!(okta_domain("org.localhost:8443").is_ok());
        assert!(okta_domain("127.0.0.1:9000").is_ok());
        assert!(okta_domain("localhost:9000").is_ok());
        let scheme = okta_domain("https://dev-1.okta.com").unwrap_err();
        assert!(scheme.contains("scheme"), "{scheme}");
        let slash = okta_domain("dev-1.okta.com/").unwrap_err();
        assert!(slash.contains("trailing slash"), "{slash}");
        let port = okta_domain("dev-1.okta.com:443").unwrap_err();
        assert!(port.contains("port"), "{port}");
        for bad in [
            "",
            "dev..okta.com",
            "-dev.okta.com",
            "dev 1.okta.com",
            "org.localhost:0",
            "org.localhost:99999",
            "org.localhost:+80",
            "user@dev.okta.com",
        ] {
            assert!(okta_domain(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn client_ids_and_secrets() {
        assert!(client_id("0oa1acmecorp0000000").is_ok());
        assert!(client_id("a_b-C").is_ok());
        assert!(client_id("").is_err());
        assert!(client_id("a b").is_err());
        assert!(client_id(&"a".repeat(101)).is_err());
        assert!(client_secret("12345678").is_ok());
        assert!(client_secret("1234567").is_err());
        assert_eq!(last4("abcdefgh"), "efgh");
        assert_eq!(last4("ab"), "ab");
    }

    #[test]
    fn origins() {
        assert!(origin("https://app.acme.example").is_ok());
        assert!(origin("http://localhost:3000").is_ok());
        let slash = origin("https://app.acme.example/").unwrap_err();
        assert!(
            slash.contains("did you mean https://app.acme.example?"),
            "{slash}"
        );
        for bad in [
            "app.acme.example",
            "https://app.acme.example/path",
            "HTTPS://APP.acme.example",
            "https://app.acme.example:443",
            "ftp://files.example",
            "https://app.acme.example?x=1",
        ] {
            assert!(origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            email(" Ana@Acme.Example ").as_deref(),
            Ok("ana@acme.example")
        );
        assert!(email("ana").is_err());
        assert!(email("@acme.example").is_err());
        assert!(email("ana@localhost").is_err());
    }

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let c = encode_cursor("acme-corp");
        assert!(c.starts_with("c1_"));
        assert_eq!(decode_cursor(&c).as_deref(), Some("acme-corp"));
        for bad in ["", "acme-corp", "c1_", "c1_zz", "c1_616", "c1_41", "c1_é1"] {
            assert_eq!(decode_cursor(bad), None, "{bad}");
        }
    }
}
