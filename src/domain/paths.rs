//! Ranked alternative paths from one role to another.
//!
//! # Ranking
//! Every path has three costs: moves, new skills (skills required along the
//! path that the person lacks, each counted once) and time (sum of the
//! midpoints of `months`, kept in half-months so it stays an integer). A
//! [`Ranking`] orders paths by one cost, breaks ties with the other two, and
//! finally by the sequence of role ids, so the order is total and the result
//! deterministic.
//!
//! # Search
//! "New skills" is a set union, not a sum over moves, so k-shortest-path
//! algorithms such as Yen's (exact for additive costs) are not exact for it.
//! Instead this is a best-first search over simple partial paths. Each partial
//! path gets a key that is a lower bound, component by component, of the key
//! of every complete path extending it:
//!
//! * moves so far + the fewest moves left to the target,
//! * half-months so far + the least time left to the target,
//! * max(new skills so far, the least "largest single-move gap" left),
//!
//! then the role sequence so far (a prefix sorts before its extensions). A
//! component-wise lower bound is also a lexicographic one, and a complete path's
//! key is exact, so complete paths leave the priority queue in exactly the
//! ranking's order: the first k are the k best. The distances to the target
//! come from `pathfinding`'s Dijkstra on the reversed graph (the "largest
//! gap" one with a max-plus cost).
//!
//! Paths are limited to [`MAX_MOVES`] moves (a career plan with more is not a
//! plan). The result says when that limit cut off partial paths that might
//! have led to a better-ranked path or filled a missing slot.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::ops::Add;

use pathfinding::num_traits::Zero;
use pathfinding::prelude::dijkstra_all;

use super::graph::{Direction, Graph, RoleIx, TransIx};
use super::skillset::SkillSet;

/// Longest path considered, in moves.
pub const MAX_MOVES: usize = 8;
/// Alternatives shown by default.
pub const DEFAULT_K: usize = 3;
/// Most alternatives a query may ask for.
pub const MAX_K: usize = 10;
/// Partial paths examined before a search gives up (a guard for hostile
/// graphs; the result says when it was hit).
pub const MAX_EXPANSIONS: usize = 500_000;
/// Roles suggested when no path exists.
pub const CLOSEST_COUNT: usize = 5;

/// How to order alternative paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Ranking {
    /// Fewest moves, then fewest new skills, then shortest time.
    #[default]
    FewestMoves,
    /// Fewest new skills, then fewest moves, then shortest time.
    FewestNewSkills,
    /// Shortest typical time, then fewest moves, then fewest new skills.
    ShortestTime,
}

impl Ranking {
    /// All rankings, in the order the UI offers them.
    pub const ALL: [Ranking; 3] = [Ranking::FewestMoves, Ranking::FewestNewSkills, Ranking::ShortestTime];

    /// The key in URLs and storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Ranking::FewestMoves => "moves",
            Ranking::FewestNewSkills => "skills",
            Ranking::ShortestTime => "time",
        }
    }

    /// Parses [`Ranking::as_str`].
    pub fn parse(s: &str) -> Option<Ranking> {
        Ranking::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Ranking::FewestMoves => "Fewest moves",
            Ranking::FewestNewSkills => "Fewest new skills",
            Ranking::ShortestTime => "Shortest time",
        }
    }

    /// Orders (moves, new skills, half-months) as this ranking compares them.
    pub fn order(self, moves: u32, new_skills: u32, half_months: u32) -> [u32; 3] {
        match self {
            Ranking::FewestMoves => [moves, new_skills, half_months],
            Ranking::FewestNewSkills => [new_skills, moves, half_months],
            Ranking::ShortestTime => [half_months, moves, new_skills],
        }
    }
}

/// One alternative path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathOption {
    /// The roles visited, from the start to the target.
    pub roles: Vec<RoleIx>,
    /// The moves taken (one fewer than roles).
    pub moves: Vec<TransIx>,
    /// Skills required along the path that the person lacks.
    pub new_skills: SkillSet,
    /// Sum of the moves' minimum and maximum months.
    pub months: [u32; 2],
    /// Sum of (min + max) months: twice the sum of midpoints.
    pub half_months: u32,
}

impl PathOption {
    /// Builds the option for a path given by its moves.
    pub fn from_moves(graph: &Graph, moves: Vec<TransIx>, have: &SkillSet) -> PathOption {
        let mut roles = Vec::with_capacity(moves.len() + 1);
        let mut needed = SkillSet::new();
        let (mut lo, mut hi) = (0u32, 0u32);
        for (i, &t) in moves.iter().enumerate() {
            let (from, to) = graph.ends(t);
            if i == 0 {
                roles.push(from);
            }
            roles.push(to);
            needed.union_with(graph.requires(t));
            let [a, b] = graph.transition(t).months_or_default();
            lo = lo.saturating_add(a);
            hi = hi.saturating_add(b);
        }
        PathOption {
            roles,
            moves,
            new_skills: needed.difference(have),
            months: [lo, hi],
            half_months: lo.saturating_add(hi),
        }
    }

    /// Typical total time in months (sum of midpoints).
    pub fn typical_months(&self) -> f64 {
        f64::from(self.half_months) / 2.0
    }

    /// The full ranking key: costs in ranking order, then role id ranks.
    pub fn key(&self, graph: &Graph, ranking: Ranking) -> ([u32; 3], Vec<u32>) {
        let costs = ranking.order(self.moves.len() as u32, self.new_skills.len() as u32, self.half_months);
        (costs, self.roles.iter().map(|&r| graph.id_rank(r)).collect())
    }
}

/// What a path query found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathResult {
    /// Start and target are the same role.
    SameRole,
    /// At least one path, best first.
    Found {
        /// Up to k paths, in ranking order.
        options: Vec<PathOption>,
        /// True when the move limit cut off partial paths that might have led
        /// to a path ranking among these or filling a missing slot.
        limited: bool,
        /// True when the search stopped at [`MAX_EXPANSIONS`]; the options
        /// are then valid paths but may not be the best.
        exhausted: bool,
    },
    /// No path within the limits.
    NoPath {
        /// True when paths exist but all are longer than [`MAX_MOVES`].
        too_long: bool,
        /// Reachable roles closest to the target (same track, nearest level).
        closest: Vec<RoleIx>,
    },
}

/// A path query.
#[derive(Debug, Clone)]
pub struct Query<'a> {
    /// Where the person is.
    pub from: RoleIx,
    /// Where they want to go.
    pub to: RoleIx,
    /// Skills they already have.
    pub have: &'a SkillSet,
    /// How to order alternatives.
    pub ranking: Ranking,
    /// How many alternatives (clamped to 1..=[`MAX_K`]).
    pub k: usize,
}

/// Cost for the "largest single-move gap" bound: `+` is `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct MaxCost(u32);

impl Add for MaxCost {
    type Output = MaxCost;
    fn add(self, other: MaxCost) -> MaxCost {
        MaxCost(self.0.max(other.0))
    }
}

impl Zero for MaxCost {
    fn zero() -> Self {
        MaxCost(0)
    }
    fn is_zero(&self) -> bool {
        self.0 == 0
    }
}

const UNREACHABLE: u32 = u32::MAX;

/// Lower bounds of what is left from each role to the target, ignoring the
/// no-revisit rule (so they never overestimate).
struct Bounds {
    moves: Vec<u32>,
    half_months: Vec<u32>,
    gap: Vec<u32>,
}

impl Bounds {
    fn to_target(graph: &Graph, target: RoleIx, new_per_move: &[u32]) -> Bounds {
        let n = graph.roles().len();
        let back = |role: &RoleIx| graph.incoming(*role).iter().map(|&t| (graph.ends(t).0, t)).collect::<Vec<_>>();
        let mut moves = vec![UNREACHABLE; n];
        let mut half_months = vec![UNREACHABLE; n];
        let mut gap = vec![UNREACHABLE; n];
        for (role, (_, c)) in dijkstra_all(&target, |r| back(r).into_iter().map(|(f, _)| (f, 1u32))) {
            moves[role.index()] = c;
        }
        let half = |t: TransIx| {
            let [a, b] = graph.transition(t).months_or_default();
            a.saturating_add(b)
        };
        for (role, (_, c)) in dijkstra_all(&target, |r| back(r).into_iter().map(|(f, t)| (f, half(t)))) {
            half_months[role.index()] = c;
        }
        for (role, (_, c)) in
            dijkstra_all(&target, |r| back(r).into_iter().map(|(f, t)| (f, MaxCost(new_per_move[t.index()]))))
        {
            gap[role.index()] = c.0;
        }
        for v in [&mut moves, &mut half_months, &mut gap] {
            v[target.index()] = 0;
        }
        Bounds { moves, half_months, gap }
    }
}

/// A partial path in the search.
struct Label {
    roles: Vec<RoleIx>,
    moves: Vec<TransIx>,
    gained: SkillSet,
    half_months: u32,
}

type Priority = ([u32; 3], Vec<u32>);

/// Finds up to `k` best paths under the query's ranking.
pub fn plan_paths(graph: &Graph, q: &Query<'_>) -> PathResult {
    if q.from == q.to {
        return PathResult::SameRole;
    }
    let k = q.k.clamp(1, MAX_K);
    let new_per_move: Vec<u32> = (0..graph.transitions().len())
        .map(|t| graph.requires(TransIx::new(t)).count_difference(q.have) as u32)
        .collect();
    let bounds = Bounds::to_target(graph, q.to, &new_per_move);
    if bounds.moves[q.from.index()] == UNREACHABLE {
        return PathResult::NoPath { too_long: false, closest: closest_reachable(graph, q.from, q.to) };
    }

    let priority = |label: &Label, at: RoleIx| -> Option<Priority> {
        let m = bounds.moves[at.index()];
        if m == UNREACHABLE {
            return None;
        }
        let moves = label.moves.len() as u32 + m;
        let half = label.half_months.saturating_add(bounds.half_months[at.index()]);
        let new = (label.gained.len() as u32).max(bounds.gap[at.index()]);
        let seq = label.roles.iter().map(|&r| graph.id_rank(r)).collect();
        Some((q.ranking.order(moves, new, half), seq))
    };

    let mut arena: Vec<Label> = Vec::new();
    let mut heap: BinaryHeap<Reverse<(Priority, usize)>> = BinaryHeap::new();
    let start = Label { roles: vec![q.from], moves: Vec::new(), gained: SkillSet::new(), half_months: 0 };
    if let Some(p) = priority(&start, q.from) {
        heap.push(Reverse((p, 0)));
        arena.push(start);
    }

    let mut found: Vec<(Priority, usize)> = Vec::new();
    let mut cut: Option<Priority> = None;
    let mut expansions = 0usize;
    let mut exhausted = false;
    while let Some(Reverse((prio, id))) = heap.pop() {
        let at = *arena[id].roles.last().expect("a label has a role");
        if at == q.to {
            found.push((prio, id));
            if found.len() == k {
                break;
            }
            continue;
        }
        expansions += 1;
        if expansions > MAX_EXPANSIONS {
            exhausted = true;
            break;
        }
        for &t in graph.outgoing(at) {
            let next = graph.ends(t).1;
            if arena[id].roles.contains(&next) {
                continue;
            }
            let parent = &arena[id];
            let mut gained = parent.gained.clone();
            gained.union_with(&graph.requires(t).difference(q.have));
            let [a, b] = graph.transition(t).months_or_default();
            let mut roles = parent.roles.clone();
            roles.push(next);
            let mut moves = parent.moves.clone();
            moves.push(t);
            let child =
                Label { roles, moves, gained, half_months: parent.half_months.saturating_add(a.saturating_add(b)) };
            let Some(p) = priority(&child, next) else { continue };
            let left = bounds.moves[next.index()] as usize;
            if child.moves.len() + left > MAX_MOVES {
                // No path within the limit extends this one. It only counts
                // as hidden by the limit if enough unvisited roles remain for
                // a simple completion to exist at all.
                let unvisited = graph.roles().len() - child.roles.len();
                if unvisited >= left && cut.as_ref().is_none_or(|c| p < *c) {
                    cut = Some(p);
                }
                continue;
            }
            heap.push(Reverse((p, arena.len())));
            arena.push(child);
        }
    }

    let limited = match (&cut, found.last()) {
        (None, _) => false,
        (Some(_), _) if found.len() < k => true,
        (Some(c), Some((last, _))) => c < last,
        (Some(_), None) => true,
    };
    if found.is_empty() {
        return PathResult::NoPath { too_long: limited, closest: closest_reachable(graph, q.from, q.to) };
    }
    let options = found
        .into_iter()
        .map(|(_, id)| PathOption::from_moves(graph, std::mem::take(&mut arena[id].moves), q.have))
        .collect();
    PathResult::Found { options, limited, exhausted }
}

/// Roles reachable from `from` that come closest to `to`: same track first,
/// then nearest level, then fewest moves away, then id.
pub fn closest_reachable(graph: &Graph, from: RoleIx, to: RoleIx) -> Vec<RoleIx> {
    let target = graph.role(to);
    let level = |r: RoleIx| i32::from(graph.role(r).level.unwrap_or(1));
    let mut reachable: Vec<(RoleIx, usize)> =
        graph.within(from, usize::MAX, Direction::Forward).into_iter().filter(|&(r, _)| r != from).collect();
    reachable.sort_unstable_by_key(|&(r, d)| {
        let same_track = graph.role(r).track.is_some() && graph.role(r).track == target.track;
        (!same_track, (level(r) - level(to)).abs(), d, &graph.role(r).id)
    });
    reachable.into_iter().take(CLOSEST_COUNT).map(|(r, _)| r).collect()
}
