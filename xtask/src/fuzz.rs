//! `cargo xtask fuzz [TARGET] [--time SECONDS]`: build the libFuzzer targets of `fuzz/` on the
//! stable toolchain and run each for a bounded time with a fixed seed.
//!
//! No nightly and no extra tool: `cargo build` of the `fuzz/` crate (its own workspace) with
//! the SanitizerCoverage instrumentation libFuzzer needs passed as `RUSTFLAGS`, the flags
//! `cargo fuzz build -s none` passes, and `--target <host>` so that build scripts and
//! proc-macros stay uninstrumented (they do not link libFuzzer). Why, and how to use
//! `cargo fuzz` instead where it is installed: `fuzz/README.md`.
//!
//! Seeds are written by `fuzz_seeds.rs` (real TLPs encoded by the endpoint's codec, the real
//! `regmaps/*.sv`). A crash, a failed property (a panic: the fuzz
//! harness aborts), a time-out or an out-of-memory fails the command, naming the reproducer
//! and the command that replays it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{bail, Context, Error, Result};
use crate::proc;

/// The fuzz targets (`fuzz/fuzz_targets/<name>.rs`), in the order they run.
pub const TARGETS: [&str; 4] =
    ["tlp_decode", "tlp_roundtrip", "driver_records", "codegen_frontend"];

/// Seconds per target when none is given (CI's bound).
pub const DEFAULT_SECONDS: u64 = 30;

/// libFuzzer's `-seed`: the same mutations on every run of the same build and corpus.
const SEED: u32 = 1;

/// One input may take this long before libFuzzer calls it a hang (seconds).
const INPUT_TIMEOUT: u64 = 20;

/// SanitizerCoverage flags (the set `cargo fuzz` uses: inline 8-bit counters, PC table,
/// comparison tracing, stack depth) and `--cfg fuzzing`.
const RUSTFLAGS: [&str; 7] = [
    "-Cpasses=sancov-module",
    "-Cllvm-args=-sanitizer-coverage-level=4",
    "-Cllvm-args=-sanitizer-coverage-inline-8bit-counters",
    "-Cllvm-args=-sanitizer-coverage-pc-table",
    "-Cllvm-args=-sanitizer-coverage-trace-compares",
    "-Cllvm-args=-sanitizer-coverage-stack-depth",
    "--cfg=fuzzing",
];

/// Where builds, corpora, logs and artifacts go (under the ignored `target/`).
fn fuzz_dir(root: &Path) -> PathBuf {
    root.join("target").join("fuzz")
}

fn host_triple() -> Result<String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = proc::capture(Command::new(rustc).arg("-vV"))?;
    out.stdout
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(|h| h.trim().to_string())
        .ok_or_else(|| Error::new("`rustc -vV` names no host triple"))
}

/// Build every target instrumented; the folder of the binaries.
pub fn build(root: &Path) -> Result<PathBuf> {
    let triple = host_triple()?;
    let target_dir = fuzz_dir(root).join("build");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root.join("fuzz"))
        // Not `--locked`: `fuzz/Cargo.lock` pins every crate it lists, and a dependency that a
        // workspace crate gains later is added to it instead of failing the build.
        .args(["build", "--release", "--bins", "--target", &triple, "--target-dir"])
        .arg(&target_dir)
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env("RUSTFLAGS", RUSTFLAGS.join(" "));
    println!("$ RUSTFLAGS='{}' {}", RUSTFLAGS.join(" "), proc::show(&cmd));
    let (status, took) = proc::run_inherited(&mut cmd)?;
    if !status.success() {
        bail!("building the fuzz targets failed ({status})");
    }
    println!("fuzz: targets built in {:.1} s", took.as_secs_f64());
    Ok(target_dir.join(triple).join("release"))
}

/// libFuzzer's progress counters from one status line (`cov: N ft: M`).
fn counters(line: &str) -> Option<(u64, u64)> {
    let num = |key: &str| -> Option<u64> {
        let rest = &line[line.find(key)? + key.len()..];
        rest.split_whitespace().next()?.parse().ok()
    };
    Some((num("cov: ")?, num("ft: ")?))
}

/// What one run reported: executions and the coverage counters at start and end.
struct Summary {
    runs: u64,
    first: Option<(u64, u64)>,
    last: Option<(u64, u64)>,
}

fn summarize(log: &str) -> Summary {
    let mut s = Summary { runs: 0, first: None, last: None };
    for line in log.lines() {
        if let Some(c) = counters(line) {
            s.first.get_or_insert(c);
            s.last = Some(c);
        }
        if let Some(n) = line.strip_prefix("stat::number_of_executed_units: ") {
            s.runs = n.trim().parse().unwrap_or(0);
        }
    }
    s
}

/// `cargo xtask fuzz`: build, write the seeds, run `target` (or all) for `seconds` each.
pub fn fuzz(root: &Path, target: Option<&str>, seconds: u64) -> Result<()> {
    let targets: Vec<&str> = match target {
        Some(t) if TARGETS.contains(&t) => vec![t],
        Some(t) => bail!("no fuzz target `{t}`; the targets are: {}", TARGETS.join(", ")),
        None => TARGETS.to_vec(),
    };
    if seconds == 0 {
        bail!("--time must be at least 1 second");
    }
    let bin = build(root)?;
    let dir = fuzz_dir(root);
    let corpus_root = dir.join("corpus");
    let seeds = crate::fuzz_seeds::write(&corpus_root, &root.join("regmaps"))?;
    println!("fuzz: {seeds} seeds written under {}", corpus_root.display());
    let mut failed = Vec::new();
    for t in &targets {
        let corpus = corpus_root.join(t);
        let artifacts = dir.join("artifacts").join(t);
        let logs = dir.join("logs");
        for d in [&corpus, &artifacts, &logs] {
            std::fs::create_dir_all(d).context(|| format!("cannot create {}", d.display()))?;
        }
        let exe = bin.join(t);
        let mut cmd = Command::new(&exe);
        cmd.arg(format!("-max_total_time={seconds}"))
            .arg(format!("-seed={SEED}"))
            .arg(format!("-timeout={INPUT_TIMEOUT}"))
            .arg("-rss_limit_mb=4096")
            .arg("-print_final_stats=1")
            .arg(format!("-artifact_prefix={}/", artifacts.display()))
            .arg(&corpus);
        println!("$ {}", proc::show(&cmd));
        let out = proc::capture(&mut cmd)?;
        let log = logs.join(format!("{t}.log"));
        std::fs::write(&log, out.text()).context(|| format!("cannot write {}", log.display()))?;
        let s = summarize(&out.stderr);
        let show = |c: Option<(u64, u64)>| c.map_or("?".into(), |(c, f)| format!("cov {c} ft {f}"));
        println!(
            "fuzz: {t}: {} runs in {:.1} s, {} -> {} (log {})",
            s.runs,
            out.elapsed.as_secs_f64(),
            show(s.first),
            show(s.last),
            log.display()
        );
        if !out.status.success() {
            let found: Vec<PathBuf> = std::fs::read_dir(&artifacts)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            let tail: Vec<&str> = out.stderr.lines().rev().take(30).collect();
            eprintln!("fuzz: {t} FAILED ({}); last lines of its log:", out.status);
            for line in tail.iter().rev() {
                eprintln!("  {line}");
            }
            for f in &found {
                eprintln!("fuzz: reproducer {}", f.display());
                eprintln!("fuzz: replay with: {} {}", exe.display(), f.display());
            }
            failed.push(*t);
        }
    }
    if !failed.is_empty() {
        bail!("fuzz: {} failed: {}", failed.len(), failed.join(", "));
    }
    println!("fuzz: {} target(s), {seconds} s each, no failure", targets.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_are_read_from_libfuzzer_status_lines() {
        let line = "#2\tINITED cov: 130 ft: 131 corp: 1/1b exec/s: 0 rss: 30Mb";
        assert_eq!(counters(line), Some((130, 131)));
        assert_eq!(counters("INFO: Seed: 1"), None);
        let log = format!(
            "{line}\n#9\tNEW    cov: 140 ft: 150 corp: 2/3b\nstat::number_of_executed_units: 77\n"
        );
        let s = summarize(&log);
        assert_eq!((s.runs, s.first, s.last), (77, Some((130, 131)), Some((140, 150))));
    }
}
