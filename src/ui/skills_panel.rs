//! "Your skills": the self-assessment, grouped by category and searchable,
//! with "I have the skills of my current role" as a shortcut and a reset.

use yew::prelude::*;

use super::bidi::iso;
use super::context::use_explorer;
use crate::domain::graph::SkillIx;
use crate::domain::order::sort_by_key;
use crate::domain::search::{Hit, Scope};
use crate::domain::state::Action;
use crate::domain::text::article;
use crate::platform::event::input_value;

/// The self-assessment.
#[component]
pub fn SkillsPanel() -> Html {
    let ex = use_explorer();
    let (graph, dispatch, have) = (&ex.graph, &ex.dispatch, &ex.state.have);
    // The shortcut uses the role the person says they are.
    let from = ex.state.from.as_deref().and_then(|id| graph.role_ix(id));
    let filter = use_state(String::new);
    let confirming = use_state(|| false);
    let shown: Vec<SkillIx> = if filter.trim().is_empty() {
        (0..graph.skills().len()).map(SkillIx::new).collect()
    } else {
        let mut hits: Vec<SkillIx> = ex
            .index
            .get()
            .search(&filter, Scope::Skills, graph.skills().len())
            .into_iter()
            .filter_map(|h| match h {
                Hit::Skill(s) => Some(s),
                Hit::Role(_) => None,
            })
            .collect();
        sort_by_key(&mut hits, |s| s.index() as u64);
        hits
    };
    // Categories in order of first appearance.
    let mut categories: Vec<&str> = Vec::new();
    for &s in &shown {
        let c = graph.skill(s).category.as_deref().unwrap_or("general");
        if !categories.contains(&c) {
            categories.push(c);
        }
    }
    let total = graph.skills().len();
    let count = graph.skills().iter().filter(|s| have.contains(&s.id)).count();
    let oninput = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(input_value(&e)))
    };
    let shortcut = from.map(|r| {
        let role = graph.role(r);
        let ids: Vec<String> = role.skills.clone();
        let onclick = dispatch.reform(move |_: MouseEvent| Action::SetSkills(ids.clone(), true));
        html! {
            <button type="button" class="sb-button" {onclick}><span>{ format!("I have the skills of {} ", article(&role.title)) }{ iso(&role.title) }</span></button>
        }
    });
    let reset = if *confirming {
        let onyes = {
            let (dispatch, confirming) = (dispatch.clone(), confirming.clone());
            Callback::from(move |_: MouseEvent| {
                dispatch.emit(Action::ResetProgress);
                confirming.set(false);
            })
        };
        let onno = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(false))
        };
        html! {
            <div class="sb-confirm" role="group" aria-label="Reset progress">
                <p>{ "Forget your skills, ticked steps and plan for this graph?" }</p>
                <button type="button" class="sb-button sb-danger" onclick={onyes}>{ "Yes, reset" }</button>
                <button type="button" class="sb-button" onclick={onno}>{ "Keep them" }</button>
            </div>
        }
    } else {
        let onclick = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(true))
        };
        html! { <button type="button" class="sb-button sb-quiet" {onclick}>{ "Reset my progress\u{2026}" }</button> }
    };
    html! {
        <section class="sb-skills" aria-labelledby="sb-skills-title">
            <h2 id="sb-skills-title" tabindex="-1">{ "Your skills" }<span class="sb-muted">{ format!(" {count} of {total}") }</span></h2>
            <p class="sb-muted">{ "Tick what you already know: every gap, ranking and plan updates at once." }</p>
            if let Some(button) = shortcut {
                <div class="sb-row">{ button }</div>
            }
            <label for="sb-skill-filter" class="sb-label">{ "Filter skills" }</label>
            <input id="sb-skill-filter" type="search" autocomplete="off" value={(*filter).clone()} {oninput} />
            if shown.is_empty() {
                <p class="sb-muted">{ "No skill matches." }</p>
            }
            { for categories.into_iter().map(|category| html! {
                <fieldset class="sb-category">
                    <legend>{ category }</legend>
                    { for shown.iter().filter(|&&s| graph.skill(s).category.as_deref().unwrap_or("general") == category).map(|&s| {
                        let skill = graph.skill(s);
                        let id = format!("sb-have-{}", skill.id);
                        let onchange = dispatch.reform({ let sid = skill.id.clone(); move |_: Event| Action::ToggleSkill(sid.clone()) });
                        html! {
                            <div class="sb-check">
                                <input type="checkbox" id={id.clone()} checked={have.contains(&skill.id)} {onchange} />
                                <label for={id}>{ graph.skill_name(s) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            }) }
            <div class="sb-row">{ reset }</div>
        </section>
    }
}
