//! The O*NET atlas as a person meets it: names people use find the right
//! occupation, moves into occupations that need more preparation say so and
//! take years, step-downs are marked, and generated steps name what to learn.

use std::sync::OnceLock;

use switchback::domain::graph::{Graph, RoleIx};
use switchback::domain::paths::{plan_paths, PathOption, PathResult, Query, Ranking};
use switchback::domain::plan::{move_steps, plan_steps, StepSource};
use switchback::domain::search::{Hit, Scope, SearchIndex};
use switchback::domain::skillset::SkillSet;
use switchback::domain::validate::load_json;

use crate::support::root;

/// The committed atlas, loaded once for the module.
fn atlas() -> &'static Graph {
    static ATLAS: OnceLock<Graph> = OnceLock::new();
    ATLAS.get_or_init(|| {
        let text = std::fs::read_to_string(root().join("src/data/onet-29.3.json")).expect("the atlas is committed");
        load_json(&text).expect("the atlas loads").graph
    })
}

fn role(g: &Graph, code: &str) -> RoleIx {
    g.role_ix(code).unwrap_or_else(|| panic!("no occupation {code}"))
}

const RN: &str = "29-1141-00";
const EM_PHYSICIANS: &str = "29-1214-00";
const HEALTH_MANAGERS: &str = "11-9111-00";

fn paths(g: &Graph, from: &str, to: &str, ranking: Ranking) -> Vec<PathOption> {
    let q = Query { from: role(g, from), to: role(g, to), have: &SkillSet::new(), ranking, k: 5 };
    match plan_paths(g, &q) {
        PathResult::Found { options, .. } => options,
        other => panic!("{from} → {to}, {ranking:?}: {other:?}"),
    }
}

/// Search by the names people use: titles, other names and acronyms, with
/// an exact title or name first and the name that matched.
#[test]
fn names_people_use_find_the_occupation() {
    let g = atlas();
    let index = SearchIndex::new(g);
    let first = |q: &str| {
        let found = index.search_why(q, Scope::Roles, 8);
        let f = *found.first().unwrap_or_else(|| panic!("{q:?} finds nothing"));
        let Hit::Role(r) = f.hit else { panic!("{q:?} finds a skill") };
        (g.role(r).title.clone(), f.alias.map(|a| g.role(r).aliases[a].clone()))
    };
    assert_eq!(first("software engineer"), ("Software Developers".into(), Some("Software Engineer".into())));
    assert_eq!(first("registered nurse"), ("Registered Nurses".into(), None), "the title, singular");
    assert_eq!(first("RN"), ("Registered Nurses".into(), Some("Registered Nurse (RN)".into())));
    assert_eq!(first("registered nurses"), ("Registered Nurses".into(), None), "the title itself says nothing more");
    assert_eq!(first("software developers").0, "Software Developers");
    let (title, alias) = first("it manager");
    assert!(alias.as_deref().is_some_and(|a| a.contains("IT Manager")), "{title}: {alias:?}");
    // Typos still work, through the shared dictionary of words.
    assert_eq!(first("registred nurse").0, "Registered Nurses");
}

/// RN → Emergency Medicine Physicians: the move says what education it takes,
/// and its typical time is years, not months.
#[test]
fn a_move_that_needs_a_degree_says_so_and_takes_years() {
    let g = atlas();
    let t = g.transition_between(role(g, RN), role(g, EM_PHYSICIANS)).expect("O*NET relates them");
    let gate = g.gate(t);
    let education = gate.education.expect("an education gate");
    assert_eq!(education.held, 6, "a bachelor's degree");
    assert!(education.needed >= 10, "a professional or doctoral degree, or more: {}", education.needed);
    let [lo, hi] = g.move_months(t).expect("a time");
    assert!(lo >= 48 && hi >= lo, "years, not months: {lo}–{hi}");
    let steps = plan_steps(g, &[t], &SkillSet::new());
    let gate_step = steps.iter().find(|s| s.source == StepSource::Gate).expect("the plan asks for the degree");
    assert!(gate_step.text.contains("Emergency Medicine Physicians"), "{}", gate_step.text);
    let tools = steps.iter().find(|s| s.source == StepSource::Tools);
    assert!(tools.is_none_or(|s| s.text.starts_with("Get hands-on with ")), "{tools:?}");
}

/// RN → Medical and Health Services Managers under every ranking: the best
/// path by fewest moves does not step down, and every path says exactly
/// which of its moves step down.
#[test]
fn paths_say_which_moves_step_down() {
    let g = atlas();
    for ranking in Ranking::ALL {
        let options = paths(g, RN, HEALTH_MANAGERS, ranking);
        for o in &options {
            let down: Vec<usize> =
                o.moves.iter().enumerate().filter(|(_, &t)| g.steps_down(t)).map(|(i, _)| i).collect();
            assert_eq!(o.steps_down, down, "{ranking:?}");
            assert!(o.gates > 0, "{ranking:?}: managers need more experience than nurses");
        }
    }
    let best = &paths(g, RN, HEALTH_MANAGERS, Ranking::FewestMoves)[0];
    assert!(best.steps_down.is_empty(), "equally short paths that do not go down the ladder come first");
    // A step down: RN → Licensed Practical Nurses.
    let t = g.transition_between(role(g, RN), role(g, "29-2061-00")).expect("related");
    assert!(g.steps_down(t) && g.gate(t).is_open());
}

/// No generated text asks to learn "it" without naming it: skills' advice
/// names the skill, and moves' steps name skills or technologies.
#[test]
fn generated_steps_name_what_to_learn() {
    let g = atlas();
    let bare_it = |text: &str| text.split(|c: char| !c.is_alphanumeric()).any(|w| w == "it" || w == "It");
    for s in g.skills() {
        let name = s.name.as_deref().unwrap_or_default().to_lowercase();
        for l in &s.learn {
            assert!(l.to_lowercase().contains(&name) && !bare_it(l), "{}: {l}", s.id);
        }
    }
    for (i, t) in g.transitions().iter().enumerate() {
        for step in move_steps(g, switchback::domain::graph::TransIx::new(i)) {
            assert!(!bare_it(&step), "{} → {}: {step}", t.from, t.to);
        }
    }
    // The nurse's move to physicians names hot technologies where the
    // physicians list ones the nurses do not.
    let (rn, em) = (role(g, RN), role(g, EM_PHYSICIANS));
    let t = g.transition_between(rn, em).expect("related");
    let new_tools: Vec<&String> = g.role(em).tools.iter().filter(|x| !g.role(rn).tools.contains(x)).collect();
    let steps = move_steps(g, t);
    assert_eq!(steps.iter().any(|s| s.starts_with("Get hands-on with")), !new_tools.is_empty(), "{steps:?}");
    // Cashiers → retail supervisors: a list a plan can act on.
    let t = g.transition_between(role(g, "41-2011-00"), role(g, "41-1011-00")).expect("related");
    assert!(g.requires(t).len() <= 5, "{} skills", g.requires(t).len());
}

/// Relatedness and levels come with plain words.
#[test]
fn tiers_and_levels_are_explained() {
    let g = atlas();
    assert_eq!(g.relation_info("Primary-Short").map(|r| r.label.as_str()), Some("closely related"));
    assert_eq!(g.top_level(), 5);
    let manager = g.role(role(g, HEALTH_MANAGERS));
    let level = g.level_info(manager.level.expect("a job zone")).expect("explained");
    assert!(level.name.contains("preparation"), "{}", level.name);
}
