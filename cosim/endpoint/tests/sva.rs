//! Shared virtual addressing on the device: ATS translation requests and the ATC, work items
//! with PRI faults and retries, the page request allocation, stop markers, invalidations and
//! their ordering, against a small in-test root complex with a translation table.

mod common;

use std::collections::HashMap;

use common::RootComplex;
use driver::regs::pcie_ep_caps::{AtsCtrl, AtsExtCap, PriCtrl, PriExtCap, PriStatus, RoutingId};
use driver::regs::pcie_rp_cfg::Status;
use driver::regs::tlp::{At, AtsCplEntry, CplStatus, PrgRespCode, TlpAtsTransReq3dw};
use pcie_endpoint::ats::{decode_range, encode_range, Atc, PAGE_BYTES};
use pcie_endpoint::tlp::{
    Attrs, Completion, MemRequest, Message, PageRequest, Pasid, PasidPrefix, Tlp, TlpBody,
};
use pcie_endpoint::{
    Command, Device, FunctionConfig, InvalidationResponse, Job, JobError, JobId, JobState,
    Translation, TranslationRequest, WorkOp,
};

/// Where the host maps a process page: untranslated page + this (above 4 GiB, so translated
/// requests use 4 DW headers).
const PHYS: u64 = 0x2_0000_0000;
const VA: u64 = 0x4000_0000;

fn pasid(v: u32) -> Pasid {
    Pasid::new(v).unwrap()
}

/// A root complex with a translation agent: it answers translation requests from `table`
/// and page requests, `delay` steps later, by mapping the page (when `fill`) and sending a
/// PRG response with `code`.
struct Host {
    rc: RootComplex,
    table: HashMap<(Option<Pasid>, u64), Translation>,
    fill: bool,
    code: PrgRespCode,
    delay: u32,
    respond_with_pasid: bool,
    tr_status: CplStatus,
    faults: Vec<(u32, Option<PasidPrefix>, PageRequest)>,
    translation_requests: Vec<(Option<PasidPrefix>, TranslationRequest)>,
    page_requests: Vec<(Option<PasidPrefix>, PageRequest)>,
    stop_markers: Vec<(Option<PasidPrefix>, PageRequest)>,
    inval_cpls: Vec<Message>,
    outstanding: usize,
    max_outstanding: usize,
}

impl Host {
    fn new() -> Self {
        Host {
            rc: RootComplex::default(),
            table: HashMap::new(),
            fill: true,
            code: PrgRespCode::SUCCESS,
            delay: 3,
            respond_with_pasid: true,
            tr_status: CplStatus::SC,
            faults: Vec::new(),
            translation_requests: Vec::new(),
            page_requests: Vec::new(),
            stop_markers: Vec::new(),
            inval_cpls: Vec::new(),
            outstanding: 0,
            max_outstanding: 0,
        }
    }

    fn map(&mut self, p: Option<Pasid>, page: u64, read: bool, write: bool) {
        let t = Translation {
            translated: page + PHYS,
            size: PAGE_BYTES,
            read,
            write,
            ..Default::default()
        };
        self.table.insert((p, page), t);
    }

    fn translation_cpl(&self, tr: &TranslationRequest, t: Translation) -> Vec<u32> {
        let data = if self.tr_status == CplStatus::SC {
            Translation::encode_data(&[t]).unwrap()
        } else {
            Vec::new()
        };
        Tlp::new(TlpBody::Completion(Completion {
            completer_id: self.rc.rid,
            status: self.tr_status,
            bcm: false,
            byte_count: Translation::ENTRY_BYTES,
            requester_id: tr.requester_id,
            tag: tr.tag,
            lower_address: 0,
            attrs: Attrs::default(),
            data,
        }))
        .encode()
        .unwrap()
    }

    fn prg_response(&self, prefix: Option<PasidPrefix>, p: &PageRequest) -> Vec<u32> {
        Tlp {
            prefix: if self.respond_with_pasid { prefix } else { None },
            body: TlpBody::Message(Message::PrgResponse {
                requester_id: self.rc.rid,
                tag: 0,
                destination_id: p.requester_id,
                code: self.code,
                prg_index: p.prg_index,
            }),
        }
        .encode()
        .unwrap()
    }

    /// One round: move the device's TLPs, answer translation requests, age page requests.
    fn step(&mut self, dev: &mut Device) {
        self.rc.pump(dev);
        for dws in std::mem::take(&mut self.rc.translation_requests) {
            let (prefix, tr) = TranslationRequest::decode(&dws).unwrap().unwrap();
            self.translation_requests.push((prefix, tr));
            let key = (prefix.map(|p| p.pasid), tr.address);
            let t = self.table.get(&key).copied().unwrap_or(Translation {
                translated: 0,
                size: PAGE_BYTES,
                ..Default::default()
            });
            dev.receive(&self.translation_cpl(&tr, t)).unwrap();
        }
        for (prefix, msg) in std::mem::take(&mut self.rc.messages) {
            match msg {
                Message::PageRequest(p) if !p.read && !p.write => {
                    self.stop_markers.push((prefix, p))
                }
                Message::PageRequest(p) => {
                    self.page_requests.push((prefix, p));
                    self.faults.push((self.delay, prefix, p));
                    self.outstanding += 1;
                    self.max_outstanding = self.max_outstanding.max(self.outstanding);
                }
                m @ Message::AtsInvalCompletion { .. } => self.inval_cpls.push(m),
                _ => {}
            }
        }
        let mut due = Vec::new();
        for f in &mut self.faults {
            if f.0 == 0 {
                due.push((f.1, f.2));
            } else {
                f.0 -= 1;
            }
        }
        self.faults.retain(|f| f.0 > 0 || !due.iter().any(|d| d.1 == f.2));
        for (prefix, p) in due {
            if self.fill && self.code == PrgRespCode::SUCCESS {
                let key = (prefix.map(|x| x.pasid), p.page_addr);
                let old = self.table.get(&key).copied().unwrap_or_default();
                self.map(key.0, p.page_addr, true, p.write || old.write);
            }
            self.outstanding -= 1;
            dev.receive(&self.prg_response(prefix, &p)).unwrap();
        }
    }

    fn run(&mut self, dev: &mut Device) {
        for _ in 0..1000 {
            self.step(dev);
            if dev.idle() && self.faults.is_empty() {
                return;
            }
        }
        panic!("device not idle");
    }

    /// Memory requests the device sent, in order.
    fn mem_requests(&self) -> Vec<(Option<PasidPrefix>, MemRequest)> {
        self.rc
            .seen
            .iter()
            .filter_map(|t| match &t.body {
                TlpBody::Mem(m) if m.at != At::TRANSLATION_REQUEST => Some((t.prefix, m.clone())),
                _ => None,
            })
            .collect()
    }

    fn phys(&self, addr: u64, len: usize) -> Vec<u8> {
        (0..len as u64).map(|i| *self.rc.mem.get(&(addr + i)).unwrap_or(&0)).collect()
    }
}

fn setup(fc: FunctionConfig, alloc: u32) -> (Device, Host) {
    let mut dev = Device::new(vec![fc]).unwrap();
    let mut h = Host::new();
    h.rc.bring_up(&mut dev, 0, 128, 512);
    let caps = dev.config(0).unwrap().caps();
    let ats = caps.ats.unwrap();
    let on = AtsCtrl::default().with_enable(true);
    h.rc.write(&mut dev, 0, ats + AtsExtCap::CTRL_BYTE_OFFSET, 2, on.0.into());
    let pri = caps.pri.unwrap();
    h.rc.write(&mut dev, 0, pri + PriExtCap::REQ_ALLOC_BYTE_OFFSET, 4, alloc);
    let on = PriCtrl::default().with_enable(true);
    h.rc.write(&mut dev, 0, pri + PriExtCap::CTRL_BYTE_OFFSET, 2, on.0.into());
    (dev, h)
}

fn pri_status(dev: &Device) -> PriStatus {
    dev.config(0).unwrap().pri_status().unwrap()
}

fn data(len: usize, seed: u8) -> Vec<u8> {
    (0..len).map(|i| (i as u8).wrapping_mul(7) ^ seed).collect()
}

fn done_data(dev: &Device, j: JobId) -> Vec<u8> {
    match dev.job(j) {
        Some(JobState::Done { data: Some(d) }) => d.clone(),
        s => panic!("job {j:?}: {s:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Codec and ATC
// ---------------------------------------------------------------------------------------------

#[test]
fn s_bit_ranges() {
    assert_eq!(PAGE_BYTES, 4096, "PCIe ATS: translations of at least 4 KiB");
    // PCIe Base 6.x Table 10-2: S = 0 is 4 KiB; S = 1 with bit 12 clear is 8 KiB; bits 12
    // and 13 set, bit 14 clear: 32 KiB.
    assert_eq!(decode_range(0x1234_5000, false), Some((0x1234_5000, 0x1000)));
    assert_eq!(decode_range(0x1234_4000, true), Some((0x1234_4000, 0x2000)));
    assert_eq!(decode_range(0x1234_3000, true), Some((0x1234_0000, 0x8000)));
    assert_eq!(decode_range(0x3fff_ffff_ffff_f000, true), Some((0, 1 << 63)));
    // Every bit from 12 up set: the whole 2^64 space, which no u64 size holds.
    assert_eq!(decode_range(0x7fff_ffff_ffff_f000, true), None);
    for k in 12..63 {
        let size = 1u64 << k;
        let base = 0xabcd_0000_0000_0000u64 & !(size - 1);
        let (a, s) = encode_range(base, size).unwrap();
        assert_eq!(s, k > 12);
        assert_eq!(decode_range(a, s), Some((base, size)), "2^{k}");
    }
    assert!(encode_range(0x1000, 0x2000).is_err(), "misaligned");
    assert!(encode_range(0, 0x3000).is_err(), "not a power of two");
}

#[test]
fn translation_request_codec() {
    let rid = RoutingId::default().with_bus(1).with_func(2);
    let pre = PasidPrefix { pasid: pasid(9), privileged: true, execute: false };
    for address in [0x1234_5000u64, 0x12_3456_7000] {
        for no_write in [false, true] {
            let tr = TranslationRequest {
                requester_id: rid,
                tag: 7,
                address,
                translations: 1,
                no_write,
                attrs: Attrs::default(),
            };
            let dws = tr.encode(Some(pre)).unwrap();
            assert_eq!(dws.len(), if address > u32::MAX as u64 { 5 } else { 4 });
            // No Write is bit 0 of the last header DW (PCIe Base 6.x Figure 10-11).
            assert_eq!(dws.last().unwrap() & 1, no_write as u32);
            assert_eq!(TranslationRequest::decode(&dws).unwrap(), Some((Some(pre), tr)));
            // The generic codec sees a memory read of 2 DW with AT = Translation Request.
            let t = Tlp::decode(&dws).unwrap();
            let TlpBody::Mem(m) = t.body else { panic!() };
            assert_eq!((m.write, m.length_dw, m.at), (false, 2, At::TRANSLATION_REQUEST));
        }
    }
    let mut tr = TranslationRequest {
        requester_id: rid,
        tag: 0,
        address: 0x1001,
        translations: 1,
        no_write: false,
        attrs: Attrs::default(),
    };
    assert!(tr.encode(None).is_err(), "unaligned address");
    tr.address = 0x1000;
    let dws = tr.encode(None).unwrap();
    let h = TlpAtsTransReq3dw::from_be_bytes(
        dws.iter().flat_map(|d| d.to_be_bytes()).collect::<Vec<_>>().try_into().unwrap(),
    );
    assert_eq!(h.untranslated_addr(), 1);
    // A plain memory read is not a translation request.
    let rd = Tlp::new(TlpBody::Mem(MemRequest {
        write: false,
        requester_id: rid,
        tag: 0,
        address: 0x1000,
        length_dw: 2,
        first_be: 0xf,
        last_be: 0xf,
        at: At::UNTRANSLATED,
        attrs: Attrs::default(),
        data: Vec::new(),
    }));
    assert_eq!(TranslationRequest::decode(&rd.encode().unwrap()).unwrap(), None);
}

#[test]
fn completion_entry_codec() {
    let t = Translation {
        translated: 0x8_1234_0000,
        size: 0x1_0000,
        read: true,
        write: false,
        execute: true,
        privileged: true,
        untranslated_only: false,
        global: true,
        no_snoop: false,
    };
    let bytes = Translation::encode_data(&[t]).unwrap();
    assert_eq!(bytes.len(), AtsCplEntry::BYTES);
    // Bytes 0-3: translated address [63:32]; byte 7: R (bit 0), W (1), U (2), Exe (3),
    // Priv (4), Global (5) (PCIe Base 6.x Figure 10-14); S is bit 11 of bytes 4-7.
    assert_eq!(&bytes[..4], &[0, 0, 0, 8]);
    assert_eq!(bytes[7] & 0x3f, 0b11_1001);
    assert_eq!(bytes[6] & 0x08, 0x08, "S set");
    assert_eq!(Translation::decode_data(&bytes).unwrap(), vec![t]);
    assert!(Translation::decode_data(&bytes[..4]).is_err());
    assert!(t.grants(false, true) && !t.grants(true, false));
}

#[test]
fn atc_lookup_eviction_invalidation() {
    let t = |translated, global| Translation {
        translated,
        size: PAGE_BYTES,
        read: true,
        write: true,
        global,
        ..Default::default()
    };
    let (p1, p2) = (Some(pasid(1)), Some(pasid(2)));
    let mut atc = Atc::new(2);
    atc.insert(p1, false, 0x1000, t(0xa000, false));
    atc.insert(p1, false, 0x2000, t(0xb000, true));
    assert_eq!(atc.lookup(p1, false, 0x1abc).unwrap().translate(0x1abc), 0xaabc);
    assert!(atc.lookup(p1, true, 0x1abc).is_none(), "privileged entries are separate");
    assert!(atc.lookup(p2, false, 0x1abc).is_none(), "another PASID");
    assert!(atc.lookup(None, false, 0x1abc).is_none(), "no PASID");
    assert_eq!(atc.lookup(p2, false, 0x2008).unwrap().translate(0x2008), 0xb008, "global");
    // 0x1000 was used after 0x2000 was inserted, but 0x2000 was used last: 0x1000 goes.
    atc.insert(p1, false, 0x3000, t(0xc000, false));
    assert_eq!(atc.entries().len(), 2);
    assert!(atc.lookup(p1, false, 0x1000).is_none(), "least recently used evicted");
    assert!(atc.lookup(p1, false, 0x2000).is_some());
    // An invalidation for PASID 2 without Global leaves PASID 1's entries.
    assert!(atc.invalidate(p2, 0, 1 << 20, false).is_empty());
    // With Global, PASID 2 also removes PASID 1's global entry.
    assert_eq!(atc.invalidate(p2, 0, 1 << 20, true).len(), 1);
    assert!(atc.lookup(p1, false, 0x2000).is_none());
    // Without a PASID: every address space in the range.
    atc.insert(None, false, 0x5000, t(0xd000, false));
    assert_eq!(atc.invalidate(None, 0x3000, 0x1000, false).len(), 1);
    assert!(atc.lookup(None, false, 0x5000).is_some(), "outside the range");
    // A larger translation covers its aligned range.
    atc.insert(p1, false, 0x1_3000, Translation { size: 0x1_0000, ..t(0x50_0000, false) });
    assert_eq!(atc.lookup(p1, false, 0x1_f004).unwrap().translate(0x1_f004), 0x50_f004);
}

// ---------------------------------------------------------------------------------------------
// Work items
// ---------------------------------------------------------------------------------------------

#[test]
fn work_item_translates_and_caches() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let p = Some(pasid(5));
    for k in 0..3 {
        h.map(p, VA + k * PAGE_BYTES, true, true);
    }
    let buf = data(6000, 3);
    let addr = VA + 0x100;
    let ops = vec![
        WorkOp::Write { addr, data: buf.clone() },
        WorkOp::Read { addr: addr + 10, len: 5000 },
    ];
    let j = dev.submit(0, Job::work(ops).pasid(pasid(5))).unwrap();
    h.run(&mut dev);
    assert_eq!(done_data(&dev, j), buf[10..5010].to_vec());
    assert_eq!(h.phys(PHYS + addr, 6000), buf, "written at the translated address");
    // Two pages touched: two translation requests, with the PASID prefix, NW clear for the
    // writes; the reads hit the ATC.
    let trs: Vec<_> =
        h.translation_requests.iter().map(|(p, t)| (p.unwrap().pasid, t.address)).collect();
    assert_eq!(trs, vec![(pasid(5), VA), (pasid(5), VA + PAGE_BYTES)]);
    assert!(h.translation_requests.iter().all(|(_, t)| !t.no_write && t.translations == 1));
    let mem = h.mem_requests();
    assert!(!mem.is_empty());
    for (prefix, m) in &mem {
        assert_eq!(m.at, At::TRANSLATED);
        assert_eq!(*prefix, None, "translated requests carry no PASID");
        assert!(m.address >= PHYS);
        assert!(m.length_dw * 4 <= if m.write { 128 } else { 512 }, "MPS / MRRS");
        assert_eq!(m.address / 4096, (m.address + m.length_dw as u64 * 4 - 1) / 4096);
    }
    assert_eq!(dev.atc(0).unwrap().entries().len(), 2);
    assert!(h.page_requests.is_empty());
    // A read-only work item: NW set.
    h.map(p, VA + 0x10_0000, true, false);
    let j = dev
        .submit(0, Job::work(vec![WorkOp::Read { addr: VA + 0x10_0000, len: 4 }]).pasid(pasid(5)))
        .unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    assert!(h.translation_requests.last().unwrap().1.no_write);
}

#[test]
fn fault_page_request_then_retry() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let buf = data(16, 1);
    let addr = VA + 0x2_0010;
    let j = dev
        .submit(
            0,
            Job::work(vec![WorkOp::Write { addr, data: buf.clone() }])
                .pasid(pasid(5))
                .privileged(true),
        )
        .unwrap();
    h.run(&mut dev);
    assert_eq!(done_data(&dev, j), Vec::<u8>::new());
    assert_eq!(h.phys(PHYS + addr, 16), buf);
    // Order on the link: translation request (denied), page request, translation request
    // after the PRG response, the translated write.
    let kinds: Vec<&str> =
        h.rc.seen
            .iter()
            .filter_map(|t| match &t.body {
                TlpBody::Mem(m) if m.at == At::TRANSLATION_REQUEST => Some("TR"),
                TlpBody::Mem(m) if m.write && m.at == At::TRANSLATED => Some("MWr"),
                TlpBody::Message(Message::PageRequest(_)) => Some("PR"),
                _ => None,
            })
            .collect();
    assert_eq!(kinds, vec!["TR", "PR", "TR", "MWr"]);
    let (prefix, pr) = h.page_requests[0];
    assert_eq!(prefix, Some(PasidPrefix { pasid: pasid(5), privileged: true, execute: false }));
    assert_eq!((pr.page_addr, pr.write, pr.read, pr.last), (VA + 0x2_0000, true, false, true));
    // The PRG index is free again: the next fault reuses it.
    let j2 =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5))).unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j2), Some(JobState::Done { .. })));
    assert_eq!(h.page_requests[1].1.prg_index, pr.prg_index);
    assert!(!h.page_requests[1].1.write && h.page_requests[1].1.read);
}

#[test]
fn page_request_groups_cover_a_chunk() {
    for (alloc, groups) in [(8u32, vec![4usize, 2]), (3, vec![3, 3])] {
        let (mut dev, mut h) = setup(FunctionConfig::default(), alloc);
        let buf = data(6 * 4096, 5);
        let j = dev
            .submit(
                0,
                Job::work(vec![WorkOp::Write { addr: VA, data: buf.clone() }]).pasid(pasid(5)),
            )
            .unwrap();
        h.run(&mut dev);
        assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
        assert_eq!(h.phys(PHYS + VA, buf.len()), buf);
        let prs: Vec<PageRequest> = h.page_requests.iter().map(|x| x.1).collect();
        let pages: Vec<u64> = prs.iter().map(|p| (p.page_addr - VA) / PAGE_BYTES).collect();
        assert_eq!(pages, vec![0, 1, 2, 3, 4, 5], "alloc {alloc}");
        assert!(prs.iter().all(|p| p.write && !p.read));
        let mut at = 0;
        for &n in &groups {
            let g = &prs[at..at + n];
            assert!(g.iter().all(|p| p.prg_index == g[0].prg_index));
            let lasts: Vec<bool> = g.iter().map(|p| p.last).collect();
            assert_eq!(lasts.iter().filter(|&&l| l).count(), 1);
            assert!(lasts[n - 1], "Last on the final request of the group");
            at += n;
        }
        assert!(h.max_outstanding <= alloc as usize);
        // A denied translation per group, then one per page.
        assert_eq!(h.translation_requests.len(), 6 + groups.len());
    }
    // A read and a write of one page: one request with R and W.
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let ops =
        vec![WorkOp::Read { addr: VA, len: 4 }, WorkOp::Write { addr: VA + 8, data: vec![1] }];
    let j = dev.submit(0, Job::work(ops).pasid(pasid(5))).unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    assert_eq!(h.page_requests.len(), 1);
    let pr = h.page_requests[0].1;
    assert!(pr.read && pr.write && pr.last);
}

#[test]
fn read_only_page_upgraded_by_write_fault() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let p = Some(pasid(3));
    h.map(p, VA, true, false);
    h.rc.mem.insert(PHYS + VA, 0x5a);
    let ops =
        vec![WorkOp::Read { addr: VA, len: 1 }, WorkOp::Write { addr: VA + 1, data: vec![9] }];
    let j = dev.submit(0, Job::work(ops).pasid(pasid(3))).unwrap();
    h.run(&mut dev);
    assert_eq!(done_data(&dev, j), vec![0x5a]);
    assert_eq!(h.phys(PHYS + VA + 1, 1), vec![9]);
    // Read: one translation (R only). Write: the cached entry lacks W, so a translation
    // request, still R only, a page request for write, a translation with W.
    assert_eq!(h.translation_requests.len(), 3);
    assert_eq!(h.page_requests.len(), 1);
    assert!(h.page_requests[0].1.write);
}

#[test]
fn prg_response_without_pasid_accepted() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    assert!(pri_status(&dev).prg_resp_pasid_required());
    h.respond_with_pasid = false;
    let j =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 8 }]).pasid(pasid(5))).unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    assert!(!pri_status(&dev).unexpected_prg_index());
}

#[test]
fn invalid_request_and_response_failure() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    h.code = PrgRespCode::INVALID_REQUEST;
    let w = |a| Job::work(vec![WorkOp::Read { addr: a, len: 8 }]).pasid(pasid(5));
    let j = dev.submit(0, w(VA)).unwrap();
    h.run(&mut dev);
    assert_eq!(
        dev.job(j),
        Some(&JobState::Failed(JobError::PageResponse(PrgRespCode::INVALID_REQUEST)))
    );
    assert!(!pri_status(&dev).response_failure());
    h.code = PrgRespCode::RESPONSE_FAILURE;
    let j = dev.submit(0, w(VA)).unwrap();
    h.run(&mut dev);
    assert_eq!(
        dev.job(j),
        Some(&JobState::Failed(JobError::PageResponse(PrgRespCode::RESPONSE_FAILURE)))
    );
    assert!(pri_status(&dev).response_failure(), "Response Failure stops PRI");
    // A later fault cannot send a page request; a mapped page still works.
    let j = dev.submit(0, w(VA + 0x5000)).unwrap();
    h.run(&mut dev);
    assert_eq!(dev.job(j), Some(&JobState::Failed(JobError::PriDisabled)));
    assert_eq!(h.page_requests.len(), 2);
    h.map(Some(pasid(5)), VA + 0x6000, true, false);
    let j = dev.submit(0, w(VA + 0x6000)).unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
}

#[test]
fn retries_are_bounded() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    h.fill = false; // answers Success but never maps the page
    let j = dev
        .submit(
            0,
            Job::work(vec![WorkOp::Write { addr: VA + 0x9000, data: vec![1] }]).pasid(pasid(5)),
        )
        .unwrap();
    h.run(&mut dev);
    let attempts = FunctionConfig::default().translation_attempts;
    assert_eq!(
        dev.job(j),
        Some(&JobState::Failed(JobError::TranslationAttempts { addr: VA + 0x9000, attempts }))
    );
    assert_eq!(h.translation_requests.len(), attempts as usize);
    assert_eq!(h.page_requests.len(), attempts as usize);
    assert!(h.mem_requests().is_empty());
}

#[test]
fn translation_ur_and_ca_fail() {
    for (status, bit) in [(CplStatus::UR, 0), (CplStatus::CA, 1)] {
        let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
        h.tr_status = status;
        let j = dev
            .submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5)))
            .unwrap();
        h.run(&mut dev);
        assert_eq!(dev.job(j), Some(&JobState::Failed(JobError::CompletionStatus(status))));
        let st = Status(dev.config(0).unwrap().read(Status::OFFSET, Status::BYTES) as u16);
        assert_eq!((st.received_master_abort(), st.received_target_abort()), (bit == 0, bit == 1));
        assert!(h.page_requests.is_empty());
    }
}

#[test]
fn page_request_allocation_is_never_exceeded() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 2);
    h.delay = 5;
    let jobs: Vec<JobId> = (0..6)
        .map(|k| {
            let addr = VA + k * PAGE_BYTES;
            dev.submit(
                0,
                Job::work(vec![WorkOp::Write { addr, data: vec![k as u8] }]).pasid(pasid(5)),
            )
            .unwrap()
        })
        .collect();
    h.run(&mut dev);
    for (k, j) in jobs.iter().enumerate() {
        assert!(matches!(dev.job(*j), Some(JobState::Done { .. })), "job {k}");
        assert_eq!(h.phys(PHYS + VA + k as u64 * PAGE_BYTES, 1), vec![k as u8]);
    }
    assert_eq!(h.page_requests.len(), 6);
    assert_eq!(h.max_outstanding, 2, "the allocation of 2 was used and never exceeded");
    // Two groups outstanding at once have different PRG indexes.
    assert_ne!(h.page_requests[0].1.prg_index, h.page_requests[1].1.prg_index);
    // No allocation at all: the work item fails instead of waiting forever.
    let (mut dev, mut h) = setup(FunctionConfig::default(), 0);
    let j =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5))).unwrap();
    h.run(&mut dev);
    assert_eq!(
        dev.job(j),
        Some(&JobState::Failed(JobError::PriAllocation { want: 1, outstanding: 0, alloc: 0 }))
    );
}

#[test]
fn untranslated_only_and_no_atc() {
    // U: the device uses untranslated requests with the PASID prefix for the range.
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let p = Some(pasid(5));
    h.table.insert(
        (p, VA),
        Translation { size: PAGE_BYTES, untranslated_only: true, ..Default::default() },
    );
    let j = dev
        .submit(
            0,
            Job::work(vec![WorkOp::Write { addr: VA + 4, data: vec![7; 8] }]).pasid(pasid(5)),
        )
        .unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    let mem = h.mem_requests();
    assert_eq!(mem.len(), 1);
    assert_eq!(
        (mem[0].0.map(|x| x.pasid), mem[0].1.at, mem[0].1.address),
        (p, At::UNTRANSLATED, VA + 4)
    );
    // An ATC of no entries: every page access asks for its translation again.
    let fc = FunctionConfig { atc_entries: 0, ..FunctionConfig::default() };
    let (mut dev, mut h) = setup(fc, 8);
    h.map(p, VA, true, true);
    let ops = vec![WorkOp::Write { addr: VA, data: vec![1] }, WorkOp::Read { addr: VA, len: 1 }];
    let j = dev.submit(0, Job::work(ops).pasid(pasid(5))).unwrap();
    h.run(&mut dev);
    assert_eq!(done_data(&dev, j), vec![1]);
    assert_eq!(h.translation_requests.len(), 2);
    assert!(dev.atc(0).unwrap().entries().is_empty());
}

// ---------------------------------------------------------------------------------------------
// Stop markers
// ---------------------------------------------------------------------------------------------

#[test]
fn stop_marker_after_outstanding_page_requests() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    h.delay = 10;
    let j =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5))).unwrap();
    let other =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(6))).unwrap();
    for _ in 0..3 {
        h.step(&mut dev);
    }
    assert_eq!(h.page_requests.len(), 2, "both page requests out");
    let s = dev.stop_pasid(0, pasid(5)).unwrap();
    assert_eq!(dev.job(j), Some(&JobState::Failed(JobError::PasidStopped)));
    for _ in 0..5 {
        h.step(&mut dev);
    }
    assert!(h.stop_markers.is_empty(), "not before the page request is answered");
    assert_eq!(dev.job(s), Some(&JobState::Pending));
    h.run(&mut dev);
    assert_eq!(dev.job(s), Some(&JobState::Done { data: None }));
    assert!(matches!(dev.job(other), Some(JobState::Done { .. })), "PASID 6 goes on");
    assert_eq!(h.stop_markers.len(), 1);
    let (prefix, m) = h.stop_markers[0];
    assert_eq!(prefix, Some(PasidPrefix { pasid: pasid(5), privileged: false, execute: false }));
    assert!(m.last && !m.read && !m.write);
    // The marker came after the PRG response for PASID 5 was received: it is the last
    // page-request message on the link.
    let last_pr =
        h.rc.seen.iter().rposition(|t| matches!(t.body, TlpBody::Message(Message::PageRequest(_))));
    assert_eq!(h.rc.seen[last_pr.unwrap()].prefix, prefix);
    // Without PRI enabled there is no stop marker to send.
    let (mut dev2, mut h2) = setup(FunctionConfig::default(), 8);
    let pri = dev2.config(0).unwrap().caps().pri.unwrap();
    h2.rc.write(&mut dev2, 0, pri + PriExtCap::CTRL_BYTE_OFFSET, 2, 0);
    assert_eq!(dev2.stop_pasid(0, pasid(5)), Err(JobError::PriDisabled));
}

#[test]
fn stop_with_page_request_still_queued() {
    // The work item fails at stop_pasid while its page request waits in the device: the
    // request still goes out (its group is allocated), and the stop marker follows its
    // response.
    let (mut dev, mut h) = setup(FunctionConfig::default(), 1);
    let j =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5))).unwrap();
    h.step(&mut dev);
    assert!(h.page_requests.is_empty(), "queued, not sent");
    let s = dev.stop_pasid(0, pasid(5)).unwrap();
    assert_eq!(dev.job(j), Some(&JobState::Failed(JobError::PasidStopped)));
    h.run(&mut dev);
    assert_eq!(dev.job(s), Some(&JobState::Done { data: None }));
    assert_eq!(h.page_requests.len(), 1);
    assert_eq!(h.stop_markers.len(), 1);
    let pos = |stop: bool| {
        h.rc.seen
            .iter()
            .position(|t| matches!(&t.body, TlpBody::Message(Message::PageRequest(p)) if (p.read || p.write) != stop))
            .unwrap()
    };
    assert!(pos(false) < pos(true));
    // The allocation of 1 is free again: a new work item can fault.
    let j = dev
        .submit(0, Job::work(vec![WorkOp::Read { addr: VA + 0x8000, len: 4 }]).pasid(pasid(5)))
        .unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
}

// ---------------------------------------------------------------------------------------------
// Invalidations
// ---------------------------------------------------------------------------------------------

fn inval(p: Option<Pasid>, address: u64, size: bool, global: bool, itag: u8) -> Vec<u32> {
    Tlp {
        prefix: p.map(|pasid| PasidPrefix { pasid, ..Default::default() }),
        body: TlpBody::Message(Message::AtsInvalRequest {
            requester_id: RoutingId(0),
            itag,
            device_id: RootComplex::target(0),
            address,
            size,
            global,
        }),
    }
    .encode()
    .unwrap()
}

#[test]
fn invalidation_completion_does_not_pass_translated_writes() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let p = Some(pasid(5));
    h.map(p, VA, true, true);
    h.map(p, VA + PAGE_BYTES, true, true);
    // Warm the ATC.
    let j = dev
        .submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 8192 }]).pasid(pasid(5)))
        .unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    assert_eq!(dev.atc(0).unwrap().entries().len(), 2);
    // A work item that hits the ATC queues its writes at once; before they leave the
    // device, an invalidation of the first page arrives.
    let buf = data(1024, 9);
    let w = dev
        .submit(0, Job::work(vec![WorkOp::Write { addr: VA, data: buf.clone() }]).pasid(pasid(5)))
        .unwrap();
    let before = h.rc.seen.len();
    dev.receive(&inval(p, VA, false, false, 4)).unwrap();
    assert_eq!(dev.atc(0).unwrap().entries().len(), 1, "the entry is gone at once");
    h.run(&mut dev);
    assert!(matches!(dev.job(w), Some(JobState::Done { .. })));
    let tail = &h.rc.seen[before..];
    let cpl = tail
        .iter()
        .position(|t| matches!(t.body, TlpBody::Message(Message::AtsInvalCompletion { .. })))
        .unwrap();
    let writes: Vec<usize> = tail
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(&t.body, TlpBody::Mem(m) if m.write))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(writes.len(), 1024 / 128);
    assert!(writes.iter().all(|&i| i < cpl), "completion after every write: {writes:?} {cpl}");
    assert_eq!(
        h.inval_cpls,
        vec![Message::AtsInvalCompletion {
            requester_id: RootComplex::target(0),
            tag: 0,
            device_id: RoutingId(0),
            cc: 1,
            itag_vector: 1 << 4,
        }]
    );
    assert_eq!(h.phys(PHYS + VA, 1024), buf);
    // The next access to the page asks for its translation again.
    let n = h.translation_requests.len();
    let j =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5))).unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    assert_eq!(h.translation_requests.len(), n + 1);
}

#[test]
fn invalidation_ordering_without_cached_entry() {
    // With no ATC entries the translation is used once and never cached: the invalidation
    // removes nothing, but the completion still waits for the writes that used it.
    let fc = FunctionConfig { atc_entries: 0, ..FunctionConfig::default() };
    let (mut dev, mut h) = setup(fc, 8);
    let p = Some(pasid(5));
    h.map(p, VA, true, true);
    let w = dev
        .submit(0, Job::work(vec![WorkOp::Write { addr: VA, data: data(512, 1) }]).pasid(pasid(5)))
        .unwrap();
    h.rc.pump(&mut dev);
    let dws = h.rc.translation_requests.pop().unwrap();
    let (_, tr) = TranslationRequest::decode(&dws).unwrap().unwrap();
    dev.receive(&h.translation_cpl(&tr, h.table[&(p, VA)])).unwrap();
    // The writes are queued, not sent; an invalidation of another page is answered first.
    let before = h.rc.seen.len();
    dev.receive(&inval(p, VA + PAGE_BYTES, false, false, 1)).unwrap();
    dev.receive(&inval(p, VA, false, false, 2)).unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(w), Some(JobState::Done { .. })));
    let order: Vec<String> = h.rc.seen[before..]
        .iter()
        .map(|t| match &t.body {
            TlpBody::Message(Message::AtsInvalCompletion { itag_vector, .. }) => {
                format!("C{}", itag_vector.trailing_zeros())
            }
            TlpBody::Mem(m) if m.write => "W".into(),
            _ => "?".into(),
        })
        .collect();
    assert_eq!(order, vec!["C1", "W", "W", "W", "W", "C2"]);
}

#[test]
fn invalidation_completion_waits_for_translated_reads() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let p = Some(pasid(5));
    h.map(p, VA, true, true);
    let j =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5))).unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    h.rc.hold_reads = true;
    let r =
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 64 }]).pasid(pasid(5))).unwrap();
    h.step(&mut dev);
    assert_eq!(h.rc.held.len(), 1, "the translated read is out, unanswered");
    dev.receive(&inval(None, VA, false, false, 0)).unwrap();
    h.step(&mut dev);
    assert!(h.inval_cpls.is_empty(), "completion held while the read is outstanding");
    h.rc.hold_reads = false;
    for t in std::mem::take(&mut h.rc.held) {
        let TlpBody::Mem(m) = &t.body else { panic!() };
        for c in h.rc.answer_read(m) {
            dev.receive(&c).unwrap();
        }
    }
    h.run(&mut dev);
    assert_eq!(h.inval_cpls.len(), 1);
    assert!(matches!(dev.job(r), Some(JobState::Done { .. })));
}

#[test]
fn invalidation_scope_and_answers() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let (p5, p6) = (Some(pasid(5)), Some(pasid(6)));
    for p in [p5, p6] {
        for k in 0..4 {
            h.map(p, VA + k * PAGE_BYTES, true, true);
        }
        let j = dev
            .submit(0, Job::work(vec![WorkOp::Read { addr: VA, len: 4 * 4096 }]).pasid(p.unwrap()))
            .unwrap();
        h.run(&mut dev);
        assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    }
    let count = |dev: &Device, p: Option<Pasid>| {
        dev.atc(0).unwrap().entries().iter().filter(|e| e.pasid == p).count()
    };
    assert_eq!((count(&dev, p5), count(&dev, p6)), (4, 4));
    // 8 KiB range (S = 1, bit 12 clear) of PASID 5: two entries.
    dev.receive(&inval(p5, VA, true, false, 1)).unwrap();
    assert_eq!((count(&dev, p5), count(&dev, p6)), (2, 4));
    // No answer mode: the ATC is invalidated but no completion comes.
    dev.set_invalidation_response(0, InvalidationResponse::Ignore).unwrap();
    dev.receive(&inval(p6, VA + 0x3000, false, false, 2)).unwrap();
    assert_eq!((count(&dev, p5), count(&dev, p6)), (2, 3));
    h.run(&mut dev);
    assert_eq!(h.inval_cpls.len(), 1, "only the first one was answered");
    // Several completions: Completion Count 3 on each.
    dev.set_invalidation_response(0, InvalidationResponse::Split(3)).unwrap();
    assert!(dev.set_invalidation_response(0, InvalidationResponse::Split(9)).is_err());
    dev.receive(&inval(None, VA, true, false, 7)).unwrap();
    h.run(&mut dev);
    assert_eq!((count(&dev, p5), count(&dev, p6)), (2, 1), "no PASID: every space");
    assert_eq!(h.inval_cpls.len(), 4);
    for m in &h.inval_cpls[1..] {
        let Message::AtsInvalCompletion { cc, itag_vector, .. } = m else { panic!() };
        assert_eq!((*cc, *itag_vector), (3, 1 << 7));
    }
}

#[test]
fn invalidation_makes_in_flight_translation_stale() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    let p = Some(pasid(5));
    h.map(p, VA, true, true);
    let j = dev
        .submit(0, Job::work(vec![WorkOp::Write { addr: VA, data: vec![3] }]).pasid(pasid(5)))
        .unwrap();
    // Take the translation request without answering it.
    h.rc.pump(&mut dev);
    let dws = h.rc.translation_requests.pop().unwrap();
    let (_, tr) = TranslationRequest::decode(&dws).unwrap().unwrap();
    // The invalidation passes the (old) translation completion: the answer is not used.
    dev.receive(&inval(p, VA, false, false, 0)).unwrap();
    h.map(p, VA, true, true);
    let old = Translation { translated: 0xdead_0000, ..h.table[&(p, VA)] };
    dev.receive(&h.translation_cpl(&tr, old)).unwrap();
    assert!(dev.atc(0).unwrap().entries().is_empty(), "stale answer not cached");
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    assert_eq!(h.translation_requests.len(), 1, "one more translation request after the stale one");
    assert_eq!(h.phys(PHYS + VA, 1), vec![3]);
    assert!(!h.rc.mem.contains_key(&0xdead_0000));
}

// ---------------------------------------------------------------------------------------------
// Refusals and JSON
// ---------------------------------------------------------------------------------------------

#[test]
fn ats_disable_drops_the_atc() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    h.map(Some(pasid(5)), VA, true, true);
    let w = || Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5));
    let j = dev.submit(0, w()).unwrap();
    h.run(&mut dev);
    assert!(matches!(dev.job(j), Some(JobState::Done { .. })));
    assert_eq!(dev.atc(0).unwrap().entries().len(), 1);
    // A work item mid-way (its translation request queued) when ATS is turned off fails.
    let j = dev
        .submit(0, Job::work(vec![WorkOp::Read { addr: VA + 0x7000, len: 4 }]).pasid(pasid(5)))
        .unwrap();
    let ats = dev.config(0).unwrap().caps().ats.unwrap();
    h.rc.write(&mut dev, 0, ats + AtsExtCap::CTRL_BYTE_OFFSET, 2, 0);
    assert!(dev.atc(0).unwrap().entries().is_empty());
    assert_eq!(dev.submit(0, w()), Err(JobError::AtsDisabled));
    h.run(&mut dev);
    assert_eq!(dev.job(j), Some(&JobState::Failed(JobError::AtsDisabled)));
    assert_eq!(h.translation_requests.len(), 2, "the queued translation request went out");
    assert!(dev.atc(0).unwrap().entries().is_empty(), "its answer is not cached");
}

#[test]
fn work_item_refusals() {
    let mut dev = Device::new(vec![FunctionConfig::default()]).unwrap();
    let mut h = Host::new();
    h.rc.bring_up(&mut dev, 0, 128, 128);
    let w = || Job::work(vec![WorkOp::Read { addr: VA, len: 4 }]).pasid(pasid(5));
    assert_eq!(dev.submit(0, w()), Err(JobError::AtsDisabled));
    let (mut dev, _) = setup(FunctionConfig::default(), 8);
    assert_eq!(dev.submit(0, Job::work(Vec::new())), Err(JobError::Empty));
    assert_eq!(
        dev.submit(
            0,
            Job::work(vec![WorkOp::Write { addr: VA, data: vec![1] }])
                .pasid(pasid(5))
                .execute(true)
        ),
        Err(JobError::ExecuteOnWrite)
    );
    assert_eq!(
        dev.submit(0, Job::work(vec![WorkOp::Read { addr: u64::MAX, len: 2 }])),
        Err(JobError::AddressOverflow)
    );
}

#[test]
fn json_work_stop_and_invalidation_commands() {
    let (mut dev, mut h) = setup(FunctionConfig::default(), 8);
    h.map(Some(pasid(5)), VA, true, true);
    let cmd = Command::from_json(
        r#"{"work": {"func": 0, "pasid": 5, "ops": [{"write": {"addr": "0x4000_0010", "data": "a1b2"}}, {"read": {"addr": "0x40000010", "len": 2}}]}}"#,
    )
    .unwrap();
    let j = dev.command(&cmd).unwrap().unwrap();
    h.run(&mut dev);
    assert_eq!(done_data(&dev, j), vec![0xa1, 0xb2]);
    let c = Command::from_json(
        r#"{"set_invalidation_response": {"func": 0, "response": {"split": 2}}}"#,
    )
    .unwrap();
    assert_eq!(dev.command(&c).unwrap(), None);
    dev.receive(&inval(None, VA, false, false, 1)).unwrap();
    h.run(&mut dev);
    assert_eq!(h.inval_cpls.len(), 2);
    let c =
        Command::from_json(r#"{"set_invalidation_response": {"func": 0, "response": "ignore"}}"#)
            .unwrap();
    dev.command(&c).unwrap();
    let s = dev
        .command(&Command::from_json(r#"{"stop_pasid": {"func": 0, "pasid": 5}}"#).unwrap())
        .unwrap()
        .unwrap();
    h.run(&mut dev);
    assert_eq!(dev.job(s), Some(&JobState::Done { data: None }));
    assert_eq!(h.stop_markers.len(), 1);
    assert!(Command::from_json(r#"{"work": {"func": 0, "ops": [{"poke": {}}]}}"#).is_err());
}
