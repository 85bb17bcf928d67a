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

const BROWSER_CRATES: &[&str] = &["web_sys", "js_sys", "gloo", "wasm_bindgen_futures", "wasm_bindgen"];

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
        // The two entry points: the page's (`main.rs`) and the graph
        // checker's worker (`checker.rs`), which exports one function.
        if rel.starts_with("platform") || rel == Path::new("main.rs") || rel == Path::new("checker.rs") {
            continue;
        }
        let code = code_of(&file);
        for name in BROWSER_CRATES {
            let named = code.contains(&format!("{name}::")) || code.contains(&format!("use {name}"));
            assert!(!named, "{} names `{name}`: go through `platform`", file.display());
        }
    }
}

/// The component files of `src/ui` (not the hooks, contexts or values).
fn component_files() -> Vec<PathBuf> {
    let ui = root().join("src/ui");
    rust_files(&ui)
        .into_iter()
        .filter(|f| !f.starts_with(ui.join("hooks")))
        .filter(|f| code_of(f).contains("#[component]"))
        .collect()
}

#[test]
fn components_reach_the_browser_only_through_hooks() {
    // Architecture Invariant: no browser call from a component's render
    // path. A component names of `platform` only `event` (functions that
    // read an event, which exist only in callbacks); everything else of the
    // browser is reached through `ui::hooks`, from effects and callbacks.
    let files = component_files();
    assert!(files.len() > 10, "found the components");
    for file in files {
        let code = code_of(&file);
        for (at, _) in code.match_indices("platform") {
            let rest = &code[at..];
            let ok = rest.starts_with("platform::event::") || rest.starts_with("platform::event;");
            let line = code[..at].lines().count();
            assert!(ok, "{}:{line} names `platform` beyond `platform::event`: use a hook", file.display());
        }
    }
}

/// The modules a Rust file names through `super::` or `crate::<area>::`,
/// mapped to module names with `items` (a re-exported item → its module).
fn imports(code: &str, area: &str, items: &std::collections::HashMap<String, String>) -> Vec<String> {
    let mut names = Vec::new();
    for prefix in ["super::".to_owned(), format!("crate::{area}::")] {
        for (at, _) in code.match_indices(&prefix) {
            let rest = &code[at + prefix.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // `use super::{a, b::c, D}`: the first segment of each path.
                let mut depth = 0;
                let end = group
                    .find(|c| {
                        match c {
                            '{' => depth += 1,
                            '}' if depth == 0 => return true,
                            '}' => depth -= 1,
                            _ => {}
                        }
                        false
                    })
                    .unwrap_or(group.len());
                let mut depth = 0;
                let mut start = 0;
                for (i, c) in group[..end].char_indices().chain([(end, ',')]) {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            let part = group[start..i].trim();
                            names.push(part.split("::").next().unwrap_or("").trim().to_owned());
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
            } else {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                names.push(name);
            }
        }
    }
    let mut modules: Vec<String> =
        names.into_iter().filter(|n| !n.is_empty() && n != "self").filter_map(|n| items.get(&n).cloned()).collect();
    modules.sort();
    modules.dedup();
    modules
}

/// Module name of each file in `dir` (`hooks/x.rs` → `hooks`), and each
/// item re-exported from a module by `dir/mod.rs` (`pub use x::{A, B}`).
fn module_names(dir: &Path) -> (Vec<(PathBuf, String)>, std::collections::HashMap<String, String>) {
    let mut files = Vec::new();
    let mut items = std::collections::HashMap::new();
    for file in rust_files(dir) {
        let rel = file.strip_prefix(dir).expect("under dir");
        let module = rel.components().next().expect("a component").as_os_str().to_string_lossy().replace(".rs", "");
        if module != "mod" {
            items.insert(module.clone(), module.clone());
            files.push((file.clone(), module));
        }
    }
    if let Ok(mod_rs) = std::fs::read_to_string(dir.join("mod.rs")) {
        for line in mod_rs.lines().filter_map(|l| l.trim().strip_prefix("pub use ")) {
            let (module, rest) = line.split_once("::").unwrap_or((line, ""));
            let rest = rest.trim_end_matches(';').trim_start_matches('{').trim_end_matches('}');
            for item in rest.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                items.insert(item.to_owned(), module.to_owned());
            }
        }
    }
    (files, items)
}

/// The import graph of an area (`domain`, `ui`): module → modules it names.
fn import_graph(area: &str) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let dir = root().join("src").join(area);
    let (files, items) = module_names(&dir);
    let mut graph: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = Default::default();
    for (file, module) in files {
        let code = code_of(&file);
        // Inside a folder (`ui/hooks/`), `super::` means its siblings.
        let deps = if file.parent() == Some(dir.as_path()) {
            imports(&code, area, &items)
        } else {
            imports(&code.replace("super::", "super_sibling::"), area, &items)
        };
        graph.entry(module.clone()).or_default().extend(deps.into_iter().filter(|d| *d != module));
    }
    graph
}

/// The first import cycle found, as a path of modules.
fn find_cycle(graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = Default::default();
    graph.keys().find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_cycles_in_the_domain_or_the_ui() {
    // Architecture Invariant: modules of the domain (and of the UI) import
    // each other in one direction only.
    for area in ["domain", "ui", "platform"] {
        let graph = import_graph(area);
        assert!(graph.len() > 3, "read the {area} modules");
        if let Some(cycle) = find_cycle(&graph) {
            panic!("an import cycle in src/{area}: {}", cycle.join(" → "));
        }
    }
}

/// The layers of `src/ui`, bottom first: a module may import only from its
/// own layer or below (and, within the composites, only downwards).
const UI_LAYERS: &[&[&str]] = &[
    &["shared", "links", "model", "bidi"],
    &["context"],
    &["hooks"],
    // Every other module is a leaf component: it sits here.
    &[],
    &["shell"],
    &["explorer"],
    &["app"],
];

#[test]
fn no_upward_imports_in_the_ui() {
    // Architecture Invariant: values and contexts know no hook; hooks know
    // no component; a leaf component knows neither the shell nor what holds
    // it (explorer, app). The flow is app → explorer → shell → components.
    let leaves = UI_LAYERS.iter().position(|l| l.is_empty()).expect("a leaf layer");
    let layer = |m: &str| UI_LAYERS.iter().position(|l| l.contains(&m)).unwrap_or(leaves);
    for (module, deps) in import_graph("ui") {
        for dep in deps {
            let (from, to) = (layer(&module), layer(&dep));
            let upward = to > from || (from > leaves && to == from);
            assert!(!upward, "src/ui/{module} imports {dep}, which sits above it (layers: {UI_LAYERS:?})");
        }
    }
}

#[test]
fn components_stay_small() {
    // A component file is at most about 200 lines and a component function
    // at most about 100; bigger ones are split (see ARCHITECTURE.md).
    for file in component_files() {
        let text = std::fs::read_to_string(&file).expect("readable");
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() <= 220, "{} has {} lines: split it", file.display(), lines.len());
        for (i, _) in lines.iter().enumerate().filter(|(_, l)| l.trim() == "#[component]") {
            let length = lines[i..].iter().position(|l| *l == "}").unwrap_or(lines.len() - i);
            assert!(length <= 110, "{}:{} is a {length}-line component: split it", file.display(), i + 1);
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
fn no_timed_assertions() {
    // Architecture Invariant: tests do not time things; benchmarks do.
    for dir in ["tests/native", "tests/web"] {
        for file in rust_files(&root().join(dir)) {
            if file.ends_with("tidy.rs") {
                continue;
            }
            let code = code_of(&file);
            for clock in ["Instant::now", ".elapsed()", "SystemTime::now", "performance()"] {
                assert!(
                    !code.contains(clock),
                    "{} reads a clock ({clock}): time things in a benchmark",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn every_invariant_names_its_test() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md exists");
    for paragraph in map.split("\n\n").filter(|p| p.starts_with("**Architecture Invariant:**")) {
        assert!(
            paragraph.contains("(`") || paragraph.contains("(The compiler") || paragraph.contains("(e2e"),
            "this invariant names no test that enforces it:\n{paragraph}"
        );
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
