//! Moving keyboard focus on request (skip links, "Open the plan", what a
//! "Show more" button reveals).

use yew::prelude::*;

use crate::platform;

/// A callback that moves focus to the first element matching a CSS
/// selector, trying each of `|`-separated selectors in turn.
#[hook]
pub fn use_focus() -> Callback<&'static str> {
    use_callback((), |selectors: &'static str, _| {
        for selector in selectors.split('|') {
            if platform::focus_first(selector) {
                break;
            }
        }
    })
}

/// Moves focus to the plan's heading when the view becomes the plan (not
/// on the first render: a page opened at the plan keeps the browser's
/// focus).
#[hook]
pub fn use_focus_on_plan(view: crate::domain::route::ViewMode) {
    let mounted = use_mut_ref(|| false);
    use_effect_with(view, move |view| {
        if *mounted.borrow() && *view == crate::domain::route::ViewMode::Plan {
            platform::focus_first("#sb-plan-view h2");
        }
        *mounted.borrow_mut() = true;
    });
}

/// A callback that moves focus, after the next render, to the first element
/// matching a CSS selector inside the element `root` refers to: for a button
/// that reveals more of a list and is gone once it has (focus goes to the
/// first item revealed, not back to the top of the page).
#[hook]
pub fn use_focus_in_after_render(root: NodeRef) -> Callback<String> {
    let pending = use_mut_ref(|| None::<String>);
    {
        let pending = pending.clone();
        use_effect(move || {
            if let Some(selector) = pending.borrow_mut().take() {
                platform::focus_first_in(&root, &selector);
            }
        });
    }
    use_callback((), move |selector: String, _| *pending.borrow_mut() = Some(selector))
}
