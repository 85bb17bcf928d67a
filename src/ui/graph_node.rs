//! One role on the drawn graph: a link (`<a href="#/role/id">`, so Enter
//! and clicks open it with no script) around its box and title, and its
//! level beneath.

use yew::prelude::*;

use super::links::role_href;
use super::shared::GraphRef;
use crate::domain::drawing::{node_label, NodeMarks, NODE_H, NODE_W, TITLE_WIDTH};
use crate::domain::graph::RoleIx;
use crate::domain::layout::Point;
use crate::domain::text::wrap_label;

/// Props for [`GraphNode`].
#[derive(Properties, PartialEq)]
pub struct GraphNodeProps {
    /// The graph.
    pub graph: GraphRef,
    /// The role.
    pub role: RoleIx,
    /// The centre of its box, in drawing units.
    pub at: Point,
    /// How it is emphasised.
    pub marks: NodeMarks,
    /// Whether it is the drawing's one tab stop.
    pub tab_stop: bool,
    /// It received keyboard focus.
    pub onfocus: Callback<RoleIx>,
    /// It was clicked (the drawing cancels a click that ends a drag).
    pub onclick: Callback<MouseEvent>,
}

/// Whole drawing units, as attribute text.
pub fn units(v: f64) -> String {
    (v.round() as i64).to_string()
}

/// A role on the graph.
#[component]
pub fn GraphNode(props: &GraphNodeProps) -> Html {
    let role = props.graph.role(props.role);
    let marks = props.marks;
    let (cx, cy) = (f64::from(props.at.x), f64::from(props.at.y));
    let lines = wrap_label(&role.title, TITLE_WIDTH, 2);
    let first_y = cy - if lines.len() > 1 { 13.0 } else { 3.0 };
    let class = classes!(
        "sb-node",
        marks.selected.then_some("is-selected"),
        marks.related.then_some("is-related"),
        marks.on_path.then_some("is-path"),
        marks.from.then_some("is-from"),
        marks.to.then_some("is-to"),
        marks.dim.then_some("is-dim")
    );
    let onfocus = props.onfocus.reform({
        let r = props.role;
        move |_: FocusEvent| r
    });
    html! {
        // The level is drawn outside the link: a link's visible text must
        // be part of its name, and a shortened title followed by the level
        // would not be (the name has the whole title).
        <g {class}>
            <a id={format!("sb-node-{}", role.id)} class="sb-node-link" href={role_href(&role.id)}
                tabindex={if props.tab_stop { "0" } else { "-1" }}
                aria-label={node_label(role, marks)} aria-current={marks.selected.then_some("true")}
                {onfocus} onclick={props.onclick.clone()}>
                <rect x={units(cx - NODE_W / 2.0)} y={units(cy - NODE_H / 2.0)} width={units(NODE_W)} height={units(NODE_H)} rx="10" />
                <text class="sb-node-title" x={units(cx)} y={units(first_y)} aria-hidden="true">
                    { for lines.iter().enumerate().map(|(i, line)| html! {
                        // The leading space is not drawn, but keeps words
                        // apart in the text a screen reader or axe reads.
                        <tspan x={units(cx)} dy={if i == 0 { "0" } else { "17" }}>{ if i == 0 { line.clone() } else { format!(" {line}") } }</tspan>
                    }) }
                </text>
            </a>
            if let Some(level) = role.level {
                <text class="sb-node-meta" x={units(cx)} y={units(cy + NODE_H / 2.0 - 8.0)} aria-hidden="true">
                    { format!("Level {level}") }
                </text>
            }
        </g>
    }
}
