//! DMA memory: the one trait through which the driver allocates and accesses physical memory
//! that the IOMMU and devices read and write (tables, queues, page tables).
//!
//! In the spirit of rust-vmm's `vm-memory`: the driver is the consumer; the co-simulation's
//! host memory, a real platform's DMA allocator, or a test fake provide it.

/// A physical (bus) address as the IOMMU sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PhysAddr(pub u64);

impl PhysAddr {
    /// Physical page number for 4 KiB pages.
    pub const fn ppn(self) -> u64 {
        self.0 >> 12
    }
    /// Address of physical page `ppn`.
    pub const fn from_ppn(ppn: u64) -> Self {
        PhysAddr(ppn << 12)
    }
    /// Address `bytes` further on.
    pub const fn add(self, bytes: u64) -> Self {
        PhysAddr(self.0 + bytes)
    }
}

/// Why a DMA memory operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DmaError {
    /// No free memory of that size and alignment.
    OutOfMemory { bytes: usize, align: usize },
    /// The range is not backed by memory this provider manages.
    Unmapped { addr: PhysAddr, len: usize },
    /// An argument was invalid (zero size, alignment not a power of two).
    Invalid,
    /// A word access is not naturally aligned (so it could not be one memory operation).
    Misaligned { addr: PhysAddr, align: usize },
}

impl core::fmt::Display for DmaError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            DmaError::OutOfMemory { bytes, align } => {
                write!(f, "no free DMA memory for {bytes} bytes aligned to {align}")
            }
            DmaError::Unmapped { addr, len } => {
                write!(f, "{len} bytes at {:#x} are not DMA memory", addr.0)
            }
            DmaError::Invalid => f.write_str("invalid DMA allocation request"),
            DmaError::Misaligned { addr, align } => {
                write!(f, "{:#x} is not aligned to {align} bytes", addr.0)
            }
        }
    }
}

impl core::error::Error for DmaError {}

/// Bytes of the word [`DmaMemory::read_u64`] and [`DmaMemory::write_u64`] access.
const WORD_BYTES: usize = 8;

/// Physical memory shared with hardware.
///
/// # What an implementation must guarantee
///
/// The driver updates tables the IOMMU may read at any time, and hands work to it through
/// register writes; both are only safe with these two properties
/// (`iommu_data_structures.adoc`, "Updating in-memory data structure entries";
/// `iommu_sw_guidelines.adoc`, "Guidelines for invalidations"):
///
/// * **One 64-bit store.** [`DmaMemory::write_u64`] reaches memory as one naturally aligned,
///   single-copy atomic 64-bit store ("software must use a store that results in a single
///   memory operation"). The driver sets and clears `V` of directory entries, and links
///   non-leaf tables, one doubleword at a time while the IOMMU may be reading them: half
///   of a doubleword must never be observable. The default method is a [`DmaMemory::write`]
///   of 8 bytes, which is correct only where such a write is one store; an implementation
///   whose `write` copies bytes (or goes over a 32-bit path) must override `write_u64`.
/// * **Ordering.** Writes through this trait become visible to the IOMMU in program order,
///   and before any later [`Mmio`](crate::mmio::Mmio) register write takes effect: a
///   context's other doublewords are written before the one holding `V`, a command before
///   the `cqt` write that publishes it, a queue's zeroed buffer before its enable. A read
///   through this trait made after a register read (a record after `fqt`, the fence word
///   after `cqcsr`) sees memory at least as new as that register read. On RISC-V (RVWMO) this
///   takes fences (`fence w, w` between memory stores, `fence w, o` before the MMIO store,
///   `fence i, r` after the MMIO load), in this trait or in the `Mmio` implementation;
///   coherent, in-order simulations need none.
pub trait DmaMemory {
    /// Allocate `bytes` zeroed bytes aligned to `align` (a power of two).
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError>;
    /// Give back an allocation made by [`DmaMemory::alloc`] with the same size.
    fn free(&self, addr: PhysAddr, bytes: usize);
    /// Copy `buf.len()` bytes from physical memory at `addr` into `buf`.
    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError>;
    /// Copy `data` into physical memory at `addr` (ordered as the trait docs say; no
    /// atomicity is promised for more than one byte).
    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError>;

    /// Read a little-endian 64-bit word (what hardware tables are made of).
    fn read_u64(&self, addr: PhysAddr) -> Result<u64, DmaError> {
        let mut b = [0u8; WORD_BYTES];
        self.read(addr, &mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    /// Write a little-endian 64-bit word at an 8-byte aligned `addr` as one single-copy
    /// atomic store (see the trait docs). The default refuses a misaligned `addr` and
    /// otherwise calls [`DmaMemory::write`] with the 8 bytes: override it unless that
    /// write is one 64-bit store.
    fn write_u64(&self, addr: PhysAddr, value: u64) -> Result<(), DmaError> {
        if addr.0 % WORD_BYTES as u64 != 0 {
            return Err(DmaError::Misaligned { addr, align: WORD_BYTES });
        }
        self.write(addr, &value.to_le_bytes())
    }
}

impl<T: DmaMemory + ?Sized> DmaMemory for &T {
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        (**self).alloc(bytes, align)
    }
    fn free(&self, addr: PhysAddr, bytes: usize) {
        (**self).free(addr, bytes)
    }
    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
        (**self).read(addr, buf)
    }
    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
        (**self).write(addr, data)
    }
    // Forwarded, so that a provider's own single 64-bit store is kept through a reference.
    fn read_u64(&self, addr: PhysAddr) -> Result<u64, DmaError> {
        (**self).read_u64(addr)
    }
    fn write_u64(&self, addr: PhysAddr, value: u64) -> Result<(), DmaError> {
        (**self).write_u64(addr, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fake::FakeDma;
    use core::cell::Cell;

    /// A provider whose 64-bit store is its own (as a real one doing one `sd` would be).
    struct OneStore {
        mem: FakeDma,
        stores: Cell<u32>,
    }

    impl DmaMemory for OneStore {
        fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
            self.mem.alloc(bytes, align)
        }
        fn free(&self, addr: PhysAddr, bytes: usize) {
            self.mem.free(addr, bytes)
        }
        fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
            self.mem.read(addr, buf)
        }
        fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
            self.mem.write(addr, data)
        }
        fn write_u64(&self, addr: PhysAddr, value: u64) -> Result<(), DmaError> {
            self.stores.set(self.stores.get() + 1);
            self.mem.write(addr, &value.to_le_bytes())
        }
    }

    #[test]
    fn a_reference_keeps_the_providers_own_64_bit_store() {
        let p = OneStore { mem: FakeDma::new(PhysAddr(0x1000), 4096), stores: Cell::new(0) };
        // The driver holds its memory by reference (`Iommu::init(mmio, &dma, ..)`).
        let by_ref: &OneStore = &p;
        DmaMemory::write_u64(&by_ref, PhysAddr(0x1008), 0x1122_3344_5566_7788).unwrap();
        assert_eq!(p.stores.get(), 1, "the override, not a byte copy through write()");
        assert_eq!(DmaMemory::read_u64(&by_ref, PhysAddr(0x1008)), Ok(0x1122_3344_5566_7788));
    }

    #[test]
    fn the_default_64_bit_store_refuses_a_misaligned_word() {
        let mem = FakeDma::new(PhysAddr(0x1000), 4096);
        assert_eq!(
            mem.write_u64(PhysAddr(0x1004), 1),
            Err(DmaError::Misaligned { addr: PhysAddr(0x1004), align: 8 })
        );
        assert_eq!(mem.read_u64(PhysAddr(0x1000)), Ok(0), "nothing was written");
        mem.write_u64(PhysAddr(0x1008), 2).unwrap();
        assert_eq!(mem.read_u64(PhysAddr(0x1008)), Ok(2));
    }
}
