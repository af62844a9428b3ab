//! The sandbox's emulated Okta orgs answer as `docs/okta-behaviour.md` says real
//! Okta does, over real HTTP: `*.localhost` virtual hosts on the sandbox's
//! port, reached through a resolver that maps each name to 127.0.0.1.

use std::time::SystemTime;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use reqwest::{RequestBuilder, StatusCode};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use ssoctl::sandbox::{
    BrokenIdToken, DEMO_PASSWORD, OktaAppPatch, OktaAssignment, OktaOrg, OktaPolicy, OktaRule,
    READ_ONLY_API_TOKEN, SandboxOptions, Seed,
};

use crate::common::has_line;
use crate::common::sandbox::{Answer, Env};

fn demo(state_file: Option<std::path::PathBuf>) -> SandboxOptions {
    SandboxOptions {
        seed: Some(Seed::Demo),
        state_file,
        ..Default::default()
    }
}

async fn start() -> Env {
    Env::with(demo(None)).await
}

impl Env {
    fn org(&self, name: &str) -> OktaOrg {
        self.sb.control().okta_org(name).unwrap()
    }

    async fn mgmt(&self, org: &OktaOrg, path: &str, token: Option<&str>) -> Answer {
        let mut rb = self
            .http
            .get(format!("{}{path}", org.url))
            .header("accept", "application/json");
        if let Some(t) = token {
            rb = rb.header("authorization", format!("SSWS {t}"));
        }
        self.send(rb).await
    }

    async fn token(
        &self,
        org: &OktaOrg,
        form: &[(&str, &str)],
        basic: Option<(&str, &str)>,
    ) -> Answer {
        let url = format!("{}/v1/token", org.issuer.as_ref().unwrap());
        self.send(form_post(self.http.post(url), form, basic)).await
    }
}

fn form_post(
    rb: RequestBuilder,
    form: &[(&str, &str)],
    basic: Option<(&str, &str)>,
) -> RequestBuilder {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    let rb = rb
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .body(body);
    match basic {
        Some((id, secret)) => rb.basic_auth(id, Some(secret)),
        None => rb,
    }
}

fn query_string(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// What a relying party sends to `/authorize`.
struct AuthParams {
    redirect_uri: String,
    client_id: String,
    scope: &'static str,
    state: &'static str,
    nonce: &'static str,
    verifier: &'static str,
    /// More parameters, after the usual ones.
    extra: Vec<(&'static str, &'static str)>,
}

const VERIFIER: &str = "a-code-verifier-of-at-least-forty-three-characters-0123456789";

impl AuthParams {
    fn for_org(org: &OktaOrg) -> Self {
        Self {
            redirect_uri: org.redirect_uris[0].clone(),
            client_id: org.client_id.clone(),
            scope: "openid profile email offline_access",
            state: "st-123",
            nonce: "n-456",
            verifier: VERIFIER,
            extra: Vec::new(),
        }
    }

    fn url(&self, issuer: &str) -> String {
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(self.verifier.as_bytes()));
        let mut pairs = vec![
            ("client_id", self.client_id.as_str()),
            ("redirect_uri", &self.redirect_uri),
            ("response_type", "code"),
            ("scope", self.scope),
            ("state", self.state),
            ("nonce", self.nonce),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
        ];
        pairs.extend(self.extra.iter().copied());
        format!("{issuer}/v1/authorize?{}", query_string(&pairs))
    }
}

/// The sign-in form with its random `okta_key` as a placeholder.
fn steady_form(form_html: &str) -> String {
    form_html.replace(&okta_key(form_html), "[okta_key]")
}

/// The challenge `/userinfo` answers a bad access token with.
fn invalid_token_challenge(issuer: &str) -> String {
    bearer_challenge(issuer, "invalid_token", "The access token is invalid.")
}

/// The `WWW-Authenticate` challenge of `/userinfo`.
fn bearer_challenge(issuer: &str, error: &str, description: &str) -> String {
    format!(
        "Bearer authorization_uri=\"{issuer}/v1/authorize\", realm=\"{issuer}/v1/authorize\", scope=\"openid\", error=\"{error}\", error_description=\"{description}\", resource=\"{}/v1/userinfo\"",
        issuer
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|at| &rest[at..]))
            .unwrap_or_default()
    )
}

/// A URL without its query and fragment.
fn without_query(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or_default()
}

/// The text with the sandbox's port as a placeholder.
fn steady_port(env: &Env, text: &str) -> String {
    text.replace(&format!(":{}", env.sb.addr().port()), ":[port]")
}

fn okta_key(form_html: &str) -> String {
    let start = form_html
        .find("name=\"okta_key\" value=\"")
        .unwrap_or_else(|| panic!("no sign-in form: {form_html}"))
        + "name=\"okta_key\" value=\"".len();
    let len = form_html[start..].find('"').unwrap();
    form_html[start..start + len].to_owned()
}

impl Env {
    /// `/authorize`, the sign-in form, and its answer (the redirect).
    async fn sign_in(
        &self,
        org: &OktaOrg,
        issuer: &str,
        p: &AuthParams,
        login: &str,
        password: &str,
    ) -> Answer {
        let form = self.get(&p.url(issuer)).await;
        assert_eq!(form.status, 200, "{}", form.text);
        assert_eq!(form.header("content-type"), "text/html;charset=utf-8");
        // Each org's form names its org; acme's is snapshotted whole in
        // `authorize_errors_before_sign_in`. Here: the fields this posts.
        for needle in [
            "name=\"username\"",
            "name=\"password\"",
            "id=\"okta-signin-submit\"",
        ] {
            assert!(form.text.contains(needle), "{needle} in {}", form.text);
        }
        let key = okta_key(&form.text);
        self.send(form_post(
            self.http.post(format!("{}/login/signin", org.url)),
            &[
                ("okta_key", &key),
                ("username", login),
                ("password", password),
            ],
            None,
        ))
        .await
    }

    /// The full code flow for the org's first user; returns the code.
    async fn code(&self, org: &OktaOrg, p: &AuthParams) -> String {
        let user = &org.users[0];
        let done = self
            .sign_in(
                org,
                org.issuer.as_deref().unwrap(),
                p,
                &user.login,
                &user.password,
            )
            .await;
        assert_eq!(done.status, 302, "{}", done.text);
        let q = done.query();
        assert_eq!(q.get("state").map(String::as_str), Some(p.state));
        q.get("code")
            .unwrap_or_else(|| panic!("no code: {}", done.location()))
            .clone()
    }

    async fn exchange(&self, org: &OktaOrg, p: &AuthParams, code: &str) -> Answer {
        self.token(
            org,
            &[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", &p.redirect_uri),
                ("code_verifier", p.verifier),
            ],
            Some((&org.client_id, &org.client_secret)),
        )
        .await
    }

    /// A refresh at `/token`, with the org app's credentials.
    async fn refresh(&self, org: &OktaOrg, refresh_token: &str) -> Answer {
        self.token(
            org,
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh_token),
            ],
            Some((&org.client_id, &org.client_secret)),
        )
        .await
    }

    /// Whether `/introspect` calls `token` active.
    async fn active(&self, org: &OktaOrg, token: &str, hint: &str) -> Value {
        self.send(form_post(
            self.http
                .post(format!("{}/v1/introspect", org.issuer.as_ref().unwrap())),
            &[("token", token), ("token_type_hint", hint)],
            Some((&org.client_id, &org.client_secret)),
        ))
        .await
        .json()["active"]
            .clone()
    }

    async fn jwks(&self, org: &OktaOrg) -> Value {
        let doc = self
            .get(&format!(
                "{}/.well-known/openid-configuration",
                org.issuer.as_ref().unwrap()
            ))
            .await
            .json();
        self.get(doc["jwks_uri"].as_str().unwrap()).await.json()
    }
}

/// Verifies an ID token as a careful relying party does: the key by `kid`
/// from `jwks`, RS256, issuer, audience, expiry, nonce.
fn verify(id_token: &str, jwks: &Value, org: &OktaOrg, nonce: &str) -> Result<Value, String> {
    let header = jsonwebtoken::decode_header(id_token).map_err(|e| format!("header: {e}"))?;
    if header.alg != Algorithm::RS256 {
        return Err(format!("alg {:?}", header.alg));
    }
    let kid = header.kid.ok_or("no kid")?;
    let jwk = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == kid.as_str())
        .ok_or_else(|| format!("unknown kid {kid}"))?;
    let key =
        DecodingKey::from_rsa_components(jwk["n"].as_str().unwrap(), jwk["e"].as_str().unwrap())
            .map_err(|e| e.to_string())?;
    let mut v = Validation::new(Algorithm::RS256);
    v.set_issuer(&[org.issuer.as_ref().unwrap()]);
    v.set_audience(&[&org.client_id]);
    v.leeway = 0;
    let data = jsonwebtoken::decode::<Value>(id_token, &key, &v).map_err(|e| format!("{e:?}"))?;
    if data.claims["nonce"] != nonce {
        return Err(format!("nonce {}", data.claims["nonce"]));
    }
    Ok(data.claims)
}

// ---------------------------------------------------------------- discovery

const ALWAYS_IN_DISCOVERY: [&str; 21] = [
    "issuer",
    "authorization_endpoint",
    "token_endpoint",
    "userinfo_endpoint",
    "registration_endpoint",
    "jwks_uri",
    "response_types_supported",
    "response_modes_supported",
    "grant_types_supported",
    "subject_types_supported",
    "id_token_signing_alg_values_supported",
    "scopes_supported",
    "token_endpoint_auth_methods_supported",
    "claims_supported",
    "code_challenge_methods_supported",
    "introspection_endpoint",
    "revocation_endpoint",
    "end_session_endpoint",
    "request_parameter_supported",
    "request_object_signing_alg_values_supported",
    "revocation_endpoint_auth_methods_supported",
];

#[tokio::test]
async fn discovery_has_the_real_field_set_and_the_exact_issuers() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let port = env.sb.addr().port();
    assert_eq!(
        acme.url,
        format!("http://integrator-1000001.localhost:{port}")
    );
    let issuer = acme.issuer.clone().unwrap();
    assert_eq!(issuer, format!("{}/oauth2/default", acme.url));

    let a = env
        .get(&format!("{issuer}/.well-known/openid-configuration"))
        .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.header("content-type"), "application/json");
    assert_eq!(a.header("cache-control"), "max-age=86400, must-revalidate");
    assert_eq!(a.header("x-rate-limit-limit"), "", "none on discovery");
    let doc = a.json();
    for field in ALWAYS_IN_DISCOVERY {
        assert!(doc.get(field).is_some(), "{field} missing");
    }
    assert_eq!(doc["issuer"], issuer.as_str());
    for (ep, path) in [
        ("authorization_endpoint", "authorize"),
        ("token_endpoint", "token"),
        ("userinfo_endpoint", "userinfo"),
        ("jwks_uri", "keys"),
        ("revocation_endpoint", "revoke"),
    ] {
        assert_eq!(doc[ep], format!("{issuer}/v1/{path}"), "{ep}");
    }
    assert_eq!(
        doc["registration_endpoint"],
        format!("{}/oauth2/v1/clients", acme.url)
    );
    assert_eq!(doc["code_challenge_methods_supported"], json!(["S256"]));
    assert_eq!(
        doc["id_token_signing_alg_values_supported"],
        json!(["RS256"])
    );
    // The whole document: every list (grant and response types, scopes,
    // auth methods) as it is.
    insta::assert_snapshot!(
        "sandbox_okta_discovery_default_server",
        steady_port(&env, &serde_json::to_string_pretty(&doc).unwrap())
    );

    let oauth = env
        .get(&format!("{issuer}/.well-known/oauth-authorization-server"))
        .await
        .json();
    assert_eq!(oauth["issuer"], issuer.as_str());
    assert!(oauth.get("userinfo_endpoint").is_none());
    insta::assert_snapshot!(
        "sandbox_okta_oauth_metadata_default_server",
        steady_port(&env, &serde_json::to_string_pretty(&oauth).unwrap())
    );

    // The org server: issuer without path, endpoints under /oauth2/v1.
    let org_doc = env
        .get(&format!("{}/.well-known/openid-configuration", acme.url))
        .await
        .json();
    assert_eq!(org_doc["issuer"], acme.url.as_str());
    assert_eq!(org_doc["jwks_uri"], format!("{}/oauth2/v1/keys", acme.url));

    let id = env
        .get(&format!("{}/.well-known/okta-organization", acme.url))
        .await;
    assert_eq!(id.status, 200);
    let id = id.json();
    assert_eq!(id["id"], "00oDdYNOGGxn5T2DPNar");
    assert_eq!(id["pipeline"], "idx");
    assert_eq!(id["_links"]["organization"]["href"], acme.url.as_str());
    assert!(id["_links"].get("alternate").is_none());

    // A custom domain: advertised as alternate, and it serves the org.
    let globex = env.org("globex");
    let custom = globex.custom_domain_url.clone().unwrap();
    assert_eq!(custom, format!("http://login.globex.localhost:{port}"));
    let id = env
        .get(&format!("{custom}/.well-known/okta-organization"))
        .await
        .json();
    assert_eq!(id["_links"]["alternate"]["href"], custom.as_str());
    assert_eq!(id["_links"]["organization"]["href"], globex.url.as_str());
}

#[tokio::test]
async fn jwks_serves_an_rs256_signing_key() {
    let env = start().await;
    let acme = env.org("acme-corp");
    for url in [
        format!("{}/v1/keys", acme.issuer.as_ref().unwrap()),
        format!("{}/oauth2/v1/keys", acme.url),
    ] {
        let a = env.get(&url).await;
        assert_eq!(a.status, 200);
        assert_eq!(a.header("cache-control"), "max-age=5400, must-revalidate");
        let keys = a.json()["keys"].as_array().unwrap().clone();
        assert!(!keys.is_empty());
        for k in keys {
            assert_eq!(k["kty"], "RSA");
            assert_eq!(k["alg"], "RS256");
            assert_eq!(k["use"], "sig");
            assert_eq!(k["e"], "AQAB");
            assert!(k["kid"].as_str().unwrap().len() > 20);
            assert!(
                URL_SAFE_NO_PAD
                    .decode(k["n"].as_str().unwrap())
                    .unwrap()
                    .len()
                    == 256
            );
        }
    }
}

#[tokio::test]
async fn the_admin_host_answers_like_okta_admin_console() {
    let env = start().await;
    let wayne = env.org("wayne");
    let port = env.sb.addr().port();
    assert_eq!(
        wayne.admin_url,
        format!("http://integrator-1000008-admin.localhost:{port}")
    );
    // The tenant registered the admin host (row 1).
    let tenant = env
        .send(
            env.http
                .get(format!("{}/admin/v1/tenants/wayne", env.sb.url()))
                .bearer_auth(env.sb.token()),
        )
        .await
        .json();
    assert_eq!(
        tenant["okta_domain"],
        format!("integrator-1000008-admin.localhost:{port}")
    );

    let doc = env
        .get(&format!(
            "{}/oauth2/default/.well-known/openid-configuration",
            wayne.admin_url
        ))
        .await;
    assert_eq!(doc.status, 200);
    assert_eq!(
        doc.json()["issuer"],
        wayne.issuer.as_deref().unwrap(),
        "the non-admin issuer"
    );

    let p = AuthParams::for_org(&wayne);
    let a = env
        .get(&p.url(&format!("{}/oauth2/default", wayne.admin_url)))
        .await;
    assert_eq!(a.status, 302);
    let to = a.location();
    assert_eq!(to.host_str(), Some("integrator-1000008-admin.localhost"));
    assert_eq!(to.path(), "/error/404");
    // The whole request, path and query, comes back as `fromURI`, encoded.
    let asked = p.url(&format!("{}/oauth2/default", wayne.admin_url));
    let from = asked.strip_prefix(&wayne.admin_url).unwrap();
    assert_eq!(
        to.query(),
        Some(query_string(&[("fromURI", from)]).as_str()),
        "{to}"
    );
    assert_eq!(env.get(to.as_str()).await.status, 404);
}

#[tokio::test]
async fn an_unknown_org_is_a_static_404_page_on_every_path() {
    let env = start().await;
    let port = env.sb.addr().port();
    for path in [
        "/.well-known/okta-organization",
        "/",
        "/oauth2/default/.well-known/openid-configuration",
    ] {
        let a = env
            .get(&format!("http://nosuch-org.localhost:{port}{path}"))
            .await;
        assert_eq!(a.status, 404, "{path}");
        assert_eq!(a.header("server"), "Apache");
        assert_eq!(a.header("content-type"), "text/html; charset=UTF-8");
        assert!(serde_json::from_str::<Value>(&a.text).is_err());
    }
    // The service itself is untouched on 127.0.0.1.
    let health = env
        .send(
            env.http
                .get(format!("{}/admin/v1/health", env.sb.url()))
                .bearer_auth(env.sb.token()),
        )
        .await;
    assert_eq!(health.status, 200);
}

#[tokio::test]
async fn an_org_without_a_custom_authorization_server() {
    let env = start().await;
    let wonka = env.org("wonka");
    assert_eq!(wonka.issuer, None);
    let org_doc = env
        .get(&format!("{}/.well-known/openid-configuration", wonka.url))
        .await;
    assert_eq!(org_doc.status, 200);
    for path in [
        "/oauth2/default/.well-known/openid-configuration",
        "/oauth2/default/.well-known/oauth-authorization-server",
        "/oauth2/default/v1/keys",
    ] {
        let a = env.get(&format!("{}{path}", wonka.url)).await;
        assert_eq!(a.status, 404, "{path}");
        let body = a.json();
        assert_eq!(body["errorCode"], "E0000007");
        assert_eq!(body["errorLink"], "E0000007");
        // A random id: `oae` and 22 letters or digits.
        assert!(
            crate::common::random_id_shaped(body["errorId"].as_str().unwrap(), "oae", 22),
            "{body}"
        );
        assert_eq!(body["errorCauses"], json!([]));
    }
    let mut p = AuthParams::for_org(&wonka);
    let a = env
        .get(&p.url(&format!("{}/oauth2/default", wonka.url)))
        .await;
    assert_eq!(a.status, 400);
    insta::assert_snapshot!("sandbox_okta_error_page_unknown_server", a.text);
    let mgmt = env
        .mgmt(
            &wonka,
            "/api/v1/authorizationServers/default",
            Some(&wonka.api_token),
        )
        .await;
    assert_eq!(mgmt.status, 401);
    assert_eq!(mgmt.json()["errorCode"], "E0000015");

    // The org server still works end to end.
    p.scope = "openid email";
    let user = &wonka.users[0];
    let org_server = format!("{}/oauth2", wonka.url);
    let done = env
        .sign_in(&wonka, &org_server, &p, &user.login, &user.password)
        .await;
    assert_eq!(done.status, 302, "{}", done.text);
    assert!(done.query().contains_key("code"), "{}", done.location());

    // An unknown server id on a healthy org (row 4).
    let acme = env.org("acme-corp");
    let a = env
        .get(&format!(
            "{}/oauth2/aus0000nosuch/.well-known/openid-configuration",
            acme.url
        ))
        .await;
    assert_eq!(a.status, 404);
    assert_eq!(a.json()["errorCode"], "E0000007");
}

// ---------------------------------------------------------------- authorize

#[tokio::test]
async fn authorize_errors_before_sign_in() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let issuer = acme.issuer.clone().unwrap();

    // Row 6: unknown client, Okta's own 400 page.
    let mut p = AuthParams::for_org(&acme);
    p.client_id = "0oaNoSuchClient00000".into();
    let a = env.get(&p.url(&issuer)).await;
    assert_eq!(a.status, 400);
    assert_eq!(a.header("content-type"), "text/html;charset=utf-8");
    assert!(a.header("location").is_empty());
    insta::assert_snapshot!("sandbox_okta_error_page_unknown_client", a.text);

    // Row 7: umbrella's app lacks the redirect URI the service sends.
    let umbrella = env.org("umbrella");
    let port = env.sb.addr().port();
    assert_eq!(
        umbrella.redirect_uris,
        [format!("http://127.0.0.1:{port}/okta_login/umbrella")]
    );
    let mut p = AuthParams::for_org(&umbrella);
    p.redirect_uri = format!("{}/okta-login/umbrella", env.sb.url());
    let a = env.get(&p.url(umbrella.issuer.as_deref().unwrap())).await;
    assert_eq!(a.status, 400);
    assert!(a.header("location").is_empty());
    // Error Code: invalid_request, and the Admin Console link to the app's settings.
    insta::assert_snapshot!(
        "sandbox_okta_error_page_unregistered_redirect_uri",
        steady_port(&env, &a.text)
    );
    // A trailing slash is another URI.
    let mut p = AuthParams::for_org(&acme);
    p.redirect_uri.push('/');
    assert_eq!(env.get(&p.url(&issuer)).await.status, 400);

    // Row 9: the app only allows response type token.
    let massive = env.org("massive");
    let p = AuthParams::for_org(&massive);
    let a = env.get(&p.url(massive.issuer.as_deref().unwrap())).await;
    assert_eq!(a.status, 302);
    let q = a.query();
    assert_eq!(
        without_query(a.header("location")),
        massive.redirect_uris[0]
    );
    assert_eq!(q["error"], "unsupported_response_type");
    assert_eq!(
        q["error_description"],
        "The response type is not supported by the authorization server. Configured response types: [token]."
    );
    assert_eq!(q["state"], "st-123");

    // Row 8: a valid request without a session shows the sign-in form.
    let p = AuthParams::for_org(&acme);
    let a = env.get(&p.url(&issuer)).await;
    assert_eq!(a.status, 200);
    // The whole form: no error on it.
    insta::assert_snapshot!("sandbox_okta_sign_in_form", steady_form(&a.text));
    assert!(a.header("x-rate-limit-limit").parse::<u32>().is_ok());
}

#[tokio::test]
async fn the_full_code_flow_with_pkce_and_a_verified_id_token() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let issuer = acme.issuer.clone().unwrap();
    let p = AuthParams::for_org(&acme);
    let ana = &acme.users[0];
    assert_eq!(ana.login, "ana@acme.example");
    assert_eq!(ana.password, DEMO_PASSWORD);

    // A wrong password shows the form again, with an error.
    let wrong = env
        .sign_in(&acme, &issuer, &p, &ana.login, "not-the-password")
        .await;
    assert_eq!(wrong.status.as_u16(), 200);
    insta::assert_snapshot!(
        "sandbox_okta_sign_in_form_wrong_password",
        steady_form(&wrong.text)
    );

    // Row 16: another redirect URI at /token. Each failed redemption uses
    // its code up (see `a_failed_redemption_uses_the_code_up`), so each
    // gets a code of its own.
    let code = env.code(&acme, &p).await;
    let mut other = AuthParams::for_org(&acme);
    other.redirect_uri = format!("{}/elsewhere", env.sb.url());
    let a = env.exchange(&acme, &other, &code).await;
    assert_eq!(a.status, 400);
    assert_eq!(
        a.json(),
        json!({"error": "invalid_grant", "error_description": "The 'redirect_uri' does not match the redirection URI used in the authorization request."})
    );
    // Row 17: a wrong PKCE verifier.
    let code = env.code(&acme, &p).await;
    let mut bad = AuthParams::for_org(&acme);
    bad.verifier = "a-different-code-verifier-of-at-least-forty-three-chars-xx";
    let a = env.exchange(&acme, &bad, &code).await;
    assert_eq!(a.status, 400);
    assert_eq!(
        a.json(),
        json!({"error": "invalid_grant", "error_description": "PKCE verification failed."})
    );

    let code = env.code(&acme, &p).await;
    let a = env.exchange(&acme, &p, &code).await;
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.header("cache-control"), "no-cache, no-store");
    let tokens = a.json();
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 3600);
    assert_eq!(tokens["scope"], p.scope);
    assert!(
        tokens["refresh_token"].is_string(),
        "offline_access was granted"
    );

    let jwks = env.jwks(&acme).await;
    let claims = verify(tokens["id_token"].as_str().unwrap(), &jwks, &acme, p.nonce).unwrap();
    assert_eq!(claims["sub"], ana.id.as_str());
    assert_eq!(ana.id, "00uS7eWxmnx5Ldhn3e19");
    assert_eq!(claims["email"], "ana@acme.example");
    assert_eq!(claims["preferred_username"], "ana@acme.example");
    assert_eq!(claims["name"], "Ana Alvarez");
    assert_eq!(claims["ver"], 1);
    assert_eq!(claims["amr"], json!(["pwd"]));
    assert!(claims["jti"].is_string() && claims["idp"].is_string());
    let (iat, exp) = (
        claims["iat"].as_u64().unwrap(),
        claims["exp"].as_u64().unwrap(),
    );
    assert_eq!(exp - iat, 3600);
    assert!(claims["auth_time"].as_u64().unwrap() <= iat);
    let digest = Sha256::digest(tokens["access_token"].as_str().unwrap().as_bytes());
    assert_eq!(claims["at_hash"], URL_SAFE_NO_PAD.encode(&digest[..16]));
    // The check must be able to fail: another audience or nonce is refused.
    let mut stranger = acme.clone();
    stranger.client_id = "0oaSomebodyElse00000".into();
    assert!(
        verify(
            tokens["id_token"].as_str().unwrap(),
            &jwks,
            &stranger,
            p.nonce
        )
        .is_err()
    );
    assert!(verify(tokens["id_token"].as_str().unwrap(), &jwks, &acme, "other").is_err());

    // Userinfo with the access token.
    let access = tokens["access_token"].as_str().unwrap();
    let info = env
        .send(
            env.http
                .get(format!("{issuer}/v1/userinfo"))
                .bearer_auth(access),
        )
        .await;
    assert_eq!(info.status, 200, "{}", info.text);
    let info = info.json();
    assert_eq!(info["sub"], ana.id.as_str());
    assert_eq!(info["email"], "ana@acme.example");
    let none = env.get(&format!("{issuer}/v1/userinfo")).await;
    assert_eq!(none.status.as_u16(), 401);
    assert_eq!(
        none.header("www-authenticate"),
        bearer_challenge(&issuer, "invalid_request", "The access token is missing.")
    );
    let junk = env
        .send(
            env.http
                .get(format!("{issuer}/v1/userinfo"))
                .bearer_auth("junk"),
        )
        .await;
    assert_eq!(junk.status, 401);
    assert_eq!(
        junk.header("www-authenticate"),
        invalid_token_challenge(&issuer)
    );

    // The refresh token works once more for new tokens.
    let refreshed = env
        .token(
            &acme,
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
                ("scope", p.scope),
            ],
            Some((&acme.client_id, &acme.client_secret)),
        )
        .await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.text);
    assert!(refreshed.json()["access_token"].is_string());

    // Revoke the access token (row 18): userinfo then refuses it.
    let revoke = env
        .send(form_post(
            env.http.post(format!("{issuer}/v1/revoke")),
            &[("token", access), ("token_type_hint", "access_token")],
            Some((&acme.client_id, &acme.client_secret)),
        ))
        .await;
    assert_eq!(revoke.status, 200);
    assert_eq!(revoke.text, "");
    let after = env
        .send(
            env.http
                .get(format!("{issuer}/v1/userinfo"))
                .bearer_auth(access),
        )
        .await;
    assert_eq!(after.status, 401);

    // Row 15: the code was used (and using it again revokes its tokens:
    // `a_reused_code_revokes_the_tokens_issued_from_it`).
    let a = env.exchange(&acme, &p, &code).await;
    assert_eq!(a.status, 400);
    assert_eq!(
        a.json()["error_description"],
        "The authorization code is invalid or has expired."
    );

    // With the session cookie, the next /authorize skips the form.
    let sid = env
        .sign_in(&acme, &issuer, &p, &ana.login, &ana.password)
        .await
        .header("set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    // The session id is random: the cookie's name, and some value.
    assert!(
        sid.split_once('=')
            .is_some_and(|(name, value)| name == "sid" && !value.is_empty()),
        "{sid}"
    );
    let again = env
        .send(env.http.get(p.url(&issuer)).header("cookie", &sid))
        .await;
    assert_eq!(again.status.as_u16(), 302);
    assert!(again.query().contains_key("code"));
}

/// Signs in as the org's `user`-th user; the answer must go to the redirect URI.
async fn denied(env: &Env, name: &str, user: usize) -> Answer {
    let org = env.org(name);
    let p = AuthParams::for_org(&org);
    let u = &org.users[user];
    let a = env
        .sign_in(
            &org,
            org.issuer.as_deref().unwrap(),
            &p,
            &u.login,
            &u.password,
        )
        .await;
    assert_eq!(a.status, 302, "{name}: {}", a.text);
    assert_eq!(without_query(a.header("location")), org.redirect_uris[0]);
    a
}

#[tokio::test]
async fn after_sign_in_assignment_and_policy_decide() {
    let env = start().await;
    let policy_failed = "?error=access_denied&error_description=Policy+evaluation+failed+for+this+request%2C+please+check+the+policy+configurations.&state=st-123";
    for name in ["hooli", "cyberdyne"] {
        let a = denied(&env, name, 0).await;
        assert_eq!(
            a.header("location"),
            format!("{}{policy_failed}", env.org(name).redirect_uris[0]),
            "{name}"
        );
    }
    // Row 11: roy is not assigned to tyrell's app; rachael is.
    let tyrell = env.org("tyrell");
    assert!(!tyrell.users[0].assigned && tyrell.users[1].assigned);
    let a = denied(&env, "tyrell", 0).await;
    assert_eq!(
        a.header("location"),
        format!(
            "{}?error=access_denied&error_description=User+is+not+assigned+to+the+client+application.&state=st-123",
            tyrell.redirect_uris[0]
        )
    );
    let a = denied(&env, "tyrell", 1).await;
    assert!(a.query().contains_key("code"));

    // Knobs fix hooli: the guide's step 3 as a policy.
    let c = env.sb.control();
    c.set_okta_policies(
        "hooli",
        vec![OktaPolicy {
            name: "Biometry SSO Policy".into(),
            status: "ACTIVE".into(),
            priority: None,
            clients: vec!["ALL_CLIENTS".into()],
            rules: vec![OktaRule {
                name: "r".into(),
                status: "ACTIVE".into(),
                priority: None,
                grant_types: vec!["authorization_code".into()],
                users: vec![],
                groups: vec!["EVERYONE".into()],
                scopes: vec!["*".into()],
            }],
        }],
    )
    .unwrap();
    let a = denied(&env, "hooli", 0).await;
    assert!(a.query().contains_key("code"), "{}", a.location());
    // And unassign everyone from acme's app.
    c.set_okta_assignment(
        "acme-corp",
        OktaAssignment {
            everyone: false,
            users: vec!["ben@acme.example".into()],
        },
    )
    .unwrap();
    let a = denied(&env, "acme-corp", 0).await;
    assert_eq!(
        a.query()["error_description"],
        "User is not assigned to the client application."
    );
    let a = denied(&env, "acme-corp", 1).await;
    assert!(a.query().contains_key("code"));
}

// ---------------------------------------------------------------- token

#[tokio::test]
async fn token_endpoint_rows_12_to_15_in_both_json_shapes() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let redirect = acme.redirect_uris[0].clone();
    let dummy = [
        ("grant_type", "authorization_code"),
        ("code", "dummy-code"),
        ("redirect_uri", redirect.as_str()),
    ];

    // Row 15: right client and secret, dummy code.
    let a = env
        .token(&acme, &dummy, Some((&acme.client_id, &acme.client_secret)))
        .await;
    assert_eq!(a.status, 400);
    assert_eq!(
        a.json(),
        json!({"error": "invalid_grant", "error_description": "The authorization code is invalid or has expired."})
    );
    assert_eq!(a.header("x-rate-limit-limit"), "300");
    assert!(a.header("x-rate-limit-remaining").parse::<u32>().unwrap() < 300);
    let reset: u64 = a.header("x-rate-limit-reset").parse().unwrap();
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(reset > now && reset <= now + 61);
    // client_secret_post too.
    let mut post = dummy.to_vec();
    post.extend([
        ("client_id", acme.client_id.as_str()),
        ("client_secret", acme.client_secret.as_str()),
    ]);
    assert_eq!(
        env.token(&acme, &post, None).await.json()["error"],
        "invalid_grant"
    );

    // Row 12: wrong secret, in the header or the body.
    let wrong = json!({"error": "invalid_client", "error_description": "The client secret supplied for a confidential client is invalid."});
    let a = env
        .token(&acme, &dummy, Some((&acme.client_id, "wrong-secret")))
        .await;
    assert_eq!(a.status, 401);
    assert_eq!(a.json(), wrong);
    // RFC 6749 §5.2: a 401 to a Basic client carries a Basic challenge
    // (openid-client reads it, tests/suite/interop_rp.rs); a client that
    // sent the secret in the body gets none.
    assert_eq!(a.header("www-authenticate"), "Basic realm=\"Okta\"");
    let mut post = dummy.to_vec();
    post.extend([
        ("client_id", acme.client_id.as_str()),
        ("client_secret", "wrong-secret"),
    ]);
    let a = env.token(&acme, &post, None).await;
    assert_eq!((a.status, a.json()), (StatusCode::UNAUTHORIZED, wrong));
    assert_eq!(a.header_opt("www-authenticate"), None);

    // Row 13: unknown client, Okta's errorCode shape; 401 with Basic, 400 in the body.
    let a = env
        .token(&acme, &dummy, Some(("0oaNoSuchClient00000", "x")))
        .await;
    assert_eq!(a.status, 401);
    let body = a.json();
    assert_eq!(body["errorCode"], "invalid_client");
    assert_eq!(
        body["errorSummary"],
        "Invalid value for 'client_id' parameter."
    );
    assert_eq!(body["errorLink"], "invalid_client");
    // A random id: `oae` and 22 letters or digits.
    assert!(
        crate::common::random_id_shaped(body["errorId"].as_str().unwrap(), "oae", 22),
        "{body}"
    );
    assert_eq!(body["errorCauses"], json!([]));
    let mut post = dummy.to_vec();
    post.extend([
        ("client_id", "0oaNoSuchClient00000"),
        ("client_secret", "x"),
    ]);
    let a = env.token(&acme, &post, None).await;
    assert_eq!(a.status, 400);
    assert_eq!(a.json()["errorCode"], "invalid_client");

    // Row 14: the secret in the header and the body.
    let mut both = dummy.to_vec();
    both.push(("client_secret", acme.client_secret.as_str()));
    let a = env
        .token(&acme, &both, Some((&acme.client_id, &acme.client_secret)))
        .await;
    assert_eq!(a.status, 401);
    let body = a.json();
    assert_eq!(body["error"], "invalid_request");
    assert_eq!(
        body["error_description"],
        "Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body."
    );

    // stark: the service's secret on file is not the app's.
    let stark = env.org("stark");
    let on_file = env
        .send(
            env.http
                .get(format!("{}/admin/v1/tenants/stark", env.sb.url()))
                .bearer_auth(env.sb.token()),
        )
        .await
        .json();
    assert_ne!(
        on_file["client_secret_last4"],
        stark.client_secret[stark.client_secret.len() - 4..]
    );

    // Row 18: revoke with the right client and any token is 200 and empty;
    // a wrong secret is 401 invalid_client.
    let revoke = |secret: &str| {
        form_post(
            env.http
                .post(format!("{}/v1/revoke", acme.issuer.as_ref().unwrap())),
            &[
                ("token", "some-refresh-token"),
                ("token_type_hint", "refresh_token"),
            ],
            Some((&acme.client_id, secret)),
        )
    };
    let a = env.send(revoke(&acme.client_secret)).await;
    assert_eq!((a.status, a.text.as_str()), (StatusCode::OK, ""));
    assert_eq!(a.header("content-length"), "0");
    let a = env.send(revoke("wrong-secret")).await;
    assert_eq!(a.status, 401);
    assert_eq!(a.json()["error"], "invalid_client");
    // Introspection of junk is inactive.
    let a = env
        .send(form_post(
            env.http
                .post(format!("{}/v1/introspect", acme.issuer.as_ref().unwrap())),
            &[("token", "junk")],
            Some((&acme.client_id, &acme.client_secret)),
        ))
        .await;
    assert_eq!(a.json(), json!({"active": false}));
}

#[tokio::test]
async fn each_kind_of_broken_id_token_fails_verification() {
    let env = start().await;
    let c = env.sb.control();
    let acme = env.org("acme-corp");
    let p = AuthParams::for_org(&acme);
    let jwks_before = env.jwks(&acme).await;
    for kind in BrokenIdToken::ALL {
        c.broken_id_tokens("acme-corp", kind).unwrap();
        let code = env.code(&acme, &p).await;
        let tokens = env.exchange(&acme, &p, &code).await.json();
        let id_token = tokens["id_token"].as_str().unwrap();
        let err = verify(id_token, &jwks_before, &acme, p.nonce).unwrap_err();
        let expected = match kind {
            BrokenIdToken::WrongIss => "InvalidIssuer",
            BrokenIdToken::WrongAud => "InvalidAudience",
            BrokenIdToken::Expired => "ExpiredSignature",
            BrokenIdToken::AlgNone => "header",
            BrokenIdToken::BadSignature => "InvalidSignature",
            BrokenIdToken::UnknownKid | BrokenIdToken::RotatedKey => "unknown kid",
            BrokenIdToken::WrongNonce => "nonce",
        };
        // `verify`'s error carries jsonwebtoken's own Debug text (not ours):
        // the name of the check that failed.
        assert!(err.contains(expected), "{kind:?}: {err}");
        // Refetching the key set helps only after a real rotation.
        let refetched = verify(id_token, &env.jwks(&acme).await, &acme, p.nonce);
        assert_eq!(
            refetched.is_ok(),
            kind == BrokenIdToken::RotatedKey,
            "{kind:?}: {refetched:?}"
        );
    }
    // The HTTP twin, then clearing: good tokens signed with the first key again.
    let set = env
        .send(
            env.http
                .post(format!(
                    "{}/_sandbox/okta/orgs/acme-corp/broken-id-tokens",
                    env.sb.url()
                ))
                .bearer_auth(env.sb.token())
                .json(&json!({"kind": "wrong_nonce"})),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text);
    let code = env.code(&acme, &p).await;
    let id_token = env.exchange(&acme, &p, &code).await.json()["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    // `verify`'s own message, `nonce "…"`: the claim's value is random.
    assert!(
        verify(&id_token, &jwks_before, &acme, p.nonce)
            .unwrap_err()
            .starts_with("nonce ")
    );
    c.clear_broken_id_tokens("acme-corp").unwrap();
    let code = env.code(&acme, &p).await;
    let id_token = env.exchange(&acme, &p, &code).await.json()["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    verify(&id_token, &jwks_before, &acme, p.nonce).unwrap();
    assert_eq!(env.jwks(&acme).await, jwks_before);
}

// ---------------------------------------------------------------- Management API

#[tokio::test]
async fn management_api_reads_and_their_errors() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let token = Some(acme.api_token.as_str());
    assert_eq!(acme.api_token, "sandbox-okta-api-token");

    let app = env
        .mgmt(&acme, &format!("/api/v1/apps/{}", acme.client_id), token)
        .await;
    assert_eq!(app.status, 200, "{}", app.text);
    assert!(app.header("x-rate-limit-limit").parse::<u32>().is_ok());
    let app = app.json();
    assert_eq!(app["status"], "ACTIVE");
    assert_eq!(app["signOnMode"], "OPENID_CONNECT");
    assert_eq!(
        app["credentials"]["oauthClient"]["client_id"],
        acme.client_id.as_str()
    );
    assert_eq!(
        app["credentials"]["oauthClient"]["token_endpoint_auth_method"],
        "client_secret_basic"
    );
    let oc = &app["settings"]["oauthClient"];
    assert_eq!(oc["application_type"], "web");
    assert_eq!(oc["redirect_uris"], json!(acme.redirect_uris));
    assert_eq!(
        oc["redirect_uris"][0],
        format!("{}/okta-login/acme-corp", env.sb.url())
    );
    assert_eq!(
        oc["grant_types"],
        json!(["authorization_code", "refresh_token"])
    );
    assert_eq!(oc["response_types"], json!(["code"]));
    assert!(
        app.to_string().find(&acme.client_secret).is_none(),
        "never the secret"
    );

    let client = env
        .mgmt(
            &acme,
            &format!("/oauth2/v1/clients/{}", acme.client_id),
            token,
        )
        .await
        .json();
    assert_eq!(client["redirect_uris"], json!(acme.redirect_uris));
    assert_eq!(client["application_type"], "web");

    let server = env
        .mgmt(&acme, "/api/v1/authorizationServers/default", token)
        .await
        .json();
    assert_eq!(server["id"], "ausMFMl9MsWAcmhrPnWH");
    assert_eq!(server["name"], "default");
    assert_eq!(server["issuer"], acme.issuer.as_deref().unwrap());
    assert_eq!(server["audiences"], json!(["api://default"]));

    let policies = env
        .mgmt(
            &acme,
            "/api/v1/authorizationServers/default/policies",
            token,
        )
        .await
        .json();
    assert_eq!(policies.as_array().unwrap().len(), 1);
    let policy = &policies[0];
    assert_eq!(policy["type"], "OAUTH_AUTHORIZATION_POLICY");
    assert_eq!(policy["status"], "ACTIVE");
    assert_eq!(policy["name"], "Biometry SSO Policy");
    assert_eq!(
        policy["conditions"]["clients"]["include"],
        json!(["ALL_CLIENTS"])
    );
    let rules = env
        .mgmt(
            &acme,
            &format!(
                "/api/v1/authorizationServers/default/policies/{}/rules",
                policy["id"].as_str().unwrap()
            ),
            token,
        )
        .await
        .json();
    let rule = &rules[0];
    assert_eq!(rule["type"], "RESOURCE_ACCESS");
    assert_eq!(
        rule["conditions"]["grantTypes"]["include"],
        json!(["authorization_code"])
    );
    assert_eq!(rule["conditions"]["scopes"]["include"], json!(["*"]));
    let everyone = env
        .mgmt(&acme, "/api/v1/groups?q=Everyone", token)
        .await
        .json();
    assert_eq!(everyone[0]["profile"]["name"], "Everyone");
    assert_eq!(
        rule["conditions"]["people"]["groups"]["include"],
        json!([everyone[0]["id"]])
    );

    // hooli: no policies; cyberdyne: the rule lacks authorization_code.
    let hooli = env.org("hooli");
    let empty = env
        .mgmt(
            &hooli,
            "/api/v1/authorizationServers/default/policies",
            Some(&hooli.api_token),
        )
        .await;
    assert_eq!((empty.status, empty.json()), (StatusCode::OK, json!([])));
    let cyber = env.org("cyberdyne");
    let p = env
        .mgmt(
            &cyber,
            "/api/v1/authorizationServers/default/policies",
            token,
        )
        .await
        .json();
    let r = env
        .mgmt(
            &cyber,
            &format!(
                "/api/v1/authorizationServers/default/policies/{}/rules",
                p[0]["id"].as_str().unwrap()
            ),
            token,
        )
        .await
        .json();
    assert_eq!(
        r[0]["conditions"]["grantTypes"]["include"],
        json!(["client_credentials"])
    );
    // tyrell's app users: only rachael.
    let tyrell = env.org("tyrell");
    let users = env
        .mgmt(
            &tyrell,
            &format!("/api/v1/apps/{}/users", tyrell.client_id),
            token,
        )
        .await
        .json();
    assert_eq!(users.as_array().unwrap().len(), 1);
    assert_eq!(
        users[0]["credentials"]["userName"],
        "rachael@tyrell.example"
    );

    // E0000xxx: none, wrong, read-only on policies, not found.
    let expect = |a: Answer, status: u16, code: &str| {
        assert_eq!(a.status.as_u16(), status, "{}", a.text);
        let b = a.json();
        assert_eq!(b["errorCode"], code);
        assert_eq!(b["errorLink"], code);
        assert!(b["errorSummary"].is_string() && b["errorCauses"].is_array());
    };
    let app_path = format!("/api/v1/apps/{}", acme.client_id);
    expect(env.mgmt(&acme, &app_path, None).await, 403, "E0000005");
    expect(
        env.mgmt(&acme, &app_path, Some("wrong-token")).await,
        401,
        "E0000011",
    );
    let ro = env.mgmt(&acme, &app_path, Some(READ_ONLY_API_TOKEN)).await;
    assert_eq!(ro.status, 200, "a read-only admin reads apps");
    let ro = env
        .mgmt(
            &acme,
            "/api/v1/authorizationServers/default",
            Some(READ_ONLY_API_TOKEN),
        )
        .await;
    assert_eq!(ro.status, 200);
    expect(
        env.mgmt(
            &acme,
            "/api/v1/authorizationServers/default/policies",
            Some(READ_ONLY_API_TOKEN),
        )
        .await,
        403,
        "E0000006",
    );
    expect(
        env.mgmt(&acme, "/api/v1/apps/0oaNoSuchApp00000000", token)
            .await,
        404,
        "E0000007",
    );

    // Row 19: the rate-limit knob, then normal answers again.
    env.sb.control().okta_rate_limit("acme-corp", 2).unwrap();
    for _ in 0..2 {
        let a = env.mgmt(&acme, &app_path, token).await;
        assert_eq!(a.header("x-rate-limit-remaining"), "0");
        assert!(a.header("x-rate-limit-reset").parse::<u64>().is_ok());
        expect(a, 429, "E0000047");
    }
    assert_eq!(env.mgmt(&acme, &app_path, token).await.status, 200);
    // Over HTTP, on any endpoint of the org.
    let knob = env
        .send(
            env.http
                .post(format!(
                    "{}/_sandbox/okta/orgs/integrator-1000001/rate-limit",
                    env.sb.url()
                ))
                .bearer_auth(env.sb.token())
                .json(&json!({"requests": 1})),
        )
        .await;
    assert_eq!(knob.status, 200, "{}", knob.text);
    let limited = env
        .get(&format!("{}/.well-known/okta-organization", acme.url))
        .await;
    expect(limited, 429, "E0000047");
}

// ---------------------------------------------------------------- knobs and the service

async fn patch_hooli(env: &Env, body: Value) {
    let url = format!("{}/admin/v1/tenants/hooli", env.sb.url());
    let t = env
        .send(env.http.get(&url).bearer_auth(env.sb.token()))
        .await;
    let etag = t.header("etag").to_owned();
    let a = env
        .send(
            env.http
                .patch(&url)
                .bearer_auth(env.sb.token())
                .header("if-match", etag)
                .json(&body),
        )
        .await;
    assert_eq!(a.status, 200, "{}", a.text);
}

#[tokio::test]
async fn knobs_over_http_and_the_secret_check_of_the_service() {
    let env = start().await;
    let knob = |method: reqwest::Method, path: &str, body: Value| {
        env.http
            .request(method, format!("{}/_sandbox/okta/orgs{path}", env.sb.url()))
            .bearer_auth(env.sb.token())
            .json(&body)
    };
    // The knobs need the sandbox token.
    let a = env
        .send(env.http.get(format!("{}/_sandbox/okta/orgs", env.sb.url())))
        .await;
    assert_eq!(a.status, 401);
    let all = env
        .send(knob(reqwest::Method::GET, "", json!({})))
        .await
        .json();
    // One per demo tenant, and the empty org `okta setup` starts from.
    assert_eq!(all["orgs"].as_array().unwrap().len(), 12);
    let nosuch = env
        .send(knob(reqwest::Method::GET, "/nosuch", json!({})))
        .await;
    assert_eq!(nosuch.status, 404);

    // Fix umbrella's redirect URI over HTTP: /authorize then accepts it.
    let right = format!("{}/okta-login/umbrella", env.sb.url());
    let a = env
        .send(knob(
            reqwest::Method::PATCH,
            "/umbrella/app",
            json!({"redirect_uris": [right]}),
        ))
        .await;
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.json()["redirect_uris"], json!([right]));
    let umbrella = env.org("umbrella");
    let p = AuthParams::for_org(&umbrella);
    assert_eq!(
        env.get(&p.url(umbrella.issuer.as_deref().unwrap()))
            .await
            .status,
        200
    );
    let bad = env
        .send(knob(
            reqwest::Method::PATCH,
            "/umbrella/app",
            json!({"bogus": 1}),
        ))
        .await;
    assert_eq!(bad.status, 422);

    // Policies and assignment over HTTP.
    let a = env
        .send(knob(
            reqwest::Method::PUT,
            "/acme-corp/policies",
            json!({"policies": []}),
        ))
        .await;
    assert_eq!(a.status, 200, "{}", a.text);
    let acme = env.org("acme-corp");
    let u = &acme.users[0];
    let p = AuthParams::for_org(&acme);
    let denied = env
        .sign_in(
            &acme,
            acme.issuer.as_deref().unwrap(),
            &p,
            &u.login,
            &u.password,
        )
        .await;
    assert_eq!(denied.query()["error"], "access_denied");
    let a = env
        .send(knob(
            reqwest::Method::PUT,
            "/acme-corp/assignment",
            json!({"everyone": false, "users": ["nobody@x.example"]}),
        ))
        .await;
    assert_eq!(a.status, 422);
    let a = env
        .send(knob(
            reqwest::Method::PUT,
            "/globex/custom-domain",
            json!({"domain": null}),
        ))
        .await;
    assert_eq!(a.json()["custom_domain_url"], Value::Null);
    for hidden in ["localhost", "127.0.0.1"] {
        let a = env
            .send(knob(
                reqwest::Method::PUT,
                "/globex/custom-domain",
                json!({"domain": hidden}),
            ))
            .await;
        assert_eq!(a.status, 422, "{hidden} would hide the service");
    }

    // The service's client-secret check, with the secret on file.
    let check = |slug: &str| {
        env.http
            .post(format!(
                "{}/admin/v1/tenants/{slug}/checks/client-secret",
                env.sb.url()
            ))
            .bearer_auth(env.sb.token())
    };
    for (slug, result) in [
        ("acme-corp", "valid"),
        ("stark", "invalid_client"),
        ("wonka", "valid"),
        ("wayne", "valid"),
    ] {
        let a = env.send(check(slug)).await;
        assert_eq!(a.status, 200, "{slug}: {}", a.text);
        let b = a.json();
        assert_eq!(b["result"], result, "{slug}: {b}");
        assert!(b["detail"].is_string());
        assert!(humantime::parse_rfc3339(b["checked_at"].as_str().unwrap()).is_ok());
    }
    // The app's secret changes in Okta: the secret on file is now wrong.
    env.sb
        .control()
        .set_okta_app(
            "acme-corp",
            OktaAppPatch {
                client_secret: Some("rotated-in-okta-0123456789".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        env.send(check("acme-corp")).await.json()["result"],
        "invalid_client"
    );
    // An unknown client, and a host with no org.
    patch_hooli(&env, json!({"client_id": "0oaNoSuchClient00000"})).await;
    assert_eq!(
        env.send(check("hooli")).await.json()["result"],
        "unknown_client"
    );
    let port = env.sb.addr().port();
    patch_hooli(
        &env,
        json!({"okta_domain": format!("nosuch-org.localhost:{port}")}),
    )
    .await;
    assert_eq!(
        env.send(check("hooli")).await.json()["result"],
        "unreachable"
    );
    assert_eq!(env.send(check("nosuch")).await.status, 404);
}

#[tokio::test]
async fn orgs_persist_and_move_to_the_new_port_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sandbox.json");
    let env = Env::with(demo(Some(file.clone()))).await;
    let old_port = env.sb.addr().port();
    env.sb
        .control()
        .set_okta_app(
            "cyberdyne",
            OktaAppPatch {
                client_secret: Some("changed-before-restart".into()),
                ..Default::default()
            },
        )
        .unwrap();
    env.sb
        .control()
        .broken_id_tokens("acme-corp", BrokenIdToken::WrongIss)
        .unwrap();
    env.sb.shutdown().await;

    // Another port: make sure it differs by holding the old one.
    let _hold = std::net::TcpListener::bind(("127.0.0.1", old_port));
    let env = Env::with(demo(Some(file.clone()))).await;
    let port = env.sb.addr().port();
    assert_ne!(port, old_port);
    let acme = env.org("acme-corp");
    assert_eq!(
        acme.redirect_uris,
        [format!("http://127.0.0.1:{port}/okta-login/acme-corp")]
    );
    let tenant = |slug: &str| {
        env.http
            .get(format!("{}/admin/v1/tenants/{slug}", env.sb.url()))
            .bearer_auth(env.sb.token())
    };
    assert_eq!(
        env.send(tenant("acme-corp")).await.json()["okta_domain"],
        format!("integrator-1000001.localhost:{port}")
    );
    assert_eq!(
        env.send(tenant("wayne")).await.json()["okta_domain"],
        format!("integrator-1000008-admin.localhost:{port}")
    );
    assert_eq!(env.org("cyberdyne").client_secret, "changed-before-restart");
    // The flow works on the new port, and knobs did not persist.
    let p = AuthParams::for_org(&acme);
    let code = env.code(&acme, &p).await;
    let tokens = env.exchange(&acme, &p, &code).await.json();
    verify(
        tokens["id_token"].as_str().unwrap(),
        &env.jwks(&acme).await,
        &acme,
        p.nonce,
    )
    .unwrap();
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["port"], port);
    env.sb.shutdown().await;
}

#[tokio::test]
async fn requests_to_orgs_are_recorded_with_their_host() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let a = env
        .get(&format!("{}/.well-known/okta-organization", acme.url))
        .await;
    assert!(!a.header("x-okta-request-id").is_empty());
    let recorded = env.sb.requests();
    let r = recorded
        .iter()
        .find(|r| r.path == "/.well-known/okta-organization")
        .unwrap();
    assert_eq!(r.host.as_deref(), Some(acme.domain.as_str()));
    assert_eq!(r.status, 200);
    // Basic credentials with reserved characters are form-decoded (RFC 6749 §2.3.1).
    let encoded = STANDARD.encode(format!("{}:{}", acme.client_id, acme.client_secret));
    let a = env
        .send(form_post(
            env.http
                .post(format!("{}/v1/token", acme.issuer.as_ref().unwrap()))
                .header("authorization", format!("Basic {encoded}")),
            &[
                ("grant_type", "authorization_code"),
                ("code", "x"),
                ("redirect_uri", &acme.redirect_uris[0]),
            ],
            None,
        ))
        .await;
    assert_eq!(a.json()["error"], "invalid_grant");
}

/// Issue 12 item 10: the service's Okta client reads an answer only up to
/// a bound, and refuses to call anything but an emulated org.
#[tokio::test]
async fn the_services_okta_client_reads_bounded_answers_and_calls_only_emulated_orgs() {
    let env = start().await;
    let check = |slug: &str| {
        env.http
            .post(format!(
                "{}/admin/v1/tenants/{slug}/checks/client-secret",
                env.sb.url()
            ))
            .bearer_auth(env.sb.token())
    };
    // A 50 MB answer from the token endpoint is not read to the end.
    env.sb.control().inject_fault(ssoctl::sandbox::Fault::new(
        "/oauth2/default/v1/token",
        ssoctl::sandbox::FaultKind::HugeBody,
    ));
    // The detail is the proof that the body was cut off at the bound (no
    // clock: a slow machine must not fail this test).
    let b = env.send(check("acme-corp")).await.json();
    assert_eq!(b["result"], "unreachable", "{b}");
    assert_eq!(
        steady_port(&env, b["detail"].as_str().unwrap()),
        "http://integrator-1000001.localhost:[port]/oauth2/default/v1/token answered more than 262144 bytes: not read",
        "{b}"
    );
    // A tenant registered with a public host is never called.
    patch_hooli(&env, json!({"okta_domain": "dev-12345678.okta.com"})).await;
    let b = env.send(check("hooli")).await.json();
    assert_eq!(b["result"], "unreachable", "{b}");
    assert_eq!(
        steady_port(&env, b["detail"].as_str().unwrap()),
        "the sandbox calls only its emulated orgs ({org}.localhost:[port]), not dev-12345678.okta.com",
        "{b}"
    );
}

/// Codes live 300 s and access tokens 3600 s on the sandbox's clock, which
/// tests advance instead of waiting.
#[tokio::test]
async fn codes_and_access_tokens_expire_on_the_sandboxs_clock() {
    use std::time::Duration;
    let env = start().await;
    let acme = env.org("acme-corp");
    let p = AuthParams::for_org(&acme);
    let code = env.code(&acme, &p).await;
    env.sb.control().advance_clock(Duration::from_secs(301));
    let a = env.exchange(&acme, &p, &code).await;
    assert_eq!(a.status, 400);
    assert_eq!(
        a.json(),
        json!({"error": "invalid_grant", "error_description": "The authorization code is invalid or has expired."})
    );

    let code = env.code(&acme, &p).await;
    env.sb.control().advance_clock(Duration::from_secs(299));
    let a = env.exchange(&acme, &p, &code).await;
    assert_eq!(a.status, 200, "{}", a.text);
    let access = a.json()["access_token"].as_str().unwrap().to_owned();
    let userinfo = format!("{}/v1/userinfo", acme.issuer.as_ref().unwrap());
    let a = env.send(env.http.get(&userinfo).bearer_auth(&access)).await;
    assert_eq!(a.status, 200, "{}", a.text);
    env.sb.control().advance_clock(Duration::from_secs(3600));
    let a = env.send(env.http.get(&userinfo).bearer_auth(&access)).await;
    assert_eq!(a.status, 401);
    assert_eq!(
        a.header("www-authenticate"),
        invalid_token_challenge(acme.issuer.as_deref().unwrap())
    );
}

/// Issue 14 items 1 and 2: `/authorize` wants exactly one `state` (Okta:
/// `invalid_request`), and answers in the requested `response_mode`
/// (query, fragment, form_post, okta_post_message); an unknown mode is
/// `unsupported_response_mode` (Okta's OAuth error catalog).
#[tokio::test]
async fn authorize_wants_one_state_and_answers_in_the_response_mode() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let issuer = acme.issuer.clone().unwrap();
    let user = &acme.users[0];
    let p = AuthParams::for_org(&acme);
    let full = p.url(&issuer);
    let without = full.replace("&state=st-123", "");
    assert_ne!(without, full);
    for url in [without, format!("{full}&state=another")] {
        let a = env.get(&url).await;
        assert_eq!(a.status, 302, "{url}: {}", a.text);
        assert_eq!(without_query(a.header("location")), p.redirect_uri);
        let q = a.query();
        assert_eq!(q["error"], "invalid_request", "{url}");
        assert_eq!(
            q["error_description"],
            "The authentication request has an invalid 'state' parameter."
        );
        assert!(!q.contains_key("state") && !q.contains_key("code"));
    }

    let a = env.get(&format!("{full}&response_mode=web_message")).await;
    assert_eq!(a.status, 302, "{}", a.text);
    let q = a.query();
    assert_eq!(q["error"], "unsupported_response_mode");
    assert_eq!(q["state"], "st-123");

    let mut p = AuthParams::for_org(&acme);
    p.extra = vec![("response_mode", "fragment")];
    let a = env
        .sign_in(&acme, &issuer, &p, &user.login, &user.password)
        .await;
    assert_eq!(a.status, 302, "{}", a.text);
    let location = a.location();
    assert_eq!(location.query(), None, "{location}");
    let fragment: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(location.fragment().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    assert_eq!(fragment["state"], "st-123");
    assert_eq!(env.exchange(&acme, &p, &fragment["code"]).await.status, 200);

    p.extra = vec![("response_mode", "form_post")];
    let a = env
        .sign_in(&acme, &issuer, &p, &user.login, &user.password)
        .await;
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.header("content-type"), "text/html;charset=utf-8");
    let marker = "name=\"code\" value=\"";
    let at = a.text.find(marker).expect("a code field") + marker.len();
    let code = &a.text[at..at + a.text[at..].find('"').unwrap()];
    // The form to the redirect URI with the state and the (random) code.
    insta::assert_snapshot!(
        "sandbox_okta_form_post_page",
        steady_port(&env, &a.text.replace(code, "[code]"))
    );
    assert_eq!(env.exchange(&acme, &p, code).await.status, 200);

    p.extra = vec![("response_mode", "okta_post_message")];
    let a = env
        .sign_in(&acme, &issuer, &p, &user.login, &user.password)
        .await;
    assert_eq!(a.status, 200, "{}", a.text);
    let origin = url::Url::parse(&p.redirect_uri)
        .unwrap()
        .origin()
        .ascii_serialization();
    let marker = "{\"code\":\"";
    let at = a.text.find(marker).expect("a code") + marker.len();
    let code = &a.text[at..at + a.text[at..].find('"').unwrap()];
    assert_eq!(
        a.text.matches(&format!(", \"{origin}\");")).count(),
        1,
        "posted to the redirect URI's origin: {}",
        a.text
    );
    // The page that posts the code (random) and the state to the opener.
    insta::assert_snapshot!(
        "sandbox_okta_post_message_page",
        steady_port(&env, &a.text.replace(code, "[code]"))
    );
    assert_eq!(env.exchange(&acme, &p, code).await.status, 200);
}

/// Issue 14 item 3: Management API lists answer `search`, `filter`,
/// `limit` and `after` as Okta does, with `Link: <…>; rel="next"` while
/// there is more (docs/okta-behaviour.md, "Management API reads"); `q=` still matches a prefix.
#[tokio::test]
async fn management_lists_search_filter_and_page_with_link_headers() {
    let env = start().await;
    let tyrell = env.org("tyrell");
    let token = Some(env.sb.control().okta_api_token());
    let token = token.as_deref();
    let names = |a: &Answer| -> Vec<String> {
        a.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["profile"]["name"].as_str().unwrap().to_owned())
            .collect()
    };

    let all = env.mgmt(&tyrell, "/api/v1/groups", token).await;
    assert_eq!(all.status, 200, "{}", all.text);
    assert_eq!(names(&all), ["Everyone", "Biometry Users"]);
    let links: Vec<&str> = all
        .headers
        .get_all("link")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert_eq!(
        links,
        [format!(
            "<{}/api/v1/groups?limit=200>; rel=\"self\"",
            tyrell.url
        )]
    );

    let okta_groups = env
        .mgmt(
            &tyrell,
            "/api/v1/groups?search=type%20eq%20%22OKTA_GROUP%22",
            token,
        )
        .await;
    assert_eq!(okta_groups.status, 200, "{}", okta_groups.text);
    assert_eq!(names(&okta_groups), ["Biometry Users"]);
    let q = env.mgmt(&tyrell, "/api/v1/groups?q=Every", token).await;
    assert_eq!(names(&q), ["Everyone"]);

    let bad = env
        .mgmt(&tyrell, "/api/v1/groups?search=garbage((", token)
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["errorCode"], "E0000031");

    // One at a time, following rel="next" to the end.
    let mut url = format!("{}/api/v1/groups?limit=1", tyrell.url);
    let mut seen = Vec::new();
    for _ in 0..5 {
        let a = env
            .send(
                env.http
                    .get(&url)
                    .header("authorization", format!("SSWS {}", token.unwrap())),
            )
            .await;
        assert_eq!(a.status, 200, "{}", a.text);
        let page = names(&a);
        assert_eq!(page.len(), 1);
        seen.extend(page);
        let next = a
            .headers
            .get_all("link")
            .iter()
            .filter_map(|v| v.to_str().ok())
            // Picks the next link out of the Link headers.
            .find(|v| v.ends_with("rel=\"next\""))
            .map(|v| v[1..v.find('>').unwrap()].to_owned());
        match next {
            Some(n) => url = n,
            None => break,
        }
    }
    assert_eq!(seen, ["Everyone", "Biometry Users"]);

    // An inactive app is not ACTIVE.
    env.sb
        .control()
        .set_okta_app(
            "tyrell",
            OktaAppPatch {
                status: Some("INACTIVE".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let apps = env.mgmt(&tyrell, "/api/v1/apps", token).await;
    assert_eq!(apps.json().as_array().unwrap().len(), 1);
    let active = env
        .mgmt(
            &tyrell,
            "/api/v1/apps?filter=status%20eq%20%22ACTIVE%22",
            token,
        )
        .await;
    assert_eq!(active.status, 200, "{}", active.text);
    assert_eq!(active.json(), json!([]));
}

/// Issue 14 item 4: each authorization server has keys of its own, so a
/// `default`-server token does not verify against the org server's set.
#[tokio::test]
async fn each_authorization_server_signs_with_keys_of_its_own() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let default_keys = env
        .get(&format!("{}/v1/keys", acme.issuer.as_ref().unwrap()))
        .await
        .json();
    let org_keys = env
        .get(&format!("{}/oauth2/v1/keys", acme.url))
        .await
        .json();
    let kids = |keys: &Value| -> Vec<String> {
        keys["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["kid"].as_str().unwrap().to_owned())
            .collect()
    };
    // Membership of a key id in the other set, not a substring.
    assert!(
        kids(&default_keys)
            .iter()
            .all(|k| !kids(&org_keys).contains(k)),
        "{default_keys} {org_keys}"
    );
    assert_eq!(
        env.jwks(&acme).await,
        default_keys,
        "discovery names the right set"
    );

    let p = AuthParams::for_org(&acme);
    let code = env.code(&acme, &p).await;
    let tokens = env.exchange(&acme, &p, &code).await.json();
    let id_token = tokens["id_token"].as_str().unwrap();
    verify(id_token, &default_keys, &acme, p.nonce).unwrap();
    let wrong = verify(id_token, &org_keys, &acme, p.nonce).unwrap_err();
    // `verify`'s own message; the kid after it is random.
    assert!(wrong.starts_with("unknown kid "), "{wrong}");
}

/// Issue 14 item 5: revoking a refresh token revokes the access tokens of
/// its grant too (RFC 7009 §2.1; Okta's revoke does).
#[tokio::test]
async fn revoking_a_refresh_token_revokes_its_access_tokens() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let issuer = acme.issuer.clone().unwrap();
    let basic = Some((acme.client_id.as_str(), acme.client_secret.as_str()));
    let p = AuthParams::for_org(&acme);
    let code = env.code(&acme, &p).await;
    let first = env.exchange(&acme, &p, &code).await.json();
    let refresh = first["refresh_token"].as_str().unwrap().to_owned();
    let refreshed = env.refresh(&acme, &refresh).await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.text);
    let access = [
        first["access_token"].as_str().unwrap().to_owned(),
        refreshed.json()["access_token"]
            .as_str()
            .unwrap()
            .to_owned(),
    ];
    for a in &access {
        assert_eq!(env.active(&acme, a, "access_token").await, true);
    }
    let revoked = env
        .send(form_post(
            env.http.post(format!("{issuer}/v1/revoke")),
            &[("token", &refresh), ("token_type_hint", "refresh_token")],
            basic,
        ))
        .await;
    assert_eq!(revoked.status, 200, "{}", revoked.text);
    for a in &access {
        assert_eq!(env.active(&acme, a, "access_token").await, false, "{a}");
        let info = env
            .send(env.http.get(format!("{issuer}/v1/userinfo")).bearer_auth(a))
            .await;
        assert_eq!(info.status, 401);
    }
}

/// Issue 14 item 10: a failed redemption uses the code up, so a retry
/// with the right verifier and redirect URI is refused too (RFC 6749
/// §10.5: codes are single-use).
#[tokio::test]
async fn a_failed_redemption_uses_the_code_up() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let p = AuthParams::for_org(&acme);
    let used_up = json!({"error": "invalid_grant", "error_description": "The authorization code is invalid or has expired."});

    let code = env.code(&acme, &p).await;
    let mut bad = AuthParams::for_org(&acme);
    bad.verifier = "a-different-code-verifier-of-at-least-forty-three-chars-xx";
    assert_eq!(env.exchange(&acme, &bad, &code).await.status, 400);
    let retry = env.exchange(&acme, &p, &code).await;
    assert_eq!(
        (retry.status.as_u16(), retry.json()),
        (400, used_up.clone())
    );

    let code = env.code(&acme, &p).await;
    let mut elsewhere = AuthParams::for_org(&acme);
    elsewhere.redirect_uri = format!("{}/elsewhere", env.sb.url());
    assert_eq!(env.exchange(&acme, &elsewhere, &code).await.status, 400);
    let retry = env.exchange(&acme, &p, &code).await;
    assert_eq!((retry.status.as_u16(), retry.json()), (400, used_up));
}

/// Issue 14 item 10: presenting a code again after its exchange revokes
/// every token issued from it — the access token, the refresh token, and
/// the access tokens the refresh token minted since (RFC 6749 §4.1.2).
#[tokio::test]
async fn a_reused_code_revokes_the_tokens_issued_from_it() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let p = AuthParams::for_org(&acme);
    let code = env.code(&acme, &p).await;
    let first = env.exchange(&acme, &p, &code).await.json();
    let refresh = first["refresh_token"].as_str().unwrap().to_owned();
    let refreshed = env.refresh(&acme, &refresh).await.json();
    let active = |token: String, hint: &'static str| {
        let (env, acme) = (&env, &acme);
        async move { env.active(acme, &token, hint).await }
    };
    let tokens = [
        (
            first["access_token"].as_str().unwrap().to_owned(),
            "access_token",
        ),
        (
            refreshed["access_token"].as_str().unwrap().to_owned(),
            "access_token",
        ),
        (refresh.clone(), "refresh_token"),
    ];
    for (t, hint) in &tokens {
        assert_eq!(
            active(t.clone(), hint).await,
            true,
            "{hint} before the reuse"
        );
    }
    // A token from another code stays active: the revocation is per code.
    let other_code = env.code(&acme, &p).await;
    let other = env.exchange(&acme, &p, &other_code).await.json();
    let other_access = other["access_token"].as_str().unwrap().to_owned();

    let again = env.exchange(&acme, &p, &code).await;
    assert_eq!(
        (again.status.as_u16(), again.json()),
        (
            400,
            json!({"error": "invalid_grant", "error_description": "The authorization code is invalid or has expired."})
        )
    );
    for (t, hint) in &tokens {
        assert_eq!(
            active(t.clone(), hint).await,
            false,
            "{hint} after the reuse"
        );
    }
    let refresh_again = env.refresh(&acme, &refresh).await;
    assert_eq!(refresh_again.status, 400, "{}", refresh_again.text);
    assert_eq!(active(other_access, "access_token").await, true);
}

/// Issue 14 item 9: the endpoints discovery advertises answer. The device
/// endpoint authenticates the client and refuses an app without the device
/// grant as `/token` does; the registration endpoint checks the API token.
#[tokio::test]
async fn the_device_and_registration_endpoints_discovery_advertises_answer() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let issuer = acme.issuer.clone().unwrap();
    let discovery = env
        .send(
            env.http
                .get(format!("{issuer}/.well-known/openid-configuration")),
        )
        .await
        .json();
    let device = discovery["device_authorization_endpoint"]
        .as_str()
        .unwrap()
        .to_owned();
    let registration = discovery["registration_endpoint"]
        .as_str()
        .unwrap()
        .to_owned();

    let basic = Some((acme.client_id.as_str(), acme.client_secret.as_str()));
    let a = env
        .send(form_post(
            env.http.post(&device),
            &[("scope", "openid")],
            basic,
        ))
        .await;
    assert_eq!(a.status, 400, "{}", a.text);
    assert_eq!(
        a.json(),
        json!({"error": "unauthorized_client", "error_description": "The client is not authorized to use the provided grant type. Configured grant types: [authorization_code, refresh_token]."})
    );
    let a = env
        .send(form_post(
            env.http.post(&device),
            &[("scope", "openid")],
            Some((acme.client_id.as_str(), "wrong-secret")),
        ))
        .await;
    assert_eq!(a.status, 401, "{}", a.text);
    assert_eq!(a.json()["error"], "invalid_client");

    let register = |token: Option<&str>| {
        let mut rb = env
            .http
            .post(&registration)
            .header("accept", "application/json")
            .json(&json!({"client_name": "x", "redirect_uris": ["https://x.example/cb"]}));
        if let Some(t) = token {
            rb = rb.header("authorization", format!("SSWS {t}"));
        }
        env.send(rb)
    };
    let none = register(None).await;
    assert_eq!(
        (none.status.as_u16(), none.json()["errorCode"].clone()),
        (403, json!("E0000005"))
    );
    let wrong = register(Some("not-a-token")).await;
    assert_eq!(
        (wrong.status.as_u16(), wrong.json()["errorCode"].clone()),
        (401, json!("E0000011"))
    );
    let read_only = register(Some(READ_ONLY_API_TOKEN)).await;
    assert_eq!(
        (
            read_only.status.as_u16(),
            read_only.json()["errorCode"].clone()
        ),
        (403, json!("E0000006"))
    );
    let token = env.sb.control().okta_api_token();
    let admin = register(Some(&token)).await;
    assert_eq!(admin.status, 400, "{}", admin.text);
    assert_eq!(admin.json()["error"], "invalid_client_metadata");
}

/// Issue 14 items 7 and 8: the app's `token_endpoint_auth_method` is
/// enforced, and a grant the app lacks is `unauthorized_client`
/// (`tests/fixtures/okta/token/unauthorized-client.grant-not-enabled.json`).
#[tokio::test]
async fn the_token_endpoint_enforces_the_apps_auth_method_and_grants() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let basic = Some((acme.client_id.as_str(), acme.client_secret.as_str()));
    let a = env
        .token(&acme, &[("grant_type", "client_credentials")], basic)
        .await;
    assert_eq!(a.status, 400, "{}", a.text);
    assert_eq!(
        a.json(),
        json!({"error": "unauthorized_client", "error_description": "The client is not authorized to use the provided grant type. Configured grant types: [authorization_code, refresh_token]."})
    );
    let a = env
        .token(&acme, &[("grant_type", "urn:example:nothing")], basic)
        .await;
    assert_eq!(a.status, 400);
    assert_eq!(a.json()["error"], "unsupported_grant_type");

    env.sb
        .control()
        .set_okta_app(
            "acme-corp",
            OktaAppPatch {
                token_endpoint_auth_method: Some("private_key_jwt".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let p = AuthParams::for_org(&acme);
    let code = env.code(&acme, &p).await;
    let a = env.exchange(&acme, &p, &code).await;
    assert_eq!(a.status, 401, "{}", a.text);
    assert_eq!(a.json()["error"], "invalid_client");
}

/// Issue 14 item 6: `prompt=login` and an exceeded `max_age` make a
/// signed-in user sign in again, and `auth_time` moves (OIDC Core
/// §3.1.2.1).
#[tokio::test]
async fn prompt_login_and_max_age_re_authenticate() {
    use std::time::Duration;
    let env = start().await;
    let acme = env.org("acme-corp");
    let issuer = acme.issuer.clone().unwrap();
    let ana = &acme.users[0];
    let p = AuthParams::for_org(&acme);
    let signed_in = env
        .sign_in(&acme, &issuer, &p, &ana.login, &ana.password)
        .await;
    let sid = signed_in
        .header("set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let code = signed_in.query()["code"].clone();
    let first = env.exchange(&acme, &p, &code).await.json();
    let jwks = env.jwks(&acme).await;
    let auth_time = |tokens: &Value| {
        verify(tokens["id_token"].as_str().unwrap(), &jwks, &acme, p.nonce).unwrap()["auth_time"]
            .as_u64()
            .unwrap()
    };
    let first_auth = auth_time(&first);

    env.sb.control().advance_clock(Duration::from_secs(120));
    let with = |extra: Vec<(&'static str, &'static str)>| {
        let mut q = AuthParams::for_org(&acme);
        q.extra = extra;
        q.url(&issuer)
    };
    // The session alone: no form.
    let a = env
        .send(env.http.get(with(vec![])).header("cookie", &sid))
        .await;
    assert_eq!(a.status, 302, "{}", a.text);
    let a = env
        .send(
            env.http
                .get(with(vec![("max_age", "3600")]))
                .header("cookie", &sid),
        )
        .await;
    assert_eq!(a.status, 302, "a young enough session: {}", a.text);
    for extra in [vec![("prompt", "login")], vec![("max_age", "60")]] {
        let a = env
            .send(env.http.get(with(extra.clone())).header("cookie", &sid))
            .await;
        assert_eq!(a.status, 200, "{extra:?}: the sign-in form again");
        insta::assert_snapshot!("sandbox_okta_sign_in_form", steady_form(&a.text));
    }
    let a = env
        .send(
            env.http
                .get(with(vec![("prompt", "none"), ("max_age", "60")]))
                .header("cookie", &sid),
        )
        .await;
    assert_eq!(a.query()["error"], "login_required");

    // Signing in again moves auth_time.
    let mut again = AuthParams::for_org(&acme);
    again.extra = vec![("prompt", "login")];
    let signed_in = env
        .sign_in(&acme, &issuer, &again, &ana.login, &ana.password)
        .await;
    let code = signed_in.query()["code"].clone();
    let second = env.exchange(&acme, &again, &code).await.json();
    assert!(auth_time(&second) >= first_auth + 120);
}

/// Issue 14 item 9: the advertised `end_session_endpoint` is RP-initiated
/// logout: a valid `id_token_hint`, a registered
/// `post_logout_redirect_uri` (with `state`), and the session is over.
#[tokio::test]
async fn rp_initiated_logout_ends_the_session() {
    let env = start().await;
    let acme = env.org("acme-corp");
    let issuer = acme.issuer.clone().unwrap();
    let ana = &acme.users[0];
    let after = format!("{}/signed-out", env.sb.url());
    env.sb
        .control()
        .set_okta_app(
            "acme-corp",
            OktaAppPatch {
                post_logout_redirect_uris: Some(vec![after.clone()]),
                ..Default::default()
            },
        )
        .unwrap();
    let p = AuthParams::for_org(&acme);
    let signed_in = env
        .sign_in(&acme, &issuer, &p, &ana.login, &ana.password)
        .await;
    let sid = signed_in
        .header("set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let code = signed_in.query()["code"].clone();
    let tokens = env.exchange(&acme, &p, &code).await.json();
    let id_token = tokens["id_token"].as_str().unwrap();
    let doc = env
        .get(&format!("{issuer}/.well-known/openid-configuration"))
        .await
        .json();
    let end_session = doc["end_session_endpoint"].as_str().unwrap().to_owned();
    let logout = |pairs: &[(&str, &str)]| format!("{end_session}?{}", query_string(pairs));

    for bad in [
        logout(&[("post_logout_redirect_uri", &after)]),
        logout(&[
            ("id_token_hint", "not.a.token"),
            ("post_logout_redirect_uri", &after),
        ]),
        logout(&[
            ("id_token_hint", id_token),
            ("post_logout_redirect_uri", "https://evil.example/"),
        ]),
    ] {
        let a = env.get(&bad).await;
        assert_eq!(a.status, 400, "{bad}: {}", a.text);
        // Okta's error page (snapshotted whole in `authorize_errors_before_sign_in`): its code line.
        assert!(
            has_line(
                &a.text,
                "<p class=\"error-code\">Error Code: invalid_request</p>"
            ),
            "{}",
            a.text
        );
    }
    // The session still works after refused logouts.
    let again = env
        .send(env.http.get(p.url(&issuer)).header("cookie", &sid))
        .await;
    assert_eq!(again.status.as_u16(), 302);

    let a = env
        .send(
            env.http
                .get(logout(&[
                    ("id_token_hint", id_token),
                    ("post_logout_redirect_uri", &after),
                    ("state", "bye 1"),
                ]))
                .header("cookie", &sid),
        )
        .await;
    assert_eq!(a.status, 302, "{}", a.text);
    assert_eq!(a.header("location"), format!("{after}?state=bye+1"));
    assert_eq!(
        a.header("set-cookie"),
        "sid=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
    );
    // The old cookie no longer signs anyone in.
    let again = env
        .send(env.http.get(p.url(&issuer)).header("cookie", &sid))
        .await;
    assert_eq!(again.status.as_u16(), 200, "the sign-in form");
    insta::assert_snapshot!("sandbox_okta_sign_in_form", steady_form(&again.text));
}
