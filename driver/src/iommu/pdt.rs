//! Process directories: one PDT per device attached with [`FirstStage::ProcessDirectory`],
//! the process contexts the driver wrote into it, and the PC_CHANGE invalidations
//! (`iommu_sw_guidelines.adoc`, "Changing process directory table entry").
//!
//! [`FirstStage::ProcessDirectory`]: super::FirstStage::ProcessDirectory

use alloc::collections::BTreeMap;
use alloc::vec;
use alloc::vec::Vec;

use super::command::Command;
use super::config::{PdtLevels, ProcessConfig};
use super::error::Error;
use super::hw::Hw;
use super::radix::{Geometry, RadixTable};
use crate::dma::{DmaMemory, PhysAddr};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{DeviceContext, IohgatpMode, PcFsc, PcTa, ProcessContext};

/// A device's process directory as the driver built it.
pub(crate) struct ProcessDirectory {
    levels: PdtLevels,
    table: RadixTable,
    /// Valid process contexts by PASID, as written.
    processes: BTreeMap<u32, (PhysAddr, ProcessContext)>,
}

impl ProcessDirectory {
    /// Allocate an empty (zeroed) root table.
    pub fn new<M: Mmio, D: DmaMemory>(hw: &Hw<'_, M, D>, levels: PdtLevels) -> Result<Self, Error> {
        Ok(ProcessDirectory {
            levels,
            table: RadixTable::new(hw, Geometry::pdt(levels.count()))?,
            processes: BTreeMap::new(),
        })
    }

    /// Depth of the directory.
    pub fn levels(&self) -> PdtLevels {
        self.levels
    }

    /// Physical address of the root table (`pdtp.PPN`).
    pub fn root(&self) -> PhysAddr {
        self.table.root()
    }

    /// True when `pasid` is indexable.
    pub fn contains(&self, pasid: u32) -> bool {
        self.table.geometry().contains(pasid)
    }

    /// The valid process context of `pasid`, as written.
    pub fn process(&self, pasid: u32) -> Option<ProcessContext> {
        self.processes.get(&pasid).map(|(_, pc)| *pc)
    }

    /// PASIDs with a valid process context, ascending.
    pub fn pasids(&self) -> impl Iterator<Item = u32> + '_ {
        self.processes.keys().copied()
    }

    /// Clear `V` of `pasid`'s process context (only the `ta` doubleword is written) and
    /// forget it; returns the old context for the invalidations.
    pub fn invalidate_entry<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        pasid: u32,
    ) -> Result<Option<ProcessContext>, Error> {
        let Some(&(slot, old)) = self.processes.get(&pasid) else {
            return Ok(None);
        };
        let ta = old.ta().with_v(false);
        hw.write_u64(slot.add(ProcessContext::TA_BYTE_OFFSET as u64), ta.to_bits())?;
        self.processes.remove(&pasid);
        Ok(Some(old))
    }

    /// Write a valid process context for `pasid` into an invalid slot: `fsc` first, then
    /// `ta` with `V` = 1, so the IOMMU never sees a half-written valid context. Allocates
    /// the missing PDT pages.
    pub fn write_entry<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        pasid: u32,
        pc: ProcessContext,
    ) -> Result<(), Error> {
        let slot = self.table.leaf_slot(hw, pasid)?;
        hw.write_u64(slot.add(ProcessContext::FSC_BYTE_OFFSET as u64), pc.fsc().to_bits())?;
        hw.write_u64(slot.add(ProcessContext::TA_BYTE_OFFSET as u64), pc.ta().to_bits())?;
        self.processes.insert(pasid, (slot, pc));
        Ok(())
    }

    /// Give the directory's pages back. Only after the device context pointing here was
    /// invalidated (IODIR.INVAL_DDT also drops the device's cached PDT entries) and fenced.
    pub fn free<D: DmaMemory>(self, dma: &D) {
        self.table.free(dma)
    }

    /// Every page of the directory, root first.
    pub fn pages(&self) -> Vec<PhysAddr> {
        self.table.pages()
    }
}

/// The process context [`ProcessConfig`] describes, valid.
pub(crate) fn process_context(cfg: &ProcessConfig) -> ProcessContext {
    let ta = PcTa::default().with_v(true).with_ens(cfg.ens).with_sum(cfg.sum).with_pscid(cfg.pscid);
    let fsc = PcFsc::default().with_mode(cfg.mode.iosatp_mode()).with_ppn(cfg.root.ppn());
    ProcessContext::default().with_ta(ta).with_fsc(fsc)
}

/// The invalidations the specification requires after the leaf PDT entry of
/// (`device_id`, `pasid`) changed, from the device context `dc` and the process context
/// `old` as they were before the change (`PC_CHANGE`).
pub fn process_context_invalidations(
    device_id: u32,
    pasid: u32,
    dc: &DeviceContext,
    old: &ProcessContext,
) -> Vec<Command> {
    let iohgatp = dc.iohgatp();
    let gscid = (iohgatp.mode() != IohgatpMode::BARE).then_some(iohgatp.gscid());
    vec![
        Command::IodirInvalPdt { device_id, process_id: pasid },
        Command::IotinvalVma { gscid, pscid: Some(old.ta().pscid()), addr: None },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::iommu::config::PagingMode;
    use crate::regs::iommu_mem::{DcIohgatp, IosatpMode};

    #[test]
    fn process_context_fields() {
        let cfg = ProcessConfig {
            mode: PagingMode::Sv48,
            root: PhysAddr(0x8765_4000),
            pscid: 0x1_2345,
            ens: true,
            sum: false,
        };
        let pc = process_context(&cfg);
        assert!(pc.ta().v() && pc.ta().ens() && !pc.ta().sum());
        assert_eq!(pc.ta().pscid(), 0x1_2345);
        assert_eq!(pc.fsc().mode(), IosatpMode::SV48);
        assert_eq!(pc.fsc().ppn(), 0x87654);
        // Spot check against the spec's PC layout: ta V bit 0, ENS bit 1, PSCID [31:12];
        // fsc MODE [63:60] = 9 (Sv48), PPN [43:0].
        let b = pc.to_le_bytes();
        assert_eq!(u64::from_le_bytes(b[..8].try_into().unwrap()), 1 | 2 | (0x1_2345 << 12));
        assert_eq!(u64::from_le_bytes(b[8..].try_into().unwrap()), (9 << 60) | 0x87654);
    }

    #[test]
    fn pc_change_invalidates_the_pdt_entry_and_the_old_pscid() {
        let old = process_context(&ProcessConfig::user(PagingMode::Sv39, PhysAddr(0x1000), 77));
        let dc = DeviceContext::default();
        assert_eq!(
            process_context_invalidations(5, 9, &dc, &old),
            vec![
                Command::IodirInvalPdt { device_id: 5, process_id: 9 },
                Command::IotinvalVma { gscid: None, pscid: Some(77), addr: None },
            ]
        );
        // With a second stage, the VM's GSCID qualifies the address space.
        let dc = dc.with_iohgatp(DcIohgatp::default().with_mode(IohgatpMode::SV39X4).with_gscid(3));
        assert_eq!(
            process_context_invalidations(5, 9, &dc, &old)[1],
            Command::IotinvalVma { gscid: Some(3), pscid: Some(77), addr: None }
        );
    }
}
