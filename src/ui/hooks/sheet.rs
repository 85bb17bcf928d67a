//! The sheet beside the graph (over it, on narrow screens): what it shows,
//! and where keyboard focus goes. When something opens in it (a role, the
//! paths, "Your skills"), focus moves to its heading, so the answer is where
//! the person is; when it closes, focus goes back where it came from.

use yew::prelude::*;

use crate::domain::route::Selection;
use crate::domain::state::Action;
use crate::platform;

/// The element the sheet is.
pub const SHEET_ID: &str = "sb-sheet";

/// What the sheet shows besides the open role, move or skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetMode {
    /// The ranked paths for the plan.
    Paths,
    /// The self-assessment.
    Skills,
}

/// The sheet's state and verbs.
#[derive(Clone, PartialEq)]
pub struct Sheet {
    /// What it shows, when not the open role, move or skill.
    pub mode: Option<SheetMode>,
    /// Whether it shows anything.
    pub open: bool,
    /// Shows the paths or the skills (again: hides them).
    pub toggle: Callback<SheetMode>,
    /// Closes the sheet (and what is open in it).
    pub close: Callback<()>,
}

/// The sheet, given what is open and whether the plan has both ends.
#[hook]
pub fn use_sheet(selection: &Selection, planned: Option<(String, String)>, dispatch: Callback<Action>) -> Sheet {
    // A page that opens with a plan and nothing else open shows its paths.
    let mode = use_state(|| (planned.is_some() && *selection == Selection::None).then_some(SheetMode::Paths));
    let opener = use_mut_ref(|| None::<String>);
    let mounted = use_mut_ref(|| false);
    let open = mode.is_some() || *selection != Selection::None;

    // Something new opened: remember where focus was, show it, move focus
    // to its heading. (Not on the first render: a page opened at a deep link
    // keeps focus where the browser puts it.)
    // The latest question wins: a new plan shows its paths even over an
    // open role, and a newly opened role, move or skill shows over the paths.
    // The sheet shows one thing, and the address names it: a role left open
    // behind the paths or the skills is closed (else choosing it again,
    // through the same address, would do nothing).
    let last = use_mut_ref(|| (selection.clone(), planned.clone()));
    {
        let (mode, opener, mounted, dispatch) = (mode.clone(), opener.clone(), mounted.clone(), dispatch.clone());
        use_effect_with((selection.clone(), planned.clone()), move |(selection, planned)| {
            let (was_selection, was_planned) = last.replace((selection.clone(), planned.clone()));
            if *mounted.borrow() {
                let new_plan = planned.is_some() && *planned != was_planned;
                let new_selection = *selection != Selection::None && *selection != was_selection;
                if new_plan {
                    mode.set(Some(SheetMode::Paths));
                    if *selection != Selection::None {
                        dispatch.emit(Action::Close);
                    }
                } else if new_selection {
                    mode.set(None);
                } else if *selection == Selection::None && planned.is_some() {
                    mode.set(Some(SheetMode::Paths));
                }
                if *selection != Selection::None || planned.is_some() {
                    if opener.borrow().is_none() {
                        *opener.borrow_mut() = platform::focused_id();
                    }
                    platform::focus_heading_in(SHEET_ID);
                }
            }
            *mounted.borrow_mut() = true;
        });
    }
    let has_selection = *selection != Selection::None;
    let toggle = {
        let (mode, opener, dispatch) = (mode.clone(), opener.clone(), dispatch.clone());
        Callback::from(move |which: SheetMode| {
            if has_selection {
                dispatch.emit(Action::Close);
            }
            if *mode == Some(which) {
                mode.set(None);
                if let Some(id) = opener.borrow_mut().take() {
                    platform::focus(&id);
                }
            } else {
                *opener.borrow_mut() = platform::focused_id();
                mode.set(Some(which));
            }
        })
    };
    // A mode opened by a button: focus its heading once it is drawn (not
    // the mode a page opens with: an embed must not pull the reader's
    // page to itself).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(*mode, move |mode| {
            let opening = !first.replace(false);
            if mode.is_some() && opening {
                platform::focus_heading_in(SHEET_ID);
            }
        });
    }
    let close = {
        let (mode, opener) = (mode.clone(), opener.clone());
        Callback::from(move |_: ()| {
            mode.set(None);
            if has_selection {
                dispatch.emit(Action::Close);
            }
            if let Some(id) = opener.borrow_mut().take() {
                platform::focus(&id);
            }
        })
    };
    Sheet { mode: *mode, open, toggle, close }
}
