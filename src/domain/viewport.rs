//! Pan and zoom as plain arithmetic on the SVG view box.
//!
//! The view box is the rectangle of the drawing (in drawing units) that the
//! screen shows. Zooming scales it about a fixed point (the pointer, or the
//! centre for buttons and keys); panning moves it; "fit" frames the whole
//! drawing with the screen's aspect ratio. Zoom is clamped so a person cannot
//! lose the drawing by zooming to a dot or into a single node.

/// A rectangle in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// What a first view must show, in drawing units: a box (its centre and half
/// size) and, for a box that may be larger than the view (a path), the part
/// to keep whole first (its anchor: a centre and half size).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Focus {
    /// The centre of the box.
    pub centre: (f64, f64),
    /// Half the box's width and height.
    pub keep: (f64, f64),
    /// Where a box too large for the view starts, with its half size.
    pub anchor: Option<((f64, f64), (f64, f64))>,
}

impl Focus {
    /// A box with no anchor (one role).
    pub fn around(centre: (f64, f64), keep: (f64, f64)) -> Focus {
        Focus { centre, keep, anchor: None }
    }
}

/// Closest zoom: the view box is at least this fraction of the drawing.
const MIN_FRACTION: f64 = 0.08;
/// Farthest zoom: the view box is at most this multiple of the drawing.
const MAX_FRACTION: f64 = 3.0;
/// Margin around the drawing when fitting, in drawing units.
pub const FIT_MARGIN: f64 = 24.0;

/// `v` kept within `lo..=hi` (`hi` wins should the two cross; NaN stays
/// NaN). Not `f64::clamp`: its panic message (`min > max`, or NaN) formats
/// floats, and that alone carried 9.6 KB gzip of float formatting into the
/// WebAssembly. `clippy.toml` disallows it.
fn within(v: f64, lo: f64, hi: f64) -> f64 {
    if v.is_nan() {
        v
    } else {
        v.max(lo).min(hi)
    }
}

impl ViewBox {
    /// Frames a drawing of `width` × `height` on a screen of the given aspect
    /// (screen width / height), centred, with a margin.
    pub fn fit(width: f64, height: f64, aspect: f64) -> ViewBox {
        let (w0, h0) = (width + 2.0 * FIT_MARGIN, height + 2.0 * FIT_MARGIN);
        let aspect = if aspect.is_finite() && aspect > 0.0 { aspect } else { 1.6 };
        let (w, h) = if w0 / h0 > aspect { (w0, w0 / aspect) } else { (h0 * aspect, h0) };
        ViewBox { x: (width - w) / 2.0, y: (height - h) / 2.0, w, h }
    }

    /// Frames a drawing in a frame of the given size in screen pixels (the
    /// usual aspect, 1.6, when the frame is unknown or empty).
    pub fn fit_frame(width: f64, height: f64, frame: Option<(f64, f64)>) -> ViewBox {
        ViewBox::fit(width, height, frame.map_or(1.6, |(w, h)| w / h.max(1.0)))
    }

    /// The first view of a drawing in a frame of `frame` screen pixels: the
    /// whole drawing when it fits at `min_scale` screen pixels per unit or
    /// more; otherwise a view at exactly `min_scale` placed around `focus`
    /// (see [`ViewBox::around`]). Labels stay readable; the rest is a pan
    /// away.
    pub fn first_view(drawing: (f64, f64), frame: Option<(f64, f64)>, min_scale: f64, focus: Focus) -> ViewBox {
        let fit = ViewBox::fit_frame(drawing.0, drawing.1, frame);
        let Some((fw, fh)) = frame.filter(|(w, h)| *w > 0.0 && *h > 0.0) else { return fit };
        if fw / fit.w >= min_scale {
            return fit;
        }
        ViewBox::around(drawing, (fw / min_scale, fh / min_scale), focus)
    }

    /// A view of `size` (drawing units) centred on the focus, slid over the
    /// drawing so little empty space shows, but never so far that the
    /// focus's box is cut off. When that box is larger than the view (a long
    /// path), its anchor (where the path starts) is kept whole instead, and
    /// the view reaches from it towards the rest of the box: the person sees
    /// where they are and which way the path goes, not a middle with both
    /// ends cut.
    pub fn around(drawing: (f64, f64), size: (f64, f64), focus: Focus) -> ViewBox {
        let axis = |i: usize| {
            let pick = |p: (f64, f64)| if i == 0 { p.0 } else { p.1 };
            let (centre, keep, extent, size) = (pick(focus.centre), pick(focus.keep), pick(drawing), pick(size));
            if size >= extent + 2.0 * FIT_MARGIN {
                return (extent - size) / 2.0;
            }
            // Over the drawing, with at most a margin of empty space...
            let over = |start: f64| start.max(-FIT_MARGIN).min(extent + FIT_MARGIN - size);
            let whole = |centre: f64, keep: f64, start: f64| {
                let room = (keep + FIT_MARGIN / 2.0).min(size / 2.0);
                start.min(centre - room).max(centre + room - size)
            };
            match focus.anchor {
                // ...the anchor whole, the view reaching towards the box...
                Some((at, half)) if keep + FIT_MARGIN / 2.0 > size / 2.0 => {
                    let (at, half) = (pick(at), pick(half));
                    let room = (half + FIT_MARGIN / 2.0).min(size / 2.0);
                    let toward = if centre >= at { at - room } else { at + room - size };
                    whole(at, half, over(toward))
                }
                // ...or the focus whole, with a little room around it.
                _ => whole(centre, keep, over(centre - size / 2.0)),
            }
        };
        ViewBox { x: axis(0), y: axis(1), w: size.0, h: size.1 }
    }

    /// Whether the view shows the focus as [`ViewBox::around`] would: its
    /// box whole, or, when the box cannot fit, its anchor whole.
    pub fn shows(&self, focus: Focus) -> bool {
        let whole =
            |(x, y): (f64, f64), (kw, kh): (f64, f64)| self.contains(x - kw, y - kh) && self.contains(x + kw, y + kh);
        let fits = 2.0 * focus.keep.0 <= self.w && 2.0 * focus.keep.1 <= self.h;
        match focus.anchor {
            Some((at, half)) if !fits => whole(at, half),
            _ => whole(focus.centre, focus.keep),
        }
    }

    /// Zooms by `factor` (> 1 closer) keeping the drawing point `(px, py)`
    /// where it is on screen, within the zoom limits for a drawing of the
    /// given size.
    pub fn zoom_at(self, factor: f64, px: f64, py: f64, drawing: (f64, f64)) -> ViewBox {
        let size = drawing.0.max(drawing.1).max(1.0);
        let longest = self.w.max(self.h);
        let target = within(longest / factor, size * MIN_FRACTION, size * MAX_FRACTION);
        let f = longest / target;
        if !f.is_finite() || f <= 0.0 {
            return self;
        }
        ViewBox { x: px - (px - self.x) / f, y: py - (py - self.y) / f, w: self.w / f, h: self.h / f }
    }

    /// Zooms about the centre.
    pub fn zoom(self, factor: f64, drawing: (f64, f64)) -> ViewBox {
        self.zoom_at(factor, self.x + self.w / 2.0, self.y + self.h / 2.0, drawing)
    }

    /// Pans by a screen distance, given how many screen pixels the view box
    /// width spans. Keeps at least part of the drawing in view.
    pub fn pan_pixels(self, dx: f64, dy: f64, screen_width: f64, drawing: (f64, f64)) -> ViewBox {
        let per_px = if screen_width > 0.0 { self.w / screen_width } else { 1.0 };
        self.pan(-dx * per_px, -dy * per_px, drawing)
    }

    /// Pans by a distance in drawing units, clamped so the view still
    /// overlaps the drawing.
    pub fn pan(self, dx: f64, dy: f64, drawing: (f64, f64)) -> ViewBox {
        let x = within(self.x + dx, -self.w + FIT_MARGIN, drawing.0 - FIT_MARGIN);
        let y = within(self.y + dy, -self.h + FIT_MARGIN, drawing.1 - FIT_MARGIN);
        ViewBox { x, y, ..self }
    }

    /// Centres the view on a point, keeping the zoom.
    pub fn center_on(self, px: f64, py: f64) -> ViewBox {
        ViewBox { x: px - self.w / 2.0, y: py - self.h / 2.0, ..self }
    }

    /// Where a band of `band` units pinned to the top of the view starts,
    /// in a drawing `height` tall: the view's top, kept on the drawing (a
    /// view reaching above the drawing shows the band at its top; the band
    /// never hangs below its foot).
    pub fn band_top(&self, height: f64, band: f64) -> f64 {
        within(self.y, 0.0, (height - band).max(0.0))
    }

    /// Where to centre a name `text_w` units wide that labels the span
    /// `left..left + width` (a lane) in this view: over the span's middle,
    /// slid along so the name stays whole inside the span's part in view,
    /// the way a sticky heading does. A span wholly in view but narrower
    /// than its name keeps the name whole inside the view. `None` when the
    /// span is out of view, or leaving it with too little left in view for
    /// its name.
    pub fn label_x(&self, left: f64, width: f64, text_w: f64) -> Option<f64> {
        let (view_l, view_r) = (self.x, self.x + self.w);
        let (l, r) = (left.max(view_l), (left + width).min(view_r));
        let half = text_w / 2.0;
        let middle = left + width / 2.0;
        if r - l >= text_w {
            Some(within(middle, l + half, r - half))
        } else if l == left && r == left + width {
            Some(within(middle, view_l + half, (view_r - half).max(view_l + half)))
        } else {
            None
        }
    }

    /// True when the point is inside the view box.
    pub fn contains(self, px: f64, py: f64) -> bool {
        px >= self.x && px <= self.x + self.w && py >= self.y && py <= self.y + self.h
    }

    /// The `viewBox` attribute, in whole units (no float formatting needed).
    pub fn attr(self) -> String {
        format!(
            "{} {} {} {}",
            self.x.round() as i64,
            self.y.round() as i64,
            self.w.round() as i64,
            self.h.round() as i64
        )
    }
}
