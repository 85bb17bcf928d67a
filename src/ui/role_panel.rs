//! One role: what it is, the skills it uses (marked "you have" / "to
//! learn"), where people go next and where they come from.

use yew::prelude::*;

use super::context::use_explorer;
use super::move_list::{role_facts, MoveList};
use super::{SkillList, Sources};
use crate::domain::gap::Gap;
use crate::domain::graph::RoleIx;
use crate::domain::state::Action;

/// Props for [`RolePanel`].
#[derive(Properties, PartialEq)]
pub struct RolePanelProps {
    /// The role.
    pub role: RoleIx,
}

/// The role panel.
#[component]
pub fn RolePanel(props: &RolePanelProps) -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    let role = graph.role(props.role);
    let gap = Gap::role(graph, props.role, &ex.have);
    let skills: Vec<_> = graph.role_skills(props.role).iter().collect();
    let id = role.id.clone();
    let onfrom = ex.dispatch.reform({
        let id = id.clone();
        move |_: MouseEvent| Action::SetFrom(Some(id.clone()))
    });
    let onto = ex.dispatch.reform(move |_: MouseEvent| Action::SetTo(Some(id.clone())));
    html! {
        <article class="sb-panel" aria-labelledby="sb-panel-title">
            <h2 id="sb-panel-title" tabindex="-1">{ &role.title }</h2>
            <p class="sb-facts">{ role_facts(graph, props.role) }</p>
            <div class="sb-row">
                <button type="button" class="sb-button" onclick={onfrom}>{ "I am this" }</button>
                <button type="button" class="sb-button" onclick={onto}>{ "I want this" }</button>
            </div>
            if let Some(summary) = &role.summary {
                <p>{ summary }</p>
            }
            if !role.responsibilities.is_empty() {
                <h3>{ "What the job involves" }</h3>
                <ul>{ for role.responsibilities.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
            }
            if !skills.is_empty() {
                <h3>{ "Skills" }</h3>
                <p class="sb-muted">{ format!("You have {} of {}.", gap.have.len(), skills.len()) }</p>
                <SkillList {skills} id_prefix="sb-role-skill" />
            }
            <h3>{ "Where people go next" }</h3>
            <MoveList moves={graph.outgoing(props.role).to_vec()} outgoing=true />
            <h3>{ "Where people come from" }</h3>
            <MoveList moves={graph.incoming(props.role).to_vec()} outgoing=false />
            <Sources ids={role.sources.clone()} />
        </article>
    }
}
