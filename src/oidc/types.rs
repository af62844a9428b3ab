//! Newtypes for the protocol values (as openidconnect-rs has them), so that
//! an issuer is never passed where a client id belongs, and the values that
//! are secrets cannot print themselves.

use std::fmt;

use serde::Serialize;

use crate::secret::Secret;

macro_rules! protocol_value {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(value: impl Into<String>) -> Self {
                $name(value.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

protocol_value!(
    /// An OpenID Provider's issuer identifier, without a trailing slash.
    IssuerUrl
);
protocol_value!(
    /// The OAuth client id of the app.
    ClientId
);
protocol_value!(
    /// The redirect URI sent to the authorization endpoint (the listener's `/callback`).
    RedirectUrl
);
protocol_value!(
    /// The `state` that binds a callback to the login that sent it (RFC 6749 §10.12).
    CsrfState
);
protocol_value!(
    /// The `nonce` that binds an ID token to the login that asked for it.
    Nonce
);
protocol_value!(
    /// The S256 code challenge derived from a [`PkceVerifier`].
    PkceChallenge
);

impl IssuerUrl {
    /// The issuer as written, less a trailing slash (the spellings compare equal).
    pub fn normalized(value: &str) -> Self {
        IssuerUrl(value.trim_end_matches('/').to_string())
    }
}

impl RedirectUrl {
    /// `http://{host}:{port}/callback`, the loopback redirect URI (RFC 8252 §7.3).
    pub fn loopback(host: &str, port: u16) -> Self {
        RedirectUrl(format!("http://{host}:{port}/callback"))
    }
}

/// The PKCE code verifier (RFC 7636): a secret, sent only in the token request.
#[derive(Debug, Clone)]
pub struct PkceVerifier(Secret);

impl PkceVerifier {
    pub fn new(value: impl Into<String>) -> Self {
        PkceVerifier(Secret::new(value.into()))
    }
    pub fn secret(&self) -> &Secret {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_themselves_and_the_verifier_does_not() {
        let issuer = IssuerUrl::normalized("https://dev-1.okta.com/oauth2/default/");
        assert_eq!(issuer.as_str(), "https://dev-1.okta.com/oauth2/default");
        assert_eq!(
            RedirectUrl::loopback("127.0.0.1", 8765).to_string(),
            "http://127.0.0.1:8765/callback"
        );
        let verifier = PkceVerifier::new("a-verifier-of-the-flow-1234567890");
        assert!(!format!("{verifier:?}").contains("verifier-of-the-flow"));
    }
}
