//! Shared virtual addressing end to end, each behaviour on both backends: the RTL kit
//! (`kit_sim_top`: root port + IOMMU in Verilator, `*_on_rtl`) and the reference model behind
//! the Rust root complex (`*_on_model`), with the same endpoint model and the same driver.
//! Every page the device touches arrives through the page-request path.

use std::rc::Rc;

use cosim::sva::{
    pasid, unbind, with_backend, Backend, DemoError, Function, Link, Options, Session, SvaJob,
};
use driver::dma::DmaMemory;
use driver::mmio::Mmio;
use driver::sva::{AddressSpace, BindError, BindFlags, PasidOwner, Sva};
use pcie_endpoint::{FunctionConfig, InvalidationResponse, Job, JobError, JobState, WorkOp};
use process_model::{Perms, Process};

/// Where the tests' processes map their buffers.
const VA: u64 = 0x0000_2000_0000;
const PAGE: u64 = 4096;

/// A test body as a job: what it checks, on the session it gets.
struct Body<F>(F);

impl<F> SvaJob for Body<F>
where
    F: FnOnce(&mut dyn Ctx) -> Result<(), DemoError>,
{
    type Out = ();
    fn run<M: Mmio, D: DmaMemory>(
        self,
        link: &dyn Link,
        sva: &mut Sva<M, D>,
        memory: Rc<dyn DmaMemory>,
        functions: &[Function],
    ) -> Result<(), DemoError> {
        let mut s = Session::new(link, sva, false);
        let mut ctx = Context { s: &mut s, memory, functions: functions.to_vec() };
        (self.0)(&mut ctx)
    }
}

/// What a test body may do (object-safe over the driver's generic SVA layer).
trait Ctx {
    fn memory(&self) -> Rc<dyn DmaMemory>;
    fn function(&self, i: usize) -> Function;
    fn bind(
        &mut self,
        f: Function,
        p: &Rc<Process>,
        flags: BindFlags,
    ) -> Result<driver::sva::Bond, BindError>;
    fn capable(&self, f: Function, p: &Rc<Process>, flags: BindFlags) -> Result<(), BindError>;
    fn unbind(&mut self, b: driver::sva::Bond) -> Result<(), DemoError>;
    fn invalidate(&mut self, p: &Process, start: u64, len: u64) -> Result<(), DemoError>;
    fn exited(&mut self, p: &Process) -> Result<(), DemoError>;
    fn owner(&self, pasid: u32) -> Option<PasidOwner>;
    fn allocated(&self) -> usize;
    fn run_job(&mut self, f: Function, job: Job) -> Result<JobState, DemoError>;
    fn run_jobs(&mut self, jobs: Vec<(Function, Job)>) -> Result<Vec<JobState>, DemoError>;
    fn submit(&mut self, f: Function, job: Job) -> Result<pcie_endpoint::JobId, DemoError>;
    fn wait(&mut self, id: pcie_endpoint::JobId) -> Result<JobState, DemoError>;
    fn cycles(&mut self, n: u64) -> Result<(), DemoError>;
    fn interrupts(&self) -> Result<u16, DemoError>;
    fn link(&self) -> &dyn Link;
    fn totals(&self) -> driver::sva::PageRequestStats;
    fn unexpected_faults(&self) -> u64;
}

struct Context<'s, 'a, M: Mmio, D: DmaMemory> {
    s: &'s mut Session<'a, M, D>,
    memory: Rc<dyn DmaMemory>,
    functions: Vec<Function>,
}

impl<M: Mmio, D: DmaMemory> Ctx for Context<'_, '_, M, D> {
    fn memory(&self) -> Rc<dyn DmaMemory> {
        self.memory.clone()
    }
    fn function(&self, i: usize) -> Function {
        self.functions[i]
    }
    fn bind(
        &mut self,
        f: Function,
        p: &Rc<Process>,
        flags: BindFlags,
    ) -> Result<driver::sva::Bond, BindError> {
        self.s.sva.bind(f.device_id, p.clone() as Rc<dyn AddressSpace>, flags)
    }
    fn capable(&self, f: Function, p: &Rc<Process>, flags: BindFlags) -> Result<(), BindError> {
        self.s.sva.capable(f.device_id, &**p, flags)
    }
    fn unbind(&mut self, b: driver::sva::Bond) -> Result<(), DemoError> {
        unbind(self.s, b)
    }
    fn invalidate(&mut self, p: &Process, start: u64, len: u64) -> Result<(), DemoError> {
        Ok(self.s.sva.invalidate(p.id(), start, len)?)
    }
    fn exited(&mut self, p: &Process) -> Result<(), DemoError> {
        Ok(self.s.sva.address_space_exited(p.id())?)
    }
    fn owner(&self, pasid: u32) -> Option<PasidOwner> {
        self.s.sva.pasids().owner(pasid)
    }
    fn allocated(&self) -> usize {
        self.s.sva.pasids().allocated()
    }
    fn run_job(&mut self, f: Function, job: Job) -> Result<JobState, DemoError> {
        Ok(self.run_jobs(vec![(f, job)])?.remove(0))
    }
    fn run_jobs(&mut self, jobs: Vec<(Function, Job)>) -> Result<Vec<JobState>, DemoError> {
        let mut ids = Vec::new();
        for (f, job) in jobs {
            ids.push(self.s.submit(f.func, job)?);
        }
        self.s.wait(&ids, "test jobs")
    }
    fn submit(&mut self, f: Function, job: Job) -> Result<pcie_endpoint::JobId, DemoError> {
        self.s.submit(f.func, job)
    }
    fn wait(&mut self, id: pcie_endpoint::JobId) -> Result<JobState, DemoError> {
        Ok(self.s.wait(&[id], "a test job")?.remove(0))
    }
    fn cycles(&mut self, n: u64) -> Result<(), DemoError> {
        self.s.link.run(n)
    }
    fn interrupts(&self) -> Result<u16, DemoError> {
        self.s.link.interrupts()
    }
    fn link(&self) -> &dyn Link {
        self.s.link
    }
    fn totals(&self) -> driver::sva::PageRequestStats {
        self.s.totals
    }
    fn unexpected_faults(&self) -> u64 {
        self.s.unexpected
    }
}

fn on(
    backend: Backend,
    options: Option<Options>,
    body: impl FnOnce(&mut dyn Ctx) -> Result<(), DemoError>,
) {
    let options = options.unwrap_or_else(|| Options::new(backend));
    with_backend(&options, Body(body)).unwrap_or_else(|e| panic!("{backend:?}: {e}"));
}

fn write(b: driver::sva::Bond, addr: u64, data: Vec<u8>) -> Job {
    Job::work(vec![WorkOp::Write { addr, data }]).pasid(pasid(b).unwrap())
}

fn read(b: driver::sva::Bond, addr: u64, len: usize) -> Job {
    Job::work(vec![WorkOp::Read { addr, len }]).pasid(pasid(b).unwrap())
}

fn bytes(seed: u8, len: usize) -> Vec<u8> {
    (0..len).map(|i| (i as u8).wrapping_mul(29) ^ seed).collect()
}

fn check(ok: bool, what: &str) -> Result<(), DemoError> {
    if ok {
        Ok(())
    } else {
        Err(DemoError::Check(what.to_string()))
    }
}

fn done(s: &JobState) -> bool {
    matches!(s, JobState::Done { .. })
}

// ---------------------------------------------------------------------------------------------
// The demo
// ---------------------------------------------------------------------------------------------

fn the_demo(backend: Backend) {
    let s = cosim::sva::run(&Options::new(backend)).unwrap_or_else(|e| panic!("demo: {e}"));
    assert_eq!(s.processes, 4);
    assert_eq!(s.pasids, 4);
    assert_eq!(s.bytes_verified, 75_000, "{s:?}");
    assert_eq!(s.unexpected_faults, 0, "{s:?}");
    // Process 2's work after its exit is answered Invalid; all other groups Success.
    assert!(s.prg_invalid >= 1, "{s:?}");
    assert_eq!(s.prg_responses, s.prg_success + s.prg_invalid, "{s:?}");
    // One Stop Marker per bond the device stopped (process 2, then the four at the end).
    assert_eq!(s.stop_markers, 5, "{s:?}");
    // Every populated page came through a page request (10,000 + 20,000 + 5,000 bytes span
    // 4 + 6 + 2 pages, plus the exited process's first pages).
    assert!(s.pages_faulted_in >= 15, "{s:?}");
    assert!(s.page_requests >= s.pages_faulted_in, "{s:?}");
}

#[test]
fn the_demo_on_model() {
    the_demo(Backend::Model);
}

#[test]
fn the_demo_on_rtl() {
    the_demo(Backend::Rtl);
}

// ---------------------------------------------------------------------------------------------
// Invalidation after unmap: the device can no longer reach the page, through its ATC or
// otherwise
// ---------------------------------------------------------------------------------------------

fn invalidation_after_unmap(backend: Backend) {
    on(backend, None, |c| {
        let f = c.function(0);
        let p = Process::new(c.memory())?;
        p.mmap(VA, 4 * PAGE, Perms::RW)?;
        let b = c.bind(f, &p, BindFlags::default())?;
        let s = c.run_job(f, write(b, VA, bytes(1, 4 * PAGE as usize)))?;
        check(done(&s), "the first write")?;
        let victim = VA + PAGE;
        let frame = p.translate(victim).ok_or_else(|| DemoError::Check("no frame".into()))?;
        let pas = pasid(b)?;
        check(
            c.link()
                .device()
                .borrow()
                .atc(f.func)
                .is_some_and(|a| a.peek(Some(pas), false, victim).is_some()),
            "the device caches the page's translation",
        )?;
        let inv = p.munmap(victim, PAGE)?;
        c.invalidate(&p, inv.start, inv.len)?;
        check(
            c.link()
                .device()
                .borrow()
                .atc(f.func)
                .is_some_and(|a| a.peek(Some(pas), false, victim).is_none()),
            "the ATC entry survived the invalidation",
        )?;
        // The device tries again: no translation, a page request answered Invalid, nothing
        // written to the old frame.
        let s = c.run_job(f, write(b, victim, vec![0xEE; 64]))?;
        check(
            matches!(s, JobState::Failed(JobError::PageResponse(_))),
            &format!("a write to the unmapped page: {s:?}"),
        )?;
        let mut old = vec![0u8; PAGE as usize];
        c.memory().read(frame, &mut old)?;
        check(
            old == bytes(1, 4 * PAGE as usize)[PAGE as usize..2 * PAGE as usize],
            "the old frame changed",
        )?;
        // The neighbours still work.
        let s = c.run_job(f, read(b, VA, 64))?;
        check(
            matches!(&s, JobState::Done { data: Some(d) } if d[..] == bytes(1, 64)[..]),
            "a neighbour",
        )?;
        let stop = c.link().device().borrow_mut().stop_pasid(f.func, pas)?;
        c.wait(stop)?;
        c.unbind(b)?;
        check(c.unexpected_faults() == 0, "unexpected faults")
    });
}

#[test]
fn invalidation_after_unmap_on_model() {
    invalidation_after_unmap(Backend::Model);
}

#[test]
fn invalidation_after_unmap_on_rtl() {
    invalidation_after_unmap(Backend::Rtl);
}

// ---------------------------------------------------------------------------------------------
// Private PASIDs, supervisor bonds, capability refusal, PASID reuse only after unbind
// ---------------------------------------------------------------------------------------------

fn private_pasids(backend: Backend) {
    on(backend, None, |c| {
        let f = c.function(0);
        let p = Process::new(c.memory())?;
        p.mmap(VA, 4 * PAGE, Perms::RW)?;
        let shared = c.bind(f, &p, BindFlags::default())?;
        let private = BindFlags { private_pasid: true, ..BindFlags::default() };
        let a = c.bind(f, &p, private)?;
        let b = c.bind(f, &p, private)?;
        let pasids = [shared.pasid(), a.pasid(), b.pasid()];
        check(
            pasids[0] != pasids[1] && pasids[1] != pasids[2] && pasids[0] != pasids[2],
            "three PASIDs",
        )?;
        check(
            matches!(c.owner(a.pasid()), Some(PasidOwner::Private(id)) if id == p.id()),
            "owner",
        )?;
        // All three reach the same address space.
        let jobs = vec![
            (f, write(shared, VA, bytes(1, 100))),
            (f, write(a, VA + PAGE, bytes(2, 100))),
            (f, write(b, VA + 2 * PAGE, bytes(3, 100))),
        ];
        let states = c.run_jobs(jobs)?;
        check(states.iter().all(done), &format!("{states:?}"))?;
        for (i, off) in [0u64, PAGE, 2 * PAGE].iter().enumerate() {
            let mut got = vec![0u8; 100];
            p.read(VA + off, &mut got)?;
            check(got == bytes(i as u8 + 1, 100), "the CPU sees the writes of every PASID")?;
        }
        for bond in [shared, a, b] {
            let stop = c.link().device().borrow_mut().stop_pasid(f.func, pasid(bond)?)?;
            c.wait(stop)?;
            c.unbind(bond)?;
        }
        check(c.allocated() == 0, "PASIDs left")
    });
}

#[test]
fn private_pasids_on_model() {
    private_pasids(Backend::Model);
}

#[test]
fn private_pasids_on_rtl() {
    private_pasids(Backend::Rtl);
}

fn supervisor_bonds(backend: Backend) {
    on(backend, None, |c| {
        let f = c.function(0);
        let kernel = Process::new_kernel(c.memory())?;
        kernel.mmap(VA, 2 * PAGE, Perms::RW)?;
        let user = Process::new(c.memory())?;
        user.mmap(VA, 2 * PAGE, Perms::RW)?;
        // The kernel's address space only with the supervisor flag; capable says so first.
        let plain = BindFlags::default();
        let sup = BindFlags { supervisor: true, ..BindFlags::default() };
        check(c.capable(f, &kernel, plain) == Err(BindError::KernelNeedsSupervisor), "capable")?;
        check(c.bind(f, &kernel, plain) == Err(BindError::KernelNeedsSupervisor), "bind")?;
        check(c.capable(f, &kernel, sup).is_ok(), "capable with supervisor")?;
        let kb = c.bind(f, &kernel, sup)?;
        let ub = c.bind(f, &user, plain)?;
        // Privileged work in the kernel space succeeds.
        let s = c.run_job(f, write(kb, VA, bytes(7, 256)).privileged(true))?;
        check(done(&s), &format!("privileged write in a supervisor bond: {s:?}"))?;
        let mut got = vec![0u8; 256];
        kernel.read(VA, &mut got)?;
        check(got == bytes(7, 256), "kernel memory")?;
        // Privileged requests through a bond without the flag are refused.
        let s = c.run_job(f, write(ub, VA, bytes(8, 64)).privileged(true))?;
        check(matches!(s, JobState::Failed(_)), &format!("privileged write, user bond: {s:?}"))?;
        check(!user.is_populated(VA), "the user page was populated for a privileged request")?;
        for bond in [kb, ub] {
            let stop = c.link().device().borrow_mut().stop_pasid(f.func, pasid(bond)?)?;
            c.wait(stop)?;
            c.unbind(bond)?;
        }
        Ok(())
    });
}

#[test]
fn supervisor_bonds_on_model() {
    supervisor_bonds(Backend::Model);
}

#[test]
fn supervisor_bonds_on_rtl() {
    supervisor_bonds(Backend::Rtl);
}

fn capability_refusal(backend: Backend) {
    let no_pri = FunctionConfig { pri: None, ..FunctionConfig::default() };
    let options =
        Options { functions: vec![FunctionConfig::default(), no_pri], ..Options::new(backend) };
    on(backend, Some(options), |c| {
        let f = c.function(1);
        let p = Process::new(c.memory())?;
        p.mmap(VA, PAGE, Perms::RW)?;
        let flags = BindFlags::default();
        let refused = c.capable(f, &p, flags);
        check(matches!(refused, Err(BindError::DeviceLacksPri { .. })), &format!("{refused:?}"))?;
        check(c.bind(f, &p, flags).map(|_| ()) == refused, "bind refuses exactly as capable says")?;
        check(c.allocated() == 0, "a refused bind allocated a PASID")?;
        // The other function is fine.
        let b = c.bind(c.function(0), &p, flags)?;
        c.unbind(b)
    });
}

#[test]
fn capability_refusal_on_model() {
    capability_refusal(Backend::Model);
}

#[test]
fn capability_refusal_on_rtl() {
    capability_refusal(Backend::Rtl);
}

fn pasid_reuse_only_after_unbind(backend: Backend) {
    on(backend, None, |c| {
        let f = c.function(0);
        let p1 = Process::new(c.memory())?;
        p1.mmap(VA, PAGE, Perms::RW)?;
        let b1 = c.bind(f, &p1, BindFlags::default())?;
        let s = c.run_job(f, write(b1, VA, vec![1; 64]))?;
        check(done(&s), "first write")?;
        p1.exit()?;
        c.exited(&p1)?;
        // The exited space keeps its PASID until unbind.
        let p2 = Process::new(c.memory())?;
        p2.mmap(VA, PAGE, Perms::RW)?;
        let b2 = c.bind(f, &p2, BindFlags::default())?;
        check(b2.pasid() != b1.pasid(), "an exited process's PASID was handed out")?;
        // Its DMA is answered Invalid, quietly.
        let s = c.run_job(f, write(b1, VA, vec![2; 64]))?;
        check(matches!(s, JobState::Failed(_)), &format!("DMA after exit: {s:?}"))?;
        let stop = c.link().device().borrow_mut().stop_pasid(f.func, pasid(b1)?)?;
        c.wait(stop)?;
        c.unbind(b1)?;
        check(c.owner(b1.pasid()).is_none(), "freed by unbind")?;
        let p3 = Process::new(c.memory())?;
        p3.mmap(VA, PAGE, Perms::RW)?;
        let b3 = c.bind(f, &p3, BindFlags::default())?;
        check(b3.pasid() == b1.pasid(), "the lowest free PASID after unbind")?;
        let s = c.run_job(f, write(b3, VA, vec![3; 64]))?;
        check(done(&s), "the new owner's write")?;
        let mut got = vec![0u8; 64];
        p3.read(VA, &mut got)?;
        check(got == vec![3; 64], "the new owner's memory")?;
        check(c.unexpected_faults() == 0, "unexpected faults")
    });
}

#[test]
fn pasid_reuse_only_after_unbind_on_model() {
    pasid_reuse_only_after_unbind(Backend::Model);
}

#[test]
fn pasid_reuse_only_after_unbind_on_rtl() {
    pasid_reuse_only_after_unbind(Backend::Rtl);
}

// ---------------------------------------------------------------------------------------------
// Unbind with requests in flight, page-request queue overflow under a storm of groups
// ---------------------------------------------------------------------------------------------

fn unbind_with_requests_in_flight(backend: Backend) {
    on(backend, None, |c| {
        let f = c.function(0);
        let p = Process::new(c.memory())?;
        p.mmap(VA, 16 * PAGE, Perms::RW)?;
        let b = c.bind(f, &p, BindFlags::default())?;
        let work = c.submit(f, write(b, VA, bytes(5, 16 * PAGE as usize)))?;
        // Let the page requests reach the queue without serving them.
        let mut waited = 0;
        while c.interrupts()? == 0 {
            c.cycles(16)?;
            waited += 16;
            check(waited < 200_000, "no page request arrived")?;
        }
        // The device driver stops the PASID (its Stop Marker waits for the open groups),
        // then unbinds: the drain answers the queued requests (Invalid) and waits for them.
        let stop = c.link().device().borrow_mut().stop_pasid(f.func, pasid(b)?)?;
        c.unbind(b)?;
        check(c.owner(b.pasid()).is_none(), "the PASID is free after the drain")?;
        let s = c.wait(work)?;
        check(matches!(s, JobState::Failed(_)), &format!("the stopped work item: {s:?}"))?;
        let s = c.wait(stop)?;
        check(done(&s), "the Stop Marker went out")?;
        check(p.populated_pages() == 0, "a page was populated for an unbound PASID")?;
        check(c.unexpected_faults() == 0, "unexpected faults")
    });
}

#[test]
fn unbind_with_requests_in_flight_on_model() {
    unbind_with_requests_in_flight(Backend::Model);
}

#[test]
fn unbind_with_requests_in_flight_on_rtl() {
    unbind_with_requests_in_flight(Backend::Rtl);
}

fn queue_overflow_storm(backend: Backend) {
    // An eight-entry page-request queue (room for one group of every work item but not for all) against two functions sending groups of up to four
    // requests with sixteen outstanding each. A group the IOMMU answered Success on its own
    // (queue full) leaves the page absent: the device translates and asks again, so it is
    // given room to retry.
    let function = FunctionConfig { translation_attempts: 64, ..FunctionConfig::default() };
    let options = Options {
        page_request_queue_entries: Some(8),
        functions: vec![function.clone(), function],
        ..Options::new(backend)
    };
    on(backend, Some(options), |c| {
        let (f0, f1) = (c.function(0), c.function(1));
        let procs: Vec<Rc<Process>> =
            (0..4).map(|_| Process::new(c.memory())).collect::<Result<_, _>>()?;
        let mut jobs = Vec::new();
        let mut bonds = Vec::new();
        for (i, p) in procs.iter().enumerate() {
            p.mmap(VA, 16 * PAGE, Perms::RW)?;
            let f = if i % 2 == 0 { f0 } else { f1 };
            let b = c.bind(f, p, BindFlags::default())?;
            bonds.push((f, b));
            jobs.push((f, write(b, VA + 8, bytes(i as u8 + 10, 16 * PAGE as usize - 16))));
        }
        let states = c.run_jobs(jobs)?;
        check(states.iter().all(done), &format!("every work item finishes: {states:?}"))?;
        for (i, p) in procs.iter().enumerate() {
            let mut got = vec![0u8; 16 * PAGE as usize - 16];
            p.read(VA + 8, &mut got)?;
            check(got == bytes(i as u8 + 10, got.len()), "data after the storm")?;
        }
        let t = c.totals();
        check(t.overflows >= 1, &format!("the queue never overflowed: {t:?}"))?;
        for (f, b) in bonds {
            let stop = c.link().device().borrow_mut().stop_pasid(f.func, pasid(b)?)?;
            c.wait(stop)?;
            c.unbind(b)?;
        }
        check(c.unexpected_faults() == 0, "unexpected faults")
    });
}

#[test]
fn queue_overflow_storm_on_model() {
    queue_overflow_storm(Backend::Model);
}

#[test]
fn queue_overflow_storm_on_rtl() {
    queue_overflow_storm(Backend::Rtl);
}

// ---------------------------------------------------------------------------------------------
// An Invalidate Request the device never answers: IOFENCE.C times out (cmd_to), the unbind
// fails with a typed error and keeps the PASID, and succeeds once the device answers
// ---------------------------------------------------------------------------------------------

fn unanswered_invalidation(backend: Backend) {
    on(backend, None, |c| {
        let f = c.function(0);
        let p = Process::new(c.memory())?;
        p.mmap(VA, PAGE, Perms::RW)?;
        let b = c.bind(f, &p, BindFlags::default())?;
        let s = c.run_job(f, write(b, VA, vec![9; 64]))?;
        check(done(&s), "the write")?;
        let stop = c.link().device().borrow_mut().stop_pasid(f.func, pasid(b)?)?;
        c.wait(stop)?;
        c.link()
            .device()
            .borrow_mut()
            .set_invalidation_response(f.func, InvalidationResponse::Ignore)?;
        let e = c.unbind(b);
        check(
            matches!(
                e,
                Err(DemoError::Sva(driver::sva::SvaError::Iommu(
                    driver::iommu::Error::CommandTimeout { .. }
                )))
            ),
            &format!("unbind with an unanswered ATS.INVAL: {e:?}"),
        )?;
        check(c.owner(b.pasid()).is_some(), "the PASID was freed although the ATC may hold it")?;
        c.link()
            .device()
            .borrow_mut()
            .set_invalidation_response(f.func, InvalidationResponse::Complete)?;
        c.unbind(b)?;
        check(c.owner(b.pasid()).is_none(), "the PASID after the answered unbind")
    });
}

#[test]
fn unanswered_invalidation_on_model() {
    unanswered_invalidation(Backend::Model);
}

#[test]
fn unanswered_invalidation_on_rtl() {
    unanswered_invalidation(Backend::Rtl);
}
