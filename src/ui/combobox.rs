//! A text box with a list of matching roles and skills: used for search
//! (press "/") and for the "I am a…" / "I want to become…" pickers.
//!
//! Follows the ARIA combobox pattern: the text box owns a list box of
//! results; Up and Down move the active option (announced through
//! `aria-activedescendant`), Enter chooses it, Escape closes the list (and,
//! pressed again, clears what was typed). A result found by another name
//! says so ("also called Software Engineer").
//!
//! When nothing matches and the owner offers another graph to search (the
//! header offers the O*NET atlas), the list's one option is that offer. The
//! query goes with it: it is handed to the next box with the same id that
//! mounts (the page's search box, once the other graph is open), which
//! starts with it typed in and its results open (see
//! [`super::hooks::use_handed_over`]).

use std::rc::Rc;

use yew::prelude::*;

use super::bidi::iso;
use super::context::use_explorer;
use super::hooks::{hand_over, use_handed_over};
use super::GraphRef;
use crate::domain::search::{Found, Hit, Scope};
use crate::platform::event::input_value;

/// Results shown at most.
const LIMIT: usize = 8;

/// Props for [`Combobox`].
#[derive(Properties, PartialEq)]
pub struct ComboboxProps {
    /// The input's id (options get ids derived from it).
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// Show the label only to screen readers.
    #[prop_or_default]
    pub label_hidden: bool,
    /// Placeholder text.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// What to search.
    pub scope: Scope,
    /// The text shown while the person is not typing (the chosen role).
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// Called with the chosen result.
    pub onchoose: Callback<Hit>,
    /// When nothing matches: what else can be searched ("all US
    /// occupations") and how to switch to it. The query is handed over.
    #[prop_or_default]
    pub elsewhere: Option<(AttrValue, Callback<()>)>,
}

/// A result's label and kind, for the list.
pub fn hit_label(graph: &GraphRef, hit: Hit) -> (String, &'static str) {
    match hit {
        Hit::Role(r) => (graph.role(r).title.clone(), "Role"),
        Hit::Skill(s) => (graph.skill_name(s).to_owned(), "Skill"),
    }
}

/// "also called Software Engineer" when a result was found by another name.
pub fn why(graph: &GraphRef, found: Found) -> Option<String> {
    match (found.hit, found.alias) {
        (Hit::Role(r), Some(a)) => graph.role(r).aliases.get(a).map(|name| format!("also called {name}")),
        _ => None,
    }
}

/// Up and Down move the active option, Enter chooses it (or, with nothing
/// found, takes the offer to search elsewhere), Escape closes the list.
fn keys(
    hits: Rc<Vec<Found>>,
    active: UseStateHandle<usize>,
    typed: UseStateHandle<Option<String>>,
    choose: Callback<Hit>,
    go_elsewhere: Option<Callback<()>>,
    expanded: bool,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let n = hits.len();
        match e.key().as_str() {
            "ArrowDown" if n > 0 => {
                e.prevent_default();
                active.set((*active + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                e.prevent_default();
                active.set((*active + n - 1) % n);
            }
            "Enter" if expanded && n > 0 => {
                e.prevent_default();
                choose.emit(hits[(*active).min(n - 1)].hit);
            }
            "Enter" if expanded => {
                if let Some(go) = &go_elsewhere {
                    e.prevent_default();
                    go.emit(());
                }
            }
            "Escape" if typed.is_some() => typed.set(None),
            _ => {}
        }
    })
}

/// The combobox.
#[component]
pub fn Combobox(props: &ComboboxProps) -> Html {
    let ex = use_explorer();
    // `None` while not typing: the box shows `selected`. A query handed over
    // from the previous graph's box starts as typed (and the box focused).
    let handed = use_handed_over(props.id.clone());
    let typed = use_state(|| handed);
    let active = use_state(|| 0usize);
    let query = (*typed).clone().unwrap_or_default();
    let hits = use_memo((ex.index.clone(), query.clone(), props.scope), |(index, q, scope)| {
        index.get().search_why(q, *scope, LIMIT)
    });

    let oninput = {
        let (typed, active) = (typed.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            typed.set(Some(input_value(&e)));
            active.set(0);
        })
    };
    let choose = {
        let (onchoose, typed) = (props.onchoose.clone(), typed.clone());
        Callback::from(move |hit: Hit| {
            typed.set(None);
            onchoose.emit(hit);
        })
    };
    let expanded = typed.as_ref().is_some_and(|q| !q.trim().is_empty());
    let elsewhere = props.elsewhere.clone().filter(|_| expanded && hits.is_empty());
    let go_elsewhere = elsewhere.as_ref().map(|(_, go)| {
        let (go, id, query) = (go.clone(), props.id.to_string(), query.clone());
        Callback::from(move |_: ()| {
            hand_over(&id, &query);
            go.emit(());
        })
    });
    let onkeydown = keys(hits.clone(), active.clone(), typed.clone(), choose.clone(), go_elsewhere.clone(), expanded);
    let onblur = {
        let typed = typed.clone();
        Callback::from(move |_: FocusEvent| typed.set(None))
    };
    let list_id = format!("{}-results", props.id);
    let option_id = |i: usize| format!("{}-opt-{i}", props.id);
    let current = (*active).min(hits.len().saturating_sub(1));
    let value = match &*typed {
        Some(q) => q.clone(),
        None => props.selected.as_ref().map(ToString::to_string).unwrap_or_default(),
    };
    let offer = elsewhere.zip(go_elsewhere);
    let active_option = (expanded && (!hits.is_empty() || offer.is_some())).then(|| option_id(current));
    html! {
        <div class="sb-combobox">
            <label for={props.id.clone()} class={classes!("sb-label", props.label_hidden.then_some("sb-sr-only"))}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" role="combobox" autocomplete="off" spellcheck="false"
                placeholder={props.placeholder.clone()}
                aria-autocomplete="list" aria-controls={list_id.clone()}
                aria-expanded={expanded.to_string()}
                aria-activedescendant={active_option}
                {value} {oninput} {onkeydown} {onblur} />
            <ul id={list_id} role="listbox" aria-label={format!("{} suggestions", props.label)} class="sb-listbox" hidden={!expanded}>
                if expanded && hits.is_empty() {
                    if let Some(((what, _), go)) = offer {
                        <li id={option_id(0)} role="option" aria-selected="true" class="sb-option sb-active"
                            onmousedown={Callback::from(move |e: MouseEvent| { e.prevent_default(); go.emit(()); })}>
                            <span>{ format!("Nothing matches here. Search {what}") }</span>
                        </li>
                    } else {
                        <li class="sb-muted" role="option" aria-disabled="true" aria-selected="false">{ "Nothing matches." }</li>
                    }
                }
                { for hits.iter().enumerate().map(|(i, &found)| {
                    let (label, kind) = hit_label(&ex.graph, found.hit);
                    let selected = expanded && i == current;
                    // mousedown, not click: it fires before the box loses focus.
                    let onmousedown = {
                        let choose = choose.clone();
                        Callback::from(move |e: MouseEvent| { e.prevent_default(); choose.emit(found.hit); })
                    };
                    html! {
                        <li id={option_id(i)} role="option" aria-selected={selected.to_string()}
                            class={classes!("sb-option", selected.then_some("sb-active"))} {onmousedown}>
                            <span>
                                { iso(&label) }
                                if let Some(why) = why(&ex.graph, found) {
                                    <span class="sb-why">{ format!(" \u{2014} {why}") }</span>
                                }
                            </span>
                            if props.scope == Scope::All { <span class="sb-kind">{ kind }</span> }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
