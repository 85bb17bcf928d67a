//! The page: header, the plan and skills, the graph or outline, and the
//! detail panel. Everything shown is derived here from the graph and the
//! state, with `use_memo` keyed on exactly what each piece depends on, so a
//! click recomputes only what it changed.

use std::rc::Rc;

use yew::prelude::*;

use super::app::{GraphCommand, Loading};
use super::notices::{Notice, Notices};
use super::{
    AboutGraph, EmbedPanel, GraphRef, GraphView, GraphsPanel, Header, MovePanel, Outline, Planner, RolePanel, Shared,
    SkillPanel, SkillsPanel,
};
use crate::domain::graph::{RoleIx, TransIx};
use crate::domain::library::{Library, Origin, ATLAS_KEY};
use crate::domain::paths::{plan_paths, PathOption, PathResult, Query};
use crate::domain::plan::plan_steps;
use crate::domain::route::{Selection, ViewMode};
use crate::domain::search::SearchIndex;
use crate::domain::skillset::SkillSet;
use crate::domain::state::{Action, ExplorerState};
use crate::platform;

/// Props for [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The graph being explored.
    pub graph: GraphRef,
    /// The key the graph's progress is stored under (`builtin`, …).
    #[prop_or_default]
    pub graph_key: AttrValue,
    /// The explorer's state.
    pub state: Rc<ExplorerState>,
    /// Applies an action to the state.
    pub ondispatch: Callback<Action>,
    /// Notices to show.
    #[prop_or_default]
    pub notices: Vec<Notice>,
    /// Dismisses a notice.
    #[prop_or_default]
    pub ondismiss: Callback<u32>,
    /// A short message for screen readers ("Link copied").
    #[prop_or_default]
    pub status: AttrValue,
    /// A graph being read, if any.
    #[prop_or_default]
    pub loading: Option<Loading>,
    /// Copies the page address.
    #[prop_or_default]
    pub oncopylink: Callback<()>,
    /// Copies a text (the plan as Markdown).
    #[prop_or_default]
    pub oncopyplan: Callback<String>,
    /// Copies a text (an embed snippet).
    #[prop_or_default]
    pub oncopy: Callback<String>,
    /// Opens the print dialog.
    #[prop_or_default]
    pub onprint: Callback<()>,
    /// Compact chrome for an iframe.
    #[prop_or_default]
    pub embed: bool,
    /// The address of the folder the page is in (for embed snippets).
    #[prop_or_default]
    pub page_folder: AttrValue,
    /// The page was opened from a local file.
    #[prop_or_default]
    pub local_file: bool,
    /// Something asked of the graphs panel (load, switch, forget).
    #[prop_or_default]
    pub ongraph: Callback<GraphCommand>,
    /// Where the graph came from.
    #[prop_or(Origin::Builtin)]
    pub origin: Origin,
    /// The graphs the person has used.
    #[prop_or_default]
    pub library: Library,
}

/// The page layout and the derived data every view needs.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let graph = &props.graph;
    let state = &props.state;
    let index = use_memo(graph.clone(), |g| Shared::new(SearchIndex::new(g)));
    let have = use_memo((graph.clone(), state.have.clone()), |(g, ids)| g.skill_set(ids.iter().map(String::as_str)));
    let role_of = |id: &Option<String>| id.as_deref().and_then(|id| graph.role_ix(id));
    let (from, to) = (role_of(&state.from), role_of(&state.to));
    let paths = use_memo(
        (graph.clone(), from, to, state.ranking, (*have).clone(), state.shown),
        |(g, from, to, ranking, have, k)| match (from, to) {
            (Some(from), Some(to)) => {
                // Marks for the browser benchmark: the query alone.
                platform::mark("sb:plan-start");
                let result = plan_paths(g, &Query { from: *from, to: *to, have, ranking: *ranking, k: *k });
                platform::mark("sb:plan-end");
                Some(Rc::new(result))
            }
            _ => None,
        },
    );
    let chosen: Option<PathOption> = match (paths.as_ref().as_deref(), state.chosen) {
        (Some(PathResult::Found { options, .. }), Some(c)) => options.get(c).cloned(),
        _ => None,
    };
    let steps =
        use_memo((graph.clone(), chosen.as_ref().map(|c| c.moves.clone()), (*have).clone()), |(g, moves, have)| {
            moves.as_ref().map(|m| plan_steps(g, m, have)).unwrap_or_default()
        });

    // At most one of the header's panels is open.
    let panel = use_state(|| None::<&'static str>);
    let toggle = |name: &'static str| {
        let panel = panel.clone();
        Callback::from(move |_: ()| panel.set(if *panel == Some(name) { None } else { Some(name) }))
    };
    let (toggle_embed, toggle_graphs) = (toggle("embed"), toggle("graphs"));
    // Files dropped anywhere on the page are loaded like chosen ones.
    let dragging = use_state(|| false);
    let can_load = !props.embed;
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if can_load && platform::drag_has_files(&e) {
                e.prevent_default();
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if platform::drag_left(&e) {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (dragging, ongraph) = (dragging.clone(), props.ongraph.clone());
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            if can_load {
                let files = platform::dropped_files(&e);
                if !files.is_empty() {
                    e.prevent_default();
                    ongraph.emit(GraphCommand::OpenFiles(files));
                }
            }
        })
    };
    let dispatch = props.ondispatch.clone();
    let detail = detail_panel(graph, &state.selection, &have, &dispatch);
    let theme = match state.theme {
        crate::domain::state::Theme::Auto => None,
        t => Some(t.as_str()),
    };
    let path_roles: Vec<RoleIx> = chosen.as_ref().map(|c| c.roles.clone()).unwrap_or_default();
    let path_moves: Vec<TransIx> = chosen.as_ref().map(|c| c.moves.clone()).unwrap_or_default();

    html! {
        <div class={classes!("switchback", props.embed.then_some("sb-embed"), dragging.then_some("sb-dragging"))} data-theme={theme}
            {ondragover} {ondragleave} {ondrop}>
            <Header
                title={AttrValue::from(graph.title().to_owned())}
                graph={graph.clone()}
                index={(*index).clone()}
                view={state.view}
                theme={state.theme}
                ondispatch={dispatch.clone()}
                oncopylink={props.oncopylink.clone()}
                embed={props.embed}
                full_view={AttrValue::from(format!("{}index.html{}", props.page_folder, state.route().to_hash()))}
                can_embed={!props.embed && !props.local_file && !props.page_folder.is_empty()}
                embed_open={*panel == Some("embed")}
                ontoggleembed={toggle_embed.clone()}
                graphs_open={*panel == Some("graphs")}
                ontogglegraphs={toggle_graphs.clone()}
                search_elsewhere={(props.origin != Origin::Atlas && !props.embed && !props.local_file).then(|| (
                    AttrValue::from("all US occupations (the O*NET atlas)"),
                    props.ongraph.reform(|_| GraphCommand::Pick(ATLAS_KEY.to_owned())),
                ))}
            />
            <EmbedPanel open={*panel == Some("embed")} page_folder={props.page_folder.clone()} route={state.route()}
                oncopy={props.oncopy.clone()} onclose={toggle_embed.clone()} />
            <GraphsPanel open={*panel == Some("graphs")} graph={graph.clone()} graph_key={props.graph_key.clone()}
                origin={props.origin.clone()} library={props.library.clone()} local_file={props.local_file}
                ongraph={props.ongraph.clone()} onclose={toggle_graphs.clone()} />
            <main class="sb-layout">
                if !props.notices.is_empty() || props.loading.is_some() {
                    <div class="sb-notices">
                        if let Some(l) = &props.loading {
                            <div class="sb-notice" role="status">
                                <p>{ match l.total {
                                    Some(total) if total > 0.0 => format!("Reading {}\u{2026} {} of {} KB", l.what, (l.done / 1024.0).round(), (total / 1024.0).round()),
                                    _ => format!("Reading {}\u{2026} {} KB", l.what, (l.done / 1024.0).round()),
                                } }</p>
                                if let Some(total) = l.total.filter(|t| *t > 0.0) {
                                    <progress max={total.round().to_string()} value={l.done.round().to_string()} aria-label="Reading the graph" />
                                }
                            </div>
                        }
                        <Notices notices={props.notices.clone()} ondismiss={props.ondismiss.clone()} />
                    </div>
                }
                <section class="sb-side" aria-label="Plan a move and your skills">
                    <Planner
                        graph={graph.clone()}
                        index={(*index).clone()}
                        from={from}
                        to={to}
                        ranking={state.ranking}
                        shown={state.shown}
                        chosen={state.chosen}
                        paths={(*paths).clone()}
                        have={(*have).clone()}
                        steps={Shared(steps.clone())}
                        done={state.done.clone()}
                        ondispatch={dispatch.clone()}
                        oncopyplan={props.oncopyplan.clone()}
                        onprint={props.onprint.clone()}
                    />
                    <SkillsPanel graph={graph.clone()} index={(*index).clone()} have={state.have.clone()} from={from} ondispatch={dispatch.clone()} open={!props.embed} />
                </section>
                <section class="sb-canvas" aria-label={if state.view == ViewMode::Graph { "Career graph" } else { "Outline of the career graph" }}>
                    if state.view == ViewMode::Graph {
                        <GraphView graph={graph.clone()} selection={state.selection.clone()} {from} {to} {path_roles} {path_moves} />
                    } else {
                        <Outline graph={graph.clone()} selection={state.selection.clone()} have={(*have).clone()} />
                    }
                </section>
                <section class="sb-detail" aria-label="Details">
                    { detail }
                </section>
                <p class="sb-sr-only" role="status" aria-live="polite">{ props.status.clone() }</p>
            </main>
            if !props.embed {
                <footer class="sb-footer">
                    <AboutGraph graph={graph.clone()} origin={props.origin.clone()} />
                    <p>{ "Switchback runs entirely in your browser: your skills and progress are saved on this device only." }</p>
                    if !props.local_file {
                        <p><a href="switchback.html" download="switchback.html">{ "Download for offline use" }</a>
                            { " (one file that works without a connection)" }</p>
                    }
                </footer>
            }
        </div>
    }
}

/// The panel for what is open, or a hint when nothing is.
fn detail_panel(graph: &GraphRef, selection: &Selection, have: &SkillSet, dispatch: &Callback<Action>) -> Html {
    let missing = |what: &str, id: &str| {
        html! {
            <div class="sb-empty" role="status">
                <p>{ format!("There is no {what} \u{201c}{id}\u{201d} in this graph.") }</p>
                <a href="#/">{ "Close" }</a>
            </div>
        }
    };
    match selection {
        Selection::Role(id) => match graph.role_ix(id) {
            Some(role) => {
                html! { <RolePanel graph={graph.clone()} {role} have={have.clone()} ondispatch={dispatch.clone()} /> }
            }
            None => missing("role", id),
        },
        Selection::Move(from, to) => match (graph.role_ix(from), graph.role_ix(to)) {
            (Some(f), Some(t)) => match graph.transition_between(f, t) {
                Some(transition) => {
                    html! { <MovePanel graph={graph.clone()} {transition} have={have.clone()} ondispatch={dispatch.clone()} /> }
                }
                None => missing("move", &format!("{from} \u{2192} {to}")),
            },
            _ => missing("move", &format!("{from} \u{2192} {to}")),
        },
        Selection::Skill(id) => match graph.skill_ix(id) {
            Some(skill) => {
                html! { <SkillPanel graph={graph.clone()} {skill} have={have.clone()} ondispatch={dispatch.clone()} /> }
            }
            None => missing("skill", id),
        },
        Selection::None => html! {
            <div class="sb-empty">
                <h2>{ "Explore" }</h2>
                <p>{ "Choose a role on the graph to see what the job involves, the skills it uses and where people go next. Press / to search." }</p>
                <p>{ "Say where you are and where you want to go under \u{201c}Plan a move\u{201d} to get ranked paths and a step-by-step plan." }</p>
            </div>
        },
    }
}
