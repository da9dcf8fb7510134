//! Scenarios of the driver against an IOMMU, written once and run on every backend.
//!
//! * [`platform`]: what a backend provides ([`platform::Platform`]: registers, host memory, the
//!   translation port, run until idle) and the reference model's implementation.
//! * [`page_tables`]: Sv39/Sv48 page tables built in DMA memory, as a kernel would.
//! * [`reference_walk`]: an independent page-table walker written from the privileged
//!   specification, against which translations are checked.

#![forbid(unsafe_code)]

extern crate alloc;

pub mod lockstep;
pub mod page_tables;
pub mod platform;
pub mod reference_walk;
pub mod suite;
