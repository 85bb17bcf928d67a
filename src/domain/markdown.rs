//! A plan as Markdown, for "Copy plan": a document a person can paste into
//! notes, an issue or an email.
//!
//! Every text from the graph is untrusted, and the Markdown goes where the
//! graph's author cannot see: a renderer (which would show raw HTML, load
//! `![](https://…)` images as tracking pixels and make links), or a
//! spreadsheet (which runs a cell starting with `=`, `+`, `-` or `@` as a
//! formula). So graph text is written as plain text ([`plain`]): on one
//! line, never at the start of a line, with Markdown's punctuation
//! backslash-escaped and direction controls removed or isolated.

use std::collections::BTreeSet;

use super::gap::Gap;
use super::graph::Graph;
use super::paths::{PathOption, Ranking};
use super::plan::PlanStep;
use super::skillset::SkillSet;
use super::text::{isolate_bidi, months_range};

/// Markdown for one chosen path and its steps; ticked steps are `[x]`.
pub fn plan_markdown(
    graph: &Graph,
    option: &PathOption,
    ranking: Ranking,
    have: &SkillSet,
    steps: &[PlanStep],
    done: &BTreeSet<String>,
) -> String {
    let title = |r| plain(&graph.role(r).title);
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
            let names: Vec<String> = gap.need.iter().map(|&s| plain(graph.skill_name(s))).collect();
            out.push_str(&format!("Skills to learn: {}\n\n", names.join(", ")));
        }
        for step in steps.iter().filter(|s| s.move_index == i) {
            let mark = if done.contains(&step.key) { "x" } else { " " };
            out.push_str(&format!("- [{mark}] {}\n", plain(&step.text)));
        }
    }
    out.push_str(&format!("\nFrom \u{201c}{}\u{201d}, explored with Switchback.\n", plain(graph.title())));
    out
}

/// Graph text as inert Markdown: line breaks and runs of spaces become one
/// space (so the text never starts a line, where `#`, `-`, `=` or a table
/// would take effect), every character Markdown gives a meaning to is
/// escaped with a backslash (no HTML, images, links, emphasis or code), web
/// addresses are broken so no renderer links them, a leading `=`, `+`, `-`
/// or `@` gets a `'` so no spreadsheet runs it, and direction controls are
/// removed or the text isolated ([`isolate_bidi`]).
pub fn plain(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = isolate_bidi(&one_line);
    let mut out = String::with_capacity(text.len() + 8);
    if text.trim_start_matches(['\u{2068}']).starts_with(['=', '+', '-', '@']) {
        out.push('\'');
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            // Without `[`, `]` and `!` no link or image can form, so `(`
            // and `)` stay as they are; `@` would make an e-mail link.
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '#' | '!' | '|' | '~' | '&' | '@' => {
                out.push('\\');
                out.push(c);
            }
            // `https://` and `www.` would be linked by GitHub's Markdown.
            ':' if chars.get(i + 1) == Some(&'/') => out.push_str("\\:"),
            '.' if i >= 3 && chars[i - 3..i].iter().collect::<String>().eq_ignore_ascii_case("www") => {
                out.push_str("\\.")
            }
            _ => out.push(c),
        }
    }
    out
}
