//! What Switchback keeps in the browser's storage: every key, next to the
//! codec of the record stored under it, and the records read back at start.
//!
//! Storage itself is the platform's (`platform::storage` reads and writes raw
//! text). Here are only the names and the pure decisions: which records the
//! first screen needs ([`keys_at_start`]), how each is decoded, and what to
//! say about one that cannot be read. An unreadable record is set aside
//! (copied under another key, and removed only once the copy reads back
//! the same), or, when storage is full or refuses, kept where it is and
//! [`Held`]: never written over, never silently dropped.
//!
//! | key | record | codec |
//! | --- | --- | --- |
//! | [`LIBRARY_KEY`] | the remembered graphs | [`Library::decode`] / [`Library::encode`] |
//! | [`CURRENT_KEY`] | the key of the graph in use | plain text |
//! | [`PREFS_KEY`] | preferences shared by all graphs | [`Prefs::decode`] / [`Prefs::encode`] |
//! | [`progress_key`]`(graph)` | a graph's progress | [`Progress::decode`] / [`Progress::encode`] |
//! | [`text_key`]`(graph)` | a remembered graph's own text | JSON text, or `[[name, text], …]` for CSV files |

use std::collections::BTreeMap;

use super::library::{Entry, Library, Origin, ATLAS_KEY, BUILTIN_KEY};
use super::options::PageOptions;
use super::progress::{Prefs, Progress, StoredProblem};

/// Where the list of remembered graphs is stored.
pub const LIBRARY_KEY: &str = "switchback/graphs/v1";
/// Where the key of the current graph is stored.
pub const CURRENT_KEY: &str = "switchback/current/v1";
/// Where the preferences shared by all graphs are stored.
pub const PREFS_KEY: &str = "switchback/prefs/v1";

/// Where a graph's progress is stored.
pub fn progress_key(graph_key: &str) -> String {
    format!("switchback/progress/v1/{graph_key}")
}

/// Where a remembered graph's text is stored.
pub fn text_key(graph_key: &str) -> String {
    format!("switchback/graph/v1/{graph_key}")
}

/// Whose state a page reads and writes: the person's own (the app), or
/// an embed's, which is its own and touches nothing of the person's.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Scope {
    /// The app: the person's graphs, progress and preferences.
    #[default]
    Person,
    /// An embed in someone's page: progress under its own keys (by its
    /// page and place), no preferences (its theme comes from its page or
    /// the reader's system), no list of graphs, no current graph.
    Embed {
        /// Where it sits (`https://blog.example.org/post.html#1`).
        place: String,
    },
}

impl Scope {
    /// The scope for these page options.
    pub fn of(options: &PageOptions) -> Scope {
        if !options.embed {
            return Scope::Person;
        }
        let parent = options.parent.as_deref().unwrap_or("unknown");
        let slot = options.slot.as_deref().or(options.id.as_deref()).unwrap_or("");
        Scope::Embed { place: format!("{parent}{slot}") }
    }

    /// Where a graph's progress is stored in this scope.
    pub fn progress_key(&self, graph_key: &str) -> String {
        match self {
            Scope::Person => progress_key(graph_key),
            Scope::Embed { place } => format!("switchback/embed/v1/{place}/progress/{graph_key}"),
        }
    }

    /// Where preferences are stored, when this scope keeps them.
    pub fn prefs_key(&self) -> Option<&'static str> {
        matches!(self, Scope::Person).then_some(PREFS_KEY)
    }

    /// Whether this scope keeps the list of graphs and the current graph.
    pub fn keeps_library(&self) -> bool {
        matches!(self, Scope::Person)
    }
}

/// Records read from storage, by key: what the first screen needs, read
/// once before the app mounts (or, for a graph loaded later, when it is
/// loaded).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snapshot {
    records: BTreeMap<String, String>,
    /// Why storage could not be read, when it could not (a sentence).
    pub refused: Option<String>,
}

impl Snapshot {
    /// A snapshot holding these records.
    pub fn new(records: impl IntoIterator<Item = (String, String)>) -> Snapshot {
        // Inserted one by one: collecting into a map sorts first, with a
        // copy of the standard stable sort of its own in the WebAssembly.
        let mut snapshot = Snapshot { records: BTreeMap::new(), refused: None };
        for (key, text) in records {
            snapshot.insert(key, text);
        }
        snapshot
    }

    /// A snapshot of storage that refused to be read.
    pub fn refused(why: String) -> Snapshot {
        Snapshot { records: BTreeMap::new(), refused: Some(why) }
    }

    /// The text stored under `key`, if it was read and set.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.records.get(key).map(String::as_str)
    }

    /// Adds a record (for a graph loaded after start).
    pub fn insert(&mut self, key: String, text: String) {
        self.records.insert(key, text);
    }
}

/// The keys the first screen reads, given the page options and the key of
/// the graph used last (itself read from [`CURRENT_KEY`] first).
pub fn keys_at_start(options: &PageOptions, current: Option<&str>) -> Vec<String> {
    let scope = Scope::of(options);
    if !scope.keeps_library() {
        return vec![scope.progress_key(BUILTIN_KEY)];
    }
    let mut keys = vec![LIBRARY_KEY.to_owned(), PREFS_KEY.to_owned(), progress_key(BUILTIN_KEY)];
    if options.graph.is_none() && !options.inline {
        if let Some(key) = current.filter(|k| *k != BUILTIN_KEY && *k != ATLAS_KEY) {
            keys.push(text_key(key));
            keys.push(progress_key(key));
        }
    }
    keys
}

/// A stored record that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// Its key.
    pub key: String,
    /// Its text, to be kept under another key.
    pub text: String,
    /// What it held, for people ("progress", "preferences").
    pub what: &'static str,
    /// Why it cannot be used.
    pub problem: StoredProblem,
}

impl Unreadable {
    /// What to tell the person, given where the record was set aside (or
    /// why it could not be).
    pub fn message(&self, aside: Result<&str, &str>) -> String {
        let problem = &self.problem;
        if self.key == LIBRARY_KEY {
            let kept = match aside {
                Ok(k) => format!(" It was set aside under \u{201c}{k}\u{201d}."),
                Err(e) => format!(" It could not be copied aside ({e}), so it stays where it is, untouched: graphs you open now are listed only until you reload."),
            };
            return format!("Your list of graphs could not be used: {problem}.{kept}");
        }
        let kept = match aside {
            Ok(k) => format!("It was set aside under \u{201c}{k}\u{201d} in this browser's storage, not deleted."),
            Err(e) => format!(
                "It could not be copied aside ({e}), so it stays where it is, untouched: Switchback will not save over it, and what you change now lasts only until you reload or close the page."
            ),
        };
        format!("Your saved {} could not be used: {problem}. Switchback started fresh. {kept}", self.what)
    }
}

/// Where an unreadable record stored under `key` is copied when set aside
/// at `now_ms` (milliseconds since 1970).
pub fn aside_key(key: &str, now_ms: u64) -> String {
    format!("{key}/set-aside/{now_ms}")
}

/// What becomes of an unreadable record once a copy of it was attempted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterCopy {
    /// The copy reads back the same: the original may be removed.
    RemoveOriginal,
    /// The original stays where it is, and nothing may be saved over it
    /// (why the copy is not a copy: the browser refused it, or it reads
    /// back differently).
    KeepInPlace(String),
}

/// Decides, from the copy's outcome, whether the original may go: only a
/// copy written and read back identical makes it safe to remove. `copied`
/// is the text read back from the copy's key, or why writing it failed.
pub fn after_copy(original: &str, copied: Result<Option<&str>, &str>) -> AfterCopy {
    match copied {
        Ok(Some(copy)) if copy == original => AfterCopy::RemoveOriginal,
        Ok(Some(_)) => AfterCopy::KeepInPlace("the copy reads back differently".to_owned()),
        Ok(None) => AfterCopy::KeepInPlace("the copy is not there when read back".to_owned()),
        Err(why) => AfterCopy::KeepInPlace(why.to_owned()),
    }
}

/// The keys whose records stay as they were because they could not be
/// copied aside: nothing is written over them or removed for as long as
/// the page lives, so a record that cannot be read is never lost.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Held {
    keys: std::collections::BTreeSet<String>,
}

impl Held {
    /// Holds the record under `key`.
    pub fn hold(&mut self, key: &str) {
        self.keys.insert(key.to_owned());
    }

    /// Whether the record under `key` may be written or removed.
    pub fn may_change(&self, key: &str) -> bool {
        !self.keys.contains(key)
    }
}

/// Decodes the record under `key`: `(None, None)` when there is none, the
/// value when it decodes, and the [`Unreadable`] record otherwise.
pub fn restore<T>(
    snapshot: &Snapshot,
    key: &str,
    what: &'static str,
    decode: fn(&str) -> Result<T, StoredProblem>,
) -> (Option<T>, Option<Unreadable>) {
    let Some(text) = snapshot.get(key) else { return (None, None) };
    match decode(text) {
        Ok(value) => (Some(value), None),
        Err(problem) => (None, Some(Unreadable { key: key.to_owned(), text: text.to_owned(), what, problem })),
    }
}

/// The saved preferences and a graph's saved progress, decoded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Restored {
    /// The preferences, when saved and readable.
    pub prefs: Option<Prefs>,
    /// The graph's progress, when saved and readable.
    pub progress: Option<Progress>,
    /// Records that could not be used.
    pub unreadable: Vec<Unreadable>,
}

/// Decodes the preferences (when the scope keeps them) and the progress of
/// the graph stored as `graph_key`.
pub fn restore_explorer(snapshot: &Snapshot, scope: &Scope, graph_key: &str) -> Restored {
    let (prefs, bad_prefs) = match scope.prefs_key() {
        Some(key) => restore(snapshot, key, "preferences", Prefs::decode),
        None => (None, None),
    };
    let (progress, bad_progress) = restore(snapshot, &scope.progress_key(graph_key), "progress", Progress::decode);
    Restored { prefs, progress, unreadable: bad_prefs.into_iter().chain(bad_progress).collect() }
}

/// Which graph to show first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FirstGraph {
    /// The built-in graph.
    Builtin,
    /// Wait for the embedding page to send its graph (the built-in one is
    /// shown if it does not).
    Inline,
    /// A graph from an address: shown once fetched. `instead`: show the
    /// built-in graph meanwhile (a remembered choice), rather than nothing
    /// (a graph the page address asks for).
    Fetch {
        /// The address.
        url: String,
        /// Where it comes from.
        origin: Origin,
        /// Show the built-in graph while it is fetched.
        instead: bool,
        /// The page's address asks for it (a link), rather than the
        /// person's own list.
        link: bool,
    },
    /// A remembered graph, whose text should be in storage.
    Remembered(Entry),
}

/// Decides which graph to show first: the one the page address asks for,
/// else (outside embeds) the one in use last time.
pub fn first_graph(options: &PageOptions, current: Option<&str>, library: &Library) -> FirstGraph {
    if let Some(url) = &options.graph {
        let origin = if options.graph_is_atlas { Origin::Atlas } else { Origin::Url(url.clone()) };
        return FirstGraph::Fetch { url: url.clone(), origin, instead: false, link: true };
    }
    if options.inline {
        return FirstGraph::Inline;
    }
    if options.embed {
        return FirstGraph::Builtin;
    }
    match current {
        None | Some(BUILTIN_KEY) => FirstGraph::Builtin,
        Some(ATLAS_KEY) => FirstGraph::Fetch {
            url: super::library::ATLAS_FILE.to_owned(),
            origin: Origin::Atlas,
            instead: true,
            link: false,
        },
        Some(key) => match library.get(key) {
            Some(Entry { origin: Origin::Url(url), .. }) => {
                FirstGraph::Fetch { url: url.clone(), origin: Origin::Url(url.clone()), instead: true, link: false }
            }
            Some(entry) => FirstGraph::Remembered(entry.clone()),
            None => FirstGraph::Builtin,
        },
    }
}
