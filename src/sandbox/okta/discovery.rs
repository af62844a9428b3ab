//! Discovery and keys: `/.well-known/okta-organization`, the org and
//! `default` servers' `openid-configuration` and `oauth-authorization-server`
//! documents (with the field sets of real captures), and the JWKS.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::keys::signing_key;
use super::model::OrgRecord;
use super::{
    AuthServer, OrgHost, Server, custom_domain_url, e0000, issuer, issuer_base, okta_json, org_of,
    org_url,
};
use crate::sandbox::Shared;

type AppState = State<Arc<Shared>>;

const AUTH_METHODS: [&str; 5] = [
    "client_secret_basic",
    "client_secret_post",
    "client_secret_jwt",
    "private_key_jwt",
    "none",
];

const RESPONSE_MODES: [&str; 4] = ["query", "fragment", "form_post", "okta_post_message"];

const REQUEST_OBJECT_ALGS: [&str; 9] = [
    "HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "ES256", "ES384", "ES512",
];

const ID_TOKEN_CLAIMS: [&str; 31] = [
    "iss",
    "ver",
    "sub",
    "aud",
    "iat",
    "exp",
    "jti",
    "auth_time",
    "amr",
    "idp",
    "nonce",
    "name",
    "nickname",
    "preferred_username",
    "given_name",
    "middle_name",
    "family_name",
    "email",
    "email_verified",
    "profile",
    "zoneinfo",
    "locale",
    "address",
    "phone_number",
    "picture",
    "website",
    "gender",
    "birthdate",
    "updated_at",
    "at_hash",
    "c_hash",
];

/// Scopes the `default` server knows (requests for others are `invalid_scope`).
pub(crate) const DEFAULT_SCOPES: [&str; 7] = [
    "openid",
    "profile",
    "email",
    "address",
    "phone",
    "offline_access",
    "device_sso",
];

/// Scopes the org server knows.
pub(crate) const ORG_SCOPES: [&str; 7] = [
    "openid",
    "email",
    "profile",
    "address",
    "phone",
    "offline_access",
    "groups",
];

fn endpoint(shared: &Shared, org: &OrgRecord, server: Server, name: &str) -> String {
    format!(
        "{}{}/v1/{name}",
        issuer_base(shared, org),
        server.base_path()
    )
}

/// The `openid-configuration` document of `server`.
pub(crate) fn openid_document(shared: &Shared, org: &OrgRecord, server: Server) -> Value {
    let ep = |name: &str| endpoint(shared, org, server, name);
    let (grants, scopes): (&[&str], &[&str]) = match server {
        Server::Default => (
            &[
                "authorization_code",
                "implicit",
                "refresh_token",
                "password",
                "urn:ietf:params:oauth:grant-type:device_code",
            ],
            &DEFAULT_SCOPES,
        ),
        Server::Org => (
            &[
                "authorization_code",
                "implicit",
                "refresh_token",
                "password",
            ],
            &ORG_SCOPES,
        ),
    };
    let mut doc = json!({
        "issuer": issuer(shared, org, server),
        "authorization_endpoint": ep("authorize"),
        "token_endpoint": ep("token"),
        "userinfo_endpoint": ep("userinfo"),
        "registration_endpoint": format!("{}/oauth2/v1/clients", issuer_base(shared, org)),
        "jwks_uri": ep("keys"),
        "response_types_supported": ["code", "id_token", "code id_token", "code token", "id_token token", "code id_token token"],
        "response_modes_supported": RESPONSE_MODES,
        "grant_types_supported": grants,
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "scopes_supported": scopes,
        "token_endpoint_auth_methods_supported": AUTH_METHODS,
        "claims_supported": ID_TOKEN_CLAIMS,
    });
    if let Some(obj) = doc.as_object_mut() {
        obj.extend(client_endpoints(shared, org, server));
        if server == Server::Default {
            obj.insert(
                "device_authorization_endpoint".into(),
                Value::String(ep("device/authorize")),
            );
        }
    }
    doc
}

/// The `oauth-authorization-server` document: no `userinfo_endpoint` and
/// no ID token algorithms, `token` and `client_credentials` added, and the
/// access token's claims.
pub(crate) fn oauth_document(shared: &Shared, org: &OrgRecord, server: Server) -> Value {
    let ep = |name: &str| endpoint(shared, org, server, name);
    let scopes: &[&str] = match server {
        Server::Default => &DEFAULT_SCOPES,
        Server::Org => &ORG_SCOPES,
    };
    let mut doc = json!({
        "issuer": issuer(shared, org, server),
        "authorization_endpoint": ep("authorize"),
        "token_endpoint": ep("token"),
        "registration_endpoint": format!("{}/oauth2/v1/clients", issuer_base(shared, org)),
        "jwks_uri": ep("keys"),
        "response_types_supported": ["code", "token", "id_token", "code id_token", "code token", "id_token token", "code id_token token"],
        "response_modes_supported": RESPONSE_MODES,
        "grant_types_supported": ["authorization_code", "implicit", "refresh_token", "password", "client_credentials"],
        "subject_types_supported": ["public"],
        "scopes_supported": scopes,
        "token_endpoint_auth_methods_supported": AUTH_METHODS,
        "claims_supported": ["ver", "jti", "iss", "aud", "iat", "exp", "cid", "uid", "scp", "sub"],
    });
    if let Some(obj) = doc.as_object_mut() {
        obj.extend(client_endpoints(shared, org, server));
    }
    doc
}

/// The fields both discovery documents end with, in this order: PKCE,
/// introspection, revocation, logout and request objects.
fn client_endpoints(shared: &Shared, org: &OrgRecord, server: Server) -> Map<String, Value> {
    let ep = |name: &str| endpoint(shared, org, server, name);
    let fields = json!({
        "code_challenge_methods_supported": ["S256"],
        "introspection_endpoint": ep("introspect"),
        "introspection_endpoint_auth_methods_supported": AUTH_METHODS,
        "revocation_endpoint": ep("revoke"),
        "revocation_endpoint_auth_methods_supported": AUTH_METHODS,
        "end_session_endpoint": ep("logout"),
        "request_parameter_supported": true,
        "request_object_signing_alg_values_supported": REQUEST_OBJECT_ALGS,
    });
    match fields {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// A cacheable document, with the headers real discovery answers carry.
fn cached(body: Value, max_age: u64) -> Response {
    let mut r = okta_json(StatusCode::OK, body);
    let expires = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(max_age));
    let headers = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&format!("max-age={max_age}, must-revalidate")) {
        headers.insert(header::CACHE_CONTROL, v);
    }
    if let Ok(v) = HeaderValue::from_str(&expires) {
        headers.insert(header::EXPIRES, v);
    }
    headers.insert(header::VARY, HeaderValue::from_static("Origin"));
    r
}

/// 404 `E0000007` for a server the org does not have.
pub(crate) fn no_such_server(id: &str) -> Response {
    e0000(
        StatusCode::NOT_FOUND,
        "E0000007",
        &format!("Not found: Resource not found: {id} (AuthorizationServer)"),
    )
}

fn org_or_404(shared: &Shared, host: &OrgHost) -> Result<OrgRecord, Response> {
    org_of(shared, host).ok_or_else(super::html::no_such_org)
}

pub(crate) async fn organization(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
) -> Result<Response, Response> {
    let org = org_or_404(&shared, &host)?;
    let mut links = json!({"organization": {"href": org_url(&shared, &org)}});
    if let (Some(url), Some(obj)) = (custom_domain_url(&shared, &org), links.as_object_mut()) {
        obj.insert("alternate".into(), json!({"href": url}));
    }
    Ok(okta_json(
        StatusCode::OK,
        json!({
            "id": org.id,
            "cell": "sandbox1",
            "_links": links,
            "pipeline": org.pipeline,
            "settings": {
                "analyticsCollectionEnabled": false,
                "bugReportingEnabled": true,
                "omEnabled": false,
                "pssoEnabled": false,
            },
        }),
    ))
}

pub(crate) async fn openid_configuration(
    State(shared): AppState,
    at: AuthServer,
) -> Result<Response, Response> {
    let server = at.server_or_404()?;
    Ok(cached(openid_document(&shared, &at.org, server), 86400))
}

pub(crate) async fn oauth_metadata(
    State(shared): AppState,
    at: AuthServer,
) -> Result<Response, Response> {
    let server = at.server_or_404()?;
    Ok(cached(oauth_document(&shared, &at.org, server), 86400))
}

fn jwks(shared: &Shared, org: &OrgRecord, server: Server) -> Response {
    // The max-age of real key sets varies; clients must honour it.
    cached(
        json!({"keys": [signing_key(shared, &org.name, server).jwk()]}),
        5400,
    )
}

pub(crate) async fn keys(State(shared): AppState, at: AuthServer) -> Result<Response, Response> {
    let server = at.server_or_404()?;
    Ok(jwks(&shared, &at.org, server))
}
