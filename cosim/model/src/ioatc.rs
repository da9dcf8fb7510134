//! What the IOMMU address translation caches (IOATC) may hold: the history of every valid
//! entry read since the last invalidation that covers it (CACHING, "Updating in-memory data
//! structure entries").
//!
//! The specification lets an IOMMU use, for as long as no covering invalidation was processed,
//! either the current memory value of an entry or any value it read earlier; entries with V = 0
//! are never cached. [`History`] records every such value once, oldest first, under the tag a
//! cache would use:
//! - leaf device contexts by device_id; non-leaf DDT entries by (level, device_id bits from
//!   that level's index up);
//! - leaf process contexts by (device_id, process_id); non-leaf PDT entries by (device_id,
//!   level, process_id bits from that level's index up);
//! - first-stage leaf PTEs by the IOVA range they map (any PSCID may hit a global leaf; a
//!   64 KiB NAPOT leaf once per 4 KiB page of its range, see [`History::record_leaf`]), and
//!   non-leaf PTEs by (PSCID, level, IOVA bits from that level's index up), each with its
//!   effective G bit (G set in the entry or any non-leaf above it).
//!
//! The invalidation methods drop exactly what the IOTINVAL.VMA and IODIR commands cover
//! (in_memory_queues.adoc, IVMA / IDDT / IPDT tables). [`Memo`] remembers whole answers that
//! were served from the history alone, for the warm path.

use std::collections::HashMap;

use driver::regs::iommu_mem::{
    Ddte, DeviceContext, Pdte, ProcessContext, Pte, NAPOT_64K_BITS, NAPOT_64K_CODE, PAGE_SHIFT,
    PT_VPN_BITS, SV48_LEVELS,
};

use crate::request::{DeviceRequest, RequestKind, Response};

/// log2 of the bytes a 64 KiB Svnapot leaf maps (privileged spec, Svnapot: the only defined
/// NAPOT size, encoded as `pte.ppn[3:0] = 1000b` in a level-0 leaf).
pub(crate) const NAPOT_64K_LOG2: u32 = PAGE_SHIFT + NAPOT_64K_BITS;

/// A recorded value and the order in which it was first read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Recorded<T> {
    pub value: T,
    pub seq: u64,
}

/// A recorded non-leaf PTE: the entry and its effective G bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TableEntry {
    pub pte: Pte,
    pub global: bool,
}

/// A recorded leaf PTE: the address space it was read for, the entry, its level and its
/// effective G bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LeafEntry {
    pub pscid: u32,
    pub pte: Pte,
    pub level: u32,
    pub global: bool,
}

/// log2 of the bytes a first-stage leaf at `level` maps: 12 + 9 * level, or 16 for a level-0
/// leaf with a valid 64 KiB NAPOT encoding.
pub(crate) fn leaf_coverage(pte: Pte, level: u32) -> u32 {
    if level == 0 && pte.n() && napot_64k(pte) {
        NAPOT_64K_LOG2
    } else {
        PAGE_SHIFT + level * PT_VPN_BITS
    }
}

/// `pte.ppn[3:0] = 1000b`: the 64 KiB NAPOT encoding (Svnapot).
pub(crate) fn napot_64k(pte: Pte) -> bool {
    pte.ppn() & ((1 << NAPOT_64K_BITS) - 1) == u64::from(NAPOT_64K_CODE)
}

/// Every size a first-stage leaf can map, smallest first (levels 0 to 4: Sv57 has one level
/// more than Sv48).
fn leaf_coverages() -> impl Iterator<Item = u32> {
    (0..=SV48_LEVELS).map(|l| PAGE_SHIFT + l * PT_VPN_BITS).chain(core::iter::once(NAPOT_64K_LOG2))
}

fn record_in<K: std::hash::Hash + Eq, T: PartialEq>(
    map: &mut HashMap<K, Vec<Recorded<T>>>,
    seq: &mut u64,
    key: K,
    value: T,
) {
    let list = map.entry(key).or_default();
    if !list.iter().any(|r| r.value == value) {
        *seq += 1;
        list.push(Recorded { value, seq: *seq });
    }
}

fn lookup<'a, K: std::hash::Hash + Eq, T>(
    map: &'a HashMap<K, Vec<Recorded<T>>>,
    key: &K,
) -> &'a [Recorded<T>] {
    map.get(key).map_or(&[], Vec::as_slice)
}

/// Every valid entry read since the last invalidation that covers it.
#[derive(Default)]
pub(crate) struct History {
    seq: u64,
    ddt_tables: HashMap<(u32, u32), Vec<Recorded<Ddte>>>,
    device_contexts: HashMap<u32, Vec<Recorded<DeviceContext>>>,
    pdt_tables: HashMap<(u32, u32, u32), Vec<Recorded<Pdte>>>,
    process_contexts: HashMap<(u32, u32), Vec<Recorded<ProcessContext>>>,
    pt_tables: HashMap<(u32, u32, u64), Vec<Recorded<TableEntry>>>,
    leaves: HashMap<(u32, u64), Vec<Recorded<LeafEntry>>>,
}

impl History {
    /// Forget everything (reset).
    pub fn clear(&mut self) {
        *self = History::default();
    }

    /// Number of recorded entries of every kind (for tests and diagnostics).
    pub fn len(&self) -> usize {
        fn n<K, T>(m: &HashMap<K, Vec<T>>) -> usize {
            m.values().map(Vec::len).sum()
        }
        n(&self.ddt_tables)
            + n(&self.device_contexts)
            + n(&self.pdt_tables)
            + n(&self.process_contexts)
            + n(&self.pt_tables)
            + n(&self.leaves)
    }

    // ---- recording -------------------------------------------------------------------

    /// A non-leaf DDT entry at `level`, tagged with the device_id bits from that level up.
    pub fn record_ddte(&mut self, level: u32, did_prefix: u32, e: Ddte) {
        record_in(&mut self.ddt_tables, &mut self.seq, (level, did_prefix), e);
    }

    /// A device context.
    pub fn record_dc(&mut self, did: u32, dc: DeviceContext) {
        record_in(&mut self.device_contexts, &mut self.seq, did, dc);
    }

    /// A non-leaf PDT entry of device `did` at `level`.
    pub fn record_pdte(&mut self, did: u32, level: u32, pid_prefix: u32, e: Pdte) {
        record_in(&mut self.pdt_tables, &mut self.seq, (did, level, pid_prefix), e);
    }

    /// A process context.
    pub fn record_pc(&mut self, did: u32, pid: u32, pc: ProcessContext) {
        record_in(&mut self.process_contexts, &mut self.seq, (did, pid), pc);
    }

    /// A non-leaf first-stage PTE of `pscid` at `level`, read to translate `iova`.
    pub fn record_table(&mut self, pscid: u32, level: u32, iova: u64, e: TableEntry) {
        let key = (pscid, level, iova >> (PAGE_SHIFT + level * PT_VPN_BITS));
        record_in(&mut self.pt_tables, &mut self.seq, key, e);
    }

    /// A leaf first-stage PTE, read to translate `iova`. A 64 KiB NAPOT leaf is recorded
    /// once per 4 KiB page of its range: Svnapot lets an implicit read of a NAPOT PTE create
    /// cache entries for any or all PTE slots of the range (each a copy of the PTE for that
    /// slot), and IOTINVAL.VMA with AV = 1 invalidates the entries of the leaf PTE of its
    /// IOVA only (IVMA), so the other pages may keep theirs.
    pub fn record_leaf(&mut self, iova: u64, leaf: LeafEntry) {
        let c = leaf_coverage(leaf.pte, leaf.level);
        if c == NAPOT_64K_LOG2 {
            let first = (iova >> c) << NAPOT_64K_BITS;
            for page in first..first + (1 << NAPOT_64K_BITS) {
                record_in(&mut self.leaves, &mut self.seq, (PAGE_SHIFT, page), leaf);
            }
        } else {
            record_in(&mut self.leaves, &mut self.seq, (c, iova >> c), leaf);
        }
    }

    // ---- lookups (oldest first) ------------------------------------------------------

    pub fn ddtes(&self, level: u32, did_prefix: u32) -> &[Recorded<Ddte>] {
        lookup(&self.ddt_tables, &(level, did_prefix))
    }

    pub fn dcs(&self, did: u32) -> &[Recorded<DeviceContext>] {
        lookup(&self.device_contexts, &did)
    }

    pub fn pdtes(&self, did: u32, level: u32, pid_prefix: u32) -> &[Recorded<Pdte>] {
        lookup(&self.pdt_tables, &(did, level, pid_prefix))
    }

    pub fn pcs(&self, did: u32, pid: u32) -> &[Recorded<ProcessContext>] {
        lookup(&self.process_contexts, &(did, pid))
    }

    pub fn tables(&self, pscid: u32, level: u32, iova: u64) -> &[Recorded<TableEntry>] {
        lookup(&self.pt_tables, &(pscid, level, iova >> (PAGE_SHIFT + level * PT_VPN_BITS)))
    }

    /// Recorded leaves that map `iova` for address space `pscid` (its own, or global ones of
    /// any address space), oldest first.
    pub fn leaves(&self, pscid: u32, iova: u64) -> Vec<Recorded<LeafEntry>> {
        let mut out: Vec<Recorded<LeafEntry>> = leaf_coverages()
            .flat_map(|c| lookup(&self.leaves, &(c, iova >> c)).iter().copied())
            .filter(|r| r.value.pscid == pscid || r.value.global)
            .collect();
        out.sort_by_key(|r| r.seq);
        out
    }

    // ---- invalidations ---------------------------------------------------------------

    /// IOTINVAL.VMA with GV = 0 (IVMA table): `addr` when AV = 1, `pscid` when PSCV = 1.
    pub fn invalidate_vma(&mut self, addr: Option<u64>, pscid: Option<u32>) {
        match (addr, pscid) {
            (None, None) => {
                self.pt_tables.clear();
                self.leaves.clear();
            }
            (None, Some(p)) => {
                // Every level of the address space, except entries of global mappings.
                for (k, list) in self.pt_tables.iter_mut() {
                    if k.0 == p {
                        list.retain(|r| r.value.global);
                    }
                }
                for list in self.leaves.values_mut() {
                    list.retain(|r| r.value.pscid != p || r.value.global);
                }
            }
            (Some(a), p) => {
                for c in leaf_coverages() {
                    if let Some(list) = self.leaves.get_mut(&(c, a >> c)) {
                        list.retain(|r| match p {
                            None => false,
                            Some(p) => r.value.pscid != p || r.value.global,
                        });
                    }
                }
            }
        }
        self.leaves.retain(|_, l| !l.is_empty());
        self.pt_tables.retain(|_, l| !l.is_empty());
    }

    /// IODIR.INVAL_DDT: every DDT and PDT entry (`did` None, DV = 0), or the device context of
    /// `did` and every PDT entry of that device (DV = 1).
    pub fn invalidate_ddt(&mut self, did: Option<u32>) {
        match did {
            None => {
                self.ddt_tables.clear();
                self.device_contexts.clear();
                self.pdt_tables.clear();
                self.process_contexts.clear();
            }
            Some(d) => {
                self.device_contexts.remove(&d);
                self.pdt_tables.retain(|k, _| k.0 != d);
                self.process_contexts.retain(|k, _| k.0 != d);
            }
        }
    }

    /// IODIR.INVAL_PDT: the process context of (`did`, `pid`).
    pub fn invalidate_pdt(&mut self, did: u32, pid: u32) {
        self.process_contexts.remove(&(did, pid));
    }
}

/// Key of a memoised answer: the request with the IOVA reduced to its 4 KiB page.
#[derive(Clone, Copy, PartialEq, Eq)]
struct MemoKey {
    device_id: u32,
    process_id: Option<u32>,
    privileged: bool,
    kind: RequestKind,
    page: u64,
    write: bool,
    execute: bool,
}

impl MemoKey {
    fn of(r: &DeviceRequest) -> Self {
        MemoKey {
            device_id: r.device_id,
            process_id: r.process_id,
            privileged: r.privileged,
            kind: r.kind,
            page: r.iova >> PAGE_SHIFT,
            write: r.write,
            execute: r.execute,
        }
    }

    fn slot(&self) -> usize {
        // Multiplicative hashing of the fields that vary most (page, device, process).
        let mut h = self.page ^ (u64::from(self.device_id) << 40);
        h ^= self.process_id.map_or(0, |p| u64::from(p) + 1) << 20;
        h ^= (self.write as u64) | (self.execute as u64) << 1 | (self.privileged as u64) << 2;
        h ^= (self.kind as u64) << 3;
        (h.wrapping_mul(MEMO_HASH_MULTIPLIER) >> (64 - MEMO_SLOTS_LOG2)) as usize
    }
}

/// Fibonacci hashing multiplier (2^64 / golden ratio).
const MEMO_HASH_MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;
const MEMO_SLOTS_LOG2: u32 = 12;

/// A remembered answer: the response and whether the located device context had DTF set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decision {
    pub response: Response,
    /// DC.tc.DTF of the device context that was used (false when none was located).
    pub dtf: bool,
}

/// Answers served from the history alone, direct-mapped by request; cleared in O(1) by
/// bumping a generation number on every invalidation, `ddtp` write and reset.
pub(crate) struct Memo {
    generation: u64,
    slots: Vec<Option<(u64, MemoKey, Decision)>>,
}

impl Memo {
    pub fn new() -> Self {
        Memo { generation: 0, slots: vec![None; 1 << MEMO_SLOTS_LOG2] }
    }

    /// Forget every answer.
    pub fn clear(&mut self) {
        self.generation += 1;
    }

    pub fn get(&self, r: &DeviceRequest) -> Option<Decision> {
        let key = MemoKey::of(r);
        match self.slots[key.slot()] {
            Some((g, k, d)) if g == self.generation && k == key => Some(d),
            _ => None,
        }
    }

    pub fn put(&mut self, r: &DeviceRequest, d: Decision) {
        let key = MemoKey::of(r);
        let slot = key.slot();
        self.slots[slot] = Some((self.generation, key, d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_napot_leaf_is_one_entry_per_page_of_its_range() {
        // A valid 64 KiB NAPOT leaf (N = 1, ppn[3:0] = 1000b) read for page 3 of its range.
        let pte = Pte::default().with_v(true).with_r(true).with_a(true).with_n(true);
        let pte = pte.with_ppn(0x1230 | u64::from(NAPOT_64K_CODE));
        let leaf = LeafEntry { pscid: 5, pte, level: 0, global: false };
        let base = 0x4_0000u64;
        let page = |j: u64| base + (j << PAGE_SHIFT);
        let mut h = History::default();
        h.record_leaf(page(3), leaf);
        for j in 0..16 {
            assert_eq!(h.leaves(5, page(j)).len(), 1, "page {j}");
        }
        assert!(h.leaves(5, page(16)).is_empty());
        // Invalidating page 15 drops its entry only (IVMA, AV = 1).
        h.invalidate_vma(Some(page(15)), Some(5));
        assert!(h.leaves(5, page(15)).is_empty());
        assert_eq!(h.leaves(5, page(0)).len(), 1);
        h.invalidate_vma(None, Some(5));
        assert!(h.leaves(5, page(0)).is_empty());
    }
}
