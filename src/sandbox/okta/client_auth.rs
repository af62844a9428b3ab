//! Client authentication for `/token`, `/revoke` and `/introspect`, as Okta
//! answers it: both JSON shapes (an unknown client gets Okta's `errorCode`
//! shape, 401 with Basic and 400 with credentials in the body; a wrong
//! secret the OAuth shape), and exactly one place for the credentials.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::response::IntoResponse;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::grant::params;
use super::model::{AppRecord, OrgRecord};
use super::token::no_cache;
use super::{AuthServer, Server, e0000, oauth_error, rate_limit_headers};
use crate::sandbox::Shared;

/// Whether a client endpoint's answers count in the org's `token` rate
/// limit bucket (`/introspect`'s do not).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counted {
    Yes,
    No,
}

/// A client's form POST to `/token`, `/revoke`, `/introspect` or
/// `/v1/device/authorize`: the org and server its path names, its headers
/// and its form body.
pub(crate) struct ClientCall {
    pub shared: Arc<Shared>,
    pub at: AuthServer,
    headers: HeaderMap,
    body: Bytes,
}

impl FromRequest<Arc<Shared>> for ClientCall {
    type Rejection = Response;

    async fn from_request(req: Request, shared: &Arc<Shared>) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let at = AuthServer::from_request_parts(&mut parts, shared).await?;
        let headers = parts.headers.clone();
        let body = Bytes::from_request(Request::from_parts(parts, body), shared)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(ClientCall {
            shared: Arc::clone(shared),
            at,
            headers,
            body,
        })
    }
}

/// A client's call once the client is authenticated: what an endpoint
/// answers from.
#[derive(Clone, Copy)]
pub(crate) struct ClientRequest<'a> {
    pub shared: &'a Shared,
    pub org: &'a OrgRecord,
    pub server: Server,
    pub form: &'a HashMap<String, String>,
    /// The app the client authenticated as.
    pub app: &'a AppRecord,
}

impl ClientCall {
    /// An unknown server is refused first; past it, the client is
    /// authenticated, `endpoint` answers, and every answer carries Okta's
    /// no-cache headers.
    pub(crate) fn answer(
        &self,
        counted: Counted,
        endpoint: impl FnOnce(ClientRequest<'_>) -> Response,
    ) -> Response {
        let server = match self.at.oauth_server() {
            Ok(server) => server,
            Err(r) => return r,
        };
        let form = params(&self.body);
        let mut response = no_cache(match authenticate(&self.at.org, &self.headers, &form) {
            Ok(app) => endpoint(ClientRequest {
                shared: &self.shared,
                org: &self.at.org,
                server,
                form: &form,
                app: &app,
            }),
            Err(r) => r,
        });
        if counted == Counted::Yes {
            let org = &self.at.org.name;
            rate_limit_headers(&self.shared, org, "token", 300, &mut response);
        }
        response
    }
}

/// The `Authorization: Basic` credentials: `None` without that scheme,
/// `Err` when they cannot be decoded.
fn basic_credentials(headers: &HeaderMap) -> Option<Result<(String, String), ()>> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, b64) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = STANDARD
        .decode(b64.trim())
        .ok()
        .and_then(|b| String::from_utf8(b).ok());
    let Some((id, secret)) = decoded.as_deref().and_then(|d| d.split_once(':')) else {
        return Some(Err(()));
    };
    // RFC 6749 §2.3.1: both parts are form-urlencoded.
    let unescape = |s: &str| {
        url::form_urlencoded::parse(format!("x={s}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    Some(Ok((unescape(id), unescape(secret))))
}

const CLIENT_AUTH_FAILED: &str =
    "Client authentication failed. Either the client or the client credentials are invalid.";

/// The challenge a 401 to a client that used Basic carries. RFC 6749 §5.2:
/// "If the client attempted to authenticate via the Authorization request
/// header field, the authorization server MUST respond with an HTTP 401 …
/// and include the WWW-Authenticate response header field matching the
/// authentication scheme used by the client" (and RFC 7617 §2 wants a
/// realm). Okta's exact header is not captured.
const BASIC_CHALLENGE: &str = "Basic realm=\"Okta\"";

/// Authenticates the client of a `/token`, `/revoke` or `/introspect` request.
pub(crate) fn authenticate(
    org: &OrgRecord,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<AppRecord, Response> {
    let via_basic = basic_credentials(headers).is_some();
    check_client(org, headers, form).map_err(|mut r| {
        if via_basic && r.status() == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static(BASIC_CHALLENGE),
            );
        }
        r
    })
}

fn check_client(
    org: &OrgRecord,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<AppRecord, Response> {
    let basic = basic_credentials(headers);
    let body_secret = form.get("client_secret");
    if basic.is_some() && (body_secret.is_some() || form.contains_key("client_assertion")) {
        return Err(oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_request",
            "Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body.",
        ));
    }
    let (client_id, secret, via_basic) = match basic {
        Some(Ok((id, secret))) => (id, Some(secret), true),
        Some(Err(())) => {
            return Err(oauth_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                CLIENT_AUTH_FAILED,
            ));
        }
        None => match form.get("client_id") {
            Some(id) => (id.clone(), body_secret.cloned(), false),
            None => {
                return Err(oauth_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_client",
                    CLIENT_AUTH_FAILED,
                ));
            }
        },
    };
    let Some(app) = org
        .app_by_client_id(&client_id)
        .filter(|a| a.status == "ACTIVE")
    else {
        let status = if via_basic {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::BAD_REQUEST
        };
        return Err(e0000(
            status,
            "invalid_client",
            "Invalid value for 'client_id' parameter.",
        ));
    };
    // The app's `token_endpoint_auth_method` is enforced: a JWT-assertion
    // app cannot use its secret in Basic or the body (issue 14 item 7;
    // Okta answers 401 invalid_client).
    let jwt_app = matches!(
        app.token_endpoint_auth_method.as_str(),
        "private_key_jwt" | "client_secret_jwt"
    );
    match secret {
        Some(_) if jwt_app => Err(oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            CLIENT_AUTH_FAILED,
        )),
        Some(s) if app.accepts_secret(&s) => Ok(app.clone()),
        Some(_) => Err(oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "The client secret supplied for a confidential client is invalid.",
        )),
        None if app.token_endpoint_auth_method == "none" => Ok(app.clone()),
        None => Err(oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            CLIENT_AUTH_FAILED,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_credentials_are_form_decoded() {
        let mut h = HeaderMap::new();
        let v = format!("Basic {}", STANDARD.encode("0oa1:se%3Acret"));
        h.insert(header::AUTHORIZATION, HeaderValue::from_str(&v).unwrap());
        assert_eq!(
            basic_credentials(&h),
            Some(Ok(("0oa1".into(), "se:cret".into())))
        );
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic !!!"));
        assert_eq!(basic_credentials(&h), Some(Err(())));
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer x"));
        assert_eq!(basic_credentials(&h), None);
    }
}
