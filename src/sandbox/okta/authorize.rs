//! `/authorize` and the sign-in form, validating in Okta's order: the
//! authorization server, the client, the redirect URI (these three answer
//! with Okta's own 400 page: no redirect to an untrusted URI), then errors
//! that go back to the redirect URI (response type, scope, PKCE), then the
//! sign-in, then assignment and access policy, then the code.

use std::sync::Arc;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::response::Response;

use super::discovery::{DEFAULT_SCOPES, ORG_SCOPES};
use super::grant::{CodeGrant, params};
use super::model::OrgRecord;
use super::{
    AuthServer, OrgHost, Server, admin_url, html, opaque_token, org_of, policy, rate_limit_headers,
};
use crate::sandbox::http::found;
use crate::sandbox::state::unix;
use crate::sandbox::{Shared, lock};

type AppState = State<Arc<Shared>>;

/// Codes live 300 s, as Okta's do.
pub(crate) const CODE_LIFETIME_SECS: u64 = 300;
/// A sign-in form must be submitted within 10 minutes.
const PENDING_LIFETIME_SECS: u64 = 600;

/// A valid `/authorize` request waiting for the user to sign in.
#[derive(Clone, Debug)]
pub(crate) struct Pending {
    org: String,
    request: AuthRequest,
    created: u64,
}

/// A signed-in user's session with an org (the `sid` cookie).
#[derive(Clone, Debug)]
pub(crate) struct Session {
    pub org: String,
    pub user_id: String,
    auth_time: u64,
}

/// What was checked and must be remembered until the code is issued.
#[derive(Clone, Debug)]
struct AuthRequest {
    server: Server,
    client_id: String,
    redirect_uri: String,
    state: Option<String>,
    nonce: Option<String>,
    scopes: Vec<String>,
    code_challenge: Option<String>,
    response_mode: ResponseMode,
}

/// How the answer goes back to the client (OAuth 2.0 Multiple Response
/// Type Encoding Practices §2.1; OAuth 2.0 Form Post Response Mode; Okta's
/// `okta_post_message`). Okta's catalog: "Valid response modes: [query,
/// fragment, form_post, okta_post_message]."
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ResponseMode {
    /// The code flow's default.
    Query,
    Fragment,
    FormPost,
    OktaPostMessage,
}

impl ResponseMode {
    fn parse(s: Option<&str>) -> Option<Self> {
        match s {
            None | Some("query") => Some(Self::Query),
            Some("fragment") => Some(Self::Fragment),
            Some("form_post") => Some(Self::FormPost),
            Some("okta_post_message") => Some(Self::OktaPostMessage),
            Some(_) => None,
        }
    }
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// `pairs` sent back to the client at `req.redirect_uri` in the request's
/// response mode.
fn respond(req: &AuthRequest, pairs: &[(&str, &str)]) -> Response {
    let redirect_uri = req.redirect_uri.as_str();
    let encoded = || {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs {
            query.append_pair(k, v);
        }
        query.finish()
    };
    match req.response_mode {
        ResponseMode::Query => {
            let sep = if redirect_uri.contains('?') { '&' } else { '?' };
            found(&format!("{redirect_uri}{sep}{}", encoded()))
        }
        ResponseMode::Fragment => found(&format!("{redirect_uri}#{}", encoded())),
        ResponseMode::FormPost => html::form_post(redirect_uri, pairs),
        ResponseMode::OktaPostMessage => html::post_message(redirect_uri, pairs),
    }
}

/// An OAuth error delivered to the client at its redirect URI.
fn redirect_error(req: &AuthRequest, error: &str, description: &str) -> Response {
    let mut pairs = vec![("error", error), ("error_description", description)];
    if let Some(state) = &req.state {
        pairs.push(("state", state));
    }
    respond(req, &pairs)
}

pub(crate) async fn authorize(
    State(shared): AppState,
    at: AuthServer,
    uri: Uri,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    start(&shared, &at.host, at.server.ok(), &uri, query, &headers)
}

fn start(
    shared: &Arc<Shared>,
    host: &OrgHost,
    server: Option<Server>,
    uri: &Uri,
    query: Option<String>,
    headers: &HeaderMap,
) -> Response {
    let Some(org) = org_of(shared, host) else {
        return html::no_such_org();
    };
    // The Admin Console host has no authorize endpoint: Okta sends the
    // browser to its own 404 page.
    if host.admin {
        let from: String = url::form_urlencoded::byte_serialize(
            uri.path_and_query()
                .map_or(uri.path(), |pq| pq.as_str())
                .as_bytes(),
        )
        .collect();
        return found(&format!(
            "{}/error/404?fromURI={from}",
            admin_url(shared, &org)
        ));
    }
    let mut response = match check(shared, &org, server, query.as_deref().unwrap_or("")) {
        Err(r) => r,
        Ok((req, prompt)) => {
            let now = unix(shared.clock.now());
            // OIDC Core §3.1.2.1: `prompt=login` and an exceeded `max_age`
            // re-authenticate, so `auth_time` moves.
            let session = cookie(headers, "sid").and_then(|sid| {
                lock(&shared.okta)
                    .sessions
                    .get(&sid)
                    .filter(|s| s.org == org.name)
                    .filter(|_| !prompt.login)
                    .filter(|s| {
                        prompt
                            .max_age
                            .is_none_or(|m| now.saturating_sub(s.auth_time) <= m)
                    })
                    .cloned()
            });
            match session {
                Some(s) => finish(shared, &org, &req, &s),
                None if prompt.none => redirect_error(
                    &req,
                    "login_required",
                    "The client specified not to prompt, but the user is not logged in.",
                ),
                None => {
                    let key = opaque_token();
                    let now = unix(shared.clock.now());
                    let mut rt = lock(&shared.okta);
                    rt.pending
                        .retain(|_, p| now.saturating_sub(p.created) < PENDING_LIFETIME_SECS);
                    rt.pending.insert(
                        key.clone(),
                        Pending {
                            org: org.name.clone(),
                            request: req,
                            created: now,
                        },
                    );
                    drop(rt);
                    html::sign_in_form(&org.subdomain, &key, "", None)
                }
            }
        }
    };
    rate_limit_headers(shared, &org.name, "authorize", 600, &mut response);
    response
}

/// The checks before sign-in; `Ok` carries the request and `prompt=none`.
fn check(
    shared: &Shared,
    org: &OrgRecord,
    server: Option<Server>,
    query: &str,
) -> Result<(AuthRequest, Prompt), Response> {
    let Some(server) = server else {
        return Err(html::error_page(
            "invalid_request",
            "The authorization server id is invalid.",
        ));
    };
    let p = params(query.as_bytes());
    let get = |name: &str| p.get(name).map(String::as_str).filter(|v| !v.is_empty());
    let app = get("client_id")
        .and_then(|id| org.app_by_client_id(id))
        .filter(|a| a.status == "ACTIVE")
        .ok_or_else(|| {
            html::error_page("invalid_client", "Invalid value for 'client_id' parameter.")
        })?;
    let redirect_uri = get("redirect_uri")
        .filter(|r| app.redirect_uris.iter().any(|u| u == r))
        .ok_or_else(|| {
            html::error_page(
                "invalid_request",
                &format!(
                    "The 'redirect_uri' parameter must be a Login redirect URI in the client app settings: {}/admin/app/oidc_client/instance/{}#tab-general",
                    admin_url(shared, org),
                    app.id
                ),
            )
        })?;
    let scopes: Vec<String> = get("scope")
        .unwrap_or("")
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let response_mode = ResponseMode::parse(get("response_mode"));
    let states = url::form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k == "state")
        .count();
    let req = AuthRequest {
        server,
        client_id: app.client_id.clone(),
        redirect_uri: redirect_uri.to_owned(),
        state: get("state").filter(|_| states == 1).map(str::to_owned),
        nonce: get("nonce").map(str::to_owned),
        scopes,
        code_challenge: get("code_challenge").map(str::to_owned),
        response_mode: response_mode.unwrap_or(ResponseMode::Query),
    };

    // From here on the redirect URI is trusted: errors go back to it.
    // Okta's catalog (tests/fixtures/okta/reference): an unknown mode is
    // `unsupported_response_mode`, sent the default way (query).
    if response_mode.is_none() {
        return Err(redirect_error(
            &req,
            "unsupported_response_mode",
            "The response mode is not supported by the authorization server. Valid response modes: [query, fragment, form_post, okta_post_message].",
        ));
    }
    // Okta answers a missing state with `invalid_request` (issue 14, item 1,
    // from Okta's answer); a repeated one is refused too (RFC 6749 §3.1:
    // parameters MUST NOT be included more than once). No state goes back.
    if req.state.is_none() {
        return Err(redirect_error(
            &req,
            "invalid_request",
            "The authentication request has an invalid 'state' parameter.",
        ));
    }
    let response_types: Vec<&str> = get("response_type")
        .unwrap_or("")
        .split(' ')
        .filter(|s| !s.is_empty())
        .collect();
    let allowed = !response_types.is_empty()
        && response_types
            .iter()
            .all(|t| app.response_types.iter().any(|a| a == t));
    // The sandbox implements the code flow only.
    if !allowed || response_types != ["code"] {
        return Err(redirect_error(
            &req,
            "unsupported_response_type",
            &format!(
                "The response type is not supported by the authorization server. Configured response types: [{}].",
                app.response_types.join(", ")
            ),
        ));
    }
    if req.scopes.is_empty() {
        return Err(redirect_error(
            &req,
            "invalid_scope",
            "The authorization server resource does not have any configured default scopes, 'scope' must be provided.",
        ));
    }
    let known: &[&str] = match server {
        Server::Default => &DEFAULT_SCOPES,
        Server::Org => &ORG_SCOPES,
    };
    if req.scopes.iter().any(|s| !known.contains(&s.as_str())) {
        return Err(redirect_error(
            &req,
            "invalid_scope",
            "One or more scopes are not configured for the authorization server resource.",
        ));
    }
    match (&req.code_challenge, get("code_challenge_method")) {
        (Some(challenge), Some("S256"))
            if (43..=128).contains(&challenge.len())
                && challenge
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b)) => {}
        (Some(_), Some("S256")) => {
            return Err(redirect_error(
                &req,
                "invalid_request",
                "Invalid value for 'code_challenge' parameter.",
            ));
        }
        (Some(_), _) => {
            return Err(redirect_error(
                &req,
                "invalid_request",
                "Invalid value for 'code_challenge_method' parameter.",
            ));
        }
        (None, _) if app.pkce_required => {
            return Err(redirect_error(
                &req,
                "invalid_request",
                "PKCE code challenge is required by the application.",
            ));
        }
        (None, _) => {}
    }
    // OIDC Core §3.1.2.1: `prompt` is a space-separated list, and
    // `max_age` a number of seconds (issue 14 item 6).
    let prompts: Vec<&str> = get("prompt").unwrap_or("").split(' ').collect();
    let max_age = match get("max_age") {
        None => None,
        Some(m) => match m.parse::<u64>() {
            Ok(m) => Some(m),
            Err(_) => {
                return Err(redirect_error(
                    &req,
                    "invalid_request",
                    "Invalid value for 'max_age' parameter.",
                ));
            }
        },
    };
    let prompt = Prompt {
        none: prompts.contains(&"none"),
        login: prompts.contains(&"login"),
        max_age,
    };
    Ok((req, prompt))
}

/// What `/authorize` asks of an existing session.
struct Prompt {
    /// `prompt=none`: never show the sign-in form.
    none: bool,
    /// `prompt=login`: sign in again whatever the session.
    login: bool,
    /// `max_age`: a session signed in longer ago than this must sign in again.
    max_age: Option<u64>,
}

/// After sign-in: assignment, access policy, then the code.
fn finish(shared: &Shared, org: &OrgRecord, req: &AuthRequest, session: &Session) -> Response {
    let (Some(app), Some(user)) = (
        org.app_by_client_id(&req.client_id),
        org.user_by_id(&session.user_id),
    ) else {
        return redirect_error(
            req,
            "server_error",
            "The authorization server encountered an unexpected condition that prevented it from fulfilling the request.",
        );
    };
    if !org.is_assigned(app, user) {
        return redirect_error(
            req,
            "access_denied",
            "User is not assigned to the client application.",
        );
    }
    let mut lifetime_minutes = 60;
    if req.server == Server::Default {
        let groups = org.groups_of(user);
        let allowed = org.default_server.as_ref().and_then(|server| {
            policy::evaluate(
                server,
                &policy::Request {
                    client_id: &app.client_id,
                    grant_type: "authorization_code",
                    user_id: &user.id,
                    user_groups: &groups,
                    scopes: &req.scopes,
                },
            )
        });
        match allowed {
            Some((_, rule)) => lifetime_minutes = rule.access_token_lifetime_minutes,
            None => {
                return redirect_error(
                    req,
                    "access_denied",
                    "Policy evaluation failed for this request, please check the policy configurations.",
                );
            }
        }
    }
    let code = opaque_token();
    let now = unix(shared.clock.now());
    {
        let mut rt = lock(&shared.okta);
        rt.codes.retain(|_, c| c.expires_at > now);
        rt.redeemed.retain(|_, c| c.expires_at > now);
        rt.codes.insert(
            code.clone(),
            CodeGrant {
                org: org.name.clone(),
                server: req.server,
                client_id: req.client_id.clone(),
                redirect_uri: req.redirect_uri.clone(),
                code_challenge: req.code_challenge.clone(),
                nonce: req.nonce.clone(),
                scopes: req.scopes.clone(),
                user_id: user.id.clone(),
                auth_time: session.auth_time,
                expires_at: now + CODE_LIFETIME_SECS,
                access_token_lifetime_secs: u64::from(lifetime_minutes) * 60,
            },
        );
    }
    let mut pairs = vec![("code", code.as_str())];
    if let Some(state) = &req.state {
        pairs.push(("state", state));
    }
    respond(req, &pairs)
}

/// `POST /login/signin` from the sign-in form.
pub(crate) async fn sign_in(
    State(shared): AppState,
    Extension(host): Extension<OrgHost>,
    body: Bytes,
) -> Response {
    let Some(org) = org_of(&shared, &host) else {
        return html::no_such_org();
    };
    let form = params(&body);
    let field = |name: &str| form.get(name).map_or("", String::as_str);
    let key = field("okta_key");
    let now = unix(shared.clock.now());
    let pending = lock(&shared.okta)
        .pending
        .get(key)
        .filter(|p| p.org == org.name && now.saturating_sub(p.created) < PENDING_LIFETIME_SECS)
        .cloned();
    let Some(pending) = pending else {
        return html::error_page(
            "login_required",
            "Request expired, please start over and try again.",
        );
    };
    let username = field("username").trim();
    let user = org
        .users
        .iter()
        .find(|u| u.login.eq_ignore_ascii_case(username) && u.password == field("password"));
    let Some(user) = user else {
        return html::sign_in_form(&org.subdomain, key, username, Some("Unable to sign in"));
    };
    let sid = opaque_token();
    let session = Session {
        org: org.name.clone(),
        user_id: user.id.clone(),
        auth_time: now,
    };
    {
        let mut rt = lock(&shared.okta);
        rt.pending.remove(key);
        rt.sessions.insert(sid.clone(), session.clone());
    }
    let mut response = finish(&shared, &org, &pending.request, &session);
    if let Ok(v) = HeaderValue::from_str(&format!("sid={sid}; Path=/; HttpOnly; SameSite=Lax")) {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
    response
}

/// The Admin Console's 404 page.
pub(crate) async fn error_404() -> Response {
    html::admin_not_found()
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;

    use super::*;

    #[test]
    fn cookies() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("x=1; sid=abc"));
        assert_eq!(cookie(&h, "sid").as_deref(), Some("abc"));
        assert_eq!(cookie(&h, "none"), None);
    }

    #[test]
    fn errors_go_to_the_redirect_uri_form_encoded() {
        let req = AuthRequest {
            server: Server::Default,
            client_id: "0oa".into(),
            redirect_uri: "http://127.0.0.1:1/cb".into(),
            state: Some("s 1".into()),
            nonce: None,
            scopes: vec![],
            code_challenge: None,
            response_mode: ResponseMode::Query,
        };
        let r = redirect_error(
            &req,
            "access_denied",
            "Policy evaluation failed for this request, please check the policy configurations.",
        );
        assert_eq!(r.status(), StatusCode::FOUND);
        assert_eq!(
            r.headers()[header::LOCATION],
            "http://127.0.0.1:1/cb?error=access_denied&error_description=Policy+evaluation+failed+for+this+request%2C+please+check+the+policy+configurations.&state=s+1"
        );
    }
}
