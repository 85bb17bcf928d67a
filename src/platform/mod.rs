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
mod embed;
mod error;
mod location;
mod net;
mod storage;

pub use dom::{
    after, copy_text, epoch_ms, focus, input_value, is_typing_target, key_listener, mark, now_ms, print_page, size_of,
    Listener, Timer,
};
pub use embed::{observe_height, on_parent_graph, post_height, post_ready, HeightObserver};
pub use error::PlatformError;
pub use location::{hash, href, is_local_file, on_hash_change, page_folder, push_hash, query, replace_hash};
pub use net::{
    chosen_files, drag_has_files, drag_left, dropped_files, fetch_text, read_file, PickedFile, MAX_BYTES, TIMEOUT_MS,
};
pub use storage::{read, remove, set_aside, write};

/// Mounts the app in `<div id="app">` (or the body if the page has none),
/// with the options the page address asked for: they are read here, once,
/// so that no component needs to read the address while rendering.
pub fn mount_app() {
    let props = crate::ui::AppProps {
        options: crate::domain::options::PageOptions::parse(&query()),
        page_folder: page_folder().into(),
        local_file: is_local_file(),
    };
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<crate::ui::App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<crate::ui::App>::with_props(props).render(),
    };
}
