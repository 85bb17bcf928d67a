//! The graph checker's entry point: a second WebAssembly, run in a Web
//! Worker (`assets/checker-worker.js` starts it), that turns a graph's text
//! into a checked graph, or the report that refuses it, in the compact form
//! the page reads (`domain::compact`). The page's own WebAssembly then
//! carries neither the format's JSON reader, nor the checks, nor CSV
//! (docs/performance.md has the figures), and no graph, however large or
//! hostile, is parsed on the page's thread.

/// Talc, as in the page (see `main.rs`): checking makes many small
/// allocations.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Checks one graph: `kind` is `json` or `csv` (then `text` is the JSON
/// list of `[file name, text]` pairs and `title` names the graph).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn check(kind: &str, text: &str, title: &str) -> Vec<u8> {
    switchback::domain::compact::check(kind, text, title)
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The graph checker runs in the browser, in a Web Worker started by the app.");
}
