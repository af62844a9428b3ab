//! What several targets share: a response as the HTTP layer hands it over.
// Each target includes this module and uses part of it.
#![allow(dead_code)]

use ssoctl::http::Response;

pub fn response(body: &[u8], content_type: &str) -> Response {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::CONTENT_TYPE,
        reqwest::header::HeaderValue::from_str(content_type).unwrap(),
    );
    Response {
        status: reqwest::StatusCode::OK,
        headers,
        body: body.to_vec(),
        url: "https://dev-1.okta.com/oauth2/default/v1/keys".parse().unwrap(),
        attempts: 1,
    }
}

/// A reason shown to the user: not serde's vocabulary.
pub fn assert_sentence(sentence: &str) {
    assert!(!sentence.is_empty());
    for serde_word in ["invalid type: ", "at line ", "expected value"] {
        assert!(!sentence.contains(serde_word), "serde's words leaked: {sentence}");
    }
}
