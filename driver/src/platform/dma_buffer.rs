//! [`DmaBuffer`]: [`DmaMemory`] over a memory-mapped DMA buffer with a known bus address.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use memmap2::MmapRaw;

use super::bar::map_shared;
use super::{barrier, PlatformError};
use crate::dma::{DmaError, DmaMemory, PhysAddr};

/// Bytes of the word [`DmaBuffer`] moves in one access where it can.
const WORD: usize = 8;

/// [`DmaMemory`] over a memory-mapped buffer the device reaches at a known bus address: a UIO
/// map of reserved memory ([`UioMap::addr`](super::UioMap::addr)), a `u-dma-buf` device
/// ([`UdmaBuf`](super::UdmaBuf)), a hugepage file whose physical address the platform
/// reports, or any file (tests).
///
/// - **Allocation**: first fit over a free list of bus-address ranges, aligned as asked in
///   bus addresses; freed ranges merge with their neighbours. Allocations are zeroed. A
///   [`DmaMemory::free`] of a range that is not wholly allocated (outside the buffer, or
///   overlapping free space) is ignored and counted ([`DmaBuffer::bad_frees`]): the trait
///   returns nothing, and freeing it would hand the same memory out twice.
/// - **Access**: reads and writes are bounds-checked against the whole buffer
///   ([`DmaError::Unmapped`] outside it; allocated or not, as the device sees it), done with
///   volatile loads and stores (8 bytes at a time where aligned), never through a reference.
///   [`DmaMemory::write_u64`] is one aligned 64-bit volatile store; a barrier before every
///   store keeps stores in program order for the device (module docs of
///   [`platform`](super)).
///
/// ```
/// use driver::dma::{DmaMemory, PhysAddr};
/// use driver::platform::DmaBuffer;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let file = tempfile::tempfile()?; // on a board: /dev/udmabuf0, a UIO map of reserved memory
/// file.set_len(1 << 20)?;
/// let dma = DmaBuffer::from_file(&file, 0, 1 << 20, PhysAddr(0x8000_0000))?;
/// let table = dma.alloc(4096, 4096)?;
/// assert_eq!(table, PhysAddr(0x8000_0000));
/// dma.write_u64(table.add(8), 0x1234)?;
/// assert_eq!(dma.read_u64(table.add(8))?, 0x1234);
/// # Ok(())
/// # }
/// ```
pub struct DmaBuffer {
    map: MmapRaw,
    base: u64,
    len: usize,
    free: Mutex<FreeList>,
}

/// Free ranges by bus address: start -> length.
#[derive(Debug, Default)]
struct FreeList {
    ranges: BTreeMap<u64, u64>,
    bad_frees: u64,
}

impl DmaBuffer {
    /// Map `len` bytes at `offset` of the file at `path` (read-write, shared) as DMA memory
    /// the device reaches at bus address `bus_base`.
    pub fn open(
        path: impl AsRef<Path>,
        offset: u64,
        len: usize,
        bus_base: PhysAddr,
    ) -> Result<Self, PlatformError> {
        let path = path.as_ref();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| PlatformError::io(path, e))?;
        Self::from_file(&file, offset, len, bus_base).map_err(|e| match e {
            PlatformError::Io { source, .. } => PlatformError::io(path, source),
            other => other,
        })
    }

    /// Map `len` bytes at `offset` of an open file as DMA memory at bus address `bus_base`
    /// (8-byte aligned, so that a 64-bit word is one aligned store in both address spaces).
    pub fn from_file(
        file: &File,
        offset: u64,
        len: usize,
        bus_base: PhysAddr,
    ) -> Result<Self, PlatformError> {
        if bus_base.0 % WORD as u64 != 0 {
            return Err(PlatformError::Misaligned { what: "bus address", addr: bus_base.0 });
        }
        if bus_base.0.checked_add(len as u64).is_none() {
            return Err(PlatformError::AddressOverflow { base: bus_base.0, len });
        }
        let map = map_shared(file, offset, len)?;
        let addr = map.as_mut_ptr() as u64;
        if addr % WORD as u64 != 0 {
            return Err(PlatformError::Misaligned { what: "mapping", addr });
        }
        let mut ranges = BTreeMap::new();
        ranges.insert(bus_base.0, len as u64);
        Ok(DmaBuffer {
            map,
            base: bus_base.0,
            len,
            free: Mutex::new(FreeList { ranges, bad_frees: 0 }),
        })
    }

    /// Bus address of the first byte.
    pub fn bus_base(&self) -> PhysAddr {
        PhysAddr(self.base)
    }

    /// Length of the buffer in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Always false: an empty buffer cannot be made.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes not allocated.
    pub fn free_bytes(&self) -> u64 {
        self.free_list().ranges.values().sum()
    }

    /// Number of [`DmaMemory::free`] calls ignored because the range was not wholly
    /// allocated.
    pub fn bad_frees(&self) -> u64 {
        self.free_list().bad_frees
    }

    fn free_list(&self) -> std::sync::MutexGuard<'_, FreeList> {
        // The list is consistent between statements: a panic elsewhere cannot break it.
        self.free.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Offset in the mapping of `len` bytes at bus address `addr`, if all inside.
    fn offset_of(&self, addr: PhysAddr, len: usize) -> Result<usize, DmaError> {
        addr.0
            .checked_sub(self.base)
            .filter(|off| off.checked_add(len as u64).is_some_and(|end| end <= self.len as u64))
            .map(|off| off as usize)
            .ok_or(DmaError::Unmapped { addr, len })
    }

    /// Volatile copy into the mapping at `off` (inside, checked by the caller).
    fn store_bytes(&self, off: usize, data: &[u8]) {
        let base = self.map.as_mut_ptr();
        let mut i = 0;
        while i < data.len() {
            let p = base.wrapping_add(off + i);
            if (off + i) % WORD == 0 && data.len() - i >= WORD {
                let mut word = [0u8; WORD];
                word.copy_from_slice(&data[i..i + WORD]);
                // SAFETY: `off + i .. off + i + 8` lies inside the live mapping (the caller
                // checked `off .. off + data.len()`), the mapping is 8-byte aligned and so is
                // `off + i`: `p` is valid and aligned for a u64 write. Volatile: no reference
                // to memory the device shares.
                unsafe { p.cast::<u64>().write_volatile(u64::from_ne_bytes(word)) };
                i += WORD;
            } else {
                // SAFETY: `off + i` lies inside the live mapping (checked by the caller); a
                // byte needs no alignment.
                unsafe { p.write_volatile(data[i]) };
                i += 1;
            }
        }
    }

    /// Volatile copy out of the mapping at `off` (inside, checked by the caller).
    fn load_bytes(&self, off: usize, buf: &mut [u8]) {
        let base = self.map.as_ptr();
        let mut i = 0;
        while i < buf.len() {
            let p = base.wrapping_add(off + i);
            if (off + i) % WORD == 0 && buf.len() - i >= WORD {
                // SAFETY: as in `store_bytes`: inside the live mapping and 8-byte aligned.
                let word = unsafe { p.cast::<u64>().read_volatile() };
                buf[i..i + WORD].copy_from_slice(&word.to_ne_bytes());
                i += WORD;
            } else {
                // SAFETY: inside the live mapping (checked by the caller).
                buf[i] = unsafe { p.read_volatile() };
                i += 1;
            }
        }
    }

    /// Zero `len` bytes at bus address `addr` (inside the buffer).
    fn zero(&self, addr: u64, len: usize) {
        const CHUNK: [u8; 512] = [0; 512];
        let mut off = (addr - self.base) as usize;
        let end = off + len;
        while off < end {
            let n = CHUNK.len().min(end - off);
            self.store_bytes(off, &CHUNK[..n]);
            off += n;
        }
    }
}

impl DmaMemory for DmaBuffer {
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        if bytes == 0 || !align.is_power_of_two() {
            return Err(DmaError::Invalid);
        }
        let (size, mask) = (bytes as u64, align as u64 - 1);
        let mut list = self.free_list();
        let fit = list.ranges.iter().find_map(|(&start, &len)| {
            let at = start.checked_add(mask)? & !mask;
            let end = at.checked_add(size)?;
            (end <= start + len).then_some((start, len, at))
        });
        let Some((start, len, at)) = fit else {
            return Err(DmaError::OutOfMemory { bytes, align });
        };
        list.ranges.remove(&start);
        if at > start {
            list.ranges.insert(start, at - start);
        }
        if at + size < start + len {
            list.ranges.insert(at + size, start + len - (at + size));
        }
        drop(list);
        self.zero(at, bytes);
        Ok(PhysAddr(at))
    }

    fn free(&self, addr: PhysAddr, bytes: usize) {
        let mut list = self.free_list();
        let (start, size) = (addr.0, bytes as u64);
        let allocated = bytes > 0
            && self.offset_of(addr, bytes).is_ok()
            // No free range overlaps it: the last one starting before its end ends before it.
            && list.ranges.range(..start + size).next_back().is_none_or(|(&s, &l)| s + l <= start);
        if !allocated {
            list.bad_frees += 1;
            return;
        }
        let (mut start, mut size) = (start, size);
        if let Some((&prev, &len)) = list.ranges.range(..start).next_back() {
            if prev + len == start {
                list.ranges.remove(&prev);
                (start, size) = (prev, size + len);
            }
        }
        if let Some(&next_len) = list.ranges.get(&(start + size)) {
            list.ranges.remove(&(start + size));
            size += next_len;
        }
        list.ranges.insert(start, size);
    }

    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
        let off = self.offset_of(addr, buf.len())?;
        self.load_bytes(off, buf);
        Ok(())
    }

    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
        let off = self.offset_of(addr, data.len())?;
        barrier::dma_store();
        self.store_bytes(off, data);
        Ok(())
    }

    /// One aligned 64-bit volatile load.
    fn read_u64(&self, addr: PhysAddr) -> Result<u64, DmaError> {
        let off = self.offset_of(addr, WORD)?;
        if off % WORD != 0 {
            let mut b = [0u8; WORD];
            self.load_bytes(off, &mut b);
            return Ok(u64::from_le_bytes(b));
        }
        // SAFETY: `off .. off + 8` is inside the live mapping (`offset_of`), and `off` and
        // the mapping are 8-byte aligned: valid and aligned for a u64 read.
        let raw = unsafe { self.map.as_ptr().wrapping_add(off).cast::<u64>().read_volatile() };
        Ok(u64::from_le(raw))
    }

    /// One aligned 64-bit volatile store (the single-copy atomic store the trait asks for).
    fn write_u64(&self, addr: PhysAddr, value: u64) -> Result<(), DmaError> {
        if addr.0 % WORD as u64 != 0 {
            return Err(DmaError::Misaligned { addr, align: WORD });
        }
        let off = self.offset_of(addr, WORD)?;
        barrier::dma_store();
        // SAFETY: `off .. off + 8` is inside the live mapping (`offset_of`); `addr` and the
        // bus base are 8-byte aligned, so `off` is, and so is the mapping: valid and aligned
        // for a u64 write.
        unsafe {
            self.map.as_mut_ptr().wrapping_add(off).cast::<u64>().write_volatile(value.to_le())
        };
        Ok(())
    }
}

impl core::fmt::Debug for DmaBuffer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DmaBuffer")
            .field("bus_base", &format_args!("{:#x}", self.base))
            .field("len", &self.len)
            .field("free_bytes", &self.free_bytes())
            .finish_non_exhaustive()
    }
}
