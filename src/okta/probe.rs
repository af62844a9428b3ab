//! Probes that tell misconfigurations apart without anyone signing in:
//! `/authorize` without following redirects (docs/okta-behaviour.md rows 6–9), and
//! the client credentials at `/revoke` (row 18) or `/token` with a dummy
//! code (rows 12–15).

use base64::Engine;
use reqwest::Method;
use url::Url;

use crate::http::{HttpClient, Request};
use crate::okta::fetch::{FetchError, OktaError, send};
use crate::secret::Secret;

/// The scopes the service asks for.
pub const SERVICE_SCOPES: &[&str] = &["openid", "profile", "email"];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum AuthorizeOutcome {
    /// Okta went on to sign-in (Classic 302 to its login page, Identity
    /// Engine 200 with the sign-in page): client and redirect URI accepted.
    SignIn,
    /// 400 page: `invalid_client` (row 6).
    UnknownClient,
    /// 400 page: not a Login redirect URI (row 7), with the app's admin URL.
    RedirectNotRegistered { admin_url: Option<String> },
    /// Okta refused with an OAuth error: sent back to the redirect URI with
    /// `error=` (rows 9–11), or a 400 page with a known error code that has
    /// no name of its own here. Either way no sign-in can start.
    ErrorRedirect { error: String, description: String },
    /// Redirected to an Okta error page (the `-admin` host does this, row 1).
    ErrorPage { location: String },
    /// Anything else, described.
    Unexpected { status: u16, summary: String },
}

/// A throwaway PKCE challenge: probes never exchange a code.
fn probe_challenge() -> String {
    let verifier: String = (0..64).map(|_| fastrand::alphanumeric()).collect();
    let digest = sha256(verifier.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
}

fn sha256(data: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(data).into()
}

pub async fn authorize(
    http: &HttpClient,
    authorization_endpoint: &Url,
    client_id: &str,
    redirect_uri: &str,
) -> Result<AuthorizeOutcome, FetchError> {
    let mut url = authorization_endpoint.clone();
    url.query_pairs_mut()
        .append_pair("client_id", client_id)
        .append_pair("redirect_uri", redirect_uri)
        .append_pair("response_type", "code")
        .append_pair("scope", &SERVICE_SCOPES.join(" "))
        .append_pair("state", &format!("ssoctl-probe-{}", fastrand::u64(..)))
        .append_pair("nonce", &format!("ssoctl-probe-{}", fastrand::u64(..)))
        .append_pair("code_challenge", &probe_challenge())
        .append_pair("code_challenge_method", "S256");
    let response = send(
        http,
        Request::new(Method::GET, url).header(reqwest::header::ACCEPT, "text/html"),
    )
    .await?;
    let status = response.status.as_u16();
    let body = String::from_utf8_lossy(&response.body);
    Ok(match status {
        400 => classify_error_page(&body),
        300..=399 => {
            let location = response.header("location").unwrap_or_default().to_string();
            classify_redirect(&location, authorization_endpoint, redirect_uri)
        }
        200 => AuthorizeOutcome::SignIn,
        _ => AuthorizeOutcome::Unexpected {
            status,
            summary: summarize(&body),
        },
    })
}

/// The OAuth error codes an Okta error page (or JSON body) can carry.
const ERROR_CODES: &[&str] = &[
    "invalid_client",
    "invalid_request",
    "invalid_scope",
    "unsupported_response_type",
    "unsupported_response_mode",
    "unauthorized_client",
    "access_denied",
    "invalid_grant",
    "login_required",
    "server_error",
    "temporarily_unavailable",
];

/// The request parameters an error page may name.
const PARAMETERS: &[&str] = &[
    "client_id",
    "redirect_uri",
    "response_type",
    "scope",
    "state",
    "code_challenge",
    "code_challenge_method",
];

/// Entity-decodes the few escapes Okta's pages use for quotes and ampersands.
fn decode_entities(body: &str) -> String {
    body.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&#x22;", "\"")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// True when `word` occurs in `text` not as part of a longer identifier.
fn has_word(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// Okta's 400 pages, recognised by the error code they carry and the
/// parameter they name, not by one English sentence: the wording has
/// changed over the years, the labels follow the browser's language, and
/// custom domains restyle the page. A page with no known error code is
/// `Unexpected` (an error to the checks, never a pass).
pub fn classify_error_page(body: &str) -> AuthorizeOutcome {
    let text = decode_entities(body);
    // A JSON body names its code in a field.
    let (code, said) = match OktaError::parse(text.as_bytes()) {
        Some(e) => (Some(e.code.clone()), e.description.clone()),
        None => (
            ERROR_CODES
                .iter()
                .find(|c| has_word(&text, c))
                .map(|c| c.to_string()),
            String::new(),
        ),
    };
    let haystack = if said.is_empty() { &text } else { &said };
    // The parameter a description names: quoted ('client_id'), or bare.
    let parameter = PARAMETERS
        .iter()
        .find(|p| haystack.contains(&format!("'{p}'")) || haystack.contains(&format!("\"{p}\"")))
        .or_else(|| {
            PARAMETERS.iter().find(|p| {
                has_word(
                    haystack.trim_start_matches(code.as_deref().unwrap_or("")),
                    p,
                )
            })
        })
        .map(|p| p.to_string());
    match (code.as_deref(), parameter.as_deref()) {
        (Some("invalid_client"), _) | (Some("invalid_request"), Some("client_id")) => {
            AuthorizeOutcome::UnknownClient
        }
        (Some("invalid_request"), Some("redirect_uri")) => {
            AuthorizeOutcome::RedirectNotRegistered {
                admin_url: admin_url(&text),
            }
        }
        (Some(code), parameter) => {
            let summary = summarize(if said.is_empty() { &text } else { &said });
            AuthorizeOutcome::ErrorRedirect {
                error: code.to_string(),
                description: match parameter {
                    Some(p) => format!("(about `{p}`) {summary}"),
                    None => summary,
                },
            }
        }
        (None, _) => AuthorizeOutcome::Unexpected {
            status: 400,
            summary: summarize(&text),
        },
    }
}

/// The app's admin URL that Okta's page reveals (`…/admin/app/oidc_client/instance/{id}#tab-general`).
fn admin_url(text: &str) -> Option<String> {
    let at = text.find("/admin/app/")?;
    let start = text[..at].rfind("http")?;
    let end = text[at..]
        .find(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '\'')
        .map_or(text.len(), |e| at + e);
    Some(
        text[start..end]
            .trim_end_matches(['.', ',', ')'])
            .to_string(),
    )
}

fn classify_redirect(location: &str, authorize: &Url, redirect_uri: &str) -> AuthorizeOutcome {
    let Ok(target) = authorize.join(location) else {
        return AuthorizeOutcome::Unexpected {
            status: 302,
            summary: format!("a redirect to `{location}`"),
        };
    };
    let without_query = {
        let mut u = target.clone();
        u.set_query(None);
        u.set_fragment(None);
        u.to_string()
    };
    if without_query.trim_end_matches('/') == redirect_uri.trim_end_matches('/') {
        let pairs: std::collections::HashMap<String, String> =
            target.query_pairs().into_owned().collect();
        if let Some(error) = pairs.get("error") {
            return AuthorizeOutcome::ErrorRedirect {
                error: error.clone(),
                description: pairs.get("error_description").cloned().unwrap_or_default(),
            };
        }
        return AuthorizeOutcome::SignIn;
    }
    if target.path().contains("/error/") {
        return AuthorizeOutcome::ErrorPage {
            location: target.to_string(),
        };
    }
    // Okta's own sign-in (Classic `/login/login.htm`, or the widget) is on
    // the org's host; a redirect anywhere else is not an answer ssoctl
    // knows, so it is not taken for a pass.
    if target.origin() == authorize.origin() {
        return AuthorizeOutcome::SignIn;
    }
    AuthorizeOutcome::Unexpected {
        status: 302,
        summary: format!(
            "a redirect to {}{}",
            target.origin().ascii_serialization(),
            target.path()
        ),
    }
}

fn summarize(body: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() > 240 {
        format!("{}…", joined.chars().take(240).collect::<String>())
    } else {
        joined
    }
}

/// What the token or revocation endpoint said about the credentials.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum CredentialVerdict {
    /// ID and secret both accepted.
    Valid,
    /// Accepted, but the app may not use the Authorization Code grant.
    ValidGrantNotEnabled,
    WrongSecret,
    UnknownClient,
    /// The endpoint answered something else.
    Unexpected {
        status: u16,
        error: Option<OktaError>,
    },
}

pub fn basic_auth(client_id: &str, secret: &Secret) -> String {
    // RFC 6749 §2.3.1: form-encode both parts before joining them.
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let raw = format!("{}:{}", enc(client_id), enc(secret.expose()));
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(raw)
    )
}

fn verdict(status: u16, error: Option<OktaError>) -> CredentialVerdict {
    let Some(e) = &error else {
        return CredentialVerdict::Unexpected { status, error };
    };
    let description = e.description.to_ascii_lowercase();
    match e.code.as_str() {
        "invalid_client" if description.contains("client_id") => CredentialVerdict::UnknownClient,
        "invalid_client" => CredentialVerdict::WrongSecret,
        "invalid_grant" => CredentialVerdict::Valid,
        "unauthorized_client" => CredentialVerdict::ValidGrantNotEnabled,
        _ => CredentialVerdict::Unexpected { status, error },
    }
}

/// Row 18: revoking a made-up token has no effect, and Okta answers 200 only
/// when the client authenticated.
pub async fn revoke(
    http: &HttpClient,
    revocation_endpoint: &Url,
    client_id: &str,
    secret: &Secret,
) -> Result<CredentialVerdict, FetchError> {
    let token = format!("ssoctl-probe-{:016x}", fastrand::u64(..));
    let request = Request::new(Method::POST, revocation_endpoint.clone())
        .header(
            reqwest::header::AUTHORIZATION,
            &basic_auth(client_id, secret),
        )
        .header(reqwest::header::ACCEPT, "application/json")
        .form(&[
            ("token", token.as_str()),
            ("token_type_hint", "access_token"),
        ])
        // Revoking a token that does not exist changes nothing: safe to repeat.
        .retry_safe(true);
    let response = send(http, request).await?;
    let status = response.status.as_u16();
    if status == 200 {
        return Ok(CredentialVerdict::Valid);
    }
    Ok(verdict(status, OktaError::parse(&response.body)))
}

/// Rows 12–15: a made-up code fails with `invalid_grant` only after the
/// client authenticated.
pub async fn dummy_code(
    http: &HttpClient,
    token_endpoint: &Url,
    client_id: &str,
    secret: &Secret,
    redirect_uri: &str,
) -> Result<CredentialVerdict, FetchError> {
    let code = format!("ssoctl-probe-{:016x}", fastrand::u64(..));
    let verifier: String = (0..64).map(|_| fastrand::alphanumeric()).collect();
    let request = Request::new(Method::POST, token_endpoint.clone())
        .header(
            reqwest::header::AUTHORIZATION,
            &basic_auth(client_id, secret),
        )
        .header(reqwest::header::ACCEPT, "application/json")
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", redirect_uri),
            ("code_verifier", verifier.as_str()),
        ])
        .retry_safe(true);
    let response = send(http, request).await?;
    Ok(verdict(
        response.status.as_u16(),
        OktaError::parse(&response.body),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_pages_are_told_apart_by_their_text() {
        let unknown = "<p>Error Code: invalid_client</p><p>Description: Invalid value for &#x27;client_id&#x27; parameter.</p>";
        assert_eq!(
            classify_error_page(unknown),
            AuthorizeOutcome::UnknownClient
        );
        let redirect = "Error Code: invalid_request Description: The 'redirect_uri' parameter must be a Login redirect URI in the client app settings: https://dev-1-admin.okta.com/admin/app/oidc_client/instance/0oa1abc#tab-general";
        assert_eq!(
            classify_error_page(redirect),
            AuthorizeOutcome::RedirectNotRegistered {
                admin_url: Some("https://dev-1-admin.okta.com/admin/app/oidc_client/instance/0oa1abc#tab-general".into())
            }
        );
    }

    fn fixture_text(name: &str) -> String {
        let path = format!(
            "{}/tests/fixtures/okta/authorize/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        value["visible_text_lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_captured_pages_are_recognised() {
        assert_eq!(
            classify_error_page(&fixture_text("unknown-client-id.page.json")),
            AuthorizeOutcome::UnknownClient
        );
        assert!(matches!(
            classify_error_page(&fixture_text("redirect-uri-not-registered.page.json")),
            AuthorizeOutcome::RedirectNotRegistered { .. }
        ));
    }

    #[test]
    fn pages_are_recognised_by_code_and_parameter_in_any_wording() {
        let redirect_wordings = [
            // Today's wording, the older "whitelisted" one, HTML-escaped
            // quotes, double quotes, and labels in another language.
            "<h1>400</h1><p>Error Code: invalid_request</p><p>Description: The &#x27;redirect_uri&#x27; parameter must be a Login redirect URI in the client app settings</p>",
            "Error Code: invalid_request Description: The 'redirect_uri' parameter must be an absolute URI that is whitelisted in the client app settings.",
            "Error Code: invalid_request Description: The &quot;redirect_uri&quot; parameter must be a Sign-in redirect URI.",
            "Code d&#39;erreur : invalid_request<br>Description : Le paramètre &#39;redirect_uri&#39; doit être un URI de redirection de connexion",
        ];
        for page in redirect_wordings {
            assert!(
                matches!(
                    classify_error_page(page),
                    AuthorizeOutcome::RedirectNotRegistered { .. }
                ),
                "{page}"
            );
        }
        let client_wordings = [
            "Error Code: invalid_client Description: Invalid value for &#39;client_id&#39; parameter.",
            "Fehlercode: invalid_client Beschreibung: Ungültiger Wert für den Parameter „client_id“.",
            r#"{"errorCode":"invalid_client","errorSummary":"Invalid value for 'client_id' parameter."}"#,
        ];
        for page in client_wordings {
            assert_eq!(
                classify_error_page(page),
                AuthorizeOutcome::UnknownClient,
                "{page}"
            );
        }
        assert!(matches!(
            classify_error_page("Error Code: invalid_scope Description: One or more scopes are not configured for the authorization server resource."),
            AuthorizeOutcome::ErrorRedirect { error, .. } if error == "invalid_scope"
        ));
    }

    #[test]
    fn pages_with_no_known_code_are_unexpected_never_a_pass() {
        for page in [
            "<html><title>Something went wrong</title><body>Please try again later.</body></html>",
            "400 Bad Request. Your request resulted in an error.",
            "",
            "\u{0}\u{1}binary",
        ] {
            assert!(
                matches!(
                    classify_error_page(page),
                    AuthorizeOutcome::Unexpected { status: 400, .. }
                ),
                "{page:?}"
            );
        }
    }

    #[test]
    fn redirects_back_with_error_are_read() {
        let authorize = Url::parse("https://dev-1.okta.com/oauth2/default/v1/authorize").unwrap();
        let redirect = "https://auth.example/okta-login/acme";
        let loc = "https://auth.example/okta-login/acme?error=unsupported_response_type&error_description=Configured+response+types%3A+%5Btoken%5D.&state=x";
        assert!(
            matches!(classify_redirect(loc, &authorize, redirect), AuthorizeOutcome::ErrorRedirect { error, .. } if error == "unsupported_response_type")
        );
        assert_eq!(
            classify_redirect("/login/login.htm?fromURI=x", &authorize, redirect),
            AuthorizeOutcome::SignIn
        );
        assert!(matches!(
            classify_redirect("https://elsewhere.example/landing?code=x", &authorize, redirect),
            AuthorizeOutcome::Unexpected { status: 302, summary } if summary == "a redirect to https://elsewhere.example/landing"
        ));
        assert!(matches!(
            classify_redirect(
                "https://dev-1-admin.okta.com/error/404?fromURI=x",
                &authorize,
                redirect
            ),
            AuthorizeOutcome::ErrorPage { .. }
        ));
    }

    #[test]
    fn token_errors_name_the_wrong_credential() {
        let parse = |b: &str| OktaError::parse(b.as_bytes());
        assert_eq!(
            verdict(
                401,
                parse(
                    r#"{"error":"invalid_client","error_description":"The client secret supplied for a confidential client is invalid."}"#
                )
            ),
            CredentialVerdict::WrongSecret
        );
        assert_eq!(
            verdict(
                401,
                parse(
                    r#"{"errorCode":"invalid_client","errorSummary":"Invalid value for 'client_id' parameter."}"#
                )
            ),
            CredentialVerdict::UnknownClient
        );
        assert_eq!(
            verdict(
                400,
                parse(
                    r#"{"error":"invalid_grant","error_description":"The authorization code is invalid or has expired."}"#
                )
            ),
            CredentialVerdict::Valid
        );
        assert_eq!(
            verdict(
                400,
                parse(
                    r#"{"error":"unauthorized_client","error_description":"The client is not authorized to use the provided grant type."}"#
                )
            ),
            CredentialVerdict::ValidGrantNotEnabled
        );
    }

    #[test]
    fn basic_auth_form_encodes_before_base64() {
        let header = basic_auth("0oa1", &Secret::new("a:b+c"));
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(header.trim_start_matches("Basic "))
            .unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), "0oa1:a%3Ab%2Bc");
    }
}
