//! The header: the graph's title, search, the view switch, the theme and
//! "Copy link".

use yew::prelude::*;

use super::context::{use_explorer, use_graphs, use_page};
use super::hooks::use_copy_link;
use super::model::GraphCommand;
use super::Combobox;
use crate::domain::library::{Origin, ATLAS_KEY};
use crate::domain::route::{Selection, ViewMode};
use crate::domain::search::{Hit, Scope};
use crate::domain::state::{Action, Theme};

/// Props for [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
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
    let (ex, page, graphs) = (use_explorer(), use_page(), use_graphs());
    // When nothing matches here, the search offers the atlas (not in an
    // embed, nor offline, where it cannot be fetched).
    let search_elsewhere = (graphs.origin != Origin::Atlas && !page.embed && !page.local_file).then(|| {
        (
            AttrValue::from("all US occupations (the O*NET atlas)"),
            graphs.run.reform(|_: ()| GraphCommand::Pick(ATLAS_KEY.to_owned())),
        )
    });
    // On narrow screens the tools fold behind "Menu".
    let menu = use_state(|| false);
    let state = &ex.state;
    let dispatch = &ex.dispatch;
    let view_button = |view: ViewMode, label: &'static str| {
        let onclick = dispatch.reform(move |_: MouseEvent| Action::SetView(view));
        html! {
            <button type="button" class="sb-button" aria-pressed={(state.view == view).to_string()} {onclick}>{ label }</button>
        }
    };
    let next = state.theme.next();
    let ontheme = dispatch.reform(move |_: MouseEvent| Action::SetTheme(next));
    let oncopylink = use_copy_link().reform(|_: MouseEvent| ());
    // "Open full view" (in an embed) keeps the view.
    let full_view = format!("{}index.html{}", page.folder, state.route().to_hash());
    let can_embed = !page.embed && !page.local_file && !page.folder.is_empty();
    let graph = ex.graph.clone();
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
                <h1>{ ex.graph.title() }</h1>
            </div>
            <div class="sb-search">
                <Combobox id="sb-search" label="Search roles and skills" label_hidden=true
                    placeholder="Search roles and skills (press /)" scope={Scope::All} {onchoose}
                    elsewhere={search_elsewhere} />
            </div>
            <button type="button" class="sb-button sb-menu-button" aria-expanded={menu.to_string()} aria-controls="sb-tools"
                onclick={{ let menu = menu.clone(); Callback::from(move |_: MouseEvent| menu.set(!*menu)) }}>{ "Menu" }</button>
            <div id="sb-tools" class={classes!("sb-tools", menu.then_some("is-open"))} role="group" aria-label="View and sharing">
                <div class="sb-segmented" role="group" aria-label="Show as">
                    { view_button(ViewMode::Graph, "Graph") }
                    { view_button(ViewMode::Outline, "Outline") }
                    { view_button(ViewMode::Plan, "Plan") }
                </div>
                <button type="button" class="sb-button" onclick={ontheme}
                    title={format!("Switch to the {} theme", next.as_str())}>{ theme_label(state.theme) }</button>
                if page.embed {
                    <a class="sb-button" href={full_view} target="_blank" rel="noopener">{ "Open in Switchback \u{2197}" }</a>
                } else {
                    <button type="button" class="sb-button" onclick={oncopylink}>{ "Copy link" }</button>
                    if can_embed {
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
