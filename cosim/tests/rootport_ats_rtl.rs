//! ATS invalidations through the whole design (`kit_sim_top`: root port + IOMMU): the driver
//! runs ATS.INVAL commands, the root port sends Invalidate Requests on the link with ITags it
//! tracks, and a link agent plays the device: it answers each request with its Invalidate
//! Completions (CC of them) or holds them. Checked from the link, as a device sees it: an ITag
//! is never sent again while a request that used it is unanswered (PCIe 10.3.1), a request
//! that finds no free ITag waits, completions split in CC parts are counted, and an unanswered
//! ITag comes free after the root port's time-out (`kit_sim_top` INVAL_TIMEOUT_CYCLES = 4096:
//! between 1x and 1.5x that after it was sent).

mod kit;

use std::cell::RefCell;
use std::rc::Rc;

use cosim::tlp_link::LinkAgent;
use cosim::{Config, Harness, HarnessMmio};
use driver::iommu::{AtsTarget, Command, Config as IommuConfig, Iommu, Requirements};
use driver::regs::iommu_mem::AtsInvalPayload;
use driver::regs::pcie_ep_caps::RoutingId;
use driver::regs::pcie_rp_cfg::{AerUncorErrors, Mps};
use kit::*;
use pcie_endpoint::tlp::{Message, Tlp, TlpBody};

/// `kit_sim_top`'s INVAL_TIMEOUT_CYCLES.
const INVAL_TIMEOUT: u64 = 4096;

/// Cycles between the completions of one request: long enough that the port could send a
/// request in between (a port that retired the ITag early would reuse it while open).
const SPACING: u64 = 40;

/// How the agent answers an Invalidate Request.
#[derive(Clone, Copy, Debug)]
enum Answer {
    /// `cc` completions (1..=8), the first `delay` cycles after the request, then one every
    /// SPACING cycles.
    Complete { cc: u8, delay: u64 },
    /// Never.
    Hold,
}

/// One Invalidate Request the agent received.
#[derive(Clone, Debug)]
struct Seen {
    cycle: u64,
    itag: u8,
    device_id: RoutingId,
    requester_id: RoutingId,
}

#[derive(Default)]
struct Log {
    requests: Vec<Seen>,
    /// ITag -> cycle at which its last completion was sent (None while unanswered).
    open: [Option<u64>; 32],
    /// An ITag the port sent again while a request with it was unanswered.
    reused: Vec<(u8, u64)>,
    other: Vec<Vec<u32>>,
}

struct Device {
    answer: Answer,
    cycle: u64,
    /// (cycle to send at, TLP)
    queue: Vec<(u64, Vec<u32>)>,
    log: Rc<RefCell<Log>>,
}

impl LinkAgent for Device {
    fn receive(&mut self, dws: &[u32]) {
        let mut log = self.log.borrow_mut();
        let Ok(Tlp {
            body: TlpBody::Message(Message::AtsInvalRequest { requester_id, itag, device_id, .. }),
            ..
        }) = Tlp::decode(dws)
        else {
            log.other.push(dws.to_vec());
            return;
        };
        let t = usize::from(itag);
        if log.open[t].is_some() {
            log.reused.push((itag, self.cycle));
        }
        log.open[t] = Some(self.cycle);
        log.requests.push(Seen { cycle: self.cycle, itag, device_id, requester_id });
        if let Answer::Complete { cc, delay } = self.answer {
            for k in 0..u64::from(cc) {
                let cpl = Tlp::new(TlpBody::Message(Message::AtsInvalCompletion {
                    requester_id: device_id,
                    tag: 0,
                    device_id: requester_id,
                    cc,
                    itag_vector: 1 << itag,
                }))
                .encode()
                .unwrap();
                self.queue.push((self.cycle + delay + SPACING * k, cpl));
            }
        }
    }

    fn transmit(&mut self) -> Option<Vec<u32>> {
        let i = self.queue.iter().position(|(at, _)| *at <= self.cycle)?;
        let (_, tlp) = self.queue.remove(i);
        // The ITag is free from the device's view once its last completion left.
        if let Ok(Tlp {
            body: TlpBody::Message(Message::AtsInvalCompletion { itag_vector, .. }),
            ..
        }) = Tlp::decode(&tlp)
        {
            let last = !self.queue.iter().any(|(_, t)| *t == tlp);
            if last {
                let t = itag_vector.trailing_zeros() as usize;
                self.log.borrow_mut().open[t] = None;
            }
        }
        Some(tlp)
    }

    fn tick(&mut self) {
        self.cycle += 1;
    }
}

fn setup(answer: Answer) -> (Harness, Rc<RefCell<Log>>) {
    let h = kit(TOP, Config { seed: 11, ..Config::default() }, Mps::MPS_128B);
    let log = Rc::new(RefCell::new(Log::default()));
    h.attach_link_agent(Box::new(Device { answer, cycle: 0, queue: Vec::new(), log: log.clone() }))
        .unwrap();
    (h, log)
}

fn ats_iommu(h: &Harness) -> Iommu<HarnessMmio<'_>, &Harness> {
    Iommu::init(
        h.mmio("iommu").unwrap(),
        h,
        IommuConfig {
            requirements: Requirements { ats: true, ..Default::default() },
            ..IommuConfig::default()
        },
    )
    .unwrap()
}

fn invals(n: usize) -> Vec<Command> {
    (0..n)
        .map(|i| Command::AtsInval {
            target: AtsTarget { rid: EP_RID.0, segment: None, pasid: None },
            payload: AtsInvalPayload::default().with_addr(0x100 + i as u64),
        })
        .collect()
}

/// Every request went to the endpoint from the port (ID 0) and nothing else was sent; no
/// error was logged.
fn sane(h: &Harness, log: &Log) {
    assert!(log.other.is_empty(), "unexpected TLPs: {:x?}", log.other);
    for s in &log.requests {
        assert_eq!(s.device_id, EP_RID, "request {s:?} to another function");
        assert_eq!(s.requester_id, RoutingId(0), "request {s:?} not from the port");
    }
    assert_eq!(err_state(h).uncor, AerUncorErrors::default(), "an error was logged");
}

/// 40 ATS.INVAL answered at once: all sent, ITags round robin, none reused while open.
#[test]
fn answered_invalidations_cycle_through_the_itags() {
    let (h, log) = setup(Answer::Complete { cc: 1, delay: 20 });
    let mut iommu = ats_iommu(&h);
    iommu.execute(&invals(40)).unwrap();
    h.run(200).unwrap();
    let log = log.borrow();
    sane(&h, &log);
    assert_eq!(log.requests.len(), 40);
    assert!(log.reused.is_empty(), "ITag reused while outstanding: {:?}", log.reused);
    let tags: Vec<u8> = log.requests.iter().map(|s| s.itag).collect();
    let expect: Vec<u8> = (0..40).map(|i| (i % 32) as u8).collect();
    assert_eq!(tags, expect, "ITags not taken round robin");
}

/// A device that splits its answer into CC = 3 completions (and CC = 8, sent as 0): the
/// ITag stays taken until the last, every request is sent, none reuses an open ITag.
#[test]
fn split_completions_are_counted() {
    for cc in [3, 8] {
        let (h, log) = setup(Answer::Complete { cc, delay: 300 });
        let mut iommu = ats_iommu(&h);
        iommu.execute(&invals(36)).unwrap();
        h.run(800).unwrap();
        let log = log.borrow();
        sane(&h, &log);
        assert_eq!(log.requests.len(), 36, "CC {cc}");
        assert!(log.reused.is_empty(), "CC {cc}: ITag reused while outstanding: {:?}", log.reused);
        // The 33rd request needed an ITag back: not before the first request's last
        // completion went out.
        let first = &log.requests[0];
        let r33 = &log.requests[32];
        assert!(
            r33.cycle >= first.cycle + 300 + SPACING * (u64::from(cc) - 1),
            "CC {cc}: 33rd request at {} before ITag {} was answered ({})",
            r33.cycle,
            first.itag,
            first.cycle
        );
    }
}

/// A device that never answers: 32 requests go out, the 33rd waits until the root port's
/// time-out retires an ITag (1x..1.5x INVAL_TIMEOUT_CYCLES) and takes it then.
#[test]
fn unanswered_itags_come_free_after_the_time_out() {
    let (h, log) = setup(Answer::Hold);
    let mut iommu = ats_iommu(&h);
    // Whether the IOMMU's IOFENCE.C after a timed-out ATS.INVAL completes or reports
    // cqcsr.cmd_to is the IOMMU's rule (its own tests): only the link is checked here.
    let _ = iommu.execute(&invals(33));
    let mut waited = 0;
    while log.borrow().requests.len() < 33 && waited < 4 * INVAL_TIMEOUT {
        h.run(100).unwrap();
        waited += 100;
    }
    let log = log.borrow();
    sane(&h, &log);
    assert_eq!(log.requests.len(), 33, "the 33rd request was never sent");
    let first = &log.requests[0];
    let r33 = &log.requests[32];
    let tags: std::collections::BTreeSet<u8> = log.requests[..32].iter().map(|s| s.itag).collect();
    assert_eq!(tags.len(), 32, "the first 32 requests must use 32 distinct ITags");
    assert_eq!(r33.itag, first.itag, "the 33rd takes the first ITag that timed out");
    let gap = r33.cycle - first.cycle;
    assert!(
        (INVAL_TIMEOUT..=INVAL_TIMEOUT * 3 / 2 + 200).contains(&gap),
        "the 33rd request came {gap} cycles after the first (time-out {INVAL_TIMEOUT})"
    );
    println!("measure: ITag free again {gap} cycles after an unanswered request");
}
