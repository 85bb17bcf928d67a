//! "Export my progress" and "Import progress": the person's own records in
//! one file, every record checked before anything is written, and what an
//! import would replace said first.

use std::collections::BTreeMap;

use switchback::domain::backup::{is_backed_up, Backup, BACKUP_FORMAT};
use switchback::domain::library::{Entry, Library, Origin};
use switchback::domain::progress::{Prefs, Progress};
use switchback::domain::saved::{progress_key, text_key, CURRENT_KEY, LIBRARY_KEY, PREFS_KEY};
use switchback::domain::state::Theme;

fn person() -> Vec<(String, String)> {
    let library = Library {
        entries: vec![Entry {
            key: "file:careers.json".into(),
            title: "My careers".into(),
            origin: Origin::File("careers.json".into()),
            added: 1,
        }],
    };
    let progress = Progress { have: ["sql".to_owned()].into(), from: Some("analyst".into()), ..Progress::default() };
    vec![
        (PREFS_KEY.to_owned(), Prefs { theme: Theme::Dark }.encode()),
        (LIBRARY_KEY.to_owned(), library.encode()),
        (CURRENT_KEY.to_owned(), "file:careers.json".to_owned()),
        (progress_key("builtin"), progress.encode()),
        (progress_key("file:careers.json"), progress.encode()),
        (text_key("file:careers.json"), r#"{"format":"switchback/1"}"#.to_owned()),
    ]
}

#[test]
fn a_backup_holds_the_persons_records_and_reads_back_the_same() {
    let mut all = person();
    // Not the person's own: an embed's progress, a copy set aside, another app's key.
    all.push(("switchback/embed/v1/https://blog.example.org/p#1/progress/builtin".into(), "{}".into()));
    all.push((format!("{}/set-aside/17", progress_key("builtin")), "{not json".into()));
    all.push(("someone-else".into(), "x".into()));
    let backup = Backup::of(all, 1_764_662_400_000);
    let sorted = |records: &[(String, String)]| records.iter().cloned().collect::<BTreeMap<String, String>>();
    assert_eq!(sorted(&backup.records), sorted(&person()), "exactly the person's records");
    assert_eq!(backup.records.len(), person().len());
    let text = backup.encode();
    assert!(text.contains(BACKUP_FORMAT));
    for text in [text.clone(), format!("\u{feff}{text}")] {
        let back = Backup::decode(&text).expect("reads back; a byte-order mark is fine");
        assert_eq!((back.exported, sorted(&back.records)), (backup.exported, sorted(&backup.records)));
    }
    assert!(!is_backed_up(&progress_key("")), "a progress key names a graph");
}

#[test]
fn a_file_with_any_bad_record_imports_nothing_and_says_why() {
    for (text, words) in [
        ("not json", "not a Switchback progress file"),
        (r#"{"format":"switchback/1","roles":[]}"#, "not a Switchback progress file"),
        (r#"{"format":"switchback-progress/9","records":{}}"#, "another version of Switchback"),
        (r#"{"format":"switchback-progress/1"}"#, "holds no records"),
    ] {
        let problems = Backup::decode(text).expect_err(text);
        assert!(problems.lines[0].contains(words), "{text}: {:?}", problems.lines);
    }
    let mut records: serde_json::Map<String, serde_json::Value> =
        person().into_iter().map(|(k, v)| (k, serde_json::Value::String(v))).collect();
    records.insert(progress_key("builtin"), r#"{"version":1,"have":[1]}"#.into());
    records.insert(PREFS_KEY.into(), serde_json::json!({ "theme": "dark" }));
    records.insert("switchback/evil/v1".into(), "x".into());
    records.insert(CURRENT_KEY.into(), "a\u{1b}]0;owned\u{7}".into());
    let text = serde_json::json!({ "format": BACKUP_FORMAT, "records": records }).to_string();
    let problems = Backup::decode(&text).expect_err("four bad records");
    assert_eq!(problems.count, 4, "{:?}", problems.lines);
    let all = problems.lines.join("\n");
    for words in [
        r#"The record "switchback/progress/v1/builtin" cannot be used: it could not be read"#,
        r#"The record "switchback/prefs/v1" is not text."#,
        r#"The record "switchback/evil/v1" is not one Switchback keeps for you."#,
        r#"The record "switchback/current/v1" is not a graph's key."#,
    ] {
        assert!(all.contains(words), "{all}");
    }
    assert!(!all.contains('\u{1b}'), "quoted safely");
}

#[test]
fn an_import_says_what_it_replaces_and_adds_before_it_does() {
    let backup = Backup::of(person(), 1);
    let now: BTreeMap<String, String> = [
        (PREFS_KEY.to_owned(), Prefs { theme: Theme::Light }.encode()),
        (progress_key("builtin"), person()[3].1.clone()),
        ("switchback/progress/v1/other".to_owned(), "{}".to_owned()),
    ]
    .into_iter()
    .collect();
    let changes = backup.changes(|k| now.get(k).map(String::as_str));
    assert_eq!(changes.replaced, vec!["your preferences (the theme)".to_owned()]);
    assert_eq!(changes.unchanged, 1, "the built-in graph's progress is the same");
    assert_eq!(
        changes.summary(),
        "Importing replaces your preferences (the theme), and adds your list of graphs (1 graph); the graph in use (My careers); your progress on My careers; the kept copy of My careers (1 record already the same). Nothing else is changed or removed."
    );
    let same = backup.changes(|k| backup.records.iter().find(|(key, _)| key == k).map(|(_, t)| t.as_str()));
    assert!(same.is_empty());
    assert!(same.summary().contains("changes nothing"));
}
