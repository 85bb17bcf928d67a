//! The app: which graph is explored, and the notices about loading it.
//!
//! The built-in graph is there at once. A page address with `?graph=<url>`
//! loads another graph from that URL; while it loads, and if it fails, the
//! built-in graph stays in place and a notice says what happened.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::notices::{Notice, NoticeLevel};
use super::{Explorer, GraphRef};
use crate::data::BUILTIN_JSON;
use crate::domain::validate::load_json;
use crate::platform;

/// The graph in use and the key its progress is stored under.
#[derive(Clone, PartialEq)]
struct Current {
    graph: GraphRef,
    key: AttrValue,
}

/// The whole app, mounted in the page.
#[component]
pub fn App() -> Html {
    let current = use_state(|| match load_json(BUILTIN_JSON) {
        Ok(loaded) => Some(Current { graph: GraphRef::new(loaded.graph), key: "builtin".into() }),
        Err(_) => None,
    });
    let notices = use_state(Vec::<Notice>::new);
    let next_id = use_mut_ref(|| 0u32);
    let add_notice = {
        let notices = notices.clone();
        let next_id = next_id.clone();
        Callback::from(move |(level, text, details): (NoticeLevel, String, Vec<String>)| {
            let id = {
                let mut n = next_id.borrow_mut();
                *n += 1;
                *n
            };
            let mut list = (*notices).clone();
            list.push(Notice { id, level, text, details });
            notices.set(list);
        })
    };
    let loading = use_state(|| None::<String>);

    {
        let current = current.clone();
        let loading = loading.clone();
        let add_notice = add_notice.clone();
        use_effect_with((), move |_| {
            if let Some(url) = platform::query_param("graph") {
                loading.set(Some(url.clone()));
                spawn_local(async move {
                    match platform::fetch_text(&url).await {
                        Ok(text) => match load_json(&text) {
                            Ok(loaded) => current.set(Some(Current {
                                graph: GraphRef::new(loaded.graph),
                                key: format!("url:{url}").into(),
                            })),
                            Err(report) => add_notice.emit((
                                NoticeLevel::Problem,
                                format!(
                                    "The graph at {url} has {}, so the built-in graph is shown instead.",
                                    report.summary()
                                ),
                                report.errors().map(ToString::to_string).collect(),
                            )),
                        },
                        Err(e) => add_notice.emit((
                            NoticeLevel::Problem,
                            format!("Could not load the graph at {url}: {e}. The built-in graph is shown instead."),
                            Vec::new(),
                        )),
                    }
                    loading.set(None);
                });
            }
        });
    }

    let ondismiss = {
        let notices = notices.clone();
        Callback::from(move |id: u32| notices.set(notices.iter().filter(|n| n.id != id).cloned().collect()))
    };
    match &*current {
        Some(c) => html! {
            <Explorer key={c.key.to_string()} graph={c.graph.clone()} storage_key={c.key.clone()}
                notices={(*notices).clone()} onnotice={add_notice} {ondismiss}
                loading={(*loading).clone().map(AttrValue::from)} />
        },
        None => {
            html! { <div class="switchback"><p role="alert">{ "The built-in graph could not be loaded." }</p></div> }
        }
    }
}
