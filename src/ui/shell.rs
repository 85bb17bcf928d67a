//! The page, laid out around the three questions a person brings: what is
//! this role (the sheet), where can I go (the graph), how do I get there
//! (the plan bar, the paths, the plan view). On wide screens the sheet sits
//! beside the graph, so whatever opens is in view; on narrow ones it slides
//! over the graph with a close control. An embed shows what its page asked
//! for: the graph with a card, the plan, or everything.

use yew::prelude::*;

use super::context::{use_explorer, use_graphs, use_notices, use_page};
use super::hooks::{use_file_drop, use_focus_on_plan, use_plan, use_sheet, SheetMode};
use super::{
    EmbedPanel, Footer, GraphView, GraphsPanel, Header, Notices, Outline, PlanBar, PlanView, Sheet, SkipLinks,
};
use crate::domain::options::EmbedView;
use crate::domain::route::ViewMode;
use crate::domain::state::{Action, Theme};

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
    let planned = state.from.clone().zip(state.to.clone());
    let sheet = use_sheet(&state.selection, planned, ex.dispatch.clone());
    use_focus_on_plan(state.view);
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
    let embed_view = if page.embed { Some(page.view) } else { None };
    // A plan embed always shows the plan; the others what the person chose.
    let view = if embed_view == Some(EmbedView::Path) { ViewMode::Plan } else { state.view };
    // From the plan view, the paths and the skills open beside the graph.
    let ontoggle = {
        let (toggle, dispatch, current) = (sheet.toggle.clone(), ex.dispatch.clone(), sheet.mode);
        let in_plan = view == ViewMode::Plan;
        Callback::from(move |mode: SheetMode| {
            if in_plan {
                dispatch.emit(Action::SetView(ViewMode::Graph));
                if current == Some(mode) {
                    return;
                }
            }
            toggle.emit(mode);
        })
    };
    let onpaths = ontoggle.reform(|_: ()| SheetMode::Paths);
    let canvas = match view {
        ViewMode::Graph => html! {
            <GraphView graph={ex.graph.clone()} selection={state.selection.clone()} {from} {to} {path_roles} {path_moves} />
        },
        ViewMode::Outline => html! { <Outline /> },
        ViewMode::Plan => html! {},
    };
    let canvas_label = if view == ViewMode::Graph { "Career graph" } else { "Outline of the career graph" };
    let full = embed_view.is_none_or(|v| v == EmbedView::App);
    let class = classes!(
        "switchback",
        page.embed.then_some("sb-embed"),
        embed_view.map(|v| match v {
            EmbedView::Graph => "sb-embed-graph",
            EmbedView::Path => "sb-embed-path",
            EmbedView::App => "sb-embed-app",
        }),
        (view == ViewMode::Plan).then_some("sb-view-plan"),
        sheet.open.then_some("sb-sheet-open"),
        drop.dragging.then_some("sb-dragging")
    );

    html! {
        <div {class} data-theme={theme} ondragover={drop.ondragover} ondragleave={drop.ondragleave} ondrop={drop.ondrop}>
            if full {
                <SkipLinks />
            }
            <Header embed_open={*panel == Some(HeaderPanel::Embed)} ontoggleembed={toggle_embed.clone()}
                graphs_open={*panel == Some(HeaderPanel::Graphs)} ontogglegraphs={toggle_graphs.clone()} />
            <EmbedPanel open={*panel == Some(HeaderPanel::Embed)} onclose={toggle_embed} />
            <GraphsPanel open={*panel == Some(HeaderPanel::Graphs)} onclose={toggle_graphs} />
            <Notices />
            if full {
                <PlanBar plan={plan.clone()} sheet={sheet.mode} {ontoggle} sheet_shown={view != ViewMode::Plan} />
            }
            <main class="sb-workspace">
                if view == ViewMode::Plan {
                    <PlanView plan={plan.clone()} {onpaths} />
                } else {
                    <section id="sb-canvas" class="sb-canvas" aria-label={canvas_label}>{ canvas }</section>
                    <Sheet sheet={sheet.clone()} plan={plan.clone()} />
                }
            </main>
            <p class="sb-sr-only" role="status" aria-live="polite">{ notices.status.clone() }</p>
            <Footer />
        </div>
    }
}
