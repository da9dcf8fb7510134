//! `DC.tc.DTF` = 1 (disable translation faults): the causes FAULT_CAUSE marks "No" are not
//! recorded although the request still faults; those marked "Yes" are; and a fault that
//! prevents locating a valid device context is reported as if `DTF` were 0 (FAULT_QUEUE),
//! even when its cause is marked "No" (260 for a device_id too wide for the DDT).
//!
//! ATS Translation Requests answered UR or CA by a device with `DTF` = 1 are not recorded
//! either: ATS_FAULTS says UR/CA faults are reported "through the fault/event reporting
//! mechanism", and `DTF` governs that mechanism (the project's reading, `iommu_model`
//! crate docs).

use driver::dma::PhysAddr;
use driver::iommu::{DdtLevels, DeviceConfig, PagingMode, PdtLevels, ProcessConfig};
use driver::regs::iommu_mem::{Ddte, FaultCause, IosatpMode, DDI1_SHIFT, DDI2_SHIFT};
use driver::regs::iommu_regs::IommuMode;
use iommu_model::DeviceRequest;

use super::device_directory::{ddte_addr, write_dc};
use super::process_directory::pdt_entry_addr;
use super::transaction_type::translated;
use super::{
    access_fault_of, ats_requests, bring_up, expect_allowed, expect_fault, expect_faults,
    page_fault_of, peek, poke, set_ddtp, untranslated,
};
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;

/// Every reachable cause with `DTF` = 1: 1/5/7, 12/13/15, 260 (Translated and ATS without
/// EN_ATS, PASID with PDTV = 0, PASID wider than PD8, supervisor with ENS = 0), 265, 266 and
/// 267 fault without a record; 259 (a DTF context that is misconfigured), 258 (V = 0 with
/// the DTF bit set), 257, 260 for a device_id too wide and 256 are recorded. A device
/// without `DTF` next to them still reports everything.
pub fn disable_translation_faults<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let (good, unmapped, broken) = (0x1000_0000u64, 0x1000_1000u64, 0x2000_0000u64);
    space.map(good, 0x9400_0000, PageSize::Size4K, Flags::USER_RW).unwrap();
    // A non-leaf entry pointing at the refused page: a PTE read is refused below it.
    space.map(broken, 0x9400_1000, PageSize::Size4K, Flags::USER_RW).unwrap();
    let pointer = space.read_pte(broken, 1).unwrap().unwrap().with_ppn(p.refused_address().ppn());
    space.write_pte(broken, 1, pointer).unwrap();
    let root = PhysAddr::from_ppn(space.root_ppn());
    let dtf = |cfg: DeviceConfig| DeviceConfig { disable_translation_faults: true, ..cfg };

    // One address space, EN_ATS = 0.
    let single = 0x0010;
    iommu.attach(single, dtf(DeviceConfig::address_space(PagingMode::Sv39, root, 1))).unwrap();
    expect_allowed(&p, "DTF device", &DeviceRequest::read(single, good));
    expect_faults(
        &p,
        &mut iommu,
        "DTF, page fault",
        &untranslated(single, unmapped),
        page_fault_of,
        true,
    );
    expect_faults(
        &p,
        &mut iommu,
        "DTF, access fault",
        &untranslated(single, broken),
        access_fault_of,
        true,
    );
    let disallowed = |_: &DeviceRequest| FaultCause::TTYP_DISALLOWED;
    let mut reqs = translated(single, good).to_vec();
    reqs.extend(ats_requests(single, good));
    reqs.extend(untranslated(single, good).map(|r| r.with_pasid(1)));
    expect_faults(&p, &mut iommu, "DTF, 260", &reqs, disallowed, true);

    // The same with EN_ATS: ATS page faults are Successes, access faults Completer Aborts.
    let ats = 0x0011;
    let cfg = DeviceConfig { ats: true, ..DeviceConfig::address_space(PagingMode::Sv39, root, 1) };
    iommu.attach(ats, dtf(cfg)).unwrap();
    expect_faults(
        &p,
        &mut iommu,
        "DTF, ATS page fault",
        &ats_requests(ats, unmapped),
        page_fault_of,
        true,
    );
    expect_faults(
        &p,
        &mut iommu,
        "DTF, ATS access fault",
        &ats_requests(ats, broken),
        access_fault_of,
        true,
    );

    // A process directory (PD8): 260, 265, 266, 267.
    let pd = 0x0012;
    iommu
        .attach(pd, dtf(DeviceConfig { ats: true, ..DeviceConfig::process_directory(8) }))
        .unwrap();
    iommu.set_process(pd, 1, ProcessConfig::user(PagingMode::Sv39, root, 2)).unwrap();
    iommu.set_process(pd, 2, ProcessConfig::user(PagingMode::Sv39, root, 3)).unwrap();
    expect_allowed(&p, "DTF process", &DeviceRequest::read(pd, good).with_pasid(1));
    let mut reqs = untranslated(pd, good).map(|r| r.with_pasid(1).privileged()).to_vec();
    reqs.extend(untranslated(pd, good).map(|r| r.with_pasid(1 << 8)));
    expect_faults(&p, &mut iommu, "DTF, 260 with a PASID", &reqs, disallowed, true);
    let invalid = |_: &DeviceRequest| FaultCause::PDT_INVALID;
    let reqs = untranslated(pd, good).map(|r| r.with_pasid(7));
    expect_faults(&p, &mut iommu, "DTF, 266", &reqs, invalid, true);
    let pdt_root = iommu.process_directory_pages(pd)[0];
    let pc_addr = pdt_entry_addr(&p, pdt_root, PdtLevels::Pd8, 2, 0);
    let pc = iommu.process_context(pd, 2).unwrap();
    let bad = pc.with_fsc(pc.fsc().with_mode(IosatpMode::SV57));
    if let Err(e) = driver::dma::DmaMemory::write(&p.memory(), pc_addr, &bad.to_le_bytes()) {
        panic!("{e}");
    }
    iommu.invalidate_process(pd, 2).unwrap();
    let mut reqs = untranslated(pd, good).map(|r| r.with_pasid(2)).to_vec();
    reqs.extend(ats_requests(pd, good).map(|r| r.with_pasid(2)));
    let misconfigured = |_: &DeviceRequest| FaultCause::PDT_MISCONFIGURED;
    expect_faults(&p, &mut iommu, "DTF, 267", &reqs, misconfigured, true);
    let dc = iommu.device_context(pd).unwrap();
    let refused = dc.with_fsc(dc.fsc().with_ppn(p.refused_address().ppn()));
    write_dc(&p, iommu.device_context_addr(pd).unwrap(), &refused);
    iommu.invalidate_device(pd).unwrap();
    let mut reqs = untranslated(pd, good).map(|r| r.with_pasid(1)).to_vec();
    reqs.extend(ats_requests(pd, good).map(|r| r.with_pasid(1)));
    let load = |_: &DeviceRequest| FaultCause::PDT_LOAD_FAULT;
    expect_faults(&p, &mut iommu, "DTF, 265", &reqs, load, true);

    // "Yes" causes with DTF = 1 in the context: a misconfigured DTF context (SADE)...
    let dc = iommu.device_context(single).unwrap();
    let slot = iommu.device_context_addr(single).unwrap();
    write_dc(&p, slot, &dc.with_tc(dc.tc().with_sade(true)));
    iommu.invalidate_device(single).unwrap();
    let cause = |_: &DeviceRequest| FaultCause::DDT_MISCONFIGURED;
    expect_faults(&p, &mut iommu, "DTF, 259", &untranslated(single, good), cause, true);
    // ... and one with V = 0 whose DTF bit is set: no valid context, DTF counts as 0.
    write_dc(&p, slot, &dc.with_tc(dc.tc().with_v(false)));
    iommu.invalidate_device(single).unwrap();
    let cause = |_: &DeviceRequest| FaultCause::DDT_INVALID;
    expect_faults(&p, &mut iommu, "DTF bit, V = 0", &untranslated(single, good), cause, false);
    // A DTF device behind a DDT entry pointing at the refused page (its own DDI[1]).
    let far = 0x1203;
    assert_ne!(far >> DDI1_SHIFT, single >> DDI1_SHIFT);
    iommu.attach(far, dtf(DeviceConfig::address_space(PagingMode::Sv39, root, 4))).unwrap();
    let addr = ddte_addr(&p, iommu.ddt_root(), DdtLevels::Two, far, 1);
    poke(&p, addr, Ddte(peek(&p, addr)).with_ppn(p.refused_address().ppn()).0);
    iommu.invalidate_all_devices().unwrap();
    let cause = |_: &DeviceRequest| FaultCause::DDT_LOAD_FAULT;
    expect_faults(&p, &mut iommu, "DTF device, 257", &untranslated(far, good), cause, false);
    // 260 without a device context: the device_id is wider than 2LVL indexes.
    let wide = 1 << DDI2_SHIFT | single;
    expect_faults(
        &p,
        &mut iommu,
        "device_id too wide",
        &untranslated(wide, good),
        disallowed,
        false,
    );

    // A device without DTF on the same tables reports its page faults.
    let plain = 0x0013;
    iommu.attach(plain, DeviceConfig::address_space(PagingMode::Sv39, root, 5)).unwrap();
    let req = DeviceRequest::read(plain, unmapped);
    expect_fault(&p, &mut iommu, "no DTF", &req, FaultCause::RD_PAGE_FAULT, false);

    set_ddtp(&p, IommuMode::OFF, iommu.ddt_root().ppn());
    let cause = |_: &DeviceRequest| FaultCause::ALL_INBOUND_DISALLOWED;
    expect_faults(&p, &mut iommu, "Off", &untranslated(ats, good), cause, false);
}
