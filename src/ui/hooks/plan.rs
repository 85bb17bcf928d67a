//! The planner's answer for the explorer's current question: the ranked
//! paths and the chosen one, computed once per question (memoised on exactly
//! what the question depends on) and shared by the planner and the graph.
//!
//! On a large graph a query can take hundreds of milliseconds (the atlas's
//! fewest-new-skills ranking between some pairs), so there the search runs
//! in slices, each in its own task of the page's event loop: the click or
//! the key that asked is answered at once ("Finding paths…"), and input
//! keeps being taken while the search goes on. A new question abandons the
//! old search.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::graph::{Graph, RoleIx};
use crate::domain::paths::{PathOption, PathResult, PathSearch, Query, LARGE_GRAPH};
use crate::domain::state::Action;
use crate::platform;
use crate::ui::context::ExplorerContext;

/// The current question and its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanAnswer {
    /// Where the person is, when the graph knows the role.
    pub from: Option<RoleIx>,
    /// Where they want to go, when the graph knows the role.
    pub to: Option<RoleIx>,
    /// The ranked paths, when both ends are set.
    pub paths: Option<Rc<PathResult>>,
    /// The chosen path, when one is chosen and exists.
    pub chosen: Option<PathOption>,
    /// True while a large graph's search is still running (then `paths` is
    /// `None`).
    pub pending: bool,
}

/// Partial paths a large graph's search looks at between two looks at the
/// clock: about 2 ms of work in the browser on this project's machine kind.
/// One slice also runs in the task of the input that asked: most atlas
/// queries need fewer (10 to 50), so they answer in that same frame, and the
/// few long ones show "Finding paths…" at once.
const SLICE: usize = 300;
/// Milliseconds of searching per task after the first, then the browser
/// takes input and paints.
const TASK_MS: f64 = 12.0;

/// One question's search: running, or its answer.
struct Planning {
    search: RefCell<Option<PathSearch>>,
    answer: RefCell<Option<Rc<PathResult>>>,
}

/// Each question is its own search: the same search only when it is the
/// same value.
impl PartialEq for Planning {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Planning {
    /// Starts the search and runs it whole on a small graph, one slice on a
    /// large one.
    fn start(graph: &Graph, q: &Query<'_>) -> Planning {
        let mut search = PathSearch::new(graph, q);
        let budget = if graph.roles().len() > LARGE_GRAPH { SLICE } else { usize::MAX };
        let answer = search.run(graph, budget);
        Planning { search: RefCell::new(answer.is_none().then_some(search)), answer: RefCell::new(answer.map(Rc::new)) }
    }

    /// Runs one more slice; true when the search has finished.
    fn step(&self, graph: &Graph) -> bool {
        let mut search = self.search.borrow_mut();
        let Some(answer) = search.as_mut().and_then(|s| s.run(graph, SLICE)) else {
            return search.is_none();
        };
        *search = None;
        *self.answer.borrow_mut() = Some(Rc::new(answer));
        true
    }
}

/// Plans the explorer's current question.
#[hook]
pub fn use_plan(ex: &ExplorerContext) -> PlanAnswer {
    let (graph, state) = (&ex.graph, &ex.state);
    let role_of = |id: &Option<String>| id.as_deref().and_then(|id| graph.role_ix(id));
    let (from, to) = (role_of(&state.from), role_of(&state.to));
    let planning = use_memo(
        (graph.clone(), from, to, state.ranking, ex.have.clone(), state.shown),
        |(g, from, to, ranking, have, k)| match (from, to) {
            (Some(from), Some(to)) => {
                Some(Rc::new(Planning::start(g, &Query { from: *from, to: *to, have, ranking: *ranking, k: *k })))
            }
            _ => None,
        },
    );
    // The rest of a large graph's search, a slice per task; dropped (and so
    // stopped) when the question changes.
    let update = use_force_update();
    use_effect_with((planning.clone(), graph.clone()), move |(planning, graph)| {
        let stop = Rc::new(Cell::new(false));
        if let Some(p) = (**planning).clone().filter(|p| p.search.borrow().is_some()) {
            let (graph, stop) = (graph.clone(), stop.clone());
            platform::spawn(async move {
                loop {
                    platform::next_task().await;
                    if stop.get() {
                        return;
                    }
                    let start = platform::now_ms();
                    loop {
                        if p.step(&graph) {
                            update.force_update();
                            return;
                        }
                        if platform::now_ms() - start >= TASK_MS {
                            break;
                        }
                    }
                }
            });
        }
        move || stop.set(true)
    });
    let paths = planning.as_ref().as_ref().and_then(|p| p.answer.borrow().clone());
    let pending = planning.is_some() && paths.is_none();
    // Mark for the browser benchmark: the answer is on the page.
    use_effect_with(paths.clone(), |paths| {
        if paths.is_some() {
            platform::mark("sb:plan-end");
        }
    });
    // A single path is the plan: choose it, so its plan shows (and the
    // address and saved progress keep it).
    {
        let dispatch = ex.dispatch.clone();
        let single = matches!(paths.as_deref(), Some(PathResult::Found { options, .. }) if options.len() == 1);
        use_effect_with((single, state.chosen), move |(single, chosen)| {
            if *single && chosen.is_none() {
                dispatch.emit(Action::Choose(Some(0)));
            }
        });
    }
    let chosen = match (paths.as_deref(), state.chosen) {
        (Some(PathResult::Found { options, .. }), Some(c)) => options.get(c).cloned(),
        _ => None,
    };
    PlanAnswer { from, to, paths, chosen, pending }
}
