//! Finding roles and skills by partial, case-insensitive, typo-tolerant text.
//!
//! The index lower-cases every label and splits it into words once per graph;
//! a query is then a linear scan with cheap checks first (equal, prefix,
//! substring) and an edit-distance check per word only when those fail. That
//! keeps a keystroke well under a millisecond for a thousand roles.

use super::graph::{Graph, RoleIx, SkillIx};
use super::order::{sort_by_key, Key};
use super::text::{prefix_distance, DistanceScratch};

/// Something search can find.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Hit {
    /// A role.
    Role(RoleIx),
    /// A skill.
    Skill(SkillIx),
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
    label: String,
    /// Words of the label, then words of the id not already there (ids
    /// often hold acronyms such as `tpm`).
    words: Vec<String>,
    /// How many of `words` come from the label.
    label_words: usize,
    id: String,
}

impl Entry {
    fn new(hit: Hit, label: &str, id: &str) -> Entry {
        let label = fold(label);
        let mut words = words(&label);
        let label_words = words.len();
        for w in id.split('-').filter(|w| !w.is_empty()) {
            if !words.iter().any(|x| x == w) {
                words.push(w.to_owned());
            }
        }
        Entry { hit, label, words, label_words, id: id.to_owned() }
    }
}

/// A search index over one graph's roles and skills.
pub struct SearchIndex {
    entries: Vec<Entry>,
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

fn words(folded: &str) -> Vec<String> {
    // Non-ASCII characters count as letters: no Unicode tables needed.
    folded
        .split(|c: char| !(c.is_ascii_alphanumeric() || u32::from(c) >= 0xC0))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
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

impl SearchIndex {
    /// Indexes a graph's roles (title and id) and skills (name and id).
    pub fn new(graph: &Graph) -> SearchIndex {
        let mut entries = Vec::with_capacity(graph.roles().len() + graph.skills().len());
        for r in graph.role_indices() {
            let role = graph.role(r);
            entries.push(Entry::new(Hit::Role(r), &role.title, &role.id));
        }
        for (i, skill) in graph.skills().iter().enumerate() {
            let s = SkillIx::new(i);
            entries.push(Entry::new(Hit::Skill(s), graph.skill_name(s), &skill.id));
        }
        SearchIndex { entries }
    }

    /// Up to `limit` matches for `query`, best first. Rank: exact, label
    /// prefix, word prefix, substring, then all query words matching word
    /// starts with the fewest typos; ties go to the label with fewest extra
    /// words, then to index order.
    pub fn search(&self, query: &str, scope: Scope, limit: usize) -> Vec<Hit> {
        let q = fold(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let tokens = words(&q);
        let token_chars: Vec<Vec<char>> = tokens.iter().map(|t| t.chars().collect()).collect();
        let mut scratch = DistanceScratch::default();
        let mut scored: Vec<(usize, usize, usize, Hit)> = Vec::new();
        for (pos, e) in self.entries.iter().enumerate() {
            let in_scope = matches!(
                (scope, e.hit),
                (Scope::All, _) | (Scope::Roles, Hit::Role(_)) | (Scope::Skills, Hit::Skill(_))
            );
            if !in_scope {
                continue;
            }
            let score = if e.label == q || e.id == q {
                Some(0)
            } else if e.label.starts_with(&q) {
                Some(1)
            } else if e.words.iter().any(|w| w.starts_with(&q)) {
                Some(2)
            } else if e.label.contains(&q) || e.id.contains(&q) {
                Some(3)
            } else {
                // Every token must match some word; cost is the typos.
                tokens
                    .iter()
                    .zip(&token_chars)
                    .map(|(t, chars)| e.words.iter().filter_map(|w| token_cost(t, chars, w, &mut scratch)).min())
                    .sum::<Option<usize>>()
                    .map(|typos| 4 + typos)
            };
            if let Some(score) = score {
                // Among equals, the label with the fewest words the query
                // did not mention: "product manager" prefers Product Manager
                // to Technical Product Manager.
                let extra = e.label_words.saturating_sub(tokens.len());
                scored.push((score, extra, pos, e.hit));
            }
        }
        // By score, then the fewest extra words; ties keep the entries'
        // order (`pos`), as they were pushed in it.
        sort_by_key(&mut scored, |(score, extra, _, _)| Key::new().then(score as u64, 32).then(extra as u64, 32).get());
        scored.into_iter().take(limit).map(|(_, _, _, hit)| hit).collect()
    }
}
