//! A suggested plan for a path: ordered, de-duplicated steps, each tagged with
//! the move it belongs to.
//!
//! For each move in order: the move's own suggested steps, then, for each skill
//! the move requires that the person lacks and has not already been asked to
//! learn for an earlier move, that skill's learning suggestions (or, when the
//! graph gives none, one step naming the skill). A step whose text already
//! appeared earlier in the plan is left out.

use rustc_hash::FxHashSet as HashSet;

use super::graph::{Graph, SkillIx, TransIx};
use super::skillset::SkillSet;

/// Where a step comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepSource {
    /// One of the move's own suggested steps.
    Move,
    /// A learning suggestion for a skill the person still needs.
    Learn(SkillIx),
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanStep {
    /// Position of the move in the path (0-based).
    pub move_index: usize,
    /// The move this step belongs to.
    pub transition: TransIx,
    /// Where the step comes from.
    pub source: StepSource,
    /// What to do.
    pub text: String,
    /// A stable key for remembering that the step is done: it depends only
    /// on the graph's ids and the step's position in its list, so it survives
    /// re-planning and reloads.
    pub key: String,
}

/// The steps for the path given by `moves`, for a person with `have`.
pub fn plan_steps(graph: &Graph, moves: &[TransIx], have: &SkillSet) -> Vec<PlanStep> {
    let mut steps = Vec::new();
    let mut seen_text: HashSet<&str> = HashSet::default();
    let mut learned = have.clone();
    for (move_index, &t) in moves.iter().enumerate() {
        let tr = graph.transition(t);
        for (i, text) in tr.steps.iter().enumerate() {
            if seen_text.insert(text.trim()) {
                steps.push(PlanStep {
                    move_index,
                    transition: t,
                    source: StepSource::Move,
                    text: text.clone(),
                    key: format!("move:{}>{}:{i}", tr.from, tr.to),
                });
            }
        }
        // Skills in the order the move lists them.
        for skill_id in &tr.requires {
            let Some(s) = graph.skill_ix(skill_id) else { continue };
            if !learned.insert(s) {
                continue;
            }
            let skill = graph.skill(s);
            if skill.learn.is_empty() {
                let text = format!("Build the skill \u{201c}{}\u{201d}.", graph.skill_name(s));
                steps.push(PlanStep {
                    move_index,
                    transition: t,
                    source: StepSource::Learn(s),
                    text,
                    key: format!("learn:{}", skill.id),
                });
                continue;
            }
            for (i, text) in skill.learn.iter().enumerate() {
                if seen_text.insert(text.trim()) {
                    steps.push(PlanStep {
                        move_index,
                        transition: t,
                        source: StepSource::Learn(s),
                        text: text.clone(),
                        key: format!("learn:{}:{i}", skill.id),
                    });
                }
            }
        }
    }
    steps
}
