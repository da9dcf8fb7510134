//! Faults met while locating the device context (P2IOVA step 1, GET_DC, DC_MISCONFIG):
//! causes 256, 257, 258 and 259. None of them needs a valid device context, so every one is
//! reported whatever `DTF` says, and an ATS Translation Request gets Unsupported Request.

use alloc::format;
use alloc::vec::Vec;

use driver::dma::PhysAddr;
use driver::iommu::{DdtLevels, DeviceConfig, PagingMode};
use driver::regs::iommu_mem::{
    DcFsc, DcIohgatp, DcTa, DcTc, Ddte, DeviceContext, FaultCause, IohgatpMode, IosatpMode,
    PdtpMode, DDI0_BITS, DDI1_BITS, DDI1_SHIFT, DDI2_BITS, DDI2_SHIFT, DDTE_BYTES,
};
use driver::regs::iommu_regs::IommuMode;
use iommu_model::DeviceRequest;

use super::{
    ats_requests, bits_of, bring_up, expect_allowed, expect_faults, peek, poke, set_ddtp,
    translated, untranslated,
};
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;

/// `DDI[level]` of `device_id` (base-format device contexts, P2IOVA step 3).
pub fn ddi(device_id: u32, level: u32) -> u64 {
    let (shift, bits) = match level {
        0 => (0, DDI0_BITS),
        1 => (DDI1_SHIFT, DDI1_BITS),
        _ => (DDI2_SHIFT, DDI2_BITS),
    };
    u64::from(device_id >> shift) & ((1 << bits) - 1)
}

/// Address of the non-leaf DDT entry of `device_id` at `level` (1 or 2) in a DDT of
/// `levels` rooted at `root`, found as GET_DC walks (the entries above must be valid).
pub fn ddte_addr<P: Platform>(
    p: &P,
    root: PhysAddr,
    levels: DdtLevels,
    device_id: u32,
    level: u32,
) -> PhysAddr {
    assert!(level >= 1 && level < levels.count(), "no non-leaf DDT level {level}");
    let mut table = root;
    let mut i = levels.count() - 1;
    loop {
        let addr = table.add(ddi(device_id, i) * DDTE_BYTES as u64);
        if i == level {
            return addr;
        }
        let e = Ddte(peek(p, addr));
        assert!(e.v(), "{}: DDT entry above level {level} of {device_id:#x} invalid", p.name());
        table = PhysAddr::from_ppn(e.ppn());
        i -= 1;
    }
}

/// Write a whole device context at `slot`.
pub fn write_dc<P: Platform>(p: &P, slot: PhysAddr, dc: &DeviceContext) {
    if let Err(e) = driver::dma::DmaMemory::write(&p.memory(), slot, &dc.to_le_bytes()) {
        panic!("{}: writing the device context at {:#x}: {e}", p.name(), slot.0);
    }
}

/// The untranslated and the translated accesses and the ATS Translation Requests of
/// `device_id` at `iova`. Translated requests locate the device context too (P2IOVA step 6,
/// before the `EN_ATS` check of step 7), so the DDT causes stop them as well.
fn every_kind(device_id: u32, iova: u64) -> Vec<DeviceRequest> {
    let mut reqs = untranslated(device_id, iova).to_vec();
    reqs.extend(translated(device_id, iova));
    reqs.extend(ats_requests(device_id, iova));
    reqs
}

/// `ddtp.iommu_mode` = Off: every request of every device stops with "All inbound
/// transactions disallowed" (256), with and without a PASID, translated or not, also for a
/// device_id no DDT mode indexes; back in the DDT mode the device translates again.
pub fn off_mode<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let dev = 0x0123;
    iommu.attach(dev, DeviceConfig { ats: true, ..DeviceConfig::bare() }).unwrap();
    let iova = 0x1234_5678;
    expect_allowed(&p, "before Off", &DeviceRequest::read(dev, iova));

    let root = iommu.ddt_root();
    set_ddtp(&p, IommuMode::OFF, root.ppn());
    let all = 256u16;
    assert_eq!(FaultCause::ALL_INBOUND_DISALLOWED.0, all, "FAULT_CAUSE spot check");
    let mut reqs = every_kind(dev, iova);
    reqs.push(DeviceRequest::read(dev, iova).with_pasid(5).privileged());
    reqs.push(DeviceRequest::read(0x77, iova)); // never attached
    reqs.push(DeviceRequest::read(0xff_ffff, iova).write()); // wider than 2LVL indexes
    expect_faults(&p, &mut iommu, "Off", &reqs, |_| FaultCause::ALL_INBOUND_DISALLOWED, false);

    set_ddtp(&p, IommuMode::LVL2, root.ppn());
    iommu.invalidate_all_devices().unwrap();
    let again = expect_allowed(&p, "back in 2LVL", &DeviceRequest::read(dev, iova));
    assert_eq!(again.ppn, iova >> driver::regs::iommu_mem::PAGE_SHIFT);
}

/// "DDT entry load access fault" (257): the device context read refused in a 1LVL DDT
/// (`ddtp.PPN` at the refused address), a 2LVL DDT whose non-leaf entry points at the
/// refused address (the leaf page), and a 3LVL DDT whose root entry does (the level-1
/// entry read is refused).
pub fn load_faults<P: Platform>(make: impl Fn() -> P) {
    let iova = 0x40_0000;
    {
        let p = make();
        let mut iommu = bring_up(&p, DdtLevels::One);
        set_ddtp(&p, IommuMode::LVL1, p.refused_address().ppn());
        iommu.invalidate_all_devices().unwrap();
        let reqs = every_kind(0x05, iova);
        let what = "1LVL, ddtp.PPN refused";
        expect_faults(&p, &mut iommu, what, &reqs, |_| FaultCause::DDT_LOAD_FAULT, false);
    }
    for (levels, dev, level) in
        [(DdtLevels::Two, 0x0123u32, 1u32), (DdtLevels::Three, 0x12_3456, 2)]
    {
        let p = make();
        let mut iommu = bring_up(&p, levels);
        iommu.attach(dev, DeviceConfig::bare()).unwrap();
        expect_allowed(&p, "before the edit", &DeviceRequest::read(dev, iova));
        let addr = ddte_addr(&p, iommu.ddt_root(), levels, dev, level);
        let e = Ddte(peek(&p, addr)).with_ppn(p.refused_address().ppn());
        poke(&p, addr, e.0);
        iommu.invalidate_all_devices().unwrap();
        let what = format!("{levels:?}, level-{level} DDT entry to the refused page");
        let reqs = every_kind(dev, iova);
        expect_faults(&p, &mut iommu, &what, &reqs, |_| FaultCause::DDT_LOAD_FAULT, false);
    }
}

/// "DDT entry not valid" (258): a non-leaf entry with V = 0 at each level of 2LVL and 3LVL
/// DDTs (never written, one cleared while its PPN still points at the leaf page, and one
/// with V = 0 and its reserved bits set: V is checked first), a
/// device context with V = 0 (never attached; detached; V = 0 with every other bit set,
/// which are don't-care).
pub fn invalid_entries<P: Platform>(make: impl Fn() -> P) {
    let iova = 0x7000;
    let invalid = |_: &DeviceRequest| FaultCause::DDT_INVALID;
    {
        let p = make();
        let mut iommu = bring_up(&p, DdtLevels::Two);
        let (a, b) = (0x0101u32, 0x0401u32);
        for dev in [a, b] {
            iommu.attach(dev, DeviceConfig::bare()).unwrap();
            expect_allowed(&p, "attached", &DeviceRequest::read(dev, iova));
        }
        // Same leaf page as `a`, never attached.
        expect_faults(
            &p,
            &mut iommu,
            "2LVL, DC never written",
            &every_kind(a + 1, iova),
            invalid,
            false,
        );
        // DDI[1] = 6: the root entry was never written.
        let c = 6 << DDI1_SHIFT | 1;
        expect_faults(&p, &mut iommu, "2LVL, root DDTE V=0", &every_kind(c, iova), invalid, false);
        // V = 0, every other bit 1.
        let slot = iommu.device_context_addr(a).unwrap().add(DeviceContext::BYTES as u64 * 2);
        let garbage = DeviceContext([u32::MAX; 8]);
        let garbage = garbage.with_tc(garbage.tc().with_v(false));
        write_dc(&p, slot, &garbage);
        iommu.invalidate_all_devices().unwrap();
        expect_faults(
            &p,
            &mut iommu,
            "DC V=0, rest ones",
            &every_kind(a + 2, iova),
            invalid,
            false,
        );
        // Detached.
        iommu.detach(a).unwrap();
        expect_faults(&p, &mut iommu, "detached", &every_kind(a, iova), invalid, false);
        // The root entry of `b` with V cleared and its PPN intact.
        let addr = ddte_addr(&p, iommu.ddt_root(), DdtLevels::Two, b, 1);
        poke(&p, addr, Ddte(peek(&p, addr)).with_v(false).0);
        iommu.invalidate_all_devices().unwrap();
        expect_faults(&p, &mut iommu, "root DDTE V cleared", &every_kind(b, iova), invalid, false);
        // V = 0 is checked before the reserved bits (GET_DC steps 5 and 6).
        poke(&p, addr, Ddte(peek(&p, addr) | Ddte::RESERVED.0).with_v(false).0);
        iommu.invalidate_all_devices().unwrap();
        let what = "root DDTE V = 0 with reserved bits";
        expect_faults(&p, &mut iommu, what, &every_kind(b, iova), invalid, false);
    }
    {
        let p = make();
        let mut iommu = bring_up(&p, DdtLevels::Three);
        let dev = 0x01_0000u32;
        iommu.attach(dev, DeviceConfig::bare()).unwrap();
        expect_allowed(&p, "attached", &DeviceRequest::read(dev, iova));
        let what = "3LVL, level-2 DDTE V=0";
        expect_faults(&p, &mut iommu, what, &every_kind(0x02_0000, iova), invalid, false);
        let what = "3LVL, level-1 DDTE V=0";
        expect_faults(
            &p,
            &mut iommu,
            what,
            &every_kind(dev | 1 << DDI1_SHIFT, iova),
            invalid,
            false,
        );
    }
}

/// "DDT entry misconfigured" (259) from the non-leaf entries: each reserved bit of a DDTE
/// (GET_DC step 6) at level 1 of a 2LVL DDT and at both levels of a 3LVL DDT. The
/// unmodified entry translates again afterwards.
pub fn misconfigured_entries<P: Platform>(make: impl Fn() -> P) {
    // Non-leaf DDT entry: V (bit 0), reserved 9:1, PPN 53:10, reserved 63:54.
    let reserved = bits_of(Ddte::RESERVED.0);
    let expected: Vec<u32> = (1..=9).chain(54..=63).collect();
    assert_eq!(reserved, expected, "reserved DDTE bits of the spec's figure");
    let iova = 0x3000;
    for (levels, dev) in [(DdtLevels::Two, 0x0181u32), (DdtLevels::Three, 0x34_0181)] {
        let p = make();
        let mut iommu = bring_up(&p, levels);
        iommu.attach(dev, DeviceConfig::bare()).unwrap();
        expect_allowed(&p, "attached", &DeviceRequest::read(dev, iova));
        for level in 1..levels.count() {
            let addr = ddte_addr(&p, iommu.ddt_root(), levels, dev, level);
            let good = peek(&p, addr);
            for (n, &bit) in reserved.iter().enumerate() {
                poke(&p, addr, good | 1 << bit);
                iommu.invalidate_all_devices().unwrap();
                let what = format!("{levels:?}, level-{level} DDTE bit {bit}");
                let mut reqs = untranslated(dev, iova).to_vec();
                if n == 0 {
                    reqs.extend(translated(dev, iova));
                    reqs.extend(ats_requests(dev, iova));
                }
                let cause = |_: &DeviceRequest| FaultCause::DDT_MISCONFIGURED;
                expect_faults(&p, &mut iommu, &what, &reqs, cause, false);
            }
            poke(&p, addr, good);
            iommu.invalidate_all_devices().unwrap();
            expect_allowed(&p, "restored", &DeviceRequest::read(dev, iova));
        }
    }
}

/// Every DC_MISCONFIG rule this configuration can break, on a device context that is valid
/// before and after (Sv39 first stage, EN_ATS): each reserved bit of `tc`, `ta` and `fsc`;
/// EN_PRI without EN_ATS; PRPR without EN_PRI; T2GPA (unsupported, and with a Bare
/// `iohgatp`); PDTV = 1 with a reserved or custom `pdtp.MODE`; PDTV = 0 with a reserved or
/// custom `iosatp.MODE` or unsupported Sv57; DPE with PDTV = 0; every `iohgatp.MODE` but
/// Bare (no second stage); SADE or GADE without AMO_HWAD; SBE = 1 (`fctl.BE` = 0 is not
/// writable); SXL = 1 (`fctl.GXL` = 0 is not writable). Each gives cause 259 for the
/// accesses and UR for ATS.
///
/// `tc` bits 31:24 are designated for custom use, not reserved; this implementation defines
/// none and its register map declares them must-be-zero, so they are checked with the
/// reserved bits (the project's choice, `regmaps/iommu_mem_pkg.sv`).
pub fn device_context_checks<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::One);
    let mem = p.memory();
    let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let iova = 0x10_0000;
    let pa = 0x8800_0000;
    space.map(iova, pa, PageSize::Size4K, Flags::USER_RW).unwrap();
    let dev = 0x05;
    let root = PhysAddr::from_ppn(space.root_ppn());
    let cfg = DeviceConfig { ats: true, ..DeviceConfig::address_space(PagingMode::Sv39, root, 9) };
    iommu.attach(dev, cfg).unwrap();
    let good = iommu.device_context(dev).unwrap();
    let slot = iommu.device_context_addr(dev).unwrap();
    let t = expect_allowed(&p, "valid DC", &DeviceRequest::read(dev, iova));
    assert_eq!(t.ppn, pa >> driver::regs::iommu_mem::PAGE_SHIFT);

    let tc = good.tc();
    let with_tc = |tc: DcTc| good.with_tc(tc);
    let mut cases: Vec<(alloc::string::String, DeviceContext)> = Vec::new();
    // Reserved bits of every doubleword, from the context's RESERVED mask.
    let reserved = DeviceContext::RESERVED.0;
    let doubleword = |i: usize| u64::from(reserved[2 * i]) | u64::from(reserved[2 * i + 1]) << 32;
    for (i, name) in ["tc", "iohgatp", "ta", "fsc"].into_iter().enumerate() {
        for bit in bits_of(doubleword(i)) {
            let mut dc = good;
            dc.0[2 * i + (bit / 32) as usize] |= 1 << (bit % 32);
            cases.push((format!("{name} reserved bit {bit}"), dc));
        }
    }
    // Spot checks of the DC figures: tc 23:12 reserved, 31:24 custom, 63:32 reserved;
    // iohgatp none (its MODE is checked below); ta 11:0, 39:32 reserved, RCID/MCID 63:40
    // (no QOSID); fsc 59:44.
    assert_eq!(bits_of(doubleword(0)), (12..=63).collect::<Vec<_>>());
    assert_eq!(bits_of(doubleword(0)), bits_of(DcTc::RESERVED.0));
    assert_eq!(doubleword(1), 0);
    assert_eq!(bits_of(doubleword(2)), (0..=11).chain(32..=63).collect::<Vec<_>>());
    assert_eq!(bits_of(doubleword(2)), bits_of(DcTa::RESERVED.0));
    assert_eq!(bits_of(doubleword(3)), (44..=59).collect::<Vec<_>>());
    assert_eq!(bits_of(doubleword(3)), bits_of(DcFsc::RESERVED.0));
    let rule = |name: &str, dc: DeviceContext| (alloc::string::String::from(name), dc);
    cases.push(rule("EN_PRI without EN_ATS", with_tc(tc.with_en_ats(false).with_en_pri(true))));
    cases.push(rule("PRPR without EN_PRI", with_tc(tc.with_prpr(true))));
    cases.push(rule(
        "PRPR, EN_PRI without EN_ATS",
        with_tc(tc.with_en_ats(false).with_en_pri(true).with_prpr(true)),
    ));
    cases.push(rule("T2GPA (no capability, Bare iohgatp)", with_tc(tc.with_t2gpa(true))));
    cases.push(rule("T2GPA without EN_ATS", with_tc(tc.with_en_ats(false).with_t2gpa(true))));
    cases.push(rule("DPE with PDTV = 0", with_tc(tc.with_dpe(true))));
    cases.push(rule("SADE without AMO_HWAD", with_tc(tc.with_sade(true))));
    cases.push(rule("GADE without AMO_HWAD", with_tc(tc.with_gade(true))));
    cases.push(rule("SBE = 1 with fctl.BE = 0 fixed", with_tc(tc.with_sbe(true))));
    // SXL = 1 alone (Bare iosatp, and a PD8 pdtp): only the SXL rule is broken.
    let bare = good.with_fsc(DcFsc::default().with_mode(IosatpMode::BARE.0));
    cases.push(rule("SXL = 1 with fctl.GXL = 0 fixed", bare.with_tc(tc.with_sxl(true))));
    let pd8 = good
        .with_tc(tc.with_pdtv(true))
        .with_fsc(DcFsc::default().with_mode(PdtpMode::PD8.0).with_ppn(space.root_ppn()));
    cases.push(rule("SXL = 1, PDTV = 1", pd8.with_tc(pd8.tc().with_sxl(true))));
    // pdtp.MODE 4..=13 reserved, 14..=15 custom (PDTP_MODE_ENC): this implementation
    // defines no custom mode, so those are unsupported too.
    for mode in 4..=15u8 {
        let fsc = pd8.fsc().with_mode(mode);
        cases.push((format!("PDTV = 1, pdtp.MODE {mode}"), pd8.with_fsc(fsc)));
    }
    // iosatp.MODE 1..=7 and 11..=13 reserved, 10 (Sv57) unsupported, 14..=15 custom and
    // undefined here (IOSATP_MODE_ENC-0).
    assert_eq!(IosatpMode::SV57.0, 10, "IOSATP_MODE_ENC-0 spot check");
    for mode in (1..=7u8).chain(10..=15) {
        let fsc = good.fsc().with_mode(mode);
        cases.push((format!("PDTV = 0, iosatp.MODE {mode}"), good.with_fsc(fsc)));
    }
    // Every iohgatp.MODE but Bare: 8..=10 unsupported (no Sv*x4), the others reserved.
    for mode in 1..=15u8 {
        let gatp = DcIohgatp::default().with_mode(IohgatpMode(mode));
        cases.push((format!("iohgatp.MODE {mode}"), good.with_iohgatp(gatp)));
    }
    // The contexts used as bases above are themselves valid.
    for (name, dc) in [("Bare iosatp", bare), ("PD8 pdtp", pd8)] {
        write_dc(&p, slot, &dc);
        iommu.invalidate_device(dev).unwrap();
        expect_allowed(&p, name, &DeviceRequest::read(dev, iova));
    }

    for (name, dc) in &cases {
        write_dc(&p, slot, dc);
        iommu.invalidate_device(dev).unwrap();
        let mut reqs = untranslated(dev, iova).to_vec();
        reqs.push(translated(dev, iova)[0]);
        reqs.push(ats_requests(dev, iova)[0]);
        let cause = |_: &DeviceRequest| FaultCause::DDT_MISCONFIGURED;
        expect_faults(&p, &mut iommu, name, &reqs, cause, false);
    }
    write_dc(&p, slot, &good);
    iommu.invalidate_device(dev).unwrap();
    let t = expect_allowed(&p, "restored", &DeviceRequest::read(dev, iova).write());
    assert_eq!(t.ppn, pa >> driver::regs::iommu_mem::PAGE_SHIFT);
}
