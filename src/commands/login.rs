//! `ssoctl login test`: a real sign-in from a terminal (the guide's step 5),
//! through the service or straight to Okta, with a loopback listener
//! (RFC 8252), PKCE (RFC 7636) and ID-token validation (OIDC Core 3.1.3.7).

use std::net::SocketAddr;

use reqwest::Method;
use serde::Serialize;
use url::Url;

use crate::api::login::{self, Me};
use crate::cli::{DIRECT_DEFAULT_PORT, LoginCommand, LoginTestArgs};
use crate::commands::secret_from_args;
use crate::context::Context;
use crate::doctor::guide;
use crate::error::{CliError, ErrorKind, Result};
use crate::http::{HttpClient, Request};
use crate::oidc::idtoken::{self, Claims, Expectation, KeyCache};
use crate::oidc::loopback::{self, CallbackParams, Loopback, Page, Responder};
use crate::oidc::pkce::LoginSecrets;
use crate::okta::discovery::{Discovery, DocKind, discovery_url};
use crate::okta::fetch::{OktaError, get_json};
use crate::okta::probe::{self, AuthorizeOutcome, SERVICE_SCOPES};
use crate::output::{Printable, or_dash};
use crate::secret::Secret;

pub async fn run(ctx: &mut Context, command: LoginCommand) -> Result<Printable> {
    match command {
        LoginCommand::Test(args) if args.direct => direct(ctx, args).await,
        LoginCommand::Test(args) => through_service(ctx, args).await,
    }
}

/// What went wrong, in the guide's words.
#[derive(Debug, Clone, Serialize)]
struct Problem {
    summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    guide: Option<String>,
}

impl Problem {
    fn new(summary: impl Into<String>) -> Self {
        Problem {
            summary: summary.into(),
            fix: None,
            guide: None,
        }
    }
    fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }
    fn guide(mut self, guide: &str) -> Self {
        self.guide = Some(guide.to_string());
        self
    }
}

/// The whole outcome, for the terminal, the browser and `--output json`.
#[derive(Debug, Serialize)]
struct Verdict {
    mode: &'static str,
    subject: String,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    user: Option<Me>,
    #[serde(skip_serializing_if = "Option::is_none")]
    claims: Option<Claims>,
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<Problem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<serde_json::Value>,
}

impl Verdict {
    fn failed(mode: &'static str, subject: &str, problem: Problem) -> Self {
        Verdict {
            mode,
            subject: subject.to_string(),
            ok: false,
            user: None,
            claims: None,
            problem: Some(problem),
            tokens: None,
        }
    }
}

/// Okta's and the service's errors, mapped to the guide.
fn callback_problem(error: &str, description: &str, slug: Option<&str>) -> Problem {
    let said = if description.is_empty() {
        error.to_string()
    } else {
        format!("{error}: {description}")
    };
    if description.contains("Policy evaluation failed") {
        return Problem::new(format!("Okta refused the sign-in ({said})"))
            .fix("follow step 3: on the `default` authorization server add an access policy for All clients with a rule granting Authorization Code to any user assigned to the app")
            .guide(guide::ROW_POLICY);
    }
    if description.contains("not assigned") {
        return Problem::new(format!("Okta refused the sign-in ({said})"))
            .fix("assign the user, or a group they belong to, to the app (Applications → the app → Assignments); the guide's default is Allow everyone in your organization")
            .guide(guide::STEP_1);
    }
    if description
        .to_ascii_lowercase()
        .contains("sso config not found")
    {
        return Problem::new(format!("the service does not know the tenant ({said})"))
            .fix("confirm with Biometry support that the tenant is registered and the slug matches")
            .guide(guide::ROW_NOT_FOUND);
    }
    if description
        .to_ascii_lowercase()
        .contains("expired sso state")
    {
        return Problem::new(format!("the service's login state expired ({said})"))
            .fix("start the login again and finish it within 10 minutes")
            .guide(guide::ROW_STATE);
    }
    if description.contains("redirect_uri") || description.contains("redirect URI") {
        let fix = match slug {
            Some(slug) => format!(
                "the app's Sign-in redirect URI must be exactly the one `ssoctl check redirect-uri {slug}` prints"
            ),
            None => "add the redirect URI above to the app's Sign-in redirect URIs".to_string(),
        };
        return Problem::new(format!("Okta refused the redirect URI ({said})"))
            .fix(fix)
            .guide(guide::ROW_REDIRECT);
    }
    if error == "unsupported_response_type" || error == "unauthorized_client" {
        return Problem::new(format!(
            "the app does not allow the Authorization Code flow ({said})"
        ))
        .fix("in the app's General settings, check Grant type: Authorization Code")
        .guide(guide::STEP_1);
    }
    Problem::new(format!("the sign-in failed ({said})"))
}

/// An Okta page that stops the browser before sign-in, found without a browser.
fn preflight_problem(
    outcome: &AuthorizeOutcome,
    client: &str,
    redirect_uri: &str,
) -> Option<Problem> {
    match outcome {
        AuthorizeOutcome::SignIn => None,
        AuthorizeOutcome::UnknownClient => Some(
            Problem::new(format!("Okta does not know the client ID {client}"))
                .fix("copy the Client ID from the app's General tab in Okta")
                .guide(guide::STEP_1),
        ),
        AuthorizeOutcome::RedirectNotRegistered { admin_url } => Some(
            Problem::new(format!(
                "{redirect_uri} is not a Login redirect URI of the app"
            ))
            .fix(match admin_url {
                Some(url) => {
                    format!("add exactly {redirect_uri} to Sign-in redirect URIs at {url}")
                }
                None => format!("add exactly {redirect_uri} to the app's Sign-in redirect URIs"),
            })
            .guide(guide::ROW_REDIRECT),
        ),
        AuthorizeOutcome::ErrorRedirect { error, description } => {
            Some(callback_problem(error, description, None))
        }
        AuthorizeOutcome::ErrorPage { location } => Some(
            Problem::new(format!(
                "Okta sent the browser to an error page ({location})"
            ))
            .fix(
                "if the domain is the Admin Console (-admin) host, register the org domain instead",
            )
            .guide(guide::STEP_2),
        ),
        AuthorizeOutcome::Unexpected { status, summary } => Some(Problem::new(format!(
            "unexpected answer from Okta's authorize endpoint (HTTP {status}): {summary}"
        ))),
    }
}

fn listen_addr(args: &LoginTestArgs, default_port: u16) -> SocketAddr {
    args.listen
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], args.port.unwrap_or(default_port))))
}

/// Opens the browser: `BROWSER` when set (`%s` marks the URL), else the
/// platform's opener; `false` when none can be opened here.
fn open_browser(url: &str) -> bool {
    if let Some(browser) = std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
    {
        let command = browser.split(':').next().unwrap_or_default().to_string();
        let mut parts: Vec<String> = command.split_whitespace().map(str::to_string).collect();
        if parts.is_empty() {
            return false;
        }
        if parts.iter().any(|p| p.contains("%s")) {
            parts = parts.into_iter().map(|p| p.replace("%s", url)).collect();
        } else {
            parts.push(url.to_string());
        }
        return std::process::Command::new(&parts[0])
            .args(&parts[1..])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .is_ok();
    }
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        return false;
    }
    open::that_detached(url).is_ok()
}

/// The browser's half: open the local page (or print it), then wait for the
/// one callback; with `--paste`, read the final URL instead.
async fn browser_leg(
    ctx: &mut Context,
    args: &LoginTestArgs,
    secrets: &LoginSecrets,
    listener: Option<(tokio::net::TcpListener, SocketAddr)>,
    target: &Url,
) -> Result<(CallbackParams, Option<Responder>)> {
    let Some((listener, addr)) = listener else {
        ctx.io.status(&format!(
            "Open this URL in a browser on any machine and sign in:\n\n  {target}\n"
        ));
        ctx.io.status("The browser ends on a page that cannot load (nothing listens there): copy its whole address.");
        let pasted = if ctx.can_prompt {
            ctx.prompter
                .input("Paste the address the browser ended on", &|v: &str| {
                    url::Url::parse(v)
                        .map(|_| ())
                        .map_err(|_| "that is not a URL".to_string())
                })?
        } else {
            ctx.io.read_input()?
        };
        return Ok((loopback::parse_pasted(&pasted, &secrets.state)?, None));
    };
    let listener = Loopback::serve(
        listener,
        addr,
        &args.redirect_host,
        &secrets.state,
        target.to_string(),
    );
    let start = listener.start_url.clone();
    if !args.redirect_host.eq("127.0.0.1") || std::env::var_os("SSH_CONNECTION").is_some() {
        ctx.io.status(&format!(
            "On an SSH session? Forward the port first:  ssh -L {port}:127.0.0.1:{port} <this host>",
            port = addr.port()
        ));
    }
    let opened = !args.no_browser && open_browser(&start);
    if opened {
        ctx.io
            .status(&format!("Opened {start} in the browser; sign in there."));
    } else {
        if !args.no_browser {
            ctx.io
                .status("No browser can be opened here (no display); open this URL yourself:");
        } else {
            ctx.io.status("Open this URL in a browser:");
        }
        ctx.io.status(&format!("\n  {start}\n"));
    }
    ctx.io.status(&format!(
        "Waiting up to {} for the sign-in…",
        humantime::format_duration(args.timeout)
    ));
    let (params, responder) = listener.wait_split(args.timeout).await?;
    Ok((params, Some(responder)))
}

async fn finish(
    ctx: &mut Context,
    verdict: Verdict,
    callback: Option<Responder>,
    fields: Vec<(&str, String)>,
) -> Result<Printable> {
    let page = match &verdict.problem {
        None => Page {
            ok: true,
            title: "Signed in".into(),
            lines: fields.iter().map(|(k, v)| format!("{k}: {v}")).collect(),
        },
        Some(p) => {
            let mut lines = vec![p.summary.clone()];
            lines.extend(p.fix.iter().map(|f| format!("Fix: {f}")));
            lines.extend(p.guide.iter().map(|g| format!("See: {g}")));
            Page {
                ok: false,
                title: "Sign-in test failed".into(),
                lines,
            }
        }
    };
    if let Some(responder) = callback {
        responder.respond(page).await;
    }
    let mut notes = Vec::new();
    if let Some(p) = &verdict.problem {
        notes.push(format!("✗ {}", p.summary));
        notes.extend(p.fix.iter().map(|f| format!("  fix: {f}")));
        notes.extend(p.guide.iter().map(|g| format!("  see: {g}")));
    }
    let printable = Printable::details(&verdict, fields, notes);
    if verdict.ok {
        ctx.io
            .success(&format!("Sign-in test passed: {}", verdict.subject));
        return Ok(printable);
    }
    ctx.print(&printable)?;
    let summary = verdict
        .problem
        .map(|p| p.summary)
        .unwrap_or_else(|| "the sign-in test failed".into());
    Err(CliError::new(
        ErrorKind::Problems,
        format!("sign-in test failed: {summary}"),
    )
    .into())
}

async fn through_service(ctx: &mut Context, args: LoginTestArgs) -> Result<Printable> {
    let slug = args
        .slug
        .clone()
        .ok_or_else(|| CliError::usage("name the tenant: `ssoctl login test SLUG`"))?;
    let auth_url = ctx.settings()?.auth_url.value.clone();
    let http = ctx.http()?;
    let secrets = LoginSecrets::generate();
    let listener = if args.paste {
        None
    } else {
        let (listener, addr, _) =
            Loopback::bind(listen_addr(&args, 0), &args.redirect_host).await?;
        Some((listener, addr))
    };
    let port = listener
        .as_ref()
        .map(|(_, a)| a.port())
        .or(args.port)
        .unwrap_or(DIRECT_DEFAULT_PORT);
    let return_to = format!("http://{}:{port}/callback", args.redirect_host);
    let start = login::start_url(
        &auth_url,
        &slug,
        &return_to,
        &secrets.state,
        &secrets.challenge,
    );

    // Before any browser: the service knows the tenant, and Okta accepts the app.
    if let Some(problem) = preflight_service(&http, &start, &slug).await? {
        let verdict = Verdict::failed("service", &slug, problem);
        return finish(ctx, verdict, None, vec![("tenant", slug.clone())]).await;
    }

    let (params, callback) = browser_leg(ctx, &args, &secrets, listener, &start).await?;
    let arrived = std::time::Instant::now();
    let code = match params {
        CallbackParams::Error { error, description } => {
            let problem = callback_problem(&error, &description, Some(&slug));
            let verdict = Verdict::failed("service", &slug, problem);
            return finish(ctx, verdict, callback, vec![("tenant", slug.clone())]).await;
        }
        CallbackParams::Code { code, .. } => code,
    };
    let session = match login::exchange(&http, &auth_url, &code, &secrets.verifier).await {
        Ok(session) => session,
        Err(e) => {
            let problem = Problem::new(format!("the service refused the one-time code: {e}"))
                .fix("run the test again; if it keeps failing, send the request id to Biometry's SSO team");
            let verdict = Verdict::failed("service", &slug, problem);
            return finish(ctx, verdict, callback, vec![("tenant", slug.clone())]).await;
        }
    };
    let me = login::me(&http, &auth_url, &session.token).await?;
    let mut fields = vec![
        ("tenant", slug.clone()),
        ("okta sign-in", "succeeded".to_string()),
        ("user", me.email.clone()),
        ("role", or_dash(me.role.as_deref())),
        ("project role", or_dash(me.project_role.as_deref())),
        ("project id", or_dash(me.project_id.as_deref())),
        (
            "subscription",
            me.subscription
                .as_ref()
                .map(subscription_text)
                .unwrap_or_else(|| "-".into()),
        ),
    ];
    let problem = if me.project_id.as_deref().is_none_or(str::is_empty) {
        Some(
            Problem::new("signed in, but project_id is empty: Biometry's provisioning services were unreachable at first login")
                .fix(format!("ssoctl provisioning retry {slug} --wait"))
                .guide(guide::ROW_PROJECT),
        )
    } else if me.role.as_deref() != Some("partner") {
        Some(Problem::new(format!(
            "signed in, but the role is {} instead of partner",
            or_dash(me.role.as_deref())
        )))
    } else {
        None
    };
    if problem.is_none() && me.project_role.as_deref() != Some("owner") {
        fields.push((
            "note",
            "the first user of a tenant is its owner; later users join the same project".into(),
        ));
    }
    let verdict = Verdict {
        mode: "service",
        subject: slug,
        ok: problem.is_none(),
        user: Some(me),
        claims: None,
        problem,
        tokens: None,
    };
    tracing::debug!(
        "verdict {} ms after the callback",
        arrived.elapsed().as_millis()
    );
    finish(ctx, verdict, callback, fields).await
}

fn subscription_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Object(map) => map
            .get("plan")
            .and_then(|p| p.as_str())
            .unwrap_or("?")
            .to_string(),
        other => other.to_string(),
    }
}

/// GETs the start URL without following it: 404 is the guide's "SSO config
/// not found"; a redirect to Okta is probed for the pages that would stop
/// the browser (unknown client, unregistered redirect URI).
async fn preflight_service(http: &HttpClient, start: &Url, slug: &str) -> Result<Option<Problem>> {
    let response = http
        .send(Request::new(Method::GET, start.clone()))
        .await
        .map_err(crate::api::ApiError::from)?;
    match response.status.as_u16() {
        300..=399 => {}
        404 => {
            return Ok(Some(
                Problem::new(format!("SSO config not found: the service has no tenant `{slug}`"))
                    .fix("confirm with Biometry support that the tenant is registered and the slug matches")
                    .guide(guide::ROW_NOT_FOUND),
            ));
        }
        _ => {
            let said = crate::api::error::status_error(Method::GET, &response);
            let id = response
                .request_id()
                .map(|id| format!(" (request id {id})"))
                .unwrap_or_default();
            return Ok(Some(Problem::new(format!(
                "the service refused to start the login: {said}{id}"
            ))));
        }
    }
    let Some(location) = response.header("location").and_then(|l| start.join(l).ok()) else {
        return Ok(Some(Problem::new("the service redirected nowhere")));
    };
    let redirect_uri = location
        .query_pairs()
        .find(|(k, _)| k == "redirect_uri")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let client = location
        .query_pairs()
        .find(|(k, _)| k == "client_id")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let response = http
        .send(Request::new(Method::GET, location))
        .await
        .map_err(crate::api::ApiError::from)?;
    let outcome = match response.status.as_u16() {
        400 => probe::classify_error_page(&String::from_utf8_lossy(&response.body)),
        _ => AuthorizeOutcome::SignIn,
    };
    Ok(preflight_problem(&outcome, &client, &redirect_uri))
}

async fn direct(ctx: &mut Context, args: LoginTestArgs) -> Result<Printable> {
    let client_id = args
        .client_id
        .clone()
        .ok_or_else(|| CliError::usage("--direct needs --client-id"))?;
    let issuer = direct_issuer(&args)?;
    if args.paste && args.secret.client_secret_stdin {
        return Err(
            CliError::usage("--paste and --client-secret-stdin both need standard input")
                .hint("give the secret with SSOCTL_CLIENT_SECRET or --client-secret-file")
                .into(),
        );
    }
    let secret = match secret_from_args(ctx, &args.secret)? {
        Some(secret) => secret,
        None => {
            ctx.require_prompt(
                "the client secret",
                "--client-secret-stdin, --client-secret-file or SSOCTL_CLIENT_SECRET",
            )?;
            ctx.prompter.secret("Client secret (hidden)")?
        }
    };
    let http = ctx.http()?;
    let doc_url = discovery_url(&issuer, DocKind::OpenidConfiguration)
        .ok_or_else(|| CliError::usage(format!("{issuer} is not a URL")))?;
    let (discovery, _) = get_json::<Discovery>(&http, &doc_url, None)
        .await
        .map_err(|e| {
            CliError::general(format!("cannot read {doc_url}: {e}"))
                .hint("check the provider with `ssoctl check domain`")
        })?;
    if discovery.issuer != issuer {
        return Err(CliError::general(format!(
            "the provider's issuer is {}, not {issuer}",
            discovery.issuer
        ))
        .hint("the ID token would not verify; check the domain (guide step 2)")
        .into());
    }
    // Nothing secret goes to an endpoint off the issuer's host or over plain http.
    discovery.check_endpoints().map_err(|problem| {
        CliError::general(problem).hint("check the provider with `ssoctl check domain`")
    })?;
    let secrets = LoginSecrets::generate();
    let listener = if args.paste {
        None
    } else {
        let (listener, addr, _) =
            Loopback::bind(listen_addr(&args, DIRECT_DEFAULT_PORT), &args.redirect_host).await?;
        Some((listener, addr))
    };
    let port = listener
        .as_ref()
        .map(|(_, a)| a.port())
        .or(args.port)
        .unwrap_or(DIRECT_DEFAULT_PORT);
    let redirect_uri = format!("http://{}:{port}/callback", args.redirect_host);
    ctx.io.status(&format!("The app must list this Sign-in redirect URI for the test (remove it afterwards):\n  {redirect_uri}"));

    let authorize = Url::parse(&discovery.authorization_endpoint)
        .map_err(|_| CliError::general("the provider's authorization_endpoint is not a URL"))?;
    let subject = format!("client {client_id} at {issuer}");
    if let Ok(outcome) = probe::authorize(&http, &authorize, &client_id, &redirect_uri).await
        && let Some(problem) = preflight_problem(&outcome, &client_id, &redirect_uri)
    {
        let verdict = Verdict::failed("direct", &subject, problem);
        return finish(ctx, verdict, None, vec![("issuer", issuer.clone())]).await;
    }
    let mut target = authorize.clone();
    target
        .query_pairs_mut()
        .append_pair("client_id", &client_id)
        .append_pair("response_type", "code")
        .append_pair("scope", &SERVICE_SCOPES.join(" "))
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("state", &secrets.state)
        .append_pair("nonce", &secrets.nonce)
        .append_pair("code_challenge", &secrets.challenge)
        .append_pair("code_challenge_method", "S256");

    let (params, callback) = browser_leg(ctx, &args, &secrets, listener, &target).await?;
    let arrived = std::time::Instant::now();
    let fail = |problem: Problem| Verdict::failed("direct", &subject, problem);
    let code = match params {
        CallbackParams::Error { error, description } => {
            return finish(
                ctx,
                fail(callback_problem(&error, &description, None)),
                callback,
                vec![("issuer", issuer.clone())],
            )
            .await;
        }
        // RFC 9207: when the provider names itself, it must be the one we asked.
        CallbackParams::Code { iss: Some(iss), .. } if iss != issuer => {
            let problem = Problem::new(format!(
                "the callback names the issuer {iss}, not {issuer}: refused (mix-up protection)"
            ));
            return finish(
                ctx,
                fail(problem),
                callback,
                vec![("issuer", issuer.clone())],
            )
            .await;
        }
        CallbackParams::Code { code, .. } => code,
    };
    let tokens = match exchange_code(
        &http,
        &discovery,
        &client_id,
        &secret,
        &code,
        &redirect_uri,
        &secrets.verifier,
    )
    .await
    {
        Ok(tokens) => tokens,
        Err(problem) => {
            return finish(
                ctx,
                fail(problem),
                callback,
                vec![("issuer", issuer.clone())],
            )
            .await;
        }
    };
    let Some(id_token) = tokens
        .get("id_token")
        .and_then(|t| t.as_str())
        .map(str::to_string)
    else {
        return finish(
            ctx,
            fail(Problem::new(
                "the token answer has no id_token (was the openid scope granted?)",
            )),
            callback,
            vec![],
        )
        .await;
    };
    let jwks = discovery
        .jwks_uri
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .ok_or_else(|| CliError::general("the provider has no jwks_uri"))?;
    let mut keys = KeyCache::new(&http, jwks);
    let algorithms = discovery
        .id_token_signing_alg_values_supported
        .clone()
        .unwrap_or_default();
    let expect = Expectation {
        issuer: &issuer,
        client_id: &client_id,
        nonce: &secrets.nonce,
        algorithms: &algorithms,
    };
    let claims = match idtoken::verify(&id_token, &expect, &mut keys).await {
        Ok(claims) => claims,
        Err(e) => {
            let problem = Problem::new(format!("the ID token was refused: {e}"))
                .fix("the provider's tokens must verify before the service accepts them; check the issuer and the keys with `ssoctl check domain`");
            return finish(
                ctx,
                fail(problem),
                callback,
                vec![("issuer", issuer.clone())],
            )
            .await;
        }
    };
    // Providers that issue an access token may keep profile claims out of
    // the ID token (OIDC Core 5.4): ask userinfo, for the same subject only.
    let email = match &claims.email {
        Some(email) => Some(email.clone()),
        None => userinfo_email(&http, &discovery, &tokens, &claims.sub).await,
    };
    let fields = vec![
        ("issuer", claims.iss.clone()),
        ("subject", claims.sub.clone()),
        ("email", or_dash(email.as_deref())),
        ("name", or_dash(claims.name.as_deref())),
        (
            "verified",
            "signature, alg, iss, aud, azp, exp, iat, nonce".to_string(),
        ),
    ];
    let shown_tokens = args.show_tokens.then(|| {
        // Asked for: the scrubber lets these through.
        crate::secret::reveal_json(&tokens);
        tokens.clone()
    });
    let verdict = Verdict {
        mode: "direct",
        subject,
        ok: true,
        user: None,
        claims: Some(claims),
        problem: None,
        tokens: shown_tokens,
    };
    tracing::debug!(
        "verdict {} ms after the callback",
        arrived.elapsed().as_millis()
    );
    finish(ctx, verdict, callback, fields).await
}

/// The email from the userinfo endpoint, when its `sub` is the ID token's
/// (OIDC Core 5.3.2); `None` on any failure: it is only shown.
async fn userinfo_email(
    http: &HttpClient,
    discovery: &Discovery,
    tokens: &serde_json::Value,
    sub: &str,
) -> Option<String> {
    let endpoint = Url::parse(discovery.userinfo_endpoint.as_deref()?).ok()?;
    let access_token = tokens.get("access_token")?.as_str()?;
    let request = Request::new(Method::GET, endpoint)
        .header(
            reqwest::header::AUTHORIZATION,
            &format!("Bearer {access_token}"),
        )
        .header(reqwest::header::ACCEPT, "application/json");
    let response = http.send(request).await.ok()?;
    let info: serde_json::Value = serde_json::from_slice(&response.body).ok()?;
    (info.get("sub")?.as_str()? == sub)
        .then(|| info.get("email")?.as_str().map(str::to_string))
        .flatten()
}

fn direct_issuer(args: &LoginTestArgs) -> Result<String> {
    if let Some(issuer) = &args.issuer {
        let url = crate::config::checked_url("--issuer", issuer)?;
        return Ok(url.as_str().trim_end_matches('/').to_string());
    }
    let domain = args
        .okta_domain
        .as_deref()
        .ok_or_else(|| CliError::usage("--direct needs --okta-domain or --issuer"))?;
    let parsed = crate::okta::domain::parse(domain)
        .map_err(|e| crate::commands::invalid("--okta-domain", e))?;
    Ok(format!(
        "{}/oauth2/default",
        parsed.base_url().as_str().trim_end_matches('/')
    ))
}

/// The code for tokens, with exactly one client authentication (Okta
/// refuses two: behaviour.md row 14).
async fn exchange_code(
    http: &HttpClient,
    discovery: &Discovery,
    client_id: &str,
    secret: &Secret,
    code: &Secret,
    redirect_uri: &str,
    verifier: &Secret,
) -> std::result::Result<serde_json::Value, Problem> {
    let token_url = Url::parse(&discovery.token_endpoint)
        .map_err(|_| Problem::new("the token_endpoint is not a URL"))?;
    let methods = discovery
        .token_endpoint_auth_methods_supported
        .clone()
        .unwrap_or_default();
    let use_post = !methods.is_empty()
        && !methods.iter().any(|m| m == "client_secret_basic")
        && methods.iter().any(|m| m == "client_secret_post");
    let mut form = vec![
        ("grant_type", "authorization_code".to_string()),
        ("code", code.expose().to_string()),
        ("redirect_uri", redirect_uri.to_string()),
        ("code_verifier", verifier.expose().to_string()),
    ];
    let mut request =
        Request::new(Method::POST, token_url).header(reqwest::header::ACCEPT, "application/json");
    if use_post {
        form.push(("client_id", client_id.to_string()));
        form.push(("client_secret", secret.expose().to_string()));
    } else {
        request = request.header(
            reqwest::header::AUTHORIZATION,
            &probe::basic_auth(client_id, secret),
        );
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let request = request.form(&pairs);
    let response = http
        .send(request)
        .await
        .map_err(|e| Problem::new(format!("the token endpoint cannot be reached: {e}")))?;
    if response.status.is_success() {
        return serde_json::from_slice(&response.body)
            .map_err(|_| Problem::new("the token answer is not JSON"));
    }
    let error = OktaError::parse(&response.body).unwrap_or_default();
    Err(match error.code.as_str() {
        "invalid_client" if error.description.to_ascii_lowercase().contains("secret") => {
            Problem::new(format!(
                "Okta refused the client secret ({})",
                error.description
            ))
            .fix("copy the Client Secret again from the app's General tab")
            .guide(guide::STEP_1)
        }
        "invalid_client" => {
            Problem::new(format!("Okta refused the client ({})", error.description))
                .guide(guide::STEP_1)
        }
        _ => Problem::new(format!(
            "the token endpoint answered HTTP {}: {} {}",
            response.status.as_u16(),
            error.code,
            error.description
        )),
    })
}
