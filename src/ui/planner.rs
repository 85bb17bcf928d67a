//! "Plan a move": where you are, where you want to go, how to rank the
//! alternatives, the ranked paths, and the chosen path's plan.

use yew::prelude::*;

use super::context::{use_explorer, ExplorerContext};
use super::hooks::PlanView;
use super::links::role_href;
use super::{Combobox, PlanChecklist};
use crate::domain::graph::RoleIx;
use crate::domain::paths::{PathOption, PathResult, Ranking, MAX_K};
use crate::domain::search::{Hit, Scope};
use crate::domain::state::Action;
use crate::domain::text::{plural, typical_duration};

/// Props for [`Planner`].
#[derive(Properties, PartialEq)]
pub struct PlannerProps {
    /// The question (start, target) and its answer.
    pub plan: PlanView,
}

/// "3 moves · 5 new skills · about 4 years".
pub fn option_summary(option: &PathOption) -> String {
    let (m, n) = (option.moves.len(), option.new_skills.len());
    format!(
        "{m} move{} \u{00b7} {n} new skill{} \u{00b7} {}",
        plural(m),
        plural(n),
        typical_duration(option.half_months)
    )
}

/// The planner.
#[component]
pub fn Planner(props: &PlannerProps) -> Html {
    let ex = use_explorer();
    let (graph, dispatch, plan) = (&ex.graph, &ex.dispatch, &props.plan);
    let title = |r: Option<RoleIx>| r.map(|r| AttrValue::from(graph.role(r).title.clone()));
    let pick = |to_action: fn(Option<String>) -> Action| {
        let graph = graph.clone();
        dispatch.reform(move |hit: Hit| match hit {
            Hit::Role(r) => to_action(Some(graph.role(r).id.clone())),
            Hit::Skill(_) => to_action(None),
        })
    };
    let onswap = dispatch.reform(|_: MouseEvent| Action::Swap);
    let onclear = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SetFrom(None));
            dispatch.emit(Action::SetTo(None));
        })
    };
    let radio = |ranking: Ranking| {
        let onchange = dispatch.reform(move |_: Event| Action::SetRanking(ranking));
        let id = format!("sb-rank-{}", ranking.as_str());
        html! {
            <div class="sb-radio">
                <input type="radio" name="sb-rank" id={id.clone()} checked={ex.state.ranking == ranking} {onchange} />
                <label for={id}>{ ranking.label() }</label>
            </div>
        }
    };

    html! {
        <section class="sb-planner" aria-labelledby="sb-plan-title">
            <h2 id="sb-plan-title">{ "Plan a move" }</h2>
            <Combobox id="sb-from" label="I am a\u{2026}" placeholder="Type a role"
                scope={Scope::Roles} selected={title(plan.from)} onchoose={pick(Action::SetFrom)} />
            <Combobox id="sb-to" label="I want to become\u{2026}" placeholder="Type a role"
                scope={Scope::Roles} selected={title(plan.to)} onchoose={pick(Action::SetTo)} />
            <div class="sb-row">
                <button type="button" class="sb-button" onclick={onswap} disabled={plan.from.is_none() && plan.to.is_none()}>{ "Swap" }</button>
                <button type="button" class="sb-button" onclick={onclear} disabled={plan.from.is_none() && plan.to.is_none()}>{ "Clear" }</button>
            </div>
            <fieldset class="sb-ranking">
                <legend>{ "Rank paths by" }</legend>
                { for Ranking::ALL.into_iter().filter(|r| *r != Ranking::ClosestFirst || graph.has_closeness()).map(radio) }
            </fieldset>
            { results(&ex, plan) }
        </section>
    }
}

fn results(ex: &ExplorerContext, plan: &PlanView) -> Html {
    let (graph, dispatch, state) = (&ex.graph, &ex.dispatch, &ex.state);
    let name = |r: RoleIx| graph.role(r).title.clone();
    let limit = state.ranking.max_moves(graph.roles().len());
    let (Some(from), Some(to), Some(paths)) = (plan.from, plan.to, plan.paths.as_deref()) else {
        return html! { <p class="sb-muted" role="status">{ "Choose where you are and where you want to go." }</p> };
    };
    match paths {
        PathResult::SameRole => {
            html! { <p role="status">{ format!("You are already a {}: choose another goal.", name(from)) }</p> }
        }
        PathResult::NoPath { too_long, closest } => {
            let reason = if *too_long {
                format!("No path from {} to {} within {limit} moves.", name(from), name(to))
            } else {
                format!("There is no path from {} to {} in this graph.", name(from), name(to))
            };
            html! {
                <div class="sb-nopath">
                    <p role="status">{ reason }</p>
                    if !closest.is_empty() {
                        <p>{ "The closest roles you can reach:" }</p>
                        <ul>
                            { for closest.iter().map(|&r| {
                                let role = graph.role(r);
                                let aim = dispatch.reform({ let id = role.id.clone(); move |_: MouseEvent| Action::SetTo(Some(id.clone())) });
                                html! {
                                    <li>
                                        <a href={role_href(&role.id)}>{ &role.title }</a>
                                        { " " }
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
            let summary = format!(
                "{n} path{} from {} to {}, ranked by {}.",
                plural(n),
                name(from),
                name(to),
                state.ranking.label().to_ascii_lowercase()
            );
            let onmore = dispatch.reform(|_: MouseEvent| Action::ShowMore);
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
                            let route: Vec<String> = option.roles.iter().map(|&r| name(r)).collect();
                            html! {
                                <li>
                                    <button type="button" class={classes!("sb-alternative", pressed.then_some("sb-chosen"))}
                                        aria-pressed={pressed.to_string()} {onclick}>
                                        <span class="sb-alt-title">{ format!("Path {}: {}", i + 1, option_summary(option)) }</span>
                                        <span class="sb-alt-route">{ route.join(" \u{2192} ") }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                    if n == state.shown && n < MAX_K {
                        <button type="button" class="sb-button" onclick={onmore}>{ "Show more paths" }</button>
                    }
                    if let Some(option) = &plan.chosen {
                        <PlanChecklist option={option.clone()} />
                    } else {
                        <p class="sb-muted">{ "Choose a path to see its plan, step by step." }</p>
                    }
                </div>
            }
        }
    }
}
