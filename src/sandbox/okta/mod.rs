//! Emulated Okta orgs, served by the sandbox's own port as virtual hosts,
//! answering as `docs/okta-behaviour.md` says real Okta does.
//!
//! # Hosts
//!
//! The service stays at `http://127.0.0.1:PORT`. The `Host` header picks the
//! rest (RFC 6761: every `*.localhost` name is loopback; the CLI and browsers
//! map them to 127.0.0.1 themselves):
//!
//! | host | serves |
//! | --- | --- |
//! | `{subdomain}.localhost:PORT`, or an org's custom domain | the org: discovery, JWKS, authorize with a login form, token, revoke, introspect, userinfo, Management API reads and writes (`mgmt_write.rs`) |
//! | `{subdomain}-admin.localhost:PORT` | the org's Admin Console host: discovery answers with the org's (non-admin) issuer, `/authorize` redirects to `/error/404?fromURI=…` |
//! | any other `*.localhost` | the no-such-org answer: 404 static `text/html`, `server: Apache`, on every path |
//! | anything else (`127.0.0.1`, `localhost`) | the service |
//!
//! Issuers and every URL in discovery are built from the sandbox's bound
//! port, never from the request's `Host`: the `default` server's issuer is
//! `http://{subdomain}.localhost:PORT/oauth2/default`, the org server's
//! `http://{subdomain}.localhost:PORT`.
//!
//! # State
//!
//! Org configuration (apps, users, policies, custom domain) is persisted
//! with the tenants. The state remembers the port it was saved with; when a
//! restarted sandbox binds another port, the loopback URLs that name the old
//! port (the apps' redirect URIs, and tenants' `okta_domain` values that
//! point at an emulated org) move to the new port, so a restarted
//! `sandbox serve` keeps working. Sign-in sessions, codes, refresh tokens,
//! revocations and the knobs below live in memory only.
//!
//! # Knobs
//!
//! [`super::Control`] methods, with HTTP twins under `/_sandbox/okta/` (same
//! bearer token as the other knobs). `{org}` is the org's name (the demo
//! tenant's slug) or its subdomain.
//!
//! | route | does |
//! | --- | --- |
//! | `GET /_sandbox/okta/orgs`, `GET /_sandbox/okta/orgs/{org}` | [`OktaOrg`]: URLs, client id and secret, users and passwords |
//! | `PATCH /_sandbox/okta/orgs/{org}/app` [`OktaAppPatch`] | change the app: redirect URIs, grant and response types, secret, status |
//! | `PUT /_sandbox/okta/orgs/{org}/policies` `{"policies": [OktaPolicy]}` | replace the `default` server's access policies (`[]` for none) |
//! | `PUT /_sandbox/okta/orgs/{org}/assignment` [`OktaAssignment`] | who is assigned to the app |
//! | `PUT /_sandbox/okta/orgs/{org}/custom-domain` `{"domain": "login.x.localhost" or null}` | set or remove the custom domain |
//! | `POST /_sandbox/okta/orgs/{org}/broken-id-tokens` `{"kind": "wrong_iss"}`, `DELETE` | the next ID tokens are broken so ([`BrokenIdToken`]) until cleared |
//! | `POST /_sandbox/okta/orgs/{org}/rate-limit` `{"requests": N}` | the next N requests to the org get 429 `E0000047` |
//!
//! The app's client secrets are a list (`secrets.rs`, the Management API's
//! `…/credentials/secrets`); the `client_secret` of the app knob replaces
//! them with that one.
//!
//! # Management API tokens
//!
//! `Authorization: SSWS <okta_api_token>` reads and writes everything;
//! `SSWS` [`READ_ONLY_API_TOKEN`] is a read-only admin who cannot read
//! authorization server policies (403 `E0000006` there) and writes nothing
//! (403 `E0000006`); `SSWS` [`APP_ADMIN_API_TOKEN`] may create and change
//! apps and assign groups but not read or change policies; any other token
//! is 401 `E0000011`; none is 403 `E0000005`. The `okta_locked` fault
//! (`sandbox::FaultKind::OktaLocked`) answers 423 `E0000239` as Okta does
//! while it reconciles policy priorities.
//!
//! The demo seed adds an empty org, [`crate::sandbox::EMPTY_ORG`]
//! (`integrator-1000012`), with no app and no policy on `default`, as orgs
//! created since 2024, for `okta setup`.
//!
//! # As strict as Okta
//!
//! Where a lenient emulator would hide a client's bug, the orgs answer as
//! Okta does: from a captured sample (`tests/fixtures/okta/`, docs/okta-behaviour.md)
//! where there is one, else from the RFC named.
//!
//! | request | answer | source |
//! | --- | --- | --- |
//! | `/authorize` without `state`, or with two | `invalid_request` "The authentication request has an invalid 'state' parameter." at the redirect URI | Okta's answer as reported in issue 14 (not captured); RFC 6749 §3.1 for the repeat |
//! | `/authorize` with `response_mode` `fragment`, `form_post`, `okta_post_message` | the code in the fragment; an auto-posting form (OAuth 2.0 Form Post Response Mode §2); a page that posts to the parent window for the redirect URI's origin | OAuth 2.0 Multiple Response Type Encoding Practices §2.1, Okta's catalog |
//! | `/authorize` with another `response_mode` | `unsupported_response_mode` (query) | Okta's OAuth error catalog (`tests/fixtures/okta/reference/okta-oauth2-error-codes.subset.json`) |
//! | `GET /api/v1/users/{id or login}`, `/api/v1/users/{id}/groups`, `/api/v1/apps/{appId}/users/{userId}` | the user, the user's groups (Everyone first), the user's assignment (`scope` USER or GROUP; 404 `E0000007` when not assigned) | Okta's Users and Apps API reference (okta-management-openapi-spec) |
//! | `GET /api/v1/apps`, `/api/v1/groups` with `search`, `filter`, `limit`, `after` | filtered and paged, `Link: <…>; rel="self"` and `rel="next"` while there is more; an expression Okta cannot read is 400 `E0000031`; `q` stays a prefix match (`listing.rs`) | docs/okta-behaviour.md, "Management API reads"; Okta's filtering docs and error codes (not captured) |
//! | the JWKS of the org server and of `default` | each server's own keys (`keys.rs`): a token of one does not verify with the other's | Okta's key-rotation docs: each authorization server has its own signing keys (not captured from one org: the two captured sets in `tests/fixtures/okta/jwks/` come from different orgs) |
//! | `/revoke` of a refresh token | its grant's access tokens are revoked too (`introspect` says `active: false`, `/userinfo` 401) | RFC 7009 §2.1 (SHOULD), which Okta follows |
//! | `end_session_endpoint` (`/v1/logout`) with `id_token_hint`, `post_logout_redirect_uri`, `state` | RP-initiated logout: the hint must be this server's ID token, the URI one of the app's logout redirect URIs (else Okta's 400 page); the sessions end and the browser goes back with `state` (`logout.rs`). | OpenID Connect RP-Initiated Logout 1.0 §2–3 (not captured) |
//! | `/authorize` with `prompt=login`, or `max_age` shorter than the session's age | the sign-in form again (`login_required` with `prompt=none`); the new `auth_time` is in the ID token | OIDC Core §3.1.2.1 (not captured) |
//! | `/token` from an app whose `token_endpoint_auth_method` is `private_key_jwt` or `client_secret_jwt`, with a secret | 401 `invalid_client` | issue 14 item 7 (Okta's answer; not captured) |
//! | `device_authorization_endpoint` (`default` server) | client authentication as at `/token`, then `unauthorized_client` for an app without the device grant; an app with it gets `unsupported_grant_type` (the sandbox does not run the device flow) | RFC 8628 §3.1–3.2 (not captured) |
//! | `registration_endpoint` (`POST /oauth2/v1/clients`) | the Management API's token check (no token 403 `E0000005`, a wrong one 401 `E0000011`, the read-only admin 403 `E0000006`); an accepted request is 400 `invalid_client_metadata` saying the sandbox creates apps through `POST /api/v1/apps` only | RFC 7591 §3.2.2; Okta protects the endpoint with an API token (not captured) |
//! | a code presented again after its exchange | `invalid_grant`, and every token issued from it is revoked (the access token, the refresh token and its access tokens); a redemption that fails (redirect URI, PKCE, client) uses the code up too | RFC 6749 §4.1.2 (SHOULD revoke) and §10.5 (single use); Okta's answer to a retry after a failure is not captured |
//! | a 401 from `/token`, `/revoke`, `/introspect` or the device endpoint to a client that sent `Authorization: Basic` | `WWW-Authenticate: Basic realm="Okta"` with the JSON error; a client that sent its secret in the body gets none (`client_auth.rs`). openid-client reports the first as a challenge (`tests/suite/interop_rp.rs`) | RFC 6749 §5.2 (MUST), RFC 7235 §3.1; Okta's header value is not captured |
//! | `/token` with a grant Okta knows but the app lacks (`client_credentials` on a web app) | 400 `unauthorized_client` "The client is not authorized to use the provided grant type. Configured grant types: […]."; an unknown grant is `unsupported_grant_type` | `tests/fixtures/okta/token/unauthorized-client.grant-not-enabled.json` |

// Handlers here fail with a ready Okta answer (`Response`, 128 bytes), once
// per request: boxing it would buy nothing.
#![allow(clippy::result_large_err)]

mod authorize;
mod client_auth;
mod discovery;
mod grant;
pub(crate) mod html;
mod introspect;
pub(crate) mod keys;
mod knobs;
mod listing;
mod logout;
mod mgmt;
mod mgmt_write;
pub(crate) mod model;
mod policy;
mod secrets;
mod token;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::SystemTime;

use axum::Router;
use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use tower::ServiceExt as _;

pub use model::{
    BrokenIdToken, OktaAppPatch, OktaAssignment, OktaOrg, OktaPolicy, OktaRule, OktaUser,
};

use super::http::{RecordedRequest, answer_or_fault};
use super::state::{State as Data, random_hex, unix};
use super::{Shared, lock};
use model::OrgRecord;

/// The SSWS token of a read-only administrator who may read apps and
/// authorization servers but not their policies.
pub const READ_ONLY_API_TOKEN: &str = "sandbox-okta-read-only-token";

/// The SSWS token of an Application Administrator: may create and change
/// apps and assign groups, may not read or change authorization server
/// policies (403 `E0000006` there).
pub const APP_ADMIN_API_TOKEN: &str = "sandbox-okta-app-admin-token";

/// What an emulated org keeps in memory only.
#[derive(Default)]
pub(crate) struct Runtime {
    /// `/authorize` requests waiting for a sign-in, by `okta_key`.
    pending: HashMap<String, authorize::Pending>,
    /// Sign-in sessions, by the `sid` cookie.
    sessions: HashMap<String, authorize::Session>,
    codes: HashMap<String, grant::CodeGrant>,
    /// Codes already exchanged, until they would have expired.
    redeemed: HashMap<String, grant::RedeemedCode>,
    refresh_tokens: HashMap<String, grant::RefreshGrant>,
    /// `jti`s of revoked access tokens.
    revoked: HashSet<String>,
    /// Org name → how its next ID tokens are broken.
    broken: HashMap<String, BrokenIdToken>,
    /// Org name → how many more requests get 429.
    rate_limited: HashMap<String, u32>,
    /// (org, bucket) → (minute, requests in it), for `X-Rate-Limit-*`.
    windows: HashMap<(String, &'static str), (u64, u32)>,
}

/// The org a request is for, as the host router found it.
#[derive(Clone, Debug)]
pub(crate) struct OrgHost {
    pub name: String,
    /// The request came to the `-admin` host.
    pub admin: bool,
}

enum Target {
    Service,
    Org(OrgHost),
    NoSuchOrg,
}

/// The org router and what it needs, for the host middleware.
#[derive(Clone)]
pub(crate) struct Hosts {
    shared: Arc<Shared>,
    orgs: Router,
}

impl Hosts {
    pub fn new(shared: &Arc<Shared>) -> Self {
        Self {
            shared: Arc::clone(shared),
            orgs: routes().with_state(Arc::clone(shared)),
        }
    }
}

/// Each endpoint has one handler for the org server (`/oauth2/v1/…`,
/// `/.well-known/…`) and the custom ones (`/oauth2/{server}/…`): the
/// [`AuthServer`] extractor tells them apart.
fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route(
            "/.well-known/okta-organization",
            get(discovery::organization),
        )
        .route(
            "/.well-known/openid-configuration",
            get(discovery::openid_configuration),
        )
        .route(
            "/.well-known/oauth-authorization-server",
            get(discovery::oauth_metadata),
        )
        .route(
            "/oauth2/{server}/.well-known/openid-configuration",
            get(discovery::openid_configuration),
        )
        .route(
            "/oauth2/{server}/.well-known/oauth-authorization-server",
            get(discovery::oauth_metadata),
        )
        .route("/oauth2/v1/keys", get(discovery::keys))
        .route("/oauth2/{server}/v1/keys", get(discovery::keys))
        .route("/oauth2/v1/authorize", get(authorize::authorize))
        .route("/oauth2/{server}/v1/authorize", get(authorize::authorize))
        .route("/login/signin", post(authorize::sign_in))
        .route("/error/404", get(authorize::error_404))
        .route("/oauth2/v1/token", post(token::token))
        .route("/oauth2/{server}/v1/token", post(token::token))
        .route(
            "/oauth2/{server}/v1/device/authorize",
            post(token::device_authorize),
        )
        .route("/oauth2/v1/revoke", post(introspect::revoke))
        .route("/oauth2/{server}/v1/revoke", post(introspect::revoke))
        .route("/oauth2/v1/introspect", post(introspect::introspect))
        .route(
            "/oauth2/{server}/v1/introspect",
            post(introspect::introspect),
        )
        .route(
            "/oauth2/v1/userinfo",
            get(introspect::userinfo).post(introspect::userinfo),
        )
        .route(
            "/oauth2/{server}/v1/userinfo",
            get(introspect::userinfo).post(introspect::userinfo),
        )
        .route("/oauth2/v1/logout", get(logout::logout))
        .route("/oauth2/{server}/v1/logout", get(logout::logout))
        .merge(mgmt::routes())
        .merge(secrets::routes())
        .merge(mgmt_write::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

/// The org a request is for and the authorization server its path names:
/// none (`/oauth2/v1/…`, `/.well-known/…`) is the org server,
/// `/oauth2/{server}/…` a custom one. `server` is `Err(id)` when the org has
/// no server `id`; each endpoint answers that its own way.
pub(crate) struct AuthServer {
    pub host: OrgHost,
    pub org: OrgRecord,
    pub server: Result<Server, String>,
}

impl AuthServer {
    /// Discovery and keys: an unknown server is Okta's 404 `E0000007`.
    pub fn server_or_404(&self) -> Result<Server, Response> {
        self.server
            .as_ref()
            .map(|s| *s)
            .map_err(|id| discovery::no_such_server(id))
    }

    /// The OAuth endpoints (`/token`, `/revoke`, `/introspect`,
    /// `/userinfo`): an unknown server is 400 `invalid_request`.
    pub fn oauth_server(&self) -> Result<Server, Response> {
        self.server.as_ref().map(|s| *s).map_err(|_| {
            oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "The authorization server id is invalid.",
            )
        })
    }
}

impl FromRequestParts<Arc<Shared>> for AuthServer {
    /// The no-such-org page, for an org deleted since the host router ran.
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, shared: &Arc<Shared>) -> Result<Self, Response> {
        let host = parts
            .extensions
            .get::<OrgHost>()
            .cloned()
            .ok_or_else(html::no_such_org)?;
        let org = org_of(shared, &host).ok_or_else(html::no_such_org)?;
        let id = RawPathParams::from_request_parts(parts, shared)
            .await
            .ok()
            .and_then(|p| {
                p.iter()
                    .find(|(name, _)| *name == "server")
                    .map(|(_, v)| v.to_owned())
            });
        let server = match id {
            None => Ok(Server::Org),
            Some(id) => Server::resolve(&org, &id).ok_or(id),
        };
        Ok(AuthServer { host, org, server })
    }
}

/// The outermost layer of the sandbox: sends requests for an org host to
/// the org router and everything else on to the service.
pub(crate) async fn by_host(State(hosts): State<Hosts>, mut req: Request, next: Next) -> Response {
    let host = request_host(req.headers(), req.uri());
    let target = classify(&hosts.shared, host.as_deref());
    if matches!(target, Target::Service) {
        return next.run(req).await;
    }
    let shared = &hosts.shared;
    let mut record = RecordedRequest {
        request_id: okta_request_id(),
        method: req.method().as_str().to_owned(),
        path: req
            .uri()
            .path_and_query()
            .map_or_else(|| req.uri().path().to_owned(), |pq| pq.as_str().to_owned()),
        status: 0,
        authorized: false,
        idempotency_key: None,
        if_match: None,
        fault: None,
        host: host.clone(),
    };
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    // Injected faults stand for a proxy or load balancer in front of Okta.
    let fault = lock(&shared.knobs)
        .faults
        .take(&record.method, req.uri().path());
    let answer = async move {
        match target {
            Target::Service => next.run(req).await,
            Target::NoSuchOrg => html::no_such_org(),
            Target::Org(org) => match take_rate_limit(shared, &org.name) {
                Some(limited) => limited,
                None => {
                    req.extensions_mut().insert(org);
                    match hosts.orgs.clone().oneshot(req).await {
                        Ok(r) => r,
                        Err(never) => match never {},
                    }
                }
            },
        }
    };
    let mut response = answer_or_fault(shared, fault, &mut record, answer).await;
    if let Ok(v) = HeaderValue::from_str(&record.request_id) {
        response.headers_mut().insert("x-okta-request-id", v);
    }
    record.status = response.status().as_u16();
    shared.record(record);
    response
}

/// The `Host` header, else the authority of an absolute-form request URI.
fn request_host(headers: &HeaderMap, uri: &axum::http::Uri) -> Option<String> {
    headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .or_else(|| uri.authority().map(|a| a.as_str().to_owned()))
}

fn classify(shared: &Shared, host: Option<&str>) -> Target {
    let Some(host) = host else {
        return Target::Service;
    };
    // IPv6 literals are the service's.
    if host.starts_with('[') {
        return Target::Service;
    }
    let name = host
        .rsplit_once(':')
        .map_or(host, |(name, _port)| name)
        .trim_end_matches('.')
        .to_ascii_lowercase();
    shared.store.read(|st| {
        if let Some(org) = st
            .okta_orgs
            .values()
            .find(|o| o.custom_domain.as_deref() == Some(name.as_str()))
        {
            return Target::Org(OrgHost {
                name: org.name.clone(),
                admin: false,
            });
        }
        let Some(sub) = name.strip_suffix(".localhost") else {
            return Target::Service;
        };
        let find = |sub: &str| st.okta_orgs.values().find(|o| o.subdomain == sub);
        if let Some(org) = find(sub) {
            return Target::Org(OrgHost {
                name: org.name.clone(),
                admin: false,
            });
        }
        match sub.strip_suffix("-admin").and_then(find) {
            Some(org) => Target::Org(OrgHost {
                name: org.name.clone(),
                admin: true,
            }),
            None => Target::NoSuchOrg,
        }
    })
}

fn take_rate_limit(shared: &Shared, org: &str) -> Option<Response> {
    let mut rt = lock(&shared.okta);
    let left = rt.rate_limited.get_mut(org)?;
    if *left == 0 {
        return None;
    }
    *left -= 1;
    drop(rt);
    let now = unix(SystemTime::now());
    let mut r = e0000(
        StatusCode::TOO_MANY_REQUESTS,
        "E0000047",
        "API call exceeded rate limit due to too many requests.",
    );
    // Reset one second from now, so clients that honour it wait briefly.
    for (name, value) in [
        ("x-rate-limit-limit", "600".to_owned()),
        ("x-rate-limit-remaining", "0".to_owned()),
        ("x-rate-limit-reset", (now + 1).to_string()),
    ] {
        if let Ok(v) = HeaderValue::from_str(&value) {
            r.headers_mut().insert(name, v);
        }
    }
    Some(r)
}

/// The knobs' HTTP twins, for the service router.
pub(crate) fn knob_routes() -> Router<Arc<Shared>> {
    knobs::routes()
}

// ---------------------------------------------------------------- lookups and URLs

/// A copy of the org the request is for.
pub(crate) fn org_of(shared: &Shared, host: &OrgHost) -> Option<OrgRecord> {
    shared
        .store
        .read(|st| st.okta_orgs.get(&host.name).cloned())
}

/// An org by name or subdomain.
pub(crate) fn find_org<'a>(st: &'a Data, key: &str) -> Option<&'a OrgRecord> {
    st.okta_orgs
        .get(key)
        .or_else(|| st.okta_orgs.values().find(|o| o.subdomain == key))
}

/// `http://{subdomain}.localhost:PORT`: the org URL and the org server's issuer.
pub(crate) fn org_url(shared: &Shared, org: &OrgRecord) -> String {
    format!("http://{}.localhost:{}", org.subdomain, shared.port)
}

pub(crate) fn admin_url(shared: &Shared, org: &OrgRecord) -> String {
    format!("http://{}-admin.localhost:{}", org.subdomain, shared.port)
}

pub(crate) fn custom_domain_url(shared: &Shared, org: &OrgRecord) -> Option<String> {
    org.custom_domain
        .as_ref()
        .map(|d| format!("http://{d}:{}", shared.port))
}

/// Which authorization server a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Server {
    /// The org authorization server (`/oauth2/v1/…`).
    Org,
    /// The `default` custom authorization server.
    Default,
}

impl Server {
    /// `default` (or the default server's `aus…` id), when the org has one.
    pub fn resolve(org: &OrgRecord, id: &str) -> Option<Server> {
        let server = org.default_server.as_ref()?;
        (id == "default" || id == server.id).then_some(Server::Default)
    }

    /// The path prefix of the server's endpoints.
    pub fn base_path(self) -> &'static str {
        match self {
            Server::Org => "/oauth2",
            Server::Default => "/oauth2/default",
        }
    }
}

/// The base URL of the org's issuers: the org URL (issuer mode `ORG_URL`),
/// or the custom domain (`CUSTOM_URL`).
pub(crate) fn issuer_base(shared: &Shared, org: &OrgRecord) -> String {
    let custom = org
        .default_server
        .as_ref()
        .is_some_and(|s| s.issuer_mode == "CUSTOM_URL");
    match custom_domain_url(shared, org) {
        Some(url) if custom => url,
        _ => org_url(shared, org),
    }
}

/// The issuer of `server`: `{base}` for the org server, `{base}/oauth2/default`
/// for the `default` one (the literal `default`, not the `aus…` id).
pub(crate) fn issuer(shared: &Shared, org: &OrgRecord, server: Server) -> String {
    format!(
        "{}{}",
        issuer_base(shared, org),
        match server {
            Server::Org => "",
            Server::Default => "/oauth2/default",
        }
    )
}

// ---------------------------------------------------------------- answers

/// An Okta API error: `{"errorCode","errorSummary","errorLink","errorId","errorCauses"}`.
pub(crate) fn e0000(status: StatusCode, code: &str, summary: &str) -> Response {
    okta_json(
        status,
        json!({
            "errorCode": code,
            "errorSummary": summary,
            "errorLink": code,
            "errorId": format!("oae{}", random_id_chars(22)),
            "errorCauses": [],
        }),
    )
}

/// An OAuth 2.0 error: `{"error","error_description"}`.
pub(crate) fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    okta_json(
        status,
        json!({"error": error, "error_description": description}),
    )
}

/// A JSON answer as Okta sends it.
pub(crate) fn okta_json(status: StatusCode, body: Value) -> Response {
    let mut r = (status, axum::Json(body)).into_response();
    r.headers_mut()
        .insert(header::SERVER, HeaderValue::from_static("nginx"));
    r
}

/// Adds `X-Rate-Limit-Limit/Remaining/Reset` for one of the org's buckets,
/// counting the request in the current minute.
pub(crate) fn rate_limit_headers(
    shared: &Shared,
    org: &str,
    bucket: &'static str,
    limit: u32,
    response: &mut Response,
) {
    let now = unix(SystemTime::now());
    let minute = now / 60;
    let used = {
        let mut rt = lock(&shared.okta);
        let w = rt
            .windows
            .entry((org.to_owned(), bucket))
            .or_insert((minute, 0));
        if w.0 != minute {
            *w = (minute, 0);
        }
        w.1 = w.1.saturating_add(1);
        w.1
    };
    let values = [
        ("x-rate-limit-limit", limit.to_string()),
        (
            "x-rate-limit-remaining",
            limit.saturating_sub(used).to_string(),
        ),
        ("x-rate-limit-reset", ((minute + 1) * 60).to_string()),
    ];
    for (name, value) in values {
        if let Ok(v) = HeaderValue::from_str(&value) {
            response
                .headers_mut()
                .insert(HeaderName::from_static(name), v);
        }
    }
}

async fn not_found(uri: axum::http::Uri) -> Response {
    e0000(
        StatusCode::NOT_FOUND,
        "E0000007",
        &format!("Not found: Resource not found: {} (Path)", uri.path()),
    )
}

async fn method_not_allowed() -> Response {
    e0000(
        StatusCode::METHOD_NOT_ALLOWED,
        "E0000022",
        "The endpoint does not support the provided HTTP method",
    )
}

// ---------------------------------------------------------------- ids

fn okta_request_id() -> String {
    random_id_chars(27)
}

/// `len` random characters of `A-Za-z0-9`.
pub(crate) fn random_id_chars(len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    crate::sandbox::random::chars(ALPHABET, len)
}

/// A new Okta-style id: `prefix` and 17 random characters (`00p…`, `0pr…`).
pub(crate) fn random_id(prefix: &str) -> String {
    format!("{prefix}{}", random_id_chars(17))
}

/// A random opaque token (codes, sessions, refresh tokens).
pub(crate) fn opaque_token() -> String {
    random_hex(40)
}

// ---------------------------------------------------------------- state

/// Brings a state saved by an older sandbox up to today's model: an app's
/// single `client_secret` becomes its list of secrets.
pub(crate) fn upgrade(st: &mut Data) {
    for app in st.okta_orgs.values_mut().flat_map(|o| o.apps.iter_mut()) {
        app.migrate();
    }
}

// ---------------------------------------------------------------- ports

/// Records `port` as the state's port; when the state was saved with
/// another one, moves the loopback URLs that name the old port to the new.
pub(crate) fn move_to_port(st: &mut Data, port: u16) {
    let Some(old) = st.port.replace(port) else {
        return;
    };
    if old == port {
        return;
    }
    let mut org_hosts: Vec<String> = Vec::new();
    for org in st.okta_orgs.values_mut() {
        org_hosts.push(format!("{}.localhost", org.subdomain));
        org_hosts.push(format!("{}-admin.localhost", org.subdomain));
        org_hosts.extend(org.custom_domain.clone());
        for app in &mut org.apps {
            for uri in app
                .redirect_uris
                .iter_mut()
                .chain(app.post_logout_redirect_uris.iter_mut())
            {
                if let Some(moved) = move_url(uri, old, port) {
                    *uri = moved;
                }
            }
        }
    }
    let old = old.to_string();
    for t in st.tenants.values_mut() {
        if let Some((host, p)) = t.okta_domain.rsplit_once(':')
            && p == old
            && org_hosts.iter().any(|h| h == host)
        {
            t.okta_domain = format!("{host}:{port}");
        }
    }
}

/// `scheme://loopback-host:old/…` with the new port, leaving every other
/// byte of the URL as it was (redirect URIs are compared exactly).
fn move_url(url: &str, old: u16, new: u16) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (host, port) = authority.rsplit_once(':')?;
    let loopback = host == "127.0.0.1"
        || host.eq_ignore_ascii_case("localhost")
        || host.to_ascii_lowercase().ends_with(".localhost");
    (loopback && port == old.to_string()).then(|| format!("{scheme}://{host}:{new}{tail}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_ids_look_like_oktas_and_do_not_change() {
        let a = crate::sandbox::seed::stable_id("00u", "x/ana");
        assert_eq!(a, crate::sandbox::seed::stable_id("00u", "x/ana"));
        assert_ne!(a, crate::sandbox::seed::stable_id("00u", "x/ben"));
        assert_eq!(a.len(), 20);
        assert!(a[3..].bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_eq!(random_id("0pr").len(), 20);
    }

    #[test]
    fn only_loopback_urls_on_the_old_port_move() {
        assert_eq!(
            move_url("http://127.0.0.1:1000/okta-login/a?x=1", 1000, 2000).as_deref(),
            Some("http://127.0.0.1:2000/okta-login/a?x=1")
        );
        assert_eq!(
            move_url("http://x.localhost:1000", 1000, 2000).as_deref(),
            Some("http://x.localhost:2000")
        );
        assert_eq!(move_url("http://127.0.0.1:1001/a", 1000, 2000), None);
        assert_eq!(move_url("https://example.com:1000/a", 1000, 2000), None);
        assert_eq!(move_url("not a url", 1000, 2000), None);
    }

    #[test]
    fn a_state_saved_with_one_secret_per_app_is_upgraded_to_a_list() {
        let mut t = Data::default();
        super::super::seed::apply(super::super::Seed::Demo, &mut t, SystemTime::now(), 1000);
        let mut app = serde_json::to_value(&t.okta_orgs["acme-corp"].apps[0]).unwrap();
        let was = t.okta_orgs["acme-corp"].apps[0]
            .current_secret()
            .unwrap()
            .to_owned();
        let fields = app.as_object_mut().unwrap();
        fields.remove("client_secrets");
        fields.insert("client_secret".into(), json!("an-old-state-secret-1234"));
        let old: model::AppRecord = serde_json::from_value(app).unwrap();
        t.okta_orgs.get_mut("acme-corp").unwrap().apps[0] = old;
        upgrade(&mut t);
        let app = &t.okta_orgs["acme-corp"].apps[0];
        assert_eq!(app.current_secret(), Some("an-old-state-secret-1234"));
        assert!(app.accepts_secret("an-old-state-secret-1234") && !app.accepts_secret(&was));
        // Saved again, it has the list only.
        let saved = serde_json::to_value(app).unwrap();
        assert!(saved.get("client_secret").is_none());
        assert_eq!(saved["client_secrets"][0]["status"], "ACTIVE");
    }

    #[test]
    fn a_state_moves_to_a_new_port() {
        let mut t = Data::default();
        super::super::seed::apply(super::super::Seed::Demo, &mut t, SystemTime::now(), 1000);
        move_to_port(&mut t, 1000);
        assert_eq!(t.port, Some(1000));
        t.tenants.get_mut("globex").unwrap().okta_domain = "dev-1.okta.com".into();
        move_to_port(&mut t, 2000);
        assert_eq!(
            t.tenants["acme-corp"].okta_domain,
            "integrator-1000001.localhost:2000"
        );
        assert_eq!(
            t.tenants["wayne"].okta_domain,
            "integrator-1000008-admin.localhost:2000"
        );
        assert_eq!(t.tenants["globex"].okta_domain, "dev-1.okta.com");
        assert_eq!(
            t.okta_orgs["umbrella"].apps[0].redirect_uris,
            ["http://127.0.0.1:2000/okta_login/umbrella"]
        );
        assert_eq!(t.port, Some(2000));
    }
}
