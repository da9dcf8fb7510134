//! `cosim`: command line of the co-simulation.
//!
//! * `cosim replay FILE [--top T] [--backend rtl|model] [--out OBS] [--trace WAVE.fst] [--log]`:
//!   run a JSON-lines stimulus file (format: cosim/README.md) on a fresh harness (`rtl`, the
//!   default; hosting `--top`, else the top of the file's `config` line, else
//!   `cosim_harness_top`) or on the IOMMU reference model (`model`: what `iommu-model replay`
//!   prints) and write the observations as JSON lines (to stdout, or OBS). `--log` prints
//!   every transaction to stderr; `--top`, `--trace` and `--log` need the RTL.
//! * `cosim bench [--cycles N] [--trials T] [--top T]...`: the speed benchmark (also `cargo
//!   xtask bench cosim`): Rust-driven versus pure C++ cycles per second on the same stimulus,
//!   on `cosim_harness_top` (default) and/or `iommu_sim_top`.
//! * `cosim bench-iommu [--quick] [--json FILE]`: the IOMMU RTL figures (also `cargo xtask
//!   bench iommu`): IOTLB hit throughput, miss latency, hit under miss, concurrent walks.
//! * `cosim bench-dma [--sweep]`, `cosim bench-sva [--depth]`, `cosim bench-iotlb`, `cosim
//!   timeline`: DMA bytes per cycle (against transfer size), page-fault service (against the
//!   faults outstanding at once), IOTLB hit rate against working set and IOTLB entries, one
//!   page fault stage by stage (`cargo xtask bench dma|sva|iotlb|timeline`).
//! * `cosim pins [--top T]`: a top's pins (direction, name, width) and what the harness binds
//!   them to; `cosim tops` lists the verilated tops.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cosim::binding::Binding;
use cosim::verilated;

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
        /// The simulation top to host (over the `top` of the file's `config` line; RTL only).
        #[arg(long)]
        top: Option<String>,
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
        /// The simulation top(s) to run it on (cosim_harness_top, iommu_sim_top).
        #[arg(long, default_values_t = [cosim::bench::TOP.to_string()])]
        top: Vec<String>,
        /// Also write the figures as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// IOMMU RTL figures: hit throughput, miss latency, hit under miss, concurrent walks.
    BenchIommu {
        /// Short runs (a smoke test; the figures are not the ones to quote).
        #[arg(long)]
        quick: bool,
        /// Also write the figures as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// The main job: shared virtual addressing end to end (cosim/src/sva/): processes bind to
    /// the device, every page arrives through ATS failure, page request, driver fault-in, PRG
    /// response and retry; a process exits mid-DMA; everything unbinds. Ends with one JSON
    /// line.
    Demo {
        /// Write an FST waveform here (RTL backend).
        #[arg(long)]
        trace: Option<PathBuf>,
        /// The IOMMU: the RTL in Verilator, or the reference model.
        #[arg(long, value_enum, default_value = "rtl")]
        backend: cosim::sva::Backend,
        /// Only the JSON line.
        #[arg(long)]
        quiet: bool,
    },
    /// Isolation and storm stress (cosim/src/stress/): 64 processes, a random DMA stream judged
    /// DMA by DMA against the reference, full memory comparisons; page-request storms,
    /// bind/unbind churn and exit storms. Ends with one JSON line; exit status 1 on a
    /// violation.
    Stress {
        /// The IOMMU: the RTL in Verilator, or the reference model.
        #[arg(long, value_enum, default_value = "model")]
        backend: cosim::sva::Backend,
        /// DMAs of the isolation stream.
        #[arg(long, default_value_t = 200_000)]
        dmas: u64,
        /// Seed of every random choice.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// DMAs in flight at once.
        #[arg(long, default_value_t = 32)]
        in_flight: usize,
        /// Only these parts (default: all).
        #[arg(long, value_enum)]
        part: Vec<cosim::stress::Part>,
        /// Break something on purpose (the run must then report violations).
        #[arg(long, value_enum)]
        sabotage: Option<cosim::stress::Sabotage>,
        /// Fault queue entries the driver allocates.
        #[arg(long, default_value_t = cosim::stress::FAULT_QUEUE_ENTRIES)]
        fault_queue_entries: u32,
        /// Percent of plain untranslated requests in the isolation stream (the rest are work
        /// items through ATS and PRI).
        #[arg(long, default_value_t = 25)]
        plain_percent: u8,
        /// Progress lines on stderr.
        #[arg(long)]
        verbose: bool,
        /// Write an FST waveform of the whole top here (RTL backend).
        #[arg(long, value_name = "FILE")]
        trace: Option<std::path::PathBuf>,
        /// Start the waveform at this simulated cycle (with --trace): a violation's cycle
        /// minus the completion time-out shows what led to it without a waveform of the
        /// whole run.
        #[arg(long, value_name = "CYCLE", requires = "trace")]
        trace_from: Option<u64>,
    },
    /// What a page fault served end to end costs (RTL and model) and the driver's page
    /// requests per second (model).
    BenchSva {
        /// Fewer faults (a smoke test).
        #[arg(long)]
        quick: bool,
        /// Only the reference-model backend.
        #[arg(long)]
        model_only: bool,
        /// Instead: fault-service latency against the number of faults outstanding at once
        /// (1 to 64, beyond the page-request queue's size).
        #[arg(long)]
        depth: bool,
        /// Also write the figures as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// IOTLB hit rate against working-set size and IOTLB entries (iommu_sim_top and the
    /// IOTLB_ENTRIES variants built with COSIM_TOP_VARIANTS).
    BenchIotlb {
        /// The default size, three working sets, short runs (a smoke test).
        #[arg(long)]
        quick: bool,
        /// IOTLB sizes (a size whose top is not built is reported missing).
        #[arg(long, value_delimiter = ',', default_values_t = cosim::bench_iotlb::ENTRIES)]
        entries: Vec<u32>,
        /// Also write the figures as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// One page fault served end to end on the RTL, each stage at its simulated cycle.
    Timeline {
        /// Also write the timeline as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// A tour of the kit (the demo of issue E): enumeration, the PASID path check, a DMA
    /// through a PASID, a refused PASID, a malformed TLP logged in AER.
    Tour {
        /// Write an FST waveform here.
        #[arg(long)]
        trace: Option<PathBuf>,
    },
    /// Device DMA through root port + IOMMU (kit_sim_top): bytes per cycle of 4 KiB writes
    /// and reads with a PASID prefix and a warm IOTLB.
    BenchDma {
        /// Fewer transfers (a smoke test).
        #[arg(long)]
        quick: bool,
        /// Memory read latency in cycles.
        #[arg(long, default_value_t = 20)]
        read_latency: u32,
        /// Instead: bytes per cycle against transfer size (64 B to 64 KiB), writes and reads.
        #[arg(long)]
        sweep: bool,
        /// Also write the figures as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// The workload of the comparison with cocotb on cosim_harness_top (bench/cocotb/):
    /// copy-engine DMA with AXI4-Lite register traffic; cycles/s and the checksum, and with
    /// `--against`, the ratio to the cocotb side's results.
    BenchCocotb {
        /// Rounds of the workload (with `--against`: the cocotb file's).
        #[arg(long, default_value_t = 200)]
        rounds: u64,
        /// Timed runs (the best counts).
        #[arg(long, default_value_t = 3)]
        trials: u32,
        /// The cocotb side's results (JSON written by bench/cocotb/run.py): run the same
        /// rounds, require the same checksum, report both and the ratio.
        #[arg(long)]
        against: Option<PathBuf>,
        /// Also write the comparison as JSON here (with `--against`).
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// The lockstep differential test on the IOMMU RTL (iommu_sim_top): random configurations
    /// and request streams, every answer judged by the reference model.
    Lockstep {
        /// First seed (one run per seed; a seed reproduces its run).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of runs (seeds seed, seed+1, ...).
        #[arg(long, default_value_t = 1)]
        runs: u64,
        /// Translations per run.
        #[arg(long, default_value_t = 2_000)]
        translations: u64,
        /// Where a mismatch's replay file goes.
        #[arg(long, default_value = ".")]
        replay_dir: PathBuf,
    },
    /// List the pins of a top and the models the harness binds them to.
    Pins {
        /// The simulation top.
        #[arg(long, default_value = cosim::DEFAULT_TOP)]
        top: String,
    },
    /// List the verilated simulation tops.
    Tops,
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
        Cmd::Replay { file, top, backend, out, trace, log } => {
            if backend == Backend::Model && (trace.is_some() || log || top.is_some()) {
                eprintln!("error: --top, --trace and --log need the RTL (--backend rtl); the model has no tops, waveform or bus transactions");
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
                Backend::Rtl => cosim::replay::parse(&name, &text).and_then(|steps| {
                    let options =
                        cosim::replay::RunOptions { top: top.as_deref(), trace: trace.as_deref() };
                    cosim::replay::run(&name, &steps, &options)
                }),
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
        Cmd::Bench { cycles, trials, top, json } => {
            let mut reports = Vec::new();
            println!("model build: {}", cosim::verilated::MODEL_BUILD);
            println!("verilator: {}", cosim::verilated::VERILATOR_VERSION);
            for t in &top {
                println!();
                println!(
                    "cosim bench: top {t}, {cycles} cycles of workload, {trials} trials per loop"
                );
                let r = match cosim::bench::run_on(t, cycles, trials) {
                    Ok(r) => r,
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ExitCode::from(1);
                    }
                };
                println!();
                println!("  {:<44} {:>14}", "loop", "cycles/s");
                println!("  {:<44} {:>14.0}", "C++ loop (step + checksum, no FFI)", r.cpp_cps);
                println!("  {:<44} {:>14.0}", "Rust loop (one FFI call per cycle)", r.rust_cps);
                println!(
                    "  {:<44} {:>14.0}",
                    "full harness (bus models, host actions)", r.harness_cps
                );
                println!();
                println!("  ratio Rust / C++ = {:.3} (target >= 0.9)", r.ratio());
                println!(
                    "  {} cycles per run, checksum {:#018x} identical in both loops",
                    r.cycles, r.checksum
                );
                reports.push(serde_json::json!({
                    "top": t,
                    "cycles": r.cycles,
                    "trials": r.trials,
                    "cpp_cycles_per_second": r.cpp_cps,
                    "rust_cycles_per_second": r.rust_cps,
                    "harness_cycles_per_second": r.harness_cps,
                    "ratio_rust_cpp": r.ratio(),
                }));
            }
            if let Some(path) = json {
                let all = serde_json::json!({
                    "model_build": cosim::verilated::MODEL_BUILD,
                    "verilator": cosim::verilated::VERILATOR_VERSION,
                    "tops": reports,
                });
                if let Err(e) = write_json(&path, &all) {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
            ExitCode::SUCCESS
        }
        Cmd::Demo { trace, backend, quiet } => {
            let options =
                cosim::sva::Options { trace, verbose: !quiet, ..cosim::sva::Options::new(backend) };
            match cosim::sva::run(&options) {
                Ok(summary) => match serde_json::to_string(&summary) {
                    Ok(line) => {
                        println!("{line}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("error: {e}");
                        ExitCode::from(2)
                    }
                },
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Cmd::Stress {
            backend,
            dmas,
            seed,
            in_flight,
            part,
            sabotage,
            fault_queue_entries,
            plain_percent,
            verbose,
            trace,
            trace_from,
        } => {
            if backend == cosim::sva::Backend::Model && trace.is_some() {
                eprintln!("error: --trace writes an RTL waveform: it needs --backend rtl");
                return ExitCode::from(2);
            }
            let mut o = cosim::stress::StressOptions::new(backend, dmas, seed);
            o.fault_queue_entries = fault_queue_entries;
            o.plain_percent = plain_percent;
            o.in_flight = in_flight;
            o.sabotage = sabotage;
            o.verbose = verbose;
            o.trace = trace.map(|path| (path, trace_from.unwrap_or(0)));
            if !part.is_empty() {
                o.parts = part;
            }
            if verbose {
                // The harness's and the endpoint link's warnings (a TLP the endpoint refused,
                // an AXI4 protocol or link framing complaint) next to the progress lines.
                tracing_subscriber::fmt()
                    .with_max_level(tracing::Level::WARN)
                    .with_writer(std::io::stderr)
                    .without_time()
                    .init();
            }
            match cosim::stress::run(&o) {
                Ok(r) => {
                    for p in &r.parts {
                        match serde_json::to_string(p) {
                            Ok(line) => println!("{line}"),
                            Err(e) => eprintln!("error: {e}"),
                        }
                    }
                    if r.violations == 0 {
                        ExitCode::SUCCESS
                    } else {
                        eprintln!("{} violations", r.violations);
                        ExitCode::from(1)
                    }
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Cmd::BenchSva { quick, model_only, depth: true, json } => {
            use cosim::sva::Backend;
            let backends: &[Backend] =
                if model_only { &[Backend::Model] } else { &[Backend::Rtl, Backend::Model] };
            let r = match cosim::sva::bench::depth_sweep(quick, backends) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            print!("{}", cosim::sva::bench::depth_table(&r));
            finish_json(json.as_deref(), &r)
        }
        Cmd::BenchIotlb { quick, entries, json } => {
            let entries = if quick { vec![cosim::bench_iotlb::DEFAULT_ENTRIES] } else { entries };
            let r = match cosim::bench_iotlb::sweep(&entries, quick) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            print!("{}", cosim::bench_iotlb::table(&r));
            finish_json(json.as_deref(), &r)
        }
        Cmd::Timeline { json } => {
            let t = match cosim::sva::timeline::run() {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            print!("{}", cosim::sva::timeline::table(&t));
            finish_json(json.as_deref(), &t)
        }
        Cmd::BenchSva { quick, model_only, depth: false, json } => {
            use cosim::sva::Backend;
            let backends: &[Backend] =
                if model_only { &[Backend::Model] } else { &[Backend::Rtl, Backend::Model] };
            let r = match cosim::sva::bench::run(quick, backends) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            print!("{}", cosim::sva::bench::table(&r));
            if let Some(path) = json {
                if let Err(e) = write_json(&path, &r) {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
            ExitCode::SUCCESS
        }
        Cmd::Tour { trace } => match cosim::tour::run(trace.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Cmd::BenchCocotb { rounds, trials, against, json } => {
            bench_cocotb(rounds, trials, against, json)
        }
        Cmd::BenchDma { quick, read_latency, sweep: true, json } => {
            let r = match cosim::bench_dma::sweep(quick, read_latency) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            print!("{}", cosim::bench_dma::sweep_table(&r));
            finish_json(json.as_deref(), &r)
        }
        Cmd::BenchDma { quick, read_latency, sweep: false, json } => {
            let r = match cosim::bench_dma::run(quick, read_latency) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            print!("{}", cosim::bench_dma::table(&r));
            if let Some(path) = json {
                if let Err(e) = write_json(&path, &r) {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
            ExitCode::SUCCESS
        }
        Cmd::BenchIommu { quick, json } => {
            let r = match cosim::bench_iommu::run(quick) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            print!("{}", cosim::bench_iommu::table(&r));
            if let Some(path) = json {
                if let Err(e) = write_json(&path, &r) {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
            ExitCode::SUCCESS
        }
        Cmd::Lockstep { seed, runs, translations, replay_dir } => {
            let started = std::time::Instant::now();
            let mut total = scenarios::suite::differential::Counts::default();
            let mut cycles = 0u64;
            for s in seed..seed.saturating_add(runs) {
                match cosim::platform::lockstep_run(s, translations, Some(&replay_dir)) {
                    Ok(r) => {
                        total.add(&r.counts);
                        cycles += r.cycles;
                    }
                    Err(m) => {
                        eprintln!("lockstep: mismatch: {m}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            let secs = started.elapsed().as_secs_f64();
            println!("lockstep: {runs} runs from seed {seed}, no mismatch");
            println!("  translations      {:>12}", total.translations);
            println!("  allowed           {:>12}", total.allowed);
            println!("  faults            {:>12}", total.faults);
            println!("  ATS completions   {:>12}", total.ats);
            println!("  PTE changes       {:>12}", total.pte_changes);
            println!("  invalidations     {:>12}", total.invalidations);
            println!("  context changes   {:>12}", total.context_changes);
            println!("  debug translations{:>12}", total.debug);
            println!("  checkpoints       {:>12}", total.checks);
            println!("  fault causes      {:?}", total.causes);
            println!("  simulated cycles  {cycles:>12}");
            println!(
                "  wall time         {secs:>11.1}s ({:.0} translations/s, {:.0} cycles/s)",
                total.translations as f64 / secs,
                cycles as f64 / secs
            );
            ExitCode::SUCCESS
        }
        Cmd::Pins { top } => {
            let Some(t) = verilated::top(&top) else {
                eprintln!(
                    "error: no simulation top `{top}` (verilated: {})",
                    verilated::top_names()
                );
                return ExitCode::from(2);
            };
            let binding = match Binding::new(t) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            for (p, owner) in t.inputs.iter().zip(&binding.owner) {
                let owner = owner.as_deref().unwrap_or("free (poke)");
                println!("in   {:<24} {:>4}  {owner}", p.name, p.width);
            }
            for p in t.outputs {
                let what =
                    if binding.irqs.iter().any(|i| i.name == p.name) { "  interrupt" } else { "" };
                println!("out  {:<24} {:>4}{what}", p.name, p.width);
            }
            println!("AXI4-Lite ports: {}", binding.axil_names());
            println!("reg2hw/hw2reg ports: {}", binding.hwif_names());
            println!(
                "AXI4 masters: {}",
                binding.axi.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", ")
            );
            println!(
                "link: {}{}",
                if binding.rx.is_some() { "rx_tlp " } else { "" },
                if binding.tx.is_some() { "tx_tlp" } else { "" }
            );
            println!("(clk_i is driven by the harness: one step = one cycle)");
            ExitCode::SUCCESS
        }
        Cmd::Tops => {
            for t in verilated::TOPS {
                println!(
                    "{:<24} {:>4} inputs {:>4} outputs",
                    t.name,
                    t.inputs.len(),
                    t.outputs.len()
                );
            }
            ExitCode::SUCCESS
        }
    }
}

/// Write `value` as pretty JSON to `path` (creating its directory) and say where.
fn bench_cocotb(
    rounds: u64,
    trials: u32,
    against: Option<PathBuf>,
    json: Option<PathBuf>,
) -> ExitCode {
    use cosim::bench_cocotb as b;
    let Some(path) = against else {
        return match b::run(rounds) {
            Ok(r) => {
                println!(
                    "{} rounds: {} cycles in {:.3} s = {:.0} cycles/s, checksum {}",
                    r.rounds, r.cycles, r.seconds, r.cycles_per_s, r.checksum
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        };
    };
    let cocotb = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()));
    let cocotb = match cocotb {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let c = match b::compare(cocotb, trials) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    print!("{}", b::table(&c));
    if let Some(path) = json {
        if let Err(e) = write_json(&path, &c) {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

fn write_json(path: &std::path::Path, value: &impl serde::Serialize) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
    println!("\nfigures -> {}", path.display());
    Ok(())
}

/// Write `value` as JSON to `path` if given; the exit code.
fn finish_json(path: Option<&std::path::Path>, value: &impl serde::Serialize) -> ExitCode {
    if let Some(path) = path {
        if let Err(e) = write_json(path, value) {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
