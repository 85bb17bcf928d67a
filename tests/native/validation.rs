//! Validation, as a table: each invalid fixture and exactly the errors it
//! must produce (kind and location), each message checked for the words a
//! person needs to act on it.

use switchback::domain::report::{Location, ProblemKind as K, Severity};
use switchback::domain::validate::load_json;

use crate::support::fixture;

/// One expected problem: its kind, where it is, and a phrase its message holds.
type Expect = (K, &'static str, &'static str);

const INVALID: &[(&str, &[Expect])] = &[
    ("empty.json", &[(K::Empty, "", "The file is empty")]),
    ("syntax-missing-comma.json", &[(K::Syntax, "line 3, column 3", "Is a comma missing")]),
    ("syntax-trailing-comma.json", &[(K::Syntax, "line 5, column 3", "trailing comma")]),
    ("syntax-truncated.json", &[(K::Syntax, "line 5, column 1", "ends before the JSON is complete")]),
    ("not-an-object.json", &[(K::WrongType, "", "must be a JSON object")]),
    (
        "wrong-types.json",
        &[
            (K::WrongType, "skills[0].learn", "should be a list of texts"),
            (K::WrongType, "roles[0].title", "it is the number 3"),
            (K::WrongType, "roles[1].level", "it is the text \"3\""),
            (K::WrongType, "roles[2].summary", "it is null"),
            (K::WrongType, "transitions[0].months", "pair of whole numbers"),
            (K::WrongType, "transitions[1].steps[1]", "it is the number 7"),
        ],
    ),
    (
        "missing-fields.json",
        &[
            (K::MissingField, "format", "required"),
            (K::MissingField, "roles[1].title", "required"),
            (K::MissingField, "transitions[0].to", "required"),
        ],
    ),
    (
        "unknown-fields.json",
        &[
            (K::MissingField, "roles[0].title", "required"),
            (K::UnknownField, "roles[0].titel", "Did you mean \"title\"?"),
            (K::UnknownField, "roles[1].salary", "Allowed fields: id, title"),
            (K::UnknownField, "transitons", "Did you mean \"transitions\"?"),
        ],
    ),
    (
        "unknown-references.json",
        &[
            (K::UnknownTrack, "roles[0].track", "no track with the id \"prodcut\". Did you mean \"product\"?"),
            (K::UnknownSkill, "roles[0].skills[0]", "no skill with the id \"roadmaping\""),
            (K::UnknownSource, "roles[0].sources[0]", "no source with the id \"s2\""),
            (
                K::UnknownRole,
                "transitions[0].to",
                "no role with the id \"product-manger\". Did you mean \"product-manager\"?",
            ),
            (K::UnknownSkill, "transitions[0].requires[1]", "no skill with the id \"vision\""),
        ],
    ),
    (
        "duplicate-ids.json",
        &[
            (K::DuplicateId, "skills[1].id", "\"sql\" is already used by skills[0]"),
            (K::DuplicateId, "roles[1].id", "\"analyst\" is already used by roles[0]"),
        ],
    ),
    (
        "bad-ids.json",
        &[(K::BadId, "skills[0].id", "Try \"sql\""), (K::BadId, "roles[0].id", "Try \"product-manager\"")],
    ),
    ("self-loop.json", &[(K::SelfLoop, "transitions[1]", "from \"b\" to itself")]),
    ("duplicate-transition.json", &[(K::DuplicateTransition, "transitions[2]", "already defined at transitions[0]")]),
    ("months-reversed.json", &[(K::MonthsReversed, "transitions[0].months", "[18, 6]")]),
    (
        "level-out-of-range.json",
        &[(K::LevelOutOfRange, "roles[0].level", "is 0"), (K::LevelOutOfRange, "roles[1].level", "is 9")],
    ),
    (
        "bad-links.json",
        &[
            (K::BadLink, "sources[0].url", "\"javascript:alert(1)\" is not a web link"),
            (K::BadLink, "sources[1].url", "\"ftp://example.org/file\""),
            (K::BadLink, "sources[2].url", "\"/about\""),
        ],
    ),
    ("wrong-format.json", &[(K::WrongFormat, "format", "another version of Switchback")]),
    ("no-roles.json", &[(K::NoRoles, "roles", "no roles")]),
    (
        "blank-text.json",
        &[(K::BlankText, "roles[0].title", "is blank"), (K::BlankText, "transitions[0].steps[1]", "is blank")],
    ),
    (
        "preparation.json",
        &[
            (K::LevelOutOfRange, "levels[0].level", "levels go from 1 to 7"),
            (K::DuplicateId, "levels[2].level", "already explained by levels[1]"),
            (K::BlankText, "levels[2].name", "is blank"),
            (K::DuplicateId, "relations[1].term", "already explained by relations[0]"),
            (K::OutOfRange, "roles[0].preparation.education.level", "education levels go from 1"),
            (K::OutOfRange, "roles[0].preparation.education.share", "a percentage from 0 to 100"),
            (K::MonthsReversed, "roles[0].preparation.experience.months", "[24, 12]"),
            (K::BlankText, "roles[0].preparation.training.label", "is blank"),
            (K::BlankText, "roles[1].aliases[1]", "is blank"),
            (K::BlankText, "roles[1].tools[1]", "is blank"),
            (K::WrongType, "roles[2].preparation.education", "should be an object"),
        ],
    ),
    // A role with a badly typed field is still a known role: the transition
    // naming it must not be reported as pointing at an unknown role.
    ("no-cascade.json", &[(K::WrongType, "roles[0].level", "whole number from 1 to 7")]),
];

fn location(loc: &Location) -> String {
    match loc {
        Location::Document => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn every_invalid_fixture_yields_exactly_its_expected_errors() {
    for (name, expected) in INVALID {
        let report = match load_json(&fixture(&format!("invalid/{name}"))) {
            Ok(_) => panic!("{name}: loaded, but it is invalid"),
            Err(report) => report,
        };
        let mut got: Vec<(K, String)> = report.errors().map(|p| (p.kind, location(&p.location))).collect();
        let mut want: Vec<(K, String)> = expected.iter().map(|(k, at, _)| (*k, (*at).to_owned())).collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{name}: errors differ; full report:\n{report}");
        for (kind, at, phrase) in expected.iter() {
            let problem =
                report.errors().find(|p| p.kind == *kind && location(&p.location) == *at).expect("matched above");
            assert!(problem.message.contains(phrase), "{name}: {at}: {:?} lacks {phrase:?}", problem.message);
        }
    }
}

#[test]
fn every_invalid_fixture_is_in_the_table() {
    let dir = crate::support::root().join("tests/fixtures/invalid");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = INVALID.iter().map(|(n, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn warnings_do_not_block_loading() {
    let loaded = load_json(&fixture("valid/with-warnings.json")).expect("warnings only");
    let got: Vec<(K, String)> = loaded.report.problems.iter().map(|p| (p.kind, location(&p.location))).collect();
    assert_eq!(
        got,
        vec![
            (K::IsolatedRole, "roles[2]".to_owned()),
            (K::UnusedSkill, "skills[1]".to_owned()),
            (K::UnusedTrack, "tracks[1]".to_owned()),
            (K::UnusedSource, "sources[0]".to_owned()),
        ]
    );
    assert!(loaded.report.problems.iter().all(|p| p.severity == Severity::Warning));
    assert_eq!(loaded.report.summary(), "0 errors, 4 warnings");
}

#[test]
fn a_minimal_graph_needs_only_the_required_fields() {
    let loaded = load_json(&fixture("valid/minimal.json")).expect("minimal graph loads");
    assert_eq!(loaded.graph.roles().len(), 2);
    assert_eq!(loaded.graph.title(), "Untitled graph");
    assert!(loaded.report.problems.is_empty());
}

#[test]
fn errors_come_before_warnings_and_are_counted() {
    let text = r#"{"format":"switchback/1","skills":[{"id":"unused"}],
        "roles":[{"id":"a","title":"A","level":9},{"id":"b","title":"B"}],
        "transitions":[{"from":"a","to":"b"}]}"#;
    let report = load_json(text).expect_err("level 9 is an error");
    assert_eq!(report.summary(), "1 error, 1 warning");
    assert_eq!(report.problems[0].severity, Severity::Error);
    assert_eq!(report.problems[1].kind, K::UnusedSkill);
}

#[test]
fn web_links() {
    use switchback::domain::validate::is_web_link;
    let cases = [
        ("https://example.org/a?b#c", true),
        ("HTTP://EXAMPLE.ORG", true),
        ("https://", false),
        ("javascript:alert(1)", false),
        ("data:text/html,<b>x</b>", false),
        ("//example.org", false),
        ("https://exa mple.org", false),
        ("https://example.org/\n", false),
    ];
    for (url, ok) in cases {
        assert_eq!(is_web_link(url), ok, "{url}");
    }
}

#[test]
fn ids() {
    use switchback::domain::text::{is_valid_id, suggest_id};
    let cases = [("a", true), ("0-a", true), ("a-", true), ("-a", false), ("A", false), ("a_b", false), ("", false)];
    for (id, ok) in cases {
        assert_eq!(is_valid_id(id), ok, "{id}");
    }
    assert!(is_valid_id(&"a".repeat(64)));
    assert!(!is_valid_id(&"a".repeat(65)));
    assert_eq!(suggest_id("  Senior Product Manager (EMEA) "), "senior-product-manager-emea");
}

/// New fields checked on the fast path too (a document whose shape is fine
/// goes straight into the format's types), with the same messages.
#[test]
fn preparation_is_checked_when_the_shape_is_fine() {
    let text = r#"{"format":"switchback/1","roles":[{"id":"a","title":"A",
        "preparation":{"education":{"level":0},"experience":{"months":[6,12],"share":101}}}]}"#;
    let report = load_json(text).expect_err("out of range");
    let got: Vec<(K, String)> = report.errors().map(|p| (p.kind, location(&p.location))).collect();
    assert_eq!(
        got,
        [
            (K::OutOfRange, "roles[0].preparation.education.level".to_owned()),
            (K::OutOfRange, "roles[0].preparation.experience.share".to_owned())
        ]
    );
    // Within range, every part optional: it loads.
    let ok = r#"{"format":"switchback/1","roles":[{"id":"a","title":"A","aliases":["Alpha (A)"],"tools":["Git"],
        "preparation":{"training":{"months":[0,0]}}}]}"#;
    assert!(load_json(ok).is_ok());
}
