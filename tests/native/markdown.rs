//! The plan as Markdown.

use switchback::domain::paths::{plan_paths, PathResult, Query, Ranking};
use switchback::domain::plan::plan_steps;

use crate::support::builtin;

#[test]
fn plan_as_markdown() {
    let g = builtin();
    let (from, to) = (g.role_ix("ops-engineer").unwrap(), g.role_ix("tpm").unwrap());
    let have = g.role_skills(from).clone();
    let PathResult::Found { options, .. } =
        plan_paths(&g, &Query { from, to, have: &have, ranking: Ranking::FewestMoves, k: 1 })
    else {
        panic!("a path")
    };
    let steps = plan_steps(&g, &options[0].moves, &have);
    let done = [steps[0].key.clone()].into();
    let md = switchback::domain::markdown::plan_markdown(&g, &options[0], Ranking::FewestMoves, &have, &steps, &done);
    assert!(md.starts_with("# Plan: Operations Engineer \u{2192} Technical Program Manager\n"));
    assert!(md.contains("1 move \u{00b7} "));
    assert!(md.contains("## 1. Operations Engineer \u{2192} Technical Program Manager (6\u{2013}18 months)"));
    assert!(md.contains("Skills to learn: Program management"));
    assert!(md.contains(&format!("- [x] {}", steps[0].text)));
    assert!(md.contains(&format!("- [ ] {}", steps[1].text)));
}
