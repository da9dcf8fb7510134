//! Probing: does this IOMMU offer what the configuration needs? A pure function of the
//! `capabilities` register, so that any value a device reports, unknown encodings
//! included, gives an answer and never a panic.

use super::config::{PagingMode, PdtLevels, Requirements};
use super::error::ProbeError;
use crate::regs::iommu_regs::{Capabilities, Igs};

/// The major specification version this driver implements.
pub const SUPPORTED_MAJOR_VERSION: u8 = 1;
/// `capabilities.version` holds the major version in its high nibble, the minor in the low
/// one (`iommu_registers.adoc`, "IOMMU capabilities").
const VERSION_MINOR_BITS: u32 = 4;

/// Check `caps` against `req` and against what the driver itself needs (version 1.x,
/// wire-signaled interrupts, base-format device contexts).
pub fn probe(caps: Capabilities, req: &Requirements) -> Result<(), ProbeError> {
    let version = caps.version();
    let (major, minor) = (version >> VERSION_MINOR_BITS, version & ((1 << VERSION_MINOR_BITS) - 1));
    if major != SUPPORTED_MAJOR_VERSION {
        return Err(ProbeError::Version { major, minor });
    }
    for (needed, mode) in [(req.sv39, PagingMode::Sv39), (req.sv48, PagingMode::Sv48)] {
        if needed && !mode.supported_by(caps) {
            return Err(ProbeError::PagingMode(mode));
        }
    }
    if req.process_id_bits > 0
        && PdtLevels::for_process_id_bits(req.process_id_bits, caps).is_none()
    {
        return Err(ProbeError::ProcessDirectory { process_id_bits: req.process_id_bits });
    }
    let igs = caps.igs();
    if igs != Igs::WSI && igs != Igs::BOTH {
        return Err(ProbeError::NoWiredInterrupts { igs });
    }
    if caps.msi_flat() {
        return Err(ProbeError::ExtendedDeviceContext);
    }
    if req.ats && !caps.ats() {
        return Err(ProbeError::Ats);
    }
    if req.debug && !caps.dbg() {
        return Err(ProbeError::Debug);
    }
    if caps.pas() < req.physical_address_bits {
        return Err(ProbeError::PhysicalAddressSize {
            pas: caps.pas(),
            needed: req.physical_address_bits,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn all() -> Requirements {
        Requirements {
            sv39: true,
            sv48: true,
            process_id_bits: 20,
            ats: true,
            debug: true,
            physical_address_bits: 48,
        }
    }

    #[test]
    fn this_projects_iommu_offers_everything() {
        assert_eq!(probe(Capabilities::RESET, &all()), Ok(()));
    }

    #[test]
    fn each_missing_capability_is_named() {
        let c = Capabilities::RESET;
        let r = all();
        assert_eq!(
            probe(c.with_version(0x20), &r),
            Err(ProbeError::Version { major: 2, minor: 0 })
        );
        assert_eq!(
            probe(c.with_version(0x0f), &r),
            Err(ProbeError::Version { major: 0, minor: 15 })
        );
        assert_eq!(probe(c.with_version(0x13), &r), Ok(()), "any 1.x minor version");
        assert_eq!(probe(c.with_sv39(false), &r), Err(ProbeError::PagingMode(PagingMode::Sv39)));
        assert_eq!(probe(c.with_sv48(false), &r), Err(ProbeError::PagingMode(PagingMode::Sv48)));
        let neither = c.with_sv39(false).with_sv48(false);
        assert_eq!(
            probe(neither, &Requirements { sv48: false, ..r }),
            Err(ProbeError::PagingMode(PagingMode::Sv39))
        );
        assert_eq!(
            probe(c.with_pd20(false), &r),
            Err(ProbeError::ProcessDirectory { process_id_bits: 20 })
        );
        assert_eq!(probe(c.with_pd20(false), &Requirements { process_id_bits: 17, ..r }), Ok(()));
        assert_eq!(
            probe(c.with_pd8(false).with_pd17(false), &Requirements { process_id_bits: 9, ..r }),
            Ok(()),
            "PD20 covers 9 bits"
        );
        assert_eq!(
            probe(c.with_igs(Igs::MSI), &r),
            Err(ProbeError::NoWiredInterrupts { igs: Igs::MSI })
        );
        assert_eq!(
            probe(c.with_igs(Igs(3)), &r),
            Err(ProbeError::NoWiredInterrupts { igs: Igs(3) })
        );
        assert_eq!(probe(c.with_igs(Igs::BOTH), &r), Ok(()));
        assert_eq!(probe(c.with_msi_flat(true), &r), Err(ProbeError::ExtendedDeviceContext));
        assert_eq!(probe(c.with_ats(false), &r), Err(ProbeError::Ats));
        assert_eq!(probe(c.with_dbg(false), &r), Err(ProbeError::Debug));
        assert_eq!(
            probe(c.with_pas(40), &r),
            Err(ProbeError::PhysicalAddressSize { pas: 40, needed: 48 })
        );
    }

    proptest! {
        #[test]
        fn any_capabilities_value_gets_an_answer(raw: u64) {
            let _ = probe(Capabilities(raw), &all());
            let _ = probe(Capabilities(raw), &Requirements::default());
        }
    }
}
