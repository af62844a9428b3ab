//! `ssoctl login test` in a real browser: headless Chromium driven over
//! WebDriver signs in on the emulated Okta form (and on a certified
//! third-party provider's, oidc-provider), while the real binary waits on its
//! loopback listener.
//!
//! Needs `chromium` and `chromium-driver` (Debian) and, for the interop
//! cases, Node with `npm ci --prefix tests/interop`; `.ci/run` installs them.
//! Without them these tests skip loudly when `CI` is unset and fail when it
//! is set.

use std::time::Duration;

use crate::common::browser::{Browser, Provider, Running, STEP};
use crate::common::{TestEnv, has_line, steady};
use ssoctl::sandbox::OktaAppPatch;

/// How long `ssoctl` may take to finish after the browser's callback.
const FINISH: Duration = Duration::from_secs(30);

/// A `--direct` run's output with the test's own loopback port (free,
/// so it changes) as a placeholder.
fn steady_direct(text: &str, port: u16) -> String {
    crate::common::replace_port(text, port, "[callback-port]")
}

/// Signs in on the emulated Okta form the browser is on.
pub(crate) fn okta_sign_in(browser: &Browser, login: &str, password: &str) {
    browser.wait_for("#okta-signin-username", STEP);
    browser.fill("#okta-signin-username", login);
    browser.fill("#okta-signin-password", password);
    browser.click("#okta-signin-submit");
}

#[test]
fn direct_login_against_the_emulated_org_in_chromium() {
    let test = "direct_login_against_the_emulated_org_in_chromium";
    let Some(browser) = Browser::start(test) else {
        return;
    };
    let env = TestEnv::new();
    let control = env.sandbox.control();
    let org = control.okta_org("acme-corp").unwrap();
    // As the command asks: the app lists the test's loopback redirect URI.
    let port = crate::common::free_port();
    let redirect = format!("http://127.0.0.1:{port}/callback");
    let mut uris = org.redirect_uris.clone();
    uris.push(redirect.clone());
    control
        .set_okta_app(
            "acme-corp",
            OktaAppPatch {
                redirect_uris: Some(uris),
                ..Default::default()
            },
        )
        .unwrap();
    let user = &org.users[0];

    let mut cmd = crate::common::isolated_std_cmd(env.home.path());
    cmd.args([
        "login",
        "test",
        "--direct",
        "--okta-domain",
        &org.domain,
        "--client-id",
        &org.client_id,
        "--client-secret-stdin",
        "--no-browser",
        "--port",
        &port.to_string(),
    ]);
    let mut ssoctl = Running::spawn(cmd, &format!("{}\n", org.client_secret));
    let url = ssoctl.wait_for_login_url();
    // The start page carries this flow's key (login CSRF, issue 12).
    let key = url
        .strip_prefix(&format!("http://127.0.0.1:{port}/start/"))
        .and_then(|rest| rest.strip_suffix('/'))
        .unwrap_or_else(|| panic!("not the listener's start page: {url}"));
    assert!(key.len() >= 43, "a short start key: {url}");

    browser.goto(&url);
    okta_sign_in(&browser, &user.login, &user.password);
    let (ok, page) = browser.wait_for_result();
    assert!(ok, "the result page says the test failed:\n{page}");
    // The page's text as Chromium lays it out (line breaks and spacing are
    // the browser's): the two things it must say, as substrings.
    assert!(page.contains("Signed in"), "{page}");
    assert!(
        page.contains(&user.login),
        "the page shows the email:\n{page}"
    );

    let done = ssoctl.finish(FINISH);
    done.assert_code(0);
    assert!(
        has_line(
            &done.stderr,
            &format!(
                "✓ Sign-in test passed: client {} at {}",
                org.client_id,
                org.issuer.as_deref().unwrap()
            )
        ),
        "{}",
        done.stderr
    );
    // The email, the subject and what was verified, whole.
    insta::assert_snapshot!(
        "browser_direct_login_stdout",
        steady(&env, &steady_direct(&done.stdout, port))
    );
    // A leak check: absence anywhere is the point.
    assert!(
        !done.stdout.contains(&org.client_secret) && !done.stderr.contains(&org.client_secret),
        "the secret never appears"
    );
}

/// The same flow against oidc-provider, an OpenID Certified provider that
/// nobody here wrote, mounted under `/oauth2/default` like Okta's server.
#[test]
fn direct_login_against_oidc_provider_in_chromium() {
    let test = "direct_login_against_oidc_provider_in_chromium";
    let Some(provider) = Provider::start(test) else {
        return;
    };
    let Some(browser) = Browser::start(test) else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let mut cmd = crate::common::isolated_std_cmd(home.path());
    cmd.args([
        "login",
        "test",
        "--direct",
        "--issuer",
        &provider.issuer,
        "--client-id",
        &provider.client_id,
        "--client-secret-stdin",
        "--no-browser",
        "--port",
        "0",
        "-o",
        "json",
    ]);
    let mut ssoctl = Running::spawn(cmd, &format!("{}\n", provider.client_secret));
    let url = ssoctl.wait_for_login_url();

    browser.goto(&url);
    // oidc-provider's development login form: any login, any password.
    let login = "ada@interop.example";
    browser.wait_for("input[name=login]", STEP);
    browser.fill("input[name=login]", login);
    browser.fill("input[name=password]", "any password works here");
    browser.click("button[type=submit]");
    // Then, the first time, its consent screen; then ssoctl's page.
    if browser.wait_for_any(&["#ssoctl-result", "button[type=submit]"], STEP) == 1 {
        eprintln!(
            "oidc-provider showed its consent screen: {}",
            browser.current_url()
        );
        browser.click("button[type=submit]");
    }
    let (ok, page) = browser.wait_for_result();
    assert!(ok, "the result page says the test failed:\n{page}");

    let done = ssoctl.finish(FINISH);
    done.assert_code(0);
    let verdict = done.json();
    assert_eq!(verdict["ok"], true, "{verdict:#}");
    assert_eq!(
        verdict["claims"]["iss"],
        provider.issuer.as_str(),
        "{verdict:#}"
    );
    assert_eq!(verdict["claims"]["sub"], login, "{verdict:#}");
    assert_eq!(
        verdict["claims"]["aud"],
        provider.client_id.as_str(),
        "{verdict:#}"
    );
    // Unlike Okta, oidc-provider keeps scope claims (email, name) out of the
    // ID token when it also issues an access token (OIDC Core 5.4: they are
    // the userinfo endpoint's); the test passes without them.
    assert!(
        verdict["claims"]["email"].is_null() || verdict["claims"]["email"] == login,
        "{verdict:#}"
    );
    // A leak check: absence anywhere is the point.
    assert!(
        !done.stdout.contains(&provider.client_secret)
            && !done.stderr.contains(&provider.client_secret),
        "the secret never appears"
    );
}

/// `check domain` on the third-party provider: nothing at error level.
#[test]
fn check_domain_finds_no_error_on_oidc_provider() {
    let test = "check_domain_finds_no_error_on_oidc_provider";
    let Some(provider) = Provider::start(test) else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let output = crate::common::isolated_cmd(home.path())
        .args(["check", "domain", &provider.domain(), "-o", "json"])
        .output()
        .unwrap();
    let report = crate::common::json(&output);
    let text = report.to_string();
    let errors: Vec<&serde_json::Value> = findings(&report)
        .into_iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert!(
        errors.is_empty(),
        "findings at error level on a certified provider:\n{errors:#?}\nwhole report: {text}"
    );
}

/// Every finding object anywhere in a report.
fn findings(value: &serde_json::Value) -> Vec<&serde_json::Value> {
    let mut out = Vec::new();
    match value {
        serde_json::Value::Object(map) => {
            if map.contains_key("severity") {
                out.push(value);
            }
            for v in map.values() {
                out.extend(findings(v));
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                out.extend(findings(v));
            }
        }
        _ => {}
    }
    out
}

/// `ssoctl login test SLUG` through the sandbox's service in Chromium:
/// signs in as `login` and returns the result page (ok, text) and how
/// `ssoctl` ended.
pub(crate) fn login_through_service(
    test: &str,
    env: &TestEnv,
    slug: &str,
    login: &str,
    extra: &[&str],
) -> Option<((bool, String), crate::common::browser::Finished)> {
    let browser = Browser::start(test)?;
    let mut cmd = crate::common::isolated_std_cmd(env.home.path());
    cmd.env("SSOCTL_API_URL", env.sandbox.url())
        .args(["login", "test", slug, "--no-browser"])
        .args(extra);
    let mut ssoctl = Running::spawn(cmd, "");
    let url = ssoctl.wait_for_login_url();
    browser.goto(&url);
    okta_sign_in(&browser, login, ssoctl::sandbox::DEMO_PASSWORD);
    let page = browser.wait_for_result();
    let done = ssoctl.finish(FINISH);
    Some((page, done))
}

#[test]
fn a_healthy_tenant_signs_in_through_the_service_in_chromium() {
    let test = "a_healthy_tenant_signs_in_through_the_service_in_chromium";
    let env = TestEnv::new();
    let Some(((ok, page), done)) =
        login_through_service(test, &env, "acme-corp", "ana@acme.example", &[])
    else {
        return;
    };
    assert!(ok, "the result page says the test failed:\n{page}");
    // Substrings of the page's text as Chromium lays it out (see above).
    assert!(page.contains("Signed in"), "{page}");
    assert!(page.contains("project id: prj_"), "{page}");
    done.assert_code(0);
    assert!(
        has_line(&done.stderr, "✓ Sign-in test passed: acme-corp"),
        "{}",
        done.stderr
    );
    insta::assert_snapshot!("browser_service_acme_stdout", steady(&env, &done.stdout));
}

#[test]
fn a_tenant_without_an_access_policy_gets_the_step_3_fix_in_chromium() {
    let test = "a_tenant_without_an_access_policy_gets_the_step_3_fix_in_chromium";
    let env = TestEnv::new();
    let Some(((ok, page), done)) =
        login_through_service(test, &env, "hooli", "gavin@hooli.example", &[])
    else {
        return;
    };
    assert!(!ok, "the result page should say the test failed:\n{page}");
    // Substrings of the page's text as Chromium lays it out (see above).
    assert!(page.contains("Sign-in test failed"), "{page}");
    assert!(page.contains("Policy evaluation failed"), "{page}");
    assert!(page.contains("Fix: follow step 3"), "{page}");
    done.assert_code(3);
    insta::assert_snapshot!("browser_service_hooli_stdout", steady(&env, &done.stdout));
}

#[test]
fn a_failed_provisioning_shows_the_retry_command_in_chromium() {
    let test = "a_failed_provisioning_shows_the_retry_command_in_chromium";
    let env = TestEnv::new();
    // tyrell is pending and has never signed in: rachael's login is its
    // first, and the provisioning services are down for it.
    env.sandbox
        .control()
        .fail_provisioning("tyrell", 1)
        .unwrap();
    let Some(((ok, page), done)) =
        login_through_service(test, &env, "tyrell", "rachael@tyrell.example", &[])
    else {
        return;
    };
    assert!(!ok, "the result page should say the test failed:\n{page}");
    // Substrings of the page's text as Chromium lays it out (see above).
    assert!(page.contains("project_id is empty"), "{page}");
    assert!(
        page.contains("Fix: ssoctl provisioning retry tyrell --wait"),
        "{page}"
    );
    done.assert_code(3);
    insta::assert_snapshot!("browser_service_tyrell_stdout", steady(&env, &done.stdout));
    // stderr also carries the URL to open (a random state): its error line.
    assert!(
        done.stderr
            .lines()
            .any(|l| l.starts_with("error: ") && l.contains("project_id is empty")),
        "{}",
        done.stderr
    );
}

/// A stand-in for the browser's last stop with `--paste`: answers every
/// request on `port` with a blank page and sends the first callback's path.
fn catch_callback(port: u16) -> std::sync::mpsc::Receiver<String> {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind(("127.0.0.1", port)).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { break };
            let mut line = String::new();
            let _ = BufReader::new(&stream).read_line(&mut line);
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            let path = line.split_whitespace().nth(1).unwrap_or_default();
            // A request line's path, not output.
            if path.starts_with("/callback?") {
                let _ = tx.send(path.to_string());
            }
        }
    });
    rx
}

/// RFC 9207 §2.4 against oidc-provider, which advertises
/// `authorization_response_iss_parameter_supported` and sends `iss`: the
/// same callback with `iss` taken out (a mix-up attacker's) is refused.
#[test]
fn a_callback_without_iss_is_refused_when_the_provider_advertises_it_in_chromium() {
    let test = "a_callback_without_iss_is_refused_when_the_provider_advertises_it_in_chromium";
    let Some(provider) = Provider::start(test) else {
        return;
    };
    let Some(browser) = Browser::start(test) else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let port = crate::common::free_port();
    let callbacks = catch_callback(port);
    let mut cmd = crate::common::isolated_std_cmd(home.path());
    cmd.args([
        "login",
        "test",
        "--direct",
        "--issuer",
        &provider.issuer,
        "--client-id",
        &provider.client_id,
        "--paste",
        "--port",
        &port.to_string(),
    ])
    .env("SSOCTL_CLIENT_SECRET", &provider.client_secret);
    let run = crate::common::paste_run(cmd, "response_type=code", |open| {
        browser.goto(open);
        browser.wait_for("input[name=login]", STEP);
        browser.fill("input[name=login]", "ada@interop.example");
        browser.fill("input[name=password]", "any password works here");
        browser.click("button[type=submit]");
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        let path = loop {
            if let Ok(path) = callbacks.recv_timeout(Duration::from_millis(500)) {
                break path;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no callback came back: {}",
                browser.describe()
            );
            // Its consent screen, the first time.
            if browser.exists("button[type=submit]") {
                browser.click("button[type=submit]");
            }
        };
        let url = url::Url::parse(&format!("http://127.0.0.1:{port}{path}")).unwrap();
        assert!(
            url.query_pairs().any(|(k, _)| k == "iss"),
            "oidc-provider sends iss: {url}"
        );
        let mut stripped = url.clone();
        stripped
            .query_pairs_mut()
            .clear()
            .extend_pairs(url.query_pairs().filter(|(k, _)| k != "iss"));
        stripped.to_string()
    });
    assert_eq!(run.code, Some(3), "{}\n{}", run.stdout, run.stderr);
    insta::assert_snapshot!(
        "browser_callback_without_iss_stdout",
        crate::common::replace_port(
            &steady_direct(&run.stdout, port),
            url::Url::parse(&provider.issuer).unwrap().port().unwrap(),
            "[provider-port]"
        )
    );
}
