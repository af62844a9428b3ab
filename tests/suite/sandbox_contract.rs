//! The sandbox speaks the admin API contract (`docs/admin-api.md`,
//! `docs/openapi.json`) over real HTTP on 127.0.0.1.

use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use reqwest::{Method, RequestBuilder, StatusCode};
use serde_json::{Value, json};
use ssoctl::sandbox::{Fault, FaultKind, SandboxOptions, Seed};

use crate::common::random_id_shaped;
use crate::common::sandbox::{Answer, Env};

impl Answer {
    fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("")
    }

    fn detail_fields(&self) -> Vec<String> {
        self.body["error"]["details"]
            .as_array()
            .map(|d| {
                d.iter()
                    .filter_map(|e| e["field"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// How long a run takes: a run ends only when a test advances the
/// sandbox's clock past it ([`Env::provisioned`]).
const RUN_TIME: Duration = Duration::from_secs(3600);

fn demo() -> SandboxOptions {
    SandboxOptions {
        seed: Some(Seed::Demo),
        provisioning_delay: RUN_TIME,
        ..Default::default()
    }
}

async fn start() -> Env {
    Env::with(demo()).await
}

impl Env {
    fn req(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{}", self.sb.url(), path))
            .bearer_auth(self.sb.token())
    }

    /// An admin API answer: JSON (or empty), with an `X-Request-Id`.
    async fn admin_send(&self, rb: RequestBuilder) -> Answer {
        let a = self.send(rb).await;
        if !a.text.is_empty() {
            a.json();
        }
        assert_request_id(&a.headers);
        a
    }

    async fn admin_get(&self, path: &str) -> Answer {
        self.admin_send(self.req(Method::GET, path)).await
    }

    async fn post(&self, path: &str, body: Value) -> Answer {
        self.admin_send(self.req(Method::POST, path).json(&body))
            .await
    }

    /// Advances the sandbox's clock past the run time, and waits (briefly:
    /// no run is left sleeping) until the tenant's provisioning run is over.
    async fn provisioned(&self, slug: &str) -> Value {
        self.sb.control().advance_clock(RUN_TIME);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let a = self
                .admin_get(&format!("/admin/v1/tenants/{slug}/provisioning"))
                .await;
            assert_eq!(a.status, 200);
            if a.body["state"] != "in_progress" {
                return a.body;
            }
            assert!(Instant::now() < deadline, "provisioning never finished");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn assert_request_id(headers: &HeaderMap) {
    let id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("every answer has X-Request-Id");
    let hex = id.strip_prefix("req_").expect("req_ prefix");
    assert_eq!(hex.len(), 24, "{id}");
    assert!(hex.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
}

fn registration(slug: &str) -> Value {
    json!({
        "slug": slug,
        "company_name": "Example Inc",
        "okta_domain": "dev-12345678.okta.com",
        "client_id": "0oa1example000000000",
        "client_secret": "a-secret-of-forty-characters-0123456789x",
    })
}

#[tokio::test]
async fn auth_is_enforced_and_every_answer_has_a_request_id() {
    let env = start().await;
    let url = |p: &str| format!("{}{p}", env.sb.url());

    for path in ["/admin/v1/health", "/admin/v1/tenants", "/_sandbox/stats"] {
        let none = env.http.get(url(path)).send().await.unwrap();
        assert_eq!(none.status(), 401, "{path}");
        assert_request_id(none.headers());
        let body: Value = none.json().await.unwrap();
        assert_eq!(body["error"]["code"], "unauthorized");

        let wrong = env
            .http
            .get(url(path))
            .bearer_auth("not-the-token")
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), 401, "{path}");
        assert_request_id(wrong.headers());
    }

    let health = env.admin_get("/admin/v1/health").await;
    assert_eq!(health.status, 200);
    assert_eq!(health.body["status"], "ok");
    assert!(health.body["version"].is_string());

    let unknown = env.admin_get("/admin/v1/nothing-here").await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.code(), "not_found");
    let outside = env.admin_send(env.http.get(url("/favicon.ico"))).await;
    assert_eq!(outside.status, 404);
    assert_eq!(outside.code(), "not_found");

    let wrong_method = env
        .admin_send(env.req(Method::PUT, "/admin/v1/tenants"))
        .await;
    assert_eq!(wrong_method.status, 405);
    assert_eq!(wrong_method.code(), "method_not_allowed");

    let log = env.sb.requests();
    assert_eq!(log[0].path, "/admin/v1/health");
    assert!(!log[0].authorized);
    assert_eq!(log[0].status, 401);
    assert!(log.iter().any(|r| r.authorized && r.status == 200));
    // A request id is random: `req_` and 24 hex digits.
    assert!(log.iter().any(|r| r.method == "PUT"
        && r.status == 405
        && random_id_shaped(&r.request_id, "req_", 24)));
}

#[tokio::test]
async fn pagination_follows_every_page() {
    let env = start().await;
    let all = env.admin_get("/admin/v1/tenants").await;
    assert_eq!(all.status, 200);
    assert_eq!(all.body["next_cursor"], Value::Null);
    let every: Vec<String> = all.body["tenants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        every.len(),
        11,
        "the demo tenants of DESIGN.md, tyrell and massive"
    );
    let mut sorted = every.clone();
    sorted.sort();
    assert_eq!(every, sorted, "ordered by slug");

    let mut paged = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let path = match &cursor {
            Some(c) => format!("/admin/v1/tenants?limit=2&cursor={c}"),
            None => "/admin/v1/tenants?limit=2".to_owned(),
        };
        let page = env.admin_get(&path).await;
        assert_eq!(page.status, 200, "{:?}", page.body);
        let tenants = page.body["tenants"].as_array().unwrap();
        assert!(tenants.len() <= 2);
        paged.extend(
            tenants
                .iter()
                .map(|t| t["slug"].as_str().unwrap().to_owned()),
        );
        pages += 1;
        match page.body["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert_eq!(paged, every);
    assert_eq!(pages, 6);

    let active = env.admin_get("/admin/v1/tenants?status=active").await;
    let slugs: Vec<&str> = active.body["tenants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["acme-corp", "globex"]);

    for (query, field) in [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("cursor=garbage", "cursor"),
        ("status=deleted", "status"),
    ] {
        let bad = env.admin_get(&format!("/admin/v1/tenants?{query}")).await;
        assert_eq!(bad.status, 422, "{query}");
        assert_eq!(bad.code(), "validation_failed");
        assert_eq!(bad.detail_fields(), [field]);
    }
}

#[tokio::test]
async fn registration_validates_and_answers_the_contract_shape() {
    let env = start().await;

    let bad = env
        .post(
            "/admin/v1/tenants",
            json!({"slug": "-Bad", "company_name": "", "okta_domain": "https://dev-1.okta.com/",
                   "client_id": "has space", "client_secret": "short"}),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.code(), "validation_failed");
    assert_eq!(
        bad.detail_fields(),
        [
            "slug",
            "company_name",
            "okta_domain",
            "client_id",
            "client_secret"
        ]
    );

    let missing = env
        .post("/admin/v1/tenants", json!({"slug": "newco"}))
        .await;
    assert_eq!(missing.status, 422);
    assert_eq!(
        missing.detail_fields(),
        ["company_name", "okta_domain", "client_id", "client_secret"]
    );

    let malformed = env
        .admin_send(
            env.req(Method::POST, "/admin/v1/tenants")
                .header("content-type", "application/json")
                .body("{\"slug\": "),
        )
        .await;
    assert_eq!(malformed.status, 422);
    assert_eq!(malformed.code(), "validation_failed");

    let created = env.post("/admin/v1/tenants", registration("newco")).await;
    assert_eq!(created.status, 201, "{:?}", created.body);
    assert_eq!(created.header_opt("etag"), Some("\"1\""));
    assert_eq!(
        created.header_opt("location"),
        Some("/admin/v1/tenants/newco")
    );
    let t = &created.body;
    assert_eq!(t["status"], "pending");
    assert_eq!(t["version"], 1);
    assert_eq!(t["client_secret_last4"], "789x");
    assert!(
        t.get("client_secret").is_none(),
        "the secret is never returned"
    );
    assert_eq!(
        t["redirect_uri"],
        format!("{}/okta-login/newco", env.sb.url())
    );
    assert_eq!(
        t["dashboard_url"],
        "https://console.biometrysolutions.com/?tenant=newco"
    );
    // The sandbox's clock's now: its RFC 3339 shape, in UTC.
    let created = t["created_at"].as_str().unwrap();
    assert_eq!(
        (created.len(), &created[10..11], &created[19..]),
        (20, "T", "Z"),
        "{created}"
    );

    let again = env.post("/admin/v1/tenants", registration("newco")).await;
    assert_eq!(again.status, 409);
    assert_eq!(again.code(), "tenant_exists");

    let provisioning = env.admin_get("/admin/v1/tenants/newco/provisioning").await;
    assert_eq!(provisioning.body["state"], "not_started");
    assert_eq!(provisioning.body["project_id"], Value::Null);

    let missing = env.admin_get("/admin/v1/tenants/nosuch").await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.code(), "sso_config_not_found");
    assert_eq!(missing.body["error"]["message"], "SSO config not found");
    assert_eq!(env.sb.stats().tenants_registered, 1);
}

#[tokio::test]
async fn patch_needs_the_current_etag_and_a_concurrent_edit_wins() {
    let env = start().await;
    let path = "/admin/v1/tenants/acme-corp";
    let t = env.admin_get(path).await;
    let etag = t.header_opt("etag").unwrap().to_owned();
    assert_eq!(etag, format!("\"{}\"", t.body["version"]));

    let body = json!({"company_name": "Acme Corp"});
    let no_if_match = env
        .admin_send(env.req(Method::PATCH, path).json(&body))
        .await;
    assert_eq!(no_if_match.status, 428);
    assert_eq!(no_if_match.code(), "precondition_required");

    let stale = env
        .admin_send(
            env.req(Method::PATCH, path)
                .header("if-match", "\"1\"")
                .json(&body),
        )
        .await;
    assert_eq!(stale.status, 412);
    assert_eq!(stale.code(), "precondition_failed");

    let ok = env
        .admin_send(
            env.req(Method::PATCH, path)
                .header("if-match", &etag)
                .json(&body),
        )
        .await;
    assert_eq!(ok.status, 200, "{:?}", ok.body);
    assert_eq!(ok.body["company_name"], "Acme Corp");
    let new_etag = ok.header_opt("etag").unwrap().to_owned();
    assert_ne!(new_etag, etag);

    let invalid = env
        .admin_send(
            env.req(Method::PATCH, path)
                .header("if-match", &new_etag)
                .json(&json!({"status": "pending"})),
        )
        .await;
    assert_eq!(invalid.status, 422);
    assert_eq!(invalid.detail_fields(), ["status"]);

    // Another writer changes the tenant between our GET and our PATCH.
    env.sb
        .control()
        .interleave_edit("acme-corp", json!({"company_name": "Changed Elsewhere"}))
        .unwrap();
    let read = env.admin_get(path).await;
    assert_eq!(
        read.body["company_name"], "Acme Corp",
        "the GET answer came first"
    );
    let lost_update = env
        .admin_send(
            env.req(Method::PATCH, path)
                .header("if-match", read.header_opt("etag").unwrap())
                .json(&json!({"company_name": "Mine"})),
        )
        .await;
    assert_eq!(lost_update.status, 412);
    let after = env.admin_get(path).await;
    assert_eq!(
        after.body["company_name"], "Changed Elsewhere",
        "nothing overwritten"
    );
    assert_eq!(
        after.body["version"],
        read.body["version"].as_u64().unwrap() + 1
    );
    assert_eq!(env.sb.stats().tenant_patches, 1);

    let disable = env
        .admin_send(
            env.req(Method::PATCH, path)
                .header("if-match", after.header_opt("etag").unwrap())
                .json(&json!({"status": "disabled"})),
        )
        .await;
    assert_eq!(disable.status, 200);
    assert_eq!(disable.body["status"], "disabled");
}

#[tokio::test]
async fn an_idempotent_replay_creates_nothing() {
    let env = start().await;
    let send = |body: Value| {
        env.admin_send(
            env.req(Method::POST, "/admin/v1/tenants")
                .header("idempotency-key", "key-1")
                .json(&body),
        )
    };
    let first = send(registration("replayco")).await;
    assert_eq!(first.status, 201);
    assert_eq!(first.header_opt("idempotent-replayed"), None);
    let second = send(registration("replayco")).await;
    assert_eq!(second.status, 201);
    assert_eq!(second.header_opt("idempotent-replayed"), Some("true"));
    assert_eq!(second.body, first.body);
    assert_eq!(second.header_opt("etag"), first.header_opt("etag"));
    assert_eq!(second.header_opt("location"), first.header_opt("location"));

    let reused = send(registration("otherco")).await;
    assert_eq!(reused.status, 422);
    assert_eq!(reused.code(), "idempotency_key_reused");
    assert_eq!(env.admin_get("/admin/v1/tenants/otherco").await.status, 404);

    let stats = env.sb.stats();
    assert_eq!(stats.tenants_registered, 1);
    assert_eq!(stats.idempotent_replays, 1);
    let log = env.sb.requests();
    assert!(
        log.iter()
            .filter(|r| r.method == "POST")
            .all(|r| r.idempotency_key.as_deref() == Some("key-1"))
    );
}

#[tokio::test]
async fn a_lost_response_retried_with_the_same_key_registers_once() {
    let env = start().await;
    let control = env.sb.control();
    control
        .inject_fault(Fault::new("/admin/v1/tenants", FaultKind::ResetAfterCommit).method("POST"));
    let attempt = || {
        env.req(Method::POST, "/admin/v1/tenants")
            .header("idempotency-key", "lost-1")
            .json(&registration("lostco"))
    };
    let err = attempt().send().await.unwrap_err();
    assert!(!err.is_status(), "no answer at all: {err}");
    let retry = env.admin_send(attempt()).await;
    assert_eq!(retry.status, 201);
    assert_eq!(retry.header_opt("idempotent-replayed"), Some("true"));
    assert_eq!(retry.body["slug"], "lostco");
    let stats = env.sb.stats();
    assert_eq!(stats.tenants_registered, 1);
    assert_eq!(stats.idempotent_replays, 1);
    let log = env.sb.requests();
    assert_eq!(log[0].status, 0);
    assert_eq!(log[0].fault.as_deref(), Some("reset_after_commit"));

    // Reset before handling: nothing done.
    control.inject_fault(Fault::new(
        "/admin/v1/tenants",
        FaultKind::ResetBeforeHandling,
    ));
    let err = env
        .req(Method::POST, "/admin/v1/tenants")
        .json(&registration("neverco"))
        .send()
        .await
        .unwrap_err();
    assert!(!err.is_status(), "{err}");
    assert_eq!(env.admin_get("/admin/v1/tenants/neverco").await.status, 404);

    // Status faults: answered in the contract's shape, with Retry-After.
    control.inject_fault(
        Fault::new(
            "/admin/v1/tenants",
            FaultKind::Status503 {
                retry_after_secs: 2,
            },
        )
        .times(2),
    );
    control.inject_fault(Fault::new(
        "/admin/v1/health",
        FaultKind::Status429 {
            retry_after_secs: 7,
        },
    ));
    control.inject_fault(Fault::new("/admin/v1/health", FaultKind::Status502));
    for _ in 0..2 {
        let a = env.admin_get("/admin/v1/tenants").await;
        assert_eq!(a.status, 503);
        assert_eq!(a.header_opt("retry-after"), Some("2"));
        assert_eq!(a.code(), "unavailable");
    }
    assert_eq!(env.admin_get("/admin/v1/tenants").await.status, 200);
    let limited = env.admin_get("/admin/v1/health").await;
    assert_eq!(
        (limited.status.as_u16(), limited.header_opt("retry-after")),
        (429, Some("7"))
    );
    assert_eq!(env.admin_get("/admin/v1/health").await.status, 502);
    assert_eq!(env.admin_get("/admin/v1/health").await.status, 200);
    assert!(control.pending_faults().is_empty());
}

#[tokio::test]
async fn provisioning_retries_never_make_a_second_project() {
    // A run goes on until the clock is advanced: a second retry always
    // arrives while the first run is going.
    let env = start().await;
    let control = env.sb.control();
    let retry = "/admin/v1/tenants/globex/provisioning/retry";

    let before = env.provisioned("globex").await;
    assert_eq!(before["state"], "failed");
    assert_eq!(before["project_id"], Value::Null);
    assert_eq!(before["last_error"]["code"], "provisioning_unreachable");
    assert_eq!(before["owner"]["project_role"], "owner");

    control.fail_provisioning("globex", 2).unwrap();
    for attempt in 2..=3 {
        let a = env.post(retry, json!({})).await;
        assert_eq!(a.status, 202);
        assert_eq!(a.body["state"], "in_progress");
        assert_eq!(a.body["attempts"], attempt);
        // A retry while a run is going joins it.
        let joined = env.post(retry, json!({})).await;
        assert_eq!(joined.status, 202);
        assert_eq!(joined.body["attempts"], attempt);
        let p = env.provisioned("globex").await;
        assert_eq!(p["state"], "failed");
        assert_eq!(p["project_id"], Value::Null);
    }
    let mut project = None;
    for attempt in 4..=5 {
        let a = env
            .admin_send(
                env.req(Method::POST, retry)
                    .header("idempotency-key", format!("retry-{attempt}")),
            )
            .await;
        assert_eq!(a.status, 202);
        let p = env.provisioned("globex").await;
        assert_eq!(p["state"], "succeeded");
        assert_eq!(p["attempts"], attempt);
        assert_eq!(
            p["subscription"],
            json!({"plan": "advanced", "status": "active"})
        );
        assert_eq!(p["last_error"], Value::Null);
        let id = p["project_id"].as_str().unwrap().to_owned();
        // Made now, so random: `prj_` and 24 hex digits.
        assert!(random_id_shaped(&id, "prj_", 24), "{id}");
        assert_eq!(project.get_or_insert(id.clone()), &id, "the same project");
    }
    // The same key again replays; no new run.
    let replay = env
        .admin_send(
            env.req(Method::POST, retry)
                .header("idempotency-key", "retry-5"),
        )
        .await;
    assert_eq!(replay.header_opt("idempotent-replayed"), Some("true"));

    let stats = env.sb.stats();
    assert_eq!(stats.projects_created, 1);
    assert_eq!(stats.provisioning_runs, 4);

    let nobody = env
        .post("/admin/v1/tenants/umbrella/provisioning/retry", json!({}))
        .await;
    assert_eq!(nobody.status, 409);
    assert_eq!(nobody.code(), "nothing_to_provision");
}

#[tokio::test]
async fn the_first_login_activates_and_provisions() {
    let env = start().await;
    let control = env.sb.control();
    let first = control
        .add_user_login("umbrella", "Alice@Umbrella.Example")
        .unwrap();
    assert!(first.provisioning_started);
    assert_eq!(first.user.project_role, "owner");
    let second = control
        .add_user_login("umbrella", "bob@umbrella.example")
        .unwrap();
    assert!(!second.provisioning_started);
    assert_eq!(second.user.project_role, "member");

    let t = env.admin_get("/admin/v1/tenants/umbrella").await;
    assert_eq!(t.body["status"], "active");
    let p = env.provisioned("umbrella").await;
    assert_eq!(p["state"], "succeeded");
    assert_eq!(p["owner"]["email"], "alice@umbrella.example");
    assert_eq!(p["owner"]["role"], "partner");
    assert_eq!(p["users_count"], 2);
    let users = env.admin_get("/admin/v1/tenants/umbrella/users").await;
    assert_eq!(users.body["users"].as_array().unwrap().len(), 2);
    assert_eq!(users.body["users"][1]["email"], "bob@umbrella.example");

    let disabled = control
        .add_user_login("initech", "new@initech.example")
        .unwrap_err();
    assert_eq!(disabled.code, "tenant_disabled");
    assert_eq!(
        control
            .add_user_login("nosuch", "a@b.example")
            .unwrap_err()
            .code,
        "sso_config_not_found"
    );
}

#[tokio::test]
async fn the_knobs_work_over_http_too() {
    let env = start().await;
    let a = env
        .post(
            "/_sandbox/tenants/hooli/logins",
            json!({"email": "gavin@hooli.example"}),
        )
        .await;
    assert_eq!(a.status, 200, "{:?}", a.body);
    assert_eq!(a.body["provisioning_started"], true);
    // The clock's HTTP twin ends the run as the control handle would.
    let advanced = env
        .post(
            "/_sandbox/clock/advance",
            json!({"seconds": RUN_TIME.as_secs()}),
        )
        .await;
    assert_eq!(advanced.status, 200, "{}", advanced.body);
    assert_eq!(advanced.body["offset_secs"], RUN_TIME.as_secs());
    let bad = env
        .post("/_sandbox/clock/advance", json!({"seconds": -1}))
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(env.provisioned("hooli").await["state"], "succeeded");

    let a = env
        .post(
            "/_sandbox/tenants/hooli/fail-provisioning",
            json!({"runs": 1}),
        )
        .await;
    assert_eq!(a.status, 200);
    env.post("/admin/v1/tenants/hooli/provisioning/retry", json!({}))
        .await;
    let p = env.provisioned("hooli").await;
    assert_eq!(p["state"], "failed");
    assert!(
        p["project_id"].is_string(),
        "a failed run keeps the existing project"
    );

    let a = env
        .post(
            "/_sandbox/tenants/hooli/interleave-edit",
            json!({"company_name": "Hooli XYZ"}),
        )
        .await;
    assert_eq!(a.status, 200);
    let bad = env
        .post(
            "/_sandbox/tenants/hooli/interleave-edit",
            json!({"status": "pending"}),
        )
        .await;
    assert_eq!(bad.status, 422);
    env.admin_get("/admin/v1/tenants/hooli").await;
    assert_eq!(
        env.admin_get("/admin/v1/tenants/hooli").await.body["company_name"],
        "Hooli XYZ"
    );

    let a = env
        .post(
            "/_sandbox/faults",
            json!({"method": "GET", "path_prefix": "/admin/v1/cors", "kind": {"type": "status502"}}),
        )
        .await;
    assert_eq!(a.status, 201, "{:?}", a.body);
    assert_eq!(
        env.admin_get("/_sandbox/faults").await.body["faults"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(env.admin_get("/admin/v1/cors/origins").await.status, 502);
    assert_eq!(env.admin_get("/admin/v1/cors/origins").await.status, 200);
    let bad = env
        .post(
            "/_sandbox/faults",
            json!({"path_prefix": "/x", "kind": {"type": "nope"}}),
        )
        .await;
    assert_eq!(bad.status, 422);

    let stats = env.admin_get("/_sandbox/stats").await;
    assert_eq!(stats.body["provisioning_runs"], 2);
    assert_eq!(stats.body["projects_created"], 1);
    let log = env.admin_get("/_sandbox/requests").await;
    let log = log.body["requests"].as_array().unwrap();
    assert!(log.iter().any(|r| r["path"] == "/admin/v1/cors/origins"
        && r["status"] == 502
        && r["fault"] == "status502"));

    let unknown = env
        .post(
            "/_sandbox/tenants/nosuch/fail-provisioning",
            json!({"runs": 1}),
        )
        .await;
    assert_eq!(unknown.status, 404);
}

#[tokio::test]
async fn cors_origins_and_tenant_deletion() {
    let env = start().await;
    let list = env.admin_get("/admin/v1/cors/origins").await;
    let origins: Vec<&str> = list.body["origins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["origin"].as_str().unwrap())
        .collect();
    assert_eq!(
        origins,
        ["http://localhost:3000", "https://app.acme.example"]
    );

    let bad = env
        .post(
            "/admin/v1/cors/origins",
            json!({"origin": "https://x.example/"}),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.detail_fields(), ["origin"]);
    let added = env
        .post(
            "/admin/v1/cors/origins",
            json!({"origin": "https://x.example"}),
        )
        .await;
    assert_eq!(added.status, 201);
    assert_eq!(added.body["origin"], "https://x.example");
    let dup = env
        .post(
            "/admin/v1/cors/origins",
            json!({"origin": "https://x.example"}),
        )
        .await;
    assert_eq!(dup.status, 409);
    assert_eq!(dup.code(), "origin_exists");
    let path = "/admin/v1/cors/origins/https%3A%2F%2Fx.example";
    assert_eq!(
        env.admin_send(env.req(Method::DELETE, path)).await.status,
        204
    );
    let gone = env.admin_send(env.req(Method::DELETE, path)).await;
    assert_eq!(gone.status, 404);
    assert_eq!(gone.code(), "origin_not_found");

    let stale = env
        .admin_send(
            env.req(Method::DELETE, "/admin/v1/tenants/wonka")
                .header("if-match", "\"9\""),
        )
        .await;
    assert_eq!(stale.status, 412);
    assert_eq!(
        env.admin_send(env.req(Method::DELETE, "/admin/v1/tenants/wonka"))
            .await
            .status,
        204
    );
    for path in [
        "/admin/v1/tenants/wonka",
        "/admin/v1/tenants/wonka/provisioning",
        "/admin/v1/tenants/wonka/users",
    ] {
        let a = env.admin_get(path).await;
        assert_eq!(
            (a.status.as_u16(), a.code()),
            (404, "sso_config_not_found"),
            "{path}"
        );
    }
    assert_eq!(
        env.admin_send(env.req(Method::DELETE, "/admin/v1/tenants/wonka"))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn state_survives_a_restart_from_the_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sandbox.json");
    let opts = || SandboxOptions {
        state_file: Some(file.clone()),
        ..demo()
    };

    let env = Env::with(opts()).await;
    let created = env
        .admin_send(
            env.req(Method::POST, "/admin/v1/tenants")
                .header("idempotency-key", "k-restart")
                .json(&registration("durable")),
        )
        .await;
    assert_eq!(created.status, 201);
    env.post(
        "/admin/v1/cors/origins",
        json!({"origin": "https://durable.example"}),
    )
    .await;
    let etag = env
        .admin_get("/admin/v1/tenants/acme-corp")
        .await
        .header_opt("etag")
        .unwrap()
        .to_owned();
    let patched = env
        .admin_send(
            env.req(Method::PATCH, "/admin/v1/tenants/acme-corp")
                .header("if-match", &etag)
                .json(&json!({"company_name": "Acme Durable"})),
        )
        .await;
    assert_eq!(patched.status, 200);
    let stats = env.sb.stats();
    env.sb.shutdown().await;
    assert!(file.exists());
    assert!(!dir.path().join("sandbox.json.tmp").exists());

    // A run, interrupted by the restart (nobody advances this clock).
    let env = Env::with(opts()).await;
    assert_eq!(env.sb.stats(), stats, "counters persist");
    let t = env.admin_get("/admin/v1/tenants/acme-corp").await;
    assert_eq!(t.body["company_name"], "Acme Durable");
    assert_eq!(t.header_opt("etag"), patched.header_opt("etag"));
    assert_eq!(env.admin_get("/admin/v1/tenants/durable").await.status, 200);
    let origins = env.admin_get("/admin/v1/cors/origins").await;
    assert!(
        origins.body["origins"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["origin"] == "https://durable.example"),
        "{}",
        origins.body
    );
    let replay = env
        .admin_send(
            env.req(Method::POST, "/admin/v1/tenants")
                .header("idempotency-key", "k-restart")
                .json(&registration("durable")),
        )
        .await;
    assert_eq!(replay.status, 201);
    assert_eq!(replay.header_opt("idempotent-replayed"), Some("true"));
    let started = env
        .post("/admin/v1/tenants/globex/provisioning/retry", json!({}))
        .await;
    assert_eq!(started.body["state"], "in_progress");
    env.sb.shutdown().await;

    // The seed is not applied again, and the interrupted run is restarted.
    let env = Env::with(opts()).await;
    assert!(env.admin_get("/admin/v1/tenants/durable").await.status == 200);
    assert_eq!(
        env.admin_get("/admin/v1/tenants/acme-corp").await.body["company_name"],
        "Acme Durable"
    );
    let p = env.provisioned("globex").await;
    assert_eq!(p["state"], "succeeded");
    assert_eq!(p["attempts"], 2);
    assert_eq!(env.sb.stats().projects_created, 1);
    env.sb.shutdown().await;
}

// ---------------------------------------------------------------- OpenAPI

fn openapi() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/openapi.json");
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(&text).unwrap()
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// Every `METHOD /path` of the OpenAPI document.
fn openapi_routes() -> Vec<(String, String)> {
    let doc = openapi();
    let mut routes = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in METHODS {
            if item.get(method).is_some() {
                routes.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    routes
}

/// Whether the sandbox has a route for `method path` (path parameters filled
/// with seeded values): anything but the router's own 404 or a 405.
async fn route_exists(env: &Env, method: &str, path: &str) -> bool {
    let concrete = path
        .replace("{slug}", "acme-corp")
        .replace("{origin}", "https%3A%2F%2Fapp.acme.example");
    let mut rb = env.req(Method::from_bytes(method.as_bytes()).unwrap(), &concrete);
    if matches!(method, "POST" | "PATCH" | "PUT") {
        rb = rb.json(&json!({}));
    }
    let a = env.admin_send(rb).await;
    !(a.status == StatusCode::METHOD_NOT_ALLOWED
        || (a.status == StatusCode::NOT_FOUND && a.code() == "not_found"))
}

#[tokio::test]
async fn every_openapi_route_exists_in_the_sandbox() {
    let env = start().await;
    let mut routes = openapi_routes();
    assert!(routes.len() >= 12, "{routes:?}");
    // Deletions last, so the seeded values exist for the other routes.
    routes.sort_by_key(|(m, _)| m == "DELETE");

    // The check itself must be able to fail.
    assert!(!route_exists(&env, "GET", "/admin/v1/bogus").await);
    assert!(!route_exists(&env, "PUT", "/admin/v1/tenants").await);
    assert!(!route_exists(&env, "GET", "/admin/v1/tenants/{slug}/bogus").await);

    let mut missing = Vec::new();
    for (method, path) in &routes {
        if !route_exists(&env, method, path).await {
            missing.push(format!("{method} {path}"));
        }
    }
    assert!(
        missing.is_empty(),
        "routes in docs/openapi.json the sandbox lacks: {missing:?}"
    );
}

#[test]
fn openapi_lists_every_route_of_the_contract() {
    // Rows of the routes table in docs/admin-api.md: | `METHOD /path?query` | ... |
    let md =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/admin-api.md")).unwrap();
    let documented: Vec<(String, String)> = md
        .lines()
        .filter_map(|line| {
            let cell = line.strip_prefix("| `")?;
            let route = cell.split('`').next()?;
            let (method, path) = route.split_once(' ')?;
            // Membership in the list of methods (a table row's), not a substring.
            if !METHODS.contains(&method.to_lowercase().as_str()) {
                return None;
            }
            let path = path.split('?').next()?;
            Some((method.to_owned(), path.to_owned()))
        })
        .collect();
    assert!(documented.len() >= 12, "{documented:?}");
    let in_openapi = openapi_routes();
    // The same routes both ways (membership of a route, not a substring),
    // each failure naming the route that is missing.
    for route in &documented {
        assert!(
            in_openapi.contains(route),
            "{route:?} is in admin-api.md but not in openapi.json"
        );
    }
    for route in &in_openapi {
        assert!(
            documented.contains(route),
            "{route:?} is in openapi.json but not in admin-api.md"
        );
    }
    let doc = openapi();
    assert_eq!(doc["openapi"], "3.1.0");
    for schema in ["Tenant", "Provisioning", "User", "Origin", "Error"] {
        assert!(
            doc["components"]["schemas"].get(schema).is_some(),
            "{schema}"
        );
    }
}

#[tokio::test]
async fn latency_is_added_to_every_request() {
    let env = Env::with(SandboxOptions {
        latency: Duration::from_millis(150),
        ..Default::default()
    })
    .await;
    let started = Instant::now();
    let a = env.admin_get("/admin/v1/tenants").await;
    assert_eq!(a.status, 200);
    assert_eq!(a.body["tenants"], json!([]), "no seed, no tenants");
    // The knob's only observable effect is time: a lower bound, which a
    // slow machine cannot fail (this is the feature, not a performance claim).
    assert!(started.elapsed() >= Duration::from_millis(150));
}

/// Issue 12 item 10: a tenant whose Okta domain the sandbox must never
/// call (cloud metadata, a private address, another loopback port) is
/// refused at registration and on PATCH, and nothing is contacted.
#[tokio::test]
async fn okta_domains_the_sandbox_must_not_call_are_refused() {
    let env = start().await;
    // Something listening on loopback that must never be called.
    let bait = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    bait.set_nonblocking(true).unwrap();
    let bait_port = bait.local_addr().unwrap().port();
    let domains = [
        "169.254.169.254".to_owned(),
        "10.0.0.1".to_owned(),
        "localhost:22".to_owned(),
        format!("localhost:{bait_port}"),
        format!("integrator-1000001.localhost:{bait_port}"),
    ];
    for (i, domain) in domains.iter().enumerate() {
        let mut body = registration(&format!("refused-{i}"));
        body["okta_domain"] = json!(domain);
        let a = env.post("/admin/v1/tenants", body).await;
        assert_eq!(a.status, 422, "{domain}: {}", a.body);
        assert_eq!(a.code(), "validation_failed");
        assert_eq!(a.detail_fields(), ["okta_domain"], "{domain}");
    }
    let t = env.admin_get("/admin/v1/tenants/acme-corp").await;
    let etag = t.header_opt("etag").unwrap().to_owned();
    for domain in &domains {
        let a = env
            .admin_send(
                env.req(Method::PATCH, "/admin/v1/tenants/acme-corp")
                    .header("if-match", &etag)
                    .json(&json!({"okta_domain": domain})),
            )
            .await;
        assert_eq!(a.status, 422, "{domain}: {}", a.body);
        assert_eq!(a.detail_fields(), ["okta_domain"], "{domain}");
    }
    let a = env
        .post(
            "/admin/v1/tenants/acme-corp/checks/client-secret",
            json!({}),
        )
        .await;
    assert_eq!(a.body["result"], "valid", "{}", a.body);
    assert!(
        bait.accept().is_err(),
        "the sandbox connected to a refused domain"
    );
}
