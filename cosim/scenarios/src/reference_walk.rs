//! An independent first-stage page-table walker, written for the tests from the RISC-V
//! privileged specification's "Virtual Address Translation Process" (Sv39/Sv48, with Svnapot
//! and without Svpbmt, Svade behaviour for A/D) and the RISC-V IOMMU's rules for privilege
//! (`PC.ta.SUM`, execute on user pages). It shares no code with the reference model: the
//! suite checks the model (and later the RTL) against it.

use driver::dma::{DmaMemory, PhysAddr};
use driver::regs::iommu_mem::{
    Pte, NAPOT_64K_BITS, NAPOT_64K_CODE, PAGE_SHIFT, PTE_BYTES, PT_VPN_BITS,
};

use driver::iommu::PagingMode;

use crate::page_tables::{levels, PageSize};

/// The kind of access, as the fault causes distinguish them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessType {
    Read,
    Write,
    Execute,
}

/// What the walk starts from.
#[derive(Clone, Copy, Debug)]
pub struct WalkRoot {
    pub paging: PagingMode,
    pub root_ppn: u64,
    /// The request is privileged (supervisor).
    pub privileged: bool,
    /// `PC.ta.SUM`: privileged requests may read and write user pages.
    pub sum: bool,
}

/// The walk's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefOutcome {
    /// Translated: physical address of `va`, size of the leaf, the leaf entry.
    Translated { pa: u64, size: PageSize, leaf: Pte },
    /// A page fault of the access type (causes 12 / 13 / 15).
    PageFault,
    /// A page-table read the memory refused: an access fault of the access type (1 / 5 / 7).
    AccessFault,
}

fn low_ones(bits: u32) -> u64 {
    (1u64 << bits) - 1
}

/// Translate `va` for `access`, reading the tables from `mem`.
pub fn walk<D: DmaMemory + ?Sized>(
    mem: &D,
    root: &WalkRoot,
    va: u64,
    access: AccessType,
) -> RefOutcome {
    let levels = levels(root.paging);
    let va_bits = PAGE_SHIFT + levels * PT_VPN_BITS;
    // Bits 63..va_bits-1 must all equal bit va_bits-1.
    let upper = va >> (va_bits - 1);
    if upper != 0 && upper != low_ones(64 - (va_bits - 1)) {
        return RefOutcome::PageFault;
    }
    let mut table = root.root_ppn << PAGE_SHIFT;
    let mut level = levels;
    loop {
        level -= 1;
        let index = (va >> (PAGE_SHIFT + level * PT_VPN_BITS)) & low_ones(PT_VPN_BITS);
        let mut bytes = [0u8; PTE_BYTES];
        if mem.read(PhysAddr(table + index * PTE_BYTES as u64), &mut bytes).is_err() {
            return RefOutcome::AccessFault;
        }
        let pte = Pte::from_le_bytes(bytes);
        // Invalid, write-only (reserved), reserved bits, or a memory type without Svpbmt.
        if !pte.v() || (pte.w() && !pte.r()) || pte.0 & Pte::RESERVED.0 != 0 || pte.pbmt() != 0 {
            return RefOutcome::PageFault;
        }
        let is_leaf = pte.r() || pte.x();
        if !is_leaf {
            // D, A, U and N are reserved in a pointer to the next level.
            if pte.d() || pte.a() || pte.u() || pte.n() || level == 0 {
                return RefOutcome::PageFault;
            }
            table = pte.ppn() << PAGE_SHIFT;
            continue;
        }
        // A leaf: permissions first.
        let allowed = match access {
            AccessType::Read => pte.r(),
            AccessType::Write => pte.w(),
            AccessType::Execute => pte.x(),
        };
        let user_ok = if root.privileged {
            !pte.u() || (root.sum && access != AccessType::Execute)
        } else {
            pte.u()
        };
        if !allowed || !user_ok {
            return RefOutcome::PageFault;
        }
        // Svnapot: only the 64 KiB size at level 0 is defined.
        let napot = pte.n();
        if napot
            && (level != 0 || pte.ppn() & low_ones(NAPOT_64K_BITS) != u64::from(NAPOT_64K_CODE))
        {
            return RefOutcome::PageFault;
        }
        // A superpage's PPN must be aligned to its size.
        if level > 0 && pte.ppn() & low_ones(level * PT_VPN_BITS) != 0 {
            return RefOutcome::PageFault;
        }
        // No hardware A/D update: A clear, or D clear on a write, faults.
        if !pte.a() || (access == AccessType::Write && !pte.d()) {
            return RefOutcome::PageFault;
        }
        let (offset_bits, size) = if napot {
            (PAGE_SHIFT + NAPOT_64K_BITS, PageSize::Size64K)
        } else {
            let size = match level {
                0 => PageSize::Size4K,
                1 => PageSize::Size2M,
                2 => PageSize::Size1G,
                _ => PageSize::Size512G,
            };
            (PAGE_SHIFT + level * PT_VPN_BITS, size)
        };
        let base = (pte.ppn() << PAGE_SHIFT) & !low_ones(offset_bits);
        return RefOutcome::Translated { pa: base | (va & low_ones(offset_bits)), size, leaf: pte };
    }
}
