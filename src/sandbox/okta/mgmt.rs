//! Management API reads with `Authorization: SSWS <token>`: apps, the RFC
//! 7591 client view, groups, and the `default` authorization server with its
//! policies and rules, in the shapes of real captures, with Okta's
//! `E0000xxx` errors.

use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRequestParts, Path, RawQuery};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::grant::params;
use super::model::{AppRecord, AuthServerRecord, OrgRecord, PolicyRecord, RuleRecord, UserRecord};
use super::{
    APP_ADMIN_API_TOKEN, OrgHost, READ_ONLY_API_TOKEN, Server, e0000, issuer, okta_json, org_of,
    org_url, rate_limit_headers,
};
use crate::sandbox::Shared;
use crate::sandbox::error::ApiError;

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/api/v1/apps", get(list_apps))
        .route("/api/v1/apps/{id}", get(get_app))
        .route("/api/v1/apps/{id}/users", get(app_users))
        .route("/api/v1/apps/{id}/groups", get(app_groups))
        .route("/api/v1/apps/{id}/users/{user}", get(app_user))
        .route("/api/v1/users/{user}", get(get_user))
        .route("/api/v1/users/{user}/groups", get(user_groups))
        .route("/api/v1/groups", get(list_groups))
        .route("/oauth2/v1/clients", post(register_client))
        .route("/oauth2/v1/clients/{id}", get(get_client))
        .route("/api/v1/authorizationServers", get(list_servers))
        .route("/api/v1/authorizationServers/{server}", get(get_server))
        .route(
            "/api/v1/authorizationServers/{server}/policies",
            get(list_policies),
        )
        .route(
            "/api/v1/authorizationServers/{server}/policies/{policy}",
            get(get_policy),
        )
        .route(
            "/api/v1/authorizationServers/{server}/policies/{policy}/rules",
            get(list_rules),
        )
        .route(
            "/api/v1/authorizationServers/{server}/policies/{policy}/rules/{rule}",
            get(get_rule),
        )
}

/// Who the SSWS token belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Admin {
    Super,
    /// A read-only admin who cannot read authorization server policies.
    ReadOnly,
    /// An Application Administrator: apps and their assignments
    /// (`okta.apps.manage`, `okta.groups.read`), no authorization servers'
    /// policies.
    Apps,
}

impl Admin {
    /// Whether the admin may change apps and their group assignments.
    pub(super) fn manages_apps(self) -> bool {
        matches!(self, Admin::Super | Admin::Apps)
    }

    /// Whether the admin may read and change authorization server policies.
    pub(super) fn manages_policies(self) -> bool {
        self == Admin::Super
    }
}

/// What an admin must be allowed to do for a Management API request.
#[derive(Clone, Copy)]
pub(super) enum Needs {
    /// Any valid token: the reads of apps, users, groups and servers.
    AnyAdmin,
    /// `okta.apps.manage`: app writes, assignments and client secrets.
    Apps,
    /// Authorization server policies and rules, read or written.
    Policies,
}

/// A Management API request: the shared state, the org it came to and
/// its headers, whose SSWS token each answer checks first. Every answer
/// carries the `mgmt` bucket's rate-limit headers.
pub(super) struct Mgmt {
    pub shared: Arc<Shared>,
    pub org: OrgRecord,
    headers: HeaderMap,
}

impl FromRequestParts<Arc<Shared>> for Mgmt {
    /// The no-such-org page, for an org deleted since the host router ran.
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, shared: &Arc<Shared>) -> Result<Self, Response> {
        let org = parts
            .extensions
            .get::<OrgHost>()
            .and_then(|host| org_of(shared, host))
            .ok_or_else(super::html::no_such_org)?;
        Ok(Mgmt {
            shared: Arc::clone(shared),
            org,
            headers: parts.headers.clone(),
        })
    }
}

impl Mgmt {
    /// Checks the token and its admin's permission, then answers with
    /// `f`'s response (or the refusal), with the rate-limit headers.
    fn respond(&self, needs: Needs, f: impl FnOnce() -> Response) -> Response {
        let allowed = |a: Admin| match needs {
            Needs::AnyAdmin => true,
            Needs::Apps => a.manages_apps(),
            Needs::Policies => a.manages_policies(),
        };
        let mut response = match admin(&self.shared, &self.headers) {
            Err(r) => r,
            Ok(a) if !allowed(a) => e0000(
                StatusCode::FORBIDDEN,
                "E0000006",
                "You do not have permission to perform the requested action",
            ),
            Ok(_) => f(),
        };
        rate_limit_headers(&self.shared, &self.org.name, "mgmt", 600, &mut response);
        response
    }

    /// A read: `f`'s JSON with 200, or its error.
    pub(super) fn answer(
        &self,
        needs: Needs,
        f: impl FnOnce(&OrgRecord) -> Result<Value, Response>,
    ) -> Response {
        self.respond(needs, || match f(&self.org) {
            Ok(body) => okta_json(StatusCode::OK, body),
            Err(r) => r,
        })
    }

    /// An unpaged list (an app's users, a server's policies): `f`'s items as
    /// a JSON array.
    fn array(
        &self,
        needs: Needs,
        f: impl FnOnce(&OrgRecord) -> Result<Vec<Value>, Response>,
    ) -> Response {
        self.answer(needs, |org| f(org).map(Value::Array))
    }

    /// A list: `f`'s items filtered and paged as Okta does (`listing.rs`)
    /// by the query, with `path` in the `Link` headers.
    fn list(
        &self,
        query: Option<&str>,
        path: &str,
        f: impl FnOnce(&OrgRecord) -> Vec<Value>,
    ) -> Response {
        let q = params(query.unwrap_or("").as_bytes());
        self.respond(Needs::AnyAdmin, || {
            let base = format!("{}{path}", org_url(&self.shared, &self.org));
            super::listing::page(f(&self.org), &q, &base)
        })
    }

    /// A write: runs `f` on the org inside one state transaction; `f`
    /// answers `Err` before it changes anything it should not keep, and an
    /// `Err` commits nothing.
    pub(super) fn write(
        &self,
        needs: Needs,
        f: impl FnOnce(&Shared, &mut OrgRecord) -> Result<Response, Response>,
    ) -> Response {
        self.respond(needs, || {
            let mut refused: Option<Response> = None;
            let committed = self.shared.store.mutate(|st| {
                let rec = st
                    .okta_orgs
                    .get_mut(&self.org.name)
                    .ok_or_else(|| ApiError::internal("the org is gone"))?;
                f(&self.shared, rec).map_err(|r| {
                    refused = Some(r);
                    ApiError::internal("refused: nothing is kept")
                })
            });
            match (committed, refused) {
                (_, Some(r)) => r,
                (Ok(answer), None) => answer,
                (Err(_), None) => e0000(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "E0000009",
                    "Internal Server Error",
                ),
            }
        })
    }
}

pub(super) fn admin(shared: &Shared, headers: &HeaderMap) -> Result<Admin, Response> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err(e0000(StatusCode::FORBIDDEN, "E0000005", "Invalid session"));
    };
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("ssws"))
        .map(|(_, t)| t.trim());
    match token {
        Some(t) if !shared.okta_api_token.is_empty() && t == shared.okta_api_token => {
            Ok(Admin::Super)
        }
        Some(READ_ONLY_API_TOKEN) => Ok(Admin::ReadOnly),
        Some(APP_ADMIN_API_TOKEN) => Ok(Admin::Apps),
        _ => Err(e0000(
            StatusCode::UNAUTHORIZED,
            "E0000011",
            "Invalid token provided",
        )),
    }
}

/// An app by id, or Okta's 404 for it.
pub(super) fn app_by_id<'a>(org: &'a OrgRecord, id: &str) -> Result<&'a AppRecord, Response> {
    org.app_by_id(id)
        .ok_or_else(|| not_found(id, "AppInstance"))
}

pub(super) fn not_found(id: &str, kind: &str) -> Response {
    e0000(
        StatusCode::NOT_FOUND,
        "E0000007",
        &format!("Not found: Resource not found: {id} ({kind})"),
    )
}

/// The `default` server, or the answer for an org without one (no API
/// Access Management: the feature is off) or an unknown id.
pub(super) fn server<'a>(org: &'a OrgRecord, id: &str) -> Result<&'a AuthServerRecord, Response> {
    let Some(server) = org.default_server.as_ref() else {
        return Err(e0000(
            StatusCode::UNAUTHORIZED,
            "E0000015",
            "You do not have permission to access the feature you are requesting",
        ));
    };
    if id == "default" || id == server.id {
        Ok(server)
    } else {
        Err(not_found(id, "AuthorizationServer"))
    }
}

fn link(href: String) -> Value {
    json!({ "href": href })
}

pub(super) fn app_json(shared: &Shared, org: &OrgRecord, app: &AppRecord) -> Value {
    let base = org_url(shared, org);
    let api = format!("{base}/api/v1/apps/{}", app.id);
    json!({
        "id": app.id,
        "name": "oidc_client",
        "label": app.label,
        "status": app.status,
        "lastUpdated": app.created,
        "created": app.created,
        "accessibility": {"selfService": false, "errorRedirectUrl": null, "loginRedirectUrl": null},
        "visibility": {"autoLaunch": false, "autoSubmitToolbar": false, "hide": {"iOS": true, "web": true}, "appLinks": {"oidc_client_link": true}},
        "features": [],
        "signOnMode": "OPENID_CONNECT",
        "credentials": {
            "userNameTemplate": {"template": "${source.login}", "type": "BUILT_IN"},
            "signing": {"kid": super::keys::PRIMARY.kid},
            "oauthClient": {
                "autoKeyRotation": true,
                "client_id": app.client_id,
                "token_endpoint_auth_method": app.token_endpoint_auth_method,
                "pkce_required": app.pkce_required,
            },
        },
        "settings": {
            "app": {},
            "notifications": {"vpn": {"network": {"connection": "DISABLED"}, "message": null, "helpUrl": null}},
            "manualProvisioning": false,
            "implicitAssignment": false,
            "notes": {"admin": null, "enduser": null},
            "oauthClient": {
                "client_uri": null,
                "logo_uri": null,
                "redirect_uris": app.redirect_uris,
                "post_logout_redirect_uris": app.post_logout_redirect_uris,
                "response_types": app.response_types,
                "grant_types": app.grant_types,
                "application_type": app.application_type,
                "consent_method": "TRUSTED",
                "issuer_mode": "ORG_URL",
                "idp_initiated_login": {"mode": "DISABLED", "default_scope": []},
                "wildcard_redirect": "DISABLED",
                "dpop_bound_access_tokens": false,
                "participate_slo": false,
            },
        },
        "_links": {
            "appLinks": [{"name": "oidc_client_link", "href": format!("{base}/home/oidc_client/{}/aln177a159h7Zf52X0g8", app.id), "type": "text/html"}],
            "groups": link(format!("{api}/groups")),
            "users": link(format!("{api}/users")),
            "clientCredentials": [{"name": "secrets", "href": format!("{api}/credentials/secrets")}],
            "deactivate": link(format!("{api}/lifecycle/deactivate")),
        },
    })
}

fn server_json(shared: &Shared, org: &OrgRecord, s: &AuthServerRecord) -> Value {
    let iss = issuer(shared, org, Server::Default);
    let api = format!(
        "{}/api/v1/authorizationServers/{}",
        org_url(shared, org),
        s.id
    );
    json!({
        "id": s.id,
        "name": s.name,
        "description": s.description,
        "audiences": s.audiences,
        "issuer": iss,
        "issuerMode": s.issuer_mode,
        "status": s.status,
        "created": s.created,
        "lastUpdated": s.created,
        "credentials": {"signing": {
            "kid": super::keys::signing_key(shared, &org.name, Server::Default).kid,
            "rotationMode": "AUTO",
            "lastRotated": s.created,
            "nextRotation": s.created,
        }},
        "_links": {
            "metadata": [
                {"name": "oauth-authorization-server", "href": format!("{iss}/.well-known/oauth-authorization-server"), "hints": {"allow": ["GET"]}},
                {"name": "openid-configuration", "href": format!("{iss}/.well-known/openid-configuration"), "hints": {"allow": ["GET"]}},
            ],
            "keys": link(format!("{api}/credentials/keys")),
            "policies": link(format!("{api}/policies")),
            "self": link(api.clone()),
            "scopes": link(format!("{api}/scopes")),
            "claims": link(format!("{api}/claims")),
        },
    })
}

pub(super) fn policy_json(
    shared: &Shared,
    org: &OrgRecord,
    s: &AuthServerRecord,
    p: &PolicyRecord,
) -> Value {
    let api = format!(
        "{}/api/v1/authorizationServers/{}/policies/{}",
        org_url(shared, org),
        s.id,
        p.id
    );
    json!({
        "type": "OAUTH_AUTHORIZATION_POLICY",
        "id": p.id,
        "status": p.status,
        "name": p.name,
        "description": p.description,
        "priority": p.priority,
        "system": false,
        "conditions": {"clients": {"include": p.clients}},
        "created": p.created,
        "lastUpdated": p.created,
        "_links": {
            "self": link(api.clone()),
            "rules": link(format!("{api}/rules")),
        },
    })
}

pub(super) fn rule_json(
    shared: &Shared,
    org: &OrgRecord,
    s: &AuthServerRecord,
    p: &PolicyRecord,
    r: &RuleRecord,
) -> Value {
    json!({
        "id": r.id,
        "status": r.status,
        "name": r.name,
        "priority": r.priority,
        "created": r.created,
        "lastUpdated": r.created,
        "system": false,
        "conditions": {
            "people": {
                "users": {"include": r.users_include, "exclude": r.users_exclude},
                "groups": {"include": r.groups_include, "exclude": r.groups_exclude},
            },
            "grantTypes": {"include": r.grant_types},
            "scopes": {"include": r.scopes},
        },
        "actions": {"token": {
            "accessTokenLifetimeMinutes": r.access_token_lifetime_minutes,
            "refreshTokenLifetimeMinutes": 0,
            "refreshTokenWindowMinutes": 10080,
        }},
        "_links": {"self": link(format!(
            "{}/api/v1/authorizationServers/{}/policies/{}/rules/{}",
            org_url(shared, org), s.id, p.id, r.id
        ))},
        "type": "RESOURCE_ACCESS",
    })
}

fn sorted_by_priority<T>(items: &[T], priority: impl Fn(&T) -> u32) -> Vec<&T> {
    let mut v: Vec<&T> = items.iter().collect();
    v.sort_by_key(|x| priority(x));
    v
}

async fn list_apps(mgmt: Mgmt, RawQuery(query): RawQuery) -> Response {
    let prefix = query_prefix(query.as_deref());
    mgmt.list(query.as_deref(), "/api/v1/apps", |org| {
        org.apps
            .iter()
            .filter(|a| {
                a.label.to_lowercase().starts_with(&prefix) || "oidc_client".starts_with(&prefix)
            })
            .map(|a| app_json(&mgmt.shared, org, a))
            .collect()
    })
}

/// The lowercased `q` of a list's query: the prefix names must start with.
fn query_prefix(query: Option<&str>) -> String {
    let q = params(query.unwrap_or("").as_bytes());
    q.get("q").map(|s| s.to_lowercase()).unwrap_or_default()
}

async fn get_app(mgmt: Mgmt, Path(id): Path<String>) -> Response {
    mgmt.answer(Needs::AnyAdmin, |org| {
        Ok(app_json(&mgmt.shared, org, app_by_id(org, &id)?))
    })
}

async fn app_users(mgmt: Mgmt, Path(id): Path<String>) -> Response {
    mgmt.array(Needs::AnyAdmin, |org| {
        let app = app_by_id(org, &id)?;
        Ok(org
            .users
            .iter()
            .filter(|u| org.is_assigned(app, u))
            .map(|u| assignment_json(app, u))
            .collect())
    })
}

/// One user's assignment: 404 `E0000007` when Okta has none (neither
/// direct nor through a group); `scope` says which.
async fn app_user(mgmt: Mgmt, Path((id, user)): Path<(String, String)>) -> Response {
    mgmt.answer(Needs::AnyAdmin, |org| {
        let app = app_by_id(org, &id)?;
        let u = org
            .user_by_id(&user)
            .filter(|u| org.is_assigned(app, u))
            .ok_or_else(|| not_found(&user, "AppUser"))?;
        Ok(assignment_json(app, u))
    })
}

/// A user's assignment to an app; `scope` says whether it is direct or
/// through a group.
fn assignment_json(app: &AppRecord, u: &UserRecord) -> Value {
    let direct = app.assigned_users.contains(&u.id);
    json!({
        "id": u.id,
        "scope": if direct { "USER" } else { "GROUP" },
        "status": "ACTIVE",
        "credentials": {"userName": u.login},
        "profile": {},
    })
}

/// A user by id or login, as Okta's `GET /api/v1/users/{id|login}`.
async fn get_user(mgmt: Mgmt, Path(user): Path<String>) -> Response {
    mgmt.answer(Needs::AnyAdmin, |org| {
        let u = org
            .user_by_login(&user)
            .ok_or_else(|| not_found(&user, "User"))?;
        Ok(json!({
            "id": u.id,
            "status": "ACTIVE",
            "created": org.created,
            "type": {"id": "oty_default"},
            "profile": {
                "login": u.login,
                "email": u.email,
                "firstName": u.first_name,
                "lastName": u.last_name,
            },
            "credentials": {"provider": {"type": "OKTA", "name": "OKTA"}},
        }))
    })
}

/// The groups a user is in, Everyone first, as Okta lists them.
async fn user_groups(mgmt: Mgmt, Path(user): Path<String>) -> Response {
    mgmt.array(Needs::AnyAdmin, |org| {
        let u = org
            .user_by_id(&user)
            .ok_or_else(|| not_found(&user, "User"))?;
        let ids = org.groups_of(u);
        Ok(org
            .groups
            .iter()
            .filter(|g| ids.contains(&g.id))
            .map(|g| {
                json!({
                    "id": g.id,
                    "created": org.created,
                    "lastUpdated": org.created,
                    "objectClass": ["okta:user_group"],
                    "type": g.kind,
                    "profile": {"name": g.name, "description": g.description},
                })
            })
            .collect())
    })
}

async fn app_groups(mgmt: Mgmt, Path(id): Path<String>) -> Response {
    mgmt.array(Needs::AnyAdmin, |org| {
        let app = app_by_id(org, &id)?;
        Ok(app
            .assigned_groups
            .iter()
            .enumerate()
            .map(|(i, g)| json!({"id": g, "priority": i, "profile": null}))
            .collect())
    })
}

async fn list_groups(mgmt: Mgmt, RawQuery(query): RawQuery) -> Response {
    let prefix = query_prefix(query.as_deref());
    mgmt.list(query.as_deref(), "/api/v1/groups", |org| {
        org.groups
            .iter()
            .filter(|g| g.name.to_lowercase().starts_with(&prefix))
            .map(|g| {
                json!({
                    "id": g.id,
                    "created": org.created,
                    "lastUpdated": org.created,
                    "lastMembershipUpdated": org.created,
                    "objectClass": ["okta:user_group"],
                    "type": g.kind,
                    "profile": {"name": g.name, "description": g.description},
                })
            })
            .collect()
    })
}

async fn get_client(mgmt: Mgmt, Path(id): Path<String>) -> Response {
    mgmt.answer(Needs::AnyAdmin, |org| {
        let app = org
            .app_by_client_id(&id)
            .ok_or_else(|| not_found(&id, "AppInstance"))?;
        let issued_at = humantime::parse_rfc3339(&app.created)
            .map(crate::sandbox::state::unix)
            .unwrap_or(0);
        Ok(json!({
            "client_id": app.client_id,
            "client_id_issued_at": issued_at,
            "client_name": app.label,
            "client_uri": null,
            "logo_uri": null,
            "redirect_uris": app.redirect_uris,
            "post_logout_redirect_uris": app.post_logout_redirect_uris,
            "response_types": app.response_types,
            "grant_types": app.grant_types,
            "token_endpoint_auth_method": app.token_endpoint_auth_method,
            "application_type": app.application_type,
        }))
    })
}

/// The `registration_endpoint` discovery advertises (RFC 7591). The token
/// is checked as on every Management API write; past it, the sandbox does
/// not register clients dynamically and answers in RFC 7591 §3.2.2's
/// shape, naming the endpoint that does create apps.
async fn register_client(mgmt: Mgmt) -> Response {
    mgmt.answer(Needs::Policies, |_| {
        Err(okta_json(
            StatusCode::BAD_REQUEST,
            json!({
                "error": "invalid_client_metadata",
                "error_description": "The sandbox does not register clients dynamically; create the app with POST /api/v1/apps.",
            }),
        ))
    })
}

async fn list_servers(mgmt: Mgmt) -> Response {
    mgmt.answer(Needs::AnyAdmin, |org| {
        let s = server(org, "default")?;
        Ok(json!([server_json(&mgmt.shared, org, s)]))
    })
}

async fn get_server(mgmt: Mgmt, Path(id): Path<String>) -> Response {
    mgmt.answer(Needs::AnyAdmin, |org| {
        Ok(server_json(&mgmt.shared, org, server(org, &id)?))
    })
}

async fn list_policies(mgmt: Mgmt, Path(id): Path<String>) -> Response {
    mgmt.array(Needs::Policies, |org| {
        let s = server(org, &id)?;
        Ok(sorted_by_priority(&s.policies, |p| p.priority)
            .into_iter()
            .map(|p| policy_json(&mgmt.shared, org, s, p))
            .collect())
    })
}

pub(super) fn find_policy<'a>(
    s: &'a AuthServerRecord,
    id: &str,
) -> Result<&'a PolicyRecord, Response> {
    s.policies
        .iter()
        .find(|p| p.id == id)
        .ok_or_else(|| not_found(id, "Policy"))
}

async fn get_policy(mgmt: Mgmt, Path((id, policy)): Path<(String, String)>) -> Response {
    mgmt.answer(Needs::Policies, |org| {
        let s = server(org, &id)?;
        Ok(policy_json(&mgmt.shared, org, s, find_policy(s, &policy)?))
    })
}

async fn list_rules(mgmt: Mgmt, Path((id, policy)): Path<(String, String)>) -> Response {
    mgmt.array(Needs::Policies, |org| {
        let s = server(org, &id)?;
        let p = find_policy(s, &policy)?;
        Ok(sorted_by_priority(&p.rules, |r| r.priority)
            .into_iter()
            .map(|r| rule_json(&mgmt.shared, org, s, p, r))
            .collect())
    })
}

async fn get_rule(
    mgmt: Mgmt,
    Path((id, policy, rule)): Path<(String, String, String)>,
) -> Response {
    mgmt.answer(Needs::Policies, |org| {
        let s = server(org, &id)?;
        let p = find_policy(s, &policy)?;
        let r = p
            .rules
            .iter()
            .find(|r| r.id == rule)
            .ok_or_else(|| not_found(&rule, "PolicyRule"))?;
        Ok(rule_json(&mgmt.shared, org, s, p, r))
    })
}
