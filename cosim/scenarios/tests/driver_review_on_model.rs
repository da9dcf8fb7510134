//! The findings of the driver review, each checked against the reference model: the driver
//! as the platform runs it, and the model saying which answers the specification permits.

use driver::dma::PhysAddr;
use driver::iommu::{DebugAccess, DeviceConfig, TranslationRequest, TranslationResult};
use driver::mmio::Mmio;
use scenarios::platform::{ModelPlatform, Platform};
use scenarios::suite::full_config;

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
