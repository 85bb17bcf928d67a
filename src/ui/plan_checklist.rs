//! The chosen path's plan: steps grouped by move, as a checklist, with
//! "Copy plan as Markdown" and "Print plan".

use std::collections::BTreeSet;

use yew::prelude::*;

use super::links::move_href;
use super::{GraphRef, Shared};
use crate::domain::gap::Gap;
use crate::domain::markdown::plan_markdown;
use crate::domain::paths::{PathOption, Ranking};
use crate::domain::plan::PlanStep;
use crate::domain::skillset::SkillSet;
use crate::domain::state::Action;

/// Props for [`PlanChecklist`].
#[derive(Properties, PartialEq)]
pub struct PlanChecklistProps {
    /// The graph.
    pub graph: GraphRef,
    /// The chosen path.
    pub option: PathOption,
    /// How it was ranked (for the Markdown).
    pub ranking: Ranking,
    /// The person's skills.
    pub have: SkillSet,
    /// Its steps.
    pub steps: Shared<Vec<PlanStep>>,
    /// Ticked step keys.
    pub done: BTreeSet<String>,
    /// Applies an action (ticking a step).
    pub ondispatch: Callback<Action>,
    /// Copies the plan as Markdown.
    pub oncopyplan: Callback<String>,
    /// Prints.
    pub onprint: Callback<()>,
}

/// The checklist.
#[component]
pub fn PlanChecklist(props: &PlanChecklistProps) -> Html {
    let graph = &props.graph;
    let option = &props.option;
    let title = |r| graph.role(r).title.clone();
    let (start, target) = (option.roles[0], option.roles[option.roles.len() - 1]);
    let total = props.steps.len();
    let ticked = props.steps.iter().filter(|s| props.done.contains(&s.key)).count();
    let oncopy = {
        let (graph, option, ranking, have, steps, done) =
            (graph.clone(), option.clone(), props.ranking, props.have.clone(), props.steps.clone(), props.done.clone());
        props.oncopyplan.reform(move |_: MouseEvent| plan_markdown(&graph, &option, ranking, &have, &steps, &done))
    };
    let onprint = props.onprint.reform(|_: MouseEvent| ());
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
                let gap = Gap::transition(graph, t, &props.have);
                let need: Vec<&str> = gap.need.iter().map(|&s| graph.skill_name(s)).collect();
                html! {
                    <div class="sb-plan-move">
                        <h4>
                            <a href={move_href(&tr.from, &tr.to)}>{ format!("{}. {} \u{2192} {}", i + 1, title(from), title(to)) }</a>
                            <span class="sb-muted">{ format!(" \u{00b7} {}", option.move_note(graph, i)) }</span>
                        </h4>
                        if !need.is_empty() {
                            <p class="sb-muted">{ format!("Skills to learn: {}", need.join(", ")) }</p>
                        }
                        <ul class="sb-checklist">
                            { for props.steps.iter().enumerate().filter(|(_, s)| s.move_index == i).map(|(n, step)| {
                                let key = step.key.clone();
                                let onchange = props.ondispatch.reform(move |_: Event| Action::ToggleStep(key.clone()));
                                let id = format!("sb-step-{n}");
                                html! {
                                    <li>
                                        <input type="checkbox" id={id.clone()} checked={props.done.contains(&step.key)} {onchange} />
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
