//! The contexts components read instead of receiving values through props
//! they would only pass on:
//!
//! - [`Page`]: facts about the page, fixed while it is open (embedded,
//!   opened from a file, its folder);
//! - [`NoticesHandle`]: the notices and the screen-reader status line, with
//!   verbs to add and dismiss;
//! - [`Graphs`]: the graph in use (its key and origin), the list of graphs,
//!   a read in progress, and the verb that loads, switches or forgets;
//! - [`ExplorerContext`]: the graph, the explorer's state and `dispatch`,
//!   and what every view derives from them (the search index, the skills
//!   the person has).
//!
//! The first three have defaults (a plain page, no notices, the built-in
//! graph), so a component renders in a test without its providers.

use std::rc::Rc;

use yew::prelude::*;

use super::links;
use super::model::{GraphCommand, Loading, Notice};
use super::shared::{GraphRef, LazyIndex, Shared};
use crate::domain::library::{Library, Origin, BUILTIN_KEY};
use crate::domain::options::EmbedView;
use crate::domain::route::Selection;
use crate::domain::skillset::SkillSet;
use crate::domain::state::{Action, ExplorerState};

/// Facts about the page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// Compact chrome for an iframe in someone else's page.
    pub embed: bool,
    /// The page was opened from a local file.
    pub local_file: bool,
    /// The address of the folder the page is in (for embed snippets).
    pub folder: AttrValue,
    /// What an embed shows.
    pub view: EmbedView,
}

/// A notice in the list, with the id that dismisses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedNotice {
    /// Identifies it for dismissal.
    pub id: u32,
    /// The notice.
    pub notice: Notice,
}

/// The notices and the status line.
#[derive(Clone, PartialEq, Default)]
pub struct NoticesHandle {
    /// The notices, oldest first.
    pub list: Rc<Vec<ListedNotice>>,
    /// A short message for screen readers ("Link copied to the clipboard.").
    pub status: AttrValue,
    /// Adds a notice.
    pub add: Callback<Notice>,
    /// Dismisses a notice, by id.
    pub dismiss: Callback<u32>,
    /// Sets the status line.
    pub say: Callback<String>,
}

/// The graph in use and the list of graphs.
#[derive(Clone, PartialEq)]
pub struct Graphs {
    /// The key the graph in use is stored under.
    pub key: AttrValue,
    /// Where it came from.
    pub origin: Origin,
    /// The graphs the person loaded before.
    pub library: Rc<Library>,
    /// A graph being read, if any.
    pub loading: Option<Loading>,
    /// Loads, switches or forgets a graph.
    pub run: Callback<GraphCommand>,
}

impl Default for Graphs {
    fn default() -> Self {
        Graphs {
            key: BUILTIN_KEY.into(),
            origin: Origin::Builtin,
            library: Rc::default(),
            loading: None,
            run: Callback::noop(),
        }
    }
}

/// The explorer: its graph, state and dispatch, and the values every view
/// derives from them.
#[derive(Clone, PartialEq)]
pub struct ExplorerContext {
    /// The graph.
    pub graph: GraphRef,
    /// The state.
    pub state: Rc<ExplorerState>,
    /// Applies an action to the state.
    pub dispatch: Callback<Action>,
    /// The search index of the graph.
    pub index: Shared<LazyIndex>,
    /// The skills the person has, as a set over the graph's skills.
    pub have: Rc<SkillSet>,
}

impl ExplorerContext {
    /// The link to a role from the view shown ([`links::href_in`]).
    pub fn role_href(&self, id: &str) -> String {
        links::href_in(Selection::Role(id.to_owned()), self.state.view)
    }

    /// The link to a move from the view shown.
    pub fn move_href(&self, from: &str, to: &str) -> String {
        links::href_in(Selection::Move(from.to_owned(), to.to_owned()), self.state.view)
    }

    /// The link to a skill from the view shown.
    pub fn skill_href(&self, id: &str) -> String {
        links::href_in(Selection::Skill(id.to_owned()), self.state.view)
    }

    /// A button's callback that plans from one role to another ("Plan this
    /// move", "Find paths between them").
    pub fn plan_between(&self, from: &str, to: &str) -> Callback<MouseEvent> {
        let (dispatch, from, to) = (self.dispatch.clone(), from.to_owned(), to.to_owned());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SetFrom(Some(from.clone())));
            dispatch.emit(Action::SetTo(Some(to.clone())));
        })
    }
}

/// The page facts (a plain page when there is no provider).
#[hook]
pub fn use_page() -> Page {
    use_context::<Page>().unwrap_or_default()
}

/// The notices (none, and nowhere to add them, without a provider).
#[hook]
pub fn use_notices() -> NoticesHandle {
    use_context::<NoticesHandle>().unwrap_or_default()
}

/// The graphs (the built-in one, without a provider).
#[hook]
pub fn use_graphs() -> Graphs {
    use_context::<Graphs>().unwrap_or_default()
}

/// The explorer. Components that use it are always rendered inside
/// `Explorer`, which provides it.
#[hook]
pub fn use_explorer() -> ExplorerContext {
    use_context::<ExplorerContext>().expect("rendered inside an Explorer")
}
