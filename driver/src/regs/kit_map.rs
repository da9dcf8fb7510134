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
use crate::mmio::{Mmio, Reg, RegValue, Register, RO, RW, WO};

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

    crate::bits::fields! { u32;
        /// byte offset in the function's configuration space
        ///
        /// Bits `[11:0]`.
        offset set_offset with_offset: num(u16, 0, 0xfff);
        /// function number
        ///
        /// Bits `[14:12]`.
        func set_func with_func: num(u8, 12, 7);
        /// device number
        ///
        /// Bits `[19:15]`.
        device set_device with_device: num(u8, 15, 0x1f);
        /// bus number
        ///
        /// Bits `[27:20]`.
        bus set_bus with_bus: num(u8, 20, 0xff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(EcamAddr: offset func device bus);
