//! The facts collector: every request the rules need for one subject, as a
//! dependency graph. The tenant read comes first (it names the domain and
//! the client); then at once the discovery documents, the org description,
//! the service's secret check, provisioning and the Management API reads
//! that need only the client id and the `default` server id; then, as soon
//! as each input is known, the signing keys, the authorize probe, the
//! client probe and every policy's rules. Nothing waits for a fact it does
//! not use. Nothing here judges: a request that fails is a `Failed` fact.

use futures_util::future::join_all;
use url::Url;

use crate::api::{ApiError, Client};
use crate::doctor::facts::*;
use crate::http::HttpClient;
use crate::okta::discovery::{self, Discovery, DocKind};
use crate::okta::domain::{self, DomainKind};
use crate::okta::fetch::{FetchError, get_json};
use crate::okta::jwks::JwkSet;
use crate::okta::mgmt::{Mgmt, MgmtError};
use crate::okta::org::OktaOrganization;
use crate::okta::probe;
use crate::secret::Secret;

/// What the collector may use: the HTTP client (one request budget), the
/// admin API for registered tenants, and the optional secrets. Secrets are
/// used for requests only; none ends up in the facts.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    pub http: &'a HttpClient,
    pub api: Option<&'a Client>,
    pub okta_token: Option<&'a Secret>,
    pub client_secret: Option<&'a Secret>,
    /// Probe `/authorize` with the client and redirect URI.
    pub probe_authorize: bool,
}

/// Why a registered tenant could not be collected at all: the service
/// refused the admin token or failed to answer for the tenant.
#[derive(Debug)]
pub struct Fatal(pub ApiError);

impl Fatal {
    /// A refused admin token: no tenant of the run can be read.
    pub fn ends_the_run(&self) -> bool {
        self.0.is(401) || self.0.is(403)
    }
}

/// What to collect facts about: the one entry point for callers that do
/// not care which kind of subject they hold (`login test`'s pre-flight).
#[derive(Debug, Clone)]
pub enum Target {
    /// A registered tenant, read with the admin API (`Sources::api`).
    Tenant {
        slug: String,
        /// The redirect URI the profile's auth_url gives for the slug.
        expected_redirect_uri: String,
    },
    /// Okta details before registration.
    Okta {
        okta_domain: String,
        client_id: Option<String>,
        slug: Option<String>,
        redirect_uri: Option<String>,
    },
}

/// Subject in, facts out.
pub async fn facts(sources: Sources<'_>, target: &Target) -> Result<Facts, Fatal> {
    match target {
        Target::Tenant {
            slug,
            expected_redirect_uri,
        } => tenant(sources, slug, expected_redirect_uri).await,
        Target::Okta {
            okta_domain,
            client_id,
            slug,
            redirect_uri,
        } => Ok(unregistered(
            sources,
            okta_domain,
            client_id.as_deref(),
            slug.as_deref(),
            redirect_uri.as_deref(),
        )
        .await),
    }
}

fn api_failure(e: ApiError) -> Failure {
    match e {
        ApiError::Http(e) => Failure::from(&e),
        ApiError::Status(s) if s.status == 404 => Failure::NotFound,
        ApiError::Status(s) => Failure::Status {
            status: s.status,
            code: s.code,
            description: Some(s.message),
            html: false,
            request_id: s.request_id,
        },
        ApiError::InvalidResponse(e) => Failure::Invalid {
            summary: format!("HTTP {}: {}", e.status, e.problem),
        },
    }
}

/// Facts about a registered tenant. `expected_redirect_uri` is what the
/// profile's auth_url gives for the slug. A tenant that does not exist is a
/// fact; a tenant read the service fails (or refuses the token for) is
/// `Fatal`; everything after the tenant read becomes a fact.
pub async fn tenant(
    sources: Sources<'_>,
    slug: &str,
    expected_redirect_uri: &str,
) -> Result<Facts, Fatal> {
    let mut facts = Facts {
        version: FACTS_VERSION,
        subject: Subject {
            slug: Some(slug.to_string()),
            okta_domain: None,
            client_id: None,
            redirect_uri: None,
            registered: true,
        },
        tenant: None,
        expected_redirect_uri: Some(expected_redirect_uri.to_string()),
        provisioning: None,
        secret_check: None,
        okta: None,
    };
    let Some(api) = sources.api else {
        // Nothing to read a registered tenant with.
        facts.tenant = Some(not_asked(Missing::Prerequisite));
        return Ok(facts);
    };
    let tenant = match api.tenant(slug).await {
        Ok(t) => t.value,
        Err(e) if e.is(404) => {
            facts.tenant = Some(Fact::Failed {
                failure: Failure::NotFound,
            });
            return Ok(facts);
        }
        // The service failed, not the tenant's setup: the caller decides
        // whether that ends the run.
        Err(e) => return Err(Fatal(e)),
    };
    facts.subject.okta_domain = Some(tenant.okta_domain.clone());
    facts.subject.client_id = Some(tenant.client_id.clone());
    facts.subject.redirect_uri = Some(tenant.redirect_uri.clone());
    let (okta, secret, provisioning) = tokio::join!(
        okta(
            sources,
            &tenant.okta_domain,
            Some(&tenant.client_id),
            Some(&tenant.redirect_uri)
        ),
        api.check_client_secret(slug),
        api.provisioning(slug),
    );
    facts.okta = Some(okta);
    facts.secret_check = Some(match secret {
        Err(e) if e.is(401) || e.is(403) => return Err(Fatal(e)),
        other => Fact::from_result(other.map_err(api_failure)),
    });
    facts.provisioning = Some(match provisioning {
        Err(e) if e.is(401) || e.is(403) => return Err(Fatal(e)),
        other => Fact::from_result(other.map_err(api_failure)),
    });
    facts.tenant = Some(Fact::Got { value: tenant });
    Ok(facts)
}

/// Facts about Okta details before registration (or a part of them, for
/// `check`): the domain, and with a client id the probes and reads.
pub async fn unregistered(
    sources: Sources<'_>,
    okta_domain: &str,
    client_id: Option<&str>,
    slug: Option<&str>,
    redirect_uri: Option<&str>,
) -> Facts {
    Facts {
        version: FACTS_VERSION,
        subject: Subject {
            slug: slug.map(str::to_string),
            okta_domain: Some(okta_domain.to_string()),
            client_id: client_id.map(str::to_string),
            redirect_uri: redirect_uri.map(str::to_string),
            registered: false,
        },
        tenant: None,
        expected_redirect_uri: redirect_uri.map(str::to_string),
        provisioning: None,
        secret_check: None,
        okta: Some(okta(sources, okta_domain, client_id, redirect_uri).await),
    }
}

fn not_asked<T>(missing: Missing) -> Fact<T> {
    Fact::NotAsked { missing }
}

async fn document<T: serde::de::DeserializeOwned>(http: &HttpClient, url: &Url) -> Fact<T> {
    Fact::from_result(get_json::<T>(http, url, None).await.map(|(v, _)| v))
}

/// The Okta side of a subject.
async fn okta(
    sources: Sources<'_>,
    input: &str,
    client_id: Option<&str>,
    redirect_uri: Option<&str>,
) -> OktaFacts {
    let parsed = match domain::parse(input) {
        Ok(parsed) => parsed,
        Err(invalid) => {
            return OktaFacts {
                input: input.to_string(),
                domain: DomainFact::Invalid {
                    problem: invalid.problem,
                    suggestion: invalid.suggestion,
                },
                reads: None,
            };
        }
    };
    let base = parsed.base_url();
    let domain = DomainFact::Parsed {
        host: parsed.host.clone(),
        kind: match parsed.kind {
            DomainKind::Okta => "okta",
            DomainKind::Custom => "custom",
            DomainKind::Loopback => "loopback",
        }
        .to_string(),
        base: base.as_str().trim_end_matches('/').to_string(),
    };
    OktaFacts {
        input: input.to_string(),
        domain,
        reads: Some(org_reads(sources, &base, client_id, redirect_uri).await),
    }
}

async fn org_reads(
    sources: Sources<'_>,
    base: &Url,
    client_id: Option<&str>,
    redirect_uri: Option<&str>,
) -> OrgReads {
    let http = sources.http;
    let base_text = base.as_str().trim_end_matches('/').to_string();
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

    // The `default` server's discovery, then at once what it names.
    let default_chain = async {
        let default: Fact<Discovery> = document(http, &default_doc).await;
        let (keys, authorize, credentials) = match default.got() {
            Some(doc) => {
                tokio::join!(
                    keys(http, doc),
                    authorize(sources, doc, client_id, redirect_uri),
                    credentials(sources, doc, client_id, redirect_uri),
                )
            }
            None => (
                not_asked(Missing::Prerequisite),
                not_asked(Missing::Prerequisite),
                not_asked(Missing::Prerequisite),
            ),
        };
        (default, keys, authorize, credentials)
    };
    let (
        organization,
        org_discovery,
        default_oauth,
        (default_discovery, keys, authorize, credentials),
        mgmt,
    ) = tokio::join!(
        document::<OktaOrganization>(http, &org_url),
        document::<Discovery>(http, &org_doc),
        document::<Discovery>(http, &oauth_doc),
        default_chain,
        mgmt(sources, base, client_id),
    );
    OrgReads {
        organization,
        org_discovery,
        default_discovery,
        default_oauth,
        keys,
        authorize,
        credentials,
        mgmt,
    }
}

async fn keys(http: &HttpClient, doc: &Discovery) -> Fact<JwkSet> {
    match doc.jwks_uri.as_deref().map(Url::parse) {
        Some(Ok(url)) => document(http, &url).await,
        Some(Err(_)) => Fact::Failed {
            failure: Failure::Invalid {
                summary: "jwks_uri is not a URL".into(),
            },
        },
        None => not_asked(Missing::Prerequisite),
    }
}

async fn authorize(
    sources: Sources<'_>,
    doc: &Discovery,
    client_id: Option<&str>,
    redirect_uri: Option<&str>,
) -> Fact<probe::AuthorizeOutcome> {
    let (true, Some(client_id), Some(redirect_uri)) =
        (sources.probe_authorize, client_id, redirect_uri)
    else {
        return not_asked(Missing::Prerequisite);
    };
    let Ok(endpoint) = Url::parse(&doc.authorization_endpoint) else {
        return Fact::Failed {
            failure: Failure::Invalid {
                summary: "the authorization_endpoint is not a URL".into(),
            },
        };
    };
    Fact::from_result(probe::authorize(sources.http, &endpoint, client_id, redirect_uri).await)
}

/// The secret at `/revoke` (or `/token` with a made-up code when there is
/// no revocation endpoint) and, at the same time, the grant at `/token`.
async fn credentials(
    sources: Sources<'_>,
    doc: &Discovery,
    client_id: Option<&str>,
    redirect_uri: Option<&str>,
) -> Fact<Credentials> {
    let Some(client_id) = client_id else {
        return not_asked(Missing::Prerequisite);
    };
    let Some(secret) = sources.client_secret else {
        return not_asked(Missing::ClientSecret);
    };
    // The redirect URI only matters once a code is real: the made-up code fails first.
    let redirect_uri = redirect_uri.unwrap_or("https://localhost/callback");
    let http = sources.http;
    // The secret goes only where the discovery rule allows (https, the issuer's host).
    let revocation = doc
        .revocation_endpoint
        .as_deref()
        .and_then(|u| doc.endpoint("revocation_endpoint", u).ok());
    let token = match doc.endpoint("token_endpoint", &doc.token_endpoint) {
        Ok(token) => token,
        Err(refused) => {
            return Fact::Failed {
                failure: Failure::Invalid { summary: refused },
            };
        }
    };
    let result: Result<Credentials, FetchError> = match revocation {
        Some(revocation) => {
            let (secret_verdict, grant) = tokio::join!(
                probe::revoke(http, &revocation, client_id, secret),
                probe::dummy_code(http, &token, client_id, secret, redirect_uri),
            );
            secret_verdict.map(|secret| Credentials {
                secret,
                grant: grant.ok(),
            })
        }
        None => probe::dummy_code(http, &token, client_id, secret, redirect_uri)
            .await
            .map(|secret| Credentials {
                grant: Some(secret.clone()),
                secret,
            }),
    };
    Fact::from_result(result)
}

/// The Management API reads: all addressable by the client id and the
/// `default` server id, so they start at once; the rules of every policy
/// as soon as the policies are known.
async fn mgmt(sources: Sources<'_>, base: &Url, client_id: Option<&str>) -> Fact<MgmtFacts> {
    let Some(token) = sources.okta_token else {
        return not_asked(Missing::OktaApiToken);
    };
    let Some(client_id) = client_id else {
        return not_asked(Missing::Prerequisite);
    };
    let mgmt = Mgmt::new(sources.http, base.clone(), token);
    let policies_with_rules = async {
        let policies = mgmt.policies("default").await?;
        let rules = join_all(policies.iter().map(|p| mgmt.rules("default", &p.id))).await;
        Ok::<_, MgmtError>(
            policies
                .into_iter()
                .zip(rules)
                .map(|(policy, rules)| PolicyFacts {
                    policy,
                    rules: Fact::from_result(rules),
                })
                .collect::<Vec<_>>(),
        )
    };
    let (app, groups, everyone, policies) = tokio::join!(
        mgmt.app(client_id),
        mgmt.app_group_ids(client_id),
        mgmt.everyone_group(),
        policies_with_rules,
    );
    // A custom client id is not the app id: the groups are read by the app's.
    let groups = match (&app, groups) {
        (Ok(app), Err(MgmtError::NotFound)) if app.id != client_id => {
            mgmt.app_group_ids(&app.id).await
        }
        (_, groups) => groups,
    };
    Fact::Got {
        value: MgmtFacts {
            app: Fact::from_result(app),
            app_groups: Fact::from_result(groups),
            everyone: Fact::from_result(everyone),
            policies: Fact::from_result(policies),
            user: None,
        },
    }
}

/// `doctor --user LOGIN`: the user, their assignment to the app and their
/// groups, added to facts whose Management API reads were made (an Okta
/// API token was given and the app was read). Otherwise nothing is added,
/// and the rules say the user was not checked.
pub async fn user(sources: Sources<'_>, facts: &mut Facts, login: &str) {
    let Some(token) = sources.okta_token else {
        return;
    };
    let Some(okta) = facts.okta.as_mut() else {
        return;
    };
    let DomainFact::Parsed { base, .. } = &okta.domain else {
        return;
    };
    let Ok(base) = Url::parse(base) else {
        return;
    };
    let Some(Fact::Got { value: mgmt_facts }) = okta.reads.as_mut().map(|r| &mut r.mgmt) else {
        return;
    };
    let Some(app) = mgmt_facts.app.got() else {
        return;
    };
    let mgmt = Mgmt::new(sources.http, base, token);
    let user = mgmt.user(login).await;
    let (app_user, groups) = match &user {
        Ok(u) => {
            let (a, g) = tokio::join!(mgmt.app_user(&app.id, &u.id), mgmt.user_groups(&u.id));
            (Fact::from_result(a), Fact::from_result(g))
        }
        Err(_) => (
            not_asked(Missing::Prerequisite),
            not_asked(Missing::Prerequisite),
        ),
    };
    mgmt_facts.user = Some(UserFacts {
        login: login.to_string(),
        user: Fact::from_result(user),
        app_user,
        groups,
    });
}
