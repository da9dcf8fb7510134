//! The one system-wide PASID space.
//!
//! PASIDs are handed out by this allocator, never chosen by a device driver, and never per
//! IOMMU: every [`super::Sva`] instance (one per IOMMU) holds a clone of the same handle.
//! An address space has at most one *shared* PASID, the same on every IOMMU and device it
//! is bound to; it may also hold *private* PASIDs; a PASID never serves two address spaces.
//! A PASID is free again only when its last user released it, which the SVA layer does
//! only after the unbind that ends it has drained the page requests.
//!
//! The handle is an `Rc<RefCell<..>>`: the driver is single-threaded (`no_std`, no locks, as
//! the rest of it), and `Rc` makes sharing explicit and cheap; a port to a preemptive
//! kernel would swap the `RefCell` for a spinlock without changing the API.

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use core::cell::RefCell;

use super::space::SpaceId;
use crate::regs::iommu_mem::PROCESS_ID_BITS;

/// What a PASID serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasidOwner {
    /// The shared PASID of an address space.
    Shared(SpaceId),
    /// A private PASID of an address space (`BindFlags::private_pasid`).
    Private(SpaceId),
    /// A driver-owned [`super::PasidDomain`].
    Domain,
}

impl PasidOwner {
    /// The address space it serves, if any.
    pub const fn space(self) -> Option<SpaceId> {
        match self {
            PasidOwner::Shared(s) | PasidOwner::Private(s) => Some(s),
            PasidOwner::Domain => None,
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    owner: PasidOwner,
    /// Users: (device, IOMMU) bonds and domains holding it.
    refs: u32,
}

#[derive(Debug)]
struct Table {
    /// PASIDs are below `1 << bits`.
    bits: u32,
    entries: BTreeMap<u32, Entry>,
    shared: BTreeMap<SpaceId, u32>,
}

/// Handle to the system-wide PASID space (clone it for every IOMMU).
#[derive(Clone, Debug)]
pub struct PasidAllocator(Rc<RefCell<Table>>);

impl Default for PasidAllocator {
    fn default() -> Self {
        Self::new()
    }
}

impl PasidAllocator {
    /// The full 20-bit space: PASIDs 1 ..= 2^20 - 1 (0 means "no PASID" and is never handed
    /// out).
    pub fn new() -> Self {
        Self::with_bits(PROCESS_ID_BITS)
    }

    /// A smaller space, PASIDs 1 ..= 2^bits - 1 (`bits` is clamped to 1..=20).
    pub fn with_bits(bits: u32) -> Self {
        let bits = bits.clamp(1, PROCESS_ID_BITS);
        PasidAllocator(Rc::new(RefCell::new(Table {
            bits,
            entries: BTreeMap::new(),
            shared: BTreeMap::new(),
        })))
    }

    /// True when `other` is a handle to the same space.
    pub fn same_space(&self, other: &PasidAllocator) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// Width of the space.
    pub fn bits(&self) -> u32 {
        self.0.borrow().bits
    }

    /// What `pasid` serves, if allocated.
    pub fn owner(&self, pasid: u32) -> Option<PasidOwner> {
        self.0.borrow().entries.get(&pasid).map(|e| e.owner)
    }

    /// Users holding `pasid` (0 when free).
    pub fn users(&self, pasid: u32) -> u32 {
        self.0.borrow().entries.get(&pasid).map_or(0, |e| e.refs)
    }

    /// The shared PASID of `space`, if it has one.
    pub fn shared_pasid(&self, space: SpaceId) -> Option<u32> {
        self.0.borrow().shared.get(&space).copied()
    }

    /// Number of allocated PASIDs.
    pub fn allocated(&self) -> usize {
        self.0.borrow().entries.len()
    }

    /// The PASID the next allocation below `1 << limit_bits` would get (lowest free).
    pub fn next_free(&self, limit_bits: u32) -> Option<u32> {
        let t = self.0.borrow();
        let end = 1u32 << limit_bits.min(t.bits);
        (1..end).find(|p| !t.entries.contains_key(p))
    }

    /// Allocate a new PASID below `1 << limit_bits` for `owner` with one user. A `Shared`
    /// owner that already has a shared PASID gets `None` (use [`PasidAllocator::get`]).
    pub(crate) fn allocate(&self, owner: PasidOwner, limit_bits: u32) -> Option<u32> {
        if let PasidOwner::Shared(space) = owner {
            if self.shared_pasid(space).is_some() {
                return None;
            }
        }
        let pasid = self.next_free(limit_bits)?;
        let mut t = self.0.borrow_mut();
        t.entries.insert(pasid, Entry { owner, refs: 1 });
        if let PasidOwner::Shared(space) = owner {
            t.shared.insert(space, pasid);
        }
        Some(pasid)
    }

    /// Add a user to an allocated PASID; false if it is free.
    pub(crate) fn get(&self, pasid: u32) -> bool {
        match self.0.borrow_mut().entries.get_mut(&pasid) {
            Some(e) => {
                e.refs += 1;
                true
            }
            None => false,
        }
    }

    /// Drop a user; the PASID is free once the last is gone.
    pub(crate) fn put(&self, pasid: u32) {
        let mut t = self.0.borrow_mut();
        let Some(e) = t.entries.get_mut(&pasid) else { return };
        e.refs = e.refs.saturating_sub(1);
        if e.refs == 0 {
            let owner = e.owner;
            t.entries.remove(&pasid);
            if let PasidOwner::Shared(space) = owner {
                t.shared.remove(&space);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowest_free_pasid_never_zero_and_freed_after_last_user() {
        let a = PasidAllocator::with_bits(3);
        let s = SpaceId(7);
        assert_eq!(a.allocate(PasidOwner::Shared(s), 20), Some(1));
        // A second shared allocation for the same space is refused: it must be shared.
        assert_eq!(a.allocate(PasidOwner::Shared(s), 20), None);
        assert_eq!(a.shared_pasid(s), Some(1));
        assert!(a.get(1));
        assert_eq!(a.allocate(PasidOwner::Private(s), 20), Some(2));
        a.put(1);
        assert_eq!(a.owner(1), Some(PasidOwner::Shared(s)));
        a.put(1);
        assert_eq!(a.owner(1), None);
        assert_eq!(a.shared_pasid(s), None);
        // 3-bit space: 1..=7, 2 still taken.
        for want in [1, 3, 4, 5, 6, 7] {
            assert_eq!(a.allocate(PasidOwner::Domain, 20), Some(want));
        }
        assert_eq!(a.allocate(PasidOwner::Domain, 20), None);
        // A device limit narrower than the space.
        let b = PasidAllocator::new();
        assert_eq!(b.next_free(1), Some(1));
        b.allocate(PasidOwner::Domain, 1);
        assert_eq!(b.next_free(1), None);
        assert_eq!(b.next_free(2), Some(2));
        assert!(!b.get(9));
    }

    #[test]
    fn clones_share_one_space() {
        let a = PasidAllocator::new();
        let b = a.clone();
        assert!(a.same_space(&b));
        assert!(!a.same_space(&PasidAllocator::new()));
        let p = a.allocate(PasidOwner::Domain, 20);
        assert_eq!(b.owner(p.unwrap()), Some(PasidOwner::Domain));
    }
}
