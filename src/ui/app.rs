//! The app: the seam between the browser and the components.
//!
//! `main.rs` reads what the page starts from (`platform::boot`) and passes
//! it in, so the whole tree renders from values: natively in tests, from a
//! hand-made `Boot`. Mounted without one (as the browser tests do), the app
//! reads it once mounted, in an effect.
//!
//! [`Session`] holds what lives as long as the page: the notices, the graph
//! in use and the list of graphs, and the link with an embedding page; it
//! hands them to the page through contexts.

use std::rc::Rc;

use yew::prelude::*;

use super::context::{Graphs, NoticesHandle, Page};
use super::hooks::{use_boot, use_embedding, use_graph_loader, use_notice_list};
use super::Explorer;
use crate::domain::boot::Boot;

/// Props for [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the page starts from; read once mounted when not given.
    #[prop_or_default]
    pub boot: Option<Rc<Boot>>,
}

/// The whole app, mounted in the page.
#[component]
pub fn App(props: &AppProps) -> Html {
    match &use_boot(props.boot.clone()) {
        Some(boot) => html! { <Session boot={boot.clone()} /> },
        None => html! {},
    }
}

/// Props for [`Session`].
#[derive(Properties, PartialEq)]
pub struct SessionProps {
    /// What the page started from.
    pub boot: Rc<Boot>,
}

/// Notices, the graph in use, the list of graphs and the embedding page,
/// for as long as the page is open.
#[component]
pub fn Session(props: &SessionProps) -> Html {
    let notices = use_notice_list();
    let (current, graphs, loader) = use_graph_loader(props.boot.clone(), notices.add.clone());
    use_embedding(props.boot.clone(), loader);
    let boot = &props.boot;
    let page = use_memo(boot.clone(), |b| Page {
        embed: b.options.embed,
        local_file: b.local_file,
        folder: b.folder.clone().into(),
        view: b.options.view,
    });
    let body = match &current {
        Some(c) => html! {
            <Explorer key={c.key.to_string()} graph={c.graph.clone()} storage_key={c.key.clone()} start={c.start.clone()} />
        },
        None => html! {
            <div class={classes!("switchback", page.embed.then_some("sb-embed"))}>
                <p class="sb-notice" role="status">
                    { match &graphs.loading {
                        Some(l) => format!("Loading {}\u{2026}", l.what),
                        None => "Loading the graph\u{2026}".to_owned(),
                    } }
                </p>
            </div>
        },
    };
    html! {
        <ContextProvider<Page> context={(*page).clone()}>
            <ContextProvider<NoticesHandle> context={notices}>
                <ContextProvider<Graphs> context={graphs}>
                    { body }
                </ContextProvider<Graphs>>
            </ContextProvider<NoticesHandle>>
        </ContextProvider<Page>>
    }
}
