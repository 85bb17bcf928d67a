//! The graph view's geometry, natively: what is drawn for small and large
//! graphs, arrows from box edge to box edge, what is emphasised, names, and
//! the first view.

use switchback::domain::drawing::{
    node_label, route, Drawing, Emphasis, Rect, CELL_W, FULL_LIMIT, MIN_SCALE, NODE_H, NODE_W,
};
use switchback::domain::graph::TransIx;
use switchback::domain::layout::Point;
use switchback::domain::route::{Resolved, Route, Selection};
use switchback::domain::synthetic::{generate, Sizes};
use switchback::domain::validate::load_doc;
use switchback::domain::viewport::{Focus, ViewBox};

use crate::support::builtin;

#[test]
fn a_small_graph_is_drawn_whole_in_its_lanes() {
    let g = builtin();
    let d = Drawing::of(&g, None, (&[], &[]));
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
    let nothing = Drawing::of(&g, None, (&[], &[]));
    assert!(nothing.nodes.is_empty());
    assert!(nothing.caption.as_deref().unwrap_or("").contains("too many to draw at once"));

    let r3 = g.role_ix("role-3").expect("role-3");
    let around = Drawing::of(&g, Some(r3), (&[], &[]));
    assert!(around.nodes.iter().any(|(r, _)| *r == r3));
    assert!(around.moves.iter().all(|&t| {
        let (a, b) = g.ends(t);
        a == r3 || b == r3
    }));
    assert!(around.caption.as_deref().unwrap_or("").contains("the neighbourhood of Role 3"));

    // A real path of three moves from role-3.
    let mut path = vec![r3];
    let mut moves: Vec<TransIx> = Vec::new();
    while moves.len() < 3 {
        let at = *path.last().expect("a start");
        let t = *g.outgoing(at).iter().find(|&&t| !path.contains(&g.ends(t).1)).expect("a way on");
        moves.push(t);
        path.push(g.ends(t).1);
    }
    let on_path = Drawing::of(&g, Some(r3), (&path, &moves));
    assert_eq!(on_path.nodes.iter().map(|(r, _)| *r).collect::<Vec<_>>(), path, "the path, left to right");
    assert_eq!(on_path.width, 4.0 * CELL_W);
    assert_eq!(on_path.moves, moves, "the path view draws an arrow for each of its moves");
    assert_eq!(on_path.routes(&g).len(), 3);
    assert!(on_path.caption.as_deref().unwrap_or("").contains("the chosen path"));
    // A role off the path opened: its neighbourhood, said as such.
    let elsewhere = g.role_indices().find(|r| !path.contains(r)).expect("another role");
    let off = Drawing::of(&g, Some(elsewhere), (&path, &moves));
    assert!(!off.caption.as_deref().unwrap_or("").contains("chosen path"), "{:?}", off.caption);
}

#[test]
fn an_empty_frame_offers_the_best_connected_role_of_each_track() {
    let g = load_doc(generate(Sizes::LARGE, 3)).expect("valid").graph;
    let moves = |r| g.outgoing(r).len() + g.incoming(r).len();
    let track = |r| g.role(r).track.clone();
    let before = |a, b| moves(a) > moves(b) || (moves(a) == moves(b) && g.id_rank(a) < g.id_rank(b));
    let tracks = g.tracks().len();
    assert!(tracks > 3, "{tracks} tracks");
    // As many as there are tracks: one from each, its best-connected role
    // (against brute force), best-connected first.
    let starts = Drawing::starting_points(&g, tracks);
    assert_eq!(starts.len(), tracks);
    for &s in &starts {
        assert_eq!(starts.iter().filter(|&&o| track(o) == track(s)).count(), 1);
        assert!(g.role_indices().filter(|&r| r != s && track(r) == track(s)).all(|r| before(s, r)));
    }
    assert!(starts.windows(2).all(|w| before(w[0], w[1])));
    // More than there are tracks: the rest follow, best-connected first.
    let more = Drawing::starting_points(&g, tracks + 5);
    assert_eq!(&more[..tracks], &starts[..]);
    assert!(more[tracks..].windows(2).all(|w| before(w[0], w[1])));
    assert_eq!(Drawing::starting_points(&builtin(), 100).len(), builtin().roles().len());
}

#[test]
fn arrows_run_from_box_edge_to_box_edge_and_bow_apart() {
    let (a, b) = (Rect::around(Point { x: 98.0, y: 100.0 }), Rect::around(Point { x: 294.0, y: 100.0 }));
    let there = route(a, b, &[a, b], 0, false);
    assert_eq!(there.svg(), "M177 100 L215 100", "straight, from the edge of one box to the edge of the other");
    let bowed = route(a, b, &[a, b], 0, true);
    let back = route(b, a, &[a, b], 1, true);
    assert!(bowed.svg().contains('Q') && bowed.svg() != back.svg(), "a move and its twin bow apart");
}

#[test]
fn arrows_never_cross_another_role() {
    // Every move of the built-in graph, and of a generated one drawn
    // around a role: no point of an arrow is inside a box other than its
    // two ends'.
    let g = builtin();
    let large = load_doc(generate(Sizes::LARGE, 7)).expect("valid").graph;
    let around = Drawing::of(&large, large.role_ix("role-3"), (&[], &[]));
    for (graph, drawing) in [(&g, Drawing::of(&g, None, (&[], &[]))), (&large, around)] {
        let at = drawing.positions();
        let routes = drawing.routes(graph);
        assert_eq!(routes.len(), drawing.moves.len(), "every move is drawn");
        for (t, r) in routes {
            let (a, b) = graph.ends(t);
            for (role, p) in &drawing.nodes {
                if *role == a || *role == b {
                    continue;
                }
                let inside = r.samples().into_iter().find(|s| Rect::around(*p).contains(*s, 0.0));
                assert!(
                    inside.is_none(),
                    "{} → {} crosses {} at {inside:?}",
                    graph.role(a).id,
                    graph.role(b).id,
                    graph.role(*role).id
                );
            }
            // It starts and ends on its own boxes' edges.
            let (first, last) = (r.points[0], *r.points.last().expect("two points"));
            let near = |p: (f64, f64), box_: Rect| {
                p.0 >= box_.left - 1.0 && p.0 <= box_.right + 1.0 && p.1 >= box_.top - 1.0 && p.1 <= box_.bottom + 1.0
            };
            assert!(near(first, Rect::around(at[&a])) && near(last, Rect::around(at[&b])));
        }
    }
    // The move that used to read as another: Principal TPM → Director of
    // Program Management no longer runs through Senior Product Manager.
    let d = Drawing::of(&g, None, (&[], &[]));
    let t =
        g.transition_between(g.role_ix("principal-tpm").unwrap(), g.role_ix("director-program-management").unwrap());
    let spm = d.positions()[&g.role_ix("senior-product-manager").unwrap()];
    let r = d.routes(&g).into_iter().find(|(m, _)| Some(*m) == t).expect("drawn").1;
    assert!(r.samples().iter().all(|s| !Rect::around(spm).contains(*s, 0.0)));
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
    let d = Drawing::of(&g, None, (&[], &[]));
    let tpm = g.role_ix("tpm");
    let focus = d.focus_point(&[None, tpm]).expect("drawn");
    let p = d.nodes.iter().find(|(r, _)| Some(*r) == tpm).map(|(_, p)| *p).expect("drawn");
    assert_eq!(focus, (f64::from(p.x), f64::from(p.y)));
    assert_eq!(d.focus_point(&[None]), None, "nothing to focus on");
    let corner = d.opening_view(Some((900.0, 500.0)), MIN_SCALE);
    let whole = |v: &ViewBox| {
        d.nodes
            .iter()
            .filter(|(_, p)| {
                let b = Rect::around(*p);
                v.contains(b.left, b.top) && v.contains(b.right, b.bottom)
            })
            .count()
    };
    assert!(
        corner.x < 0.0 && whole(&corner) >= 4,
        "with no focus, the left, from the first row with roles: {corner:?}"
    );
    let phone = d.opening_view(Some((359.0, 430.0)), MIN_SCALE);
    assert!(whole(&phone) >= 2, "a phone's opening view shows roles, not an empty corner: {phone:?}");
    let path: Vec<_> = ["ops-engineer", "tpm", "product-manager"].iter().filter_map(|id| g.role_ix(id)).collect();
    let ((cx, cy), (hw, hh)) = d.region(&path).expect("drawn");
    for r in &path {
        let p = d.positions()[r];
        assert!((f64::from(p.x) - cx).abs() <= hw && (f64::from(p.y) - cy).abs() <= hh, "the region holds the path");
    }

    // A frame that holds it all legibly shows it all; smaller ones show the
    // part around the focus at the legible scale, the focus's box whole.
    let keep = (NODE_W / 2.0, NODE_H / 2.0);
    let huge = ViewBox::first_view(d.size(), Some((2400.0, 1000.0)), MIN_SCALE, Focus::around(focus, keep));
    assert!(huge.w >= d.width && huge.h >= d.height, "all of it");
    for frame in [(950.0, 560.0), (1100.0, 700.0), (359.0, 500.0), (300.0, 300.0)] {
        let v = ViewBox::first_view(d.size(), Some(frame), MIN_SCALE, Focus::around(focus, keep));
        assert!(frame.0 / v.w >= MIN_SCALE - 1e-9, "legible in {frame:?}");
        for corner in [(-keep.0, -keep.1), (keep.0, keep.1)] {
            assert!(v.contains(focus.0 + corner.0, focus.1 + corner.1), "the focus box is whole in {frame:?}: {v:?}");
        }
    }
    // Every corner role of the built-in graph, framed on a phone, is whole.
    for &(r, at) in &d.nodes {
        let f = (f64::from(at.x), f64::from(at.y));
        let v = ViewBox::first_view(d.size(), Some((359.0, 500.0)), MIN_SCALE, Focus::around(f, keep));
        assert!(
            v.contains(f.0 - keep.0, f.1 - keep.1) && v.contains(f.0 + keep.0, f.1 + keep.1),
            "{} cropped",
            g.role(r).id
        );
    }
    assert_eq!(ViewBox::fit_frame(100.0, 100.0, None), ViewBox::fit(100.0, 100.0, 1.6));
}

#[test]
fn a_path_too_long_for_the_view_starts_where_the_person_is() {
    let g = builtin();
    let d = Drawing::of(&g, None, (&[], &[]));
    let ids = [
        "ops-engineer",
        "tpm",
        "engineering-manager",
        "director-of-engineering",
        "director-of-product",
        "chief-product-officer",
    ];
    let path: Vec<_> = ids.iter().map(|id| g.role_ix(id).expect(id)).collect();
    let (centre, keep) = d.region(&path).expect("drawn");
    let start = d.focus_point(&[Some(path[0])]).expect("drawn");
    let half = (NODE_W / 2.0, NODE_H / 2.0);
    let focus = Focus { centre, keep, anchor: Some((start, half)) };
    // A laptop's graph frame and a phone's: too small for the whole path.
    for frame in [(843.0, 533.0), (359.0, 500.0)] {
        let v = ViewBox::first_view(d.size(), Some(frame), MIN_SCALE, focus);
        assert!(v.w < 2.0 * keep.0 || v.h < 2.0 * keep.1, "the path does not fit in {frame:?}");
        assert!(
            v.contains(start.0 - half.0, start.1 - half.1) && v.contains(start.0 + half.0, start.1 + half.1),
            "the start is whole in {frame:?}: {v:?}"
        );
        assert!(v.shows(focus), "{frame:?}");
        // The view reaches from the start towards the rest of the path.
        let (vx, vy) = (v.x + v.w / 2.0, v.y + v.h / 2.0);
        assert!((vx - start.0) * (centre.0 - start.0) >= 0.0 && (vy - start.1) * (centre.1 - start.1) >= 0.0, "{v:?}");
    }
    // A frame that holds the path shows all of it.
    let v = ViewBox::around(d.size(), (2.0 * keep.0 + 60.0, 2.0 * keep.1 + 60.0), focus);
    assert!(v.contains(centre.0 - keep.0, centre.1 - keep.1) && v.contains(centre.0 + keep.0, centre.1 + keep.1));
}
