//! `/.well-known/okta-organization`: public, no token; says whether an org
//! lives at a host, its canonical URL, its custom domain and its engine.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Links {
    #[serde(default)]
    pub organization: Option<Link>,
    #[serde(default)]
    pub alternate: Option<Link>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OktaOrganization {
    pub id: String,
    #[serde(default)]
    pub pipeline: Option<String>,
    #[serde(default, rename = "_links")]
    pub links: Links,
}

impl OktaOrganization {
    pub fn engine(&self) -> &'static str {
        match self.pipeline.as_deref() {
            Some("idx") => "Identity Engine",
            Some("v1") => "Classic Engine",
            _ => "unknown engine",
        }
    }

    pub fn org_url(&self) -> Option<&str> {
        self.links.organization.as_ref().map(|l| l.href.as_str())
    }

    pub fn custom_domain_url(&self) -> Option<&str> {
        self.links.alternate.as_ref().map(|l| l.href.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_document_parses() {
        let path = format!(
            "{}/tests/fixtures/okta/mgmt/well-known-okta-organization.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let org: OktaOrganization =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert_eq!(org.engine(), "Identity Engine");
        assert_eq!(org.org_url(), Some("https://oie-00.oktapreview.com"));
        assert!(org.custom_domain_url().is_none());
    }
}
