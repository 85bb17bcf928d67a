//! "Export my progress" and "Import progress": the person's own records in
//! this browser's storage (preferences, the list of graphs, the graph in
//! use, every graph's progress, and the graphs kept as text) as one JSON
//! file, so they can move to another browser or survive a cleared cache.
//!
//! A file to import is untrusted like any stored record: every record in it
//! is checked with the codec of its key ([`super::saved`]) before anything
//! is written, a file with any problem changes nothing, and the person sees
//! what an import would add and replace before it does. An import writes
//! records; it removes none (records the file does not hold stay as they
//! are).
//!
//! ```json
//! { "format": "switchback-progress/1", "exported": 1764662400000,
//!   "records": { "switchback/prefs/v1": "{\"version\":1,…}", … } }
//! ```

use serde_json::{json, Value};

use super::library::{Library, ATLAS_KEY, BUILTIN_KEY};
use super::progress::{Prefs, Progress};
use super::saved::{progress_key, text_key, CURRENT_KEY, LIBRARY_KEY, PREFS_KEY};
use super::text::{isolate_bidi, plural, quote};

/// The format marker of a progress file.
pub const BACKUP_FORMAT: &str = "switchback-progress/1";

/// The largest file read as a backup: the same as a graph file (browsers
/// keep about 5 MB per site, so a backup of it is far smaller).
pub const MAX_BACKUP_BYTES: usize = super::format::MAX_GRAPH_BYTES as usize;

/// At most this many problems are listed for a file that cannot be
/// imported.
const MAX_PROBLEMS: usize = 20;

/// Whether the record under `key` is the person's own and goes in a
/// backup: not an embed's, and not a copy set aside.
pub fn is_backed_up(key: &str) -> bool {
    let per_graph = |prefix: &str| key.strip_prefix(prefix).is_some_and(|graph| !graph.is_empty());
    let own = key == PREFS_KEY
        || key == LIBRARY_KEY
        || key == CURRENT_KEY
        || per_graph(&progress_key(""))
        || per_graph(&text_key(""));
    own && !key.contains("/set-aside/")
}

/// The person's records, ready to be written to a file or to storage.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Backup {
    /// When it was exported (milliseconds since 1970).
    pub exported: u64,
    /// The records: storage key and text, each key once (a list, not a
    /// map: the order does not matter, and a map of these pairs would add
    /// its own code to the WebAssembly).
    pub records: Vec<(String, String)>,
}

/// A record of a file that cannot be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupProblems {
    /// What is wrong, one line each (at most [`MAX_PROBLEMS`]).
    pub lines: Vec<String>,
    /// How many problems there were in all.
    pub count: usize,
}

impl BackupProblems {
    fn one(line: String) -> BackupProblems {
        BackupProblems { lines: vec![line], count: 1 }
    }
}

impl Backup {
    /// A backup of the person's own records among these (the rest, such as
    /// an embed's progress or a copy set aside, is left out).
    pub fn of(records: impl IntoIterator<Item = (String, String)>, exported: u64) -> Backup {
        Backup { exported, records: records.into_iter().filter(|(k, _)| is_backed_up(k)).collect() }
    }

    /// The file's text (one line: `Value`'s own writer, which the app
    /// carries anyway, rather than a pretty printer that would add to the
    /// WebAssembly).
    pub fn encode(&self) -> String {
        let mut records = serde_json::Map::new();
        for (key, text) in &self.records {
            records.insert(key.clone(), Value::String(text.clone()));
        }
        json!({ "format": BACKUP_FORMAT, "exported": self.exported, "records": records }).to_string()
    }

    /// Reads a progress file, checking every record with its key's codec.
    ///
    /// # Errors
    /// Every problem found (the file is not imported at all).
    pub fn decode(text: &str) -> Result<Backup, BackupProblems> {
        if text.len() > MAX_BACKUP_BYTES {
            return Err(BackupProblems::one(format!(
                "The file is {} MB, more than the {} MB a progress file may be.",
                text.len() / 1_048_576,
                MAX_BACKUP_BYTES / 1_048_576
            )));
        }
        let not_ours = || {
            BackupProblems::one(
                "This is not a Switchback progress file (made with \u{201c}Export my progress\u{201d}).".to_owned(),
            )
        };
        let value: Value = super::json::parse(text.trim_start_matches('\u{feff}')).map_err(|_| not_ours())?;
        match value.get("format").and_then(Value::as_str) {
            Some(BACKUP_FORMAT) => {}
            Some(other) if other.starts_with("switchback-progress/") => {
                return Err(BackupProblems::one(format!(
                    "This progress file was made by another version of Switchback (format {}; this one reads {BACKUP_FORMAT}).",
                    quote(other)
                )))
            }
            _ => return Err(not_ours()),
        }
        let exported = value.get("exported").and_then(Value::as_u64).unwrap_or(0);
        let Some(stored) = value.get("records").and_then(Value::as_object) else {
            return Err(BackupProblems::one("The file holds no records.".to_owned()));
        };
        let mut records = Vec::new();
        let mut lines = Vec::new();
        let mut count = 0;
        for (key, record) in stored {
            let problem = match record.as_str() {
                None => Some("is not text".to_owned()),
                Some(text) => check(key, text).err(),
            };
            match (problem, record.as_str()) {
                (None, Some(text)) => {
                    records.push((key.clone(), text.to_owned()));
                }
                (problem, _) => {
                    count += 1;
                    if lines.len() < MAX_PROBLEMS {
                        let why = problem.unwrap_or_default();
                        lines.push(format!("The record {} {why}.", quote(key)));
                    }
                }
            }
        }
        if count > 0 {
            return Err(BackupProblems { lines, count });
        }
        Ok(Backup { exported, records })
    }

    /// What importing this backup would do to storage as it is (`stored`
    /// gives the text now under a key).
    pub fn changes<'a>(&self, stored: impl Fn(&str) -> Option<&'a str>) -> Changes {
        let library = self
            .records
            .iter()
            .find(|(k, _)| k == LIBRARY_KEY)
            .and_then(|(_, t)| Library::decode(t).ok())
            .unwrap_or_default();
        let mut changes = Changes::default();
        for (key, text) in &self.records {
            let what = describe(key, text, &library);
            match stored(key) {
                None => changes.added.push(what),
                Some(now) if now == text => changes.unchanged += 1,
                Some(_) => changes.replaced.push(what),
            }
        }
        changes
    }
}

/// What an import would add, replace, and leave as it is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    /// Records the browser does not have yet, for people.
    pub added: Vec<String>,
    /// Records the import writes over, for people.
    pub replaced: Vec<String>,
    /// Records the browser already has, the same.
    pub unchanged: usize,
}

impl Changes {
    /// True when importing would change nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.replaced.is_empty()
    }

    /// A sentence saying what an import replaces and adds.
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "This browser already holds everything in the file: importing changes nothing.".to_owned();
        }
        let mut parts = Vec::new();
        if !self.replaced.is_empty() {
            parts.push(format!("replaces {}", self.replaced.join("; ")));
        }
        if !self.added.is_empty() {
            parts.push(format!("adds {}", self.added.join("; ")));
        }
        let same = match self.unchanged {
            0 => String::new(),
            n => format!(" ({n} record{} already the same)", plural(n)),
        };
        format!("Importing {}{same}. Nothing else is changed or removed.", parts.join(", and "))
    }
}

/// Checks a record with the codec of its key.
fn check(key: &str, text: &str) -> Result<(), String> {
    let stored = |r: Result<(), super::progress::StoredProblem>| r.map_err(|p| format!("cannot be used: {p}"));
    if !is_backed_up(key) {
        return Err("is not one Switchback keeps for you".to_owned());
    }
    if key == PREFS_KEY {
        stored(Prefs::decode(text).map(drop))
    } else if key == LIBRARY_KEY {
        stored(Library::decode(text).map(drop))
    } else if key == CURRENT_KEY {
        let fits = !text.is_empty() && text.len() <= 2048 && !text.chars().any(char::is_control);
        fits.then_some(()).ok_or_else(|| "is not a graph's key".to_owned())
    } else if key.starts_with(&progress_key("")) {
        stored(Progress::decode(text).map(drop))
    } else {
        // A graph kept as text is checked like any graph when it is opened.
        Ok(())
    }
}

/// A record for people: "your preferences", "your progress on Tech careers".
fn describe(key: &str, text: &str, library: &Library) -> String {
    let title = |graph: &str| match graph {
        BUILTIN_KEY => "the built-in graph".to_owned(),
        ATLAS_KEY => "the O*NET atlas".to_owned(),
        _ => library.get(graph).map_or_else(|| quote(graph), |e| isolate_bidi(&e.title)),
    };
    if key == PREFS_KEY {
        "your preferences (the theme)".to_owned()
    } else if key == LIBRARY_KEY {
        let n = Library::decode(text).map(|l| l.entries.len()).unwrap_or(0);
        format!("your list of graphs ({n} graph{})", plural(n))
    } else if key == CURRENT_KEY {
        format!("the graph in use ({})", title(text))
    } else if let Some(graph) = key.strip_prefix(&progress_key("")) {
        format!("your progress on {}", title(graph))
    } else if let Some(graph) = key.strip_prefix(&text_key("")) {
        format!("the kept copy of {}", title(graph))
    } else {
        quote(key)
    }
}
