//! The sheet: beside the graph on wide screens, over it on narrow ones. It
//! shows the open role, move or skill, the paths, or "Your skills", with a
//! close control; with nothing open (on wide screens) a short guide.

use yew::prelude::*;

use super::context::use_explorer;
use super::hooks::{PlanAnswer, Sheet as SheetState, SheetMode, SHEET_ID};
use super::{DetailPanel, PathsPanel, SkillsPanel};
use crate::domain::route::Selection;

/// Props for [`Sheet`].
#[derive(Properties, PartialEq)]
pub struct SheetProps {
    /// What the sheet shows and its verbs.
    pub sheet: SheetState,
    /// The plan's question and answer (for the paths).
    pub plan: PlanAnswer,
}

/// The sheet.
#[component]
pub fn Sheet(props: &SheetProps) -> Html {
    let ex = use_explorer();
    let sheet = &props.sheet;
    let planned = props.plan.from.is_some() && props.plan.to.is_some();
    let content = match (sheet.mode, &ex.state.selection) {
        (Some(SheetMode::Paths), _) => html! { <PathsPanel plan={props.plan.clone()} /> },
        (None, Selection::None) if planned => html! { <PathsPanel plan={props.plan.clone()} /> },
        (Some(SheetMode::Skills), _) => html! { <SkillsPanel /> },
        (None, Selection::None) => html! {
            <div class="sb-empty">
                <h2>{ "Explore" }</h2>
                <p>{ "Choose a role on the graph to see what the job involves, the skills it uses and where people go next. Press / to search." }</p>
                <p>{ "Say where you are and where you want to go, above the graph, to get ranked paths and a step-by-step plan." }</p>
            </div>
        },
        (None, _) => html! { <DetailPanel /> },
    };
    let onclose = sheet.close.reform(|_: MouseEvent| ());
    html! {
        <aside id={SHEET_ID} class={classes!("sb-sheet", (!sheet.open).then_some("is-empty"))} aria-label="Details">
            if sheet.open {
                <button type="button" class="sb-button sb-quiet sb-close" onclick={onclose} aria-label="Close the panel">{ "Close \u{00d7}" }</button>
            }
            { content }
        </aside>
    }
}
