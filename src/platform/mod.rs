//! The only code that touches browser APIs.
//!
//! **Architecture Invariant:** `web_sys`, `gloo` and `wasm_bindgen` are named
//! only in this module (and in `main.rs`). Components reach the browser
//! through functions here, called from effects and callbacks, never while
//! rendering, so rendering stays pure and testable natively.

/// Mounts the app in `<div id="app">` (or the body if the page has none).
pub fn mount_app() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<crate::ui::App>::with_root(root).render(),
        None => yew::Renderer::<crate::ui::App>::new().render(),
    };
}
