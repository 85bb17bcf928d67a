//! Problems found in a graph, each with a location a person can act on.
//!
//! A hostile or broken file can hold millions of problems (a list of two
//! million numbers where roles should be). Listing them all would freeze the
//! page and say nothing more than the first few, so a report lists the first
//! [`MAX_LISTED`] errors and warnings and counts the rest by kind; the
//! [`Problems`] collector does not even write the messages it will not list.

use std::collections::BTreeMap;
use std::fmt;

use super::text::{plural, thousands};

/// How many errors (and, separately, how many warnings) a report lists; the
/// rest are counted by kind in [`Report::unlisted`].
pub const MAX_LISTED: usize = 200;

/// Whether a problem blocks loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The graph cannot be loaded until this is fixed.
    Error,
    /// The graph loads, but something looks unintended.
    Warning,
}

/// What kind of problem it is: a stable code for tests and tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProblemKind {
    /// The text is empty.
    Empty,
    /// The text is not valid JSON.
    Syntax,
    /// A value has the wrong JSON type.
    WrongType,
    /// A required field is absent.
    MissingField,
    /// A field that the format does not define (often a typo).
    UnknownField,
    /// `format` is not `switchback/1`.
    WrongFormat,
    /// An id does not match `^[a-z0-9][a-z0-9-]{0,63}$`.
    BadId,
    /// Two items of the same kind share an id.
    DuplicateId,
    /// A reference to a role that does not exist.
    UnknownRole,
    /// A reference to a skill that does not exist.
    UnknownSkill,
    /// A reference to a track that does not exist.
    UnknownTrack,
    /// A reference to a source that does not exist.
    UnknownSource,
    /// A transition from a role to itself.
    SelfLoop,
    /// Two transitions with the same `from` and `to`.
    DuplicateTransition,
    /// `months` with min greater than max.
    MonthsReversed,
    /// `level` outside 1..=7.
    LevelOutOfRange,
    /// `closeness` is 0 (it starts at 1).
    ClosenessZero,
    /// A number outside its scale: an education level outside 1..=12, a
    /// share above 100 percent.
    OutOfRange,
    /// A link that is not `http://` or `https://`.
    BadLink,
    /// A text that must not be blank is blank.
    BlankText,
    /// The graph has no roles at all.
    NoRoles,
    /// Warning: no transition starts or ends at this role.
    IsolatedRole,
    /// Warning: no role uses and no transition requires this skill.
    UnusedSkill,
    /// Warning: no role is in this track.
    UnusedTrack,
    /// Warning: nothing cites this source.
    UnusedSource,
    /// An object gives the same key twice (JSON would keep only the last).
    DuplicateKey,
    /// `months` beyond the largest allowed number of months.
    MonthsTooLarge,
}

impl ProblemKind {
    /// Every kind, in declaration order (`kind as usize` is its place): the
    /// compact form (`compact`) writes a kind as its place.
    pub const ALL: [ProblemKind; 27] = [
        ProblemKind::Empty,
        ProblemKind::Syntax,
        ProblemKind::WrongType,
        ProblemKind::MissingField,
        ProblemKind::UnknownField,
        ProblemKind::WrongFormat,
        ProblemKind::BadId,
        ProblemKind::DuplicateId,
        ProblemKind::UnknownRole,
        ProblemKind::UnknownSkill,
        ProblemKind::UnknownTrack,
        ProblemKind::UnknownSource,
        ProblemKind::SelfLoop,
        ProblemKind::DuplicateTransition,
        ProblemKind::MonthsReversed,
        ProblemKind::LevelOutOfRange,
        ProblemKind::ClosenessZero,
        ProblemKind::OutOfRange,
        ProblemKind::BadLink,
        ProblemKind::BlankText,
        ProblemKind::NoRoles,
        ProblemKind::IsolatedRole,
        ProblemKind::UnusedSkill,
        ProblemKind::UnusedTrack,
        ProblemKind::UnusedSource,
        ProblemKind::DuplicateKey,
        ProblemKind::MonthsTooLarge,
    ];
}

impl ProblemKind {
    /// A plural noun phrase for counting problems of this kind in a
    /// summary ("3,000 more: 2,998 values of the wrong type, 2 missing
    /// fields").
    pub fn plural_label(self) -> &'static str {
        match self {
            ProblemKind::Empty => "empty files",
            ProblemKind::Syntax => "JSON syntax errors",
            ProblemKind::WrongType => "values of the wrong type",
            ProblemKind::MissingField => "missing fields",
            ProblemKind::UnknownField => "unknown fields",
            ProblemKind::WrongFormat => "wrong formats",
            ProblemKind::BadId => "ids that are not allowed",
            ProblemKind::DuplicateId => "duplicate ids",
            ProblemKind::UnknownRole => "unknown roles",
            ProblemKind::UnknownSkill => "unknown skills",
            ProblemKind::UnknownTrack => "unknown tracks",
            ProblemKind::UnknownSource => "unknown sources",
            ProblemKind::SelfLoop => "moves to the same role",
            ProblemKind::DuplicateTransition => "duplicate moves",
            ProblemKind::MonthsReversed => "reversed month ranges",
            ProblemKind::LevelOutOfRange => "levels out of range",
            ProblemKind::ClosenessZero => "closeness values of 0",
            ProblemKind::OutOfRange => "numbers outside their scale",
            ProblemKind::BadLink => "links that are not web links",
            ProblemKind::BlankText => "blank texts",
            ProblemKind::NoRoles => "graphs without roles",
            ProblemKind::IsolatedRole => "roles no move reaches",
            ProblemKind::UnusedSkill => "unused skills",
            ProblemKind::UnusedTrack => "unused tracks",
            ProblemKind::UnusedSource => "sources nothing cites",
            ProblemKind::DuplicateKey => "keys given twice",
            ProblemKind::MonthsTooLarge => "month counts too large",
        }
    }
}

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Location {
    /// The document as a whole.
    Document,
    /// A position in the text (1-based line and column).
    Text {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A path into the document such as `roles[3].title`.
    Path(String),
    /// A cell of a spreadsheet file (CSV).
    Cell {
        /// The file's name.
        file: String,
        /// 1-based row, as a spreadsheet numbers it (the header is row 1).
        row: usize,
        /// The column's letter (`A`, `B`, …).
        column: String,
        /// The column's name from the header, when known.
        name: String,
    },
}

impl Location {
    /// A path location; the empty path means the whole document.
    pub fn path(path: &str) -> Self {
        if path.is_empty() {
            Location::Document
        } else {
            Location::Path(path.to_owned())
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Document => f.write_str("the graph"),
            Location::Text { line, column } => write!(f, "line {line}, column {column}"),
            Location::Path(p) => f.write_str(p),
            Location::Cell { file, row, column, name } if name.is_empty() => {
                write!(f, "{file}, row {row}, column {column}")
            }
            Location::Cell { file, row, column, name } => write!(f, "{file}, row {row}, column {column} ({name})"),
        }
    }
}

/// One problem.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code.
    pub kind: ProblemKind,
    /// Where it is.
    pub location: Location,
    /// What is wrong and, where possible, how to fix it.
    pub message: String,
}

impl Problem {
    /// A problem that blocks loading.
    pub fn error(kind: ProblemKind, location: Location, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Error, kind, location, message: message.into() }
    }
    /// A problem that does not block loading.
    pub fn warning(kind: ProblemKind, location: Location, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Warning, kind, location, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.location {
            Location::Document => write!(f, "{tag}: {}", self.message),
            _ => write!(f, "{tag}: {}: {}", self.location, self.message),
        }
    }
}

/// Everything validation found, errors first: the first [`MAX_LISTED`]
/// errors and warnings, and counts of the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The listed problems, errors before warnings, each group in document
    /// order.
    pub problems: Vec<Problem>,
    /// How many problems of each severity and kind were found beyond the
    /// listed ones.
    pub unlisted: BTreeMap<(Severity, ProblemKind), usize>,
}

impl Report {
    /// Builds a report, putting errors before warnings (stable within each)
    /// and listing at most [`MAX_LISTED`] of each.
    pub fn new(problems: Vec<Problem>) -> Self {
        let mut sink = Problems::new();
        for p in problems {
            sink.push(p);
        }
        sink.into_report()
    }
    /// The problems that block loading.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }
    /// The problems that do not block loading.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Warning)
    }
    fn unlisted_of(&self, severity: Severity) -> usize {
        self.unlisted.iter().filter(|((s, _), _)| *s == severity).map(|(_, n)| *n).fold(0, usize::saturating_add)
    }
    /// Number of errors, listed or not.
    pub fn error_count(&self) -> usize {
        self.errors().count().saturating_add(self.unlisted_of(Severity::Error))
    }
    /// Number of warnings, listed or not.
    pub fn warning_count(&self) -> usize {
        self.warnings().count().saturating_add(self.unlisted_of(Severity::Warning))
    }
    /// True when nothing blocks loading.
    pub fn is_ok(&self) -> bool {
        self.error_count() == 0
    }
    /// "2 errors, 1 warning" style summary; when some are not listed, it
    /// says how many of which kind, such as "100,000 errors, 0 warnings (the
    /// first 200 are listed; not listed: 99,800 values of the wrong type)".
    pub fn summary(&self) -> String {
        let (e, w) = (self.error_count(), self.warning_count());
        let mut out = format!("{} error{}, {} warning{}", thousands(e), plural(e), thousands(w), plural(w));
        if !self.unlisted.is_empty() {
            let rest: Vec<String> = self
                .unlisted
                .iter()
                .map(|((_, kind), n)| format!("{} {}", thousands(*n), kind.plural_label()))
                .collect();
            out.push_str(&format!(" (the first {MAX_LISTED} of each are listed; not listed: {})", rest.join(", ")));
        }
        out
    }
    /// The same report with every location passed through `f` (the CSV
    /// loader points paths back at cells).
    pub fn map_locations(self, f: impl Fn(&Location) -> Location) -> Report {
        let problems = self.problems.into_iter().map(|p| Problem { location: f(&p.location), ..p }).collect();
        Report { problems, unlisted: self.unlisted }
    }
    /// `first`, then this report's problems and counts, capped again.
    pub fn after(self, first: Vec<Problem>) -> Report {
        let mut sink = Problems::new();
        for p in first.into_iter().chain(self.problems) {
            sink.push(p);
        }
        for ((severity, kind), n) in self.unlisted {
            sink.count(severity, kind, n);
        }
        sink.into_report()
    }
}

/// Collects problems as they are found, keeping the first [`MAX_LISTED`] of
/// each severity and only counting the rest. [`Problems::add`] takes the
/// location and message as a closure, so a problem that will not be listed
/// costs a counter increment, not a formatted string: two million wrong
/// items stay cheap.
#[derive(Debug, Default)]
pub struct Problems {
    listed: Vec<Problem>,
    listed_errors: usize,
    listed_warnings: usize,
    unlisted: BTreeMap<(Severity, ProblemKind), usize>,
}

impl Problems {
    /// An empty collector.
    pub fn new() -> Self {
        Problems::default()
    }
    fn has_room(&self, severity: Severity) -> bool {
        match severity {
            Severity::Error => self.listed_errors < MAX_LISTED,
            Severity::Warning => self.listed_warnings < MAX_LISTED,
        }
    }
    fn count(&mut self, severity: Severity, kind: ProblemKind, n: usize) {
        let slot = self.unlisted.entry((severity, kind)).or_insert(0);
        *slot = slot.saturating_add(n);
    }
    /// Whether a problem of this severity would be listed, so a caller can
    /// skip costly work (a "did you mean" search) for one that would not.
    pub fn will_list(&self, severity: Severity) -> bool {
        self.has_room(severity)
    }
    /// Adds a problem whose location and message are only made if it will
    /// be listed.
    pub fn add(&mut self, severity: Severity, kind: ProblemKind, describe: impl FnOnce() -> (Location, String)) {
        if self.has_room(severity) {
            let (location, message) = describe();
            self.push(Problem { severity, kind, location, message });
        } else {
            self.count(severity, kind, 1);
        }
    }
    /// Adds an error made lazily (see [`Problems::add`]).
    pub fn error(&mut self, kind: ProblemKind, describe: impl FnOnce() -> (Location, String)) {
        self.add(Severity::Error, kind, describe);
    }
    /// Adds a problem already made.
    pub fn push(&mut self, problem: Problem) {
        if !self.has_room(problem.severity) {
            self.count(problem.severity, problem.kind, 1);
            return;
        }
        match problem.severity {
            Severity::Error => self.listed_errors += 1,
            Severity::Warning => self.listed_warnings += 1,
        }
        self.listed.push(problem);
    }
    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty() && self.unlisted.is_empty()
    }
    /// True when at least one error was found.
    pub fn has_errors(&self) -> bool {
        self.listed_errors > 0 || self.unlisted.keys().any(|(s, _)| *s == Severity::Error)
    }
    /// Keeps only the errors (listed and counted).
    pub fn retain_errors(&mut self) {
        self.listed.retain(|p| p.severity == Severity::Error);
        self.listed_warnings = 0;
        self.unlisted.retain(|(s, _), _| *s == Severity::Error);
    }
    /// The report: errors first, then warnings, each in the order found.
    pub fn into_report(self) -> Report {
        let (mut errors, warnings): (Vec<Problem>, Vec<Problem>) =
            self.listed.into_iter().partition(|p| p.severity == Severity::Error);
        errors.extend(warnings);
        Report { problems: errors, unlisted: self.unlisted }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        write!(f, "{}", self.summary())
    }
}
