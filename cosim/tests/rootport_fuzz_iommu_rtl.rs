//! Property test of the whole design (`kit_sim_top`) with the IOMMU translating: the driver
//! brings the IOMMU up, attaches the endpoint's requester ID with a process directory, and
//! gives three PASIDs (Sv39, Sv48, Sv39) page tables that map the same virtual pages to
//! different frames, each PASID a random set of granted pages (read-write or read-only).
//! Streams of memory requests follow: valid ones to granted pages, and hostile ones: PASIDs
//! not granted the page or not configured, addresses beside the granted pages, no prefix,
//! privileged or execute prefixes, translated requests (AT = 10b) and translation requests
//! (AT = 01b) from a device context without EN_ATS, malformed prefixes and framing, random
//! valid byte enables; under random link valid / ready probabilities.
//!
//! Checked per case: every memory write the design makes lands in a frame granted writable
//! (or in the fault queue), and is exactly the enabled bytes of a valid write to that frame
//! through the request's PASID; every frame, page-table page and DMA window ends as the
//! shadow says; every read is completed exactly once (Successful Completions with the data
//! of the request's own frame, or one Unsupported Request when the IOMMU faults it or PCIe
//! says so, none when it is Malformed); a read sent behind everything is answered within a
//! bound (no hang). The harness fails the run on any RTL assertion (`--assert`).
//! Deterministic: fixed proptest seed, a fixed number of cases.

mod kit;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use cosim::{Config, Harness};
use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{self, DeviceConfig, FirstStage, Iommu, PagingMode, ProcessConfig};
use driver::regs::iommu_mem::{FAULT_RECORD_BYTES, PAGE_SHIFT};
use driver::regs::pcie_rp_cfg::Mps;
use driver::regs::tlp::{At, CplStatus, TlpDw0, TlpFmtType, TlpPasidPrefix};
use kit::*;
use pcie_endpoint::tlp::{
    check_byte_enables, dws_to_bytes, Attrs, MemRequest, Pasid, PasidPrefix, Tlp, TlpBody,
};
use pcie_endpoint::TranslationRequest;
use proptest::prelude::*;
use proptest::test_runner::{Config as PtConfig, RngAlgorithm, TestRng, TestRunner};
use scenarios::page_tables::{Flags, PageSize, PageTables};

/// Outcomes seen over all cases (the property must not hold vacuously): writes that landed,
/// reads answered with data, reads answered UR, malformed requests.
static LANDED: AtomicUsize = AtomicUsize::new(0);
static READ_OK: AtomicUsize = AtomicUsize::new(0);
static READ_UR: AtomicUsize = AtomicUsize::new(0);
static MALFORMED: AtomicUsize = AtomicUsize::new(0);

/// Cases run; each is a fresh design with its own grants and stream.
const CASES: u32 = 200;
const PAGE: u64 = 1 << PAGE_SHIFT;
/// Largest payload at the Max Payload Size the cases set (512 B).
const MPS_BYTES: usize = 512;
/// The PASIDs given page tables, and their paging modes.
const PASIDS: [(u32, PagingMode); 3] =
    [(5, PagingMode::Sv39), (9, PagingMode::Sv48), (0x1234, PagingMode::Sv39)];
/// A PASID with no process context.
const UNKNOWN_PASID: u32 = 77;
/// Virtual pages every PASID may be granted (the same VAs in each address space).
const SLOTS: u64 = 4;
const VA: u64 = 0x4000_0000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grant {
    None,
    Ro,
    Rw,
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// The request as built.
    Plain,
    /// Another configured PASID (which may or may not be granted the page).
    OtherPasid(usize),
    /// A PASID with no process context.
    UnknownPasid,
    /// The page after the last slot (never mapped).
    Beside,
    /// No PASID prefix (DPE = 1 and no process context 0: faults).
    NoPrefix,
    /// Privileged Mode Requested (the contexts allow user requests only).
    Privileged,
    /// Execute Requested on a read (no page is executable).
    Execute,
    /// AT = 10b: translated, without a prefix; the context has EN_ATS = 0.
    Translated,
    /// AT = 01b: a translation request (a read); EN_ATS = 0.
    TranslationRequest,
    /// Malformed: the last DW dropped.
    Truncate,
    /// Malformed: a DW more than Length says.
    Extend,
    /// Two PASID prefixes (more than Max End-End TLP Prefixes): Unsupported Request.
    TwoPasid,
    /// Malformed: a Local prefix.
    LocalPrefix,
    /// Malformed: TD set without a digest.
    TdNoDigest,
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        6 => Just(Kind::Plain),
        2 => (0..PASIDS.len()).prop_map(Kind::OtherPasid),
        1 => Just(Kind::UnknownPasid),
        1 => Just(Kind::Beside),
        1 => Just(Kind::NoPrefix),
        1 => Just(Kind::Privileged),
        1 => Just(Kind::Execute),
        1 => Just(Kind::Translated),
        1 => Just(Kind::TranslationRequest),
        1 => Just(Kind::Truncate),
        1 => Just(Kind::Extend),
        1 => Just(Kind::TwoPasid),
        1 => Just(Kind::LocalPrefix),
        1 => Just(Kind::TdNoDigest),
    ]
}

#[derive(Clone, Debug)]
struct Req {
    write: bool,
    /// Index into `PASIDS` of the process the request is for.
    pasid: usize,
    slot: u64,
    /// Byte offset and count in the page.
    off: u64,
    bytes: usize,
    /// Random byte enables tried first (kept when PCIe allows them).
    be: (u8, u8),
    kind: Kind,
    seed: u8,
}

fn req() -> impl Strategy<Value = Req> {
    (
        any::<bool>(),
        0..PASIDS.len(),
        0..SLOTS,
        0u64..PAGE,
        1usize..=MPS_BYTES,
        (0u8..16, 0u8..16),
        kind(),
        any::<u8>(),
    )
        .prop_map(|(write, pasid, slot, off, bytes, be, kind, seed)| {
            let bytes = bytes.min(MPS_BYTES - (off as usize & 3));
            let off = off.min(PAGE - bytes as u64);
            Req { write, pasid, slot, off, bytes, be, kind, seed }
        })
}

/// DW address, Length and byte enables: the random ones when PCIe allows them for the
/// request's address and Length, else the contiguous ones of the byte range.
fn shape(va: u64, r: &Req) -> (u64, usize, u8, u8) {
    let dw_addr = va & !3;
    let first = (va & 3) as usize;
    let end = first + r.bytes;
    let len = end.div_ceil(4);
    let mask = |lo: usize, hi: usize| -> u8 { (((1u16 << hi) - 1) & !((1u16 << lo) - 1)) as u8 };
    let (fbe, lbe) = if len == 1 {
        (mask(first, end), 0)
    } else {
        (mask(first, 4), mask(0, end - 4 * (len - 1)))
    };
    let (rf, rl) = (r.be.0, if len == 1 { 0 } else { r.be.1 });
    if check_byte_enables(dw_addr, len, rf, rl).is_ok() && (rf != 0 || len > 1) {
        (dw_addr, len, rf, rl)
    } else {
        (dw_addr, len, fbe, lbe)
    }
}

/// Whether byte `k` of a request of `len` DWs is enabled.
fn enabled(k: usize, len: usize, fbe: u8, lbe: u8) -> bool {
    let be = if k < 4 {
        fbe
    } else if k >= 4 * (len - 1) {
        lbe
    } else {
        0xf
    };
    be >> (k % 4) & 1 != 0
}

/// The page tables and frames of one design.
struct Setup {
    /// Per PASID index, per slot: the grant and its frame.
    frames: Vec<Vec<(Grant, Option<PhysAddr>)>>,
    /// Page-table pages and their contents after setup.
    tables: Vec<(PhysAddr, Vec<u8>)>,
    /// Fault queue buffer (the IOMMU writes its records there).
    fault_queue: (u64, u64),
}

fn setup(h: &Harness, grants: &[Vec<Grant>]) -> Setup {
    let config = iommu::Config { device_id_bits: 16, ..iommu::Config::default() };
    let mut mmu = Iommu::init(h.mmio("iommu").unwrap(), h, config).unwrap();
    let did = u32::from(EP_RID.0);
    // DPE = 1 and no process context 0: a request without a PASID faults. (With DPE = 0 it
    // would be translated Bare, i.e. reach physical memory untranslated: iommu_data_structures
    // "Process to locate the process context", the step for DPE = 0 without process_id.)
    let first_stage = FirstStage::ProcessDirectory { pasid_bits: 20, default_process_zero: true };
    let dc = DeviceConfig { first_stage, ..DeviceConfig::process_directory(20) };
    mmu.attach(did, dc).unwrap();
    let mut frames = Vec::new();
    let mut tables = Vec::new();
    for (i, (&(pasid, mode), g)) in PASIDS.iter().zip(grants).enumerate() {
        let mut pt = PageTables::new(h, mode).unwrap();
        let mut mine = Vec::new();
        for (s, &grant) in g.iter().enumerate() {
            let frame = (grant != Grant::None).then(|| {
                let pa = h.alloc(PAGE as usize, PAGE as usize).unwrap();
                let fill: Vec<u8> =
                    (0..PAGE).map(|k| (k as u8).wrapping_mul(7) ^ (16 * i + s) as u8).collect();
                h.write(pa, &fill).unwrap();
                let flags = if grant == Grant::Rw { Flags::USER_RW } else { Flags::USER_RO };
                pt.map(VA + s as u64 * PAGE, pa.0, PageSize::Size4K, flags).unwrap();
                pa
            });
            mine.push((grant, frame));
        }
        let root = PhysAddr(pt.root_ppn() << PAGE_SHIFT);
        mmu.set_process(did, pasid, ProcessConfig::user(mode, root, pasid)).unwrap();
        for &t in pt.tables() {
            let mut bytes = vec![0u8; PAGE as usize];
            h.read(t, &mut bytes).unwrap();
            tables.push((t, bytes));
        }
        frames.push(mine);
    }
    let (fq, entries) = mmu.fault_queue();
    let fault_queue = (fq.0, fq.0 + u64::from(entries) * FAULT_RECORD_BYTES as u64);
    Setup { frames, tables, fault_queue }
}

/// What a read must get.
#[derive(Clone, Debug)]
enum ReadOutcome {
    /// Successful Completions with these bytes (`Some`: enabled; any of the values listed,
    /// the byte before the read or one a later write put there: a posted write may pass a
    /// read).
    Data {
        dw_addr: u64,
        expect: Vec<Option<Vec<u8>>>,
    },
    Ur,
    None,
}

/// Wire DWs of a request and what it must do: `Some(frame)` when it reaches memory.
fn build(r: &Req, tag: u8, s: &Setup) -> (Vec<u32>, Option<PhysAddr>, (u64, usize, u8, u8)) {
    let slot_va = |slot: u64| VA + slot * PAGE;
    let va = match r.kind {
        Kind::Beside => slot_va(SLOTS) + r.off,
        _ => slot_va(r.slot) + r.off,
    };
    let sh = shape(va, r);
    let (dw_addr, len, fbe, lbe) = sh;
    let at = match r.kind {
        Kind::Translated => At::TRANSLATED,
        Kind::TranslationRequest => At::TRANSLATION_REQUEST,
        _ => At::UNTRANSLATED,
    };
    let write = r.write && !matches!(r.kind, Kind::TranslationRequest | Kind::Execute);
    let m = MemRequest {
        write,
        requester_id: EP_RID,
        tag,
        address: dw_addr,
        length_dw: len,
        first_be: fbe,
        last_be: lbe,
        at,
        attrs: Attrs::default(),
        data: if write {
            (0..4 * len).map(|i| (i as u8).wrapping_mul(29).wrapping_add(r.seed)).collect()
        } else {
            Vec::new()
        },
    };
    let pidx = match r.kind {
        Kind::OtherPasid(p) => p,
        _ => r.pasid,
    };
    let pasid = match r.kind {
        Kind::NoPrefix | Kind::Translated => None,
        Kind::UnknownPasid => Some(UNKNOWN_PASID),
        _ => Some(PASIDS[pidx].0),
    };
    let prefix = pasid.map(|p| PasidPrefix {
        pasid: Pasid::new(p).unwrap(),
        privileged: matches!(r.kind, Kind::Privileged),
        execute: matches!(r.kind, Kind::Execute),
    });
    let mut dws = if matches!(r.kind, Kind::TranslationRequest) {
        // One translation of the page, as a device sends it (both byte enables all ones).
        let t = TranslationRequest {
            requester_id: EP_RID,
            tag,
            address: va & !(PAGE - 1),
            translations: 1,
            no_write: false,
            attrs: Attrs::default(),
        };
        t.encode(prefix).unwrap()
    } else {
        Tlp { prefix, body: TlpBody::Mem(m) }.encode().unwrap()
    };
    let hdr = prefixes(&dws).len();
    match r.kind {
        Kind::Truncate => {
            dws.pop();
        }
        Kind::Extend => dws.push(0xabad_0001),
        Kind::TwoPasid => dws
            .insert(0, PasidPrefix { pasid: Pasid::new(3).unwrap(), ..Default::default() }.to_dw()),
        Kind::LocalPrefix => {
            dws.insert(hdr, TlpPasidPrefix::default().with_fmt_type(TlpFmtType::PREFIX_VENDOR_L0).0)
        }
        Kind::TdNoDigest => dws[hdr] = TlpDw0(dws[hdr]).with_td(true).0,
        _ => {}
    }
    // Where it lands: only a plain untranslated request to a granted page, within the rights.
    let reaches = match r.kind {
        Kind::Plain | Kind::OtherPasid(_) => {
            let (grant, frame) = s.frames[pidx][r.slot as usize];
            let ok = match grant {
                Grant::Rw => true,
                Grant::Ro => !write,
                Grant::None => false,
            };
            frame.filter(|_| ok)
        }
        _ => None,
    };
    (dws, reaches, sh)
}

fn run_case(reqs: &[Req], grants: &[Vec<Grant>], config: Config) -> Result<(), TestCaseError> {
    let h = kit(TOP, config, Mps::MPS_512B);
    let s = setup(&h, grants);
    let windows_before = windows(&h);
    // The shadow: every frame as it must be.
    let mut shadow: BTreeMap<u64, Vec<u8>> = BTreeMap::new();
    for (_, frame) in s.frames.iter().flatten() {
        if let Some(pa) = frame {
            let mut b = vec![0u8; PAGE as usize];
            h.read(*pa, &mut b).unwrap();
            shadow.insert(pa.0, b);
        }
    }
    h.take_observations();
    let mut reads: BTreeMap<u8, ReadOutcome> = BTreeMap::new();
    let mut total_dws = 0;
    let mut send = |r: &Req, tag: u8, shadow: &mut BTreeMap<u64, Vec<u8>>| {
        let (dws, reaches, (dw_addr, len, fbe, lbe)) = build(r, tag, &s);
        total_dws += dws.len();
        let malformed =
            matches!(r.kind, Kind::Truncate | Kind::Extend | Kind::LocalPrefix | Kind::TdNoDigest);
        let is_read = !r.write || matches!(r.kind, Kind::TranslationRequest | Kind::Execute);
        if malformed {
            MALFORMED.fetch_add(1, Ordering::Relaxed);
        }
        if !is_read {
            if let Some(pa) = reaches {
                LANDED.fetch_add(1, Ordering::Relaxed);
                let data = dws_to_bytes(&dws[dws.len() - len..]);
                let page = shadow.get_mut(&pa.0).unwrap();
                let base = (dw_addr % PAGE) as usize;
                for (k, b) in data.iter().enumerate().filter(|(k, _)| enabled(*k, len, fbe, lbe)) {
                    page[base + k] = *b;
                    let at = pa.0 + (base + k) as u64;
                    for o in reads.values_mut() {
                        if let ReadOutcome::Data { dw_addr, expect } = o {
                            if let Some(Some(v)) =
                                at.checked_sub(*dw_addr).and_then(|i| expect.get_mut(i as usize))
                            {
                                v.push(*b);
                            }
                        }
                    }
                }
            }
        } else {
            let outcome = match (malformed, reaches) {
                (true, _) => ReadOutcome::None,
                (false, Some(pa)) => {
                    READ_OK.fetch_add(1, Ordering::Relaxed);
                    let page = &shadow[&pa.0];
                    let base = (dw_addr % PAGE) as usize;
                    let expect = (0..4 * len)
                        .map(|k| enabled(k, len, fbe, lbe).then(|| vec![page[base + k]]))
                        .collect();
                    ReadOutcome::Data { dw_addr: pa.0 + base as u64, expect }
                }
                (false, None) => {
                    READ_UR.fetch_add(1, Ordering::Relaxed);
                    ReadOutcome::Ur
                }
            };
            reads.insert(tag, outcome);
        }
        h.send_tlp(&dws).unwrap();
    };
    for (i, r) in reqs.iter().enumerate() {
        send(r, i as u8, &mut shadow);
    }
    // The sentinel: a valid read of PASID 0's first slot (always granted), behind everything.
    let sentinel_tag = reqs.len() as u8;
    let sentinel = Req {
        write: false,
        pasid: 0,
        slot: 0,
        off: 0,
        bytes: 4,
        be: (0xf, 0),
        kind: Kind::Plain,
        seed: 0,
    };
    send(&sentinel, sentinel_tag, &mut shadow);

    let bound = 6000 + 80 * total_dws as u64;
    let mut obs = Vec::new();
    let mut waited = 0;
    loop {
        h.run(500).unwrap();
        waited += 500;
        obs.extend(h.take_observations());
        let (cpls, _) = split_tx(&obs);
        if cpls.iter().any(|c| c.hdr.tag() == sentinel_tag) {
            h.run(300).unwrap();
            obs.extend(h.take_observations());
            break;
        }
        prop_assert!(waited < bound, "no answer to the sentinel read after {waited} cycles");
    }

    // Every write the design made: into a writable granted frame or the fault queue.
    let writable: Vec<u64> = s
        .frames
        .iter()
        .flatten()
        .filter(|(g, _)| *g == Grant::Rw)
        .filter_map(|(_, f)| f.map(|p| p.0))
        .collect();
    for (addr, data) in mem_writes(&obs) {
        let end = addr + data.len() as u64;
        let in_frame = writable.iter().any(|&f| addr >= f && end <= f + PAGE);
        let in_fq = addr >= s.fault_queue.0 && end <= s.fault_queue.1;
        prop_assert!(
            in_frame || in_fq,
            "a write of {} bytes at {addr:#x} outside the granted pages",
            data.len()
        );
    }
    // Memory: frames as the shadow says, page tables and DMA windows untouched.
    for (pa, want) in &shadow {
        let mut got = vec![0u8; PAGE as usize];
        h.read(PhysAddr(*pa), &mut got).unwrap();
        if let Some(k) = got.iter().zip(want).position(|(a, b)| a != b) {
            return Err(TestCaseError::fail(format!(
                "frame {pa:#x} byte {k:#x}: got {:#04x}, want {:#04x}",
                got[k], want[k]
            )));
        }
    }
    for (pa, want) in &s.tables {
        let mut got = vec![0u8; PAGE as usize];
        h.read(*pa, &mut got).unwrap();
        prop_assert!(&got == want, "page-table page {:#x} changed", pa.0);
    }
    prop_assert!(windows(&h) == windows_before, "a DMA window changed");

    // Completions: exactly the ones each read must get.
    let (cpls, other) = split_tx(&obs);
    prop_assert!(other.is_empty(), "non-completion TLPs sent: {other:x?}");
    let mut by_tag: BTreeMap<u8, Vec<&SentCpl>> = BTreeMap::new();
    for c in &cpls {
        prop_assert_eq!(c.hdr.requester_id(), EP_RID.0);
        by_tag.entry(c.hdr.tag()).or_default().push(c);
    }
    for (tag, outcome) in &reads {
        let got = by_tag.remove(tag).unwrap_or_default();
        match outcome {
            ReadOutcome::None => prop_assert!(got.is_empty(), "tag {tag}: malformed read answered"),
            ReadOutcome::Ur => {
                prop_assert_eq!(got.len(), 1, "tag {}: one completion", tag);
                prop_assert_eq!(got[0].hdr.status(), CplStatus::UR, "tag {}", tag);
                prop_assert!(got[0].data.is_empty(), "tag {tag}: UR with data");
            }
            ReadOutcome::Data { expect, .. } => {
                prop_assert!(!got.is_empty(), "tag {tag}: read not answered");
                let first = expect.iter().position(|b| b.is_some()).unwrap_or(0);
                let last = expect.iter().rposition(|b| b.is_some()).unwrap_or(0);
                let mut remaining = last + 1 - first;
                let mut data = Vec::new();
                for (n, c) in got.iter().enumerate() {
                    prop_assert_eq!(c.hdr.status(), CplStatus::SC, "tag {} completion {}", tag, n);
                    prop_assert_eq!(
                        c.hdr.byte_count() as usize,
                        remaining & 0xfff,
                        "tag {} byte count",
                        tag
                    );
                    let bytes = dws_to_bytes(&c.data);
                    let start_in = if n == 0 { first } else { 0 };
                    remaining = remaining.saturating_sub(bytes.len() - start_in);
                    data.extend(bytes);
                }
                prop_assert_eq!(data.len(), expect.len(), "tag {} data length", tag);
                for (k, (g, w)) in data.iter().zip(expect).enumerate() {
                    if let Some(w) = w {
                        prop_assert!(w.contains(g), "tag {tag} byte {k}: {g:#04x} not in {w:x?}");
                    }
                }
            }
        }
    }
    prop_assert!(by_tag.is_empty(), "completions for no request: {:?}", by_tag.keys());
    Ok(())
}

fn grant() -> impl Strategy<Value = Grant> {
    prop_oneof![Just(Grant::None), Just(Grant::Ro), Just(Grant::Rw)]
}

#[test]
fn translated_streams_keep_every_pasid_in_its_pages() {
    let config = PtConfig {
        cases: CASES,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        max_shrink_iters: 32,
        ..PtConfig::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[0x3c; 32]);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let strategy = (
        proptest::collection::vec(req(), 1..20),
        proptest::collection::vec(proptest::collection::vec(grant(), SLOTS as usize), PASIDS.len()),
        any::<u64>(),
        0.3f64..=1.0,
        0.3f64..=1.0,
    );
    runner
        .run(&strategy, |(reqs, mut grants, seed, valid, ready)| {
            // The sentinel reads PASID 0's first slot.
            grants[0][0] = Grant::Rw;
            let config = Config {
                seed,
                tlp_valid_chance: valid,
                tlp_ready_chance: ready,
                ..Config::default()
            };
            run_case(&reqs, &grants, config)
        })
        .unwrap();
    let seen = [&LANDED, &READ_OK, &READ_UR, &MALFORMED].map(|c| c.load(Ordering::Relaxed));
    eprintln!("landed writes, data reads, UR reads, malformed: {seen:?}");
    assert!(seen.iter().all(|&n| n >= 50), "too few of some outcome: {seen:?}");
}
