//! Text that came from a server (or a file, or a person) made safe to show:
//! [`sanitize`] turns control characters and escape sequences into visible
//! marks, so a company name cannot clear the screen, retitle the window or
//! reverse the line; [`shorten`] makes a one-line excerpt of it.
//!
//! The output layer applies [`sanitize`] to everything it writes to a
//! terminal or a pipe (see `output::Guard`); JSON output keeps exact values
//! (serde escapes them, and `output::json_text` escapes the rest).

use std::borrow::Cow;

/// True for a character a terminal may act on instead of showing: C0
/// controls but tab and newline, DEL, the C1 controls (U+0080–U+009F, which
/// include CSI and OSC), and the bidirectional overrides and isolates that
/// reorder what is shown (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069).
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The visible stand-in for an unsafe character: the Unicode control
/// picture for C0 and DEL (`␛` for ESC, `␇` for BEL, `␍` for a lone CR),
/// `\u{…}` for the others.
fn mark(c: char, out: &mut String) {
    match c {
        '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
        '\u{7f}' => out.push('\u{2421}'),
        _ => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// `text` with every unsafe character (see [`is_unsafe`]) replaced by a
/// visible mark; tabs and newlines stay, and so does the CR of a CRLF.
/// Escape sequences are thereby inert: `ESC [ 2 J` shows as `␛[2J`.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            out.push(c);
        } else if is_unsafe(c) {
            mark(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`sanitize`] for one line (a table cell, an excerpt): tabs, newlines and
/// carriage returns become spaces first.
pub fn sanitize_line(text: &str) -> String {
    sanitize(&text.replace(['\t', '\n', '\r'], " ")).into_owned()
}

/// A one-line excerpt: whitespace runs collapsed to one space, unsafe
/// characters marked, at most `max` characters and then `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let safe = sanitize(&one_line);
    if safe.chars().count() > max {
        format!("{}…", safe.chars().take(max).collect::<String>())
    } else {
        safe.into_owned()
    }
}

/// Text for an HTML page or an XML report (the listener's pages, JUnit):
/// the five special characters escaped.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_inert() {
        let hostile = "Hooli\x1b]0;PWNED\x07\x1b[2J\x1b[H\x1b[32mALL TENANTS HEALTHY\x1b[0m";
        let safe = sanitize(hostile);
        assert_eq!(safe, "Hooli␛]0;PWNED␇␛[2J␛[H␛[32mALL TENANTS HEALTHY␛[0m");
        assert!(!safe.chars().any(is_unsafe));
    }

    #[test]
    fn c1_controls_bidi_overrides_and_lone_carriage_returns_are_marked() {
        assert_eq!(sanitize("a\u{9b}2Jb"), "a\\u{9b}2Jb");
        assert_eq!(sanitize("evil\u{202e}gpj.exe"), "evil\\u{202e}gpj.exe");
        assert_eq!(sanitize("ok\rFAKE"), "ok␍FAKE");
        assert_eq!(sanitize("del\u{7f}"), "del␡");
    }

    #[test]
    fn plain_text_tabs_newlines_and_crlf_are_kept() {
        let text = "a\tb\nc — ünïcode ✓";
        assert!(matches!(sanitize(text), Cow::Borrowed(_)));
        assert_eq!(sanitize("a\r\nb\r\n"), "a\r\nb\r\n");
    }

    #[test]
    fn lines_lose_their_breaks_and_excerpts_are_bounded() {
        assert_eq!(sanitize_line("a\tb\nc\x1b[1m"), "a b c␛[1m");
        assert_eq!(shorten("  two\n  words ", 40), "two words");
        assert_eq!(shorten(&"x".repeat(50), 40), format!("{}…", "x".repeat(40)));
        assert_eq!(shorten("\x1b[2J", 40), "␛[2J");
    }
}
