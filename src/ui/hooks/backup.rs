//! "Export my progress" and "Import progress": the person's records to one
//! file and back (`domain::backup`). An import is read and checked first,
//! then waits, saying what it would replace and add, until the person
//! confirms; then the records are written and the page starts again from
//! them.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::backup::Backup;
use crate::domain::library::date_text;
use crate::domain::text::capitalise;
use crate::platform::{self, PickedFile};
use crate::ui::context::use_notices;
use crate::ui::model::Notice;

/// An import read and checked, waiting for the person's word.
#[derive(Debug, PartialEq)]
pub struct PendingImport {
    /// The file's name.
    pub name: String,
    /// What importing would replace and add, in a sentence.
    pub summary: String,
    /// True when importing would change nothing.
    pub nothing: bool,
    backup: Backup,
}

/// What the backup controls need.
#[derive(Clone, PartialEq)]
pub struct BackupHandle {
    /// Saves every record of the person's to a file.
    pub export: Callback<()>,
    /// Reads and checks a progress file; it then waits in `pending`.
    pub import: Callback<Vec<PickedFile>>,
    /// The import waiting to be confirmed.
    pub pending: Option<Rc<PendingImport>>,
    /// Writes the waiting import and starts again from it.
    pub confirm: Callback<()>,
    /// Drops the waiting import.
    pub cancel: Callback<()>,
}

/// The backup controls' state and verbs.
#[hook]
pub fn use_backup() -> BackupHandle {
    let notices = use_notices();
    let pending = use_state(|| None::<Rc<PendingImport>>);
    // Plain callbacks, not memoised: they live only while the Graphs panel
    // is open, and each `use_callback` adds its own code to the WebAssembly.
    let export = Callback::from({
        let notices = notices.clone();
        move |_: ()| {
            let now = platform::epoch_ms();
            let result = platform::records().map(|records| Backup::of(records, now)).and_then(|backup| {
                let n = backup.records.len();
                let name = format!("switchback-progress-{}.json", date_text(now));
                platform::download(&name, "application/json", &backup.encode()).map(|()| (name, n))
            });
            match result {
                Ok((name, n)) => notices.say.emit(format!("Your progress ({n} records) is saved as {name}.")),
                Err(e) => notices.add.emit(Notice::problem(format!("Your progress could not be exported: {e}."))),
            }
        }
    });
    let import = {
        let (pending, notices) = (pending.clone(), notices.clone());
        Callback::from(move |files: Vec<PickedFile>| {
            let Some(file) = files.into_iter().next() else { return };
            let (pending, notices) = (pending.clone(), notices.clone());
            platform::spawn(async move {
                let name = file.name();
                let text = match platform::read_file(&file, &|_, _| {}).await {
                    Ok(text) => text,
                    Err(e) => {
                        notices
                            .add
                            .emit(Notice::problem(format!("{}. Nothing was changed.", capitalise(&e.to_string()))));
                        return;
                    }
                };
                let backup = match Backup::decode(&text) {
                    Ok(backup) => backup,
                    Err(problems) => {
                        let n = problems.count;
                        let said = if n == 1 { "a problem".to_owned() } else { format!("{n} problems") };
                        notices.add.emit(
                            Notice::problem(format!(
                                "The file {} could not be imported: it has {said}. Nothing was changed.",
                                crate::domain::text::isolate_bidi(&name)
                            ))
                            .with_details(problems.lines),
                        );
                        return;
                    }
                };
                let now = platform::records().unwrap_or_default();
                let changes = backup.changes(|k| now.iter().find(|(key, _)| key == k).map(|(_, text)| text.as_str()));
                // Said on the status line too, for screen readers.
                notices.say.emit(changes.summary());
                pending.set(Some(Rc::new(PendingImport {
                    name,
                    summary: changes.summary(),
                    nothing: changes.is_empty(),
                    backup,
                })));
            });
        })
    };
    let confirm = {
        let (pending, notices) = (pending.clone(), notices.clone());
        Callback::from(move |_: ()| {
            let Some(import) = (*pending).clone() else { return };
            let failed: Vec<String> = import
                .backup
                .records
                .iter()
                .filter_map(|(key, text)| platform::write(key, text).err().map(|e| format!("{key}: {e}")))
                .collect();
            pending.set(None);
            if failed.is_empty() {
                // Start again from the records as they now are.
                platform::reload();
            } else {
                notices.add.emit(
                    Notice::problem(format!(
                        "{} of the file's records could not be written, so part of it is imported; reload the page to see it.",
                        failed.len()
                    ))
                    .with_details(failed),
                );
            }
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: ()| pending.set(None))
    };
    BackupHandle { export, import, pending: (*pending).clone(), confirm, cancel }
}
