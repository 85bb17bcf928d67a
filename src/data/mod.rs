//! The built-in career graph, embedded in the build.
//!
//! Written from the four seed articles (see each item's `sources`); it must
//! pass validation with no errors and no warnings, which a native test checks.

/// The built-in graph as JSON text: `builtin.json` without its indentation
/// (`build.rs` writes that copy).
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin.json"));
