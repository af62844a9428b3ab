//! The relying party: discovery with the issuer check, the authorize URL,
//! the code exchange with exactly one client authentication, userinfo, and
//! the ID token's validation. Every URL comes from discovery.

use reqwest::Method;
use serde_json::Value;
use url::Url;

use crate::http::{HttpClient, Request};
use crate::oidc::idtoken::{self, Claims, Expectation, IdTokenError, KeyCache};
use crate::oidc::loopback::CallbackParams;
use crate::oidc::pkce::LoginSecrets;
use crate::oidc::types::{ClientId, IssuerUrl, Nonce, PkceVerifier, RedirectUrl};
use crate::okta::discovery::{Discovery, DocKind, discovery_url};
use crate::okta::fetch::{OktaError, get_json};
use crate::okta::probe::{self, AuthorizeOutcome, SERVICE_SCOPES, basic_auth};
use crate::secret::Secret;

/// Why the provider cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiscoveryError {
    #[error("{0} is not a URL")]
    NotAUrl(String),
    #[error("cannot read {url}: {reason}")]
    Unreadable { url: String, reason: String },
    #[error("the provider's issuer is {got}, not {expected}")]
    IssuerMismatch { got: String, expected: String },
    #[error("the provider's {0} is not a URL")]
    BadEndpoint(&'static str),
}

/// How the client authenticates at the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    Basic,
    Post,
}

impl AuthMethod {
    pub fn name(self) -> &'static str {
        match self {
            AuthMethod::Basic => "client_secret_basic",
            AuthMethod::Post => "client_secret_post",
        }
    }
}

/// The token endpoint's answer; `raw` is only shown with `--show-tokens`
/// (so the tokens are not registered as secrets to scrub).
#[derive(Debug)]
pub struct Tokens {
    pub raw: Value,
}

impl Tokens {
    fn get(&self, name: &str) -> Option<&str> {
        self.raw.get(name).and_then(Value::as_str)
    }
    pub fn id_token(&self) -> Option<&str> {
        self.get("id_token")
    }
    pub fn access_token(&self) -> Option<&str> {
        self.get("access_token")
    }
}

/// Why the code did not become tokens.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token endpoint cannot be reached: {0}")]
    Unreachable(String),
    #[error("the token answer is not JSON")]
    NotJson,
    #[error("the token endpoint answered HTTP {status}: {} {}", .error.code, .error.description)]
    Refused {
        status: u16,
        error: OktaError,
        method: AuthMethod,
    },
}

/// RFC 9207 §2.4: the callback's `iss`, against the issuer asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallbackIssuerError {
    #[error("the callback names the issuer {got}, not {expected}: refused (mix-up protection)")]
    Mismatch { got: String, expected: String },
    #[error(
        "the callback carries no iss although the provider advertises authorization_response_iss_parameter_supported: refused (RFC 9207 mix-up protection)"
    )]
    Missing,
}

/// A sign-in that went through, verified.
#[derive(Debug)]
pub struct SignedIn {
    pub claims: Claims,
    pub tokens: Tokens,
    /// The ID token's, else userinfo's for the same subject.
    pub email: Option<String>,
}

/// Where the sign-in stopped after the browser came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginFailure {
    /// The provider's `error=` on the callback.
    Callback {
        error: String,
        description: String,
    },
    Issuer(CallbackIssuerError),
    Token(TokenError),
    NoIdToken,
    IdToken(IdTokenError),
}

/// What the login sent and keeps, for the steps after the callback.
pub struct Attempt<'a> {
    pub client_id: &'a ClientId,
    pub secret: &'a Secret,
    pub redirect_uri: &'a RedirectUrl,
    pub secrets: &'a LoginSecrets,
}

/// A discovered OpenID Provider.
#[derive(Debug, Clone)]
pub struct Provider {
    pub issuer: IssuerUrl,
    pub metadata: Discovery,
}

impl Provider {
    /// Reads `{issuer}/.well-known/openid-configuration`; its `issuer` must
    /// be the one asked for (OIDC Discovery 4.3).
    pub async fn discover(http: &HttpClient, issuer: &IssuerUrl) -> Result<Self, DiscoveryError> {
        let url = discovery_url(issuer.as_str(), DocKind::OpenidConfiguration)
            .ok_or_else(|| DiscoveryError::NotAUrl(issuer.to_string()))?;
        let (metadata, _) = get_json::<Discovery>(http, &url, None).await.map_err(|e| {
            DiscoveryError::Unreadable {
                url: url.to_string(),
                reason: e.to_string(),
            }
        })?;
        Self::from_metadata(issuer, metadata)
    }

    pub fn from_metadata(issuer: &IssuerUrl, metadata: Discovery) -> Result<Self, DiscoveryError> {
        if metadata.issuer != issuer.as_str() {
            return Err(DiscoveryError::IssuerMismatch {
                got: metadata.issuer,
                expected: issuer.to_string(),
            });
        }
        Ok(Provider {
            issuer: issuer.clone(),
            metadata,
        })
    }

    pub fn authorization_endpoint(&self) -> Result<Url, DiscoveryError> {
        Url::parse(&self.metadata.authorization_endpoint)
            .map_err(|_| DiscoveryError::BadEndpoint("authorization_endpoint"))
    }

    /// The authorization request: code flow, S256, state and nonce.
    pub fn authorize_url(
        &self,
        client_id: &ClientId,
        redirect_uri: &RedirectUrl,
        secrets: &LoginSecrets,
    ) -> Result<Url, DiscoveryError> {
        let mut url = self.authorization_endpoint()?;
        url.query_pairs_mut()
            .append_pair("client_id", client_id.as_str())
            .append_pair("response_type", "code")
            .append_pair("scope", &SERVICE_SCOPES.join(" "))
            .append_pair("redirect_uri", redirect_uri.as_str())
            .append_pair("state", secrets.state.as_str())
            .append_pair("nonce", secrets.nonce.as_str())
            .append_pair("code_challenge", secrets.challenge.as_str())
            .append_pair("code_challenge_method", "S256");
        Ok(url)
    }

    /// Basic unless the provider advertises only `client_secret_post`.
    pub fn auth_method(&self) -> AuthMethod {
        let methods = self
            .metadata
            .token_endpoint_auth_methods_supported
            .as_deref()
            .unwrap_or_default();
        let post_only = !methods.is_empty()
            && !methods.iter().any(|m| m == "client_secret_basic")
            && methods.iter().any(|m| m == "client_secret_post");
        if post_only {
            AuthMethod::Post
        } else {
            AuthMethod::Basic
        }
    }

    /// RFC 9207: `iss` must be this issuer when present, and present when
    /// the provider says it sends it.
    pub fn check_callback_issuer(&self, iss: Option<&str>) -> Result<(), CallbackIssuerError> {
        match iss {
            Some(got) if got != self.issuer.as_str() => Err(CallbackIssuerError::Mismatch {
                got: got.to_string(),
                expected: self.issuer.to_string(),
            }),
            Some(_) => Ok(()),
            None if self.metadata.authorization_response_iss_parameter_supported == Some(true) => {
                Err(CallbackIssuerError::Missing)
            }
            None => Ok(()),
        }
    }

    /// The code for tokens, with exactly one client authentication (Okta
    /// refuses two: docs/okta-behaviour.md row 14).
    pub async fn exchange_code(
        &self,
        http: &HttpClient,
        client_id: &ClientId,
        secret: &Secret,
        code: &Secret,
        redirect_uri: &RedirectUrl,
        verifier: &PkceVerifier,
    ) -> Result<Tokens, TokenError> {
        let token_url = Url::parse(&self.metadata.token_endpoint)
            .map_err(|_| TokenError::Unreachable("the token_endpoint is not a URL".into()))?;
        let method = self.auth_method();
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("code", code.expose()),
            ("redirect_uri", redirect_uri.as_str()),
            ("code_verifier", verifier.secret().expose()),
        ];
        let mut request = Request::new(Method::POST, token_url)
            .header(reqwest::header::ACCEPT, "application/json");
        match method {
            AuthMethod::Post => {
                form.push(("client_id", client_id.as_str()));
                form.push(("client_secret", secret.expose()));
            }
            AuthMethod::Basic => {
                request = request.header(
                    reqwest::header::AUTHORIZATION,
                    &basic_auth(client_id.as_str(), secret),
                );
            }
        }
        let response = http
            .send(request.form(&form))
            .await
            .map_err(|e| TokenError::Unreachable(e.to_string()))?;
        if !response.status.is_success() {
            return Err(TokenError::Refused {
                status: response.status.as_u16(),
                error: OktaError::parse(&response.body).unwrap_or_default(),
                method,
            });
        }
        let raw: Value = serde_json::from_slice(&response.body).map_err(|_| TokenError::NotJson)?;
        Ok(Tokens { raw })
    }

    /// OIDC Core 3.1.3.7, against the provider's advertised keys and algorithms.
    pub async fn verify_id_token(
        &self,
        http: &HttpClient,
        id_token: &str,
        client_id: &ClientId,
        nonce: &Nonce,
    ) -> Result<Claims, IdTokenError> {
        let jwks = self
            .metadata
            .jwks_uri
            .as_deref()
            .and_then(|u| Url::parse(u).ok())
            .ok_or_else(|| IdTokenError::Keys("the provider has no jwks_uri".into()))?;
        let mut keys = KeyCache::new(http, jwks);
        let algorithms = self
            .metadata
            .id_token_signing_alg_values_supported
            .clone()
            .unwrap_or_default();
        let expect = Expectation {
            issuer: &self.issuer,
            client_id,
            nonce,
            algorithms: &algorithms,
        };
        idtoken::verify(id_token, &expect, &mut keys).await
    }

    /// The steps after the callback: RFC 9207's `iss`, the code exchange,
    /// the ID token, and the email (from userinfo when the token has none).
    pub async fn complete(
        &self,
        http: &HttpClient,
        callback: CallbackParams,
        attempt: &Attempt<'_>,
    ) -> Result<SignedIn, LoginFailure> {
        let code = match callback {
            CallbackParams::Error { error, description } => {
                return Err(LoginFailure::Callback { error, description });
            }
            CallbackParams::Code { code, iss } => {
                self.check_callback_issuer(iss.as_deref())
                    .map_err(LoginFailure::Issuer)?;
                code
            }
        };
        let tokens = self
            .exchange_code(
                http,
                attempt.client_id,
                attempt.secret,
                &code,
                attempt.redirect_uri,
                &attempt.secrets.verifier,
            )
            .await
            .map_err(LoginFailure::Token)?;
        let id_token = tokens.id_token().ok_or(LoginFailure::NoIdToken)?;
        let claims = self
            .verify_id_token(http, id_token, attempt.client_id, &attempt.secrets.nonce)
            .await
            .map_err(LoginFailure::IdToken)?;
        // Providers that issue an access token may keep profile claims out
        // of the ID token (OIDC Core 5.4): ask userinfo, for the same subject.
        let email = match (&claims.email, tokens.access_token()) {
            (Some(email), _) => Some(email.clone()),
            (None, Some(access)) => self.userinfo_email(http, access, &claims.sub).await,
            (None, None) => None,
        };
        Ok(SignedIn {
            claims,
            tokens,
            email,
        })
    }

    /// The email from the userinfo endpoint, when its `sub` is the ID
    /// token's (OIDC Core 5.3.2); `None` on any failure: it is only shown.
    pub async fn userinfo_email(
        &self,
        http: &HttpClient,
        access_token: &str,
        sub: &str,
    ) -> Option<String> {
        let endpoint = Url::parse(self.metadata.userinfo_endpoint.as_deref()?).ok()?;
        let request = Request::new(Method::GET, endpoint)
            .header(
                reqwest::header::AUTHORIZATION,
                &format!("Bearer {access_token}"),
            )
            .header(reqwest::header::ACCEPT, "application/json");
        let response = http.send(request).await.ok()?;
        let info: Value = serde_json::from_slice(&response.body).ok()?;
        (info.get("sub")?.as_str()? == sub)
            .then(|| info.get("email")?.as_str().map(str::to_string))
            .flatten()
    }
}

/// GETs an authorize URL the service redirected to, without following it:
/// a 400 page names what would stop the browser (unknown client,
/// unregistered redirect URI); anything else goes on to sign-in.
pub async fn probe_authorize_redirect(
    http: &HttpClient,
    location: &Url,
) -> Result<AuthorizeOutcome, crate::http::HttpError> {
    let response = http
        .send(Request::new(Method::GET, location.clone()))
        .await?;
    Ok(match response.status.as_u16() {
        400 => probe::classify_error_page(&String::from_utf8_lossy(&response.body)),
        _ => AuthorizeOutcome::SignIn,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(extra: Value) -> Result<Provider, DiscoveryError> {
        let mut doc = serde_json::json!({
            "issuer": "https://dev-1.okta.com/oauth2/default",
            "authorization_endpoint": "https://dev-1.okta.com/oauth2/default/v1/authorize",
            "token_endpoint": "https://dev-1.okta.com/oauth2/default/v1/token",
        });
        doc.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        Provider::from_metadata(
            &IssuerUrl::new("https://dev-1.okta.com/oauth2/default"),
            serde_json::from_value(doc).unwrap(),
        )
    }

    #[test]
    fn the_issuer_must_be_the_one_asked() {
        let err = provider(serde_json::json!({"issuer": "https://dev-1.okta.com"})).unwrap_err();
        assert!(
            matches!(err, DiscoveryError::IssuerMismatch { .. }),
            "{err}"
        );
    }

    #[test]
    fn a_callback_without_iss_is_refused_when_the_provider_promises_it() {
        let quiet = provider(serde_json::json!({})).unwrap();
        assert_eq!(quiet.check_callback_issuer(None), Ok(()));
        let promising =
            provider(serde_json::json!({"authorization_response_iss_parameter_supported": true}))
                .unwrap();
        assert_eq!(
            promising.check_callback_issuer(None),
            Err(CallbackIssuerError::Missing)
        );
        assert_eq!(
            promising.check_callback_issuer(Some("https://dev-1.okta.com/oauth2/default")),
            Ok(())
        );
        assert!(matches!(
            quiet.check_callback_issuer(Some("https://evil.example")),
            Err(CallbackIssuerError::Mismatch { .. })
        ));
    }

    #[test]
    fn one_client_authentication_is_chosen_from_discovery() {
        let basic = provider(serde_json::json!({})).unwrap();
        assert_eq!(basic.auth_method(), AuthMethod::Basic);
        let post = provider(serde_json::json!({
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"]
        }))
        .unwrap();
        assert_eq!(post.auth_method(), AuthMethod::Post);
        let url = post
            .authorize_url(
                &ClientId::new("0oa1"),
                &RedirectUrl::loopback("127.0.0.1", 8765),
                &LoginSecrets::generate(),
            )
            .unwrap();
        let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(query["code_challenge_method"], "S256");
        assert_eq!(query["redirect_uri"], "http://127.0.0.1:8765/callback");
        assert_eq!(query["scope"], "openid profile email");
    }
}
