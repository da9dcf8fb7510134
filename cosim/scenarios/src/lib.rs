//! Scenarios of the driver against an IOMMU, written once and run on every backend.
//!
//! * [`address_space`]: Sv39/Sv48 page tables built in DMA memory, as a kernel would.
//! * [`reference_walk`]: an independent page-table walker written from the privileged
//!   specification, against which translations are checked.

#![forbid(unsafe_code)]

extern crate alloc;

pub mod address_space;
pub mod reference_walk;
