//! Yew components, one per file, and the app shell.
//!
//! Components take props and report what the person did through `on<verb>`
//! callbacks (most of them through `ondispatch`, which carries a domain
//! `Action`); none of them touches a browser API (that is `platform`'s job),
//! so every one of them renders natively in tests with `ServerRenderer`.

mod about_graph;
mod app;
mod combobox;
mod embed_panel;
mod explorer;
mod graph_view;
mod graphs_panel;
mod header;
mod links;
mod move_panel;
mod notices;
mod outline;
mod plan_checklist;
mod planner;
mod role_panel;
mod shared;
mod shell;
mod skill_list;
mod skill_panel;
mod skills_panel;
mod sources;

pub use about_graph::{AboutGraph, AboutGraphProps};
pub use app::{App, AppProps, Current, GraphCommand, Loading, CURRENT_KEY, LIBRARY_KEY};
pub use combobox::{hand_over, Combobox, ComboboxProps};
pub use embed_panel::{EmbedPanel, EmbedPanelProps};
pub use explorer::{progress_key, Explorer, ExplorerProps, Store, PREFS_KEY};
pub use graph_view::{GraphView, GraphViewProps, FULL_LIMIT};
pub use graphs_panel::{GraphsPanel, GraphsPanelProps};
pub use header::{Header, HeaderProps};
pub use move_panel::{MovePanel, MovePanelProps};
pub use notices::{Notice, NoticeLevel, Notices, NoticesProps};
pub use outline::{Outline, OutlineProps};
pub use plan_checklist::{PlanChecklist, PlanChecklistProps};
pub use planner::{Planner, PlannerProps};
pub use role_panel::{RolePanel, RolePanelProps};
pub use shared::{GraphRef, Shared};
pub use shell::{Shell, ShellProps};
pub use skill_list::{SkillList, SkillListProps};
pub use skill_panel::{SkillPanel, SkillPanelProps};
pub use skills_panel::{SkillsPanel, SkillsPanelProps};
pub use sources::{Sources, SourcesProps};
