//! One role: what it is, the skills it uses (marked "you have" / "to
//! learn"), where people go next and where they come from.

use yew::prelude::*;

use super::links::move_href;
use super::{GraphRef, SkillList, Sources};
use crate::domain::gap::Gap;
use crate::domain::graph::{RoleIx, TransIx};
use crate::domain::skillset::SkillSet;
use crate::domain::state::Action;
use crate::domain::text::{months_range, plural};

/// Props for [`RolePanel`].
#[derive(Properties, PartialEq)]
pub struct RolePanelProps {
    /// The graph.
    pub graph: GraphRef,
    /// The role.
    pub role: RoleIx,
    /// The person's skills.
    pub have: SkillSet,
    /// Applies an action.
    pub ondispatch: Callback<Action>,
}

/// "Engineering · Level 2 of 7".
pub fn role_facts(graph: &GraphRef, role: RoleIx) -> String {
    let r = graph.role(role);
    let track = r.track.as_deref().map(|t| graph.track_name(t).to_owned());
    track.into_iter().chain(r.level.map(|l| format!("Level {l} of 7"))).collect::<Vec<_>>().join(" \u{00b7} ")
}

/// " · related: Primary-Short, #3" when the move says how close it is.
pub fn relation_text(t: &crate::domain::format::Transition) -> String {
    match (&t.relation, t.closeness) {
        (Some(r), Some(c)) => format!(" \u{00b7} related: {r}, #{c}"),
        (Some(r), None) => format!(" \u{00b7} related: {r}"),
        (None, Some(c)) => format!(" \u{00b7} closeness #{c}"),
        (None, None) => String::new(),
    }
}

/// A list of moves, each linking to its panel with the skills still needed
/// and the typical time.
pub fn move_list(graph: &GraphRef, moves: &[TransIx], have: &SkillSet, outgoing: bool) -> Html {
    if moves.is_empty() {
        let none = if outgoing {
            "No moves out of this role in this graph."
        } else {
            "No moves into this role in this graph."
        };
        return html! { <p class="sb-muted">{ none }</p> };
    }
    // Closest first when the graph says how close moves are (the O*NET
    // atlas does), else in the graph's order.
    let mut moves = moves.to_vec();
    if moves.iter().any(|&t| graph.transition(t).closeness.is_some()) {
        // (The index breaks ties, so the graph's order is kept among equals.)
        moves.sort_unstable_by_key(|&t| (graph.transition(t).closeness_or_default(), t));
    }
    html! {
        <ul class="sb-moves">
            { for moves.iter().map(|&t| {
                let (from, to) = graph.ends(t);
                let other = graph.role(if outgoing { to } else { from });
                let tr = graph.transition(t);
                let need = Gap::transition(graph, t, have).need_count();
                html! {
                    <li>
                        <a href={move_href(&tr.from, &tr.to)}>{ &other.title }</a>
                        <span class="sb-muted">{ format!(" \u{00b7} {need} skill{} to learn \u{00b7} {}{}", plural(need), months_range(tr.months), relation_text(tr)) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The role panel.
#[component]
pub fn RolePanel(props: &RolePanelProps) -> Html {
    let graph = &props.graph;
    let role = graph.role(props.role);
    let gap = Gap::role(graph, props.role, &props.have);
    let skills: Vec<_> = graph.role_skills(props.role).iter().collect();
    let id = role.id.clone();
    let onfrom = props.ondispatch.reform({
        let id = id.clone();
        move |_: MouseEvent| Action::SetFrom(Some(id.clone()))
    });
    let onto = props.ondispatch.reform(move |_: MouseEvent| Action::SetTo(Some(id.clone())));
    html! {
        <article class="sb-panel" aria-labelledby="sb-panel-title">
            <h2 id="sb-panel-title" tabindex="-1">{ &role.title }</h2>
            <p class="sb-facts">{ role_facts(graph, props.role) }</p>
            <div class="sb-row">
                <button type="button" class="sb-button" onclick={onfrom}>{ "I am this" }</button>
                <button type="button" class="sb-button" onclick={onto}>{ "I want this" }</button>
                <a class="sb-button sb-quiet" href="#/">{ "Close" }</a>
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
                <SkillList graph={graph.clone()} {skills} have={props.have.clone()} id_prefix="sb-role-skill" ondispatch={props.ondispatch.clone()} />
            }
            <h3>{ "Where people go next" }</h3>
            { move_list(graph, graph.outgoing(props.role), &props.have, true) }
            <h3>{ "Where people come from" }</h3>
            { move_list(graph, graph.incoming(props.role), &props.have, false) }
            <Sources graph={graph.clone()} ids={role.sources.clone()} />
        </article>
    }
}
