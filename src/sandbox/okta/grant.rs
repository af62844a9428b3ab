//! What the endpoints hand each other: the parser of their query strings
//! and form bodies, and the grants a code or a refresh token stands for
//! (`/authorize` mints codes; `/token` redeems them; `/revoke` and
//! `/introspect` look refresh tokens up).

use std::collections::HashMap;

use super::Server;

/// Parses a query or form body; the first value of a repeated name wins.
pub(crate) fn params(raw: &[u8]) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for (k, v) in url::form_urlencoded::parse(raw) {
        map.entry(k.into_owned()).or_insert_with(|| v.into_owned());
    }
    map
}

/// A code waiting to be exchanged (single use, 300 s).
#[derive(Clone, Debug)]
pub(crate) struct CodeGrant {
    pub org: String,
    pub server: Server,
    pub client_id: String,
    pub redirect_uri: String,
    pub code_challenge: Option<String>,
    pub nonce: Option<String>,
    pub scopes: Vec<String>,
    pub user_id: String,
    pub auth_time: u64,
    pub expires_at: u64,
    pub access_token_lifetime_secs: u64,
}

/// A code after its exchange: what presenting it again revokes.
#[derive(Clone, Debug)]
pub(crate) struct RedeemedCode {
    pub org: String,
    pub server: Server,
    pub access_jti: String,
    pub refresh_token: Option<String>,
    /// The code's own expiry, when this record is dropped with the expired
    /// codes.
    pub expires_at: u64,
}

#[derive(Clone, Debug)]
/// What a refresh token stands for.
pub(crate) struct RefreshGrant {
    pub org: String,
    pub server: Server,
    pub client_id: String,
    pub user_id: String,
    pub scopes: Vec<String>,
    pub auth_time: u64,
    /// The `jti`s of the access tokens issued with it (or with the code it
    /// came with): revoking the refresh token revokes them too.
    pub access_jtis: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_repeated_params_wins_and_values_are_decoded() {
        let p = params(b"a=1&b=x+y&a=2&c=%2F");
        assert_eq!(p["a"], "1");
        assert_eq!(p["b"], "x y");
        assert_eq!(p["c"], "/");
    }
}
