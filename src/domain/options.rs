//! Page options, from the query part of the page address (before the `#`).
//!
//! These are how an embed (or any link) sets Switchback up:
//!
//! ```text
//! index.html?embed=1&theme=dark&graph=https://example.org/careers.json
//!           &role=tpm&from=ops-engineer&to=product-manager&rank=skills
//!           &id=sb1&parent=https://blog.example.org&inline=1
//!           &view=graph|path|app&slot=/blog/post.html%231
//! ```
//!
//! Parsing is strict about what could be dangerous (a graph address must be
//! http(s) or a relative path; a parent must be a bare http(s) origin) and
//! lenient about the rest (unknown keys are ignored).

use super::paths::Ranking;
use super::progress::Theme;
use super::route::{PlanQuery, Route, Selection};
use super::text::is_valid_id;

/// What the page address asked for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageOptions {
    /// Compact chrome for an iframe in someone else's page.
    pub embed: bool,
    /// The embed's id, echoed in messages to the parent page.
    pub id: Option<String>,
    /// The origin of the page embedding this one; messages go only there and
    /// are accepted only from there.
    pub parent: Option<String>,
    /// The theme the page asked for.
    pub theme: Option<Theme>,
    /// A graph to load instead of the built-in one (as written: resolve it
    /// against the page's address with [`super::address::resolve`]).
    pub graph: Option<String>,
    /// The `graph=` address leads to the O*NET atlas next to the app (its
    /// file, [`super::library::ATLAS_FILE`], however written): it is read
    /// from its checked copy, as when picked.
    pub graph_is_atlas: bool,
    /// A `graph=` address that was refused, with why, so the page can say
    /// so instead of silently showing the built-in graph.
    pub graph_refused: Option<super::address::Refused>,
    /// The parent page will send the graph by message.
    pub inline: bool,
    /// The view to open when the address has no hash.
    pub initial: Option<Route>,
    /// How long to wait for a graph from a URL, in milliseconds (for tests
    /// and very slow connections; the default is 30 seconds).
    pub timeout_ms: Option<u32>,
    /// What an embed shows.
    pub view: EmbedView,
    /// Where an embed sits: its page's path and its place on the page
    /// (`/blog/post.html#2`), so its progress is its own and survives a
    /// reload.
    pub slot: Option<String>,
}

/// What an embed shows (`data-view`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmbedView {
    /// The graph with a card for the open role or the plan: compact, for a
    /// blog post.
    #[default]
    Graph,
    /// The chosen path's plan: timeline, skills and checklist.
    Path,
    /// Everything, as the full app.
    App,
}

impl EmbedView {
    /// Parses `graph`, `path` or `app`.
    pub fn parse(s: &str) -> Option<EmbedView> {
        match s {
            "graph" => Some(EmbedView::Graph),
            "path" => Some(EmbedView::Path),
            "app" => Some(EmbedView::App),
            _ => None,
        }
    }
}

/// The page's query (`?embed=1&graph=…`, or empty) with its `graph=` set
/// to `graph` (or taken out when `None`), every other pair kept as it was:
/// the address names the graph shown, so a copied link opens it.
pub fn with_graph(query: &str, graph: Option<&str>) -> String {
    let mut pairs: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some("graph"))
        .map(str::to_owned)
        .collect();
    if let Some(graph) = graph {
        pairs.push(format!("graph={}", percent_encode(graph)));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// `text` with everything but letters, digits and `-._~:/@!$'()*,;`
/// written as `%XX` (UTF-8): what [`percent_decode`] reads back.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:/@!$'()*,;".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (as a space); invalid escapes are kept.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The address `is_fetchable` resolves against when the page's own is not
/// at hand: a stand-in origin, so a relative path counts as same-origin and
/// anything that leaves it must be written as an absolute http(s) address.
pub const STAND_IN_BASE: &str = "https://switchback.invalid/app/index.html";

/// True for an address a graph may be fetched from: an absolute http(s)
/// URL, or a path that stays on the page's origin; see
/// [`super::address::resolve`], the rule itself, which also gives the
/// absolute URL to fetch and, for a refused address, the message.
pub fn is_fetchable(url: &str) -> bool {
    super::address::is_allowed(url, STAND_IN_BASE)
}

/// True for a bare origin such as `https://blog.example.org:8080`.
pub fn is_origin(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|host| {
        !host.is_empty() && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
    })
}

fn id_value(v: &str) -> Option<String> {
    is_valid_id(v).then(|| v.to_owned())
}

impl PageOptions {
    /// Parses a query such as `?embed=1&theme=dark` (the `?` is optional),
    /// judging a `graph=` address as if the page were at [`STAND_IN_BASE`].
    pub fn parse(query: &str) -> PageOptions {
        PageOptions::parse_at(query, STAND_IN_BASE)
    }

    /// Parses the query of the page at `base` (its full address): a
    /// `graph=` address is judged against where the page really is, so an
    /// `http://` graph is allowed on an `http://` page.
    pub fn parse_at(query: &str, base: &str) -> PageOptions {
        let mut o = PageOptions::default();
        let (mut role, mut plan) = (None, PlanQuery::default());
        let mut has_plan = false;
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            match key {
                "embed" => o.embed = value != "0",
                "inline" => o.inline = value != "0",
                "id" => {
                    o.id = Some(value.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect())
                }
                "parent" if is_origin(&value) => o.parent = Some(value.trim_end_matches('/').to_owned()),
                "theme" => o.theme = Theme::parse(&value),
                "graph" => match super::address::resolve(&value, base) {
                    Ok(graph) => {
                        let atlas = super::address::resolve(super::library::ATLAS_FILE, base);
                        o.graph_is_atlas = atlas.is_ok_and(|atlas| atlas.url == graph.url);
                        o.graph = Some(value);
                    }
                    Err(refused) => o.graph_refused = Some(refused),
                },
                "view" => o.view = EmbedView::parse(&value).unwrap_or_default(),
                "slot" => {
                    let slot: String = value
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.' | '#'))
                        .take(200)
                        .collect();
                    o.slot = (!slot.is_empty()).then_some(slot);
                }
                "timeout" => o.timeout_ms = value.parse::<u32>().ok().filter(|ms| (100..=600_000).contains(ms)),
                "role" => role = id_value(&value),
                "from" => {
                    plan.from = id_value(&value);
                    has_plan = true;
                }
                "to" => {
                    plan.to = id_value(&value);
                    has_plan = true;
                }
                "rank" => {
                    plan.ranking = Ranking::parse(&value).unwrap_or_default();
                    has_plan = true;
                }
                _ => {}
            }
        }
        if role.is_some() || has_plan {
            o.initial = Some(Route {
                selection: role.map_or(Selection::None, Selection::Role),
                plan: has_plan.then_some(plan),
                ..Route::default()
            });
        }
        o
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The one-line-loader snippet for a view: a placeholder whose `data-`
/// attributes say what to open, and the `embed.js` script next to the app.
pub fn loader_snippet(folder: &str, route: &Route, graph: Option<&str>) -> String {
    let mut data = String::new();
    // embed.js reads a relative address against the blog's page: give it
    // the app's.
    if let Some(graph) = graph {
        let absolute = graph.starts_with("https://") || graph.starts_with("http://");
        let graph = if absolute { graph.to_owned() } else { format!("{folder}{graph}") };
        data.push_str(&format!(" data-graph=\"{}\"", attr(&graph)));
    }
    if let Selection::Role(id) = &route.selection {
        data.push_str(&format!(" data-role=\"{}\"", attr(id)));
    }
    if let Some(plan) = &route.plan {
        if let Some(from) = &plan.from {
            data.push_str(&format!(" data-from=\"{}\"", attr(from)));
        }
        if let Some(to) = &plan.to {
            data.push_str(&format!(" data-to=\"{}\"", attr(to)));
        }
        if plan.ranking != Ranking::default() {
            data.push_str(&format!(" data-rank=\"{}\"", plan.ranking.as_str()));
        }
    }
    format!("<div data-switchback{data}></div>\n<script src=\"{}embed.js\" async></script>", attr(folder))
}

/// The plain-iframe snippet for a view.
pub fn iframe_snippet(folder: &str, route: &Route, graph: Option<&str>) -> String {
    let graph = graph.map(|g| format!("&graph={}", percent_encode(g))).unwrap_or_default();
    format!(
        "<iframe src=\"{}index.html?embed=1{}{}\" title=\"Switchback career explorer\" loading=\"lazy\" style=\"width:100%;height:760px;border:0\"></iframe>",
        attr(folder),
        attr(&graph),
        attr(&route.to_hash())
    )
}
