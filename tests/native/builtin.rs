//! The built-in graph: valid, warning-free, rich enough, and able to show
//! every path the seed articles describe.

use switchback::domain::graph::Graph;
use switchback::domain::validate::load_json;

#[test]
fn loads_without_errors_or_warnings() {
    let loaded = load_json(switchback::data::BUILTIN_JSON).unwrap_or_else(|r| panic!("{r}"));
    assert!(loaded.report.problems.is_empty(), "{}", loaded.report);
}

#[test]
fn the_embedded_copy_is_the_file_without_its_indentation() {
    let file =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/builtin.json")).expect("the file");
    let embedded = switchback::data::BUILTIN_JSON;
    let parse = |text: &str| serde_json::from_str::<serde_json::Value>(text).expect("JSON");
    assert_eq!(parse(embedded), parse(&file), "build.rs changed more than whitespace");
    assert!(!embedded.contains('\n') && embedded.len() < file.len(), "build.rs left the indentation in");
}

#[test]
fn the_checked_copy_the_page_reads_is_current() {
    // The page shows the built-in graph from `src/data/builtin.bin`. After
    // editing builtin.json, compact.rs, format.rs or report.rs (even a
    // reformat: the stamp is a digest of those sources), run
    // `cargo xtask schema` to write it again.
    let current = switchback::data::builtin_checked();
    assert!(
        switchback::data::BUILTIN_CHECKED == current.as_slice(),
        "src/data/builtin.bin is stale: run `cargo xtask schema`"
    );
    let read = switchback::data::builtin().expect("the checked copy reads back");
    let loaded = load_json(switchback::data::BUILTIN_JSON).expect("the built-in graph loads");
    assert_eq!(read, loaded);
}

fn graph() -> Graph {
    crate::support::builtin()
}

#[test]
fn is_rich_enough() {
    let g = graph();
    assert!(g.roles().len() >= 18, "{} roles", g.roles().len());
    assert!(g.tracks().len() >= 5);
    assert!(g.skills().len() >= 35);
    assert!(g.transitions().len() >= 30);
    for s in g.skills() {
        assert!(
            s.category.is_some() && !s.learn.is_empty(),
            "skill {} needs a category and learning suggestions",
            s.id
        );
        assert!(!s.sources.is_empty(), "skill {} names no source", s.id);
    }
    for r in g.roles() {
        assert!(!r.sources.is_empty(), "role {} names no source", r.id);
        assert!(r.track.is_some() && r.level.is_some() && r.summary.is_some(), "role {} is incomplete", r.id);
    }
    for t in g.transitions() {
        assert!(!t.requires.is_empty() && t.months.is_some(), "{} > {} lacks skills or time", t.from, t.to);
        assert!(t.steps.len() >= 2, "{} > {} has fewer than 2 steps", t.from, t.to);
        assert!(!t.sources.is_empty(), "{} > {} names no source", t.from, t.to);
    }
}

#[test]
fn covers_the_tracks_the_seeds_describe() {
    let g = graph();
    let tracks: Vec<&str> = g.tracks().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(tracks, ["engineering", "program", "product", "marketing", "leadership"]);
    for id in [
        "build-engineer",
        "ops-engineer",
        "release-engineer",
        "security-engineer",
        "tpm",
        "security-tpm",
        "technical-product-manager",
        "product-manager",
        "director-of-product",
        "vp-product",
        "chief-product-officer",
        "technical-marketing-manager",
        "product-marketing-manager",
        "engineering-manager",
    ] {
        assert!(g.role_ix(id).is_some(), "missing role {id}");
    }
}

/// Each seed article's path exists move by move.
#[test]
fn every_seed_path_can_be_walked() {
    let g = graph();
    let paths: &[&[&str]] = &[
        // Marketing to technical marketing / technical product management.
        &["marketing-specialist", "technical-marketing-manager", "technical-product-manager"],
        // Build engineer to CPO through operations, release automation and release management.
        &[
            "build-engineer",
            "ops-engineer",
            "release-engineer",
            "release-manager",
            "product-manager",
            "senior-product-manager",
            "director-of-product",
            "vp-product",
            "chief-product-officer",
        ],
        // Engineer to TPM, TPM to program and organisational leadership.
        &["software-engineer", "tpm", "principal-tpm", "director-program-management"],
        // The security TPM, from security engineering or from TPM.
        &["security-engineer", "security-tpm"],
        &["tpm", "security-tpm"],
        // The fork back to engineering and to people management.
        &["tpm", "staff-engineer"],
        &["tpm", "engineering-manager"],
    ];
    for path in paths {
        for w in path.windows(2) {
            let (a, b) = (g.role_ix(w[0]).unwrap(), g.role_ix(w[1]).unwrap());
            assert!(g.transition_between(a, b).is_some(), "no move {} > {}", w[0], w[1]);
        }
    }
}

#[test]
fn marketing_move_carries_the_seed_advice() {
    let g = graph();
    let t = g
        .transition_between(
            g.role_ix("marketing-specialist").unwrap(),
            g.role_ix("technical-marketing-manager").unwrap(),
        )
        .unwrap();
    let steps = g.transition(t).steps.join(" ").to_lowercase();
    for idea in ["how technical", "domain", "forums", "knowledge"] {
        assert!(steps.contains(idea), "the marketing move's steps lack {idea:?}");
    }
}

#[test]
fn product_manager_holds_the_it_pm_skills() {
    let g = graph();
    let pm = g.role(g.role_ix("product-manager").unwrap());
    for skill in [
        "product-vision",
        "market-research",
        "roadmapping",
        "prioritisation-frameworks",
        "cross-functional-communication",
        "adaptability",
    ] {
        assert!(pm.skills.iter().any(|s| s == skill), "product manager lacks {skill}");
    }
    let frameworks = g.skill(g.skill_ix("prioritisation-frameworks").unwrap()).description.clone().unwrap_or_default();
    for f in ["OKRs", "RICE", "MoSCoW", "80/20"] {
        assert!(frameworks.contains(f), "prioritisation frameworks lack {f}");
    }
    for skill in [
        "data-analysis",
        "technical-proficiency",
        "agile-lean",
        "vulnerability-lifecycle",
        "patch-orchestration",
        "stakeholder-communication",
        "process-improvement",
        "risk-prioritisation",
    ] {
        assert!(g.skill_ix(skill).is_some(), "missing skill {skill}");
    }
}

/// Words that say little about what a step asks.
const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "your", "you", "as", "at", "by", "it", "its",
    "is", "be", "from", "that", "this", "one", "two", "more", "into", "each", "who", "what", "how", "their", "them",
    "so", "are", "than", "about", "up", "out", "any", "every",
];

/// A step's content words, plurals folded ("plans" is "plan").
fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 && !STOP.contains(w))
        .map(|w| w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(w).to_owned())
        .collect()
}

/// How alike two steps are: shared content words over all of them (Jaccard).
fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (content_words(a), content_words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

/// Steps that say nearly the same thing this much or more (shared content
/// words over all of them) are near-duplicates. "Write and run a program
/// plan with milestones, owners and risks" next to "Write a one-page program
/// plan with milestones, owners and risks" is 0.75; a step and the next
/// stage of the same work ("Shadow the triage…", "Take over the triage…")
/// stays under it at 0.4.
const NEAR_DUPLICATE: f64 = 0.5;

/// Every simple path of the built-in graph (at most the planner's move
/// limit), from every role.
fn all_paths(g: &Graph) -> Vec<Vec<switchback::domain::graph::TransIx>> {
    use switchback::domain::graph::{RoleIx, TransIx};
    fn walk(g: &Graph, at: RoleIx, seen: &mut Vec<RoleIx>, moves: &mut Vec<TransIx>, out: &mut Vec<Vec<TransIx>>) {
        if !moves.is_empty() {
            out.push(moves.clone());
        }
        if moves.len() == switchback::domain::paths::MAX_MOVES {
            return;
        }
        for &t in g.outgoing(at) {
            let next = g.ends(t).1;
            if !seen.contains(&next) {
                seen.push(next);
                moves.push(t);
                walk(g, next, seen, moves, out);
                moves.pop();
                seen.pop();
            }
        }
    }
    let mut all = Vec::new();
    for r in g.role_indices() {
        walk(g, r, &mut vec![r], &mut Vec::new(), &mut all);
    }
    all
}

/// No plan of the built-in graph repeats itself: along any path, for a
/// person who has none of the skills (so every learning suggestion is in the
/// plan), no two steps are near-duplicates.
#[test]
fn no_path_has_near_duplicate_steps() {
    use switchback::domain::plan::plan_steps;
    use switchback::domain::skillset::SkillSet;
    let g = graph();
    let paths = all_paths(&g);
    assert!(paths.len() > 500, "{} paths: the walk covers the graph", paths.len());
    // Each pair of step texts is compared once, however many paths share it.
    let mut checked = std::collections::HashSet::new();
    let mut found = std::collections::BTreeSet::new();
    for p in &paths {
        let steps = plan_steps(&g, p, &SkillSet::new());
        for (i, a) in steps.iter().enumerate() {
            for b in &steps[i + 1..] {
                if checked.insert((a.key.clone(), b.key.clone())) && similarity(&a.text, &b.text) >= NEAR_DUPLICATE {
                    found.insert(format!("\"{}\" ({}) and \"{}\" ({})", a.text, a.key, b.text, b.key));
                }
            }
        }
    }
    assert!(found.is_empty(), "near-duplicate steps on a path:\n{}", found.into_iter().collect::<Vec<_>>().join("\n"));
    // The measure itself: the examples are near-duplicates, a
    // progression is not.
    assert!(
        similarity(
            "Write and run a program plan with milestones, owners and risks.",
            "Write a one-page program plan with milestones, owners and risks."
        ) >= NEAR_DUPLICATE
    );
    assert!(
        similarity(
            "Coordinate one security update across several product teams, from fix to deployment.",
            "Coordinate one security update across two or more teams, from fix to deployment."
        ) >= NEAR_DUPLICATE
    );
    assert!(
        similarity(
            "Shadow the triage of incoming vulnerability reports for a few weeks.",
            "Take over the triage and tracking of incoming vulnerability reports."
        ) < NEAR_DUPLICATE
    );
}
