//! Short names for what the WebAssembly imports from its JS glue.
//!
//! wasm-bindgen names every function the wasm imports from the glue
//! `__wbg_<name>_<16 hex digits>` (`__wbg_lastChild_d03af7c29f69e2ad`), and
//! the glue defines each under the same name. The page's wasm imports 228
//! of them: 7.5 KB of names in the wasm and again in the glue, whose hex
//! digits do not compress (about 6 KB of the first load's gzip). Neither
//! wasm-bindgen nor wasm-opt shortens them (binaryen's `--minify-imports`
//! leaves modules other than `env` alone), so `cargo xtask dist` does,
//! after wasm-bindgen and wasm-opt: each function imported from the glue
//! (module `./<crate>_bg.js`) gets a short
//! name (`_a`, `_b`, … `_aB`), in the wasm's import section (every other
//! byte is kept) and in the glue, where each old name must occur exactly
//! once (its definition), or nothing is changed and the build fails.

use crate::Result;

/// Each renamed import: its name before, and after.
type Renamed = Vec<(String, String)>;

/// Whether an import module is the one wasm-bindgen's glue provides:
/// `./<crate>_bg.js` (`wbg` in older versions).
fn from_glue(module: &str) -> bool {
    module == "wbg" || (module.starts_with("./") && module.ends_with("_bg.js"))
}

/// The wasm with the functions it imports from its glue renamed, the glue with the same
/// names changed, and how many were renamed.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String, usize)> {
    let (wasm, renamed) = rename_imports(wasm)?;
    let mut glue = glue.to_owned();
    for (old, new) in &renamed {
        let at = occurrences(&glue, old);
        if at.len() != 1 {
            return Err(format!(
                "the glue names the import {old} {} times, not once: has wasm-bindgen's output changed?",
                at.len()
            ));
        }
        glue.replace_range(at[0]..at[0] + old.len(), new);
    }
    Ok((wasm, glue, renamed.len()))
}

/// The wasm with the functions it imports from its glue renamed, and the names (old,
/// new), in import order.
pub fn rename_imports(wasm: &[u8]) -> Result<(Vec<u8>, Renamed)> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a WebAssembly module".to_owned());
    }
    let mut out = wasm[..8].to_vec();
    let mut renamed = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body) = leb(wasm, at + 1)?;
        let end = body + size as usize;
        let section = wasm.get(body..end).ok_or("a section runs past the end")?;
        if id == 2 {
            let payload = imports(section, &mut renamed)?;
            out.push(2);
            put_leb(&mut out, payload.len() as u64);
            out.extend_from_slice(&payload);
        } else {
            out.extend_from_slice(&wasm[at..end]);
        }
        at = end;
    }
    Ok((out, renamed))
}

/// The import section's payload with the glue's functions renamed.
fn imports(section: &[u8], renamed: &mut Renamed) -> Result<Vec<u8>> {
    let (count, mut at) = leb(section, 0)?;
    let mut out = Vec::with_capacity(section.len());
    put_leb(&mut out, count);
    for _ in 0..count {
        let (module, next) = name(section, at)?;
        let (field, next) = name(section, next)?;
        let kind = *section.get(next).ok_or("an import runs past the end")?;
        let end = descriptor_end(section, kind, next + 1)?;
        let field = if from_glue(module) && kind == 0 {
            let short = short_name(renamed.len());
            renamed.push((field.to_owned(), short.clone()));
            short
        } else {
            field.to_owned()
        };
        for text in [module, &field] {
            put_leb(&mut out, text.len() as u64);
            out.extend_from_slice(text.as_bytes());
        }
        out.extend_from_slice(&section[next..end]);
        at = end;
    }
    if at != section.len() {
        return Err("the import section has bytes after its imports".to_owned());
    }
    Ok(out)
}

/// Where an import's description (after its kind byte at `at - 1`) ends.
fn descriptor_end(bytes: &[u8], kind: u8, at: usize) -> Result<usize> {
    let limits = |at: usize| -> Result<usize> {
        let flags = *bytes.get(at).ok_or("limits run past the end")?;
        let (_, mut at) = leb(bytes, at + 1)?;
        if flags & 1 != 0 {
            at = leb(bytes, at)?.1;
        }
        if flags & 8 != 0 {
            at = leb(bytes, at)?.1;
        }
        Ok(at)
    };
    match kind {
        0 => Ok(leb(bytes, at)?.1),
        1 => limits(reftype_end(bytes, at)?),
        2 => limits(at),
        3 => Ok(valtype_end(bytes, at)? + 1),
        4 => Ok(leb(bytes, at + 1)?.1),
        _ => Err(format!("an import of unknown kind {kind}")),
    }
}

/// Where a reference type starts at `at` ends (short form, or 0x63/0x64
/// and a heap type).
fn reftype_end(bytes: &[u8], at: usize) -> Result<usize> {
    match *bytes.get(at).ok_or("a type runs past the end")? {
        0x63 | 0x64 => Ok(leb(bytes, at + 1)?.1),
        _ => Ok(at + 1),
    }
}

fn valtype_end(bytes: &[u8], at: usize) -> Result<usize> {
    reftype_end(bytes, at)
}

/// A name (length, UTF-8) at `at`, and where it ends.
fn name(bytes: &[u8], at: usize) -> Result<(&str, usize)> {
    let (len, start) = leb(bytes, at)?;
    let end = start + len as usize;
    let text = bytes.get(start..end).ok_or("a name runs past the end")?;
    Ok((std::str::from_utf8(text).map_err(|e| e.to_string())?, end))
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], mut at: usize) -> Result<(u64, usize)> {
    let (mut value, mut shift) = (0u64, 0);
    loop {
        let b = *bytes.get(at).ok_or("a number runs past the end")?;
        at += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 63 {
            return Err("a number too long".to_owned());
        }
    }
}

fn put_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let b = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The `n`th short name: `_` and letters, base 52 (`_a` … `_Z`, `_ab` …):
/// an identifier in JS, never a keyword, and never a name wasm-bindgen
/// gives (those start with `__wb`).
pub fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::from("_");
    loop {
        name.push(LETTERS[n % 52] as char);
        n /= 52;
        if n == 0 {
            return name;
        }
    }
}

/// Where `word` occurs in `text` as a whole identifier.
fn occurrences(text: &str, word: &str) -> Vec<usize> {
    let ident = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(|&at| !ident(text[..at].chars().next_back()) && !ident(text[at + word.len()..].chars().next()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing a memory from `env`, two functions from the glue
    /// and a global from it, with a type section before and an export
    /// section after.
    fn module(first: &str, second: &str) -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        // Types: one, () -> ().
        m.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut imports = vec![4];
        let mut import = |module: &str, field: &str, desc: &[u8]| {
            for text in [module, field] {
                imports.push(text.len() as u8);
                imports.extend_from_slice(text.as_bytes());
            }
            imports.extend_from_slice(desc);
        };
        import("env", "memory", &[2, 1, 17, 0x80, 0x01]);
        import("./switchback_bg.js", first, &[0, 0]);
        import("./switchback_bg.js", second, &[0, 0]);
        import("./switchback_bg.js", "__stack", &[3, 0x7f, 1]);
        m.push(2);
        put_leb(&mut m, imports.len() as u64);
        m.extend_from_slice(&imports);
        // Exports: none.
        m.extend_from_slice(&[7, 1, 0]);
        m
    }

    const FIRST: &str = "__wbg_lastChild_d03af7c29f69e2ad";
    const SECOND: &str = "__wbindgen_throw_4c88d8bf264fd984";

    #[test]
    fn the_glues_functions_get_short_names_in_the_wasm_and_the_glue_and_nothing_else_changes() {
        let glue = "const imports = { __wbg_lastChild_d03af7c29f69e2ad: function(n) { return n.lastChild }, \
                    __wbindgen_throw_4c88d8bf264fd984: function(p, l) { throw new Error(x(p, l)) } }; \
                    wasm.__wbindgen_throw_4c88d8bf264fd984x; wasm.__stack;";
        let (wasm, glue, count) = shorten(&module(FIRST, SECOND), glue).unwrap();
        assert_eq!(count, 2);
        assert!(glue.starts_with("const imports = { _a: function(n)"), "{glue}");
        assert!(glue.contains(" _b: function(p, l)") && glue.contains("__wbindgen_throw_4c88d8bf264fd984x"), "{glue}");
        // The same module with the two names changed (its section's size
        // now one byte shorter, too).
        assert_eq!(wasm, module("_a", "_b"));
        // Read back by a real reader: every import, in order.
        let mut names = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(&wasm) {
            if let wasmparser::Payload::ImportSection(reader) = payload.unwrap() {
                for import in reader.into_imports() {
                    let import = import.unwrap();
                    names.push(format!("{}.{}", import.module, import.name));
                }
            }
        }
        assert_eq!(
            names,
            ["env.memory", "./switchback_bg.js._a", "./switchback_bg.js._b", "./switchback_bg.js.__stack"]
        );
    }

    #[test]
    fn a_glue_that_does_not_name_each_import_once_changes_nothing() {
        let once = "{ __wbg_lastChild_d03af7c29f69e2ad: f, __wbindgen_throw_4c88d8bf264fd984: g }";
        for glue in ["{ __wbg_lastChild_d03af7c29f69e2ad: f }", &format!("{once} __wbg_lastChild_d03af7c29f69e2ad")] {
            let e = shorten(&module(FIRST, SECOND), glue).unwrap_err();
            assert!(e.contains("times, not once"), "{e}");
        }
    }

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..52 * 52).map(short_name).collect();
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert_eq!((names[0].as_str(), names[51].as_str(), names[52].as_str()), ("_a", "_Z", "_ab"));
        assert!(names.iter().all(|n| n.len() <= 3 && n.starts_with('_') && !n.starts_with("__")));
    }
}
