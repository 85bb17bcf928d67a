//! Reading a file the person chose.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::error::{js_text, PlatformError};

/// The largest file read, in bytes. A career graph of a thousand roles is a
/// few megabytes; anything far beyond is a wrong file, and reading it would
/// only freeze the page.
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// A file's name and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChosenFile {
    /// The file's name (no path).
    pub name: String,
    /// Its contents as text.
    pub text: String,
}

/// The first file chosen in the `<input type="file">` an event came from;
/// `Ok(None)` when the person cancelled.
pub async fn read_chosen_file(event: &yew::events::Event) -> Result<Option<ChosenFile>, PlatformError> {
    let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Ok(None);
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return Ok(None) };
    // Let the same file be chosen again later (a fixed version, say).
    input.set_value("");
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return Err(PlatformError::FileTooLarge(name, file.size()));
    }
    let text =
        JsFuture::from(file.text()).await.map_err(|e| PlatformError::FileUnreadable(name.clone(), js_text(&e)))?;
    Ok(Some(ChosenFile { name, text: text.as_string().unwrap_or_default() }))
}
