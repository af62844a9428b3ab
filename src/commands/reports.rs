//! How `check` and `doctor` hand their reports over: the chosen format, and
//! the verdict (exit 3 when a report fails it), together as an [`Outcome`].
//! Shared by both commands so that neither imports the other.

use crate::cli::ReportFormat;
use crate::context::Context;
use crate::doctor::Report;
use crate::doctor::report::{self, ReportJson, Tally, Verdict};
use crate::error::{CliError, ErrorKind, Result};
use crate::outcome::Outcome;
use crate::output::{OutputFormat, Printable, View};

/// Prints nothing itself: returns the reports in the chosen format
/// (default: `--output`) and the verdict (exit code 3 when it fails).
/// `table` ends text output with the summary table (`doctor --all`).
pub fn finish(
    ctx: &mut Context,
    reports: Vec<Report>,
    format: Option<ReportFormat>,
    strict: bool,
    table: bool,
) -> Result<Outcome> {
    let tally: Vec<Tally> = reports.iter().map(Tally::of).collect();
    let printable = match format {
        Some(ReportFormat::Jsonl) => {
            ctx.format = OutputFormat::Table;
            let lines: Vec<String> = reports
                .iter()
                .map(|r| crate::output::json_line(&report::report_json(r)))
                .collect();
            Printable {
                json: serde_json::Value::Null,
                view: View::Text(lines.join("\n")),
            }
        }
        Some(ReportFormat::Junit) => {
            ctx.format = OutputFormat::Table;
            Printable {
                json: serde_json::Value::Null,
                view: View::Text(report::junit(&reports)),
            }
        }
        other => {
            if other == Some(ReportFormat::Json) {
                ctx.format = OutputFormat::Json;
            } else if other == Some(ReportFormat::Text) {
                ctx.format = OutputFormat::Table;
            }
            let json: Vec<ReportJson> = reports.iter().map(report::report_json).collect();
            let mut text = report::render(
                &reports,
                ctx.io.color && ctx.io.stdout_is_tty,
                ctx.verbose > 0,
            );
            if table {
                text.push('\n');
                text.push_str(&report::summary_table(&tally));
            }
            // `doctor --all` is always an array, even of one tenant.
            if json.len() == 1 && !table {
                Printable::new(&json[0], View::Text(text))
            } else {
                Printable::new(&json, View::Text(text))
            }
        }
    };
    conclude(ctx, &tally, strict, printable)
}

/// The verdict over the tallies with the data: a failing verdict is exit
/// code 3, naming the failing subjects.
pub fn conclude(
    ctx: &mut Context,
    tally: &[Tally],
    strict: bool,
    printable: Printable,
) -> Result<Outcome> {
    let verdict = Verdict::of(tally, strict);
    if verdict.passed() {
        if verdict.warnings > 0 || verdict.not_verified > 0 {
            ctx.io.status(&format!(
                "No errors; {} warning(s), {} not verified (--strict fails on these)",
                verdict.warnings, verdict.not_verified
            ));
        }
        return Ok(Outcome::ok(printable));
    }
    let failing = verdict.failing.join(", ");
    let error = if verdict.errors > 0 {
        CliError::new(
            ErrorKind::Problems,
            format!("{} problem(s) found in {failing}", verdict.errors),
        )
        .hint("each ✗ in the report names the fix and the guide's step")
    } else {
        CliError::new(
            ErrorKind::Problems,
            format!(
                "no errors, but {} warning(s) and {} not verified in {failing} (--strict)",
                verdict.warnings, verdict.not_verified
            ),
        )
        .hint("each ! and ? in the report names what would settle it")
    };
    Ok(Outcome::failed(printable, error))
}
