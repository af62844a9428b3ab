//! CORS origins: `scheme://host[:port]`, normalised the way browsers send
//! them in the `Origin` header, so the list never holds two spellings of one
//! origin.

use crate::validate::Invalid;

/// Normalises an origin: lower-case scheme and host, IDNs in punycode, the
/// default port dropped, no path, no trailing slash.
pub fn normalize(input: &str) -> Result<String, Invalid> {
    let raw = input.trim();
    if raw.is_empty() {
        return Err(Invalid::new("the origin is empty"));
    }
    if raw == "*" || raw.contains('*') {
        return Err(Invalid::new(
            "wildcards are not origins; add each origin (scheme://host[:port]) on its own",
        ));
    }
    if raw.eq_ignore_ascii_case("null") {
        return Err(Invalid::new(
            "`null` is the origin of sandboxed or file pages and cannot be allowed",
        ));
    }
    if !raw.contains("://") {
        let guess = format!("https://{}", raw.trim_end_matches('/'));
        let fixed = normalize(&guess).ok();
        let mut invalid = Invalid::new(format!(
            "`{raw}` has no scheme; an origin starts with https:// or http://"
        ));
        if let Some(fixed) = fixed {
            invalid = invalid.suggest(fixed);
        }
        return Err(invalid);
    }
    let url = url::Url::parse(raw)
        .map_err(|e| Invalid::new(format!("`{raw}` is not an origin ({e})")))?;
    if url.scheme() != "https" && url.scheme() != "http" {
        return Err(Invalid::new(format!(
            "`{raw}` has the scheme `{}`; origins are http or https",
            url.scheme()
        )));
    }
    let Some(host) = url.host_str().filter(|h| !h.is_empty()) else {
        return Err(Invalid::new(format!("`{raw}` has no host")));
    };
    // Percent-escapes are decoded in hosts (`%2A` is `*`), so the checks on
    // the raw text are made again on the parsed host.
    if let Some(url::Host::Domain(domain)) = url.host() {
        if domain.contains('*') {
            return Err(Invalid::new(format!(
                "`{raw}` names a wildcard host; add each origin (scheme://host[:port]) on its own"
            )));
        }
        let labels = domain.strip_suffix('.').unwrap_or(domain);
        let name_like = labels.split('.').all(|label| {
            !label.is_empty()
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        if !name_like {
            return Err(Invalid::new(format!(
                "`{raw}` does not name a host (letters, digits, hyphens and dots, no empty label)"
            )));
        }
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Invalid::new(format!(
            "`{raw}` contains credentials; an origin has none"
        )));
    }
    let origin = match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    };
    let has_extra = url.path() != "/" || url.query().is_some() || url.fragment().is_some();
    if has_extra {
        return Err(Invalid::new(format!(
            "`{raw}` has a path, query or fragment; an origin is scheme://host[:port]"
        ))
        .suggest(origin));
    }
    Ok(origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_default_port_and_slash() {
        assert_eq!(
            normalize("HTTPS://App.Acme.Example:443/").unwrap(),
            "https://app.acme.example"
        );
        assert_eq!(
            normalize("http://localhost:3000").unwrap(),
            "http://localhost:3000"
        );
        assert_eq!(
            normalize("https://bücher.example").unwrap(),
            "https://xn--bcher-kva.example"
        );
    }

    #[test]
    fn rejects_non_origins_with_a_suggestion() {
        let e = normalize("https://app.acme.example/login").unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("https://app.acme.example"));
        assert_eq!(
            normalize("app.acme.example")
                .unwrap_err()
                .suggestion
                .as_deref(),
            Some("https://app.acme.example")
        );
        assert!(normalize("*").is_err());
        assert!(normalize("ftp://x.example").is_err());
        assert!(normalize("https://user:pw@x.example").is_err());
        assert!(normalize("null").is_err());
    }

    /// Found by `fuzz/` (origin): `%2A` decodes to a wildcard, and the
    /// suggestion for a bare host was then itself refused.
    #[test]
    fn decoded_hosts_are_checked_too() {
        assert!(normalize("https://a%2Ab.example").is_err());
        let e = normalize(".Ӕ%2As0Xſ").unwrap_err();
        assert!(e.suggestion.is_none(), "{e:?}");
        assert!(normalize("https://.example").is_err());
        assert!(normalize("https://a..example").is_err());
        assert_eq!(
            normalize("https://my_app.example").unwrap(),
            "https://my_app.example"
        );
    }
}
