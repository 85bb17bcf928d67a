//! Graph text beside the app's own words. A title is the author's text and
//! may be written right to left, or carry a direction override (U+202E);
//! shown inside a sentence or between arrows, it could turn the arrow and
//! the next title around ("A → B" read as "B ← A"). Each piece of graph
//! text goes in its own `<bdi>`, a bidirectional isolate: whatever its
//! direction, it cannot reorder anything outside it.
//!
//! Text that becomes one string (notices, accessible names) uses
//! `domain::text::isolate_bidi` instead.

use yew::prelude::*;

/// Graph text, isolated.
pub fn iso(text: &str) -> Html {
    html! { <bdi>{ text.to_owned() }</bdi> }
}

/// "A → B", each title isolated. Inside a flex container (a button, a 44 px
/// link on a touch screen) wrap it, and any words beside it, in one `<span>`:
/// loose text between flex items loses its leading and trailing spaces.
pub fn arrow(from: &str, to: &str) -> Html {
    html! { <>{ iso(from) }{ " \u{2192} " }{ iso(to) }</> }
}
