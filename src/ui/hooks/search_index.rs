//! The graph's search index, built after the graph is first painted.

use yew::prelude::*;

use crate::platform;
use crate::ui::shared::{GraphRef, LazyIndex, Shared};

/// The search index of `graph`, asked for once the graph is first painted
/// and the browser is idle: neither the first paint nor a click meanwhile
/// waits for it (on the O*NET atlas, 9,089 names, about 10 ms; more on a
/// slow phone), and it is ready before anyone can type. Whatever asks
/// sooner builds it then.
#[hook]
pub fn use_search_index(graph: GraphRef) -> Shared<LazyIndex> {
    let index = use_memo(graph, |g| Shared::new(LazyIndex::new(g.clone())));
    use_effect_with((*index).clone(), |index| {
        let index = index.clone();
        platform::spawn(async move {
            platform::idle_after_paint().await;
            index.get();
        });
    });
    (*index).clone()
}
