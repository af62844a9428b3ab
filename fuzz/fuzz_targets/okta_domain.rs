//! The Okta domain parser: never panics; what it accepts is a usable URL and
//! parses to itself; what it suggests is itself accepted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssoctl::okta::domain;

fuzz_target!(|input: &str| {
    match domain::parse(input) {
        Ok(parsed) => {
            let url = parsed.base_url();
            assert!(url.host_str().is_some(), "{input:?} gave {url} without a host");
            let again = domain::parse(&parsed.host).expect("an accepted host parses again");
            assert_eq!(again, parsed, "parsing {input:?} is not idempotent");
        }
        Err(invalid) => {
            if let Some(suggestion) = invalid.suggestion {
                let fixed = domain::parse(&suggestion);
                assert!(
                    fixed.is_ok(),
                    "{input:?}: the suggestion {suggestion:?} is refused too: {:?}",
                    fixed.err()
                );
            }
        }
    }
});
