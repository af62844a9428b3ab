//! Management API writes with `Authorization: SSWS <token>`, as real Okta
//! answers them (docs/okta-behaviour.md, "Management API writes"): an OIDC
//! app created (`POST /api/v1/apps`, the secret only in that answer and a
//! PUT's), replaced whole (`PUT /api/v1/apps/{id}`: a field left out is
//! gone, a required one left out is `E0000001` with causes), a group
//! assigned, and access policies and rules of the `default` server created
//! with Okta's priority shifting. Every write persists with the rest of the
//! org, so the reads, `/authorize` and `/token` see it at once.
//!
//! Who may write: the Super token everything; [`super::APP_ADMIN_API_TOKEN`]
//! apps and assignments only; [`super::READ_ONLY_API_TOKEN`] nothing (403
//! `E0000006`). 429 and 423 come from the knobs and faults, before a
//! handler runs.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{post, put};
use serde_json::{Map, Value, json};

use super::grant::params;
use super::mgmt::{Mgmt, Needs, app_json, find_policy, not_found, policy_json, rule_json, server};
use super::model::{AppRecord, OrgRecord, PolicyRecord, RuleRecord};
use super::{e0000, okta_json, random_id};
use crate::sandbox::Shared;
use crate::sandbox::state::now_rfc3339;

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/api/v1/apps", post(create_app))
        .route("/api/v1/apps/{id}", put(replace_app))
        .route("/api/v1/apps/{id}/groups/{group}", put(assign_group))
        .route(
            "/api/v1/authorizationServers/{server}/policies",
            post(create_policy),
        )
        .route(
            "/api/v1/authorizationServers/{server}/policies/{policy}/rules",
            post(create_rule),
        )
}

/// A write whose closure answers a status and a JSON body.
fn write(
    mgmt: &Mgmt,
    needs: Needs,
    f: impl FnOnce(&Shared, &mut OrgRecord) -> Result<(StatusCode, Value), Response>,
) -> Response {
    mgmt.write(needs, |shared, org| {
        f(shared, org).map(|(status, body)| okta_json(status, body))
    })
}

/// A body Okta cannot read: 400 `E0000003`.
fn body_json(body: &Bytes) -> Result<Map<String, Value>, Response> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(e0000(
            StatusCode::BAD_REQUEST,
            "E0000003",
            "The request body was not well-formed.",
        )),
    }
}

/// Okta's validation error: `Api validation failed: {fields}` with one
/// cause per field.
fn invalid(causes: &[(String, String)]) -> Response {
    let fields: Vec<&str> = causes.iter().map(|(f, _)| f.as_str()).collect();
    okta_json(
        StatusCode::BAD_REQUEST,
        json!({
            "errorCode": "E0000001",
            "errorSummary": format!("Api validation failed: {}", fields.join(", ")),
            "errorLink": "E0000001",
            "errorId": format!("oae{}", super::random_id_chars(22)),
            "errorCauses": causes
                .iter()
                .map(|(field, why)| json!({"errorSummary": format!("{field}: {why}")}))
                .collect::<Vec<_>>(),
        }),
    )
}

/// The field at a dotted path of a JSON object.
fn at<'a>(map: &'a Map<String, Value>, path: &str) -> Option<&'a Value> {
    let mut parts = path.split('.');
    let mut current = map.get(parts.next()?)?;
    for part in parts {
        current = current.get(part)?;
    }
    Some(current).filter(|v| !v.is_null())
}

fn text_at(map: &Map<String, Value>, path: &str) -> Option<String> {
    at(map, path)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// A list of strings; `None` when absent, a cause when not a list of strings.
fn strings_at(
    map: &Map<String, Value>,
    path: &str,
    causes: &mut Vec<(String, String)>,
) -> Option<Vec<String>> {
    let value = at(map, path)?;
    match value.as_array().and_then(|a| {
        a.iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
    }) {
        Some(list) => Some(list),
        None => {
            causes.push((path.to_owned(), "must be a list of strings".into()));
            None
        }
    }
}

const BLANK: &str = "The field cannot be left blank";

/// The app fields a create or a full PUT carries; what is left out of a PUT
/// is gone, except what Okta keeps (id, secret, assignments, created).
fn app_from_body(map: &Map<String, Value>, app: &mut AppRecord) -> Result<(), Response> {
    let mut causes: Vec<(String, String)> = Vec::new();
    match text_at(map, "name").as_deref() {
        None => causes.push(("name".into(), BLANK.into())),
        Some("oidc_client") => {}
        Some(other) => causes.push((
            "name".into(),
            format!("{other} is not an app this org can create; use oidc_client"),
        )),
    }
    let label = text_at(map, "label");
    if label.is_none() {
        causes.push(("label".into(), BLANK.into()));
    }
    match text_at(map, "signOnMode").as_deref() {
        None => causes.push(("signOnMode".into(), BLANK.into())),
        Some("OPENID_CONNECT") => {}
        Some(other) => causes.push((
            "signOnMode".into(),
            format!("{other} is not valid for oidc_client; use OPENID_CONNECT"),
        )),
    }
    if at(map, "settings.oauthClient").is_none() {
        causes.push(("settings.oauthClient".into(), BLANK.into()));
    }
    let grant_types =
        strings_at(map, "settings.oauthClient.grant_types", &mut causes).unwrap_or_default();
    if grant_types.is_empty() && at(map, "settings.oauthClient").is_some() {
        causes.push(("settings.oauthClient.grant_types".into(), BLANK.into()));
    }
    let redirect_uris =
        strings_at(map, "settings.oauthClient.redirect_uris", &mut causes).unwrap_or_default();
    let browser_flow = grant_types
        .iter()
        .any(|g| g == "authorization_code" || g == "implicit");
    if browser_flow && redirect_uris.is_empty() {
        causes.push((
            "settings.oauthClient.redirect_uris".into(),
            "A redirect URI is required for the authorization_code and implicit grants".into(),
        ));
    }
    let response_types = strings_at(map, "settings.oauthClient.response_types", &mut causes)
        .unwrap_or_else(|| vec!["code".into()]);
    let post_logout = strings_at(
        map,
        "settings.oauthClient.post_logout_redirect_uris",
        &mut causes,
    )
    .unwrap_or_default();
    let application_type =
        text_at(map, "settings.oauthClient.application_type").unwrap_or_else(|| "web".into());
    if !matches!(
        application_type.as_str(),
        "web" | "native" | "browser" | "service"
    ) {
        causes.push((
            "settings.oauthClient.application_type".into(),
            format!("{application_type} is not web, native, browser or service"),
        ));
    }
    let auth_method = text_at(map, "credentials.oauthClient.token_endpoint_auth_method")
        .unwrap_or_else(|| "client_secret_basic".into());
    if !matches!(
        auth_method.as_str(),
        "client_secret_basic"
            | "client_secret_post"
            | "client_secret_jwt"
            | "private_key_jwt"
            | "none"
    ) {
        causes.push((
            "credentials.oauthClient.token_endpoint_auth_method".into(),
            format!("{auth_method} is not a token endpoint authentication method"),
        ));
    }
    if !causes.is_empty() {
        return Err(invalid(&causes));
    }
    app.label = label.unwrap_or_default();
    app.redirect_uris = redirect_uris;
    app.post_logout_redirect_uris = post_logout;
    app.grant_types = grant_types;
    app.response_types = response_types;
    app.application_type = application_type;
    app.token_endpoint_auth_method = auth_method;
    app.pkce_required = at(map, "credentials.oauthClient.pkce_required")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    Ok(())
}

/// A create's or PUT's answer: the app with its secret, which no read shows.
fn app_with_secret(shared: &Shared, org: &OrgRecord, app: &AppRecord) -> Value {
    let mut body = app_json(shared, org, app);
    body["credentials"]["oauthClient"]["client_secret"] = json!(app.current_secret());
    body
}

async fn create_app(mgmt: Mgmt, RawQuery(query): RawQuery, body: Bytes) -> Response {
    let q = params(query.as_deref().unwrap_or("").as_bytes());
    // `activate` defaults to true, as Okta's does.
    let activate = q.get("activate").is_none_or(|v| v != "false");
    write(&mgmt, Needs::Apps, |shared, org| {
        let map = body_json(&body)?;
        let status = if activate { "ACTIVE" } else { "INACTIVE" };
        let mut app = AppRecord::created(
            random_id("0oa"),
            String::new(),
            status.into(),
            now_rfc3339(),
        );
        app_from_body(&map, &mut app)?;
        let answer = app_with_secret(shared, org, &app);
        org.apps.push(app);
        Ok((StatusCode::OK, answer))
    })
}

async fn replace_app(mgmt: Mgmt, Path(id): Path<String>, body: Bytes) -> Response {
    write(&mgmt, Needs::Apps, |shared, org| {
        let index = org
            .apps
            .iter()
            .position(|a| a.id == id || a.client_id == id)
            .ok_or_else(|| not_found(&id, "AppInstance"))?;
        let map = body_json(&body)?;
        let mut app = org.apps[index].clone();
        app_from_body(&map, &mut app)?;
        if let Some(status) = text_at(&map, "status")
            && matches!(status.as_str(), "ACTIVE" | "INACTIVE")
        {
            app.status = status;
        }
        let answer = app_with_secret(shared, org, &app);
        org.apps[index] = app;
        Ok((StatusCode::OK, answer))
    })
}

async fn assign_group(mgmt: Mgmt, Path((id, group)): Path<(String, String)>) -> Response {
    write(&mgmt, Needs::Apps, |shared, org| {
        if !org.groups.iter().any(|g| g.id == group) {
            return Err(not_found(&group, "UserGroup"));
        }
        let base = super::org_url(shared, org);
        let app = org
            .apps
            .iter_mut()
            .find(|a| a.id == id || a.client_id == id)
            .ok_or_else(|| not_found(&id, "AppInstance"))?;
        // Assigning twice is not an error and changes nothing.
        if !app.assigned_groups.contains(&group) {
            app.assigned_groups.push(group.clone());
        }
        let priority = app
            .assigned_groups
            .iter()
            .position(|g| *g == group)
            .unwrap_or(0);
        Ok((
            StatusCode::OK,
            json!({
                "id": group,
                "lastUpdated": now_rfc3339(),
                "priority": priority,
                "_links": {
                    "app": {"href": format!("{base}/api/v1/apps/{}", app.id)},
                    "self": {"href": format!("{base}/api/v1/apps/{}/groups/{group}", app.id)},
                    "group": {"href": format!("{base}/api/v1/groups/{group}")},
                },
            }),
        ))
    })
}

/// Where an item asking for `asked` goes among `taken` priorities: clamped
/// to 1..=len+1 (Okta clamps, it does not refuse), the end when not asked.
fn place(asked: Option<i64>, len: usize) -> u32 {
    let last = u32::try_from(len + 1).unwrap_or(u32::MAX);
    match asked {
        None => last,
        Some(p) => u32::try_from(p.clamp(1, i64::from(last))).unwrap_or(last),
    }
}

fn status_of(map: &Map<String, Value>, causes: &mut Vec<(String, String)>) -> String {
    match text_at(map, "status").as_deref() {
        None => "ACTIVE".into(),
        Some(s @ ("ACTIVE" | "INACTIVE")) => s.into(),
        Some(other) => {
            causes.push((
                "status".into(),
                format!("{other} is not ACTIVE or INACTIVE"),
            ));
            "ACTIVE".into()
        }
    }
}

async fn create_policy(mgmt: Mgmt, Path(server_id): Path<String>, body: Bytes) -> Response {
    write(&mgmt, Needs::Policies, |shared, org| {
        server(org, &server_id)?;
        let map = body_json(&body)?;
        let mut causes = Vec::new();
        match text_at(&map, "type").as_deref() {
            Some("OAUTH_AUTHORIZATION_POLICY") => {}
            None => causes.push(("type".into(), BLANK.into())),
            Some(other) => causes.push((
                "type".into(),
                format!("{other} is not OAUTH_AUTHORIZATION_POLICY"),
            )),
        }
        let name = text_at(&map, "name");
        if name.is_none() {
            causes.push(("name".into(), BLANK.into()));
        }
        let description = text_at(&map, "description");
        if description.is_none() {
            causes.push(("description".into(), BLANK.into()));
        }
        // Without conditions the policy matches no client (REAL).
        let clients =
            strings_at(&map, "conditions.clients.include", &mut causes).unwrap_or_default();
        let status = status_of(&map, &mut causes);
        if !causes.is_empty() {
            return Err(invalid(&causes));
        }
        let s = org
            .default_server
            .as_mut()
            .ok_or_else(|| not_found(&server_id, "AuthorizationServer"))?;
        let priority = place(
            at(&map, "priority").and_then(Value::as_i64),
            s.policies.len(),
        );
        for p in &mut s.policies {
            if p.priority >= priority {
                p.priority += 1;
            }
        }
        let record = PolicyRecord {
            id: random_id("00p"),
            name: name.unwrap_or_default(),
            description: description.unwrap_or_default(),
            status,
            priority,
            clients,
            rules: vec![],
            created: now_rfc3339(),
        };
        s.policies.push(record.clone());
        let s = org
            .default_server
            .as_ref()
            .ok_or_else(|| not_found(&server_id, "AuthorizationServer"))?;
        Ok((StatusCode::CREATED, policy_json(shared, org, s, &record)))
    })
}

async fn create_rule(
    mgmt: Mgmt,
    Path((server_id, policy_id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    write(&mgmt, Needs::Policies, |shared, org| {
        let s = server(org, &server_id)?;
        find_policy(s, &policy_id)?;
        let map = body_json(&body)?;
        let mut causes = Vec::new();
        match text_at(&map, "type").as_deref() {
            Some("RESOURCE_ACCESS") => {}
            None => causes.push(("type".into(), BLANK.into())),
            Some(other) => causes.push(("type".into(), format!("{other} is not RESOURCE_ACCESS"))),
        }
        let name = text_at(&map, "name");
        if name.is_none() {
            causes.push(("name".into(), BLANK.into()));
        }
        let grant_types =
            strings_at(&map, "conditions.grantTypes.include", &mut causes).unwrap_or_default();
        if grant_types.is_empty() {
            causes.push(("conditions.grantTypes.include".into(), BLANK.into()));
        }
        // A rule granting authorization_code must say who (okta-developer-docs#1622).
        if at(&map, "conditions.people").is_none() {
            causes.push((
                "conditions.people".into(),
                "People are required for the authorization_code grant type".into(),
            ));
        }
        let users =
            strings_at(&map, "conditions.people.users.include", &mut causes).unwrap_or_default();
        let users_exclude =
            strings_at(&map, "conditions.people.users.exclude", &mut causes).unwrap_or_default();
        let groups =
            strings_at(&map, "conditions.people.groups.include", &mut causes).unwrap_or_default();
        let groups_exclude =
            strings_at(&map, "conditions.people.groups.exclude", &mut causes).unwrap_or_default();
        if at(&map, "conditions.people").is_some() && users.is_empty() && groups.is_empty() {
            causes.push((
                "conditions.people".into(),
                "Include at least one user or group".into(),
            ));
        }
        // `scopes: {}` allows no scope (REAL): stored as sent.
        let scopes = strings_at(&map, "conditions.scopes.include", &mut causes).unwrap_or_default();
        let status = status_of(&map, &mut causes);
        let lifetime = at(&map, "actions.token.accessTokenLifetimeMinutes")
            .and_then(Value::as_u64)
            .map_or(60, |m| u32::try_from(m.clamp(5, 1440)).unwrap_or(60));
        if !causes.is_empty() {
            return Err(invalid(&causes));
        }
        let policy = org
            .default_server
            .as_mut()
            .and_then(|s| s.policies.iter_mut().find(|p| p.id == policy_id))
            .ok_or_else(|| not_found(&policy_id, "Policy"))?;
        let priority = place(
            at(&map, "priority").and_then(Value::as_i64),
            policy.rules.len(),
        );
        for r in &mut policy.rules {
            if r.priority >= priority {
                r.priority += 1;
            }
        }
        let record = RuleRecord {
            id: random_id("0pr"),
            name: name.unwrap_or_default(),
            status,
            priority,
            grant_types,
            users_include: users,
            users_exclude,
            // `EVERYONE` is stored and read back as the literal (REAL).
            groups_include: groups,
            groups_exclude,
            scopes,
            access_token_lifetime_minutes: lifetime,
            created: now_rfc3339(),
        };
        policy.rules.push(record.clone());
        let s = server(org, &server_id)?;
        let p = find_policy(s, &policy_id)?;
        Ok((StatusCode::CREATED, rule_json(shared, org, s, p, &record)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priorities_are_clamped_and_default_to_the_end() {
        assert_eq!(place(None, 0), 1);
        assert_eq!(place(None, 2), 3);
        assert_eq!(place(Some(1), 2), 1);
        assert_eq!(place(Some(0), 2), 1);
        assert_eq!(place(Some(-5), 2), 1);
        assert_eq!(place(Some(99), 2), 3);
    }
}
