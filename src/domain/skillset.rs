//! A set of skills as a bitset over skill indices.
//!
//! Path planning unions and counts skill sets in its inner loop; a bitset
//! makes both a handful of word operations, where a `BTreeSet<String>` would
//! allocate.

use super::indices::SkillIx;

/// A set of skill indices of one graph.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SkillSet {
    words: Vec<u64>,
}

impl SkillSet {
    /// The empty set.
    pub fn new() -> Self {
        SkillSet::default()
    }

    /// Builds a set from indices.
    pub fn from_indices(indices: impl IntoIterator<Item = SkillIx>) -> Self {
        let mut set = SkillSet::new();
        for ix in indices {
            set.insert(ix);
        }
        set
    }

    /// Adds a skill; returns true if it was not there.
    pub fn insert(&mut self, ix: SkillIx) -> bool {
        let (w, bit) = (ix.index() / 64, ix.index() % 64);
        if self.words.len() <= w {
            self.words.resize(w + 1, 0);
        }
        let had = self.words[w] & (1 << bit) != 0;
        self.words[w] |= 1 << bit;
        !had
    }

    /// Removes a skill; returns true if it was there.
    pub fn remove(&mut self, ix: SkillIx) -> bool {
        let (w, bit) = (ix.index() / 64, ix.index() % 64);
        match self.words.get_mut(w) {
            Some(word) if *word & (1 << bit) != 0 => {
                *word &= !(1 << bit);
                self.trim();
                true
            }
            _ => false,
        }
    }

    /// Whether the skill is in the set.
    pub fn contains(&self, ix: SkillIx) -> bool {
        let (w, bit) = (ix.index() / 64, ix.index() % 64);
        self.words.get(w).is_some_and(|word| word & (1 << bit) != 0)
    }

    /// Number of skills in the set.
    pub fn len(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    /// Adds every skill of `other`.
    pub fn union_with(&mut self, other: &SkillSet) {
        if self.words.len() < other.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= *b;
        }
    }

    /// The skills in `self` that are not in `other`.
    pub fn difference(&self, other: &SkillSet) -> SkillSet {
        let mut out = self.clone();
        for (a, b) in out.words.iter_mut().zip(&other.words) {
            *a &= !*b;
        }
        out.trim();
        out
    }

    /// Number of skills in `self` that are not in `other`, without allocating.
    pub fn count_difference(&self, other: &SkillSet) -> usize {
        self.words
            .iter()
            .enumerate()
            .map(|(i, a)| (a & !other.words.get(i).copied().unwrap_or(0)).count_ones() as usize)
            .sum()
    }

    /// The indices in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = SkillIx> + '_ {
        self.words.iter().enumerate().flat_map(|(w, word)| {
            (0..64).filter(move |bit| word & (1 << bit) != 0).map(move |bit| SkillIx::new(w * 64 + bit))
        })
    }

    /// Keeps equal sets equal: no trailing zero words.
    fn trim(&mut self) {
        while self.words.last() == Some(&0) {
            self.words.pop();
        }
    }
}
