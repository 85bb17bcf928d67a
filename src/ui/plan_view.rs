//! The plan, with room: the chosen path full width, as a timeline, the
//! skills each move asks for, and the steps as a checklist; copied as
//! Markdown or printed from here.

use yew::prelude::*;

use super::bidi::arrow;
use super::context::use_explorer;
use super::hooks::{use_copy, use_print, PlanAnswer};
use super::{PlanChecklist, Timeline};
use crate::domain::markdown::plan_markdown;
use crate::domain::plan::plan_steps;
use crate::domain::route::ViewMode;
use crate::domain::state::Action;
use crate::domain::text::plural;
use crate::domain::timeline::{range_text, Timeline as Times};

/// Props for [`PlanView`].
#[derive(Properties, PartialEq)]
pub struct PlanViewProps {
    /// The question and its answer.
    pub plan: PlanAnswer,
    /// Opens the paths (when none is chosen yet).
    #[prop_or_default]
    pub onpaths: Callback<()>,
}

/// The plan view.
#[component]
pub fn PlanView(props: &PlanViewProps) -> Html {
    let ex = use_explorer();
    let (graph, state) = (&ex.graph, &ex.state);
    let moves = props.plan.chosen.as_ref().map(|c| c.moves.clone()).unwrap_or_default();
    let steps =
        use_memo((graph.clone(), moves.clone(), ex.have.clone()), |(g, moves, have)| plan_steps(g, moves, have));
    let (copy, print) = (use_copy("Plan"), use_print());
    let onback = ex.dispatch.reform(|_: MouseEvent| Action::SetView(ViewMode::Graph));
    let Some(option) = props.plan.chosen.clone() else {
        let onpaths = props.onpaths.reform(|_: MouseEvent| ());
        return html! {
            <section id="sb-plan-view" class="sb-plan-view" aria-labelledby="sb-plan-view-title">
                <h2 id="sb-plan-view-title" tabindex="-1">{ "Your plan" }</h2>
                <p>{ "Say where you are and where you want to go, then choose one of the paths: its plan shows here, step by step." }</p>
                <div class="sb-row">
                    <button type="button" class="sb-button" onclick={onpaths} disabled={props.plan.paths.is_none() && !props.plan.pending}>{ "Choose a path" }</button>
                    <button type="button" class="sb-button sb-quiet" onclick={onback}>{ "Back to the graph" }</button>
                </div>
            </section>
        };
    };
    let title = |r| graph.role(r).title.clone();
    let (start, target) = (option.roles[0], option.roles[option.roles.len() - 1]);
    let gates: Vec<[u32; 2]> = option.gates_by_move(graph).iter().map(|g| g.months()).collect();
    let times = Times::with_preparation(graph, &option.moves, &gates);
    let oncopy = {
        let (graph, option, state, have, steps) =
            (graph.clone(), option.clone(), state.clone(), ex.have.clone(), steps.clone());
        copy.reform(move |_: MouseEvent| plan_markdown(&graph, &option, state.ranking, &have, &steps, &state.done))
    };
    let (m, n) = (option.moves.len(), option.new_skills.len());
    html! {
        <section id="sb-plan-view" class="sb-plan-view" aria-labelledby="sb-plan-view-title">
            <div class="sb-plan-head">
                <h2 id="sb-plan-view-title" tabindex="-1">{ "Your plan: " }{ arrow(&title(start), &title(target)) }</h2>
                <p class="sb-facts">{ format!("{m} move{} \u{00b7} {} \u{00b7} {n} new skill{}", plural(m), range_text(times.total), plural(n)) }</p>
                <div class="sb-row sb-no-print">
                    <button type="button" class="sb-button" onclick={oncopy}>{ "Copy plan as Markdown" }</button>
                    <button type="button" class="sb-button" onclick={print.reform(|_: MouseEvent| ())}>{ "Print plan" }</button>
                    <button type="button" class="sb-button sb-quiet" onclick={onback}>{ "Back to the graph" }</button>
                </div>
            </div>
            <Timeline moves={option.moves.clone()} {gates} />
            <PlanChecklist {option} steps={(*steps).clone()} />
        </section>
    }
}
