//! Preparation gates and step-downs, as tables, and along a hand-made path.

use switchback::domain::paths::{plan_paths, PathOption, PathResult, Query, Ranking};
use switchback::domain::plan::{move_steps, plan_steps, StepSource};
use switchback::domain::preparation::{about, months_words, steps_down, Gate, Prep, Rise};
use switchback::domain::skillset::SkillSet;
use switchback::domain::validate::load_json;

fn prep(education: Option<u8>, experience: Option<u32>) -> Prep {
    Prep { education, experience }
}

#[test]
fn a_gate_is_what_the_target_asks_beyond_what_is_held() {
    // (held, target, education rise, experience rise, months)
    let cases = [
        // A bachelor's degree (54 months on the scale) to a professional degree (102).
        (prep(Some(6), Some(12)), prep(Some(10), Some(12)), Some((6, 10, 48)), None, [48, 48]),
        // Experience only: 1 year held, 4 asked.
        (prep(Some(6), Some(12)), prep(Some(6), Some(48)), None, Some((12, 48, 36)), [36, 36]),
        // Both: the longer, or both in turn.
        (prep(Some(6), Some(12)), prep(Some(8), Some(48)), Some((6, 8, 24)), Some((12, 48, 36)), [36, 60]),
        // Less of both: no gate.
        (prep(Some(8), Some(48)), prep(Some(6), Some(12)), None, None, [0, 0]),
        // Unknown on either side: nothing compared.
        (prep(None, None), prep(Some(12), Some(120)), None, None, [0, 0]),
        (prep(Some(6), None), prep(None, Some(120)), None, None, [0, 0]),
    ];
    for (held, target, education, experience, months) in cases {
        let gate = Gate::between(held, target);
        let rise = |r: Option<(u8, u8, u32)>| r.map(|(held, needed, months)| Rise { held, needed, months });
        let rise32 = |r: Option<(u32, u32, u32)>| r.map(|(held, needed, months)| Rise { held, needed, months });
        assert_eq!(gate.education, rise(education), "{held:?} → {target:?}");
        assert_eq!(gate.experience, rise32(experience), "{held:?} → {target:?}");
        assert_eq!(gate.months(), months, "{held:?} → {target:?}");
        assert_eq!(gate.kinds(), u32::from(education.is_some()) + u32::from(experience.is_some()));
    }
}

/// A step down: more than a year less preparation, education and
/// experience added up over what both roles say.
#[test]
fn a_step_down_asks_for_more_than_a_year_less_preparation() {
    let cases = [
        // A bachelor's degree to some college: 36 months less.
        (prep(Some(6), Some(12)), prep(Some(4), Some(12)), true),
        // Four years of experience to one.
        (prep(Some(6), Some(48)), prep(Some(6), Some(12)), true),
        // One year less experience and nothing else: not yet (surveys are
        // small; a year is within their noise).
        (prep(Some(6), Some(12)), prep(Some(6), Some(0)), false),
        // Less schooling, far more experience: not down.
        (prep(Some(6), Some(12)), prep(Some(4), Some(48)), false),
        (prep(Some(6), Some(12)), prep(Some(6), Some(12)), false),
        (prep(Some(6), Some(12)), prep(Some(8), Some(12)), false),
        // Nothing to compare.
        (prep(Some(6), Some(12)), prep(None, None), false),
        (prep(Some(6), None), prep(None, Some(0)), false),
        // Only education on both sides.
        (prep(Some(6), None), prep(Some(2), Some(0)), true),
    ];
    for (from, to, down) in cases {
        assert_eq!(steps_down(from, to), down, "{from:?} → {to:?}");
    }
    assert_eq!(prep(Some(6), None).then(prep(Some(4), Some(24))), prep(Some(6), Some(24)), "the most of each");
}

#[test]
fn times_in_words() {
    let cases = [
        ([0, 0], "none"),
        ([0, 1], "up to 1 month"),
        ([1, 3], "1\u{2013}3 months"),
        ([6, 12], "6\u{2013}12 months"),
        ([12, 24], "1\u{2013}2 years"),
        ([48, 72], "4\u{2013}6 years"),
        ([120, 120], "10 years"),
        ([36, 36], "3 years"),
    ];
    for (months, words) in cases {
        assert_eq!(months_words(months), words, "{months:?}");
    }
    assert_eq!(about(48), "about 4 years");
    assert_eq!(about(54), "about 4.5 years");
    assert_eq!(about(12), "about 1 year");
    assert_eq!(about(9), "9 months");
}

/// nurse (bachelor's, 1 year) → aide (high school: a step down) → manager
/// (bachelor's, 4 years): the degree is still held after the step down, so
/// only experience gates the last move; the nurse's own move to the manager
/// asks the same. The doctor asks for a professional degree.
const WARD: &str = r#"{
  "format": "switchback/1",
  "roles": [
    { "id": "nurse", "title": "Nurse", "tools": ["Epic Systems"],
      "preparation": { "education": { "level": 6, "share": 56 }, "experience": { "months": [12, 24] } } },
    { "id": "aide", "title": "Aide",
      "preparation": { "education": { "level": 2 }, "experience": { "months": [0, 0] } } },
    { "id": "manager", "title": "Manager", "tools": ["Epic Systems", "Workday"],
      "preparation": { "education": { "level": 6 }, "experience": { "months": [48, 72], "share": 37 } } },
    { "id": "doctor", "title": "Doctor",
      "preparation": { "education": { "level": 10, "share": 70, "label": "a medical degree" } } }
  ],
  "transitions": [
    { "from": "nurse", "to": "aide", "months": [3, 12], "steps": ["Apply"] },
    { "from": "aide", "to": "manager", "months": [3, 12], "steps": ["Apply"] },
    { "from": "nurse", "to": "manager", "months": [6, 12], "steps": ["Apply"] },
    { "from": "nurse", "to": "doctor", "months": [3, 12] }
  ]
}"#;

#[test]
fn gates_and_step_downs_along_a_path() {
    let g = load_json(WARD).expect("valid").graph;
    let r = |id: &str| g.role_ix(id).unwrap();
    let t = |a: &str, b: &str| g.transition_between(r(a), r(b)).unwrap();
    let via_aide = PathOption::from_moves(&g, vec![t("nurse", "aide"), t("aide", "manager")], &SkillSet::new());
    assert_eq!(via_aide.steps_down, [0]);
    assert_eq!((via_aide.gates, via_aide.gate_months), (1, [36, 36]), "experience only: the degree is held");
    assert_eq!(via_aide.months, [3 + 3 + 36, 12 + 12 + 36]);
    let direct = PathOption::from_moves(&g, vec![t("nurse", "manager")], &SkillSet::new());
    assert_eq!((direct.gates, direct.gate_months, direct.steps_down.len()), (1, [36, 36], 0));
    // The move on its own: from the aide, a degree is asked too.
    assert_eq!(g.gate(t("aide", "manager")).kinds(), 2);
    assert_eq!(g.move_months(t("nurse", "doctor")), Some([3 + 48, 12 + 48]));

    // Fewest moves: the direct move; fewest new skills (gates count): the
    // direct move too, as going down first gains nothing.
    for ranking in [Ranking::FewestMoves, Ranking::FewestNewSkills, Ranking::ShortestTime] {
        let q = Query { from: r("nurse"), to: r("manager"), have: &SkillSet::new(), ranking, k: 2 };
        let PathResult::Found { options, .. } = plan_paths(&g, &q) else { panic!("{ranking:?}") };
        assert_eq!(options[0].moves, [t("nurse", "manager")], "{ranking:?}");
    }

    // The plan asks for the experience, names the share and the new tool.
    let steps = plan_steps(&g, &[t("nurse", "manager")], &SkillSet::new());
    let texts: Vec<(&StepSource, &str)> = steps.iter().map(|s| (&s.source, s.text.as_str())).collect();
    assert_eq!(
        texts,
        [
            (
                &StepSource::Gate,
                "Build up 4\u{2013}6 years of related experience: the most common amount in the Manager role (37%), about 3 years more than your roles so far ask for."
            ),
            (&StepSource::Move, "Apply"),
            (&StepSource::Tools, "Get hands-on with Workday (a tool of the Manager role)."),
        ]
    );
    let doctor = plan_steps(&g, &[t("nurse", "doctor")], &SkillSet::new());
    assert_eq!(
        doctor[0].text,
        "Get a medical degree: the most common education in the Doctor role (70%), beyond a bachelor's degree (about 4 years of study)."
    );
    assert_eq!(doctor[0].key, "gate:nurse>doctor:education");
    assert_eq!(
        move_steps(&g, t("nurse", "manager")),
        ["Apply", "Get hands-on with Workday (a tool of the Manager role)."]
    );
}
