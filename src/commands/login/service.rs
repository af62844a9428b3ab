//! `login test SLUG`: through the service's login endpoints, as a user of
//! the tenant signs in; the service's answers and the user's account judged.

use super::{Fields, Stop, Verdict, browser_leg, conclude, listen, preflight};
use crate::api::login;
use crate::cli::LoginTestArgs;
use crate::context::Context;
use crate::doctor::collect::{Sources, Target};
use crate::error::{CliError, Result};
use crate::oidc::client;
use crate::oidc::diagnose::{self, Problem, Subject};
use crate::oidc::loopback::{CallbackParams, Responder};
use crate::oidc::pkce::LoginSecrets;
use crate::outcome::Outcome;
use crate::output::or_dash;

pub(super) async fn run(ctx: &mut Context, args: LoginTestArgs) -> Result<Outcome> {
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
    let service_page = crate::api::expected_redirect_uri(&auth_url, slug);
    // Before any browser: the service knows the tenant, and Okta accepts the app.
    let answer = login::start(&http, &start).await?;
    let location = diagnose::start_problem(answer, subject)?;
    let param = |name: &str| {
        location
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    // Then the doctor on the same tenant (with the admin token), or on the
    // Okta org and client the service sends the browser to (without).
    let okta_token = ctx.okta_api_token(&Default::default())?;
    let api = match ctx.token()? {
        Some(_) => Some(ctx.api()?),
        None => None,
    };
    let target = match &api {
        Some(_) => Target::Tenant {
            slug: slug.to_string(),
            expected_redirect_uri: service_page.clone(),
        },
        None => Target::Okta {
            okta_domain: location[url::Position::BeforeHost..url::Position::AfterPort].to_string(),
            client_id: Some(param("client_id")),
            slug: Some(slug.to_string()),
            redirect_uri: Some(param("redirect_uri")),
        },
    };
    let sources = Sources {
        http: &http,
        api: api.as_ref(),
        okta_token: okta_token.as_ref(),
        client_secret: None,
        probe_authorize: false,
    };
    preflight(ctx, sources, &target).await?;
    let outcome = client::probe_authorize_redirect(&http, &location).await?;
    if let Some(problem) = diagnose::preflight_problem(
        &outcome,
        &param("client_id"),
        &param("redirect_uri"),
        subject,
    ) {
        return Err(problem.into());
    }
    let (params, responder) =
        browser_leg(ctx, args, &secrets, bound, &start, Some(&service_page)).await?;
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
    let me = login::me(&http, &auth_url, &session.token).await?;
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
