//! The emulated orgs' knobs: [`Control`] methods and their HTTP twins under
//! `/_sandbox/okta/` (listed in the module documentation of [`super`]).
//! Org configuration changes are persisted like an admin's edits in Okta;
//! broken tokens and rate limits are in memory only.

use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, patch, post, put};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::model::{
    BrokenIdToken, ClientSecretRecord, OktaAppPatch, OktaAssignment, OktaOrg, OktaPolicy, OktaUser,
    OrgRecord, PolicyRecord, RuleRecord,
};
use super::{Server, admin_url, custom_domain_url, find_org, issuer, org_url, random_id};
use crate::sandbox::error::{ApiError, ControlError};
use crate::sandbox::http::{Body, json};
use crate::sandbox::state::now_rfc3339;
use crate::sandbox::{Control, Shared, lock, validate};

fn org_not_found(org: &str) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "okta_org_not_found",
        format!("no emulated Okta org is called {org}"),
    )
}

/// What tests need to know about `org`.
pub(crate) fn describe(shared: &Shared, org: &OrgRecord) -> OktaOrg {
    let app = org.apps.first();
    OktaOrg {
        name: org.name.clone(),
        domain: format!("{}.localhost:{}", org.subdomain, shared.port),
        url: org_url(shared, org),
        admin_url: admin_url(shared, org),
        issuer: org
            .default_server
            .as_ref()
            .map(|_| issuer(shared, org, Server::Default)),
        custom_domain_url: custom_domain_url(shared, org),
        client_id: app.map(|a| a.client_id.clone()).unwrap_or_default(),
        client_secret: app
            .and_then(|a| a.current_secret())
            .unwrap_or_default()
            .to_owned(),
        redirect_uris: app.map(|a| a.redirect_uris.clone()).unwrap_or_default(),
        users: org
            .users
            .iter()
            .map(|u| OktaUser {
                id: u.id.clone(),
                login: u.login.clone(),
                password: u.password.clone(),
                name: u.name(),
                assigned: app.is_some_and(|a| org.is_assigned(a, u)),
            })
            .collect(),
        api_token: shared.okta_api_token.clone(),
        seeded_flaw: crate::sandbox::seed::orgs::DEMO_ORGS
            .iter()
            .find(|d| d.tenant == org.name && d.subdomain == org.subdomain)
            .map(|d| d.what_is_wrong.to_owned()),
    }
}

impl Control {
    /// Every emulated org, by name.
    pub fn okta_orgs(&self) -> Vec<OktaOrg> {
        let shared = &self.shared;
        shared
            .store
            .read(|st| st.okta_orgs.values().map(|o| describe(shared, o)).collect())
    }

    /// One org, by name (the demo tenant's slug, e.g. `acme-corp`) or subdomain.
    pub fn okta_org(&self, org: &str) -> Result<OktaOrg, ControlError> {
        Ok(self.org_view(org)?)
    }

    /// Adds an org that is a copy of `template` under another name and
    /// subdomain (served at `http://{subdomain}.localhost:PORT`), its app
    /// listing the redirect URI of tenant `slug`. Benchmarks spread their
    /// tenants over orgs of their own, as real tenants are, because each
    /// org has its own rate-limit budget.
    pub fn copy_okta_org(
        &self,
        template: &str,
        name: &str,
        subdomain: &str,
        slug: &str,
    ) -> Result<OktaOrg, ControlError> {
        let template = self.org_name(template)?;
        let redirect_uri = format!("{}/okta-login/{slug}", self.shared.base_url);
        self.shared.store.mutate(|st| {
            if find_org(st, name).is_some() || find_org(st, subdomain).is_some() {
                return Err(ApiError::conflict(
                    "org_exists",
                    format!("an org is already named {name} or served at {subdomain}"),
                ));
            }
            let mut org = st
                .okta_orgs
                .get(&template)
                .cloned()
                .ok_or_else(|| org_not_found(&template))?;
            org.name = name.to_owned();
            org.subdomain = subdomain.to_owned();
            org.id = crate::sandbox::seed::stable_id("00o", subdomain);
            org.custom_domain = None;
            for app in &mut org.apps {
                app.redirect_uris = vec![redirect_uri.clone()];
            }
            st.okta_orgs.insert(name.to_owned(), org);
            Ok(())
        })?;
        Ok(self.org_view(name)?)
    }

    /// The SSWS token the orgs' Management API accepts.
    pub fn okta_api_token(&self) -> String {
        self.shared.okta_api_token.clone()
    }

    /// Changes the org's app (redirect URIs, grant and response types,
    /// secret, status, …); returns the org as it now is.
    pub fn set_okta_app(&self, org: &str, patch: OktaAppPatch) -> Result<OktaOrg, ControlError> {
        Ok(self.patch_app(org, patch)?)
    }

    /// Replaces the `default` server's access policies (`vec![]`: none, as
    /// on orgs created since 2024).
    pub fn set_okta_policies(
        &self,
        org: &str,
        policies: Vec<OktaPolicy>,
    ) -> Result<(), ControlError> {
        Ok(self.replace_policies(org, policies)?)
    }

    /// Sets who is assigned to the org's app.
    pub fn set_okta_assignment(
        &self,
        org: &str,
        assignment: OktaAssignment,
    ) -> Result<(), ControlError> {
        Ok(self.assign(org, assignment)?)
    }

    /// Sets (`Some("login.acme.localhost")`) or removes the org's custom domain.
    pub fn set_okta_custom_domain(
        &self,
        org: &str,
        domain: Option<&str>,
    ) -> Result<(), ControlError> {
        Ok(self.custom_domain(org, domain)?)
    }

    /// From now on the org's ID tokens are broken as `kind` says (until
    /// [`Control::clear_broken_id_tokens`]).
    pub fn broken_id_tokens(&self, org: &str, kind: BrokenIdToken) -> Result<(), ControlError> {
        Ok(self.set_broken(org, Some(kind))?)
    }

    /// The org issues good ID tokens with its first key again.
    pub fn clear_broken_id_tokens(&self, org: &str) -> Result<(), ControlError> {
        Ok(self.set_broken(org, None)?)
    }

    /// The next `requests` requests to the org (any path, its `-admin` host
    /// too) get 429 `E0000047` with `X-Rate-Limit-Reset`. `0` clears it.
    pub fn okta_rate_limit(&self, org: &str, requests: u32) -> Result<(), ControlError> {
        Ok(self.set_rate_limit(org, requests)?)
    }

    // The knobs in the API's error type, shared with the HTTP twins.

    fn org_name(&self, org: &str) -> Result<String, ApiError> {
        self.shared
            .store
            .read(|st| find_org(st, org).map(|o| o.name.clone()))
            .ok_or_else(|| org_not_found(org))
    }

    fn org_view(&self, org: &str) -> Result<OktaOrg, ApiError> {
        let shared = &self.shared;
        shared
            .store
            .read(|st| find_org(st, org).map(|o| describe(shared, o)))
            .ok_or_else(|| org_not_found(org))
    }

    fn edit_org(
        &self,
        org: &str,
        f: impl FnOnce(&mut OrgRecord) -> Result<(), ApiError>,
    ) -> Result<(), ApiError> {
        let name = self.org_name(org)?;
        self.shared.store.mutate(|st| {
            let rec = st
                .okta_orgs
                .get_mut(&name)
                .ok_or_else(|| org_not_found(&name))?;
            f(rec)
        })
    }

    fn patch_app(&self, org: &str, patch: OktaAppPatch) -> Result<OktaOrg, ApiError> {
        if let Some(status) = &patch.status
            && !matches!(status.as_str(), "ACTIVE" | "INACTIVE")
        {
            return Err(ApiError::invalid_field(
                "the app change is invalid",
                "status",
                "must be ACTIVE or INACTIVE",
            ));
        }
        if patch.client_secret.as_deref().is_some_and(str::is_empty) {
            return Err(ApiError::invalid_field(
                "the app change is invalid",
                "client_secret",
                "must not be empty",
            ));
        }
        self.edit_org(org, |rec| {
            let app = rec
                .apps
                .first_mut()
                .ok_or_else(|| ApiError::internal("the org has no app"))?;
            let set = |field: &mut Vec<String>, v: &Option<Vec<String>>| {
                if let Some(v) = v {
                    field.clone_from(v);
                }
            };
            set(&mut app.redirect_uris, &patch.redirect_uris);
            set(
                &mut app.post_logout_redirect_uris,
                &patch.post_logout_redirect_uris,
            );
            set(&mut app.grant_types, &patch.grant_types);
            set(&mut app.response_types, &patch.response_types);
            if let Some(v) = &patch.client_secret {
                // The knob sets "the" secret: the app is left with that one only.
                app.client_secrets = vec![ClientSecretRecord::active(v.clone(), &now_rfc3339())];
            }
            if let Some(v) = &patch.status {
                app.status.clone_from(v);
            }
            if let Some(v) = &patch.token_endpoint_auth_method {
                app.token_endpoint_auth_method.clone_from(v);
            }
            if let Some(v) = patch.pkce_required {
                app.pkce_required = v;
            }
            Ok(())
        })?;
        self.org_view(org)
    }

    fn replace_policies(&self, org: &str, policies: Vec<OktaPolicy>) -> Result<(), ApiError> {
        self.edit_org(org, |rec| {
            let records = policies
                .iter()
                .enumerate()
                .map(|(i, p)| policy_record(rec, i, p))
                .collect::<Result<Vec<_>, _>>()?;
            let server = rec.default_server.as_mut().ok_or_else(|| {
                ApiError::conflict(
                    "no_authorization_server",
                    "the org has no custom authorization server",
                )
            })?;
            server.policies = records;
            Ok(())
        })
    }

    fn assign(&self, org: &str, assignment: OktaAssignment) -> Result<(), ApiError> {
        self.edit_org(org, |rec| {
            let users = assignment
                .users
                .iter()
                .map(|u| user_id(rec, u))
                .collect::<Result<Vec<_>, _>>()?;
            let everyone = rec.everyone_id().to_owned();
            let app = rec
                .apps
                .first_mut()
                .ok_or_else(|| ApiError::internal("the org has no app"))?;
            app.assigned_users = users;
            app.assigned_groups = if assignment.everyone {
                vec![everyone]
            } else {
                vec![]
            };
            Ok(())
        })
    }

    fn custom_domain(&self, org: &str, domain: Option<&str>) -> Result<(), ApiError> {
        let domain = match domain {
            None => None,
            Some(d) => {
                // Never the service's own host: the org would hide it.
                let host = validate::okta_domain(d)
                    .ok()
                    .filter(|h| !h.contains(':') && h != "localhost")
                    .filter(|h| h.parse::<std::net::IpAddr>().is_err())
                    .ok_or_else(|| {
                        ApiError::invalid_field(
                            "the custom domain is invalid",
                            "domain",
                            "must be a host name without port, e.g. login.acme.localhost",
                        )
                    })?;
                Some(host)
            }
        };
        self.edit_org(org, |rec| {
            rec.custom_domain = domain;
            Ok(())
        })
    }

    fn set_broken(&self, org: &str, kind: Option<BrokenIdToken>) -> Result<(), ApiError> {
        let name = self.org_name(org)?;
        let mut rt = lock(&self.shared.okta);
        match kind {
            Some(k) => rt.broken.insert(name, k),
            None => rt.broken.remove(&name),
        };
        Ok(())
    }

    fn set_rate_limit(&self, org: &str, requests: u32) -> Result<(), ApiError> {
        let name = self.org_name(org)?;
        lock(&self.shared.okta).rate_limited.insert(name, requests);
        Ok(())
    }
}

fn user_id(org: &OrgRecord, login_or_id: &str) -> Result<String, ApiError> {
    org.user_by_login(login_or_id)
        .map(|u| u.id.clone())
        .ok_or_else(|| {
            ApiError::invalid_field(
                "the org has no such user",
                "users",
                format!("{login_or_id} is not a user of the org"),
            )
        })
}

fn policy_record(org: &OrgRecord, i: usize, p: &OktaPolicy) -> Result<PolicyRecord, ApiError> {
    let now = now_rfc3339();
    let position = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
    let rules = p
        .rules
        .iter()
        .enumerate()
        .map(|(j, r)| {
            let users_include = r
                .users
                .iter()
                .map(|u| user_id(org, u))
                .collect::<Result<Vec<_>, _>>()?;
            // As real reads show it: the Everyone group's id, not `EVERYONE`.
            let mut groups_include: Vec<String> = r
                .groups
                .iter()
                .map(|g| {
                    if g.eq_ignore_ascii_case("EVERYONE") {
                        org.everyone_id().to_owned()
                    } else {
                        g.clone()
                    }
                })
                .collect();
            if users_include.is_empty() && groups_include.is_empty() {
                groups_include.push(org.everyone_id().to_owned());
            }
            Ok(RuleRecord {
                id: random_id("0pr"),
                name: r.name.clone(),
                status: r.status.clone(),
                priority: r.priority.unwrap_or_else(|| position(j)),
                grant_types: r.grant_types.clone(),
                users_include,
                users_exclude: vec![],
                groups_include,
                groups_exclude: vec![],
                scopes: r.scopes.clone(),
                access_token_lifetime_minutes: 60,
                created: now.clone(),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(PolicyRecord {
        id: random_id("00p"),
        name: p.name.clone(),
        description: p.name.clone(),
        status: p.status.clone(),
        priority: p.priority.unwrap_or_else(|| position(i)),
        clients: p.clients.clone(),
        rules,
        created: now,
    })
}

// ---------------------------------------------------------------- HTTP twins

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/_sandbox/okta/orgs", get(list))
        .route("/_sandbox/okta/orgs/{org}", get(show))
        .route("/_sandbox/okta/orgs/{org}/app", patch(set_app))
        .route("/_sandbox/okta/orgs/{org}/policies", put(set_policies))
        .route("/_sandbox/okta/orgs/{org}/assignment", put(set_assignment))
        .route(
            "/_sandbox/okta/orgs/{org}/custom-domain",
            put(set_custom_domain),
        )
        .route(
            "/_sandbox/okta/orgs/{org}/broken-id-tokens",
            post(set_broken).delete(clear_broken),
        )
        .route("/_sandbox/okta/orgs/{org}/rate-limit", post(rate_limit))
}

type AppState = State<Arc<Shared>>;

fn control(shared: Arc<Shared>) -> Control {
    Control { shared }
}

/// A knob turned on one org: the org its path names and the knob's JSON
/// body, read as `T`.
struct OrgKnob<T> {
    control: Control,
    org: String,
    knob: T,
}

impl<T: DeserializeOwned> FromRequest<Arc<Shared>> for OrgKnob<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, shared: &Arc<Shared>) -> Result<Self, ApiError> {
        let (mut parts, body) = req.into_parts();
        let org = Path::<String>::from_request_parts(&mut parts, shared).await;
        let Ok(Path(org)) = org else {
            // Only a name that is not UTF-8 once percent-decoded gets here.
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                "okta_org_not_found",
                "the org name in the path is not valid UTF-8; use a name GET /_sandbox/okta/orgs lists",
            ));
        };
        let Body(body) = Body::from_request(Request::from_parts(parts, body), shared).await?;
        let knob = serde_json::from_slice(&body)
            .map_err(|e| ApiError::validation(format!("the knob is invalid: {e}"), vec![]))?;
        Ok(OrgKnob {
            control: control(Arc::clone(shared)),
            org,
            knob,
        })
    }
}

fn view(org: &OktaOrg) -> Response {
    json(
        StatusCode::OK,
        serde_json::to_value(org).unwrap_or_default(),
    )
}

async fn list(State(shared): AppState) -> Response {
    json(
        StatusCode::OK,
        json!({ "orgs": control(shared).okta_orgs() }),
    )
}

async fn show(State(shared): AppState, Path(org): Path<String>) -> Result<Response, ApiError> {
    Ok(view(&control(shared).org_view(&org)?))
}

async fn set_app(k: OrgKnob<OktaAppPatch>) -> Result<Response, ApiError> {
    Ok(view(&k.control.patch_app(&k.org, k.knob)?))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Policies {
    policies: Vec<OktaPolicy>,
}

async fn set_policies(k: OrgKnob<Policies>) -> Result<Response, ApiError> {
    k.control.replace_policies(&k.org, k.knob.policies)?;
    Ok(view(&k.control.org_view(&k.org)?))
}

async fn set_assignment(k: OrgKnob<OktaAssignment>) -> Result<Response, ApiError> {
    k.control.assign(&k.org, k.knob)?;
    Ok(view(&k.control.org_view(&k.org)?))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Domain {
    domain: Option<String>,
}

async fn set_custom_domain(k: OrgKnob<Domain>) -> Result<Response, ApiError> {
    k.control.custom_domain(&k.org, k.knob.domain.as_deref())?;
    Ok(view(&k.control.org_view(&k.org)?))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Broken {
    kind: BrokenIdToken,
}

async fn set_broken(k: OrgKnob<Broken>) -> Result<Response, ApiError> {
    let Broken { kind } = k.knob;
    k.control.set_broken(&k.org, Some(kind))?;
    Ok(json(StatusCode::OK, json!({"org": k.org, "kind": kind})))
}

async fn clear_broken(
    State(shared): AppState,
    Path(org): Path<String>,
) -> Result<Response, ApiError> {
    control(shared).set_broken(&org, None)?;
    Ok(json(
        StatusCode::OK,
        json!({"org": org, "kind": Value::Null}),
    ))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RateLimit {
    requests: u32,
}

async fn rate_limit(k: OrgKnob<RateLimit>) -> Result<Response, ApiError> {
    let RateLimit { requests } = k.knob;
    k.control.set_rate_limit(&k.org, requests)?;
    Ok(json(
        StatusCode::OK,
        json!({"org": k.org, "requests": requests}),
    ))
}
