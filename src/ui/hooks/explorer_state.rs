//! The explorer's state, and keeping it in step with the address bar and
//! the browser's storage.
//!
//! All changes go through `ExplorerState::apply` (pure, in the domain); the
//! reducer below is a three-line adapter. This hook wires the state to the
//! outside world, in effects only:
//!
//! - once mounted: say what could not be restored (and set it aside), then
//!   follow the address (`hashchange`) and the "/" shortcut;
//! - when the view changes: write the canonical address (a new history entry
//!   when the person did something, a rewrite when the address already said
//!   so, as after following a plain `#/role/x` link);
//! - when progress or preferences change: save them.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::graph_loader::set_aside;
use crate::domain::progress::Prefs;
use crate::domain::route::Route;
use crate::domain::state::{Action, ExplorerState};
use crate::domain::text::capitalise;
use crate::platform::{self, PlatformError};
use crate::ui::model::{ExplorerStart, Notice};
use crate::ui::shared::Shared;

/// The reducer: keeps the same `Rc` (so Yew skips re-rendering) when
/// nothing changed.
impl Reducible for ExplorerState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Says a failed save once, not on every tick of a checkbox.
/// A held record was already explained when it was kept, so refusing to
/// save over it is not said again.
fn report_save(result: Result<(), PlatformError>, notify: &Callback<Notice>, reported: &Cell<bool>) {
    match result {
        Ok(()) | Err(PlatformError::Held(_)) => {}
        Err(e) => {
            if !reported.replace(true) {
                notify.emit(Notice::problem(capitalise(&e.to_string()) + "."));
            }
        }
    }
}

/// The explorer's state, starting from `start`, kept in step with the
/// address and storage (under the keys `start` names); and the callback
/// that changes it.
#[hook]
pub fn use_explorer_state(
    start: Shared<ExplorerStart>,
    notify: Callback<Notice>,
) -> (Rc<ExplorerState>, Callback<Action>) {
    let state = use_reducer(|| start.state.clone());
    let ready = use_state(|| false);
    let save_reported = use_mut_ref(|| Cell::new(false));
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| {
            // Mark for the browser benchmark: a question for the planner.
            if ExplorerState::changes_plan(&action) {
                platform::mark("sb:plan-start");
            }
            dispatcher.dispatch(action);
        })
    };

    // Once mounted: say what could not be restored, then follow the address
    // and the "/" shortcut for as long as the explorer lives.
    {
        let (dispatch, ready, notify, reported) =
            (dispatch.clone(), ready.clone(), notify.clone(), save_reported.clone());
        let start = start.clone();
        use_effect_with((), move |_| {
            for record in &start.unreadable {
                set_aside(record, &notify);
            }
            // Storage is off: say so once, and not again on every save.
            if let Some(why) = &start.refused {
                reported.borrow().set(true);
                notify.emit(Notice::problem(why.clone()));
            }
            ready.set(true);
            let on_hash = platform::on_hash_change(move |hash| dispatch.emit(Action::Navigate(Route::parse(&hash))));
            let on_key = platform::key_listener(|e| {
                if e.key() == "/"
                    && !e.ctrl_key()
                    && !e.meta_key()
                    && !e.alt_key()
                    && !platform::event::is_typing_target(e)
                {
                    e.prevent_default();
                    platform::focus("sb-search");
                }
            });
            move || drop((on_hash, on_key))
        });
    }

    // The address follows the view.
    {
        let now = (*state).clone();
        use_effect_with((state.route(), *ready), move |(route, ready)| {
            if *ready {
                let canonical = route.to_hash();
                let current = platform::hash();
                if current != canonical {
                    // If the current address already leads to this state (it
                    // only lacks the plan), rewrite it; otherwise the person
                    // did something new: add a history entry.
                    if now.apply(Action::Navigate(Route::parse(&current))) == now {
                        platform::replace_hash(&canonical);
                    } else {
                        platform::push_hash(&canonical);
                    }
                }
            }
        });
    }

    // Progress and preferences are saved when they change.
    {
        let key = start.progress_key.clone();
        let (notify, reported) = (notify.clone(), save_reported.clone());
        use_effect_with((state.progress(), *ready), move |(progress, ready)| {
            if *ready {
                let result = if progress.is_empty() {
                    platform::remove(&key)
                } else {
                    platform::write(&key, &progress.encode())
                };
                report_save(result, &notify, &reported.borrow());
            }
        });
    }
    {
        let (reported, prefs_key) = (save_reported.clone(), start.prefs_key);
        use_effect_with((state.theme, *ready), move |(theme, ready)| {
            if let (true, Some(key)) = (*ready, prefs_key) {
                report_save(platform::write(key, &Prefs { theme: *theme }.encode()), &notify, &reported.borrow());
            }
        });
    }
    (Rc::new((*state).clone()), dispatch)
}
