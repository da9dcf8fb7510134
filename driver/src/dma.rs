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
        }
    }
}

/// Physical memory shared with hardware.
pub trait DmaMemory {
    /// Allocate `bytes` zeroed bytes aligned to `align` (a power of two).
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError>;
    /// Give back an allocation made by [`DmaMemory::alloc`] with the same size.
    fn free(&self, addr: PhysAddr, bytes: usize);
    /// Copy `buf.len()` bytes from physical memory at `addr` into `buf`.
    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError>;
    /// Copy `data` into physical memory at `addr`.
    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError>;

    /// Read a little-endian 64-bit word (what hardware tables are made of).
    fn read_u64(&self, addr: PhysAddr) -> Result<u64, DmaError> {
        let mut b = [0u8; 8];
        self.read(addr, &mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    /// Write a little-endian 64-bit word.
    fn write_u64(&self, addr: PhysAddr, value: u64) -> Result<(), DmaError> {
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
}
