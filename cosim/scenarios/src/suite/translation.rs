//! First-stage translations checked against the independent reference walker
//! ([`crate::reference_walk`]): a table that covers every page size and every permission
//! rule at least once, and property tests over random Sv39/Sv48 page tables.
//!
//! The expected answer of every request comes from the test's own setup and the
//! specification: the reference walk (privileged spec, "Virtual Address Translation
//! Process") for the first stage, P2IOVA step 15 for supervisor requests without `PC.ta.ENS`
//! (cause 260), the FAULT_CAUSE table for the cause of each fault (12/13/15 page faults,
//! 1/5/7 access faults by access type) and the TTYP table for the fault records. The
//! helpers of this module (`expected_*`, [`check_unique`], [`check_records`]) are shared
//! with the scale and stale-translation scenarios.
//!
//! The reference walk reports the leaf only: the tables built here set G in a non-leaf
//! entry in one table row only, whose expected answer is made global by hand (privileged
//! spec: G in a non-leaf entry makes every mapping below it global).

use core::fmt::Debug;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{
    DebugAccess, DeviceConfig, FaultReport, Iommu, PagingMode, ProcessConfig, TranslationRequest,
    TranslationResult,
};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{FaultCause, Pte, Ttyp, NAPOT_64K_BITS, PAGE_SHIFT, PT_VPN_BITS};
use iommu_model::{DeviceRequest, Fault, RequestKind, Response, Translation};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use super::full_config;
use crate::page_tables::{levels, va_bits, Flags, PageSize, PageTables};
use crate::platform::Platform;
use crate::reference_walk::{walk, AccessType, RefOutcome, WalkRoot};

// ---- expected answers, from the specification ------------------------------------------

/// An untranslated request of `device_id` (with `pasid` if any) for `access` at `iova`.
pub fn request(
    device_id: u32,
    pasid: Option<u32>,
    privileged: bool,
    access: AccessType,
    iova: u64,
) -> DeviceRequest {
    DeviceRequest {
        device_id,
        process_id: pasid,
        privileged,
        kind: RequestKind::Untranslated,
        iova,
        write: access == AccessType::Write,
        execute: access == AccessType::Execute,
    }
}

/// The access type of a request built by [`request`].
pub fn access_of(req: &DeviceRequest) -> AccessType {
    if req.execute {
        AccessType::Execute
    } else if req.write {
        AccessType::Write
    } else {
        AccessType::Read
    }
}

/// TTYP of an untranslated request (FAULT_QUEUE, TTYP table: 1 read for execute, 2 read,
/// 3 write/AMO).
pub fn untranslated_ttyp(access: AccessType) -> Ttyp {
    match access {
        AccessType::Read => Ttyp::UADDR_RD,
        AccessType::Write => Ttyp::UADDR_WR,
        AccessType::Execute => Ttyp::UADDR_INST_FETCH,
    }
}

/// The page-fault cause of an access type (FAULT_CAUSE: 13 read, 15 write/AMO, 12
/// instruction).
pub fn page_fault(access: AccessType) -> FaultCause {
    match access {
        AccessType::Read => FaultCause::RD_PAGE_FAULT,
        AccessType::Write => FaultCause::WR_PAGE_FAULT,
        AccessType::Execute => FaultCause::INST_PAGE_FAULT,
    }
}

/// The access-fault cause of an access type (FAULT_CAUSE: 5 read, 7 write/AMO, 1
/// instruction).
pub fn access_fault(access: AccessType) -> FaultCause {
    match access {
        AccessType::Read => FaultCause::RD_ACCESS_FAULT,
        AccessType::Write => FaultCause::WR_ACCESS_FAULT,
        AccessType::Execute => FaultCause::INST_ACCESS_FAULT,
    }
}

/// An aborted untranslated request with `cause`.
pub fn fault_answer(req: &DeviceRequest, cause: FaultCause) -> Response {
    let ttyp = untranslated_ttyp(access_of(req));
    Response::Fault(Fault { cause, ttyp, queued: false })
}

/// An allowed identity translation of `iova` (first stage Bare): only the page is checked
/// by [`same_page`], the range and permissions being the implementation's choice.
pub fn identity_page(iova: u64) -> u64 {
    iova >> PAGE_SHIFT
}

/// True when `r` allows the access and maps it to physical page `ppn`.
pub fn same_page(r: &Response, ppn: u64) -> bool {
    matches!(r, Response::Allowed(t) if t.ppn == ppn)
}

/// The answer of the first stage rooted at `root` to an access of `iova`, from the
/// reference walk: the translation with the accesses the same leaf allows (a walk for each
/// access type), the leaf's U and G; or the page / access fault of the access type.
pub fn expected_walk<D: DmaMemory + ?Sized>(
    mem: &D,
    root: &WalkRoot,
    req: &DeviceRequest,
) -> Response {
    let access = access_of(req);
    match walk(mem, root, req.iova, access) {
        RefOutcome::Translated { pa, size, leaf } => {
            let allows = |a| matches!(walk(mem, root, req.iova, a), RefOutcome::Translated { .. });
            Response::Allowed(Translation {
                ppn: pa >> PAGE_SHIFT,
                size_log2: size.shift() as u8,
                r: allows(AccessType::Read),
                w: allows(AccessType::Write),
                x: allows(AccessType::Execute),
                u: leaf.u(),
                g: leaf.g(),
            })
        }
        RefOutcome::PageFault => fault_answer(req, page_fault(access)),
        RefOutcome::AccessFault => fault_answer(req, access_fault(access)),
    }
}

/// A first-stage address space as a process context (or `iosatp`) names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Space {
    /// Paging scheme.
    pub paging: PagingMode,
    /// Root table (`fsc.PPN`).
    pub root: PhysAddr,
    /// `PC.ta.ENS` (false for a device context's `iosatp`).
    pub ens: bool,
    /// `PC.ta.SUM`.
    pub sum: bool,
}

impl Space {
    /// The answer to `req` once its device and process context selected this space:
    /// "Transaction type disallowed" (260) for a supervisor request without ENS (P2IOVA
    /// step 15), else the reference walk with the request's privilege (requests without a
    /// process_id are User).
    pub fn expected<D: DmaMemory + ?Sized>(&self, mem: &D, req: &DeviceRequest) -> Response {
        let privileged = req.privileged && req.process_id.is_some();
        if privileged && !self.ens {
            return fault_answer(req, FaultCause::TTYP_DISALLOWED);
        }
        let root =
            WalkRoot { paging: self.paging, root_ppn: self.root.ppn(), privileged, sum: self.sum };
        expected_walk(mem, &root, req)
    }
}

/// The answer with the fault-queue bookkeeping (`queued`) cleared: what the specification
/// decides.
pub fn architectural(r: &Response) -> Response {
    match *r {
        Response::Fault(f) => Response::Fault(Fault { queued: false, ..f }),
        other => other,
    }
}

/// Ask the translation port and the oracle: the answer must be `expected`, and `expected`
/// the only answer permitted.
pub fn compare_unique<P: Platform>(
    p: &P,
    req: &DeviceRequest,
    expected: &Response,
) -> Result<(), String> {
    let want = architectural(expected);
    let got = architectural(&p.request(req));
    if got != want {
        return Err(format!("{}: {req:?}\n  answered {got:?}\n  expected {want:?}", p.name()));
    }
    let permitted: Vec<Response> = p.permitted(req).iter().map(architectural).collect();
    if permitted != [want] {
        return Err(format!("{}: {req:?}\n  permitted {permitted:?}\n  only {want:?}", p.name()));
    }
    Ok(())
}

/// [`compare_unique`], panicking with `what` on a mismatch.
pub fn check_unique<P: Platform>(
    p: &P,
    req: &DeviceRequest,
    expected: &Response,
    what: impl Debug,
) {
    if let Err(e) = compare_unique(p, req, expected) {
        panic!("{what:?}: {e}");
    }
}

/// The fault record the specification asks for when `req` faults with `cause`
/// (FAULT_QUEUE): CAUSE, TTYP, DID, PV/PID, PRIV (only with a PASID) and the IOVA in
/// `iotval`; `iotval2` is only defined for guest-page faults and is not compared.
fn record_matches(r: &FaultReport, req: &DeviceRequest, cause: FaultCause) -> bool {
    let privileged = req.privileged && req.process_id.is_some();
    // The IOMMU may report the page offset as 0 (FAULT_QUEUE, note on iotval).
    let page = req.iova & !((1u64 << PAGE_SHIFT) - 1);
    r.cause == cause
        && r.ttyp == untranslated_ttyp(access_of(req))
        && r.device_id == req.device_id
        && r.pasid == req.process_id
        && r.privileged == privileged
        && (r.iotval == req.iova || r.iotval == page)
}

/// The records drained from the fault queue are exactly one per faulting request, in
/// order, each with the fields FAULT_QUEUE asks for (see `record_matches`).
pub fn compare_records(
    reports: &[FaultReport],
    expected: &[(DeviceRequest, FaultCause)],
) -> Result<(), String> {
    if reports.len() != expected.len() {
        return Err(format!(
            "{} fault records, expected {}:\n  {reports:#?}\n  for {expected:#?}",
            reports.len(),
            expected.len()
        ));
    }
    for (r, (req, cause)) in reports.iter().zip(expected) {
        if !record_matches(r, req, *cause) {
            return Err(format!("fault record {r:?}\n  for {req:?} with cause {cause:?}"));
        }
    }
    Ok(())
}

/// Drain the fault queue and [`compare_records`], panicking with `what` on a mismatch.
pub fn check_records<M: Mmio, D: DmaMemory>(
    iommu: &mut Iommu<M, D>,
    expected: &[(DeviceRequest, FaultCause)],
    what: impl Debug,
) {
    let drain = iommu.drain_faults().unwrap();
    assert!(!drain.records_lost(), "{what:?}: records lost: {drain:?}");
    if let Err(e) = compare_records(&drain.reports, expected) {
        panic!("{what:?}: {e}");
    }
}

/// The debug interface's answer for `expected` (TRR_RSP): the page range of the leaf, or a
/// fault.
pub fn expected_debug(expected: &Response) -> TranslationResult {
    match expected {
        Response::Allowed(t) => {
            let size = 1u64 << t.size_log2;
            let base = (t.ppn << PAGE_SHIFT) & !(size - 1);
            TranslationResult::Translated { base: PhysAddr(base), size }
        }
        _ => TranslationResult::Fault,
    }
}

/// The debug-interface request for a translation-port request.
pub fn debug_request(req: &DeviceRequest) -> TranslationRequest {
    let access = match access_of(req) {
        AccessType::Read => DebugAccess::Read,
        AccessType::Write => DebugAccess::Write,
        AccessType::Execute => DebugAccess::Execute,
    };
    TranslationRequest {
        device_id: req.device_id,
        pasid: req.process_id,
        privileged: req.privileged,
        access,
        iova: req.iova,
    }
}

/// The fault cause of an expected answer, if it is a fault.
pub fn cause_of(r: &Response) -> Option<FaultCause> {
    r.fault().map(|f| f.cause)
}

// ---- the table: every size and every rule ---------------------------------------------

/// The device with a process directory in the table and the property tests, its PASID and
/// the PSCID of that process.
const PD_DEVICE: u32 = 0x2a;
const PD_PASID: u32 = 0x5c;
const PD_PSCID: u32 = 0x77;
/// The device with one address space (`PDTV` = 0) over the same tables, and its PSCID.
const AS_DEVICE: u32 = 0x2b;
const AS_PSCID: u32 = 0x78;

/// What a table row puts at its IOVA.
#[derive(Clone, Copy, Debug)]
enum Entry {
    /// A mapping made as a kernel would ([`PageTables::map`]).
    Map(PageSize, Flags),
    /// A raw entry at a level (malformed ones included); its PPN is given.
    Raw(u32, Pte),
    /// A non-leaf entry at a level pointing to the platform's refused address.
    Refused(u32),
    /// A 4 KiB mapping, but the process's root table is at the refused address.
    RefusedRoot,
    /// A 4 KiB mapping (leaf G = 0) below a level-1 pointer with G = 1: the privileged
    /// spec makes every mapping below a global non-leaf entry global.
    UnderGlobalPointer(Flags),
}

/// Where the request goes, relative to the row's mapping.
#[derive(Clone, Copy, Debug)]
enum At {
    /// `va + offset`.
    Inside(u64),
    /// The last doubleword before the mapping.
    Below,
    /// The first byte after the mapping.
    Above,
    /// `va` with these bits flipped (making it non-canonical).
    Flipped(u64),
}

/// The answer the row's rule gives, stated from the spec before any walk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    /// Translated to the mapping's PA plus the offset, with the mapping's size.
    Allowed,
    /// A page fault of the access type.
    PageFault,
    /// An access fault of the access type.
    AccessFault,
    /// Transaction type disallowed (260).
    Disallowed,
}

#[derive(Clone, Copy, Debug)]
struct Row {
    what: &'static str,
    paging: PagingMode,
    entry: Entry,
    /// The mapping is in the upper (negative) half of the address space.
    upper_half: bool,
    privileged: bool,
    ens: bool,
    sum: bool,
    access: AccessType,
    at: At,
    expect: Expect,
}

fn row(what: &'static str, paging: PagingMode, entry: Entry, expect: Expect) -> Row {
    Row {
        what,
        paging,
        entry,
        upper_half: false,
        privileged: false,
        ens: false,
        sum: false,
        access: AccessType::Read,
        at: At::Inside(0x18),
        expect,
    }
}

impl Row {
    fn access(self, access: AccessType) -> Self {
        Row { access, ..self }
    }
    fn at(self, at: At) -> Self {
        Row { at, ..self }
    }
    /// A supervisor request with `PC.ta.ENS` = `ens` and `PC.ta.SUM` = `sum`.
    fn supervisor(self, ens: bool, sum: bool) -> Self {
        Row { privileged: true, ens, sum, ..self }
    }
    fn upper(self) -> Self {
        Row { upper_half: true, ..self }
    }

    /// The size the entry maps (4 KiB for raw and refused entries).
    fn size(&self) -> PageSize {
        match self.entry {
            Entry::Map(size, _) => size,
            Entry::Raw(level, _) | Entry::Refused(level) => match level {
                0 => PageSize::Size4K,
                1 => PageSize::Size2M,
                2 => PageSize::Size1G,
                _ => PageSize::Size512G,
            },
            Entry::RefusedRoot | Entry::UnderGlobalPointer(_) => PageSize::Size4K,
        }
    }

    /// The mapping's IOVA: 0xd3 pages of its size (every index level gets non-zero bits),
    /// sign-extended into the upper half when asked.
    fn va(&self) -> u64 {
        let va = 0xd3 * self.size().bytes();
        if self.upper_half {
            let top = va_bits(self.paging) - 1;
            sign_extend(va | 1 << top, top)
        } else {
            va
        }
    }

    /// The mapping's physical address: 0x2b5 units of its size.
    fn pa(&self) -> u64 {
        0x2b5 * self.size().bytes()
    }

    fn iova(&self) -> u64 {
        let (va, bytes) = (self.va(), self.size().bytes());
        match self.at {
            At::Inside(offset) => va + offset,
            At::Below => va - 8,
            At::Above => va + bytes,
            At::Flipped(bits) => va ^ bits,
        }
    }
}

/// `v` with bit `top` copied into every bit above it.
fn sign_extend(v: u64, top: u32) -> u64 {
    let shift = 63 - top;
    (((v << shift) as i64) >> shift) as u64
}

/// A valid leaf with `flags` and `ppn`.
fn leaf(flags: Flags, ppn: u64) -> Pte {
    Pte::default()
        .with_v(true)
        .with_r(flags.r)
        .with_w(flags.w)
        .with_x(flags.x)
        .with_u(flags.u)
        .with_g(flags.g)
        .with_a(flags.a)
        .with_d(flags.d)
        .with_ppn(ppn)
}

/// A valid non-leaf entry pointing to page `ppn`.
fn pointer(ppn: u64) -> Pte {
    Pte::default().with_v(true).with_ppn(ppn)
}

/// The lowest reserved bit of a PTE (bits 60:54 in the privileged spec, without
/// Svrsw60t59b).
fn lowest_reserved_pte_bit() -> u64 {
    Pte::RESERVED.0 & Pte::RESERVED.0.wrapping_neg()
}

fn rows() -> Vec<Row> {
    use AccessType::{Execute, Write};
    use Expect::{AccessFault, Allowed, Disallowed, PageFault};
    use PageSize::{Size1G, Size2M, Size4K, Size64K};
    use PagingMode::{Sv39, Sv48};
    let map = Entry::Map;
    let rw = Flags::USER_RW;
    let rx = Flags::USER_RX;
    let kernel_rwx = Flags { x: true, ..Flags::KERNEL_RW };
    let user_rwx = Flags { x: true, ..Flags::USER_RW };
    let x_only = Flags { r: false, w: false, x: true, ..Flags::USER_RW };
    let w_only = Flags { r: false, w: true, x: false, ..Flags::USER_RW };
    let wx = Flags { r: false, w: true, x: true, ..Flags::USER_RW };
    // A raw level-`l` leaf at 0x2b5 units of its size, with `f`.
    let raw_leaf = |l: u32, f: Flags| {
        let ppn = 0x2b5u64 << (l * PT_VPN_BITS);
        Entry::Raw(l, leaf(f, ppn))
    };
    let spare = 0x2b5u64; // a pointer's target: never read when the entry is reserved
    let mut rows = Vec::new();
    // Every size in both schemes, at the end of the range and reading, writing, executing.
    for paging in [Sv39, Sv48] {
        for size in PageSize::ALL.into_iter().filter(|s| s.fits(paging)) {
            let last = At::Inside(size.bytes() - 8);
            rows.push(
                row("size: read the last doubleword", paging, map(size, rw), Allowed).at(last),
            );
            rows.push(row("size: write", paging, map(size, rw), Allowed).access(Write));
            rows.push(row("size: execute", paging, map(size, rx), Allowed).access(Execute));
            // Next to the mapping, on both sides.
            rows.push(row("neighbour below", paging, map(size, rw), PageFault).at(At::Below));
            rows.push(row("neighbour above", paging, map(size, rw), PageFault).at(At::Above));
        }
        let top = va_bits(paging) - 1;
        let high = PageSize::ALL[levels(paging) as usize];
        rows.push(row("upper half", paging, map(high, rw), Allowed).upper().at(At::Inside(8)));
        // Non-canonical: the bit above the top VA bit, and bit 63 alone.
        let flip = At::Flipped(1 << (top + 1));
        rows.push(row("non-canonical above top", paging, map(Size4K, rw), PageFault).at(flip));
        let flip = At::Flipped(1 << 63);
        rows.push(row("non-canonical bit 63", paging, map(Size4K, rw), PageFault).at(flip));
        let flip = At::Flipped(1 << top);
        let upper = row("upper half, top bit cleared", paging, map(Size4K, rw), PageFault);
        rows.push(upper.upper().at(flip));
    }
    // Permission rules (privileged spec step 5, the IOMMU's U/SUM/ENS rules).
    rows.extend([
        row("R=0: read of an execute-only page", Sv39, map(Size4K, x_only), PageFault),
        row("execute-only page, execute", Sv39, map(Size4K, x_only), Allowed).access(Execute),
        row("W=0: write", Sv39, map(Size2M, Flags::USER_RO), PageFault).access(Write),
        row("X=0: execute", Sv48, map(Size4K, rw), PageFault).access(Execute),
        row("W without R (reserved): read", Sv39, map(Size4K, w_only), PageFault),
        row("W without R (reserved): write", Sv39, map(Size4K, w_only), PageFault).access(Write),
        row("xwr=110 (reserved): execute", Sv48, map(Size2M, wx), PageFault).access(Execute),
        row("U=0 page, user request", Sv39, map(Size4K, Flags::KERNEL_RW), PageFault),
        row("U=1 page, supervisor, SUM=0", Sv39, map(Size4K, rw), PageFault)
            .supervisor(true, false),
        row("U=1 page, supervisor, SUM=1, read", Sv39, map(Size4K, rw), Allowed)
            .supervisor(true, true),
        row("U=1 page, supervisor, SUM=1, write", Sv48, map(Size64K, rw), Allowed)
            .supervisor(true, true)
            .access(Write),
        row("U=1 page, supervisor, SUM=1, execute", Sv39, map(Size4K, user_rwx), PageFault)
            .supervisor(true, true)
            .access(Execute),
        row("U=0 page, supervisor write", Sv39, map(Size1G, Flags::KERNEL_RW), Allowed)
            .supervisor(true, false)
            .access(Write),
        row("U=0 page, supervisor execute", Sv48, map(Size4K, kernel_rwx), Allowed)
            .supervisor(true, false)
            .access(Execute),
        row("U=0 page, supervisor, SUM=1, read", Sv48, map(Size4K, kernel_rwx), Allowed)
            .supervisor(true, true),
        row("supervisor request without ENS", Sv39, map(Size4K, kernel_rwx), Disallowed)
            .supervisor(false, false),
        row("A=0", Sv39, map(Size4K, Flags { a: false, ..rw }), PageFault),
        row("A=0, superpage", Sv48, map(Size1G, Flags { a: false, ..rw }), PageFault),
        row("D=0: write", Sv39, map(Size4K, Flags { d: false, ..rw }), PageFault).access(Write),
        row("D=0: read", Sv39, map(Size64K, Flags { d: false, ..rw }), Allowed),
        row("G=1", Sv48, map(Size2M, Flags { g: true, ..rw }), Allowed),
        row("R+W+X, execute", Sv39, map(Size4K, user_rwx), Allowed).access(Execute),
        row("G=1 in the pointer above", Sv48, Entry::UnderGlobalPointer(rw), Allowed),
    ]);
    // Malformed entries (steps 3, 4 and 6 of the walk, Svnapot, Svpbmt).
    let ok = leaf(rw, 0x2b5 << PT_VPN_BITS);
    let reserved = Pte(leaf(rw, 0x2b5).0 | lowest_reserved_pte_bit());
    rows.extend([
        row(
            "misaligned 2 MiB superpage",
            Sv39,
            Entry::Raw(1, ok.with_ppn(ok.ppn() | 1)),
            PageFault,
        ),
        row(
            "misaligned 1 GiB superpage",
            Sv48,
            {
                let ppn = (0x2b5u64 << (2 * PT_VPN_BITS)) | 1 << PT_VPN_BITS;
                Entry::Raw(2, leaf(rw, ppn))
            },
            PageFault,
        ),
        row("aligned raw 2 MiB leaf", Sv39, raw_leaf(1, rw), Allowed),
        row(
            "NAPOT bit at level 1",
            Sv39,
            Entry::Raw(1, ok.with_n(true).with_ppn(ok.ppn() | 8)),
            PageFault,
        ),
        row(
            "NAPOT with a reserved size encoding",
            Sv39,
            {
                // ppn[3:0] = 0100b: a 32 KiB NAPOT size, reserved.
                let code = 1u64 << (NAPOT_64K_BITS - 2);
                Entry::Raw(0, leaf(rw, (0x2b5 << NAPOT_64K_BITS) | code).with_n(true))
            },
            PageFault,
        ),
        row("reserved PTE bit", Sv48, Entry::Raw(0, reserved), PageFault),
        row("PBMT without Svpbmt", Sv39, Entry::Raw(0, leaf(rw, 0x2b5).with_pbmt(1)), PageFault),
        row("non-leaf with A", Sv39, Entry::Raw(1, pointer(spare).with_a(true)), PageFault),
        row("non-leaf with D", Sv48, Entry::Raw(2, pointer(spare).with_d(true)), PageFault),
        row("non-leaf with U", Sv39, Entry::Raw(1, pointer(spare).with_u(true)), PageFault),
        row("non-leaf with N", Sv48, Entry::Raw(1, pointer(spare).with_n(true)), PageFault),
        row("pointer at level 0", Sv39, Entry::Raw(0, pointer(spare)), PageFault),
        row("V=0 leaf", Sv39, Entry::Raw(0, leaf(rw, 0x2b5).with_v(false)), PageFault),
        row("V=0 with every other bit", Sv48, Entry::Raw(0, Pte(!0u64).with_v(false)), PageFault),
        // Access faults: a table read the memory refuses.
        row("refused table: read", Sv39, Entry::Refused(1), AccessFault),
        row("refused table: write", Sv39, Entry::Refused(1), AccessFault).access(Write),
        row("refused table: execute", Sv48, Entry::Refused(2), AccessFault).access(Execute),
        row("refused table below the root", Sv48, Entry::Refused(3), AccessFault),
        row("refused root table", Sv39, Entry::RefusedRoot, AccessFault).access(Write),
    ]);
    rows
}

/// The platform brought up with a device with a process directory (PASID [`PD_PASID`]) and
/// a single-address-space device over the same tables, the tables holding one row's entry.
fn run_row<P: Platform>(p: &P, row: &Row) {
    let mut iommu = super::init(p, full_config());
    let mem = p.memory();
    let mut tables = PageTables::new(&mem, row.paging).unwrap();
    let (va, pa, size) = (row.va(), row.pa(), row.size());
    match row.entry {
        Entry::Map(size, flags) => tables.map(va, pa, size, flags).unwrap(),
        Entry::Raw(level, pte) => tables.write_pte(va, level, pte).unwrap(),
        Entry::Refused(level) => {
            tables.write_pte(va, level, pointer(p.refused_address().ppn())).unwrap()
        }
        Entry::RefusedRoot => tables.map(va, pa, size, Flags::USER_RW).unwrap(),
        Entry::UnderGlobalPointer(flags) => {
            tables.map(va, pa, size, flags).unwrap();
            let above = tables.read_pte(va, 1).unwrap().unwrap();
            tables.write_pte(va, 1, above.with_g(true)).unwrap();
        }
    }
    let root = match row.entry {
        Entry::RefusedRoot => p.refused_address(),
        _ => PhysAddr::from_ppn(tables.root_ppn()),
    };
    iommu.attach(PD_DEVICE, DeviceConfig::process_directory(8)).unwrap();
    let pc = ProcessConfig { mode: row.paging, root, pscid: PD_PSCID, ens: row.ens, sum: row.sum };
    iommu.set_process(PD_DEVICE, PD_PASID, pc).unwrap();
    iommu.attach(AS_DEVICE, DeviceConfig::address_space(row.paging, root, AS_PSCID)).unwrap();

    let iova = row.iova();
    let with_pasid = request(PD_DEVICE, Some(PD_PASID), row.privileged, row.access, iova);
    let space = Space { paging: row.paging, root, ens: row.ens, sum: row.sum };
    let mut expected = space.expected(&mem, &with_pasid);
    if let (Entry::UnderGlobalPointer(_), Response::Allowed(t)) = (row.entry, &mut expected) {
        // The reference walk reports the leaf; G above it makes the mapping global.
        assert!(!t.g);
        t.g = true;
    }
    // The row's own statement of the rule, and the reference walk, agree.
    let stated = match row.expect {
        Expect::Allowed => {
            let want = (pa + (iova - va)) >> PAGE_SHIFT;
            matches!(expected, Response::Allowed(t)
                if t.ppn == want && u32::from(t.size_log2) == size.shift())
        }
        Expect::PageFault => cause_of(&expected) == Some(page_fault(row.access)),
        Expect::AccessFault => cause_of(&expected) == Some(access_fault(row.access)),
        Expect::Disallowed => cause_of(&expected) == Some(FaultCause::TTYP_DISALLOWED),
    };
    assert!(
        stated,
        "{}: the rule says {:?}, the reference walk {expected:?}",
        row.what, row.expect
    );

    let mut faults = Vec::new();
    check_unique(p, &with_pasid, &expected, row.what);
    faults.extend(cause_of(&expected).map(|c| (with_pasid, c)));
    // The debug interface translates the same request (its page).
    let debug = iommu.translate(&debug_request(&with_pasid)).unwrap();
    assert_eq!(debug, expected_debug(&expected), "{}: debug interface", row.what);
    faults.extend(cause_of(&expected).map(|c| (with_pasid, c)));
    // A user request without a PASID, through the device's own iosatp.
    if !row.privileged {
        let plain = request(AS_DEVICE, None, false, row.access, iova);
        let mut expected_plain = Space { ens: false, sum: false, ..space }.expected(&mem, &plain);
        if let (Entry::UnderGlobalPointer(_), Response::Allowed(t)) =
            (row.entry, &mut expected_plain)
        {
            t.g = true;
        }
        check_unique(p, &plain, &expected_plain, (row.what, "iosatp"));
        faults.extend(cause_of(&expected_plain).map(|c| (plain, c)));
    }
    check_records(&mut iommu, &faults, row.what);
}

/// Every row of the table on a fresh platform: every page size in Sv39 and Sv48, every
/// permission and status rule, malformed entries, canonical and non-canonical IOVAs next
/// to and inside the mappings, access faults; the translation port, the oracle, the debug
/// interface and the fault records.
pub fn every_size_and_rule<P: Platform>(make: impl Fn() -> P) {
    let rows = rows();
    for row in &rows {
        let p = make();
        run_row(&p, row);
    }
    // The table covers every size of both schemes and every expectation.
    for size in PageSize::ALL {
        assert!(rows.iter().any(|r| r.size() == size && r.expect == Expect::Allowed));
    }
}

// ---- property tests over random page tables ---------------------------------------------

/// A random entry of a random address space.
#[derive(Clone, Copy, Debug)]
enum RandomEntry {
    /// A mapping made as a kernel would, with random permission and status bits (W without
    /// R included).
    Map { size: PageSize, flags: Flags, ppn: u64 },
    /// A superpage leaf whose PPN is not aligned to its size.
    Misaligned { level: u32 },
    /// A 4 KiB leaf with a reserved bit set.
    ReservedBit,
    /// A 4 KiB leaf with PBMT = 1 (reserved without Svpbmt).
    Pbmt,
    /// A level-1 leaf with N = 1 (Svnapot only defines level-0 NAPOT entries).
    NapotAtLevel1,
    /// A non-leaf entry at `level` with A, D or U set (`which` 0, 1, 2).
    NonLeafReserved { level: u32, which: u8 },
    /// A non-leaf entry in a level-0 slot.
    PointerAtLevel0,
    /// A non-leaf entry at `level` pointing to the refused address.
    Refused { level: u32 },
}

/// A random entry at a random IOVA.
#[derive(Clone, Copy, Debug)]
struct Placed {
    /// Index per level (VPN[0], VPN[1], ...): small sets of values so tables are shared.
    vpn: [u64; 4],
    entry: RandomEntry,
}

/// Where a random request goes.
#[derive(Clone, Copy, Debug)]
enum Target {
    /// Inside entry `n` (modulo the number of entries) at this offset (modulo its size).
    Inside(usize, u64),
    /// The last doubleword before entry `n`.
    Below(usize),
    /// The first byte after entry `n`.
    Above(usize),
    /// Any canonical IOVA (bits sign-extended from the top VA bit).
    Canonical(u64),
    /// Any IOVA made non-canonical.
    NonCanonical(u64),
}

#[derive(Clone, Copy, Debug)]
struct RandomRequest {
    target: Target,
    access: AccessType,
    /// With the PASID (device with a process directory), else without (the iosatp device).
    with_pasid: bool,
    privileged: bool,
}

#[derive(Clone, Debug)]
struct RandomCase {
    paging: PagingMode,
    ens: bool,
    sum: bool,
    device_id: u32,
    pasid: u32,
    entries: Vec<Placed>,
    requests: Vec<RandomRequest>,
}

/// Random permission and status bits, biased towards entries that can translate (so that
/// about half the requests do), every combination possible.
pub(crate) fn any_flags() -> impl Strategy<Value = Flags> {
    use prop::bool::weighted;
    let rwx = (weighted(0.85), weighted(0.6), weighted(0.6));
    let ugad = (weighted(0.75), weighted(0.2), weighted(0.95), weighted(0.8));
    (rwx, ugad).prop_map(|((r, w, x), (u, g, a, d))| Flags { r, w, x, u, g, a, d })
}

fn any_size() -> impl Strategy<Value = PageSize> {
    prop::sample::select(PageSize::ALL.to_vec())
}

fn any_access() -> impl Strategy<Value = AccessType> {
    prop::sample::select(vec![AccessType::Read, AccessType::Write, AccessType::Execute])
}

fn any_entry() -> impl Strategy<Value = RandomEntry> {
    prop_oneof![
        20 => (any_size(), any_flags(), any::<u64>())
            .prop_map(|(size, flags, ppn)| RandomEntry::Map { size, flags, ppn }),
        1 => (1u32..4).prop_map(|level| RandomEntry::Misaligned { level }),
        1 => Just(RandomEntry::ReservedBit),
        1 => Just(RandomEntry::Pbmt),
        1 => Just(RandomEntry::NapotAtLevel1),
        1 => (1u32..4, 0u8..3).prop_map(|(level, which)| RandomEntry::NonLeafReserved { level, which }),
        1 => Just(RandomEntry::PointerAtLevel0),
        1 => (1u32..4).prop_map(|level| RandomEntry::Refused { level }),
    ]
}

fn any_index() -> impl Strategy<Value = u64> {
    prop_oneof![Just(0u64), Just(1), Just(0x1ff), Just(0x100), Just(0xff), 0u64..0x200]
}

fn any_placed() -> impl Strategy<Value = Placed> {
    ([any_index(), any_index(), any_index(), any_index()], any_entry())
        .prop_map(|(vpn, entry)| Placed { vpn, entry })
}

fn any_target() -> impl Strategy<Value = Target> {
    prop_oneof![
        12 => (any::<usize>(), any::<u64>()).prop_map(|(n, o)| Target::Inside(n, o)),
        1 => any::<usize>().prop_map(Target::Below),
        1 => any::<usize>().prop_map(Target::Above),
        1 => any::<u64>().prop_map(Target::Canonical),
        1 => any::<u64>().prop_map(Target::NonCanonical),
    ]
}

fn any_request() -> impl Strategy<Value = RandomRequest> {
    (any_target(), any_access(), any::<bool>(), prop::bool::weighted(0.3)).prop_map(
        |(target, access, with_pasid, privileged)| RandomRequest {
            target,
            access,
            with_pasid,
            privileged,
        },
    )
}

fn any_case() -> impl Strategy<Value = RandomCase> {
    (
        prop::sample::select(vec![PagingMode::Sv39, PagingMode::Sv48]),
        prop::bool::weighted(0.7),
        any::<bool>(),
        0u32..1 << 16,
        0u32..1 << 20,
        prop::collection::vec(any_placed(), 1..8),
        prop::collection::vec(any_request(), 1..16),
    )
        .prop_map(|(paging, ens, sum, device_id, pasid, entries, requests)| RandomCase {
            paging,
            ens,
            sum,
            device_id,
            pasid,
            entries,
            requests,
        })
}

impl Placed {
    /// The level and size of the entry in `paging` (a size the scheme lacks becomes its
    /// largest; a level the scheme lacks becomes its root level).
    fn level(&self, paging: PagingMode) -> u32 {
        let top = levels(paging) - 1;
        match self.entry {
            RandomEntry::Map { size, .. } => size.level().min(top),
            RandomEntry::Misaligned { level }
            | RandomEntry::NonLeafReserved { level, .. }
            | RandomEntry::Refused { level } => level.min(top),
            RandomEntry::NapotAtLevel1 => 1,
            RandomEntry::ReservedBit | RandomEntry::Pbmt | RandomEntry::PointerAtLevel0 => 0,
        }
    }

    fn size(&self, paging: PagingMode) -> PageSize {
        match self.entry {
            RandomEntry::Map { size: PageSize::Size64K, .. } => PageSize::Size64K,
            _ => PageSize::ALL
                .into_iter()
                .find(|s| *s != PageSize::Size64K && s.level() == self.level(paging))
                .unwrap_or(PageSize::Size4K),
        }
    }

    /// The (canonical) IOVA of the entry: its indexes from its level up, aligned to its
    /// size, sign-extended from the top VA bit.
    fn va(&self, paging: PagingMode) -> u64 {
        let level = self.level(paging);
        let mut va = 0;
        for l in level..levels(paging) {
            va |=
                (self.vpn[l as usize] & ((1 << PT_VPN_BITS) - 1)) << (PAGE_SHIFT + l * PT_VPN_BITS);
        }
        va &= !(self.size(paging).bytes() - 1);
        sign_extend(va, va_bits(paging) - 1)
    }
}

/// A physical page number aligned to `size`, within the 44-bit PTE PPN field.
fn aligned_ppn(ppn: u64, size: PageSize) -> u64 {
    let pages = size.bytes() >> PAGE_SHIFT;
    ppn & !(pages - 1) & Pte(u64::MAX).ppn()
}

/// True when the 64 KiB range of level-0 entries around `va` holds a NAPOT entry. Writing
/// one entry of it alone would leave a range whose PTEs differ, and Svnapot lets a read of
/// any NAPOT PTE of a range create cache entries for all its pages: such tables have more
/// than one permitted answer without any change, which is not what these cases check
/// (ranges are only ever written whole).
fn in_napot_range<D: DmaMemory + ?Sized>(tables: &PageTables<'_, D>, va: u64) -> bool {
    let range = PageSize::Size64K.bytes();
    let base = va & !(range - 1);
    (0..range >> PAGE_SHIFT)
        .any(|j| matches!(tables.read_pte(base + (j << PAGE_SHIFT), 0), Ok(Some(pte)) if pte.n()))
}

/// Write one random entry; `spare` is a zeroed page that reserved pointers point to.
fn place<D: DmaMemory + ?Sized>(
    tables: &mut PageTables<'_, D>,
    e: &Placed,
    spare: u64,
    refused: u64,
) {
    let paging = tables.paging();
    let (va, level) = (e.va(paging), e.level(paging));
    let whole_napot_range = matches!(e.entry, RandomEntry::Map { size: PageSize::Size64K, .. });
    if level == 0 && !whole_napot_range && in_napot_range(tables, va) {
        return;
    }
    let data = Flags::USER_RW;
    let result = match e.entry {
        RandomEntry::Map { size, flags, ppn } => {
            let size = if size.fits(paging) { size } else { PageSize::Size1G };
            tables.map(va, aligned_ppn(ppn, size) << PAGE_SHIFT, size, flags)
        }
        RandomEntry::Misaligned { level } => {
            let ppn = aligned_ppn(0x1234_5000_0000, PageSize::Size512G) | 1 << (level - 1);
            tables.write_pte(va, level.min(levels(paging) - 1), leaf(data, ppn))
        }
        RandomEntry::ReservedBit => {
            tables.write_pte(va, 0, Pte(leaf(data, spare).0 | lowest_reserved_pte_bit()))
        }
        RandomEntry::Pbmt => tables.write_pte(va, 0, leaf(data, spare).with_pbmt(1)),
        RandomEntry::NapotAtLevel1 => {
            let ppn = (aligned_ppn(spare << 20, PageSize::Size2M)) | 8;
            tables.write_pte(va, 1, leaf(data, ppn).with_n(true))
        }
        RandomEntry::NonLeafReserved { which, .. } => {
            let p = pointer(spare);
            let p = match which {
                0 => p.with_a(true),
                1 => p.with_d(true),
                _ => p.with_u(true),
            };
            tables.write_pte(va, level, p)
        }
        RandomEntry::PointerAtLevel0 => tables.write_pte(va, 0, pointer(spare)),
        RandomEntry::Refused { .. } => tables.write_pte(va, level.max(1), pointer(refused)),
    };
    // A leaf above the slot (Covered) leaves the tables as they were: that is random too.
    let _ = result;
}

/// The IOVA of a random request.
fn target_iova(case: &RandomCase, t: Target) -> u64 {
    let paging = case.paging;
    let top = va_bits(paging) - 1;
    let entry = |n: usize| &case.entries[n % case.entries.len()];
    match t {
        Target::Inside(n, offset) => {
            let e = entry(n);
            e.va(paging) + (offset & (e.size(paging).bytes() - 1))
        }
        Target::Below(n) => entry(n).va(paging).wrapping_sub(8),
        Target::Above(n) => {
            let e = entry(n);
            e.va(paging).wrapping_add(e.size(paging).bytes())
        }
        Target::Canonical(v) => sign_extend(v, top),
        Target::NonCanonical(v) => {
            let v = sign_extend(v, top);
            // Flip one bit above the top VA bit: no longer a sign extension.
            v ^ 1 << (top + 1 + (v as u32 % (63 - top)))
        }
    }
}

/// One random case on a fresh platform: the port, the oracle and (for the first requests)
/// the debug interface against the reference walk, then the fault records.
fn run_case<P: Platform>(p: &P, case: &RandomCase) -> Result<(), TestCaseError> {
    let fail = |e: String| TestCaseError::fail(e);
    let mut iommu = super::init(p, full_config());
    let mem = p.memory();
    let mut tables = PageTables::new(&mem, case.paging).map_err(|e| fail(format!("{e:?}")))?;
    let spare = mem.alloc(1 << PAGE_SHIFT, 1 << PAGE_SHIFT).map_err(|e| fail(e.to_string()))?;
    for e in &case.entries {
        place(&mut tables, e, spare.ppn(), p.refused_address().ppn());
    }
    let root = PhysAddr::from_ppn(tables.root_ppn());
    let (device, plain_device) = (case.device_id, case.device_id ^ 1);
    let attach =
        |iommu: &mut Iommu<_, _>, d, c| iommu.attach(d, c).map_err(|e| fail(e.to_string()));
    attach(&mut iommu, device, DeviceConfig::process_directory(20))?;
    attach(&mut iommu, plain_device, DeviceConfig::address_space(case.paging, root, AS_PSCID))?;
    let pc =
        ProcessConfig { mode: case.paging, root, pscid: PD_PSCID, ens: case.ens, sum: case.sum };
    iommu.set_process(device, case.pasid, pc).map_err(|e| fail(e.to_string()))?;
    let space = Space { paging: case.paging, root, ens: case.ens, sum: case.sum };
    let user_space = Space { ens: false, sum: false, ..space };

    let mut faults = Vec::new();
    for (i, r) in case.requests.iter().enumerate() {
        let iova = target_iova(case, r.target);
        let (req, space) = if r.with_pasid {
            (request(device, Some(case.pasid), r.privileged, r.access, iova), &space)
        } else {
            (request(plain_device, None, r.privileged, r.access, iova), &user_space)
        };
        let expected = space.expected(&mem, &req);
        compare_unique(p, &req, &expected).map_err(fail)?;
        faults.extend(cause_of(&expected).map(|c| (req, c)));
        if i < 3 {
            let got = iommu.translate(&debug_request(&req)).map_err(|e| fail(e.to_string()))?;
            prop_assert_eq!(got, expected_debug(&expected), "debug interface, {:?}", req);
            faults.extend(cause_of(&expected).map(|c| (req, c)));
        }
    }
    let drain = iommu.drain_faults().map_err(|e| fail(e.to_string()))?;
    prop_assert!(!drain.records_lost());
    compare_records(&drain.reports, &faults).map_err(fail)
}

/// Random Sv39/Sv48 tables (every size, random R/W/X/U/G/A/D, malformed entries, tables
/// the memory refuses), random requests (read/write/execute, user or supervisor with random
/// ENS/SUM, with or without a PASID) at IOVAs inside, next to and outside the mappings and
/// non-canonical ones: every answer is the reference walk's and the only one permitted.
/// Deterministic (fixed seed), `cases` cases.
pub fn random_tables_match_the_reference_walk<P: Platform>(make: impl Fn() -> P, cases: u32) {
    let mut runner = super::deterministic_runner(0x5eed_2a11, cases);
    let result = runner.run(&any_case(), |case| {
        let p = make();
        run_case(&p, &case)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
