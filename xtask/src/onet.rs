//! `cargo xtask import-onet DIR OUT`: the O*NET 29.3 atlas as a Switchback graph.
//!
//! The mapping is documented in `docs/onet.md`; the constants below are the
//! documented rules. The source is the subset in `../shared/data/onet-29.3/`
//! (CC BY 4.0, USDOL/ETA); the output carries the attribution and says that
//! the data was modified.
//!
//! Besides occupations, skills and related occupations, the atlas takes from
//! the same release: the names people use (`Alternate Titles.txt`, ranked
//! with `Sample of Reported Titles.txt`), the preparation people in each
//! occupation have (`Education, Training, and Experience.txt` and its
//! categories), and the hot technologies (`Technology Skills.txt`). Every
//! choice that keeps the file within its size budget (how many names, how
//! many technologies) is a constant here, with the reason.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use switchback::domain::format::{
    Education, GraphDoc, Level, Period, Preparation, Relation, Role, Skill, Source, Track, Transition, FORMAT_V1,
};

/// A role uses a skill whose importance (scale IM, 1–5) is at least this.
pub const IMPORTANCE_MIN: f64 = 3.0;
/// A move requires a skill the target uses (importance at least
/// [`IMPORTANCE_MIN`]) whose level (scale LV, 0–7) in the target exceeds the
/// level in the source by at least this. (Counting every skill that rises,
/// however unimportant to the target, had Cashiers → First-Line Supervisors
/// of Retail Sales Workers need 23 of the 35.)
pub const LEVEL_MARGIN: f64 = 1.0;
/// A move requires at most this many skills: the largest gaps. A plan can
/// act on five; a list of eighteen (Cashiers → First-Line Supervisors of
/// Retail Sales Workers, where almost every skill rises) says "everything".
pub const MAX_REQUIRES: usize = 5;
/// At most this many "raise … from … to …" steps per move: the largest gaps.
/// (Every required skill is listed with the move and gets its learning
/// advice in plans; the steps point at the biggest jumps.)
pub const MAX_STEPS: usize = 2;
/// The step of a move where no skill needs to rise by the margin. The same
/// words every time: they compress to almost nothing in the atlas file.
pub const NO_GAP_STEP: &str =
    "No skill needs to rise by a full level: compare the two occupations' tasks and show the experience the new one asks for.";
/// The source every role and skill cites.
pub const SOURCE_ID: &str = "onet-29-3";
/// Other names kept per occupation: the most widely reported (see
/// [`aliases`]). Six keep the atlas within its 450 KB budget (gzip -9) with
/// the preparation and technologies; they cover the common names (Software
/// Engineer, Registered Nurse (RN), Developer, IT Manager).
pub const MAX_ALIASES: usize = 8;
/// Hot technologies kept per occupation (see [`tools`]).
pub const MAX_TOOLS: usize = 4;
/// A technology listed for more occupations than this (about 15% of the
/// 1,016: Microsoft Excel, Word, Outlook, PowerPoint, Access, SAP, Windows,
/// Project, AutoCAD, SharePoint, Acrobat, SQL) is left out of every
/// occupation's tools: it does not tell occupations apart, and a move would
/// always suggest it.
pub const TOOLS_MAX_OCCUPATIONS: usize = 150;
/// A move of no gate (see `docs/onet.md`): finding, applying for and settling
/// into the new job. Gates for more education or experience are added by the
/// app from the roles' preparation.
pub const MOVE_MONTHS: [u32; 2] = [3, 12];

/// The 23 major groups of the Standard Occupational Classification (SOC
/// 2018), which the first two digits of an O*NET-SOC code name.
pub const MAJOR_GROUPS: &[(&str, &str)] = &[
    ("11", "Management"),
    ("13", "Business and Financial Operations"),
    ("15", "Computer and Mathematical"),
    ("17", "Architecture and Engineering"),
    ("19", "Life, Physical, and Social Science"),
    ("21", "Community and Social Service"),
    ("23", "Legal"),
    ("25", "Educational Instruction and Library"),
    ("27", "Arts, Design, Entertainment, Sports, and Media"),
    ("29", "Healthcare Practitioners and Technical"),
    ("31", "Healthcare Support"),
    ("33", "Protective Service"),
    ("35", "Food Preparation and Serving Related"),
    ("37", "Building and Grounds Cleaning and Maintenance"),
    ("39", "Personal Care and Service"),
    ("41", "Sales and Related"),
    ("43", "Office and Administrative Support"),
    ("45", "Farming, Fishing, and Forestry"),
    ("47", "Construction and Extraction"),
    ("49", "Installation, Maintenance, and Repair"),
    ("51", "Production"),
    ("53", "Transportation and Material Moving"),
    ("55", "Military Specific"),
];

/// The relatedness tiers of `Related Occupations.txt` in plain words.
pub const TIERS: &[(&str, &str, &str)] = &[
    ("Primary-Short", "closely related", "O*NET's tier Primary-Short: the 5 occupations most related to this one."),
    ("Primary-Long", "related", "O*NET's tier Primary-Long: the occupations ranked 6 to 10 in relatedness."),
    (
        "Supplemental",
        "more loosely related",
        "O*NET's tier Supplemental: the occupations ranked 11 to 20 in relatedness.",
    ),
];

/// Learning advice by skill group (the content model's parent element),
/// naming the skill: a plan lists it on its own line, where "it" would not
/// say what to learn.
fn advice(group: &str, name: &str) -> String {
    let lower = name.to_lowercase();
    match group {
        "2.A.1" => format!("Take a short course in {lower} and practise every day."),
        "2.A.2" => format!("Practise {lower} deliberately at work and ask a colleague for feedback."),
        "2.B.1" => format!("Build {lower}: seek out work that puts you in front of people, and ask for feedback."),
        "2.B.2" => format!("Build {lower}: take on unfamiliar problems and write down how you solved them."),
        "2.B.3" => format!("Learn {lower} hands-on: a course, a project or an apprenticeship."),
        "2.B.4" => format!(
            "Build {lower}: study how your organisation measures and decides, and take part in those decisions."
        ),
        "2.B.5" => format!("Build {lower}: volunteer to manage a budget, a schedule or a small team."),
        _ => format!("Practise {lower} on real work and ask for feedback."),
    }
}

/// Typical months for a move when either occupation has no preparation at
/// all (none in the data and no job zone): from the difference in job zones,
/// a move to the same or a lower zone takes 3–12 months; each zone up adds
/// 1–2 years. With preparation on both sides the move takes
/// [`MOVE_MONTHS`] and the app adds the gate.
pub fn months_for(from_zone: Option<u8>, to_zone: Option<u8>) -> Option<[u32; 2]> {
    let (a, b) = (i32::from(from_zone?), i32::from(to_zone?));
    let up = (b - a).max(0) as u32;
    Some(if up == 0 { [3, 12] } else { [12 * up, 24 * up] })
}

/// A tab-separated file with a header row, as maps from column to value.
/// O*NET writes a missing value as `n/a`; [`value`] reads it as missing.
struct Table {
    rows: Vec<HashMap<String, String>>,
}

impl Table {
    fn read(dir: &Path, file: &str) -> Result<Table, String> {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().ok_or(format!("{file} is empty"))?.split('\t').collect();
        let rows = lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| header.iter().map(|h| (*h).to_owned()).zip(l.split('\t').map(str::to_owned)).collect())
            .collect();
        Ok(Table { rows })
    }
}

fn get<'a>(row: &'a HashMap<String, String>, column: &str) -> Result<&'a str, String> {
    row.get(column).map(String::as_str).ok_or(format!("missing column {column}"))
}

/// A cell's value, or `None` for an empty cell or O*NET's `n/a`.
fn value<'a>(row: &'a HashMap<String, String>, column: &str) -> Result<Option<&'a str>, String> {
    let v = get(row, column)?.trim();
    Ok((!v.is_empty() && v != "n/a").then_some(v))
}

/// `15-1252.00` → `15-1252-00`.
pub fn role_id(code: &str) -> String {
    code.replace('.', "-")
}

/// `Reading Comprehension` → `reading-comprehension`.
pub fn skill_id(name: &str) -> String {
    switchback::domain::text::suggest_id(name)
}

/// A level on O*NET's 0–7 scale, one decimal.
fn level(v: f64) -> String {
    format!("{:.1}", v)
}

/// The other names kept for each occupation: its alternate titles ranked by
/// how widely they are used (the number of sources O*NET found each in,
/// plus two for a title workers reported, as in `Sample of Reported
/// Titles.txt`), then shorter first, then by name; a name that only repeats
/// the title (or its singular) is skipped, and each name is kept once.
fn aliases(
    alternates: &Table,
    reported: &Table,
    titles: &HashMap<String, String>,
) -> Result<HashMap<String, Vec<String>>, String> {
    let mut heard: HashSet<(String, String)> = HashSet::new();
    for r in &reported.rows {
        if let Some(title) = value(r, "Reported Job Title")? {
            heard.insert((get(r, "O*NET-SOC Code")?.to_owned(), title.to_lowercase()));
        }
    }
    let mut candidates: HashMap<String, Vec<(i64, String)>> = HashMap::new();
    for r in &alternates.rows {
        let code = get(r, "O*NET-SOC Code")?;
        let Some(name) = value(r, "Alternate Title")? else { continue };
        let sources = value(r, "Source(s)")?.map_or(0, |s| s.split(',').count()) as i64;
        let boost = if heard.contains(&(code.to_owned(), name.to_lowercase())) { 2 } else { 0 };
        candidates.entry(code.to_owned()).or_default().push((sources + boost, name.to_owned()));
    }
    let mut out = HashMap::new();
    for (code, mut names) in candidates {
        names.sort_by(|(a, x), (b, y)| b.cmp(a).then(x.len().cmp(&y.len())).then(x.cmp(y)));
        let title = titles.get(&code).map(|t| t.to_lowercase()).unwrap_or_default();
        let mut seen: HashSet<String> = HashSet::new();
        let kept: Vec<String> = names
            .into_iter()
            .map(|(_, n)| n)
            .filter(|n| {
                let lower = n.to_lowercase();
                lower != title && format!("{lower}s") != title && seen.insert(lower)
            })
            .take(MAX_ALIASES)
            .collect();
        out.insert(code, kept);
    }
    Ok(out)
}

/// The tools kept for each occupation: its hot technologies, those in demand
/// in job postings first, then those listed by the most occupations of the
/// same major group (so a nurse gets Epic Systems and MEDITECH rather than a
/// dental program one hospital uses), then by name; technologies listed for
/// more than `limit` occupations ([`TOOLS_MAX_OCCUPATIONS`]) are left out.
fn tools(table: &Table, limit: usize) -> Result<HashMap<String, Vec<String>>, String> {
    let mut listed: HashMap<&str, HashSet<&str>> = HashMap::new();
    let mut in_group: HashMap<(&str, &str), usize> = HashMap::new();
    let mut hot: HashMap<&str, Vec<(bool, &str)>> = HashMap::new();
    for r in &table.rows {
        let code = get(r, "O*NET-SOC Code")?;
        let Some(name) = value(r, "Example")? else { continue };
        if listed.entry(name).or_default().insert(code) {
            *in_group.entry((name, &code[..2])).or_default() += 1;
        }
        if value(r, "Hot Technology")? == Some("Y") {
            hot.entry(code).or_default().push((value(r, "In Demand")? == Some("Y"), name));
        }
    }
    let mut out = HashMap::new();
    for (code, mut list) in hot {
        list.retain(|(_, name)| listed[name].len() <= limit);
        list.sort_by(|(da, a), (db, b)| {
            db.cmp(da).then(in_group[&(*b, &code[..2])].cmp(&in_group[&(*a, &code[..2])])).then(a.cmp(b))
        });
        list.dedup_by(|x, y| x.1 == y.1);
        out.insert(code.to_owned(), list.into_iter().take(MAX_TOOLS).map(|(_, n)| n.to_owned()).collect());
    }
    Ok(out)
}

/// `Over 1 year, up to and including 2 years` → `[12, 24]`; `None` → `[0,
/// 0]`; `Over 10 years` → `[120, 120]`, open-ended (the second value).
pub fn category_months(description: &str) -> ([u32; 2], bool) {
    let words: Vec<&str> =
        description.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let mut values = Vec::new();
    for pair in words.windows(2) {
        if let Ok(n) = pair[0].parse::<u32>() {
            if pair[1].starts_with("year") {
                values.push(n * 12);
            } else if pair[1].starts_with("month") {
                values.push(n);
            }
        }
    }
    let over = description.trim_start().to_lowercase().starts_with("over");
    match values.as_slice() {
        [] => ([0, 0], false),
        [only] if over => ([*only, *only], true),
        [only] => ([0, *only], false),
        [a, b, ..] => ([*a, *b], false),
    }
}

/// One scale's distribution for one occupation: percent by category.
type Distribution = BTreeMap<u32, f64>;

/// The most common category (the lower one on a tie) and its percent.
fn modal(d: &Distribution) -> Option<(u32, f64)> {
    d.iter().fold(None, |best: Option<(u32, f64)>, (&c, &v)| match best {
        Some((_, bv)) if bv >= v => best,
        _ => Some((c, v)),
    })
}

/// The mean of several distributions (for occupations without a survey).
fn mean(ds: &[&Distribution]) -> Distribution {
    let mut out = Distribution::new();
    for d in ds {
        for (&c, &v) in *d {
            *out.entry(c).or_default() += v / ds.len() as f64;
        }
    }
    out
}

/// Where an occupation's preparation comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Its own survey.
    Own,
    /// The surveyed occupations whose codes share its first five digits
    /// (about the SOC broad occupation), averaged.
    Similar,
    /// The surveyed occupations in its job zone, averaged.
    Zone,
}

/// The note a role's preparation carries when it was estimated.
pub fn basis_note(basis: Basis) -> Option<&'static str> {
    match basis {
        Basis::Own => None,
        Basis::Similar => Some("O*NET has no survey of this occupation's preparation: these are the most common figures of similar occupations (the same SOC broad occupation)."),
        Basis::Zone => Some("O*NET has no survey of this occupation's preparation: these are the most common figures of the occupations in its job zone."),
    }
}

/// The scales read from `Education, Training, and Experience.txt`: required
/// education (RL), related work experience (RW), on-the-job training (OJ).
const SCALES: [&str; 3] = ["RL", "RW", "OJ"];

/// Each occupation's preparation, with its fallback: its own survey; else
/// the mean of the surveyed occupations with the same first five digits of
/// the code; else the mean of the surveyed occupations in its job zone;
/// else none. Shares are given only for an occupation's own survey.
fn preparation(
    ete: &Table,
    categories: &Table,
    codes: &[String],
    zone: &HashMap<String, u8>,
) -> Result<HashMap<String, (Preparation, Basis)>, String> {
    // Months of each experience and training category, from their descriptions.
    let mut months: HashMap<(String, u32), ([u32; 2], bool)> = HashMap::new();
    for r in &categories.rows {
        let (scale, category, description) =
            (get(r, "Scale ID")?, value(r, "Category")?, get(r, "Category Description")?);
        if let Some(c) = category.and_then(|c| c.parse::<u32>().ok()) {
            months.insert((scale.to_owned(), c), category_months(description));
        }
    }
    // Ordered maps: the fallbacks average in a fixed order, so the atlas is
    // the same byte for byte on every run.
    let mut surveyed: BTreeMap<String, BTreeMap<&str, Distribution>> = BTreeMap::new();
    for r in &ete.rows {
        let scale = get(r, "Scale ID")?;
        let Some(scale) = SCALES.iter().find(|s| **s == scale) else { continue };
        let (Some(category), Some(percent)) = (value(r, "Category")?, value(r, "Data Value")?) else { continue };
        let category: u32 = category.parse().map_err(|e| format!("Education, Training, and Experience.txt: {e}"))?;
        let percent: f64 = percent.parse().map_err(|e| format!("Education, Training, and Experience.txt: {e}"))?;
        surveyed
            .entry(get(r, "O*NET-SOC Code")?.to_owned())
            .or_default()
            .entry(scale)
            .or_default()
            .insert(category, percent);
    }
    let record = |scales: &BTreeMap<&str, Distribution>, shares: bool| -> Preparation {
        let share = |p: f64| shares.then(|| (p.round() as u8).min(100));
        let period = |scale: &str| {
            let (c, p) = modal(scales.get(scale)?)?;
            let ([lo, hi], over) = *months.get(&(scale.to_owned(), c))?;
            let label = over.then(|| format!("over {}", switchback::domain::preparation::months_words([lo, hi])));
            Some(Period { months: [lo, hi], share: share(p), label })
        };
        Preparation {
            education: scales.get("RL").and_then(modal).filter(|(c, _)| (1..=12).contains(c)).map(|(c, p)| Education {
                level: c as u8,
                share: share(p),
                label: None,
            }),
            experience: period("RW"),
            training: period("OJ"),
            note: None,
        }
    };
    let mut out = HashMap::new();
    for code in codes {
        let (scales, basis) = if let Some(own) = surveyed.get(code) {
            (own.clone(), Basis::Own)
        } else {
            let similar: Vec<&BTreeMap<&str, Distribution>> =
                surveyed.iter().filter(|(c, _)| c[..6] == code[..6]).map(|(_, s)| s).collect();
            let same_zone: Vec<&BTreeMap<&str, Distribution>> = match zone.get(code) {
                Some(z) => surveyed.iter().filter(|(c, _)| zone.get(*c) == Some(z)).map(|(_, s)| s).collect(),
                None => Vec::new(),
            };
            let (group, basis) = if !similar.is_empty() { (similar, Basis::Similar) } else { (same_zone, Basis::Zone) };
            if group.is_empty() {
                continue;
            }
            let mut scales = BTreeMap::new();
            for scale in SCALES {
                let ds: Vec<&Distribution> = group.iter().filter_map(|s| s.get(scale)).collect();
                if !ds.is_empty() {
                    scales.insert(scale, mean(&ds));
                }
            }
            (scales, basis)
        };
        let mut p = record(&scales, basis == Basis::Own);
        p.note = basis_note(basis).map(str::to_owned);
        if p.education.is_some() || p.experience.is_some() || p.training.is_some() {
            out.insert(code.clone(), (p, basis));
        }
    }
    Ok(out)
}

/// Imports the atlas from the O*NET files in `dir`.
pub fn import(dir: &Path) -> Result<GraphDoc, String> {
    let occupations = Table::read(dir, "Occupation Data.txt")?;
    let zones = Table::read(dir, "Job Zones.txt")?;
    let zone_reference = Table::read(dir, "Job Zone Reference.txt")?;
    let related = Table::read(dir, "Related Occupations.txt")?;
    let skills_table = Table::read(dir, "Skills.txt")?;
    let model = Table::read(dir, "Content Model Reference.txt")?;
    let alternates = Table::read(dir, "Alternate Titles.txt")?;
    let reported = Table::read(dir, "Sample of Reported Titles.txt")?;
    let ete = Table::read(dir, "Education, Training, and Experience.txt")?;
    let ete_categories = Table::read(dir, "Education, Training, and Experience Categories.txt")?;
    let technology = Table::read(dir, "Technology Skills.txt")?;

    let descriptions: HashMap<String, (String, String)> = model
        .rows
        .iter()
        .map(|r| {
            Ok((
                get(r, "Element ID")?.to_owned(),
                (get(r, "Element Name")?.to_owned(), get(r, "Description")?.to_owned()),
            ))
        })
        .collect::<Result<_, String>>()?;
    let zone: HashMap<String, u8> = zones
        .rows
        .iter()
        .map(|r| {
            Ok((get(r, "O*NET-SOC Code")?.to_owned(), get(r, "Job Zone")?.parse::<u8>().map_err(|e| e.to_string())?))
        })
        .collect::<Result<_, String>>()?;

    // Skill importance and level per occupation; the skills in element order.
    let mut importance: HashMap<String, BTreeMap<String, f64>> = HashMap::new();
    let mut levels: HashMap<String, BTreeMap<String, f64>> = HashMap::new();
    let mut elements: BTreeMap<String, String> = BTreeMap::new();
    for r in &skills_table.rows {
        let (code, element, scale) = (get(r, "O*NET-SOC Code")?, get(r, "Element ID")?, get(r, "Scale ID")?);
        let Some(value) = value(r, "Data Value")? else { continue };
        let value: f64 = value.parse().map_err(|e| format!("Skills.txt: {e}"))?;
        elements.insert(element.to_owned(), get(r, "Element Name")?.to_owned());
        let target = if scale == "IM" { &mut importance } else { &mut levels };
        if scale == "IM" || scale == "LV" {
            target.entry(code.to_owned()).or_default().insert(element.to_owned(), value);
        }
    }

    let skill_ids: HashMap<&str, String> = elements.iter().map(|(e, name)| (e.as_str(), skill_id(name))).collect();
    let skills: Vec<Skill> = elements
        .iter()
        .map(|(element, name)| {
            let group = element.rsplit_once('.').map_or("", |(g, _)| g);
            Skill {
                id: skill_ids[element.as_str()].clone(),
                name: Some(name.clone()),
                category: descriptions.get(group).map(|(n, _)| n.clone()),
                description: descriptions.get(element).map(|(_, d)| d.clone()),
                learn: vec![advice(group, name)],
                sources: vec![SOURCE_ID.to_owned()],
            }
        })
        .collect();

    let titles: HashMap<String, String> = occupations
        .rows
        .iter()
        .map(|r| Ok((get(r, "O*NET-SOC Code")?.to_owned(), get(r, "Title")?.to_owned())))
        .collect::<Result<_, String>>()?;
    let codes: Vec<String> =
        occupations.rows.iter().map(|r| get(r, "O*NET-SOC Code").map(str::to_owned)).collect::<Result<_, _>>()?;
    let mut names = aliases(&alternates, &reported, &titles)?;
    let mut hot = tools(&technology, TOOLS_MAX_OCCUPATIONS)?;
    let mut prep = preparation(&ete, &ete_categories, &codes, &zone)?;

    let groups: HashMap<&str, &str> = MAJOR_GROUPS.iter().copied().collect();
    let mut roles = Vec::new();
    let mut used_groups: Vec<&str> = Vec::new();
    for r in &occupations.rows {
        let code = get(r, "O*NET-SOC Code")?;
        let group = &code[..2];
        if !groups.contains_key(group) {
            return Err(format!("{code}: unknown major group {group}"));
        }
        if !used_groups.contains(&group) {
            used_groups.push(group);
        }
        let uses: Vec<String> = importance
            .get(code)
            .map(|m| {
                m.iter().filter(|(_, v)| **v >= IMPORTANCE_MIN).map(|(e, _)| skill_ids[e.as_str()].clone()).collect()
            })
            .unwrap_or_default();
        roles.push(Role {
            id: role_id(code),
            title: get(r, "Title")?.to_owned(),
            track: Some(format!("soc-{group}")),
            level: zone.get(code).copied(),
            summary: Some(get(r, "Description")?.to_owned()),
            responsibilities: Vec::new(),
            skills: uses,
            // Every role has the same source; the graph's description and
            // source carry the attribution (and 1,016 copies would not).
            sources: Vec::new(),
            aliases: names.remove(code).unwrap_or_default(),
            tools: hot.remove(code).unwrap_or_default(),
            preparation: prep.remove(code).map(|(p, _)| p),
        });
    }
    used_groups.sort_unstable();
    let tracks =
        used_groups.iter().map(|g| Track { id: format!("soc-{g}"), name: Some(groups[g].to_owned()) }).collect();
    let has_prep: HashSet<String> = roles.iter().filter(|r| r.preparation.is_some()).map(|r| r.id.clone()).collect();

    let mut transitions = Vec::new();
    for r in &related.rows {
        let (from, to) = (get(r, "O*NET-SOC Code")?, get(r, "Related O*NET-SOC Code")?);
        let index: u32 = get(r, "Index")?.parse().map_err(|e| format!("Related Occupations.txt: {e}"))?;
        let (requires, steps) = match (levels.get(from), levels.get(to)) {
            (Some(a), Some(b)) => {
                let important = importance.get(to);
                let mut gaps: Vec<(f64, &String, f64, f64)> = b
                    .iter()
                    .filter(|(e, _)| important.and_then(|m| m.get(*e)).is_some_and(|v| *v >= IMPORTANCE_MIN))
                    .map(|(e, &lb)| {
                        let la = a.get(e).copied().unwrap_or(0.0);
                        (lb - la, e, la, lb)
                    })
                    .filter(|(gap, ..)| *gap >= LEVEL_MARGIN - 1e-9)
                    .collect();
                // Largest gap first; ties in element order.
                gaps.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
                gaps.truncate(MAX_REQUIRES);
                let requires = gaps.iter().map(|(_, e, ..)| skill_ids[e.as_str()].clone()).collect();
                let mut steps: Vec<String> = gaps
                    .iter()
                    .take(MAX_STEPS)
                    .map(|(_, e, la, lb)| {
                        // What the skill is and how to learn it are on the skill
                        // itself (shown in its panel and added to plans); the step
                        // says how far to go.
                        let name = descriptions.get(*e).map_or("", |(n, _)| n.as_str());
                        format!("Raise {name} from level {} to {}", level(*la), level(*lb))
                    })
                    .collect();
                if steps.is_empty() {
                    steps.push(NO_GAP_STEP.to_owned());
                }
                (requires, steps)
            }
            _ => (
                Vec::new(),
                vec!["O*NET has no skill levels for one of these occupations: compare their tasks and descriptions."
                    .to_owned()],
            ),
        };
        let (from_id, to_id) = (role_id(from), role_id(to));
        let months = if has_prep.contains(&from_id) && has_prep.contains(&to_id) {
            Some(MOVE_MONTHS)
        } else {
            months_for(zone.get(from).copied(), zone.get(to).copied())
        };
        transitions.push(Transition {
            from: from_id,
            to: to_id,
            requires,
            months,
            steps,
            notes: None,
            closeness: Some(index),
            relation: Some(get(r, "Relatedness Tier")?.to_owned()),
            sources: Vec::new(),
        });
    }

    let mut job_zones = Vec::new();
    for r in &zone_reference.rows {
        let n: u8 = get(r, "Job Zone")?.parse().map_err(|e| format!("Job Zone Reference.txt: {e}"))?;
        let name = get(r, "Name")?;
        let name = name.split_once(": ").map_or(name, |(_, n)| n);
        job_zones.push(Level {
            level: n,
            name: format!("{} (job zone {n})", sentence_case(name)),
            description: Some(format!("{} {}", get(r, "Education")?, get(r, "Experience")?)),
        });
    }
    let relations = TIERS
        .iter()
        .map(|(term, label, description)| Relation {
            term: (*term).to_owned(),
            label: (*label).to_owned(),
            description: Some((*description).to_owned()),
        })
        .collect();

    Ok(GraphDoc {
        format: FORMAT_V1.to_owned(),
        title: Some("All US occupations, O*NET 29.3".to_owned()),
        description: Some(format!(
            "{} occupations and the moves between related ones, from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. Modified by Switchback: a subset of the database, with skills, levels, preparation, other names, technologies, moves, times and steps derived from it as described in docs/onet.md. O*NET® is a trademark of USDOL/ETA.",
            roles.len()
        )),
        sources: vec![Source {
            id: SOURCE_ID.to_owned(),
            title: Some("O*NET 29.3 Database, USDOL/ETA, CC BY 4.0 (modified)".to_owned()),
            url: Some("https://www.onetcenter.org/database.html".to_owned()),
        }],
        tracks,
        levels: job_zones,
        relations,
        skills,
        roles,
        transitions,
    })
}

/// "Considerable Preparation Needed" → "Considerable preparation needed".
fn sentence_case(text: &str) -> String {
    let mut out = String::new();
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
            out.push_str(&word.to_lowercase());
        } else {
            out.push_str(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mini_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/onet-mini")
    }

    fn mini() -> GraphDoc {
        import(&mini_dir()).expect("the excerpt imports")
    }

    fn role<'a>(g: &'a GraphDoc, id: &str) -> &'a Role {
        g.roles.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no role {id}"))
    }

    #[test]
    fn roles_come_from_occupations() {
        let g = mini();
        let ids: Vec<&str> = g.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["11-3021-00", "13-1111-00", "15-1251-00", "15-1252-00", "15-1254-00", "53-7062-00"]);
        let dev = role(&g, "15-1252-00");
        assert_eq!(dev.title, "Software Developers");
        assert_eq!(dev.level, Some(4), "job zone 4");
        assert_eq!(dev.track.as_deref(), Some("soc-15"));
        assert!(dev.summary.as_deref().is_some_and(|s| s.starts_with("Research, design, and develop")));
        // Importance of at least 3.0: Programming (4.0) and Critical Thinking (3.0), not Speaking (2.9).
        assert_eq!(dev.skills, ["critical-thinking", "programming"]);
        assert_eq!(role(&g, "53-7062-00").level, None, "no job zone in the excerpt");
        assert!(role(&g, "13-1111-00").skills.is_empty(), "no skill ratings in the excerpt");
        let tracks: Vec<(&str, &str)> = g.tracks.iter().map(|t| (t.id.as_str(), t.name.as_deref().unwrap())).collect();
        assert_eq!(
            tracks,
            [
                ("soc-11", "Management"),
                ("soc-13", "Business and Financial Operations"),
                ("soc-15", "Computer and Mathematical"),
                ("soc-53", "Transportation and Material Moving")
            ]
        );
    }

    #[test]
    fn levels_are_explained_by_the_job_zones() {
        let g = mini();
        let names: Vec<(u8, &str)> = g.levels.iter().map(|l| (l.level, l.name.as_str())).collect();
        assert_eq!(
            names,
            [
                (1, "Little or no preparation needed (job zone 1)"),
                (2, "Some preparation needed (job zone 2)"),
                (3, "Medium preparation needed (job zone 3)"),
                (4, "Considerable preparation needed (job zone 4)"),
                (5, "Extensive preparation needed (job zone 5)"),
            ]
        );
        assert!(g.levels[3]
            .description
            .as_deref()
            .is_some_and(|d| d.starts_with("Most of these occupations require a four-year bachelor's degree")));
        let tiers: Vec<(&str, &str)> = g.relations.iter().map(|r| (r.term.as_str(), r.label.as_str())).collect();
        assert_eq!(
            tiers,
            [
                ("Primary-Short", "closely related"),
                ("Primary-Long", "related"),
                ("Supplemental", "more loosely related")
            ]
        );
    }

    #[test]
    fn skills_come_from_the_content_model_and_their_advice_names_them() {
        let g = mini();
        let programming = g.skills.iter().find(|s| s.id == "programming").expect("programming");
        assert_eq!(programming.name.as_deref(), Some("Programming"));
        assert_eq!(programming.category.as_deref(), Some("Technical Skills"));
        assert_eq!(programming.description.as_deref(), Some("Writing computer programs for various purposes."));
        assert_eq!(programming.learn, ["Learn programming hands-on: a course, a project or an apprenticeship."]);
        for s in &g.skills {
            let name = s.name.as_deref().unwrap_or_default().to_lowercase();
            assert!(s.learn.iter().all(|l| l.contains(&name)), "{}'s advice does not name it: {:?}", s.id, s.learn);
        }
    }

    #[test]
    fn moves_come_from_related_occupations() {
        let g = mini();
        let t = g.transitions.iter().find(|t| t.from == "15-1252-00" && t.to == "11-3021-00").expect("dev → manager");
        assert_eq!((t.closeness, t.relation.as_deref()), (Some(1), Some("Primary-Short")));
        // Levels: Speaking 3.0 → 4.5 (gap 1.5), Critical Thinking 3.9 → 4.8 (0.9, under the margin), Programming 4.6 → 2.0.
        assert_eq!(t.requires, ["speaking"]);
        assert_eq!(t.steps, ["Raise Speaking from level 3.0 to 4.5"]);
        assert_eq!(t.months, Some(MOVE_MONTHS), "both have preparation: the app adds the gate");
        let down =
            g.transitions.iter().find(|t| t.from == "11-3021-00" && t.to == "15-1252-00").expect("manager → dev");
        assert_eq!(down.requires, ["programming"], "Programming matters to developers (importance 4.0)");
        let unknown = g.transitions.iter().find(|t| t.to == "53-7062-00").expect("to the labourers");
        assert!(unknown.requires.is_empty() && unknown.months.is_none(), "no preparation and no job zone");
        assert!(unknown.steps[0].starts_with("O*NET has no skill levels"));
    }

    /// Alternate titles: ranked by sources plus two for a reported title,
    /// then shorter first; the title's own singular, repeats (in any case)
    /// and `n/a` are skipped; an occupation with none has none.
    #[test]
    fn aliases_come_from_alternate_titles() {
        let g = mini();
        assert_eq!(
            role(&g, "15-1252-00").aliases,
            [
                "Software Engineer",
                "Developer",
                "Application Developer",
                "iOS Developer",
                "Game Developer",
                "Java Programmer",
                "Mobile Developer",
                "Embedded Engineer",
            ]
        );
        assert_eq!(role(&g, "11-3021-00").aliases, ["Information Technology Manager (IT Manager)"]);
        assert_eq!(role(&g, "15-1254-00").aliases, ["Web Designer"], "sources n/a count as none");
        assert!(role(&g, "53-7062-00").aliases.is_empty());
    }

    /// Hot technologies only; in demand first, then the most listed in the
    /// major group; at most four; those listed too widely left out.
    #[test]
    fn tools_are_the_hot_technologies() {
        let g = mini();
        assert_eq!(role(&g, "15-1252-00").tools, ["Python", "Microsoft Excel", "Linux", "Oracle Java"]);
        assert_eq!(role(&g, "11-3021-00").tools, ["Amazon Web Services AWS software", "Microsoft Excel"]);
        assert!(role(&g, "53-7062-00").tools.is_empty(), "no technologies in the excerpt");
        // Microsoft Excel is listed for five of the six: with a limit of three
        // it is left out everywhere.
        let table = Table::read(&mini_dir(), "Technology Skills.txt").expect("read");
        let narrow = tools(&table, 3).expect("tools");
        assert_eq!(narrow["15-1252.00"], ["Python", "Linux", "Oracle Java", "C++"]);
        assert_eq!(narrow["11-3021.00"], ["Amazon Web Services AWS software"]);
    }

    #[test]
    fn category_descriptions_become_months() {
        let cases = [
            ("None", ([0, 0], false)),
            ("Up to and including 1 month", ([0, 1], false)),
            ("Over 1 month, up to and including 3 months", ([1, 3], false)),
            ("Over 6 months, up to and including 1 year", ([6, 12], false)),
            ("Over 2 years, up to and including 4 years", ([24, 48], false)),
            ("Over 10 years", ([120, 120], true)),
            ("None or short demonstration", ([0, 0], false)),
            ("Anything beyond short demonstration, up to and including 1 month", ([0, 1], false)),
        ];
        for (text, want) in cases {
            assert_eq!(category_months(text), want, "{text}");
        }
    }

    /// The modal category of each scale with its share; the fallbacks for
    /// occupations without a survey (similar occupations, then the job
    /// zone), each with its note; none when there is nothing to go on.
    #[test]
    fn preparation_comes_from_the_survey_or_a_stated_fallback() {
        let g = mini();
        let education = |id: &str| role(&g, id).preparation.as_ref().and_then(|p| p.education.clone());
        let experience = |id: &str| role(&g, id).preparation.as_ref().and_then(|p| p.experience.clone());
        let training = |id: &str| role(&g, id).preparation.as_ref().and_then(|p| p.training.clone());
        let note = |id: &str| role(&g, id).preparation.as_ref().and_then(|p| p.note.clone());

        // Own survey: bachelor's 48%, 6–8 years 40%, 6–12 months 33%; the
        // IM row with category n/a and the on-site training scale are ignored.
        assert_eq!(education("11-3021-00"), Some(Education { level: 6, share: Some(48), label: None }));
        assert_eq!(experience("11-3021-00"), Some(Period { months: [72, 96], share: Some(40), label: None }));
        assert_eq!(training("11-3021-00"), Some(Period { months: [6, 12], share: Some(33), label: None }));
        assert_eq!(note("11-3021-00"), None);
        // A tie goes to the lower category; a scale without rows is left out.
        assert_eq!(education("15-1254-00").map(|e| e.level), Some(5));
        assert_eq!(experience("15-1254-00"), None);
        // A row whose value is n/a is skipped.
        assert_eq!(experience("15-1251-00").map(|x| x.months), Some([24, 48]));

        // Software Developers: no rows; the mean of Computer Programmers and
        // Web Developers (same first five digits), without shares.
        assert_eq!(education("15-1252-00"), Some(Education { level: 6, share: None, label: None }));
        assert_eq!(experience("15-1252-00").map(|x| x.months), Some([24, 48]));
        assert_eq!(training("15-1252-00").map(|x| x.months), Some([0, 0]));
        assert!(note("15-1252-00").is_some_and(|n| n.contains("similar occupations")));
        // Management Analysts: no rows, no similar occupation: the job zone's.
        assert_eq!(education("13-1111-00").map(|e| e.level), Some(6));
        assert!(note("13-1111-00").is_some_and(|n| n.contains("job zone")));
        // The labourers: no rows, no similar occupation, no job zone.
        assert_eq!(role(&g, "53-7062-00").preparation, None);
    }

    #[test]
    fn the_excerpt_is_a_valid_graph_with_attribution() {
        let g = mini();
        let loaded = switchback::domain::validate::load_doc(g).unwrap_or_else(|r| panic!("{r}"));
        let description = loaded.graph.doc().description.clone().unwrap_or_default();
        assert!(
            description.contains("CC BY 4.0")
                && description.contains("Modified by Switchback")
                && description.contains("USDOL/ETA")
        );
    }

    fn committed_atlas() -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/data/onet-29.3.json");
        std::fs::read_to_string(path).expect("src/data/onet-29.3.json")
    }

    /// The atlas the app ships is a valid graph of the documented size, and
    /// its only warnings are the 93 occupations O*NET relates to nothing.
    #[test]
    fn the_committed_atlas_is_valid() {
        let loaded = switchback::domain::validate::load_json(&committed_atlas()).unwrap_or_else(|r| panic!("{r}"));
        let g = &loaded.graph;
        assert_eq!((g.roles().len(), g.skills().len(), g.transitions().len()), (1016, 35, 18_460));
        assert_eq!(loaded.report.error_count(), 0);
        assert_eq!(loaded.report.warning_count(), 93);
        assert!(loaded.report.warnings().all(|w| w.message.contains("so no path can reach it")), "{}", loaded.report);
    }

    /// The committed atlas is what the importer makes of the data today
    /// (checked where the O*NET files are: `ONET_DIR`, or the shared data
    /// folder next to the repository).
    #[test]
    fn the_committed_atlas_is_current() {
        let dir = std::env::var_os("ONET_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/onet-29.3"));
        if !dir.join("Occupation Data.txt").exists() {
            eprintln!("skipped: no O*NET data at {} (set ONET_DIR to check the atlas is current)", dir.display());
            return;
        }
        let fresh = serde_json::to_string(&import(&dir).expect("the O*NET data imports")).expect("json");
        assert!(
            fresh == committed_atlas(),
            "src/data/onet-29.3.json is stale: run cargo xtask import-onet {} src/data/onet-29.3.json",
            dir.display()
        );
    }

    #[test]
    fn months_follow_job_zones_when_preparation_is_unknown() {
        let cases = [
            ((Some(2), Some(2)), Some([3, 12])),
            ((Some(4), Some(2)), Some([3, 12])),
            ((Some(1), Some(3)), Some([24, 48])),
            ((None, Some(3)), None),
        ];
        for ((a, b), want) in cases {
            assert_eq!(months_for(a, b), want, "{a:?} → {b:?}");
        }
    }
}
