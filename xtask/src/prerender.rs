//! The first screen in the HTML. `cargo xtask dist` renders the app as a
//! first visit sees it (the built-in graph, nothing stored, a bare address)
//! with Yew's server renderer, natively, and puts that HTML into
//! `index.html` and the offline file after the app's root. The person can
//! read the roles, and follow their links (plain `#/role/<id>` addresses),
//! before the WebAssembly has arrived; once the app has started it draws
//! itself into its root and the loader removes the snapshot.
//!
//! Replace rather than hydrate: the app's first render depends on what the
//! browser holds (the address, stored progress, a remembered graph), which a
//! build cannot know, and Yew's hydration expects the same tree.

use std::rc::Rc;

use switchback::domain::boot::Boot;
use switchback::ui::{App, AppProps};

use crate::Result;

/// Where the app mounts, in both pages; the snapshot goes right after it,
/// so the app's own elements come first for any lookup by id.
const ROOT: &str = r#"<div id="app"></div>"#;

/// The app's first screen for a first visit, as HTML.
pub fn snapshot() -> Result<String> {
    let boot = Boot { folder: "./".to_owned(), ..Boot::default() };
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|e| e.to_string())?;
    let html = runtime.block_on(async {
        yew::LocalServerRenderer::<App>::with_props(AppProps { boot: Some(Rc::new(boot)) })
            .hydratable(false)
            .render()
            .await
    });
    if !html.contains("sb-node-") {
        return Err("the pre-rendered first screen draws no role: did the built-in graph fail to load?".to_owned());
    }
    Ok(html)
}

/// `page` with `snapshot` after the app's root.
pub fn insert(page: &str, snapshot: &str) -> Result<String> {
    if page.matches(ROOT).count() != 1 {
        return Err(format!("the page must hold exactly one {ROOT}"));
    }
    Ok(page.replace(ROOT, &format!("{ROOT}\n    <div id=\"sb-prerender\" class=\"sb-prerender\">{snapshot}</div>")))
}
