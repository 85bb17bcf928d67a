//! Render tests: components rendered to HTML natively with yew's server
//! renderer, under a memory router, for representative states.

use switchback::domain::validate::load_json;
use switchback::ui::{GraphRef, Shell};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::Router;

#[derive(Properties, PartialEq)]
struct AtProps {
    path: AttrValue,
    graph: GraphRef,
}

/// The shell under a memory router at `path`.
#[component]
fn At(props: &AtProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(props.path.as_str());
    html! {
        <Router {history}>
            <Shell graph={props.graph.clone()} />
        </Router>
    }
}

/// Renders the shell on `graph_json` at `path`.
pub async fn render_json(graph_json: &str, path: &str) -> String {
    let graph = GraphRef::new(load_json(graph_json).expect("valid graph").graph);
    LocalServerRenderer::<At>::with_props(AtProps { path: path.to_owned().into(), graph })
        .hydratable(false)
        .render()
        .await
}

async fn render(path: &str) -> String {
    render_json(switchback::data::BUILTIN_JSON, path).await
}

#[tokio::test]
async fn home_lists_roles_by_track() {
    let html = render("/").await;
    for heading in ["Engineering", "Program management", "Product", "Marketing", "People leadership"] {
        assert!(html.contains(&format!(">{heading}</h2>")), "missing track heading {heading}");
    }
    assert!(html.contains("Operations Engineer"));
    assert!(html.contains("Chief Product Officer"));
    assert!(html.contains("Choose a role"), "the empty detail panel should invite a choice");
    assert!(!html.contains("aria-current=\"page\""), "no role is current on the home view");
}

#[tokio::test]
async fn role_route_shows_the_role() {
    let html = render("/role/tpm").await;
    assert!(html.contains(r#"<h2 id="role-title">Technical Program Manager</h2>"#));
    assert!(html.contains("Program management · Level 4 of 7"));
    assert!(html.contains("Where people go next"));
    assert!(html.contains("Security Technical Program Manager"), "an outgoing move");
    assert!(html.contains("Software Engineer"), "an incoming move");
    // The chosen role is marked current in the list.
    assert!(html.contains(r#"<span aria-current="page">Technical Program Manager</span>"#));
}

#[tokio::test]
async fn unknown_role_says_so() {
    let html = render("/role/astronaut").await;
    assert!(html.contains("There is no role “astronaut” in this graph."));
    assert!(html.contains("Back to all roles"));
}

#[tokio::test]
async fn text_from_data_is_never_html() {
    let hostile = r#"{"format":"switchback/1","title":"<img src=x onerror=alert(1)>",
      "roles":[{"id":"a","title":"<script>alert(1)</script>","summary":"<b>bold</b>"},{"id":"b","title":"B"}],
      "transitions":[{"from":"a","to":"b"}]}"#;
    let html = render_json(hostile, "/role/a").await;
    assert!(!html.contains("<script>alert(1)"), "a title became markup");
    assert!(!html.contains("<img src=x"), "the graph title became markup");
    assert!(!html.contains("<b>bold</b>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}
