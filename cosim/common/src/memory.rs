//! Host physical memory: sparse (4 KiB pages allocated on first write), with a list of
//! *mapped* regions. Only mapped bytes exist for the design: a bus access outside them is
//! refused (the AXI slave answers DECERR and writes nothing), so a design that strays cannot
//! corrupt memory it was not given, and every stray access is reported.
//!
//! Host-side accesses ([`HostMemory::read`], [`HostMemory::write`]) are checked the same way.
//! Regions come from [`HostMemory::map`] (tests, replay files) or from the
//! [`DmaMemory`](driver::dma::DmaMemory) allocator of the harness ([`HostMemory::alloc`]).

use std::collections::BTreeMap;

use driver::dma::{DmaError, PhysAddr};

const PAGE: u64 = 4096;

/// First address the DMA allocator hands out (high enough to keep test regions apart).
pub const DMA_BASE: u64 = 0x8000_0000;
/// Size of the allocator's window.
pub const DMA_BYTES: u64 = 1 << 30;

/// Sparse byte-addressed memory with mapped regions.
#[derive(Debug, Default)]
pub struct HostMemory {
    pages: BTreeMap<u64, Box<[u8; PAGE as usize]>>,
    /// Mapped regions: start -> end (exclusive), non-overlapping.
    regions: BTreeMap<u64, u64>,
    /// Next free address of the bump allocator.
    next_alloc: u64,
}

impl HostMemory {
    /// Empty memory: nothing mapped.
    pub fn new() -> Self {
        HostMemory { next_alloc: DMA_BASE, ..Default::default() }
    }

    /// Map `[addr, addr + len)` (merging with neighbours is fine; overlap too).
    pub fn map(&mut self, addr: u64, len: u64) -> Result<(), DmaError> {
        let end = addr.checked_add(len).ok_or(DmaError::Invalid)?;
        if len == 0 {
            return Err(DmaError::Invalid);
        }
        let (mut start, mut stop) = (addr, end);
        // Absorb every region that overlaps or touches the new one.
        let touching: Vec<(u64, u64)> = self
            .regions
            .range(..=end)
            .filter(|(&s, &e)| e >= addr && s <= end)
            .map(|(&s, &e)| (s, e))
            .collect();
        for (s, e) in touching {
            self.regions.remove(&s);
            start = start.min(s);
            stop = stop.max(e);
        }
        self.regions.insert(start, stop);
        Ok(())
    }

    /// Unmap `[addr, addr + len)` and forget its contents.
    pub fn unmap(&mut self, addr: u64, len: u64) {
        let end = addr.saturating_add(len);
        let hit: Vec<(u64, u64)> =
            self.regions.range(..end).filter(|(_, &e)| e > addr).map(|(&s, &e)| (s, e)).collect();
        for (s, e) in hit {
            self.regions.remove(&s);
            if s < addr {
                self.regions.insert(s, addr);
            }
            if e > end {
                self.regions.insert(end, e);
            }
        }
        let mut a = addr;
        while a < end {
            let page = a / PAGE;
            let page_end = ((page + 1) * PAGE).min(end);
            if let Some(p) = self.pages.get_mut(&page) {
                p[(a % PAGE) as usize..(page_end - page * PAGE) as usize].fill(0);
            }
            a = page_end;
        }
    }

    /// Whether every byte of `[addr, addr + len)` is mapped.
    pub fn is_mapped(&self, addr: u64, len: u64) -> bool {
        let Some(end) = addr.checked_add(len) else { return false };
        if len == 0 {
            return true;
        }
        self.regions.range(..=addr).next_back().is_some_and(|(_, &e)| e >= end)
    }

    /// Mapped regions, in address order.
    pub fn regions(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.regions.iter().map(|(&s, &e)| (s, e - s))
    }

    /// Allocate and map `bytes` aligned to `align` (a power of two) from the DMA window.
    pub fn alloc(&mut self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        if bytes == 0 || !align.is_power_of_two() {
            return Err(DmaError::Invalid);
        }
        let align = align as u64;
        let start = self.next_alloc.checked_add(align - 1).ok_or(DmaError::Invalid)? & !(align - 1);
        let end = start.checked_add(bytes as u64).ok_or(DmaError::Invalid)?;
        if end > DMA_BASE + DMA_BYTES {
            return Err(DmaError::OutOfMemory { bytes, align: align as usize });
        }
        self.next_alloc = end;
        self.map(start, bytes as u64)?;
        Ok(PhysAddr(start))
    }

    /// Read mapped bytes.
    pub fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), DmaError> {
        if !self.is_mapped(addr, buf.len() as u64) {
            return Err(DmaError::Unmapped { addr: PhysAddr(addr), len: buf.len() });
        }
        self.read_unchecked(addr, buf);
        Ok(())
    }

    /// Write mapped bytes.
    pub fn write(&mut self, addr: u64, data: &[u8]) -> Result<(), DmaError> {
        if !self.is_mapped(addr, data.len() as u64) {
            return Err(DmaError::Unmapped { addr: PhysAddr(addr), len: data.len() });
        }
        for (i, &b) in data.iter().enumerate() {
            self.write_byte(addr + i as u64, b);
        }
        Ok(())
    }

    fn read_unchecked(&self, addr: u64, buf: &mut [u8]) {
        for (i, b) in buf.iter_mut().enumerate() {
            *b = self.read_byte(addr + i as u64);
        }
    }

    /// One byte, without the mapping check (for bus models that checked the whole burst
    /// with [`HostMemory::is_mapped`] first); unwritten bytes read 0.
    pub fn read_byte(&self, a: u64) -> u8 {
        self.pages.get(&(a / PAGE)).map_or(0, |p| p[(a % PAGE) as usize])
    }

    /// Write one byte without the mapping check (see [`HostMemory::read_byte`]).
    pub fn write_byte(&mut self, a: u64, b: u8) {
        let page = self.pages.entry(a / PAGE).or_insert_with(|| Box::new([0; PAGE as usize]));
        page[(a % PAGE) as usize] = b;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmapped_bytes_are_refused_and_untouched() {
        let mut m = HostMemory::new();
        m.map(0x1000, 0x100).unwrap();
        assert!(m.write(0x10f8, &[1; 16]).is_err(), "straddles the end");
        assert_eq!(m.read_byte(0x10f8), 0, "a refused write writes nothing");
        m.write(0x10f0, &[7; 16]).unwrap();
        let mut b = [0u8; 16];
        m.read(0x10f0, &mut b).unwrap();
        assert_eq!(b, [7; 16]);
        assert!(m.read(0xfff, &mut b[..2]).is_err());
    }

    #[test]
    fn map_merges_and_unmap_splits() {
        let mut m = HostMemory::new();
        m.map(0x1000, 0x1000).unwrap();
        m.map(0x2000, 0x1000).unwrap();
        assert_eq!(m.regions().collect::<Vec<_>>(), [(0x1000, 0x2000)]);
        m.write(0x1800, &[9; 8]).unwrap();
        m.unmap(0x1800, 0x800);
        assert_eq!(m.regions().collect::<Vec<_>>(), [(0x1000, 0x800), (0x2000, 0x1000)]);
        assert!(!m.is_mapped(0x1800, 1));
        m.map(0x1800, 8).unwrap();
        let mut b = [1u8; 8];
        m.read(0x1800, &mut b).unwrap();
        assert_eq!(b, [0; 8], "unmapping forgets the contents");
    }

    #[test]
    fn alloc_aligns_and_maps() {
        let mut m = HostMemory::new();
        let a = m.alloc(100, 64).unwrap();
        let b = m.alloc(4096, 4096).unwrap();
        assert_eq!(a.0 % 64, 0);
        assert_eq!(b.0 % 4096, 0);
        assert!(b.0 >= a.0 + 100);
        assert!(m.is_mapped(a.0, 100) && m.is_mapped(b.0, 4096));
        assert!(m.alloc(0, 8).is_err() && m.alloc(8, 3).is_err());
    }
}
