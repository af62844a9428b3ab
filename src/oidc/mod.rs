//! The OIDC client side of `login test`: the protocol values as newtypes,
//! PKCE and state, discovery, the code exchange and userinfo, the loopback
//! listener (RFC 8252), ID-token validation (OIDC Core 3.1.3.7), and what
//! each failure means in the guide's words.

pub mod client;
pub mod diagnose;
pub mod idtoken;
pub mod loopback;
pub mod pkce;
pub mod types;
