//! Skill gaps: what a person has and still needs for a role, a move or a path.

use super::graph::{Graph, RoleIx, SkillIx, TransIx};
use super::skillset::SkillSet;

/// The skills something requires, split by whether the person has them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gap {
    /// Required skills the person has, in increasing index order.
    pub have: Vec<SkillIx>,
    /// Required skills the person still needs, in increasing index order.
    pub need: Vec<SkillIx>,
}

impl Gap {
    /// Splits `required` by `have`.
    pub fn of(required: &SkillSet, have: &SkillSet) -> Gap {
        let (have_list, need) = required.iter().partition(|s| have.contains(*s));
        Gap { have: have_list, need }
    }

    /// The gap for the skills a role uses.
    pub fn role(graph: &Graph, role: RoleIx, have: &SkillSet) -> Gap {
        Gap::of(graph.role_skills(role), have)
    }

    /// The gap for the skills a move requires.
    pub fn transition(graph: &Graph, t: TransIx, have: &SkillSet) -> Gap {
        Gap::of(graph.requires(t), have)
    }

    /// The gap for a whole path: each required skill counted once.
    pub fn path(graph: &Graph, moves: &[TransIx], have: &SkillSet) -> Gap {
        let mut all = SkillSet::new();
        for &t in moves {
            all.union_with(graph.requires(t));
        }
        Gap::of(&all, have)
    }

    /// Number of skills still needed.
    pub fn need_count(&self) -> usize {
        self.need.len()
    }
}
