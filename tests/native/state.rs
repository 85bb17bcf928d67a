//! The explorer's state transitions and its address, as tables.

use switchback::domain::paths::Ranking;
use switchback::domain::progress::Progress;
use switchback::domain::route::{PlanQuery, Route, Selection, ViewMode};
use switchback::domain::state::{Action, ExplorerState, Theme};
use switchback::domain::validate::load_json;

fn s(id: &str) -> Option<String> {
    Some(id.to_owned())
}

fn role(id: &str) -> Selection {
    Selection::Role(id.to_owned())
}

/// A state with a plan from ops to cpo, alternative 2 chosen, one skill and
/// one step recorded.
fn planned() -> ExplorerState {
    let mut st = ExplorerState::new();
    st = st.apply(Action::SetFrom(s("ops")));
    st = st.apply(Action::SetTo(s("cpo")));
    st = st.apply(Action::Choose(Some(1)));
    st = st.apply(Action::ToggleSkill("sql".into()));
    st.apply(Action::ToggleStep("move:a>b:0".into()))
}

#[test]
fn transitions() {
    // (name, start, action, check)
    type Check = fn(&ExplorerState) -> bool;
    let cases: Vec<(&str, ExplorerState, Action, Check)> = vec![
        ("open a role", ExplorerState::new(), Action::Open(role("tpm")), |st| st.selection == role("tpm")),
        ("close", ExplorerState::new().apply(Action::Open(role("tpm"))), Action::Close, |st| {
            st.selection == Selection::None
        }),
        ("switch to outline", ExplorerState::new(), Action::SetView(ViewMode::Outline), |st| {
            st.view == ViewMode::Outline
        }),
        ("a new target forgets the chosen alternative", planned(), Action::SetTo(s("vp")), |st| {
            st.to == s("vp") && st.chosen.is_none() && st.shown == 3
        }),
        ("the same target keeps it", planned(), Action::SetTo(s("cpo")), |st| st.chosen == Some(1)),
        ("swap", planned(), Action::Swap, |st| st.from == s("cpo") && st.to == s("ops") && st.chosen.is_none()),
        ("a new ranking forgets the chosen alternative", planned(), Action::SetRanking(Ranking::ShortestTime), |st| {
            st.ranking == Ranking::ShortestTime && st.chosen.is_none()
        }),
        ("show more", ExplorerState::new(), Action::ShowMore, |st| st.shown == 10),
        ("choosing alternative 5 shows at least 5", planned(), Action::Choose(Some(4)), |st| {
            st.chosen == Some(4) && st.shown >= 5
        }),
        ("choosing beyond 10 is refused", planned(), Action::Choose(Some(10)), |st| st.chosen.is_none()),
        ("toggle a skill off", planned(), Action::ToggleSkill("sql".into()), |st| st.have.is_empty()),
        ("mark a role's skills", ExplorerState::new(), Action::SetSkills(vec!["a".into(), "b".into()], true), |st| {
            st.have.len() == 2
        }),
        ("unmark them", planned(), Action::SetSkills(vec!["sql".into()], false), |st| st.have.is_empty()),
        ("untick a step", planned(), Action::ToggleStep("move:a>b:0".into()), |st| st.done.is_empty()),
        ("theme", ExplorerState::new(), Action::SetTheme(Theme::Dark), |st| st.theme == Theme::Dark),
        (
            "reset keeps what is open and the theme",
            planned().apply(Action::Open(role("tpm"))).apply(Action::SetTheme(Theme::Dark)),
            Action::ResetProgress,
            |st| {
                st.have.is_empty()
                    && st.done.is_empty()
                    && st.from.is_none()
                    && st.selection == role("tpm")
                    && st.theme == Theme::Dark
            },
        ),
        (
            "a link without a plan keeps the plan",
            planned(),
            Action::Navigate(Route { selection: role("tpm"), plan: None, view: ViewMode::Graph }),
            |st| st.selection == role("tpm") && st.from == s("ops") && st.chosen == Some(1),
        ),
        (
            "an address with a plan replaces it",
            planned(),
            Action::Navigate(Route::parse("#/?from=tpm&to=pm&rank=time&alt=3")),
            |st| st.from == s("tpm") && st.to == s("pm") && st.ranking == Ranking::ShortestTime && st.chosen == Some(2),
        ),
        (
            "restoring progress fills an empty plan",
            ExplorerState::new(),
            Action::Restore(Progress {
                from: s("a"),
                to: s("b"),
                have: ["x".to_owned()].into(),
                ..Progress::default()
            }),
            |st| st.from == s("a") && st.to == s("b") && st.have.contains("x"),
        ),
        (
            "the address wins over restored progress",
            planned(),
            Action::Restore(Progress { from: s("a"), to: s("b"), ..Progress::default() }),
            |st| st.from == s("ops") && st.to == s("cpo"),
        ),
    ];
    for (name, start, action, check) in cases {
        let next = start.apply(action);
        assert!(check(&next), "{name}: {next:?}");
    }
}

#[test]
fn unchanged_actions_give_an_equal_state() {
    // The UI keeps the old state (and skips a render) when apply returns an
    // equal one; these actions must not change anything.
    let st = planned();
    for action in [
        Action::SetTo(s("cpo")),
        Action::SetFrom(s("ops")),
        Action::SetRanking(Ranking::FewestMoves),
        Action::Open(Selection::None),
    ] {
        assert_eq!(st.apply(action.clone()), st, "{action:?}");
    }
}

#[test]
fn addresses_round_trip() {
    let cases = [
        "#/",
        "#/role/tpm",
        "#/move/ops-engineer/tpm",
        "#/skill/roadmapping",
        "#/role/tpm?from=ops-engineer&to=chief-product-officer",
        "#/?from=a&to=b&rank=skills&alt=2",
        "#/move/a/b?to=b&rank=time&view=outline",
        "#/?view=outline",
        "#/?from=a&to=b&alt=1&view=plan",
    ];
    for hash in cases {
        assert_eq!(Route::parse(hash).to_hash(), hash, "{hash}");
    }
}

#[test]
fn the_state_s_address_brings_the_state_back() {
    let st = planned()
        .apply(Action::Open(Selection::Move("ops".into(), "tpm".into())))
        .apply(Action::SetView(ViewMode::Outline));
    let restored = ExplorerState::new().apply(Action::Navigate(Route::parse(&st.route().to_hash())));
    assert_eq!(restored.selection, st.selection);
    assert_eq!(
        (restored.from, restored.to, restored.ranking, restored.chosen, restored.view),
        (st.from, st.to, st.ranking, st.chosen, st.view)
    );
}

#[test]
fn mangled_addresses_open_something_sensible() {
    let cases: &[(&str, Route)] = &[
        ("", Route::default()),
        ("#", Route::default()),
        ("#/nowhere/at/all", Route::default()),
        ("#/role/", Route::default()),
        ("#/role/<script>", Route { selection: role("script"), ..Route::default() }),
        ("#/role/TPM", Route { selection: role("tpm"), ..Route::default() }),
        (
            "#/?from=a&alt=99&rank=fastest&junk",
            Route { plan: Some(PlanQuery { from: s("a"), ..PlanQuery::default() }), ..Route::default() },
        ),
    ];
    for (hash, want) in cases {
        assert_eq!(&Route::parse(hash), want, "{hash:?}");
    }
}

#[test]
fn stored_progress_is_checked() {
    let good = Progress {
        have: ["sql".to_owned()].into(),
        done: ["move:a>b:0".to_owned()].into(),
        from: s("a"),
        to: s("b"),
        ranking: Ranking::FewestNewSkills,
        chosen: Some(1),
    };
    assert_eq!(Progress::decode(&good.encode()), Ok(good.clone()));
    // The chosen path comes back with the plan (and the address keeps it).
    let back = ExplorerState::new().apply(Action::Restore(good));
    assert_eq!((back.from.as_deref(), back.chosen), (Some("a"), Some(1)));
    assert!(back.route().to_hash().contains("alt=2"));
    // Records from before the chosen path was kept still read.
    let old = r#"{"version":1,"have":[],"done":[],"from":"a","to":"b","ranking":"moves"}"#;
    assert_eq!(Progress::decode(old).map(|p| p.chosen), Ok(None));
    let bad = [
        ("", "not valid JSON"),
        ("{\"version\":1,\"have\":\"sql\"}", "\"have\" is not a list"),
        ("{\"version\":1,\"have\":[3]}", "non-text item"),
        ("{\"version\":1,\"have\":[\"<b>\"]}", "not a skill id"),
        ("{\"version\":1,\"from\":7}", "not a role id"),
        ("{\"version\":1,\"ranking\":\"luck\"}", "unknown ranking"),
        ("[]", "not an object"),
        ("{\"have\":[]}", "no version"),
        ("{\"version\":1,\"chosen\":99}", "not a path number"),
    ];
    for (text, why) in bad {
        let err = Progress::decode(text).expect_err(text).to_string();
        assert!(err.contains(why), "{text}: {err}");
    }
    assert!(Progress::decode("{\"version\":2}").expect_err("newer").to_string().contains("another version"));
}

#[test]
fn the_library_remembers_graphs() {
    use switchback::domain::library::{date_text, Entry, Library, Origin};
    let entry = |key: &str, origin: Origin, added| Entry { key: key.into(), title: format!("T {key}"), origin, added };
    let mut lib = Library::default();
    lib.remember(entry("file:a.json", Origin::File("a.json".into()), 1));
    lib.remember(entry("url:https://x/g.json", Origin::Url("https://x/g.json".into()), 2));
    lib.remember(entry("csv:r.csv+s.csv", Origin::Spreadsheet(vec!["r.csv".into(), "s.csv".into()]), 3));
    lib.remember(entry("file:a.json", Origin::File("a.json".into()), 4));
    let keys: Vec<&str> = lib.entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, ["file:a.json", "csv:r.csv+s.csv", "url:https://x/g.json"], "most recent first, no duplicates");
    assert_eq!(Library::decode(&lib.encode()), Ok(lib.clone()));
    lib.forget("csv:r.csv+s.csv");
    assert_eq!(lib.entries.len(), 2);
    assert!(Library::decode("{\"version\":1}").is_err());
    assert!(Library::decode("[").is_err());
    // An unreadable entry is dropped; the rest survive.
    let partial = r#"{"version":1,"graphs":[{"key":"k","title":"T","origin":{"kind":"nope"},"added":1},{"key":"paste:x","title":"X","origin":{"kind":"paste"},"added":2}]}"#;
    assert_eq!(Library::decode(partial).map(|l| l.entries.len()), Ok(1));

    assert_eq!(Origin::Pasted.key("My Graph!"), "paste:my-graph");
    assert!(
        Origin::File("x".into()).keeps_text() && !Origin::Url("u".into()).keeps_text() && !Origin::Atlas.keeps_text()
    );
    for (ms, text) in [(0, "1970-01-01"), (951_782_400_000, "2000-02-29"), (1_795_219_200_000, "2026-11-21")] {
        assert_eq!(date_text(ms), text, "{ms}");
    }
}

#[test]
fn an_address_carried_to_another_graph_keeps_its_view_and_what_that_graph_has() {
    let graph = load_json(switchback::data::BUILTIN_JSON).expect("the built-in graph").graph;
    // The other graph's roles: only the view is left.
    let route = Route::parse("#/role/15-1252-00?from=15-1252-00&to=29-1141-00&view=outline");
    let left = route.carried_to(&graph);
    assert_eq!(left, Route { view: ViewMode::Outline, ..Route::default() });
    assert!(!left.to_hash().contains("15-1252-00"), "{}", left.to_hash());
    // A role this graph has too stays open; the plan never comes along
    // (the graph's own is restored from what is kept for it).
    let route = Route::parse("#/role/tpm?from=ops-engineer&to=chief-product-officer");
    let left = route.carried_to(&graph);
    assert_eq!(left.selection, Selection::Role("tpm".into()));
    assert_eq!(left.plan, None);
    assert_eq!(Route::parse("#/move/tpm/astronaut").carried_to(&graph).selection, Selection::None);
}
