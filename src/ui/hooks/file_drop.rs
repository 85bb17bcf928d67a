//! Files dropped anywhere on the page are loaded like chosen ones.

use yew::prelude::*;

use crate::platform::event::{drag_has_files, drag_left, dropped_files};
use crate::ui::model::GraphCommand;

/// The page's drag-and-drop handlers, and whether files are being dragged
/// over it (to show where they can go).
#[derive(Clone, PartialEq)]
pub struct FileDrop {
    /// Files are over the page.
    pub dragging: bool,
    /// Accepts a drag that carries files.
    pub ondragover: Callback<DragEvent>,
    /// Notices the drag leaving the page.
    pub ondragleave: Callback<DragEvent>,
    /// Loads the dropped files.
    pub ondrop: Callback<DragEvent>,
}

/// Drag-and-drop for the page; with `enabled` false (an embed), drops are
/// left to the browser.
#[hook]
pub fn use_file_drop(enabled: bool, run: Callback<GraphCommand>) -> FileDrop {
    let dragging = use_state(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if enabled && drag_has_files(&e) {
                e.prevent_default();
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if drag_left(&e) {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            if enabled {
                let files = dropped_files(&e);
                if !files.is_empty() {
                    e.prevent_default();
                    run.emit(GraphCommand::OpenFiles(files));
                }
            }
        })
    };
    FileDrop { dragging: *dragging, ondragover, ondragleave, ondrop }
}
