//! "Embed this view": the snippets an author pastes into a blog post.

use yew::prelude::*;

use crate::domain::options::{iframe_snippet, loader_snippet};
use crate::domain::route::Route;

/// Props for [`EmbedPanel`].
#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// Whether the panel is shown.
    pub open: bool,
    /// The address of the folder the app is served from.
    pub page_folder: AttrValue,
    /// The view to embed.
    pub route: Route,
    /// Copies a snippet.
    pub oncopy: Callback<String>,
    /// Closes the panel.
    pub onclose: Callback<()>,
}

/// The embed panel (rendered only when open).
#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    if !props.open {
        return html! {};
    }
    let loader = loader_snippet(&props.page_folder, &props.route);
    let iframe = iframe_snippet(&props.page_folder, &props.route);
    let copy = |text: &str| {
        props.oncopy.reform({
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
