//! One move: the typical time (with any preparation gate), the preparation
//! it asks for beyond the source role, whether it steps down, the skills it
//! requires (have / need), the suggested steps, how related the roles are,
//! notes and sources.

use yew::prelude::*;

use super::bidi::{arrow, iso};
use super::context::use_explorer;
use super::move_list::relation_words;
use super::{SkillList, Sources};
use crate::domain::gap::Gap;
use crate::domain::graph::TransIx;
use crate::domain::plan::move_steps;
use crate::domain::preparation::gate_lines;
use crate::domain::text::{months_range, time_range};

/// Props for [`MovePanel`].
#[derive(Properties, PartialEq)]
pub struct MovePanelProps {
    /// The move.
    pub transition: TransIx,
}

/// The move panel.
#[component]
pub fn MovePanel(props: &MovePanelProps) -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    let t = props.transition;
    let tr = graph.transition(t);
    let (from, to) = graph.ends(t);
    let (a, b) = (graph.role(from), graph.role(to));
    let gap = Gap::transition(graph, t, &ex.have);
    let skills: Vec<_> = graph.requires(t).iter().collect();
    let gate = graph.gate(t);
    let gates = gate_lines(&gate, b.preparation.as_ref());
    let steps = move_steps(graph, t);
    let relation = relation_words(graph, tr);
    let onplan = ex.plan_between(&a.id, &b.id);
    let time = time_range(graph.move_months(t));
    let facts = match &relation {
        Some((label, _)) => format!("Typical time: {time} \u{00b7} {label}"),
        None => format!("Typical time: {time}"),
    };
    html! {
        <article class="sb-panel" aria-labelledby="sb-panel-title">
            <h2 id="sb-panel-title" tabindex="-1">{ arrow(&a.title, &b.title) }</h2>
            <p class="sb-facts">{ facts }</p>
            if !gate.is_open() {
                <p class="sb-muted">{ format!("That is {} for the move itself, plus the preparation below.", months_range(tr.months)) }</p>
            }
            <p>
                { "From " }<a href={ex.role_href(&a.id)}>{ iso(&a.title) }</a>
                { " to " }<a href={ex.role_href(&b.id)}>{ iso(&b.title) }</a>{ "." }
            </p>
            if graph.steps_down(t) {
                <p class="sb-gate">{ "A step down: the " }{ iso(&b.title) }{ " role asks for less preparation than the " }{ iso(&a.title) }{ " role." }</p>
            }
            <div class="sb-row">
                <button type="button" class="sb-button" onclick={onplan}>{ "Plan this move" }</button>
            </div>
            if !gates.is_empty() {
                <h3>{ "Preparation this move asks for" }</h3>
                <dl class="sb-prep">
                    { for gates.into_iter().map(|(what, words)| html! { <><dt>{ what }</dt><dd>{ words }</dd></> }) }
                </dl>
                if let Some(note) = b.preparation.as_ref().and_then(|p| p.note.as_ref()) {
                    <p class="sb-muted">{ note }</p>
                }
            }
            <h3>{ "Skills this move needs" }</h3>
            if skills.is_empty() {
                <p class="sb-muted">{ "The graph lists no particular skills for this move." }</p>
            } else {
                <p class="sb-muted">{ format!("You have {} of {}.", gap.have.len(), skills.len()) }</p>
                <SkillList {skills} id_prefix="sb-move-skill" />
            }
            <h3>{ "Suggested steps" }</h3>
            if steps.is_empty() {
                <p class="sb-muted">{ "The graph suggests no steps for this move." }</p>
            } else {
                <ol>{ for steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
            }
            if let Some((label, source)) = &relation {
                <h3>{ "How related" }</h3>
                <p>{ format!("{}{}", capitalised(label), if source.is_empty() { String::new() } else { format!(": {source}") }) }</p>
                if let Some(term) = tr.relation.as_ref().filter(|term| graph.relation_info(term).is_some()) {
                    <p class="sb-muted">{ format!("In the source's terms: {term}.") }</p>
                }
            }
            if let Some(notes) = &tr.notes {
                <h3>{ "Notes" }</h3>
                <p>{ notes }</p>
            }
            <Sources ids={tr.sources.clone()} />
        </article>
    }
}

/// "closely related" → "Closely related".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
