//! `iommu-model`: command line of the IOMMU reference model (no Verilator needed).
//!
//! * `iommu-model replay FILE [--out OBS]`: run a JSON-lines stimulus file (format:
//!   `cosim/README.md`) on a fresh model and write the observations as JSON lines (to stdout,
//!   or OBS). What the model supports of the format: `iommu_model::replay`.
//! * `iommu-model bench [--warm N] [--cold N] [--trials T]`: translations per second on one
//!   core, warm and cold (also `cargo xtask bench model`, which builds in release); `--json
//!   FILE` also writes them as JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use iommu_model::bench::{self, BenchOptions};
use iommu_model::replay;

#[derive(Parser)]
#[command(
    name = "iommu-model",
    about = "The RISC-V IOMMU reference model: replay files, benchmark"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run a JSON-lines stimulus file on the model; print the observations as JSON lines.
    Replay {
        /// Stimulus file (JSON lines; see cosim/README.md).
        file: PathBuf,
        /// Write the observations here instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Translations per second: warm (memoised) and cold (full walks), best of the trials.
    Bench {
        /// Translations per trial of the warm same-page path.
        #[arg(long, default_value_t = BenchOptions::default().warm)]
        warm: u64,
        /// Translations per trial of the cold path.
        #[arg(long, default_value_t = BenchOptions::default().cold)]
        cold: u64,
        /// Timed runs of each path (the best counts).
        #[arg(long, default_value_t = BenchOptions::default().trials)]
        trials: u32,
        /// Also write the rates as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
}

/// The brief's target for the warm path, translations per second.
const WARM_TARGET: f64 = 5e6;

fn main() -> ExitCode {
    match Cli::parse().command {
        Cmd::Replay { file, out } => replay_file(&file, out.as_deref()),
        Cmd::Bench { warm, cold, trials, json } => {
            run_bench(BenchOptions { warm, cold, trials }, json.as_deref())
        }
    }
}

fn replay_file(file: &std::path::Path, out: Option<&std::path::Path>) -> ExitCode {
    let name = file.display().to_string();
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {name}: {e}");
            return ExitCode::from(2);
        }
    };
    let obs = match replay::parse_and_run(&name, &text) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let lines = cosim_common::replay::to_lines(&obs);
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, lines) {
                eprintln!("error: {}: {e}", path.display());
                return ExitCode::from(2);
            }
            eprintln!("{} observations -> {}", obs.len(), path.display());
        }
        None => print!("{lines}"),
    }
    ExitCode::SUCCESS
}

fn run_bench(options: BenchOptions, json: Option<&std::path::Path>) -> ExitCode {
    let build = if cfg!(debug_assertions) {
        "debug build: figures not to quote (cargo xtask bench model builds in release)"
    } else {
        "release build"
    };
    println!("iommu-model bench: {build}; one core, best of {} trial(s)", options.trials);
    println!(
        "setup: 3-level DDT (device {:#x}), 3-level PDT (PD20, process {:#x}), Sv48 mapping {} pages",
        bench::DEVICE_ID,
        bench::PROCESS_ID,
        bench::PAGES
    );
    let r = match bench::run(options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let rows = [
        ("warm: the same page again (Sticky, memoised)", options.warm, r.warm_same_page),
        ("warm: 256 pages round robin (Sticky, memoised)", options.warm / 4, r.warm_round_robin),
        ("cold: distinct pages, full walks (Fresh)", options.cold, r.cold),
    ];
    println!();
    println!("  {:<50} {:>12} {:>16}", "path", "per trial", "translations/s");
    for (what, n, rate) in rows {
        println!("  {what:<50} {n:>12} {rate:>16.0}");
    }
    println!();
    let met = if r.warm_same_page >= WARM_TARGET { "met" } else { "NOT met" };
    println!(
        "  warm {:.1} M/s (target >= {:.0} M/s: {met}); cold {:.2} M/s; every answer checked",
        r.warm_same_page / 1e6,
        WARM_TARGET / 1e6,
        r.cold / 1e6
    );
    if let Some(path) = json {
        // Plain numbers and fixed keys: no serializer needed.
        let text = format!(
            "{{\n  \"build\": \"{}\",\n  \"trials\": {},\n  \"warm_per_trial\": {},\n  \
             \"cold_per_trial\": {},\n  \"warm_same_page_per_second\": {:.0},\n  \
             \"warm_round_robin_per_second\": {:.0},\n  \"cold_per_second\": {:.0}\n}}\n",
            if cfg!(debug_assertions) { "debug" } else { "release" },
            options.trials,
            options.warm,
            options.cold,
            r.warm_same_page,
            r.warm_round_robin,
            r.cold
        );
        let written = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(path, text));
        if let Err(e) = written {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("\nrates -> {}", path.display());
    }
    ExitCode::SUCCESS
}
