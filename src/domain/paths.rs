//! Ranked alternative paths from one role to another.
//!
//! # Ranking
//! Every path has four costs: moves; new things to acquire (skills required
//! along the path that the person lacks, each counted once, plus one for
//! each preparation gate: a move into a role that asks for more education or
//! more related experience than the person holds, see
//! [`super::preparation`]); time (sum of the midpoints of `months` plus the
//! gates' months, kept in half-months so it stays an integer); and closeness
//! (sum of the moves' `closeness`, 1 being the closest). A [`Ranking`]
//! orders paths by one cost, then by moves, then by how many moves step down
//! (a move into a role that asks for less preparation: among equally short
//! paths, the one that does not go down the ladder first), then by the other
//! costs, and finally by the sequence of role ids, so the order is total and
//! the result deterministic.
//!
//! A gate depends on the path so far (the most education and experience of
//! the roles passed through), not only on the move, so partial paths carry
//! what the person holds; the bounds below stay admissible because the gate
//! still to come is at least the gate from what is held to the target.
//!
//! # Search
//! "New skills" is a set union, not a sum over moves, so k-shortest-path
//! algorithms such as Yen's (exact for additive costs) are not exact for it.
//! (We also found `pathfinding` 4.16's `yen` dropping one of three tied paths
//! on a five-role graph; `tied_paths_are_all_found` in the tests keeps that
//! graph.) The `pathfinding` crate was used here at first for the distances
//! below; its `dijkstra_all` builds a hash map per call, and plain arrays
//! made a query several times faster, so it is no longer a dependency.
//! Instead this is a best-first search over simple partial paths. Each partial
//! path gets a key that is a lower bound, component by component, of the key
//! of every complete path extending it:
//!
//! * moves so far + the fewest moves left to the target (always computed: it
//!   also prunes paths that cannot finish within [`MAX_MOVES`]);
//! * for the chosen ranking's own cost, the cost so far + the least cost left
//!   (time and closeness: shortest distances, for time plus the months of the
//!   gate from what is held straight to the target; new skills: the gates
//!   so far and those still bound to come, plus the larger of the
//!   smallest "largest single-move gap" left, a bottleneck distance, and the
//!   skills gained so far plus the fewest that any move into the target adds
//!   to them; and for a path that has gained nothing yet, the pair (0, moves
//!   left using only moves that need nothing) or, if there is no such route,
//!   1);
//! * for step-downs, the count so far, plus (ranking by new skills, whose
//!   own cost ties often) the fewest step-downs left, a 0-1 distance;
//! * for the other costs, the cost so far (costs never decrease);
//!
//! then the role sequence so far (a prefix sorts before its extensions). A
//! component-wise lower bound is also a lexicographic one, and a complete
//! path's key is exact, so complete paths leave the priority queue in exactly
//! the ranking's order: the first k are the k best.
//!
//! The distances to the target come from one breadth-first search and at most
//! one Dijkstra on the reversed graph, over plain arrays (a query on a graph
//! of 20,000 moves makes no hash map). Partial paths are small fixed-size
//! values (at most [`MAX_MOVES`] + 1 roles), and skill sets are a single
//! `u128` when the graph has at most 128 skills.
//!
//! Paths are limited to [`MAX_MOVES`] moves (a career plan with more is not a
//! plan), and to [`MAX_MOVES_BY_SKILLS`] when ranking a large graph by new
//! skills (see there why). The result says when that limit cut off partial paths that might
//! have led to a better-ranked path or filled a missing slot.

use std::cell::OnceCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use super::graph::{Direction, Graph, RoleIx, TransIx};
use super::order::{sort_by_key, Key};
use super::preparation::{Gate, Prep};
use super::skillset::SkillSet;
use super::text::{plural, time_range, typical_duration};

/// Longest path considered, in moves.
pub const MAX_MOVES: usize = 8;
/// Longest path considered when ranking by fewest new skills on a graph of
/// more than [`LARGE_GRAPH`] roles. That ranking is not a sum over moves, so
/// the search may have to look at every partial path that has gained few
/// skills; on the O*NET atlas, allowing 8 moves let one query in ten take
/// 170 ms. Six keeps it exact within six moves, and the result says when the
/// limit applied.
pub const MAX_MOVES_BY_SKILLS: usize = 6;
/// Graphs with more roles than this use [`MAX_MOVES_BY_SKILLS`].
pub const LARGE_GRAPH: usize = 200;

impl Ranking {
    /// The longest path considered under this ranking, in moves, on a graph
    /// of `roles` roles.
    pub fn max_moves(self, roles: usize) -> usize {
        match self {
            Ranking::FewestNewSkills if roles > LARGE_GRAPH => MAX_MOVES_BY_SKILLS,
            _ => MAX_MOVES,
        }
    }
}
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
    /// Fewest moves, then fewest new skills (and gates), then shortest time.
    #[default]
    FewestMoves,
    /// Fewest new skills, then fewest moves, then shortest time.
    FewestNewSkills,
    /// Shortest typical time, then fewest moves, then fewest new skills.
    ShortestTime,
    /// Smallest sum of closeness (closest moves), then fewest moves.
    ClosestFirst,
}

impl Ranking {
    /// All rankings, in the order the UI offers them.
    pub const ALL: [Ranking; 4] =
        [Ranking::FewestMoves, Ranking::FewestNewSkills, Ranking::ShortestTime, Ranking::ClosestFirst];

    /// The key in URLs and storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Ranking::FewestMoves => "moves",
            Ranking::FewestNewSkills => "skills",
            Ranking::ShortestTime => "time",
            Ranking::ClosestFirst => "closest",
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
            Ranking::ClosestFirst => "Closest first",
        }
    }

    /// Orders (moves, step-downs, new skills and gates, half-months,
    /// closeness) as this ranking compares them: its own cost, then moves,
    /// then step-downs (among equally short paths, the one that does not go
    /// down the ladder first), then the others. Step-downs come after moves
    /// rather than straight after the ranking's own cost: their bound is only
    /// the count so far, and ahead of the tight bound on moves they made the
    /// search look at every long path that never steps down (ranking the
    /// atlas by new skills took six times as long).
    pub fn order(self, moves: u32, downs: u32, new_skills: u32, half_months: u32, closeness: u32) -> [u32; 5] {
        match self {
            Ranking::FewestMoves => [moves, downs, new_skills, half_months, closeness],
            Ranking::FewestNewSkills => [new_skills, moves, downs, half_months, closeness],
            Ranking::ShortestTime => [half_months, moves, downs, new_skills, closeness],
            Ranking::ClosestFirst => [closeness, moves, downs, new_skills, half_months],
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
    /// Preparation gates along the path (each kind raised on a move counts
    /// once; see [`super::preparation::Gate::kinds`]).
    pub gates: u32,
    /// The gates' months, `[min, max]`, included in `months`.
    pub gate_months: [u32; 2],
    /// Positions (0-based) of the moves that step down.
    pub steps_down: Vec<usize>,
    /// Sum of the moves' minimum and maximum months, gates included.
    pub months: [u32; 2],
    /// Sum of (min + max) months: twice the sum of midpoints.
    pub half_months: u32,
    /// Sum of the moves' closeness.
    pub closeness: u32,
}

impl PathOption {
    /// Builds the option for a path given by its moves.
    pub fn from_moves(graph: &Graph, moves: Vec<TransIx>, have: &SkillSet) -> PathOption {
        let mut roles = Vec::with_capacity(moves.len() + 1);
        let mut needed = SkillSet::new();
        let (mut lo, mut hi, mut close) = (0u32, 0u32, 0u32);
        let (mut gates, mut gate_months, mut steps_down) = (0u32, [0u32, 0u32], Vec::new());
        let mut held = Prep::default();
        for (i, &t) in moves.iter().enumerate() {
            let (from, to) = graph.ends(t);
            if i == 0 {
                roles.push(from);
                held = graph.prep(from);
            }
            roles.push(to);
            needed.union_with(graph.requires(t));
            let tr = graph.transition(t);
            let gate = Gate::between(held, graph.prep(to));
            held = held.then(graph.prep(to));
            let [ga, gb] = gate.months();
            gates += gate.kinds();
            gate_months = [gate_months[0].saturating_add(ga), gate_months[1].saturating_add(gb)];
            if graph.steps_down(t) {
                steps_down.push(i);
            }
            let [a, b] = tr.months_or_default();
            lo = lo.saturating_add(a).saturating_add(ga);
            hi = hi.saturating_add(b).saturating_add(gb);
            close = close.saturating_add(tr.closeness_or_default());
        }
        PathOption {
            roles,
            moves,
            new_skills: needed.difference(have),
            gates,
            gate_months,
            steps_down,
            months: [lo, hi],
            half_months: lo.saturating_add(hi),
            closeness: close,
        }
    }

    /// New skills plus gates: what "fewest new skills" minimises.
    pub fn to_acquire(&self) -> u32 {
        self.new_skills.len() as u32 + self.gates
    }

    /// The full ranking key: costs in ranking order, then role id ranks.
    pub fn key(&self, graph: &Graph, ranking: Ranking) -> ([u32; 5], Vec<u32>) {
        let costs = ranking.order(
            self.moves.len() as u32,
            self.steps_down.len() as u32,
            self.to_acquire(),
            self.half_months,
            self.closeness,
        );
        (costs, self.roles.iter().map(|&r| graph.id_rank(r)).collect())
    }

    /// "3 moves · 5 new skills + 1 preparation gate · about 4 years · 1 step
    /// down": the costs a person compares.
    pub fn summary(&self) -> String {
        let (m, n, g, d) = (self.moves.len(), self.new_skills.len(), self.gates as usize, self.steps_down.len());
        let gates = if g > 0 { format!(" + {g} preparation gate{}", plural(g)) } else { String::new() };
        let downs = if d > 0 { format!(" \u{00b7} {d} step{} down", plural(d)) } else { String::new() };
        format!(
            "{m} move{} \u{00b7} {n} new skill{}{gates} \u{00b7} {}{downs}",
            plural(m),
            plural(n),
            typical_duration(self.half_months)
        )
    }

    /// The roles in order, "A → B (a step down) → C".
    pub fn route(&self, graph: &Graph) -> String {
        let mut out = graph.role(self.roles[0]).title.clone();
        for (i, &r) in self.roles.iter().enumerate().skip(1) {
            out.push_str(" \u{2192} ");
            out.push_str(&graph.role(r).title);
            if self.steps_down.contains(&(i - 1)) {
                out.push_str(" (a step down)");
            }
        }
        out
    }

    /// The typical time of the `i`th move on this path, with its gate (from
    /// what the person holds by then), and what it asks: "3–12 months",
    /// "8.5–10 years, more education", "3–12 months, a step down".
    pub fn move_note(&self, graph: &Graph, i: usize) -> String {
        let t = self.moves[i];
        let gate = self.gates_by_move(graph)[i];
        let [ga, gb] = gate.months();
        let months = graph
            .transition(t)
            .months
            .map(|[a, b]| [a.saturating_add(ga), b.saturating_add(gb)])
            .or((gb > 0).then_some([ga, gb]));
        let mut parts = vec![time_range(months)];
        if gate.education.is_some() {
            parts.push("more education".to_owned());
        }
        if gate.experience.is_some() {
            parts.push("more experience".to_owned());
        }
        if self.steps_down.contains(&i) {
            parts.push("a step down".to_owned());
        }
        parts.join(", ")
    }

    /// Each move's gate on this path (from what the person holds by then),
    /// in order.
    pub fn gates_by_move(&self, graph: &Graph) -> Vec<Gate> {
        let mut held = self.roles.first().map(|&r| graph.prep(r)).unwrap_or_default();
        self.roles
            .iter()
            .skip(1)
            .map(|&r| {
                let gate = Gate::between(held, graph.prep(r));
                held = held.then(graph.prep(r));
                gate
            })
            .collect()
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
        /// True when paths exist but all are longer than the ranking's
        /// limit ([`Ranking::max_moves`]).
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

const UNREACHABLE: u32 = u32::MAX;

/// Fewest moves from every role to `target` using only the moves `allowed`
/// (a search backwards from the target, on the reversed graph).
///
/// The skills ranking uses it for the moves that need nothing, once per
/// query: that is where most of the work is (partial paths that have gained
/// nothing yet). Computing it for every gained set measured slower.
fn moves_to_using(graph: &Graph, target: RoleIx, allowed: impl Fn(TransIx) -> bool) -> Vec<u32> {
    let mut dist = vec![UNREACHABLE; graph.roles().len()];
    dist[target.index()] = 0;
    let mut queue = VecDeque::from([target]);
    while let Some(r) = queue.pop_front() {
        let d = dist[r.index()] + 1;
        for &t in graph.incoming(r) {
            let from = graph.ends(t).0;
            if dist[from.index()] == UNREACHABLE && allowed(t) {
                dist[from.index()] = d;
                queue.push_back(from);
            }
        }
    }
    dist
}

/// Least cost from every role to `target` on the reversed graph, where a
/// path's cost combines move weights with `combine` (`+` for sums, `max`
/// for the bottleneck). Both are monotone, so Dijkstra is exact for either.
fn cost_to(graph: &Graph, target: RoleIx, weight: impl Fn(TransIx) -> u32, combine: fn(u32, u32) -> u32) -> Vec<u32> {
    let mut dist = vec![UNREACHABLE; graph.roles().len()];
    dist[target.index()] = 0;
    let mut heap = BinaryHeap::from([Reverse((0u32, target))]);
    while let Some(Reverse((d, r))) = heap.pop() {
        if d > dist[r.index()] {
            continue;
        }
        for &t in graph.incoming(r) {
            let from = graph.ends(t).0;
            let nd = combine(d, weight(t));
            if nd < dist[from.index()] {
                dist[from.index()] = nd;
                heap.push(Reverse((nd, from)));
            }
        }
    }
    dist
}

/// A skill set for the search's inner loop.
trait Bits: Clone + Default {
    /// What each move's requirements add to the person's skills.
    fn needs(graph: &Graph, have: &SkillSet) -> Vec<Self>;
    fn or(&self, other: &Self) -> Self;
    fn count(&self) -> u32;
    /// Number of skills in `self` that are not in `other`.
    fn count_outside(&self, other: &Self) -> u32;
}

/// At most 128 skills: one word per move, from the graph's precomputed bits
/// minus the person's (no allocation per move).
impl Bits for u128 {
    fn needs(graph: &Graph, have: &SkillSet) -> Vec<u128> {
        let have = have.iter().filter(|s| s.index() < 128).fold(0u128, |acc, s| acc | (1u128 << s.index()));
        graph.requires_u128().unwrap_or_default().iter().map(|r| r & !have).collect()
    }
    fn or(&self, other: &Self) -> Self {
        self | other
    }
    fn count(&self) -> u32 {
        self.count_ones()
    }
    fn count_outside(&self, other: &Self) -> u32 {
        (self & !other).count_ones()
    }
}

/// More skills: sets.
impl Bits for SkillSet {
    fn needs(graph: &Graph, have: &SkillSet) -> Vec<SkillSet> {
        (0..graph.transitions().len()).map(|t| graph.requires(TransIx::new(t)).difference(have)).collect()
    }
    fn or(&self, other: &Self) -> Self {
        let mut out = self.clone();
        out.union_with(other);
        out
    }
    fn count(&self) -> u32 {
        self.len() as u32
    }
    fn count_outside(&self, other: &Self) -> u32 {
        self.count_difference(other) as u32
    }
}

/// Up to [`MAX_MOVES`] + 1 role indices, inline: a partial path's roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Roles {
    len: u8,
    items: [u32; MAX_MOVES + 1],
}

impl Roles {
    fn one(r: RoleIx) -> Roles {
        let mut items = [0; MAX_MOVES + 1];
        items[0] = r.index() as u32;
        Roles { len: 1, items }
    }
    fn push(mut self, r: RoleIx) -> Roles {
        self.items[self.len as usize] = r.index() as u32;
        self.len += 1;
        self
    }
    fn as_slice(&self) -> &[u32] {
        &self.items[..self.len as usize]
    }
    fn last(&self) -> RoleIx {
        RoleIx::new(self.items[self.len as usize - 1] as usize)
    }
}

/// The tie-break: the path's role id ranks, each plus one, padded with
/// zeros. Comparing the fixed arrays compares the sequences, and a prefix
/// (zeros after it) sorts before its extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Seq([u32; MAX_MOVES + 1]);

impl Seq {
    fn one(rank: u32) -> Seq {
        let mut items = [0; MAX_MOVES + 1];
        items[0] = rank + 1;
        Seq(items)
    }
    fn push(mut self, at: usize, rank: u32) -> Seq {
        self.0[at] = rank + 1;
        self
    }
}

/// A partial path: its roles, the move that reached its last role, and its
/// costs so far. The moves are recovered through `parent` at the end.
#[derive(Clone)]
struct Label<B> {
    roles: Roles,
    ranks: Seq,
    via: Option<TransIx>,
    parent: usize,
    gained: B,
    half_months: u32,
    closeness: u32,
    /// What the person holds so far, the gates passed and the moves that
    /// stepped down.
    held: Prep,
    gates: u32,
    downs: u32,
}

type Priority = ([u32; 5], Seq);

/// Finds up to `k` best paths under the query's ranking.
pub fn plan_paths(graph: &Graph, q: &Query<'_>) -> PathResult {
    let mut search = PathSearch::new(graph, q);
    loop {
        if let Some(result) = search.run(graph, usize::MAX) {
            return result;
        }
    }
}

/// A path query that can run a little at a time: the UI runs a large
/// graph's query in slices between frames, so no input waits for a whole
/// search. [`PathSearch::run`] with an unlimited budget is [`plan_paths`].
pub struct PathSearch(Stage);

enum Stage {
    Done(Option<PathResult>),
    Small(Box<Search<u128>>),
    Large(Box<Search<SkillSet>>),
}

impl PathSearch {
    /// Prepares the query (the distances to the target); `graph` must be
    /// the graph every later [`PathSearch::run`] is given.
    pub fn new(graph: &Graph, q: &Query<'_>) -> PathSearch {
        PathSearch(if q.from == q.to {
            Stage::Done(Some(PathResult::SameRole))
        } else if graph.requires_u128().is_some() {
            Search::new(graph, q).map_or_else(|r| Stage::Done(Some(r)), |s| Stage::Small(Box::new(s)))
        } else {
            Search::new(graph, q).map_or_else(|r| Stage::Done(Some(r)), |s| Stage::Large(Box::new(s)))
        })
    }

    /// Looks at up to `budget` more partial paths; the result once the
    /// search has finished (then `None` ever after), `None` before.
    pub fn run(&mut self, graph: &Graph, budget: usize) -> Option<PathResult> {
        let result = match &mut self.0 {
            Stage::Done(result) => return result.take(),
            Stage::Small(s) => s.run(graph, budget),
            Stage::Large(s) => s.run(graph, budget),
        };
        if result.is_some() {
            self.0 = Stage::Done(None);
        }
        result
    }
}

/// The search's state between slices: what the query asked, the bounds
/// computed once, and the queue of partial paths.
struct Search<B> {
    from: RoleIx,
    to: RoleIx,
    have: SkillSet,
    ranking: Ranking,
    k: usize,
    max_moves: usize,
    role_count: usize,
    /// Fewest moves left to the target from each role.
    moves_left: Vec<u32>,
    /// What each move adds that the person lacks.
    need: Vec<B>,
    target_prep: Prep,
    /// The chosen ranking's own least cost left (the others use the costs
    /// so far). Time's distances are over the moves' own months: gates
    /// come on top, bounded below.
    left: Vec<u32>,
    /// The fewest step-downs left to the target (a 0-1 shortest distance),
    /// for the skills ranking: its primary cost ties often (many paths add
    /// no skill), and the step-downs so far alone made the search look at
    /// every tied path (Cooks → Food Service Managers took 700 ms). The
    /// other rankings' own costs rarely tie, so the count so far serves them.
    downs_left: Vec<u32>,
    /// Every path into the target ends with one of its incoming moves, so a
    /// partial path that gained G needs at least |G| + min |need(e) \ G| over
    /// those moves (until it arrives). A cheap bound that sees the target's
    /// entry requirements, which the bottleneck bound alone does not.
    last_moves: Vec<B>,
    /// For the skills ranking: fewest moves left using only moves that add
    /// no skill, computed on first use. A partial path that has gained
    /// nothing and cannot finish without a new skill is bounded by 1; see
    /// `priority`.
    no_skill_moves_left: OnceCell<Vec<u32>>,
    heap: BinaryHeap<Reverse<(Priority, usize)>>,
    arena: Vec<Label<B>>,
    found: Vec<(Priority, usize)>,
    cut: Option<Priority>,
    expansions: usize,
    exhausted: bool,
}

/// Half the typical months of a move (`[a, b]` summed), so midpoints stay
/// integers.
fn half(graph: &Graph, t: TransIx) -> u32 {
    let [a, b] = graph.transition(t).months_or_default();
    a.saturating_add(b)
}

impl<B: Bits> Search<B> {
    /// The search, ready to run; or the answer already, when the target
    /// cannot be reached at all.
    fn new(graph: &Graph, q: &Query<'_>) -> Result<Search<B>, PathResult> {
        let moves_left = moves_to_using(graph, q.to, |_| true);
        if moves_left[q.from.index()] == UNREACHABLE {
            return Err(PathResult::NoPath { too_long: false, closest: closest_reachable(graph, q.from, q.to) });
        }
        let need = B::needs(graph, q.have);
        let left = match q.ranking {
            Ranking::FewestMoves => Vec::new(),
            Ranking::FewestNewSkills => cost_to(graph, q.to, |t| need[t.index()].count(), u32::max),
            Ranking::ShortestTime => cost_to(graph, q.to, |t| half(graph, t), u32::saturating_add),
            Ranking::ClosestFirst => {
                cost_to(graph, q.to, |t| graph.transition(t).closeness_or_default(), u32::saturating_add)
            }
        };
        let downs_left = match q.ranking {
            Ranking::FewestNewSkills => cost_to(graph, q.to, |t| u32::from(graph.steps_down(t)), u32::saturating_add),
            _ => Vec::new(),
        };
        let last_moves = graph.incoming(q.to).iter().map(|&t| need[t.index()].clone()).collect();
        let mut search = Search {
            from: q.from,
            to: q.to,
            have: q.have.clone(),
            ranking: q.ranking,
            k: q.k.clamp(1, MAX_K),
            max_moves: q.ranking.max_moves(graph.roles().len()),
            role_count: graph.roles().len(),
            moves_left,
            need,
            target_prep: graph.prep(q.to),
            left,
            downs_left,
            last_moves,
            no_skill_moves_left: OnceCell::new(),
            heap: BinaryHeap::with_capacity(1024),
            arena: Vec::with_capacity(1024),
            found: Vec::new(),
            cut: None,
            expansions: 0,
            exhausted: false,
        };
        let start = Label {
            roles: Roles::one(q.from),
            ranks: Seq::one(graph.id_rank(q.from)),
            via: None,
            parent: usize::MAX,
            gained: B::default(),
            half_months: 0,
            closeness: 0,
            held: graph.prep(q.from),
            gates: 0,
            downs: 0,
        };
        let p = search.priority(graph, &start, q.from);
        search.heap.push(Reverse((p, 0)));
        search.arena.push(start);
        Ok(search)
    }

    fn priority(&self, graph: &Graph, label: &Label<B>, at: RoleIx) -> Priority {
        let depth = u32::from(label.roles.len) - 1;
        let mut moves = depth + self.moves_left[at.index()];
        let own = |so_far: u32| match self.left.get(at.index()) {
            Some(&l) => so_far.saturating_add(l),
            None => so_far,
        };
        let gained = label.gained.count() + label.gates;
        // The gate still to come is at least the one from what is held
        // straight to the target.
        let pending = if at == self.to { Gate::default() } else { Gate::between(label.held, self.target_prep) };
        let (new, half_months, closeness) = match self.ranking {
            Ranking::FewestNewSkills => {
                let entry = if at == self.to {
                    0
                } else {
                    self.last_moves.iter().map(|n| n.count_outside(&label.gained)).min().unwrap_or(0)
                };
                let skills = (label.gained.count() + entry).max(self.left[at.index()]);
                let gates = label.gates + pending.kinds();
                let mut new = skills + gates;
                if skills == 0 && at != self.to {
                    // Completions either add no skill (then they only use
                    // moves that need none: at least `d` more moves, and new
                    // is at least the gates) or add a skill (then new is one
                    // more): the smaller of the two keys. Without this, every
                    // partial path of a query whose target has a gate ties at
                    // new = 1 with the weak bound on moves, and the atlas's
                    // skills ranking took five times as long.
                    let d = self
                        .no_skill_moves_left
                        .get_or_init(|| moves_to_using(graph, self.to, |t| self.need[t.index()].count() == 0))
                        [at.index()];
                    if d == UNREACHABLE {
                        new = gates + 1;
                    } else {
                        moves = depth + d;
                    }
                }
                (new, label.half_months, label.closeness)
            }
            Ranking::ShortestTime => {
                (gained, own(label.half_months).saturating_add(pending.half_months()), label.closeness)
            }
            Ranking::ClosestFirst => (gained, label.half_months, own(label.closeness)),
            Ranking::FewestMoves => (gained, label.half_months, label.closeness),
        };
        let downs = label.downs.saturating_add(self.downs_left.get(at.index()).copied().unwrap_or(0));
        (self.ranking.order(moves, downs, new, half_months, closeness), label.ranks)
    }

    /// Expands up to `budget` partial paths; the result when done.
    fn run(&mut self, graph: &Graph, budget: usize) -> Option<PathResult> {
        let mut spent = 0usize;
        loop {
            if spent == budget {
                return None;
            }
            let Some(Reverse((prio, id))) = self.heap.pop() else { break };
            let label = &self.arena[id];
            let at = label.roles.last();
            if at == self.to {
                self.found.push((prio, id));
                if self.found.len() == self.k {
                    break;
                }
                continue;
            }
            spent += 1;
            self.expansions += 1;
            if self.expansions > MAX_EXPANSIONS {
                self.exhausted = true;
                break;
            }
            let label = label.clone();
            for &t in graph.outgoing(at) {
                let next = graph.ends(t).1;
                if label.roles.as_slice().contains(&(next.index() as u32)) {
                    continue;
                }
                let left_moves = self.moves_left[next.index()];
                if left_moves == UNREACHABLE {
                    continue;
                }
                let next_prep = graph.prep(next);
                let gate = Gate::between(label.held, next_prep);
                let child = Label {
                    roles: label.roles.push(next),
                    ranks: label.ranks.push(usize::from(label.roles.len), graph.id_rank(next)),
                    via: Some(t),
                    parent: id,
                    gained: label.gained.or(&self.need[t.index()]),
                    half_months: label.half_months.saturating_add(half(graph, t)).saturating_add(gate.half_months()),
                    closeness: label.closeness.saturating_add(graph.transition(t).closeness_or_default()),
                    held: label.held.then(next_prep),
                    gates: label.gates + gate.kinds(),
                    downs: label.downs + u32::from(graph.steps_down(t)),
                };
                let depth = usize::from(label.roles.len);
                let p = self.priority(graph, &child, next);
                if depth + left_moves as usize > self.max_moves {
                    // No path within the limit extends this one. It only
                    // counts as hidden by the limit if enough unvisited roles
                    // remain for a simple completion to exist at all.
                    let unvisited = self.role_count - (depth + 1);
                    if unvisited >= left_moves as usize && self.cut.as_ref().is_none_or(|c| p < *c) {
                        self.cut = Some(p);
                    }
                    continue;
                }
                self.heap.push(Reverse((p, self.arena.len())));
                self.arena.push(child);
            }
        }
        Some(self.finish(graph))
    }

    fn finish(&mut self, graph: &Graph) -> PathResult {
        let found = std::mem::take(&mut self.found);
        let limited = match (&self.cut, found.last()) {
            (None, _) => false,
            (Some(_), _) if found.len() < self.k => true,
            (Some(c), Some((last, _))) => c < last,
            (Some(_), None) => true,
        };
        if found.is_empty() {
            return PathResult::NoPath { too_long: limited, closest: closest_reachable(graph, self.from, self.to) };
        }
        let options = found
            .into_iter()
            .map(|(_, mut id)| {
                let mut moves = Vec::new();
                while let Some(t) = self.arena[id].via {
                    moves.push(t);
                    id = self.arena[id].parent;
                }
                moves.reverse();
                PathOption::from_moves(graph, moves, &self.have)
            })
            .collect();
        PathResult::Found { options, limited, exhausted: self.exhausted }
    }
}

/// Roles reachable from `from` that come closest to `to`: same track first,
/// then nearest level, then fewest moves away, then id.
pub fn closest_reachable(graph: &Graph, from: RoleIx, to: RoleIx) -> Vec<RoleIx> {
    let target = graph.role(to);
    let level = |r: RoleIx| i32::from(graph.role(r).level.unwrap_or(1));
    let mut reachable: Vec<(RoleIx, usize)> =
        graph.within(from, usize::MAX, Direction::Forward).into_iter().filter(|&(r, _)| r != from).collect();
    // Same track first, then the nearest level, the fewest moves, the id.
    sort_by_key(&mut reachable, |(r, d)| {
        let same_track = graph.role(r).track.is_some() && graph.role(r).track == target.track;
        Key::new()
            .then(u64::from(!same_track), 1)
            .then(u64::from((level(r) - level(to)).unsigned_abs()), 8)
            .then(d as u64, 23)
            .then(u64::from(graph.id_rank(r)), 32)
            .get()
    });
    reachable.into_iter().take(CLOSEST_COUNT).map(|(r, _)| r).collect()
}
