//! "About this graph": its description and sources (for the O*NET atlas,
//! the attribution and the notice that the data was modified).

use yew::prelude::*;

use super::{GraphRef, Sources};
use crate::domain::library::Origin;

/// Props for [`AboutGraph`].
#[derive(Properties, PartialEq)]
pub struct AboutGraphProps {
    /// The graph.
    pub graph: GraphRef,
    /// Where it came from.
    pub origin: Origin,
}

/// The about section.
#[component]
pub fn AboutGraph(props: &AboutGraphProps) -> Html {
    let graph = &props.graph;
    let ids: Vec<String> = graph.sources().iter().map(|s| s.id.clone()).collect();
    html! {
        <section class="sb-about" aria-labelledby="sb-about-title">
            <h2 id="sb-about-title">{ format!("About \u{201c}{}\u{201d}", graph.title()) }</h2>
            if let Some(d) = &graph.doc().description {
                <p>{ d }</p>
            }
            <p class="sb-muted">{ format!("{} roles, {} skills, {} moves; from {}.", graph.roles().len(), graph.skills().len(), graph.transitions().len(), props.origin.describe()) }</p>
            <Sources graph={graph.clone()} {ids} />
        </section>
    }
}
