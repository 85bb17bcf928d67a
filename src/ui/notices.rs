//! The notices area: a graph being read (with its progress), and messages
//! about things outside the graph itself (saved progress that could not be
//! read, a graph that could not be loaded, the clipboard refusing), each
//! dismissible.

use yew::prelude::*;

use super::context::{use_graphs, use_notices};
use super::model::{GraphCommand, NoticeAction, NoticeLevel};

/// The notices (nothing when there are none).
#[component]
pub fn Notices() -> Html {
    let graphs = use_graphs();
    let (notices, loading) = (use_notices(), graphs.loading.clone());
    if notices.list.is_empty() && loading.is_none() {
        return html! {};
    }
    html! {
        <div class="sb-notices">
            if let Some(l) = &loading {
                <div class="sb-notice" role="status">
                    <p>{ l.text() }</p>
                    if let Some((max, value)) = l.bar() {
                        <progress {max} {value} aria-label="Reading the graph" />
                    }
                    if l.checking {
                        <button type="button" class="sb-button" onclick={
                            let run = graphs.run.clone();
                            move |_: MouseEvent| run.emit(GraphCommand::Cancel)
                        }>{ "Cancel" }</button>
                    }
                </div>
            }
            { for notices.list.iter().map(|listed| {
                let (id, n) = (listed.id, &listed.notice);
                let ondismiss = notices.dismiss.reform(move |_: MouseEvent| id);
                let class = match n.level { NoticeLevel::Info => "sb-notice", NoticeLevel::Problem => "sb-notice sb-notice-problem" };
                html! {
                    <div class={class} role={if n.level == NoticeLevel::Problem { "alert" } else { "status" }}>
                        <p>{ &n.text }</p>
                        if !n.details.is_empty() {
                            <ul class="sb-notice-details">{ for n.details.iter().map(|d| html! { <li>{ d }</li> }) }</ul>
                        }
                        if let Some(NoticeAction::KeepGraph(key)) = &n.action {
                            <button type="button" class="sb-button" onclick={
                                let (run, dismiss, key) = (graphs.run.clone(), notices.dismiss.clone(), key.clone());
                                move |_: MouseEvent| {
                                    run.emit(GraphCommand::Keep(key.clone()));
                                    dismiss.emit(id);
                                }
                            }>{ "Keep this graph" }</button>
                        }
                        <button type="button" class="sb-button sb-quiet" onclick={ondismiss}>{ "Dismiss" }</button>
                    </div>
                }
            }) }
        </div>
    }
}
