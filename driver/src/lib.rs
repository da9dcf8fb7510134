//! Driver for the PASID-capable RISC-V IOMMU and the TLP-prefix PCIe root port.
//!
//! `no_std` + `alloc`. The driver touches hardware only through two traits: [`mmio::Mmio`]
//! for registers and [`dma::DmaMemory`] for memory shared with hardware; the co-simulation,
//! a real platform and the [`fake`] providers implement them. [`regs`] is generated from
//! `regmaps/*.sv` by `cargo xtask codegen` (typed register values, register blocks and
//! in-memory/wire structures, and each register block's [`regmeta`] table `REGISTERS`);
//! [`bits`] holds the helpers it uses for wide structures.
//!
//! [`iommu`] is the IOMMU layer built on them: [`iommu::Iommu::init`] brings the RISC-V
//! IOMMU up as the specification's software guidelines say, then attaches devices (device
//! contexts in the DDT), fills process directories (process contexts by PASID), runs
//! invalidations through the command queue, drains the fault and page-request queues and
//! drives the debug translation interface.
//!
//! [`pci`] is the PCI layer in front of it: configuration access (ECAM), enumeration, and
//! PASID / ATS / PRI enables that check the whole path from a function to its root port.
//!
//! `platform` (feature `std`, off by default) is the real-platform backend: [`mmio::Mmio`]
//! and [`dma::DmaMemory`] over memory-mapped register windows and DMA buffers (UIO, VFIO,
//! `u-dma-buf`), for running the driver on a board (`docs/board.md`).
//!
//! [`sva`] is shared virtual addressing over both: one system-wide PASID allocator for every
//! IOMMU, bind/unbind of devices to process address spaces (an OS's memory manager behind
//! [`sva::AddressSpace`]), page-request handling, invalidation on change, process exit, and
//! PASID domains with driver-owned page tables.

#![no_std]
// Unsafe code is allowed in `platform` alone (mapped memory, I/O barriers).
#![deny(unsafe_code)]

extern crate alloc;
#[cfg(any(test, feature = "std"))]
extern crate std;

pub mod bits;
pub mod dma;
pub mod fake;
pub mod iommu;
pub mod mmio;
pub mod pci;
#[cfg(feature = "std")]
#[allow(unsafe_code)]
pub mod platform;
pub mod regmeta;
pub mod regs;
pub mod sva;
