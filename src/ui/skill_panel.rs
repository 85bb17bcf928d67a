//! One skill: what it is, how to learn it, the roles that use it and the
//! moves that require it.

use yew::prelude::*;

use super::bidi::arrow;
use super::context::use_explorer;
use super::Sources;
use crate::domain::graph::SkillIx;
use crate::domain::state::Action;

/// Most roles or moves listed before "and N more".
const LIST_LIMIT: usize = 40;

/// Props for [`SkillPanel`].
#[derive(Properties, PartialEq)]
pub struct SkillPanelProps {
    /// The skill.
    pub skill: SkillIx,
}

fn more(total: usize) -> Html {
    if total > LIST_LIMIT {
        html! { <p class="sb-muted">{ format!("and {} more (search or the outline reach them)", total - LIST_LIMIT) }</p> }
    } else {
        html! {}
    }
}

/// The skill panel.
#[component]
pub fn SkillPanel(props: &SkillPanelProps) -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    let s = props.skill;
    let skill = graph.skill(s);
    let has = ex.have.contains(s);
    let onchange = ex.dispatch.reform({
        let id = skill.id.clone();
        move |_: Event| Action::ToggleSkill(id.clone())
    });
    let roles = graph.roles_using(s);
    let moves = graph.moves_requiring(s);
    html! {
        <article class="sb-panel" aria-labelledby="sb-panel-title">
            <h2 id="sb-panel-title" tabindex="-1">{ graph.skill_name(s) }</h2>
            <p class="sb-facts">{ skill.category.clone().unwrap_or_else(|| "general".to_owned()) }</p>
            <p class="sb-check">
                <input type="checkbox" id="sb-skill-have" checked={has} {onchange} />
                <label for="sb-skill-have">{ "I have this skill" }</label>
            </p>
            if let Some(d) = &skill.description {
                <p>{ d }</p>
            }
            if !skill.learn.is_empty() {
                <h3>{ "How to learn it" }</h3>
                <ul>{ for skill.learn.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            }
            <h3>{ "Roles that use it" }</h3>
            if roles.is_empty() {
                <p class="sb-muted">{ "No role lists this skill." }</p>
            } else {
                <ul>{ for roles.iter().take(LIST_LIMIT).map(|&r| html! { <li><a href={ex.role_href(&graph.role(r).id)}>{ &graph.role(r).title }</a></li> }) }</ul>
                { more(roles.len()) }
            }
            <h3>{ "Moves that require it" }</h3>
            if moves.is_empty() {
                <p class="sb-muted">{ "No move requires this skill." }</p>
            } else {
                <ul>
                    { for moves.iter().take(LIST_LIMIT).map(|&t| {
                        let tr = graph.transition(t);
                        let (a, b) = graph.ends(t);
                        html! { <li><a href={ex.move_href(&tr.from, &tr.to)}><span>{ arrow(&graph.role(a).title, &graph.role(b).title) }</span></a></li> }
                    }) }
                </ul>
                { more(moves.len()) }
            }
            <Sources ids={skill.sources.clone()} />
        </article>
    }
}
