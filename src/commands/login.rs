//! `ssoctl login test`: a real sign-in from a terminal (the guide's step 5),
//! through the service or straight to the provider. The protocol lives in
//! `oidc/`; this file sets up the one listener of both modes, words the
//! failures in terms of the flags, and shows the verdict in the terminal,
//! the browser and as JSON.

use serde::Serialize;
use url::Url;

use crate::api::login::{self, Me};
use crate::cli::{DIRECT_DEFAULT_PORT, LoginCommand, LoginTestArgs};
use crate::commands::secret_from_args;
use crate::context::Context;
use crate::error::{CliError, ErrorKind, Result};
use crate::oidc::client::{self, Attempt, DiscoveryError, Provider};
use crate::oidc::diagnose::{self, Problem, Subject};
use crate::oidc::idtoken::Claims;
use crate::oidc::loopback::{
    self, Bound, CallbackParams, ListenError, Page, PasteError, Responder,
};
use crate::oidc::pkce::LoginSecrets;
use crate::oidc::types::{ClientId, IssuerUrl, RedirectUrl};
use crate::okta::probe;
use crate::outcome::Outcome;
use crate::output::{Printable, or_dash};

pub async fn run(ctx: &mut Context, command: LoginCommand) -> Result<Outcome> {
    match command {
        LoginCommand::Test(args) if args.direct => direct(ctx, args).await,
        LoginCommand::Test(args) => through_service(ctx, args).await,
    }
}

/// The whole outcome, for the terminal, the browser and `--output json`.
#[derive(Debug, Default, Serialize)]
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

type Fields = Vec<(&'static str, String)>;

/// How a mode's steps end early: a problem is the verdict; an error is not.
enum Stop {
    Problem(Problem),
    Error(anyhow::Error),
}

impl From<Problem> for Stop {
    fn from(problem: Problem) -> Self {
        Stop::Problem(problem)
    }
}

impl From<anyhow::Error> for Stop {
    fn from(error: anyhow::Error) -> Self {
        Stop::Error(error)
    }
}

impl From<CliError> for Stop {
    fn from(error: CliError) -> Self {
        Stop::Error(error.into())
    }
}

fn listen_error(e: ListenError) -> CliError {
    match &e {
        ListenError::NotLoopback(addr) => CliError::usage(format!("--listen {addr} is not a loopback address"))
            .hint("the listener receives authorization codes and binds loopback only; use 127.0.0.1:PORT with an `ssh -L` tunnel"),
        ListenError::HostNotLoopback(host) => CliError::usage(format!("--redirect-host {host:?} is not a loopback host"))
            .hint("the browser must come back to this machine: use 127.0.0.1, localhost or [::1] (from elsewhere, through `ssh -L`)"),
        ListenError::Bind { .. } => CliError::usage(e.to_string()).hint("pick another port with --port, or leave it out for a free one"),
    }
}

/// The one listener set-up of both modes: the bound listener (none with
/// `--paste`) and the redirect URI the browser comes back to.
async fn listen(args: &LoginTestArgs, default_port: u16) -> Result<(Option<Bound>, RedirectUrl)> {
    if args.paste {
        loopback::check_redirect_host(&args.redirect_host).map_err(listen_error)?;
        let port = args.port.unwrap_or(DIRECT_DEFAULT_PORT);
        return Ok((None, RedirectUrl::loopback(&args.redirect_host, port)));
    }
    let port = args.port.unwrap_or(default_port);
    let addr = args
        .listen
        .unwrap_or_else(|| std::net::SocketAddr::from(([127, 0, 0, 1], port)));
    let bound = loopback::bind(addr, &args.redirect_host)
        .await
        .map_err(listen_error)?;
    let redirect_uri = bound.redirect_uri.clone();
    Ok((Some(bound), redirect_uri))
}

/// The browser's half: open the local page (or print it), then wait for the
/// one callback; with `--paste`, read the final URL instead.
async fn browser_leg(
    ctx: &mut Context,
    args: &LoginTestArgs,
    secrets: &LoginSecrets,
    bound: Option<Bound>,
    target: &Url,
) -> Result<(CallbackParams, Option<Responder>)> {
    let Some(bound) = bound else {
        ctx.io.status(&format!(
            "Open this URL in a browser on any machine and sign in:\n\n  {target}\n"
        ));
        ctx.io.status("The browser ends on a page that cannot load (nothing listens there): copy its whole address.");
        let pasted = if ctx.can_prompt {
            let is_url = |v: &str| {
                Url::parse(v)
                    .map(|_| ())
                    .map_err(|_| "that is not a URL".to_string())
            };
            ctx.prompter
                .input("Paste the address the browser ended on", &is_url)?
        } else {
            ctx.io.read_input()?
        };
        let params = loopback::parse_pasted(&pasted, &secrets.state).map_err(|e| {
            CliError::usage(e.to_string()).hint(match e {
                PasteError::Empty => {
                    "sign in with the URL above, then paste the address the browser ends on"
                }
                PasteError::NotAUrl(_) => "paste the whole address from the browser's address bar",
                _ => "start the test again and paste the address the browser ends on",
            })
        })?;
        return Ok((params, None));
    };
    let port = bound.local_addr.port();
    let listener = bound.serve(
        &secrets.state,
        &secrets.start_key,
        target.to_string(),
        crate::browser::page_html,
    );
    let start = listener.start_url.clone();
    if args.redirect_host != "127.0.0.1" || std::env::var_os("SSH_CONNECTION").is_some() {
        ctx.io.status(&format!(
            "On an SSH session? Forward the port first:  ssh -L {port}:127.0.0.1:{port} <this host>"
        ));
    }
    if !args.no_browser && crate::browser::open(&start) {
        ctx.io
            .status(&format!("Opened {start} in the browser; sign in there."));
    } else {
        ctx.io.status(match args.no_browser {
            true => "Open this URL in a browser:",
            false => "No browser can be opened here (no display); open this URL yourself:",
        });
        ctx.io.status(&format!("\n  {start}\n"));
    }
    ctx.io.status(&format!(
        "Waiting up to {} for the sign-in…",
        humantime::format_duration(args.timeout)
    ));
    let (params, responder) = listener.wait(args.timeout).await.map_err(|e| {
        CliError::general(e.to_string()).hint("the service's login state lives 10 minutes (guide: invalid or expired sso state); run the test again")
    })?;
    Ok((params, Some(responder)))
}

/// Answers the browser, and returns the verdict as data plus exit status.
async fn conclude(
    ctx: &mut Context,
    (mode, subject): (&'static str, String),
    on_failure: Fields,
    steps: Result<(Verdict, Fields), Stop>,
    callback: Option<Responder>,
) -> Result<Outcome> {
    let (verdict, fields) = match steps {
        Ok(passed) => passed,
        Err(Stop::Error(e)) => return Err(e),
        Err(Stop::Problem(problem)) => {
            let problem = Some(problem);
            (
                Verdict {
                    mode,
                    subject,
                    problem,
                    ..Verdict::default()
                },
                on_failure,
            )
        }
    };
    let (page, notes) = match &verdict.problem {
        None => {
            let lines = fields.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            (
                Page {
                    ok: true,
                    title: "Signed in".into(),
                    lines,
                },
                Vec::new(),
            )
        }
        Some(p) => {
            let lines = p.lines("", "Fix: ", "See: ");
            let page = Page {
                ok: false,
                title: "Sign-in test failed".into(),
                lines,
            };
            (page, p.lines("✗ ", "  fix: ", "  see: "))
        }
    };
    if let Some(responder) = callback {
        responder.respond(page).await;
    }
    let printable = Printable::details(&verdict, fields, notes);
    let Some(problem) = verdict.problem else {
        ctx.io
            .success(&format!("Sign-in test passed: {}", verdict.subject));
        return Ok(Outcome::ok(printable));
    };
    let message = format!("sign-in test failed: {}", problem.summary);
    Ok(Outcome::failed(
        printable,
        CliError::new(ErrorKind::Problems, message),
    ))
}

async fn through_service(ctx: &mut Context, args: LoginTestArgs) -> Result<Outcome> {
    let slug = args
        .slug
        .clone()
        .ok_or_else(|| CliError::usage("name the tenant: `ssoctl login test SLUG`"))?;
    let mut callback = None;
    let steps = service_steps(ctx, &args, &slug, &mut callback).await;
    let on_failure = vec![("tenant", slug.clone())];
    conclude(ctx, ("service", slug), on_failure, steps, callback).await
}

async fn service_steps(
    ctx: &mut Context,
    args: &LoginTestArgs,
    slug: &str,
    callback: &mut Option<Responder>,
) -> Result<(Verdict, Fields), Stop> {
    let auth_url = ctx.settings()?.auth_url.value.clone();
    let http = ctx.http()?;
    let secrets = LoginSecrets::generate();
    let (bound, return_to) = listen(args, 0).await?;
    let (state, challenge) = (secrets.state.as_str(), secrets.challenge.as_str());
    let start = login::start_url(&auth_url, slug, return_to.as_str(), state, challenge);
    let subject = Subject::Tenant(slug);
    // Before any browser: the service knows the tenant, and Okta accepts the app.
    let answer = login::start(&http, &start)
        .await
        .map_err(anyhow::Error::from)?;
    let location = diagnose::start_problem(answer, subject)?;
    let param = |name: &str| {
        location
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    let outcome = client::probe_authorize_redirect(&http, &location)
        .await
        .map_err(anyhow::Error::from)?;
    if let Some(problem) = diagnose::preflight_problem(
        &outcome,
        &param("client_id"),
        &param("redirect_uri"),
        subject,
    ) {
        return Err(problem.into());
    }
    let (params, responder) = browser_leg(ctx, args, &secrets, bound, &start).await?;
    *callback = responder;
    let code = match params {
        CallbackParams::Error { error, description } => {
            return Err(diagnose::callback_problem(&error, &description, subject).into());
        }
        CallbackParams::Code { code, .. } => code,
    };
    let session = login::exchange(&http, &auth_url, &code, secrets.verifier.secret()).await.map_err(|e| {
        Problem::new(format!("the service refused the one-time code: {e}"))
            .fix("run the test again; if it keeps failing, send the request id to Biometry's SSO team")
    })?;
    let me = login::me(&http, &auth_url, &session.token)
        .await
        .map_err(anyhow::Error::from)?;
    let mut fields = vec![
        ("tenant", slug.to_string()),
        ("okta sign-in", "succeeded".to_string()),
        ("user", me.email.clone()),
        ("role", or_dash(me.role.as_deref())),
        ("project role", or_dash(me.project_role.as_deref())),
        ("project id", or_dash(me.project_id.as_deref())),
        ("subscription", me.subscription_plan()),
    ];
    // A signed-in user whose account is not right is a failed test that shows the account.
    let problem = match diagnose::me_problem(&me, slug) {
        Ok(note) => {
            fields.extend(note.map(|n| ("note", n)));
            None
        }
        Err(problem) => Some(problem),
    };
    let (ok, subject) = (problem.is_none(), slug.to_string());
    Ok((
        Verdict {
            mode: "service",
            subject,
            ok,
            user: Some(me),
            problem,
            ..Verdict::default()
        },
        fields,
    ))
}

async fn direct(ctx: &mut Context, args: LoginTestArgs) -> Result<Outcome> {
    let client_id = ClientId::new(
        args.client_id
            .clone()
            .ok_or_else(|| CliError::usage("--direct needs --client-id"))?,
    );
    let issuer = direct_issuer(&args)?;
    let mut callback = None;
    let steps = direct_steps(ctx, &args, &client_id, &issuer, &mut callback).await;
    let subject = format!("client {client_id} at {issuer}");
    conclude(
        ctx,
        ("direct", subject),
        vec![("issuer", issuer.to_string())],
        steps,
        callback,
    )
    .await
}

async fn direct_steps(
    ctx: &mut Context,
    args: &LoginTestArgs,
    client_id: &ClientId,
    issuer: &IssuerUrl,
    callback: &mut Option<Responder>,
) -> Result<(Verdict, Fields), Stop> {
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
    let provider = Provider::discover(&http, issuer)
        .await
        .map_err(|e| match &e {
            DiscoveryError::IssuerMismatch { .. } => CliError::general(e.to_string())
                .hint("the ID token would not verify; check the domain (guide step 2)"),
            _ => CliError::general(e.to_string())
                .hint("check the provider with `ssoctl check domain`"),
        })?;
    let secrets = LoginSecrets::generate();
    let (bound, redirect_uri) = listen(args, DIRECT_DEFAULT_PORT).await?;
    ctx.io.status(&format!("The app must list this Sign-in redirect URI for the test (remove it afterwards):\n  {redirect_uri}"));
    let subject = Subject::Direct {
        okta_domain: args.okta_domain.as_deref(),
        client_id: client_id.as_str(),
    };
    let not_a_url = |e: DiscoveryError| CliError::general(e.to_string());
    let authorize = provider.authorization_endpoint().map_err(not_a_url)?;
    if let Ok(outcome) =
        probe::authorize(&http, &authorize, client_id.as_str(), redirect_uri.as_str()).await
        && let Some(problem) = diagnose::preflight_problem(
            &outcome,
            client_id.as_str(),
            redirect_uri.as_str(),
            subject,
        )
    {
        return Err(problem.into());
    }
    let target = provider
        .authorize_url(client_id, &redirect_uri, &secrets)
        .map_err(not_a_url)?;
    let (params, responder) = browser_leg(ctx, args, &secrets, bound, &target).await?;
    *callback = responder;
    let attempt = Attempt {
        client_id,
        secret: &secret,
        redirect_uri: &redirect_uri,
        secrets: &secrets,
    };
    let signed_in = provider
        .complete(&http, params, &attempt)
        .await
        .map_err(|f| diagnose::login_problem(&f, subject))?;
    let claims = signed_in.claims;
    let fields = vec![
        ("issuer", claims.iss.clone()),
        ("subject", claims.sub.clone()),
        ("email", or_dash(signed_in.email.as_deref())),
        ("name", or_dash(claims.name.as_deref())),
        (
            "verified",
            "signature, alg, iss, aud, azp, exp, iat, nonce; nbf when present".to_string(),
        ),
    ];
    let tokens = args.show_tokens.then(|| signed_in.tokens.raw.clone());
    let subject = format!("client {client_id} at {issuer}");
    Ok((
        Verdict {
            mode: "direct",
            subject,
            ok: true,
            claims: Some(claims),
            tokens,
            ..Verdict::default()
        },
        fields,
    ))
}

fn direct_issuer(args: &LoginTestArgs) -> Result<IssuerUrl> {
    if let Some(issuer) = &args.issuer {
        let url = crate::config::checked_url("--issuer", issuer)?;
        return Ok(IssuerUrl::normalized(url.as_str()));
    }
    let domain = args
        .okta_domain
        .as_deref()
        .ok_or_else(|| CliError::usage("--direct needs --okta-domain or --issuer"))?;
    let parsed = crate::okta::domain::parse(domain)
        .map_err(|e| CliError::invalid("--okta-domain", &e.problem, e.suggestion.as_deref()))?;
    Ok(IssuerUrl::normalized(&format!(
        "{}/oauth2/default",
        parsed.base_url().as_str().trim_end_matches('/')
    )))
}
