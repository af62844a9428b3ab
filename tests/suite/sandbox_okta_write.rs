//! The emulated orgs' Management API writes answer as real Okta does
//! (docs/okta-behaviour.md, "Management API writes"), over real HTTP:
//! required fields are `E0000001` with causes, a PUT replaces the whole
//! app, priorities shift on collision, tokens carry their admin's
//! permissions, and what is written is what the reads, `/authorize` and
//! `/token` see.

use reqwest::StatusCode;
use serde_json::{Value, json};
use ssoctl::sandbox::{
    APP_ADMIN_API_TOKEN, EMPTY_ORG, OktaOrg, READ_ONLY_API_TOKEN, SandboxOptions, Seed,
};

use crate::common::sandbox::{Answer, Env};

async fn start() -> Env {
    Env::with(SandboxOptions {
        seed: Some(Seed::Demo),
        ..Default::default()
    })
    .await
}

impl Env {
    fn empty_org(&self) -> OktaOrg {
        self.sb.control().okta_org(EMPTY_ORG).unwrap()
    }

    async fn call(&self, method: &str, path: &str, token: &str, body: Option<Value>) -> Answer {
        let org = self.empty_org();
        let url = format!("{}{path}", org.url);
        let mut rb = self
            .http
            .request(method.parse().unwrap(), url)
            .header("accept", "application/json")
            .header("authorization", format!("SSWS {token}"));
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        self.send(rb).await
    }
}

fn web_app(redirect: &str) -> Value {
    json!({
        "name": "oidc_client",
        "label": "Biometry SSO",
        "signOnMode": "OPENID_CONNECT",
        "credentials": {"oauthClient": {"token_endpoint_auth_method": "client_secret_basic"}},
        "settings": {"oauthClient": {
            "application_type": "web",
            "grant_types": ["authorization_code"],
            "response_types": ["code"],
            "redirect_uris": [redirect],
        }},
    })
}

fn causes(a: &Answer) -> Vec<String> {
    a.json()["errorCauses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["errorSummary"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_app_is_created_replaced_whole_and_signs_in() {
    let env = start().await;
    let token = env.sb.control().okta_api_token();
    let redirect = format!("{}/okta-login/soylent", env.sb.url());

    let missing = env
        .call(
            "POST",
            "/api/v1/apps?activate=true",
            &token,
            Some(json!({"name": "oidc_client"})),
        )
        .await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert_eq!(missing.json()["errorCode"], "E0000001");
    assert_eq!(
        missing.json()["errorSummary"],
        "Api validation failed: label, signOnMode, settings.oauthClient"
    );
    assert_eq!(
        causes(&missing),
        [
            "label: The field cannot be left blank",
            "signOnMode: The field cannot be left blank",
            "settings.oauthClient: The field cannot be left blank",
        ]
    );
    let unreadable = env
        .send(
            env.http
                .post(format!("{}/api/v1/apps", env.empty_org().url))
                .header("authorization", format!("SSWS {token}"))
                .body("{not json"),
        )
        .await;
    assert_eq!(unreadable.json()["errorCode"], "E0000003");

    let created = env
        .call(
            "POST",
            "/api/v1/apps?activate=true",
            &token,
            Some(web_app(&redirect)),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.text);
    let app = created.json();
    let id = app["id"].as_str().unwrap().to_owned();
    // A new app's id is random: `0oa` and 17 letters or digits, as Okta's.
    assert!(crate::common::random_id_shaped(&id, "0oa", 17), "{id}");
    assert_eq!(app["status"], "ACTIVE");
    let secret = app["credentials"]["oauthClient"]["client_secret"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(secret.len(), 40);
    assert!(created.header_opt("x-rate-limit-remaining").is_some());

    // The read shows the app, never its secret.
    let read = env
        .call("GET", &format!("/api/v1/apps/{id}"), &token, None)
        .await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(
        read.json()["credentials"]["oauthClient"]
            .get("client_secret")
            .is_none()
    );
    // A leak check: the secret nowhere in the read.
    assert!(!read.text.contains(&secret));
    assert_eq!(
        read.json()["settings"]["oauthClient"]["redirect_uris"],
        json!([redirect])
    );
    // The org's knob view (what the authorize and token endpoints use) has it.
    let org = env.empty_org();
    assert_eq!(
        (org.client_id.as_str(), org.client_secret.as_str()),
        (id.as_str(), secret.as_str())
    );

    // The secret works at /token: a dummy code is invalid_grant, not invalid_client.
    let token_answer = env
        .send(
            env.http
                .post(format!("{}/oauth2/default/v1/token", org.url))
                .basic_auth(&id, Some(&secret))
                .form(&[
                    ("grant_type", "authorization_code"),
                    ("code", "x"),
                    ("redirect_uri", redirect.as_str()),
                ]),
        )
        .await;
    assert_eq!(
        token_answer.json()["error"],
        "invalid_grant",
        "{}",
        token_answer.text
    );

    // A PUT without the redirect URIs' field: a required one is E0000001 …
    let mut object = read.json();
    object["settings"]["oauthClient"]
        .as_object_mut()
        .unwrap()
        .remove("grant_types");
    let refused = env
        .call("PUT", &format!("/api/v1/apps/{id}"), &token, Some(object))
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        causes(&refused),
        ["settings.oauthClient.grant_types: The field cannot be left blank"]
    );
    // … and an optional one left out is gone: a whole replace.
    let mut object = read.json();
    object["settings"]["oauthClient"]["post_logout_redirect_uris"] =
        json!(["http://127.0.0.1:1/bye"]);
    let put = env
        .call(
            "PUT",
            &format!("/api/v1/apps/{id}"),
            &token,
            Some(object.clone()),
        )
        .await;
    assert_eq!(put.status, StatusCode::OK, "{}", put.text);
    assert_eq!(
        put.json()["credentials"]["oauthClient"]["client_secret"],
        secret.as_str()
    );
    object["settings"]["oauthClient"]
        .as_object_mut()
        .unwrap()
        .remove("post_logout_redirect_uris");
    env.call("PUT", &format!("/api/v1/apps/{id}"), &token, Some(object))
        .await;
    let read = env
        .call("GET", &format!("/api/v1/apps/{id}"), &token, None)
        .await;
    assert_eq!(
        read.json()["settings"]["oauthClient"]["post_logout_redirect_uris"],
        json!([])
    );

    // Group assignment: the app's groups show it; twice changes nothing.
    let groups = env
        .call("GET", "/api/v1/groups?q=Everyone", &token, None)
        .await;
    let everyone = groups.json()[0]["id"].as_str().unwrap().to_owned();
    for _ in 0..2 {
        let assigned = env
            .call(
                "PUT",
                &format!("/api/v1/apps/{id}/groups/{everyone}"),
                &token,
                Some(json!({})),
            )
            .await;
        assert_eq!(assigned.status, StatusCode::OK);
        assert_eq!(assigned.json()["id"], everyone.as_str());
    }
    let app_groups = env
        .call("GET", &format!("/api/v1/apps/{id}/groups"), &token, None)
        .await;
    assert_eq!(app_groups.json().as_array().unwrap().len(), 1);
    let unknown = env
        .call(
            "PUT",
            &format!("/api/v1/apps/{id}/groups/00gnosuch"),
            &token,
            Some(json!({})),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.json()["errorCode"], "E0000007");
}

#[tokio::test]
async fn policies_and_rules_shift_priorities_and_need_people() {
    let env = start().await;
    let token = env.sb.control().okta_api_token();
    let base = "/api/v1/authorizationServers/default/policies";
    let listed = env.call("GET", base, &token, None).await;
    assert_eq!(listed.json(), json!([]), "a new org has no policy");

    let policy = |name: &str, priority: Option<u32>| {
        let mut body = json!({
            "type": "OAUTH_AUTHORIZATION_POLICY",
            "name": name,
            "description": name,
            "conditions": {"clients": {"include": ["ALL_CLIENTS"]}},
        });
        if let Some(p) = priority {
            body["priority"] = json!(p);
        }
        body
    };
    let first = env
        .call("POST", base, &token, Some(policy("first", None)))
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    assert_eq!(first.json()["priority"], 1);
    // Asking for priority 1 again pushes the first one down; 99 is clamped.
    env.call("POST", base, &token, Some(policy("second", Some(1))))
        .await;
    let clamped = env
        .call("POST", base, &token, Some(policy("third", Some(99))))
        .await;
    assert_eq!(clamped.json()["priority"], 3);
    let listed = env.call("GET", base, &token, None).await;
    let order: Vec<(String, u64)> = listed
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_owned(),
                p["priority"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            ("second".into(), 1),
            ("first".into(), 2),
            ("third".into(), 3)
        ]
    );
    let no_name = env
        .call(
            "POST",
            base,
            &token,
            Some(json!({"type": "OAUTH_AUTHORIZATION_POLICY"})),
        )
        .await;
    assert_eq!(
        causes(&no_name),
        [
            "name: The field cannot be left blank",
            "description: The field cannot be left blank"
        ]
    );

    let policy_id = first.json()["id"].as_str().unwrap().to_owned();
    let rules = format!("{base}/{policy_id}/rules");
    let without_people = env
        .call(
            "POST",
            &rules,
            &token,
            Some(json!({
                "type": "RESOURCE_ACCESS",
                "name": "r",
                "conditions": {"grantTypes": {"include": ["authorization_code"]}, "scopes": {"include": ["*"]}},
            })),
        )
        .await;
    assert_eq!(without_people.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        causes(&without_people),
        ["conditions.people: People are required for the authorization_code grant type"]
    );
    let rule = env
        .call(
            "POST",
            &rules,
            &token,
            Some(json!({
                "type": "RESOURCE_ACCESS",
                "name": "r",
                "conditions": {
                    "people": {"groups": {"include": ["EVERYONE"]}},
                    "grantTypes": {"include": ["authorization_code"]},
                    "scopes": {"include": ["*"]},
                },
            })),
        )
        .await;
    assert_eq!(rule.status, StatusCode::CREATED, "{}", rule.text);
    // The literal is stored and read back as sent (REAL).
    let read = env.call("GET", &rules, &token, None).await;
    assert_eq!(
        read.json()[0]["conditions"]["people"]["groups"]["include"],
        json!(["EVERYONE"])
    );
}

#[tokio::test]
async fn each_token_writes_only_what_its_admin_may() {
    let env = start().await;
    let redirect = format!("{}/okta-login/soylent", env.sb.url());
    let policy = json!({
        "type": "OAUTH_AUTHORIZATION_POLICY", "name": "p", "description": "p",
        "conditions": {"clients": {"include": ["ALL_CLIENTS"]}},
    });
    let base = "/api/v1/authorizationServers/default/policies";

    let read_only = env
        .call(
            "POST",
            "/api/v1/apps",
            READ_ONLY_API_TOKEN,
            Some(web_app(&redirect)),
        )
        .await;
    assert_eq!(read_only.status, StatusCode::FORBIDDEN);
    assert_eq!(read_only.json()["errorCode"], "E0000006");
    let read_only = env
        .call("POST", base, READ_ONLY_API_TOKEN, Some(policy.clone()))
        .await;
    assert_eq!(read_only.json()["errorCode"], "E0000006");

    let app_admin = env
        .call(
            "POST",
            "/api/v1/apps",
            APP_ADMIN_API_TOKEN,
            Some(web_app(&redirect)),
        )
        .await;
    assert_eq!(app_admin.status, StatusCode::OK, "{}", app_admin.text);
    let app_admin = env
        .call("POST", base, APP_ADMIN_API_TOKEN, Some(policy))
        .await;
    assert_eq!(app_admin.status, StatusCode::FORBIDDEN);
    assert_eq!(app_admin.json()["errorCode"], "E0000006");

    let bad = env
        .call("POST", "/api/v1/apps", "nope", Some(web_app(&redirect)))
        .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    assert_eq!(bad.json()["errorCode"], "E0000011");
    // Nothing refused was kept: one app, no policy.
    let token = env.sb.control().okta_api_token();
    let apps = env.call("GET", "/api/v1/apps", &token, None).await;
    assert_eq!(apps.json().as_array().unwrap().len(), 1);
    assert_eq!(env.call("GET", base, &token, None).await.json(), json!([]));
}
