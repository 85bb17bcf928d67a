//! The explorer: the state, and keeping it in step with the address bar and
//! the browser's storage.
//!
//! All changes go through `ExplorerState::apply` (pure, in the domain). This
//! component only wires it to the outside world, in effects:
//!
//! - on start (before the first render, so a graph is drawn once): read the
//!   address (a deep link wins), then the saved progress and preferences;
//!   unreadable records are set aside, with a notice once mounted;
//! - when the view changes: write the canonical address (a new history entry
//!   when the person did something, a rewrite when the address already said
//!   so, as after following a plain `#/role/x` link);
//! - when progress or preferences change: save them.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::app::{GraphCommand, Loading};
use super::notices::{Notice, NoticeLevel};
use super::{GraphRef, Shell};
use crate::domain::library::{Library, Origin};
use crate::domain::progress::{Prefs, Progress, StoredProblem};
use crate::domain::route::Route;
use crate::domain::state::{Action, ExplorerState, Theme};
use crate::platform::{self, PlatformError};

/// The key preferences are stored under (shared by all graphs).
pub const PREFS_KEY: &str = "switchback/prefs/v1";

/// The key a graph's progress is stored under.
pub fn progress_key(graph_key: &str) -> String {
    format!("switchback/progress/v1/{graph_key}")
}

/// The reducer: a thin adapter over [`ExplorerState::apply`] that keeps the
/// same `Rc` (so Yew skips re-rendering) when nothing changed.
#[derive(Debug, PartialEq)]
pub struct Store(pub ExplorerState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// Props for [`Explorer`].
#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    /// The graph.
    pub graph: GraphRef,
    /// Identifies the graph in storage (`builtin`, `url:<address>`, ...).
    pub storage_key: AttrValue,
    /// Notices to show.
    pub notices: Vec<Notice>,
    /// Adds a notice: level, text, details.
    pub onnotice: Callback<(NoticeLevel, String, Vec<String>)>,
    /// Dismisses a notice.
    pub ondismiss: Callback<u32>,
    /// Where the graph came from.
    #[prop_or(Origin::Builtin)]
    pub origin: Origin,
    /// The graphs the person has used.
    #[prop_or_default]
    pub library: Library,
    /// A graph being read, if any.
    #[prop_or_default]
    pub loading: Option<Loading>,
    /// Compact chrome for an iframe.
    #[prop_or_default]
    pub embed: bool,
    /// The view to open when the address has no hash (from page options).
    #[prop_or_default]
    pub initial: Option<Route>,
    /// The theme the page asked for.
    #[prop_or_default]
    pub theme: Option<Theme>,
    /// The address of the folder the page is in (for embed snippets).
    #[prop_or_default]
    pub page_folder: AttrValue,
    /// The page was opened from a local file.
    #[prop_or_default]
    pub local_file: bool,
    /// Something asked of the graphs panel (load, switch, forget).
    #[prop_or_default]
    pub ongraph: Callback<GraphCommand>,
}

/// Reads and decodes a stored record; an unreadable one is set aside (kept
/// under another key) and a notice about it is added to `notices`. `Err`
/// when storage itself is refused.
fn restore<T>(
    key: &str,
    what: &str,
    decode: fn(&str) -> Result<T, StoredProblem>,
    notices: &mut Vec<String>,
) -> Result<Option<T>, PlatformError> {
    let Some(text) = platform::read(key)? else { return Ok(None) };
    match decode(&text) {
        Ok(value) => Ok(Some(value)),
        Err(problem) => {
            let kept = match platform::set_aside(key, &text) {
                Ok(aside) => {
                    format!("It was set aside under \u{201c}{aside}\u{201d} in this browser's storage, not deleted.")
                }
                Err(e) => format!("It could not be set aside: {e}."),
            };
            notices.push(format!("Your saved {what} could not be used: {problem}. Switchback started fresh. {kept}"));
            Ok(None)
        }
    }
}

/// What the explorer starts from, read before its first render so that a
/// graph is drawn once, already open where the address says.
struct Start {
    state: ExplorerState,
    /// Problems with saved records, to show once mounted.
    notices: Vec<String>,
    /// Storage refused to be read.
    refused: Option<PlatformError>,
}

fn start(initial: Option<Route>, page_theme: Option<Theme>, progress_key: &str) -> Start {
    // A deep link wins; without one, the view the page options ask for.
    let hash = platform::hash();
    let route = match (hash.trim_start_matches('#').trim_start_matches('/').is_empty(), initial) {
        (true, Some(initial)) => initial,
        _ => Route::parse(&hash),
    };
    let mut state = ExplorerState::new().apply(Action::Navigate(route));
    let mut notices = Vec::new();
    let mut refused = None;
    let restored = restore(PREFS_KEY, "preferences", Prefs::decode, &mut notices)
        .and_then(|prefs| Ok((prefs, restore(progress_key, "progress", Progress::decode, &mut notices)?)));
    match restored {
        Ok((prefs, progress)) => {
            if let Some(prefs) = prefs {
                state = state.apply(Action::SetTheme(prefs.theme));
            }
            if let Some(progress) = progress {
                state = state.apply(Action::Restore(progress));
            }
        }
        Err(e) => refused = Some(e),
    }
    if let Some(theme) = page_theme {
        state = state.apply(Action::SetTheme(theme));
    }
    Start { state, notices, refused }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

fn report_save(
    result: Result<(), PlatformError>,
    onnotice: &Callback<(NoticeLevel, String, Vec<String>)>,
    reported: &Rc<std::cell::RefCell<bool>>,
) {
    // Say it once, not on every tick of a checkbox.
    if let Err(e) = result {
        if !reported.replace(true) {
            onnotice.emit((NoticeLevel::Problem, capitalise(&e.to_string()) + ".", Vec::new()));
        }
    }
}

/// The explorer for one graph.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    // What could not be restored, said once mounted.
    let unsaid = use_mut_ref(|| None::<(Vec<String>, Option<PlatformError>)>);
    let store = use_reducer(|| {
        let Start { state, notices, refused } =
            start(props.initial.clone(), props.theme, &progress_key(&props.storage_key));
        *unsaid.borrow_mut() = Some((notices, refused));
        Store(state)
    });
    let ready = use_state(|| false);
    let status = use_state(String::new);
    let save_reported = use_mut_ref(|| false);

    // Once mounted: say what could not be restored, then follow the address
    // and the "/" shortcut for as long as the explorer lives.
    {
        let dispatcher = store.dispatcher();
        let ready = ready.clone();
        let onnotice = props.onnotice.clone();
        let reported = save_reported.clone();
        use_effect_with((), move |_| {
            if let Some((notices, refused)) = unsaid.borrow_mut().take() {
                for notice in notices {
                    onnotice.emit((NoticeLevel::Problem, notice, Vec::new()));
                }
                // Storage is off: say so once, and not again on every save.
                if let Some(e) = refused {
                    *reported.borrow_mut() = true;
                    onnotice.emit((NoticeLevel::Problem, capitalise(&e.to_string()) + ".", Vec::new()));
                }
            }
            ready.set(true);
            let on_hash = {
                let dispatcher = dispatcher.clone();
                platform::on_hash_change(move |hash| dispatcher.dispatch(Action::Navigate(Route::parse(&hash))))
            };
            let on_key = platform::key_listener(|e| {
                if e.key() == "/" && !e.ctrl_key() && !e.meta_key() && !e.alt_key() && !platform::is_typing_target(e) {
                    e.prevent_default();
                    platform::focus("sb-search");
                }
            });
            move || drop((on_hash, on_key))
        });
    }

    // The address follows the view.
    {
        let state = store.0.clone();
        use_effect_with((store.0.route(), *ready), move |(route, ready)| {
            if *ready {
                let canonical = route.to_hash();
                let current = platform::hash();
                if current != canonical {
                    // If the current address already leads to this state (it
                    // only lacks the plan), rewrite it; otherwise the person
                    // did something new: add a history entry.
                    if state.apply(Action::Navigate(Route::parse(&current))) == state {
                        platform::replace_hash(&canonical);
                    } else {
                        platform::push_hash(&canonical);
                    }
                }
            }
        });
    }

    // Progress and preferences are saved when they change.
    {
        let key = progress_key(&props.storage_key);
        let onnotice = props.onnotice.clone();
        let reported = save_reported.clone();
        use_effect_with((store.0.progress(), *ready), move |(progress, ready)| {
            if *ready {
                let result = if progress.is_empty() {
                    platform::remove(&key)
                } else {
                    platform::write(&key, &progress.encode())
                };
                report_save(result, &onnotice, &reported);
            }
        });
    }
    {
        let onnotice = props.onnotice.clone();
        let reported = save_reported.clone();
        use_effect_with((store.0.theme, *ready), move |(theme, ready)| {
            if *ready {
                report_save(platform::write(PREFS_KEY, &Prefs { theme: *theme }.encode()), &onnotice, &reported);
            }
        });
    }

    let ondispatch = {
        let dispatcher = store.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let copy = |what: &'static str| {
        let status = status.clone();
        let onnotice = props.onnotice.clone();
        Callback::from(move |text: String| {
            let status = status.clone();
            let onnotice = onnotice.clone();
            spawn_local(async move {
                match platform::copy_text(&text).await {
                    Ok(()) => status.set(format!("{what} copied to the clipboard.")),
                    Err(e) => onnotice.emit((
                        NoticeLevel::Problem,
                        format!("Could not copy the {}: {e}.", what.to_ascii_lowercase()),
                        Vec::new(),
                    )),
                }
            });
        })
    };
    let oncopylink = {
        let copy = copy("Link");
        Callback::from(move |_: ()| copy.emit(platform::href()))
    };
    let oncopyplan = copy("Plan");
    let onprint = Callback::from(|_: ()| platform::print_page());

    html! {
        <Shell
            graph={props.graph.clone()}
            graph_key={props.storage_key.clone()}
            state={Rc::new(store.0.clone())}
            {ondispatch}
            notices={props.notices.clone()}
            ondismiss={props.ondismiss.clone()}
            status={(*status).clone()}
            loading={props.loading.clone()}
            {oncopylink}
            {oncopyplan}
            oncopy={copy("Snippet")}
            {onprint}
            embed={props.embed}
            page_folder={props.page_folder.clone()}
            local_file={props.local_file}
            ongraph={props.ongraph.clone()}
            origin={props.origin.clone()}
            library={props.library.clone()}
        />
    }
}
