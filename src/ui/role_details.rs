//! One role: what it is, its skills, and where people go next and come from.

use yew::prelude::*;
use yew_router::prelude::*;

use super::{GraphRef, Route};
use crate::domain::graph::{RoleIx, TransIx};

/// Props for [`RoleDetails`].
#[derive(Properties, PartialEq)]
pub struct RoleDetailsProps {
    /// The graph.
    pub graph: GraphRef,
    /// The role to show.
    pub role: RoleIx,
}

/// "6–18 months", or "time not given".
pub fn months_text(months: Option<[u32; 2]>) -> String {
    match months {
        Some([a, b]) if a == b => format!("{a} months"),
        Some([a, b]) => format!("{a}\u{2013}{b} months"),
        None => "time not given".to_owned(),
    }
}

/// The details panel of a role.
#[component]
pub fn RoleDetails(props: &RoleDetailsProps) -> Html {
    let graph = &props.graph;
    let role = graph.role(props.role);
    let track = role.track.as_deref().map(|t| graph.track_name(t).to_owned());
    let facts: Vec<String> = track.into_iter().chain(role.level.map(|l| format!("Level {l} of 7"))).collect();
    let moves = |list: &[TransIx], outgoing: bool| -> Html {
        if list.is_empty() {
            return html! { <p class="sb-muted">{ if outgoing { "No moves out of this role in this graph." } else { "No moves into this role in this graph." } }</p> };
        }
        html! {
            <ul class="sb-moves">
                { for list.iter().map(|&t| {
                    let (from, to) = graph.ends(t);
                    let other = graph.role(if outgoing { to } else { from });
                    let tr = graph.transition(t);
                    html! {
                        <li>
                            <Link<Route> to={Route::Role { id: other.id.clone() }}>{ &other.title }</Link<Route>>
                            <span class="sb-muted">{ format!(" \u{00b7} {} \u{00b7} {} skill{}", months_text(tr.months), tr.requires.len(), if tr.requires.len() == 1 { "" } else { "s" }) }</span>
                        </li>
                    }
                }) }
            </ul>
        }
    };
    html! {
        <article class="sb-role" aria-labelledby="role-title">
            <h2 id="role-title">{ &role.title }</h2>
            if !facts.is_empty() {
                <p class="sb-facts">{ facts.join(" \u{00b7} ") }</p>
            }
            if let Some(summary) = &role.summary {
                <p>{ summary }</p>
            }
            if !role.responsibilities.is_empty() {
                <h3>{ "What the job involves" }</h3>
                <ul>{ for role.responsibilities.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
            }
            if !role.skills.is_empty() {
                <h3>{ "Skills" }</h3>
                <ul class="sb-chips">
                    { for graph.role_skills(props.role).iter().map(|s| html! { <li>{ graph.skill_name(s) }</li> }) }
                </ul>
            }
            <h3>{ "Where people go next" }</h3>
            { moves(graph.outgoing(props.role), true) }
            <h3>{ "Where people come from" }</h3>
            { moves(graph.incoming(props.role), false) }
        </article>
    }
}
