//! The page layout: heading, the roles by track, and the open role.

use yew::prelude::*;
use yew_router::prelude::*;

use super::{GraphRef, RoleDetails, RoleList, Route};

/// Props for [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The graph being explored.
    pub graph: GraphRef,
}

/// Everything inside the router: reads the route and lays out the views.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let graph = &props.graph;
    let route = use_route::<Route>().unwrap_or(Route::Home);
    let selected = match &route {
        Route::Role { id } => graph.role_ix(id),
        _ => None,
    };
    let detail = match (&route, selected) {
        (Route::Role { .. }, Some(role)) => html! { <RoleDetails graph={graph.clone()} {role} /> },
        (Route::Role { id }, None) => html! {
            <div class="sb-empty" role="status">
                <p>{ format!("There is no role \u{201c}{id}\u{201d} in this graph.") }</p>
                <Link<Route> to={Route::Home}>{ "Back to all roles" }</Link<Route>>
            </div>
        },
        (Route::NotFound, _) => html! {
            <div class="sb-empty" role="status">
                <p>{ "This address does not match any view." }</p>
                <Link<Route> to={Route::Home}>{ "Back to all roles" }</Link<Route>>
            </div>
        },
        _ => html! {
            <div class="sb-empty">
                <p>{ "Choose a role to see what the job involves, the skills it uses, and where people go next." }</p>
            </div>
        },
    };
    html! {
        <div class="switchback">
            <header class="sb-header">
                <p class="sb-brand">{ "Switchback" }</p>
                <h1>{ graph.title() }</h1>
                if let Some(description) = &graph.doc().description {
                    <p class="sb-lede">{ description }</p>
                }
            </header>
            <main class="sb-main">
                <nav class="sb-roles" aria-label="Roles by track">
                    <RoleList graph={graph.clone()} {selected} />
                </nav>
                <section class="sb-detail" aria-label="Role details">
                    { detail }
                </section>
            </main>
        </div>
    }
}
