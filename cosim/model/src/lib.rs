//! The RISC-V IOMMU reference model (specification release 20260222), in progress.

pub mod mem;
mod regfile;
pub mod request;
