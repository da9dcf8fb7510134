//! Radix-tree directory tables (the DDT indexed by device_id, the PDT by process_id): index
//! split, on-demand allocation of non-leaf pages, and the record of every page the driver
//! handed to the IOMMU. Both trees have 4 KiB tables of 8-byte non-leaf entries
//! (`V` + `PPN`) and a leaf level of fixed-size contexts.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use super::error::Error;
use super::hw::{Hw, PAGE_BYTES};
use crate::dma::{DmaMemory, PhysAddr};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{
    Ddte, Pdte, DDI0_BITS, DDI1_BITS, DDI1_SHIFT, DDI2_BITS, DDI2_SHIFT, DDTE_BYTES,
    DEVICE_CONTEXT_BYTES, PDI0_BITS, PDI1_BITS, PDI1_SHIFT, PDI2_BITS, PDI2_SHIFT, PDTE_BYTES,
    PROCESS_CONTEXT_BYTES,
};

/// Shape of a directory tree: index fields per level (level 0 is the leaf level).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Geometry {
    levels: u32,
    bits: [u32; 3],
    shifts: [u32; 3],
    leaf_entry_bytes: usize,
    nonleaf_entry_bytes: usize,
    nonleaf_entry: fn(ppn: u64) -> u64,
}

fn ddte(ppn: u64) -> u64 {
    Ddte::default().with_v(true).with_ppn(ppn).to_bits()
}

fn pdte(ppn: u64) -> u64 {
    Pdte::default().with_v(true).with_ppn(ppn).to_bits()
}

impl Geometry {
    /// Base-format DDT of `levels` levels (DDI[0] 7, DDI[1] 9, DDI[2] 8 bits).
    pub fn ddt(levels: u32) -> Self {
        Geometry {
            levels,
            bits: [DDI0_BITS, DDI1_BITS, DDI2_BITS],
            shifts: [0, DDI1_SHIFT, DDI2_SHIFT],
            leaf_entry_bytes: DEVICE_CONTEXT_BYTES,
            nonleaf_entry_bytes: DDTE_BYTES,
            nonleaf_entry: ddte,
        }
    }

    /// PDT of `levels` levels (PDI[0] 8, PDI[1] 9, PDI[2] 3 bits).
    pub fn pdt(levels: u32) -> Self {
        Geometry {
            levels,
            bits: [PDI0_BITS, PDI1_BITS, PDI2_BITS],
            shifts: [0, PDI1_SHIFT, PDI2_SHIFT],
            leaf_entry_bytes: PROCESS_CONTEXT_BYTES,
            nonleaf_entry_bytes: PDTE_BYTES,
            nonleaf_entry: pdte,
        }
    }

    /// Width of the IDs the tree indexes.
    pub fn id_bits(&self) -> u32 {
        self.bits[..self.levels as usize].iter().sum()
    }

    /// True when `id` is indexable.
    pub fn contains(&self, id: u32) -> bool {
        u64::from(id) >> self.id_bits() == 0
    }

    /// The index field of `id` at `level`.
    pub fn index(&self, id: u32, level: u32) -> u32 {
        let l = level as usize;
        (id >> self.shifts[l]) & ((1u32 << self.bits[l]) - 1)
    }

    /// Key of the table at `level` holding `id`'s entry: the ID bits above that level's
    /// index (the root, at the top level, has key 0).
    fn table_key(&self, id: u32, level: u32) -> (u32, u32) {
        if level + 1 >= self.levels {
            (level, 0)
        } else {
            (level, id >> self.shifts[level as usize + 1])
        }
    }
}

/// A directory tree in DMA memory and the pages the driver allocated for it.
pub(crate) struct RadixTable {
    geometry: Geometry,
    root: PhysAddr,
    /// Non-root tables by (level, key).
    tables: BTreeMap<(u32, u32), PhysAddr>,
}

impl RadixTable {
    /// Allocate a zeroed root table.
    pub fn new<M: Mmio, D: DmaMemory>(
        hw: &Hw<'_, M, D>,
        geometry: Geometry,
    ) -> Result<Self, Error> {
        Ok(Self::with_root(geometry, hw.alloc_table_page()?))
    }

    /// A tree whose (zeroed) root table is `root`.
    pub fn with_root(geometry: Geometry, root: PhysAddr) -> Self {
        RadixTable { geometry, root, tables: BTreeMap::new() }
    }

    /// The tree's shape.
    pub fn geometry(&self) -> &Geometry {
        &self.geometry
    }

    /// Physical address of the root table.
    pub fn root(&self) -> PhysAddr {
        self.root
    }

    /// Address of `id`'s leaf context, allocating and linking the missing non-leaf tables
    /// (zeroed pages; linking sets `V` in an invalid entry, which needs no invalidation:
    /// invalid entries are never cached).
    pub fn leaf_slot<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        id: u32,
    ) -> Result<PhysAddr, Error> {
        let g = self.geometry;
        let mut table = self.root;
        for level in (1..g.levels).rev() {
            let key = g.table_key(id, level - 1);
            table = match self.tables.get(&key) {
                Some(&next) => next,
                None => {
                    let next = hw.alloc_table_page()?;
                    let entry =
                        table.add(u64::from(g.index(id, level)) * g.nonleaf_entry_bytes as u64);
                    if let Err(e) = hw.write_u64(entry, (g.nonleaf_entry)(next.ppn())) {
                        hw.dma.free(next, PAGE_BYTES);
                        return Err(e);
                    }
                    self.tables.insert(key, next);
                    next
                }
            };
        }
        Ok(table.add(u64::from(g.index(id, 0)) * g.leaf_entry_bytes as u64))
    }

    /// Every page of the tree, root first.
    pub fn pages(&self) -> Vec<PhysAddr> {
        core::iter::once(self.root).chain(self.tables.values().copied()).collect()
    }

    /// Give every page back to `dma`. Only once the IOMMU can no longer reach or cache the
    /// tree (its pointer invalidated and fenced).
    pub fn free<D: DmaMemory>(self, dma: &D) {
        for page in self.pages() {
            dma.free(page, PAGE_BYTES);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ddt_index_split_follows_the_base_format() {
        // device_id[6:0] = DDI[0], [15:7] = DDI[1], [23:16] = DDI[2].
        let g = Geometry::ddt(3);
        let id = 0xab_cdef;
        assert_eq!(g.index(id, 0), id & 0x7f);
        assert_eq!(g.index(id, 1), (id >> 7) & 0x1ff);
        assert_eq!(g.index(id, 2), id >> 16);
        assert_eq!(Geometry::ddt(1).id_bits(), 7);
        assert_eq!(Geometry::ddt(2).id_bits(), 16);
        assert_eq!(g.id_bits(), 24);
        assert!(Geometry::ddt(1).contains(0x7f));
        assert!(!Geometry::ddt(1).contains(0x80));
    }

    #[test]
    fn pdt_index_split_follows_the_spec() {
        // process_id[7:0] = PDI[0], [16:8] = PDI[1], [19:17] = PDI[2].
        let g = Geometry::pdt(3);
        let id = 0xf_ffff;
        assert_eq!((g.index(id, 0), g.index(id, 1), g.index(id, 2)), (0xff, 0x1ff, 0x7));
        assert_eq!(Geometry::pdt(1).id_bits(), 8);
        assert_eq!(Geometry::pdt(2).id_bits(), 17);
        assert_eq!(g.id_bits(), 20);
    }
}
