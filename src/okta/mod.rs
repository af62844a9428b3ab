//! What no crate knows: Okta's domains, documents and quirks.

pub mod domain;
