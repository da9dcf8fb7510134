//! Page requests end to end on the reference model: the model queues Page Request / Stop
//! Marker messages (`Model::page_request`), the SVA layer drains, resolves against process
//! address spaces, and answers with ATS.PRGR, which the model sends to the device.

use std::rc::Rc;

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::iommu::{Config, DeviceConfig, Error, Iommu, Requirements, Wait};
use driver::regs::iommu_mem::{AtsPrgrPayload, PageRequest, PrPayload, PrgResp, PAGE_SHIFT};
use driver::sva::{
    AddressSpace, BindFlags, Bond, PasidAllocator, Sva, SvaConfig, SvaDevice, SvaError,
};
use iommu_model::{AtsMessage, DeviceRequest, InvalidationPolicy, Model, PageRequestOutcome};
use process_model::{Perms, Process};

const BASE: u64 = 0x8000_0000;
const SIZE: usize = 64 << 20;
const DEV: u32 = 0x0100;
const PAGE: u64 = 1 << PAGE_SHIFT;
const BUF: u64 = 0x4000_0000;

type M<'a> = &'a Model<Rc<FakeDma>>;
type S<'a> = Sva<M<'a>, &'a FakeDma>;

const USER: BindFlags = BindFlags { private_pasid: false, supervisor: false };

fn config(pq_entries: u32, poll_budget: u32) -> Config {
    Config {
        requirements: Requirements {
            sv39: false,
            sv48: true,
            process_id_bits: 20,
            ats: true,
            ..Requirements::default()
        },
        page_request_queue_entries: pq_entries,
        poll_budget,
        ..Config::default()
    }
}

struct Rig {
    dma: Rc<FakeDma>,
    model: Model<Rc<FakeDma>>,
}

impl Rig {
    fn new(policy: InvalidationPolicy) -> Self {
        let dma = Rc::new(FakeDma::new(PhysAddr(BASE), SIZE));
        let mc = iommu_model::Config { ats_invalidations: policy, ..Default::default() };
        let model = Model::new(Rc::clone(&dma), mc);
        Rig { dma, model }
    }

    fn sva(&self, pq_entries: u32, poll_budget: u32, sva_config: SvaConfig) -> S<'_> {
        let iommu = Iommu::init(&self.model, &*self.dma, config(pq_entries, poll_budget)).unwrap();
        let mut sva = Sva::with_config(iommu, PasidAllocator::new(), sva_config);
        sva.add_device(SvaDevice::full(DEV, 20)).unwrap();
        sva
    }

    fn process(&self) -> Rc<Process> {
        let p = Process::new(Rc::clone(&self.dma) as Rc<dyn DmaMemory>).unwrap();
        p.mmap(BUF, 16 * PAGE, Perms::RW).unwrap();
        p.mmap(BUF + 32 * PAGE, PAGE, Perms::R).unwrap();
        p
    }

    /// Send a message; it must be queued.
    fn send(&self, m: PageRequest) {
        assert_eq!(self.model.page_request(&m), PageRequestOutcome::Queued);
    }

    /// The PRG responses sent since the last call: (PASID, PRG index, code).
    fn responses(&self) -> Vec<(Option<u32>, u16, PrgResp)> {
        self.model
            .take_outbound_ats()
            .into_iter()
            .filter_map(|m| match m {
                AtsMessage::PageRequestGroupResponse(c) => {
                    let p = AtsPrgrPayload::from_bits(c.payload());
                    Some((c.pv().then(|| c.pid()), p.prgi(), p.resp_code()))
                }
                AtsMessage::Invalidate(_) => None,
            })
            .collect()
    }
}

fn space(p: &Rc<Process>) -> Rc<dyn AddressSpace> {
    Rc::clone(p) as Rc<dyn AddressSpace>
}

/// A page request of `DEV` with `pasid` for `addr`.
fn req(pasid: u32, prgi: u16, addr: u64, last: bool, write: bool) -> PageRequest {
    let p = PrPayload::default()
        .with_r(true)
        .with_w(write)
        .with_l(last)
        .with_prgi(prgi)
        .with_page_addr(addr >> PAGE_SHIFT);
    PageRequest::default().with_did(DEV).with_pv(true).with_pid(pasid).with_payload(p)
}

fn stop_marker(pasid: u32) -> PageRequest {
    let p = PrPayload::default().with_l(true);
    PageRequest::default().with_did(DEV).with_pv(true).with_pid(pasid).with_payload(p)
}

fn translates(rig: &Rig, b: Bond, addr: u64, write: bool) -> bool {
    let mut r = DeviceRequest::read(DEV, addr).with_pasid(b.pasid());
    if write {
        r = r.write();
    }
    rig.model.translate(&r).fault().is_none()
}

#[test]
fn each_group_gets_one_response_after_its_pages_are_faulted_in() {
    let rig = Rig::new(InvalidationPolicy::AutoComplete);
    let mut sva = rig.sva(64, 100_000, SvaConfig::default());
    let p = rig.process();
    let b = sva.bind(DEV, space(&p), USER).unwrap();
    rig.model.take_outbound_ats();
    assert!(!translates(&rig, b, BUF, true), "nothing populated yet");
    // Group 1: three pages, the last with Last; group 2: one write, interleaved.
    rig.send(req(b.pasid(), 1, BUF, false, false));
    rig.send(req(b.pasid(), 2, BUF + 5 * PAGE, true, true));
    rig.send(req(b.pasid(), 1, BUF + PAGE, false, true));
    let stats = sva.handle_page_requests().unwrap();
    assert_eq!((stats.requests, stats.groups, stats.success), (3, 1, 1));
    assert_eq!(sva.open_page_request_groups(), 1);
    assert_eq!(rig.responses(), vec![(Some(b.pasid()), 2, PrgResp::SUCCESS)]);
    rig.send(req(b.pasid(), 1, BUF + 2 * PAGE, true, false));
    let stats = sva.handle_page_requests().unwrap();
    assert_eq!((stats.groups, stats.success), (1, 1));
    assert_eq!(rig.responses(), vec![(Some(b.pasid()), 1, PrgResp::SUCCESS)]);
    // The retried accesses now translate: reads everywhere, writes where a write was asked.
    assert!(translates(&rig, b, BUF, false));
    assert!(!translates(&rig, b, BUF, true), "read fault-in leaves D = 0");
    assert!(translates(&rig, b, BUF + PAGE, true));
    assert!(translates(&rig, b, BUF + 5 * PAGE, true));
    assert_eq!(p.populated_pages(), 4);
}

#[test]
fn errors_are_sticky_and_bad_requests_are_answered_invalid() {
    let rig = Rig::new(InvalidationPolicy::AutoComplete);
    let mut sva = rig.sva(64, 100_000, SvaConfig::default());
    let p = rig.process();
    let b = sva.bind(DEV, space(&p), USER).unwrap();
    rig.model.take_outbound_ats();
    // Group 3: unmapped page first, then a good one: Invalid, and the good one is not
    // even resolved (sticky).
    rig.send(req(b.pasid(), 3, BUF + 20 * PAGE, false, false));
    rig.send(req(b.pasid(), 3, BUF + 6 * PAGE, true, false));
    // Group 4: write to a read-only mapping.
    rig.send(req(b.pasid(), 4, BUF + 32 * PAGE, true, true));
    // Group 5: non-canonical address.
    rig.send(req(b.pasid(), 5, 0x0000_8000_0000_0000, true, false));
    // Group 6: privileged without a supervisor bond.
    rig.send(req(b.pasid(), 6, BUF, true, false).with_priv(true));
    // Group 7: a PASID nobody bound. Group 8: no PASID at all.
    rig.send(req(b.pasid() + 5, 7, BUF, true, false));
    rig.send(req(b.pasid(), 8, BUF, true, false).with_pv(false).with_pid(0));
    let stats = sva.handle_page_requests().unwrap();
    assert_eq!((stats.groups, stats.invalid, stats.success), (6, 6, 0));
    assert_eq!(stats.bad, 4);
    let got = rig.responses();
    let want: Vec<(Option<u32>, u16, PrgResp)> = vec![
        (Some(b.pasid()), 3, PrgResp::INVALID),
        (Some(b.pasid()), 4, PrgResp::INVALID),
        (Some(b.pasid()), 5, PrgResp::INVALID),
        (Some(b.pasid()), 6, PrgResp::INVALID),
        (Some(b.pasid() + 5), 7, PrgResp::INVALID),
        (None, 8, PrgResp::INVALID),
    ];
    assert_eq!(got, want);
    assert!(!p.is_populated(BUF + 6 * PAGE), "resolution stops at the first error");
    assert!(!p.is_populated(BUF));
}

#[test]
fn stop_markers_get_no_response_and_close_the_pasids_groups() {
    let rig = Rig::new(InvalidationPolicy::AutoComplete);
    let mut sva = rig.sva(64, 100_000, SvaConfig::default());
    let p = rig.process();
    let b = sva.bind(DEV, space(&p), USER).unwrap();
    rig.model.take_outbound_ats();
    rig.send(req(b.pasid(), 9, BUF, false, false));
    rig.send(stop_marker(b.pasid()));
    let stats = sva.handle_page_requests().unwrap();
    assert_eq!((stats.stop_markers, stats.groups, stats.discarded_groups), (1, 0, 1));
    assert_eq!(sva.open_page_request_groups(), 0);
    assert!(rig.responses().is_empty());
}

#[test]
fn overflow_recovery_discards_partial_groups_and_clears_pqof() {
    let rig = Rig::new(InvalidationPolicy::AutoComplete);
    let mut sva = rig.sva(4, 100_000, SvaConfig::default());
    let p = rig.process();
    let b = sva.bind(DEV, space(&p), USER).unwrap();
    rig.model.take_outbound_ats();
    // A 4-entry ring holds 3 records: the 4th overflows.
    rig.send(req(b.pasid(), 1, BUF, false, false));
    rig.send(req(b.pasid(), 2, BUF + PAGE, false, false));
    rig.send(req(b.pasid(), 3, BUF + 2 * PAGE, true, false));
    // Lost while full: group 1's Last is answered Success by the IOMMU itself (the device
    // retries), group 2's middle request is dropped.
    let auto = rig.model.page_request(&req(b.pasid(), 1, BUF + 3 * PAGE, true, false));
    assert!(matches!(auto, PageRequestOutcome::Responded(_)));
    assert_eq!(
        rig.model.page_request(&req(b.pasid(), 2, BUF, false, false)),
        PageRequestOutcome::Discarded
    );
    let auto_resp = rig.responses();
    assert_eq!(auto_resp, vec![(Some(b.pasid()), 1, PrgResp::SUCCESS)]);
    let stats = sva.handle_page_requests().unwrap();
    assert_eq!(stats.overflows, 1);
    assert_eq!((stats.groups, stats.success), (1, 1), "group 3 answered");
    assert_eq!(stats.discarded_groups, 2, "groups 1 and 2 were incomplete");
    assert_eq!(sva.open_page_request_groups(), 0);
    assert_eq!(rig.responses(), vec![(Some(b.pasid()), 3, PrgResp::SUCCESS)]);
    assert!(!sva.iommu().regs().pqcsr().read().pqof());
    // Queued again after the recovery.
    rig.send(req(b.pasid(), 2, BUF, true, false));
    assert_eq!(sva.handle_page_requests().unwrap().success, 1);
    assert_eq!(rig.responses(), vec![(Some(b.pasid()), 2, PrgResp::SUCCESS)]);
}

#[test]
fn after_exit_page_requests_are_answered_invalid_quietly() {
    let rig = Rig::new(InvalidationPolicy::AutoComplete);
    let mut sva = rig.sva(64, 100_000, SvaConfig::default());
    let p = rig.process();
    let b = sva.bind(DEV, space(&p), USER).unwrap();
    let gone = p.exit().unwrap();
    sva.address_space_exited(gone.space).unwrap();
    rig.model.take_outbound_ats();
    rig.send(req(b.pasid(), 1, BUF, true, true));
    let stats = sva.handle_page_requests().unwrap();
    assert_eq!((stats.invalid, stats.quiet, stats.bad), (1, 1, 0));
    assert_eq!(rig.responses(), vec![(Some(b.pasid()), 1, PrgResp::INVALID)]);
    assert_eq!(sva.pasids().users(b.pasid()), 1, "held until unbind");
    sva.unbind(b).unwrap();
    assert_eq!(sva.pasids().allocated(), 0);
}

#[test]
fn unbind_waits_for_an_incomplete_group_then_frees_the_pasid() {
    let rig = Rig::new(InvalidationPolicy::AutoComplete);
    let mut sva = rig.sva(64, 100_000, SvaConfig { drain_attempts: 10 });
    let p = rig.process();
    let q = rig.process();
    let b = sva.bind(DEV, space(&p), USER).unwrap();
    let other = sva.bind(DEV, space(&q), USER).unwrap();
    rig.send(req(b.pasid(), 4, BUF, false, false));
    sva.handle_page_requests().unwrap();
    rig.model.take_outbound_ats();
    // The group completes during the wait (and another PASID's group is served normally).
    let mut waits = 0;
    sva.unbind_with(b, &mut || {
        waits += 1;
        if waits == 3 {
            rig.send(req(other.pasid(), 1, BUF, true, false));
            rig.send(req(b.pasid(), 4, BUF + PAGE, true, false));
        }
    })
    .unwrap();
    assert_eq!(waits, 3);
    let got = rig.responses();
    assert_eq!(
        got,
        vec![(Some(other.pasid()), 1, PrgResp::SUCCESS), (Some(b.pasid()), 4, PrgResp::INVALID)]
    );
    assert_eq!(sva.pasids().owner(b.pasid()), None);
    // Freed: the next space gets it.
    let r = rig.process();
    assert_eq!(sva.bind(DEV, space(&r), USER).unwrap().pasid(), b.pasid());
}

#[test]
fn unbind_times_out_on_a_group_that_never_completes_and_keeps_the_pasid() {
    let rig = Rig::new(InvalidationPolicy::AutoComplete);
    let mut sva = rig.sva(64, 100_000, SvaConfig { drain_attempts: 5 });
    let p = rig.process();
    let b = sva.bind(DEV, space(&p), USER).unwrap();
    rig.send(req(b.pasid(), 4, BUF, false, false));
    let err = sva.unbind(b).unwrap_err();
    assert_eq!(err, SvaError::DrainTimeout { device_id: DEV, pasid: b.pasid(), groups: 1 });
    // Not reusable: still allocated, a new space gets another PASID.
    assert_eq!(sva.pasids().users(b.pasid()), 1);
    let q = rig.process();
    assert_ne!(sva.bind(DEV, space(&q), USER).unwrap().pasid(), b.pasid());
    assert!(sva.iommu().process_context(DEV, b.pasid()).is_none(), "context cleared");
    // A Stop Marker makes the PASID quiet: the next attempt finishes.
    rig.send(stop_marker(b.pasid()));
    sva.unbind(b).unwrap();
    assert_eq!(sva.pasids().owner(b.pasid()), None);
}

#[test]
fn an_ats_invalidation_the_device_does_not_complete_holds_the_unbind() {
    let rig = Rig::new(InvalidationPolicy::Hold);
    let mut sva = rig.sva(64, 200, SvaConfig::default());
    let p = rig.process();
    let b = sva.bind(DEV, space(&p), USER).unwrap();
    let timeout = |r: Result<(), SvaError>| {
        matches!(r, Err(SvaError::Iommu(Error::Timeout(Wait::FenceCompletion))))
    };
    let invals = |rig: &Rig| {
        let all = rig.model.outbound_ats();
        all.iter().filter(|m| matches!(m, AtsMessage::Invalidate(_))).count()
    };
    // The IOFENCE.C waits for the device's Invalidate Completion: the driver's budget ends.
    assert!(timeout(sva.unbind(b)));
    assert_eq!(rig.model.pending_invalidations(), 1);
    assert_eq!(sva.pasids().users(b.pasid()), 1, "not freed while the ATC may hold it");
    // The device never answers: the IOMMU times it out, the fence reports cmd_to.
    rig.model.expire_invalidations();
    let r = sva.unbind(b);
    assert!(matches!(r, Err(SvaError::Iommu(Error::CommandTimeout { .. }))), "{r:?}");
    assert_eq!(sva.pasids().users(b.pasid()), 1);
    assert_eq!(invals(&rig), 1);
    // The next attempt sends the ATS.INVAL again; this time the device answers late.
    assert!(timeout(sva.unbind(b)));
    assert_eq!(invals(&rig), 2);
    rig.model.complete_invalidations(1);
    sva.unbind(b).unwrap();
    assert_eq!(sva.pasids().owner(b.pasid()), None);
    assert_eq!(invals(&rig), 2, "waiting for the fence sends nothing new");
    assert!(!sva.iommu().regs().cqcsr().read().cmd_to());
}

#[test]
fn responses_carry_the_pasid_only_when_the_device_needs_it() {
    let rig = Rig::new(InvalidationPolicy::AutoComplete);
    let mut sva = rig.sva(64, 100_000, SvaConfig::default());
    let plain = SvaDevice { prg_response_pasid: false, ..SvaDevice::full(0x0200, 20) };
    sva.add_device(plain).unwrap();
    let p = rig.process();
    let b = sva.bind(0x0200, space(&p), USER).unwrap();
    rig.model.take_outbound_ats();
    rig.send(req(b.pasid(), 7, BUF, true, false).with_did(0x0200));
    // A device with page requests enabled in its device context but not registered with
    // the SVA layer (attached behind its back): Invalid, without a PASID.
    let mut dc = DeviceConfig::process_directory(8);
    dc.ats = true;
    dc.pri = true;
    sva.iommu_mut().attach(0x0300, dc).unwrap();
    rig.send(req(b.pasid(), 8, BUF, true, false).with_did(0x0300));
    let stats = sva.handle_page_requests().unwrap();
    assert_eq!((stats.success, stats.invalid, stats.bad), (1, 1, 1));
    let msgs = rig.model.take_outbound_ats();
    let rids: Vec<(u16, bool)> = msgs
        .iter()
        .map(|m| match m {
            AtsMessage::PageRequestGroupResponse(c) => (c.rid(), c.pv()),
            AtsMessage::Invalidate(c) => panic!("unexpected {c:?}"),
        })
        .collect();
    assert_eq!(rids, vec![(0x0200, false), (0x0300, false)]);
}

/// One request of a random page-request stream.
#[derive(Clone, Copy, Debug)]
struct Op {
    prgi: u16,
    /// 0..8: a page of the RW mapping; 8: unmapped; 9: the read-only page.
    page: u64,
    write: bool,
    last: bool,
}

fn op() -> impl proptest::strategy::Strategy<Value = Op> {
    use proptest::prelude::*;
    (0u16..4, 0u64..10, any::<bool>(), any::<bool>()).prop_map(|(prgi, page, write, last)| Op {
        prgi,
        page,
        write,
        last,
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever the interleaving: exactly one response per group closed by Last, in the
    /// order the Last requests arrived, Invalid exactly when some request of the group was
    /// refused (sticky), Success otherwise.
    #[test]
    fn one_response_per_group_with_sticky_errors(
        ops in proptest::collection::vec(op(), 1..60),
        batch in 1usize..20,
    ) {
        let rig = Rig::new(InvalidationPolicy::AutoComplete);
        let mut sva = rig.sva(64, 100_000, SvaConfig::default());
        let p = rig.process();
        let b = sva.bind(DEV, space(&p), USER).unwrap();
        rig.model.take_outbound_ats();
        let mut failed = [false; 4];
        let mut want = Vec::new();
        let mut got = Vec::new();
        for chunk in ops.chunks(batch) {
            for o in chunk {
                let (addr, refused) = match o.page {
                    8 => (BUF + 20 * PAGE, true),
                    9 => (BUF + 32 * PAGE, o.write),
                    n => (BUF + n * PAGE, false),
                };
                rig.send(req(b.pasid(), o.prgi, addr, o.last, o.write));
                let g = usize::from(o.prgi);
                failed[g] |= refused;
                if o.last {
                    let code = if failed[g] { PrgResp::INVALID } else { PrgResp::SUCCESS };
                    want.push((Some(b.pasid()), o.prgi, code));
                    failed[g] = false;
                }
            }
            sva.handle_page_requests().unwrap();
            got.extend(rig.responses());
        }
        proptest::prop_assert_eq!(got, want);
        // Groups whose latest request had no Last are still open.
        let mut latest = [None; 4];
        for o in &ops {
            latest[usize::from(o.prgi)] = Some(o.last);
        }
        let open = latest.iter().filter(|l| **l == Some(false)).count();
        proptest::prop_assert_eq!(sva.open_page_request_groups(), open);
    }
}
