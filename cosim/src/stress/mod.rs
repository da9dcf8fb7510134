//! Isolation and storm stress of the shared-virtual-addressing stack (`cosim stress`,
//! `cargo xtask stress`), on the RTL kit or on the model root complex (the backends of
//! [`crate::sva`]).
//!
//! Four parts ([`Part`]), each on a fresh backend:
//! - **isolation**: 64 processes (one PASID each, on two device functions, some on both),
//!   each with its own 64 KiB window of virtual memory (read/write pages, read-only pages,
//!   pages populated or not, pages munmapped before and during the run, holes), and a long
//!   random stream of DMAs in batches in flight at once: work items (ATS + PRI: a fault is
//!   a page request the driver serves) and plain untranslated requests with the PASID prefix
//!   (the IOMMU translates them; a fault is a fault record), reads and writes of random sizes
//!   and alignments, at the process's own pages, at another process's window, at holes,
//!   writes at read-only pages.
//! - **storm**: every process faults at once on both functions with a page-request queue of
//!   a few entries and a slow driver: the queue overflows (`pqof`), the IOMMU answers the
//!   lost groups, the driver recovers, every work item completes.
//! - **churn**: processes are unbound (stop marker, then unbind) while their DMA runs, and
//!   bound again; the unbound PASID is probed with DMA after unbind returned.
//! - **exit**: half of the processes exit while their DMA runs; faults after the exit are
//!   quiet, the pages they had stay untouched, everything is reclaimed.
//!
//! Every DMA's outcome is computed from the reference (the `World` of this module): the region permissions
//! of the issuing process for work items (the page request path resolves them), the leaf
//! PTE of its page table for plain requests (V, A, U, R; W and D for a write: this IOMMU
//! does not update A/D). A DMA that the reference allows must complete with the bytes the
//! model holds (reads) or land exactly (writes, applied to the model); one it does not
//! must fail (reads, work items) or change nothing (writes) and, for plain requests, leave
//! a fault record naming its device, PASID and page. Periodically and at the end, every
//! byte of the processes' memory pool (frames, page tables, free pages), of all other
//! host memory the suite could allocate (a guard filled with a pattern) and of the
//! driver's directory pages is compared with the model ([`memory`]). Any difference is a
//! violation; the run reports how many (0 expected).

pub mod memory;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Instant;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{FaultReport, PagingMode, ProcessConfig};
use driver::mmio::Mmio;
use driver::sva::{Access, AddressSpace, BindFlags, Bond, Sva};
use pcie_endpoint::{FunctionConfig, Job, JobId, JobState, WorkOp};
use process_model::{Perms, Process};
use serde::Serialize;

use crate::sva::{
    pasid, unbind, with_backend, Backend, DemoError, Function, Link, Options, Session, SvaJob,
};
use memory::{DriverTables, Guard, Mismatch, Pool, PAGE};

/// A part of the suite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Isolation under a long random DMA stream.
    Isolation,
    /// Page-request storms that overflow the page-request queue.
    Storm,
    /// Bind / unbind churn with DMA in flight.
    Churn,
    /// Process exit storms.
    Exit,
}

/// A deliberate break, to show that the checks catch it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Sabotage {
    /// After binding, give the PASID of process 0 the page table of process 1 (as a driver
    /// that installs the wrong process context would).
    CrossedPageTables,
    /// Munmap pages during the run without invalidating the IOMMU and the device's ATC.
    SkipInvalidation,
    /// One byte of another process's page written behind everyone's back (as a DMA that
    /// escaped its address space would).
    StrayWrite,
    /// The endpoint's completion time-out cut to 40 cycles (RTL backend), below a
    /// translated DMA's round trip: reads fail with Timeout and their late completions are
    /// refused, as in a device whose time-out is set below what the system can answer in.
    ShortCompletionTimeout,
}

/// How to run the suite.
#[derive(Clone, Debug)]
pub struct StressOptions {
    /// The backend.
    pub backend: Backend,
    /// DMAs of the isolation stream.
    pub dmas: u64,
    /// Seed of every random choice.
    pub seed: u64,
    /// Processes (PASIDs) of the isolation stream and the storm.
    pub processes: usize,
    /// DMAs in flight at once (one batch).
    pub in_flight: usize,
    /// Batches between two full memory comparisons.
    pub check_every: u64,
    /// The parts to run.
    pub parts: Vec<Part>,
    /// A deliberate break.
    pub sabotage: Option<Sabotage>,
    /// Fault queue entries the driver allocates.
    pub fault_queue_entries: u32,
    /// Percent of the isolation stream's DMAs that are plain untranslated requests (the
    /// rest are work items).
    pub plain_percent: u8,
    /// Print progress lines.
    pub verbose: bool,
    /// An FST waveform of the RTL from a cycle on (file, first cycle).
    pub trace: Option<(PathBuf, u64)>,
}

impl StressOptions {
    /// Defaults on `backend`: 64 processes, 32 DMAs in flight, every part.
    pub fn new(backend: Backend, dmas: u64, seed: u64) -> Self {
        StressOptions {
            backend,
            dmas,
            seed,
            processes: 64,
            in_flight: 32,
            check_every: 256,
            parts: vec![Part::Isolation, Part::Storm, Part::Churn, Part::Exit],
            sabotage: None,
            fault_queue_entries: FAULT_QUEUE_ENTRIES,
            plain_percent: 25,
            verbose: false,
            trace: None,
        }
    }
}

/// What one part did.
#[derive(Clone, Debug, Default, Serialize)]
pub struct PartReport {
    /// The part.
    pub part: String,
    /// The backend.
    pub backend: String,
    /// The seed.
    pub seed: u64,
    /// Processes that bound.
    pub processes: u64,
    /// Distinct PASIDs handed out.
    pub pasids: u64,
    /// Device functions used.
    pub functions: u64,
    /// DMAs issued (work items and plain requests; probes included).
    pub dmas: u64,
    /// Of those, work items (ATS + PRI).
    pub work_items: u64,
    /// DMAs that completed (reads with data, writes done).
    pub completed: u64,
    /// DMAs the reference refused, that failed or changed nothing as they must.
    pub refused: u64,
    /// Bytes written by DMAs that the reference allowed.
    pub bytes_written: u64,
    /// Bytes read by DMAs and compared with the model.
    pub bytes_read: u64,
    /// Full memory comparisons.
    pub memory_checks: u64,
    /// Bytes compared in them.
    pub bytes_compared: u64,
    /// Simulated cycles (model backend: link exchanges).
    pub cycles: u64,
    /// Wall-clock seconds.
    pub wall_seconds: f64,
    /// Page-request records the driver read.
    pub page_requests: u64,
    /// PRG responses Success.
    pub prg_success: u64,
    /// PRG responses Invalid Request.
    pub prg_invalid: u64,
    /// Drains that found the page-request queue overflowed.
    pub pq_overflows: u64,
    /// Incomplete groups dropped after an overflow or a stop marker.
    pub discarded_groups: u64,
    /// Page requests answered Invalid quietly (exited or unbinding address space).
    pub quiet_page_requests: u64,
    /// Stop Markers.
    pub stop_markers: u64,
    /// Fault records that the reference predicted (plain requests refused).
    pub fault_records: u64,
    /// Fault records counted as quiet (exited or unbinding address space).
    pub quiet_faults: u64,
    /// The fault queue lost records (overflow): missing records are not counted then.
    pub fault_records_lost: bool,
    /// Pages populated by fault-in (CPU and device).
    pub pages_faulted_in: u64,
    /// Pages munmapped (with their invalidation).
    pub munmaps: u64,
    /// Unbinds.
    pub unbinds: u64,
    /// Binds that got a PASID unbound earlier.
    pub pasid_reuses: u64,
    /// Processes that exited.
    pub exits: u64,
    /// Violations found (must be 0).
    pub violations: u64,
    /// The first violations, described.
    pub first_violations: Vec<String>,
}

/// The whole run.
#[derive(Clone, Debug, Default, Serialize)]
pub struct StressReport {
    /// One report per part.
    pub parts: Vec<PartReport>,
    /// Violations of all parts.
    pub violations: u64,
}

/// Pages of a process's window.
const WINDOW_PAGES: u64 = 16;
/// Bytes of the window.
const WINDOW: u64 = WINDOW_PAGES * PAGE;
/// Distance between two processes' windows (the gap is a hole in every process).
const STRIDE: u64 = 1 << 20;
/// Virtual address of process 0's window.
const VA0: u64 = 0x0000_2000_0000;
/// Read/write pages: 0..RW_END; read-only pages: RW_END..RO_END; the rest is unmapped
/// (munmapped at setup, then holes).
const RW_END: u64 = 8;
const RO_END: u64 = 12;
const MUNMAPPED: u64 = 12;
/// Pages of the processes' pool.
const POOL_PAGES: usize = 4096;
/// Cycles between the driver's looks at the interrupt wires.
const POLL: u64 = 16;
/// Cycle budget of one batch.
const BUDGET: u64 = 4_000_000;
/// Violations described in the report.
const LIST: usize = 20;

/// Host memory the guard takes at most: all that is left on the model backend; on the RTL
/// the harness maps memory only where allocated (a device write elsewhere is refused), so a
/// bounded amount.
fn guard_bytes(backend: Backend) -> u64 {
    match backend {
        Backend::Model => 256 << 20,
        Backend::Rtl => 16 << 20,
    }
}

/// The bytes of process `i`'s window before anyone writes.
fn initial(i: usize) -> Vec<u8> {
    (0..RO_END * PAGE)
        .map(|o| ((o >> 1) as u8).wrapping_mul(31) ^ (i as u8).wrapping_mul(97) ^ 0x11)
        .collect()
}

/// One process of the reference.
struct Proc {
    p: Rc<Process>,
    base: u64,
    /// Permissions of each window page (None: not mapped).
    perms: [Option<Perms>; WINDOW_PAGES as usize],
    /// What each byte of the window holds (for the mapped pages).
    exp: Vec<u8>,
    /// Functions it is bound on, with the bond.
    bonds: Vec<(Function, Bond)>,
    exited: bool,
}

impl Proc {
    fn page_of(&self, va: u64) -> Option<usize> {
        (va >= self.base && va < self.base + WINDOW).then(|| ((va - self.base) / PAGE) as usize)
    }

    /// The region model: may a work item (page requests resolved by fault-in) do this?
    fn region_allows(&self, va: u64, write: bool) -> bool {
        match self.page_of(va).and_then(|i| self.perms[i]) {
            Some(p) => p.read && (p.write || !write),
            None => false,
        }
    }

    /// The page table: may a plain untranslated request (user, no execute) do this?
    fn pte_allows(&self, va: u64, write: bool) -> Result<bool, DemoError> {
        let Some(pte) = self.p.pte(va)? else { return Ok(false) };
        Ok(pte.v() && pte.a() && pte.u() && if write { pte.w() && pte.d() } else { pte.r() })
    }
}

/// Pieces of `len` bytes at `va` that do not cross a page: (address, offset, length).
fn pieces(va: u64, len: usize) -> Vec<(u64, usize, usize)> {
    let mut out = Vec::new();
    let mut off = 0usize;
    while off < len {
        let at = va + off as u64;
        let n = ((PAGE - at % PAGE) as usize).min(len - off);
        out.push((at, off, n));
        off += n;
    }
    out
}

/// One DMA of a batch and what the reference says of it.
struct Dma {
    proc: usize,
    func: Function,
    pasid: u32,
    work: bool,
    write: bool,
    va: u64,
    len: usize,
    data: Vec<u8>,
    /// Per piece: allowed by the reference (decided at submission: no other DMA of the
    /// batch touches the same pages of the same process).
    allowed: Vec<bool>,
    id: JobId,
    /// Unbound or exited while in flight: its writes may have landed in part.
    cut: bool,
}

/// The reference and the checks, over one backend.
struct World<'a, M: Mmio, D: DmaMemory> {
    run: Session<'a, M, D>,
    host: Rc<dyn DmaMemory>,
    pool: Rc<Pool>,
    guard: Option<Guard>,
    tables: Option<DriverTables>,
    procs: Vec<Proc>,
    functions: Vec<Function>,
    rng: fastrand::Rng,
    r: PartReport,
    /// Fault records the batch's plain requests must leave: (device_id, PASID, page).
    expected_faults: BTreeSet<(u32, u32, u64)>,
    seen_faults: BTreeSet<(u32, u32, u64)>,
    /// Fault records a batch may leave (refused pages after a read's first).
    possible_faults: BTreeSet<(u32, u32, u64)>,
    /// The same two sets of the batch before.
    prev_faults: BTreeSet<(u32, u32, u64)>,
    prev_possible: BTreeSet<(u32, u32, u64)>,
    sabotage: Option<Sabotage>,
    verbose: bool,
    pasids: BTreeSet<u32>,
    /// PASIDs unbound (candidates for reuse).
    unbound: BTreeSet<u32>,
    /// Pages a work item asks for in one page request group at most.
    group_pages: usize,
    /// Percent of plain requests in random batches.
    plain_percent: u8,
    /// Refused TLPs already reported.
    refused_seen: usize,
}

impl<'a, M: Mmio, D: DmaMemory> World<'a, M, D> {
    fn new(
        link: &'a dyn Link,
        sva: &'a mut Sva<M, D>,
        host: Rc<dyn DmaMemory>,
        functions: &[Function],
        part: Part,
        o: &StressOptions,
    ) -> Result<Self, DemoError> {
        if functions.len() < 2 {
            return Err(DemoError::Check("the stress suite needs two device functions".into()));
        }
        let pool = Pool::new(host.clone(), POOL_PAGES)?;
        let mut run = Session::new(link, sva, false);
        run.poll = POLL;
        let r = PartReport {
            part: format!("{part:?}").to_lowercase(),
            backend: format!("{:?}", o.backend).to_lowercase(),
            seed: o.seed,
            functions: functions.len() as u64,
            ..PartReport::default()
        };
        Ok(World {
            run,
            host,
            pool,
            guard: None,
            tables: None,
            procs: Vec::new(),
            functions: functions.to_vec(),
            rng: fastrand::Rng::with_seed(
                o.seed ^ (part as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15),
            ),
            r,
            expected_faults: BTreeSet::new(),
            seen_faults: BTreeSet::new(),
            possible_faults: BTreeSet::new(),
            prev_faults: BTreeSet::new(),
            prev_possible: BTreeSet::new(),
            sabotage: o.sabotage,
            verbose: o.verbose,
            pasids: BTreeSet::new(),
            unbound: BTreeSet::new(),
            group_pages: FunctionConfig::default().page_request_batch,
            plain_percent: o.plain_percent,
            refused_seen: 0,
        })
    }

    fn violation(&mut self, what: impl FnOnce() -> String) {
        self.r.violations += 1;
        if self.r.first_violations.len() < LIST {
            let s = format!("cycle {}: {}", self.run.link.cycle(), what());
            if self.verbose {
                eprintln!("violation: {s}");
            }
            self.r.first_violations.push(s);
        }
    }

    /// Every TLP of the root port the endpoint refused since the last look is a violation
    /// (a malformed or unexpected completion, e.g. one for a request that timed out).
    fn check_link(&mut self) {
        let refused = self.run.link.refused();
        for r in refused.iter().skip(self.refused_seen) {
            self.violation(|| format!("the endpoint refused a TLP of the root port: {r}"));
        }
        self.refused_seen = refused.len();
    }

    fn say(&self, line: impl FnOnce() -> String) {
        if self.verbose {
            eprintln!("   {}", line());
        }
    }

    /// A new process with its window mapped (read/write pages, read-only pages, two pages
    /// mapped and later munmapped), bound on `funcs`.
    fn add_process(&mut self, funcs: &[Function], populate: bool) -> Result<usize, DemoError> {
        let index = self.procs.len();
        let p = Process::new(self.pool.clone() as Rc<dyn DmaMemory>)?;
        let base = VA0 + index as u64 * STRIDE;
        let init = initial(index);
        p.mmap_with(base, RW_END * PAGE, Perms::RW, init[..(RW_END * PAGE) as usize].to_vec())?;
        p.mmap_with(
            base + RW_END * PAGE,
            (RO_END - RW_END) * PAGE,
            Perms::R,
            init[(RW_END * PAGE) as usize..].to_vec(),
        )?;
        p.mmap(base + MUNMAPPED * PAGE, 2 * PAGE, Perms::RW)?;
        let mut exp = init;
        exp.resize(WINDOW as usize, 0);
        let mut perms = [None; WINDOW_PAGES as usize];
        for (i, slot) in perms.iter_mut().enumerate() {
            let i = i as u64;
            *slot = if i < RW_END {
                Some(Perms::RW)
            } else if i < RO_END {
                Some(Perms::R)
            } else {
                None
            };
        }
        let mut bonds = Vec::new();
        for f in funcs {
            let b = self.run.sva.bind(f.device_id, p.clone(), BindFlags::default())?;
            self.pasids.insert(b.pasid());
            if self.unbound.remove(&b.pasid()) {
                self.r.pasid_reuses += 1;
            }
            bonds.push((*f, b));
        }
        let mut proc = Proc { p, base, perms, exp, bonds, exited: false };
        if populate {
            // CPU stores (populated with D), CPU loads (populated without D), untouched.
            for page in 0..RO_END {
                let va = base + page * PAGE;
                match self.rng.u8(..3) {
                    0 if page < RW_END => {
                        let off = self.rng.u64(..PAGE - 64);
                        let data: Vec<u8> = (0..64).map(|_| self.rng.u8(..)).collect();
                        proc.p.write(va + off, &data)?;
                        let at = (page * PAGE + off) as usize;
                        proc.exp[at..at + 64].copy_from_slice(&data);
                    }
                    1 => {
                        let access = Access { read: true, ..Access::default() };
                        proc.p
                            .fault_in(va, access)
                            .map_err(|e| DemoError::Check(format!("fault-in: {e:?}")))?;
                    }
                    _ => {}
                }
            }
            // Pages that were there and are gone: populated, then munmapped.
            proc.p.write(base + MUNMAPPED * PAGE + 8, &[1, 2, 3])?;
        }
        let inv = proc.p.munmap(base + MUNMAPPED * PAGE, 2 * PAGE)?;
        self.run.sva.invalidate(inv.space, inv.start, inv.len)?;
        proc.p.reclaim();
        self.r.processes += 1;
        self.procs.push(proc);
        if self.tables.is_some() {
            self.snapshot_tables()?;
        }
        Ok(index)
    }

    /// Serve the IOMMU: page requests, and fault records checked against the reference.
    fn serve(&mut self) -> Result<(), DemoError> {
        if self.run.link.interrupts()? == 0 {
            return Ok(());
        }
        self.run.sva.handle_page_requests()?;
        let faults = self.run.sva.handle_faults()?;
        self.r.quiet_faults += faults.quiet;
        self.r.fault_records_lost |= faults.lost;
        for f in faults.reports {
            self.fault(&f);
        }
        Ok(())
    }

    fn fault(&mut self, f: &FaultReport) {
        let key = (f.device_id, f.pasid.unwrap_or(u32::MAX), f.iotval & !(PAGE - 1));
        let known =
            [&self.expected_faults, &self.possible_faults, &self.prev_faults, &self.prev_possible]
                .iter()
                .any(|set| set.contains(&key));
        if known {
            self.seen_faults.insert(key);
            self.r.fault_records += 1;
        } else {
            let n = self.r.fault_records;
            self.violation(|| {
                format!(
                    "fault record nobody expected (after {n} expected ones): cause {} device \
                     {:#x} PASID {:?} iotval {:#x}",
                    f.cause.0, f.device_id, f.pasid, f.iotval
                )
            });
        }
    }

    /// Run, serving the IOMMU, until the jobs have ended and their writes reached memory.
    fn wait(&mut self, ids: &[JobId]) -> Result<(), DemoError> {
        let start = self.run.link.cycle();
        loop {
            let pending = {
                let dev = self.run.link.device().borrow();
                ids.iter().any(|id| matches!(dev.job(*id), Some(JobState::Pending) | None))
            };
            if !pending {
                self.run.link.settle()?;
                self.serve()?;
                self.check_link();
                // The harness records every peek and memory read; a long run keeps none of
                // them (the million-DMA RTL run grew to 8.5 GB without this).
                if let Some(h) = self.run.link.harness() {
                    h.take_observations();
                }
                return Ok(());
            }
            if self.run.link.cycle() - start >= BUDGET {
                return Err(DemoError::Timeout { what: "a batch of DMAs".into(), cycles: BUDGET });
            }
            self.run.link.run(self.run.poll)?;
            self.serve()?;
        }
    }

    /// A random DMA of process `proc` (its own pages mostly; another window, a hole).
    fn random_dma(&mut self, proc: usize, work_only: bool) -> Dma {
        let n = self.procs.len();
        let p = &self.procs[proc];
        let (func, bond) = p.bonds[self.rng.usize(..p.bonds.len())];
        let base = match self.rng.u8(..100) {
            0..=79 => p.base,
            80..=91 => VA0 + self.rng.usize(..n) as u64 * STRIDE,
            _ => VA0 + self.rng.usize(..n) as u64 * STRIDE + WINDOW + self.rng.u64(..8) * PAGE,
        };
        let len = match self.rng.u8(..100) {
            0..=39 => self.rng.usize(1..=64),
            40..=74 => self.rng.usize(65..=PAGE as usize),
            _ => self.rng.usize(PAGE as usize + 1..=3 * PAGE as usize),
        };
        // Mostly inside the mapped pages; sometimes anywhere in the window.
        let span = if self.rng.u8(..4) == 0 { WINDOW } else { RO_END * PAGE };
        let va = base + self.rng.u64(..span);
        let write = self.rng.bool();
        let work = work_only || self.rng.u8(..100) >= self.plain_percent;
        let data = if write { (0..len).map(|_| self.rng.u8(..)).collect() } else { Vec::new() };
        Dma {
            proc,
            func,
            pasid: bond.pasid(),
            work,
            write,
            va,
            len,
            data,
            allowed: Vec::new(),
            id: JobId(usize::MAX),
            cut: false,
        }
    }

    /// Decide what the reference allows and submit.
    fn submit(&mut self, mut d: Dma) -> Result<Dma, DemoError> {
        let p = &self.procs[d.proc];
        let mut allowed = Vec::new();
        for (va, _, _) in pieces(d.va, d.len) {
            allowed.push(if d.work {
                p.region_allows(va, d.write)
            } else {
                p.pte_allows(va, d.write)?
            });
        }
        if !d.work {
            // Every refused page of a write leaves a record (each TLP is sent); a read stops
            // at its first Unsupported Request, so only its first refused page must.
            let mut first = true;
            for ((va, _, _), ok) in pieces(d.va, d.len).iter().zip(&allowed) {
                if !ok {
                    let key = (d.func.device_id, d.pasid, va & !(PAGE - 1));
                    if d.write || first {
                        self.expected_faults.insert(key);
                    } else {
                        self.possible_faults.insert(key);
                    }
                    first = false;
                }
            }
        }
        d.allowed = allowed;
        let pasid = pasid_of(d.pasid)?;
        let job = match (d.work, d.write) {
            (true, true) => Job::work(vec![WorkOp::Write { addr: d.va, data: d.data.clone() }]),
            (true, false) => Job::work(vec![WorkOp::Read { addr: d.va, len: d.len }]),
            (false, true) => Job::write(d.va, d.data.clone()),
            (false, false) => Job::read(d.va, d.len),
        };
        d.id = self.run.submit(d.func.func, job.pasid(pasid))?;
        self.r.dmas += 1;
        self.r.work_items += u64::from(d.work);
        Ok(d)
    }

    /// A batch of random DMAs of the processes in `who`, no two touching the same page of the
    /// same process.
    fn random_batch(
        &mut self,
        who: &[usize],
        size: usize,
        work_only: bool,
    ) -> Result<Vec<Dma>, DemoError> {
        let mut used: BTreeSet<(usize, u64)> = BTreeSet::new();
        let mut batch = Vec::new();
        for _ in 0..size {
            for _try in 0..4 {
                let proc = who[self.rng.usize(..who.len())];
                let d = self.random_dma(proc, work_only);
                let pages: Vec<u64> = pieces(d.va, d.len).iter().map(|x| x.0 / PAGE).collect();
                if pages.iter().any(|pg| used.contains(&(proc, *pg))) {
                    continue;
                }
                used.extend(pages.iter().map(|pg| (proc, *pg)));
                batch.push(self.submit(d)?);
                break;
            }
        }
        Ok(batch)
    }

    /// Apply an allowed write piece to the model (the page must be populated now).
    fn land(&mut self, proc: usize, va: u64, bytes: &[u8]) -> Result<(), DemoError> {
        let p = &mut self.procs[proc];
        let Some(page) = p.page_of(va) else {
            self.violation(|| format!("allowed write outside the window at {va:#x}"));
            return Ok(());
        };
        let at = page * PAGE as usize + (va % PAGE) as usize;
        p.exp[at..at + bytes.len()].copy_from_slice(bytes);
        match p.p.translate(va) {
            Some(pa) => self.pool.expect(pa.0, bytes)?,
            None => self.violation(|| format!("an allowed write at {va:#x} found no page")),
        }
        self.r.bytes_written += bytes.len() as u64;
        Ok(())
    }

    /// A write piece that may have landed: each byte holds the model's value or the new
    /// one; the model takes what memory holds.
    fn maybe_landed(&mut self, proc: usize, va: u64, bytes: &[u8]) -> Result<(), DemoError> {
        let Some(pa) = self.procs[proc].p.translate(va) else { return Ok(()) };
        let mut found = vec![0u8; bytes.len()];
        self.host.read(pa, &mut found)?;
        let old = self.pool.shadow(pa.0, bytes.len()).unwrap_or_default();
        let bad = (0..bytes.len()).find(|&i| found[i] != bytes[i] && old.get(i) != Some(&found[i]));
        if let Some(i) = bad {
            let at = va + i as u64;
            self.violation(|| format!("process {proc}: byte at {at:#x} is neither old nor new"));
        }
        self.pool.expect(pa.0, &found)?;
        let p = &mut self.procs[proc];
        if let Some(page) = p.page_of(va) {
            let at = page * PAGE as usize + (va % PAGE) as usize;
            p.exp[at..at + found.len()].copy_from_slice(&found);
        }
        Ok(())
    }

    /// Judge a finished batch against the reference.
    fn judge(&mut self, batch: Vec<Dma>) -> Result<(), DemoError> {
        for d in batch {
            let state = self.run.link.device().borrow().job(d.id).cloned();
            let Some(state) = state else {
                self.violation(|| format!("job {:?} vanished", d.id));
                continue;
            };
            if d.cut {
                self.judge_cut(&d, &state)?;
                continue;
            }
            let ps = pieces(d.va, d.len);
            let first_refused = d.allowed.iter().position(|ok| !ok);
            let done = matches!(state, JobState::Done { .. });
            let what = || {
                format!(
                    "{} {} of {} bytes at {:#x} by PASID {:#x} (process {}, function {})",
                    if d.work { "work item" } else { "plain" },
                    if d.write { "write" } else { "read" },
                    d.len,
                    d.va,
                    d.pasid,
                    d.proc,
                    d.func.func
                )
            };
            if d.write && !d.work {
                // Posted: done when sent; each page lands or not.
                if !done {
                    let s = format!("{state:?}");
                    self.violation(|| format!("{}: {s}", what()));
                }
                for ((va, off, n), ok) in ps.iter().zip(&d.allowed) {
                    if *ok {
                        self.land(d.proc, *va, &d.data[*off..off + n])?;
                    }
                }
                if first_refused.is_some() {
                    self.r.refused += 1;
                } else {
                    self.r.completed += 1;
                }
                continue;
            }
            let expect_done = first_refused.is_none();
            if done != expect_done {
                let s = format!("{state:?}");
                self.violation(|| {
                    format!(
                        "{}: {s}, the reference says {}",
                        what(),
                        if expect_done { "done" } else { "refused" }
                    )
                });
            }
            if d.write {
                // A work item writes page by page until the first refused one. The pages it
                // asked for in the refused page's group (up to `page_request_batch` before
                // it) were answered Invalid with it: their writes may or may not have gone
                // out, byte by byte the old or the new value.
                let upto = first_refused.unwrap_or(ps.len());
                let sure = match first_refused {
                    Some(k) => k.saturating_sub(self.group_pages.saturating_sub(1)),
                    None => upto,
                };
                for (va, off, n) in &ps[..sure] {
                    self.land(d.proc, *va, &d.data[*off..off + n])?;
                }
                for (va, off, n) in &ps[sure..upto] {
                    self.maybe_landed(d.proc, *va, &d.data[*off..off + n])?;
                }
            } else if let (JobState::Done { data: Some(got) }, true) = (&state, expect_done) {
                let p = &self.procs[d.proc];
                let at = (d.va - p.base) as usize;
                let want = &p.exp[at..at + d.len];
                if got.as_slice() != want {
                    let bad = got.iter().zip(want).position(|(a, b)| a != b).unwrap_or(0);
                    let va = d.va + bad as u64;
                    let (w, g) = (want[bad], got[bad]);
                    let pa = p.p.translate(va);
                    self.violation(|| {
                        format!("{}: byte {bad} at {va:#x} ({pa:x?}) read {g:#x}, the model holds {w:#x}", what())
                    });
                }
                self.r.bytes_read += d.len as u64;
            }
            if expect_done {
                self.r.completed += 1;
            } else {
                self.r.refused += 1;
            }
        }
        Ok(())
    }

    /// A DMA cut by an unbind or exit: done ones land exactly; the writes of a failed one
    /// may have landed in part, byte by byte the old or the new value (checked by
    /// [`World::adopt`]).
    fn judge_cut(&mut self, d: &Dma, state: &JobState) -> Result<(), DemoError> {
        if matches!(state, JobState::Pending) {
            self.violation(|| format!("job {:?} of an unbound PASID still pending", d.id));
        }
        self.r.refused += 1;
        Ok(())
    }

    /// After an unbind or exit: the pages of `proc` hold, byte by byte, the model's value or
    /// the value of a write in `cut` (DMAs in flight then); the model takes what memory holds.
    fn adopt(
        &mut self,
        proc: usize,
        frames: &[(u64, PhysAddr)],
        cut: &[&Dma],
    ) -> Result<(), DemoError> {
        for &(va, pa) in frames {
            let mut found = vec![0u8; PAGE as usize];
            self.host.read(pa, &mut found)?;
            let Some(old) = self.pool.shadow(pa.0, PAGE as usize) else { continue };
            for (i, (&f, &o)) in found.iter().zip(&old).enumerate() {
                if f == o {
                    continue;
                }
                let at = va + i as u64;
                let by_cut = cut.iter().any(|d| {
                    d.write
                        && at >= d.va
                        && at < d.va + d.len as u64
                        && d.data[(at - d.va) as usize] == f
                });
                if !by_cut {
                    self.violation(|| {
                        format!(
                            "process {proc}: byte at {at:#x} ({:#x}) changed to {f:#x} by nobody",
                            pa.0 + i as u64
                        )
                    });
                }
            }
            self.pool.expect(pa.0, &found)?;
            let p = &mut self.procs[proc];
            if let Some(page) = p.page_of(va) {
                let at = page * PAGE as usize;
                p.exp[at..at + PAGE as usize].copy_from_slice(&found);
            }
        }
        Ok(())
    }

    /// The populated pages of `proc`: (virtual page, frame).
    fn frames(&self, proc: usize) -> Vec<(u64, PhysAddr)> {
        let p = &self.procs[proc];
        (0..WINDOW_PAGES)
            .map(|i| p.base + i * PAGE)
            .filter_map(|va| p.p.translate(va).map(|pa| (va, pa)))
            .collect()
    }

    /// Close a batch's fault expectations. A record may arrive up to one batch late (the
    /// IOMMU writes it after the request's end): the records expected of the batch before
    /// must all have arrived by now (unless the fault queue lost some); a record must match
    /// a refused page of this batch or the one before. `flush`: also this batch's.
    fn check_faults(&mut self, flush: bool) {
        let rounds = if flush { 2 } else { 1 };
        for _ in 0..rounds {
            if !self.r.fault_records_lost {
                let missing: Vec<_> =
                    self.prev_faults.difference(&self.seen_faults).copied().collect();
                for (dev, pasid, page) in missing {
                    self.violation(|| {
                        format!(
                            "no fault record for device {dev:#x} PASID {pasid:#x} page {page:#x}"
                        )
                    });
                }
            }
            self.prev_faults = std::mem::take(&mut self.expected_faults);
            self.prev_possible = std::mem::take(&mut self.possible_faults);
            let (e, p) = (&self.prev_faults, &self.prev_possible);
            self.seen_faults.retain(|k| e.contains(k) || p.contains(k));
        }
    }

    /// Snapshot the driver's directory pages and guard the rest of host memory.
    fn guard_memory(&mut self, backend: Backend) -> Result<(), DemoError> {
        self.snapshot_tables()?;
        self.guard = Some(Guard::new(self.host.clone(), guard_bytes(backend))?);
        Ok(())
    }

    /// Snapshot the driver's directory pages (again after a bind or unbind changed them).
    fn snapshot_tables(&mut self) -> Result<(), DemoError> {
        let iommu = self.run.sva.iommu();
        let mut pages = iommu.ddt_pages();
        for f in &self.functions {
            pages.extend(iommu.process_directory_pages(f.device_id));
        }
        self.tables = Some(DriverTables::snapshot(&*self.host, &pages)?);
        Ok(())
    }

    /// Compare every byte of the pool, the guard and the directory pages with the model,
    /// and each live process's populated pages with its window model.
    fn check_memory(&mut self) -> Result<(), DemoError> {
        self.r.memory_checks += 1;
        let mut all: Vec<(&str, u64, Vec<Mismatch>)> = Vec::new();
        let (n, l) = self.pool.compare(4)?;
        self.r.bytes_compared += self.pool.bytes();
        all.push(("process pool", n, l));
        if let Some(g) = &self.guard {
            let (n, l) = g.compare(4)?;
            self.r.bytes_compared += g.bytes();
            all.push(("guard", n, l));
        }
        if let Some(t) = &self.tables {
            let (n, l) = t.compare(&*self.host, 4)?;
            self.r.bytes_compared += t.bytes();
            all.push(("directory pages", n, l));
        }
        for (what, n, l) in all {
            if n > 0 {
                self.violation(|| format!("{what}: {n} bytes differ from the model, first {l:x?}"));
            }
        }
        for i in 0..self.procs.len() {
            if self.procs[i].exited {
                continue;
            }
            for (va, pa) in self.frames(i) {
                let p = &self.procs[i];
                let Some(page) = p.page_of(va) else { continue };
                if p.perms[page].is_none() {
                    continue;
                }
                let mut found = vec![0u8; PAGE as usize];
                self.host.read(pa, &mut found)?;
                let at = page * PAGE as usize;
                if found[..] != p.exp[at..at + PAGE as usize] {
                    self.violation(|| format!("process {i}: page {va:#x} differs from its model"));
                }
            }
        }
        Ok(())
    }

    /// Munmap one populated read/write page of a random live process (with the invalidation,
    /// unless sabotaged) and reclaim it.
    fn munmap_one(&mut self) -> Result<(), DemoError> {
        let live: Vec<usize> = (0..self.procs.len()).filter(|&i| !self.procs[i].exited).collect();
        if live.is_empty() {
            return Ok(());
        }
        let i = live[self.rng.usize(..live.len())];
        let p = &self.procs[i];
        let candidates: Vec<u64> = (0..RW_END)
            .filter(|pg| p.perms[*pg as usize].is_some() && p.p.is_populated(p.base + pg * PAGE))
            .collect();
        if candidates.is_empty() {
            return Ok(());
        }
        let pg = candidates[self.rng.usize(..candidates.len())];
        let inv = p.p.munmap(p.base + pg * PAGE, PAGE)?;
        if self.sabotage != Some(Sabotage::SkipInvalidation) {
            self.run.sva.invalidate(inv.space, inv.start, inv.len)?;
        }
        p.p.reclaim();
        self.procs[i].perms[pg as usize] = None;
        self.r.munmaps += 1;
        Ok(())
    }

    /// Stop and unbind every bond of `proc` (stop marker on each function, then unbind).
    fn unbind_all(&mut self, proc: usize) -> Result<(), DemoError> {
        let bonds = std::mem::take(&mut self.procs[proc].bonds);
        for (f, b) in bonds {
            let stop = self.run.link.device().borrow_mut().stop_pasid(f.func, pasid(b)?)?;
            self.wait(&[stop])?;
            unbind(&mut self.run, b)?;
            self.r.unbinds += 1;
            if self.run.sva.pasids().owner(b.pasid()).is_none() {
                self.unbound.insert(b.pasid());
            }
        }
        if self.tables.is_some() {
            self.snapshot_tables()?;
        }
        Ok(())
    }

    /// Unbind everything, let the processes exit and go; the pool and the PASIDs must all
    /// come back.
    fn teardown(&mut self) -> Result<(), DemoError> {
        for i in 0..self.procs.len() {
            self.unbind_all(i)?;
        }
        self.serve()?;
        self.check_link();
        self.check_faults(true);
        self.check_memory()?;
        let allocated = self.run.sva.pasids().allocated();
        if allocated != 0 {
            self.violation(|| format!("{allocated} PASIDs still allocated after every unbind"));
        }
        let t = self.run.sva.page_request_totals();
        self.r.page_requests = t.requests;
        self.r.prg_success = t.success;
        self.r.prg_invalid = t.invalid;
        self.r.pq_overflows = t.overflows;
        self.r.discarded_groups = t.discarded_groups;
        self.r.quiet_page_requests = t.quiet;
        self.r.stop_markers = t.stop_markers;
        self.r.pages_faulted_in = self.procs.iter().map(|p| p.p.populated_pages()).sum();
        self.r.pasids = self.pasids.len() as u64;
        for p in &self.procs {
            if !p.exited {
                p.p.exit()?;
            }
            p.p.reclaim();
        }
        self.procs.clear();
        let used = self.pool.used();
        if used != 0 {
            self.violation(|| format!("{used} pool pages not given back after every process went"));
        }
        Ok(())
    }
}

fn pasid_of(v: u32) -> Result<pcie_endpoint::Pasid, DemoError> {
    pcie_endpoint::Pasid::new(v).map_err(|e| DemoError::Check(e.to_string()))
}

/// Give the PASID of process 0 the page table of process 1 (the crossed-tables sabotage).
fn cross_tables<M: Mmio, D: DmaMemory>(w: &mut World<'_, M, D>) -> Result<(), DemoError> {
    let (f, b0) = w.procs[0].bonds[0];
    let other = &w.procs[1].p;
    let pscid = w.run.sva.pscid(other.id()).unwrap_or(0);
    let cfg = ProcessConfig::user(PagingMode::Sv48, other.root(), pscid);
    w.run.sva.iommu_mut().set_process(f.device_id, b0.pasid(), cfg)?;
    Ok(())
}

/// The isolation stream.
fn isolation<M: Mmio, D: DmaMemory>(
    w: &mut World<'_, M, D>,
    o: &StressOptions,
) -> Result<(), DemoError> {
    let funcs = w.functions.clone();
    for i in 0..o.processes {
        let f = funcs[i % 2];
        let on: Vec<Function> = if i % 8 == 0 { vec![funcs[0], funcs[1]] } else { vec![f] };
        w.add_process(&on, true)?;
    }
    if w.sabotage == Some(Sabotage::CrossedPageTables) {
        cross_tables(w)?;
    }
    w.guard_memory(o.backend)?;
    w.check_memory()?;
    let who: Vec<usize> = (0..w.procs.len()).collect();
    let mut batches = 0u64;
    let started = Instant::now();
    while w.r.dmas < o.dmas {
        let size = o.in_flight.min((o.dmas - w.r.dmas) as usize);
        let batch = w.random_batch(&who, size, false)?;
        let ids: Vec<JobId> = batch.iter().map(|d| d.id).collect();
        w.wait(&ids)?;
        w.judge(batch)?;
        w.check_faults(false);
        batches += 1;
        if batches % o.check_every == 0 {
            w.check_memory()?;
            w.munmap_one()?;
            let (dmas, cyc, bad) = (w.r.dmas, w.run.link.cycle(), w.r.violations);
            let secs = started.elapsed().as_secs_f64();
            w.say(|| format!("{dmas} DMAs, {cyc} cycles, {secs:.1} s, {bad} violations"));
        }
    }
    if w.sabotage == Some(Sabotage::StrayWrite) {
        // Process 1's first populated page gets one byte it never asked for.
        if let Some(&(_, pa)) = w.frames(1).first() {
            let mut b = [0u8];
            w.host.read(pa, &mut b)?;
            w.host.write(pa, &[b[0] ^ 0x40])?;
        }
    }
    w.serve()?;
    w.check_faults(true);
    w.check_memory()?;
    Ok(())
}

/// The page-request storm: every process faults at once on untouched pages with a tiny
/// page-request queue and a slow driver.
fn storm<M: Mmio, D: DmaMemory>(
    w: &mut World<'_, M, D>,
    o: &StressOptions,
) -> Result<(), DemoError> {
    let funcs = w.functions.clone();
    for i in 0..o.processes {
        w.add_process(&[funcs[i % 2]], false)?;
    }
    w.guard_memory(o.backend)?;
    // The driver looks rarely: the queue fills and overflows meanwhile.
    w.run.poll = STORM_POLL;
    for round in 0..STORM_ROUNDS {
        let mut batch = Vec::new();
        for i in 0..w.procs.len() {
            let (base, (func, bond)) = (w.procs[i].base, w.procs[i].bonds[0]);
            // Four untouched read/write pages written, the next two read.
            let first = round * 2;
            let va = base + first * PAGE + 16;
            let data: Vec<u8> = (0..(3 * PAGE) as usize).map(|_| w.rng.u8(..)).collect();
            let d = Dma {
                proc: i,
                func,
                pasid: bond.pasid(),
                work: true,
                write: true,
                va,
                len: data.len(),
                data,
                allowed: Vec::new(),
                id: JobId(0),
                cut: false,
            };
            batch.push(w.submit(d)?);
            let rva = base + (RW_END + round) * PAGE;
            let d = Dma {
                proc: i,
                func,
                pasid: bond.pasid(),
                work: true,
                write: false,
                va: rva,
                len: PAGE as usize,
                data: Vec::new(),
                allowed: Vec::new(),
                id: JobId(0),
                cut: false,
            };
            batch.push(w.submit(d)?);
        }
        let ids: Vec<JobId> = batch.iter().map(|d| d.id).collect();
        w.wait(&ids)?;
        w.judge(batch)?;
        w.check_memory()?;
    }
    let overflows = w.run.sva.page_request_totals().overflows;
    if overflows == 0 {
        w.violation(|| "the storm never overflowed the page-request queue".into());
    }
    w.run.poll = POLL;
    Ok(())
}

/// Cycles between the driver's looks during the storm.
const STORM_POLL: u64 = 64;
/// Translation requests a work item of the storm may send per page: enough to outlast
/// any overflow (the run is bounded by its cycle budget).
const STORM_ATTEMPTS: u32 = 1 << 20;
/// Completion time-out of the storm's functions, in cycles: 4 ms at 250 MHz, inside the
/// 50 us to 50 ms default range of PCIe (Base 6.x 2.8, Completion Timeout Ranges); the
/// default 10,000 cycles (40 us) is shorter than a translation takes behind a flooded
/// page-request path on the RTL.
const STORM_COMPLETION_TIMEOUT: u64 = 1_000_000;
/// Rounds of the storm.
const STORM_ROUNDS: u64 = 3;
/// Fault queue entries (the driver's default is 64): room for the records of many batches.
pub const FAULT_QUEUE_ENTRIES: u32 = 1024;
/// Page-request queue entries during the storm.
pub const STORM_PQ_ENTRIES: u32 = 8;

/// Bind / unbind churn with DMA in flight.
fn churn<M: Mmio, D: DmaMemory>(
    w: &mut World<'_, M, D>,
    o: &StressOptions,
    rounds: u64,
) -> Result<(), DemoError> {
    let funcs = w.functions.clone();
    let n = o.processes.clamp(4, 24);
    for i in 0..n {
        w.add_process(&[funcs[i % 2]], true)?;
    }
    w.guard_memory(o.backend)?;
    for _ in 0..rounds {
        let bound: Vec<usize> =
            (0..w.procs.len()).filter(|&i| !w.procs[i].bonds.is_empty()).collect();
        let mut batch = w.random_batch(&bound, o.in_flight, true)?;
        let mid = w.rng.u64(20..400);
        for _ in 0..mid / POLL {
            w.run.link.run(POLL)?;
            w.serve()?;
        }
        // One to three processes lose their PASID now.
        let k = w.rng.usize(1..=3);
        let mut victims = Vec::new();
        for _ in 0..k {
            let v = bound[w.rng.usize(..bound.len())];
            if !victims.contains(&v) {
                victims.push(v);
            }
        }
        let mut stale = Vec::new();
        for &v in &victims {
            let frames_before = w.frames(v);
            let bonds = w.procs[v].bonds.clone();
            w.unbind_all(v)?;
            for d in batch.iter_mut().filter(|d| d.proc == v) {
                d.cut = true;
            }
            let cut: Vec<&Dma> = batch.iter().filter(|d| d.proc == v).collect();
            // Cut DMAs of the victim must all have ended (stop marker), pending ones are a
            // violation found by judge; their writes may have landed in part.
            let cut_owned: Vec<Dma> = cut.iter().map(|d| clone_dma(d)).collect();
            let refs: Vec<&Dma> = cut_owned.iter().collect();
            w.adopt(v, &frames_before, &refs)?;
            stale.extend(bonds.into_iter().map(|(f, b)| (v, f, b)));
        }
        // The unbound PASIDs, used again by a misbehaving device: nothing may land.
        let mut probes = Vec::new();
        for &(v, f, b) in &stale {
            let p = &w.procs[v];
            let va = p.base + w.rng.u64(..RW_END) * PAGE;
            let data = vec![0xee; 256];
            let id = w.run.submit(f.func, Job::write(va, data.clone()).pasid(pasid(b)?))?;
            w.expected_faults.insert((f.device_id, b.pasid(), va & !(PAGE - 1)));
            let id2 = w.run.submit(
                f.func,
                Job::work(vec![WorkOp::Write { addr: va, data }]).pasid(pasid(b)?),
            )?;
            probes.push((id, id2));
            w.r.dmas += 2;
            w.r.work_items += 1;
        }
        let mut ids: Vec<JobId> = batch.iter().map(|d| d.id).collect();
        ids.extend(probes.iter().flat_map(|(a, b)| [*a, *b]));
        w.wait(&ids)?;
        for (_, work) in probes {
            let s = w.run.link.device().borrow().job(work).cloned();
            if matches!(s, Some(JobState::Done { .. })) {
                w.violation(|| "a work item of an unbound PASID completed".into());
            }
            w.r.refused += 2;
        }
        w.judge(batch)?;
        // Stale-PASID plain writes may be refused before reaching the IOMMU's fault path
        // on some backends: only unexpected records count, not missing ones.
        w.expected_faults
            .retain(|k| !stale.iter().any(|(_, f, b)| k.0 == f.device_id && k.1 == b.pasid()));
        w.check_faults(false);
        w.check_memory()?;
        // Victims bind again (maybe with their old PASID, now that it is free).
        for &v in &victims {
            let f = funcs[w.rng.usize(..2)];
            let held: BTreeSet<u32> =
                w.procs.iter().flat_map(|p| p.bonds.iter().map(|b| b.1.pasid())).collect();
            let b = w.run.sva.bind(f.device_id, w.procs[v].p.clone(), BindFlags::default())?;
            if held.contains(&b.pasid()) {
                w.violation(|| format!("PASID {:#x} handed out while still bound", b.pasid()));
            }
            if w.unbound.remove(&b.pasid()) {
                w.r.pasid_reuses += 1;
            }
            w.pasids.insert(b.pasid());
            w.procs[v].bonds.push((f, b));
        }
        w.snapshot_tables()?;
    }
    Ok(())
}

fn clone_dma(d: &Dma) -> Dma {
    Dma {
        proc: d.proc,
        func: d.func,
        pasid: d.pasid,
        work: d.work,
        write: d.write,
        va: d.va,
        len: d.len,
        data: d.data.clone(),
        allowed: d.allowed.clone(),
        id: d.id,
        cut: d.cut,
    }
}

/// Processes exit while their DMA runs.
fn exit_storm<M: Mmio, D: DmaMemory>(
    w: &mut World<'_, M, D>,
    o: &StressOptions,
    rounds: u64,
) -> Result<(), DemoError> {
    let funcs = w.functions.clone();
    for _ in 0..rounds {
        let first = w.procs.len();
        let n = o.processes.clamp(4, 16);
        for i in 0..n {
            w.add_process(&[funcs[i % 2]], false)?;
        }
        // Once the first processes bound (the directory pages the PASIDs need exist; later
        // rounds reuse the PASIDs unbound before), the rest of host memory is guarded.
        if w.guard.is_none() {
            w.guard_memory(o.backend)?;
        }
        let who: Vec<usize> = (first..w.procs.len()).collect();
        // Each process writes all its read/write pages (none populated: every page takes
        // the page-request path), then random work items.
        let mut batch = Vec::new();
        for &i in &who {
            let (base, (func, bond)) = (w.procs[i].base, w.procs[i].bonds[0]);
            let data: Vec<u8> = (0..(RW_END * PAGE) as usize).map(|_| w.rng.u8(..)).collect();
            let d = Dma {
                proc: i,
                func,
                pasid: bond.pasid(),
                work: true,
                write: true,
                va: base,
                len: data.len(),
                data,
                allowed: Vec::new(),
                id: JobId(0),
                cut: false,
            };
            batch.push(w.submit(d)?);
        }
        let more: Vec<usize> = who.clone();
        let mut used = BTreeSet::new();
        for d in &batch {
            used.extend(pieces(d.va, d.len).iter().map(|x| (d.proc, x.0 / PAGE)));
        }
        for _ in 0..o.in_flight {
            let proc = more[w.rng.usize(..more.len())];
            let d = w.random_dma(proc, true);
            if pieces(d.va, d.len).iter().any(|x| used.contains(&(proc, x.0 / PAGE))) {
                continue;
            }
            used.extend(pieces(d.va, d.len).iter().map(|x| (proc, x.0 / PAGE)));
            batch.push(w.submit(d)?);
        }
        let mid = w.rng.u64(16..200);
        for _ in 0..mid / POLL {
            w.run.link.run(POLL)?;
            w.serve()?;
        }
        let mut exited = Vec::new();
        for &i in &who {
            if w.rng.bool() {
                exited.push((i, w.frames(i)));
                let gone = w.procs[i].p.exit()?;
                w.run.sva.address_space_exited(gone.space)?;
                w.procs[i].exited = true;
                w.r.exits += 1;
                for d in batch.iter_mut().filter(|d| d.proc == i) {
                    d.cut = true;
                }
            }
        }
        // The frames they had hold what was there or what a DMA in flight wrote; from now
        // on nothing may change them (compared with the model until the end).
        for (i, frames) in &exited {
            let cut: Vec<Dma> = batch.iter().filter(|d| d.proc == *i).map(clone_dma).collect();
            let refs: Vec<&Dma> = cut.iter().collect();
            w.adopt(*i, frames, &refs)?;
        }
        let ids: Vec<JobId> = batch.iter().map(|d| d.id).collect();
        w.wait(&ids)?;
        w.judge(batch)?;
        w.check_faults(false);
        // Untouched since the exit, before anything is reclaimed.
        w.check_memory()?;
        for (i, _) in &exited {
            w.unbind_all(*i)?;
            w.procs[*i].p.reclaim();
        }
        w.check_memory()?;
        for &i in &who {
            if !w.procs[i].exited {
                w.unbind_all(i)?;
            }
        }
    }
    Ok(())
}

/// One part as a job on a backend.
struct PartJob<'o> {
    part: Part,
    options: &'o StressOptions,
}

impl SvaJob for PartJob<'_> {
    type Out = PartReport;
    fn run<M: Mmio, D: DmaMemory>(
        self,
        link: &dyn Link,
        sva: &mut Sva<M, D>,
        memory: Rc<dyn DmaMemory>,
        functions: &[Function],
    ) -> Result<PartReport, DemoError> {
        let wall = Instant::now();
        let start = link.cycle();
        let o = self.options;
        let mut w = World::new(link, sva, memory, functions, self.part, o)?;
        match self.part {
            Part::Isolation => isolation(&mut w, o)?,
            Part::Storm => storm(&mut w, o)?,
            Part::Churn => churn(&mut w, o, (o.dmas / o.in_flight.max(1) as u64).clamp(4, 64))?,
            Part::Exit => {
                exit_storm(&mut w, o, (o.dmas / (o.in_flight.max(1) as u64 * 16)).clamp(2, 16))?
            }
        }
        w.teardown()?;
        let mut r = std::mem::take(&mut w.r);
        r.cycles = link.cycle() - start;
        r.wall_seconds = wall.elapsed().as_secs_f64();
        Ok(r)
    }
}

/// The backend options of a part: the storm's functions retry translations long enough to
/// outlast the overflow, and its page-request queue is small.
fn backend_options(o: &StressOptions, part: Part) -> Options {
    let mut b = Options::new(o.backend);
    // Refused TLPs are violations in the part's report (`World::check_link`).
    b.refused_fails = false;
    if let Some((path, from)) = &o.trace {
        // One waveform per part: the part's name before the extension.
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let ext =
            path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or("fst".into());
        b.trace = Some(path.with_file_name(format!("{stem}-{part:?}.{ext}").to_lowercase()));
        b.trace_from = *from;
    }
    // Room for the fault records of a batch of plain requests: none lost, none missing.
    b.fault_queue_entries = Some(o.fault_queue_entries);
    if o.sabotage == Some(Sabotage::ShortCompletionTimeout) {
        for f in &mut b.functions {
            f.completion_timeout = 40;
        }
    }
    if part == Part::Storm {
        b.functions = vec![
            FunctionConfig {
                translation_attempts: STORM_ATTEMPTS,
                completion_timeout: STORM_COMPLETION_TIMEOUT,
                ..FunctionConfig::default()
            };
            2
        ];
        b.page_request_queue_entries = Some(STORM_PQ_ENTRIES);
    }
    b
}

/// Run the parts; a violation does not stop the run (the report counts them).
pub fn run(o: &StressOptions) -> Result<StressReport, DemoError> {
    let mut report = StressReport::default();
    for &part in &o.parts {
        if o.verbose {
            eprintln!("== {part:?} on {:?}", o.backend);
        }
        let r = with_backend(&backend_options(o, part), PartJob { part, options: o })?;
        report.violations += r.violations;
        report.parts.push(r);
    }
    Ok(report)
}
