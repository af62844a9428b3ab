//! Seed data: `--seed demo` fills an empty sandbox with one tenant per
//! troubleshooting row of the integration guide (see DESIGN.md, "The sandbox").
//!
//! Everything is in the [`DEMO_TENANTS`] table so it is easy to change. Each
//! demo tenant points at its emulated Okta org (`okta::seed` has the orgs,
//! their users and what is wrong with each): the registered Okta domain is
//! `{okta_host}:PORT`, with the sandbox's own port.

pub(crate) mod orgs;

use std::str::FromStr;
use std::time::{Duration, SystemTime};

use super::state::{
    ErrorInfo, OriginRecord, ProvisioningRecord, RunState, State, Subscription, TenantRecord,
    TenantStatus, UserRecord, rfc3339,
};

/// A named set of seed data, applied only to an empty state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seed {
    /// The demo tenants of DESIGN.md (`acme-corp`, `globex`, `initech`, …).
    Demo,
}

impl FromStr for Seed {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "demo" => Ok(Self::Demo),
            other => Err(format!("unknown seed {other:?}: the only seed is \"demo\"")),
        }
    }
}

impl std::fmt::Display for Seed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Demo => "demo",
        })
    }
}

/// How far a demo tenant's provisioning got.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DemoProvisioning {
    NotStarted,
    Succeeded {
        project_id: &'static str,
    },
    /// The first-login run failed: provisioning services were unreachable.
    Failed,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct DemoTenant {
    pub slug: &'static str,
    pub company_name: &'static str,
    /// The org's host; the registered domain adds the sandbox's `:PORT`.
    pub okta_host: &'static str,
    pub client_id: &'static str,
    /// The secret the service has on file (the org's app has the same one,
    /// except where `okta::seed` says otherwise).
    pub client_secret: &'static str,
    pub status: TenantStatus,
    /// In first-login order: the first one owns the project.
    pub users: &'static [&'static str],
    pub provisioning: DemoProvisioning,
    /// Registered this many days ago.
    pub age_days: u64,
}

use DemoProvisioning::{Failed, NotStarted, Succeeded};
use TenantStatus::{Active, Disabled, Pending};

/// The demo tenants. What each one shows (the guide's rows) is in DESIGN.md.
pub(crate) const DEMO_TENANTS: &[DemoTenant] = &[
    DemoTenant {
        slug: "acme-corp",
        company_name: "Acme Corporation",
        okta_host: "integrator-1000001.localhost",
        client_id: "0oaWiL9dv4wtfUQ1VQ3O",
        client_secret: "vNaAmERWHjdjzYPzxiBzSlHNJqiJ5PqKfUg7z1xt",
        status: Active,
        users: &["ana@acme.example", "ben@acme.example", "chen@acme.example"],
        provisioning: Succeeded {
            project_id: "prj_fbf0a22b3930edb25f927f7c",
        },
        age_days: 60,
    },
    DemoTenant {
        slug: "globex",
        company_name: "Globex Corporation",
        okta_host: "integrator-1000002.localhost",
        client_id: "0oaUQg1AoeaSYeUXzENO",
        client_secret: "sHB7QziKzxgErUFUc3IdJE-3536_U9Zk-N21XP2a",
        status: Active,
        users: &["first.user@globex.example"],
        provisioning: Failed,
        age_days: 21,
    },
    DemoTenant {
        slug: "initech",
        company_name: "Initech",
        okta_host: "integrator-1000003.localhost",
        client_id: "0oaCKvsYFJGufE0w6Hjw",
        client_secret: "z7SzeNPNqIkyBA-hyPi6zcxDf-z381G_1DYeFZQN",
        status: Disabled,
        users: &["peter@initech.example"],
        provisioning: Succeeded {
            project_id: "prj_70f64183191d3a45bcb3d2ad",
        },
        age_days: 90,
    },
    DemoTenant {
        slug: "umbrella",
        company_name: "Umbrella Corporation",
        okta_host: "integrator-1000004.localhost",
        client_id: "0oaJ17FO6bBlKu8y0Xx7",
        client_secret: "mKwvzfyMcU2of_WRRJaLZ-lEtSbWI9vAMuIiLyCI",
        status: Pending,
        users: &[],
        provisioning: NotStarted,
        age_days: 10,
    },
    DemoTenant {
        slug: "hooli",
        company_name: "Hooli",
        okta_host: "integrator-1000005.localhost",
        client_id: "0oaPmoE5TZ9dliic8dCO",
        client_secret: "77wl6tPbGhKKtCkMWZ9RdnfECc2xbNDaWdoqNdTO",
        status: Pending,
        users: &[],
        provisioning: NotStarted,
        age_days: 9,
    },
    DemoTenant {
        slug: "cyberdyne",
        company_name: "Cyberdyne Systems",
        okta_host: "integrator-1000006.localhost",
        client_id: "0oaQ5gKeiOLS4GMtbtK4",
        client_secret: "_8ZvU4mOjGiDWfOXL6oDQRPR39TP2Fcit5EJhueU",
        status: Pending,
        users: &[],
        provisioning: NotStarted,
        age_days: 8,
    },
    DemoTenant {
        slug: "stark",
        company_name: "Stark Industries",
        okta_host: "integrator-1000007.localhost",
        client_id: "0oaaP50Aqg6hnb5tZKW8",
        client_secret: "qHaWB8m25yX9H3bJP-Nih7TO7DKDQBgjrdBG1ywc",
        status: Pending,
        users: &[],
        provisioning: NotStarted,
        age_days: 7,
    },
    DemoTenant {
        slug: "wayne",
        company_name: "Wayne Enterprises",
        // The guide's step-2 mistake: the Admin Console domain, not the org's.
        okta_host: "integrator-1000008-admin.localhost",
        client_id: "0oaDWmIq71xgLVapsY7J",
        client_secret: "fGmFFHFM1JkVzGAVb9VGCdzKfsG-fkNFI_0Wbq41",
        status: Pending,
        users: &[],
        provisioning: NotStarted,
        age_days: 3,
    },
    DemoTenant {
        slug: "wonka",
        company_name: "Wonka Industries",
        okta_host: "integrator-1000009.localhost",
        client_id: "0oall9KOVkyqwGUWJRNs",
        client_secret: "K4axTU4tZUJ2CqO1YgWx2LZghrrADIomTo8JtD1V",
        status: Pending,
        users: &[],
        provisioning: NotStarted,
        age_days: 1,
    },
    DemoTenant {
        slug: "tyrell",
        company_name: "Tyrell Corporation",
        okta_host: "integrator-1000010.localhost",
        client_id: "0oa6fFXwAODwZUdSzTta",
        client_secret: "GSbXwCeWAJpKlgOTMKBK_HetM2dVfujGAilz9kG6",
        status: Pending,
        users: &[],
        provisioning: NotStarted,
        age_days: 2,
    },
    DemoTenant {
        slug: "massive",
        company_name: "Massive Dynamic",
        okta_host: "integrator-1000011.localhost",
        client_id: "0oaIimvAyOmUbWtT0UKe",
        client_secret: "dnYNcA-glk72EtppvVTaPb5eHxZ6JIdICiBiu-Vw",
        status: Pending,
        users: &[],
        provisioning: NotStarted,
        age_days: 2,
    },
];

/// The demo's allowed CORS origins.
pub(crate) const DEMO_ORIGINS: &[&str] = &["https://app.acme.example", "http://localhost:3000"];

/// Fills `st` with the seed for a sandbox serving on `port`. Seed data is
/// history, not activity: it does not count in [`super::Stats`].
pub(crate) fn apply(seed: Seed, st: &mut State, now: SystemTime, port: u16) {
    match seed {
        Seed::Demo => {
            demo(st, now, port);
            orgs::demo(st, now, port);
        }
    }
}

fn demo(st: &mut State, now: SystemTime, port: u16) {
    let day = Duration::from_secs(24 * 60 * 60);
    let hour = Duration::from_secs(60 * 60);
    let ago = |d: Duration| rfc3339(now.checked_sub(d).unwrap_or(SystemTime::UNIX_EPOCH));
    for d in DEMO_TENANTS {
        let created = day * u32::try_from(d.age_days).unwrap_or(0);
        // The first login comes a day after registration; one version bump
        // for pending -> active, one more for a disable.
        let first_login = created.saturating_sub(day);
        let users: Vec<UserRecord> = d
            .users
            .iter()
            .enumerate()
            .map(|(i, email)| {
                let i = u32::try_from(i).unwrap_or(0);
                UserRecord {
                    email: (*email).to_owned(),
                    role: "partner".into(),
                    project_role: if i == 0 { "owner" } else { "member" }.into(),
                    first_login_at: ago(first_login.saturating_sub(hour * i)),
                    last_login_at: ago(hour * (i + 1)),
                }
            })
            .collect();
        let mut provisioning = ProvisioningRecord::not_started();
        match d.provisioning {
            NotStarted => {}
            Succeeded { project_id } => {
                provisioning.state = RunState::Succeeded;
                provisioning.project_id = Some(project_id.to_owned());
                provisioning.subscription = Some(Subscription::advanced());
                provisioning.attempts = 1;
                provisioning.last_attempt_at = Some(ago(first_login));
            }
            Failed => {
                provisioning.state = RunState::Failed;
                provisioning.attempts = 1;
                provisioning.last_attempt_at = Some(ago(first_login));
                provisioning.last_error = Some(ErrorInfo::unreachable());
            }
        }
        let version = match d.status {
            Pending => 1,
            Active => 2,
            Disabled => 3,
        };
        let updated = match d.status {
            Pending => created,
            Active => first_login,
            Disabled => first_login.saturating_sub(day * 2),
        };
        st.tenants.insert(
            d.slug.to_owned(),
            TenantRecord {
                slug: d.slug.to_owned(),
                company_name: d.company_name.to_owned(),
                okta_domain: format!("{}:{port}", d.okta_host),
                client_id: d.client_id.to_owned(),
                client_secret: d.client_secret.to_owned(),
                status: d.status,
                version,
                created_at: ago(created),
                updated_at: ago(updated),
                users,
                provisioning,
                review: None,
            },
        );
    }
    for origin in DEMO_ORIGINS {
        st.origins.insert(
            (*origin).to_owned(),
            OriginRecord {
                created_at: ago(day * 30),
            },
        );
    }
}

/// An Okta-style id that is the same for the same `key` (seed data): the seed tables and
/// `Control::copy_okta_org` name their orgs, users and policies with it.
pub(crate) fn stable_id(prefix: &str, key: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // FNV-1a, then a xorshift stream: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let mut out = String::from(prefix);
    for _ in 0..17 {
        h ^= h << 13;
        h ^= h >> 7;
        h ^= h << 17;
        let i = usize::try_from(h % ALPHABET.len() as u64).unwrap_or(0);
        out.push(char::from(ALPHABET[i]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::validate;
    use super::*;

    #[test]
    fn seed_parses() {
        assert_eq!("demo".parse::<Seed>(), Ok(Seed::Demo));
        assert!("other".parse::<Seed>().is_err());
        assert_eq!(Seed::Demo.to_string(), "demo");
    }

    #[test]
    fn demo_data_is_valid_and_distinct() {
        let mut ids = std::collections::HashSet::new();
        let mut secrets = std::collections::HashSet::new();
        for d in DEMO_TENANTS {
            validate::slug(d.slug).unwrap();
            validate::company_name(d.company_name).unwrap();
            let domain = format!("{}:8080", d.okta_host);
            assert_eq!(validate::okta_domain(&domain).unwrap(), domain);
            validate::client_id(d.client_id).unwrap();
            assert!(
                d.client_id.starts_with("0oa") && d.client_id.len() == 20,
                "{}",
                d.client_id
            );
            assert!(d.client_id[3..].bytes().all(|b| b.is_ascii_alphanumeric()));
            assert_eq!(d.client_secret.len(), 40, "{}", d.slug);
            assert!(ids.insert(d.client_id), "{} repeats a client id", d.slug);
            assert!(
                secrets.insert(d.client_secret),
                "{} repeats a secret",
                d.slug
            );
            for u in d.users {
                validate::email(u).unwrap();
            }
            if let Succeeded { project_id } = d.provisioning {
                assert!(project_id.starts_with("prj_"));
            }
        }
        for o in DEMO_ORIGINS {
            validate::origin(o).unwrap();
        }
    }

    #[test]
    fn demo_seed_fills_an_empty_state() {
        let mut st = State::default();
        apply(Seed::Demo, &mut st, SystemTime::now(), 8080);
        assert_eq!(st.tenants.len(), DEMO_TENANTS.len());
        assert_eq!(
            st.tenants["acme-corp"].okta_domain,
            "integrator-1000001.localhost:8080"
        );
        assert_eq!(st.tenants["acme-corp"].users[0].project_role, "owner");
        assert_eq!(st.tenants["acme-corp"].users[1].project_role, "member");
        assert_eq!(st.tenants["globex"].provisioning.state, RunState::Failed);
        assert_eq!(st.stats, super::super::Stats::default());
    }
}
