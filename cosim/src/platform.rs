//! The IOMMU RTL (`iommu_sim_top`) as a scenario platform: the driver's registers through
//! the harness's AXI4-Lite master on port `iommu`, host memory through its AXI4 slave model,
//! device requests on the translation port (`xlate_req_*` / `xlate_rsp_*`), interrupts on
//! `iommu_irq_o`, and the model's `hold_commands` as the `cq_stall_i` pin.
//!
//! Every scenario of the `scenarios` crate runs on it unchanged; wrapped in
//! [`scenarios::lockstep::Lockstep`] it is held to the reference model on every answer.

use std::cell::Cell;

use driver::dma::PhysAddr;
use driver::mmio::Mmio;
use driver::regs::iommu_regs::{Cqcsr, Cqh, Cqt, Ddtp, Fqcsr, Fqt, Pqcsr, TrReqCtl, TrResponse};
use driver::regs::iommu_xlate::XlateRsp;
use iommu_model::port::{decode_response, encode_request};
use iommu_model::{DeviceRequest, Response};
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

/// The IOMMU RTL in co-simulation.
pub struct RtlPlatform {
    h: Harness,
    next_tag: Cell<u8>,
    /// `cq_stall_i` is high: pending commands wait, which counts as idle.
    held: Cell<bool>,
}

impl RtlPlatform {
    /// The top after reset, with `config` for the bus models.
    pub fn with(config: Config) -> Result<Self, HarnessError> {
        let h = Harness::new(TOP, config)?;
        h.poke("xlate_rsp_ready", &[1])?;
        h.poke("xlate_req_valid", &[0])?;
        h.poke("cq_stall_i", &[0])?;
        h.poke("ats_cmd_ready_i", &[1])?;
        Ok(RtlPlatform { h, next_tag: Cell::new(0), held: Cell::new(false) })
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
        let fqt_before = Fqt(self.regs().read32(Fqt::OFFSET)).index();
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
            let t = Fqt(r.read32(Fqt::OFFSET)).index();
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
            || Cqh(r.read32(Cqh::OFFSET)).index() == Cqt(r.read32(Cqt::OFFSET)).index();
        !ddtp.busy() && !cq.busy() && !fq.busy() && !pq.busy() && !tr.go_busy() && cq_drained
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
pub struct RtlRegs<'a> {
    bus: HarnessMmio<'a>,
    h: &'a Harness,
    /// `fqt` when a debug translation was started, while it runs.
    debug_fqt: Cell<Option<u32>>,
}

impl RtlRegs<'_> {
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
            if Fqt(self.bus.read32(Fqt::OFFSET)).index() != before {
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
        let v = self.bus.read32(offset);
        if offset == TrReqCtl::OFFSET {
            self.debug_done(u64::from(v));
        }
        v
    }
    fn read64(&self, offset: usize) -> u64 {
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
            self.debug_fqt.set(Some(Fqt(self.bus.read32(Fqt::OFFSET)).index()));
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
            Ok(bus) => RtlRegs { bus, h: &self.h, debug_fqt: Cell::new(None) },
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
