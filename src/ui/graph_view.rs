//! The career graph drawn in SVG.
//!
//! What is drawn is the domain's `drawing` (geometry, emphasis, names);
//! moving around is `use_pan_zoom`; each role is a [`GraphNode`]. Only one
//! role is in the tab order at a time (a roving tab stop).

use std::rc::Rc;

use yew::prelude::*;

use super::graph_node::GraphNode;
use super::hooks::{use_pan_zoom, FRAME_ID};
use super::shared::GraphRef;
use crate::domain::drawing::{edge_path, Drawing, Emphasis, FULL_LIMIT};
use crate::domain::graph::{RoleIx, TransIx};
use crate::domain::route::Selection;

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

/// The graph view.
#[component]
pub fn GraphView(props: &GraphViewProps) -> Html {
    let graph = &props.graph;
    let open = props.selection.resolve(graph);
    let selected_role = open.role(graph);
    // Only a large graph's drawing depends on what is open.
    let large = graph.roles().len() > FULL_LIMIT;
    let focus_key = if large { (selected_role.or(props.from), props.path_roles.clone()) } else { (None, Vec::new()) };
    let drawing = use_memo((graph.clone(), focus_key), |(g, (centre, path))| Drawing::of(g, *centre, path));
    let focus = drawing.focus_point(&[props.path_roles.first().copied(), selected_role, props.from]);
    let pz = use_pan_zoom(graph.clone(), Rc::clone(&drawing), focus);

    let positions = drawing.positions();
    let emphasis = Emphasis::new(graph, open, (props.from, props.to), (&props.path_roles, &props.path_moves));
    let tab_stop = pz
        .focused
        .filter(|r| positions.contains_key(r))
        .or(selected_role.filter(|r| positions.contains_key(r)))
        .or(drawing.nodes.first().map(|(r, _)| *r));

    let moves = drawing.moves.iter().filter_map(|&t| {
        let (a, b) = graph.ends(t);
        let (pa, pb) = (positions.get(&a)?, positions.get(&b)?);
        let marks = emphasis.edge(t);
        let class = classes!(
            "sb-edge",
            marks.on_path.then_some("is-path"),
            marks.hot.then_some("is-hot"),
            marks.dim.then_some("is-dim")
        );
        let marker = if marks.on_path || marks.hot { "url(#sb-arrow-hot)" } else { "url(#sb-arrow)" };
        Some(html! { <path class={class} d={edge_path(*pa, *pb)} marker-end={marker} /> })
    });
    let nodes = drawing.nodes.iter().map(|&(r, at)| {
        html! {
            <GraphNode key={r.index()} graph={graph.clone()} role={r} {at} marks={emphasis.node(r)}
                tab_stop={tab_stop == Some(r)} onfocus={pz.onfocus.clone()} onclick={pz.onclick.clone()} />
        }
    });
    let lanes = drawing.lanes.iter().enumerate().map(|(i, lane)| {
        let r_ = |v: f64| (v.round() as i64).to_string();
        html! {
            <g class={classes!("sb-lane", (i % 2 == 1).then_some("is-alt"))}>
                <rect x={r_(lane.x)} y="0" width={r_(lane.width)} height={r_(drawing.height)} />
                <text x={r_(lane.x + lane.width / 2.0)} y="26">{ &lane.name }</text>
            </g>
        }
    });

    html! {
        <div class="sb-graph">
            <div class="sb-graph-tools" role="group" aria-label="Zoom">
                <button type="button" class="sb-button sb-icon" onclick={pz.zoom_in.clone()} aria-label="Zoom in" title="Zoom in (+)">{ "+" }</button>
                <button type="button" class="sb-button sb-icon" onclick={pz.zoom_out.clone()} aria-label="Zoom out" title="Zoom out (\u{2212})">{ "\u{2212}" }</button>
                <button type="button" class="sb-button" onclick={pz.fit.clone()} title="Fit the whole drawing (0)">{ "Fit" }</button>
                <span class="sb-muted sb-hint">{ "Drag to pan \u{00b7} wheel or pinch to zoom \u{00b7} arrow keys move between roles" }</span>
            </div>
            if let Some(caption) = &drawing.caption {
                <p class="sb-caption">{ caption }</p>
            }
            if !drawing.nodes.is_empty() {
                <div id={FRAME_ID} class="sb-graph-frame">
                    <svg class="sb-svg" viewBox={pz.view.attr()} role="group"
                        aria-label={format!("Career graph, {} roles drawn. Arrow keys move between roles, Enter opens one.", drawing.nodes.len())}
                        onwheel={pz.onwheel.clone()} onpointerdown={pz.onpointerdown.clone()} onpointermove={pz.onpointermove.clone()}
                        onpointerup={pz.onpointerup.clone()} onpointercancel={pz.onpointerup.clone()}
                        onpointerleave={pz.onpointerup.clone()} onkeydown={pz.onkeydown.clone()}>
                        <defs>
                            <marker id="sb-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                                <path class="sb-arrowhead" d="M0 0 L10 5 L0 10 z" />
                            </marker>
                            <marker id="sb-arrow-hot" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                                <path class="sb-arrowhead is-hot" d="M0 0 L10 5 L0 10 z" />
                            </marker>
                        </defs>
                        <g aria-hidden="true">{ for lanes }</g>
                        <g class="sb-edges" aria-hidden="true">{ for moves }</g>
                        <g class="sb-nodes">{ for nodes }</g>
                    </svg>
                </div>
            }
        </div>
    }
}
