//! The detail panel: the open role, move or skill, a note when the address
//! names something this graph does not have, or a hint when nothing is open.

use yew::prelude::*;

use super::context::use_explorer;
use super::{MovePanel, RolePanel, SkillPanel};
use crate::domain::route::Resolved;

/// The panel for what is open.
#[component]
pub fn DetailPanel() -> Html {
    let ex = use_explorer();
    let open = ex.state.selection.resolve(&ex.graph);
    match open {
        Resolved::Role(role) => html! { <RolePanel {role} /> },
        Resolved::Move(transition) => html! { <MovePanel {transition} /> },
        Resolved::Skill(skill) => html! { <SkillPanel {skill} /> },
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
