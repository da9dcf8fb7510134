//! The debug translation interface (`iommu_debug.adoc`; `tr_req_iova`, `tr_req_ctl`,
//! `tr_response` in `iommu_registers.adoc`) through [`Iommu::translate`]: translations at
//! every page size with the `tr_response` size encoding checked bit by bit, identity in
//! Bare, privileged, execute and read-only requests, and faults reported in the fault queue
//! with the TTYP the request's `NW`/`Exe` make (an Untranslated request: read, write/AMO,
//! read for execute).
//!
//! [`Iommu::translate`]: driver::iommu::Iommu::translate

use alloc::format;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{
    DdtLevels, DebugAccess, DeviceConfig, Iommu, PagingMode, ProcessConfig, TranslationRequest,
    TranslationResult,
};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{FaultCause, PAGE_SHIFT};
use driver::regs::iommu_regs::{IommuMode, IommuRegs};
use iommu_model::{DeviceRequest, RequestKind};

use super::faults::{bring_up, check_record, set_ddtp};
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
    let r = IommuRegs::new(p.regs()).tr_response().read();
    let (s, ppn) = encoded_response(base, bytes);
    assert!(!r.fault(), "{}: {what}: fault bit", p.name());
    assert_eq!((r.s(), r.ppn()), (s, ppn), "{}: {what}: tr_response {:#x}", p.name(), r.0);
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
