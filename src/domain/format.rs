//! The public data format, version 1 (`"format": "switchback/1"`).
//!
//! These types are the contract with graph authors: they are what a valid file
//! deserializes into, what the JSON Schema in `schema/` is generated from, and
//! what `docs/data-format.md` documents field by field. Every optional field has
//! a serde default so a hand-written file can stay short; every struct denies
//! unknown fields so that a typo is reported instead of silently ignored.
//!
//! Checking is not done here: `validate` walks the raw JSON first (to collect
//! every problem with its location) and only then deserializes into these types.

use serde::{Deserialize, Deserializer, Serialize};

/// Reads an optional field that is present: a value, never `null`. The
/// format says "leave the field out" rather than `null` (the walk in `shape`
/// reports `null` as an error), and the fast typed parse must agree with it.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// The value of the `format` field for this version.
pub const FORMAT_V1: &str = "switchback/1";

/// What every id must match (checked by hand in `text::is_valid_id`; this
/// copy is for the JSON Schema).
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";

/// What a source link must match (the JSON Schema's view of `is_web_link`).
pub const LINK_PATTERN: &str = "^[hH][tT][tT][pP][sS]?://[^\\s/?#]+";

/// The largest graph text Switchback reads, in bytes. A career graph of a
/// thousand roles is a few megabytes; anything far beyond is a wrong file or
/// address, and reading it would only freeze the page.
pub const MAX_GRAPH_BYTES: u32 = 20 * 1024 * 1024;

/// The lowest and highest allowed `level` (1 = entry, 7 = executive).
pub const LEVELS: std::ops::RangeInclusive<u8> = 1..=7;

/// A whole career graph as written by an author.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GraphDoc {
    /// Always `"switchback/1"` for this version of the format.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("const" = FORMAT_V1)))]
    pub format: String,
    /// The graph's name, shown as the page heading. Default: "Untitled graph".
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// One or two sentences about the graph.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the facts come from; roles, skills and transitions cite them by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Career tracks (lanes on the graph), such as engineering or product.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<Track>,
    /// What each `level` means in this graph (seniority, preparation…), shown
    /// where a role's level is shown. Default: levels are unexplained.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
    /// Plain words for the terms used in `transitions[].relation`, such as
    /// "closely related" for a source's "Primary-Short".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
    /// Skills that roles use and transitions require.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    /// The roles (nodes of the graph). A graph needs at least one.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Moves from one role to another (directed edges).
    #[serde(default)]
    pub transitions: Vec<Transition>,
}

/// A citation: an article, a book, a dataset, or the author's own judgement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier, unique among sources: lowercase letters, digits and `-`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// Human-readable title. Default: the id.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// An `http://` or `https://` link. Any other scheme is an error.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(LINK_PATTERN)))]
    pub url: Option<String>,
}

/// A career track, drawn as one lane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Identifier, unique among tracks.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// Display name. Default: the id.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// What one level means, such as "Considerable preparation needed".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The level it explains, 1 to 7; each level at most once.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 7)))]
    pub level: u8,
    /// A short name, shown with the level.
    pub name: String,
    /// A sentence or two about it.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Plain words for a term used in `transitions[].relation`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// The term, exactly as transitions write it, such as "Primary-Short".
    pub term: String,
    /// How people would say it, such as "closely related".
    pub label: String,
    /// What the term means where it comes from.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A skill a person can have or learn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Identifier, unique among skills.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// Display name. Default: the id.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Free-text group used to organise the self-assessment. Default: "general".
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// What the skill is.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Concrete suggestions for learning it; they become plan steps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learn: Vec<String>,
    /// Ids of the sources this skill's description and suggestions come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// A role (job) in the graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Identifier, unique among roles; used in links such as `#/role/<id>`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// Display title.
    pub title: String,
    /// Id of the track this role belongs to. Default: none (an "Other" lane).
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub track: Option<String>,
    /// Seniority from 1 (entry) to 7 (executive). Default: none (drawn in row 1).
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 7)))]
    pub level: Option<u8>,
    /// A sentence or two about the role.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What people in the role do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<String>,
    /// Ids of the skills the role uses day to day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// Ids of the sources describing the role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Other names people use for the role ("SRE", "Software Engineer");
    /// search finds the role by them. A name may give its short form in
    /// parentheses, "Registered Nurse (RN)": search matches either part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Tools and technologies people in the role use, the most useful to
    /// learn first; a move into the role suggests the ones the source role
    /// does not list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tools: Vec<String>,
    /// The education, experience and training people in the role typically
    /// have. Moves into a role that needs more than the source show the gap,
    /// and its time counts in the move's typical time.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub preparation: Option<Preparation>,
}

/// The preparation people in a role typically have.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Preparation {
    /// The most common level of education.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub education: Option<Education>,
    /// The most common amount of related work experience before the role.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub experience: Option<Period>,
    /// The most common amount of on-the-job training in the role.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub training: Option<Period>,
    /// Where the figures come from, when it is worth saying (an estimate,
    /// say).
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A level of education on a fixed scale (see [`EDUCATION_LEVELS`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Education {
    /// 1 (less than a high school diploma) to 12 (post-doctoral training),
    /// the categories of O*NET's "Required Level of Education".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 12)))]
    pub level: u8,
    /// Percent of people in the role at this level, 0 to 100.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(max = 100)))]
    pub share: Option<u8>,
    /// Words to show instead of the scale's ("a nursing degree").
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// An amount of time, such as related experience or training.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// `[min, max]` in months, each at most 1200 (100 years); `[0, 0]` is
    /// none.
    pub months: [u32; 2],
    /// Percent of people in the role with this much, 0 to 100.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(max = 100)))]
    pub share: Option<u8>,
    /// Words to show instead of the months ("over 10 years").
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// The education scale, 1 to 12: what each level is called and the typical
/// months of full-time study it takes beyond less than a high school
/// diploma. The months are Switchback's reading of the usual US programmes
/// (a bachelor's degree is four years after the diploma, a first professional
/// degree such as an MD four more); `docs/data-format.md` lists them.
pub const EDUCATION_LEVELS: [(&str, u32); 12] = [
    ("less than a high school diploma", 0),
    ("a high school diploma", 6),
    ("a post-secondary certificate", 18),
    ("some college courses", 18),
    ("an associate's degree", 30),
    ("a bachelor's degree", 54),
    ("a post-baccalaureate certificate", 66),
    ("a master's degree", 78),
    ("a post-master's certificate", 90),
    ("a professional degree (such as an MD or a JD)", 102),
    ("a doctoral degree", 114),
    ("post-doctoral training", 150),
];

/// A move from one role to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Transition {
    // Fields are written in this order; it is the one that compresses best
    // for the O*NET atlas (398,746 rather than 401,043 bytes gzip -9).
    /// Id of the role people move from.
    pub from: String,
    /// Id of the role people move to.
    pub to: String,
    /// A short label for how the roles are related, such as "Primary-Short".
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    /// How closely the two roles are related, 1 being the closest (for
    /// example a rank in a list of similar occupations). Paths can be ranked
    /// "closest first" by the sum along the path; a move without it counts as
    /// [`UNKNOWN_CLOSENESS`].
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1)))]
    pub closeness: Option<u32>,
    /// Ids of the skills the move requires.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    /// Concrete suggested steps, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<String>,
    /// Typical time in months as `[min, max]`, each at most 1200 (100
    /// years). Default: unknown, counted as 12 months when paths are ranked
    /// by time.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub months: Option<[u32; 2]>,
    /// Anything else worth knowing about the move.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Ids of the sources describing the move.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// The most months a move may take (100 years): larger numbers are errors,
/// so sums along a path stay far from overflowing.
pub const MAX_MONTHS: u32 = 1200;

/// Months assumed for a move whose `months` is not given, when ranking by time.
pub const UNKNOWN_MONTHS: [u32; 2] = [12, 12];

/// Closeness assumed for a move without one, when ranking "closest first".
pub const UNKNOWN_CLOSENESS: u32 = 100;

impl Transition {
    /// The typical time range, with the documented default for unknown times.
    pub fn months_or_default(&self) -> [u32; 2] {
        self.months.unwrap_or(UNKNOWN_MONTHS)
    }

    /// The closeness, with the documented default.
    pub fn closeness_or_default(&self) -> u32 {
        self.closeness.unwrap_or(UNKNOWN_CLOSENESS)
    }
}

/// The JSON Schema of format v1, as checked in at
/// `schema/switchback-1.schema.json`.
///
/// Optional fields are written without `null`: the format rejects `null`
/// (leave a field out instead), and the schema says the same.
#[cfg(not(target_arch = "wasm32"))]
pub fn json_schema() -> String {
    use schemars::generate::SchemaSettings;
    use schemars::transform::RecursiveTransform;
    use schemars::Schema;

    fn drop_null(schema: &mut Schema) {
        if let Some(serde_json::Value::Array(types)) = schema.get_mut("type") {
            types.retain(|t| t != "null");
            if types.len() == 1 {
                let only = types.remove(0);
                schema.insert("type".to_owned(), only);
            }
        }
        // An optional object is `anyOf: [{$ref}, {type: null}]`: keep the
        // reference alone (with the field's description).
        let null = serde_json::json!({ "type": "null" });
        if let Some(serde_json::Value::Array(options)) = schema.get_mut("anyOf") {
            options.retain(|o| *o != null);
            if options.len() == 1 {
                let only = options.remove(0);
                schema.remove("anyOf");
                if let serde_json::Value::Object(map) = only {
                    for (k, v) in map {
                        schema.insert(k, v);
                    }
                }
            }
        }
    }

    let schema = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(drop_null))
        .into_generator()
        .into_root_schema_for::<GraphDoc>();
    let mut schema = schema;
    // `months` is `[u32; 2]` in Rust; the format bounds each number.
    for at in ["/$defs/Transition/properties/months/items", "/$defs/Period/properties/months/items"] {
        if let Some(items) = schema.pointer_mut(at) {
            items["maximum"] = MAX_MONTHS.into();
        }
    }
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}
