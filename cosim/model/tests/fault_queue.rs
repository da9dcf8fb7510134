//! The fault queue (FAULT_QUEUE, FQB/FQH/FQT/FQCSR) and the debug translation interface
//! (iommu_debug.adoc, TRR_*).

mod common;

use common::*;
use driver::mmio::Mmio;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::*;
use iommu_model::{Config, DeviceRequest};

#[test]
fn records_go_to_the_tail_and_wrap() {
    let b = Bench::new();
    let fq = b.enable_fq(2); // 4 records, 3 usable
    for round in 0..3u64 {
        for i in 0..3u64 {
            let iova = round << 20 | i << 12 | 0x123;
            let slot = b.regs().fqt().read().index();
            b.model.translate(&DeviceRequest::read(7, iova));
            // FAULT_QUEUE: the record is written at fqb.PPN x 4096 + fqt x 32.
            let rec = FaultRecord::from_le_bytes(b.read((fq << 12) + u64::from(slot) * 32));
            assert_eq!((rec.cause(), rec.iotval()), (FaultCause::ALL_INBOUND_DISALLOWED, iova));
        }
        assert_eq!(b.take_faults().len(), 3);
    }
    assert_eq!(b.regs().fqt().read().index(), 9 % 4);
}

#[test]
fn each_faulting_request_gets_a_record() {
    let b = Bench::new();
    b.enable_fq(3);
    let req = DeviceRequest::read(1, 0x1000);
    b.model.translate(&req);
    b.model.translate(&req);
    assert_eq!(b.take_faults().len(), 2);
}

#[test]
fn overflow_stops_recording_until_cleared() {
    let b = Bench::new();
    b.enable_fq(2);
    b.regs().fqcsr().modify(|c| c.set_fie(false));
    for i in 0..3 {
        assert!(b.model.translate(&DeviceRequest::read(i, 0)).fault().unwrap().queued);
    }
    assert!(!b.regs().ipsr().read().fip(), "no fip without fie");
    // Full (fqt == fqh - 1): fqof, the record is dropped, and so are the next ones.
    assert!(!b.model.translate(&DeviceRequest::read(3, 0)).fault().unwrap().queued);
    assert!(b.regs().fqcsr().read().fqof());
    assert_eq!(b.regs().fqt().read().index(), 3);
    assert_eq!(b.take_faults().len(), 3); // room again, but fqof still stops recording
    assert!(!b.model.translate(&DeviceRequest::read(4, 0)).fault().unwrap().queued);
    // fie while fqof is set: fip (a level condition).
    b.regs().fqcsr().modify(|c| c.set_fie(true));
    assert!(b.regs().ipsr().read().fip());
    b.regs().fqcsr().modify(|c| c.set_fqof(true));
    assert!(!b.regs().fqcsr().read().fqof());
    assert!(b.model.translate(&DeviceRequest::read(5, 0)).fault().unwrap().queued);
    let recs = b.take_faults();
    assert_eq!((recs.len(), recs[0].did()), (1, 5));
}

#[test]
fn refused_record_writes_set_fqmf() {
    let b = Bench::new();
    b.regs().fqb().write(QueueBase::default().with_ppn(NOWHERE_PPN).with_log2szm1(3));
    b.regs().fqcsr().write(Fqcsr::default().with_fqen(true).with_fie(true));
    assert!(!b.model.translate(&DeviceRequest::read(1, 0)).fault().unwrap().queued);
    let c = b.regs().fqcsr().read();
    assert!(c.fqmf() && !c.fqof());
    assert_eq!(b.regs().fqt().read().index(), 0);
    assert!(b.regs().ipsr().read().fip());
}

#[test]
fn a_queue_that_is_off_drops_records() {
    let b = Bench::new();
    assert!(!b.model.translate(&DeviceRequest::read(1, 0)).fault().unwrap().queued);
    let c = b.regs().fqcsr().read();
    assert!(!c.fqof() && !c.fqmf());
    assert_eq!(b.regs().ipsr().read().0, 0);
}

/// Device 3 on Sv39 with a 2 MiB leaf at 0x20_0000 (RW, U) and nothing else.
fn debug_bench(config: Config) -> Bench {
    let b = Bench::with(config);
    b.enable_fq(4);
    let root = b.set_mode(IommuMode::LVL1);
    b.model.run_until_idle();
    let pt = b.page();
    b.set_dc(root, 1, 3, dc_iosatp(IosatpMode::SV39, pt, 1));
    b.map(pt, SV39_LEVELS, 0x20_0000, 1, leaf(0x1200, true, true, false, true));
    b
}

fn go(b: &Bench, iova: u64, ctl: TrReqCtl) {
    b.regs().tr_req_iova().write(TrReqIova::default().with_vpn(iova >> 12));
    b.regs().tr_req_ctl().write(ctl.with_go_busy(true));
}

#[test]
fn debug_translation_reports_superpages_in_the_ppn() {
    let b = debug_bench(Config::default());
    go(&b, 0x21_3000, TrReqCtl::default().with_did(3).with_nw(true));
    assert!(!b.regs().tr_req_ctl().read().go_busy());
    let r = b.regs().tr_response().read();
    assert!(!r.fault() && r.s());
    // 2 MiB: PPN bits 7:0 are 1, bit 8 is 0, the rest from the leaf.
    assert_eq!(r.ppn() & 0x1ff, 0xff);
    assert_eq!(r.ppn() >> 9, 0x1200 >> 9);
    assert!(b.take_faults().is_empty());
    // NW = 0 asks for write as well: allowed here.
    go(&b, 0x21_3000, TrReqCtl::default().with_did(3));
    assert!(!b.regs().tr_response().read().fault());
}

#[test]
fn debug_translation_faults_are_reported() {
    let b = debug_bench(Config::default());
    // Execute: the page has no X.
    go(&b, 0x20_0000, TrReqCtl::default().with_did(3).with_exe(true).with_nw(true));
    assert!(b.regs().tr_response().read().fault());
    let recs = b.take_faults();
    assert_eq!(recs[0].cause(), FaultCause::INST_PAGE_FAULT);
    assert_eq!(recs[0].ttyp(), Ttyp::UADDR_INST_FETCH);
    // NW = 0 on an unmapped page: a write fault, TTYP UADDR_WR.
    go(&b, 0x40_0000, TrReqCtl::default().with_did(3));
    let recs = b.take_faults();
    assert_eq!((recs[0].cause(), recs[0].ttyp()), (FaultCause::WR_PAGE_FAULT, Ttyp::UADDR_WR));
    assert_eq!(recs[0].iotval(), 0x40_0000);
    // Priv without PV is ignored; with PV the process_id goes in the record.
    go(&b, 0x40_0000, TrReqCtl::default().with_did(3).with_nw(true).with_priv(true).with_pid(9));
    let recs = b.take_faults();
    assert_eq!(
        (recs[0].cause(), recs[0].pv(), recs[0].r#priv()),
        (FaultCause::RD_PAGE_FAULT, false, false)
    );
    go(
        &b,
        0x40_0000,
        TrReqCtl::default().with_did(3).with_nw(true).with_priv(true).with_pid(9).with_pv(true),
    );
    let recs = b.take_faults();
    assert_eq!(
        (recs[0].cause(), recs[0].pid(), recs[0].r#priv()),
        (FaultCause::TTYP_DISALLOWED, 9, true)
    );
}

#[test]
fn debug_translation_takes_time() {
    let b = debug_bench(Config { busy_polls: 2, ..Config::default() });
    go(&b, 0x21_3000, TrReqCtl::default().with_did(3).with_nw(true));
    let ctl = TrReqCtl::OFFSET;
    assert!(TrReqCtl(b.model.read64(ctl)).go_busy());
    // Writes while Go/Busy is 1 are ignored.
    b.model.write64(TrReqIova::OFFSET, 0x40_0000);
    assert_eq!(b.model.read64(TrReqIova::OFFSET), 0x21_3000);
    let ctl_now = TrReqCtl(b.model.read64(ctl));
    assert!(!ctl_now.go_busy() && ctl_now.did() == 3);
    assert!(b.regs().tr_response().read().s());
}
