//! Every fault cause this IOMMU configuration can produce, provoked through the driver's
//! normal setup plus direct memory edits, each checked on the translation port (the answer
//! to the request, and to a PCIe ATS Translation Request, ATS_FAULTS) and in the fault queue
//! (the record field by field after [`Iommu::drain_faults`], FAULT_QUEUE).
//!
//! The configuration (`capabilities` of the register map): Sv39 and Sv48 first stage, no
//! second stage, PD8/PD17/PD20, ATS, no T2GPA, no AMO_HWAD, no Svpbmt, no MSI translation
//! (`MSI_FLAT` = 0), wired interrupts only, `fctl` fixed at BE = 0, WSI = 1, GXL = 0.
//!
//! Requests: U = Untranslated (TTYP 1/2/3), T = Translated (5/6/7), A = ATS Translation
//! Request (8: UR or CA carrying the cause, or a Success granting nothing and no record, per
//! ATS_FAULTS), P = Page Request / Stop Marker message (9, [`super::page_requests`]),
//! D = the debug interface (`tr_req_*`, translated as an Untranslated request, records with
//! TTYP 1/2/3, [`super::debug`]).
//!
//! | Cause | Name (FAULT_CAUSE) | Kinds | Scenarios |
//! |------:|--------------------|-------|-----------|
//! | 1, 5, 7 | Instruction / read / write access fault | U T A D | [`first_stage::access_faults`] (refused table reads; identity beyond PAS, also T), [`super::debug::access_faults`] |
//! | 12, 13, 15 | Instruction / read / write page fault | U A D | [`first_stage::page_faults`], [`first_stage::privilege_faults`], [`super::debug::faults`] |
//! | 256 | All inbound transactions disallowed | U T A P D | [`device_directory::off_mode`], [`super::page_requests::lookup_faults`], [`super::debug::faults`] |
//! | 257 | DDT entry load access fault | U T A P D | [`device_directory::load_faults`], [`super::page_requests::lookup_faults`], [`super::debug::directory_faults`] |
//! | 258 | DDT entry not valid | U T A P D | [`device_directory::invalid_entries`], [`super::page_requests::lookup_refusals`], [`super::debug::faults`] |
//! | 259 | DDT entry misconfigured | U T A P D | [`device_directory::misconfigured_entries`], [`device_directory::device_context_checks`], [`super::page_requests::lookup_faults`], [`super::debug::directory_faults`] |
//! | 260 | Transaction type disallowed | U T A P D | [`transaction_type::bare_mode`], [`transaction_type::device_id_too_wide`], [`transaction_type::without_ats`], [`transaction_type::process_id_not_allowed`], [`transaction_type::supervisor_not_enabled`], [`super::page_requests::lookup_refusals`] (EN_PRI = 0, DID too wide), [`super::page_requests::lookup_faults`] (Bare), [`super::debug::faults`], [`super::debug::directory_faults`] |
//! | 265 | PDT entry load access fault | U A D | [`process_directory::load_faults`], [`super::debug::directory_faults`] |
//! | 266 | PDT entry not valid | U A D | [`process_directory::invalid_entries`], [`super::debug::directory_faults`] |
//! | 267 | PDT entry misconfigured | U A D | [`process_directory::misconfigured_entries`], [`super::debug::directory_faults`] |
//!
//! Translated requests stop before the process directory (P2IOVA: with T2GPA = 0 the
//! process ends after the device context), so 12..15 and 265..267 are not theirs; a page
//! request's lookup ends at the device context (ATS_PRI). [`dtf::disable_translation_faults`]
//! checks the DTF column of FAULT_CAUSE on these causes (the page-request and debug
//! scenarios check it for theirs).
//!
//! Causes this configuration cannot produce:
//! - 4, 6 (read, write/AMO address misaligned): the translation process of P2IOVA and of
//!   the privileged specification's page walk never raises them; they belong to a hart's
//!   loads and stores.
//! - 20, 21, 23 (guest-page faults): no second stage (`capabilities.Sv*x4` = 0, so every
//!   `iohgatp.MODE` but Bare is a DC misconfiguration, cause 259).
//! - 261, 262, 263, 264, 270, 271 (MSI PTE and MRIF faults): no MSI address translation
//!   (`capabilities.MSI_FLAT` = 0, base-format device contexts without `msiptp`).
//! - 273 (IOMMU MSI write access fault): the IOMMU signals interrupts on wires only
//!   (`capabilities.IGS` = WSI, `fctl.WSI` = 1), it writes no MSI.
//! - 268, 269, 274 (DDT, PDT, page-table data corruption): the memory interface has no
//!   poisoned-data signalling; a read is either served or refused (access fault).
//! - 272 (internal data-path error): nothing in the IOMMU can be made to fail internally.

pub mod device_directory;
pub mod dtf;
pub mod first_stage;
pub mod process_directory;
pub mod transaction_type;

use alloc::vec::Vec;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{DdtLevels, FaultReport, Iommu};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{FaultCause, Ttyp, PAGE_SHIFT};
use driver::regs::iommu_regs::{Ddtp, IommuMode, IommuRegs};
use iommu_model::{AtsCompletion, DeviceRequest, RequestKind, Response, Translation};

use super::full_config;
use crate::platform::Platform;

/// FAULT_CAUSE, column "Reported if `DTF` is 1?": the causes marked "Yes".
pub const REPORTED_WITH_DTF: [FaultCause; 7] = [
    FaultCause::ALL_INBOUND_DISALLOWED,
    FaultCause::DDT_LOAD_FAULT,
    FaultCause::DDT_INVALID,
    FaultCause::DDT_MISCONFIGURED,
    FaultCause::DDT_CORRUPTED,
    FaultCause::INTERNAL_DP_ERROR,
    FaultCause::MSI_WR_FAULT,
];

/// True when FAULT_CAUSE says `cause` is reported although `DTF` is 1.
pub fn reported_with_dtf(cause: FaultCause) -> bool {
    REPORTED_WITH_DTF.contains(&cause)
}

/// How ATS_FAULTS completes a PCIe ATS Translation Request whose translation stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtsAnswer {
    /// Unsupported Request, the fault logged (256..=260).
    UnsupportedRequest,
    /// Completer Abort, the fault logged (1, 5, 7, 261, 263, 265, 267).
    CompleterAbort,
    /// Success with R = W = 0, nothing logged (12, 13, 15, 20, 21, 23, 262, 266).
    NoAccess,
}

/// The ATS_FAULTS category of `cause` (`None` for causes that section does not list).
pub fn ats_answer(cause: FaultCause) -> Option<AtsAnswer> {
    use FaultCause as C;
    const UR: [FaultCause; 5] = [
        C::ALL_INBOUND_DISALLOWED,
        C::DDT_LOAD_FAULT,
        C::DDT_INVALID,
        C::DDT_MISCONFIGURED,
        C::TTYP_DISALLOWED,
    ];
    const CA: [FaultCause; 7] = [
        C::INST_ACCESS_FAULT,
        C::RD_ACCESS_FAULT,
        C::WR_ACCESS_FAULT,
        C::MSI_PTE_LOAD_FAULT,
        C::MSI_PTE_MISCONFIGURED,
        C::PDT_LOAD_FAULT,
        C::PDT_MISCONFIGURED,
    ];
    const NO_ACCESS: [FaultCause; 8] = [
        C::INST_PAGE_FAULT,
        C::RD_PAGE_FAULT,
        C::WR_PAGE_FAULT,
        C::INST_GUEST_PAGE_FAULT,
        C::RD_GUEST_PAGE_FAULT,
        C::WR_GUEST_PAGE_FAULT,
        C::PDT_INVALID,
        C::MSI_PTE_INVALID,
    ];
    if UR.contains(&cause) {
        Some(AtsAnswer::UnsupportedRequest)
    } else if CA.contains(&cause) {
        Some(AtsAnswer::CompleterAbort)
    } else if NO_ACCESS.contains(&cause) {
        Some(AtsAnswer::NoAccess)
    } else {
        None
    }
}

/// The TTYP of a request (FAULT_QUEUE, TTYP encodings): untranslated 1/2/3, translated
/// 5/6/7 for read-for-execute/read/write, 8 for an ATS Translation Request, 9 for a PCIe
/// message (a Page Request).
pub fn ttyp_of(req: &DeviceRequest) -> Ttyp {
    match (req.kind, req.execute, req.write) {
        (RequestKind::AtsTranslation, _, _) => Ttyp::ATS_TRANSLATION,
        (RequestKind::PageRequest, _, _) => Ttyp::PCIE_MSG,
        (RequestKind::Untranslated, true, _) => Ttyp::UADDR_INST_FETCH,
        (RequestKind::Untranslated, false, true) => Ttyp::UADDR_WR,
        (RequestKind::Untranslated, false, false) => Ttyp::UADDR_RD,
        (RequestKind::Translated, true, _) => Ttyp::TADDR_INST_FETCH,
        (RequestKind::Translated, false, true) => Ttyp::TADDR_WR,
        (RequestKind::Translated, false, false) => Ttyp::TADDR_RD,
    }
}

/// The page-fault cause of the access a request makes (12 / 15 / 13). For an ATS
/// Translation Request: execute if asked, else write if asked (NW = 0), else read.
pub fn page_fault_of(req: &DeviceRequest) -> FaultCause {
    match (req.execute, req.write) {
        (true, _) => FaultCause::INST_PAGE_FAULT,
        (false, true) => FaultCause::WR_PAGE_FAULT,
        (false, false) => FaultCause::RD_PAGE_FAULT,
    }
}

/// The access-fault cause of the access a request makes (1 / 7 / 5), chosen like
/// [`page_fault_of`]. ATS_FAULTS leaves the choice for an ATS Translation Request open; the
/// project's choice (`iommu_model` crate docs) follows the access asked.
pub fn access_fault_of(req: &DeviceRequest) -> FaultCause {
    match (req.execute, req.write) {
        (true, _) => FaultCause::INST_ACCESS_FAULT,
        (false, true) => FaultCause::WR_ACCESS_FAULT,
        (false, false) => FaultCause::RD_ACCESS_FAULT,
    }
}

/// The request's supervisor privilege as a fault record reports it: only with a PASID
/// (FAULT_QUEUE: "If `PV` is 0, then `PID` and `PRIV` are 0").
pub fn privileged(req: &DeviceRequest) -> bool {
    req.privileged && req.process_id.is_some()
}

/// The three accesses of an untranslated request to `iova` by `device_id`: read, write,
/// read for execute.
pub fn untranslated(device_id: u32, iova: u64) -> [DeviceRequest; 3] {
    let r = DeviceRequest::read(device_id, iova);
    [r, r.write(), r.execute()]
}

/// The three accesses of a translated request (AT = Translated, the address already an
/// SPA) to `addr` by `device_id`: read, write, read for execute.
pub fn translated(device_id: u32, addr: u64) -> [DeviceRequest; 3] {
    let r = DeviceRequest::read(device_id, addr).kind(RequestKind::Translated);
    [r, r.write(), r.execute()]
}

/// The three PCIe ATS Translation Requests for `iova`: read only (NW = 1), read and write
/// (NW = 0), read for execute.
pub fn ats_requests(device_id: u32, iova: u64) -> [DeviceRequest; 3] {
    let r = DeviceRequest::read(device_id, iova).kind(RequestKind::AtsTranslation);
    [r, r.write(), r.execute()]
}

/// Check one fault record against the request that caused it (FAULT_QUEUE): CAUSE, TTYP,
/// DID, PV/PID, PRIV, `iotval` = the IOVA (the spec lets the page offset read 0), `iotval2`
/// = 0 (it only holds guest-page-fault details).
pub fn check_record(what: &str, report: &FaultReport, req: &DeviceRequest, cause: FaultCause) {
    assert_eq!(report.cause, cause, "{what}: record CAUSE");
    assert_eq!(report.ttyp, ttyp_of(req), "{what}: record TTYP");
    assert_eq!(report.device_id, req.device_id, "{what}: record DID");
    assert_eq!(report.pasid, req.process_id, "{what}: record PV/PID");
    assert_eq!(report.privileged, privileged(req), "{what}: record PRIV");
    let page_mask = (1u64 << PAGE_SHIFT) - 1;
    assert!(
        report.iotval == req.iova || report.iotval == req.iova & !page_mask,
        "{what}: record iotval {:#x} for IOVA {:#x}",
        report.iotval,
        req.iova
    );
    assert_eq!(report.iotval2, 0, "{what}: record iotval2");
}

/// Send `req`, which the specification says stops with `cause`, and check the answer and
/// the fault queue. `dtf` is the `DTF` that applies: the located device context's, or
/// false when the fault prevented locating a valid one (FAULT_QUEUE).
///
/// The answer: an aborted access with `cause` and the request's TTYP; for an ATS
/// Translation Request the ATS_FAULTS completion (UR or CA carrying the fault, or a
/// Success granting nothing with Priv as requested). The queue: exactly one record that
/// [`check_record`] accepts when the fault is reported (a UR/CA or an aborted access, and
/// `dtf` is 0 or FAULT_CAUSE says "Yes"), none otherwise; nothing lost.
pub fn expect_fault<P: Platform, M: Mmio, D: DmaMemory>(
    p: &P,
    iommu: &mut Iommu<M, D>,
    what: &str,
    req: &DeviceRequest,
    cause: FaultCause,
    dtf: bool,
) {
    let what = alloc::format!("{}: {what} ({req:x?})", p.name());
    let response = p.request(req);
    let logged = match req.kind {
        RequestKind::AtsTranslation => {
            let answer = ats_answer(cause).unwrap_or_else(|| panic!("{what}: no ATS answer"));
            match (answer, response) {
                (
                    AtsAnswer::UnsupportedRequest,
                    Response::Ats(AtsCompletion::UnsupportedRequest(f)),
                )
                | (AtsAnswer::CompleterAbort, Response::Ats(AtsCompletion::CompleterAbort(f))) => {
                    assert_eq!((f.cause, f.ttyp), (cause, Ttyp::ATS_TRANSLATION), "{what}");
                    true
                }
                (AtsAnswer::NoAccess, Response::Ats(AtsCompletion::Success(s))) => {
                    assert!(!s.r && !s.w && !s.x, "{what}: Success must grant nothing: {s:?}");
                    assert_eq!(s.privileged, privileged(req), "{what}: Priv of the completion");
                    false
                }
                (answer, other) => {
                    panic!("{what}: expected {answer:?} for {cause:?}, got {other:?}")
                }
            }
        }
        _ => match response {
            Response::Fault(f) => {
                assert_eq!((f.cause, f.ttyp), (cause, ttyp_of(req)), "{what}");
                true
            }
            other => panic!("{what}: expected a fault with {cause:?}, got {other:?}"),
        },
    };
    let recorded = logged && (!dtf || reported_with_dtf(cause));
    let drain = iommu.drain_faults().unwrap_or_else(|e| panic!("{what}: drain: {e}"));
    assert!(!drain.records_lost(), "{what}: records lost");
    if recorded {
        assert_eq!(drain.reports.len(), 1, "{what}: one record: {:x?}", drain.reports);
        check_record(&what, &drain.reports[0], req, cause);
    } else {
        assert!(drain.reports.is_empty(), "{what}: no record expected: {:x?}", drain.reports);
    }
}

/// [`expect_fault`] for each request of `reqs`, each stopping with the cause `cause_of` gives.
pub fn expect_faults<P: Platform, M: Mmio, D: DmaMemory>(
    p: &P,
    iommu: &mut Iommu<M, D>,
    what: &str,
    reqs: &[DeviceRequest],
    cause_of: impl Fn(&DeviceRequest) -> FaultCause,
    dtf: bool,
) {
    for req in reqs {
        expect_fault(p, iommu, what, req, cause_of(req), dtf);
    }
}

/// Send `req` and return the translation it is allowed with; panics on anything else.
pub fn expect_allowed<P: Platform>(p: &P, what: &str, req: &DeviceRequest) -> Translation {
    match p.request(req) {
        Response::Allowed(t) => t,
        other => {
            panic!("{}: {what}: expected an allowed access ({req:x?}), got {other:?}", p.name())
        }
    }
}

/// The driver brought up on `p` with every capability the scenarios use and a forced DDT
/// depth.
pub fn bring_up<P: Platform>(p: &P, levels: DdtLevels) -> Iommu<P::Regs<'_>, P::Memory<'_>> {
    let mut config = full_config();
    config.ddt_levels = Some(levels);
    config.device_id_bits = levels.device_id_bits();
    super::init(p, config)
}

/// Move `ddtp` to `mode` with root `ppn` the way the DDTP section allows: through Off (a
/// DDT mode is entered only from Off or Bare, Bare only from Off; the PPN does not change
/// on the way to Off), polling `busy` before every write.
pub fn set_ddtp<P: Platform>(p: &P, mode: IommuMode, ppn: u64) {
    let regs = IommuRegs::new(p.regs());
    let idle = || {
        for _ in 0..1000 {
            let d = regs.ddtp().read();
            if !d.busy() {
                return d;
            }
        }
        panic!("{}: ddtp stays busy", p.name());
    };
    let now = idle();
    if now.iommu_mode() != IommuMode::OFF {
        regs.ddtp().write(Ddtp::default().with_iommu_mode(IommuMode::OFF).with_ppn(now.ppn()));
        idle();
    }
    if mode != IommuMode::OFF {
        regs.ddtp().write(Ddtp::default().with_iommu_mode(mode).with_ppn(ppn));
    }
    let after = idle();
    assert_eq!(after.iommu_mode(), mode, "{}: ddtp mode", p.name());
}

/// Write a 64-bit little-endian word of a table into host memory.
pub fn poke<P: Platform>(p: &P, addr: PhysAddr, value: u64) {
    if let Err(e) = p.memory().write_u64(addr, value) {
        panic!("{}: writing {:#x}: {e}", p.name(), addr.0);
    }
}

/// Read a 64-bit little-endian word of a table from host memory.
pub fn peek<P: Platform>(p: &P, addr: PhysAddr) -> u64 {
    p.memory().read_u64(addr).unwrap_or_else(|e| panic!("{}: reading {:#x}: {e}", p.name(), addr.0))
}

/// Every set bit of `mask`, lowest first: the reserved bits a structure's `RESERVED` mask
/// lists.
pub fn bits_of(mask: u64) -> Vec<u32> {
    (0..64).filter(|b| mask >> b & 1 == 1).collect()
}
