//! The page: header and its panels, notices, the plan and skills, the graph
//! or outline, the detail panel and the footer. The shell lays them out and
//! holds only what spans them: which header panel is open, dropped files,
//! and the planner's answer (shared by the planner and the graph).

use yew::prelude::*;

use super::context::{use_explorer, use_graphs, use_notices, use_page};
use super::hooks::{use_file_drop, use_plan};
use super::{DetailPanel, EmbedPanel, Footer, GraphView, GraphsPanel, Header, Notices, Outline, Planner, SkillsPanel};
use crate::domain::route::ViewMode;
use crate::domain::state::Theme;

/// The header's panels, at most one open at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeaderPanel {
    Embed,
    Graphs,
}

/// The page layout.
#[component]
pub fn Shell() -> Html {
    let (ex, page, graphs, notices) = (use_explorer(), use_page(), use_graphs(), use_notices());
    let state = &ex.state;
    let plan = use_plan(&ex);
    let drop = use_file_drop(!page.embed, graphs.run.clone());
    let panel = use_state(|| None::<HeaderPanel>);
    let toggle = |which: HeaderPanel| {
        let panel = panel.clone();
        Callback::from(move |_: ()| panel.set(if *panel == Some(which) { None } else { Some(which) }))
    };
    let (toggle_embed, toggle_graphs) = (toggle(HeaderPanel::Embed), toggle(HeaderPanel::Graphs));
    let theme = match state.theme {
        Theme::Auto => None,
        t => Some(t.as_str()),
    };
    let (path_roles, path_moves) = plan.chosen.as_ref().map(|c| (c.roles.clone(), c.moves.clone())).unwrap_or_default();
    let (from, to) = (plan.from, plan.to);
    let canvas_label = if state.view == ViewMode::Graph { "Career graph" } else { "Outline of the career graph" };

    html! {
        <div class={classes!("switchback", page.embed.then_some("sb-embed"), drop.dragging.then_some("sb-dragging"))} data-theme={theme}
            ondragover={drop.ondragover} ondragleave={drop.ondragleave} ondrop={drop.ondrop}>
            <Header embed_open={*panel == Some(HeaderPanel::Embed)} ontoggleembed={toggle_embed.clone()}
                graphs_open={*panel == Some(HeaderPanel::Graphs)} ontogglegraphs={toggle_graphs.clone()} />
            <EmbedPanel open={*panel == Some(HeaderPanel::Embed)} onclose={toggle_embed} />
            <GraphsPanel open={*panel == Some(HeaderPanel::Graphs)} onclose={toggle_graphs} />
            <main class="sb-layout">
                <Notices />
                <section class="sb-side" aria-label="Plan a move and your skills">
                    <Planner {plan} />
                    <SkillsPanel />
                </section>
                <section class="sb-canvas" aria-label={canvas_label}>
                    if state.view == ViewMode::Graph {
                        <GraphView graph={ex.graph.clone()} selection={state.selection.clone()} {from} {to} {path_roles} {path_moves} />
                    } else {
                        <Outline />
                    }
                </section>
                <section class="sb-detail" aria-label="Details">
                    <DetailPanel />
                </section>
                <p class="sb-sr-only" role="status" aria-live="polite">{ notices.status.clone() }</p>
            </main>
            <Footer />
        </div>
    }
}
