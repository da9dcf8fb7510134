//! `bench-report`: combine the benchmarks' JSON (`target/bench/*.json`) into `results.json`
//! and `results.md`, and draw the SVG plots (`cargo xtask bench` runs both, `cargo xtask
//! bench plots` the plots alone).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "bench-report", about = "Combined benchmark results and their plots")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Write DIR/results.json and DIR/results.md from the reports in DIR.
    Combine {
        /// Folder of the benchmarks' JSON.
        #[arg(long, default_value = "target/bench")]
        dir: PathBuf,
        /// The command that ran the benchmarks.
        #[arg(long, default_value = "cargo xtask bench")]
        command: String,
        /// Build profile of the benchmarks.
        #[arg(long, default_value = "release")]
        profile: String,
        /// 1-minute load average when the run started.
        #[arg(long)]
        load_at_start: Option<f64>,
    },
    /// Draw the SVG plots whose JSON is in DIR into OUT.
    Plots {
        /// Folder of the benchmarks' JSON.
        #[arg(long, default_value = "target/bench")]
        dir: PathBuf,
        /// Where the SVGs go.
        #[arg(long, default_value = "docs/plots")]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let r = match Cli::parse().command {
        Cmd::Combine { dir, command, profile, load_at_start } => {
            combine(&dir, &command, &profile, load_at_start)
        }
        Cmd::Plots { dir, out } => plots(&dir, &out),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn combine(
    dir: &std::path::Path,
    command: &str,
    profile: &str,
    load: Option<f64>,
) -> bench_report::Result<()> {
    let r = bench_report::results::combine(dir, command, profile, load)?;
    let json = serde_json::to_string_pretty(&r).map_err(|source| {
        bench_report::ReportError::Json { path: dir.join("results.json"), source }
    })?;
    bench_report::write_file(&dir.join("results.json"), &(json + "\n"))?;
    bench_report::write_file(&dir.join("results.md"), &bench_report::results::markdown(&r))?;
    println!(
        "{} figures of {} benchmarks -> {} and {}{}",
        r.figures.len(),
        r.reports.len(),
        dir.join("results.json").display(),
        dir.join("results.md").display(),
        if r.missing.is_empty() {
            String::new()
        } else {
            format!(" (not run: {})", r.missing.join(", "))
        }
    );
    Ok(())
}

fn plots(dir: &std::path::Path, out: &std::path::Path) -> bench_report::Result<()> {
    let (written, skipped) = bench_report::plots::draw_all(dir, out)?;
    for p in &written {
        println!("plot -> {}", p.display());
    }
    if !skipped.is_empty() {
        println!("no JSON for: {}", skipped.join(", "));
    }
    Ok(())
}
