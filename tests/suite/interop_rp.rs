//! A relying party nobody here wrote, against the emulated Okta org:
//! `openid-client` (npm, pinned in `tests/interop/package.json`), driven by
//! `tests/interop/rp.mjs` through its public API only, signs in through the
//! emulated sign-in form in headless Chromium and then runs the rest of a
//! relying party's life: code exchange with PKCE, its own ID-token checks
//! (signature included), userinfo, refresh, revoke, and RP-initiated
//! logout, once with `client_secret_basic` and once with
//! `client_secret_post`. It also replays the departures of issue 14 that a
//! client library trips on, each of which must get Okta's answer, and
//! checks that each of the sandbox's broken-ID-token knobs makes a real
//! client library refuse the token for the right reason.
//!
//! Needs Chromium, chromedriver and Node with `npm ci --prefix tests/interop`
//! (`.ci/run` installs them); without them the test skips loudly when `CI`
//! is unset and fails when it is set.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::{Value, json};
use ssoctl::sandbox::{BrokenIdToken, Control, OktaAppPatch, OktaOrg};

use crate::common::TestEnv;
use crate::common::browser::{Browser, Running, STEP, find_program, free_port, missing};

/// How long the RP may take between two things it prints.
const RP_STEP: Duration = Duration::from_secs(60);

const SCOPES: [&str; 4] = ["openid", "profile", "email", "offline_access"];

/// `node` and the interop directory with openid-client installed, or `None`
/// when the test should skip.
fn node_with_openid_client(test: &str) -> Option<(PathBuf, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop");
    let install = "npm ci --prefix tests/interop (.ci/run does it; needs node and npm)";
    let Some(node) = find_program(&["node", "nodejs"]) else {
        missing(test, "no node", install);
        return None;
    };
    if !dir
        .join("node_modules/openid-client/package.json")
        .is_file()
    {
        missing(test, "no tests/interop/node_modules/openid-client", install);
        return None;
    }
    Some((node, dir))
}

/// What the RP asks of the test next.
enum Next {
    Visit {
        url: String,
        expect: String,
        broken: Option<BrokenIdToken>,
    },
    Failed(String),
}

fn next(rp: &mut Running) -> Next {
    rp.wait_for_line("the RP's next VISIT", RP_STEP, |line| {
        if let Some(rest) = line.strip_prefix("VISIT ") {
            let v: Value = serde_json::from_str(rest).unwrap();
            return Some(Next::Visit {
                url: v["url"].as_str().unwrap().to_owned(),
                expect: v["expect"].as_str().unwrap().to_owned(),
                broken: (!v["broken"].is_null())
                    .then(|| serde_json::from_value(v["broken"].clone()).unwrap()),
            });
        }
        line.strip_prefix("FAILED ")
            .map(|m| Next::Failed(m.to_owned()))
    })
}

/// Signs in on the emulated Okta form the browser is on.
fn okta_sign_in(browser: &Browser, login: &str, password: &str) {
    browser.wait_for("#okta-signin-username", STEP);
    browser.fill("#okta-signin-username", login);
    browser.fill("#okta-signin-password", password);
    browser.click("#okta-signin-submit");
}

/// Waits for the RP's page and checks it says ok.
fn rp_page(browser: &Browser, what: &str) {
    let i = browser.wait_for_any(&["#rp-result", "#okta-signin-username"], STEP);
    assert_eq!(
        i,
        0,
        "{what}: the sign-in form instead of the RP\n{}",
        browser.describe()
    );
    assert_eq!(
        browser.attr("#rp-result", "data-ok").as_deref(),
        Some("true"),
        "{what}: the RP's page says it failed\n{}",
        browser.describe()
    );
}

/// One run of `rp.mjs` with `auth` (`basic` or `post`), the browser doing
/// what it asks; returns its steps by name.
fn run_rp(
    control: &Control,
    browser: &Browser,
    node: &Path,
    dir: &Path,
    org: &OktaOrg,
    auth: &str,
    port: u16,
) -> serde_json::Map<String, Value> {
    let user = &org.users[0];
    let mut cmd = Command::new(node);
    cmd.arg(dir.join("rp.mjs"))
        .current_dir(dir)
        .env_remove("RP_CLIENT_SECRET")
        .args([
            "--issuer",
            org.issuer.as_deref().unwrap(),
            "--org-issuer",
            &org.url,
            "--client-id",
            &org.client_id,
            "--port",
            &port.to_string(),
            "--auth",
            auth,
        ]);
    let mut rp = Running::spawn(cmd, &format!("{}\n", org.client_secret));
    let callback = format!("http://127.0.0.1:{port}/callback");
    let mut visits = Vec::new();
    loop {
        match next(&mut rp) {
            Next::Failed(message) => {
                let done = rp.finish(RP_STEP);
                panic!(
                    "rp.mjs ({auth}) failed: {message}\nstdout:\n{}\nstderr:\n{}",
                    done.stdout, done.stderr
                );
            }
            Next::Visit {
                url,
                expect,
                broken,
            } => {
                visits.push(expect.clone());
                match broken {
                    Some(kind) => control.broken_id_tokens(&org.name, kind).unwrap(),
                    None => control.clear_broken_id_tokens(&org.name).unwrap(),
                }
                browser.goto(&url);
                match expect.as_str() {
                    "sign-in" => {
                        okta_sign_in(browser, &user.login, &user.password);
                        rp_page(browser, "after signing in");
                        assert_eq!(without_query(&browser.current_url()), callback);
                    }
                    // A live session: straight back, no form.
                    "callback" => {
                        rp_page(browser, &format!("a silent authorization ({url})"));
                        assert_eq!(without_query(&browser.current_url()), callback);
                    }
                    "logged-out" => {
                        rp_page(browser, "after the end-session URL");
                        let at = url::Url::parse(&browser.current_url()).unwrap();
                        // Only the state, which is the RP's random one.
                        let query: Vec<_> = at.query_pairs().map(|(k, _)| k.into_owned()).collect();
                        assert_eq!(
                            (without_query(at.as_str()), query),
                            (
                                format!("http://127.0.0.1:{port}/logged-out"),
                                vec!["state".to_string()]
                            ),
                            "{at}"
                        );
                    }
                    "sign-in-form" => {
                        let i =
                            browser.wait_for_any(&["#okta-signin-username", "#rp-result"], STEP);
                        assert_eq!(
                            i,
                            0,
                            "after logout, /authorize did not ask to sign in again\n{}",
                            browser.describe()
                        );
                        break;
                    }
                    other => panic!("rp.mjs asked for {other:?}"),
                }
            }
        }
    }
    assert_eq!(
        visits,
        [
            "sign-in",
            "callback",
            "callback",
            "callback",
            "callback",
            "sign-in",
            "sign-in",
            // The broken ID tokens: the eight kinds, and a rotated key again.
            "callback",
            "callback",
            "callback",
            "callback",
            "callback",
            "callback",
            "callback",
            "callback",
            "callback",
            "logged-out",
            "sign-in-form"
        ],
        "the browser's path"
    );
    let done = rp.finish(RP_STEP);
    done.assert_code(0);
    // A leak check: absence anywhere is the point.
    assert!(
        !done.stdout.contains(&org.client_secret) && !done.stderr.contains(&org.client_secret),
        "the client secret was printed"
    );
    let steps = done.json();
    let mut by_name = serde_json::Map::new();
    for s in steps.as_array().unwrap() {
        by_name.insert(s["step"].as_str().unwrap().to_owned(), s.clone());
    }
    by_name
}

fn scopes(v: &Value) -> Vec<String> {
    let mut s: Vec<String> = v
        .as_str()
        .unwrap_or_else(|| panic!("no scope: {v}"))
        .split(' ')
        .map(str::to_owned)
        .collect();
    s.sort();
    s
}

#[test]
fn openid_client_signs_in_refreshes_revokes_and_logs_out_on_the_emulated_org() {
    let test = "openid_client_signs_in_refreshes_revokes_and_logs_out_on_the_emulated_org";
    let Some((node, dir)) = node_with_openid_client(test) else {
        return;
    };
    let Some(browser) = Browser::start(test) else {
        return;
    };
    let env = TestEnv::new();
    let control = env.sandbox.control();
    let org = control.okta_org("acme-corp").unwrap();
    let issuer = org.issuer.clone().unwrap();
    let user = org.users[0].clone();
    let mut want_scopes: Vec<String> = SCOPES.iter().map(|s| s.to_string()).collect();
    want_scopes.sort();

    for auth in ["basic", "post"] {
        // The app lists the RP's loopback URIs, as a customer's app would.
        let port = free_port();
        let mut uris = org.redirect_uris.clone();
        uris.push(format!("http://127.0.0.1:{port}/callback"));
        control
            .set_okta_app(
                "acme-corp",
                OktaAppPatch {
                    redirect_uris: Some(uris),
                    post_logout_redirect_uris: Some(vec![format!(
                        "http://127.0.0.1:{port}/logged-out"
                    )]),
                    // The app says which method it uses, so the run holds
                    // whether or not Okta refuses the other one (not captured).
                    token_endpoint_auth_method: Some(format!("client_secret_{auth}")),
                    ..Default::default()
                },
            )
            .unwrap();
        let s = run_rp(&control, &browser, &node, &dir, &org, auth, port);
        let ctx = format!("({auth}) {}", Value::Object(s.clone()));

        let d = &s["discovery"];
        assert_eq!(d["issuer"], json!(issuer), "{ctx}");
        assert_eq!(d["has_end_session_endpoint"], json!(true), "{ctx}");
        assert_eq!(d["jwks_uri"], json!(format!("{issuer}/v1/keys")), "{ctx}");
        assert_eq!(
            d["code_challenge_methods_supported"],
            json!(["S256"]),
            "{ctx}"
        );
        assert_eq!(
            d["token_endpoint_auth_methods_supported"],
            json!([
                "client_secret_basic",
                "client_secret_post",
                "client_secret_jwt",
                "private_key_jwt",
                "none"
            ]),
            "{ctx}"
        );

        let x = &s["code_exchange"];
        assert_eq!(x["auth"], json!(auth), "{ctx}");
        // openid-client lowercases it (RFC 6749 §5.1: case-insensitive);
        // the server's own `Bearer` is checked on the wire below.
        assert_eq!(x["token_type"], json!("bearer"), "{ctx}");
        assert_eq!(scopes(&x["scope"]), want_scopes, "{ctx}");
        assert_eq!(x["has_access_token"], json!(true), "{ctx}");
        assert_eq!(x["has_refresh_token"], json!(true), "{ctx}");
        let left = x["expires_in"].as_i64().unwrap();
        // A range (seconds left, read a moment after the exchange), not a substring.
        assert!((3590..=3600).contains(&left), "{ctx}");
        // RFC 9207: the emulator sends no `iss` with the code (nor advertises
        // it); one that is sent must be the issuer.
        assert!(
            x["callback_iss"].is_null() || x["callback_iss"] == json!(issuer),
            "{ctx}"
        );

        let t = &s["id_token"];
        assert_eq!(t["iss"], json!(issuer), "{ctx}");
        assert_eq!(t["sub"], json!(user.id), "{ctx}");
        assert_eq!(t["aud"], json!(org.client_id), "{ctx}");
        assert_eq!(t["email"], json!(user.login), "{ctx}");
        assert_eq!(t["nonce_matches"], json!(true), "{ctx}");
        assert_eq!(t["has_auth_time"], json!(true), "{ctx}");

        let u = &s["userinfo"];
        assert_eq!(u["sub"], json!(user.id), "{ctx}");
        assert_eq!(u["email"], json!(user.login), "{ctx}");
        assert_eq!(u["name"], json!(user.name), "{ctx}");

        let r = &s["refresh"];
        assert_eq!(r["token_type"], json!("bearer"), "{ctx}");
        assert_eq!(scopes(&r["scope"]), want_scopes, "{ctx}");
        assert_eq!(r["new_access_token"], json!(true), "{ctx}");
        assert_eq!(r["id_token_sub"], json!(user.id), "{ctx}");

        // RFC 7009 §2.1: the refresh token's access tokens die with it.
        let v = &s["revoke"];
        assert_eq!(v["access_active_before"], json!(true), "{ctx}");
        assert_eq!(v["access_active_after"], json!(false), "{ctx}");
        assert_eq!(v["refresh_active_after"], json!(false), "{ctx}");
        assert_eq!(v["userinfo_after"]["status"], json!(401), "{ctx}");
        assert_eq!(v["refresh_after"]["error"], json!("invalid_grant"), "{ctx}");

        // Issue 14 item 10: a reused code is refused and its tokens revoked.
        let c = &s["code_reuse"];
        assert_eq!(c["access_active_before"], json!(true), "{ctx}");
        assert_eq!(c["refused"]["error"], json!("invalid_grant"), "{ctx}");
        assert_eq!(c["refused"]["status"], json!(400), "{ctx}");
        assert_eq!(c["access_active_after"], json!(false), "{ctx}");
        assert_eq!(c["refresh_active_after"], json!(false), "{ctx}");

        // Item 4: each authorization server has its own keys.
        let k = &s["keys_per_server"];
        assert_eq!(k["org_issuer"], json!(org.url), "{ctx}");
        assert_eq!(
            k["org_jwks_uri"],
            json!(format!("{}/oauth2/v1/keys", org.url)),
            "{ctx}"
        );
        assert_ne!(k["org_jwks_uri"], k["default_jwks_uri"], "{ctx}");
        // The `default` token's `kid` is not among the org server's keys.
        // (It also shows the signature checks are on: the first exchange's
        // ID token passed them with the `default` server's keys.)
        assert_eq!(
            k["refused"]["code"],
            json!("OAUTH_KEY_SELECTION_FAILED"),
            "{ctx}"
        );

        // Item 1: no state is Okta's invalid_request at the redirect URI.
        let n = &s["no_state"]["refused"];
        assert_eq!(n["error"], json!("invalid_request"), "{ctx}");
        assert_eq!(
            n["error_description"],
            json!("The authentication request has an invalid 'state' parameter."),
            "{ctx}"
        );

        // Item 8 and the device endpoint: unauthorized_client.
        let g = &s["grants_the_app_lacks"];
        assert_eq!(
            g["client_credentials"]["error"],
            json!("unauthorized_client"),
            "{ctx}"
        );
        assert_eq!(
            g["device_authorization"]["error"],
            json!("unauthorized_client"),
            "{ctx}"
        );
        assert_eq!(g["registration"]["status"], json!(403), "{ctx}");

        // A wrong secret: 401 invalid_client; with Basic, a `Basic` challenge
        // (RFC 6749 §5.2), which openid-client reports as a challenge.
        for at in ["token", "introspect"] {
            let w = &s["wrong_secret"][at];
            assert_eq!(w["status"], json!(401), "{at} {ctx}");
            if auth == "basic" {
                assert_eq!(
                    w["name"],
                    json!("WWWAuthenticateChallengeError"),
                    "{at} {ctx}"
                );
                assert_eq!(w["challenges"], json!(["basic"]), "{at} {ctx}");
            } else {
                assert_eq!(w["name"], json!("ResponseBodyError"), "{at} {ctx}");
                assert_eq!(w["error"], json!("invalid_client"), "{at} {ctx}");
            }
        }

        // The broken-ID-token knobs (README's CI stand-in): openid-client
        // refuses each for its own reason; a rotated key only once its copy
        // of the keys is 60 s old, so a fresh client accepts it.
        let b = &s["broken_id_tokens"];
        for (kind, code, detail) in [
            (
                "wrong_iss",
                "OAUTH_JWT_CLAIM_COMPARISON_FAILED",
                "unexpected JWT \"iss\" (issuer) claim value",
            ),
            (
                "wrong_aud",
                "OAUTH_JWT_CLAIM_COMPARISON_FAILED",
                "unexpected JWT \"aud\" (audience) claim value",
            ),
            (
                "expired",
                "OAUTH_JWT_TIMESTAMP_CHECK_FAILED",
                "unexpected JWT \"exp\" (expiration time) claim value, expiration is past current timestamp",
            ),
            (
                "alg_none",
                "OAUTH_INVALID_RESPONSE",
                "unexpected JWT \"alg\" header parameter",
            ),
            (
                "bad_signature",
                "OAUTH_INVALID_RESPONSE",
                "JWT signature verification failed",
            ),
            (
                "unknown_kid",
                "OAUTH_KEY_SELECTION_FAILED",
                "error when selecting a JWT verification key, no applicable keys found",
            ),
            (
                "wrong_nonce",
                "OAUTH_JWT_CLAIM_COMPARISON_FAILED",
                "unexpected ID Token \"nonce\" claim value",
            ),
            (
                "rotated_key",
                "OAUTH_KEY_SELECTION_FAILED",
                "error when selecting a JWT verification key, no applicable keys found",
            ),
        ] {
            assert_eq!(b[kind]["accepted"], json!(false), "{kind} {ctx}");
            assert_eq!(b[kind]["code"], json!(code), "{kind} {ctx}");
            assert_eq!(b[kind]["detail"], json!(detail), "{kind} {ctx}");
        }
        assert_eq!(
            b["rotated_key_fresh_client"]["accepted"],
            json!(true),
            "{ctx}"
        );
        assert_eq!(
            b["rotated_key_fresh_client"]["sub"],
            json!(user.id),
            "{ctx}"
        );

        // Item 2: response_mode=form_post posts the code to the callback.
        assert_eq!(s["form_post"]["posted"], json!(true), "{ctx}");
        assert_eq!(s["form_post"]["sub"], json!(user.id), "{ctx}");

        // Item 6: prompt=login and an exceeded max_age showed the form again
        // (the browser's two later sign-ins) and moved auth_time.
        let a = &s["reauthentication"];
        assert_eq!(a["prompt_login_auth_time_moved"], json!(true), "{ctx}");
        assert_eq!(a["max_age_auth_time_moved"], json!(true), "{ctx}");

        let l = &s["logout"];
        assert_eq!(
            l["end_session_endpoint"],
            json!(format!("{issuer}/v1/logout")),
            "{ctx}"
        );
        assert_eq!(l["state_returned"], json!(true), "{ctx}");
        assert_eq!(s["done"]["auth"], json!(auth), "{ctx}");

        // What went over the wire: one client authentication, the one asked
        // for, on every token, introspection, revocation and device request.
        let posts = s["wire"]["posts"].as_array().unwrap();
        let token_posts = posts
            .iter()
            .filter(|p| p["path"] == json!("/oauth2/default/v1/token"))
            .count();
        // The code (six times), refresh (twice), the reused code,
        // client_credentials, the wrong secret, the broken ID tokens.
        assert_eq!(token_posts, 20, "{ctx}");
        let (registration, posts): (Vec<&Value>, Vec<&Value>) = posts
            .iter()
            .partition(|p| p["path"] == json!("/oauth2/v1/clients"));
        // Item 9: registration_endpoint answers as Okta's API does without a token.
        assert_eq!(registration.len(), 1, "{ctx}");
        assert_eq!(registration[0]["status"], json!(403), "{ctx}");
        assert_eq!(registration[0]["error"], json!("E0000005"), "{ctx}");
        for p in &posts {
            let basic = auth == "basic";
            assert_eq!(p["basic"], json!(basic), "{p} {ctx}");
            assert_eq!(p["body_secret"], json!(!basic), "{p} {ctx}");
            if p["token_type"] != Value::Null {
                assert_eq!(p["token_type"], json!("Bearer"), "{p} {ctx}");
                assert_eq!(p["expires_in"], json!(3600), "{p} {ctx}");
            }
        }
        let statuses: Vec<u64> = posts
            .iter()
            .map(|p| p["status"].as_u64().unwrap())
            .collect();
        // exchange, refresh, introspect, revoke, introspect ×2, refresh (400),
        // exchange, introspect, reuse (400), introspect ×2, exchange (keys),
        // exchange (form_post, prompt=login, max_age), client_credentials
        // (400), device (400), a wrong secret at token and introspect (401),
        // the nine broken-ID-token exchanges.
        assert_eq!(
            statuses,
            [
                200, 200, 200, 200, 200, 200, 400, 200, 200, 400, 200, 200, 200, 200, 200, 200,
                400, 400, 401, 401, 200, 200, 200, 200, 200, 200, 200, 200, 200
            ],
            "{ctx}"
        );
        let errors: Vec<&Value> = posts
            .iter()
            .filter(|p| p["status"] != json!(200))
            .map(|p| &p["error"])
            .collect();
        assert_eq!(
            errors,
            [
                "invalid_grant",
                "invalid_grant",
                "unauthorized_client",
                "unauthorized_client",
                "invalid_client",
                "invalid_client"
            ],
            "{ctx}"
        );
    }
}

/// Issue 14 item 7 through openid-client: an app whose
/// `token_endpoint_auth_method` is `private_key_jwt` refuses its secret in
/// Basic and in the body, 401 `invalid_client` (Okta's answer), the Basic
/// one with a challenge. No browser: nothing gets as far as a sign-in.
#[test]
fn openid_client_with_a_secret_is_refused_by_a_private_key_jwt_app() {
    let test = "openid_client_with_a_secret_is_refused_by_a_private_key_jwt_app";
    let Some((node, dir)) = node_with_openid_client(test) else {
        return;
    };
    let env = TestEnv::new();
    let control = env.sandbox.control();
    let org = control.okta_org("acme-corp").unwrap();
    control
        .set_okta_app(
            "acme-corp",
            OktaAppPatch {
                token_endpoint_auth_method: Some("private_key_jwt".into()),
                ..Default::default()
            },
        )
        .unwrap();
    for auth in ["basic", "post"] {
        let mut cmd = Command::new(&node);
        cmd.arg(dir.join("rp.mjs"))
            .current_dir(&dir)
            .env_remove("RP_CLIENT_SECRET")
            .args([
                "--mode",
                "client-auth-refused",
                "--issuer",
                org.issuer.as_deref().unwrap(),
                "--client-id",
                &org.client_id,
                "--auth",
                auth,
            ]);
        let mut rp = Running::spawn(cmd, &format!("{}\n", org.client_secret));
        let done = rp.finish(RP_STEP);
        done.assert_code(0);
        // A leak check: absence anywhere is the point.
        assert!(
            !done.stdout.contains(&org.client_secret) && !done.stderr.contains(&org.client_secret),
            "the client secret was printed"
        );
        let steps = done.json();
        let ctx = format!("({auth}) {steps}");
        let refused = &steps[0];
        assert_eq!(refused["step"], json!("client_auth_refused"), "{ctx}");
        for at in ["token", "introspect"] {
            let r = &refused[at];
            assert_eq!(r["status"], json!(401), "{at} {ctx}");
            if auth == "basic" {
                assert_eq!(
                    r["name"],
                    json!("WWWAuthenticateChallengeError"),
                    "{at} {ctx}"
                );
                assert_eq!(r["challenges"], json!(["basic"]), "{at} {ctx}");
            } else {
                assert_eq!(r["error"], json!("invalid_client"), "{at} {ctx}");
            }
        }
        let posts = steps[1]["posts"].as_array().unwrap();
        assert_eq!(posts.len(), 2, "{ctx}");
        for p in posts {
            assert_eq!(p["status"], json!(401), "{ctx}");
            assert_eq!(p["error"], json!("invalid_client"), "{ctx}");
            assert_eq!(p["basic"], json!(auth == "basic"), "{ctx}");
            assert_eq!(p["body_secret"], json!(auth == "post"), "{ctx}");
        }
    }
}

/// A URL without its query and fragment (the code and state are random).
fn without_query(url: &str) -> String {
    url.split(['?', '#']).next().unwrap_or_default().to_string()
}
