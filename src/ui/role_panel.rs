//! One role: what it is, the other names people use for it, the preparation
//! people in it typically have, the skills it uses (marked "you have" / "to
//! learn"), its tools, where people go next and where they come from.

use yew::prelude::*;

use super::context::use_explorer;
use super::move_list::{role_facts, MoveList};
use super::{SkillList, Sources};
use crate::domain::gap::Gap;
use crate::domain::graph::RoleIx;
use crate::domain::preparation::preparation_lines;
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
    let level_help = role.level.and_then(|l| graph.level_info(l)).and_then(|info| info.description.clone());
    html! {
        <article class="sb-panel" aria-labelledby="sb-panel-title">
            <h2 id="sb-panel-title" tabindex="-1">{ &role.title }</h2>
            <p class="sb-facts">{ role_facts(graph, props.role) }</p>
            if let Some(help) = level_help {
                <p class="sb-muted sb-small-print">{ help }</p>
            }
            if !role.aliases.is_empty() {
                <p class="sb-muted">{ format!("Also called: {}", role.aliases.join(" \u{00b7} ")) }</p>
            }
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
            if let Some(p) = &role.preparation {
                <h3>{ "Preparation" }</h3>
                <p class="sb-muted">{ "What people in this role typically have, and how many of them (%)." }</p>
                <dl class="sb-prep">
                    { for preparation_lines(p).into_iter().map(|(what, words)| html! {
                        <><dt>{ what }</dt><dd>{ words }</dd></>
                    }) }
                </dl>
                if let Some(note) = &p.note {
                    <p class="sb-muted">{ note }</p>
                }
            }
            if !skills.is_empty() {
                <h3>{ "Skills" }</h3>
                <p class="sb-muted">{ format!("You have {} of {}.", gap.have.len(), skills.len()) }</p>
                <SkillList {skills} id_prefix="sb-role-skill" />
            }
            if !role.tools.is_empty() {
                <h3>{ "Tools and technologies" }</h3>
                <p>{ role.tools.join(" \u{00b7} ") }</p>
            }
            <h3>{ "Where people go next" }</h3>
            <MoveList key={props.role.index()} moves={graph.outgoing(props.role).to_vec()} outgoing=true />
            <h3>{ "Where people come from" }</h3>
            <MoveList key={props.role.index()} moves={graph.incoming(props.role).to_vec()} outgoing=false />
            <Sources ids={role.sources.clone()} />
        </article>
    }
}
