//! [`MappedBar`]: [`Mmio`] over a memory-mapped register window.

use std::fs::{File, OpenOptions};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use memmap2::{MmapOptions, MmapRaw};

use super::{barrier, registers_extent, PlatformError};
use crate::mmio::Mmio;
use crate::regmeta::RegisterInfo;

/// How [`MappedBar`] makes a 64-bit register access.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Access64 {
    /// Two 32-bit accesses in the order [`Mmio`]'s default methods use: a read takes the low
    /// word, then the high word; a write stores the high word, then the low word (the low
    /// halves hold the fields that start an operation, `ddtp.iommu_mode` and
    /// `tr_req_ctl.Go/Busy`; `iommu_registers.adoc` allows the split). Right for any bus
    /// path with a 32-bit link: a 64-bit store that an interconnect splits for a 32-bit
    /// link arrives low word first, which is the wrong order for `ddtp`.
    #[default]
    Split,
    /// One 64-bit load or store: for a bus path 64 bits wide from the CPU to the register
    /// block (`pcie_iommu_top`'s `s_axil_*` is).
    Single,
}

/// An access [`MappedBar`] refused: out of the window or not naturally aligned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// Byte offset asked for.
    pub offset: usize,
    /// Width in bytes.
    pub bytes: usize,
    /// A store (else a load).
    pub write: bool,
}

/// [`Mmio`] over a memory-mapped register window: a UIO map, a VFIO region, a PCI BAR's
/// sysfs `resourceN` file, or any file.
///
/// Every access is one volatile load or store of exactly the width asked (8, 16, 32 bits;
/// 64 bits as [`Access64`] says), little-endian whatever the CPU's byte order, with the I/O
/// barriers the [`DmaMemory`](crate::dma::DmaMemory) ordering contract needs (a barrier
/// before every store and after every load).
///
/// # Out-of-range and misaligned accesses
///
/// [`Mmio`] returns plain values, so the window cannot return an error per access. Open the
/// window for a register block with [`MappedBar::for_registers`] (or check it with
/// [`MappedBar::check_registers`]): the window then covers the block's whole `REGISTERS`
/// extent and no generated offset is out of range. An access that is outside the window or
/// not naturally aligned anyway is not made: a load returns all ones (what a PCIe read of
/// nothing returns), a store is dropped, and the access is counted ([`MappedBar::rejected`],
/// [`MappedBar::last_rejected`]). It never panics and never touches memory outside the
/// mapping.
///
/// ```
/// use driver::mmio::Mmio;
/// use driver::platform::{MappedBar, PlatformError};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let file = tempfile::tempfile()?; // on a board: /dev/uio0, a sysfs resourceN, a VFIO region
/// file.set_len(4096)?;
/// let bar = MappedBar::from_file(&file, 0, 4096)?;
/// bar.write32(8, 0x1234_5678);
/// assert_eq!(bar.read16(10), 0x1234, "little-endian, one 16-bit load");
/// assert_eq!(bar.read32(4096), u32::MAX, "outside: not made, all ones");
/// assert_eq!(bar.rejected(), 1);
/// assert!(matches!(
///     MappedBar::from_file(&file, 0, 8192),
///     Err(PlatformError::BeyondFile { .. })
/// ));
/// # Ok(())
/// # }
/// ```
pub struct MappedBar {
    map: MmapRaw,
    len: usize,
    access64: Access64,
    rejected: AtomicU64,
    last_rejected: Mutex<Option<Rejected>>,
}

impl MappedBar {
    /// Map `len` bytes at `offset` of the file at `path` (opened read-write, shared).
    ///
    /// For a UIO device, map `i` is at `offset` = `i` x [`page_size`](super::page_size)
    /// ([`UioMap::mmap_offset`](super::UioMap::mmap_offset)); for a sysfs `resourceN` or
    /// a VFIO region, at the region's own offset. A regular file must be at least
    /// `offset + len` bytes long.
    pub fn open(path: impl AsRef<Path>, offset: u64, len: usize) -> Result<Self, PlatformError> {
        let path = path.as_ref();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| PlatformError::io(path, e))?;
        Self::from_file(&file, offset, len).map_err(|e| match e {
            PlatformError::Io { source, .. } => PlatformError::io(path, source),
            other => other,
        })
    }

    /// Map `len` bytes at `offset` of an open file (read-write, shared).
    pub fn from_file(file: &File, offset: u64, len: usize) -> Result<Self, PlatformError> {
        let map = map_shared(file, offset, len)?;
        let addr = map.as_mut_ptr() as u64;
        if addr % 8 != 0 {
            return Err(PlatformError::Misaligned { what: "mapping", addr });
        }
        Ok(MappedBar {
            map,
            len,
            access64: Access64::default(),
            rejected: AtomicU64::new(0),
            last_rejected: Mutex::new(None),
        })
    }

    /// Map the window of a register block: [`MappedBar::open`] of exactly the block's
    /// `REGISTERS` extent, so that every generated offset is inside it.
    pub fn for_registers(
        path: impl AsRef<Path>,
        offset: u64,
        registers: &[RegisterInfo],
    ) -> Result<Self, PlatformError> {
        Self::open(path, offset, registers_extent(registers))
    }

    /// Use `access64` for 64-bit registers (default [`Access64::Split`]).
    pub fn with_access64(mut self, access64: Access64) -> Self {
        self.access64 = access64;
        self
    }

    /// How 64-bit registers are accessed.
    pub fn access64(&self) -> Access64 {
        self.access64
    }

    /// Length of the window in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Always false: an empty window cannot be made.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// `Ok` when the window holds every register of `registers` (a block's generated
    /// `REGISTERS` table), else [`PlatformError::WindowTooSmall`].
    pub fn check_registers(&self, registers: &[RegisterInfo]) -> Result<(), PlatformError> {
        let needed = registers_extent(registers);
        if needed > self.len {
            return Err(PlatformError::WindowTooSmall { len: self.len, needed });
        }
        Ok(())
    }

    /// Number of accesses refused so far (out of the window or misaligned).
    pub fn rejected(&self) -> u64 {
        self.rejected.load(Ordering::Relaxed)
    }

    /// The last access refused, if any.
    pub fn last_rejected(&self) -> Option<Rejected> {
        *self.last_rejected.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The address of `bytes` bytes at `offset`, when they are inside the window and
    /// naturally aligned; else the access is recorded as refused.
    fn slot(&self, offset: usize, bytes: usize, write: bool) -> Option<*mut u8> {
        let inside = offset.checked_add(bytes).is_some_and(|end| end <= self.len);
        if inside && offset % bytes == 0 {
            // In bounds, so `offset` stays inside the mapping: pointer arithmetic only.
            return Some(self.map.as_mut_ptr().wrapping_add(offset));
        }
        self.rejected.fetch_add(1, Ordering::Relaxed);
        *self.last_rejected.lock().unwrap_or_else(PoisonError::into_inner) =
            Some(Rejected { offset, bytes, write });
        None
    }
}

/// Map `len` bytes at `offset` of `file`, shared and writable, refusing a window that would
/// reach past the end of a regular file.
pub(super) fn map_shared(file: &File, offset: u64, len: usize) -> Result<MmapRaw, PlatformError> {
    if len == 0 {
        return Err(PlatformError::Empty);
    }
    let meta = file.metadata().map_err(|e| PlatformError::io("<mapped file>", e))?;
    // Device files (UIO, VFIO) report no length; their driver refuses a too-long mapping.
    if meta.is_file() {
        let end = offset.checked_add(len as u64);
        if end.is_none_or(|end| end > meta.len()) {
            return Err(PlatformError::BeyondFile { offset, len, file_len: meta.len() });
        }
    }
    MmapOptions::new()
        .offset(offset)
        .len(len)
        .map_raw(file)
        .map_err(|e| PlatformError::io("<mapped file>", e))
}

/// One volatile load of a `T` at `slot`, little-endian.
macro_rules! load {
    ($self:ident, $ty:ty, $offset:expr) => {{
        const BYTES: usize = core::mem::size_of::<$ty>();
        match $self.slot($offset, BYTES, false) {
            Some(p) => {
                // SAFETY: `slot` checked that `offset..offset + BYTES` lies inside the live
                // mapping (which `self.map` keeps mapped) and that `offset` is a multiple of
                // BYTES; the mapping itself is 8-byte aligned (checked at construction), so
                // `p` is valid and aligned for a `$ty` read. A volatile read makes no
                // reference to the memory, which the device may change at any time.
                let raw = unsafe { p.cast::<$ty>().read_volatile() };
                barrier::mmio_load();
                <$ty>::from_le(raw)
            }
            None => <$ty>::MAX,
        }
    }};
}

/// One volatile store of a `T` at `slot`, little-endian.
macro_rules! store {
    ($self:ident, $ty:ty, $offset:expr, $value:expr) => {{
        const BYTES: usize = core::mem::size_of::<$ty>();
        if let Some(p) = $self.slot($offset, BYTES, true) {
            barrier::mmio_store();
            // SAFETY: as in `load!`: `p` is inside the live mapping and aligned for a `$ty`;
            // the mapping is shared and writable (`map_shared`), and a volatile write makes
            // no reference to the memory.
            unsafe { p.cast::<$ty>().write_volatile(<$ty>::to_le($value)) };
        }
    }};
}

impl Mmio for MappedBar {
    fn read32(&self, offset: usize) -> u32 {
        load!(self, u32, offset)
    }
    fn write32(&self, offset: usize, value: u32) {
        store!(self, u32, offset, value)
    }
    fn write16(&self, offset: usize, value: u16) {
        store!(self, u16, offset, value)
    }
    fn write8(&self, offset: usize, value: u8) {
        store!(self, u8, offset, value)
    }
    /// [`Access64::Split`]: low word, then high word; [`Access64::Single`]: one 64-bit load.
    /// Either way, a misaligned or partly outside register is refused whole.
    fn read64(&self, offset: usize) -> u64 {
        match self.access64 {
            Access64::Single => load!(self, u64, offset),
            Access64::Split => {
                // The whole register must be inside the window: no half of it is read alone.
                if self.slot(offset, 8, false).is_none() {
                    return u64::MAX;
                }
                let lo = u64::from(self.read32(offset));
                let hi = u64::from(self.read32(offset.wrapping_add(4)));
                lo | (hi << 32)
            }
        }
    }
    /// [`Access64::Split`]: high word, then low word; [`Access64::Single`]: one 64-bit
    /// store. Either way, a misaligned or partly outside register is refused whole.
    fn write64(&self, offset: usize, value: u64) {
        match self.access64 {
            Access64::Single => store!(self, u64, offset, value),
            Access64::Split => {
                // The whole register must be inside the window: no half of it is written alone.
                if self.slot(offset, 8, true).is_none() {
                    return;
                }
                self.write32(offset.wrapping_add(4), (value >> 32) as u32);
                self.write32(offset, value as u32);
            }
        }
    }
    /// One 16-bit load (not the enclosing word).
    fn read16(&self, offset: usize) -> u16 {
        load!(self, u16, offset)
    }
    /// One 8-bit load (not the enclosing word).
    fn read8(&self, offset: usize) -> u8 {
        load!(self, u8, offset)
    }
}

impl core::fmt::Debug for MappedBar {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("MappedBar")
            .field("len", &self.len)
            .field("access64", &self.access64)
            .field("rejected", &self.rejected())
            .finish_non_exhaustive()
    }
}
