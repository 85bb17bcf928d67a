//! Reading what an event carries: an input's value, the files chosen or
//! dropped, whether a key was typed into a text box.
//!
//! These are the only platform functions a component may name: each takes
//! an event, so it can only run in an event callback, never while rendering
//! (`tests/native/tidy.rs` checks that components name nothing else of
//! `platform`; the rest is reached through hooks).

use wasm_bindgen::JsCast;

use super::net::PickedFile;

/// The current value of the input, text area or select an event came
/// from.
pub fn input_value(event: &yew::events::Event) -> String {
    let Some(target) = event.target() else { return String::new() };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return area.value();
    }
    target.dyn_ref::<web_sys::HtmlSelectElement>().map(|select| select.value()).unwrap_or_default()
}

/// True when a key event comes from somewhere text is typed, so shortcuts
/// such as "/" must not fire.
pub fn is_typing_target(event: &yew::events::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().to_ascii_lowercase().as_str(), "input" | "textarea" | "select")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false)
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<PickedFile> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).map(PickedFile).collect()
}

/// The files chosen in the `<input type="file">` an event came from. The
/// input is cleared, so choosing the same file again works.
pub fn chosen_files(event: &yew::events::Event) -> Vec<PickedFile> {
    let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = files_of(input.files());
    input.set_value("");
    files
}

/// The files dropped on the page.
pub fn dropped_files(event: &yew::events::DragEvent) -> Vec<PickedFile> {
    files_of(event.data_transfer().and_then(|d| d.files()))
}

/// True when a drag carries files (not text or a link).
pub fn drag_has_files(event: &yew::events::DragEvent) -> bool {
    event.data_transfer().is_some_and(|d| d.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

/// True when a drag left the element it is handled on (not just moved onto
/// one of its children).
pub fn drag_left(event: &yew::events::DragEvent) -> bool {
    let inside = |current: web_sys::Node| {
        event
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|t| current.contains(Some(&t)))
    };
    !event.current_target().and_then(|c| c.dyn_into::<web_sys::Node>().ok()).is_some_and(inside)
}
