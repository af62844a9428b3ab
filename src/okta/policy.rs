//! Guide step 3, evaluated as Okta does: ACTIVE policies of the `default`
//! server in priority order whose clients include this client (or
//! `ALL_CLIENTS`), then their ACTIVE rules in priority order; the first rule
//! that grants `authorization_code` to the users and the scopes wins.

use crate::okta::mgmt::{Policy, Rule};
use crate::okta::probe::SERVICE_SCOPES;

/// Who a rule lets through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// Only these users or groups (ids, or names when they could be read).
    Some(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A rule grants the Authorization Code flow.
    Granted {
        policy: String,
        rule: String,
        audience: Audience,
    },
    /// No active policy applies to this client.
    NoPolicy,
    /// Policies apply, but none of their rules grants the flow; one reason per rule.
    NoRule { reasons: Vec<String> },
}

/// `groups` names the group ids that are the Everyone group (reads return
/// its id, writes accept `EVERYONE`).
pub fn evaluate(
    client_id: &str,
    policies: &[(Policy, Vec<Rule>)],
    everyone_group_ids: &[String],
) -> Verdict {
    evaluate_inner(client_id, policies, everyone_group_ids, None)
}

/// One person, for "would a rule let them in": the user's id and the ids of
/// the groups they are in.
#[derive(Debug, Clone, Copy)]
pub struct Person<'a> {
    pub id: &'a str,
    pub groups: &'a [String],
}

/// As [`evaluate`], for one person: a rule whose people condition does not
/// include them (or excludes them) does not match, as Okta evaluates it.
pub fn evaluate_for(
    client_id: &str,
    policies: &[(Policy, Vec<Rule>)],
    everyone_group_ids: &[String],
    person: Person<'_>,
) -> Verdict {
    evaluate_inner(client_id, policies, everyone_group_ids, Some(person))
}

fn evaluate_inner(
    client_id: &str,
    policies: &[(Policy, Vec<Rule>)],
    everyone_group_ids: &[String],
    person: Option<Person<'_>>,
) -> Verdict {
    let mut ordered: Vec<&(Policy, Vec<Rule>)> = policies.iter().collect();
    ordered.sort_by_key(|(p, _)| p.priority);
    let applicable: Vec<&(Policy, Vec<Rule>)> = ordered
        .into_iter()
        .filter(|(p, _)| p.status.eq_ignore_ascii_case("ACTIVE"))
        .filter(|(p, _)| {
            p.conditions
                .clients
                .include
                .iter()
                .any(|c| c == "ALL_CLIENTS" || c == client_id)
        })
        .collect();
    if applicable.is_empty() {
        return Verdict::NoPolicy;
    }
    let mut reasons = Vec::new();
    for (policy, rules) in applicable {
        let mut rules: Vec<&Rule> = rules.iter().collect();
        rules.sort_by_key(|r| r.priority);
        if rules.is_empty() {
            reasons.push(format!("policy \"{}\" has no rules", policy.name));
        }
        for rule in rules {
            let problem = rule_problem(rule)
                .or_else(|| person.and_then(|p| person_problem(rule, p, everyone_group_ids)));
            match problem {
                Some(problem) => reasons.push(format!(
                    "policy \"{}\", rule \"{}\": {problem}",
                    policy.name, rule.name
                )),
                None => {
                    return Verdict::Granted {
                        policy: policy.name.clone(),
                        rule: rule.name.clone(),
                        audience: audience(rule, everyone_group_ids),
                    };
                }
            }
        }
    }
    Verdict::NoRule { reasons }
}

fn rule_problem(rule: &Rule) -> Option<String> {
    if !rule.status.eq_ignore_ascii_case("ACTIVE") {
        return Some(format!("it is {}", rule.status));
    }
    let grants = &rule.conditions.grant_types.include;
    if !grants.iter().any(|g| g == "authorization_code") {
        return Some(format!(
            "it grants {} but not authorization_code",
            if grants.is_empty() {
                "nothing".to_string()
            } else {
                grants.join(", ")
            }
        ));
    }
    let scopes = &rule.conditions.scopes.include;
    if !scopes.iter().any(|s| s == "*") {
        let missing: Vec<&str> = SERVICE_SCOPES
            .iter()
            .copied()
            .filter(|s| !scopes.iter().any(|x| x == s))
            .collect();
        if !missing.is_empty() {
            return Some(format!("its scopes lack {}", missing.join(", ")));
        }
    }
    let people = &rule.conditions.people;
    if people.users.include.is_empty() && people.groups.include.is_empty() {
        return Some("it applies to no users or groups".into());
    }
    None
}

/// Why `rule`'s people condition does not let `person` in, if it does not.
fn person_problem(rule: &Rule, person: Person<'_>, everyone: &[String]) -> Option<String> {
    let people = &rule.conditions.people;
    let in_group = |g: &String| person.groups.contains(g);
    if people.users.exclude.iter().any(|u| u == person.id)
        || people.groups.exclude.iter().any(in_group)
    {
        return Some("it excludes this user".into());
    }
    let included = people.users.include.iter().any(|u| u == person.id)
        || people
            .groups
            .include
            .iter()
            .any(|g| g == "EVERYONE" || everyone.contains(g) || in_group(g));
    if included {
        return None;
    }
    let Audience::Some(who) = audience(rule, everyone) else {
        return None;
    };
    Some(format!(
        "it applies only to {}, and this user is not among them",
        who.join(", ")
    ))
}

fn audience(rule: &Rule, everyone: &[String]) -> Audience {
    let people = &rule.conditions.people;
    let is_everyone = |g: &String| g == "EVERYONE" || everyone.contains(g);
    if people.groups.include.iter().any(is_everyone)
        && people.users.exclude.is_empty()
        && people.groups.exclude.is_empty()
    {
        return Audience::Everyone;
    }
    let mut who: Vec<String> = people
        .groups
        .include
        .iter()
        .map(|g| format!("group {g}"))
        .collect();
    who.extend(people.users.include.iter().map(|u| format!("user {u}")));
    Audience::Some(who)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::okta::mgmt::{Include, People, PolicyConditions, RuleConditions};

    fn policy(name: &str, priority: i64, clients: &[&str], status: &str) -> Policy {
        Policy {
            id: format!("00p{name}"),
            name: name.into(),
            status: status.into(),
            priority,
            conditions: PolicyConditions {
                clients: Include {
                    include: clients.iter().map(|s| s.to_string()).collect(),
                    exclude: vec![],
                },
            },
        }
    }

    fn rule(name: &str, priority: i64, grants: &[&str], scopes: &[&str], groups: &[&str]) -> Rule {
        let list = |v: &[&str]| Include {
            include: v.iter().map(|s| s.to_string()).collect(),
            exclude: vec![],
        };
        Rule {
            id: format!("0pr{name}"),
            name: name.into(),
            status: "ACTIVE".into(),
            priority,
            conditions: RuleConditions {
                people: People {
                    users: Include::default(),
                    groups: list(groups),
                },
                grant_types: list(grants),
                scopes: list(scopes),
            },
        }
    }

    const EVERYONE: &str = "00geveryone";

    #[test]
    fn a_person_outside_the_rules_groups_is_not_let_in_and_one_inside_is() {
        let set = vec![(
            policy("p", 1, &["ALL_CLIENTS"], "ACTIVE"),
            vec![rule("r", 1, &["authorization_code"], &["*"], &["00gsales"])],
        )];
        let everyone = [EVERYONE.to_string()];
        let outside = [EVERYONE.to_string(), "00gmarketing".to_string()];
        assert_eq!(
            evaluate_for(
                "0oa1",
                &set,
                &everyone,
                Person {
                    id: "00uroy",
                    groups: &outside
                }
            ),
            Verdict::NoRule {
                reasons: vec![
                    "policy \"p\", rule \"r\": it applies only to group 00gsales, and this user is not among them"
                        .into()
                ]
            }
        );
        let inside = [EVERYONE.to_string(), "00gsales".to_string()];
        assert!(matches!(
            evaluate_for(
                "0oa1",
                &set,
                &everyone,
                Person {
                    id: "00uana",
                    groups: &inside
                }
            ),
            Verdict::Granted { .. }
        ));
        // Named directly in the rule's users, and excluded by a group.
        let mut by_user = set.clone();
        by_user[0].1[0].conditions.people.users.include = vec!["00uroy".into()];
        assert!(matches!(
            evaluate_for(
                "0oa1",
                &by_user,
                &everyone,
                Person {
                    id: "00uroy",
                    groups: &outside
                }
            ),
            Verdict::Granted { .. }
        ));
        let mut excluded = set;
        excluded[0].1[0].conditions.people.groups.exclude = vec!["00gsales".into()];
        assert!(matches!(
            evaluate_for(
                "0oa1",
                &excluded,
                &everyone,
                Person {
                    id: "00uana",
                    groups: &inside
                }
            ),
            Verdict::NoRule { .. }
        ));
    }

    #[test]
    fn the_guides_policy_grants_everyone() {
        let set = vec![(
            policy("Biometry SSO Policy", 1, &["ALL_CLIENTS"], "ACTIVE"),
            vec![rule("r", 1, &["authorization_code"], &["*"], &[EVERYONE])],
        )];
        assert_eq!(
            evaluate("0oa1", &set, &[EVERYONE.into()]),
            Verdict::Granted {
                policy: "Biometry SSO Policy".into(),
                rule: "r".into(),
                audience: Audience::Everyone
            }
        );
    }

    #[test]
    fn no_policies_as_in_new_orgs() {
        assert_eq!(evaluate("0oa1", &[], &[]), Verdict::NoPolicy);
        let other_client = vec![(
            policy("p", 1, &["0oaOTHER"], "ACTIVE"),
            vec![rule("r", 1, &["authorization_code"], &["*"], &[EVERYONE])],
        )];
        assert_eq!(evaluate("0oa1", &other_client, &[]), Verdict::NoPolicy);
        let inactive = vec![(
            policy("p", 1, &["ALL_CLIENTS"], "INACTIVE"),
            vec![rule("r", 1, &["authorization_code"], &["*"], &[EVERYONE])],
        )];
        assert_eq!(evaluate("0oa1", &inactive, &[]), Verdict::NoPolicy);
    }

    #[test]
    fn a_rule_without_the_grant_is_named() {
        let set = vec![(
            policy("p", 1, &["0oa1"], "ACTIVE"),
            vec![rule(
                "cc only",
                1,
                &["client_credentials"],
                &["*"],
                &[EVERYONE],
            )],
        )];
        match evaluate("0oa1", &set, &[]) {
            Verdict::NoRule { reasons } => {
                assert!(reasons[0].contains("not authorization_code"), "{reasons:?}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn priority_order_and_scopes_and_audience() {
        let set = vec![
            (
                policy("second", 2, &["ALL_CLIENTS"], "ACTIVE"),
                vec![rule(
                    "ok",
                    1,
                    &["authorization_code"],
                    &["openid", "profile", "email"],
                    &["00gstaff"],
                )],
            ),
            (
                policy("first", 1, &["ALL_CLIENTS"], "ACTIVE"),
                vec![rule(
                    "narrow",
                    1,
                    &["authorization_code"],
                    &["openid"],
                    &[EVERYONE],
                )],
            ),
        ];
        match evaluate("0oa1", &set, &[EVERYONE.into()]) {
            Verdict::Granted {
                policy,
                audience: Audience::Some(who),
                ..
            } => {
                assert_eq!(policy, "second");
                assert_eq!(who, ["group 00gstaff"]);
            }
            other => panic!("{other:?}"),
        }
    }
}
