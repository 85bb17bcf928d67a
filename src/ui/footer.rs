//! The page's footer: what the graph is, that nothing leaves the browser,
//! and the offline copy (none in an embed).

use yew::prelude::*;

use super::context::use_page;
use super::AboutGraph;

/// The footer.
#[component]
pub fn Footer() -> Html {
    let page = use_page();
    if page.embed {
        return html! {};
    }
    html! {
        <footer class="sb-footer">
            <AboutGraph />
            <p>{ "Switchback runs entirely in your browser: your skills and progress are saved on this device only." }</p>
            if !page.local_file {
                <p><a href="switchback.html" download="switchback.html">{ "Download for offline use" }</a>
                    { " (one file that works without a connection)" }</p>
            }
        </footer>
    }
}
