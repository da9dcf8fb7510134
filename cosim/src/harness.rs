//! The co-simulation harness of `hw/sim/cosim_harness_top.sv`: the verilated model with
//! every bus model attached, stepped one clock cycle at a time.
//!
//! * [`Harness::mmio`] gives the driver's [`Mmio`] over either register block's AXI4-Lite
//!   port; every access runs the simulation until its response.
//! * The harness is the driver's [`DmaMemory`] too: allocations map host memory that the
//!   design may then reach through its AXI4 master; everything else it touches is refused.
//! * [`Harness::send_tlp`] queues TLPs on the link; TLPs the design sends are observed.
//! * Everything the design does that a test may want to check is an [`Observation`]; every
//!   host action is a [`Stimulus`], recorded on request, so a run can be replayed exactly.
//! * Waveforms: [`Harness::trace_open`] (FST). Transactions: `tracing` events of target
//!   `cosim` (the CLI prints them with `--log`).
//!
//! Threading: a harness lives on one thread (the model is not shared); tests each make one.

use std::cell::RefCell;
use std::path::Path;

use driver::dma::{DmaError, DmaMemory, PhysAddr};
use driver::mmio::Mmio;

use crate::axi_mem::{AxiMemSlave, AxiReq, MemEvent};
use crate::axil::{AxilMaster, AxilReq, AxilResp, Done};
use crate::gen::{iommu_regs_hwif, pcie_rp_cfg_hwif};
use crate::hwif::{get_bits, set_bits, Hwif, Signal};
use crate::memory::HostMemory;
use crate::replay::{Bytes, Hex, Observation, Stimulus, Wide};
use crate::tlp_link::{SinkEvent, TlpBeat, TlpSink, TlpSource};
use crate::verilated::cosim_harness_top::{Inputs, Model, Outputs};

/// Cycles an MMIO access may take before the harness gives up (a hung bus is a design bug).
pub const MMIO_TIMEOUT: u64 = 10_000;

/// Cycles of reset at the start of every run.
pub const RESET_CYCLES: u64 = 4;

pub use cosim_common::config::{Config, Port};

/// The generated hardware-interface layout of a port's register block.
pub trait PortHwif {
    /// Bit positions of the block's `reg2hw`/`hw2reg` leaves.
    fn hwif(self) -> &'static Hwif;
}

impl PortHwif for Port {
    fn hwif(self) -> &'static Hwif {
        match self {
            Port::Iommu => &iommu_regs_hwif::HWIF,
            Port::Rpcfg => &pcie_rp_cfg_hwif::HWIF,
        }
    }
}

/// Output pins watched for edges and reported as [`Observation::Irq`].
const IRQ_PINS: &[&str] = &["irq_o"];

/// Input pins driven by bus models: `poke` refuses them.
const MODEL_PREFIXES: &[&str] =
    &["iommu_s_axil_", "rpcfg_s_axil_", "m_axi_", "rx_tlp_", "tx_tlp_", "rst_ni"];

/// What a harness step can refuse.
#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    /// Unknown pin, or a pin a bus model owns.
    #[error("pin {0:?}: {1}")]
    Pin(String, &'static str),
    /// Value does not fit.
    #[error("value {value} does not fit pin {pin:?} ({width} bits)")]
    PinValue { pin: String, value: String, width: u32 },
    /// No such hw2reg leaf.
    #[error("{port:?} has no hw2reg member {reg}{}{}.{signal:?}", instance.map(|i| format!("_{i}")).unwrap_or_default(), if field.is_empty() { String::new() } else { format!(".{field}") })]
    Hw2reg { port: Port, reg: String, instance: Option<usize>, field: String, signal: Signal },
    /// Bad register access or other malformed request.
    #[error("{0}")]
    Request(String),
    /// Host memory refused.
    #[error("{0}")]
    Memory(DmaError),
    /// A `cycle` in the past.
    #[error("step at cycle {at} but the simulation is already at cycle {now}")]
    Past { at: u64, now: u64 },
    /// Bad configuration.
    #[error("config: {0}")]
    Config(String),
}

impl From<DmaError> for HarnessError {
    fn from(e: DmaError) -> Self {
        HarnessError::Memory(e)
    }
}

struct State {
    model: Model,
    inputs: Inputs,
    outputs: Outputs,
    cycle: u64,
    iommu: AxilMaster,
    rpcfg: AxilMaster,
    mem_slave: AxiMemSlave,
    memory: HostMemory,
    tlp_src: TlpSource,
    tlp_sink: TlpSink,
    irq_levels: Vec<bool>,
    observations: Vec<Observation>,
    mem_events: Vec<MemEvent>,
    sink_events: Vec<SinkEvent>,
    recording: Option<Vec<Stimulus>>,
    /// The model's inputs of every cycle, when the benchmark asks for them.
    input_log: Option<Vec<Inputs>>,
}

/// The harness. See the module documentation.
pub struct Harness {
    st: RefCell<State>,
}

fn check_chance(name: &str, p: f64, zero_ok: bool) -> Result<(), HarnessError> {
    if !(p.is_finite() && p <= 1.0 && (p > 0.0 || zero_ok && p == 0.0)) {
        return Err(HarnessError::Config(format!(
            "{name} = {p} (must be in {}, 1])",
            if zero_ok { "[0" } else { "(0" }
        )));
    }
    Ok(())
}

impl Harness {
    /// A fresh model, bus models seeded from `config.seed`, after [`RESET_CYCLES`] of reset.
    pub fn new(config: Config) -> Result<Harness, HarnessError> {
        check_chance("mem.ready_chance", config.mem.ready_chance, false)?;
        check_chance("tlp_valid_chance", config.tlp_valid_chance, false)?;
        check_chance("tlp_ready_chance", config.tlp_ready_chance, false)?;
        check_chance("axil_jitter", config.axil_jitter, true)?;
        if config.axil_jitter >= 1.0 {
            return Err(HarnessError::Config("axil_jitter must be below 1".into()));
        }
        let seed = |n: u64| config.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(n);
        let st = State {
            model: Model::new(),
            inputs: Inputs::default(),
            outputs: Outputs::default(),
            cycle: 0,
            iommu: AxilMaster::new(
                driver::regs::iommu_regs::REGBLOCK_BUS_BYTES,
                config.axil_jitter,
                seed(1),
            ),
            rpcfg: AxilMaster::new(
                driver::regs::pcie_rp_cfg::REGBLOCK_BUS_BYTES,
                config.axil_jitter,
                seed(2),
            ),
            mem_slave: AxiMemSlave::new(config.mem, 8, seed(3)),
            memory: HostMemory::new(),
            tlp_src: TlpSource::new(config.tlp_valid_chance, seed(4)),
            tlp_sink: TlpSink::new(config.tlp_ready_chance, seed(5)),
            irq_levels: vec![false; IRQ_PINS.len()],
            observations: Vec::new(),
            mem_events: Vec::new(),
            sink_events: Vec::new(),
            recording: None,
            input_log: None,
        };
        let h = Harness { st: RefCell::new(st) };
        // Not recorded: every run, replays included, starts with this reset.
        h.reset(RESET_CYCLES);
        Ok(h)
    }

    /// The current cycle (cycles stepped since the model was made).
    pub fn cycle(&self) -> u64 {
        self.st.borrow().cycle
    }

    /// Start recording every host action as [`Stimulus`] (the config line first).
    pub fn start_recording(&self, config: &Config) {
        self.st.borrow_mut().recording = Some(vec![Stimulus::Config(config.clone())]);
    }

    /// The recorded stimulus so far (recording goes on).
    pub fn recording(&self) -> Vec<Stimulus> {
        self.st.borrow().recording.clone().unwrap_or_default()
    }

    /// Everything observed since the last call.
    pub fn take_observations(&self) -> Vec<Observation> {
        std::mem::take(&mut self.st.borrow_mut().observations)
    }

    /// Keep the model's inputs of every cycle from now on (the benchmark replays them).
    pub fn log_inputs(&self) {
        self.st.borrow_mut().input_log = Some(Vec::new());
    }

    /// The inputs logged since [`Harness::log_inputs`] (logging stops).
    pub fn take_input_log(&self) -> Vec<Inputs> {
        self.st.borrow_mut().input_log.take().unwrap_or_default()
    }

    /// Write an FST waveform of the whole design from now on.
    pub fn trace_open(&self, path: &Path) -> std::io::Result<()> {
        self.st.borrow_mut().model.trace_open(path)
    }

    /// Flush and close the waveform.
    pub fn trace_close(&self) {
        self.st.borrow_mut().model.trace_close()
    }

    fn record(&self, s: Stimulus) {
        if let Some(r) = &mut self.st.borrow_mut().recording {
            r.push(s);
        }
    }

    /// Hold reset for `cycles`, then release it (bus models keep their queues).
    pub fn reset(&self, cycles: u64) {
        let at = self.cycle();
        self.record(Stimulus::Reset { cycle: Some(at), cycles });
        let mut st = self.st.borrow_mut();
        st.inputs.rst_ni = 0;
        for _ in 0..cycles {
            st.step();
        }
        st.inputs.rst_ni = 1;
        st.step();
    }

    /// Let `cycles` cycles pass.
    pub fn run(&self, cycles: u64) {
        let at = self.cycle();
        self.record(Stimulus::Wait { cycle: Some(at), cycles });
        let mut st = self.st.borrow_mut();
        for _ in 0..cycles {
            st.step();
        }
    }

    /// Run until output `pin` equals `value`; false (and a `wait_timeout` observation) when
    /// `timeout` cycles passed first.
    pub fn wait_for(&self, pin: &str, value: u64, timeout: u64) -> Result<bool, HarnessError> {
        let at = self.cycle();
        self.record(Stimulus::WaitFor {
            cycle: Some(at),
            pin: pin.to_string(),
            value: Hex(value),
            timeout,
        });
        let mut st = self.st.borrow_mut();
        if !Outputs::PINS.iter().any(|p| p.name == pin) {
            return Err(HarnessError::Pin(pin.to_string(), "no such output"));
        }
        for n in 0..=timeout {
            let now = st.sample_now();
            let words = now.words(pin).unwrap_or_default();
            let v = words
                .iter()
                .take(2)
                .enumerate()
                .fold(0u64, |a, (i, &x)| a | u64::from(x) << (32 * i));
            if v == value && words.iter().skip(2).all(|&w| w == 0) {
                return Ok(true);
            }
            if n < timeout {
                st.step();
            }
        }
        let cycle = st.cycle;
        st.observations.push(Observation::WaitTimeout { cycle, pin: pin.to_string() });
        Ok(false)
    }

    /// Set an input pin that no bus model drives.
    pub fn poke(&self, pin: &str, value: &[u32]) -> Result<(), HarnessError> {
        if MODEL_PREFIXES.iter().any(|p| pin.starts_with(p)) || pin.ends_with("hw2reg") {
            return Err(HarnessError::Pin(
                pin.to_string(),
                "driven by a bus model (use the model's API, or hw2reg)",
            ));
        }
        let at = self.cycle();
        let mut st = self.st.borrow_mut();
        let Some(info) = Inputs::PINS.iter().find(|p| p.name == pin) else {
            return Err(HarnessError::Pin(pin.to_string(), "no such input"));
        };
        if !st.inputs.set_words(pin, value) {
            return Err(HarnessError::PinValue {
                pin: pin.to_string(),
                value: format!("{:?}", Wide(value.to_vec())),
                width: info.width,
            });
        }
        drop(st);
        self.record(Stimulus::Poke {
            cycle: Some(at),
            pin: pin.to_string(),
            value: Wide(value.to_vec()),
        });
        Ok(())
    }

    /// Value of any output pin now, after the last clock edge (least significant word first).
    pub fn peek(&self, pin: &str) -> Result<Vec<u32>, HarnessError> {
        self.st
            .borrow_mut()
            .sample_now()
            .words(pin)
            .ok_or_else(|| HarnessError::Pin(pin.to_string(), "no such output"))
    }

    /// Drive one `hw2reg` leaf of a port's register block (held until changed).
    pub fn set_hw2reg(
        &self,
        port: Port,
        reg: &str,
        instance: Option<usize>,
        field: &str,
        signal: Signal,
        value: u64,
    ) -> Result<(), HarnessError> {
        let m = port.hwif().hw2reg_member(reg, instance, field, signal).ok_or_else(|| {
            HarnessError::Hw2reg {
                port,
                reg: reg.to_string(),
                instance,
                field: field.to_string(),
                signal,
            }
        })?;
        if m.width < 64 && value >> m.width != 0 {
            return Err(HarnessError::PinValue {
                pin: format!("{reg}.{field}.{signal:?}"),
                value: format!("{value:#x}"),
                width: m.width,
            });
        }
        let at = self.cycle();
        {
            let mut st = self.st.borrow_mut();
            let words: &mut [u32] = match port {
                Port::Iommu => &mut st.inputs.iommu_hw2reg,
                Port::Rpcfg => &mut st.inputs.rpcfg_hw2reg,
            };
            set_bits(words, m.lsb, m.width, value);
        }
        self.record(Stimulus::Hw2reg {
            cycle: Some(at),
            port,
            reg: reg.to_string(),
            instance,
            field: field.to_string(),
            signal,
            value: Hex(value),
        });
        Ok(())
    }

    /// Value of one `reg2hw` leaf of a port's register block now, after the last clock edge.
    pub fn reg2hw(
        &self,
        port: Port,
        reg: &str,
        instance: Option<usize>,
        field: &str,
        signal: Signal,
    ) -> Option<u64> {
        let m = port.hwif().reg2hw_member(reg, instance, field, signal)?;
        let now = self.st.borrow_mut().sample_now();
        let words: &[u32] = match port {
            Port::Iommu => &now.iommu_reg2hw,
            Port::Rpcfg => &now.rpcfg_reg2hw,
        };
        Some(get_bits(words, m.lsb, m.width))
    }

    /// Queue a TLP (wire DWs) towards the design.
    pub fn send_tlp(&self, dws: &[u32]) {
        let at = self.cycle();
        self.record(Stimulus::Tlp {
            cycle: Some(at),
            dws: dws.iter().map(|&d| Hex(u64::from(d))).collect(),
        });
        self.st.borrow_mut().tlp_src.send(dws.to_vec());
    }

    /// Map host memory for the design (replay `mem_map`).
    pub fn map_memory(&self, addr: u64, len: u64) -> Result<(), HarnessError> {
        let at = self.cycle();
        self.st.borrow_mut().memory.map(addr, len)?;
        self.record(Stimulus::MemMap { cycle: Some(at), addr: Hex(addr), len: Hex(len) });
        Ok(())
    }

    /// The driver's view of a register block: `Mmio` over the port.
    pub fn mmio(&self, port: Port) -> HarnessMmio<'_> {
        HarnessMmio { h: self, port }
    }

    /// One register access of `width` bytes at `offset`; returns the read value (or the
    /// written one) and the response code.
    pub fn access(
        &self,
        port: Port,
        write: Option<u64>,
        offset: u64,
        width: u8,
    ) -> Result<(u64, u8), HarnessError> {
        let bus = match port {
            Port::Iommu => driver::regs::iommu_regs::REGBLOCK_BUS_BYTES,
            Port::Rpcfg => driver::regs::pcie_rp_cfg::REGBLOCK_BUS_BYTES,
        } as u64;
        let w = u64::from(width);
        if !matches!(width, 1 | 2 | 4 | 8) || offset % w != 0 || w > bus {
            return Err(HarnessError::Request(format!(
                "{} access of {width} bytes at {offset:#x}: widths 1, 2, 4{} aligned to themselves",
                port.name(),
                if bus == 8 { ", 8" } else { "" }
            )));
        }
        let block_bytes = match port {
            Port::Iommu => driver::regs::iommu_regs::REGBLOCK_BYTES,
            Port::Rpcfg => driver::regs::pcie_rp_cfg::REGBLOCK_BYTES,
        } as u64;
        if offset + w > block_bytes {
            return Err(HarnessError::Request(format!(
                "{} offset {offset:#x} is outside the {block_bytes}-byte block",
                port.name()
            )));
        }
        let at = self.cycle();
        self.record(match write {
            Some(v) => Stimulus::MmioWrite {
                cycle: Some(at),
                port,
                offset: Hex(offset),
                width,
                value: Hex(v),
            },
            None => Stimulus::MmioRead { cycle: Some(at), port, offset: Hex(offset), width },
        });
        let lane = offset % bus;
        let word = offset - lane;
        let mask = if w == 8 { u64::MAX } else { (1u64 << (8 * w)) - 1 };
        let mut st = self.st.borrow_mut();
        let now = st.cycle;
        let master = match port {
            Port::Iommu => &mut st.iommu,
            Port::Rpcfg => &mut st.rpcfg,
        };
        match write {
            Some(v) => master.start_write(
                now,
                word,
                (v & mask) << (8 * lane),
                (((1u16 << w) - 1) << lane) as u8,
            ),
            None => master.start_read(now, word),
        }
        for _ in 0..MMIO_TIMEOUT {
            st.step();
            let master = match port {
                Port::Iommu => &mut st.iommu,
                Port::Rpcfg => &mut st.rpcfg,
            };
            if let Some(done) = master.take_done() {
                let cycle = st.cycle - 1;
                let (value, resp, obs) = match done {
                    Done::Write { resp } => {
                        let v = write.unwrap_or(0) & mask;
                        (
                            v,
                            resp,
                            Observation::MmioWrite {
                                cycle,
                                port,
                                offset: Hex(offset),
                                width,
                                value: Hex(v),
                                resp,
                            },
                        )
                    }
                    Done::Read { data, resp } => {
                        let v = (data >> (8 * lane)) & mask;
                        (
                            v,
                            resp,
                            Observation::MmioRead {
                                cycle,
                                port,
                                offset: Hex(offset),
                                width,
                                value: Hex(v),
                                resp,
                            },
                        )
                    }
                };
                tracing::debug!(target: "cosim", cycle, port = port.name(), "{} {offset:#05x} {} {value:#x} (resp {resp})",
                    if write.is_some() { "write" } else { "read " }, if write.is_some() { "<=" } else { "=>" });
                st.observations.push(obs);
                return Ok((value, resp));
            }
        }
        Err(HarnessError::Request(format!(
            "{} access at {offset:#x}: no response in {MMIO_TIMEOUT} cycles",
            port.name()
        )))
    }

    /// Perform one stimulus step (the replay runner).
    pub fn apply(&self, s: &Stimulus) -> Result<(), HarnessError> {
        if let Some(at) = s.cycle() {
            let now = self.cycle();
            if at < now {
                return Err(HarnessError::Past { at, now });
            }
            if at > now {
                let mut st = self.st.borrow_mut();
                for _ in now..at {
                    st.step();
                }
            }
        }
        match s {
            Stimulus::Config(_) => {}
            Stimulus::Reset { cycles, .. } => self.reset(*cycles),
            Stimulus::MmioWrite { port, offset, width, value, .. } => {
                self.access(*port, Some(value.0), offset.0, *width)?;
            }
            Stimulus::MmioRead { port, offset, width, .. } => {
                self.access(*port, None, offset.0, *width)?;
            }
            Stimulus::MemMap { addr, len, .. } => self.map_memory(addr.0, len.0)?,
            Stimulus::MemUnmap { addr, len, .. } => {
                DmaMemory::free(self, PhysAddr(addr.0), len.0 as usize)
            }
            Stimulus::MemWrite { addr, data, .. } => {
                DmaMemory::write(self, PhysAddr(addr.0), &data.0)?
            }
            Stimulus::MemRead { addr, len, .. } => {
                let mut buf = vec![0; *len as usize];
                DmaMemory::read(self, PhysAddr(addr.0), &mut buf)?;
                let mut st = self.st.borrow_mut();
                let cycle = st.cycle;
                st.observations.push(Observation::MemRead { cycle, addr: *addr, data: Bytes(buf) });
            }
            Stimulus::Tlp { dws, .. } => {
                if dws.is_empty() || dws.iter().any(|d| d.0 > u64::from(u32::MAX)) {
                    return Err(HarnessError::Request("a TLP is one or more 32-bit DWs".into()));
                }
                self.send_tlp(&dws.iter().map(|d| d.0 as u32).collect::<Vec<_>>());
            }
            Stimulus::Poke { pin, value, .. } => self.poke(pin, &value.0)?,
            Stimulus::Peek { pin, .. } => {
                let value = self.peek(pin)?;
                let at = self.cycle();
                self.record(Stimulus::Peek { cycle: Some(at), pin: pin.clone() });
                let mut st = self.st.borrow_mut();
                let cycle = st.cycle;
                st.observations.push(Observation::Peek {
                    cycle,
                    pin: pin.clone(),
                    value: Wide(value),
                });
            }
            Stimulus::Hw2reg { port, reg, instance, field, signal, value, .. } => {
                self.set_hw2reg(*port, reg, *instance, field, *signal, value.0)?
            }
            Stimulus::Wait { cycles, .. } => self.run(*cycles),
            Stimulus::WaitFor { pin, value, timeout, .. } => {
                self.wait_for(pin, value.0, *timeout)?;
            }
        }
        Ok(())
    }
}

impl State {
    /// The model's outputs after the last edge. Interrupt changes they show are observed
    /// now (stamped with the cycle about to run, as `step` would stamp them).
    fn sample_now(&mut self) -> Outputs {
        let mut o = Outputs::default();
        self.model.sample_now(&mut o);
        self.watch_irqs(&o, self.cycle);
        o
    }

    fn watch_irqs(&mut self, o: &Outputs, cycle: u64) {
        for (n, pin) in IRQ_PINS.iter().enumerate() {
            let level = o.words(pin).is_some_and(|w| w[0] != 0);
            if level != self.irq_levels[n] {
                self.irq_levels[n] = level;
                tracing::debug!(target: "cosim", cycle, "{pin} -> {}", u8::from(level));
                self.observations.push(Observation::Irq { cycle, pin: pin.to_string(), level });
            }
        }
    }

    /// One clock cycle with every model.
    fn step(&mut self) {
        let cycle = self.cycle;
        let i = &mut self.inputs;

        let a = self.iommu.drive(cycle);
        i.iommu_s_axil_awaddr = a.awaddr as u16;
        i.iommu_s_axil_awvalid = a.awvalid.into();
        i.iommu_s_axil_wdata = a.wdata;
        i.iommu_s_axil_wstrb = a.wstrb;
        i.iommu_s_axil_wvalid = a.wvalid.into();
        i.iommu_s_axil_bready = a.bready.into();
        i.iommu_s_axil_araddr = a.araddr as u16;
        i.iommu_s_axil_arvalid = a.arvalid.into();
        i.iommu_s_axil_rready = a.rready.into();

        let a: AxilReq = self.rpcfg.drive(cycle);
        i.rpcfg_s_axil_awaddr = a.awaddr as u16;
        i.rpcfg_s_axil_awvalid = a.awvalid.into();
        i.rpcfg_s_axil_wdata = a.wdata as u32;
        i.rpcfg_s_axil_wstrb = a.wstrb;
        i.rpcfg_s_axil_wvalid = a.wvalid.into();
        i.rpcfg_s_axil_bready = a.bready.into();
        i.rpcfg_s_axil_araddr = a.araddr as u16;
        i.rpcfg_s_axil_arvalid = a.arvalid.into();
        i.rpcfg_s_axil_rready = a.rready.into();

        let m = self.mem_slave.drive(cycle, &self.memory);
        i.m_axi_awready = m.awready.into();
        i.m_axi_wready = m.wready.into();
        i.m_axi_bid = m.bid as u8;
        i.m_axi_bresp = m.bresp;
        i.m_axi_bvalid = m.bvalid.into();
        i.m_axi_arready = m.arready.into();
        i.m_axi_rid = m.rid as u8;
        i.m_axi_rdata = m.rdata;
        i.m_axi_rresp = m.rresp;
        i.m_axi_rlast = m.rlast.into();
        i.m_axi_rvalid = m.rvalid.into();

        let t = self.tlp_src.drive();
        i.rx_tlp_data = t.data;
        i.rx_tlp_keep = t.keep;
        i.rx_tlp_sop = t.sop.into();
        i.rx_tlp_eop = t.eop.into();
        i.rx_tlp_valid = t.valid.into();
        i.tx_tlp_ready = self.tlp_sink.drive().into();

        self.model.step(&self.inputs, &mut self.outputs);
        if let Some(log) = &mut self.input_log {
            log.push(self.inputs);
        }
        let o = &self.outputs;

        self.iommu.sample(&AxilResp {
            awready: o.iommu_s_axil_awready != 0,
            wready: o.iommu_s_axil_wready != 0,
            bresp: o.iommu_s_axil_bresp,
            bvalid: o.iommu_s_axil_bvalid != 0,
            arready: o.iommu_s_axil_arready != 0,
            rdata: o.iommu_s_axil_rdata,
            rresp: o.iommu_s_axil_rresp,
            rvalid: o.iommu_s_axil_rvalid != 0,
        });
        self.rpcfg.sample(&AxilResp {
            awready: o.rpcfg_s_axil_awready != 0,
            wready: o.rpcfg_s_axil_wready != 0,
            bresp: o.rpcfg_s_axil_bresp,
            bvalid: o.rpcfg_s_axil_bvalid != 0,
            arready: o.rpcfg_s_axil_arready != 0,
            rdata: u64::from(o.rpcfg_s_axil_rdata),
            rresp: o.rpcfg_s_axil_rresp,
            rvalid: o.rpcfg_s_axil_rvalid != 0,
        });
        let req = AxiReq {
            awid: u32::from(o.m_axi_awid),
            awaddr: o.m_axi_awaddr,
            awlen: o.m_axi_awlen,
            awsize: o.m_axi_awsize,
            awburst: o.m_axi_awburst,
            awvalid: o.m_axi_awvalid != 0,
            wdata: o.m_axi_wdata,
            wstrb: o.m_axi_wstrb,
            wlast: o.m_axi_wlast != 0,
            wvalid: o.m_axi_wvalid != 0,
            bready: o.m_axi_bready != 0,
            arid: u32::from(o.m_axi_arid),
            araddr: o.m_axi_araddr,
            arlen: o.m_axi_arlen,
            arsize: o.m_axi_arsize,
            arburst: o.m_axi_arburst,
            arvalid: o.m_axi_arvalid != 0,
            rready: o.m_axi_rready != 0,
        };
        self.mem_slave.sample(cycle, &req, &mut self.memory, &mut self.mem_events);
        self.tlp_src.sample(o.rx_tlp_ready != 0);
        let beat = TlpBeat {
            data: o.tx_tlp_data,
            keep: o.tx_tlp_keep,
            sop: o.tx_tlp_sop != 0,
            eop: o.tx_tlp_eop != 0,
            valid: o.tx_tlp_valid != 0,
        };
        self.tlp_sink.sample(&beat, &mut self.sink_events);

        let o = self.outputs;
        self.watch_irqs(&o, cycle);
        if !self.mem_events.is_empty() || !self.sink_events.is_empty() {
            self.collect_events(cycle);
        }
        self.cycle += 1;
    }

    fn collect_events(&mut self, cycle: u64) {
        for e in self.mem_events.drain(..) {
            let obs = match e {
                MemEvent::Write { addr, data } => {
                    tracing::debug!(target: "cosim", cycle, "m_axi write {addr:#x} {} bytes", data.len());
                    Observation::MemWrite { cycle, addr: Hex(addr), data: Bytes(data) }
                }
                MemEvent::Read { addr, len } => {
                    tracing::debug!(target: "cosim", cycle, "m_axi read {addr:#x} {len} bytes");
                    continue;
                }
                MemEvent::Refused { write, addr, len } => {
                    tracing::warn!(target: "cosim", cycle, "m_axi {} of {len} bytes at {addr:#x} refused: not mapped", if write { "write" } else { "read" });
                    Observation::MemRefused { cycle, write, addr: Hex(addr), len: Hex(len) }
                }
                MemEvent::Protocol(what) => {
                    tracing::warn!(target: "cosim", cycle, "m_axi protocol: {what}");
                    Observation::AxiProtocol { cycle, what }
                }
            };
            self.observations.push(obs);
        }
        for e in self.sink_events.drain(..) {
            let obs = match e {
                SinkEvent::Tlp(dws) => {
                    let kind = tlp_kind(dws[0]);
                    tracing::debug!(target: "cosim", cycle, "tx TLP {kind} {} DWs", dws.len());
                    Observation::TlpOut {
                        cycle,
                        kind,
                        dws: dws.into_iter().map(|d| Hex(u64::from(d))).collect(),
                    }
                }
                SinkEvent::Framing(what) => {
                    tracing::warn!(target: "cosim", cycle, "tx link framing: {what}");
                    Observation::LinkError { cycle, what }
                }
            };
            self.observations.push(obs);
        }
    }
}

/// Name of the Fmt/Type of a TLP's first DW (from the generated `tlp` types).
fn tlp_kind(dw0: u32) -> String {
    use driver::regs::tlp::{TlpDw0, TlpFmtType};
    let ft: TlpFmtType = TlpDw0::from_bits(dw0).fmt_type();
    match ft.name() {
        Some(n) => n.to_ascii_lowercase(),
        None => format!("fmt_type_{:#04x}", ft.0),
    }
}

/// [`Mmio`] over one port of a [`Harness`]: every call runs the simulation until the
/// response. A hung bus or an access the port cannot carry panics with the reason (a
/// simulation has nothing better to do with it).
#[derive(Clone, Copy)]
pub struct HarnessMmio<'a> {
    h: &'a Harness,
    port: Port,
}

impl HarnessMmio<'_> {
    fn go(&self, write: Option<u64>, offset: usize, width: u8) -> u64 {
        match self.h.access(self.port, write, offset as u64, width) {
            Ok((v, _)) => v,
            Err(e) => panic!("{e}"),
        }
    }
}

impl Mmio for HarnessMmio<'_> {
    fn read32(&self, offset: usize) -> u32 {
        self.go(None, offset, 4) as u32
    }
    fn write32(&self, offset: usize, value: u32) {
        self.go(Some(value.into()), offset, 4);
    }
    fn write16(&self, offset: usize, value: u16) {
        self.go(Some(value.into()), offset, 2);
    }
    fn write8(&self, offset: usize, value: u8) {
        self.go(Some(value.into()), offset, 1);
    }
    fn read64(&self, offset: usize) -> u64 {
        if self.port == Port::Iommu {
            self.go(None, offset, 8)
        } else {
            u64::from(self.read32(offset)) | u64::from(self.read32(offset + 4)) << 32
        }
    }
    fn write64(&self, offset: usize, value: u64) {
        if self.port == Port::Iommu {
            self.go(Some(value), offset, 8);
        } else {
            self.write32(offset, value as u32);
            self.write32(offset + 4, (value >> 32) as u32);
        }
    }
    fn read16(&self, offset: usize) -> u16 {
        self.go(None, offset, 2) as u16
    }
    fn read8(&self, offset: usize) -> u8 {
        self.go(None, offset, 1) as u8
    }
}

/// Host memory as the driver sees it: allocations are mapped for the design.
impl DmaMemory for Harness {
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        let at = self.cycle();
        let a = self.st.borrow_mut().memory.alloc(bytes, align)?;
        self.record(Stimulus::MemMap { cycle: Some(at), addr: Hex(a.0), len: Hex(bytes as u64) });
        Ok(a)
    }

    fn free(&self, addr: PhysAddr, bytes: usize) {
        // Unmapped again: a design still using it is refused from now on.
        let at = self.cycle();
        self.st.borrow_mut().memory.unmap(addr.0, bytes as u64);
        self.record(Stimulus::MemUnmap {
            cycle: Some(at),
            addr: Hex(addr.0),
            len: Hex(bytes as u64),
        });
    }

    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
        self.st.borrow().memory.read(addr.0, buf)
    }

    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
        self.st.borrow_mut().memory.write(addr.0, data)?;
        let at = self.cycle();
        self.record(Stimulus::MemWrite {
            cycle: Some(at),
            addr: Hex(addr.0),
            data: Bytes(data.to_vec()),
        });
        Ok(())
    }
}
