//! The service's client-secret check: it probes the tenant's Okta org with
//! the secret *it has on file*, over HTTP like the real service, by
//! exchanging a dummy code. `invalid_grant` (or `unauthorized_client`)
//! proves the client id and secret right; `invalid_client` in the OAuth
//! shape means the secret is wrong; in Okta's `errorCode` shape, that the
//! client does not exist (behaviour.md rows 12, 13 and 15).

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::StatusCode;
use serde::Serialize;
use serde_json::Value;

use crate::sandbox::state::now_rfc3339;

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
    okta_domain: &str,
    client_id: &str,
    secret: &str,
    redirect_uri: &str,
) -> SecretCheck {
    let (host, port) = match okta_domain.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().ok()),
        None => (okta_domain, None),
    };
    let loopback = host == "localhost" || host.ends_with(".localhost") || host == "127.0.0.1";
    let scheme = if loopback { "http" } else { "https" };
    let mut builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(crate::sandbox::INTERNAL_USER_AGENT)
        .timeout(Duration::from_secs(5));
    // RFC 6761: `*.localhost` is loopback, whatever the system resolver says.
    if host == "localhost" || host.ends_with(".localhost") {
        builder = builder.resolve(host, SocketAddr::from(([127, 0, 0, 1], port.unwrap_or(80))));
    }
    let client = match builder.build() {
        Ok(c) => c,
        Err(e) => return SecretCheck::new("unreachable", format!("cannot probe Okta: {e}")),
    };
    let base = format!("{scheme}://{okta_domain}");
    for path in ["/oauth2/default/v1/token", "/oauth2/v1/token"] {
        match probe(
            &client,
            &format!("{base}{path}"),
            client_id,
            secret,
            redirect_uri,
        )
        .await
        {
            Probe::Done(check) => return check,
            Probe::NoServer => continue,
        }
    }
    SecretCheck::new(
        "unreachable",
        format!("{base} has no usable token endpoint"),
    )
}

async fn probe(
    client: &reqwest::Client,
    url: &str,
    client_id: &str,
    secret: &str,
    redirect_uri: &str,
) -> Probe {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "authorization_code")
        .append_pair("code", "sandbox-client-secret-check")
        .append_pair("redirect_uri", redirect_uri)
        .finish();
    let sent = client
        .post(url)
        .basic_auth(client_id, Some(secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .body(body)
        .send()
        .await;
    let response = match sent {
        Ok(r) => r,
        Err(e) => {
            return Probe::Done(SecretCheck::new(
                "unreachable",
                format!("cannot reach {url}: {e}"),
            ));
        }
    };
    let status = response.status().as_u16();
    let json: Value = response.json().await.unwrap_or(Value::Null);
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
