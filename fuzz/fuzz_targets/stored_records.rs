//! The decoders of what the browser stored (progress, preferences, the
//! library of graphs): any text is decoded or refused without a panic, and
//! what decodes encodes back to a record that decodes to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchback::domain::library::Library;
use switchback::domain::progress::{Prefs, Progress};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(progress) = Progress::decode(text) {
        assert_eq!(Progress::decode(&progress.encode()).as_ref(), Ok(&progress));
    }
    if let Ok(prefs) = Prefs::decode(text) {
        assert_eq!(Prefs::decode(&prefs.encode()), Ok(prefs));
    }
    if let Ok(library) = Library::decode(text) {
        assert_eq!(Library::decode(&library.encode()).as_ref(), Ok(&library));
    }
});
