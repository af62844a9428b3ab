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

    /// `NO_PROXY` with loopback always added: `localhost` (which matches
    /// `*.localhost` too), `127.0.0.0/8` and `::1`.
    pub fn no_proxy_list(&self) -> String {
        let mut list: Vec<&str> = self
            .no_proxy
            .as_deref()
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|e| !e.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        list.extend(LOOPBACK);
        list.join(",")
    }

    /// The rule as reqwest's proxy: https requests only (plain http never
    /// goes through a proxy), loopback excluded; `None` without a proxy.
    pub fn reqwest_proxy(&self) -> Option<Result<reqwest::Proxy, String>> {
        let url = self.proxy.as_ref()?;
        Some(
            reqwest::Proxy::https(url.as_str())
                .map(|p| p.no_proxy(reqwest::NoProxy::from_string(&self.no_proxy_list())))
                .map_err(|e| format!("the proxy {url} cannot be used: {e}")),
        )
    }
}

/// Never through a proxy, whatever `NO_PROXY` says.
const LOOPBACK: [&str; 3] = ["localhost", "127.0.0.0/8", "::1"];

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

    #[test]
    fn loopback_is_always_excluded_and_only_https_is_proxied() {
        let s = settings(&[
            ("HTTP_PROXY", "http://proxy.example:3128"),
            ("HTTPS_PROXY", "http://proxy.example:3128"),
            ("NO_PROXY", " corp.example, ,10.0.0.0/8"),
        ]);
        assert_eq!(
            s.proxy.as_ref().map(Url::as_str),
            Some("http://proxy.example:3128/")
        );
        assert_eq!(
            s.no_proxy_list(),
            "corp.example,10.0.0.0/8,localhost,127.0.0.0/8,::1"
        );
        assert_eq!(settings(&[]).no_proxy_list(), "localhost,127.0.0.0/8,::1");
        assert!(s.reqwest_proxy().is_some_and(|p| p.is_ok()));
        assert!(settings(&[]).reqwest_proxy().is_none());
    }

    #[test]
    fn https_proxy_then_all_proxy_lower_case_too_and_never_http_proxy() {
        let s = settings(&[("all_proxy", "socks.example:1080")]);
        assert_eq!(
            s.proxy.map(|u| u.to_string()).as_deref(),
            Some("http://socks.example:1080/")
        );
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
