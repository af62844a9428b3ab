//! The JWKS reader, its checks and the key conversion used to verify ID
//! tokens: any body ends in findings or a sentence, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssoctl::okta::fetch::{FetchError, decode_json};
use ssoctl::okta::jwks::{self, JwkSet};

mod common;

fuzz_target!(|body: &[u8]| {
    let response = common::response(body, "application/json");
    match decode_json::<JwkSet>(&response) {
        Ok(set) => {
            assert!(!jwks::validate(&set, "jwks.default").is_empty());
            for key in &set.keys {
                if key.unusable_because().is_none() {
                    let _ = jwks::decoding_key(key);
                }
            }
        }
        Err(FetchError::Invalid(sentence)) => common::assert_sentence(&sentence),
        Err(other) => panic!("decoding gave {other}"),
    }
});
