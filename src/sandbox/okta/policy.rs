//! Access policy evaluation of a custom authorization server, as Okta does it:
//! ACTIVE policies in priority order whose clients include `ALL_CLIENTS` or
//! the client; in each, ACTIVE rules in priority order; the first rule that
//! allows the grant type, the user and every requested scope wins, and no
//! further rule or policy is looked at. Rules are allow-lists: no match is
//! `no_matching_policy`.

use super::model::{AuthServerRecord, PolicyRecord, RuleRecord};

/// The request being authorized.
#[derive(Clone, Debug)]
pub(crate) struct Request<'a> {
    pub client_id: &'a str,
    pub grant_type: &'a str,
    pub user_id: &'a str,
    /// Every group the user is in, Everyone included.
    pub user_groups: &'a [String],
    pub scopes: &'a [String],
}

/// The policy and rule that allow `req`, or `None` (`no_matching_policy`).
pub(crate) fn evaluate<'s>(
    server: &'s AuthServerRecord,
    req: &Request<'_>,
) -> Option<(&'s PolicyRecord, &'s RuleRecord)> {
    let mut policies: Vec<&PolicyRecord> = server
        .policies
        .iter()
        .filter(|p| is_active(&p.status) && covers_client(p, req.client_id))
        .collect();
    policies.sort_by_key(|p| p.priority);
    policies.into_iter().find_map(|p| {
        let mut rules: Vec<&RuleRecord> = p.rules.iter().filter(|r| is_active(&r.status)).collect();
        rules.sort_by_key(|r| r.priority);
        rules
            .into_iter()
            .find(|r| rule_matches(r, req))
            .map(|r| (p, r))
    })
}

fn is_active(status: &str) -> bool {
    status.eq_ignore_ascii_case("ACTIVE")
}

fn covers_client(p: &PolicyRecord, client_id: &str) -> bool {
    p.clients
        .iter()
        .any(|c| c == "ALL_CLIENTS" || c == client_id)
}

fn rule_matches(r: &RuleRecord, req: &Request<'_>) -> bool {
    r.grant_types.iter().any(|g| g == req.grant_type)
        && people_match(r, req)
        && scopes_match(r, req)
}

fn people_match(r: &RuleRecord, req: &Request<'_>) -> bool {
    let in_group = |list: &[String]| {
        list.iter()
            .any(|g| g == "EVERYONE" || req.user_groups.contains(g))
    };
    if r.users_exclude.iter().any(|u| u == req.user_id) || in_group(&r.groups_exclude) {
        return false;
    }
    // A rule that names nobody applies to everyone, like one without a
    // people condition.
    if r.users_include.is_empty() && r.groups_include.is_empty() {
        return true;
    }
    r.users_include.iter().any(|u| u == req.user_id) || in_group(&r.groups_include)
}

fn scopes_match(r: &RuleRecord, req: &Request<'_>) -> bool {
    r.scopes.iter().any(|s| s == "*") || req.scopes.iter().all(|s| r.scopes.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVERYONE: &str = "00gEveryone";

    fn rule(name: &str, priority: u32, grants: &[&str]) -> RuleRecord {
        RuleRecord {
            id: format!("0pr{name}"),
            name: name.into(),
            status: "ACTIVE".into(),
            priority,
            grant_types: grants.iter().map(|g| (*g).to_owned()).collect(),
            users_include: vec![],
            users_exclude: vec![],
            groups_include: vec![EVERYONE.into()],
            groups_exclude: vec![],
            scopes: vec!["*".into()],
            access_token_lifetime_minutes: 60,
            created: String::new(),
        }
    }

    fn policy(name: &str, priority: u32, clients: &[&str], rules: Vec<RuleRecord>) -> PolicyRecord {
        PolicyRecord {
            id: format!("00p{name}"),
            name: name.into(),
            description: String::new(),
            status: "ACTIVE".into(),
            priority,
            clients: clients.iter().map(|c| (*c).to_owned()).collect(),
            rules,
            created: String::new(),
        }
    }

    fn server(policies: Vec<PolicyRecord>) -> AuthServerRecord {
        AuthServerRecord {
            id: "aus1".into(),
            name: "default".into(),
            description: String::new(),
            audiences: vec!["api://default".into()],
            issuer_mode: "ORG_URL".into(),
            status: "ACTIVE".into(),
            policies,
            created: String::new(),
        }
    }

    fn groups() -> Vec<String> {
        vec![EVERYONE.into(), "00gStaff".into()]
    }

    fn scopes(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| (*x).to_owned()).collect()
    }

    fn allowed(
        srv: &AuthServerRecord,
        client: &str,
        grant: &str,
        scope: &[&str],
    ) -> Option<String> {
        let g = groups();
        let s = scopes(scope);
        let req = Request {
            client_id: client,
            grant_type: grant,
            user_id: "00uAna",
            user_groups: &g,
            scopes: &s,
        };
        evaluate(srv, &req).map(|(p, r)| format!("{}/{}", p.name, r.name))
    }

    #[test]
    fn the_guides_policy_allows_the_code_flow() {
        let srv = server(vec![policy(
            "sso",
            1,
            &["ALL_CLIENTS"],
            vec![rule("r", 1, &["authorization_code"])],
        )]);
        assert_eq!(
            allowed(&srv, "0oaA", "authorization_code", &["openid", "email"]).as_deref(),
            Some("sso/r")
        );
        assert_eq!(
            allowed(&srv, "0oaA", "client_credentials", &["openid"]),
            None
        );
    }

    #[test]
    fn no_policy_and_a_rule_without_the_grant_match_nothing() {
        assert_eq!(
            allowed(&server(vec![]), "0oaA", "authorization_code", &["openid"]),
            None
        );
        let srv = server(vec![policy(
            "sso",
            1,
            &["ALL_CLIENTS"],
            vec![rule("cc", 1, &["client_credentials"])],
        )]);
        assert_eq!(
            allowed(&srv, "0oaA", "authorization_code", &["openid"]),
            None
        );
    }

    #[test]
    fn policies_cover_only_their_clients_and_inactive_ones_are_skipped() {
        let mut inactive = policy(
            "off",
            1,
            &["ALL_CLIENTS"],
            vec![rule("r", 1, &["authorization_code"])],
        );
        inactive.status = "INACTIVE".into();
        let other = policy(
            "other",
            2,
            &["0oaB"],
            vec![rule("r", 1, &["authorization_code"])],
        );
        let srv = server(vec![inactive, other]);
        assert_eq!(
            allowed(&srv, "0oaA", "authorization_code", &["openid"]),
            None
        );
        assert_eq!(
            allowed(&srv, "0oaB", "authorization_code", &["openid"]).as_deref(),
            Some("other/r")
        );
    }

    #[test]
    fn priority_decides_and_evaluation_falls_through_to_the_next_policy() {
        let mut off_rule = rule("off", 1, &["authorization_code"]);
        off_rule.status = "INACTIVE".into();
        let first = policy(
            "first",
            1,
            &["ALL_CLIENTS"],
            vec![rule("late", 2, &["authorization_code"]), off_rule],
        );
        let second = policy(
            "second",
            2,
            &["ALL_CLIENTS"],
            vec![rule("r", 1, &["implicit"])],
        );
        // Listed out of order on purpose: priority, not position, decides.
        let srv = server(vec![second.clone(), first]);
        assert_eq!(
            allowed(&srv, "0oaA", "authorization_code", &["openid"]).as_deref(),
            Some("first/late")
        );
        assert_eq!(
            allowed(&srv, "0oaA", "implicit", &["openid"]).as_deref(),
            Some("second/r")
        );
    }

    #[test]
    fn people_and_scopes_are_allow_lists() {
        let mut staff_only = rule("staff", 1, &["authorization_code"]);
        staff_only.groups_include = vec!["00gOther".into()];
        let srv = server(vec![policy(
            "p",
            1,
            &["ALL_CLIENTS"],
            vec![staff_only.clone()],
        )]);
        assert_eq!(
            allowed(&srv, "0oaA", "authorization_code", &["openid"]),
            None
        );

        let mut by_user = staff_only.clone();
        by_user.users_include = vec!["00uAna".into()];
        let srv = server(vec![policy("p", 1, &["ALL_CLIENTS"], vec![by_user])]);
        assert!(allowed(&srv, "0oaA", "authorization_code", &["openid"]).is_some());

        let mut excluded = rule("x", 1, &["authorization_code"]);
        excluded.users_exclude = vec!["00uAna".into()];
        let srv = server(vec![policy("p", 1, &["ALL_CLIENTS"], vec![excluded])]);
        assert_eq!(
            allowed(&srv, "0oaA", "authorization_code", &["openid"]),
            None
        );

        let mut literal = rule("lit", 1, &["authorization_code"]);
        literal.groups_include = vec!["EVERYONE".into()];
        literal.scopes = scopes(&["openid", "profile"]);
        let srv = server(vec![policy("p", 1, &["ALL_CLIENTS"], vec![literal])]);
        assert!(allowed(&srv, "0oaA", "authorization_code", &["openid", "profile"]).is_some());
        assert_eq!(
            allowed(&srv, "0oaA", "authorization_code", &["openid", "email"]),
            None,
            "email is not in the rule's scopes"
        );
    }
}
