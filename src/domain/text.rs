//! Small text helpers shared by validation and search: id syntax, edit
//! distance for "did you mean" hints, and plurals.

/// Maximum length of an id.
pub const MAX_ID_LEN: usize = 64;

/// True when `id` matches `^[a-z0-9][a-z0-9-]{0,63}$`.
///
/// Written by hand rather than with `regex`: the pattern is trivial and the
/// regex crate would add well over 100 KB to the WebAssembly.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    let body_ok = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-';
    !bytes.is_empty()
        && bytes.len() <= MAX_ID_LEN
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes.iter().all(body_ok)
}

/// Suggests a valid id for an invalid one (lowercase, runs of other
/// characters turned into `-`), for error messages.
pub fn suggest_id(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.trim().chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    trimmed.chars().take(MAX_ID_LEN).collect()
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps),
/// on characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(prev2[j - 2] + 1);
            }
            cur[j] = best;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The option closest to `word` by edit distance, if it is close enough to
/// be a plausible typo (at most a third of the word's length, and at least 1).
/// Ties go to the earliest option.
pub fn closest<'a>(word: &str, options: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    let mut best: Option<(usize, &'a str)> = None;
    for option in options {
        let d = edit_distance(word, option);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, option));
        }
    }
    best.map(|(_, o)| o)
}

/// `"s"` unless `n` is one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
