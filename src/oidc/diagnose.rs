//! A failed sign-in in the guide's words: what went wrong, the fix (a
//! command with the real values where one exists) and the guide's row.

use serde::Serialize;

use crate::api::login::{Me, StartAnswer};
use crate::finding::{Finding, guide};
use crate::oidc::client::{AuthMethod, LoginFailure, TokenError};
use crate::okta::probe::AuthorizeOutcome;

/// What went wrong, with its fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guide: Option<String>,
}

impl Problem {
    pub fn new(summary: impl Into<String>) -> Self {
        Problem {
            summary: summary.into(),
            fix: None,
            guide: None,
        }
    }
    crate::finding::fix_and_guide!();

    /// The summary after `mark`, then the fix and the guide's row after their labels.
    pub fn lines(&self, mark: &str, fix: &str, see: &str) -> Vec<String> {
        let fixes = self.fix.iter().map(|f| format!("{fix}{f}"));
        let guides = self.guide.iter().map(|g| format!("{see}{g}"));
        std::iter::once(format!("{mark}{}", self.summary))
            .chain(fixes)
            .chain(guides)
            .collect()
    }
}

impl From<&Finding> for Problem {
    /// A doctor finding as a login's problem: the summary with its detail,
    /// the fix with the command that applies it, the guide's row.
    fn from(finding: &Finding) -> Self {
        let summary = match &finding.detail {
            Some(detail) => format!("{} ({detail})", finding.summary),
            None => finding.summary.clone(),
        };
        let command = finding.remedy.as_ref().and_then(|r| r.as_command());
        let fix = match (&finding.fix, command) {
            (Some(fix), Some(command)) if !fix.contains(command) => {
                Some(format!("{fix}: `{command}`"))
            }
            (Some(fix), _) => Some(fix.clone()),
            (None, command) => command.map(|c| format!("`{c}`")),
        };
        Problem {
            summary,
            fix,
            guide: finding.guide.clone(),
        }
    }
}

/// The login's subject, for fixes that name a command.
#[derive(Debug, Clone, Copy)]
pub enum Subject<'a> {
    /// Through the service: the tenant slug.
    Tenant(&'a str),
    /// Straight to the provider: its domain when it serves Okta's
    /// `/oauth2/default` (what `check client` reads), and the client id.
    Direct {
        okta_domain: Option<&'a str>,
        client_id: &'a str,
    },
}

impl Subject<'_> {
    fn check_client(&self) -> String {
        match self {
            Subject::Direct {
                okta_domain: Some(domain),
                client_id,
            } => format!(
                "`SSOCTL_CLIENT_SECRET=… ssoctl check client --okta-domain {domain} --client-id {client_id}`"
            ),
            Subject::Direct { .. } => {
                "the provider's own console (`ssoctl check client` reads Okta-style `/oauth2/default` servers only)".to_string()
            }
            Subject::Tenant(slug) => format!("`ssoctl doctor {slug}`"),
        }
    }
}

/// `HEADLINE (what the server said)`, or what the server said alone when it
/// already opens with the headline: a service that words its errors as
/// ssoctl does would otherwise be read twice.
fn told(headline: &str, said: &str) -> String {
    let quoted = said.split_once(": ").map_or(said, |(_, text)| text);
    if quoted.starts_with(headline) {
        quoted.to_string()
    } else {
        format!("{headline} ({said})")
    }
}

/// Okta's and the service's `error=` on the callback.
pub fn callback_problem(error: &str, description: &str, subject: Subject<'_>) -> Problem {
    let said = if description.is_empty() {
        error.to_string()
    } else {
        format!("{error}: {description}")
    };
    let lower = description.to_ascii_lowercase();
    if description.contains("Policy evaluation failed") {
        return Problem::new(told("Okta refused the sign-in", &said))
            .fix("follow step 3: on the `default` authorization server add an access policy for All clients with a rule granting Authorization Code to any user assigned to the app")
            .guide(guide::ROW_POLICY);
    }
    if description.contains("not assigned") {
        return Problem::new(told("Okta refused the sign-in", &said))
            .fix("assign the user, or a group they belong to, to the app (Applications → the app → Assignments); the guide's default is Allow everyone in your organization")
            .guide(guide::STEP_1);
    }
    if error == "sso_config_not_found" || lower.contains("sso config not found") {
        return service_problem("sso_config_not_found", &said, subject);
    }
    if error == "invalid_sso_state" || lower.contains("expired sso state") {
        return service_problem("invalid_sso_state", &said, subject);
    }
    if lower.contains("invalid_client") && lower.contains("secret") {
        let fix = match subject {
            Subject::Tenant(slug) => format!(
                "the service's stored client secret is wrong: copy the Client Secret again from the app's General tab and store it with `ssoctl tenant update {slug} --rotate-secret --client-secret-stdin`"
            ),
            other => format!(
                "copy the Client Secret again, then run {}",
                other.check_client()
            ),
        };
        return Problem::new(told("Okta refused the client secret on file", &said))
            .fix(fix)
            .guide(guide::STEP_1);
    }
    if description.contains("redirect_uri") || description.contains("redirect URI") {
        let fix = match subject {
            Subject::Tenant(slug) => format!(
                "the app's Sign-in redirect URI must be exactly the one `ssoctl check redirect-uri {slug}` prints"
            ),
            Subject::Direct { .. } => {
                "add the redirect URI above to the app's Sign-in redirect URIs".to_string()
            }
        };
        return Problem::new(told("Okta refused the redirect URI", &said))
            .fix(fix)
            .guide(guide::ROW_REDIRECT);
    }
    if error == "unsupported_response_type" || error == "unauthorized_client" {
        return Problem::new(told(
            "the app does not allow the Authorization Code flow",
            &said,
        ))
        .fix("in the app's General settings, check Grant type: Authorization Code")
        .guide(guide::STEP_1);
    }
    Problem::new(told("the sign-in failed", &said))
}

/// The service's answer to the start URL: the authorize URL it redirects
/// to, or the problem its error code names.
pub fn start_problem(answer: StartAnswer, subject: Subject<'_>) -> Result<url::Url, Problem> {
    match answer {
        StartAnswer::Redirect(location) => Ok(location),
        StartAnswer::Refused {
            status,
            code,
            said,
            request_id,
        } => {
            let id = request_id.map(|id| format!(" (request id {id})"));
            let said = format!("{said}{}", id.unwrap_or_default());
            // A service without error codes still answers an unknown slug with 404.
            let code = code.or_else(|| (status == 404).then(|| "sso_config_not_found".into()));
            Err(service_problem(
                code.as_deref().unwrap_or_default(),
                &said,
                subject,
            ))
        }
    }
}

/// The service's own error code (docs/login-api.md, "Error codes").
pub fn service_problem(code: &str, said: &str, subject: Subject<'_>) -> Problem {
    let slug = match subject {
        Subject::Tenant(slug) => slug,
        Subject::Direct { client_id, .. } => client_id,
    };
    match code {
        "sso_config_not_found" => {
            Problem::new(format!("SSO config not found: the service has no tenant `{slug}`"))
                .fix("check the slug with `ssoctl tenant list`; a customer's tenant that is missing is registered with `ssoctl tenant register`")
                .guide(guide::ROW_NOT_FOUND)
        }
        "tenant_disabled" => Problem::new(format!(
            "the tenant `{slug}` is disabled: its users cannot sign in"
        ))
        .fix(format!("ssoctl tenant enable {slug}")),
        "tenant_pending_review" => Problem::new(format!(
            "the tenant `{slug}` was submitted with an invitation and awaits review: nobody can sign in until it is approved"
        ))
        .fix(format!("ssoctl tenant approve {slug}")),
        "invalid_sso_state" => Problem::new(told("the service's login state expired", said))
            .fix("start the login again and finish it within 10 minutes")
            .guide(guide::ROW_STATE),
        "invalid_request" => Problem::new(told("the service refused the login request", said))
        .fix("this ssoctl and the service disagree on the login contract; update ssoctl, or send the request id to Biometry's SSO team"),
        _ => Problem::new(format!("the service refused to start the login: {said}")),
    }
}

/// What a signed-in user's account says: `Err` when it is not what a
/// working tenant gives, else an optional note.
pub fn me_problem(me: &Me, slug: &str) -> Result<Option<String>, Problem> {
    if me.project_id.as_deref().is_none_or(str::is_empty) {
        return Err(Problem::new("signed in, but project_id is empty: Biometry's provisioning services were unreachable at first login")
            .fix(format!("ssoctl provisioning retry {slug} --wait"))
            .guide(guide::ROW_PROJECT));
    }
    if me.role.as_deref() != Some("partner") {
        return Err(Problem::new(format!(
            "signed in, but the role is {} instead of partner",
            me.role.as_deref().unwrap_or("-")
        )));
    }
    Ok((me.project_role.as_deref() != Some("owner")).then(|| {
        "the first user of a tenant is its owner; later users join the same project".to_string()
    }))
}

/// An Okta page that stops the browser before sign-in, found without a browser.
pub fn preflight_problem(
    outcome: &AuthorizeOutcome,
    client: &str,
    redirect_uri: &str,
    subject: Subject<'_>,
) -> Option<Problem> {
    match outcome {
        AuthorizeOutcome::SignIn => None,
        AuthorizeOutcome::UnknownClient => Some(
            Problem::new(format!("Okta does not know the client ID {client}"))
                .fix("copy the Client ID from the app's General tab in Okta")
                .guide(guide::STEP_1),
        ),
        AuthorizeOutcome::RedirectNotRegistered { admin_url } => Some(
            Problem::new(format!(
                "{redirect_uri} is not a Login redirect URI of the app"
            ))
            .fix(match admin_url {
                Some(url) => {
                    format!("add exactly {redirect_uri} to Sign-in redirect URIs at {url}")
                }
                None => format!("add exactly {redirect_uri} to the app's Sign-in redirect URIs"),
            })
            .guide(guide::ROW_REDIRECT),
        ),
        AuthorizeOutcome::ErrorRedirect { error, description } => {
            Some(callback_problem(error, description, subject))
        }
        AuthorizeOutcome::ErrorPage { location } => Some(
            Problem::new(format!(
                "Okta sent the browser to an error page ({location})"
            ))
            .fix(
                "if the domain is the Admin Console (-admin) host, register the org domain instead",
            )
            .guide(guide::STEP_2),
        ),
        AuthorizeOutcome::Unexpected { status, summary } => Some(Problem::new(format!(
            "unexpected answer from Okta's authorize endpoint (HTTP {status}): {summary}"
        ))),
    }
}

/// Where a sign-in stopped after the callback, with its fix.
pub fn login_problem(failure: &LoginFailure, subject: Subject<'_>) -> Problem {
    match failure {
        LoginFailure::Callback { error, description } => {
            callback_problem(error, description, subject)
        }
        LoginFailure::Issuer(e) => Problem::new(e.to_string()),
        LoginFailure::Token(e) => token_problem(e, subject),
        LoginFailure::NoIdToken => {
            Problem::new("the token answer has no id_token (was the openid scope granted?)")
        }
        LoginFailure::IdToken(e) => Problem::new(format!("the ID token was refused: {e}"))
            .fix("the provider's tokens must verify before the service accepts them; check the issuer and the keys with `ssoctl check domain`"),
    }
}

/// The token endpoint's refusal; `invalid_client` says which cause is likely.
pub fn token_problem(error: &TokenError, subject: Subject<'_>) -> Problem {
    let TokenError::Refused {
        error: okta,
        method,
        ..
    } = error
    else {
        return Problem::new(error.to_string());
    };
    if okta.code != "invalid_client" {
        return Problem::new(error.to_string());
    }
    let description = okta.description.to_ascii_lowercase();
    let check = subject.check_client();
    if description.contains("client_id") {
        return Problem::new(format!(
            "Okta does not know the client ({})",
            okta.description
        ))
        .fix(format!(
            "copy the Client ID from the app's General tab, then run {check}"
        ))
        .guide(guide::STEP_1);
    }
    if description.contains("secret") {
        return Problem::new(format!(
            "Okta refused the client secret: it is wrong ({})",
            okta.description
        ))
        .fix(format!(
            "copy the Client Secret again from the app's General tab, then test it without a browser: {check}"
        ))
        .guide(guide::STEP_1);
    }
    let other = match method {
        AuthMethod::Basic => AuthMethod::Post,
        AuthMethod::Post => AuthMethod::Basic,
    };
    Problem::new(format!(
        "Okta refused the client authentication ({}): the app most likely does not accept {}, or the client secret is wrong",
        okta.description,
        method.name()
    ))
    .fix(format!(
        "in the app's General tab set Client authentication to Client secret ({} or {}), not Public key / Private key or None; then run {check}",
        method.name(),
        other.name()
    ))
    .guide(guide::STEP_1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::okta::fetch::OktaError;

    fn refused(description: &str) -> TokenError {
        TokenError::Refused {
            status: 401,
            error: OktaError {
                code: "invalid_client".into(),
                description: description.into(),
                error_id: None,
                causes: Vec::new(),
            },
            method: AuthMethod::Basic,
        }
    }

    const DIRECT: Subject<'static> = Subject::Direct {
        okta_domain: Some("dev-1.okta.com"),
        client_id: "0oa1",
    };

    #[test]
    fn invalid_client_says_which_cause_is_likely_and_names_check_client() {
        let secret = token_problem(
            &refused("The client secret supplied for a confidential client is invalid."),
            DIRECT,
        );
        assert!(
            secret.summary.contains("client secret: it is wrong"),
            "{secret:?}"
        );
        let fix = secret.fix.unwrap();
        assert!(
            fix.contains("ssoctl check client --okta-domain dev-1.okta.com --client-id 0oa1"),
            "{fix}"
        );
        let method = token_problem(
            &refused(
                "Client authentication failed. Either the client or the client credentials are invalid.",
            ),
            DIRECT,
        );
        assert!(
            method
                .summary
                .contains("does not accept client_secret_basic"),
            "{method:?}"
        );
        assert!(method.fix.unwrap().contains("Client authentication"));
        // Another provider: no command with a placeholder in it.
        let other = token_problem(
            &refused("The client secret supplied for a confidential client is invalid."),
            Subject::Direct {
                okta_domain: None,
                client_id: "rp",
            },
        );
        let fix = other.fix.unwrap();
        assert!(
            !fix.contains("DOMAIN") && fix.contains("provider's own console"),
            "{fix}"
        );
    }

    #[test]
    fn a_server_that_words_its_error_as_the_headline_is_not_read_twice() {
        let echoed = callback_problem(
            "server_error",
            "Okta refused the client secret on file (invalid_client): The client secret supplied for a confidential client is invalid.",
            Subject::Tenant("stark"),
        );
        assert_eq!(
            echoed.summary,
            "Okta refused the client secret on file (invalid_client): The client secret supplied for a confidential client is invalid."
        );
        let other = callback_problem(
            "access_denied",
            "Policy evaluation failed for this request, please check the policy configurations.",
            Subject::Tenant("hooli"),
        );
        assert_eq!(
            other.summary,
            "Okta refused the sign-in (access_denied: Policy evaluation failed for this request, please check the policy configurations.)"
        );
    }

    #[test]
    fn the_service_codes_name_their_fix() {
        let disabled = service_problem("tenant_disabled", "", Subject::Tenant("initech"));
        assert_eq!(
            disabled.fix.as_deref(),
            Some("ssoctl tenant enable initech")
        );
        let unknown = service_problem("sso_config_not_found", "", Subject::Tenant("nosuch"));
        assert!(unknown.summary.starts_with("SSO config not found"));
        let expired = callback_problem("invalid_sso_state", "", Subject::Tenant("acme"));
        assert_eq!(expired.guide.as_deref(), Some(guide::ROW_STATE));
    }
}
