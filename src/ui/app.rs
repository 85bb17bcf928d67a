//! The app: which graph is explored, and how it got here.
//!
//! The built-in graph is there at once. A page address with `?graph=<url>`
//! loads a graph from that URL; an embed with `inline=1` waits for the parent
//! page to send the author's graph; a person can open a graph file. Every
//! source goes through the same door, [`load_into`]: the text is validated
//! first, and only a graph without errors replaces the current one. Anything
//! else (a dead URL, a bad file, invalid JSON) leaves the current graph and
//! the person's progress as they were and adds a notice saying what happened.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::notices::{Notice, NoticeLevel};
use super::{Explorer, GraphRef};
use crate::data::BUILTIN_JSON;
use crate::domain::options::PageOptions;
use crate::domain::validate::load_json;
use crate::platform;

/// How long an embed waits for its inline graph before showing the
/// built-in one.
const INLINE_WAIT_MS: u32 = 5_000;

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

/// The graph in use and the key its progress is stored under.
#[derive(Clone, PartialEq)]
struct Current {
    graph: GraphRef,
    key: AttrValue,
}

type AddNotice = Callback<(NoticeLevel, String, Vec<String>)>;

/// Validates `text` from `source` and, when it has no errors, makes it the
/// current graph; otherwise keeps the current graph and reports why.
fn load_into(text: &str, source: &str, key: String, current: &UseStateHandle<Option<Current>>, notice: &AddNotice) {
    match load_json(text) {
        Ok(loaded) => {
            let warnings = loaded.report.warning_count();
            current.set(Some(Current { graph: GraphRef::new(loaded.graph), key: key.into() }));
            if warnings > 0 {
                notice.emit((
                    NoticeLevel::Info,
                    format!("Loaded {source}, with {}.", loaded.report.summary()),
                    loaded.report.warnings().map(ToString::to_string).collect(),
                ));
            }
        }
        Err(report) => {
            let kept =
                if current.is_some() { "The current graph stays." } else { "The built-in graph is shown instead." };
            notice.emit((
                NoticeLevel::Problem,
                format!("{} could not be loaded: it has {}. {kept}", capitalise_first(source), report.summary()),
                report.problems.iter().map(ToString::to_string).collect(),
            ));
        }
    }
}

fn capitalise_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

fn builtin() -> Option<Current> {
    load_json(BUILTIN_JSON).ok().map(|l| Current { graph: GraphRef::new(l.graph), key: "builtin".into() })
}

/// The whole app, mounted in the page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = &props.options;
    // An embed waiting for its inline graph starts with none, rather than
    // flashing the built-in one.
    let current = use_state(|| if options.inline { None } else { builtin() });
    let notices = use_state(Vec::<Notice>::new);
    let next_id = use_mut_ref(|| 0u32);
    let loading = use_state(|| None::<String>);
    let notices_ref = use_mut_ref(Vec::<Notice>::new);

    let add_notice: AddNotice = {
        let notices = notices.clone();
        let notices_ref = notices_ref.clone();
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
        let notices = notices.clone();
        let notices_ref = notices_ref.clone();
        Callback::from(move |id: u32| {
            let mut list = notices_ref.borrow_mut();
            list.retain(|n| n.id != id);
            notices.set(list.clone());
        })
    };

    // A graph from `?graph=<url>`.
    {
        let (current, loading, notice) = (current.clone(), loading.clone(), add_notice.clone());
        use_effect_with(options.graph.clone(), move |url| {
            if let Some(url) = url.clone() {
                loading.set(Some(url.clone()));
                spawn_local(async move {
                    match platform::fetch_text(&url).await {
                        Ok(text) => {
                            load_into(&text, &format!("the graph at {url}"), format!("url:{url}"), &current, &notice)
                        }
                        Err(e) => notice.emit((
                            NoticeLevel::Problem,
                            format!("Could not load the graph at {url}: {e}. The current graph stays."),
                            Vec::new(),
                        )),
                    }
                    loading.set(None);
                });
            }
        });
    }

    // Embedded: say we are ready, keep the parent informed of our height,
    // and take an inline graph from the parent page.
    {
        let (current, notice) = (current.clone(), add_notice.clone());
        let options = options.clone();
        use_effect_with((), move |_| {
            let mut keep: Vec<Box<dyn std::any::Any>> = Vec::new();
            if let (true, Some(parent)) = (options.embed, options.parent.clone()) {
                let id = options.id.clone().unwrap_or_default();
                if options.inline {
                    let received = Rc::new(std::cell::Cell::new(false));
                    let (got, on_current, on_notice) = (received.clone(), current.clone(), notice.clone());
                    keep.extend(
                        platform::on_parent_graph(parent.clone(), move |json| {
                            got.set(true);
                            load_into(&json, "the graph in this page", "inline".to_owned(), &on_current, &on_notice);
                        })
                        .map(|l| Box::new(l) as Box<dyn std::any::Any>),
                    );
                    let (current, notice) = (current.clone(), notice.clone());
                    keep.push(Box::new(platform::after(INLINE_WAIT_MS, move || {
                        if !received.get() && current.is_none() {
                            current.set(builtin());
                            notice.emit((
                                NoticeLevel::Problem,
                                "The page did not send its graph, so the built-in graph is shown.".to_owned(),
                                Vec::new(),
                            ));
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
                current.set(builtin());
            }
            move || drop(keep)
        });
    }

    let onopenfile = {
        let (current, notice) = (current.clone(), add_notice.clone());
        Callback::from(move |event: Event| {
            let (current, notice) = (current.clone(), notice.clone());
            spawn_local(async move {
                match platform::read_chosen_file(&event).await {
                    Ok(Some(file)) => load_into(
                        &file.text,
                        &format!("the file {}", file.name),
                        format!("file:{}", file.name),
                        &current,
                        &notice,
                    ),
                    Ok(None) => {}
                    Err(e) => notice.emit((
                        NoticeLevel::Problem,
                        format!("{}. The current graph stays.", capitalise_first(&e.to_string())),
                        Vec::new(),
                    )),
                }
            });
        })
    };

    match &*current {
        Some(c) => html! {
            <Explorer key={c.key.to_string()} graph={c.graph.clone()} storage_key={c.key.clone()}
                notices={(*notices).clone()} onnotice={add_notice} {ondismiss}
                loading={(*loading).clone().map(AttrValue::from)}
                embed={options.embed} initial={options.initial.clone()} theme={options.theme}
                page_folder={props.page_folder.clone()} local_file={props.local_file} {onopenfile} />
        },
        None => html! {
            <div class={classes!("switchback", options.embed.then_some("sb-embed"))}>
                <p class="sb-notice" role="status">{ "Loading the graph from this page\u{2026}" }</p>
            </div>
        },
    }
}
