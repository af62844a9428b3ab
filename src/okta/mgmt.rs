//! Read-only Okta Management API calls (`Authorization: SSWS <token>`) for
//! guide steps 1 and 3: the app, and the `default` server's policies.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::http::HttpClient;
use crate::okta::fetch::{FetchError, get_json};
use crate::secret::Secret;

pub mod write;

pub struct Mgmt<'a> {
    http: &'a HttpClient,
    base: Url,
    token: &'a Secret,
}

/// What went wrong reading the Management API, in the words of docs/okta-behaviour.md rows 20–23.
#[derive(Debug)]
pub enum MgmtError {
    /// E0000011: the token is wrong or expired.
    BadToken,
    /// E0000006 / E0000005 / 403: the token's admin may not read this.
    Forbidden {
        code: String,
    },
    NotFound,
    /// E0000047 after retries.
    RateLimited,
    /// E0000015: the org lacks the feature (API Access Management).
    FeatureMissing,
    Other(FetchError),
}

impl std::fmt::Display for MgmtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MgmtError::BadToken => {
                f.write_str("Okta refused the API token (E0000011: invalid or expired)")
            }
            MgmtError::Forbidden { code } => {
                write!(f, "the API token's admin may not read this ({code})")
            }
            MgmtError::NotFound => f.write_str("not found"),
            MgmtError::RateLimited => f.write_str("Okta's rate limit was reached (E0000047)"),
            MgmtError::FeatureMissing => {
                f.write_str("the org lacks the feature (E0000015, API Access Management)")
            }
            MgmtError::Other(e) => write!(f, "{e}"),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OAuthClientSettings {
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub grant_types: Vec<String>,
    #[serde(default)]
    pub response_types: Vec<String>,
    #[serde(default)]
    pub application_type: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AppSettings {
    #[serde(default, rename = "oauthClient")]
    pub oauth_client: OAuthClientSettings,
    #[serde(default, rename = "implicitAssignment")]
    pub implicit_assignment: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct App {
    pub id: String,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default, rename = "signOnMode")]
    pub sign_on_mode: Option<String>,
    #[serde(default)]
    pub settings: AppSettings,
}

/// `GET /oauth2/v1/clients/{id}` (RFC 7591 view), the fallback when the
/// client ID is not the app id.
#[derive(Debug, Clone, Deserialize)]
struct RegisteredClient {
    client_id: String,
    #[serde(default)]
    client_name: Option<String>,
    /// The same names as the app's `settings.oauthClient`, at the top level.
    #[serde(flatten)]
    oauth_client: OAuthClientSettings,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AuthServer {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Include {
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PolicyConditions {
    #[serde(default)]
    pub clients: Include,
}

/// An access policy of an authorization server, or one of a policy's
/// rules: Okta gives both the same fields around their own conditions.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Ranked<C> {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub priority: i64,
    #[serde(default)]
    pub conditions: C,
}

pub type Policy = Ranked<PolicyConditions>;
pub type Rule = Ranked<RuleConditions>;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct People {
    #[serde(default)]
    pub users: Include,
    #[serde(default)]
    pub groups: Include,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RuleConditions {
    #[serde(default)]
    pub people: People,
    #[serde(default, rename = "grantTypes")]
    pub grant_types: Include,
    #[serde(default)]
    pub scopes: Include,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GroupProfile {
    #[serde(default)]
    pub name: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Group {
    pub id: String,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub profile: GroupProfile,
}

/// An Okta user (`GET /api/v1/users/{login}`), the fields the checks use.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct User {
    pub id: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub profile: UserProfile,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UserProfile {
    #[serde(default)]
    pub login: String,
}

/// A user's assignment to an app (`GET /api/v1/apps/{appId}/users/{userId}`):
/// `scope` is `USER` (assigned directly) or `GROUP` (through a group).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AppUser {
    pub id: String,
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub status: String,
}

impl<'a> Mgmt<'a> {
    pub fn new(http: &'a HttpClient, base: Url, token: &'a Secret) -> Self {
        Mgmt { http, base, token }
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, MgmtError> {
        let url = self
            .base
            .join(path)
            .map_err(|e| MgmtError::Other(FetchError::Invalid(e.to_string())))?;
        Ok(self.get_url(&url).await?.0)
    }

    async fn get_url<T: DeserializeOwned>(
        &self,
        url: &Url,
    ) -> Result<(T, crate::http::Response), MgmtError> {
        let auth = format!("SSWS {}", self.token.expose());
        get_json::<T>(self.http, url, Some(&auth))
            .await
            .map_err(classify)
    }

    /// A list, following `Link: <…>; rel="next"` for at most [`MAX_PAGES`]
    /// pages; more than that is an error rather than a silently short list.
    async fn list<T: DeserializeOwned>(&self, path: &str) -> Result<Vec<T>, MgmtError> {
        let mut url = self
            .base
            .join(path)
            .map_err(|e| MgmtError::Other(FetchError::Invalid(e.to_string())))?;
        let mut items = Vec::new();
        for _ in 0..MAX_PAGES {
            let (page, response): (Vec<T>, _) = self.get_url(&url).await?;
            items.extend(page);
            match response.header("link").and_then(|l| next_link(l, &url)) {
                // Only pages of the same org: a `next` elsewhere is not followed.
                Some(next) if next.origin() == self.base.origin() && next != url => url = next,
                _ => return Ok(items),
            }
        }
        Err(MgmtError::Other(FetchError::Invalid(format!(
            "{path} has more than {MAX_PAGES} pages"
        ))))
    }

    /// The app by client ID: the app id usually is the client ID; when a
    /// custom client ID was set, the RFC 7591 view still finds it.
    pub async fn app(&self, client_id: &str) -> Result<App, MgmtError> {
        match self
            .get::<App>(&format!("/api/v1/apps/{}", seg(client_id)))
            .await
        {
            Err(MgmtError::NotFound) => {}
            other => return other,
        }
        let client: RegisteredClient = self
            .get(&format!("/oauth2/v1/clients/{}", seg(client_id)))
            .await?;
        Ok(App {
            id: client.client_id,
            label: client.client_name,
            status: Some("ACTIVE".into()),
            sign_on_mode: Some("OPENID_CONNECT".into()),
            settings: AppSettings {
                oauth_client: client.oauth_client,
                implicit_assignment: None,
            },
        })
    }

    pub async fn default_server(&self) -> Result<AuthServer, MgmtError> {
        self.get("/api/v1/authorizationServers/default").await
    }

    pub async fn policies(&self, server_id: &str) -> Result<Vec<Policy>, MgmtError> {
        self.list(&format!(
            "/api/v1/authorizationServers/{}/policies",
            seg(server_id)
        ))
        .await
    }

    pub async fn rules(&self, server_id: &str, policy_id: &str) -> Result<Vec<Rule>, MgmtError> {
        self.list(&format!(
            "/api/v1/authorizationServers/{}/policies/{}/rules",
            seg(server_id),
            seg(policy_id)
        ))
        .await
    }

    /// The groups the app is assigned to.
    pub async fn app_group_ids(&self, app_id: &str) -> Result<Vec<String>, MgmtError> {
        #[derive(Deserialize)]
        struct Assigned {
            id: String,
        }
        let groups: Vec<Assigned> = self
            .list(&format!("/api/v1/apps/{}/groups", seg(app_id)))
            .await?;
        Ok(groups.into_iter().map(|g| g.id).collect())
    }

    /// The built-in Everyone group: rules read back its id, not `EVERYONE`.
    /// `search` narrows the list on Okta's side; the exact match is still
    /// made here (Okta Administrators is `BUILT_IN` too, and a server that
    /// ignores `search` returns every group).
    /// A user by login (or id); Okta accepts either in the path.
    pub async fn user(&self, login: &str) -> Result<User, MgmtError> {
        self.get(&format!("/api/v1/users/{}", seg(login))).await
    }

    /// The user's assignment to the app; `None` when Okta has none (404).
    pub async fn app_user(
        &self,
        app_id: &str,
        user_id: &str,
    ) -> Result<Option<AppUser>, MgmtError> {
        match self
            .get(&format!(
                "/api/v1/apps/{}/users/{}",
                seg(app_id),
                seg(user_id)
            ))
            .await
        {
            Ok(user) => Ok(Some(user)),
            Err(MgmtError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The groups the user is in (Everyone included, as Okta lists it).
    pub async fn user_groups(&self, user_id: &str) -> Result<Vec<Group>, MgmtError> {
        self.list(&format!("/api/v1/users/{}/groups", seg(user_id)))
            .await
    }

    pub async fn everyone_group(&self) -> Result<Option<Group>, MgmtError> {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("search", EVERYONE_SEARCH)
            .append_pair("limit", "200")
            .finish();
        let groups: Vec<Group> = self.list(&format!("/api/v1/groups?{query}")).await?;
        Ok(everyone(groups))
    }
}

/// The search expression for the built-in Everyone group.
pub const EVERYONE_SEARCH: &str = r#"type eq "BUILT_IN" and profile.name eq "Everyone""#;

/// The exact BUILT_IN "Everyone" group of a list.
pub fn everyone(groups: Vec<Group>) -> Option<Group> {
    groups
        .into_iter()
        .find(|g| g.kind.as_deref() == Some("BUILT_IN") && g.profile.name == "Everyone")
}

impl Mgmt<'_> {}

/// At most this many pages of one list are read.
pub const MAX_PAGES: usize = 20;

fn classify(error: FetchError) -> MgmtError {
    match error {
        FetchError::Status(failure) => {
            let code = failure
                .okta
                .as_ref()
                .map(|e| e.code.clone())
                .unwrap_or_default();
            match (failure.status, code.as_str()) {
                (_, "E0000015") => MgmtError::FeatureMissing,
                (_, "E0000011") | (401, _) => MgmtError::BadToken,
                (_, "E0000047") | (429, _) => MgmtError::RateLimited,
                (404, _) | (_, "E0000007") => MgmtError::NotFound,
                (403, _) | (_, "E0000006") | (_, "E0000005") => MgmtError::Forbidden {
                    code: if code.is_empty() {
                        "HTTP 403".into()
                    } else {
                        code
                    },
                },
                _ => MgmtError::Other(FetchError::Status(failure)),
            }
        }
        other => MgmtError::Other(other),
    }
}

/// The `rel="next"` target of a `Link` header (RFC 8288), resolved against
/// the page it came with.
pub fn next_link(header: &str, current: &Url) -> Option<Url> {
    header.split(',').find_map(|part| {
        let (target, params) = part.trim().split_once(';')?;
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        let is_next = params.split(';').any(|p| {
            let p = p.trim().replace(' ', "");
            p == "rel=\"next\"" || p == "rel=next"
        });
        is_next.then(|| current.join(target).ok()).flatten()
    })
}

fn seg(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture<T: DeserializeOwned>(name: &str) -> T {
        let path = format!(
            "{}/tests/fixtures/okta/mgmt/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        // Some samples wrap the body with the request they answered.
        let body = value.get("body").cloned().unwrap_or(value);
        serde_json::from_value(body).unwrap()
    }

    #[test]
    fn next_links_are_followed_and_other_relations_are_not() {
        let here = Url::parse("https://dev-1.okta.com/api/v1/groups?limit=2").unwrap();
        let header = r#"<https://dev-1.okta.com/api/v1/groups?limit=2>; rel="self", <https://dev-1.okta.com/api/v1/groups?after=00g2&limit=2>; rel="next""#;
        assert_eq!(
            next_link(header, &here).unwrap().as_str(),
            "https://dev-1.okta.com/api/v1/groups?after=00g2&limit=2"
        );
        assert_eq!(
            next_link(
                r#"<https://dev-1.okta.com/api/v1/groups?limit=2>; rel="self""#,
                &here
            ),
            None
        );
        assert_eq!(
            next_link("</api/v1/groups?after=x>; rel=next", &here)
                .unwrap()
                .as_str(),
            "https://dev-1.okta.com/api/v1/groups?after=x"
        );
    }

    #[test]
    fn only_the_exact_built_in_everyone_group_counts() {
        let groups: Vec<Group> = serde_json::from_value(serde_json::json!([
            {"id": "00gadmins", "type": "BUILT_IN", "profile": {"name": "Okta Administrators"}},
            {"id": "00gfake", "type": "OKTA_GROUP", "profile": {"name": "Everyone"}},
            {"id": "00geveryone", "type": "BUILT_IN", "profile": {"name": "Everyone"}},
        ]))
        .unwrap();
        assert_eq!(everyone(groups).unwrap().id, "00geveryone");
        let real: Vec<Group> = fixture("group.everyone.json");
        assert!(everyone(real).is_some());
    }

    #[test]
    fn real_reads_parse() {
        let rule: Rule = fixture("authorization-server.policy-rule.get.json");
        assert_eq!(rule.conditions.grant_types.include, ["implicit"]);
        assert_eq!(rule.conditions.people.groups.include.len(), 1);
        let groups: Vec<Group> = fixture("group.everyone.json");
        assert_eq!(groups[0].kind.as_deref(), Some("BUILT_IN"));
        let server: AuthServer = fixture("authorization-server.default.get.json");
        assert!(server.id.starts_with("aus"));
    }
}
