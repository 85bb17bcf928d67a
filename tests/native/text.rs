//! Text helpers, search and the Markdown plan.

use switchback::domain::paths::{plan_paths, PathResult, Query, Ranking};
use switchback::domain::plan::plan_steps;
use switchback::domain::search::{fold, Hit, Scope, SearchIndex};
use switchback::domain::text::{months_range, typical_duration};
use switchback::domain::viewport::{Focus, ViewBox};

use crate::support::builtin;

#[test]
fn durations() {
    let cases = [
        (0, "0 months"),
        (2, "1 month"),
        (3, "1.5 months"),
        (18, "9 months"),
        (47, "23.5 months"),
        (48, "about 2 years"),
        (252, "about 10.5 years"),
    ];
    for (half, text) in cases {
        assert_eq!(typical_duration(half), text, "{half}");
    }
    assert_eq!(months_range(Some([6, 18])), "6\u{2013}18 months");
    assert_eq!(months_range(Some([1, 1])), "1 month");
    assert_eq!(months_range(None), "time not given");
}

fn titles(g: &switchback::domain::graph::Graph, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| match *h {
            Hit::Role(r) => g.role(r).title.clone(),
            Hit::Skill(s) => format!("skill: {}", g.skill_name(s)),
        })
        .collect()
}

#[test]
fn search_is_partial_case_insensitive_and_typo_tolerant() {
    let g = builtin();
    let index = SearchIndex::new(&g);
    let first = |q: &str, scope| titles(&g, &index.search(q, scope, 5)).into_iter().next().unwrap_or_default();
    let cases = [
        ("Product Manager", Scope::Roles, "Product Manager"),
        ("product manager", Scope::Roles, "Product Manager"),
        ("chief", Scope::Roles, "Chief Product Officer"),
        ("program man", Scope::Roles, "Technical Program Manager"),
        ("prodcut manger", Scope::Roles, "Product Manager"),
        ("secrity tpm", Scope::Roles, "Security Technical Program Manager"),
        ("tpm", Scope::Roles, "Technical Program Manager"),
        ("roadmap", Scope::All, "skill: Roadmapping"),
        ("rodmapping", Scope::Skills, "skill: Roadmapping"),
        ("OPERATIONS", Scope::All, "Operations Engineer"),
    ];
    for (query, scope, want) in cases {
        assert_eq!(first(query, scope), want, "{query:?}");
    }
    assert!(index.search("zzzzqqq", Scope::All, 5).is_empty());
    assert!(index.search("   ", Scope::All, 5).is_empty());
    assert!(index.search("manager", Scope::Skills, 10).iter().all(|h| matches!(h, Hit::Skill(_))));
    assert_eq!(index.search("e", Scope::All, 4).len(), 4, "the limit holds");
    assert_eq!(fold("ÉCOLE Øre"), "école øre");
}

/// The names people use: acronyms and other titles find the built-in
/// graph's roles, an exact name first, and say which name matched.
#[test]
fn search_finds_roles_by_the_names_people_use() {
    let g = builtin();
    let index = SearchIndex::new(&g);
    let found = |q: &str| -> Vec<(String, Option<String>)> {
        index
            .search_why(q, Scope::All, 8)
            .into_iter()
            .map(|f| match f.hit {
                Hit::Role(r) => (g.role(r).id.clone(), f.alias.map(|a| g.role(r).aliases[a].clone())),
                Hit::Skill(s) => (format!("skill:{}", g.skill(s).id), None),
            })
            .collect()
    };
    let first = |q: &str| found(q).into_iter().next().unwrap_or_else(|| panic!("{q:?} finds nothing"));
    assert_eq!(first("cpo"), ("chief-product-officer".into(), Some("CPO".into())));
    assert_eq!(first("CPO"), ("chief-product-officer".into(), Some("CPO".into())));
    assert_eq!(first("pm"), ("product-manager".into(), Some("Product Manager (PM)".into())));
    assert_eq!(first("tpm"), ("tpm".into(), None), "the id is the acronym: nothing more to say");
    assert_eq!(first("sre"), ("ops-engineer".into(), Some("Site Reliability Engineer (SRE)".into())));
    assert_eq!(first("developer"), ("software-engineer".into(), Some("Developer".into())));
    assert_eq!(first("qa").0, "release-engineer");
    let devops: Vec<String> = found("devops").into_iter().map(|(id, _)| id).collect();
    assert_eq!(devops[..2], ["ops-engineer", "release-engineer"], "the operations roles");
    // A title beats an alias that matches as well: no "also called".
    assert_eq!(first("product manager"), ("product-manager".into(), None));
    // Other names are typo-tolerant too.
    assert_eq!(first("site reliabilty").0, "ops-engineer");
}

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

#[test]
fn viewport_zooms_about_a_point_and_stays_in_bounds() {
    let drawing = (1000.0, 600.0);
    let fit = ViewBox::fit(1000.0, 600.0, 2.0);
    assert!((fit.w / fit.h - 2.0).abs() < 1e-9, "fit keeps the screen's aspect");
    assert!(fit.contains(0.0, 0.0) && fit.contains(1000.0, 600.0), "fit shows the whole drawing");
    // Zooming keeps the point under the pointer in place.
    let z = fit.zoom_at(2.0, 250.0, 150.0, drawing);
    let before = ((250.0 - fit.x) / fit.w, (150.0 - fit.y) / fit.h);
    let after = ((250.0 - z.x) / z.w, (150.0 - z.y) / z.h);
    assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
    // Zoom is clamped both ways.
    let far = (0..50).fold(fit, |v, _| v.zoom(0.5, drawing));
    assert!(far.w <= 3.0 * 1000.0 + 1e-6);
    let near = (0..50).fold(fit, |v, _| v.zoom(2.0, drawing));
    assert!(near.w.max(near.h) >= 0.08 * 1000.0 - 1e-6);
    // Panning cannot lose the drawing.
    let lost = fit.pan(1e6, 1e6, drawing);
    assert!(lost.x <= 1000.0 && lost.y <= 600.0);
    assert_eq!(ViewBox { x: 1.4, y: -2.6, w: 10.5, h: 20.0 }.attr(), "1 -3 11 20");
    // A drawing smaller than the margins crosses the pan bounds: the view
    // still moves to a finite place instead of panicking.
    let tiny = ViewBox { x: 0.0, y: 0.0, w: 10.0, h: 10.0 }.pan(5.0, 5.0, (4.0, 4.0));
    assert_eq!((tiny.x, tiny.y), (4.0 - 24.0, 4.0 - 24.0));
    // A zoom by a factor that is not a number leaves the view as it was.
    assert_eq!(fit.zoom(f64::NAN, drawing), fit);
}

#[test]
fn loading_progress_is_in_whole_units() {
    use switchback::ui::model::Loading;
    let part = Loading { what: "the file a.json".to_owned(), done: 122_980.4, total: Some(512_000.0) };
    assert_eq!(part.text(), "Reading the file a.json\u{2026} 120 of 500 KB");
    assert_eq!(part.bar(), Some(("512000".to_owned(), "122980".to_owned())));
    let unknown = Loading { total: None, done: 1_600.0, ..part.clone() };
    assert_eq!(unknown.text(), "Reading the file a.json\u{2026} 2 KB");
    assert_eq!(unknown.bar(), None);
    assert_eq!(Loading { total: Some(0.0), ..part }.bar(), None, "an empty total draws no bar");
}

#[test]
fn labels_wrap_into_two_lines() {
    use switchback::domain::text::wrap_label;
    let cases: &[(&str, &[&str])] = &[
        ("Product Manager", &["Product Manager"]),
        ("Security Technical Program Manager", &["Security Technical", "Program Manager"]),
        ("Build and Release Automation Engineer", &["Build and Release", "Automation Engineer"]),
        ("Director of Program Management and Everything Else", &["Director of Program", "Management and\u{2026}"]),
        ("Supercalifragilisticexpialidocious", &["Supercalifragilisti\u{2026}"]),
        // Whole words before the ellipsis: the label stays a part of the name.
        ("Computer and Information Systems Managers", &["Computer and", "Information Systems\u{2026}"]),
        ("Registered Nurses Administrative Coordinators", &["Registered Nurses", "Administrative\u{2026}"]),
        ("", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(wrap_label(text, 20, 2), *want, "{text}");
    }
}

#[test]
fn the_first_view_zooms_in_about_the_focus_on_narrow_frames() {
    let drawing = (1800.0, 740.0);
    let keep = (80.0, 33.0);
    // 320 px cannot show 1800 units legibly: a view at the legible scale.
    let v = ViewBox::first_view(drawing, Some((320.0, 640.0)), 0.6, Focus::around((900.0, 400.0), keep));
    assert!((320.0 / v.w - 0.6).abs() < 1e-9);
    assert!((v.x + v.w / 2.0 - 900.0).abs() < 1e-9, "centred on the focus");
    assert!((v.w / v.h - 0.5).abs() < 1e-9, "the frame's aspect");
    // Near an edge, the view slides back over the drawing, keeping the focus whole.
    let v = ViewBox::first_view(drawing, Some((320.0, 640.0)), 0.6, Focus::around((10.0, 400.0), keep));
    assert!(v.x <= 10.0 - keep.0 && v.x >= -24.0 - keep.0, "the left edge, the focus whole: {v:?}");
    let v = ViewBox::first_view(drawing, Some((320.0, 640.0)), 0.6, Focus::around((1795.0, 400.0), keep));
    assert!(v.x + v.w >= 1795.0 + keep.0, "the right edge, the focus whole: {v:?}");
    // A frame that shows it all legibly shows it all.
    let wide = ViewBox::first_view(drawing, Some((2400.0, 1000.0)), 0.6, Focus::around((0.0, 0.0), keep));
    assert_eq!(wide, ViewBox::fit(1800.0, 740.0, 2.4));
}

#[test]
fn titles_take_a_or_an() {
    use switchback::domain::text::article;
    assert_eq!(article("Operations Engineer"), "an");
    assert_eq!(article("Engineering Manager"), "an");
    assert_eq!(article("Product Manager"), "a");
    assert_eq!(article(""), "a");
}
