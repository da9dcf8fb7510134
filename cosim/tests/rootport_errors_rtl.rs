//! The root port's receive-error handling on the whole design (`kit_sim_top`: root port +
//! IOMMU), one test per case of `hw/rootport/rp_rx.sv`'s rules, driven from the link with raw
//! TLPs and read back through ECAM as software would.
//!
//! Each case checks: the AER Uncorrectable Error Status bit (and no other), the First Error
//! Pointer, the four Header Log DWs against the TLP's header, the TLP Prefix Log and its
//! Present bit against the TLP's End-End prefixes, the Device Status bits, the completion
//! sent for a non-posted request (status, requester ID, tag, completer ID, Byte Count and
//! Lower Address per PCIe 2.2.9) or that none was sent, and that nothing reached host memory.
//! The status is then cleared (RW1C) and a second TLP checks that the log took the new error
//! (re-armed) and that a valid DMA write with a PASID prefix still lands.

mod kit;

use cosim::{Config, Harness};
use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{AtsTarget, Command, Config as IommuConfig, Iommu, Requirements};
use driver::regs::iommu_mem::PrgResp;
use driver::regs::iommu_regs::IommuMode;
use driver::regs::pcie_ep_caps::RoutingId;
use driver::regs::pcie_rp_cfg::{
    AcsCtrl, AerCorErrors, AerCorMask, AerUncorErrors, AerUncorStatus, Devsta, Mps,
};
use driver::regs::tlp::{
    At, CplStatus, MsgCode, PrgRespCode, TlpDw0, TlpFmtType, TlpPasidPrefix, TlpPrgResp,
};
use kit::*;
use pcie_endpoint::tlp::{
    Attrs, Completion, MemRequest, Message, PageRequest, Pasid, PasidPrefix, Tlp, TlpBody,
};

// ---------------------------------------------------------------------------------------------
// TLPs
// ---------------------------------------------------------------------------------------------

fn pasid_prefix(pasid: u32) -> PasidPrefix {
    PasidPrefix { pasid: Pasid::new(pasid).unwrap(), privileged: false, execute: false }
}

fn mem(write: bool, address: u64, length_dw: usize, tag: u8) -> MemRequest {
    MemRequest {
        write,
        requester_id: EP_RID,
        tag,
        address,
        length_dw,
        first_be: 0xf,
        last_be: if length_dw == 1 { 0 } else { 0xf },
        at: At::UNTRANSLATED,
        attrs: Attrs::default(),
        data: if write {
            (0..4 * length_dw).map(|i| (i as u8).wrapping_mul(7) ^ tag).collect()
        } else {
            Vec::new()
        },
    }
}

fn encode(m: MemRequest, pasid: Option<u32>) -> Vec<u32> {
    Tlp { prefix: pasid.map(pasid_prefix), body: TlpBody::Mem(m) }.encode().unwrap()
}

fn mwr(address: u64, length_dw: usize) -> Vec<u32> {
    encode(mem(true, address, length_dw, 0), None)
}

fn mrd(address: u64, length_dw: usize, tag: u8) -> Vec<u32> {
    encode(mem(false, address, length_dw, tag), None)
}

/// Rewrite DW0 of the header (after the prefixes).
fn with_dw0(mut dws: Vec<u32>, f: impl FnOnce(TlpDw0) -> TlpDw0) -> Vec<u32> {
    let i = prefixes(&dws).len();
    dws[i] = f(TlpDw0(dws[i])).0;
    dws
}

/// A prefix DW of Fmt/Type `ft` (the rest zero).
fn prefix_dw(ft: TlpFmtType) -> u32 {
    TlpPasidPrefix::default().with_fmt_type(ft).0
}

fn with_prefixes(pfx: &[u32], dws: Vec<u32>) -> Vec<u32> {
    pfx.iter().copied().chain(dws).collect()
}

/// A completion from the link for a request of the port (requester = the port, ID 0).
fn cpl_from_link(tag: u8) -> Vec<u32> {
    Tlp::new(TlpBody::Completion(Completion {
        completer_id: EP_RID,
        status: CplStatus::SC,
        bcm: false,
        byte_count: 4,
        requester_id: RoutingId(0),
        tag,
        lower_address: 0,
        attrs: Attrs::default(),
        data: vec![1, 2, 3, 4],
    }))
    .encode()
    .unwrap()
}

/// A raw request of Fmt/Type `ft` with a 3 DW header shaped like a memory request (IO,
/// configuration, AtomicOp, locked read), `len` DWs and that many data DWs when it has data.
fn raw_request(ft: TlpFmtType, len: u16, tag: u8, dw2: u32) -> Vec<u32> {
    let dw0 = TlpDw0::default().with_fmt_type(ft).with_length(len);
    let dw1 = u32::from(EP_RID.0) << 16 | u32::from(tag) << 8 | 0xf;
    let mut v = vec![dw0.0, dw1, dw2];
    if ft.0 & 0x40 != 0 {
        v.extend((0..len).map(|i| 0x1111_0000 + u32::from(i)));
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Expectations
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
struct ExpectCpl {
    /// Requester ID of the request (the completion's destination).
    rid: u16,
    fmt_type: TlpFmtType,
    status: CplStatus,
    tag: u8,
    byte_count: u16,
    lower_address: u8,
}

#[derive(Clone, Debug)]
struct Expect {
    /// The one uncorrectable status bit.
    bit: AerUncorErrors,
    /// The header and prefixes are logged (false: a masked error leaves the log alone).
    logs: bool,
    /// What the Header Log holds when it logs (default: the TLP's header).
    header: Option<[u32; 4]>,
    /// Whether the prefix log holds the TLP's End-End prefixes (default: if it has any).
    prefixes: Option<Vec<u32>>,
    devsta: Devsta,
    cpl: Option<ExpectCpl>,
}

fn malformed() -> Expect {
    Expect {
        bit: AerUncorErrors::default().with_malformed_tlp(true),
        logs: true,
        header: None,
        prefixes: None,
        // Malformed TLP is fatal by default (Uncorrectable Error Severity).
        devsta: Devsta::default().with_fatal_err_detected(true),
        cpl: None,
    }
}

/// UR of a posted request: non-fatal, not advisory (PCIe 6.2.3.2.4).
fn ur_posted() -> Expect {
    Expect {
        bit: AerUncorErrors::default().with_unsupported_request(true),
        devsta: Devsta::default()
            .with_unsupported_req_detected(true)
            .with_non_fatal_err_detected(true),
        ..malformed()
    }
}

/// UR of a non-posted request: the UR completion makes it an Advisory Non-Fatal Error
/// (6.2.3.2.4.1), reported as correctable; Advisory Non-Fatal is masked by default in the
/// Correctable Error Mask, so Device Status shows only UR Detected and, as for any masked
/// advisory error, neither the First Error Pointer nor the Header Log moves (Figure 6-2).
fn ur_np(cpl: ExpectCpl) -> Expect {
    Expect {
        bit: AerUncorErrors::default().with_unsupported_request(true),
        logs: false,
        devsta: Devsta::default().with_unsupported_req_detected(true),
        cpl: Some(cpl),
        ..malformed()
    }
}

fn acs(cpl: Option<ExpectCpl>) -> Expect {
    Expect {
        bit: AerUncorErrors::default().with_acs_violation(true),
        devsta: Devsta::default().with_non_fatal_err_detected(true),
        cpl,
        ..malformed()
    }
}

/// Byte Count and Lower Address of the first completion of a memory read (PCIe 2.2.9), from
/// the request's address and byte enables.
fn read_bc_la(address: u64, len: usize, fbe: u8, lbe: u8) -> (u16, u8) {
    let first = if fbe == 0 { 0 } else { fbe.trailing_zeros() as usize };
    let bc = if len == 1 {
        if fbe == 0 {
            1
        } else {
            (7 - fbe.leading_zeros() as usize) - first + 1
        }
    } else {
        let last_hi = 7 - lbe.leading_zeros() as usize; // highest enabled byte of the last DW
        4 * len - first - (3 - last_hi)
    };
    (bc as u16 & 0xfff, (address as u8 & 0x7c) | first as u8)
}

fn ur_cpl_for_read(address: u64, len: usize, tag: u8) -> ExpectCpl {
    let (byte_count, lower_address) = read_bc_la(address, len, 0xf, if len == 1 { 0 } else { 0xf });
    ExpectCpl {
        rid: EP_RID.0,
        fmt_type: TlpFmtType::CPL,
        status: CplStatus::UR,
        tag,
        byte_count,
        lower_address,
    }
}

// ---------------------------------------------------------------------------------------------
// Running a case
// ---------------------------------------------------------------------------------------------

fn new_kit() -> Harness {
    kit(TOP, Config { seed: 7, ..Config::default() }, Mps::MPS_128B)
}

/// Send `dws`, let the port settle, check everything `e` says and that memory is untouched;
/// then clear the error bits. Returns the error state seen.
fn check(h: &Harness, name: &str, dws: &[u32], e: &Expect) -> ErrState {
    let before_mem = windows(h);
    let before = err_state(h);
    h.take_observations();
    h.send_tlp(dws).unwrap();
    h.run(SETTLE).unwrap();
    let obs = h.take_observations();
    let s = err_state(h);
    assert_eq!(s.uncor, e.bit, "{name}: uncorrectable error status");
    let fep = e.bit.0.trailing_zeros() as u8;
    if e.logs {
        assert_eq!(s.cap_ctrl.first_error_pointer(), fep, "{name}: first error pointer");
        let header = e.header.unwrap_or_else(|| header_log(dws));
        assert_eq!(s.header, header, "{name}: header log");
        let ee: Vec<u32> =
            e.prefixes.clone().unwrap_or_else(|| prefixes(dws).into_iter().take(4).collect());
        let mut plog = [0u32; 4];
        plog[..ee.len()].copy_from_slice(&ee);
        assert_eq!(s.prefix, plog, "{name}: TLP prefix log");
        assert_eq!(
            s.cap_ctrl.tlp_prefix_log_present(),
            !ee.is_empty(),
            "{name}: prefix log present"
        );
    } else {
        assert_eq!(s.cap_ctrl, before.cap_ctrl, "{name}: a masked error moved the log");
        assert_eq!(s.header, before.header, "{name}: a masked error was logged");
        assert_eq!(s.prefix, before.prefix, "{name}: a masked error logged prefixes");
    }
    let detected = Devsta::default()
        .with_unsupported_req_detected(true)
        .with_fatal_err_detected(true)
        .with_non_fatal_err_detected(true)
        .with_correctable_err_detected(true);
    assert_eq!(Devsta(s.devsta.0 & detected.0), e.devsta, "{name}: device status");
    let (cpls, other) = split_tx(&obs);
    assert!(other.is_empty(), "{name}: unexpected TLPs sent {other:x?}");
    match e.cpl {
        None => assert!(cpls.is_empty(), "{name}: a completion was sent: {cpls:?}"),
        Some(x) => {
            assert_eq!(cpls.len(), 1, "{name}: one completion expected, got {cpls:?}");
            let c = &cpls[0];
            assert_eq!(c.fmt_type, x.fmt_type, "{name}: completion type");
            assert_eq!(c.hdr.status(), x.status, "{name}: completion status");
            assert_eq!(c.hdr.requester_id(), x.rid, "{name}: requester ID");
            assert_eq!(c.hdr.tag(), x.tag, "{name}: tag");
            assert_eq!(c.hdr.completer_id(), 0, "{name}: completer ID (the port)");
            assert_eq!(c.hdr.byte_count(), x.byte_count, "{name}: byte count");
            assert_eq!(c.hdr.lower_address(), x.lower_address, "{name}: lower address");
            assert!(c.data.is_empty(), "{name}: data in an error completion");
        }
    }
    assert!(mem_writes(&obs).is_empty(), "{name}: memory written: {:x?}", mem_writes(&obs));
    assert!(windows(h) == before_mem, "{name}: host memory changed");
    clear_errors(h);
    s
}

/// After a case: a valid DMA write with a PASID prefix lands byte for byte (the port
/// recovered), and a different error is logged afresh (the log re-armed).
fn recovered(h: &Harness) {
    let addr = WIN32 + 0x240;
    let m = mem(true, addr, 3, 0x3c);
    let data = m.data.clone();
    h.take_observations();
    h.send_tlp(&encode(m, Some(0x1234))).unwrap();
    h.run(SETTLE).unwrap();
    let mut got = vec![0; data.len()];
    h.read(PhysAddr(addr), &mut got).unwrap();
    assert_eq!(got, data, "valid write after the error did not land");
    assert_eq!(err_state(h).uncor, AerUncorErrors::default(), "valid write logged an error");
    // A different error now: the log must take it.
    let bad = with_dw0(mwr(WIN32 + 0x300, 2), |d| d.with_length(3));
    check(h, "re-armed log", &bad, &malformed());
}

/// One case on a fresh port, then the recovery checks.
fn case(name: &str, dws: Vec<u32>, e: Expect) {
    let h = new_kit();
    check(&h, name, &dws, &e);
    recovered(&h);
}

// ---------------------------------------------------------------------------------------------
// Prefix rules
// ---------------------------------------------------------------------------------------------

#[test]
fn local_prefix_is_malformed() {
    let l = prefix_dw(TlpFmtType::PREFIX_VENDOR_L0);
    // A Local prefix is not an End-End prefix: the prefix log stays empty.
    case(
        "local prefix",
        with_prefixes(&[l], mwr(WIN32, 1)),
        Expect { prefixes: Some(vec![]), ..malformed() },
    );
}

#[test]
fn local_prefix_after_end_end_prefix_is_malformed() {
    let p = pasid_prefix(5).to_dw();
    let l = prefix_dw(TlpFmtType::PREFIX_VENDOR_L0);
    case(
        "E-E then Local prefix",
        with_prefixes(&[p, l], mrd(WIN32, 1, 1)),
        Expect { prefixes: Some(vec![p]), ..malformed() },
    );
}

#[test]
fn end_end_prefix_without_support_is_malformed() {
    let h = kit(TOP_NOPREFIX, Config::default(), Mps::MPS_128B);
    let dws = encode(mem(true, WIN32 + 0x40, 2, 0), Some(9));
    check(&h, "prefix on a port without prefix support", &dws, &malformed());
    // Without the prefix the same write lands.
    let m = mem(true, WIN32 + 0x40, 2, 0);
    h.send_tlp(&encode(m.clone(), None)).unwrap();
    h.run(SETTLE).unwrap();
    let mut got = vec![0; 8];
    h.read(PhysAddr(WIN32 + 0x40), &mut got).unwrap();
    assert_eq!(got, m.data);
}

#[test]
fn more_than_four_end_end_prefixes_are_malformed() {
    let p: Vec<u32> = (1..=5).map(|n| pasid_prefix(n).to_dw()).collect();
    case("5 E-E prefixes", with_prefixes(&p, mrd(WIN32, 1, 2)), malformed());
}

#[test]
fn end_end_prefix_other_than_pasid_is_malformed() {
    let t = prefix_dw(TlpFmtType::PREFIX_EXT_TPH);
    case("Extended TPH prefix", with_prefixes(&[t], mwr(WIN32, 2)), malformed());
}

#[test]
fn prefix_without_header_is_malformed() {
    // Nothing to log: the header log is zero and no prefix is logged (the port's choice:
    // there is no TLP header to go with it).
    let p = pasid_prefix(3).to_dw();
    case(
        "prefix only",
        vec![p],
        Expect { header: Some([0; 4]), prefixes: Some(vec![]), ..malformed() },
    );
}

#[test]
fn two_pasid_prefixes_are_unsupported_request() {
    // Two End-End prefixes > Max End-End TLP Prefixes (1): UR, the count decides first.
    let p = [pasid_prefix(1).to_dw(), pasid_prefix(2).to_dw()];
    let a = WIN32 + 0x84;
    case(
        "2 prefixes on MRd",
        with_prefixes(&p, mrd(a, 3, 0x21)),
        ur_np(ur_cpl_for_read(a, 3, 0x21)),
    );
    case("2 prefixes on MWr", with_prefixes(&p, mwr(a, 3)), ur_posted());
}

#[test]
fn too_many_prefixes_on_a_completion_are_unexpected_completion() {
    // Beyond Max End-End TLP Prefixes the prefixes are not examined: their number decides.
    let t = prefix_dw(TlpFmtType::PREFIX_EXT_TPH);
    case(
        "3 prefixes on CplD",
        with_prefixes(&[t, t, t], cpl_from_link(4)),
        Expect {
            bit: AerUncorErrors::default().with_unexpected_completion(true),
            // Advisory (6.2.3.2.4.5), masked as correctable by default: not logged.
            logs: false,
            devsta: Devsta::default(),
            ..malformed()
        },
    );
    // A PASID prefix among them makes the completion Malformed (PASID is never allowed on a
    // completion; for too many prefixes PCIe permits Malformed as well).
    let p = [pasid_prefix(1).to_dw(), pasid_prefix(2).to_dw()];
    case("2 PASID prefixes on CplD", with_prefixes(&p, cpl_from_link(5)), malformed());
}

#[test]
fn pasid_prefix_where_not_allowed_is_malformed() {
    let p = [pasid_prefix(7).to_dw()];
    let translated = with_dw0(mwr(WIN32 + 0x100, 2), |d| d.with_at(At::TRANSLATED));
    case("PASID on translated MWr", with_prefixes(&p, translated), malformed());
    case("PASID on a completion", with_prefixes(&p, cpl_from_link(9)), malformed());
    let io = raw_request(TlpFmtType::IORD, 1, 3, 0x100);
    case("PASID on IORd", with_prefixes(&p, io), malformed());
    let ats_cpl = Tlp::new(TlpBody::Message(Message::AtsInvalCompletion {
        requester_id: EP_RID,
        tag: 0,
        device_id: RoutingId(0),
        cc: 1,
        itag_vector: 1,
    }))
    .encode()
    .unwrap();
    case("PASID on ATS Invalidate Completion", with_prefixes(&p, ats_cpl), malformed());
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

#[test]
fn reserved_fmt_type_is_malformed() {
    // Fmt 000b Type 00011b: no such TLP.
    case("reserved Fmt/Type", raw_request(TlpFmtType(0x03), 1, 1, WIN32 as u32), malformed());
    // Fmt 010b Type 11011b.
    case(
        "reserved Fmt/Type with data",
        raw_request(TlpFmtType(0x5b), 1, 1, WIN32 as u32),
        malformed(),
    );
}

#[test]
fn locked_read_gets_cpllk_ur() {
    let a = WIN32 + 0x48;
    // A 2 DW locked read with both byte enables full.
    let mut dws = raw_request(TlpFmtType::MRDLK32, 2, 0x11, a as u32);
    dws[1] |= 0xf0;
    let (byte_count, lower_address) = read_bc_la(a, 2, 0xf, 0xf);
    case(
        "MRdLk",
        dws,
        ur_np(ExpectCpl {
            rid: EP_RID.0,
            fmt_type: TlpFmtType::CPLLK,
            status: CplStatus::UR,
            tag: 0x11,
            byte_count,
            lower_address,
        }),
    );
}

/// IO, configuration and AtomicOp requests: UR completions, Byte Count 4 (the operand size
/// for an AtomicOp), Lower Address 0 (PCIe 2.2.9: not a memory read).
#[test]
fn io_config_and_atomics_are_unsupported() {
    let cpl = |tag, byte_count| ExpectCpl {
        rid: EP_RID.0,
        fmt_type: TlpFmtType::CPL,
        status: CplStatus::UR,
        tag,
        byte_count,
        lower_address: 0,
    };
    case("IORd", raw_request(TlpFmtType::IORD, 1, 0x31, 0x100), ur_np(cpl(0x31, 4)));
    case("IOWr", raw_request(TlpFmtType::IOWR, 1, 0x32, 0x104), ur_np(cpl(0x32, 4)));
    let cfg_target = u32::from(LINK_BUS) << 24;
    case("CfgRd0", raw_request(TlpFmtType::CFGRD0, 1, 0x33, cfg_target), ur_np(cpl(0x33, 4)));
    case("CfgWr1", raw_request(TlpFmtType::CFGWR1, 1, 0x34, cfg_target), ur_np(cpl(0x34, 4)));
    case(
        "FetchAdd32",
        raw_request(TlpFmtType::FETCHADD32, 1, 0x35, WIN32 as u32),
        ur_np(cpl(0x35, 4)),
    );
    case("Swap32 8 B", raw_request(TlpFmtType::SWAP32, 2, 0x36, WIN32 as u32), ur_np(cpl(0x36, 8)));
    // CAS carries compare and swap values: the operand is half the payload.
    case("CAS32 8 B", raw_request(TlpFmtType::CAS32, 2, 0x37, WIN32 as u32), ur_np(cpl(0x37, 4)));
}

fn page_request(pasid: Option<u32>, prg_index: u16) -> Vec<u32> {
    Tlp {
        prefix: pasid.map(pasid_prefix),
        body: TlpBody::Message(Message::PageRequest(PageRequest {
            requester_id: EP_RID,
            tag: 0,
            page_addr: 0x1234_5000,
            prg_index,
            last: true,
            write: true,
            read: true,
        })),
    }
    .encode()
    .unwrap()
}

/// Send `dws` and check that no error was recorded and that nothing but PRG Responses to the
/// endpoint (the IOMMU may answer a page request itself, iommu_data_structures.adoc
/// [[ATS_PRI]]: its own tests check which) left the port; no memory write from the port.
fn no_error(h: &Harness, name: &str, dws: &[u32]) {
    h.take_observations();
    h.send_tlp(dws).unwrap();
    h.run(SETTLE).unwrap();
    let obs = h.take_observations();
    let s = err_state(h);
    assert_eq!(s.uncor, AerUncorErrors::default(), "{name}: uncorrectable error status");
    let detected = Devsta::default()
        .with_unsupported_req_detected(true)
        .with_fatal_err_detected(true)
        .with_non_fatal_err_detected(true)
        .with_correctable_err_detected(true);
    assert_eq!(Devsta(s.devsta.0 & detected.0), Devsta::default(), "{name}: device status");
    let (cpls, other) = split_tx(&obs);
    assert!(cpls.is_empty(), "{name}: a completion was sent: {cpls:?}");
    for t in &other {
        let hdr = &t[prefixes(t).len()..];
        assert!(
            hdr.len() == 4
                && TlpDw0(hdr[0]).fmt_type() == TlpFmtType::MSG_ID
                && hdr[1] & 0xff == u32::from(MsgCode::PRG_RESPONSE.0)
                && (hdr[2] >> 16) as u16 == EP_RID.0,
            "{name}: sent something other than a PRG Response to the endpoint: {t:x?}"
        );
    }
}

/// With PRI (the kit's build) a Page Request, with or without a PASID prefix, goes to the
/// IOMMU as a page-request record: no Unsupported Request any more. An Invalidate Completion
/// for no outstanding ITag is discarded without an error (rp_ats_msg: PCIe defines none).
/// The port built without PRI answers page requests with UR (tb_rp_ats, rp_msg PRI_SUPPORTED).
#[test]
fn page_request_goes_to_the_iommu_and_a_stray_invalidate_completion_is_discarded() {
    let h = new_kit();
    no_error(&h, "Page Request with PASID", &page_request(Some(0x42), 3));
    no_error(&h, "Page Request without PASID", &page_request(None, 4));
    let ats_cpl = Tlp::new(TlpBody::Message(Message::AtsInvalCompletion {
        requester_id: EP_RID,
        tag: 0,
        device_id: RoutingId(0),
        cc: 1,
        itag_vector: 1,
    }))
    .encode()
    .unwrap();
    no_error(&h, "stray ATS Invalidate Completion", &ats_cpl);
    recovered(&h);
}

/// A Page Request is a Msg routed to the Root Complex (PCIe 10.4.1): with another routing, or
/// as a MsgD, it is Malformed (rp_msg's choice), logged with its PASID prefix.
#[test]
fn page_request_with_another_format_is_malformed() {
    let by_id = with_dw0(page_request(Some(0x42), 5), |d| d.with_fmt_type(TlpFmtType::MSG_ID));
    case("Page Request routed by ID", by_id, malformed());
    let mut with_data =
        with_dw0(page_request(None, 6), |d| d.with_fmt_type(TlpFmtType::MSGD_RC).with_length(1));
    with_data.push(0x1111_2222);
    case("Page Request with data", with_data, malformed());
}

// ---------------------------------------------------------------------------------------------
// Length, payload size, byte enables, 4 KiB
// ---------------------------------------------------------------------------------------------

#[test]
fn length_must_match_the_dws_received() {
    let short = with_dw0(mwr(WIN32 + 0x10, 2), |d| d.with_length(3));
    case("Length above the payload", short, malformed());
    let long = with_dw0(mwr(WIN32 + 0x10, 3), |d| d.with_length(2));
    case("Length below the payload", long, malformed());
    let rd_data = {
        let mut d = mrd(WIN32, 1, 5);
        d.push(0xdead_beef);
        d
    };
    case("MRd with a data DW", rd_data, malformed());
    // TD set: one more DW (the digest) must follow; without it the TLP is short.
    let td = with_dw0(mwr(WIN32 + 0x10, 2), |d| d.with_td(true));
    case("TD without digest", td, malformed());
}

#[test]
fn digest_dw_is_accepted_and_not_written() {
    let h = new_kit();
    let m = mem(true, WIN32 + 0x10, 2, 0);
    let mut dws = with_dw0(encode(m.clone(), None), |d| d.with_td(true));
    dws.push(0xfeed_f00d); // ECRC is not checked (AER: no ECRC capability)
    let before = windows(&h);
    h.send_tlp(&dws).unwrap();
    h.run(SETTLE).unwrap();
    let mut want = before.clone();
    want[0x10..0x18].copy_from_slice(&m.data);
    assert!(windows(&h) == want, "write with digest: exactly its 8 bytes change");
    assert_eq!(err_state(&h).uncor, AerUncorErrors::default());
}

#[test]
fn payload_above_max_payload_size_is_malformed() {
    // MPS 128 B: 33 DWs is one too many.
    case("132 B write at MPS 128", mwr(WIN32 + 0x200, 33), malformed());
}

#[test]
fn byte_enable_rules() {
    let one_dw_last_be = {
        let mut d = mwr(WIN32 + 0x20, 1);
        d[1] |= 0xf0;
        d
    };
    case("1 DW with Last BE", one_dw_last_be, malformed());
    let no_first_be = {
        let mut d = mwr(WIN32 + 0x20, 2);
        d[1] &= !0xf;
        d
    };
    case("2 DW with First BE 0", no_first_be, malformed());
    let no_last_be = {
        let mut d = mrd(WIN32 + 0x20, 2, 8);
        d[1] &= !0xf0;
        d
    };
    case("2 DW read with Last BE 0", no_last_be, malformed());
}

#[test]
fn crossing_4k_is_malformed() {
    // Encoded inside the page, then moved so that the last DW lies in the next page (the
    // codec refuses to encode a crossing request).
    let mut wr = mwr(WIN32 + 0xff0, 2);
    wr[2] += 0xc;
    case("write across 4 KiB", wr, malformed());
    let mut rd = mrd(WIN64 + 0xf00, 4, 9);
    rd[3] += 0xf8;
    case("read across 4 KiB", rd, malformed());
}

// ---------------------------------------------------------------------------------------------
// Poisoned, ACS, Bus Master Enable, precedence
// ---------------------------------------------------------------------------------------------

#[test]
fn poisoned_write_is_dropped() {
    let h = new_kit();
    let dws = with_dw0(mwr(WIN32 + 0x30, 4), |d| d.with_ep(true));
    let s = check(
        &h,
        "poisoned MWr",
        &dws,
        &Expect {
            bit: AerUncorErrors::default().with_poisoned_tlp_received(true),
            devsta: Devsta::default().with_non_fatal_err_detected(true),
            ..malformed()
        },
    );
    assert!(s.sec_status.detected_parity_error(), "Secondary Status Detected Parity Error");
    recovered(&h);
}

#[test]
fn acs_source_validation_refuses_foreign_requester() {
    let h = new_kit();
    set_acs(&h, AcsCtrl::default().with_source_validation_en(true));
    let foreign = |mut d: Vec<u32>| {
        d[1] = (d[1] & 0xffff) | 0x0500 << 16; // requester on bus 5, not below the port
        d
    };
    let a = WIN32 + 0x60;
    let cpl = ExpectCpl { status: CplStatus::CA, rid: 0x0500, ..ur_cpl_for_read(a, 2, 0x41) };
    check(&h, "ACS SV read", &foreign(mrd(a, 2, 0x41)), &acs(Some(cpl)));
    check(&h, "ACS SV write", &foreign(mwr(a, 2)), &acs(None));
    // A requester on the link's bus passes.
    recovered(&h);
}

#[test]
fn acs_translation_blocking_refuses_translated_requests() {
    let h = new_kit();
    set_acs(&h, AcsCtrl::default().with_translation_blocking_en(true));
    let a = WIN32 + 0x68;
    let rd = with_dw0(mrd(a, 1, 0x42), |d| d.with_at(At::TRANSLATED));
    let cpl = ExpectCpl { status: CplStatus::CA, ..ur_cpl_for_read(a, 1, 0x42) };
    check(&h, "ACS TB read", &rd, &acs(Some(cpl)));
    let wr = with_dw0(mwr(a, 1), |d| d.with_at(At::TRANSLATED));
    check(&h, "ACS TB write", &wr, &acs(None));
    recovered(&h);
}

#[test]
fn bus_master_enable_clear_is_unsupported_request() {
    let h = new_kit();
    set_bus_master(&h, false);
    let a = WIN64 + 0x88;
    check(&h, "MRd without BME", &mrd(a, 5, 0x51), &ur_np(ur_cpl_for_read(a, 5, 0x51)));
    check(&h, "MWr without BME", &mwr(a, 5), &ur_posted());
    set_bus_master(&h, true);
    recovered(&h);
}

#[test]
fn precedence_malformed_acs_ur_poisoned() {
    let h = new_kit();
    set_acs(&h, AcsCtrl::default().with_source_validation_en(true));
    let foreign = |mut d: Vec<u32>| {
        d[1] = (d[1] & 0xffff) | 0x0700 << 16;
        d
    };
    // Malformed and ACS: Malformed, no completion.
    let bad = with_dw0(foreign(mrd(WIN32, 1, 1)), |d| d.with_length(0));
    check(&h, "malformed + ACS", &bad, &malformed());
    // ACS and UR (IO request from a foreign bus): ACS, CA completion.
    let io = foreign(raw_request(TlpFmtType::IORD, 1, 0x61, 0x100));
    check(
        &h,
        "ACS + UR",
        &io,
        &acs(Some(ExpectCpl {
            rid: 0x0700,
            fmt_type: TlpFmtType::CPL,
            status: CplStatus::CA,
            tag: 0x61,
            byte_count: 4,
            lower_address: 0,
        })),
    );
    set_acs(&h, AcsCtrl::default());
    // UR and poisoned (poisoned write with two prefixes): UR only.
    let p = [pasid_prefix(1).to_dw(), pasid_prefix(2).to_dw()];
    let ur_pois = with_prefixes(&p, with_dw0(mwr(WIN32, 2), |d| d.with_ep(true)));
    let s = check(&h, "UR + poisoned", &ur_pois, &ur_posted());
    assert!(!s.sec_status.detected_parity_error(), "poisoned reported besides UR");
    recovered(&h);
}

// ---------------------------------------------------------------------------------------------
// Masking and the one header log
// ---------------------------------------------------------------------------------------------

#[test]
fn masked_error_sets_status_but_is_not_logged() {
    let h = new_kit();
    // A first logged error, cleared: the log keeps its contents but is free again.
    let translated = with_dw0(mwr(WIN32, 3), |d| d.with_at(At::TRANSLATED));
    check(&h, "first", &with_prefixes(&[pasid_prefix(6).to_dw()], translated), &malformed());
    set_uncor_mask(&h, AerUncorErrors::default().with_malformed_tlp(true));
    // PCIe 7.5.3.5: Device Status Fatal / Non-Fatal Error Detected are set whatever the
    // Uncorrectable Error Mask says.
    check(
        &h,
        "masked malformed",
        &with_dw0(mwr(WIN32 + 0x80, 2), |d| d.with_length(1)),
        &Expect { logs: false, ..malformed() },
    );
    set_uncor_mask(&h, AerUncorErrors::default());
    recovered(&h);
}

#[test]
fn header_log_holds_the_first_error_until_its_status_is_cleared() {
    let h = new_kit();
    let p = pasid_prefix(0x77).to_dw();
    let first = with_prefixes(&[p], with_dw0(mwr(WIN32 + 0x100, 2), |d| d.with_at(At::TRANSLATED)));
    // A posted UR (two prefixes on a write): not advisory, so it competes for the log.
    let second = with_prefixes(&[p, p], mwr(WIN32 + 0x104, 1));
    h.send_tlp(&first).unwrap();
    h.send_tlp(&second).unwrap();
    h.run(SETTLE).unwrap();
    let obs = h.take_observations();
    let s = err_state(&h);
    let both = AerUncorErrors::default().with_malformed_tlp(true).with_unsupported_request(true);
    assert_eq!(s.uncor, both);
    assert_eq!(s.cap_ctrl.first_error_pointer(), malformed().bit.0.trailing_zeros() as u8);
    assert_eq!(s.header, header_log(&first), "the first error stays logged");
    assert_eq!(s.prefix, [p, 0, 0, 0]);
    assert!(s.cap_ctrl.tlp_prefix_log_present());
    let (cpls, _) = split_tx(&obs);
    assert!(cpls.is_empty(), "no completion for posted requests");
    // Clearing the UR bit (not the one the pointer names) frees nothing.
    cfg_write32(
        &h,
        AerUncorStatus::OFFSET,
        AerUncorErrors::default().with_unsupported_request(true).0,
    );
    h.send_tlp(&second).unwrap();
    h.run(SETTLE).unwrap();
    assert_eq!(err_state(&h).header, header_log(&first), "log overwritten while occupied");
    // Clearing the Malformed bit re-arms it: the next error is logged with its prefixes.
    cfg_write32(&h, AerUncorStatus::OFFSET, AerUncorErrors::default().with_malformed_tlp(true).0);
    h.send_tlp(&second).unwrap();
    h.run(SETTLE).unwrap();
    let s = err_state(&h);
    assert_eq!(s.cap_ctrl.first_error_pointer(), ur_posted().bit.0.trailing_zeros() as u8);
    assert_eq!(s.header, header_log(&second));
    assert_eq!(s.prefix, [p, p, 0, 0]);
    clear_errors(&h);
    recovered(&h);
}

/// A masked Advisory Non-Fatal Error leaves the log to later errors; with Advisory Non-Fatal
/// unmasked in the Correctable Error Mask the same UR is logged (PCIe Figure 6-2).
#[test]
fn advisory_errors_are_logged_only_when_advisory_non_fatal_is_unmasked() {
    let h = new_kit();
    let a = WIN32 + 0x180;
    let p = [pasid_prefix(1).to_dw(), pasid_prefix(2).to_dw()];
    let read = with_prefixes(&p, mrd(a, 1, 0x33));
    check(&h, "masked advisory", &read, &ur_np(ur_cpl_for_read(a, 1, 0x33)));
    let mask = AerCorErrors(cfg_read32(&h, AerCorMask::OFFSET));
    cfg_write32(&h, AerCorMask::OFFSET, mask.with_advisory_non_fatal(false).0);
    check(
        &h,
        "unmasked advisory",
        &read,
        &Expect {
            logs: true,
            devsta: Devsta::default()
                .with_unsupported_req_detected(true)
                .with_correctable_err_detected(true),
            ..ur_np(ur_cpl_for_read(a, 1, 0x33))
        },
    );
    cfg_write32(&h, AerCorMask::OFFSET, mask.0);
    recovered(&h);
}

// ---------------------------------------------------------------------------------------------
// IOMMU faults
// ---------------------------------------------------------------------------------------------

#[test]
fn iommu_fault_drops_write_and_fails_read_with_ur() {
    let h = new_kit();
    // ddtp Off: every inbound transaction faults (cause 256, "all inbound transactions
    // disallowed"): the port drops the write and completes the read with UR; the fault is
    // the IOMMU's to report, not an AER error of the port.
    iommu_mode(&h, IommuMode::OFF);
    let a = WIN32 + 0x400;
    let before = windows(&h);
    h.take_observations();
    h.send_tlp(&encode(mem(true, a, 4, 0), Some(3))).unwrap();
    h.send_tlp(&mrd(a, 4, 0x19)).unwrap();
    h.run(2 * SETTLE).unwrap();
    let obs = h.take_observations();
    assert!(mem_writes(&obs).is_empty() && windows(&h) == before, "faulting write landed");
    let (cpls, other) = split_tx(&obs);
    assert!(other.is_empty());
    assert_eq!(cpls.len(), 1);
    let x = ur_cpl_for_read(a, 4, 0x19);
    assert_eq!(cpls[0].hdr.status(), x.status);
    assert_eq!(cpls[0].hdr.tag(), x.tag);
    assert_eq!(cpls[0].hdr.byte_count(), x.byte_count);
    assert_eq!(cpls[0].hdr.lower_address(), x.lower_address);
    assert_eq!(err_state(&h).uncor, AerUncorErrors::default());
    iommu_mode(&h, IommuMode::BARE);
    recovered(&h);
}

// ---------------------------------------------------------------------------------------------
// Framing
// ---------------------------------------------------------------------------------------------

#[test]
fn beats_without_sop_are_malformed_and_dropped() {
    let h = new_kit();
    h.force("rx_tlp_sop", &[0]).unwrap();
    // Nothing is logged for beats that belong to no TLP: the header log reads zero.
    let mut e = malformed();
    e.header = Some([0; 4]);
    e.prefixes = Some(vec![]);
    let dws = encode(mem(true, WIN32 + 0x500, 6, 1), Some(2));
    check(&h, "no sop", &dws, &e);
    h.release("rx_tlp_sop").unwrap();
    recovered(&h);
}

#[test]
fn sop_inside_a_tlp_ends_it_as_malformed() {
    let h = new_kit();
    let first = encode(mem(true, WIN32 + 0x600, 6, 1), Some(2));
    let before = windows(&h);
    h.take_observations();
    // The first TLP's last beat goes without eop: the next sop cuts it.
    h.force("rx_tlp_eop", &[0]).unwrap();
    h.send_tlp(&first).unwrap();
    h.run(40).unwrap();
    h.release("rx_tlp_eop").unwrap();
    let m = mem(true, WIN32 + 0x700, 2, 5);
    h.send_tlp(&encode(m.clone(), Some(4))).unwrap();
    h.run(SETTLE).unwrap();
    let s = err_state(&h);
    assert_eq!(s.uncor, malformed().bit);
    assert_eq!(s.header, header_log(&first), "the cut TLP is logged");
    assert_eq!(s.prefix, [first[0], 0, 0, 0]);
    let mut want = before;
    want[0x700..0x708].copy_from_slice(&m.data);
    assert!(windows(&h) == want, "only the second write may land");
    clear_errors(&h);
    recovered(&h);
}

// ---------------------------------------------------------------------------------------------
// Egress: End-End TLP Prefix Blocking on the port's own messages
// ---------------------------------------------------------------------------------------------

#[test]
fn prefix_blocking_stops_prgr_with_pasid() {
    let h = new_kit();
    let mut iommu = Iommu::init(
        h.mmio("iommu").unwrap(),
        &h,
        IommuConfig {
            requirements: Requirements { ats: true, ..Default::default() },
            ..IommuConfig::default()
        },
    )
    .unwrap();
    let target = AtsTarget { rid: EP_RID.0, segment: None, pasid: Some(0x4321) };
    let prgr = Command::AtsPrgr { target, prgi: 0x55, response: PrgResp::INVALID };

    set_prefix_blocking(&h, true);
    h.take_observations();
    iommu.execute(&[prgr]).unwrap();
    h.run(200).unwrap();
    let (cpls, other) = split_tx(&h.take_observations());
    assert!(cpls.is_empty() && other.is_empty(), "blocked PRG Response was sent: {other:x?}");
    let s = err_state(&h);
    assert_eq!(s.uncor, AerUncorErrors::default().with_tlp_prefix_blocked(true));
    assert_eq!(s.cap_ctrl.first_error_pointer(), s.uncor.0.trailing_zeros() as u8);
    let pfx = pasid_prefix(0x4321).to_dw();
    assert_eq!(s.prefix, [pfx, 0, 0, 0]);
    assert!(s.cap_ctrl.tlp_prefix_log_present());
    let hdr =
        TlpPrgResp::from_be_bytes(pcie_endpoint::tlp::dws_to_bytes(&s.header).try_into().unwrap());
    assert_eq!(TlpDw0(s.header[0]).fmt_type(), TlpFmtType::MSG_ID);
    assert_eq!(hdr.msg_code(), MsgCode::PRG_RESPONSE);
    assert_eq!(hdr.destination_id(), EP_RID.0);
    assert_eq!(hdr.prg_index(), 0x55);
    assert_eq!(hdr.resp_code(), PrgRespCode::INVALID_REQUEST);
    assert!(s.devsta.non_fatal_err_detected());
    clear_errors(&h);

    // Blocking clear: the message leaves with its PASID prefix.
    set_prefix_blocking(&h, false);
    iommu.execute(&[prgr]).unwrap();
    h.run(200).unwrap();
    let (_, other) = split_tx(&h.take_observations());
    assert_eq!(other.len(), 1, "PRG Response not sent");
    let t = &other[0];
    assert_eq!(t[0], pfx, "PASID prefix");
    assert_eq!(t[1..5], s.header, "the same header as logged when blocked");
    assert_eq!(err_state(&h).uncor, AerUncorErrors::default());
}

/// Address Type 01b (Translation Request) exists for memory reads only and 11b is reserved
/// (PCIe 2.2.4.1): a write with either is Malformed and never reaches memory (an ATS answer
/// grants no access; before the check such a write went to memory at the IOVA).
#[test]
fn address_type_translation_request_on_a_write_is_malformed() {
    let h = new_kit();
    iommu_mode(&h, IommuMode::BARE);
    let wr = with_dw0(mwr(WIN32 + 0x40, 2), |d| d.with_at(At::TRANSLATION_REQUEST));
    check(&h, "MWr with AT 01b", &wr, &malformed());
    let wr = with_dw0(mwr(WIN32 + 0x40, 2), |d| d.with_at(At(3)));
    check(&h, "MWr with AT 11b", &wr, &malformed());
    let rd = with_dw0(mrd(WIN32 + 0x40, 1, 9), |d| d.with_at(At(3)));
    check(&h, "MRd with AT 11b", &rd, &malformed());
    recovered(&h);
}
