//! The link with the page that embeds Switchback in an iframe: say the app
//! is ready, keep the page informed of the app's height, and take the graph
//! the page holds inline.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::graph_loader::GraphLoader;
use crate::domain::boot::Boot;
use crate::domain::library::{Opened, Origin};
use crate::platform;
use crate::ui::model::Notice;

/// How long an embed waits for its inline graph before showing the
/// built-in one.
const INLINE_WAIT_MS: u32 = 5_000;

/// Wires an embedded app to its page, once mounted (nothing, outside an
/// iframe).
#[hook]
pub fn use_embedding(boot: Rc<Boot>, loader: GraphLoader) {
    use_effect_with((), move |_| {
        let options = &boot.options;
        let mut keep: Vec<Box<dyn std::any::Any>> = Vec::new();
        if let (true, Some(parent)) = (options.embed, options.parent.clone()) {
            let id = options.id.clone().unwrap_or_default();
            if options.inline {
                let received = Rc::new(Cell::new(false));
                let (got, on_loader) = (received.clone(), loader.clone());
                keep.extend(
                    platform::on_parent_graph(parent.clone(), move |json| {
                        got.set(true);
                        on_loader.open_text(json, Origin::Inline, false, Opened::Chosen);
                    })
                    .map(|l| Box::new(l) as Box<dyn std::any::Any>),
                );
                let loader = loader.clone();
                keep.push(Box::new(platform::after(INLINE_WAIT_MS, move || {
                    if !received.get() && loader.shows_nothing() {
                        loader.show_builtin_if_none();
                        loader.notify(Notice::problem(
                            "The page did not send its graph, so the built-in graph is shown.",
                        ));
                    }
                })));
            }
            let (parent_h, id_h) = (parent.clone(), id.clone());
            keep.extend(
                platform::observe_height(move |h| platform::post_height(&parent_h, &id_h, h))
                    .map(|o| Box::new(o) as Box<dyn std::any::Any>),
            );
            platform::post_ready(&parent, &id);
        } else if options.inline {
            // Not embedded after all: nothing will send a graph.
            loader.show_builtin_if_none();
        }
        move || drop(keep)
    });
}
