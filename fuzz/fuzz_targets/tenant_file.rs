//! The `--from-file` tenant parser: any text is a tenant file or a usage
//! error, and the error never quotes the client secret.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssoctl::commands::tenant::parse_tenant_file;

fuzz_target!(|text: &str| {
    if let Err(error) = parse_tenant_file(text, "tenant.toml") {
        let shown = format!("{error:#}");
        // A secret long enough to be told apart from the file's own words.
        if let Some(secret) = text
            .split("client_secret")
            .nth(1)
            .and_then(|rest| rest.split('"').nth(1))
            .filter(|s| s.len() >= 12 && s.chars().all(|c| c.is_ascii_alphanumeric()))
        {
            assert!(!shown.contains(secret), "the error shows the secret: {shown}");
        }
    }
});
