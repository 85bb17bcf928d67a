//! The app: a hash router around the shell, on the built-in graph.
//!
//! Hash routing (`#/role/tpm`) works on any static host, at any sub-path and
//! from a local file, with no server configuration.

use yew::prelude::*;
use yew_router::prelude::*;

use super::{GraphRef, Shell};
use crate::data::BUILTIN_JSON;
use crate::domain::validate::load_json;

/// The views that have their own address.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// The start view.
    #[at("/")]
    Home,
    /// A role's details: `#/role/<id>`.
    #[at("/role/:id")]
    Role {
        /// The role's id.
        id: String,
    },
    /// Any other address.
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// The whole app, mounted in the page.
#[component]
pub fn App() -> Html {
    // The built-in graph is validated by a native test, so failing here is a
    // build defect; still, show the report instead of a blank page.
    let graph = use_memo((), |_| load_json(BUILTIN_JSON).map(|l| GraphRef::new(l.graph)));
    match &*graph {
        Ok(graph) => html! {
            <HashRouter>
                <Shell graph={graph.clone()} />
            </HashRouter>
        },
        Err(report) => html! {
            <div class="switchback"><pre role="alert">{ report.to_string() }</pre></div>
        },
    }
}
