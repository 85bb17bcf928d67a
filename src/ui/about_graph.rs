//! "About this graph": its description and sources (for the O*NET atlas,
//! the attribution and the notice that the data was modified).

use yew::prelude::*;

use super::bidi::iso;
use super::context::{use_explorer, use_graphs};
use super::Sources;

/// The about section.
#[component]
pub fn AboutGraph() -> Html {
    let (ex, origin) = (use_explorer(), use_graphs().origin);
    let graph = &ex.graph;
    let ids: Vec<String> = graph.sources().iter().map(|s| s.id.clone()).collect();
    html! {
        <section class="sb-about" aria-labelledby="sb-about-title">
            <h2 id="sb-about-title">{ "About \u{201c}" }{ iso(graph.title()) }{ "\u{201d}" }</h2>
            if let Some(d) = &graph.doc().description {
                <p>{ d }</p>
            }
            <p class="sb-muted">{ format!("{} roles, {} skills, {} moves; from {}.", graph.roles().len(), graph.skills().len(), graph.transitions().len(), origin.describe()) }</p>
            <Sources {ids} />
        </section>
    }
}
