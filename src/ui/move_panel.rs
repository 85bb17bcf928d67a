//! One move: the skills it requires (have / need), the typical time, the
//! suggested steps, notes and sources.

use yew::prelude::*;

use super::context::use_explorer;
use super::links::role_href;
use super::move_list::relation_text;
use super::{SkillList, Sources};
use crate::domain::gap::Gap;
use crate::domain::graph::TransIx;
use crate::domain::state::Action;
use crate::domain::text::months_range;

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
    let onplan = {
        let (dispatch, from_id, to_id) = (ex.dispatch.clone(), a.id.clone(), b.id.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SetFrom(Some(from_id.clone())));
            dispatch.emit(Action::SetTo(Some(to_id.clone())));
        })
    };
    html! {
        <article class="sb-panel" aria-labelledby="sb-panel-title">
            <h2 id="sb-panel-title" tabindex="-1">{ format!("{} \u{2192} {}", a.title, b.title) }</h2>
            <p class="sb-facts">{ format!("Typical time: {}{}", months_range(tr.months), relation_text(tr)) }</p>
            <p>
                { "From " }<a href={role_href(&a.id)}>{ &a.title }</a>
                { " to " }<a href={role_href(&b.id)}>{ &b.title }</a>{ "." }
            </p>
            <div class="sb-row">
                <button type="button" class="sb-button" onclick={onplan}>{ "Plan this move" }</button>
            </div>
            <h3>{ "Skills this move needs" }</h3>
            if skills.is_empty() {
                <p class="sb-muted">{ "The graph lists no particular skills for this move." }</p>
            } else {
                <p class="sb-muted">{ format!("You have {} of {}.", gap.have.len(), skills.len()) }</p>
                <SkillList {skills} id_prefix="sb-move-skill" />
            }
            <h3>{ "Suggested steps" }</h3>
            if tr.steps.is_empty() {
                <p class="sb-muted">{ "The graph suggests no steps for this move." }</p>
            } else {
                <ol>{ for tr.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
            }
            if let Some(notes) = &tr.notes {
                <h3>{ "Notes" }</h3>
                <p>{ notes }</p>
            }
            <Sources ids={tr.sources.clone()} />
        </article>
    }
}
