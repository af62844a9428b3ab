//! The HTML an emulated org shows: the sign-in form, Okta's hosted error
//! page, the Admin Console's 404 and the no-such-org page. No raw HTML of
//! the real pages is public, so these carry the visible text users
//! transcribed, one line per element, and nothing a client could rely on
//! beyond status and text.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::sandbox::http::escape;

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        escape(title)
    );
    let mut r = (status, html).into_response();
    let headers = r.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html;charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store"),
    );
    headers.insert(header::SERVER, HeaderValue::from_static("nginx"));
    r
}

/// Okta's hosted 400 page (unknown client, unregistered redirect URI,
/// unknown authorization server): shown by Okta, never sent to the client.
pub(crate) fn error_page(code: &str, description: &str) -> Response {
    let body = format!(
        "<div id=\"okta-error\">\n<h1>400: Bad Request</h1>\n<h2>BAD REQUEST</h2>\n<p>Your request resulted in an error.</p>\n<p><a href=\"/\">Go to Homepage</a></p>\n<p class=\"idp\">Identity Provider: Unknown</p>\n<p class=\"error-code\">Error Code: {}</p>\n<p class=\"error-description\">Description: {}</p>\n</div>",
        escape(code),
        escape(description)
    );
    page(StatusCode::BAD_REQUEST, "Error", &body)
}

/// The sign-in form. Stable names for scripts and browser tests: inputs
/// `username` and `password`, submit button `#okta-signin-submit`, error
/// `#okta-signin-error`; it posts to `/login/signin` on the same host.
pub(crate) fn sign_in_form(
    org_label: &str,
    okta_key: &str,
    username: &str,
    error: Option<&str>,
) -> Response {
    let error = error.map_or_else(String::new, |e| {
        format!(
            "<p id=\"okta-signin-error\" role=\"alert\">{}</p>\n",
            escape(e)
        )
    });
    let body = format!(
        "<main id=\"okta-sign-in\">\n<h1>Sign In</h1>\n<p class=\"org\">{org}</p>\n{error}<form id=\"okta-signin-form\" method=\"post\" action=\"/login/signin\">\n<input type=\"hidden\" name=\"okta_key\" value=\"{key}\">\n<label for=\"okta-signin-username\">Username</label>\n<input id=\"okta-signin-username\" name=\"username\" type=\"text\" autocomplete=\"username\" value=\"{user}\">\n<label for=\"okta-signin-password\">Password</label>\n<input id=\"okta-signin-password\" name=\"password\" type=\"password\" autocomplete=\"current-password\">\n<input id=\"okta-signin-submit\" type=\"submit\" value=\"Sign In\">\n</form>\n</main>",
        org = escape(org_label),
        key = escape(okta_key),
        user = escape(username),
    );
    page(StatusCode::OK, "Sign In", &body)
}

/// The Admin Console's `/error/404` (where `/authorize` on the `-admin` host lands).
pub(crate) fn admin_not_found() -> Response {
    page(
        StatusCode::NOT_FOUND,
        "Page Not Found",
        "<h1>404</h1>\n<p>Page Not Found</p>\n<p>The page you are looking for can't be found.</p>",
    )
}

/// The answer for a host under the Okta domain where no org lives: a
/// static page from a plain web server, for every path.
pub(crate) fn no_such_org() -> Response {
    let html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Okta</title>\n</head>\n<body>\n<h1>Not Found</h1>\n<p>There is no Okta organization at this address. Check the spelling of your Okta domain.</p>\n</body>\n</html>\n";
    let mut r = (StatusCode::NOT_FOUND, html).into_response();
    let headers = r.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=UTF-8"),
        (header::SERVER, "Apache"),
        (header::ACCEPT_RANGES, "bytes"),
        (header::ETAG, "\"2a3e1-5a8dc01dbb240\""),
        (header::LAST_MODIFIED, "Wed, 24 Jun 2020 22:29:21 GMT"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_but_apostrophes_stay() {
        assert_eq!(
            escape("<a href=\"x\">'redirect_uri' & co</a>"),
            "&lt;a href=&quot;x&quot;&gt;'redirect_uri' &amp; co&lt;/a&gt;"
        );
    }
}
