//! The address bar: the hash holds the view (see `domain::route`); the query
//! holds page options such as `graph=<url>`.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current hash, with its `#` (empty when there is none).
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The full address, for "Copy link".
pub fn href() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

fn history_call(hash: &str, replace: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else { return };
    // pushState/replaceState do not fire `hashchange`, so the app's own
    // updates do not come back to it as navigation.
    let result = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(hash))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(hash))
    };
    // A sandboxed frame may refuse; the app still works, only the address
    // does not follow.
    let _ = result;
}

/// Adds a history entry for `hash` (the app changed the view).
pub fn push_hash(hash: &str) {
    history_call(hash, false);
}

/// Rewrites the current entry (the address was made canonical).
pub fn replace_hash(hash: &str) {
    history_call(hash, true);
}

/// Calls `f` with the new hash whenever it changes by navigation (a link,
/// Back/Forward, the address bar). Dropping the listener stops it.
pub fn on_hash_change(f: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = window()?;
    Some(EventListener::new(&window, "hashchange", move |_| f(hash())))
}

/// The query part of the page address (`?embed=1&...`), or empty.
pub fn query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Rewrites the current entry's query (`query`: `?…` or empty), keeping
/// the path and the hash (the page names the graph it shows).
pub fn replace_query(query: &str) {
    let Some(location) = window().map(|w| w.location()) else { return };
    let path = location.pathname().unwrap_or_default();
    history_call(&format!("{path}{query}{}", hash()), true);
}

/// The address of the folder the page is in (for embed snippets), ending in
/// `/`.
pub fn page_folder() -> String {
    let Some(location) = window().map(|w| w.location()) else { return String::new() };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    format!("{origin}{folder}")
}

/// True when the page was opened from a local file.
pub fn is_local_file() -> bool {
    window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:")
}

/// Loads the page again (after an import, so everything starts from the
/// records as they now are).
pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}
