//! The detail panel: the open role, move or skill, a note when the address
//! names something this graph does not have, or a hint when nothing is open.

use yew::prelude::*;

use super::bidi::iso;
use super::context::use_explorer;
use super::links::role_href;
use super::{MovePanel, RolePanel, SkillPanel};
use crate::domain::route::{Resolved, Selection};
use crate::domain::state::Action;

/// The panel for what is open.
#[component]
pub fn DetailPanel() -> Html {
    let ex = use_explorer();
    let open = ex.state.selection.resolve(&ex.graph);
    match open {
        Resolved::Role(role) => html! { <RolePanel {role} /> },
        Resolved::Move(transition) => html! { <MovePanel {transition} /> },
        Resolved::Skill(skill) => html! { <SkillPanel {skill} /> },
        // Both roles are here, only not one move apart (an old link, or a
        // hand-written one): name them, and offer the planner.
        Resolved::Missing(_, Selection::Move(from, to))
            if ex.graph.role_ix(from).is_some() && ex.graph.role_ix(to).is_some() =>
        {
            let title =
                |id: &str| ex.graph.role_ix(id).map_or_else(|| id.to_owned(), |r| ex.graph.role(r).title.clone());
            let onplan = {
                let (dispatch, from, to) = (ex.dispatch.clone(), from.clone(), to.clone());
                Callback::from(move |_: MouseEvent| {
                    dispatch.emit(Action::SetFrom(Some(from.clone())));
                    dispatch.emit(Action::SetTo(Some(to.clone())));
                })
            };
            html! {
                <div class="sb-empty" role="status">
                    <p>
                        { "There is no direct move from " }<a href={role_href(from)}>{ iso(&title(from)) }</a>
                        { " to " }<a href={role_href(to)}>{ iso(&title(to)) }</a>{ " in this graph." }
                    </p>
                    <div class="sb-row">
                        <button type="button" class="sb-button" onclick={onplan}>{ "Find paths between them" }</button>
                        <a href="#/">{ "Close" }</a>
                    </div>
                </div>
            }
        }
        Resolved::Missing(..) => {
            let (what, id) = open.missing_text().unwrap_or_default();
            html! {
                <div class="sb-empty" role="status">
                    <p>{ format!("There is no {what} \u{201c}{id}\u{201d} in this graph.") }</p>
                    <a href="#/">{ "Close" }</a>
                </div>
            }
        }
        Resolved::None => html! {
            <div class="sb-empty">
                <h2>{ "Explore" }</h2>
                <p>{ "Choose a role on the graph to see what the job involves, the skills it uses and where people go next. Press / to search." }</p>
                <p>{ "Say where you are and where you want to go under \u{201c}Plan a move\u{201d} to get ranked paths and a step-by-step plan." }</p>
            </div>
        },
    }
}
