//! The graph view's geometry, natively: what is drawn for small and large
//! graphs, arrows from box edge to box edge, what is emphasised, names, and
//! the first view.

use switchback::domain::drawing::{edge_path, node_label, Drawing, Emphasis, CELL_W, FULL_LIMIT, NODE_H, NODE_W};
use switchback::domain::graph::RoleIx;
use switchback::domain::layout::Point;
use switchback::domain::route::{Resolved, Route, Selection};
use switchback::domain::synthetic::{generate, Sizes};
use switchback::domain::validate::load_doc;
use switchback::domain::viewport::ViewBox;

use crate::support::builtin;

#[test]
fn a_small_graph_is_drawn_whole_in_its_lanes() {
    let g = builtin();
    let d = Drawing::of(&g, None, &[]);
    assert_eq!(d.nodes.len(), g.roles().len());
    assert_eq!(d.moves.len(), g.transitions().len(), "every move has an arrow");
    assert!(d.caption.is_none());
    let names: Vec<&str> = d.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Engineering", "Program management", "Product", "Marketing", "People leadership"]);
    let right = d.lanes.last().map(|l| l.x + l.width).unwrap_or_default();
    assert_eq!(d.width, right, "the lanes span the drawing");
    // Boxes never overlap: centres are at least a box apart on one axis.
    for (i, (_, a)) in d.nodes.iter().enumerate() {
        for (_, b) in &d.nodes[i + 1..] {
            let apart = (a.x - b.x).abs() as f64 >= NODE_W || (a.y - b.y).abs() as f64 >= NODE_H;
            assert!(apart, "boxes at {a:?} and {b:?} overlap");
        }
    }
}

#[test]
fn a_large_graph_draws_the_open_role_s_neighbourhood_or_the_path() {
    let g = load_doc(generate(Sizes::LARGE, 7)).expect("valid").graph;
    assert!(g.roles().len() > FULL_LIMIT);
    let nothing = Drawing::of(&g, None, &[]);
    assert!(nothing.nodes.is_empty());
    assert!(nothing.caption.as_deref().unwrap_or("").contains("too many to draw at once"));

    let r3 = g.role_ix("role-3").expect("role-3");
    let around = Drawing::of(&g, Some(r3), &[]);
    assert!(around.nodes.iter().any(|(r, _)| *r == r3));
    assert!(around.moves.iter().all(|&t| {
        let (a, b) = g.ends(t);
        a == r3 || b == r3
    }));
    assert!(around.caption.as_deref().unwrap_or("").contains("the neighbourhood of Role 3"));

    let path: Vec<RoleIx> = g.role_indices().take(4).collect();
    let on_path = Drawing::of(&g, Some(r3), &path);
    assert_eq!(on_path.nodes.iter().map(|(r, _)| *r).collect::<Vec<_>>(), path, "the path, left to right");
    assert_eq!(on_path.width, 4.0 * CELL_W);
}

#[test]
fn arrows_run_from_box_edge_to_box_edge_and_bow_apart() {
    let (a, b) = (Point { x: 90.0, y: 100.0 }, Point { x: 450.0, y: 100.0 });
    let there = edge_path(a, b);
    let back = edge_path(b, a);
    assert_eq!(there, "M175 100 Q270 143 365 100", "starts and ends just outside the boxes");
    assert_ne!(there, back, "moves both ways between two roles do not overlap");
    let up = edge_path(Point { x: 90.0, y: 300.0 }, Point { x: 90.0, y: 100.0 });
    assert!(up.starts_with("M90 268 "), "a vertical move leaves through the top edge: {up}");
}

#[test]
fn the_open_role_its_neighbours_and_the_path_stand_out() {
    let g = builtin();
    let tpm = g.role_ix("tpm").expect("tpm");
    let selection = Selection::Role("tpm".into());
    let e = Emphasis::new(&g, selection.resolve(&g), (None, None), (&[], &[]));
    assert!(e.node(tpm).selected && !e.node(tpm).related && !e.node(tpm).dim);
    let pm = g.role_ix("product-manager").expect("pm");
    assert!(e.node(pm).related, "a move away");
    let cpo = g.role_ix("chief-product-officer").expect("cpo");
    assert!(e.node(cpo).dim, "far away");
    let out = g.outgoing(tpm)[0];
    assert!(e.edge(out).hot && !e.edge(out).dim);

    let nothing = Emphasis::new(&g, Resolved::None, (None, None), (&[], &[]));
    assert!(g.role_indices().all(|r| !nothing.node(r).dim), "nothing steps back when nothing is open");

    let path = [tpm, pm];
    let moves = [g.transition_between(tpm, pm).expect("a move")];
    let planned = Emphasis::new(&g, Resolved::None, (Some(tpm), Some(pm)), (&path, &moves));
    assert!(planned.node(tpm).on_path && planned.node(tpm).from && planned.node(pm).to);
    assert!(planned.edge(moves[0]).on_path && !planned.edge(moves[0]).dim);
}

#[test]
fn a_role_s_name_says_what_is_drawn_then_what_style_shows() {
    let g = builtin();
    let tpm = g.role_ix("tpm").expect("tpm");
    let e = Emphasis::new(&g, Resolved::None, (Some(tpm), None), (&[], &[]));
    assert_eq!(node_label(g.role(tpm), e.node(tpm)), "Technical Program Manager, Level 4, where you are");
}

#[test]
fn the_selection_is_resolved_once_against_the_graph() {
    let g = builtin();
    let at = |hash: &str| Route::parse(hash).selection;
    assert_eq!(at("#/role/tpm").resolve(&g), Resolved::Role(g.role_ix("tpm").unwrap()));
    let mv = at("#/move/tpm/product-manager");
    let Resolved::Move(t) = mv.resolve(&g) else { panic!("a move") };
    assert_eq!(mv.resolve(&g).role(&g), Some(g.ends(t).0), "a move centres on where it starts");
    let missing = at("#/move/tpm/astronaut");
    assert_eq!(missing.resolve(&g).missing_text(), Some(("move", "tpm → astronaut".to_owned())));
    assert_eq!(at("#/skill/nope").resolve(&g).missing_text(), Some(("skill", "nope".to_owned())));
}

#[test]
fn the_first_view_frames_the_focus_legibly() {
    let g = builtin();
    let d = Drawing::of(&g, None, &[]);
    let tpm = g.role_ix("tpm");
    let focus = d.focus_point(&[None, tpm]);
    let p = d.nodes.iter().find(|(r, _)| Some(*r) == tpm).map(|(_, p)| *p).expect("drawn");
    assert_eq!(focus, (f64::from(p.x), f64::from(p.y)));
    assert_eq!(d.focus_point(&[]), (d.width / 2.0, d.height / 2.0), "the middle, with nothing to focus on");

    // A wide frame shows everything; a phone-sized one zooms in on the focus.
    let wide = ViewBox::first_view(d.size(), Some((1600.0, 900.0)), 0.55, focus);
    assert!(wide.w >= d.width && wide.contains(f64::from(p.x), f64::from(p.y)));
    let phone = ViewBox::first_view(d.size(), Some((360.0, 500.0)), 0.55, focus);
    assert!(360.0 / phone.w >= 0.549, "never below the legible scale");
    assert!(phone.contains(f64::from(p.x), f64::from(p.y)), "the focus stays in view");
    assert_eq!(ViewBox::fit_frame(100.0, 100.0, None), ViewBox::fit(100.0, 100.0, 1.6));
}
