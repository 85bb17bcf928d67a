//! The header: the graph's title, search, the view switch, the theme and
//! "Copy link".

use yew::prelude::*;

use super::{Combobox, GraphRef, Shared};
use crate::domain::route::Selection;
use crate::domain::route::ViewMode;
use crate::domain::search::{Hit, Scope, SearchIndex};
use crate::domain::state::{Action, Theme};

/// Props for [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The graph's title.
    pub title: AttrValue,
    /// The graph (for search results).
    pub graph: GraphRef,
    /// The search index.
    pub index: Shared<SearchIndex>,
    /// Graph or outline.
    pub view: ViewMode,
    /// The current theme.
    pub theme: Theme,
    /// Applies an action.
    pub ondispatch: Callback<Action>,
    /// Copies the page address.
    pub oncopylink: Callback<()>,
    /// Compact chrome for an iframe.
    #[prop_or_default]
    pub embed: bool,
    /// The address of this view in the full app (for "Open full view").
    #[prop_or_default]
    pub full_view: AttrValue,
    /// Whether to offer "Embed".
    #[prop_or_default]
    pub can_embed: bool,
    /// Whether the embed panel is open.
    #[prop_or_default]
    pub embed_open: bool,
    /// Opens or closes the embed panel.
    #[prop_or_default]
    pub ontoggleembed: Callback<()>,
    /// Whether the graphs panel is open.
    #[prop_or_default]
    pub graphs_open: bool,
    /// Opens or closes the graphs panel.
    #[prop_or_default]
    pub ontogglegraphs: Callback<()>,
    /// Another graph to search when nothing matches here, and how to open it.
    #[prop_or_default]
    pub search_elsewhere: Option<(AttrValue, Callback<()>)>,
}

fn theme_label(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "Theme: system",
        Theme::Light => "Theme: light",
        Theme::Dark => "Theme: dark",
    }
}

/// The page header.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let dispatch = &props.ondispatch;
    let view_button = |view: ViewMode, label: &'static str| {
        let onclick = dispatch.reform(move |_: MouseEvent| Action::SetView(view));
        html! {
            <button type="button" class="sb-button" aria-pressed={(props.view == view).to_string()} {onclick}>{ label }</button>
        }
    };
    let next = props.theme.next();
    let ontheme = dispatch.reform(move |_: MouseEvent| Action::SetTheme(next));
    let oncopylink = props.oncopylink.reform(|_: MouseEvent| ());
    let graph = props.graph.clone();
    let onchoose = dispatch.reform(move |hit: Hit| {
        Action::Open(match hit {
            Hit::Role(r) => Selection::Role(graph.role(r).id.clone()),
            Hit::Skill(s) => Selection::Skill(graph.skill(s).id.clone()),
        })
    });
    html! {
        <header class="sb-header">
            <div class="sb-title">
                <p class="sb-brand">{ "Switchback" }</p>
                <h1>{ props.title.clone() }</h1>
            </div>
            <div class="sb-search">
                <Combobox id="sb-search" label="Search roles and skills" label_hidden=true
                    placeholder="Search roles and skills (press /)"
                    graph={props.graph.clone()} index={props.index.clone()} scope={Scope::All} {onchoose}
                    elsewhere={props.search_elsewhere.clone()} />
            </div>
            <div class="sb-tools" role="group" aria-label="View and sharing">
                <div class="sb-segmented" role="group" aria-label="Show as">
                    { view_button(ViewMode::Graph, "Graph") }
                    { view_button(ViewMode::Outline, "Outline") }
                </div>
                <button type="button" class="sb-button" onclick={ontheme}
                    title={format!("Switch to the {} theme", next.as_str())}>{ theme_label(props.theme) }</button>
                if props.embed {
                    <a class="sb-button" href={props.full_view.clone()} target="_blank" rel="noopener">{ "Open full view" }</a>
                } else {
                    <button type="button" class="sb-button" onclick={oncopylink}>{ "Copy link" }</button>
                    if props.can_embed {
                        <button type="button" class="sb-button" aria-expanded={props.embed_open.to_string()} aria-controls="sb-embed-panel"
                            onclick={props.ontoggleembed.reform(|_: MouseEvent| ())}>{ "Embed" }</button>
                    }
                    <button type="button" class="sb-button" aria-expanded={props.graphs_open.to_string()} aria-controls="sb-graphs-panel"
                        onclick={props.ontogglegraphs.reform(|_: MouseEvent| ())}>{ "Graphs" }</button>
                }
            </div>
        </header>
    }
}
