//! The key set ID tokens are verified against.

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::finding::Finding;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Jwk {
    pub kty: String,
    #[serde(default)]
    pub kid: Option<String>,
    #[serde(default, rename = "use")]
    pub usage: Option<String>,
    #[serde(default)]
    pub alg: Option<String>,
    #[serde(default)]
    pub n: Option<String>,
    #[serde(default)]
    pub e: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JwkSet {
    pub keys: Vec<Jwk>,
}

impl Jwk {
    /// Why this key cannot verify RS256 ID tokens, or `None` when it can.
    pub fn unusable_because(&self) -> Option<String> {
        if self.kty != "RSA" {
            return Some(format!("key type {} is not RSA", self.kty));
        }
        if self.usage.as_deref().is_some_and(|u| u != "sig") {
            return Some(format!(
                "use is {}, not sig",
                self.usage.as_deref().unwrap_or_default()
            ));
        }
        if self.alg.as_deref().is_some_and(|a| a != "RS256") {
            return Some(format!(
                "alg is {}, not RS256",
                self.alg.as_deref().unwrap_or_default()
            ));
        }
        if self.kid.as_deref().is_none_or(str::is_empty) {
            return Some("it has no kid".into());
        }
        let decode = |v: &Option<String>| {
            v.as_deref().and_then(|s| {
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .decode(s.trim_end_matches('='))
                    .ok()
            })
        };
        let (Some(n), Some(e)) = (decode(&self.n), decode(&self.e)) else {
            return Some("its modulus or exponent is missing or not base64url".into());
        };
        let bits = n.iter().skip_while(|b| **b == 0).count() * 8;
        if bits < 2048 {
            return Some(format!(
                "its modulus has {bits} bits; at least 2048 are needed"
            ));
        }
        if e.is_empty() {
            return Some("its exponent is empty".into());
        }
        None
    }
}

/// The key that verifies RS256 signatures, from the JWK's modulus and exponent.
pub fn decoding_key(jwk: &Jwk) -> Result<jsonwebtoken::DecodingKey, String> {
    jsonwebtoken::DecodingKey::from_rsa_components(
        jwk.n.as_deref().unwrap_or_default(),
        jwk.e.as_deref().unwrap_or_default(),
    )
    .map_err(|e| e.to_string())
}

pub fn validate(set: &JwkSet, check: &str) -> Vec<Finding> {
    let usable: Vec<&Jwk> = set
        .keys
        .iter()
        .filter(|k| k.unusable_because().is_none())
        .collect();
    let problems: Vec<String> = set
        .keys
        .iter()
        .filter_map(|k| {
            k.unusable_because()
                .map(|why| format!("{}: {why}", k.kid.as_deref().unwrap_or("(no kid)")))
        })
        .collect();
    if usable.is_empty() {
        let finding = Finding::error(
            check,
            "the key set has no usable RSA signing key: ID tokens cannot be verified",
        );
        return vec![if problems.is_empty() {
            finding.detail("the key set is empty")
        } else {
            finding.detail(problems.join("\n"))
        }];
    }
    let kids: Vec<&str> = usable.iter().filter_map(|k| k.kid.as_deref()).collect();
    let mut findings = vec![Finding::ok(
        check,
        format!(
            "{} usable RS256 signing key(s): {}",
            usable.len(),
            kids.join(", ")
        ),
    )];
    if !problems.is_empty() {
        findings.push(
            Finding::info(
                &format!("{check}.other"),
                "the key set also holds keys that cannot verify RS256",
            )
            .detail(problems.join("\n")),
        );
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> JwkSet {
        let path = format!(
            "{}/tests/fixtures/okta/jwks/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn real_okta_key_sets_are_usable() {
        for name in [
            "custom-as-default.keys.dev-2022.json",
            "org-as.keys.dev-2020.json",
        ] {
            let set = fixture(name);
            assert!(
                set.keys.iter().all(|k| k.unusable_because().is_none()),
                "{name}"
            );
            assert_eq!(
                validate(&set, "jwks")[0].severity,
                crate::finding::Severity::Ok
            );
        }
    }

    #[test]
    fn unusable_keys_are_named() {
        let mut set = fixture("custom-as-default.keys.dev-2022.json");
        set.keys[0].usage = Some("enc".into());
        let findings = validate(&set, "jwks");
        assert_eq!(findings[0].severity, crate::finding::Severity::Error);
        assert!(findings[0].detail.as_deref().unwrap().contains("enc"));
        set.keys[0].usage = None;
        set.keys[0].n = Some("AQAB".into());
        assert!(set.keys[0].unusable_because().unwrap().contains("bits"));
        assert_eq!(
            validate(&JwkSet { keys: vec![] }, "jwks")[0].severity,
            crate::finding::Severity::Error
        );
    }
}
