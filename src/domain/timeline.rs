//! The chosen path as a timeline: each move's typical time as a range, laid
//! end to end, with when each move starts (itself a range, since the moves
//! before it each take a range) and the total.
//!
//! Sums saturate: a graph may say a move takes billions of months, and the
//! timeline must still add up to something (very long), not wrap around.

use super::graph::{Graph, TransIx};

/// One move on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leg {
    /// The move.
    pub transition: TransIx,
    /// Its typical time, in months (shortest, longest).
    pub months: [u32; 2],
    /// When it starts, in months from now (earliest, latest).
    pub starts: [u32; 2],
}

/// A path's moves in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The moves, in order.
    pub legs: Vec<Leg>,
    /// The whole path, in months (shortest, longest).
    pub total: [u32; 2],
}

impl Timeline {
    /// The timeline of a path's moves.
    pub fn of(graph: &Graph, moves: &[TransIx]) -> Timeline {
        Timeline::with_preparation(graph, moves, &[])
    }

    /// The timeline of a path's moves, each with the months of the
    /// preparation it asks for on this path added (`gates`, in order; a
    /// move past the end asks for none), as the planner counts them.
    pub fn with_preparation(graph: &Graph, moves: &[TransIx], gates: &[[u32; 2]]) -> Timeline {
        let mut at = [0u32; 2];
        let legs = moves
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let [ga, gb] = gates.get(i).copied().unwrap_or_default();
                let months = match graph.transition(t).months {
                    Some([a, b]) => [a.saturating_add(ga), b.saturating_add(gb)],
                    None if gb > 0 => [ga, gb],
                    None => graph.transition(t).months_or_default(),
                };
                let leg = Leg { transition: t, months, starts: at };
                at = [at[0].saturating_add(months[0]), at[1].saturating_add(months[1])];
                leg
            })
            .collect();
        Timeline { legs, total: at }
    }

    /// Each leg's place along a line `length` units long, in proportion to
    /// its typical (middle) time: `(start, end)`. A leg with no time still
    /// gets a sliver, so every move shows.
    pub fn spans(&self, length: f64) -> Vec<(f64, f64)> {
        let mid = |m: [u32; 2]| (f64::from(m[0]) + f64::from(m[1])) / 2.0;
        let sliver = 0.04;
        let weights: Vec<f64> = self.legs.iter().map(|l| mid(l.months)).collect();
        let total: f64 = weights.iter().sum::<f64>().max(1.0);
        let n = weights.len().max(1) as f64;
        let mut x = 0.0;
        weights
            .iter()
            .map(|w| {
                let share = (w / total) * (1.0 - sliver * n).max(0.0) + sliver;
                let span = (x, x + share * length);
                x = span.1;
                span
            })
            .collect()
    }
}

/// A duration range for people: "6–18 months", "2–4 years", "18 months to
/// 3 years", written with whole numbers and halves only.
pub fn range_text([a, b]: [u32; 2]) -> String {
    let years = |m: u32| {
        let half_years = m.saturating_add(3) / 6;
        let half = if half_years % 2 == 1 { ".5" } else { "" };
        format!("{}{half}", half_years / 2)
    };
    match (a < 24, b < 24) {
        _ if a == b && a < 24 => format!("{a} month{}", if a == 1 { "" } else { "s" }),
        (true, true) => format!("{a}\u{2013}{b} months"),
        (true, false) => format!("{a} months to {} years", years(b)),
        _ if years(a) == years(b) => format!("about {} years", years(a)),
        _ => format!("{}\u{2013}{} years", years(a), years(b)),
    }
}
