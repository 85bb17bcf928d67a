//! The address of a view, kept in the URL hash: parse and format.
//!
//! ```text
//! #/                                   nothing open
//! #/role/<id>                          a role's panel
//! #/move/<from>/<to>                   a move's panel
//! #/skill/<id>                         a skill's panel
//! ...?from=<id>&to=<id>&rank=<r>&alt=<n>&view=outline|plan
//! ```
//!
//! The query part carries the plan (start, target, ranking, chosen
//! alternative, 1-based) and the main view; it may follow any path. Parsing is
//! lenient: unknown keys are ignored and a malformed part is dropped, so a
//! mangled link still opens something sensible. Ids are matched against the
//! graph later; here they are only text.

use super::graph::{Graph, RoleIx, SkillIx, TransIx};
use super::paths::Ranking;

/// What the detail panel shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Selection {
    /// Nothing open.
    #[default]
    None,
    /// A role, by id.
    Role(String),
    /// A move, by its two role ids.
    Move(String, String),
    /// A skill, by id.
    Skill(String),
}

/// A [`Selection`] looked up in one graph: what the detail panel shows and
/// the drawing emphasises. Resolved once per render, here, instead of by
/// every component that needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved<'a> {
    /// Nothing is open.
    None,
    /// A role of the graph.
    Role(RoleIx),
    /// A move of the graph.
    Move(TransIx),
    /// A skill of the graph.
    Skill(SkillIx),
    /// The address names something this graph does not have: what kind
    /// ("role", "move", "skill") and the text it used.
    Missing(&'static str, &'a Selection),
}

impl Selection {
    /// Looks the selection up in `graph`.
    pub fn resolve(&self, graph: &Graph) -> Resolved<'_> {
        let missing = |kind| Resolved::Missing(kind, self);
        match self {
            Selection::None => Resolved::None,
            Selection::Role(id) => graph.role_ix(id).map_or_else(|| missing("role"), Resolved::Role),
            Selection::Move(from, to) => match (graph.role_ix(from), graph.role_ix(to)) {
                (Some(f), Some(t)) => graph.transition_between(f, t).map_or_else(|| missing("move"), Resolved::Move),
                _ => missing("move"),
            },
            Selection::Skill(id) => graph.skill_ix(id).map_or_else(|| missing("skill"), Resolved::Skill),
        }
    }
}

impl Resolved<'_> {
    /// The role the view centres on: the open role, or the start of the
    /// open move.
    pub fn role(&self, graph: &Graph) -> Option<RoleIx> {
        match *self {
            Resolved::Role(r) => Some(r),
            Resolved::Move(t) => Some(graph.ends(t).0),
            _ => None,
        }
    }

    /// How a missing item is named in a message: "tpm" or "tpm → astronaut".
    pub fn missing_text(&self) -> Option<(&'static str, String)> {
        match self {
            Resolved::Missing(kind, Selection::Move(from, to)) => Some((kind, format!("{from} \u{2192} {to}"))),
            Resolved::Missing(kind, Selection::Role(id) | Selection::Skill(id)) => Some((kind, id.clone())),
            _ => None,
        }
    }
}

/// The main view: the drawn graph, its outline, or the chosen path's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ViewMode {
    /// The SVG graph.
    #[default]
    Graph,
    /// The same graph as nested lists.
    Outline,
    /// The chosen path's plan, full width: timeline, skills, checklist.
    Plan,
}

/// The plan part of an address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct PlanQuery {
    /// Where the person is.
    pub from: Option<String>,
    /// Where they want to go.
    pub to: Option<String>,
    /// How alternatives are ranked.
    pub ranking: Ranking,
    /// The chosen alternative, 0-based (written 1-based in the address).
    pub chosen: Option<usize>,
}

/// A parsed address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Route {
    /// What is open.
    pub selection: Selection,
    /// The plan, when the address has a query part.
    pub plan: Option<PlanQuery>,
    /// The main view.
    pub view: ViewMode,
}

/// Keeps only characters that can appear in an id, so a hostile address
/// cannot smuggle anything else into the page or storage.
fn id_part(s: &str) -> Option<String> {
    let clean: String = s.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(64).collect();
    (!clean.is_empty()).then(|| clean.to_ascii_lowercase())
}

impl Route {
    /// What is left of an address when `graph` replaces the graph it was
    /// written for: the same view, and what is open if `graph` has it too
    /// (a role missing from one graph may be in the next: the person
    /// switched to look for it); never the plan, whose ends `graph` keeps
    /// for itself.
    pub fn carried_to(&self, graph: &Graph) -> Route {
        let selection = match self.selection.resolve(graph) {
            Resolved::Role(_) | Resolved::Move(_) | Resolved::Skill(_) => self.selection.clone(),
            Resolved::None | Resolved::Missing(..) => Selection::None,
        };
        Route { selection, plan: None, view: self.view }
    }

    /// Parses a hash such as `#/role/tpm?from=a&to=b`. The leading `#` and
    /// `/` are optional.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#');
        let (path, query) = match hash.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (hash, None),
        };
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let selection = match parts.as_slice() {
            ["role", id] => id_part(id).map(Selection::Role),
            ["move", from, to] => id_part(from).zip(id_part(to)).map(|(f, t)| Selection::Move(f, t)),
            ["skill", id] => id_part(id).map(Selection::Skill),
            _ => None,
        }
        .unwrap_or_default();
        let mut route = Route { selection, plan: None, view: ViewMode::Graph };
        if let Some(query) = query {
            let mut plan = PlanQuery::default();
            let mut ranked = false;
            for pair in query.split('&') {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                match key {
                    "from" => plan.from = id_part(value),
                    "to" => plan.to = id_part(value),
                    "rank" => {
                        plan.ranking = Ranking::parse(value).unwrap_or_default();
                        ranked = true;
                    }
                    "alt" => plan.chosen = value.parse::<usize>().ok().filter(|n| (1..=10).contains(n)).map(|n| n - 1),
                    "view" if value == "outline" => route.view = ViewMode::Outline,
                    "view" if value == "plan" => route.view = ViewMode::Plan,
                    _ => {}
                }
            }
            // A `rank` key alone opens the planner; "rank=" inside another
            // key or value does not (found by fuzzing).
            let has_plan = plan != PlanQuery::default() || ranked;
            route.plan = has_plan.then_some(plan);
        }
        route
    }

    /// Formats the address, starting with `#/`.
    pub fn to_hash(&self) -> String {
        let mut out = match &self.selection {
            Selection::None => "#/".to_owned(),
            Selection::Role(id) => format!("#/role/{id}"),
            Selection::Move(from, to) => format!("#/move/{from}/{to}"),
            Selection::Skill(id) => format!("#/skill/{id}"),
        };
        let mut query: Vec<String> = Vec::new();
        if let Some(plan) = &self.plan {
            query.extend(plan.from.as_ref().map(|f| format!("from={f}")));
            query.extend(plan.to.as_ref().map(|t| format!("to={t}")));
            // The default ranking is written only when nothing else says
            // the planner is open, so the address parses back to a plan.
            if plan.ranking != Ranking::default() || *plan == PlanQuery::default() {
                query.push(format!("rank={}", plan.ranking.as_str()));
            }
            query.extend(plan.chosen.map(|c| format!("alt={}", c + 1)));
        }
        match self.view {
            ViewMode::Graph => {}
            ViewMode::Outline => query.push("view=outline".to_owned()),
            ViewMode::Plan => query.push("view=plan".to_owned()),
        }
        if !query.is_empty() {
            out.push('?');
            out.push_str(&query.join("&"));
        }
        out
    }
}
