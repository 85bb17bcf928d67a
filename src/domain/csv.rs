//! The spreadsheet route: three CSV files (roles, skills, transitions) make
//! a graph, checked like any other, with every problem pointing at a file,
//! a row and a column.
//!
//! Columns (a header row is required; names are case-insensitive; lists are
//! separated by `;`):
//!
//! | file | columns |
//! | --- | --- |
//! | roles | `id`*, `title`*, `track`, `level`, `summary`, `responsibilities`, `skills`, `aliases`, `tools`, `education`, `education_share`, `experience`, `experience_share`, `training`, `training_share` |
//! | skills | `id`*, `name`, `category`, `description`, `learn` |
//! | transitions | `from`*, `to`*, `requires`, `months_min`, `months_max`, `steps`, `notes`, `closeness`, `relation` |
//!
//! (* required.) A role's `track` is a name such as "Product"; tracks are
//! made from the names used, with ids derived from them. `education` is a
//! level of the education scale (1–12); `experience` and `training` are
//! months, `12-24` or `12`; the three `_share` columns are percentages.

use rustc_hash::FxHashMap as HashMap;

use super::format::{Education, GraphDoc, Period, Preparation, Role, Skill, Track, Transition, FORMAT_V1};
use super::report::{Location, Problem, ProblemKind, Report};
use super::text::suggest_id;
use super::validate::{load_doc, Loaded};

/// Which table a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    /// `roles.csv`.
    Roles,
    /// `skills.csv`.
    Skills,
    /// `transitions.csv`.
    Transitions,
}

impl Table {
    /// The columns the table may have, required ones first.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Roles => &[
                "id",
                "title",
                "track",
                "level",
                "summary",
                "responsibilities",
                "skills",
                "aliases",
                "tools",
                "education",
                "education_share",
                "experience",
                "experience_share",
                "training",
                "training_share",
            ],
            Table::Skills => &["id", "name", "category", "description", "learn"],
            Table::Transitions => {
                &["from", "to", "requires", "months_min", "months_max", "steps", "notes", "closeness", "relation"]
            }
        }
    }

    fn required(self) -> &'static [&'static str] {
        match self {
            Table::Roles => &["id", "title"],
            Table::Skills => &["id"],
            Table::Transitions => &["from", "to"],
        }
    }

    /// The table a file holds, from its name (`roles.csv`, `My skills.csv`)
    /// or, failing that, from its header row.
    pub fn recognise(name: &str, header: &[String]) -> Option<Table> {
        let lower = name.to_ascii_lowercase();
        if lower.contains("role") {
            return Some(Table::Roles);
        }
        if lower.contains("skill") {
            return Some(Table::Skills);
        }
        if lower.contains("transition") || lower.contains("move") {
            return Some(Table::Transitions);
        }
        let has = |c: &str| header.iter().any(|h| h.trim().eq_ignore_ascii_case(c));
        if has("from") && has("to") {
            Some(Table::Transitions)
        } else if has("title") {
            Some(Table::Roles)
        } else if has("id") {
            Some(Table::Skills)
        } else {
            None
        }
    }
}

/// `A`, `B`, …, `Z`, `AA`: a spreadsheet column letter (0-based index).
pub fn column_letter(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

fn cell(file: &str, row: usize, column: usize, name: &str) -> Location {
    Location::Cell { file: file.to_owned(), row, column: column_letter(column), name: name.to_owned() }
}

/// One row of a file: its number as a spreadsheet shows it (1 is the header;
/// a cell with line breaks does not start a new row) and its cells.
pub type Row = (usize, Vec<String>);

/// Reads CSV text (RFC 4180: commas, double quotes, `""` inside quotes,
/// CRLF or LF, an optional UTF-8 byte-order mark) into numbered rows of
/// cells. Rows with nothing in them are dropped, but still counted.
///
/// # Errors
/// A problem located at the row and column where the quoting went wrong.
pub fn parse(file: &str, text: &str) -> Result<Vec<Row>, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows: Vec<Row> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    // The spreadsheet row being read, and where an open quote started.
    let (mut number, mut quoted, mut quote_at) = (1usize, false, (0usize, 0usize));
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                quote_at = (number, row.len());
            }
            '"' => return Err(Problem::error(
                ProblemKind::Syntax,
                cell(file, number, row.len(), ""),
                "has a double quote in the middle of a cell: put the whole cell in quotes and double the quote (\"\").",
            )),
            ',' => row.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push((number, std::mem::take(&mut row)));
                number += 1;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(Problem::error(
            ProblemKind::Syntax,
            cell(file, quote_at.0, quote_at.1, ""),
            "opens a quote that never closes: is a closing \" missing?",
        ));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((number, row));
    }
    // Rows of nothing but empty cells (a spreadsheet's trailing lines).
    rows.retain(|(_, r)| r.iter().any(|c| !c.trim().is_empty()));
    Ok(rows)
}

fn list(value: &str) -> Vec<String> {
    value.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

fn text(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_owned())
}

/// One file's rows as maps from column name to (value, 1-based row,
/// 0-based column index).
struct Sheet {
    file: String,
    columns: HashMap<String, usize>,
    rows: Vec<Row>,
}

impl Sheet {
    fn get(&self, row: &[String], column: &str) -> String {
        self.columns.get(column).and_then(|&i| row.get(i)).map(|s| s.trim().to_owned()).unwrap_or_default()
    }
    fn at(&self, row: usize, column: &str) -> Location {
        cell(&self.file, row, self.columns.get(column).copied().unwrap_or(0), column)
    }
}

/// Reads one file as a table, checking its header.
fn sheet(table: Table, file: &str, text: &str, problems: &mut Vec<Problem>) -> Option<Sheet> {
    let rows = match parse(file, text) {
        Ok(rows) => rows,
        Err(p) => {
            problems.push(p);
            return None;
        }
    };
    let Some(((header_row, header), body)) = rows.split_first() else {
        problems.push(Problem::error(
            ProblemKind::Empty,
            cell(file, 1, 0, ""),
            format!("is empty: the first row must name the columns ({}).", table.columns().join(", ")),
        ));
        return None;
    };
    let mut columns = HashMap::default();
    let mut ok = true;
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if !table.columns().contains(&name.as_str()) {
            let known = table.columns().join(", ");
            let hint = match super::text::closest(&name, table.columns().iter().copied()) {
                Some(near) => format!(" Did you mean \"{near}\"?"),
                None => String::new(),
            };
            problems.push(Problem::error(
                ProblemKind::UnknownField,
                cell(file, *header_row, i, &name),
                format!("\"{name}\" is not a column of this file.{hint} Columns: {known}."),
            ));
            ok = false;
        } else if columns.insert(name.clone(), i).is_some() {
            problems.push(Problem::error(
                ProblemKind::DuplicateId,
                cell(file, *header_row, i, &name),
                format!("the column \"{name}\" appears twice."),
            ));
            ok = false;
        }
    }
    for required in table.required() {
        if !columns.contains_key(*required) {
            problems.push(Problem::error(
                ProblemKind::MissingField,
                cell(file, *header_row, header.len(), required),
                format!("the required column \"{required}\" is missing from the first row."),
            ));
            ok = false;
        }
    }
    ok.then(|| Sheet { file: file.to_owned(), columns, rows: body.to_vec() })
}

/// Parses a whole number in a cell, reporting a problem if it is not one.
fn number<T: std::str::FromStr>(
    sheet: &Sheet,
    row: usize,
    line: &[String],
    column: &str,
    what: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let value = sheet.get(line, column);
    if value.is_empty() {
        return None;
    }
    match value.parse::<T>() {
        Ok(n) => Some(n),
        Err(_) => {
            problems.push(Problem::error(
                ProblemKind::WrongType,
                sheet.at(row, column),
                format!("should be {what}, but it is \"{}\".", value.chars().take(40).collect::<String>()),
            ));
            None
        }
    }
}

/// Parses a months cell, `12-24` or `12` (an en dash works too), reporting
/// a problem if it is neither.
fn months_cell(
    sheet: &Sheet,
    row: usize,
    line: &[String],
    column: &str,
    problems: &mut Vec<Problem>,
) -> Option<[u32; 2]> {
    let value = sheet.get(line, column);
    if value.is_empty() {
        return None;
    }
    let parsed = match value.split_once(['-', '\u{2013}']) {
        Some((a, b)) => a.trim().parse().ok().zip(b.trim().parse().ok()).map(|(a, b)| [a, b]),
        None => value.parse().ok().map(|a| [a, a]),
    };
    if parsed.is_none() {
        problems.push(Problem::error(
            ProblemKind::WrongType,
            sheet.at(row, column),
            format!(
                "should be months such as 12-24 or 6, but it is \"{}\".",
                value.chars().take(40).collect::<String>()
            ),
        ));
    }
    parsed
}

/// A role's preparation from its row, if any of its columns is filled.
fn preparation(sheet: &Sheet, row: usize, line: &[String], problems: &mut Vec<Problem>) -> Option<Preparation> {
    let share = |column: &str, problems: &mut Vec<Problem>| {
        number(sheet, row, line, column, "a whole number of percent from 0 to 100", problems)
    };
    let education = number(sheet, row, line, "education", "a level from 1 to 12 (the education scale)", problems)
        .map(|level| Education { level, share: share("education_share", problems), label: None });
    let experience = months_cell(sheet, row, line, "experience", problems).map(|months| Period {
        months,
        share: share("experience_share", problems),
        label: None,
    });
    let training = months_cell(sheet, row, line, "training", problems).map(|months| Period {
        months,
        share: share("training_share", problems),
        label: None,
    });
    let any = education.is_some() || experience.is_some() || training.is_some();
    any.then_some(Preparation { education, experience, training, note: None })
}

/// Where each item of the resulting document came from, to point problems
/// found by validation (`roles[3].skills[1]`) back at a cell.
struct Origins<'a> {
    roles: Option<&'a Sheet>,
    skills: Option<&'a Sheet>,
    transitions: Option<&'a Sheet>,
}

/// The CSV column a field of the format comes from.
fn column_of(table: Table, field: &str) -> &str {
    match (table, field) {
        (Table::Transitions, "months") => "months_min",
        (Table::Roles, "track") => "track",
        (Table::Roles, "preparation.education.level") => "education",
        (Table::Roles, "preparation.education.share") => "education_share",
        (Table::Roles, "preparation.experience.months") => "experience",
        (Table::Roles, "preparation.experience.share") => "experience_share",
        (Table::Roles, "preparation.training.months") => "training",
        (Table::Roles, "preparation.training.share") => "training_share",
        (_, f) => f.split(['[', '.']).next().unwrap_or(f),
    }
}

impl Origins<'_> {
    /// Turns `roles[3].skills[1]` into the cell that held it.
    fn locate(&self, location: &Location) -> Location {
        let Location::Path(path) = location else { return location.clone() };
        let (list, rest) = path.split_once('[').unwrap_or((path, ""));
        let (index, field) = match rest.split_once(']') {
            Some((i, f)) => (i.parse::<usize>().ok(), f.trim_start_matches('.')),
            None => (None, ""),
        };
        let (table, sheet) = match list {
            "roles" => (Table::Roles, self.roles),
            "skills" => (Table::Skills, self.skills),
            "transitions" => (Table::Transitions, self.transitions),
            _ => return location.clone(),
        };
        match (sheet, index) {
            (Some(sheet), Some(i)) => {
                // Up to a list item's index: `skills[1]` is the skills cell.
                let field = field.split('[').next().unwrap_or("");
                let row = sheet.rows.get(i).map_or(i + 2, |(r, _)| *r);
                // A problem with a whole row (a duplicate move, say) points at
                // the row's first key column.
                let column = match (field.is_empty(), table) {
                    (true, Table::Transitions) => "from",
                    (true, _) => "id",
                    (false, _) => column_of(table, field),
                };
                sheet.at(row, column)
            }
            _ => location.clone(),
        }
    }
}

/// Loads a graph from the three CSV files, given as (file name, text).
///
/// # Errors
/// A report with every problem, each located at a file, row and column.
pub fn load_csv(files: &[(String, String)], title: &str) -> Result<Loaded, Report> {
    let mut problems = Vec::new();
    let mut sheets: HashMap<Table, Sheet> = HashMap::default();
    for (name, text) in files {
        let header =
            parse(name, text).ok().and_then(|rows| rows.into_iter().next()).map(|(_, h)| h).unwrap_or_default();
        match Table::recognise(name, &header) {
            Some(table) if sheets.contains_key(&table) => problems.push(Problem::error(
                ProblemKind::DuplicateId,
                Location::Cell { file: name.clone(), row: 1, column: "A".to_owned(), name: String::new() },
                "is a second file for the same table: give one roles, one skills and one transitions file.",
            )),
            Some(table) => {
                if let Some(s) = sheet(table, name, text, &mut problems) {
                    sheets.insert(table, s);
                }
            }
            None => problems.push(Problem::error(
                ProblemKind::WrongType,
                Location::Cell { file: name.clone(), row: 1, column: "A".to_owned(), name: String::new() },
                "is neither roles, skills nor transitions: name the file roles.csv, skills.csv or transitions.csv.",
            )),
        }
    }
    if !problems.is_empty() {
        return Err(Report::new(problems));
    }
    if !sheets.contains_key(&Table::Roles) {
        return Err(Report::new(vec![Problem::error(
            ProblemKind::NoRoles,
            Location::Document,
            "A spreadsheet graph needs a roles file (roles.csv) with at least the columns id and title; skills.csv and transitions.csv complete it.",
        )]));
    }

    let mut tracks: Vec<Track> = Vec::new();
    let mut roles = Vec::new();
    if let Some(s) = sheets.get(&Table::Roles) {
        for (row, line) in &s.rows {
            let track = text(&s.get(line, "track")).map(|name| {
                let id = suggest_id(&name);
                if !tracks.iter().any(|t| t.id == id) {
                    tracks.push(Track { id: id.clone(), name: Some(name) });
                }
                id
            });
            roles.push(Role {
                id: s.get(line, "id"),
                title: s.get(line, "title"),
                track,
                level: number(s, *row, line, "level", "a whole number from 1 to 7", &mut problems),
                summary: text(&s.get(line, "summary")),
                responsibilities: list(&s.get(line, "responsibilities")),
                skills: list(&s.get(line, "skills")),
                sources: Vec::new(),
                aliases: list(&s.get(line, "aliases")),
                tools: list(&s.get(line, "tools")),
                preparation: preparation(s, *row, line, &mut problems),
            });
        }
    }
    let mut skills = Vec::new();
    if let Some(s) = sheets.get(&Table::Skills) {
        for (_, line) in &s.rows {
            skills.push(Skill {
                id: s.get(line, "id"),
                name: text(&s.get(line, "name")),
                category: text(&s.get(line, "category")),
                description: text(&s.get(line, "description")),
                learn: list(&s.get(line, "learn")),
                sources: Vec::new(),
            });
        }
    }
    let mut transitions = Vec::new();
    if let Some(s) = sheets.get(&Table::Transitions) {
        for (row, line) in &s.rows {
            let lo: Option<u32> = number(s, *row, line, "months_min", "a whole number of months", &mut problems);
            let hi: Option<u32> = number(s, *row, line, "months_max", "a whole number of months", &mut problems);
            let months = match (lo, hi) {
                (Some(a), Some(b)) => Some([a, b]),
                (Some(a), None) | (None, Some(a)) => Some([a, a]),
                (None, None) => None,
            };
            transitions.push(Transition {
                from: s.get(line, "from"),
                to: s.get(line, "to"),
                requires: list(&s.get(line, "requires")),
                months,
                steps: list(&s.get(line, "steps")),
                notes: text(&s.get(line, "notes")),
                closeness: number(s, *row, line, "closeness", "a whole number, 1 for the closest", &mut problems),
                relation: text(&s.get(line, "relation")),
                sources: Vec::new(),
            });
        }
    }
    // Cells that could not be read were left empty; validation still runs on
    // everything else, so one bad cell does not hide the next problems.
    let doc = GraphDoc {
        format: FORMAT_V1.to_owned(),
        title: Some(title.to_owned()),
        description: None,
        sources: Vec::new(),
        tracks,
        levels: Vec::new(),
        relations: Vec::new(),
        skills,
        roles,
        transitions,
    };
    let origins = Origins {
        roles: sheets.get(&Table::Roles),
        skills: sheets.get(&Table::Skills),
        transitions: sheets.get(&Table::Transitions),
    };
    let relocate = |found: Vec<Problem>| -> Vec<Problem> {
        found.into_iter().map(|p| Problem { location: origins.locate(&p.location), ..p }).collect()
    };
    match load_doc(doc) {
        Ok(loaded) if problems.is_empty() => {
            Ok(Loaded { report: Report::new(relocate(loaded.report.problems.clone())), ..loaded })
        }
        Ok(loaded) => {
            problems.extend(relocate(loaded.report.problems));
            Err(Report::new(problems))
        }
        Err(report) => {
            problems.extend(relocate(report.problems));
            Err(Report::new(problems))
        }
    }
}
