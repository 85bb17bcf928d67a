//! Deterministic generated graphs for benchmarks and property tests.
//!
//! A small xorshift generator keeps this free of dependencies and makes the
//! same seed give the same graph on every platform, so benchmark figures are
//! comparable between machines and between native and WebAssembly.

use std::collections::HashSet;

use super::format::{GraphDoc, Role, Skill, Track, Transition, FORMAT_V1};

/// A tiny deterministic pseudo-random generator (xorshift64*).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced by a fixed odd constant).
    pub fn new(seed: u64) -> Rng {
        Rng(if seed == 0 { 0x9E37_79B9_7F4A_7C15 } else { seed })
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Sizes of a generated graph.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    /// Number of roles.
    pub roles: usize,
    /// Number of transitions (at most roles × (roles − 1)).
    pub transitions: usize,
    /// Number of skills.
    pub skills: usize,
    /// Number of tracks.
    pub tracks: usize,
}

impl Sizes {
    /// The scale the explorer must handle: 1,000 roles, 20,000 transitions.
    pub const LARGE: Sizes = Sizes { roles: 1000, transitions: 20_000, skills: 120, tracks: 8 };
}

/// Generates a valid graph: every role has a track, a level and 3 skills;
/// every transition requires 1–3 skills, has a months range and 2 steps.
/// Moves mostly go up a level or sideways, as careers do.
pub fn generate(sizes: Sizes, seed: u64) -> GraphDoc {
    let mut rng = Rng::new(seed);
    let tracks: Vec<Track> = (0..sizes.tracks.max(1))
        .map(|i| Track { id: format!("track-{i}"), name: Some(format!("Track {i}")) })
        .collect();
    let skills: Vec<Skill> = (0..sizes.skills.max(1))
        .map(|i| Skill {
            id: format!("skill-{i}"),
            name: Some(format!("Skill {i}")),
            category: Some(format!("Category {}", i % 6)),
            description: None,
            learn: vec![format!("Take a course in skill {i}"), format!("Practise skill {i} on a project")],
            sources: Vec::new(),
        })
        .collect();
    let roles: Vec<Role> = (0..sizes.roles)
        .map(|i| Role {
            id: format!("role-{i}"),
            title: format!("Role {i}"),
            track: Some(tracks[rng.below(tracks.len())].id.clone()),
            level: Some(1 + rng.below(7) as u8),
            summary: Some(format!("Generated role number {i}.")),
            responsibilities: vec![format!("Do the work of role {i}")],
            skills: pick_distinct(&mut rng, &skills, 3),
            sources: Vec::new(),
            aliases: Vec::new(),
            tools: Vec::new(),
            preparation: None,
        })
        .collect();
    let max_edges = sizes.roles * sizes.roles.saturating_sub(1);
    let mut seen = HashSet::new();
    let mut transitions = Vec::new();
    while transitions.len() < sizes.transitions.min(max_edges) {
        let (a, b) = (rng.below(sizes.roles), rng.below(sizes.roles));
        if a == b || !seen.insert((a, b)) {
            continue;
        }
        let count = 1 + rng.below(3);
        let requires = pick_distinct(&mut rng, &skills, count);
        let lo = 3 + rng.below(12) as u32;
        transitions.push(Transition {
            from: roles[a].id.clone(),
            to: roles[b].id.clone(),
            requires,
            months: Some([lo, lo + rng.below(12) as u32]),
            steps: vec![format!("Shadow someone in role {b}"), format!("Take on a project from role {b}")],
            notes: None,
            closeness: Some(1 + rng.below(20) as u32),
            relation: None,
            sources: Vec::new(),
        });
    }
    GraphDoc {
        format: FORMAT_V1.to_owned(),
        title: Some(format!("Generated graph ({} roles, {} transitions)", sizes.roles, transitions.len())),
        description: None,
        sources: Vec::new(),
        tracks,
        levels: Vec::new(),
        relations: Vec::new(),
        skills,
        roles,
        transitions,
    }
}

/// Up to `n` distinct skill ids, in the order drawn.
fn pick_distinct(rng: &mut Rng, skills: &[Skill], n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for _ in 0..n {
        let id = &skills[rng.below(skills.len())].id;
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// Inputs that once froze the page while loading, for benchmarks and tests
/// (docs/performance.md has their figures).
pub mod hostile {
    use super::{generate, Sizes};

    /// `{"format":"switchback/1","roles":[1,1,…]}` with `n` numbers where
    /// roles should be: `n` problems. 100,000 items is 200 KB.
    pub fn wrong_items(n: usize) -> String {
        let mut out = String::with_capacity(40 + 2 * n);
        out.push_str("{\"format\":\"switchback/1\",\"roles\":[");
        for i in 0..n {
            out.push_str(if i == 0 { "1" } else { ",1" });
        }
        out.push_str("]}");
        out
    }

    /// `n` roles and `n` moves, each from a role to a role that does not
    /// exist: `n` unknown references, each with a near miss among `n` ids
    /// to search for a "did you mean". 20,000 is about 1.6 MB.
    pub fn unknown_references(n: usize) -> String {
        let mut out = String::from("{\"format\":\"switchback/1\",\"roles\":[");
        for i in 0..n {
            let sep = if i == 0 { "" } else { "," };
            out.push_str(&format!("{sep}{{\"id\":\"role-number-{i}\",\"title\":\"Role number {i}\"}}"));
        }
        out.push_str("],\"transitions\":[");
        for i in 0..n {
            let sep = if i == 0 { "" } else { "," };
            out.push_str(&format!("{sep}{{\"from\":\"role-number-{i}\",\"to\":\"missing-role-{i}\"}}"));
        }
        out.push_str("]}");
        out
    }

    /// A graph whose one role has an id of `len` characters (not allowed,
    /// and quoted in the problem about it).
    pub fn long_id(len: usize) -> String {
        format!("{{\"format\":\"switchback/1\",\"roles\":[{{\"id\":\"{}\",\"title\":\"Long\"}}]}}", "x".repeat(len))
    }

    /// A valid generated graph of about 19 MB: 24,000 roles and 76,000 moves.
    pub fn large_valid() -> String {
        let sizes = Sizes { roles: 24_000, transitions: 76_000, skills: 400, tracks: 12 };
        serde_json::to_string(&generate(sizes, 11)).expect("a generated graph serializes")
    }
}
