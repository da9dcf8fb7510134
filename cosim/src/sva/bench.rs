//! `cargo xtask bench sva` (`cosim bench-sva`): what a page fault served end to end costs,
//! and how many page requests the driver handles per second.
//!
//! The driver's own work costs simulated time only where it touches the hardware: register
//! accesses (AXI4-Lite transactions on the RTL); its reads and writes of host memory (queue
//! records, page tables, commands) and the process model's fault-in take none.
//!
//! - Fault service: one process, one function; the device writes 64 bytes into a page the
//!   CPU never touched, one page at a time, so each write goes the whole way: ATS
//!   Translation Request, a Success without permission, Page Request, queue record,
//!   interrupt, the driver's fault-in and ATS.PRGR, PRG Response, the retried translation,
//!   the write. Simulated cycles and wall time per fault, against the same write to a page
//!   whose translation the device already holds (its ATC). On the RTL and on the model.
//! - Driver rate (model backend): page requests per second the SVA layer serves, groups of
//!   one request for fresh pages put straight into the model's page-request queue, handled
//!   in batches of 32 (drain, fault-in, one ATS.PRGR each, one IOFENCE.C per batch).

use std::rc::Rc;
use std::time::Instant;

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::iommu::{Config, Iommu, Requirements};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{PageRequest, PrPayload, PAGE_SHIFT};
use driver::sva::{AddressSpace, BindFlags, PasidAllocator, Sva, SvaDevice};
use iommu_model::{Model, PageRequestOutcome};
use pcie_endpoint::{FunctionConfig, Job, JobState, WorkOp};
use process_model::{Perms, Process};
use serde::Serialize;

use super::{
    pasid, with_backend, Backend, DemoError, Function, Link, Options, Session, SvaJob, BUF_VA,
};

/// Fault-service figures of one backend.
#[derive(Clone, Debug, Serialize)]
pub struct FaultService {
    /// The backend.
    pub backend: Backend,
    /// Faults measured.
    pub faults: usize,
    /// Mean simulated cycles from submitting the write to its end, fault included.
    pub cycles_mean: f64,
    /// Fewest.
    pub cycles_min: u64,
    /// Most.
    pub cycles_max: u64,
    /// Mean cycles of the same write with the translation in the device's ATC.
    pub warm_cycles_mean: f64,
    /// Mean wall-clock microseconds per fault (simulation and driver).
    pub wall_us_mean: f64,
    /// Page-request records the driver read.
    pub page_requests: u64,
}

/// All figures.
#[derive(Clone, Debug, Serialize)]
pub struct SvaFigures {
    /// Fault service per backend.
    pub fault_service: Vec<FaultService>,
    /// Page requests per second the driver serves (model backend).
    pub driver_page_requests_per_second: f64,
    /// Requests of that measurement.
    pub driver_page_requests: u64,
}

struct FaultJob {
    faults: usize,
    backend: Backend,
}

/// Bytes each measured write carries.
const WRITE_BYTES: usize = 64;

impl SvaJob for FaultJob {
    type Out = FaultService;
    fn run<M: Mmio, D: DmaMemory>(
        self,
        link: &dyn Link,
        sva: &mut Sva<M, D>,
        memory: Rc<dyn DmaMemory>,
        functions: &[Function],
    ) -> Result<FaultService, DemoError> {
        let f = *functions.first().ok_or(DemoError::Unsupported("no device function"))?;
        let mut run = Session::new(link, sva, false);
        // The driver looks at the interrupt wires every cycle: the figure is the hardware's
        // and the driver's register accesses, not a polling interval.
        run.poll = 1;
        let p = Process::new(memory)?;
        let pages = self.faults + 1;
        p.mmap(BUF_VA, (pages as u64) << PAGE_SHIFT, Perms::RW)?;
        let bond = run.sva.bind(f.device_id, p.clone(), BindFlags::default())?;
        let write = |i: usize| -> Result<Job, DemoError> {
            let addr = BUF_VA + ((i as u64) << PAGE_SHIFT) + 0x40;
            let op = WorkOp::Write { addr, data: vec![i as u8; WRITE_BYTES] };
            Ok(Job::work(vec![op]).pasid(pasid(bond)?))
        };
        let one = |run: &mut Session<'_, M, D>, i: usize| -> Result<(u64, f64), DemoError> {
            let (c, w) = (run.link.cycle(), Instant::now());
            let id = run.submit(f.func, write(i)?)?;
            let s = run.wait(&[id], "a measured write")?;
            if !matches!(s[0], JobState::Done { .. }) {
                return Err(DemoError::Check(format!("write {i}: {:?}", s[0])));
            }
            // Until the write was sent (its way into memory is the same for both kinds).
            Ok((run.last_done - c, w.elapsed().as_secs_f64()))
        };
        // The first fault also fills the IOMMU's directory caches: not measured.
        one(&mut run, 0)?;
        let mut cycles = Vec::new();
        let mut wall = 0.0;
        for i in 1..pages {
            let (c, w) = one(&mut run, i)?;
            cycles.push(c);
            wall += w;
        }
        // The last page again: its translation is in the device's ATC.
        let warm: Vec<u64> =
            (0..8).map(|_| one(&mut run, pages - 1).map(|r| r.0)).collect::<Result<_, _>>()?;
        if p.populated_pages() != pages as u64 {
            return Err(DemoError::Check(format!(
                "{} pages populated, {pages} expected",
                p.populated_pages()
            )));
        }
        let stop = run.link.device().borrow_mut().stop_pasid(f.func, pasid(bond)?)?;
        run.wait(&[stop], "the Stop Marker")?;
        super::unbind(&mut run, bond)?;
        let n = cycles.len().max(1) as f64;
        Ok(FaultService {
            backend: self.backend,
            faults: cycles.len(),
            cycles_mean: cycles.iter().sum::<u64>() as f64 / n,
            cycles_min: cycles.iter().copied().min().unwrap_or(0),
            cycles_max: cycles.iter().copied().max().unwrap_or(0),
            warm_cycles_mean: warm.iter().sum::<u64>() as f64 / warm.len().max(1) as f64,
            wall_us_mean: wall / n * 1e6,
            page_requests: run.totals.requests,
        })
    }
}

/// Page requests per second the driver serves on the model, over `groups` one-page groups.
pub fn driver_rate(groups: u64) -> Result<(u64, f64), DemoError> {
    let dma = Rc::new(FakeDma::new(PhysAddr(0x8000_0000), 256 << 20));
    let model = Model::new(Rc::clone(&dma), iommu_model::Config::default());
    let config = Config {
        requirements: Requirements {
            sv39: false,
            sv48: true,
            ats: true,
            ..Requirements::default()
        },
        page_request_queue_entries: 64,
        ..Config::default()
    };
    let iommu = Iommu::init(&model, &*dma, config)?;
    let mut sva = Sva::new(iommu, PasidAllocator::new());
    const DID: u32 = 0x100;
    sva.add_device(SvaDevice::full(DID, 20))?;
    let p = Process::new(Rc::clone(&dma) as Rc<dyn DmaMemory>)?;
    let base = 0x10_0000_0000u64;
    p.mmap(base, groups << PAGE_SHIFT, Perms::RW)?;
    let bond = sva.bind(DID, Rc::clone(&p) as Rc<dyn AddressSpace>, BindFlags::default())?;
    let start = Instant::now();
    let mut sent = 0u64;
    while sent < groups {
        let batch = (groups - sent).min(32);
        for i in 0..batch {
            let payload = PrPayload::default()
                .with_r(true)
                .with_w(true)
                .with_l(true)
                .with_prgi(((sent + i) % 512) as u16)
                .with_page_addr((base >> PAGE_SHIFT) + sent + i);
            let msg = PageRequest::default()
                .with_did(DID)
                .with_pv(true)
                .with_pid(bond.pasid())
                .with_payload(payload);
            if model.page_request(&msg) != PageRequestOutcome::Queued {
                return Err(DemoError::Check("a page request was not queued".into()));
            }
        }
        sva.handle_page_requests()?;
        model.take_outbound_ats();
        sent += batch;
    }
    let secs = start.elapsed().as_secs_f64();
    let t = sva.page_request_totals();
    if t.success != groups {
        return Err(DemoError::Check(format!("{} of {groups} groups answered Success", t.success)));
    }
    Ok((t.requests, t.requests as f64 / secs))
}

/// Measure: `quick` for a smoke run (fewer faults, the figures are not the ones to quote).
pub fn run(quick: bool, backends: &[Backend]) -> Result<SvaFigures, DemoError> {
    let faults = if quick { 4 } else { 32 };
    let mut fault_service = Vec::new();
    for &backend in backends {
        let options = Options::new(backend);
        fault_service.push(with_backend(&options, FaultJob { faults, backend })?);
    }
    let (requests, rate) = driver_rate(if quick { 2_000 } else { 50_000 })?;
    Ok(SvaFigures {
        fault_service,
        driver_page_requests_per_second: rate,
        driver_page_requests: requests,
    })
}

/// The figures as a table.
pub fn table(f: &SvaFigures) -> String {
    let mut s = String::from(
        "page fault served end to end (device write to an untouched page: ATS, page request,\n\
         driver fault-in, PRG response, retry, write)\n",
    );
    s.push_str(&format!(
        "  {:<8} {:>7} {:>12} {:>10} {:>10} {:>14} {:>14}\n",
        "backend", "faults", "cycles mean", "min", "max", "warm (ATC)", "wall us/fault"
    ));
    for r in &f.fault_service {
        let name = match r.backend {
            Backend::Rtl => "rtl",
            Backend::Model => "model",
        };
        s.push_str(&format!(
            "  {:<8} {:>7} {:>12.0} {:>10} {:>10} {:>14.0} {:>14.1}\n",
            name,
            r.faults,
            r.cycles_mean,
            r.cycles_min,
            r.cycles_max,
            r.warm_cycles_mean,
            r.wall_us_mean
        ));
    }
    s.push_str("  (model-backend cycles are link exchanges, not RTL cycles)\n");
    s.push_str(&format!(
        "driver page requests per second (model backend, batches of 32): {:.0} ({} requests)\n",
        f.driver_page_requests_per_second, f.driver_page_requests
    ));
    s
}

/// Page-request-queue entries the driver allocates for the depth sweep: small, so that the
/// deepest points go beyond it.
pub const DEPTH_PQ_ENTRIES: u32 = 8;
/// Translation attempts per page the device makes in the depth sweep (default 4).
pub const DEPTH_TRANSLATION_ATTEMPTS: u32 = 1024;
/// Faults outstanding at once in the depth sweep.
pub const DEPTHS: [usize; 7] = [1, 2, 4, 8, 16, 32, 64];

/// One depth: `depth` writes to distinct untouched pages submitted in the same cycle.
#[derive(Clone, Debug, Serialize)]
pub struct DepthPoint {
    /// Faults outstanding at once (jobs submitted in the same cycle).
    pub depth: usize,
    /// Mean cycles from the submission to the end of a fault's write (its whole service).
    pub cycles_mean: f64,
    /// Fewest.
    pub cycles_min: u64,
    /// Most (the last one served).
    pub cycles_max: u64,
    /// Cycles from the submission to the end of the last write, over `depth`.
    pub cycles_per_fault_served: f64,
    /// Page-request records the driver read (retries after an overflow included).
    pub page_requests: u64,
    /// Drains that found the queue overflowed (`pqof`).
    pub overflows: u64,
}

/// The depth sweep on one backend.
#[derive(Clone, Debug, Serialize)]
pub struct DepthSweep {
    /// The backend.
    pub backend: Backend,
    /// Page-request-queue entries (the queue holds one less).
    pub pq_entries: u32,
    /// Page requests each function may have outstanding (its PRI allocation).
    pub pri_allocation: u32,
    /// One point per depth.
    pub points: Vec<DepthPoint>,
}

struct DepthJob {
    depths: Vec<usize>,
    backend: Backend,
}

impl SvaJob for DepthJob {
    type Out = DepthSweep;
    fn run<M: Mmio, D: DmaMemory>(
        self,
        link: &dyn Link,
        sva: &mut Sva<M, D>,
        memory: Rc<dyn DmaMemory>,
        functions: &[Function],
    ) -> Result<DepthSweep, DemoError> {
        let f = *functions.first().ok_or(DemoError::Unsupported("no device function"))?;
        let mut run = Session::new(link, sva, false);
        run.poll = 1;
        let p = Process::new(memory)?;
        let pages = 1 + self.depths.iter().sum::<usize>();
        p.mmap(BUF_VA, (pages as u64) << PAGE_SHIFT, Perms::RW)?;
        let bond = run.sva.bind(f.device_id, p.clone(), BindFlags::default())?;
        let write = |page: usize| -> Result<Job, DemoError> {
            let addr = BUF_VA + ((page as u64) << PAGE_SHIFT) + 0x40;
            let op = WorkOp::Write { addr, data: vec![page as u8; WRITE_BYTES] };
            Ok(Job::work(vec![op]).pasid(pasid(bond)?))
        };
        // The first fault fills the directory caches: not measured.
        let id = run.submit(f.func, write(0)?)?;
        run.wait(&[id], "the first fault")?;
        let mut next = 1;
        let mut points = Vec::new();
        for &depth in &self.depths {
            let before = run.totals;
            let start = run.link.cycle();
            let ids: Vec<_> = (next..next + depth)
                .map(|page| run.submit(f.func, write(page)?))
                .collect::<Result<_, DemoError>>()?;
            next += depth;
            let mut ended: Vec<Option<u64>> = vec![None; depth];
            while ended.iter().any(Option::is_none) {
                {
                    let dev = run.link.device().borrow();
                    for (k, id) in ids.iter().enumerate() {
                        match dev.job(*id) {
                            Some(JobState::Pending) | None => {}
                            Some(JobState::Done { .. }) => {
                                ended[k].get_or_insert(run.link.cycle());
                            }
                            Some(other) => {
                                return Err(DemoError::Check(format!(
                                    "depth {depth}, fault {k}: {other:?}"
                                )))
                            }
                        }
                    }
                }
                if run.link.cycle() - start >= super::BUDGET {
                    return Err(DemoError::Timeout {
                        what: format!("{depth} faults at once"),
                        cycles: super::BUDGET,
                    });
                }
                if ended.iter().any(Option::is_none) {
                    run.link.run(1)?;
                    run.serve()?;
                }
            }
            run.link.settle()?;
            let cycles: Vec<u64> = ended.iter().flatten().map(|e| e - start).collect();
            let max = cycles.iter().copied().max().unwrap_or(0);
            points.push(DepthPoint {
                depth,
                cycles_mean: cycles.iter().sum::<u64>() as f64 / depth.max(1) as f64,
                cycles_min: cycles.iter().copied().min().unwrap_or(0),
                cycles_max: max,
                cycles_per_fault_served: max as f64 / depth.max(1) as f64,
                page_requests: run.totals.requests - before.requests,
                overflows: run.totals.overflows - before.overflows,
            });
        }
        if p.populated_pages() != pages as u64 {
            return Err(DemoError::Check(format!(
                "{} pages populated, {pages} expected",
                p.populated_pages()
            )));
        }
        let stop = run.link.device().borrow_mut().stop_pasid(f.func, pasid(bond)?)?;
        run.wait(&[stop], "the Stop Marker")?;
        super::unbind(&mut run, bond)?;
        Ok(DepthSweep {
            backend: self.backend,
            pq_entries: DEPTH_PQ_ENTRIES,
            pri_allocation: super::rtl::PRI_ALLOCATION,
            points,
        })
    }
}

/// Fault-service latency against the number of faults outstanding at once, on each of
/// `backends`; `quick`: depths 1, 2 and 4 only.
pub fn depth_sweep(quick: bool, backends: &[Backend]) -> Result<Vec<DepthSweep>, DemoError> {
    let depths: Vec<usize> = if quick { DEPTHS[..3].to_vec() } else { DEPTHS.to_vec() };
    let mut out = Vec::new();
    for &backend in backends {
        // A page request that finds the queue full is answered Success by the IOMMU without
        // a record (pqof; RISC-V IOMMU spec, page-request queue): the device retries the
        // translation and asks again. Its attempt limit is raised so that the deepest points
        // measure that recovery instead of the device giving up after 4 attempts.
        let function = FunctionConfig {
            translation_attempts: DEPTH_TRANSLATION_ATTEMPTS,
            ..Default::default()
        };
        let options = Options {
            page_request_queue_entries: Some(DEPTH_PQ_ENTRIES),
            functions: vec![function; 2],
            ..Options::new(backend)
        };
        out.push(with_backend(&options, DepthJob { depths: depths.clone(), backend })?);
    }
    Ok(out)
}

/// The depth sweep as a table.
pub fn depth_table(sweeps: &[DepthSweep]) -> String {
    let mut s = String::from(
        "page faults outstanding at once (writes to distinct untouched pages submitted in one \
         cycle)\n",
    );
    for d in sweeps {
        let name = match d.backend {
            Backend::Rtl => "rtl (cycles)",
            Backend::Model => "model (link exchanges)",
        };
        s.push_str(&format!(
            "  {name}: page-request queue {} entries, PRI allocation {}\n",
            d.pq_entries, d.pri_allocation
        ));
        s.push_str(&format!(
            "  {:>6} {:>10} {:>8} {:>8} {:>14} {:>9} {:>10}\n",
            "depth", "mean", "min", "max", "max / depth", "requests", "overflows"
        ));
        for p in &d.points {
            s.push_str(&format!(
                "  {:>6} {:>10.1} {:>8} {:>8} {:>14.1} {:>9} {:>10}\n",
                p.depth,
                p.cycles_mean,
                p.cycles_min,
                p.cycles_max,
                p.cycles_per_fault_served,
                p.page_requests,
                p.overflows
            ));
        }
    }
    s
}
