//! The doctor: a collector gathers facts about a subject (`collect`), the
//! rules turn facts into findings (`rules`), findings carry remedies
//! (`remedy`), and `report` renders them. Only the commands decide where
//! the output goes and which exit status follows.
//!
//! Entry points for other commands (`login test`'s pre-flight):
//! [`collect::tenant`] / [`collect::unregistered`] (subject in, facts out)
//! and [`rules::judge`] (facts in, findings out).

pub mod collect;
pub mod facts;
pub mod fix;
pub mod preflight;
pub mod redirect;
pub mod remedy;
pub mod report;
pub mod rules;

pub use crate::finding::{Finding, Report, Severity, guide};
