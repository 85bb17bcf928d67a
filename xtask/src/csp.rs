//! The Content-Security-Policy `cargo xtask dist` writes into `index.html`
//! and `switchback.html`, as a `<meta http-equiv>` so it travels with the
//! files to any static host and to a file opened from disk.
//!
//! Hash-based: every inline script and style the page ships is allowed by
//! its SHA-256 (computed here, after trunk and the single-file step have
//! written the final text), and nothing else inline runs: an injected
//! `<script>` or `onclick=` is refused by the browser. `'wasm-unsafe-eval'`
//! lets the app compile its own WebAssembly (no `eval` of JavaScript).
//! Graphs are fetched from any http(s) address the app's one address rule
//! allows (`connect-src https: http:`); the rule itself, not the policy,
//! says which (a policy in a file cannot know the host's own origin).
//! `frame-ancestors` (who may embed the app) cannot be set by a meta
//! element: hosts who want it send it as a header (README).

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::dist::base64;
use crate::Result;

/// Where the policy goes: right after `<meta charset>`, before any script
/// or style it governs.
const CHARSET: &str = "<meta charset=\"utf-8\" />";

/// `'sha256-…'` of each inline element `tag` (`script` or `style`) in
/// `html`: the text between its opening tag and its end tag, exactly.
/// Scripts with a `src` and data blocks (`type="application/octet-stream"`)
/// run nothing inline and are skipped.
pub fn inline_hashes(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        // `<scripts…>` or `<styled…>` are other elements.
        if !after.starts_with(['>', ' ', '\n', '\t']) {
            rest = after;
            continue;
        }
        let Some(end_of_tag) = after.find('>') else { break };
        let attributes = &after[..end_of_tag];
        let body = &after[end_of_tag + 1..];
        let Some(end) = body.find(&close) else { break };
        let runs = !attributes.contains("src=") && !attributes.contains("application/octet-stream");
        if runs {
            hashes.push(format!("'sha256-{}'", base64(&Sha256::digest(&body.as_bytes()[..end]))));
        }
        rest = &body[end + close.len()..];
    }
    hashes
}

/// The policy for a page whose inline scripts and styles hash to these.
/// `hosted`: served over http(s) next to its files (`'self'`); otherwise
/// one file opened from disk, which loads nothing but graphs by address.
pub fn policy(scripts: &[String], styles: &[String], hosted: bool) -> String {
    let own = if hosted { "'self' " } else { "" };
    let images = if hosted { "'self' data:" } else { "data:" };
    // The graph checker's worker: a file next to the page, or, in the
    // offline file, started from a `blob:` address of its own scripts.
    let workers = if hosted { "'self'" } else { "blob:" };
    let default = if hosted { "'self'" } else { "'none'" };
    format!(
        "default-src {default}; script-src {own}'wasm-unsafe-eval' {}; style-src {own}{}; img-src {images}; connect-src {own}https: http:; worker-src {workers}; object-src 'none'; base-uri 'none'; form-action 'none'",
        scripts.join(" "),
        styles.join(" ")
    )
}

/// Puts the policy into the page at `path` (after `<meta charset>`);
/// a page that already has one is an error (`dist` runs on fresh output).
pub fn apply(path: &Path, hosted: bool) -> Result {
    let html = std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    if html.contains("Content-Security-Policy") {
        return Err(format!("{} already has a Content-Security-Policy", path.display()));
    }
    let csp = policy(&inline_hashes(&html, "script"), &inline_hashes(&html, "style"), hosted);
    let meta = format!("{CHARSET}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />");
    let Some(at) = html.find(CHARSET) else {
        return Err(format!("{} has no {CHARSET} to put the policy after", path.display()));
    };
    let out = format!("{}{meta}{}", &html[..at], &html[at + CHARSET.len()..]);
    std::fs::write(path, out).map_err(|e| format!("writing {}: {e}", path.display()))?;
    println!("xtask: Content-Security-Policy in {}", path.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_what_runs_inline_exactly() {
        let html = "<script type=\"module\">a()</script><script src=\"x.js\"></script>\
                    <script type=\"application/octet-stream\" id=\"w\">AAAA</script><script nomodule>\nb()\n</script>";
        // printf 'a()' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            inline_hashes(html, "script"),
            vec![
                "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='".to_owned(),
                format!("'sha256-{}'", base64(&Sha256::digest(b"\nb()\n"))),
            ]
        );
        assert_eq!(inline_hashes("<style>p{}</style><styles>", "style").len(), 1);
    }

    #[test]
    fn a_file_on_disk_loads_nothing_of_its_own() {
        let p = policy(&["'sha256-A'".into()], &["'sha256-S'".into()], false);
        assert!(p.starts_with("default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-A'; style-src 'sha256-S';"));
        assert!(!p.contains("'self'") && !p.contains("unsafe-inline"), "{p}");
        let hosted = policy(&["'sha256-A'".into()], &[], true);
        assert!(hosted.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-A';"), "{hosted}");
        assert!(hosted.contains("object-src 'none'; base-uri 'none'"), "{hosted}");
    }
}
