//! Yew components, one per file, and the app shell.
//!
//! Components take props and report what the person did through `on<verb>`
//! callbacks; none of them touches a browser API (that is `platform`'s job),
//! so every one of them renders natively in tests with `ServerRenderer`.

mod app;
mod graph_ref;
mod role_details;
mod role_list;
mod shell;

pub use app::{App, Route};
pub use graph_ref::GraphRef;
pub use role_details::{RoleDetails, RoleDetailsProps};
pub use role_list::{RoleList, RoleListProps};
pub use shell::{Shell, ShellProps};
