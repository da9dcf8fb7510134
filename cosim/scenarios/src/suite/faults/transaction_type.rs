//! "Transaction type disallowed" (260), every condition of P2IOVA that raises it here:
//! Translated and ATS requests in Bare mode (step 2), a device_id wider than the DDT mode
//! (step 5), Translated and ATS requests without `EN_ATS`, a `process_id` with PDTV = 0 or
//! wider than the PD mode (step 7), and a supervisor request to a process context with
//! ENS = 0 (step 15). An ATS Translation Request gets Unsupported Request.

use alloc::format;

use driver::dma::PhysAddr;
use driver::iommu::{DdtLevels, DeviceConfig, PagingMode, ProcessConfig};
use driver::regs::iommu_mem::{
    FaultCause, DDI1_SHIFT, DDI2_SHIFT, PAGE_SHIFT, PDI1_SHIFT, PDI2_SHIFT,
};
use driver::regs::iommu_regs::IommuMode;
use iommu_model::{DeviceRequest, RequestKind};

use super::{
    ats_requests, bring_up, expect_allowed, expect_fault, expect_faults, set_ddtp, untranslated,
};
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;

fn disallowed(_: &DeviceRequest) -> FaultCause {
    FaultCause::TTYP_DISALLOWED
}

/// The three Translated requests (read, write, read for execute) of `device_id` at `addr`.
pub fn translated(device_id: u32, addr: u64) -> [DeviceRequest; 3] {
    let r = DeviceRequest::read(device_id, addr).kind(RequestKind::Translated);
    [r, r.write(), r.execute()]
}

/// `ddtp.iommu_mode` = Bare: Untranslated requests pass untranslated, Translated requests
/// and ATS Translation Requests are disallowed (with or without a PASID).
pub fn bare_mode<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    set_ddtp(&p, IommuMode::BARE, 0);
    let (dev, iova) = (0x0155, 0x0012_3456_7000u64);
    for req in untranslated(dev, iova) {
        let t = expect_allowed(&p, "Bare, untranslated", &req);
        assert_eq!(t.ppn, iova >> PAGE_SHIFT, "{}: Bare is the identity", p.name());
    }
    expect_faults(&p, &mut iommu, "Bare, translated", &translated(dev, iova), disallowed, false);
    expect_faults(&p, &mut iommu, "Bare, ATS", &ats_requests(dev, iova), disallowed, false);
    let with_pasid = ats_requests(dev, iova).map(|r| r.with_pasid(3).privileged());
    expect_faults(&p, &mut iommu, "Bare, ATS with PASID", &with_pasid, disallowed, false);
}

/// A device_id wider than the DDT mode indexes (step 5): `DDI[1]` or `DDI[2]` not 0 in 1LVL,
/// `DDI[2]` not 0 in 2LVL. The widest device_id of the mode still translates.
pub fn device_id_too_wide<P: Platform>(make: impl Fn() -> P) {
    for (levels, widest, too_wide) in [
        (DdtLevels::One, (1u32 << DDI1_SHIFT) - 1, [1u32 << DDI1_SHIFT, 1 << DDI2_SHIFT]),
        (DdtLevels::Two, (1 << DDI2_SHIFT) - 1, [1 << DDI2_SHIFT, 0xff_ffff]),
    ] {
        let p = make();
        let mut iommu = bring_up(&p, levels);
        iommu.attach(widest, DeviceConfig { ats: true, ..DeviceConfig::bare() }).unwrap();
        expect_allowed(&p, "widest device_id", &DeviceRequest::read(widest, 0x5000));
        for dev in too_wide {
            let what = format!("{levels:?}, device_id {dev:#x}");
            let mut reqs = untranslated(dev, 0x5000).to_vec();
            reqs.extend(translated(dev, 0x5000));
            reqs.extend(ats_requests(dev, 0x5000));
            expect_faults(&p, &mut iommu, &what, &reqs, disallowed, false);
        }
    }
}

/// Translated requests and ATS Translation Requests from a device with `EN_ATS` = 0; with
/// `EN_ATS` = 1 (and T2GPA = 0) a Translated request is complete as it is (step 8).
pub fn without_ats<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let (plain, ats) = (0x0200u32, 0x0201u32);
    iommu.attach(plain, DeviceConfig::bare()).unwrap();
    iommu.attach(ats, DeviceConfig { ats: true, ..DeviceConfig::bare() }).unwrap();
    let addr = 0x0000_00ab_cdef_0000u64;
    expect_allowed(&p, "untranslated without EN_ATS", &DeviceRequest::read(plain, addr));
    let what = "EN_ATS = 0, translated";
    expect_faults(&p, &mut iommu, what, &translated(plain, addr), disallowed, false);
    let what = "EN_ATS = 0, ATS";
    expect_faults(&p, &mut iommu, what, &ats_requests(plain, addr), disallowed, false);
    for req in translated(ats, addr) {
        let t = expect_allowed(&p, "EN_ATS = 1, translated", &req);
        assert_eq!(t.ppn, addr >> PAGE_SHIFT, "{}: translated address used as is", p.name());
    }
}

/// A request with a `process_id` to a device with PDTV = 0, and one whose `process_id` is
/// wider than the device's PD mode (PD8: bits 19:8 must be 0, PD17: bits 19:17), also for
/// Translated requests. The widest PASID of each mode passes this check (and, without a
/// process context, stops at the directory instead: 266, while a Translated request with it
/// is complete at step 8).
pub fn process_id_not_allowed<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let iova = 0x20_0000;
    space.map(iova, 0x8900_0000, PageSize::Size4K, Flags::USER_RW).unwrap();
    let root = PhysAddr::from_ppn(space.root_ppn());

    let single = 0x0300u32;
    let cfg = DeviceConfig { ats: true, ..DeviceConfig::address_space(PagingMode::Sv39, root, 1) };
    iommu.attach(single, cfg).unwrap();
    expect_allowed(&p, "PDTV = 0 without PASID", &DeviceRequest::read(single, iova));
    let mut reqs = untranslated(single, iova).map(|r| r.with_pasid(1)).to_vec();
    reqs.push(DeviceRequest::read(single, iova).with_pasid(1).privileged());
    reqs.extend(translated(single, iova).map(|r| r.with_pasid(1)));
    reqs.extend(ats_requests(single, iova).map(|r| r.with_pasid(1)));
    expect_faults(&p, &mut iommu, "PASID with PDTV = 0", &reqs, disallowed, false);

    // PD8 indexes PDI[0] (bits 7:0), PD17 PDI[1] and PDI[0] (bits 16:0).
    for (pasid_bits, dev, wider) in [
        (PDI1_SHIFT, 0x0301u32, [1u32 << PDI1_SHIFT, 0xf_ffff]),
        (PDI2_SHIFT, 0x0302, [1 << PDI2_SHIFT, 1 << PDI2_SHIFT | 5]),
    ] {
        let widest = (1u32 << pasid_bits) - 1;
        let cfg = DeviceConfig { ats: true, ..DeviceConfig::process_directory(pasid_bits) };
        iommu.attach(dev, cfg).unwrap();
        iommu.set_process(dev, widest, ProcessConfig::user(PagingMode::Sv39, root, 2)).unwrap();
        let t =
            expect_allowed(&p, "widest PASID", &DeviceRequest::read(dev, iova).with_pasid(widest));
        assert_eq!(t.ppn, 0x8900_0000 >> PAGE_SHIFT);
        let unset = widest - 1;
        let what = format!("{pasid_bits}-bit PDT, PASID {unset:#x} without a context");
        let req = DeviceRequest::read(dev, iova).with_pasid(unset);
        expect_fault(&p, &mut iommu, &what, &req, FaultCause::PDT_INVALID, false);
        // A Translated request is complete after step 7 (T2GPA = 0): no process context is
        // looked up, so neither its absence nor ENS matters.
        for req in translated(dev, iova).map(|r| r.with_pasid(unset).privileged()) {
            let t = expect_allowed(&p, "translated, PASID without a context", &req);
            assert_eq!(t.ppn, iova >> PAGE_SHIFT, "{}: translated address used as is", p.name());
        }
        for pasid in wider {
            let what = format!("{pasid_bits}-bit PDT, PASID {pasid:#x}");
            let mut reqs = untranslated(dev, iova).map(|r| r.with_pasid(pasid)).to_vec();
            reqs.extend(translated(dev, iova).map(|r| r.with_pasid(pasid)));
            reqs.extend(ats_requests(dev, iova).map(|r| r.with_pasid(pasid)));
            expect_faults(&p, &mut iommu, &what, &reqs, disallowed, false);
        }
    }
}

/// A request asking for supervisor privilege to a process context with ENS = 0 (step 15);
/// the same PASID without privilege translates.
pub fn supervisor_not_enabled<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let mut space = PageTables::new(&mem, PagingMode::Sv48).unwrap();
    let (user, kernel) = (0x7f00_0000_0000u64, 0x10_0000u64);
    space.map(user, 0x8a00_0000, PageSize::Size4K, Flags::USER_RW).unwrap();
    space.map(kernel, 0x8b00_0000, PageSize::Size4K, Flags::KERNEL_RW).unwrap();
    let root = PhysAddr::from_ppn(space.root_ppn());
    let dev = 0x0400u32;
    let pasid = 0x42;
    let cfg = DeviceConfig { ats: true, ..DeviceConfig::process_directory(8) };
    iommu.attach(dev, cfg).unwrap();
    let pc =
        ProcessConfig { ens: false, sum: true, ..ProcessConfig::user(PagingMode::Sv48, root, 3) };
    iommu.set_process(dev, pasid, pc).unwrap();
    expect_allowed(&p, "user request", &DeviceRequest::read(dev, user).with_pasid(pasid).write());
    for iova in [user, kernel] {
        let mut reqs = untranslated(dev, iova).map(|r| r.with_pasid(pasid).privileged()).to_vec();
        reqs.extend(ats_requests(dev, iova).map(|r| r.with_pasid(pasid).privileged()));
        let what = format!("ENS = 0, supervisor request at {iova:#x}");
        expect_faults(&p, &mut iommu, &what, &reqs, disallowed, false);
    }
}
