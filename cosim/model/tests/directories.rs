//! The process to translate an IOVA up to the first stage (P2IOVA steps 1-16, GET_DC,
//! DC_MISCONFIG, GET_PC, PC_MISCONFIG): every cause code, each fault record field by field.

mod common;

use common::*;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::IommuMode;
use iommu_model::{DeviceRequest, RequestKind, Response, IDENTITY_SIZE_LOG2};

#[test]
fn generated_splits_match_the_spec() {
    // Base-format device_id partitioning 7/9/8, process_id 8/9/3 (iommu_data_structures.adoc).
    assert_eq!((DDI0_BITS, DDI1_BITS, DDI2_BITS), (7, 9, 8));
    assert_eq!((DDI1_SHIFT, DDI2_SHIFT), (7, 16));
    assert_eq!((PDI0_BITS, PDI1_BITS, PDI2_BITS), (8, 9, 3));
    assert_eq!((PDI1_SHIFT, PDI2_SHIFT), (8, 17));
    assert_eq!((DEVICE_CONTEXT_BYTES, PROCESS_CONTEXT_BYTES, FAULT_RECORD_BYTES), (32, 16, 32));
    assert_eq!((SV39_LEVELS, SV48_LEVELS, PT_VPN_BITS, PAGE_SHIFT), (3, 4, 9, 12));
    // Cause encodings of the FAULT_CAUSE table, as the tests use them.
    let causes = [
        (FaultCause::INST_ACCESS_FAULT, 1),
        (FaultCause::RD_ACCESS_FAULT, 5),
        (FaultCause::WR_ACCESS_FAULT, 7),
        (FaultCause::INST_PAGE_FAULT, 12),
        (FaultCause::RD_PAGE_FAULT, 13),
        (FaultCause::WR_PAGE_FAULT, 15),
        (FaultCause::ALL_INBOUND_DISALLOWED, 256),
        (FaultCause::DDT_LOAD_FAULT, 257),
        (FaultCause::DDT_INVALID, 258),
        (FaultCause::DDT_MISCONFIGURED, 259),
        (FaultCause::TTYP_DISALLOWED, 260),
        (FaultCause::PDT_LOAD_FAULT, 265),
        (FaultCause::PDT_INVALID, 266),
        (FaultCause::PDT_MISCONFIGURED, 267),
    ];
    for (c, v) in causes {
        assert_eq!(c.0, v, "{c:?}");
    }
    // TTYP encodings.
    assert_eq!((Ttyp::UADDR_INST_FETCH.0, Ttyp::UADDR_RD.0, Ttyp::UADDR_WR.0), (1, 2, 3));
    assert_eq!((Ttyp::TADDR_INST_FETCH.0, Ttyp::TADDR_RD.0, Ttyp::TADDR_WR.0), (5, 6, 7));
    assert_eq!(Ttyp::ATS_TRANSLATION.0, 8);
}

#[test]
fn off_disallows_everything() {
    let b = Bench::new();
    b.enable_fq(4);
    // Reset value of iommu_mode is Off.
    for req in [
        DeviceRequest::read(0x12_3456, 0xdead_beef_0123),
        DeviceRequest::read(1, 0x1000).write().with_pasid(0x8_7654).privileged(),
        DeviceRequest::read(2, 0x2000).execute().kind(RequestKind::Translated),
    ] {
        expect_fault(&b, &req, FaultCause::ALL_INBOUND_DISALLOWED);
    }
}

#[test]
fn bare_passes_only_untranslated_requests() {
    let b = Bench::new();
    b.enable_fq(4);
    b.regs()
        .ddtp()
        .write(driver::regs::iommu_regs::Ddtp::default().with_iommu_mode(IommuMode::BARE));
    let t = expect_allowed(&b, &DeviceRequest::read(5, 0x1234_5678_9abc).write());
    assert_eq!(t.ppn, 0x1234_5678_9abc >> 12);
    assert_eq!(u32::from(t.size_log2), IDENTITY_SIZE_LOG2);
    let tr = DeviceRequest::read(5, 0x1000).kind(RequestKind::Translated);
    expect_fault(&b, &tr, FaultCause::TTYP_DISALLOWED);
    let ats = DeviceRequest::read(5, 0x1000).kind(RequestKind::AtsTranslation);
    match b.model.translate(&ats) {
        Response::Ats(iommu_model::AtsCompletion::UnsupportedRequest(f)) => {
            assert_eq!(f.cause, FaultCause::TTYP_DISALLOWED);
            assert!(f.queued);
        }
        other => panic!("{other:?}"),
    }
    expect_record(&b, &ats, FaultCause::TTYP_DISALLOWED);
}

#[test]
fn device_id_wider_than_the_mode() {
    for (mode, levels, widest) in
        [(IommuMode::LVL1, 1, 0x7f), (IommuMode::LVL2, 2, 0xffff), (IommuMode::LVL3, 3, 0xff_ffff)]
    {
        let b = Bench::new();
        b.enable_fq(4);
        let root = b.set_mode(mode);
        b.set_dc(root, levels, widest, dc_iosatp(IosatpMode::BARE, 0, 0));
        expect_allowed(&b, &DeviceRequest::read(widest, 0x5000));
        let too_wide = DeviceRequest::read(widest + 1, 0x5000);
        if levels < 3 {
            expect_fault(&b, &too_wide, FaultCause::TTYP_DISALLOWED);
        } else {
            // A device_id beyond 24 bits: the record's 24-bit DID field holds its low bits.
            let f = b.model.translate(&too_wide).fault().unwrap();
            assert_eq!(f.cause, FaultCause::TTYP_DISALLOWED);
            let recs = b.take_faults();
            assert_eq!((recs.len(), recs[0].did()), (1, 0));
        }
    }
}

#[test]
fn ddt_walk_causes() {
    let b = Bench::fresh();
    b.enable_fq(4);
    let did = 0x12_3456;
    let req = DeviceRequest::read(did, 0x7000);
    // Root outside memory: the non-leaf read is refused.
    b.regs().ddtp().write(
        driver::regs::iommu_regs::Ddtp::default()
            .with_iommu_mode(IommuMode::LVL3)
            .with_ppn(NOWHERE_PPN),
    );
    expect_fault(&b, &req, FaultCause::DDT_LOAD_FAULT);
    // A zeroed root: DDTE V = 0.
    let root = b.set_mode(IommuMode::LVL3);
    expect_fault(&b, &req, FaultCause::DDT_INVALID);
    // Build the path; the leaf DC is still zero: DC V = 0.
    let slot = b.dc_slot(root, 3, did);
    expect_fault(&b, &req, FaultCause::DDT_INVALID);
    // A reserved bit in the level-2 entry (bits 9:1 and 63:54 of a non-leaf DDT entry).
    let l2 = (root << 12) + u64::from(did >> 16) * 8;
    let e = b.read_u64(l2);
    for bit in [1, 9, 54, 63] {
        b.write_u64(l2, e | 1 << bit);
        expect_fault(&b, &req, FaultCause::DDT_MISCONFIGURED);
    }
    b.write_u64(l2, e);
    // A leaf table outside memory: the DC read is refused.
    let l1 = (Ddte(e).ppn() << 12) + u64::from((did >> 7) & 0x1ff) * 8;
    let e1 = b.read_u64(l1);
    b.write_u64(l1, Ddte(e1).with_ppn(NOWHERE_PPN).0);
    expect_fault(&b, &req, FaultCause::DDT_LOAD_FAULT);
    b.write_u64(l1, e1);
    // The DC at DDI[0] x 32 of the leaf table.
    assert_eq!(slot, (Ddte(e1).ppn() << 12) + u64::from(did & 0x7f) * 32);
    b.write(slot, &dc_iosatp(IosatpMode::BARE, 0, 0).to_le_bytes());
    expect_allowed(&b, &req);
}

#[test]
fn every_dc_misconfiguration_is_259() {
    let b = Bench::fresh();
    b.enable_fq(4);
    let root = b.set_mode(IommuMode::LVL1);
    let good = dc_iosatp(IosatpMode::SV39, b.page(), 7);
    let tc = good.tc();
    let mut bad: Vec<(&str, DeviceContext)> = vec![
        ("tc reserved bit 12", good.with_tc(DcTc(tc.0 | 1 << 12))),
        ("tc custom bit 24", good.with_tc(DcTc(tc.0 | 1 << 24))),
        ("tc reserved bit 40", good.with_tc(DcTc(tc.0 | 1 << 40))),
        ("EN_PRI without EN_ATS", good.with_tc(tc.with_en_pri(true))),
        ("PRPR without EN_PRI", good.with_tc(tc.with_en_ats(true).with_prpr(true))),
        (
            "T2GPA (no capability, Bare iohgatp)",
            good.with_tc(tc.with_en_ats(true).with_t2gpa(true)),
        ),
        ("T2GPA without EN_ATS", good.with_tc(tc.with_t2gpa(true))),
        ("DPE with PDTV = 0", good.with_tc(tc.with_dpe(true))),
        ("SADE without AMO_HWAD", good.with_tc(tc.with_sade(true))),
        ("GADE without AMO_HWAD", good.with_tc(tc.with_gade(true))),
        ("SBE != fctl.BE", good.with_tc(tc.with_sbe(true))),
        ("SXL with fctl.GXL = 0 read-only", good.with_tc(tc.with_sxl(true))),
        ("ta reserved bit 0", good.with_ta(DcTa(good.ta().0 | 1))),
        ("ta RCID without QOSID", good.with_ta(DcTa(good.ta().0 | 1 << 40))),
        ("ta MCID without QOSID", good.with_ta(DcTa(good.ta().0 | 1 << 63))),
        ("fsc reserved bit 44", good.with_fsc(DcFsc(good.fsc().0 | 1 << 44))),
        ("iosatp Sv57 unsupported", good.with_fsc(good.fsc().with_mode(IosatpMode::SV57.0))),
    ];
    for m in [1u8, 5, 7, 11, 13, 14, 15] {
        bad.push(("iosatp reserved/custom mode", good.with_fsc(good.fsc().with_mode(m))));
    }
    for m in [1u8, 7, 8, 9, 10, 11, 15] {
        let g = DcIohgatp::default().with_mode(IohgatpMode(m));
        bad.push(("iohgatp not Bare (no G stage)", good.with_iohgatp(g)));
    }
    let pdtv = good.with_tc(tc.with_pdtv(true));
    for m in [4u8, 9, 13, 14, 15] {
        bad.push(("pdtp reserved/custom mode", pdtv.with_fsc(DcFsc::default().with_mode(m))));
    }
    for (i, (what, dc)) in bad.into_iter().enumerate() {
        let did = i as u32;
        b.set_dc(root, 1, did, dc);
        let req = DeviceRequest::read(did, 0x1000);
        match b.model.translate(&req) {
            Response::Fault(f) => assert_eq!(f.cause, FaultCause::DDT_MISCONFIGURED, "{what}"),
            other => panic!("{what}: {other:?}"),
        }
        expect_record(&b, &req, FaultCause::DDT_MISCONFIGURED);
    }
    // What is allowed: EN_ATS + EN_PRI + PRPR (capabilities.ATS), iohgatp fields with Bare,
    // every supported pdtp mode.
    let ok = [
        good.with_tc(tc.with_en_ats(true).with_en_pri(true).with_prpr(true)),
        good.with_iohgatp(DcIohgatp::default().with_gscid(0xffff).with_ppn(3)),
        pdtv.with_fsc(DcFsc::default().with_mode(PdtpMode::PD20.0)),
        good.with_tc(tc.with_dtf(true)),
    ];
    for (i, dc) in ok.into_iter().enumerate() {
        let did = 100 + i as u32;
        b.set_dc(root, 1, did, dc);
        let r = b.model.translate(&DeviceRequest::read(did, 0x1000));
        assert!(r.fault().is_none_or(|f| f.cause != FaultCause::DDT_MISCONFIGURED), "{i}: {r:?}");
        b.take_faults();
    }
}

#[test]
fn step7_transaction_type_checks() {
    let b = Bench::new();
    b.enable_fq(5);
    let root = b.set_mode(IommuMode::LVL2);
    let pt = b.page();
    b.set_dc(root, 2, 1, dc_iosatp(IosatpMode::SV39, pt, 1));
    // Translated and ATS requests need EN_ATS.
    expect_fault(
        &b,
        &DeviceRequest::read(1, 0x1000).kind(RequestKind::Translated),
        FaultCause::TTYP_DISALLOWED,
    );
    let ats = DeviceRequest::read(1, 0x1000).kind(RequestKind::AtsTranslation);
    assert!(matches!(
        b.model.translate(&ats),
        Response::Ats(iommu_model::AtsCompletion::UnsupportedRequest(f)) if f.cause == FaultCause::TTYP_DISALLOWED
    ));
    expect_record(&b, &ats, FaultCause::TTYP_DISALLOWED);
    // A process_id with PDTV = 0.
    expect_fault(&b, &DeviceRequest::read(1, 0x1000).with_pasid(1), FaultCause::TTYP_DISALLOWED);
    // A process_id wider than pdtp.MODE (PD8: 8 bits, PD17: 17 bits).
    for (did, mode, widest) in [(2, PdtpMode::PD8, 0xffu32), (3, PdtpMode::PD17, 0x1_ffff)] {
        b.set_dc(root, 2, did, dc_pdt(mode, b.page()));
        let too_wide = DeviceRequest::read(did, 0x1000).with_pasid(widest + 1);
        expect_fault(&b, &too_wide, FaultCause::TTYP_DISALLOWED);
        // The widest one passes step 7 and finds no PC (266, a PDT fault).
        let ok = DeviceRequest::read(did, 0x1000).with_pasid(widest);
        expect_fault(&b, &ok, FaultCause::PDT_INVALID);
    }
    // pdtp.MODE Bare: no width check, the first stage is Bare.
    b.set_dc(root, 2, 4, dc_pdt(PdtpMode::BARE, 0));
    let t = expect_allowed(&b, &DeviceRequest::read(4, 0x9000).with_pasid(0xf_ffff));
    assert_eq!(t.ppn, 9);
}

#[test]
fn translated_requests_pass_without_a_walk() {
    let b = Bench::new();
    b.enable_fq(4);
    let root = b.set_mode(IommuMode::LVL1);
    // The first-stage root is outside memory: a walk would fault.
    let mut dc = dc_iosatp(IosatpMode::SV48, NOWHERE_PPN, 3);
    dc.set_tc(dc.tc().with_en_ats(true));
    b.set_dc(root, 1, 9, dc);
    let req = DeviceRequest::read(9, 0x4567_8000).write().kind(RequestKind::Translated);
    let t = expect_allowed(&b, &req);
    assert_eq!(t.ppn, 0x4_5678);
    let un = DeviceRequest::read(9, 0x4567_8000).write();
    expect_fault(&b, &un, FaultCause::WR_ACCESS_FAULT);
}

#[test]
fn default_process_id_and_bare_first_stages() {
    let b = Bench::new();
    b.enable_fq(4);
    let root = b.set_mode(IommuMode::LVL1);
    let pdt = b.page();
    // DPE = 1: a request without process_id uses process_id 0, whose PC is missing: 266,
    // and the record still says PV = 0.
    let mut dc = dc_pdt(PdtpMode::PD8, pdt);
    dc.set_tc(dc.tc().with_dpe(true));
    b.set_dc(root, 1, 1, dc);
    expect_fault(&b, &DeviceRequest::read(1, 0x3000), FaultCause::PDT_INVALID);
    // With PC 0 present it translates through it.
    let pt = b.page();
    b.set_pc(pdt, 1, 0, pc(IosatpMode::SV39, pt, 77));
    b.map(pt, SV39_LEVELS, 0x3000, 0, leaf(0x4_4444, true, false, false, true));
    assert_eq!(expect_allowed(&b, &DeviceRequest::read(1, 0x3000)).ppn, 0x4_4444);
    // DPE = 0: no process_id means a Bare first stage.
    b.set_dc(root, 1, 2, dc_pdt(PdtpMode::PD8, pdt));
    assert_eq!(expect_allowed(&b, &DeviceRequest::read(2, 0x3000)).ppn, 3);
    // iosatp Bare (PDTV = 0).
    b.set_dc(root, 1, 3, dc_iosatp(IosatpMode::BARE, 0, 0));
    let t = expect_allowed(&b, &DeviceRequest::read(3, 0xabc_d000).execute());
    assert!(t.r && t.w && t.x && !t.u && !t.g);
    // PC.fsc.MODE Bare is valid.
    let pdt2 = b.page();
    b.set_dc(root, 1, 4, dc_pdt(PdtpMode::PD8, pdt2));
    b.set_pc(pdt2, 1, 5, pc(IosatpMode::BARE, 0, 0));
    assert_eq!(expect_allowed(&b, &DeviceRequest::read(4, 0x7000).with_pasid(5)).ppn, 7);
}

#[test]
fn pdt_walk_causes() {
    let b = Bench::fresh();
    b.enable_fq(5);
    let root = b.set_mode(IommuMode::LVL1);
    let pid = 0xa_bcde;
    let req = DeviceRequest::read(6, 0x1000).with_pasid(pid);
    // PD20 root outside memory: 265.
    b.set_dc(root, 1, 6, dc_pdt(PdtpMode::PD20, NOWHERE_PPN));
    expect_fault(&b, &req, FaultCause::PDT_LOAD_FAULT);
    // A zeroed root: PDTE V = 0.
    let pdt = b.page();
    b.set_dc(root, 1, 6, dc_pdt(PdtpMode::PD20, pdt));
    expect_fault(&b, &req, FaultCause::PDT_INVALID);
    // Non-leaf PDTE reserved bits: 267. The root entry is at PDI[2] x 8.
    let slot = b.pc_slot(pdt, 3, pid);
    let top = (pdt << 12) + u64::from(pid >> 17) * 8;
    let e = b.read_u64(top);
    for bit in [1, 9, 54, 63] {
        b.write_u64(top, e | 1 << bit);
        expect_fault(&b, &req, FaultCause::PDT_MISCONFIGURED);
    }
    b.write_u64(top, e);
    // PC V = 0.
    expect_fault(&b, &req, FaultCause::PDT_INVALID);
    // Leaf table outside memory: 265 on the PC read.
    let mid = (Pdte(e).ppn() << 12) + u64::from((pid >> 8) & 0x1ff) * 8;
    let e1 = b.read_u64(mid);
    b.write_u64(mid, Pdte(e1).with_ppn(NOWHERE_PPN).0);
    expect_fault(&b, &req, FaultCause::PDT_LOAD_FAULT);
    b.write_u64(mid, e1);
    assert_eq!(slot, (Pdte(e1).ppn() << 12) + u64::from(pid & 0xff) * 16);
    // PC misconfigurations: 267.
    let good = pc(IosatpMode::SV48, b.page(), 3);
    for bad in [
        good.with_ta(PcTa(good.ta().0 | 1 << 3)),
        good.with_ta(PcTa(good.ta().0 | 1 << 40)),
        good.with_fsc(PcFsc(good.fsc().0 | 1 << 44)),
        good.with_fsc(good.fsc().with_mode(IosatpMode::SV57)),
        good.with_fsc(good.fsc().with_mode(IosatpMode(1))),
        good.with_fsc(good.fsc().with_mode(IosatpMode(14))),
    ] {
        b.write(slot, &bad.to_le_bytes());
        expect_fault(&b, &req, FaultCause::PDT_MISCONFIGURED);
    }
    // A privileged request needs ENS.
    b.write(slot, &good.to_le_bytes());
    let privileged = req.privileged();
    expect_fault(&b, &privileged, FaultCause::TTYP_DISALLOWED);
    b.write(slot, &good.with_ta(good.ta().with_ens(true)).to_le_bytes());
    // Now the first stage runs: its root page is empty, a read page fault.
    expect_fault(&b, &privileged, FaultCause::RD_PAGE_FAULT);
}

#[test]
fn dtf_suppresses_translation_faults_only_once_a_dc_is_located() {
    let b = Bench::new();
    b.enable_fq(5);
    let root = b.set_mode(IommuMode::LVL1);
    let mut dc = dc_iosatp(IosatpMode::SV39, b.page(), 1);
    dc.set_tc(dc.tc().with_dtf(true).with_en_ats(true));
    b.set_dc(root, 1, 1, dc);
    // Page fault: not reported with DTF, the access still faults.
    match b.model.translate(&DeviceRequest::read(1, 0x1000)) {
        Response::Fault(f) => assert!(f.cause == FaultCause::RD_PAGE_FAULT && !f.queued),
        other => panic!("{other:?}"),
    }
    // 260 (a process_id with PDTV = 0) is not reported either.
    match b.model.translate(&DeviceRequest::read(1, 0x1000).with_pasid(3)) {
        Response::Fault(f) => assert!(f.cause == FaultCause::TTYP_DISALLOWED && !f.queued),
        other => panic!("{other:?}"),
    }
    // An ATS request's UR is a fault the DTF column governs too.
    let ats = DeviceRequest::read(1, 0x1000).with_pasid(3).kind(RequestKind::AtsTranslation);
    assert!(matches!(
        b.model.translate(&ats),
        Response::Ats(iommu_model::AtsCompletion::UnsupportedRequest(f)) if !f.queued
    ));
    assert!(b.take_faults().is_empty());
    // A misconfigured DC with DTF = 1 is reported: 259 is reported whatever DTF says, and a
    // DC that is not located counts as DTF = 0.
    let mut bad = dc;
    bad.set_tc(bad.tc().with_sade(true));
    b.set_dc(root, 1, 2, bad);
    expect_fault(&b, &DeviceRequest::read(2, 0x1000), FaultCause::DDT_MISCONFIGURED);
    // 260 for a device_id too wide is before any DC: reported.
    expect_fault(&b, &DeviceRequest::read(0x80, 0x1000), FaultCause::TTYP_DISALLOWED);
}

/// Identity translations stop at capabilities.PAS: an address the IOMMU cannot put on its
/// memory bus is an access fault (an implementation choice, `identity` in translate.rs),
/// never a truncated (aliased) address.
#[test]
fn identity_above_the_physical_address_width_is_an_access_fault() {
    let b = Bench::new();
    b.enable_fq(4);
    b.set_mode(IommuMode::BARE);
    let pas = b.regs().capabilities().read().pas();
    assert_eq!(pas, 56, "capabilities.PAS of this implementation");
    let top = DeviceRequest::read(1, (1u64 << 56) - 8);
    assert!(matches!(b.model.translate(&top), Response::Allowed(t) if t.ppn == (1 << 44) - 1));
    let above = DeviceRequest::read(1, 1u64 << 56);
    expect_fault(&b, &above, FaultCause::RD_ACCESS_FAULT);
    expect_fault(&b, &above.write(), FaultCause::WR_ACCESS_FAULT);
}
