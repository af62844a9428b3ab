//! `/token`: the grants (authorization code with PKCE, refresh token) and
//! the tokens they mint (signed ID and access tokens, opaque refresh
//! tokens). Client authentication is in `client_auth.rs`; what a client
//! does with its tokens afterwards (revoke, introspect, userinfo) in
//! `introspect.rs`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, Header, Validation};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::client_auth::{ClientCall, ClientRequest, Counted};
use super::grant::{RedeemedCode, RefreshGrant};
use super::keys::{self, SigningKey, signing_key};
use super::model::{AppRecord, BrokenIdToken, OrgRecord, UserRecord};
use super::{Server, issuer, oauth_error, okta_json, opaque_token, org_url};
use crate::sandbox::state::unix;
use crate::sandbox::{Shared, lock};

/// The grant types an Okta app can be given (Okta's app model).
const OKTA_GRANT_TYPES: [&str; 8] = [
    "authorization_code",
    "refresh_token",
    "client_credentials",
    "password",
    "implicit",
    "urn:ietf:params:oauth:grant-type:device_code",
    "urn:ietf:params:oauth:grant-type:token-exchange",
    "urn:ietf:params:oauth:grant-type:jwt-bearer",
];

/// Okta's caching headers on every token-endpoint answer.
pub(crate) fn no_cache(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store"),
    );
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    h.insert(header::EXPIRES, HeaderValue::from_static("0"));
    r
}
// ---------------------------------------------------------------- /token

pub(crate) async fn token(call: ClientCall) -> Response {
    call.answer(Counted::Yes, exchange)
}

fn exchange(request: ClientRequest<'_>) -> Response {
    let (shared, org, server) = (request.shared, request.org, request.server);
    let (form, app) = (request.form, request.app);
    let grant_type = form.get("grant_type").map_or("", String::as_str);
    if grant_type.is_empty() {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The 'grant_type' parameter is missing.",
        );
    }
    let unsupported = || {
        oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            &format!(
                "The authorization grant type is not supported by the authorization server. Configured grant types: [{}].",
                app.grant_types.join(", ")
            ),
        )
    };
    // A grant Okta knows but the app lacks is `unauthorized_client`
    // (tests/fixtures/okta/token/unauthorized-client.grant-not-enabled.json:
    // client_credentials on a web app); only an unknown one is
    // `unsupported_grant_type` (issue 14 item 8).
    if !OKTA_GRANT_TYPES.contains(&grant_type) {
        return unsupported();
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
    match grant_type {
        "refresh_token" => return refresh(request),
        "authorization_code" => {}
        // Granted to the app, but the sandbox implements only these two.
        _ => return unsupported(),
    }

    let invalid_code = || {
        oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The authorization code is invalid or has expired.",
        )
    };
    let now = unix(shared.clock.now());
    let code = form.get("code").map_or("", String::as_str);
    let grant = lock(&shared.okta).codes.get(code).cloned();
    let Some(grant) = grant.filter(|g| g.org == org.name && g.server == server) else {
        revoke_if_redeemed(shared, org, server, code);
        return invalid_code();
    };
    // Single use, whatever the outcome: a redemption that fails below uses
    // the code up too (RFC 6749 §10.5: codes MUST be single-use; issue 14
    // item 10 — Okta's answer to a retry after a failure is not captured).
    lock(&shared.okta).codes.remove(code);
    if grant.expires_at <= now {
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
    let Some(user) = org.user_by_id(&grant.user_id) else {
        return invalid_code();
    };
    let issued = Issue {
        nonce: grant.nonce.as_deref(),
        lifetime: grant.access_token_lifetime_secs,
        ..Issue::new(request, user, &grant.scopes, grant.auth_time)
    };
    let body = issued.tokens(shared, true);
    lock(&shared.okta).redeemed.insert(
        code.to_owned(),
        RedeemedCode {
            org: org.name.clone(),
            server,
            access_jti: body.access_jti,
            refresh_token: body.json["refresh_token"].as_str().map(str::to_owned),
            expires_at: grant.expires_at,
        },
    );
    okta_json(StatusCode::OK, body.json)
}

/// A code presented again after it was exchanged: RFC 6749 §4.1.2 says the
/// server SHOULD revoke every token issued from it, and the emulator does
/// (the access token and the refresh token with every access token it
/// minted since). The answer stays the plain `invalid_grant`.
fn revoke_if_redeemed(shared: &Shared, org: &OrgRecord, server: Server, code: &str) {
    let mut rt = lock(&shared.okta);
    let belongs = rt
        .redeemed
        .get(code)
        .is_some_and(|r| r.org == org.name && r.server == server);
    if !belongs {
        return;
    }
    let Some(redeemed) = rt.redeemed.remove(code) else {
        return;
    };
    rt.revoked.insert(redeemed.access_jti);
    if let Some(refresh) = redeemed.refresh_token
        && let Some(grant) = rt.refresh_tokens.remove(&refresh)
    {
        rt.revoked.extend(grant.access_jtis);
    }
}

fn refresh(request: ClientRequest<'_>) -> Response {
    let (shared, org, server) = (request.shared, request.org, request.server);
    let (form, app) = (request.form, request.app);
    let token = form.get("refresh_token").map_or("", String::as_str);
    let grant = lock(&shared.okta).refresh_tokens.get(token).cloned();
    let grant =
        grant.filter(|g| g.org == org.name && g.server == server && g.client_id == app.client_id);
    // A refresh token whose user is gone is as dead as an unknown one.
    let Some((grant, user)) = grant.and_then(|g| org.user_by_id(&g.user_id).map(|user| (g, user)))
    else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The refresh token is invalid or expired.",
        );
    };
    let issued = Issue {
        refresh_token: Some(token),
        ..Issue::new(request, user, &grant.scopes, grant.auth_time)
    };
    let mut body = issued.tokens(shared, false).json;
    if let Some(obj) = body.as_object_mut() {
        obj.insert("refresh_token".into(), Value::String(token.to_owned()));
    }
    okta_json(StatusCode::OK, body)
}

// ------------------------------------------------- /v1/device/authorize

/// The device authorization endpoint the `default` server's discovery
/// advertises (RFC 8628 §3.1). The client authenticates as at `/token`; an
/// app without the device grant is `unauthorized_client` in the token
/// endpoint's captured words (RFC 8628 §3.2 defers to RFC 6749 §5.2). An app
/// with the grant gets `unsupported_grant_type`, as at `/token`: the sandbox
/// does not emulate the device flow itself, and says so rather than 404.
pub(crate) async fn device_authorize(call: ClientCall) -> Response {
    call.answer(Counted::Yes, |ClientRequest { app, .. }| {
        let configured = app.grant_types.join(", ");
        if app.grant_types.iter().any(|g| g == DEVICE_GRANT) {
            oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                &format!(
                    "The authorization grant type is not supported by the authorization server. Configured grant types: [{configured}]."
                ),
            )
        } else {
            oauth_error(
                StatusCode::BAD_REQUEST,
                "unauthorized_client",
                &format!(
                    "The client is not authorized to use the provided grant type. Configured grant types: [{configured}]."
                ),
            )
        }
    })
}

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

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
    /// The refresh token being redeemed, which the new access token joins.
    refresh_token: Option<&'a str>,
}

/// A token response, and the `jti` of the access token in it (which a
/// reused code or a revoked refresh token revokes).
struct Minted {
    json: Value,
    access_jti: String,
}

impl<'a> Issue<'a> {
    /// Tokens for `user`, with `scopes`, to the client `request` authenticated;
    /// an hour's access token, with no nonce.
    fn new(
        request: ClientRequest<'a>,
        user: &'a UserRecord,
        scopes: &'a [String],
        auth_time: u64,
    ) -> Self {
        Issue {
            org: request.org,
            server: request.server,
            app: request.app,
            user,
            scopes,
            nonce: None,
            auth_time,
            lifetime: 3600,
            refresh_token: None,
        }
    }

    /// The token response; a refresh token when `offline_access` was granted
    /// to a client allowed to refresh (and `new_refresh`).
    fn tokens(&self, shared: &Shared, new_refresh: bool) -> Minted {
        let now = unix(shared.clock.now());
        let iss = issuer(shared, self.org, self.server);
        let key = signing_key(shared, &self.org.name, self.server);
        let aud = match self.server {
            Server::Default => self
                .org
                .default_server
                .as_ref()
                .and_then(|s| s.audiences.first().cloned())
                .unwrap_or_else(|| "api://default".into()),
            Server::Org => org_url(shared, self.org),
        };
        let jti = format!("AT.{}", super::random_id_chars(43));
        let access_claims = json!({
            "ver": 1,
            "jti": jti,
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
        if let Some(refresh) = self.refresh_token
            && let Some(grant) = lock(&shared.okta).refresh_tokens.get_mut(refresh)
        {
            grant.access_jtis.push(jti.clone());
        }
        let Some(obj) = body.as_object_mut() else {
            return Minted {
                json: body,
                access_jti: jti,
            };
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
                    access_jtis: vec![jti.clone()],
                },
            );
            obj.insert("refresh_token".into(), Value::String(token));
        }
        Minted {
            json: body,
            access_jti: jti,
        }
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
        let key = signing_key(shared, &self.org.name, self.server);
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
pub(crate) fn verify_access_token(
    shared: &Shared,
    org: &OrgRecord,
    server: Server,
    token: &str,
) -> Option<Value> {
    let kid = jsonwebtoken::decode_header(token).ok()?.kid?;
    // Only this server's keys: a token of the other server is not ours.
    let key = keys::keys_of(server).into_iter().find(|k| k.kid == kid)?;
    let mut v = Validation::new(Algorithm::RS256);
    v.set_issuer(&[issuer(shared, org, server)]);
    v.validate_aud = false;
    // Expiry on the sandbox's clock, not the real one.
    v.validate_exp = false;
    let data = jsonwebtoken::decode::<Value>(token, &key.decoding_key()?, &v).ok()?;
    if data.claims.get("exp")?.as_u64()? <= unix(shared.clock.now()) {
        return None;
    }
    let jti = data.claims.get("jti")?.as_str()?;
    if lock(&shared.okta).revoked.contains(jti) {
        return None;
    }
    Some(data.claims)
}

impl ClientRequest<'_> {
    /// The claims of `token` if it is a valid access token of this server
    /// that was issued to this client.
    pub(crate) fn own_access_token(&self, token: &str) -> Option<Value> {
        let claims = verify_access_token(self.shared, self.org, self.server, token)?;
        (claims["cid"] == self.app.client_id.as_str()).then_some(claims)
    }
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
    fn a_corrupted_signature_differs() {
        let t = "a.b.AAAA";
        assert_ne!(corrupt_signature(t), t);
        assert!(corrupt_signature(t).starts_with("a.b."));
    }
}
