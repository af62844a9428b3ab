//! Guide steps 1 and 3 as changes to a customer's Okta org: read what is
//! there ([`survey`]), work out what is missing ([`plan`]), apply it one
//! request at a time ([`apply`]), then read again. `okta setup` and
//! `doctor --fix` both plan with these steps.
//!
//! The app is recognised by the tenant's redirect URI, never by its label
//! (labels are not unique, REAL). The access policy it creates is for this
//! client only, at priority 1 (docs/design.md, "okta setup"): an
//! `ALL_CLIENTS` policy would also open the `default` server to every other
//! app of the customer's org.

// The errors carry Okta's error (with its causes) for the message; they
// are made once per failed request, where boxing would buy nothing.
#![allow(clippy::result_large_err)]

use crate::okta::mgmt::write::{ListedApp, NewPolicy, NewRule, NewWebApp, WriteError};
use crate::okta::mgmt::{Group, Mgmt, Policy, Rule};
use crate::okta::policy::{Verdict, evaluate};
use crate::secret::Secret;

/// What `okta setup` creates when it is missing.
pub const APP_LABEL: &str = "Biometry SSO";
pub const POLICY_NAME: &str = "Biometry SSO Policy";
pub const RULE_NAME: &str = "Biometry SSO Rule";
/// Authorization servers' paths accept the literal `default`.
pub const DEFAULT_SERVER: &str = "default";

/// What the org must end up with.
#[derive(Debug, Clone)]
pub struct Wanted {
    pub redirect_uri: String,
    pub label: String,
}

/// What the org has, as far as the set-up is concerned.
#[derive(Debug, Clone)]
pub struct Survey {
    /// The OIDC app listing the tenant's redirect URI.
    pub app: Option<ListedApp>,
    pub everyone: Group,
    /// The app's assigned groups (empty without an app).
    pub app_groups: Vec<String>,
    pub policies: Vec<(Policy, Vec<Rule>)>,
}

/// What stops the set-up before anything is changed.
#[derive(Debug)]
pub enum SurveyError {
    /// A read failed.
    Read(WriteError),
    /// More than one app lists the redirect URI: which one is the tenant's
    /// is for a person to say.
    SeveralApps(Vec<String>),
    /// The org has no built-in Everyone group (not an Okta org?).
    NoEveryone,
}

impl From<WriteError> for SurveyError {
    fn from(e: WriteError) -> Self {
        SurveyError::Read(e)
    }
}

impl From<crate::okta::mgmt::MgmtError> for SurveyError {
    fn from(e: crate::okta::mgmt::MgmtError) -> Self {
        SurveyError::Read(e.into())
    }
}

/// Reads the apps, Everyone, the app's groups and the `default` server's
/// policies with their rules, one request at a time.
pub async fn survey(mgmt: &Mgmt<'_>, wanted: &Wanted) -> Result<Survey, SurveyError> {
    let apps = mgmt.oidc_apps().await?;
    let mut listing: Vec<ListedApp> = apps
        .into_iter()
        .filter(|a| {
            a.app
                .settings
                .oauth_client
                .redirect_uris
                .contains(&wanted.redirect_uri)
        })
        .collect();
    if listing.len() > 1 {
        return Err(SurveyError::SeveralApps(
            listing
                .iter()
                .map(|a| {
                    format!(
                        "{} (\"{}\", {})",
                        a.client_id,
                        a.app.label.as_deref().unwrap_or(""),
                        a.app.status.as_deref().unwrap_or("?")
                    )
                })
                .collect(),
        ));
    }
    let app = listing.pop();
    let everyone = mgmt
        .everyone_group()
        .await?
        .ok_or(SurveyError::NoEveryone)?;
    let app_groups = match &app {
        Some(a) => mgmt.app_group_ids(&a.app.id).await?,
        None => vec![],
    };
    let mut policies = Vec::new();
    for policy in mgmt.policies(DEFAULT_SERVER).await? {
        let rules = mgmt.rules(DEFAULT_SERVER, &policy.id).await?;
        policies.push((policy, rules));
    }
    Ok(Survey {
        app,
        everyone,
        app_groups,
        policies,
    })
}

/// Which app a step is about: the one found, or the one a step before creates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppRef {
    Existing { app_id: String, client_id: String },
    Created,
}

/// Which policy a rule goes into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyRef {
    Existing { id: String, name: String },
    Created,
}

/// One change, as one Management API request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Guide step 1: an OIDC web app with the redirect URI.
    CreateApp { label: String, redirect_uri: String },
    /// The app lacks the Authorization Code grant or the `code` response
    /// type: GET, add them, PUT the whole app, GET again.
    AllowAuthorizationCode { app: AppRef },
    /// The app lacks the redirect URI (GET, add, PUT, GET).
    AddRedirectUri { app: AppRef, redirect_uri: String },
    /// Assign the app to Everyone.
    AssignEveryone { app: AppRef, group_id: String },
    /// Guide step 3: the access policy, for this client only.
    CreatePolicy { app: AppRef, name: String },
    /// Guide step 3: its rule (Authorization Code, Everyone, any scope).
    CreateRule { policy: PolicyRef, name: String },
}

impl Step {
    /// The change in the Admin Console's words.
    pub fn describe(&self) -> String {
        let app = |a: &AppRef| match a {
            AppRef::Existing { client_id, .. } => format!("app {client_id}"),
            AppRef::Created => "the new app".into(),
        };
        match self {
            Step::CreateApp {
                label,
                redirect_uri,
            } => format!(
                "Create an app integration \"{label}\": OIDC - OpenID Connect, Web Application; grant type Authorization Code (and Refresh Token); sign-in redirect URI {redirect_uri}; client authentication Client secret"
            ),
            Step::AllowAuthorizationCode { app: a } => format!(
                "Allow the Authorization Code grant type (response type code) on {}",
                app(a)
            ),
            Step::AddRedirectUri {
                app: a,
                redirect_uri,
            } => format!("Add the sign-in redirect URI {redirect_uri} to {}", app(a)),
            Step::AssignEveryone { app: a, .. } => {
                format!("Assign {} to the group Everyone", app(a))
            }
            Step::CreatePolicy { app: a, name } => format!(
                "Add an access policy \"{name}\" to the authorization server default, assigned to {} only, priority 1",
                app(a)
            ),
            Step::CreateRule { policy, name } => format!(
                "Add a rule \"{name}\" to {}: grant type Authorization Code, any user assigned to the app (Everyone), any scopes",
                match policy {
                    PolicyRef::Existing { name, .. } => format!("the access policy \"{name}\""),
                    PolicyRef::Created => "the new access policy".into(),
                }
            ),
        }
    }

    /// The request(s), for `--dry-run` and the plan's JSON.
    pub fn request(&self) -> String {
        let app_id = |a: &AppRef| match a {
            AppRef::Existing { app_id, .. } => app_id.clone(),
            AppRef::Created => "{new app id}".into(),
        };
        match self {
            Step::CreateApp { .. } => "POST /api/v1/apps?activate=true".into(),
            Step::AllowAuthorizationCode { app } | Step::AddRedirectUri { app, .. } => {
                let id = app_id(app);
                format!("GET /api/v1/apps/{id}, PUT /api/v1/apps/{id} (the whole app), GET again")
            }
            Step::AssignEveryone { app, group_id } => {
                format!("PUT /api/v1/apps/{}/groups/{group_id}", app_id(app))
            }
            Step::CreatePolicy { .. } => {
                format!("POST /api/v1/authorizationServers/{DEFAULT_SERVER}/policies")
            }
            Step::CreateRule { policy, .. } => format!(
                "POST /api/v1/authorizationServers/{DEFAULT_SERVER}/policies/{}/rules",
                match policy {
                    PolicyRef::Existing { id, .. } => id.clone(),
                    PolicyRef::Created => "{new policy id}".into(),
                }
            ),
        }
    }
}

/// Whether the app lets the service's Authorization Code flow through.
fn allows_code_flow(app: &ListedApp) -> bool {
    let o = &app.app.settings.oauth_client;
    o.grant_types.iter().any(|g| g == "authorization_code")
        && o.response_types.iter().any(|r| r == "code")
}

/// What is missing, in the order it must be applied. Empty: nothing to do.
pub fn plan(survey: &Survey, wanted: &Wanted) -> Vec<Step> {
    let mut steps = Vec::new();
    let app = match &survey.app {
        Some(found) => {
            let app = AppRef::Existing {
                app_id: found.app.id.clone(),
                client_id: found.client_id.clone(),
            };
            if !allows_code_flow(found) {
                steps.push(Step::AllowAuthorizationCode { app: app.clone() });
            }
            app
        }
        None => {
            steps.push(Step::CreateApp {
                label: wanted.label.clone(),
                redirect_uri: wanted.redirect_uri.clone(),
            });
            AppRef::Created
        }
    };
    if !survey.app_groups.contains(&survey.everyone.id) {
        steps.push(Step::AssignEveryone {
            app: app.clone(),
            group_id: survey.everyone.id.clone(),
        });
    }
    steps.extend(policy_steps(survey, &app));
    steps
}

/// The policy and rule, unless an ACTIVE policy and rule already grant
/// Authorization Code to this client; a policy of an earlier, interrupted
/// run (ours by name, for this client only) gets its rule.
pub fn policy_steps(survey: &Survey, app: &AppRef) -> Vec<Step> {
    let client_id = match app {
        AppRef::Existing { client_id, .. } => Some(client_id.as_str()),
        AppRef::Created => None,
    };
    if let Some(client_id) = client_id {
        let everyone = [survey.everyone.id.clone()];
        if let Verdict::Granted { .. } = evaluate(client_id, &survey.policies, &everyone) {
            return vec![];
        }
        let ours = survey.policies.iter().find(|(p, _)| {
            p.name == POLICY_NAME
                && p.status.eq_ignore_ascii_case("ACTIVE")
                && p.conditions.clients.include == [client_id]
        });
        if let Some((policy, _)) = ours {
            return vec![Step::CreateRule {
                policy: PolicyRef::Existing {
                    id: policy.id.clone(),
                    name: policy.name.clone(),
                },
                name: RULE_NAME.into(),
            }];
        }
    }
    vec![
        Step::CreatePolicy {
            app: app.clone(),
            name: POLICY_NAME.into(),
        },
        Step::CreateRule {
            policy: PolicyRef::Created,
            name: RULE_NAME.into(),
        },
    ]
}

/// What applying has produced so far; the new app's secret exists only here.
#[derive(Debug, Default)]
pub struct Progress {
    /// (app id, client id) of the created app.
    pub created_app: Option<(String, String)>,
    pub created_secret: Option<Secret>,
    pub created_policy: Option<String>,
    /// The steps applied, in order.
    pub applied: Vec<Step>,
}

/// A step that failed, and why.
#[derive(Debug)]
pub struct StepFailed {
    pub step: Step,
    pub error: WriteError,
}

/// Applies `steps` in order, one request (or GET-PUT-GET) at a time,
/// calling `done` after each; stops at the first failure.
pub async fn apply(
    mgmt: &Mgmt<'_>,
    steps: &[Step],
    progress: &mut Progress,
    done: &mut dyn FnMut(&Step),
) -> Result<(), StepFailed> {
    for step in steps {
        apply_one(mgmt, step, progress)
            .await
            .map_err(|error| StepFailed {
                step: step.clone(),
                error,
            })?;
        progress.applied.push(step.clone());
        done(step);
    }
    Ok(())
}

fn resolve(app: &AppRef, progress: &Progress) -> Result<(String, String), WriteError> {
    match app {
        AppRef::Existing { app_id, client_id } => Ok((app_id.clone(), client_id.clone())),
        AppRef::Created => progress.created_app.clone().ok_or_else(|| {
            WriteError::Other(crate::okta::fetch::FetchError::Invalid(
                "internal: the app was to be created by an earlier step".into(),
            ))
        }),
    }
}

async fn apply_one(
    mgmt: &Mgmt<'_>,
    step: &Step,
    progress: &mut Progress,
) -> Result<(), WriteError> {
    match step {
        Step::CreateApp {
            label,
            redirect_uri,
        } => {
            let created = mgmt
                .create_web_app(&NewWebApp {
                    label: label.clone(),
                    redirect_uri: redirect_uri.clone(),
                })
                .await?;
            progress.created_app = Some((created.app.id.clone(), created.client_id.clone()));
            progress.created_secret = Some(created.client_secret);
        }
        Step::AllowAuthorizationCode { app } => {
            let (app_id, _) = resolve(app, progress)?;
            change_app(mgmt, &app_id, |o| {
                add(o, "grant_types", "authorization_code");
                add(o, "response_types", "code");
            })
            .await?;
        }
        Step::AddRedirectUri { app, redirect_uri } => {
            let (app_id, _) = resolve(app, progress)?;
            change_app(mgmt, &app_id, |o| add(o, "redirect_uris", redirect_uri)).await?;
        }
        Step::AssignEveryone { app, group_id } => {
            let (app_id, _) = resolve(app, progress)?;
            mgmt.assign_group(&app_id, group_id).await?;
        }
        Step::CreatePolicy { app, name } => {
            let (_, client_id) = resolve(app, progress)?;
            let policy = mgmt
                .create_policy(
                    DEFAULT_SERVER,
                    &NewPolicy {
                        name: name.clone(),
                        description: format!(
                            "Biometry SSO: Authorization Code for client {client_id} (created by ssoctl okta setup)"
                        ),
                        clients: vec![client_id],
                        priority: Some(1),
                    },
                )
                .await?;
            progress.created_policy = Some(policy.id);
        }
        Step::CreateRule { policy, name } => {
            let policy_id = match policy {
                PolicyRef::Existing { id, .. } => id.clone(),
                PolicyRef::Created => progress.created_policy.clone().ok_or_else(|| {
                    WriteError::Other(crate::okta::fetch::FetchError::Invalid(
                        "internal: the policy was to be created by an earlier step".into(),
                    ))
                })?,
            };
            mgmt.create_rule(
                DEFAULT_SERVER,
                &policy_id,
                &NewRule {
                    name: name.clone(),
                    priority: Some(1),
                },
            )
            .await?;
        }
    }
    Ok(())
}

/// Adds `value` to the list `field` of `settings.oauthClient`, once.
fn add(oauth_client: &mut serde_json::Value, field: &str, value: &str) {
    let list = &mut oauth_client[field];
    if !list.is_array() {
        *list = serde_json::json!([]);
    }
    if let Some(items) = list.as_array_mut()
        && !items.iter().any(|v| v.as_str() == Some(value))
    {
        items.push(serde_json::json!(value));
    }
}

/// Okta has no partial update: GET the whole app, change
/// `settings.oauthClient`, PUT it whole, GET again to see it took.
pub async fn change_app(
    mgmt: &Mgmt<'_>,
    app_id: &str,
    change: impl FnOnce(&mut serde_json::Value),
) -> Result<(), WriteError> {
    let mut object = mgmt.app_object(app_id).await?;
    let before = object.clone();
    {
        let oauth = &mut object["settings"]["oauthClient"];
        change(oauth);
    }
    if object == before {
        return Ok(());
    }
    let wanted = object["settings"]["oauthClient"].clone();
    mgmt.replace_app(app_id, &object).await?;
    let after = mgmt.app_object(app_id).await?;
    let took = ["redirect_uris", "grant_types", "response_types"]
        .iter()
        .all(|f| after["settings"]["oauthClient"][f] == wanted[f]);
    if took {
        Ok(())
    } else {
        Err(WriteError::Other(crate::okta::fetch::FetchError::Invalid(
            format!(
                "Okta accepted the change to app {app_id} but reading it again does not show it"
            ),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::okta::mgmt::{App, AppSettings, GroupProfile, OAuthClientSettings};

    fn everyone() -> Group {
        Group {
            id: "00gE".into(),
            kind: Some("BUILT_IN".into()),
            profile: GroupProfile {
                name: "Everyone".into(),
            },
        }
    }

    fn wanted() -> Wanted {
        Wanted {
            redirect_uri: "https://auth.biometrysolutions.com/okta-login/acme".into(),
            label: APP_LABEL.into(),
        }
    }

    fn app(grants: &[&str]) -> ListedApp {
        ListedApp {
            app: App {
                id: "0oa1".into(),
                label: Some("Biometry".into()),
                status: Some("ACTIVE".into()),
                sign_on_mode: Some("OPENID_CONNECT".into()),
                settings: AppSettings {
                    oauth_client: OAuthClientSettings {
                        redirect_uris: vec![wanted().redirect_uri],
                        grant_types: grants.iter().map(|g| (*g).into()).collect(),
                        response_types: vec!["code".into()],
                        application_type: Some("web".into()),
                    },
                    implicit_assignment: None,
                },
            },
            client_id: "0oa1".into(),
        }
    }

    fn guide_policy(clients: &[&str], grants: &[&str]) -> (Policy, Vec<Rule>) {
        let policy: Policy = serde_json::from_value(serde_json::json!({
            "id": "00p1", "name": POLICY_NAME, "status": "ACTIVE", "priority": 1,
            "conditions": {"clients": {"include": clients}},
        }))
        .unwrap();
        let rule: Rule = serde_json::from_value(serde_json::json!({
            "id": "0pr1", "name": RULE_NAME, "status": "ACTIVE", "priority": 1,
            "conditions": {
                "people": {"groups": {"include": ["EVERYONE"]}},
                "grantTypes": {"include": grants},
                "scopes": {"include": ["*"]},
            },
        }))
        .unwrap();
        (policy, vec![rule])
    }

    #[test]
    fn an_empty_org_gets_every_step_in_order() {
        let survey = Survey {
            app: None,
            everyone: everyone(),
            app_groups: vec![],
            policies: vec![],
        };
        let steps = plan(&survey, &wanted());
        assert_eq!(
            steps,
            vec![
                Step::CreateApp {
                    label: APP_LABEL.into(),
                    redirect_uri: wanted().redirect_uri
                },
                Step::AssignEveryone {
                    app: AppRef::Created,
                    group_id: "00gE".into()
                },
                Step::CreatePolicy {
                    app: AppRef::Created,
                    name: POLICY_NAME.into()
                },
                Step::CreateRule {
                    policy: PolicyRef::Created,
                    name: RULE_NAME.into()
                },
            ]
        );
    }

    #[test]
    fn a_configured_org_needs_nothing_and_all_clients_counts() {
        for clients in [["ALL_CLIENTS"], ["0oa1"]] {
            let survey = Survey {
                app: Some(app(&["authorization_code"])),
                everyone: everyone(),
                app_groups: vec!["00gE".into()],
                policies: vec![guide_policy(&clients, &["authorization_code"])],
            };
            assert_eq!(plan(&survey, &wanted()), vec![]);
        }
    }

    #[test]
    fn what_is_half_done_is_finished_and_nothing_else() {
        // An earlier run made the app, the assignment and the policy.
        let mut policy = guide_policy(&["0oa1"], &[]);
        policy.1.clear();
        let survey = Survey {
            app: Some(app(&["implicit"])),
            everyone: everyone(),
            app_groups: vec!["00gE".into()],
            policies: vec![
                policy,
                guide_policy(&["ALL_CLIENTS"], &["client_credentials"]),
            ],
        };
        let existing = AppRef::Existing {
            app_id: "0oa1".into(),
            client_id: "0oa1".into(),
        };
        assert_eq!(
            plan(&survey, &wanted()),
            vec![
                Step::AllowAuthorizationCode { app: existing },
                Step::CreateRule {
                    policy: PolicyRef::Existing {
                        id: "00p1".into(),
                        name: POLICY_NAME.into()
                    },
                    name: RULE_NAME.into()
                },
            ]
        );
    }

    #[test]
    fn lists_gain_a_value_once() {
        let mut o = serde_json::json!({"grant_types": ["implicit"]});
        add(&mut o, "grant_types", "authorization_code");
        add(&mut o, "grant_types", "authorization_code");
        add(&mut o, "response_types", "code");
        assert_eq!(
            o,
            serde_json::json!({"grant_types": ["implicit", "authorization_code"], "response_types": ["code"]})
        );
    }
}
