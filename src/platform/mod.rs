//! The only code that touches browser APIs.
//!
//! **Architecture Invariant:** `web_sys`, `js_sys`, `gloo` and `wasm_bindgen`
//! are named only in this module (and in `main.rs`). Components reach the
//! browser through functions here, called from effects and callbacks, never
//! while rendering, so rendering stays pure and testable natively.
//!
//! Every fallible call returns a [`PlatformError`] whose message a person can
//! act on; none of them panics when the browser refuses (storage blocked in a
//! private window or a sandboxed frame, clipboard denied, a dead URL).

mod dom;
mod error;
mod fetch;
mod location;
mod storage;

pub use dom::{
    copy_text, focus, input_value, is_typing_target, key_listener, mark, now_ms, print_page, size_of, Listener,
};
pub use error::PlatformError;
pub use fetch::fetch_text;
pub use location::{hash, href, on_hash_change, push_hash, query_param, replace_hash};
pub use storage::{read, remove, set_aside, write};

/// Mounts the app in `<div id="app">` (or the body if the page has none).
pub fn mount_app() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<crate::ui::App>::with_root(root).render(),
        None => yew::Renderer::<crate::ui::App>::new().render(),
    };
}
