//! Lists and lines shared by the panels and the outline: a role's facts, a
//! move's relatedness, and a list of moves with what each still needs.

use yew::prelude::*;

use super::context::use_explorer;
use super::links::move_href;
use super::shared::GraphRef;
use crate::domain::format::Transition;
use crate::domain::gap::Gap;
use crate::domain::graph::{RoleIx, TransIx};
use crate::domain::text::{months_range, plural};

/// "Engineering · Level 2 of 7".
pub fn role_facts(graph: &GraphRef, role: RoleIx) -> String {
    let r = graph.role(role);
    let track = r.track.as_deref().map(|t| graph.track_name(t).to_owned());
    track.into_iter().chain(r.level.map(|l| format!("Level {l} of 7"))).collect::<Vec<_>>().join(" \u{00b7} ")
}

/// " · related: Primary-Short, #3" when the move says how close it is.
pub fn relation_text(t: &Transition) -> String {
    match (&t.relation, t.closeness) {
        (Some(r), Some(c)) => format!(" \u{00b7} related: {r}, #{c}"),
        (Some(r), None) => format!(" \u{00b7} related: {r}"),
        (None, Some(c)) => format!(" \u{00b7} closeness #{c}"),
        (None, None) => String::new(),
    }
}

/// Props for [`MoveList`].
#[derive(Properties, PartialEq)]
pub struct MoveListProps {
    /// The moves.
    pub moves: Vec<TransIx>,
    /// Moves out of the role (else into it): which end to name.
    pub outgoing: bool,
}

/// A list of moves, each linking to its panel with the skills still needed
/// and the typical time.
#[component]
pub fn MoveList(props: &MoveListProps) -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    if props.moves.is_empty() {
        let none = if props.outgoing {
            "No moves out of this role in this graph."
        } else {
            "No moves into this role in this graph."
        };
        return html! { <p class="sb-muted">{ none }</p> };
    }
    // Closest first when the graph says how close moves are (the O*NET
    // atlas does), else in the graph's order.
    let mut moves = props.moves.clone();
    if moves.iter().any(|&t| graph.transition(t).closeness.is_some()) {
        // (The index breaks ties, so the graph's order is kept among equals.)
        moves.sort_unstable_by_key(|&t| (graph.transition(t).closeness_or_default(), t));
    }
    html! {
        <ul class="sb-moves">
            { for moves.iter().map(|&t| {
                let (from, to) = graph.ends(t);
                let other = graph.role(if props.outgoing { to } else { from });
                let tr = graph.transition(t);
                let need = Gap::transition(graph, t, &ex.have).need_count();
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
