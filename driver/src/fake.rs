//! Fake providers for unit tests: plain memory behind the [`Mmio`] and [`DmaMemory`] traits,
//! with a log of MMIO accesses. They model no register semantics (a write-1-to-clear bit is
//! just stored); the co-simulation runs the real RTL for that.

use alloc::vec;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::dma::{DmaError, DmaMemory, PhysAddr};
use crate::mmio::Mmio;

/// One access seen by [`FakeMmio`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read { offset: usize, bytes: usize },
    Write { offset: usize, bytes: usize, value: u64 },
}

/// A register window made of plain little-endian memory that records every access.
pub struct FakeMmio {
    mem: RefCell<Vec<u8>>,
    log: RefCell<Vec<Access>>,
}

impl FakeMmio {
    /// A zeroed window of `bytes` bytes.
    pub fn new(bytes: usize) -> Self {
        FakeMmio { mem: RefCell::new(vec![0; bytes]), log: RefCell::new(Vec::new()) }
    }

    /// The accesses so far, oldest first.
    pub fn log(&self) -> Vec<Access> {
        self.log.borrow().clone()
    }

    /// Forget the logged accesses.
    pub fn clear_log(&self) {
        self.log.borrow_mut().clear();
    }

    /// Set memory directly, as hardware would (not logged).
    pub fn poke(&self, offset: usize, bytes: &[u8]) {
        self.mem.borrow_mut()[offset..offset + bytes.len()].copy_from_slice(bytes);
    }

    fn load(&self, offset: usize, bytes: usize) -> u64 {
        assert!(offset % bytes == 0, "misaligned {bytes}-byte MMIO read at {offset:#x}");
        self.log.borrow_mut().push(Access::Read { offset, bytes });
        let mem = self.mem.borrow();
        let mut b = [0u8; 8];
        b[..bytes].copy_from_slice(&mem[offset..offset + bytes]);
        u64::from_le_bytes(b)
    }

    fn store(&self, offset: usize, bytes: usize, value: u64) {
        assert!(offset % bytes == 0, "misaligned {bytes}-byte MMIO write at {offset:#x}");
        self.log.borrow_mut().push(Access::Write { offset, bytes, value });
        self.mem.borrow_mut()[offset..offset + bytes]
            .copy_from_slice(&value.to_le_bytes()[..bytes]);
    }
}

impl Mmio for FakeMmio {
    fn read32(&self, offset: usize) -> u32 {
        self.load(offset, 4) as u32
    }
    fn write32(&self, offset: usize, value: u32) {
        self.store(offset, 4, u64::from(value))
    }
    fn write16(&self, offset: usize, value: u16) {
        self.store(offset, 2, u64::from(value))
    }
    fn write8(&self, offset: usize, value: u8) {
        self.store(offset, 1, u64::from(value))
    }
    fn read64(&self, offset: usize) -> u64 {
        self.load(offset, 8)
    }
    fn write64(&self, offset: usize, value: u64) {
        self.store(offset, 8, value)
    }
    fn read16(&self, offset: usize) -> u16 {
        self.load(offset, 2) as u16
    }
    fn read8(&self, offset: usize) -> u8 {
        self.load(offset, 1) as u8
    }
}

/// A 32-bit register bus in front of another window: only 8-, 16- and 32-bit accesses reach
/// it; 64-bit ones take [`Mmio`]'s default split (high half first). Tests use it to check
/// the driver on buses that cannot make a 64-bit access.
pub struct Bus32<M>(pub M);

impl<M: Mmio> Mmio for Bus32<M> {
    fn read32(&self, offset: usize) -> u32 {
        self.0.read32(offset)
    }
    fn write32(&self, offset: usize, value: u32) {
        self.0.write32(offset, value)
    }
    fn write16(&self, offset: usize, value: u16) {
        self.0.write16(offset, value)
    }
    fn write8(&self, offset: usize, value: u8) {
        self.0.write8(offset, value)
    }
}

/// Physical memory for tests: a zeroed region starting at `base`, bump-allocated.
pub struct FakeDma {
    base: u64,
    mem: RefCell<Vec<u8>>,
    next: RefCell<u64>,
}

impl FakeDma {
    /// `bytes` of memory at physical address `base`.
    pub fn new(base: PhysAddr, bytes: usize) -> Self {
        FakeDma { base: base.0, mem: RefCell::new(vec![0; bytes]), next: RefCell::new(base.0) }
    }

    fn range(&self, addr: PhysAddr, len: usize) -> Result<core::ops::Range<usize>, DmaError> {
        let size = self.mem.borrow().len() as u64;
        let start = addr.0.checked_sub(self.base).filter(|s| s + len as u64 <= size);
        match start {
            Some(s) => Ok(s as usize..s as usize + len),
            None => Err(DmaError::Unmapped { addr, len }),
        }
    }
}

impl DmaMemory for FakeDma {
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        if bytes == 0 || !align.is_power_of_two() {
            return Err(DmaError::Invalid);
        }
        let mut next = self.next.borrow_mut();
        let start = next.next_multiple_of(align as u64);
        let end = self.base + self.mem.borrow().len() as u64;
        if start + bytes as u64 > end {
            return Err(DmaError::OutOfMemory { bytes, align });
        }
        *next = start + bytes as u64;
        Ok(PhysAddr(start))
    }

    fn free(&self, _addr: PhysAddr, _bytes: usize) {}

    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
        let r = self.range(addr, buf.len())?;
        buf.copy_from_slice(&self.mem.borrow()[r]);
        Ok(())
    }

    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
        let r = self.range(addr, data.len())?;
        self.mem.borrow_mut()[r].copy_from_slice(data);
        Ok(())
    }
}
