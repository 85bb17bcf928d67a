//! A validated career graph with its indices.
//!
//! A [`Graph`] can only be made by [`super::validate`], so every reference in
//! it resolves: code holding a `Graph` never checks ids again. Roles, skills
//! and transitions are addressed by dense indices (`RoleIx`, ...) in file
//! order; ids are for people, URLs and storage.

use std::collections::VecDeque;

use rustc_hash::FxHashMap as HashMap;

use super::format::{GraphDoc, Level, Relation, Role, Skill, Source, Track, Transition};
pub use super::indices::{RoleIx, SkillIx, TransIx};
use super::preparation::{steps_down, Gate, Prep};
use super::skillset::SkillSet;

/// A validated, indexed graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    doc: GraphDoc,
    role_by_id: HashMap<String, RoleIx>,
    skill_by_id: HashMap<String, SkillIx>,
    track_pos: HashMap<String, usize>,
    outgoing: Vec<Vec<TransIx>>,
    incoming: Vec<Vec<TransIx>>,
    ends: Vec<(RoleIx, RoleIx)>,
    requires: Vec<SkillSet>,
    role_skills: Vec<SkillSet>,
    roles_using: Vec<Vec<RoleIx>>,
    moves_requiring: Vec<Vec<TransIx>>,
    /// Each move's required skills as one word, when the graph has at most
    /// 128 skills (path planning's inner loop).
    requires_u128: Option<Vec<u128>>,
    id_rank: Vec<u32>,
    preps: Vec<Prep>,
}

impl Graph {
    /// Indexes a document read back from its compact form (see
    /// `compact`): `None` when a move or a role names a role or skill that
    /// is not there. Each reference is looked up once, to check it and to
    /// index it (on the atlas, checking first and indexing after took a
    /// third longer).
    pub(crate) fn try_index(doc: GraphDoc) -> Option<Graph> {
        let role_by_id: HashMap<String, RoleIx> =
            doc.roles.iter().enumerate().map(|(i, r)| (r.id.clone(), RoleIx::new(i))).collect();
        let skill_by_id: HashMap<String, SkillIx> =
            doc.skills.iter().enumerate().map(|(i, s)| (s.id.clone(), SkillIx::new(i))).collect();

        let track_pos = doc.tracks.iter().enumerate().map(|(i, t)| (t.id.clone(), i)).collect();
        let skills_of = |ids: &[String]| -> Option<SkillSet> {
            let mut set = SkillSet::new();
            for id in ids {
                set.insert(*skill_by_id.get(id)?);
            }
            Some(set)
        };

        let n = doc.roles.len();
        let mut outgoing = vec![Vec::new(); n];
        let mut incoming = vec![Vec::new(); n];
        let mut ends = Vec::with_capacity(doc.transitions.len());
        for (i, t) in doc.transitions.iter().enumerate() {
            let (from, to) = (*role_by_id.get(&t.from)?, *role_by_id.get(&t.to)?);
            outgoing[from.index()].push(TransIx::new(i));
            incoming[to.index()].push(TransIx::new(i));
            ends.push((from, to));
        }
        let requires: Vec<SkillSet> = doc.transitions.iter().map(|t| skills_of(&t.requires)).collect::<Option<_>>()?;
        let role_skills: Vec<SkillSet> = doc.roles.iter().map(|r| skills_of(&r.skills)).collect::<Option<_>>()?;
        let mut roles_using = vec![Vec::new(); doc.skills.len()];
        for (r, set) in role_skills.iter().enumerate() {
            for s in set.iter() {
                roles_using[s.index()].push(RoleIx::new(r));
            }
        }
        let mut moves_requiring = vec![Vec::new(); doc.skills.len()];
        for (t, set) in requires.iter().enumerate() {
            for s in set.iter() {
                moves_requiring[s.index()].push(TransIx::new(t));
            }
        }

        let requires_u128 = (doc.skills.len() <= 128)
            .then(|| requires.iter().map(|set| set.iter().fold(0u128, |acc, s| acc | (1u128 << s.index()))).collect());

        let mut by_id: Vec<usize> = (0..n).collect();
        by_id.sort_unstable_by(|&a, &b| doc.roles[a].id.cmp(&doc.roles[b].id));
        let mut id_rank = vec![0u32; n];
        for (rank, &role) in by_id.iter().enumerate() {
            id_rank[role] = rank as u32;
        }

        let preps = doc.roles.iter().map(|r| Prep::of(r.preparation.as_ref())).collect();

        Some(Graph {
            doc,
            role_by_id,
            skill_by_id,
            track_pos,
            outgoing,
            incoming,
            ends,
            requires,
            role_skills,
            roles_using,
            moves_requiring,
            requires_u128,
            id_rank,
            preps,
        })
    }

    /// Indexes a document whose references were already checked.
    ///
    /// Only `validate` calls this; it panics on a dangling reference, which
    /// validation rules out.
    pub(crate) fn index(doc: GraphDoc) -> Graph {
        Graph::try_index(doc).expect("validation resolves every reference")
    }

    /// The document this graph was built from.
    pub fn doc(&self) -> &GraphDoc {
        &self.doc
    }
    /// The graph's title, or "Untitled graph".
    pub fn title(&self) -> &str {
        self.doc.title.as_deref().unwrap_or("Untitled graph")
    }
    /// All roles, in file order.
    pub fn roles(&self) -> &[Role] {
        &self.doc.roles
    }
    /// All skills, in file order.
    pub fn skills(&self) -> &[Skill] {
        &self.doc.skills
    }
    /// All tracks, in file order.
    pub fn tracks(&self) -> &[Track] {
        &self.doc.tracks
    }
    /// All sources, in file order.
    pub fn sources(&self) -> &[Source] {
        &self.doc.sources
    }
    /// All transitions, in file order.
    pub fn transitions(&self) -> &[Transition] {
        &self.doc.transitions
    }
    /// Role indices in file order.
    pub fn role_indices(&self) -> impl Iterator<Item = RoleIx> {
        (0..self.doc.roles.len()).map(RoleIx::new)
    }
    /// The role at `ix`.
    pub fn role(&self, ix: RoleIx) -> &Role {
        &self.doc.roles[ix.index()]
    }
    /// The skill at `ix`.
    pub fn skill(&self, ix: SkillIx) -> &Skill {
        &self.doc.skills[ix.index()]
    }
    /// The transition at `ix`.
    pub fn transition(&self, ix: TransIx) -> &Transition {
        &self.doc.transitions[ix.index()]
    }
    /// Looks a role up by id.
    pub fn role_ix(&self, id: &str) -> Option<RoleIx> {
        self.role_by_id.get(id).copied()
    }
    /// Looks a skill up by id.
    pub fn skill_ix(&self, id: &str) -> Option<SkillIx> {
        self.skill_by_id.get(id).copied()
    }
    /// Looks a track up by id.
    pub fn track(&self, id: &str) -> Option<&Track> {
        self.track_pos.get(id).map(|&i| &self.doc.tracks[i])
    }
    /// Position of a track in the file, used to order lanes.
    pub fn track_position(&self, id: &str) -> Option<usize> {
        self.track_pos.get(id).copied()
    }
    /// A track's display name: its name, else its id.
    pub fn track_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.track(id).and_then(|t| t.name.as_deref()).unwrap_or(id)
    }
    /// A skill's display name: its name, else its id.
    pub fn skill_name(&self, ix: SkillIx) -> &str {
        let s = self.skill(ix);
        s.name.as_deref().unwrap_or(&s.id)
    }
    /// Looks a transition up by its two ends.
    pub fn transition_between(&self, from: RoleIx, to: RoleIx) -> Option<TransIx> {
        self.outgoing[from.index()].iter().copied().find(|&t| self.ends[t.index()].1 == to)
    }
    /// Moves out of a role, in file order.
    pub fn outgoing(&self, role: RoleIx) -> &[TransIx] {
        &self.outgoing[role.index()]
    }
    /// Moves into a role, in file order.
    pub fn incoming(&self, role: RoleIx) -> &[TransIx] {
        &self.incoming[role.index()]
    }
    /// The `(from, to)` roles of a transition.
    pub fn ends(&self, t: TransIx) -> (RoleIx, RoleIx) {
        self.ends[t.index()]
    }
    /// The skills a transition requires.
    pub fn requires(&self, t: TransIx) -> &SkillSet {
        &self.requires[t.index()]
    }
    /// The skills a role uses.
    pub fn role_skills(&self, role: RoleIx) -> &SkillSet {
        &self.role_skills[role.index()]
    }
    /// Each move's required skills as bits (skill index = bit), when the
    /// graph has at most 128 skills.
    pub fn requires_u128(&self) -> Option<&[u128]> {
        self.requires_u128.as_deref()
    }
    /// True when any move has a `closeness` (then "closest first" makes
    /// sense as a ranking).
    pub fn has_closeness(&self) -> bool {
        self.doc.transitions.iter().any(|t| t.closeness.is_some())
    }
    /// A role's preparation as comparable numbers (see
    /// [`super::preparation`]).
    pub fn prep(&self, role: RoleIx) -> Prep {
        self.preps[role.index()]
    }
    /// The gate of a move on its own: what the target asks beyond the source.
    pub fn gate(&self, t: TransIx) -> Gate {
        let (from, to) = self.ends(t);
        Gate::between(self.prep(from), self.prep(to))
    }
    /// True when a move steps down (see [`super::preparation::steps_down`]).
    pub fn steps_down(&self, t: TransIx) -> bool {
        let (from, to) = self.ends(t);
        steps_down(self.prep(from), self.prep(to))
    }
    /// A move's typical time with its gate: its own months (or none) plus
    /// the gate's. `None` only when neither is known.
    pub fn move_months(&self, t: TransIx) -> Option<[u32; 2]> {
        let [a, b] = self.gate(t).months();
        match self.transition(t).months {
            Some([x, y]) => Some([x.saturating_add(a), y.saturating_add(b)]),
            None if b > 0 => Some([a, b]),
            None => None,
        }
    }
    /// What a level means in this graph, if the graph says.
    pub fn level_info(&self, level: u8) -> Option<&Level> {
        self.doc.levels.iter().find(|l| l.level == level)
    }
    /// The highest level a role can have: the highest the graph explains,
    /// or 7.
    pub fn top_level(&self) -> u8 {
        self.doc.levels.iter().map(|l| l.level).max().unwrap_or(*super::format::LEVELS.end())
    }
    /// Plain words for a move's `relation` term, if the graph gives them.
    pub fn relation_info(&self, term: &str) -> Option<&Relation> {
        self.doc.relations.iter().find(|r| r.term == term)
    }
    /// Roles that list a skill, in file order.
    pub fn roles_using(&self, skill: SkillIx) -> &[RoleIx] {
        &self.roles_using[skill.index()]
    }
    /// Moves that require a skill, in file order.
    pub fn moves_requiring(&self, skill: SkillIx) -> &[TransIx] {
        &self.moves_requiring[skill.index()]
    }
    /// The rank of a role's id in sorted order: the deterministic tie-break.
    pub fn id_rank(&self, role: RoleIx) -> u32 {
        self.id_rank[role.index()]
    }
    /// A set of skills from ids, ignoring ids this graph does not know
    /// (stored progress may name skills that a newer graph dropped).
    pub fn skill_set<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> SkillSet {
        SkillSet::from_indices(ids.into_iter().filter_map(|id| self.skill_ix(id)))
    }

    /// Roles within `max_moves` of `start` in the given direction(s), with
    /// distances, breadth-first. Work is proportional to the neighbourhood,
    /// not to the graph.
    pub fn within(&self, start: RoleIx, max_moves: usize, dir: Direction) -> Vec<(RoleIx, usize)> {
        let mut seen = HashMap::default();
        seen.insert(start, 0usize);
        let mut order = vec![(start, 0)];
        let mut queue = VecDeque::from([(start, 0usize)]);
        while let Some((role, d)) = queue.pop_front() {
            if d == max_moves {
                continue;
            }
            for next in self.neighbours(role, dir) {
                if let std::collections::hash_map::Entry::Vacant(e) = seen.entry(next) {
                    e.insert(d + 1);
                    order.push((next, d + 1));
                    queue.push_back((next, d + 1));
                }
            }
        }
        order
    }

    /// Neighbouring roles in file order of the transitions.
    pub fn neighbours(&self, role: RoleIx, dir: Direction) -> impl Iterator<Item = RoleIx> + '_ {
        let fwd = matches!(dir, Direction::Forward | Direction::Both);
        let back = matches!(dir, Direction::Backward | Direction::Both);
        let out = self.outgoing(role).iter().filter(move |_| fwd).map(|&t| self.ends(t).1);
        let inc = self.incoming(role).iter().filter(move |_| back).map(|&t| self.ends(t).0);
        out.chain(inc)
    }
}

/// Which way to follow transitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// From a role to where people go next.
    Forward,
    /// From a role to where people come from.
    Backward,
    /// Both ways.
    Both,
}
