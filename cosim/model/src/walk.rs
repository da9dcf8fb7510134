//! The table walker shared by the three lookups (device directory, process directory, first
//! stage), and the first-stage Sv39/Sv48 walk of the RISC-V privileged specification
//! ("Virtual Address Translation Process", with Svnapot, which IOMMUs must support, and
//! Svpbmt as the capabilities say).
//!
//! Every lookup point can be served from memory or from the [`History`]; [`Lookup`] says how:
//! - `Fresh` walks memory from the root and records what it reads;
//! - `Sticky` acts as a cache that never evicts: a cached leaf (device context, process
//!   context, leaf PTE) if there is one (the oldest), else the walk starts below the deepest
//!   cached non-leaf entry (the oldest at that level), else at the root; memory reads are
//!   recorded;
//! - `All` returns every outcome a permitted choice gives: memory from the root, every cached
//!   leaf, and a memory walk below every cached non-leaf entry (a walk that took a cached entry
//!   at some level is the walk that starts below it). Nothing is recorded.
//!
//! A cached entry is checked again on every use, exactly as if it had just been read.

use driver::regs::iommu_mem::{Pte, PAGE_SHIFT, PTE_BYTES, PT_VPN_BITS};
use driver::regs::iommu_regs::{Capabilities, Fctl};

use crate::ioatc::{napot_64k, History, LeafEntry, Recorded, TableEntry};
use crate::mem::{read_bytes, PhysMem};

/// How lookups are served (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    Fresh,
    Sticky,
    All,
}

/// Where a directory or page-table walk starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Start<T> {
    /// At the root table, from the register or context that points to it.
    Root,
    /// Below a cached non-leaf entry found at `level`.
    Cached(u32, T),
}

/// The walker: memory, the history, the lookup policy and the fixed configuration.
pub(crate) struct Walker<'a, M: PhysMem + ?Sized> {
    pub mem: &'a M,
    pub history: &'a mut History,
    pub lookup: Lookup,
    pub caps: Capabilities,
    pub fctl: Fctl,
    /// Set when a lookup read memory: the answer may then change without an invalidation.
    pub read_memory: bool,
}

/// Append `v` unless an equal outcome is already there.
pub(crate) fn push_unique<T: PartialEq>(out: &mut Vec<T>, v: T) {
    if !out.contains(&v) {
        out.push(v);
    }
}

impl<M: PhysMem + ?Sized> Walker<'_, M> {
    /// True when memory reads are recorded in the history: always. Also the walks the
    /// oracle explores from stale cached entries (`Lookup::All`) read memory as hardware
    /// does when it walks from a stale device or process context, and hardware may cache
    /// what it read there; an entry that was valid in memory since the last covering
    /// invalidation is a permitted answer (CACHING). Found by the RTL lockstep run: the
    /// RTL reached a leaf through a cached device context whose memory copy was corrupted,
    /// cached it, and served it after the leaf changed.
    pub fn records(&self) -> bool {
        true
    }

    /// Read `N` bytes of a table entry, noting that memory was read.
    pub fn read<const N: usize>(&mut self, addr: u64) -> Option<[u8; N]> {
        self.read_memory = true;
        read_bytes::<N, M>(self.mem, addr).ok()
    }

    /// The cached leaves to use at a leaf lookup point, and whether the walk is skipped
    /// (`Sticky` with a hit).
    pub fn cached_leaves<T: Copy>(&self, recorded: &[Recorded<T>]) -> (Vec<T>, bool) {
        match (self.lookup, recorded.first()) {
            (Lookup::Sticky, Some(r)) => (vec![r.value], true),
            (Lookup::All, _) => (recorded.iter().map(|r| r.value).collect(), false),
            _ => (Vec::new(), false),
        }
    }

    /// Where the walk starts, given the cached non-leaf entries per level, deepest level
    /// first.
    pub fn starts<T: Copy>(&self, per_level: &[(u32, &[Recorded<T>])]) -> Vec<Start<T>> {
        match self.lookup {
            Lookup::Fresh => vec![Start::Root],
            Lookup::Sticky => per_level
                .iter()
                .find_map(|(l, rs)| rs.first().map(|r| Start::Cached(*l, r.value)))
                .map_or_else(|| vec![Start::Root], |s| vec![s]),
            Lookup::All => core::iter::once(Start::Root)
                .chain(
                    per_level
                        .iter()
                        .flat_map(|(l, rs)| rs.iter().map(move |r| Start::Cached(*l, r.value))),
                )
                .collect(),
        }
    }
}

/// A first-stage leaf: the PTE, its level and its effective G bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Leaf {
    pub pte: Pte,
    pub level: u32,
    pub global: bool,
}

/// Why a first-stage walk stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StageFault {
    /// Page fault (cause 12/13/15 by access type).
    Page,
    /// A PTE read was refused: access fault (cause 1/5/7 by access type).
    Access,
}

/// The first-stage context: address space, depth and root table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FirstStage {
    pub pscid: u32,
    pub levels: u32,
    pub root_ppn: u64,
}

/// True when the virtual address is canonical for a `levels`-level scheme: bits 63 down to
/// the top VA bit all equal that bit (Sv39: 63:39 = bit 38, Sv48: 63:48 = bit 47).
pub(crate) fn canonical(iova: u64, levels: u32) -> bool {
    let va_bits = PAGE_SHIFT + levels * PT_VPN_BITS;
    let shift = 64 - va_bits;
    (((iova << shift) as i64) >> shift) as u64 == iova
}

/// `VPN[level]` of `iova`.
fn vpn(iova: u64, level: u32) -> u64 {
    (iova >> (PAGE_SHIFT + level * PT_VPN_BITS)) & ((1 << PT_VPN_BITS) - 1)
}

/// Step 3 of the privileged walk and the extension rules: false when the PTE (V = 1) uses a
/// reserved bit or encoding at `level`.
pub(crate) fn well_formed(pte: Pte, level: u32, caps: Capabilities) -> bool {
    if pte.w() && !pte.r() {
        return false; // xwr = 010 and 110 are reserved (Zicfiss' shadow stack stays reserved)
    }
    if pte.0 & Pte::RESERVED.0 != 0 {
        return false;
    }
    // Svpbmt: without it PBMT is reserved; with it, the value 3 is reserved.
    let pbmt_reserved = if caps.svpbmt() { pte.pbmt() == 3 } else { pte.pbmt() != 0 };
    if pbmt_reserved {
        return false;
    }
    let leaf = pte.r() || pte.x();
    if leaf {
        // Svnapot: N only in a level-0 leaf, and only with the 64 KiB encoding.
        !pte.n() || (level == 0 && napot_64k(pte))
    } else {
        // Non-leaf PTEs: D, A, U (privileged spec), N (Svnapot), PBMT (Svpbmt) are reserved.
        !(pte.d() || pte.a() || pte.u() || pte.n() || pte.pbmt() != 0)
    }
}

impl<M: PhysMem + ?Sized> Walker<'_, M> {
    /// Walk the first stage for `iova`: every permitted outcome (one unless `Lookup::All`).
    pub fn first_stage(&mut self, s: FirstStage, iova: u64) -> Vec<Result<Leaf, StageFault>> {
        if !canonical(iova, s.levels) {
            return vec![Err(StageFault::Page)];
        }
        let mut out = Vec::new();
        // The IOTLB: cached leaves mapping the IOVA, of this address space or global.
        let recorded = self.history.leaves(s.pscid, iova);
        let (hits, done) = self.cached_leaves(&recorded);
        for h in hits {
            push_unique(&mut out, self.check_leaf(h.pte, h.level, h.global));
        }
        if done {
            return out;
        }
        // The page-walk cache: cached non-leaf entries, deepest level first.
        let cached: Vec<(u32, Vec<Recorded<TableEntry>>)> =
            (0..s.levels).map(|l| (l, self.history.tables(s.pscid, l, iova).to_vec())).collect();
        let per_level: Vec<(u32, &[Recorded<TableEntry>])> =
            cached.iter().map(|(l, v)| (*l, v.as_slice())).collect();
        for start in self.starts(&per_level) {
            let r = self.walk_from(s, iova, start);
            push_unique(&mut out, r);
        }
        out
    }

    fn check_leaf(&self, pte: Pte, level: u32, global: bool) -> Result<Leaf, StageFault> {
        if well_formed(pte, level, self.caps) {
            Ok(Leaf { pte, level, global })
        } else {
            Err(StageFault::Page)
        }
    }

    fn walk_from(
        &mut self,
        s: FirstStage,
        iova: u64,
        start: Start<TableEntry>,
    ) -> Result<Leaf, StageFault> {
        let (mut level, mut table, mut global) = match start {
            Start::Root => (s.levels - 1, s.root_ppn << PAGE_SHIFT, false),
            Start::Cached(l, e) => {
                if !well_formed(e.pte, l, self.caps) || l == 0 {
                    return Err(StageFault::Page);
                }
                (l - 1, e.pte.ppn() << PAGE_SHIFT, e.global)
            }
        };
        loop {
            let addr = table + vpn(iova, level) * PTE_BYTES as u64;
            let pte = Pte::from_le_bytes(self.read(addr).ok_or(StageFault::Access)?);
            if !pte.v() {
                return Err(StageFault::Page);
            }
            global |= pte.g();
            // A leaf has R or X (xwr = 010 and 110 are reserved; cached as leaves, since
            // Zicfiss makes 010 a leaf, so that an address invalidation covers them).
            let leaf = pte.r() || pte.w() || pte.x();
            // A pointer at level 0 is unusable by any walk: no cache keeps it.
            if self.records() && (leaf || level > 0) {
                if leaf {
                    let e = LeafEntry { pscid: s.pscid, pte, level, global };
                    self.history.record_leaf(iova, e);
                } else {
                    self.history.record_table(s.pscid, level, iova, TableEntry { pte, global });
                }
            }
            if !well_formed(pte, level, self.caps) {
                return Err(StageFault::Page);
            }
            if leaf {
                return Ok(Leaf { pte, level, global });
            }
            if level == 0 {
                return Err(StageFault::Page); // a pointer at the last level
            }
            level -= 1;
            table = pte.ppn() << PAGE_SHIFT;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps() -> Capabilities {
        Capabilities::RESET
    }

    #[test]
    fn canonical_addresses() {
        // Sv39: bits 63:39 equal bit 38.
        assert!(canonical(0x3f_ffff_f000, 3));
        assert!(!canonical(0x40_0000_0000, 3));
        assert!(canonical(0xffff_ffc0_0000_0000, 3));
        assert!(!canonical(0xffff_ff80_0000_0000 ^ (1 << 40), 3));
        // Sv48: bits 63:48 equal bit 47.
        assert!(canonical(0x7fff_ffff_f000, 4));
        assert!(!canonical(0x8000_0000_0000, 4));
        assert!(canonical(0xffff_8000_0000_0000, 4));
    }

    #[test]
    fn reserved_encodings_of_ptes() {
        let leaf = Pte::default().with_v(true).with_r(true).with_a(true);
        let table = Pte::default().with_v(true).with_ppn(7);
        assert!(well_formed(leaf, 2, caps()));
        assert!(well_formed(table, 1, caps()));
        // xwr = 010: reserved.
        assert!(!well_formed(Pte::default().with_v(true).with_w(true), 0, caps()));
        // Reserved bits 60:54 (no Svrsw60t59b capability either).
        assert!(!well_formed(Pte(leaf.0 | 1 << 54), 0, caps()));
        assert!(!well_formed(Pte(leaf.0 | 1 << 60), 0, caps()));
        // PBMT without Svpbmt.
        assert!(!well_formed(leaf.with_pbmt(1), 0, caps()));
        // Non-leaf with A, D, U, N or PBMT.
        for bad in [table.with_a(true), table.with_d(true), table.with_u(true), table.with_n(true)]
        {
            assert!(!well_formed(bad, 1, caps()));
        }
        // NAPOT: only level 0, only ppn[3:0] = 1000b.
        let napot = leaf.with_n(true).with_ppn(0x1238);
        assert!(well_formed(napot, 0, caps()));
        assert!(!well_formed(napot, 1, caps()));
        assert!(!well_formed(napot.with_ppn(0x1234), 0, caps()));
        // RSW bits are ignored.
        assert!(well_formed(leaf.with_rsw(3), 0, caps()));
    }
}
