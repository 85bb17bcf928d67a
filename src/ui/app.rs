//! The app: which graph is explored, where it came from, and the graphs the
//! person has used.
//!
//! Every source goes through the same door, [`Door::adopt`]: the text is
//! validated first, and only a graph without errors replaces the current one
//! (the person's progress is stored per graph, so nothing of it is touched).
//! Anything else (a dead URL, a timeout, a bad or empty or huge file, text
//! that is not JSON) leaves the current graph as it was and adds a notice
//! saying exactly what happened.
//!
//! Graphs from files and pasted text are kept in the browser, so they are
//! there after a reload; graphs from URLs are fetched again. The current
//! graph is remembered too.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::notices::{Notice, NoticeLevel};
use super::{Explorer, GraphRef};
use crate::data::BUILTIN_JSON;
use crate::domain::csv::load_csv;
use crate::domain::library::{Entry, Library, Origin, ATLAS_FILE, ATLAS_KEY, BUILTIN_KEY};
use crate::domain::options::{is_fetchable, PageOptions};
use crate::domain::report::Report;
use crate::domain::validate::{load_json, Loaded};
use crate::platform::{self, PickedFile};

/// How long an embed waits for its inline graph before showing the
/// built-in one.
const INLINE_WAIT_MS: u32 = 5_000;
/// Where the list of remembered graphs is stored.
pub const LIBRARY_KEY: &str = "switchback/graphs/v1";
/// Where the key of the current graph is stored.
pub const CURRENT_KEY: &str = "switchback/current/v1";

/// Where a remembered graph's text is stored.
pub fn text_key(key: &str) -> String {
    format!("switchback/graph/v1/{key}")
}

/// Props for [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the page address asked for.
    #[prop_or_default]
    pub options: PageOptions,
    /// The address of the folder the page is in (for embed snippets).
    #[prop_or_default]
    pub page_folder: AttrValue,
    /// The page was opened from a local file.
    #[prop_or_default]
    pub local_file: bool,
}

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
}

/// A read in progress: what, and bytes so far of how many.
#[derive(Clone, PartialEq)]
pub struct Loading {
    /// What is being read ("the file careers.json").
    pub what: String,
    /// Bytes so far.
    pub done: f64,
    /// Bytes in all, when known.
    pub total: Option<f64>,
}

fn builtin() -> Option<Current> {
    load_json(BUILTIN_JSON).ok().map(|l| Current {
        graph: GraphRef::new(l.graph),
        key: BUILTIN_KEY.into(),
        origin: Origin::Builtin,
    })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// Everything a loader needs: where to put the graph, the list of graphs,
/// progress and notices. Cheap to clone into callbacks and futures.
#[derive(Clone)]
struct Door {
    current: UseStateHandle<Option<Current>>,
    /// The list of graphs: the cell is the truth (futures and effects see
    /// every change at once); the state re-renders the list.
    library: Rc<std::cell::RefCell<Library>>,
    library_shown: UseStateHandle<Library>,
    loading: UseStateHandle<Option<Loading>>,
    notice: Callback<(NoticeLevel, String, Vec<String>)>,
    timeout_ms: u32,
}

impl Door {
    /// Changes the list of graphs and shows the change; returns the list.
    fn change_library(&self, change: impl FnOnce(&mut Library)) -> Library {
        let library = {
            let mut library = self.library.borrow_mut();
            change(&mut library);
            library.clone()
        };
        self.library_shown.set(library.clone());
        library
    }

    /// A remembered graph (a copy: the list may change while it is used).
    fn remembered(&self, key: &str) -> Option<Entry> {
        self.library.borrow().get(key).cloned()
    }

    fn problem(&self, text: String) {
        self.notice.emit((NoticeLevel::Problem, text, Vec::new()));
    }

    /// Makes a validated graph current, or reports why it cannot be.
    /// `raw` is the text to keep when the origin cannot be fetched again.
    fn adopt(&self, result: Result<Loaded, Report>, origin: Origin, raw: Option<String>) {
        let what = origin.describe();
        let loaded = match result {
            Ok(loaded) => loaded,
            Err(report) => {
                let kept = if self.current.is_some() {
                    "Nothing was replaced: the current graph and your progress are as they were."
                } else {
                    "The built-in graph is shown instead."
                };
                self.notice.emit((
                    NoticeLevel::Problem,
                    format!("{} could not be loaded: it has {}. {kept}", capitalise(&what), report.summary()),
                    report.problems.iter().map(ToString::to_string).collect(),
                ));
                if self.current.is_none() {
                    self.current.set(builtin());
                }
                return;
            }
        };
        let key = origin.key(loaded.graph.title());
        if loaded.report.warning_count() > 0 && !origin.shipped() {
            self.notice.emit((
                NoticeLevel::Info,
                format!("Loaded {what}, with {}.", loaded.report.summary()),
                loaded.report.warnings().map(ToString::to_string).collect(),
            ));
        }
        if origin.remembered() {
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
        if let (true, Some(raw)) = (origin.keeps_text(), raw) {
            if let Err(e) = platform::write(&text_key(&key), &raw) {
                self.notice.emit((
                    NoticeLevel::Info,
                    format!("{} is open, but it could not be kept for your next visit ({e}).", capitalise(&what)),
                    Vec::new(),
                ));
            }
        }
        let _ = platform::write(CURRENT_KEY, &key);
        self.current.set(Some(Current { graph: GraphRef::new(loaded.graph), key: key.into(), origin }));
    }

    fn progress(&self, what: String) -> impl Fn(f64, Option<f64>) {
        let loading = self.loading.clone();
        move |done, total| loading.set(Some(Loading { what: what.clone(), done, total }))
    }

    /// Fetches and adopts a graph from a URL (or the atlas next to the app).
    fn fetch(&self, url: String, origin: Origin) {
        let door = self.clone();
        spawn_local(async move {
            let what = origin.describe();
            door.loading.set(Some(Loading { what: what.clone(), done: 0.0, total: None }));
            let progress = door.progress(what.clone());
            // Marks for the browser benchmark: fetched, then checked and indexed.
            platform::mark("sb:fetch-start");
            let result = platform::fetch_text(&url, door.timeout_ms, &progress).await;
            platform::mark("sb:fetch-end");
            door.loading.set(None);
            match result {
                Ok(text) => {
                    let loaded = load_json(&text);
                    platform::mark("sb:graph-checked");
                    door.adopt(loaded, origin, None);
                }
                Err(e) => {
                    let kept = if door.current.is_some() {
                        "The current graph stays."
                    } else {
                        "The built-in graph is shown instead."
                    };
                    door.problem(format!("Could not load {what}: {e}. {kept}"));
                    if door.current.is_none() {
                        door.current.set(builtin());
                    }
                }
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
        let door = self.clone();
        spawn_local(async move {
            let mut texts = Vec::new();
            for file in &files {
                let what = format!("the file {}", file.name());
                let progress = door.progress(what.clone());
                let read = platform::read_file(file, &progress).await;
                door.loading.set(None);
                match read {
                    Ok(text) => texts.push((file.name(), text)),
                    Err(e) => {
                        door.problem(format!(
                            "{}. Nothing was replaced: the current graph and your progress are as they were.",
                            capitalise(&e.to_string())
                        ));
                        return;
                    }
                }
            }
            if csv > 0 {
                let names: Vec<String> = texts.iter().map(|(n, _)| n.clone()).collect();
                let title = format!("Spreadsheet graph ({})", names.join(", "));
                // Kept as the files themselves, to be read the same way again.
                let raw = serde_json::to_string(&texts).unwrap_or_default();
                door.adopt(load_csv(&texts, &title), Origin::Spreadsheet(names), Some(raw));
            } else if let Some((name, text)) = texts.pop() {
                door.adopt(load_json(&text), Origin::File(name), Some(text));
            }
        });
    }

    /// Switches to a graph by key.
    fn pick(&self, key: &str) {
        match key {
            BUILTIN_KEY => {
                let _ = platform::write(CURRENT_KEY, BUILTIN_KEY);
                self.current.set(builtin());
            }
            ATLAS_KEY => self.fetch(ATLAS_FILE.to_owned(), Origin::Atlas),
            _ => match self.remembered(key) {
                Some(Entry { origin: Origin::Url(url), .. }) => self.fetch(url.clone(), Origin::Url(url)),
                Some(entry) => self.reopen(&entry),
                None => self.problem("That graph is no longer in your list.".to_owned()),
            },
        }
    }

    /// Loads a remembered graph from the text kept in the browser.
    fn reopen(&self, entry: &Entry) {
        let text = match platform::read(&text_key(&entry.key)) {
            Ok(Some(text)) => text,
            Ok(None) => {
                self.problem(format!(
                    "{} was not kept in this browser (it may have been too large): open it again.",
                    entry.title
                ));
                if self.current.is_none() {
                    self.current.set(builtin());
                }
                return;
            }
            Err(e) => {
                self.problem(format!("{} could not be read back: {e}.", entry.title));
                return;
            }
        };
        let result = match &entry.origin {
            Origin::Spreadsheet(_) => {
                let files: Option<Vec<(String, String)>> = serde_json::from_str(&text).ok();
                match files {
                    Some(files) => load_csv(&files, &entry.title),
                    None => {
                        self.problem(format!(
                            "The copy of {} kept in this browser is damaged: open the files again.",
                            entry.title
                        ));
                        return;
                    }
                }
            }
            _ => load_json(&text),
        };
        self.adopt(result, entry.origin.clone(), Some(text));
    }

    fn forget(&self, key: &str) {
        let library = self.change_library(|library| library.forget(key));
        let _ = platform::write(LIBRARY_KEY, &library.encode());
        let _ = platform::remove(&text_key(key));
        let _ = platform::remove(&super::progress_key(key));
        if self.current.as_ref().is_some_and(|c| c.key == key) {
            self.pick(BUILTIN_KEY);
        }
    }

    fn run(&self, command: GraphCommand) {
        match command {
            GraphCommand::OpenFiles(files) => self.open_files(files),
            GraphCommand::Paste(text) => {
                if text.trim().is_empty() {
                    self.problem("The paste box is empty: paste a graph's JSON text first.".to_owned());
                } else {
                    self.adopt(load_json(&text), Origin::Pasted, Some(text));
                }
            }
            GraphCommand::Url(url) => {
                let url = url.trim().to_owned();
                if is_fetchable(&url) {
                    self.fetch(url.clone(), Origin::Url(url));
                } else {
                    self.problem(format!(
                        "\u{201c}{url}\u{201d} is not an address Switchback can load: use an http:// or https:// link."
                    ));
                }
            }
            GraphCommand::Pick(key) => self.pick(&key),
            GraphCommand::Forget(key) => self.forget(&key),
        }
    }
}

/// The whole app, mounted in the page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = &props.options;
    // An embed waiting for its inline graph, or a page asking for another
    // graph, starts with none rather than flashing the built-in one.
    let current = use_state(|| if options.inline || options.graph.is_some() { None } else { builtin() });
    let library = use_mut_ref(Library::default);
    let library_shown = use_state(Library::default);
    let notices = use_state(Vec::<Notice>::new);
    let notices_ref = use_mut_ref(Vec::<Notice>::new);
    let next_id = use_mut_ref(|| 0u32);
    let loading = use_state(|| None::<Loading>);

    let add_notice = {
        let (notices, notices_ref) = (notices.clone(), notices_ref.clone());
        Callback::from(move |(level, text, details): (NoticeLevel, String, Vec<String>)| {
            let id = {
                let mut n = next_id.borrow_mut();
                *n += 1;
                *n
            };
            // Several notices can arrive before a render; keep them all.
            let mut list = notices_ref.borrow_mut();
            list.push(Notice { id, level, text, details });
            notices.set(list.clone());
        })
    };
    let ondismiss = {
        let (notices, notices_ref) = (notices.clone(), notices_ref.clone());
        Callback::from(move |id: u32| {
            let mut list = notices_ref.borrow_mut();
            list.retain(|n| n.id != id);
            notices.set(list.clone());
        })
    };
    let door = Door {
        current: current.clone(),
        library: library.clone(),
        library_shown: library_shown.clone(),
        loading: loading.clone(),
        notice: add_notice.clone(),
        timeout_ms: options.timeout_ms.unwrap_or(platform::TIMEOUT_MS),
    };

    // Start: the list of graphs, then the graph the page asks for, else the
    // one in use last time.
    {
        let door = door.clone();
        let options = options.clone();
        use_effect_with((), move |_| {
            if let Ok(Some(text)) = platform::read(LIBRARY_KEY) {
                match Library::decode(&text) {
                    Ok(lib) => {
                        door.change_library(|library| *library = lib);
                    }
                    Err(problem) => {
                        let kept = platform::set_aside(LIBRARY_KEY, &text)
                            .map(|k| format!(" It was set aside under \u{201c}{k}\u{201d}."))
                            .unwrap_or_default();
                        door.problem(format!("Your list of graphs could not be used: {problem}.{kept}"));
                    }
                }
            }
            if let Some(url) = options.graph.clone() {
                door.fetch(url.clone(), Origin::Url(url));
            } else if !options.inline && !options.embed {
                let last = platform::read(CURRENT_KEY).ok().flatten();
                match last.as_deref() {
                    None | Some(BUILTIN_KEY) => {}
                    Some(ATLAS_KEY) => door.fetch(ATLAS_FILE.to_owned(), Origin::Atlas),
                    Some(key) => match door.remembered(key) {
                        Some(Entry { origin: Origin::Url(url), .. }) => door.fetch(url.clone(), Origin::Url(url)),
                        Some(entry) => door.reopen(&entry),
                        None => {}
                    },
                }
            }
        });
    }

    // Embedded: say we are ready, keep the parent informed of our height,
    // and take an inline graph from the parent page.
    {
        let door = door.clone();
        let options = options.clone();
        use_effect_with((), move |_| {
            let mut keep: Vec<Box<dyn std::any::Any>> = Vec::new();
            if let (true, Some(parent)) = (options.embed, options.parent.clone()) {
                let id = options.id.clone().unwrap_or_default();
                if options.inline {
                    let received = Rc::new(std::cell::Cell::new(false));
                    let (got, on_door) = (received.clone(), door.clone());
                    keep.extend(
                        platform::on_parent_graph(parent.clone(), move |json| {
                            got.set(true);
                            on_door.adopt(load_json(&json), Origin::Inline, None);
                        })
                        .map(|l| Box::new(l) as Box<dyn std::any::Any>),
                    );
                    let door = door.clone();
                    keep.push(Box::new(platform::after(INLINE_WAIT_MS, move || {
                        if !received.get() && door.current.is_none() {
                            door.current.set(builtin());
                            door.problem("The page did not send its graph, so the built-in graph is shown.".to_owned());
                        }
                    })));
                }
                let (parent_h, id_h) = (parent.clone(), id.clone());
                keep.extend(
                    platform::observe_height(move |h| platform::post_height(&parent_h, &id_h, h))
                        .map(|o| Box::new(o) as Box<dyn std::any::Any>),
                );
                platform::post_ready(&parent, &id);
            } else if options.inline {
                // Not embedded after all: nothing will send a graph.
                door.current.set(builtin());
            }
            move || drop(keep)
        });
    }

    let ongraph = {
        let door = door.clone();
        Callback::from(move |command: GraphCommand| door.run(command))
    };

    match &*current {
        Some(c) => html! {
            <Explorer key={c.key.to_string()} graph={c.graph.clone()} storage_key={c.key.clone()}
                origin={c.origin.clone()} library={(*library_shown).clone()}
                notices={(*notices).clone()} onnotice={add_notice} {ondismiss}
                loading={(*loading).clone()}
                embed={options.embed} initial={options.initial.clone()} theme={options.theme}
                page_folder={props.page_folder.clone()} local_file={props.local_file} {ongraph} />
        },
        None => html! {
            <div class={classes!("switchback", options.embed.then_some("sb-embed"))}>
                <p class="sb-notice" role="status">
                    { match &*loading {
                        Some(l) => format!("Loading {}\u{2026}", l.what),
                        None => "Loading the graph\u{2026}".to_owned(),
                    } }
                </p>
            </div>
        },
    }
}
