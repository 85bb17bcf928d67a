//! Switchback: an interactive career-path explorer that runs entirely in the
//! browser.
//!
//! Code map (see ARCHITECTURE.md for the invariants):
//! - [`domain`]: the pure core (data format, validation, graph index, path
//!   planning, gaps, plans, layout). No browser, no I/O.
//! - [`data`]: the built-in career graph, embedded at build time.
//! - `ui`: Yew components, one per file, and the app shell.
//! - `platform`: the only code that touches browser APIs.

pub mod data;
pub mod domain;
pub mod platform;
pub mod ui;
