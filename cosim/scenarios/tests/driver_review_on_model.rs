//! The findings of the driver review, each checked against the reference model: the driver
//! as the platform runs it, and the model saying which answers the specification permits.

use driver::dma::PhysAddr;
use driver::iommu::{DebugAccess, DeviceConfig, TranslationRequest, TranslationResult};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::FaultCause;
use iommu_model::{DeviceRequest, Response};
use scenarios::platform::{ModelPlatform, Platform};
use scenarios::suite::{full_config, init};

/// A 32-bit register bus in front of the model: 64-bit accesses are `Mmio`'s default split.
struct Bus32<M>(M);

impl<M: Mmio> Mmio for Bus32<M> {
    fn read32(&self, offset: usize) -> u32 {
        self.0.read32(offset)
    }
    fn write32(&self, offset: usize, value: u32) {
        self.0.write32(offset, value)
    }
    fn write16(&self, offset: usize, value: u16) {
        self.0.write16(offset, value)
    }
    fn write8(&self, offset: usize, value: u8) {
        self.0.write8(offset, value)
    }
}

/// Finding 2: on a 32-bit bus `tr_req_ctl` must get its high half (DID) before the low half
/// (Go), or the model translates for the device_id the register held before.
#[test]
fn a_debug_translation_on_a_32_bit_bus_uses_its_own_device_id() {
    let p = ModelPlatform::new();
    let mut iommu = driver::iommu::Iommu::init(Bus32(p.regs()), p.memory(), full_config())
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
