//! Developer commands: `cargo xtask <command>`.
//!
//! - `serve`: install what is missing, build, serve on http://127.0.0.1:8080
//! - `test`: install what is missing, run every suite, print a summary
//! - `schema`: regenerate `schema/switchback-1.schema.json` and
//!   `src/data/builtin.bin` (the built-in graph, checked, compact)
//! - `bench`: the browser benchmark (release build, real Chromium)
//! - `validate FILE...`: the loader's report for graph files (JSON, or the
//!   CSV files of one spreadsheet); exits non-zero when any has errors
//! - `import-onet DIR OUT`: the O*NET atlas as a Switchback graph
//! - `fuzz [TARGET] [--runs N] [--no-sanitizer]`: the fuzz targets in `fuzz/` (10 million
//!   executions each by default; see docs/security.md)
//! - `dist`: everything a host needs in `dist/` (app, service worker,
//!   embed loader, single offline file) and the first-load transfer figure
//! - `size [--no-build]`: `dist`, then the release WebAssembly by crate and
//!   by our module (raw and gzip) and the first-load total; fails if the
//!   wasm formats floats again
//!
//! Every install is idempotent: each tool is checked first (exact version
//! where it matters) and only installed when missing, with a line saying what,
//! why and roughly how long.

mod csp;
mod dist;
mod fuzz;
mod imports;
mod onet;
mod prerender;
mod size;
mod tools;
mod validate;

use std::process::ExitCode;
use std::time::Instant;

use tools::{run, Env};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("schema") => schema(),
        Some("bench") => bench(),
        Some("import-onet") => import_onet(&args[1..]),
        Some("validate") => validate(&args[1..]),
        Some("fuzz") => fuzz::command(&args[1..]),
        Some("size") => size::command(&args[1..]),
        Some("dist") => Env::new().and_then(|env| {
            env.ensure_build_tools()?;
            dist::dist(&env)?;
            dist::budget(&env)
        }),
        _ => {
            eprintln!("usage: cargo xtask <serve [--release] | test | dist | size [--no-build] | validate FILE... | fuzz [TARGET] [--runs N] [--no-sanitizer] | import-onet DIR OUT | schema | bench>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

type Result<T = ()> = std::result::Result<T, String>;

fn serve(args: &[String]) -> Result {
    let env = Env::new()?;
    env.ensure_build_tools()?;
    let mut cmd = env.command("trunk");
    cmd.arg("serve");
    if args.iter().any(|a| a == "--release") {
        cmd.arg("--release");
    }
    println!("xtask: building and serving Switchback at http://127.0.0.1:8080/ (Ctrl-C stops)");
    run(&mut cmd)
}

fn import_onet(args: &[String]) -> Result {
    let [dir, out] = args else { return Err("usage: cargo xtask import-onet DIR OUT".to_owned()) };
    let doc = onet::import(std::path::Path::new(dir))?;
    let (roles, skills, moves) = (doc.roles.len(), doc.skills.len(), doc.transitions.len());
    let text = serde_json::to_string(&doc).map_err(|e| e.to_string())?;
    std::fs::write(out, &text).map_err(|e| format!("writing {out}: {e}"))?;
    println!("xtask: wrote {out}: {roles} roles, {skills} skills, {moves} moves, {} bytes", text.len());
    Ok(())
}

fn validate(args: &[String]) -> Result {
    if args.is_empty() {
        return Err(
            "usage: cargo xtask validate FILE... (one or more .json graphs, or the .csv files of one spreadsheet)"
                .to_owned(),
        );
    }
    let mut files = Vec::new();
    for path in args {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read it: {e}"))?;
        // As the app reads a file: UTF-8 with or without a byte-order mark,
        // or UTF-16 with one.
        let text = switchback::domain::text::decode_text(&bytes)
            .map_err(|why| format!("{}: {why}", switchback::domain::text::escape_controls(path)))?;
        files.push((path.clone(), text));
    }
    let outcome = validate::check(&files);
    print!("{}", outcome.text);
    match outcome.errors {
        0 => Ok(()),
        n => Err(format!("{n} error{} found", if n == 1 { "" } else { "s" })),
    }
}

fn schema() -> Result {
    let env = Env::new()?;
    let path = env.root.join("schema/switchback-1.schema.json");
    std::fs::write(&path, switchback::domain::format::json_schema())
        .map_err(|e| format!("writing {}: {e}", path.display()))?;
    println!("xtask: wrote {}", path.display());
    write_builtin_checked(&env)
}

/// Writes `src/data/builtin.bin`, the built-in graph checked in the compact
/// form the page embeds, when it is not current (after an edit of the
/// graph or of the form's sources; `schema` and `dist` call this, and a
/// native test fails while the committed copy is stale).
pub(crate) fn write_builtin_checked(env: &Env) -> Result {
    let path = env.root.join("src/data/builtin.bin");
    let current = switchback::data::builtin_checked();
    if std::fs::read(&path).ok().as_deref() == Some(current.as_slice()) {
        return Ok(());
    }
    std::fs::write(&path, current).map_err(|e| format!("writing {}: {e}", path.display()))?;
    println!("xtask: wrote {} (the built-in graph, checked, in the compact form)", path.display());
    Ok(())
}

/// The browser benchmark: builds the release, writes the generated
/// 1,000-role graph, and measures both graphs in Chromium. Criterion's
/// native benchmarks are `cargo bench`.
fn bench() -> Result {
    let env = Env::new()?;
    env.ensure_build_tools()?;
    env.ensure_browser()?;
    env.ensure_e2e_deps()?;
    dist::dist(&env)?;
    let dir = env.root.join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let graph = dir.join("generated-1000.json");
    let doc = switchback::domain::synthetic::generate(switchback::domain::synthetic::Sizes::LARGE, 7);
    let text = serde_json::to_string(&doc).map_err(|e| e.to_string())?;
    std::fs::write(&graph, text).map_err(|e| format!("writing {}: {e}", graph.display()))?;
    run(env
        .command("node")
        .arg(env.root.join("tests/e2e/bench.mjs"))
        .arg(&graph)
        .env("SWITCHBACK_DIST", env.root.join("dist")))
}

/// One suite of `cargo xtask test`.
struct Suite {
    name: &'static str,
    run: fn(&Env) -> Result,
}

const SUITES: &[Suite] = &[
    Suite { name: "format", run: |env| run(env.command("cargo").args(["fmt", "--all", "--", "--check"])) },
    Suite {
        name: "clippy (native)",
        run: |env| run(env.command("cargo").args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])),
    },
    Suite {
        name: "clippy (wasm32)",
        run: |env| {
            run(env.command("cargo").args([
                "clippy",
                "-p",
                "switchback",
                "--target",
                "wasm32-unknown-unknown",
                "--lib",
                "--bins",
                "--test",
                "web",
                "--",
                "-D",
                "warnings",
            ]))
        },
    },
    Suite {
        name: "native tests",
        run: |env| {
            run(env.command("cargo").args(["test", "--workspace"]))?;
            // Benchmarks in test mode: each runs once, so they cannot rot.
            run(env.command("cargo").args(["test", "-p", "switchback", "--benches"]))
        },
    },
    Suite {
        name: "browser tests",
        run: |env| {
            run(env
                .command("cargo")
                .args(["test", "-p", "switchback", "--target", "wasm32-unknown-unknown", "--test", "web"])
                .env("CHROMEDRIVER", tools::CHROMEDRIVER)
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
        },
    },
    Suite { name: "fuzz (smoke)", run: fuzz::smoke },
    Suite { name: "dist (release build)", run: dist::dist },
    Suite { name: "transfer budget", run: dist::budget },
    Suite { name: "wasm size", run: size::report },
    Suite {
        name: "end-to-end tests",
        run: |env| {
            let e2e = env.root.join("tests/e2e");
            run(env
                .command("node")
                // A test that hangs fails after five minutes instead of holding
                // the run until CI's limit.
                .args(["--test", "--test-concurrency=1", "--test-timeout=300000", "--test-reporter=spec"])
                .arg(e2e.join("journeys.test.mjs"))
                .arg(e2e.join("graphs.test.mjs"))
                .arg(e2e.join("publish.test.mjs"))
                .arg(e2e.join("atlas.test.mjs"))
                .arg(e2e.join("hostile.test.mjs"))
                .arg(e2e.join("embeds.test.mjs"))
                .arg(e2e.join("layout.test.mjs"))
                .env("SWITCHBACK_DIST", env.root.join("dist"))
                .env("SWITCHBACK_DOCS", env.root.join("docs")))
        },
    },
];

fn test() -> Result {
    let env = Env::new()?;
    env.ensure_build_tools()?;
    env.ensure_browser()?;
    env.ensure_e2e_deps()?;
    let mut summary: Vec<String> = Vec::new();
    let mut failed = None;
    for suite in SUITES {
        println!("\nxtask: === {} ===", suite.name);
        let start = Instant::now();
        let outcome = (suite.run)(&env);
        let secs = start.elapsed().as_secs_f64();
        match outcome {
            Ok(()) => summary.push(format!("ok      {:<18} {secs:>7.1}s", suite.name)),
            Err(e) => {
                summary.push(format!("FAILED  {:<18} {secs:>7.1}s  {e}", suite.name));
                failed = Some(suite.name);
                break;
            }
        }
    }
    for suite in SUITES.iter().skip(summary.len()) {
        summary.push(format!("skipped {:<18}", suite.name));
    }
    println!("\nxtask: summary");
    for line in &summary {
        println!("  {line}");
    }
    match failed {
        Some(name) => Err(format!("{name} failed; later suites were not run")),
        None => Ok(()),
    }
}
