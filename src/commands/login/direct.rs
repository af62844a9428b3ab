//! `login test --direct`: ssoctl is the OIDC client of the customer's
//! provider itself (no service, no admin token), and verifies what it gets.

use super::{Fields, Stop, Verdict, browser_leg, conclude, listen, preflight};
use crate::cli::{DIRECT_DEFAULT_PORT, LoginTestArgs};
use crate::commands::secret_from_args;
use crate::context::Context;
use crate::doctor::collect::{Sources, Target};
use crate::error::{CliError, Result};
use crate::oidc::client::{Attempt, DiscoveryError, Provider};
use crate::oidc::diagnose::{self, Subject};
use crate::oidc::loopback::Responder;
use crate::oidc::pkce::LoginSecrets;
use crate::oidc::types::{ClientId, IssuerUrl};
use crate::okta::probe;
use crate::outcome::Outcome;
use crate::output::or_dash;

pub(super) async fn run(ctx: &mut Context, args: LoginTestArgs) -> Result<Outcome> {
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
    let secrets = LoginSecrets::generate();
    let (bound, redirect_uri) = listen(args, DIRECT_DEFAULT_PORT).await?;
    ctx.io.status(&format!("The app must list this Sign-in redirect URI for the test (remove it afterwards):\n  {redirect_uri}"));
    // `--issuer http://host:port/oauth2/default` is checked as `--okta-domain host:port`.
    let check_domain = args.okta_domain.clone().or_else(|| {
        let base = issuer.as_str().strip_suffix("/oauth2/default")?;
        let url = url::Url::parse(base).ok()?;
        let host = url.host_str()?;
        Some(
            url.port()
                .map_or(host.to_string(), |p| format!("{host}:{p}")),
        )
    });
    // Before any browser: the doctor on the same org, client and redirect URI.
    let http = ctx.http()?;
    if let Some(okta_domain) = &check_domain {
        let okta_token = ctx.okta_api_token(&Default::default())?;
        let target = Target::Okta {
            okta_domain: okta_domain.clone(),
            client_id: Some(client_id.as_str().to_string()),
            slug: None,
            redirect_uri: Some(redirect_uri.as_str().to_string()),
        };
        let sources = Sources {
            http: &http,
            api: None,
            okta_token: okta_token.as_ref(),
            client_secret: Some(&secret),
            probe_authorize: false,
        };
        preflight(ctx, sources, &target).await?;
    }
    let provider = Provider::discover(&http, issuer)
        .await
        .map_err(|e| match &e {
            DiscoveryError::IssuerMismatch { .. } => CliError::general(e.to_string())
                .hint("the ID token would not verify; check the domain (guide step 2)"),
            _ => CliError::general(e.to_string())
                .hint("check the provider with `ssoctl check domain`"),
        })?;
    // Nothing secret goes to an endpoint off the issuer's host or over plain http.
    provider.metadata.check_endpoints().map_err(|problem| {
        CliError::general(problem).hint("check the provider with `ssoctl check domain`")
    })?;
    let subject = Subject::Direct {
        okta_domain: check_domain.as_deref(),
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
    let (params, responder) = browser_leg(ctx, args, &secrets, bound, &target, None).await?;
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
    // `--show-tokens` asked to see them: they leave the scrubber's registry
    // (the HAR still redacts them by name).
    let tokens = args.show_tokens.then(|| {
        let raw = signed_in.tokens.raw.clone();
        for name in ["id_token", "access_token", "refresh_token"] {
            if let Some(token) = raw.get(name).and_then(|t| t.as_str()) {
                crate::secret::forget(token);
            }
        }
        raw
    });
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
