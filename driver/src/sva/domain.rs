//! The second way of sharing addresses (seed 004): a PASID with driver-owned Sv48 page
//! tables, filled by explicit `map` / `unmap` of pinned pages, for devices without PRI.
//! The PASID comes from the same system-wide allocator; unmap invalidates the IOTLB and
//! the devices' ATCs and fences before it returns, like a change of a process's tables.

use alloc::collections::BTreeSet;
use alloc::vec::Vec;

use super::pagetable::{is_canonical, leaf, PageTable};
use super::{PasidOwner, Sva, SvaError};
use crate::dma::{DmaMemory, PhysAddr};
use crate::iommu::{
    ats_inval_all, ats_inval_payload, range_invalidations, Command, PagingMode, PdtLevels,
    ProcessConfig,
};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{Pte, PAGE_SHIFT};

const PAGE_BYTES: u64 = 1 << PAGE_SHIFT;

/// Permissions of a domain mapping. Pages are mapped for user (unprivileged) requests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapPerms {
    /// Readable.
    pub read: bool,
    /// Writable (needs `read`: W without R is reserved in Sv48).
    pub write: bool,
    /// Executable.
    pub execute: bool,
}

impl MapPerms {
    /// Read and write.
    pub const RW: MapPerms = MapPerms { read: true, write: true, execute: false };
    /// Read only.
    pub const RO: MapPerms = MapPerms { read: true, write: false, execute: false };
}

/// A PASID domain: a handle (its PASID), valid until [`Sva::domain_destroy`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PasidDomain {
    pasid: u32,
}

impl PasidDomain {
    /// The PASID devices attached to it use.
    pub const fn pasid(&self) -> u32 {
        self.pasid
    }
}

pub(super) struct DomainRecord {
    table: PageTable,
    pscid: u32,
    pub devices: BTreeSet<u32>,
}

impl<M: Mmio, D: DmaMemory> Sva<M, D> {
    fn domain(&self, d: PasidDomain) -> Result<&DomainRecord, SvaError> {
        self.domains.get(&d.pasid).ok_or(SvaError::UnknownDomain { pasid: d.pasid })
    }

    /// A new domain: a PASID (below the IOMMU's widest process directory), a PSCID of its
    /// own, an empty Sv48 table.
    pub fn domain_create(&mut self) -> Result<PasidDomain, SvaError> {
        let caps = self.iommu.capabilities();
        if !PagingMode::Sv48.supported_by(caps) {
            return Err(crate::iommu::Error::PagingModeUnsupported(PagingMode::Sv48).into());
        }
        let bits = PdtLevels::widest(caps).map_or(0, PdtLevels::process_id_bits);
        let pscid = self.next_pscid().ok_or(SvaError::Exhausted)?;
        let table = PageTable::new(self.iommu.dma())?;
        let Some(pasid) = self.pasids.allocate(PasidOwner::Domain, bits) else {
            table.free(self.iommu.dma());
            return Err(SvaError::Exhausted);
        };
        self.pscids.insert(pscid);
        self.domains.insert(pasid, DomainRecord { table, pscid, devices: BTreeSet::new() });
        Ok(PasidDomain { pasid })
    }

    /// Let `device_id` (registered with PASID) use the domain: process context for its
    /// PASID (Sv48, the domain's table and PSCID, `ENS` = 0), IODIR.INVAL_PDT, IOFENCE.C.
    pub fn domain_attach(&mut self, d: PasidDomain, device_id: u32) -> Result<(), SvaError> {
        let (root, pscid) = {
            let r = self.domain(d)?;
            (r.table.root(), r.pscid)
        };
        let dev = self.devices.get(&device_id).ok_or(SvaError::UnknownDevice { device_id })?;
        let bits = self.usable_bits(dev);
        if bits == 0 {
            return Err(SvaError::UnknownDevice { device_id });
        }
        if d.pasid >> bits != 0 {
            return Err(SvaError::PasidTooWide { pasid: d.pasid, bits });
        }
        let pc = ProcessConfig { mode: PagingMode::Sv48, root, pscid, ens: false, sum: false };
        self.iommu.set_process(device_id, d.pasid, pc)?;
        self.iommu.invalidate_process(device_id, d.pasid)?;
        if let Some(r) = self.domains.get_mut(&d.pasid) {
            r.devices.insert(device_id);
        }
        Ok(())
    }

    /// Stop `device_id` using the domain: clear its process context (IODIR.INVAL_PDT and
    /// IOTINVAL.VMA by PSCID follow), ATS.INVAL of the whole range with the PASID, fence.
    pub fn domain_detach(&mut self, d: PasidDomain, device_id: u32) -> Result<(), SvaError> {
        if !self.domain(d)?.devices.contains(&device_id) {
            return Err(SvaError::UnknownDevice { device_id });
        }
        self.iommu.remove_process(device_id, d.pasid)?;
        if let Some(dev) = self.devices.get(&device_id).filter(|dev| dev.ats) {
            let target = dev.target(Some(d.pasid));
            self.iommu.execute(&[Command::AtsInval { target, payload: ats_inval_all() }])?;
        }
        if let Some(r) = self.domains.get_mut(&d.pasid) {
            r.devices.remove(&device_id);
        }
        Ok(())
    }

    /// Map `bytes` bytes at `iova` to physical `phys` with `perms`: 4 KiB leaves, `U` = 1,
    /// `A` = 1 and `D` = `write` set up front (the IOMMU does not update them; the pages are
    /// pinned by the caller for as long as they are mapped). Refused, with nothing changed,
    /// when the range is not page aligned, empty, not canonical Sv48, or any page of it is
    /// mapped already. Mapping needs no invalidation (nothing invalid is cached unless the
    /// IOMMU caches invalid entries, which this one does not: `invalidate_on_valid`
    /// decides, as for contexts).
    pub fn domain_map(
        &mut self,
        d: PasidDomain,
        iova: u64,
        phys: PhysAddr,
        bytes: u64,
        perms: MapPerms,
    ) -> Result<(), SvaError> {
        let pages = check_range(iova, bytes)?;
        if phys.0 % PAGE_BYTES != 0 || (perms.write && !perms.read) {
            return Err(SvaError::BadRange { iova, bytes });
        }
        let dma = self.iommu.dma();
        let r = self.domains.get_mut(&d.pasid).ok_or(SvaError::UnknownDomain { pasid: d.pasid })?;
        for i in 0..pages {
            let va = iova + i * PAGE_BYTES;
            if r.table.lookup(dma, va)?.is_some_and(|(_, pte)| pte.v()) {
                return Err(SvaError::AlreadyMapped { iova: va });
            }
        }
        let flags = Pte::default()
            .with_r(perms.read)
            .with_w(perms.write)
            .with_x(perms.execute)
            .with_u(true)
            .with_a(true)
            .with_d(perms.write);
        for i in 0..pages {
            r.table.set(dma, iova + i * PAGE_BYTES, leaf(phys.ppn() + i, flags))?;
        }
        Ok(())
    }

    /// Unmap `bytes` bytes at `iova`: clear the leaves, then IOTINVAL.VMA by the domain's
    /// PSCID and address, ATS.INVAL of the range to every attached ATS device, IOFENCE.C.
    /// When it returns, no device can reach the pages any more and the caller may unpin
    /// them. Returns how many pages were mapped.
    pub fn domain_unmap(&mut self, d: PasidDomain, iova: u64, bytes: u64) -> Result<u64, SvaError> {
        let pages = check_range(iova, bytes)?;
        let dma = self.iommu.dma();
        let r = self.domains.get_mut(&d.pasid).ok_or(SvaError::UnknownDomain { pasid: d.pasid })?;
        let mut cleared = 0;
        for i in 0..pages {
            if r.table.clear(dma, iova + i * PAGE_BYTES)?.is_some() {
                cleared += 1;
            }
        }
        let threshold = self.iommu.config().range_invalidation_threshold;
        let mut cmds = range_invalidations(r.pscid, iova, bytes, threshold);
        for &device_id in &r.devices {
            if let Some(dev) = self.devices.get(&device_id).filter(|dev| dev.ats) {
                let payload = ats_inval_payload(iova, bytes);
                cmds.push(Command::AtsInval { target: dev.target(Some(d.pasid)), payload });
            }
        }
        self.iommu.execute(&cmds)?;
        Ok(cleared)
    }

    /// The physical page `iova` maps to in the domain, if mapped.
    pub fn domain_lookup(&self, d: PasidDomain, iova: u64) -> Result<Option<PhysAddr>, SvaError> {
        let r = self.domain(d)?;
        let found = r.table.lookup(self.iommu.dma(), iova)?;
        Ok(found.filter(|(_, pte)| pte.v()).map(|(_, pte)| PhysAddr::from_ppn(pte.ppn())))
    }

    /// Detach every device, invalidate the domain's PSCID, free its tables, PSCID and PASID.
    pub fn domain_destroy(&mut self, d: PasidDomain) -> Result<(), SvaError> {
        let devices: Vec<u32> = self.domain(d)?.devices.iter().copied().collect();
        for device_id in devices {
            self.domain_detach(d, device_id)?;
        }
        let pscid = self.domain(d)?.pscid;
        self.iommu.execute(&[Command::invalidate_pscid(pscid)])?;
        if let Some(r) = self.domains.remove(&d.pasid) {
            r.table.free(self.iommu.dma());
            self.pscids.remove(&r.pscid);
        }
        self.pasids.put(d.pasid);
        Ok(())
    }
}

/// Pages of a page-aligned, non-empty, canonical range.
fn check_range(iova: u64, bytes: u64) -> Result<u64, SvaError> {
    let bad = SvaError::BadRange { iova, bytes };
    if bytes == 0 || iova % PAGE_BYTES != 0 || bytes % PAGE_BYTES != 0 {
        return Err(bad);
    }
    let last = iova.checked_add(bytes - 1).ok_or(bad.clone())?;
    if !is_canonical(iova) || !is_canonical(last) || (iova >> 63) != (last >> 63) {
        return Err(bad);
    }
    Ok(bytes / PAGE_BYTES)
}
