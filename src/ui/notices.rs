//! Messages about things that went wrong (or need attention) outside the
//! graph itself: saved progress that could not be read, a graph that could
//! not be loaded, the clipboard refusing.

use yew::prelude::*;

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Something happened that the person should know about.
    Info,
    /// Something did not work; the app carries on.
    Problem,
}

/// One notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Identifies it for dismissal.
    pub id: u32,
    /// How serious it is.
    pub level: NoticeLevel,
    /// What happened and what it means, in a sentence or two.
    pub text: String,
    /// Further lines, such as each problem in a graph file.
    pub details: Vec<String>,
}

/// Props for [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// The notices, oldest first.
    pub notices: Vec<Notice>,
    /// Dismisses one, by id.
    pub ondismiss: Callback<u32>,
}

/// The notices, each dismissible (inside the shell's notices area).
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    html! {
        <>
            { for props.notices.iter().map(|n| {
                let id = n.id;
                let ondismiss = props.ondismiss.reform(move |_: MouseEvent| id);
                let class = match n.level { NoticeLevel::Info => "sb-notice", NoticeLevel::Problem => "sb-notice sb-notice-problem" };
                html! {
                    <div class={class} role={if n.level == NoticeLevel::Problem { "alert" } else { "status" }}>
                        <p>{ &n.text }</p>
                        if !n.details.is_empty() {
                            <ul class="sb-notice-details">{ for n.details.iter().map(|d| html! { <li>{ d }</li> }) }</ul>
                        }
                        <button type="button" class="sb-button sb-quiet" onclick={ondismiss}>{ "Dismiss" }</button>
                    </div>
                }
            }) }
        </>
    }
}
