//! RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2–3),
//! the `end_session_endpoint` discovery advertises:
//! `GET /oauth2[/{server}]/v1/logout?id_token_hint&post_logout_redirect_uri&state`.
//!
//! The hint must be an ID token this server signed for one of the org's
//! apps (expired ones are fine: §2 "the OP need not be the issuer of a
//! still-valid token"); a `post_logout_redirect_uri` must be one of that
//! app's registered logout redirect URIs (Okta's "Sign-out redirect URIs").
//! The user's sessions with the org end, the `sid` cookie is cleared, and
//! the browser goes to the redirect URI with `state`, or to the org's page.
//! Errors are Okta's hosted 400 page, as at `/authorize`.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use jsonwebtoken::{Algorithm, Validation};
use serde_json::Value;

use super::grant::params;
use super::keys;
use super::{AuthServer, html, issuer, org_url};
use crate::sandbox::http::found;
use crate::sandbox::{Shared, lock};

type AppState = State<Arc<Shared>>;

pub(crate) async fn logout(
    State(shared): AppState,
    at: AuthServer,
    RawQuery(query): RawQuery,
) -> Response {
    let Ok(server) = at.server else {
        return html::error_page("invalid_request", "The authorization server id is invalid.");
    };
    let org = &at.org;
    let p = params(query.as_deref().unwrap_or("").as_bytes());
    let get = |name: &str| p.get(name).map(String::as_str).filter(|v| !v.is_empty());
    let Some(hint) = get("id_token_hint") else {
        return html::error_page(
            "invalid_request",
            "The 'id_token_hint' parameter is required.",
        );
    };
    let claims = jsonwebtoken::decode_header(hint)
        .ok()
        .and_then(|h| h.kid)
        .and_then(|kid| keys::keys_of(server).into_iter().find(|k| k.kid == kid))
        .and_then(|key| {
            let mut v = Validation::new(Algorithm::RS256);
            v.set_issuer(&[issuer(&shared, org, server)]);
            v.validate_aud = false;
            v.validate_exp = false;
            v.required_spec_claims.clear();
            jsonwebtoken::decode::<Value>(hint, &key.decoding_key()?, &v).ok()
        })
        .map(|d| d.claims);
    let app = claims.as_ref().and_then(|c| {
        let aud = c.get("aud")?.as_str()?;
        org.app_by_client_id(aud)
    });
    let (Some(claims), Some(app)) = (claims.as_ref(), app) else {
        return html::error_page(
            "invalid_request",
            "The 'id_token_hint' parameter is not a valid ID token of this authorization server.",
        );
    };
    let target = match get("post_logout_redirect_uri") {
        None => None,
        Some(uri) if app.post_logout_redirect_uris.iter().any(|u| u == uri) => Some(uri),
        Some(_) => {
            return html::error_page(
                "invalid_request",
                "The 'post_logout_redirect_uri' parameter must be a Logout redirect URI in the client app settings.",
            );
        }
    };
    if let Some(user) = claims.get("sub").and_then(Value::as_str) {
        lock(&shared.okta)
            .sessions
            .retain(|_, s| !(s.org == org.name && s.user_id == user));
    }
    let mut r = match target {
        Some(uri) => {
            let mut location = uri.to_owned();
            if let Some(state) = get("state") {
                let sep = if uri.contains('?') { '&' } else { '?' };
                let q = url::form_urlencoded::Serializer::new(String::new())
                    .append_pair("state", state)
                    .finish();
                location = format!("{location}{sep}{q}");
            }
            found(&location)
        }
        None => found(&format!("{}/", org_url(&shared, org))),
    };
    r.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("sid=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"),
    );
    r
}
