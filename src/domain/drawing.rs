//! What the graph view draws, as plain geometry: where each role's box is,
//! the lanes, which moves get an arrow and the arrow's path, what is
//! emphasised, and each role's accessible name.
//!
//! `layout` places roles in grid cells; this module turns cells into
//! drawing units (the SVG's coordinates) and decides what to show. The UI
//! only turns a [`Drawing`] into SVG elements, so everything here is tested
//! natively.
//!
//! Graphs of up to [`FULL_LIMIT`] roles are drawn whole, in the full layout
//! (lanes by track, rows by level); larger ones show the chosen path, or the
//! open role's neighbourhood, and leave the rest to search and the outline.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::format::Role;
use super::graph::{Graph, RoleIx, TransIx};
use super::layout::{focus_layout, full_layout, path_layout, Point};
use super::route::Resolved;

/// Graphs with more roles than this are drawn as a neighbourhood.
pub const FULL_LIMIT: usize = 150;
/// A grid cell's width, in drawing units.
pub const CELL_W: f64 = 180.0;
/// A grid cell's height, in drawing units.
pub const CELL_H: f64 = 90.0;
/// A role box's width.
pub const NODE_W: f64 = 162.0;
/// A role box's height.
pub const NODE_H: f64 = 56.0;
/// Room above the first row for the lane names.
pub const TOP: f64 = 40.0;
/// Most roles per column in a neighbourhood.
pub const PER_COLUMN: usize = 14;
/// Smallest initial zoom, in screen pixels per drawing unit: at 0.55 a
/// node's 14-unit title is about 8 px high, the smallest that still reads.
pub const MIN_SCALE: f64 = 0.55;

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
}

/// The centre of a grid cell, in drawing units.
fn centre(p: Point) -> Point {
    Point {
        x: (f64::from(p.x) * CELL_W + CELL_W / 2.0) as f32,
        y: (TOP + f64::from(p.y) * CELL_H + CELL_H / 2.0) as f32,
    }
}

impl Drawing {
    /// What to draw of `graph`: all of it when it is small enough, else the
    /// chosen `path` or the neighbourhood of `centre`.
    pub fn of(graph: &Graph, centre: Option<RoleIx>, path: &[RoleIx]) -> Drawing {
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
            nodes,
        }
    }

    /// What to draw of a large graph: the chosen path, else the
    /// neighbourhood of the open role (or of the start of the plan), else
    /// nothing but a caption saying how to get something drawn.
    pub fn focus(graph: &Graph, centre_role: Option<RoleIx>, path: &[RoleIx]) -> Drawing {
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
        let hidden = if layout.hidden > 0 {
            format!(" {} more nearby roles are not drawn.", layout.hidden)
        } else {
            String::new()
        };
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

    /// The drawing's size in drawing units.
    pub fn size(&self) -> (f64, f64) {
        (self.width, self.height)
    }

    /// Where each drawn role's centre is.
    pub fn positions(&self) -> HashMap<RoleIx, Point> {
        self.nodes.iter().copied().collect()
    }

    /// The point to frame first: the first of `candidates` that is drawn
    /// (the start of the chosen path, the open role, where the person is),
    /// else the middle of the drawing.
    pub fn focus_point(&self, candidates: &[Option<RoleIx>]) -> (f64, f64) {
        candidates
            .iter()
            .flatten()
            .find_map(|r| self.nodes.iter().find(|(n, _)| n == r).map(|(_, p)| *p))
            .map_or((self.width / 2.0, self.height / 2.0), |p| (f64::from(p.x), f64::from(p.y)))
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
    moves.sort_unstable();
    moves
}

/// An SVG path for a move from box centre `a` to box centre `b`: from the
/// edge of one box to the edge of the other, bowed a little so that moves in
/// both directions between two roles do not overlap.
pub fn edge_path(a: Point, b: Point) -> String {
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
