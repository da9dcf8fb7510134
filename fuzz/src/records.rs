//! The driver's decoding of the records the IOMMU writes: page requests
//! (`driver::iommu::page_request_queue`, answered by the SVA layer in `driver::sva::prq`) and
//! fault records (`driver::iommu::fault_queue`, filtered by `Sva::handle_faults`).
//!
//! The rig is the reference model (`iommu_model::Model`, the driver's `Mmio`) over
//! `driver::fake::FakeDma` host memory, with the driver brought up, one device (`DEV`, PASID,
//! ATS and PRI, PRG responses with the PASID, no privileged or execute requests) and one
//! process bound to it. To place a record, the model is made to write one for real (a page
//! request of the bound PASID, or a translation of an unattached device that faults), which
//! raises the tail register as hardware does; the fuzz bytes then overwrite that record in
//! queue memory. The driver drains, and an independent oracle says what it must answer:
//!
//! * every page request with Last that is not a Stop Marker gets exactly one ATS.PRGR,
//!   with its PRG index, and the PASID when the record has one and the device is the one
//!   known to require it ("PRG Response PASID Required"); Success only when
//!   every request of the group named the bound device and PASID, a canonical address in a
//!   mapping that allows the access, no privilege and no execute; Invalid Request
//!   otherwise (`iommu_in_memory_queues.adoc`, "Page-Request-Queue"; PCIe PRI);
//! * a Stop Marker gets no response and drops the incomplete groups of its PASID;
//! * every fault record comes back as one report, fields as the record holds them, in
//!   queue order; none of them is quiet (the one bond is active);
//! * the driver never panics and never returns an error (the model is consistent).

use std::collections::BTreeMap;
use std::rc::Rc;

use arbitrary::{Arbitrary, Unstructured};
use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::iommu::{Config, Iommu, Requirements};
use driver::regs::iommu_mem::{
    AtsPrgrPayload, FaultRecord, PageRequest, PrPayload, PrgResp, FAULT_RECORD_BYTES,
    PAGE_REQUEST_BYTES, PAGE_SHIFT,
};
use driver::sva::{AddressSpace, BindFlags, PasidAllocator, Sva, SvaConfig, SvaDevice};
use iommu_model::{AtsMessage, DeviceRequest, Model, PageRequestOutcome};
use process_model::{Perms, Process};

/// Host memory the rig simulates.
const BASE: u64 = 0x8000_0000;
const SIZE: usize = 16 << 20;
/// The bound device.
pub const DEV: u32 = 0x0100;
/// A device no context exists for: its translations fault.
const STRANGER: u32 = 0x0200;
const PAGE: u64 = 1 << PAGE_SHIFT;
/// Process layout: `RW_PAGES` read-write pages at `BUF`, one read-only page at `RO`.
pub const BUF: u64 = 0x4000_0000;
pub const RW_PAGES: u64 = 16;
pub const RO: u64 = BUF + 32 * PAGE;
/// Queue sizes (small, so that wrap-around and overflow are reached).
const PQ_ENTRIES: u32 = 8;
const FQ_ENTRIES: u32 = 8;
/// Operations per input.
const MAX_OPS: usize = 64;

/// One step of an input.
#[derive(Arbitrary, Debug, Clone)]
pub enum Op {
    /// Any 16 bytes as a page-request record.
    RawPageRequest([u8; PAGE_REQUEST_BYTES]),
    /// A record close to what the bound device sends (so groups can succeed), with fields
    /// chosen by the fuzzer.
    PageRequest(NearRequest),
    /// Any 32 bytes as a fault record.
    RawFault([u8; FAULT_RECORD_BYTES]),
    /// The driver drains the page-request queue.
    DrainPageRequests,
    /// The driver drains the fault queue.
    DrainFaults,
}

/// A page request near the bound device's: which fields are wrong, chosen by the fuzzer.
#[derive(Arbitrary, Debug, Clone)]
pub struct NearRequest {
    other_device: bool,
    no_pasid: bool,
    other_pasid: bool,
    privileged: bool,
    execute: bool,
    page: u8,
    offset_bits: u64,
    non_canonical: bool,
    prgi: u16,
    last: bool,
    read: bool,
    write: bool,
}

/// The test rig; one per input.
struct Rig {
    dma: Rc<FakeDma>,
    model: Model<Rc<FakeDma>>,
    process: Rc<Process>,
}

/// The oracle's view of one incomplete group: does it fail?
type Groups = BTreeMap<(u32, Option<u32>, u16), bool>;

fn driver_config() -> Config {
    Config {
        requirements: Requirements {
            sv39: false,
            sv48: true,
            process_id_bits: 20,
            ats: true,
            ..Requirements::default()
        },
        page_request_queue_entries: PQ_ENTRIES,
        fault_queue_entries: FQ_ENTRIES,
        poll_budget: 10_000,
        ..Config::default()
    }
}

impl NearRequest {
    fn record(&self, pasid: u32) -> PageRequest {
        let page = u64::from(self.page % 40);
        let mut addr = BUF + page * PAGE;
        if self.non_canonical {
            addr |= self.offset_bits << 47;
        }
        let p = PrPayload::default()
            .with_r(self.read)
            .with_w(self.write)
            .with_l(self.last)
            .with_prgi(self.prgi & PrPayload(u64::MAX).prgi())
            .with_page_addr(addr >> PAGE_SHIFT);
        let did = if self.other_device { STRANGER } else { DEV };
        let pid = if self.other_pasid { pasid ^ 1 } else { pasid };
        PageRequest::default()
            .with_did(did)
            .with_pv(!self.no_pasid)
            .with_pid(if self.no_pasid { 0 } else { pid })
            .with_priv(self.privileged)
            .with_exec(self.execute)
            .with_payload(p)
    }
}

/// Sign-extension rule of Sv48 (the process's address space): bits 63:47 all equal.
fn canonical_sv48(addr: u64) -> bool {
    let top = addr >> 47;
    top == 0 || top == (u64::MAX >> 47)
}

/// Whether one request may be served: the oracle, from the rig's fixed setup.
fn allowed(rec: &PageRequest, pasid: u32) -> bool {
    let p = rec.payload();
    let addr = p.page_addr() << PAGE_SHIFT;
    let in_rw = (BUF..BUF + RW_PAGES * PAGE).contains(&addr);
    let in_ro = (RO..RO + PAGE).contains(&addr);
    rec.did() == DEV
        && rec.pv()
        && rec.pid() == pasid
        && !rec.r#priv()
        && !rec.exec()
        && canonical_sv48(addr)
        && (in_rw || (in_ro && !p.w()))
}

/// Run one input; panics when the driver breaks a rule of the module documentation.
pub fn run(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let mut ops = Vec::new();
    while ops.len() < MAX_OPS {
        match Op::arbitrary(&mut u) {
            Ok(op) => ops.push(op),
            Err(_) => break,
        }
    }
    ops.push(Op::DrainPageRequests);
    ops.push(Op::DrainFaults);
    run_ops(&ops);
}

/// Run a list of operations on a fresh rig (also used by regression tests).
pub fn run_ops(ops: &[Op]) {
    let dma = Rc::new(FakeDma::new(PhysAddr(BASE), SIZE));
    let model = Model::new(Rc::clone(&dma), iommu_model::Config::default());
    let process = Process::new(Rc::clone(&dma) as Rc<dyn DmaMemory>).expect("process");
    process.mmap(BUF, RW_PAGES * PAGE, Perms::RW).expect("mmap rw");
    process.mmap(RO, PAGE, Perms::R).expect("mmap ro");
    let rig = Rig { dma, model, process };
    let iommu = Iommu::init(&rig.model, &*rig.dma, driver_config()).expect("bring-up");
    let mut sva = Sva::with_config(iommu, PasidAllocator::new(), SvaConfig::default());
    sva.add_device(SvaDevice::full(DEV, 20)).expect("add device");
    let space = Rc::clone(&rig.process) as Rc<dyn AddressSpace>;
    let flags = BindFlags { private_pasid: false, supervisor: false };
    let pasid = sva.bind(DEV, space, flags).expect("bind").pasid();
    rig.model.take_outbound_ats();

    let mut groups = Groups::new();
    let mut placed_faults: Vec<FaultRecord> = Vec::new();
    for op in ops {
        match op {
            Op::RawPageRequest(bytes) => rig.place_page_request(&sva, pasid, bytes),
            Op::PageRequest(near) => {
                let bytes = near.record(pasid).to_le_bytes();
                rig.place_page_request(&sva, pasid, &bytes);
            }
            Op::RawFault(bytes) => {
                if rig.place_fault(&sva, bytes) {
                    placed_faults.push(FaultRecord::from_le_bytes(*bytes));
                }
            }
            Op::DrainPageRequests => rig.drain_page_requests(&mut sva, pasid, &mut groups),
            Op::DrainFaults => {
                let lost = sva.iommu().regs().fqcsr().read().fqof();
                let stats = sva.handle_faults().expect("fault drain");
                assert_eq!(stats.quiet, 0, "no bond is inactive, no fault is quiet");
                assert_eq!(stats.lost, lost, "fqof reported as it was");
                let want: Vec<_> =
                    placed_faults.drain(..).map(driver::iommu::FaultReport::from).collect();
                assert_eq!(stats.reports, want, "fault reports in queue order, field for field");
            }
        }
    }
    assert_eq!(sva.open_page_request_groups(), groups.len(), "incomplete groups");
}

impl Rig {
    /// Make the model queue a page request of the bound device, then overwrite the record
    /// it wrote with `bytes`. Nothing is placed when the model does not queue (the queue is
    /// full: `pqof`).
    fn place_page_request<M: driver::mmio::Mmio, D: DmaMemory>(
        &self,
        sva: &Sva<M, D>,
        pasid: u32,
        bytes: &[u8; PAGE_REQUEST_BYTES],
    ) {
        let regs = sva.iommu().regs();
        let tail = regs.pqt().read().index();
        let carrier = PageRequest::default()
            .with_did(DEV)
            .with_pv(true)
            .with_pid(pasid)
            .with_payload(PrPayload::default().with_r(true).with_page_addr(BUF >> PAGE_SHIFT));
        if self.model.page_request(&carrier) != PageRequestOutcome::Queued {
            return;
        }
        let Some((base, _)) = sva.iommu().page_request_queue() else {
            panic!("the page-request queue is configured");
        };
        let at = base.add(u64::from(tail) * PAGE_REQUEST_BYTES as u64);
        self.dma.write(at, bytes).expect("queue memory");
    }

    /// Make the model write a fault record (a read by a device without context), then
    /// overwrite it with `bytes`. False when no record was written (queue full).
    fn place_fault<M: driver::mmio::Mmio, D: DmaMemory>(
        &self,
        sva: &Sva<M, D>,
        bytes: &[u8; FAULT_RECORD_BYTES],
    ) -> bool {
        let regs = sva.iommu().regs();
        let tail = regs.fqt().read().index();
        let fault = self.model.translate(&DeviceRequest::read(STRANGER, BUF)).fault();
        assert!(fault.is_some(), "a device without context faults");
        if regs.fqt().read().index() == tail {
            return false;
        }
        let (base, _) = sva.iommu().fault_queue();
        let at = base.add(u64::from(tail) * FAULT_RECORD_BYTES as u64);
        self.dma.write(at, bytes).expect("queue memory");
        true
    }

    fn drain_page_requests<M: driver::mmio::Mmio, D: DmaMemory>(
        &self,
        sva: &mut Sva<M, D>,
        pasid: u32,
        groups: &mut Groups,
    ) {
        // What the driver will read: the records between its head and the tail.
        let Some((base, entries)) = sva.iommu().page_request_queue() else {
            panic!("the page-request queue is configured");
        };
        let regs = sva.iommu().regs();
        let csr = regs.pqcsr().read();
        let (mut head, tail) = (regs.pqh().read().index(), regs.pqt().read().index());
        let mut want = Vec::new();
        while head != tail {
            let mut buf = [0u8; PAGE_REQUEST_BYTES];
            let at = base.add(u64::from(head) * PAGE_REQUEST_BYTES as u64);
            self.dma.read(at, &mut buf).expect("queue memory");
            let rec = PageRequest::from_le_bytes(buf);
            let p = rec.payload();
            let pid = rec.pv().then(|| rec.pid());
            head = (head + 1) % entries;
            if p.l() && !p.r() && !p.w() {
                if let Some(pid) = pid {
                    groups.retain(|k, _| !(k.0 == rec.did() && k.1 == Some(pid)));
                }
                continue;
            }
            let key = (rec.did(), pid, p.prgi());
            let failed = groups.get(&key).copied().unwrap_or(false) || !allowed(&rec, pasid);
            if p.l() {
                groups.remove(&key);
                let code = if failed { PrgResp::INVALID } else { PrgResp::SUCCESS };
                // The PASID goes back only to a device known to need it ("PRG Response
                // PASID Required"); for an unknown device the driver cannot know, and a
                // prefix the function does not expect is undefined behaviour (PCIe PRI).
                let back = pid.filter(|_| rec.did() == DEV);
                want.push((rec.did(), back, p.prgi(), code));
            } else {
                groups.insert(key, failed);
            }
        }
        let stats = sva.handle_page_requests().expect("page-request drain");
        if csr.pqof() || csr.pqmf() {
            groups.clear();
        }
        let got: Vec<_> = self
            .model
            .take_outbound_ats()
            .into_iter()
            .map(|m| match m {
                AtsMessage::PageRequestGroupResponse(c) => {
                    let p = AtsPrgrPayload::from_bits(c.payload());
                    let seg = if c.dsv() { u32::from(c.dseg()) << u16::BITS } else { 0 };
                    (seg | u32::from(c.rid()), c.pv().then(|| c.pid()), p.prgi(), p.resp_code())
                }
                AtsMessage::Invalidate(c) => panic!("unexpected invalidation {c:?}"),
            })
            .collect();
        assert_eq!(got, want, "one PRG response per closed group, with the oracle's code");
        assert_eq!(stats.groups as usize, want.len(), "groups counted");
    }
}
