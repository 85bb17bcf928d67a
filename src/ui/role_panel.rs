//! One role: what it is, the other names people use for it, the preparation
//! people in it typically have, the skills it uses (marked "you have" / "to
//! learn"), its tools, where people go next and where they come from.

use yew::prelude::*;

use super::links::move_href;
use super::{GraphRef, SkillList, Sources};
use crate::domain::gap::Gap;
use crate::domain::graph::{RoleIx, TransIx};
use crate::domain::preparation::preparation_lines;
use crate::domain::skillset::SkillSet;
use crate::domain::state::Action;
use crate::domain::text::{plural, time_range};

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

/// "Engineering · Level 2 of 7", and what the level means when the graph
/// says ("Level 4 of 5: Considerable preparation needed (job zone 4)").
pub fn role_facts(graph: &GraphRef, role: RoleIx) -> String {
    let r = graph.role(role);
    let track = r.track.as_deref().map(|t| graph.track_name(t).to_owned());
    let level = r.level.map(|l| match graph.level_info(l) {
        Some(info) => format!("Level {l} of {}: {}", graph.top_level(), info.name),
        None => format!("Level {l} of {}", graph.top_level()),
    });
    track.into_iter().chain(level).collect::<Vec<_>>().join(" \u{00b7} ")
}

/// How a move's roles are related, in plain words when the graph gives them
/// ("closely related"), and the source's own terms for a tooltip ("O*NET's
/// tier Primary-Short…, #3 in the list").
pub fn relation_words(graph: &GraphRef, t: &crate::domain::format::Transition) -> Option<(String, String)> {
    let info = t.relation.as_deref().and_then(|term| graph.relation_info(term));
    let label = match (info, &t.relation) {
        (Some(info), _) => info.label.clone(),
        (None, Some(term)) => term.clone(),
        (None, None) => return t.closeness.map(|c| (format!("closeness #{c}"), "1 is the closest".to_owned())),
    };
    let mut source = Vec::new();
    if let (Some(info), Some(term)) = (info, &t.relation) {
        source.push(info.description.clone().unwrap_or_else(|| term.clone()));
    }
    if let Some(c) = t.closeness {
        source.push(format!("#{c} in the source's list of related roles (1 is the closest)"));
    }
    Some((label, source.join(" ")))
}

/// A list of moves, each linking to its panel with the skills still needed,
/// the typical time (with any preparation gate), how related the roles are,
/// and whether the move asks for more preparation or steps down.
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
                let gate = graph.gate(t);
                let mut marks = Vec::new();
                if gate.education.is_some() {
                    marks.push("more education");
                }
                if gate.experience.is_some() {
                    marks.push("more experience");
                }
                if graph.steps_down(t) {
                    marks.push("a step down");
                }
                let relation = relation_words(graph, tr);
                html! {
                    <li>
                        <a href={move_href(&tr.from, &tr.to)}>{ &other.title }</a>
                        <span class="sb-muted">{ format!(" \u{00b7} {need} skill{} to learn \u{00b7} {}", plural(need), time_range(graph.move_months(t))) }</span>
                        if let Some((label, source)) = relation {
                            <span class="sb-muted" title={source}>{ format!(" \u{00b7} {label}") }</span>
                        }
                        if !marks.is_empty() {
                            <span class="sb-gate">{ format!(" \u{00b7} {}", marks.join(", ")) }</span>
                        }
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
                <a class="sb-button sb-quiet" href="#/">{ "Close" }</a>
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
                <SkillList graph={graph.clone()} {skills} have={props.have.clone()} id_prefix="sb-role-skill" ondispatch={props.ondispatch.clone()} />
            }
            if !role.tools.is_empty() {
                <h3>{ "Tools and technologies" }</h3>
                <p>{ role.tools.join(" \u{00b7} ") }</p>
            }
            <h3>{ "Where people go next" }</h3>
            { move_list(graph, graph.outgoing(props.role), &props.have, true) }
            <h3>{ "Where people come from" }</h3>
            { move_list(graph, graph.incoming(props.role), &props.have, false) }
            <Sources graph={graph.clone()} ids={role.sources.clone()} />
        </article>
    }
}
