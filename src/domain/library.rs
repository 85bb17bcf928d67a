//! The graphs a person has used: what each is, where it came from, when,
//! and the key its text and progress are stored under. Stored in the
//! browser as a versioned record (decoded as carefully as `progress`).

use serde_json::{json, Value};

use super::progress::{StoredProblem, PROGRESS_VERSION};
use super::text::isolate_bidi;

/// Where a graph came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The graph built into the app.
    Builtin,
    /// The O*NET atlas shipped next to the app (fetched when chosen).
    Atlas,
    /// A JSON file the person opened (its name).
    File(String),
    /// CSV files the person opened (their names).
    Spreadsheet(Vec<String>),
    /// Text the person pasted.
    Pasted,
    /// An author's graph inline in the page that embeds Switchback (not
    /// added to the person's list).
    Inline,
    /// A URL (the page's `graph=` option, an embed's `data-graph`, or typed in).
    Url(String),
}

/// How a graph came to be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// The person chose it before this visit (the graph they used last), or
    /// the page holds it (an embed's own): the page's address is its own.
    Chosen,
    /// The person chose it now, in place of the graph they were exploring:
    /// a file, pasted text, an address typed in, the list of graphs, the
    /// atlas. The page's address was written for the graph it replaces
    /// (whose roles it may not have): it starts from what is kept for it.
    Switched,
    /// A link opened it (`?graph=` in the page's address): someone else
    /// chose it, on this page's own site or on another.
    Link {
        /// The graph is on the page's own origin (the site's own data).
        same_origin: bool,
    },
}

impl Opened {
    /// Whether the graph is for this visit only: a graph on another site
    /// that a link opened is neither added to the person's graphs nor
    /// opened on their next visit (and so not fetched from that site again)
    /// until they choose to keep it.
    pub fn this_visit_only(self) -> bool {
        matches!(self, Opened::Link { same_origin: false })
    }
}

/// The key of the built-in graph.
pub const BUILTIN_KEY: &str = "builtin";
/// The key of the O*NET atlas.
pub const ATLAS_KEY: &str = "onet-29.3";
/// The atlas's file name, next to the app.
pub const ATLAS_FILE: &str = "onet-29.3.json";
/// The atlas checked at build time, in the compact form the graph checker
/// answers in, gzip-compressed (`cargo xtask dist` writes it from
/// [`ATLAS_FILE`]): the page reads it without the checker.
pub const ATLAS_CHECKED: &str = "onet-29.3.checked";

impl Origin {
    /// The storage key of a graph from here with this title.
    pub fn key(&self, title: &str) -> String {
        match self {
            Origin::Builtin => BUILTIN_KEY.to_owned(),
            Origin::Atlas => ATLAS_KEY.to_owned(),
            Origin::File(name) => format!("file:{name}"),
            Origin::Spreadsheet(names) => format!("csv:{}", names.join("+")),
            Origin::Pasted => format!("paste:{}", super::text::suggest_id(title)),
            Origin::Inline => format!("inline:{}", super::text::suggest_id(title)),
            Origin::Url(url) => format!("url:{url}"),
        }
    }

    /// Says where the graph came from, for people (a name or address from
    /// outside with its direction isolated and its controls removed, so it
    /// cannot reorder the sentence it is in).
    pub fn describe(&self) -> String {
        match self {
            Origin::Builtin => "the built-in graph".to_owned(),
            Origin::Atlas => "the O*NET 29.3 atlas shipped with Switchback".to_owned(),
            Origin::File(name) => format!("the file {}", isolate_bidi(name)),
            Origin::Spreadsheet(names) => format!(
                "the spreadsheet files {}",
                names.iter().map(|n| isolate_bidi(n)).collect::<Vec<_>>().join(", ")
            ),
            Origin::Pasted => "pasted text".to_owned(),
            Origin::Inline => "the graph in this page".to_owned(),
            Origin::Url(url) => format!("the address {}", isolate_bidi(url)),
        }
    }

    /// The address a link names the graph by (`?graph=`), so that a copied
    /// link opens it for someone else: the atlas's file, or the URL it was
    /// fetched from. `None` for a graph only this browser has (a file,
    /// pasted text) and for the built-in graph (the default).
    pub fn address(&self) -> Option<&str> {
        match self {
            Origin::Atlas => Some(ATLAS_FILE),
            Origin::Url(url) => Some(url),
            _ => None,
        }
    }

    /// Whether the graph ships with the app (its warnings are known and not
    /// worth showing to the person exploring it).
    pub fn shipped(&self) -> bool {
        matches!(self, Origin::Builtin | Origin::Atlas)
    }

    /// Whether the graph goes in the person's list of graphs.
    pub fn remembered(&self) -> bool {
        !matches!(self, Origin::Builtin | Origin::Atlas | Origin::Inline)
    }

    /// Whether the graph's text is kept in the browser (a file or pasted
    /// text cannot be fetched again; a URL and the shipped graphs can).
    pub fn keeps_text(&self) -> bool {
        matches!(self, Origin::File(_) | Origin::Spreadsheet(_) | Origin::Pasted)
    }

    fn encode(&self) -> Value {
        match self {
            Origin::Builtin => json!({ "kind": "builtin" }),
            Origin::Atlas => json!({ "kind": "atlas" }),
            Origin::File(name) => json!({ "kind": "file", "name": name }),
            Origin::Spreadsheet(names) => json!({ "kind": "csv", "names": names }),
            Origin::Pasted => json!({ "kind": "paste" }),
            Origin::Inline => json!({ "kind": "inline" }),
            Origin::Url(url) => json!({ "kind": "url", "url": url }),
        }
    }

    fn decode(v: &Value) -> Option<Origin> {
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
        Some(match v.get("kind")?.as_str()? {
            "builtin" => Origin::Builtin,
            "atlas" => Origin::Atlas,
            "file" => Origin::File(text("name")?),
            "csv" => Origin::Spreadsheet(
                v.get("names")?.as_array()?.iter().map(|n| n.as_str().map(str::to_owned)).collect::<Option<_>>()?,
            ),
            "paste" => Origin::Pasted,
            "inline" => Origin::Inline,
            "url" => Origin::Url(text("url")?),
            _ => return None,
        })
    }
}

/// One remembered graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its storage key (see [`Origin::key`]).
    pub key: String,
    /// Its title.
    pub title: String,
    /// Where it came from.
    pub origin: Origin,
    /// When it was last loaded, in milliseconds since 1970.
    pub added: u64,
}

/// The remembered graphs, most recent first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Library {
    /// The entries.
    pub entries: Vec<Entry>,
}

impl Library {
    /// Adds or refreshes an entry (same key: replaced and moved first).
    pub fn remember(&mut self, entry: Entry) {
        self.entries.retain(|e| e.key != entry.key);
        self.entries.insert(0, entry);
    }

    /// Forgets an entry.
    pub fn forget(&mut self, key: &str) {
        self.entries.retain(|e| e.key != key);
    }

    /// Looks an entry up.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }

    /// Encodes for storage.
    pub fn encode(&self) -> String {
        let entries: Vec<Value> = self
            .entries
            .iter()
            .map(|e| json!({ "key": e.key, "title": e.title, "origin": e.origin.encode(), "added": e.added }))
            .collect();
        json!({ "version": PROGRESS_VERSION, "graphs": entries }).to_string()
    }

    /// Decodes a stored library. Entries that cannot be read are dropped
    /// (their texts stay in storage); a record that cannot be read at all is
    /// an error, so the caller can set it aside.
    ///
    /// # Errors
    /// Why the record cannot be used.
    pub fn decode(text: &str) -> Result<Library, StoredProblem> {
        let value: Value =
            super::json::parse(text).map_err(|_| StoredProblem::Unreadable("not valid JSON".to_owned()))?;
        match value.get("version").and_then(Value::as_u64) {
            Some(PROGRESS_VERSION) => {}
            Some(other) => return Err(StoredProblem::UnknownVersion(other)),
            None => return Err(StoredProblem::Unreadable("no version".to_owned())),
        }
        let graphs = value
            .get("graphs")
            .and_then(Value::as_array)
            .ok_or_else(|| StoredProblem::Unreadable("no list of graphs".to_owned()))?;
        let entries = graphs
            .iter()
            .filter_map(|g| {
                Some(Entry {
                    key: g.get("key")?.as_str()?.to_owned(),
                    title: g.get("title")?.as_str()?.chars().take(200).collect(),
                    origin: Origin::decode(g.get("origin")?)?,
                    added: g.get("added")?.as_u64()?,
                })
            })
            .collect();
        Ok(Library { entries })
    }
}

/// A date for people, `2026-11-21`, from milliseconds since 1970 (UTC).
/// Computed here, so no component needs the browser to show a date.
pub fn date_text(ms: u64) -> String {
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let days = (ms / 86_400_000) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
