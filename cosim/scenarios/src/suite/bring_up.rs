//! Bring-up with every device-directory depth: the registers the driver programmed read
//! back as the specification's initialization guideline says, and a device at the top of
//! the depth's device_id range translates.

use driver::iommu::{DdtLevels, DeviceConfig};
use driver::regs::iommu_regs::IommuRegs;
use iommu_model::{DeviceRequest, Response};

use super::full_config;
use crate::platform::Platform;

/// Forced 1, 2 and 3 levels, and the depth derived from the device_id width.
pub fn every_ddt_depth<P: Platform>(make: impl Fn() -> P) {
    for (levels, device_id_bits) in [
        (Some(DdtLevels::One), 7),
        (Some(DdtLevels::Two), 16),
        (Some(DdtLevels::Three), 24),
        (None, 7),
        (None, 16),
        (None, 24),
    ] {
        let p = make();
        let mut config = full_config();
        config.ddt_levels = levels;
        config.device_id_bits = device_id_bits;
        let mut iommu = super::init(&p, config);
        let expected = levels.unwrap_or_else(|| {
            DdtLevels::for_device_id_bits(device_id_bits).expect("a depth for 7/16/24 bits")
        });
        assert_eq!(iommu.ddt_levels(), expected, "{}: depth", p.name());

        let regs = IommuRegs::new(p.regs());
        let ddtp = regs.ddtp().read();
        assert_eq!(ddtp.iommu_mode(), expected.iommu_mode(), "{}: ddtp mode", p.name());
        assert_eq!(ddtp.ppn(), iommu.ddt_root().ppn(), "{}: ddtp root", p.name());
        assert!(!ddtp.busy());
        let (cqcsr, fqcsr, pqcsr) = (regs.cqcsr().read(), regs.fqcsr().read(), regs.pqcsr().read());
        assert!(cqcsr.cqen() && cqcsr.cqon() && !cqcsr.busy(), "{}: {cqcsr:?}", p.name());
        assert!(fqcsr.fqen() && fqcsr.fqon() && !fqcsr.busy(), "{}: {fqcsr:?}", p.name());
        assert!(pqcsr.pqen() && pqcsr.pqon() && !pqcsr.busy(), "{}: {pqcsr:?}", p.name());
        let (cq, entries) = iommu.command_queue();
        assert_eq!(regs.cqb().read().ppn(), cq.ppn());
        assert_eq!(1u32 << (regs.cqb().read().log2szm1() + 1), entries);

        // The last device_id the depth can index works; with Bare first stage it is an
        // identity translation.
        let top = (1u32 << expected.device_id_bits()) - 1;
        iommu.attach(top, DeviceConfig::bare()).unwrap();
        let iova = 0x1234_5000;
        match p.request(&DeviceRequest::read(top, iova)) {
            Response::Allowed(t) => assert_eq!(t.ppn, iova >> 12, "{}: identity", p.name()),
            other => panic!("{}: device {top:#x} at depth {expected:?}: {other:?}", p.name()),
        }
    }
}
