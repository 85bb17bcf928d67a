//! "Paths": the ranked ways from where the person is to where they want to
//! go, the chosen one with a way into its plan, or, when there is none, why
//! and the closest roles within reach.

use yew::prelude::*;

use super::bidi::iso;
use super::context::{use_explorer, ExplorerContext};
use super::hooks::PlanAnswer;
use crate::domain::graph::{Graph, RoleIx};
use crate::domain::no_path::{distance_text, explain};
use crate::domain::paths::{PathOption, PathResult, MAX_K};
use crate::domain::route::ViewMode;
use crate::domain::state::Action;
use crate::domain::text::{article, plural};

/// Props for [`PathsPanel`].
#[derive(Properties, PartialEq)]
pub struct PathsPanelProps {
    /// The question and its answer.
    pub plan: PlanAnswer,
}

/// The path's roles, "A → B (a step down) → C", each title isolated.
fn route(graph: &Graph, option: &PathOption) -> Html {
    html! {
        { for option.roles.iter().enumerate().map(|(i, &r)| html! {
            <>
                if i > 0 { { " \u{2192} " } }
                { iso(&graph.role(r).title) }
                if i > 0 && option.steps_down.contains(&(i - 1)) { { " (a step down)" } }
            </>
        }) }
    }
}

/// The paths.
#[component]
pub fn PathsPanel(props: &PathsPanelProps) -> Html {
    let ex = use_explorer();
    let plan = &props.plan;
    let name = |r: RoleIx| iso(&ex.graph.role(r).title);
    let heading = match (plan.from, plan.to) {
        (Some(f), Some(t)) => html! { <>{ "From " }{ name(f) }{ " to " }{ name(t) }</> },
        _ => html! { "Paths" },
    };
    html! {
        <section class="sb-paths" aria-labelledby="sb-paths-title">
            <h2 id="sb-paths-title" tabindex="-1">{ heading }</h2>
            { answer(&ex, plan) }
        </section>
    }
}

fn answer(ex: &ExplorerContext, plan: &PlanAnswer) -> Html {
    let (graph, dispatch, state) = (&ex.graph, &ex.dispatch, &ex.state);
    let name = |r: RoleIx| iso(&graph.role(r).title);
    if let (Some(from), Some(to), true) = (plan.from, plan.to, plan.pending) {
        return html! {
            <p class="sb-muted" role="status" aria-live="polite">{ "Finding paths from " }{ name(from) }{ " to " }{ name(to) }{ "\u{2026}" }</p>
        };
    }
    let (Some(from), Some(to), Some(paths)) = (plan.from, plan.to, plan.paths.as_deref()) else {
        // An address naming roles this graph lacks (a link made on another
        // graph) says so, rather than showing an empty question.
        let unknown: Vec<String> = [(&state.from, "where you are"), (&state.to, "where you want to go")]
            .into_iter()
            .filter_map(|(id, what)| {
                id.as_deref()
                    .filter(|id| graph.role_ix(id).is_none())
                    .map(|id| format!("\u{201c}{id}\u{201d} ({what})"))
            })
            .collect();
        let ask = "Say where you are and where you want to go, above, to see the ways there.";
        if unknown.is_empty() {
            return html! { <p class="sb-muted" role="status">{ ask }</p> };
        }
        return html! {
            <p role="status">
                { format!("This graph has no role {}: the address may have been made on another graph. ", unknown.join(" nor ")) }{ ask }
            </p>
        };
    };
    match paths {
        PathResult::SameRole => {
            html! { <p role="status">{ format!("You are already {} ", article(&graph.role(from).title)) }{ name(from) }{ ": choose another goal." }</p> }
        }
        PathResult::NoPath { too_long: true, .. } => {
            let limit = state.ranking.max_moves(graph.roles().len());
            html! { <p role="status">{ "No path from " }{ name(from) }{ " to " }{ name(to) }{ format!(" within {limit} moves.") }</p> }
        }
        PathResult::NoPath { too_long: false, .. } => {
            let why = explain(graph, from, to);
            html! {
                <div class="sb-nopath">
                    <p role="status">{ "There is no path from " }{ name(from) }{ " to " }{ name(to) }{ " in this graph." }</p>
                    <p>{ why.reason }</p>
                    if !why.closest.is_empty() {
                        <p>{ "The closest roles you can reach:" }</p>
                        <ul class="sb-closest">
                            { for why.closest.iter().map(|&(r, moves)| {
                                let role = graph.role(r);
                                let aim = dispatch.reform({ let id = role.id.clone(); move |_: MouseEvent| Action::SetTo(Some(id.clone())) });
                                html! {
                                    <li>
                                        <a href={ex.role_href(&role.id)}>{ iso(&role.title) }</a>
                                        <span class="sb-muted">{ format!(" \u{00b7} {}", distance_text(moves)) }</span>
                                        <button type="button" class="sb-button sb-small" onclick={aim}
                                            aria-label={format!("Aim for {} instead", role.title)}>{ "Aim for this" }</button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                </div>
            }
        }
        PathResult::Found { options, limited, exhausted } => {
            let n = options.len();
            let limit = state.ranking.max_moves(graph.roles().len());
            let summary = html! {
                <>
                    { format!("{n} path{} from ", plural(n)) }{ name(from) }{ " to " }{ name(to) }
                    { format!(", ranked by {}.", state.ranking.label().to_ascii_lowercase()) }
                </>
            };
            let onmore = dispatch.reform(|_: MouseEvent| Action::ShowMore);
            let onplan = dispatch.reform(|_: MouseEvent| Action::SetView(ViewMode::Plan));
            html! {
                <div class="sb-results">
                    <p role="status" aria-live="polite">{ summary }</p>
                    if *limited {
                        <p class="sb-muted">{ format!("Only paths of up to {limit} moves are considered.") }</p>
                    }
                    if *exhausted {
                        <p class="sb-muted">{ "This graph is very large: the search stopped early, so better paths may exist." }</p>
                    }
                    <ol class="sb-alternatives" aria-label="Alternative paths, best first">
                        { for options.iter().enumerate().map(|(i, option)| {
                            let pressed = state.chosen == Some(i);
                            let onclick = dispatch.reform(move |_: MouseEvent| Action::Choose(if pressed { None } else { Some(i) }));
                            let route = route(graph, option);
                            html! {
                                <li>
                                    <button type="button" class={classes!("sb-alternative", pressed.then_some("sb-chosen"))}
                                        aria-pressed={pressed.to_string()} {onclick}>
                                        <span class="sb-alt-title">{ format!("Path {}: {}", i + 1, option.summary()) }</span>
                                        <span class="sb-alt-route">{ route }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                    if n == state.shown && n < MAX_K {
                        <button type="button" class="sb-button" onclick={onmore}>{ "Show more paths" }</button>
                    }
                    if plan.chosen.is_some() {
                        <button type="button" class="sb-button sb-primary" onclick={onplan}>{ "Open the plan" }</button>
                    } else {
                        <p class="sb-muted">{ "Choose a path to see its plan, step by step." }</p>
                    }
                </div>
            }
        }
    }
}
