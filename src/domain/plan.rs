//! A suggested plan for a path: ordered, de-duplicated steps, each tagged with
//! the move it belongs to.
//!
//! For each move in order: the preparation its gate asks for (more education,
//! more related experience; see [`super::preparation`]), the move's own
//! suggested steps, the tools of the target role that the source role does
//! not list, then, for each skill the move requires that the person lacks
//! and has not already been asked to learn for an earlier move, that skill's
//! learning suggestions (or, when the graph gives none, one step naming the
//! skill). A step whose text already appeared earlier in the plan is left
//! out.

use rustc_hash::FxHashSet as HashSet;

use super::graph::{Graph, RoleIx, SkillIx, TransIx};
use super::preparation::{about, education_name, education_words, months_words, period_words, Gate, Prep};
use super::skillset::SkillSet;

/// Where a step comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepSource {
    /// One of the move's own suggested steps.
    Move,
    /// A learning suggestion for a skill the person still needs.
    Learn(SkillIx),
    /// Preparation the target role asks for beyond what the person holds.
    Gate,
    /// Tools of the target role that the source role does not list.
    Tools,
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

/// Names as people list them: "A", "A and B", "A, B and C".
pub fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "Get hands-on with Epic Systems and MEDITECH software (tools of the
/// Registered Nurses role).": the target's tools that the source does not
/// list, if any.
pub fn tools_step(graph: &Graph, from: RoleIx, to: RoleIx) -> Option<String> {
    let known = &graph.role(from).tools;
    let target = graph.role(to);
    let new: Vec<&str> = target.tools.iter().filter(|t| !known.contains(t)).map(String::as_str).collect();
    let what = if new.len() == 1 { "a tool" } else { "tools" };
    (!new.is_empty()).then(|| format!("Get hands-on with {} ({what} of the {} role).", and_list(&new), target.title))
}

/// What a gate asks, as steps: (which kind, the step). Titles are used as
/// names ("the Registered Nurses role"), so the sentences read the same
/// whether a graph's titles are singular or plural.
pub fn gate_steps(graph: &Graph, gate: &Gate, to: RoleIx) -> Vec<(&'static str, String)> {
    let role = graph.role(to);
    let prep = role.preparation.as_ref();
    let mut out = Vec::new();
    if let Some(rise) = gate.education {
        let e = prep.and_then(|p| p.education.as_ref());
        let words = e.map_or_else(|| education_name(rise.needed).to_owned(), education_words);
        let how = match e.and_then(|e| e.share) {
            Some(s) => format!("the most common education in the {} role ({s}%)", role.title),
            None => format!("the usual education in the {} role", role.title),
        };
        let time = if rise.months > 0 { format!(" ({} of study)", about(rise.months)) } else { String::new() };
        out.push(("education", format!("Get {words}: {how}, beyond {}{time}.", education_name(rise.held))));
    }
    if let Some(rise) = gate.experience {
        let x = prep.and_then(|p| p.experience.as_ref());
        let words = x.map_or_else(|| months_words([rise.needed, rise.needed]), period_words);
        let how = match x.and_then(|x| x.share) {
            Some(s) => format!("the most common amount in the {} role ({s}%)", role.title),
            None => format!("the usual amount in the {} role", role.title),
        };
        out.push((
            "experience",
            format!(
                "Build up {words} of related experience: {how}, about {} more than your roles so far ask for.",
                months_words([rise.months, rise.months])
            ),
        ));
    }
    out
}

/// A move's suggested steps as the move panel lists them: its own, then the
/// target's tools that the source does not list.
pub fn move_steps(graph: &Graph, t: TransIx) -> Vec<String> {
    let (from, to) = graph.ends(t);
    let mut steps = graph.transition(t).steps.clone();
    steps.extend(tools_step(graph, from, to));
    steps
}

/// The steps for the path given by `moves`, for a person with `have`.
pub fn plan_steps(graph: &Graph, moves: &[TransIx], have: &SkillSet) -> Vec<PlanStep> {
    let mut steps = Vec::new();
    let mut seen_text: HashSet<&str> = HashSet::default();
    let mut learned = have.clone();
    let mut held: Prep = moves.first().map(|&t| graph.prep(graph.ends(t).0)).unwrap_or_default();
    for (move_index, &t) in moves.iter().enumerate() {
        let tr = graph.transition(t);
        let (from, to) = graph.ends(t);
        let gate = Gate::between(held, graph.prep(to));
        held = held.then(graph.prep(to));
        for (kind, text) in gate_steps(graph, &gate, to) {
            steps.push(PlanStep {
                move_index,
                transition: t,
                source: StepSource::Gate,
                text,
                key: format!("gate:{}>{}:{kind}", tr.from, tr.to),
            });
        }
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
        if let Some(text) = tools_step(graph, from, to) {
            steps.push(PlanStep {
                move_index,
                transition: t,
                source: StepSource::Tools,
                text,
                key: format!("tools:{}>{}", tr.from, tr.to),
            });
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
