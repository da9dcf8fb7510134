//! IOTLB hit rate against working-set size and IOTLB entries (`cargo xtask bench iotlb`,
//! `cosim bench-iotlb`), measured on the RTL (`iommu_sim_top` and its `IOTLB_ENTRIES`
//! variants), set up through the driver as in [`crate::bench_iommu`].
//!
//! For each working set of W distinct pages: every cache is invalidated (IODIR.INVAL_DDT,
//! IOTINVAL.VMA), the W pages are translated once (warm-up), then `translations` requests
//! go one at a time, over the W pages round robin or at random (a fixed seed). A request is
//! a hit when it caused no memory read on the AXI4 read channel (a miss walks the Sv39
//! table: 3 reads, the device and process contexts staying cached). Every answer is checked
//! against the mapping.
//!
//! The default build has the top with its default size only; the other sizes are parameter
//! variants that `cosim/build.rs` builds when `COSIM_TOP_VARIANTS` names them (the xtask
//! command sets it, [`variants_env`]), so that the normal build does not grow.

use serde::Serialize;

use crate::bench_iommu::{memory, Bench};
use crate::harness::Config;
use crate::platform::{RtlPlatform, TOP};

/// `IOTLB_ENTRIES` of the top as `hw/sim/iommu_sim_top.sv` defaults it.
pub const DEFAULT_ENTRIES: u32 = 64;
/// The sizes of the full sweep (powers of two: the victim pointer wraps at a power of two).
pub const ENTRIES: [u32; 4] = [16, 32, 64, 128];
/// Memory read latency of the sweep.
pub const READ_LATENCY: u32 = 10;
/// Seed of the random order.
pub const SEED: u64 = 0x10_71b;

/// The order requests visit the working set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    /// Page 0, 1, ..., W - 1, 0, 1, ...
    RoundRobin,
    /// Uniformly random pages of the working set.
    Random,
}

/// One point: hit rate of one pattern over one working set with one IOTLB size.
#[derive(Clone, Debug, Serialize)]
pub struct HitPoint {
    /// IOTLB entries of the top.
    pub entries: u32,
    /// The order of the requests.
    pub pattern: Pattern,
    /// Distinct pages requested.
    pub working_set: usize,
    /// Requests measured (after the warm-up).
    pub translations: u64,
    /// Requests that read no memory.
    pub hits: u64,
    /// Memory reads of the misses.
    pub reads: u64,
    /// hits / translations.
    pub hit_rate: f64,
}

/// The whole sweep.
#[derive(Clone, Debug, Serialize)]
pub struct Sweep {
    /// Simulation top (the base of the variants).
    pub top: &'static str,
    /// Memory read latency.
    pub read_latency: u32,
    /// The points, by entries, pattern, working set.
    pub points: Vec<HitPoint>,
    /// Sizes asked for whose top is not built (no `COSIM_TOP_VARIANTS` entry).
    pub missing: Vec<u32>,
}

/// The name of the top with `entries` IOTLB entries.
pub fn top_name(entries: u32) -> String {
    if entries == DEFAULT_ENTRIES {
        TOP.to_string()
    } else {
        format!("{TOP}_iotlb_entries_{entries}")
    }
}

/// The `COSIM_TOP_VARIANTS` value that builds the tops of `entries` (the default size
/// needs none).
pub fn variants_env(entries: &[u32]) -> String {
    entries
        .iter()
        .filter(|&&e| e != DEFAULT_ENTRIES)
        .map(|e| format!("{TOP}:IOTLB_ENTRIES={e}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Working sets of the sweep for `entries`: 1 page, then fractions and multiples of the
/// IOTLB up to four times its size.
pub fn working_sets(entries: u32, quick: bool) -> Vec<usize> {
    let e = entries as usize;
    let mut w = if quick {
        vec![1, e, 2 * e]
    } else {
        vec![1, e / 4, e / 2, 3 * e / 4, e, 5 * e / 4, 3 * e / 2, 2 * e, 3 * e, 4 * e]
    };
    w.retain(|&x| x > 0);
    w.sort_unstable();
    w.dedup();
    w
}

/// Hit rates of `patterns` over `sets` on the top with `entries` IOTLB entries,
/// `translations` requests per point.
pub fn hit_rates(
    entries: u32,
    sets: &[usize],
    patterns: &[Pattern],
    translations: u64,
) -> Result<Vec<HitPoint>, String> {
    let config = Config { mem: memory(READ_LATENCY), ..Config::default() };
    let p = RtlPlatform::on(&top_name(entries), config).map_err(|e| e.to_string())?;
    let pages = sets.iter().copied().max().unwrap_or(1);
    let mut b = Bench::new(&p, pages)?;
    let mut rng = fastrand::Rng::with_seed(SEED ^ u64::from(entries));
    let mut out = Vec::new();
    for &w in sets {
        for &pattern in patterns {
            b.invalidate_everything()?;
            for i in 0..w {
                b.single(i)?;
            }
            let (mut hits, mut reads) = (0, 0);
            for k in 0..translations {
                let i = match pattern {
                    Pattern::RoundRobin => (k % w as u64) as usize,
                    Pattern::Random => rng.usize(0..w),
                };
                let s = b.single(i)?;
                hits += u64::from(s.reads == 0);
                reads += s.reads;
            }
            out.push(HitPoint {
                entries,
                pattern,
                working_set: w,
                translations,
                hits,
                reads,
                hit_rate: hits as f64 / translations.max(1) as f64,
            });
        }
    }
    Ok(out)
}

/// The sweep over `entries` (sizes whose top is not built are listed in `missing`);
/// `quick`: three working sets, 64 requests per point.
pub fn sweep(entries: &[u32], quick: bool) -> Result<Sweep, String> {
    let mut points = Vec::new();
    let mut missing = Vec::new();
    for &e in entries {
        if crate::verilated::top(&top_name(e)).is_none() {
            missing.push(e);
            continue;
        }
        let sets = working_sets(e, quick);
        let n = if quick { 64 } else { 1024 };
        points.extend(hit_rates(e, &sets, &[Pattern::RoundRobin, Pattern::Random], n)?);
    }
    Ok(Sweep { top: TOP, read_latency: READ_LATENCY, points, missing })
}

/// The sweep as a Markdown table (one row per working set and size, both patterns).
pub fn table(s: &Sweep) -> String {
    let mut t = format!(
        "IOTLB hit rate ({} and its IOTLB_ENTRIES variants; requests one at a time, a hit reads \
         no memory)\n\n",
        s.top
    );
    t += "| IOTLB entries | working set (pages) | round robin | random |\n|---:|---:|---:|---:|\n";
    let mut keys: Vec<(u32, usize)> = s.points.iter().map(|p| (p.entries, p.working_set)).collect();
    keys.dedup();
    for (e, w) in keys {
        let rate = |pat: Pattern| {
            s.points
                .iter()
                .find(|p| p.entries == e && p.working_set == w && p.pattern == pat)
                .map_or("-".to_string(), |p| format!("{:.1}%", 100.0 * p.hit_rate))
        };
        t +=
            &format!("| {e} | {w} | {} | {} |\n", rate(Pattern::RoundRobin), rate(Pattern::Random));
    }
    if !s.missing.is_empty() {
        t += &format!(
            "\nnot built (set COSIM_TOP_VARIANTS=\"{}\"): {:?}\n",
            variants_env(&s.missing),
            s.missing
        );
    }
    t
}
