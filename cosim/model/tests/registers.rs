//! Register semantics (iommu_registers.adoc): access rules from the generated table, and the
//! behaviour of each register with side effects, including the `busy` handshakes.

mod common;

use common::*;
use driver::mmio::Mmio;
use driver::regmeta::Access;
use driver::regs::iommu_regs::*;
use iommu_model::{Config, DeviceRequest};

fn slow(polls: u32) -> Bench {
    Bench::with(Config { busy_polls: polls, ..Config::default() })
}

#[test]
fn every_register_resets_and_keeps_reserved_bits_zero() {
    let b = Bench::new();
    let m = &b.model;
    let read = |off: usize, bytes: usize| {
        if bytes == 8 {
            m.read64(off)
        } else {
            u64::from(m.read32(off))
        }
    };
    for reg in REGISTERS {
        for n in 0..reg.count {
            assert_eq!(read(reg.instance_offset(n), reg.bytes), reg.reset, "{} reset", reg.name);
        }
    }
    // All ones everywhere (with whatever side effects that has): reserved bits stay 0 and
    // constant fields keep their reset value.
    for reg in REGISTERS {
        for n in 0..reg.count {
            let off = reg.instance_offset(n);
            if reg.bytes == 8 {
                m.write64(off, u64::MAX);
            } else {
                m.write32(off, u32::MAX);
            }
            let v = read(off, reg.bytes);
            assert_eq!(v & reg.mask(Access::Rsvd), 0, "{} reserved bits", reg.name);
            let constant = reg.mask(Access::Hwinit);
            assert_eq!(v & constant, reg.reset & constant, "{} hwinit bits", reg.name);
        }
    }
}

#[test]
fn capabilities_and_fctl_are_read_only() {
    let b = Bench::new();
    b.model.write64(Capabilities::OFFSET, 0);
    b.model.write32(Fctl::OFFSET, 0);
    let caps = b.regs().capabilities().read();
    assert_eq!(caps, Capabilities::RESET);
    // The configuration the brief fixes, read from the spec's bit positions.
    let raw = caps.0;
    assert_eq!(raw & 0xff, 0x10, "version 1.0");
    assert_eq!((raw >> 8) & 0xf, 0b0110, "Sv39 + Sv48, no Sv32/Sv57");
    assert_eq!((raw >> 16) & 0xf, 0, "no second stage");
    assert_eq!((raw >> 24) & 0xf, 0b0010, "ATS, no AMO_HWAD/T2GPA/END");
    assert_eq!((raw >> 28) & 3, 1, "IGS = WSI");
    assert_eq!((raw >> 32) & 0x3f, 56, "PAS");
    assert_eq!((raw >> 38) & 7, 7, "PD8/PD17/PD20");
    let fctl = b.regs().fctl().read();
    assert!(fctl.wsi() && !fctl.be() && !fctl.gxl());
}

#[test]
fn optional_registers_read_zero() {
    let b = Bench::new();
    // HPM (0x58..0x257), iommu_qosid (0x270), msi_cfg_tbl (0x300..0x3ff), reserved space.
    for off in (0x58..0x258).step_by(4).chain([0x270]).chain((0x300..0x400).step_by(4)) {
        b.model.write32(off, u32::MAX);
        assert_eq!(b.model.read32(off), 0, "offset {off:#x}");
    }
    for off in [0x0c, 0x274, 0x2b0, 0x2f0, 0x400, 0xffc] {
        b.model.write32(off, u32::MAX);
        assert_eq!(b.model.read32(off), 0, "offset {off:#x}");
    }
}

#[test]
fn ddtp_mode_warl_and_busy() {
    let b = slow(2);
    let m = &b.model;
    m.write64(Ddtp::OFFSET, Ddtp::default().with_iommu_mode(IommuMode::LVL2).with_ppn(0x123).0);
    // busy reads 1 for two reads, then the change is done.
    assert!(Ddtp(m.read64(Ddtp::OFFSET)).busy());
    // A write while busy is ignored, whole.
    m.write64(Ddtp::OFFSET, Ddtp::default().with_iommu_mode(IommuMode::BARE).with_ppn(0x456).0);
    assert!(Ddtp(m.read64(Ddtp::OFFSET)).busy());
    let d = Ddtp(m.read64(Ddtp::OFFSET));
    assert!(!d.busy());
    assert_eq!((d.iommu_mode(), d.ppn()), (IommuMode::LVL2, 0x123));
    // Reserved (5..13) and custom (14, 15) modes leave the mode; the PPN is written.
    for bad in 5..16u8 {
        m.write64(Ddtp::OFFSET, Ddtp::default().with_iommu_mode(IommuMode(bad)).with_ppn(0x77).0);
        m.run_until_idle();
        let d = Ddtp(m.read64(Ddtp::OFFSET));
        assert_eq!((d.iommu_mode(), d.ppn()), (IommuMode::LVL2, 0x77), "mode {bad}");
    }
    // A write of the high half alone does not start a mode change.
    m.write32(Ddtp::OFFSET + 4, 0);
    assert!(!Ddtp(m.read64(Ddtp::OFFSET)).busy());
}

#[test]
fn queue_bases_are_locked_while_on_or_busy() {
    let b = slow(1);
    let m = &b.model;
    m.write64(Cqb::OFFSET, QueueBase::default().with_ppn(0x100).with_log2szm1(3).0);
    m.write32(Cqcsr::OFFSET, Cqcsr::default().with_cqen(true).0);
    // busy: the base is locked.
    m.write64(Cqb::OFFSET, QueueBase::default().with_ppn(0x200).0);
    assert!(Cqcsr(m.read32(Cqcsr::OFFSET)).busy()); // that read completes the enable
    assert_eq!(QueueBase(m.read64(Cqb::OFFSET)).ppn(), 0x100);
    assert!(Cqcsr(m.read32(Cqcsr::OFFSET)).cqon());
    // on: still locked.
    m.write64(Cqb::OFFSET, QueueBase::default().with_ppn(0x200).0);
    assert_eq!(QueueBase(m.read64(Cqb::OFFSET)).ppn(), 0x100);
    // off again: writable.
    m.write32(Cqcsr::OFFSET, 0);
    m.run_until_idle();
    assert!(!Cqcsr(m.read32(Cqcsr::OFFSET)).cqon());
    m.write64(Cqb::OFFSET, QueueBase::default().with_ppn(0x200).0);
    assert_eq!(QueueBase(m.read64(Cqb::OFFSET)).ppn(), 0x200);
    // The same for the fault and page-request queues.
    for (base, csr, en) in [(Fqb::OFFSET, Fqcsr::OFFSET, 1u32), (Pqb::OFFSET, Pqcsr::OFFSET, 1)] {
        m.write64(base, 0x100 << 10);
        m.write32(csr, en);
        m.run_until_idle();
        m.write64(base, 0x300 << 10);
        assert_eq!(m.read64(base) >> 10, 0x100);
        m.write32(csr, 0);
        m.run_until_idle();
        m.write64(base, 0x300 << 10);
        assert_eq!(m.read64(base) >> 10, 0x300);
    }
}

#[test]
fn queue_sizes_and_index_masks() {
    let b = Bench::new();
    let m = &b.model;
    // LOG2SZ-1: all 32 values legal.
    for v in 0..32u8 {
        m.write64(Cqb::OFFSET, QueueBase::default().with_log2szm1(v).0);
        assert_eq!(QueueBase(m.read64(Cqb::OFFSET)).log2szm1(), v);
    }
    // cqt, fqh, pqh: only bits LOG2SZ-1:0 are writable.
    for (base, index) in
        [(Cqb::OFFSET, Cqt::OFFSET), (Fqb::OFFSET, Fqh::OFFSET), (Pqb::OFFSET, Pqh::OFFSET)]
    {
        m.write64(base, 3); // LOG2SZ-1 = 3: 16 entries
        m.write32(index, 0xffff_ffff);
        assert_eq!(m.read32(index), 0xf, "index at {index:#x}");
        m.write64(base, 31); // 2^32 entries: every bit
        m.write32(index, 0xffff_fffe);
        assert_eq!(m.read32(index), 0xffff_fffe);
        // Writing a smaller base masks the software-owned index.
        m.write64(base, 1);
        assert_eq!(m.read32(index), 2);
    }
    // cqh, fqt, pqt are read-only.
    for off in [Cqh::OFFSET, Fqt::OFFSET, Pqt::OFFSET] {
        m.write32(off, 5);
        assert_eq!(m.read32(off), 0);
    }
}

#[test]
fn queue_enables_reset_indices_and_errors() {
    let b = slow(1);
    let m = &b.model;
    let fq = b.alloc(4096, 4096);
    m.write64(Fqb::OFFSET, QueueBase::default().with_ppn(fq).with_log2szm1(0).0);
    m.write32(Fqcsr::OFFSET, Fqcsr::default().with_fqen(true).0);
    m.run_until_idle();
    // Overflow the 2-entry queue (one usable slot) with faults (ddtp is Off).
    m.translate(&DeviceRequest::read(1, 0));
    m.translate(&DeviceRequest::read(1, 0));
    let c = Fqcsr(m.read32(Fqcsr::OFFSET));
    assert!(c.fqof() && c.fqon() && !c.fqmf());
    assert_eq!(m.read32(Fqt::OFFSET), 1);
    // fqen 1 -> 0 -> 1: busy, then fqon follows; fqt and the error bits are cleared.
    m.write32(Fqcsr::OFFSET, 0);
    assert!(Fqcsr(m.read32(Fqcsr::OFFSET)).busy());
    assert!(!Fqcsr(m.read32(Fqcsr::OFFSET)).fqon());
    m.write32(Fqcsr::OFFSET, Fqcsr::default().with_fqen(true).0);
    let c = Fqcsr(m.read32(Fqcsr::OFFSET));
    assert!(c.busy() && !c.fqof());
    assert_eq!(m.read32(Fqt::OFFSET), 0);
    assert!(Fqcsr(m.read32(Fqcsr::OFFSET)).fqon());
    // A write while busy is ignored.
    m.write32(Fqcsr::OFFSET, 0);
    m.write32(Fqcsr::OFFSET, Fqcsr::default().with_fqen(true).with_fie(true).0);
    assert!(!Fqcsr(m.read32(Fqcsr::OFFSET)).fie());
    m.run_until_idle();
    // rw1c: the error bits clear by writing 1.
    let b2 = Bench::new();
    b2.enable_fq(1);
    b2.model.translate(&DeviceRequest::read(1, 0));
    b2.model.translate(&DeviceRequest::read(1, 0));
    let c = b2.regs().fqcsr().read();
    assert!(c.fqof());
    b2.regs().fqcsr().modify(|c| c.set_fqof(true));
    assert!(!b2.regs().fqcsr().read().fqof());
    // pqen 0 -> 1 clears pqt, pqof, pqmf.
    let p = b2.alloc(4096, 4096);
    b2.regs().pqb().write(QueueBase::default().with_ppn(p));
    b2.regs().pqcsr().write(Pqcsr::default().with_pqen(true));
    let c = b2.regs().pqcsr().read();
    assert!(c.pqon() && !c.busy() && !c.pqof() && !c.pqmf());
    assert_eq!(b2.regs().pqt().read().index(), 0);
}

#[test]
fn command_queue_enable_clears_head_and_errors() {
    let b = Bench::new();
    b.enable_cq(2);
    b.submit(&[[0u8; 16]]); // opcode 0: illegal
    let c = b.regs().cqcsr().read();
    assert!(c.cmd_ill() && c.cqon());
    b.submit(&[iofence(None, true)]);
    assert_eq!(b.regs().cqh().read().index(), 0, "stopped at the bad command");
    b.regs().cqcsr().write(Cqcsr::default());
    assert!(!b.regs().cqcsr().read().cqon());
    assert!(b.regs().cqcsr().read().cmd_ill(), "errors stay while off");
    b.regs().cqt().write(QueueIndex::default());
    b.regs().cqcsr().write(Cqcsr::default().with_cqen(true));
    let c = b.regs().cqcsr().read();
    assert!(c.cqon() && !c.cmd_ill() && !c.cqmf() && !c.cmd_to() && !c.fence_w_ip());
    assert_eq!(b.regs().cqh().read().index(), 0);
}

#[test]
fn ipsr_levels_and_events() {
    let b = Bench::new();
    b.enable_cq(2);
    // cip: cie and cmd_ill -> set; a software clear is undone while the condition holds.
    b.submit(&[[0u8; 16]]);
    assert!(b.regs().ipsr().read().cip());
    b.regs().ipsr().write(Ipsr::default().with_cip(true));
    assert!(b.regs().ipsr().read().cip(), "level: re-asserted");
    // Disable cie, clear: stays clear; enable cie while cmd_ill is set: set again.
    b.regs().cqcsr().modify(|c| c.set_cie(false));
    b.regs().ipsr().write(Ipsr::default().with_cip(true));
    assert!(!b.regs().ipsr().read().cip());
    b.regs().cqcsr().modify(|c| c.set_cie(true));
    assert!(b.regs().ipsr().read().cip());
    // Replace the bad command, clear the error (the queue runs again), then the pending bit:
    // it stays clear.
    let at = b.regs().cqb().read().ppn() << 12;
    b.write(at, &iofence(None, false));
    b.regs().cqcsr().modify(|c| c.set_cmd_ill(true));
    assert_eq!(b.regs().cqh().read().index(), 1);
    b.regs().ipsr().write(Ipsr::default().with_cip(true));
    assert!(!b.regs().ipsr().read().cip());
    // fip: an event per new record.
    b.enable_fq(3);
    b.model.translate(&DeviceRequest::read(1, 0));
    assert!(b.regs().ipsr().read().fip());
    b.regs().ipsr().write(Ipsr::default().with_fip(true));
    assert!(!b.regs().ipsr().read().fip(), "an event, not a level");
    b.model.translate(&DeviceRequest::read(1, 0));
    assert!(b.regs().ipsr().read().fip());
    // pmip: no HPM, constant 0.
    b.model.write32(Ipsr::OFFSET, u32::MAX);
    assert_eq!(b.model.read32(Ipsr::OFFSET), 0);
}

#[test]
fn icvec_and_interrupt_lines() {
    let b = Bench::new();
    b.regs()
        .icvec()
        .write(Icvec::default().with_civ(0xf).with_fiv(0xf).with_pmiv(0xf).with_piv(0xf));
    let v = b.regs().icvec().read();
    assert_eq!((v.civ(), v.fiv(), v.pmiv(), v.piv()), (15, 15, 15, 15), "16 vectors");
    b.regs().icvec().write(Icvec::default().with_civ(3).with_fiv(9).with_piv(12));
    assert_eq!(b.model.interrupt_lines(), 0);
    b.enable_fq(2);
    b.model.translate(&DeviceRequest::read(1, 0));
    assert_eq!(b.model.interrupt_lines(), 1 << 9);
    b.enable_cq(2);
    b.submit(&[iofence(None, true)]);
    assert!(b.regs().cqcsr().read().fence_w_ip());
    assert_eq!(b.model.interrupt_lines(), 1 << 9 | 1 << 3);
    // Two causes on one vector.
    b.regs().icvec().write(Icvec::default().with_civ(9).with_fiv(9));
    assert_eq!(b.model.interrupt_lines(), 1 << 9);
    b.regs().ipsr().write(Ipsr::default().with_fip(true));
    assert_eq!(b.model.interrupt_lines(), 1 << 9, "cip still on vector 9");
    b.regs().cqcsr().modify(|c| c.set_fence_w_ip(true));
    b.regs().ipsr().write(Ipsr::default().with_cip(true));
    assert_eq!(b.model.interrupt_lines(), 0);
}

#[test]
fn narrow_writes_touch_only_their_bytes() {
    let b = Bench::new();
    let m = &b.model;
    m.write64(TrReqIova::OFFSET, 0x1234_5678_9abc_d000);
    m.write32(TrReqIova::OFFSET + 4, 0);
    assert_eq!(m.read64(TrReqIova::OFFSET), 0x9abc_d000);
    m.write16(TrReqIova::OFFSET + 2, 0xffff);
    assert_eq!(m.read64(TrReqIova::OFFSET), 0xffff_d000);
    m.write8(TrReqIova::OFFSET + 1, 0);
    assert_eq!(m.read64(TrReqIova::OFFSET), 0xffff_0000);
    assert_eq!(m.read16(TrReqIova::OFFSET + 2), 0xffff);
    assert_eq!(m.read8(TrReqIova::OFFSET + 3), 0xff);
}
