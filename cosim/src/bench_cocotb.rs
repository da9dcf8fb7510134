//! The side-by-side benchmark against cocotb (`cargo xtask bench cocotb`, `cosim
//! bench-cocotb`): one workload on `cosim_harness_top`, driven here by the project's harness
//! and in `bench/cocotb/test_harness.py` by cocotb 2 with cocotbext-axi. Both count clock
//! cycles and wall time over the same span and fold the same results into the same checksum;
//! [`compare`] refuses to report a ratio when the checksums differ.
//!
//! The workload, round by round: the copy engine copies 2 KiB of a 64 KiB patterned source
//! region into a destination region through the AXI4 memory port (served by the harness's
//! memory model here, by cocotbext-axi's `AxiRam` there); meanwhile, 16 times, a 64-bit write
//! and a 64-bit read on the IOMMU register port and a 32-bit write and a 32-bit read on the
//! root-port configuration port (AXI4-Lite; the writes go to the two read-write prefetchable
//! upper-base/limit registers, which the reads of offsets 0x28 and 0x2c see); then the round
//! waits for the copy to end. The checksum is a
//! 64-bit FNV-1a of every read value (8 bytes, little-endian, in order) followed by the whole
//! destination region. The memory answers without backpressure on both sides and the
//! AXI4-Lite ports run without jitter; the link is idle (no TLPs). The two sides' bus models
//! differ in latency by a few cycles, so their cycle counts differ slightly: each side's
//! cycles/s is its own cycles over its own time.

use std::time::Instant;

use driver::dma::{DmaMemory, PhysAddr};
use serde::{Deserialize, Serialize};

use crate::axi_mem::AxiMemConfig;
use crate::harness::{Config, Harness, HarnessError};

/// The top both sides run.
pub const TOP: &str = "cosim_harness_top";
/// Source region of the copies.
pub const SRC: u64 = 0x1000_0000;
/// Destination region of the copies.
pub const DST: u64 = 0x2000_0000;
/// Bytes of each region.
pub const REGION: usize = 1 << 16;
/// Bytes of one round's copy.
pub const COPY: usize = 2048;
/// Groups of register accesses (IOMMU write and read, root-port write and read) per round.
pub const ACCESSES: u64 = 16;
/// Cycles a copy may take before the run is called stuck.
const COPY_TIMEOUT: u64 = 100_000;
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Why a run gave no figure.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error(transparent)]
    Harness(#[from] HarnessError),
    #[error("the copy of round {0} did not end within {COPY_TIMEOUT} cycles")]
    Stuck(u64),
    #[error("the copy engine reported an AXI error")]
    CopyError,
    #[error("the destination region differs from the source after the copies")]
    WrongCopy,
    #[error(
        "checksums differ: Rust {rust}, cocotb {cocotb}: the two sides did not do the same work"
    )]
    Mismatch { rust: String, cocotb: String },
    #[error("the cocotb side ran {cocotb} rounds, the Rust side {rust}")]
    Rounds { rust: u64, cocotb: u64 },
}

/// One side's run of the workload (the cocotb side writes the same fields as JSON).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Run {
    /// Rounds of the workload.
    pub rounds: u64,
    /// Clock cycles from the first round's start to the last copy's end.
    pub cycles: u64,
    /// Wall time of those cycles.
    pub seconds: f64,
    /// `cycles / seconds`.
    pub cycles_per_s: f64,
    /// Register values read.
    pub reads: u64,
    /// FNV-1a 64 of the read values and the destination region, `0x` and 16 hex digits.
    pub checksum: String,
}

/// 64-bit FNV-1a of `data`, continuing from `h`.
pub fn fnv1a(mut h: u64, data: &[u8]) -> u64 {
    for &b in data {
        h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    h
}

/// The source region's pattern.
pub fn pattern() -> Vec<u8> {
    (0..REGION).map(|i| (i * 7 + 3) as u8).collect()
}

fn poke64(h: &Harness, pin: &str, v: u64) -> Result<(), HarnessError> {
    h.poke(pin, &[v as u32, (v >> 32) as u32])
}

/// The workload of `rounds` rounds on the project's harness.
pub fn run(rounds: u64) -> Result<Run, BenchError> {
    let config = Config {
        mem: AxiMemConfig {
            read_latency: 1,
            write_latency: 1,
            ready_chance: 1.0,
            max_outstanding: 4,
        },
        axil_jitter: 0.0,
        ..Config::default()
    };
    let h = Harness::new(TOP, config)?;
    h.map_memory(SRC, REGION as u64)?;
    h.map_memory(DST, REGION as u64)?;
    h.write(PhysAddr(SRC), &pattern()).map_err(HarnessError::from)?;
    let mut reads = Vec::with_capacity((rounds * ACCESSES * 2) as usize);
    let start_cycle = h.cycle();
    let start = Instant::now();
    for round in 0..rounds {
        // A 2 KiB copy in the background...
        let off = (round * COPY as u64) % REGION as u64;
        poke64(&h, "dma_src", SRC + off)?;
        poke64(&h, "dma_dst", DST + off)?;
        h.poke("dma_len", &[COPY as u32])?;
        h.poke("dma_start", &[1])?;
        h.run(1)?;
        h.poke("dma_start", &[0])?;
        // ...while the driver-facing register ports are busy.
        for r in 0..ACCESSES {
            let off = (r * 8) % 0x60;
            h.access("iommu", Some(round ^ r), 0x10 + off, 8)?;
            reads.push(h.access("iommu", None, off, 8)?.0);
            // pref_base_upper / pref_limit_upper: plain read-write, read back at r = 10, 11.
            let value = ((round * ACCESSES + r) as u32).wrapping_mul(0x0101_0101);
            h.access("rpcfg", Some(u64::from(value)), 0x28 + 4 * (r % 2), 4)?;
            reads.push(h.access("rpcfg", None, (r * 4) % 0x40, 4)?.0);
        }
        if !h.wait_for("dma_busy", 0, COPY_TIMEOUT)? {
            return Err(BenchError::Stuck(round));
        }
        // The harness keeps what it observed for replay comparisons; not needed here.
        h.take_observations();
    }
    let seconds = start.elapsed().as_secs_f64();
    let cycles = h.cycle() - start_cycle;

    if h.peek("dma_error")?.first().copied().unwrap_or(0) != 0 {
        return Err(BenchError::CopyError);
    }
    let mut src = vec![0; REGION];
    let mut dst = vec![0; REGION];
    h.read(PhysAddr(SRC), &mut src).map_err(HarnessError::from)?;
    h.read(PhysAddr(DST), &mut dst).map_err(HarnessError::from)?;
    let copied = (rounds as usize * COPY).min(REGION);
    if src[..copied] != dst[..copied] {
        return Err(BenchError::WrongCopy);
    }
    let mut sum = FNV_OFFSET;
    for v in &reads {
        sum = fnv1a(sum, &v.to_le_bytes());
    }
    sum = fnv1a(sum, &dst);
    Ok(Run {
        rounds,
        cycles,
        seconds,
        cycles_per_s: cycles as f64 / seconds,
        reads: reads.len() as u64,
        checksum: format!("{sum:#018x}"),
    })
}

/// Both sides and their ratio (what `target/bench/cocotb.json` holds).
#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    /// The simulation top.
    pub top: &'static str,
    /// The workload in words.
    pub workload: String,
    /// The project's harness (best of the trials).
    pub rust: Run,
    /// Trials of the Rust side.
    pub rust_trials: u32,
    /// cocotb + cocotbext-axi (one run; its file's other fields, such as versions and build
    /// times, are kept in `cocotb_extra`).
    pub cocotb: Run,
    /// The cocotb side's other fields.
    pub cocotb_extra: serde_json::Map<String, serde_json::Value>,
    /// Verilator of the Rust side's model.
    pub verilator: &'static str,
    /// Rust cycles/s over cocotb cycles/s.
    pub ratio: f64,
    /// The headline figures as `{what, value, unit}` (what `bench-report combine` reads).
    pub figures: Vec<serde_json::Value>,
}

/// The workload in words, for tables.
pub fn describe(rounds: u64) -> String {
    format!(
        "{rounds} rounds of: a {COPY} B copy-engine DMA through AXI4 into a RAM model, \
         meanwhile {ACCESSES} x (64-bit write + 64-bit read on the IOMMU AXI4-Lite port, \
         32-bit write + 32-bit read on the root-port AXI4-Lite port); checksum of all reads and the \
         destination"
    )
}

/// Run the Rust side `trials` times (best cycles/s counts) and set it against the cocotb
/// side's results `cocotb` (the JSON object `bench/cocotb/run.py` wrote).
pub fn compare(
    cocotb: serde_json::Map<String, serde_json::Value>,
    trials: u32,
) -> Result<Comparison, String> {
    let py: Run = serde_json::from_value(serde_json::Value::Object(cocotb.clone()))
        .map_err(|e| format!("the cocotb results: {e}"))?;
    let mut best: Option<Run> = None;
    for _ in 0..trials.max(1) {
        let r = run(py.rounds).map_err(|e| e.to_string())?;
        if let Some(b) = &best {
            if b.checksum != r.checksum {
                return Err("the Rust side is not deterministic".into());
            }
        }
        if best.as_ref().is_none_or(|b| r.cycles_per_s > b.cycles_per_s) {
            best = Some(r);
        }
    }
    let rust = best.ok_or("no trial ran")?;
    if rust.checksum != py.checksum {
        return Err(BenchError::Mismatch { rust: rust.checksum, cocotb: py.checksum }.to_string());
    }
    let known = ["rounds", "cycles", "seconds", "cycles_per_s", "reads", "checksum"];
    let extra = cocotb.into_iter().filter(|(k, _)| !known.contains(&k.as_str())).collect();
    let ratio = rust.cycles_per_s / py.cycles_per_s;
    let figure = |what: &str, value: f64, unit: &str| serde_json::json!({ "what": what, "value": value, "unit": unit });
    let figures = vec![
        figure("Rust harness, cosim_harness_top workload", rust.cycles_per_s, "cycles/s"),
        figure("cocotb + cocotbext-axi, same workload", py.cycles_per_s, "cycles/s"),
        figure("ratio Rust / cocotb", ratio, "x"),
    ];
    Ok(Comparison {
        top: TOP,
        workload: describe(rust.rounds),
        ratio,
        figures,
        rust,
        rust_trials: trials.max(1),
        cocotb: py,
        cocotb_extra: extra,
        verilator: crate::verilated::VERILATOR_VERSION,
    })
}

/// The comparison as a Markdown table.
pub fn table(c: &Comparison) -> String {
    let mut s = format!("Against cocotb ({}; {})\n\n", c.top, c.workload);
    s += "| side | cycles | wall time | cycles/s |\n|---|---:|---:|---:|\n";
    for (name, r) in [
        (format!("Rust harness (cosim crate, best of {})", c.rust_trials), &c.rust),
        ("cocotb + cocotbext-axi".to_string(), &c.cocotb),
    ] {
        s += &format!("| {name} | {} | {:.3} s | {:.0} |\n", r.cycles, r.seconds, r.cycles_per_s);
    }
    s += &format!(
        "\nratio Rust / cocotb = {:.1}; checksum {} on both sides ({} register reads)\n",
        c.ratio, c.rust.checksum, c.rust.reads
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_known_values() {
        // The published FNV-1a 64 test vectors: "" and "a".
        assert_eq!(fnv1a(FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    /// The Rust side alone reproduces what the cocotb side (bench/cocotb/test_harness.py,
    /// cocotb 2.1.0 + cocotbext-axi 0.1.28) computed for 20 rounds, so a change to either
    /// workload shows here without Python; `cargo xtask bench cocotb` compares them live.
    #[test]
    fn matches_the_cocotb_checksum_of_20_rounds() {
        let r = run(20).unwrap();
        assert_eq!(r.reads, 20 * ACCESSES * 2);
        assert_eq!(r.checksum, "0xe9f7f660c6737c3d");
        // Copy-engine bursts and register accesses take time on the bus models.
        assert!(r.cycles > 20 * (COPY as u64 / 8), "{} cycles", r.cycles);
    }
}
