//! The roles of a graph, grouped by track.

use yew::prelude::*;
use yew_router::prelude::*;

use super::{GraphRef, Route};
use crate::domain::graph::RoleIx;

/// Props for [`RoleList`].
#[derive(Properties, PartialEq)]
pub struct RoleListProps {
    /// The graph.
    pub graph: GraphRef,
    /// The open role, marked as current.
    #[prop_or_default]
    pub selected: Option<RoleIx>,
}

/// Tracks in file order (then roles without a track), each with its roles
/// from the highest level down.
#[component]
pub fn RoleList(props: &RoleListProps) -> Html {
    let graph = &props.graph;
    let mut groups: Vec<(Option<&str>, Vec<RoleIx>)> =
        graph.tracks().iter().map(|t| (Some(t.id.as_str()), Vec::new())).collect();
    let mut other = Vec::new();
    for r in graph.role_indices() {
        match graph.role(r).track.as_deref().and_then(|t| graph.track_position(t)) {
            Some(pos) => groups[pos].1.push(r),
            None => other.push(r),
        }
    }
    groups.push((None, other));
    html! {
        <div class="sb-role-list">
            { for groups.into_iter().filter(|(_, roles)| !roles.is_empty()).map(|(track, mut roles)| {
                roles.sort_by_key(|&r| std::cmp::Reverse(graph.role(r).level.unwrap_or(0)));
                let name = track.map_or("Other roles", |t| graph.track_name(t)).to_owned();
                let heading_id = format!("track-{}", track.unwrap_or("other"));
                html! {
                    <section class="sb-track" aria-labelledby={heading_id.clone()}>
                        <h2 id={heading_id}>{ name }</h2>
                        <ul>
                            { for roles.into_iter().map(|r| {
                                let role = graph.role(r);
                                let current = (props.selected == Some(r)).then_some("page");
                                html! {
                                    <li>
                                        <Link<Route> to={Route::Role { id: role.id.clone() }} classes={classes!("sb-role-link")}>
                                            <span aria-current={current}>{ &role.title }</span>
                                        </Link<Route>>
                                        if let Some(level) = role.level {
                                            <span class="sb-level">{ format!("Level {level}") }</span>
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}
