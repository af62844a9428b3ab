//! The one error model of the CLI: every failure becomes a message, optional
//! hints that name the next command to run, and a documented exit code.

use std::fmt;

/// Documented exit codes (README, "Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 1: anything else, including the service failing or being unreachable.
    General,
    /// 2: bad flags, bad input, a missing value with `--no-input`.
    Usage,
    /// 3: a check or doctor run found an error-level problem.
    Problems,
    /// 4: no token, or the token was refused.
    Auth,
    /// 5: the tenant, origin or profile does not exist.
    NotFound,
    /// 6: already exists, or changed by someone else (412).
    Conflict,
    /// 130: interrupted (Ctrl-C) or a prompt was cancelled.
    Cancelled,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::General => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Problems => 3,
            ErrorKind::Auth => 4,
            ErrorKind::NotFound => 5,
            ErrorKind::Conflict => 6,
            ErrorKind::Cancelled => 130,
        }
    }
}

/// An error meant for the person at the terminal.
#[derive(Debug)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    /// Extra lines printed under the message (one problem each).
    pub details: Vec<String>,
    /// `hint:` lines: what to do next.
    pub hints: Vec<String>,
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            details: Vec::new(),
            hints: Vec::new(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn general(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::General, message)
    }

    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }

    pub fn cancelled() -> Self {
        Self::new(ErrorKind::Cancelled, "cancelled")
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.details.push(detail.into());
        self
    }

    pub fn details(mut self, details: impl IntoIterator<Item = String>) -> Self {
        self.details.extend(details);
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;
