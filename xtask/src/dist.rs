//! `cargo xtask dist`: everything a host needs, in `dist/`.
//!
//! 1. `trunk build --release`: the app (index.html, JS, wasm, CSS, icons,
//!    manifest, embed.js).
//! 2. `sw.js`: a service worker that caches the app shell so it works
//!    offline after the first visit. Its cache name is a hash of every file
//!    it caches, so each build gets a new worker that replaces the old cache.
//! 3. `switchback.html`: one self-contained file (JS, CSS, icon, built-in
//!    data inline; the wasm gzip-compressed, as base85 text) that works from
//!    `file://` with no network.
//! 4. Pre-compressed copies: `NAME.gz` and `NAME.br` beside every text or
//!    wasm file over 1 KB, for hosts that serve them as they are (nginx
//!    `gzip_static`/`brotli_static`, a CDN); the README says which do.
//! 5. The first-load transfer budget: every file `index.html` loads, gzipped.

use std::io::Write;
use std::path::{Path, PathBuf};

use switchback::domain::library::{ATLAS_CHECKED, ATLAS_FILE};

use crate::tools::{run, Env};
use crate::Result;

/// Files the service worker does not fetch on install: the worker itself,
/// the offline copy (a download, not part of the app), and the O*NET atlas
/// (5 MB, and its checked copy, fetched only when a person picks it; the
/// worker keeps them then).
const NOT_PRECACHED: &[&str] = &["sw.js", "switchback.html", ATLAS_FILE, ATLAS_CHECKED];

/// The O*NET atlas, gzip-compressed (docs/performance.md).
const ATLAS_BUDGET_BYTES: usize = 400 * 1024;

/// The first-load goal, gzip, in bytes: issue 12's 240 KB. (The first
/// plan's 150 KB is below what Yew itself costs; see docs/performance.md.)
pub const BUDGET_BYTES: usize = 240 * 1024;

/// What gets a `.gz` and a `.br` copy: text and wasm (images are already
/// compressed), when over this size (smaller files gain nothing a request
/// does not cost).
const PRECOMPRESS: &[&str] = &["wasm", "js", "mjs", "css", "json", "html", "svg", "webmanifest", "md"];
const PRECOMPRESS_MIN_BYTES: u64 = 1024;

/// The suffixes of the pre-compressed copies.
const COMPRESSED: &[&str] = &[".gz", ".br"];

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Files directly in `dir`, sorted by name.
fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("reading {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    Ok(out)
}

fn name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The one file in `dist` whose name starts with `prefix` and ends with `suffix`.
pub(crate) fn find(dist: &Path, prefix: &str, suffix: &str) -> Result<PathBuf> {
    let found: Vec<PathBuf> =
        files(dist)?.into_iter().filter(|p| name(p).starts_with(prefix) && name(p).ends_with(suffix)).collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("dist/ has no {prefix}*{suffix}: did the build run?")),
        _ => Err(format!("dist/ has several {prefix}*{suffix}; run `cargo xtask dist` on a clean dist/")),
    }
}

/// FNV-1a, 64 bits: a stable content hash for cache names (not security).
fn fnv1a(bytes: &[u8], mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The 85 characters of the offline file's WebAssembly text, in digit
/// order: printable ASCII less whitespace, `<` (which could close the data
/// block or open `<!--`), `>`, `&`, quotes, backquote, backslash, `/` and
/// `-`, so the text is inert inside `<script type="application/octet-stream">`
/// and in any editor. `assets/single-file.html` decodes with the same string.
pub const BASE85: &[u8; 85] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%()*+,.:;=?@[]^_{|}~";

/// `bytes` as base85 text over [`BASE85`]: each 4 bytes (big-endian) are
/// 5 digits, most significant first; a last group of 1-3 bytes is padded
/// with zeros and written as its first (bytes + 1) digits, as Ascii85 does.
/// 25% larger than the bytes, where base64 is 33%.
pub fn base85(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(4) * 5);
    for chunk in bytes.chunks(4) {
        let mut group = [0u8; 4];
        group[..chunk.len()].copy_from_slice(chunk);
        let mut n = u32::from_be_bytes(group);
        let mut digits = [0u8; 5];
        for d in digits.iter_mut().rev() {
            *d = BASE85[(n % 85) as usize];
            n /= 85;
        }
        out.extend(digits[..chunk.len() + 1].iter().map(|&d| d as char));
    }
    out
}

/// Builds everything into `dist/`.
pub fn dist(env: &Env) -> Result {
    crate::write_builtin_checked(env)?;
    run(env.command("trunk").args(["build", "--release"]))?;
    let dist = env.root.join("dist");
    minify(env, &dist)?;
    fix_progress_total(&dist)?;
    let first_screen = crate::prerender::snapshot()?;
    let index = dist.join("index.html");
    let page = String::from_utf8(read(&index)?).map_err(|e| e.to_string())?;
    write(&index, crate::prerender::insert(&page, &first_screen)?.as_bytes())?;
    content_security_policy(&dist, "index.html")?;
    atlas_checked(&dist)?;
    service_worker(env, &dist)?;
    single_file(env, &dist, &first_screen)?;
    content_security_policy(&dist, "switchback.html")?;
    precompress(&dist)?;
    println!("xtask: dist/ is ready: host it as is (any sub-path), embed it with embed.js, or give people dist/switchback.html");
    Ok(())
}

/// Minifies the script and stylesheet the first visit loads (trunk's own
/// minifier breaks the page's markup and gives up on the glue): the
/// wasm-bindgen glue and the loader with terser, the stylesheet with csso
/// (no restructuring: rules keep their order). About 4 KB gzip of the first
/// load (docs/performance.md). Before that, the functions each wasm imports
/// from its glue get short names (`imports.rs`; about 6 KB gzip). Trunk's
/// integrity hashes in `index.html` are written again for the new bytes.
fn minify(env: &Env, dist: &Path) -> Result {
    env.ensure_minifiers()?;
    let bin = env.root.join("xtask/js/node_modules/.bin");
    let (terser, csso) = (bin.join("terser").display().to_string(), bin.join("csso").display().to_string());
    let (glue, loader, css) =
        (find(dist, "switchback-", ".js")?, find(dist, "", "-loader.mjs")?, find(dist, "app-", ".css")?);
    let wasm = find(dist, "switchback-", "_bg.wasm")?;
    for (wasm, glue) in [(&wasm, &glue), (&dist.join("graph-checker_bg.wasm"), &dist.join("graph-checker.js"))] {
        shorten_imports(wasm, glue)?;
    }
    for js in [&glue, &loader] {
        // `__wbg_init` keeps its name: the offline file calls it.
        run(env
            .command(&terser)
            .arg(js)
            .args(["--module", "--compress", "--mangle", "reserved=['__wbg_init']", "--output"])
            .arg(js))?;
    }
    run(env.command(&csso).arg(&css).arg("--no-restructure").arg("--output").arg(&css))?;
    let index = dist.join("index.html");
    let mut html = String::from_utf8(read(&index)?).map_err(|e| e.to_string())?;
    for file in [&glue, &loader, &css, &wasm] {
        html = with_integrity(&html, &name(file), &read(file)?)?;
    }
    write(&index, html.as_bytes())
}

/// Gives the functions `wasm` imports from its `glue` short names, in both
/// files (`imports.rs`).
fn shorten_imports(wasm: &Path, glue: &Path) -> Result {
    let before = (read(wasm)?, String::from_utf8(read(glue)?).map_err(|e| e.to_string())?);
    let (short_wasm, short_glue, count) =
        crate::imports::shorten(&before.0, &before.1).map_err(|e| format!("{}: {e}", name(wasm)))?;
    write(wasm, &short_wasm)?;
    write(glue, short_glue.as_bytes())?;
    println!(
        "xtask: {count} imports of {} given short names: {} B less wasm, {} B less glue",
        name(wasm),
        before.0.len() - short_wasm.len(),
        before.1.len() - short_glue.len()
    );
    Ok(())
}

/// `html` with the `integrity` of the element that loads `./file` set to
/// the SHA-384 of `bytes`.
fn with_integrity(html: &str, file: &str, bytes: &[u8]) -> Result<String> {
    use sha2::{Digest, Sha384};
    let href = format!("href=\"./{file}\"");
    let at = html.find(&href).ok_or_else(|| format!("index.html does not load {file}"))?;
    let tag_end = at + html[at..].find('>').ok_or("unterminated tag")?;
    let Some(attr) = html[at..tag_end].find("integrity=\"sha384-").map(|i| at + i + "integrity=\"".len()) else {
        return Ok(html.to_owned());
    };
    let end = attr + html[attr..].find('"').ok_or("unterminated integrity")?;
    Ok(format!("{}sha384-{}{}", &html[..attr], base64(&Sha384::digest(bytes)), &html[end..]))
}

/// A hash-based Content-Security-Policy in a page, once its inline scripts
/// and styles are final (see `csp`); `switchback.html` is the file opened
/// from disk.
fn content_security_policy(dist: &Path, page: &str) -> Result {
    crate::csp::apply(&dist.join(page), page != "switchback.html")
}

/// Trunk tells the loading screen the WebAssembly's size as it was before
/// wasm-opt shrank it, so progress would stop at two thirds. Put the real
/// size in `index.html`.
fn fix_progress_total(dist: &Path) -> Result {
    let wasm = find(dist, "switchback-", "_bg.wasm")?;
    let size = std::fs::metadata(&wasm).map_err(|e| e.to_string())?.len();
    let index = dist.join("index.html");
    let html = String::from_utf8(read(&index)?).map_err(|e| e.to_string())?;
    let marker = format!("{}', ", name(&wasm));
    let Some(at) = html.find(&format!("__trunkInitializer(init, './{}", name(&wasm))) else {
        return Err("index.html has no trunk initializer call: was data-initializer removed?".to_owned());
    };
    let start = html[at..].find(&marker).map(|i| at + i + marker.len()).ok_or("unexpected initializer call")?;
    let end = start + html[start..].find(',').ok_or("unexpected initializer call")?;
    let fixed = format!("{}{size}{}", &html[..start], &html[end..]);
    write(&index, fixed.as_bytes())
}

/// Writes the atlas checked now, in the compact form, gzip -9: what the
/// page fetches when a person picks the atlas, read with no graph checker,
/// no JSON parse and no checks in the browser (`onet-29.3.json` stays
/// beside it, for people to download, and as the page's fallback). Hosts
/// serve a file of unknown type as it is, so it is compressed here; the
/// page unpacks it with the browser's `DecompressionStream`.
fn atlas_checked(dist: &Path) -> Result {
    let start = std::time::Instant::now();
    let text = String::from_utf8(read(&dist.join(ATLAS_FILE))?).map_err(|e| format!("{ATLAS_FILE}: {e}"))?;
    let loaded = switchback::domain::validate::load_json(&text);
    if let Err(report) = &loaded {
        return Err(format!(
            "{ATLAS_FILE} does not pass the checks ({}): `cargo xtask validate src/data/{ATLAS_FILE}`",
            report.summary()
        ));
    }
    let checked = switchback::domain::compact::answer(&loaded);
    let packed = gzip_shipped(&checked)?;
    write(&dist.join(ATLAS_CHECKED), &packed)?;
    println!(
        "xtask: wrote {ATLAS_CHECKED}: {} B checked, {} B gzip (in {:.1} s)",
        checked.len(),
        packed.len(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

fn service_worker(env: &Env, dist: &Path) -> Result {
    let mut cached = vec!["./".to_owned()];
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for path in files(dist)? {
        let file = name(&path);
        // The compressed copies are the same files to the browser.
        if file == "sw.js" || COMPRESSED.iter().any(|c| file.ends_with(c)) {
            continue;
        }
        // Every file counts towards the version, so a new atlas replaces
        // the one a worker kept, even though it is not fetched on install.
        hash = fnv1a(file.as_bytes(), hash);
        hash = fnv1a(&read(&path)?, hash);
        if !NOT_PRECACHED.contains(&file.as_str()) {
            cached.push(format!("./{file}"));
        }
    }
    let template = String::from_utf8(read(&env.root.join("assets/sw.js"))?).map_err(|e| e.to_string())?;
    let list = cached.iter().map(|f| format!("  '{f}',")).collect::<Vec<_>>().join("\n");
    let sw = template.replace("__VERSION__", &format!("{hash:016x}")).replace("  '__FILES__',", &list);
    write(&dist.join("sw.js"), sw.as_bytes())
}

/// Writes `NAME.gz` ([`gzip_shipped`]) and `NAME.br` (brotli 11) beside each file
/// worth compressing, and says what they save.
fn precompress(dist: &Path) -> Result {
    let start = std::time::Instant::now();
    let (mut raw, mut gz, mut br, mut count) = (0, 0, 0, 0);
    for path in files(dist)? {
        let file = name(&path);
        let kind = file.rsplit_once('.').map(|(_, ext)| ext).unwrap_or_default();
        let size = std::fs::metadata(&path).map_err(|e| format!("reading {file}: {e}"))?.len();
        if !PRECOMPRESS.contains(&kind) || size < PRECOMPRESS_MIN_BYTES {
            continue;
        }
        let bytes = read(&path)?;
        let (g, b) = (gzip_shipped(&bytes)?, brotli(&bytes)?);
        // A host sends these instead of the file: they must be the file.
        if gunzip(&g)? != bytes || unbrotli(&b)? != bytes {
            return Err(format!("the compressed copies of {file} do not unpack to it"));
        }
        write(&dist.join(format!("{file}.gz")), &g)?;
        write(&dist.join(format!("{file}.br")), &b)?;
        (raw, gz, br, count) = (raw + bytes.len(), gz + g.len(), br + b.len(), count + 1);
    }
    println!(
        "xtask: wrote .gz and .br beside {count} files ({raw} B raw: {gz} B gzip, {br} B brotli) in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

fn single_file(env: &Env, dist: &Path, first_screen: &str) -> Result {
    let js = String::from_utf8(read(&find(dist, "switchback-", ".js")?)?).map_err(|e| e.to_string())?;
    let wasm = read(&find(dist, "switchback-", "_bg.wasm")?)?;
    // The page unpacks it with the browser's DecompressionStream.
    let packed = gzip_shipped(&wasm)?;
    let text = base85(&packed);
    // The graph checker: its wasm packed the same way, and its scripts (the
    // wasm-bindgen glue, then the worker's own) as one text the page starts
    // a worker from (a `blob:` address: no worker from `file://`).
    let checker_wasm = gzip_shipped(&read(&dist.join("graph-checker_bg.wasm"))?)?;
    let checker_js =
        [read(&dist.join("graph-checker.js"))?, b"\n".to_vec(), read(&dist.join("checker-worker.js"))?].concat();
    let checker_js = String::from_utf8(checker_js).map_err(|e| e.to_string())?.replace("</script", "<\\/script");
    let css = String::from_utf8(read(&find(dist, "app-", ".css")?)?).map_err(|e| e.to_string())?;
    let icon = read(&env.root.join("assets/favicon.svg"))?;
    // Nothing inlined may close its element early.
    let js = js.replace("</script", "<\\/script");
    let css = css.replace("</style", "<\\/style");
    if !js.contains("async function __wbg_init(") {
        return Err("the wasm-bindgen glue has no __wbg_init: check the wasm-bindgen version".to_owned());
    }
    let template = String::from_utf8(read(&env.root.join("assets/single-file.html"))?).map_err(|e| e.to_string())?;
    let template = crate::prerender::insert(&template, first_screen)?;
    let html = template
        .replace("/*__CSS__*/", &css)
        .replace("__ICON__", &base64(&icon))
        .replace("__BASE85__", std::str::from_utf8(BASE85).map_err(|e| e.to_string())?)
        .replace("__CHECKER_WASM__", &base85(&checker_wasm))
        .replace("/*__CHECKER_JS__*/", &checker_js)
        .replace("__WASM__", &text)
        .replace("/*__JS__*/", &js);
    write(&dist.join("switchback.html"), html.as_bytes())?;
    println!(
        "xtask: wrote dist/switchback.html ({} B; the WebAssembly: {} B, {} B gzip, {} B as text)",
        html.len(),
        wasm.len(),
        packed.len(),
        text.len()
    );
    Ok(())
}

/// Files larger than this are packed with gzip -9 rather than Zopfli
/// (which takes about 2.5 s a megabyte): only the atlas's JSON, a download.
const ZOPFLI_MAX_BYTES: usize = 2 * 1024 * 1024;

/// `bytes` gzip-compressed as small as we can for shipping: Zopfli (a
/// standard gzip stream, found by a slower search), or gzip -9 for a file
/// too large to search.
pub(crate) fn gzip_shipped(bytes: &[u8]) -> Result<Vec<u8>> {
    if bytes.len() > ZOPFLI_MAX_BYTES {
        return gzip(bytes);
    }
    let mut out = Vec::new();
    zopfli::compress(zopfli::Options::default(), zopfli::Format::Gzip, bytes, &mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// `bytes` gzip-compressed at the highest level.
pub(crate) fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

/// `bytes` brotli-compressed at the highest quality, with the largest
/// window every browser accepts (16 MB).
pub(crate) fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 24);
        encoder.write_all(bytes).map_err(|e| e.to_string())?;
        encoder.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// What a browser reads from a gzip stream.
fn gunzip(packed: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(packed), &mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// What a browser reads from a brotli stream.
fn unbrotli(packed: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut brotli::Decompressor::new(packed, 64 * 1024), &mut out)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// The size of a file of `dist` as its `.gz` copy ships (packed now when
/// it has none: a file too small for one).
pub(crate) fn shipped_gzip_size(dist: &Path, file: &str, bytes: &[u8]) -> Result<usize> {
    match std::fs::metadata(dist.join(format!("{file}.gz"))) {
        Ok(meta) => Ok(meta.len() as usize),
        Err(_) => Ok(gzip_shipped(bytes)?.len()),
    }
}

pub(crate) fn gzip_size(bytes: &[u8]) -> Result<usize> {
    Ok(gzip(bytes)?.len())
}

/// Every file `index.html` loads on a first visit: the page itself, then
/// the `href`/`src` of its stylesheet, scripts and module preloads, and the
/// initializer (imported by the inline script).
pub(crate) fn first_load_files(dist: &Path) -> Result<Vec<String>> {
    let html = String::from_utf8(read(&dist.join("index.html"))?).map_err(|e| e.to_string())?;
    let mut files = vec!["index.html".to_owned()];
    for attr in ["href=\"./", "src=\"./", "from './", "module_or_path: './"] {
        for part in html.split(attr).skip(1) {
            let end = part.find(['"', '\'']).unwrap_or(part.len());
            let file = part[..end].to_owned();
            let counts =
                file.ends_with(".js") || file.ends_with(".mjs") || file.ends_with(".wasm") || file.ends_with(".css");
            if counts && !files.contains(&file) {
                files.push(file);
            }
        }
    }
    Ok(files)
}

/// Prints the first-load transfer (gzip) per file and in total. Fails only
/// when a file the page loads is missing, never on the number.
pub fn budget(env: &Env) -> Result {
    let dist = env.root.join("dist");
    let files = first_load_files(&dist)?;
    let (mut total, mut total_br, mut total_9) = (0, 0, 0);
    println!("xtask: first-load transfer (what index.html loads): gzip as dist/ ships it (Zopfli), brotli 11, and gzip -9 (a host compressing as it sends):");
    for file in &files {
        let bytes = read(&dist.join(file)).map_err(|e| format!("index.html loads {file}, which is missing: {e}"))?;
        let (gz, br, gz9) = (shipped_gzip_size(&dist, file, &bytes)?, brotli(&bytes)?.len(), gzip_size(&bytes)?);
        (total, total_br, total_9) = (total + gz, total_br + br, total_9 + gz9);
        println!("  {gz:>9} B gzip  {br:>9} B brotli  {gz9:>9} B gzip -9  {:>9} B raw  {file}", bytes.len());
    }
    let verdict = if total <= BUDGET_BYTES { "within" } else { "OVER" };
    println!(
        "  {total:>9} B gzip in total: {verdict} the {} KB budget ({:.1} KB)",
        BUDGET_BYTES / 1024,
        total as f64 / 1024.0
    );
    println!("  {total_br:>9} B brotli in total");
    println!("  {total_9:>9} B gzip -9 in total");
    let offline = dist.join("switchback.html");
    if let Ok(bytes) = read(&offline) {
        println!("  switchback.html: {} B raw, {} B gzip", bytes.len(), gzip_size(&bytes)?);
    }
    // The graph checker is fetched with the first graph a person opens.
    let mut checker = (0, 0);
    for file in ["checker-worker.js", "graph-checker.js", "graph-checker_bg.wasm"] {
        if let Ok(bytes) = read(&dist.join(file)) {
            checker = (checker.0 + shipped_gzip_size(&dist, file, &bytes)?, checker.1 + bytes.len());
        }
    }
    println!(
        "  the graph checker (its worker, glue and wasm; fetched with the first graph opened): {} B gzip, {} B raw",
        checker.0, checker.1
    );
    // The atlas is fetched only when a person picks it; its own budget.
    for (file, what, packed) in [
        (ATLAS_FILE, "for download, and the fallback", false),
        (ATLAS_CHECKED, "fetched when the atlas is picked", true),
    ] {
        if let Ok(bytes) = read(&dist.join(file)) {
            // The checked copy is gzip already.
            let (gz, raw) = if packed {
                (bytes.len(), String::new())
            } else {
                (gzip_size(&bytes)?, format!("{} B raw, ", bytes.len()))
            };
            let verdict = if gz <= ATLAS_BUDGET_BYTES { "within" } else { "OVER" };
            println!("  {file} ({what}): {raw}{gz} B gzip: {verdict} its {} KB budget", ATLAS_BUDGET_BYTES / 1024);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_gzip_unpacks_to_the_bytes_and_is_no_larger_than_gzip_9() {
        let text: Vec<u8> =
            (0..8_000u32).flat_map(|i| format!("role-{} skill-{} ", i % 97, i % 13).into_bytes()).collect();
        for bytes in [Vec::new(), b"x".to_vec(), text] {
            let packed = gzip_shipped(&bytes).unwrap();
            assert_eq!(gunzip(&packed).unwrap(), bytes);
            assert!(packed.len() <= gzip(&bytes).unwrap().len() + 2, "{} bytes", bytes.len());
            assert_eq!(unbrotli(&brotli(&bytes).unwrap()).unwrap(), bytes);
        }
    }

    /// The decoder `assets/single-file.html` runs, in Rust: digits to
    /// 4-byte groups, a short last group padded with the highest digit.
    fn unbase85(text: &str) -> Vec<u8> {
        let digit = |c: u8| BASE85.iter().position(|&d| d == c).expect("a base85 digit") as u64;
        let mut out = Vec::new();
        for group in text.as_bytes().chunks(5) {
            let n = (0..5).fold(0u64, |n, i| n * 85 + group.get(i).map_or(84, |&c| digit(c)));
            out.extend_from_slice(&(n as u32).to_be_bytes()[..group.len() - 1]);
        }
        out
    }

    #[test]
    fn base85_round_trips_every_length_and_byte() {
        let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).chain([0, 0, 0, 0, 255, 255, 255, 255]).collect();
        for len in 0..bytes.len() {
            let text = base85(&bytes[..len]);
            assert_eq!(text.len(), len / 4 * 5 + if len % 4 == 0 { 0 } else { len % 4 + 1 });
            assert_eq!(unbase85(&text), &bytes[..len], "{len} bytes");
        }
        assert_eq!(base85(&[0, 0, 0, 0]), "00000");
        assert_eq!(base85(&[255, 255, 255, 255]), "|NsC0");
    }

    #[test]
    fn base85_text_is_inert_in_a_data_block() {
        let alphabet = std::str::from_utf8(BASE85).unwrap();
        let mut unique: Vec<char> = alphabet.chars().collect();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 85, "85 different digits");
        for c in alphabet.chars() {
            assert!(c.is_ascii_graphic() && !"<>&\"'`\\/-".contains(c), "{c:?} in the base85 alphabet");
        }
    }

    #[test]
    fn base64_is_standard() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
    }
}
