//! Addresses of views, for plain `<a href>` links.
//!
//! Links carry only what they open (`#/role/tpm`); the explorer keeps the
//! plan and rewrites the address to its full form, so every link stays a real
//! link (keyboard, middle-click, "open in new tab") with no script. Links
//! shown with the outline also name it (`#/role/tpm?view=outline`,
//! [`href_in`], through `ExplorerContext`): an address that names no view is
//! the graph's, so without it a link read in the outline opened the graph.

use crate::domain::route::{Route, Selection, ViewMode};

/// The address that opens `selection`.
pub fn href(selection: Selection) -> String {
    href_in(selection, ViewMode::Graph)
}

/// The address that opens `selection` from `view`: the outline stays (the
/// panel opens beside it); from the graph or the plan, on the graph.
pub fn href_in(selection: Selection, view: ViewMode) -> String {
    let view = if view == ViewMode::Outline { view } else { ViewMode::Graph };
    Route { selection, view, ..Route::default() }.to_hash()
}

/// `#/role/<id>`.
pub fn role_href(id: &str) -> String {
    href(Selection::Role(id.to_owned()))
}

/// `#/move/<from>/<to>`.
pub fn move_href(from: &str, to: &str) -> String {
    href(Selection::Move(from.to_owned(), to.to_owned()))
}
