//! The one integration-test binary (as cargo's own testsuite is): a module
//! per area, one shared harness in `common`, so a change links once.

mod api;
mod auth;
mod bad_inputs;
mod browser;
mod check;
mod common;
mod completion;
mod cors;
mod doctor;
mod doctor_user;
mod errors;
mod faults;
mod fleet;
mod generated;
mod hostile;
mod login;
mod login_service;
mod profile;
mod prompts;
mod provisioning;
mod sandbox_cli;
mod sandbox_contract;
mod sandbox_login;
mod sandbox_okta;
mod secrets;
mod startup;
mod tenant;
mod tls;
mod unknown_slug;
mod version;
mod write_checks;
