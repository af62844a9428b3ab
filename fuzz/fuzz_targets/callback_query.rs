//! The callback query parser (listener and `--paste`): never panics; a
//! code is accepted only with the right state and no repeated parameter.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssoctl::oidc::loopback::{CallbackParams, parse_pasted, read_callback};
use ssoctl::oidc::types::CsrfState;

const STATE: &str = "fuzz-state";

fuzz_target!(|input: &str| {
    let state = CsrfState::new(STATE);
    if let Ok(params) = read_callback(input, &state) {
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(input.as_bytes())
            .into_owned()
            .collect();
        let states: Vec<_> = pairs.iter().filter(|(k, _)| k == "state").collect();
        assert_eq!(states.len(), 1, "{input:?} accepted with {} states", states.len());
        assert_eq!(states[0].1, STATE);
        if let CallbackParams::Code { code, .. } = params {
            assert!(!code.expose().is_empty());
        }
    }
    let _ = parse_pasted(input, &state);
    let _ = parse_pasted(&format!("http://127.0.0.1:8400/callback?{input}"), &state);
});
