//! The sources an item cites, with links only for http(s) addresses.

use yew::prelude::*;

use super::context::use_explorer;
use crate::domain::validate::is_web_link;

/// Props for [`Sources`].
#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// Source ids cited.
    pub ids: Vec<String>,
}

/// "Sources: …" (nothing when the item cites none).
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let ex = use_explorer();
    let graph = &ex.graph;
    let cited: Vec<_> = props.ids.iter().filter_map(|id| graph.sources().iter().find(|s| &s.id == id)).collect();
    if cited.is_empty() {
        return html! {};
    }
    html! {
        <div class="sb-sources">
            <h3>{ "Sources" }</h3>
            <ul>
                { for cited.into_iter().map(|s| {
                    let title = s.title.clone().unwrap_or_else(|| s.id.clone());
                    match &s.url {
                        // Validation already refused other schemes; check again
                        // at the point of use all the same.
                        Some(url) if is_web_link(url) => html! {
                            <li><a href={url.clone()} target="_blank" rel="noopener noreferrer external">{ title }</a></li>
                        },
                        _ => html! { <li>{ title }</li> },
                    }
                }) }
            </ul>
        </div>
    }
}
