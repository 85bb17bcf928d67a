//! The JSON loader on any bytes, decoded as the app decodes a file: it never
//! panics, a graph loads only with no errors, and every listed problem is
//! short enough to show (values quoted shortened, the list capped).
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchback::domain::report::MAX_LISTED;
use switchback::domain::text::decode_text;
use switchback::domain::validate::load_json;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode_text(data) else { return };
    let report = match load_json(&text) {
        Ok(loaded) => {
            assert_eq!(loaded.report.error_count(), 0);
            loaded.report
        }
        Err(report) => {
            assert!(report.error_count() > 0, "a refused graph says why");
            report
        }
    };
    assert!(report.errors().count() <= MAX_LISTED && report.warnings().count() <= MAX_LISTED);
    for problem in &report.problems {
        assert!(problem.message.len() < 4096, "a long message: {}", &problem.message[..200]);
        assert!(problem.location.to_string().len() < 4096);
    }
    let _ = report.summary();
});
