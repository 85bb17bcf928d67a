//! Text helpers: durations, labels, articles, loading progress.

use switchback::domain::text::{months_range, typical_duration};

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

#[test]
fn loading_progress_is_in_whole_units() {
    use switchback::ui::model::Loading;
    let part = Loading { what: "the file a.json".to_owned(), done: 122_980.4, total: Some(512_000.0), checking: false };
    assert_eq!(part.text(), "Reading the file a.json\u{2026} 120 of 500 KB");
    assert_eq!(part.bar(), Some(("512000".to_owned(), "122980".to_owned())));
    let unknown = Loading { total: None, done: 1_600.0, ..part.clone() };
    assert_eq!(unknown.text(), "Reading the file a.json\u{2026} 2 KB");
    assert_eq!(unknown.bar(), None);
    assert_eq!(Loading { total: Some(0.0), ..part.clone() }.bar(), None, "an empty total draws no bar");
    let checking = Loading { checking: true, ..part };
    assert_eq!(checking.text(), "Reading and checking the file a.json\u{2026}");
    assert_eq!(checking.bar(), None, "no bar while checking: its time is not known");
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
fn titles_take_a_or_an() {
    use switchback::domain::text::article;
    assert_eq!(article("Operations Engineer"), "an");
    assert_eq!(article("Engineering Manager"), "an");
    assert_eq!(article("Product Manager"), "a");
    assert_eq!(article(""), "a");
}
