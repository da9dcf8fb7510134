//! The device directory: the DDT in memory, the device contexts the driver wrote (its own
//! record, so old values never come from hardware-writable memory), validation of a
//! [`DeviceConfig`] against the device-context rules, and the DC_CHANGE invalidations
//! (`iommu_sw_guidelines.adoc`, "Changing device directory table entry").

use alloc::collections::BTreeMap;
use alloc::vec;
use alloc::vec::Vec;

use super::command::Command;
use super::config::{DdtLevels, DeviceConfig, FirstStage, PdtLevels};
use super::error::{DeviceConfigError, Error};
use super::hw::Hw;
use super::pdt::ProcessDirectory;
use super::radix::{Geometry, RadixTable};
use crate::dma::{DmaMemory, PhysAddr};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{
    DcFsc, DcIohgatp, DcTa, DcTc, DeviceContext, IohgatpMode, IosatpMode,
};
use crate::regs::iommu_regs::Capabilities;

/// A device with a valid device context.
pub(crate) struct DeviceRecord {
    /// Address of its device context.
    pub slot: PhysAddr,
    /// The context as written (valid).
    pub dc: DeviceContext,
    /// Its process directory, when `DC.tc.PDTV` is 1.
    pub pdt: Option<ProcessDirectory>,
}

/// The DDT and the attached devices.
pub(crate) struct DeviceDirectory {
    levels: DdtLevels,
    table: RadixTable,
    pub devices: BTreeMap<u32, DeviceRecord>,
}

impl DeviceDirectory {
    /// A `levels`-deep DDT whose (zeroed) root table is `root`.
    pub fn with_root(levels: DdtLevels, root: PhysAddr) -> Self {
        DeviceDirectory {
            levels,
            table: RadixTable::with_root(Geometry::ddt(levels.count()), root),
            devices: BTreeMap::new(),
        }
    }

    /// Depth.
    pub fn levels(&self) -> DdtLevels {
        self.levels
    }

    /// Root table (`ddtp.PPN`).
    pub fn root(&self) -> PhysAddr {
        self.table.root()
    }

    /// Every page of the DDT, root first.
    pub fn pages(&self) -> Vec<PhysAddr> {
        self.table.pages()
    }

    /// Fail unless the DDT indexes `device_id`.
    pub fn check_device_id(&self, device_id: u32) -> Result<(), Error> {
        if self.table.geometry().contains(device_id) {
            Ok(())
        } else {
            Err(Error::DeviceIdOutOfRange { device_id, bits: self.levels.device_id_bits() })
        }
    }

    /// Address of `device_id`'s context, allocating missing non-leaf DDT pages.
    pub fn leaf_slot<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        device_id: u32,
    ) -> Result<PhysAddr, Error> {
        self.check_device_id(device_id)?;
        self.table.leaf_slot(hw, device_id)
    }
}

/// Clear `V` of the device context at `slot` (only `tc` is written).
pub(crate) fn write_invalid<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    slot: PhysAddr,
    old: &DeviceContext,
) -> Result<(), Error> {
    hw.write_u64(slot.add(DeviceContext::TC_BYTE_OFFSET as u64), old.tc().with_v(false).to_bits())
}

/// Write a valid device context into an invalid slot: `iohgatp`, `ta` and `fsc` first, then
/// `tc` (with `V` = 1) last, so the IOMMU never sees a half-written valid context.
pub(crate) fn write_valid<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    slot: PhysAddr,
    dc: &DeviceContext,
) -> Result<(), Error> {
    hw.write_u64(slot.add(DeviceContext::IOHGATP_BYTE_OFFSET as u64), dc.iohgatp().to_bits())?;
    hw.write_u64(slot.add(DeviceContext::TA_BYTE_OFFSET as u64), dc.ta().to_bits())?;
    hw.write_u64(slot.add(DeviceContext::FSC_BYTE_OFFSET as u64), dc.fsc().to_bits())?;
    hw.write_u64(slot.add(DeviceContext::TC_BYTE_OFFSET as u64), dc.tc().to_bits())
}

/// A validated [`DeviceConfig`]: the device context to write (without the PDT root, which
/// is known once the directory exists) and the process-directory depth it needs.
pub(crate) struct DevicePlan {
    pub dc: DeviceContext,
    pub pdt: Option<PdtLevels>,
}

impl DevicePlan {
    /// The context pointing at the process directory rooted at `root`.
    pub fn with_pdt_root(&self, root: PhysAddr) -> DeviceContext {
        self.dc.with_fsc(self.dc.fsc().with_ppn(root.ppn()))
    }
}

/// Check `cfg` against the device-context rules and the capabilities, and build its
/// context (`DC_MISCONFIG`; PRI needs ATS, PRPR needs PRI; the PD mode is the shallowest
/// supported one covering the PASID width).
pub(crate) fn plan(
    device_id: u32,
    cfg: &DeviceConfig,
    caps: Capabilities,
    pas: u8,
) -> Result<DevicePlan, Error> {
    let refuse = |reason| Err(Error::InvalidDeviceConfig { device_id, reason });
    if cfg.ats && !caps.ats() {
        return refuse(DeviceConfigError::AtsUnsupported);
    }
    if cfg.pri && !cfg.ats {
        return refuse(DeviceConfigError::PriWithoutAts);
    }
    if cfg.prg_response_pasid && !cfg.pri {
        return refuse(DeviceConfigError::PrprWithoutPri);
    }
    let mut tc = DcTc::default()
        .with_v(true)
        .with_en_ats(cfg.ats)
        .with_en_pri(cfg.pri)
        .with_prpr(cfg.prg_response_pasid)
        .with_dtf(cfg.disable_translation_faults);
    let mut ta = DcTa::default();
    let mut pdt = None;
    let fsc = match cfg.first_stage {
        FirstStage::Bare => DcFsc::default().with_mode(IosatpMode::BARE.0),
        FirstStage::AddressSpace(space) => {
            if !space.mode.supported_by(caps) {
                return Err(Error::PagingModeUnsupported(space.mode));
            }
            super::check_root(space.root, pas)?;
            super::check_pscid(space.pscid)?;
            ta = ta.with_pscid(space.pscid);
            DcFsc::default().with_mode(space.mode.iosatp_mode().0).with_ppn(space.root.ppn())
        }
        FirstStage::ProcessDirectory { pasid_bits, default_process_zero } => {
            let levels = (pasid_bits >= 1)
                .then(|| PdtLevels::for_process_id_bits(pasid_bits, caps))
                .flatten();
            let Some(levels) = levels else {
                return refuse(DeviceConfigError::PasidBits { pasid_bits });
            };
            pdt = Some(levels);
            tc = tc.with_pdtv(true).with_dpe(default_process_zero);
            DcFsc::default().with_mode(levels.pdtp_mode().0)
        }
    };
    let iohgatp = DcIohgatp::default().with_mode(IohgatpMode::BARE);
    let dc = DeviceContext::default().with_tc(tc).with_iohgatp(iohgatp).with_ta(ta).with_fsc(fsc);
    Ok(DevicePlan { dc, pdt })
}

/// The invalidations the specification requires after the device context of `device_id`
/// changed, from the context `old` as it was before the change (`DC_CHANGE`).
pub fn device_context_invalidations(device_id: u32, old: &DeviceContext) -> Vec<Command> {
    let mut cmds = vec![Command::IodirInvalDdt { device_id: Some(device_id) }];
    let iohgatp = old.iohgatp();
    if iohgatp.mode() != IohgatpMode::BARE {
        let gscid = Some(iohgatp.gscid());
        cmds.push(Command::IotinvalVma { gscid, pscid: None, addr: None });
        cmds.push(Command::IotinvalGvma { gscid, addr: None });
    } else if old.tc().pdtv() {
        cmds.push(Command::invalidate_all_translations());
    } else if old.fsc().mode() != IosatpMode::BARE.0 {
        cmds.push(Command::invalidate_pscid(old.ta().pscid()));
    }
    cmds
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::iommu::config::PagingMode;
    use crate::regs::iommu_mem::PdtpMode;

    fn caps() -> Capabilities {
        Capabilities::RESET
    }

    #[test]
    fn dc_change_follows_the_guideline_for_each_old_context() {
        let bare = plan(1, &DeviceConfig::bare(), caps(), 56).unwrap().dc;
        assert_eq!(
            device_context_invalidations(1, &bare),
            vec![Command::IodirInvalDdt { device_id: Some(1) }]
        );
        let cfg = DeviceConfig::address_space(PagingMode::Sv39, PhysAddr(0x4000), 33);
        let single = plan(1, &cfg, caps(), 56).unwrap().dc;
        assert_eq!(
            device_context_invalidations(1, &single),
            vec![Command::IodirInvalDdt { device_id: Some(1) }, Command::invalidate_pscid(33)]
        );
        let pd = plan(1, &DeviceConfig::process_directory(8), caps(), 56).unwrap().dc;
        assert_eq!(
            device_context_invalidations(1, &pd),
            vec![
                Command::IodirInvalDdt { device_id: Some(1) },
                Command::invalidate_all_translations()
            ]
        );
        let guest =
            bare.with_iohgatp(DcIohgatp::default().with_mode(IohgatpMode::SV48X4).with_gscid(9));
        assert_eq!(
            device_context_invalidations(1, &guest),
            vec![
                Command::IodirInvalDdt { device_id: Some(1) },
                Command::IotinvalVma { gscid: Some(9), pscid: None, addr: None },
                Command::IotinvalGvma { gscid: Some(9), addr: None },
            ]
        );
    }

    #[test]
    fn device_context_layout() {
        let mut cfg =
            DeviceConfig::address_space(PagingMode::Sv48, PhysAddr(0x12_3456_7000), 0xabc);
        cfg.ats = true;
        cfg.pri = true;
        cfg.prg_response_pasid = true;
        cfg.disable_translation_faults = true;
        let dc = plan(1, &cfg, caps(), 56).unwrap().dc;
        let b = dc.to_le_bytes();
        let dw = |i: usize| u64::from_le_bytes(b[i * 8..i * 8 + 8].try_into().unwrap());
        // tc: V 0, EN_ATS 1, EN_PRI 2, DTF 4, PRPR 6.
        assert_eq!(dw(0), 1 | 2 | 4 | (1 << 4) | (1 << 6));
        assert_eq!(dw(1), 0, "iohgatp Bare");
        assert_eq!(dw(2), 0xabc << 12, "ta.PSCID [31:12]");
        assert_eq!(dw(3), (9 << 60) | 0x0123_4567, "fsc: MODE Sv48, PPN");
    }

    #[test]
    fn process_directory_context_selects_pdtv_and_the_shallowest_mode() {
        let mut cfg = DeviceConfig::process_directory(9);
        if let FirstStage::ProcessDirectory { default_process_zero, .. } = &mut cfg.first_stage {
            *default_process_zero = true;
        }
        let plan = plan(1, &cfg, caps(), 56).unwrap();
        assert_eq!(plan.pdt, Some(PdtLevels::Pd17));
        let dc = plan.with_pdt_root(PhysAddr(0x9000));
        assert!(dc.tc().pdtv() && dc.tc().dpe());
        assert_eq!(PdtpMode(dc.fsc().mode()), PdtpMode::PD17);
        assert_eq!(dc.fsc().ppn(), 9);
        // Without PD8 an 8-bit PASID needs PD17.
        let no_pd8 = caps().with_pd8(false);
        assert_eq!(
            super::plan(1, &DeviceConfig::process_directory(8), no_pd8, 56).unwrap().pdt,
            Some(PdtLevels::Pd17)
        );
    }

    #[test]
    fn device_context_rules_are_enforced() {
        let refused = |cfg: DeviceConfig, c: Capabilities| plan(3, &cfg, c, 56).err();
        let mut cfg = DeviceConfig::bare();
        cfg.pri = true;
        assert_eq!(
            refused(cfg, caps()),
            Some(Error::InvalidDeviceConfig {
                device_id: 3,
                reason: DeviceConfigError::PriWithoutAts
            })
        );
        let mut cfg = DeviceConfig::bare();
        cfg.ats = true;
        cfg.prg_response_pasid = true;
        assert_eq!(
            refused(cfg, caps()),
            Some(Error::InvalidDeviceConfig {
                device_id: 3,
                reason: DeviceConfigError::PrprWithoutPri
            })
        );
        let mut cfg = DeviceConfig::bare();
        cfg.ats = true;
        assert_eq!(
            refused(cfg, caps().with_ats(false)),
            Some(Error::InvalidDeviceConfig {
                device_id: 3,
                reason: DeviceConfigError::AtsUnsupported
            })
        );
        for bits in [0, 21] {
            assert_eq!(
                refused(DeviceConfig::process_directory(bits), caps()),
                Some(Error::InvalidDeviceConfig {
                    device_id: 3,
                    reason: DeviceConfigError::PasidBits { pasid_bits: bits }
                })
            );
        }
        assert_eq!(
            refused(DeviceConfig::process_directory(20), caps().with_pd20(false)),
            Some(Error::InvalidDeviceConfig {
                device_id: 3,
                reason: DeviceConfigError::PasidBits { pasid_bits: 20 }
            })
        );
        let sv48 = DeviceConfig::address_space(PagingMode::Sv48, PhysAddr(0x1000), 1);
        assert_eq!(
            refused(sv48, caps().with_sv48(false)),
            Some(Error::PagingModeUnsupported(PagingMode::Sv48))
        );
        let odd = DeviceConfig::address_space(PagingMode::Sv39, PhysAddr(0x1800), 1);
        assert_eq!(
            refused(odd, caps()),
            Some(Error::Misaligned { addr: PhysAddr(0x1800), align: 4096 })
        );
        let far = DeviceConfig::address_space(PagingMode::Sv39, PhysAddr(1 << 40), 1);
        assert_eq!(
            plan(3, &far, caps(), 40).err(),
            Some(Error::AddressBeyondPas { addr: PhysAddr(1 << 40), pas: 40 })
        );
    }
}
