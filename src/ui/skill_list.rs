//! A list of skills, each marked "you have" or "to learn", with a checkbox to
//! say which: used in the role and move panels.

use yew::prelude::*;

use super::links::skill_href;
use super::GraphRef;
use crate::domain::graph::SkillIx;
use crate::domain::skillset::SkillSet;
use crate::domain::state::Action;

/// Props for [`SkillList`].
#[derive(Properties, PartialEq)]
pub struct SkillListProps {
    /// The graph.
    pub graph: GraphRef,
    /// The skills to list.
    pub skills: Vec<SkillIx>,
    /// The person's skills.
    pub have: SkillSet,
    /// Makes checkbox ids unique on the page.
    pub id_prefix: AttrValue,
    /// Applies an action (toggling a skill).
    pub ondispatch: Callback<Action>,
}

/// The list.
#[component]
pub fn SkillList(props: &SkillListProps) -> Html {
    let graph = &props.graph;
    html! {
        <ul class="sb-skill-list">
            { for props.skills.iter().map(|&s| {
                let skill = graph.skill(s);
                let has = props.have.contains(s);
                let id = format!("{}-{}", props.id_prefix, skill.id);
                let onchange = props.ondispatch.reform({ let sid = skill.id.clone(); move |_: Event| Action::ToggleSkill(sid.clone()) });
                html! {
                    <li class={if has { "sb-have" } else { "sb-need" }}>
                        <input type="checkbox" id={id.clone()} checked={has} {onchange} />
                        <label for={id}>{ graph.skill_name(s) }</label>
                        <span class="sb-tag">{ if has { "you have" } else { "to learn" } }</span>
                        <a class="sb-small" href={skill_href(&skill.id)} aria-label={format!("About {}", graph.skill_name(s))}>{ "about" }</a>
                    </li>
                }
            }) }
        </ul>
    }
}
