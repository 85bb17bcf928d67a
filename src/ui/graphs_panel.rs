//! "Graphs": switch between the built-in graphs and the ones the person
//! loaded, and load another from files (JSON or CSV), a URL or pasted text.

use yew::prelude::*;

use super::context::{use_graphs, use_page};
use super::graph_list::GraphList;
use super::model::GraphCommand;
use super::progress_backup::ProgressBackup;
use crate::platform::event::{chosen_files, input_value};

/// Props for [`GraphsPanel`].
#[derive(Properties, PartialEq)]
pub struct GraphsPanelProps {
    /// Whether the panel is shown.
    pub open: bool,
    /// Closes the panel.
    pub onclose: Callback<()>,
}

/// The graphs panel (rendered only when open).
#[component]
pub fn GraphsPanel(props: &GraphsPanelProps) -> Html {
    let (graphs, page) = (use_graphs(), use_page());
    let url = use_state(String::new);
    let pasted = use_state(String::new);
    if !props.open {
        return html! {};
    }
    let ongraph = &graphs.run;
    let onfiles = ongraph.reform(|e: Event| GraphCommand::OpenFiles(chosen_files(&e)));
    let onurlinput = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| url.set(input_value(&e)))
    };
    let onurl = {
        let (ongraph, url) = (ongraph.clone(), url.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            ongraph.emit(GraphCommand::Url((*url).clone()));
        })
    };
    let onpasteinput = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| pasted.set(input_value(&e)))
    };
    let onpaste = {
        let (ongraph, pasted) = (ongraph.clone(), pasted.clone());
        Callback::from(move |_: MouseEvent| ongraph.emit(GraphCommand::Paste((*pasted).clone())))
    };
    html! {
        <section id="sb-graphs-panel" class="sb-embed-panel sb-graphs-panel" aria-labelledby="sb-graphs-title">
            <h2 id="sb-graphs-title">{ "Graphs" }</h2>
            <GraphList />
            <h3>{ "Load your own" }</h3>
            <p class="sb-muted">{ "A graph in Switchback's JSON format, or a spreadsheet saved as three CSV files (roles, skills, transitions). It is checked before anything is replaced; problems are listed with where they are." }</p>
            <div class="sb-row">
                <label class="sb-button sb-file">
                    { "Open files\u{2026}" }
                    <input type="file" multiple=true accept=".json,.csv,application/json,text/csv" class="sb-sr-only" onchange={onfiles} />
                </label>
                <span class="sb-muted">{ "or drop them anywhere on the page" }</span>
            </div>
            <form class="sb-url-form" onsubmit={onurl}>
                <label for="sb-graph-url" class="sb-label">{ "From a URL" }</label>
                <div class="sb-row">
                    <input id="sb-graph-url" type="url" placeholder="https://example.org/careers.json" value={(*url).clone()} oninput={onurlinput} />
                    <button type="submit" class="sb-button">{ "Load" }</button>
                </div>
            </form>
            <label for="sb-graph-paste" class="sb-label">{ "Paste a graph (JSON)" }</label>
            <textarea id="sb-graph-paste" class="sb-snippet" rows="4" value={(*pasted).clone()} oninput={onpasteinput} />
            <div class="sb-row">
                <button type="button" class="sb-button" onclick={onpaste}>{ "Load pasted graph" }</button>
            </div>
            if !page.local_file {
                <p>
                    <a href="template.json" download="template.json">{ "Download a template graph" }</a>
                    { " \u{00b7} " }<a href="data-format.md">{ "The data format" }</a>
                    { " \u{00b7} " }<a href="switchback-1.schema.json">{ "JSON Schema" }</a>
                </p>
            }
            <ProgressBackup />
            <div class="sb-row">
                <button type="button" class="sb-button sb-quiet" onclick={props.onclose.reform(|_: MouseEvent| ())}>{ "Close" }</button>
            </div>
        </section>
    }
}
