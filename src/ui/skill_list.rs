//! A list of skills, each marked "you have" or "to learn", with a checkbox to
//! say which: used in the role and move panels.

use yew::prelude::*;

use super::context::use_explorer;
use crate::domain::graph::SkillIx;
use crate::domain::state::Action;

/// Props for [`SkillList`].
#[derive(Properties, PartialEq)]
pub struct SkillListProps {
    /// The skills to list.
    pub skills: Vec<SkillIx>,
    /// Makes checkbox ids unique on the page.
    pub id_prefix: AttrValue,
}

/// The list.
#[component]
pub fn SkillList(props: &SkillListProps) -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    html! {
        <ul class="sb-skill-list">
            { for props.skills.iter().map(|&s| {
                let skill = graph.skill(s);
                let has = ex.have.contains(s);
                let id = format!("{}-{}", props.id_prefix, skill.id);
                let onchange = ex.dispatch.reform({ let sid = skill.id.clone(); move |_: Event| Action::ToggleSkill(sid.clone()) });
                html! {
                    <li class={if has { "sb-have" } else { "sb-need" }}>
                        <input type="checkbox" id={id.clone()} checked={has} {onchange} />
                        <label for={id}>{ graph.skill_name(s) }</label>
                        <span class="sb-tag">{ if has { "you have" } else { "to learn" } }</span>
                        <a class="sb-small" href={ex.skill_href(&skill.id)} aria-label={format!("About {}", graph.skill_name(s))}>{ "about" }</a>
                    </li>
                }
            }) }
        </ul>
    }
}
