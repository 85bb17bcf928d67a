//! The career graph drawn in SVG.
//!
//! Roles are links (`<a href="#/role/id">`), so Enter and clicks open them
//! with no script, and only one of them is in the tab order at a time (a
//! roving tab stop): arrow keys move between roles, Shift+arrows pan, + and -
//! zoom, 0 fits. The mouse pans by dragging and zooms with the wheel; two
//! fingers pinch. Graphs of up to [`FULL_LIMIT`] roles are drawn whole, in
//! the domain's layout (lanes by track, rows by level); larger ones show the
//! chosen path, or the open role's neighbourhood, and leave the rest to
//! search and the outline.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::rc::Rc;

use yew::prelude::*;

use super::links::role_href;
use super::GraphRef;
use crate::domain::graph::{RoleIx, TransIx};
use crate::domain::layout::{focus_layout, full_layout, nearest_in_direction, path_layout, Direction2, Point};
use crate::domain::route::Selection;
use crate::domain::text::wrap_label;
use crate::domain::viewport::ViewBox;
use crate::platform;

/// Graphs with more roles than this are drawn as a neighbourhood.
pub const FULL_LIMIT: usize = 150;
const CELL_W: f64 = 180.0;
const CELL_H: f64 = 90.0;
const NODE_W: f64 = 162.0;
const NODE_H: f64 = 56.0;
/// Room above the first row for the lane names.
const TOP: f64 = 40.0;
/// Most roles per column in a neighbourhood.
const PER_COLUMN: usize = 14;
const FRAME_ID: &str = "sb-graph-frame";
/// Smallest initial zoom, in screen pixels per drawing unit: at 0.55 a
/// node's 14-unit title is about 8 px high, the smallest that still reads.
const MIN_SCALE: f64 = 0.55;

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

/// What is drawn: role centres, lanes, moves, size, and a caption.
#[derive(Debug, PartialEq)]
struct Drawing {
    nodes: Vec<(RoleIx, Point)>,
    lanes: Vec<(String, f64, f64)>,
    moves: Vec<TransIx>,
    width: f64,
    height: f64,
    caption: Option<String>,
}

fn centre(p: Point) -> Point {
    Point {
        x: (f64::from(p.x) * CELL_W + CELL_W / 2.0) as f32,
        y: (TOP + f64::from(p.y) * CELL_H + CELL_H / 2.0) as f32,
    }
}

/// The moves into and out of `centre` whose other end is drawn. (Not the
/// moves among its neighbours: in a dense graph such as the O*NET atlas they
/// are ten times as many, hide the centre's own moves, and cost the most to
/// draw.)
fn moves_of(graph: &GraphRef, centre: RoleIx, nodes: &[(RoleIx, Point)]) -> Vec<TransIx> {
    let drawn: HashSet<RoleIx> = nodes.iter().map(|(r, _)| *r).collect();
    let mut moves: Vec<TransIx> = graph
        .outgoing(centre)
        .iter()
        .chain(graph.incoming(centre))
        .copied()
        .filter(|&t| {
            let (a, b) = graph.ends(t);
            drawn.contains(&a) && drawn.contains(&b)
        })
        .collect();
    moves.sort_unstable();
    moves
}

/// What to draw for a large graph: the chosen path, else the neighbourhood
/// of the open role (or of the start of the plan).
fn focus_drawing(graph: &GraphRef, centre_role: Option<RoleIx>, path: &[RoleIx]) -> Drawing {
    let total = graph.roles().len();
    let (layout, what) = if path.len() > 1 {
        (path_layout(path), "the chosen path".to_owned())
    } else if let Some(c) = centre_role {
        (focus_layout(graph, c, 1, PER_COLUMN), format!("the neighbourhood of {}", graph.role(c).title))
    } else {
        return Drawing {
            nodes: Vec::new(),
            lanes: Vec::new(),
            moves: Vec::new(),
            width: 0.0,
            height: 0.0,
            caption: Some(format!(
                "This graph has {total} roles, too many to draw at once. Open a role (press / to search, or use the outline) or plan a move, and its neighbourhood is drawn here."
            )),
        };
    };
    let nodes: Vec<(RoleIx, Point)> = layout.nodes.iter().map(|&(r, p)| (r, centre(p))).collect();
    let hidden =
        if layout.hidden > 0 { format!(" {} more nearby roles are not drawn.", layout.hidden) } else { String::new() };
    Drawing {
        moves: match centre_role {
            Some(c) if path.len() <= 1 => moves_of(graph, c, &nodes),
            _ => Vec::new(),
        },
        caption: Some(format!("Showing {} of {total} roles: {what}.{hidden}", nodes.len())),
        nodes,
        lanes: Vec::new(),
        width: f64::from(layout.width) * CELL_W,
        height: TOP + f64::from(layout.height) * CELL_H,
    }
}

fn full_drawing(graph: &GraphRef) -> Drawing {
    let layout = full_layout(graph);
    let nodes: Vec<(RoleIx, Point)> = graph.role_indices().map(|r| (r, centre(layout.positions[r.index()]))).collect();
    Drawing {
        lanes: layout
            .lanes
            .iter()
            .map(|l| (l.name.clone(), f64::from(l.x) * CELL_W, f64::from(l.width) * CELL_W))
            .collect(),
        moves: (0..graph.transitions().len()).map(TransIx::new).collect(),
        width: f64::from(layout.width) * CELL_W,
        height: TOP + f64::from(layout.height) * CELL_H,
        caption: None,
        nodes,
    }
}

/// An SVG path for a move from box centre `a` to box centre `b`: from the
/// edge of one box to the edge of the other, bowed a little so that moves in
/// both directions between two roles do not overlap.
fn edge_path(a: Point, b: Point) -> String {
    let (ax, ay, bx, by) = (f64::from(a.x), f64::from(a.y), f64::from(b.x), f64::from(b.y));
    let (dx, dy) = (bx - ax, by - ay);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    // Leave each box where the straight line crosses its border.
    let cut = |dx: f64, dy: f64| -> f64 {
        let tx = if dx.abs() > 1e-9 { (NODE_W / 2.0 + 4.0) / dx.abs() } else { f64::INFINITY };
        let ty = if dy.abs() > 1e-9 { (NODE_H / 2.0 + 4.0) / dy.abs() } else { f64::INFINITY };
        tx.min(ty).min(0.45)
    };
    let t = cut(dx, dy);
    let (sx, sy) = (ax + dx * t, ay + dy * t);
    let (ex, ey) = (bx - dx * t, by - dy * t);
    let bow = 0.12 * len;
    let (mx, my) = ((sx + ex) / 2.0 - dy / len * bow, (sy + ey) / 2.0 + dx / len * bow);
    let r = |v: f64| v.round() as i64;
    format!("M{} {} Q{} {} {} {}", r(sx), r(sy), r(mx), r(my), r(ex), r(ey))
}

/// The graph view.
#[component]
pub fn GraphView(props: &GraphViewProps) -> Html {
    let graph = &props.graph;
    let large = graph.roles().len() > FULL_LIMIT;
    let selected_role = match &props.selection {
        Selection::Role(id) => graph.role_ix(id),
        Selection::Move(from, _) => graph.role_ix(from),
        _ => None,
    };
    let centre_role = selected_role.or(props.from);
    let focus_key = if large { (centre_role, props.path_roles.clone()) } else { (None, Vec::new()) };
    let drawing = use_memo((graph.clone(), focus_key), |(g, (c, path))| {
        if g.roles().len() > FULL_LIMIT {
            focus_drawing(g, *c, path)
        } else {
            full_drawing(g)
        }
    });
    let size = (drawing.width, drawing.height);
    let view = use_state(|| ViewBox::fit(size.0, size.1, 1.6));
    let focused = use_state(|| None::<RoleIx>);
    let pointers = use_mut_ref(HashMap::<i32, (f64, f64)>::default);
    let dragged = use_mut_ref(|| 0.0f64);

    // Frame the drawing whenever it changes: fit it, but never so small that
    // labels cannot be read; then centre on what matters.
    let focus_point = {
        let points: HashMap<RoleIx, Point> = drawing.nodes.iter().copied().collect();
        let p = props
            .path_roles
            .first()
            .or(selected_role.as_ref())
            .or(props.from.as_ref())
            .and_then(|r| points.get(r).copied());
        p.map(|p| (f64::from(p.x), f64::from(p.y))).unwrap_or((drawing.width / 2.0, drawing.height / 2.0))
    };
    {
        let view = view.clone();
        use_effect_with(Rc::clone(&drawing), move |d| {
            let frame = platform::size_of(FRAME_ID);
            let aspect = frame.map(|(w, h, _, _)| w / h.max(1.0)).unwrap_or(1.6);
            let fit = ViewBox::fit(d.width, d.height, aspect);
            view.set(frame.map_or(fit, |(w, ..)| fit.legible(w, MIN_SCALE, focus_point, (d.width, d.height))));
            platform::mark("sb:graph-drawn");
        });
    }

    let positions: HashMap<RoleIx, Point> = drawing.nodes.iter().copied().collect();
    // What to emphasise: the open role (and its neighbours) or move, and the
    // chosen path.
    let mut related: HashSet<RoleIx> = HashSet::default();
    let mut hot_moves: HashSet<TransIx> = HashSet::default();
    match &props.selection {
        Selection::Role(id) => {
            if let Some(r) = graph.role_ix(id) {
                related.insert(r);
                for &t in graph.outgoing(r).iter().chain(graph.incoming(r)) {
                    let (a, b) = graph.ends(t);
                    related.insert(a);
                    related.insert(b);
                    hot_moves.insert(t);
                }
            }
        }
        Selection::Move(a, b) => {
            if let (Some(a), Some(b)) = (graph.role_ix(a), graph.role_ix(b)) {
                related.extend([a, b]);
                hot_moves.extend(graph.transition_between(a, b));
            }
        }
        _ => {}
    }
    let on_path: HashSet<RoleIx> = props.path_roles.iter().copied().collect();
    let path_moves: HashSet<TransIx> = props.path_moves.iter().copied().collect();
    let emphasis = !related.is_empty() || !on_path.is_empty();
    let tab_stop = focused
        .filter(|r| positions.contains_key(r))
        .or(selected_role.filter(|r| positions.contains_key(r)))
        .or(drawing.nodes.first().map(|(r, _)| *r));

    // Screen position to drawing position.
    let to_drawing = {
        let view = *view;
        move |cx: f64, cy: f64| -> Option<(f64, f64)> {
            let (w, h, left, top) = platform::size_of(FRAME_ID)?;
            Some((view.x + (cx - left) / w.max(1.0) * view.w, view.y + (cy - top) / h.max(1.0) * view.h))
        }
    };

    let onwheel = {
        let view = view.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let factor = if e.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 };
            if let Some((px, py)) = to_drawing(f64::from(e.client_x()), f64::from(e.client_y())) {
                view.set(view.zoom_at(factor, px, py, size));
            }
        })
    };
    let onpointerdown = {
        let (pointers, dragged) = (pointers.clone(), dragged.clone());
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().insert(e.pointer_id(), (f64::from(e.client_x()), f64::from(e.client_y())));
            *dragged.borrow_mut() = 0.0;
        })
    };
    let onpointermove = {
        let (view, pointers, dragged) = (view.clone(), pointers.clone(), dragged.clone());
        Callback::from(move |e: PointerEvent| {
            let id = e.pointer_id();
            let now = (f64::from(e.client_x()), f64::from(e.client_y()));
            let mut map = pointers.borrow_mut();
            let Some(&before) = map.get(&id) else { return };
            match map.len() {
                1 => {
                    let (dx, dy) = (now.0 - before.0, now.1 - before.1);
                    *dragged.borrow_mut() += dx.abs() + dy.abs();
                    let width = platform::size_of(FRAME_ID).map_or(1.0, |s| s.0);
                    view.set(view.pan_pixels(dx, dy, width, size));
                }
                2 => {
                    let other = map.iter().find(|(k, _)| **k != id).map(|(_, v)| *v).unwrap_or(before);
                    let dist = |p: (f64, f64)| ((p.0 - other.0).powi(2) + (p.1 - other.1).powi(2)).sqrt().max(1.0);
                    let factor = dist(now) / dist(before);
                    *dragged.borrow_mut() += 10.0;
                    if let Some((px, py)) = to_drawing((now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0) {
                        view.set(view.zoom_at(factor, px, py, size));
                    }
                }
                _ => {}
            }
            map.insert(id, now);
        })
    };
    let onpointerup = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().remove(&e.pointer_id());
        })
    };
    // A drag that started on a role must not also open it.
    let onclick = {
        let dragged = dragged.clone();
        Callback::from(move |e: MouseEvent| {
            if *dragged.borrow() > 6.0 {
                e.prevent_default();
            }
        })
    };
    let onkeydown = {
        let (view, focused) = (view.clone(), focused.clone());
        let nodes = drawing.nodes.clone();
        let graph = graph.clone();
        Callback::from(move |e: KeyboardEvent| {
            let dir = match e.key().as_str() {
                "ArrowUp" => Some(Direction2::Up),
                "ArrowDown" => Some(Direction2::Down),
                "ArrowLeft" => Some(Direction2::Left),
                "ArrowRight" => Some(Direction2::Right),
                _ => None,
            };
            match (dir, e.key().as_str()) {
                (Some(d), _) if e.shift_key() => {
                    e.prevent_default();
                    let step = view.w * 0.15;
                    let (dx, dy) = match d {
                        Direction2::Up => (0.0, -step),
                        Direction2::Down => (0.0, step),
                        Direction2::Left => (-step, 0.0),
                        Direction2::Right => (step, 0.0),
                    };
                    view.set(view.pan(dx, dy, size));
                }
                (Some(d), _) => {
                    e.prevent_default();
                    let from = focused.or_else(|| nodes.first().map(|(r, _)| *r));
                    if let Some(next) = from.and_then(|f| nearest_in_direction(&nodes, f, d)) {
                        if let Some((_, p)) = nodes.iter().find(|(r, _)| *r == next) {
                            if !view.contains(f64::from(p.x), f64::from(p.y)) {
                                view.set(view.center_on(f64::from(p.x), f64::from(p.y)));
                            }
                        }
                        platform::focus(&format!("sb-node-{}", graph.role(next).id));
                    }
                }
                (None, "+") | (None, "=") => view.set(view.zoom(1.25, size)),
                (None, "-") | (None, "_") => view.set(view.zoom(0.8, size)),
                (None, "0") => {
                    let aspect = platform::size_of(FRAME_ID).map(|(w, h, _, _)| w / h.max(1.0)).unwrap_or(1.6);
                    view.set(ViewBox::fit(size.0, size.1, aspect));
                }
                _ => {}
            }
        })
    };
    let zoom = |factor: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(view.zoom(factor, size)))
    };
    let onfit = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            let aspect = platform::size_of(FRAME_ID).map(|(w, h, _, _)| w / h.max(1.0)).unwrap_or(1.6);
            view.set(ViewBox::fit(size.0, size.1, aspect));
        })
    };

    let moves = drawing.moves.iter().filter_map(|&t| {
        let (a, b) = graph.ends(t);
        let (pa, pb) = (positions.get(&a)?, positions.get(&b)?);
        let class = classes!(
            "sb-edge",
            path_moves.contains(&t).then_some("is-path"),
            hot_moves.contains(&t).then_some("is-hot"),
            (emphasis && !path_moves.contains(&t) && !hot_moves.contains(&t)).then_some("is-dim")
        );
        let marker =
            if path_moves.contains(&t) || hot_moves.contains(&t) { "url(#sb-arrow-hot)" } else { "url(#sb-arrow)" };
        Some(html! { <path class={class} d={edge_path(*pa, *pb)} marker-end={marker} /> })
    });
    let nodes = drawing.nodes.iter().map(|&(r, p)| {
        let role = graph.role(r);
        let (x, y) = (f64::from(p.x) - NODE_W / 2.0, f64::from(p.y) - NODE_H / 2.0);
        let lines = wrap_label(&role.title, 21, 2);
        let first_y = f64::from(p.y) - if lines.len() > 1 { 12.0 } else { 4.0 };
        let is_selected = selected_role == Some(r) && matches!(props.selection, Selection::Role(_));
        let class = classes!(
            "sb-node",
            is_selected.then_some("is-selected"),
            (related.contains(&r) && !is_selected).then_some("is-related"),
            on_path.contains(&r).then_some("is-path"),
            (props.from == Some(r)).then_some("is-from"),
            (props.to == Some(r)).then_some("is-to"),
            (emphasis && !related.contains(&r) && !on_path.contains(&r)).then_some("is-dim")
        );
        // The name starts with exactly what is drawn (title, then "Level
        // n"), so speech and sight agree; then what the drawing shows only
        // by its style.
        let mut label = role.title.clone();
        if let Some(l) = role.level {
            label.push_str(&format!(", Level {l}"));
        }
        if props.from == Some(r) {
            label.push_str(", where you are");
        }
        if props.to == Some(r) {
            label.push_str(", your goal");
        }
        let onfocus = {
            let focused = focused.clone();
            Callback::from(move |_: FocusEvent| focused.set(Some(r)))
        };
        let r_ = |v: f64| v.round() as i64;
        html! {
            // The level is drawn outside the link: a link's visible text must
            // be part of its name, and a shortened title followed by the
            // level would not be (the name has the whole title).
            <g class={class}>
                <a id={format!("sb-node-{}", role.id)} class="sb-node-link" href={role_href(&role.id)}
                    tabindex={if tab_stop == Some(r) { "0" } else { "-1" }}
                    aria-label={label} aria-current={is_selected.then_some("true")} {onfocus} onclick={onclick.clone()}>
                    <rect x={r_(x).to_string()} y={r_(y).to_string()} width={r_(NODE_W).to_string()} height={r_(NODE_H).to_string()} rx="10" />
                    <text class="sb-node-title" x={r_(f64::from(p.x)).to_string()} y={r_(first_y).to_string()} aria-hidden="true">
                        { for lines.iter().enumerate().map(|(i, line)| html! {
                            // The leading space is not drawn, but keeps words
                            // apart in the text a screen reader or axe reads.
                            <tspan x={r_(f64::from(p.x)).to_string()} dy={if i == 0 { "0" } else { "16" }}>{ if i == 0 { line.clone() } else { format!(" {line}") } }</tspan>
                        }) }
                    </text>
                </a>
                if let Some(level) = role.level {
                    <text class="sb-node-meta" x={r_(f64::from(p.x)).to_string()} y={r_(f64::from(p.y) + NODE_H / 2.0 - 7.0).to_string()} aria-hidden="true">
                        { format!("Level {level}") }
                    </text>
                }
            </g>
        }
    });
    let lanes = drawing.lanes.iter().enumerate().map(|(i, (name, x, w))| {
        let r_ = |v: f64| v.round() as i64;
        html! {
            <g class={classes!("sb-lane", (i % 2 == 1).then_some("is-alt"))}>
                <rect x={r_(*x).to_string()} y="0" width={r_(*w).to_string()} height={r_(drawing.height).to_string()} />
                <text x={r_(x + w / 2.0).to_string()} y="26">{ name }</text>
            </g>
        }
    });

    html! {
        <div class="sb-graph">
            <div class="sb-graph-tools" role="group" aria-label="Zoom">
                <button type="button" class="sb-button sb-icon" onclick={zoom(1.25)} aria-label="Zoom in" title="Zoom in (+)">{ "+" }</button>
                <button type="button" class="sb-button sb-icon" onclick={zoom(0.8)} aria-label="Zoom out" title="Zoom out (\u{2212})">{ "\u{2212}" }</button>
                <button type="button" class="sb-button" onclick={onfit} title="Fit the whole drawing (0)">{ "Fit" }</button>
                <span class="sb-muted sb-hint">{ "Drag to pan \u{00b7} wheel or pinch to zoom \u{00b7} arrow keys move between roles" }</span>
            </div>
            if let Some(caption) = &drawing.caption {
                <p class="sb-caption">{ caption }</p>
            }
            if !drawing.nodes.is_empty() {
                <div id={FRAME_ID} class="sb-graph-frame">
                    <svg class="sb-svg" viewBox={view.attr()} role="group"
                        aria-label={format!("Career graph, {} roles drawn. Arrow keys move between roles, Enter opens one.", drawing.nodes.len())}
                        {onwheel} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup.clone()}
                        onpointerleave={onpointerup} {onkeydown}>
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
