//! The speed benchmark (`cargo xtask bench cosim`): the same verilated model driven from a
//! Rust loop and from a pure C++ loop, with the same stimulus.
//!
//! 1. A realistic workload runs on the full harness (register reads and writes on both
//!    AXI4-Lite ports, copy-engine bursts through the AXI4 memory model with latency and
//!    backpressure, TLPs through the link models), and the model's inputs of every cycle are
//!    logged. Its cycles per second are the *harness* figure: models included.
//! 2. The logged inputs are replayed on fresh models, once by a Rust loop (one FFI call per
//!    cycle, outputs folded into a checksum in Rust) and once by the C++ loop compiled into
//!    the shim (the same step and checksum, no FFI). Both checksums must match, proving both
//!    loops did the same work. The ratio Rust / C++ is the cost of driving from Rust.
//!
//! Two tops can host it: `cosim_harness_top` with the workload above, and `iommu_sim_top`
//! with the IOMMU benchmark's workload (bring-up through the driver, then rounds of
//! invalidation, walks and streamed hits: [`crate::bench_iommu::workload`]).

use std::hint::black_box;
use std::time::{Duration, Instant};

use crate::axi_mem::AxiMemConfig;
use crate::harness::{Config, Harness};
use crate::verilated::{checksum, InitValues, Model, Top, CHECKSUM_SEED};

/// The top the benchmark runs: the harness top (both register ports, copy engine, link).
pub const TOP: &str = "cosim_harness_top";

/// Figures of one benchmark run.
#[derive(Clone, Debug)]
pub struct Report {
    /// Cycles in the workload.
    pub cycles: u64,
    /// Full harness (model + bus models + host actions), cycles per second.
    pub harness_cps: f64,
    /// Replay of the logged inputs, Rust loop: best cycles per second of all trials.
    pub rust_cps: f64,
    /// The same in the C++ loop.
    pub cpp_cps: f64,
    /// Output checksum (identical for both loops).
    pub checksum: u64,
    /// Trials per loop.
    pub trials: u32,
}

impl Report {
    /// Rust-driven cycles/s over C++ cycles/s.
    pub fn ratio(&self) -> f64 {
        self.rust_cps / self.cpp_cps
    }
}

/// Run the workload on the full harness for at least `cycles` cycles; returns the top, the
/// logged inputs ([`Top::input_words`] per cycle) and the time it took.
pub fn workload(cycles: u64) -> (&'static Top, Vec<u32>, Duration) {
    let config = Config {
        seed: 7,
        mem: AxiMemConfig {
            read_latency: 8,
            write_latency: 4,
            ready_chance: 0.8,
            max_outstanding: 4,
        },
        axil_jitter: 0.1,
        tlp_valid_chance: 0.9,
        tlp_ready_chance: 0.8,
        ..Config::default()
    };
    let h = Harness::new(TOP, config).expect("benchmark config");
    h.log_inputs();
    let start = Instant::now();
    let src = 0x1000_0000u64;
    let dst = 0x2000_0000u64;
    h.map_memory(src, 1 << 16).unwrap();
    h.map_memory(dst, 1 << 16).unwrap();
    let pattern: Vec<u8> = (0..(1u32 << 16)).map(|i| (i * 7 + 3) as u8).collect();
    driver::dma::DmaMemory::write(&h, driver::dma::PhysAddr(src), &pattern).unwrap();
    let mut round = 0u64;
    while h.cycle() < cycles {
        // A 2 KiB copy in the background...
        let off = (round * 2048) % (1 << 16);
        h.poke("dma_src", &[(src + off) as u32, ((src + off) >> 32) as u32]).unwrap();
        h.poke("dma_dst", &[(dst + off) as u32, ((dst + off) >> 32) as u32]).unwrap();
        h.poke("dma_len", &[2048]).unwrap();
        h.poke("dma_start", &[1]).unwrap();
        h.run(1).unwrap();
        h.poke("dma_start", &[0]).unwrap();
        // ...while TLPs loop through the link and the driver-facing ports are busy.
        for n in 0..4u32 {
            let dws: Vec<u32> = (0..(3 + (round as u32 + n) % 6))
                .map(|i| i.wrapping_mul(0x0101_0101) ^ n)
                .collect();
            h.send_tlp(&dws).unwrap();
        }
        for r in 0..16u64 {
            let off = (r * 8) % 0x60;
            h.access("iommu", Some(round ^ r), 0x10 + off, 8).unwrap();
            h.access("iommu", None, off, 8).unwrap();
            h.access("rpcfg", None, (r * 4) % 0x40, 4).unwrap();
        }
        h.wait_for("dma_busy", 0, 100_000).unwrap();
        h.take_observations();
        round += 1;
    }
    let took = start.elapsed();
    (h.top(), h.take_input_log(), took)
}

fn rust_loop(top: &'static Top, stim: &[u32]) -> (u64, Duration) {
    let mut model = Model::new(top, InitValues::Zero).expect("model");
    let mut out = vec![0u32; top.output_words];
    let mut h = CHECKSUM_SEED;
    let start = Instant::now();
    for i in stim.chunks_exact(top.input_words) {
        model.step(black_box(i), &mut out).expect("the benchmark design runs without stopping");
        h = checksum(h, &out);
    }
    (black_box(h), start.elapsed())
}

fn cpp_loop(top: &'static Top, stim: &[u32]) -> (u64, Duration) {
    let mut model = Model::new(top, InitValues::Zero).expect("model");
    let mut out = vec![0u32; top.output_words];
    let start = Instant::now();
    let h = model.run_recorded_cpp(stim, &mut out);
    (black_box(h), start.elapsed())
}

/// The tops the benchmark can run on.
pub const TOPS: [&str; 2] = [TOP, crate::platform::TOP];

/// The whole benchmark: a workload of `cycles`, then `trials` alternating runs of each loop.
pub fn run(cycles: u64, trials: u32) -> Report {
    let (top, stim, took) = workload(cycles);
    measure(top, &stim, took, trials)
}

/// The benchmark on `top` (one of [`TOPS`]).
pub fn run_on(top: &str, cycles: u64, trials: u32) -> Result<Report, String> {
    if top == TOP {
        Ok(run(cycles, trials))
    } else if top == crate::platform::TOP {
        let (t, stim, took) = crate::bench_iommu::workload(cycles)?;
        Ok(measure(t, &stim, took, trials))
    } else {
        Err(format!("the speed benchmark runs on {}, not {top}", TOPS.join(" or ")))
    }
}

/// Replay the logged inputs `stim` of `top` (a workload that took `took` on the full
/// harness) `trials` times in each loop.
pub fn measure(top: &'static Top, stim: &[u32], took: Duration, trials: u32) -> Report {
    let n = (stim.len() / top.input_words) as f64;
    let mut rust_best = f64::MIN;
    let mut cpp_best = f64::MIN;
    let mut checksum = None;
    for _ in 0..trials.max(1) {
        let (hr, tr) = rust_loop(top, stim);
        let (hc, tc) = cpp_loop(top, stim);
        assert_eq!(hr, hc, "the Rust and C++ loops saw different outputs");
        assert!(checksum.is_none_or(|c| c == hr), "a loop is not deterministic");
        checksum = Some(hr);
        rust_best = rust_best.max(n / tr.as_secs_f64());
        cpp_best = cpp_best.max(n / tc.as_secs_f64());
    }
    Report {
        cycles: n as u64,
        harness_cps: n / took.as_secs_f64(),
        rust_cps: rust_best,
        cpp_cps: cpp_best,
        checksum: checksum.unwrap_or(0),
        trials: trials.max(1),
    }
}
