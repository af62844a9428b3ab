//! Okta's error bodies (OAuth and Management API shapes): any body is
//! either an error with its code or nothing, never a panic; and the status
//! error that carries it renders.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssoctl::okta::fetch::{OktaError, status_error};

mod common;

fuzz_target!(|body: &[u8]| {
    let _ = OktaError::parse(body);
    for content_type in ["application/json", "text/html; charset=utf-8"] {
        let error = status_error(&common::response(body, content_type));
        assert!(!error.to_string().is_empty());
    }
});
