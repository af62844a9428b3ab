//! The discovery-document reader and its checks: any body, JSON or not,
//! ends in a document with findings or a sentence, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssoctl::okta::discovery::{self, Discovery, DocKind};
use ssoctl::okta::fetch::{FetchError, decode_json};

mod common;

fuzz_target!(|body: &[u8]| {
    let response = common::response(body, "application/json");
    match decode_json::<Discovery>(&response) {
        Ok(doc) => {
            for kind in [DocKind::OpenidConfiguration, DocKind::OauthAuthorizationServer] {
                let issuer = "https://dev-1.okta.com/oauth2/default";
                let findings = discovery::validate(&doc, kind, issuer, "default");
                assert!(!findings.is_empty());
                let _ = discovery::discovery_url(&doc.issuer, kind);
            }
        }
        Err(FetchError::Invalid(sentence)) => common::assert_sentence(&sentence),
        Err(other) => panic!("decoding gave {other}"),
    }
});
