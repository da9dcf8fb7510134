//! `cosim`: command line of the co-simulation.
//!
//! * `cosim replay FILE [--backend rtl|model] [--out OBS] [--trace WAVE.fst] [--log]`: run a
//!   JSON-lines stimulus file (format: cosim/README.md) on a fresh harness (`rtl`, the
//!   default) or on the IOMMU reference model (`model`: what `iommu-model replay` prints) and
//!   write the observations as JSON lines (to stdout, or OBS). `--log` prints every
//!   transaction to stderr; `--trace` and `--log` need the RTL.
//! * `cosim bench [--cycles N] [--trials T]`: the speed benchmark (also `cargo xtask bench
//!   cosim`): Rust-driven versus pure C++ cycles per second on the same stimulus.
//! * `cosim pins`: the harness top's pins (name, width, direction).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cosim::verilated::cosim_harness_top::{Inputs, Outputs};

#[derive(Parser)]
#[command(name = "cosim", about = "Verilator co-simulation of the kit's RTL, driven from Rust")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run a JSON-lines stimulus file; print the observations as JSON lines.
    Replay {
        /// Stimulus file (JSON lines; see cosim/README.md).
        file: PathBuf,
        /// What runs it: the verilated RTL, or the IOMMU reference model (no pins, no link).
        #[arg(long, value_enum, default_value_t = Backend::Rtl)]
        backend: Backend,
        /// Write the observations here instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Write an FST waveform of the whole run (RTL only).
        #[arg(long)]
        trace: Option<PathBuf>,
        /// Print every transaction (register accesses, memory bursts, TLPs, interrupts) to
        /// stderr (RTL only).
        #[arg(long)]
        log: bool,
    },
    /// Cycles per second: the model driven from Rust and from a pure C++ loop.
    Bench {
        /// Cycles of stimulus (the workload runs at least this long).
        #[arg(long, default_value_t = 400_000)]
        cycles: u64,
        /// Timed runs of each loop (the best counts).
        #[arg(long, default_value_t = 5)]
        trials: u32,
    },
    /// List the pins of the harness top.
    Pins,
}

/// Where `replay` runs a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Backend {
    /// The verilated harness top with its bus, memory and link models.
    Rtl,
    /// The IOMMU reference model (crate iommu-model): port `iommu` and host memory only.
    Model,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Cmd::Replay { file, backend, out, trace, log } => {
            if backend == Backend::Model && (trace.is_some() || log) {
                eprintln!("error: --trace and --log need the RTL (--backend rtl); the model has no waveform or bus transactions");
                return ExitCode::from(2);
            }
            if log {
                tracing_subscriber::fmt()
                    .with_max_level(tracing::Level::DEBUG)
                    .with_writer(std::io::stderr)
                    .without_time()
                    .init();
            }
            let name = file.display().to_string();
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {name}: {e}");
                    return ExitCode::from(2);
                }
            };
            let result = match backend {
                Backend::Rtl => cosim::replay::parse(&name, &text)
                    .and_then(|steps| cosim::replay::run(&name, &steps, trace.as_deref())),
                Backend::Model => iommu_model::replay::parse_and_run(&name, &text),
            };
            let obs = match result {
                Ok(o) => o,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            let lines = cosim::replay::to_lines(&obs);
            match out {
                Some(path) => {
                    if let Err(e) = std::fs::write(&path, lines) {
                        eprintln!("error: {}: {e}", path.display());
                        return ExitCode::from(2);
                    }
                    eprintln!("{} observations -> {}", obs.len(), path.display());
                }
                None => print!("{lines}"),
            }
            ExitCode::SUCCESS
        }
        Cmd::Bench { cycles, trials } => {
            println!("cosim bench: harness top cosim_harness_top, {cycles} cycles of workload, {trials} trials per loop");
            println!("model build: {}", cosim::verilated::MODEL_BUILD);
            println!("verilator: {}", cosim::verilated::VERILATOR_VERSION);
            let r = cosim::bench::run(cycles, trials);
            println!();
            println!("  {:<44} {:>14}", "loop", "cycles/s");
            println!("  {:<44} {:>14.0}", "C++ loop (step + checksum, no FFI)", r.cpp_cps);
            println!("  {:<44} {:>14.0}", "Rust loop (one FFI call per cycle)", r.rust_cps);
            println!("  {:<44} {:>14.0}", "full harness (bus models, host actions)", r.harness_cps);
            println!();
            println!("  ratio Rust / C++ = {:.3} (target >= 0.9)", r.ratio());
            println!(
                "  {} cycles per run, checksum {:#018x} identical in both loops",
                r.cycles, r.checksum
            );
            ExitCode::SUCCESS
        }
        Cmd::Pins => {
            for p in Inputs::PINS {
                println!("in   {:<24} {:>4}", p.name, p.width);
            }
            for p in Outputs::PINS {
                println!("out  {:<24} {:>4}", p.name, p.width);
            }
            println!("(clk_i is driven by the harness: one step = one cycle)");
            ExitCode::SUCCESS
        }
    }
}
