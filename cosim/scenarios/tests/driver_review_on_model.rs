//! The findings of the driver review, each checked against the reference model: the driver
//! as the platform runs it, and the model saying which answers the specification permits.

use std::cell::Cell;

use driver::dma::PhysAddr;
use driver::fake::Bus32;
use driver::iommu::{
    Config, DebugAccess, DeviceConfig, Iommu, TranslationRequest, TranslationResult,
};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::FaultCause;
use driver::regs::iommu_regs::Fqt;
use iommu_model::{DeviceRequest, Response};
use scenarios::platform::{ModelPlatform, Platform};
use scenarios::suite::{full_config, init};

/// Finding 2: on a 32-bit bus `tr_req_ctl` must get its high half (DID) before the low half
/// (Go), or the model translates for the device_id the register held before.
#[test]
fn a_debug_translation_on_a_32_bit_bus_uses_its_own_device_id() {
    let p = ModelPlatform::new();
    let mut iommu = Iommu::init(Bus32(p.regs()), p.memory(), full_config())
        .expect("bring-up over a 32-bit bus");
    let device_id = 0x0321;
    iommu.attach(device_id, DeviceConfig::bare()).unwrap();
    let req = TranslationRequest {
        device_id,
        pasid: None,
        privileged: false,
        access: DebugAccess::Read,
        iova: 0x4567_8000,
    };
    assert_eq!(
        iommu.translate(&req),
        Ok(TranslationResult::Translated { base: PhysAddr(0x4567_8000), size: 4096 })
    );
}

/// Finding 1: a second bring-up without a reset must not keep what the IOMMU cached from
/// the first one's tables (DDTP: a transition to Bare or Off "may retain information cached
/// from in-memory data structures"; software must invalidate).
#[test]
fn a_second_bring_up_forgets_what_the_first_one_cached() {
    let p = ModelPlatform::new();
    let req = DeviceRequest::read(1, 0x1234_5000);
    {
        let mut first = init(&p, full_config());
        first.attach(1, DeviceConfig::bare()).unwrap();
        match p.request(&req) {
            Response::Allowed(t) => assert_eq!(t.ppn, 0x1_2345),
            other => panic!("device 1 attached Bare: {other:?}"),
        }
    }
    // A new driver instance on the same IOMMU (a kexec, a driver reload): device 1 is not
    // attached in its directory.
    let second = init(&p, full_config());
    assert_eq!(second.attached_devices().count(), 0);
    let answer = p.request(&req);
    match answer {
        Response::Fault(f) => assert_eq!(f.cause, FaultCause::DDT_INVALID),
        other => panic!("device 1 is not attached any more: {other:?}"),
    }
    let permitted = p.permitted(&req);
    assert_eq!(permitted.len(), 1, "only the fault is permitted: {permitted:?}");
    assert!(permitted[0].same_answer(&answer));
}

/// The model's registers, with a device request issued right after the driver's next
/// access to one register: what a device does between two driver accesses.
struct Between<'p> {
    p: &'p ModelPlatform,
    trigger: Cell<Option<(usize, DeviceRequest)>>,
    answer: Cell<Option<Response>>,
}

impl<'p> Between<'p> {
    fn new(p: &'p ModelPlatform) -> Self {
        Between { p, trigger: Cell::new(None), answer: Cell::new(None) }
    }
    fn fire(&self, offset: usize) {
        if let Some((at, req)) = self.trigger.get() {
            if at == offset {
                self.trigger.set(None);
                self.answer.set(Some(self.p.request(&req)));
            }
        }
    }
}

impl Mmio for &Between<'_> {
    fn read32(&self, offset: usize) -> u32 {
        let v = self.p.regs().read32(offset);
        self.fire(offset);
        v
    }
    fn write32(&self, offset: usize, value: u32) {
        self.p.regs().write32(offset, value);
        self.fire(offset);
    }
    fn write16(&self, offset: usize, value: u16) {
        self.p.regs().write16(offset, value)
    }
    fn write8(&self, offset: usize, value: u8) {
        self.p.regs().write8(offset, value)
    }
    fn read64(&self, offset: usize) -> u64 {
        let v = self.p.regs().read64(offset);
        self.fire(offset);
        v
    }
    fn write64(&self, offset: usize, value: u64) {
        self.p.regs().write64(offset, value);
        self.fire(offset);
    }
}

/// Finding 5: `fqof` is cleared only once the drain made room, so a fault recorded right
/// after the drain read `fqt` does not leave the queue overflowed (and every later record
/// dropped).
#[test]
fn a_fault_queue_overflow_ends_with_the_drain() {
    let p = ModelPlatform::new();
    let between = Between::new(&p);
    let config = Config { fault_queue_entries: 4, ..full_config() };
    let mut iommu = Iommu::init(&between, p.memory(), config).unwrap();
    // Devices 1..=4 are not attached: each read faults (DDT_INVALID). Three fill the
    // queue, the fourth overflows it.
    for d in 1..=4 {
        assert!(p.request(&DeviceRequest::read(d, 0x1000)).fault().is_some());
    }
    between.trigger.set(Some((Fqt::OFFSET, DeviceRequest::read(5, 0x1000))));
    let drain = iommu.drain_faults().unwrap();
    assert!(drain.overflow);
    assert_eq!(drain.reports.iter().map(|r| r.device_id).collect::<Vec<_>>(), [1, 2, 3]);
    let during = between.answer.take().and_then(|r| r.fault()).expect("device 5 faulted");
    assert!(!during.queued, "the queue was still overflowed while the drain read it");
    // Reporting works again: device 6's fault is recorded and drained.
    assert!(p.request(&DeviceRequest::read(6, 0x1000)).fault().is_some_and(|f| f.queued));
    let drain = iommu.drain_faults().unwrap();
    assert!(!drain.overflow);
    assert_eq!(drain.reports.iter().map(|r| r.device_id).collect::<Vec<_>>(), [6]);
}
