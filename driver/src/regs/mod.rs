// Generated from regmaps/*.sv by codegen (`cargo xtask codegen`); do not edit.
//!
//! Typed register, structure and encoding definitions, one module per package of `regmaps/`.
//! Regenerate with `cargo xtask codegen` after changing a register map. The modules are
//! `#[rustfmt::skip]`: their layout is the template's, and the drift check keeps them exact.

/// RISC-V IOMMU in-memory formats (little-endian, doublewords as 64-bit values).
#[rustfmt::skip]
pub mod iommu_mem;
/// RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
#[rustfmt::skip]
pub mod iommu_regs;
/// IOMMU translation port: what the root port (or a co-simulation request source) asks the
#[rustfmt::skip]
pub mod iommu_xlate;
/// Host address map of the synthesizable top (hw/top/pcie_iommu_top.sv): the windows of its one
#[rustfmt::skip]
pub mod kit_map;
/// PCIe endpoint extended capabilities for shared virtual addressing: PASID, ATS and PRI.
#[rustfmt::skip]
pub mod pcie_ep_caps;
/// PCIe root port configuration space (4 KiB, DWORD-wide configuration accesses).
#[rustfmt::skip]
pub mod pcie_rp_cfg;
/// PCIe Transaction Layer Packet formats, as they travel on the TLP streams.
#[rustfmt::skip]
pub mod tlp;
