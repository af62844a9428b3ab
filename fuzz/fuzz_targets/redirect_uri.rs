//! The redirect-URI comparison: never panics; a URI never differs from
//! itself; a URI that is not the expected one always gets a reason.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssoctl::doctor::redirect::differences;

fuzz_target!(|input: (&str, &str)| {
    let (slug, entered) = input;
    let expected = format!("https://auth.biometrysolutions.com/okta-login/{slug}");
    let found = differences(&expected, entered);
    assert_eq!(found.is_empty(), entered == expected, "{entered:?} against {expected:?}: {found:?}");
    assert!(differences(entered, entered).is_empty());
});
