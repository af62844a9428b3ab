//! The Okta domain string, checked before any request: what customers type
//! instead of `dev-12345678.okta.com`, and the value they meant.

use crate::validate::Invalid;

/// The suffixes of Okta org domains.
pub const OKTA_SUFFIXES: &[&str] = &[
    "okta.com",
    "oktapreview.com",
    "okta-emea.com",
    "okta-gov.com",
    "okta.mil",
];

/// Hosts under Okta's suffixes that are never a customer org.
const NOT_ORGS: &[&str] = &[
    "okta.com",
    "www.okta.com",
    "login.okta.com",
    "developer.okta.com",
    "help.okta.com",
    "support.okta.com",
    "status.okta.com",
    "oktapreview.com",
    "okta-emea.com",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainKind {
    /// `{org}.okta.com` and the other Okta suffixes.
    Okta,
    /// A custom URL domain CNAMEd to Okta (`login.acme.com`).
    Custom,
    /// A loopback host for local testing (the sandbox), reached over http.
    Loopback,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OktaDomain {
    /// The host, with a port only for loopback hosts.
    pub host: String,
    pub kind: DomainKind,
}

impl OktaDomain {
    /// `https://host`, or `http://host:port` for a loopback host.
    pub fn base_url(&self) -> url::Url {
        let scheme = if self.kind == DomainKind::Loopback {
            "http"
        } else {
            "https"
        };
        url::Url::parse(&format!("{scheme}://{}", self.host))
            .expect("a checked host is a valid URL")
    }
}

/// Parses what a customer typed as their Okta domain. Every problem found is
/// named; the suggestion fixes all of them at once.
pub fn parse(input: &str) -> Result<OktaDomain, Invalid> {
    let raw = input.trim();
    if raw.is_empty() {
        return Err(Invalid::new("the Okta domain is empty"));
    }
    if raw.contains('{')
        || raw.contains('}')
        || raw.contains('<')
        || raw.to_lowercase().contains("yourokta")
    {
        return Err(Invalid::new(format!(
            "`{raw}` still holds a placeholder; use your own Okta domain, shown at the top right of the Okta Admin Console (e.g. dev-12345678.okta.com)"
        )));
    }
    let mut problems: Vec<String> = Vec::new();
    let mut rest = raw;
    if let Some((scheme, after)) = rest.split_once("://") {
        problems.push(format!("it includes the scheme `{scheme}://`"));
        rest = after;
    }
    if let Some((before, _)) = rest.split_once(['/', '?', '#']) {
        let path = &rest[before.len()..];
        if path == "/" {
            problems.push("it ends with a slash".to_string());
        } else {
            problems.push(format!(
                "it includes the path `{}`",
                crate::text::shorten(path, 40)
            ));
        }
        rest = before;
    }
    if let Some((_, host)) = rest.rsplit_once('@') {
        problems.push("it includes a user name".to_string());
        rest = host;
    }
    let (mut host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()) => {
            (h.to_string(), Some(p))
        }
        Some((h, "")) => (h.to_string(), None),
        _ => (rest.to_string(), None),
    };
    if host.chars().any(|c| c.is_ascii_uppercase()) {
        problems.push("it has upper-case letters".to_string());
        host = host.to_ascii_lowercase();
    }
    host = host.trim_end_matches('.').to_string();

    let loopback = host == "localhost"
        || host == "127.0.0.1"
        || (host.ends_with(".localhost") && is_hostname(&host));
    if loopback {
        let host = match port {
            Some(port) => format!("{host}:{port}"),
            None => host,
        };
        // `base_url` relies on this: a port past 65535 or a space is no host.
        if url::Url::parse(&format!("http://{host}")).is_err() {
            return Err(Invalid::new(format!(
                "`{raw}` is not a host name with a valid port (1–65535); a local org looks like integrator-1.localhost:8080"
            )));
        }
        return finish(
            raw,
            problems,
            OktaDomain {
                host,
                kind: DomainKind::Loopback,
            },
        );
    }
    if port.is_some() {
        problems.push("it includes a port; Okta answers on 443 only".to_string());
    }
    if !is_hostname(&host) {
        return Err(Invalid::new(format!(
            "`{raw}` is not a host name; your Okta domain looks like dev-12345678.okta.com"
        )));
    }
    let mut kind = DomainKind::Custom;
    let okta_suffix = |host: &str| {
        OKTA_SUFFIXES
            .iter()
            .find(|s| host.ends_with(&format!(".{s}")) || host == **s)
            .copied()
    };
    let infrastructure = host.ends_with(".oktacdn.com")
        || host.ends_with(".okta-dnssec.com")
        || host == "oktacdn.com";
    if infrastructure {
        return Err(Invalid::new(format!(
            "`{host}` is one of Okta's infrastructure hosts, not an org; use the domain shown at the top right of the Okta Admin Console"
        )));
    }
    // The typo is mended first, so the mended host meets the same checks.
    if okta_suffix(&host).is_none()
        && let Some(fixed) = suffix_typo(&host)
    {
        problems.push(format!("`{host}` looks like a typo of an Okta domain"));
        host = fixed;
    }
    if let Some(fixed) = admin_console_host(&host) {
        problems.push(format!(
            "`{host}` is the Admin Console (the `-admin` host), not the org domain users sign in at"
        ));
        host = fixed;
    }
    if let Some(suffix) = okta_suffix(&host) {
        kind = DomainKind::Okta;
        if NOT_ORGS.contains(&host.as_str()) {
            return Err(Invalid::new(format!(
                "`{host}` is Okta's own site, not your organisation's Okta domain; find yours at the top right of the Okta Admin Console (e.g. dev-12345678.okta.com)"
            )));
        }
        if host.ends_with(&format!(".customdomains.{suffix}")) {
            return Err(Invalid::new(format!(
                "`{host}` is the DNS target Okta gave for a custom domain; use the custom domain itself or your org domain"
            )));
        }
    }
    finish(raw, problems, OktaDomain { host, kind })
}

fn finish(raw: &str, problems: Vec<String>, domain: OktaDomain) -> Result<OktaDomain, Invalid> {
    // `base_url` relies on this: the host makes a URL, IDNA rules included
    // (`xn--lm` is no valid punycode; found by `fuzz/`).
    if url::Url::parse(&format!("https://{}", domain.host)).is_err() {
        return Err(Invalid::new(format!(
            "`{raw}` is not a host name; your Okta domain looks like dev-12345678.okta.com"
        )));
    }
    if problems.is_empty() {
        return Ok(domain);
    }
    let invalid = Invalid::new(format!(
        "`{raw}` is not a bare Okta domain: {}",
        problems.join("; ")
    ));
    // A mended host is offered only when it is itself a host name.
    if domain.kind == DomainKind::Loopback || is_hostname(&domain.host) {
        Err(invalid.suggest(domain.host))
    } else {
        Err(invalid)
    }
}

/// `dev-123-admin.okta.com` → `dev-123.okta.com`.
pub fn admin_console_host(host: &str) -> Option<String> {
    let (first, rest) = host.split_once('.')?;
    let mut org = first.strip_suffix("-admin")?;
    // Okta org names never end in `-admin` (that is the console's host), so
    // every such suffix goes; found by `fuzz/` with `m-admin-admin`.
    while let Some(shorter) = org.strip_suffix("-admin") {
        org = shorter;
    }
    if org.is_empty() || org.ends_with('-') || !OKTA_SUFFIXES.contains(&rest) {
        return None;
    }
    Some(format!("{org}.{rest}"))
}

/// `dev-1.okta.con` → `dev-1.okta.com`: the last two labels within two
/// edits of an Okta suffix.
fn suffix_typo(host: &str) -> Option<String> {
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 3 {
        return None;
    }
    let tail = labels[labels.len() - 2..].join(".");
    let head = labels[..labels.len() - 2].join(".");
    OKTA_SUFFIXES
        .iter()
        .map(|s| (edit_distance(&tail, s), s))
        .filter(|(d, _)| *d > 0 && *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, s)| format!("{head}.{s}"))
}

fn is_hostname(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && host.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && !labels.last().is_some_and(|tld| looks_numeric(tld))
}

/// A last label that URL parsers read as part of an IPv4 address (WHATWG's
/// "ends in a number": `123`, `0x`, `0x1f`), so the host is no name.
fn looks_numeric(label: &str) -> bool {
    let hex = label
        .strip_prefix("0x")
        .or_else(|| label.strip_prefix("0X"));
    match hex {
        Some(digits) => digits.chars().all(|c| c.is_ascii_hexdigit()),
        None => label.chars().all(|c| c.is_ascii_digit()),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            row.push(
                (prev[j] + usize::from(ca != *cb))
                    .min(prev[j + 1] + 1)
                    .min(row[j] + 1),
            );
        }
        prev = row;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggestion(input: &str) -> String {
        parse(input).unwrap_err().suggestion.unwrap_or_default()
    }

    #[test]
    fn bare_domains_pass() {
        assert_eq!(
            parse("dev-12345678.okta.com").unwrap().kind,
            DomainKind::Okta
        );
        assert_eq!(
            parse("integrator-1234567.oktapreview.com").unwrap().kind,
            DomainKind::Okta
        );
        assert_eq!(parse("login.acme.com").unwrap().kind, DomainKind::Custom);
        let local = parse("integrator-1.localhost:8080").unwrap();
        assert_eq!(local.kind, DomainKind::Loopback);
        assert_eq!(
            local.base_url().as_str(),
            "http://integrator-1.localhost:8080/"
        );
    }

    /// Found by `fuzz/` (okta_domain): these were accepted, then panicked
    /// when turned into a URL, because URL parsers read them as IPv4.
    #[test]
    fn numeric_last_labels_are_no_host_names() {
        for input in [
            "a-emea.0x.",
            "acme.0x1f",
            "acme.0X",
            "acme.123",
            "x\\y.localhost",
        ] {
            assert!(parse(input).is_err(), "{input} was accepted");
        }
        assert!(parse("acme.0xy").is_ok());
    }

    /// Found by `fuzz/`: the typo `help.okta.c` was mended into Okta's own
    /// site and suggested; a suggestion must pass the same checks.
    #[test]
    fn a_mended_typo_meets_the_same_checks() {
        let e = parse("help.okta.c").unwrap_err();
        assert!(e.suggestion.is_none(), "{e:?}");
        assert_eq!(suggestion("dev-1.okta.con"), "dev-1.okta.com");
        assert_eq!(suggestion("dev-1-admin.okta.con"), "dev-1.okta.com");
        // Found by `fuzz/`: the typo mended, then one `-admin` too few taken.
        assert_eq!(suggestion("m-admin-admin.okta.ma"), "m.okta.mil");
        // Found by `fuzz/`: punycode that does not decode is no host name.
        assert!(parse("u.xn--lm.alhostn.snho.").is_err());
        assert!(parse("login.xn--bcher-kva.example").is_ok());
        // Found by `fuzz/`: `m--admin` is no console host (`m-` is no label).
        assert_eq!(suggestion("m--admin.okta.ma"), "m--admin.okta.mil");
        assert_eq!(
            suggestion("2eihv1--admin.ota.com/o.v"),
            "2eihv1--admin.okta.com"
        );
    }

    #[test]
    fn every_problem_is_fixed_in_one_suggestion() {
        assert_eq!(suggestion("https://dev-1.okta.com/"), "dev-1.okta.com");
        assert_eq!(
            suggestion("https://Dev-1-admin.okta.com/oauth2/default"),
            "dev-1.okta.com"
        );
        assert_eq!(suggestion("dev-1.okta.com:443"), "dev-1.okta.com");
        assert_eq!(suggestion("dev-1.okta.con"), "dev-1.okta.com");
        assert_eq!(suggestion("dev-1.otka.com"), "dev-1.okta.com");
        assert_eq!(
            suggestion("dev-1-admin.oktapreview.com"),
            "dev-1.oktapreview.com"
        );
    }

    #[test]
    fn non_orgs_and_placeholders_are_refused() {
        for bad in [
            "login.okta.com",
            "ok12static.oktacdn.com",
            "{yourOktaDomain}",
            "okta.com",
            "not a host",
            "1.2.3.4",
            "localhost:99999",
            "bad host.localhost",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(
            parse("{yourOktaDomain}")
                .unwrap_err()
                .problem
                .contains("placeholder")
        );
    }
}
