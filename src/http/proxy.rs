//! Which requests may go through a proxy: only `https` ones to hosts that
//! are not loopback. Loopback and `*.localhost` (the sandbox, its emulated
//! Okta orgs, a local service) always go direct, and a plain-`http` request
//! never goes through a proxy at all: only loopback is allowed over plain
//! http, and a proxy would read every header of it, the admin token and the
//! client secret included. An `https` request through a proxy is a
//! `CONNECT` tunnel: the proxy sees the host name, never a credential.
//!
//! So `HTTP_PROXY` is never used; `HTTPS_PROXY` (then `ALL_PROXY`) is, with
//! `NO_PROXY` honoured as usual (lower-case names too).

use url::Url;

#[derive(Debug, Clone, Default)]
pub struct ProxySettings {
    /// `HTTPS_PROXY`, else `ALL_PROXY`.
    pub proxy: Option<Url>,
    /// `NO_PROXY`, as given.
    pub no_proxy: Option<String>,
}

impl ProxySettings {
    /// Reads `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` (or their lower-case
    /// names) through `get`.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let read = |names: [&'static str; 2]| {
            names.into_iter().find_map(|name| {
                get(name)
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
                    .map(|v| (name, v))
            })
        };
        let proxy = match read(["HTTPS_PROXY", "https_proxy"]).or(read(["ALL_PROXY", "all_proxy"]))
        {
            Some((name, value)) => {
                // `proxy:3128` is common shorthand for `http://proxy:3128`.
                let text = if value.contains("://") {
                    value.clone()
                } else {
                    format!("http://{value}")
                };
                Some(Url::parse(&text).map_err(|e| {
                    format!("{name} `{value}` is not a proxy URL ({e}); write it like http://proxy.example:3128")
                })?)
            }
            None => None,
        };
        Ok(ProxySettings {
            proxy,
            no_proxy: read(["NO_PROXY", "no_proxy"]).map(|(_, v)| v),
        })
    }

    pub fn from_env() -> Result<Self, String> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// The proxy for a request to `target`, before `NO_PROXY`: none for
    /// plain http and for loopback hosts.
    pub fn proxy_for(&self, target: &Url) -> Option<Url> {
        if target.scheme() != "https" || crate::config::is_loopback_url(target) {
            return None;
        }
        self.proxy.clone()
    }

    /// The rule as reqwest's proxy, or `None` when there is no proxy.
    pub fn reqwest_proxy(&self) -> Option<reqwest::Proxy> {
        self.proxy.as_ref()?;
        let rule = self.clone();
        let proxy = reqwest::Proxy::custom(move |target| rule.proxy_for(target));
        Some(
            proxy.no_proxy(
                self.no_proxy
                    .as_deref()
                    .and_then(reqwest::NoProxy::from_string),
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> ProxySettings {
        ProxySettings::from_lookup(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
        .unwrap()
    }

    fn via(s: &ProxySettings, target: &str) -> Option<String> {
        s.proxy_for(&Url::parse(target).unwrap())
            .map(|u| u.to_string())
    }

    #[test]
    fn loopback_and_plain_http_never_use_a_proxy() {
        let s = settings(&[
            ("HTTP_PROXY", "http://proxy.example:3128"),
            ("HTTPS_PROXY", "http://proxy.example:3128"),
        ]);
        for target in [
            "https://127.0.0.1:8443/admin/v1/tenants",
            "https://[::1]:8443/",
            "https://localhost/",
            "https://integrator-1.localhost:4443/oauth2/default/v1/token",
            "http://api.example/admin/v1/tenants",
            "http://127.0.0.1:23917/admin/v1/tenants",
        ] {
            assert_eq!(via(&s, target), None, "{target}");
        }
        assert_eq!(
            via(&s, "https://dev-1.okta.com/oauth2/default/v1/token").as_deref(),
            Some("http://proxy.example:3128/")
        );
    }

    #[test]
    fn https_proxy_then_all_proxy_lower_case_too() {
        let s = settings(&[("all_proxy", "socks.example:1080")]);
        assert_eq!(
            via(&s, "https://dev-1.okta.com/").as_deref(),
            Some("http://socks.example:1080/")
        );
        assert_eq!(via(&settings(&[]), "https://dev-1.okta.com/"), None);
        assert!(settings(&[("HTTP_PROXY", "http://p:1")]).proxy.is_none());
    }

    #[test]
    fn a_bad_proxy_url_names_the_variable() {
        let e = ProxySettings::from_lookup(|n| (n == "HTTPS_PROXY").then(|| "http://[::1".into()))
            .unwrap_err();
        assert!(
            e.starts_with("HTTPS_PROXY `http://[::1` is not a proxy URL"),
            "{e}"
        );
    }
}
