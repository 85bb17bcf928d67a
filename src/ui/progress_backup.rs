//! "Your progress" in the Graphs panel: export everything Switchback keeps
//! for the person to one file, and import such a file, seeing what it
//! would replace before anything is.

use yew::prelude::*;

use super::hooks::use_backup;
use crate::platform::event::chosen_files;

/// The export and import controls, and an import waiting for the word.
#[component]
pub fn ProgressBackup() -> Html {
    let backup = use_backup();
    let onexport = backup.export.reform(|_: MouseEvent| ());
    let onfile = backup.import.reform(|e: Event| chosen_files(&e));
    let onconfirm = backup.confirm.reform(|_: MouseEvent| ());
    let oncancel = backup.cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="sb-backup" aria-labelledby="sb-backup-title">
            <h3 id="sb-backup-title">{ "Your progress" }</h3>
            <p class="sb-muted">{ "Everything Switchback keeps for you in this browser (every graph's progress, your list of graphs and the graphs kept here, the theme) in one file: to move to another browser, or to have it back after the browser's data is cleared." }</p>
            <div class="sb-row">
                <button type="button" class="sb-button" onclick={onexport}>{ "Export my progress" }</button>
                <label class="sb-button sb-file">
                    { "Import progress\u{2026}" }
                    <input type="file" accept=".json,application/json" class="sb-sr-only" onchange={onfile} />
                </label>
            </div>
            if let Some(import) = &backup.pending {
                <div class="sb-notice" role="group" aria-labelledby="sb-import-title" aria-describedby="sb-import-summary">
                    <p id="sb-import-title"><strong>{ "Import " }<bdi>{ import.name.clone() }</bdi>{ "?" }</strong></p>
                    <p id="sb-import-summary">{ &import.summary }</p>
                    <div class="sb-row">
                        if !import.nothing {
                            <button type="button" class="sb-button" onclick={onconfirm}>{ "Replace and reload" }</button>
                        }
                        <button type="button" class="sb-button sb-quiet" onclick={oncancel}>
                            { if import.nothing { "Close" } else { "Cancel" } }
                        </button>
                    </div>
                </div>
            }
        </section>
    }
}
