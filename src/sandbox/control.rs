//! The knobs tests turn while the sandbox runs: [`Control`] in-process, and
//! the same knobs over HTTP under `/_sandbox/` for a sandbox in another
//! process (`ssoctl sandbox serve`). The routes are listed in the module
//! documentation of [`super`].

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::error::{ApiError, ControlError};
use super::faults::Fault;
use super::http::{Body, RecordedRequest, json, json_object};
use super::service::admin::TenantPatch;
use super::service::extract::TenantSlug;
use super::service::provisioning::{self, LoginOutcome};
use super::state::Stats;
use super::{Shared, lock};

/// A cheap, cloneable handle on a running sandbox's knobs.
#[derive(Clone)]
pub struct Control {
    pub(crate) shared: Arc<Shared>,
}

impl std::fmt::Debug for Control {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Control")
            .field("url", &self.shared.base_url)
            .finish_non_exhaustive()
    }
}

impl Control {
    /// The next `runs` provisioning runs of `slug` fail with
    /// `provisioning_unreachable` (and create no project). `0` clears it.
    pub fn fail_provisioning(&self, slug: &str, runs: u32) -> Result<(), ControlError> {
        Ok(self.set_fail_runs(slug, runs)?)
    }

    /// Right after the next `GET /admin/v1/tenants/{slug}` has been answered,
    /// applies `patch` (the fields a `PATCH` takes) as another writer would:
    /// the version and ETag move on, so the caller's next `PATCH` gets 412.
    pub fn interleave_edit(&self, slug: &str, patch: Value) -> Result<(), ControlError> {
        Ok(self.queue_edit(slug, patch)?)
    }

    /// Queues a fault for the next `fault.times` matching requests. Faults
    /// never apply to `/_sandbox/` routes.
    pub fn inject_fault(&self, fault: Fault) {
        lock(&self.shared.knobs).faults.push(fault);
    }

    /// Drops every queued fault.
    pub fn clear_faults(&self) {
        lock(&self.shared.knobs).faults.clear();
    }

    /// The faults still queued, with their remaining `times`.
    pub fn pending_faults(&self) -> Vec<Fault> {
        lock(&self.shared.knobs).faults.pending()
    }

    /// Simulates `email` signing in to `slug` through SSO: creates the user
    /// (the first one owns the project), turns a pending tenant active, and
    /// at the tenant's first login starts provisioning.
    pub fn add_user_login(&self, slug: &str, email: &str) -> Result<LoginOutcome, ControlError> {
        Ok(provisioning::login(&self.shared, slug, email)?)
    }

    /// Every open SSO state (a login between `/okta-login/{slug}/start` and
    /// Okta's callback) expires now, as after `sso_state_ttl`: the callback
    /// answers 401 `invalid or expired sso state`. Returns how many there were.
    pub fn expire_sso_states(&self) -> usize {
        lock(&self.shared.login).expire_states(self.shared.clock.instant())
    }

    /// Moves the sandbox's clock forward by `by` (see `clock.rs`): SSO
    /// states, codes, sessions and tokens age by it, and a provisioning run
    /// whose delay is thereby over finishes now. Returns how far the
    /// sandbox's time is now ahead of real time.
    pub fn advance_clock(&self, by: Duration) -> Duration {
        self.shared.clock.advance(by)
    }

    /// Adds `count` copies of tenant `template` as `{template}-000001`, … in
    /// one write, for fleet-scale runs (`benches/fleet.rs`: 100,000 tenants
    /// would take minutes through the admin API). The copies share the
    /// template's Okta org and have no users or history.
    pub fn copy_tenant(&self, template: &str, count: usize) -> Result<(), ControlError> {
        Ok(self.shared.store.mutate(|st| {
            let original = st.tenant_mut(template)?.clone();
            for i in 1..=count {
                let mut copy = original.clone();
                copy.slug = format!("{template}-{i:06}");
                copy.users.clear();
                st.tenants.insert(copy.slug.clone(), copy);
            }
            Ok(())
        })?)
    }

    pub fn stats(&self) -> Stats {
        self.shared.store.read(|st| st.stats.clone())
    }

    /// Every request so far (the latest 10,000), oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).iter().cloned().collect()
    }

    // The knobs in the API's error type, shared with the HTTP twins.

    fn set_fail_runs(&self, slug: &str, runs: u32) -> Result<(), ApiError> {
        self.require_tenant(slug)?;
        lock(&self.shared.knobs)
            .fail_runs
            .insert(slug.to_owned(), runs);
        Ok(())
    }

    fn queue_edit(&self, slug: &str, patch: Value) -> Result<(), ApiError> {
        self.require_tenant(slug)?;
        // Checked now, so a bad patch fails the test that set it.
        let patch = match patch {
            Value::Object(obj) => TenantPatch::parse(&obj)?,
            _ => {
                return Err(ApiError::validation(
                    "the patch must be a JSON object",
                    vec![],
                ));
            }
        };
        lock(&self.shared.knobs)
            .interleaves
            .entry(slug.to_owned())
            .or_default()
            .push_back(patch);
        Ok(())
    }

    fn require_tenant(&self, slug: &str) -> Result<(), ApiError> {
        if self.shared.store.read(|st| st.tenants.contains_key(slug)) {
            Ok(())
        } else {
            Err(ApiError::tenant_not_found())
        }
    }
}

// ---------------------------------------------------------------- HTTP twins

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route(
            "/_sandbox/tenants/{slug}/fail-provisioning",
            post(fail_provisioning),
        )
        .route(
            "/_sandbox/tenants/{slug}/interleave-edit",
            post(interleave_edit),
        )
        .route("/_sandbox/tenants/{slug}/logins", post(add_login))
        .route(
            "/_sandbox/faults",
            get(list_faults).post(inject_fault).delete(clear_faults),
        )
        .route("/_sandbox/sso-states/expire", post(expire_sso_states))
        .route("/_sandbox/clock/advance", post(advance_clock))
        .route("/_sandbox/stats", get(stats))
        .route("/_sandbox/requests", get(requests))
}

type AppState = State<Arc<Shared>>;

fn control(shared: Arc<Shared>) -> Control {
    Control { shared }
}

/// A knob for one tenant: the slug its path names and its JSON object
/// body (a bad slug is refused before a bad body).
struct TenantKnob {
    shared: Arc<Shared>,
    slug: String,
    body: serde_json::Map<String, Value>,
}

impl FromRequest<Arc<Shared>> for TenantKnob {
    type Rejection = ApiError;

    async fn from_request(req: Request, shared: &Arc<Shared>) -> Result<Self, ApiError> {
        let (mut parts, body) = req.into_parts();
        let slug = TenantSlug::from_request_parts(&mut parts, shared).await;
        let body = Body::from_request(Request::from_parts(parts, body), shared).await;
        let TenantSlug(slug) = slug?;
        Ok(TenantKnob {
            shared: Arc::clone(shared),
            slug,
            body: json_object(&body?.0)?,
        })
    }
}

async fn fail_provisioning(knob: TenantKnob) -> Result<Response, ApiError> {
    let runs = knob
        .body
        .get("runs")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| {
            ApiError::invalid_field("the knob is invalid", "runs", "must be a whole number")
        })?;
    control(knob.shared).set_fail_runs(&knob.slug, runs)?;
    Ok(json(
        StatusCode::OK,
        json!({"slug": knob.slug, "runs": runs}),
    ))
}

async fn interleave_edit(knob: TenantKnob) -> Result<Response, ApiError> {
    let TenantKnob {
        shared,
        slug,
        body: mut obj,
    } = knob;
    // The body is the patch itself; `{"patch": {...}}` is accepted too.
    let patch = match obj.remove("patch") {
        Some(inner @ Value::Object(_)) if obj.is_empty() => inner,
        Some(other) => {
            obj.insert("patch".into(), other);
            Value::Object(obj)
        }
        None => Value::Object(obj),
    };
    control(shared).queue_edit(&slug, patch.clone())?;
    Ok(json(StatusCode::OK, json!({"slug": slug, "patch": patch})))
}

async fn add_login(knob: TenantKnob) -> Result<Response, ApiError> {
    let email = knob
        .body
        .get("email")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::invalid_field("the login is invalid", "email", "is required"))?;
    let outcome = provisioning::login(&knob.shared, &knob.slug, email)?;
    Ok(json(
        StatusCode::OK,
        serde_json::to_value(outcome).unwrap_or_default(),
    ))
}

async fn inject_fault(State(shared): AppState, Body(body): Body) -> Result<Response, ApiError> {
    let obj = json_object(&body)?;
    let fault: Fault = serde_json::from_value(Value::Object(obj))
        .map_err(|e| ApiError::validation(format!("the fault is invalid: {e}"), vec![]))?;
    if !fault.path_prefix.starts_with('/') {
        return Err(ApiError::invalid_field(
            "the fault is invalid",
            "path_prefix",
            "must start with /",
        ));
    }
    let echo = serde_json::to_value(&fault).unwrap_or_default();
    control(shared).inject_fault(fault);
    Ok(json(StatusCode::CREATED, echo))
}

async fn list_faults(State(shared): AppState) -> Response {
    json(
        StatusCode::OK,
        json!({ "faults": control(shared).pending_faults() }),
    )
}

async fn clear_faults(State(shared): AppState) -> Response {
    control(shared).clear_faults();
    json(StatusCode::OK, json!({ "faults": [] }))
}

async fn expire_sso_states(State(shared): AppState) -> Response {
    let expired = control(shared).expire_sso_states();
    json(StatusCode::OK, json!({ "expired": expired }))
}

async fn advance_clock(State(shared): AppState, Body(body): Body) -> Result<Response, ApiError> {
    let obj = json_object(&body)?;
    let seconds = obj.get("seconds").and_then(Value::as_u64).ok_or_else(|| {
        ApiError::invalid_field(
            "the knob is invalid",
            "seconds",
            "must be a whole number of seconds, 0 or more",
        )
    })?;
    let offset = control(shared).advance_clock(Duration::from_secs(seconds));
    Ok(json(
        StatusCode::OK,
        json!({"offset_secs": offset.as_secs()}),
    ))
}

async fn stats(State(shared): AppState) -> Response {
    json(
        StatusCode::OK,
        serde_json::to_value(control(shared).stats()).unwrap_or_default(),
    )
}

async fn requests(State(shared): AppState) -> Response {
    json(
        StatusCode::OK,
        json!({ "requests": control(shared).requests() }),
    )
}
