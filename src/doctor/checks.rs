//! The checks, each a function from what is known to findings. Nothing here
//! knows about the sandbox: an emulated org is just another base URL.

use url::Url;

use crate::doctor::{Finding, Report, Severity, guide, redirect};
use crate::http::{HttpClient, HttpError};
use crate::okta::discovery::{self, Discovery, DocKind};
use crate::okta::domain::{self, DomainKind};
use crate::okta::fetch::{FetchError, get_json};
use crate::okta::jwks::{self, JwkSet};
use crate::okta::mgmt::{Mgmt, MgmtError};
use crate::okta::org::OktaOrganization;
use crate::okta::policy::{self, Audience, Verdict};
use crate::okta::probe::{self, AuthorizeOutcome, CredentialVerdict};
use crate::secret::Secret;

/// What the domain checks learned, for the checks that follow.
#[derive(Debug, Clone)]
pub struct OrgFacts {
    pub base: Url,
    pub default_server: Option<Discovery>,
}

fn base_string(base: &Url) -> String {
    base.as_str().trim_end_matches('/').to_string()
}

fn transport_finding(check: &str, what: &str, error: &HttpError) -> Finding {
    let finding = Finding::error(check, format!("{what}: {error}"));
    match error {
        HttpError::Tls { .. } => finding.fix(
            "if a corporate proxy or private CA signs this certificate, trust its CA with --ca-cert FILE",
        ),
        HttpError::Connect { reason, .. } if reason.contains("dns") || reason.contains("resolve") || reason.contains("lookup") => {
            finding.fix("the host name does not resolve: check the spelling against the top right of the Okta Admin Console").guide(guide::STEP_2)
        }
        _ => finding.fix("check the domain and your network, then run the check again"),
    }
}

/// Guide step 2 and the documents everything else relies on.
pub async fn domain(http: &HttpClient, input: &str) -> (Report, Option<OrgFacts>) {
    let mut report = Report::new(input.trim());
    let parsed = match domain::parse(input) {
        Ok(parsed) => parsed,
        Err(invalid) => {
            let mut finding =
                Finding::error("domain.format", invalid.problem.clone()).guide(guide::STEP_2);
            if let Some(s) = &invalid.suggestion {
                finding = finding.fix(format!("use {s}"));
            }
            report.push(finding);
            return (report, None);
        }
    };
    match parsed.kind {
        DomainKind::Okta => report.push(Finding::ok(
            "domain.format",
            format!("{} is a bare Okta domain", parsed.host),
        )),
        DomainKind::Custom => report.push(Finding::info(
            "domain.format",
            format!(
                "{} is not under an Okta suffix: checking it as a custom URL domain",
                parsed.host
            ),
        )),
        DomainKind::Loopback => report.push(Finding::info(
            "domain.format",
            format!(
                "{} is a loopback host, reached over plain http (local testing only)",
                parsed.host
            ),
        )),
    }
    let base = parsed.base_url();
    let base_text = base_string(&base);

    // Four independent documents, fetched at once: the org's description,
    // the org server's discovery, and the `default` server's two.
    let org_url = base
        .join(".well-known/okta-organization")
        .expect("a fixed path joins");
    let org_doc =
        discovery::discovery_url(&base_text, DocKind::OpenidConfiguration).expect("valid base");
    let issuer = format!("{base_text}/oauth2/default");
    let default_doc =
        discovery::discovery_url(&issuer, DocKind::OpenidConfiguration).expect("valid issuer");
    let oauth_doc =
        discovery::discovery_url(&issuer, DocKind::OauthAuthorizationServer).expect("valid issuer");
    let (org_description, org_server, default_answer, oauth_answer) = tokio::join!(
        get_json::<OktaOrganization>(http, &org_url, None),
        get_json::<Discovery>(http, &org_doc, None),
        get_json::<Discovery>(http, &default_doc, None),
        get_json::<Discovery>(http, &oauth_doc, None),
    );

    // Does an org live here?
    match org_description {
        Ok((org, _)) => {
            let mut finding = Finding::ok(
                "domain.org",
                format!("Okta org {} ({})", org.id, org.engine()),
            );
            let canonical = org.org_url().map(|u| u.trim_end_matches('/').to_string());
            let custom = org
                .custom_domain_url()
                .map(|u| u.trim_end_matches('/').to_string());
            if let Some(canonical) = &canonical
                && *canonical != base_text
                && custom.as_deref() != Some(base_text.as_str())
            {
                finding = finding.detail(format!("the org's own URL is {canonical}"));
            }
            report.push(finding);
            if let Some(custom) = custom {
                report.push(Finding::info(
                    "domain.custom_domain",
                    format!("the org also has the custom domain {custom}"),
                ));
            }
        }
        Err(FetchError::Transport(error)) => {
            report.push(transport_finding(
                "domain.reachable",
                &format!("{} cannot be reached", parsed.host),
                &error,
            ));
            return (report, None);
        }
        Err(FetchError::Status { status: 404, .. }) => {
            // Every Okta org answers this; a host that still serves the
            // `default` server's discovery is an OpenID Provider of another
            // make (or behind a proxy), and the checks below still apply.
            if default_answer.is_err() {
                report.push(
                    Finding::error("domain.org", format!("no Okta org answers at {}", parsed.host))
                        .detail("/.well-known/okta-organization answered 404: the org does not exist, or the name has a typo")
                        .fix("copy the domain from the top right of the Okta Admin Console (e.g. dev-12345678.okta.com)")
                        .guide(guide::STEP_2),
                );
                return (report, None);
            }
            report.push(
                Finding::warning(
                    "domain.org",
                    format!(
                        "{} is not an Okta org (no /.well-known/okta-organization)",
                        parsed.host
                    ),
                )
                .detail(
                    "it serves /oauth2/default discovery, so the OpenID checks below still run",
                ),
            );
        }
        Err(other) => report.push(
            Finding::warning(
                "domain.org",
                format!("could not read the org's public description: {other}"),
            )
            .detail(
                "a custom domain or a proxy may hide it; the discovery checks below still tell",
            ),
        ),
    }

    // The org authorization server: present in every org.
    match &org_server {
        Ok((doc, _)) if doc.issuer == base_text => report.push(Finding::ok(
            "discovery.org",
            format!("org authorization server issuer is {base_text}"),
        )),
        // Not the server the service uses: a mismatch here is only a warning,
        // the `default` server's check below is the one that fails.
        Ok((doc, _)) => report.extend(
            discovery::validate(doc, DocKind::OpenidConfiguration, &base_text, "org")
                .into_iter()
                .filter(|f| f.check == "discovery.org.issuer")
                .map(|mut f| {
                    f.severity = f.severity.min(Severity::Warning);
                    f
                }),
        ),
        Err(e) => report.push(Finding::warning(
            "discovery.org",
            format!("the org server's discovery document: {e}"),
        )),
    }

    // The `default` custom authorization server: what the service uses.
    let default_server = match default_answer {
        Ok((doc, _)) => {
            report.extend(discovery::validate(
                &doc,
                DocKind::OpenidConfiguration,
                &issuer,
                "default",
            ));
            Some(doc)
        }
        Err(FetchError::Status { status, okta, .. })
            if org_server.is_ok() && matches!(status, 400 | 401 | 404) =>
        {
            let said = okta
                .map(|e| format!(" ({}: {})", e.code, e.description))
                .unwrap_or_default();
            report.push(
                Finding::error("discovery.default", "the org has no `default` custom authorization server")
                    .detail(format!("{default_doc} answered HTTP {status}{said}, while the org server answers"))
                    .fix("the service signs in through /oauth2/default: create or re-activate the `default` server under Security → API → Authorization Servers (it needs Okta's API Access Management)")
                    .guide(guide::STEP_3),
            );
            None
        }
        Err(e) => {
            report.push(Finding::error(
                "discovery.default",
                format!("the `default` server's discovery document: {e}"),
            ));
            None
        }
    };

    if let Some(doc) = &default_server {
        match oauth_answer {
            Ok((oauth, _)) => {
                // Problems the openid-configuration already showed are not repeated.
                let known: Vec<String> = report
                    .findings
                    .iter()
                    .filter(|f| f.severity >= Severity::Warning)
                    .filter_map(|f| {
                        f.check
                            .strip_prefix("discovery.default.")
                            .map(str::to_string)
                    })
                    .collect();
                let problems: Vec<Finding> = discovery::validate(
                    &oauth,
                    DocKind::OauthAuthorizationServer,
                    &issuer,
                    "default_oauth",
                )
                .into_iter()
                .filter(|f| f.severity >= Severity::Warning)
                .filter(|f| {
                    let check = f
                        .check
                        .strip_prefix("discovery.default_oauth.")
                        .unwrap_or_default();
                    !known.iter().any(|k| k == check)
                })
                .collect();
                if problems.is_empty() {
                    report.push(Finding::ok(
                        "discovery.default_oauth",
                        "the oauth-authorization-server document agrees",
                    ));
                }
                report.extend(problems);
            }
            Err(e) => report.push(Finding::warning(
                "discovery.default_oauth",
                format!("the oauth-authorization-server document: {e}"),
            )),
        }
        match doc.jwks_uri.as_deref().map(Url::parse) {
            Some(Ok(jwks_url)) => match get_json::<JwkSet>(http, &jwks_url, None).await {
                Ok((set, _)) => report.extend(jwks::validate(&set, "jwks")),
                Err(e) => report.push(Finding::error(
                    "jwks",
                    format!("the signing keys at {jwks_url}: {e}"),
                )),
            },
            Some(Err(_)) => report.push(Finding::error("jwks", "jwks_uri is not a URL")),
            None => {}
        }
    }
    (
        report,
        Some(OrgFacts {
            base,
            default_server,
        }),
    )
}

/// The redirect URI for a slug, compared with what the customer entered,
/// and (with the org and client) what Okta says when asked to use it.
pub async fn redirect_uri(
    http: &HttpClient,
    expected: &str,
    entered: Option<&str>,
    probe_with: Option<(&OrgFacts, &str)>,
) -> Vec<Finding> {
    let mut findings = vec![Finding::info(
        "redirect.expected",
        format!("the app's sign-in redirect URI must be exactly {expected}"),
    )];
    if let Some(entered) = entered {
        let diffs = redirect::differences(expected, entered);
        if diffs.is_empty() {
            findings.push(Finding::ok(
                "redirect.entered",
                "the URI entered in Okta is exactly right",
            ));
        } else {
            findings.push(
                Finding::error(
                    "redirect.entered",
                    format!("the URI entered in Okta is not {expected}"),
                )
                .detail(
                    diffs
                        .iter()
                        .map(|d| format!("- {d}"))
                        .collect::<Vec<_>>()
                        .join("\n"),
                )
                .fix(format!(
                    "in the Okta app, set Sign-in redirect URIs to exactly {expected}"
                ))
                .guide(guide::ROW_REDIRECT),
            );
        }
    }
    let Some((facts, client_id)) = probe_with else {
        return findings;
    };
    let Some(server) = &facts.default_server else {
        findings.push(Finding::warning(
            "redirect.probe",
            "not probed: the `default` server's discovery failed",
        ));
        return findings;
    };
    let Ok(endpoint) = Url::parse(&server.authorization_endpoint) else {
        findings.push(Finding::error(
            "redirect.probe",
            "the authorization_endpoint is not a URL",
        ));
        return findings;
    };
    findings.push(
        match probe::authorize(http, &endpoint, client_id, expected).await {
            Ok(outcome) => authorize_finding(outcome, client_id, expected),
            Err(FetchError::Transport(e)) => transport_finding(
                "redirect.probe",
                "the authorize endpoint cannot be reached",
                &e,
            ),
            Err(e) => {
                Finding::warning("redirect.probe", format!("the authorize probe failed: {e}"))
            }
        },
    );
    findings
}

fn authorize_finding(outcome: AuthorizeOutcome, client_id: &str, expected: &str) -> Finding {
    match outcome {
        AuthorizeOutcome::SignIn => {
            Finding::ok("redirect.probe", format!("Okta accepts client {client_id} with this redirect URI (registered)"))
        }
        AuthorizeOutcome::UnknownClient => Finding::error("redirect.probe", format!("Okta does not know the client ID {client_id}"))
            .detail("the authorize endpoint answered 400 invalid_client")
            .fix("copy the Client ID from the app's General tab in Okta and register it again")
            .guide(guide::STEP_1),
        AuthorizeOutcome::RedirectNotRegistered { admin_url } => {
            let mut f = Finding::error("redirect.probe", format!("{expected} is not a registered redirect URI of the app"))
                .fix(format!("add exactly {expected} to the app's Sign-in redirect URIs"))
                .guide(guide::ROW_REDIRECT);
            if let Some(url) = admin_url {
                f = f.detail(format!("the app's settings: {url}"));
            }
            f
        }
        AuthorizeOutcome::ErrorRedirect { error, description } if error == "unsupported_response_type" => {
            Finding::error("redirect.probe", "the app does not allow the Authorization Code flow")
                .detail(format!("{error}: {description}"))
                .fix("in the app's General settings, check Grant type: Authorization Code")
                .guide(guide::STEP_1)
        }
        AuthorizeOutcome::ErrorRedirect { error, description } if description.contains("Policy evaluation failed") => {
            Finding::error("redirect.probe", "Okta refuses the sign-in: Policy evaluation failed")
                .detail(format!("{error}: {description}"))
                .fix("follow step 3: add an access policy for All clients with a rule granting Authorization Code")
                .guide(guide::ROW_POLICY)
        }
        AuthorizeOutcome::ErrorRedirect { error, description } => Finding::error("redirect.probe", format!("Okta answered {error}"))
            .detail(description),
        AuthorizeOutcome::ErrorPage { location } => Finding::error("redirect.probe", "Okta sent the browser to an error page")
            .detail(location.clone())
            .fix(if location.contains("-admin.") {
                "the registered domain is the Admin Console (-admin) host; register the org domain".to_string()
            } else {
                "check the Okta domain and the app".to_string()
            })
            .guide(guide::STEP_2),
        AuthorizeOutcome::Unexpected { status, summary } => {
            Finding::warning("redirect.probe", format!("unexpected answer from the authorize endpoint (HTTP {status})")).detail(summary)
        }
    }
}

/// Proves the client ID and secret without side effects, and whether the
/// app may use the Authorization Code grant.
pub async fn client(
    http: &HttpClient,
    facts: &OrgFacts,
    client_id: &str,
    secret: &Secret,
    redirect_uri: &str,
) -> Vec<Finding> {
    let Some(server) = &facts.default_server else {
        return vec![Finding::warning(
            "client",
            "not checked: the `default` server's discovery failed",
        )];
    };
    let mut findings = Vec::new();
    // The secret goes only where the discovery rule allows (https, the issuer's host).
    let revocation = server
        .revocation_endpoint
        .as_deref()
        .and_then(|u| server.endpoint("revocation_endpoint", u).ok());
    let token = server
        .endpoint("token_endpoint", &server.token_endpoint)
        .ok();
    let secret_verdict = match (&revocation, &token) {
        (Some(url), _) => probe::revoke(http, url, client_id, secret).await,
        (None, Some(url)) => probe::dummy_code(http, url, client_id, secret, redirect_uri).await,
        (None, None) => {
            return vec![Finding::error(
                "client",
                "the discovery document has no usable token endpoint",
            )];
        }
    };
    let verdict = match secret_verdict {
        Ok(v) => v,
        Err(FetchError::Transport(e)) => {
            return vec![transport_finding(
                "client",
                "the token endpoint cannot be reached",
                &e,
            )];
        }
        Err(e) => {
            return vec![Finding::warning(
                "client",
                format!("the credentials probe failed: {e}"),
            )];
        }
    };
    findings.push(credential_finding(&verdict, client_id));
    // The secret is right: does the app allow the Authorization Code grant?
    if verdict == CredentialVerdict::Valid
        && let (Some(url), Some(_)) = (&token, &revocation)
        && let Ok(CredentialVerdict::ValidGrantNotEnabled) =
            probe::dummy_code(http, url, client_id, secret, redirect_uri).await
    {
        findings.push(credential_finding(
            &CredentialVerdict::ValidGrantNotEnabled,
            client_id,
        ));
    }
    findings
}

pub fn credential_finding(verdict: &CredentialVerdict, client_id: &str) -> Finding {
    match verdict {
        CredentialVerdict::Valid => Finding::ok("client.secret", format!("Okta accepts client {client_id} with this secret")),
        CredentialVerdict::ValidGrantNotEnabled => Finding::error("client.grant", "the app may not use the Authorization Code grant")
            .detail("the token endpoint answered unauthorized_client")
            .fix("in the app's General settings, check Grant type: Authorization Code")
            .guide(guide::STEP_1),
        CredentialVerdict::WrongSecret => Finding::error("client.secret", format!("the client secret is wrong for client {client_id}"))
            .detail("Okta: invalid_client, \"The client secret supplied for a confidential client is invalid.\"")
            .fix("copy the Client Secret again (the eye icon on the app's General tab) and send it to Biometry; support replaces it with `ssoctl tenant update SLUG --rotate-secret`")
            .guide(guide::STEP_4),
        CredentialVerdict::UnknownClient => Finding::error("client.id", format!("Okta does not know the client ID {client_id}"))
            .fix("copy the Client ID from the app's General tab in Okta")
            .guide(guide::STEP_1),
        CredentialVerdict::Unexpected { status, error } => Finding::warning(
            "client.secret",
            format!(
                "unexpected answer (HTTP {status}{})",
                error.as_ref().map(|e| format!(": {} {}", e.code, e.description)).unwrap_or_default()
            ),
        ),
    }
}

/// Guide steps 1 and 3 through the Management API, with a read-only token;
/// without one, says plainly what was not verified.
pub async fn policy(
    http: &HttpClient,
    base: &Url,
    client_id: &str,
    expected_redirect: &str,
    token: Option<&Secret>,
) -> Vec<Finding> {
    let Some(token) = token else {
        return vec![Finding::warning("policy", "the access policy (guide step 3) was not verified: no Okta API token")
            .fix("set SSOCTL_OKTA_API_TOKEN to a read-only admin's API token (Security → API → Tokens), or prove it with a real sign-in: `ssoctl login test SLUG`")
            .guide(guide::STEP_3)];
    };
    let mgmt = Mgmt::new(http, base.clone(), token);
    let mut findings = Vec::new();
    // Three independent reads at once; reads give the Everyone group by id,
    // so the first finds out which id that is.
    let (everyone, app, server) = tokio::join!(
        mgmt.everyone_group(),
        mgmt.app(client_id),
        mgmt.default_server()
    );
    let everyone: Vec<String> = everyone.ok().flatten().map(|g| g.id).into_iter().collect();
    let app = match app {
        Ok(app) => Some(app),
        Err(MgmtError::NotFound) => {
            findings.push(
                Finding::error("app", format!("no app has the client ID {client_id}"))
                    .fix("copy the Client ID from the app's General tab in Okta")
                    .guide(guide::STEP_1),
            );
            None
        }
        Err(e) => {
            findings.push(mgmt_finding("app", &e));
            if matches!(e, MgmtError::BadToken) {
                return findings;
            }
            None
        }
    };
    let server = server.map_err(|e| mgmt_finding("policy", &e));
    let (assigned, policies) = tokio::join!(
        async {
            match &app {
                Some(app) => mgmt.app_group_ids(&app.id).await.ok(),
                None => None,
            }
        },
        async {
            match &server {
                Ok(server) => Some(mgmt.policies(&server.id).await),
                Err(_) => None,
            }
        },
    );
    if let Some(app) = &app {
        findings.extend(app_findings(app, expected_redirect));
        if let Some(groups) = assigned
            && !groups.iter().any(|g| everyone.contains(g))
        {
            findings.push(
                Finding::warning("app.assignments", format!("the app is assigned to {} group(s), not to Everyone", groups.len()))
                    .detail("users outside those groups (and not assigned directly) get \"User is not assigned to the client application\"")
                    .fix("the guide's Controlled access is \"Allow everyone in your organization\"; or assign every user who signs in")
                    .guide(guide::STEP_1),
            );
        }
    }
    let server = match server {
        Ok(server) => server,
        Err(finding) => {
            findings.push(finding);
            return findings;
        }
    };
    let policies = match policies {
        Some(Ok(p)) => p,
        Some(Err(e)) => {
            findings.push(mgmt_finding("policy", &e));
            return findings;
        }
        None => return findings,
    };
    // Every policy's rules at once.
    let rules =
        futures_util::future::join_all(policies.iter().map(|p| mgmt.rules(&server.id, &p.id)))
            .await;
    let mut with_rules = Vec::new();
    for (p, rules) in policies.into_iter().zip(rules) {
        match rules {
            Ok(rules) => with_rules.push((p, rules)),
            Err(e) => {
                findings.push(mgmt_finding("policy", &e));
                return findings;
            }
        }
    }
    findings.push(match policy::evaluate(client_id, &with_rules, &everyone) {
        Verdict::Granted { policy, rule, audience: Audience::Everyone } => {
            Finding::ok("policy", format!("policy \"{policy}\", rule \"{rule}\" grants Authorization Code to everyone"))
        }
        Verdict::Granted { policy, rule, audience: Audience::Some(who) } => Finding::warning(
            "policy",
            format!("policy \"{policy}\", rule \"{rule}\" grants Authorization Code, but only to {}", who.join(", ")),
        )
        .fix("the guide's rule applies to any user assigned to the app; make sure every user of the app is included")
        .guide(guide::STEP_3),
        Verdict::NoPolicy => Finding::error("policy", "no active access policy on the `default` server applies to this app")
            .detail("Okta will answer \"Policy evaluation failed for this request\" after sign-in")
            .fix("Security → API → Authorization Servers → default → Access Policies → Add Policy (All clients), then Add Rule: Authorization Code, any user assigned to the app, any scopes")
            .guide(guide::ROW_POLICY),
        Verdict::NoRule { reasons } => Finding::error("policy", "no rule of the applicable policies grants Authorization Code")
            .detail(reasons.iter().map(|r| format!("- {r}")).collect::<Vec<_>>().join("\n"))
            .fix("edit the rule (or add one): Grant type Authorization Code, User is any user assigned to the app, Scopes any scopes")
            .guide(guide::STEP_3),
    });
    findings
}

fn app_findings(app: &crate::okta::mgmt::App, expected_redirect: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let name = app.label.clone().unwrap_or_else(|| app.id.clone());
    if app.status.as_deref().is_some_and(|s| s != "ACTIVE") {
        findings.push(
            Finding::error(
                "app.status",
                format!(
                    "the app \"{name}\" is {}",
                    app.status.as_deref().unwrap_or_default()
                ),
            )
            .fix("activate the app in Okta")
            .guide(guide::STEP_1),
        );
    } else {
        findings.push(Finding::ok(
            "app.status",
            format!("the app \"{name}\" is active"),
        ));
    }
    if app
        .sign_on_mode
        .as_deref()
        .is_some_and(|m| m != "OPENID_CONNECT")
    {
        findings.push(
            Finding::error("app.kind", "the app is not an OIDC app")
                .fix("create an OIDC - OpenID Connect app")
                .guide(guide::STEP_1),
        );
    }
    let oauth = &app.settings.oauth_client;
    if oauth
        .application_type
        .as_deref()
        .is_some_and(|t| t != "web")
    {
        findings.push(
            Finding::error(
                "app.kind",
                format!(
                    "the app is a {} app, not a Web Application",
                    oauth.application_type.as_deref().unwrap_or_default()
                ),
            )
            .fix("create the app as Application type: Web Application")
            .guide(guide::STEP_1),
        );
    }
    if oauth.redirect_uris.iter().any(|u| u == expected_redirect) {
        findings.push(Finding::ok(
            "app.redirect_uris",
            "the app lists the redirect URI",
        ));
    } else {
        let near: Vec<String> = oauth
            .redirect_uris
            .iter()
            .map(|u| {
                format!(
                    "- {u}: {}",
                    redirect::differences(expected_redirect, u).join("; ")
                )
            })
            .collect();
        findings.push(
            Finding::error(
                "app.redirect_uris",
                format!("the app does not list {expected_redirect}"),
            )
            .detail(if near.is_empty() {
                "the app has no sign-in redirect URIs".to_string()
            } else {
                near.join("\n")
            })
            .fix(format!(
                "add exactly {expected_redirect} to Sign-in redirect URIs"
            ))
            .guide(guide::ROW_REDIRECT),
        );
    }
    if !oauth.grant_types.iter().any(|g| g == "authorization_code") {
        findings.push(
            Finding::error(
                "app.grant_types",
                "the app does not allow the Authorization Code grant",
            )
            .detail(format!("grant types: {}", oauth.grant_types.join(", ")))
            .fix("check Grant type: Authorization Code in the app's General settings")
            .guide(guide::STEP_1),
        );
    }
    if !oauth.response_types.is_empty() && !oauth.response_types.iter().any(|r| r == "code") {
        findings.push(
            Finding::error(
                "app.response_types",
                "the app does not allow the `code` response type",
            )
            .guide(guide::STEP_1),
        );
    }
    findings
}

fn mgmt_finding(check: &str, error: &MgmtError) -> Finding {
    match error {
        MgmtError::BadToken => Finding::warning(check, "not verified: Okta refused the API token (E0000011, invalid or expired)")
            .fix("create a new token under Security → API → Tokens (tokens expire after 30 days unused) and set SSOCTL_OKTA_API_TOKEN"),
        MgmtError::Forbidden { code } => Finding::warning(check, format!("not verified: the API token may not read this ({code})"))
            .detail("the token has the permissions of the admin who created it")
            .fix("use a token of a Read-only Administrator (or a role with okta.apps.read and okta.authzServers.read)"),
        MgmtError::FeatureMissing => Finding::warning(
            check,
            "not verified: the org has no custom authorization servers (E0000015: API Access Management is not enabled)",
        )
        .guide(guide::STEP_3),
        MgmtError::RateLimited => Finding::warning(check, "not verified: Okta's rate limit was reached (E0000047)").fix("wait a minute and run the check again"),
        MgmtError::NotFound => Finding::error(check, "the `default` authorization server was not found")
            .fix("create or re-activate the `default` server (Security → API → Authorization Servers)")
            .guide(guide::STEP_3),
        MgmtError::Other(e) => Finding::warning(check, format!("not verified: {e}")),
    }
}
