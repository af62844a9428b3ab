//! An app's client secrets (`/api/v1/apps/{id}/credentials/secrets`), as
//! Okta's Management API answers them: list, create, deactivate, activate,
//! delete, with Okta's limits.
//!
//! | request | answer | source |
//! | --- | --- | --- |
//! | `GET …/secrets` | every secret, `client_secret` masked (`DRUFXGF9XbLn......a3x3POBiIxDreBCdZuFs5B`), `secret_hash`, `status`, `_links` | okta-management-openapi-spec's `OAuth2ClientSecret` example; the value "is returned as an undisclosed hashed value" outside the create |
//! | `POST …/secrets` (body optional: `client_secret`, `status`) | 201, the new ACTIVE secret in clear (the only answer that has it) | the spec |
//! | a third secret | 400 `E0000001` "Api validation failed: OAuth2ClientSecretMediated", cause "You have reached the maximum number of client secrets per client." | REAL (2022 capture, okta-client-secret-rotation-workflow) |
//! | deactivating the only ACTIVE secret | 400 `E0000001`, cause "You cannot deactivate the only active client secret." | issue 13 (the cause's words are not captured) |
//! | `DELETE` of an ACTIVE secret | 400 `E0000001`, cause "You can't delete an active client secret. Deactivate it first." | issue 13 (not captured) |
//! | `DELETE` of an INACTIVE one | 204 | the spec |
//! | a read-only admin's token on a write | 403 `E0000006` | docs/okta-behaviour.md row 21 |
//!
//! Every ACTIVE secret authenticates at `/token`, `/revoke` and
//! `/introspect` (`client_auth.rs`); an INACTIVE one is `invalid_client`.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::mgmt::{Mgmt, Needs, app_by_id, not_found};
use super::model::{AppRecord, ClientSecretRecord, MAX_CLIENT_SECRETS, OrgRecord};
use super::{e0000, okta_json, org_url, random_id_chars};
use crate::sandbox::Shared;
use crate::sandbox::state::now_rfc3339;

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route(
            "/api/v1/apps/{id}/credentials/secrets",
            get(list).post(create),
        )
        .route(
            "/api/v1/apps/{id}/credentials/secrets/{sid}",
            get(get_one).delete(remove),
        )
        .route(
            "/api/v1/apps/{id}/credentials/secrets/{sid}/lifecycle/deactivate",
            post(deactivate),
        )
        .route(
            "/api/v1/apps/{id}/credentials/secrets/{sid}/lifecycle/activate",
            post(activate),
        )
}

pub(crate) const MAX_SECRETS_CAUSE: &str =
    "You have reached the maximum number of client secrets per client.";
pub(crate) const ONLY_ACTIVE_CAUSE: &str = "You cannot deactivate the only active client secret.";
pub(crate) const DELETE_ACTIVE_CAUSE: &str =
    "You can't delete an active client secret. Deactivate it first.";

/// 400 `E0000001` with one cause, as Okta words a rejected secret change.
fn validation_failed(cause: &str) -> Response {
    okta_json(
        StatusCode::BAD_REQUEST,
        json!({
            "errorCode": "E0000001",
            "errorSummary": "Api validation failed: OAuth2ClientSecretMediated",
            "errorLink": "E0000001",
            "errorId": format!("oae{}", random_id_chars(22)),
            "errorCauses": [{"errorSummary": cause}],
        }),
    )
}

/// `FpCwXwSjTRQNtEI11I00-g`-like: 16 bytes of the value's SHA-256, base64url.
fn secret_hash(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    URL_SAFE_NO_PAD.encode(&digest[..16])
}

/// The spec's list example keeps the first 12 and the last characters and
/// dots out six in between; shorter values lose all but their last four.
fn masked(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() >= 24 {
        let head: String = chars[..12].iter().collect();
        let tail: String = chars[18..].iter().collect();
        format!("{head}......{tail}")
    } else {
        let tail: String = chars[chars.len().saturating_sub(4)..].iter().collect();
        format!("......{tail}")
    }
}

fn secret_json(
    shared: &Shared,
    org: &OrgRecord,
    app: &AppRecord,
    s: &ClientSecretRecord,
    in_clear: bool,
) -> Value {
    let href = format!(
        "{}/api/v1/apps/{}/credentials/secrets/{}",
        org_url(shared, org),
        app.id,
        s.id
    );
    let link = |path: &str, method: &str| json!({"href": format!("{href}{path}"), "hints": {"allow": [method]}});
    let links = if s.is_active() {
        json!({"deactivate": link("/lifecycle/deactivate", "POST")})
    } else {
        json!({"activate": link("/lifecycle/activate", "POST"), "delete": link("", "DELETE")})
    };
    json!({
        "id": s.id,
        "status": s.status,
        "client_secret": if in_clear { s.secret.clone() } else { masked(&s.secret) },
        "secret_hash": secret_hash(&s.secret),
        "created": s.created,
        "lastUpdated": s.last_updated,
        "_links": links,
    })
}

/// Runs a write on the app (found by id or client id) in the persisted
/// state: `f` changes it and says what to answer, the status and the
/// secret to show (in clear or masked), if any.
fn write(
    mgmt: &Mgmt,
    app_id: &str,
    f: impl FnOnce(&mut AppRecord) -> Result<(StatusCode, Option<String>, bool), Response>,
) -> Response {
    // Client secrets are part of the app: `okta.apps.manage` covers them.
    mgmt.write(Needs::Apps, |shared, org| {
        let index = org
            .apps
            .iter()
            .position(|a| a.id == app_id || a.client_id == app_id)
            .ok_or_else(|| not_found(app_id, "AppInstance"))?;
        let (status, secret_id, in_clear) = f(&mut org.apps[index])?;
        let app = &org.apps[index];
        Ok(
            match secret_id.and_then(|id| app.client_secrets.iter().find(|s| s.id == id)) {
                Some(s) => okta_json(status, secret_json(shared, org, app, s, in_clear)),
                None => status.into_response(),
            },
        )
    })
}

fn find<'a>(
    app: &'a mut AppRecord,
    secret_id: &str,
) -> Result<&'a mut ClientSecretRecord, Response> {
    app.client_secrets
        .iter_mut()
        .find(|s| s.id == secret_id)
        .ok_or_else(|| not_found(secret_id, "OAuth2ClientSecret"))
}

async fn list(mgmt: Mgmt, Path(app_id): Path<String>) -> Response {
    mgmt.answer(Needs::AnyAdmin, |org| {
        let app = app_by_id(org, &app_id)?;
        Ok(Value::Array(
            app.client_secrets
                .iter()
                .map(|s| secret_json(&mgmt.shared, org, app, s, false))
                .collect(),
        ))
    })
}

async fn get_one(mgmt: Mgmt, Path((app_id, secret_id)): Path<(String, String)>) -> Response {
    mgmt.answer(Needs::AnyAdmin, |org| {
        let app = app_by_id(org, &app_id)?;
        let s = app
            .client_secrets
            .iter()
            .find(|s| s.id == secret_id)
            .ok_or_else(|| not_found(&secret_id, "OAuth2ClientSecret"))?;
        Ok(secret_json(&mgmt.shared, org, app, s, false))
    })
}

/// `OAuth2ClientSecretRequestBody`: both fields optional.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct CreateBody {
    client_secret: Option<String>,
    status: Option<String>,
}

async fn create(mgmt: Mgmt, Path(app_id): Path<String>, body: Bytes) -> Response {
    let request: CreateBody = if body.iter().all(u8::is_ascii_whitespace) {
        CreateBody::default()
    } else {
        match serde_json::from_slice(&body) {
            Ok(b) => b,
            Err(_) => {
                return e0000(
                    StatusCode::BAD_REQUEST,
                    "E0000003",
                    "The request body was not well-formed.",
                );
            }
        }
    };
    write(&mgmt, &app_id, |app| {
        if app.client_secrets.len() >= MAX_CLIENT_SECRETS {
            return Err(validation_failed(MAX_SECRETS_CAUSE));
        }
        let value = match request.client_secret {
            Some(v) if v.len() < 14 || v.len() > 100 => {
                return Err(validation_failed(
                    "client_secret: 'client_secret' must be between 14 and 100 characters long.",
                ));
            }
            Some(v) => v,
            None => super::model::new_client_secret(),
        };
        let mut record = ClientSecretRecord::active(value, &now_rfc3339());
        if request.status.as_deref() == Some("INACTIVE") {
            record.status = "INACTIVE".into();
        }
        let id = record.id.clone();
        app.client_secrets.push(record);
        Ok((StatusCode::CREATED, Some(id), true))
    })
}

async fn deactivate(mgmt: Mgmt, Path((app_id, secret_id)): Path<(String, String)>) -> Response {
    write(&mgmt, &app_id, |app| {
        let active = app.client_secrets.iter().filter(|s| s.is_active()).count();
        let s = find(app, &secret_id)?;
        if s.is_active() {
            if active <= 1 {
                return Err(validation_failed(ONLY_ACTIVE_CAUSE));
            }
            s.status = "INACTIVE".into();
            s.last_updated = now_rfc3339();
        }
        Ok((StatusCode::OK, Some(secret_id.clone()), false))
    })
}

async fn activate(mgmt: Mgmt, Path((app_id, secret_id)): Path<(String, String)>) -> Response {
    write(&mgmt, &app_id, |app| {
        let s = find(app, &secret_id)?;
        if !s.is_active() {
            s.status = "ACTIVE".into();
            s.last_updated = now_rfc3339();
        }
        Ok((StatusCode::OK, Some(secret_id.clone()), false))
    })
}

async fn remove(mgmt: Mgmt, Path((app_id, secret_id)): Path<(String, String)>) -> Response {
    write(&mgmt, &app_id, |app| {
        if find(app, &secret_id)?.is_active() {
            return Err(validation_failed(DELETE_ACTIVE_CAUSE));
        }
        app.client_secrets.retain(|s| s.id != secret_id);
        Ok((StatusCode::NO_CONTENT, None, false))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_masks_as_the_spec_example_does() {
        assert_eq!(
            masked("DRUFXGF9XbLnS9k-Sla3x3POBiIxDreBCdZuFs5B"),
            "DRUFXGF9XbLn......a3x3POBiIxDreBCdZuFs5B"
        );
        assert_eq!(masked("short-secret-1234"), "......1234");
        assert_eq!(secret_hash("x").len(), 22);
    }
}
