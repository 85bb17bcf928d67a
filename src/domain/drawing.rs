//! What the graph view draws, as plain geometry: where each role's box is,
//! the lanes, which moves get an arrow and the arrow's route, what is
//! emphasised, and each role's accessible name.
//!
//! `layout` places roles in grid cells; this module turns cells into
//! drawing units and decides what to show. One drawing unit is one CSS
//! pixel at the default zoom, and the default zoom never goes below
//! [`MIN_SCALE`], so a role's title (14 units) and level (13) are at least
//! 12 px on screen. The UI only turns a [`Drawing`] into SVG elements, so
//! everything here is tested natively.
//!
//! Graphs of up to [`FULL_LIMIT`] roles are drawn whole, in the full layout
//! (lanes by track, rows by level); larger ones show the chosen path (with
//! its moves), or the open role's neighbourhood, and leave the rest to
//! search and the outline.
//!
//! Arrows never cross another role's box: an arrow whose straight line
//! would cross one is routed along the gutters between rows and columns
//! instead (boxes sit in the middle of their cells, so the cell boundaries
//! are free space), with rounded corners. That is a few lines of
//! arithmetic per move, where a general graph-drawing crate would add a
//! large dependency for a grid we already have.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::format::Role;
use super::graph::{Graph, RoleIx, TransIx};
use super::layout::{focus_layout, full_layout, path_layout, Point};
use super::order::{sort_by_key, Key};
use super::route::Resolved;
use super::viewport::{ViewBox, FIT_MARGIN};

/// Graphs with more roles than this are drawn as a neighbourhood.
pub const FULL_LIMIT: usize = 150;
/// A grid cell's width, in drawing units.
pub const CELL_W: f64 = 196.0;
/// A grid cell's height, in drawing units.
pub const CELL_H: f64 = 104.0;
/// A role box's width.
pub const NODE_W: f64 = 158.0;
/// A role box's height.
pub const NODE_H: f64 = 66.0;
/// Room above the first row for the lane names.
pub const TOP: f64 = 44.0;
/// The height of the band the lanes' names are shown in, pinned to the top
/// of the view, in drawing units (at the drawing's top, the names sit in the
/// space [`TOP`] keeps).
pub const LANE_BAND: f64 = 40.0;
/// About how wide a lane's name is drawn, in drawing units, erring wide:
/// 15-unit bold letters, 10.6 units each (the widest average measured, in
/// DejaVu Sans Bold, Debian's default: "Program management" is 189 units,
/// "Engineering" 102), plus the halo.
pub fn lane_name_width(name: &str) -> f64 {
    10.6 * name.chars().count() as f64 + 6.0
}
/// Most roles per column in a neighbourhood.
pub const PER_COLUMN: usize = 14;
/// Characters per line of a role's title in its box.
pub const TITLE_WIDTH: usize = 19;
/// Smallest zoom of the first view, in screen pixels per drawing unit: the
/// 13-unit level line is then at least 12 px, the title (14) 13 px.
pub const MIN_SCALE: f64 = 0.93;

/// A lane as drawn: its name, left edge and width in drawing units.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnLane {
    /// The track's name.
    pub name: String,
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
}

/// What is drawn: role centres, lanes, moves, size, and a caption.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// Each drawn role and the centre of its box.
    pub nodes: Vec<(RoleIx, Point)>,
    /// The lanes (only in the full drawing).
    pub lanes: Vec<DrawnLane>,
    /// The moves that get an arrow.
    pub moves: Vec<TransIx>,
    /// Width in drawing units.
    pub width: f64,
    /// Height in drawing units.
    pub height: f64,
    /// What is shown, when it is not the whole graph.
    pub caption: Option<String>,
    /// Roles offered to start from, when nothing is drawn (a large graph
    /// with nothing open): see [`Drawing::starting_points`].
    pub starts: Vec<RoleIx>,
}

/// How many roles an empty drawing offers to start from.
const STARTS: usize = 8;

/// The centre of a grid cell, in drawing units.
fn centre(p: Point) -> Point {
    Point {
        x: (f64::from(p.x) * CELL_W + CELL_W / 2.0) as f32,
        y: (TOP + f64::from(p.y) * CELL_H + CELL_H / 2.0) as f32,
    }
}

impl Drawing {
    /// What to draw of `graph`: all of it when it is small enough, else the
    /// chosen path (roles and moves) or the neighbourhood of `centre`.
    pub fn of(graph: &Graph, centre: Option<RoleIx>, path: (&[RoleIx], &[TransIx])) -> Drawing {
        if graph.roles().len() > FULL_LIMIT {
            Drawing::focus(graph, centre, path)
        } else {
            Drawing::full(graph)
        }
    }

    /// Every role in lanes by track and rows by level, every move.
    pub fn full(graph: &Graph) -> Drawing {
        let layout = full_layout(graph);
        let nodes = graph.role_indices().map(|r| (r, centre(layout.positions[r.index()]))).collect();
        Drawing {
            lanes: layout
                .lanes
                .iter()
                .map(|l| DrawnLane {
                    name: l.name.clone(),
                    x: f64::from(l.x) * CELL_W,
                    width: f64::from(l.width) * CELL_W,
                })
                .collect(),
            moves: (0..graph.transitions().len()).map(TransIx::new).collect(),
            width: f64::from(layout.width) * CELL_W,
            height: TOP + f64::from(layout.height) * CELL_H,
            caption: None,
            starts: Vec::new(),
            nodes,
        }
    }

    /// What to draw of a large graph: the chosen path (when nothing off it
    /// is open), else the neighbourhood of the open role (or of the start of
    /// the plan), else nothing but a caption saying how to get something
    /// drawn and roles to start from.
    pub fn focus(graph: &Graph, centre_role: Option<RoleIx>, (path, path_moves): (&[RoleIx], &[TransIx])) -> Drawing {
        let total = graph.roles().len();
        let off_path = centre_role.is_some_and(|c| !path.contains(&c));
        let (layout, what, moves) = if path.len() > 1 && !off_path {
            (path_layout(path), "the chosen path".to_owned(), path_moves.to_vec())
        } else if let Some(c) = centre_role {
            let layout = focus_layout(graph, c, 1, PER_COLUMN);
            let drawn: Vec<(RoleIx, Point)> = layout.nodes.clone();
            (layout, format!("the neighbourhood of {}", graph.role(c).title), moves_of(graph, c, &drawn))
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
                starts: Drawing::starting_points(graph, STARTS),
            };
        };
        let nodes: Vec<(RoleIx, Point)> = layout.nodes.iter().map(|&(r, p)| (r, centre(p))).collect();
        let hidden = if layout.hidden > 0 {
            format!(" {} more nearby roles are not drawn.", layout.hidden)
        } else {
            String::new()
        };
        Drawing {
            moves,
            caption: Some(format!("Showing {} of {total} roles: {what}.{hidden}", nodes.len())),
            starts: Vec::new(),
            nodes,
            lanes: Vec::new(),
            width: f64::from(layout.width) * CELL_W,
            height: TOP + f64::from(layout.height) * CELL_H,
        }
    }

    /// Where to start when a large graph has nothing drawn yet, so the
    /// empty frame offers a first click instead of only saying how to get
    /// one: `n` roles, each the best-connected of its track (most moves in
    /// and out; ties in id order), best-connected first; roles of tracks
    /// already taken only when there are fewer tracks than `n`.
    pub fn starting_points(graph: &Graph, n: usize) -> Vec<RoleIx> {
        let mut roles: Vec<RoleIx> = graph.role_indices().collect();
        sort_by_key(&mut roles, |r| {
            let moves = graph.outgoing(r).len() + graph.incoming(r).len();
            Key::new().then(u64::from(u32::MAX) - moves as u64, 32).then(u64::from(graph.id_rank(r)), 32).get()
        });
        let mut tracks = Vec::new();
        let (mut first, mut rest): (Vec<RoleIx>, Vec<RoleIx>) = (Vec::new(), Vec::new());
        for r in roles {
            let track = graph.role(r).track.as_deref();
            if tracks.contains(&track) {
                rest.push(r);
            } else {
                tracks.push(track);
                first.push(r);
            }
        }
        first.extend(rest);
        first.truncate(n);
        first
    }

    /// The drawing's size in drawing units.
    pub fn size(&self) -> (f64, f64) {
        (self.width, self.height)
    }

    /// Where each drawn role's centre is.
    pub fn positions(&self) -> HashMap<RoleIx, Point> {
        self.nodes.iter().copied().collect()
    }

    /// The point to frame first: the centre of the first of `candidates`
    /// that is drawn (the open role, where the person is, the start of the
    /// chosen path), if any.
    pub fn focus_point(&self, candidates: &[Option<RoleIx>]) -> Option<(f64, f64)> {
        candidates
            .iter()
            .flatten()
            .find_map(|r| self.nodes.iter().find(|(n, _)| n == r).map(|(_, p)| *p))
            .map(|p| (f64::from(p.x), f64::from(p.y)))
    }

    /// The centre and half size of the smallest box around the boxes of
    /// `roles` that are drawn, if any are.
    pub fn region(&self, roles: &[RoleIx]) -> Option<((f64, f64), (f64, f64))> {
        let boxes: Vec<Rect> =
            self.nodes.iter().filter(|(r, _)| roles.contains(r)).map(|(_, p)| Rect::around(*p)).collect();
        let first = boxes.first()?;
        let b = boxes.iter().fold(*first, |a, b| Rect {
            left: a.left.min(b.left),
            top: a.top.min(b.top),
            right: a.right.max(b.right),
            bottom: a.bottom.max(b.bottom),
        });
        Some((
            ((b.left + b.right) / 2.0, (b.top + b.bottom) / 2.0),
            ((b.right - b.left) / 2.0, (b.bottom - b.top) / 2.0),
        ))
    }

    /// The first view with nothing in particular to show, in a frame of
    /// `frame` screen pixels: all of it when that is legible at
    /// `min_scale`, else its top left at that scale, starting from the first
    /// row that has a role in the columns shown (an empty corner helps
    /// nobody).
    pub fn opening_view(&self, frame: Option<(f64, f64)>, min_scale: f64) -> ViewBox {
        let fit = ViewBox::fit_frame(self.width, self.height, frame);
        let Some((fw, fh)) = frame.filter(|(w, h)| *w > 0.0 && *h > 0.0) else { return fit };
        if fw / fit.w >= min_scale {
            return fit;
        }
        let (w, h) = (fw / min_scale, fh / min_scale);
        let x = -FIT_MARGIN;
        let first_row = self
            .nodes
            .iter()
            .filter(|(_, p)| f64::from(p.x) - NODE_W / 2.0 < x + w)
            .map(|(_, p)| f64::from(p.y) - NODE_H / 2.0)
            .fold(f64::INFINITY, f64::min);
        let y = if first_row <= TOP + CELL_H { -FIT_MARGIN } else { first_row - CELL_H / 3.0 };
        ViewBox { x, y: y.min(self.height + FIT_MARGIN - h).max(-FIT_MARGIN), w, h }
    }

    /// The route of every drawn move whose ends are both drawn, in
    /// [`Drawing::moves`] order.
    pub fn routes(&self, graph: &Graph) -> Vec<(TransIx, Route)> {
        let at = self.positions();
        let boxes: Vec<Rect> = self.nodes.iter().map(|(_, p)| Rect::around(*p)).collect();
        let drawn: HashSet<(RoleIx, RoleIx)> = self.moves.iter().map(|&t| graph.ends(t)).collect();
        self.moves
            .iter()
            .enumerate()
            .filter_map(|(i, &t)| {
                let (a, b) = graph.ends(t);
                let (pa, pb) = (*at.get(&a)?, *at.get(&b)?);
                let both_ways = drawn.contains(&(b, a));
                Some((t, route(Rect::around(pa), Rect::around(pb), &boxes, i, both_ways)))
            })
            .collect()
    }
}

/// The moves into and out of `centre` whose other end is drawn. (Not the
/// moves among its neighbours: in a dense graph such as the O*NET atlas they
/// are ten times as many, hide the centre's own moves, and cost the most to
/// draw.)
fn moves_of(graph: &Graph, centre: RoleIx, nodes: &[(RoleIx, Point)]) -> Vec<TransIx> {
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
    sort_by_key(&mut moves, |t| t.index() as u64);
    moves
}

/// A rectangle in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl Rect {
    /// The box of a role centred at `p`.
    pub fn around(p: Point) -> Rect {
        let (x, y) = (f64::from(p.x), f64::from(p.y));
        Rect { left: x - NODE_W / 2.0, top: y - NODE_H / 2.0, right: x + NODE_W / 2.0, bottom: y + NODE_H / 2.0 }
    }

    fn centre(&self) -> (f64, f64) {
        ((self.left + self.right) / 2.0, (self.top + self.bottom) / 2.0)
    }

    /// True when the point is inside, `pad` units in from the edges (a
    /// negative `pad` reaches that far outside).
    pub fn contains(&self, (x, y): (f64, f64), pad: f64) -> bool {
        x > self.left + pad && x < self.right - pad && y > self.top + pad && y < self.bottom - pad
    }

    /// Where the ray from the centre towards `(dx, dy)` leaves the box.
    fn exit(&self, dx: f64, dy: f64) -> (f64, f64) {
        let (cx, cy) = self.centre();
        let tx = if dx.abs() > 1e-9 { (NODE_W / 2.0) / dx.abs() } else { f64::INFINITY };
        let ty = if dy.abs() > 1e-9 { (NODE_H / 2.0) / dy.abs() } else { f64::INFINITY };
        let t = tx.min(ty);
        (cx + dx * t, cy + dy * t)
    }
}

/// An arrow's route: a polyline (two points for a straight arrow, more for
/// one routed along the gutters), with its SVG path.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The points, from the source box's edge to the target box's edge.
    pub points: Vec<(f64, f64)>,
    /// A gentle bow (for a straight arrow with a twin going the other way):
    /// the control point of the curve.
    pub bow: Option<(f64, f64)>,
}

/// How far an arrow keeps from boxes it does not join, in drawing units.
const CLEARANCE: f64 = 3.0;
/// How far off a box's centre a routed arrow leaves or enters its top or
/// bottom edge.
const SIDE_OFFSET_X: f64 = 30.0;
/// How far off a box's centre line a routed arrow leaves or enters a side.
const SIDE_OFFSET_Y: f64 = 14.0;

/// True when the segment from `a` to `b` passes through (or within
/// [`CLEARANCE`] of) `r`
/// (checked at small steps: arrows are short, boxes are large).
fn crosses(a: (f64, f64), b: (f64, f64), r: &Rect) -> bool {
    let steps = ((b.0 - a.0).abs().max((b.1 - a.1).abs()) / 4.0).ceil().max(1.0) as usize;
    (0..=steps).any(|i| {
        let t = i as f64 / steps as f64;
        r.contains((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t), -CLEARANCE)
    })
}

/// The points of a quadratic curve from `a` through control `c` to `b`.
fn curve_points(a: (f64, f64), c: (f64, f64), b: (f64, f64)) -> impl Iterator<Item = (f64, f64)> {
    (0..=24).map(move |i| {
        let t = f64::from(i) / 24.0;
        let u = 1.0 - t;
        (u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0, u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1)
    })
}

/// Routes an arrow from box `from` to box `to` around the other `boxes`.
/// `nth` spreads arrows that share a gutter a little apart; `both_ways`
/// bows a straight arrow so it does not cover its twin.
pub fn route(from: Rect, to: Rect, boxes: &[Rect], nth: usize, both_ways: bool) -> Route {
    let (fc, tc) = (from.centre(), to.centre());
    let (dx, dy) = (tc.0 - fc.0, tc.1 - fc.1);
    let start = from.exit(dx, dy);
    let end = to.exit(-dx, -dy);
    let others: Vec<&Rect> = boxes.iter().filter(|b| **b != from && **b != to).collect();
    if !others.iter().any(|r| crosses(start, end, r)) {
        let bow = both_ways.then(|| {
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            let k = 0.12 * len;
            ((start.0 + end.0) / 2.0 - dy / len * k, (start.1 + end.1) / 2.0 + dx / len * k)
        });
        let clear =
            bow.is_none_or(|c| !others.iter().any(|r| curve_points(start, c, end).any(|p| r.contains(p, -CLEARANCE))));
        return Route { points: vec![start, end], bow: bow.filter(|_| clear) };
    }
    // Along the gutters: the cell boundaries, half a gap from every box.
    // Arrows leave and enter a box off its centre, on the side facing the
    // other end, so they never run on top of a straight arrow between
    // neighbours (which meets a box at its centre line).
    let gap_x = (CELL_W - NODE_W) / 2.0;
    let gap_y = (CELL_H - NODE_H) / 2.0;
    let spread = (nth % 5) as f64 * 3.0 - 6.0;
    let toward = |v: f64| if v < 0.0 { -1.0 } else { 1.0 };
    let points = if dx.abs() < 1.0 {
        // Same column: out of the side, along the column's gutter, back in
        // the same side, a little off the centre line.
        let side = if dy < 0.0 { 1.0 } else { -1.0 };
        let (out, into) = if side > 0.0 { (from.right, to.right) } else { (from.left, to.left) };
        let gutter = out + side * gap_x + spread;
        let (y0, y1) = (fc.1 + toward(dy) * SIDE_OFFSET_Y, tc.1 - toward(dy) * SIDE_OFFSET_Y);
        vec![(out, y0), (gutter, y0), (gutter, y1), (into, y1)]
    } else {
        // Out of the top or bottom (towards the target), along that row
        // gutter to the column gutter beside the target, along it to the
        // row gutter beside the target, and in through its top or bottom.
        let up = dy < 0.0 || (dy.abs() < 1.0 && nth % 2 == 0);
        let (exit_y, row_s) = if up { (from.top, from.top - gap_y) } else { (from.bottom, from.bottom + gap_y) };
        let (enter_y, row_t) = if dy.abs() < 1.0 {
            (if up { to.top } else { to.bottom }, row_s)
        } else if dy < 0.0 {
            (to.bottom, to.bottom + gap_y)
        } else {
            (to.top, to.top - gap_y)
        };
        let column = if dx > 0.0 { to.left - gap_x } else { to.right + gap_x } + spread;
        let (x0, x1) = (fc.0 + toward(dx) * SIDE_OFFSET_X, tc.0 - toward(dx) * SIDE_OFFSET_X);
        let (row_s, row_t) = (row_s + spread, row_t + spread);
        if (row_s - row_t).abs() < 1.0 {
            vec![(x0, exit_y), (x0, row_s), (x1, row_s), (x1, enter_y)]
        } else {
            vec![(x0, exit_y), (x0, row_s), (column, row_s), (column, row_t), (x1, row_t), (x1, enter_y)]
        }
    };
    Route { points, bow: None }
}

impl Route {
    /// The SVG path: a line or a bowed curve, or the polyline with rounded
    /// corners, in whole units.
    pub fn svg(&self) -> String {
        let r = |v: f64| v.round() as i64;
        let p = &self.points;
        let mut out = format!("M{} {}", r(p[0].0), r(p[0].1));
        if let (Some(c), 2) = (self.bow, p.len()) {
            out.push_str(&format!(" Q{} {} {} {}", r(c.0), r(c.1), r(p[1].0), r(p[1].1)));
            return out;
        }
        for i in 1..p.len() {
            if i + 1 == p.len() {
                out.push_str(&format!(" L{} {}", r(p[i].0), r(p[i].1)));
                break;
            }
            // Round the corner at p[i]: stop short, curve through it.
            let (prev, at, next) = (p[i - 1], p[i], p[i + 1]);
            let toward = |from: (f64, f64), to: (f64, f64)| {
                let len = ((to.0 - from.0).powi(2) + (to.1 - from.1).powi(2)).sqrt();
                let k = (10.0_f64).min(len / 2.0) / len.max(1e-9);
                (from.0 + (to.0 - from.0) * k, from.1 + (to.1 - from.1) * k)
            };
            let (before, after) = (toward(at, prev), toward(at, next));
            out.push_str(&format!(
                " L{} {} Q{} {} {} {}",
                r(before.0),
                r(before.1),
                r(at.0),
                r(at.1),
                r(after.0),
                r(after.1)
            ));
        }
        out
    }

    /// Points along the route, a few units apart (for tests and hit
    /// checks).
    pub fn samples(&self) -> Vec<(f64, f64)> {
        if let (Some(c), [a, b]) = (self.bow, self.points.as_slice()) {
            return curve_points(*a, c, *b).collect();
        }
        self.points
            .windows(2)
            .flat_map(|w| {
                let (a, b) = (w[0], w[1]);
                let n = ((b.0 - a.0).abs().max((b.1 - a.1).abs()) / 4.0).ceil().max(1.0) as usize;
                (0..=n).map(move |i| {
                    let t = i as f64 / n as f64;
                    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
                })
            })
            .collect()
    }
}

/// How a role is drawn, by what it is to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NodeMarks {
    /// The open role.
    pub selected: bool,
    /// A neighbour of the open role, or an end of the open move.
    pub related: bool,
    /// On the chosen path.
    pub on_path: bool,
    /// Where the person is.
    pub from: bool,
    /// Where they want to go.
    pub to: bool,
    /// Stepped back: something else is emphasised.
    pub dim: bool,
}

/// How a move is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EdgeMarks {
    /// On the chosen path.
    pub on_path: bool,
    /// A move of the open role, or the open move.
    pub hot: bool,
    /// Stepped back: something else is emphasised.
    pub dim: bool,
}

impl EdgeMarks {
    /// The style's name: the arrow's class and its arrowhead's marker.
    pub fn kind(self) -> &'static str {
        if self.on_path {
            "path"
        } else if self.hot {
            "hot"
        } else if self.dim {
            "dim"
        } else {
            "plain"
        }
    }
}

/// What the drawing emphasises: the open role (and its neighbours) or move,
/// and the chosen path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Emphasis {
    selected: Option<RoleIx>,
    related: HashSet<RoleIx>,
    hot: HashSet<TransIx>,
    path_roles: HashSet<RoleIx>,
    path_moves: HashSet<TransIx>,
    from: Option<RoleIx>,
    to: Option<RoleIx>,
}

impl Emphasis {
    /// The emphasis for what is open, the plan's ends and the chosen path.
    pub fn new(
        graph: &Graph,
        open: Resolved<'_>,
        (from, to): (Option<RoleIx>, Option<RoleIx>),
        path: (&[RoleIx], &[TransIx]),
    ) -> Emphasis {
        let mut e = Emphasis {
            path_roles: path.0.iter().copied().collect(),
            path_moves: path.1.iter().copied().collect(),
            from,
            to,
            ..Emphasis::default()
        };
        match open {
            Resolved::Role(r) => {
                e.selected = Some(r);
                e.related.insert(r);
                for &t in graph.outgoing(r).iter().chain(graph.incoming(r)) {
                    let (a, b) = graph.ends(t);
                    e.related.extend([a, b]);
                    e.hot.insert(t);
                }
            }
            Resolved::Move(t) => {
                let (a, b) = graph.ends(t);
                e.related.extend([a, b]);
                e.hot.insert(t);
            }
            _ => {}
        }
        e
    }

    fn any(&self) -> bool {
        !self.related.is_empty() || !self.path_roles.is_empty()
    }

    /// How role `r` is drawn.
    pub fn node(&self, r: RoleIx) -> NodeMarks {
        let selected = self.selected == Some(r);
        NodeMarks {
            selected,
            related: self.related.contains(&r) && !selected,
            on_path: self.path_roles.contains(&r),
            from: self.from == Some(r),
            to: self.to == Some(r),
            dim: self.any() && !self.related.contains(&r) && !self.path_roles.contains(&r),
        }
    }

    /// How move `t` is drawn.
    pub fn edge(&self, t: TransIx) -> EdgeMarks {
        let (on_path, hot) = (self.path_moves.contains(&t), self.hot.contains(&t));
        EdgeMarks { on_path, hot, dim: self.any() && !on_path && !hot }
    }
}

/// A role's accessible name: exactly what is drawn (title, then "Level n"),
/// so speech and sight agree; then what the drawing shows only by its
/// style ("where you are", "your goal").
pub fn node_label(role: &Role, marks: NodeMarks) -> String {
    let mut label = role.title.clone();
    if let Some(l) = role.level {
        label.push_str(&format!(", Level {l}"));
    }
    if marks.from {
        label.push_str(", where you are");
    }
    if marks.to {
        label.push_str(", your goal");
    }
    label
}
