//! ID-token validation (OIDC Core 3.1.3.7) with jsonwebtoken: the signature
//! against the provider's keys (refetched once for an unknown `kid`), the
//! algorithm the provider advertises and never `none`, `iss`, `aud`, `azp`,
//! `exp`, `iat` and `nbf` with a bounded clock skew, and `nonce`.

use std::collections::BTreeMap;

use base64::Engine;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::http::HttpClient;
use crate::oidc::types::{ClientId, IssuerUrl, Nonce};
use crate::okta::fetch::get_json;
use crate::okta::jwks::JwkSet;

/// Clock skew tolerated on `exp`, `iat` and `nbf`.
pub const LEEWAY_SECS: u64 = 120;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    One(String),
    Many(Vec<String>),
}

impl Audience {
    fn list(&self) -> Vec<&str> {
        match self {
            Audience::One(a) => vec![a.as_str()],
            Audience::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// The verified claims; anything else the provider sent is kept for display.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub sub: String,
    pub aud: Audience,
    pub exp: u64,
    pub iat: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdTokenError {
    #[error("the ID token is not a signed JWT: {0}")]
    Malformed(String),
    #[error("the ID token is unsigned (alg: none), which is never accepted")]
    AlgNone,
    #[error("the ID token is signed with {0}, which the provider does not advertise")]
    AlgNotAllowed(String),
    #[error(
        "no key of the provider has the ID token's kid {0:?}, even after fetching the keys again"
    )]
    UnknownKid(String),
    #[error("the ID token's signature does not verify against the provider's key")]
    BadSignature,
    #[error("the ID token has expired (beyond {LEEWAY_SECS} s of clock skew)")]
    Expired,
    #[error("the ID token is dated in the future (beyond {LEEWAY_SECS} s of clock skew)")]
    IssuedInFuture,
    #[error(
        "the ID token is not valid yet: its nbf is in the future (beyond {LEEWAY_SECS} s of clock skew)"
    )]
    NotYetValid,
    #[error("the ID token was issued by {got}, not {expected}")]
    WrongIssuer { got: String, expected: String },
    #[error("the ID token is for {got}, not this client")]
    WrongAudience { got: String },
    #[error("the ID token's azp is {got}, not this client")]
    WrongAzp { got: String },
    #[error("the ID token's nonce does not match this login (a replayed or foreign token)")]
    WrongNonce,
    #[error("the provider's keys cannot be read: {0}")]
    Keys(String),
}

pub struct Expectation<'a> {
    pub issuer: &'a IssuerUrl,
    pub client_id: &'a ClientId,
    pub nonce: &'a Nonce,
    /// From discovery; RS256 when the provider does not say.
    pub algorithms: &'a [String],
}

/// The provider's keys, fetched when first needed and once more when a
/// token names a `kid` they lack (key rotation).
pub struct KeyCache<'a> {
    http: &'a HttpClient,
    url: url::Url,
    keys: Option<JwkSet>,
    refetched: bool,
}

impl<'a> KeyCache<'a> {
    pub fn new(http: &'a HttpClient, url: url::Url) -> Self {
        KeyCache {
            http,
            url,
            keys: None,
            refetched: false,
        }
    }

    async fn fetch(&mut self) -> Result<(), IdTokenError> {
        let (keys, _) = get_json::<JwkSet>(self.http, &self.url, None)
            .await
            .map_err(|e| IdTokenError::Keys(e.to_string()))?;
        self.keys = Some(keys);
        Ok(())
    }

    async fn key(&mut self, kid: Option<&str>) -> Result<DecodingKey, IdTokenError> {
        if self.keys.is_none() {
            self.fetch().await?;
        }
        loop {
            let found = self.keys.as_ref().and_then(|set| {
                set.keys
                    .iter()
                    .find(|k| k.kty == "RSA" && (kid.is_none() || k.kid.as_deref() == kid))
            });
            if let Some(jwk) = found {
                return crate::okta::jwks::decoding_key(jwk).map_err(IdTokenError::Keys);
            }
            if self.refetched {
                return Err(IdTokenError::UnknownKid(
                    kid.unwrap_or_default().to_string(),
                ));
            }
            self.refetched = true;
            self.fetch().await?;
        }
    }
}

/// The header's `alg` as written, read before jsonwebtoken parses it, so
/// that `none` gets its own clear error.
fn raw_alg(token: &str) -> Result<String, IdTokenError> {
    let header = token.split('.').next().unwrap_or_default();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header.trim_end_matches('='))
        .map_err(|_| IdTokenError::Malformed("the header is not base64url".into()))?;
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|_| IdTokenError::Malformed("the header is not JSON".into()))?;
    value
        .get("alg")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| IdTokenError::Malformed("the header has no alg".into()))
}

pub async fn verify(
    token: &str,
    expect: &Expectation<'_>,
    keys: &mut KeyCache<'_>,
) -> Result<Claims, IdTokenError> {
    if token.split('.').count() != 3 {
        return Err(IdTokenError::Malformed(
            "it does not have three parts".into(),
        ));
    }
    let alg = raw_alg(token)?;
    if alg.eq_ignore_ascii_case("none") {
        return Err(IdTokenError::AlgNone);
    }
    let allowed: Vec<&str> = if expect.algorithms.is_empty() {
        vec!["RS256"]
    } else {
        expect.algorithms.iter().map(String::as_str).collect()
    };
    if !allowed.contains(&alg.as_str()) {
        return Err(IdTokenError::AlgNotAllowed(alg));
    }
    let header =
        jsonwebtoken::decode_header(token).map_err(|e| IdTokenError::Malformed(e.to_string()))?;
    // Only RSA keys are served by the providers this tool talks to.
    if !matches!(
        header.alg,
        Algorithm::RS256 | Algorithm::RS384 | Algorithm::RS512
    ) {
        return Err(IdTokenError::AlgNotAllowed(alg));
    }
    let key = keys.key(header.kid.as_deref()).await?;
    check_signed(token, header.alg, &key, expect)
}

/// The signature, then the claims, against a key already chosen.
fn check_signed(
    token: &str,
    alg: Algorithm,
    key: &DecodingKey,
    expect: &Expectation<'_>,
) -> Result<Claims, IdTokenError> {
    let mut validation = Validation::new(alg);
    validation.leeway = LEEWAY_SECS;
    validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
    // iss and aud are compared below, for messages that say what came instead.
    validation.validate_aud = false;
    // jsonwebtoken leaves nbf alone unless asked; a token not valid yet is refused.
    validation.validate_nbf = true;
    let data =
        jsonwebtoken::decode::<Claims>(token, key, &validation).map_err(|e| match e.kind() {
            jsonwebtoken::errors::ErrorKind::InvalidSignature => IdTokenError::BadSignature,
            jsonwebtoken::errors::ErrorKind::ExpiredSignature => IdTokenError::Expired,
            jsonwebtoken::errors::ErrorKind::ImmatureSignature => IdTokenError::NotYetValid,
            other => IdTokenError::Malformed(format!("{other:?}")),
        })?;
    let claims = data.claims;
    if claims.iss != expect.issuer.as_str() {
        return Err(IdTokenError::WrongIssuer {
            got: claims.iss,
            expected: expect.issuer.to_string(),
        });
    }
    let audiences = claims.aud.list();
    let client_id = expect.client_id.as_str();
    if !audiences.contains(&client_id) {
        return Err(IdTokenError::WrongAudience {
            got: audiences.join(", "),
        });
    }
    if audiences.len() > 1 || claims.azp.is_some() {
        if let Some(azp) = &claims.azp {
            if azp != client_id {
                return Err(IdTokenError::WrongAzp { got: azp.clone() });
            }
        } else {
            return Err(IdTokenError::WrongAzp {
                got: "(missing, with several audiences)".into(),
            });
        }
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    if claims.iat > now + LEEWAY_SECS {
        return Err(IdTokenError::IssuedInFuture);
    }
    if claims.nonce.as_deref() != Some(expect.nonce.as_str()) {
        return Err(IdTokenError::WrongNonce);
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // The sandbox's public test key (its private half is in the repository).
    use crate::sandbox::okta::keys::PRIMARY;

    fn now() -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    }

    fn signed(claims: Value) -> String {
        let header = jsonwebtoken::Header::new(Algorithm::RS256);
        jsonwebtoken::encode(&header, &claims, &PRIMARY.encoding_key().unwrap()).unwrap()
    }

    fn check(claims: Value) -> Result<Claims, IdTokenError> {
        let issuer = IssuerUrl::new("https://dev-1.okta.com/oauth2/default");
        let client_id = ClientId::new("0oa-client");
        let nonce = Nonce::new("the-nonce");
        let expect = Expectation {
            issuer: &issuer,
            client_id: &client_id,
            nonce: &nonce,
            algorithms: &[],
        };
        check_signed(
            &signed(claims),
            Algorithm::RS256,
            &PRIMARY.decoding_key().unwrap(),
            &expect,
        )
    }

    fn claims(extra: Value) -> Value {
        let mut claims = json!({
            "iss": "https://dev-1.okta.com/oauth2/default",
            "sub": "00u1",
            "aud": "0oa-client",
            "exp": now() + 300,
            "iat": now(),
            "nonce": "the-nonce",
        });
        claims
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        claims
    }

    #[test]
    fn a_future_nbf_is_refused_and_a_past_one_accepted() {
        assert!(check(claims(json!({}))).is_ok());
        assert!(check(claims(json!({"nbf": now() - 10}))).is_ok());
        assert!(
            check(claims(json!({"nbf": now() + 30}))).is_ok(),
            "within the skew"
        );
        assert_eq!(
            check(claims(json!({"nbf": now() + 3600}))).unwrap_err(),
            IdTokenError::NotYetValid
        );
    }

    #[test]
    fn the_claims_are_compared_with_what_was_expected() {
        assert_eq!(
            check(claims(json!({"nonce": "other"}))).unwrap_err(),
            IdTokenError::WrongNonce
        );
        assert!(matches!(
            check(claims(json!({"aud": "someone-else"}))).unwrap_err(),
            IdTokenError::WrongAudience { .. }
        ));
        assert_eq!(
            check(claims(json!({"iat": now() + 3600}))).unwrap_err(),
            IdTokenError::IssuedInFuture
        );
        assert_eq!(
            check(claims(json!({"exp": now() - 3600}))).unwrap_err(),
            IdTokenError::Expired
        );
    }
}
