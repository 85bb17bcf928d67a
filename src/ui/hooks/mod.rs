//! Hooks: state and effects that components share, and the only UI code
//! that reaches the browser (through `platform`, in effects and callbacks,
//! never while rendering).
//!
//! | hook | what |
//! | --- | --- |
//! | `use_boot` | what the page starts from, when not given |
//! | `use_notice_list` | the notices and the status line |
//! | `use_graph_loader` | the graph in use, the list of graphs, loading |
//! | `use_embedding` | the link with an embedding page |
//! | `use_explorer_state` | the explorer's state, kept in step with the address and storage |
//! | `use_plan` | the planner's answer for the current question |
//! | `use_search_index` | the graph's search index, built after the first paint |
//! | `use_pan_zoom` | moving around the drawn graph |
//! | `use_copy`, `use_copy_link`, `use_print` | taking things out of the page |
//! | `use_backup` | exporting the person's progress to a file, and importing it |
//! | `use_file_drop` | files dropped on the page |
//! | `use_sheet` | what the sheet shows; focus into it and back |
//! | `use_focus`, `use_focus_in_after_render` | moving focus on request (skip links, a list shown whole) |
//! | `use_handed_over` | a search handed from one graph's box to the next |

mod backup;
mod boot;
mod clipboard;
mod embedding;
mod explorer_state;
mod file_drop;
mod focus;
mod graph_loader;
mod hand_over;
mod notice_list;
mod pan_zoom;
mod plan;
mod search_index;
mod sheet;
mod start_up;

pub use backup::{use_backup, BackupHandle, PendingImport};
pub use boot::use_boot;
pub use clipboard::{use_copy, use_copy_link, use_print};
pub use embedding::use_embedding;
pub use explorer_state::use_explorer_state;
pub use file_drop::{use_file_drop, FileDrop};
pub use focus::{use_focus, use_focus_in_after_render, use_focus_on_plan};
pub use graph_loader::{use_graph_loader, GraphLoader};
pub use hand_over::{hand_over, use_handed_over};
pub use notice_list::use_notice_list;
pub use pan_zoom::{use_pan_zoom, PanZoom, FRAME_ID};
pub use plan::{use_plan, PlanAnswer};
pub use search_index::use_search_index;
pub use sheet::{use_sheet, Sheet, SheetMode, SHEET_ID};
pub use start_up::{start_up, StartUp};
