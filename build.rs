//! Build step: the built-in graph goes into the WebAssembly without its
//! indentation (`src/data/mod.rs` includes `$OUT_DIR/builtin.json`).
//!
//! `src/data/builtin.json` stays readable for people; the copy the app
//! embeds drops the whitespace between tokens (58 KB -> 43 KB raw). Only
//! whitespace outside strings goes: keys, order, duplicates, numbers and
//! every string are kept byte for byte, so the loader sees the same
//! document (a native test checks the two parse alike).
//!
//! It also writes `$OUT_DIR/form.rs`: `FORM`, a digest (FNV-1a) of the
//! sources that define the compact form of a checked graph
//! (`src/domain/compact.rs`, `format.rs`, `report.rs`). The page and the
//! graph checker's worker stamp their bytes with it, so two builds never
//! misread each other, and `src/data/builtin.bin` is current only when
//! its stamp is (a native test; `cargo xtask schema` writes it again).

use std::path::PathBuf;

fn main() {
    let source = "src/data/builtin.json";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read(source).unwrap_or_else(|e| panic!("reading {source}: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin.json");
    std::fs::write(&out, minify(&text)).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));

    let mut form: u32 = 0x811c_9dc5;
    for source in ["src/domain/compact.rs", "src/domain/format.rs", "src/domain/report.rs"] {
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read(source).unwrap_or_else(|e| panic!("reading {source}: {e}"));
        // Line ends do not count: a checkout with CRLF is the same form.
        for &b in text.iter().filter(|&&b| b != b'\r') {
            form = (form ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("form.rs");
    let code = format!(
        "/// The digest of the sources that define this form (see `build.rs`).\npub const FORM: u32 = {form:#010x};\n"
    );
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

/// JSON text without the whitespace between tokens.
fn minify(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for &b in text {
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            in_string = b == b'"';
            out.push(b);
        }
    }
    out
}
