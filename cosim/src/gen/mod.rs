// Generated from regmaps/*.sv by codegen (`cargo xtask codegen`); do not edit.
//!
//! Hardware-interface layouts of the generated register blocks, one module per block: the
//! bit positions of the `reg2hw` / `hw2reg` leaves (types in [`crate::hwif`]).
//! Regenerate with `cargo xtask codegen` after changing a register map. The modules are
//! `#[rustfmt::skip]`: their layout is the template's, and the drift check keeps them exact.

/// Layout of the `iommu_regs` block's `reg2hw` / `hw2reg` structs.
#[rustfmt::skip]
pub mod iommu_regs_hwif;
/// Layout of the `pcie_rp_cfg` block's `reg2hw` / `hw2reg` structs.
#[rustfmt::skip]
pub mod pcie_rp_cfg_hwif;
