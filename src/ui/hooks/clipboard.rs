//! Taking things out of the page: copying text (a link, a plan, a snippet)
//! and printing. The status line says what was copied; a refusal becomes a
//! notice with what to do instead.

use yew::prelude::*;

use crate::platform;
use crate::ui::context::use_notices;
use crate::ui::model::Notice;

/// A callback that copies its text to the clipboard; `what` names it in
/// messages ("Plan" → "Plan copied to the clipboard.").
#[hook]
pub fn use_copy(what: &'static str) -> Callback<String> {
    let notices = use_notices();
    let (say, add) = (notices.say, notices.add);
    use_callback((say, add), move |text: String, (say, add)| {
        let (say, add) = (say.clone(), add.clone());
        platform::spawn(async move {
            match platform::copy_text(&text).await {
                Ok(()) => say.emit(format!("{what} copied to the clipboard.")),
                Err(e) => add.emit(Notice::problem(format!("Could not copy the {}: {e}.", what.to_ascii_lowercase()))),
            }
        });
    })
}

/// A callback that copies the page's address ("Copy link").
#[hook]
pub fn use_copy_link() -> Callback<()> {
    let copy = use_copy("Link");
    use_callback(copy, |_: (), copy| copy.emit(platform::href()))
}

/// A callback that opens the print dialog.
#[hook]
pub fn use_print() -> Callback<()> {
    use_callback((), |_: (), _| platform::print_page())
}
