//! Local storage: raw text in, raw text out. Decoding and versioning are the
//! domain's (`domain::progress`); here only the browser can fail.

use super::error::{js_text, PlatformError};
use crate::domain::saved::Snapshot;

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

/// Writes a key.
pub fn write(key: &str, value: &str) -> Result<(), PlatformError> {
    storage()?.set_item(key, value).map_err(|e| PlatformError::StorageRefused(js_text(&e)))
}

/// Removes a key.
pub fn remove(key: &str) -> Result<(), PlatformError> {
    storage()?.remove_item(key).map_err(|e| PlatformError::StorageRefused(js_text(&e)))
}

/// Moves an unreadable record out of the way, keeping its text under a new
/// key (`<key>/set-aside/<time>`) so nothing is lost; returns that key.
pub fn set_aside(key: &str, text: &str) -> Result<String, PlatformError> {
    let aside = format!("{key}/set-aside/{}", js_sys::Date::now() as u64);
    write(&aside, text)?;
    remove(key)?;
    Ok(aside)
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
