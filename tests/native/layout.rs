//! Layout: lanes by track, rows by level, no overlaps, deterministic; and a
//! focus layout whose size follows the neighbourhood, not the graph.

use std::collections::HashSet;

use switchback::domain::graph::Graph;
use switchback::domain::layout::{focus_layout, full_layout, Layout};
use switchback::domain::synthetic::{generate, Sizes};
use switchback::domain::validate::load_doc;

use crate::support::builtin;

fn cells(layout: &Layout) -> HashSet<(i64, i64)> {
    layout.positions.iter().map(|p| (p.x as i64, p.y as i64)).collect()
}

fn check_full(g: &Graph) {
    let layout = full_layout(g);
    assert_eq!(layout.positions.len(), g.roles().len());
    assert_eq!(cells(&layout).len(), g.roles().len(), "two roles share a cell");
    assert_eq!(layout, full_layout(g), "layout is not deterministic");
    for r in g.role_indices() {
        let role = g.role(r);
        let p = layout.positions[r.index()];
        // Rows by level, 7 at the top.
        assert_eq!(p.y, f32::from(7 - role.level.unwrap_or(1)));
        // Inside its track's lane.
        let lane = layout.lanes.iter().find(|l| l.track == role.track).expect("lane for the track");
        assert!(p.x >= lane.x && p.x < lane.x + lane.width, "{} outside its lane", role.id);
    }
    // Lanes are side by side, in track order, without gaps.
    let mut x = 0.0;
    for lane in &layout.lanes {
        assert_eq!(lane.x, x);
        x += lane.width;
    }
    assert_eq!(layout.width, x);
}

#[test]
fn full_layout_of_the_builtin_graph() {
    let g = builtin();
    check_full(&g);
    let layout = full_layout(&g);
    let names: Vec<&str> = layout.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Engineering", "Program management", "Product", "Marketing", "People leadership"]);
}

#[test]
fn full_layout_of_a_large_generated_graph() {
    let g = load_doc(generate(Sizes::LARGE, 7)).expect("generated graph is valid").graph;
    check_full(&g);
}

#[test]
fn focus_layout_centres_on_a_role() {
    let g = builtin();
    let tpm = g.role_ix("tpm").unwrap();
    let focus = focus_layout(&g, tpm, 1, 50);
    let drawn: HashSet<_> = focus.nodes.iter().map(|(r, _)| *r).collect();
    let mut expected: HashSet<_> = g.outgoing(tpm).iter().map(|&t| g.ends(t).1).collect();
    expected.extend(g.incoming(tpm).iter().map(|&t| g.ends(t).0));
    expected.insert(tpm);
    assert_eq!(drawn, expected);
    assert_eq!(focus.hidden, 0);
    // Where people come from on the left, where they go on the right.
    let x = |id: &str| focus.nodes.iter().find(|(r, _)| g.role(*r).id == id).unwrap().1.x;
    assert!(x("software-engineer") < x("tpm") && x("tpm") < x("principal-tpm"));
    let positions: HashSet<(i64, i64)> = focus.nodes.iter().map(|(_, p)| (p.x as i64, p.y as i64)).collect();
    assert_eq!(positions.len(), focus.nodes.len(), "overlap in the focus layout");
}

#[test]
fn focus_layout_caps_columns_and_counts_the_rest() {
    let g = load_doc(generate(Sizes::LARGE, 7)).expect("valid").graph;
    let center = g.role_indices().next().unwrap();
    let focus = focus_layout(&g, center, 2, 12);
    assert!(focus.nodes.len() <= 12 * 5);
    assert!(focus.hidden > 0, "a 2-move neighbourhood in a dense graph should overflow 12 per column");
    assert_eq!(focus, focus_layout(&g, center, 2, 12), "focus layout is not deterministic");
}

#[test]
fn within_counts_moves_forward() {
    use switchback::domain::graph::Direction;
    let g = builtin();
    let from = g.role_ix("build-engineer").unwrap();
    let within = g.within(from, 2, Direction::Forward);
    assert_eq!(within[0], (from, 0));
    let ids: Vec<(&str, usize)> = within.iter().map(|&(r, d)| (g.role(r).id.as_str(), d)).collect();
    assert!(ids.contains(&("ops-engineer", 1)));
    assert!(ids.contains(&("release-manager", 2)));
    assert!(!ids.iter().any(|(id, _)| *id == "product-manager"), "product manager is 3 moves away");
}

#[test]
fn arrow_keys_move_to_the_nearest_role_in_that_direction() {
    use switchback::domain::graph::RoleIx;
    use switchback::domain::layout::{nearest_in_direction, Point, ScreenDirection as D};
    // A plus shape around r0 at (2, 2), and r5 far off diagonally.
    let at = |i: usize, x: f32, y: f32| (RoleIx::new(i), Point { x, y });
    let nodes = [at(0, 2.0, 2.0), at(1, 2.0, 1.0), at(2, 2.0, 3.0), at(3, 1.0, 2.0), at(4, 3.0, 2.0), at(5, 6.0, 0.0)];
    let r = RoleIx::new;
    let cases = [
        (0, D::Up, Some(1)),
        (0, D::Down, Some(2)),
        (0, D::Left, Some(3)),
        (0, D::Right, Some(4)),
        (1, D::Up, None),
        (3, D::Left, None),
        (4, D::Right, Some(5)),
        (2, D::Down, None),
    ];
    for (from, dir, want) in cases {
        assert_eq!(nearest_in_direction(&nodes, r(from), dir), want.map(r), "from r{from} {dir:?}");
    }
}
