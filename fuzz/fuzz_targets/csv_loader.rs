//! The spreadsheet loader on any three texts: never panics, a graph loads
//! only with no errors, problems are listed within the cap.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchback::domain::csv::load_csv;
use switchback::domain::report::MAX_LISTED;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Three files separated by form feeds: roles, skills, transitions.
    let mut parts = text.splitn(3, '\u{c}');
    let names = ["roles.csv", "skills.csv", "transitions.csv"];
    let files: Vec<(String, String)> =
        names.iter().filter_map(|n| parts.next().map(|t| ((*n).to_owned(), t.to_owned()))).collect();
    match load_csv(&files, "Fuzzed spreadsheet") {
        Ok(loaded) => assert_eq!(loaded.report.error_count(), 0),
        Err(report) => {
            assert!(report.error_count() > 0);
            assert!(report.errors().count() <= MAX_LISTED);
        }
    }
});
