//! "Plan a move", as one bar above the graph: where you are, where you want
//! to go, how to rank the ways there, and the way into the paths and into
//! "Your skills" (with how many you have ticked).

use yew::prelude::*;

use super::context::use_explorer;
use super::hooks::{PlanAnswer, SheetMode};
use super::Combobox;
use crate::domain::graph::RoleIx;
use crate::domain::paths::{PathResult, Ranking};
use crate::domain::search::{Hit, Scope};
use crate::domain::state::Action;
use crate::platform::event::input_value;

/// Props for [`PlanBar`].
#[derive(Properties, PartialEq)]
pub struct PlanBarProps {
    /// The question and its answer.
    pub plan: PlanAnswer,
    /// What the sheet shows now.
    pub sheet: Option<SheetMode>,
    /// Shows or hides the paths or the skills in the sheet.
    pub ontoggle: Callback<SheetMode>,
    /// Whether the sheet is on the page (not while the plan view has it).
    #[prop_or(true)]
    pub sheet_shown: bool,
}

/// The plan bar.
#[component]
pub fn PlanBar(props: &PlanBarProps) -> Html {
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
    let onrank = dispatch.reform(|e: Event| Action::SetRanking(Ranking::parse(&input_value(&e)).unwrap_or_default()));
    let rankings = Ranking::ALL.into_iter().filter(|r| *r != Ranking::ClosestFirst || graph.has_closeness());
    let count = match plan.paths.as_deref() {
        Some(PathResult::Found { options, .. }) => Some(options.len()),
        _ => None,
    };
    let toggle = |mode: SheetMode| props.ontoggle.reform(move |_: MouseEvent| mode);
    let controls = props.sheet_shown.then_some(AttrValue::Static("sb-sheet"));
    let had = graph.skills().iter().filter(|s| ex.state.have.contains(&s.id)).count();
    let empty = plan.from.is_none() && plan.to.is_none();
    html! {
        <section class="sb-planbar" aria-labelledby="sb-plan-title">
            <h2 id="sb-plan-title" class="sb-sr-only">{ "Plan a move" }</h2>
            <div class="sb-plan-ends">
                <Combobox id="sb-from" label="I am a\u{2026}" placeholder="Type a role"
                    scope={Scope::Roles} selected={title(plan.from)} onchoose={pick(Action::SetFrom)} />
                <button type="button" class="sb-button sb-icon sb-swap" onclick={onswap} disabled={empty}
                    aria-label="Swap where you are and where you want to go" title="Swap">{ "\u{21c4}" }</button>
                <Combobox id="sb-to" label="I want to become\u{2026}" placeholder="Type a role"
                    scope={Scope::Roles} selected={title(plan.to)} onchoose={pick(Action::SetTo)} />
            </div>
            <div class="sb-plan-tools">
                <div class="sb-rank">
                    <label for="sb-rank" class="sb-label">{ "Rank paths by" }</label>
                    <select id="sb-rank" onchange={onrank}>
                        { for rankings.map(|r| html! {
                            <option value={r.as_str()} selected={ex.state.ranking == r}>{ r.label() }</option>
                        }) }
                    </select>
                </div>
                <button type="button" class="sb-button" aria-expanded={(props.sheet == Some(SheetMode::Paths)).to_string()}
                    aria-controls={controls.clone()} onclick={toggle(SheetMode::Paths)} disabled={count.is_none() && plan.paths.is_none() && !plan.pending}>
                    { match count { Some(n) => format!("Paths ({n})"), None => "Paths".to_owned() } }
                </button>
                <button type="button" class="sb-button" aria-expanded={(props.sheet == Some(SheetMode::Skills)).to_string()}
                    aria-controls={controls} onclick={toggle(SheetMode::Skills)}>
                    <span class="sb-long">{ "Your skills:\u{a0}" }</span><span class="sb-short">{ "Skills\u{a0}" }</span>
                    { format!("{had} of {}", graph.skills().len()) }
                </button>
            </div>
        </section>
    }
}
