//! `cargo xtask validate FILE...`: the loader's report for data files, for
//! authors and their CI. Each JSON file is one graph; all CSV files given
//! together are one spreadsheet graph (roles, skills, transitions).

use std::fmt::Write as _;

use switchback::domain::csv::load_csv;
use switchback::domain::report::Report;
use switchback::domain::text::escape_controls;
use switchback::domain::validate::{load_json, Loaded};

/// What the files amount to: the printed report and the number of errors.
pub struct Outcome {
    pub text: String,
    pub errors: usize,
}

/// Checks named texts as the app would load them.
pub fn check(files: &[(String, String)]) -> Outcome {
    let is_csv = |name: &str| name.to_ascii_lowercase().ends_with(".csv");
    // (what to call it, what to put before each problem, the result); a CSV
    // problem names its own file, row and column.
    let mut groups: Vec<(String, &str, Result<Loaded, Report>)> = Vec::new();
    for (name, text) in files.iter().filter(|(n, _)| !is_csv(n)) {
        groups.push((name.clone(), name, load_json(text)));
    }
    let csv: Vec<(String, String)> = files.iter().filter(|(n, _)| is_csv(n)).cloned().collect();
    if !csv.is_empty() {
        let names = csv.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(" + ");
        groups.push((names, "", load_csv(&csv, "Spreadsheet graph")));
    }
    let mut out = Outcome { text: String::new(), errors: 0 };
    for (name, prefix, result) in groups {
        let report = match &result {
            Ok(loaded) => &loaded.report,
            Err(report) => report,
        };
        out.errors += report.error_count();
        for problem in &report.problems {
            let _ = match prefix {
                "" => writeln!(out.text, "{problem}"),
                _ => writeln!(out.text, "{prefix}: {problem}"),
            };
        }
        let _ = match &result {
            Ok(loaded) => {
                let g = &loaded.graph;
                writeln!(
                    out.text,
                    "{name}: ok, \u{201c}{}\u{201d}: {} roles, {} skills, {} moves ({})",
                    g.title(),
                    g.roles().len(),
                    g.skills().len(),
                    g.transitions().len(),
                    report.summary()
                )
            }
            Err(report) => writeln!(out.text, "{name}: not loadable ({})", report.summary()),
        };
    }
    // Titles, ids and file names come from the files: a terminal escape
    // sequence in them must not clear the screen or retitle a CI log.
    out.text = escape_controls(&out.text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(path: &str) -> (String, String) {
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
        (path.to_owned(), std::fs::read_to_string(full).expect(path))
    }

    #[test]
    fn a_valid_graph_is_ok_with_its_counts() {
        let out = check(&[fixture("assets/template.json")]);
        assert_eq!(out.errors, 0);
        assert_eq!(
            out.text,
            "assets/template.json: ok, \u{201c}My career framework\u{201d}: 3 roles, 3 skills, 3 moves (0 errors, 0 warnings)\n"
        );
    }

    #[test]
    fn every_problem_is_printed_with_its_file_and_place() {
        let out = check(&[fixture("tests/fixtures/invalid/unknown-references.json"), fixture("assets/template.json")]);
        assert!(out.errors > 0);
        let lines: Vec<&str> = out.text.lines().collect();
        assert!(lines
            .iter()
            .any(|l| l.starts_with("tests/fixtures/invalid/unknown-references.json: error: transitions[")));
        assert!(lines.iter().any(|l| l.starts_with("tests/fixtures/invalid/unknown-references.json: not loadable (")));
        assert!(
            lines.last().is_some_and(|l| l.starts_with("assets/template.json: ok")),
            "later files are still checked"
        );
    }

    #[test]
    fn control_characters_from_a_file_are_printed_escaped() {
        let graph =
            r#"{"format":"switchback/1","title":"\u001b]0;pwned\u0007\u001b[2J","roles":[{"id":"a","title":"A"}]}"#;
        let out = check(&[("evil\u{1b}[31m.json".to_owned(), graph.to_owned())]);
        assert_eq!(out.errors, 0, "{}", out.text);
        assert!(!out.text.contains('\u{1b}') && !out.text.contains('\u{7}'), "{:?}", out.text);
        assert!(out.text.contains("\\u{1b}]0;pwned\\u{7}\\u{1b}[2J"), "{}", out.text);
        assert!(out.text.starts_with("evil\\u{1b}[31m.json: ok"), "{}", out.text);
    }

    #[test]
    fn csv_files_together_are_one_graph_with_cells_in_messages() {
        let good = ["roles", "skills", "transitions"].map(|t| fixture(&format!("tests/fixtures/csv/{t}.csv")));
        let out = check(&good);
        assert_eq!(out.errors, 0, "{}", out.text);
        assert!(out.text.contains(
            "tests/fixtures/csv/roles.csv + tests/fixtures/csv/skills.csv + tests/fixtures/csv/transitions.csv: ok"
        ));
        let bad = check(&[
            fixture("tests/fixtures/csv/bad/roles.csv"),
            fixture("tests/fixtures/csv/skills.csv"),
            fixture("tests/fixtures/csv/transitions.csv"),
        ]);
        assert!(bad.errors > 0);
        assert!(
            bad.text.lines().any(|l| l.starts_with("error: tests/fixtures/csv/bad/roles.csv, row 2, column ")),
            "CSV problems name the file, row and column:\n{}",
            bad.text
        );
    }
}
