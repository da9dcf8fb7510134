//! `cargo xtask lint-rtl`: Verilator `--lint-only -Wall` and a Yosys read + `check -assert`
//! of the RTL in `hw/rtl_files.f`. Any warning fails.
//!
//! Checks (run in parallel, `XTASK_JOBS` to limit):
//! * every `regmaps/*.sv` on its own: `verilator --lint-only -Wall <file>` and Yosys
//!   `read_verilog -sv <file>` (the packages must compile stand-alone);
//! * every top and simulation top of the list: `verilator --lint-only -Wall -f hw/rtl_files.f --top-module <top>`
//!   and Yosys `read_verilog -sv <all files>; hierarchy -check -top <top>; proc; check -assert`;
//! * without tops, Yosys reads all files once.
//!
//! Yosys logs go to `target/xtask/lint/*.log`.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Context, Error, Result};
use crate::proc;
use crate::rtl::{FileList, FILE_LIST};
use crate::tools::Tools;

const LOG_DIR: &str = "target/xtask/lint";

enum Check {
    VerilatorFile(PathBuf),
    YosysFile(PathBuf),
    VerilatorTop(String),
    YosysTop(String),
    YosysAll,
}

impl Check {
    fn tool(&self) -> &'static str {
        match self {
            Check::VerilatorFile(_) | Check::VerilatorTop(_) => "verilator",
            _ => "yosys",
        }
    }

    fn subject(&self) -> String {
        match self {
            Check::VerilatorFile(f) | Check::YosysFile(f) => f.display().to_string(),
            Check::VerilatorTop(t) | Check::YosysTop(t) => format!("top {t}"),
            Check::YosysAll => format!("all files of {FILE_LIST}"),
        }
    }

    fn log_name(&self) -> String {
        match self {
            Check::YosysFile(f) => {
                format!("file-{}.log", f.file_stem().unwrap_or_default().to_string_lossy())
            }
            Check::YosysTop(t) => format!("top-{t}.log"),
            _ => "all.log".to_string(),
        }
    }
}

struct Outcome {
    ok: bool,
    elapsed: Duration,
    /// What went wrong (tool output), empty when ok.
    details: String,
}

/// Run every check; prints one line per check and a summary. Fails when any check fails.
pub fn lint_rtl(root: &Path, tools: &Tools) -> Result<()> {
    let start = Instant::now();
    let list = FileList::load(root)?;
    let log_dir = root.join(LOG_DIR);
    fs::create_dir_all(&log_dir).context(|| format!("cannot create {}", log_dir.display()))?;

    let mut checks = Vec::new();
    for f in list.packages() {
        checks.push(Check::VerilatorFile(f.clone()));
        checks.push(Check::YosysFile(f.clone()));
    }
    // Simulation-only tops (co-simulation harnesses) are linted like the others.
    for top in list.tops.iter().chain(&list.sim_tops) {
        checks.push(Check::VerilatorTop(top.clone()));
        checks.push(Check::YosysTop(top.clone()));
    }
    if list.tops.is_empty() && list.sim_tops.is_empty() && !list.files.is_empty() {
        checks.push(Check::YosysAll);
    }
    println!(
        "lint-rtl: {} files ({} packages), {} top{} and {} simulation top{}, {} checks",
        list.files.len(),
        list.packages().count(),
        list.tops.len(),
        if list.tops.len() == 1 { "" } else { "s" },
        list.sim_tops.len(),
        if list.sim_tops.len() == 1 { "" } else { "s" },
        checks.len()
    );

    let outcomes = proc::parallel_map(
        &checks,
        proc::jobs(),
        |check| {
            run(root, tools, &list, check).unwrap_or_else(|e| Outcome {
                ok: false,
                elapsed: Duration::ZERO,
                details: e.to_string(),
            })
        },
        |_, _| {},
    );

    let mut failed = 0;
    for (check, outcome) in checks.iter().zip(&outcomes) {
        println!(
            "  {:<4}  {:<9}  {:<44} {:>6.2} s",
            if outcome.ok { "ok" } else { "FAIL" },
            check.tool(),
            check.subject(),
            outcome.elapsed.as_secs_f64()
        );
        if !outcome.ok {
            failed += 1;
            for line in outcome.details.lines() {
                println!("        {line}");
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    if failed > 0 {
        return Err(Error::new(format!(
            "lint-rtl: {failed} of {} checks failed ({secs:.1} s)",
            checks.len()
        )));
    }
    println!("lint-rtl: all {} checks passed ({secs:.1} s)", checks.len());
    Ok(())
}

fn run(root: &Path, tools: &Tools, list: &FileList, check: &Check) -> Result<Outcome> {
    match check {
        Check::VerilatorFile(f) => {
            let mut cmd = tools.verilator.command();
            cmd.current_dir(root).args(["--lint-only", "-Wall"]).arg(f);
            verilator(&mut cmd)
        }
        Check::VerilatorTop(top) => {
            let mut cmd = tools.verilator.command();
            cmd.current_dir(root).args([
                "--lint-only",
                "-Wall",
                "-f",
                FILE_LIST,
                "--top-module",
                top,
            ]);
            verilator(&mut cmd)
        }
        Check::YosysFile(f) => {
            yosys(root, tools, check, &format!("read_verilog -sv {}", f.display()))
        }
        Check::YosysTop(top) => yosys(
            root,
            tools,
            check,
            &format!(
                "read_verilog -sv {}; hierarchy -check -top {top}; proc; check -assert",
                list.joined()
            ),
        ),
        Check::YosysAll => {
            yosys(root, tools, check, &format!("read_verilog -sv {}", list.joined()))
        }
    }
}

fn verilator(cmd: &mut std::process::Command) -> Result<Outcome> {
    let out = proc::capture(cmd)?;
    let text = out.text();
    let ok = out.status.success() && !text.contains("%Warning") && !text.contains("%Error");
    let details =
        if ok { String::new() } else { format!("$ {}\n{}", proc::show(cmd), text.trim_end()) };
    Ok(Outcome { ok, elapsed: out.elapsed, details })
}

fn yosys(root: &Path, tools: &Tools, check: &Check, script: &str) -> Result<Outcome> {
    let run = run_yosys(root, tools, &Path::new(LOG_DIR).join(check.log_name()), script)?;
    Ok(Outcome { ok: run.ok(), elapsed: run.elapsed, details: run.details() })
}

/// A finished Yosys run.
pub struct YosysRun {
    pub status: std::process::ExitStatus,
    /// Contents of the log file (empty if Yosys wrote none).
    pub log_text: String,
    /// Log path relative to the workspace root.
    pub log: PathBuf,
    /// `Warning:` / `ERROR:` lines of the log.
    pub problems: Vec<String>,
    /// Console output (stdout + stderr).
    pub console: String,
    pub elapsed: Duration,
}

impl YosysRun {
    pub fn ok(&self) -> bool {
        self.status.success() && self.problems.is_empty() && !self.log_text.is_empty()
    }

    /// Problem lines (or the console output when there are none), exit status and log path.
    pub fn details(&self) -> String {
        if self.ok() {
            return String::new();
        }
        let mut d = self.problems.join("\n");
        if d.is_empty() {
            d = self.console.trim_end().to_string();
        }
        format!("{d}\n(exit status {}; full log: {})", self.status, self.log.display())
    }
}

/// Run a Yosys script (`-q -l <log> -p <script>`) in the workspace root. The log file is the
/// record to read: YoWASP's Yosys loses its stdout once ABC has run.
pub fn run_yosys(root: &Path, tools: &Tools, log: &Path, script: &str) -> Result<YosysRun> {
    let abs_log = root.join(log);
    // A stale log from an earlier run must not be mistaken for this one.
    let _ = fs::remove_file(&abs_log);
    let mut cmd = tools.yosys.command();
    cmd.current_dir(root).arg("-q").arg("-l").arg(log).arg("-p").arg(script);
    let out = proc::capture(&mut cmd)?;
    let log_text = fs::read_to_string(&abs_log).unwrap_or_default();
    Ok(YosysRun {
        status: out.status,
        problems: problem_lines(&log_text),
        log_text,
        log: log.to_path_buf(),
        console: out.text(),
        elapsed: out.elapsed,
    })
}

/// Warning and error lines of a Yosys log. Yosys' own techmap libraries (`/share/...`, read
/// without `-sv` by some synthesis scripts) trigger a lexer warning that is not ours.
pub fn problem_lines(log: &str) -> Vec<String> {
    log.lines()
        .filter(|l| {
            l.starts_with("Warning:")
                || l.starts_with("ERROR:")
                || (l.contains("warning:") && !l.contains("/share/"))
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yosys_problem_lines() {
        let log = "\
Lexer warning: The SystemVerilog keyword `bit' (at /share/abc9_map.v:35) is not recognized
Warning: Replacing memory \\mem with list of registers.
Warnings: 1 unique messages, 1 total
ERROR: Module `\\x' referenced in module `\\top' is not part of the design.
Found and reported 0 problems.";
        assert_eq!(
            problem_lines(log),
            [
                "Warning: Replacing memory \\mem with list of registers.",
                "ERROR: Module `\\x' referenced in module `\\top' is not part of the design."
            ]
        );
    }
}
