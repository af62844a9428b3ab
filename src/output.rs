//! Data first, rendering second: a command returns a [`Printable`] holding
//! its result as JSON (stable field names) and as a view; this module turns
//! the view into a table on a terminal, plain tab-separated text when piped,
//! or JSON with `--output json`.

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

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
                let mut text = serde_json::to_string_pretty(&self.json).unwrap_or_default();
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
                table.add_row(row);
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
                    text.push_str(&format!("{padded}  {value}\n"));
                } else {
                    text.push_str(&format!("{key}:\t{}\n", tsv_cell(value)));
                }
            }
            for note in notes {
                text.push('\n');
                text.push_str(note);
                text.push('\n');
            }
            text
        }
    }
}

/// Tabs and newlines inside a cell would break the columns of piped output.
fn tsv_cell(value: &str) -> String {
    value.replace(['\t', '\n', '\r'], " ")
}

/// Text for an HTML page or an XML report: the five special characters escaped.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
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
}
