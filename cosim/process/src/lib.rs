//! Process address spaces for the co-simulation: what an operating system's memory manager
//! would give the SVA layer ([`driver::sva::AddressSpace`]).
//!
//! A [`Process`] owns RISC-V Sv48 page tables in simulated host memory (any
//! [`DmaMemory`], the memory the IOMMU walks) and a list of mmap-like regions with
//! permissions (R/W/X; user pages for a process, supervisor pages for the kernel's space).
//! Pages are populated lazily: the first fault-in of a page allocates a frame, zero-fills it
//! or copies the region's initial content, and writes the leaf PTE. Fault-in sets `A` (and
//! `D` for a write) itself, because this IOMMU does not (`capabilities.AMO_HWAD` = 0): a read
//! fault maps the page without `D`, so a later device write faults again and comes back as
//! a write page request.
//!
//! Changes ([`Process::munmap`], [`Process::write_protect`], [`Process::exit`]) return the
//! [`Invalidation`] the caller must pass to every `Sva::invalidate` (or
//! `Sva::address_space_exited`) before it calls [`Process::reclaim`], which frees the
//! frames and tables the change released: a device or IOMMU may hold them in its caches
//! until the invalidation completed.
//!
//! The CPU side ([`Process::read`], [`Process::write`]) reads and writes the process's
//! virtual memory for verification: a read never populates (an untouched page reads as its
//! initial content), a write populates as a CPU store would.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use driver::dma::{DmaError, DmaMemory, PhysAddr};
use driver::regs::iommu_mem::{Pte, PAGE_SHIFT};
use driver::sva::pagetable::{is_canonical, leaf, PageTable};
use driver::sva::{Access, AddressSpace, FaultInError, SpaceId};

const PAGE_BYTES: u64 = 1 << PAGE_SHIFT;

/// Permissions of a region.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Perms {
    /// Readable.
    pub read: bool,
    /// Writable (needs `read`: W without R is reserved in Sv48).
    pub write: bool,
    /// Executable.
    pub execute: bool,
}

impl Perms {
    /// Read only.
    pub const R: Perms = Perms { read: true, write: false, execute: false };
    /// Read and write.
    pub const RW: Perms = Perms { read: true, write: true, execute: false };
    /// Read and execute.
    pub const RX: Perms = Perms { read: true, write: false, execute: true };
}

/// A range of the address space whose translations changed: pass it to the SVA layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Invalidation {
    /// The address space.
    pub space: SpaceId,
    /// First byte.
    pub start: u64,
    /// Bytes.
    pub len: u64,
    /// The process exited: everything is gone (use `Sva::address_space_exited`).
    pub exited: bool,
}

/// What the process model refuses.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProcessError {
    /// Not page aligned, empty, or not canonical Sv48.
    #[error("bad range {start:#x} + {len:#x}")]
    BadRange {
        /// Start.
        start: u64,
        /// Bytes.
        len: u64,
    },
    /// Overlaps an existing region.
    #[error("{start:#x} + {len:#x} overlaps a mapping")]
    Overlap {
        /// Start.
        start: u64,
        /// Bytes.
        len: u64,
    },
    /// Write without read.
    #[error("write-only mappings are not possible in Sv48")]
    WriteOnly,
    /// Initial content longer than the region.
    #[error("initial content longer than the region")]
    ContentTooLong,
    /// An address the CPU accessed is not mapped (or not writable for a write).
    #[error("CPU access fault at {addr:#x}")]
    Fault {
        /// The address.
        addr: u64,
    },
    /// The process exited.
    #[error("the process exited")]
    Exited,
    /// Host memory failed.
    #[error("DMA memory: {0}")]
    Dma(DmaError),
}

impl From<DmaError> for ProcessError {
    fn from(e: DmaError) -> Self {
        ProcessError::Dma(e)
    }
}

#[derive(Clone, Debug)]
struct Region {
    start: u64,
    len: u64,
    perms: Perms,
    /// Initial content from `start` (shorter than the region: zeros follow).
    init: Rc<Vec<u8>>,
    /// Offset of `start` in `init` (regions split by munmap keep their content).
    init_offset: u64,
}

impl Region {
    fn contains(&self, addr: u64) -> bool {
        addr >= self.start && addr - self.start < self.len
    }
}

struct Inner {
    table: PageTable,
    regions: Vec<Region>,
    /// Populated pages: page address -> frame.
    frames: BTreeMap<u64, PhysAddr>,
    exited: bool,
    /// Pages released by a change, freed by `reclaim`.
    released: Vec<PhysAddr>,
    /// Fault-ins that populated a page.
    populated: u64,
}

/// One process address space (or the kernel's).
pub struct Process {
    id: SpaceId,
    kernel: bool,
    dma: Rc<dyn DmaMemory>,
    root: PhysAddr,
    inner: RefCell<Inner>,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn check_range(start: u64, len: u64) -> Result<(), ProcessError> {
    let bad = ProcessError::BadRange { start, len };
    if len == 0 || start % PAGE_BYTES != 0 || len % PAGE_BYTES != 0 {
        return Err(bad);
    }
    let last = start.checked_add(len - 1).ok_or(bad.clone())?;
    if !is_canonical(start) || !is_canonical(last) || start >> 63 != last >> 63 {
        return Err(bad);
    }
    Ok(())
}

impl Process {
    /// A new user process with an empty Sv48 root in `dma`.
    pub fn new(dma: Rc<dyn DmaMemory>) -> Result<Rc<Self>, ProcessError> {
        Self::create(dma, false)
    }

    /// The kernel's address space (supervisor pages).
    pub fn new_kernel(dma: Rc<dyn DmaMemory>) -> Result<Rc<Self>, ProcessError> {
        Self::create(dma, true)
    }

    fn create(dma: Rc<dyn DmaMemory>, kernel: bool) -> Result<Rc<Self>, ProcessError> {
        let table = PageTable::new(&*dma)?;
        let root = table.root();
        let inner = Inner {
            table,
            regions: Vec::new(),
            frames: BTreeMap::new(),
            exited: false,
            released: Vec::new(),
            populated: 0,
        };
        let id = SpaceId(NEXT_ID.fetch_add(1, Ordering::Relaxed));
        Ok(Rc::new(Process { id, kernel, dma, root, inner: RefCell::new(inner) }))
    }

    /// Map `len` bytes at `start` with `perms`, zero-filled on first touch.
    pub fn mmap(&self, start: u64, len: u64, perms: Perms) -> Result<(), ProcessError> {
        self.mmap_with(start, len, perms, Vec::new())
    }

    /// Map `len` bytes at `start` with `perms`, with initial content `data` (zeros after it),
    /// copied into each page at its first touch.
    pub fn mmap_with(
        &self,
        start: u64,
        len: u64,
        perms: Perms,
        data: Vec<u8>,
    ) -> Result<(), ProcessError> {
        check_range(start, len)?;
        if perms.write && !perms.read {
            return Err(ProcessError::WriteOnly);
        }
        if data.len() as u64 > len {
            return Err(ProcessError::ContentTooLong);
        }
        let mut inner = self.inner.borrow_mut();
        if inner.exited {
            return Err(ProcessError::Exited);
        }
        let overlaps =
            inner.regions.iter().any(|r| start < r.start + r.len && r.start < start + len);
        if overlaps {
            return Err(ProcessError::Overlap { start, len });
        }
        inner.regions.push(Region { start, len, perms, init: Rc::new(data), init_offset: 0 });
        Ok(())
    }

    /// Unmap `len` bytes at `start` (parts of regions are cut out): their leaves cleared,
    /// their frames released (freed by [`Process::reclaim`]).
    pub fn munmap(&self, start: u64, len: u64) -> Result<Invalidation, ProcessError> {
        check_range(start, len)?;
        let end = start + len;
        let mut inner = self.inner.borrow_mut();
        let mut kept = Vec::new();
        for r in std::mem::take(&mut inner.regions) {
            let r_end = r.start + r.len;
            if r_end <= start || end <= r.start {
                kept.push(r);
                continue;
            }
            if r.start < start {
                kept.push(Region { len: start - r.start, ..r.clone() });
            }
            if end < r_end {
                let cut = end - r.start;
                kept.push(Region {
                    start: end,
                    len: r_end - end,
                    init_offset: r.init_offset + cut,
                    ..r.clone()
                });
            }
        }
        inner.regions = kept;
        let Inner { table, frames, released, .. } = &mut *inner;
        let pages: Vec<u64> = frames.range(start..end).map(|(&va, _)| va).collect();
        for va in pages {
            table.clear(&*self.dma, va)?;
            if let Some(frame) = frames.remove(&va) {
                released.push(frame);
            }
        }
        Ok(Invalidation { space: self.id, start, len, exited: false })
    }

    /// Take write permission away from `len` bytes at `start` (regions become read-only;
    /// populated leaves lose `W` and `D`).
    pub fn write_protect(&self, start: u64, len: u64) -> Result<Invalidation, ProcessError> {
        check_range(start, len)?;
        let end = start + len;
        let mut inner = self.inner.borrow_mut();
        // Split the regions at the range's ends, then drop W inside.
        let mut regions = Vec::new();
        for r in std::mem::take(&mut inner.regions) {
            let r_end = r.start + r.len;
            let mut cuts = vec![r.start];
            for c in [start, end] {
                if r.start < c && c < r_end {
                    cuts.push(c);
                }
            }
            cuts.push(r_end);
            for w in cuts.windows(2) {
                let mut part = Region {
                    start: w[0],
                    len: w[1] - w[0],
                    init_offset: r.init_offset + (w[0] - r.start),
                    ..r.clone()
                };
                if part.start >= start && part.start < end {
                    part.perms.write = false;
                }
                regions.push(part);
            }
        }
        inner.regions = regions;
        let Inner { table, frames, .. } = &mut *inner;
        let pages: Vec<u64> = frames.range(start..end).map(|(&va, _)| va).collect();
        for va in pages {
            if let Some((_, pte)) = table.lookup(&*self.dma, va)? {
                if pte.v() {
                    table.set(&*self.dma, va, pte.with_w(false).with_d(false))?;
                }
            }
        }
        Ok(Invalidation { space: self.id, start, len, exited: false })
    }

    /// The process exits: its mappings are torn down (the root emptied, every other table
    /// and every frame released), the structure stays for the bonds that hold it.
    pub fn exit(&self) -> Result<Invalidation, ProcessError> {
        let mut inner = self.inner.borrow_mut();
        inner.exited = true;
        inner.regions.clear();
        let tables = inner.table.clear_all(&*self.dma)?;
        let frames = std::mem::take(&mut inner.frames);
        inner.released.extend(tables);
        inner.released.extend(frames.into_values());
        Ok(Invalidation { space: self.id, start: 0, len: u64::MAX, exited: true })
    }

    /// Free the pages earlier changes released. Call it only after the invalidations
    /// those changes returned completed on every IOMMU.
    pub fn reclaim(&self) -> usize {
        let released = std::mem::take(&mut self.inner.borrow_mut().released);
        for p in &released {
            self.dma.free(*p, PAGE_BYTES as usize);
        }
        released.len()
    }

    /// True when the page holding `addr` has a frame.
    pub fn is_populated(&self, addr: u64) -> bool {
        self.inner.borrow().frames.contains_key(&(addr & !(PAGE_BYTES - 1)))
    }

    /// Pages populated so far (fault-ins that allocated).
    pub fn populated_pages(&self) -> u64 {
        self.inner.borrow().populated
    }

    /// The leaf PTE of `addr`, if its tables exist.
    pub fn pte(&self, addr: u64) -> Result<Option<Pte>, ProcessError> {
        let inner = self.inner.borrow();
        Ok(inner.table.lookup(&*self.dma, addr)?.map(|(_, p)| p).filter(|p| p.v()))
    }

    /// The physical address `addr` maps to, if populated.
    pub fn translate(&self, addr: u64) -> Option<PhysAddr> {
        let off = addr & (PAGE_BYTES - 1);
        self.inner.borrow().frames.get(&(addr - off)).map(|f| f.add(off))
    }

    /// Read the process's memory as the CPU would, without populating: untouched pages read
    /// as their initial content.
    pub fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), ProcessError> {
        let inner = self.inner.borrow();
        if inner.exited {
            return Err(ProcessError::Exited);
        }
        let mut done = 0usize;
        while done < buf.len() {
            let va = addr + done as u64;
            let off = va & (PAGE_BYTES - 1);
            let n = ((PAGE_BYTES - off) as usize).min(buf.len() - done);
            let chunk = &mut buf[done..done + n];
            match inner.frames.get(&(va - off)) {
                Some(frame) => self.dma.read(frame.add(off), chunk)?,
                None => {
                    let r = inner
                        .regions
                        .iter()
                        .find(|r| r.contains(va))
                        .ok_or(ProcessError::Fault { addr: va })?;
                    initial_bytes(r, va, chunk);
                }
            }
            done += n;
        }
        Ok(())
    }

    /// Write the process's memory as the CPU would (populating pages, setting A and D).
    pub fn write(&self, addr: u64, data: &[u8]) -> Result<(), ProcessError> {
        let access = Access { read: true, write: true, execute: false, privileged: self.kernel };
        let mut done = 0usize;
        while done < data.len() {
            let va = addr + done as u64;
            let off = va & (PAGE_BYTES - 1);
            let n = ((PAGE_BYTES - off) as usize).min(data.len() - done);
            self.fault_in(va, access).map_err(|e| match e {
                FaultInError::Exited => ProcessError::Exited,
                _ => ProcessError::Fault { addr: va },
            })?;
            let frame = self.translate(va).ok_or(ProcessError::Fault { addr: va })?;
            self.dma.write(frame, &data[done..done + n])?;
            done += n;
        }
        Ok(())
    }
}

/// The initial bytes of region `r` at `va` into `out`.
fn initial_bytes(r: &Region, va: u64, out: &mut [u8]) {
    out.fill(0);
    let from = r.init_offset + (va - r.start);
    let init = r.init.as_slice();
    if let Ok(from) = usize::try_from(from) {
        if from < init.len() {
            let n = out.len().min(init.len() - from);
            out[..n].copy_from_slice(&init[from..from + n]);
        }
    }
}

impl AddressSpace for Process {
    fn id(&self) -> SpaceId {
        self.id
    }

    fn root(&self) -> PhysAddr {
        self.root
    }

    fn is_kernel(&self) -> bool {
        self.kernel
    }

    fn has_exited(&self) -> bool {
        self.inner.borrow().exited
    }

    fn fault_in(&self, addr: u64, access: Access) -> Result<(), FaultInError> {
        let mut inner = self.inner.borrow_mut();
        if inner.exited {
            return Err(FaultInError::Exited);
        }
        let region = inner
            .regions
            .iter()
            .find(|r| r.contains(addr))
            .cloned()
            .ok_or(FaultInError::NotMapped { addr })?;
        let p = region.perms;
        // A request with neither R nor W nor X reads.
        let reads = access.read || !(access.write || access.execute);
        let allowed = (p.read || !reads)
            && (p.write || !access.write)
            && (p.execute || !access.execute)
            // SUM = 0: privileged requests reach supervisor pages only, user requests user
            // pages only.
            && access.privileged == self.kernel;
        if !allowed {
            return Err(FaultInError::Permission { addr, access });
        }
        let va = addr & !(PAGE_BYTES - 1);
        let oom = FaultInError::OutOfMemory { addr };
        let frame = match inner.frames.get(&va) {
            Some(&f) => f,
            None => {
                let f =
                    self.dma.alloc(PAGE_BYTES as usize, PAGE_BYTES as usize).map_err(|_| oom)?;
                let mut page = vec![0u8; PAGE_BYTES as usize];
                initial_bytes(&region, va, &mut page);
                self.dma.write(f, &page).map_err(|_| oom)?;
                inner.frames.insert(va, f);
                inner.populated += 1;
                f
            }
        };
        let old = inner.table.lookup(&*self.dma, va).map_err(|_| oom)?.map(|(_, pte)| pte);
        let dirty = access.write || old.is_some_and(|o| o.v() && o.d());
        let flags = Pte::default()
            .with_r(p.read)
            .with_w(p.write)
            .with_x(p.execute)
            .with_u(!self.kernel)
            .with_a(true)
            .with_d(dirty && p.write);
        let pte = leaf(frame.ppn(), flags);
        if old != Some(pte) {
            inner.table.set(&*self.dma, va, pte).map_err(|_| oom)?;
        }
        Ok(())
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let inner = self.inner.get_mut();
        for p in inner.released.drain(..) {
            self.dma.free(p, PAGE_BYTES as usize);
        }
        for (_, f) in std::mem::take(&mut inner.frames) {
            self.dma.free(f, PAGE_BYTES as usize);
        }
        if let Ok(tables) = inner.table.clear_all(&*self.dma) {
            for t in tables {
                self.dma.free(t, PAGE_BYTES as usize);
            }
        }
        self.dma.free(self.root, PAGE_BYTES as usize);
    }
}
