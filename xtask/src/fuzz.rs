//! `cargo xtask fuzz [TARGET] [--runs N]`: the coverage-guided fuzz targets
//! in `fuzz/` (cargo-fuzz and libFuzzer), and the short smoke run of each
//! that `cargo xtask test` makes.
//!
//! cargo-fuzz asks rustc for `-Z` flags (the address sanitizer, coverage
//! counters). This machine kind has only the stable toolchain, so the runs
//! set `RUSTC_BOOTSTRAP=1`, which lets stable rustc take them; nothing else
//! is built that way. New inputs found go to `target/fuzz-corpus/<target>/`
//! and the committed, minimised corpus in `fuzz/corpus/<target>/` is only
//! read, so a run never leaves the work tree changed; a crash is saved
//! under `fuzz/artifacts/<target>/` (ignored by git) and fails the run.

use std::time::Instant;

use crate::tools::{output, run, say_install, Env};
use crate::Result;

const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// Every target, in the order they run.
pub const TARGETS: &[&str] = &["json_loader", "csv_loader", "address", "stored_records"];

/// cargo-fuzz from crates.io, if it is not there in this version.
pub fn ensure_cargo_fuzz(env: &Env) -> Result {
    let want = format!("cargo-fuzz {CARGO_FUZZ_VERSION}");
    if output(env.command("cargo").args(["fuzz", "--version"])).as_deref() != Some(want.as_str()) {
        say_install(
            &format!("cargo-fuzz {CARGO_FUZZ_VERSION} from crates.io"),
            "it builds and runs the fuzz targets with libFuzzer",
            "about 2 CPU-minutes, compiled from source",
        );
        run(env.command("cargo").args([
            "install",
            "cargo-fuzz",
            "--version",
            CARGO_FUZZ_VERSION,
            "--locked",
            "--force",
        ]))?;
    }
    Ok(())
}

/// Runs `targets` for `runs` executions each (and at most `seconds` each,
/// when given), printing executions and time per target. Without
/// `sanitizer`, libFuzzer runs without AddressSanitizer: the code fuzzed is
/// safe Rust, so the sanitizer finds nothing more, and runs go three to five
/// times faster (the long runs in docs/security.md are made this way).
pub fn fuzz(env: &Env, targets: &[&str], runs: u64, seconds: Option<u64>, sanitizer: bool) -> Result {
    ensure_cargo_fuzz(env)?;
    let dir = env.root.join("fuzz");
    for target in targets {
        let found = env.root.join("target/fuzz-corpus").join(target);
        std::fs::create_dir_all(&found).map_err(|e| format!("creating {}: {e}", found.display()))?;
        let committed = dir.join("corpus").join(target);
        let mut cmd = env.command("cargo");
        cmd.current_dir(&dir).env("RUSTC_BOOTSTRAP", "1").args(["fuzz", "run", "-O"]);
        if !sanitizer {
            cmd.args(["--sanitizer", "none"]);
        }
        cmd.arg(target);
        cmd.arg(&found).arg(&committed).arg("--").arg(format!("-runs={runs}")).arg("-max_len=8192");
        if let Some(s) = seconds {
            cmd.arg(format!("-max_total_time={s}"));
        }
        println!("xtask: fuzzing {target}: {runs} executions");
        let start = Instant::now();
        run(&mut cmd).map_err(|e| {
            format!("fuzz target {target} failed (a crash is saved under fuzz/artifacts/{target}/): {e}")
        })?;
        println!("xtask: fuzzed {target}: no crash in {:.1}s", start.elapsed().as_secs_f64());
    }
    Ok(())
}

/// `cargo xtask fuzz [TARGET] [--runs N]`.
pub fn command(args: &[String]) -> Result {
    let usage = || format!("usage: cargo xtask fuzz [{}] [--runs N] [--no-sanitizer]", TARGETS.join("|"));
    let mut targets: Vec<&str> = Vec::new();
    let mut runs = 10_000_000u64;
    let mut sanitizer = true;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--runs" => runs = it.next().and_then(|n| n.replace('_', "").parse().ok()).ok_or_else(usage)?,
            "--no-sanitizer" => sanitizer = false,
            t => targets.push(TARGETS.iter().find(|k| **k == t).ok_or_else(usage)?),
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    fuzz(&Env::new()?, &targets, runs, None, sanitizer)
}

/// The smoke run in `cargo xtask test`: every target for a few seconds.
pub fn smoke(env: &Env) -> Result {
    fuzz(env, TARGETS, 20_000, Some(10), true)
}
