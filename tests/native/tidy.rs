//! Architecture invariants from ARCHITECTURE.md, enforced.

use std::path::{Path, PathBuf};

use crate::support::root;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Code with `//` comments removed, so prose may name what code must not.
fn code_of(path: &Path) -> String {
    std::fs::read_to_string(path)
        .expect("readable")
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

const BROWSER_CRATES: &[&str] = &["web_sys", "js_sys", "gloo", "wasm_bindgen"];

#[test]
fn domain_is_pure() {
    // Architecture Invariant: the domain names no UI or browser crate.
    for file in rust_files(&root().join("src/domain")) {
        let code = code_of(&file);
        for name in BROWSER_CRATES.iter().chain(&["yew", "yew_router", "std::fs", "std::net", "std::process"]) {
            let used = code.contains(&format!("{name}::")) || code.contains(&format!("use {name}"));
            assert!(!used, "{} names `{name}`: the domain must stay pure", file.display());
        }
    }
}

#[test]
fn only_platform_touches_the_browser() {
    // Architecture Invariant: browser APIs are reached only through `platform`.
    let src = root().join("src");
    for file in rust_files(&src) {
        let rel = file.strip_prefix(&src).expect("under src");
        if rel.starts_with("platform") || rel == Path::new("main.rs") {
            continue;
        }
        let code = code_of(&file);
        for name in BROWSER_CRATES {
            assert!(!code.contains(&format!("{name}::")), "{} names `{name}`: go through `platform`", file.display());
        }
    }
}

#[test]
fn code_map_lists_every_module() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md exists");
    for file in rust_files(&root().join("src")) {
        let rel = file.strip_prefix(root()).expect("under root").display().to_string();
        let named = rel.trim_end_matches("/mod.rs").trim_end_matches(".rs").to_owned();
        let stem = file.file_stem().expect("stem").to_string_lossy().into_owned();
        let listed = map.contains(&format!("`{rel}`"))
            || map.contains(&format!("`{named}/`"))
            || map.contains(&format!("`{stem}`"));
        assert!(listed, "ARCHITECTURE.md's code map does not mention {rel}");
    }
}

#[test]
fn no_stubs_or_ignored_tests() {
    for dir in ["src", "tests", "xtask/src", "benches"] {
        for file in rust_files(&root().join(dir)) {
            let code = code_of(&file);
            for banned in ["todo!(", "unimplemented!(", "#[ignore", "#[should_panic"] {
                // This file names them in strings; skip its own literal list.
                if file.ends_with("tidy.rs") {
                    continue;
                }
                assert!(!code.contains(banned), "{} contains {banned}", file.display());
            }
        }
    }
}

#[test]
fn trunk_pins_the_locked_wasm_bindgen() {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).expect("Cargo.lock");
    let needle = "name = \"wasm-bindgen\"\nversion = \"";
    let start = lock.find(needle).expect("wasm-bindgen in Cargo.lock") + needle.len();
    let version = &lock[start..start + lock[start..].find('"').expect("quote")];
    let trunk = std::fs::read_to_string(root().join("Trunk.toml")).expect("Trunk.toml");
    assert!(
        trunk.contains(&format!("wasm_bindgen = \"{version}\"")),
        "Trunk.toml must pin wasm_bindgen = \"{version}\" (the Cargo.lock version)"
    );
}
