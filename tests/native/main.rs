//! Native tests: one binary, a module per area (domain tables, property
//! tests, render tests, invariants), sharing fixtures under `tests/fixtures`.
#![cfg(not(target_arch = "wasm32"))]

mod address;
mod atlas;
mod backup;
mod builtin;
mod compact;
mod csv;
mod drawing;
mod hostile;
mod layout;
mod markdown;
mod options;
mod order;
mod paths;
mod plan;
mod preparation;
mod render;
mod saved;
mod schema;
mod search;
mod state;
mod support;
mod text;
mod tidy;
mod validation;
mod viewport;
