//! The chosen path's steps, grouped by move, each move with the skills it
//! still asks of the person, as a checklist.

use yew::prelude::*;

use super::bidi::arrow;
use super::context::use_explorer;
use super::links::move_href;
use crate::domain::gap::Gap;
use crate::domain::paths::PathOption;
use crate::domain::plan::PlanStep;
use crate::domain::state::Action;

/// Props for [`PlanChecklist`].
#[derive(Properties, PartialEq)]
pub struct PlanChecklistProps {
    /// The chosen path.
    pub option: PathOption,
    /// Its steps.
    pub steps: Vec<PlanStep>,
}

/// The checklist.
#[component]
pub fn PlanChecklist(props: &PlanChecklistProps) -> Html {
    let ex = use_explorer();
    let (graph, state) = (&ex.graph, &ex.state);
    let title = |r| graph.role(r).title.clone();
    let total = props.steps.len();
    let ticked = props.steps.iter().filter(|s| state.done.contains(&s.key)).count();
    html! {
        <section class="sb-plan" aria-labelledby="sb-plan-steps">
            <h3 id="sb-plan-steps">{ "Steps" }</h3>
            <p class="sb-progress" role="status">{ format!("{ticked} of {total} steps done") }</p>
            <div class="sb-plan-moves">
                { for props.option.moves.iter().enumerate().map(|(i, &t)| {
                    let (from, to) = graph.ends(t);
                    let tr = graph.transition(t);
                    let gap = Gap::transition(graph, t, &ex.have);
                    let need: Vec<&str> = gap.need.iter().map(|&s| graph.skill_name(s)).collect();
                    html! {
                        <div class="sb-plan-move">
                            <h4>
                                <a href={move_href(&tr.from, &tr.to)}><span>{ format!("{}. ", i + 1) }{ arrow(&title(from), &title(to)) }</span></a>
                                <span class="sb-muted">{ format!(" \u{00b7} {}", props.option.move_note(graph, i)) }</span>
                            </h4>
                            if need.is_empty() {
                                <p class="sb-muted">{ "No new skills to learn for this move." }</p>
                            } else {
                                <p class="sb-need-list"><strong>{ "Skills to learn: " }</strong>{ need.join(", ") }</p>
                            }
                            <ul class="sb-checklist">
                                { for props.steps.iter().enumerate().filter(|(_, s)| s.move_index == i).map(|(n, step)| {
                                    let key = step.key.clone();
                                    let onchange = ex.dispatch.reform(move |_: Event| Action::ToggleStep(key.clone()));
                                    let id = format!("sb-step-{n}");
                                    html! {
                                        <li>
                                            <input type="checkbox" id={id.clone()} checked={state.done.contains(&step.key)} {onchange} />
                                            <label for={id}>{ &step.text }</label>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </div>
                    }
                }) }
            </div>
        </section>
    }
}
