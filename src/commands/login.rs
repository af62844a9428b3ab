//! `ssoctl login test`: a real sign-in from a terminal (the guide's step 5),
//! through the service (`login/service.rs`) or straight to the provider
//! (`login/direct.rs`). The protocol lives in `oidc/`; this file sets up the
//! one listener of both modes, words its failures in terms of the flags,
//! and shows the verdict in the terminal, the browser and as JSON.

use serde::Serialize;
use url::Url;

use crate::api::login::Me;
use crate::cli::{DIRECT_DEFAULT_PORT, LoginCommand, LoginTestArgs};
use crate::context::Context;
use crate::doctor::collect::{self, Sources, Target};
use crate::doctor::{Severity, rules};
use crate::error::{CliError, ErrorKind, Result};
use crate::oidc::diagnose::Problem;
use crate::oidc::idtoken::Claims;
use crate::oidc::loopback::{
    self, Bound, CallbackParams, ListenError, Page, PasteError, Responder,
};
use crate::oidc::pkce::LoginSecrets;
use crate::oidc::types::RedirectUrl;
use crate::outcome::Outcome;
use crate::output::Printable;

mod direct;
mod service;

pub async fn run(ctx: &mut Context, command: LoginCommand) -> Result<Outcome> {
    match command {
        LoginCommand::Test(args) if args.direct => direct::run(ctx, args).await,
        LoginCommand::Test(args) => service::run(ctx, args).await,
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

impl<E: Into<anyhow::Error>> From<E> for Stop {
    fn from(error: E) -> Self {
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

/// The pre-flight is the doctor: its collector and rules on the login's
/// subject, before any browser opens. A finding that makes the sign-in
/// impossible is the verdict at once; the other problems are shown (on
/// stderr) and the test goes on.
async fn preflight(ctx: &mut Context, sources: Sources<'_>, target: &Target) -> Result<(), Stop> {
    let mut facts = collect::facts(sources, target)
        .await
        .map_err(|fatal| Stop::Error(crate::api::error::api_error(&fatal.0).into()))?;
    // A tenant the service just answered for is registered, whether or not
    // the admin API read it: its fixes name the tenant's commands.
    if let Target::Okta { slug: Some(_), .. } = target
        && sources.api.is_none()
    {
        facts.subject.registered = true;
    }
    let report = rules::judge(&facts);
    if let Some(blocking) = report.findings.iter().find(|f| rules::blocks_sign_in(f)) {
        return Err(Problem::from(blocking).into());
    }
    for finding in &report.findings {
        if matches!(finding.severity, Severity::Ok | Severity::Info) {
            continue;
        }
        let mark = format!("{} ", finding.severity.mark());
        for line in Problem::from(finding).lines(&mark, "  fix: ", "  see: ") {
            ctx.io.status(&line);
        }
    }
    Ok(())
}

/// The browser's half: open the local page (or print it), then wait for the
/// one callback; with `--paste`, read the final URL instead. `service_page`
/// is the service's redirect URI, where a browser stops when the service
/// refuses Okta's answer.
async fn browser_leg(
    ctx: &mut Context,
    args: &LoginTestArgs,
    secrets: &LoginSecrets,
    bound: Option<Bound>,
    target: &Url,
    service_page: Option<&str>,
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
        // The service's own page: Okta came back, the service refused its state.
        let at_service = service_page.is_some_and(|page| {
            let rest = pasted.trim().strip_prefix(page);
            rest.is_some_and(|r| r.is_empty() || r.starts_with(['?', '#']))
        });
        let parsed = loopback::parse_pasted(&pasted, &secrets.state);
        if at_service && matches!(parsed, Err(PasteError::WrongState)) {
            return Err(CliError::usage("the pasted address is the service's own page: the login state most likely expired (invalid or expired sso state)")
                .hint("start the test again and finish the sign-in within 10 minutes")
                .into());
        }
        let params = parsed.map_err(|e| {
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
    if args.redirect_host != "127.0.0.1" || ctx.env.var("SSH_CONNECTION").is_some() {
        ctx.io.status(&format!(
            "On an SSH session? Forward the port first:  ssh -L {port}:127.0.0.1:{port} <this host>"
        ));
    }
    if !args.no_browser && crate::browser::open(&start, ctx.env.as_ref()) {
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
            // One note: the fix and the guide's row follow the problem line by line.
            (page, vec![p.lines("✗ ", "  fix: ", "  see: ").join("\n")])
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
