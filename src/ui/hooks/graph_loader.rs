//! Which graph is explored, where it came from, and the graphs the person
//! has used: the loader behind the graphs panel, dropped files,
//! `?graph=<url>`, embeds and the start.
//!
//! Every source goes through the same door, [`GraphLoader::adopt`]: the text
//! is validated first (by the graph checker, a Web Worker: see
//! `platform::check`; only the built-in graph comes checked already), and
//! only a graph without errors replaces the current one (the person's progress is stored per graph, so nothing of it is
//! touched). Anything else (a dead URL, a timeout, a bad or empty or huge
//! file, text that is not JSON) leaves the current graph as it was and adds
//! a notice saying exactly what happened.
//!
//! Graphs from files and pasted text are kept in the browser, so they are
//! there after a reload; graphs from URLs are fetched again. The current
//! graph is remembered too. The first graph is chosen from the [`Boot`]
//! without touching the browser (`start_up`); everything else happens in
//! effects and callbacks.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::start_up::{current, explorer_start, kept_words, rejected_notice, start_up, warnings_notice};
use crate::domain::address::resolve;
use crate::domain::boot::Boot;
use crate::domain::format::MAX_GRAPH_BYTES;
use crate::domain::library::{Entry, Library, Opened, Origin, ATLAS_CHECKED, ATLAS_FILE, ATLAS_KEY, BUILTIN_KEY};
use crate::domain::options::with_graph;
use crate::domain::report::Report;
use crate::domain::route::Route;
use crate::domain::saved::{progress_key, text_key, Scope, Unreadable, CURRENT_KEY, LIBRARY_KEY};
use crate::domain::text::{capitalise, isolate_bidi};
use crate::domain::validate::Loaded;
use crate::platform::{self, Body, Check, Kept, Kind, PickedFile, Piece, PlatformError};
use crate::ui::context::Graphs;
use crate::ui::model::{Current, GraphCommand, Loading, Notice, NoticeAction};

/// The loader: cheap to clone into callbacks and futures.
#[derive(Clone)]
pub struct GraphLoader {
    /// The graph in use: the cell is the truth (a future that finishes
    /// later sees the graph in use then); the state re-renders the page.
    current: Rc<RefCell<Option<Current>>>,
    current_shown: UseStateHandle<Option<Current>>,
    /// The list of graphs: the cell is the truth (futures and effects see
    /// every change at once); the state re-renders the list.
    library: Rc<RefCell<Library>>,
    library_shown: UseStateHandle<Rc<Library>>,
    loading: UseStateHandle<Option<Loading>>,
    notify: Callback<Notice>,
    boot: Rc<Boot>,
}

impl GraphLoader {
    /// Changes the list of graphs and shows the change; returns the list.
    fn change_library(&self, change: impl FnOnce(&mut Library)) -> Library {
        let library = {
            let mut library = self.library.borrow_mut();
            change(&mut library);
            library.clone()
        };
        self.library_shown.set(Rc::new(library.clone()));
        library
    }

    /// A remembered graph (a copy: the list may change while it is used).
    fn remembered(&self, key: &str) -> Option<Entry> {
        self.library.borrow().get(key).cloned()
    }

    fn problem(&self, text: String) {
        self.notify.emit(Notice::problem(text));
    }

    fn has_current(&self) -> bool {
        self.current.borrow().is_some()
    }

    /// True while no graph is shown (waiting for one).
    pub fn shows_nothing(&self) -> bool {
        !self.has_current()
    }

    /// Adds a notice.
    pub fn notify(&self, notice: Notice) {
        self.notify.emit(notice);
    }

    /// Shows the built-in graph when nothing is shown yet.
    pub fn show_builtin_if_none(&self) {
        if !self.has_current() {
            self.show_builtin(Opened::Chosen);
        }
    }

    fn show_builtin(&self, opened: Opened) {
        if let Some(loaded) = crate::data::builtin() {
            self.show(loaded, BUILTIN_KEY, Origin::Builtin, opened);
        }
    }

    /// Makes a validated graph current, with its explorer starting from
    /// what is stored for it now and the address (when the address was
    /// written for the graph this one replaces, only what this graph has of
    /// it, and never its plan: the address is then rewritten to the new
    /// graph's own).
    fn show(&self, loaded: Loaded, key: &str, origin: Origin, opened: Opened) {
        let scope = Scope::of(&self.boot.options);
        let keys: Vec<String> =
            scope.prefs_key().map(str::to_owned).into_iter().chain([scope.progress_key(key)]).collect();
        let stored = platform::snapshot(&keys);
        let address = platform::hash();
        let hash = match opened {
            Opened::Switched => Route::parse(&address).carried_to(&loaded.graph).to_hash(),
            _ => address,
        };
        let start = explorer_start(&hash, &self.boot.options, &stored, key);
        if opened == Opened::Switched {
            // Not a new history entry: Back would lead this graph to the
            // roles of the one it replaced.
            platform::replace_hash(&start.state.route().to_hash());
        }
        // The address names the graph shown, so a copied link opens it
        // (an embed's and a file's address are not the person's to change).
        // A graph shown instead of one a link named keeps the link, to try
        // again.
        if !self.boot.options.embed && !platform::is_local_file() {
            match origin.address() {
                Some(address) => platform::replace_query(&with_graph(&platform::query(), Some(address))),
                None if opened == Opened::Switched => platform::replace_query(&with_graph(&platform::query(), None)),
                None => {}
            }
        }
        let shown = Some(current(loaded, key, origin, start));
        *self.current.borrow_mut() = shown.clone();
        self.current_shown.set(shown);
    }

    /// Makes a validated graph current, or reports why it cannot be.
    /// `raw` is the text to keep when the origin cannot be fetched again;
    /// `opened` says whether the person chose it or a link did.
    fn adopt(&self, result: Result<Loaded, Report>, origin: Origin, raw: Option<Kept>, opened: Opened) {
        let what = origin.describe();
        let loaded = match result {
            Ok(loaded) => loaded,
            Err(report) => {
                self.notify.emit(rejected_notice(&report, &origin, self.has_current()));
                self.show_builtin_if_none();
                return;
            }
        };
        let key = origin.key(loaded.graph.title());
        if let Some(notice) = warnings_notice(&loaded, &origin) {
            self.notify.emit(notice);
        }
        // An embed keeps to itself: it never adds to the person's list of
        // graphs, keeps no copy and does not change their current graph.
        let person = Scope::of(&self.boot.options).keeps_library();
        // A graph from another site that a link opened is for this visit,
        // until the person keeps it (one they have kept is theirs: the
        // address of a page showing it names it, so a reload comes here).
        let visit_only = opened.this_visit_only() && self.remembered(&key).is_none();
        if person && visit_only {
            self.notify.emit(
                Notice::info(format!(
                    "{} is open from {} for this visit only: it is not added to your graphs, and your next visit opens the graph you used before. Keep it to find it under Graphs and open it next time.",
                    isolate_bidi(loaded.graph.title()),
                    origin.describe()
                ))
                .with_action(NoticeAction::KeepGraph(key.clone())),
            );
        }
        if origin.remembered() && person && !visit_only {
            let library = self.change_library(|library| {
                library.remember(Entry {
                    key: key.clone(),
                    title: loaded.graph.title().to_owned(),
                    origin: origin.clone(),
                    added: platform::epoch_ms(),
                })
            });
            if let Err(e) = platform::write(LIBRARY_KEY, &library.encode()) {
                self.problem(format!("{} could not be added to your graphs: {e}.", capitalise(&what)));
            }
        }
        if let (true, true, Some(raw)) = (person, origin.keeps_text(), raw) {
            if let Err(e) = platform::write_kept(&text_key(&key), &raw) {
                self.notify.emit(Notice::info(format!(
                    "{} is open, but it could not be kept for your next visit ({e}).",
                    capitalise(&what)
                )));
            }
        }
        if person && !visit_only {
            let _ = platform::write(CURRENT_KEY, &key);
        }
        self.show(loaded, &key, origin, opened);
    }

    /// Keeps the graph in use (one a link opened for the visit): adds it to
    /// the list of graphs and makes it the graph of the next visit.
    fn keep(&self, key: &str) {
        let Some((title, origin)) = self
            .current
            .borrow()
            .as_ref()
            .filter(|c| c.key == key)
            .map(|c| (c.graph.title().to_owned(), c.origin.clone()))
        else {
            self.problem("That graph is no longer open: open its link again to keep it.".to_owned());
            return;
        };
        let library = self.change_library(|library| {
            library.remember(Entry { key: key.to_owned(), title: title.clone(), origin, added: platform::epoch_ms() })
        });
        match platform::write(LIBRARY_KEY, &library.encode()).and_then(|()| platform::write(CURRENT_KEY, key)) {
            Ok(()) => self.notify.emit(Notice::info(format!(
                "{} is kept: it is in your graphs, and opens on your next visit.",
                isolate_bidi(&title)
            ))),
            Err(e) => self.problem(format!("{} could not be kept for your next visit: {e}.", isolate_bidi(&title))),
        }
    }

    fn progress(&self, what: String) -> impl Fn(f64, Option<f64>) {
        let loading = self.loading.clone();
        move |done, total| loading.set(Some(Loading { what: what.clone(), done, total, checking: false }))
    }

    /// What the page says when an address could not be fetched.
    fn stays_text(&self) -> &'static str {
        if self.has_current() {
            "The current graph stays."
        } else {
            "The built-in graph is shown instead."
        }
    }

    /// What the page says when a graph did not replace the current one.
    fn kept_text(&self) -> &'static str {
        kept_words(self.has_current())
    }

    /// Has the graph checker read and check a graph, then adopts it (or
    /// says why not). The page stays responsive meanwhile, and the person
    /// can cancel.
    fn check_then_adopt(&self, check: Check, origin: Origin, opened: Opened) {
        let loader = self.clone();
        platform::spawn(async move {
            let what = origin.describe();
            loader.loading.set(Some(Loading { what: what.clone(), done: 0.0, total: None, checking: true }));
            let checked = platform::check(&check).await;
            loader.loading.set(None);
            match checked {
                Ok(checked) => {
                    platform::mark("sb:graph-checked");
                    loader.adopt(checked.result, origin, checked.kept, opened);
                }
                Err(e) => {
                    // A piece that is not text names itself.
                    let why = match e {
                        PlatformError::NotText(_) => capitalise(&e.to_string()),
                        e => format!("{} could not be loaded: {e}", capitalise(&what)),
                    };
                    loader.problem(format!("{why}. {}", loader.kept_text()));
                    loader.show_builtin_if_none();
                }
            }
        });
    }

    /// Checks and adopts JSON text the page holds (pasted, or sent by the
    /// page that embeds the app); `keep`: keep it for the next visit.
    pub fn open_text(&self, text: String, origin: Origin, keep: bool, opened: Opened) {
        let check = Check {
            kind: Kind::Json,
            title: String::new(),
            pieces: vec![(origin.describe(), Piece::Text(text))],
            keep,
        };
        self.check_then_adopt(check, origin, opened);
    }

    /// Fetches and adopts a graph from a URL (or the atlas next to the
    /// app), once the one address rule allows it: resolved against the
    /// page's address and judged by where it really leads; a refused
    /// address is said, with why. `opened`: how (a link's own origin is
    /// judged here).
    pub fn fetch(&self, url: String, origin: Origin, opened: Opened) {
        let fetchable = match resolve(&url, &platform::href()) {
            Ok(fetchable) => fetchable,
            Err(refused) => {
                self.problem(format!("{} {}", refused.message, self.stays_text()));
                self.show_builtin_if_none();
                return;
            }
        };
        let opened = match opened {
            Opened::Link { .. } => Opened::Link { same_origin: fetchable.same_origin },
            other => other,
        };
        if origin == Origin::Atlas {
            self.fetch_atlas(fetchable.url, opened);
        } else {
            self.fetch_and_check(fetchable.url, origin, opened);
        }
    }

    /// Fetches the atlas checked at build time and adopts it, read without
    /// the graph checker (no JSON to parse, nothing to check: about half a
    /// second less before it can be used); its JSON through the checker
    /// when that copy cannot be had or read.
    fn fetch_atlas(&self, json: String, opened: Opened) {
        let Ok(checked) = resolve(ATLAS_CHECKED, &platform::href()) else {
            return self.fetch_and_check(json, Origin::Atlas, opened);
        };
        let loader = self.clone();
        platform::spawn(async move {
            let read = match loader.download(&checked.url, Origin::Atlas.describe(), true).await {
                Ok(body) => platform::read_checked(body).await,
                Err(e) => Err(e),
            };
            loader.loading.set(None);
            match read {
                Ok(result) => {
                    platform::mark("sb:graph-checked");
                    loader.adopt(result, Origin::Atlas, None, opened);
                }
                // No answer in time: the JSON beside it is as much to
                // download (384 against 288 KB gzip) from the same host, so
                // trying it would only make the person wait as long again.
                Err(e @ PlatformError::Timeout(_)) => loader.could_not_load(&Origin::Atlas.describe(), &e),
                Err(_) => loader.fetch_and_check(json, Origin::Atlas, opened),
            }
        });
    }

    /// Says a graph could not be downloaded, and shows the built-in graph
    /// if nothing is shown yet.
    fn could_not_load(&self, what: &str, e: &PlatformError) {
        self.problem(format!("Could not load {what}: {e}. {}", self.stays_text()));
        self.show_builtin_if_none();
    }

    /// Downloads a graph's bytes, saying how far it has got (`unpack`: a
    /// gzip body unpacked as it arrives); marks for the browser benchmark.
    /// The page keeps saying it is loading until the caller has gone on with
    /// the bytes: clearing it here would draw a frame for nothing between
    /// the download and the graph (about 10 ms on the atlas).
    async fn download(&self, url: &str, what: String, unpack: bool) -> Result<Body, PlatformError> {
        let timeout = self.boot.options.timeout_ms.unwrap_or(platform::TIMEOUT_MS);
        self.loading.set(Some(Loading { what: what.clone(), done: 0.0, total: None, checking: false }));
        let progress = self.progress(what);
        platform::mark("sb:fetch-start");
        let result = platform::fetch_body(url, timeout, &progress, unpack).await;
        platform::mark("sb:fetch-end");
        if result.is_err() {
            self.loading.set(None);
        }
        result
    }

    /// Fetches a graph from an address already allowed, has the graph
    /// checker check it, and adopts it.
    fn fetch_and_check(&self, url: String, origin: Origin, opened: Opened) {
        let loader = self.clone();
        // The graph checker starts while the graph downloads.
        platform::warm_up();
        platform::spawn(async move {
            let what = origin.describe();
            match loader.download(&url, what.clone(), false).await {
                Ok(body) => {
                    let check = Check {
                        kind: Kind::Json,
                        title: String::new(),
                        pieces: vec![(what, Piece::Body(body))],
                        keep: false,
                    };
                    loader.check_then_adopt(check, origin, opened);
                }
                Err(e) => loader.could_not_load(&what, &e),
            }
        });
    }

    /// Reads and adopts files: one JSON graph, or CSV files.
    fn open_files(&self, files: Vec<PickedFile>) {
        if files.is_empty() {
            return;
        }
        let csv = files.iter().filter(|f| f.name().to_ascii_lowercase().ends_with(".csv")).count();
        if csv > 0 && csv < files.len() {
            self.problem("Choose either one JSON graph or the CSV files of one spreadsheet (roles, skills, transitions), not both. Nothing was replaced.".to_owned());
            return;
        }
        if csv == 0 && files.len() > 1 {
            self.problem(format!(
                "Choose one graph file at a time ({} were chosen). Nothing was replaced.",
                files.len()
            ));
            return;
        }
        if let Some(big) = files.iter().find(|f| f.size() > f64::from(MAX_GRAPH_BYTES)) {
            let e = PlatformError::TooLarge(format!("the file {}", big.name()), big.size());
            self.problem(format!("{}. {}", capitalise(&e.to_string()), self.kept_text()));
            return;
        }
        let names: Vec<String> = files.iter().map(PickedFile::name).collect();
        let (kind, title, origin) = if csv > 0 {
            let title = format!("Spreadsheet graph ({})", names.join(", "));
            (Kind::Csv, title, Origin::Spreadsheet(names))
        } else {
            (Kind::Json, String::new(), Origin::File(names.concat()))
        };
        // Kept for the next visit as the text itself (a spreadsheet as the
        // list of its files, to be read the same way again).
        let pieces = files.into_iter().map(|f| (f.name(), Piece::File(f))).collect();
        self.check_then_adopt(Check { kind, title, pieces, keep: true }, origin, Opened::Switched);
    }

    /// Switches to a graph by key.
    fn pick(&self, key: &str) {
        match key {
            BUILTIN_KEY => {
                let _ = platform::write(CURRENT_KEY, BUILTIN_KEY);
                self.show_builtin(Opened::Switched);
            }
            ATLAS_KEY => self.fetch(ATLAS_FILE.to_owned(), Origin::Atlas, Opened::Switched),
            _ => match self.remembered(key) {
                Some(Entry { origin: Origin::Url(url), .. }) => {
                    self.fetch(url.clone(), Origin::Url(url), Opened::Switched);
                }
                Some(entry) => self.reopen(&entry, Opened::Switched),
                None => self.problem("That graph is no longer in your list.".to_owned()),
            },
        }
    }

    /// Loads a remembered graph from the text kept in the browser.
    fn reopen(&self, entry: &Entry, opened: Opened) {
        let text = match platform::read(&text_key(&entry.key)) {
            Ok(Some(text)) => text,
            Ok(None) => {
                self.problem(format!(
                    "{} was not kept in this browser (it may have been too large): open it again.",
                    isolate_bidi(&entry.title)
                ));
                self.show_builtin_if_none();
                return;
            }
            Err(e) => {
                self.problem(format!("{} could not be read back: {e}.", isolate_bidi(&entry.title)));
                return;
            }
        };
        let kind = if matches!(entry.origin, Origin::Spreadsheet(_)) { Kind::Csv } else { Kind::Json };
        // Already kept: nothing to keep again.
        let check = Check {
            kind,
            title: entry.title.clone(),
            pieces: vec![(entry.title.clone(), Piece::Text(text))],
            keep: false,
        };
        self.check_then_adopt(check, entry.origin.clone(), opened);
    }

    fn forget(&self, key: &str) {
        let library = self.change_library(|library| library.forget(key));
        let _ = platform::write(LIBRARY_KEY, &library.encode());
        let _ = platform::remove(&text_key(key));
        let _ = platform::remove(&progress_key(key));
        if self.current.borrow().as_ref().is_some_and(|c| c.key == key) {
            self.pick(BUILTIN_KEY);
        }
    }

    /// Does what the person asked.
    pub fn run(&self, command: GraphCommand) {
        match command {
            GraphCommand::OpenFiles(files) => self.open_files(files),
            GraphCommand::Paste(text) => {
                if text.trim().is_empty() {
                    self.problem("The paste box is empty: paste a graph's JSON text first.".to_owned());
                } else {
                    self.open_text(text, Origin::Pasted, true, Opened::Switched);
                }
            }
            GraphCommand::Url(url) => {
                let url = url.trim().to_owned();
                self.fetch(url.clone(), Origin::Url(url), Opened::Switched);
            }
            GraphCommand::Keep(key) => self.keep(&key),
            GraphCommand::Pick(key) => self.pick(&key),
            GraphCommand::Forget(key) => self.forget(&key),
            GraphCommand::Cancel => platform::cancel_checks(),
        }
    }
}

/// Sets an unreadable record aside (copied under another key, never just
/// deleted), or keeps it where it is when it cannot be copied, and says
/// which.
pub fn set_aside(record: &Unreadable, notify: &Callback<Notice>) {
    let aside = platform::set_aside(&record.key, &record.text);
    notify.emit(Notice::problem(record.message(aside.as_deref().map_err(String::as_str))));
}

/// The graph in use and the loader, started from the boot: the first graph
/// is shown on the first render; the rest (setting aside an unreadable list
/// of graphs, notices, a graph to fetch) happens once mounted.
#[hook]
pub fn use_graph_loader(boot: Rc<Boot>, notify: Callback<Notice>) -> (Option<Current>, Graphs, GraphLoader) {
    let start = use_mut_ref(|| Some(start_up(&boot)));
    let first = start.borrow().as_ref().map(|s| (s.current.clone(), s.library.clone()));
    let (first_current, first_library) = first.unwrap_or_default();
    let current = use_mut_ref({
        let first_current = first_current.clone();
        move || first_current
    });
    let current_shown = use_state(move || first_current);
    let library = use_mut_ref({
        let first_library = first_library.clone();
        move || first_library
    });
    let library_shown = use_state(move || Rc::new(first_library));
    let loading = use_state(|| None::<Loading>);
    let loader = GraphLoader {
        current,
        current_shown: current_shown.clone(),
        library,
        library_shown: library_shown.clone(),
        loading: loading.clone(),
        notify,
        boot,
    };
    {
        let loader = loader.clone();
        use_effect_with((), move |_| {
            if let Some(start) = start.borrow_mut().take() {
                for record in &start.unreadable {
                    set_aside(record, &loader.notify);
                }
                for notice in start.notices {
                    loader.notify.emit(notice);
                }
                if let Some((url, origin, link)) = start.fetch {
                    // (`fetch` judges a link's origin from where it leads.)
                    let opened = if link { Opened::Link { same_origin: false } } else { Opened::Chosen };
                    loader.fetch(url, origin, opened);
                }
                if let Some(entry) = start.reopen {
                    loader.reopen(&entry, Opened::Chosen);
                }
            }
        });
    }
    let run = {
        let loader = loader.clone();
        use_callback((), move |command: GraphCommand, _| loader.run(command))
    };
    let graphs = match &*current_shown {
        Some(c) => Graphs {
            key: c.key.clone(),
            origin: c.origin.clone(),
            library: (*library_shown).clone(),
            loading: (*loading).clone(),
            run,
        },
        None => Graphs { library: (*library_shown).clone(), loading: (*loading).clone(), run, ..Graphs::default() },
    };
    ((*current_shown).clone(), graphs, loader)
}
