//! What a scenario needs from a backend, and the reference model's implementation of it.
//!
//! A backend gives the driver the IOMMU's registers (`Mmio`) and host memory (`DmaMemory`),
//! lets a device issue requests on the translation port and page requests, answers or times
//! out the devices' Invalidation Requests, and runs the hardware until it has nothing left
//! to do. The reference model implements it here ([`ModelPlatform`]); the RTL
//! co-simulation implements the same trait, so every scenario runs unchanged on both.

use std::rc::Rc;

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::mmio::Mmio;
use driver::regs::iommu_mem::PageRequest;
use iommu_model::{
    AtsMessage, Config, DeviceRequest, InvalidationPolicy, Model, PageRequestOutcome, Response,
};

/// A backend the scenarios run on.
pub trait Platform {
    /// The IOMMU's register window, lent to the driver.
    type Regs<'a>: Mmio
    where
        Self: 'a;
    /// Host memory the driver allocates tables and queues in, lent to the driver.
    type Memory<'a>: DmaMemory
    where
        Self: 'a;

    /// Short name for messages (`model`, `rtl`).
    fn name(&self) -> &'static str;
    /// The IOMMU registers.
    fn regs(&self) -> Self::Regs<'_>;
    /// Host memory shared by the driver and the IOMMU.
    fn memory(&self) -> Self::Memory<'_>;
    /// A device request on the translation port; returns the IOMMU's answer once given
    /// (with any fault record already written).
    fn request(&self, req: &DeviceRequest) -> Response;
    /// Every answer the specification permits for `req` now, given what the IOMMU may have
    /// cached (the reference model decides; an RTL backend asks a model run in lockstep).
    fn permitted(&self, req: &DeviceRequest) -> Vec<Response>;
    /// Let the hardware finish all pending work (commands, mode changes, records).
    fn run_until_idle(&self);
    /// Wired-interrupt outputs, bit `v` for vector `v`.
    fn interrupt_lines(&self) -> u16;
    /// A physical address whose every access the platform refuses (no memory there).
    fn refused_address(&self) -> PhysAddr;
    /// Stop (`true`) or resume (`false`) command processing, so that driver time-outs can be
    /// provoked.
    fn hold_commands(&self, hold: bool);
    /// A device sends a Page Request or Stop Marker message, given as the page-request
    /// record the root port builds from it; returns once the IOMMU has dealt with it (the
    /// record queued, the automatic response sent, the fault record written).
    fn page_request(&self, msg: &PageRequest) -> PageRequestOutcome;
    /// The ATS messages the IOMMU sent to devices since the last call (ATS.INVAL, ATS.PRGR,
    /// automatic Page Request Group Responses), oldest first.
    fn take_ats_messages(&self) -> Vec<AtsMessage>;
    /// The devices answer the `n` oldest outstanding Invalidation Requests (all if fewer).
    fn complete_invalidations(&self, n: usize);
    /// Every outstanding Invalidation Request times out.
    fn expire_invalidations(&self);
    /// Invalidation Requests sent and neither answered nor timed out. A platform whose
    /// devices answer at once always says 0; the invalidation scenarios need one that holds
    /// them until told ([`InvalidationPolicy::Hold`] on the model).
    fn pending_invalidations(&self) -> usize;
}

/// Start of the model platform's host memory.
pub const MODEL_MEMORY_BASE: PhysAddr = PhysAddr(0x8000_0000);
/// Default size of the model platform's host memory.
pub const MODEL_MEMORY_BYTES: usize = 64 << 20;

/// The reference model with a `FakeDma` it shares with the driver.
pub struct ModelPlatform {
    memory: Rc<FakeDma>,
    model: Model<Rc<FakeDma>>,
}

impl ModelPlatform {
    /// The model with `config` over `bytes` of host memory at [`MODEL_MEMORY_BASE`].
    pub fn with(config: Config, bytes: usize) -> Self {
        let memory = Rc::new(FakeDma::new(MODEL_MEMORY_BASE, bytes));
        let model = Model::new(Rc::clone(&memory), config);
        ModelPlatform { memory, model }
    }

    /// The model with its default configuration (sticky caches, synchronous busy bits,
    /// devices that answer Invalidation Requests at once).
    pub fn new() -> Self {
        Self::with(Config::default(), MODEL_MEMORY_BYTES)
    }

    /// The default model whose devices answer Invalidation Requests only when told
    /// ([`Platform::complete_invalidations`], [`Platform::expire_invalidations`]).
    pub fn holding_invalidations() -> Self {
        let config = Config { ats_invalidations: InvalidationPolicy::Hold, ..Config::default() };
        Self::with(config, MODEL_MEMORY_BYTES)
    }

    /// The model itself, for checks only a model can answer.
    pub fn model(&self) -> &Model<Rc<FakeDma>> {
        &self.model
    }
}

impl Default for ModelPlatform {
    fn default() -> Self {
        Self::new()
    }
}

impl Platform for ModelPlatform {
    type Regs<'a> = &'a Model<Rc<FakeDma>>;
    type Memory<'a> = &'a FakeDma;

    fn name(&self) -> &'static str {
        "model"
    }
    fn regs(&self) -> Self::Regs<'_> {
        &self.model
    }
    fn memory(&self) -> Self::Memory<'_> {
        &self.memory
    }
    fn request(&self, req: &DeviceRequest) -> Response {
        self.model.translate(req)
    }
    fn permitted(&self, req: &DeviceRequest) -> Vec<Response> {
        self.model.permitted(req)
    }
    fn run_until_idle(&self) {
        self.model.run_until_idle()
    }
    fn interrupt_lines(&self) -> u16 {
        self.model.interrupt_lines()
    }
    fn refused_address(&self) -> PhysAddr {
        // Below the memory window: nothing is there.
        PhysAddr(MODEL_MEMORY_BASE.0 / 2)
    }
    fn hold_commands(&self, hold: bool) {
        self.model.hold_commands(hold)
    }
    fn page_request(&self, msg: &PageRequest) -> PageRequestOutcome {
        self.model.page_request(msg)
    }
    fn take_ats_messages(&self) -> Vec<AtsMessage> {
        self.model.take_outbound_ats()
    }
    fn complete_invalidations(&self, n: usize) {
        self.model.complete_invalidations(n)
    }
    fn expire_invalidations(&self) {
        self.model.expire_invalidations()
    }
    fn pending_invalidations(&self) -> usize {
        self.model.pending_invalidations()
    }
}
