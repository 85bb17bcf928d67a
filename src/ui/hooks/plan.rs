//! The planner's answer for the explorer's current question: the ranked
//! paths and the chosen one, computed once per question (memoised on exactly
//! what the question depends on) and shared by the planner and the graph.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::graph::RoleIx;
use crate::domain::paths::{plan_paths, PathOption, PathResult, Query};
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
}

/// Plans the explorer's current question.
#[hook]
pub fn use_plan(ex: &ExplorerContext) -> PlanAnswer {
    let (graph, state) = (&ex.graph, &ex.state);
    let role_of = |id: &Option<String>| id.as_deref().and_then(|id| graph.role_ix(id));
    let (from, to) = (role_of(&state.from), role_of(&state.to));
    let paths = use_memo(
        (graph.clone(), from, to, state.ranking, ex.have.clone(), state.shown),
        |(g, from, to, ranking, have, k)| match (from, to) {
            (Some(from), Some(to)) => {
                Some(Rc::new(plan_paths(g, &Query { from: *from, to: *to, have, ranking: *ranking, k: *k })))
            }
            _ => None,
        },
    );
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
    PlanAnswer { from, to, paths: (*paths).clone(), chosen }
}
