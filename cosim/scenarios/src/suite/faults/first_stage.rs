//! Faults of the first-stage walk (P2IOVA step 17, the privileged specification's "Virtual
//! Address Translation Process" with Svnapot and without Svpbmt or hardware A/D updates):
//! access faults 1/5/7 when a page-table read is refused, page faults 12/13/15 for every
//! malformed or forbidding entry. Each case is first checked against the independent
//! [`crate::reference_walk`], so that a malformed test setup cannot pass for an IOMMU bug.
//!
//! ATS Translation Requests: Completer Abort for access faults; for page faults a Success
//! granting nothing, and no record (ATS_FAULTS). Cases that fault only for lack of the
//! requested permission are checked for the accesses only (ATS answers those with the
//! denied permission cleared, not with a fault).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{DdtLevels, DeviceConfig, PagingMode, ProcessConfig};
use driver::regs::iommu_mem::{Pte, NAPOT_64K_BITS, NAPOT_64K_CODE, PAGE_SHIFT, PT_VPN_BITS};
use driver::regs::iommu_regs::IommuRegs;
use iommu_model::DeviceRequest;

use super::{
    access_fault_of, ats_requests, bits_of, bring_up, expect_allowed, expect_faults, page_fault_of,
    translated, untranslated,
};
use crate::page_tables::{va_bits, Flags, PageSize, PageTables};
use crate::platform::Platform;
use crate::reference_walk::{walk, AccessType, RefOutcome, WalkRoot};

/// User read/write/execute, accessed and dirty: the well-formed leaf each case spoils.
const USER_RWX: Flags = Flags { r: true, w: true, x: true, u: true, g: false, a: true, d: true };

/// The access type of a request, for the reference walk.
fn access_of(req: &DeviceRequest) -> AccessType {
    match (req.execute, req.write) {
        (true, _) => AccessType::Execute,
        (false, true) => AccessType::Write,
        (false, false) => AccessType::Read,
    }
}

/// One page-fault case: requests at `iova` fault; `ats` when the condition faults whatever
/// the access (ATS then answers Success with nothing granted).
struct Case {
    name: String,
    iova: u64,
    accesses: Vec<AccessType>,
    ats: bool,
}

const ALL: [AccessType; 3] = [AccessType::Read, AccessType::Write, AccessType::Execute];

/// Read the entry for `va` at `level`, or panic.
fn entry<D: DmaMemory + ?Sized>(space: &PageTables<'_, D>, va: u64, level: u32) -> Pte {
    match space.read_pte(va, level) {
        Ok(Some(pte)) => pte,
        other => panic!("no entry for {va:#x} at level {level}: {other:?}"),
    }
}

/// Map a well-formed page of `size` at `va`, then replace its entry at `level` by what
/// `spoil` makes of it.
fn spoiled<D: DmaMemory + ?Sized>(
    space: &mut PageTables<'_, D>,
    va: u64,
    pa: u64,
    size: PageSize,
    level: u32,
    spoil: impl Fn(Pte) -> Pte,
) {
    space.map(va, pa, size, USER_RWX).unwrap();
    let pte = spoil(entry(space, va, level));
    space.write_pte(va, level, pte).unwrap();
}

/// Page faults 12/13/15 of an unprivileged request without PASID on an Sv39 address space,
/// one 2 MiB-aligned IOVA per condition: a leaf with V = 0; xwr = 010 and 110 (reserved);
/// each reserved bit 60:54; PBMT set without Svpbmt (leaf and non-leaf); a missing R, W or
/// X permission; a supervisor page (U = 0); A = 0; D = 0 for a write; a misaligned 2 MiB
/// superpage; N = 1 on a 2 MiB leaf; a NAPOT entry with a reserved size code; a pointer at
/// level 0; A, D, U or N set, or V clear, in a non-leaf entry; a reserved bit in a non-leaf
/// entry; a non-canonical IOVA. A well-formed page next to them translates.
pub fn page_faults<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let superpage = 1u64 << (PAGE_SHIFT + PT_VPN_BITS);
    let mut next = 0x4000_0000u64;
    let mut slot = || {
        next += superpage;
        next
    };
    let pa4k = 0x8c00_0000u64;
    let mut cases: Vec<Case> = Vec::new();
    let mut case = |space: &mut PageTables<'_, _>,
                    name: String,
                    size: PageSize,
                    level: u32,
                    accesses: &[AccessType],
                    ats: bool,
                    spoil: &dyn Fn(Pte) -> Pte| {
        let iova = slot();
        let pa = if size == PageSize::Size4K { pa4k } else { 0x9000_0000 };
        spoiled(space, iova, pa, size, level, spoil);
        cases.push(Case { name, iova, accesses: accesses.to_vec(), ats });
    };
    use AccessType::{Execute as X, Read as R, Write as W};
    let k4 = PageSize::Size4K;
    case(&mut space, "leaf V = 0".into(), k4, 0, &ALL, true, &|e| e.with_v(false));
    case(&mut space, "leaf xwr = 010".into(), k4, 0, &ALL, true, &|e| {
        e.with_r(false).with_x(false)
    });
    case(&mut space, "leaf xwr = 110".into(), k4, 0, &ALL, true, &|e| e.with_r(false));
    // Sv39 PTE: bits 60:54 reserved (no Svrsw60t59b), 62:61 PBMT, 63 N.
    assert_eq!(bits_of(Pte::RESERVED.0), (54..=60).collect::<Vec<_>>(), "reserved PTE bits");
    for (n, bit) in bits_of(Pte::RESERVED.0).into_iter().enumerate() {
        let name = format!("leaf reserved bit {bit}");
        case(&mut space, name, k4, 0, &ALL, n == 0, &|e| Pte(e.0 | 1 << bit));
    }
    for pbmt in 1..=3u8 {
        let name = format!("leaf PBMT {pbmt} without Svpbmt");
        case(&mut space, name, k4, 0, &ALL, pbmt == 1, &|e| e.with_pbmt(pbmt));
    }
    case(&mut space, "execute-only leaf".into(), k4, 0, &[R, W], false, &|e| {
        e.with_r(false).with_w(false)
    });
    case(&mut space, "read-only leaf".into(), k4, 0, &[W], false, &|e| {
        e.with_w(false).with_x(false)
    });
    case(&mut space, "leaf without X".into(), k4, 0, &[X], false, &|e| e.with_x(false));
    case(&mut space, "supervisor page, user request".into(), k4, 0, &ALL, true, &|e| {
        e.with_u(false)
    });
    case(&mut space, "A = 0".into(), k4, 0, &ALL, true, &|e| e.with_a(false));
    case(&mut space, "D = 0".into(), k4, 0, &[W], false, &|e| e.with_d(false));
    let m2 = PageSize::Size2M;
    case(&mut space, "misaligned 2 MiB superpage".into(), m2, 1, &ALL, true, &|e| {
        e.with_ppn(e.ppn() | 1)
    });
    case(&mut space, "N = 1 on a 2 MiB leaf".into(), m2, 1, &ALL, true, &|e| e.with_n(true));
    // Svnapot: with N = 1, ppn[3:0] = 1000b is the only defined size (64 KiB).
    assert_eq!((NAPOT_64K_BITS, NAPOT_64K_CODE), (4, 0b1000), "Svnapot spot check");
    let napot_bad = |e: Pte| e.with_ppn(e.ppn() & !((1 << NAPOT_64K_BITS) - 1) | 0b0100);
    case(
        &mut space,
        "NAPOT reserved size code".into(),
        PageSize::Size64K,
        0,
        &ALL,
        true,
        &napot_bad,
    );
    case(&mut space, "pointer at level 0".into(), k4, 0, &ALL, true, &|e| {
        e.with_r(false).with_w(false).with_x(false).with_u(false).with_a(false).with_d(false)
    });
    let non_leaf: [(&str, &dyn Fn(Pte) -> Pte); 7] = [
        ("A", &|e| e.with_a(true)),
        ("D", &|e| e.with_d(true)),
        ("U", &|e| e.with_u(true)),
        ("N", &|e| e.with_n(true)),
        ("PBMT", &|e| e.with_pbmt(1)),
        ("the lowest reserved bit in", &|e| Pte(e.0 | 1 << bits_of(Pte::RESERVED.0)[0])),
        ("V = 0 in", &|e| e.with_v(false)),
    ];
    for (n, (what, spoil)) in non_leaf.into_iter().enumerate() {
        let name = format!("{what} a non-leaf entry");
        case(&mut space, name, k4, 1, &ALL, n == 0 || n == 6, spoil);
    }
    let good = slot();
    space.map(good, pa4k, k4, USER_RWX).unwrap();
    let canonical_bit = va_bits(PagingMode::Sv39);
    for bit in [canonical_bit, 63] {
        let iova = good | 1 << bit;
        cases.push(Case {
            name: format!("IOVA bit {bit} set"),
            iova,
            accesses: ALL.to_vec(),
            ats: true,
        });
    }

    let dev = 0x0042;
    let root = PhysAddr::from_ppn(space.root_ppn());
    let cfg =
        DeviceConfig { ats: true, ..DeviceConfig::address_space(PagingMode::Sv39, root, 0x42) };
    iommu.attach(dev, cfg).unwrap();
    let walk_root = WalkRoot {
        paging: PagingMode::Sv39,
        root_ppn: space.root_ppn(),
        privileged: false,
        sum: false,
    };
    for req in untranslated(dev, good) {
        let t = expect_allowed(&p, "well-formed page", &req);
        let want = walk(&mem, &walk_root, good, access_of(&req));
        assert!(matches!(want, RefOutcome::Translated { pa, .. } if pa == pa4k), "{want:?}");
        assert_eq!(t.ppn, pa4k >> PAGE_SHIFT, "{}: well-formed page", p.name());
    }
    for c in &cases {
        let reqs: Vec<DeviceRequest> = untranslated(dev, c.iova)
            .into_iter()
            .filter(|r| c.accesses.contains(&access_of(r)))
            .collect();
        for r in &reqs {
            let want = walk(&mem, &walk_root, c.iova, access_of(r));
            assert_eq!(want, RefOutcome::PageFault, "reference walk, {}", c.name);
        }
        expect_faults(&p, &mut iommu, &c.name, &reqs, page_fault_of, false);
        if c.ats {
            let what = format!("{}, ATS", c.name);
            expect_faults(&p, &mut iommu, &what, &ats_requests(dev, c.iova), page_fault_of, false);
            // Privilege without a PASID is not asked for: Priv = 0 in the completion.
            let unprivileged = ats_requests(dev, c.iova)[0].privileged();
            let what = format!("{}, ATS with Priv but no PASID", c.name);
            expect_faults(&p, &mut iommu, &what, &[unprivileged], page_fault_of, false);
        }
    }
}

/// Page faults of the privilege rules (PC.ta.ENS/SUM, ATS_FAULTS): a supervisor request to
/// a user page with SUM = 0 (every access; ATS Success with nothing granted and Priv = 1),
/// a supervisor execute of a user page with SUM = 1, a user request with a PASID to a
/// supervisor page. The allowed combinations translate.
pub fn privilege_faults<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let mut space = PageTables::new(&mem, PagingMode::Sv48).unwrap();
    let (user, kernel) = (0x1_0000_0000u64, 0x2_0000_0000u64);
    let (user_pa, kernel_pa) = (0x8d00_0000u64, 0x8e00_0000u64);
    space.map(user, user_pa, PageSize::Size4K, USER_RWX).unwrap();
    let kernel_rwx = Flags { u: false, ..USER_RWX };
    space.map(kernel, kernel_pa, PageSize::Size4K, kernel_rwx).unwrap();
    let root = PhysAddr::from_ppn(space.root_ppn());
    let dev = 0x0500;
    iommu.attach(dev, DeviceConfig { ats: true, ..DeviceConfig::process_directory(8) }).unwrap();
    let (no_sum, sum) = (1u32, 2u32);
    for (pasid, s) in [(no_sum, false), (sum, true)] {
        let pc = ProcessConfig {
            ens: true,
            sum: s,
            ..ProcessConfig::user(PagingMode::Sv48, root, pasid)
        };
        iommu.set_process(dev, pasid, pc).unwrap();
    }
    let reference = |privileged, sum, iova, access| {
        let r = WalkRoot { paging: PagingMode::Sv48, root_ppn: space.root_ppn(), privileged, sum };
        walk(&mem, &r, iova, access)
    };

    // Supervisor requests to supervisor pages, and user requests to user pages, translate.
    for pasid in [no_sum, sum] {
        for req in untranslated(dev, kernel).map(|r| r.with_pasid(pasid).privileged()) {
            assert_eq!(expect_allowed(&p, "supervisor page", &req).ppn, kernel_pa >> PAGE_SHIFT);
        }
        for req in untranslated(dev, user).map(|r| r.with_pasid(pasid)) {
            assert_eq!(expect_allowed(&p, "user page", &req).ppn, user_pa >> PAGE_SHIFT);
        }
    }
    // SUM = 1: supervisor reads and writes of a user page, not execute.
    let [r, w, x] = untranslated(dev, user).map(|r| r.with_pasid(sum).privileged());
    for req in [r, w] {
        assert_eq!(expect_allowed(&p, "SUM = 1", &req).ppn, user_pa >> PAGE_SHIFT);
    }
    assert_eq!(reference(true, true, user, AccessType::Execute), RefOutcome::PageFault);
    expect_faults(
        &p,
        &mut iommu,
        "SUM = 1, supervisor execute of a user page",
        &[x],
        page_fault_of,
        false,
    );

    // SUM = 0: every supervisor access to a user page.
    for a in ALL {
        assert_eq!(reference(true, false, user, a), RefOutcome::PageFault);
        assert_eq!(reference(false, false, kernel, a), RefOutcome::PageFault);
    }
    let reqs = untranslated(dev, user).map(|r| r.with_pasid(no_sum).privileged());
    expect_faults(
        &p,
        &mut iommu,
        "SUM = 0, supervisor on a user page",
        &reqs,
        page_fault_of,
        false,
    );
    let reqs = ats_requests(dev, user).map(|r| r.with_pasid(no_sum).privileged());
    expect_faults(
        &p,
        &mut iommu,
        "SUM = 0, ATS supervisor on a user page",
        &reqs,
        page_fault_of,
        false,
    );
    // A user request with a PASID to a supervisor page.
    let reqs = untranslated(dev, kernel).map(|r| r.with_pasid(sum));
    expect_faults(&p, &mut iommu, "user request, supervisor page", &reqs, page_fault_of, false);
    let reqs = ats_requests(dev, kernel).map(|r| r.with_pasid(sum));
    expect_faults(&p, &mut iommu, "ATS user request, supervisor page", &reqs, page_fault_of, false);
}

/// Access faults 1/5/7 (the privileged walk: an implicit page-table read that a PMA check
/// refuses raises the access fault of the original access type): the root table at the
/// refused address (`iosatp.PPN`, and a process context's `fsc.PPN` with a supervisor
/// request), a non-leaf entry at level 2 and at level 1 pointing there; and identity
/// translations beyond `capabilities.PAS`. ATS Translation Requests get Completer Abort
/// with the access fault of the access asked.
pub fn access_faults<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let refused = p.refused_address();
    let iova = 0x12_3456_7000u64;

    // The root table refused.
    let dev = 0x0600;
    let cfg =
        DeviceConfig { ats: true, ..DeviceConfig::address_space(PagingMode::Sv39, refused, 6) };
    iommu.attach(dev, cfg).unwrap();
    let r = WalkRoot {
        paging: PagingMode::Sv39,
        root_ppn: refused.ppn(),
        privileged: false,
        sum: false,
    };
    for a in ALL {
        assert_eq!(walk(&mem, &r, iova, a), RefOutcome::AccessFault, "reference walk");
    }
    let mut reqs = untranslated(dev, iova).to_vec();
    reqs.extend(ats_requests(dev, iova));
    expect_faults(&p, &mut iommu, "iosatp.PPN refused", &reqs, access_fault_of, false);

    // A non-leaf entry at level 2 (the root), then at level 1, pointing at the refused page.
    for (n, level) in [2u32, 1].into_iter().enumerate() {
        let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
        space.map(iova, 0x8f00_0000, PageSize::Size4K, USER_RWX).unwrap();
        let pointer = entry(&space, iova, level).with_ppn(refused.ppn());
        space.write_pte(iova, level, pointer).unwrap();
        let dev = 0x0601 + n as u32;
        let root = PhysAddr::from_ppn(space.root_ppn());
        let cfg =
            DeviceConfig { ats: true, ..DeviceConfig::address_space(PagingMode::Sv39, root, dev) };
        iommu.attach(dev, cfg).unwrap();
        let r = WalkRoot { root_ppn: space.root_ppn(), ..r };
        for a in ALL {
            assert_eq!(walk(&mem, &r, iova, a), RefOutcome::AccessFault, "reference walk");
        }
        let mut reqs = untranslated(dev, iova).to_vec();
        reqs.extend(ats_requests(dev, iova));
        let what = format!("level-{level} entry to the refused page");
        expect_faults(&p, &mut iommu, &what, &reqs, access_fault_of, false);
    }

    // A process's root table refused, supervisor requests with a PASID.
    let dev = 0x0610;
    iommu.attach(dev, DeviceConfig { ats: true, ..DeviceConfig::process_directory(17) }).unwrap();
    let pasid = 0x1_2345;
    let pc = ProcessConfig { ens: true, ..ProcessConfig::user(PagingMode::Sv48, refused, 7) };
    iommu.set_process(dev, pasid, pc).unwrap();
    let mut reqs = untranslated(dev, iova).map(|r| r.with_pasid(pasid).privileged()).to_vec();
    reqs.extend(ats_requests(dev, iova).map(|r| r.with_pasid(pasid).privileged()));
    expect_faults(&p, &mut iommu, "PC.fsc.PPN refused", &reqs, access_fault_of, false);

    // The project's choice where the specification leaves one (`iommu_model` crate docs):
    // an identity translation (Bare first stage; a Translated request with T2GPA = 0) of an
    // address with bits at or above `capabilities.PAS` is an access fault rather than a
    // truncated address; ATS gets Completer Abort.
    let pas = IommuRegs::new(p.regs()).capabilities().read().pas();
    let dev = 0x0620;
    iommu.attach(dev, DeviceConfig { ats: true, ..DeviceConfig::bare() }).unwrap();
    let below = (1u64 << pas) - (1 << PAGE_SHIFT);
    expect_allowed(&p, "identity below 2^PAS", &DeviceRequest::read(dev, below));
    let beyond = (1u64 << pas) | 0x5000;
    let mut reqs = untranslated(dev, beyond).to_vec();
    reqs.extend(translated(dev, beyond));
    reqs.extend(ats_requests(dev, beyond));
    expect_faults(&p, &mut iommu, "identity at 2^PAS", &reqs, access_fault_of, false);
}
