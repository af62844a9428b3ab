//! The service's login endpoints (DESIGN.md, "Login endpoints used by
//! `login test`"): not admin routes, no admin token. The service plays a
//! confidential OIDC client of the tenant's Okta org, as the real one does:
//! it calls the org's token endpoint and JWKS over real HTTP (the emulated
//! orgs answer on `*.localhost`), verifies the ID token, signs the user in
//! (the first login provisions), and hands the CLI a one-time code that it
//! exchanges, PKCE-checked, for a session.
//!
//! | route | does |
//! | --- | --- |
//! | `GET /okta-login/{slug}/start?return_to&state&code_challenge&code_challenge_method=S256` | 302 to the org's `/authorize` with a new service state |
//! | `GET /okta-login/{slug}?code&state` | the redirect URI registered in Okta: 302 to `return_to?code&state` or `return_to?error&error_description&state` |
//! | `POST /okta-login/cli/token` `{code, code_verifier}` | `{session_token, expires_in}` |
//! | `GET /me` (`Authorization: Bearer <session_token>`) | the signed-in user |
//!
//! States, one-time codes and sessions live in memory only: a restarted
//! sandbox forgets them, as a restarted login would.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use url::Url;

use super::okta_client::OktaClient;
use super::provisioning;
use crate::sandbox::error::ApiError;
use crate::sandbox::http::{Body, escape, found, json as json_response, json_object};
use crate::sandbox::state::{RunState, TenantStatus, random_hex};
use crate::sandbox::{Shared, lock};

/// A one-time code must be exchanged within this long.
const CODE_LIFETIME: Duration = Duration::from_secs(60);
/// How long a session lasts (`expires_in`).
const SESSION_LIFETIME: Duration = Duration::from_secs(3600);
/// How long the callback waits for a first login's provisioning run.
const PROVISIONING_WAIT: Duration = Duration::from_secs(5);

/// What the login endpoints keep in memory. Taken alone: never while
/// holding the store (or any other) lock.
#[derive(Default)]
pub(crate) struct Runtime {
    /// Service states, by the `state` sent to Okta.
    states: HashMap<String, SsoState>,
    /// One-time codes for the CLI, by code.
    codes: HashMap<String, CliCode>,
    /// Sessions, by session token.
    sessions: HashMap<String, Session>,
}

/// A login between `/start` and Okta's callback.
struct SsoState {
    slug: String,
    return_to: String,
    cli_state: String,
    code_challenge: String,
    nonce: String,
    expires_at: Instant,
}

struct CliCode {
    slug: String,
    email: String,
    code_challenge: String,
    expires_at: Instant,
}

struct Session {
    slug: String,
    email: String,
    expires_at: Instant,
}

impl Runtime {
    /// Every open state expires now; returns how many there were.
    pub fn expire_states(&mut self, now: Instant) -> usize {
        for s in self.states.values_mut() {
            s.expires_at = now;
        }
        self.states.len()
    }

    fn prune(&mut self, now: Instant) {
        self.states.retain(|_, s| s.expires_at > now);
        self.codes.retain(|_, c| c.expires_at > now);
        self.sessions.retain(|_, s| s.expires_at > now);
    }
}

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/okta-login/cli/token", post(cli_token))
        .route("/okta-login/{slug}/start", get(start))
        .route("/okta-login/{slug}", get(callback))
        .route("/me", get(me))
}

type AppState = State<Arc<Shared>>;

// ---------------------------------------------------------------- pages

/// A browser-facing page: these routes are opened by a browser, so errors
/// are HTML, and each carries its machine-readable error code twice
/// (docs/login-api.md, "Error codes"): in `X-Error-Code` and in
/// `<meta name="error-code">`. The CLI reads the code, never the words.
fn page(status: StatusCode, code: &'static str, title: &str, message: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"error-code\" content=\"{code}\">\n<title>{t}</title>\n</head>\n<body>\n<h1>{t}</h1>\n<p id=\"message\">{m}</p>\n</body>\n</html>\n",
        t = escape(title),
        m = escape(message),
    );
    let mut r = (status, html).into_response();
    let h = r.headers_mut();
    h.insert("x-error-code", HeaderValue::from_static(code));
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// `base` with `pairs` appended to its query.
fn with_query(base: &str, pairs: &[(&str, &str)]) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        query.append_pair(k, v);
    }
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}{}", query.finish())
}

fn params(query: Option<&str>) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for (k, v) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        map.entry(k.into_owned()).or_insert_with(|| v.into_owned());
    }
    map
}

// ---------------------------------------------------------------- /start

/// RFC 8252 §7.3: the CLI listens on a loopback address, over plain http.
fn loopback_return_to(raw: &str) -> Result<Url, String> {
    let url = Url::parse(raw).map_err(|_| format!("return_to is not a URL: {raw}"))?;
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    if url.scheme() != "http" || !loopback {
        return Err(format!(
            "return_to must be a loopback URL (http://127.0.0.1:PORT/…, http://[::1]:PORT/… or http://localhost:PORT/…), not {raw}"
        ));
    }
    if !url.username().is_empty() || url.password().is_some() || url.fragment().is_some() {
        return Err("return_to must not carry credentials or a fragment".into());
    }
    Ok(url)
}

/// `http` for the emulated orgs (loopback), `https` for every real one.
fn okta_base(okta_domain: &str) -> String {
    let host = okta_domain
        .rsplit_once(':')
        .map_or(okta_domain, |(h, _)| h)
        .to_ascii_lowercase();
    let loopback = host == "localhost" || host.ends_with(".localhost") || host == "127.0.0.1";
    let scheme = if loopback { "http" } else { "https" };
    format!("{scheme}://{okta_domain}")
}

fn redirect_uri(shared: &Shared, slug: &str) -> String {
    format!("{}/okta-login/{slug}", shared.base_url)
}

async fn start(
    State(shared): AppState,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let bad = |m: &str| {
        page(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Cannot start the sign-in",
            m,
        )
    };
    let tenant = shared.store.read(|st| {
        st.tenants.get(&slug).map(|t| {
            (
                t.status,
                t.review.is_some(),
                t.okta_domain.clone(),
                t.client_id.clone(),
            )
        })
    });
    let Some((status, in_review, okta_domain, client_id)) = tenant else {
        // The guide's troubleshooting row names this exact text.
        return page(
            StatusCode::NOT_FOUND,
            "sso_config_not_found",
            "SSO config not found",
            &format!("SSO config not found: no tenant is registered as {slug}"),
        );
    };
    let p = params(query.as_deref());
    let get = |name: &str| p.get(name).map(String::as_str).filter(|v| !v.is_empty());
    let Some(return_to) = get("return_to") else {
        return bad("return_to is required");
    };
    let return_to = match loopback_return_to(return_to) {
        Ok(u) => u,
        Err(m) => return bad(&m),
    };
    let Some(cli_state) = get("state") else {
        return bad("state is required");
    };
    if get("code_challenge_method") != Some("S256") {
        return bad("code_challenge_method must be S256");
    }
    let Some(code_challenge) = get("code_challenge") else {
        return bad("code_challenge is required");
    };
    if status == TenantStatus::Disabled {
        return page(
            StatusCode::FORBIDDEN,
            "tenant_disabled",
            "Tenant disabled",
            &format!("tenant disabled: the users of {slug} cannot sign in"),
        );
    }
    if in_review {
        return page(
            StatusCode::FORBIDDEN,
            "tenant_pending_review",
            "Registration awaiting review",
            &format!(
                "the registration of {slug} awaits Biometry's review: nobody can sign in until it is approved"
            ),
        );
    }

    let state = random_hex(64);
    let nonce = random_hex(32);
    {
        let now = shared.clock.instant();
        let mut rt = lock(&shared.login);
        rt.prune(now);
        rt.states.insert(
            state.clone(),
            SsoState {
                slug: slug.clone(),
                return_to: return_to.to_string(),
                cli_state: cli_state.to_owned(),
                code_challenge: code_challenge.to_owned(),
                nonce: nonce.clone(),
                expires_at: now + shared.sso_state_ttl,
            },
        );
    }
    let authorize = format!("{}/oauth2/default/v1/authorize", okta_base(&okta_domain));
    found(&with_query(
        &authorize,
        &[
            ("client_id", &client_id),
            ("response_type", "code"),
            ("scope", "openid profile email"),
            ("redirect_uri", &redirect_uri(&shared, &slug)),
            ("state", &state),
            ("nonce", &nonce),
        ],
    ))
}

// ---------------------------------------------------------------- the Okta callback

async fn callback(
    State(shared): AppState,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let p = params(query.as_deref());
    // Single use: a state is gone once Okta has come back with it.
    let sso = p.get("state").and_then(|s| {
        let mut rt = lock(&shared.login);
        let now = shared.clock.instant();
        rt.states
            .remove(s)
            .filter(|st| st.slug == slug && st.expires_at > now)
    });
    let Some(sso) = sso else {
        // No return_to is known: the browser gets the page.
        return page(
            StatusCode::UNAUTHORIZED,
            "invalid_sso_state",
            "Sign-in failed",
            "invalid or expired sso state: start the sign-in again",
        );
    };
    let back = |pairs: &[(&str, &str)]| {
        let mut all: Vec<(&str, &str)> = pairs.to_vec();
        all.push(("state", sso.cli_state.as_str()));
        found(&with_query(&sso.return_to, &all))
    };
    if let Some(error) = p.get("error") {
        // Okta's error, passed through unchanged.
        let description = p.get("error_description").map_or("", String::as_str);
        return back(&[
            ("error", error.as_str()),
            ("error_description", description),
        ]);
    }
    match sign_in(&shared, &slug, &sso, p.get("code").map(String::as_str)).await {
        Ok(code) => back(&[("code", code.as_str())]),
        Err(description) => back(&[
            ("error", "server_error"),
            ("error_description", description.as_str()),
        ]),
    }
}

/// Okta's code to a signed-in user and a one-time code for the CLI; `Err`
/// is the `error_description` of a `server_error`.
async fn sign_in(
    shared: &Arc<Shared>,
    slug: &str,
    sso: &SsoState,
    code: Option<&str>,
) -> Result<String, String> {
    let code = code
        .filter(|c| !c.is_empty())
        .ok_or("Okta's redirect carried neither a code nor an error")?;
    let tenant = shared.store.read(|st| {
        st.tenants.get(slug).map(|t| {
            (
                t.okta_domain.clone(),
                t.client_id.clone(),
                t.client_secret.clone(),
            )
        })
    });
    let (okta_domain, client_id, client_secret) = tenant
        .ok_or_else(|| format!("SSO config not found: {slug} was deleted during the sign-in"))?;
    let okta = OktaClient::new(shared, &okta_domain)?;
    let issuer = format!("{}/oauth2/default", okta.base());
    let id_token = exchange_code(
        &okta,
        slug,
        &issuer,
        &client_id,
        &client_secret,
        code,
        &redirect_uri(shared, slug),
    )
    .await?;

    let claims = verify_id_token(&okta, &issuer, &client_id, &sso.nonce, &id_token)
        .await
        .map_err(|e| format!("invalid ID token: {e}"))?;
    let claim = |name: &str| claims.get(name).and_then(Value::as_str).map(str::to_owned);
    let email = claim("email")
        .or_else(|| claim("preferred_username"))
        .ok_or("invalid ID token: it carries no email (was the email scope granted?)")?;

    let outcome = provisioning::login(shared, slug, &email)
        .map_err(|e| format!("the sign-in was refused: {}", e.message))?;
    if outcome.provisioning_started {
        wait_for_provisioning(shared, slug).await;
    }

    let one_time = random_hex(48);
    let now = shared.clock.instant();
    let mut rt = lock(&shared.login);
    rt.prune(now);
    rt.codes.insert(
        one_time.clone(),
        CliCode {
            slug: slug.to_owned(),
            email: outcome.user.email,
            code_challenge: sso.code_challenge.clone(),
            expires_at: now + CODE_LIFETIME,
        },
    );
    Ok(one_time)
}

/// Waits (bounded) for the first login's run, so `/me` shows its result.
async fn wait_for_provisioning(shared: &Shared, slug: &str) {
    // Real time: the run itself waits on the sandbox's clock.
    let deadline = Instant::now() + PROVISIONING_WAIT;
    while Instant::now() < deadline {
        let running = shared.store.read(|st| {
            st.tenants
                .get(slug)
                .is_some_and(|t| t.provisioning.state == RunState::InProgress)
        });
        if !running {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The authorization code for the ID token, at the `default` server's
/// token endpoint, with the client secret on file (`client_secret_basic`).
async fn exchange_code(
    okta: &OktaClient,
    slug: &str,
    issuer: &str,
    client_id: &str,
    client_secret: &str,
    code: &str,
    redirect_uri: &str,
) -> Result<String, String> {
    let token_url = format!("{issuer}/v1/token");
    let (status, body) = okta
        .post_form(
            &token_url,
            (client_id, client_secret),
            &[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", redirect_uri),
            ],
        )
        .await
        .map_err(|e| format!("Okta's token endpoint: {e}"))?;
    let text = |name: &str| body.get(name).and_then(Value::as_str).unwrap_or("");
    if status != 200 {
        // Okta answers in the OAuth shape or its own `errorCode` one.
        let (error, description) = match (text("error"), text("errorCode")) {
            ("", "") => ("", ""),
            ("", code) => (code, text("errorSummary")),
            (error, _) => (error, text("error_description")),
        };
        if error == "invalid_client" {
            return Err(format!(
                "Okta refused the client secret on file (invalid_client): {description} Copy the app's client secret from Okta and store it with `ssoctl tenant update {slug} --rotate-secret`."
            ));
        }
        return Err(format!(
            "Okta's token endpoint answered HTTP {status}: {error}: {description}"
        ));
    }
    match text("id_token") {
        "" => Err("Okta's token answer has no id_token (was the openid scope granted?)".into()),
        t => Ok(t.to_owned()),
    }
}

// ---------------------------------------------------------------- /okta-login/cli/token

fn invalid_grant(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid_grant", message)
}

/// RFC 7636 S256: base64url(SHA-256(verifier)).
fn s256(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

async fn cli_token(State(shared): AppState, Body(body): Body) -> Result<Response, ApiError> {
    let obj = json_object(&body)?;
    let field = |name: &str| obj.get(name).and_then(Value::as_str).unwrap_or("");
    let (code, verifier) = (field("code"), field("code_verifier"));
    if code.is_empty() || verifier.is_empty() {
        return Err(invalid_grant("code and code_verifier are required"));
    }
    let now = shared.clock.instant();
    // Single use: the code is gone after any attempt, right or wrong.
    let grant = lock(&shared.login).codes.remove(code);
    let grant = grant
        .filter(|g| g.expires_at > now)
        .ok_or_else(|| invalid_grant("the code is invalid, expired or already used"))?;
    if s256(verifier) != grant.code_challenge {
        return Err(invalid_grant(
            "PKCE verification failed: BASE64URL(SHA256(code_verifier)) does not match the code_challenge sent to /start",
        ));
    }
    let token = random_hex(64);
    shared.store.mutate(|st| {
        st.stats.sessions_issued += 1;
        Ok(())
    })?;
    lock(&shared.login).sessions.insert(
        token.clone(),
        Session {
            slug: grant.slug,
            email: grant.email,
            expires_at: now + SESSION_LIFETIME,
        },
    );
    Ok(json_response(
        StatusCode::OK,
        json!({"session_token": token, "expires_in": SESSION_LIFETIME.as_secs()}),
    ))
}

// ---------------------------------------------------------------- /me

fn session_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

async fn me(State(shared): AppState, headers: HeaderMap) -> Result<Response, ApiError> {
    let token = session_token(&headers).ok_or_else(|| {
        ApiError::unauthorized("missing session token: send Authorization: Bearer <session_token>")
    })?;
    let now = shared.clock.instant();
    let session = lock(&shared.login)
        .sessions
        .get(token)
        .filter(|s| s.expires_at > now)
        .map(|s| (s.slug.clone(), s.email.clone()));
    let (slug, email) =
        session.ok_or_else(|| ApiError::unauthorized("invalid or expired session token"))?;
    let body = shared.store.read(|st| {
        let t = st.tenants.get(&slug)?;
        let u = t.users.iter().find(|u| u.email == email)?;
        Some(json!({
            "email": u.email,
            "tenant": t.slug,
            "role": u.role,
            "project_id": t.provisioning.project_id,
            "project_role": u.project_role,
            "subscription": t.provisioning.subscription,
        }))
    });
    let body = body
        .ok_or_else(|| ApiError::unauthorized("the session's user or tenant no longer exists"))?;
    Ok(json_response(StatusCode::OK, body))
}

/// The JSON of a JWT part, unverified: only to say what a refused token
/// claimed.
fn jwt_part(token: &str, index: usize) -> Value {
    token
        .split('.')
        .nth(index)
        .and_then(|part| URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or(Value::Null)
}

/// The service's check of an ID token, as a relying party must: RS256 with a
/// key from the org's JWKS (fetched for each login, so a rotated key is
/// found), `iss`, `aud`, `exp` and the `nonce` it sent.
async fn verify_id_token(
    okta: &OktaClient,
    issuer: &str,
    client_id: &str,
    nonce: &str,
    token: &str,
) -> Result<serde_json::Map<String, Value>, String> {
    let header = jwt_part(token, 0);
    let alg = header.get("alg").and_then(Value::as_str).unwrap_or("");
    if alg.eq_ignore_ascii_case("none") {
        return Err("it is unsigned (alg: none), which is refused".into());
    }
    if alg != "RS256" {
        return Err(format!("it is signed with {alg:?}, not RS256"));
    }
    let kid = header.get("kid").and_then(Value::as_str).unwrap_or("");
    let (_, keys) = okta
        .get_json(&format!("{issuer}/v1/keys"))
        .await
        .map_err(|e| format!("the org's keys cannot be read: {e}"))?;
    let jwk = keys
        .get("keys")
        .and_then(Value::as_array)
        .and_then(|keys| {
            keys.iter()
                .find(|k| k.get("kid").and_then(Value::as_str) == Some(kid))
        })
        .ok_or_else(|| format!("its kid {kid:?} is not among the org's keys"))?;
    let component = |name: &str| jwk.get(name).and_then(Value::as_str).unwrap_or("");
    let key = jsonwebtoken::DecodingKey::from_rsa_components(component("n"), component("e"))
        .map_err(|e| format!("the org's key {kid} is unusable: {e}"))?;
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    validation.set_issuer(&[issuer]);
    validation.set_audience(&[client_id]);
    validation.leeway = 60;
    validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
    let claims = jwt_part(token, 1);
    let data = jsonwebtoken::decode::<serde_json::Map<String, Value>>(token, &key, &validation)
        .map_err(|e| {
            use jsonwebtoken::errors::ErrorKind;
            match e.kind() {
                ErrorKind::InvalidSignature => {
                    "its signature does not verify against the org's key".to_string()
                }
                ErrorKind::ExpiredSignature => "it has expired".to_string(),
                ErrorKind::InvalidIssuer => {
                    format!("it was issued by {}, not {issuer}", claims["iss"])
                }
                ErrorKind::InvalidAudience => {
                    format!("it is for {}, not this client", claims["aud"])
                }
                other => format!("it is malformed ({other:?})"),
            }
        })?;
    if data.claims.get("nonce").and_then(Value::as_str) != Some(nonce) {
        return Err("its nonce does not match the one sent to Okta".into());
    }
    Ok(data.claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_to_must_be_loopback() {
        for ok in [
            "http://127.0.0.1:4000/callback",
            "http://127.0.0.1/callback",
            "http://[::1]:4000/callback",
            "http://localhost:4000/callback",
        ] {
            assert!(loopback_return_to(ok).is_ok(), "{ok}");
        }
        for bad in [
            "https://127.0.0.1:4000/callback",
            "http://evil.example/callback",
            "http://127.0.0.1.evil.example/callback",
            "http://x.localhost:4000/callback",
            "http://user@127.0.0.1:4000/callback",
            "not a url",
        ] {
            assert!(loopback_return_to(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn okta_scheme_follows_the_host() {
        assert_eq!(
            okta_base("integrator-1.localhost:4000"),
            "http://integrator-1.localhost:4000"
        );
        assert_eq!(okta_base("dev-1.okta.com"), "https://dev-1.okta.com");
    }

    #[test]
    fn pkce_s256_matches_rfc_7636() {
        // RFC 7636 appendix B.
        assert_eq!(
            s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
