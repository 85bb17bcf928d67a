//! A checked graph (or the report that refused it) as compact bytes: what
//! the graph checker's Web Worker hands the page, and the form the built-in
//! graph ships in (`src/data/builtin.bin`).
//!
//! Why a form of our own rather than a serde format such as postcard or
//! bincode: the format's types skip empty fields when written as JSON
//! (`skip_serializing_if`), which those non-self-describing formats cannot
//! read back, and the page must not carry the format's JSON reader nor the
//! checks at all (they are what the worker is for: about 30 KB gzip of the
//! first load). Writing the form by hand for a dozen plain structs is a
//! short reader: lengths and numbers as LEB128, strings as UTF-8, options
//! as a flag byte, fields in declaration order.
//!
//! The bytes start with [`TAG`] and [`FORM`], a digest of the sources that
//! define the form (this file, `format.rs`, `report.rs`, written by
//! `build.rs`): a page and a worker from different builds refuse each
//! other's bytes instead of misreading them. Reading never panics and never
//! trusts a length: a damaged answer is `None`, and a graph whose
//! references do not resolve is refused before it is indexed.

use std::collections::BTreeMap;

use super::format::{
    Education, GraphDoc, Level, Period, Preparation, Relation, Role, Skill, Source, Track, Transition,
};
use super::graph::Graph;
use super::report::{Location, Problem, ProblemKind, Report, Severity};
use super::validate::Loaded;

include!(concat!(env!("OUT_DIR"), "/form.rs"));

/// The first byte of every answer.
pub const TAG: u8 = 0x5b;

/// Bytes being read: a cursor that refuses to run past the end.
pub struct Input<'a> {
    bytes: &'a [u8],
    /// The strings read so far that a later one may repeat, by number.
    strings: Vec<&'a str>,
}

/// Strings shorter than this are always written out (a reference would
/// save nothing).
const SHARED_FROM: usize = 4;

/// Bytes being written, and the strings written so far: a string written
/// before is written again as its number. The O*NET atlas repeats the same
/// few sentences in 22,789 steps, and every role's id in its moves: 3.78 →
/// 1.06 MB (375 → 314 KB gzip), so less to unpack, copy and read in the page.
#[derive(Default)]
pub struct Output {
    bytes: Vec<u8>,
    strings: std::collections::HashMap<String, u64>,
}

impl std::ops::Deref for Output {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.bytes
    }
}

impl std::ops::DerefMut for Output {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.bytes
    }
}

impl<'a> Input<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Input { bytes, strings: Vec::new() }
    }

    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(first)
    }

    fn number(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A count of items that each take at least one byte: never more than
    /// the bytes left, so a damaged length cannot ask for a huge allocation.
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.number()?).ok()?;
        (n <= self.bytes.len()).then_some(n)
    }

    fn take_bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        (n <= self.bytes.len()).then(|| {
            let (head, rest) = self.bytes.split_at(n);
            self.bytes = rest;
            head
        })
    }
}

fn put_number(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// A value with a compact form.
pub trait Compact: Sized {
    /// Appends the value.
    fn put(&self, out: &mut Output);
    /// Reads a value, or `None` when the bytes are not one.
    fn take(input: &mut Input<'_>) -> Option<Self>;
}

impl Compact for u8 {
    fn put(&self, out: &mut Output) {
        out.push(*self);
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        input.byte()
    }
}

impl Compact for u32 {
    fn put(&self, out: &mut Output) {
        put_number(out, u64::from(*self));
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        u32::try_from(input.number()?).ok()
    }
}

impl Compact for usize {
    fn put(&self, out: &mut Output) {
        put_number(out, *self as u64);
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        usize::try_from(input.number()?).ok()
    }
}

/// A string: its length times two, then its bytes; or, when it was written
/// before, its number times two plus one.
impl Compact for String {
    fn put(&self, out: &mut Output) {
        if let Some(&n) = out.strings.get(self) {
            return put_number(out, n << 1 | 1);
        }
        if self.len() >= SHARED_FROM {
            let n = out.strings.len() as u64;
            out.strings.insert(self.clone(), n);
        }
        put_number(out, (self.len() as u64) << 1);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        let n = usize::try_from(input.number()?).ok()?;
        if n & 1 == 1 {
            return input.strings.get(n >> 1).map(|s| (*s).to_owned());
        }
        let text = std::str::from_utf8(input.take_bytes(n >> 1)?).ok()?;
        if text.len() >= SHARED_FROM {
            input.strings.push(text);
        }
        Some(text.to_owned())
    }
}

impl<T: Compact> Compact for Option<T> {
    fn put(&self, out: &mut Output) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.put(out);
            }
        }
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        match input.byte()? {
            0 => Some(None),
            1 => T::take(input).map(Some),
            _ => None,
        }
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn put(&self, out: &mut Output) {
        put_number(out, self.len() as u64);
        for item in self {
            item.put(out);
        }
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        let n = input.count()?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::take(input)?);
        }
        Some(items)
    }
}

impl Compact for [u32; 2] {
    fn put(&self, out: &mut Output) {
        self[0].put(out);
        self[1].put(out);
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        Some([u32::take(input)?, u32::take(input)?])
    }
}

/// The compact form of a struct: its fields in order. Every field must be
/// listed (the struct literal would not compile otherwise).
macro_rules! compact_struct {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl Compact for $name {
            fn put(&self, out: &mut Output) {
                $(self.$field.put(out);)*
            }
            fn take(input: &mut Input<'_>) -> Option<Self> {
                Some($name { $($field: Compact::take(input)?,)* })
            }
        }
    )*};
}

compact_struct! {
    GraphDoc { format, title, description, sources, tracks, levels, relations, skills, roles, transitions }
    Source { id, title, url }
    Track { id, name }
    Level { level, name, description }
    Relation { term, label, description }
    Skill { id, name, category, description, learn, sources }
    Role { id, title, track, level, summary, responsibilities, skills, sources, aliases, tools, preparation }
    Preparation { education, experience, training, note }
    Education { level, share, label }
    Period { months, share, label }
    Transition { from, to, relation, closeness, requires, steps, months, notes, sources }
    Problem { severity, kind, location, message }
}

impl Compact for Severity {
    fn put(&self, out: &mut Output) {
        out.push(match self {
            Severity::Error => 0,
            Severity::Warning => 1,
        });
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        match input.byte()? {
            0 => Some(Severity::Error),
            1 => Some(Severity::Warning),
            _ => None,
        }
    }
}

impl Compact for ProblemKind {
    fn put(&self, out: &mut Output) {
        out.push(*self as u8);
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        ProblemKind::ALL.get(usize::from(input.byte()?)).copied()
    }
}

impl Compact for Location {
    fn put(&self, out: &mut Output) {
        match self {
            Location::Document => out.push(0),
            Location::Text { line, column } => {
                out.push(1);
                line.put(out);
                column.put(out);
            }
            Location::Path(path) => {
                out.push(2);
                path.put(out);
            }
            Location::Cell { file, row, column, name } => {
                out.push(3);
                file.put(out);
                row.put(out);
                column.put(out);
                name.put(out);
            }
        }
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        Some(match input.byte()? {
            0 => Location::Document,
            1 => Location::Text { line: Compact::take(input)?, column: Compact::take(input)? },
            2 => Location::Path(Compact::take(input)?),
            3 => Location::Cell {
                file: Compact::take(input)?,
                row: Compact::take(input)?,
                column: Compact::take(input)?,
                name: Compact::take(input)?,
            },
            _ => return None,
        })
    }
}

impl Compact for Report {
    fn put(&self, out: &mut Output) {
        self.problems.put(out);
        put_number(out, self.unlisted.len() as u64);
        for ((severity, kind), n) in &self.unlisted {
            severity.put(out);
            kind.put(out);
            n.put(out);
        }
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        let problems = Compact::take(input)?;
        let mut unlisted = BTreeMap::new();
        for _ in 0..input.count()? {
            let key = (Severity::take(input)?, ProblemKind::take(input)?);
            unlisted.insert(key, usize::take(input)?);
        }
        Some(Report { problems, unlisted })
    }
}

/// The bytes of a checker's answer: the checked document and its warnings,
/// or the report that refused it.
pub fn answer(result: &Result<Loaded, Report>) -> Vec<u8> {
    write_answer(result.as_ref().map(|loaded| (loaded.graph.doc(), &loaded.report)))
}

/// The bytes of an answer for a document checked but not indexed (the
/// page indexes it; indexing twice would only cost the worker time).
fn write_answer(result: Result<(&GraphDoc, &Report), &Report>) -> Vec<u8> {
    let mut out = Output::default();
    out.push(TAG);
    FORM.put(&mut out);
    match result {
        Ok((doc, report)) => {
            out.push(0);
            doc.put(&mut out);
            report.put(&mut out);
        }
        Err(report) => {
            out.push(1);
            report.put(&mut out);
        }
    }
    out.bytes
}

/// A checker's answer, read but not indexed yet (indexing a large graph is
/// a step of its own, so the page can let the browser paint in between).
// Made once per graph opened and moved straight into `index`: boxing the
// document would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Answer {
    /// A document without errors, and its warnings.
    Checked(GraphDoc, Report),
    /// The report that refused the graph.
    Refused(Report),
}

impl Answer {
    /// Indexes the graph: `None` when its moves or roles name roles or
    /// skills that are not there.
    pub fn index(self) -> Option<Result<Loaded, Report>> {
        Some(match self {
            Answer::Checked(doc, report) => Ok(Loaded { graph: Graph::try_index(doc)?, report }),
            Answer::Refused(report) => Err(report),
        })
    }
}

/// Reads a checker's answer: `None` when the bytes are damaged or from
/// another build.
pub fn read(bytes: &[u8]) -> Option<Answer> {
    let mut input = Input::new(bytes);
    if input.byte()? != TAG || u32::take(&mut input)? != FORM {
        return None;
    }
    let answer = match input.byte()? {
        0 => Answer::Checked(GraphDoc::take(&mut input)?, Report::take(&mut input)?),
        1 => Answer::Refused(Report::take(&mut input)?),
        _ => return None,
    };
    input.bytes.is_empty().then_some(answer)
}

/// Reads a checker's answer and indexes the graph: `None` when the bytes
/// are damaged, from another build, or name roles or skills that are not
/// there.
pub fn read_answer(bytes: &[u8]) -> Option<Result<Loaded, Report>> {
    read(bytes)?.index()
}

/// What the checker does with one graph: `json` text, or `csv` (a JSON list
/// of `[file name, text]` pairs, as the app keeps a spreadsheet's files),
/// checked, as answer bytes.
pub fn check(kind: &str, text: &str, title: &str) -> Vec<u8> {
    if kind != "csv" {
        let checked = super::validate::check_json(text);
        return write_answer(checked.as_ref().map(|(doc, report)| (doc, report)));
    }
    answer(&check_text(kind, text, title))
}

/// [`check`] before it is written as bytes.
pub fn check_text(kind: &str, text: &str, title: &str) -> Result<Loaded, Report> {
    if kind != "csv" {
        return super::validate::load_json(text);
    }
    match serde_json::from_str::<Vec<(String, String)>>(text) {
        Ok(files) => super::csv::load_csv(&files, title),
        Err(_) => Err(Report::new(vec![Problem::error(
            ProblemKind::WrongFormat,
            Location::Document,
            "the copy of the spreadsheet's files kept in this browser is damaged: open the files again.",
        )])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_written_again_is_its_number_and_reads_back() {
        let words = ["a step to take", "id", "a step to take", "id", "another", "a step to take"].map(String::from);
        let mut out = Output::default();
        words.iter().for_each(|w| w.put(&mut out));
        // Written out: the first "a step to take", both "id" (too short to
        // share) and "another"; the repeats are one byte each.
        assert_eq!(out.bytes.len(), (1 + 14) + (1 + 2) + 1 + (1 + 2) + (1 + 7) + 1);
        let mut input = Input::new(&out.bytes);
        let back: Vec<String> = (0..words.len()).map(|_| String::take(&mut input).expect("reads")).collect();
        assert_eq!(back, words);
        assert!(input.bytes.is_empty());
    }

    #[test]
    fn a_number_for_a_string_not_read_yet_is_refused() {
        let mut out = Output::default();
        "first".to_owned().put(&mut out);
        put_number(&mut out, 1 << 1 | 1); // string number 1: there is only number 0
        let mut input = Input::new(&out.bytes);
        assert_eq!(String::take(&mut input).as_deref(), Some("first"));
        assert_eq!(String::take(&mut input), None);
    }
}
