//! Finding roles and skills by partial, case-insensitive, typo-tolerant text,
//! by their titles and by the other names people use for them (`aliases`).
//!
//! The index lower-cases every label once per graph and keeps one dictionary
//! of the distinct words of all labels; an entry holds its words as
//! positions in that dictionary. A query is a linear scan with cheap checks
//! first (equal, prefix, word prefix, substring), and the typo-tolerant check
//! of a query word against a dictionary word is computed at most once per
//! query and remembered: the atlas's 1,016 titles and six thousand aliases
//! share about nine thousand distinct words, so adding aliases did not
//! multiply the distance computations a keystroke costs.
//!
//! A role is found by its best-matching name; among equally good names the
//! title wins, so a result only says "also called …" when the alias matched
//! better. An alias written "Registered Nurse (RN)" also matches exactly as
//! "registered nurse" and as "rn"; a title matches exactly without its
//! final "s" ("registered nurse" is Registered Nurses).

use rustc_hash::FxHashMap as HashMap;

use super::graph::{Graph, RoleIx, SkillIx};
use super::text::{prefix_distance, DistanceScratch};

/// Something search can find.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Hit {
    /// A role.
    Role(RoleIx),
    /// A skill.
    Skill(SkillIx),
}

/// A result and why it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// What was found.
    pub hit: Hit,
    /// The position in the role's `aliases` of the name that matched, when
    /// that was not the title.
    pub alias: Option<usize>,
}

/// What to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Roles and skills.
    All,
    /// Roles only (the start and target pickers).
    Roles,
    /// Skills only (the self-assessment filter).
    Skills,
}

struct Entry {
    hit: Hit,
    alias: Option<u32>,
    /// The folded label.
    label: String,
    /// Other whole forms that match exactly or as a prefix: the two parts
    /// of "A (B)", a title without its final "s".
    forms: Vec<String>,
    /// Words of the label, then words of the id not already there (ids
    /// often hold acronyms such as `tpm`), as dictionary positions.
    words: Vec<u32>,
    /// How many of `words` come from the label.
    label_words: usize,
    /// The id (titles and skills only).
    id: String,
}

/// A search index over one graph's roles and skills.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Distinct words of all entries.
    dict: Vec<String>,
}

/// Lower-cases ASCII and the Latin-1 capitals (À–Þ), which covers the
/// labels people type without pulling in Unicode case tables.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            '\u{C0}'..='\u{DE}' if c != '\u{D7}' => char::from_u32(c as u32 + 32).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn words(folded: &str) -> impl Iterator<Item = &str> {
    // Non-ASCII characters count as letters: no Unicode tables needed.
    folded.split(|c: char| !(c.is_ascii_alphanumeric() || u32::from(c) >= 0xC0)).filter(|w| !w.is_empty())
}

/// "registered nurse (rn)" → ["registered nurse", "rn"].
fn parts(label: &str) -> Option<[&str; 2]> {
    let (head, rest) = label.split_once(" (")?;
    let inner = rest.strip_suffix(')')?;
    (!head.is_empty() && !inner.is_empty() && !inner.contains('(')).then_some([head.trim(), inner.trim()])
}

/// How well a query token matches a label word: 0 exact prefix, then the
/// edit distance to the word's start, if within tolerance.
fn token_cost(token: &str, chars: &[char], word: &str, scratch: &mut DistanceScratch) -> Option<usize> {
    if word.starts_with(token) {
        return Some(0);
    }
    let tolerance = match chars.len() {
        0..=2 => return None,
        3..=5 => 1,
        _ => 2,
    };
    prefix_distance(chars, word, tolerance, scratch)
}

/// Builds entries, sharing one dictionary of words.
struct Builder {
    entries: Vec<Entry>,
    dict: Vec<String>,
    positions: HashMap<String, u32>,
}

impl Builder {
    fn word(&mut self, w: &str) -> u32 {
        if let Some(&p) = self.positions.get(w) {
            return p;
        }
        let p = self.dict.len() as u32;
        self.dict.push(w.to_owned());
        self.positions.insert(w.to_owned(), p);
        p
    }

    fn add(&mut self, hit: Hit, alias: Option<u32>, label: &str, id: &str) {
        let label = fold(label);
        let mut ids: Vec<u32> = Vec::new();
        for w in words(&label) {
            let p = self.word(w);
            ids.push(p);
        }
        let label_words = ids.len();
        for w in id.split('-').filter(|w| !w.is_empty()) {
            let p = self.word(w);
            if !ids.contains(&p) {
                ids.push(p);
            }
        }
        let mut forms: Vec<String> = parts(&label).map(|p| p.map(str::to_owned).to_vec()).unwrap_or_default();
        if alias.is_none() && matches!(hit, Hit::Role(_)) && label.len() > 3 {
            if let Some(singular) = label.strip_suffix('s') {
                forms.push(singular.to_owned());
            }
        }
        self.entries.push(Entry { hit, alias, label, forms, words: ids, label_words, id: id.to_owned() });
    }
}

/// A remembered token cost: not yet computed.
const UNKNOWN: u8 = u8::MAX;
/// A remembered token cost: no match.
const NO_MATCH: u8 = u8::MAX - 1;

impl SearchIndex {
    /// Indexes a graph's roles (title, aliases and id) and skills (name and
    /// id).
    pub fn new(graph: &Graph) -> SearchIndex {
        let aliases: usize = graph.roles().iter().map(|r| r.aliases.len()).sum();
        let mut b = Builder {
            entries: Vec::with_capacity(graph.roles().len() + aliases + graph.skills().len()),
            dict: Vec::new(),
            positions: HashMap::default(),
        };
        for r in graph.role_indices() {
            let role = graph.role(r);
            b.add(Hit::Role(r), None, &role.title, &role.id);
            for (i, alias) in role.aliases.iter().enumerate() {
                b.add(Hit::Role(r), Some(i as u32), alias, "");
            }
        }
        for (i, skill) in graph.skills().iter().enumerate() {
            let s = SkillIx::new(i);
            b.add(Hit::Skill(s), None, graph.skill_name(s), &skill.id);
        }
        SearchIndex { entries: b.entries, dict: b.dict }
    }

    /// Up to `limit` matches for `query`, best first (see
    /// [`SearchIndex::search_why`]).
    pub fn search(&self, query: &str, scope: Scope, limit: usize) -> Vec<Hit> {
        self.search_why(query, scope, limit).into_iter().map(|f| f.hit).collect()
    }

    /// Up to `limit` matches for `query`, best first, each with the alias
    /// that matched if it was not the title. Rank: exact, label prefix, word
    /// prefix, substring, then all query words matching word starts with
    /// the fewest typos; ties go to the label with fewest extra words, then
    /// titles before aliases, then to index order.
    pub fn search_why(&self, query: &str, scope: Scope, limit: usize) -> Vec<Found> {
        let q = fold(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let tokens: Vec<&str> = words(&q).collect();
        let token_chars: Vec<Vec<char>> = tokens.iter().map(|t| t.chars().collect()).collect();
        let mut scratch = DistanceScratch::default();
        // Per dictionary word: whether it starts with the whole query, and
        // each token's cost, computed on first use.
        let mut starts: Vec<u8> = vec![UNKNOWN; self.dict.len()];
        let mut costs: Vec<Vec<u8>> = vec![vec![UNKNOWN; self.dict.len()]; tokens.len()];
        // (score, extra words, alias?, first entry of the hit, the match).
        let mut best: Option<((usize, usize, bool, usize), Found)> = None;
        let mut scored: Vec<((usize, usize, bool, usize), Found)> = Vec::new();
        let mut group_start = 0;
        for (pos, e) in self.entries.iter().enumerate() {
            let in_scope = matches!(
                (scope, e.hit),
                (Scope::All, _) | (Scope::Roles, Hit::Role(_)) | (Scope::Skills, Hit::Skill(_))
            );
            if !in_scope {
                continue;
            }
            if best.as_ref().is_some_and(|(_, f)| f.hit != e.hit) {
                scored.extend(best.take());
            }
            if e.alias.is_none() {
                group_start = pos;
            }
            let exact = e.label == q || (!e.id.is_empty() && e.id == q) || e.forms.contains(&q);
            let score = if exact {
                Some(0)
            } else if e.label.starts_with(&q) || e.forms.iter().any(|f| f.starts_with(&q)) {
                Some(1)
            } else if e.words.iter().any(|&w| {
                let w = w as usize;
                if starts[w] == UNKNOWN {
                    starts[w] = u8::from(self.dict[w].starts_with(&q));
                }
                starts[w] == 1
            }) {
                Some(2)
            } else if e.label.contains(&q) || (!e.id.is_empty() && e.id.contains(&q)) {
                Some(3)
            } else {
                // Every token must match some word; cost is the typos.
                let mut typos = 0usize;
                let mut all = true;
                for (k, chars) in token_chars.iter().enumerate() {
                    let mut least = NO_MATCH;
                    for &w in &e.words {
                        let w = w as usize;
                        let c = &mut costs[k][w];
                        if *c == UNKNOWN {
                            *c = token_cost(tokens[k], chars, &self.dict[w], &mut scratch)
                                .map_or(NO_MATCH, |d| d.min(usize::from(NO_MATCH) - 1) as u8);
                        }
                        least = least.min(*c);
                    }
                    if least == NO_MATCH {
                        all = false;
                        break;
                    }
                    typos += usize::from(least);
                }
                all.then_some(4 + typos)
            };
            if let Some(score) = score {
                // Among equals, the label with the fewest words the query
                // did not mention: "product manager" prefers Product Manager
                // to Technical Product Manager.
                let extra = e.label_words.saturating_sub(tokens.len());
                let key = (score, extra, e.alias.is_some(), group_start);
                let found = Found { hit: e.hit, alias: e.alias.map(|a| a as usize) };
                if best.as_ref().is_none_or(|(k, _)| key < *k) {
                    best = Some((key, found));
                }
            }
        }
        scored.extend(best);
        scored.sort_unstable_by_key(|(k, _)| *k);
        scored.into_iter().take(limit).map(|(_, f)| f).collect()
    }
}
