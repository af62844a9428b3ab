//! Invitations (docs/admin-api.md, "Invitations"): support invites a slug,
//! the customer redeems the one-time token with their Okta details, the
//! service checks the secret against Okta at once and keeps the tenant
//! pending review until support approves or rejects it. The client secret
//! goes from the customer's machine to the service and nowhere else.
//!
//! The token is a secret: only its SHA-256 is kept (a copy of the state
//! file redeems nothing), it travels only in `Authorization`, which the
//! request log never records, and no answer but the one that created it
//! carries it.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::admin::{
    NewTenant, OktaDetails, registration_changes, remove_tenant, tenant_exists, tenant_json,
    with_etag,
};
use super::extract::{Call, Reply, TenantEdit};
use super::if_match;
use super::okta_client;
use crate::sandbox::error::{ApiError, FieldError};
use crate::sandbox::http::{Body, check, json, json_object, string_field, unknown_fields};
use crate::sandbox::idempotency::{self, Answer, Idem};
use crate::sandbox::state::{
    Caller, FieldChange, InvitationRecord, ReviewRecord, State as Data, TenantRecord, TenantStatus,
    random_hex, rfc3339, unix,
};
use crate::sandbox::{Shared, validate};

type AppState = State<Arc<Shared>>;

/// How long an invitation lasts unless support says otherwise.
pub(crate) const DEFAULT_LIFETIME: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// The shortest and longest lifetimes support may ask for.
const MIN_LIFETIME_SECS: u64 = 60 * 60;
const MAX_LIFETIME_SECS: u64 = 30 * 24 * 60 * 60;

/// Every invitation token starts so, which lets secret scanners find one.
pub(crate) const TOKEN_PREFIX: &str = "ssoinv_";

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route(
            "/admin/v1/invitations",
            get(list_invitations).post(create_invitation),
        )
        .route("/v1/invitation", get(show_invitation))
        .route("/v1/registrations", post(redeem))
        .route("/admin/v1/tenants/{slug}/approve", post(approve))
        .route("/admin/v1/tenants/{slug}/reject", post(reject))
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `open`, `redeemed` or `expired`, at `now` (seconds, the sandbox's clock).
fn status_of(inv: &InvitationRecord, now: u64) -> &'static str {
    if inv.redeemed_at.is_some() {
        "redeemed"
    } else if now >= inv.expires_at_unix {
        "expired"
    } else {
        "open"
    }
}

/// An invitation as the API shows it: never the token, nor its hash.
fn invitation_json(shared: &Shared, inv: &InvitationRecord, now: u64) -> Value {
    json!({
        "id": inv.id,
        "slug": inv.slug,
        "company_name": inv.company_name,
        "status": status_of(inv, now),
        "redirect_uri": format!("{}/okta-login/{}", shared.base_url, inv.slug),
        "created_at": inv.created_at,
        "created_by": inv.created_by,
        "expires_at": rfc3339(std::time::UNIX_EPOCH + Duration::from_secs(inv.expires_at_unix)),
        "redeemed_at": inv.redeemed_at,
    })
}

fn now_unix(shared: &Shared) -> u64 {
    unix(shared.clock.now())
}

fn now_rfc3339(shared: &Shared) -> String {
    rfc3339(shared.clock.now())
}

// ---------------------------------------------------------------- support's side

struct NewInvitation {
    slug: String,
    company_name: String,
    lifetime_secs: u64,
}

const INVITE_FIELDS: [&str; 3] = ["slug", "company_name", "expires_in"];

fn parse_invitation(body: &[u8]) -> Result<NewInvitation, ApiError> {
    let obj = json_object(body)?;
    let mut details = Vec::new();
    let required = |name: &str, details: &mut Vec<FieldError>| {
        if !obj.contains_key(name) {
            details.push(FieldError::new(name, "is required"));
        }
        string_field(&obj, name, details)
    };
    let slug = required("slug", &mut details)
        .and_then(|s| check("slug", validate::slug(&s), &mut details).map(|()| s));
    let company_name = required("company_name", &mut details)
        .and_then(|s| check("company_name", validate::company_name(&s), &mut details).map(|()| s));
    let lifetime_secs = match obj.get("expires_in") {
        None => Some(DEFAULT_LIFETIME.as_secs()),
        Some(v) => match v.as_u64() {
            Some(n @ MIN_LIFETIME_SECS..=MAX_LIFETIME_SECS) => Some(n),
            _ => {
                details.push(FieldError::new(
                    "expires_in",
                    format!(
                        "must be a whole number of seconds from {MIN_LIFETIME_SECS} (1 hour) to {MAX_LIFETIME_SECS} (30 days)"
                    ),
                ));
                None
            }
        },
    };
    unknown_fields(&obj, &INVITE_FIELDS, &mut details);
    match (slug, company_name, lifetime_secs) {
        (Some(slug), Some(company_name), Some(lifetime_secs)) if details.is_empty() => {
            Ok(NewInvitation {
                slug,
                company_name: company_name.trim().to_owned(),
                lifetime_secs,
            })
        }
        _ => Err(ApiError::validation("the invitation is invalid", details)),
    }
}

/// The invitation of `slug` that can still be redeemed, if any.
fn open_invitation<'a>(st: &'a Data, slug: &str, now: u64) -> Option<&'a InvitationRecord> {
    st.invitations
        .iter()
        .find(|i| i.slug == slug && status_of(i, now) == "open")
}

/// `POST /admin/v1/invitations`. With an `Idempotency-Key`, a repeat of
/// the same request answers the same invitation with a *new* token (the
/// token is not kept, so it cannot be replayed; the one of the lost answer
/// stops working).
async fn create_invitation(call: Call, headers: HeaderMap, Body(body): Body) -> Reply {
    let Call { shared, caller } = call;
    let idem = Idem::from_request("POST", "/admin/v1/invitations", &headers, &body)?;
    let parsed = parse_invitation(&body);
    let token = format!("{TOKEN_PREFIX}{}", random_hex(40));
    let hash = token_hash(&token);
    let now = now_unix(&shared);
    // The same invitation, re-issued: only while it is still open.
    let reissue = |st: &mut Data, first: Answer| -> Result<Answer, ApiError> {
        let id = first.body["id"].as_str().unwrap_or_default().to_owned();
        let inv = st
            .invitations
            .iter_mut()
            .find(|i| i.id == id)
            .filter(|i| status_of(i, now) == "open")
            .ok_or_else(|| {
                ApiError::conflict(
                    "invitation_not_open",
                    format!(
                        "invitation {id} of this Idempotency-Key was redeemed or has expired; create a new one with a new key"
                    ),
                )
            })?;
        inv.token_sha256 = hash.clone();
        let mut body = invitation_json(&shared, inv, now);
        body["token"] = json!(token);
        let slug = inv.slug.clone();
        st.record_event(&slug, &caller, "invitation_reissued", Vec::new());
        Ok(Answer::new(first.status, body))
    };
    let create = |st: &mut Data| -> Result<(Answer, ()), ApiError> {
        let new = parsed?;
        if st.tenants.contains_key(&new.slug) {
            return Err(tenant_exists(&new.slug));
        }
        if let Some(open) = open_invitation(st, &new.slug, now) {
            return Err(ApiError::conflict(
                "invitation_exists",
                format!(
                    "{} already has an open invitation ({}, expires {})",
                    new.slug,
                    open.id,
                    invitation_json(&shared, open, now)["expires_at"]
                        .as_str()
                        .unwrap_or_default()
                ),
            ));
        }
        let inv = InvitationRecord {
            id: format!("inv_{}", random_hex(16)),
            slug: new.slug.clone(),
            company_name: new.company_name,
            token_sha256: hash.clone(),
            created_at: now_rfc3339(&shared),
            expires_at_unix: now + new.lifetime_secs,
            created_by: caller.actor.clone(),
            redeemed_at: None,
        };
        let view = invitation_json(&shared, &inv, now);
        let changes = vec![
            FieldChange::value("company_name", None, Some(&inv.company_name)),
            FieldChange::value("expires_at", None, view["expires_at"].as_str()),
        ];
        st.invitations.push(inv);
        st.record_event(&new.slug, &caller, "invited", changes);
        Ok((Answer::new(StatusCode::CREATED, view), ()))
    };
    // Remembered without the token; a replay issues a fresh one.
    let reveal = |mut answer: Answer| {
        answer.body["token"] = json!(token);
        answer
    };
    let (response, _) =
        idempotency::post_with(&shared.store, idem.as_ref(), reissue, create, reveal)?;
    Ok(response)
}

async fn list_invitations(State(shared): AppState) -> Response {
    let now = now_unix(&shared);
    let list: Vec<Value> = shared.store.read(|st| {
        st.invitations
            .iter()
            .map(|i| invitation_json(&shared, i, now))
            .collect()
    });
    json(StatusCode::OK, json!({ "invitations": list }))
}

/// The tenant of `slug`, when it is awaiting review.
fn in_review<'a>(st: &'a mut Data, slug: &str) -> Result<&'a mut TenantRecord, ApiError> {
    let t = st.tenant_mut(slug)?;
    if t.review.is_none() {
        return Err(ApiError::conflict(
            "not_pending_review",
            format!(
                "{slug} is not a registration awaiting review (its status is {})",
                t.status.as_str()
            ),
        ));
    }
    Ok(t)
}

/// 412 for a decision on a registration read before its last change.
fn stale_review(t: &TenantRecord) -> ApiError {
    if_match::precondition_failed(t, "changed after you read it", "review it again")
}

/// Pending review → active: its users may sign in from now on.
async fn approve(edit: TenantEdit) -> Reply {
    let slug = edit.slug.as_str();
    let (body, etag) = edit.shared.store.mutate(|st| {
        let t = in_review(st, slug)?;
        // If-Match is optional on a review, but honoured when given.
        if_match::honoured(edit.if_match.as_deref(), t, stale_review)?;
        t.review = None;
        let old = t.status;
        t.status = TenantStatus::Active;
        t.touch();
        let out = (tenant_json(&edit.shared, t), t.etag());
        let change = FieldChange::value("status", Some(old.as_str()), Some("active"));
        st.record_event(slug, &edit.caller, "approved", vec![change]);
        Ok(out)
    })?;
    Ok(with_etag(StatusCode::OK, body, etag))
}

/// Removes the registration awaiting review, its secret with it; the
/// history keeps `rejected`, and the slug may be invited again.
async fn reject(edit: TenantEdit) -> Reply {
    remove_tenant(&edit, in_review, stale_review, "rejected")?;
    Ok(json(
        StatusCode::OK,
        json!({"slug": edit.slug, "rejected": true}),
    ))
}

// ---------------------------------------------------------------- the customer's side

/// The invitation the request's bearer token names, or the error that
/// says why it cannot be used. Never touches the state.
fn invitation_of(
    shared: &Shared,
    headers: &HeaderMap,
    now: u64,
) -> Result<InvitationRecord, ApiError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim().to_owned());
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invitation_required",
            "send the invitation token as Authorization: Bearer <token>",
        )
        .with_header(header::WWW_AUTHENTICATE, "Bearer"));
    };
    let hash = token_hash(&token);
    let found = shared.store.read(|st| {
        st.invitations
            .iter()
            .find(|i| i.token_sha256 == hash)
            .cloned()
    });
    let Some(inv) = found else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invitation_unknown",
            "this invitation token is not one the service issued (or it was re-issued since); ask Biometry support for a new invitation",
        )
        .with_header(header::WWW_AUTHENTICATE, "Bearer"));
    };
    usable(&inv, now)?;
    Ok(inv)
}

/// An invitation can be redeemed once, before it expires.
fn usable(inv: &InvitationRecord, now: u64) -> Result<(), ApiError> {
    match status_of(inv, now) {
        "redeemed" => Err(ApiError::conflict(
            "invitation_used",
            format!(
                "this invitation was already used on {} to submit {}; an invitation works once — ask Biometry support for a new one if the registration must change",
                inv.redeemed_at.as_deref().unwrap_or("an earlier date"),
                inv.slug
            ),
        )),
        "expired" => Err(ApiError::new(
            StatusCode::GONE,
            "invitation_expired",
            format!(
                "this invitation for {} expired at {}; ask Biometry support for a new one",
                inv.slug,
                rfc3339(std::time::UNIX_EPOCH + Duration::from_secs(inv.expires_at_unix))
            ),
        )),
        _ => Ok(()),
    }
}

/// `GET /v1/invitation`: what the token invites to (slug, company name,
/// redirect URI, expiry), so the customer's tool can check Okta first.
async fn show_invitation(State(shared): AppState, headers: HeaderMap) -> Reply {
    let now = now_unix(&shared);
    let inv = invitation_of(&shared, &headers, now)?;
    Ok(json(StatusCode::OK, invitation_json(&shared, &inv, now)))
}

const SUBMIT_FIELDS: [&str; 3] = ["okta_domain", "client_id", "client_secret"];

/// The customer's submission: the Okta details only (the invitation names
/// the slug and company), checked as a registration's are.
fn parse_submission(port: u16, body: &[u8]) -> Result<OktaDetails, ApiError> {
    let obj = json_object(body)?;
    let mut details = Vec::new();
    let okta = OktaDetails::parse(port, &obj, &mut details);
    unknown_fields(&obj, &SUBMIT_FIELDS, &mut details);
    match okta {
        Some(okta) if details.is_empty() => Ok(okta),
        _ => Err(ApiError::validation("the registration is invalid", details)),
    }
}

/// What Okta said about the submitted secret, as the error a refused
/// submission gets (nothing is created and the invitation stays open).
fn secret_refused(result: &str, detail: String) -> ApiError {
    let (code, message) = match result {
        "invalid_client" => (
            "client_secret_invalid",
            format!(
                "Okta refused the client secret: {detail}; copy it again from the app's General tab (Client Credentials) and submit again"
            ),
        ),
        "unknown_client" => (
            "client_unknown",
            format!(
                "{detail}; check the client id on the app's General tab and that the Okta domain is the org's (not the -admin one)"
            ),
        ),
        _ => (
            "okta_unreachable",
            format!(
                "the service could not check the secret with Okta: {detail}; check the Okta domain and submit again"
            ),
        ),
    };
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, code, message)
}

/// `POST /v1/registrations`, authenticated by the invitation token.
async fn redeem(call: Call, headers: HeaderMap, Body(body): Body) -> Reply {
    let Call { shared, caller } = call;
    let now = now_unix(&shared);
    // A retry whose first answer was lost replays it, even though the
    // invitation is burnt by now: the key is looked up first.
    let inv = match invitation_of(&shared, &headers, now) {
        Ok(inv) => inv,
        Err(e) if e.code == "invitation_used" => {
            let hash = token_of(&headers).map(|t| token_hash(&t));
            let inv = shared.store.read(|st| {
                st.invitations
                    .iter()
                    .find(|i| Some(&i.token_sha256) == hash.as_ref())
                    .cloned()
            });
            let Some(inv) = inv else { return Err(e) };
            let idem = Idem::from_request("POST", &registration_key_path(&inv), &headers, &body)?;
            if let Some(idem) = idem
                && let Some(first) = idempotency::replay_only(&shared.store, &idem)?
            {
                return Ok(first);
            }
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    let submission = parse_submission(shared.port, &body)?;
    let idem = Idem::from_request("POST", &registration_key_path(&inv), &headers, &body)?;
    if shared.store.read(|st| st.tenants.contains_key(&inv.slug)) {
        return Err(ApiError::conflict(
            "tenant_exists",
            format!(
                "a tenant with slug {} is already registered; ask Biometry support",
                inv.slug
            ),
        ));
    }
    // The service's own check, with the secret as submitted, before
    // anything is kept.
    let redirect_uri = format!("{}/okta-login/{}", shared.base_url, inv.slug);
    let verdict = okta_client::client_secret(
        &shared,
        &submission.okta_domain,
        &submission.client_id,
        &submission.client_secret,
        &redirect_uri,
    )
    .await;
    if verdict.result != "valid" {
        return Err(secret_refused(verdict.result, verdict.detail));
    }
    // The invitation acts: it has no admin token, and so no actor.
    let submitter = Caller::new(
        &format!("invitation:{}", inv.id),
        caller.request_id.as_deref(),
    );
    idempotency::post_answer(&shared.store, idem.as_ref(), |st| {
        // Judged again inside the transaction: a second redemption racing
        // this one finds the invitation burnt.
        let current = st
            .invitations
            .iter()
            .find(|i| i.id == inv.id)
            .cloned()
            .ok_or_else(|| ApiError::internal("the invitation is gone"))?;
        usable(&current, now)?;
        if st.tenants.contains_key(&inv.slug) {
            return Err(tenant_exists(&inv.slug));
        }
        let at = now_rfc3339(&shared);
        let new = NewTenant {
            slug: inv.slug.clone(),
            company_name: inv.company_name.clone(),
            okta: submission.clone(),
        };
        let t = TenantRecord {
            review: Some(ReviewRecord {
                invitation_id: inv.id.clone(),
                submitted_at: at.clone(),
            }),
            ..new.record(at.clone())
        };
        let answer = Answer::new(StatusCode::CREATED, tenant_json(&shared, &t))
            .header(header::ETAG, t.etag());
        let changes = registration_changes(&t);
        st.tenants.insert(inv.slug.clone(), t);
        if let Some(burnt) = st.invitations.iter_mut().find(|i| i.id == inv.id) {
            burnt.redeemed_at = Some(at);
        }
        st.record_event(&inv.slug, &submitter, "submitted", changes);
        Ok(answer)
    })
}

fn token_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .map(|(_, t)| t.trim().to_owned())
}

/// Idempotency keys of registrations are per invitation: the same key
/// under another invitation is another request.
fn registration_key_path(inv: &InvitationRecord) -> String {
    format!("/v1/registrations#{}", inv.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation(redeemed: bool, expires_at_unix: u64) -> InvitationRecord {
        InvitationRecord {
            id: "inv_1".into(),
            slug: "newco".into(),
            company_name: "NewCo".into(),
            token_sha256: token_hash("ssoinv_x"),
            created_at: "2026-12-01T00:00:00Z".into(),
            expires_at_unix,
            created_by: "sandbox-admin".into(),
            redeemed_at: redeemed.then(|| "2026-12-01T01:00:00Z".into()),
        }
    }

    #[test]
    fn an_invitation_is_open_until_redeemed_or_expired() {
        assert_eq!(status_of(&invitation(false, 100), 99), "open");
        assert_eq!(status_of(&invitation(false, 100), 100), "expired");
        assert_eq!(status_of(&invitation(true, 100), 50), "redeemed");
        assert_eq!(
            usable(&invitation(true, 100), 50).unwrap_err().code,
            "invitation_used"
        );
        assert_eq!(
            usable(&invitation(false, 100), 200).unwrap_err().code,
            "invitation_expired"
        );
    }

    #[test]
    fn only_the_hash_of_the_token_is_kept() {
        let hash = token_hash("ssoinv_secret-value");
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains("secret"));
        assert_ne!(hash, token_hash("ssoinv_secret-valuf"));
    }

    #[test]
    fn invitations_are_checked_field_by_field() {
        let e = parse_invitation(br#"{"slug":"Bad Slug","expires_in":5,"x":1}"#)
            .err()
            .unwrap();
        let fields: Vec<&str> = e.details.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(fields, ["slug", "company_name", "expires_in", "x"]);
        let ok = parse_invitation(br#"{"slug":"newco","company_name":" NewCo "}"#).unwrap();
        assert_eq!(ok.lifetime_secs, DEFAULT_LIFETIME.as_secs());
        assert_eq!(ok.company_name, "NewCo");
    }
}
