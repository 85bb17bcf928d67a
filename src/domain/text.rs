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

/// Reusable buffers for [`prefix_distance`], so a search allocates once per
/// query rather than once per word.
#[derive(Default)]
pub struct DistanceScratch {
    word: Vec<char>,
    rows: [Vec<usize>; 3],
}

/// The smallest [`edit_distance`] between `token` and the start of `word`
/// cut to the token's length, a letter shorter or a letter longer (so a typo
/// in a half-typed word still matches), if it is at most `tolerance`.
///
/// One table serves all three cuts (its last row holds the distance to every
/// prefix), and rows stop as soon as every entry exceeds the tolerance: a
/// row's minimum never decreases, so nothing later can come back under it.
pub fn prefix_distance(token: &[char], word: &str, tolerance: usize, scratch: &mut DistanceScratch) -> Option<usize> {
    let n = token.len();
    scratch.word.clear();
    scratch.word.extend(word.chars().take(n + 1));
    let (b, m) = (&scratch.word, scratch.word.len());
    let [prev2, prev, cur] = &mut scratch.rows;
    prev2.clear();
    prev2.resize(m + 1, 0);
    prev.clear();
    prev.extend(0..=m);
    cur.clear();
    cur.resize(m + 1, 0);
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = i;
        for j in 1..=m {
            let cost = usize::from(token[i - 1] != b[j - 1]);
            let mut best = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && token[i - 1] == b[j - 2] && token[i - 2] == b[j - 1] {
                best = best.min(prev2[j - 2] + 1);
            }
            cur[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > tolerance {
            return None;
        }
        std::mem::swap(prev2, prev);
        std::mem::swap(prev, cur);
    }
    let best = [n.saturating_sub(1), n, n + 1].into_iter().map(|len| prev[len.min(m)]).min().unwrap_or(usize::MAX);
    (best <= tolerance).then_some(best)
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

/// A months range for people: "6–18 months", "12 months", or "time not
/// given".
pub fn months_range(months: Option<[u32; 2]>) -> String {
    match months {
        Some([a, b]) if a == b => format!("{a} month{}", plural(a as usize)),
        Some([a, b]) => format!("{a}\u{2013}{b} months"),
        None => "time not given".to_owned(),
    }
}

/// A typical duration given in half-months (twice the sum of midpoints):
/// "9 months", "7.5 months", "about 2 years", "about 10.5 years". Written
/// with integers only, which keeps float formatting out of the WebAssembly.
pub fn typical_duration(half_months: u32) -> String {
    let months = half_months / 2;
    if half_months < 48 {
        let half = if half_months % 2 == 1 { ".5" } else { "" };
        return format!("{months}{half} month{}", if months == 1 && half.is_empty() { "" } else { "s" });
    }
    // Round to the nearest half year: half-years = round(half_months / 12).
    let half_years = (half_months + 6) / 12;
    let years = half_years / 2;
    let half = if half_years % 2 == 1 { ".5" } else { "" };
    format!("about {years}{half} years")
}

/// Splits a label into at most `lines` lines of at most `width` characters,
/// at spaces; a word longer than a line is cut, and text that does not fit
/// ends with "…". Used for the names drawn in graph nodes.
pub fn wrap_label(text: &str, width: usize, lines: usize) -> Vec<String> {
    let width = width.max(2);
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let word: String = if word.chars().count() > width {
            word.chars().take(width - 1).collect::<String>() + "\u{2026}"
        } else {
            word.to_owned()
        };
        let fits = out.last().is_some_and(|line| line.chars().count() + 1 + word.chars().count() <= width);
        if fits {
            let line = out.last_mut().expect("checked above");
            line.push(' ');
            line.push_str(&word);
        } else if out.len() == lines {
            // No room left: end the last line with an ellipsis.
            let last = out.last_mut().expect("lines > 0 when full");
            let keep: String = last.chars().take(width - 1).collect();
            *last = keep.trim_end().to_owned() + "\u{2026}";
            return out;
        } else {
            out.push(word);
        }
    }
    out
}

/// The text with its first letter in upper case ("the file a.json" → "The
/// file a.json"), for a message that starts with a description.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}
