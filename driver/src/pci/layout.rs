//! Where the PCI layer finds things in a function's configuration space, derived from the
//! generated register maps, plus the few PCI facts `regmaps/` does not describe yet.
//!
//! `regmaps/pcie_rp_cfg_pkg.sv` lays out the root port (a Type 1 header and the PCI Express
//! and ACS capabilities at fixed places); the header registers sit at the same offsets in
//! every Type 1 function and, up to the BARs, in every Type 0 function too. Registers of a
//! capability are taken relative to the capability's header, so they apply wherever another
//! function's list puts that capability.

use crate::regs::kit_map::EcamAddr;
use crate::regs::pcie_ep_caps::{BarMemType, HeaderLayout, TYPE0_BAR_SLOTS};
use crate::regs::pcie_rp_cfg::{
    AcsCaps, AcsCtrl, AcsExtCapHdr, Bar0, Bar1, BaseAddress, BridgeControl, CapPtr, Devcap2,
    Devctl2, MemoryWindow, PcieCapHdr, PcieCaps, PrimaryBus,
};

/// Bytes of one function's configuration space (the ECAM byte-offset field).
pub(crate) const CONFIG_SPACE_BYTES: u32 = EcamAddr::from_bits(u32::MAX).offset() as u32 + 1;

/// End of the common header: the capability list lives above it.
pub(crate) const HEADER_END: u16 = (BridgeControl::OFFSET + BridgeControl::BYTES) as u16;

/// Start of PCI Express extended configuration space: the first offset an 8-bit capability
/// pointer cannot reach, where the extended capability list begins.
pub(crate) const EXT_CAP_START: u16 = 1 << (8 * CapPtr::BYTES);

/// PCI Express Capabilities register, from the capability's header.
pub(crate) const PCIE_CAPS_REL: u16 = (PcieCaps::OFFSET - PcieCapHdr::OFFSET) as u16;
/// Device Capabilities 2, from the PCI Express capability's header.
pub(crate) const DEVCAP2_REL: u16 = (Devcap2::OFFSET - PcieCapHdr::OFFSET) as u16;
/// Device Control 2, from the PCI Express capability's header.
pub(crate) const DEVCTL2_REL: u16 = (Devctl2::OFFSET - PcieCapHdr::OFFSET) as u16;

/// ACS Capability register, from the ACS capability's header.
pub(crate) const ACS_CAPS_REL: u16 = (AcsCaps::OFFSET - AcsExtCapHdr::OFFSET) as u16;
/// ACS Control register, from the ACS capability's header.
pub(crate) const ACS_CTRL_REL: u16 = (AcsCtrl::OFFSET - AcsExtCapHdr::OFFSET) as u16;

/// Distance between two BARs.
pub(crate) const BAR_STRIDE: u16 = (Bar1::OFFSET - Bar0::OFFSET) as u16;
/// BARs of a Type 1 header: those below the bus-number registers.
pub(crate) const TYPE1_BARS: u8 = ((PrimaryBus::OFFSET - Bar0::OFFSET) / Bar1::BYTES) as u8;
/// The address bits of a memory BAR (everything but its type and prefetchable flags).
pub(crate) const BAR_MEM_ADDR_MASK: u32 = BaseAddress::from_bits(u32::MAX)
    .with_io_space(false)
    .with_mem_type(0)
    .with_prefetchable(false)
    .0;

/// Address bit that the lowest bit of a bridge memory window's `addr` field stands for: the
/// field holds address bits `[31:20]`, so windows have a 1 MiB granularity.
pub(crate) const WINDOW_SHIFT: u32 =
    u32::BITS - MemoryWindow::from_bits(u16::MAX).addr().count_ones();
/// Largest value of a window's `addr` field.
pub(crate) const WINDOW_ADDR_MAX: u16 = MemoryWindow::from_bits(u16::MAX).addr();

// Type 0 header facts from `regmaps/pcie_ep_caps_pkg.sv`.

/// Header Type layout of a Type 0 (endpoint) header.
pub(crate) const HEADER_LAYOUT_TYPE0: u8 = HeaderLayout::TYPE0.0;
/// Header Type layout of a Type 1 (PCI-to-PCI bridge) header.
pub(crate) const HEADER_LAYOUT_TYPE1: u8 = HeaderLayout::TYPE1.0;
/// BARs of a Type 0 header.
pub(crate) const TYPE0_BARS: u8 = TYPE0_BAR_SLOTS as u8;
/// Memory BAR type: 32-bit decoder.
pub(crate) const BAR_MEM_TYPE_32: u8 = BarMemType::TYPE_32.0;
/// Memory BAR type: 64-bit decoder (the next BAR holds the upper address half).
pub(crate) const BAR_MEM_TYPE_64: u8 = BarMemType::TYPE_64.0;

#[cfg(test)]
mod tests {
    use super::*;

    /// Spot checks against the PCI / PCIe specifications' tables.
    #[test]
    fn derived_positions_match_the_specifications() {
        assert_eq!(CONFIG_SPACE_BYTES, 4096);
        assert_eq!(HEADER_END, 0x40);
        assert_eq!(EXT_CAP_START, 0x100);
        assert_eq!((PCIE_CAPS_REL, DEVCAP2_REL, DEVCTL2_REL), (0x02, 0x24, 0x28));
        assert_eq!((ACS_CAPS_REL, ACS_CTRL_REL), (0x04, 0x06));
        assert_eq!((BAR_STRIDE, TYPE1_BARS), (4, 2));
        assert_eq!(BAR_MEM_ADDR_MASK, 0xffff_fff0);
        assert_eq!((WINDOW_SHIFT, WINDOW_ADDR_MAX), (20, 0xfff));
    }
}
