//! The demo seed's Okta orgs: one per demo tenant, misconfigured as DESIGN.md's
//! table says. The tenant side (slug, client id, the secret on file, the
//! registered domain) is in `sandbox::seed`; this table adds what lives in
//! Okta. Everything here is easy-to-read data on purpose.
//!
//! Every org is `http://{subdomain}.localhost:PORT`; its app's client id is
//! the tenant's and its secret the tenant's, except where `app_secret` says.
//! Every user signs in with [`DEMO_PASSWORD`].

use std::time::SystemTime;

use super::super::state::{State, rfc3339};
use super::DEMO_TENANTS;
use super::stable_id;
use crate::sandbox::okta::model::{
    AppRecord, AuthServerRecord, ClientSecretRecord, GroupRecord, OrgRecord, PolicyRecord,
    RuleRecord, UserRecord,
};

/// The password of every demo user (they are demo users on loopback).
pub const DEMO_PASSWORD: &str = "Okta-Sandbox-2026!";

/// The `default` server's access policies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DemoPolicy {
    /// Step 3 of the guide: "Biometry SSO Policy" for all clients, one rule
    /// granting Authorization Code to Everyone, any scopes.
    Guide,
    /// No policy at all, as on orgs created since 2024.
    None,
    /// The guide's policy, but its only rule allows `client_credentials`.
    WithoutAuthorizationCode,
    /// No custom authorization server (no API Access Management).
    NoServer,
}

/// Who is assigned to the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DemoAssignment {
    Everyone,
    /// Only the "Biometry Users" group; users with `in_group` are in it.
    Group,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct DemoUser {
    pub login: &'static str,
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub password: &'static str,
    /// Member of the "Biometry Users" group.
    pub in_group: bool,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct DemoOrg {
    /// The demo tenant (and the org's name for knobs).
    pub tenant: &'static str,
    pub subdomain: &'static str,
    /// What is wrong, in one line.
    pub what_is_wrong: &'static str,
    /// The app's redirect URI is `{service}/{redirect_path}/{slug}`.
    pub redirect_path: &'static str,
    pub grant_types: &'static [&'static str],
    pub response_types: &'static [&'static str],
    pub policy: DemoPolicy,
    /// The app's real secret when it differs from the one on file.
    pub app_secret: Option<&'static str>,
    pub assignment: DemoAssignment,
    pub custom_domain: Option<&'static str>,
    /// The first user is the one tests sign in with.
    pub users: &'static [DemoUser],
}

const CODE: &[&str] = &["authorization_code", "refresh_token"];
const CODE_ONLY: &[&str] = &["code"];

const fn user(login: &'static str, first_name: &'static str, last_name: &'static str) -> DemoUser {
    DemoUser {
        login,
        first_name,
        last_name,
        password: DEMO_PASSWORD,
        in_group: false,
    }
}

/// An org where the guide was followed to the letter: its app has the
/// Authorization Code grant and the `okta-login` redirect, the `default`
/// server the guide's policy, and Everyone is assigned. Each demo org
/// states only what it does differently.
const fn guide(
    tenant: &'static str,
    subdomain: &'static str,
    what_is_wrong: &'static str,
    users: &'static [DemoUser],
) -> DemoOrg {
    DemoOrg {
        tenant,
        subdomain,
        what_is_wrong,
        redirect_path: "okta-login",
        grant_types: CODE,
        response_types: CODE_ONLY,
        policy: Guide,
        app_secret: None,
        assignment: Everyone,
        custom_domain: None,
        users,
    }
}

use DemoAssignment::{Everyone, Group};
use DemoPolicy::{Guide, NoServer, WithoutAuthorizationCode};

/// The demo orgs, in the tenants' order.
pub(crate) const DEMO_ORGS: &[DemoOrg] = &[
    guide(
        "acme-corp",
        "integrator-1000001",
        "nothing: the guide followed to the letter",
        &[
            user("ana@acme.example", "Ana", "Alvarez"),
            user("ben@acme.example", "Ben", "Brown"),
            user("chen@acme.example", "Chen", "Cho"),
        ],
    ),
    DemoOrg {
        custom_domain: Some("login.globex.localhost"),
        ..guide(
            "globex",
            "integrator-1000002",
            "nothing in Okta (provisioning failed on the service side); has a custom domain",
            &[user("first.user@globex.example", "Hank", "Scorpio")],
        )
    },
    guide(
        "initech",
        "integrator-1000003",
        "nothing in Okta (the tenant is disabled)",
        &[user("peter@initech.example", "Peter", "Gibbons")],
    ),
    DemoOrg {
        redirect_path: "okta_login",
        ..guide(
            "umbrella",
            "integrator-1000004",
            "the app's redirect URI says okta_login instead of okta-login",
            &[user("alice@umbrella.example", "Alice", "Abernathy")],
        )
    },
    DemoOrg {
        policy: DemoPolicy::None,
        ..guide(
            "hooli",
            "integrator-1000005",
            "no access policy on the default server (step 3 skipped)",
            &[user("gavin@hooli.example", "Gavin", "Belson")],
        )
    },
    DemoOrg {
        policy: WithoutAuthorizationCode,
        ..guide(
            "cyberdyne",
            "integrator-1000006",
            "the policy's only rule grants client_credentials, not authorization_code",
            &[user("miles@cyberdyne.example", "Miles", "Dyson")],
        )
    },
    DemoOrg {
        app_secret: Some("-6c-T6nPZp31khYdbuYQcfkt8sDpsi7yqurbEAJh"),
        ..guide(
            "stark",
            "integrator-1000007",
            "nothing in Okta, but the service has another secret on file",
            &[user("tony@stark.example", "Tony", "Stark")],
        )
    },
    guide(
        "wayne",
        "integrator-1000008",
        "nothing in Okta, but the -admin domain was registered",
        &[user("bruce@wayne.example", "Bruce", "Wayne")],
    ),
    DemoOrg {
        policy: NoServer,
        ..guide(
            "wonka",
            "integrator-1000009",
            "no custom authorization server: /oauth2/default does not exist",
            &[user("willy@wonka.example", "Willy", "Wonka")],
        )
    },
    DemoOrg {
        assignment: Group,
        ..guide(
            "tyrell",
            "integrator-1000010",
            "the app is assigned to a group roy is not in (rachael is)",
            &[
                user("roy@tyrell.example", "Roy", "Batty"),
                DemoUser {
                    in_group: true,
                    ..user("rachael@tyrell.example", "Rachael", "Tyrell")
                },
            ],
        )
    },
    DemoOrg {
        grant_types: &["implicit"],
        response_types: &["token"],
        ..guide(
            "massive",
            "integrator-1000011",
            "the app allows only the implicit grant (response type token)",
            &[user("nina@massive.example", "Nina", "Sharp")],
        )
    },
];

/// The demo's empty org: created since 2024, nobody has followed the guide
/// in it yet (no app for a tenant, no policy on `default`), so `okta setup`
/// has everything to do. No tenant is registered for it; `soylent` is the
/// slug tests set it up for.
pub const EMPTY_ORG: &str = "soylent";
const EMPTY_ORG_SUBDOMAIN: &str = "integrator-1000012";

fn empty_org(created: &str) -> OrgRecord {
    let key = |what: &str| format!("{EMPTY_ORG_SUBDOMAIN}/{what}");
    OrgRecord {
        name: EMPTY_ORG.to_owned(),
        subdomain: EMPTY_ORG_SUBDOMAIN.to_owned(),
        id: stable_id("00o", &key("org")),
        custom_domain: None,
        pipeline: "idx".into(),
        groups: vec![
            everyone_group(stable_id("00g", &key("everyone"))),
            // BUILT_IN too (REAL): a search for BUILT_IN alone finds both.
            GroupRecord {
                id: stable_id("00g", &key("admins")),
                name: "Okta Administrators".into(),
                description: "Okta manages this group, which contains all administrators in your organization.".into(),
                kind: "BUILT_IN".into(),
            },
        ],
        users: vec![user_record(
            &user("sol@soylent.example", "Sol", "Roth"),
            stable_id("00u", &key("sol@soylent.example")),
            vec![],
        )],
        apps: vec![],
        default_server: Some(default_server(
            stable_id("aus", &key("default")),
            vec![],
            created,
        )),
        created: created.to_owned(),
    }
}

/// Adds the demo orgs for a sandbox serving on `port`.
pub(crate) fn demo(st: &mut State, now: SystemTime, port: u16) {
    let created = rfc3339(now);
    for d in DEMO_ORGS {
        let Some(tenant) = DEMO_TENANTS.iter().find(|t| t.slug == d.tenant) else {
            continue;
        };
        let org = build(d, tenant.client_id, tenant.client_secret, &created, port);
        st.okta_orgs.insert(org.name.clone(), org);
    }
    st.okta_orgs
        .insert(EMPTY_ORG.to_owned(), empty_org(&created));
}

/// The group every org has, with every user in it.
fn everyone_group(id: String) -> GroupRecord {
    GroupRecord {
        id,
        name: "Everyone".into(),
        description: "All users in your organization".into(),
        kind: "BUILT_IN".into(),
    }
}

/// The `default` authorization server, as a new org has it.
fn default_server(id: String, policies: Vec<PolicyRecord>, created: &str) -> AuthServerRecord {
    AuthServerRecord {
        id,
        name: "default".into(),
        description: "Default Authorization Server for your Applications".into(),
        audiences: vec!["api://default".into()],
        issuer_mode: "ORG_URL".into(),
        status: "ACTIVE".into(),
        policies,
        created: created.to_owned(),
    }
}

/// A demo user's record: the login is the email too.
fn user_record(u: &DemoUser, id: String, groups: Vec<String>) -> UserRecord {
    UserRecord {
        id,
        login: u.login.to_owned(),
        email: u.login.to_owned(),
        first_name: u.first_name.to_owned(),
        last_name: u.last_name.to_owned(),
        password: u.password.to_owned(),
        groups,
    }
}

fn build(d: &DemoOrg, client_id: &str, secret: &str, created: &str, port: u16) -> OrgRecord {
    let key = |what: &str| format!("{}/{what}", d.subdomain);
    let everyone = stable_id("00g", &key("everyone"));
    let app_group = stable_id("00g", &key("biometry-users"));
    let users: Vec<UserRecord> = d
        .users
        .iter()
        .map(|u| {
            let groups = if u.in_group {
                vec![app_group.clone()]
            } else {
                vec![]
            };
            user_record(u, stable_id("00u", &key(u.login)), groups)
        })
        .collect();
    let strings = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let app = AppRecord {
        id: client_id.to_owned(),
        client_id: client_id.to_owned(),
        client_secrets: vec![ClientSecretRecord {
            id: stable_id("ocs", &key("secret")),
            secret: d.app_secret.unwrap_or(secret).to_owned(),
            status: "ACTIVE".into(),
            created: created.to_owned(),
            last_updated: created.to_owned(),
        }],
        legacy_client_secret: None,
        label: "Biometry".into(),
        status: "ACTIVE".into(),
        redirect_uris: vec![format!(
            "http://127.0.0.1:{port}/{}/{}",
            d.redirect_path, d.tenant
        )],
        post_logout_redirect_uris: vec![],
        grant_types: strings(d.grant_types),
        response_types: strings(d.response_types),
        token_endpoint_auth_method: "client_secret_basic".into(),
        application_type: "web".into(),
        pkce_required: false,
        assigned_users: vec![],
        assigned_groups: vec![match d.assignment {
            Everyone => everyone.clone(),
            Group => app_group.clone(),
        }],
        created: created.to_owned(),
    };
    let grants = match d.policy {
        WithoutAuthorizationCode => vec!["client_credentials".to_owned()],
        _ => vec!["authorization_code".to_owned()],
    };
    let policies = match d.policy {
        Guide | WithoutAuthorizationCode => vec![PolicyRecord {
            id: stable_id("00p", &key("policy")),
            name: "Biometry SSO Policy".into(),
            description: "Biometry SSO Policy".into(),
            status: "ACTIVE".into(),
            priority: 1,
            clients: vec!["ALL_CLIENTS".into()],
            rules: vec![RuleRecord {
                id: stable_id("0pr", &key("rule")),
                name: "Biometry SSO Rule".into(),
                status: "ACTIVE".into(),
                priority: 1,
                grant_types: grants,
                users_include: vec![],
                users_exclude: vec![],
                groups_include: vec![everyone.clone()],
                groups_exclude: vec![],
                scopes: vec!["*".into()],
                access_token_lifetime_minutes: 60,
                created: created.to_owned(),
            }],
            created: created.to_owned(),
        }],
        DemoPolicy::None | NoServer => vec![],
    };
    let default_server = (d.policy != NoServer)
        .then(|| default_server(stable_id("aus", &key("default")), policies, created));
    let mut groups = vec![everyone_group(everyone.clone())];
    if d.assignment == Group || d.users.iter().any(|u| u.in_group) {
        groups.push(GroupRecord {
            id: app_group,
            name: "Biometry Users".into(),
            description: "Users allowed into Biometry".into(),
            kind: "OKTA_GROUP".into(),
        });
    }
    OrgRecord {
        name: d.tenant.to_owned(),
        subdomain: d.subdomain.to_owned(),
        id: stable_id("00o", &key("org")),
        custom_domain: d.custom_domain.map(str::to_owned),
        pipeline: "idx".into(),
        groups,
        users,
        apps: vec![app],
        default_server,
        created: created.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_tenant_has_an_org_on_its_registered_host() {
        for t in DEMO_TENANTS {
            let org = DEMO_ORGS
                .iter()
                .find(|o| o.tenant == t.slug)
                .unwrap_or_else(|| panic!("{} has no org", t.slug));
            let host = t.okta_host.trim_end_matches(".localhost");
            assert!(
                host == org.subdomain || host == format!("{}-admin", org.subdomain),
                "{} registered {} for org {}",
                t.slug,
                t.okta_host,
                org.subdomain
            );
            assert!(!org.users.is_empty());
        }
        assert_eq!(DEMO_ORGS.len(), DEMO_TENANTS.len());
    }

    #[test]
    fn the_seed_is_stable_and_misconfigured_as_documented() {
        let mut a = State::default();
        let mut b = State::default();
        let now = SystemTime::now();
        demo(&mut a, now, 8080);
        demo(&mut b, now, 8080);
        assert_eq!(a.okta_orgs, b.okta_orgs, "ids do not change between runs");
        let acme = &a.okta_orgs["acme-corp"];
        assert_eq!(
            acme.apps[0].redirect_uris,
            ["http://127.0.0.1:8080/okta-login/acme-corp"]
        );
        assert!(acme.id.starts_with("00o") && acme.id.len() == 20);
        assert_eq!(
            acme.default_server.as_ref().unwrap().policies[0].rules[0].groups_include,
            [acme.everyone_id()]
        );
        assert!(
            a.okta_orgs["hooli"]
                .default_server
                .as_ref()
                .unwrap()
                .policies
                .is_empty()
        );
        assert!(a.okta_orgs["wonka"].default_server.is_none());
        assert_ne!(
            a.okta_orgs["stark"].apps[0].current_secret().unwrap(),
            DEMO_TENANTS
                .iter()
                .find(|t| t.slug == "stark")
                .unwrap()
                .client_secret
        );
        let tyrell = &a.okta_orgs["tyrell"];
        assert!(!tyrell.is_assigned(&tyrell.apps[0], &tyrell.users[0]));
        assert!(tyrell.is_assigned(&tyrell.apps[0], &tyrell.users[1]));
    }
}
