//! Sv48 page tables in DMA memory (RISC-V privileged specification, "Sv48"; the IOMMU's
//! first stage walks them as the `iommu_data_structures.adoc` process-context `fsc` says).
//! Used by [`super::PasidDomain`] for driver-owned tables and by the co-simulation's process
//! model for a process's own tables: 4 KiB leaves only, non-leaf tables allocated on demand.

use alloc::vec::Vec;

use crate::dma::{DmaError, DmaMemory, PhysAddr};
use crate::regs::iommu_mem::{Pte, PAGE_SHIFT, PTE_BYTES, PT_VPN_BITS, SV48_LEVELS};

const PAGE_BYTES: usize = 1 << PAGE_SHIFT;

/// Bits of an Sv48 virtual address.
pub const SV48_VA_BITS: u32 = PAGE_SHIFT + SV48_LEVELS * PT_VPN_BITS;

/// True when `va` is a canonical Sv48 address: bits 63:48 equal bit 47.
pub const fn is_canonical(va: u64) -> bool {
    let shift = u64::BITS - SV48_VA_BITS;
    (((va << shift) as i64) >> shift) as u64 == va
}

/// VPN[level] of `va`.
const fn vpn(va: u64, level: u32) -> u64 {
    (va >> (PAGE_SHIFT + level * PT_VPN_BITS)) & ((1 << PT_VPN_BITS) - 1)
}

/// A leaf PTE for 4 KiB page `ppn` with `flags` (R/W/X/U/G/A/D) and `V` = 1.
pub fn leaf(ppn: u64, flags: Pte) -> Pte {
    flags.with_v(true).with_ppn(ppn)
}

/// One Sv48 page table tree.
#[derive(Debug)]
pub struct PageTable {
    root: PhysAddr,
    /// Every non-root table page, for freeing.
    tables: Vec<PhysAddr>,
}

impl PageTable {
    /// A zeroed root table.
    pub fn new<D: DmaMemory + ?Sized>(dma: &D) -> Result<Self, DmaError> {
        let root = dma.alloc(PAGE_BYTES, PAGE_BYTES)?;
        Ok(PageTable { root, tables: Vec::new() })
    }

    /// The root table (`PPN` of `satp`/`fsc`).
    pub fn root(&self) -> PhysAddr {
        self.root
    }

    /// Number of table pages, the root included.
    pub fn table_pages(&self) -> usize {
        1 + self.tables.len()
    }

    /// Address of the leaf PTE of `va`, allocating missing non-leaf tables when `create`.
    /// `None` when a table is missing and not created. A superpage leaf on the way is
    /// treated as missing (this module never writes one).
    fn slot<D: DmaMemory + ?Sized>(
        &mut self,
        dma: &D,
        va: u64,
        create: bool,
    ) -> Result<Option<PhysAddr>, DmaError> {
        let mut table = self.root;
        for level in (1..SV48_LEVELS).rev() {
            let at = table.add(vpn(va, level) * PTE_BYTES as u64);
            let pte = Pte(dma.read_u64(at)?);
            table = if pte.v() && !pte.r() && !pte.w() && !pte.x() {
                PhysAddr::from_ppn(pte.ppn())
            } else if create {
                let next = dma.alloc(PAGE_BYTES, PAGE_BYTES)?;
                self.tables.push(next);
                // Non-leaf: V = 1, R = W = X = 0 (and A, D, U zero as the spec asks).
                dma.write_u64(at, Pte::default().with_v(true).with_ppn(next.ppn()).to_bits())?;
                next
            } else {
                return Ok(None);
            };
        }
        Ok(Some(table.add(vpn(va, 0) * PTE_BYTES as u64)))
    }

    /// The leaf PTE of `va` (any value, valid or not) and its address, if the tables to it
    /// exist.
    pub fn lookup<D: DmaMemory + ?Sized>(
        &self,
        dma: &D,
        va: u64,
    ) -> Result<Option<(PhysAddr, Pte)>, DmaError> {
        let mut table = self.root;
        for level in (1..SV48_LEVELS).rev() {
            let pte = Pte(dma.read_u64(table.add(vpn(va, level) * PTE_BYTES as u64))?);
            if !pte.v() || pte.r() || pte.w() || pte.x() {
                return Ok(None);
            }
            table = PhysAddr::from_ppn(pte.ppn());
        }
        let at = table.add(vpn(va, 0) * PTE_BYTES as u64);
        Ok(Some((at, Pte(dma.read_u64(at)?))))
    }

    /// Write the leaf PTE of `va` (one 64-bit store), creating tables; the old value.
    pub fn set<D: DmaMemory + ?Sized>(
        &mut self,
        dma: &D,
        va: u64,
        pte: Pte,
    ) -> Result<Pte, DmaError> {
        let Some(at) = self.slot(dma, va, true)? else {
            // `create` always yields a slot.
            return Err(DmaError::Invalid);
        };
        let old = Pte(dma.read_u64(at)?);
        dma.write_u64(at, pte.to_bits())?;
        Ok(old)
    }

    /// Clear the leaf PTE of `va`; the old value if it was valid.
    pub fn clear<D: DmaMemory + ?Sized>(
        &mut self,
        dma: &D,
        va: u64,
    ) -> Result<Option<Pte>, DmaError> {
        let Some(at) = self.slot(dma, va, false)? else { return Ok(None) };
        let old = Pte(dma.read_u64(at)?);
        if !old.v() {
            return Ok(None);
        }
        dma.write_u64(at, 0)?;
        Ok(Some(old))
    }

    /// Tear the tree down to an empty root: every root entry cleared (one store each), the
    /// other table pages returned for the caller to free once no walker can still use them
    /// (after the invalidations the change calls for). The root page stays.
    pub fn clear_all<D: DmaMemory + ?Sized>(&mut self, dma: &D) -> Result<Vec<PhysAddr>, DmaError> {
        let entries = PAGE_BYTES / PTE_BYTES;
        for i in 0..entries {
            let at = self.root.add((i * PTE_BYTES) as u64);
            if dma.read_u64(at)? != 0 {
                dma.write_u64(at, 0)?;
            }
        }
        Ok(core::mem::take(&mut self.tables))
    }

    /// Give every table page back (the tables must no longer be in use).
    pub fn free<D: DmaMemory + ?Sized>(self, dma: &D) {
        for t in self.tables {
            dma.free(t, PAGE_BYTES);
        }
        dma.free(self.root, PAGE_BYTES);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fake::FakeDma;

    #[test]
    fn canonical_addresses() {
        assert!(is_canonical(0));
        assert!(is_canonical(0x0000_7fff_ffff_ffff));
        assert!(!is_canonical(0x0000_8000_0000_0000));
        assert!(is_canonical(0xffff_8000_0000_0000));
        assert!(!is_canonical(0xfff0_0000_0000_0000));
    }

    #[test]
    fn map_lookup_clear_and_the_walk_by_hand() {
        let dma = FakeDma::new(PhysAddr(0x8000_0000), 1 << 20);
        let mut pt = PageTable::new(&dma).unwrap();
        let va = 0x0000_1234_5678_9000u64;
        let flags = Pte::default().with_r(true).with_u(true).with_a(true);
        assert_eq!(pt.lookup(&dma, va).unwrap(), None);
        pt.set(&dma, va, leaf(0x8_0042, flags)).unwrap();
        assert_eq!(pt.table_pages(), 4);
        // Walk by hand: VPN[3] = va[47:39], 9 bits per level, PTE.PPN at bits 53:10.
        let mut table = pt.root().0;
        for shift in [39u32, 30, 21] {
            let e = dma.read_u64(PhysAddr(table + ((va >> shift) & 0x1ff) * 8)).unwrap();
            assert_eq!(e & 0xf, 1, "non-leaf: V only");
            table = (e >> 10) << 12;
        }
        let e = dma.read_u64(PhysAddr(table + ((va >> 12) & 0x1ff) * 8)).unwrap();
        assert_eq!(e, (0x8_0042 << 10) | 0b101_0011);
        let (_, pte) = pt.lookup(&dma, va).unwrap().unwrap();
        assert_eq!(pte.ppn(), 0x8_0042);
        assert_eq!(pt.clear(&dma, va).unwrap().map(|p| p.ppn()), Some(0x8_0042));
        assert_eq!(pt.clear(&dma, va).unwrap(), None);
        let freed = pt.clear_all(&dma).unwrap();
        assert_eq!(freed.len(), 3);
        assert_eq!(pt.lookup(&dma, va).unwrap(), None);
        pt.free(&dma);
    }
}
