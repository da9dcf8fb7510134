//! Shared virtual addressing end to end: the project's main job (`cargo xtask demo`,
//! `cosim demo`).
//!
//! Several processes bind to a PCIe device; the device works in buffers the CPU never
//! touched, so every page arrives through the page-request path:
//!
//! ```text
//! device work item -> ATS Translation Request -> IOMMU: no permission (page not present)
//!   -> device: Page Request (PRI, PASID prefix) -> root port -> IOMMU page-request queue
//!   -> interrupt -> driver (driver::sva, handle_page_requests) -> process model fault-in
//!   -> ATS.PRGR command -> PRG Response message -> device retries the translation -> DMA
//! ```
//!
//! A process exits while the device works for it: its requests are answered Invalid, nothing
//! crashes, its PASID is not handed out again until the device driver unbinds. Everything
//! unbinds cleanly at the end, and the run ends with one JSON line ([`Summary`]).
//!
//! The scenario ([`scenario`]) is written once over [`Link`]; the backends:
//! - [`rtl`]: the RTL (`kit_sim_top`: root port + IOMMU) in Verilator, the endpoint model on
//!   its link, the driver over the ECAM and IOMMU windows;
//! - [`model_rc`]: the reference model (`iommu-model`) behind a Rust root complex that
//!   carries the same TLPs between the same endpoint model and the model.

pub mod bench;
pub mod model_rc;
pub mod rtl;
pub mod timeline;

use std::cell::Cell;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Instant;

use driver::dma::DmaMemory;
use driver::mmio::Mmio;
use driver::sva::{BindError, BindFlags, Bond, PageRequestStats, Sva, SvaError};
use pcie_endpoint::{FunctionConfig, Job, JobError, JobId, JobState, Pasid, WorkOp};
use process_model::{Perms, Process, ProcessError};
use serde::Serialize;
use thiserror::Error;

use crate::endpoint_link::SharedDevice;
use crate::kit::KitError;

/// Which IOMMU the scenario runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// The RTL (root port + IOMMU) in Verilator.
    Rtl,
    /// The reference model behind a Rust root complex.
    Model,
}

/// How to run the demo.
#[derive(Clone, Debug)]
pub struct Options {
    /// The backend.
    pub backend: Backend,
    /// Write an FST waveform here (RTL backend).
    pub trace: Option<PathBuf>,
    /// The waveform's first cycle (0: from the start).
    pub trace_from: u64,
    /// A TLP the endpoint refused fails the run at its end (RTL backend). A job that
    /// counts them itself ([`Link::refused`]) turns this off to keep its report.
    pub refused_fails: bool,
    /// Show progress (a bar on a terminal, plain lines otherwise) and the steps.
    pub verbose: bool,
    /// The endpoint's functions (at least two for the demo).
    pub functions: Vec<FunctionConfig>,
    /// Page-request queue entries the driver allocates (None: the driver's default).
    pub page_request_queue_entries: Option<u32>,
    /// Fault queue entries the driver allocates (None: the driver's default).
    pub fault_queue_entries: Option<u32>,
}

impl Options {
    /// The demo's defaults on `backend`: two default functions, quiet.
    pub fn new(backend: Backend) -> Self {
        Options {
            backend,
            trace: None,
            trace_from: 0,
            refused_fails: true,
            verbose: false,
            functions: vec![FunctionConfig::default(); 2],
            page_request_queue_entries: None,
            fault_queue_entries: None,
        }
    }

    /// The driver's IOMMU configuration for these options.
    pub fn iommu_config(&self) -> driver::iommu::Config {
        let mut c = driver::iommu::Config { device_id_bits: 16, ..Default::default() };
        if let Some(n) = self.page_request_queue_entries {
            c.page_request_queue_entries = n;
        }
        if let Some(n) = self.fault_queue_entries {
            c.fault_queue_entries = n;
        }
        c
    }
}

/// Why the demo stopped.
#[derive(Debug, Error)]
pub enum DemoError {
    /// The co-simulation.
    #[error(transparent)]
    Kit(#[from] KitError),
    /// The SVA layer.
    #[error("sva: {0}")]
    Sva(#[from] SvaError),
    /// A bind was refused.
    #[error("bind: {0}")]
    Bind(#[from] BindError),
    /// The process model.
    #[error("process: {0}")]
    Process(#[from] ProcessError),
    /// The endpoint refused a job.
    #[error("device job: {0}")]
    Job(#[from] JobError),
    /// The IOMMU layer.
    #[error("iommu: {0}")]
    Iommu(#[from] driver::iommu::Error),
    /// The PCI layer.
    #[error("pci: {0}")]
    Pci(#[from] driver::pci::Error),
    /// Host memory.
    #[error("memory: {0}")]
    Dma(driver::dma::DmaError),
    /// A check of the scenario failed.
    #[error("check failed: {0}")]
    Check(String),
    /// Something did not finish in time.
    #[error("{what} did not finish within {cycles} cycles")]
    Timeout {
        /// What.
        what: String,
        /// The budget.
        cycles: u64,
    },
    /// The backend cannot do what was asked.
    #[error("{0}")]
    Unsupported(&'static str),
}

impl From<driver::dma::DmaError> for DemoError {
    fn from(e: driver::dma::DmaError) -> Self {
        DemoError::Dma(e)
    }
}

fn check(ok: bool, what: impl FnOnce() -> String) -> Result<(), DemoError> {
    if ok {
        Ok(())
    } else {
        Err(DemoError::Check(what()))
    }
}

/// The far side of the driver: time, the IOMMU's interrupt wires, the device.
pub trait Link {
    /// Let `cycles` clock cycles pass (the device, the link and the IOMMU work).
    fn run(&self, cycles: u64) -> Result<(), DemoError>;
    /// Cycles so far.
    fn cycle(&self) -> u64;
    /// The IOMMU's wired-interrupt outputs (bit v: vector v pending).
    fn interrupts(&self) -> Result<u16, DemoError>;
    /// The endpoint.
    fn device(&self) -> &SharedDevice;
    /// Run until what the device sent has reached memory (posted writes are done for the
    /// device when sent).
    fn settle(&self) -> Result<(), DemoError>;
    /// The simulation, on the RTL backend (for instrumentation: pins, observations).
    fn harness(&self) -> Option<&crate::harness::Harness> {
        None
    }
    /// TLPs of the root port the endpoint refused so far, as text (the RTL backend keeps
    /// them; the model backend stops at the first with an error).
    fn refused(&self) -> Vec<String> {
        Vec::new()
    }
}

/// What the run did (the last line of the demo's output, as JSON).
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Summary {
    /// The backend.
    pub backend: String,
    /// Processes that bound to the device.
    pub processes: u32,
    /// Distinct PASIDs handed out.
    pub pasids: u32,
    /// Page-request records the driver read (Stop Markers included).
    pub page_requests: u64,
    /// PRG responses the driver sent.
    pub prg_responses: u64,
    /// Of those, Success.
    pub prg_success: u64,
    /// Of those, Invalid Request.
    pub prg_invalid: u64,
    /// Stop Markers seen.
    pub stop_markers: u64,
    /// Pages the process model populated on the device's behalf.
    pub pages_faulted_in: u64,
    /// Bytes compared equal (device read-back and the CPU's view of the process).
    pub bytes_verified: u64,
    /// Fault records nobody expected (must be 0).
    pub unexpected_faults: u64,
    /// Fault records of exited address spaces, handled quietly.
    pub quiet_faults: u64,
    /// Simulated cycles.
    pub sim_cycles: u64,
    /// Simulated cycles per page faulted in (the whole run over its pages).
    pub cycles_per_fault: f64,
    /// Wall-clock seconds.
    pub wall_seconds: f64,
}

/// Progress: a bar on a terminal, plain lines otherwise, nothing when quiet.
pub(crate) struct Progress {
    bar: Option<indicatif::ProgressBar>,
    verbose: bool,
    steps: Cell<u64>,
}

/// Steps of the scenario (the progress bar's length).
const STEPS: u64 = 7;

impl Progress {
    fn new(verbose: bool) -> Self {
        let bar = (verbose && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(STEPS);
            let style = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}").ok();
            if let Some(style) = style {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, verbose, steps: Cell::new(0) }
    }

    /// A new step.
    fn step(&self, what: &str) {
        self.steps.set(self.steps.get() + 1);
        match &self.bar {
            Some(bar) => {
                bar.set_position(self.steps.get());
                bar.set_message(what.to_string());
            }
            None if self.verbose => println!("== {}/{STEPS} {what}", self.steps.get()),
            None => {}
        }
    }

    /// A detail line.
    fn say(&self, line: String) {
        match &self.bar {
            Some(bar) => bar.println(format!("   {line}")),
            None if self.verbose => println!("   {line}"),
            None => {}
        }
    }

    /// Live status while waiting.
    fn status(&self, line: impl FnOnce() -> String) {
        if let Some(bar) = &self.bar {
            bar.set_message(line());
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// One endpoint function the scenario may use, as the backend set it up.
#[derive(Clone, Copy, Debug)]
pub struct Function {
    /// Function number on the device.
    pub func: u8,
    /// device_id the IOMMU sees.
    pub device_id: u32,
}

/// Buffers of the processes: every process maps this range (user, read/write).
pub(crate) const BUF_VA: u64 = 0x0000_1000_0000;
/// Bytes mapped per process.
const BUF_LEN: u64 = 256 * 1024;
/// Cycles between two looks at the interrupt wires.
const POLL: u64 = 16;
/// Cycle budget of one wait.
const BUDGET: u64 = 4_000_000;

/// The driver's side of a run: the SVA layer serving the IOMMU while the link runs.
pub struct Session<'a, M: Mmio, D: DmaMemory> {
    /// The link.
    pub link: &'a dyn Link,
    /// The SVA layer.
    pub sva: &'a mut Sva<M, D>,
    progress: Progress,
    /// Page-request handling so far.
    pub totals: PageRequestStats,
    /// Fault records nobody expected.
    pub unexpected: u64,
    /// Fault records of exited address spaces.
    pub quiet: u64,
    /// Bytes compared equal.
    pub verified: u64,
    /// Cycle at which the jobs of the last [`Session::wait`] had all ended (before their
    /// writes settled).
    pub last_done: u64,
    /// Cycles between two looks at the interrupt wires (the driver's interrupt latency).
    pub poll: u64,
}

impl<'a, M: Mmio, D: DmaMemory> Session<'a, M, D> {
    /// A session over `link` and `sva`, printing its steps when `verbose`.
    pub fn new(link: &'a dyn Link, sva: &'a mut Sva<M, D>, verbose: bool) -> Self {
        Session {
            link,
            sva,
            progress: Progress::new(verbose),
            totals: PageRequestStats::default(),
            unexpected: 0,
            quiet: 0,
            verified: 0,
            last_done: 0,
            poll: POLL,
        }
    }

    /// Serve the IOMMU: page requests and faults, when an interrupt is pending.
    pub fn serve(&mut self) -> Result<(), DemoError> {
        if self.link.interrupts()? == 0 {
            return Ok(());
        }
        self.totals += self.sva.handle_page_requests()?;
        let faults = self.sva.handle_faults()?;
        for r in &faults.reports {
            self.progress.say(format!(
                "unexpected fault: cause {} device {:#x} PASID {:?} iotval {:#x}",
                r.cause.0, r.device_id, r.pasid, r.iotval
            ));
        }
        self.unexpected += faults.reports.len() as u64;
        self.quiet += faults.quiet;
        Ok(())
    }

    /// Run, serving the IOMMU, until every job in `ids` has ended and its writes have
    /// reached memory.
    pub fn wait(&mut self, ids: &[JobId], what: &str) -> Result<Vec<JobState>, DemoError> {
        let start = self.link.cycle();
        loop {
            let states: Vec<JobState> = {
                let dev = self.link.device().borrow();
                ids.iter().map(|id| dev.job(*id).cloned().unwrap_or(JobState::Pending)).collect()
            };
            if states.iter().all(|s| !matches!(s, JobState::Pending)) {
                self.last_done = self.link.cycle();
                self.link.settle()?;
                return Ok(states);
            }
            if self.link.cycle() - start >= BUDGET {
                return Err(DemoError::Timeout { what: what.to_string(), cycles: BUDGET });
            }
            self.link.run(self.poll)?;
            self.serve()?;
            let (cycle, prs) = (self.link.cycle(), self.totals.requests);
            self.progress.status(|| format!("{what}: cycle {cycle}, {prs} page requests"));
        }
    }

    /// Submit a job to function `func` of the device.
    pub fn submit(&self, func: u8, job: Job) -> Result<JobId, DemoError> {
        Ok(self.link.device().borrow_mut().submit(func, job)?)
    }
}

/// The bytes process `p` writes: distinct per process and position.
fn pattern(p: u64, len: usize) -> Vec<u8> {
    (0..len as u64).map(|i| (i.wrapping_mul(131) ^ (p * 0x5d + 7)) as u8).collect()
}

/// The bond's PASID as the device takes it.
pub fn pasid(bond: Bond) -> Result<Pasid, DemoError> {
    Pasid::new(bond.pasid()).map_err(|e| DemoError::Check(e.to_string()))
}

/// The scenario, on any backend: `functions` are endpoint functions the backend enabled
/// (PASID, ATS, PRI, bus master) and registered with `sva`; `memory` is the host memory the
/// processes' page tables and pages live in.
pub fn scenario<M: Mmio, D: DmaMemory>(
    link: &dyn Link,
    sva: &mut Sva<M, D>,
    memory: Rc<dyn DmaMemory>,
    functions: &[Function],
    verbose: bool,
) -> Result<Summary, DemoError> {
    let wall = Instant::now();
    let start = link.cycle();
    let (f0, f1) = match functions {
        [a, b, ..] => (*a, *b),
        _ => return Err(DemoError::Check("the scenario needs two device functions".into())),
    };
    let mut run = Session::new(link, sva, verbose);

    run.progress.step("three processes bind to the device");
    let procs: Vec<Rc<Process>> =
        (0..3).map(|_| Process::new(memory.clone())).collect::<Result<_, _>>()?;
    for p in &procs {
        p.mmap(BUF_VA, BUF_LEN, Perms::RW)?;
    }
    let b0 = run.sva.bind(f0.device_id, procs[0].clone(), BindFlags::default())?;
    let b1 = run.sva.bind(f0.device_id, procs[1].clone(), BindFlags::default())?;
    let b2 = run.sva.bind(f1.device_id, procs[2].clone(), BindFlags::default())?;
    // The same address space on the other function: the same (system-wide) PASID.
    let b0f1 = run.sva.bind(f1.device_id, procs[0].clone(), BindFlags::default())?;
    check(b0f1.pasid() == b0.pasid(), || {
        format!("process 0 got PASID {:#x} and {:#x} on two functions", b0.pasid(), b0f1.pasid())
    })?;
    let mut pasids = std::collections::BTreeSet::new();
    for (i, b) in [b0, b1, b2].iter().enumerate() {
        pasids.insert(b.pasid());
        run.progress.say(format!(
            "process {i}: PASID {:#x} on device {:#06x}{}",
            b.pasid(),
            b.device_id(),
            if i == 0 { format!(", and on {:#06x}", b0f1.device_id()) } else { String::new() }
        ));
    }
    check(pasids.len() == 3, || "three address spaces, three PASIDs".into())?;

    run.progress.step("the device writes buffers the CPU never touched");
    let writes = [(f0, b0, 0, 0x123usize, 10_000usize), (f0, b1, 1, 0x456, 20_000)];
    let mut ids = Vec::new();
    for &(f, b, p, off, len) in &writes {
        let op = WorkOp::Write { addr: BUF_VA + off as u64, data: pattern(p, len) };
        ids.push(run.submit(f.func, Job::work(vec![op]).pasid(pasid(b)?))?);
    }
    let t = link.cycle();
    let states = run.wait(&ids, "writes")?;
    for (s, &(_, _, p, _, _)) in states.iter().zip(&writes) {
        check(matches!(s, JobState::Done { .. }), || format!("process {p} write: {s:?}"))?;
    }
    run.progress.say(format!(
        "{} bytes written in {} cycles, {} page requests, {} groups answered",
        writes.iter().map(|w| w.4).sum::<usize>(),
        link.cycle() - t,
        run.totals.requests,
        run.totals.groups
    ));

    run.progress.step("read back by the device and by the CPU");
    let mut ids = Vec::new();
    for &(f, b, _, off, len) in &writes {
        let op = WorkOp::Read { addr: BUF_VA + off as u64, len };
        ids.push(run.submit(f.func, Job::work(vec![op]).pasid(pasid(b)?))?);
    }
    let states = run.wait(&ids, "reads")?;
    for (s, &(_, _, p, off, len)) in states.iter().zip(&writes) {
        let want = pattern(p, len);
        check(matches!(s, JobState::Done { data: Some(d) } if *d == want), || {
            format!("process {p}: the device read back other bytes")
        })?;
        let mut cpu = vec![0u8; len];
        procs[p as usize].read(BUF_VA + off as u64, &mut cpu)?;
        check(cpu == want, || format!("process {p}: the CPU sees other bytes"))?;
        run.verified += 2 * len as u64;
    }
    // Process 0's buffer through the other function: same PASID, same pages.
    let op = WorkOp::Read { addr: BUF_VA + 0x123, len: 10_000 };
    let id = run.submit(f1.func, Job::work(vec![op]).pasid(pasid(b0f1)?))?;
    let s = run.wait(&[id], "read on the second function")?;
    check(matches!(&s[0], JobState::Done { data: Some(d) } if *d == pattern(0, 10_000)), || {
        "process 0 through the second function: other bytes".into()
    })?;
    run.verified += 10_000;
    run.progress.say(format!("{} bytes equal, device and CPU", run.verified));

    run.progress.step("process 2 exits while the device writes for it");
    let len = 96 * 1024;
    let op = WorkOp::Write { addr: BUF_VA, data: pattern(2, len) };
    let id = run.submit(f1.func, Job::work(vec![op]).pasid(pasid(b2)?))?;
    let t = link.cycle();
    while procs[2].populated_pages() < 3 {
        if link.cycle() - t >= BUDGET {
            return Err(DemoError::Timeout {
                what: "process 2's first pages".into(),
                cycles: BUDGET,
            });
        }
        link.run(POLL)?;
        run.serve()?;
    }
    let gone = procs[2].exit()?;
    run.sva.address_space_exited(gone.space)?;
    run.progress.say(format!(
        "process 2 exited at cycle {} with {} pages populated",
        link.cycle(),
        procs[2].populated_pages()
    ));
    let s = run.wait(&[id], "the exited process's work")?;
    check(matches!(s[0], JobState::Failed(_)), || format!("work after exit: {:?}", s[0]))?;
    run.progress.say(format!("its work item ended: {:?}", s[0]));
    check(run.sva.pasids().owner(b2.pasid()).is_some(), || {
        "the exited process's PASID was freed before unbind".into()
    })?;
    // A new process now: it must not get the exited process's PASID.
    let p3 = Process::new(memory.clone())?;
    p3.mmap(BUF_VA, BUF_LEN, Perms::RW)?;
    let b3 = run.sva.bind(f1.device_id, p3.clone(), BindFlags::default())?;
    check(b3.pasid() != b2.pasid(), || "the exited process's PASID was reused".into())?;
    pasids.insert(b3.pasid());
    let data = pattern(3, 5000);
    let op = WorkOp::Write { addr: BUF_VA + 0x800, data: data.clone() };
    let id = run.submit(f1.func, Job::work(vec![op]).pasid(pasid(b3)?))?;
    let s = run.wait(&[id], "process 3's write")?;
    check(matches!(s[0], JobState::Done { .. }), || format!("process 3 write: {:?}", s[0]))?;
    let mut cpu = vec![0u8; data.len()];
    p3.read(BUF_VA + 0x800, &mut cpu)?;
    check(cpu == data, || "process 3: the CPU sees other bytes".into())?;
    run.verified += data.len() as u64;
    run.progress.say(format!(
        "process 3 bound meanwhile: PASID {:#x} (not {:#x}), its write landed",
        b3.pasid(),
        b2.pasid()
    ));

    run.progress.step("the device driver stops PASID of process 2, then unbinds it");
    let stop = run.link.device().borrow_mut().stop_pasid(f1.func, pasid(b2)?)?;
    let s = run.wait(&[stop], "the Stop Marker")?;
    check(matches!(s[0], JobState::Done { .. }), || format!("stop: {:?}", s[0]))?;
    unbind(&mut run, b2)?;
    check(run.sva.pasids().owner(b2.pasid()).is_none(), || {
        "the PASID of process 2 is still allocated after unbind".into()
    })?;
    run.progress.say(format!("PASID {:#x} free again", b2.pasid()));

    run.progress.step("everything unbinds");
    for (f, b) in [(f0, b0), (f0, b1), (f1, b0f1), (f1, b3)] {
        let stop = run.link.device().borrow_mut().stop_pasid(f.func, pasid(b)?)?;
        run.wait(&[stop], "a Stop Marker")?;
        unbind(&mut run, b)?;
    }
    check(run.sva.pasids().allocated() == 0, || {
        format!("{} PASIDs still allocated", run.sva.pasids().allocated())
    })?;
    run.serve()?;

    run.progress.step("done");
    run.progress.finish();
    let faulted: u64 =
        procs.iter().map(|p| p.populated_pages()).sum::<u64>() + p3.populated_pages();
    let sim_cycles = link.cycle() - start;
    let t = run.totals;
    Ok(Summary {
        backend: String::new(),
        processes: 4,
        pasids: pasids.len() as u32,
        page_requests: t.requests,
        prg_responses: t.groups,
        prg_success: t.success,
        prg_invalid: t.invalid,
        stop_markers: t.stop_markers,
        pages_faulted_in: faulted,
        bytes_verified: run.verified,
        unexpected_faults: run.unexpected,
        quiet_faults: run.quiet,
        sim_cycles,
        cycles_per_fault: if faulted == 0 { 0.0 } else { sim_cycles as f64 / faulted as f64 },
        wall_seconds: wall.elapsed().as_secs_f64(),
    })
}

/// Times an unbind is resumed after a wait it gave up on (the device still answering the
/// ATS.INVAL, or a group of the PASID still open).
const UNBIND_RESUMES: u32 = 100;

/// Unbind, letting the link run between the drains it makes, and resuming it while it only
/// waits for the device (`unbind_with` keeps its progress).
pub fn unbind<M: Mmio, D: DmaMemory>(
    run: &mut Session<'_, M, D>,
    bond: Bond,
) -> Result<(), DemoError> {
    let link = run.link;
    let mut wait = || {
        let _ = link.run(POLL);
    };
    let mut resumes = 0;
    loop {
        match run.sva.unbind_with(bond, &mut wait) {
            Ok(()) => return Ok(()),
            Err(
                SvaError::DrainTimeout { .. }
                | SvaError::Iommu(driver::iommu::Error::Timeout(
                    driver::iommu::Wait::FenceCompletion,
                )),
            ) if resumes < UNBIND_RESUMES => {
                resumes += 1;
                link.run(POLL * 16)?;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Work to do once a backend is up: the driver's SVA layer over its IOMMU, the endpoint
/// functions registered with it, host memory for the processes.
pub trait SvaJob {
    /// What the work returns.
    type Out;
    /// Do it.
    fn run<M: Mmio, D: DmaMemory>(
        self,
        link: &dyn Link,
        sva: &mut Sva<M, D>,
        memory: Rc<dyn DmaMemory>,
        functions: &[Function],
    ) -> Result<Self::Out, DemoError>;
}

/// Bring `backend` up (enumeration or configuration writes, PASID / ATS / PRI / bus
/// mastering on each function, the IOMMU, the SVA layer with one system-wide PASID
/// allocator) and run `job` on it.
pub fn with_backend<J: SvaJob>(options: &Options, job: J) -> Result<J::Out, DemoError> {
    match options.backend {
        Backend::Rtl => rtl::with_kit(options, job),
        Backend::Model => model_rc::with_model(options, job),
    }
}

/// The demo's scenario as a job.
struct Demo {
    verbose: bool,
}

impl SvaJob for Demo {
    type Out = Summary;
    fn run<M: Mmio, D: DmaMemory>(
        self,
        link: &dyn Link,
        sva: &mut Sva<M, D>,
        memory: Rc<dyn DmaMemory>,
        functions: &[Function],
    ) -> Result<Summary, DemoError> {
        scenario(link, sva, memory, functions, self.verbose)
    }
}

/// Run the demo on the chosen backend; the summary's JSON is the caller's to print.
pub fn run(options: &Options) -> Result<Summary, DemoError> {
    let mut summary = with_backend(options, Demo { verbose: options.verbose })?;
    summary.backend = match options.backend {
        Backend::Rtl => "rtl".into(),
        Backend::Model => "model".into(),
    };
    Ok(summary)
}
