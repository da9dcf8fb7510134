//! One page fault served end to end on the RTL (`kit_sim_top`), stage by stage, each at the
//! simulated cycle the run's instrumentation saw it (`cosim timeline`, `cargo xtask bench
//! timeline`):
//!
//! - the device's TLPs: a monitor on the link's receive pins (`rx_tlp_*`) reassembles what
//!   the endpoint sends and stamps each TLP with the cycle of its first beat;
//! - what the root port sends the device, the AXI4 memory model's writes, the IOMMU's
//!   interrupt wire and the driver's register writes: the harness's observations;
//! - the driver's fault-in: the process's address space, wrapped, notes the cycle the SVA
//!   layer asks it for the page.
//!
//! The device writes 64 bytes into a page the CPU never touched, after one such fault that
//! filled the IOMMU's directory caches (as `cosim bench-sva` measures). The stages are found
//! in the observed events in causal order; a stage missing or out of order is an error.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use driver::dma::DmaMemory;
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{PageRequest as PqRecord, PAGE_SHIFT};
use driver::regs::iommu_regs::Cqt;
use driver::regs::tlp::At;
use driver::sva::{Access, AddressSpace, BindFlags, FaultInError, SpaceId, Sva};
use pcie_endpoint::tlp::{Message, TlpBody};
use pcie_endpoint::{Job, JobState, Tlp, Translation, WorkOp};
use process_model::{Perms, Process};
use serde::Serialize;

use super::{pasid, unbind, Backend, DemoError, Function, Link, Options, Session, SvaJob, BUF_VA};
use cosim_common::replay::Observation;

/// Bytes the measured write carries (a pattern no other write of the run has).
const WRITE_BYTES: usize = 64;
/// The byte the measured write repeats.
const WRITE_BYTE: u8 = 0xa5;

/// The stages of a page fault, in causal order.
pub const STAGES: [&str; 13] = [
    "job submitted to the device",
    "ATS Translation Request sent",
    "Translation Completion received (no write permission)",
    "Page Request message sent",
    "page-request queue record written (AXI4 write)",
    "interrupt wire raised",
    "driver fault-in",
    "ATS.PRGR queued (cqt written)",
    "PRG Response received by the device",
    "retried Translation Request sent",
    "Translation Completion received (write permitted)",
    "data write sent (translated address)",
    "data write in memory (AXI4 write)",
];

/// One event: a stage at its cycle.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Event {
    /// The stage (one of [`STAGES`]).
    pub stage: String,
    /// Simulated cycle.
    pub cycle: u64,
    /// What the instrumentation saw (address, pin, register).
    pub detail: String,
}

/// The timeline of one fault.
#[derive(Clone, Debug, Serialize)]
pub struct Timeline {
    /// Simulation top.
    pub top: &'static str,
    /// The events, one per stage of [`STAGES`], in causal order.
    pub events: Vec<Event>,
    /// Cycles from the submission to the write in memory.
    pub end_to_end: u64,
    /// Cycles from the submission to the cycle the job ended for the device (its write
    /// sent): what `cosim bench-sva` counts per fault.
    pub until_sent: u64,
}

impl Timeline {
    /// Cycles of each stage: from the event before it to its own (the first stage: 0).
    pub fn stage_cycles(&self) -> Vec<u64> {
        let mut prev = self.events.first().map_or(0, |e| e.cycle);
        self.events
            .iter()
            .map(|e| {
                let d = e.cycle.saturating_sub(prev);
                prev = e.cycle;
                d
            })
            .collect()
    }
}

/// A process's address space that notes the cycle of each fault-in.
struct Timed {
    inner: Rc<Process>,
    now: Rc<Cell<u64>>,
    fault_ins: Rc<RefCell<Vec<(u64, u64)>>>,
}

impl AddressSpace for Timed {
    fn id(&self) -> SpaceId {
        self.inner.id()
    }
    fn root(&self) -> driver::dma::PhysAddr {
        self.inner.root()
    }
    fn is_kernel(&self) -> bool {
        self.inner.is_kernel()
    }
    fn has_exited(&self) -> bool {
        self.inner.has_exited()
    }
    fn fault_in(&self, addr: u64, access: Access) -> Result<(), FaultInError> {
        self.fault_ins.borrow_mut().push((self.now.get(), addr));
        self.inner.fault_in(addr, access)
    }
}

/// A TLP the device sent: cycle of its first beat, its DWs.
type Sent = (u64, Vec<u32>);

struct TimelineJob;

impl SvaJob for TimelineJob {
    type Out = Timeline;
    fn run<M: Mmio, D: DmaMemory>(
        self,
        link: &dyn Link,
        sva: &mut Sva<M, D>,
        memory: Rc<dyn DmaMemory>,
        functions: &[Function],
    ) -> Result<Timeline, DemoError> {
        let h = link.harness().ok_or(DemoError::Unsupported("the timeline needs the RTL"))?;
        let f = *functions.first().ok_or(DemoError::Unsupported("no device function"))?;
        let mut run = Session::new(link, sva, false);
        run.poll = 1;
        let p = Process::new(memory)?;
        p.mmap(BUF_VA, 2 << PAGE_SHIFT, Perms::RW)?;
        let now = Rc::new(Cell::new(0u64));
        let fault_ins = Rc::new(RefCell::new(Vec::new()));
        let space =
            Rc::new(Timed { inner: p.clone(), now: now.clone(), fault_ins: fault_ins.clone() });
        let bond = run.sva.bind(f.device_id, space, BindFlags::default())?;
        let write = |page: u64, byte: u8| -> Result<Job, DemoError> {
            let addr = BUF_VA + (page << PAGE_SHIFT) + 0x40;
            let op = WorkOp::Write { addr, data: vec![byte; WRITE_BYTES] };
            Ok(Job::work(vec![op]).pasid(pasid(bond)?))
        };
        // The first fault fills the IOMMU's directory caches.
        let id = run.submit(f.func, write(0, 0x11)?)?;
        run.wait(&[id], "the first fault")?;

        // Instrument: the device's TLPs, the cycle (for the fault-in), then the fault.
        let sent: Rc<RefCell<Vec<Sent>>> = Rc::default();
        let pin = |n: &str| h.pin(n).map_err(crate::kit::KitError::from);
        let (valid, ready, data, keep, sop, eop) = (
            pin("rx_tlp_valid")?,
            pin("rx_tlp_ready")?,
            pin("rx_tlp_data")?,
            pin("rx_tlp_keep")?,
            pin("rx_tlp_sop")?,
            pin("rx_tlp_eop")?,
        );
        let log = sent.clone();
        let clock = now.clone();
        let mut partial: Option<Sent> = None;
        let mon = h.add_monitor(move |v| {
            clock.set(v.cycle + 1);
            if v.get(valid) & v.get(ready) & 1 == 0 {
                return;
            }
            if v.get(sop) & 1 == 1 {
                partial = Some((v.cycle, Vec::new()));
            }
            let w = v.words(data);
            let k = v.get(keep);
            if let Some((_, dws)) = partial.as_mut() {
                for (i, dw) in w.iter().take(2).enumerate() {
                    if k >> i & 1 == 1 {
                        dws.push(*dw);
                    }
                }
            }
            if v.get(eop) & 1 == 1 {
                if let Some(t) = partial.take() {
                    log.borrow_mut().push(t);
                }
            }
        });
        now.set(h.cycle());
        h.take_observations();
        let page = BUF_VA + (1 << PAGE_SHIFT);
        let submitted = run.link.cycle();
        let id = run.submit(f.func, write(1, WRITE_BYTE)?)?;
        let states = run.wait(&[id], "the measured fault")?;
        let until_sent = run.last_done - submitted;
        h.remove_monitor(mon);
        if !matches!(states[0], JobState::Done { .. }) {
            return Err(DemoError::Check(format!("the measured write: {:?}", states[0])));
        }
        let observations = h.take_observations();
        let sent = sent.borrow().clone();
        let fault_ins = fault_ins.borrow().clone();
        let events = find_events(submitted, page, &sent, &observations, &fault_ins)?;
        let stop = run.link.device().borrow_mut().stop_pasid(f.func, pasid(bond)?)?;
        run.wait(&[stop], "the Stop Marker")?;
        unbind(&mut run, bond)?;
        let end_to_end = events.last().map_or(0, |e| e.cycle) - submitted;
        Ok(Timeline { top: crate::kit::TOP, events, end_to_end, until_sent })
    }
}

/// Find the stages, in order, in what the run recorded.
fn find_events(
    submitted: u64,
    page: u64,
    sent: &[Sent],
    observations: &[Observation],
    fault_ins: &[(u64, u64)],
) -> Result<Vec<Event>, DemoError> {
    let decoded: Vec<(u64, Tlp)> =
        sent.iter().filter_map(|(c, dws)| Tlp::decode(dws).ok().map(|t| (*c, t))).collect();
    let received: Vec<(u64, Tlp)> = observations
        .iter()
        .filter_map(|o| match o {
            Observation::TlpOut { cycle, dws, .. } => {
                let dws: Vec<u32> = dws.iter().map(|d| d.0 as u32).collect();
                Tlp::decode(&dws).ok().map(|t| (*cycle, t))
            }
            _ => None,
        })
        .collect();
    let writes: Vec<(u64, u64, &[u8])> = observations
        .iter()
        .filter_map(|o| match o {
            Observation::MemWrite { cycle, addr, data } => Some((*cycle, addr.0, &data.0[..])),
            _ => None,
        })
        .collect();
    let is_translation_request = |t: &Tlp| {
        matches!(&t.body, TlpBody::Mem(m) if !m.write && m.at == At::TRANSLATION_REQUEST
            && m.address & !((1 << PAGE_SHIFT) - 1) == page)
    };
    let completion = |t: &Tlp, write: bool| match &t.body {
        TlpBody::Completion(c) => Translation::decode_data(&c.data)
            .ok()
            .and_then(|ts| ts.first().copied())
            .is_some_and(|tr| tr.write == write),
        _ => false,
    };
    let mut events = vec![Event {
        stage: STAGES[0].into(),
        cycle: submitted,
        detail: format!("work item: write {WRITE_BYTES} B at {:#x}", page + 0x40),
    }];
    let mut at = submitted;
    fn push(
        events: &mut Vec<Event>,
        at: &mut u64,
        k: usize,
        found: Option<(u64, String)>,
    ) -> Result<(), DemoError> {
        let (cycle, detail) = found.ok_or_else(|| {
            DemoError::Check(format!("timeline: no `{}` at or after cycle {at}", STAGES[k]))
        })?;
        *at = cycle;
        events.push(Event { stage: STAGES[k].into(), cycle, detail });
        Ok(())
    }
    let first_sent = |from: u64, pred: &dyn Fn(&Tlp) -> bool| {
        decoded.iter().find(|(c, t)| *c >= from && pred(t)).map(|(c, _)| *c)
    };
    let first_received = |from: u64, pred: &dyn Fn(&Tlp) -> bool| {
        received.iter().find(|(c, t)| *c >= from && pred(t)).map(|(c, _)| *c)
    };
    let c = first_sent(submitted, &is_translation_request);
    push(&mut events, &mut at, 1, c.map(|c| (c, format!("MRd AT=Translation Request {page:#x}"))))?;
    let c = first_received(at, &|t| completion(t, false));
    push(&mut events, &mut at, 2, c.map(|c| (c, "CplD: translation without W".into())))?;
    let c = first_sent(
        at,
        &|t| matches!(&t.body, TlpBody::Message(Message::PageRequest(r)) if r.page_addr == page),
    );
    push(&mut events, &mut at, 3, c.map(|c| (c, format!("Msg Page Request {page:#x}"))))?;
    let c = writes.iter().find(|(c, _, d)| {
        *c >= at
            && d.len() == 16
            && PqRecord(std::array::from_fn(|i| {
                u32::from_le_bytes([d[4 * i], d[4 * i + 1], d[4 * i + 2], d[4 * i + 3]])
            }))
            .payload()
            .page_addr()
                == page >> PAGE_SHIFT
    });
    push(&mut events, &mut at, 4, c.map(|(c, a, _)| (*c, format!("16 B at {a:#x}"))))?;
    let c = observations.iter().find_map(|o| match o {
        Observation::Irq { cycle, pin, level: true } if *cycle >= at => Some((*cycle, pin.clone())),
        _ => None,
    });
    push(&mut events, &mut at, 5, c)?;
    let c = fault_ins.iter().find(|(c, a)| *c >= at && a & !((1 << PAGE_SHIFT) - 1) == page);
    push(&mut events, &mut at, 6, c.map(|(c, a)| (*c, format!("process fault-in {a:#x}"))))?;
    let c = observations.iter().find_map(|o| match o {
        Observation::MmioWrite { cycle, port, offset, value, .. }
            if *cycle >= at && port == "iommu" && offset.0 == Cqt::OFFSET as u64 =>
        {
            Some((*cycle, format!("cqt <= {}", value.0)))
        }
        _ => None,
    });
    push(&mut events, &mut at, 7, c)?;
    let c =
        first_received(at, &|t| matches!(&t.body, TlpBody::Message(Message::PrgResponse { .. })));
    push(&mut events, &mut at, 8, c.map(|c| (c, "Msg PRG Response".into())))?;
    let c = first_sent(at, &is_translation_request);
    push(&mut events, &mut at, 9, c.map(|c| (c, format!("MRd AT=Translation Request {page:#x}"))))?;
    let c = first_received(at, &|t| completion(t, true));
    push(&mut events, &mut at, 10, c.map(|c| (c, "CplD: translation with W".into())))?;
    let c = decoded.iter().find(|(c, t)| {
        *c >= at && matches!(&t.body, TlpBody::Mem(m) if m.write && m.at == At::TRANSLATED)
    });
    let c = c.map(|(c, t)| {
        let addr = match &t.body {
            TlpBody::Mem(m) => m.address,
            _ => 0,
        };
        (*c, format!("MWr AT=Translated {addr:#x}"))
    });
    push(&mut events, &mut at, 11, c)?;
    let c = writes.iter().find(|(c, _, d)| {
        *c >= at
            && d.len() >= WRITE_BYTES
            && d.iter().filter(|&&b| b == WRITE_BYTE).count() >= WRITE_BYTES
    });
    push(&mut events, &mut at, 12, c.map(|(c, a, d)| (*c, format!("{} B at {a:#x}", d.len()))))?;
    Ok(events)
}

/// The timeline of one page fault on the RTL.
pub fn run() -> Result<Timeline, DemoError> {
    super::with_backend(&Options::new(Backend::Rtl), TimelineJob)
}

/// The timeline as a Markdown table.
pub fn table(t: &Timeline) -> String {
    let mut s = format!(
        "one page fault served end to end on {} ({} cycles from the submission to the write \
         in memory; {} until the write was sent)\n\n",
        t.top, t.end_to_end, t.until_sent
    );
    s += "| # | stage | cycle | +cycles | seen as |\n|---:|---|---:|---:|---|\n";
    let start = t.events.first().map_or(0, |e| e.cycle);
    for (k, (e, d)) in t.events.iter().zip(t.stage_cycles()).enumerate() {
        s += &format!("| {k} | {} | {} | {d} | {} |\n", e.stage, e.cycle - start, e.detail);
    }
    s
}
