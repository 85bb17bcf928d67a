//! Problems found in a graph, each with a location a person can act on.

use std::fmt;

use super::text::plural;

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

/// Everything validation found, errors first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// All problems, errors before warnings, each group in document order.
    pub problems: Vec<Problem>,
}

impl Report {
    /// Builds a report, putting errors before warnings (stable within each).
    pub fn new(problems: Vec<Problem>) -> Self {
        let (mut errors, warnings): (Vec<Problem>, Vec<Problem>) =
            problems.into_iter().partition(|p| p.severity == Severity::Error);
        errors.extend(warnings);
        Report { problems: errors }
    }
    /// The problems that block loading.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }
    /// The problems that do not block loading.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Warning)
    }
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.errors().count()
    }
    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.warnings().count()
    }
    /// True when nothing blocks loading.
    pub fn is_ok(&self) -> bool {
        self.error_count() == 0
    }
    /// "2 errors, 1 warning" style summary.
    pub fn summary(&self) -> String {
        let (e, w) = (self.error_count(), self.warning_count());
        format!("{e} error{}, {w} warning{}", plural(e), plural(w))
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
