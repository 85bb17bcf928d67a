//! Shared helpers for the native tests.

use std::path::PathBuf;

use switchback::domain::graph::Graph;
use switchback::domain::validate::load_json;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads a file under `tests/fixtures`.
pub fn fixture(name: &str) -> String {
    let path = root().join("tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// The built-in graph, which must load.
pub fn builtin() -> Graph {
    load_json(switchback::data::BUILTIN_JSON).expect("the built-in graph loads").graph
}
