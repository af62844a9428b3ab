//! What no crate knows: Okta's domains, documents, probes and quirks.

pub mod discovery;
pub mod domain;
pub mod fetch;
pub mod jwks;
pub mod mgmt;
pub mod org;
pub mod policy;
pub mod probe;
pub mod secrets;
