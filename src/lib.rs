//! `ssoctl`: the operator CLI of Biometry's Okta SSO service.
//!
//! `main` parses and calls [`app::run`]; commands live in [`commands`], one
//! file per noun; below them the typed admin client ([`api`]), the HTTP
//! layer ([`http`]), settings ([`config`], [`credentials`]) and the Okta
//! knowledge ([`okta`]). The [`sandbox`] is only reached from the `sandbox`
//! command and `--sandbox`.

pub mod api;
pub mod app;
pub mod browser;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod credentials;
pub mod doctor;
pub mod error;
pub mod files;
pub mod finding;
pub mod http;
pub mod jq;
pub mod oidc;
pub mod okta;
pub mod origin;
pub mod outcome;
pub mod output;
pub mod prompt;
pub mod sandbox;
pub mod secret;
pub mod text;
pub mod validate;
