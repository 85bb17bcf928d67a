//! The built-in graph: valid, warning-free, rich enough, and able to show
//! every path the seed articles describe.

use switchback::domain::graph::Graph;
use switchback::domain::validate::load_json;

#[test]
fn loads_without_errors_or_warnings() {
    let loaded = load_json(switchback::data::BUILTIN_JSON).unwrap_or_else(|r| panic!("{r}"));
    assert!(loaded.report.problems.is_empty(), "{}", loaded.report);
}
