//! What a check finds: a severity, one line, and when something is wrong,
//! the guide's step or troubleshooting row and the fix.

use serde::{Deserialize, Serialize};

/// A check's outcome. Ordered from best to worst; only `Ok` and `Info` are
/// green, and `--strict` treats `NotVerified` and `Warning` as failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Checked and fine.
    Ok,
    /// Worth knowing; nothing to fix.
    Info,
    /// Needs what was not given (an Okta API token, a secret, a sign-in):
    /// neither passed nor failed. The finding names what would verify it.
    NotVerified,
    /// Will bite later, or could only be partly checked.
    Warning,
    /// Sign-in will fail until this is fixed.
    Error,
}

impl Severity {
    pub fn mark(self) -> &'static str {
        match self {
            Severity::Ok => "✓",
            Severity::Info => "i",
            Severity::NotVerified => "?",
            Severity::Warning => "!",
            Severity::Error => "✗",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Severity::Ok => "ok",
            Severity::Info => "info",
            Severity::NotVerified => "not verified",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where in the customer guide the fix lives.
pub mod guide {
    pub const STEP_1: &str = "guide step 1: Create an OIDC App Integration in Okta";
    pub const STEP_2: &str = "guide step 2: Note Your Okta Domain";
    pub const STEP_3: &str = "guide step 3: Configure the Authorization Server Policy";
    pub const STEP_4: &str = "guide step 4: Submit Your Tenant Registration to Biometry";
    pub const STEP_5: &str = "guide step 5: Test the Login Flow";
    pub const ROW_REDIRECT: &str = "troubleshooting: redirect_uri mismatch (Okta)";
    pub const ROW_POLICY: &str =
        "troubleshooting: Policy evaluation failed for this request (Okta 400)";
    pub const ROW_NOT_FOUND: &str = "troubleshooting: SSO config not found (404)";
    pub const ROW_STATE: &str = "troubleshooting: invalid or expired sso state (401)";
    pub const ROW_PROJECT: &str = "troubleshooting: Dashboard loads but project_id is empty";
    pub const ROW_CORS: &str = "troubleshooting: CORS errors in browser console";
}

/// The `fix` and `guide` builders of a type with those two fields: a
/// finding, and a login's problem (`oidc::diagnose::Problem`).
macro_rules! fix_and_guide {
    () => {
        pub fn fix(mut self, fix: impl Into<String>) -> Self {
            self.fix = Some(fix.into());
            self
        }

        /// The guide's row, one of [`crate::finding::guide`]'s.
        pub fn guide(mut self, guide: &str) -> Self {
            self.guide = Some(guide.to_string());
            self
        }
    };
}
pub(crate) use fix_and_guide;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Finding {
    /// Stable id, e.g. `discovery.issuer`, for scripts.
    pub check: String,
    pub severity: Severity,
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guide: Option<String>,
    /// What would fix it (or verify it), as data: a command with the real
    /// values, a console path, or a change ssoctl could apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<Remedy>,
}

impl Finding {
    fn new(check: &str, severity: Severity, summary: impl Into<String>) -> Self {
        Finding {
            check: check.to_string(),
            severity,
            summary: summary.into(),
            detail: None,
            fix: None,
            guide: None,
            remedy: None,
        }
    }

    pub fn ok(check: &str, summary: impl Into<String>) -> Self {
        Self::new(check, Severity::Ok, summary)
    }

    pub fn info(check: &str, summary: impl Into<String>) -> Self {
        Self::new(check, Severity::Info, summary)
    }

    pub fn warning(check: &str, summary: impl Into<String>) -> Self {
        Self::new(check, Severity::Warning, summary)
    }

    pub fn error(check: &str, summary: impl Into<String>) -> Self {
        Self::new(check, Severity::Error, summary)
    }

    pub fn not_verified(check: &str, summary: impl Into<String>) -> Self {
        Self::new(check, Severity::NotVerified, summary)
    }

    pub fn remedy(mut self, remedy: Remedy) -> Self {
        self.remedy = Some(remedy);
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    fix_and_guide!();
}

/// The findings of one run for one subject (a domain, a tenant).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Report {
    pub subject: String,
    /// What the subject is, as data: the tenant's slug, the Okta domain
    /// and the client id where they are known.
    #[serde(default)]
    pub about: About,
    pub findings: Vec<Finding>,
}

/// A report's subject as data (JSON's `slug` and `subject`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    pub slug: Option<String>,
    pub okta_domain: Option<String>,
    pub client_id: Option<String>,
    /// A tenant registered with the service (not Okta details before registration).
    pub registered: bool,
}

impl Report {
    pub fn new(subject: impl Into<String>) -> Self {
        Report {
            subject: subject.into(),
            about: About::default(),
            findings: Vec::new(),
        }
    }

    /// The report of a registered tenant that got no further than its slug.
    pub fn of_tenant(slug: &str) -> Self {
        let mut report = Report::new(slug);
        report.about.slug = Some(slug.to_string());
        report.about.registered = true;
        report
    }

    pub fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    pub fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
        self.findings.extend(findings);
    }

    pub fn worst(&self) -> Severity {
        self.findings
            .iter()
            .map(|f| f.severity)
            .max()
            .unwrap_or(Severity::Ok)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// How far a remedy can be trusted to be applied without a person, after
/// rustc's `Applicability`: only `MachineApplicable` is applied by a tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicability {
    /// Exactly right as it stands; a tool may apply it.
    MachineApplicable,
    /// Probably right; a person should look before it is applied.
    MaybeIncorrect,
    /// Has a part a person must fill in (shown as `…`).
    HasPlaceholders,
}

/// A change to the customer's Okta org or to the tenant, as data, for a
/// tool (`doctor --fix`) to apply exactly as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Change {
    /// `PATCH` the tenant's Okta domain.
    TenantOktaDomain { slug: String, okta_domain: String },
    /// Set the tenant's status to active.
    TenantEnable { slug: String },
    /// Re-run provisioning.
    ProvisioningRetry { slug: String },
    /// Add a sign-in redirect URI to the Okta app (GET, change, PUT).
    AppAddRedirectUri {
        app_id: String,
        redirect_uri: String,
    },
    /// Allow the Authorization Code grant (and the `code` response type).
    AppAllowAuthorizationCode { app_id: String },
    /// Create an access policy on the `default` server for the client, with
    /// a rule granting Authorization Code to everyone and any scope.
    DefaultServerPolicy { client_id: String },
}

/// What to do about a finding, in a stable JSON shape
/// (`{"kind": "command" | "console" | "change", …}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Remedy {
    /// A command to run, with the real values filled in.
    Command {
        command: String,
        applicability: Applicability,
    },
    /// Where to click in the Okta Admin Console.
    Console { path: String },
    /// A change a tool can make, and the command a person would run
    /// instead (when there is one).
    Change {
        change: Change,
        applicability: Applicability,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        command: Option<String>,
    },
}

impl Remedy {
    pub fn command(command: impl Into<String>) -> Remedy {
        let command = command.into();
        let applicability = if command.contains('…') {
            Applicability::HasPlaceholders
        } else {
            Applicability::MachineApplicable
        };
        Remedy::Command {
            command,
            applicability,
        }
    }

    pub fn console(path: impl Into<String>) -> Remedy {
        Remedy::Console { path: path.into() }
    }

    pub fn change(change: Change, command: Option<String>) -> Remedy {
        Remedy::Change {
            change,
            applicability: Applicability::MachineApplicable,
            command,
        }
    }

    /// The command a person would run, when the remedy has one.
    pub fn as_command(&self) -> Option<&str> {
        match self {
            Remedy::Command { command, .. } => Some(command),
            Remedy::Change { command, .. } => command.as_deref(),
            Remedy::Console { .. } => None,
        }
    }
}
