//! The service's one Okta client: every call the service makes to a
//! tenant's Okta org (the client-secret check, the login's code exchange
//! and its JWKS read) goes through [`OktaClient`].
//!
//! The sandbox reaches only its own emulated orgs: a tenant's `okta_domain`
//! must be an org host on the sandbox's port (`{org}.localhost:PORT`, or an
//! org's custom domain), every name is pinned to 127.0.0.1 (RFC 6761 §6.3:
//! `*.localhost` is loopback whatever the system resolver says), no proxy
//! is used, no redirect is followed, a URL outside the tenant's org is
//! refused before anything is sent, and an answer is read only up to
//! [`MAX_ANSWER_BYTES`]. Registration refuses the domains it could never
//! reach safely ([`registrable`]): a non-loopback IP address
//! (`169.254.169.254`, `10.0.0.1`) or a port other than the sandbox's
//! (`localhost:22`). A public host name (`dev-1.okta.com`) can be
//! registered, as on the real service, but is never contacted.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use axum::http::StatusCode;
use serde::Serialize;
use serde_json::Value;

use crate::sandbox::state::now_rfc3339;
use crate::sandbox::{INTERNAL_USER_AGENT, Shared};

/// The most of an Okta answer the service reads; a token answer or a key
/// set is a few kilobytes.
pub(crate) const MAX_ANSWER_BYTES: usize = 256 * 1024;

/// `host` and the port of `host[:port]` (`None` without one).
fn split_domain(okta_domain: &str) -> (&str, Option<&str>) {
    if okta_domain.starts_with('[') {
        // An IPv6 literal, `[…]` or `[…]:port`.
        return match okta_domain.rsplit_once("]:") {
            Some((h, p)) => (&h[1..], Some(p)),
            None => (
                okta_domain.trim_start_matches('[').trim_end_matches(']'),
                None,
            ),
        };
    }
    match okta_domain.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (okta_domain, None),
    }
}

/// Whether a tenant may be registered with `okta_domain` (already a valid
/// bare host): `Err` says why not, for the `okta_domain` field's 422.
pub(crate) fn registrable(sandbox_port: u16, okta_domain: &str) -> Result<(), String> {
    let (host, port) = split_domain(okta_domain);
    if let Ok(ip) = host.parse::<IpAddr>()
        && !ip.is_loopback()
    {
        return Err(format!(
            "must be an Okta org's host name, not the IP address {ip}: the sandbox connects only to its emulated orgs"
        ));
    }
    if let Some(port) = port
        && port != sandbox_port.to_string()
    {
        return Err(format!(
            "names port {port}, where the sandbox has no Okta org: its emulated orgs are on port {sandbox_port}"
        ));
    }
    Ok(())
}

/// An HTTP client for one tenant's emulated org.
pub(crate) struct OktaClient {
    http: reqwest::Client,
    /// `http://{okta_domain}`: every URL must be under it.
    base: String,
}

impl OktaClient {
    /// A client for `okta_domain`, or why the sandbox will not call it.
    pub fn new(shared: &Shared, okta_domain: &str) -> Result<Self, String> {
        let (host, port) = split_domain(okta_domain);
        let host = host.to_ascii_lowercase();
        let is_org_host = host == "localhost"
            || host.ends_with(".localhost")
            || shared.store.read(|st| {
                st.okta_orgs
                    .values()
                    .any(|o| o.custom_domain.as_deref() == Some(host.as_str()))
            });
        let on_our_port = port.is_some_and(|p| p == shared.port.to_string());
        if !is_org_host || !on_our_port {
            return Err(format!(
                "the sandbox calls only its emulated orgs ({{org}}.localhost:{}), not {okta_domain}",
                shared.port
            ));
        }
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .user_agent(INTERNAL_USER_AGENT)
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(10))
            // The URL's port is used; the name always means 127.0.0.1.
            .resolve(&host, SocketAddr::from(([127, 0, 0, 1], shared.port)))
            .build()
            .map_err(|e| format!("cannot call Okta: {e}"))?;
        Ok(Self {
            http,
            base: format!("http://{host}:{}", shared.port),
        })
    }

    /// `http://{okta_domain}`, no trailing slash.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Refuses a URL outside the tenant's org before anything is sent.
    fn check(&self, url: &str) -> Result<(), String> {
        let inside = url
            .strip_prefix(self.base.as_str())
            .is_some_and(|rest| rest.starts_with('/'));
        if inside {
            Ok(())
        } else {
            Err(format!(
                "{url} is outside the tenant's org {}: not called",
                self.base
            ))
        }
    }

    /// `GET url`: the status and the body, as JSON (`Null` when it is not).
    pub async fn get_json(&self, url: &str) -> Result<(u16, Value), String> {
        self.check(url)?;
        let response = self
            .http
            .get(url)
            .header("accept", "application/json")
            .send()
            .await
            .map_err(|e| format!("cannot reach {url}: {e}"))?;
        read_json(url, response).await
    }

    /// `POST url` with a form body and `client_secret_basic` credentials.
    pub async fn post_form(
        &self,
        url: &str,
        (client_id, secret): (&str, &str),
        form: &[(&str, &str)],
    ) -> Result<(u16, Value), String> {
        self.check(url)?;
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let response = self
            .http
            .post(url)
            // RFC 6749 §2.3.1: both parts are form-encoded first.
            .basic_auth(enc(client_id), Some(enc(secret)))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "application/json")
            .body(body)
            .send()
            .await
            .map_err(|e| format!("cannot reach {url}: {e}"))?;
        read_json(url, response).await
    }
}

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The status and the JSON body, read up to [`MAX_ANSWER_BYTES`].
async fn read_json(url: &str, mut response: reqwest::Response) -> Result<(u16, Value), String> {
    let status = response.status().as_u16();
    let too_big = || format!("{url} answered more than {MAX_ANSWER_BYTES} bytes: not read");
    if response
        .content_length()
        .is_some_and(|n| n > MAX_ANSWER_BYTES as u64)
    {
        return Err(too_big());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| format!("{url}'s answer broke off: {e}"))?
    {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(too_big());
        }
        body.extend_from_slice(&chunk);
    }
    Ok((status, serde_json::from_slice(&body).unwrap_or(Value::Null)))
}

// ---------------------------------------------------------------- the client-secret check

// The service probes the tenant's Okta org with the secret *it has on
// file*, over HTTP like the real service, by exchanging a dummy code.
// `invalid_grant` (or `unauthorized_client`) proves the client id and
// secret right; `invalid_client` in the OAuth shape means the secret is
// wrong; in Okta's `errorCode` shape, that the client does not exist
// (docs/okta-behaviour.md rows 12, 13 and 15).

/// The answer of `POST /admin/v1/tenants/{slug}/checks/client-secret`.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct SecretCheck {
    /// `valid`, `invalid_client`, `unknown_client` or `unreachable`.
    pub result: &'static str,
    pub detail: String,
    pub checked_at: String,
}

impl SecretCheck {
    fn new(result: &'static str, detail: impl Into<String>) -> Self {
        Self {
            result,
            detail: detail.into(),
            checked_at: now_rfc3339(),
        }
    }
}

enum Probe {
    Done(SecretCheck),
    /// The `default` server does not exist: try the org server.
    NoServer,
}

/// Probes `okta_domain` (`host[:port]`) for `client_id` and `secret`.
pub(crate) async fn client_secret(
    shared: &Shared,
    okta_domain: &str,
    client_id: &str,
    secret: &str,
    redirect_uri: &str,
) -> SecretCheck {
    let client = match OktaClient::new(shared, okta_domain) {
        Ok(c) => c,
        Err(e) => return SecretCheck::new("unreachable", e),
    };
    for path in ["/oauth2/default/v1/token", "/oauth2/v1/token"] {
        let url = format!("{}{path}", client.base());
        match probe(&client, &url, client_id, secret, redirect_uri).await {
            Probe::Done(check) => return check,
            Probe::NoServer => continue,
        }
    }
    SecretCheck::new(
        "unreachable",
        format!("{} has no usable token endpoint", client.base()),
    )
}

async fn probe(
    client: &OktaClient,
    url: &str,
    client_id: &str,
    secret: &str,
    redirect_uri: &str,
) -> Probe {
    let form = [
        ("grant_type", "authorization_code"),
        ("code", "sandbox-client-secret-check"),
        ("redirect_uri", redirect_uri),
    ];
    let (status, json) = match client.post_form(url, (client_id, secret), &form).await {
        Ok(answer) => answer,
        Err(e) => return Probe::Done(SecretCheck::new("unreachable", e)),
    };
    let field = |name: &str| json.get(name).and_then(Value::as_str).unwrap_or("");
    let check = match (status, field("error"), field("errorCode")) {
        (400, "invalid_grant" | "unauthorized_client", _) => SecretCheck::new(
            "valid",
            format!("Okta accepted client {client_id} and the secret on file"),
        ),
        (400, "invalid_request", _)
            if field("error_description").contains("authorization server") =>
        {
            return Probe::NoServer;
        }
        (404, _, _) => return Probe::NoServer,
        (401, "invalid_client", _) => SecretCheck::new(
            "invalid_client",
            format!(
                "Okta refused the secret on file for client {client_id}: {}",
                field("error_description")
            ),
        ),
        (_, _, "invalid_client") => SecretCheck::new(
            "unknown_client",
            format!("Okta has no client {client_id}: {}", field("errorSummary")),
        ),
        _ => SecretCheck::new(
            "unreachable",
            format!(
                "{url} answered {} {}, not like an Okta token endpoint",
                status,
                StatusCode::from_u16(status)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or("")
            ),
        ),
    };
    Probe::Done(check)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_split_into_host_and_port() {
        assert_eq!(split_domain("a.localhost:80"), ("a.localhost", Some("80")));
        assert_eq!(split_domain("dev-1.okta.com"), ("dev-1.okta.com", None));
        assert_eq!(split_domain("[::1]:8080"), ("::1", Some("8080")));
        assert_eq!(split_domain("[::1]"), ("::1", None));
    }

    #[test]
    fn only_domains_the_sandbox_may_reach_are_registrable() {
        for ok in [
            "dev-12345678.okta.com",
            "integrator-1.localhost:4000",
            "login.example.localhost:4000",
            "127.0.0.1:4000",
        ] {
            assert_eq!(registrable(4000, ok), Ok(()), "{ok}");
        }
        for bad in [
            "169.254.169.254",
            "10.0.0.1",
            "localhost:22",
            "127.0.0.1:22",
            "integrator-1.localhost:4001",
        ] {
            assert!(registrable(4000, bad).is_err(), "{bad}");
        }
    }
}
