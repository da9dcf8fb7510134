//! The page tables of a process address space as the tests build them: Sv39 or Sv48 page tables in DMA memory,
//! written with the generated `Pte` type, the way a kernel's memory manager would.
//!
//! Mappings are made with [`PageTables::map`] at any page size the walkers support (4 KiB,
//! 64 KiB NAPOT, 2 MiB, 1 GiB, 512 GiB on Sv48); [`PageTables::write_pte`] writes an
//! arbitrary (possibly malformed) entry at a given level, for fault tests.

use alloc::vec::Vec;

use driver::dma::{DmaError, DmaMemory, PhysAddr};
use driver::iommu::PagingMode;
use driver::regs::iommu_mem::{
    Pte, NAPOT_64K_BITS, NAPOT_64K_CODE, PAGE_SHIFT, PTE_BYTES, PT_VPN_BITS, SV39_LEVELS,
    SV48_LEVELS,
};

/// Page-table levels of a paging scheme.
pub const fn levels(paging: PagingMode) -> u32 {
    match paging {
        PagingMode::Sv39 => SV39_LEVELS,
        PagingMode::Sv48 => SV48_LEVELS,
    }
}

/// Width of a virtual address in bits (39 or 48).
pub const fn va_bits(paging: PagingMode) -> u32 {
    PAGE_SHIFT + levels(paging) * PT_VPN_BITS
}

/// A page size: a level-`n` leaf, or a 64 KiB NAPOT range at level 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageSize {
    Size4K,
    Size64K,
    Size2M,
    Size1G,
    Size512G,
}

impl PageSize {
    /// Every size, smallest first.
    pub const ALL: [PageSize; 5] = [
        PageSize::Size4K,
        PageSize::Size64K,
        PageSize::Size2M,
        PageSize::Size1G,
        PageSize::Size512G,
    ];

    /// Page-table level of the leaf (0 for 4 KiB and NAPOT 64 KiB).
    pub const fn level(self) -> u32 {
        match self {
            PageSize::Size4K | PageSize::Size64K => 0,
            PageSize::Size2M => 1,
            PageSize::Size1G => 2,
            PageSize::Size512G => 3,
        }
    }

    /// log2 of the size in bytes.
    pub const fn shift(self) -> u32 {
        match self {
            PageSize::Size64K => PAGE_SHIFT + NAPOT_64K_BITS,
            _ => PAGE_SHIFT + self.level() * PT_VPN_BITS,
        }
    }

    /// Size in bytes.
    pub const fn bytes(self) -> u64 {
        1 << self.shift()
    }

    /// Whether `paging` has a level for this leaf.
    pub const fn fits(self, paging: PagingMode) -> bool {
        self.level() < levels(paging)
    }
}

/// The permission and status bits of a leaf, as a kernel would set them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    pub r: bool,
    pub w: bool,
    pub x: bool,
    pub u: bool,
    pub g: bool,
    pub a: bool,
    pub d: bool,
}

impl Flags {
    /// User read/write data, accessed and dirty.
    pub const USER_RW: Flags =
        Flags { r: true, w: true, x: false, u: true, g: false, a: true, d: true };
    /// User read-only data, accessed.
    pub const USER_RO: Flags =
        Flags { r: true, w: false, x: false, u: true, g: false, a: true, d: false };
    /// User code, accessed.
    pub const USER_RX: Flags =
        Flags { r: true, w: false, x: true, u: true, g: false, a: true, d: false };
    /// Kernel read/write data, accessed and dirty.
    pub const KERNEL_RW: Flags =
        Flags { r: true, w: true, x: false, u: false, g: false, a: true, d: true };

    fn leaf(self, ppn: u64) -> Pte {
        Pte::default()
            .with_v(true)
            .with_r(self.r)
            .with_w(self.w)
            .with_x(self.x)
            .with_u(self.u)
            .with_g(self.g)
            .with_a(self.a)
            .with_d(self.d)
            .with_ppn(ppn)
    }
}

/// Why a mapping could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapError {
    /// The page size does not exist in this paging scheme.
    SizeNotInScheme(PageSize),
    /// `va` or `pa` is not aligned to the page size, or `va` is outside the scheme.
    Misaligned { va: u64, pa: u64 },
    /// A leaf already maps part of the range at a higher level.
    Covered { va: u64 },
    /// DMA memory for a table could not be allocated or written.
    Dma(DmaError),
}

impl From<DmaError> for MapError {
    fn from(e: DmaError) -> Self {
        MapError::Dma(e)
    }
}

/// The page tables of one address space in DMA memory.
pub struct PageTables<'d, D: DmaMemory + ?Sized> {
    dma: &'d D,
    paging: PagingMode,
    root: PhysAddr,
    tables: Vec<PhysAddr>,
}

const TABLE_BYTES: usize = 1 << PAGE_SHIFT;

impl<'d, D: DmaMemory + ?Sized> PageTables<'d, D> {
    /// An empty address space (a zeroed root table).
    pub fn new(dma: &'d D, paging: PagingMode) -> Result<Self, DmaError> {
        let root = dma.alloc(TABLE_BYTES, TABLE_BYTES)?;
        Ok(PageTables { dma, paging, root, tables: alloc::vec![root] })
    }

    /// The paging scheme.
    pub fn paging(&self) -> PagingMode {
        self.paging
    }

    /// Physical page number of the root table (for `iosatp.PPN` / `PC.fsc.PPN`).
    pub fn root_ppn(&self) -> u64 {
        self.root.ppn()
    }

    /// Every table page allocated so far (root first).
    pub fn tables(&self) -> &[PhysAddr] {
        &self.tables
    }

    /// `VPN[level]` of `va`.
    pub fn vpn(va: u64, level: u32) -> u64 {
        (va >> (PAGE_SHIFT + level * PT_VPN_BITS)) & ((1 << PT_VPN_BITS) - 1)
    }

    /// Whether `va` is canonical for this scheme (bits above the top one equal it).
    pub fn is_canonical(&self, va: u64) -> bool {
        let top = va_bits(self.paging) - 1;
        let high = (va as i64) >> top;
        high == 0 || high == -1
    }

    /// Map `[va, va + size)` to `[pa, pa + size)` with `flags`, making tables as needed.
    pub fn map(&mut self, va: u64, pa: u64, size: PageSize, flags: Flags) -> Result<(), MapError> {
        if !size.fits(self.paging) {
            return Err(MapError::SizeNotInScheme(size));
        }
        if va % size.bytes() != 0 || pa % size.bytes() != 0 || !self.is_canonical(va) {
            return Err(MapError::Misaligned { va, pa });
        }
        let ppn = pa >> PAGE_SHIFT;
        match size {
            PageSize::Size64K => {
                let code = (ppn & !((1 << NAPOT_64K_BITS) - 1)) | u64::from(NAPOT_64K_CODE);
                let pte = flags.leaf(code).with_n(true);
                for i in 0..1u64 << NAPOT_64K_BITS {
                    self.write_pte(va + (i << PAGE_SHIFT), 0, pte)?;
                }
                Ok(())
            }
            _ => self.write_pte(va, size.level(), flags.leaf(ppn)),
        }
    }

    /// Clear the leaf that maps `va` at `size` (every entry of a NAPOT range).
    pub fn unmap(&mut self, va: u64, size: PageSize) -> Result<(), MapError> {
        let count = if size == PageSize::Size64K { 1u64 << NAPOT_64K_BITS } else { 1 };
        let base = va & !(size.bytes() - 1);
        for i in 0..count {
            self.write_pte(base + (i << PAGE_SHIFT), size.level(), Pte::default())?;
        }
        Ok(())
    }

    /// Write `pte` as the entry for `va` at `level`, making non-leaf tables above it as needed
    /// (it fails with `Covered` when a leaf sits above).
    pub fn write_pte(&mut self, va: u64, level: u32, pte: Pte) -> Result<(), MapError> {
        let mut table = self.root;
        for i in (level + 1..levels(self.paging)).rev() {
            let addr = table.add(Self::vpn(va, i) * PTE_BYTES as u64);
            let above = self.load(addr)?;
            table = if !above.v() {
                let next = self.dma.alloc(TABLE_BYTES, TABLE_BYTES)?;
                self.tables.push(next);
                self.dma
                    .write(addr, &Pte::default().with_v(true).with_ppn(next.ppn()).to_le_bytes())?;
                next
            } else if above.r() || above.w() || above.x() {
                return Err(MapError::Covered { va });
            } else {
                PhysAddr::from_ppn(above.ppn())
            };
        }
        let addr = table.add(Self::vpn(va, level) * PTE_BYTES as u64);
        self.dma.write(addr, &pte.to_le_bytes())?;
        Ok(())
    }

    /// Read the entry for `va` at `level`, if the tables above it exist (no leaf above).
    pub fn read_pte(&self, va: u64, level: u32) -> Result<Option<Pte>, MapError> {
        let mut table = self.root;
        for i in (level..levels(self.paging)).rev() {
            let pte = self.load(table.add(Self::vpn(va, i) * PTE_BYTES as u64))?;
            if i == level {
                return Ok(Some(pte));
            }
            if !pte.v() || pte.r() || pte.w() || pte.x() {
                return Ok(None);
            }
            table = PhysAddr::from_ppn(pte.ppn());
        }
        Ok(None)
    }

    fn load(&self, addr: PhysAddr) -> Result<Pte, MapError> {
        let mut b = [0u8; PTE_BYTES];
        self.dma.read(addr, &mut b)?;
        Ok(Pte::from_le_bytes(b))
    }
}
