//! The spreadsheet route, as a table: each set of CSV files and the problems
//! it must produce, located at file, row and column.

use switchback::domain::csv::{column_letter, load_csv, parse};
use switchback::domain::report::{Location, ProblemKind as K};

use crate::support::fixture;

fn files(names: &[&str]) -> Vec<(String, String)> {
    names.iter().map(|n| (n.rsplit('/').next().unwrap_or(n).to_owned(), fixture(&format!("csv/{n}")))).collect()
}

#[test]
fn three_files_make_a_graph() {
    let loaded =
        load_csv(&files(&["roles.csv", "skills.csv", "transitions.csv"]), "From a spreadsheet").expect("valid");
    let g = &loaded.graph;
    assert!(loaded.report.problems.is_empty(), "{}", loaded.report);
    assert_eq!(g.title(), "From a spreadsheet");
    let tracks: Vec<(&str, &str)> = g.tracks().iter().map(|t| (t.id.as_str(), t.name.as_deref().unwrap())).collect();
    assert_eq!(tracks, [("support", "Support"), ("product", "Product")], "tracks are made from the names used");
    let pm = g.role(g.role_ix("product-manager").unwrap());
    assert_eq!(pm.summary.as_deref(), Some("Decides what to build, and why."), "a quoted cell with a comma");
    assert_eq!(pm.skills, ["roadmapping", "empathy"], "a ;-separated list");
    let se = g.role(g.role_ix("support-engineer").unwrap());
    assert_eq!(se.responsibilities, ["Answer tickets", "Reproduce bugs"]);
    let road = g.skill(g.skill_ix("roadmapping").unwrap());
    assert_eq!(road.description.as_deref(), Some("Turning strategy into a \"plan\""), "doubled quotes");
    let t = &g.transitions()[0];
    assert_eq!((t.months, t.closeness, t.relation.as_deref()), (Some([12, 24]), Some(1), Some("Primary")));
    assert_eq!(t.steps, ["Write up the top customer problems", "Ask to own a small feature"]);
}

/// (files, expected problems as (kind, location text, phrase)).
type Case = (&'static [&'static str], &'static [(K, &'static str, &'static str)]);

const CASES: &[Case] = &[
    (
        &["bad/roles-typo.csv", "skills.csv", "transitions.csv"],
        &[(K::UnknownField, "roles-typo.csv, row 1, column D (levle)", "Did you mean \"level\"?")],
    ),
    (
        &["bad/roles.csv", "skills.csv", "bad/transitions.csv"],
        &[
            (K::WrongType, "roles.csv, row 2, column C (level)", "but it is \"two\""),
            (K::WrongType, "transitions.csv, row 2, column D (months_min)", "whole number of months"),
            (K::UnknownSkill, "roles.csv, row 3, column D (skills)", "Did you mean \"roadmapping\"?"),
            (K::UnknownRole, "transitions.csv, row 2, column B (to)", "Did you mean \"product-manager\"?"),
        ],
    ),
    (
        &["roles.csv", "bad/skills-quote.csv", "transitions.csv"],
        &[(K::Syntax, "skills-quote.csv, row 2, column B", "never closes")],
    ),
    (&["skills.csv", "transitions.csv"], &[(K::NoRoles, "the graph", "needs a roles file")]),
];

#[test]
fn every_problem_points_at_a_cell() {
    for (names, expected) in CASES {
        let report = match load_csv(&files(names), "t") {
            Ok(_) => panic!("{names:?} loaded, but it is invalid"),
            Err(r) => r,
        };
        let got: Vec<(K, String)> = report.errors().map(|p| (p.kind, p.location.to_string())).collect();
        let want: Vec<(K, String)> = expected.iter().map(|(k, at, _)| (*k, (*at).to_owned())).collect();
        let (mut got_sorted, mut want_sorted) = (got.clone(), want.clone());
        got_sorted.sort();
        want_sorted.sort();
        assert_eq!(got_sorted, want_sorted, "{names:?}:\n{report}");
        for (kind, at, phrase) in expected.iter() {
            let p = report.errors().find(|p| p.kind == *kind && p.location.to_string() == *at).expect("matched above");
            assert!(p.message.contains(phrase), "{at}: {:?} lacks {phrase:?}", p.message);
        }
    }
}

#[test]
fn rows_and_columns_are_counted_as_spreadsheets_do() {
    assert_eq!((0..3).map(column_letter).collect::<Vec<_>>(), ["A", "B", "C"]);
    assert_eq!(column_letter(25), "Z");
    assert_eq!(column_letter(26), "AA");
    assert_eq!(column_letter(27), "AB");
    // Quoted newlines stay in their cell; CRLF and a byte-order mark are fine.
    let rows = parse("x.csv", "\u{feff}a,b\r\n\"one\ntwo\",3\r\n,\r\n\n4,5").expect("valid");
    let numbered = |n: usize, cells: &[&str]| (n, cells.iter().map(|c| (*c).to_owned()).collect::<Vec<String>>());
    assert_eq!(rows, [numbered(1, &["a", "b"]), numbered(2, &["one\ntwo", "3"]), numbered(5, &["4", "5"])]);
    // An unclosed quote is reported where it opened.
    let err = parse("x.csv", "a,b\n1,\"x\n\n").expect_err("unclosed quote");
    assert_eq!(err.location, Location::Cell { file: "x.csv".into(), row: 2, column: "B".into(), name: String::new() });
    let err = parse("x.csv", "a,b\n1,2\"x\n").expect_err("stray quote");
    assert_eq!(err.location, Location::Cell { file: "x.csv".into(), row: 2, column: "B".into(), name: String::new() });
}

/// Inline cases: (files as (name, text), expected (kind, location, phrase)).
type InlineCase = (&'static [(&'static str, &'static str)], &'static [(K, &'static str, &'static str)]);

const ROLES_OK: (&str, &str) = ("roles.csv", "id,title\na,A\nb,B\n");

const INLINE: &[InlineCase] = &[
    (&[("roles.csv", "")], &[(K::Empty, "roles.csv, row 1, column A", "must name the columns")]),
    (&[("roles.csv", "id,title,id\na,A,a\n")], &[(K::DuplicateId, "roles.csv, row 1, column C (id)", "appears twice")]),
    (
        &[("roles.csv", "id,summary\na,x\n")],
        &[(K::MissingField, "roles.csv, row 1, column C (title)", "required column \"title\"")],
    ),
    (
        &[("roles.csv", "id,title\na,A \"quoted\"\n")],
        &[(K::Syntax, "roles.csv, row 2, column B", "double quote in the middle")],
    ),
    (
        &[ROLES_OK, ("people.csv", "name,age\nx,1\n")],
        &[(K::WrongType, "people.csv, row 1, column A", "neither roles, skills nor transitions")],
    ),
    (
        &[ROLES_OK, ("more roles.csv", "id,title\nc,C\n")],
        &[(K::DuplicateId, "more roles.csv, row 1, column A", "second file")],
    ),
    // Blank rows still count, as in a spreadsheet.
    (&[("roles.csv", "id,title\na,A\n\n\na,Again\n")], &[(K::DuplicateId, "roles.csv, row 5, column A (id)", "\"a\"")]),
    (&[("roles.csv", "id,title\nBad Id,A\n")], &[(K::BadId, "roles.csv, row 2, column A (id)", "bad-id")]),
    (
        &[ROLES_OK, ("transitions.csv", "from,to,closeness\na,b,0\nb,b,\n")],
        &[
            (K::ClosenessZero, "transitions.csv, row 2, column C (closeness)", "1"),
            (K::SelfLoop, "transitions.csv, row 3, column A (from)", "itself"),
        ],
    ),
    (
        &[ROLES_OK, ("transitions.csv", "from,to,months_min,months_max\na,b,24,12\n")],
        &[(K::MonthsReversed, "transitions.csv, row 2, column C (months_min)", "")],
    ),
];

#[test]
fn every_inline_problem_points_at_a_cell() {
    for (files, expected) in INLINE {
        let files: Vec<(String, String)> = files.iter().map(|(n, t)| ((*n).to_owned(), (*t).to_owned())).collect();
        let report = match load_csv(&files, "t") {
            Ok(_) => panic!("{files:?} loaded, but it is invalid"),
            Err(r) => r,
        };
        let got: Vec<(K, String)> = report.errors().map(|p| (p.kind, p.location.to_string())).collect();
        let want: Vec<(K, String)> = expected.iter().map(|(k, at, _)| (*k, (*at).to_owned())).collect();
        assert_eq!(got, want, "{files:?}:\n{report}");
        for (kind, at, phrase) in expected.iter() {
            let p = report.errors().find(|p| p.kind == *kind && p.location.to_string() == *at).expect("matched above");
            assert!(p.message.contains(phrase), "{at}: {:?} lacks {phrase:?}", p.message);
        }
    }
}

/// The roles file's columns for other names, tools and preparation, and a
/// problem in one of them pointing at its cell.
#[test]
fn roles_carry_aliases_tools_and_preparation() {
    let roles = "id,title,aliases,tools,education,education_share,experience,experience_share,training\n\
                 nurse,Nurse,Registered Nurse (RN);Staff Nurse,Epic Systems,6,56,12-24,34,3\u{2013}6\n\
                 aide,Nursing Assistant,,,2,,,,\n";
    let files = [("roles.csv".to_owned(), roles.to_owned())];
    let loaded = load_csv(&files, "Care").expect("valid");
    let g = &loaded.graph;
    let nurse = g.role(g.role_ix("nurse").unwrap());
    assert_eq!(nurse.aliases, ["Registered Nurse (RN)", "Staff Nurse"]);
    assert_eq!(nurse.tools, ["Epic Systems"]);
    let p = nurse.preparation.as_ref().expect("preparation");
    assert_eq!(p.education.as_ref().map(|e| (e.level, e.share)), Some((6, Some(56))));
    assert_eq!(p.experience.as_ref().map(|x| (x.months, x.share)), Some(([12, 24], Some(34))));
    assert_eq!(p.training.as_ref().map(|x| x.months), Some([3, 6]), "an en dash works too");
    let aide = g.role(g.role_ix("aide").unwrap());
    assert_eq!(aide.preparation.as_ref().and_then(|p| p.experience.clone()), None);
    assert!(aide.aliases.is_empty() && aide.tools.is_empty());

    let bad = "id,title,education,experience\nnurse,Nurse,13,1 to 2 years\n";
    let report = load_csv(&[("roles.csv".to_owned(), bad.to_owned())], "Care").expect_err("two bad cells");
    let got: Vec<(K, String)> = report.errors().map(|p| (p.kind, p.location.to_string())).collect();
    assert_eq!(
        got,
        [
            (K::WrongType, "roles.csv, row 2, column D (experience)".to_owned()),
            (K::OutOfRange, "roles.csv, row 2, column C (education)".to_owned()),
        ]
    );
}
