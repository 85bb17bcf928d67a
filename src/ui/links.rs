//! Addresses of views, for plain `<a href>` links.
//!
//! Links carry only what they open (`#/role/tpm`); the explorer keeps the
//! plan and rewrites the address to its full form, so every link stays a real
//! link (keyboard, middle-click, "open in new tab") with no script.

use crate::domain::route::{Route, Selection};

/// The address that opens `selection`.
pub fn href(selection: Selection) -> String {
    Route { selection, ..Route::default() }.to_hash()
}

/// `#/role/<id>`.
pub fn role_href(id: &str) -> String {
    href(Selection::Role(id.to_owned()))
}

/// `#/move/<from>/<to>`.
pub fn move_href(from: &str, to: &str) -> String {
    href(Selection::Move(from.to_owned(), to.to_owned()))
}

/// `#/skill/<id>`.
pub fn skill_href(id: &str) -> String {
    href(Selection::Skill(id.to_owned()))
}
