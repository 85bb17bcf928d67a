//! The shape of a format-v1 document, as data, and a walker that checks raw
//! JSON against it.
//!
//! serde stops at the first problem; an author fixing a hand-written file wants
//! all of them at once, each with a path such as `roles[3].title`. So the raw
//! `serde_json::Value` is walked against this table first, and only a document
//! that passes is deserialized into the types of [`super::format`]. A native
//! test checks that this table and the generated JSON Schema agree, so the two
//! descriptions cannot drift apart.

use serde_json::Value;

use super::report::{Location, ProblemKind, Problems};
use super::text::{closest, plural, quote};

/// What a field's value must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A JSON string.
    Text,
    /// A non-negative whole number that fits in `u8` (`level`).
    SmallWhole,
    /// A whole number that fits in `u8`, a percentage (`share`).
    Percent,
    /// A whole number that fits in `u8`, on the education scale
    /// (`preparation.education.level`).
    EducationLevel,
    /// A non-negative whole number that fits in `u32` (`closeness`).
    Whole,
    /// `[min, max]`: exactly two non-negative whole numbers (`months`).
    Range,
    /// An array of strings.
    TextList,
    /// An array of objects of the given shape.
    List(&'static Object),
    /// One object of the given shape.
    Object(&'static Object),
}

/// One field of an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The JSON key.
    pub name: &'static str,
    /// Whether the key must be present.
    pub required: bool,
    /// What its value must look like.
    pub kind: Kind,
}

/// The fields an object may have; any other key is an error.
#[derive(Debug, PartialEq, Eq)]
pub struct Object {
    /// The schema definition name, e.g. `Role`.
    pub name: &'static str,
    /// All allowed keys.
    pub fields: &'static [Field],
}

const fn req(name: &'static str, kind: Kind) -> Field {
    Field { name, required: true, kind }
}
const fn opt(name: &'static str, kind: Kind) -> Field {
    Field { name, required: false, kind }
}

/// `sources[]`.
pub static SOURCE: Object =
    Object { name: "Source", fields: &[req("id", Kind::Text), opt("title", Kind::Text), opt("url", Kind::Text)] };

/// `tracks[]`.
pub static TRACK: Object = Object { name: "Track", fields: &[req("id", Kind::Text), opt("name", Kind::Text)] };

/// `skills[]`.
pub static SKILL: Object = Object {
    name: "Skill",
    fields: &[
        req("id", Kind::Text),
        opt("name", Kind::Text),
        opt("category", Kind::Text),
        opt("description", Kind::Text),
        opt("learn", Kind::TextList),
        opt("sources", Kind::TextList),
    ],
};

/// `levels[]`.
pub static LEVEL: Object = Object {
    name: "Level",
    fields: &[req("level", Kind::SmallWhole), req("name", Kind::Text), opt("description", Kind::Text)],
};

/// `relations[]`.
pub static RELATION: Object = Object {
    name: "Relation",
    fields: &[req("term", Kind::Text), req("label", Kind::Text), opt("description", Kind::Text)],
};

/// `roles[].preparation.education`.
pub static EDUCATION: Object = Object {
    name: "Education",
    fields: &[req("level", Kind::EducationLevel), opt("share", Kind::Percent), opt("label", Kind::Text)],
};

/// `roles[].preparation.experience` and `.training`.
pub static PERIOD: Object = Object {
    name: "Period",
    fields: &[req("months", Kind::Range), opt("share", Kind::Percent), opt("label", Kind::Text)],
};

/// `roles[].preparation`.
pub static PREPARATION: Object = Object {
    name: "Preparation",
    fields: &[
        opt("education", Kind::Object(&EDUCATION)),
        opt("experience", Kind::Object(&PERIOD)),
        opt("training", Kind::Object(&PERIOD)),
        opt("note", Kind::Text),
    ],
};

/// `roles[]`.
pub static ROLE: Object = Object {
    name: "Role",
    fields: &[
        req("id", Kind::Text),
        req("title", Kind::Text),
        opt("track", Kind::Text),
        opt("level", Kind::SmallWhole),
        opt("summary", Kind::Text),
        opt("responsibilities", Kind::TextList),
        opt("skills", Kind::TextList),
        opt("sources", Kind::TextList),
        opt("aliases", Kind::TextList),
        opt("tools", Kind::TextList),
        opt("preparation", Kind::Object(&PREPARATION)),
    ],
};

/// `transitions[]`.
pub static TRANSITION: Object = Object {
    name: "Transition",
    fields: &[
        req("from", Kind::Text),
        req("to", Kind::Text),
        opt("requires", Kind::TextList),
        opt("months", Kind::Range),
        opt("steps", Kind::TextList),
        opt("notes", Kind::Text),
        opt("closeness", Kind::Whole),
        opt("relation", Kind::Text),
        opt("sources", Kind::TextList),
    ],
};

/// The whole document.
pub static GRAPH: Object = Object {
    name: "GraphDoc",
    fields: &[
        req("format", Kind::Text),
        opt("title", Kind::Text),
        opt("description", Kind::Text),
        opt("sources", Kind::List(&SOURCE)),
        opt("tracks", Kind::List(&TRACK)),
        opt("levels", Kind::List(&LEVEL)),
        opt("relations", Kind::List(&RELATION)),
        opt("skills", Kind::List(&SKILL)),
        opt("roles", Kind::List(&ROLE)),
        opt("transitions", Kind::List(&TRANSITION)),
    ],
};

/// A path into the document, built on the stack as the walk descends and
/// turned into text (`roles[3].title`) only when a problem is reported, so a
/// valid document costs no allocations for paths.
#[derive(Debug, Clone, Copy)]
pub enum Path<'a> {
    /// The document itself.
    Root,
    /// A field of the parent.
    Key(&'a Path<'a>, &'a str),
    /// An item of the parent list.
    Index(&'a Path<'a>, usize),
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Root => Ok(()),
            // A key from the file is shown whole only when it is short and
            // plain; a five-megabyte key is quoted, shortened.
            Path::Key(Path::Root, key) => f.write_str(&shown_key(key)),
            Path::Key(parent, key) => write!(f, "{parent}.{}", shown_key(key)),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

impl Path<'_> {
    fn location(&self) -> Location {
        Location::path(&self.to_string())
    }
}

/// A key as a path shows it: plain keys as they are, others quoted.
fn shown_key(key: &str) -> std::borrow::Cow<'_, str> {
    let plain = key.len() <= 64 && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain {
        key.into()
    } else {
        quote(key).into()
    }
}

/// Checks `value` against the document shape and adds every problem found.
pub fn check_document(value: &Value, problems: &mut Problems) {
    if value.is_object() {
        check_object(value, &GRAPH, &Path::Root, problems);
    } else {
        problems.error(ProblemKind::WrongType, || {
            (
                Location::Document,
                format!(
                    "The graph must be a JSON object that starts with {{ and holds \"format\", \"roles\" and \"transitions\", but this file holds {}.",
                    describe(value)
                ),
            )
        });
    }
}

fn check_object(value: &Value, shape: &Object, path: &Path<'_>, problems: &mut Problems) {
    let Some(map) = value.as_object() else {
        problems.error(ProblemKind::WrongType, || {
            (path.location(), format!("should be an object {{ … }}, but it is {}.", describe(value)))
        });
        return;
    };
    for field in shape.fields {
        match map.get(field.name) {
            Some(v) => check_value(v, field.kind, &Path::Key(path, field.name), problems),
            None if field.required => problems.error(ProblemKind::MissingField, || {
                (
                    Path::Key(path, field.name).location(),
                    format!("is required but missing from {}.", article(shape.name)),
                )
            }),
            None => {}
        }
    }
    if map.len() > shape.fields.len() || map.keys().any(|k| !shape.fields.iter().any(|f| f.name == k)) {
        unknown_fields(map, shape, path, problems);
    }
}

fn unknown_fields(map: &serde_json::Map<String, Value>, shape: &Object, path: &Path<'_>, problems: &mut Problems) {
    let known: Vec<&str> = shape.fields.iter().map(|f| f.name).collect();
    for key in map.keys().filter(|k| !known.contains(&k.as_str())) {
        problems.error(ProblemKind::UnknownField, || {
            let hint = match closest(key, known.iter().copied()) {
                Some(near) => format!(" Did you mean \"{near}\"?"),
                None => String::new(),
            };
            (
                Path::Key(path, key).location(),
                format!(
                    "{} is not a field of {}.{hint} Allowed fields: {}.",
                    quote(key),
                    article(shape.name),
                    known.join(", ")
                ),
            )
        });
    }
}

/// How messages name an object of the given shape.
fn article(name: &str) -> &'static str {
    match name {
        "Source" => "a source",
        "Track" => "a track",
        "Skill" => "a skill",
        "Role" => "a role",
        "Transition" => "a transition",
        "Level" => "a level",
        "Relation" => "a relation",
        "Preparation" => "a role's preparation",
        "Education" => "an education",
        "Period" => "an experience or training",
        _ => "the graph",
    }
}

fn check_value(value: &Value, kind: Kind, path: &Path<'_>, problems: &mut Problems) {
    // The message is only written when the problem will be listed.
    let wrong = |problems: &mut Problems, expected: &str| {
        problems.error(ProblemKind::WrongType, || {
            (path.location(), format!("should be {expected}, but it is {}.", describe(value)))
        });
    };
    match kind {
        Kind::Text => {
            if !value.is_string() {
                wrong(problems, "text in quotes");
            }
        }
        Kind::SmallWhole => {
            if value.as_u64().is_none_or(|n| n > u64::from(u8::MAX)) {
                wrong(problems, "a whole number from 1 to 7");
            }
        }
        Kind::Percent => {
            if value.as_u64().is_none_or(|n| n > u64::from(u8::MAX)) {
                wrong(problems, "a whole number of percent from 0 to 100");
            }
        }
        Kind::EducationLevel => {
            if value.as_u64().is_none_or(|n| n > u64::from(u8::MAX)) {
                wrong(problems, "a whole number from 1 to 12 (the education scale)");
            }
        }
        Kind::Whole => {
            if value.as_u64().is_none_or(|n| n > u64::from(u32::MAX)) {
                wrong(problems, "a whole number such as 3");
            }
        }
        Kind::Range => {
            let ok = value.as_array().is_some_and(|items| {
                items.len() == 2 && items.iter().all(|n| n.as_u64().is_some_and(|n| n <= u64::from(u32::MAX)))
            });
            if !ok {
                wrong(problems, "a pair of whole numbers of months like [6, 18]");
            }
        }
        Kind::TextList => match value.as_array() {
            None => wrong(problems, "a list of texts like [\"…\", \"…\"]"),
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    check_value(item, Kind::Text, &Path::Index(path, i), problems);
                }
            }
        },
        Kind::Object(shape) => check_object(value, shape, path, problems),
        Kind::List(shape) => match value.as_array() {
            None => wrong(problems, "a list [ … ] of objects"),
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    check_object(item, shape, &Path::Index(path, i), problems);
                }
            }
        },
    }
}

/// A short description of a JSON value for messages: its type and, when
/// short, the value itself.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("true/false ({b})"),
        // Whole numbers are shown; fractions are only described, which keeps
        // float formatting (about 10 KB of WebAssembly) out of the app.
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => format!("the number {u}"),
            (_, Some(i)) => format!("the number {i}"),
            _ => "a number with a fraction".to_owned(),
        },
        Value::String(s) => format!("the text {}", quote(s)),
        Value::Array(items) => format!("a list of {} item{}", items.len(), plural(items.len())),
        Value::Object(_) => "an object { … }".to_owned(),
    }
}
