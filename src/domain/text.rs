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
///
/// Options whose length alone rules them out are skipped, and the distance
/// stops as soon as it exceeds the limit, so a five-megabyte word costs one
/// pass over it, not a table the size of the word times each option.
pub fn closest<'a>(word: &str, options: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word: Vec<char> = word.chars().collect();
    let limit = (word.len() / 3).max(1);
    let (mut scratch, mut unlimited) = (Vec::new(), usize::MAX);
    let mut best: Option<(usize, &'a str)> = None;
    for option in options {
        if best.is_some_and(|(d, _)| d == 0) {
            break;
        }
        let within = best.map_or(limit, |(d, _)| d - 1);
        // An option has between a quarter of its bytes and all of them as
        // characters: rule out by length before counting them.
        if option.len().saturating_add(within) < word.len() || option.len() / 4 > word.len().saturating_add(within) {
            continue;
        }
        if let Some(d) = bounded_distance(&word, option, within, &mut scratch, &mut unlimited) {
            best = Some((d, option));
        }
    }
    best.map(|(_, o)| o)
}

/// The [`edit_distance`] between `a` and `b` if it is at most `limit`.
/// Rows stop early once every entry exceeds the limit, and each row cell
/// computed is taken from `budget`; when the budget runs out the answer is
/// `None`.
fn bounded_distance(a: &[char], b: &str, limit: usize, scratch: &mut Vec<char>, budget: &mut usize) -> Option<usize> {
    scratch.clear();
    scratch.extend(b.chars());
    let b = &scratch[..];
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        let cells = b.len() + 1;
        if *budget < cells {
            *budget = 0;
            return None;
        }
        *budget -= cells;
        cur[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(prev2[j - 2] + 1);
            }
            cur[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= limit).then_some(d)
}

/// Counts of each id character (`a`–`z`, `0`–`9`, `-`, anything else), for
/// a cheap lower bound on the edit distance: one edit changes at most two
/// counts by one each, so the distance is at least half the difference.
fn letter_counts(word: &str) -> [u8; 38] {
    let mut counts = [0u8; 38];
    for c in word.chars() {
        let slot = match c {
            'a'..='z' => c as usize - 'a' as usize,
            '0'..='9' => 26 + (c as usize - '0' as usize),
            '-' => 36,
            _ => 37,
        };
        counts[slot] = counts[slot].saturating_add(1);
    }
    counts
}

/// How much work a [`Suggester`] may do in all, in distance-table cells
/// (looking at a word costs [`SCAN_COST`]): enough for a hint on each of
/// the 200 listed problems in a graph of 1,500 ids, and a fixed bound on
/// the time a hostile file (thousands of unknown references against
/// thousands of ids) can spend on hints; later problems go without.
pub const SUGGESTION_BUDGET: usize = 1_500_000;

/// The budget one look at a word costs (comparing its letter counts).
const SCAN_COST: usize = 4;

/// "Did you mean" over a fixed list of words (a graph's ids), for many
/// look-ups: each word's length and letter counts are computed once, most
/// words are ruled out by those alone, and the work done in all is capped
/// by [`SUGGESTION_BUDGET`], after which no more hints are given.
/// The answers are those of [`closest`] while the budget lasts.
pub struct Suggester<'a> {
    words: Vec<(&'a str, usize, [u8; 38])>,
    budget: usize,
    scratch: Vec<char>,
}

impl<'a> Suggester<'a> {
    /// Indexes the words, in order (ties go to the earliest).
    pub fn new(words: impl IntoIterator<Item = &'a str>) -> Self {
        let words = words.into_iter().map(|w| (w, w.chars().count(), letter_counts(w))).collect();
        Suggester { words, budget: SUGGESTION_BUDGET, scratch: Vec::new() }
    }

    /// The closest word to `word` within the typo limit, as [`closest`].
    pub fn closest(&mut self, word: &str) -> Option<&'a str> {
        if self.budget == 0 || word.len() > 4 * MAX_ID_LEN {
            // Ids have at most 64 characters: a word this long is no typo of one.
            return None;
        }
        let chars: Vec<char> = word.chars().collect();
        let limit = (chars.len() / 3).max(1);
        let counts = letter_counts(word);
        let mut best: Option<(usize, &'a str)> = None;
        for &(option, len, ref option_counts) in &self.words {
            // Looking at a word at all costs a little of the budget, so a
            // list of hundreds of thousands of ids cannot be scanned for
            // every problem either.
            if self.budget < SCAN_COST {
                self.budget = 0;
                return None;
            }
            self.budget -= SCAN_COST;
            if best.is_some_and(|(d, _)| d == 0) {
                break;
            }
            let within = best.map_or(limit, |(d, _)| d - 1);
            if len.abs_diff(chars.len()) > within {
                continue;
            }
            let spread: usize = counts.iter().zip(option_counts).map(|(a, b)| usize::from(a.abs_diff(*b))).sum();
            if spread.div_ceil(2) > within {
                continue;
            }
            if let Some(d) = bounded_distance(&chars, option, within, &mut self.scratch, &mut self.budget) {
                best = Some((d, option));
            }
            if self.budget == 0 {
                return None;
            }
        }
        best.map(|(_, o)| o)
    }
}

/// How many characters of a value a message quotes.
pub const QUOTE_CHARS: usize = 60;

/// True for the invisible characters that change the direction of the text
/// around them (embeddings, overrides, isolates and marks).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A value from a file quoted for a message: in double quotes, at most
/// [`QUOTE_CHARS`] characters (a longer one ends with "…" and says how long
/// it was), with control and direction characters written as `\u{1b}` so
/// that they can neither hide the text, reorder the message nor reach a
/// terminal.
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len().min(4 * QUOTE_CHARS) + 2);
    out.push('"');
    match shown(value, &mut out) {
        Some(total) => out.push_str(&format!("\u{2026}\" ({} characters)", thousands(total))),
        None => out.push('"'),
    }
    out
}

/// A value named in a message without quotes (a host, an address already
/// quoted once): at most [`QUOTE_CHARS`] characters, then "…", with control
/// and direction characters escaped as in [`quote`].
pub fn brief(value: &str) -> String {
    let mut out = String::with_capacity(value.len().min(4 * QUOTE_CHARS));
    if shown(value, &mut out).is_some() {
        out.push('\u{2026}');
    }
    out
}

/// Writes the first [`QUOTE_CHARS`] characters of `value`, escaped; the
/// total count when it was cut.
fn shown(value: &str, out: &mut String) -> Option<usize> {
    for (count, c) in value.chars().enumerate() {
        if count == QUOTE_CHARS {
            return Some(value.chars().count());
        }
        push_escaped(out, c);
    }
    None
}

fn push_escaped(out: &mut String, c: char) {
    if c.is_control() || is_bidi_control(c) {
        out.push_str(&format!("\\u{{{:x}}}", c as u32));
    } else {
        out.push(c);
    }
}

/// Text with control characters (terminal escape sequences among them) and
/// direction characters written as `\u{1b}`, line breaks kept: for printing
/// what a file says to a terminal or a CI log.
pub fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' {
            out.push(c);
        } else {
            push_escaped(&mut out, c);
        }
    }
    out
}

/// True for a character of a right-to-left script (Hebrew, Arabic, Syriac,
/// Thaana, N'Ko and their presentation forms, among others).
fn is_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08ff | 0xfb1d..=0xfdff | 0xfe70..=0xfeff | 0x10800..=0x10fff | 0x1e800..=0x1efff)
}

/// Graph text made safe to place among other text: direction controls
/// (overrides, embeddings, isolates, marks) removed, so a title cannot
/// reorder what follows it, and text with right-to-left letters wrapped in
/// first-strong isolates (U+2068 … U+2069), so it keeps its own direction
/// without turning the arrow or the next title around. For exports; the page
/// uses `<bdi>`.
pub fn isolate_bidi(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !is_bidi_control(*c)).collect();
    if clean.chars().any(is_rtl) {
        format!("\u{2068}{clean}\u{2069}")
    } else {
        clean
    }
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeProblem {
    /// Not UTF-8 (nor UTF-16 with a byte-order mark).
    NotText,
    /// UTF-16 (it has a UTF-16 byte-order mark) but broken.
    BrokenUtf16,
}

impl std::fmt::Display for DecodeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeProblem::NotText => f.write_str(
                "it is not UTF-8 text (a graph is JSON or CSV saved as UTF-8; in a spreadsheet, choose \"CSV UTF-8\")",
            ),
            DecodeProblem::BrokenUtf16 => f.write_str(
                "it starts like UTF-16 text (a UTF-16 byte-order mark) but is not valid UTF-16; save it as UTF-8",
            ),
        }
    }
}

/// Bytes of a file as text, the way the app reads them: UTF-8, without a
/// leading byte-order mark; or UTF-16 (little- or big-endian) when the file
/// starts with a UTF-16 byte-order mark, as some editors save.
///
/// # Errors
/// Why the bytes are not text.
pub fn decode_text(bytes: &[u8]) -> Result<String, DecodeProblem> {
    let utf16 = |rest: &[u8], little: bool| -> Result<String, DecodeProblem> {
        if rest.len() % 2 == 1 {
            return Err(DecodeProblem::BrokenUtf16);
        }
        let units = rest.chunks_exact(2).map(|p| {
            if little {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units).collect::<Result<String, _>>().map_err(|_| DecodeProblem::BrokenUtf16)
    };
    match bytes {
        [0xef, 0xbb, 0xbf, rest @ ..] => {
            std::str::from_utf8(rest).map(str::to_owned).map_err(|_| DecodeProblem::NotText)
        }
        [0xff, 0xfe, rest @ ..] => utf16(rest, true),
        [0xfe, 0xff, rest @ ..] => utf16(rest, false),
        _ => std::str::from_utf8(bytes).map(str::to_owned).map_err(|_| DecodeProblem::NotText),
    }
}

/// "a" or "an" before `word`, by its first letter ("an Operations
/// Engineer", "a Product Manager"); a spelling rule, which is right for the
/// titles people write far more often than it is wrong ("a User
/// Researcher" would read "an").
pub fn article(word: &str) -> &'static str {
    match word.trim_start().chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
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

/// A months range for people, in years once it reaches two years: "6–18
/// months", "4–6 years", "8.5–10 years" (to the nearest half year).
pub fn time_range(months: Option<[u32; 2]>) -> String {
    match months {
        Some([a, b]) if b >= 24 => {
            let years = |m: u32| {
                let halves = (m + 3) / 6;
                format!("{}{}", halves / 2, if halves % 2 == 1 { ".5" } else { "" })
            };
            let (x, y) = (years(a), years(b));
            if x == y {
                format!("about {x} years")
            } else {
                format!("{x}\u{2013}{y} years")
            }
        }
        other => months_range(other),
    }
}

/// A typical duration given in half-months (twice the sum of midpoints):
/// "9 months", "7.5 months", "about 2 years", "about 10.5 years". Written
/// with integers only, which keeps float formatting out of the WebAssembly.
///
/// Written without additions that could overflow: a total that saturated at
/// `u32::MAX` reads as the huge number it is, never as "about 0 years".
pub fn typical_duration(half_months: u32) -> String {
    let months = half_months / 2;
    if half_months < 48 {
        let half = if half_months % 2 == 1 { ".5" } else { "" };
        return format!("{months}{half} month{}", if months == 1 && half.is_empty() { "" } else { "s" });
    }
    // Round to the nearest half year: half-years = round(half_months / 12).
    let half_years = half_months / 12 + u32::from(half_months % 12 >= 6);
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
            // No room left: end the last line with an ellipsis after its
            // last whole word that leaves room for it (a word cut in two
            // reads as another word, and the label would no longer be a part
            // of the role's name), cutting inside a word only when it is the
            // line's only word.
            let last = out.last_mut().expect("lines > 0 when full");
            while last.chars().count() + 1 > width {
                match last.rfind(' ') {
                    Some(space) => last.truncate(space),
                    None => *last = last.chars().take(width - 1).collect(),
                }
            }
            *last = last.trim_end().to_owned() + "\u{2026}";
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

/// A number with thousands separators: `100,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
