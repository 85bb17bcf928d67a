//! The chosen path's plan: steps grouped by move, as a checklist, with
//! "Copy plan as Markdown" and "Print plan".

use yew::prelude::*;

use super::context::use_explorer;
use super::hooks::{use_copy, use_print};
use super::links::move_href;
use crate::domain::gap::Gap;
use crate::domain::markdown::plan_markdown;
use crate::domain::paths::PathOption;
use crate::domain::plan::plan_steps;
use crate::domain::state::Action;
use crate::domain::text::months_range;

/// Props for [`PlanChecklist`].
#[derive(Properties, PartialEq)]
pub struct PlanChecklistProps {
    /// The chosen path.
    pub option: PathOption,
}

/// The checklist.
#[component]
pub fn PlanChecklist(props: &PlanChecklistProps) -> Html {
    let ex = use_explorer();
    let (graph, state) = (&ex.graph, &ex.state);
    let option = &props.option;
    let steps =
        use_memo((graph.clone(), option.moves.clone(), ex.have.clone()), |(g, moves, have)| plan_steps(g, moves, have));
    let (copy, print) = (use_copy("Plan"), use_print());
    let title = |r| graph.role(r).title.clone();
    let (start, target) = (option.roles[0], option.roles[option.roles.len() - 1]);
    let total = steps.len();
    let ticked = steps.iter().filter(|s| state.done.contains(&s.key)).count();
    let oncopy = {
        let (graph, option, state, have, steps) =
            (graph.clone(), option.clone(), state.clone(), ex.have.clone(), steps.clone());
        copy.reform(move |_: MouseEvent| plan_markdown(&graph, &option, state.ranking, &have, &steps, &state.done))
    };
    let onprint = print.reform(|_: MouseEvent| ());
    html! {
        <section class="sb-plan" aria-labelledby="sb-plan-steps">
            <h3 id="sb-plan-steps">{ format!("Your plan: {} \u{2192} {}", title(start), title(target)) }</h3>
            <p class="sb-progress">{ format!("{ticked} of {total} steps done") }</p>
            <div class="sb-row sb-no-print">
                <button type="button" class="sb-button" onclick={oncopy}>{ "Copy plan as Markdown" }</button>
                <button type="button" class="sb-button" onclick={onprint}>{ "Print plan" }</button>
            </div>
            { for option.moves.iter().enumerate().map(|(i, &t)| {
                let (from, to) = graph.ends(t);
                let tr = graph.transition(t);
                let gap = Gap::transition(graph, t, &ex.have);
                let need: Vec<&str> = gap.need.iter().map(|&s| graph.skill_name(s)).collect();
                html! {
                    <div class="sb-plan-move">
                        <h4>
                            <a href={move_href(&tr.from, &tr.to)}>{ format!("{}. {} \u{2192} {}", i + 1, title(from), title(to)) }</a>
                            <span class="sb-muted">{ format!(" \u{00b7} {}", months_range(tr.months)) }</span>
                        </h4>
                        if !need.is_empty() {
                            <p class="sb-muted">{ format!("Skills to learn: {}", need.join(", ")) }</p>
                        }
                        <ul class="sb-checklist">
                            { for steps.iter().enumerate().filter(|(_, s)| s.move_index == i).map(|(n, step)| {
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
        </section>
    }
}
