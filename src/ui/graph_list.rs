//! The graph in use and the graphs to switch to: the built-in ones, the
//! ones the person loaded (each with "Forget"), and "Keep this graph" for a
//! graph from another site that a link opened for the visit.

use yew::prelude::*;

use super::bidi::iso;
use super::context::{use_explorer, use_graphs, use_page};
use super::model::GraphCommand;
use crate::domain::library::{date_text, Origin, ATLAS_KEY, BUILTIN_KEY};

/// What is open, and the list to switch to.
#[component]
pub fn GraphList() -> Html {
    let (ex, graphs, page) = (use_explorer(), use_graphs(), use_page());
    let ongraph = &graphs.run;
    let current = graphs.key.as_str();
    let pick = |key: &str, label: &str| {
        let is_current = key == current;
        let onclick = ongraph.reform({
            let key = key.to_owned();
            move |_: MouseEvent| GraphCommand::Pick(key.clone())
        });
        html! {
            <button type="button" class="sb-button" aria-pressed={is_current.to_string()} disabled={is_current} {onclick}>
                // One span: a flex item of its own, the text after the
                // name would lose its leading space.
                <span>{ iso(label) }{ if is_current { " (open now)" } else { "" } }</span>
            </button>
        }
    };
    // A graph from another site that a link opened is not in the list
    // until the person keeps it.
    let unkept = matches!(graphs.origin, Origin::Url(_)) && graphs.library.get(current).is_none() && !page.embed;
    let onkeep = ongraph.reform({
        let key = current.to_owned();
        move |_: MouseEvent| GraphCommand::Keep(key.clone())
    });
    html! {
        <>
            <p>{ "Exploring " }<strong>{ iso(ex.graph.title()) }</strong>{ format!(" ({}).", graphs.origin.describe()) }</p>
            if unkept {
                <div class="sb-row">
                    <span class="sb-muted">{ "A link opened it for this visit only." }</span>
                    <button type="button" class="sb-button" onclick={onkeep}>{ "Keep this graph" }</button>
                </div>
            }
            <h3>{ "Switch to" }</h3>
            <ul class="sb-graph-list">
                <li>{ pick(BUILTIN_KEY, "Tech careers, built in") }</li>
                if !page.local_file {
                    <li>{ pick(ATLAS_KEY, "All US occupations, O*NET 29.3") }
                        <span class="sb-muted">{ " 1,016 occupations; about 300 KB to download" }</span></li>
                }
                { for graphs.library.entries.iter().map(|e| {
                    let forget = ongraph.reform({ let key = e.key.clone(); move |_: MouseEvent| GraphCommand::Forget(key.clone()) });
                    html! {
                        <li>
                            { pick(&e.key, &e.title) }
                            <span class="sb-muted">{ format!(" from {}, {}", e.origin.describe(), date_text(e.added)) }</span>
                            { " " }
                            <button type="button" class="sb-button sb-small sb-quiet" onclick={forget}
                                aria-label={format!("Forget {}", e.title)}>{ "Forget" }</button>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
