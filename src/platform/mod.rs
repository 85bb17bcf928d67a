//! The only code that touches browser APIs.
//!
//! **Architecture Invariant:** `web_sys`, `js_sys`, `gloo`, `wasm_bindgen`
//! and `wasm_bindgen_futures` are named only in this module (and in
//! `main.rs`). The UI reaches the browser through functions here, called
//! from hooks' effects and callbacks, never while rendering, so rendering
//! stays pure and testable natively. Components themselves name only
//! [`event`] (functions that read an event, which exist only in callbacks).
//!
//! This module knows nothing of the UI: it reads what the page starts from
//! ([`boot`]) and offers verbs; `main.rs` mounts the app.
//!
//! Every fallible call returns a [`PlatformError`] whose message a person can
//! act on; none of them panics when the browser refuses (storage blocked in a
//! private window or a sandboxed frame, clipboard denied, a dead URL).

mod checker;
mod dom;
mod embed;
mod error;
pub mod event;
mod location;
mod net;
mod storage;

pub use checker::{cancel_checks, check, read_checked, warm_up, Check, Checked, Kept, Kind, Piece};
pub use dom::{
    after, copy_text, download, epoch_ms, focus, focus_first, focus_first_in, focus_heading_in, focused_id,
    idle_after_paint, key_listener, mark, next_task, now_ms, print_page, size_of, spawn, Listener, Timer,
};
pub use embed::{observe_height, on_parent_graph, post_height, post_ready, HeightObserver};
pub use error::PlatformError;
pub use location::{
    hash, href, is_local_file, on_hash_change, page_folder, push_hash, query, reload, replace_hash, replace_query,
};
pub use net::{fetch_body, read_file, Body, PickedFile, TIMEOUT_MS};
pub use storage::{read, records, remove, set_aside, snapshot, write, write_kept};

use crate::domain::boot::Boot;
use crate::domain::options::PageOptions;
use crate::domain::saved::{keys_at_start, CURRENT_KEY};

/// Reads everything the first render needs, once: the page options, where
/// the page is, the hash, and the stored records for the first screen.
pub fn boot() -> Boot {
    let options = PageOptions::parse_at(&query(), &href());
    let stored = match read(CURRENT_KEY) {
        Ok(current) => {
            let mut keys = keys_at_start(&options, current.as_deref());
            keys.push(CURRENT_KEY.to_owned());
            snapshot(&keys)
        }
        Err(e) => storage::refused(&e),
    };
    Boot { options, folder: page_folder(), local_file: is_local_file(), hash: hash(), stored }
}

/// The element the app mounts in: `<div id="app">`, if the page has one.
pub fn app_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}
