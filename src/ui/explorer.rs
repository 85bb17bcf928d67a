//! The explorer for one graph: its state (started from the address and
//! storage, kept in step with them by `use_explorer_state`), what every view
//! derives from it, and the context that hands both to the page.

use std::rc::Rc;

use yew::prelude::*;

use super::context::{use_notices, ExplorerContext};
use super::hooks::{use_explorer_state, use_search_index};
use super::model::ExplorerStart;
use super::shared::{GraphRef, Shared};
use super::Shell;

/// Props for [`Explorer`].
#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    /// The graph.
    pub graph: GraphRef,
    /// Identifies the graph in storage (`builtin`, `url:<address>`, ...).
    pub storage_key: AttrValue,
    /// What the explorer starts from.
    pub start: Shared<ExplorerStart>,
}

/// The explorer.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let notify = use_notices().add;
    let (state, dispatch) = use_explorer_state(props.start.clone(), notify);
    let index = use_search_index(props.graph.clone());
    let have =
        use_memo((props.graph.clone(), state.have.clone()), |(g, ids)| g.skill_set(ids.iter().map(String::as_str)));
    let context = ExplorerContext { graph: props.graph.clone(), state, dispatch, index, have: Rc::clone(&have) };
    html! {
        <ContextProvider<ExplorerContext> {context}>
            <Shell />
        </ContextProvider<ExplorerContext>>
    }
}
