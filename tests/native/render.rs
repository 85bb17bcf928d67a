//! Render tests: the whole explorer shell rendered to HTML natively with
//! yew's server renderer, for representative states.

use std::rc::Rc;

use switchback::domain::drawing::Drawing;
use switchback::domain::graph::Graph;
use switchback::domain::paths::Ranking;
use switchback::domain::route::{Route, Selection, ViewMode};
use switchback::domain::state::{Action, ExplorerState, Theme};
use switchback::domain::synthetic::{generate, Sizes};
use switchback::domain::validate::{load_doc, load_json};
use switchback::ui::context::Page;
use switchback::ui::model::ExplorerStart;
use switchback::ui::{Explorer, GraphRef, Shared};
use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::support::builtin;

/// Props for [`InPage`].
#[derive(Properties, PartialEq)]
struct InPageProps {
    page: Page,
    graph: GraphRef,
    start: Shared<ExplorerStart>,
}

/// An explorer in a page (embedded or not, from a file or not).
#[component]
fn InPage(props: &InPageProps) -> Html {
    html! {
        <ContextProvider<Page> context={props.page.clone()}>
            <Explorer graph={props.graph.clone()} storage_key="builtin" start={props.start.clone()} />
        </ContextProvider<Page>>
    }
}

/// How the page was opened.
#[derive(Clone, Copy, Default)]
struct Opened {
    embed: bool,
    local_file: bool,
}

/// Renders the explorer on `graph` in the state reached by `actions`.
pub async fn render_with(graph: Graph, actions: Vec<Action>) -> String {
    render_page(graph, actions, Opened::default()).await
}

/// The page as a person reads it: graph text sits in `<bdi>` isolates
/// (see `graph_text_is_isolated_from_the_arrows_and_words_around_it`),
/// taken out here so the other tests read the words as shown.
async fn render_page(graph: Graph, actions: Vec<Action>, opened: Opened) -> String {
    render_raw(graph, actions, opened).await.replace("<bdi>", "").replace("</bdi>", "")
}

/// The page's HTML as rendered.
async fn render_raw(graph: Graph, actions: Vec<Action>, opened: Opened) -> String {
    let state = actions.into_iter().fold(ExplorerState::new(), |s, a| s.apply(a));
    let props = InPageProps {
        page: Page {
            embed: opened.embed,
            local_file: opened.local_file,
            folder: "https://example.org/careers/".into(),
            ..Page::default()
        },
        graph: GraphRef::new(graph),
        start: Shared::new(ExplorerStart { state, ..ExplorerStart::default() }),
    };
    LocalServerRenderer::<InPage>::with_props(props).hydratable(false).render().await
}

async fn render(actions: Vec<Action>) -> String {
    render_with(builtin(), actions).await
}

fn at(hash: &str) -> Action {
    Action::Navigate(Route::parse(hash))
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn home_draws_every_role_in_its_lane() {
    let html = render(vec![]).await;
    assert_eq!(count(&html, "<a id=\"sb-node-"), 22, "one node per role");
    // Five lanes drawn; only the names of those in the first view (a
    // laptop's frame, at the drawing's foot) are written, whole.
    assert_eq!(count(&html, "<rect x="), 5 + 22, "five lanes, 22 roles");
    for lane in ["Engineering", "Program management"] {
        assert!(html.contains(&format!(">{lane}</text>")), "lane {lane}");
    }
    for lane in ["Product", "Marketing", "People leadership"] {
        assert!(!html.contains(&format!(">{lane}</text>")), "lane {lane} is out of view");
    }
    assert_eq!(count(&html, "marker-end="), 39, "one arrow per move");
    assert!(html.contains(r##"href="#/role/ops-engineer""##), "nodes are links");
    assert_eq!(count(&html, "tabindex=\"0\""), 1, "one tab stop in the graph");
    assert_eq!(count(&html, "class=\"sb-edge-link"), 39, "every arrow opens its move");
    assert!(html.contains("Choose a role on the graph"), "the sheet says how to start");
    assert!(html.contains(">Skip to the graph</button>") && html.contains(">Skip to the plan</button>"));
    assert!(
        !html.contains("sb-node is-dim") && !html.contains("sb-edge is-dim"),
        "nothing is dimmed when nothing is open"
    );
}

#[tokio::test]
async fn a_role_panel_shows_skills_moves_and_highlights_the_neighbourhood() {
    let html = render(vec![at("#/role/tpm"), Action::ToggleSkill("program-management".into())]).await;
    assert!(html.contains(r#"<h2 id="sb-panel-title" tabindex="-1">Technical Program Manager</h2>"#));
    assert!(html.contains("Program management · Level 4 of 7"));
    assert!(html.contains("You have 1 of 5."));
    assert!(html.contains("you have</span>") && html.contains("to learn</span>"));
    assert!(html.contains("Where people go next") && html.contains("Where people come from"));
    assert!(html.contains(r##"href="#/move/tpm/security-tpm""##), "an outgoing move opens its panel");
    assert!(html.contains("skills to learn · 6–12 months"));
    assert!(html.contains("sb-node is-selected"), "the role is emphasised on the graph");
    assert!(html.contains("is-related"), "and its neighbours");
    assert!(html.contains("is-dim"), "others step back");
}

#[tokio::test]
async fn a_move_panel_shows_required_skills_steps_and_sources() {
    let html = render(vec![at("#/move/marketing-specialist/technical-marketing-manager")]).await;
    assert!(html.contains("Marketing Specialist → Technical Marketing Manager"));
    assert!(html.contains("Typical time: 6–18 months"));
    assert!(html.contains("Skills this move needs") && html.contains("You have 0 of 3."));
    assert!(html.contains("Suggested steps"));
    assert!(html.contains("Be honest about how technical you want to become"));
    assert!(html.contains("<h3>Notes</h3>"));
    assert!(html.contains("Morphing your marketing career into a technical marketing career"));
}

#[tokio::test]
async fn a_skill_panel_lists_roles_and_moves() {
    let html = render(vec![at("#/skill/roadmapping")]).await;
    assert!(html.contains(">Roadmapping</h2>"));
    assert!(html.contains("How to learn it"));
    assert!(html.contains("Roles that use it") && html.contains(r##"href="#/role/product-manager""##));
    assert!(html.contains("Moves that require it") && html.contains(r##"href="#/move/tpm/product-manager""##));
}

#[tokio::test]
async fn a_plan_lists_ranked_alternatives_beside_the_graph() {
    let html = render(vec![at("#/?from=ops-engineer&to=chief-product-officer&rank=skills&alt=1")]).await;
    assert!(html.contains("3 paths from Operations Engineer to Chief Product Officer, ranked by fewest new skills."));
    assert!(html.contains(">From Operations Engineer to Chief Product Officer</h2>"), "the paths are in the sheet");
    assert_eq!(count(&html, "class=\"sb-alternative"), 4, "the list and its 3 paths");
    assert_eq!(count(&html, "aria-pressed=\"true\""), 2, "the chosen path and the Graph view button");
    assert!(html.contains("Path 1: 5 moves · 11 new skills · about 11 years"));
    assert!(html.contains(">Open the plan</button>"));
    assert!(html.contains("Show more paths"));
    assert!(html.contains(">Paths (3)</button>"));
    assert!(count(&html, "sb-edge is-path") >= 5, "the path is drawn on the graph");
    assert_eq!(
        count(&html, "marker-end=\"url(#sb-arrow-path)\""),
        count(&html, "sb-edge is-path"),
        "arrowheads match their lines"
    );
}

#[tokio::test]
async fn the_plan_view_has_a_timeline_skills_and_the_checklist() {
    let html = render(vec![at("#/?from=ops-engineer&to=chief-product-officer&rank=skills&alt=1&view=plan")]).await;
    assert!(!html.contains("<svg class=\"sb-svg\""), "the plan takes the graph's place");
    assert!(html.contains("Your plan: Operations Engineer → Chief Product Officer</h2>"));
    assert!(html.contains("5 moves · "), "its summary");
    assert!(html.contains("Timeline: 5 moves, "));
    assert_eq!(count(&html, "class=\"sb-leg\""), 5, "one row per move");
    assert_eq!(count(&html, "class=\"sb-leg-typical\""), 5, "each drawn as a bar");
    assert!(html.contains("Skills to learn: "));
    assert!(html.contains(" of ") && html.contains("steps done"));
    assert!(html.contains("type=\"checkbox\" id=\"sb-step-0\""));
    assert!(
        html.contains("Copy plan as Markdown") && html.contains("Print plan") && html.contains("Back to the graph")
    );
}

#[tokio::test]
async fn ticked_steps_and_skills_count() {
    let first_step = "move:ops-engineer>tpm:0";
    let html = render(vec![
        at("#/?from=ops-engineer&to=chief-product-officer&alt=1&view=plan"),
        Action::ToggleStep(first_step.into()),
        Action::SetSkills(vec!["program-management".into(), "influence".into()], true),
    ])
    .await;
    assert!(html.contains("1 of "), "one step done");
    assert!(html.contains(r#"checked"#));
    assert!(
        html.contains("Your skills:\u{a0}</span><span class=\"sb-short\">Skills\u{a0}</span>2 of 45"),
        "the skills summary counts 2"
    );
}

#[tokio::test]
async fn no_path_offers_the_closest_reachable_roles() {
    let html =
        render(vec![Action::SetFrom(Some("product-manager".into())), Action::SetTo(Some("build-engineer".into()))])
            .await;
    assert!(html.contains("There is no path from Product Manager to Build Engineer in this graph."));
    assert!(html.contains("The closest roles you can reach:"));
    assert!(html.contains("Aim for this"));
}

#[tokio::test]
async fn a_plan_naming_roles_this_graph_lacks_says_so() {
    let html = render(vec![at("#/?from=29-1141-00&to=product-manager")]).await;
    assert!(
        html.contains("This graph has no role \u{201c}29-1141-00\u{201d} (where you are): the address may have been made on another graph."),
        "{}",
        &html[html.find("sb-paths").unwrap_or(0)..][..600.min(html.len())]
    );
    let html = render(vec![at("#/?from=29-1141-00&to=11-9111-00")]).await;
    assert!(html
        .contains("\u{201c}29-1141-00\u{201d} (where you are) nor \u{201c}11-9111-00\u{201d} (where you want to go)"));
    // Roles it has: the question as before.
    let html = render(vec![at("#/?from=tpm")]).await;
    assert!(!html.contains("This graph has no role") && html.contains("Say where you are and where you want to go"));
}

#[tokio::test]
async fn same_role_says_so() {
    let html = render(vec![Action::SetFrom(Some("tpm".into())), Action::SetTo(Some("tpm".into()))]).await;
    assert!(html.contains("You are already a Technical Program Manager"));
}

#[tokio::test]
async fn the_outline_lists_tracks_roles_and_moves() {
    let html = render(vec![Action::SetView(ViewMode::Outline), Action::Open(Selection::Role("tpm".into()))]).await;
    assert!(!html.contains("<svg"), "no drawing in the outline");
    assert!(html.contains("22 roles in 5 tracks, 39 moves."));
    assert!(html.contains("<h3>Program management</h3>"));
    assert!(html.contains(r#"aria-current="page">Technical Program Manager</a>"#));
    // Links read in the outline, and in the panel beside it, keep the
    // outline (an address naming no view is the graph's).
    assert!(
        html.contains(r##"href="#/move/build-engineer/ops-engineer?view=outline""##),
        "moves are listed under roles"
    );
    assert!(html.contains(r##"href="#/role/tpm?view=outline""##));
    assert!(html.contains(r##"href="#/move/tpm/security-tpm?view=outline""##), "the panel's moves");
    assert!(html.contains(r##"href="#/skill/"##) && !html.contains(r##"href="#/move/tpm/security-tpm""##));
    // On the graph, the same links name no view.
    let html = render(vec![Action::Open(Selection::Role("tpm".into()))]).await;
    assert!(html.contains(r##"href="#/move/tpm/security-tpm""##) && !html.contains("?view=outline"));
}

#[tokio::test]
async fn themes_are_set_on_the_root() {
    assert!(!render(vec![]).await.contains("data-theme"), "auto follows the system");
    assert!(render(vec![Action::SetTheme(Theme::Dark)]).await.contains(r#"data-theme="dark""#));
    assert!(render(vec![Action::SetTheme(Theme::Light)]).await.contains("Theme: light"));
}

#[tokio::test]
async fn large_graphs_draw_a_neighbourhood() {
    let large = || load_doc(generate(Sizes::LARGE, 7)).expect("valid").graph;
    let html = render_with(large(), vec![]).await;
    assert!(html.contains("This graph has 1000 roles, too many to draw at once."));
    assert!(!html.contains("<svg"));
    // The empty frame offers roles to start from, as links.
    assert!(html.contains("Or start from one of these, each from a different field:"));
    let g = large();
    for r in Drawing::starting_points(&g, 8) {
        assert!(html.contains(&format!("<li><a href=\"#/role/{}\">", g.role(r).id)), "{}", g.role(r).id);
    }

    let html = render_with(large(), vec![at("#/role/role-3")]).await;
    assert!(html.contains("of 1000 roles: the neighbourhood of Role 3."));
    let nodes = count(&html, "<a id=\"sb-node-");
    assert!(nodes > 1 && nodes <= 1 + 2 * 14, "{nodes} nodes drawn");
    // Only the open role's own moves are drawn, not those among its neighbours.
    let g = large();
    let r3 = g.role_ix("role-3").expect("role-3");
    let own = g.outgoing(r3).len() + g.incoming(r3).len();
    let arrows = count(&html, "marker-end=");
    assert!(arrows > 0 && arrows <= own, "{arrows} arrows for {own} moves of the open role");

    let html = render_with(large(), vec![Action::SetView(ViewMode::Outline)]).await;
    assert!(html.contains("aria-expanded=\"false\""), "tracks start collapsed");
    assert!(count(&html, "href=\"#/role/") == 0, "no role is rendered until its track is opened");
}

#[tokio::test]
async fn the_roles_to_start_from_say_their_field_with_nothing_to_zoom() {
    let g = load_doc(generate(Sizes::LARGE, 7)).expect("valid").graph;
    let starts = Drawing::starting_points(&g, 8);
    let fields: Vec<String> =
        starts.iter().map(|&r| g.track_name(g.role(r).track.as_deref().expect("a track")).to_owned()).collect();
    let chips: Vec<String> = starts
        .iter()
        .zip(&fields)
        .map(|(&r, field)| format!("{}</a><span class=\"sb-muted\">{field}</span></li>", g.role(r).title))
        .collect();
    let html = render_with(g, vec![]).await;
    for chip in chips {
        assert!(html.contains(&chip), "{chip}");
    }
    let distinct: std::collections::BTreeSet<_> = fields.iter().collect();
    assert_eq!(distinct.len(), fields.len(), "each from a different field: {fields:?}");
    assert!(!html.contains("aria-label=\"Zoom in\""), "nothing drawn, nothing to zoom");
    let g = load_doc(generate(Sizes::LARGE, 7)).expect("valid").graph;
    let html = render_with(g, vec![at("#/role/role-3")]).await;
    assert!(html.contains("aria-label=\"Zoom in\""), "a neighbourhood drawn can be zoomed");
}

#[tokio::test]
async fn unknown_ids_say_so() {
    let html = render(vec![at("#/role/astronaut")]).await;
    assert!(html.contains("There is no role “astronaut” in this graph."));
    let html = render(vec![at("#/move/tpm/astronaut")]).await;
    assert!(html.contains("There is no move “tpm → astronaut” in this graph."));
    // Two roles of the graph that are not one move apart: named, with the
    // planner offered.
    let html = render(vec![at("#/move/build-engineer/chief-product-officer")]).await;
    assert!(html.contains("There is no direct move from"), "{html}");
    assert!(html.contains("href=\"#/role/build-engineer\""));
    assert!(html.contains("Chief Product Officer"));
    assert!(html.contains(">Find paths between them</button>"));
}

#[tokio::test]
async fn text_from_data_is_never_html() {
    let hostile = r#"{"format":"switchback/1","title":"<img src=x onerror=alert(1)>",
      "sources":[{"id":"s","title":"<i>t</i>","url":"https://example.org/?q=<script>"}],
      "roles":[{"id":"a","title":"<script>alert(1)</script>","summary":"<b>bold</b>","sources":["s"]},{"id":"b","title":"B"}],
      "transitions":[{"from":"a","to":"b","steps":["<a href=javascript:alert(1)>x</a>"]}]}"#;
    let graph = load_json(hostile).expect("valid").graph;
    for hash in ["#/role/a", "#/move/a/b"] {
        let html = render_with(graph.clone(), vec![at(hash)]).await;
        assert!(!html.contains("<script>alert(1)"), "a title became markup");
        assert!(!html.contains("<img src=x"), "the graph title became markup");
        assert!(!html.contains("<b>bold</b>") && !html.contains("<i>t</i>"));
        assert!(!html.contains("<a href=javascript"), "a step became a link");
    }
    let html = render_with(graph, vec![at("#/role/a")]).await;
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn rankings_are_offered_and_checked() {
    let html = render(vec![Action::SetRanking(Ranking::ShortestTime)]).await;
    for r in Ranking::ALL {
        let offered = r != Ranking::ClosestFirst;
        assert_eq!(html.contains(r.label()), offered, "{r:?} offered only when the graph can rank by it");
    }
    assert!(html.contains(r#"<option value="time" selected="selected">Shortest time</option>"#));
    assert!(html.contains(r#"<option value="moves">Fewest moves</option>"#));

    // A graph whose moves say how close they are offers "closest first" too.
    let close = r#"{"format":"switchback/1","title":"T","roles":[{"id":"a","title":"A"},{"id":"b","title":"B"}],
      "transitions":[{"from":"a","to":"b","closeness":3,"relation":"Primary"}]}"#;
    let graph = load_json(close).expect("valid").graph;
    let html = render_with(graph, vec![Action::SetRanking(Ranking::ClosestFirst)]).await;
    for r in Ranking::ALL {
        assert!(html.contains(r.label()), "{r:?} offered");
    }
    assert!(html.contains(r#"<option value="closest" selected="selected">"#));
}

#[tokio::test]
async fn the_full_page_offers_embedding_files_and_the_offline_copy() {
    let html = render(vec![]).await;
    assert!(html.contains(">Embed</button>") && html.contains(r#"aria-controls="sb-embed-panel""#));
    assert!(html.contains(r#"aria-controls="sb-graphs-panel""#) && html.contains(">Graphs</button>"));
    assert!(html.contains("About “Tech careers"), "the footer says what the graph is and where it is from");
    assert!(html.contains(r#"<a href="switchback.html" download="switchback.html">Download for offline use</a>"#));
    assert!(!html.contains("Embed this view"), "the embed panel starts closed");
}

#[tokio::test]
async fn an_embed_has_compact_chrome() {
    let html = render_page(
        builtin(),
        vec![at("#/role/tpm?from=ops-engineer&to=tpm")],
        Opened { embed: true, local_file: false },
    )
    .await;
    assert!(html.contains(r#"class="switchback sb-embed sb-embed-graph"#));
    assert!(
        html.contains(
            r##"href="https://example.org/careers/index.html#/role/tpm?from=ops-engineer&amp;to=tpm" target="_blank""##
        ),
        "open full view keeps the view"
    );
    assert!(!html.contains("Copy link") && !html.contains(">Embed</button>") && !html.contains(">Graphs</button>"));
    assert!(!html.contains("Download for offline use") && !html.contains("<footer"));
    assert!(!html.contains("sb-planbar") && !html.contains("Skip to"), "the graph embed is the graph and a card");
}

#[tokio::test]
async fn the_offline_file_has_no_download_or_embed() {
    let html = render_page(builtin(), vec![], Opened { embed: false, local_file: true }).await;
    assert!(!html.contains("Download for offline use"));
    assert!(!html.contains(">Embed</button>"));
    assert!(html.contains(">Graphs</button>"), "loading a graph from disk works offline");
}

/// A small graph with everything issue 10 added: levels and relations
/// explained, other names, tools and preparation.
const WARD: &str = r#"{
  "format": "switchback/1",
  "title": "Ward",
  "levels": [
    { "level": 3, "name": "Medium preparation needed", "description": "Vocational training or an associate's degree." },
    { "level": 4, "name": "Considerable preparation needed", "description": "Most need a bachelor's degree." },
    { "level": 5, "name": "Extensive preparation needed" }
  ],
  "relations": [{ "term": "Primary-Short", "label": "closely related", "description": "One of the five most related." }],
  "roles": [
    { "id": "nurse", "title": "Registered Nurses", "level": 4, "aliases": ["Registered Nurse (RN)", "Staff Nurse"],
      "tools": ["Epic Systems"],
      "preparation": { "education": { "level": 6, "share": 56 }, "experience": { "months": [12, 24], "share": 34 },
        "training": { "months": [3, 6], "share": 34 } } },
    { "id": "lpn", "title": "Licensed Practical Nurses", "level": 3,
      "preparation": { "education": { "level": 4, "share": 38 }, "experience": { "months": [12, 24] } } },
    { "id": "doctor", "title": "Emergency Medicine Physicians", "level": 5, "tools": ["Epic Systems", "MEDITECH software"],
      "preparation": { "education": { "level": 12 }, "experience": { "months": [24, 48] },
        "note": "Estimated from similar occupations." } }
  ],
  "transitions": [
    { "from": "nurse", "to": "doctor", "months": [3, 12], "closeness": 11, "relation": "Primary-Short" },
    { "from": "nurse", "to": "lpn", "months": [3, 12], "closeness": 5, "relation": "Primary-Short" }
  ]
}"#;

fn ward() -> Graph {
    load_json(WARD).expect("valid").graph
}

#[tokio::test]
async fn a_role_panel_shows_other_names_preparation_tools_and_what_its_level_means() {
    let html = render_with(ward(), vec![at("#/role/nurse")]).await;
    assert!(html.contains("Level 4 of 5: Considerable preparation needed"), "the level, explained");
    assert!(html.contains("Most need a bachelor's degree."));
    assert!(html.contains("Also called: Registered Nurse (RN) · Staff Nurse"));
    assert!(html.contains("<dt>Education</dt><dd>a bachelor's degree (56%)</dd>"));
    assert!(html.contains("<dt>Related experience before the role</dt><dd>1–2 years (34%)</dd>"));
    assert!(html.contains("<dt>Training on the job</dt><dd>3–6 months (34%)</dd>"));
    assert!(html.contains("Tools and technologies") && html.contains("<p>Epic Systems</p>"));
    // Moves: plain words for the relation (the term in a tooltip), the gate's
    // time in years, and what each asks.
    assert!(html.contains(r#"title="One of the five most related. #11 in the source's list"#), "{html}");
    assert!(html.contains(" · closely related"));
    assert!(!html.contains("Primary-Short</span>"), "no jargon in the list");
    assert!(html.contains("0 skills to learn · 8.5–10 years"), "RN → physicians takes years");
    assert!(html.contains(" · more education, more experience"));
    assert!(html.contains(" · a step down"));
}

/// A hub that 30 roles move into, each closer than the last, and 3 moves
/// out: the long list shows the closest 20 and a button for the rest; the
/// short one shows all.
fn hub() -> Graph {
    let roles: Vec<String> = (0..30)
        .map(|i| format!(r#"{{"id":"r{i}","title":"Role {i}"}}"#))
        .chain(["hub", "x", "y", "z"].map(|id| format!(r#"{{"id":"{id}","title":"Title {id}"}}"#)))
        .collect();
    let moves: Vec<String> = (0..30)
        .map(|i| format!(r#"{{"from":"r{i}","to":"hub","closeness":{}}}"#, 30 - i))
        .chain(["x", "y", "z"].map(|to| format!(r#"{{"from":"hub","to":"{to}"}}"#)))
        .collect();
    let text = format!(
        r#"{{"format":"switchback/1","title":"Hub","roles":[{}],"transitions":[{}]}}"#,
        roles.join(","),
        moves.join(",")
    );
    load_json(&text).expect("valid").graph
}

#[tokio::test]
async fn a_long_list_of_moves_shows_the_closest_twenty_and_offers_the_rest() {
    let html = render_with(hub(), vec![at("#/role/hub")]).await;
    // Closest first: Role 29 (closeness 1) to Role 10 (closeness 20); the
    // ten farthest wait for the button.
    for i in 10..30 {
        assert!(html.contains(&format!(">Role {i}</a>")), "Role {i} is among the closest 20");
    }
    for i in 0..10 {
        assert!(!html.contains(&format!(">Role {i}</a>")), "Role {i} waits for the button");
    }
    assert!(
        html.contains(r#"<button type="button" class="sb-button sb-more">Show 10 more moves (30 in all)</button>"#),
        "{html}"
    );
    // The three moves out are all shown, with no button.
    assert_eq!(count(&html, "sb-more"), 1);
    assert!(html.contains(">Title x</a>") && html.contains(">Title z</a>"));
}

#[tokio::test]
async fn a_move_panel_states_the_gate_the_step_down_and_how_related() {
    let html = render_with(ward(), vec![at("#/move/nurse/doctor")]).await;
    assert!(html.contains("Typical time: 8.5–10 years · closely related"));
    assert!(html.contains("That is 3–12 months for the move itself, plus the preparation below."));
    assert!(html.contains("Preparation this move asks for"));
    assert!(html.contains(
        "<dt>More education</dt><dd>post-doctoral training (usually), beyond a bachelor's degree: about 8 years of study.</dd>"
    ));
    assert!(html.contains(
        "<dt>More related experience</dt><dd>2–4 years (usually), where 1 year was asked before: about 1 year more"
    ));
    assert!(html.contains("Estimated from similar occupations."));
    assert!(html
        .contains("<li>Get hands-on with MEDITECH software (a tool of the Emergency Medicine Physicians role).</li>"));
    assert!(html.contains("Closely related: One of the five most related. #11 in the source's list"));
    assert!(html.contains("In the source's terms: Primary-Short."));
    assert!(!html.contains("A step down"));

    let down = render_with(ward(), vec![at("#/move/nurse/lpn")]).await;
    assert!(down.contains(
        "A step down: the Licensed Practical Nurses role asks for less preparation than the Registered Nurses role."
    ));
    assert!(!down.contains("Preparation this move asks for") && down.contains("Typical time: 3–12 months"));
}

#[tokio::test]
async fn paths_and_plans_show_gates_and_step_downs() {
    let html = render_with(
        ward(),
        vec![Action::SetFrom(Some("nurse".into())), Action::SetTo(Some("doctor".into())), Action::Choose(Some(0))],
    )
    .await;
    assert!(html.contains("Path 1: 1 move · 0 new skills + 2 preparation gates · about 9 years"), "{html}");
    // The plan view: the steps ask for the preparation; the timeline counts it.
    let plan = render_with(
        ward(),
        vec![
            Action::SetFrom(Some("nurse".into())),
            Action::SetTo(Some("doctor".into())),
            Action::Choose(Some(0)),
            Action::SetView(ViewMode::Plan),
        ],
    )
    .await;
    assert!(plan.contains("Get post-doctoral training: the usual education in the Emergency Medicine Physicians role"));
    assert!(plan.contains(" · 8.5–10 years, more education, more experience"), "the plan's move heading");
    assert!(plan.contains("Timeline: 1 move, 8.5–10 years in all"), "{plan}");
    let down =
        render_with(ward(), vec![Action::SetFrom(Some("nurse".into())), Action::SetTo(Some("lpn".into()))]).await;
    assert!(
        down.contains("1 step down") && down.contains("Registered Nurses → Licensed Practical Nurses (a step down)")
    );
}

/// Search says why a result matched; with nothing here, it offers the atlas
/// (never from the atlas itself, an embed or the offline file).
#[tokio::test]
async fn search_says_why_and_offers_the_atlas() {
    switchback::ui::hand_over("sb-search", "cpo");
    let html = render(vec![]).await;
    assert!(html.contains(r#"value="cpo""#), "the handed-over query is typed in");
    assert!(
        html.contains(r#"<span>Chief Product Officer<span class="sb-why"> — also called CPO</span></span>"#),
        "{html}"
    );

    switchback::ui::hand_over("sb-search", "registered nurse");
    let html = render(vec![]).await;
    assert!(html.contains("Nothing matches here. Search all US occupations (the O*NET atlas)"));
    switchback::ui::hand_over("sb-search", "registered nurse");
    let embedded = render_page(builtin(), vec![], Opened { embed: true, local_file: false }).await;
    assert!(embedded.contains("Nothing matches.") && !embedded.contains("Search all US occupations"));
}

// The whole app, from what the page starts with (`Boot`): no browser is
// asked anything while rendering, so these run natively.

use switchback::domain::boot::Boot;
use switchback::domain::library::{Entry, Library, Origin};
use switchback::domain::options::PageOptions;
use switchback::domain::progress::Progress;
use switchback::domain::saved::{progress_key, text_key, Snapshot, CURRENT_KEY, LIBRARY_KEY, PREFS_KEY};
use switchback::ui::{App, AppProps};

fn boot_at(hash: &str) -> Boot {
    Boot { hash: hash.to_owned(), folder: "https://example.org/careers/".to_owned(), ..Boot::default() }
}

/// The whole app, read as a person reads it (without the `<bdi>` isolates).
async fn render_app(boot: Boot) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { boot: Some(Rc::new(boot)) })
        .hydratable(false)
        .render()
        .await
        .replace("<bdi>", "")
        .replace("</bdi>", "")
}

#[tokio::test]
async fn the_app_shows_the_built_in_graph_at_a_bare_address() {
    let html = render_app(boot_at("")).await;
    assert_eq!(count(&html, "<a id=\"sb-node-"), 22, "every role is drawn");
    assert!(html.contains("<h1>Tech careers"), "the graph's title heads the page");
    assert!(html.contains("Choose a role on the graph"));
    assert!(html.contains("</span>0 of 45</button>"), "no skills ticked");
    assert!(html.contains("<footer"));
}

#[tokio::test]
async fn the_app_opens_a_deep_link_with_its_plan() {
    let html = render_app(boot_at("#/role/tpm?from=ops-engineer&to=chief-product-officer&rank=time&alt=2")).await;
    assert!(html.contains(r#"<h2 id="sb-panel-title" tabindex="-1">Technical Program Manager</h2>"#));
    assert!(html.contains(r#"value="Operations Engineer""#) && html.contains(r#"value="Chief Product Officer""#));
    assert!(html.contains(r#"<option value="time" selected="selected">Shortest time</option>"#));
    assert!(html.contains(r#">Paths (3)</button>"#), "the paths are a click away; the open role has the sheet");
    assert!(html.contains(r#"<a id="sb-node-tpm""#));
    assert_eq!(count(&html, "sb-edge is-path"), 5, "the chosen (second) path, 5 moves, is drawn");
}

#[tokio::test]
async fn the_app_in_an_embed_opens_what_its_page_asked_for() {
    let boot = Boot {
        options: PageOptions::parse(
            "?embed=1&id=sb1&parent=https://blog.example.org&role=tpm&from=ops-engineer&to=product-manager&theme=dark",
        ),
        ..boot_at("")
    };
    let html = render_app(boot).await;
    assert!(
        html.contains(r#"<div data-theme="dark" class="switchback sb-embed sb-embed-graph"#),
        "compact and dark, as asked"
    );
    assert!(html.contains(r#"<h2 id="sb-panel-title" tabindex="-1">Technical Program Manager</h2>"#));
    assert!(html.contains("Open in Switchback ↗") && !html.contains("<footer"), "a link to the full app, no footer");
    assert!(
        html.contains("sb-node is-related is-from") && html.contains("is-to"),
        "the plan the page asked for is marked"
    );
    let plan_only = Boot {
        options: PageOptions::parse(
            "?embed=1&id=sb1&parent=https://blog.example.org&from=ops-engineer&to=product-manager",
        ),
        ..boot_at("")
    };
    let html = render_app(plan_only).await;
    assert!(html.contains("paths from Operations Engineer to Product Manager"), "without a role, the card is the plan");
}

#[tokio::test]
async fn the_app_waits_for_the_remembered_graph_instead_of_flashing_the_built_in_one() {
    // A remembered graph is checked by the graph checker (a worker) once the
    // page is mounted (e2e: graphs.test.mjs reopens one, with its progress,
    // after a reload); the first render waits for it.
    let key = "file:careers.json";
    let text = r#"{"format":"switchback/1","title":"My own careers","skills":[{"id":"sql","name":"SQL"}],
      "roles":[{"id":"analyst","title":"Data Analyst","skills":["sql"]},{"id":"lead","title":"Analytics Lead"}],
      "transitions":[{"from":"analyst","to":"lead","requires":["sql"]}]}"#;
    let library = Library {
        entries: vec![Entry {
            key: key.into(),
            title: "My own careers".into(),
            origin: Origin::File("careers.json".into()),
            added: 0,
        }],
    };
    let progress = Progress { have: ["sql".to_owned()].into(), ..Progress::default() };
    let stored = Snapshot::new([
        (LIBRARY_KEY.to_owned(), library.encode()),
        (CURRENT_KEY.to_owned(), key.to_owned()),
        (text_key(key), text.to_owned()),
        (progress_key(key), progress.encode()),
    ]);
    let html = render_app(Boot { stored, ..boot_at("#/role/analyst") }).await;
    assert!(html.contains("Loading the graph\u{2026}"), "{html}");
    assert_eq!(count(&html, "<a id=\"sb-node-"), 0, "not the built-in graph in the meantime");
}

#[tokio::test]
async fn corrupted_stored_progress_starts_fresh_and_keeps_the_rest() {
    let stored = Snapshot::new([
        (progress_key("builtin"), "{not json".to_owned()),
        (PREFS_KEY.to_owned(), r#"{"version":1,"theme":"dark"}"#.to_owned()),
    ]);
    let html = render_app(Boot { stored, ..boot_at("#/role/tpm") }).await;
    assert!(html.contains(r#"data-theme="dark""#), "readable preferences are kept");
    assert!(html.contains("You have 0 of 5."), "progress starts fresh");
    assert_eq!(count(&html, "<a id=\"sb-node-"), 22, "the app works");
}

#[tokio::test]
async fn a_page_asking_for_another_graph_waits_for_it() {
    let boot = Boot { options: PageOptions::parse("?graph=https://example.org/g.json"), ..boot_at("") };
    let html = render_app(boot).await;
    assert!(html.contains("Loading the graph…"), "{html}");
    assert!(!html.contains("sb-node-"), "the built-in graph does not flash first");
}

#[tokio::test]
async fn graph_text_is_isolated_from_the_arrows_and_words_around_it() {
    // A right-to-left override in a title would turn "A → B" around, and
    // every word after it, unless the title is isolated.
    let text = r#"{"format":"switchback/1","title":"Bidi \u202etest",
      "skills":[{"id":"sql","name":"SQL"}],
      "roles":[{"id":"a","title":"Evil \u202eeman"},{"id":"b","title":"Editor"},{"id":"c","title":"Chief"}],
      "transitions":[{"from":"a","to":"b","requires":["sql"]},{"from":"b","to":"c"}]}"#;
    let graph = || switchback::domain::validate::load_json(text).expect("valid").graph;
    let evil = "<bdi>Evil \u{202e}eman</bdi>";
    let opened = Opened::default();
    let html = render_raw(graph(), vec![at("#/move/a/b")], opened).await;
    assert!(
        html.contains(&format!(r#"<h2 id="sb-panel-title" tabindex="-1">{evil} → <bdi>Editor</bdi></h2>"#)),
        "the move's title"
    );
    assert!(html.contains(&format!(">{evil}</a> to <a")), "From A to B");
    assert_isolated(&html);
    let html = render_raw(graph(), vec![at("#/?from=a&to=c&alt=1")], Opened::default()).await;
    assert!(html.contains(&format!("From {evil} to <bdi>Chief</bdi></h2>")), "the paths' heading");
    assert!(html.contains(&format!("1 path from {evil} to <bdi>Chief</bdi>, ranked by")), "the summary");
    assert!(
        html.contains(&format!(r#"<span class="sb-alt-route">{evil} → <bdi>Editor</bdi> → <bdi>Chief</bdi></span>"#)),
        "the path's route"
    );
    assert_isolated(&html);
    let html = render_raw(graph(), vec![at("#/?from=a&to=c&alt=1&view=plan")], Opened::default()).await;
    assert!(html.contains(&format!("Your plan: {evil} → <bdi>Chief</bdi></h2>")), "the plan's heading");
    assert!(html.contains(&format!("1. {evil} → <bdi>Editor</bdi>")), "the plan's moves");
    assert_isolated(&html);
}

/// Every U+202E in the page sits in a `<bdi>`, or where a title stands
/// alone: the page's heading (a block of its own) and the plan bar's text
/// boxes (each value is its own box).
fn assert_isolated(html: &str) {
    let outside = html
        .replace("<bdi>Evil \u{202e}eman</bdi>", "")
        .replace("<h1>Bidi \u{202e}test</h1>", "")
        .replace("value=\"Evil \u{202e}eman\"", "")
        .replace("<bdi>Bidi \u{202e}test</bdi>", "");
    // Accessible names are read, not laid out; a box on the graph holds
    // only its own title, in an SVG text element of its own.
    let stray: Vec<&str> = outside
        .match_indices('\u{202e}')
        .map(|(i, _)| &outside[i.saturating_sub(120)..i])
        .filter(|before| !before.ends_with("aria-label=\"Evil ") && !before.contains("class=\"sb-node-title\"><tspan"))
        .collect();
    assert!(stray.is_empty(), "a title outside an isolate: {stray:?}");
}
