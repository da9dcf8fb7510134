//! PCIe Page Request / Stop Marker messages (ATS_PRI) and the page-request queue (PQ):
//! records, `pqt`, `pqof`, `pqmf`, `pip`, automatic responses with their PASID rule, and the
//! fault records of the device-context lookup (TTYP 9, iotval = the message code).

mod common;

use common::*;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::*;
use driver::regs::tlp::MsgCode;
use iommu_model::{AtsMessage, DeviceRequest, PageRequestOutcome};

const DID: u32 = 0x2a;
const PID: u32 = 0x1_2345;

/// A message from DID with PASID PID (PMR and ER set), PRG index `prgi`.
fn msg(prgi: u16, l: bool, r: bool, w: bool) -> PageRequest {
    let p = PrPayload::default()
        .with_r(r)
        .with_w(w)
        .with_l(l)
        .with_prgi(prgi)
        .with_page_addr(0x8_7654_3210 >> PAGE_SHIFT);
    PageRequest::default()
        .with_did(DID)
        .with_pv(true)
        .with_pid(PID)
        .with_priv(true)
        .with_exec(true)
        .with_payload(p)
}

/// A 1LVL DDT with device DID: EN_ATS = EN_PRI = 1, PRPR and DTF as given. Fault queue on,
/// page-request queue of 2^log2sz records on with `pie`. Returns the bench and the PQ base.
fn setup(prpr: bool, dtf: bool, log2sz: u8) -> (Bench, u64, u64) {
    let b = Bench::new();
    b.enable_fq(4);
    let root = b.set_mode(IommuMode::LVL1);
    let mut dc = dc_iosatp(IosatpMode::BARE, 0, 0);
    dc.set_tc(dc.tc().with_en_ats(true).with_en_pri(true).with_prpr(prpr).with_dtf(dtf));
    let dc_at = b.set_dc(root, 1, DID, dc);
    let pq = enable_pq(&b, log2sz);
    (b, pq, dc_at)
}

fn enable_pq(b: &Bench, log2sz: u8) -> u64 {
    let bytes = (1usize << log2sz) * PAGE_REQUEST_BYTES;
    let ppn = b.alloc(bytes.max(4096), bytes.max(4096));
    b.regs().pqb().write(QueueBase::default().with_ppn(ppn).with_log2szm1(log2sz - 1));
    b.regs().pqh().write(QueueIndex::default());
    b.regs().pqcsr().write(Pqcsr::default().with_pqen(true).with_pie(true));
    assert!(b.regs().pqcsr().read().pqon());
    ppn
}

fn response(prgi: u16, code: PrgResp, pasid: bool) -> CmdAts {
    CmdAts::default()
        .with_opcode(CmdOpcode::ATS)
        .with_func3(AtsFunc3::PRGR)
        .with_rid(DID as u16)
        .with_pv(pasid)
        .with_pid(if pasid { PID } else { 0 })
        .with_payload(AtsPrgrPayload::default().with_prgi(prgi).with_resp_code(code).0)
}

/// The only new fault record is the lookup's: `cause`, TTYP 9, iotval the message code.
fn expect_msg_fault(b: &Bench, cause: FaultCause) {
    let recs = b.take_faults();
    assert_eq!(recs.len(), 1, "{recs:?}");
    let r = recs[0];
    assert_eq!(r.cause(), cause);
    assert_eq!(r.ttyp(), Ttyp::PCIE_MSG);
    assert_eq!(r.ttyp().0, 9);
    assert_eq!(r.iotval(), u64::from(MsgCode::PAGE_REQUEST.0));
    assert_eq!(r.iotval(), 4, "PCIe Page Request message code");
    assert_eq!((r.did(), r.pv(), r.pid(), r.r#priv()), (DID, true, PID, true));
    assert_eq!(r.iotval2(), 0);
}

#[test]
fn a_page_request_is_queued_byte_for_byte() {
    let (b, pq, _) = setup(false, false, 3);
    b.regs().icvec().write(Icvec::default().with_piv(5));
    let m = msg(0x1ff, true, true, true);
    let mut dirty = m;
    dirty.0[0] |= 0xfff; // reserved bits 11:0 of the message's record are not copied
    assert_eq!(b.model.page_request(&dirty), PageRequestOutcome::Queued);
    assert_eq!(b.regs().pqt().read().index(), 1);
    let rec: [u8; 16] = b.read(pq << PAGE_SHIFT);
    let dw0 = u64::from_le_bytes(rec[0..8].try_into().unwrap());
    let dw1 = u64::from_le_bytes(rec[8..16].try_into().unwrap());
    // PQ record: PID 31:12, PV 32, PRIV 33, EXEC 34, DID 63:40; payload R 0, W 1, L 2,
    // PRGI 11:3, page address 63:12.
    assert_eq!(dw0, u64::from(PID) << 12 | 7 << 32 | u64::from(DID) << 40);
    assert_eq!(dw1, 0x8_7654_3000 | 0x1ff << 3 | 7);
    assert!(b.regs().ipsr().read().pip());
    assert_eq!(b.model.interrupt_lines(), 1 << 5);
    assert!(b.model.outbound_ats().is_empty());
    assert!(b.take_faults().is_empty());
    // Without a PASID, PRIV and EXEC are 0 even when the message said otherwise.
    b.model.page_request(&m.with_pv(false));
    let rec: [u8; 16] = b.read((pq << PAGE_SHIFT) + 16);
    let dw0 = u64::from_le_bytes(rec[0..8].try_into().unwrap());
    assert_eq!(dw0, u64::from(DID) << 40);
    // A Stop Marker is queued like any message.
    assert_eq!(b.model.page_request(&msg(3, true, false, false)), PageRequestOutcome::Queued);
    assert_eq!(b.regs().pqt().read().index(), 3);
}

#[test]
fn no_pip_without_pie() {
    let (b, _, _) = setup(false, false, 3);
    b.regs().pqcsr().write(Pqcsr::default().with_pqen(true));
    b.model.page_request(&msg(1, false, true, false));
    assert_eq!(b.regs().pqt().read().index(), 1);
    assert!(!b.regs().ipsr().read().pip());
}

#[test]
fn a_full_queue_answers_success_and_drops_until_pqof_is_cleared() {
    for prpr in [false, true] {
        let (b, _, _) = setup(prpr, false, 1); // 2 entries: 1 usable
        assert_eq!(b.model.page_request(&msg(1, false, true, false)), PageRequestOutcome::Queued);
        b.regs().ipsr().write(Ipsr::default().with_pip(true)); // RW1C
        assert!(!b.regs().ipsr().read().pip());
        // Full: pqof, a Last request answered Success (PASID iff PRPR), no fault record.
        let want = response(1, PrgResp::SUCCESS, prpr);
        assert_eq!(
            b.model.page_request(&msg(1, true, true, false)),
            PageRequestOutcome::Responded(want)
        );
        let csr = b.regs().pqcsr().read();
        assert!(csr.pqof() && !csr.pqmf());
        assert!(b.regs().ipsr().read().pip(), "pip while pie and pqof");
        assert_eq!(b.model.outbound_ats(), vec![AtsMessage::PageRequestGroupResponse(want)]);
        assert!(b.take_faults().is_empty());
        // Space again, but pqof still set: everything is dropped or answered.
        b.regs().pqh().write(QueueIndex::default().with_index(1));
        assert_eq!(
            b.model.page_request(&msg(2, false, true, false)),
            PageRequestOutcome::Discarded
        );
        assert_eq!(
            b.model.page_request(&msg(2, true, false, false)),
            PageRequestOutcome::Discarded,
            "a stop marker is never answered"
        );
        assert_eq!(
            b.model.page_request(&msg(4, true, false, true)),
            PageRequestOutcome::Responded(response(4, PrgResp::SUCCESS, prpr))
        );
        assert_eq!(b.regs().pqt().read().index(), 1);
        // Cleared: queued again.
        b.regs().pqcsr().write(Pqcsr::default().with_pqen(true).with_pie(true).with_pqof(true));
        assert!(!b.regs().pqcsr().read().pqof());
        assert_eq!(b.model.page_request(&msg(5, true, true, false)), PageRequestOutcome::Queued);
        assert_eq!(b.regs().pqt().read().index(), 0);
    }
}

#[test]
fn queue_off_or_memory_fault_answers_failure_with_the_pasid() {
    let (b, _, _) = setup(false, false, 3);
    b.regs().pqcsr().write(Pqcsr::default());
    assert!(!b.regs().pqcsr().read().pqon());
    let want = response(9, PrgResp::FAILURE, true);
    assert_eq!(
        b.model.page_request(&msg(9, true, true, false)),
        PageRequestOutcome::Responded(want)
    );
    assert_eq!(b.model.page_request(&msg(9, false, true, false)), PageRequestOutcome::Discarded);
    // Without a PASID: none in the response either.
    let bare = msg(9, true, true, false).with_pv(false);
    match b.model.page_request(&bare) {
        PageRequestOutcome::Responded(c) => assert!(!c.pv() && c.pid() == 0),
        other => panic!("{other:?}"),
    }
    assert!(b.take_faults().is_empty(), "no fault record for queue conditions");

    // A queue in memory the platform refuses: pqmf, Failure, and later messages too.
    b.regs().pqb().write(QueueBase::default().with_ppn(NOWHERE_PPN).with_log2szm1(2));
    b.regs().pqcsr().write(Pqcsr::default().with_pqen(true).with_pie(true));
    b.regs().ipsr().write(Ipsr::default().with_pip(true));
    assert_eq!(
        b.model.page_request(&msg(9, true, true, false)),
        PageRequestOutcome::Responded(want)
    );
    assert!(b.regs().pqcsr().read().pqmf());
    assert_eq!(b.regs().pqt().read().index(), 0);
    assert!(b.regs().ipsr().read().pip());
    // pqmf drops everything until cleared; pqb cannot move while the queue is on.
    b.regs().pqb().write(QueueBase::default().with_ppn(b.page()).with_log2szm1(2));
    assert_eq!(b.regs().pqb().read().ppn(), NOWHERE_PPN, "pqb is not writable while pqon");
    assert_eq!(b.model.page_request(&msg(9, false, true, false)), PageRequestOutcome::Discarded);
    // Off, re-pointed, on (pqen 0 -> 1 clears pqmf): queued again.
    b.regs().pqcsr().write(Pqcsr::default());
    b.regs().pqb().write(QueueBase::default().with_ppn(b.page()).with_log2szm1(2));
    b.regs().pqcsr().write(Pqcsr::default().with_pqen(true));
    assert!(!b.regs().pqcsr().read().pqmf());
    assert_eq!(b.model.page_request(&msg(9, true, true, false)), PageRequestOutcome::Queued);
    assert_eq!(b.model.outbound_ats().len(), 3);
}

#[test]
fn lookup_failures_answer_and_log_as_ats_pri_says() {
    // Off: 256, Failure (PASID kept). Fresh lookups: every answer comes from memory.
    let b = Bench::fresh();
    b.enable_fq(4);
    let m = msg(7, true, true, false);
    assert_eq!(
        b.model.page_request(&m),
        PageRequestOutcome::Responded(response(7, PrgResp::FAILURE, true))
    );
    expect_msg_fault(&b, FaultCause::ALL_INBOUND_DISALLOWED);
    // Bare: 260, Invalid Request, no PASID (PRPR taken as 0).
    b.set_mode(IommuMode::BARE);
    assert_eq!(
        b.model.page_request(&m),
        PageRequestOutcome::Responded(response(7, PrgResp::INVALID, false))
    );
    expect_msg_fault(&b, FaultCause::TTYP_DISALLOWED);
    // 1LVL: a device_id with DDI[1] != 0 is too wide: 260.
    let root = b.set_mode(IommuMode::LVL1);
    let wide = m.with_did(1 << DDI1_SHIFT | DID);
    match b.model.page_request(&wide) {
        PageRequestOutcome::Responded(c) => {
            assert_eq!(AtsPrgrPayload(c.payload()).resp_code(), PrgResp::INVALID);
            assert_eq!(c.rid(), (1 << DDI1_SHIFT | DID) as u16);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(b.take_faults()[0].cause(), FaultCause::TTYP_DISALLOWED);
    // DC not valid: 258, Failure.
    assert_eq!(
        b.model.page_request(&m),
        PageRequestOutcome::Responded(response(7, PrgResp::FAILURE, true))
    );
    expect_msg_fault(&b, FaultCause::DDT_INVALID);
    // Misconfigured (EN_PRI without EN_ATS): 259, Failure.
    let mut dc = dc_iosatp(IosatpMode::BARE, 0, 0);
    dc.set_tc(dc.tc().with_en_pri(true));
    b.set_dc(root, 1, DID, dc);
    assert_eq!(
        b.model.page_request(&m),
        PageRequestOutcome::Responded(response(7, PrgResp::FAILURE, true))
    );
    expect_msg_fault(&b, FaultCause::DDT_MISCONFIGURED);
    // The DDT itself where memory refuses: 257, Failure.
    b.regs().ddtp().write(Ddtp::default().with_iommu_mode(IommuMode::LVL1).with_ppn(NOWHERE_PPN));
    assert_eq!(
        b.model.page_request(&m),
        PageRequestOutcome::Responded(response(7, PrgResp::FAILURE, true))
    );
    expect_msg_fault(&b, FaultCause::DDT_LOAD_FAULT);
    // Non-Last messages and Stop Markers are dropped on every one of these errors.
    assert_eq!(b.model.page_request(&msg(7, false, true, true)), PageRequestOutcome::Discarded);
    assert_eq!(b.model.page_request(&msg(7, true, false, false)), PageRequestOutcome::Discarded);
    assert_eq!(b.take_faults().len(), 2, "still logged");
    assert_eq!(b.model.outbound_ats().len(), 6, "one response per Last request above");
}

#[test]
fn pri_disabled_is_invalid_and_dtf_suppresses_its_record() {
    for (en_ats, en_pri) in [(false, false), (true, false)] {
        for dtf in [false, true] {
            let (b, _, dc_at) = setup(false, dtf, 3);
            let mut dc = DeviceContext::from_le_bytes(b.read(dc_at));
            dc.set_tc(dc.tc().with_en_ats(en_ats).with_en_pri(en_pri));
            b.write(dc_at, &dc.to_le_bytes());
            b.submit_iodir(); // the DC was not read yet, but be exact
            assert_eq!(
                b.model.page_request(&msg(2, true, true, true)),
                PageRequestOutcome::Responded(response(2, PrgResp::INVALID, false))
            );
            if dtf {
                assert!(b.take_faults().is_empty(), "260 is not reported with DTF = 1");
            } else {
                expect_msg_fault(&b, FaultCause::TTYP_DISALLOWED);
            }
            assert_eq!(b.regs().pqt().read().index(), 0);
        }
    }
}

trait Iodir {
    fn submit_iodir(&self);
}

impl Iodir for Bench {
    /// Enable a command queue if needed and invalidate every cached device context.
    fn submit_iodir(&self) {
        if !self.regs().cqcsr().read().cqon() {
            self.enable_cq(3);
        }
        self.submit(&[iodir_ddt(None)]);
    }
}

#[test]
fn the_translation_port_view_of_a_page_request() {
    let (b, _, _) = setup(true, false, 3);
    let q = DeviceRequest::page_request(&msg(1, true, true, false));
    assert_eq!(q.iova, 4, "the message code travels in iova");
    assert_eq!(q.process_id, Some(PID));
    assert!(q.privileged && q.execute && !q.write);
    assert_eq!(b.model.translate(&q), iommu_model::Response::PageRequestsAllowed { prpr: true });
    assert_eq!(b.regs().pqt().read().index(), 0, "the port only locates the context");
    assert_eq!(
        b.model.permitted(&q),
        vec![iommu_model::Response::PageRequestsAllowed { prpr: true }]
    );
}

#[test]
fn a_cached_device_context_answers_until_iodir() {
    // Sticky caches: the context read by the first message answers later ones until
    // IODIR.INVAL_DDT, as for translations; both answers are permitted meanwhile.
    let (b, _, dc_at) = setup(true, false, 3);
    assert_eq!(b.model.page_request(&msg(1, false, true, false)), PageRequestOutcome::Queued);
    let mut dc = DeviceContext::from_le_bytes(b.read(dc_at));
    dc.set_tc(dc.tc().with_en_pri(false).with_prpr(false));
    b.write(dc_at, &dc.to_le_bytes());
    assert_eq!(b.model.page_request(&msg(1, false, true, false)), PageRequestOutcome::Queued);
    let q = DeviceRequest::page_request(&msg(1, true, true, false));
    assert_eq!(b.model.permitted(&q).len(), 2);
    b.submit_iodir();
    assert_eq!(
        b.model.page_request(&msg(1, true, true, false)),
        PageRequestOutcome::Responded(response(1, PrgResp::INVALID, false))
    );
}

#[test]
fn lockstep_accepts_outcomes_of_permitted_lookups_only() {
    let (b, _, dc_at) = setup(false, false, 3);
    assert_eq!(b.model.page_request(&msg(1, false, true, false)), PageRequestOutcome::Queued);
    let mut dc = DeviceContext::from_le_bytes(b.read(dc_at));
    dc.set_tc(dc.tc().with_en_pri(false));
    b.write(dc_at, &dc.to_le_bytes());
    let m = msg(2, true, true, false);
    // Stale (cached context) and fresh (memory) lookups are both permitted.
    let invalid = PageRequestOutcome::Responded(response(2, PrgResp::INVALID, false));
    assert_eq!(b.model.accept_page_request(&m, &invalid), Ok(invalid));
    expect_msg_fault(&b, FaultCause::TTYP_DISALLOWED);
    assert_eq!(
        b.model.accept_page_request(&m, &PageRequestOutcome::Queued),
        Ok(PageRequestOutcome::Queued)
    );
    assert_eq!(b.regs().pqt().read().index(), 2, "the accepted outcome was carried out");
    // A Failure is no permitted outcome: nothing happens, the error lists what is.
    let failure = PageRequestOutcome::Responded(response(2, PrgResp::FAILURE, true));
    let err = b.model.accept_page_request(&m, &failure).unwrap_err();
    assert!(err.contains(&invalid) && err.contains(&PageRequestOutcome::Queued), "{err:?}");
    assert_eq!(b.regs().pqt().read().index(), 2);
    assert!(b.take_faults().is_empty());
    // A full queue is predicted as full.
    b.regs().pqh().write(QueueIndex::default().with_index(3));
    let success = PageRequestOutcome::Responded(response(2, PrgResp::SUCCESS, false));
    assert_eq!(b.model.accept_page_request(&m, &success), Ok(success));
    assert!(b.regs().pqcsr().read().pqof());
}

mod property {
    use super::*;
    use proptest::prelude::*;

    /// Devices: PRI enabled (PRPR 1), ATS only, not attached.
    const DEVICES: [u32; 3] = [DID, DID + 1, DID + 2];

    #[derive(Clone, Debug)]
    enum Op {
        /// A message from DEVICES[d] with a PASID or not, and L, R, W.
        Msg { d: usize, pv: bool, l: bool, r: bool, w: bool, prgi: u16 },
        /// Software consumes `n` records (at most what is queued).
        Consume { n: u32 },
        /// Software clears pqof.
        ClearOverflow,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            6 => (0..3usize, any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), 0..512u16)
                .prop_map(|(d, pv, l, r, w, prgi)| Op::Msg { d, pv, l, r, w, prgi }),
            2 => (0..4u32).prop_map(|n| Op::Consume { n }),
            1 => Just(Op::ClearOverflow),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

        /// One response at most per message and only for Last non-Stop-Marker messages
        /// that were not queued; a queued message is the record at the old `pqt`; nothing is
        /// queued while `pqof` is set; the response code follows the device and the queue.
        #[test]
        fn one_response_per_group_end_and_records_in_order(ops in prop::collection::vec(op(), 1..60)) {
            let (b, pq, _) = setup(true, false, 2); // 4 entries, 3 usable
            let root = b.regs().ddtp().read().ppn();
            let mut dc = dc_iosatp(IosatpMode::BARE, 0, 0);
            dc.set_tc(dc.tc().with_en_ats(true));
            b.set_dc(root, 1, DEVICES[1], dc);
            for op in ops {
                match op {
                    Op::Msg { d, pv, l, r, w, prgi } => {
                        let p = PrPayload::default().with_l(l).with_r(r).with_w(w).with_prgi(prgi);
                        let m = PageRequest::default()
                            .with_did(DEVICES[d])
                            .with_pv(pv)
                            .with_pid(if pv { PID } else { 0 })
                            .with_payload(p);
                        let tail = b.regs().pqt().read().index();
                        let head = b.regs().pqh().read().index();
                        let overflow = b.regs().pqcsr().read().pqof();
                        let full = (tail + 1) % 4 == head;
                        let got = b.model.page_request(&m);
                        let sent = b.model.take_outbound_ats();
                        let needs_response = l && (r || w);
                        match got {
                            PageRequestOutcome::Queued => {
                                prop_assert_eq!(d, 0);
                                prop_assert!(!overflow && !full);
                                prop_assert!(sent.is_empty());
                                prop_assert_eq!(b.regs().pqt().read().index(), (tail + 1) % 4);
                                let at = (pq << PAGE_SHIFT) + u64::from(tail) * 16;
                                prop_assert_eq!(PageRequest::from_le_bytes(b.read(at)), m);
                            }
                            PageRequestOutcome::Discarded => {
                                prop_assert!(!needs_response);
                                prop_assert!(d != 0 || overflow || full);
                                prop_assert!(sent.is_empty());
                                prop_assert_eq!(b.regs().pqt().read().index(), tail);
                            }
                            PageRequestOutcome::Responded(c) => {
                                prop_assert!(needs_response);
                                prop_assert_eq!(sent, vec![AtsMessage::PageRequestGroupResponse(c)]);
                                prop_assert_eq!(b.regs().pqt().read().index(), tail);
                                let code = AtsPrgrPayload(c.payload()).resp_code();
                                let want = [PrgResp::SUCCESS, PrgResp::INVALID, PrgResp::FAILURE][d];
                                prop_assert_eq!(code, want);
                                // PRPR = 1 on device 0; Failure keeps the PASID; Invalid never has one here.
                                prop_assert_eq!(c.pv(), pv && d != 1);
                                prop_assert_eq!(AtsPrgrPayload(c.payload()).prgi(), prgi);
                            }
                        }
                        if overflow || full && d == 0 {
                            prop_assert!(b.regs().pqcsr().read().pqof());
                        }
                    }
                    Op::Consume { n } => {
                        let tail = b.regs().pqt().read().index();
                        let head = b.regs().pqh().read().index();
                        let used = (tail + 4 - head) % 4;
                        b.regs().pqh().write(QueueIndex::default().with_index((head + n.min(used)) % 4));
                    }
                    Op::ClearOverflow => {
                        let csr = b.regs().pqcsr().read();
                        b.regs().pqcsr().write(csr.with_pqof(true).with_pqmf(false));
                        prop_assert!(!b.regs().pqcsr().read().pqof());
                    }
                }
            }
        }
    }
}
