//! The checks behind `ssoctl check` and `ssoctl doctor`: each returns
//! findings; only the commands decide how they are shown.

pub mod checks;
pub mod redirect;

pub use crate::finding::{Finding, Report, Severity, guide};
