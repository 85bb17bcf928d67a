//! Lists and lines shared by the panels and the outline: a role's facts, a
//! move's relatedness in plain words, and a list of moves with what each
//! still needs.

use yew::prelude::*;

use super::bidi::iso;
use super::context::use_explorer;
use super::hooks::use_focus_in_after_render;
use super::shared::GraphRef;
use crate::domain::format::Transition;
use crate::domain::gap::Gap;
use crate::domain::graph::{RoleIx, TransIx};
use crate::domain::order::{sort_by_key, Key};
use crate::domain::text::{plural, time_range};

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
pub fn relation_words(graph: &GraphRef, t: &Transition) -> Option<(String, String)> {
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

/// Props for [`MoveList`].
#[derive(Properties, PartialEq)]
pub struct MoveListProps {
    /// The moves.
    pub moves: Vec<TransIx>,
    /// Moves out of the role (else into it): which end to name.
    pub outgoing: bool,
}

/// How many moves a long list shows before "Show … more".
pub const FIRST_SHOWN: usize = 20;

/// How many of `len` moves a list shows until the person asks for all:
/// the closest [`FIRST_SHOWN`], unless only a few more would be left out
/// (a button to show five is not worth the press).
pub fn shown_at_first(len: usize) -> usize {
    if len > FIRST_SHOWN + 5 {
        FIRST_SHOWN
    } else {
        len
    }
}

/// A list of moves, each linking to its panel with the skills still needed,
/// the typical time (with any preparation gate), how related the roles are,
/// and whether the move asks for more preparation or steps down.
///
/// A long list (the atlas has roles with 70 moves in) shows the closest
/// [`FIRST_SHOWN`] and a button for the rest; the rest then take focus at
/// the first of them.
#[component]
pub fn MoveList(props: &MoveListProps) -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    // The list shown whole, if the person asked for it (the panels key
    // each list by its role, so another role's list starts short).
    let whole = use_state(|| false);
    let list = use_node_ref();
    let focus_in_list = use_focus_in_after_render(list.clone());
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
        sort_by_key(&mut moves, |t| {
            Key::new().then(u64::from(graph.transition(t).closeness_or_default()), 32).then(t.index() as u64, 32).get()
        });
    }
    let len = moves.len();
    let shown = if *whole { len } else { shown_at_first(len) };
    let show_all = {
        let whole = whole.clone();
        Callback::from(move |_: MouseEvent| {
            focus_in_list.emit(format!("li:nth-child({}) a", shown + 1));
            whole.set(true);
        })
    };
    html! {
        <>
        <ul class="sb-moves" ref={list}>
            { for moves[..shown].iter().map(|&t| {
                let (from, to) = graph.ends(t);
                let other = graph.role(if props.outgoing { to } else { from });
                let tr = graph.transition(t);
                let need = Gap::transition(graph, t, &ex.have).need_count();
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
                        <a href={ex.move_href(&tr.from, &tr.to)}>{ iso(&other.title) }</a>
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
        if shown < len {
            <button type="button" class="sb-button sb-more" onclick={show_all}>
                { format!("Show {} more moves ({len} in all)", len - shown) }
            </button>
        }
        </>
    }
}
