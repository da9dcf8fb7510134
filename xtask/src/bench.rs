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
//!
//! Sweeps (release build, JSON series, plotted): `bench dma` also measures bytes per cycle
//! against transfer size (`dma_sweep.json`), `bench sva` fault-service latency against the
//! faults outstanding at once (`sva_depth.json`), `bench iotlb` the IOTLB hit rate against
//! working-set size and IOTLB entries (`iotlb.json`), `bench timeline` one page fault stage by
//! stage (`timeline.json`).
//!
//! `cargo xtask bench` with no argument runs them all ([`ALL`]), every one writing
//! `target/bench/<name>.json`, then combines them into `target/bench/results.json` (every
//! figure with its unit, the command, the date, the machine: cores, load, build profile) and
//! `target/bench/results.md` (Markdown tables), and draws the plots into `docs/plots/`
//! (`bench-report`, crate `bench/report`). `cargo xtask bench plots` redraws the plots from the
//! JSON alone.
//!
//! `cargo xtask bench cocotb`: one workload on `cosim_harness_top` from the Rust harness and
//! from cocotb 2 + cocotbext-axi, cycles per second of each and the ratio (`crate::cocotb`);
//! `target/bench/cocotb.json`. `cargo xtask bench` with no argument runs them all.

use std::path::Path;

use crate::error::{Error, Result};
use crate::tools::Tools;

/// What `cargo xtask bench` can measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Bench {
    /// Verilated harness: Rust-driven versus C++ cycles per second.
    Cosim,
    /// IOMMU reference model: translations per second, warm and cold.
    Model,
    /// IOMMU RTL: hit throughput, miss latency, hit under miss, concurrent walks.
    Iommu,
    /// Root port + IOMMU RTL: device DMA bytes per cycle, 4 KiB writes and reads, and the
    /// sweep against transfer size (64 B to 64 KiB).
    Dma,
    /// Shared virtual addressing: cycles and wall time per page fault served end to end (RTL
    /// and model), driver page requests per second (model), and fault-service latency against
    /// the faults outstanding at once.
    Sva,
    /// IOTLB hit rate against working-set size and IOTLB entries (RTL, IOTLB_ENTRIES
    /// variants of `iommu_sim_top`).
    Iotlb,
    /// One page fault served end to end on the RTL, each stage at its simulated cycle.
    Timeline,
    /// Redraw the SVG plots in docs/plots/ from the JSON in target/bench/ (no benchmark runs).
    Plots,
    /// The same workload on the harness top from Rust and from cocotb 2 + cocotbext-axi:
    /// cycles per second of each and the ratio.
    Cocotb,
}

/// Every benchmark `cargo xtask bench` runs with no argument, in order; the results are then
/// combined (`target/bench/results.json`, `results.md`) and plotted (`docs/plots/`).
/// A new benchmark (e.g. the cocotb comparison) goes here and writes `target/bench/<name>.json`
/// with a `figures` array of `{what, value, unit}`: `bench-report` picks it up.
pub const ALL: [Bench; 8] = [
    Bench::Cosim,
    Bench::Model,
    Bench::Iommu,
    Bench::Dma,
    Bench::Sva,
    Bench::Iotlb,
    Bench::Timeline,
    Bench::Cocotb,
];

/// Where the benchmarks write their JSON (relative to the workspace root).
pub const BENCH_DIR: &str = "target/bench";

/// Where the plots go (relative to the workspace root; committed, the README shows them).
pub const PLOTS_DIR: &str = "docs/plots";

/// The IOTLB sizes other than the default (64) that `bench iotlb` measures: parameter
/// variants of `iommu_sim_top` that cosim's build script builds when this is in
/// `COSIM_TOP_VARIANTS`. Every release cosim run of `cargo xtask bench` sets it, so the
/// benchmarks share one build; `cargo test` never does, so its build does not grow.
pub const IOTLB_VARIANTS: &str =
    "iommu_sim_top:IOTLB_ENTRIES=16 iommu_sim_top:IOTLB_ENTRIES=32 iommu_sim_top:IOTLB_ENTRIES=128";

/// The SVA bench for the `bench smoke` step of `cargo xtask test` (debug build, a few faults).
pub const SVA_SMOKE_ARGS: [&str; 7] =
    ["run", "--quiet", "--package", "cosim", "--", "bench-sva", "--quick"];

/// The DMA bench for the `bench smoke` step of `cargo xtask test` (debug build, fewer transfers).
pub const DMA_SMOKE_ARGS: [&str; 7] =
    ["run", "--quiet", "--package", "cosim", "--", "bench-dma", "--quick"];

/// The IOMMU bench for the `bench smoke` step of `cargo xtask test` (debug build, short runs).
pub const IOMMU_SMOKE_ARGS: [&str; 7] =
    ["run", "--quiet", "--package", "cosim", "--", "bench-iommu", "--quick"];

/// The sweeps for the `bench smoke` step (debug build, a few points each, no plots): DMA
/// against transfer size (3 sizes), fault service against depth (1, 2, 4; both backends),
/// IOTLB hit rate (the default size, 3 working sets), the page-fault timeline.
pub const SWEEP_SMOKE_ARGS: [&[&str]; 4] = [
    &["run", "--quiet", "--package", "cosim", "--", "bench-dma", "--sweep", "--quick"],
    &["run", "--quiet", "--package", "cosim", "--", "bench-sva", "--depth", "--quick"],
    &["run", "--quiet", "--package", "cosim", "--", "bench-iotlb", "--quick"],
    &["run", "--quiet", "--package", "cosim", "--", "timeline"],
];

/// The model bench's arguments for the `bench smoke` step of `cargo xtask test` (debug build):
/// a short run that checks every answer, not a measurement.
pub const MODEL_SMOKE_ARGS: [&str; 6] = ["--warm", "20000", "--cold", "5000", "--trials", "1"];

/// `cargo run --release -p cosim -- <args> --json <root>/target/bench/<json>.json`, with the
/// IOTLB variants built.
fn cosim_release(root: &Path, tools: &Tools, args: &[&str], json: &str) -> Result<()> {
    let path = root.join(BENCH_DIR).join(format!("{json}.json"));
    let path = path.to_string_lossy();
    let mut all = vec!["run", "--release", "--quiet", "--package", "cosim", "--"];
    all.extend(args);
    all.extend(["--json", &path]);
    crate::ci::cargo_env(root, tools, &all, &[("COSIM_TOP_VARIANTS", IOTLB_VARIANTS)])
}

/// `bench-report` (release build: a second build of it is cheap) with `args`.
fn report(root: &Path, args: &[&str]) -> Result<()> {
    let mut all = vec!["run", "--release", "--quiet", "--package", "bench-report", "--"];
    all.extend(args);
    crate::ci::cargo_without_tools(root, &all)
}

/// Redraw the plots from the JSON in target/bench/.
pub fn plots(root: &Path) -> Result<()> {
    let dir = root.join(BENCH_DIR);
    let out = root.join(PLOTS_DIR);
    report(root, &["plots", "--dir", &dir.to_string_lossy(), "--out", &out.to_string_lossy()])
}

/// The 1-minute load average, if the system has one.
fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next().map(str::to_string)
}

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
        let load = load_average();
        for b in ALL {
            bench(root, Some(b), None, None)?;
        }
        let dir = root.join(BENCH_DIR);
        let dir = dir.to_string_lossy();
        let mut args = vec!["combine", "--dir", &dir, "--command", "cargo xtask bench"];
        if let Some(l) = &load {
            args.extend(["--load-at-start", l]);
        }
        report(root, &args)?;
        return plots(root);
    };
    let fixed = |name: &str| -> Result<()> {
        if cycles.is_some() || trials.is_some() {
            return Err(Error::new(format!(
                "the {name} bench takes no --cycles or --trials (its runs are fixed)"
            ))
            .with_code(2));
        }
        Ok(())
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
        Bench::Plots => {
            fixed("plots")?;
            plots(root)
        }
        Bench::Timeline => {
            fixed("timeline")?;
            let tools = &Tools::provision(root)?;
            cosim_release(root, tools, &["timeline"], "timeline")
        }
        Bench::Iotlb => {
            fixed("IOTLB")?;
            let tools = &Tools::provision(root)?;
            cosim_release(root, tools, &["bench-iotlb"], "iotlb")
        }
        Bench::Sva => {
            fixed("SVA")?;
            let tools = &Tools::provision(root)?;
            cosim_release(root, tools, &["bench-sva"], "sva")?;
            cosim_release(root, tools, &["bench-sva", "--depth"], "sva_depth")
        }
        Bench::Dma => {
            fixed("DMA")?;
            let tools = &Tools::provision(root)?;
            cosim_release(root, tools, &["bench-dma"], "dma")?;
            cosim_release(root, tools, &["bench-dma", "--sweep"], "dma_sweep")
        }
        Bench::Iommu => {
            fixed("IOMMU")?;
            let tools = &Tools::provision(root)?;
            cosim_release(root, tools, &["bench-iommu"], "iommu")
        }
        Bench::Model => {
            if cycles.is_some() {
                return Err(Error::new(
                    "--cycles is for `bench cosim`; the model bench takes --trials \
                     (counts: cargo run -p iommu-model -- bench --help)",
                )
                .with_code(2));
            }
            let json = root.join(BENCH_DIR).join("model.json");
            let mut args: Vec<String> =
                ["run", "--release", "--quiet", "--package", "iommu-model", "--", "bench"]
                    .map(String::from)
                    .to_vec();
            args.extend(["--json".to_string(), json.to_string_lossy().to_string()]);
            if let Some(t) = trials {
                args.extend(["--trials".to_string(), t.to_string()]);
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            crate::ci::cargo_without_tools(root, &args)
        }
        Bench::Cosim => {
            let tools = &Tools::provision(root)?;
            let mut args: Vec<String> = vec!["bench".into()];
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
            cosim_release(root, tools, &args, "cosim")
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
