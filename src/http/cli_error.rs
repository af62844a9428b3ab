//! An HTTP failure as the person at the terminal sees it: the message,
//! what was tried, and the hint that fixes it.

use crate::error::CliError;
use crate::http::HttpError;

/// The error's class (exit code) and its hint.
pub fn http_error(error: &HttpError) -> CliError {
    let base = CliError::general(error.to_string());
    match error {
        HttpError::Connect { url, attempts, .. } => base
            .detail(format!("tried {attempts} time(s): {url}"))
            .hint("check the API URL with `ssoctl profile show` and your network; add --sandbox to try ssoctl against the built-in sandbox"),
        HttpError::Timeout { attempts, .. } => base
            .detail(format!("tried {attempts} time(s)"))
            .hint("the service may be overloaded; try again, or raise SSOCTL_HTTP_TIMEOUT (e.g. 60s)"),
        HttpError::Tls { .. } => base.hint(
            "if a corporate proxy or a private CA signs this certificate, trust its CA with --ca-cert FILE (or `ssoctl profile set ca_cert FILE`)",
        ),
        HttpError::Interrupted { attempts, .. } => base
            .detail(format!("tried {attempts} time(s)"))
            .hint("try again; a proxy or the network cut the connection"),
        HttpError::BodyTooLarge { .. } => base.hint("the answer is not what the API sends; check the API URL with `ssoctl profile show`"),
        HttpError::Setup(_) => CliError::usage(error.to_string()),
    }
}
