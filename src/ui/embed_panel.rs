//! "Embed this view": the snippets an author pastes into a blog post.

use yew::prelude::*;

use super::context::{use_explorer, use_graphs, use_page};
use super::hooks::use_copy;
use crate::domain::options::{iframe_snippet, loader_snippet};

/// Props for [`EmbedPanel`].
#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// Whether the panel is shown.
    pub open: bool,
    /// Closes the panel.
    pub onclose: Callback<()>,
}

/// The embed panel (rendered only when open).
#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let (ex, page, graphs, oncopy) = (use_explorer(), use_page(), use_graphs(), use_copy("Snippet"));
    if !props.open {
        return html! {};
    }
    let route = ex.state.route();
    // The graph shown, when a snippet can name it (not a file's or pasted
    // text: the author puts those in the placeholder).
    let graph = graphs.origin.address();
    let loader = loader_snippet(&page.folder, &route, graph);
    let iframe = iframe_snippet(&page.folder, &route, graph);
    let copy = |text: &str| {
        oncopy.reform({
            let text = text.to_owned();
            move |_: MouseEvent| text.clone()
        })
    };
    html! {
        <section id="sb-embed-panel" class="sb-embed-panel" aria-labelledby="sb-embed-title">
            <h2 id="sb-embed-title">{ "Embed this view" }</h2>
            <p>{ "Paste this where the explorer should appear in your page. It becomes an iframe that sizes itself to its content; put your own graph inside the placeholder as " }
                <code>{ "<script type=\"application/json\">\u{2026}</script>" }</code>{ ", or point to one with " }<code>{ "data-graph=\"https://\u{2026}\"" }</code>{ "." }</p>
            <label for="sb-embed-loader" class="sb-label">{ "With the one-line loader" }</label>
            <textarea id="sb-embed-loader" class="sb-snippet" readonly=true rows="3" value={loader.clone()} />
            <div class="sb-row"><button type="button" class="sb-button" onclick={copy(&loader)}>{ "Copy loader snippet" }</button></div>
            <label for="sb-embed-iframe" class="sb-label">{ "As a plain iframe" }</label>
            <textarea id="sb-embed-iframe" class="sb-snippet" readonly=true rows="3" value={iframe.clone()} />
            <div class="sb-row">
                <button type="button" class="sb-button" onclick={copy(&iframe)}>{ "Copy iframe snippet" }</button>
                <button type="button" class="sb-button sb-quiet" onclick={props.onclose.reform(|_: MouseEvent| ())}>{ "Close" }</button>
            </div>
        </section>
    }
}
