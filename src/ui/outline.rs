//! The graph as nested lists (tracks → roles → moves): for screen readers,
//! small screens, and graphs too large to draw.
//!
//! Small graphs are listed in full. In large ones each track, and each
//! role's moves, is a disclosure button that renders its contents only when
//! opened, so the page never holds twenty thousand list items at once.

use rustc_hash::FxHashSet as HashSet;

use yew::prelude::*;

use super::bidi::iso;
use super::context::use_explorer;
use super::move_list::MoveList;
use super::GraphRef;
use crate::domain::graph::RoleIx;
use crate::domain::order::{sort_by_key, Key};
use crate::domain::route::Resolved;

/// Graphs with more roles than this start collapsed.
pub const COLLAPSE_ABOVE: usize = 150;

/// Roles grouped by track (file order, then "Other"), highest level first.
fn groups(graph: &GraphRef) -> Vec<(String, String, Vec<RoleIx>)> {
    let mut groups: Vec<(String, String, Vec<RoleIx>)> =
        graph.tracks().iter().map(|t| (t.id.clone(), graph.track_name(&t.id).to_owned(), Vec::new())).collect();
    let mut other = Vec::new();
    for r in graph.role_indices() {
        match graph.role(r).track.as_deref().and_then(|t| graph.track_position(t)) {
            Some(pos) => groups[pos].2.push(r),
            None => other.push(r),
        }
    }
    groups.push(("other".to_owned(), "Other roles".to_owned(), other));
    for (_, _, roles) in &mut groups {
        // Highest level first, then in the graph's order.
        sort_by_key(roles, |r| {
            Key::new().then(u64::from(u8::MAX - graph.role(r).level.unwrap_or(0)), 8).then(r.index() as u64, 32).get()
        });
    }
    groups.retain(|(_, _, roles)| !roles.is_empty());
    groups
}

/// The outline.
#[component]
pub fn Outline() -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    let collapsible = graph.roles().len() > COLLAPSE_ABOVE;
    let groups = use_memo(graph.clone(), groups);
    let open_tracks = use_state(HashSet::<String>::default);
    let open_roles = use_state(HashSet::<RoleIx>::default);
    let current = match ex.state.selection.resolve(graph) {
        Resolved::Role(r) => Some(r),
        _ => None,
    };
    let toggle_track = |id: String| {
        let open_tracks = open_tracks.clone();
        Callback::from(move |_: MouseEvent| {
            let mut set = (*open_tracks).clone();
            if !set.remove(&id) {
                set.insert(id.clone());
            }
            open_tracks.set(set);
        })
    };
    let toggle_role = |r: RoleIx| {
        let open_roles = open_roles.clone();
        Callback::from(move |_: MouseEvent| {
            let mut set = (*open_roles).clone();
            if !set.remove(&r) {
                set.insert(r);
            }
            open_roles.set(set);
        })
    };
    let role_item = |r: RoleIx| {
        let role = graph.role(r);
        let open = !collapsible || open_roles.contains(&r);
        let n = graph.outgoing(r).len();
        html! {
            <li>
                <a href={ex.role_href(&role.id)} aria-current={(current == Some(r)).then_some("page")}>{ iso(&role.title) }</a>
                if let Some(level) = role.level {
                    <span class="sb-muted">{ format!(" \u{00b7} level {level}") }</span>
                }
                if collapsible && n > 0 {
                    { " " }
                    <button type="button" class="sb-button sb-small" aria-expanded={open.to_string()} onclick={toggle_role(r)}>
                        { format!("{n} move{}", if n == 1 { "" } else { "s" }) }
                    </button>
                }
                if open && n > 0 {
                    <div class="sb-outline-moves" aria-label={format!("Moves from {}", role.title)}>
                        <MoveList key={r.index()} moves={graph.outgoing(r).to_vec()} outgoing=true />
                    </div>
                }
            </li>
        }
    };
    html! {
        <div class="sb-outline">
            <h2 class="sb-sr-only">{ "Outline" }</h2>
            <p class="sb-muted">{ format!("{} roles in {} tracks, {} moves. Each role lists where people go next.", graph.roles().len(), groups.len(), graph.transitions().len()) }</p>
            <ul class="sb-outline-tracks">
                { for groups.iter().map(|(id, name, roles)| {
                    let open = !collapsible || open_tracks.contains(id);
                    html! {
                        <li>
                            if collapsible {
                                <h3>
                                    <button type="button" class="sb-disclosure" aria-expanded={open.to_string()} onclick={toggle_track(id.clone())}>
                                        { format!("{name} ({} roles)", roles.len()) }
                                    </button>
                                </h3>
                            } else {
                                <h3>{ name }</h3>
                            }
                            if open {
                                <ul class="sb-outline-roles">{ for roles.iter().map(|&r| role_item(r)) }</ul>
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
