//! Real HTTP against an in-process sandbox, for the sandbox's own tests
//! (`sandbox_contract`, `sandbox_okta`): one environment, one answer type.

use std::collections::HashMap;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::{RequestBuilder, StatusCode};
use serde_json::Value;
use ssoctl::sandbox::{Sandbox, SandboxOptions};

/// A sandbox on 127.0.0.1 port 0 and a client that reaches its service
/// and every emulated org.
pub struct Env {
    pub sb: Sandbox,
    pub http: reqwest::Client,
}

/// An answer, read in full.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
    /// The body as JSON; `Null` when it is empty or not JSON.
    pub body: Value,
}

impl Answer {
    /// The header's value, `""` when it is missing.
    pub fn header(&self, name: &str) -> &str {
        self.header_opt(name).unwrap_or("")
    }

    pub fn header_opt(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as JSON; panics (failing the test) when it is not JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("not JSON ({e}), status {}: {}", self.status, self.text))
    }

    pub fn location(&self) -> url::Url {
        url::Url::parse(self.header("location"))
            .unwrap_or_else(|e| panic!("no Location ({e}): {} {}", self.status, self.text))
    }

    /// The query of the `Location`.
    pub fn query(&self) -> HashMap<String, String> {
        self.location().query_pairs().into_owned().collect()
    }
}

/// A client that maps every org host (and a made-up one,
/// `nosuch-org.localhost`) to 127.0.0.1, and follows no redirect.
pub fn client(sb: &Sandbox) -> reqwest::Client {
    let addr = sb.addr();
    let mut b = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20));
    let mut hosts = vec!["nosuch-org.localhost".to_owned()];
    for org in sb.control().okta_orgs() {
        for url in [
            Some(&org.url),
            Some(&org.admin_url),
            org.custom_domain_url.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            hosts.push(url::Url::parse(url).unwrap().host_str().unwrap().to_owned());
        }
    }
    for h in hosts {
        b = b.resolve(&h, addr);
    }
    b.build().unwrap()
}

impl Env {
    pub async fn with(opts: SandboxOptions) -> Env {
        let sb = Sandbox::start("127.0.0.1:0".parse().unwrap(), opts)
            .await
            .unwrap();
        let http = client(&sb);
        Env { sb, http }
    }

    pub async fn send(&self, rb: RequestBuilder) -> Answer {
        let r = rb.send().await.unwrap();
        let status = r.status();
        let headers = r.headers().clone();
        let text = r.text().await.unwrap();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Answer {
            status,
            headers,
            text,
            body,
        }
    }

    pub async fn get(&self, url: &str) -> Answer {
        self.send(self.http.get(url)).await
    }
}
