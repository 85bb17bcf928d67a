//! `cargo xtask size`: where the release WebAssembly's bytes are.
//!
//! The wasm in `dist/` has no names (wasm-opt drops them), and twiggy cannot
//! read today's wasm (bulk-memory opcodes). So this optimises trunk's
//! pre-wasm-opt file (`target/wasm-bindgen/release/switchback_bg.wasm`)
//! again with the same `-Oz` plus `-g`, which keeps the function names and
//! produces the same code, checks that its code is the code in `dist/`, and
//! reads it with wasmparser: each function body goes to the crate it comes
//! from (and, for ours, to its module under `src/`), the data segments and
//! the remaining sections to rows of their own. Raw bytes add up to the dist
//! wasm; each gzip figure is of that part compressed alone, so those do not
//! add up to the whole.
//!
//! It fails when float formatting (`core::fmt::float`) is in the wasm: it
//! once cost 9.6 KB gzip for a panic message nobody reads
//! (docs/performance.md). `clippy.toml` stops the usual culprit earlier.
//! It fails too when the graph loader (parsing, checks, CSV) is in the
//! page's wasm: that is the graph checker's, in its own worker (about 30 KB
//! gzip of the first load, and the page's thread kept free).

use std::collections::BTreeMap;
use std::path::Path;

use wasmparser::{KnownCustom, Name, Parser, Payload, TypeRef};

use crate::dist::{find, first_load_files, gzip_size, shipped_gzip_size};
use crate::tools::{run, Env};
use crate::Result;

/// Functions whose presence means the wasm formats floats.
const FLOAT_FORMATTING: &[&str] = &["core::fmt::float::", "core::num::flt2dec::"];

/// Functions whose presence means the page's wasm can check a graph
/// itself, instead of leaving it to the graph checker's worker.
const LOADER: &[&str] =
    &["domain::validate::Draft", "domain::validate::load_", "domain::csv::", "domain::shape::check_"];

/// Types whose inherent methods are core's (`<char>::is_whitespace`).
const PRIMITIVES: &[&str] = &[
    "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    "f32", "f64",
];

/// Yew's code compiled once per component: our components' `html!` bodies
/// are inlined into these (`CompStateInner<COMP>::view`), so this row is
/// mostly ours, though no name says which component each copy is.
const YEW_PER_COMPONENT: &str = "yew, one copy per component (our html! bodies inlined)";

/// How many crates the table lists before "every other crate".
const TOP_CRATES: usize = 16;

/// One function of the named wasm.
struct Function {
    name: Option<String>,
    body: std::ops::Range<usize>,
}

/// What the named wasm is made of.
struct Parts {
    functions: Vec<Function>,
    /// The data segments (the whole data section).
    data: std::ops::Range<usize>,
    /// The name section (not in the dist wasm).
    names: std::ops::Range<usize>,
}

/// A row of the table: bytes in the wasm, and the bytes themselves (for
/// their gzip size).
#[derive(Default)]
struct Row {
    raw: usize,
    bytes: Vec<u8>,
}

/// `cargo xtask size`: builds `dist/` unless `--no-build`, then prints the
/// attribution and the first-load total.
pub fn command(args: &[String]) -> Result {
    let env = Env::new()?;
    env.ensure_build_tools()?;
    if !args.iter().any(|a| a == "--no-build") {
        crate::dist::dist(&env)?;
    }
    report(&env)
}

/// The attribution of the wasm already in `dist/`, and the first-load total.
pub fn report(env: &Env) -> Result {
    let dist = env.root.join("dist");
    let shipped = find(&dist, "switchback-", "_bg.wasm")?;
    let shipped = std::fs::read(&shipped).map_err(|e| format!("reading {}: {e}", shipped.display()))?;
    let named = named_wasm(env)?;
    let parts = parse(&named)?;
    if named.len() - parts.names.len() != shipped.len() {
        return Err(format!(
            "the named copy ({} B without names) is not the dist wasm ({} B): run `cargo xtask dist` (or `cargo xtask size` without --no-build)",
            named.len() - parts.names.len(),
            shipped.len()
        ));
    }
    let modules = our_modules(&env.root.join("src"))?;

    let mut by_crate: BTreeMap<String, Row> = BTreeMap::new();
    let mut by_module: BTreeMap<String, Row> = BTreeMap::new();
    let mut covered = 0;
    let mut floats = Vec::new();
    let mut loader = Vec::new();
    for f in &parts.functions {
        let bytes = &named[f.body.clone()];
        covered += bytes.len();
        let name = f.name.as_deref().map(demangle);
        if let Some(name) = &name {
            if FLOAT_FORMATTING.iter().any(|p| name.contains(p)) {
                floats.push(name.clone());
            }
            if LOADER.iter().any(|p| name.contains(p)) {
                loader.push(name.clone());
            }
        }
        let (krate, module) = owner(name.as_deref(), &modules);
        add(by_crate.entry(krate).or_default(), bytes);
        if let Some(module) = module {
            add(by_module.entry(module).or_default(), bytes);
        }
    }
    add(
        by_crate.entry("(data segments: strings, tables, the built-in graph)".to_owned()).or_default(),
        &named[parts.data.clone()],
    );
    covered += parts.data.len();
    // Everything else: types, imports, exports, the function table, section
    // and body headers.
    let mut rest = Vec::new();
    let mut taken: Vec<std::ops::Range<usize>> = parts.functions.iter().map(|f| f.body.clone()).collect();
    taken.push(parts.data.clone());
    taken.push(parts.names.clone());
    taken.sort_by_key(|r| r.start);
    let mut at = 0;
    for r in &taken {
        rest.extend_from_slice(&named[at..r.start]);
        at = r.end;
    }
    rest.extend_from_slice(&named[at..]);
    covered += rest.len();
    add(by_crate.entry("(other sections: types, imports, exports, headers)".to_owned()).or_default(), &rest);

    let whole_gzip = gzip_size(&shipped)?;
    println!(
        "xtask: the release WebAssembly, {} B raw, {} B gzip -9 (dist/), by crate; gzip is of each part alone:",
        shipped.len(),
        whole_gzip
    );
    print_rows(by_crate, shipped.len(), Some(TOP_CRATES))?;
    println!(
        "  (raw rows add up to {covered} B = the dist wasm: {})",
        if covered == shipped.len() { "yes" } else { "NO" }
    );
    println!("\nxtask: our crate (switchback) by module under src/:");
    print_rows(by_module, shipped.len(), None)?;
    println!();
    first_load(&dist)?;
    if !floats.is_empty() {
        return Err(format!(
            "the WebAssembly formats floats again ({}): something formats an f64/f32 (Display, Debug, {{:.1}}, a panic message such as f64::clamp's); format whole numbers as integers",
            floats.join(", ")
        ));
    }
    println!("xtask: no float formatting in the WebAssembly");
    if !loader.is_empty() {
        loader.truncate(5);
        return Err(format!(
            "the page's WebAssembly checks graphs itself ({}, …): graphs go through the graph checker (platform::check), and the built-in graph reads from data::builtin()",
            loader.join(", ")
        ));
    }
    println!("xtask: no graph loader in the page's WebAssembly (it is the graph checker's)");
    Ok(())
}

fn add(row: &mut Row, bytes: &[u8]) {
    row.raw += bytes.len();
    row.bytes.extend_from_slice(bytes);
}

/// Prints rows, largest first; with `top`, the rest as one row.
fn print_rows(rows: BTreeMap<String, Row>, whole: usize, top: Option<usize>) -> Result {
    let mut rows: Vec<(String, Row)> = rows.into_iter().collect();
    rows.sort_by(|a, b| b.1.raw.cmp(&a.1.raw).then_with(|| a.0.cmp(&b.0)));
    if let Some(top) = top.filter(|&t| rows.len() > t + 1) {
        let others = rows.split_off(top);
        let mut row = Row::default();
        for (_, r) in &others {
            add(&mut row, &r.bytes);
        }
        rows.push((format!("({} other crates)", others.len()), row));
    }
    println!("  {:>9}  {:>9}  {:>6}  part", "raw B", "gzip B", "raw %");
    for (name, row) in &rows {
        let tenths = row.raw * 1000 / whole.max(1);
        println!("  {:>9}  {:>9}  {:>3}.{}%  {name}", row.raw, gzip_size(&row.bytes)?, tenths / 10, tenths % 10);
    }
    Ok(())
}

/// The first-load transfer: what `index.html` loads, gzip and brotli.
fn first_load(dist: &Path) -> Result {
    let (mut gz, mut br, mut raw) = (0, 0, 0);
    for file in first_load_files(dist)? {
        let bytes = std::fs::read(dist.join(&file)).map_err(|e| format!("index.html loads {file}: {e}"))?;
        raw += bytes.len();
        gz += shipped_gzip_size(dist, &file, &bytes)?;
        br += brotli_size(&bytes)?;
    }
    println!(
        "xtask: first-load transfer (everything index.html loads): {gz} B gzip (Zopfli, as dist/ ships it), {br} B brotli -11, {raw} B raw"
    );
    Ok(())
}

/// The size of `bytes` brotli-compressed at the highest quality.
pub fn brotli_size(bytes: &[u8]) -> Result<usize> {
    Ok(crate::dist::brotli(bytes)?.len())
}

/// Trunk's pre-wasm-opt file optimised again with names kept.
fn named_wasm(env: &Env) -> Result<Vec<u8>> {
    let input = env.root.join("target/wasm-bindgen/release/switchback_bg.wasm");
    if !input.is_file() {
        return Err(format!("{} is missing: run `cargo xtask dist` first", input.display()));
    }
    let out = env.root.join("target/size");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let named = out.join("switchback_named.wasm");
    // The flags trunk passes for data-wasm-opt="z", plus -g for the names.
    run(env.command("wasm-opt").arg("-Oz").arg("-g").arg(&input).arg("-o").arg(&named))?;
    let bytes = std::fs::read(&named).map_err(|e| format!("reading {}: {e}", named.display()))?;
    // As `dist` ships it: the imports' short names.
    let (bytes, _) = crate::imports::rename_imports(&bytes)?;
    std::fs::write(&named, &bytes).map_err(|e| format!("writing {}: {e}", named.display()))?;
    Ok(bytes)
}

fn parse(wasm: &[u8]) -> Result<Parts> {
    let err = |e: wasmparser::BinaryReaderError| format!("reading the wasm: {e}");
    let mut imported = 0u32;
    let mut bodies = Vec::new();
    let mut names: BTreeMap<u32, String> = BTreeMap::new();
    let (mut data, mut name_section) = (0..0, 0..0);
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(err)? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import.map_err(err)?.ty, TypeRef::Func(_) | TypeRef::FuncExact(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let r = body.range();
                bodies.push(r.start as usize..r.end as usize);
            }
            Payload::DataSection(reader) => {
                let r = reader.range();
                data = r.start as usize..r.end as usize;
            }
            Payload::CustomSection(custom) => {
                if let KnownCustom::Name(reader) = custom.as_known() {
                    let r = custom.range();
                    name_section = section_with_header(wasm, r.start as usize, r.end as usize)?;
                    for subsection in reader {
                        if let Name::Function(map) = subsection.map_err(err)? {
                            for naming in map {
                                let naming = naming.map_err(err)?;
                                names.insert(naming.index, naming.name.to_owned());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if names.is_empty() {
        return Err("the wasm has no function names: wasm-opt -g did not keep them".to_owned());
    }
    let functions = bodies
        .into_iter()
        .enumerate()
        .map(|(i, body)| Function { name: names.remove(&(imported + i as u32)), body })
        .collect();
    Ok(Parts { functions, data, names: name_section })
}

/// A custom section's range widened to its id byte and size: wasmparser
/// gives the range from the name on; before it are id 0 and the size as
/// LEB128 (possibly padded, so each length is tried).
fn section_with_header(wasm: &[u8], start: usize, end: usize) -> Result<std::ops::Range<usize>> {
    let size = end - start;
    for len in 1..=5usize {
        let Some(header) = start.checked_sub(len + 1) else { break };
        let leb = &wasm[header + 1..start];
        let value = leb.iter().enumerate().fold(0usize, |v, (i, b)| v | (usize::from(b & 0x7f) << (7 * i)));
        let well_formed = leb[..len - 1].iter().all(|b| b & 0x80 != 0) && leb[len - 1] & 0x80 == 0;
        if wasm[header] == 0 && well_formed && value == size {
            return Ok(header..end);
        }
    }
    Err("the name section has no readable header".to_owned())
}

/// A function name as people read it: demangled, without the hash suffix
/// and the crate disambiguators (`core[c5930c85a12de822]`).
fn demangle(name: &str) -> String {
    let name = match rustc_demangle::try_demangle(name) {
        Ok(d) => format!("{d:#}"),
        Err(_) => name.to_owned(),
    };
    let mut out = String::with_capacity(name.len());
    let mut rest = name.as_str();
    while let Some(i) = rest.find('[') {
        let hash = rest[i + 1..].find(']').map(|j| &rest[i + 1..i + 1 + j]);
        out.push_str(&rest[..i]);
        match hash {
            Some(h) if !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()) => rest = &rest[i + h.len() + 2..],
            _ => {
                out.push('[');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    match out.rfind("::h") {
        Some(i) if out.len() - i == 19 && out[i + 3..].bytes().all(|b| b.is_ascii_hexdigit()) => out[..i].to_owned(),
        _ => out,
    }
}

/// The crate a function comes from, and for ours its module. Trait
/// methods count for the type they are implemented on (`<switchback::ui::
/// graph_view::GraphView as FunctionProvider>::run` is ours, the graph
/// view's), falling back to the trait's crate when the type is generic
/// (`<T as ToString>::to_string` is alloc's); drop glue counts for the type
/// it drops. Generic code counts for the crate that defines it
/// (`CompStateInner<COMP>::view` is yew's, whichever component it renders).
fn owner(name: Option<&str>, modules: &[String]) -> (String, Option<String>) {
    let Some(name) = name else { return ("(unnamed: wasm-bindgen glue)".to_owned(), None) };
    if !name.contains("::") {
        return ("(no path: compiler builtins, libm, wasm-bindgen)".to_owned(), None);
    }
    let subject = subject(name);
    let krate = subject.split([':', '<', ' ']).next().unwrap_or(subject);
    if PRIMITIVES.contains(&krate) {
        return ("core".to_owned(), None);
    }
    if krate == "yew" && name.contains("<COMP>") {
        return (YEW_PER_COMPONENT.to_owned(), None);
    }
    if krate != "switchback" {
        return (krate.to_owned(), None);
    }
    let path = &subject["switchback::".len().min(subject.len())..];
    let module = modules
        .iter()
        .filter(|m| path == m.as_str() || path.starts_with(&format!("{m}::")) || path.starts_with(&format!("{m}<")))
        .max_by_key(|m| m.len())
        .cloned()
        .unwrap_or_else(|| "(crate root)".to_owned());
    ("switchback".to_owned(), Some(module))
}

/// The path that decides the owner: the implementing type of a trait
/// method, the dropped type of drop glue, else the name itself.
fn subject(name: &str) -> &str {
    if let Some(inner) = name.strip_prefix("core::ptr::drop_in_place<") {
        return subject(strip_type_prefixes(inner));
    }
    let Some(inner) = name.strip_prefix('<') else { return name };
    // The implementing type runs to the top-level " as " (or the closing '>').
    let mut depth = 0usize;
    let mut end = inner.len();
    let mut trait_start = None;
    for (i, c) in inner.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '>' if depth == 0 => {
                end = i;
                break;
            }
            '>' => depth -= 1,
            ' ' if depth == 0 && inner[i..].starts_with(" as ") => {
                end = i;
                trait_start = Some(i + 4);
                break;
            }
            _ => {}
        }
    }
    let ty = strip_type_prefixes(&inner[..end]);
    let is_path = ty
        .split("::")
        .next()
        .is_some_and(|c| ty.contains("::") && c.chars().next().is_some_and(|ch| ch.is_ascii_lowercase() || ch == '_'));
    match (is_path, trait_start) {
        (true, _) => ty,
        (false, Some(t)) => strip_type_prefixes(&inner[t..]),
        (false, None) => ty,
    }
}

fn strip_type_prefixes(mut ty: &str) -> &str {
    loop {
        let before = ty;
        for prefix in ["&mut ", "&", "*const ", "*mut ", "dyn ", "[", "("] {
            ty = ty.strip_prefix(prefix).unwrap_or(ty);
        }
        if ty == before {
            return ty;
        }
    }
}

/// Our modules as paths (`domain::validate`, `ui::hooks::pan_zoom`), from
/// the files under `src/`.
fn our_modules(src: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| format!("reading {}: {e}", dir.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(src).map_err(|e| e.to_string())?.with_extension("");
                let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
                if parts.last().is_some_and(|p| p == "mod") {
                    parts.pop();
                }
                if !parts.is_empty() && parts != ["lib"] && parts != ["main"] {
                    out.push(parts.join("::"));
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{demangle, owner};

    fn modules() -> Vec<String> {
        ["domain", "domain::validate", "ui", "ui::graph_view", "ui::hooks", "ui::hooks::pan_zoom"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect()
    }

    fn of(name: &str) -> (String, Option<String>) {
        owner(Some(&demangle(name)), &modules())
    }

    #[test]
    fn names_lose_hashes_and_disambiguators() {
        assert_eq!(
            demangle("core[c5930c85a12de822]::fmt::float::float_to_decimal_common_exact::<f64>"),
            "core::fmt::float::float_to_decimal_common_exact::<f64>"
        );
        assert_eq!(
            demangle("switchback::domain::validate::load_json::h76174f4b08377269"),
            "switchback::domain::validate::load_json"
        );
        assert_eq!(demangle("_ZN4core3fmt5write17h0123456789abcdefE"), "core::fmt::write");
    }

    #[test]
    fn functions_go_to_their_crate_and_module() {
        let ours = |m: &str| ("switchback".to_owned(), Some(m.to_owned()));
        assert_eq!(of("switchback::domain::validate::load_json::h76174f4b08377269"), ours("domain::validate"));
        assert_eq!(
            of("<switchback::ui::graph_view::GraphView as yew::functional::FunctionProvider>::run::h0a7fc5f3ddaab6d3"),
            ours("ui::graph_view")
        );
        assert_eq!(
            of("switchback::ui::hooks::pan_zoom::use_pan_zoom::inner_fn::{{closure}}::hba37660b4ad89f5f"),
            ours("ui::hooks::pan_zoom")
        );
        assert_eq!(
            of("core::ptr::drop_in_place<switchback::domain::validate::Ids>::h84de9963f324722c"),
            ours("domain::validate")
        );
        assert_eq!(of("<T as alloc::string::ToString>::to_string::h2453a255e75c7087").0, "alloc");
        assert_eq!(
            of("<yew::html::component::lifecycle::CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view::h707f32ab61d012c6").0,
            super::YEW_PER_COMPONENT
        );
        assert_eq!(
            of("<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_seq::h1").0,
            "serde_json"
        );
        assert_eq!(of("core::ptr::drop_in_place<alloc::string::String>::h16f646a15d369b8a").0, "alloc");
        assert_eq!(of("<char>::is_whitespace::h1").0, "core");
        assert_eq!(of("yew::dom_bundle::btag::listeners::ListenerRegistration::register::h1").0, "yew");
        assert_eq!(of("__multi3").0, "(no path: compiler builtins, libm, wasm-bindgen)");
        assert_eq!(owner(None, &modules()).0, "(unnamed: wasm-bindgen glue)");
    }
}
