//! `/token`, `/revoke`, `/introspect` and `/userinfo`, and the signed tokens.
//!
//! Client authentication comes first and answers as Okta does: both JSON
//! shapes (an unknown client gets Okta's `errorCode` shape, 401 with Basic
//! and 400 with credentials in the body; a wrong secret the OAuth shape),
//! and exactly one place for the credentials.

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, Header, Validation};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::authorize::params;
use super::keys::{self, SigningKey};
use super::model::{AppRecord, BrokenIdToken, OrgRecord, UserRecord};
use super::{
    OrgHost, Server, e0000, issuer, oauth_error, okta_json, opaque_token, org_of, org_url,
    rate_limit_headers,
};
use crate::sandbox::state::unix;
use crate::sandbox::{Shared, lock};

type AppState = State<Arc<Shared>>;

/// A code waiting to be exchanged (single use, 300 s).
#[derive(Clone, Debug)]
pub(crate) struct CodeGrant {
    pub org: String,
    pub server: Server,
    pub client_id: String,
    pub redirect_uri: String,
    pub code_challenge: Option<String>,
    pub nonce: Option<String>,
    pub scopes: Vec<String>,
    pub user_id: String,
    pub auth_time: u64,
    pub expires_at: u64,
    pub access_token_lifetime_secs: u64,
}

#[derive(Clone, Debug)]
pub(crate) struct RefreshGrant {
    org: String,
    server: Server,
    client_id: String,
    user_id: String,
    scopes: Vec<String>,
    auth_time: u64,
}

/// The key an org signs with now: the second one after `rotated_key`.
pub(crate) fn signing_key(shared: &Shared, org: &str) -> &'static SigningKey {
    match lock(&shared.okta).broken.get(org) {
        Some(BrokenIdToken::RotatedKey) => &keys::SECONDARY,
        _ => &keys::PRIMARY,
    }
}

// ---------------------------------------------------------------- client authentication

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

/// Authenticates the client of a `/token`, `/revoke` or `/introspect` request.
fn authenticate(
    org: &OrgRecord,
    headers: &HeaderMap,
    form: &std::collections::HashMap<String, String>,
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
    match secret {
        Some(s) if s == app.client_secret => Ok(app.clone()),
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

fn no_cache(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store"),
    );
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    h.insert(header::EXPIRES, HeaderValue::from_static("0"));
    r
}

/// The request's org and server, or the answer for a missing one.
fn target(
    shared: &Shared,
    host: &OrgHost,
    id: Option<&str>,
) -> Result<(OrgRecord, Server), Response> {
    let org = org_of(shared, host).ok_or_else(super::html::no_such_org)?;
    let server = match id {
        None => Server::Org,
        Some(id) => Server::resolve(&org, id).ok_or_else(|| {
            oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "The authorization server id is invalid.",
            )
        })?,
    };
    Ok((org, server))
}

// ---------------------------------------------------------------- /token

pub(crate) async fn org_token(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    token_endpoint(&shared, &host, None, &headers, &body)
}

pub(crate) async fn token(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    token_endpoint(&shared, &host, Some(&id), &headers, &body)
}

fn token_endpoint(
    shared: &Shared,
    host: &OrgHost,
    id: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let (org, server) = match target(shared, host, id) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let mut response = no_cache(exchange(shared, &org, server, headers, body));
    rate_limit_headers(shared, &org.name, "token", 300, &mut response);
    response
}

fn exchange(
    shared: &Shared,
    org: &OrgRecord,
    server: Server,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let form = params(body);
    let app = match authenticate(org, headers, &form) {
        Ok(app) => app,
        Err(r) => return r,
    };
    let grant_type = form.get("grant_type").map_or("", String::as_str);
    if grant_type.is_empty() {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The 'grant_type' parameter is missing.",
        );
    }
    if !matches!(grant_type, "authorization_code" | "refresh_token") {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            &format!(
                "The authorization grant type is not supported by the authorization server. Configured grant types: [{}].",
                app.grant_types.join(", ")
            ),
        );
    }
    if !app.grant_types.iter().any(|g| g == grant_type) {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unauthorized_client",
            &format!(
                "The client is not authorized to use the provided grant type. Configured grant types: [{}].",
                app.grant_types.join(", ")
            ),
        );
    }
    if grant_type == "refresh_token" {
        return refresh(shared, org, server, &app, &form);
    }

    let invalid_code = || {
        oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The authorization code is invalid or has expired.",
        )
    };
    let now = unix(SystemTime::now());
    let code = form.get("code").map_or("", String::as_str);
    let Some(grant) = lock(&shared.okta).codes.get(code).cloned() else {
        return invalid_code();
    };
    if grant.org != org.name || grant.server != server || grant.expires_at <= now {
        return invalid_code();
    }
    if grant.client_id != app.client_id {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The grant was issued to another client. Please make sure the 'client_id' matches the one used at the authorize request.",
        );
    }
    if form.get("redirect_uri") != Some(&grant.redirect_uri) {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The 'redirect_uri' does not match the redirection URI used in the authorization request.",
        );
    }
    match (&grant.code_challenge, form.get("code_verifier")) {
        (Some(_), None) => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "PKCE code verifier is required when the parameter code_challenge is included in the authorize request.",
            );
        }
        (Some(challenge), Some(verifier)) if *challenge == pkce_challenge(verifier) => {}
        (None, None) => {}
        _ => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_grant",
                "PKCE verification failed.",
            );
        }
    }
    // Single use: gone once exchanged.
    if lock(&shared.okta).codes.remove(code).is_none() {
        return invalid_code();
    }
    let Some(user) = org.user_by_id(&grant.user_id) else {
        return invalid_code();
    };
    let issued = Issue {
        org,
        server,
        app: &app,
        user,
        scopes: &grant.scopes,
        nonce: grant.nonce.as_deref(),
        auth_time: grant.auth_time,
        lifetime: grant.access_token_lifetime_secs,
    };
    okta_json(StatusCode::OK, issued.tokens(shared, true))
}

fn refresh(
    shared: &Shared,
    org: &OrgRecord,
    server: Server,
    app: &AppRecord,
    form: &std::collections::HashMap<String, String>,
) -> Response {
    let token = form.get("refresh_token").map_or("", String::as_str);
    let grant = lock(&shared.okta).refresh_tokens.get(token).cloned();
    let Some(grant) =
        grant.filter(|g| g.org == org.name && g.server == server && g.client_id == app.client_id)
    else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The refresh token is invalid or expired.",
        );
    };
    let Some(user) = org.user_by_id(&grant.user_id) else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The refresh token is invalid or expired.",
        );
    };
    let issued = Issue {
        org,
        server,
        app,
        user,
        scopes: &grant.scopes,
        nonce: None,
        auth_time: grant.auth_time,
        lifetime: 3600,
    };
    let mut body = issued.tokens(shared, false);
    if let Some(obj) = body.as_object_mut() {
        obj.insert("refresh_token".into(), Value::String(token.to_owned()));
    }
    okta_json(StatusCode::OK, body)
}

/// RFC 7636 S256: base64url(SHA-256(verifier)).
pub(crate) fn pkce_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

// ---------------------------------------------------------------- signed tokens

struct Issue<'a> {
    org: &'a OrgRecord,
    server: Server,
    app: &'a AppRecord,
    user: &'a UserRecord,
    scopes: &'a [String],
    nonce: Option<&'a str>,
    auth_time: u64,
    lifetime: u64,
}

impl Issue<'_> {
    /// The token response; a refresh token when `offline_access` was granted
    /// to a client allowed to refresh (and `new_refresh`).
    fn tokens(&self, shared: &Shared, new_refresh: bool) -> Value {
        let now = unix(SystemTime::now());
        let iss = issuer(shared, self.org, self.server);
        let key = signing_key(shared, &self.org.name);
        let aud = match self.server {
            Server::Default => self
                .org
                .default_server
                .as_ref()
                .and_then(|s| s.audiences.first().cloned())
                .unwrap_or_else(|| "api://default".into()),
            Server::Org => org_url(shared, self.org),
        };
        let access_claims = json!({
            "ver": 1,
            "jti": format!("AT.{}", super::random_id_chars(43)),
            "iss": iss,
            "aud": aud,
            "iat": now,
            "exp": now + self.lifetime,
            "cid": self.app.client_id,
            "uid": self.user.id,
            "scp": self.scopes,
            "auth_time": self.auth_time,
            "sub": self.user.login,
        });
        let access_token = sign(key, key.kid, &access_claims);
        let mut body = json!({
            "token_type": "Bearer",
            "expires_in": self.lifetime,
            "access_token": access_token,
            "scope": self.scopes.join(" "),
        });
        let Some(obj) = body.as_object_mut() else {
            return body;
        };
        if self.scopes.iter().any(|s| s == "openid") {
            let broken = lock(&shared.okta).broken.get(&self.org.name).copied();
            let id_token = self.id_token(shared, &iss, now, &access_token, broken);
            obj.insert("id_token".into(), Value::String(id_token));
        }
        if new_refresh
            && self.scopes.iter().any(|s| s == "offline_access")
            && self.app.grant_types.iter().any(|g| g == "refresh_token")
        {
            let token = opaque_token();
            lock(&shared.okta).refresh_tokens.insert(
                token.clone(),
                RefreshGrant {
                    org: self.org.name.clone(),
                    server: self.server,
                    client_id: self.app.client_id.clone(),
                    user_id: self.user.id.clone(),
                    scopes: self.scopes.to_vec(),
                    auth_time: self.auth_time,
                },
            );
            obj.insert("refresh_token".into(), Value::String(token));
        }
        body
    }

    fn id_token(
        &self,
        shared: &Shared,
        iss: &str,
        now: u64,
        access_token: &str,
        broken: Option<BrokenIdToken>,
    ) -> String {
        use BrokenIdToken::*;
        let mut claims = Map::new();
        let iss = match broken {
            Some(WrongIss) => {
                org_url(shared, self.org).trim_end_matches('/').to_owned()
                    + if self.server == Server::Org {
                        "/oauth2/default"
                    } else {
                        ""
                    }
            }
            _ => iss.to_owned(),
        };
        let (iat, exp) = match broken {
            Some(Expired) => (now - 7200, now - 3600),
            _ => (now, now + 3600),
        };
        let aud = match broken {
            Some(WrongAud) => "0oaSomeOtherClient000".to_owned(),
            _ => self.app.client_id.clone(),
        };
        let profile = self.scopes.iter().any(|s| s == "profile");
        let email = self.scopes.iter().any(|s| s == "email");
        claims.insert("sub".into(), self.user.id.clone().into());
        if profile {
            claims.insert("name".into(), self.user.name().into());
        }
        if email {
            claims.insert("email".into(), self.user.email.clone().into());
        }
        claims.insert("ver".into(), 1.into());
        claims.insert("iss".into(), iss.into());
        claims.insert("aud".into(), aud.into());
        claims.insert("iat".into(), iat.into());
        claims.insert("exp".into(), exp.into());
        claims.insert(
            "jti".into(),
            format!("ID.{}", super::random_id_chars(43)).into(),
        );
        claims.insert("amr".into(), json!(["pwd"]));
        claims.insert("idp".into(), self.org.id.clone().into());
        let nonce = match broken {
            Some(WrongNonce) => Some(format!("not-{}", self.nonce.unwrap_or("the-nonce"))),
            _ => self.nonce.map(str::to_owned),
        };
        if let Some(nonce) = nonce {
            claims.insert("nonce".into(), nonce.into());
        }
        if profile {
            claims.insert("preferred_username".into(), self.user.login.clone().into());
        }
        claims.insert("auth_time".into(), self.auth_time.into());
        claims.insert("at_hash".into(), at_hash(access_token).into());
        let claims = Value::Object(claims);
        let key = signing_key(shared, &self.org.name);
        match broken {
            Some(AlgNone) => {
                let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none"}"#);
                let body = URL_SAFE_NO_PAD.encode(claims.to_string());
                format!("{header}.{body}.")
            }
            Some(UnknownKid) => sign(key, "sandbox-unknown-kid", &claims),
            Some(BadSignature) => {
                let token = sign(key, key.kid, &claims);
                corrupt_signature(&token)
            }
            _ => sign(key, key.kid, &claims),
        }
    }
}

/// RS256 with `kid` in the header. An empty string if signing fails (it
/// cannot with the embedded keys; a test would notice at once).
fn sign(key: &SigningKey, kid: &str, claims: &Value) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(kid.to_owned());
    key.encoding_key()
        .and_then(|k| jsonwebtoken::encode(&header, claims, &k).ok())
        .unwrap_or_default()
}

fn corrupt_signature(token: &str) -> String {
    let Some((signed, sig)) = token.rsplit_once('.') else {
        return token.to_owned();
    };
    let mut bytes = URL_SAFE_NO_PAD.decode(sig).unwrap_or_default();
    if let Some(b) = bytes.first_mut() {
        *b ^= 0x01;
    }
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The left half of the access token's SHA-256, base64url (OIDC Core §3.1.3.6).
fn at_hash(access_token: &str) -> String {
    let digest = Sha256::digest(access_token.as_bytes());
    URL_SAFE_NO_PAD.encode(&digest[..16])
}

/// The claims of an access token this org's `server` issued, if it is
/// valid, unexpired and not revoked.
fn verify_access_token(
    shared: &Shared,
    org: &OrgRecord,
    server: Server,
    token: &str,
) -> Option<Value> {
    let kid = jsonwebtoken::decode_header(token).ok()?.kid?;
    let key = keys::ALL.iter().find(|k| k.kid == kid)?;
    let mut v = Validation::new(Algorithm::RS256);
    v.set_issuer(&[issuer(shared, org, server)]);
    v.validate_aud = false;
    let data = jsonwebtoken::decode::<Value>(token, &key.decoding_key()?, &v).ok()?;
    let jti = data.claims.get("jti")?.as_str()?;
    if lock(&shared.okta).revoked.contains(jti) {
        return None;
    }
    Some(data.claims)
}

// ---------------------------------------------------------------- /revoke and /introspect

pub(crate) async fn org_revoke(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    revoke_endpoint(&shared, &host, None, &headers, &body)
}

pub(crate) async fn revoke(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    revoke_endpoint(&shared, &host, Some(&id), &headers, &body)
}

fn revoke_endpoint(
    shared: &Shared,
    host: &OrgHost,
    id: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let (org, server) = match target(shared, host, id) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let form = params(body);
    let mut response = match authenticate(&org, headers, &form) {
        Err(r) => r,
        Ok(app) => match form.get("token").filter(|t| !t.is_empty()) {
            None => oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "The 'token' parameter is required.",
            ),
            Some(token) => {
                // Any token, known or not, is "revoked": RFC 7009 answers 200.
                let claims = verify_access_token(shared, &org, server, token);
                let mut rt = lock(&shared.okta);
                if rt
                    .refresh_tokens
                    .get(token)
                    .is_some_and(|g| g.client_id == app.client_id)
                {
                    rt.refresh_tokens.remove(token);
                }
                if let Some(claims) = claims
                    && claims["cid"] == app.client_id.as_str()
                    && let Some(jti) = claims["jti"].as_str()
                {
                    rt.revoked.insert(jti.to_owned());
                }
                let mut r = StatusCode::OK.into_response();
                r.headers_mut()
                    .insert(header::CONTENT_LENGTH, HeaderValue::from_static("0"));
                r
            }
        },
    };
    response = no_cache(response);
    rate_limit_headers(shared, &org.name, "token", 300, &mut response);
    response
}

pub(crate) async fn org_introspect(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    introspect_endpoint(&shared, &host, None, &headers, &body)
}

pub(crate) async fn introspect(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    introspect_endpoint(&shared, &host, Some(&id), &headers, &body)
}

fn introspect_endpoint(
    shared: &Shared,
    host: &OrgHost,
    id: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let (org, server) = match target(shared, host, id) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let form = params(body);
    let app = match authenticate(&org, headers, &form) {
        Ok(app) => app,
        Err(r) => return no_cache(r),
    };
    let token = form.get("token").map_or("", String::as_str);
    let body = match verify_access_token(shared, &org, server, token) {
        Some(c) if c["cid"] == app.client_id.as_str() => json!({
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
    no_cache(okta_json(StatusCode::OK, body))
}

// ---------------------------------------------------------------- /userinfo

pub(crate) async fn org_userinfo(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    headers: HeaderMap,
) -> Response {
    userinfo_endpoint(&shared, &host, None, &headers)
}

pub(crate) async fn userinfo(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    userinfo_endpoint(&shared, &host, Some(&id), &headers)
}

fn userinfo_endpoint(
    shared: &Shared,
    host: &OrgHost,
    id: Option<&str>,
    headers: &HeaderMap,
) -> Response {
    let (org, server) = match target(shared, host, id) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, t)| t.trim().to_owned());
    let challenge = |error: &str, description: &str| {
        let authorize = format!(
            "{}{}/v1/authorize",
            super::issuer_base(shared, &org),
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
    let Some(claims) = verify_access_token(shared, &org, server, &token) else {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_matches_rfc_7636_appendix_b() {
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

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

    #[test]
    fn a_corrupted_signature_differs() {
        let t = "a.b.AAAA";
        assert_ne!(corrupt_signature(t), t);
        assert!(corrupt_signature(t).starts_with("a.b."));
    }
}
