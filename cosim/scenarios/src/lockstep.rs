//! Lockstep: a backend under test (the RTL) held to the reference model on every step.
//!
//! [`Lockstep`] wraps any [`Platform`] (the device under test, "DUT") with a shadow
//! [`Model`] that owns a mirror of host memory. It is itself a platform, so the driver and
//! every scenario run on it unchanged:
//!
//! * register writes go to the DUT and to the model; reads return the DUT's value (the
//!   model's busy bits and queue pointers move at other times than the RTL's, so reads are
//!   compared only at [`Lockstep::check`], when both are idle);
//! * host-memory allocations, writes and frees go to the DUT's memory and to the mirror, so
//!   the model walks the same tables and refuses the same addresses; reads return the DUT's
//!   bytes. What the IOMMUs write themselves (fault records, IOFENCE.C words) is compared at
//!   [`Lockstep::check`];
//! * every answer of the DUT's translation port is given to [`Model::accept`]: an answer the
//!   specification does not permit (given what the model has seen the IOMMU read since the
//!   relevant invalidations) is a mismatch; a permitted one becomes the model's own answer,
//!   with the fault record it calls for, so the two fault queues stay comparable record by
//!   record even when a cache legitimately answers with a stale translation.
//! * page requests likewise go to [`Model::accept_page_request`] (the outcome must follow
//!   from a permitted device-context lookup); the ATS messages both sent are compared when
//!   the scenario takes them; the model's devices hold Invalidation Requests, answered or
//!   timed out as the DUT's are (or completed on the model when the DUT has fewer
//!   outstanding, for DUTs whose devices answer on their own).
//!
//! The first mismatch is kept (later ones are usually its consequences) and reported by
//! [`Lockstep::check`] and [`Lockstep::mismatch`].

use std::cell::RefCell;
use std::rc::Rc;

use cosim_common::memory::HostMemory;
use driver::dma::{DmaError, DmaMemory, PhysAddr};
use driver::mmio::Mmio;
use driver::regmeta::Access;
use driver::regs::iommu_mem::PageRequest;
use driver::regs::iommu_regs::REGISTERS;
use iommu_model::{
    AtsMessage, Config, DeviceRequest, InvalidationPolicy, Model, PageRequestOutcome, Response,
};

use crate::platform::Platform;

/// The shadow model's memory: a mirror of the DUT's mapped host memory.
pub type Mirror = Rc<RefCell<HostMemory>>;

/// A platform under test and the reference model it is held to.
pub struct Lockstep<P: Platform> {
    dut: P,
    mirror: Mirror,
    model: Model<Mirror>,
    first_mismatch: RefCell<Option<String>>,
    steps: RefCell<u64>,
    strict: bool,
    /// The last answers, for the mismatch report.
    recent: RefCell<std::collections::VecDeque<String>>,
}

/// Answers a mismatch report lists before the mismatch.
const RECENT: usize = 6;

impl<P: Platform> Lockstep<P> {
    /// `dut` checked against a fresh model (registers at reset, nothing mapped). The DUT
    /// must be at reset too, with nothing allocated yet.
    pub fn new(dut: P) -> Self {
        let mirror: Mirror = Rc::new(RefCell::new(HostMemory::new()));
        // Devices that hold Invalidation Requests: the DUT's answers are mirrored by
        // complete/expire calls, or by `sync_invalidations` when its devices answer alone.
        let config = Config { ats_invalidations: InvalidationPolicy::Hold, ..Config::default() };
        let model = Model::new(Rc::clone(&mirror), config);
        Lockstep {
            dut,
            mirror,
            model,
            first_mismatch: RefCell::new(None),
            steps: RefCell::new(0),
            strict: false,
            recent: RefCell::new(std::collections::VecDeque::new()),
        }
    }

    /// `dut` checked against a fresh model, strictly: a forbidden answer panics at once,
    /// and when the platform is dropped (at the end of a scenario) a last [`Lockstep::check`]
    /// runs and panics on a mismatch. This is how a scenario written for one backend holds
    /// the RTL to the model without knowing it.
    pub fn strict(dut: P) -> Self {
        let mut l = Self::new(dut);
        l.strict = true;
        l
    }

    /// The platform under test.
    pub fn dut(&self) -> &P {
        &self.dut
    }

    /// The shadow model.
    pub fn model(&self) -> &Model<Mirror> {
        &self.model
    }

    /// The first mismatch seen, if any.
    pub fn mismatch(&self) -> Option<String> {
        self.first_mismatch.borrow().clone()
    }

    /// Translation-port answers judged so far.
    pub fn steps(&self) -> u64 {
        *self.steps.borrow()
    }

    fn fail(&self, what: String) {
        let mut what = what;
        for (i, r) in self.recent.borrow().iter().enumerate() {
            what.push_str(&format!("\n  answer -{}: {r}", self.recent.borrow().len() - i));
        }
        if self.strict {
            panic!("lockstep: {what}");
        }
        let mut m = self.first_mismatch.borrow_mut();
        if m.is_none() {
            *m = Some(what);
        }
    }

    /// Keep `what` among the last answers a mismatch report lists.
    fn remember(&self, what: String) {
        let mut recent = self.recent.borrow_mut();
        if recent.len() == RECENT {
            recent.pop_front();
        }
        recent.push_back(what);
    }

    /// The model's devices hold Invalidation Requests until told; a DUT whose devices answer
    /// on their own has fewer outstanding: complete as many on the model (oldest first).
    fn sync_invalidations(&self) {
        let dut = self.dut.pending_invalidations();
        let model = self.model.pending_invalidations();
        if dut < model {
            self.model.complete_invalidations(model - dut);
        }
    }

    /// Let both finish their work, then compare every register, every mapped byte of host
    /// memory and the interrupt lines. Returns the first mismatch seen so far, if any.
    pub fn check(&self) -> Result<(), String> {
        self.run_until_idle();
        if let Some(m) = self.mismatch() {
            return Err(m);
        }
        let dut = self.dut.regs();
        for reg in REGISTERS {
            // Write-only fields read zero on both; everything else must agree.
            for n in 0..reg.count {
                let at = reg.instance_offset(n);
                let (d, m) = match reg.bytes {
                    8 => (dut.read64(at), self.model.read64(at)),
                    _ => (u64::from(dut.read32(at)), u64::from(self.model.read32(at))),
                };
                let readable = !reg.mask(Access::Wo);
                if d & readable != m & readable {
                    self.fail(format!(
                        "register {}[{n}] at {at:#x}: {} reads {d:#x}, the model {m:#x}",
                        reg.name,
                        self.dut.name()
                    ));
                }
            }
        }
        let regions: Vec<(u64, u64)> = self.mirror.borrow().regions().collect();
        let mem = self.dut.memory();
        for (start, len) in regions {
            let mut want = vec![0u8; len as usize];
            let mut got = vec![0u8; len as usize];
            if self.mirror.borrow().read(start, &mut want).is_err()
                || mem.read(PhysAddr(start), &mut got).is_err()
            {
                self.fail(format!("host memory {start:#x}+{len:#x} is not mapped on both sides"));
                continue;
            }
            if let Some(i) = (0..want.len()).find(|&i| want[i] != got[i]) {
                let at = start + i as u64;
                let word = at & !7;
                let off = (word - start) as usize;
                let end = (off + 8).min(want.len());
                self.fail(format!(
                    "host memory at {at:#x}: {} wrote {:02x?}, the model {:02x?}",
                    self.dut.name(),
                    &got[off..end],
                    &want[off..end]
                ));
                break;
            }
        }
        let (d, m) = (self.dut.interrupt_lines(), self.model.interrupt_lines());
        if d != m {
            self.fail(format!("interrupt lines: {} {d:#06x}, the model {m:#06x}", self.dut.name()));
        }
        match self.mismatch() {
            Some(m) => Err(m),
            None => Ok(()),
        }
    }
}

impl<P: Platform> Drop for Lockstep<P> {
    fn drop(&mut self) {
        if self.strict && !std::thread::panicking() {
            if let Err(m) = self.check() {
                panic!("lockstep at the end: {m}");
            }
        }
    }
}

/// Register access of the driver in lockstep: writes to both, reads from the DUT.
pub struct TeeMmio<'a, R> {
    dut: R,
    model: &'a Model<Mirror>,
}

impl<R: Mmio> Mmio for TeeMmio<'_, R> {
    fn read8(&self, offset: usize) -> u8 {
        self.model.read8(offset);
        self.dut.read8(offset)
    }
    fn read16(&self, offset: usize) -> u16 {
        self.model.read16(offset);
        self.dut.read16(offset)
    }
    fn read32(&self, offset: usize) -> u32 {
        self.model.read32(offset);
        self.dut.read32(offset)
    }
    fn read64(&self, offset: usize) -> u64 {
        self.model.read64(offset);
        self.dut.read64(offset)
    }
    fn write8(&self, offset: usize, value: u8) {
        self.dut.write8(offset, value);
        self.model.write8(offset, value);
    }
    fn write16(&self, offset: usize, value: u16) {
        self.dut.write16(offset, value);
        self.model.write16(offset, value);
    }
    fn write32(&self, offset: usize, value: u32) {
        self.dut.write32(offset, value);
        self.model.write32(offset, value);
    }
    fn write64(&self, offset: usize, value: u64) {
        self.dut.write64(offset, value);
        self.model.write64(offset, value);
    }
}

/// Host memory of the driver in lockstep: the DUT's allocator, every change mirrored.
pub struct TeeDma<'a, D> {
    dut: D,
    mirror: &'a Mirror,
}

impl<D: DmaMemory> DmaMemory for TeeDma<'_, D> {
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        let a = self.dut.alloc(bytes, align)?;
        self.mirror.borrow_mut().map(a.0, bytes as u64)?;
        Ok(a)
    }
    fn free(&self, addr: PhysAddr, bytes: usize) {
        self.dut.free(addr, bytes);
        self.mirror.borrow_mut().unmap(addr.0, bytes as u64);
    }
    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
        self.dut.read(addr, buf)
    }
    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
        self.dut.write(addr, data)?;
        self.mirror.borrow_mut().write(addr.0, data)
    }
}

impl<P: Platform> Platform for Lockstep<P> {
    type Regs<'a>
        = TeeMmio<'a, P::Regs<'a>>
    where
        Self: 'a;
    type Memory<'a>
        = TeeDma<'a, P::Memory<'a>>
    where
        Self: 'a;

    fn name(&self) -> &'static str {
        self.dut.name()
    }
    fn regs(&self) -> Self::Regs<'_> {
        TeeMmio { dut: self.dut.regs(), model: &self.model }
    }
    fn memory(&self) -> Self::Memory<'_> {
        TeeDma { dut: self.dut.memory(), mirror: &self.mirror }
    }
    fn request(&self, req: &DeviceRequest) -> Response {
        let got = self.dut.request(req);
        *self.steps.borrow_mut() += 1;
        self.remember(format!("{req:?} -> {got:?}"));
        if let Err(permitted) = self.model.accept(req, &got) {
            self.fail(format!(
                "{} answered {req:?} with {got:?}; the specification permits only {permitted:?}",
                self.dut.name()
            ));
        }
        got
    }
    fn permitted(&self, req: &DeviceRequest) -> Vec<Response> {
        self.model.permitted(req)
    }
    fn run_until_idle(&self) {
        self.dut.run_until_idle();
        self.sync_invalidations();
        self.model.run_until_idle();
    }
    fn interrupt_lines(&self) -> u16 {
        self.dut.interrupt_lines()
    }
    fn refused_address(&self) -> PhysAddr {
        self.dut.refused_address()
    }
    fn hold_commands(&self, hold: bool) {
        self.dut.hold_commands(hold);
        self.model.hold_commands(hold);
    }
    fn page_request(&self, msg: &PageRequest) -> PageRequestOutcome {
        let got = self.dut.page_request(msg);
        *self.steps.borrow_mut() += 1;
        self.remember(format!("{msg:?} -> {got:?}"));
        if let Err(permitted) = self.model.accept_page_request(msg, &got) {
            self.fail(format!(
                "{} dealt with page request {msg:?} as {got:?}; the specification permits only \
                 {permitted:?}",
                self.dut.name()
            ));
        }
        got
    }
    fn take_ats_messages(&self) -> Vec<AtsMessage> {
        self.sync_invalidations();
        let got = self.dut.take_ats_messages();
        let want = self.model.take_outbound_ats();
        if got != want {
            self.fail(format!(
                "{} sent the ATS messages {got:?}; the model sent {want:?}",
                self.dut.name()
            ));
        }
        got
    }
    fn complete_invalidations(&self, n: usize) {
        self.dut.complete_invalidations(n);
        self.model.complete_invalidations(n);
    }
    fn expire_invalidations(&self) {
        self.dut.expire_invalidations();
        self.model.expire_invalidations();
    }
    fn pending_invalidations(&self) -> usize {
        self.sync_invalidations();
        self.dut.pending_invalidations()
    }
}
