//! What is kept in storage: the keys the first screen reads, which graph is
//! shown first, and what is said about a record that cannot be used.

use switchback::domain::library::{Entry, Library, Origin};
use switchback::domain::options::PageOptions;
use switchback::domain::progress::StoredProblem;
use switchback::domain::saved::{
    after_copy, aside_key, first_graph, keys_at_start, progress_key, restore_explorer, text_key, AfterCopy, FirstGraph,
    Held, Snapshot, Unreadable, LIBRARY_KEY, PREFS_KEY,
};
use switchback::domain::state::{ExplorerState, Theme};

#[test]
fn the_first_screen_reads_the_list_the_prefs_and_the_current_graph() {
    let plain = PageOptions::default();
    let keys = keys_at_start(&plain, Some("file:a.json"));
    for key in [LIBRARY_KEY.to_owned(), PREFS_KEY.to_owned(), text_key("file:a.json"), progress_key("file:a.json")] {
        assert!(keys.contains(&key), "{key}");
    }
    let embed = PageOptions::parse("?embed=1");
    assert!(
        !keys_at_start(&embed, Some("file:a.json")).contains(&text_key("file:a.json")),
        "an embed shows its own graph"
    );
    assert!(
        !keys_at_start(&plain, Some("onet-29.3")).iter().any(|k| k.starts_with("switchback/graph/")),
        "the atlas is fetched"
    );
}

#[test]
fn the_first_graph_is_what_the_page_asks_for_else_the_last_one() {
    let url = "https://example.org/g.json";
    let library = Library {
        entries: vec![
            Entry { key: "file:a.json".into(), title: "A".into(), origin: Origin::File("a.json".into()), added: 1 },
            Entry { key: format!("url:{url}"), title: "U".into(), origin: Origin::Url(url.into()), added: 2 },
        ],
    };
    let plain = PageOptions::default();
    let cases = [
        (PageOptions::parse(&format!("?graph={url}")), None, "fetch, nothing meanwhile"),
        (PageOptions::parse("?embed=1&inline=1"), Some("file:a.json"), "inline"),
        (PageOptions::parse("?embed=1"), Some("file:a.json"), "builtin"),
        (plain.clone(), None, "builtin"),
        (plain.clone(), Some("builtin"), "builtin"),
        (plain.clone(), Some("onet-29.3"), "fetch, builtin meanwhile"),
        (plain.clone(), Some("file:a.json"), "remembered"),
        (plain.clone(), Some(&format!("url:{url}")), "fetch, builtin meanwhile"),
        (plain.clone(), Some("file:gone.json"), "builtin"),
    ];
    for (options, current, expected) in cases {
        let got = match first_graph(&options, current, &library) {
            FirstGraph::Builtin => "builtin",
            FirstGraph::Inline => "inline",
            FirstGraph::Fetch { instead: false, .. } => "fetch, nothing meanwhile",
            FirstGraph::Fetch { instead: true, .. } => "fetch, builtin meanwhile",
            FirstGraph::Remembered(_) => "remembered",
        };
        assert_eq!(got, expected, "{options:?} with {current:?}");
    }
}

#[test]
fn a_link_naming_the_atlas_opens_the_atlas_and_every_graph_with_an_address_is_named_by_it() {
    // The atlas's own file: the atlas (read from its checked copy), not a
    // URL graph checked from its JSON.
    match first_graph(&PageOptions::parse("?graph=onet-29.3.json"), None, &Library::default()) {
        FirstGraph::Fetch { url, origin, instead: false, link: true } => {
            assert_eq!((url.as_str(), origin), ("onet-29.3.json", Origin::Atlas));
        }
        _ => panic!("the atlas is fetched"),
    }
    let url = "https://example.org/g.json?v=2&x=a b";
    for origin in [Origin::Atlas, Origin::Url(url.into())] {
        let address = origin.address().expect("an address");
        // Written into the page's query and read back by the page's options
        // as the same graph.
        let query = switchback::domain::options::with_graph("?theme=dark", Some(address));
        let options = PageOptions::parse(&query);
        assert_eq!(options.graph.as_deref(), Some(address), "{query}");
        match first_graph(&options, None, &Library::default()) {
            FirstGraph::Fetch { origin: read, .. } => assert_eq!(read, origin),
            _ => panic!("{query}: fetched"),
        }
    }
    for origin in [Origin::Builtin, Origin::File("a.json".into()), Origin::Pasted, Origin::Inline] {
        assert_eq!(origin.address(), None, "{origin:?}: only this browser has it");
    }
}

#[test]
fn unreadable_records_are_set_aside_with_a_message() {
    let stored = Snapshot::new([
        (progress_key("builtin"), "{not json".to_owned()),
        (PREFS_KEY.to_owned(), r#"{"version":9}"#.to_owned()),
    ]);
    let restored = restore_explorer(&stored, &switchback::domain::saved::Scope::Person, "builtin");
    assert_eq!((restored.prefs, restored.progress), (None, None));
    assert_eq!(restored.unreadable.len(), 2);
    let progress = restored.unreadable.iter().find(|u| u.what == "progress").expect("progress");
    assert_eq!(progress.text, "{not json", "the text is kept to be set aside");
    assert_eq!(
        progress.message(Ok("k/set-aside/1")),
        "Your saved progress could not be used: it could not be read (not valid JSON). Switchback started fresh. It was set aside under “k/set-aside/1” in this browser's storage, not deleted."
    );
    let kept = progress.message(Err("the browser refused it: quota exceeded"));
    assert!(
        kept.ends_with(
            "It could not be copied aside (the browser refused it: quota exceeded), so it stays where it is, untouched: Switchback will not save over it, and what you change now lasts only until you reload or close the page."
        ),
        "{kept}"
    );
    assert!(!kept.contains("set aside under"), "a record kept in place is not said to be set aside");
    let list = Unreadable {
        key: LIBRARY_KEY.into(),
        text: "x".into(),
        what: "list of graphs",
        problem: StoredProblem::UnknownVersion(9),
    };
    assert!(list
        .message(Ok("k"))
        .starts_with("Your list of graphs could not be used: it was saved by another version"));
    assert!(list.message(Err("the browser refused it: full")).contains("so it stays where it is, untouched"));
}

#[test]
fn the_explorer_starts_from_the_address_then_storage_then_the_page() {
    let saved = switchback::domain::progress::Progress {
        from: Some("ops-engineer".into()),
        to: Some("tpm".into()),
        ..Default::default()
    };
    let prefs = switchback::domain::progress::Prefs { theme: Theme::Light };
    let route = |hash: &str| switchback::domain::route::Route::parse(hash);
    // A deep link's plan wins over the saved one.
    let s = ExplorerState::start("#/?from=tpm&to=product-manager", None, Some(prefs), Some(saved.clone()), None);
    assert_eq!((s.from.as_deref(), s.to.as_deref(), s.theme), (Some("tpm"), Some("product-manager"), Theme::Light));
    // A bare address takes the page's initial view, then the saved plan.
    let s = ExplorerState::start("#/", Some(route("#/role/tpm")), None, Some(saved), Some(Theme::Dark));
    assert_eq!(s.selection, switchback::domain::route::Selection::Role("tpm".into()));
    assert_eq!((s.from.as_deref(), s.theme), (Some("ops-engineer"), Theme::Dark), "the page's theme comes last");
}

#[test]
fn an_embed_keeps_to_itself() {
    use switchback::domain::saved::Scope;
    let embed = PageOptions::parse("?embed=1&id=sb1-x&parent=https://blog.example.org&slot=/post.html%231");
    let scope = Scope::of(&embed);
    assert_eq!(
        scope.progress_key("builtin"),
        "switchback/embed/v1/https://blog.example.org/post.html#1/progress/builtin"
    );
    assert_eq!(scope.prefs_key(), None, "an embed never reads or writes the reader's theme");
    assert!(!scope.keeps_library());
    let keys = keys_at_start(&embed, Some("file:a.json"));
    assert_eq!(keys, vec![scope.progress_key("builtin")], "nothing of the person's own is read");
    let other = Scope::of(&PageOptions::parse("?embed=1&parent=https://blog.example.org&slot=/post.html%232"));
    assert_ne!(other.progress_key("builtin"), scope.progress_key("builtin"), "two embeds on a page keep apart");
    assert_eq!(Scope::of(&PageOptions::default()).progress_key("builtin"), progress_key("builtin"));
}

#[test]
fn a_record_goes_only_once_its_copy_reads_back_the_same() {
    let original = "{not json";
    assert_eq!(aside_key("switchback/prefs/v1", 17), "switchback/prefs/v1/set-aside/17");
    assert_eq!(after_copy(original, Ok(Some(original))), AfterCopy::RemoveOriginal);
    // Storage full: the copy was refused, so the original stays.
    assert_eq!(
        after_copy(original, Err("the browser refused it: QuotaExceededError")),
        AfterCopy::KeepInPlace("the browser refused it: QuotaExceededError".to_owned())
    );
    // A copy that is missing or different is no copy.
    for copy in [None, Some("{not js"), Some("")] {
        assert!(matches!(after_copy(original, Ok(copy)), AfterCopy::KeepInPlace(_)), "{copy:?}");
    }
}

#[test]
fn a_held_record_is_never_written_over_nor_removed() {
    let mut held = Held::default();
    let key = progress_key("builtin");
    assert!(held.may_change(&key), "nothing is held at first");
    held.hold(&key);
    assert!(!held.may_change(&key));
    assert!(held.may_change(PREFS_KEY), "other records are saved as usual");
    assert!(held.may_change(&progress_key("file:a.json")));
}

#[test]
fn a_graph_from_another_site_that_a_link_opened_is_for_this_visit_only() {
    use switchback::domain::library::Opened;
    assert!(Opened::Link { same_origin: false }.this_visit_only(), "someone else chose it, on another site");
    assert!(!Opened::Link { same_origin: true }.this_visit_only(), "the site's own graph, as its link says");
    assert!(!Opened::Chosen.this_visit_only(), "the person typed it, picked it or used it last");
    assert!(!Opened::Switched.this_visit_only(), "the person picked it now");
    // The page's address asks for it: a link; the person's list: their own.
    let url = "https://example.org/g.json";
    let by_link = first_graph(&PageOptions::parse(&format!("?graph={url}")), None, &Library::default());
    assert!(matches!(by_link, FirstGraph::Fetch { link: true, .. }), "{by_link:?}");
    let library = Library {
        entries: vec![Entry {
            key: format!("url:{url}"),
            title: "U".into(),
            origin: Origin::Url(url.into()),
            added: 2,
        }],
    };
    let kept = first_graph(&PageOptions::default(), Some(&format!("url:{url}")), &library);
    assert!(matches!(kept, FirstGraph::Fetch { link: false, .. }), "{kept:?}");
}

#[test]
fn where_a_graph_came_from_cannot_reorder_the_sentence_it_is_in() {
    let file = Origin::File("\u{202e}nosj.exe".into()).describe();
    assert!(!file.contains('\u{202e}'), "{file:?}");
    assert_eq!(file, "the file nosj.exe");
    let url = Origin::Url("https://example.org/\u{5e7}\u{5e8}.json".into()).describe();
    assert_eq!(
        url, "the address \u{2068}https://example.org/\u{5e7}\u{5e8}.json\u{2069}",
        "right-to-left text is isolated"
    );
}
