//! Finding and installing the tools the build and the tests need.
//!
//! What this machine kind can reach is only the package registries
//! (crates.io, npm, Debian), so every tool comes from one of them, in the
//! exact version that works here (see `../shared/TOOLCHAIN.md` in the team
//! notes): trunk 0.21.14 and wasm-bindgen-cli from crates.io, wasm-opt from npm
//! `binaryen@132` in the project-local `.tools/`, Chromium and ChromeDriver
//! from Debian, playwright-core and axe-core from npm in `tests/e2e/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::Result;

/// Where Debian puts the browser and its driver.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Debian's ChromeDriver, used by wasm-bindgen-test-runner.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_VERSION: &str = "132";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The repository and a PATH with the project-local tools first.
pub struct Env {
    /// The repository root.
    pub root: PathBuf,
    path: String,
}

/// Runs a command, inheriting output; an error names the command.
pub fn run(cmd: &mut Command) -> Result {
    let status = cmd.status().map_err(|e| format!("could not start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} exited with {status}", describe(cmd)))
    }
}

fn describe(cmd: &Command) -> String {
    let args: Vec<String> = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
    format!("`{} {}`", cmd.get_program().to_string_lossy(), args.join(" "))
}

/// Runs a command quietly and returns its stdout, or None if it failed or
/// does not exist.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

pub fn say_install(what: &str, why: &str, how_long: &str) {
    println!("xtask: installing {what}: {why}. This takes {how_long}.");
}

impl Env {
    /// Finds the repository root (the folder above `xtask/`).
    pub fn new() -> Result<Env> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().ok_or("xtask has no parent folder")?.to_path_buf();
        let local_bin = root.join(".tools/node_modules/.bin");
        let mut parts = vec![local_bin.display().to_string()];
        parts.extend(cargo_bin().map(|p| p.display().to_string()));
        parts.push(std::env::var("PATH").unwrap_or_default());
        Ok(Env { root, path: parts.join(":") })
    }

    /// A command run in the repository with the tool PATH.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.current_dir(&self.root).env("PATH", &self.path);
        cmd
    }

    fn version_of(&self, program: &str) -> Option<String> {
        output(self.command(program).arg("--version"))
    }

    /// The wasm target, trunk, wasm-bindgen-cli (the Cargo.lock version) and
    /// wasm-opt.
    pub fn ensure_build_tools(&self) -> Result {
        let targets = output(self.command("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
        if !targets.lines().any(|t| t.trim() == WASM_TARGET) {
            say_install("the wasm32-unknown-unknown target", "the app compiles to WebAssembly", "under a minute");
            run(self.command("rustup").args(["target", "add", WASM_TARGET]))?;
        }
        for component in ["rustfmt", "clippy"] {
            let probe = if component == "rustfmt" { ["fmt", "--version"] } else { ["clippy", "--version"] };
            if output(self.command("cargo").args(probe)).is_none() {
                say_install(component, "the test command checks formatting and lints", "under a minute");
                run(self.command("rustup").args(["component", "add", component]))?;
            }
        }

        let want = format!("trunk {TRUNK_VERSION}");
        if self.version_of("trunk").as_deref() != Some(want.as_str()) {
            say_install(
                &format!("trunk {TRUNK_VERSION} from crates.io"),
                "it builds and serves the app (0.22 needs a newer rustc)",
                "about 10 CPU-minutes, compiled from source",
            );
            // --force: the version check above already failed, and cargo's own
            // records may still list a binary that was deleted since.
            run(self.command("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked", "--force"]))?;
        }

        let bindgen = self.locked_version("wasm-bindgen")?;
        let want = format!("wasm-bindgen {bindgen}");
        if self.version_of("wasm-bindgen").as_deref() != Some(want.as_str()) {
            say_install(
                &format!("wasm-bindgen-cli {bindgen} from crates.io"),
                "it must match the wasm-bindgen version in Cargo.lock exactly",
                "about 3 minutes, compiled from source",
            );
            // Not --locked: its lockfile pins a crate version the registry lacks.
            run(self.command("cargo").args([
                "install",
                "wasm-bindgen-cli",
                "--version",
                &format!("={bindgen}"),
                "--force",
            ]))?;
        }

        let wasm_opt = self.root.join(".tools/node_modules/.bin/wasm-opt");
        let ok = output(Command::new(&wasm_opt).arg("--version"))
            .is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION}")));
        if !ok {
            say_install(
                &format!("wasm-opt (npm binaryen@{BINARYEN_VERSION}) into .tools/"),
                "it shrinks the release wasm; older binaryen releases cannot read today's wasm",
                "a few seconds",
            );
            std::fs::create_dir_all(self.root.join(".tools")).map_err(|e| e.to_string())?;
            run(self.command("npm").args([
                "install",
                "--prefix",
                ".tools",
                "--no-audit",
                "--no-fund",
                &format!("binaryen@{BINARYEN_VERSION}"),
            ]))?;
        }
        Ok(())
    }

    /// Debian's Chromium and ChromeDriver.
    pub fn ensure_browser(&self) -> Result {
        if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
            return Ok(());
        }
        let root = output(Command::new("id").arg("-u")).as_deref() == Some("0");
        if !root {
            return Err(format!(
                "the browser tests need Debian's Chromium and ChromeDriver ({CHROMIUM}, {CHROMEDRIVER}). Install them with:\n    sudo apt-get update && sudo apt-get install -y chromium chromium-driver"
            ));
        }
        say_install(
            "chromium and chromium-driver from Debian",
            "the browser and end-to-end tests run in headless Chromium",
            "one to three minutes",
        );
        run(Command::new("apt-get").arg("update"))?;
        run(Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"])
            .env("DEBIAN_FRONTEND", "noninteractive"))
    }

    /// The end-to-end test dependencies (playwright-core, axe-core), from
    /// `tests/e2e/package-lock.json`. Re-installed only when the lock file is
    /// newer than the installed tree.
    pub fn ensure_e2e_deps(&self) -> Result {
        self.ensure_npm_packages(
            "tests/e2e",
            "the end-to-end test packages (playwright-core, axe-core) from npm",
            "they drive Chromium and check accessibility; no browser is downloaded",
        )
    }

    /// The minifiers `dist` runs (terser, csso), from npm.
    pub fn ensure_minifiers(&self) -> Result {
        self.ensure_npm_packages(
            "xtask/js",
            "the minifiers (terser, csso) from npm",
            "`dist` shrinks the script and stylesheet the first visit loads",
        )
    }

    /// `npm ci` in `dir` (under the repository) unless its packages are
    /// already installed from the current lock file.
    fn ensure_npm_packages(&self, dir: &str, what: &str, why: &str) -> Result {
        if output(self.command("node").arg("--version")).is_none()
            || output(self.command("npm").arg("--version")).is_none()
        {
            return Err(format!(
                "{what}: Node.js and npm are needed. Install them with:\n    sudo apt-get install -y nodejs npm"
            ));
        }
        let dir = self.root.join(dir);
        let lock = dir.join("package-lock.json");
        let stamp = dir.join("node_modules/.package-lock.json");
        let fresh = match (
            std::fs::metadata(&lock).and_then(|m| m.modified()),
            std::fs::metadata(&stamp).and_then(|m| m.modified()),
        ) {
            (Ok(l), Ok(s)) => s >= l,
            _ => false,
        };
        if !fresh {
            say_install(what, why, "a few seconds");
            run(self.command("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir))?;
        }
        Ok(())
    }

    /// The version Cargo.lock resolves for a package.
    fn locked_version(&self, package: &str) -> Result<String> {
        let lock =
            std::fs::read_to_string(self.root.join("Cargo.lock")).map_err(|e| format!("reading Cargo.lock: {e}"))?;
        let needle = format!("name = \"{package}\"\nversion = \"");
        let start = lock.find(&needle).ok_or(format!("{package} is not in Cargo.lock"))? + needle.len();
        let end = lock[start..].find('"').ok_or("malformed Cargo.lock")?;
        Ok(lock[start..start + end].to_owned())
    }
}

/// Where `cargo install` puts binaries.
fn cargo_bin() -> Option<PathBuf> {
    match std::env::var_os("CARGO_HOME") {
        Some(home) => Some(PathBuf::from(home).join("bin")),
        None => std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin")),
    }
}
