//! A plan as Markdown, for "Copy plan": a document a person can paste into
//! notes, an issue or an email.

use std::collections::BTreeSet;

use super::gap::Gap;
use super::graph::Graph;
use super::paths::{PathOption, Ranking};
use super::plan::PlanStep;
use super::skillset::SkillSet;
use super::text::months_range;

/// Markdown for one chosen path and its steps; ticked steps are `[x]`.
pub fn plan_markdown(
    graph: &Graph,
    option: &PathOption,
    ranking: Ranking,
    have: &SkillSet,
    steps: &[PlanStep],
    done: &BTreeSet<String>,
) -> String {
    let title = |r| graph.role(r).title.as_str();
    let (start, target) = (option.roles[0], option.roles[option.roles.len() - 1]);
    let mut out = format!("# Plan: {} \u{2192} {}\n\n", title(start), title(target));
    out.push_str(&format!(
        "{} ({}) \u{00b7} ranked by {}\n",
        option.summary(),
        months_range(Some(option.months)),
        ranking.label().to_ascii_lowercase(),
    ));
    for (i, &t) in option.moves.iter().enumerate() {
        let (from, to) = graph.ends(t);
        out.push_str(&format!(
            "\n## {}. {} \u{2192} {} ({})\n\n",
            i + 1,
            title(from),
            title(to),
            option.move_note(graph, i)
        ));
        let gap = Gap::transition(graph, t, have);
        if !gap.need.is_empty() {
            let names: Vec<&str> = gap.need.iter().map(|&s| graph.skill_name(s)).collect();
            out.push_str(&format!("Skills to learn: {}\n\n", names.join(", ")));
        }
        for step in steps.iter().filter(|s| s.move_index == i) {
            let mark = if done.contains(&step.key) { "x" } else { " " };
            out.push_str(&format!("- [{mark}] {}\n", step.text.replace('\n', " ")));
        }
    }
    out.push_str(&format!("\nFrom \u{201c}{}\u{201d}, explored with Switchback.\n", graph.title()));
    out
}
