//! Faults met while locating the process context (GET_PC, PC_MISCONFIG): causes 265, 266
//! and 267, in PD8, PD17 and PD20 directories. ATS Translation Requests get Completer
//! Abort for 265 and 267, a Success granting nothing (and no record) for 266.

use alloc::format;
use alloc::vec::Vec;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{DdtLevels, DeviceConfig, FirstStage, PagingMode, PdtLevels, ProcessConfig};
use driver::regs::iommu_mem::{
    FaultCause, IosatpMode, PcFsc, PcTa, Pdte, ProcessContext, PAGE_SHIFT, PDI0_BITS, PDI1_BITS,
    PDI1_SHIFT, PDI2_BITS, PDI2_SHIFT, PDTE_BYTES, PROCESS_CONTEXT_BYTES,
};
use iommu_model::DeviceRequest;

use super::device_directory::write_dc;
use super::{
    ats_requests, bits_of, bring_up, expect_allowed, expect_faults, peek, poke, untranslated,
};
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;

/// `PDI[level]` of `process_id` (GET_PC).
pub fn pdi(process_id: u32, level: u32) -> u64 {
    let (shift, bits) = match level {
        0 => (0, PDI0_BITS),
        1 => (PDI1_SHIFT, PDI1_BITS),
        _ => (PDI2_SHIFT, PDI2_BITS),
    };
    u64::from(process_id >> shift) & ((1 << bits) - 1)
}

/// Address of the PDT entry of `process_id` at `level` (0: the process context) in a
/// directory of `levels` rooted at `root`, found as GET_PC walks (the entries above must
/// be valid).
pub fn pdt_entry_addr<P: Platform>(
    p: &P,
    root: PhysAddr,
    levels: PdtLevels,
    process_id: u32,
    level: u32,
) -> PhysAddr {
    let mut table = root;
    let mut i = levels.count() - 1;
    loop {
        if i == 0 {
            return table.add(pdi(process_id, 0) * PROCESS_CONTEXT_BYTES as u64);
        }
        let addr = table.add(pdi(process_id, i) * PDTE_BYTES as u64);
        if i == level {
            return addr;
        }
        let e = Pdte(peek(p, addr));
        assert!(e.v(), "{}: PDT entry above level {level} of {process_id:#x} invalid", p.name());
        table = PhysAddr::from_ppn(e.ppn());
        i -= 1;
    }
}

/// Write a whole process context at `addr`.
pub fn write_pc<P: Platform>(p: &P, addr: PhysAddr, pc: &ProcessContext) {
    if let Err(e) = p.memory().write(addr, &pc.to_le_bytes()) {
        panic!("{}: writing the process context at {:#x}: {e}", p.name(), addr.0);
    }
}

/// The untranslated accesses and ATS Translation Requests of `device_id` with `pasid`.
fn with_pasid(device_id: u32, iova: u64, pasid: u32) -> Vec<DeviceRequest> {
    let mut reqs = untranslated(device_id, iova).map(|r| r.with_pasid(pasid)).to_vec();
    reqs.extend(ats_requests(device_id, iova).map(|r| r.with_pasid(pasid)));
    reqs
}

/// A user address space with one read/write page at `iova`.
fn address_space<D: DmaMemory + ?Sized>(mem: &D, iova: u64, pa: u64) -> PhysAddr {
    let mut space = PageTables::new(mem, PagingMode::Sv39).unwrap();
    space.map(iova, pa, PageSize::Size4K, Flags::USER_RW).unwrap();
    PhysAddr::from_ppn(space.root_ppn())
}

/// "PDT entry load access fault" (265): the root of a PD8 directory refused (the process
/// context read), of a PD20 directory (the first non-leaf entry read; also for a request
/// without PASID through DPE), and a non-leaf entry of PD17 and PD20 directories pointing
/// at the refused page.
pub fn load_faults<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let refused = p.refused_address();
    let iova = 0x30_0000;
    let root = address_space(&mem, iova, 0x9100_0000);
    let load = |_: &DeviceRequest| FaultCause::PDT_LOAD_FAULT;

    for (dev, bits, pasid) in [(0x0700u32, 8u32, 5u32), (0x0701, 20, 0xa_bcde)] {
        let cfg = DeviceConfig {
            ats: true,
            first_stage: FirstStage::ProcessDirectory {
                pasid_bits: bits,
                default_process_zero: true,
            },
            ..DeviceConfig::bare()
        };
        iommu.attach(dev, cfg).unwrap();
        iommu.set_process(dev, pasid, ProcessConfig::user(PagingMode::Sv39, root, 1)).unwrap();
        expect_allowed(&p, "valid process", &DeviceRequest::read(dev, iova).with_pasid(pasid));
        let good = iommu.device_context(dev).unwrap();
        let bad = good.with_fsc(good.fsc().with_ppn(refused.ppn()));
        write_dc(&p, iommu.device_context_addr(dev).unwrap(), &bad);
        iommu.invalidate_device(dev).unwrap();
        let mut reqs = with_pasid(dev, iova, pasid);
        reqs.push(DeviceRequest::read(dev, iova).with_pasid(pasid).privileged());
        reqs.push(DeviceRequest::read(dev, iova)); // DPE: process_id 0
        let what = format!("PD{bits} root refused");
        expect_faults(&p, &mut iommu, &what, &reqs, load, false);
    }
    for (dev, bits, levels, pasid, level) in [
        (0x0702u32, 17u32, PdtLevels::Pd17, 0x1_0005u32, 1u32),
        (0x0703, 20, PdtLevels::Pd20, 0xf_0105, 2),
        (0x0704, 20, PdtLevels::Pd20, 0xf_0105, 1),
    ] {
        let cfg = DeviceConfig { ats: true, ..DeviceConfig::process_directory(bits) };
        iommu.attach(dev, cfg).unwrap();
        assert_eq!(iommu.process_directory(dev), Some(levels));
        iommu.set_process(dev, pasid, ProcessConfig::user(PagingMode::Sv39, root, 2)).unwrap();
        expect_allowed(&p, "valid process", &DeviceRequest::read(dev, iova).with_pasid(pasid));
        let pdt_root = iommu.process_directory_pages(dev)[0];
        let addr = pdt_entry_addr(&p, pdt_root, levels, pasid, level);
        poke(&p, addr, Pdte(peek(&p, addr)).with_ppn(refused.ppn()).0);
        iommu.invalidate_device(dev).unwrap();
        let what = format!("PD{bits}, level-{level} PDTE to the refused page");
        expect_faults(&p, &mut iommu, &what, &with_pasid(dev, iova, pasid), load, false);
    }
}

/// "PDT entry not valid" (266): a process context with V = 0 (never written; V = 0 with
/// every other bit set; removed; PASID 0 of a DPE device asked for without a PASID), and a
/// non-leaf entry with V = 0 at each level of PD17 and PD20 directories (never written,
/// cleared with its PPN intact, and V = 0 with reserved bits set: V is checked first). ATS: Success with nothing granted (Priv as requested), no
/// record.
pub fn invalid_entries<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let iova = 0x31_0000;
    let pa = 0x9200_0000u64;
    let root = address_space(&mem, iova, pa);
    let invalid = |_: &DeviceRequest| FaultCause::PDT_INVALID;
    let user = |pscid| ProcessConfig::user(PagingMode::Sv39, root, pscid);
    let ats = |bits| DeviceConfig { ats: true, ..DeviceConfig::process_directory(bits) };

    // PD8.
    let dev = 0x0800;
    iommu.attach(dev, ats(8)).unwrap();
    iommu.set_process(dev, 1, user(1)).unwrap();
    expect_allowed(&p, "PASID 1", &DeviceRequest::read(dev, iova).with_pasid(1));
    expect_faults(&p, &mut iommu, "PC never written", &with_pasid(dev, iova, 2), invalid, false);
    let priv_ats = ats_requests(dev, iova).map(|r| r.with_pasid(2).privileged());
    expect_faults(&p, &mut iommu, "PC never written, supervisor ATS", &priv_ats, invalid, false);
    let pdt_root = iommu.process_directory_pages(dev)[0];
    let garbage = ProcessContext([u32::MAX; 4]);
    let garbage = garbage.with_ta(garbage.ta().with_v(false));
    write_pc(&p, pdt_entry_addr(&p, pdt_root, PdtLevels::Pd8, 3, 0), &garbage);
    iommu.invalidate_process(dev, 3).unwrap();
    expect_faults(&p, &mut iommu, "PC V=0, rest ones", &with_pasid(dev, iova, 3), invalid, false);
    iommu.remove_process(dev, 1).unwrap();
    expect_faults(&p, &mut iommu, "PC removed", &with_pasid(dev, iova, 1), invalid, false);

    // DPE: a request without PASID uses process_id 0, which has no context yet; the record
    // reports the transaction as it came (no PASID).
    let dpe = 0x0803;
    let cfg = DeviceConfig {
        ats: true,
        first_stage: FirstStage::ProcessDirectory { pasid_bits: 8, default_process_zero: true },
        ..DeviceConfig::bare()
    };
    iommu.attach(dpe, cfg).unwrap();
    let mut reqs = untranslated(dpe, iova).to_vec();
    reqs.extend(ats_requests(dpe, iova));
    expect_faults(&p, &mut iommu, "DPE, process 0 not set", &reqs, invalid, false);
    iommu.set_process(dpe, 0, user(3)).unwrap();
    let t = expect_allowed(&p, "DPE, process 0 set", &DeviceRequest::read(dpe, iova));
    assert_eq!(t.ppn, pa >> PAGE_SHIFT);

    // PD17 and PD20: non-leaf entries.
    for (dev, bits, levels, pasid, siblings) in [
        (0x0801u32, 17u32, PdtLevels::Pd17, 0x1_0001u32, [(1u32, 0x0_0201u32)].to_vec()),
        (0x0802, 20, PdtLevels::Pd20, 0x8_1234, [(2, 0x2_1234), (1, 0x8_2234)].to_vec()),
    ] {
        iommu.attach(dev, ats(bits)).unwrap();
        iommu.set_process(dev, pasid, user(4)).unwrap();
        expect_allowed(&p, "valid process", &DeviceRequest::read(dev, iova).with_pasid(pasid));
        for (level, other) in siblings {
            let what = format!("PD{bits}, level-{level} PDTE never written");
            expect_faults(&p, &mut iommu, &what, &with_pasid(dev, iova, other), invalid, false);
        }
        let pdt_root = iommu.process_directory_pages(dev)[0];
        let addr = pdt_entry_addr(&p, pdt_root, levels, pasid, levels.count() - 1);
        poke(&p, addr, Pdte(peek(&p, addr)).with_v(false).0);
        iommu.invalidate_device(dev).unwrap();
        let what = format!("PD{bits}, root PDTE V cleared");
        expect_faults(&p, &mut iommu, &what, &with_pasid(dev, iova, pasid), invalid, false);
        // V = 0 is checked before the reserved bits (GET_PC steps 7 and 8).
        poke(&p, addr, Pdte(peek(&p, addr) | Pdte::RESERVED.0).with_v(false).0);
        iommu.invalidate_device(dev).unwrap();
        let what = format!("PD{bits}, root PDTE V = 0 with reserved bits");
        expect_faults(&p, &mut iommu, &what, &with_pasid(dev, iova, pasid), invalid, false);
    }
}

/// "PDT entry misconfigured" (267): each reserved bit of a non-leaf PDT entry (GET_PC step
/// 8) at every level of a PD20 directory, each reserved bit of a process context's `ta` and
/// `fsc`, and every `PC.fsc.MODE` that is reserved (1..=7, 11..=13), unsupported (Sv57) or custom (14, 15: none defined here).
/// The unmodified entries translate again afterwards.
pub fn misconfigured_entries<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = bring_up(&p, DdtLevels::Two);
    let mem = p.memory();
    let iova = 0x32_0000;
    let pa = 0x9300_0000u64;
    let root = address_space(&mem, iova, pa);
    let dev = 0x0900;
    let pasid = 0x9_8765;
    iommu.attach(dev, DeviceConfig { ats: true, ..DeviceConfig::process_directory(20) }).unwrap();
    iommu.set_process(dev, pasid, ProcessConfig::user(PagingMode::Sv39, root, 5)).unwrap();
    let allowed = || {
        let t =
            expect_allowed(&p, "valid process", &DeviceRequest::read(dev, iova).with_pasid(pasid));
        assert_eq!(t.ppn, pa >> PAGE_SHIFT);
    };
    allowed();
    let misconfigured = |_: &DeviceRequest| FaultCause::PDT_MISCONFIGURED;
    let pdt_root = iommu.process_directory_pages(dev)[0];

    // Non-leaf PDT entry: V (bit 0), reserved 9:1, PPN 53:10, reserved 63:54.
    let reserved = bits_of(Pdte::RESERVED.0);
    assert_eq!(reserved, (1..=9).chain(54..=63).collect::<Vec<_>>(), "reserved PDTE bits");
    for level in [2u32, 1] {
        let addr = pdt_entry_addr(&p, pdt_root, PdtLevels::Pd20, pasid, level);
        let good = peek(&p, addr);
        for (n, &bit) in reserved.iter().enumerate() {
            poke(&p, addr, good | 1 << bit);
            iommu.invalidate_device(dev).unwrap();
            let mut reqs = untranslated(dev, iova).map(|r| r.with_pasid(pasid)).to_vec();
            if n == 0 {
                reqs.extend(ats_requests(dev, iova).map(|r| r.with_pasid(pasid)));
            }
            let what = format!("level-{level} PDTE bit {bit}");
            expect_faults(&p, &mut iommu, &what, &reqs, misconfigured, false);
        }
        poke(&p, addr, good);
        iommu.invalidate_device(dev).unwrap();
        allowed();
    }

    // Process context: ta 11:3 and 63:32 reserved, fsc 59:44 reserved.
    assert_eq!(bits_of(PcTa::RESERVED.0), (3..=11).chain(32..=63).collect::<Vec<_>>());
    assert_eq!(bits_of(PcFsc::RESERVED.0), (44..=59).collect::<Vec<_>>());
    let addr = pdt_entry_addr(&p, pdt_root, PdtLevels::Pd20, pasid, 0);
    let good = iommu.process_context(dev, pasid).unwrap();
    let mut cases: Vec<(alloc::string::String, ProcessContext)> = Vec::new();
    for bit in bits_of(PcTa::RESERVED.0) {
        cases.push((format!("PC.ta bit {bit}"), good.with_ta(PcTa(good.ta().0 | 1 << bit))));
    }
    for bit in bits_of(PcFsc::RESERVED.0) {
        cases.push((format!("PC.fsc bit {bit}"), good.with_fsc(PcFsc(good.fsc().0 | 1 << bit))));
    }
    // Reserved (1..=7, 11..=13), unsupported Sv57 (10), custom and undefined here (14, 15).
    assert_eq!(IosatpMode::SV57.0, 10, "IOSATP_MODE_ENC-0 spot check");
    for mode in (1..=7u8).chain(10..=15) {
        let fsc = good.fsc().with_mode(IosatpMode(mode));
        cases.push((format!("PC.fsc.MODE {mode}"), good.with_fsc(fsc)));
    }
    for (n, (what, pc)) in cases.iter().enumerate() {
        write_pc(&p, addr, pc);
        iommu.invalidate_process(dev, pasid).unwrap();
        let mut reqs = untranslated(dev, iova).map(|r| r.with_pasid(pasid)).to_vec();
        reqs.push(DeviceRequest::read(dev, iova).with_pasid(pasid).privileged());
        if n % 8 == 0 {
            reqs.extend(ats_requests(dev, iova).map(|r| r.with_pasid(pasid)));
        }
        expect_faults(&p, &mut iommu, what, &reqs, misconfigured, false);
    }
    write_pc(&p, addr, &good);
    iommu.invalidate_process(dev, pasid).unwrap();
    allowed();
}
