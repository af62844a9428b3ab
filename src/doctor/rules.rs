//! The rules: pure functions from facts to findings, one small function per
//! guide step or troubleshooting row. No HTTP: the tests feed them captured
//! Okta answers. A fact that could not be obtained is a finding that says
//! so (an error when Okta answered something ssoctl cannot classify, "not
//! verified" when an input was missing), never a silent pass.

use url::Url;

use crate::doctor::facts::*;
use crate::doctor::redirect;
use crate::doctor::remedy;
use crate::finding::{Finding, Report, Severity, guide};
use crate::okta::discovery::{self, Discovery, DocKind};
use crate::okta::jwks;
use crate::okta::mgmt::App;
use crate::okta::policy::{self, Audience, Verdict};
use crate::okta::probe::{AuthorizeOutcome, CredentialVerdict};

/// Every rule over one subject's facts: the whole doctor report.
pub fn judge(facts: &Facts) -> Report {
    let mut report = Report::new(subject_name(facts));
    report.about = about(facts);
    report.extend(tenant(facts));
    if facts.tenant.as_ref().is_some_and(|t| t.got().is_none()) {
        return report;
    }
    if let Some(okta) = &facts.okta {
        report.extend(domain(facts, okta));
        report.extend(redirect_probe(facts, okta));
        report.extend(client(facts, okta));
        report.extend(access(facts, okta));
    }
    report.extend(service(facts));
    one_cause(&mut report.findings);
    report
}

/// Whether an error makes a sign-in impossible, so that `login test`
/// stops before any browser opens: the tenant is unknown or disabled, the
/// domain or its discovery is wrong (the `-admin` console host, no
/// `default` server), Okta does not know the client or its redirect URI,
/// the app cannot do the code flow, or no access policy lets it. Other
/// errors (the secret on file, provisioning, assignments) are shown and the
/// sign-in still goes ahead: it is what tells those apart.
pub fn blocks_sign_in(finding: &Finding) -> bool {
    const CHECKS: [&str; 10] = [
        "tenant",
        "tenant.status",
        "redirect.probe",
        "client.id",
        "app.status",
        "app.kind",
        "app.redirect_uris",
        "app.grant_types",
        "app.response_types",
        "policy",
    ];
    const FAMILIES: [&str; 2] = ["domain.", "discovery."];
    finding.severity == Severity::Error
        && (CHECKS.contains(&finding.check.as_str())
            || FAMILIES.iter().any(|f| finding.check.starts_with(f)))
}

/// The subject as data: the tenant's own domain and client when it was read.
pub fn about(facts: &Facts) -> crate::finding::About {
    let s = &facts.subject;
    let tenant = facts.tenant.as_ref().and_then(Fact::got);
    crate::finding::About {
        slug: s.slug.clone(),
        okta_domain: tenant
            .map(|t| t.okta_domain.clone())
            .or_else(|| s.okta_domain.clone()),
        client_id: tenant
            .map(|t| t.client_id.clone())
            .or_else(|| s.client_id.clone()),
        registered: s.registered,
    }
}

/// The report's subject line: `slug (company, domain)` for a tenant,
/// `slug (domain, client id)` before registration.
pub fn subject_name(facts: &Facts) -> String {
    let s = &facts.subject;
    let slug = s.slug.clone().unwrap_or_default();
    match facts.tenant.as_ref().and_then(Fact::got) {
        Some(t) => format!("{slug} ({}, {})", t.company_name, t.okta_domain),
        None if s.registered => slug,
        None => match (&s.okta_domain, &s.client_id) {
            (Some(d), Some(c)) if !slug.is_empty() => format!("{slug} ({d}, client {c})"),
            (Some(d), _) => d.trim().to_string(),
            _ => slug,
        },
    }
}

/// The command that re-runs this doctor with an Okta API token.
fn with_token_command(facts: &Facts) -> String {
    let s = &facts.subject;
    match (&s.slug, s.registered) {
        (Some(slug), true) => format!("SSOCTL_OKTA_API_TOKEN=… ssoctl doctor {slug}"),
        _ => format!(
            "SSOCTL_OKTA_API_TOKEN=… ssoctl doctor --okta-domain {} --client-id {} --slug {}",
            s.okta_domain.as_deref().unwrap_or("…"),
            s.client_id.as_deref().unwrap_or("…"),
            s.slug.as_deref().unwrap_or("…"),
        ),
    }
}

fn registered_slug(facts: &Facts) -> Option<&str> {
    facts
        .subject
        .registered
        .then_some(facts.subject.slug.as_deref())
        .flatten()
}

fn failure_finding(check: &str, what: &str, failure: &Failure) -> Finding {
    let finding = Finding::error(check, format!("{what}: {}", failure.summary()));
    match failure {
        Failure::Tls { .. } => finding.fix(
            "if a corporate proxy or private CA signs this certificate, trust its CA with --ca-cert FILE",
        ),
        Failure::Dns { .. } => finding
            .fix("the host name does not resolve: check the spelling against the top right of the Okta Admin Console")
            .guide(guide::STEP_2),
        Failure::Unreachable { .. } => finding.fix("check the domain and your network, then run the check again"),
        _ => finding.fix("look at the answer quoted above; run with --trace FILE to keep the whole exchange"),
    }
}

// ---------------------------------------------------------------- tenant

/// The tenant as the service has it: registered, enabled, redirect URI.
pub fn tenant(facts: &Facts) -> Vec<Finding> {
    let Some(tenant) = &facts.tenant else {
        return Vec::new();
    };
    let slug = facts.subject.slug.as_deref().unwrap_or_default();
    let tenant = match tenant {
        Fact::Got { value } => value,
        Fact::Failed {
            failure: Failure::NotFound,
        } => {
            return vec![
                Finding::error("tenant", format!("SSO config not found: no tenant is registered as `{slug}`"))
                    .fix("confirm the slug with the customer; list registered tenants with `ssoctl tenant list`")
                    .guide(guide::ROW_NOT_FOUND),
            ];
        }
        Fact::Failed { failure } => {
            return vec![
                Finding::error(
                    "tenant",
                    format!("the tenant could not be read: {}", failure.summary()),
                )
                .detail("no other check ran for this tenant")
                .fix(format!(
                    "check the service with `ssoctl tenant show {slug}` and run the doctor again"
                )),
            ];
        }
        Fact::NotAsked { .. } => return Vec::new(),
    };
    let mut findings = vec![match tenant.status.as_str() {
        _ if tenant.awaits_review() => Finding::warning(
            "tenant.status",
            "the registration awaits Biometry's review: nobody can sign in until it is approved",
        )
        .fix(format!("ssoctl tenant approve {slug}")),
        "disabled" => Finding::error(
            "tenant.status",
            "the tenant is disabled: its users cannot sign in",
        )
        .fix(format!("ssoctl tenant enable {slug}"))
        .remedy(remedy::tenant_enable(slug)),
        "pending" => Finding::info("tenant.status", "registered; nobody has signed in yet"),
        other => Finding::ok("tenant.status", format!("the tenant is {other}")),
    }];
    if let Some(expected) = &facts.expected_redirect_uri
        && tenant.redirect_uri != *expected
    {
        findings.push(
            Finding::warning(
                "tenant.redirect_uri",
                format!(
                    "the service sends {} but auth_url gives {expected}",
                    tenant.redirect_uri
                ),
            )
            .fix("check auth_url with `ssoctl profile show`"),
        );
    }
    findings
}

// ---------------------------------------------------------------- guide step 2

/// Whether anything beyond the domain checks can be said: the domain is
/// usable and an Okta org (or another OpenID Provider) answers there.
fn org_answers(okta: &OktaFacts) -> Option<&OrgReads> {
    let reads = okta.reads.as_ref()?;
    match &reads.organization {
        Fact::Failed { failure } if failure.is_transport() => None,
        Fact::Failed { failure }
            if failure.status() == Some(404) && reads.default_discovery.got().is_none() =>
        {
            None
        }
        _ => Some(reads),
    }
}

/// Guide step 2 and the documents everything else relies on.
pub fn domain(facts: &Facts, okta: &OktaFacts) -> Vec<Finding> {
    let mut findings = Vec::new();
    let (host, base) = match &okta.domain {
        DomainFact::Invalid {
            problem,
            suggestion,
        } => {
            let mut finding = Finding::error("domain.format", problem.clone()).guide(guide::STEP_2);
            if let Some(s) = suggestion {
                finding = finding.fix(format!("use {s}"));
                if let Some(slug) = registered_slug(facts) {
                    finding = finding.remedy(remedy::tenant_okta_domain(slug, s));
                }
            }
            return vec![finding];
        }
        DomainFact::Parsed { host, kind, base } => {
            findings.push(match kind.as_str() {
                "okta" => Finding::ok("domain.format", format!("{host} is a bare Okta domain")),
                "loopback" => Finding::info(
                    "domain.format",
                    format!(
                        "{host} is a loopback host, reached over plain http (local testing only)"
                    ),
                ),
                _ => Finding::info(
                    "domain.format",
                    format!(
                        "{host} is not under an Okta suffix: checking it as a custom URL domain"
                    ),
                ),
            });
            (host.as_str(), base.as_str())
        }
    };
    let Some(reads) = okta.reads.as_ref() else {
        return findings;
    };
    findings.extend(organization(host, base, reads));
    if org_answers(okta).is_none() {
        return findings;
    }
    let issuer = format!("{base}/oauth2/default");
    let default_mismatch = reads
        .default_discovery
        .got()
        .is_some_and(|d| d.issuer != issuer);
    findings.extend(org_server(base, reads, default_mismatch));
    findings.extend(default_server(facts, base, &issuer, reads));
    findings
}

fn organization(host: &str, base: &str, reads: &OrgReads) -> Vec<Finding> {
    match &reads.organization {
        Fact::Got { value: org } => {
            let mut findings = Vec::new();
            let mut finding = Finding::ok(
                "domain.org",
                format!("Okta org {} ({})", org.id, org.engine()),
            );
            let canonical = org.org_url().map(|u| u.trim_end_matches('/').to_string());
            let custom = org
                .custom_domain_url()
                .map(|u| u.trim_end_matches('/').to_string());
            if let Some(canonical) = &canonical
                && canonical != base
                && custom.as_deref() != Some(base)
            {
                finding = finding.detail(format!("the org's own URL is {canonical}"));
            }
            findings.push(finding);
            if let Some(custom) = custom {
                findings.push(Finding::info(
                    "domain.custom_domain",
                    format!("the org also has the custom domain {custom}"),
                ));
            }
            findings
        }
        Fact::Failed { failure } if failure.is_transport() => {
            vec![failure_finding(
                "domain.reachable",
                &format!("{host} cannot be reached"),
                failure,
            )]
        }
        Fact::Failed { failure } if failure.status() == Some(404) => {
            // Every Okta org answers this; a host that still serves the
            // `default` server's discovery is an OpenID Provider of another
            // make (or behind a proxy), and the checks below still apply.
            if reads.default_discovery.got().is_none() {
                vec![
                    Finding::error("domain.org", format!("no Okta org answers at {host}"))
                        .detail("/.well-known/okta-organization answered 404: the org does not exist, or the name has a typo")
                        .fix("copy the domain from the top right of the Okta Admin Console (e.g. dev-12345678.okta.com)")
                        .guide(guide::STEP_2),
                ]
            } else {
                vec![
                    Finding::warning(
                        "domain.org",
                        format!("{host} is not an Okta org (no /.well-known/okta-organization)"),
                    )
                    .detail(
                        "it serves /oauth2/default discovery, so the OpenID checks below still run",
                    ),
                ]
            }
        }
        Fact::Failed { failure } => vec![
            Finding::warning(
                "domain.org",
                format!(
                    "could not read the org's public description: {}",
                    failure.summary()
                ),
            )
            .detail(
                "a custom domain or a proxy may hide it; the discovery checks below still tell",
            ),
        ],
        Fact::NotAsked { .. } => Vec::new(),
    }
}

/// The org authorization server: present in every org, but not the one the
/// service uses, so a mismatch here is only a warning — and none at all
/// when the `default` server shows the same mismatch (one cause, one finding).
fn org_server(base: &str, reads: &OrgReads, default_mismatch: bool) -> Vec<Finding> {
    match &reads.org_discovery {
        Fact::Got { value: doc } if doc.issuer == base => vec![Finding::ok(
            "discovery.org",
            format!("org authorization server issuer is {base}"),
        )],
        Fact::Got { .. } if default_mismatch => Vec::new(),
        Fact::Got { value: doc } => {
            discovery::validate(doc, DocKind::OpenidConfiguration, base, "org")
                .into_iter()
                .filter(|f| f.check == "discovery.org.issuer")
                .map(|mut f| {
                    f.severity = f.severity.min(Severity::Warning);
                    f
                })
                .collect()
        }
        Fact::Failed { failure } => vec![Finding::warning(
            "discovery.org",
            format!("the org server's discovery document: {}", failure.summary()),
        )],
        Fact::NotAsked { .. } => Vec::new(),
    }
}

/// The host[:port] of an issuer URL.
fn authority(url: &str) -> Option<String> {
    let url = Url::parse(url).ok()?;
    let host = url.host_str()?;
    Some(match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    })
}

/// The `default` custom authorization server: what the service uses.
fn default_server(facts: &Facts, base: &str, issuer: &str, reads: &OrgReads) -> Vec<Finding> {
    let doc = match &reads.default_discovery {
        Fact::Got { value } => value,
        Fact::Failed { failure }
            if reads.org_discovery.got().is_some()
                && matches!(failure.status(), Some(400 | 401 | 404)) =>
        {
            let default_doc = discovery::discovery_url(issuer, DocKind::OpenidConfiguration)
                .map(|u| u.to_string())
                .unwrap_or_default();
            return vec![
                Finding::error("discovery.default", "the org has no `default` custom authorization server")
                    .detail(format!("{default_doc} answered {}, while the org server answers", failure.summary()))
                    .fix("the service signs in through /oauth2/default: create or re-activate the `default` server under Security → API → Authorization Servers (it needs Okta's API Access Management)")
                    .remedy(remedy::console("Security → API → Authorization Servers → Add Authorization Server (name: default)"))
                    .guide(guide::STEP_3),
            ];
        }
        Fact::Failed { failure } => {
            return vec![failure_finding(
                "discovery.default",
                "the `default` server's discovery document",
                failure,
            )];
        }
        Fact::NotAsked { .. } => return Vec::new(),
    };
    let mut findings = discovery::validate(doc, DocKind::OpenidConfiguration, issuer, "default");
    // The issuer names another host: with a registered tenant, the fix is
    // the tenant's domain (the `-admin` console host registered, row 1).
    if doc.issuer != issuer
        && let (Some(slug), Some(actual)) = (registered_slug(facts), authority(&doc.issuer))
        && Some(actual.as_str()) != authority(base).as_deref()
        && let Some(f) = findings
            .iter_mut()
            .find(|f| f.check == "discovery.default.issuer")
    {
        f.remedy = Some(remedy::tenant_okta_domain(slug, &actual));
    }
    findings.extend(default_oauth(issuer, reads, &findings));
    findings.extend(keys(doc, reads));
    findings
}

fn default_oauth(issuer: &str, reads: &OrgReads, known: &[Finding]) -> Vec<Finding> {
    match &reads.default_oauth {
        Fact::Got { value: oauth } => {
            // Problems the openid-configuration already showed are not repeated.
            let known: Vec<&str> = known
                .iter()
                .filter(|f| f.severity >= Severity::Warning)
                .filter_map(|f| f.check.strip_prefix("discovery.default."))
                .collect();
            let problems: Vec<Finding> = discovery::validate(
                oauth,
                DocKind::OauthAuthorizationServer,
                issuer,
                "default_oauth",
            )
            .into_iter()
            .filter(|f| f.severity >= Severity::Warning)
            .filter(|f| {
                let check = f
                    .check
                    .strip_prefix("discovery.default_oauth.")
                    .unwrap_or_default();
                !known.contains(&check)
            })
            .collect();
            if problems.is_empty() {
                vec![Finding::ok(
                    "discovery.default_oauth",
                    "the oauth-authorization-server document shows no further problem",
                )]
            } else {
                problems
            }
        }
        Fact::Failed { failure } => vec![Finding::warning(
            "discovery.default_oauth",
            format!(
                "the oauth-authorization-server document: {}",
                failure.summary()
            ),
        )],
        Fact::NotAsked { .. } => Vec::new(),
    }
}

fn keys(doc: &Discovery, reads: &OrgReads) -> Vec<Finding> {
    match &reads.keys {
        Fact::Got { value } => jwks::validate(value, "jwks"),
        Fact::Failed {
            failure: Failure::Invalid { summary },
        } if doc
            .jwks_uri
            .as_deref()
            .is_some_and(|u| Url::parse(u).is_err()) =>
        {
            vec![Finding::error("jwks", summary.clone())]
        }
        Fact::Failed { failure } => vec![Finding::error(
            "jwks",
            format!(
                "the signing keys at {}: {}",
                doc.jwks_uri.as_deref().unwrap_or_default(),
                failure.summary()
            ),
        )],
        Fact::NotAsked { .. } => Vec::new(),
    }
}

// ---------------------------------------------------------------- redirect_uri mismatch

/// The redirect URI for a slug, and (with the org and client) what Okta
/// says when asked to use it.
pub fn redirect_probe(facts: &Facts, okta: &OktaFacts) -> Vec<Finding> {
    let Some(expected) = facts.subject.redirect_uri.as_deref() else {
        return Vec::new();
    };
    let mut findings = vec![Finding::info(
        "redirect.expected",
        format!("the app's sign-in redirect URI must be exactly {expected}"),
    )];
    let (Some(reads), Some(client_id)) = (org_answers(okta), facts.subject.client_id.as_deref())
    else {
        return findings;
    };
    if reads.default_discovery.got().is_none() {
        // The `default` server's finding already says why nothing was probed.
        return findings;
    }
    match &reads.authorize {
        Fact::Got { value } => findings.push(authorize_finding(value, client_id, expected)),
        Fact::Failed { failure } if failure.is_transport() => findings.push(failure_finding(
            "redirect.probe",
            "the authorize endpoint cannot be reached",
            failure,
        )),
        Fact::Failed { failure } => findings.push(
            Finding::error(
                "redirect.probe",
                format!(
                    "the authorize probe got no answer ssoctl can read: {}",
                    failure.summary()
                ),
            )
            .fix(
                "look at the answer quoted above; run with --trace FILE to keep the whole exchange",
            ),
        ),
        Fact::NotAsked { .. } => {}
    }
    findings
}

/// The entered URI compared with the expected one (`check redirect-uri`).
pub fn entered_redirect(expected: &str, entered: &str) -> Finding {
    let diffs = redirect::differences(expected, entered);
    if diffs.is_empty() {
        return Finding::ok(
            "redirect.entered",
            "the URI entered in Okta is exactly right",
        );
    }
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
    .guide(guide::ROW_REDIRECT)
}

/// What the authorize endpoint's answer means (behaviour.md rows 6–11).
pub fn authorize_finding(outcome: &AuthorizeOutcome, client_id: &str, expected: &str) -> Finding {
    match outcome {
        AuthorizeOutcome::SignIn => Finding::ok(
            "redirect.probe",
            format!("Okta accepts client {client_id} with this redirect URI (registered)"),
        ),
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
            f.remedy(remedy::console(format!(
                "Applications → Applications → the app → General → Login → Sign-in redirect URIs: add {expected}"
            )))
        }
        AuthorizeOutcome::ErrorRedirect { error, description } if error == "access_denied" && description.contains("olicy") => {
            Finding::error("redirect.probe", "Okta refuses the sign-in: Policy evaluation failed")
                .detail(format!("{error}: {description}"))
                .fix("follow step 3: add an access policy for All clients with a rule granting Authorization Code")
                .guide(guide::ROW_POLICY)
        }
        AuthorizeOutcome::ErrorRedirect { error, description } => {
            Finding::error("redirect.probe", format!("Okta refuses the sign-in request: {error}"))
                .detail(format!("Okta said: {description}"))
                .fix("no sign-in can start until Okta accepts the request: check the app's settings against guide step 1")
                .guide(guide::STEP_1)
        }
        AuthorizeOutcome::ErrorPage { location } => {
            Finding::error("redirect.probe", "Okta sent the browser to an error page")
                .detail(location.clone())
                .fix(if location.contains("-admin.") {
                    "the registered domain is the Admin Console (-admin) host; register the org domain".to_string()
                } else {
                    "check the Okta domain and the app".to_string()
                })
                .guide(guide::STEP_2)
        }
        AuthorizeOutcome::Unexpected { status, summary } => Finding::error(
            "redirect.probe",
            format!("the authorize endpoint gave an answer ssoctl cannot classify (HTTP {status})"),
        )
        .detail(format!("it said: {summary}"))
        .fix("open the sign-in in a browser to see Okta's page, or run with --trace FILE; Okta refused or did not understand the request, so no sign-in can start"),
    }
}

// ---------------------------------------------------------------- the client

/// Client id and secret, proved without side effects, and the grant.
pub fn client(facts: &Facts, okta: &OktaFacts) -> Vec<Finding> {
    let (Some(reads), Some(client_id)) = (org_answers(okta), facts.subject.client_id.as_deref())
    else {
        return Vec::new();
    };
    if reads.default_discovery.got().is_none() {
        return Vec::new();
    }
    match &reads.credentials {
        Fact::Got { value } => {
            let mut findings = vec![credential_finding(&value.secret, client_id, registered_slug(facts))];
            if value.secret == CredentialVerdict::Valid
                && value.grant == Some(CredentialVerdict::ValidGrantNotEnabled)
            {
                findings.push(credential_finding(&CredentialVerdict::ValidGrantNotEnabled, client_id, None));
            }
            findings
        }
        Fact::Failed { failure } if failure.is_transport() => {
            vec![failure_finding("client", "the token endpoint cannot be reached", failure)]
        }
        Fact::Failed { failure } => vec![
            Finding::error("client", format!("the credentials probe got no answer ssoctl can read: {}", failure.summary()))
                .fix("run with --trace FILE to keep the whole exchange"),
        ],
        // A registered tenant's secret is checked by the service instead.
        Fact::NotAsked {
            missing: Missing::ClientSecret,
        } if !facts.subject.registered => vec![
            Finding::not_verified("client.secret", "the client secret was not checked")
                .fix("pass it with --client-secret-stdin or SSOCTL_CLIENT_SECRET, or run `ssoctl check client`"),
        ],
        Fact::NotAsked { .. } => Vec::new(),
    }
}

/// What the token or revocation endpoint said about the credentials.
pub fn credential_finding(
    verdict: &CredentialVerdict,
    client_id: &str,
    slug: Option<&str>,
) -> Finding {
    match verdict {
        CredentialVerdict::Valid => Finding::ok(
            "client.secret",
            format!("Okta accepts client {client_id} with this secret"),
        ),
        CredentialVerdict::ValidGrantNotEnabled => Finding::error(
            "client.grant",
            "the app may not use the Authorization Code grant",
        )
        .detail("the token endpoint answered unauthorized_client")
        .fix("in the app's General settings, check Grant type: Authorization Code")
        .remedy(remedy::console(
            "Applications → Applications → the app → General → Grant type: Authorization Code",
        ))
        .guide(guide::STEP_1),
        CredentialVerdict::WrongSecret => {
            let rotate = match slug {
                Some(slug) => format!("ssoctl tenant update {slug} --rotate-secret"),
                None => "ssoctl tenant update SLUG --rotate-secret".to_string(),
            };
            let f = Finding::error("client.secret", format!("the client secret is wrong for client {client_id}"))
                .detail("Okta: invalid_client, \"The client secret supplied for a confidential client is invalid.\"")
                .fix(format!("copy the Client Secret again (the eye icon on the app's General tab) and send it to Biometry; support replaces it with `{rotate}`"))
                .guide(guide::STEP_4);
            match slug {
                Some(slug) => f.remedy(remedy::command(format!(
                    "ssoctl tenant update {slug} --rotate-secret"
                ))),
                None => f,
            }
        }
        CredentialVerdict::UnknownClient => Finding::error(
            "client.id",
            format!("Okta does not know the client ID {client_id}"),
        )
        .fix("copy the Client ID from the app's General tab in Okta")
        .guide(guide::STEP_1),
        CredentialVerdict::Unexpected { status, error } => Finding::error(
            "client.secret",
            format!(
                "the token endpoint gave an answer ssoctl cannot classify (HTTP {status}{})",
                error
                    .as_ref()
                    .map(|e| format!(": {} {}", e.code, e.description))
                    .unwrap_or_default()
            ),
        )
        .fix("run with --trace FILE to see the whole answer"),
    }
}

// ---------------------------------------------------------------- guide steps 1 and 3

/// Guide steps 1 and 3 through the Management API; without a token, says
/// what was not verified and the command that would verify it.
pub fn access(facts: &Facts, okta: &OktaFacts) -> Vec<Finding> {
    let (Some(reads), Some(client_id)) = (org_answers(okta), facts.subject.client_id.as_deref())
    else {
        return Vec::new();
    };
    let mgmt = match &reads.mgmt {
        Fact::Got { value } => value,
        Fact::NotAsked {
            missing: Missing::OktaApiToken,
        } => return without_token(facts),
        Fact::NotAsked { .. } => return Vec::new(),
        Fact::Failed { failure } => return vec![mgmt_finding("policy", failure, facts)],
    };
    let mut findings = Vec::new();
    let expected = facts.subject.redirect_uri.as_deref().unwrap_or_default();
    match &mgmt.app {
        Fact::Got { value: app } => {
            findings.extend(app_findings(app, expected));
            findings.extend(assignments(mgmt));
        }
        Fact::Failed {
            failure: Failure::NotFound,
        } => findings.push(
            Finding::error("app", format!("no app has the client ID {client_id}"))
                .fix("copy the Client ID from the app's General tab in Okta")
                .guide(guide::STEP_1),
        ),
        Fact::Failed { failure } => {
            findings.push(mgmt_finding("app", failure, facts));
            if *failure == Failure::BadToken {
                // One refused token is one finding.
                return findings;
            }
        }
        Fact::NotAsked { .. } => {}
    }
    findings.extend(access_policy(facts, client_id, mgmt));
    findings.extend(user(facts, client_id, mgmt));
    findings
}

// ---------------------------------------------------------------- one user (`doctor --user`)

/// The guide's "user not assigned" and step-3 rows for one person: the
/// user exists and is active, is assigned to the app (directly or through
/// a group), and a rule of the access policy lets them in.
pub fn user(facts: &Facts, client_id: &str, mgmt: &MgmtFacts) -> Vec<Finding> {
    let Some(u) = &mgmt.user else {
        return Vec::new();
    };
    let login = u.login.as_str();
    let user = match &u.user {
        Fact::Got { value } => value,
        Fact::Failed {
            failure: Failure::NotFound,
        } => {
            return vec![
                Finding::error("user", format!("Okta has no user {login}"))
                    .fix("check the spelling against Directory → People in Okta (the login is usually the email address)"),
            ];
        }
        Fact::Failed { failure } => return vec![mgmt_finding("user", failure, facts)],
        Fact::NotAsked { .. } => return Vec::new(),
    };
    let mut findings = vec![match user.status.as_str() {
        "ACTIVE" => Finding::ok("user.status", format!("{login} is an active Okta user")),
        "PASSWORD_EXPIRED" | "RECOVERY" => Finding::warning(
            "user.status",
            format!(
                "{login} is {}: Okta asks for a new password at sign-in",
                user.status
            ),
        ),
        other => Finding::error(
            "user.status",
            format!("{login} is {other} in Okta, not ACTIVE: Okta does not let them sign in"),
        )
        .fix(format!(
            "Directory → People → {login}: activate (or unsuspend, unlock) the user"
        )),
    }];
    let group_names = |ids: &[String]| -> Vec<String> {
        let groups = u.groups.got().map(Vec::as_slice).unwrap_or_default();
        ids.iter()
            .map(|id| {
                groups
                    .iter()
                    .find(|g| &g.id == id)
                    .map_or_else(|| id.clone(), |g| format!("\"{}\"", g.profile.name))
            })
            .collect()
    };
    let user_groups: Vec<String> = u
        .groups
        .got()
        .map(|gs| gs.iter().map(|g| g.id.clone()).collect())
        .unwrap_or_default();
    match &u.app_user {
        Fact::Got { value: Some(assigned) } if assigned.scope == "GROUP" => {
            let through: Vec<String> = mgmt
                .app_groups
                .got()
                .map(|app| user_groups.iter().filter(|g| app.contains(g)).cloned().collect())
                .unwrap_or_default();
            findings.push(Finding::ok(
                "user.assignment",
                if through.is_empty() {
                    format!("{login} is assigned to the app through a group")
                } else {
                    format!(
                        "{login} is assigned to the app through {}",
                        group_names(&through).join(", ")
                    )
                },
            ));
        }
        Fact::Got { value: Some(_) } => findings.push(Finding::ok(
            "user.assignment",
            format!("{login} is assigned to the app directly"),
        )),
        Fact::Got { value: None } => findings.push(
            Finding::error("user.assignment", format!("{login} is not assigned to the app"))
                .detail("Okta answers \"User is not assigned to the client application\" after they sign in")
                .fix(format!("Applications → the app → Assignments → Assign → Assign to People: {login} (or add them to a group the app is assigned to)"))
                .remedy(remedy::console("Applications → Applications → the app → Assignments → Assign to People"))
                .guide(guide::STEP_1),
        ),
        Fact::Failed { failure } => findings.push(mgmt_finding("user.assignment", failure, facts)),
        Fact::NotAsked { .. } => {}
    }
    let Some(with_rules) = policies_with_rules(mgmt) else {
        return findings;
    };
    let everyone = everyone_ids(mgmt);
    // Only when the policy lets someone in: otherwise the policy finding
    // is the cause already (one cause, one finding).
    if !matches!(
        policy::evaluate(client_id, &with_rules, &everyone),
        Verdict::Granted { .. }
    ) {
        return findings;
    }
    let person = policy::Person {
        id: &user.id,
        groups: &user_groups,
    };
    findings.push(match policy::evaluate_for(client_id, &with_rules, &everyone, person) {
        Verdict::Granted { policy, rule, .. } => Finding::ok(
            "user.policy",
            format!("policy \"{policy}\", rule \"{rule}\" grants {login} Authorization Code"),
        ),
        Verdict::NoRule { reasons } => Finding::error(
            "user.policy",
            format!("no rule of the access policy lets {login} in"),
        )
        .detail(reasons.iter().map(|r| format!("- {r}")).collect::<Vec<_>>().join("\n"))
        .fix("add one of the user's groups to the rule (Assigned to: Groups), or set it to any user assigned to the app")
        .remedy(remedy::console("Security → API → Authorization Servers → default → Access Policies → the policy → the rule"))
        .guide(guide::ROW_POLICY),
        Verdict::NoPolicy => return findings,
    });
    findings
}

/// Every policy with its rules, when all of them were read.
fn policies_with_rules(
    mgmt: &MgmtFacts,
) -> Option<Vec<(crate::okta::mgmt::Policy, Vec<crate::okta::mgmt::Rule>)>> {
    let policies = mgmt.policies.got()?;
    policies
        .iter()
        .map(|p| p.rules.got().map(|r| (p.policy.clone(), r.clone())))
        .collect()
}

fn everyone_ids(mgmt: &MgmtFacts) -> Vec<String> {
    mgmt.everyone
        .got()
        .cloned()
        .flatten()
        .map(|g| g.id)
        .into_iter()
        .collect()
}

/// No Okta API token: the policy and the assignments are not verified —
/// unless users have signed in through this tenant, which proves a rule
/// granted them Authorization Code (at that time).
fn without_token(facts: &Facts) -> Vec<Finding> {
    let signed_in = facts
        .tenant
        .as_ref()
        .and_then(Fact::got)
        .is_some_and(|t| t.status == "active")
        && facts
            .provisioning
            .as_ref()
            .and_then(Fact::got)
            .is_some_and(|p| p.users_count > 0);
    if signed_in {
        return vec![Finding::info(
            "policy",
            "the access policy was not read (no Okta API token), but users have signed in through this tenant, so a rule granted them Authorization Code",
        )
        .detail("a change in Okta since the last sign-in would not show here")
        .remedy(remedy::command(with_token_command(facts)))];
    }
    let login = match registered_slug(facts) {
        Some(slug) => format!("`ssoctl login test {slug}`"),
        None => "`ssoctl login test SLUG` once registered".to_string(),
    };
    vec![
        Finding::not_verified("policy", "the access policy (guide step 3) was not verified: no Okta API token")
            .detail("nobody has signed in through this tenant yet, so no sign-in proves it either")
            .fix(format!("set SSOCTL_OKTA_API_TOKEN to a read-only admin's API token (Security → API → Tokens), or prove it with a real sign-in: {login}"))
            .remedy(remedy::command(with_token_command(facts)))
            .guide(guide::STEP_3),
        Finding::not_verified("app.assignments", "who is assigned to the app was not verified: no Okta API token")
            .fix(format!("a user who is not assigned gets \"User is not assigned to the client application\"; verify with the token, or with {login}"))
            .remedy(remedy::command(with_token_command(facts)))
            .guide(guide::STEP_1),
    ]
}

fn assignments(mgmt: &MgmtFacts) -> Vec<Finding> {
    let Some(groups) = mgmt.app_groups.got() else {
        return Vec::new();
    };
    let everyone = mgmt.everyone.got().cloned().flatten().map(|g| g.id);
    if everyone.as_ref().is_some_and(|id| groups.contains(id)) {
        return Vec::new();
    }
    vec![
        Finding::warning("app.assignments", format!("the app is assigned to {} group(s), not to Everyone", groups.len()))
            .detail("users outside those groups (and not assigned directly) get \"User is not assigned to the client application\"")
            .fix("the guide's Controlled access is \"Allow everyone in your organization\"; or assign every user who signs in")
            .remedy(remedy::console("Applications → Applications → the app → Assignments → Assign → Assign to Groups → Everyone"))
            .guide(guide::STEP_1),
    ]
}

fn access_policy(facts: &Facts, client_id: &str, mgmt: &MgmtFacts) -> Vec<Finding> {
    let policies = match &mgmt.policies {
        Fact::Got { value } => value,
        Fact::Failed { failure } => return vec![mgmt_finding("policy", failure, facts)],
        Fact::NotAsked { .. } => return Vec::new(),
    };
    let mut with_rules = Vec::new();
    for p in policies {
        match &p.rules {
            Fact::Got { value } => with_rules.push((p.policy.clone(), value.clone())),
            Fact::Failed { failure } => return vec![mgmt_finding("policy", failure, facts)],
            Fact::NotAsked { .. } => return Vec::new(),
        }
    }
    let everyone: Vec<String> = mgmt
        .everyone
        .got()
        .cloned()
        .flatten()
        .map(|g| g.id)
        .into_iter()
        .collect();
    vec![match policy::evaluate(client_id, &with_rules, &everyone) {
        Verdict::Granted { policy, rule, audience: Audience::Everyone } => Finding::ok(
            "policy",
            format!("policy \"{policy}\", rule \"{rule}\" grants Authorization Code to everyone"),
        ),
        Verdict::Granted { policy, rule, audience: Audience::Some(who) } => Finding::warning(
            "policy",
            format!("policy \"{policy}\", rule \"{rule}\" grants Authorization Code, but only to {}", who.join(", ")),
        )
        .fix("the guide's rule applies to any user assigned to the app; make sure every user of the app is included")
        .guide(guide::STEP_3),
        Verdict::NoPolicy => Finding::error("policy", "no active access policy on the `default` server applies to this app")
            .detail("Okta will answer \"Policy evaluation failed for this request\" after sign-in")
            .fix("Security → API → Authorization Servers → default → Access Policies → Add Policy (All clients), then Add Rule: Authorization Code, any user assigned to the app, any scopes")
            .remedy(remedy::default_server_policy(client_id))
            .guide(guide::ROW_POLICY),
        Verdict::NoRule { reasons } => Finding::error("policy", "no rule of the applicable policies grants Authorization Code")
            .detail(reasons.iter().map(|r| format!("- {r}")).collect::<Vec<_>>().join("\n"))
            .fix("edit the rule (or add one): Grant type Authorization Code, User is any user assigned to the app, Scopes any scopes")
            // A policy for this client at priority 1 is evaluated before the
            // others and leaves their rules as they are.
            .remedy(remedy::default_server_policy(client_id))
            .guide(guide::STEP_3),
    }]
}

/// The app as the Management API shows it (guide step 1). The grant and
/// the response type are one setting in the console: one finding.
pub fn app_findings(app: &App, expected_redirect: &str) -> Vec<Finding> {
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
            .remedy(remedy::app_add_redirect_uri(&app.id, expected_redirect))
            .guide(guide::ROW_REDIRECT),
        );
    }
    let no_grant = !oauth.grant_types.iter().any(|g| g == "authorization_code");
    let no_code =
        !oauth.response_types.is_empty() && !oauth.response_types.iter().any(|r| r == "code");
    if no_grant || no_code {
        let (check, summary) = if no_grant {
            (
                "app.grant_types",
                "the app does not allow the Authorization Code grant",
            )
        } else {
            (
                "app.response_types",
                "the app does not allow the `code` response type",
            )
        };
        findings.push(
            Finding::error(check, summary)
                .detail(format!(
                    "grant types: {}; response types: {}",
                    oauth.grant_types.join(", "),
                    oauth.response_types.join(", ")
                ))
                .fix("check Grant type: Authorization Code in the app's General settings")
                .remedy(remedy::app_allow_authorization_code(&app.id))
                .guide(guide::STEP_1),
        );
    }
    findings
}

fn mgmt_finding(check: &str, failure: &Failure, facts: &Facts) -> Finding {
    let again = remedy::command(with_token_command(facts));
    match failure {
        Failure::BadToken => Finding::not_verified(check, "Okta refused the API token (E0000011, invalid or expired)")
            .fix("create a new token under Security → API → Tokens (tokens expire after 30 days unused) and set SSOCTL_OKTA_API_TOKEN")
            .remedy(again),
        Failure::Forbidden { code } => Finding::not_verified(check, format!("the API token may not read this ({code})"))
            .detail("the token has the permissions of the admin who created it")
            .fix("use a token of a Read-only Administrator (or a role with okta.apps.read and okta.authzServers.read)")
            .remedy(again),
        Failure::FeatureMissing => Finding::not_verified(
            check,
            "the org has no custom authorization servers (E0000015: API Access Management is not enabled)",
        )
        .guide(guide::STEP_3),
        Failure::RateLimited => Finding::not_verified(check, "Okta's rate limit was reached (E0000047)")
            .fix("wait a minute and run the check again")
            .remedy(again),
        Failure::NotFound => Finding::error(check, "the `default` authorization server was not found")
            .fix("create or re-activate the `default` server (Security → API → Authorization Servers)")
            .guide(guide::STEP_3),
        other => failure_finding(check, "the Management API read failed", other),
    }
}

// ---------------------------------------------------------------- the service's side

/// The service's own checks: the secret on file, provisioning.
pub fn service(facts: &Facts) -> Vec<Finding> {
    let mut findings = Vec::new();
    let slug = facts.subject.slug.as_deref().unwrap_or_default();
    let client_id = facts.subject.client_id.as_deref().unwrap_or_default();
    // When no org answers, the service cannot reach it either: that is the
    // domain finding already (one cause, one finding).
    let org_down = facts
        .okta
        .as_ref()
        .is_some_and(|o| org_answers(o).is_none());
    let check = facts
        .secret_check
        .as_ref()
        .filter(|c| !(org_down && c.got().is_some_and(|c| c.result == "unreachable")));
    if let Some(check) = check {
        findings.push(match check {
            Fact::Got { value } => secret_finding(slug, client_id, value),
            Fact::Failed { failure } if matches!(failure.status(), Some(404 | 405)) => {
                Finding::not_verified(
                    "client.secret",
                    "the service cannot check the secret on file (no checks route)",
                )
            }
            Fact::Failed { failure } => failure_finding(
                "client.secret",
                "the service's secret check failed",
                failure,
            ),
            Fact::NotAsked { .. } => {
                Finding::not_verified("client.secret", "the secret on file was not checked")
            }
        });
    }
    if let Some(p) = &facts.provisioning {
        findings.push(match p {
            Fact::Got { value: p }
                if p.state == "failed" || (p.state == "succeeded" && p.project_missing()) =>
            {
                Finding::error(
                    "provisioning",
                    format!("provisioning {}; project_id is empty", p.state),
                )
                .detail(
                    p.last_error
                        .as_ref()
                        .map(|e| e.message.clone())
                        .unwrap_or_default(),
                )
                .fix(format!("ssoctl provisioning retry {slug} --wait"))
                .remedy(remedy::provisioning_retry(slug))
                .guide(guide::ROW_PROJECT)
            }
            Fact::Got { value: p } if p.state == "succeeded" => Finding::ok(
                "provisioning",
                format!(
                    "provisioned: project {}",
                    p.project_id.clone().unwrap_or_default()
                ),
            ),
            Fact::Got { value: p } => {
                Finding::info("provisioning", format!("provisioning is {}", p.state))
            }
            Fact::Failed { failure } => Finding::warning(
                "provisioning",
                format!("could not read provisioning: {}", failure.summary()),
            ),
            Fact::NotAsked { .. } => {
                Finding::not_verified("provisioning", "provisioning was not read")
            }
        });
    }
    findings
}

pub fn secret_finding(slug: &str, client_id: &str, check: &crate::api::SecretCheck) -> Finding {
    let detail = check.detail.clone().unwrap_or_default();
    match check.result.as_str() {
        "valid" => Finding::ok(
            "client.secret",
            format!("Okta accepts client {client_id} with the secret the service has on file"),
        )
        .detail(match &check.checked_at {
            Some(at) => format!("checked by the service at {at}"),
            None => "checked by the service just now".to_string(),
        }),
        "invalid_client" => Finding::error("client.secret", "the client secret the service has on file is wrong")
            .detail(detail)
            .fix(format!("ask the customer for the current Client Secret, then `ssoctl tenant update {slug} --rotate-secret`"))
            .remedy(remedy::command(format!("ssoctl tenant update {slug} --rotate-secret")))
            .guide(guide::STEP_4),
        "unknown_client" => credential_finding(&CredentialVerdict::UnknownClient, client_id, Some(slug)).detail(detail),
        other => Finding::error("client.secret", format!("the service could not check the secret ({other})"))
            .detail(detail)
            .fix("run the doctor again; if it persists, the service cannot reach Okta"),
    }
}

// ---------------------------------------------------------------- one cause, one finding

/// Findings that are consequences of one cause already reported are folded
/// into it: the authorize probe confirms what the app's settings show.
pub fn one_cause(findings: &mut Vec<Finding>) {
    let app_says = |check: &str| {
        findings
            .iter()
            .any(|f| f.check == check && f.severity == Severity::Error)
    };
    let app_problem = app_says("app.redirect_uris")
        || app_says("app.grant_types")
        || app_says("app.response_types");
    if !app_problem {
        return;
    }
    let Some(at) = findings
        .iter()
        .position(|f| f.check == "redirect.probe" && f.severity == Severity::Error)
    else {
        return;
    };
    let probe = findings.remove(at);
    let target = ["app.redirect_uris", "app.grant_types", "app.response_types"]
        .iter()
        .find_map(|c| {
            findings
                .iter()
                .position(|f| f.check == *c && f.severity == Severity::Error)
        });
    if let Some(target) = target {
        let f = &mut findings[target];
        let confirm = format!("Okta's authorize endpoint confirms it: {}", probe.summary);
        f.detail = Some(match f.detail.take() {
            Some(d) => format!("{d}\n{confirm}"),
            None => confirm,
        });
    }
}

#[cfg(test)]
mod tests;
