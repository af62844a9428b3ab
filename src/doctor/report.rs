//! A run's reports as people, scripts and CI dashboards read them (text,
//! JSON, JUnit), and the tallies behind the verdict. Pure: the commands
//! decide where the text goes and which exit status follows.

use serde::Serialize;

use crate::finding::{About, Finding, Remedy, Report, Severity};

/// One report in the stable JSON shape of `--output json`: the slug (null
/// for Okta details without one), the subject as data, the counts, the
/// findings.
#[derive(Serialize)]
pub struct ReportJson<'a> {
    slug: Option<&'a str>,
    subject: SubjectJson<'a>,
    errors: usize,
    warnings: usize,
    not_verified: usize,
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct SubjectJson<'a> {
    /// The subject line of the text report.
    name: &'a str,
    #[serde(flatten)]
    about: &'a About,
}

pub fn report_json(r: &Report) -> ReportJson<'_> {
    ReportJson {
        slug: r.about.slug.as_deref(),
        subject: SubjectJson {
            name: &r.subject,
            about: &r.about,
        },
        errors: r.count(Severity::Error),
        warnings: r.count(Severity::Warning),
        not_verified: r.count(Severity::NotVerified),
        findings: &r.findings,
    }
}

/// What the verdict needs of a report, for runs that do not keep reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub name: String,
    pub errors: usize,
    pub warnings: usize,
    pub not_verified: usize,
    /// The fix of the first (worst-first) finding that has one.
    pub first_fix: Option<String>,
}

impl Tally {
    pub fn of(report: &Report) -> Tally {
        let mut worst_first: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::NotVerified)
            .collect();
        worst_first.sort_by_key(|f| std::cmp::Reverse(f.severity));
        let first_fix = worst_first.iter().find_map(|f| {
            f.remedy
                .as_ref()
                .and_then(Remedy::as_command)
                .map(str::to_string)
                .or_else(|| f.fix.clone())
        });
        Tally {
            name: report
                .subject
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string(),
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
            not_verified: report.count(Severity::NotVerified),
            first_fix,
        }
    }
}

/// The run's outcome: fine, or problems (exit 3) in the named subjects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub errors: usize,
    pub warnings: usize,
    pub not_verified: usize,
    /// Subjects that fail the verdict (errors; with `strict`, also warnings
    /// and not-verified findings).
    pub failing: Vec<String>,
}

impl Verdict {
    pub fn of(tally: &[Tally], strict: bool) -> Verdict {
        let mut failing: Vec<String> = tally
            .iter()
            .filter(|t| t.errors > 0 || (strict && (t.warnings > 0 || t.not_verified > 0)))
            .map(|t| t.name.clone())
            .collect();
        // `--all` tallies in the order the checks finish; the verdict line
        // reads the same on every run.
        failing.sort();
        Verdict {
            errors: tally.iter().map(|t| t.errors).sum(),
            warnings: tally.iter().map(|t| t.warnings).sum(),
            not_verified: tally.iter().map(|t| t.not_verified).sum(),
            failing,
        }
    }

    pub fn passed(&self) -> bool {
        self.failing.is_empty()
    }

    /// The summary line: every count, so "not verified" is never hidden.
    pub fn summary(&self) -> String {
        format!(
            "{} error(s), {} warning(s), {} not verified",
            self.errors, self.warnings, self.not_verified
        )
    }
}

/// The table that ends a run over many tenants: slug, errors, warnings,
/// not verified, first fix.
pub fn summary_table(tally: &[Tally]) -> String {
    let width = tally
        .iter()
        .map(|t| t.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(4);
    let mut out = format!(
        "{:<width$}  errors  warnings  not verified  first fix\n",
        "slug"
    );
    for t in tally {
        out.push_str(&format!(
            "{:<width$}  {:>6}  {:>8}  {:>12}  {}\n",
            t.name,
            t.errors,
            t.warnings,
            t.not_verified,
            t.first_fix.as_deref().unwrap_or("-")
        ));
    }
    out
}

fn remedy_line(remedy: &Remedy) -> Option<String> {
    match remedy {
        Remedy::Console { path } => Some(format!("in Okta: {path}")),
        other => other.as_command().map(|c| format!("run: {c}")),
    }
}

/// JUnit XML for CI dashboards: a suite per subject, a case per finding;
/// errors are failures, not-verified findings `<skipped>`, warnings go to
/// system-out.
pub fn junit(reports: &[Report]) -> String {
    let esc = crate::text::escape_html;
    let tests: usize = reports.iter().map(|r| r.findings.len()).sum();
    let failures: usize = reports.iter().map(|r| r.count(Severity::Error)).sum();
    let skipped: usize = reports.iter().map(|r| r.count(Severity::NotVerified)).sum();
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ssoctl doctor\" tests=\"{tests}\" failures=\"{failures}\" skipped=\"{skipped}\">\n"
    );
    for report in reports {
        let name = report.subject.split_whitespace().next().unwrap_or_default();
        xml.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\">\n",
            esc(&report.subject),
            report.findings.len(),
            report.count(Severity::Error),
            report.count(Severity::NotVerified)
        ));
        for f in &report.findings {
            let mut body = Vec::new();
            body.extend(f.detail.clone());
            body.extend(f.fix.as_ref().map(|x| format!("fix: {x}")));
            body.extend(f.remedy.as_ref().and_then(remedy_line));
            body.extend(f.guide.as_ref().map(|x| format!("see: {x}")));
            let open = format!(
                "    <testcase classname=\"{}\" name=\"{}\"",
                esc(name),
                esc(&f.check)
            );
            match f.severity {
                Severity::Error => xml.push_str(&format!(
                    "{open}>\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n",
                    esc(&f.summary),
                    esc(&body.join("\n"))
                )),
                Severity::NotVerified => xml.push_str(&format!(
                    "{open}>\n      <skipped message=\"{}\">{}</skipped>\n    </testcase>\n",
                    esc(&f.summary),
                    esc(&body.join("\n"))
                )),
                Severity::Warning => xml.push_str(&format!(
                    "{open}>\n      <system-out>warning: {}</system-out>\n    </testcase>\n",
                    esc(&[f.summary.clone()]
                        .into_iter()
                        .chain(body)
                        .collect::<Vec<_>>()
                        .join("\n"))
                )),
                _ => xml.push_str(&format!("{open}/>\n")),
            }
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    xml
}

/// Findings for people: marks, details and fixes indented under each line.
/// Problems (and notes) are shown in full; the passed checks of a group
/// (the check id's first part: `discovery`, `app`, …) are one line, or
/// each its own with `verbose` (`-v`). Pipes get the same text (CI logs are
/// read by people; scripts use `--output json`).
pub fn render(reports: &[Report], color: bool, verbose: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    for (i, report) in reports.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&paint("1", &report.subject));
        out.push('\n');
        let mut shown_groups: Vec<&str> = Vec::new();
        for f in &report.findings {
            let mark = match f.severity {
                Severity::Ok => paint("32", f.severity.mark()),
                Severity::Info => paint("36", f.severity.mark()),
                Severity::NotVerified => paint("35", f.severity.mark()),
                Severity::Warning => paint("33", f.severity.mark()),
                Severity::Error => paint("31", f.severity.mark()),
            };
            if f.severity == Severity::Ok && !verbose {
                let group = group_of(&f.check);
                if shown_groups.contains(&group) {
                    continue;
                }
                shown_groups.push(group);
                let passed = report
                    .findings
                    .iter()
                    .filter(|g| g.severity == Severity::Ok && group_of(&g.check) == group)
                    .count();
                if passed > 1 {
                    out.push_str(&format!(
                        "  {mark} {}: {passed} checks passed\n",
                        group_label(group)
                    ));
                    continue;
                }
            }
            let label = if f.severity == Severity::NotVerified {
                "not verified: "
            } else {
                ""
            };
            out.push_str(&format!("  {mark} {label}{}\n", f.summary));
            for line in f.detail.iter().flat_map(|d| d.lines()) {
                out.push_str(&format!("      {line}\n"));
            }
            if let Some(fix) = &f.fix {
                out.push_str(&format!("      fix: {fix}\n"));
            }
            if let Some(line) = f.remedy.as_ref().and_then(remedy_line) {
                out.push_str(&format!("      {line}\n"));
            }
            if let Some(guide) = &f.guide {
                out.push_str(&format!("      see: {guide}\n"));
            }
        }
        let tally = Tally::of(report);
        let verdict = Verdict::of(std::slice::from_ref(&tally), false);
        out.push_str(&format!("  {}\n", verdict.summary()));
    }
    out
}

/// A check's group: the first part of its id (`discovery.default.pkce` → `discovery`).
fn group_of(check: &str) -> &str {
    check.split('.').next().unwrap_or(check)
}

/// A group's name in the one line of its passed checks.
fn group_label(group: &str) -> &str {
    match group {
        "domain" => "domain and org",
        "discovery" => "discovery documents",
        "jwks" => "signing keys",
        "redirect" => "redirect URI",
        "app" => "the app",
        "policy" => "access policy",
        "client" => "client credentials",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Report {
        let mut r = Report::new("hooli (Hooli, integrator-1.okta.com)");
        r.push(Finding::ok("tenant.status", "the tenant is active"));
        r.push(
            Finding::not_verified("policy", "the access policy was not read").remedy(
                Remedy::command("SSOCTL_OKTA_API_TOKEN=… ssoctl doctor hooli"),
            ),
        );
        r
    }

    #[test]
    fn not_verified_is_counted_shown_and_skipped_in_junit() {
        let r = sample();
        let text = render(std::slice::from_ref(&r), false, false);
        assert!(
            text.contains("? not verified: the access policy was not read"),
            "{text}"
        );
        assert!(
            text.contains("run: SSOCTL_OKTA_API_TOKEN=… ssoctl doctor hooli"),
            "{text}"
        );
        assert!(
            text.contains("0 error(s), 0 warning(s), 1 not verified"),
            "{text}"
        );
        let xml = junit(std::slice::from_ref(&r));
        assert!(
            xml.contains("<skipped message=\"the access policy was not read\">"),
            "{xml}"
        );
        let json = serde_json::to_value(report_json(&r)).unwrap();
        assert_eq!(json["not_verified"], 1);
        assert_eq!(json["findings"][1]["severity"], "not_verified");
        assert_eq!(json["findings"][1]["remedy"]["kind"], "command");
        assert_eq!(
            json["findings"][1]["remedy"]["applicability"],
            "has_placeholders"
        );
    }

    #[test]
    fn the_verdict_names_failing_subjects_in_order_whatever_order_they_finished() {
        let failing = |name: &str, errors| Tally {
            name: name.into(),
            errors,
            warnings: 0,
            not_verified: 0,
            first_fix: None,
        };
        let tally = [
            failing("wonka", 1),
            failing("acme", 0),
            failing("globex", 2),
        ];
        assert_eq!(Verdict::of(&tally, false).failing, ["globex", "wonka"]);
    }

    #[test]
    fn strict_fails_on_not_verified_and_the_table_names_the_first_fix() {
        let tally = vec![Tally::of(&sample())];
        assert!(Verdict::of(&tally, false).passed());
        let strict = Verdict::of(&tally, true);
        assert_eq!(strict.failing, ["hooli"]);
        let table = summary_table(&tally);
        assert!(
            table.contains("hooli")
                && table.contains("SSOCTL_OKTA_API_TOKEN=… ssoctl doctor hooli"),
            "{table}"
        );
    }
}
