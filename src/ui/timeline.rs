//! The chosen path as a picture: one row per move, each with a bar on a
//! shared time axis (the solid part when the move typically happens, the
//! light part the range it may take), and the total as a range. The words
//! are HTML (they wrap on a phone and read aloud); the bars are SVG.

use yew::prelude::*;

use super::bidi::arrow;
use super::context::use_explorer;
use crate::domain::timeline::{range_text, Timeline as Times};

/// Props for [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The path's moves, in order.
    pub moves: Vec<crate::domain::graph::TransIx>,
    /// The months of preparation each move asks for on this path, in order.
    #[prop_or_default]
    pub gates: Vec<[u32; 2]>,
}

/// A position on the axis, in the bars' 1000 units.
fn at(months: u32, scale: u32) -> String {
    ((u64::from(months) * 1000 / u64::from(scale.max(1))).min(1000)).to_string()
}

/// The timeline.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    let times = Times::with_preparation(graph, &props.moves, &props.gates);
    let scale = times.total[1].max(1);
    html! {
        <figure class="sb-timeline" aria-labelledby="sb-timeline-caption">
            <figcaption id="sb-timeline-caption">
                { format!("Timeline: {} move{}, {} in all", times.legs.len(), if times.legs.len() == 1 { "" } else { "s" }, range_text(times.total)) }
            </figcaption>
            <ol class="sb-legs">
                { for times.legs.iter().enumerate().map(|(i, leg)| {
                    let (a, b) = graph.ends(leg.transition);
                    let mid_start = leg.starts[0] / 2 + leg.starts[1] / 2;
                    let mid = leg.months[0] / 2 + leg.months[1] / 2;
                    let window_end = leg.starts[1].saturating_add(leg.months[1]);
                    html! {
                        <li class="sb-leg">
                            <span class="sb-leg-text">
                                <strong>{ format!("{}. ", i + 1) }{ arrow(&graph.role(a).title, &graph.role(b).title) }</strong>
                                <span class="sb-muted">{ format!(" \u{00b7} {}", if graph.transition(leg.transition).months.is_some() { range_text(leg.months) } else { format!("time not given (counted as {})", range_text(leg.months)) }) }</span>
                            </span>
                            <svg class="sb-leg-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="sb-leg-range" x={at(leg.starts[0], scale)} y="4" height="12"
                                    width={at(window_end.saturating_sub(leg.starts[0]), scale)} rx="3" />
                                <rect class="sb-leg-typical" x={at(mid_start, scale)} y="4" height="12"
                                    width={at(mid.max(1), scale)} rx="3" />
                            </svg>
                        </li>
                    }
                }) }
            </ol>
        </figure>
    }
}
