//! MMIO: the one trait through which the driver touches device registers, and typed
//! register handles on top of it.
//!
//! A platform implements [`Mmio`] once (co-simulated AXI4-Lite master, a VFIO/UIO mapping of a
//! BAR, a bare-metal pointer, or [`crate::fake::FakeMmio`] in tests). Generated register
//! blocks (`crate::regs`) hand out [`Reg`] handles whose access marker decides at compile time
//! which of `read`, `write` and `modify` exist.
//!
//! Writing a read-only register does not compile:
//!
//! ```compile_fail
//! use driver::fake::FakeMmio;
//! use driver::regs::iommu_regs::{Capabilities, IommuRegs};
//! let regs = IommuRegs::new(FakeMmio::new(IommuRegs::<FakeMmio>::BYTES));
//! regs.capabilities().write(Capabilities::RESET); // `capabilities` is read-only
//! ```
//!
//! while the same call on a writable register does:
//!
//! ```
//! use driver::fake::FakeMmio;
//! use driver::regs::iommu_regs::{Ddtp, IommuRegs};
//! let regs = IommuRegs::new(FakeMmio::new(IommuRegs::<FakeMmio>::BYTES));
//! regs.ddtp().write(Ddtp::RESET);
//! ```

use core::marker::PhantomData;

/// Access to a window of device registers, by byte offset from the window's base.
///
/// Accesses are naturally aligned and never split by the implementation unless a method says
/// so. Methods take `&self`: MMIO is shared by nature; implementations use interior
/// mutability. Reads of the register maps in this project have no side effects, which the
/// default narrow reads rely on. A register write takes effect only after the earlier DMA
/// memory writes are visible to the device (the ordering contract of
/// [`DmaMemory`](crate::dma::DmaMemory)).
pub trait Mmio {
    /// Read the 32-bit word at `offset` (multiple of 4).
    fn read32(&self, offset: usize) -> u32;
    /// Write the 32-bit word at `offset` (multiple of 4), all four byte lanes.
    fn write32(&self, offset: usize, value: u32);
    /// Write the 16-bit value at `offset` (multiple of 2) with only those two byte lanes
    /// enabled. Never emulate this with a read-modify-write of the enclosing word: that would
    /// write back write-1-to-clear bits of the neighbouring register.
    fn write16(&self, offset: usize, value: u16);
    /// Write one byte lane.
    fn write8(&self, offset: usize, value: u8);

    /// Read the 64-bit register at `offset` (multiple of 8). The default reads the low word,
    /// then the high word, which the RISC-V IOMMU allows; buses that can should override it
    /// with one 64-bit access.
    fn read64(&self, offset: usize) -> u64 {
        let lo = u64::from(self.read32(offset));
        let hi = u64::from(self.read32(offset + 4));
        lo | (hi << 32)
    }
    /// Write the 64-bit register at `offset` (multiple of 8). The default writes the high
    /// word, then the low word: `iommu_registers.adoc` lets an IOMMU see an 8-byte write "as
    /// if two separate 4 byte accesses -- first to the high half and second to the low half
    /// -- were performed", and TRR_CTRL asks for "the high half of the register ... first,
    /// followed by the low half, which includes the Go/Busy bit". The fields that start an
    /// operation sit in the low halves (`ddtp.iommu_mode`, `tr_req_ctl.Go/Busy`), so the
    /// operation sees the whole new value (the PPN's upper bits, the device_id). Buses that
    /// can should override it with one 64-bit access.
    fn write64(&self, offset: usize, value: u64) {
        self.write32(offset + 4, (value >> 32) as u32);
        self.write32(offset, value as u32);
    }
    /// Read 16 bits (from the enclosing word; reads have no side effects).
    fn read16(&self, offset: usize) -> u16 {
        (self.read32(offset & !3) >> ((offset & 2) * 8)) as u16
    }
    /// Read 8 bits (from the enclosing word).
    fn read8(&self, offset: usize) -> u8 {
        (self.read32(offset & !3) >> ((offset & 3) * 8)) as u8
    }
}

impl<T: Mmio + ?Sized> Mmio for &T {
    fn read32(&self, offset: usize) -> u32 {
        (**self).read32(offset)
    }
    fn write32(&self, offset: usize, value: u32) {
        (**self).write32(offset, value)
    }
    fn write16(&self, offset: usize, value: u16) {
        (**self).write16(offset, value)
    }
    fn write8(&self, offset: usize, value: u8) {
        (**self).write8(offset, value)
    }
    fn read64(&self, offset: usize) -> u64 {
        (**self).read64(offset)
    }
    fn write64(&self, offset: usize, value: u64) {
        (**self).write64(offset, value)
    }
    fn read16(&self, offset: usize) -> u16 {
        (**self).read16(offset)
    }
    fn read8(&self, offset: usize) -> u8 {
        (**self).read8(offset)
    }
}

/// A register's value type: a `#[repr(transparent)]` newtype over its raw bits, generated
/// from `regmaps/`. `Default` is all-zero; the reset value is the register's `RESET` constant.
/// Registers that share a layout (`cqb`, `fqb` and `pqb`) share one value type.
pub trait RegValue: Copy {
    /// Register width in bytes: 1, 2, 4 or 8.
    const BYTES: usize;
    /// Build a value from raw bits (bits above the width are dropped).
    fn from_raw(raw: u64) -> Self;
    /// The raw bits.
    fn to_raw(self) -> u64;
}

/// A register of a generated block: the type of its value and its write-one bits. A register
/// with a layout of its own is its value type (`Ddtp`); a register sharing a layout is a
/// marker type (`Cqb`, whose value is a `QueueBase`). Each register keeps its own masks: the
/// AER status register shares its layout with the mask register, but only its bits are
/// write-1-to-clear.
pub trait Register {
    /// What reads return and writes take.
    type Value: RegValue;
    /// Bits of the write-1-to-clear fields (`rw1c`): writing 0 there leaves them alone.
    const W1C_MASK: u64 = 0;
    /// Bits of the write-1-to-set fields (`rw1s`): writing 0 there leaves them alone.
    const W1S_MASK: u64 = 0;
}

/// Marker: software may only read (the register has no writable field).
pub struct RO;
/// Marker: software may only write (reads return zero).
pub struct WO;
/// Marker: software may read and write.
pub struct RW;

/// Access markers that allow [`Reg::read`].
pub trait Readable {}
/// Access markers that allow [`Reg::write`].
pub trait Writable {}
impl Readable for RO {}
impl Readable for RW {}
impl Writable for WO {}
impl Writable for RW {}

/// A typed handle to one register `R` at a fixed offset of an [`Mmio`] window.
pub struct Reg<'a, R, A, M: ?Sized> {
    mmio: &'a M,
    offset: usize,
    _marker: PhantomData<(R, A)>,
}

impl<'a, R: Register, A, M: Mmio + ?Sized> Reg<'a, R, A, M> {
    /// A handle for the register at `offset` (generated blocks call this).
    pub const fn new(mmio: &'a M, offset: usize) -> Self {
        Reg { mmio, offset, _marker: PhantomData }
    }

    /// Byte offset of the register in its window.
    pub const fn offset(&self) -> usize {
        self.offset
    }

    fn raw_read(&self) -> u64 {
        match R::Value::BYTES {
            1 => u64::from(self.mmio.read8(self.offset)),
            2 => u64::from(self.mmio.read16(self.offset)),
            4 => u64::from(self.mmio.read32(self.offset)),
            _ => self.mmio.read64(self.offset),
        }
    }

    fn raw_write(&self, raw: u64) {
        match R::Value::BYTES {
            1 => self.mmio.write8(self.offset, raw as u8),
            2 => self.mmio.write16(self.offset, raw as u16),
            4 => self.mmio.write32(self.offset, raw as u32),
            _ => self.mmio.write64(self.offset, raw),
        }
    }
}

impl<R: Register, A: Readable, M: Mmio + ?Sized> Reg<'_, R, A, M> {
    /// Read the register.
    pub fn read(&self) -> R::Value {
        R::Value::from_raw(self.raw_read())
    }
}

impl<R: Register, A: Writable, M: Mmio + ?Sized> Reg<'_, R, A, M> {
    /// Write the whole register.
    pub fn write(&self, value: R::Value) {
        self.raw_write(value.to_raw())
    }
}

impl<R: Register, M: Mmio + ?Sized> Reg<'_, R, RW, M> {
    /// Read, change with `f`, write back; returns the value written.
    ///
    /// Write-1-to-clear and write-1-to-set bits are zeroed before `f` sees the value (as
    /// svd2rust does), so a pending status bit read as 1 is not written back as 1 and cleared,
    /// and a Go bit is not set again. `f` may set such a bit to clear or set it on purpose;
    /// read the register first to see which are pending.
    pub fn modify(&self, f: impl FnOnce(&mut R::Value)) -> R::Value {
        let mut value = R::Value::from_raw(self.raw_read() & !(R::W1C_MASK | R::W1S_MASK));
        f(&mut value);
        self.write(value);
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fake::{Access, Bus32, FakeMmio};

    #[test]
    fn a_split_64_bit_write_goes_high_half_first() {
        let window = FakeMmio::new(16);
        Bus32(&window).write64(8, 0x1111_2222_3333_4444);
        assert_eq!(
            window.log(),
            [
                Access::Write { offset: 12, bytes: 4, value: 0x1111_2222 },
                Access::Write { offset: 8, bytes: 4, value: 0x3333_4444 },
            ],
            "the low half (ddtp.iommu_mode, tr_req_ctl.Go) is written last"
        );
        window.clear_log();
        assert_eq!(Bus32(&window).read64(8), 0x1111_2222_3333_4444);
    }
}
