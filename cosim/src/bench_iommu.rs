//! The IOMMU RTL benchmark (`cargo xtask bench iommu`, `cosim bench-iommu`): figures of
//! `iommu_sim_top` with real tables set up through the driver (one device with a process
//! directory, one process with an Sv39 address space built by
//! [`scenarios::page_tables::PageTables`]).
//!
//! * IOTLB hit throughput: `xlate_req_valid` held high, a new request (new tag, next warm
//!   page) poked the cycle after each handshake, `xlate_rsp_ready` high; responses counted
//!   over a window of cycles.
//! * Miss latency at a memory read latency: a cold Sv39 walk with the device and process
//!   contexts cached, and with nothing cached (after IODIR.INVAL_DDT and IOTINVAL.VMA);
//!   the walk's memory reads are counted on the AXI4 read channel and their round trips
//!   timed, to compare with "one memory round trip per level + 6" ([`MISS_FIXED_CYCLES`]).
//! * Hit under miss: a miss outstanding while hits to warm pages stream.
//! * Concurrent walks: N misses to distinct cold pages back to back.
//!
//! Every response is decoded and checked against the mapping (page and permissions); a
//! wrong answer is an error, not a figure.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::{Duration, Instant};

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{DeviceConfig, Iommu, PagingMode, ProcessConfig};
use driver::regs::iommu_mem::PAGE_SHIFT;
use driver::regs::iommu_xlate::XlateRsp;
use iommu_model::port::{decode_response, encode_request};
use iommu_model::{DeviceRequest, RequestKind, Response};
use scenarios::page_tables::{Flags, PageSize, PageTables};
use serde::Serialize;

use crate::axi_mem::AxiMemConfig;
use crate::harness::{Config, Harness, HarnessMmio};
use crate::platform::RtlPlatform;
use crate::verilated::Top;

/// The device the benchmark attaches.
pub const DEVICE_ID: u32 = 0x2a;
/// The process (PASID) whose address space is translated.
pub const PASID: u32 = 0x17;
/// PASID width of the device's process directory (the widest: a three-level PDT).
pub const PASID_BITS: u32 = 20;
/// The process's address-space tag.
pub const PSCID: u32 = 0x55;
/// First mapped IOVA (Sv39, user).
pub const IOVA_BASE: u64 = 0x40_0000_0000 >> 2;
/// The largest tag; the hit-under-miss run keeps it for the miss.
const MISS_TAG: u8 = u8::MAX;

/// A checked response of a stream: (cycle it was taken, page index, tag).
type Answered = (u64, usize, u8);

type Driver<'a> = Iommu<HarnessMmio<'a>, &'a Harness>;

/// A response as the translation port gave it.
#[derive(Clone, Copy, Debug)]
struct Seen {
    cycle: u64,
    rsp: XlateRsp,
}

/// What the monitor records: request handshakes, responses, AXI4 read handshakes.
#[derive(Default)]
struct Log {
    accepts: Vec<u64>,
    responses: Vec<Seen>,
    /// AR handshakes (cycle, id).
    ar: Vec<(u64, u64)>,
    /// R handshakes of a burst's last beat (cycle, id).
    r_last: Vec<(u64, u64)>,
}

/// One translation through the platform: cycles from its first valid cycle to the
/// response, the memory reads it caused (AXI4 AR handshakes) and the sum of their round
/// trips (AR handshake to the R beat with RLAST).
#[derive(Clone, Copy, Debug, Default)]
pub struct Single {
    pub cycles: u64,
    pub reads: u64,
    pub round_trips: u64,
}

/// The IOMMU top set up for the benchmark, with the driver that set it up.
pub struct Bench<'a> {
    p: &'a RtlPlatform,
    iommu: Driver<'a>,
    /// Mapped pages: (IOVA, physical page number), in IOVA order.
    pages: Vec<(u64, u64)>,
    log: Rc<RefCell<Log>>,
}

/// A fresh IOMMU top with memory timing `mem`.
pub fn platform(mem: AxiMemConfig) -> Result<RtlPlatform, String> {
    RtlPlatform::with(Config { mem, ..Config::default() }).map_err(|e| e.to_string())
}

/// Memory timing of a measurement: `read_latency` cycles, always ready.
pub fn memory(read_latency: u32) -> AxiMemConfig {
    AxiMemConfig { read_latency, write_latency: 2, ready_chance: 1.0, max_outstanding: 8 }
}

impl<'a> Bench<'a> {
    /// Bring up `p` (fresh) through the driver with `pages` user pages mapped; nothing
    /// translated yet (every cache cold).
    pub fn new(p: &'a RtlPlatform, pages: usize) -> Result<Bench<'a>, String> {
        let h = p.harness();
        let mmio = h.mmio(crate::platform::PORT).map_err(|e| e.to_string())?;
        let mut iommu = Iommu::init(mmio, h, scenarios::suite::full_config())
            .map_err(|e| format!("bring-up: {e}"))?;
        let config = DeviceConfig::process_directory(PASID_BITS);
        iommu.attach(DEVICE_ID, config).map_err(|e| format!("attach: {e}"))?;
        let (root, pages) = map_pages(h, pages)?;
        let process = ProcessConfig::user(PagingMode::Sv39, root, PSCID);
        iommu.set_process(DEVICE_ID, PASID, process).map_err(|e| format!("process: {e}"))?;
        let log = Rc::new(RefCell::new(Log::default()));
        let h = p.harness();
        let pin = |n: &str| h.pin(n).map_err(|e| e.to_string());
        let (rv, rr, rsp) = (pin("xlate_rsp_valid")?, pin("xlate_rsp_ready")?, pin("xlate_rsp")?);
        let (qv, qr) = (pin("xlate_req_valid")?, pin("xlate_req_ready")?);
        let (arv, arr, arid) = (pin("m_axi_arvalid")?, pin("m_axi_arready")?, pin("m_axi_arid")?);
        let (rvv, rrr, rid, rlast) =
            (pin("m_axi_rvalid")?, pin("m_axi_rready")?, pin("m_axi_rid")?, pin("m_axi_rlast")?);
        let sink = Rc::clone(&log);
        h.add_monitor(move |v| {
            let mut l = sink.borrow_mut();
            if v.get(qv) & v.get(qr) & 1 == 1 {
                l.accepts.push(v.cycle);
            }
            if v.get(rv) & v.get(rr) & 1 == 1 {
                let w = v.words(rsp);
                if w.len() >= 4 {
                    l.responses
                        .push(Seen { cycle: v.cycle, rsp: XlateRsp([w[0], w[1], w[2], w[3]]) });
                }
            }
            if v.get(arv) & v.get(arr) & 1 == 1 {
                l.ar.push((v.cycle, v.get(arid)));
            }
            if v.get(rvv) & v.get(rrr) & v.get(rlast) & 1 == 1 {
                l.r_last.push((v.cycle, v.get(rid)));
            }
        });
        Ok(Bench { p, iommu, pages, log })
    }

    /// The platform (harness, registers).
    pub fn platform(&self) -> &'a RtlPlatform {
        self.p
    }

    /// The directory modes the driver chose, e.g. `Two-level DDT, Pd20 PDT, Sv39`.
    pub fn directories(&self) -> String {
        format!(
            "{:?}-level DDT, {} PDT, Sv39",
            self.iommu.ddt_levels(),
            self.iommu.process_directory(DEVICE_ID).map_or("no".to_string(), |l| format!("{l:?}"))
        )
    }

    /// Mapped pages.
    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    /// A read of mapped page `i` by the benchmark's process.
    pub fn request(&self, i: usize) -> DeviceRequest {
        DeviceRequest {
            device_id: DEVICE_ID,
            process_id: Some(PASID),
            privileged: false,
            kind: RequestKind::Untranslated,
            iova: self.pages[i % self.pages.len()].0,
            write: false,
            execute: false,
        }
    }

    /// Check the answer to a request for page `i`: allowed, the mapped page, read/write.
    fn check(&self, i: usize, answer: &Response) -> Result<(), String> {
        let ppn = self.pages[i % self.pages.len()].1;
        match answer {
            Response::Allowed(t) if t.ppn == ppn && t.r && t.w && t.u => Ok(()),
            other => Err(format!("page {i}: {other:?}, expected page {ppn:#x} user read/write")),
        }
    }

    /// One request for page `i` through the platform.
    pub fn single(&self, i: usize) -> Result<Single, String> {
        let ar_before = self.log.borrow().ar.len();
        let req = self.request(i);
        let (answer, cycles) = self.p.translate_raw(&req)?;
        self.check(i, &answer)?;
        // translate_raw returns once the response shows; its handshake is the next edge.
        self.p.harness().run(1).map_err(|e| e.to_string())?;
        let l = self.log.borrow();
        let reads = &l.ar[ar_before..];
        let mut used = vec![false; l.r_last.len()];
        let mut round_trips = 0;
        for &(at, id) in reads {
            let found = l
                .r_last
                .iter()
                .enumerate()
                .find(|(k, (c, rid))| !used[*k] && *rid == id && *c > at)
                .map(|(k, (c, _))| (k, c - at));
            let (k, rt) = found.ok_or(format!("read at cycle {at} (id {id}) never answered"))?;
            used[k] = true;
            round_trips += rt;
        }
        Ok(Single { cycles, reads: reads.len() as u64, round_trips })
    }

    /// Invalidate every cached device and process context and every IOTLB entry (the
    /// driver's IODIR.INVAL_DDT and IOTINVAL.VMA, each with its IOFENCE.C).
    pub fn invalidate_everything(&mut self) -> Result<(), String> {
        self.iommu.invalidate_all_devices().map_err(|e| e.to_string())?;
        self.iommu.invalidate_all().map_err(|e| e.to_string())
    }

    /// Stream the requests `order` (page indices) with valid held high, a new one the cycle
    /// after each handshake, with tags from `tags`; `stop` ends the stream early (checked
    /// every cycle with the responses so far). Returns (first valid cycle, responses as
    /// (cycle, page index, tag)), every response checked.
    fn stream(
        &self,
        order: &mut dyn Iterator<Item = usize>,
        tags: &mut dyn Iterator<Item = u8>,
        stop: &mut dyn FnMut(&[Answered], u64) -> bool,
        limit: u64,
    ) -> Result<(u64, Vec<Answered>), String> {
        let h = self.p.harness();
        let e = |e: crate::harness::HarnessError| e.to_string();
        let mut in_flight: VecDeque<(u8, usize)> = VecDeque::new();
        let mut done = Vec::new();
        let start = h.cycle();
        let (acc0, rsp0) = {
            let l = self.log.borrow();
            (l.accepts.len(), l.responses.len())
        };
        let mut next = |h: &Harness, flight: &mut VecDeque<(u8, usize)>| -> Result<bool, String> {
            match (order.next(), tags.next()) {
                (Some(i), Some(tag)) => {
                    if flight.iter().any(|(t, _)| *t == tag) {
                        return Err(format!("tag {tag} reused while outstanding"));
                    }
                    h.poke("xlate_req", &encode_request(&self.request(i), tag).to_bits())
                        .map_err(e)?;
                    h.poke("xlate_req_valid", &[1]).map_err(e)?;
                    flight.push_back((tag, i));
                    Ok(true)
                }
                _ => {
                    h.poke("xlate_req_valid", &[0]).map_err(e)?;
                    Ok(false)
                }
            }
        };
        let mut pending = next(h, &mut in_flight)?;
        let (mut acc_seen, mut rsp_seen) = (acc0, rsp0);
        while h.cycle() - start < limit {
            h.run(1).map_err(e)?;
            let (accepted, new): (bool, Vec<Seen>) = {
                let l = self.log.borrow();
                let a = l.accepts.len() > acc_seen;
                acc_seen = l.accepts.len();
                let n = l.responses[rsp_seen..].to_vec();
                rsp_seen = l.responses.len();
                (a, n)
            };
            for s in new {
                let tag = s.rsp.tag();
                let Some(pos) = in_flight.iter().position(|(t, _)| *t == tag) else {
                    return Err(format!("response with tag {tag} that no request carries"));
                };
                let (_, i) = in_flight.remove(pos).ok_or("in-flight table")?;
                let answer = decode_response(&self.request(i), tag, s.rsp)
                    .map_err(|e| format!("page {i}: {e}"))?;
                self.check(i, &answer)?;
                done.push((s.cycle, i, tag));
            }
            if accepted && pending {
                pending = next(h, &mut in_flight)?;
            }
            if stop(&done, h.cycle()) || (!pending && in_flight.is_empty()) {
                break;
            }
        }
        if pending {
            h.poke("xlate_req_valid", &[0]).map_err(e)?;
        }
        if !in_flight.is_empty() && !stop(&done, h.cycle()) {
            return Err(format!("{} requests unanswered after {limit} cycles", in_flight.len()));
        }
        Ok((start, done))
    }

    /// Drain responses still owed (after a stream stopped early).
    fn settle(&self) -> Result<(), String> {
        self.p.harness().run(500).map_err(|e| e.to_string())
    }
}

/// `n` consecutive user pages at [`IOVA_BASE`] in a new Sv39 address space: its root and
/// the pages as (IOVA, physical page number).
fn map_pages(h: &Harness, n: usize) -> Result<(PhysAddr, Vec<(u64, u64)>), String> {
    let page = 1usize << PAGE_SHIFT;
    let phys = h.alloc(page * n, page).map_err(|e| e.to_string())?;
    let mut tables = PageTables::new(&h, PagingMode::Sv39).map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n as u64 {
        let iova = IOVA_BASE + (i << PAGE_SHIFT);
        let pa = phys.0 + (i << PAGE_SHIFT);
        tables.map(iova, pa, PageSize::Size4K, Flags::USER_RW).map_err(|e| format!("{e:?}"))?;
        out.push((iova, pa >> PAGE_SHIFT));
    }
    Ok((PhysAddr::from_ppn(tables.root_ppn()), out))
}

// ---- the measurements ------------------------------------------------------------------

/// IOTLB hit throughput.
#[derive(Clone, Debug, Serialize)]
pub struct Throughput {
    /// Warm pages the stream cycles over.
    pub pages: usize,
    /// Cycles counted (after a warm-up of the stream).
    pub window_cycles: u64,
    /// Responses in the window.
    pub responses: u64,
    /// Translations per cycle.
    pub per_cycle: f64,
    /// Memory reads during the whole stream (0: every request hit).
    pub reads_during_stream: u64,
    /// Cycles of one hit alone (request to response).
    pub hit_latency: u64,
}

/// Warm `pages` pages, then stream hits for `window` cycles (plus 64 cycles of warm-up).
pub fn throughput(pages: usize, window: u64) -> Result<Throughput, String> {
    let p = platform(memory(10))?;
    let b = Bench::new(&p, pages)?;
    for i in 0..pages {
        b.single(i)?;
    }
    let hit = b.single(0)?;
    if hit.reads != 0 {
        return Err(format!("a warm page read memory {} times", hit.reads));
    }
    let warmup = 64;
    let ar_before = b.log.borrow().ar.len();
    let begin = p.harness().cycle();
    let end = begin + warmup + window;
    let (start, done) = b.stream(
        &mut (0..).map(|k| k % pages),
        &mut (0..).map(|k: u64| (k % 255) as u8),
        &mut |_, now| now >= end,
        warmup + window + 1000,
    )?;
    let from = start + warmup;
    let responses = done.iter().filter(|(c, _, _)| *c >= from && *c < from + window).count() as u64;
    b.settle()?;
    let reads = (b.log.borrow().ar.len() - ar_before) as u64;
    Ok(Throughput {
        pages,
        window_cycles: window,
        responses,
        per_cycle: responses as f64 / window as f64,
        reads_during_stream: reads,
        hit_latency: hit.cycles,
    })
}

/// Miss latency at one memory read latency.
#[derive(Clone, Debug, Serialize)]
pub struct MissLatency {
    /// Memory read latency (harness `mem.read_latency`).
    pub read_latency: u32,
    /// Samples of each kind.
    pub samples: u32,
    /// Average measured AR-to-RLAST round trip of the walks' reads.
    pub round_trip: f64,
    /// Device and process contexts cached, leaf cold: cycles, reads (walk levels).
    pub ctx_cached_cycles: f64,
    pub ctx_cached_reads: f64,
    /// Nothing cached (after IODIR.INVAL_DDT + IOTINVAL.VMA): cycles, reads.
    pub cold_cycles: f64,
    pub cold_reads: f64,
    /// "One memory round trip per level + [`MISS_FIXED_CYCLES`]" with the measured round trip.
    pub ctx_cached_model: f64,
    pub cold_model: f64,
    /// Cycles per level read (cycles / reads).
    pub ctx_cached_per_level: f64,
    pub cold_per_level: f64,
}

/// Cycles a miss costs besides its memory reads with the contexts cached, by the engine's
/// header (`hw/iommu/iommu_xlate.sv`): 4 before the lookup was pipelined, 2 more for the S2
/// and S3 stages it passes before a walker takes it.
pub const MISS_FIXED_CYCLES: f64 = 6.0;

/// `samples` pairs (nothing cached, then contexts cached) at `read_latency`.
pub fn miss_latency(read_latency: u32, samples: u32) -> Result<MissLatency, String> {
    let p = platform(memory(read_latency))?;
    let mut b = Bench::new(&p, 2 * samples as usize)?;
    let (mut cold, mut warm) = (Single::default(), Single::default());
    for k in 0..samples as usize {
        if k > 0 {
            b.invalidate_everything()?;
        }
        let c = b.single(2 * k)?;
        let w = b.single(2 * k + 1)?;
        cold = Single {
            cycles: cold.cycles + c.cycles,
            reads: cold.reads + c.reads,
            round_trips: cold.round_trips + c.round_trips,
        };
        warm = Single {
            cycles: warm.cycles + w.cycles,
            reads: warm.reads + w.reads,
            round_trips: warm.round_trips + w.round_trips,
        };
    }
    let n = f64::from(samples);
    let rt = (cold.round_trips + warm.round_trips) as f64 / (cold.reads + warm.reads) as f64;
    let avg = |s: Single| (s.cycles as f64 / n, s.reads as f64 / n);
    let (cc, cr) = avg(cold);
    let (wc, wr) = avg(warm);
    Ok(MissLatency {
        read_latency,
        samples,
        round_trip: rt,
        ctx_cached_cycles: wc,
        ctx_cached_reads: wr,
        cold_cycles: cc,
        cold_reads: cr,
        ctx_cached_model: wr * rt + MISS_FIXED_CYCLES,
        cold_model: cr * rt + MISS_FIXED_CYCLES,
        ctx_cached_per_level: wc / wr,
        cold_per_level: cc / cr,
    })
}

/// Hits completed while a miss is outstanding.
#[derive(Clone, Debug, Serialize)]
pub struct HitUnderMiss {
    pub read_latency: u32,
    /// Cycles from the miss's request to its response.
    pub miss_cycles: u64,
    /// Hits answered before the miss's response.
    pub hits_during_miss: u64,
}

/// A miss (contexts cached, leaf cold) then hits to 8 warm pages, at `read_latency`.
pub fn hit_under_miss(read_latency: u32) -> Result<HitUnderMiss, String> {
    let p = platform(memory(read_latency))?;
    let b = Bench::new(&p, 16)?;
    let warm = 8;
    for i in 0..warm {
        b.single(i)?;
    }
    let cold = 12;
    let (start, done) = b.stream(
        &mut std::iter::once(cold).chain((0..).map(|k| k % warm)),
        &mut std::iter::once(MISS_TAG).chain((0..).map(|k: u64| (k % 255) as u8)),
        &mut |done, _| done.iter().any(|(_, _, t)| *t == MISS_TAG),
        100_000,
    )?;
    b.settle()?;
    let miss_at = done
        .iter()
        .find(|(_, _, t)| *t == MISS_TAG)
        .map(|(c, _, _)| *c)
        .ok_or("the miss was not answered")?;
    let hits = done.iter().filter(|(c, i, _)| *i != cold && *c < miss_at).count() as u64;
    Ok(HitUnderMiss { read_latency, miss_cycles: miss_at - start, hits_during_miss: hits })
}

/// N misses to distinct cold pages back to back.
#[derive(Clone, Debug, Serialize)]
pub struct Concurrent {
    pub read_latency: u32,
    pub misses: u64,
    /// Cycles from the first request to the last response.
    pub cycles: u64,
    /// `misses` x the cycles of one miss alone (the N = 1 run).
    pub serial_cycles: u64,
}

/// Concurrent-walk runs for each N of `counts` (contexts cached), at `read_latency`.
pub fn concurrent(read_latency: u32, counts: &[u64]) -> Result<Vec<Concurrent>, String> {
    let total: u64 = 1 + counts.iter().sum::<u64>() + 1;
    let p = platform(memory(read_latency))?;
    let b = Bench::new(&p, total as usize)?;
    b.single(0)?;
    let mut next = 1usize;
    let mut burst = |n: u64| -> Result<u64, String> {
        let first = next;
        next += n as usize;
        let (start, done) = b.stream(
            &mut (first..first + n as usize),
            &mut (0..n).map(|k| k as u8),
            &mut |_, _| false,
            100_000,
        )?;
        if done.len() as u64 != n {
            return Err(format!("{} of {n} misses answered", done.len()));
        }
        let last = done.iter().map(|(c, _, _)| *c).max().ok_or("no response")?;
        Ok(last - start)
    };
    let one = burst(1)?;
    let mut out = Vec::new();
    for &n in counts {
        let cycles = if n == 1 { one } else { burst(n)? };
        out.push(Concurrent { read_latency, misses: n, cycles, serial_cycles: n * one });
    }
    Ok(out)
}

/// Everything `cosim bench-iommu` measures.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub top: &'static str,
    /// Directory and paging modes of the setup.
    pub tables: String,
    pub throughput: Throughput,
    pub miss_latency: Vec<MissLatency>,
    pub hit_under_miss: HitUnderMiss,
    pub concurrent: Vec<Concurrent>,
}

/// The whole benchmark; `quick` shortens every run (a smoke test, not figures).
pub fn run(quick: bool) -> Result<Report, String> {
    let (window, samples) = if quick { (500, 2) } else { (10_000, 8) };
    let p = platform(memory(10))?;
    let tables = Bench::new(&p, 1)?.directories();
    Ok(Report {
        top: crate::platform::TOP,
        tables,
        throughput: throughput(16, window)?,
        miss_latency: vec![miss_latency(10, samples)?, miss_latency(40, samples)?],
        hit_under_miss: hit_under_miss(40)?,
        concurrent: concurrent(40, &[1, 2, 4, 8])?,
    })
}

/// The report as the table `cosim bench-iommu` prints.
pub fn table(r: &Report) -> String {
    let mut s = String::new();
    let t = &r.throughput;
    s += &format!("IOMMU benchmark, top {} ({})\n\n", r.top, r.tables);
    s += &format!(
        "IOTLB hit throughput: {} responses in {} cycles = {:.3} translations/cycle \
         ({} warm pages, {} memory reads while streaming, one hit alone {} cycles)\n\n",
        t.responses, t.window_cycles, t.per_cycle, t.pages, t.reads_during_stream, t.hit_latency
    );
    s += &format!(
        "miss latency (Sv39, 4 KiB leaf; model = reads x round trip + {MISS_FIXED_CYCLES})\n"
    );
    s += &format!(
        "  {:>7} {:>6} | {:>28} | {:>28}\n",
        "mem lat", "rtrip", "DC+PC cached: cyc reads model", "nothing cached: cyc reads model"
    );
    for m in &r.miss_latency {
        s += &format!(
            "  {:>7} {:>6.1} | {:>9.1} {:>6.1} {:>7.1} ({:>4.1}/lvl) | {:>9.1} {:>6.1} {:>7.1} ({:>4.1}/lvl)\n",
            m.read_latency,
            m.round_trip,
            m.ctx_cached_cycles,
            m.ctx_cached_reads,
            m.ctx_cached_model,
            m.ctx_cached_per_level,
            m.cold_cycles,
            m.cold_reads,
            m.cold_model,
            m.cold_per_level
        );
    }
    let h = &r.hit_under_miss;
    s += &format!(
        "\nhit under miss (mem latency {}): {} hits completed while one miss was outstanding \
         ({} cycles)\n\n",
        h.read_latency, h.hits_during_miss, h.miss_cycles
    );
    s += "concurrent walks (DC+PC cached, distinct cold pages back to back)\n";
    s += &format!(
        "  {:>7} {:>6} {:>8} {:>14} {:>7}\n",
        "mem lat", "misses", "cycles", "N x one miss", "ratio"
    );
    for c in &r.concurrent {
        s += &format!(
            "  {:>7} {:>6} {:>8} {:>14} {:>7.2}\n",
            c.read_latency,
            c.misses,
            c.cycles,
            c.serial_cycles,
            c.cycles as f64 / c.serial_cycles as f64
        );
    }
    s
}

/// The speed benchmark's workload on `iommu_sim_top` (inputs logged from reset on): bring-up
/// through the driver, then rounds of IODIR.INVAL_DDT + IOTINVAL.VMA, a walk per page of
/// 16 pages and a stream of hits over them, until `cycles` cycles passed.
pub fn workload(cycles: u64) -> Result<(&'static Top, Vec<u32>, Duration), String> {
    let p = platform(memory(8))?;
    let h = p.harness();
    h.log_inputs();
    h.reset(crate::harness::RESET_CYCLES).map_err(|e| e.to_string())?;
    let start = Instant::now();
    let pages = 16;
    let mut b = Bench::new(&p, pages)?;
    while h.cycle() < cycles {
        b.invalidate_everything()?;
        for i in 0..pages {
            b.single(i)?;
        }
        let end = h.cycle() + 2000;
        b.stream(
            &mut (0..).map(|k| k % pages),
            &mut (0..).map(|k: u64| (k % 255) as u8),
            &mut |_, now| now >= end,
            4000,
        )?;
        b.settle()?;
    }
    let took = start.elapsed();
    Ok((h.top(), h.take_input_log(), took))
}
