//! The [`Model`]: registers (the driver's [`Mmio`]), the translation port, the oracle queries
//! ([`Model::permitted`], [`Model::is_permitted`]) and the test hooks.

use std::cell::RefCell;

use driver::mmio::Mmio;
use driver::regs::iommu_regs::{Capabilities, Ddtp, Fctl};

use crate::commands::AtsMessage;
use crate::control::Pending;
use crate::faults::{fault_record, queue_fault, reported_with_dtf};
use crate::ioatc::{Decision, History, Memo};
use crate::mem::PhysMem;
use crate::pri::PageRequestOutcome;
use crate::regfile::RegFile;
use crate::request::{AtsCompletion, DeviceRequest, Fault, Response};
use crate::walk::{Lookup, Walker};
use driver::regs::iommu_mem::{CmdAts, PageRequest};
use driver::regs::iommu_regs::TrResponse;

/// Which of the permitted answers the translation port gives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CachePolicy {
    /// A cache that never evicts: at each lookup point the oldest recorded entry if there is
    /// one, memory otherwise. A driver that forgets an invalidation keeps the stale answer.
    #[default]
    Sticky,
    /// Always walk memory (what a model without caches does); still records what it reads.
    Fresh,
}

/// When the devices answer the ATS Invalidation Requests the command queue sends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InvalidationPolicy {
    /// At once: every ATS.INVAL completes as it is executed, an IOFENCE.C never waits.
    #[default]
    AutoComplete,
    /// When told: each ATS.INVAL stays outstanding until [`Model::complete_invalidations`]
    /// or [`Model::expire_invalidations`]; an IOFENCE.C waits for them.
    Hold,
}

/// Model configuration.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// Register reads an operation started by a write (ddtp mode, queue enable, debug
    /// translation) takes to complete; 0 = completes at the write.
    pub busy_polls: u32,
    /// Which permitted answer translations give.
    pub policy: CachePolicy,
    /// When ATS.INVAL commands complete.
    pub ats_invalidations: InvalidationPolicy,
}

/// Everything that changes, behind the model's `RefCell`.
pub(crate) struct State {
    pub regs: RegFile,
    pub history: History,
    pub memo: Memo,
    pub pending: Vec<Pending>,
    pub hold: bool,
    pub outbound_ats: Vec<AtsMessage>,
    pub invalidations: InvalidationPolicy,
    /// ATS.INVAL commands sent and not yet answered, oldest first.
    pub pending_invalidations: std::collections::VecDeque<CmdAts>,
    /// An ATS.INVAL timed out and no IOFENCE.C has reported it yet.
    pub invalidation_timed_out: bool,
    pub debug_result: Option<TrResponse>,
    pub busy_polls: u32,
    pub policy: CachePolicy,
}

impl State {
    fn walker<'a, M: PhysMem + ?Sized>(
        &'a mut self,
        mem: &'a M,
        lookup: Lookup,
    ) -> (Walker<'a, M>, Ddtp) {
        let caps = self.regs.get::<Capabilities>();
        let fctl = self.regs.get::<Fctl>();
        let ddtp = self.regs.get::<Ddtp>();
        let w = Walker { mem, history: &mut self.history, lookup, caps, fctl, read_memory: false };
        (w, ddtp)
    }

    /// The translation port: the answer of the configured policy, its fault reported.
    pub(crate) fn translate<M: PhysMem + ?Sized>(
        &mut self,
        mem: &M,
        req: &DeviceRequest,
    ) -> Response {
        let sticky = self.policy == CachePolicy::Sticky;
        let memoised = if sticky { self.memo.get(req) } else { None };
        let decision = match memoised {
            Some(d) => d,
            None => {
                let lookup = if sticky { Lookup::Sticky } else { Lookup::Fresh };
                let (mut w, ddtp) = self.walker(mem, lookup);
                let decisions = w.decide(ddtp, req);
                let from_history = !w.read_memory;
                // Fresh and Sticky give exactly one answer.
                let Some(&d) = decisions.first() else { unreachable_decision() };
                if sticky && from_history {
                    // Served from the history alone: the same until an invalidation.
                    self.memo.put(req, d);
                }
                d
            }
        };
        self.report(mem, req, decision)
    }

    /// Write the fault record a decision calls for and say in the answer whether it was.
    pub(crate) fn report<M: PhysMem + ?Sized>(
        &mut self,
        mem: &M,
        req: &DeviceRequest,
        d: Decision,
    ) -> Response {
        let Some(fault) = d.response.fault() else {
            return d.response;
        };
        if d.dtf && !reported_with_dtf(fault.cause) {
            return d.response;
        }
        let queued = queue_fault(&mut self.regs, mem, &fault_record(req, fault.cause));
        self.update_interrupts();
        let f = Fault { queued, ..fault };
        match d.response {
            Response::Ats(AtsCompletion::UnsupportedRequest(_)) => {
                Response::Ats(AtsCompletion::UnsupportedRequest(f))
            }
            Response::Ats(AtsCompletion::CompleterAbort(_)) => {
                Response::Ats(AtsCompletion::CompleterAbort(f))
            }
            _ => Response::Fault(f),
        }
    }

    /// Every permitted decision for `req` (memory first walked once, as in `permitted`).
    pub(crate) fn all_decisions<M: PhysMem + ?Sized>(
        &mut self,
        mem: &M,
        req: &DeviceRequest,
    ) -> Vec<Decision> {
        let (mut fresh, ddtp) = self.walker(mem, Lookup::Fresh);
        fresh.decide(ddtp, req);
        let (mut all, ddtp) = self.walker(mem, Lookup::All);
        let decisions = all.decide(ddtp, req);
        self.memo.clear();
        decisions
    }

    /// Lockstep: take `resp`, another implementation's answer to `req`, if it is permitted,
    /// and carry out what that answer calls for (its fault record, as `report` does).
    fn accept<M: PhysMem + ?Sized>(
        &mut self,
        mem: &M,
        req: &DeviceRequest,
        resp: &Response,
    ) -> Result<Response, Vec<Response>> {
        let decisions = self.all_decisions(mem, req);
        let chosen = decisions
            .iter()
            .find(|d| d.response.same_answer(resp) || smaller_range_of(&d.response, resp));
        match chosen {
            Some(&d) => Ok(self.report(mem, req, d)),
            None => {
                let mut out: Vec<Response> = Vec::new();
                for d in decisions {
                    if !out.iter().any(|r| r.same_answer(&d.response)) {
                        out.push(d.response);
                    }
                }
                Err(out)
            }
        }
    }

    /// Every permitted answer (see [`Model::permitted`]).
    fn permitted<M: PhysMem + ?Sized>(&mut self, mem: &M, req: &DeviceRequest) -> Vec<Response> {
        let decisions = self.all_decisions(mem, req);
        let mut out: Vec<Response> = Vec::new();
        for d in decisions {
            if !out.iter().any(|r| r.same_answer(&d.response)) {
                out.push(d.response);
            }
        }
        out
    }
}

/// The walker gives no answer only if the process has a path without one, which it has not.
#[cold]
fn unreachable_decision() -> ! {
    panic!("the translation process produced no answer (a bug in the model)")
}

/// The IOMMU reference model over physical memory `M`.
pub struct Model<M: PhysMem> {
    mem: M,
    state: RefCell<State>,
}

impl<M: PhysMem> Model<M> {
    /// A model in its reset state (`ddtp` Off, queues off, caches empty).
    pub fn new(mem: M, config: Config) -> Self {
        let state = State {
            regs: RegFile::new(),
            history: History::default(),
            memo: Memo::new(),
            pending: Vec::new(),
            hold: false,
            outbound_ats: Vec::new(),
            invalidations: config.ats_invalidations,
            pending_invalidations: std::collections::VecDeque::new(),
            invalidation_timed_out: false,
            debug_result: None,
            busy_polls: config.busy_polls,
            policy: config.policy,
        };
        Model { mem, state: RefCell::new(state) }
    }

    /// The memory the model reads and writes.
    pub fn memory(&self) -> &M {
        &self.mem
    }

    /// Reset: registers to their reset values, no operation in progress, caches empty (the
    /// spec requires no valid cache entry after reset), the ATS log emptied. The
    /// `hold_commands` test hook is kept.
    pub fn reset(&self) {
        let mut st = self.state.borrow_mut();
        st.regs.reset();
        st.history.clear();
        st.memo.clear();
        st.pending.clear();
        st.outbound_ats.clear();
        st.pending_invalidations.clear();
        st.invalidation_timed_out = false;
        st.debug_result = None;
    }

    /// Translate one request, as the IO bridge asks: the answer of the configured
    /// [`CachePolicy`]; faults are reported in the fault queue as the spec says.
    pub fn translate(&self, req: &DeviceRequest) -> Response {
        self.state.borrow_mut().translate(&self.mem, req)
    }

    /// Every answer the specification permits for `req` now: at each lookup point either the
    /// current memory value or any value recorded since the last covering invalidation. It
    /// first walks memory once (recording what it reads, as hardware may cache it), queues
    /// no fault record (`Fault::queued` is false) and returns each answer once.
    pub fn permitted(&self, req: &DeviceRequest) -> Vec<Response> {
        self.state.borrow_mut().permitted(&self.mem, req)
    }

    /// True when `resp` is a permitted answer to `req` (see [`Model::permitted`]), also when
    /// it reports a smaller range than the leaf for the same mapping.
    pub fn is_permitted(&self, req: &DeviceRequest, resp: &Response) -> bool {
        self.permitted(req).iter().any(|p| p.same_answer(resp) || smaller_range_of(p, resp))
    }

    /// Lockstep with another implementation (the RTL): if `resp`, its answer to `req`, is
    /// permitted, the model takes that answer as its own and does what it calls for (the
    /// fault record, queued as [`Model::translate`] would queue it), and returns it with
    /// `Fault::queued` as the model's fault queue saw it. Otherwise nothing changes but the
    /// recorded history, and the error lists every permitted answer.
    pub fn accept(&self, req: &DeviceRequest, resp: &Response) -> Result<Response, Vec<Response>> {
        self.state.borrow_mut().accept(&self.mem, req, resp)
    }

    /// One PCIe Page Request or Stop Marker message, as the page-request record `msg` the
    /// root port builds from it (ATS_PRI): the device context is located on the translation
    /// port (a refusal is answered and its fault record queued as for [`Model::translate`]
    /// of [`DeviceRequest::page_request`], DTF honoured), then the record is queued or the
    /// message answered or dropped as the PQ section says.
    pub fn page_request(&self, msg: &PageRequest) -> PageRequestOutcome {
        self.state.borrow_mut().page_request(&self.mem, msg)
    }

    /// Lockstep for page requests: if `got`, another implementation's outcome for `msg`,
    /// follows from a permitted device-context lookup (a cached context may answer until
    /// IODIR.INVAL_DDT), the model takes it as its own and does what it calls for (fault
    /// record, queue record, automatic response) and returns it. Otherwise nothing changes
    /// but the recorded history, and the error lists every permitted outcome.
    pub fn accept_page_request(
        &self,
        msg: &PageRequest,
        got: &PageRequestOutcome,
    ) -> Result<PageRequestOutcome, Vec<PageRequestOutcome>> {
        self.state.borrow_mut().accept_page_request(&self.mem, msg, got)
    }

    /// Freeze (true) or resume (false) command processing (a test hook for time-outs).
    pub fn hold_commands(&self, hold: bool) {
        let mut st = self.state.borrow_mut();
        st.hold = hold;
        if !hold {
            st.run_commands(&self.mem);
        }
    }

    /// Finish all pending work: complete every operation in progress and run the commands.
    pub fn run_until_idle(&self) {
        let mut st = self.state.borrow_mut();
        st.finish_pending(&self.mem);
        st.run_commands(&self.mem);
    }

    /// The wired interrupt lines: bit v is high while an interrupt-pending bit mapped to
    /// vector v by `icvec` is set.
    pub fn interrupt_lines(&self) -> u16 {
        self.state.borrow().interrupt_lines()
    }

    /// The ATS messages sent (ATS.INVAL, ATS.PRGR, automatic Page Request Group
    /// Responses), oldest first, since the last [`Model::take_outbound_ats`].
    pub fn outbound_ats(&self) -> Vec<AtsMessage> {
        self.state.borrow().outbound_ats.clone()
    }

    /// The ATS messages sent since the last call (see [`Model::outbound_ats`]), oldest
    /// first; the log is emptied.
    pub fn take_outbound_ats(&self) -> Vec<AtsMessage> {
        std::mem::take(&mut self.state.borrow_mut().outbound_ats)
    }

    /// ATS.INVAL commands sent whose Invalidation Completion has not arrived and which have
    /// not timed out (always 0 with [`InvalidationPolicy::AutoComplete`]).
    pub fn pending_invalidations(&self) -> usize {
        self.state.borrow().pending_invalidations.len()
    }

    /// The devices answered the `n` oldest outstanding ATS.INVAL commands (all of them if
    /// fewer are outstanding); an IOFENCE.C waiting for them completes when none is left.
    pub fn complete_invalidations(&self, n: usize) {
        let mut st = self.state.borrow_mut();
        let n = n.min(st.pending_invalidations.len());
        st.pending_invalidations.drain(..n);
        st.run_commands(&self.mem);
    }

    /// Every outstanding ATS.INVAL times out: the next IOFENCE.C (or the one waiting) sets
    /// `cqcsr.cmd_to` and stays at the head of the queue. Nothing happens when none is
    /// outstanding.
    pub fn expire_invalidations(&self) {
        let mut st = self.state.borrow_mut();
        if !st.pending_invalidations.is_empty() {
            st.pending_invalidations.clear();
            st.invalidation_timed_out = true;
            st.run_commands(&self.mem);
        }
    }

    /// Number of entries the caches may hold now (recorded since their last invalidation).
    pub fn cached_entries(&self) -> usize {
        self.state.borrow().history.len()
    }
}

/// `resp` is `p` with a smaller range (a 4 KiB answer for a 2 MiB leaf, ...).
fn smaller_range_of(p: &Response, resp: &Response) -> bool {
    match (p, resp) {
        (Response::Allowed(a), Response::Allowed(b)) => {
            b.size_log2 <= a.size_log2
                && Response::Allowed(crate::request::Translation { size_log2: b.size_log2, ..*a })
                    == *resp
        }
        (Response::Ats(AtsCompletion::Success(a)), Response::Ats(AtsCompletion::Success(b))) => {
            b.size_log2 <= a.size_log2
                && (a.r || a.w || a.x)
                && crate::request::AtsSuccess { size_log2: b.size_log2, ..*a } == *b
        }
        _ => false,
    }
}

impl<M: PhysMem> Mmio for Model<M> {
    fn read32(&self, offset: usize) -> u32 {
        self.state.borrow_mut().sw_read(offset, 4, &self.mem) as u32
    }
    fn write32(&self, offset: usize, value: u32) {
        self.state.borrow_mut().sw_write(offset, 4, u64::from(value), &self.mem)
    }
    fn write16(&self, offset: usize, value: u16) {
        self.state.borrow_mut().sw_write(offset, 2, u64::from(value), &self.mem)
    }
    fn write8(&self, offset: usize, value: u8) {
        self.state.borrow_mut().sw_write(offset, 1, u64::from(value), &self.mem)
    }
    /// One 64-bit access (not two 32-bit ones).
    fn read64(&self, offset: usize) -> u64 {
        self.state.borrow_mut().sw_read(offset, 8, &self.mem)
    }
    /// One 64-bit access: a `ddtp` write is seen whole.
    fn write64(&self, offset: usize, value: u64) {
        self.state.borrow_mut().sw_write(offset, 8, value, &self.mem)
    }
    fn read16(&self, offset: usize) -> u16 {
        self.state.borrow_mut().sw_read(offset, 2, &self.mem) as u16
    }
    fn read8(&self, offset: usize) -> u8 {
        self.state.borrow_mut().sw_read(offset, 1, &self.mem) as u8
    }
}
