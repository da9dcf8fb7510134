//! `cargo xtask test`: the project's whole test, exactly what CI (`.ci/run`) runs.
//!
//! Steps, stopping at the first failure: provision the tools, `codegen --check`,
//! `cargo fmt --check`, `lint-rtl`, `cargo clippy --workspace --all-targets -- -D warnings`,
//! `cargo test --workspace` (with `VERILATOR`, `VERILATOR_ROOT` and `YOSYS` in the
//! environment, the co-simulation tests build the verilated models there; and with
//! `KIT_REQUIRE_TOOLS=1`, so a test whose tool is missing fails instead of skipping), every
//! fuzz target for 30 s (`cargo xtask fuzz`), short
//! runs of the co-simulation and reference-model benchmarks, `cargo doc` (warnings are
//! errors), `synth`, `formal` (the proofs of `cargo xtask formal` at their default depths). A
//! table of the time each step took ends the output.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

use crate::tools::Tools;
use crate::{proc, synth};

/// Set for `cargo test`: tests that run Verilator or Yosys fail when the tool is missing
/// (`codegen/tests/common/mod.rs`), as they also do when `CI` is set.
pub const REQUIRE_TOOLS: &str = "KIT_REQUIRE_TOOLS";

struct Steps {
    done: Vec<(&'static str, Duration, bool)>,
    start: Instant,
}

impl Steps {
    fn run<T>(&mut self, name: &'static str, f: impl FnOnce() -> Result<T>) -> Result<T> {
        println!("\n==> xtask test: {name}");
        let start = Instant::now();
        let result = f();
        self.done.push((name, start.elapsed(), result.is_ok()));
        result.map_err(|e| {
            self.print_times();
            Error::new(format!("{e}\nxtask test: step `{name}` failed")).with_code(e.code)
        })
    }

    fn print_times(&self) {
        println!("\nxtask test: time per step");
        for (name, took, ok) in &self.done {
            println!(
                "  {:<18} {:>8.1} s{}",
                name,
                took.as_secs_f64(),
                if *ok { "" } else { "  FAILED" }
            );
        }
        println!("  {:<18} {:>8.1} s", "total", self.start.elapsed().as_secs_f64());
    }
}

pub fn test(root: &Path) -> Result<()> {
    let mut steps = Steps { done: Vec::new(), start: Instant::now() };
    let tools = steps.run("tools", || {
        let tools = Tools::provision(root)?;
        crate::print_tools(&tools);
        Ok(tools)
    })?;
    steps.run("codegen --check", || crate::codegen(true))?;
    // Generated modules are `#[rustfmt::skip]`; the drift check above keeps them exact.
    steps.run("cargo fmt --check", || {
        ensure_component("rustfmt", "fmt")?;
        cargo(root, &tools, &["fmt", "--all", "--", "--check"])
    })?;
    steps.run("lint-rtl", || crate::lint::lint_rtl(root, &tools))?;
    steps.run("clippy", || {
        ensure_component("clippy", "clippy")?;
        cargo(root, &tools, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])
    })?;
    // Tests that need Verilator or Yosys fail, rather than skip, when it is missing.
    steps.run("cargo test", || {
        cargo_env(root, &tools, &["test", "--workspace"], &[(REQUIRE_TOOLS, "1")])
    })?;
    // Every fuzz target for a bounded time with a fixed seed (fuzz/README.md).
    steps.run("fuzz", || crate::fuzz::fuzz(root, None, crate::fuzz::DEFAULT_SECONDS))?;
    // Keeps the benchmarks working (the cosim one asserts that the Rust and C++ loops agree,
    // the model one checks every translation); figures from these debug builds are not the
    // ones to quote: `cargo xtask bench cosim`, `model`, `iommu` and `dma` give those. The IOMMU
    // bench checks every answer it times, the DMA bench every byte it moves (a fraction of a
    // second each in debug with --quick).
    steps.run("bench smoke", || {
        cargo(
            root,
            &tools,
            &[
                "run",
                "--quiet",
                "--package",
                "cosim",
                "--",
                "bench",
                "--cycles",
                "20000",
                "--trials",
                "1",
            ],
        )?;
        cargo(root, &tools, &crate::bench::IOMMU_SMOKE_ARGS)?;
        cargo(root, &tools, &crate::bench::DMA_SMOKE_ARGS)?;
        cargo(root, &tools, &crate::bench::SVA_SMOKE_ARGS)?;
        for args in crate::bench::SWEEP_SMOKE_ARGS {
            cargo(root, &tools, args)?;
        }
        // One round on both sides (pinned cocotb venv, cocotb's build of the top, about 600
        // cycles each): the checksums must agree.
        crate::cocotb::run(root, &tools, crate::cocotb::SMOKE_ROUNDS, false, 1)?;
        let mut model = vec!["run", "--quiet", "--package", "iommu-model", "--", "bench"];
        model.extend(crate::bench::MODEL_SMOKE_ARGS);
        cargo(root, &tools, &model)
    })?;
    // Generated docs come from regmap comments; keep them free of broken links.
    steps.run("cargo doc", || {
        cargo_env(
            root,
            &tools,
            &["doc", "--workspace", "--no-deps"],
            &[("RUSTDOCFLAGS", "-D warnings")],
        )
    })?;
    steps.run("synth", || synth::synth(root, &tools, &[], &synth::Target::ALL, &[]))?;
    // Formal proofs at their default depths (README "Formal proofs"); each SymbiYosys run has
    // its own time-out, which fails the step.
    steps.run("formal", || {
        crate::formal::formal(root, &crate::tools::formal_provision(root)?, &[], None)
    })?;
    steps.print_times();
    println!("xtask test: all {} steps passed", steps.done.len());
    Ok(())
}

fn cargo_program() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// Clippy and rustfmt are rustup components that minimal toolchains lack: on CI (`CI` set)
/// the missing one is added with rustup, elsewhere the error says how.
fn ensure_component(component: &str, subcommand: &str) -> Result<()> {
    let present = || {
        proc::capture(Command::new(cargo_program()).args([subcommand, "--version"]))
            .is_ok_and(|c| c.status.success())
    };
    if present() {
        return Ok(());
    }
    if std::env::var_os("CI").is_some() {
        println!("$ rustup component add {component}");
        let (status, _) =
            proc::run_inherited(Command::new("rustup").args(["component", "add", component]))?;
        if status.success() && present() {
            return Ok(());
        }
    }
    Err(Error::new(format!(
        "`cargo {subcommand}` is not installed; add it with: rustup component add {component}"
    )))
}

/// Run cargo (the one that runs us, `$CARGO`) with the tool environment.
pub(crate) fn cargo(root: &Path, tools: &Tools, args: &[&str]) -> Result<()> {
    cargo_env(root, tools, args, &[])
}

/// Run cargo without the tool environment (work that needs neither Verilator nor Yosys).
pub(crate) fn cargo_without_tools(root: &Path, args: &[&str]) -> Result<()> {
    let mut cmd = Command::new(cargo_program());
    cmd.current_dir(root).args(args);
    run_cargo(cmd)
}

pub(crate) fn cargo_env(
    root: &Path,
    tools: &Tools,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<()> {
    let mut cmd = Command::new(cargo_program());
    cmd.current_dir(root).args(args).envs(tools.env()).envs(env.iter().copied());
    run_cargo(cmd)
}

fn run_cargo(mut cmd: Command) -> Result<()> {
    println!("$ {}", proc::show(&cmd));
    let (status, _) = proc::run_inherited(&mut cmd)?;
    if !status.success() {
        return Err(Error::new(format!("`{}` failed ({status})", proc::show(&cmd))));
    }
    Ok(())
}
