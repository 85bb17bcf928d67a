//! Skip links: the first things in the tab order, hidden until focused,
//! that jump to the graph, the open panel, or the plan. They are buttons,
//! not `#id` links: the address's hash belongs to the view.

use yew::prelude::*;

use super::context::use_explorer;
use super::hooks::use_focus;
use crate::domain::route::ViewMode;
use crate::domain::state::Action;

/// The skip links.
#[component]
pub fn SkipLinks() -> Html {
    let (ex, focus) = (use_explorer(), use_focus());
    let graph_view = ex.state.view == ViewMode::Graph;
    let to_graph = {
        let (focus, dispatch) = (focus.clone(), ex.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if graph_view {
                focus.emit("#sb-graph-frame a[tabindex=\"0\"]|#sb-canvas h2|#sb-canvas");
            } else {
                dispatch.emit(Action::SetView(ViewMode::Graph));
            }
        })
    };
    let to_panel = focus.reform(|_: MouseEvent| "#sb-sheet h2|#sb-sheet");
    let to_plan = {
        let (focus, dispatch, view) = (focus.clone(), ex.dispatch.clone(), ex.state.view);
        Callback::from(move |_: MouseEvent| {
            if view == ViewMode::Plan {
                focus.emit("#sb-plan-view h2");
            } else {
                dispatch.emit(Action::SetView(ViewMode::Plan));
            }
        })
    };
    html! {
        <nav class="sb-skip" aria-label="Skip links">
            <button type="button" class="sb-skip-link" onclick={to_graph}>{ "Skip to the graph" }</button>
            <button type="button" class="sb-skip-link" onclick={to_panel}>{ "Skip to the panel" }</button>
            <button type="button" class="sb-skip-link" onclick={to_plan}>{ "Skip to the plan" }</button>
        </nav>
    }
}
