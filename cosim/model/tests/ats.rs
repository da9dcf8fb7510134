//! PCIe ATS Translation Requests (ATS_FAULTS): UR and CA completions (logged), Success with
//! R = W = 0 (not logged), the U-bit rules, granted permissions, Priv and Global.

mod common;

use common::*;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::{Ddtp, IommuMode};
use iommu_model::{AtsCompletion, AtsSuccess, DeviceRequest, RequestKind, Response};

fn ats(did: u32, iova: u64) -> DeviceRequest {
    DeviceRequest::read(did, iova).kind(RequestKind::AtsTranslation)
}

fn success(b: &Bench, req: &DeviceRequest) -> AtsSuccess {
    match b.model.translate(req) {
        Response::Ats(AtsCompletion::Success(s)) => {
            assert!(b.take_faults().is_empty(), "a Success is never logged");
            s
        }
        other => panic!("{req:?}: {other:?}"),
    }
}

fn no_access(s: AtsSuccess) -> bool {
    !(s.r || s.w || s.x)
}

fn ur(b: &Bench, req: &DeviceRequest, cause: FaultCause) {
    match b.model.translate(req) {
        Response::Ats(AtsCompletion::UnsupportedRequest(f)) => assert_eq!(f.cause, cause),
        other => panic!("{req:?}: expected UR, got {other:?}"),
    }
    expect_record(b, req, cause);
}

fn ca(b: &Bench, req: &DeviceRequest, cause: FaultCause) {
    match b.model.translate(req) {
        Response::Ats(AtsCompletion::CompleterAbort(f)) => assert_eq!(f.cause, cause),
        other => panic!("{req:?}: expected CA, got {other:?}"),
    }
    expect_record(b, req, cause);
}

/// Device 1: EN_ATS with a PD8 directory; process 1 (ENS = 1, SUM as given) over `pt`.
fn setup(sum: bool) -> (Bench, u64, u64) {
    let b = Bench::fresh();
    b.enable_fq(6);
    let root = b.set_mode(IommuMode::LVL1);
    let pdt = b.page();
    let mut dc = dc_pdt(PdtpMode::PD8, pdt);
    dc.set_tc(dc.tc().with_en_ats(true).with_dpe(true));
    b.set_dc(root, 1, 1, dc);
    let pt = b.page();
    let mut p = pc(IosatpMode::SV39, pt, 4);
    p.set_ta(p.ta().with_ens(true).with_sum(sum));
    b.set_pc(pdt, 1, 1, p);
    b.set_pc(pdt, 1, 0, p); // process_id 0 for requests without a PASID (DPE)
    (b, root, pt)
}

#[test]
fn unsupported_request_causes_are_logged() {
    let b = Bench::fresh();
    b.enable_fq(6);
    ur(&b, &ats(1, 0x1000), FaultCause::ALL_INBOUND_DISALLOWED);
    b.regs().ddtp().write(Ddtp::default().with_iommu_mode(IommuMode::LVL1).with_ppn(NOWHERE_PPN));
    ur(&b, &ats(1, 0x1000), FaultCause::DDT_LOAD_FAULT);
    let root = b.set_mode(IommuMode::LVL1);
    ur(&b, &ats(1, 0x1000), FaultCause::DDT_INVALID);
    let mut dc = dc_iosatp(IosatpMode::BARE, 0, 0);
    dc.set_tc(dc.tc().with_en_ats(true).with_sade(true));
    b.set_dc(root, 1, 1, dc);
    ur(&b, &ats(1, 0x1000), FaultCause::DDT_MISCONFIGURED);
    b.set_dc(root, 1, 1, dc_iosatp(IosatpMode::BARE, 0, 0)); // EN_ATS = 0
    ur(&b, &ats(1, 0x1000).write(), FaultCause::TTYP_DISALLOWED);
}

#[test]
fn bare_first_stage_is_a_2mib_identity() {
    let b = Bench::fresh();
    b.enable_fq(4);
    let root = b.set_mode(IommuMode::LVL1);
    let mut dc = dc_iosatp(IosatpMode::BARE, 0, 0);
    dc.set_tc(dc.tc().with_en_ats(true));
    b.set_dc(root, 1, 3, dc);
    let s = success(&b, &ats(3, 0x1234_5000));
    assert_eq!((s.ppn, s.size_log2, s.r, s.w, s.x), (0x1_2345, 21, true, true, false));
    assert!(!s.privileged && !s.global);
    // Execute Requested travels in the PASID prefix: without a PASID it is never asked.
    assert!(!success(&b, &ats(3, 0x1234_5000).execute()).x);
}

#[test]
fn completer_abort_causes_are_logged() {
    let (b, _, pt) = setup(false);
    // The leaf table is outside memory: the PTE read is refused (cause by access type).
    let l1 = b.pte_slot(pt, SV39_LEVELS, 0x5000, 1);
    b.write_u64(l1, Pte::default().with_v(true).with_ppn(NOWHERE_PPN).0);
    ca(&b, &ats(1, 0x5000).with_pasid(1), FaultCause::RD_ACCESS_FAULT);
    ca(&b, &ats(1, 0x5000).with_pasid(1).write(), FaultCause::WR_ACCESS_FAULT);
    ca(&b, &ats(1, 0x5000).with_pasid(1).execute(), FaultCause::INST_ACCESS_FAULT);
    // PDT load fault (265) and PDT misconfiguration (267).
    let root = b.regs().ddtp().read().ppn();
    let mut dc = dc_pdt(PdtpMode::PD17, NOWHERE_PPN);
    dc.set_tc(dc.tc().with_en_ats(true));
    b.set_dc(root, 1, 2, dc);
    ca(&b, &ats(2, 0x5000).with_pasid(1), FaultCause::PDT_LOAD_FAULT);
    let pdt = b.page();
    b.set_dc(root, 1, 2, dc.with_fsc(dc.fsc().with_ppn(pdt)));
    let bad = pc(IosatpMode::SV57, pt, 1);
    b.set_pc(pdt, 2, 1, bad);
    ca(&b, &ats(2, 0x5000).with_pasid(1), FaultCause::PDT_MISCONFIGURED);
}

#[test]
fn page_faults_and_invalid_process_contexts_answer_without_access() {
    let (b, _, _) = setup(false);
    // No PTE: a page fault, Success with R = W = 0 and no record.
    let s = success(&b, &ats(1, 0x5000).with_pasid(1).write().privileged());
    assert!(no_access(s) && s.privileged);
    // Non-canonical IOVA.
    assert!(no_access(success(&b, &ats(1, 0x40_0000_0000).with_pasid(1))));
    // PC not valid (266): process 7 has none.
    assert!(no_access(success(&b, &ats(1, 0x5000).with_pasid(7))));
}

#[test]
fn permissions_granted() {
    let (b, _, pt) = setup(false);
    let slot = b.map(pt, SV39_LEVELS, 0x8000, 0, leaf(0x88, true, false, false, true));
    let req = ats(1, 0x8000).with_pasid(1);
    let grant = |pte: Pte, req: DeviceRequest| {
        b.write_u64(slot, pte.0);
        let s = success(&b, &req);
        (s.r, s.w, s.x)
    };
    // Read-only page, write asked: R only.
    assert_eq!(grant(leaf(0x88, true, false, false, true), req.write()), (true, false, false));
    // RW page: W comes from the tables whether or not write was asked (ATS_FAULTS: only a
    // permission that was asked for and is missing is denied).
    assert_eq!(grant(leaf(0x88, true, true, false, true), req.write()), (true, true, false));
    assert_eq!(grant(leaf(0x88, true, true, false, true), req), (true, true, false));
    // D = 0 with write asked: the write page fault of SADE = 0, answered R = W = 0
    // (ATS_FAULTS, cause 15); without write asked W is withheld (no hardware A/D update).
    assert_eq!(
        grant(leaf(0x88, true, true, false, true).with_d(false), req.write()),
        (false, false, false)
    );
    assert_eq!(grant(leaf(0x88, true, true, false, true).with_d(false), req), (true, false, false));
    // X only when asked and R granted.
    assert_eq!(grant(leaf(0x88, true, false, true, true), req.execute()), (true, false, true));
    assert_eq!(grant(leaf(0x88, true, false, true, true), req), (true, false, false));
    assert_eq!(grant(leaf(0x88, false, false, true, true), req.execute()), (false, false, false));
    // A = 0: nothing.
    assert_eq!(
        grant(leaf(0x88, true, true, true, true).with_a(false), req.write()),
        (false, false, false)
    );
    // The translation of a granted page.
    b.write_u64(slot, leaf(0x88, true, true, false, true).0);
    let s = success(&b, &req.write());
    assert_eq!((s.ppn, s.size_log2), (0x88, 12));
}

#[test]
fn u_bit_rules() {
    let (b, _, pt) = setup(false);
    b.map(pt, SV39_LEVELS, 0x1000, 0, leaf(0x11, true, true, true, true)); // user page
    b.map(pt, SV39_LEVELS, 0x2000, 0, leaf(0x22, true, true, true, false)); // supervisor page
                                                                            // Unprivileged (no PASID, or PMR = 0): U = 0 pages give R = W = 0.
    assert!(no_access(success(&b, &ats(1, 0x2000).write())));
    assert!(no_access(success(&b, &ats(1, 0x2000).with_pasid(1).write())));
    let s = success(&b, &ats(1, 0x1000).with_pasid(1).write().execute());
    assert!(s.r && s.w && s.x && !s.privileged);
    // Privileged with SUM = 0: U = 1 pages give R = W = 0.
    assert!(no_access(success(&b, &ats(1, 0x1000).with_pasid(1).privileged().write())));
    let s = success(&b, &ats(1, 0x2000).with_pasid(1).privileged().write().execute());
    assert!(s.r && s.w && s.x && s.privileged);
    // Privileged with SUM = 1: R/W of U = 1 pages, never X.
    let (b, _, pt) = setup(true);
    b.map(pt, SV39_LEVELS, 0x1000, 0, leaf(0x11, true, true, true, true));
    let s = success(&b, &ats(1, 0x1000).with_pasid(1).privileged().write().execute());
    assert_eq!((s.r, s.w, s.x), (true, true, false));
}

#[test]
fn global_needs_a_pasid_and_superpage_sizes() {
    let (b, _, pt) = setup(false);
    b.map(pt, SV39_LEVELS, 0x20_0000, 1, leaf(0x200, true, false, false, true).with_g(true));
    let s = success(&b, &ats(1, 0x21_3000).with_pasid(1));
    assert_eq!((s.ppn, s.size_log2, s.global), (0x213, 21, true));
    // The same mapping through DPE (no PASID): Global = 0, Priv = 0.
    let s = success(&b, &ats(1, 0x21_3000).privileged());
    assert!(!s.global && !s.privileged && s.r);
}
