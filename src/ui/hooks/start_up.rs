//! How the app starts, decided from the [`Boot`] alone (no browser call,
//! so the first render is pure), and the messages the loader shows.

use crate::domain::boot::Boot;
use crate::domain::library::{Entry, Library, Origin, BUILTIN_KEY};
use crate::domain::options::PageOptions;
use crate::domain::report::Report;
use crate::domain::saved::{
    first_graph, restore, restore_explorer, text_key, FirstGraph, Scope, Snapshot, Unreadable, CURRENT_KEY, LIBRARY_KEY,
};
use crate::domain::state::ExplorerState;
use crate::domain::text::{capitalise, isolate_bidi};
use crate::domain::validate::Loaded;
use crate::ui::model::{Current, ExplorerStart, Notice};
use crate::ui::shared::{GraphRef, Shared};

/// What an explorer on the graph stored as `key` starts from.
pub fn explorer_start(hash: &str, options: &PageOptions, stored: &Snapshot, key: &str) -> ExplorerStart {
    let scope = Scope::of(options);
    let restored = restore_explorer(stored, &scope, key);
    ExplorerStart {
        state: ExplorerState::start(hash, options.initial.clone(), restored.prefs, restored.progress, options.theme),
        unreadable: restored.unreadable,
        refused: stored.refused.clone(),
        progress_key: scope.progress_key(key),
        prefs_key: scope.prefs_key(),
    }
}

pub fn current(loaded: Loaded, key: &str, origin: Origin, start: ExplorerStart) -> Current {
    Current { graph: GraphRef::new(loaded.graph), key: key.into(), origin, start: Shared::new(start) }
}

/// "Loaded the file a.json, with 2 warnings." (none for shipped graphs).
pub fn warnings_notice(loaded: &Loaded, origin: &Origin) -> Option<Notice> {
    (loaded.report.warning_count() > 0 && !origin.shipped()).then(|| {
        Notice::info(format!("Loaded {}, with {}.", origin.describe(), loaded.report.summary()))
            .with_details(loaded.report.warnings().map(ToString::to_string).collect())
    })
}

/// What a graph that was not adopted leaves: the current graph, or (with
/// none yet) the built-in one.
pub fn kept_words(have_current: bool) -> &'static str {
    if have_current {
        "Nothing was replaced: the current graph and your progress are as they were."
    } else {
        "The built-in graph is shown instead."
    }
}

/// "… could not be loaded: it has 3 errors. …", with each problem.
pub fn rejected_notice(report: &Report, origin: &Origin, have_current: bool) -> Notice {
    Notice::problem(format!(
        "{} could not be loaded: it has {}. {}",
        capitalise(&origin.describe()),
        report.summary(),
        kept_words(have_current)
    ))
    .with_details(report.problems.iter().map(ToString::to_string).collect())
}

/// How the app starts: decided from the [`Boot`] alone.
pub struct StartUp {
    /// The graph shown first (`None`: waiting for one).
    pub current: Option<Current>,
    /// The remembered graphs.
    pub library: Library,
    /// A graph to fetch once mounted, and whether a link asks for it.
    pub fetch: Option<(String, Origin, bool)>,
    /// A remembered graph to check and show once mounted (the graph
    /// checker is a worker: the first render waits for it instead of
    /// flashing the built-in graph).
    pub reopen: Option<Entry>,
    /// Notices to show once mounted.
    pub notices: Vec<Notice>,
    /// Stored records to set aside once mounted.
    pub unreadable: Vec<Unreadable>,
}

/// Decides the first graph and reads the list of graphs, from the boot
/// snapshot.
pub fn start_up(boot: &Boot) -> StartUp {
    let stored = &boot.stored;
    let (library, bad_library) = restore(stored, LIBRARY_KEY, "list of graphs", Library::decode);
    let library = library.unwrap_or_default();
    let mut notices = Vec::new();
    // A refused `?graph=` address is said, never silently ignored.
    if let Some(refused) = &boot.options.graph_refused {
        notices.push(Notice::problem(format!("{} Nothing was loaded from it.", refused.message)));
    }
    let builtin = || {
        let start = explorer_start(&boot.hash, &boot.options, stored, BUILTIN_KEY);
        crate::data::builtin().map(|l| current(l, BUILTIN_KEY, Origin::Builtin, start))
    };
    let (mut fetch, mut reopen) = (None, None);
    let shown = match first_graph(&boot.options, stored.get(CURRENT_KEY), &library) {
        FirstGraph::Builtin => builtin(),
        FirstGraph::Inline => None,
        FirstGraph::Fetch { url, origin, instead, link } => {
            fetch = Some((url, origin, link));
            if instead {
                builtin()
            } else {
                None
            }
        }
        FirstGraph::Remembered(entry) => {
            if stored.get(&text_key(&entry.key)).is_some() {
                reopen = Some(entry);
                None
            } else {
                notices.push(Notice::problem(format!(
                    "{} was not kept in this browser (it may have been too large): open it again.",
                    isolate_bidi(&entry.title)
                )));
                builtin()
            }
        }
    };
    StartUp { current: shown, library, fetch, reopen, notices, unreadable: bad_library.into_iter().collect() }
}
