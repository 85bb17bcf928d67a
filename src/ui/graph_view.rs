//! The career graph drawn in SVG.
//!
//! What is drawn is the domain's `drawing` (geometry, routes, emphasis,
//! names); moving around is `use_pan_zoom`; each role is a [`GraphNode`].
//! Only one role is in the tab order at a time (a roving tab stop). Each
//! arrow is a link to its move, with a wide invisible stroke so a finger can
//! hit it; the move's panel is also reachable by keyboard from the role
//! panels and the outline, so arrows stay out of the tab order.

use std::rc::Rc;

use yew::prelude::*;

use super::bidi::iso;
use super::graph_node::{units, GraphNode};
use super::hooks::{use_pan_zoom, PanZoom, FRAME_ID};
use super::links::{move_href, role_href};
use super::shared::GraphRef;
use crate::domain::drawing::{lane_name_width, Drawing, Emphasis, FULL_LIMIT, LANE_BAND, NODE_H, NODE_W};
use crate::domain::graph::{RoleIx, TransIx};
use crate::domain::route::Selection;
use crate::domain::viewport::{Focus, ViewBox};

/// Props for [`GraphView`].
#[derive(Properties, PartialEq)]
pub struct GraphViewProps {
    /// The graph.
    pub graph: GraphRef,
    /// What is open.
    pub selection: Selection,
    /// Where the person is.
    pub from: Option<RoleIx>,
    /// Where they want to go.
    pub to: Option<RoleIx>,
    /// The chosen path's roles, in order (empty when none).
    pub path_roles: Vec<RoleIx>,
    /// The chosen path's moves.
    pub path_moves: Vec<TransIx>,
}

/// The arrowheads, one per arrow style, each the colour of its line.
fn markers() -> Html {
    html! {
        <defs>
            { for ["plain", "hot", "path", "dim"].into_iter().map(|kind| html! {
                <marker id={format!("sb-arrow-{kind}")} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6"
                    markerUnits="strokeWidth" orient="auto-start-reverse">
                    <path class={format!("sb-arrowhead is-{kind}")} d="M0 0 L10 5 L0 10 z" />
                </marker>
            }) }
        </defs>
    }
}

/// The lanes' names, pinned to the top of `view` (each slid along its
/// lane to stay whole in view) over what is drawn there, with a halo the
/// colour of the page so lines under them do not cross the letters: the first view of a graph
/// taller than its frame starts at its foot (where people start), which
/// left the names above it, out of view.
fn lane_names(drawing: &Drawing, view: ViewBox) -> Html {
    let top = view.band_top(drawing.height, LANE_BAND);
    html! {
        <g class="sb-lane-names" aria-hidden="true">
            { for drawing.lanes.iter().filter_map(|lane| {
                let x = view.label_x(lane.x, lane.width, lane_name_width(&lane.name))?;
                Some(html! { <g class="sb-lane"><text x={units(x)} y={units(top + 27.0)}>{ &lane.name }</text></g> })
            }) }
        </g>
    }
}

/// Zoom in, out and back to the first view, and how to move around.
fn zoom_tools(pz: &PanZoom) -> Html {
    html! {
        <div class="sb-graph-tools" role="group" aria-label="Zoom">
            <button type="button" class="sb-button sb-icon" onclick={pz.zoom_in.clone()} aria-label="Zoom in" title="Zoom in (+)">{ "+" }</button>
            <button type="button" class="sb-button sb-icon" onclick={pz.zoom_out.clone()} aria-label="Zoom out" title="Zoom out (\u{2212})">{ "\u{2212}" }</button>
            <button type="button" class="sb-button" onclick={pz.fit.clone()} title="Back to the first view (0)">{ "Reset view" }</button>
            <span class="sb-muted sb-hint">{ "Drag to pan \u{00b7} wheel or pinch to zoom \u{00b7} arrow keys move between roles" }</span>
        </div>
    }
}

/// The graph view.
#[component]
pub fn GraphView(props: &GraphViewProps) -> Html {
    let graph = &props.graph;
    let open = props.selection.resolve(graph);
    let selected_role = open.role(graph);
    // Only a large graph's drawing depends on what is open.
    let large = graph.roles().len() > FULL_LIMIT;
    let focus_key = if large {
        (selected_role.or(props.from), props.path_roles.clone(), props.path_moves.clone())
    } else {
        (None, Vec::new(), Vec::new())
    };
    let drawing =
        use_memo((graph.clone(), focus_key), |(g, (centre, roles, moves))| Drawing::of(g, *centre, (roles, moves)));
    let routes = use_memo((graph.clone(), Rc::clone(&drawing)), |(g, d)| d.routes(g));
    // Frame what matters to the person: the open role, else their chosen
    // path (all of it when it fits), else where they are.
    // A path too long for the view starts where the person is.
    let half = (NODE_W / 2.0, NODE_H / 2.0);
    let start = props.path_roles.first().copied().or(props.from).and_then(|r| drawing.focus_point(&[Some(r)]));
    let focus = match selected_role.and_then(|r| drawing.focus_point(&[Some(r)])) {
        Some(point) => Some(Focus::around(point, half)),
        None => drawing
            .region(&props.path_roles)
            .map(|(centre, keep)| Focus { centre, keep, anchor: start.map(|s| (s, half)) })
            .or_else(|| start.map(|point| Focus::around(point, half))),
    };
    let pz = use_pan_zoom(graph.clone(), Rc::clone(&drawing), focus);

    let positions = drawing.positions();
    let emphasis = Emphasis::new(graph, open, (props.from, props.to), (&props.path_roles, &props.path_moves));
    let tab_stop = pz
        .focused
        .filter(|r| positions.contains_key(r))
        .or(selected_role.filter(|r| positions.contains_key(r)))
        .or(drawing.nodes.first().map(|(r, _)| *r));

    let arrows = routes.iter().map(|(t, route)| {
        let kind = emphasis.edge(*t).kind();
        let tr = graph.transition(*t);
        let d = route.svg();
        html! {
            <a class={format!("sb-edge-link is-{kind}")} href={move_href(&tr.from, &tr.to)} tabindex="-1"
                onclick={pz.onclick.clone()}>
                <path class="sb-edge-hit" d={d.clone()} />
                <path class={format!("sb-edge is-{kind}")} {d} marker-end={format!("url(#sb-arrow-{kind})")} />
            </a>
        }
    });
    let nodes = drawing.nodes.iter().map(|&(r, at)| {
        html! {
            <GraphNode key={r.index()} graph={graph.clone()} role={r} {at} marks={emphasis.node(r)}
                tab_stop={tab_stop == Some(r)} onfocus={pz.onfocus.clone()} onclick={pz.onclick.clone()} />
        }
    });
    let lanes = drawing.lanes.iter().enumerate().map(|(i, lane)| {
        html! {
            <g class={classes!("sb-lane", (i % 2 == 1).then_some("is-alt"))}>
                <rect x={units(lane.x)} y="0" width={units(lane.width)} height={units(drawing.height)} />
            </g>
        }
    });
    let lane_names = (!drawing.lanes.is_empty()).then(|| lane_names(&drawing, pz.view));
    // Nothing drawn (a large graph with nothing open): nothing to zoom or
    // pan.
    let tools = (!drawing.nodes.is_empty()).then(|| zoom_tools(&pz));

    html! {
        <div class="sb-graph">
            { for tools }
            if let Some(caption) = &drawing.caption {
                <p class="sb-caption">{ caption }</p>
            }
            if !drawing.starts.is_empty() {
                <p id="sb-starts-title" class="sb-muted">{ "Or start from one of these, each from a different field:" }</p>
                <ul class="sb-starts" aria-labelledby="sb-starts-title">
                    { for drawing.starts.iter().map(|&r| {
                        let role = graph.role(r);
                        // The field, so "each from a different field" says which.
                        let field = role.track.as_deref().map(|t| graph.track_name(t));
                        html! {
                            <li key={r.index()}>
                                <a href={role_href(&role.id)}>{ iso(&role.title) }</a>
                                if let Some(field) = field {
                                    <span class="sb-muted">{ iso(field) }</span>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
            if !drawing.nodes.is_empty() {
                <div id={FRAME_ID} class="sb-graph-frame">
                    <svg class="sb-svg" viewBox={pz.view.attr()} preserveAspectRatio="xMinYMin slice" role="group"
                        aria-label={format!("Career graph, {} roles drawn. Arrow keys move between roles, Enter opens one.", drawing.nodes.len())}
                        onwheel={pz.onwheel.clone()} onpointerdown={pz.onpointerdown.clone()} onpointermove={pz.onpointermove.clone()}
                        onpointerup={pz.onpointerup.clone()} onpointercancel={pz.onpointerup.clone()}
                        onpointerleave={pz.onpointerup.clone()} onkeydown={pz.onkeydown.clone()}>
                        { markers() }
                        <g aria-hidden="true">{ for lanes }</g>
                        <g class="sb-edges" aria-hidden="true">{ for arrows }</g>
                        <g class="sb-nodes">{ for nodes }</g>
                        { for lane_names }
                    </svg>
                </div>
            }
        </div>
    }
}
