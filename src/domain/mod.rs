//! The pure core: the data format, validation, the indexed graph, path
//! planning, skill gaps, plans, layout and the explorer's state.
//!
//! **Architecture Invariant:** nothing here names yew, web-sys, js-sys, gloo
//! or wasm-bindgen, and nothing here does I/O. Every function is a plain
//! computation on values, so all of it is tested natively with `cargo test`
//! and none of it can fail because of the browser.

pub mod address;
pub mod backup;
pub mod boot;
pub mod compact;
pub mod csv;
pub mod drawing;
pub mod format;
pub mod gap;
pub mod graph;
pub mod indices;
pub mod json;
pub mod layout;
pub mod library;
pub mod markdown;
pub mod no_path;
pub mod options;
pub mod order;
pub mod paths;
pub mod plan;
pub mod preparation;
pub mod progress;
pub mod report;
pub mod route;
pub mod saved;
pub mod search;
pub mod shape;
pub mod skillset;
pub mod state;
pub mod synthetic;
pub mod text;
pub mod timeline;
pub mod validate;
pub mod viewport;
