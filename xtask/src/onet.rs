//! `cargo xtask import-onet DIR OUT`: the O*NET 29.3 atlas as a Switchback graph.
//!
//! The mapping is documented in `docs/onet.md`; the constants below are the
//! documented rules. The source is the subset in `../shared/data/onet-29.3/`
//! (CC BY 4.0, USDOL/ETA); the output carries the attribution and says that
//! the data was modified.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use switchback::domain::format::{GraphDoc, Role, Skill, Source, Track, Transition, FORMAT_V1};

/// A role uses a skill whose importance (scale IM, 1–5) is at least this.
pub const IMPORTANCE_MIN: f64 = 3.0;
/// A move requires a skill whose level (scale LV, 0–7) in the target exceeds
/// the level in the source by at least this.
pub const LEVEL_MARGIN: f64 = 1.0;
/// At most this many "raise … from … to …" steps per move: the largest gaps.
/// (Every required skill is listed with the move and gets its learning
/// advice in plans; the steps point at the biggest jumps. Two keeps the atlas
/// under 400 KB gzipped.)
pub const MAX_STEPS: usize = 2;
/// The step of a move where no skill needs to rise by the margin. The same
/// words every time: they compress to almost nothing in the atlas file.
pub const NO_GAP_STEP: &str =
    "No skill needs to rise by a full level: compare the two occupations' tasks and show the experience the new one asks for.";
/// The source every role and skill cites.
pub const SOURCE_ID: &str = "onet-29-3";

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

/// Learning advice by skill group (the content model's parent element).
fn advice(group: &str) -> &'static str {
    match group {
        "2.A.1" => "Practise it every day and take a short course.",
        "2.A.2" => "Practise it deliberately at work and ask for feedback.",
        "2.B.1" => "Seek out work that puts you in front of people, and ask for feedback.",
        "2.B.2" => "Take on unfamiliar problems and write down how you solved them.",
        "2.B.3" => "Learn it hands-on: a course, a project or an apprenticeship.",
        "2.B.4" => "Study how your organisation measures and decides, and take part in it.",
        "2.B.5" => "Volunteer to manage a budget, a schedule or a small team.",
        _ => "Practise it on real work and ask for feedback.",
    }
}

/// Typical months for a move, from the difference in job zones: a move to
/// the same or a lower zone takes 3–12 months; each zone up adds 1–2 years.
pub fn months_for(from_zone: Option<u8>, to_zone: Option<u8>) -> Option<[u32; 2]> {
    let (a, b) = (i32::from(from_zone?), i32::from(to_zone?));
    let up = (b - a).max(0) as u32;
    Some(if up == 0 { [3, 12] } else { [12 * up, 24 * up] })
}

/// A tab-separated file with a header row, as maps from column to value.
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

/// Imports the atlas from the O*NET files in `dir`.
pub fn import(dir: &Path) -> Result<GraphDoc, String> {
    let occupations = Table::read(dir, "Occupation Data.txt")?;
    let zones = Table::read(dir, "Job Zones.txt")?;
    let related = Table::read(dir, "Related Occupations.txt")?;
    let skills_table = Table::read(dir, "Skills.txt")?;
    let model = Table::read(dir, "Content Model Reference.txt")?;

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
        let value: f64 = get(r, "Data Value")?.parse().map_err(|e| format!("Skills.txt: {e}"))?;
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
                learn: vec![advice(group).to_owned()],
                sources: vec![SOURCE_ID.to_owned()],
            }
        })
        .collect();

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
        });
    }
    used_groups.sort_unstable();
    let tracks =
        used_groups.iter().map(|g| Track { id: format!("soc-{g}"), name: Some(groups[g].to_owned()) }).collect();

    let mut transitions = Vec::new();
    for r in &related.rows {
        let (from, to) = (get(r, "O*NET-SOC Code")?, get(r, "Related O*NET-SOC Code")?);
        let index: u32 = get(r, "Index")?.parse().map_err(|e| format!("Related Occupations.txt: {e}"))?;
        let (requires, steps) = match (levels.get(from), levels.get(to)) {
            (Some(a), Some(b)) => {
                let mut gaps: Vec<(f64, &String, f64, f64)> = b
                    .iter()
                    .map(|(e, &lb)| {
                        let la = a.get(e).copied().unwrap_or(0.0);
                        (lb - la, e, la, lb)
                    })
                    .filter(|(gap, ..)| *gap >= LEVEL_MARGIN - 1e-9)
                    .collect();
                // Largest gap first; ties in element order.
                gaps.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
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
        transitions.push(Transition {
            from: role_id(from),
            to: role_id(to),
            requires,
            months: months_for(zone.get(from).copied(), zone.get(to).copied()),
            steps,
            notes: None,
            closeness: Some(index),
            relation: Some(get(r, "Relatedness Tier")?.to_owned()),
            sources: Vec::new(),
        });
    }

    Ok(GraphDoc {
        format: FORMAT_V1.to_owned(),
        title: Some("All US occupations, O*NET 29.3".to_owned()),
        description: Some(format!(
            "{} occupations and the moves between related ones, from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. Modified by Switchback: a subset of the database, with skills, levels, moves, times and steps derived from it as described in docs/onet.md. O*NET® is a trademark of USDOL/ETA.",
            roles.len()
        )),
        sources: vec![Source {
            id: SOURCE_ID.to_owned(),
            title: Some("O*NET 29.3 Database, USDOL/ETA, CC BY 4.0 (modified)".to_owned()),
            url: Some("https://www.onetcenter.org/database.html".to_owned()),
        }],
        tracks,
        skills,
        roles,
        transitions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mini() -> GraphDoc {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/onet-mini");
        import(&dir).expect("the excerpt imports")
    }

    #[test]
    fn roles_come_from_occupations() {
        let g = mini();
        let ids: Vec<&str> = g.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["11-3021-00", "15-1252-00", "15-1254-00", "53-7062-00"]);
        let dev = &g.roles[1];
        assert_eq!(dev.title, "Software Developers");
        assert_eq!(dev.level, Some(4), "job zone 4");
        assert_eq!(dev.track.as_deref(), Some("soc-15"));
        assert!(dev.summary.as_deref().is_some_and(|s| s.starts_with("Research, design, and develop")));
        // Importance of at least 3.0: Programming (4.0) and Critical Thinking (3.0), not Speaking (2.9).
        assert_eq!(dev.skills, ["critical-thinking", "programming"]);
        assert_eq!(g.roles[3].level, None, "no job zone in the excerpt");
        let tracks: Vec<(&str, &str)> = g.tracks.iter().map(|t| (t.id.as_str(), t.name.as_deref().unwrap())).collect();
        assert_eq!(
            tracks,
            [
                ("soc-11", "Management"),
                ("soc-15", "Computer and Mathematical"),
                ("soc-53", "Transportation and Material Moving")
            ]
        );
    }

    #[test]
    fn skills_come_from_the_content_model() {
        let g = mini();
        let programming = g.skills.iter().find(|s| s.id == "programming").expect("programming");
        assert_eq!(programming.name.as_deref(), Some("Programming"));
        assert_eq!(programming.category.as_deref(), Some("Technical Skills"));
        assert_eq!(programming.description.as_deref(), Some("Writing computer programs for various purposes."));
        assert_eq!(programming.learn, ["Learn it hands-on: a course, a project or an apprenticeship."]);
    }

    #[test]
    fn moves_come_from_related_occupations() {
        let g = mini();
        let t = g.transitions.iter().find(|t| t.from == "15-1252-00" && t.to == "11-3021-00").expect("dev → manager");
        assert_eq!((t.closeness, t.relation.as_deref()), (Some(1), Some("Primary-Short")));
        // Levels: Speaking 3.0 → 4.5 (gap 1.5), Critical Thinking 3.9 → 4.8 (0.9, under the margin), Programming 4.6 → 2.0.
        assert_eq!(t.requires, ["speaking"]);
        assert_eq!(t.steps, ["Raise Speaking from level 3.0 to 4.5"]);
        assert_eq!(t.months, Some([12, 24]), "one job zone up");
        let down =
            g.transitions.iter().find(|t| t.from == "11-3021-00" && t.to == "15-1252-00").expect("manager → dev");
        assert_eq!(down.months, Some([3, 12]), "no zone up");
        assert_eq!(down.requires, ["programming"]);
        let unknown = g.transitions.iter().find(|t| t.to == "53-7062-00").expect("to the labourers");
        assert!(unknown.requires.is_empty() && unknown.months.is_none());
        assert!(unknown.steps[0].starts_with("O*NET has no skill levels"));
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
    fn months_follow_job_zones() {
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
