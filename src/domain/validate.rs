//! Turning text into a [`Graph`], collecting every problem on the way.
//!
//! The pipeline is: JSON syntax (line and column) → shape (types, missing and
//! unknown fields, with paths) → meaning (ids, references, duplicates, ranges,
//! links) → index. Meaning is checked even when the shape has problems, on the
//! items that did parse, so one typo does not hide the next twenty problems.
//! Ids are collected from the raw JSON, so a role whose `level` has the wrong
//! type does not also make every transition that names it "unknown".

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::format::{
    Education, GraphDoc, Level, Period, Relation, Role, Skill, Source, Track, Transition, EDUCATION_LEVELS, FORMAT_V1,
    LEVELS, MAX_MONTHS,
};
use super::graph::Graph;
use super::json::{self, JsonError};
use super::report::{Location, Problem, ProblemKind, Problems, Report, Severity};
use super::shape;
use super::text::{is_valid_id, quote, suggest_id, Suggester};

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
    let (doc, report) = check_json(text)?;
    Ok(Loaded { graph: Graph::index(doc), report })
}

/// [`load_json`] without the indexing: the checked document and its
/// warnings (the graph checker's worker sends the document on; the page
/// indexes it).
///
/// # Errors
/// A report with at least one error when the graph cannot be loaded.
pub fn check_json(text: &str) -> Result<(GraphDoc, Report), Report> {
    if text.trim().is_empty() {
        return Err(Report::new(vec![Problem::error(
            ProblemKind::Empty,
            Location::Document,
            "The file is empty. A graph is a JSON object such as {\"format\": \"switchback/1\", \"roles\": [...], \"transitions\": [...]}.",
        )]));
    }
    // The fast way first: straight into the format's types. It accepts
    // exactly what the checks below accept (the types deny unknown fields and
    // `null`), so only a document with a problem takes the slow way, which
    // walks the JSON to report every problem with its place. The types
    // refuse a field given twice, and the slow way says where it is.
    if let Ok(doc) = serde_json::from_str::<GraphDoc>(text) {
        return check_doc(doc);
    }
    let value = json::parse(text).map_err(|e| Report::new(vec![json_problem(e)]))?;
    check_value(value)
}

/// Validates an already-parsed JSON value.
///
/// # Errors
/// A report with at least one error when the graph cannot be loaded.
pub fn load_value(value: Value) -> Result<Loaded, Report> {
    let (doc, report) = check_value(value)?;
    Ok(Loaded { graph: Graph::index(doc), report })
}

fn check_value(value: Value) -> Result<(GraphDoc, Report), Report> {
    let mut problems = Problems::new();
    shape::check_document(&value, &mut problems);
    if !problems.is_empty() {
        // Keep going on the parts that parsed, to report every error at once.
        // Warnings are left out: computed from a partial parse they could be
        // wrong (a transition that did not parse leaves its roles "unused").
        if value.is_object() {
            let parsed = Parsed::from_value(&value);
            let draft = parsed.draft(&value);
            draft.check_into(&mut problems);
            problems.retain_errors();
        }
        return Err(problems.into_report());
    }
    // Through text rather than `from_value`: the typed reader for text is
    // already in the WebAssembly (the fast way above), and a second and third
    // reader for `Value` and `&Value` cost about 12 KB gzip of download for a
    // path taken only by documents with problems (see docs/performance.md).
    let doc: GraphDoc = match serde_json::from_str(&value.to_string()) {
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
    check_doc(doc)
}

/// Validates a document built in code (by an importer, the CSV loader or a
/// generator) and indexes it.
///
/// # Errors
/// A report with at least one error when the graph cannot be loaded.
pub fn load_doc(doc: GraphDoc) -> Result<Loaded, Report> {
    let (doc, report) = check_doc(doc)?;
    Ok(Loaded { graph: Graph::index(doc), report })
}

/// [`load_doc`] without the indexing.
///
/// # Errors
/// A report with at least one error when the graph cannot be loaded.
pub fn check_doc(doc: GraphDoc) -> Result<(GraphDoc, Report), Report> {
    let mut problems = Problems::new();
    Draft::from_doc(&doc).check_into(&mut problems);
    let report = problems.into_report();
    if report.is_ok() {
        Ok((doc, report))
    } else {
        Err(report)
    }
}

fn json_problem(e: JsonError) -> Problem {
    match e {
        JsonError::Syntax(e) => syntax_problem(&e),
        JsonError::DuplicateKey { path, key, line, column } => {
            let place = if path.is_empty() { "the graph".to_owned() } else { path };
            Problem::error(
                ProblemKind::DuplicateKey,
                Location::Text { line, column },
                format!(
                    "the key {} is given twice in {place}; give each field once (JSON keeps only the last, so the first would be lost without a word).",
                    quote(&key)
                ),
            )
        }
    }
}

fn syntax_problem(e: &serde_json::Error) -> Problem {
    // serde_json's message ends with " at line L column C"; the location is
    // shown separately, so strip it.
    let text = e.to_string();
    let detail = text.split(" at line ").next().unwrap_or(&text).replace("EOF", "end of file");
    let hint = match e.classify() {
        serde_json::error::Category::Eof => " The file ends before the JSON is complete: is a closing } or ] missing?",
        _ if detail.contains("trailing comma") => " Remove the comma before the closing bracket.",
        _ if detail.contains("key must be a string") => " Field names need double quotes, like \"title\".",
        _ if detail.starts_with("expected `,`") => {
            " Is a comma missing between two items, perhaps at the end of the previous line?"
        }
        _ => "",
    };
    Problem::error(
        ProblemKind::Syntax,
        // serde_json reports column 0 at the start of a line; people count from 1.
        Location::Text { line: e.line().max(1), column: e.column().max(1) },
        format!("This is not valid JSON: {detail}.{hint}"),
    )
}

/// The ids of one kind of item, with the position each was declared at.
struct Ids<'a> {
    list: &'static str,
    items: Vec<(&'a str, usize)>,
    set: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn new(list: &'static str, items: Vec<(&'a str, usize)>) -> Self {
        let set = items.iter().map(|(id, _)| *id).collect();
        Ids { list, items, set }
    }
    fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }
}

/// Where a problem is, kept as positions and turned into text such as
/// `transitions[4].requires[1]` only when a problem is reported.
#[derive(Clone, Copy)]
struct At {
    list: &'static str,
    index: usize,
    field: &'static str,
    item: Option<usize>,
}

impl At {
    fn new(list: &'static str, index: usize) -> At {
        At { list, index, field: "", item: None }
    }
    fn field(self, field: &'static str) -> At {
        At { field, ..self }
    }
    fn item(self, item: usize) -> At {
        At { item: Some(item), ..self }
    }
    fn location(self) -> Location {
        let mut path = format!("{}[{}]", self.list, self.index);
        if !self.field.is_empty() {
            path.push('.');
            path.push_str(self.field);
        }
        if let Some(i) = self.item {
            path.push_str(&format!("[{i}]"));
        }
        Location::Path(path)
    }
}

/// Items parsed one by one from a document whose shape has problems.
#[derive(Default)]
struct Parsed {
    sources: Vec<(usize, Source)>,
    tracks: Vec<(usize, Track)>,
    levels: Vec<(usize, Level)>,
    relations: Vec<(usize, Relation)>,
    skills: Vec<(usize, Skill)>,
    roles: Vec<(usize, Role)>,
    transitions: Vec<(usize, Transition)>,
}

fn items<'v>(value: &'v Value, key: &str) -> &'v [Value] {
    value.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default()
}

fn parse_each<T: DeserializeOwned>(value: &Value, key: &str) -> Vec<(usize, T)> {
    // Only objects can be items; testing first spares building an error for
    // each of two million numbers in a hostile list.
    items(value, key)
        .iter()
        .enumerate()
        .filter(|(_, item)| item.is_object())
        .filter_map(|(i, item)| serde_json::from_str(&item.to_string()).ok().map(|t| (i, t)))
        .collect()
}

/// Ids from the raw JSON, including those of items that did not parse.
fn raw_ids<'v>(value: &'v Value, key: &'static str) -> Ids<'v> {
    let found = items(value, key)
        .iter()
        .enumerate()
        .filter_map(|(i, item)| item.get("id").and_then(Value::as_str).map(|id| (id, i)))
        .collect();
    Ids::new(key, found)
}

impl Parsed {
    fn from_value(value: &Value) -> Parsed {
        Parsed {
            sources: parse_each(value, "sources"),
            tracks: parse_each(value, "tracks"),
            levels: parse_each(value, "levels"),
            relations: parse_each(value, "relations"),
            skills: parse_each(value, "skills"),
            roles: parse_each(value, "roles"),
            transitions: parse_each(value, "transitions"),
        }
    }

    fn draft<'a>(&'a self, value: &'a Value) -> Draft<'a> {
        fn refs<T>(list: &[(usize, T)]) -> Vec<(usize, &T)> {
            list.iter().map(|(i, t)| (*i, t)).collect()
        }
        Draft {
            format: value.get("format").and_then(Value::as_str),
            sources: refs(&self.sources),
            tracks: refs(&self.tracks),
            levels: refs(&self.levels),
            relations: refs(&self.relations),
            skills: refs(&self.skills),
            roles: refs(&self.roles),
            transitions: refs(&self.transitions),
            source_ids: raw_ids(value, "sources"),
            track_ids: raw_ids(value, "tracks"),
            skill_ids: raw_ids(value, "skills"),
            role_ids: raw_ids(value, "roles"),
        }
    }
}

/// The parts of a document to check, borrowed, with their original positions.
struct Draft<'a> {
    format: Option<&'a str>,
    sources: Vec<(usize, &'a Source)>,
    tracks: Vec<(usize, &'a Track)>,
    levels: Vec<(usize, &'a Level)>,
    relations: Vec<(usize, &'a Relation)>,
    skills: Vec<(usize, &'a Skill)>,
    roles: Vec<(usize, &'a Role)>,
    transitions: Vec<(usize, &'a Transition)>,
    source_ids: Ids<'a>,
    track_ids: Ids<'a>,
    skill_ids: Ids<'a>,
    role_ids: Ids<'a>,
}

fn enumerated<T>(items: &[T]) -> Vec<(usize, &T)> {
    items.iter().enumerate().collect()
}

fn declared<'a, T>(list: &'static str, items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> Ids<'a> {
    Ids::new(list, items.iter().enumerate().map(|(i, t)| (id(t), i)).collect())
}

impl<'a> Draft<'a> {
    fn from_doc(doc: &'a GraphDoc) -> Draft<'a> {
        Draft {
            format: Some(&doc.format),
            sources: enumerated(&doc.sources),
            tracks: enumerated(&doc.tracks),
            levels: enumerated(&doc.levels),
            relations: enumerated(&doc.relations),
            skills: enumerated(&doc.skills),
            roles: enumerated(&doc.roles),
            transitions: enumerated(&doc.transitions),
            source_ids: declared("sources", &doc.sources, |s| &s.id),
            track_ids: declared("tracks", &doc.tracks, |t| &t.id),
            skill_ids: declared("skills", &doc.skills, |s| &s.id),
            role_ids: declared("roles", &doc.roles, |r| &r.id),
        }
    }

    fn check_into(&self, problems: &mut Problems) {
        let mut c = Checker { draft: self, problems, suggesters: HashMap::default() };
        c.format();
        c.ids();
        c.sources();
        c.tracks_and_skills();
        c.levels_and_relations();
        c.roles();
        c.transitions();
        c.unused();
    }
}

struct Checker<'d, 'a, 'p> {
    draft: &'d Draft<'a>,
    problems: &'p mut Problems,
    /// "Did you mean" indexes, one per list of ids, made when first needed.
    suggesters: HashMap<&'static str, Suggester<'a>>,
}

impl<'a> Checker<'_, 'a, '_> {
    /// Adds an error; the message is only written if it will be listed.
    fn error(&mut self, kind: ProblemKind, at: At, message: impl FnOnce() -> String) {
        self.problems.add(Severity::Error, kind, || (at.location(), message()));
    }

    fn warning(&mut self, kind: ProblemKind, at: At, message: impl FnOnce() -> String) {
        self.problems.add(Severity::Warning, kind, || (at.location(), message()));
    }

    fn format(&mut self) {
        match self.draft.format {
            Some(FORMAT_V1) | None => {}
            Some(other) => {
                let hint = if other.starts_with("switchback/") {
                    "This file was written for another version of Switchback."
                } else {
                    "Is this a Switchback graph?"
                };
                self.problems.push(Problem::error(
                    ProblemKind::WrongFormat,
                    Location::path("format"),
                    format!("must be \"{FORMAT_V1}\", but it is {}. {hint}", quote(other)),
                ));
            }
        }
    }

    fn ids(&mut self) {
        let d = self.draft;
        for (ids, noun) in
            [(&d.source_ids, "source"), (&d.track_ids, "track"), (&d.skill_ids, "skill"), (&d.role_ids, "role")]
        {
            let mut first: HashMap<&str, usize> =
                HashMap::with_capacity_and_hasher(ids.items.len(), Default::default());
            for &(id, i) in &ids.items {
                let at = At::new(ids.list, i).field("id");
                if !is_valid_id(id) {
                    self.error(ProblemKind::BadId, at, || {
                        let suggestion = suggest_id(id);
                        let hint =
                            if suggestion.is_empty() { String::new() } else { format!(" Try \"{suggestion}\".") };
                        format!(
                            "the id {} is not allowed: ids use lowercase letters, digits and '-', start with a letter or digit, and have at most 64 characters.{hint}",
                            quote(id)
                        )
                    });
                }
                match first.get(id) {
                    Some(prev) => self.error(ProblemKind::DuplicateId, at, || {
                        format!(
                            "the {noun} id {} is already used by {}[{prev}]; each {noun} needs its own id.",
                            quote(id),
                            ids.list
                        )
                    }),
                    None => {
                        first.insert(id, i);
                    }
                }
            }
        }
    }

    /// Reports a reference to an id that does not exist, with a "did you
    /// mean" hint from the known ids. Hints are looked for only for the
    /// problems that will be listed, in an index with a bounded budget, so
    /// twenty thousand unknown references cost no more than two hundred.
    fn reference(&mut self, ids: &Ids<'a>, noun: &str, kind: ProblemKind, id: &str, at: At) {
        if ids.contains(id) {
            return;
        }
        let hint = if !self.problems.will_list(Severity::Error) {
            String::new()
        } else if ids.items.is_empty() {
            format!(" The graph defines no {noun}s.")
        } else {
            let suggester =
                self.suggesters.entry(ids.list).or_insert_with(|| Suggester::new(ids.items.iter().map(|(k, _)| *k)));
            suggester.closest(id).map(|near| format!(" Did you mean \"{near}\"?")).unwrap_or_default()
        };
        self.error(kind, at, || format!("there is no {noun} with the id {}.{hint}", quote(id)));
    }

    fn references(&mut self, ids: &Ids<'a>, noun: &str, kind: ProblemKind, list: &[String], at: At) {
        for (i, id) in list.iter().enumerate() {
            self.reference(ids, noun, kind, id, at.item(i));
        }
    }

    fn sources_cited(&mut self, list: &[String], at: At) {
        let ids = &self.draft.source_ids;
        self.references(ids, "source", ProblemKind::UnknownSource, list, at.field("sources"));
    }

    fn blank(&mut self, text: Option<&str>, at: At) {
        if text.is_some_and(|t| t.trim().is_empty()) {
            self.error(ProblemKind::BlankText, at, || "is blank; write some text or leave the field out.".to_owned());
        }
    }

    fn blank_items(&mut self, list: &[String], at: At) {
        for (i, item) in list.iter().enumerate() {
            self.blank(Some(item), at.item(i));
        }
    }

    fn sources(&mut self) {
        for &(i, s) in &self.draft.sources {
            let at = At::new("sources", i);
            self.blank(s.title.as_deref(), at.field("title"));
            if let Some(url) = &s.url {
                if !is_web_link(url) {
                    self.error(ProblemKind::BadLink, at.field("url"), || {
                        format!(
                            "{} is not a web link: only links starting with http:// or https:// are allowed.",
                            quote(url)
                        )
                    });
                }
            }
        }
    }

    fn levels_and_relations(&mut self) {
        let mut seen: HashMap<u8, usize> = HashMap::default();
        for &(i, l) in &self.draft.levels {
            let at = At::new("levels", i);
            if !LEVELS.contains(&l.level) {
                self.error(ProblemKind::LevelOutOfRange, at.field("level"), || {
                    format!("is {}, but levels go from 1 to 7.", l.level)
                });
            }
            match seen.get(&l.level) {
                Some(prev) => self.error(ProblemKind::DuplicateId, at.field("level"), || {
                    format!("level {} is already explained by levels[{prev}]; explain each level once.", l.level)
                }),
                None => {
                    seen.insert(l.level, i);
                }
            }
            self.blank(Some(&l.name), at.field("name"));
            self.blank(l.description.as_deref(), at.field("description"));
        }
        let mut terms: HashMap<&str, usize> = HashMap::default();
        for &(i, r) in &self.draft.relations {
            let at = At::new("relations", i);
            self.blank(Some(&r.term), at.field("term"));
            self.blank(Some(&r.label), at.field("label"));
            self.blank(r.description.as_deref(), at.field("description"));
            match terms.get(r.term.as_str()) {
                Some(prev) => self.error(ProblemKind::DuplicateId, at.field("term"), || {
                    format!(
                        "the term \"{}\" is already explained by relations[{prev}]; explain each term once.",
                        r.term
                    )
                }),
                None => {
                    terms.insert(&r.term, i);
                }
            }
        }
    }

    fn share(&mut self, share: Option<u8>, at: At) {
        if let Some(share) = share.filter(|s| *s > 100) {
            self.error(ProblemKind::OutOfRange, at, || {
                format!("is {share}, but a share is a percentage from 0 to 100.")
            });
        }
    }

    fn education(&mut self, e: &Education, at: At) {
        if !(1..=EDUCATION_LEVELS.len()).contains(&usize::from(e.level)) {
            self.error(
                ProblemKind::OutOfRange,
                at.field("preparation.education.level"),
                || format!(
                    "is {}, but education levels go from 1 (less than a high school diploma) to 12 (post-doctoral training).",
                    e.level
                ),
            );
        }
        self.share(e.share, at.field("preparation.education.share"));
        self.blank(e.label.as_deref(), at.field("preparation.education.label"));
    }

    fn period(&mut self, p: &Period, at: At, fields: [&'static str; 3]) {
        let [min, max] = p.months;
        if min.max(max) > MAX_MONTHS {
            self.error(ProblemKind::MonthsTooLarge, at.field(fields[0]), || {
                format!("is [{min}, {max}], but preparation takes at most {MAX_MONTHS} months (100 years) here; give the typical time in months, such as [24, 48].")
            });
        } else if min > max {
            self.error(ProblemKind::MonthsReversed, at.field(fields[0]), || {
                format!("is [{min}, {max}], but the first number (the minimum) must not be larger than the second (the maximum).")
            });
        }
        self.share(p.share, at.field(fields[1]));
        self.blank(p.label.as_deref(), at.field(fields[2]));
    }

    fn tracks_and_skills(&mut self) {
        for &(i, t) in &self.draft.tracks {
            self.blank(t.name.as_deref(), At::new("tracks", i).field("name"));
        }
        for &(i, s) in &self.draft.skills {
            let at = At::new("skills", i);
            self.blank(s.name.as_deref(), at.field("name"));
            self.blank(s.category.as_deref(), at.field("category"));
            self.blank_items(&s.learn, at.field("learn"));
            self.sources_cited(&s.sources, at);
        }
    }

    fn roles(&mut self) {
        let d = self.draft;
        if d.roles.is_empty() && d.role_ids.items.is_empty() {
            self.problems.push(Problem::error(
                ProblemKind::NoRoles,
                Location::path("roles"),
                "the graph has no roles; add at least one role to \"roles\".",
            ));
        }
        for &(i, r) in &d.roles {
            let at = At::new("roles", i);
            self.blank(Some(&r.title), at.field("title"));
            if let Some(track) = &r.track {
                self.reference(&d.track_ids, "track", ProblemKind::UnknownTrack, track, at.field("track"));
            }
            if let Some(level) = r.level {
                if !LEVELS.contains(&level) {
                    self.error(ProblemKind::LevelOutOfRange, at.field("level"), || {
                        format!("is {level}, but levels go from 1 (entry) to 7 (executive).")
                    });
                }
            }
            self.blank_items(&r.responsibilities, at.field("responsibilities"));
            self.references(&d.skill_ids, "skill", ProblemKind::UnknownSkill, &r.skills, at.field("skills"));
            self.sources_cited(&r.sources, at);
            self.blank_items(&r.aliases, at.field("aliases"));
            self.blank_items(&r.tools, at.field("tools"));
            if let Some(p) = &r.preparation {
                if let Some(e) = &p.education {
                    self.education(e, at);
                }
                if let Some(x) = &p.experience {
                    let fields = [
                        "preparation.experience.months",
                        "preparation.experience.share",
                        "preparation.experience.label",
                    ];
                    self.period(x, at, fields);
                }
                if let Some(t) = &p.training {
                    let fields =
                        ["preparation.training.months", "preparation.training.share", "preparation.training.label"];
                    self.period(t, at, fields);
                }
                self.blank(p.note.as_deref(), at.field("preparation.note"));
            }
        }
    }

    fn transitions(&mut self) {
        let d = self.draft;
        let mut seen: HashMap<(&str, &str), usize> =
            HashMap::with_capacity_and_hasher(d.transitions.len(), Default::default());
        for &(i, t) in &d.transitions {
            let at = At::new("transitions", i);
            self.reference(&d.role_ids, "role", ProblemKind::UnknownRole, &t.from, at.field("from"));
            self.reference(&d.role_ids, "role", ProblemKind::UnknownRole, &t.to, at.field("to"));
            if t.from == t.to {
                self.error(ProblemKind::SelfLoop, at, || {
                    format!("goes from {} to itself; a move must lead to a different role.", quote(&t.from))
                });
            }
            match seen.get(&(t.from.as_str(), t.to.as_str())) {
                Some(prev) => self.error(ProblemKind::DuplicateTransition, at, || {
                    format!(
                        "the move from {} to {} is already defined at transitions[{prev}]; merge the two.",
                        quote(&t.from),
                        quote(&t.to)
                    )
                }),
                None => {
                    seen.insert((&t.from, &t.to), i);
                }
            }
            self.references(&d.skill_ids, "skill", ProblemKind::UnknownSkill, &t.requires, at.field("requires"));
            if let Some([min, max]) = t.months {
                if min.max(max) > MAX_MONTHS {
                    self.error(ProblemKind::MonthsTooLarge, at.field("months"), || {
                        format!("is [{min}, {max}], but a move takes at most {MAX_MONTHS} months (100 years) here; give the typical time in months, such as [6, 18].")
                    });
                } else if min > max {
                    self.error(
                        ProblemKind::MonthsReversed,
                        at.field("months"),
                        || format!("is [{min}, {max}], but the first number (the minimum) must not be larger than the second (the maximum)."));
                }
            }
            self.blank_items(&t.steps, at.field("steps"));
            self.blank(t.notes.as_deref(), at.field("notes"));
            self.blank(t.relation.as_deref(), at.field("relation"));
            if t.closeness == Some(0) {
                self.error(ProblemKind::ClosenessZero, at.field("closeness"), || {
                    "is 0, but closeness starts at 1 (the closest).".to_owned()
                });
            }
            self.sources_cited(&t.sources, at);
        }
    }

    fn unused(&mut self) {
        let d = self.draft;
        let mut touched: HashSet<&str> = HashSet::default();
        let mut used_skills: HashSet<&str> = HashSet::default();
        let mut used_tracks: HashSet<&str> = HashSet::default();
        let mut cited: HashSet<&str> = HashSet::default();
        for &(_, t) in &d.transitions {
            touched.insert(&t.from);
            touched.insert(&t.to);
            used_skills.extend(t.requires.iter().map(String::as_str));
            cited.extend(t.sources.iter().map(String::as_str));
        }
        for &(_, r) in &d.roles {
            used_skills.extend(r.skills.iter().map(String::as_str));
            used_tracks.extend(r.track.as_deref());
            cited.extend(r.sources.iter().map(String::as_str));
        }
        for &(_, s) in &d.skills {
            cited.extend(s.sources.iter().map(String::as_str));
        }
        // A single-role graph has nothing to connect, so only warn when
        // there is more than one role.
        if d.roles.len() > 1 {
            for &(i, r) in &d.roles {
                if !touched.contains(r.id.as_str()) {
                    self.warning(ProblemKind::IsolatedRole, At::new("roles", i), || {
                        format!("no transition starts or ends at {}, so no path can reach it.", quote(&r.id))
                    });
                }
            }
        }
        for &(i, s) in &d.skills {
            if !used_skills.contains(s.id.as_str()) {
                self.warning(ProblemKind::UnusedSkill, At::new("skills", i), || {
                    format!("no role lists and no transition requires the skill {}.", quote(&s.id))
                });
            }
        }
        for &(i, t) in &d.tracks {
            if !used_tracks.contains(t.id.as_str()) {
                self.warning(ProblemKind::UnusedTrack, At::new("tracks", i), || {
                    format!("no role is in the track {}.", quote(&t.id))
                });
            }
        }
        for &(i, s) in &d.sources {
            if !cited.contains(s.id.as_str()) {
                self.warning(ProblemKind::UnusedSource, At::new("sources", i), || {
                    format!("nothing cites the source {}.", quote(&s.id))
                });
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
