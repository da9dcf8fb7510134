//! The I/O barriers the [`DmaMemory`](crate::dma::DmaMemory) ordering contract needs on a
//! real machine (module docs of [`super`]).
//!
//! Three points: between two stores to DMA memory ([`dma_store`]), before a store to a
//! register ([`mmio_store`]), after a load from a register ([`mmio_load`]). The compiler must
//! not move memory accesses across any of them either; every variant is at least a compiler
//! fence.

#[cfg(any(target_arch = "riscv64", target_arch = "riscv32", target_arch = "aarch64"))]
use core::arch::asm;
#[cfg(not(any(target_arch = "riscv64", target_arch = "riscv32", target_arch = "aarch64")))]
use core::sync::atomic::Ordering;

/// Earlier stores to DMA memory become visible to the device before later ones.
#[inline]
pub(crate) fn dma_store() {
    #[cfg(any(target_arch = "riscv64", target_arch = "riscv32"))]
    // SAFETY: `fence w,w` only orders this hart's memory stores; it touches no register or
    // memory that Rust knows of (and it is not `nomem`, so it is also a compiler fence).
    unsafe {
        asm!("fence w,w", options(nostack, preserves_flags))
    };
    #[cfg(target_arch = "aarch64")]
    // SAFETY: `dmb oshst` orders this core's stores for the outer-shareable domain (where a
    // DMA-capable device observes memory); it changes no state Rust knows of.
    unsafe {
        asm!("dmb oshst", options(nostack, preserves_flags))
    };
    // x86-64: stores are seen in program order (TSO).
    #[cfg(target_arch = "x86_64")]
    core::sync::atomic::compiler_fence(Ordering::SeqCst);
    #[cfg(not(any(
        target_arch = "riscv64",
        target_arch = "riscv32",
        target_arch = "aarch64",
        target_arch = "x86_64"
    )))]
    core::sync::atomic::fence(Ordering::SeqCst);
}

/// Earlier stores to DMA memory become visible to the device before the register store
/// that follows.
#[inline]
pub(crate) fn mmio_store() {
    #[cfg(any(target_arch = "riscv64", target_arch = "riscv32"))]
    // SAFETY: `fence w,o` orders earlier memory stores before later device-output stores;
    // it changes no state Rust knows of.
    unsafe {
        asm!("fence w,o", options(nostack, preserves_flags))
    };
    #[cfg(target_arch = "aarch64")]
    // SAFETY: as in `dma_store`: `dmb oshst` orders the memory stores before the device
    // store (both in the outer-shareable domain); no state Rust knows of changes.
    unsafe {
        asm!("dmb oshst", options(nostack, preserves_flags))
    };
    // x86-64: uncached stores are ordered after earlier stores.
    #[cfg(target_arch = "x86_64")]
    core::sync::atomic::compiler_fence(Ordering::SeqCst);
    #[cfg(not(any(
        target_arch = "riscv64",
        target_arch = "riscv32",
        target_arch = "aarch64",
        target_arch = "x86_64"
    )))]
    core::sync::atomic::fence(Ordering::SeqCst);
}

/// Memory loads after a register load are not satisfied before it.
#[inline]
pub(crate) fn mmio_load() {
    #[cfg(any(target_arch = "riscv64", target_arch = "riscv32"))]
    // SAFETY: `fence i,r` orders the earlier device-input load before later memory loads;
    // it changes no state Rust knows of.
    unsafe {
        asm!("fence i,r", options(nostack, preserves_flags))
    };
    #[cfg(target_arch = "aarch64")]
    // SAFETY: `dmb oshld` orders the earlier (device) load before later loads; it changes
    // no state Rust knows of.
    unsafe {
        asm!("dmb oshld", options(nostack, preserves_flags))
    };
    // x86-64: loads are not reordered with older loads.
    #[cfg(target_arch = "x86_64")]
    core::sync::atomic::compiler_fence(Ordering::SeqCst);
    #[cfg(not(any(
        target_arch = "riscv64",
        target_arch = "riscv32",
        target_arch = "aarch64",
        target_arch = "x86_64"
    )))]
    core::sync::atomic::fence(Ordering::SeqCst);
}
