//! The co-simulation harness: any verilated simulation top with the bus, memory and link
//! models bound to its pins by interface prefix ([`crate::binding`]), stepped one clock
//! cycle at a time.
//!
//! * [`Harness::new`] hosts a top by name (`cosim_harness_top`, `iommu_sim_top`, ...). A top
//!   without an interface simply has no such port: addressing it is an error naming the port
//!   and the top.
//! * [`Harness::mmio`] gives the driver's [`Mmio`] over an AXI4-Lite port (`<port>_s_axil_*`);
//!   every access runs the simulation until its response.
//! * The harness is the driver's [`DmaMemory`] too: allocations map host memory that the
//!   design may then reach through its AXI4 masters; everything else it touches is refused.
//! * [`Harness::send_tlp`] queues TLPs on the link; TLPs the design sends are observed.
//! * Everything the design does that a test may want to check is an [`Observation`]; every
//!   host action is a [`Stimulus`], recorded on request, so a run can be replayed exactly.
//! * [`Harness::add_monitor`]: a closure that sees every pin, inputs and outputs, in every
//!   cycle, for checks no observation carries (a one-cycle pulse).
//! * An assertion the design fails ($error in an assertion, `$stop`, `$fatal`), or `$finish`,
//!   ends the run: the step that saw it, and every later one, returns
//!   [`HarnessError::Stopped`] with the message the design printed.
//! * Waveforms: [`Harness::trace_open`] (FST). Transactions: `tracing` events of target
//!   `cosim` (the CLI prints them with `--log`).
//!
//! Threading: a harness lives on one thread (the model is not shared); tests each make one.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use cosim_common::replay::{Bytes, Hex, Observation, Stimulus, Wide};
use driver::dma::{DmaError, DmaMemory, PhysAddr};
use driver::mmio::Mmio;
use driver::regs::kit_map;

use crate::axi_mem::{AxiMemSlave, AxiResp, MemEvent};
use crate::axil::{AxilMaster, AxilReq, Done};
use crate::binding::{
    AxiPort, AxilPort, BindError, Binding, HwifPort, IrqPin, Pin, RxPins, TxPins,
};
use crate::endpoint_link::{EndpointLink, SharedDevice};
use crate::hwif::{get_bits, set_bits, Signal};
use crate::memory::HostMemory;
use crate::tlp_link::{LinkAgent, SinkEvent, TlpBeat, TlpSink, TlpSource};
use crate::verilated::{self, InitValues, Model, ModelError, Stop, Top};
use pcie_endpoint::{Device, FunctionConfig, JobId, JobState};

/// Cycles an MMIO access may take before the harness gives up (a hung bus is a design bug).
pub const MMIO_TIMEOUT: u64 = 10_000;

/// Cycles of reset at the start of every run.
pub const RESET_CYCLES: u64 = 4;

pub use cosim_common::config::{Config, DEFAULT_TOP};

/// What the harness can refuse or report.
#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    /// No verilated top of that name.
    #[error("no simulation top `{top}` (verilated: {known})")]
    UnknownTop { top: String, known: String },
    /// The top's pins do not make whole interfaces.
    #[error(transparent)]
    Bind(#[from] BindError),
    /// The model could not be made.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// The `config` line names another top than the harness hosts.
    #[error("config names top `{config}` but the harness hosts `{top}`")]
    TopMismatch { config: String, top: &'static str },
    /// The endpoint model refused its configuration or a command.
    #[error("endpoint: {0}")]
    Endpoint(String),
    /// A configuration value out of range.
    #[error("config: {field} = {value} ({rule})")]
    Config { field: &'static str, value: String, rule: &'static str },
    /// No AXI4-Lite port of that name.
    #[error("top {top} has no AXI4-Lite port `{port}` (its ports: {have})")]
    NoPort { top: &'static str, port: String, have: String },
    /// No register-block hardware interface on that port.
    #[error("top {top} has no reg2hw/hw2reg interface on port `{port}` (ports with one: {have})")]
    NoHwif { top: &'static str, port: String, have: String },
    /// No pin of that name (and direction).
    #[error("top {top} has no {what} `{pin}`")]
    NoPin { top: &'static str, pin: String, what: &'static str },
    /// `poke` on a pin a model drives.
    #[error("pin `{pin}` is driven by {owner}: `poke` leaves it alone (`force` overrides it)")]
    Owned { pin: String, owner: String },
    /// Value does not fit.
    #[error("value {value} does not fit pin `{pin}` ({width} bits)")]
    PinValue { pin: String, value: String, width: u32 },
    /// No such hw2reg leaf.
    #[error("port {port}: {block} has no hw2reg member {reg}{}{}.{signal:?}", instance.map(|i| format!("_{i}")).unwrap_or_default(), if field.is_empty() { String::new() } else { format!(".{field}") })]
    Hw2reg {
        port: String,
        block: &'static str,
        reg: String,
        instance: Option<usize>,
        field: String,
        signal: Signal,
    },
    /// A register access the port cannot carry.
    #[error("{port} access of {width} bytes at {offset:#x}: widths 1, 2, 4{} aligned to themselves, inside the {window}-byte window", if *.bus_bytes == 8 { ", 8" } else { "" })]
    BadAccess { port: String, offset: u64, width: u8, bus_bytes: usize, window: u64 },
    /// A register access got no response.
    #[error("{port} access at {offset:#x}: no response in {MMIO_TIMEOUT} cycles")]
    NoResponse { port: String, offset: u64 },
    /// A TLP without DWs, or a DW wider than 32 bits.
    #[error("a TLP is one or more 32-bit DWs")]
    BadTlp,
    /// The top has no link (`rx_tlp_*`).
    #[error("top {top} has no link source (rx_tlp_*) to send a TLP on")]
    NoLink { top: &'static str },
    /// Host memory refused.
    #[error("{0}")]
    Memory(DmaError),
    /// A `cycle` in the past.
    #[error("step at cycle {at} but the simulation is already at cycle {now}")]
    Past { at: u64, now: u64 },
    /// The design failed an assertion, stopped or finished.
    #[error("top {top}, cycle {cycle}: {stop}")]
    Stopped { top: &'static str, cycle: u64, stop: Stop },
    /// The waveform could not be opened.
    #[error("waveform {}: {source}", path.display())]
    Trace { path: PathBuf, source: std::io::Error },
}

impl From<DmaError> for HarnessError {
    fn from(e: DmaError) -> Self {
        HarnessError::Memory(e)
    }
}

/// One clock cycle as the rising edge saw it, for monitors: the inputs the harness applied
/// and the outputs the design drove before the edge. Pins are looked up once
/// ([`Harness::pin`]) and read here by handle.
#[derive(Clone, Copy, Debug)]
pub struct CycleView<'a> {
    /// The cycle.
    pub cycle: u64,
    inputs: &'a [u32],
    outputs: &'a [u32],
}

impl<'a> CycleView<'a> {
    /// The low 64 bits of a pin.
    #[inline]
    pub fn get(&self, pin: Pin) -> u64 {
        pin.get(if pin.output { self.outputs } else { self.inputs })
    }

    /// Every word of a pin (least significant first).
    pub fn words(&self, pin: Pin) -> &'a [u32] {
        pin.words_in(if pin.output { self.outputs } else { self.inputs })
    }
}

/// A registered monitor (to remove it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MonitorId(u64);

type Monitor = Box<dyn FnMut(&CycleView<'_>)>;

/// A model and what it drove last: its pins are written only when that changes (an idle
/// port, most cycles, costs a comparison).
struct AxilModel {
    port: AxilPort,
    master: AxilMaster,
    last: AxilReq,
}

/// A named register window: a whole AXI4-Lite port, or a part of one. The kit's host slave
/// (port `host` of `kit_sim_top`) also answers as `iommu`, `ecam` and `mmio`, its windows of
/// `regmaps/kit_map_pkg.sv`, so replay files and the driver address the IOMMU's registers as
/// port `iommu` on every top that has them.
#[derive(Clone, Debug)]
struct Window {
    name: String,
    /// The AXI4-Lite port (index into `State::axil`).
    index: usize,
    /// Offset of the window's byte 0 on the port.
    base: u64,
    /// Bytes in the window.
    size: u64,
}

/// Name of the kit host slave's port, and its sub-windows (`kit_map`).
const HOST_PORT: &str = "host";
const HOST_WINDOWS: [(&str, u64, u64); 3] = [
    ("iommu", kit_map::IOMMU_REGS_BASE, kit_map::IOMMU_REGS_SIZE),
    ("ecam", kit_map::ECAM_BASE, kit_map::ECAM_SIZE),
    ("mmio", kit_map::MMIO_BASE, kit_map::MMIO_SIZE),
];

struct MemModel {
    port: AxiPort,
    slave: AxiMemSlave,
    last: AxiResp,
}

struct Irq {
    pin: IrqPin,
    level: u64,
}

struct Forced {
    pin: Pin,
    value: Vec<u32>,
    saved: Vec<u32>,
}

struct State {
    top: &'static Top,
    model: Model,
    /// Input words, then a spare word for absent optional pins (never applied).
    inputs: Vec<u32>,
    /// Output words of the last step, then a spare word that stays 0.
    outputs: Vec<u32>,
    /// Scratch for [`State::sample_now`].
    now: Vec<u32>,
    cycle: u64,
    reset: Pin,
    axil: Vec<AxilModel>,
    /// Register windows by name: every AXI4-Lite port, and the kit host slave's sub-windows.
    windows: Vec<Window>,
    mems: Vec<MemModel>,
    memory: HostMemory,
    rx: Option<(RxPins, TlpSource, TlpBeat)>,
    tx: Option<(TxPins, TlpSink)>,
    irqs: Vec<Irq>,
    hwif: Vec<HwifPort>,
    /// For each input pin: the model that drives it.
    owner: Vec<Option<String>>,
    forced: Vec<Forced>,
    monitors: Vec<(MonitorId, Monitor)>,
    next_monitor: u64,
    /// Set once the design stopped: (cycle, why).
    stopped: Option<(u64, Stop)>,
    observations: Vec<Observation>,
    mem_events: Vec<MemEvent>,
    sink_events: Vec<SinkEvent>,
    /// The endpoint side of the link, when one is attached.
    agent: Option<Box<dyn LinkAgent>>,
    /// The endpoint model of the `config` line's `endpoint`, and the jobs replay steps
    /// started on it (with whether each was observed).
    endpoint: Option<(SharedDevice, Vec<(JobId, bool)>)>,
    recording: Option<Vec<Stimulus>>,
    /// The model's inputs of every cycle (flat), when the benchmark asks for them.
    input_log: Option<Vec<u32>>,
    /// A waveform to open when the simulation reaches a cycle.
    trace_at: Option<(u64, std::path::PathBuf)>,
}

/// The harness. See the module documentation.
pub struct Harness {
    st: RefCell<State>,
}

fn check_chance(field: &'static str, p: f64, zero_ok: bool) -> Result<(), HarnessError> {
    if !(p.is_finite() && p <= 1.0 && (p > 0.0 || zero_ok && p == 0.0)) {
        return Err(HarnessError::Config {
            field,
            value: p.to_string(),
            rule: if zero_ok { "must be in [0, 1]" } else { "must be in (0, 1]" },
        });
    }
    Ok(())
}

/// Seed stream of each bus model. The first five keep the numbers of the original harness
/// top (AXI4-Lite ports 1 and 2, memory 3, link 4 and 5), so recorded runs replay unchanged.
fn stream(config: &Config, n: u64) -> u64 {
    config.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(n)
}

impl Harness {
    /// Host the simulation top `top` (a `// sim-top:` of hw/rtl_files.f): a fresh model, its
    /// pins bound to bus models seeded from `config.seed`, after [`RESET_CYCLES`] of reset.
    pub fn new(top: &str, config: Config) -> Result<Harness, HarnessError> {
        let top = verilated::top(top).ok_or_else(|| HarnessError::UnknownTop {
            top: top.to_string(),
            known: verilated::top_names(),
        })?;
        if let Some(t) = config.top.as_deref().filter(|t| *t != top.name) {
            return Err(HarnessError::TopMismatch { config: t.to_string(), top: top.name });
        }
        check_chance("mem.ready_chance", config.mem.ready_chance, false)?;
        check_chance("tlp_valid_chance", config.tlp_valid_chance, false)?;
        check_chance("tlp_ready_chance", config.tlp_ready_chance, false)?;
        check_chance("axil_jitter", config.axil_jitter, true)?;
        if config.axil_jitter >= 1.0 {
            return Err(HarnessError::Config {
                field: "axil_jitter",
                value: config.axil_jitter.to_string(),
                rule: "must be below 1",
            });
        }
        let init = match config.random_init {
            None => InitValues::Zero,
            Some(0) => {
                return Err(HarnessError::Config {
                    field: "random_init",
                    value: "0".into(),
                    rule: "a nonzero seed (0 would ask Verilator for a time-based one)",
                })
            }
            Some(seed) => InitValues::Random(seed),
        };
        let b = Binding::new(top)?;
        let axil: Vec<AxilModel> = b
            .axil
            .into_iter()
            .enumerate()
            .map(|(i, port)| {
                let n = if i < 2 { 1 + i as u64 } else { 0x10 + i as u64 };
                let master =
                    AxilMaster::new(port.bus_bytes, config.axil_jitter, stream(&config, n));
                AxilModel { port, master, last: AxilReq::default() }
            })
            .collect();
        let mut windows: Vec<Window> = axil
            .iter()
            .enumerate()
            .map(|(index, a)| Window {
                name: a.port.name.clone(),
                index,
                base: 0,
                size: a.port.window,
            })
            .collect();
        if let Some(host) = windows.iter().find(|w| w.name == HOST_PORT).cloned() {
            for (name, base, size) in HOST_WINDOWS {
                if !windows.iter().any(|w| w.name == name) && base + size <= host.size {
                    windows.push(Window { name: name.into(), index: host.index, base, size });
                }
            }
        }
        let mems = b
            .axi
            .into_iter()
            .enumerate()
            .map(|(i, port)| {
                let n = if i == 0 { 3 } else { 0x20 + i as u64 };
                let slave = AxiMemSlave::new(config.mem, port.bus_bytes, stream(&config, n));
                MemModel { port, slave, last: AxiResp::default() }
            })
            .collect();
        let rx = b.rx.map(|p| {
            (p, TlpSource::new(config.tlp_valid_chance, stream(&config, 4)), TlpBeat::default())
        });
        let tx = b.tx.map(|p| (p, TlpSink::new(config.tlp_ready_chance, stream(&config, 5))));
        let st = State {
            top,
            model: Model::new(top, init)?,
            inputs: vec![0; top.input_words + 1],
            outputs: vec![0; top.output_words + 1],
            now: vec![0; top.output_words + 1],
            cycle: 0,
            reset: b.reset,
            axil,
            windows,
            mems,
            memory: HostMemory::new(),
            rx,
            tx,
            irqs: b.irqs.into_iter().map(|pin| Irq { pin, level: 0 }).collect(),
            hwif: b.hwif,
            owner: b.owner,
            forced: Vec::new(),
            monitors: Vec::new(),
            next_monitor: 0,
            stopped: None,
            observations: Vec::new(),
            mem_events: Vec::new(),
            sink_events: Vec::new(),
            agent: None,
            endpoint: None,
            recording: None,
            input_log: None,
            trace_at: None,
        };
        let h = Harness { st: RefCell::new(st) };
        if let Some(functions) = config.endpoint {
            let config = vec![FunctionConfig::default(); usize::from(functions)];
            let dev = Device::new(config).map_err(|e| HarnessError::Endpoint(e.to_string()))?;
            let dev: SharedDevice = Rc::new(RefCell::new(dev));
            let (link, _) = EndpointLink::new(dev.clone());
            h.attach_link_agent(Box::new(link))?;
            h.st.borrow_mut().endpoint = Some((dev, Vec::new()));
        }
        // Not recorded: every run, replays included, starts with this reset.
        h.reset(RESET_CYCLES)?;
        Ok(h)
    }

    /// The top this harness hosts.
    pub fn top(&self) -> &'static Top {
        self.st.borrow().top
    }

    /// Names of the register windows: the AXI4-Lite ports in pin order, then the host
    /// slave's sub-windows (`iommu`, `ecam`, `mmio`) when the top has a `host` port.
    pub fn ports(&self) -> Vec<String> {
        self.st.borrow().windows.iter().map(|w| w.name.clone()).collect()
    }

    /// The current cycle (cycles stepped since the model was made).
    pub fn cycle(&self) -> u64 {
        self.st.borrow().cycle
    }

    /// Start recording every host action as [`Stimulus`] (the config line first, naming the
    /// top).
    pub fn start_recording(&self, config: &Config) {
        let mut st = self.st.borrow_mut();
        let config = Config { top: Some(st.top.name.to_string()), ..config.clone() };
        st.recording = Some(vec![Stimulus::Config(config)]);
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

    /// The inputs logged since [`Harness::log_inputs`], [`Top::input_words`] words per cycle
    /// (logging stops).
    pub fn take_input_log(&self) -> Vec<u32> {
        self.st.borrow_mut().input_log.take().unwrap_or_default()
    }

    /// Write an FST waveform of the whole design from now on.
    pub fn trace_open(&self, path: &Path) -> Result<(), HarnessError> {
        self.st
            .borrow_mut()
            .model
            .trace_open(path)
            .map_err(|source| HarnessError::Trace { path: path.to_path_buf(), source })
    }

    /// Write an FST waveform of the whole design from simulated cycle `cycle` on (opened
    /// by the step that reaches it; a file that cannot be opened then stops the run with
    /// [`HarnessError::Trace`]).
    pub fn trace_from(&self, path: &Path, cycle: u64) {
        self.st.borrow_mut().trace_at = Some((cycle, path.to_path_buf()));
    }

    /// Flush and close the waveform.
    pub fn trace_close(&self) {
        self.st.borrow_mut().model.trace_close()
    }

    /// Call `monitor` after every clock cycle from now on with the cycle's pins (see
    /// [`CycleView`]). A monitor must not call back into the harness.
    pub fn add_monitor(&self, monitor: impl FnMut(&CycleView<'_>) + 'static) -> MonitorId {
        let mut st = self.st.borrow_mut();
        let id = MonitorId(st.next_monitor);
        st.next_monitor += 1;
        st.monitors.push((id, Box::new(monitor)));
        id
    }

    /// Stop calling a monitor; false if it was not registered.
    pub fn remove_monitor(&self, id: MonitorId) -> bool {
        let mut st = self.st.borrow_mut();
        let before = st.monitors.len();
        st.monitors.retain(|(m, _)| *m != id);
        st.monitors.len() != before
    }

    /// The pin `name` (an input or an output), for [`CycleView`].
    pub fn pin(&self, name: &str) -> Result<Pin, HarnessError> {
        let top = self.top();
        let (info, output) = match (top.input(name), top.output(name)) {
            (Some(p), _) => (p, false),
            (None, Some(p)) => (p, true),
            (None, None) => {
                return Err(HarnessError::NoPin { top: top.name, pin: name.into(), what: "pin" })
            }
        };
        Ok(Pin { output, word: info.word, words: info.words(), width: info.width })
    }

    fn record(&self, s: Stimulus) {
        if let Some(r) = &mut self.st.borrow_mut().recording {
            r.push(s);
        }
    }

    /// Hold reset for `cycles`, then release it (bus models keep their queues).
    pub fn reset(&self, cycles: u64) -> Result<(), HarnessError> {
        let at = self.cycle();
        self.record(Stimulus::Reset { cycle: Some(at), cycles });
        let mut st = self.st.borrow_mut();
        let reset = st.reset;
        reset.set(&mut st.inputs, 0);
        for _ in 0..cycles {
            st.step()?;
        }
        reset.set(&mut st.inputs, 1);
        st.step()
    }

    /// Let `cycles` cycles pass.
    pub fn run(&self, cycles: u64) -> Result<(), HarnessError> {
        let at = self.cycle();
        self.record(Stimulus::Wait { cycle: Some(at), cycles });
        let mut st = self.st.borrow_mut();
        for _ in 0..cycles {
            st.step()?;
        }
        Ok(())
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
        let top = st.top;
        let Some(info) = top.output(pin) else {
            return Err(HarnessError::NoPin { top: top.name, pin: pin.into(), what: "output" });
        };
        let p = Pin { output: true, word: info.word, words: info.words(), width: info.width };
        for n in 0..=timeout {
            st.sample_now();
            let words = p.words_in(&st.now);
            if p.get(&st.now) == value && words.iter().skip(2).all(|&w| w == 0) {
                return Ok(true);
            }
            if n < timeout {
                st.step()?;
            }
        }
        let cycle = st.cycle;
        st.observations.push(Observation::WaitTimeout { cycle, pin: pin.to_string() });
        Ok(false)
    }

    fn input_pin(&self, pin: &str) -> Result<(usize, Pin), HarnessError> {
        let top = self.top();
        let i = top
            .inputs
            .iter()
            .position(|p| p.name == pin)
            .ok_or_else(|| HarnessError::NoPin { top: top.name, pin: pin.into(), what: "input" })?;
        let info = &top.inputs[i];
        Ok((i, Pin { output: false, word: info.word, words: info.words(), width: info.width }))
    }

    /// `value` as the pin's words, if it fits.
    fn fitting(pin: &str, p: Pin, value: &[u32]) -> Result<Vec<u32>, HarnessError> {
        if !verilated::fits(p.width, value) {
            return Err(HarnessError::PinValue {
                pin: pin.to_string(),
                value: format!("{:?}", Wide(value.to_vec())),
                width: p.width,
            });
        }
        let mut words = value.to_vec();
        words.resize(p.words as usize, 0);
        Ok(words)
    }

    /// Set an input pin that no model drives, until changed.
    pub fn poke(&self, pin: &str, value: &[u32]) -> Result<(), HarnessError> {
        let (i, p) = self.input_pin(pin)?;
        if let Some(owner) = &self.st.borrow().owner[i] {
            return Err(HarnessError::Owned { pin: pin.to_string(), owner: owner.clone() });
        }
        let words = Self::fitting(pin, p, value)?;
        let at = self.cycle();
        p.words_in_mut(&mut self.st.borrow_mut().inputs).copy_from_slice(&words);
        self.record(Stimulus::Poke {
            cycle: Some(at),
            pin: pin.to_string(),
            value: Wide(value.to_vec()),
        });
        Ok(())
    }

    /// Hold any input pin at `value` over whatever drives it (a bus model, [`Harness::poke`],
    /// hw2reg) until [`Harness::release`]: to break an interface's rules on purpose. The
    /// design sees the forced value; a model that drives the pin does not know and goes on as
    /// if its own value had been applied (forcing a READY desynchronises its handshakes).
    pub fn force(&self, pin: &str, value: &[u32]) -> Result<(), HarnessError> {
        let (_, p) = self.input_pin(pin)?;
        let words = Self::fitting(pin, p, value)?;
        let at = self.cycle();
        {
            let mut st = self.st.borrow_mut();
            st.forced.retain(|f| f.pin != p);
            st.forced.push(Forced { pin: p, value: words, saved: vec![0; p.words as usize] });
        }
        self.record(Stimulus::Force {
            cycle: Some(at),
            pin: pin.to_string(),
            value: Wide(value.to_vec()),
        });
        Ok(())
    }

    /// End a [`Harness::force`]; its driver has the pin again.
    pub fn release(&self, pin: &str) -> Result<(), HarnessError> {
        let (_, p) = self.input_pin(pin)?;
        let at = self.cycle();
        self.st.borrow_mut().forced.retain(|f| f.pin != p);
        self.record(Stimulus::Release { cycle: Some(at), pin: pin.to_string() });
        Ok(())
    }

    /// Value of any pin now (least significant word first): an output after the last clock
    /// edge, an input as it will be applied in the next cycle (a forced one: forced).
    pub fn peek(&self, pin: &str) -> Result<Vec<u32>, HarnessError> {
        let mut st = self.st.borrow_mut();
        let top = st.top;
        if let Some(info) = top.output(pin) {
            st.sample_now();
            let w = info.word as usize;
            return Ok(st.now[w..w + info.words() as usize].to_vec());
        }
        if let Some(info) = top.input(pin) {
            let w = info.word as usize;
            if let Some(f) = st.forced.iter().find(|f| f.pin.word == info.word) {
                return Ok(f.value.clone());
            }
            return Ok(st.inputs[w..w + info.words() as usize].to_vec());
        }
        Err(HarnessError::NoPin { top: top.name, pin: pin.into(), what: "pin" })
    }

    fn hwif_port(&self, port: &str) -> Result<HwifPort, HarnessError> {
        let st = self.st.borrow();
        st.hwif.iter().find(|h| h.port == port).cloned().ok_or_else(|| HarnessError::NoHwif {
            top: st.top.name,
            port: port.to_string(),
            have: names(st.hwif.iter().map(|h| h.port.as_str())),
        })
    }

    /// Drive one `hw2reg` leaf of a port's register block (held until changed).
    pub fn set_hw2reg(
        &self,
        port: &str,
        reg: &str,
        instance: Option<usize>,
        field: &str,
        signal: Signal,
        value: u64,
    ) -> Result<(), HarnessError> {
        let h = self.hwif_port(port)?;
        let no_member = || HarnessError::Hw2reg {
            port: port.to_string(),
            block: h.hwif.block,
            reg: reg.to_string(),
            instance,
            field: field.to_string(),
            signal,
        };
        let pin = h.hw2reg.ok_or_else(no_member)?;
        let m = h.hwif.hw2reg_member(reg, instance, field, signal).ok_or_else(no_member)?;
        if m.width < 64 && value >> m.width != 0 {
            return Err(HarnessError::PinValue {
                pin: format!("{reg}.{field}.{signal:?}"),
                value: format!("{value:#x}"),
                width: m.width,
            });
        }
        let at = self.cycle();
        set_bits(pin.words_in_mut(&mut self.st.borrow_mut().inputs), m.lsb, m.width, value);
        self.record(Stimulus::Hw2reg {
            cycle: Some(at),
            port: port.to_string(),
            reg: reg.to_string(),
            instance,
            field: field.to_string(),
            signal,
            value: Hex(value),
        });
        Ok(())
    }

    /// Value of one `reg2hw` leaf of a port's register block now, after the last clock edge;
    /// `None` when the port has no such leaf.
    pub fn reg2hw(
        &self,
        port: &str,
        reg: &str,
        instance: Option<usize>,
        field: &str,
        signal: Signal,
    ) -> Option<u64> {
        let h = self.hwif_port(port).ok()?;
        let m = h.hwif.reg2hw_member(reg, instance, field, signal)?;
        let pin = h.reg2hw?;
        let mut st = self.st.borrow_mut();
        st.sample_now();
        Some(get_bits(pin.words_in(&st.now), m.lsb, m.width))
    }

    /// Queue a TLP (wire DWs) towards the design.
    pub fn send_tlp(&self, dws: &[u32]) -> Result<(), HarnessError> {
        if dws.is_empty() {
            return Err(HarnessError::BadTlp);
        }
        let at = self.cycle();
        {
            let mut st = self.st.borrow_mut();
            let top = st.top.name;
            let (_, src, _) = st.rx.as_mut().ok_or(HarnessError::NoLink { top })?;
            src.send(dws.to_vec());
        }
        self.record(Stimulus::Tlp {
            cycle: Some(at),
            dws: dws.iter().map(|&d| Hex(u64::from(d))).collect(),
        });
        Ok(())
    }

    /// Replay `endpoint`: one JSON command to the endpoint model of the `config` line.
    pub fn endpoint_command(&self, command: &serde_json::Value) -> Result<(), HarnessError> {
        let at = self.cycle();
        let cmd: pcie_endpoint::Command = serde_json::from_value(command.clone())
            .map_err(|e| HarnessError::Endpoint(format!("command {command}: {e}")))?;
        self.record(Stimulus::Endpoint { cycle: Some(at), command: command.clone() });
        let mut st = self.st.borrow_mut();
        let Some((dev, jobs)) = &mut st.endpoint else {
            return Err(HarnessError::Endpoint(
                "no endpoint on the link (the config line's `endpoint`)".into(),
            ));
        };
        let started = dev.borrow_mut().command(&cmd);
        match started {
            Ok(Some(id)) => jobs.push((id, false)),
            Ok(None) => {}
            Err(e) => return Err(HarnessError::Endpoint(format!("command {command}: {e}"))),
        }
        Ok(())
    }

    /// Replay `endpoint_wait`: run until every endpoint job has ended or `timeout` cycles
    /// passed; observe the jobs that ended, in start order.
    pub fn endpoint_wait(&self, timeout: u64) -> Result<(), HarnessError> {
        let at = self.cycle();
        self.record(Stimulus::EndpointWait { cycle: Some(at), timeout });
        let pending = |st: &State| -> bool {
            st.endpoint.as_ref().is_some_and(|(dev, jobs)| {
                let dev = dev.borrow();
                jobs.iter().any(|(id, _)| matches!(dev.job(*id), Some(JobState::Pending)))
            })
        };
        while pending(&self.st.borrow()) && self.cycle() - at < timeout {
            self.run(1)?;
        }
        let cycle = self.cycle();
        let mut st = self.st.borrow_mut();
        let State { endpoint, observations, .. } = &mut *st;
        if let Some((dev, jobs)) = endpoint {
            let dev = dev.borrow();
            for (n, (id, seen)) in jobs.iter_mut().enumerate() {
                let (state, data) = match dev.job(*id) {
                    Some(JobState::Done { data }) => ("done".to_string(), data.clone()),
                    Some(JobState::Failed(e)) => (format!("failed: {e}"), None),
                    _ => continue,
                };
                if !*seen {
                    *seen = true;
                    observations.push(Observation::EndpointJob {
                        cycle,
                        job: n as u64,
                        state,
                        data: data.map(Bytes),
                    });
                }
            }
        }
        Ok(())
    }

    /// Whether every TLP queued for the design (by [`Harness::send_tlp`] or the link agent)
    /// has been taken by it (true for a top without a link).
    pub fn link_idle(&self) -> bool {
        self.st.borrow().rx.as_ref().is_none_or(|(_, src, _)| src.idle())
    }

    /// Put `agent` (the endpoint model) on the far side of the link: from now on it receives
    /// every TLP the design sends and what it transmits goes to the design's `rx_tlp_*`.
    /// Its TLPs are not recorded as stimulus (a recording holds the design's answers to
    /// them). Keep a handle to the agent (e.g. `Rc<RefCell<..>>`) to drive it.
    pub fn attach_link_agent(&self, agent: Box<dyn LinkAgent>) -> Result<(), HarnessError> {
        let mut st = self.st.borrow_mut();
        if st.rx.is_none() {
            return Err(HarnessError::NoLink { top: st.top.name });
        }
        st.agent = Some(agent);
        Ok(())
    }

    /// Map host memory for the design (replay `mem_map`).
    pub fn map_memory(&self, addr: u64, len: u64) -> Result<(), HarnessError> {
        let at = self.cycle();
        self.st.borrow_mut().memory.map(addr, len)?;
        self.record(Stimulus::MemMap { cycle: Some(at), addr: Hex(addr), len: Hex(len) });
        Ok(())
    }

    fn window(&self, port: &str) -> Result<Window, HarnessError> {
        let st = self.st.borrow();
        st.windows.iter().find(|w| w.name == port).cloned().ok_or_else(|| HarnessError::NoPort {
            top: st.top.name,
            port: port.to_string(),
            have: names(st.windows.iter().map(|w| w.name.as_str())),
        })
    }

    /// The driver's view of a register block: `Mmio` over the register window `port` (an
    /// AXI4-Lite port, or a window of the kit's host slave: `iommu`, `ecam`, `mmio`).
    pub fn mmio(&self, port: &str) -> Result<HarnessMmio<'_>, HarnessError> {
        let window = self.window(port)?;
        let bus_bytes = self.st.borrow().axil[window.index].port.bus_bytes;
        Ok(HarnessMmio { h: self, window, bus_bytes })
    }

    /// Check an access of `width` bytes at `offset` of window `w`.
    fn check_access(&self, w: &Window, offset: u64, width: u8) -> Result<(), HarnessError> {
        let st = self.st.borrow();
        let p = &st.axil[w.index].port;
        let bytes = u64::from(width);
        if !matches!(width, 1 | 2 | 4 | 8)
            || offset % bytes != 0
            || bytes > p.bus_bytes as u64
            || offset.checked_add(bytes).is_none_or(|end| end > w.size)
        {
            return Err(HarnessError::BadAccess {
                port: w.name.clone(),
                offset,
                width,
                bus_bytes: p.bus_bytes,
                window: w.size,
            });
        }
        Ok(())
    }

    /// Run one checked access on port `index` until its response: (value, resp, cycle of the
    /// response, number of observations before that cycle's).
    fn transact(
        &self,
        index: usize,
        write: Option<u64>,
        offset: u64,
        width: u8,
    ) -> Result<(u64, u8, u64, usize), HarnessError> {
        let mut st = self.st.borrow_mut();
        let bus = st.axil[index].port.bus_bytes as u64;
        let w = u64::from(width);
        let lane = offset % bus;
        let mask = if w == 8 { u64::MAX } else { (1u64 << (8 * w)) - 1 };
        let now = st.cycle;
        let master = &mut st.axil[index].master;
        // The address is the access's own (AXI allows an unaligned address; the data sits in
        // its byte lanes of the bus word): a slave that returns one DWORD of a wider word,
        // such as the root port's ECAM window, needs it.
        match write {
            Some(v) => master.start_write(
                now,
                offset,
                (v & mask) << (8 * lane),
                (((1u16 << w) - 1) << lane) as u8,
            ),
            None => master.start_read(now, offset),
        }
        for _ in 0..MMIO_TIMEOUT {
            let mark = st.observations.len();
            st.step()?;
            if let Some(done) = st.axil[index].master.take_done() {
                let cycle = st.cycle - 1;
                return Ok(match done {
                    Done::Write { resp } => (write.unwrap_or(0) & mask, resp, cycle, mark),
                    Done::Read { data, resp } => ((data >> (8 * lane)) & mask, resp, cycle, mark),
                });
            }
        }
        Err(HarnessError::NoResponse { port: st.axil[index].port.name.clone(), offset })
    }

    /// One register access of `width` bytes at `offset` of AXI4-Lite port `port`; returns
    /// the read value (or the written one) and the response code.
    pub fn access(
        &self,
        port: &str,
        write: Option<u64>,
        offset: u64,
        width: u8,
    ) -> Result<(u64, u8), HarnessError> {
        let window = self.window(port)?;
        self.access_at(&window, write, offset, width)
    }

    fn access_at(
        &self,
        window: &Window,
        write: Option<u64>,
        offset: u64,
        width: u8,
    ) -> Result<(u64, u8), HarnessError> {
        self.check_access(window, offset, width)?;
        let port = window.name.clone();
        let at = self.cycle();
        self.record(match write {
            Some(v) => Stimulus::MmioWrite {
                cycle: Some(at),
                port: port.clone(),
                offset: Hex(offset),
                width,
                value: Hex(v),
            },
            None => Stimulus::MmioRead {
                cycle: Some(at),
                port: port.clone(),
                offset: Hex(offset),
                width,
            },
        });
        let (value, resp, cycle, mark) =
            self.transact(window.index, write, window.base + offset, width)?;
        tracing::debug!(target: "cosim", cycle, port = port.as_str(), "{} {offset:#05x} {} {value:#x} (resp {resp})",
            if write.is_some() { "write" } else { "read " }, if write.is_some() { "<=" } else { "=>" });
        let (port, offset) = (port, Hex(offset));
        let obs = match write {
            Some(_) => {
                Observation::MmioWrite { cycle, port, offset, width, value: Hex(value), resp }
            }
            None => Observation::MmioRead { cycle, port, offset, width, value: Hex(value), resp },
        };
        // Before what the design did in the response's cycle (an interrupt the write
        // cleared): the access, then what it caused, as the reference model orders them.
        self.st.borrow_mut().observations.insert(mark, obs);
        Ok((value, resp))
    }

    /// Read a register back to back until `(read & mask) == value` or `timeout` cycles have
    /// passed (at least one read); returns the last value read and whether it matched.
    /// Observed once, as `mmio_poll`.
    pub fn poll(
        &self,
        port: &str,
        offset: u64,
        width: u8,
        mask: u64,
        value: u64,
        timeout: u64,
    ) -> Result<(u64, bool), HarnessError> {
        let window = self.window(port)?;
        self.check_access(&window, offset, width)?;
        let start = self.cycle();
        self.record(Stimulus::MmioPoll {
            cycle: Some(start),
            port: port.to_string(),
            offset: Hex(offset),
            width,
            mask: Hex(mask),
            value: Hex(value),
            timeout,
        });
        loop {
            let (got, _, cycle, mark) =
                self.transact(window.index, None, window.base + offset, width)?;
            let hit = got & mask == value;
            if hit || self.cycle() - start >= timeout {
                tracing::debug!(target: "cosim", cycle, port, "poll {offset:#05x} => {got:#x} ({})",
                    if hit { "matched" } else { "timed out" });
                self.st.borrow_mut().observations.insert(
                    mark,
                    Observation::MmioPoll {
                        cycle,
                        port: port.to_string(),
                        offset: Hex(offset),
                        width,
                        value: Hex(got),
                        timed_out: !hit,
                    },
                );
                return Ok((got, hit));
            }
        }
    }

    /// Host memory read, observed as `mem_read` (with `error` when a byte is not mapped).
    pub fn read_observed(&self, addr: u64, len: u64) -> Result<Option<Vec<u8>>, HarnessError> {
        let at = self.cycle();
        self.record(Stimulus::MemRead { cycle: Some(at), addr: Hex(addr), len });
        let mut st = self.st.borrow_mut();
        // Checked before the buffer is made: a huge `len` is unmapped, not allocated.
        let data = match usize::try_from(len) {
            Ok(n) if st.memory.is_mapped(addr, len) => {
                let mut buf = vec![0; n];
                st.memory.read(addr, &mut buf)?;
                Some(buf)
            }
            _ => None,
        };
        let cycle = st.cycle;
        st.observations.push(Observation::mem_read(cycle, addr, len, data.clone()));
        Ok(data)
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
                    st.step()?;
                }
            }
        }
        match s {
            Stimulus::Config(_) => {}
            Stimulus::Reset { cycles, .. } => self.reset(*cycles)?,
            Stimulus::MmioWrite { port, offset, width, value, .. } => {
                self.access(port, Some(value.0), offset.0, *width)?;
            }
            Stimulus::MmioRead { port, offset, width, .. } => {
                self.access(port, None, offset.0, *width)?;
            }
            Stimulus::MmioPoll { port, offset, width, mask, value, timeout, .. } => {
                self.poll(port, offset.0, *width, mask.0, value.0, *timeout)?;
            }
            Stimulus::MemMap { addr, len, .. } => self.map_memory(addr.0, len.0)?,
            Stimulus::MemUnmap { addr, len, .. } => self.unmap_memory(addr.0, len.0),
            Stimulus::MemWrite { addr, data, .. } => {
                DmaMemory::write(self, PhysAddr(addr.0), &data.0)?
            }
            Stimulus::MemRead { addr, len, .. } => {
                self.read_observed(addr.0, *len)?;
            }
            Stimulus::Tlp { dws, .. } => {
                if dws.iter().any(|d| d.0 > u64::from(u32::MAX)) {
                    return Err(HarnessError::BadTlp);
                }
                self.send_tlp(&dws.iter().map(|d| d.0 as u32).collect::<Vec<_>>())?;
            }
            Stimulus::Poke { pin, value, .. } => self.poke(pin, &value.0)?,
            Stimulus::Force { pin, value, .. } => self.force(pin, &value.0)?,
            Stimulus::Release { pin, .. } => self.release(pin)?,
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
                self.set_hw2reg(port, reg, *instance, field, *signal, value.0)?
            }
            Stimulus::Wait { cycles, .. } => self.run(*cycles)?,
            Stimulus::Endpoint { command, .. } => self.endpoint_command(command)?,
            Stimulus::EndpointWait { timeout, .. } => self.endpoint_wait(*timeout)?,
            Stimulus::WaitFor { pin, value, timeout, .. } => {
                self.wait_for(pin, value.0, *timeout)?;
            }
        }
        Ok(())
    }

    /// Take host memory away from the design (replay `mem_unmap`; contents are forgotten).
    pub fn unmap_memory(&self, addr: u64, len: u64) {
        let at = self.cycle();
        self.st.borrow_mut().memory.unmap(addr, len);
        self.record(Stimulus::MemUnmap { cycle: Some(at), addr: Hex(addr), len: Hex(len) });
    }
}

fn names<'a>(it: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = it.collect();
    if v.is_empty() {
        "none".to_string()
    } else {
        v.join(", ")
    }
}

impl State {
    /// The model's outputs after the last edge, into `now`. Interrupt changes they show are
    /// observed now (stamped with the cycle about to run, as `step` would stamp them).
    fn sample_now(&mut self) {
        self.model.sample_now(&mut self.now);
        let cycle = self.cycle;
        watch_irqs(&mut self.irqs, &self.now, cycle, &mut self.observations);
    }

    /// One clock cycle with every model.
    fn step(&mut self) -> Result<(), HarnessError> {
        if let Some((cycle, stop)) = &self.stopped {
            return Err(HarnessError::Stopped {
                top: self.top.name,
                cycle: *cycle,
                stop: stop.clone(),
            });
        }
        let cycle = self.cycle;
        if self.trace_at.as_ref().is_some_and(|(at, _)| cycle >= *at) {
            if let Some((_, path)) = self.trace_at.take() {
                self.model
                    .trace_open(&path)
                    .map_err(|source| HarnessError::Trace { path, source })?;
            }
        }
        let i = &mut self.inputs[..];
        for a in &mut self.axil {
            let req = a.master.drive(cycle);
            if req != a.last {
                a.port.pins.drive(i, &req);
                a.last = req;
            }
        }
        for m in &mut self.mems {
            let resp = m.slave.drive(cycle, &self.memory);
            if resp != m.last {
                m.port.pins.drive(i, &resp);
                m.last = resp;
            }
        }
        if let Some((pins, src, last)) = &mut self.rx {
            let beat = src.drive();
            if beat != *last {
                pins.drive(i, &beat);
                *last = beat;
            }
        }
        if let Some((pins, sink)) = &mut self.tx {
            pins.ready.set(i, sink.drive().into());
        }
        for f in &mut self.forced {
            let words = f.pin.words_in_mut(i);
            f.saved.copy_from_slice(words);
            words.copy_from_slice(&f.value);
        }

        let result = self.model.step(&self.inputs, &mut self.outputs);

        if let Some(log) = &mut self.input_log {
            log.extend_from_slice(&self.inputs[..self.top.input_words]);
        }
        if !self.monitors.is_empty() {
            let view = CycleView { cycle, inputs: &self.inputs, outputs: &self.outputs };
            for (_, m) in &mut self.monitors {
                m(&view);
            }
        }
        for f in &self.forced {
            f.pin.words_in_mut(&mut self.inputs).copy_from_slice(&f.saved);
        }
        if let Err(stop) = result {
            self.cycle += 1;
            tracing::warn!(target: "cosim", cycle, "{stop}");
            self.stopped = Some((cycle, stop.clone()));
            return Err(HarnessError::Stopped { top: self.top.name, cycle, stop });
        }

        // While rst_ni is low the bus and link models are held in reset too: they take no
        // handshake, as an AXI slave in the same reset domain would not (the design's flops
        // hold random values until the first reset edge when initial values are random).
        if self.reset.get(&self.inputs) == 0 {
            self.cycle += 1;
            return Ok(());
        }
        let o = &self.outputs[..];
        for a in self.axil.iter_mut().filter(|a| a.master.busy()) {
            a.master.sample(&a.port.pins.sample(o));
        }
        for m in &mut self.mems {
            let req = m.port.pins.sample(o);
            m.slave.sample(cycle, &req, &mut self.memory, &mut self.mem_events);
        }
        let mut sent = None;
        if let Some((pins, src, _)) = &mut self.rx {
            sent = src.sample(pins.ready.get(o) != 0);
        }
        if let Some((pins, sink)) = &mut self.tx {
            sink.sample(&pins.sample(o), &mut self.sink_events);
        }
        watch_irqs(&mut self.irqs, &self.outputs, cycle, &mut self.observations);
        if !self.mem_events.is_empty() || !self.sink_events.is_empty() {
            self.collect_events(cycle);
        }
        if let Some(agent) = &mut self.agent {
            if let Some(tlp) = &sent {
                agent.sent(tlp);
            }
            agent.tick();
            if let Some((_, src, _)) = &mut self.rx {
                while let Some(tlp) = agent.transmit() {
                    if tlp.is_empty() {
                        continue;
                    }
                    tracing::debug!(target: "cosim", cycle, "rx TLP {} {} DWs (link agent)", tlp_kind(tlp[0]), tlp.len());
                    src.send(tlp);
                }
            }
        }
        self.cycle += 1;
        Ok(())
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
                    if let Some(agent) = &mut self.agent {
                        agent.receive(&dws);
                    }
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

/// Observe every interrupt bit that changed in `o`.
fn watch_irqs(irqs: &mut [Irq], o: &[u32], cycle: u64, observations: &mut Vec<Observation>) {
    for irq in irqs {
        let level = irq.pin.pin.get(o);
        let changed = level ^ irq.level;
        if changed == 0 {
            continue;
        }
        irq.level = level;
        for bit in (0..irq.pin.pin.width).filter(|b| changed >> b & 1 != 0) {
            let pin = if irq.pin.pin.width == 1 {
                irq.pin.name.to_string()
            } else {
                format!("{}[{bit}]", irq.pin.name)
            };
            let level = level >> bit & 1 != 0;
            tracing::debug!(target: "cosim", cycle, "{pin} -> {}", u8::from(level));
            observations.push(Observation::Irq { cycle, pin, level });
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

/// [`Mmio`] over one AXI4-Lite port of a [`Harness`]: every call runs the simulation until
/// the response. A hung bus, an access the port cannot carry or a design that stopped
/// panics with the reason (the `Mmio` trait has no errors; a simulation has nothing better to
/// do with them).
#[derive(Clone)]
pub struct HarnessMmio<'a> {
    h: &'a Harness,
    window: Window,
    bus_bytes: usize,
}

impl HarnessMmio<'_> {
    fn go(&self, write: Option<u64>, offset: usize, width: u8) -> u64 {
        match self.h.access_at(&self.window, write, offset as u64, width) {
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
        if self.bus_bytes == 8 {
            self.go(None, offset, 8)
        } else {
            u64::from(self.read32(offset)) | u64::from(self.read32(offset + 4)) << 32
        }
    }
    fn write64(&self, offset: usize, value: u64) {
        if self.bus_bytes == 8 {
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
        self.unmap_memory(addr.0, bytes as u64);
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
