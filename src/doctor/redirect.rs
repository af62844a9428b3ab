//! The redirect URI a customer entered in Okta, against the one the service
//! sends. Okta compares them byte for byte, so every difference matters.

/// Every way `entered` differs from `expected`; empty when they are equal.
pub fn differences(expected: &str, entered: &str) -> Vec<String> {
    if entered == expected {
        return Vec::new();
    }
    let mut found = Vec::new();
    if entered.trim() != entered {
        found.push("it has spaces or a line break around it".to_string());
    }
    let entered = entered.trim();
    let lower = entered.to_ascii_lowercase();
    if lower.contains("{your-tenant-slug}")
        || lower.contains("{tenant_slug}")
        || lower.contains('{')
    {
        found.push(
            "the `{your-tenant-slug}` placeholder was not replaced with the slug".to_string(),
        );
    }
    let (Ok(want), Ok(got)) = (
        url::Url::parse(expected),
        url::Url::parse(&entered.replace(['{', '}'], "")),
    ) else {
        found.push("it is not a URL".to_string());
        return found;
    };
    if got.scheme() != want.scheme() {
        found.push(format!(
            "the scheme is {} instead of {}",
            got.scheme(),
            want.scheme()
        ));
    }
    // `Url` lower-cases hosts, so look at the raw text for the case.
    let raw_host = entered
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':', '?', '#']).next())
        .unwrap_or("");
    if got.host_str() != want.host_str() {
        found.push(format!(
            "the host is {} instead of {}",
            got.host_str().unwrap_or("missing"),
            want.host_str().unwrap_or_default()
        ));
    } else if raw_host != want.host_str().unwrap_or_default() {
        found.push(format!("the host `{raw_host}` differs in letter case"));
    }
    let names_port = |u: &str| {
        u.split("://")
            .nth(1)
            .is_some_and(|rest| rest.split('/').next().unwrap_or("").contains(':'))
    };
    if names_port(entered) && !names_port(expected) {
        found.push("it names a port (Okta compares the text, so even :443 differs)".to_string());
    } else if got.port() != want.port() {
        found.push("the port differs".to_string());
    }
    let want_path = want.path();
    let got_path = got.path();
    if got_path != want_path {
        let got_trimmed = got_path.trim_end_matches('/');
        if got_trimmed != got_path && !want_path.ends_with('/') {
            found.push("it ends with a slash".to_string());
        }
        if got_trimmed != want_path {
            let want_segments: Vec<&str> = want_path.trim_matches('/').split('/').collect();
            let got_segments: Vec<&str> = got_trimmed.trim_matches('/').split('/').collect();
            let (want_slug, got_slug) =
                (want_segments.last().copied(), got_segments.last().copied());
            let want_prefix = &want_segments[..want_segments.len().saturating_sub(1)];
            let got_prefix = &got_segments[..got_segments.len().saturating_sub(1)];
            if want_prefix != got_prefix {
                if got_prefix
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case("okta_login"))
                {
                    found.push(
                        "the path says `okta_login` (underscore) instead of `okta-login` (hyphen)"
                            .to_string(),
                    );
                } else if got_prefix
                    .iter()
                    .map(|s| s.to_ascii_lowercase())
                    .eq(want_prefix.iter().map(|s| s.to_string()))
                {
                    found.push("the path differs in letter case".to_string());
                } else {
                    found.push(format!("the path is {got_trimmed} instead of {want_path}"));
                }
            }
            if got_slug != want_slug && !lower.contains('{') {
                match (got_slug, want_slug) {
                    (Some(g), Some(w)) if g.eq_ignore_ascii_case(w) => {
                        found.push(format!("the slug `{g}` differs in letter case from `{w}`"));
                    }
                    (Some(g), Some(w)) => found.push(format!("the slug is `{g}` instead of `{w}`")),
                    _ => {}
                }
            }
        }
    }
    if got.query().is_some() || got.fragment().is_some() {
        found.push("it has a query string or fragment".to_string());
    }
    if found.is_empty() {
        found.push(format!("it is not exactly {expected}"));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const WANT: &str = "https://auth.biometrysolutions.com/okta-login/acme-corp";

    fn one(entered: &str) -> String {
        let d = differences(WANT, entered);
        assert_eq!(d.len(), 1, "{entered}: {d:?}");
        d[0].clone()
    }

    #[test]
    fn equal_is_no_difference() {
        assert!(differences(WANT, WANT).is_empty());
    }

    #[test]
    fn each_classic_mistake_is_named() {
        assert!(
            one("http://auth.biometrysolutions.com/okta-login/acme-corp")
                .contains("scheme is http")
        );
        assert!(
            one("https://auth.biometrysolutions.com/okta-login/acme-corp/")
                .contains("ends with a slash")
        );
        assert!(
            one("https://auth.biometrysolutions.com/okta_login/acme-corp").contains("okta_login")
        );
        assert!(
            one("https://auth.biometrysolutions.com/okta-login/acme").contains("slug is `acme`")
        );
        assert!(
            one("https://Auth.BiometrySolutions.com/okta-login/acme-corp").contains("letter case")
        );
        assert!(
            one("https://auth.biometrysolutions.com/okta-login/Acme-Corp").contains("letter case")
        );
        assert!(
            one("https://auth.biometrysolutions.com/okta-login/{your-tenant-slug}")
                .contains("placeholder")
        );
        let several = differences(
            WANT,
            "https://auth.biometrysolutions.com/okta_login/Acme-Corp/",
        );
        assert_eq!(several.len(), 3, "{several:?}");
        assert!(
            one(" https://auth.biometrysolutions.com/okta-login/acme-corp\n").contains("spaces")
        );
        assert!(
            one("https://auth.biometrysolutions.com:443/okta-login/acme-corp").contains("port")
        );
        assert!(
            one("https://auth.biometrysolutions.com/okta-login/acme-corp?x=1").contains("query")
        );
        assert!(
            one("https://login.biometrysolutions.com/okta-login/acme-corp").contains("host is")
        );
        assert!(one("not a url").contains("not a URL"));
    }
}
