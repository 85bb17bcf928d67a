//! The explorer's state and its transitions, as a plain function.
//!
//! [`ExplorerState::apply`] takes an [`Action`] and returns the next state;
//! it does no I/O and knows nothing of Yew. The UI's reducer is a thin
//! adapter that keeps the old state (and so skips re-rendering) when `apply`
//! returns an equal one.
//!
//! The state holds ids, not indices, so it survives a graph being reloaded;
//! ids the current graph does not know are simply not shown.

use std::collections::BTreeSet;

use super::paths::{Ranking, DEFAULT_K, MAX_K};
pub use super::progress::Theme;
use super::progress::{Prefs, Progress};
use super::route::{PlanQuery, Route, Selection, ViewMode};

/// Everything the explorer shows that is not derived from the graph.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExplorerState {
    /// What the detail panel shows.
    pub selection: Selection,
    /// Graph or outline.
    pub view: ViewMode,
    /// Where the person is.
    pub from: Option<String>,
    /// Where they want to go.
    pub to: Option<String>,
    /// How alternatives are ranked.
    pub ranking: Ranking,
    /// How many alternatives to list.
    pub shown: usize,
    /// The chosen alternative (index into the ranked list).
    pub chosen: Option<usize>,
    /// Ids of the skills the person has.
    pub have: BTreeSet<String>,
    /// Keys of the plan steps the person ticked.
    pub done: BTreeSet<String>,
    /// The colour theme.
    pub theme: Theme,
}

/// Something the person (or the address bar) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The address changed (a link, Back/Forward, a deep link). An address
    /// without a plan keeps the current plan.
    Navigate(Route),
    /// Open a role, a move or a skill.
    Open(Selection),
    /// Close the detail panel.
    Close,
    /// Switch between graph and outline.
    SetView(ViewMode),
    /// Set or clear where the person is.
    SetFrom(Option<String>),
    /// Set or clear where they want to go.
    SetTo(Option<String>),
    /// Swap start and target.
    Swap,
    /// Rank alternatives differently.
    SetRanking(Ranking),
    /// List up to [`MAX_K`] alternatives.
    ShowMore,
    /// Choose an alternative, or none.
    Choose(Option<usize>),
    /// Flip one skill between "have" and "to learn".
    ToggleSkill(String),
    /// Mark several skills as had (or not).
    SetSkills(Vec<String>, bool),
    /// Tick or untick a plan step.
    ToggleStep(String),
    /// Change the theme.
    SetTheme(Theme),
    /// Bring back saved progress (on start).
    Restore(Progress),
    /// Forget skills, ticked steps and the plan.
    ResetProgress,
}

impl ExplorerState {
    /// A fresh state.
    pub fn new() -> Self {
        ExplorerState { shown: DEFAULT_K, ..ExplorerState::default() }
    }

    /// The state an explorer starts in. The address wins: a deep link opens
    /// its view (and plan); without one (`#/` or nothing), the view the page
    /// options asked for. Then saved preferences and progress are restored
    /// (the plan in the address wins over the saved one), and last the theme
    /// the page asked for.
    pub fn start(
        hash: &str,
        initial: Option<Route>,
        prefs: Option<Prefs>,
        progress: Option<Progress>,
        page_theme: Option<Theme>,
    ) -> ExplorerState {
        let bare = hash.trim_start_matches('#').trim_start_matches('/').is_empty();
        let route = match (bare, initial) {
            (true, Some(initial)) => initial,
            _ => Route::parse(hash),
        };
        let mut state = ExplorerState::new().apply(Action::Navigate(route));
        if let Some(prefs) = prefs {
            state = state.apply(Action::SetTheme(prefs.theme));
        }
        if let Some(progress) = progress {
            state = state.apply(Action::Restore(progress));
        }
        if let Some(theme) = page_theme {
            state = state.apply(Action::SetTheme(theme));
        }
        state
    }

    /// True when `action` may change the question the planner answers (so
    /// the paths are computed again).
    pub fn changes_plan(action: &Action) -> bool {
        matches!(
            action,
            Action::Navigate(_)
                | Action::SetFrom(_)
                | Action::SetTo(_)
                | Action::Swap
                | Action::SetRanking(_)
                | Action::ShowMore
                | Action::ToggleSkill(_)
                | Action::SetSkills(..)
                | Action::Restore(_)
                | Action::ResetProgress
        )
    }

    /// The next state after `action`.
    pub fn apply(&self, action: Action) -> ExplorerState {
        let mut next = self.clone();
        match action {
            Action::Navigate(route) => {
                next.selection = route.selection;
                next.view = route.view;
                if let Some(plan) = route.plan {
                    next.set_plan(plan);
                }
            }
            Action::Open(selection) => next.selection = selection,
            Action::Close => next.selection = Selection::None,
            Action::SetView(view) => next.view = view,
            Action::SetFrom(from) => {
                if next.from != from {
                    next.from = from;
                    next.new_question();
                }
            }
            Action::SetTo(to) => {
                if next.to != to {
                    next.to = to;
                    next.new_question();
                }
            }
            Action::Swap => {
                std::mem::swap(&mut next.from, &mut next.to);
                if next != *self {
                    next.new_question();
                }
            }
            Action::SetRanking(ranking) => {
                if next.ranking != ranking {
                    next.ranking = ranking;
                    next.chosen = None;
                }
            }
            Action::ShowMore => next.shown = MAX_K,
            Action::Choose(chosen) => {
                next.chosen = chosen.filter(|&c| c < MAX_K);
                if let Some(c) = next.chosen {
                    next.shown = next.shown.max(c + 1);
                }
            }
            Action::ToggleSkill(id) => {
                if !next.have.remove(&id) {
                    next.have.insert(id);
                }
            }
            Action::SetSkills(ids, have) => {
                for id in ids {
                    if have {
                        next.have.insert(id);
                    } else {
                        next.have.remove(&id);
                    }
                }
            }
            Action::ToggleStep(key) => {
                if !next.done.remove(&key) {
                    next.done.insert(key);
                }
            }
            Action::SetTheme(theme) => next.theme = theme,
            Action::Restore(progress) => {
                next.have = progress.have;
                next.done = progress.done;
                // The address wins over saved progress for the plan.
                if next.from.is_none() && next.to.is_none() {
                    next.from = progress.from;
                    next.to = progress.to;
                    next.ranking = progress.ranking;
                    next.chosen = progress.chosen;
                    if let Some(c) = progress.chosen {
                        next.shown = next.shown.max(c + 1);
                    }
                }
            }
            Action::ResetProgress => {
                let (selection, view, theme) = (next.selection.clone(), next.view, next.theme);
                next = ExplorerState { selection, view, theme, ..ExplorerState::new() };
            }
        }
        next
    }

    /// A new start or target invalidates the chosen alternative.
    fn new_question(&mut self) {
        self.chosen = None;
        self.shown = DEFAULT_K;
    }

    fn set_plan(&mut self, plan: PlanQuery) {
        if plan.from != self.from || plan.to != self.to {
            self.new_question();
        }
        self.from = plan.from;
        self.to = plan.to;
        self.ranking = plan.ranking;
        self.chosen = plan.chosen;
        if let Some(c) = plan.chosen {
            self.shown = self.shown.max(c + 1);
        }
    }

    /// The address of this state: its canonical hash.
    pub fn route(&self) -> Route {
        let has_plan = self.from.is_some() || self.to.is_some() || self.ranking != Ranking::default();
        let plan = has_plan.then(|| PlanQuery {
            from: self.from.clone(),
            to: self.to.clone(),
            ranking: self.ranking,
            chosen: self.chosen,
        });
        Route { selection: self.selection.clone(), plan, view: self.view }
    }

    /// What is saved in the browser for this graph.
    pub fn progress(&self) -> Progress {
        Progress {
            have: self.have.clone(),
            done: self.done.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            ranking: self.ranking,
            chosen: self.chosen,
        }
    }
}
