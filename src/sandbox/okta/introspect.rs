//! What a client does with the tokens it holds: `/revoke` (RFC 7009),
//! `/introspect` (RFC 7662) and `/userinfo` (OIDC Core §5.3).

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::client_auth::{ClientCall, ClientRequest, Counted};
use super::model::OrgRecord;
use super::token::{no_cache, verify_access_token};
use super::{AuthServer, Server, oauth_error, okta_json};
use crate::sandbox::{Shared, lock};

type AppState = State<Arc<Shared>>;

pub(crate) async fn revoke(call: ClientCall) -> Response {
    call.answer(Counted::Yes, |request| {
        let Some(token) = request.form.get("token").filter(|t| !t.is_empty()) else {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "The 'token' parameter is required.",
            );
        };
        // Any token, known or not, is "revoked": RFC 7009 answers 200.
        let claims = request.own_access_token(token);
        let mut rt = lock(&request.shared.okta);
        if rt
            .refresh_tokens
            .get(token)
            .is_some_and(|g| g.client_id == request.app.client_id)
        {
            // RFC 7009 §2.1, and Okta's revoke: the access tokens of the
            // same grant go with the refresh token.
            if let Some(grant) = rt.refresh_tokens.remove(token) {
                rt.revoked.extend(grant.access_jtis);
            }
        }
        if let Some(jti) = claims.as_ref().and_then(|c| c["jti"].as_str()) {
            rt.revoked.insert(jti.to_owned());
        }
        let mut r = StatusCode::OK.into_response();
        r.headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from_static("0"));
        r
    })
}

pub(crate) async fn introspect(call: ClientCall) -> Response {
    call.answer(Counted::No, introspection)
}

/// What `/introspect` says of a token: active only to the client it was
/// issued to.
fn introspection(request: ClientRequest<'_>) -> Response {
    let (shared, org, app) = (request.shared, request.org, request.app);
    let token = request.form.get("token").map_or("", String::as_str);
    let body = match request.own_access_token(token) {
        Some(c) => json!({
            "active": true,
            "scope": c["scp"].as_array().map(|s| s.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" ")),
            "username": c["sub"],
            "exp": c["exp"],
            "iat": c["iat"],
            "sub": c["sub"],
            "aud": c["aud"],
            "iss": c["iss"],
            "jti": c["jti"],
            "token_type": "Bearer",
            "client_id": c["cid"],
            "uid": c["uid"],
        }),
        _ => {
            let refresh = lock(&shared.okta).refresh_tokens.get(token).cloned();
            match refresh.filter(|g| g.client_id == app.client_id && g.org == org.name) {
                Some(g) => json!({
                    "active": true,
                    "token_type": "refresh_token",
                    "scope": g.scopes.join(" "),
                    "client_id": g.client_id,
                    "uid": g.user_id,
                }),
                None => json!({"active": false}),
            }
        }
    };
    okta_json(StatusCode::OK, body)
}

// ---------------------------------------------------------------- /userinfo

pub(crate) async fn userinfo(
    State(shared): AppState,
    at: AuthServer,
    headers: HeaderMap,
) -> Response {
    match at.oauth_server() {
        Ok(server) => userinfo_endpoint(&shared, &at.org, server, &headers),
        Err(r) => r,
    }
}

fn userinfo_endpoint(
    shared: &Shared,
    org: &OrgRecord,
    server: Server,
    headers: &HeaderMap,
) -> Response {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, t)| t.trim().to_owned());
    let challenge = |error: &str, description: &str| {
        let authorize = format!(
            "{}{}/v1/authorize",
            super::issuer_base(shared, org),
            server.base_path()
        );
        let mut r = StatusCode::UNAUTHORIZED.into_response();
        let value = format!(
            "Bearer authorization_uri=\"{authorize}\", realm=\"{authorize}\", scope=\"openid\", error=\"{error}\", error_description=\"{description}\", resource=\"{}/v1/userinfo\"",
            server.base_path()
        );
        if let Ok(v) = HeaderValue::from_str(&value) {
            r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
        }
        r
    };
    let Some(token) = bearer else {
        return challenge("invalid_request", "The access token is missing.");
    };
    let Some(claims) = verify_access_token(shared, org, server, &token) else {
        return challenge("invalid_token", "The access token is invalid.");
    };
    let Some(user) = claims["uid"].as_str().and_then(|id| org.user_by_id(id)) else {
        return challenge("invalid_token", "The access token is invalid.");
    };
    let scopes: Vec<&str> = claims["scp"]
        .as_array()
        .map(|s| s.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if !scopes.contains(&"openid") {
        let mut r = StatusCode::FORBIDDEN.into_response();
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static(
                "Bearer error=\"insufficient_scope\", error_description=\"The access token must provide access to at least one of these scopes - profile, email, address or phone\"",
            ),
        );
        return r;
    }
    let mut body = Map::new();
    body.insert("sub".into(), user.id.clone().into());
    if scopes.contains(&"profile") {
        body.insert("name".into(), user.name().into());
        body.insert("locale".into(), "en_US".into());
        body.insert("preferred_username".into(), user.login.clone().into());
        body.insert("given_name".into(), user.first_name.clone().into());
        body.insert("family_name".into(), user.last_name.clone().into());
        body.insert("zoneinfo".into(), "America/Los_Angeles".into());
        body.insert("updated_at".into(), 1_700_000_000u64.into());
    }
    if scopes.contains(&"email") {
        body.insert("email".into(), user.email.clone().into());
        body.insert("email_verified".into(), true.into());
    }
    no_cache(okta_json(StatusCode::OK, Value::Object(body)))
}
