//! PCIe page requests ("PCIe ATS Page Request handling", ATS_PRI, iommu_data_structures.adoc)
//! and the page-request queue ("Page-Request-Queue (PQ)", iommu_in_memory_queues.adoc),
//! with the driver bringing the IOMMU up and draining the queue.
//!
//! Every expectation is computed here from the specification's text: the record layout
//! (PID, PV, PRIV, EXEC, DID, payload; PRIV/EXEC 0 without a PASID), the automatic Page
//! Request Group Response (Success for a full or overflowed queue, Invalid Request for
//! cause 260, Response Failure for 256..259, a disabled queue or `pqmf`; PASID iff PRPR
//! and the request had one, except Failure: iff the request had one), which messages get
//! none (Last = 0, Stop Markers), and the fault records of the device-context lookup
//! (TTYP 9 "PCIe Message Request", iotval = the message code, DTF honoured).

use driver::dma::DmaMemory;
use driver::iommu::{Config, DeviceConfig, FaultReport, Vectors};
use driver::regs::iommu_mem::{
    AtsFunc3, AtsPrgrPayload, CmdAts, CmdOpcode, FaultCause, PageRequest, PrPayload, PrgResp, Ttyp,
    DDI0_BITS, DDI1_BITS, PAGE_REQUEST_BYTES, PAGE_SHIFT,
};
use driver::regs::iommu_regs::{IommuRegs, Pqcsr};
use driver::regs::tlp::MsgCode;
use iommu_model::{AtsMessage, PageRequestOutcome};

use super::full_config;
use crate::platform::Platform;

/// The device that sends page requests (fits a 2LVL directory).
pub const DEVICE: u32 = 0x0142;
/// Its PASID.
pub const PASID: u32 = 0x4_2a51;
/// The page-request-queue vector the scenarios program.
pub const PIV: u8 = 11;

/// A message as the root port hands it over: requester `did`, PASID prefix `pasid` (with
/// Privileged Mode Requested and Execute Requested), PRG index `prgi`, L/R/W, and a page
/// address whose bits 63:12 are all used.
pub fn message(
    did: u32,
    pasid: Option<(u32, bool, bool)>,
    prgi: u16,
    l: bool,
    r: bool,
    w: bool,
) -> PageRequest {
    let payload = PrPayload::default()
        .with_r(r)
        .with_w(w)
        .with_l(l)
        .with_prgi(prgi)
        .with_page_addr(0xfedc_ba98_7654_3000 >> PAGE_SHIFT);
    let (pv, pid, pmr, er) = match pasid {
        Some((pid, pmr, er)) => (true, pid, pmr, er),
        None => (false, 0, false, false),
    };
    PageRequest::default()
        .with_did(did)
        .with_pv(pv)
        .with_pid(pid)
        .with_priv(pmr)
        .with_exec(er)
        .with_payload(payload)
}

/// The record the PQ section says the IOMMU writes for `m`: DID, PV, PID; PRIV and EXEC
/// from the PASID prefix (0 without one); the payload as received; everything else 0.
pub fn expected_record(m: &PageRequest) -> PageRequest {
    let pv = m.pv();
    PageRequest::default()
        .with_did(m.did())
        .with_pv(pv)
        .with_pid(if pv { m.pid() } else { 0 })
        .with_priv(pv && m.r#priv())
        .with_exec(pv && m.exec())
        .with_payload(m.payload())
}

/// The automatic response ATS_PRI describes for `m` with `code`, when the context's PRPR
/// is `prpr` (0 when none was located).
pub fn expected_response(m: &PageRequest, code: PrgResp, prpr: bool) -> CmdAts {
    let pasid = m.pv() && (prpr || code == PrgResp::FAILURE);
    CmdAts::default()
        .with_opcode(CmdOpcode::ATS)
        .with_func3(AtsFunc3::PRGR)
        .with_rid(m.did() as u16) // RID = DID[15:0]
        .with_pv(pasid)
        .with_pid(if pasid { m.pid() } else { 0 })
        .with_payload(
            AtsPrgrPayload::default().with_prgi(m.payload().prgi()).with_resp_code(code).0,
        )
}

/// The fault record of a refused page request `m` (FAULT_QUEUE: TTYP 9, iotval = the
/// PCIe message code of a Page Request).
pub fn expected_fault(m: &PageRequest, cause: FaultCause) -> FaultReport {
    FaultReport {
        cause,
        ttyp: Ttyp::PCIE_MSG,
        device_id: m.did(),
        pasid: m.pv().then_some(m.pid()),
        privileged: m.pv() && m.r#priv(),
        iotval: u64::from(MsgCode::PAGE_REQUEST.0),
        iotval2: 0,
    }
}

fn config(pq_entries: u32) -> Config {
    Config {
        vectors: Vectors { page_request_queue: PIV, ..Vectors::default() },
        page_request_queue_entries: pq_entries,
        poll_budget: 1_000,
        ..full_config()
    }
}

/// A device allowed to send page requests (EN_ATS = EN_PRI = 1), PRPR as given.
fn pri_device(prpr: bool) -> DeviceConfig {
    DeviceConfig { ats: true, pri: true, prg_response_pasid: prpr, ..DeviceConfig::bare() }
}

fn send<P: Platform>(p: &P, m: &PageRequest, want: PageRequestOutcome, what: &str) {
    let got = p.page_request(m);
    assert_eq!(got, want, "{}: {what}: {m:?}", p.name());
}

fn responded(m: &PageRequest, code: PrgResp, prpr: bool) -> PageRequestOutcome {
    PageRequestOutcome::Responded(expected_response(m, code, prpr))
}

/// The record at index `i` of the queue, read from memory.
fn record_at<D: DmaMemory>(mem: &D, base: driver::dma::PhysAddr, i: u32) -> PageRequest {
    let mut b = [0u8; PAGE_REQUEST_BYTES];
    mem.read(base.add(u64::from(i) * PAGE_REQUEST_BYTES as u64), &mut b).unwrap();
    PageRequest::from_le_bytes(b)
}

/// Messages from a device with PRI enabled are queued: the record bytes are exactly the
/// PQ section's (PRIV and EXEC only with a PASID, reserved bits 0), `pqt` advances by one
/// per message, `ipsr.pip` is set and the wire of `icvec.piv` rises; nothing is answered
/// and nothing is logged; Stop Markers are queued like requests. The driver's drain returns
/// the records in order and lowers the wire.
pub fn records_are_queued<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, config(64));
    iommu.attach(DEVICE, pri_device(false)).unwrap();
    let regs = IommuRegs::new(p.regs());
    let Some((base, entries)) = iommu.page_request_queue() else {
        panic!("{}: no page-request queue with ATS", p.name());
    };
    assert_eq!(entries, 64);
    assert_eq!(p.interrupt_lines(), 0, "{}: quiet after bring-up", p.name());
    let sent = [
        message(DEVICE, Some((PASID, true, true)), 0x1ff, false, true, true),
        message(DEVICE, Some((PASID, false, false)), 0x1ff, true, true, false),
        message(DEVICE, None, 3, true, false, true),
        // PMR/ER without a PASID cannot travel; a record must still say 0.
        message(DEVICE, None, 4, true, true, false).with_priv(true).with_exec(true),
        // A Stop Marker (L = 1, R = W = 0).
        message(DEVICE, Some((PASID, false, false)), 0, true, false, false),
    ];
    for (i, m) in sent.iter().enumerate() {
        send(&p, m, PageRequestOutcome::Queued, "PRI enabled");
        assert_eq!(regs.pqt().read().index(), i as u32 + 1, "{}: pqt", p.name());
        assert_eq!(record_at(&p.memory(), base, i as u32), expected_record(m), "{}", p.name());
    }
    // Spot-check the first record against the layout in the spec text: PID 31:12, PV 32,
    // PRIV 33, EXEC 34, DID 63:40, then R 0, W 1, L 2, PRGI 11:3, page address 63:12.
    let b = record_at(&p.memory(), base, 0).to_le_bytes();
    let dw0 = u64::from_le_bytes(b[0..8].try_into().unwrap());
    let dw1 = u64::from_le_bytes(b[8..16].try_into().unwrap());
    assert_eq!(dw0, u64::from(PASID) << 12 | 7 << 32 | u64::from(DEVICE) << 40, "{}", p.name());
    assert_eq!(dw1, 0xfedc_ba98_7654_3000 | 0x1ff << 3 | 3, "{}", p.name());
    let regs_pqcsr = regs.pqcsr().read();
    assert!(!regs_pqcsr.pqof() && !regs_pqcsr.pqmf(), "{}: {regs_pqcsr:?}", p.name());
    assert!(regs.ipsr().read().pip(), "{}: pip", p.name());
    assert_eq!(p.interrupt_lines(), 1 << PIV, "{}: the page-request wire", p.name());
    assert_eq!(p.take_ats_messages(), vec![], "{}: nothing answered", p.name());
    let drain = iommu.drain_page_requests().unwrap();
    let want: Vec<PageRequest> = sent.iter().map(expected_record).collect();
    assert_eq!(drain.requests, want, "{}", p.name());
    assert!(!drain.overflow && !drain.memory_fault);
    assert_eq!(p.interrupt_lines(), 0, "{}: drained", p.name());
    assert_eq!(iommu.drain_faults().unwrap().reports, vec![], "{}: nothing logged", p.name());
}

/// The device-context lookup refuses: an unattached device (DC not valid, 258) is answered
/// Response Failure (PASID kept); a device with ATS but not PRI, and a device_id too wide
/// for the 2LVL directory (260), Invalid Request without a PASID; each is logged (TTYP 9,
/// iotval 4), except the 260 of a device with DTF = 1. Messages without Last and Stop
/// Markers are dropped without a response but still logged.
pub fn lookup_refusals<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, config(64));
    let no_pri = DEVICE + 1;
    let no_pri_dtf = DEVICE + 2;
    iommu.attach(DEVICE, pri_device(true)).unwrap();
    iommu.attach(no_pri, DeviceConfig { ats: true, ..DeviceConfig::bare() }).unwrap();
    let dtf = DeviceConfig { disable_translation_faults: true, ..DeviceConfig::bare() };
    iommu.attach(no_pri_dtf, dtf).unwrap();
    let unattached = DEVICE + 3;
    let wide = 1 << (DDI0_BITS + DDI1_BITS) | DEVICE; // DDI[2] != 0 in a 2LVL directory
    let regs = IommuRegs::new(p.regs());
    assert_eq!(iommu.ddt_levels(), driver::iommu::DdtLevels::Two, "{}", p.name());
    let pasid = Some((PASID, true, false));

    let cases = [
        (unattached, FaultCause::DDT_INVALID, PrgResp::FAILURE, true),
        (no_pri, FaultCause::TTYP_DISALLOWED, PrgResp::INVALID, true),
        (no_pri_dtf, FaultCause::TTYP_DISALLOWED, PrgResp::INVALID, false),
        (wide, FaultCause::TTYP_DISALLOWED, PrgResp::INVALID, true),
    ];
    for (did, cause, code, logged) in cases {
        let last = message(did, pasid, 0x55, true, true, false);
        send(&p, &last, responded(&last, code, false), "refused, Last");
        let partial = message(did, pasid, 0x55, false, true, false);
        send(&p, &partial, PageRequestOutcome::Discarded, "refused, not Last");
        let stop = message(did, pasid, 0, true, false, false);
        send(&p, &stop, PageRequestOutcome::Discarded, "refused Stop Marker");
        let want_msgs =
            vec![AtsMessage::PageRequestGroupResponse(expected_response(&last, code, false))];
        assert_eq!(p.take_ats_messages(), want_msgs, "{}: device {did:#x}", p.name());
        let reports = iommu.drain_faults().unwrap().reports;
        let want: Vec<FaultReport> = if logged {
            [last, partial, stop].iter().map(|m| expected_fault(m, cause)).collect()
        } else {
            Vec::new()
        };
        assert_eq!(reports, want, "{}: device {did:#x}", p.name());
    }
    // Invalid Request carries no PASID even with PRPR: no context was located or its PRPR
    // is 0. Response Failure without a PASID in the request carries none.
    let bare = message(unattached, None, 7, true, false, true);
    send(&p, &bare, responded(&bare, PrgResp::FAILURE, false), "no PASID");
    assert!(!expected_response(&bare, PrgResp::FAILURE, false).pv());
    p.take_ats_messages();
    let reports = iommu.drain_faults().unwrap().reports;
    let want = vec![expected_fault(&bare, FaultCause::DDT_INVALID)];
    assert!(want[0].pasid.is_none() && !want[0].privileged, "no PASID, no PRIV");
    assert_eq!(reports, want, "{}: no PASID: fault record", p.name());
    assert_eq!(regs.pqt().read().index(), 0, "{}: nothing queued", p.name());
    // The enabled device is still queued.
    send(&p, &message(DEVICE, pasid, 1, true, true, true), PageRequestOutcome::Queued, "ok");
}

/// The device-context lookup stops before `EN_PRI` can be read (ATS_PRI): `ddtp` Off
/// (256), a non-leaf DDT entry pointing at memory the platform refuses (257) and one with a
/// reserved bit set (259) answer Response Failure, with the PASID exactly when the request
/// had one; `ddtp` Bare (260) answers Invalid Request without a PASID (no context located:
/// PRPR is taken as 0). Every message is logged (TTYP 9, iotval = the message code, the
/// request's PASID and Privileged Mode, neither without a PASID): the ones answered and the
/// ones dropped without an answer (Last = 0, Stop Marker). After each case is undone the
/// device's messages are queued again.
pub fn lookup_faults<P: Platform>(make: impl Fn() -> P) {
    use super::faults::device_directory::ddte_addr;
    use super::faults::{peek, poke, set_ddtp};
    use driver::iommu::DdtLevels;
    use driver::regs::iommu_mem::Ddte;
    use driver::regs::iommu_regs::IommuMode;

    let p = make();
    let mut iommu = super::init(&p, config(64));
    iommu.attach(DEVICE, pri_device(true)).unwrap();
    assert_eq!(iommu.ddt_levels(), DdtLevels::Two, "{}", p.name());
    let root = iommu.ddt_root();
    let entry = ddte_addr(&p, root, DdtLevels::Two, DEVICE, 1);
    let good = peek(&p, entry);
    let refused = Ddte(good).with_ppn(p.refused_address().ppn()).0;
    let lowest_reserved = Ddte::RESERVED.0 & Ddte::RESERVED.0.wrapping_neg();
    assert_ne!(lowest_reserved, 0, "a non-leaf DDT entry has reserved bits");
    let regs = IommuRegs::new(p.regs());
    let mut queued = 0;
    let cases = [
        ("ddtp Off", FaultCause::ALL_INBOUND_DISALLOWED, PrgResp::FAILURE),
        ("level-1 DDT entry refused", FaultCause::DDT_LOAD_FAULT, PrgResp::FAILURE),
        ("level-1 DDT entry reserved bit", FaultCause::DDT_MISCONFIGURED, PrgResp::FAILURE),
        ("ddtp Bare", FaultCause::TTYP_DISALLOWED, PrgResp::INVALID),
    ];
    for (what, cause, code) in cases {
        match cause {
            FaultCause::ALL_INBOUND_DISALLOWED => set_ddtp(&p, IommuMode::OFF, root.ppn()),
            FaultCause::TTYP_DISALLOWED => set_ddtp(&p, IommuMode::BARE, root.ppn()),
            FaultCause::DDT_LOAD_FAULT => poke(&p, entry, refused),
            _ => poke(&p, entry, good | lowest_reserved),
        }
        iommu.invalidate_all_devices().unwrap();

        let pasid = Some((PASID, true, false));
        let last = message(DEVICE, pasid, 0x66, true, true, false);
        send(&p, &last, responded(&last, code, false), what);
        let partial = message(DEVICE, pasid, 0x66, false, true, false);
        send(&p, &partial, PageRequestOutcome::Discarded, what);
        let stop = message(DEVICE, pasid, 0, true, false, false);
        send(&p, &stop, PageRequestOutcome::Discarded, what);
        let no_pasid = message(DEVICE, None, 0x67, true, false, true);
        send(&p, &no_pasid, responded(&no_pasid, code, false), what);
        let want_msgs: Vec<AtsMessage> = [&last, &no_pasid]
            .into_iter()
            .map(|m| AtsMessage::PageRequestGroupResponse(expected_response(m, code, false)))
            .collect();
        assert_eq!(p.take_ats_messages(), want_msgs, "{}: {what}: responses", p.name());
        let want: Vec<FaultReport> =
            [last, partial, stop, no_pasid].iter().map(|m| expected_fault(m, cause)).collect();
        assert!(want[3].pasid.is_none() && !want[3].privileged, "no PASID, no PRIV");
        let reports = iommu.drain_faults().unwrap().reports;
        assert_eq!(reports, want, "{}: {what}: fault records", p.name());
        assert_eq!(regs.pqt().read().index(), queued, "{}: {what}: nothing queued", p.name());

        match cause {
            FaultCause::ALL_INBOUND_DISALLOWED | FaultCause::TTYP_DISALLOWED => {
                set_ddtp(&p, IommuMode::LVL2, root.ppn())
            }
            _ => poke(&p, entry, good),
        }
        iommu.invalidate_all_devices().unwrap();
        let ok = message(DEVICE, pasid, 1, true, true, false);
        send(&p, &ok, PageRequestOutcome::Queued, what);
        queued += 1;
        assert_eq!(regs.pqt().read().index(), queued, "{}: {what}: undone", p.name());
        assert_eq!(p.take_ats_messages(), vec![], "{}: {what}: undone", p.name());
    }
}

/// A full queue (`pqt == pqh - 1`) sets `pqof` and answers a Last request Success (with
/// the PASID iff PRPR), drops the others; while `pqof` is set every message is dropped or
/// answered the same way even with room in the queue; once the driver drained the queue and
/// cleared `pqof`, messages are queued again. `pip` and the wire stay up while `pqof` is
/// set.
pub fn queue_full<P: Platform>(make: impl Fn() -> P) {
    for prpr in [false, true] {
        let p = make();
        let mut iommu = super::init(&p, config(4)); // 4 entries, 3 usable
        iommu.attach(DEVICE, pri_device(prpr)).unwrap();
        let regs = IommuRegs::new(p.regs());
        let pasid = Some((PASID, false, false));
        for i in 0..3 {
            send(
                &p,
                &message(DEVICE, pasid, i, false, true, false),
                PageRequestOutcome::Queued,
                "room",
            );
        }
        let last = message(DEVICE, pasid, 2, true, true, false);
        send(&p, &last, responded(&last, PrgResp::SUCCESS, prpr), "full, Last");
        let csr = regs.pqcsr().read();
        assert!(csr.pqof() && !csr.pqmf(), "{}: {csr:?}", p.name());
        assert_eq!(regs.pqt().read().index(), 3, "{}: pqt", p.name());
        send(
            &p,
            &message(DEVICE, pasid, 5, false, true, false),
            PageRequestOutcome::Discarded,
            "full",
        );
        send(
            &p,
            &message(DEVICE, pasid, 0, true, false, false),
            PageRequestOutcome::Discarded,
            "stop",
        );
        assert_eq!(
            p.take_ats_messages(),
            vec![AtsMessage::PageRequestGroupResponse(expected_response(
                &last,
                PrgResp::SUCCESS,
                prpr
            ))],
            "{}",
            p.name()
        );
        assert_eq!(iommu.drain_faults().unwrap().reports, vec![], "{}: not logged", p.name());
        // Drained: room, but pqof still drops.
        let drain = iommu.drain_page_requests().unwrap();
        assert_eq!(drain.requests.len(), 3, "{}", p.name());
        assert!(drain.overflow, "{}", p.name());
        assert_eq!(p.interrupt_lines(), 1 << PIV, "{}: pip re-asserted while pqof", p.name());
        let again = message(DEVICE, pasid, 9, true, false, true);
        send(&p, &again, responded(&again, PrgResp::SUCCESS, prpr), "pqof set");
        assert_eq!(regs.pqt().read().index(), 3, "{}: nothing written", p.name());
        // Cleared: queued again, at the index after the last record.
        iommu.clear_page_request_errors(true, false).unwrap();
        assert!(!regs.pqcsr().read().pqof());
        let m = message(DEVICE, pasid, 9, true, false, true);
        send(&p, &m, PageRequestOutcome::Queued, "cleared");
        assert_eq!(regs.pqt().read().index(), 0, "{}: pqt wraps", p.name());
        let drain = iommu.drain_page_requests().unwrap();
        assert_eq!(drain.requests, vec![expected_record(&m)], "{}", p.name());
        assert!(!drain.overflow);
        assert_eq!(p.interrupt_lines(), 0, "{}", p.name());
    }
}

/// With the page-request queue disabled (`pqen` = 0) a Last request is answered Response
/// Failure, with the request's PASID whatever PRPR says; others are dropped; no fault
/// record is written. Enabled again (which clears `pqt`), messages are queued.
pub fn queue_disabled<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, config(64));
    iommu.attach(DEVICE, pri_device(false)).unwrap();
    let regs = IommuRegs::new(p.regs());
    let csr = regs.pqcsr().read();
    regs.pqcsr().write(Pqcsr::default().with_pie(csr.pie()));
    p.run_until_idle();
    assert!(!regs.pqcsr().read().pqon(), "{}: pqon", p.name());
    let pasid = Some((PASID, true, true));
    let last = message(DEVICE, pasid, 0x100, true, true, false);
    send(&p, &last, responded(&last, PrgResp::FAILURE, false), "pqen 0, Last");
    assert!(expected_response(&last, PrgResp::FAILURE, false).pv(), "Failure keeps the PASID");
    send(
        &p,
        &message(DEVICE, pasid, 1, false, true, false),
        PageRequestOutcome::Discarded,
        "pqen 0",
    );
    let bare = message(DEVICE, None, 2, true, true, false);
    send(&p, &bare, responded(&bare, PrgResp::FAILURE, false), "pqen 0, no PASID");
    assert_eq!(p.take_ats_messages().len(), 2, "{}", p.name());
    assert_eq!(iommu.drain_faults().unwrap().reports, vec![], "{}: not logged", p.name());
    regs.pqcsr().write(csr.with_pqen(true));
    p.run_until_idle();
    assert!(regs.pqcsr().read().pqon(), "{}: on again", p.name());
    send(&p, &last, PageRequestOutcome::Queued, "pqen 1");
}

/// A page-request queue in memory the platform refuses: the first message sets `pqmf` (no
/// record, `pqt` unchanged) and a Last one is answered Response Failure with its PASID;
/// while `pqmf` is set every message is dropped or answered so, even once the queue is in
/// good memory again; `pip` and the wire stay up. Cleared by the driver, the queue takes
/// records again.
pub fn queue_memory_fault<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, config(64));
    iommu.attach(DEVICE, pri_device(true)).unwrap();
    let regs = IommuRegs::new(p.regs());
    let Some((good, _)) = iommu.page_request_queue() else {
        panic!("{}: no page-request queue", p.name());
    };
    let pqb = regs.pqb().read();
    let csr = regs.pqcsr().read();
    // Off, moved to where nothing answers, on again.
    regs.pqcsr().write(Pqcsr::default().with_pie(csr.pie()));
    p.run_until_idle();
    let bad = p.refused_address().0 >> PAGE_SHIFT;
    regs.pqb().write(pqb.with_ppn(bad));
    regs.pqcsr().write(csr.with_pqen(true));
    p.run_until_idle();
    assert!(regs.pqcsr().read().pqon(), "{}", p.name());
    let pasid = Some((PASID, false, true));
    let last = message(DEVICE, pasid, 0x1e, true, true, false);
    send(&p, &last, responded(&last, PrgResp::FAILURE, true), "refused record write");
    let after = regs.pqcsr().read();
    assert!(after.pqmf() && !after.pqof(), "{}: {after:?}", p.name());
    assert_eq!(regs.pqt().read().index(), 0, "{}: pqt", p.name());
    assert!(regs.ipsr().read().pip(), "{}: pip with pqmf", p.name());
    assert_eq!(p.interrupt_lines(), 1 << PIV, "{}", p.name());
    // While pqmf is set, nothing is written: dropped, and no response without Last.
    send(&p, &message(DEVICE, pasid, 2, false, true, false), PageRequestOutcome::Discarded, "pqmf");
    let stop = message(DEVICE, pasid, 0, true, false, false);
    send(&p, &stop, PageRequestOutcome::Discarded, "pqmf, Stop Marker");
    assert_eq!(
        p.take_ats_messages(),
        vec![AtsMessage::PageRequestGroupResponse(expected_response(
            &last,
            PrgResp::FAILURE,
            true
        ))],
        "{}",
        p.name()
    );
    assert_eq!(iommu.drain_faults().unwrap().reports, vec![], "{}: not logged", p.name());
    let drain = iommu.drain_page_requests().unwrap();
    assert!(drain.memory_fault && drain.requests.is_empty(), "{}: {drain:?}", p.name());
    // Clearing pqmf with the queue still in refused memory: the next message faults again.
    iommu.clear_page_request_errors(false, true).unwrap();
    assert!(!regs.pqcsr().read().pqmf(), "{}", p.name());
    send(&p, &last, responded(&last, PrgResp::FAILURE, true), "still refused");
    assert!(regs.pqcsr().read().pqmf(), "{}", p.name());
    // Good memory again (pqen 0 -> 1 clears pqmf and pqt): queued.
    regs.pqcsr().write(Pqcsr::default().with_pie(csr.pie()));
    p.run_until_idle();
    regs.pqb().write(pqb.with_ppn(good.0 >> PAGE_SHIFT));
    regs.pqcsr().write(csr.with_pqen(true));
    p.run_until_idle();
    send(&p, &last, PageRequestOutcome::Queued, "good memory");
    assert_eq!(iommu.drain_page_requests().unwrap().requests, vec![expected_record(&last)]);
    p.take_ats_messages();
}
