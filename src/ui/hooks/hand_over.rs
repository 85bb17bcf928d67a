//! A search handed from one graph to the next: when nothing matches and the
//! person takes the offer to search another graph, the query is kept here
//! and given to the next box with the same id that mounts (the page's search
//! box, once the other graph is open), which starts with it typed in and
//! takes focus. The query is a value kept in this module, not a browser
//! API, so render tests see it too.

use std::cell::RefCell;

use yew::prelude::*;

use crate::platform;

thread_local! {
    /// A query handed from a box to the next one with the same id: (id, query).
    static HANDED_OVER: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Hands `query` to the next combobox with this id that mounts.
pub fn hand_over(id: &str, query: &str) {
    HANDED_OVER.with(|h| *h.borrow_mut() = Some((id.to_owned(), query.to_owned())));
}

/// The query handed to the box with this id, taken once when it mounts
/// (and the box focused after the first render), or `None`.
#[hook]
pub fn use_handed_over(id: AttrValue) -> Option<String> {
    let handed = (*use_state(|| {
        HANDED_OVER.with(|h| {
            let mut h = h.borrow_mut();
            match h.take() {
                Some((for_id, query)) if for_id == id.as_str() => Some(query),
                other => {
                    *h = other;
                    None
                }
            }
        })
    }))
    .clone();
    let focus = handed.is_some();
    use_effect_with((), move |_| {
        if focus {
            platform::focus(&id);
        }
    });
    handed
}
