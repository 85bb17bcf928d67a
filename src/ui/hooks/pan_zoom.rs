//! Moving around the drawn graph: the view box (pan and zoom arithmetic is
//! the domain's `viewport`), the mouse (drag to pan, wheel to zoom), two
//! fingers (pinch), the keys (arrows move between roles, Shift+arrows pan,
//! + and - zoom, 0 fits), and the roving tab stop among the roles.

use std::rc::Rc;

use rustc_hash::FxHashMap as HashMap;
use yew::prelude::*;

use crate::domain::drawing::{Drawing, MIN_SCALE};
use crate::domain::graph::RoleIx;
use crate::domain::layout::{nearest_in_direction, ScreenDirection};
use crate::domain::viewport::{Focus, ViewBox};
use crate::platform;
use crate::ui::shared::GraphRef;

/// The id of the element the drawing is shown in.
pub const FRAME_ID: &str = "sb-graph-frame";

/// The frame's size in screen pixels, when it is on the page.
fn frame() -> Option<(f64, f64)> {
    platform::size_of(FRAME_ID).map(|(w, h, _, _)| (w, h))
}

/// The view and every handler that changes it.
#[derive(Clone)]
pub struct PanZoom {
    /// What part of the drawing is shown.
    pub view: ViewBox,
    /// The role that has (or last had) keyboard focus.
    pub focused: Option<RoleIx>,
    /// A role received focus.
    pub onfocus: Callback<RoleIx>,
    /// Wheel: zoom about the pointer.
    pub onwheel: Callback<WheelEvent>,
    /// A pointer went down.
    pub onpointerdown: Callback<PointerEvent>,
    /// A pointer moved: pan (one) or pinch (two).
    pub onpointermove: Callback<PointerEvent>,
    /// A pointer went up, was cancelled or left.
    pub onpointerup: Callback<PointerEvent>,
    /// A click on a role: cancelled when it ends a drag.
    pub onclick: Callback<MouseEvent>,
    /// Keys on the drawing.
    pub onkeydown: Callback<KeyboardEvent>,
    /// The "+" button.
    pub zoom_in: Callback<MouseEvent>,
    /// The "−" button.
    pub zoom_out: Callback<MouseEvent>,
    /// The "Reset view" button: back to the first view.
    pub fit: Callback<MouseEvent>,
}

fn direction(key: &str) -> Option<ScreenDirection> {
    match key {
        "ArrowUp" => Some(ScreenDirection::Up),
        "ArrowDown" => Some(ScreenDirection::Down),
        "ArrowLeft" => Some(ScreenDirection::Left),
        "ArrowRight" => Some(ScreenDirection::Right),
        _ => None,
    }
}

/// The graph frame the first render assumes before one can be measured (a
/// laptop's): the page pre-rendered into `index.html` shows this view, and
/// the SVG slices it to whatever frame it finds, so labels stay legible
/// there too.
const ASSUMED_FRAME: (f64, f64) = (843.0, 533.0);

/// The first view in a frame of the given size: around the focus, or the
/// drawing's opening view.
fn view_in(drawing: &Drawing, focus: Option<Focus>, frame: Option<(f64, f64)>) -> ViewBox {
    match focus {
        Some(focus) => ViewBox::first_view(drawing.size(), frame, MIN_SCALE, focus),
        None => drawing.opening_view(frame, MIN_SCALE),
    }
}

/// The first view in the frame on the page.
fn first_view(drawing: &Drawing, focus: Option<Focus>) -> ViewBox {
    view_in(drawing, focus, frame())
}

/// Pan, zoom and keyboard movement over `drawing`, framed first around
/// `focus` (a point in drawing units and the half size of the box around it
/// to keep whole); when the focus moves out of view, the view follows.
#[hook]
pub fn use_pan_zoom(graph: GraphRef, drawing: Rc<Drawing>, focus: Option<Focus>) -> PanZoom {
    // Nothing is measured while rendering: the first render (and the
    // pre-rendered page) assume a frame; the effect below measures it.
    let size = drawing.size();
    let view = use_state(|| view_in(&drawing, focus, Some(ASSUMED_FRAME)));
    let focused = use_state(|| None::<RoleIx>);
    let pointers = use_mut_ref(HashMap::<i32, (f64, f64)>::default);
    let dragged = use_mut_ref(|| 0.0f64);

    // Frame the drawing whenever it changes: fit it, but never so small that
    // labels cannot be read; then centre on what matters.
    {
        let view = view.clone();
        use_effect_with(Rc::clone(&drawing), move |d| {
            view.set(first_view(d, focus));
            platform::mark("sb:graph-drawn");
        });
    }
    // What the person opened is brought into view (keeping the zoom).
    {
        let view = view.clone();
        let key = focus.map(|f| (f.centre.0.round() as i64, f.centre.1.round() as i64));
        use_effect_with(key, move |_| {
            if let Some(focus) = focus {
                if !view.shows(focus) {
                    view.set(ViewBox::around(size, (view.w, view.h), focus));
                }
            }
        });
    }

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
                    let width = frame().map_or(1.0, |f| f.0);
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
    let onpointerup = Callback::from(move |e: PointerEvent| {
        pointers.borrow_mut().remove(&e.pointer_id());
    });
    // A drag that started on a role must not also open it.
    let onclick = use_callback((), move |e: MouseEvent, _| {
        if *dragged.borrow() > 6.0 {
            e.prevent_default();
        }
    });
    let onfocus = {
        let focused = focused.clone();
        use_callback((), move |r: RoleIx, _| focused.set(Some(r)))
    };
    let onkeydown = {
        let (view, focused, drawing) = (view.clone(), focused.clone(), drawing.clone());
        Callback::from(move |e: KeyboardEvent| match (direction(&e.key()), e.key().as_str()) {
            (Some(d), _) if e.shift_key() => {
                e.prevent_default();
                let step = view.w * 0.15;
                let (dx, dy) = match d {
                    ScreenDirection::Up => (0.0, -step),
                    ScreenDirection::Down => (0.0, step),
                    ScreenDirection::Left => (-step, 0.0),
                    ScreenDirection::Right => (step, 0.0),
                };
                view.set(view.pan(dx, dy, size));
            }
            (Some(d), _) => {
                e.prevent_default();
                let nodes = &drawing.nodes;
                let from = focused.or_else(|| nodes.first().map(|(r, _)| *r));
                if let Some(next) = from.and_then(|f| nearest_in_direction(nodes, f, d)) {
                    if let Some((_, p)) = nodes.iter().find(|(r, _)| *r == next) {
                        if !view.contains(f64::from(p.x), f64::from(p.y)) {
                            view.set(view.center_on(f64::from(p.x), f64::from(p.y)));
                        }
                    }
                    platform::focus(&format!("sb-node-{}", graph.role(next).id));
                }
            }
            (None, "+" | "=") => view.set(view.zoom(1.25, size)),
            (None, "-" | "_") => view.set(view.zoom(0.8, size)),
            (None, "0") => view.set(first_view(&drawing, focus)),
            _ => {}
        })
    };
    let zoom = |factor: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(view.zoom(factor, size)))
    };
    let fit = {
        let (view, drawing) = (view.clone(), drawing.clone());
        Callback::from(move |_: MouseEvent| view.set(first_view(&drawing, focus)))
    };
    PanZoom {
        view: *view,
        focused: *focused,
        onfocus,
        onwheel,
        onpointerdown,
        onpointermove,
        onpointerup,
        onclick,
        onkeydown,
        zoom_in: zoom(1.25),
        zoom_out: zoom(0.8),
        fit,
    }
}
