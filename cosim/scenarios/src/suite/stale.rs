//! Stale translations: what the caching rules permit after an entry changes in memory, and
//! what the driver guarantees when it changes one.
//!
//! The specification lets the IOMMU use the old or the new value of a changed entry until
//! an invalidation that covers it is processed ("Updating in-memory data structure
//! entries", CACHING; the IVMA note: "either the old translation or the new translation
//! will be used"), and no other value. Each scenario warms the caches, changes a leaf PTE, a
//! device context or a process context directly in memory (as a buggy or racing driver
//! would) and checks that the oracle permits exactly {old, new} and the port gives one of
//! them; then that after the covering invalidation only the new answer is permitted and
//! given, and that a non-covering invalidation changes nothing (IVMA: an address-specific
//! IOTINVAL only reaches leaf entries; IODIR does not reach the IOTLB). The old and new
//! answers are computed by the test from its own tables (the reference walk) and the fault
//! causes of GET_DC / GET_PC.
//!
//! A property test does the same for random histories of leaf changes, requests and
//! invalidations, with the test keeping its own record of the leaves valid since the last
//! covering invalidation. The oracle knows only entries the IOMMU read, while the
//! specification permits any translation "valid at any time since the most recent
//! IOTINVAL": every scenario here lets the IOMMU read each value it changes away from (an
//! answered request or an oracle query), so that both sets agree; an implementation that
//! prefetches entries no request touched is outside what these scenarios can judge.
//!
//! The driver-level scenario then checks the guarantee the driver's API gives: every call
//! that changes a context (`attach` with another configuration, `set_process` with another
//! root or PSCID, `remove_process`, `detach`) leaves exactly one permitted answer, the new
//! one (the invalidations of DC_CHANGE and PC_CHANGE in the software guidelines).

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{Command, ProcessConfig};
use driver::iommu::{DdtLevels, DeviceConfig, FirstStage, Iommu, PagingMode, PdtLevels};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{
    DcFsc, DcTa, Ddte, DeviceContext, FaultCause, PcFsc, PcTa, Pdte, ProcessContext, Pte,
    DDI0_BITS, DDI1_BITS, DDI1_SHIFT, DDI2_BITS, DDI2_SHIFT, DDTE_BYTES, DEVICE_CONTEXT_BYTES,
    PAGE_SHIFT, PDI0_BITS, PDI1_BITS, PDI1_SHIFT, PDTE_BYTES, PROCESS_CONTEXT_BYTES, PT_VPN_BITS,
};
use iommu_model::{DeviceRequest, Response};

use super::full_config;
use super::translation::{
    any_flags, architectural, check_records, check_unique, fault_answer, identity_page, request,
    same_page, Space,
};
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;
use crate::reference_walk::AccessType;

/// The IOVA the scenarios map (canonical in Sv39 and Sv48, 2 MiB aligned).
const IOVA: u64 = 0x40_0000_0000 >> 2;
const DEVICE: u32 = 0x31;
const PASID: u32 = 0x9e;
const PSCID: u32 = 0x111;
const OTHER_PSCID: u32 = 0x222;

/// Faults the port answered, for the fault-record check.
#[derive(Default)]
struct Faults(Vec<(DeviceRequest, FaultCause)>);

impl Faults {
    fn note(&mut self, req: &DeviceRequest, answer: &Response) {
        if let Some(f) = answer.fault() {
            self.0.push((*req, f.cause));
        }
    }

    fn check<M: Mmio, D: DmaMemory>(&mut self, iommu: &mut Iommu<M, D>, what: &str) {
        check_records(iommu, &self.0, what);
        self.0.clear();
    }
}

/// The oracle permits exactly the answers of `expected` (in any order), and the port gives
/// one of them, which is returned.
fn compare_set<P: Platform>(
    p: &P,
    req: &DeviceRequest,
    expected: &[Response],
) -> Result<Response, String> {
    let mut want: Vec<Response> = Vec::new();
    for e in expected.iter().map(architectural) {
        if !want.contains(&e) {
            want.push(e);
        }
    }
    let permitted: Vec<Response> = p.permitted(req).iter().map(architectural).collect();
    let same_set = permitted.len() == want.len() && want.iter().all(|w| permitted.contains(w));
    if !same_set {
        return Err(format!(
            "{}: {req:?}\n  permitted {permitted:?}\n  expected {want:?}",
            p.name()
        ));
    }
    let got = p.request(req);
    if !want.contains(&architectural(&got)) {
        return Err(format!("{}: {req:?} answered {got:?}, not one of {want:?}", p.name()));
    }
    Ok(got)
}

/// [`compare_set`], panicking with `what` on a mismatch, noting a fault for the record
/// check.
fn check_set<P: Platform>(
    p: &P,
    req: &DeviceRequest,
    expected: &[Response],
    faults: &mut Faults,
    what: &str,
) {
    match compare_set(p, req, expected) {
        Ok(got) => faults.note(req, &got),
        Err(e) => panic!("{what}: {e}"),
    }
}

/// [`check_unique`], noting a fault for the record check.
fn check_one<P: Platform>(
    p: &P,
    req: &DeviceRequest,
    expected: &Response,
    faults: &mut Faults,
    what: &str,
) {
    check_unique(p, req, expected, what);
    faults.note(req, expected);
}

/// A fresh address space mapping `pages` 4 KiB pages at [`IOVA`] to fresh memory: its
/// tables, the space, and the physical address of the first page.
fn space_with_pages<D: DmaMemory + ?Sized>(
    mem: &D,
    paging: PagingMode,
    pages: u64,
) -> (PageTables<'_, D>, Space, PhysAddr) {
    let page_bytes = 1u64 << PAGE_SHIFT;
    let data = mem.alloc((pages * page_bytes) as usize, page_bytes as usize).unwrap();
    let mut tables = PageTables::new(mem, paging).unwrap();
    for i in 0..pages {
        let (va, pa) = (IOVA + i * page_bytes, data.0 + i * page_bytes);
        tables.map(va, pa, PageSize::Size4K, Flags::USER_RW).unwrap();
    }
    let root = PhysAddr::from_ppn(tables.root_ppn());
    (tables, Space { paging, root, ens: false, sum: false }, data)
}

fn read(device: u32, pasid: Option<u32>, iova: u64) -> DeviceRequest {
    request(device, pasid, false, AccessType::Read, iova)
}

fn write(device: u32, pasid: Option<u32>, iova: u64) -> DeviceRequest {
    request(device, pasid, false, AccessType::Write, iova)
}

/// How the scenario synchronises the IOMMU with a changed leaf PTE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LeafSync {
    /// `invalidate_range` of the changed page (IOTINVAL.VMA, AV = 1, PSCV = 1).
    Range,
    /// `invalidate_pscid` (IOTINVAL.VMA, AV = 0, PSCV = 1).
    Pscid,
}

/// A leaf PTE changed in memory: retargeted to another page, and made read-only. Old and
/// new answers are both permitted until `invalidate_range` (or `invalidate_pscid`); an
/// invalidation of the neighbouring page or of another PSCID changes nothing.
pub fn leaf_pte_changed_in_memory<P: Platform>(make: impl Fn() -> P) {
    for sync in [LeafSync::Range, LeafSync::Pscid] {
        let p = make();
        let mut iommu = super::init(&p, full_config());
        let mem = p.memory();
        let mut faults = Faults::default();
        let (mut tables, space, data) = space_with_pages(&mem, PagingMode::Sv48, 2);
        iommu.attach(DEVICE, DeviceConfig::process_directory(8)).unwrap();
        let pc = ProcessConfig::user(space.paging, space.root, PSCID);
        iommu.set_process(DEVICE, PASID, pc).unwrap();
        let page = 1u64 << PAGE_SHIFT;
        let (moved, narrowed) = (IOVA + 0x10, IOVA + page + 0x20);
        let reqs = [read(DEVICE, Some(PASID), moved), write(DEVICE, Some(PASID), narrowed)];
        let old: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
        for (r, o) in reqs.iter().zip(&old) {
            assert!(matches!(o, Response::Allowed(_)), "{o:?}");
            check_one(&p, r, o, &mut faults, "warm");
        }
        assert!(same_page(&old[0], data.ppn()));

        // Retarget the first page, make the second read-only, without invalidating.
        let elsewhere = mem.alloc(page as usize, page as usize).unwrap();
        tables.map(IOVA, elsewhere.0, PageSize::Size4K, Flags::USER_RW).unwrap();
        tables.map(IOVA + page, data.0 + page, PageSize::Size4K, Flags::USER_RO).unwrap();
        let new: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
        assert!(same_page(&new[0], elsewhere.ppn()));
        assert_eq!(new[1].fault().map(|f| f.cause), Some(FaultCause::WR_PAGE_FAULT));
        for (i, r) in reqs.iter().enumerate() {
            check_set(&p, r, &[old[i], new[i]], &mut faults, "changed leaf, no invalidation");
        }
        // Invalidations that do not cover the entries: a third page, another PSCID.
        iommu.invalidate_range(PSCID, IOVA + 2 * page, page).unwrap();
        iommu.invalidate_pscid(OTHER_PSCID).unwrap();
        for (i, r) in reqs.iter().enumerate() {
            check_set(&p, r, &[old[i], new[i]], &mut faults, "non-covering invalidation");
        }
        match sync {
            LeafSync::Range => iommu.invalidate_range(PSCID, IOVA, 2 * page).unwrap(),
            LeafSync::Pscid => iommu.invalidate_pscid(PSCID).unwrap(),
        }
        for (i, r) in reqs.iter().enumerate() {
            check_one(&p, r, &new[i], &mut faults, "after the invalidation");
        }
        faults.check(&mut iommu, "leaf PTE changed in memory");
    }
}

/// A superpage promotion without clearing the non-leaf entry first: 512 4 KiB pages
/// become one 2 MiB leaf with the same physical addresses and permissions. The old
/// (4 KiB, through the cached non-leaf entry) and new (2 MiB) answers are both permitted
/// until an invalidation with AV = 0: `invalidate_range` of the page only reaches leaf
/// entries (IVMA, and the note on page-size upgrades), `invalidate_pscid` settles it.
pub fn superpage_promotion<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    let mem = p.memory();
    let mut faults = Faults::default();
    let pages = 1u64 << PT_VPN_BITS;
    // The data must be 2 MiB aligned to be promoted.
    let two_mib = PageSize::Size2M.bytes();
    let data = mem.alloc(two_mib as usize, two_mib as usize).unwrap();
    let mut tables = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    for i in 0..pages {
        let off = i << PAGE_SHIFT;
        tables.map(IOVA + off, data.0 + off, PageSize::Size4K, Flags::USER_RW).unwrap();
    }
    let space = Space {
        paging: PagingMode::Sv39,
        root: PhysAddr::from_ppn(tables.root_ppn()),
        ens: false,
        sum: false,
    };
    iommu.attach(DEVICE, DeviceConfig::address_space(space.paging, space.root, PSCID)).unwrap();
    let offsets = [0x8, 0x7_1230, two_mib - 8];
    let reqs: Vec<DeviceRequest> = offsets.iter().map(|o| read(DEVICE, None, IOVA + o)).collect();
    let old: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
    for (r, o) in reqs.iter().zip(&old) {
        check_one(&p, r, o, &mut faults, "4 KiB pages");
        assert!(matches!(o, Response::Allowed(t) if u32::from(t.size_log2) == PAGE_SHIFT));
    }

    // The promotion: the level-1 pointer becomes a 2 MiB leaf, nothing invalidated.
    let leaf = Pte::default()
        .with_v(true)
        .with_r(true)
        .with_w(true)
        .with_u(true)
        .with_a(true)
        .with_d(true)
        .with_ppn(data.ppn());
    tables.write_pte(IOVA, 1, leaf).unwrap();
    let new: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
    for (i, r) in reqs.iter().enumerate() {
        let Response::Allowed(t) = new[i] else { panic!("{:?}", new[i]) };
        assert_eq!(u32::from(t.size_log2), PageSize::Size2M.shift());
        let Response::Allowed(o) = old[i] else { panic!("{:?}", old[i]) };
        assert_eq!(t.ppn, o.ppn, "a promotion keeps the physical addresses");
        check_set(&p, r, &[old[i], new[i]], &mut faults, "promoted, no invalidation");
    }
    // Address-specific invalidations reach leaf entries only: the cached pointer may still
    // be used, leading to the old 4 KiB leaves (the old table is still in memory).
    for r in &reqs {
        iommu.invalidate_range(PSCID, r.iova, 1).unwrap();
    }
    for (i, r) in reqs.iter().enumerate() {
        check_set(&p, r, &[old[i], new[i]], &mut faults, "promoted, leaf invalidation");
    }
    iommu.invalidate_pscid(PSCID).unwrap();
    for (i, r) in reqs.iter().enumerate() {
        check_one(&p, r, &new[i], &mut faults, "promoted, address space invalidated");
    }
    faults.check(&mut iommu, "superpage promotion");
}

/// A device context changed in memory: a new first stage and PSCID (old and new answers
/// until `invalidate_device`), a new first stage with the same PSCID (the IOTLB keeps the
/// old translation after `invalidate_device` until `invalidate_pscid`, as DC_CHANGE says),
/// and V cleared (old answer or 258 until `invalidate_device`).
pub fn device_context_changed_in_memory<P: Platform>(make: impl Fn() -> P) {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Change {
        NewSpaceAndPscid,
        NewSpaceSamePscid,
        Invalid,
    }
    for change in [Change::NewSpaceAndPscid, Change::NewSpaceSamePscid, Change::Invalid] {
        let p = make();
        let mut iommu = super::init(&p, full_config());
        let mem = p.memory();
        let mut faults = Faults::default();
        let (_, space, data) = space_with_pages(&mem, PagingMode::Sv39, 1);
        let (_, other, other_data) = space_with_pages(&mem, PagingMode::Sv48, 1);
        iommu.attach(DEVICE, DeviceConfig::address_space(space.paging, space.root, PSCID)).unwrap();
        let reqs = [read(DEVICE, None, IOVA + 0x30), write(DEVICE, None, IOVA + 0x38)];
        let old: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
        for (r, o) in reqs.iter().zip(&old) {
            assert!(same_page(o, data.ppn()));
            check_one(&p, r, o, &mut faults, "warm");
        }

        let slot = iommu.device_context_addr(DEVICE).unwrap();
        let dc = iommu.device_context(DEVICE).unwrap();
        let new_pscid = if change == Change::NewSpaceSamePscid { PSCID } else { OTHER_PSCID };
        let fsc =
            DcFsc::default().with_mode(other.paging.iosatp_mode().0).with_ppn(other.root.ppn());
        let ta = DcTa::default().with_pscid(new_pscid);
        let word = |off: usize| slot.add(off as u64);
        match change {
            Change::Invalid => {
                mem.write_u64(word(DeviceContext::TC_BYTE_OFFSET), dc.tc().with_v(false).to_bits())
            }
            _ => {
                // Two single-copy-atomic stores; no request comes in between.
                mem.write_u64(word(DeviceContext::FSC_BYTE_OFFSET), fsc.to_bits()).unwrap();
                mem.write_u64(word(DeviceContext::TA_BYTE_OFFSET), ta.to_bits())
            }
        }
        .unwrap();
        let new: Vec<Response> = reqs
            .iter()
            .map(|r| match change {
                // GET_DC step 9.
                Change::Invalid => fault_answer(r, FaultCause::DDT_INVALID),
                _ => other.expected(&mem, r),
            })
            .collect();
        if change != Change::Invalid {
            assert!(same_page(&new[0], other_data.ppn()));
        }
        for (i, r) in reqs.iter().enumerate() {
            check_set(&p, r, &[old[i], new[i]], &mut faults, "changed DC, no invalidation");
        }
        // Another device's invalidation does not cover this one.
        iommu.invalidate_device(DEVICE + 1).unwrap();
        for (i, r) in reqs.iter().enumerate() {
            check_set(&p, r, &[old[i], new[i]], &mut faults, "other device invalidated");
        }
        iommu.invalidate_device(DEVICE).unwrap();
        if change == Change::NewSpaceSamePscid {
            // The cached leaf of PSCID still maps the IOVA to the old page.
            for (i, r) in reqs.iter().enumerate() {
                check_set(&p, r, &[old[i], new[i]], &mut faults, "DC invalidated, IOTLB not");
            }
            iommu.invalidate_pscid(PSCID).unwrap();
        }
        for (i, r) in reqs.iter().enumerate() {
            check_one(&p, r, &new[i], &mut faults, "after the invalidation");
        }
        faults.check(&mut iommu, "device context changed in memory");
    }
}

/// The process context of (`device`, `pasid`) in a PD8 directory: PDI[0] (process_id bits
/// 7:0) indexes 16-byte contexts in the root page (GET_PC, one level).
fn pd8_slot<M: Mmio, D: DmaMemory>(iommu: &Iommu<M, D>, device: u32, pasid: u32) -> PhysAddr {
    let root = iommu.process_directory_pages(device)[0];
    let pdi0 = u64::from(pasid) & ((1 << PDI0_BITS) - 1);
    root.add(pdi0 * PROCESS_CONTEXT_BYTES as u64)
}

/// A process context changed in memory: a new root and PSCID (old and new answers until
/// `invalidate_process`), and V cleared (old answer or 266 until `invalidate_process`);
/// `invalidate_device` covers it too (IODIR.INVAL_DDT with DV = 1 invalidates "all
/// associated PDT entries").
pub fn process_context_changed_in_memory<P: Platform>(make: impl Fn() -> P) {
    for (invalid, by_device) in [(false, false), (true, false), (false, true)] {
        let p = make();
        let mut iommu = super::init(&p, full_config());
        let mem = p.memory();
        let mut faults = Faults::default();
        let (_, space, data) = space_with_pages(&mem, PagingMode::Sv48, 1);
        let (_, other, other_data) = space_with_pages(&mem, PagingMode::Sv39, 1);
        iommu.attach(DEVICE, DeviceConfig::process_directory(8)).unwrap();
        let pc = ProcessConfig::user(space.paging, space.root, PSCID);
        iommu.set_process(DEVICE, PASID, pc).unwrap();
        // A neighbour in the same directory page, which must not be disturbed.
        iommu
            .set_process(DEVICE, PASID + 1, ProcessConfig::user(other.paging, other.root, 7))
            .unwrap();
        let slot = pd8_slot(&iommu, DEVICE, PASID);
        let mut bytes = [0u8; PROCESS_CONTEXT_BYTES];
        mem.read(slot, &mut bytes).unwrap();
        assert_eq!(
            Some(ProcessContext::from_le_bytes(bytes)),
            iommu.process_context(DEVICE, PASID)
        );

        let reqs = [read(DEVICE, Some(PASID), IOVA + 0x40), write(DEVICE, Some(PASID), IOVA)];
        let neighbour = read(DEVICE, Some(PASID + 1), IOVA + 0x48);
        let old: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
        for (r, o) in reqs.iter().zip(&old) {
            assert!(same_page(o, data.ppn()));
            check_one(&p, r, o, &mut faults, "warm");
        }
        let neighbour_answer = other.expected(&mem, &neighbour);
        check_one(&p, &neighbour, &neighbour_answer, &mut faults, "neighbour");

        let word = |off: usize| slot.add(off as u64);
        if invalid {
            let ta = PcTa(pc_ta(&bytes)).with_v(false);
            mem.write_u64(word(ProcessContext::TA_BYTE_OFFSET), ta.to_bits()).unwrap();
        } else {
            let fsc =
                PcFsc::default().with_mode(other.paging.iosatp_mode()).with_ppn(other.root.ppn());
            let ta = PcTa::default().with_v(true).with_pscid(OTHER_PSCID);
            mem.write_u64(word(ProcessContext::FSC_BYTE_OFFSET), fsc.to_bits()).unwrap();
            mem.write_u64(word(ProcessContext::TA_BYTE_OFFSET), ta.to_bits()).unwrap();
        }
        let new: Vec<Response> = reqs
            .iter()
            .map(|r| {
                if invalid {
                    fault_answer(r, FaultCause::PDT_INVALID) // GET_PC step 11
                } else {
                    other.expected(&mem, r)
                }
            })
            .collect();
        if !invalid {
            assert!(same_page(&new[0], other_data.ppn()));
        }
        for (i, r) in reqs.iter().enumerate() {
            check_set(&p, r, &[old[i], new[i]], &mut faults, "changed PC, no invalidation");
        }
        // Another process's invalidation does not cover this one.
        iommu.invalidate_process(DEVICE, PASID + 1).unwrap();
        for (i, r) in reqs.iter().enumerate() {
            check_set(&p, r, &[old[i], new[i]], &mut faults, "other process invalidated");
        }
        if by_device {
            iommu.invalidate_device(DEVICE).unwrap();
        } else {
            iommu.invalidate_process(DEVICE, PASID).unwrap();
        }
        for (i, r) in reqs.iter().enumerate() {
            check_one(&p, r, &new[i], &mut faults, "after the invalidation");
        }
        check_one(&p, &neighbour, &neighbour_answer, &mut faults, "neighbour untouched");
        faults.check(&mut iommu, "process context changed in memory");
    }
}

/// The `ta` doubleword of a process context's bytes.
fn pc_ta(bytes: &[u8; PROCESS_CONTEXT_BYTES]) -> u64 {
    ProcessContext::from_le_bytes(*bytes).ta().to_bits()
}

/// Every driver call that changes a context leaves exactly one permitted answer, the new
/// one: `attach` over an attached device (same PSCID with another root, single space to
/// directory and back, DPE turned on, Bare), `set_process` (same PSCID with another root,
/// another PSCID, ENS turned on), `remove_process` and `detach`. The caches are warmed
/// with the old answers before each change.
pub fn driver_changes_leave_one_answer<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    let mem = p.memory();
    let mut faults = Faults::default();
    let (_, a, a_data) = space_with_pages(&mem, PagingMode::Sv39, 2);
    let (_, b, b_data) = space_with_pages(&mem, PagingMode::Sv48, 2);
    let (_, c, c_data) = space_with_pages(&mem, PagingMode::Sv39, 2);
    let d = DEVICE;
    let iova = IOVA + 0x1008;
    let plain = [read(d, None, iova), write(d, None, iova)];
    let tagged = |pasid| [read(d, Some(pasid), iova), write(d, Some(pasid), iova)];
    let privileged = request(d, Some(PASID), true, AccessType::Read, iova);
    let page_of = |data: PhysAddr| data.ppn() + 1;

    // Check `reqs` against `space` (or a fault, or identity), each the only answer.
    let mut expect = |iommu: &mut Iommu<_, _>, reqs: &[DeviceRequest], want: Want, what: &str| {
        for r in reqs {
            match want {
                Want::Space(s, data) => {
                    let e = s.expected(&mem, r);
                    assert!(same_page(&e, page_of(data)), "{what}: {e:?}");
                    check_one(&p, r, &e, &mut faults, what);
                }
                Want::Fault(cause) => check_one(&p, r, &fault_answer(r, cause), &mut faults, what),
                Want::Identity => {
                    let permitted = p.permitted(r);
                    let got = p.request(r);
                    let page = identity_page(r.iova);
                    assert!(same_page(&got, page), "{what}: {r:?} answered {got:?}");
                    assert!(permitted.len() == 1 && same_page(&permitted[0], page), "{what}");
                }
            }
        }
        faults.check(iommu, what);
    };

    iommu.attach(d, DeviceConfig::address_space(a.paging, a.root, PSCID)).unwrap();
    expect(&mut iommu, &plain, Want::Space(a, a_data), "single space A");
    // The same PSCID with another root: DC_CHANGE's IOTINVAL.VMA of the old PSCID.
    iommu.attach(d, DeviceConfig::address_space(b.paging, b.root, PSCID)).unwrap();
    expect(&mut iommu, &plain, Want::Space(b, b_data), "attach: same PSCID, root B");
    iommu.attach(d, DeviceConfig::address_space(c.paging, c.root, OTHER_PSCID)).unwrap();
    expect(&mut iommu, &plain, Want::Space(c, c_data), "attach: other PSCID, root C");
    // To a process directory: PASIDs select processes, no PASID is Bare.
    iommu.attach(d, DeviceConfig::process_directory(8)).unwrap();
    iommu.set_process(d, PASID, ProcessConfig::user(a.paging, a.root, PSCID)).unwrap();
    iommu.set_process(d, 0, ProcessConfig::user(b.paging, b.root, OTHER_PSCID)).unwrap();
    expect(&mut iommu, &tagged(PASID), Want::Space(a, a_data), "attach: directory");
    expect(&mut iommu, &plain, Want::Identity, "attach: directory, no PASID");
    // DPE turned on (same directory depth, processes kept): no PASID is process 0.
    let mut dpe = DeviceConfig::process_directory(8);
    dpe.first_stage = FirstStage::ProcessDirectory { pasid_bits: 8, default_process_zero: true };
    iommu.attach(d, dpe).unwrap();
    assert_eq!(iommu.processes(d), vec![0, PASID]);
    expect(&mut iommu, &plain, Want::Space(b, b_data), "attach: DPE");
    expect(&mut iommu, &tagged(PASID), Want::Space(a, a_data), "attach: DPE, PASID");
    // A deeper directory: a new, empty one (GET_PC finds no context).
    iommu.attach(d, DeviceConfig::process_directory(20)).unwrap();
    assert!(iommu.processes(d).is_empty());
    expect(&mut iommu, &tagged(PASID), Want::Fault(FaultCause::PDT_INVALID), "attach: PD20");
    iommu.attach(d, dpe).unwrap();
    iommu.set_process(d, PASID, ProcessConfig::user(a.paging, a.root, PSCID)).unwrap();
    iommu.set_process(d, 0, ProcessConfig::user(b.paging, b.root, OTHER_PSCID)).unwrap();
    expect(&mut iommu, &tagged(PASID), Want::Space(a, a_data), "attach: PD8 again");
    // set_process: the same PSCID with another root (PC_CHANGE's IOTINVAL.VMA).
    iommu.set_process(d, PASID, ProcessConfig::user(c.paging, c.root, PSCID)).unwrap();
    expect(&mut iommu, &tagged(PASID), Want::Space(c, c_data), "set_process: same PSCID");
    // Another root and PSCID.
    iommu.set_process(d, PASID, ProcessConfig::user(b.paging, b.root, 0x333)).unwrap();
    expect(&mut iommu, &tagged(PASID), Want::Space(b, b_data), "set_process: other PSCID");
    // ENS: supervisor requests go from 260 (P2IOVA step 15) to a translation. The pages
    // are user pages, so SUM is needed too.
    expect(&mut iommu, &[privileged], Want::Fault(FaultCause::TTYP_DISALLOWED), "no ENS");
    let sup =
        ProcessConfig { ens: true, sum: true, ..ProcessConfig::user(b.paging, b.root, 0x333) };
    iommu.set_process(d, PASID, sup).unwrap();
    let sup_space = Space { ens: true, sum: true, ..b };
    expect(&mut iommu, &[privileged], Want::Space(sup_space, b_data), "set_process: ENS");
    // remove_process: GET_PC step 11.
    iommu.remove_process(d, PASID).unwrap();
    expect(&mut iommu, &tagged(PASID), Want::Fault(FaultCause::PDT_INVALID), "remove_process");
    iommu.remove_process(d, 0).unwrap();
    expect(&mut iommu, &plain, Want::Fault(FaultCause::PDT_INVALID), "remove process 0");
    // Back to a single space, then Bare.
    iommu.set_process(d, 0, ProcessConfig::user(a.paging, a.root, PSCID)).unwrap();
    expect(&mut iommu, &plain, Want::Space(a, a_data), "process 0 again");
    iommu.attach(d, DeviceConfig::address_space(c.paging, c.root, PSCID)).unwrap();
    expect(&mut iommu, &plain, Want::Space(c, c_data), "attach: directory to single space");
    expect(&mut iommu, &tagged(PASID), Want::Fault(FaultCause::TTYP_DISALLOWED), "no directory");
    iommu.attach(d, DeviceConfig::bare()).unwrap();
    expect(&mut iommu, &plain, Want::Identity, "attach: Bare");
    iommu.attach(d, DeviceConfig::address_space(a.paging, a.root, PSCID)).unwrap();
    expect(&mut iommu, &plain, Want::Space(a, a_data), "attach: Bare to single space");
    // detach: GET_DC step 9.
    iommu.detach(d).unwrap();
    expect(&mut iommu, &plain, Want::Fault(FaultCause::DDT_INVALID), "detach");
}

/// What the driver-level checks expect.
#[derive(Clone, Copy, Debug)]
enum Want {
    /// The reference walk of this space, landing in the second page of this data.
    Space(Space, PhysAddr),
    /// A fault with this cause.
    Fault(FaultCause),
    /// A Bare first stage.
    Identity,
}

/// Global mappings (G = 1) are in every address space: a global leaf cached for one PSCID
/// may answer another PSCID's request at that IOVA, and IOTINVAL.VMA with PSCV = 1 (address
/// or not) spares global entries (IVMA table). Only `invalidate_all` (GV = AV = PSCV = 0)
/// removes them.
pub fn global_mappings<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    let mem = p.memory();
    let mut faults = Faults::default();
    let page = 1u64 << PAGE_SHIFT;
    let global = Flags { g: true, ..Flags::USER_RW };
    let a = mem.alloc(page as usize, page as usize).unwrap();
    let mut x_tables = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    x_tables.map(IOVA, a.0, PageSize::Size4K, global).unwrap();
    let x = Space {
        paging: PagingMode::Sv39,
        root: PhysAddr::from_ppn(x_tables.root_ppn()),
        ens: false,
        sum: false,
    };
    let (_, y, b) = space_with_pages(&mem, PagingMode::Sv48, 1);
    iommu.attach(DEVICE, DeviceConfig::process_directory(8)).unwrap();
    iommu.set_process(DEVICE, PASID, ProcessConfig::user(x.paging, x.root, PSCID)).unwrap();
    iommu
        .set_process(DEVICE, PASID + 1, ProcessConfig::user(y.paging, y.root, OTHER_PSCID))
        .unwrap();
    let rx = read(DEVICE, Some(PASID), IOVA + 0x50);
    let ry = read(DEVICE, Some(PASID + 1), IOVA + 0x50);
    let x_answer = x.expected(&mem, &rx);
    assert!(matches!(x_answer, Response::Allowed(t) if t.g && t.ppn == a.ppn()));
    check_one(&p, &rx, &x_answer, &mut faults, "global leaf of X");
    // Y's own mapping, or X's global one (the walk of X's tables for Y's request).
    let y_own = y.expected(&mem, &ry);
    let y_global = x.expected(&mem, &ry);
    assert!(same_page(&y_own, b.ppn()) && same_page(&y_global, a.ppn()));
    check_set(&p, &ry, &[y_own, y_global], &mut faults, "Y may use X's global leaf");
    iommu.invalidate_pscid(OTHER_PSCID).unwrap();
    iommu.invalidate_pscid(PSCID).unwrap();
    iommu.invalidate_range(PSCID, IOVA, page).unwrap();
    check_set(&p, &ry, &[y_own, y_global], &mut faults, "PSCV = 1 spares global entries");

    // X's global leaf retargeted in memory: PSCV = 1 invalidations do not cover it.
    let c = mem.alloc(page as usize, page as usize).unwrap();
    x_tables.map(IOVA, c.0, PageSize::Size4K, global).unwrap();
    let x_new = x.expected(&mem, &rx);
    let y_global_new = x.expected(&mem, &ry);
    check_set(&p, &rx, &[x_answer, x_new], &mut faults, "global leaf changed");
    iommu.invalidate_range(PSCID, IOVA, page).unwrap();
    iommu.invalidate_pscid(PSCID).unwrap();
    check_set(&p, &rx, &[x_answer, x_new], &mut faults, "global leaf, PSCV = 1 invalidations");
    check_set(&p, &ry, &[y_own, y_global, y_global_new], &mut faults, "Y, two global leaves");
    iommu.invalidate_all().unwrap();
    check_one(&p, &rx, &x_new, &mut faults, "after invalidate_all");
    // X's request cached the new global leaf again, which Y may use.
    check_set(&p, &ry, &[y_own, y_global_new], &mut faults, "Y after invalidate_all");
    faults.check(&mut iommu, "global mappings");
}

/// A non-leaf PDT entry of a PD17 directory changed in memory to point to another leaf
/// page holding another process context for the same PASID: `invalidate_process` (leaf
/// PDT entry only) leaves both answers permitted, `invalidate_device` (PC_CHANGE for a
/// non-leaf entry) only the new one.
pub fn pdt_pointer_changed_in_memory<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    let mem = p.memory();
    let mut faults = Faults::default();
    let (_, space, _) = space_with_pages(&mem, PagingMode::Sv39, 1);
    let (_, other, other_data) = space_with_pages(&mem, PagingMode::Sv48, 1);
    let pasid = 0x1_2345 & ((1 << PdtLevels::Pd17.process_id_bits()) - 1);
    iommu.attach(DEVICE, DeviceConfig::process_directory(17)).unwrap();
    assert_eq!(iommu.process_directory(DEVICE), Some(PdtLevels::Pd17));
    iommu.set_process(DEVICE, pasid, ProcessConfig::user(space.paging, space.root, PSCID)).unwrap();
    let reqs = [read(DEVICE, Some(pasid), IOVA + 0x60), write(DEVICE, Some(pasid), IOVA + 0x68)];
    let old: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
    for (r, o) in reqs.iter().zip(&old) {
        check_one(&p, r, o, &mut faults, "warm");
    }

    // GET_PC: the root page holds 8-byte entries indexed by PDI[1] (process_id 16:8), the
    // leaf page 16-byte contexts indexed by PDI[0] (7:0).
    let root = iommu.process_directory_pages(DEVICE)[0];
    let pdi1 = u64::from(pasid >> PDI1_SHIFT) & ((1 << PDI1_BITS) - 1);
    let pdi0 = u64::from(pasid) & ((1 << PDI0_BITS) - 1);
    let entry = root.add(pdi1 * PDTE_BYTES as u64);
    let pdte = Pdte(mem.read_u64(entry).unwrap());
    assert!(pdte.v());
    let page = 1usize << PAGE_SHIFT;
    let leaf_page = mem.alloc(page, page).unwrap();
    let pc = ProcessContext::default()
        .with_ta(PcTa::default().with_v(true).with_pscid(OTHER_PSCID))
        .with_fsc(
            PcFsc::default().with_mode(other.paging.iosatp_mode()).with_ppn(other.root.ppn()),
        );
    mem.write(leaf_page.add(pdi0 * PROCESS_CONTEXT_BYTES as u64), &pc.to_le_bytes()).unwrap();
    mem.write_u64(entry, pdte.with_ppn(leaf_page.ppn()).to_bits()).unwrap();
    let new: Vec<Response> = reqs.iter().map(|r| other.expected(&mem, r)).collect();
    assert!(same_page(&new[0], other_data.ppn()));
    for (i, r) in reqs.iter().enumerate() {
        check_set(&p, r, &[old[i], new[i]], &mut faults, "PDT pointer changed");
    }
    iommu.invalidate_process(DEVICE, pasid).unwrap();
    for (i, r) in reqs.iter().enumerate() {
        check_set(&p, r, &[old[i], new[i]], &mut faults, "leaf PDT entry invalidated");
    }
    iommu.invalidate_device(DEVICE).unwrap();
    for (i, r) in reqs.iter().enumerate() {
        check_one(&p, r, &new[i], &mut faults, "device invalidated");
    }
    faults.check(&mut iommu, "PDT pointer changed in memory");
}

/// A non-leaf DDT entry of a 3-level DDT changed in memory to point to another leaf page
/// holding another device context for the same device: `invalidate_device` (leaf DDT
/// entry) leaves both answers permitted, `invalidate_all_devices` (DC_CHANGE for a non-leaf
/// entry: IODIR.INVAL_DDT with DV = 0) only the new one.
pub fn ddt_pointer_changed_in_memory<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut config = full_config();
    config.ddt_levels = Some(DdtLevels::Three);
    config.device_id_bits = DdtLevels::Three.device_id_bits();
    let mut iommu = super::init(&p, config);
    let mem = p.memory();
    let mut faults = Faults::default();
    let (_, space, _) = space_with_pages(&mem, PagingMode::Sv48, 1);
    let (_, other, other_data) = space_with_pages(&mem, PagingMode::Sv39, 1);
    let device = 0xa5_c3e1;
    iommu.attach(device, DeviceConfig::address_space(space.paging, space.root, PSCID)).unwrap();
    let reqs = [read(device, None, IOVA + 0x70), write(device, None, IOVA + 0x78)];
    let old: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
    for (r, o) in reqs.iter().zip(&old) {
        check_one(&p, r, o, &mut faults, "warm");
    }

    // GET_DC: DDI[2] (device_id 23:16) indexes the root, DDI[1] (15:7) the middle page,
    // DDI[0] (6:0) the 32-byte contexts of the leaf page.
    let ddi = |shift: u32, bits: u32| u64::from(device >> shift) & ((1 << bits) - 1);
    let root = iommu.ddt_root();
    let top = Ddte(mem.read_u64(root.add(ddi(DDI2_SHIFT, DDI2_BITS) * DDTE_BYTES as u64)).unwrap());
    assert!(top.v());
    let middle = PhysAddr::from_ppn(top.ppn());
    let entry = middle.add(ddi(DDI1_SHIFT, DDI1_BITS) * DDTE_BYTES as u64);
    let ddte = Ddte(mem.read_u64(entry).unwrap());
    assert!(ddte.v());
    let slot = PhysAddr::from_ppn(ddte.ppn()).add(ddi(0, DDI0_BITS) * DEVICE_CONTEXT_BYTES as u64);
    assert_eq!(Some(slot), iommu.device_context_addr(device));
    let page = 1usize << PAGE_SHIFT;
    let leaf_page = mem.alloc(page, page).unwrap();
    let dc = iommu.device_context(device).unwrap();
    let fsc = DcFsc::default().with_mode(other.paging.iosatp_mode().0).with_ppn(other.root.ppn());
    let dc = dc.with_fsc(fsc).with_ta(DcTa::default().with_pscid(OTHER_PSCID));
    let new_slot = leaf_page.add(ddi(0, DDI0_BITS) * DEVICE_CONTEXT_BYTES as u64);
    mem.write(new_slot, &dc.to_le_bytes()).unwrap();
    mem.write_u64(entry, ddte.with_ppn(leaf_page.ppn()).to_bits()).unwrap();
    let new: Vec<Response> = reqs.iter().map(|r| other.expected(&mem, r)).collect();
    assert!(same_page(&new[0], other_data.ppn()));
    for (i, r) in reqs.iter().enumerate() {
        check_set(&p, r, &[old[i], new[i]], &mut faults, "DDT pointer changed");
    }
    iommu.invalidate_device(device).unwrap();
    for (i, r) in reqs.iter().enumerate() {
        check_set(&p, r, &[old[i], new[i]], &mut faults, "leaf DDT entry invalidated");
    }
    iommu.invalidate_all_devices().unwrap();
    for (i, r) in reqs.iter().enumerate() {
        check_one(&p, r, &new[i], &mut faults, "all devices invalidated");
    }
    faults.check(&mut iommu, "DDT pointer changed in memory");
}

/// Entries with V = 0 are never cached (CACHING; "Caching invalid entries"): making a
/// device context, a process context, a leaf PTE or a missing page table valid needs no
/// invalidation, and the faults seen before leave nothing stale.
pub fn valid_entries_need_no_invalidation<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    assert!(!iommu.config().invalidate_on_valid);
    let mem = p.memory();
    let mut faults = Faults::default();
    let (mut tables, space, data) = space_with_pages(&mem, PagingMode::Sv48, 1);
    let page = 1u64 << PAGE_SHIFT;
    // A device context: 258, then attached.
    let req = read(DEVICE, None, IOVA + 0x80);
    check_one(&p, &req, &fault_answer(&req, FaultCause::DDT_INVALID), &mut faults, "no DC");
    iommu.attach(DEVICE, DeviceConfig::address_space(space.paging, space.root, PSCID)).unwrap();
    check_one(&p, &req, &space.expected(&mem, &req), &mut faults, "DC made valid");
    // A process context: 266, then set.
    let d = DEVICE + 1;
    iommu.attach(d, DeviceConfig::process_directory(8)).unwrap();
    let req = read(d, Some(PASID), IOVA + 0x88);
    check_one(&p, &req, &fault_answer(&req, FaultCause::PDT_INVALID), &mut faults, "no PC");
    iommu
        .set_process(d, PASID, ProcessConfig::user(space.paging, space.root, OTHER_PSCID))
        .unwrap();
    let e = space.expected(&mem, &req);
    assert!(same_page(&e, data.ppn()));
    check_one(&p, &req, &e, &mut faults, "PC made valid");
    // A leaf with V = 0 (every other bit set), then V = 1.
    let next = IOVA + page;
    let reqs = [read(DEVICE, None, next + 8), read(d, Some(PASID), next + 8)];
    let leaf = Pte::default()
        .with_r(true)
        .with_w(true)
        .with_u(true)
        .with_a(true)
        .with_d(true)
        .with_ppn(data.ppn() + 7);
    tables.write_pte(next, 0, leaf).unwrap();
    for r in &reqs {
        check_one(&p, r, &fault_answer(r, FaultCause::RD_PAGE_FAULT), &mut faults, "V = 0 leaf");
    }
    tables.write_pte(next, 0, leaf.with_v(true)).unwrap();
    for r in &reqs {
        let e = space.expected(&mem, r);
        assert!(same_page(&e, data.ppn() + 7));
        check_one(&p, r, &e, &mut faults, "leaf made valid");
    }
    // An IOVA below a level-2 entry with V = 0 (its tables do not exist yet).
    let far = 0x7f_8000_0000 + 0x10;
    let reqs = [read(DEVICE, None, far), read(d, Some(PASID), far)];
    for r in &reqs {
        check_one(&p, r, &fault_answer(r, FaultCause::RD_PAGE_FAULT), &mut faults, "no table");
    }
    tables.map(far & !(page - 1), data.0, PageSize::Size4K, Flags::USER_RW).unwrap();
    for r in &reqs {
        let e = space.expected(&mem, r);
        assert!(same_page(&e, data.ppn()));
        check_one(&p, r, &e, &mut faults, "tables made");
    }
    faults.check(&mut iommu, "valid entries");
}

/// A superpage leaf retargeted in memory: an address-specific invalidation of any page
/// inside the superpage covers it (the one leaf PTE translates every IOVA of the range, so
/// a cached copy "contains the leaf PTE corresponding to the IOVA", IVMA AV = 1), one of
/// the page just outside does not. For 2 MiB, 1 GiB and 512 GiB leaves. (A 64 KiB NAPOT
/// range is 16 PTEs, one per page: whether invalidating one page must drop a translation
/// read from another PTE of the range is not decided here.)
pub fn superpage_leaf_invalidated_by_any_address_inside<P: Platform>(make: impl Fn() -> P) {
    for size in [PageSize::Size2M, PageSize::Size1G, PageSize::Size512G] {
        let p = make();
        let mut iommu = super::init(&p, full_config());
        let mem = p.memory();
        let mut faults = Faults::default();
        let mut tables = PageTables::new(&mem, PagingMode::Sv48).unwrap();
        // Leaves point outside memory: the IOMMU never reads the pages it translates to.
        let (pa_old, pa_new) = (0x1234 * size.bytes(), 0x2345 * size.bytes());
        let va = 0x21 * size.bytes();
        tables.map(va, pa_old, size, Flags::USER_RW).unwrap();
        let space = Space {
            paging: PagingMode::Sv48,
            root: PhysAddr::from_ppn(tables.root_ppn()),
            ens: false,
            sum: false,
        };
        iommu.attach(DEVICE, DeviceConfig::address_space(space.paging, space.root, PSCID)).unwrap();
        let req = read(DEVICE, None, va + 0x18);
        let old = space.expected(&mem, &req);
        assert!(same_page(&old, (pa_old + 0x18) >> PAGE_SHIFT));
        check_one(&p, &req, &old, &mut faults, "warm");
        tables.map(va, pa_new, size, Flags::USER_RW).unwrap();
        let new = space.expected(&mem, &req);
        assert!(same_page(&new, (pa_new + 0x18) >> PAGE_SHIFT));
        check_set(&p, &req, &[old, new], &mut faults, "superpage retargeted");
        // The page after the superpage is another leaf.
        iommu.invalidate_range(PSCID, va + size.bytes(), 1).unwrap();
        check_set(&p, &req, &[old, new], &mut faults, "page after the superpage invalidated");
        // The last page inside it is covered by the same leaf.
        iommu.invalidate_range(PSCID, va + size.bytes() - 1, 1).unwrap();
        check_one(&p, &req, &new, &mut faults, "last page of the superpage invalidated");
        faults.check(&mut iommu, "superpage leaf");
    }
}

/// IOTINVAL.VMA with AV = 1 and PSCV = 0 reaches the leaf entries of that IOVA in every
/// address space, global ones included (IVMA table); other IOVAs keep their stale entries.
pub fn address_invalidation_of_every_address_space<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    let mem = p.memory();
    let mut faults = Faults::default();
    let page = 1u64 << PAGE_SHIFT;
    let global = Flags { g: true, ..Flags::USER_RW };
    let mut spaces = Vec::new();
    for (i, flags) in [Flags::USER_RW, global].into_iter().enumerate() {
        let data = mem.alloc(2 * page as usize, page as usize).unwrap();
        let mut tables = PageTables::new(&mem, PagingMode::Sv39).unwrap();
        tables.map(IOVA, data.0, PageSize::Size4K, flags).unwrap();
        tables.map(IOVA + page, data.0 + page, PageSize::Size4K, Flags::USER_RW).unwrap();
        let space = Space {
            paging: PagingMode::Sv39,
            root: PhysAddr::from_ppn(tables.root_ppn()),
            ens: false,
            sum: false,
        };
        let device = DEVICE + i as u32;
        let pscid = PSCID + i as u32;
        iommu.attach(device, DeviceConfig::address_space(space.paging, space.root, pscid)).unwrap();
        spaces.push((tables, space, device));
    }
    let mut cases = Vec::new();
    for (tables, space, device) in &mut spaces {
        let reqs = [read(*device, None, IOVA + 8), read(*device, None, IOVA + page + 8)];
        let old: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
        for (r, o) in reqs.iter().zip(&old) {
            check_one(&p, r, o, &mut faults, "warm");
        }
        // Both leaves move 16 pages further.
        let was = [tables.read_pte(IOVA, 0), tables.read_pte(IOVA + page, 0)];
        for (va, pte) in [IOVA, IOVA + page].into_iter().zip(was) {
            let pte = pte.unwrap().unwrap();
            tables.write_pte(va, 0, pte.with_ppn(pte.ppn() + 0x10)).unwrap();
        }
        let new: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
        for i in 0..2 {
            check_set(&p, &reqs[i], &[old[i], new[i]], &mut faults, "leaves moved");
        }
        cases.push((reqs, old, new));
    }
    iommu.execute(&[Command::IotinvalVma { gscid: None, pscid: None, addr: Some(IOVA) }]).unwrap();
    for (reqs, old, new) in &cases {
        check_one(&p, &reqs[0], &new[0], &mut faults, "IOVA invalidated in every space");
        check_set(&p, &reqs[1], &[old[1], new[1]], &mut faults, "the next page was not");
    }
    faults.check(&mut iommu, "address invalidation of every address space");
}

/// A 64 KiB NAPOT range retargeted in memory (all 16 PTEs). Svnapot lets a read of one
/// PTE of the range create a cache entry for any or all of the range's pages (each a copy
/// of that PTE for the PTE slot of the page), and IOTINVAL.VMA with AV = 1 invalidates the
/// entries of the leaf PTE of its IOVA (IVMA): invalidating the last page of the range
/// settles that page only, the first page keeps both answers until its own invalidation
/// (the driver's `invalidate_range` of the whole range sends one per page).
pub fn napot_range_invalidated_page_by_page<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    let mem = p.memory();
    let mut faults = Faults::default();
    let size = PageSize::Size64K;
    let page = 1u64 << PAGE_SHIFT;
    let mut tables = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let (pa_old, pa_new) = (0x7_0000 * size.bytes(), 0x7_0001 * size.bytes());
    let va = 0x35 * size.bytes();
    tables.map(va, pa_old, size, Flags::USER_RW).unwrap();
    let space = Space {
        paging: PagingMode::Sv39,
        root: PhysAddr::from_ppn(tables.root_ppn()),
        ens: false,
        sum: false,
    };
    iommu.attach(DEVICE, DeviceConfig::address_space(space.paging, space.root, PSCID)).unwrap();
    let last = size.bytes() - page;
    let reqs = [read(DEVICE, None, va + 0x28), read(DEVICE, None, va + last + 0x28)];
    let old: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
    for (r, o) in reqs.iter().zip(&old) {
        assert!(matches!(o, Response::Allowed(t) if u32::from(t.size_log2) == size.shift()));
        check_one(&p, r, o, &mut faults, "warm");
    }
    tables.map(va, pa_new, size, Flags::USER_RW).unwrap();
    let new: Vec<Response> = reqs.iter().map(|r| space.expected(&mem, r)).collect();
    assert!(same_page(&new[0], (pa_new + 0x28) >> PAGE_SHIFT));
    for i in 0..2 {
        check_set(&p, &reqs[i], &[old[i], new[i]], &mut faults, "NAPOT range retargeted");
    }
    iommu.invalidate_range(PSCID, va + last, page).unwrap();
    check_one(&p, &reqs[1], &new[1], &mut faults, "last page invalidated");
    check_set(&p, &reqs[0], &[old[0], new[0]], &mut faults, "first page not invalidated");
    iommu.invalidate_range(PSCID, va, size.bytes()).unwrap();
    check_one(&p, &reqs[0], &new[0], &mut faults, "whole range invalidated");
    faults.check(&mut iommu, "NAPOT range");
}

// ---- property test: random leaf changes against the caching rules ------------------------

/// Where a random leaf lives: four neighbouring 4 KiB pages and one 2 MiB page.
const SLOTS: usize = 5;

fn slot_size(slot: usize) -> PageSize {
    if slot < SLOTS - 1 {
        PageSize::Size4K
    } else {
        PageSize::Size2M
    }
}

fn slot_va(slot: usize) -> u64 {
    match slot_size(slot) {
        PageSize::Size4K => IOVA + ((slot as u64) << PAGE_SHIFT),
        size => IOVA + 3 * size.bytes(),
    }
}

/// One step of a random history.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// Write a new leaf (any flags, V = 0 included; no R/W/X-less pointer) to a slot.
    Change { slot: usize, flags: Flags, valid: bool, ppn: u64 },
    /// A request to a slot.
    Request { slot: usize, access: AccessType, privileged: bool, offset: u64 },
    /// `invalidate_range` of one page of a slot (IOTINVAL.VMA AV = 1, PSCV = 1).
    InvalidatePage { slot: usize, offset: u64 },
    /// `invalidate_pscid` (AV = 0, PSCV = 1).
    InvalidatePscid,
    /// `invalidate_pscid` of another address space: covers nothing here.
    InvalidateOther,
    /// `invalidate_all` (AV = PSCV = 0).
    InvalidateAll,
}

fn any_step() -> impl proptest::strategy::Strategy<Value = Step> {
    use proptest::prelude::*;
    let slot = 0..SLOTS;
    let access =
        prop::sample::select(vec![AccessType::Read, AccessType::Write, AccessType::Execute]);
    let flags = (any_flags(), prop::bool::weighted(0.8)).prop_map(|(f, v)| {
        // R/W/X all clear would make the entry a pointer: keep it a leaf.
        (Flags { r: f.r || !(f.w || f.x), ..f }, v)
    });
    prop_oneof![
        4 => (slot.clone(), flags, 0u64..0x1_0000).prop_map(|(slot, (flags, valid), ppn)| {
            Step::Change { slot, flags, valid, ppn }
        }),
        8 => (slot.clone(), access, prop::bool::weighted(0.3), any::<u64>()).prop_map(
            |(slot, access, privileged, offset)| Step::Request { slot, access, privileged, offset }
        ),
        2 => (slot, any::<u64>()).prop_map(|(slot, offset)| Step::InvalidatePage { slot, offset }),
        1 => Just(Step::InvalidatePscid),
        1 => Just(Step::InvalidateOther),
        1 => Just(Step::InvalidateAll),
    ]
}

/// A leaf for a slot: PPN aligned to the slot's size (in 4 KiB pages).
fn slot_leaf(slot: usize, flags: Flags, valid: bool, ppn: u64) -> Pte {
    let pages = slot_size(slot).bytes() >> PAGE_SHIFT;
    Pte::default()
        .with_v(valid)
        .with_r(flags.r)
        .with_w(flags.w)
        .with_x(flags.x)
        .with_u(flags.u)
        .with_g(flags.g)
        .with_a(flags.a)
        .with_d(flags.d)
        .with_ppn((ppn * pages) & Pte(u64::MAX).ppn())
}

/// One random history on a fresh platform. The test keeps, per slot, every valid leaf
/// written since the last invalidation that covers it (CACHING: "any translation for an
/// address that was valid at any time since the most recent IOTINVAL that subsumes that
/// address"; IVMA for what each invalidation covers, global leaves spared by PSCV = 1),
/// evaluates each with the reference walk in scratch tables, and compares with the
/// oracle's set and the port's answer. After each change the test lets the IOMMU read the
/// new value (an oracle query), as hardware may at any time.
fn run_history<P: Platform>(p: &P, sum: bool, steps: &[Step]) -> Result<(), String> {
    let mut iommu = super::init(p, full_config());
    let mem = p.memory();
    let mut tables = PageTables::new(&mem, PagingMode::Sv39).map_err(|e| format!("{e:?}"))?;
    let mut scratch = PageTables::new(&mem, PagingMode::Sv39).map_err(|e| format!("{e:?}"))?;
    let mut current: Vec<Pte> = Vec::new();
    for slot in 0..SLOTS {
        let leaf = slot_leaf(slot, Flags::USER_RW, true, 0x100 + slot as u64);
        let level = slot_size(slot).level();
        tables.write_pte(slot_va(slot), level, leaf).map_err(|e| format!("{e:?}"))?;
        current.push(leaf);
    }
    let mut history: Vec<Vec<Pte>> = vec![Vec::new(); SLOTS];
    let root = PhysAddr::from_ppn(tables.root_ppn());
    let fail = |e: driver::iommu::Error| e.to_string();
    iommu.attach(DEVICE, DeviceConfig::process_directory(8)).map_err(fail)?;
    let pc = ProcessConfig { mode: PagingMode::Sv39, root, pscid: PSCID, ens: true, sum };
    iommu.set_process(DEVICE, PASID, pc).map_err(fail)?;
    let scratch_space = Space {
        paging: PagingMode::Sv39,
        root: PhysAddr::from_ppn(scratch.root_ppn()),
        ens: true,
        sum,
    };
    let mut faults = Faults::default();
    // Every valid leaf in memory since the last covering invalidation may be cached; the
    // oracle knows only what the IOMMU read, so it is let read each new value (as the
    // hardware may at any time).
    let observe = |history: &mut [Vec<Pte>], current: &[Pte]| {
        for (slot, (h, &leaf)) in history.iter_mut().zip(current).enumerate() {
            if leaf.v() && !h.contains(&leaf) {
                h.push(leaf);
                p.permitted(&read(DEVICE, Some(PASID), slot_va(slot)));
            }
        }
    };
    observe(&mut history, &current);
    for step in steps {
        match *step {
            Step::Change { slot, flags, valid, ppn } => {
                let leaf = slot_leaf(slot, flags, valid, ppn);
                let level = slot_size(slot).level();
                tables.write_pte(slot_va(slot), level, leaf).map_err(|e| format!("{e:?}"))?;
                current[slot] = leaf;
            }
            Step::Request { slot, access, privileged, offset } => {
                let size = slot_size(slot).bytes();
                let iova = slot_va(slot) + offset % size;
                let req = request(DEVICE, Some(PASID), privileged, access, iova);
                let level = slot_size(slot).level();
                let mut expected = Vec::new();
                for &leaf in history[slot].iter().chain([&current[slot]]) {
                    scratch.write_pte(slot_va(slot), level, leaf).map_err(|e| format!("{e:?}"))?;
                    expected.push(scratch_space.expected(&mem, &req));
                }
                let got = compare_set(p, &req, &expected).map_err(|e| format!("{step:?}: {e}"))?;
                faults.note(&req, &got);
            }
            Step::InvalidatePage { slot, offset } => {
                let iova = slot_va(slot) + offset % slot_size(slot).bytes();
                iommu.invalidate_range(PSCID, iova, 1).map_err(fail)?;
                history[slot].retain(|l| l.g());
            }
            Step::InvalidatePscid => {
                iommu.invalidate_pscid(PSCID).map_err(fail)?;
                history.iter_mut().for_each(|h| h.retain(|l| l.g()));
            }
            Step::InvalidateOther => iommu.invalidate_pscid(OTHER_PSCID).map_err(fail)?,
            Step::InvalidateAll => {
                iommu.invalidate_all().map_err(fail)?;
                history.iter_mut().for_each(Vec::clear);
            }
        }
        observe(&mut history, &current);
    }
    let drain = iommu.drain_faults().map_err(fail)?;
    super::translation::compare_records(&drain.reports, &faults.0)
}

/// Random histories of leaf changes (4 KiB and 2 MiB leaves, every flag, V = 0 included,
/// global ones), requests and invalidations: the oracle permits exactly the translations
/// of the leaves valid since the last covering invalidation plus the current one, and the
/// port answers one of them. Deterministic (fixed seed), `cases` cases.
pub fn random_leaf_changes_follow_the_caching_rules<P: Platform>(make: impl Fn() -> P, cases: u32) {
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;
    let mut runner = super::deterministic_runner(0x57a1_e5ed, cases);
    let strategy = (any::<bool>(), prop::collection::vec(any_step(), 1..40));
    let result = runner.run(&strategy, |(sum, steps)| {
        let p = make();
        run_history(&p, sum, &steps).map_err(TestCaseError::fail)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
