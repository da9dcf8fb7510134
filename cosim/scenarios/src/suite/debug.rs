//! The debug translation interface (`iommu_debug.adoc`; `tr_req_iova`, `tr_req_ctl`,
//! `tr_response` in `iommu_registers.adoc`) through [`Iommu::translate`]: translations at
//! every page size with the `tr_response` size encoding checked bit by bit, identity in
//! Bare, privileged, execute and read-only requests, and faults reported in the fault queue
//! with the TTYP the request's `NW`/`Exe` make (an Untranslated request: read, write/AMO,
//! read for execute): every cause the translation port can give for an Untranslated
//! request in this configuration (1/5/7, 12/13/15, 256 to 260, 265 to 267; see
//! [`super::faults`]). Every successful response also has `PBMT` = 0 (no Svpbmt) and its
//! reserved bits 0.
//!
//! [`Iommu::translate`]: driver::iommu::Iommu::translate

use alloc::format;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{
    DdtLevels, DebugAccess, DeviceConfig, FirstStage, Iommu, PagingMode, PdtLevels, ProcessConfig,
    TranslationRequest, TranslationResult,
};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{
    DcIohgatp, DcTc, Ddte, FaultCause, IohgatpMode, IosatpMode, PcTa, Pdte, DDI1_SHIFT, DDI2_SHIFT,
    PAGE_SHIFT, PDI1_SHIFT,
};
use driver::regs::iommu_regs::{IommuMode, IommuRegs, TrResponse};
use iommu_model::{DeviceRequest, RequestKind};

use super::faults::device_directory::{ddte_addr, write_dc};
use super::faults::process_directory::{pdt_entry_addr, write_pc};
use super::faults::{access_fault_of, bits_of, bring_up, check_record, peek, poke, set_ddtp};
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;
use crate::reference_walk::{walk, AccessType, RefOutcome, WalkRoot};

const PAGE: u64 = 1 << PAGE_SHIFT;

/// The untranslated request a debug translation stands for (TRR_CTRL: `Priv` only with
/// `PV`; `NW` = 0 asks for write; `Exe` asks for execute), at the page `tr_req_iova` holds.
pub fn as_device_request(req: &TranslationRequest) -> DeviceRequest {
    DeviceRequest {
        device_id: req.device_id,
        process_id: req.pasid,
        privileged: req.privileged && req.pasid.is_some(),
        kind: RequestKind::Untranslated,
        iova: req.iova & !(PAGE - 1),
        write: req.access == DebugAccess::Write,
        execute: req.access == DebugAccess::Execute,
    }
}

/// The `tr_response` fields TRR_RSP specifies for a translation of `bytes` (a power of two,
/// at least 4 KiB) at physical address `base`: S = 0 and the PPN for 4 KiB; otherwise S = 1
/// and a PPN whose lowest 0 is at bit X for a size of 2^(X+1) pages, the bits below X all 1.
pub fn encoded_response(base: u64, bytes: u64) -> (bool, u64) {
    let pages = bytes >> PAGE_SHIFT;
    assert!(pages.is_power_of_two());
    if pages == 1 {
        return (false, base >> PAGE_SHIFT);
    }
    let x = pages.trailing_zeros() - 1;
    let ones = (1u64 << x) - 1;
    (true, (base >> PAGE_SHIFT) & !(pages - 1) | ones)
}

/// Run a debug translation expected to succeed with `bytes` at `base`; checks the result and
/// the raw `tr_response` register.
fn expect_translated<P: Platform, M: Mmio, D: DmaMemory>(
    p: &P,
    iommu: &Iommu<M, D>,
    what: &str,
    req: &TranslationRequest,
    base: u64,
    bytes: u64,
) {
    let got = iommu.translate(req).unwrap_or_else(|e| panic!("{}: {what}: {e}", p.name()));
    let want = TranslationResult::Translated { base: PhysAddr(base), size: bytes };
    assert_eq!(got, want, "{}: {what}: {req:x?}", p.name());
    let regs = IommuRegs::new(p.regs());
    assert!(
        !regs.capabilities().read().svpbmt(),
        "{}: the PBMT check below assumes no Svpbmt",
        p.name()
    );
    let r = regs.tr_response().read();
    let (s, ppn) = encoded_response(base, bytes);
    assert!(!r.fault(), "{}: {what}: fault bit", p.name());
    assert_eq!((r.s(), r.ppn()), (s, ppn), "{}: {what}: tr_response {:#x}", p.name(), r.0);
    // TRR_RSP: PBMT is the memory type of the page tables' PBMT fields; without Svpbmt
    // (`capabilities.Svpbmt` = 0) there is none but PMA (0). Reserved and custom bits: 0.
    assert_eq!(r.pbmt(), 0, "{}: {what}: tr_response.PBMT {:#x}", p.name(), r.0);
    let reserved = r.0 & TrResponse::RESERVED.0;
    assert_eq!(reserved, 0, "{}: {what}: tr_response reserved bits {:#x}", p.name(), r.0);
}

/// Run a debug translation expected to fault with `cause`: the fault bit, and the record in
/// the fault queue with the TTYP of the request's access.
fn expect_debug_fault<P: Platform, M: Mmio, D: DmaMemory>(
    p: &P,
    iommu: &mut Iommu<M, D>,
    what: &str,
    req: &TranslationRequest,
    cause: FaultCause,
) {
    let what = format!("{}: {what} ({req:x?})", p.name());
    let got = iommu.translate(req).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_eq!(got, TranslationResult::Fault, "{what}");
    assert!(IommuRegs::new(p.regs()).tr_response().read().fault(), "{what}: fault bit");
    let drain = iommu.drain_faults().unwrap_or_else(|e| panic!("{what}: drain: {e}"));
    assert_eq!(drain.reports.len(), 1, "{what}: one record: {:x?}", drain.reports);
    let as_device = as_device_request(req);
    check_record(&what, &drain.reports[0], &as_device, cause);
    assert_eq!(drain.reports[0].iotval, as_device.iova, "{what}: iotval is tr_req_iova's page");
}

fn request(device_id: u32, iova: u64, access: DebugAccess) -> TranslationRequest {
    TranslationRequest { device_id, pasid: None, privileged: false, access, iova }
}

const ACCESSES: [DebugAccess; 3] = [DebugAccess::Read, DebugAccess::Write, DebugAccess::Execute];

/// Successful translations at every page size of Sv48 (4 KiB, 64 KiB NAPOT, 2 MiB, 1 GiB,
/// 512 GiB), for reads, writes and execute, at the first and last page of each mapping: the
/// base and size match the reference walk and `tr_response` encodes the size as TRR_RSP
/// says.
pub fn every_page_size<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let mut space = PageTables::new(&mem, PagingMode::Sv48).unwrap();
    let rwx = Flags { r: true, w: true, x: true, u: true, g: false, a: true, d: true };
    let mappings = [
        (PageSize::Size4K, 0x0000_0000_0123_4000u64, 0x00_9876_5000u64),
        (PageSize::Size64K, 0x0000_0000_4567_0000, 0x00_1234_0000),
        (PageSize::Size2M, 0x0000_0012_3440_0000, 0x00_c860_0000),
        (PageSize::Size1G, 0x0000_0040_0000_0000, 0x07_4000_0000),
        (PageSize::Size512G, 0x0000_7f80_0000_0000, 0xff80_0000_0000),
    ];
    for (size, va, pa) in mappings {
        space.map(va, pa, size, rwx).unwrap();
    }
    let dev = 0x0a0a;
    let root = PhysAddr::from_ppn(space.root_ppn());
    iommu.attach(dev, DeviceConfig::address_space(PagingMode::Sv48, root, 0xa)).unwrap();
    let walk_root = WalkRoot {
        paging: PagingMode::Sv48,
        root_ppn: space.root_ppn(),
        privileged: false,
        sum: false,
    };
    for (size, va, pa) in mappings {
        for offset in [0, size.bytes() - PAGE + 0x123] {
            for access in ACCESSES {
                let req = request(dev, va + offset, access);
                let ref_access = match access {
                    DebugAccess::Read => AccessType::Read,
                    DebugAccess::Write => AccessType::Write,
                    DebugAccess::Execute => AccessType::Execute,
                };
                match walk(&mem, &walk_root, va + offset, ref_access) {
                    RefOutcome::Translated { pa: got, size: s, .. } => {
                        assert_eq!((got, s), (pa + offset, size), "reference walk")
                    }
                    other => panic!("reference walk: {other:?}"),
                }
                let what = format!("{size:?} {access:?} at +{offset:#x}");
                expect_translated(&p, &iommu, &what, &req, pa, size.bytes());
            }
        }
    }
    // No fault was recorded on the way.
    assert!(iommu.drain_faults().unwrap().reports.is_empty());
}

/// Identity translations: `ddtp.iommu_mode` = Bare for any device_id, and a device whose
/// first stage is Bare in a DDT mode, give S = 0 and the PPN of the requested page (the
/// project reports identity translations as 4 KiB, `iommu_model` crate docs).
pub fn identity<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let dev = 0x0b0b;
    iommu.attach(dev, DeviceConfig::bare()).unwrap();
    let iovas = [0x0u64, 0x1234_5678, 0x00ff_ffff_ffff_f000, 0x7f_ffff_ffff_ffff];
    for iova in iovas {
        for access in ACCESSES {
            let req = request(dev, iova, access);
            expect_translated(&p, &iommu, "Bare first stage", &req, iova & !(PAGE - 1), PAGE);
        }
    }
    set_ddtp(&p, IommuMode::BARE, 0);
    for iova in iovas {
        for d in [0, dev, 0xff_ffff] {
            for access in ACCESSES {
                let req = request(d, iova, access);
                expect_translated(&p, &iommu, "Bare mode", &req, iova & !(PAGE - 1), PAGE);
            }
        }
    }
    assert!(iommu.drain_faults().unwrap().reports.is_empty());
}

/// Privileged, execute and read-only variants with a process directory (ENS = 1, SUM = 0):
/// supervisor reads and executes of a supervisor read/execute page translate, a supervisor
/// write of it faults (15), a user request to it faults (13), an execute of a data page
/// faults (12); `Priv` without `PV` is ignored (a user request) and the record then has
/// PRIV = 0.
pub fn privileged_execute_read_only<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let (code, data, user) = (0x4000_0000u64, 0x4020_0000u64, 0x4040_0000u64);
    let kernel_rx = Flags { r: true, w: false, x: true, u: false, g: false, a: true, d: false };
    space.map(code, 0x9500_0000, PageSize::Size2M, kernel_rx).unwrap();
    space.map(data, 0x9520_0000, PageSize::Size4K, Flags::KERNEL_RW).unwrap();
    space.map(user, 0x9530_0000, PageSize::Size4K, Flags::USER_RO).unwrap();
    let root = PhysAddr::from_ppn(space.root_ppn());
    let dev = 0x0c0c;
    iommu.attach(dev, DeviceConfig::process_directory(8)).unwrap();
    let pasid = 0x33;
    let pc = ProcessConfig { ens: true, ..ProcessConfig::user(PagingMode::Sv39, root, 7) };
    iommu.set_process(dev, pasid, pc).unwrap();
    let sup = |iova, access| TranslationRequest {
        device_id: dev,
        pasid: Some(pasid),
        privileged: true,
        access,
        iova,
    };
    let usr = |iova, access| TranslationRequest { privileged: false, ..sup(iova, access) };

    let size = PageSize::Size2M.bytes();
    expect_translated(
        &p,
        &iommu,
        "supervisor read",
        &sup(code + 0x1_2345, DebugAccess::Read),
        0x9500_0000,
        size,
    );
    expect_translated(
        &p,
        &iommu,
        "supervisor execute",
        &sup(code, DebugAccess::Execute),
        0x9500_0000,
        size,
    );
    expect_translated(
        &p,
        &iommu,
        "supervisor write",
        &sup(data, DebugAccess::Write),
        0x9520_0000,
        PAGE,
    );
    expect_translated(&p, &iommu, "user read", &usr(user, DebugAccess::Read), 0x9530_0000, PAGE);
    let faults = [
        ("supervisor write, read-only", sup(code, DebugAccess::Write), FaultCause::WR_PAGE_FAULT),
        ("user read, supervisor page", usr(code, DebugAccess::Read), FaultCause::RD_PAGE_FAULT),
        ("supervisor execute, data", sup(data, DebugAccess::Execute), FaultCause::INST_PAGE_FAULT),
        ("user write, read-only", usr(user, DebugAccess::Write), FaultCause::WR_PAGE_FAULT),
        ("supervisor read, user page", sup(user, DebugAccess::Read), FaultCause::RD_PAGE_FAULT),
    ];
    for (what, req, cause) in faults {
        expect_debug_fault(&p, &mut iommu, what, &req, cause);
    }

    // Priv without PV is ignored: a device with one address space, a user page.
    let single = 0x0c0d;
    iommu.attach(single, DeviceConfig::address_space(PagingMode::Sv39, root, 8)).unwrap();
    let priv_no_pv =
        TranslationRequest { privileged: true, ..request(single, user, DebugAccess::Read) };
    expect_translated(&p, &iommu, "Priv without PV", &priv_no_pv, 0x9530_0000, PAGE);
    let priv_no_pv =
        TranslationRequest { privileged: true, ..request(single, data, DebugAccess::Read) };
    expect_debug_fault(
        &p,
        &mut iommu,
        "Priv without PV, supervisor page",
        &priv_no_pv,
        FaultCause::RD_PAGE_FAULT,
    );
}

/// Faults through the debug interface: the fault bit, and the record with TTYP UADDR_RD,
/// UADDR_WR or UADDR_INST_FETCH as `NW`/`Exe` ask, for a page fault, a device without a
/// device context (258), a PASID on a device without process directory (260) and Off mode
/// (256). Faults are "reported normally" (iommu_debug.adoc): a device with `DTF` = 1 gets
/// the fault bit and no record.
pub fn faults<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let root = PhysAddr::from_ppn(space.root_ppn());
    let dev = 0x0d0d;
    iommu.attach(dev, DeviceConfig::address_space(PagingMode::Sv39, root, 9)).unwrap();
    let iova = 0x5000_0000;
    let page_fault = |a| match a {
        DebugAccess::Read => FaultCause::RD_PAGE_FAULT,
        DebugAccess::Write => FaultCause::WR_PAGE_FAULT,
        DebugAccess::Execute => FaultCause::INST_PAGE_FAULT,
    };
    for access in ACCESSES {
        let req = request(dev, iova + 0x10, access);
        expect_debug_fault(&p, &mut iommu, "unmapped", &req, page_fault(access));
        let req = request(0x0d0e, iova, access);
        expect_debug_fault(&p, &mut iommu, "not attached", &req, FaultCause::DDT_INVALID);
        let req =
            TranslationRequest { pasid: Some(4), privileged: true, ..request(dev, iova, access) };
        expect_debug_fault(&p, &mut iommu, "PASID, PDTV = 0", &req, FaultCause::TTYP_DISALLOWED);
    }
    let quiet = 0x0d0f;
    let cfg = DeviceConfig {
        disable_translation_faults: true,
        ..DeviceConfig::address_space(PagingMode::Sv39, root, 9)
    };
    iommu.attach(quiet, cfg).unwrap();
    for access in ACCESSES {
        let got = iommu.translate(&request(quiet, iova, access)).unwrap();
        assert_eq!(got, TranslationResult::Fault, "{}: DTF", p.name());
        assert!(iommu.drain_faults().unwrap().reports.is_empty(), "{}: DTF record", p.name());
    }
    set_ddtp(&p, IommuMode::OFF, iommu.ddt_root().ppn());
    for access in ACCESSES {
        let req = request(dev, iova, access);
        expect_debug_fault(&p, &mut iommu, "Off", &req, FaultCause::ALL_INBOUND_DISALLOWED);
        let req = request(quiet, iova, access);
        expect_debug_fault(
            &p,
            &mut iommu,
            "Off, DTF device",
            &req,
            FaultCause::ALL_INBOUND_DISALLOWED,
        );
    }
}

/// [`expect_debug_fault`] for `req` with each of the three accesses.
fn expect_debug_faults<P: Platform, M: Mmio, D: DmaMemory>(
    p: &P,
    iommu: &mut Iommu<M, D>,
    what: &str,
    req: TranslationRequest,
    cause: FaultCause,
) {
    for access in ACCESSES {
        expect_debug_fault(p, iommu, what, &TranslationRequest { access, ..req }, cause);
    }
}

/// The access fault (1 / 5 / 7) of a debug request's access.
fn access_fault(req: &TranslationRequest) -> FaultCause {
    access_fault_of(&as_device_request(req))
}

/// Access faults 1/5/7 through the debug interface, provoked as
/// [`first_stage::access_faults`] does (an implicit page-table read the platform refuses
/// raises the access fault of the original access): `iosatp.PPN` at the refused address, a
/// non-leaf entry at level 2 and at level 1 pointing there, a process context's `fsc.PPN`
/// there with a supervisor request. And the project's choice for identity translations
/// (`iommu_model` crate docs): an IOVA at or above 2^`capabilities.PAS` is an access fault,
/// in a Bare first stage and in Bare mode, while the last page below it translates.
///
/// [`first_stage::access_faults`]: super::faults::first_stage::access_faults
pub fn access_faults<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let refused = p.refused_address();
    let iova = 0x12_3456_7000u64;
    let rwx = Flags { r: true, w: true, x: true, u: true, g: false, a: true, d: true };
    let walk_root =
        |root_ppn| WalkRoot { paging: PagingMode::Sv39, root_ppn, privileged: false, sum: false };
    let reference = |root_ppn| {
        for a in [AccessType::Read, AccessType::Write, AccessType::Execute] {
            let got = walk(&mem, &walk_root(root_ppn), iova, a);
            assert_eq!(got, RefOutcome::AccessFault, "reference walk");
        }
    };

    // The root table refused.
    let dev = 0x0e00;
    iommu.attach(dev, DeviceConfig::address_space(PagingMode::Sv39, refused, 0xe)).unwrap();
    reference(refused.ppn());
    for access in ACCESSES {
        let req = request(dev, iova, access);
        expect_debug_fault(&p, &mut iommu, "iosatp.PPN refused", &req, access_fault(&req));
    }

    // A non-leaf entry at level 2 (the root), then at level 1, pointing at the refused page.
    for (n, level) in [2u32, 1].into_iter().enumerate() {
        let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
        space.map(iova, 0x8f00_0000, PageSize::Size4K, rwx).unwrap();
        let pointer = match space.read_pte(iova, level) {
            Ok(Some(pte)) => pte.with_ppn(refused.ppn()),
            other => panic!("no level-{level} entry for {iova:#x}: {other:?}"),
        };
        space.write_pte(iova, level, pointer).unwrap();
        reference(space.root_ppn());
        let dev = 0x0e01 + n as u32;
        let root = PhysAddr::from_ppn(space.root_ppn());
        iommu.attach(dev, DeviceConfig::address_space(PagingMode::Sv39, root, dev)).unwrap();
        let what = format!("level-{level} entry to the refused page");
        for access in ACCESSES {
            let req = request(dev, iova, access);
            expect_debug_fault(&p, &mut iommu, &what, &req, access_fault(&req));
        }
    }

    // A process's root table refused, supervisor requests with a PASID.
    let dev = 0x0e10;
    iommu.attach(dev, DeviceConfig::process_directory(17)).unwrap();
    let pasid = 0x1_2345;
    let pc = ProcessConfig { ens: true, ..ProcessConfig::user(PagingMode::Sv48, refused, 7) };
    iommu.set_process(dev, pasid, pc).unwrap();
    for access in ACCESSES {
        let req = TranslationRequest {
            pasid: Some(pasid),
            privileged: true,
            ..request(dev, iova, access)
        };
        expect_debug_fault(&p, &mut iommu, "PC.fsc.PPN refused", &req, access_fault(&req));
    }

    // Identity above 2^PAS: a Bare first stage, then Bare mode.
    let pas = u32::from(IommuRegs::new(p.regs()).capabilities().read().pas());
    assert!(pas > PAGE_SHIFT && pas < 64, "{}: capabilities.PAS {pas}", p.name());
    let last_below = (1u64 << pas) - PAGE;
    let above = [1u64 << pas, (1 << pas) | 0x5678, u64::MAX];
    let dev = 0x0e20;
    iommu.attach(dev, DeviceConfig::bare()).unwrap();
    for mode in ["Bare first stage", "Bare mode"] {
        if mode == "Bare mode" {
            set_ddtp(&p, IommuMode::BARE, 0);
        }
        for access in ACCESSES {
            let req = request(dev, last_below + 0x123, access);
            let what = format!("{mode}, last page below 2^PAS");
            expect_translated(&p, &iommu, &what, &req, last_below, PAGE);
            for iova in above {
                let req = request(dev, iova, access);
                let what = format!("{mode}, IOVA at or above 2^PAS");
                expect_debug_fault(&p, &mut iommu, &what, &req, access_fault(&req));
            }
        }
    }
}

/// Faults met while locating the device and process contexts, through the debug
/// interface, each provoked as the fault scenarios do ([`device_directory`],
/// [`process_directory`], [`transaction_type`]): 257 (`ddtp.PPN` of a 1LVL DDT, and a
/// 2LVL non-leaf entry, at the refused address), 259 (a reserved DDTE bit; a reserved `tc`
/// bit, DPE with PDTV = 0, a second-stage `iohgatp.MODE` in the device context), 260 (a
/// device_id wider than the 1LVL and 2LVL DDTs index, a PASID wider than PD8, a supervisor
/// request to a process context with ENS = 0), 265 (a PD8 root and a PD17 non-leaf entry at
/// the refused address), 266 (a process context never written; process 0 of a DPE device,
/// the record then without PASID), 267 (a reserved `PC.ta` bit, a reserved `PC.fsc.MODE`).
/// Each edited entry translates again once restored.
///
/// [`device_directory`]: super::faults::device_directory
/// [`process_directory`]: super::faults::process_directory
/// [`transaction_type`]: super::faults::transaction_type
pub fn directory_faults<P: Platform>(make: impl Fn() -> P) {
    let iova = 0x6000_1000u64;
    {
        let p = make();
        let mut iommu = bring_up(&p, DdtLevels::One);
        let widest = (1u32 << DDI1_SHIFT) - 1;
        iommu.attach(widest, DeviceConfig::bare()).unwrap();
        let ok = request(widest, iova, DebugAccess::Read);
        expect_translated(&p, &iommu, "1LVL, widest device_id", &ok, iova, PAGE);
        for dev in [1 << DDI1_SHIFT, 1 << DDI2_SHIFT] {
            let req = request(dev, iova, DebugAccess::Read);
            expect_debug_faults(
                &p,
                &mut iommu,
                "1LVL, device_id too wide",
                req,
                FaultCause::TTYP_DISALLOWED,
            );
        }
        set_ddtp(&p, IommuMode::LVL1, p.refused_address().ppn());
        iommu.invalidate_all_devices().unwrap();
        let req = request(widest, iova, DebugAccess::Read);
        expect_debug_faults(
            &p,
            &mut iommu,
            "1LVL, ddtp.PPN refused",
            req,
            FaultCause::DDT_LOAD_FAULT,
        );
    }

    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let pa = 0x9400_0000u64;
    let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    space.map(iova, pa, PageSize::Size4K, Flags::USER_RW).unwrap();
    let root = PhysAddr::from_ppn(space.root_ppn());
    let user = |pscid| ProcessConfig::user(PagingMode::Sv39, root, pscid);

    // 260: device_id wider than 2LVL indexes.
    for dev in [1 << DDI2_SHIFT, 0xff_ffff] {
        let req = request(dev, iova, DebugAccess::Read);
        expect_debug_faults(
            &p,
            &mut iommu,
            "2LVL, device_id too wide",
            req,
            FaultCause::TTYP_DISALLOWED,
        );
    }

    // 257: the level-1 DDT entry of a device pointing at the refused page.
    let dev = 0x0e00u32;
    iommu.attach(dev, DeviceConfig::address_space(PagingMode::Sv39, root, 1)).unwrap();
    let ok = request(dev, iova, DebugAccess::Write);
    expect_translated(&p, &iommu, "before the DDTE edit", &ok, pa, PAGE);
    let ddte = ddte_addr(&p, iommu.ddt_root(), DdtLevels::Two, dev, 1);
    let good_ddte = peek(&p, ddte);
    poke(&p, ddte, Ddte(good_ddte).with_ppn(p.refused_address().ppn()).0);
    iommu.invalidate_all_devices().unwrap();
    let req = request(dev, iova, DebugAccess::Read);
    expect_debug_faults(
        &p,
        &mut iommu,
        "level-1 DDTE to the refused page",
        req,
        FaultCause::DDT_LOAD_FAULT,
    );

    // 259: a reserved bit of the same DDTE, then misconfigured device contexts.
    let bit = bits_of(Ddte::RESERVED.0)[0];
    poke(&p, ddte, good_ddte | 1 << bit);
    iommu.invalidate_all_devices().unwrap();
    let what = format!("DDTE reserved bit {bit}");
    expect_debug_faults(&p, &mut iommu, &what, req, FaultCause::DDT_MISCONFIGURED);
    poke(&p, ddte, good_ddte);
    iommu.invalidate_all_devices().unwrap();
    expect_translated(&p, &iommu, "DDTE restored", &ok, pa, PAGE);
    let good_dc = iommu.device_context(dev).unwrap();
    let slot = iommu.device_context_addr(dev).unwrap();
    let tc = good_dc.tc();
    let tc_bit = bits_of(DcTc::RESERVED.0)[0];
    let cases = [
        (format!("DC.tc reserved bit {tc_bit}"), good_dc.with_tc(DcTc(tc.0 | 1 << tc_bit))),
        ("DPE with PDTV = 0".into(), good_dc.with_tc(tc.with_dpe(true))),
        (
            "iohgatp.MODE Sv39x4 without a second stage".into(),
            good_dc.with_iohgatp(DcIohgatp::default().with_mode(IohgatpMode::SV39X4)),
        ),
    ];
    for (what, dc) in cases {
        write_dc(&p, slot, &dc);
        iommu.invalidate_device(dev).unwrap();
        expect_debug_faults(&p, &mut iommu, &what, req, FaultCause::DDT_MISCONFIGURED);
    }
    write_dc(&p, slot, &good_dc);
    iommu.invalidate_device(dev).unwrap();
    expect_translated(&p, &iommu, "DC restored", &ok, pa, PAGE);

    // A PD8 device (DDI[1] differs from `dev`'s).
    let pd8 = 0x0e80u32;
    iommu.attach(pd8, DeviceConfig::process_directory(8)).unwrap();
    let (pasid, user_only) = (0x21u32, 0x22u32);
    iommu.set_process(pd8, pasid, user(2)).unwrap();
    iommu.set_process(pd8, user_only, ProcessConfig { ens: false, ..user(3) }).unwrap();
    let with = |pasid, privileged| TranslationRequest {
        pasid: Some(pasid),
        privileged,
        ..request(pd8, iova, DebugAccess::Read)
    };
    expect_translated(&p, &iommu, "PD8, ENS = 0, user", &with(user_only, false), pa, PAGE);
    // 260: supervisor request with ENS = 0; a PASID wider than PD8.
    let what = "ENS = 0, supervisor request";
    expect_debug_faults(&p, &mut iommu, what, with(user_only, true), FaultCause::TTYP_DISALLOWED);
    let wide = 1 << PDI1_SHIFT | pasid;
    expect_debug_faults(
        &p,
        &mut iommu,
        "PASID wider than PD8",
        with(wide, false),
        FaultCause::TTYP_DISALLOWED,
    );
    // 266: never written.
    expect_debug_faults(
        &p,
        &mut iommu,
        "PC never written",
        with(0x23, true),
        FaultCause::PDT_INVALID,
    );
    // 267: a reserved PC.ta bit, a reserved PC.fsc.MODE.
    let pdt_root = iommu.process_directory_pages(pd8)[0];
    let pc_addr = pdt_entry_addr(&p, pdt_root, PdtLevels::Pd8, pasid, 0);
    let good_pc = iommu.process_context(pd8, pasid).unwrap();
    let ta_bit = bits_of(PcTa::RESERVED.0)[0];
    // IOSATP_MODE_ENC-0: 1..=7 are reserved encodings.
    let reserved_mode = IosatpMode(1);
    let cases = [
        (
            format!("PC.ta reserved bit {ta_bit}"),
            good_pc.with_ta(PcTa(good_pc.ta().0 | 1 << ta_bit)),
        ),
        (
            format!("PC.fsc.MODE {}", reserved_mode.0),
            good_pc.with_fsc(good_pc.fsc().with_mode(reserved_mode)),
        ),
    ];
    for (what, pc) in cases {
        write_pc(&p, pc_addr, &pc);
        iommu.invalidate_process(pd8, pasid).unwrap();
        expect_debug_faults(
            &p,
            &mut iommu,
            &what,
            with(pasid, false),
            FaultCause::PDT_MISCONFIGURED,
        );
    }
    write_pc(&p, pc_addr, &good_pc);
    iommu.invalidate_process(pd8, pasid).unwrap();
    expect_translated(&p, &iommu, "PC restored", &with(pasid, false), pa, PAGE);
    // 265: the PD8 root at the refused address.
    let good_dc = iommu.device_context(pd8).unwrap();
    let slot = iommu.device_context_addr(pd8).unwrap();
    let refused_root = good_dc.with_fsc(good_dc.fsc().with_ppn(p.refused_address().ppn()));
    write_dc(&p, slot, &refused_root);
    iommu.invalidate_device(pd8).unwrap();
    expect_debug_faults(
        &p,
        &mut iommu,
        "PD8 root refused",
        with(pasid, true),
        FaultCause::PDT_LOAD_FAULT,
    );
    write_dc(&p, slot, &good_dc);
    iommu.invalidate_device(pd8).unwrap();
    expect_translated(&p, &iommu, "PD8 root restored", &with(pasid, false), pa, PAGE);

    // 265: a PD17 non-leaf entry at the refused page.
    let pd17 = 0x0f00u32;
    let pasid17 = 0x1_0005u32;
    iommu.attach(pd17, DeviceConfig::process_directory(17)).unwrap();
    iommu.set_process(pd17, pasid17, user(4)).unwrap();
    let req17 =
        TranslationRequest { pasid: Some(pasid17), ..request(pd17, iova, DebugAccess::Read) };
    expect_translated(&p, &iommu, "PD17 process", &req17, pa, PAGE);
    let pdt_root = iommu.process_directory_pages(pd17)[0];
    let pdte = pdt_entry_addr(&p, pdt_root, PdtLevels::Pd17, pasid17, 1);
    let good_pdte = peek(&p, pdte);
    poke(&p, pdte, Pdte(good_pdte).with_ppn(p.refused_address().ppn()).0);
    iommu.invalidate_device(pd17).unwrap();
    expect_debug_faults(
        &p,
        &mut iommu,
        "PD17 PDTE to the refused page",
        req17,
        FaultCause::PDT_LOAD_FAULT,
    );
    poke(&p, pdte, good_pdte);
    iommu.invalidate_device(pd17).unwrap();
    expect_translated(&p, &iommu, "PD17 PDTE restored", &req17, pa, PAGE);

    // 266: DPE, a request without PASID uses process 0, which has no context yet.
    let dpe = 0x0f80u32;
    let cfg = DeviceConfig {
        first_stage: FirstStage::ProcessDirectory { pasid_bits: 8, default_process_zero: true },
        ..DeviceConfig::bare()
    };
    iommu.attach(dpe, cfg).unwrap();
    let req = request(dpe, iova, DebugAccess::Read);
    expect_debug_faults(&p, &mut iommu, "DPE, process 0 not set", req, FaultCause::PDT_INVALID);
    iommu.set_process(dpe, 0, user(5)).unwrap();
    expect_translated(&p, &iommu, "DPE, process 0 set", &req, pa, PAGE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_size_encoding_of_the_trr_rsp_examples() {
        // TRR_RSP: 4 KiB S = 0; 64 KiB ...0111; 2 MiB ...0_1111_1111; 4 MiB ...01_1111_1111.
        assert_eq!(encoded_response(0x1234_5000, 4 << 10), (false, 0x1_2345));
        assert_eq!(encoded_response(0x1234_0000, 64 << 10), (true, 0x1_2347));
        assert_eq!(encoded_response(0x1240_0000, 2 << 20), (true, 0x1_24ff));
        assert_eq!(encoded_response(0x1240_0000, 4 << 20), (true, 0x1_25ff));
    }
}
