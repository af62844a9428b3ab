//! The service half of the sandbox: Biometry's SSO service as the CLI sees
//! it — the admin API, the login endpoints, provisioning, and the service's
//! one Okta client. It talks to the emulated orgs over HTTP only, like the
//! real service talks to real Okta.

pub(crate) mod admin;
pub(crate) mod extract;
mod if_match;
pub(crate) mod invitations;
pub(crate) mod login;
mod okta_client;
pub(crate) mod provisioning;
