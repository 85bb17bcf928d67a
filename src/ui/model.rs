//! Values that cross components: what the person asks of the graphs panel,
//! a read in progress, notices, and the graph in use with the state its
//! explorer starts from.
//!
//! They sit below every component and hook, so that nothing has to import
//! them from the component that happens to create them.

use yew::AttrValue;

use super::shared::{GraphRef, Shared};
use crate::domain::library::Origin;
use crate::domain::saved::Unreadable;
use crate::domain::state::ExplorerState;
use crate::platform::PickedFile;

/// Something the person asked for in the graphs panel (or by dropping files).
#[derive(Debug, Clone, PartialEq)]
pub enum GraphCommand {
    /// Load these files: one JSON graph, or CSV files.
    OpenFiles(Vec<PickedFile>),
    /// Load pasted JSON text.
    Paste(String),
    /// Load a graph from a URL.
    Url(String),
    /// Switch to a graph by key (built-in, the atlas, or a remembered one).
    Pick(String),
    /// Forget a remembered graph (and its text and progress).
    Forget(String),
    /// Keep the graph in use (by key), which a link opened for the visit:
    /// add it to the list and open it on the next visit.
    Keep(String),
    /// Stop the check under way (nothing is replaced).
    Cancel,
}

/// A read in progress: what, and bytes so far of how many.
#[derive(Debug, Clone, PartialEq)]
pub struct Loading {
    /// What is being read ("the file careers.json").
    pub what: String,
    /// Bytes so far.
    pub done: f64,
    /// Bytes in all, when known.
    pub total: Option<f64>,
    /// Read, and being checked (by the graph checker, off the page's
    /// thread): the person can stop it.
    pub checking: bool,
}

impl Loading {
    /// "Reading the file careers.json… 120 of 500 KB". Whole numbers by
    /// integer formatting: formatting an `f64` would carry the float
    /// formatting code into the WebAssembly.
    pub fn text(&self) -> String {
        let kb = |bytes: f64| whole(bytes / 1024.0);
        if self.checking {
            return format!("Reading and checking {}\u{2026}", self.what);
        }
        match self.total {
            Some(total) if total > 0.0 => {
                format!("Reading {}\u{2026} {} of {} KB", self.what, kb(self.done), kb(total))
            }
            _ => format!("Reading {}\u{2026} {} KB", self.what, kb(self.done)),
        }
    }

    /// The progress bar's `max` and `value` (whole bytes, as attribute
    /// text), when the total is known.
    pub fn bar(&self) -> Option<(String, String)> {
        self.total
            .filter(|_| !self.checking)
            .filter(|t| *t > 0.0)
            .map(|total| (whole(total).to_string(), whole(self.done).to_string()))
    }
}

/// A count of bytes (or KB) rounded to a whole number (NaN and negatives as
/// 0), so it is formatted as an integer.
fn whole(v: f64) -> u64 {
    v.round() as u64
}

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Something happened that the person should know about.
    Info,
    /// Something did not work; the app carries on.
    Problem,
}

/// A message about something outside the graph itself: saved progress that
/// could not be read, a graph that could not be loaded, the clipboard
/// refusing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// How serious it is.
    pub level: NoticeLevel,
    /// What happened and what it means, in a sentence or two.
    pub text: String,
    /// Further lines, such as each problem in a graph file.
    pub details: Vec<String>,
    /// What the person can do about it, as a button on the notice.
    pub action: Option<NoticeAction>,
}

/// A button on a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeAction {
    /// "Keep this graph": the graph a link opened (by key) joins the
    /// person's graphs.
    KeepGraph(String),
}

impl Notice {
    /// Something did not work.
    pub fn problem(text: impl Into<String>) -> Notice {
        Notice { level: NoticeLevel::Problem, text: text.into(), details: Vec::new(), action: None }
    }

    /// Something the person should know.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { level: NoticeLevel::Info, text: text.into(), details: Vec::new(), action: None }
    }

    /// The same notice with a button.
    pub fn with_action(self, action: NoticeAction) -> Notice {
        Notice { action: Some(action), ..self }
    }

    /// The same notice with further lines.
    pub fn with_details(self, details: Vec<String>) -> Notice {
        Notice { details, ..self }
    }
}

/// What an explorer starts from: its state (read from the address and
/// storage before its first render), and what could not be restored (said
/// and set aside once it is mounted).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExplorerStart {
    /// The first state.
    pub state: ExplorerState,
    /// Stored records that could not be used.
    pub unreadable: Vec<Unreadable>,
    /// Why storage could not be read, when it could not.
    pub refused: Option<String>,
    /// Where the graph's progress is saved (the person's, or an embed's
    /// own).
    pub progress_key: String,
    /// Where preferences are saved; none in an embed, which never writes
    /// the person's theme.
    pub prefs_key: Option<&'static str>,
}

/// The graph in use.
#[derive(Clone, PartialEq)]
pub struct Current {
    /// The graph.
    pub graph: GraphRef,
    /// The key its progress is stored under.
    pub key: AttrValue,
    /// Where it came from.
    pub origin: Origin,
    /// What its explorer starts from.
    pub start: Shared<ExplorerStart>,
}
