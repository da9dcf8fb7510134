//! `cargo xtask bench cocotb`: the same workload on `cosim_harness_top` driven by the
//! project's Rust harness and by cocotb 2 with cocotbext-axi (`bench/cocotb/`), cycles per
//! second of each and the ratio (`cosim bench-cocotb`, `cosim/src/bench_cocotb.rs`).
//!
//! 1. cocotb, cocotbext-axi and their dependencies, every version pinned ([`PYPI`]), go into
//!    their own venv [`VENV`] (a stamp and the install lock as for the other tools; installed
//!    only when this bench runs, so `cargo xtask test` without it never downloads them).
//! 2. `bench/cocotb/run.py` builds the top with cocotb's Verilator runner, using the project's
//!    Verilator (cocotb 2 needs >= 5.036), runs the test module and writes its figures and
//!    checksum to [`COCOTB_SIDE_JSON`].
//! 3. `cosim bench-cocotb --against` runs the same rounds on the Rust harness, requires the
//!    same checksum, prints both sides and the ratio and writes [`JSON`].

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::error::{bail, Context, Result};
use crate::proc;
use crate::tools::{self, Origin, Tools, Version};

/// The cocotb venv, relative to the workspace root (git-ignored via `/.tools/`).
pub const VENV: &str = ".tools/cocotb-venv";
/// Everything the cocotb side imports, pinned (the whole dependency closure).
pub const PYPI: [&str; 10] = [
    "cocotb==2.1.0",
    "cocotbext-axi==0.1.28",
    "cocotb-bus==0.3.0",
    "find_libpython==0.5.1",
    "scapy==2.8.0",
    "pytest==9.2.0",
    "pluggy==1.7.0",
    "iniconfig==2.3.1",
    "packaging==26.4",
    "pygments==2.21.0",
];
/// Oldest Verilator cocotb 2 supports.
pub const MIN_VERILATOR: Version = Version(5, 36);
/// The comparison (both sides, the ratio), relative to the workspace root.
pub const JSON: &str = "target/bench/cocotb.json";
/// The cocotb side's figures, written by `bench/cocotb/run.py`.
pub const COCOTB_SIDE_JSON: &str = "target/cocotb/side.json";
/// cocotb's build folder (the verilated top).
const BUILD_DIR: &str = "target/bench/cocotb-build";
/// Rounds of the measured run (about 120,000 cycles).
pub const ROUNDS: u64 = 200;
/// Rounds of the CI smoke run (about 600 cycles).
pub const SMOKE_ROUNDS: u64 = 1;

/// The venv's Python with the pinned packages: reused when its stamp matches, else installed.
pub fn provision(root: &Path) -> Result<PathBuf> {
    let dir = root.join(VENV);
    let stamp = dir.join(tools::STAMP);
    let want = tools::stamp_text(&dir, &PYPI);
    let python = dir.join("bin").join("python");
    let installed =
        || fs::read_to_string(&stamp).is_ok_and(|s| s == want) && fs::metadata(&python).is_ok();
    if installed() {
        return Ok(python);
    }
    let _lock = tools::InstallLock::acquire(&root.join(tools::LOCK))?;
    if installed() {
        return Ok(python);
    }
    eprintln!("tools: installing {} into {VENV} (pip)", PYPI.join(" "));
    let start = Instant::now();
    tools::install(&dir, &PYPI)?;
    let out = proc::capture(Command::new(&python).args(["-c", "import cocotb, cocotbext.axi"]))?;
    if !out.status.success() {
        bail!("the cocotb venv cannot import cocotb and cocotbext.axi:\n{}", out.text());
    }
    eprintln!("tools: installed in {:.1} s", start.elapsed().as_secs_f64());
    fs::write(&stamp, want).context(|| format!("cannot write {}", stamp.display()))?;
    Ok(python)
}

/// Both sides on `rounds` rounds; the Rust side in a release build (`release`) or the debug
/// build (the CI smoke run), best of `trials`.
pub fn run(root: &Path, tools: &Tools, rounds: u64, release: bool, trials: u32) -> Result<()> {
    let v = &tools.verilator;
    if v.origin == Origin::Path {
        let too_old =
            tools::parse_version(&v.version, "Verilator").is_none_or(|x| x < MIN_VERILATOR);
        if too_old {
            bail!(
                "cocotb 2 needs Verilator >= {MIN_VERILATOR}; the one on PATH is {:?} (take it \
                 off PATH and `cargo xtask tools` installs the pinned one)",
                v.version
            );
        }
    }
    let python = provision(root)?;
    let Some(bin) = v.program.parent() else {
        bail!("{} has no folder", v.program.display());
    };
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path = std::env::join_paths(
        std::iter::once(bin.to_path_buf()).chain(std::env::split_paths(&path)),
    )
    .context(|| "cannot extend PATH".to_string())?;
    let side = root.join(COCOTB_SIDE_JSON);
    let mut cmd = Command::new(&python);
    cmd.current_dir(root)
        .arg(root.join("bench/cocotb/run.py"))
        .arg("--root")
        .arg(root)
        .args(["--rounds", &rounds.to_string(), "--json"])
        .arg(&side)
        .arg("--build-dir")
        .arg(root.join(BUILD_DIR))
        .env("PATH", path)
        .env("VERILATOR_ROOT", &tools.verilator_root);
    println!("$ {}", proc::show(&cmd));
    let (status, took) = proc::run_inherited(&mut cmd)?;
    if !status.success() {
        bail!("the cocotb side failed ({status}) after {:.1} s", took.as_secs_f64());
    }
    println!("cocotb side: build and run {:.1} s", took.as_secs_f64());

    let side = side.to_string_lossy();
    let json = root.join(JSON);
    let json = json.to_string_lossy();
    let trials = trials.to_string();
    let mut args = vec!["run", "--quiet"];
    if release {
        args.push("--release");
    }
    args.extend(["--package", "cosim", "--", "bench-cocotb", "--against", &side]);
    args.extend(["--trials", &trials, "--json", &json]);
    crate::ci::cargo(root, tools, &args)
}
