//! What a check finds: a severity, one line, and when something is wrong,
//! the guide's step or troubleshooting row and the fix.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Checked and fine.
    Ok,
    /// Worth knowing; nothing to fix.
    Info,
    /// Could not be verified, or will bite later.
    Warning,
    /// Sign-in will fail until this is fixed.
    Error,
}

impl Severity {
    pub fn mark(self) -> &'static str {
        match self {
            Severity::Ok => "✓",
            Severity::Info => "i",
            Severity::Warning => "!",
            Severity::Error => "✗",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Severity::Ok => "ok",
            Severity::Info => "info",
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

#[derive(Debug, Clone, Serialize)]
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

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }

    pub fn guide(mut self, guide: &str) -> Self {
        self.guide = Some(guide.to_string());
        self
    }
}

/// The findings of one run for one subject (a domain, a tenant).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub subject: String,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn new(subject: impl Into<String>) -> Self {
        Report {
            subject: subject.into(),
            findings: Vec::new(),
        }
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
