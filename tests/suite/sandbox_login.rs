//! The sandbox's login endpoints (DESIGN.md, "Login endpoints used by
//! `login test`"), driven over real HTTP the way a browser and the CLI do:
//! `/okta-login/{slug}/start`, the emulated org's sign-in form, the service's
//! Okta callback, `/okta-login/cli/token` and `/me`.

use std::collections::HashMap;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use ssoctl::sandbox::{
    BrokenIdToken, DEMO_PASSWORD, OktaAssignment, Sandbox, SandboxOptions, Seed,
};

use crate::common::random_id_shaped;

/// Where the CLI would listen; nothing needs to listen there, redirects
/// are not followed.
const RETURN_TO: &str = "http://127.0.0.1:49999/callback";
const CLI_STATE: &str = "cli-state-123";

struct Env {
    sb: Sandbox,
    http: reqwest::Client,
}

/// What came back at `return_to`.
#[derive(Debug)]
enum Back {
    Code(String),
    Error { error: String, description: String },
}

struct Pkce {
    verifier: String,
    challenge: String,
}

fn pkce() -> Pkce {
    let verifier = format!("verifier-{}", "x".repeat(50));
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    Pkce {
        verifier,
        challenge,
    }
}

fn demo() -> SandboxOptions {
    SandboxOptions {
        seed: Some(Seed::Demo),
        provisioning_delay: Duration::from_millis(50),
        ..Default::default()
    }
}

fn query(location: &str) -> HashMap<String, String> {
    url::Url::parse(location)
        .unwrap_or_else(|e| panic!("not a URL ({e}): {location}"))
        .query_pairs()
        .into_owned()
        .collect()
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .unwrap_or_else(|| panic!("no Location on {}", r.status()))
        .to_str()
        .unwrap()
        .to_owned()
}

/// What a redirect to `return_to` carries back to the CLI.
fn back(location: &str) -> Back {
    assert_eq!(location.split('?').next(), Some(RETURN_TO), "{location}");
    let q = query(location);
    assert_eq!(q["state"], CLI_STATE);
    match q.get("code") {
        Some(code) => Back::Code(code.clone()),
        None => Back::Error {
            error: q["error"].clone(),
            description: q["error_description"].clone(),
        },
    }
}

impl Env {
    async fn start(opts: SandboxOptions) -> Env {
        let sb = Sandbox::start("127.0.0.1:0".parse().unwrap(), opts)
            .await
            .unwrap();
        let mut b = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(20));
        // RFC 6761: the org hosts are loopback, whatever the system resolver says.
        for org in sb.control().okta_orgs() {
            let host = url::Url::parse(&org.url)
                .unwrap()
                .host_str()
                .unwrap()
                .to_owned();
            b = b.resolve(&host, sb.addr());
        }
        Env {
            sb,
            http: b.build().unwrap(),
        }
    }

    fn start_url(&self, slug: &str, return_to: &str, challenge: &str) -> String {
        let mut url =
            url::Url::parse(&format!("{}/okta-login/{slug}/start", self.sb.url())).unwrap();
        url.query_pairs_mut()
            .append_pair("return_to", return_to)
            .append_pair("state", CLI_STATE)
            .append_pair("code_challenge", challenge)
            .append_pair("code_challenge_method", "S256");
        url.to_string()
    }

    async fn get(&self, url: &str) -> reqwest::Response {
        self.http.get(url).send().await.unwrap()
    }

    /// `/start`, Okta's sign-in form as `email`; returns the service
    /// callback URL Okta sent the browser to.
    async fn to_callback(&self, slug: &str, email: &str, challenge: &str) -> String {
        let start = self.get(&self.start_url(slug, RETURN_TO, challenge)).await;
        assert_eq!(start.status(), StatusCode::FOUND);
        assert!(start.headers().contains_key("x-request-id"));
        let authorize = location(&start);
        let q = query(&authorize);
        assert_eq!(
            q["redirect_uri"],
            format!("{}/okta-login/{slug}", self.sb.url())
        );
        assert_eq!(q["scope"], "openid profile email");
        assert_ne!(q["state"], CLI_STATE, "the service sends its own state");
        let form = self.get(&authorize).await;
        assert_eq!(form.status(), StatusCode::OK);
        let html = form.text().await.unwrap();
        let marker = "name=\"okta_key\" value=\"";
        let at = html.find(marker).expect("the sign-in form") + marker.len();
        let key = &html[at..at + html[at..].find('"').unwrap()];
        let org_base = authorize.split("/oauth2/").next().unwrap();
        let signed_in = self
            .http
            .post(format!("{org_base}/login/signin"))
            .form(&[
                ("okta_key", key),
                ("username", email),
                ("password", DEMO_PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(signed_in.status(), StatusCode::FOUND);
        location(&signed_in)
    }

    /// A whole browser leg: what arrives at `return_to`.
    async fn login(&self, slug: &str, email: &str, challenge: &str) -> Back {
        let callback = self.to_callback(slug, email, challenge).await;
        let r = self.get(&callback).await;
        assert_eq!(r.status(), StatusCode::FOUND, "{}", r.text().await.unwrap());
        back(&location(&r))
    }

    async fn exchange(&self, code: &str, verifier: &str) -> (StatusCode, Value) {
        let r = self
            .http
            .post(format!("{}/okta-login/cli/token", self.sb.url()))
            .json(&json!({"code": code, "code_verifier": verifier}))
            .send()
            .await
            .unwrap();
        (r.status(), r.json().await.unwrap())
    }

    async fn me(&self, session: &str) -> (StatusCode, Value) {
        let r = self
            .http
            .get(format!("{}/me", self.sb.url()))
            .bearer_auth(session)
            .send()
            .await
            .unwrap();
        (r.status(), r.json().await.unwrap())
    }

    /// A full sign-in to `/me`.
    async fn signed_in(&self, slug: &str, email: &str) -> Value {
        let p = pkce();
        let code = match self.login(slug, email, &p.challenge).await {
            Back::Code(c) => c,
            other => panic!("no code: {other:?}"),
        };
        let (status, session) = self.exchange(&code, &p.verifier).await;
        assert_eq!(status, StatusCode::OK, "{session}");
        assert_eq!(session["expires_in"], 3600);
        let (status, me) = self.me(session["session_token"].as_str().unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{me}");
        me
    }

    async fn error(&self, slug: &str, email: &str) -> (String, String) {
        match self.login(slug, email, &pkce().challenge).await {
            Back::Error { error, description } => (error, description),
            Back::Code(_) => panic!("{slug}: the sign-in succeeded"),
        }
    }
}

#[tokio::test]
async fn acme_corp_signs_in_as_the_owner_of_its_project() {
    let env = Env::start(demo()).await;
    let me = env.signed_in("acme-corp", "ana@acme.example").await;
    assert_eq!(
        me,
        json!({
            "email": "ana@acme.example",
            "tenant": "acme-corp",
            "role": "partner",
            "project_id": "prj_fbf0a22b3930edb25f927f7c",
            "project_role": "owner",
            "subscription": {"plan": "advanced", "status": "active"},
        })
    );
    assert_eq!(env.sb.stats().sessions_issued, 1);
    assert_eq!(env.sb.stats().projects_created, 0);
}

#[tokio::test]
async fn the_first_login_provisions_and_later_users_join_the_same_project() {
    let env = Env::start(demo()).await;
    let first = env.signed_in("tyrell", "rachael@tyrell.example").await;
    assert_eq!(first["role"], "partner");
    assert_eq!(first["project_role"], "owner");
    assert_eq!(
        first["subscription"],
        json!({"plan": "advanced", "status": "active"})
    );
    let project = first["project_id"].as_str().expect("a project").to_owned();
    // A project made now has a random id: `prj_` and 24 hex digits.
    assert!(random_id_shaped(&project, "prj_", 24), "{project}");
    let stats = env.sb.stats();
    assert_eq!((stats.projects_created, stats.provisioning_runs), (1, 1));

    // Let roy in too: he joins rachael's project, no second one is made.
    env.sb
        .control()
        .set_okta_assignment(
            "tyrell",
            OktaAssignment {
                everyone: true,
                users: vec![],
            },
        )
        .unwrap();
    let second = env.signed_in("tyrell", "roy@tyrell.example").await;
    assert_eq!(second["project_id"], project.as_str());
    assert_eq!(second["role"], "partner");
    assert_eq!(second["project_role"], "member");
    let stats = env.sb.stats();
    assert_eq!((stats.projects_created, stats.provisioning_runs), (1, 1));
    assert_eq!(stats.sessions_issued, 2);
}

#[tokio::test]
async fn failed_provisioning_signs_in_with_an_empty_project_id() {
    let env = Env::start(demo()).await;
    env.sb.control().fail_provisioning("tyrell", 1).unwrap();
    let me = env.signed_in("tyrell", "rachael@tyrell.example").await;
    assert_eq!(me["email"], "rachael@tyrell.example");
    assert_eq!(me["project_id"], Value::Null);
    assert_eq!(me["subscription"], Value::Null);
}

#[tokio::test]
async fn okta_errors_go_back_to_the_cli_unchanged() {
    let env = Env::start(demo()).await;
    let (error, description) = env.error("hooli", "gavin@hooli.example").await;
    assert_eq!(error, "access_denied");
    assert_eq!(
        description,
        "Policy evaluation failed for this request, please check the policy configurations."
    );
    let (error, description) = env.error("tyrell", "roy@tyrell.example").await;
    assert_eq!(error, "access_denied");
    assert_eq!(
        description,
        "User is not assigned to the client application."
    );
    assert_eq!(env.sb.stats().sessions_issued, 0);
}

#[tokio::test]
async fn a_wrong_client_secret_on_file_is_a_server_error_naming_it() {
    let env = Env::start(demo()).await;
    let (error, description) = env.error("stark", "tony@stark.example").await;
    assert_eq!(error, "server_error");
    assert_eq!(
        description,
        "Okta refused the client secret on file (invalid_client): The client secret supplied for a confidential client is invalid. Copy the app's client secret from Okta and store it with `ssoctl tenant update stark --rotate-secret`."
    );
}

#[tokio::test]
async fn broken_id_tokens_are_refused() {
    let env = Env::start(demo()).await;
    let mut described = String::new();
    for kind in [
        BrokenIdToken::WrongIss,
        BrokenIdToken::WrongAud,
        BrokenIdToken::Expired,
        BrokenIdToken::AlgNone,
        BrokenIdToken::BadSignature,
        BrokenIdToken::UnknownKid,
        BrokenIdToken::WrongNonce,
    ] {
        env.sb
            .control()
            .broken_id_tokens("acme-corp", kind)
            .unwrap();
        let (error, description) = env.error("acme-corp", "ana@acme.example").await;
        assert_eq!(error, "server_error", "{kind:?}");
        described.push_str(&format!("{kind:?}: {description}\n"));
    }
    // Each kind's whole description (`invalid ID token: …` and its reason).
    insta::assert_snapshot!(
        "sandbox_login_broken_id_tokens",
        described.replace(&format!(":{}", env.sb.addr().port()), ":[port]")
    );
    // After a key rotation the service fetches the new keys and signs in.
    env.sb
        .control()
        .broken_id_tokens("acme-corp", BrokenIdToken::RotatedKey)
        .unwrap();
    let me = env.signed_in("acme-corp", "ana@acme.example").await;
    assert_eq!(me["email"], "ana@acme.example");
}

#[tokio::test]
async fn an_expired_sso_state_is_a_401_page() {
    let env = Env::start(demo()).await;
    let callback = env
        .to_callback("acme-corp", "ana@acme.example", &pkce().challenge)
        .await;
    assert_eq!(env.sb.control().expire_sso_states(), 1);
    let r = env.get(&callback).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(r.headers().contains_key("x-request-id"));
    insta::assert_snapshot!(
        "sandbox_login_page_invalid_sso_state",
        r.text().await.unwrap()
    );

    // A state is single use too, and an unknown one is the same page.
    let r = env
        .get(&format!(
            "{}/okta-login/acme-corp?code=x&state=nosuch",
            env.sb.url()
        ))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_state_lifetime_is_configurable() {
    let env = Env::start(SandboxOptions {
        sso_state_ttl: Duration::from_secs(120),
        ..demo()
    })
    .await;
    let challenge = pkce().challenge;
    let first = env
        .to_callback("acme-corp", "ana@acme.example", &challenge)
        .await;
    let second = env
        .to_callback("acme-corp", "ana@acme.example", &challenge)
        .await;
    // The sandbox's clock, not real time: nothing sleeps.
    env.sb.control().advance_clock(Duration::from_secs(119));
    let r = env.get(&first).await;
    assert_eq!(
        r.status(),
        StatusCode::FOUND,
        "valid for its whole lifetime"
    );
    assert!(matches!(back(&location(&r)), Back::Code(_)));
    env.sb.control().advance_clock(Duration::from_secs(2));
    let r = env.get(&second).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_sso_state_lives_ten_minutes_and_okta_codes_five() {
    let env = Env::start(demo()).await;
    let challenge = pkce().challenge;
    let first = env
        .to_callback("acme-corp", "ana@acme.example", &challenge)
        .await;
    let second = env
        .to_callback("acme-corp", "ana@acme.example", &challenge)
        .await;
    env.sb.control().advance_clock(Duration::from_secs(599));
    // The state is still good, but Okta's code (300 s) is not.
    let r = env.get(&first).await;
    assert_eq!(r.status(), StatusCode::FOUND);
    match back(&location(&r)) {
        Back::Error { error, description } => {
            assert_eq!(error, "server_error");
            assert_eq!(
                description,
                "Okta's token endpoint answered HTTP 400: invalid_grant: The authorization code is invalid or has expired."
            );
        }
        other => panic!("{other:?}"),
    }
    env.sb.control().advance_clock(Duration::from_secs(2));
    let r = env.get(&second).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn start_refuses_what_it_cannot_serve() {
    let env = Env::start(demo()).await;
    let challenge = pkce().challenge;

    let r = env
        .get(&env.start_url("nosuch", RETURN_TO, &challenge))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.headers().contains_key("x-request-id"));
    assert_eq!(r.headers()["content-type"], "text/html; charset=utf-8");
    insta::assert_snapshot!(
        "sandbox_login_page_sso_config_not_found",
        r.text().await.unwrap()
    );

    for (name, bad) in [
        (
            "sandbox_login_page_https_return_to",
            "https://127.0.0.1:49999/callback",
        ),
        (
            "sandbox_login_page_foreign_return_to",
            "http://evil.example/callback",
        ),
        (
            "sandbox_login_page_lookalike_return_to",
            "http://127.0.0.1.evil.example/callback",
        ),
    ] {
        let r = env.get(&env.start_url("acme-corp", bad, &challenge)).await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{bad}");
        insta::assert_snapshot!(name, r.text().await.unwrap());
    }
    for ok in ["http://[::1]:49999/cb", "http://localhost:49999/cb"] {
        let r = env.get(&env.start_url("acme-corp", ok, &challenge)).await;
        assert_eq!(r.status(), StatusCode::FOUND, "{ok}");
    }

    let plain = env
        .start_url("acme-corp", RETURN_TO, &challenge)
        .replace("code_challenge_method=S256", "code_challenge_method=plain");
    assert_eq!(env.get(&plain).await.status(), StatusCode::BAD_REQUEST);

    let r = env
        .get(&env.start_url("initech", RETURN_TO, &challenge))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    insta::assert_snapshot!(
        "sandbox_login_page_tenant_disabled",
        r.text().await.unwrap()
    );
}

/// docs/login-api.md, "Error codes": each error page names its code in
/// `X-Error-Code` and in `<meta name="error-code">`, the same code twice.
#[tokio::test]
async fn every_error_page_carries_its_machine_readable_code() {
    let env = Env::start(demo()).await;
    let challenge = pkce().challenge;
    let expired = env
        .to_callback("acme-corp", "ana@acme.example", &challenge)
        .await;
    env.sb.control().expire_sso_states();
    let pages = [
        (
            env.start_url("nosuch", RETURN_TO, &challenge),
            404,
            "sso_config_not_found",
        ),
        (
            env.start_url("initech", RETURN_TO, &challenge),
            403,
            "tenant_disabled",
        ),
        (
            env.start_url("acme-corp", "http://evil.example/cb", &challenge),
            400,
            "invalid_request",
        ),
        (expired, 401, "invalid_sso_state"),
    ];
    for (url, status, code) in pages {
        let r = env.get(&url).await;
        assert_eq!(r.status().as_u16(), status, "{url}");
        assert_eq!(r.headers()["x-error-code"], code, "{url}");
        let body = r.text().await.unwrap();
        // The pages are snapshotted whole in the tests above; here: the line.
        assert!(
            body.lines()
                .any(|l| l == format!("<meta name=\"error-code\" content=\"{code}\">")),
            "{body}"
        );
    }
    // A redirect is no error page: no code.
    let r = env
        .get(&env.start_url("acme-corp", RETURN_TO, &challenge))
        .await;
    assert_eq!(r.status(), StatusCode::FOUND);
    assert!(r.headers().get("x-error-code").is_none());
}

#[tokio::test]
async fn the_one_time_code_is_pkce_checked_and_single_use() {
    let env = Env::start(demo()).await;
    let p = pkce();
    let Back::Code(code) = env
        .login("acme-corp", "ana@acme.example", &p.challenge)
        .await
    else {
        panic!("no code");
    };
    let (status, body) = env
        .exchange(&code, "another-verifier-of-enough-length-0123456789")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "invalid_grant");
    assert_eq!(
        body["error"]["message"],
        "PKCE verification failed: BASE64URL(SHA256(code_verifier)) does not match the code_challenge sent to /start",
        "{body}"
    );
    // A failed attempt spends the code.
    let (status, body) = env.exchange(&code, &p.verifier).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "invalid_grant");

    let Back::Code(code) = env
        .login("acme-corp", "ana@acme.example", &p.challenge)
        .await
    else {
        panic!("no code");
    };
    let (status, _) = env.exchange(&code, &p.verifier).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = env.exchange(&code, &p.verifier).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "invalid_grant");
    assert_eq!(
        body["error"]["message"], "the code is invalid, expired or already used",
        "{body}"
    );
    assert_eq!(env.sb.stats().sessions_issued, 1);
}

#[tokio::test]
async fn me_needs_a_session() {
    let env = Env::start(demo()).await;
    let r = env
        .http
        .get(format!("{}/me", env.sb.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let (status, _) = env.me("not-a-session").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The admin token is not a session.
    let (status, _) = env.me(env.sb.token()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_expire_knob_has_an_http_twin() {
    let env = Env::start(demo()).await;
    let start = env
        .get(&env.start_url("acme-corp", RETURN_TO, &pkce().challenge))
        .await;
    let state = query(&location(&start))["state"].clone();
    let r = env
        .http
        .post(format!("{}/_sandbox/sso-states/expire", env.sb.url()))
        .bearer_auth(env.sb.token())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.json::<Value>().await.unwrap()["expired"], 1);
    let r = env
        .get(&format!(
            "{}/okta-login/acme-corp?code=x&state={state}",
            env.sb.url()
        ))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}
