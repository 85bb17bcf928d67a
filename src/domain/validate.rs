//! Turning text into a [`Graph`], collecting every problem on the way.
//!
//! The pipeline is: JSON syntax (line and column) → shape (types, missing and
//! unknown fields, with paths) → meaning (ids, references, duplicates, ranges,
//! links) → index. Meaning is checked even when the shape has problems, on the
//! items that did parse, so one typo does not hide the next twenty problems.
//! Ids are collected from the raw JSON, so a role whose `level` has the wrong
//! type does not also make every transition that names it "unknown".

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::format::{GraphDoc, Role, Skill, Source, Track, Transition, FORMAT_V1, LEVELS};
use super::graph::Graph;
use super::report::{Location, Problem, ProblemKind, Report, Severity};
use super::shape;
use super::text::{closest, is_valid_id, suggest_id};

/// A graph that loaded, with the warnings it raised.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The graph.
    pub graph: Graph,
    /// Warnings only (no errors, or it would not have loaded).
    pub report: Report,
}

/// Parses and validates a format-v1 document.
///
/// # Errors
/// A report with at least one error when the graph cannot be loaded.
pub fn load_json(text: &str) -> Result<Loaded, Report> {
    if text.trim().is_empty() {
        return Err(Report::new(vec![Problem::error(
            ProblemKind::Empty,
            Location::Document,
            "The file is empty. A graph is a JSON object such as {\"format\": \"switchback/1\", \"roles\": [...], \"transitions\": [...]}.",
        )]));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| Report::new(vec![syntax_problem(&e)]))?;
    load_value(&value)
}

/// Validates an already-parsed JSON value.
///
/// # Errors
/// A report with at least one error when the graph cannot be loaded.
pub fn load_value(value: &Value) -> Result<Loaded, Report> {
    let mut problems = Vec::new();
    shape::check_document(value, &mut problems);
    if !problems.is_empty() {
        // Keep going on the parts that parsed, to report every error at once.
        // Warnings are left out: computed from a partial parse they could be
        // wrong (a transition that did not parse leaves its roles "unused").
        if value.is_object() {
            let draft = Draft::from_value(value);
            problems.extend(draft.check().into_iter().filter(|p| p.severity == Severity::Error));
        }
        return Err(Report::new(problems));
    }
    let doc: GraphDoc = match serde_json::from_value(value.clone()) {
        Ok(doc) => doc,
        // The shape table and the types are kept in step by a test, so this
        // is a bug; still, report it rather than panic.
        Err(e) => {
            return Err(Report::new(vec![Problem::error(
                ProblemKind::WrongType,
                Location::Document,
                format!("The graph could not be read: {e}."),
            )]))
        }
    };
    load_doc(doc)
}

/// Validates a document built in code (by an importer, the CSV loader or a
/// generator) and indexes it.
///
/// # Errors
/// A report with at least one error when the graph cannot be loaded.
pub fn load_doc(doc: GraphDoc) -> Result<Loaded, Report> {
    let report = Report::new(Draft::from_doc(&doc).check());
    if report.is_ok() {
        Ok(Loaded { graph: Graph::index(doc), report })
    } else {
        Err(report)
    }
}

fn syntax_problem(e: &serde_json::Error) -> Problem {
    // serde_json's message ends with " at line L column C"; the location is
    // shown separately, so strip it.
    let text = e.to_string();
    let detail = text.split(" at line ").next().unwrap_or(&text).replace("EOF", "end of file");
    let hint = match e.classify() {
        serde_json::error::Category::Eof => {
            " The file ends before the JSON is complete: is a closing } or ] missing?"
        }
        _ if detail.contains("trailing comma") => " Remove the comma before the closing bracket.",
        _ if detail.contains("key must be a string") => " Field names need double quotes, like \"title\".",
        _ if detail.starts_with("expected `,`") => " Is a comma missing between two items, perhaps at the end of the previous line?",
        _ => "",
    };
    Problem::error(
        ProblemKind::Syntax,
        // serde_json reports column 0 at the start of a line; people count from 1.
        Location::Text { line: e.line().max(1), column: e.column().max(1) },
        format!("This is not valid JSON: {detail}.{hint}"),
    )
}

/// The ids of one kind of item, with where each was declared.
#[derive(Default)]
struct Ids {
    list: Vec<(String, String)>,
    set: HashSet<String>,
}

impl Ids {
    fn add(&mut self, id: &str, path: String) {
        self.list.push((id.to_owned(), path));
        self.set.insert(id.to_owned());
    }
    fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }
}

/// The parts of a document that parsed, with their original positions.
#[derive(Default)]
struct Draft {
    format: Option<String>,
    sources: Vec<(usize, Source)>,
    tracks: Vec<(usize, Track)>,
    skills: Vec<(usize, Skill)>,
    roles: Vec<(usize, Role)>,
    transitions: Vec<(usize, Transition)>,
    source_ids: Ids,
    track_ids: Ids,
    skill_ids: Ids,
    role_ids: Ids,
}

fn parsed<T: DeserializeOwned>(value: &Value, key: &str, ids: Option<&mut Ids>) -> Vec<(usize, T)> {
    let items = value.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    if let Some(ids) = ids {
        for (i, item) in items.iter().enumerate() {
            if let Some(id) = item.get("id").and_then(Value::as_str) {
                ids.add(id, format!("{key}[{i}]"));
            }
        }
    }
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| serde_json::from_value(item.clone()).ok().map(|t| (i, t)))
        .collect()
}

fn enumerated<T: Clone>(items: &[T]) -> Vec<(usize, T)> {
    items.iter().cloned().enumerate().collect()
}

impl Draft {
    fn from_value(value: &Value) -> Draft {
        let mut d = Draft {
            format: value.get("format").and_then(Value::as_str).map(str::to_owned),
            ..Draft::default()
        };
        d.sources = parsed(value, "sources", Some(&mut d.source_ids));
        d.tracks = parsed(value, "tracks", Some(&mut d.track_ids));
        d.skills = parsed(value, "skills", Some(&mut d.skill_ids));
        d.roles = parsed(value, "roles", Some(&mut d.role_ids));
        d.transitions = parsed(value, "transitions", None);
        d
    }

    fn from_doc(doc: &GraphDoc) -> Draft {
        let mut d = Draft {
            format: Some(doc.format.clone()),
            sources: enumerated(&doc.sources),
            tracks: enumerated(&doc.tracks),
            skills: enumerated(&doc.skills),
            roles: enumerated(&doc.roles),
            transitions: enumerated(&doc.transitions),
            ..Draft::default()
        };
        for (i, s) in &d.sources {
            d.source_ids.add(&s.id, format!("sources[{i}]"));
        }
        for (i, t) in &d.tracks {
            d.track_ids.add(&t.id, format!("tracks[{i}]"));
        }
        for (i, s) in &d.skills {
            d.skill_ids.add(&s.id, format!("skills[{i}]"));
        }
        for (i, r) in &d.roles {
            d.role_ids.add(&r.id, format!("roles[{i}]"));
        }
        d
    }

    fn check(&self) -> Vec<Problem> {
        let mut c = Checker { draft: self, problems: Vec::new() };
        c.format();
        c.ids();
        c.sources();
        c.tracks_and_skills();
        c.roles();
        c.transitions();
        c.unused();
        c.problems
    }
}

struct Checker<'a> {
    draft: &'a Draft,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn error(&mut self, kind: ProblemKind, path: &str, message: String) {
        self.problems.push(Problem::error(kind, Location::path(path), message));
    }

    fn warning(&mut self, kind: ProblemKind, path: &str, message: String) {
        self.problems.push(Problem::warning(kind, Location::path(path), message));
    }

    fn format(&mut self) {
        match self.draft.format.as_deref() {
            Some(FORMAT_V1) | None => {}
            Some(other) => {
                let hint = if other.starts_with("switchback/") {
                    "This file was written for another version of Switchback."
                } else {
                    "Is this a Switchback graph?"
                };
                self.error(
                    ProblemKind::WrongFormat,
                    "format",
                    format!("must be \"{FORMAT_V1}\", but it is \"{other}\". {hint}"),
                );
            }
        }
    }

    fn ids(&mut self) {
        let d = self.draft;
        for (ids, noun) in [
            (&d.source_ids, "source"),
            (&d.track_ids, "track"),
            (&d.skill_ids, "skill"),
            (&d.role_ids, "role"),
        ] {
            let mut first: HashMap<&str, &str> = HashMap::new();
            for (id, path) in &ids.list {
                let at = format!("{path}.id");
                if !is_valid_id(id) {
                    let suggestion = suggest_id(id);
                    let hint = if suggestion.is_empty() {
                        String::new()
                    } else {
                        format!(" Try \"{suggestion}\".")
                    };
                    self.error(
                        ProblemKind::BadId,
                        &at,
                        format!(
                            "the id \"{id}\" is not allowed: ids use lowercase letters, digits and '-', start with a letter or digit, and have at most 64 characters.{hint}"
                        ),
                    );
                }
                if let Some(prev) = first.get(id.as_str()) {
                    self.error(
                        ProblemKind::DuplicateId,
                        &at,
                        format!("the {noun} id \"{id}\" is already used by {prev}; each {noun} needs its own id."),
                    );
                } else {
                    first.insert(id, path);
                }
            }
        }
    }

    /// Reports a reference to an id that does not exist, with a "did you
    /// mean" hint from the known ids.
    fn reference(&mut self, ids: &Ids, noun: &str, kind: ProblemKind, id: &str, path: &str) {
        if ids.contains(id) {
            return;
        }
        let hint = match closest(id, ids.list.iter().map(|(k, _)| k.as_str())) {
            Some(near) => format!(" Did you mean \"{near}\"?"),
            None if ids.list.is_empty() => format!(" The graph defines no {noun}s."),
            None => String::new(),
        };
        self.error(kind, path, format!("there is no {noun} with the id \"{id}\".{hint}"));
    }

    fn references(&mut self, ids: &Ids, noun: &str, kind: ProblemKind, list: &[String], path: &str) {
        for (i, id) in list.iter().enumerate() {
            self.reference(ids, noun, kind, id, &format!("{path}[{i}]"));
        }
    }

    fn sources_cited(&mut self, list: &[String], path: &str) {
        let ids = &self.draft.source_ids;
        self.references(ids, "source", ProblemKind::UnknownSource, list, &format!("{path}.sources"));
    }

    fn blank(&mut self, text: Option<&str>, path: &str) {
        if text.is_some_and(|t| t.trim().is_empty()) {
            self.error(ProblemKind::BlankText, path, "is blank; write some text or leave the field out.".to_owned());
        }
    }

    fn blank_items(&mut self, list: &[String], path: &str) {
        for (i, item) in list.iter().enumerate() {
            self.blank(Some(item), &format!("{path}[{i}]"));
        }
    }

    fn sources(&mut self) {
        for (i, s) in &self.draft.sources {
            let path = format!("sources[{i}]");
            self.blank(s.title.as_deref(), &format!("{path}.title"));
            if let Some(url) = &s.url {
                if !is_web_link(url) {
                    self.error(
                        ProblemKind::BadLink,
                        &format!("{path}.url"),
                        format!(
                            "\"{}\" is not a web link: only links starting with http:// or https:// are allowed.",
                            url.chars().take(80).collect::<String>()
                        ),
                    );
                }
            }
        }
    }

    fn tracks_and_skills(&mut self) {
        for (i, t) in &self.draft.tracks {
            self.blank(t.name.as_deref(), &format!("tracks[{i}].name"));
        }
        for (i, s) in &self.draft.skills {
            let path = format!("skills[{i}]");
            self.blank(s.name.as_deref(), &format!("{path}.name"));
            self.blank(s.category.as_deref(), &format!("{path}.category"));
            self.blank_items(&s.learn, &format!("{path}.learn"));
            self.sources_cited(&s.sources, &path);
        }
    }

    fn roles(&mut self) {
        let d = self.draft;
        if d.roles.is_empty() && d.role_ids.list.is_empty() {
            self.error(
                ProblemKind::NoRoles,
                "roles",
                "the graph has no roles; add at least one role to \"roles\".".to_owned(),
            );
        }
        for (i, r) in &d.roles {
            let path = format!("roles[{i}]");
            self.blank(Some(&r.title), &format!("{path}.title"));
            if let Some(track) = &r.track {
                self.reference(&d.track_ids, "track", ProblemKind::UnknownTrack, track, &format!("{path}.track"));
            }
            if let Some(level) = r.level {
                if !LEVELS.contains(&level) {
                    self.error(
                        ProblemKind::LevelOutOfRange,
                        &format!("{path}.level"),
                        format!("is {level}, but levels go from 1 (entry) to 7 (executive)."),
                    );
                }
            }
            self.blank_items(&r.responsibilities, &format!("{path}.responsibilities"));
            self.references(&d.skill_ids, "skill", ProblemKind::UnknownSkill, &r.skills, &format!("{path}.skills"));
            self.sources_cited(&r.sources, &path);
        }
    }

    fn transitions(&mut self) {
        let d = self.draft;
        let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
        for (i, t) in &d.transitions {
            let path = format!("transitions[{i}]");
            self.reference(&d.role_ids, "role", ProblemKind::UnknownRole, &t.from, &format!("{path}.from"));
            self.reference(&d.role_ids, "role", ProblemKind::UnknownRole, &t.to, &format!("{path}.to"));
            if t.from == t.to {
                self.error(
                    ProblemKind::SelfLoop,
                    &path,
                    format!("goes from \"{}\" to itself; a move must lead to a different role.", t.from),
                );
            }
            if let Some(prev) = seen.get(&(t.from.as_str(), t.to.as_str())) {
                self.error(
                    ProblemKind::DuplicateTransition,
                    &path,
                    format!(
                        "the move from \"{}\" to \"{}\" is already defined at transitions[{prev}]; merge the two.",
                        t.from, t.to
                    ),
                );
            } else {
                seen.insert((&t.from, &t.to), *i);
            }
            self.references(&d.skill_ids, "skill", ProblemKind::UnknownSkill, &t.requires, &format!("{path}.requires"));
            if let Some([min, max]) = t.months {
                if min > max {
                    self.error(
                        ProblemKind::MonthsReversed,
                        &format!("{path}.months"),
                        format!("is [{min}, {max}], but the first number (the minimum) must not be larger than the second (the maximum)."),
                    );
                }
            }
            self.blank_items(&t.steps, &format!("{path}.steps"));
            self.blank(t.notes.as_deref(), &format!("{path}.notes"));
            self.sources_cited(&t.sources, &path);
        }
    }

    fn unused(&mut self) {
        let d = self.draft;
        let mut touched: HashSet<&str> = HashSet::new();
        let mut used_skills: HashSet<&str> = HashSet::new();
        let mut used_tracks: HashSet<&str> = HashSet::new();
        let mut cited: HashSet<&str> = HashSet::new();
        for (_, t) in &d.transitions {
            touched.insert(&t.from);
            touched.insert(&t.to);
            used_skills.extend(t.requires.iter().map(String::as_str));
            cited.extend(t.sources.iter().map(String::as_str));
        }
        for (_, r) in &d.roles {
            used_skills.extend(r.skills.iter().map(String::as_str));
            used_tracks.extend(r.track.as_deref());
            cited.extend(r.sources.iter().map(String::as_str));
        }
        for (_, s) in &d.skills {
            cited.extend(s.sources.iter().map(String::as_str));
        }
        // A single-role graph has nothing to connect, so only warn when
        // there is more than one role.
        if d.roles.len() > 1 {
            for (i, r) in &d.roles {
                if !touched.contains(r.id.as_str()) {
                    self.warning(
                        ProblemKind::IsolatedRole,
                        &format!("roles[{i}]"),
                        format!("no transition starts or ends at \"{}\", so no path can reach it.", r.id),
                    );
                }
            }
        }
        for (i, s) in &d.skills {
            if !used_skills.contains(s.id.as_str()) {
                self.warning(
                    ProblemKind::UnusedSkill,
                    &format!("skills[{i}]"),
                    format!("no role lists and no transition requires the skill \"{}\".", s.id),
                );
            }
        }
        for (i, t) in &d.tracks {
            if !used_tracks.contains(t.id.as_str()) {
                self.warning(
                    ProblemKind::UnusedTrack,
                    &format!("tracks[{i}]"),
                    format!("no role is in the track \"{}\".", t.id),
                );
            }
        }
        for (i, s) in &d.sources {
            if !cited.contains(s.id.as_str()) {
                self.warning(
                    ProblemKind::UnusedSource,
                    &format!("sources[{i}]"),
                    format!("nothing cites the source \"{}\".", s.id),
                );
            }
        }
    }
}

/// True for an absolute `http://` or `https://` link with a host and no
/// spaces or control characters. Anything else (`javascript:`, `data:`,
/// relative paths) is refused, so a link from data can be followed safely.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}
