//! The discovery documents of an authorization server and what the service
//! needs from them. Lists are checked for membership, never equality: Okta
//! adds grant types and scopes over time.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::finding::{Finding, guide};

/// The fields of `openid-configuration` and `oauth-authorization-server`
/// that matter here; the rest is ignored.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Discovery {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    #[serde(default)]
    pub userinfo_endpoint: Option<String>,
    #[serde(default)]
    pub jwks_uri: Option<String>,
    #[serde(default)]
    pub revocation_endpoint: Option<String>,
    #[serde(default)]
    pub introspection_endpoint: Option<String>,
    #[serde(default)]
    pub end_session_endpoint: Option<String>,
    #[serde(default)]
    pub response_types_supported: Vec<String>,
    #[serde(default)]
    pub grant_types_supported: Option<Vec<String>>,
    #[serde(default)]
    pub code_challenge_methods_supported: Option<Vec<String>>,
    #[serde(default)]
    pub token_endpoint_auth_methods_supported: Option<Vec<String>>,
    #[serde(default)]
    pub id_token_signing_alg_values_supported: Option<Vec<String>>,
    #[serde(default)]
    pub scopes_supported: Option<Vec<String>>,
    #[serde(default)]
    pub authorization_response_iss_parameter_supported: Option<bool>,
}

/// Why `endpoint`, named by the discovery document of `issuer`, must not be
/// used (and receive a client secret, a code or a verifier): it must be
/// https and on the issuer's host. A loopback issuer (the sandbox, a local
/// test provider) may use plain http, but then only on its own origin
/// (scheme, host and port), since any local user can listen on another
/// loopback port. `None` when the endpoint may be used.
///
/// The one rule for endpoints: the checks report it ([`validate`]) and the
/// login flow and the probes refuse to send to an endpoint that breaks it
/// ([`Discovery::endpoint`]).
pub fn endpoint_problem(issuer: &str, endpoint: &str) -> Option<String> {
    let Ok(issuer) = Url::parse(issuer) else {
        return Some("the issuer is not a URL".into());
    };
    let Ok(url) = Url::parse(endpoint) else {
        return Some("not a URL".into());
    };
    if crate::config::is_loopback_url(&issuer) {
        return (url.origin() != issuer.origin())
            .then(|| "not on the loopback issuer's own origin".into());
    }
    if url.scheme() != "https" {
        return Some(
            "not https: the client secret, code and verifier would cross the network in clear"
                .into(),
        );
    }
    (url.host_str() != issuer.host_str()).then(|| "not on the issuer's host".into())
}

impl Discovery {
    /// An endpoint of this document as a URL, when [`endpoint_problem`]
    /// allows sending to it; the error names the field and the problem.
    pub fn endpoint(&self, name: &str, value: &str) -> Result<Url, String> {
        match endpoint_problem(&self.issuer, value) {
            None => Url::parse(value).map_err(|e| format!("{name} is not a URL ({e})")),
            Some(problem) => Err(format!(
                "the provider's {name} {} is refused: {problem}",
                crate::text::shorten(value, 200)
            )),
        }
    }

    /// Every endpoint the login flow uses, checked with [`Discovery::endpoint`].
    pub fn check_endpoints(&self) -> Result<(), String> {
        self.endpoint("authorization_endpoint", &self.authorization_endpoint)?;
        self.endpoint("token_endpoint", &self.token_endpoint)?;
        for (name, value) in [
            ("jwks_uri", &self.jwks_uri),
            ("userinfo_endpoint", &self.userinfo_endpoint),
            ("revocation_endpoint", &self.revocation_endpoint),
        ] {
            if let Some(value) = value {
                self.endpoint(name, value)?;
            }
        }
        Ok(())
    }
}

/// Which of the two documents; the OAuth one has no OIDC-only fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    OpenidConfiguration,
    OauthAuthorizationServer,
}

impl DocKind {
    pub fn path(self) -> &'static str {
        match self {
            DocKind::OpenidConfiguration => ".well-known/openid-configuration",
            DocKind::OauthAuthorizationServer => ".well-known/oauth-authorization-server",
        }
    }
}

/// `{issuer}/.well-known/…`: the discovery URL of an issuer, with or without a path.
pub fn discovery_url(issuer: &str, kind: DocKind) -> Option<Url> {
    Url::parse(&format!("{}/{}", issuer.trim_end_matches('/'), kind.path())).ok()
}

fn contains(list: &Option<Vec<String>>, value: &str) -> Option<bool> {
    list.as_ref().map(|l| l.iter().any(|v| v == value))
}

/// Checks a discovery document against the issuer the service expects.
/// `prefix` names the document in check ids (`default`, `org`).
pub fn validate(
    doc: &Discovery,
    kind: DocKind,
    expected_issuer: &str,
    prefix: &str,
) -> Vec<Finding> {
    let id = |name: &str| format!("discovery.{prefix}.{name}");
    let mut findings = Vec::new();

    if doc.issuer == expected_issuer {
        findings.push(Finding::ok(
            &id("issuer"),
            format!("issuer is {expected_issuer}"),
        ));
    } else {
        findings.push(issuer_mismatch(&id("issuer"), &doc.issuer, expected_issuer));
    }

    let mut endpoints = vec![
        ("authorization_endpoint", Some(&doc.authorization_endpoint)),
        ("token_endpoint", Some(&doc.token_endpoint)),
        ("jwks_uri", doc.jwks_uri.as_ref()),
        ("revocation_endpoint", doc.revocation_endpoint.as_ref()),
    ];
    if kind == DocKind::OpenidConfiguration {
        endpoints.push(("userinfo_endpoint", doc.userinfo_endpoint.as_ref()));
    }
    let mut elsewhere = Vec::new();
    for (name, value) in &endpoints {
        let Some(value) = value else { continue };
        if let Some(problem) = endpoint_problem(&doc.issuer, value) {
            elsewhere.push(format!("{name} = {value} ({problem})"));
        }
    }
    if doc.jwks_uri.is_none() {
        findings.push(Finding::error(
            &id("jwks_uri"),
            "the document has no jwks_uri: ID tokens cannot be verified",
        ));
    }
    if elsewhere.is_empty() {
        findings.push(Finding::ok(
            &id("endpoints"),
            "every endpoint is on the issuer's host",
        ));
    } else {
        findings.push(
            Finding::error(&id("endpoints"), "some endpoints are not on the issuer's host")
                .detail(elsewhere.join("\n"))
                .fix("a proxy or a custom domain rewrites the document; register the domain the issuer uses"),
        );
    }

    let mut need =
        |name: &str, present: Option<bool>, what: &str, fix: &str, missing_is_fine: bool| {
            match present {
                Some(true) => findings.push(Finding::ok(&id(name), format!("{what} is supported"))),
                Some(false) => findings.push(
                    Finding::error(&id(name), format!("{what} is not supported"))
                        .fix(fix.to_string())
                        .guide(guide::STEP_1),
                ),
                None if missing_is_fine => {}
                None => findings.push(Finding::warning(
                    &id(name),
                    format!("the document does not say whether {what} is supported"),
                )),
            }
        };
    need(
        "response_types",
        Some(doc.response_types_supported.iter().any(|t| t == "code")),
        "the `code` response type",
        "the server must allow the Authorization Code flow",
        false,
    );
    need(
        "grant_types",
        contains(&doc.grant_types_supported, "authorization_code"),
        "the authorization_code grant",
        "the server must allow the Authorization Code grant",
        // RFC 8414: absent means authorization_code and implicit.
        true,
    );
    need(
        "pkce",
        contains(&doc.code_challenge_methods_supported, "S256"),
        "PKCE with S256",
        "the server must accept S256 code challenges",
        false,
    );
    let basic = contains(
        &doc.token_endpoint_auth_methods_supported,
        "client_secret_basic",
    );
    let post = contains(
        &doc.token_endpoint_auth_methods_supported,
        "client_secret_post",
    );
    need(
        "client_auth",
        basic.zip(post).map(|(b, p)| b || p).or(basic).or(post),
        "client_secret_basic or client_secret_post",
        "the service authenticates with the client secret; the server must accept it",
        true,
    );
    if kind == DocKind::OpenidConfiguration {
        need(
            "signing_alg",
            contains(&doc.id_token_signing_alg_values_supported, "RS256"),
            "RS256 for ID-token signatures",
            "ID tokens must be signed with RS256",
            false,
        );
        need(
            "scopes",
            contains(&doc.scopes_supported, "openid"),
            "the openid scope",
            "the server must offer the openid scope",
            true,
        );
    }
    findings
}

fn issuer_mismatch(check: &str, actual: &str, expected: &str) -> Finding {
    let finding = Finding::error(
        check,
        format!("issuer is {actual}, expected exactly {expected}"),
    );
    let actual_url = Url::parse(actual).ok();
    let expected_url = Url::parse(expected).ok();
    // host[:port], as the domain is registered.
    let authority = |u: &Option<Url>| match u.as_ref().map(|u| (u.host_str(), u.port())) {
        Some((Some(h), Some(p))) => format!("{h}:{p}"),
        Some((Some(h), None)) => h.to_string(),
        _ => String::new(),
    };
    let (actual_host, expected_host) = (authority(&actual_url), authority(&expected_url));
    if actual.trim_end_matches('/') == expected.trim_end_matches('/') {
        return finding.detail("they differ only in a trailing slash; tokens carry the issuer byte for byte").fix(
            "the server's issuer setting adds or drops a slash; ID tokens will be rejected until it matches",
        );
    }
    if let Some((org, _)) = expected_host.split_once('.')
        && org
            .strip_suffix("-admin")
            .is_some_and(|plain| actual_host.starts_with(&format!("{plain}.")))
    {
        return finding
            .detail(format!(
                "{expected_host} is the Admin Console host; the org itself is {actual_host}"
            ))
            .fix(format!(
                "register the org domain {actual_host}, without -admin"
            ))
            .guide(guide::STEP_2);
    }
    if actual_host != expected_host {
        return finding
            .detail(format!(
                "the server issues tokens as {actual_host} (a custom URL domain with issuer mode CUSTOM_URL, or another org)"
            ))
            .fix(format!("register {actual_host} as the Okta domain, or set the default server's issuer back to the Okta URL"))
            .guide(guide::STEP_2);
    }
    finding
        .fix("use the `default` authorization server; its issuer ends in /oauth2/default")
        .guide(guide::STEP_3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Discovery {
        let path = format!(
            "{}/tests/fixtures/okta/discovery/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
    }

    fn errors(findings: &[Finding]) -> Vec<String> {
        findings
            .iter()
            .filter(|f| f.severity == crate::finding::Severity::Error)
            .map(|f| f.check.clone())
            .collect()
    }

    #[test]
    fn a_real_default_server_document_passes() {
        let doc = fixture("custom-as-default.openid-configuration.dev-2022.json");
        let findings = validate(
            &doc,
            DocKind::OpenidConfiguration,
            &doc.issuer.clone(),
            "default",
        );
        assert!(errors(&findings).is_empty(), "{findings:#?}");
    }

    #[test]
    fn endpoints_must_be_https_on_the_issuers_host_or_on_a_loopback_issuers_origin() {
        let okta = "https://dev-1.okta.com/oauth2/default";
        let local = "http://127.0.0.1:4000/oauth2/default";
        assert_eq!(
            endpoint_problem(okta, "https://dev-1.okta.com/oauth2/default/v1/token"),
            None
        );
        assert_eq!(
            endpoint_problem(local, "http://127.0.0.1:4000/oauth2/default/v1/token"),
            None
        );
        assert_eq!(
            endpoint_problem(
                "http://integrator-1.localhost:4000",
                "http://integrator-1.localhost:4000/oauth2/v1/token"
            ),
            None
        );
        for (issuer, endpoint) in [
            (okta, "http://dev-1.okta.com/oauth2/default/v1/token"),
            (okta, "https://evil.example/token"),
            (okta, "https://127.0.0.1:4000/token"),
            (local, "http://127.0.0.1:4001/token"),
            (local, "http://evil.example/token"),
            (local, "https://127.0.0.1:4000/token"),
            (okta, "not a url"),
        ] {
            assert!(
                endpoint_problem(issuer, endpoint).is_some(),
                "{issuer} allowed {endpoint}"
            );
        }
        let mut doc = fixture("custom-as-default.openid-configuration.dev-2022.json");
        assert_eq!(doc.check_endpoints(), Ok(()));
        doc.token_endpoint = doc.token_endpoint.replacen("https://", "http://", 1);
        let refused = doc.check_endpoints().unwrap_err();
        assert!(
            refused.starts_with("the provider's token_endpoint http://"),
            "{refused}"
        );
        let issuer = doc.issuer.clone();
        let findings = validate(&doc, DocKind::OpenidConfiguration, &issuer, "default");
        assert_eq!(
            errors(&findings),
            ["discovery.default.endpoints"],
            "{findings:#?}"
        );
    }

    #[test]
    fn the_oauth_document_lacks_oidc_fields_and_still_passes() {
        let doc = fixture("custom-as-default.oauth-authorization-server.dev-2021.json");
        let findings = validate(
            &doc,
            DocKind::OauthAuthorizationServer,
            &doc.issuer.clone(),
            "default",
        );
        assert!(errors(&findings).is_empty(), "{findings:#?}");
    }

    #[test]
    fn the_admin_host_issuer_mismatch_names_step_2() {
        let doc = fixture("custom-as-default.openid-configuration.dev-2022.json");
        let expected = doc.issuer.replacen(".okta.com", "-admin.okta.com", 1);
        let findings = validate(&doc, DocKind::OpenidConfiguration, &expected, "default");
        let issuer = findings
            .iter()
            .find(|f| f.check == "discovery.default.issuer")
            .unwrap();
        assert_eq!(issuer.severity, crate::finding::Severity::Error);
        assert_eq!(issuer.guide.as_deref(), Some(guide::STEP_2));
    }

    #[test]
    fn a_trailing_slash_is_a_mismatch() {
        let doc = fixture("custom-as-default.openid-configuration.dev-2022.json");
        let expected = format!("{}/", doc.issuer);
        assert_eq!(
            errors(&validate(
                &doc,
                DocKind::OpenidConfiguration,
                &expected,
                "default"
            )),
            ["discovery.default.issuer"]
        );
    }

    #[test]
    fn missing_code_flow_and_pkce_are_errors() {
        let mut doc = fixture("custom-as-default.openid-configuration.dev-2022.json");
        doc.response_types_supported = vec!["token".into()];
        doc.code_challenge_methods_supported = Some(vec!["plain".into()]);
        let e = errors(&validate(
            &doc,
            DocKind::OpenidConfiguration,
            &doc.issuer.clone(),
            "default",
        ));
        assert!(
            e.contains(&"discovery.default.response_types".to_string())
                && e.contains(&"discovery.default.pkce".to_string()),
            "{e:?}"
        );
    }
}
