//! Pan and zoom arithmetic, and the first view on narrow frames.

use switchback::domain::viewport::{Focus, ViewBox};

#[test]
fn viewport_zooms_about_a_point_and_stays_in_bounds() {
    let drawing = (1000.0, 600.0);
    let fit = ViewBox::fit(1000.0, 600.0, 2.0);
    assert!((fit.w / fit.h - 2.0).abs() < 1e-9, "fit keeps the screen's aspect");
    assert!(fit.contains(0.0, 0.0) && fit.contains(1000.0, 600.0), "fit shows the whole drawing");
    // Zooming keeps the point under the pointer in place.
    let z = fit.zoom_at(2.0, 250.0, 150.0, drawing);
    let before = ((250.0 - fit.x) / fit.w, (150.0 - fit.y) / fit.h);
    let after = ((250.0 - z.x) / z.w, (150.0 - z.y) / z.h);
    assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
    // Zoom is clamped both ways.
    let far = (0..50).fold(fit, |v, _| v.zoom(0.5, drawing));
    assert!(far.w <= 3.0 * 1000.0 + 1e-6);
    let near = (0..50).fold(fit, |v, _| v.zoom(2.0, drawing));
    assert!(near.w.max(near.h) >= 0.08 * 1000.0 - 1e-6);
    // Panning cannot lose the drawing.
    let lost = fit.pan(1e6, 1e6, drawing);
    assert!(lost.x <= 1000.0 && lost.y <= 600.0);
    assert_eq!(ViewBox { x: 1.4, y: -2.6, w: 10.5, h: 20.0 }.attr(), "1 -3 11 20");
    // A drawing smaller than the margins crosses the pan bounds: the view
    // still moves to a finite place instead of panicking.
    let tiny = ViewBox { x: 0.0, y: 0.0, w: 10.0, h: 10.0 }.pan(5.0, 5.0, (4.0, 4.0));
    assert_eq!((tiny.x, tiny.y), (4.0 - 24.0, 4.0 - 24.0));
    // A zoom by a factor that is not a number leaves the view as it was.
    assert_eq!(fit.zoom(f64::NAN, drawing), fit);
}

#[test]
fn the_first_view_zooms_in_about_the_focus_on_narrow_frames() {
    let drawing = (1800.0, 740.0);
    let keep = (80.0, 33.0);
    // 320 px cannot show 1800 units legibly: a view at the legible scale.
    let v = ViewBox::first_view(drawing, Some((320.0, 640.0)), 0.6, Focus::around((900.0, 400.0), keep));
    assert!((320.0 / v.w - 0.6).abs() < 1e-9);
    assert!((v.x + v.w / 2.0 - 900.0).abs() < 1e-9, "centred on the focus");
    assert!((v.w / v.h - 0.5).abs() < 1e-9, "the frame's aspect");
    // Near an edge, the view slides back over the drawing, keeping the focus whole.
    let v = ViewBox::first_view(drawing, Some((320.0, 640.0)), 0.6, Focus::around((10.0, 400.0), keep));
    assert!(v.x <= 10.0 - keep.0 && v.x >= -24.0 - keep.0, "the left edge, the focus whole: {v:?}");
    let v = ViewBox::first_view(drawing, Some((320.0, 640.0)), 0.6, Focus::around((1795.0, 400.0), keep));
    assert!(v.x + v.w >= 1795.0 + keep.0, "the right edge, the focus whole: {v:?}");
    // A frame that shows it all legibly shows it all.
    let wide = ViewBox::first_view(drawing, Some((2400.0, 1000.0)), 0.6, Focus::around((0.0, 0.0), keep));
    assert_eq!(wide, ViewBox::fit(1800.0, 740.0, 2.4));
}

#[test]
fn the_lane_names_band_stays_at_the_top_of_the_view_and_on_the_drawing() {
    let at = |y: f64| ViewBox { x: 0.0, y, w: 800.0, h: 500.0 };
    // Panned down the drawing: the band follows the view's top.
    assert_eq!(at(300.0).band_top(1000.0, 40.0), 300.0);
    // A view reaching above the drawing shows the band at the drawing's top.
    assert_eq!(at(-24.0).band_top(1000.0, 40.0), 0.0);
    // Never below the drawing's foot, nor above its top when it is shorter
    // than the band.
    assert_eq!(at(990.0).band_top(1000.0, 40.0), 960.0);
    assert_eq!(at(10.0).band_top(30.0, 40.0), 0.0);
}

#[test]
fn a_lane_name_stays_whole_in_view_sliding_along_its_lane_like_a_sticky_heading() {
    let view = |x: f64| ViewBox { x, y: 0.0, w: 600.0, h: 400.0 };
    // A lane from 200 to 600, a name 100 wide: wholly in view, centred.
    assert_eq!(view(0.0).label_x(200.0, 400.0, 100.0), Some(400.0));
    // Half of it off the left edge (300..600 in view): the name slides right
    // to stay whole, not cut at the edge.
    assert_eq!(view(300.0).label_x(200.0, 400.0, 100.0), Some(400.0));
    assert_eq!(view(380.0).label_x(200.0, 400.0, 100.0), Some(430.0));
    // Off the right edge: it slides left.
    assert_eq!(view(-200.0).label_x(200.0, 400.0, 100.0), Some(350.0));
    // Too little of the lane left in view for the name, or none: not shown.
    assert_eq!(view(530.0).label_x(200.0, 400.0, 100.0), None);
    assert_eq!(view(700.0).label_x(200.0, 400.0, 100.0), None);
    assert_eq!(view(-600.0).label_x(200.0, 400.0, 100.0), None);
    // A lane narrower than its name, wholly in view: shown, kept inside the
    // view's edges.
    assert_eq!(view(0.0).label_x(250.0, 60.0, 100.0), Some(280.0));
    assert_eq!(view(0.0).label_x(0.0, 60.0, 100.0), Some(50.0));
    // Whatever the view, a name shown is whole inside it.
    for x in (-700..700).step_by(7) {
        let v = view(f64::from(x));
        for (left, width, text) in [(0.0, 196.0, 120.0), (196.0, 588.0, 180.0), (784.0, 392.0, 90.0)] {
            if let Some(c) = v.label_x(left, width, text) {
                assert!(c - text / 2.0 >= v.x - 1e-9 && c + text / 2.0 <= v.x + v.w + 1e-9, "{x}: {left} {c}");
            }
        }
    }
}
