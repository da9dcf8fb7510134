//! The IOMMU RTL (`iommu_sim_top`) as a scenario platform: the driver's registers through
//! the harness's AXI4-Lite master on port `iommu`, host memory through its AXI4 slave model,
//! device requests on the translation port (`xlate_req_*` / `xlate_rsp_*`), interrupts on
//! `iommu_irq_o`, and the model's `hold_commands` as the `cq_stall_i` pin. Page requests go
//! in on `pr_*` as the root port would build them; the ATS commands the IOMMU hands out on
//! `ats_cmd_*` (taken at once) are recorded by a monitor; the devices' answers to
//! Invalidation Requests are the top's `inval_*` pins (held until told with
//! [`RtlPlatform::holding_invalidations`], else answered at once).
//!
//! Every scenario of the `scenarios` crate runs on it unchanged; wrapped in
//! [`scenarios::lockstep::Lockstep`] it is held to the reference model on every answer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use driver::dma::PhysAddr;
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{AtsFunc3, CmdAts, PageRequest};
use driver::regs::iommu_regs::{
    Cqcsr, Cqh, Cqt, Ddtp, Fqcsr, Fqt, Pqcsr, Pqt, QueueIndex, TrReqCtl, TrResponse,
};
use driver::regs::iommu_xlate::XlateRsp;
use iommu_model::port::{decode_response, encode_request};
use iommu_model::{AtsMessage, DeviceRequest, PageRequestOutcome, Response};
use scenarios::platform::Platform;

use crate::harness::{Config, Harness, HarnessError, HarnessMmio};

/// The simulation top this platform hosts.
pub const TOP: &str = "iommu_sim_top";
/// The register port of the IOMMU.
pub const PORT: &str = "iommu";
/// Cycles a translation may take before the platform gives up (a hang is a failure).
pub const REQUEST_TIMEOUT: u64 = 100_000;
/// Cycles `run_until_idle` may take.
pub const IDLE_TIMEOUT: u64 = 1_000_000;
/// Cycles granted after the registers say idle, for record writes still in flight.
pub const SETTLE_CYCLES: u64 = 64;
/// Cycles `cqh` must stay put, with Invalidation Requests outstanding, before
/// `run_until_idle` takes the command queue as waiting at an IOFENCE.C.
pub const FENCE_WAIT_CYCLES: u64 = 256;
/// Cycles the platform waits, after a page request that was not queued, for the fault
/// record its device-context lookup may have called for.
pub const PAGE_REQUEST_RECORD_CYCLES: u64 = 256;

/// The IOMMU RTL in co-simulation.
pub struct RtlPlatform {
    h: Harness,
    next_tag: Cell<u8>,
    /// `cq_stall_i` is high: pending commands wait, which counts as idle.
    held: Cell<bool>,
    /// ATS commands taken on `ats_cmd_*`, oldest first (the monitor's record).
    ats: Rc<RefCell<Vec<CmdAts>>>,
    /// Memory writes of the IOMMU whose response has not come back (a monitor's count).
    writes: Rc<Cell<i64>>,
}

impl RtlPlatform {
    /// The top after reset, with `config` for the bus models.
    pub fn with(config: Config) -> Result<Self, HarnessError> {
        Self::on(TOP, config)
    }

    /// `top` (a top with the pins of [`TOP`], e.g. one of its parameter variants that
    /// `COSIM_TOP_VARIANTS` builds) after reset, with `config` for the bus models.
    pub fn on(top: &str, config: Config) -> Result<Self, HarnessError> {
        let h = Harness::new(top, config)?;
        h.poke("xlate_rsp_ready", &[1])?;
        h.poke("xlate_req_valid", &[0])?;
        h.poke("cq_stall_i", &[0])?;
        h.poke("ats_cmd_ready_i", &[1])?;
        h.poke("pr_valid_i", &[0])?;
        h.poke("inval_hold_i", &[0])?;
        h.poke("inval_complete_i", &[0])?;
        h.poke("inval_expire_i", &[0])?;
        let ats = Rc::new(RefCell::new(Vec::new()));
        let (valid, ready, cmd) =
            (h.pin("ats_cmd_valid_o")?, h.pin("ats_cmd_ready_i")?, h.pin("ats_cmd_o")?);
        let seen = Rc::clone(&ats);
        h.add_monitor(move |c| {
            if c.get(valid) & 1 == 1 && c.get(ready) & 1 == 1 {
                let w = c.words(cmd);
                seen.borrow_mut().push(CmdAts([w[0], w[1], w[2], w[3]]));
            }
        });
        let writes = Rc::new(Cell::new(0i64));
        let (awv, awr, bv, br) = (
            h.pin("m_axi_awvalid")?,
            h.pin("m_axi_awready")?,
            h.pin("m_axi_bvalid")?,
            h.pin("m_axi_bready")?,
        );
        let count = Rc::clone(&writes);
        h.add_monitor(move |c| {
            let aw = i64::from(c.get(awv) & c.get(awr) & 1 == 1);
            let b = i64::from(c.get(bv) & c.get(br) & 1 == 1);
            count.set(count.get() + aw - b);
        });
        Ok(RtlPlatform { h, next_tag: Cell::new(0), held: Cell::new(false), ats, writes })
    }

    /// The top with the default bus models whose devices hold their answers to
    /// Invalidation Requests until [`Platform::complete_invalidations`] or
    /// [`Platform::expire_invalidations`] (the model's `InvalidationPolicy::Hold`).
    pub fn holding_invalidations() -> Result<Self, HarnessError> {
        let p = Self::new()?;
        p.h.poke("inval_hold_i", &[1])?;
        Ok(p)
    }

    /// One Page Request / Stop Marker on `pr_*`: what the IOMMU did with it and the cycles
    /// from the first valid cycle until the page-request unit was idle again (record
    /// written and `pqt` advanced, or the automatic response taken, or the message dropped).
    pub fn page_request_raw(&self, msg: &PageRequest) -> Result<(PageRequestOutcome, u64), String> {
        let e = |e: HarnessError| e.to_string();
        let r = self.regs();
        let pqt_before = QueueIndex(r.read32(Pqt::OFFSET)).index();
        let fqt_before = QueueIndex(r.read32(Fqt::OFFSET)).index();
        let ats_before = self.ats.borrow().len();
        self.h.poke("pr_i", &msg.0).map_err(e)?;
        self.h.poke("pr_valid_i", &[1]).map_err(e)?;
        let start = self.h.cycle();
        let mut accepted = false;
        loop {
            if self.h.cycle() - start > REQUEST_TIMEOUT {
                return Err(format!(
                    "page request {msg:?} not dealt with in {REQUEST_TIMEOUT} cycles"
                ));
            }
            self.h.run(1).map_err(e)?;
            let ready = self.h.peek("pr_ready_o").map_err(e)?[0] & 1 == 1;
            if !accepted {
                if ready {
                    accepted = true;
                    self.h.poke("pr_valid_i", &[0]).map_err(e)?;
                }
            } else if ready {
                break;
            }
        }
        let cycles = self.h.cycle() - start;
        let pqt = QueueIndex(r.read32(Pqt::OFFSET)).index();
        let sent: Vec<CmdAts> = self.ats.borrow()[ats_before..]
            .iter()
            .copied()
            .filter(|c| c.func3() == AtsFunc3::PRGR)
            .collect();
        let outcome = match (pqt != pqt_before, sent.as_slice()) {
            (true, []) => PageRequestOutcome::Queued,
            (false, [c]) => PageRequestOutcome::Responded(*c),
            (false, []) => PageRequestOutcome::Discarded,
            (q, s) => return Err(format!("page request {msg:?}: pqt moved {q}, responses {s:?}")),
        };
        if outcome != PageRequestOutcome::Queued {
            // A refused lookup's fault record may still be on its way (the unit does not
            // wait for it); a queue refusal has none.
            let start = self.h.cycle();
            while self.h.cycle() - start < PAGE_REQUEST_RECORD_CYCLES {
                if QueueIndex(r.read32(Fqt::OFFSET)).index() != fqt_before {
                    break;
                }
            }
        }
        Ok((outcome, cycles))
    }

    fn pulse(&self, pin: &str) -> Result<(), HarnessError> {
        self.h.poke(pin, &[1])?;
        self.h.run(1)?;
        self.h.poke(pin, &[0])
    }

    fn inval_pending(&self) -> Result<usize, HarnessError> {
        Ok((self.h.peek("inval_pending_o")?[0] & 0xffff) as usize)
    }

    /// The top with the default bus models.
    pub fn new() -> Result<Self, HarnessError> {
        Self::with(Config::default())
    }

    /// The harness (recording, waveforms, pins).
    pub fn harness(&self) -> &Harness {
        &self.h
    }

    /// One request on the translation port: the raw response and the cycles from the
    /// request's first valid cycle to the response.
    pub fn translate_raw(&self, req: &DeviceRequest) -> Result<(Response, u64), String> {
        let tag = self.next_tag.get();
        self.next_tag.set(tag.wrapping_add(1));
        let e = |e: HarnessError| e.to_string();
        // fqt before the request: a queued fault is written once it moves.
        let fqt_before = QueueIndex(self.regs().read32(Fqt::OFFSET)).index();
        let bits = encode_request(req, tag).to_bits();
        self.h.poke("xlate_req", &bits).map_err(e)?;
        self.h.poke("xlate_req_valid", &[1]).map_err(e)?;
        let start = self.h.cycle();
        let mut accepted = false;
        let mut rsp = None;
        while rsp.is_none() {
            if self.h.cycle() - start > REQUEST_TIMEOUT {
                return Err(format!("no response to {req:?} within {REQUEST_TIMEOUT} cycles"));
            }
            self.h.run(1).map_err(e)?;
            if !accepted && self.h.peek("xlate_req_ready").map_err(e)?[0] & 1 == 1 {
                accepted = true;
                self.h.poke("xlate_req_valid", &[0]).map_err(e)?;
            }
            if self.h.peek("xlate_rsp_valid").map_err(e)?[0] & 1 == 1 {
                let w = self.h.peek("xlate_rsp").map_err(e)?;
                rsp = Some(XlateRsp([w[0], w[1], w[2], w[3]]));
            }
        }
        if !accepted {
            return Err(format!("response to {req:?} before the request was taken"));
        }
        let cycles = self.h.cycle() - start;
        let rsp = rsp.ok_or("no response")?;
        let answer = decode_response(req, tag, rsp).map_err(|e| format!("{req:?}: {e}"))?;
        if answer.fault().is_some_and(|f| f.queued) {
            self.wait_for_record(fqt_before)?;
        }
        Ok((answer, cycles))
    }

    /// A fault was handed to the fault queue: wait until it is written (`fqt` moves) or
    /// dropped (queue off, overflowed or faulted), as the platform contract asks.
    fn wait_for_record(&self, before: u32) -> Result<(), String> {
        let r = self.regs();
        let start = self.h.cycle();
        loop {
            let t = QueueIndex(r.read32(Fqt::OFFSET)).index();
            let csr = Fqcsr(r.read32(Fqcsr::OFFSET));
            if t != before || !csr.fqon() || csr.fqof() || csr.fqmf() {
                return Ok(());
            }
            if self.h.cycle() - start > REQUEST_TIMEOUT {
                return Err(format!(
                    "a queued fault record was not written in {REQUEST_TIMEOUT} cycles"
                ));
            }
        }
    }

    /// Whether the registers say nothing is in progress.
    fn registers_idle(&self) -> bool {
        let r = self.regs();
        let ddtp = Ddtp(r.read64(Ddtp::OFFSET));
        let cq = Cqcsr(r.read32(Cqcsr::OFFSET));
        let fq = Fqcsr(r.read32(Fqcsr::OFFSET));
        let pq = Pqcsr(r.read32(Pqcsr::OFFSET));
        let tr = TrReqCtl(r.read64(TrReqCtl::OFFSET));
        let cq_drained = self.held.get()
            || !cq.cqon()
            || cq.cmd_ill()
            || cq.cqmf()
            || cq.cmd_to()
            || QueueIndex(r.read32(Cqh::OFFSET)).index()
                == QueueIndex(r.read32(Cqt::OFFSET)).index()
            || self.fence_waiting();
        !ddtp.busy() && !cq.busy() && !fq.busy() && !pq.busy() && !tr.go_busy() && cq_drained
    }

    /// With Invalidation Requests outstanding, the command queue waits at an IOFENCE.C:
    /// taken as so when `cqh` stays put for [`FENCE_WAIT_CYCLES`].
    fn fence_waiting(&self) -> bool {
        if !matches!(self.inval_pending(), Ok(n) if n > 0) {
            return false;
        }
        let r = self.regs();
        let head = QueueIndex(r.read32(Cqh::OFFSET)).index();
        let start = self.h.cycle();
        while self.h.cycle() - start < FENCE_WAIT_CYCLES {
            if let Err(e) = self.h.run(16) {
                panic!("rtl: {e}");
            }
            if QueueIndex(r.read32(Cqh::OFFSET)).index() != head {
                return false;
            }
        }
        true
    }
}

/// Cycles the platform waits, after a debug translation that faulted, for its fault record.
pub const DEBUG_RECORD_CYCLES: u64 = 512;

/// The driver's register access to the RTL, which lets the fault record of a debug
/// translation land before the driver sees the translation complete.
///
/// `tr_req_ctl.go_busy` clears when the translation has an answer; the fault record the
/// answer calls for is written a few cycles later (the specification orders neither). The
/// model writes both at once, and software drains records on the fault interrupt, so the
/// platform holds the completion back until `fqt` moves (or for [`DEBUG_RECORD_CYCLES`]
/// when no record comes, e.g. with DTF or a full queue), as it does for the translation
/// port (`RtlPlatform::translate_raw`).
///
/// Likewise an IOFENCE.C's data write is in host memory before the IOMMU has its response
/// and advances `cqh` past the fence (the specification does not order the two; the model
/// does both at once): a read of `cqh` first lets every memory write of the IOMMU in flight
/// complete (at most [`WRITE_DRAIN_CYCLES`]), so that software that saw the fence's data
/// sees the fence completed.
pub struct RtlRegs<'a> {
    bus: HarnessMmio<'a>,
    h: &'a Harness,
    /// `fqt` when a debug translation was started, while it runs.
    debug_fqt: Cell<Option<u32>>,
    /// The platform's count of memory writes in flight.
    writes: &'a Cell<i64>,
}

/// Cycles a read of `cqh` waits at most for the IOMMU's memory writes in flight.
pub const WRITE_DRAIN_CYCLES: u64 = 1_000;

impl RtlRegs<'_> {
    fn drain_writes(&self) {
        if self.writes.get() <= 0 {
            return;
        }
        let start = self.h.cycle();
        while self.writes.get() > 0 && self.h.cycle() - start < WRITE_DRAIN_CYCLES {
            if self.h.run(1).is_err() {
                return;
            }
        }
        // The response reaches the command queue, then cqh, a cycle or two later; a
        // stopped simulation shows on the next access.
        let _ = self.h.run(2);
    }

    fn debug_done(&self, ctl: u64) {
        let Some(before) = self.debug_fqt.get() else { return };
        if TrReqCtl(ctl).go_busy() {
            return;
        }
        self.debug_fqt.set(None);
        if !TrResponse(self.bus.read64(TrResponse::OFFSET)).fault() {
            return;
        }
        let start = self.h.cycle();
        while self.h.cycle() - start < DEBUG_RECORD_CYCLES {
            if QueueIndex(self.bus.read32(Fqt::OFFSET)).index() != before {
                return;
            }
        }
    }
}

impl Mmio for RtlRegs<'_> {
    fn read8(&self, offset: usize) -> u8 {
        self.bus.read8(offset)
    }
    fn read16(&self, offset: usize) -> u16 {
        self.bus.read16(offset)
    }
    fn read32(&self, offset: usize) -> u32 {
        if offset == Cqh::OFFSET {
            self.drain_writes();
        }
        let v = self.bus.read32(offset);
        if offset == TrReqCtl::OFFSET {
            self.debug_done(u64::from(v));
        }
        v
    }
    fn read64(&self, offset: usize) -> u64 {
        if offset == Cqh::OFFSET {
            self.drain_writes();
        }
        let v = self.bus.read64(offset);
        if offset == TrReqCtl::OFFSET {
            self.debug_done(v);
        }
        v
    }
    fn write8(&self, offset: usize, value: u8) {
        self.bus.write8(offset, value)
    }
    fn write16(&self, offset: usize, value: u16) {
        self.bus.write16(offset, value)
    }
    fn write32(&self, offset: usize, value: u32) {
        self.start_debug(offset, u64::from(value));
        self.bus.write32(offset, value)
    }
    fn write64(&self, offset: usize, value: u64) {
        self.start_debug(offset, value);
        self.bus.write64(offset, value)
    }
}

impl RtlRegs<'_> {
    fn start_debug(&self, offset: usize, value: u64) {
        if offset == TrReqCtl::OFFSET && TrReqCtl(value).go_busy() {
            self.debug_fqt.set(Some(QueueIndex(self.bus.read32(Fqt::OFFSET)).index()));
        }
    }
}

impl Platform for RtlPlatform {
    type Regs<'a> = RtlRegs<'a>;
    type Memory<'a> = &'a Harness;

    fn name(&self) -> &'static str {
        "rtl"
    }
    fn regs(&self) -> Self::Regs<'_> {
        match self.h.mmio(PORT) {
            Ok(bus) => {
                RtlRegs { bus, h: &self.h, debug_fqt: Cell::new(None), writes: &self.writes }
            }
            Err(e) => panic!("rtl: {e}"),
        }
    }
    fn memory(&self) -> Self::Memory<'_> {
        &self.h
    }
    fn request(&self, req: &DeviceRequest) -> Response {
        match self.translate_raw(req) {
            Ok((r, _)) => r,
            Err(e) => panic!("rtl: {e}"),
        }
    }
    fn permitted(&self, _req: &DeviceRequest) -> Vec<Response> {
        panic!("rtl: the RTL alone cannot say what is permitted; wrap it in Lockstep")
    }
    fn run_until_idle(&self) {
        let start = self.h.cycle();
        while !self.registers_idle() {
            if self.h.cycle() - start > IDLE_TIMEOUT {
                panic!("rtl: not idle after {IDLE_TIMEOUT} cycles");
            }
            if let Err(e) = self.h.run(16) {
                panic!("rtl: {e}");
            }
        }
        if let Err(e) = self.h.run(SETTLE_CYCLES) {
            panic!("rtl: {e}");
        }
    }
    fn interrupt_lines(&self) -> u16 {
        match self.h.peek("iommu_irq_o") {
            Ok(w) => w[0] as u16,
            Err(e) => panic!("rtl: {e}"),
        }
    }
    fn refused_address(&self) -> PhysAddr {
        // Below the harness's DMA window, never mapped: the memory model answers DECERR.
        PhysAddr(0x1000_0000)
    }
    fn hold_commands(&self, hold: bool) {
        self.held.set(hold);
        if let Err(e) = self.h.poke("cq_stall_i", &[u32::from(hold)]) {
            panic!("rtl: {e}");
        }
    }
    fn page_request(&self, msg: &PageRequest) -> PageRequestOutcome {
        match self.page_request_raw(msg) {
            Ok((o, _)) => o,
            Err(e) => panic!("rtl: {e}"),
        }
    }
    fn take_ats_messages(&self) -> Vec<AtsMessage> {
        std::mem::take(&mut *self.ats.borrow_mut())
            .into_iter()
            .map(|c| {
                if c.func3() == AtsFunc3::INVAL {
                    AtsMessage::Invalidate(c)
                } else {
                    AtsMessage::PageRequestGroupResponse(c)
                }
            })
            .collect()
    }
    fn complete_invalidations(&self, n: usize) {
        let result = (|| {
            for _ in 0..n.min(self.inval_pending()?) {
                self.pulse("inval_complete_i")?;
            }
            Ok::<(), HarnessError>(())
        })();
        if let Err(e) = result {
            panic!("rtl: {e}");
        }
    }
    fn expire_invalidations(&self) {
        if let Err(e) = self.pulse("inval_expire_i") {
            panic!("rtl: {e}");
        }
    }
    fn pending_invalidations(&self) -> usize {
        match self.inval_pending() {
            Ok(n) => n,
            Err(e) => panic!("rtl: {e}"),
        }
    }
}

/// What a lockstep run of the RTL did.
#[derive(Clone, Debug, Default)]
pub struct LockstepReport {
    /// What the random stream exercised.
    pub counts: scenarios::suite::differential::Counts,
    /// Simulated cycles.
    pub cycles: u64,
}

/// One lockstep differential run of `seed` on a fresh RTL top: random configuration and
/// stream (`scenarios::suite::differential`), every answer judged by the model. On a
/// mismatch, the run's stimulus is written as a replay file into `replay_dir` (if given) and
/// the error names it: `cosim replay FILE` reproduces the run on the RTL.
pub fn lockstep_run(
    seed: u64,
    translations: u64,
    replay_dir: Option<&std::path::Path>,
) -> Result<LockstepReport, String> {
    lockstep_run_with(Config { seed, ..Config::default() }, seed, translations, replay_dir)
}

/// [`lockstep_run`] with bus models (and initial values) from `config`.
pub fn lockstep_run_with(
    config: Config,
    seed: u64,
    translations: u64,
    replay_dir: Option<&std::path::Path>,
) -> Result<LockstepReport, String> {
    use scenarios::lockstep::Lockstep;
    use scenarios::suite::differential::run;

    let rtl = RtlPlatform::with(config.clone()).map_err(|e| e.to_string())?;
    if replay_dir.is_some() {
        rtl.harness().start_recording(&config);
    }
    let lock = Lockstep::new(rtl);
    match run(&lock, seed, translations) {
        Ok(counts) => Ok(LockstepReport { counts, cycles: lock.dut().harness().cycle() }),
        Err(m) => {
            let mut msg = m.to_string();
            if let Some(dir) = replay_dir {
                let path = dir.join(format!("lockstep-seed-{seed}.jsonl"));
                let mut text = format!(
                    "# Lockstep mismatch, seed {seed} (cargo run -p cosim -- lockstep --seed {seed}):\n"
                );
                for line in m.to_string().lines() {
                    text.push_str(&format!("# {line}\n"));
                }
                for s in lock.dut().harness().recording() {
                    text.push_str(&serde_json::to_string(&s).map_err(|e| e.to_string())?);
                    text.push('\n');
                }
                match std::fs::write(&path, text) {
                    Ok(()) => msg.push_str(&format!("\nreplay file: {}", path.display())),
                    Err(e) => {
                        msg.push_str(&format!("\nreplay file {} not written: {e}", path.display()))
                    }
                }
            }
            Err(msg)
        }
    }
}
