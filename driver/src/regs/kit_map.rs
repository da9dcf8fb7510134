// Generated from regmaps/kit_map_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! Host address map of the synthesizable top (hw/top/pcie_iommu_top.sv): the windows of its one
//! register slave (s_axil_*), and the position of the root port in configuration space.
//!
//! The slave is 64 bits wide with a 32-bit address. ECAM follows the PCI Express Enhanced
//! Configuration Access Mechanism: one 4 KiB configuration space per bus/device/function at
//! ECAM_BASE + (bus << 20 | device << 15 | function << 12). Host accesses inside the MMIO
//! window are forwarded to the link as memory requests at the same address (bus address =
//! host address) when the root port's memory windows and Memory Space Enable allow it.
//!
//! Source: `regmaps/kit_map_pkg.sv`. Structures convert to and from bytes in little-endian (memory) order.

// Generated field accessors cast and shift uniformly, whatever the widths.
#![allow(clippy::unnecessary_cast, clippy::identity_op)]

#[allow(unused_imports)]
use crate::mmio::{Mmio, Reg, RegValue, RO, RW, WO};

/// Width of the host register slave's address.
pub const HOST_ADDR_WIDTH: u32 = 0x20;

/// Width of the host register slave's data.
pub const HOST_DATA_WIDTH: u32 = 0x40;

/// The IOMMU's register block (iommu_regs_pkg, 4 KiB).
pub const IOMMU_REGS_BASE: u64 = 0;

pub const IOMMU_REGS_SIZE: u64 = 0x1000;

/// The ECAM window: 256 buses of 32 devices of 8 functions, 4 KiB each.
pub const ECAM_BASE: u64 = 0x1000_0000;

pub const ECAM_SIZE: u64 = 0x1000_0000;

/// The downstream memory window (endpoint BARs), identity-mapped to PCI bus addresses.
pub const MMIO_BASE: u64 = 0x4000_0000;

pub const MMIO_SIZE: u64 = 0x4000_0000;

/// The root port's place on the root bus.
pub const RP_BUS: u32 = 0;

pub const RP_DEVICE: u32 = 0;

pub const RP_FUNCTION: u32 = 0;

/// Size in bytes of `ecam_addr_t`.
pub const ECAM_ADDR_BYTES: usize = 4;

/// Offset of an access inside the ECAM window.
///
/// `ecam_addr_t`, 32 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct EcamAddr(pub u32);

impl EcamAddr {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf000_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// byte offset in the function's configuration space
    ///
    /// Bits `[11:0]`.
    #[inline]
    pub const fn offset(&self) -> u16 {
        (self.0 & 0xfff) as u16
    }

    /// Set `offset` (bits `[11:0]`).
    #[inline]
    pub const fn set_offset(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `offset`");
        self.0 = (self.0 & !0xfff) | ((v) as u32 & 0xfff);
    }

    /// This value with `offset` replaced.
    #[inline]
    #[must_use]
    pub const fn with_offset(mut self, v: u16) -> Self {
        self.set_offset(v);
        self
    }

    /// function number
    ///
    /// Bits `[14:12]`.
    #[inline]
    pub const fn func(&self) -> u8 {
        ((self.0 >> 12) & 7) as u8
    }

    /// Set `func` (bits `[14:12]`).
    #[inline]
    pub const fn set_func(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `func`");
        self.0 = (self.0 & !(7 << 12)) | (((v) as u32 & 7) << 12);
    }

    /// This value with `func` replaced.
    #[inline]
    #[must_use]
    pub const fn with_func(mut self, v: u8) -> Self {
        self.set_func(v);
        self
    }

    /// device number
    ///
    /// Bits `[19:15]`.
    #[inline]
    pub const fn device(&self) -> u8 {
        ((self.0 >> 15) & 0x1f) as u8
    }

    /// Set `device` (bits `[19:15]`).
    #[inline]
    pub const fn set_device(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `device`");
        self.0 = (self.0 & !(0x1f << 15)) | (((v) as u32 & 0x1f) << 15);
    }

    /// This value with `device` replaced.
    #[inline]
    #[must_use]
    pub const fn with_device(mut self, v: u8) -> Self {
        self.set_device(v);
        self
    }

    /// bus number
    ///
    /// Bits `[27:20]`.
    #[inline]
    pub const fn bus(&self) -> u8 {
        ((self.0 >> 20) & 0xff) as u8
    }

    /// Set `bus` (bits `[27:20]`).
    #[inline]
    pub const fn set_bus(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `bus`");
        self.0 = (self.0 & !(0xff << 20)) | (((v) as u32 & 0xff) << 20);
    }

    /// This value with `bus` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bus(mut self, v: u8) -> Self {
        self.set_bus(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u32) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 4]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for EcamAddr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("EcamAddr")
            .field("offset", &self.offset())
            .field("func", &self.func())
            .field("device", &self.device())
            .field("bus", &self.bus())
            .finish()
    }
}
