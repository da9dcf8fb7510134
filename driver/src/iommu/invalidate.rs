//! The invalidation API (`iommu_in_memory_queues.adoc`, IOTINVAL and IODIR). Every call
//! writes its commands and an IOFENCE.C, and returns once the fence completed: the IOMMU
//! then no longer uses what was invalidated.

use alloc::vec::Vec;

use super::command::Command;
use super::config::PdtLevels;
use super::error::{Error, Field};
use super::{encode, Hw, Iommu};
use crate::dma::DmaMemory;
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{Cmd, PAGE_SHIFT};
use crate::regs::iommu_regs::Capabilities;

/// The IOTINVAL.VMA commands for `bytes` bytes of address space `pscid` from `iova`: one
/// per 4 KiB page touched, or one for the whole address space when that is more than
/// `threshold` pages. Zero bytes need no command.
pub fn range_invalidations(pscid: u32, iova: u64, bytes: u64, threshold: u32) -> Vec<Command> {
    if bytes == 0 {
        return Vec::new();
    }
    let first = iova >> PAGE_SHIFT;
    let last = iova.saturating_add(bytes - 1) >> PAGE_SHIFT;
    if last - first >= u64::from(threshold) {
        return alloc::vec![Command::invalidate_pscid(pscid)];
    }
    (first..=last).map(|page| Command::invalidate_page(pscid, page << PAGE_SHIFT)).collect()
}

/// What a bring-up invalidates before `ddtp` points at the new directory: the IOMMU may
/// still hold entries cached from the tables of an earlier driver (DDTP: a transition to
/// `Bare` or `Off` "may retain information cached from in-memory data structures").
/// IODIR.INVAL_DDT with `DV` = 0 (every DDT and PDT entry), IOTINVAL.VMA with `GV` = `AV` =
/// `PSCV` = 0 (every first-stage translation of the host address spaces, global ones
/// included) and, only when `capabilities` announces a second stage (some SvNx4),
/// IOTINVAL.GVMA with `GV` = 0. Without a second stage GVMA has nothing to invalidate, and
/// the specification lets an IOMMU treat it as defined but not implemented (`cmd_ill`) or
/// accept it (the kit's model and RTL do), so the driver does not send it.
pub fn bring_up_invalidations(caps: Capabilities) -> Vec<Command> {
    let mut cmds = alloc::vec![
        Command::IodirInvalDdt { device_id: None },
        Command::invalidate_all_translations()
    ];
    if caps.sv32x4() || caps.sv39x4() || caps.sv48x4() || caps.sv57x4() {
        cmds.push(Command::IotinvalGvma { gscid: None, addr: None });
    }
    cmds
}

impl<M: Mmio, D: DmaMemory> Iommu<M, D> {
    /// Run typed commands, then an IOFENCE.C, and wait for the fence. Queue errors are
    /// recovered (see [`Error::CommandIllegal`], [`Error::CommandMemoryFault`],
    /// [`Error::CommandTimeout`]) and returned.
    pub fn execute(&mut self, commands: &[Command]) -> Result<(), Error> {
        let cmds = encode(commands)?;
        self.submit_raw(&cmds)
    }

    /// Run 16-byte commands exactly as given (nothing is checked: a test can inject an
    /// illegal command), then an IOFENCE.C, and wait for the fence.
    pub fn submit_raw(&mut self, commands: &[Cmd]) -> Result<(), Error> {
        self.cq.execute(&hw!(self), commands)
    }

    /// Wait until every command written so far has completed (a lone IOFENCE.C), after
    /// running the invalidations still owed from an attach, detach or process change whose
    /// invalidation failed (and freeing the directories that waited for them).
    pub fn sync(&mut self) -> Result<(), Error> {
        let hw = hw!(self);
        self.debts.settle(&hw, &mut self.cq)?;
        self.cq.execute(&hw, &[])
    }

    /// IOTINVAL.VMA for every host address space, global mappings included.
    pub fn invalidate_all(&mut self) -> Result<(), Error> {
        self.execute(&[Command::invalidate_all_translations()])
    }

    /// IOTINVAL.VMA for address space `pscid` (global mappings excepted).
    pub fn invalidate_pscid(&mut self, pscid: u32) -> Result<(), Error> {
        self.execute(&[Command::invalidate_pscid(pscid)])
    }

    /// IOTINVAL.VMA for the pages covering `bytes` bytes from `iova` in address space
    /// `pscid`: one command per page, or one for the whole address space beyond
    /// [`super::Config::range_invalidation_threshold`] pages. Address-specific
    /// invalidations reach leaf entries only; after changing a non-leaf PTE use
    /// [`Iommu::invalidate_pscid`].
    pub fn invalidate_range(&mut self, pscid: u32, iova: u64, bytes: u64) -> Result<(), Error> {
        let threshold = self.config.range_invalidation_threshold;
        self.execute(&range_invalidations(pscid, iova, bytes, threshold))
    }

    /// IODIR.INVAL_DDT for one device (its device context and every PDT entry cached for
    /// it). The device_id must fit the DDT mode.
    pub fn invalidate_device(&mut self, device_id: u32) -> Result<(), Error> {
        self.ddt.check_device_id(device_id)?;
        self.execute(&[Command::IodirInvalDdt { device_id: Some(device_id) }])
    }

    /// IODIR.INVAL_DDT for every device (all cached DDT and PDT entries).
    pub fn invalidate_all_devices(&mut self) -> Result<(), Error> {
        self.execute(&[Command::IodirInvalDdt { device_id: None }])
    }

    /// IODIR.INVAL_PDT for one process context of one device. The PASID must fit the
    /// widest process-directory mode of the capabilities (`PID` "must not be wider than the
    /// width supported by the IOMMU"; the IOMMU would stop the queue with `cmd_ill`), else
    /// [`Error::ValueOutOfRange`] and nothing is sent.
    pub fn invalidate_process(&mut self, device_id: u32, pasid: u32) -> Result<(), Error> {
        self.ddt.check_device_id(device_id)?;
        let bits = PdtLevels::widest(self.caps).map_or(0, PdtLevels::process_id_bits);
        let max = (1u64 << bits) - 1;
        if u64::from(pasid) > max {
            return Err(Error::ValueOutOfRange {
                field: Field::ProcessId,
                value: pasid.into(),
                max,
            });
        }
        self.execute(&[Command::IodirInvalPdt { device_id, process_id: pasid }])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_become_pages_or_one_pscid_invalidation() {
        assert_eq!(range_invalidations(3, 0x1000, 0, 4), Vec::new());
        // 0x1fff..0x2001 touches two pages.
        assert_eq!(
            range_invalidations(3, 0x1fff, 2, 4),
            alloc::vec![Command::invalidate_page(3, 0x1000), Command::invalidate_page(3, 0x2000)]
        );
        // Exactly the threshold: still per page.
        assert_eq!(range_invalidations(3, 0x10_0000, 4 << 12, 4).len(), 4);
        // One page more: the whole address space.
        assert_eq!(
            range_invalidations(3, 0x10_0000, 5 << 12, 4),
            alloc::vec![Command::invalidate_pscid(3)]
        );
        // The end of the address space does not overflow.
        assert_eq!(
            range_invalidations(3, u64::MAX - 10, 100, 4),
            alloc::vec![Command::invalidate_page(3, !0xfff)]
        );
    }
}
