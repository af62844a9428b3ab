//! The OIDC client side of `login test`: PKCE and state, the loopback
//! listener (RFC 8252) and ID-token validation (OIDC Core 3.1.3.7).

pub mod idtoken;
pub mod loopback;
pub mod pkce;
