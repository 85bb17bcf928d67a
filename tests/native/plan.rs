//! Skill gaps and suggested plans, as tables over a small hand-made graph.

use switchback::domain::gap::Gap;
use switchback::domain::graph::{Graph, TransIx};
use switchback::domain::plan::{plan_steps, StepSource};
use switchback::domain::validate::load_json;

use crate::support::builtin;

/// a → b → c. The first move requires x and y; the second y and z; z has no
/// learning suggestions; a step text repeats across moves.
const SMALL: &str = r#"{
  "format": "switchback/1",
  "skills": [
    { "id": "x", "name": "Ex", "learn": ["Learn x", "Practise x"] },
    { "id": "y", "name": "Why", "learn": ["Learn y"] },
    { "id": "z", "name": "Zed" }
  ],
  "roles": [
    { "id": "a", "title": "A", "skills": ["x"] },
    { "id": "b", "title": "B", "skills": ["x", "y"] },
    { "id": "c", "title": "C", "skills": ["z"] }
  ],
  "transitions": [
    { "from": "a", "to": "b", "requires": ["x", "y"], "steps": ["Talk to a B", "Shadow a B"] },
    { "from": "b", "to": "c", "requires": ["y", "z"], "steps": ["Talk to a B", "Apply for C"] }
  ]
}"#;

fn small() -> Graph {
    load_json(SMALL).expect("valid").graph
}

fn moves(g: &Graph, path: &[&str]) -> Vec<TransIx> {
    path.windows(2)
        .map(|w| g.transition_between(g.role_ix(w[0]).unwrap(), g.role_ix(w[1]).unwrap()).expect("move exists"))
        .collect()
}

fn names(g: &Graph, skills: &[switchback::domain::graph::SkillIx]) -> Vec<String> {
    skills.iter().map(|&s| g.skill(s).id.clone()).collect()
}

#[test]
fn gaps_split_required_skills_by_what_the_person_has() {
    let g = small();
    /// (have, path, expected have, expected need) for the whole path.
    type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str], &'a [&'a str]);
    let cases: &[Case] = &[
        (&[], &["a", "b", "c"], &[], &["x", "y", "z"]),
        (&["y"], &["a", "b", "c"], &["y"], &["x", "z"]),
        (&["x", "y", "z"], &["a", "b"], &["x", "y"], &[]),
    ];
    for (have, path, want_have, want_need) in cases {
        let have = g.skill_set(have.iter().copied());
        let gap = Gap::path(&g, &moves(&g, path), &have);
        assert_eq!(names(&g, &gap.have), *want_have, "have {path:?}");
        assert_eq!(names(&g, &gap.need), *want_need, "need {path:?}");
    }
    let have = g.skill_set(["x"]);
    let role_gap = Gap::role(&g, g.role_ix("b").unwrap(), &have);
    assert_eq!((names(&g, &role_gap.have), names(&g, &role_gap.need)), (vec!["x".to_owned()], vec!["y".to_owned()]));
    let t = moves(&g, &["b", "c"])[0];
    assert_eq!(Gap::transition(&g, t, &have).need_count(), 2);
}

#[test]
fn plan_orders_steps_by_move_and_never_asks_twice() {
    let g = small();
    let steps = plan_steps(&g, &moves(&g, &["a", "b", "c"]), &g.skill_set(["x"]));
    let got: Vec<(usize, &str)> = steps.iter().map(|s| (s.move_index, s.text.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (0, "Talk to a B"),
            (0, "Shadow a B"),
            // x is already had; y is learned for the first move...
            (0, "Learn y"),
            // ...so the second move does not ask for it again; the repeated
            // "Talk to a B" is left out; z has no suggestions, so it is named.
            (1, "Apply for C"),
            (1, "Build the skill \u{201c}Zed\u{201d}."),
        ]
    );
    assert!(matches!(steps[2].source, StepSource::Learn(s) if g.skill(s).id == "y"));
    assert_eq!(steps[0].source, StepSource::Move);
}

#[test]
fn step_keys_are_stable_and_unique() {
    let g = small();
    let path = moves(&g, &["a", "b", "c"]);
    let first = plan_steps(&g, &path, &g.skill_set([]));
    let again = plan_steps(&g, &path, &g.skill_set([]));
    let keys: Vec<&str> = first.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, again.iter().map(|s| s.key.as_str()).collect::<Vec<_>>());
    let mut unique = keys.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), keys.len(), "{keys:?}");
    assert_eq!(keys[0], "move:a>b:0");
    assert!(keys.contains(&"learn:x:1"));
}

#[test]
fn builtin_plans_have_steps_for_every_move() {
    let g = builtin();
    let path = moves(&g, &["build-engineer", "ops-engineer", "release-engineer", "release-manager", "product-manager"]);
    let steps = plan_steps(&g, &path, &g.skill_set([]));
    for i in 0..path.len() {
        assert!(steps.iter().filter(|s| s.move_index == i).count() >= 2, "move {i} has fewer than 2 steps");
    }
}

#[test]
fn a_timeline_adds_ranges_and_never_wraps() {
    use switchback::domain::timeline::{range_text, Timeline};
    let g = small();
    let path = moves(&g, &["a", "b", "c"]);
    let t = Timeline::of(&g, &path);
    let each: Vec<[u32; 2]> = t.legs.iter().map(|l| l.months).collect();
    assert_eq!(t.total, [each[0][0] + each[1][0], each[0][1] + each[1][1]]);
    assert_eq!(t.legs[1].starts, each[0], "the second move starts when the first may end");
    let spans = t.spans(1000.0);
    assert_eq!(spans.len(), 2);
    assert!((spans[1].1 - 1000.0).abs() < 1e-6 && spans[0].1 == spans[1].0, "end to end, over the whole length");
    let huge = load_json(
        r#"{"format":"switchback/1","roles":[{"id":"a","title":"A"},{"id":"b","title":"B"},{"id":"c","title":"C"}],
        "transitions":[{"from":"a","to":"b","months":[4294967295,4294967295]},{"from":"b","to":"c","months":[4294967295,4294967295]}]}"#,
    );
    if let Ok(huge) = huge {
        let h = Timeline::of(&huge.graph, &moves(&huge.graph, &["a", "b", "c"]));
        assert_eq!(h.total, [u32::MAX, u32::MAX], "saturates, never wraps to a small number");
    }
    for (months, text) in [
        ([6, 18], "6–18 months"),
        ([12, 12], "12 months"),
        ([1, 1], "1 month"),
        ([12, 36], "12 months to 3 years"),
        ([24, 48], "2–4 years"),
        ([30, 33], "2.5–3 years"),
        ([30, 32], "about 2.5 years"),
        ([36, 66], "3–5.5 years"),
    ] {
        assert_eq!(range_text(months), text, "{months:?}");
    }
}

#[test]
fn no_path_says_why_and_what_is_within_reach() {
    use switchback::domain::no_path::{distance_text, explain};
    let g = builtin();
    let (cpo, marketer) = (g.role_ix("chief-product-officer").unwrap(), g.role_ix("marketing-specialist").unwrap());
    let why = explain(&g, cpo, marketer);
    assert!(!why.reason.is_empty());
    assert!(why.reason.contains("Marketing Specialist"), "{}", why.reason);
    let (pm, build) = (g.role_ix("product-manager").unwrap(), g.role_ix("build-engineer").unwrap());
    let why = explain(&g, pm, build);
    assert!(why.reason.contains("Build Engineer"), "{}", why.reason);
    assert!(!why.closest.is_empty(), "roles within reach");
    for &(r, moves) in &why.closest {
        assert!(moves >= 1, "{} is a real move away", g.role(r).id);
        let within = g.within(pm, moves, switchback::domain::graph::Direction::Forward);
        assert!(within.iter().any(|&(x, d)| x == r && d == moves), "the distance is the fewest moves");
    }
    assert_eq!(distance_text(1), "1 move away");
    assert_eq!(distance_text(3), "3 moves away");
}
