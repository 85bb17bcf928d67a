//! When no path leads from where a person is to where they want to go: why,
//! in words, and the roles they can reach that come closest (same track,
//! nearest level), each with how many moves away it is.
//!
//! The planner says only that there is no path; this module looks at the
//! graph around the two roles to say what is missing, which is what a
//! person needs to decide what to do instead.

use rustc_hash::FxHashMap as HashMap;

use super::graph::{Direction, Graph, RoleIx};
use super::order::{sort_by_key, Key};
use super::paths::closest_reachable;
use super::text::plural;

/// Why there is no path, and what is within reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoPath {
    /// One or two sentences: what the graph lacks.
    pub reason: String,
    /// The reachable roles closest to the target, with their distance in
    /// moves from where the person is.
    pub closest: Vec<(RoleIx, usize)>,
}

/// "A, B and C" (at most `limit` names, then "and N more").
fn names(graph: &Graph, roles: &[RoleIx], limit: usize) -> String {
    let mut shown: Vec<&str> = roles.iter().take(limit).map(|&r| graph.role(r).title.as_str()).collect();
    if roles.len() > limit {
        shown.push("others");
    }
    match shown.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Explains why no path leads from `from` to `to`.
pub fn explain(graph: &Graph, from: RoleIx, to: RoleIx) -> NoPath {
    let reach: HashMap<RoleIx, usize> = graph.within(from, usize::MAX, Direction::Forward).into_iter().collect();
    let (f, t) = (graph.role(from), graph.role(to));
    let mut sources: Vec<RoleIx> = graph.incoming(to).iter().map(|&m| graph.ends(m).0).collect();
    sort_by_key(&mut sources, |r| u64::from(graph.id_rank(r)));
    sources.dedup();
    let track = t.track.as_deref();
    let in_track: Vec<RoleIx> = {
        let mut roles: Vec<RoleIx> =
            reach.keys().copied().filter(|&r| track.is_some() && graph.role(r).track.as_deref() == track).collect();
        // Higher levels first, then by id.
        sort_by_key(&mut roles, |r| {
            let level = graph.role(r).level.unwrap_or(0);
            Key::new().then(u64::from(u8::MAX - level), 8).then(u64::from(graph.id_rank(r)), 32).get()
        });
        roles
    };
    let reason = if sources.is_empty() {
        format!("No move in this graph leads into {}: it is only ever a starting point.", t.title)
    } else if let (Some(track), true) = (track, in_track.is_empty()) {
        format!(
            "No move leads from {} (or anywhere you can go from there) into the {} track, where {} is. People come to {} from {}.",
            f.title,
            graph.track_name(track),
            t.title,
            t.title,
            names(graph, &sources, 3)
        )
    } else if let Some(&best) = in_track.first() {
        let b = graph.role(best);
        let level = b.level.map(|l| format!(", level {l}")).unwrap_or_default();
        format!(
            "You can reach the {} track ({}{level}), but no move leads from there to {}. People come to {} from {}.",
            graph.track_name(track.unwrap_or_default()),
            b.title,
            t.title,
            t.title,
            names(graph, &sources, 3)
        )
    } else {
        format!(
            "People come to {} only from {}, and none of {} can be reached from {}.",
            t.title,
            names(graph, &sources, 3),
            if sources.len() == 1 { "it" } else { "them" },
            f.title
        )
    };
    let closest =
        closest_reachable(graph, from, to).into_iter().map(|r| (r, reach.get(&r).copied().unwrap_or(0))).collect();
    NoPath { reason, closest }
}

/// "2 moves away".
pub fn distance_text(moves: usize) -> String {
    format!("{moves} move{} away", plural(moves))
}
