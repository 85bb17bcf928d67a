//! Preparation: the education and related experience a role asks for, and
//! the gate a move passes when the target asks for more than the person has.
//!
//! # The model
//! A role may say what preparation people in it typically have
//! (`roles[].preparation`): a level of education on a fixed 12-step scale
//! ([`EDUCATION_LEVELS`], O*NET's categories), months of related experience
//! before the role, and months of training on the job. Only the first two
//! gate a move: training happens after hiring.
//!
//! Along a path, a person is taken to hold the most education and the most
//! experience of the roles they have passed through ([`Prep::then`]): a
//! degree does not disappear when someone takes a job that does not need it.
//! A move into a role that asks for more than that has a [`Gate`]:
//!
//! * education: the scale's months for the target's level minus those for
//!   the level held (a bachelor's degree is 54 months on the scale, a
//!   professional degree 102: four years more);
//! * experience: the target's lower bound minus the one held (both are "at
//!   least" figures).
//!
//! Study and experience can overlap (working in a related job while
//! studying part-time, a residency that is both), so the gate takes at least
//! the longer of the two and at most both one after the other: `[max(e, x),
//! e + x]` months, added to the move's own typical time. For ranking by
//! fewest new skills, each kind of gate counts as one more thing to acquire.
//!
//! Only what is known is compared: a role without a figure neither opens nor
//! raises a gate, and a person whose start role says nothing is not assumed
//! to lack anything until a role on the path says what they hold. Graphs
//! without preparation (such as the built-in one) have no gates at all.
//!
//! A move **steps down** when the target asks for more than a year
//! ([`STEP_DOWN_MONTHS`]) less preparation than the role the person leaves:
//! education and experience in months, added up over the figures both roles
//! give (compared with that role, not with the most held: it is about the
//! job, not the person). One sum rather than "less of either": small surveys
//! make a single figure noisy (O*NET's Critical Care Nurses most often
//! report no prior experience, Registered Nurses one to two years), and a
//! role asking for less schooling but years more experience is not a step
//! down.

use super::format::{Education, Period, Preparation, EDUCATION_LEVELS};
use super::text::plural;

/// A role's preparation as two comparable numbers; along a path, the most
/// the person is known to hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Prep {
    /// Level on the education scale, 1 to 12.
    pub education: Option<u8>,
    /// Months of related experience, the lower bound.
    pub experience: Option<u32>,
}

impl Prep {
    /// The comparable part of a role's preparation. Levels outside the scale
    /// cannot occur in a validated graph; they count as unknown.
    pub fn of(p: Option<&Preparation>) -> Prep {
        let Some(p) = p else { return Prep::default() };
        Prep {
            education: p.education.as_ref().map(|e| e.level).filter(|l| (1..=12).contains(l)),
            experience: p.experience.as_ref().map(|x| x.months[0]),
        }
    }

    /// What a person holds after working in a role with `next`: the larger
    /// of each figure, where known.
    pub fn then(self, next: Prep) -> Prep {
        fn max<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
            match (a, b) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            }
        }
        Prep { education: max(self.education, next.education), experience: max(self.experience, next.experience) }
    }
}

/// Months of study on the scale for an education level (1 to 12).
pub fn education_months(level: u8) -> u32 {
    EDUCATION_LEVELS.get(usize::from(level).wrapping_sub(1)).map_or(0, |(_, m)| *m)
}

/// The scale's words for an education level ("a bachelor's degree").
pub fn education_name(level: u8) -> &'static str {
    EDUCATION_LEVELS.get(usize::from(level).wrapping_sub(1)).map_or("education", |(name, _)| name)
}

/// A rise from what is held to what a role asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rise<T> {
    /// What the person holds.
    pub held: T,
    /// What the role asks.
    pub needed: T,
    /// Months it takes.
    pub months: u32,
}

/// What a move asks beyond what the person holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Gate {
    /// More education (levels of the scale).
    pub education: Option<Rise<u8>>,
    /// More related experience (months, lower bounds).
    pub experience: Option<Rise<u32>>,
}

impl Gate {
    /// The gate into a role with `target` for a person holding `held`.
    pub fn between(held: Prep, target: Prep) -> Gate {
        let education = match (held.education, target.education) {
            (Some(h), Some(t)) if t > h => {
                Some(Rise { held: h, needed: t, months: education_months(t).saturating_sub(education_months(h)) })
            }
            _ => None,
        };
        let experience = match (held.experience, target.experience) {
            (Some(h), Some(t)) if t > h => Some(Rise { held: h, needed: t, months: t - h }),
            _ => None,
        };
        Gate { education, experience }
    }

    /// True when the move asks for nothing more.
    pub fn is_open(&self) -> bool {
        self.education.is_none() && self.experience.is_none()
    }

    /// How many kinds of preparation it asks more of (0, 1 or 2): each
    /// counts as one new thing to acquire when ranking by new skills.
    pub fn kinds(&self) -> u32 {
        u32::from(self.education.is_some()) + u32::from(self.experience.is_some())
    }

    /// `[min, max]` months: the longer of the two, or both in turn.
    pub fn months(&self) -> [u32; 2] {
        let e = self.education.map_or(0, |r| r.months);
        let x = self.experience.map_or(0, |r| r.months);
        [e.max(x), e.saturating_add(x)]
    }

    /// The sum of [`Gate::months`], in the planner's half-months unit.
    pub fn half_months(&self) -> u32 {
        let [a, b] = self.months();
        a.saturating_add(b)
    }
}

/// A move steps down when the target asks for more than this many months
/// less preparation (education and experience together) than the source.
pub const STEP_DOWN_MONTHS: i64 = 12;

/// True when a move from a role with `from` to one with `to` steps down (see
/// the module docs).
pub fn steps_down(from: Prep, to: Prep) -> bool {
    let mut change = 0i64;
    let mut compared = false;
    if let (Some(a), Some(b)) = (from.education, to.education) {
        change += i64::from(education_months(b)) - i64::from(education_months(a));
        compared = true;
    }
    if let (Some(a), Some(b)) = (from.experience, to.experience) {
        change += i64::from(b) - i64::from(a);
        compared = true;
    }
    compared && change < -STEP_DOWN_MONTHS
}

/// A span of months for people: "none", "up to 1 month", "3–6 months",
/// "1–2 years", "about 4 years".
pub fn months_words([a, b]: [u32; 2]) -> String {
    fn one(m: u32) -> String {
        if m >= 12 && m % 12 == 0 {
            format!("{} year{}", m / 12, plural((m / 12) as usize))
        } else {
            format!("{m} month{}", plural(m as usize))
        }
    }
    let years = a % 12 == 0 && b % 12 == 0 && b >= 12;
    match (a, b) {
        (0, 0) => "none".to_owned(),
        (0, b) => format!("up to {}", one(b)),
        (a, b) if a == b => one(a),
        (a, b) if years && a > 0 => format!("{}\u{2013}{} years", a / 12, b / 12),
        (a, b) => format!("{a}\u{2013}{b} months"),
    }
}

/// A time in months as "about N years" or "N months", for gates.
pub fn about(months: u32) -> String {
    if months < 12 {
        return format!("{months} month{}", plural(months as usize));
    }
    // Nearest half year.
    let halves = (months + 3) / 6;
    let (years, half) = (halves / 2, if halves % 2 == 1 { ".5" } else { "" });
    format!("about {years}{half} year{}", if years == 1 && half.is_empty() { "" } else { "s" })
}

/// "a bachelor's degree", or the role's own words for it.
pub fn education_words(e: &Education) -> String {
    e.label.clone().unwrap_or_else(|| education_name(e.level).to_owned())
}

/// "1–2 years", or the role's own words for it.
pub fn period_words(p: &Period) -> String {
    p.label.clone().unwrap_or_else(|| months_words(p.months))
}

/// "a bachelor's degree (56%)", or "(usually)" when no share is given.
fn with_share(words: String, share: Option<u8>) -> String {
    match share {
        Some(s) => format!("{words} ({s}%)"),
        None => format!("{words} (usually)"),
    }
}

/// The role panel's lines about a role's preparation: education, related
/// experience before the role, training on the job, each with how common it
/// is among people in the role.
pub fn preparation_lines(p: &Preparation) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(e) = &p.education {
        out.push(("Education", with_share(education_words(e), e.share)));
    }
    if let Some(x) = &p.experience {
        out.push(("Related experience before the role", with_share(period_words(x), x.share)));
    }
    if let Some(t) = &p.training {
        out.push(("Training on the job", with_share(period_words(t), t.share)));
    }
    out
}

/// The move panel's lines about a gate: what the target asks, what is held,
/// and the time between them.
pub fn gate_lines(gate: &Gate, to: Option<&Preparation>) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(rise) = gate.education {
        let target = to.and_then(|p| p.education.as_ref());
        let words = target.map_or_else(|| education_name(rise.needed).to_owned(), education_words);
        let words = with_share(words, target.and_then(|e| e.share));
        let time = if rise.months > 0 { format!(": {} of study", about(rise.months)) } else { String::new() };
        out.push(("More education", format!("{words}, beyond {}{time}.", education_name(rise.held))));
    }
    if let Some(rise) = gate.experience {
        let target = to.and_then(|p| p.experience.as_ref());
        let words = target.map_or_else(|| months_words([rise.needed, rise.needed]), period_words);
        let words = with_share(words, target.and_then(|x| x.share));
        out.push((
            "More related experience",
            format!(
                "{words}, where {} was asked before: about {} more (time in related roles counts).",
                months_words([rise.held, rise.held]),
                months_words([rise.months, rise.months])
            ),
        ));
    }
    out
}
