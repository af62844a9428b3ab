//! The browser's side of `login test`: opening a URL (`BROWSER` when set,
//! `%s` marking the URL, else the platform's opener) and the pages the
//! loopback listener shows.

use crate::oidc::loopback::Page;
use crate::text::escape_html;

/// A listener page as HTML; every line escaped, and every secret the
/// process holds scrubbed from it.
pub fn page_html(page: &Page) -> String {
    let color = if page.ok { "#1a7f37" } else { "#cf222e" };
    let lines: String = page
        .lines
        .iter()
        .map(|l| format!("<p>{}</p>", escape_html(&crate::secret::scrub(l))))
        .collect();
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>ssoctl: {title}</title></head>\
<body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\">\
<h1 id=\"ssoctl-result\" data-ok=\"{ok}\" style=\"color:{color}\">{title}</h1>{lines}\
<p>You can close this tab and return to the terminal.</p></body></html>",
        title = escape_html(&crate::secret::scrub(&page.title)),
        ok = page.ok
    )
}

/// `false` when no browser can be opened here (no display, no opener).
/// `BROWSER`, `DISPLAY` and `WAYLAND_DISPLAY` are read from `env`.
pub fn open(url: &str, env: &dyn crate::config::Env) -> bool {
    if let Some(browser) = env.var("BROWSER").filter(|b| !b.trim().is_empty()) {
        let command = browser.split(':').next().unwrap_or_default().to_string();
        let mut parts: Vec<String> = command.split_whitespace().map(str::to_string).collect();
        if parts.is_empty() {
            return false;
        }
        if parts.iter().any(|p| p.contains("%s")) {
            parts = parts.into_iter().map(|p| p.replace("%s", url)).collect();
        } else {
            parts.push(url.to_string());
        }
        return std::process::Command::new(&parts[0])
            .args(&parts[1..])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .is_ok();
    }
    if cfg!(target_os = "linux")
        && env.var("DISPLAY").is_none()
        && env.var("WAYLAND_DISPLAY").is_none()
    {
        return false;
    }
    open::that_detached(url).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_escape_what_they_show() {
        let page = Page {
            ok: false,
            title: "<b>".into(),
            lines: vec!["a & b".into()],
        };
        let html = page_html(&page);
        assert!(html.contains("&lt;b&gt;") && html.contains("a &amp; b"));
        assert!(html.contains("data-ok=\"false\""));
    }

    #[test]
    fn a_secret_a_server_echoed_never_reaches_the_page() {
        let secret = crate::secret::Secret::new("page-secret-Zq8Xw3Vr5Ty7Un9");
        let page = Page {
            ok: false,
            title: format!("refused {}", secret.expose()),
            lines: vec![format!("error_description: secret={}", secret.expose())],
        };
        let html = page_html(&page);
        assert!(!html.contains(secret.expose()), "{html}");
        assert!(html.contains("secret=…7Un9"), "{html}");
    }
}
