//! The real-platform backend (feature `std`): the driver's two hardware traits over memory
//! mappings, so that the same driver that runs against the co-simulation and the reference
//! model runs on a board.
//!
//! - [`MappedBar`] is [`Mmio`](crate::mmio::Mmio) over a mapped register window: a UIO map
//!   (`/dev/uioN`, map `i` at file offset `i` x page size, [`UioMap`]), a VFIO region, a PCI
//!   BAR's sysfs `resourceN` file, or any file (the tests use a temporary one).
//! - [`DmaBuffer`] is [`DmaMemory`](crate::dma::DmaMemory) over a mapped DMA buffer (a UIO
//!   map of reserved memory, a `u-dma-buf` device, a hugepage file) whose bus address the
//!   caller knows ([`UioMap::addr`], [`UdmaBuf`]): a first-fit free-list allocator with the
//!   alignment the driver asks for, bounds-checked reads and writes, typed errors.
//!
//! `docs/board.md` says how to get such mappings on a board (device-tree node, udmabuf, VFIO)
//! and how to bring the driver up on them.
//!
//! # Unsafe code
//!
//! The crate denies `unsafe_code`; this module alone allows it, for volatile loads and stores
//! through the pointers of the mappings and for the I/O barriers (`barrier.rs`). Every block
//! has a `// SAFETY:` comment. No reference (`&[u8]`, `&mut [u8]`) to mapped memory is ever
//! made: the device may change it at any time, and a reference would promise the compiler
//! that it does not.
//!
//! # Ordering
//!
//! [`DmaMemory`](crate::dma::DmaMemory) asks that memory writes become visible to the device
//! in program order and before any later register write, and that a memory read after a
//! register read sees memory at least as new. The backend issues the barriers for that:
//! between memory stores, before every register store and after every register load (RISC-V
//! `fence w,w` / `fence w,o` / `fence i,r`; AArch64 `dmb oshst` / `dmb oshst` / `dmb oshld`;
//! x86-64 needs only the compiler not to reorder; other architectures get a sequentially
//! consistent fence, which orders ordinary memory only). The DMA buffer must be coherent
//! with the device or mapped uncached (`docs/board.md`).

#![deny(unsafe_op_in_unsafe_fn)]

mod bar;
mod barrier;
mod dma_buffer;
mod sysfs;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::string::String;

pub use bar::{Access64, MappedBar, Rejected};
pub use dma_buffer::DmaBuffer;
pub use sysfs::{page_size, UdmaBuf, UioInterrupt, UioMap};

use crate::regmeta::RegisterInfo;

/// Why a mapping could not be made or used.
#[derive(Debug, thiserror::Error)]
pub enum PlatformError {
    /// Opening, inspecting or mapping a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A mapping of zero bytes was asked for.
    #[error("a mapping of zero bytes")]
    Empty,
    /// The window would reach past the end of a regular file (touching it would raise
    /// `SIGBUS`).
    #[error("{len:#x} bytes at offset {offset:#x} reach past the file's {file_len:#x} bytes")]
    BeyondFile {
        /// Offset of the window in the file.
        offset: u64,
        /// Length of the window.
        len: usize,
        /// Length of the file.
        file_len: u64,
    },
    /// The window is smaller than the register block it is meant to hold.
    #[error("the window has {len:#x} bytes, the register block needs {needed:#x}")]
    WindowTooSmall {
        /// Length of the window.
        len: usize,
        /// Bytes the register block spans (its `REGISTERS` extent).
        needed: usize,
    },
    /// The mapping's address or the bus address is not 8-byte aligned, so 64-bit accesses
    /// could not be single aligned loads and stores.
    #[error("{what} {addr:#x} is not aligned to 8 bytes")]
    Misaligned {
        /// Which address (`"mapping"`, `"bus address"`).
        what: &'static str,
        /// The address.
        addr: u64,
    },
    /// The bus address range overflows 64 bits.
    #[error("{len:#x} bytes at bus address {base:#x} overflow the address space")]
    AddressOverflow {
        /// Bus address of the buffer.
        base: u64,
        /// Length of the buffer.
        len: usize,
    },
    /// A sysfs attribute did not hold the number expected.
    #[error("{}: not a number: {text:?}", path.display())]
    Parse {
        /// The attribute file.
        path: PathBuf,
        /// What it held (trimmed).
        text: String,
    },
    /// The page size could not be found in the auxiliary vector (`/proc/self/auxv`).
    #[error("no AT_PAGESZ entry in /proc/self/auxv")]
    NoPageSize,
}

impl PlatformError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        PlatformError::Io { path: path.into(), source }
    }
}

/// The bytes a register block spans: the end of its last register (array instances
/// included), from the block's generated `REGISTERS` table. A window at least this long
/// holds every generated offset.
pub fn registers_extent(registers: &[RegisterInfo]) -> usize {
    registers
        .iter()
        .map(|r| r.offset + r.count.saturating_sub(1) * r.stride + r.bytes)
        .max()
        .unwrap_or(0)
}
