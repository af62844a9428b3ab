//! PKCE (RFC 7636, S256 only), state and nonce, from the oauth2 crate.

use crate::secret::Secret;

/// One login attempt's secrets: the verifier never leaves this process
/// except in the token request, and prints redacted.
#[derive(Debug)]
pub struct LoginSecrets {
    pub verifier: Secret,
    pub challenge: String,
    /// Binds the callback to this attempt (CSRF).
    pub state: String,
    /// Binds the ID token to this attempt (replay).
    pub nonce: String,
}

impl LoginSecrets {
    pub fn generate() -> Self {
        let (challenge, verifier) = oauth2::PkceCodeChallenge::new_random_sha256();
        LoginSecrets {
            verifier: Secret::new(verifier.secret().clone()),
            challenge: challenge.as_str().to_string(),
            state: oauth2::CsrfToken::new_random().secret().clone(),
            nonce: oauth2::CsrfToken::new_random().secret().clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use sha2::Digest;

    #[test]
    fn the_challenge_is_the_s256_of_the_verifier_and_values_are_fresh() {
        let a = LoginSecrets::generate();
        let digest = sha2::Sha256::digest(a.verifier.expose().as_bytes());
        assert_eq!(
            a.challenge,
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
        );
        assert!(a.verifier.expose().len() >= 43);
        let b = LoginSecrets::generate();
        assert_ne!(a.state, b.state);
        assert_ne!(a.nonce, b.nonce);
    }
}
