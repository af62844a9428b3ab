//! The admin API of `docs/admin-api.md`, route by route.

use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde_json::{Value, json};

use super::extract::{Call, Reply, TenantEdit, TenantSlug};
use super::if_match;
use super::{okta_client, provisioning};
use crate::sandbox::error::{ApiError, FieldError};
use crate::sandbox::http::{Body, check, json, json_object, string_field, unknown_fields};
use crate::sandbox::idempotency::{self, Answer, Idem};
use crate::sandbox::state::{
    Caller, EventRecord, FieldChange, OriginRecord, ProvisioningRecord, RunState, State as Data,
    Subscription, TenantRecord, TenantStatus, User, now_rfc3339,
};
use crate::sandbox::{Shared, lock, validate};

type AppState = State<Arc<Shared>>;

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/admin/v1/health", get(health))
        .route("/admin/v1/tenants", get(list_tenants).post(register_tenant))
        .route(
            "/admin/v1/tenants/{slug}",
            get(get_tenant).patch(patch_tenant).delete(delete_tenant),
        )
        .route(
            "/admin/v1/tenants/{slug}/provisioning",
            get(get_provisioning),
        )
        .route(
            "/admin/v1/tenants/{slug}/provisioning/retry",
            post(retry_provisioning),
        )
        .route("/admin/v1/tenants/{slug}/users", get(list_users))
        .route("/admin/v1/tenants/{slug}/events", get(list_events))
        .route(
            "/admin/v1/tenants/{slug}/checks/client-secret",
            post(check_client_secret),
        )
        .route("/admin/v1/cors/origins", get(list_origins).post(add_origin))
        .route(
            "/admin/v1/cors/origins/{origin}",
            axum::routing::delete(remove_origin),
        )
}

// ---------------------------------------------------------------- views

/// A tenant as the API shows it (never the secret).
#[derive(Serialize)]
struct TenantView<'a> {
    slug: &'a str,
    company_name: &'a str,
    okta_domain: &'a str,
    client_id: &'a str,
    client_secret_last4: String,
    status: TenantStatus,
    provisioning_state: RunState,
    redirect_uri: String,
    dashboard_url: String,
    version: u64,
    created_at: &'a str,
    updated_at: &'a str,
    /// Only while a submitted registration awaits review.
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<ReviewView<'a>>,
}

#[derive(Serialize)]
struct ReviewView<'a> {
    state: &'static str,
    invitation_id: &'a str,
    submitted_at: &'a str,
}

pub(crate) fn tenant_json(shared: &Shared, t: &TenantRecord) -> Value {
    let view = TenantView {
        slug: &t.slug,
        company_name: &t.company_name,
        okta_domain: &t.okta_domain,
        client_id: &t.client_id,
        client_secret_last4: validate::last4(&t.client_secret),
        status: t.status,
        provisioning_state: t.provisioning.state,
        // The sandbox plays the service, so its own URL is the auth URL.
        redirect_uri: format!("{}/okta-login/{}", shared.base_url, t.slug),
        dashboard_url: format!(
            "{}/?tenant={}",
            shared.console_url.trim_end_matches('/'),
            t.slug
        ),
        version: t.version,
        created_at: &t.created_at,
        updated_at: &t.updated_at,
        review: t.review.as_ref().map(|r| ReviewView {
            state: "pending",
            invitation_id: &r.invitation_id,
            submitted_at: &r.submitted_at,
        }),
    };
    serde_json::to_value(view).unwrap_or_default()
}

#[derive(Serialize)]
struct Owner<'a> {
    email: &'a str,
    role: &'a str,
    project_role: &'a str,
}

#[derive(Serialize)]
struct ProvisioningView<'a> {
    slug: &'a str,
    state: RunState,
    project_id: Option<&'a str>,
    subscription: Option<&'a Subscription>,
    owner: Option<Owner<'a>>,
    users_count: usize,
    attempts: u32,
    last_attempt_at: Option<&'a str>,
    last_error: Option<&'a crate::sandbox::state::ErrorInfo>,
}

pub(crate) fn provisioning_json(t: &TenantRecord) -> Value {
    let p: &ProvisioningRecord = &t.provisioning;
    let view = ProvisioningView {
        slug: &t.slug,
        state: p.state,
        project_id: p.project_id.as_deref(),
        subscription: p.subscription.as_ref(),
        owner: t.users.first().map(|u| Owner {
            email: &u.email,
            role: &u.role,
            project_role: &u.project_role,
        }),
        users_count: t.users.len(),
        attempts: p.attempts,
        last_attempt_at: p.last_attempt_at.as_deref(),
        last_error: p.last_error.as_ref(),
    };
    serde_json::to_value(view).unwrap_or_default()
}

pub(super) fn with_etag(status: StatusCode, body: Value, etag: String) -> Response {
    let mut r = json(status, body);
    if let Ok(v) = etag.parse() {
        r.headers_mut().insert(header::ETAG, v);
    }
    r
}

// ---------------------------------------------------------------- helpers

/// What `f` reads of the tenant `slug`; 404 when there is none.
fn read_tenant<T>(
    shared: &Shared,
    slug: &str,
    f: impl FnOnce(&TenantRecord) -> T,
) -> Result<T, ApiError> {
    let found = shared.store.read(|st| st.tenants.get(slug).map(f));
    found.ok_or_else(ApiError::tenant_not_found)
}

/// 412 for a write made on a tenant read before someone else's change.
fn stale_edit(t: &TenantRecord) -> ApiError {
    if_match::precondition_failed(
        t,
        "changed by someone else",
        "fetch it again and reapply your change",
    )
}

// ---------------------------------------------------------------- health

async fn health() -> Response {
    json(
        StatusCode::OK,
        json!({"status": "ok", "version": concat!(env!("CARGO_PKG_VERSION"), "-sandbox")}),
    )
}

// ---------------------------------------------------------------- tenants

struct ListQuery {
    limit: usize,
    after: Option<String>,
    status: Option<TenantStatus>,
}

fn parse_list_query(raw: Option<&str>) -> Result<ListQuery, ApiError> {
    let mut q = ListQuery {
        limit: 50,
        after: None,
        status: None,
    };
    let mut details = Vec::new();
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        match key.as_ref() {
            "limit" => match value.parse::<usize>() {
                Ok(n @ 1..=100) => q.limit = n,
                _ => details.push(FieldError::new(
                    "limit",
                    "must be a whole number from 1 to 100",
                )),
            },
            // An empty cursor is the first page, as if none was given.
            "cursor" if value.is_empty() => {}
            "cursor" => match validate::decode_cursor(&value) {
                Some(slug) => q.after = Some(slug),
                None => details.push(FieldError::new(
                    "cursor",
                    "is not a cursor this API returned; start again without one",
                )),
            },
            "status" => match TenantStatus::parse(&value) {
                Some(s) => q.status = Some(s),
                None => details.push(FieldError::new(
                    "status",
                    "must be one of: pending, active, disabled",
                )),
            },
            _ => {}
        }
    }
    if details.is_empty() {
        Ok(q)
    } else {
        Err(ApiError::validation("the query is invalid", details))
    }
}

async fn list_tenants(State(shared): AppState, RawQuery(raw): RawQuery) -> Reply {
    let q = parse_list_query(raw.as_deref())?;
    let body = shared.store.read(|st| {
        use std::ops::Bound;
        let start = match &q.after {
            Some(after) => Bound::Excluded(after.clone()),
            None => Bound::Unbounded,
        };
        let mut matching = st
            .tenants
            .range((start, Bound::Unbounded))
            .map(|(_, t)| t)
            .filter(|t| q.status.is_none_or(|s| t.status == s));
        let page: Vec<&TenantRecord> = matching.by_ref().take(q.limit).collect();
        let more = matching.next().is_some();
        let next_cursor = match page.last() {
            Some(last) if more => Value::String(validate::encode_cursor(&last.slug)),
            _ => Value::Null,
        };
        let tenants: Vec<Value> = page.iter().map(|t| tenant_json(&shared, t)).collect();
        json!({"tenants": tenants, "next_cursor": next_cursor})
    });
    Ok(json(StatusCode::OK, body))
}

/// A checked registration: by support (`POST /admin/v1/tenants`) or by
/// the customer with an invitation (`POST /v1/registrations`).
pub(super) struct NewTenant {
    pub slug: String,
    pub company_name: String,
    pub okta: OktaDetails,
}

impl NewTenant {
    /// The tenant this registers at `now`: pending, with nobody signed in yet.
    pub(super) fn record(self, now: String) -> TenantRecord {
        TenantRecord {
            slug: self.slug,
            company_name: self.company_name,
            okta_domain: self.okta.okta_domain,
            client_id: self.okta.client_id,
            client_secret: self.okta.client_secret,
            status: TenantStatus::Pending,
            version: 1,
            created_at: now.clone(),
            updated_at: now,
            users: Vec::new(),
            provisioning: ProvisioningRecord::not_started(),
            review: None,
        }
    }
}

/// What a registration changed, for the history (the secret only as
/// "rotated").
pub(super) fn registration_changes(t: &TenantRecord) -> Vec<FieldChange> {
    vec![
        FieldChange::value("company_name", None, Some(&t.company_name)),
        FieldChange::value("okta_domain", None, Some(&t.okta_domain)),
        FieldChange::value("client_id", None, Some(&t.client_id)),
        FieldChange::rotated("client_secret"),
        FieldChange::value("status", None, Some(t.status.as_str())),
    ]
}

/// 409: `slug` is taken.
pub(super) fn tenant_exists(slug: &str) -> ApiError {
    ApiError::conflict(
        "tenant_exists",
        format!("a tenant with slug {slug} is already registered"),
    )
}

const REGISTER_FIELDS: [&str; 5] = [
    "slug",
    "company_name",
    "okta_domain",
    "client_id",
    "client_secret",
];

/// A required string field: its value, or "is required" in `details`.
fn required_field(
    obj: &serde_json::Map<String, Value>,
    name: &str,
    details: &mut Vec<FieldError>,
) -> Option<String> {
    let v = string_field(obj, name, details);
    if !obj.contains_key(name) {
        details.push(FieldError::new(name, "is required"));
    }
    v
}

/// The Okta details a registration carries (`okta_domain`, `client_id`,
/// `client_secret`), each checked as `POST /admin/v1/tenants` and
/// `POST /v1/registrations` both check them; problems go to `details`.
#[derive(Clone)]
pub(crate) struct OktaDetails {
    pub okta_domain: String,
    pub client_id: String,
    pub client_secret: String,
}

impl OktaDetails {
    pub(crate) fn parse(
        port: u16,
        obj: &serde_json::Map<String, Value>,
        details: &mut Vec<FieldError>,
    ) -> Option<OktaDetails> {
        let okta_domain = required_field(obj, "okta_domain", details)
            .and_then(|s| check("okta_domain", validate::okta_domain(&s), details))
            .and_then(|s| {
                check("okta_domain", okta_client::registrable(port, &s), details).map(|()| s)
            });
        let client_id = required_field(obj, "client_id", details)
            .and_then(|s| check("client_id", validate::client_id(&s), details).map(|()| s));
        let client_secret = required_field(obj, "client_secret", details)
            .and_then(|s| check("client_secret", validate::client_secret(&s), details).map(|()| s));
        Some(OktaDetails {
            okta_domain: okta_domain?,
            client_id: client_id?,
            client_secret: client_secret?,
        })
    }
}

fn parse_registration(port: u16, body: &[u8]) -> Result<NewTenant, ApiError> {
    let obj = json_object(body)?;
    let mut details = Vec::new();
    let slug = required_field(&obj, "slug", &mut details)
        .and_then(|s| check("slug", validate::slug(&s), &mut details).map(|()| s));
    let company_name = required_field(&obj, "company_name", &mut details)
        .and_then(|s| check("company_name", validate::company_name(&s), &mut details).map(|()| s));
    let okta = OktaDetails::parse(port, &obj, &mut details);
    unknown_fields(&obj, &REGISTER_FIELDS, &mut details);
    match (slug, company_name, okta) {
        (Some(slug), Some(company_name), Some(okta)) if details.is_empty() => Ok(NewTenant {
            slug,
            company_name: company_name.trim().to_owned(),
            okta,
        }),
        _ => Err(ApiError::validation("tenant is invalid", details)),
    }
}

async fn register_tenant(call: Call, headers: HeaderMap, Body(body): Body) -> Reply {
    let Call { shared, caller } = call;
    let idem = Idem::from_request("POST", "/admin/v1/tenants", &headers, &body)?;
    // Parsed now, judged inside the transaction: a replay wins over validation.
    let parsed = parse_registration(shared.port, &body);
    idempotency::post_answer(&shared.store, idem.as_ref(), |st| {
        let new = parsed?;
        if st.tenants.contains_key(&new.slug) {
            return Err(tenant_exists(&new.slug));
        }
        let t = new.record(now_rfc3339());
        let slug = t.slug.clone();
        let answer = Answer::new(StatusCode::CREATED, tenant_json(&shared, &t))
            .header(header::ETAG, t.etag())
            .header(header::LOCATION, format!("/admin/v1/tenants/{slug}"));
        let changes = registration_changes(&t);
        st.tenants.insert(slug.clone(), t);
        st.record_event(&slug, &caller, "registered", changes);
        st.stats.tenants_registered += 1;
        Ok(answer)
    })
}

async fn get_tenant(State(shared): AppState, TenantSlug(slug): TenantSlug) -> Reply {
    let (body, etag) = read_tenant(&shared, &slug, |t| (tenant_json(&shared, t), t.etag()))?;
    // The answer is fixed; now "another writer" may change the tenant, as
    // a test asked with `interleave_edit`.
    let edit = lock(&shared.knobs)
        .interleaves
        .get_mut(&slug)
        .and_then(std::collections::VecDeque::pop_front);
    if let Some(patch) = edit {
        let applied = shared.store.mutate(|st| {
            let t = st.tenant_mut(&slug)?;
            let changes = patch.apply_changes(t);
            if !changes.is_empty() {
                t.touch();
                let other = Caller::new("sandbox-interleaved-writer", None);
                st.record_event(&slug, &other, action_of(&changes), changes);
            }
            Ok(())
        });
        if let Err(e) = applied {
            tracing::warn!("sandbox: interleaved edit of {slug} failed: {}", e.message);
        }
    }
    Ok(with_etag(StatusCode::OK, body, etag))
}

/// The fields a `PATCH` may change; `None` leaves a field alone.
#[derive(Clone, Debug, Default)]
pub(crate) struct TenantPatch {
    company_name: Option<String>,
    okta_domain: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    status: Option<TenantStatus>,
}

const PATCH_FIELDS: [&str; 5] = [
    "company_name",
    "okta_domain",
    "client_id",
    "client_secret",
    "status",
];

impl TenantPatch {
    /// The patch, when its `okta_domain` (if any) may be registered.
    fn registrable(self, shared: &Shared) -> Result<Self, ApiError> {
        if let Some(domain) = &self.okta_domain
            && let Err(m) = okta_client::registrable(shared.port, domain)
        {
            return Err(ApiError::validation(
                "the change is invalid",
                vec![FieldError::new("okta_domain", m)],
            ));
        }
        Ok(self)
    }

    pub fn parse(obj: &serde_json::Map<String, Value>) -> Result<Self, ApiError> {
        let mut details = Vec::new();
        let mut p = Self {
            company_name: string_field(obj, "company_name", &mut details).and_then(|s| {
                check("company_name", validate::company_name(&s), &mut details)
                    .map(|()| s.trim().to_owned())
            }),
            okta_domain: string_field(obj, "okta_domain", &mut details)
                .and_then(|s| check("okta_domain", validate::okta_domain(&s), &mut details)),
            client_id: string_field(obj, "client_id", &mut details).and_then(|s| {
                check("client_id", validate::client_id(&s), &mut details).map(|()| s)
            }),
            client_secret: string_field(obj, "client_secret", &mut details).and_then(|s| {
                check("client_secret", validate::client_secret(&s), &mut details).map(|()| s)
            }),
            status: None,
        };
        if let Some(s) = string_field(obj, "status", &mut details) {
            match TenantStatus::parse(&s) {
                Some(st @ (TenantStatus::Active | TenantStatus::Disabled)) => p.status = Some(st),
                _ => details.push(FieldError::new(
                    "status",
                    "must be active or disabled (a tenant becomes pending only when registered)",
                )),
            }
        }
        if obj.contains_key("slug") {
            details.push(FieldError::new(
                "slug",
                "cannot be changed: register a new tenant and delete this one",
            ));
        } else {
            unknown_fields(obj, &PATCH_FIELDS, &mut details);
        }
        if details.is_empty() && obj.is_empty() {
            details.push(FieldError::new(
                "body",
                format!("give at least one of: {}", PATCH_FIELDS.join(", ")),
            ));
        }
        if details.is_empty() {
            Ok(p)
        } else {
            Err(ApiError::validation("the change is invalid", details))
        }
    }

    /// Applies the patch and says what changed (never a secret's value).
    pub fn apply_changes(&self, t: &mut TenantRecord) -> Vec<FieldChange> {
        let mut changes = Vec::new();
        let mut set = |name: &str, field: &mut String, value: &Option<String>| {
            if let Some(v) = value
                && field != v
            {
                changes.push(if name == "client_secret" {
                    FieldChange::rotated(name)
                } else {
                    FieldChange::value(name, Some(field), Some(v))
                });
                field.clone_from(v);
            }
        };
        set("company_name", &mut t.company_name, &self.company_name);
        set("okta_domain", &mut t.okta_domain, &self.okta_domain);
        set("client_id", &mut t.client_id, &self.client_id);
        set("client_secret", &mut t.client_secret, &self.client_secret);
        if let Some(s) = self.status
            && t.status != s
        {
            changes.push(FieldChange::value(
                "status",
                Some(t.status.as_str()),
                Some(s.as_str()),
            ));
            t.status = s;
        }
        changes
    }
}

/// `enabled` or `disabled` when only the status changed, else `updated`.
fn action_of(changes: &[FieldChange]) -> &'static str {
    match changes {
        [only] if only.field == "status" => match only.new.as_deref() {
            Some("disabled") => "disabled",
            Some("active") => "enabled",
            _ => "updated",
        },
        _ => "updated",
    }
}

async fn patch_tenant(edit: TenantEdit, Body(body): Body) -> Reply {
    let TenantEdit {
        shared,
        caller,
        slug,
        if_match,
    } = edit;
    let parsed = json_object(&body)
        .and_then(|obj| TenantPatch::parse(&obj))
        .and_then(|p| p.registrable(&shared));
    let (body, etag) = shared.store.mutate(|st| {
        let t = st.tenant_mut(&slug)?;
        // Preconditions first: a stale edit is refused whatever it says.
        let Some(if_match) = &if_match else {
            return Err(ApiError::new(
                StatusCode::PRECONDITION_REQUIRED,
                "precondition_required",
                format!(
                    "PATCH needs If-Match with the tenant's current ETag ({}): fetch the tenant first",
                    t.etag()
                ),
            ));
        };
        if !if_match::holds(if_match, &t.etag()) {
            return Err(stale_edit(t));
        }
        let patch = parsed?;
        if t.review.is_some() && patch.status.is_some() {
            // Review is its own decision, with its own record.
            return Err(ApiError::conflict(
                "pending_review",
                format!(
                    "{slug} is a registration awaiting review: approve it (POST /admin/v1/tenants/{slug}/approve) or reject it instead of changing its status"
                ),
            ));
        }
        let changes = patch.apply_changes(t);
        if !changes.is_empty() {
            t.touch();
        }
        let out = (tenant_json(&shared, t), t.etag());
        if !changes.is_empty() {
            st.record_event(&slug, &caller, action_of(&changes), changes);
        }
        st.stats.tenant_patches += 1;
        Ok(out)
    })?;
    Ok(with_etag(StatusCode::OK, body, etag))
}

async fn delete_tenant(edit: TenantEdit) -> Reply {
    remove_tenant(&edit, Data::tenant_mut, stale_edit, "deleted")?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Removes the tenant `find` finds, with its users and its provisioning
/// record, and records `action`. `If-Match` is optional, but honoured when
/// given (refused with `stale`).
pub(super) fn remove_tenant(
    edit: &TenantEdit,
    find: impl for<'a> FnOnce(&'a mut Data, &str) -> Result<&'a mut TenantRecord, ApiError>,
    stale: fn(&TenantRecord) -> ApiError,
    action: &str,
) -> Result<(), ApiError> {
    let slug = &edit.slug;
    edit.shared.store.mutate(|st| {
        let t = find(st, slug)?;
        if_match::honoured(edit.if_match.as_deref(), t, stale)?;
        st.tenants.remove(slug);
        st.record_event(slug, &edit.caller, action, Vec::new());
        Ok(())
    })
}

// ---------------------------------------------------------------- provisioning and users

async fn get_provisioning(State(shared): AppState, TenantSlug(slug): TenantSlug) -> Reply {
    let body = read_tenant(&shared, &slug, provisioning_json)?;
    Ok(json(StatusCode::OK, body))
}

async fn retry_provisioning(
    Call { shared, caller }: Call,
    TenantSlug(slug): TenantSlug,
    headers: HeaderMap,
    Body(body): Body,
) -> Reply {
    let route = format!("/admin/v1/tenants/{slug}/provisioning/retry");
    let idem = Idem::from_request("POST", &route, &headers, &body)?;
    let (response, run) = idempotency::post(&shared.store, idem.as_ref(), |st| {
        let run = provisioning::begin_run(st, &slug, &caller)?;
        let t = st.tenant_mut(&slug)?;
        Ok((Answer::new(StatusCode::ACCEPTED, provisioning_json(t)), run))
    })?;
    // Started only once the run is committed (and saved).
    if let Some(run_id) = run.flatten() {
        provisioning::spawn_run(&shared, slug, run_id);
    }
    Ok(response)
}

const EVENT_CURSOR_PREFIX: &str = "ev1_";

/// A tenant's change history, oldest first, a page at a time. The history
/// outlives the tenant: a deleted tenant's events can still be read.
async fn list_events(
    State(shared): AppState,
    TenantSlug(slug): TenantSlug,
    RawQuery(raw): RawQuery,
) -> Reply {
    let mut limit = 50;
    let mut after = 0u64;
    let mut details = Vec::new();
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        match key.as_ref() {
            "limit" => match value.parse::<usize>() {
                Ok(n @ 1..=100) => limit = n,
                _ => details.push(FieldError::new(
                    "limit",
                    "must be a whole number from 1 to 100",
                )),
            },
            "cursor" if value.is_empty() => {}
            "cursor" => match value
                .strip_prefix(EVENT_CURSOR_PREFIX)
                .and_then(|n| n.parse::<u64>().ok())
            {
                Some(n) => after = n,
                None => details.push(FieldError::new(
                    "cursor",
                    "is not a cursor this API returned; start again without one",
                )),
            },
            _ => {}
        }
    }
    if !details.is_empty() {
        return Err(ApiError::validation("the query is invalid", details));
    }
    let body = shared.store.read(|st| {
        let mut matching = st.events.iter().filter(|e| e.slug == slug && e.id > after);
        let page: Vec<&EventRecord> = matching.by_ref().take(limit).collect();
        let more = matching.next().is_some();
        let known = st.tenants.contains_key(&slug) || !page.is_empty() || after > 0;
        known.then(|| {
            let next_cursor = match page.last() {
                Some(last) if more => Value::String(format!("{EVENT_CURSOR_PREFIX}{}", last.id)),
                _ => Value::Null,
            };
            json!({"events": page, "next_cursor": next_cursor})
        })
    });
    let body = body.ok_or_else(ApiError::tenant_not_found)?;
    Ok(json(StatusCode::OK, body))
}

async fn list_users(State(shared): AppState, TenantSlug(slug): TenantSlug) -> Reply {
    let users = read_tenant(&shared, &slug, |t| {
        t.users.iter().map(User::from).collect::<Vec<_>>()
    })?;
    Ok(json(StatusCode::OK, json!({ "users": users })))
}

/// The service probes the tenant's Okta org with the secret it has on file
/// (support never sees the secret).
async fn check_client_secret(State(shared): AppState, TenantSlug(slug): TenantSlug) -> Reply {
    let (domain, client_id, secret) = read_tenant(&shared, &slug, |t| {
        (
            t.okta_domain.clone(),
            t.client_id.clone(),
            t.client_secret.clone(),
        )
    })?;
    let redirect_uri = format!("{}/okta-login/{slug}", shared.base_url);
    let check =
        okta_client::client_secret(&shared, &domain, &client_id, &secret, &redirect_uri).await;
    Ok(json(
        StatusCode::OK,
        serde_json::to_value(check).unwrap_or_default(),
    ))
}

// ---------------------------------------------------------------- CORS origins

fn origin_json(origin: &str, rec: &OriginRecord) -> Value {
    json!({"origin": origin, "created_at": rec.created_at})
}

async fn list_origins(State(shared): AppState) -> Response {
    let origins = shared.store.read(|st| {
        st.origins
            .iter()
            .map(|(o, r)| origin_json(o, r))
            .collect::<Vec<_>>()
    });
    json(StatusCode::OK, json!({ "origins": origins }))
}

fn parse_origin(body: &[u8]) -> Result<String, ApiError> {
    let obj = json_object(body)?;
    let mut details = Vec::new();
    let origin = string_field(&obj, "origin", &mut details);
    if !obj.contains_key("origin") {
        details.push(FieldError::new("origin", "is required"));
    }
    let origin =
        origin.and_then(|o| check("origin", validate::origin(&o), &mut details).map(|()| o));
    unknown_fields(&obj, &["origin"], &mut details);
    match origin {
        Some(o) if details.is_empty() => Ok(o),
        _ => Err(ApiError::validation("the origin is invalid", details)),
    }
}

async fn add_origin(State(shared): AppState, headers: HeaderMap, Body(body): Body) -> Reply {
    let idem = Idem::from_request("POST", "/admin/v1/cors/origins", &headers, &body)?;
    let parsed = parse_origin(&body);
    idempotency::post_answer(&shared.store, idem.as_ref(), |st: &mut Data| {
        let origin = parsed?;
        if st.origins.contains_key(&origin) {
            return Err(ApiError::conflict(
                "origin_exists",
                format!("{origin} is already an allowed origin"),
            ));
        }
        let rec = OriginRecord {
            created_at: now_rfc3339(),
        };
        let location = format!(
            "/admin/v1/cors/origins/{}",
            url::form_urlencoded::byte_serialize(origin.as_bytes()).collect::<String>()
        );
        let answer = Answer::new(StatusCode::CREATED, origin_json(&origin, &rec))
            .header(header::LOCATION, location);
        st.origins.insert(origin, rec);
        Ok(answer)
    })
}

async fn remove_origin(
    State(shared): AppState,
    path: Result<Path<String>, PathRejection>,
) -> Reply {
    let not_found = |o: &str| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "origin_not_found",
            format!("{o} is not an allowed origin"),
        )
    };
    let Ok(Path(origin)) = path else {
        return Err(not_found("that origin"));
    };
    shared.store.mutate(|st| {
        st.origins
            .remove(&origin)
            .map(|_| ())
            .ok_or_else(|| not_found(&origin))
    })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registration_lists_every_bad_field() {
        let e = parse_registration(
            1,
            br#"{"slug":"Bad_Slug","company_name":" ","okta_domain":"https://x.okta.com/","client_id":"a b","client_secret":"short","extra":1}"#,
        )
        .err()
        .unwrap();
        assert_eq!(e.code, "validation_failed");
        let fields: Vec<&str> = e.details.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "slug",
                "company_name",
                "okta_domain",
                "client_id",
                "client_secret",
                "extra"
            ]
        );
        let e = parse_registration(1, br#"{"slug":"ok"}"#).err().unwrap();
        assert!(
            e.details
                .iter()
                .any(|d| d.field == "client_secret" && d.message == "is required")
        );
        let e = parse_registration(1, br#"{"slug":5}"#).err().unwrap();
        assert!(
            e.details
                .iter()
                .any(|d| d.field == "slug" && d.message == "must be a string")
        );
    }

    #[test]
    fn patches() {
        let obj = |v: Value| v.as_object().cloned().unwrap();
        assert!(TenantPatch::parse(&obj(json!({}))).is_err());
        assert!(TenantPatch::parse(&obj(json!({"status": "pending"}))).is_err());
        assert!(TenantPatch::parse(&obj(json!({"slug": "x"}))).is_err());
        assert!(TenantPatch::parse(&obj(json!({"company_name": null}))).is_err());
        let p = TenantPatch::parse(&obj(json!({"status": "disabled"}))).unwrap();
        assert_eq!(p.status, Some(TenantStatus::Disabled));
    }
}
