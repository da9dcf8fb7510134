//! The I/O barriers the [`DmaMemory`](crate::dma::DmaMemory) ordering contract needs on a
//! real machine (module docs of [`super`]).
//!
//! Three points: between two stores to DMA memory ([`dma_store`]), before a store to a
//! register ([`mmio_store`]), after a load from a register ([`mmio_load`]). The compiler must
//! not move memory accesses across any of them either; every variant is at least a compiler
//! fence. On x86-64 each is a compiler fence only: stores are seen in program order (TSO),
//! uncached stores are ordered after earlier stores, and loads are not reordered with older
//! loads. Other architectures without an instruction here get a full `fence(SeqCst)`.

#[cfg(any(target_arch = "riscv64", target_arch = "riscv32", target_arch = "aarch64"))]
use core::arch::asm;
#[cfg(not(any(target_arch = "riscv64", target_arch = "riscv32", target_arch = "aarch64")))]
use core::sync::atomic::Ordering;

/// One barrier: the RISC-V and AArch64 instructions, a compiler fence on x86-64, a full
/// fence elsewhere.
macro_rules! barrier {
    ($(#[$doc:meta])* $name:ident, riscv: $rv:literal, aarch64: $arm:literal) => {
        $(#[$doc])*
        #[inline]
        pub(crate) fn $name() {
            #[cfg(any(target_arch = "riscv64", target_arch = "riscv32"))]
            // SAFETY: a RISC-V `fence` only orders this hart's accesses; it changes no
            // register or memory Rust knows of (and it is not `nomem`, so it is also a
            // compiler fence).
            unsafe {
                asm!($rv, options(nostack, preserves_flags))
            };
            #[cfg(target_arch = "aarch64")]
            // SAFETY: a `dmb` on the outer-shareable domain (where a DMA-capable device
            // observes memory) only orders this core's accesses; it changes no state Rust
            // knows of.
            unsafe {
                asm!($arm, options(nostack, preserves_flags))
            };
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
    };
}

barrier!(
    /// Earlier stores to DMA memory become visible to the device before later ones.
    dma_store, riscv: "fence w,w", aarch64: "dmb oshst"
);
barrier!(
    /// Earlier stores to DMA memory become visible to the device before the register store
    /// that follows (device-output stores on RISC-V).
    mmio_store, riscv: "fence w,o", aarch64: "dmb oshst"
);
barrier!(
    /// Memory loads after a register load are not satisfied before it (device-input loads
    /// on RISC-V).
    mmio_load, riscv: "fence i,r", aarch64: "dmb oshld"
);
