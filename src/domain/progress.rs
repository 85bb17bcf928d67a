//! A person's progress as stored in the browser, and the preferences shared
//! by all graphs (the theme): versioned, checked on read.
//!
//! Stored text is untrusted: another version of the app, a browser extension
//! or a person with the developer tools may have written anything. Decoding
//! never panics and never guesses: it either yields a [`Progress`] or says
//! why the record cannot be used, so the caller can set it aside (not delete
//! it) and tell the person.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::paths::{Ranking, MAX_K};
use super::text::is_valid_id;

/// The version written by this build.
pub const PROGRESS_VERSION: u64 = 1;

/// What is remembered per graph.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    /// Skills the person has.
    pub have: BTreeSet<String>,
    /// Plan steps ticked as done.
    pub done: BTreeSet<String>,
    /// Where the person is.
    pub from: Option<String>,
    /// Where they want to go.
    pub to: Option<String>,
    /// How they like alternatives ranked.
    pub ranking: Ranking,
    /// The alternative they chose (0-based), kept with the plan.
    pub chosen: Option<usize>,
}

/// Why a stored record cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredProblem {
    /// Not JSON, or not the expected shape.
    Unreadable(String),
    /// Written by a version of Switchback this build does not know.
    UnknownVersion(u64),
}

impl std::fmt::Display for StoredProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoredProblem::Unreadable(why) => write!(f, "it could not be read ({why})"),
            StoredProblem::UnknownVersion(v) => {
                write!(
                    f,
                    "it was saved by another version of Switchback (format {v}, this one reads {PROGRESS_VERSION})"
                )
            }
        }
    }
}

fn unreadable(why: &str) -> StoredProblem {
    StoredProblem::Unreadable(why.to_owned())
}

/// Reads a list of ids; anything else makes the record unreadable.
fn id_set(value: Option<&Value>, field: &str) -> Result<BTreeSet<String>, StoredProblem> {
    let Some(value) = value else { return Ok(BTreeSet::new()) };
    let items = value.as_array().ok_or_else(|| unreadable(&format!("\"{field}\" is not a list")))?;
    // Inserted one by one: collecting into a set sorts first, with a copy of
    // the standard stable sort of its own in the WebAssembly.
    let mut ids = BTreeSet::new();
    for item in items {
        let id = item.as_str().ok_or_else(|| unreadable(&format!("\"{field}\" holds a non-text item")))?;
        ids.insert(id.to_owned());
    }
    Ok(ids)
}

fn optional_id(value: Option<&Value>, field: &str) -> Result<Option<String>, StoredProblem> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if is_valid_id(s) => Ok(Some(s.clone())),
        Some(_) => Err(unreadable(&format!("\"{field}\" is not a role id"))),
    }
}

impl Progress {
    /// Decodes a stored record.
    ///
    /// # Errors
    /// Why the record cannot be used.
    pub fn decode(text: &str) -> Result<Progress, StoredProblem> {
        let value: Value = super::json::parse(text).map_err(|_| unreadable("not valid JSON"))?;
        let map = value.as_object().ok_or_else(|| unreadable("not an object"))?;
        match map.get("version").and_then(Value::as_u64) {
            Some(PROGRESS_VERSION) => {}
            Some(other) => return Err(StoredProblem::UnknownVersion(other)),
            None => return Err(unreadable("no version")),
        }
        // Step keys are free text built from ids; skill ids must be ids.
        let have = id_set(map.get("have"), "have")?;
        if let Some(bad) = have.iter().find(|id| !is_valid_id(id)) {
            return Err(unreadable(&format!("\"{}\" is not a skill id", bad.chars().take(40).collect::<String>())));
        }
        let ranking = match map.get("ranking") {
            None => Ranking::default(),
            Some(v) => v.as_str().and_then(Ranking::parse).ok_or_else(|| unreadable("unknown ranking"))?,
        };
        let chosen = match map.get("chosen") {
            None | Some(Value::Null) => None,
            Some(v) => Some(
                v.as_u64().filter(|c| *c < MAX_K as u64).ok_or_else(|| unreadable("\"chosen\" is not a path number"))?
                    as usize,
            ),
        };
        Ok(Progress {
            have,
            done: id_set(map.get("done"), "done")?,
            from: optional_id(map.get("from"), "from")?,
            to: optional_id(map.get("to"), "to")?,
            ranking,
            chosen,
        })
    }

    /// Encodes for storage.
    pub fn encode(&self) -> String {
        json!({
            "version": PROGRESS_VERSION,
            "have": self.have,
            "done": self.done,
            "from": self.from,
            "to": self.to,
            "ranking": self.ranking.as_str(),
            "chosen": self.chosen,
        })
        .to_string()
    }

    /// True when there is nothing worth saving.
    pub fn is_empty(&self) -> bool {
        *self == Progress::default()
    }
}

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    /// Follow the system setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The key in storage and embed options.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    /// Parses [`Theme::as_str`].
    pub fn parse(s: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark].into_iter().find(|t| t.as_str() == s)
    }
    /// The next theme for a toggle: auto → light → dark → auto.
    pub fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        }
    }
}

/// Preferences shared by all graphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Prefs {
    /// The colour theme.
    pub theme: Theme,
}

impl Prefs {
    /// Decodes stored preferences.
    ///
    /// # Errors
    /// Why the record cannot be used.
    pub fn decode(text: &str) -> Result<Prefs, StoredProblem> {
        let value: Value = super::json::parse(text).map_err(|_| unreadable("not valid JSON"))?;
        match value.get("version").and_then(Value::as_u64) {
            Some(PROGRESS_VERSION) => {}
            Some(other) => return Err(StoredProblem::UnknownVersion(other)),
            None => return Err(unreadable("no version")),
        }
        let theme = match value.get("theme") {
            None => Theme::Auto,
            Some(t) => t.as_str().and_then(Theme::parse).ok_or_else(|| unreadable("unknown theme"))?,
        };
        Ok(Prefs { theme })
    }

    /// Encodes for storage.
    pub fn encode(&self) -> String {
        json!({ "version": PROGRESS_VERSION, "theme": self.theme.as_str() }).to_string()
    }
}
