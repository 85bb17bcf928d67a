//! Where each role is drawn.
//!
//! The full layout puts tracks in lanes (left to right, in file order, with an
//! "Other" lane last for roles without a track) and levels in rows (7 at the
//! top, 1 at the bottom). Roles sharing a lane and a level sit side by side in
//! file order, and a lane is as wide as its busiest level, so no two roles
//! share a cell. Positions are in grid cells; the UI scales them. The same
//! graph always gets the same layout, so the picture is stable between visits.
//!
//! Graphs too large to draw whole get a focus layout instead: one role's
//! neighbourhood, with where people come from on the left and where they go
//! on the right, by distance in moves. Its cost depends on the neighbourhood,
//! not on the size of the graph.

use rustc_hash::FxHashMap as HashMap;

use super::format::LEVELS;
use super::graph::{Direction, Graph, RoleIx};
use super::order::{sort_by_key, Key};

/// A position in grid cells.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Column (0 = leftmost).
    pub x: f32,
    /// Row (0 = top).
    pub y: f32,
}

/// A lane: one track's columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// The track id, or `None` for the "Other" lane.
    pub track: Option<String>,
    /// The label to draw.
    pub name: String,
    /// First column.
    pub x: f32,
    /// Number of columns.
    pub width: f32,
}

/// The full layout of a graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Position of each role, by role index.
    pub positions: Vec<Point>,
    /// The lanes, left to right.
    pub lanes: Vec<Lane>,
    /// Total columns.
    pub width: f32,
    /// Total rows.
    pub height: f32,
}

/// Row of a level: 7 on top (row 0), 1 at the bottom (row 6).
fn row_of(level: Option<u8>) -> f32 {
    let level = level.unwrap_or(*LEVELS.start()).clamp(*LEVELS.start(), *LEVELS.end());
    f32::from(LEVELS.end() - level)
}

/// Lays out every role of the graph.
pub fn full_layout(graph: &Graph) -> Layout {
    let lane_count = graph.tracks().len() + 1;
    let lane_of = |r: RoleIx| match &graph.role(r).track {
        Some(t) => graph.track_position(t).unwrap_or(lane_count - 1),
        None => lane_count - 1,
    };
    // Column within the lane for each role, and the width of each lane.
    let mut next_col: HashMap<(usize, u8), usize> = HashMap::default();
    let mut col_in_lane = vec![0usize; graph.roles().len()];
    let mut lane_width = vec![0usize; lane_count];
    for r in graph.role_indices() {
        let lane = lane_of(r);
        let level = graph.role(r).level.unwrap_or(1);
        let col = next_col.entry((lane, level)).or_insert(0);
        col_in_lane[r.index()] = *col;
        *col += 1;
        lane_width[lane] = lane_width[lane].max(*col);
    }
    let mut lanes = Vec::new();
    let mut lane_x = vec![0f32; lane_count];
    let mut x = 0f32;
    for (lane, &w) in lane_width.iter().enumerate() {
        if w == 0 {
            continue;
        }
        lane_x[lane] = x;
        let (track, name) = match graph.tracks().get(lane) {
            Some(t) => (Some(t.id.clone()), t.name.clone().unwrap_or_else(|| t.id.clone())),
            None => (None, "Other".to_owned()),
        };
        lanes.push(Lane { track, name, x, width: w as f32 });
        x += w as f32;
    }
    let positions = graph
        .role_indices()
        .map(|r| Point { x: lane_x[lane_of(r)] + col_in_lane[r.index()] as f32, y: row_of(graph.role(r).level) })
        .collect();
    Layout { positions, lanes, width: x, height: LEVELS.len() as f32 }
}

/// A layout of one role's neighbourhood.
#[derive(Debug, Clone, PartialEq)]
pub struct FocusLayout {
    /// The role in the middle.
    pub center: RoleIx,
    /// Roles drawn and where.
    pub nodes: Vec<(RoleIx, Point)>,
    /// Roles in the neighbourhood that were left out to keep it legible.
    pub hidden: usize,
    /// Total columns.
    pub width: f32,
    /// Total rows.
    pub height: f32,
}

/// Lays out the roles within `radius` moves of `center` (both directions):
/// column by signed distance (incoming on the left, outgoing on the right),
/// at most `per_column` roles in a column, ordered by track, level (high
/// first) and id. A role that is both before and after `center` goes right.
pub fn focus_layout(graph: &Graph, center: RoleIx, radius: usize, per_column: usize) -> FocusLayout {
    let mut column: HashMap<RoleIx, i32> = HashMap::default();
    for (r, d) in graph.within(center, radius, Direction::Backward) {
        column.insert(r, -(d as i32));
    }
    for (r, d) in graph.within(center, radius, Direction::Forward) {
        column.insert(r, d as i32);
    }
    let mut by_column: Vec<Vec<RoleIx>> = vec![Vec::new(); 2 * radius + 1];
    for (&r, &c) in &column {
        by_column[(c + radius as i32) as usize].push(r);
    }
    // By lane (roles without a track last), higher levels first, then id.
    let order_key = |r: RoleIx| {
        let role = graph.role(r);
        let lane = role.track.as_deref().and_then(|t| graph.track_position(t)).unwrap_or(usize::MAX);
        Key::new()
            .then(lane as u64, 24)
            .then(u64::from(u8::MAX - role.level.unwrap_or(1)), 8)
            .then(u64::from(graph.id_rank(r)), 32)
            .get()
    };
    let mut nodes = Vec::new();
    let mut hidden = 0;
    let mut height = 1usize;
    let mut x = 0f32;
    for mut col in by_column.into_iter().filter(|c| !c.is_empty()) {
        sort_by_key(&mut col, order_key);
        hidden += col.len().saturating_sub(per_column);
        col.truncate(per_column);
        height = height.max(col.len());
        for (i, r) in col.into_iter().enumerate() {
            nodes.push((r, Point { x, y: i as f32 }));
        }
        x += 1.0;
    }
    FocusLayout { center, nodes, hidden, width: x, height: height as f32 }
}

/// A direction on the screen, for moving between roles with the arrow keys
/// (not to be confused with [`Direction`], which way moves are followed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenDirection {
    /// Towards the top.
    Up,
    /// Towards the bottom.
    Down,
    /// Towards the left.
    Left,
    /// Towards the right.
    Right,
}

/// The drawn role nearest to `from` in the given direction: among the roles
/// ahead of it (within 60° either side), the one with the smallest distance
/// along the direction plus twice the sideways offset. `None` at the edge.
pub fn nearest_in_direction(nodes: &[(RoleIx, Point)], from: RoleIx, dir: ScreenDirection) -> Option<RoleIx> {
    let origin = nodes.iter().find(|(r, _)| *r == from)?.1;
    nodes
        .iter()
        .filter(|(r, _)| *r != from)
        .filter_map(|&(r, p)| {
            let (dx, dy) = (p.x - origin.x, p.y - origin.y);
            let (ahead, side) = match dir {
                ScreenDirection::Up => (-dy, dx),
                ScreenDirection::Down => (dy, dx),
                ScreenDirection::Left => (-dx, dy),
                ScreenDirection::Right => (dx, dy),
            };
            // Ahead, and within a 60° cone (tan 60° ≈ 1.73).
            (ahead > 0.0 && side.abs() <= ahead * 1.75).then_some((ahead + 2.0 * side.abs(), r))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, r)| r)
}

/// Lays out a path's roles in one row, left to right, for graphs too large
/// to draw whole.
pub fn path_layout(roles: &[RoleIx]) -> FocusLayout {
    let nodes: Vec<(RoleIx, Point)> =
        roles.iter().enumerate().map(|(i, &r)| (r, Point { x: i as f32, y: 0.0 })).collect();
    FocusLayout {
        center: roles.first().copied().unwrap_or(RoleIx::new(0)),
        width: nodes.len() as f32,
        height: 1.0,
        nodes,
        hidden: 0,
    }
}
