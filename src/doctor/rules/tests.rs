//! The rules over real captured Okta answers (tests/fixtures/okta/), no HTTP.

use super::*;
use crate::finding::Remedy;
use crate::okta::fetch::OktaError;
use crate::okta::jwks::JwkSet;
use crate::okta::mgmt::{Group, Policy, Rule};
use crate::okta::org::OktaOrganization;

const HOST: &str = "dev-92899796.okta.com";
const BASE: &str = "https://dev-92899796.okta.com";
const CLIENT: &str = "0oa9i6uhuuNoIeZza1d7";
const REDIRECT: &str = "https://auth.biometrysolutions.com/okta-login/acme-corp";

/// A fixture's text, with other orgs' host names replaced by this test's
/// org (the captures come from several orgs).
fn text(path: &str) -> String {
    let path = format!("{}/tests/fixtures/okta/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .unwrap()
        .replace("dev-120913.okta.com", HOST)
        .replace("dev-72542490.okta.com", HOST)
}

fn fixture<T: serde::de::DeserializeOwned>(path: &str) -> T {
    let value: serde_json::Value = serde_json::from_str(&text(path)).unwrap();
    let body = value.get("body").cloned().unwrap_or(value);
    serde_json::from_value(body).unwrap()
}

fn got<T>(value: T) -> Fact<T> {
    Fact::Got { value }
}

fn failed<T>(failure: Failure) -> Fact<T> {
    Fact::Failed { failure }
}

fn everyone_rule() -> Rule {
    fixture("mgmt/authorization-server.policy-rule.docs-default-rule.json")
}

fn all_clients_policy() -> Policy {
    serde_json::from_value(serde_json::json!({
        "id": "00pbiometry", "name": "Biometry SSO Policy", "status": "ACTIVE", "priority": 1,
        "conditions": {"clients": {"include": ["ALL_CLIENTS"]}}
    }))
    .unwrap()
}

fn healthy_app() -> App {
    let mut app: App = fixture("mgmt/app.oidc-web.get.json");
    app.settings.oauth_client.redirect_uris = vec![REDIRECT.to_string()];
    app
}

fn mgmt(app: App, policies: Vec<PolicyFacts>) -> MgmtFacts {
    let everyone: Vec<Group> = fixture("mgmt/group.everyone.json");
    MgmtFacts {
        app: got(app),
        app_groups: got(vec![everyone[0].id.clone()]),
        everyone: got(everyone.into_iter().next()),
        policies: got(policies),
        user: None,
    }
}

/// A healthy org, from captured documents, before registration.
fn healthy() -> Facts {
    let reads = OrgReads {
        organization: got(fixture::<OktaOrganization>(
            "mgmt/well-known-okta-organization.json",
        )),
        org_discovery: got(fixture(
            "discovery/org-as.openid-configuration.dev-2020.json",
        )),
        default_discovery: got(fixture(
            "discovery/custom-as-default.openid-configuration.dev-2022.json",
        )),
        default_oauth: got(fixture(
            "discovery/custom-as-default.oauth-authorization-server.dev-2021.json",
        )),
        keys: got(fixture::<JwkSet>(
            "jwks/custom-as-default.keys.dev-2022.json",
        )),
        authorize: got(AuthorizeOutcome::SignIn),
        credentials: got(Credentials {
            secret: CredentialVerdict::Valid,
            grant: Some(CredentialVerdict::Valid),
        }),
        mgmt: got(mgmt(
            healthy_app(),
            vec![PolicyFacts {
                policy: all_clients_policy(),
                rules: got(vec![everyone_rule()]),
            }],
        )),
    };
    Facts {
        version: FACTS_VERSION,
        subject: Subject {
            slug: Some("acme-corp".into()),
            okta_domain: Some(HOST.into()),
            client_id: Some(CLIENT.into()),
            redirect_uri: Some(REDIRECT.into()),
            registered: false,
        },
        tenant: None,
        expected_redirect_uri: Some(REDIRECT.into()),
        provisioning: None,
        secret_check: None,
        okta: Some(OktaFacts {
            input: HOST.into(),
            domain: DomainFact::Parsed {
                host: HOST.into(),
                kind: "okta".into(),
                base: BASE.into(),
            },
            reads: Some(reads),
        }),
    }
}

fn reads(facts: &mut Facts) -> &mut OrgReads {
    facts.okta.as_mut().unwrap().reads.as_mut().unwrap()
}

fn mgmt_of(facts: &mut Facts) -> &mut MgmtFacts {
    match &mut reads(facts).mgmt {
        Fact::Got { value } => value,
        _ => panic!("no mgmt facts"),
    }
}

fn problems(report: &Report) -> Vec<(String, Severity)> {
    report
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::NotVerified)
        .map(|f| (f.check.clone(), f.severity))
        .collect()
}

#[test]
fn captured_healthy_answers_pass_with_no_problem() {
    let report = judge(&healthy());
    assert_eq!(problems(&report), [], "{report:#?}");
    let checks: Vec<&str> = report.findings.iter().map(|f| f.check.as_str()).collect();
    for expected in [
        "domain.org",
        "discovery.default.issuer",
        "jwks",
        "redirect.probe",
        "client.secret",
        "app.redirect_uris",
        "policy",
    ] {
        assert!(checks.contains(&expected), "{expected} in {checks:?}");
    }
}

#[test]
fn the_empty_policy_list_is_the_policy_row_with_a_change_to_apply() {
    let mut facts = healthy();
    let policies: Vec<Policy> = fixture("mgmt/authorization-server.policies.list.empty.json");
    mgmt_of(&mut facts).policies = got(policies
        .into_iter()
        .map(|policy| PolicyFacts {
            policy,
            rules: got(Vec::new()),
        })
        .collect());
    let report = judge(&facts);
    assert_eq!(problems(&report), [("policy".to_string(), Severity::Error)]);
    let f = report
        .findings
        .iter()
        .find(|f| f.check == "policy")
        .unwrap();
    assert_eq!(f.guide.as_deref(), Some(guide::ROW_POLICY));
    assert_eq!(
        f.remedy,
        Some(Remedy::Change {
            change: crate::finding::Change::DefaultServerPolicy {
                client_id: CLIENT.into()
            },
            applicability: crate::finding::Applicability::MachineApplicable,
            command: None,
        })
    );
}

#[test]
fn a_real_rule_without_authorization_code_is_step_3() {
    let mut facts = healthy();
    let rule: Rule = fixture("mgmt/authorization-server.policy-rule.get.json");
    mgmt_of(&mut facts).policies = got(vec![PolicyFacts {
        policy: all_clients_policy(),
        rules: got(vec![rule]),
    }]);
    let report = judge(&facts);
    let f = report
        .findings
        .iter()
        .find(|f| f.check == "policy")
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.detail
            .as_deref()
            .unwrap_or_default()
            .contains("authorization_code"),
        "{f:?}"
    );
    assert_eq!(f.guide.as_deref(), Some(guide::STEP_3));
}

#[test]
fn without_a_token_the_policy_is_not_verified_with_the_command_that_would() {
    let mut facts = healthy();
    reads(&mut facts).mgmt = Fact::NotAsked {
        missing: Missing::OktaApiToken,
    };
    let report = judge(&facts);
    assert_eq!(
        problems(&report),
        [
            ("policy".to_string(), Severity::NotVerified),
            ("app.assignments".to_string(), Severity::NotVerified)
        ]
    );
    let f = &report
        .findings
        .iter()
        .find(|f| f.check == "policy")
        .unwrap();
    assert_eq!(
        f.remedy.as_ref().and_then(Remedy::as_command),
        Some(
            "SSOCTL_OKTA_API_TOKEN=… ssoctl doctor --okta-domain dev-92899796.okta.com --client-id 0oa9i6uhuuNoIeZza1d7 --slug acme-corp"
        )
    );
}

#[test]
fn a_refused_token_is_one_not_verified_finding() {
    let mut facts = healthy();
    let m = mgmt_of(&mut facts);
    // As Okta answers a bad SSWS token (error.E0000011.invalid-token.json).
    let error: serde_json::Value =
        serde_json::from_str(&text("mgmt/error.E0000011.invalid-token.json")).unwrap();
    let body = error.get("body").cloned().unwrap_or(error);
    let parsed = OktaError::parse(body.to_string().as_bytes()).unwrap();
    assert_eq!(parsed.code, "E0000011");
    m.app = failed(Failure::BadToken);
    m.app_groups = failed(Failure::BadToken);
    m.everyone = failed(Failure::BadToken);
    m.policies = failed(Failure::BadToken);
    let report = judge(&facts);
    assert_eq!(
        problems(&report),
        [("app".to_string(), Severity::NotVerified)]
    );
}

#[test]
fn the_admin_console_host_is_one_finding_with_the_tenant_update() {
    // Discovery on the -admin host answers with the org's issuer (REAL-TEXT).
    let observed: serde_json::Value = serde_json::from_str(&text(
        "discovery/admin-domain.openid-configuration.observed.json",
    ))
    .unwrap();
    let issuer = observed["body_prefix"]["issuer"]
        .as_str()
        .unwrap()
        .to_string();
    let org_host = Url::parse(&issuer).unwrap().host_str().unwrap().to_string();
    let admin_host = org_host.replacen('.', "-admin.", 1);
    let mut facts = healthy();
    facts.subject.registered = true;
    facts.subject.slug = Some("wayne".into());
    let okta = facts.okta.as_mut().unwrap();
    okta.domain = DomainFact::Parsed {
        host: admin_host.clone(),
        kind: "okta".into(),
        base: format!("https://{admin_host}"),
    };
    let r = okta.reads.as_mut().unwrap();
    let retarget = |doc: &Discovery, issuer: &str| Discovery {
        issuer: issuer.to_string(),
        ..doc.clone()
    };
    let default = r.default_discovery.got().unwrap().clone();
    r.default_discovery = got(retarget(&default, &issuer));
    let oauth = r.default_oauth.got().unwrap().clone();
    r.default_oauth = got(retarget(&oauth, &issuer));
    let org = r.org_discovery.got().unwrap().clone();
    r.org_discovery = got(retarget(&org, &format!("https://{org_host}")));
    let report = judge(&facts);
    let issuer_findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.check.ends_with(".issuer") && f.severity >= Severity::Warning)
        .collect();
    assert_eq!(issuer_findings.len(), 1, "{issuer_findings:#?}");
    assert_eq!(issuer_findings[0].check, "discovery.default.issuer");
    assert_eq!(
        issuer_findings[0]
            .remedy
            .as_ref()
            .and_then(Remedy::as_command),
        Some(format!("ssoctl tenant update wayne --okta-domain {org_host}").as_str())
    );
}

#[test]
fn a_fact_that_could_not_be_obtained_never_passes() {
    for failure in [
        Failure::Unreachable {
            summary: "could not connect to dev-92899796.okta.com: connection refused".into(),
        },
        Failure::Invalid {
            summary: "not JSON".into(),
        },
        Failure::Status {
            status: 500,
            code: None,
            description: None,
            html: true,
            request_id: None,
        },
    ] {
        let mut facts = healthy();
        reads(&mut facts).authorize = failed(failure.clone());
        reads(&mut facts).credentials = failed(failure.clone());
        let report = judge(&facts);
        for check in ["redirect.probe", "client"] {
            let f = report.findings.iter().find(|f| f.check == check);
            assert_eq!(
                f.map(|f| f.severity),
                Some(Severity::Error),
                "{check} after {failure:?}"
            );
        }
    }
    // An unreachable org is one finding, and nothing downstream passes.
    let mut facts = healthy();
    let down = Failure::Dns {
        summary: "could not connect to dev-92899796.okta.com: dns error".into(),
    };
    let r = reads(&mut facts);
    r.organization = failed(down.clone());
    r.org_discovery = failed(down.clone());
    r.default_discovery = failed(down.clone());
    let report = judge(&facts);
    assert_eq!(
        problems(&report),
        [("domain.reachable".to_string(), Severity::Error)]
    );
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.severity != Severity::Ok || f.check == "domain.format"),
        "{report:#?}"
    );
}

#[test]
fn unknown_answers_are_errors_that_quote_what_came_back() {
    let f = authorize_finding(
        &AuthorizeOutcome::Unexpected {
            status: 400,
            summary: "Something went wrong".into(),
        },
        CLIENT,
        REDIRECT,
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(f.detail.unwrap().contains("Something went wrong"));
    let f = credential_finding(
        &CredentialVerdict::Unexpected {
            status: 500,
            error: None,
        },
        CLIENT,
        None,
    );
    assert_eq!(f.severity, Severity::Error);
}

#[test]
fn the_probe_confirming_the_app_is_folded_into_it() {
    let mut facts = healthy();
    let m = mgmt_of(&mut facts);
    if let Fact::Got { value } = &mut m.app {
        value.settings.oauth_client.redirect_uris = vec!["http://d.com/".into()];
    }
    reads(&mut facts).authorize = got(AuthorizeOutcome::RedirectNotRegistered { admin_url: None });
    let report = judge(&facts);
    assert_eq!(
        problems(&report),
        [("app.redirect_uris".to_string(), Severity::Error)]
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.check == "app.redirect_uris")
        .unwrap();
    assert!(
        f.detail
            .as_deref()
            .unwrap()
            .contains("authorize endpoint confirms"),
        "{f:?}"
    );
}

#[test]
fn facts_round_trip_through_json_and_judge_the_same() {
    let mut facts = healthy();
    mgmt_of(&mut facts).policies = got(Vec::new());
    let text = serde_json::to_string(&facts).unwrap();
    let back: Facts = serde_json::from_str(&text).unwrap();
    assert_eq!(
        serde_json::to_value(judge(&back)).unwrap(),
        serde_json::to_value(judge(&facts)).unwrap()
    );
}

#[test]
fn only_errors_that_make_a_sign_in_impossible_stop_login_test() {
    let blocks = |f: Finding| blocks_sign_in(&f);
    assert!(blocks(Finding::error(
        "discovery.default.issuer",
        "the -admin host"
    )));
    assert!(blocks(Finding::error("tenant.status", "disabled")));
    assert!(blocks(Finding::error("app.redirect_uris", "not listed")));
    assert!(blocks(Finding::error("policy", "no access policy")));
    assert!(!blocks(Finding::warning("discovery.default.issuer", "odd")));
    assert!(!blocks(Finding::not_verified(
        "policy",
        "no Okta API token"
    )));
    assert!(!blocks(Finding::error(
        "client.secret",
        "the secret on file is wrong"
    )));
    assert!(!blocks(Finding::error("provisioning", "failed")));
    // The report of a healthy org stops nothing.
    assert!(!judge(&healthy()).findings.iter().any(blocks_sign_in));
}

#[test]
fn a_user_outside_the_rules_groups_is_the_policy_row_for_that_user() {
    use crate::okta::mgmt::{AppUser, User, UserProfile};
    let mut facts = healthy();
    let mgmt = mgmt_of(&mut facts);
    let everyone = mgmt.everyone.got().cloned().flatten().unwrap();
    if let Fact::Got { value: policies } = &mut mgmt.policies {
        let Fact::Got { value: rules } = &mut policies[0].rules else {
            panic!("rules")
        };
        rules[0].conditions.people.groups.include = vec!["00gsales".into()];
    }
    mgmt.user = Some(UserFacts {
        login: "roy@example.com".into(),
        user: got(User {
            id: "00uroy".into(),
            status: "ACTIVE".into(),
            profile: UserProfile {
                login: "roy@example.com".into(),
            },
        }),
        app_user: got(Some(AppUser {
            id: "00uroy".into(),
            scope: "USER".into(),
            status: "ACTIVE".into(),
        })),
        groups: got(vec![everyone]),
    });
    let report = judge(&facts);
    assert_eq!(
        problems(&report),
        [
            ("policy".to_string(), Severity::Warning),
            ("user.policy".to_string(), Severity::Error)
        ],
        "{report:#?}"
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.check == "user.policy")
        .unwrap();
    assert_eq!(
        f.summary,
        "no rule of the access policy lets roy@example.com in"
    );
    assert!(
        f.detail
            .as_deref()
            .unwrap()
            .ends_with("it applies only to group 00gsales, and this user is not among them"),
        "{f:#?}"
    );
}
