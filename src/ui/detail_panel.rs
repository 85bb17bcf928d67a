//! The detail panel: the open role, move or skill, a note when the address
//! names something this graph does not have, or a hint when nothing is open.

use yew::prelude::*;

use super::bidi::iso;
use super::context::use_explorer;
use super::{MovePanel, RolePanel, SkillPanel};
use crate::domain::route::{Resolved, Selection};

/// The panel for what is open.
#[component]
pub fn DetailPanel() -> Html {
    let ex = use_explorer();
    let open = ex.state.selection.resolve(&ex.graph);
    // Both roles are here, only not one move apart (an old link, or a
    // hand-written one): name them, and offer the planner.
    if let Resolved::Missing(_, Selection::Move(from, to)) = open {
        if let (Some(a), Some(b)) = (ex.graph.role_ix(from), ex.graph.role_ix(to)) {
            let (a, b) = (ex.graph.role(a), ex.graph.role(b));
            return html! {
                <div class="sb-empty" role="status">
                    <p>
                        { "There is no direct move from " }<a href={ex.role_href(&a.id)}>{ iso(&a.title) }</a>
                        { " to " }<a href={ex.role_href(&b.id)}>{ iso(&b.title) }</a>{ " in this graph." }
                    </p>
                    <div class="sb-row">
                        <button type="button" class="sb-button" onclick={ex.plan_between(&a.id, &b.id)}>{ "Find paths between them" }</button>
                        <a href="#/">{ "Close" }</a>
                    </div>
                </div>
            };
        }
    }
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
