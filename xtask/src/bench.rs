//! `cargo xtask demo`: the co-simulation's demonstration run (the main job of the README):
//! `cosim demo` (cosim/src/sva/), shared virtual addressing end to end: processes bind to a
//! device behind the root port and the IOMMU, every page arrives through the page-request
//! path (release build; `--backend model` runs it on the reference model).
//!
//! `cargo xtask bench cosim`: the co-simulation speed benchmark, built in release mode (the
//! verilated model is compiled with -O2 in every profile; release matters for the Rust side).
//! It prints cycles per second of the model driven from Rust and from a pure C++ loop on the
//! same stimulus, their ratio, and how long building the model took.
//!
//! `cargo xtask bench model`: translations per second of the IOMMU reference model on one
//! core, warm and cold (`iommu-model bench`, release build; needs no Verilator).
//!
//! `cargo xtask bench iommu`: the IOMMU RTL (`iommu_sim_top`) set up through the driver:
//! IOTLB hit throughput, miss latency at two memory latencies, hit under miss, concurrent
//! walks (`cosim bench-iommu`); the figures also go to `target/bench/iommu.json`.
//! `cargo xtask bench dma`: device DMA through the root port and the IOMMU (`kit_sim_top`,
//! the endpoint model on the link): bytes per cycle of 4 KiB writes and reads with a PASID
//! prefix and a warm IOTLB (`cosim bench-dma`); the figures also go to `target/bench/dma.json`.
//! `cargo xtask bench cosim` runs the speed benchmark on both `cosim_harness_top` and
//! `iommu_sim_top`.
//! `cargo xtask bench cocotb`: one workload on `cosim_harness_top` from the Rust harness and
//! from cocotb 2 + cocotbext-axi, cycles per second of each and the ratio (`crate::cocotb`);
//! `target/bench/cocotb.json`. `cargo xtask bench` with no argument runs them all.

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
    /// IOMMU RTL: hit throughput, miss latency, hit under miss, concurrent walks.
    Iommu,
    /// Root port + IOMMU RTL: device DMA bytes per cycle, 4 KiB writes and reads.
    Dma,
    /// Shared virtual addressing: cycles and wall time per page fault served end to end (RTL
    /// and model), driver page requests per second (model).
    Sva,
    /// The same workload on the harness top from Rust and from cocotb 2 + cocotbext-axi:
    /// cycles per second of each and the ratio.
    Cocotb,
}

/// Where `bench iommu` writes its figures (relative to the workspace root).
pub const IOMMU_JSON: &str = "target/bench/iommu.json";

/// Where `bench dma` writes its figures (relative to the workspace root).
pub const DMA_JSON: &str = "target/bench/dma.json";

/// Where `bench sva` writes its figures (relative to the workspace root).
pub const SVA_JSON: &str = "target/bench/sva.json";

/// The SVA bench for the `bench smoke` step of `cargo xtask test` (debug build, a few faults).
pub const SVA_SMOKE_ARGS: [&str; 7] =
    ["run", "--quiet", "--package", "cosim", "--", "bench-sva", "--quick"];

/// The DMA bench for the `bench smoke` step of `cargo xtask test` (debug build, fewer transfers).
pub const DMA_SMOKE_ARGS: [&str; 7] =
    ["run", "--quiet", "--package", "cosim", "--", "bench-dma", "--quick"];

/// The IOMMU bench for the `bench smoke` step of `cargo xtask test` (debug build, short runs).
pub const IOMMU_SMOKE_ARGS: [&str; 7] =
    ["run", "--quiet", "--package", "cosim", "--", "bench-iommu", "--quick"];

/// The model bench's arguments for the `bench smoke` step of `cargo xtask test` (debug build):
/// a short run that checks every answer, not a measurement.
pub const MODEL_SMOKE_ARGS: [&str; 6] = ["--warm", "20000", "--cold", "5000", "--trials", "1"];

pub fn bench(
    root: &Path,
    what: Option<Bench>,
    cycles: Option<u64>,
    trials: Option<u32>,
) -> Result<()> {
    let Some(what) = what else {
        if cycles.is_some() || trials.is_some() {
            return Err(Error::new(
                "--cycles and --trials go with one benchmark (cargo xtask bench cosim|model)",
            )
            .with_code(2));
        }
        for b in [Bench::Cosim, Bench::Model, Bench::Iommu, Bench::Dma, Bench::Sva, Bench::Cocotb] {
            bench(root, Some(b), None, None)?;
        }
        return Ok(());
    };
    match what {
        Bench::Cocotb => {
            if cycles.is_some() {
                return Err(Error::new(
                    "the cocotb bench takes no --cycles (its workload is fixed); --trials is \
                     the Rust side's",
                )
                .with_code(2));
            }
            let tools = &Tools::provision(root)?;
            crate::cocotb::run(root, tools, crate::cocotb::ROUNDS, true, trials.unwrap_or(3))
        }
        Bench::Sva => {
            if cycles.is_some() || trials.is_some() {
                return Err(Error::new("the SVA bench takes no --cycles or --trials").with_code(2));
            }
            let tools = &Tools::provision(root)?;
            let json = root.join(SVA_JSON);
            let json = json.to_string_lossy();
            let args =
                ["run", "--release", "--quiet", "--package", "cosim", "--", "bench-sva", "--json"];
            let mut args = args.to_vec();
            args.push(&json);
            crate::ci::cargo(root, tools, &args)
        }
        Bench::Dma => {
            if cycles.is_some() || trials.is_some() {
                return Err(Error::new(
                    "the DMA bench takes no --cycles or --trials (its runs are fixed)",
                )
                .with_code(2));
            }
            let tools = &Tools::provision(root)?;
            let json = root.join(DMA_JSON);
            let json = json.to_string_lossy();
            let args =
                ["run", "--release", "--quiet", "--package", "cosim", "--", "bench-dma", "--json"];
            let mut args = args.to_vec();
            args.push(&json);
            crate::ci::cargo(root, tools, &args)
        }
        Bench::Iommu => {
            if cycles.is_some() || trials.is_some() {
                return Err(Error::new(
                    "the IOMMU bench takes no --cycles or --trials (its runs are fixed)",
                )
                .with_code(2));
            }
            let tools = &Tools::provision(root)?;
            let json = root.join(IOMMU_JSON);
            let json = json.to_string_lossy();
            crate::ci::cargo(
                root,
                tools,
                &[
                    "run",
                    "--release",
                    "--quiet",
                    "--package",
                    "cosim",
                    "--",
                    "bench-iommu",
                    "--json",
                    &json,
                ],
            )
        }
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
            for top in ["cosim_harness_top", "iommu_sim_top"] {
                args.extend(["--top".to_string(), top.to_string()]);
            }
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

pub fn demo(root: &Path, tools: &Tools, trace: Option<&Path>, backend: &str) -> Result<()> {
    let mut args = vec!["run", "--quiet", "--release", "--package", "cosim", "--", "demo"];
    args.extend(["--backend", backend]);
    let trace_arg;
    if let Some(t) = trace {
        trace_arg = t.to_string_lossy().to_string();
        args.extend(["--trace", trace_arg.as_str()]);
    }
    println!(
        "demo: processes bind to a PCIe device behind root port + IOMMU ({backend}); the device \
         faults every page in through ATS, page requests and the driver, one process exits \
         mid-DMA, everything unbinds"
    );
    crate::ci::cargo(root, tools, &args)
}
