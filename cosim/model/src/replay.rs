//! Replay files (`cosim_common::replay`, format in `cosim/README.md`) on the reference model,
//! without Verilator: the same stimulus lines the RTL harness runs, the same observation lines
//! out, as far as the model has the hardware a line talks to.
//!
//! A run is a fresh [`Model`] over a fresh [`HostMemory`] (nothing mapped). What the model does
//! and how it is observed:
//!
//! | stimulus | on the model | observations |
//! |---|---|---|
//! | `config` | nothing: the model has no bus models, no random choice and no top (`top` and `random_init` are the RTL's) | none |
//! | `reset` | [`Model::reset`] (registers, caches; memory is kept) | interrupt lines that drop |
//! | `mmio_write` / `mmio_read`, port `iommu` | one access of `width` bytes through the model's `Mmio` | `mmio_write` / `mmio_read`, `resp` 0 |
//! | `mmio_poll`, port `iommu` | reads, one per cycle, until `(read & mask) == value` or `timeout` reads (at least one): an operation in progress completes after `Config::busy_polls` reads | one `mmio_poll`: the last value, `timed_out`, stamped with the last read's cycle |
//! | `mem_map` / `mem_unmap` / `mem_write` | the host memory, zero time | none |
//! | `mem_read` | the host memory | `mem_read` with `data`, or with `len` and `error: unmapped` when a byte is not mapped |
//! | `wait` | [`Model::run_until_idle`]: every operation in progress completes, commands run | what that did to memory and the interrupt lines |
//!
//! Other ports (`rpcfg`, the root port) and the ops that need pins or a link (`tlp`, `poke`,
//! `force`, `release`, `peek`, `hw2reg`, `wait_for`) are errors that name the line.
//!
//! What the model does to memory is observed as the RTL harness reports its design: a write
//! of the IOMMU (fault record, IOFENCE.C data) is a `mem_write` of the bytes written; an
//! access that touches an unmapped byte is refused whole (`mem_refused`, nothing written) and
//! the model sees the refusal as the platform's access fault. Reads that succeed are not
//! observed. The wired interrupt lines ([`Model::interrupt_lines`], `fctl.WSI` = 1) are the
//! pins `iommu_irq_o[<vector>]` ([`irq_pin`]); each change is an `irq` observation.
//!
//! Time: the model has no clock. The runner keeps a cycle counter that starts at 0; every
//! observation of a step carries the cycle at which the step starts; a register access then
//! takes 1 cycle, a `wait` its `cycles` (after running the model until idle), a `reset` its
//! `cycles`; memory steps take none. A step's `cycle` field first runs the model until idle
//! and moves the counter to that cycle (a cycle already passed is an error). So cycle numbers differ from the RTL's, where an access takes a few
//! cycles of bus handshakes and a run starts after 5 cycles of reset.
//!
//! Within one step the observations come in this order: the register access, then the
//! memory accesses it caused, then interrupt changes.

use std::cell::RefCell;

use cosim_common::memory::HostMemory;
use cosim_common::replay::{Bytes, Hex, Observation, ReplayError, Stimulus};
use driver::dma::DmaError;
use driver::mmio::Mmio;
use driver::regs::iommu_regs::{REGBLOCK_BUS_BYTES, REGBLOCK_BYTES};

use crate::mem::{PhysMem, Refused};
use crate::model::{Config, Model};

/// Name of the pin of interrupt vector `vector` in `irq` observations: `iommu_irq_o[<v>]`.
pub fn irq_pin(vector: u32) -> String {
    format!("iommu_irq_o[{vector}]")
}

/// The one register port the model has: the IOMMU's registers.
pub const IOMMU_PORT: &str = "iommu";

/// Number of interrupt vectors (`icvec` fields are 4 bits wide: vectors 0 to 15).
const VECTORS: u32 = u16::BITS;

/// Why a replay step cannot run on the model.
#[derive(Debug, thiserror::Error)]
pub enum StepError {
    /// An op that needs the RTL's pins or link.
    #[error("`{op}` is not modelled: {why}; run this file on the RTL (`cargo run -p cosim -- replay FILE --backend rtl`)")]
    Unsupported {
        /// The op's name in the file.
        op: &'static str,
        /// What the model lacks.
        why: &'static str,
    },
    /// A register access to a block the model does not have.
    #[error("port `{0}` is not modelled: the reference model is the IOMMU's register block (port `{IOMMU_PORT}`) only")]
    PortNotModelled(String),
    /// A register access the bus cannot carry.
    #[error("iommu access of {width} bytes at {offset:#x}: widths 1, 2, 4, 8 aligned to themselves, inside the {block}-byte block")]
    BadAccess {
        /// Byte offset.
        offset: u64,
        /// Bytes.
        width: u8,
        /// Size of the register block.
        block: usize,
    },
    /// The host refused a memory step (`mem_map` of nothing, `mem_write`/`mem_read` of
    /// unmapped bytes).
    #[error("host memory: {0}")]
    Memory(DmaError),
    /// A step's `cycle` lies before the model's cycle counter.
    #[error("step at cycle {at} but the model is already at cycle {now}")]
    Past {
        /// The step's `cycle`.
        at: u64,
        /// The counter.
        now: u64,
    },
}

impl From<DmaError> for StepError {
    fn from(e: DmaError) -> Self {
        StepError::Memory(e)
    }
}

/// What the model did to memory during a step, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
enum MemEvent {
    Write { addr: u64, data: Vec<u8> },
    Refused { write: bool, addr: u64, len: usize },
}

/// Host memory with a log of the model's accesses: the [`PhysMem`] of a replay.
#[derive(Debug, Default)]
pub struct ReplayMemory {
    host: RefCell<HostMemory>,
    events: RefCell<Vec<MemEvent>>,
}

impl ReplayMemory {
    /// The host memory (what `mem_*` steps change).
    pub fn host(&self) -> &RefCell<HostMemory> {
        &self.host
    }

    fn log(&self, e: MemEvent) {
        self.events.borrow_mut().push(e);
    }
}

impl PhysMem for ReplayMemory {
    fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), Refused> {
        PhysMem::read(&self.host, addr, buf)
            .inspect_err(|_| self.log(MemEvent::Refused { write: false, addr, len: buf.len() }))
    }

    fn write(&self, addr: u64, data: &[u8]) -> Result<(), Refused> {
        match PhysMem::write(&self.host, addr, data) {
            Ok(()) => {
                self.log(MemEvent::Write { addr, data: data.to_vec() });
                Ok(())
            }
            Err(e) => {
                self.log(MemEvent::Refused { write: true, addr, len: data.len() });
                Err(e)
            }
        }
    }
}

/// A replay in progress on a fresh model (see the module documentation).
pub struct ModelReplay {
    model: Model<ReplayMemory>,
    cycle: u64,
    lines: u16,
    observations: Vec<Observation>,
}

impl ModelReplay {
    /// A fresh model with `config` over empty host memory, at cycle 0.
    pub fn new(config: Config) -> Self {
        let model = Model::new(ReplayMemory::default(), config);
        let lines = model.interrupt_lines();
        ModelReplay { model, cycle: 0, lines, observations: Vec::new() }
    }

    /// The runner's cycle counter.
    pub fn cycle(&self) -> u64 {
        self.cycle
    }

    /// The model (for checks after a run).
    pub fn model(&self) -> &Model<ReplayMemory> {
        &self.model
    }

    /// Everything observed since the last call.
    pub fn take_observations(&mut self) -> Vec<Observation> {
        std::mem::take(&mut self.observations)
    }

    /// Run one step.
    pub fn apply(&mut self, step: &Stimulus) -> Result<(), StepError> {
        if let Some(at) = step.cycle() {
            if at < self.cycle {
                return Err(StepError::Past { at, now: self.cycle });
            }
            if at > self.cycle {
                self.model.run_until_idle();
                self.settle();
                self.cycle = at;
            }
        }
        let host = self.model.memory().host();
        match step {
            Stimulus::Config(_) => {}
            Stimulus::Reset { cycles, .. } => {
                self.model.reset();
                self.settle();
                self.cycle += cycles;
            }
            Stimulus::MmioWrite { port, offset, width, value, .. } => {
                let offset = self.check_access(port, offset.0, *width)?;
                let value = value.0 & width_mask(*width);
                match width {
                    1 => self.model.write8(offset, value as u8),
                    2 => self.model.write16(offset, value as u16),
                    4 => self.model.write32(offset, value as u32),
                    _ => self.model.write64(offset, value),
                }
                self.observations.push(Observation::MmioWrite {
                    cycle: self.cycle,
                    port: port.clone(),
                    offset: Hex(offset as u64),
                    width: *width,
                    value: Hex(value),
                    resp: 0,
                });
                self.settle();
                self.cycle += 1;
            }
            Stimulus::MmioRead { port, offset, width, .. } => {
                let offset = self.check_access(port, offset.0, *width)?;
                let value = self.read(offset, *width);
                self.observations.push(Observation::MmioRead {
                    cycle: self.cycle,
                    port: port.clone(),
                    offset: Hex(offset as u64),
                    width: *width,
                    value: Hex(value),
                    resp: 0,
                });
                self.settle();
                self.cycle += 1;
            }
            Stimulus::MmioPoll { port, offset, width, mask, value, timeout, .. } => {
                let offset = self.check_access(port, offset.0, *width)?;
                // One read per cycle; `timeout` counts reads (at least one), which is how
                // operations in progress advance on the model (`Config::busy_polls`).
                let mut reads = 0;
                let (last, timed_out) = loop {
                    let got = self.read(offset, *width);
                    reads += 1;
                    let hit = got & mask.0 == value.0;
                    if hit || reads >= (*timeout).max(1) {
                        break (got, !hit);
                    }
                    self.settle();
                    self.cycle += 1;
                };
                self.observations.push(Observation::MmioPoll {
                    cycle: self.cycle,
                    port: port.clone(),
                    offset: Hex(offset as u64),
                    width: *width,
                    value: Hex(last),
                    timed_out,
                });
                self.settle();
                self.cycle += 1;
            }
            Stimulus::MemMap { addr, len, .. } => host.borrow_mut().map(addr.0, len.0)?,
            Stimulus::MemUnmap { addr, len, .. } => host.borrow_mut().unmap(addr.0, len.0),
            Stimulus::MemWrite { addr, data, .. } => host.borrow_mut().write(addr.0, &data.0)?,
            Stimulus::MemRead { addr, len, .. } => {
                let host = host.borrow();
                // Checked before the buffer is made: a huge `len` is unmapped, not allocated.
                let data = match usize::try_from(*len) {
                    Ok(n) if host.is_mapped(addr.0, *len) => {
                        let mut buf = vec![0; n];
                        host.read(addr.0, &mut buf)?;
                        Some(buf)
                    }
                    _ => None,
                };
                self.observations.push(Observation::mem_read(self.cycle, addr.0, *len, data));
            }
            Stimulus::Wait { cycles, .. } => {
                self.model.run_until_idle();
                self.settle();
                self.cycle += cycles;
            }
            Stimulus::Tlp { .. } => {
                return Err(StepError::Unsupported {
                    op: "tlp",
                    why: "the reference model has no PCIe link (it is the IOMMU alone)",
                })
            }
            Stimulus::Poke { .. } => {
                return Err(StepError::Unsupported { op: "poke", why: "the model has no pins" })
            }
            Stimulus::Peek { .. } => {
                return Err(StepError::Unsupported { op: "peek", why: "the model has no pins" })
            }
            Stimulus::Force { .. } => {
                return Err(StepError::Unsupported { op: "force", why: "the model has no pins" })
            }
            Stimulus::Release { .. } => {
                return Err(StepError::Unsupported { op: "release", why: "the model has no pins" })
            }
            Stimulus::Hw2reg { .. } => {
                return Err(StepError::Unsupported {
                    op: "hw2reg",
                    why: "the model is the core behind its registers (no hw2reg to drive)",
                })
            }
            Stimulus::WaitFor { .. } => {
                return Err(StepError::Unsupported {
                    op: "wait_for",
                    why: "the model has no pins to wait on (`wait` runs it until idle)",
                })
            }
            Stimulus::Endpoint { .. } | Stimulus::EndpointWait { .. } => {
                return Err(StepError::Unsupported {
                    op: "endpoint",
                    why: "the reference model has no PCIe link (it is the IOMMU alone)",
                })
            }
        }
        Ok(())
    }

    /// One register read of `width` bytes (a checked access).
    fn read(&self, offset: usize, width: u8) -> u64 {
        match width {
            1 => u64::from(self.model.read8(offset)),
            2 => u64::from(self.model.read16(offset)),
            4 => u64::from(self.model.read32(offset)),
            _ => self.model.read64(offset),
        }
    }

    /// The offset of a valid access on the IOMMU port.
    fn check_access(&self, port: &str, offset: u64, width: u8) -> Result<usize, StepError> {
        if port != IOMMU_PORT {
            return Err(StepError::PortNotModelled(port.to_string()));
        }
        let w = u64::from(width);
        let bad = StepError::BadAccess { offset, width, block: REGBLOCK_BYTES };
        if !matches!(width, 1 | 2 | 4 | 8) || w > REGBLOCK_BUS_BYTES as u64 || offset % w != 0 {
            return Err(bad);
        }
        match offset.checked_add(w) {
            Some(end) if end <= REGBLOCK_BYTES as u64 => Ok(offset as usize),
            _ => Err(bad),
        }
    }

    /// Observe the memory accesses of the step so far and the interrupt lines that changed.
    fn settle(&mut self) {
        let cycle = self.cycle;
        for e in self.model.memory().events.borrow_mut().drain(..) {
            self.observations.push(match e {
                MemEvent::Write { addr, data } => {
                    Observation::MemWrite { cycle, addr: Hex(addr), data: Bytes(data) }
                }
                MemEvent::Refused { write, addr, len } => {
                    Observation::MemRefused { cycle, write, addr: Hex(addr), len: Hex(len as u64) }
                }
            });
        }
        let lines = self.model.interrupt_lines();
        let changed = lines ^ self.lines;
        for v in (0..VECTORS).filter(|v| changed >> v & 1 != 0) {
            self.observations.push(Observation::Irq {
                cycle,
                pin: irq_pin(v),
                level: lines >> v & 1 != 0,
            });
        }
        self.lines = lines;
    }
}

fn width_mask(width: u8) -> u64 {
    if width >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * u32::from(width))) - 1
    }
}

/// Run parsed stimulus on a fresh model with the default [`Config`] (the one the command
/// lines use); returns the observations.
pub fn run(
    source_name: &str,
    steps: &[(usize, Stimulus)],
) -> Result<Vec<Observation>, ReplayError> {
    run_with(Config::default(), source_name, steps)
}

/// [`run`] with a model configuration (e.g. slow `busy` bits: `Config::busy_polls`).
pub fn run_with(
    config: Config,
    source_name: &str,
    steps: &[(usize, Stimulus)],
) -> Result<Vec<Observation>, ReplayError> {
    let mut replay = ModelReplay::new(config);
    for (line, step) in steps {
        replay.apply(step).map_err(|e| ReplayError {
            source_name: source_name.to_string(),
            line: *line,
            message: e.to_string(),
        })?;
    }
    Ok(replay.take_observations())
}

/// Parse a stimulus file's text and [`run`] it (what both command lines do for the model).
pub fn parse_and_run(source_name: &str, text: &str) -> Result<Vec<Observation>, ReplayError> {
    run(source_name, &cosim_common::replay::parse(source_name, text)?)
}
