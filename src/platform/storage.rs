//! Local storage: raw text in, raw text out. Decoding and versioning are the
//! domain's (`domain::progress`); here only the browser can fail.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use super::error::{js_text, PlatformError};
use crate::domain::saved::{after_copy, aside_key, AfterCopy, Held, Snapshot};

fn storage() -> Result<web_sys::Storage, PlatformError> {
    // `local_storage()` throws when storage is blocked and returns None
    // when it does not exist; both mean "unavailable".
    web_sys::window()
        .ok_or(PlatformError::NoDocument)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(PlatformError::StorageUnavailable)
}

/// Reads a key; `Ok(None)` when it is not set.
pub fn read(key: &str) -> Result<Option<String>, PlatformError> {
    storage()?.get_item(key).map_err(|_| PlatformError::StorageUnavailable)
}

thread_local! {
    /// Records kept where they are because they could not be copied aside.
    static HELD: RefCell<Held> = RefCell::new(Held::default());
}

/// Refuses to change a held record.
fn unless_held(key: &str) -> Result<(), PlatformError> {
    if HELD.with(|held| held.borrow().may_change(key)) {
        Ok(())
    } else {
        Err(PlatformError::Held(key.to_owned()))
    }
}

/// Writes a key (unless its record is held).
pub fn write(key: &str, value: &str) -> Result<(), PlatformError> {
    unless_held(key)?;
    storage()?.set_item(key, value).map_err(|e| PlatformError::StorageRefused(js_text(&e)))
}

/// Writes text the graph checker brought back (held as a JavaScript string,
/// never copied into WebAssembly memory), unless its key's record is held.
pub fn write_kept(key: &str, value: &super::Kept) -> Result<(), PlatformError> {
    unless_held(key)?;
    let storage = storage()?;
    let set_item: js_sys::Function = js_sys::Reflect::get(&storage, &"setItem".into())
        .map_err(|e| PlatformError::StorageRefused(js_text(&e)))?
        .unchecked_into();
    set_item
        .call2(&storage, &wasm_bindgen::JsValue::from_str(key), value.value())
        .map(|_| ())
        .map_err(|e| PlatformError::StorageRefused(js_text(&e)))
}

/// Removes a key (unless its record is held).
pub fn remove(key: &str) -> Result<(), PlatformError> {
    unless_held(key)?;
    storage()?.remove_item(key).map_err(|e| PlatformError::StorageRefused(js_text(&e)))
}

/// Moves an unreadable record out of the way, keeping its text under a new
/// key (`<key>/set-aside/<time>`); returns that key. The original is
/// removed only once its copy reads back the same; when the copy cannot be
/// made (storage full or refusing), the original stays where it is and is
/// held, so nothing this page does writes over it or removes it.
/// The error is why, in words for the notice.
pub fn set_aside(key: &str, text: &str) -> Result<String, String> {
    let aside = aside_key(key, js_sys::Date::now() as u64);
    let copied = write(&aside, text).and_then(|()| read(&aside)).map_err(|e| match e {
        PlatformError::StorageRefused(why) => format!("the browser refused it: {why}"),
        other => other.to_string(),
    });
    match after_copy(text, copied.as_ref().map(Option::as_deref).map_err(String::as_str)) {
        AfterCopy::RemoveOriginal => {
            // A failed removal leaves both: the record is still not lost.
            let _ = remove(key);
            Ok(aside)
        }
        AfterCopy::KeepInPlace(why) => {
            HELD.with(|held| held.borrow_mut().hold(key));
            Err(why)
        }
    }
}

/// Every record in this site's storage, by key (for a backup).
pub fn records() -> Result<Vec<(String, String)>, PlatformError> {
    let storage = storage()?;
    let n = storage.length().map_err(|_| PlatformError::StorageUnavailable)?;
    let mut out = Vec::new();
    for i in 0..n {
        let Some(key) = storage.key(i).map_err(|_| PlatformError::StorageUnavailable)? else { continue };
        if let Some(text) = storage.get_item(&key).map_err(|_| PlatformError::StorageUnavailable)? {
            out.push((key, text));
        }
    }
    Ok(out)
}

/// Reads these keys into a snapshot (keys that are not set are left out).
/// When storage refuses to be read, the snapshot is empty and says why.
pub fn snapshot(keys: &[String]) -> Snapshot {
    let mut records = Vec::new();
    for key in keys {
        match read(key) {
            Ok(Some(text)) => records.push((key.clone(), text)),
            Ok(None) => {}
            Err(e) => return refused(&e),
        }
    }
    Snapshot::new(records)
}

/// An empty snapshot that says why storage could not be read.
pub fn refused(e: &PlatformError) -> Snapshot {
    let text = e.to_string();
    let mut chars = text.chars();
    let sentence = chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default();
    Snapshot::refused(sentence + ".")
}
