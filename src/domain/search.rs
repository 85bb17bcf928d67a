//! Finding roles and skills by partial, case-insensitive, typo-tolerant text,
//! by their titles and by the other names people use for them (`aliases`).
//!
//! The index lower-cases every label once per graph and keeps one dictionary
//! of the distinct words of all labels; an entry holds its words as
//! positions in that dictionary. A query is a linear scan with cheap checks
//! first (equal, prefix, word prefix, substring), and the typo-tolerant check
//! of a query word against a dictionary word is computed at most once per
//! query and remembered: the atlas's 9,089 names (1,016 titles, 8,038
//! aliases, 35 skills) share about 4,500 distinct words, so eight times as
//! many names did not make a keystroke slower (19 keystrokes: 69 ms natively
//! before, 70 after). Labels, ids and words live in a few shared strings and
//! vectors, so building the index allocates per distinct word, not per name.
//!
//! A role is found by its best-matching name; among equally good names the
//! title wins, so a result only says "also called …" when the alias matched
//! better. An alias written "Registered Nurse (RN)" also matches exactly as
//! "registered nurse" and as "rn"; a title matches exactly without its
//! final "s" ("registered nurse" is Registered Nurses).

use rustc_hash::FxHashMap as HashMap;

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

/// A range of bytes in one of the index's shared strings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Span(u32, u32);

impl Span {
    fn of(text: &str, start: usize) -> Span {
        Span(start as u32, text.len() as u32)
    }
    fn range(self) -> std::ops::Range<usize> {
        self.0 as usize..self.1 as usize
    }
    fn is_empty(self) -> bool {
        self.0 == self.1
    }
}

/// One name of a role or skill. Its texts live in [`SearchIndex::text`]
/// and its words in [`SearchIndex::word_ids`]: building the atlas's index
/// makes no allocation per name (it took 12 ms natively with a string and
/// a vector per name, 2 ms without).
struct Entry {
    hit: Hit,
    /// The alias's position in the role's `aliases`, or [`TITLE`].
    alias: u32,
    /// The folded label.
    label: Span,
    /// Other whole forms that match exactly or as a prefix: the two parts
    /// of "A (B)", or a title without its final "s" (empty when unused).
    forms: [Span; 2],
    /// Words of the label, then words of the id not already there (ids
    /// often hold acronyms such as `tpm`), as dictionary positions.
    words: Span,
    /// How many of `words` come from the label.
    label_words: u32,
    /// The id (titles and skills only; empty for aliases).
    id: Span,
}

/// [`Entry::alias`] of a title or a skill's name.
const TITLE: u32 = u32::MAX;

/// A search index over one graph's roles and skills.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Every folded label and id, one after another.
    text: String,
    /// Every entry's words, as dictionary positions, one after another.
    word_ids: Vec<u32>,
    /// The distinct words of all entries, as spans of `dict_text`.
    dict: Vec<Span>,
    dict_text: String,
}

/// Lower-cases ASCII and the Latin-1 capitals (À–Þ), which covers the
/// labels people type without pulling in Unicode case tables.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

fn fold_into(text: &str, out: &mut String) {
    // Most labels are ASCII: lower-case them as bytes, in place.
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    out.extend(text.chars().map(|c| match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{C0}'..='\u{DE}' if c != '\u{D7}' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }));
}

fn words(folded: &str) -> impl Iterator<Item = &str> {
    // Non-ASCII characters count as letters: no Unicode tables needed.
    folded.split(|c: char| !(c.is_ascii_alphanumeric() || u32::from(c) >= 0xC0)).filter(|w| !w.is_empty())
}

/// "registered nurse (rn)" → the byte ranges of "registered nurse" and "rn".
fn parts(label: &str) -> Option<[std::ops::Range<usize>; 2]> {
    let open = label.find(" (")?;
    let inner = label[open + 2..].strip_suffix(')')?;
    let head = label[..open].trim_end();
    if head.is_empty() || inner.trim().is_empty() || inner.contains('(') {
        return None;
    }
    let inner_start = open + 2 + (inner.len() - inner.trim_start().len());
    Some([0..head.len(), inner_start..inner_start + inner.trim().len()])
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

/// Builds the index: entries, their shared texts and one dictionary of words.
#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    text: String,
    word_ids: Vec<u32>,
    dict: Vec<Span>,
    dict_text: String,
    positions: HashMap<Box<str>, u32>,
}

/// The dictionary position of `w`, adding it if it is new.
fn word_position(w: &str, positions: &mut HashMap<Box<str>, u32>, dict: &mut Vec<Span>, dict_text: &mut String) -> u32 {
    if let Some(&p) = positions.get(w) {
        return p;
    }
    let p = dict.len() as u32;
    let start = dict_text.len();
    dict_text.push_str(w);
    dict.push(Span::of(dict_text, start));
    positions.insert(w.into(), p);
    p
}

impl Builder {
    fn add(&mut self, hit: Hit, alias: u32, label: &str, id: &str) {
        let Builder { entries, text, word_ids, dict, dict_text, positions } = self;
        let start = text.len();
        fold_into(label, text);
        let label_span = Span::of(text, start);
        let folded = &text[start..];
        let words_start = word_ids.len();
        for w in words(folded) {
            word_ids.push(word_position(w, positions, dict, dict_text));
        }
        let label_words = (word_ids.len() - words_start) as u32;
        for w in id.split('-').filter(|w| !w.is_empty()) {
            let p = word_position(w, positions, dict, dict_text);
            if !word_ids[words_start..].contains(&p) {
                word_ids.push(p);
            }
        }
        let at = |r: std::ops::Range<usize>| Span((start + r.start) as u32, (start + r.end) as u32);
        let mut forms = [Span::default(); 2];
        if let Some([head, inner]) = parts(folded) {
            forms = [at(head), at(inner)];
        } else if alias == TITLE && matches!(hit, Hit::Role(_)) && folded.len() > 3 && folded.ends_with('s') {
            forms[0] = at(0..folded.len() - 1);
        }
        let id_start = text.len();
        text.push_str(id);
        let id_span = Span::of(text, id_start);
        entries.push(Entry {
            hit,
            alias,
            label: label_span,
            forms,
            words: Span(words_start as u32, word_ids.len() as u32),
            label_words,
            id: id_span,
        });
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
        let mut b = Builder::default();
        b.entries.reserve(graph.roles().len() + aliases + graph.skills().len());
        for r in graph.role_indices() {
            let role = graph.role(r);
            b.add(Hit::Role(r), TITLE, &role.title, &role.id);
            for (i, alias) in role.aliases.iter().enumerate() {
                b.add(Hit::Role(r), i as u32, alias, "");
            }
        }
        for (i, skill) in graph.skills().iter().enumerate() {
            let s = SkillIx::new(i);
            b.add(Hit::Skill(s), TITLE, graph.skill_name(s), &skill.id);
        }
        SearchIndex { entries: b.entries, text: b.text, word_ids: b.word_ids, dict: b.dict, dict_text: b.dict_text }
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
            if e.alias == TITLE {
                group_start = pos;
            }
            let label = &self.text[e.label.range()];
            let id = &self.text[e.id.range()];
            let forms = e.forms.iter().filter(|f| !f.is_empty()).map(|f| &self.text[f.range()]);
            let words = &self.word_ids[e.words.range()];
            let exact = label == q || (!id.is_empty() && id == q) || forms.clone().any(|f| f == q);
            let score = if exact {
                Some(0)
            } else if label.starts_with(&q) || forms.clone().any(|f| f.starts_with(&q)) {
                Some(1)
            } else if words.iter().any(|&w| {
                let w = w as usize;
                if starts[w] == UNKNOWN {
                    starts[w] = u8::from(self.dict_text[self.dict[w].range()].starts_with(&q));
                }
                starts[w] == 1
            }) {
                Some(2)
            } else if label.contains(&q) || (!id.is_empty() && id.contains(&q)) {
                Some(3)
            } else {
                // Every token must match some word; cost is the typos.
                let mut typos = 0usize;
                let mut all = true;
                for (k, chars) in token_chars.iter().enumerate() {
                    let mut least = NO_MATCH;
                    for &w in words {
                        let w = w as usize;
                        let c = &mut costs[k][w];
                        if *c == UNKNOWN {
                            let word = &self.dict_text[self.dict[w].range()];
                            *c = token_cost(tokens[k], chars, word, &mut scratch)
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
                let extra = (e.label_words as usize).saturating_sub(tokens.len());
                let is_alias = e.alias != TITLE;
                let key = (score, extra, is_alias, group_start);
                let found = Found { hit: e.hit, alias: is_alias.then_some(e.alias as usize) };
                if best.as_ref().is_none_or(|(k, _)| key < *k) {
                    best = Some((key, found));
                }
            }
        }
        scored.extend(best);
        sort_by_key(&mut scored, |((score, extra, is_alias, group_start), _)| {
            Key::new()
                .then(score as u64, 8)
                .then(extra as u64, 8)
                .then(u64::from(is_alias), 1)
                .then(group_start as u64, 47)
                .get()
        });
        scored.into_iter().take(limit).map(|(_, f)| f).collect()
    }
}
