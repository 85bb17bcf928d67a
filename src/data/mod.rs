//! The built-in career graph, embedded in the build.
//!
//! Written from the four seed articles (see each item's `sources`); it must
//! pass validation with no errors and no warnings, which a native test checks.
//!
//! The page carries it already checked, in the compact form the graph
//! checker answers in (`builtin.bin`, written by `cargo xtask schema` from
//! `builtin.json`; a native test checks it is current), so the page needs
//! neither the format's JSON reader nor the checks to show it.

use crate::domain::compact::read_answer;
use crate::domain::validate::Loaded;

/// The built-in graph as JSON text: `builtin.json` without its indentation
/// (`build.rs` writes that copy). Native code (tests, benchmarks, xtask)
/// reads it; the page reads [`BUILTIN_CHECKED`].
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin.json"));

/// The built-in graph, checked, in the compact form.
pub const BUILTIN_CHECKED: &[u8] = include_bytes!("builtin.bin");

/// The built-in graph, read from its checked copy (`None` only if that copy
/// is stale, which a native test rules out).
#[cfg(target_arch = "wasm32")]
pub fn builtin() -> Option<Loaded> {
    read_answer(BUILTIN_CHECKED)?.ok()
}

/// The built-in graph, read from its checked copy; natively, checked from
/// its JSON when that copy is stale (`cargo xtask dist` writes it again
/// before building, with the xtask built from the stale one; the native
/// test `the_checked_copy_the_page_reads_is_current` fails meanwhile).
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin() -> Option<Loaded> {
    match read_answer(BUILTIN_CHECKED) {
        Some(read) => read.ok(),
        None => crate::domain::validate::load_json(BUILTIN_JSON).ok(),
    }
}

/// What [`BUILTIN_CHECKED`] must hold: the built-in graph checked now.
pub fn builtin_checked() -> Vec<u8> {
    crate::domain::compact::check("json", BUILTIN_JSON, "")
}
