//! What the page knows when it starts: the options in its address, where it
//! is, the view in its hash, and the stored records the first screen needs.
//!
//! The platform reads these once, before the app mounts (`platform::boot`),
//! and the app renders from them: no component reads the address or storage
//! while rendering, so the whole app renders natively in tests from a
//! hand-made [`Boot`].

use super::options::PageOptions;
use super::saved::Snapshot;

/// Everything the first render needs from the browser.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Boot {
    /// What the page address's query asked for (embed, theme, graph, …).
    pub options: PageOptions,
    /// The address of the folder the page is in, ending in `/` (for embed
    /// snippets and "Open full view"); empty when unknown.
    pub folder: String,
    /// The page was opened from a local file (`file://`).
    pub local_file: bool,
    /// The address's hash (`#/role/tpm?...`), or empty.
    pub hash: String,
    /// The stored records the first screen needs.
    pub stored: Snapshot,
}
