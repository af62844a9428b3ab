//! The CORS origin normaliser: never panics; its output is a fixed point;
//! a suggestion is itself a valid origin.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssoctl::origin::normalize;

fuzz_target!(|input: &str| {
    match normalize(input) {
        Ok(origin) => {
            let again = normalize(&origin).expect("a normalised origin is valid");
            assert_eq!(again, origin, "normalising {input:?} is not idempotent");
            assert!(!origin.ends_with('/'), "{origin:?} keeps a slash");
        }
        Err(invalid) => {
            if let Some(suggestion) = invalid.suggestion {
                let fixed = normalize(&suggestion);
                assert!(
                    fixed.is_ok(),
                    "{input:?}: the suggestion {suggestion:?} is refused too: {:?}",
                    fixed.err()
                );
            }
        }
    }
});
