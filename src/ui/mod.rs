//! Yew components, one per file, and the hooks and contexts they share.
//!
//! Components render from props and contexts and report what the person
//! did through `on<verb>` callbacks or the explorer's `dispatch` (which
//! carries a domain `Action`). None of them touches a browser API while
//! rendering: browser calls live in `hooks` (effects and callbacks), so every
//! component, up to `App`, renders natively in tests with `ServerRenderer`.
//!
//! From the top: `App` (the seam: what the page starts from) → `Session`
//! (notices, the graph in use, the list of graphs) → `Explorer` (the state
//! of one graph) → `Shell` (the page layout) → the panels and views.

mod about_graph;
mod app;
mod bidi;
mod combobox;
pub mod context;
mod detail_panel;
mod embed_panel;
mod explorer;
mod footer;
mod graph_list;
mod graph_node;
mod graph_view;
mod graphs_panel;
mod header;
pub mod hooks;
mod links;
pub mod model;
mod move_list;
mod move_panel;
mod notices;
mod outline;
mod paths_panel;
mod plan_bar;
mod plan_checklist;
mod plan_view;
mod progress_backup;
mod role_panel;
mod shared;
mod sheet;
mod shell;
mod skill_list;
mod skill_panel;
mod skills_panel;
mod skip_links;
mod sources;
mod timeline;

pub use about_graph::AboutGraph;
pub use app::{App, AppProps, Session, SessionProps};
pub use combobox::{Combobox, ComboboxProps};
pub use detail_panel::DetailPanel;
pub use embed_panel::{EmbedPanel, EmbedPanelProps};
pub use explorer::{Explorer, ExplorerProps};
pub use footer::Footer;
pub use graph_list::GraphList;
pub use graph_node::{GraphNode, GraphNodeProps};
pub use graph_view::{GraphView, GraphViewProps};
pub use graphs_panel::{GraphsPanel, GraphsPanelProps};
pub use header::{Header, HeaderProps};
pub use hooks::hand_over;
pub use move_list::{MoveList, MoveListProps};
pub use move_panel::{MovePanel, MovePanelProps};
pub use notices::Notices;
pub use outline::Outline;
pub use paths_panel::{PathsPanel, PathsPanelProps};
pub use plan_bar::{PlanBar, PlanBarProps};
pub use plan_checklist::{PlanChecklist, PlanChecklistProps};
pub use plan_view::{PlanView, PlanViewProps};
pub use progress_backup::ProgressBackup;
pub use role_panel::{RolePanel, RolePanelProps};
pub use shared::{GraphRef, Shared};
pub use sheet::{Sheet, SheetProps};
pub use shell::Shell;
pub use skill_list::{SkillList, SkillListProps};
pub use skill_panel::{SkillPanel, SkillPanelProps};
pub use skills_panel::SkillsPanel;
pub use skip_links::SkipLinks;
pub use sources::{Sources, SourcesProps};
pub use timeline::{Timeline, TimelineProps};
