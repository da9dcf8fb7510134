//! `cargo xtask demo`: the co-simulation's demonstration run (the main job of the README).
//!
//! `cargo xtask bench cosim`: the co-simulation speed benchmark, built in release mode (the
//! verilated model is compiled with -O2 in every profile; release matters for the Rust side).
//! It prints cycles per second of the model driven from Rust and from a pure C++ loop on the
//! same stimulus, their ratio, and how long building the model took.
//!
//! `cargo xtask bench model`: translations per second of the IOMMU reference model on one
//! core, warm and cold (`iommu-model bench`, release build; needs no Verilator).

use std::path::Path;

use crate::error::{Error, Result};
use crate::tools::Tools;

/// What `cargo xtask bench` can measure.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Bench {
    /// Verilated harness: Rust-driven versus C++ cycles per second.
    Cosim,
    /// IOMMU reference model: translations per second, warm and cold.
    Model,
}

/// The model bench's arguments for the `bench smoke` step of `cargo xtask test` (debug build):
/// a short run that checks every answer, not a measurement.
pub const MODEL_SMOKE_ARGS: [&str; 6] = ["--warm", "20000", "--cold", "5000", "--trials", "1"];

pub fn bench(root: &Path, what: Bench, cycles: Option<u64>, trials: Option<u32>) -> Result<()> {
    match what {
        Bench::Model => {
            if cycles.is_some() {
                return Err(Error::new(
                    "--cycles is for `bench cosim`; the model bench takes --trials \
                     (counts: cargo run -p iommu-model -- bench --help)",
                )
                .with_code(2));
            }
            let mut args: Vec<String> =
                ["run", "--release", "--quiet", "--package", "iommu-model", "--", "bench"]
                    .map(String::from)
                    .to_vec();
            if let Some(t) = trials {
                args.extend(["--trials".to_string(), t.to_string()]);
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            crate::ci::cargo_without_tools(root, &args)
        }
        Bench::Cosim => {
            let tools = &Tools::provision(root)?;
            let mut args: Vec<String> =
                ["run", "--release", "--quiet", "--package", "cosim", "--", "bench"]
                    .map(String::from)
                    .to_vec();
            if let Some(c) = cycles {
                args.extend(["--cycles".to_string(), c.to_string()]);
            }
            if let Some(t) = trials {
                args.extend(["--trials".to_string(), t.to_string()]);
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            crate::ci::cargo(root, tools, &args)
        }
    }
}

/// The replay file the demo runs (until the page-request demo replaces it).
pub const DEMO_REPLAY: &str = "cosim/tests/replay/harness_smoke.jsonl";

pub fn demo(root: &Path, tools: &Tools, trace: Option<&Path>) -> Result<()> {
    let mut args =
        vec!["run", "--quiet", "--package", "cosim", "--", "replay", DEMO_REPLAY, "--log"];
    let trace_arg;
    if let Some(t) = trace {
        trace_arg = t.to_string_lossy().to_string();
        args.extend(["--trace", trace_arg.as_str()]);
    }
    println!("demo: {DEMO_REPLAY} on the co-simulated harness (transactions on stderr, observations on stdout)");
    crate::ci::cargo(root, tools, &args)
}
