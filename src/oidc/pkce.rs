//! PKCE (RFC 7636, S256 only), state and nonce, from the oauth2 crate.

use crate::oidc::types::{CsrfState, Nonce, PkceChallenge, PkceVerifier};

/// One login attempt's secrets: the verifier never leaves this process
/// except in the token request, and prints redacted.
#[derive(Debug)]
pub struct LoginSecrets {
    pub verifier: PkceVerifier,
    pub challenge: PkceChallenge,
    /// Binds the callback to this attempt (CSRF).
    pub state: CsrfState,
    /// Binds the ID token to this attempt (replay).
    pub nonce: Nonce,
    /// The listener's start page answers only a URL that carries it, so no
    /// other local process can start this login and finish it as itself.
    /// Not a [`Secret`]: the person testing must see it, in the URL to open.
    pub start_key: String,
}

impl LoginSecrets {
    pub fn generate() -> Self {
        let (challenge, verifier) = oauth2::PkceCodeChallenge::new_random_sha256();
        LoginSecrets {
            verifier: PkceVerifier::new(verifier.secret().clone()),
            challenge: PkceChallenge::new(challenge.as_str()),
            state: CsrfState::new(oauth2::CsrfToken::new_random().secret().clone()),
            nonce: Nonce::new(oauth2::CsrfToken::new_random().secret().clone()),
            start_key: oauth2::CsrfToken::new_random_len(32).secret().clone(),
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
        let digest = sha2::Sha256::digest(a.verifier.secret().expose().as_bytes());
        assert_eq!(
            a.challenge.as_str(),
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
        );
        assert!(a.verifier.secret().expose().len() >= 43);
        let b = LoginSecrets::generate();
        assert_ne!(a.state, b.state);
        assert_ne!(a.nonce, b.nonce);
        assert_ne!(a.start_key, b.start_key);
        assert!(a.start_key.len() >= 32);
    }
}
