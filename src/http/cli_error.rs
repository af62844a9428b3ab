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
        HttpError::Tls { url, reason, .. } if reason.contains("InvalidContentType") => base.hint(
            format!(
                "the server speaks plain http: use `{}` as the API URL (`ssoctl profile set api_url URL`, or SSOCTL_API_URL)",
                plain_http_origin(url)
            ),
        ),
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

/// `https://host:8080/admin/v1/x` → `http://host:8080`.
fn plain_http_origin(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => match (u.host_str(), u.port()) {
            (Some(host), Some(port)) => format!("http://{host}:{port}"),
            (Some(host), None) => format!("http://{host}"),
            _ => url.replacen("https://", "http://", 1),
        },
        Err(_) => url.replacen("https://", "http://", 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tls_mismatch_names_the_plain_http_url() {
        let e = http_error(&HttpError::Tls {
            url: "https://127.0.0.1:8080/admin/v1/tenants".into(),
            host: "127.0.0.1:8080".into(),
            reason: "the server answers in plain http, not https (InvalidContentType)".into(),
        });
        assert_eq!(
            e.hints,
            [
                "the server speaks plain http: use `http://127.0.0.1:8080` as the API URL (`ssoctl profile set api_url URL`, or SSOCTL_API_URL)"
            ]
        );
    }
}
