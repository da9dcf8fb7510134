//! Configuration access: function addresses ([`Bdf`]), the [`ConfigSpace`] trait the PCI layer
//! reads and writes through, and [`Ecam`], configuration space behind an ECAM window.

use core::fmt;

use crate::mmio::Mmio;
use crate::regs::kit_map::EcamAddr;

/// Every field of an ECAM offset set: the largest bus, device, function and byte offset.
const ECAM_MAX: EcamAddr = EcamAddr::from_bits(u32::MAX);

/// A function's address in configuration space: bus, device, function.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Bdf {
    bus: u8,
    device: u8,
    function: u8,
}

impl Bdf {
    /// Highest bus number (the ECAM `bus` field).
    pub const BUS_MAX: u8 = ECAM_MAX.bus();
    /// Highest device number (the ECAM `device` field).
    pub const DEVICE_MAX: u8 = ECAM_MAX.device();
    /// Highest function number (the ECAM `func` field).
    pub const FUNCTION_MAX: u8 = ECAM_MAX.func();

    /// The function at `bus`/`device`/`function`; `None` when the device or function number
    /// does not fit its field.
    pub const fn new(bus: u8, device: u8, function: u8) -> Option<Self> {
        if device > Self::DEVICE_MAX || function > Self::FUNCTION_MAX {
            None
        } else {
            Some(Bdf { bus, device, function })
        }
    }

    /// Bus number.
    pub const fn bus(self) -> u8 {
        self.bus
    }

    /// Device number.
    pub const fn device(self) -> u8 {
        self.device
    }

    /// Function number.
    pub const fn function(self) -> u8 {
        self.function
    }

    /// The ECAM offset of byte `offset` of this function's configuration space.
    pub const fn ecam_addr(self, offset: u16) -> EcamAddr {
        EcamAddr::from_bits(0)
            .with_bus(self.bus)
            .with_device(self.device)
            .with_func(self.function)
            .with_offset(offset & ECAM_MAX.offset())
    }

    /// The PCIe Routing ID (Requester ID) of the function: bus, device and function packed
    /// in that order, which is exactly the ECAM offset above its byte-offset field. The
    /// RISC-V IOMMU uses it as the `device_id` of a PCIe function (segment 0).
    pub const fn routing_id(self) -> u16 {
        (self.ecam_addr(0).to_bits() >> ECAM_MAX.offset().count_ones()) as u16
    }
}

impl fmt::Display for Bdf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02x}:{:02x}.{:x}", self.bus, self.device, self.function)
    }
}

impl fmt::Debug for Bdf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Byte lanes of a DWORD: bit `i` enables byte `i` (byte 0 holds bits `[7:0]`), as the First
/// DW Byte Enables of a configuration write request.
pub type Lanes = u8;

/// All four byte lanes.
pub const ALL_LANES: Lanes = 0b1111;

/// Configuration space of every function below a host bridge, one DWORD at a time.
///
/// Offsets are byte offsets inside the function's 4 KiB space. A function that does not
/// exist reads all ones and ignores writes (the host answers an Unsupported Request that
/// way). Writes carry byte lanes so that a 16-bit register can be written without writing its
/// neighbour in the same DWORD (Status next to Command: a read-modify-write of the whole
/// DWORD would write back its write-1-to-clear bits and clear them). Methods take `&self`:
/// implementations use interior mutability, as [`Mmio`] does.
pub trait ConfigSpace {
    /// Read the DWORD at `offset` (a multiple of 4).
    fn read_dw(&self, bdf: Bdf, offset: u16) -> u32;
    /// Write the byte lanes `lanes` of `value` to the DWORD at `offset` (a multiple of 4).
    fn write_dw(&self, bdf: Bdf, offset: u16, value: u32, lanes: Lanes);

    /// Read the byte at `offset`.
    fn read8(&self, bdf: Bdf, offset: u16) -> u8 {
        (self.read_dw(bdf, offset & !3) >> ((offset & 3) * 8)) as u8
    }
    /// Read the 16-bit register at `offset` (a multiple of 2).
    fn read16(&self, bdf: Bdf, offset: u16) -> u16 {
        (self.read_dw(bdf, offset & !3) >> ((offset & 2) * 8)) as u16
    }
    /// Read the 32-bit register at `offset` (a multiple of 4).
    fn read32(&self, bdf: Bdf, offset: u16) -> u32 {
        self.read_dw(bdf, offset & !3)
    }
    /// Write the byte at `offset` alone.
    fn write8(&self, bdf: Bdf, offset: u16, value: u8) {
        let shift = (offset & 3) * 8;
        self.write_dw(bdf, offset & !3, u32::from(value) << shift, 1 << (offset & 3));
    }
    /// Write the 16-bit register at `offset` (a multiple of 2) alone.
    fn write16(&self, bdf: Bdf, offset: u16, value: u16) {
        let shift = (offset & 2) * 8;
        self.write_dw(bdf, offset & !3, u32::from(value) << shift, 0b11 << (offset & 2));
    }
    /// Write the 32-bit register at `offset` (a multiple of 4).
    fn write32(&self, bdf: Bdf, offset: u16, value: u32) {
        self.write_dw(bdf, offset & !3, value, ALL_LANES)
    }
}

impl<T: ConfigSpace + ?Sized> ConfigSpace for &T {
    fn read_dw(&self, bdf: Bdf, offset: u16) -> u32 {
        (**self).read_dw(bdf, offset)
    }
    fn write_dw(&self, bdf: Bdf, offset: u16, value: u32, lanes: Lanes) {
        (**self).write_dw(bdf, offset, value, lanes)
    }
}

/// Configuration space behind a PCI Express ECAM window: offset 0 of the [`Mmio`] is the
/// window's base (`kit_map::ECAM_BASE` in the kit), and each function's space sits at the
/// offset the `kit_map::EcamAddr` layout gives.
///
/// Writes use the narrowest MMIO access that covers their lanes (8, 16 or 32 bits), so the
/// host bridge turns them into configuration writes with exactly those byte enables.
pub struct Ecam<M> {
    mmio: M,
}

impl<M: Mmio> Ecam<M> {
    /// ECAM over `mmio`.
    pub const fn new(mmio: M) -> Self {
        Ecam { mmio }
    }

    /// The underlying window.
    pub fn mmio(&self) -> &M {
        &self.mmio
    }

    fn offset(bdf: Bdf, offset: u16) -> usize {
        bdf.ecam_addr(offset).to_bits() as usize
    }
}

impl<M: Mmio> ConfigSpace for Ecam<M> {
    fn read_dw(&self, bdf: Bdf, offset: u16) -> u32 {
        self.mmio.read32(Self::offset(bdf, offset & !3))
    }

    fn write_dw(&self, bdf: Bdf, offset: u16, value: u32, lanes: Lanes) {
        let base = Self::offset(bdf, offset & !3);
        match lanes & ALL_LANES {
            0 => {}
            ALL_LANES => self.mmio.write32(base, value),
            0b0011 => self.mmio.write16(base, value as u16),
            0b1100 => self.mmio.write16(base + 2, (value >> 16) as u16),
            other => {
                for lane in 0..4 {
                    if other & (1 << lane) != 0 {
                        self.mmio.write8(base + lane, (value >> (lane * 8)) as u8);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fake::{Access, FakeMmio};
    use crate::regs::kit_map;
    use std::string::ToString;

    #[test]
    fn bdf_limits_come_from_the_ecam_layout() {
        assert_eq!((Bdf::BUS_MAX, Bdf::DEVICE_MAX, Bdf::FUNCTION_MAX), (255, 31, 7));
        assert!(Bdf::new(0, 32, 0).is_none());
        assert!(Bdf::new(0, 0, 8).is_none());
        let bdf = Bdf::new(0x12, 3, 5).unwrap();
        assert_eq!(bdf.to_string(), "12:03.5");
        // PCIe Routing ID: bus [15:8], device [7:3], function [2:0].
        assert_eq!(bdf.routing_id(), 0x12 << 8 | 3 << 3 | 5);
        // ECAM: bus << 20 | device << 15 | function << 12 (kit_map.md).
        assert_eq!(bdf.ecam_addr(0x44).to_bits(), 0x12 << 20 | 3 << 15 | 5 << 12 | 0x44);
    }

    #[test]
    fn ecam_accesses_use_the_lanes_written() {
        let window = FakeMmio::new(2 << 20);
        let ecam = Ecam::new(&window);
        let bdf = Bdf::new(1, 0, 1).unwrap();
        let base = (1 << 20) | (1 << 12);
        ecam.write16(bdf, 6, 0xabcd);
        ecam.write8(bdf, 0x19, 7);
        ecam.write32(bdf, 0x10, 0x1234_5678);
        ecam.write_dw(bdf, 0x20, 0x1122_3344, 0b0101);
        assert_eq!(
            window.log(),
            [
                Access::Write { offset: base + 6, bytes: 2, value: 0xabcd },
                Access::Write { offset: base + 0x19, bytes: 1, value: 7 },
                Access::Write { offset: base + 0x10, bytes: 4, value: 0x1234_5678 },
                Access::Write { offset: base + 0x20, bytes: 1, value: 0x44 },
                Access::Write { offset: base + 0x22, bytes: 1, value: 0x22 },
            ]
        );
        assert_eq!(ecam.read16(bdf, 6), 0xabcd);
        assert_eq!(ecam.read8(bdf, 0x19), 7);
        assert_eq!(ecam.read32(bdf, 0x20), 0x0022_0044);
        assert!(kit_map::ECAM_SIZE >= (u64::from(Bdf::BUS_MAX) + 1) << 20);
    }
}
