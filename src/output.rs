//! Data first, rendering second: a command returns a [`Printable`] holding
//! its result as JSON (stable field names) and as a view; this module turns
//! the view into a table on a terminal, plain tab-separated text when piped,
//! or JSON with `--output json`.
//!
//! It is also where server text is made safe: every byte for stdout and
//! stderr passes a [`Guard`] (secrets scrubbed, control characters and
//! escape sequences shown, not obeyed), table cells, fields and notes are
//! sanitised whole, and JSON keeps exact values with every character a
//! terminal could act on escaped.

use std::io::Write;

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::text::{is_unsafe, sanitize, sanitize_line};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// A table on a terminal, tab-separated text when piped.
    Table,
    /// JSON with stable field names.
    Json,
}

#[derive(Debug, Clone)]
pub enum View {
    /// Rows under headers; no rows prints nothing on stdout.
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// `key: value` lines, then notes.
    Details {
        fields: Vec<(String, String)>,
        notes: Vec<String>,
    },
    /// Text printed as it is.
    Text(String),
    Nothing,
}

#[derive(Debug, Clone)]
pub struct Printable {
    pub json: Value,
    pub view: View,
}

impl Printable {
    pub fn new<T: Serialize>(data: &T, view: View) -> Self {
        Printable {
            json: serde_json::to_value(data).unwrap_or(Value::Null),
            view,
        }
    }

    pub fn nothing() -> Self {
        Printable {
            json: Value::Null,
            view: View::Nothing,
        }
    }

    pub fn text(text: impl Into<String>) -> Self {
        let text = text.into();
        Printable {
            json: Value::String(text.clone()),
            view: View::Text(text),
        }
    }

    pub fn table<T: Serialize>(data: &T, headers: &[&str], rows: Vec<Vec<String>>) -> Self {
        Self::new(
            data,
            View::Table {
                headers: headers.iter().map(|h| h.to_string()).collect(),
                rows,
            },
        )
    }

    pub fn details<T: Serialize>(
        data: &T,
        fields: Vec<(&str, String)>,
        notes: Vec<String>,
    ) -> Self {
        let fields = fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        Self::new(data, View::Details { fields, notes })
    }

    pub fn render(&self, format: OutputFormat, terminal: bool, color: bool) -> String {
        match format {
            OutputFormat::Json => {
                if self.json.is_null() {
                    return String::new();
                }
                let mut text = json_text(&self.json);
                text.push('\n');
                text
            }
            OutputFormat::Table => render_view(&self.view, terminal, color),
        }
    }
}

fn render_view(view: &View, terminal: bool, color: bool) -> String {
    match view {
        View::Nothing => String::new(),
        View::Text(text) => {
            let mut text = text.clone();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text
        }
        View::Table { rows, .. } if rows.is_empty() => String::new(),
        View::Table { headers, rows } if terminal => {
            let mut table = Table::new();
            table
                .load_preset(presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Dynamic);
            table.set_header(headers.iter().map(|h| {
                let cell = Cell::new(h.to_uppercase());
                if color {
                    cell.add_attribute(Attribute::Bold)
                } else {
                    cell
                }
            }));
            for row in rows {
                table.add_row(row.iter().map(|c| sanitize(c).into_owned()));
            }
            // comfy-table pads every line; trailing blanks only get in the way.
            let mut text: String = table
                .lines()
                .map(|l| l.trim_end().to_string())
                .collect::<Vec<_>>()
                .join("\n");
            text.push('\n');
            text
        }
        View::Table { rows, .. } => rows
            .iter()
            .map(|row| {
                format!(
                    "{}\n",
                    row.iter()
                        .map(|c| tsv_cell(c))
                        .collect::<Vec<_>>()
                        .join("\t")
                )
            })
            .collect(),
        View::Details { fields, notes } => {
            let width = fields
                .iter()
                .map(|(k, _)| k.chars().count())
                .max()
                .unwrap_or(0);
            let mut text = String::new();
            for (key, value) in fields {
                if terminal {
                    let label = format!("{key}:");
                    let padded = format!("{label:<w$}", w = width + 1);
                    let padded = if color {
                        format!("\x1b[1m{padded}\x1b[0m")
                    } else {
                        padded
                    };
                    text.push_str(&format!("{padded}  {}\n", sanitize(value)));
                } else {
                    text.push_str(&format!("{key}:\t{}\n", tsv_cell(value)));
                }
            }
            // One blank line sets the notes apart from the fields; the
            // notes themselves follow one another, not double-spaced.
            if !notes.is_empty() && !fields.is_empty() {
                text.push('\n');
            }
            for note in notes {
                text.push_str(&sanitize(note));
                text.push('\n');
            }
            text
        }
    }
}

/// Tabs and newlines inside a cell would break the columns of piped output;
/// control characters would act on the terminal that shows it.
fn tsv_cell(value: &str) -> String {
    sanitize_line(value)
}

/// Pretty JSON whose strings keep their exact values, with every character
/// a terminal could act on written as a `\uXXXX` escape: serde escapes C0
/// controls, this also DEL, C1 controls and bidi overrides (which can only
/// occur inside strings, so escaping them keeps the document the same).
pub fn json_text<T: Serialize + ?Sized>(value: &T) -> String {
    escape_unsafe(serde_json::to_string_pretty(value).unwrap_or_default())
}

/// [`json_text`] on one line (JSON Lines).
pub fn json_line<T: Serialize + ?Sized>(value: &T) -> String {
    escape_unsafe(serde_json::to_string(value).unwrap_or_default())
}

fn escape_unsafe(text: String) -> String {
    if !text.chars().any(is_unsafe) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// What stands between ssoctl and the terminal (or the pipe): every line
/// written through it has each secret the process holds scrubbed
/// (`secret::scrub`) and each control character shown as a mark
/// (`text::sanitize`), so no server text can move the cursor, clear the
/// screen or retitle the window. With `color`, ssoctl's own SGR colour
/// sequences (`ESC [ digits m`) pass; without it, none do.
pub struct Guard<W: Write> {
    inner: W,
    color: bool,
    pending: Vec<u8>,
}

impl<W: Write> Guard<W> {
    pub fn new(inner: W, color: bool) -> Self {
        Guard {
            inner,
            color,
            pending: Vec::new(),
        }
    }

    fn emit(&mut self, upto: usize) -> std::io::Result<()> {
        let bytes: Vec<u8> = self.pending.drain(..upto).collect();
        let text = String::from_utf8_lossy(&bytes);
        let text = crate::secret::scrub(&text);
        self.inner
            .write_all(guard_text(&text, self.color).as_bytes())
    }
}

impl<W: Write> Write for Guard<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        // Whole lines only: a secret or a sequence split across two writes
        // is still seen whole.
        if let Some(last) = self.pending.iter().rposition(|b| *b == b'\n') {
            self.emit(last + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            self.emit(self.pending.len())?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Guard<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// `text` sanitised, except (with `color`) SGR sequences, the only escape
/// sequences ssoctl writes itself.
fn guard_text(text: &str, color: bool) -> String {
    if !color {
        return sanitize(text).into_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\x1b') {
        out.push_str(&sanitize(&rest[..at]));
        let after = &rest[at + 1..];
        let sgr = after.strip_prefix('[').and_then(|tail| {
            let len = tail
                .find(|c: char| !(c.is_ascii_digit() || c == ';'))
                .filter(|&n| n <= 16)?;
            tail[len..].starts_with('m').then_some(len + 2)
        });
        match sgr {
            Some(len) => {
                out.push_str(&rest[at..at + 1 + len]);
                rest = &after[len..];
            }
            None => {
                out.push_str(&sanitize("\x1b"));
                rest = after;
            }
        }
    }
    out.push_str(&sanitize(rest));
    out
}

/// `-` for an absent value, so columns never look shifted.
pub fn or_dash(value: Option<&str>) -> String {
    match value {
        Some(v) if !v.is_empty() => v.to_string(),
        _ => "-".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Printable {
        Printable::table(
            &json!([{"slug": "acme-corp", "status": "active"}]),
            &["slug", "status"],
            vec![vec!["acme-corp".into(), "active".into()]],
        )
    }

    #[test]
    fn terminal_gets_a_table_with_headers() {
        let text = sample().render(OutputFormat::Table, true, false);
        assert!(
            text.contains("SLUG") && text.contains("acme-corp"),
            "{text}"
        );
    }

    #[test]
    fn pipes_get_tab_separated_rows_without_headers() {
        assert_eq!(
            sample().render(OutputFormat::Table, false, false),
            "acme-corp\tactive\n"
        );
    }

    #[test]
    fn json_is_the_data_not_the_view() {
        let text = sample().render(OutputFormat::Json, true, false);
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value[0]["slug"], "acme-corp");
    }

    const HOSTILE: &str =
        "Hooli\x1b]0;PWNED\x07\x1b[2J\x1b[H\x1b[32mALL TENANTS HEALTHY\x1b[0m\u{9b}\u{202e}";

    #[test]
    fn server_text_in_cells_fields_and_notes_is_shown_not_obeyed() {
        let table = Printable::table(&json!([]), &["name"], vec![vec![HOSTILE.into()]]);
        let fields = Printable::details(
            &json!({}),
            vec![("company name", HOSTILE.into())],
            vec![HOSTILE.into()],
        );
        for p in [table, fields] {
            for (terminal, color) in [(true, true), (true, false), (false, false)] {
                let text = p.render(OutputFormat::Table, terminal, color);
                assert!(text.contains("Hooli␛]0;PWNED␇␛[2J␛[H␛[32mALL"), "{text:?}");
                assert!(
                    !text.contains('\u{7}')
                        && !text.contains('\u{9b}')
                        && !text.contains('\u{202e}'),
                    "{text:?}"
                );
                if !color {
                    assert!(!text.contains('\x1b'), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn json_keeps_exact_values_with_nothing_raw() {
        let p = Printable::new(&json!({"company_name": HOSTILE}), View::Nothing);
        let text = p.render(OutputFormat::Json, true, true);
        assert!(!text.chars().any(is_unsafe), "{text:?}");
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["company_name"], HOSTILE);
        let line = json_line(&json!({"company_name": HOSTILE}));
        assert!(
            !line.chars().any(is_unsafe) && !line.contains('\n'),
            "{line:?}"
        );
        let back: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(back["company_name"], HOSTILE);
    }

    #[test]
    fn the_guard_scrubs_secrets_and_lets_only_colour_through() {
        crate::secret::register("guarded-secret-value-0042");
        let mut out = Vec::new();
        {
            let mut guard = Guard::new(&mut out, true);
            write!(guard, "\x1b[1mbold\x1b[0m {HOSTILE} guarded-").unwrap();
            writeln!(guard, "secret-value-0042 end").unwrap();
        }
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "\x1b[1mbold\x1b[0m Hooli␛]0;PWNED␇␛[2J␛[H\x1b[32mALL TENANTS HEALTHY\x1b[0m\\u{9b}\\u{202e} …0042 end\n"
        );
        let mut plain = Vec::new();
        Guard::new(&mut plain, false)
            .write_all(b"\x1b[1mbold\x1b[0m")
            .unwrap();
        assert_eq!(String::from_utf8(plain).unwrap(), "␛[1mbold␛[0m");
    }

    #[test]
    fn details_align_on_a_terminal_and_tab_when_piped() {
        let p = Printable::details(
            &json!({}),
            vec![("slug", "acme".into()), ("company name", "Acme".into())],
            vec![],
        );
        let tty = p.render(OutputFormat::Table, true, false);
        assert!(tty.contains("slug:          acme"), "{tty}");
        assert_eq!(
            p.render(OutputFormat::Table, false, false),
            "slug:\tacme\ncompany name:\tAcme\n"
        );
    }

    #[test]
    fn notes_follow_the_fields_after_one_blank_line_not_double_spaced() {
        let p = Printable::details(
            &json!({}),
            vec![("slug", "acme".into())],
            vec!["first note:\n  value".into(), "second note".into()],
        );
        assert_eq!(
            p.render(OutputFormat::Table, true, false),
            "slug:  acme\n\nfirst note:\n  value\nsecond note\n"
        );
    }
}
