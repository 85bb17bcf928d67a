//! What can go wrong at the edge, in words a person can act on.

use std::fmt;

/// A browser API refused or failed.
#[derive(Debug, Clone, PartialEq)]
pub enum PlatformError {
    /// Local storage is switched off or blocked (private window, sandboxed
    /// frame, a file opened with strict settings).
    StorageUnavailable,
    /// Local storage is full or the write was refused.
    StorageRefused(String),
    /// A stored record that could not be read nor copied aside is kept as
    /// it was: nothing is saved over it (its key).
    Held(String),
    /// The browser would not offer a file to save.
    Download(String),
    /// The clipboard refused the text.
    Clipboard(String),
    /// A network request failed before an answer (offline, blocked by CORS,
    /// wrong address).
    Network(String),
    /// The server answered with an error status.
    Http(u16, String),
    /// A file or URL is larger than Switchback reads (what, such as "the
    /// file big.json", and its size in bytes).
    TooLarge(String, f64),
    /// A URL took longer than the time allowed (milliseconds).
    Timeout(u32),
    /// A file or URL holds bytes that are not text (UTF-8) (what, such as
    /// "the file photo.png").
    NotText(String),
    /// The page has no window or document (never in a normal browser).
    NoDocument,
    /// The graph checker (a Web Worker) could not start or answer (why).
    Checker(String),
    /// The person stopped the check.
    Cancelled,
}

impl fmt::Display for PlatformError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlatformError::StorageUnavailable => f.write_str(
                "this browser is not letting Switchback save anything (storage is off or blocked here), so your progress will last only until you close the page",
            ),
            PlatformError::StorageRefused(why) => write!(f, "the browser refused to save your progress ({why})"),
            PlatformError::Held(key) => write!(
                f,
                "the unreadable record under \u{201c}{key}\u{201d} is kept as it was, so nothing is saved over it until the page is reloaded"
            ),
            PlatformError::Download(why) => write!(f, "the browser would not save the file ({why})"),
            PlatformError::Clipboard(why) => write!(f, "the clipboard is not available ({why}); select the text and copy it yourself"),
            PlatformError::Network(why) => write!(f, "the request failed before any answer ({why}): check the address, your connection, and that the server allows other sites to read it (CORS)"),
            PlatformError::Http(status, text) => write!(f, "the server answered {status} {text}"),
            PlatformError::TooLarge(what, bytes) => write!(
                f,
                "{what} is {} MB, more than the {} MB Switchback reads (a career graph is rarely more than a few MB)",
                (*bytes / 1_048_576.0).round() as u64,
                crate::domain::format::MAX_GRAPH_BYTES / 1_048_576
            ),
            PlatformError::Timeout(ms) => write!(
                f,
                "no answer came within {}: the server may be down or very slow",
                match (ms / 1000, ms % 1000 / 100) {
                    (1, 0) => "1 second".to_owned(),
                    (s, 0) => format!("{s} seconds"),
                    (s, tenths) => format!("{s}.{tenths} seconds"),
                }
            ),
            PlatformError::NotText(what) => write!(f, "{what} is not a text file (a graph is JSON or CSV text)"),
            PlatformError::NoDocument => f.write_str("the page has no document"),
            PlatformError::Checker(why) => write!(f, "the graph checker did not run ({why}); reload the page and try again"),
            PlatformError::Cancelled => f.write_str("it was stopped before it was checked"),
        }
    }
}

/// The text of a JavaScript error value, for messages.
pub(crate) fn js_text(value: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    if let Some(err) = value.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    value.as_string().unwrap_or_else(|| "unknown error".to_owned())
}
