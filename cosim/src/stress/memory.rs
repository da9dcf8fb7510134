//! Host memory as the stress suite sees it: every byte the device could reach, with the
//! value it must hold.
//!
//! - [`Pool`]: the memory of the processes (their frames and page tables), a block taken
//!   from the backend's host memory and handed out page by page. It keeps a shadow copy: the
//!   CPU's writes (process model, fault-in) go through it and update the shadow; the device's
//!   writes do not, so the suite applies to the shadow only what the reference model says
//!   a DMA may write ([`Pool::expect`]). Freed pages are filled with a poison pattern.
//!   [`Pool::compare`] reads the whole block back and names every byte that differs.
//! - [`Guard`]: the rest of the host memory the suite can allocate (all of it on the model
//!   backend, a bounded amount on the RTL, whose harness maps memory only where allocated),
//!   filled with an address pattern that must never change.
//! - [`DriverTables`]: the device directory and process directory pages, which must not
//!   change while nobody binds or unbinds.

use std::cell::RefCell;
use std::rc::Rc;

use driver::dma::{DmaError, DmaMemory, PhysAddr};
use driver::regs::iommu_mem::PAGE_SHIFT;

/// Bytes of a page.
pub const PAGE: u64 = 1 << PAGE_SHIFT;

/// The byte a free pool page holds at `addr`.
fn poison(addr: u64) -> u8 {
    ((addr >> 2) as u8).wrapping_mul(29) ^ 0xa5
}

/// The byte a guard page holds at `addr`.
fn guard_byte(addr: u64) -> u8 {
    ((addr >> 1) as u8).wrapping_mul(13) ^ 0x3c ^ (addr >> 12) as u8
}

/// A byte of host memory that does not hold what the model says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// Where.
    pub addr: u64,
    /// What the model expects.
    pub expected: u8,
    /// What memory holds.
    pub found: u8,
}

struct PoolState {
    /// Free pages (indexes), lowest first out.
    free: std::collections::BTreeSet<usize>,
    /// What every byte of the block must hold.
    shadow: Vec<u8>,
}

/// The processes' memory with its shadow copy.
pub struct Pool {
    host: Rc<dyn DmaMemory>,
    base: u64,
    pages: usize,
    state: RefCell<PoolState>,
}

impl Pool {
    /// Take `pages` pages from `host`, poisoned.
    pub fn new(host: Rc<dyn DmaMemory>, pages: usize) -> Result<Rc<Self>, DmaError> {
        let bytes = pages * PAGE as usize;
        let base = host.alloc(bytes, PAGE as usize)?;
        let shadow: Vec<u8> = (0..bytes as u64).map(|i| poison(base.0 + i)).collect();
        host.write(base, &shadow)?;
        let free = (0..pages).collect();
        Ok(Rc::new(Pool {
            host,
            base: base.0,
            pages,
            state: RefCell::new(PoolState { free, shadow }),
        }))
    }

    /// First byte of the block.
    pub fn base(&self) -> u64 {
        self.base
    }

    /// Bytes of the block.
    pub fn bytes(&self) -> u64 {
        self.pages as u64 * PAGE
    }

    /// Pages handed out and not freed.
    pub fn used(&self) -> usize {
        self.pages - self.state.borrow().free.len()
    }

    fn offset(&self, addr: u64, len: usize) -> Option<usize> {
        let off = addr.checked_sub(self.base)?;
        (off + len as u64 <= self.bytes()).then_some(off as usize)
    }

    /// The device was allowed to write `data` at `addr`: the shadow takes it.
    pub fn expect(&self, addr: u64, data: &[u8]) -> Result<(), DmaError> {
        let off = self
            .offset(addr, data.len())
            .ok_or(DmaError::Unmapped { addr: PhysAddr(addr), len: data.len() })?;
        self.state.borrow_mut().shadow[off..off + data.len()].copy_from_slice(data);
        Ok(())
    }

    /// What the shadow holds at `addr`.
    pub fn shadow(&self, addr: u64, len: usize) -> Option<Vec<u8>> {
        let off = self.offset(addr, len)?;
        Some(self.state.borrow().shadow[off..off + len].to_vec())
    }

    /// Compare the whole block with the shadow; at most `limit` mismatches are listed, the
    /// count is exact.
    pub fn compare(&self, limit: usize) -> Result<(u64, Vec<Mismatch>), DmaError> {
        let mut found = vec![0u8; self.bytes() as usize];
        self.host.read(PhysAddr(self.base), &mut found)?;
        let st = self.state.borrow();
        Ok(diff(self.base, &st.shadow, &found, limit))
    }
}

/// Mismatches of `found` against `want` (both starting at `base`).
fn diff(base: u64, want: &[u8], found: &[u8], limit: usize) -> (u64, Vec<Mismatch>) {
    let mut count = 0u64;
    let mut list = Vec::new();
    if want == found {
        return (0, list);
    }
    for (i, (w, f)) in want.iter().zip(found).enumerate() {
        if w != f {
            count += 1;
            if list.len() < limit {
                list.push(Mismatch { addr: base + i as u64, expected: *w, found: *f });
            }
        }
    }
    (count, list)
}

impl DmaMemory for Pool {
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        if bytes == 0 || bytes > PAGE as usize || align == 0 || PAGE as usize % align != 0 {
            return Err(DmaError::Invalid);
        }
        let page = self
            .state
            .borrow_mut()
            .free
            .pop_first()
            .ok_or(DmaError::OutOfMemory { bytes, align })?;
        // Zeroed, as the trait promises.
        let at = PhysAddr(self.base + page as u64 * PAGE);
        self.write(at, &[0u8; PAGE as usize])?;
        Ok(at)
    }

    fn free(&self, addr: PhysAddr, _bytes: usize) {
        let Some(off) = self.offset(addr.0, 1) else { return };
        let page = off / PAGE as usize;
        let start = page * PAGE as usize;
        let bytes: Vec<u8> = (0..PAGE).map(|i| poison(self.base + start as u64 + i)).collect();
        // A failed write leaves memory and shadow apart: the next comparison reports it.
        if self.host.write(PhysAddr(self.base + start as u64), &bytes).is_ok() {
            let mut st = self.state.borrow_mut();
            st.shadow[start..start + PAGE as usize].copy_from_slice(&bytes);
        }
        self.state.borrow_mut().free.insert(page);
    }

    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
        self.host.read(addr, buf)
    }

    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
        let off =
            self.offset(addr.0, data.len()).ok_or(DmaError::Unmapped { addr, len: data.len() })?;
        self.host.write(addr, data)?;
        self.state.borrow_mut().shadow[off..off + data.len()].copy_from_slice(data);
        Ok(())
    }
}

/// Host memory nobody may write: allocated, filled with a pattern, compared.
pub struct Guard {
    host: Rc<dyn DmaMemory>,
    /// Address and pattern of each block.
    blocks: Vec<(u64, Vec<u8>)>,
}

impl Guard {
    /// Allocate up to `max_bytes` of `host` (blocks of 1 MiB down to a page, until the
    /// allocator refuses) and fill it.
    pub fn new(host: Rc<dyn DmaMemory>, max_bytes: u64) -> Result<Self, DmaError> {
        let mut blocks = Vec::new();
        let mut total = 0u64;
        let mut size = 1usize << 20;
        while size as u64 >= PAGE && total < max_bytes {
            match host.alloc(size, PAGE as usize) {
                Ok(a) => {
                    let data: Vec<u8> = (0..size as u64).map(|i| guard_byte(a.0 + i)).collect();
                    host.write(a, &data)?;
                    blocks.push((a.0, data));
                    total += size as u64;
                }
                Err(_) => size /= 2,
            }
        }
        Ok(Guard { host, blocks })
    }

    /// Bytes guarded.
    pub fn bytes(&self) -> u64 {
        self.blocks.iter().map(|b| b.1.len() as u64).sum()
    }

    /// Compare every guarded byte with its pattern.
    pub fn compare(&self, limit: usize) -> Result<(u64, Vec<Mismatch>), DmaError> {
        let mut count = 0;
        let mut list = Vec::new();
        for (a, want) in &self.blocks {
            let mut found = vec![0u8; want.len()];
            self.host.read(PhysAddr(*a), &mut found)?;
            let (c, l) = diff(*a, want, &found, limit.saturating_sub(list.len()));
            count += c;
            list.extend(l);
        }
        Ok((count, list))
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        for (a, want) in &self.blocks {
            self.host.free(PhysAddr(*a), want.len());
        }
    }
}

/// A snapshot of pages that must not change (the driver's directory pages).
pub struct DriverTables {
    pages: Vec<(u64, Vec<u8>)>,
}

impl DriverTables {
    /// Snapshot `pages` of `host`.
    pub fn snapshot(host: &dyn DmaMemory, pages: &[PhysAddr]) -> Result<Self, DmaError> {
        let mut out = Vec::new();
        for p in pages {
            let mut b = vec![0u8; PAGE as usize];
            host.read(*p, &mut b)?;
            out.push((p.0, b));
        }
        Ok(DriverTables { pages: out })
    }

    /// Bytes in the snapshot.
    pub fn bytes(&self) -> u64 {
        self.pages.len() as u64 * PAGE
    }

    /// Compare the pages with the snapshot.
    pub fn compare(
        &self,
        host: &dyn DmaMemory,
        limit: usize,
    ) -> Result<(u64, Vec<Mismatch>), DmaError> {
        let mut count = 0;
        let mut list = Vec::new();
        for (a, want) in &self.pages {
            let mut found = vec![0u8; want.len()];
            host.read(PhysAddr(*a), &mut found)?;
            let (c, l) = diff(*a, want, &found, limit.saturating_sub(list.len()));
            count += c;
            list.extend(l);
        }
        Ok((count, list))
    }
}
