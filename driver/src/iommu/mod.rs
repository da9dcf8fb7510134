//! The IOMMU layer: bring-up, device and process contexts, the command queue and
//! invalidations, fault and page-request queues, the debug translation interface.
//!
//! Everything follows the RISC-V IOMMU specification's software guidelines
//! (`iommu_sw_guidelines.adoc`) and its register and queue chapters. The driver touches the
//! IOMMU only through [`Mmio`] (registers, via the generated [`IommuRegs`]) and
//! [`DmaMemory`] (tables, queues); every wait is a bounded poll that spends at most
//! [`Config::poll_budget`] register reads and fails with [`Error::Timeout`].
//!
//! ```text
//! Iommu::init(mmio, dma, Config)         probe, quiesce, fctl, icvec, CQ, invalidate all,
//!                                        FQ, PQ, ddtp last
//!   attach / detach (device_id)          device contexts in the DDT (ddt.rs)
//!   set_process / remove_process         process contexts in a device's PDT (pdt.rs)
//!   invalidate_* / execute / sync        commands + IOFENCE.C (invalidate.rs, command_queue.rs)
//!   drain_faults / drain_page_requests   the queues the IOMMU writes (fault_queue.rs, ...)
//!   translate                            the debug interface (debug.rs)
//! ```
//!
//! A typical session (`mmio` is any [`Mmio`]: the reference model, the co-simulation or a
//! real mapping; the DMA memory must be the one the IOMMU sees):
//!
//! ```no_run
//! use driver::dma::PhysAddr;
//! use driver::fake::FakeDma;
//! use driver::iommu::{Config, DeviceConfig, Iommu, PagingMode, ProcessConfig};
//! # fn run<M: driver::mmio::Mmio>(mmio: M) -> Result<(), driver::iommu::Error> {
//! let dma = FakeDma::new(PhysAddr(0x8000_0000), 16 << 20);
//! let mut iommu = Iommu::init(mmio, &dma, Config::default())?;
//! iommu.attach(0x0100, DeviceConfig::process_directory(8))?;
//! let space = ProcessConfig::user(PagingMode::Sv39, PhysAddr(0x8100_0000), 7);
//! iommu.set_process(0x0100, 1, space)?;
//! // ... change the page table of PSCID 7, then:
//! iommu.invalidate_range(7, 0x4000_0000, 0x2000)?;
//! for fault in iommu.drain_faults()?.reports {
//!     let _ = (fault.cause, fault.device_id, fault.pasid, fault.iotval);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The driver keeps its own record of every context it wrote, so the invalidations a change
//! needs are computed from the old values without reading memory the IOMMU could have
//! changed. An invalidation that fails after an entry was made invalid is owed: it runs
//! before any device or process context becomes valid again (or at [`Iommu::sync`]). Pages
//! it frees: a device's process directory, once the device context pointing to it was
//! invalidated and the invalidation fenced (detach, or re-attach with another first stage). Pages it keeps for the life of the [`Iommu`]: DDT pages, and PDT pages that
//! become empty when process contexts are removed (they are reused by later contexts).
//! Dropping an [`Iommu`] does not touch the hardware.

/// Borrow the hardware of an [`Iommu`] field by field, so that other fields stay mutable.
macro_rules! hw {
    ($s:ident) => {
        Hw { regs: &$s.regs, dma: &$s.dma, budget: $s.config.poll_budget, pas: $s.caps.pas() }
    };
}
mod command;
mod command_queue;
mod config;
mod ddt;
mod debug;
mod error;
mod event_queue;
mod fault_queue;
mod hw;
mod interrupt;
mod invalidate;
mod page_request_queue;
mod pdt;
mod probe;
mod queue;
mod radix;
mod ring;

#[cfg(test)]
mod fake_iommu;
#[cfg(test)]
mod tests;

use alloc::vec::Vec;

pub use command::{ats_inval_all, ats_inval_payload, AtsTarget, Command, FenceWrite};
pub use config::{
    AddressSpace, Config, DdtLevels, DeviceConfig, FirstStage, InterruptSource, PagingMode,
    PdtLevels, ProcessConfig, Requirements, Vectors,
};
pub use ddt::device_context_invalidations;
pub use debug::{decode_response, DebugAccess, TranslationRequest, TranslationResult};
pub use error::{ConfigError, DeviceConfigError, Error, Field, ProbeError, QueueKind, Wait};
pub use fault_queue::{FaultDrain, FaultReport};
pub use interrupt::InterruptSources;
pub use invalidate::{bring_up_invalidations, range_invalidations};
pub use page_request_queue::PageRequestDrain;
pub use pdt::process_context_invalidations;
pub use probe::{probe, SUPPORTED_MAJOR_VERSION};

use command_queue::CommandQueue;
use ddt::{DeviceDirectory, DeviceRecord};
use event_queue::EventKind;
use fault_queue::FaultQueue;
use hw::{Hw, PAGE_BYTES};
use page_request_queue::PageRequestQueue;
use pdt::ProcessDirectory;
use ring::Ring;

use crate::dma::{DmaMemory, PhysAddr};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{Cmd, DeviceContext, ProcessContext};
use crate::regs::iommu_regs::{Capabilities, Ddtp, Fctl, Icvec, IommuMode, IommuRegs};

/// A running IOMMU: its registers, the DMA memory its tables and queues live in, and the
/// driver's record of what it programmed.
pub struct Iommu<M: Mmio, D: DmaMemory> {
    regs: IommuRegs<M>,
    dma: D,
    caps: Capabilities,
    config: Config,
    cq: CommandQueue,
    fq: FaultQueue,
    pq: Option<PageRequestQueue>,
    ddt: DeviceDirectory,
    debts: Debts,
}

/// The rings of the three queues, after checking the configuration.
struct Rings {
    command: Ring,
    fault: Ring,
    page_request: Ring,
}

fn check_config(config: &Config) -> Result<Rings, ConfigError> {
    if config.poll_budget == 0 {
        return Err(ConfigError::ZeroPollBudget);
    }
    let ring =
        |queue, entries| Ring::new(entries).ok_or(ConfigError::QueueEntries { queue, entries });
    let rings = Rings {
        command: ring(QueueKind::Command, config.command_queue_entries)?,
        fault: ring(QueueKind::Fault, config.fault_queue_entries)?,
        page_request: ring(QueueKind::PageRequest, config.page_request_queue_entries)?,
    };
    let bits = config.device_id_bits;
    let fits = match config.ddt_levels {
        Some(levels) => bits <= levels.device_id_bits(),
        None => DdtLevels::for_device_id_bits(bits).is_some(),
    };
    if !fits {
        return Err(ConfigError::DeviceIdBits { device_id_bits: bits });
    }
    Ok(rings)
}

/// Fail unless `root` is a page the IOMMU can address.
pub(crate) fn check_root(root: PhysAddr, pas: u8) -> Result<(), Error> {
    hw::check_phys(root, PAGE_BYTES as u64, PAGE_BYTES as u64, pas)
}

/// Fail unless `pscid` fits the PSCID fields.
pub(crate) fn check_pscid(pscid: u32) -> Result<(), Error> {
    if pscid > command::PSCID_MAX {
        let (value, max) = (pscid.into(), command::PSCID_MAX.into());
        return Err(Error::ValueOutOfRange { field: Field::Pscid, value, max });
    }
    Ok(())
}

/// Write `ddtp`, waiting for `busy` = 0 before and after; returns the value read after.
fn write_ddtp<M: Mmio, D: DmaMemory>(hw: &Hw<'_, M, D>, value: Ddtp) -> Result<Ddtp, Error> {
    let read = || hw.regs.ddtp().read();
    hw.poll(error::Wait::DdtpIdle, read, |d| !d.busy())?;
    hw.regs.ddtp().write(value);
    hw.poll(error::Wait::DdtpIdle, read, |d| !d.busy())
}

/// Leave a DDT mode (or an unknown one) for Off, keeping the PPN as the spec requires.
/// With `also_bare`, leave Bare too (feature control may only change while Off).
fn ddtp_off<M: Mmio, D: DmaMemory>(hw: &Hw<'_, M, D>, also_bare: bool) -> Result<(), Error> {
    let read = || hw.regs.ddtp().read();
    let now = hw.poll(error::Wait::DdtpIdle, read, |d| !d.busy())?;
    let mode = now.iommu_mode();
    if mode == IommuMode::OFF || (mode == IommuMode::BARE && !also_bare) {
        return Ok(());
    }
    let after = write_ddtp(hw, now.with_busy(false).with_iommu_mode(IommuMode::OFF))?;
    if after.iommu_mode() != IommuMode::OFF {
        return Err(Error::HardwareInconsistent { register: "ddtp", value: after.to_bits() });
    }
    Ok(())
}

/// Little-endian structures, wire-signaled interrupts, GXL = 0 (the driver's device
/// contexts have SXL = 0). `fctl` may only change while the IOMMU is Off and its queues
/// are off; the register handle is read-only because this project's IOMMU hard-wires it,
/// so the write goes to the generated offset directly.
fn program_fctl<M: Mmio, D: DmaMemory>(hw: &Hw<'_, M, D>, caps: Capabilities) -> Result<(), Error> {
    let now = hw.regs.fctl().read();
    if now.be() && !caps.endian() {
        return Err(ProbeError::BigEndianOnly.into());
    }
    let want = now.with_be(false).with_wsi(true).with_gxl(false);
    if want == now {
        return Ok(());
    }
    ddtp_off(hw, true)?;
    hw.regs.mmio().write32(Fctl::OFFSET, want.to_bits());
    let got = hw.regs.fctl().read();
    for (field, wanted, is) in
        [("be", false, got.be()), ("wsi", true, got.wsi()), ("gxl", false, got.gxl())]
    {
        if is != wanted {
            return Err(Error::FeatureControl { field, wanted });
        }
    }
    Ok(())
}

/// Program `icvec`: find each field's writable bits by writing all ones and reading back
/// (N writable bits give 2^N vectors), refuse vectors that do not fit, write, verify.
/// The performance-monitor vector is used only with `capabilities.HPM`, the page-request
/// vector only with `capabilities.ATS`; otherwise their fields are written 0.
fn program_vectors<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    caps: Capabilities,
    v: &Vectors,
) -> Result<(), Error> {
    let ones = Icvec(u64::MAX);
    let all = Icvec::default()
        .with_civ(ones.civ())
        .with_fiv(ones.fiv())
        .with_pmiv(ones.pmiv())
        .with_piv(ones.piv());
    hw.regs.icvec().write(all);
    let writable = hw.regs.icvec().read();
    let field = |icvec: Icvec, s| match s {
        InterruptSource::CommandQueue => icvec.civ(),
        InterruptSource::FaultQueue => icvec.fiv(),
        InterruptSource::PerformanceMonitor => icvec.pmiv(),
        InterruptSource::PageRequestQueue => icvec.piv(),
    };
    let used = [
        (InterruptSource::CommandQueue, true),
        (InterruptSource::FaultQueue, true),
        (InterruptSource::PerformanceMonitor, caps.hpm()),
        (InterruptSource::PageRequestQueue, caps.ats()),
    ];
    let mut want = Icvec::default();
    for (s, in_use) in used {
        let vector = if in_use { v.of(s) } else { 0 };
        let supported = 1u32 << field(writable, s).count_ones();
        if u32::from(vector) >= supported {
            return Err(Error::VectorNotSupported { interrupt: s, vector, supported });
        }
        match s {
            InterruptSource::CommandQueue => want.set_civ(vector),
            InterruptSource::FaultQueue => want.set_fiv(vector),
            InterruptSource::PerformanceMonitor => want.set_pmiv(vector),
            InterruptSource::PageRequestQueue => want.set_piv(vector),
        }
    }
    hw.regs.icvec().write(want);
    let got = hw.regs.icvec().read();
    for (s, _) in used {
        if field(got, s) != field(want, s) {
            let supported = 1u32 << field(writable, s).count_ones();
            return Err(Error::VectorNotSupported {
                interrupt: s,
                vector: field(want, s),
                supported,
            });
        }
    }
    Ok(())
}

/// Allocate the DDT root and write `ddtp` (last step of the bring-up). Without a forced
/// depth, the shallowest depth indexing the device IDs is tried first, then deeper ones
/// if the IOMMU does not retain the mode (`iommu_mode` is WARL). A retained mode with a
/// `PPN` read back other than the root's (also WARL) fails with [`Error::NotRetained`].
fn program_ddt<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    config: &Config,
) -> Result<DeviceDirectory, Error> {
    let bits = config.device_id_bits;
    let (first, fallback) = match config.ddt_levels {
        Some(levels) => (levels, false),
        None => match DdtLevels::for_device_id_bits(bits) {
            Some(levels) => (levels, true),
            None => return Err(ConfigError::DeviceIdBits { device_id_bits: bits }.into()),
        },
    };
    let root = hw.alloc_table_page()?;
    let candidates: Vec<DdtLevels> =
        if fallback { first.and_deeper().collect() } else { alloc::vec![first] };
    for levels in candidates {
        let ddtp = Ddtp::default().with_iommu_mode(levels.iommu_mode()).with_ppn(root.ppn());
        let got = write_ddtp(hw, ddtp)?;
        if got.iommu_mode() == levels.iommu_mode() {
            // PPN is WARL too: a root the IOMMU cannot hold is refused, the IOMMU left Off.
            if got.ppn() != ddtp.ppn() {
                ddtp_off(hw, false)?;
                let (written, read) = (ddtp.to_bits(), got.to_bits());
                return Err(Error::NotRetained { register: "ddtp", written, read });
            }
            return Ok(DeviceDirectory::with_root(levels, root));
        }
        // Not retained: return to Off (or Bare) before trying another depth.
        ddtp_off(hw, false)?;
    }
    hw.dma.free(root, PAGE_BYTES);
    Err(Error::DdtModeUnsupported { device_id_bits: bits })
}

/// Invalidations the driver owes: an entry was made invalid but the invalidation that had
/// to follow failed (a command-queue error or time-out), so the IOMMU may still cache the
/// old entry, or translations of its address space. Process directories that were only
/// waiting for those invalidations are kept until they ran.
#[derive(Default)]
struct Debts {
    commands: Vec<Cmd>,
    directories: Vec<ProcessDirectory>,
}

impl Debts {
    fn owe(&mut self, commands: Vec<Cmd>, directory: Option<ProcessDirectory>) {
        self.commands.extend(commands);
        self.directories.extend(directory);
    }

    /// Run everything owed (fenced), then free the directories that waited for it. All of
    /// it, not only one entry's: address spaces (PSCIDs) are shared, so any new valid entry
    /// could meet a stale translation. On failure everything stays owed.
    fn settle<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        cq: &mut CommandQueue,
    ) -> Result<(), Error> {
        if self.commands.is_empty() {
            return Ok(());
        }
        cq.execute(hw, &self.commands)?;
        self.commands.clear();
        for pdt in self.directories.drain(..) {
            pdt.free(hw.dma);
        }
        Ok(())
    }
}

impl<M: Mmio, D: DmaMemory> Iommu<M, D> {
    /// Bring the IOMMU up (software guidelines, "Guidelines for initialization"):
    ///
    /// 1. read `capabilities` and [`probe`] it against [`Config::requirements`];
    /// 2. leave a DDT mode for Off (same PPN), and turn off queues left enabled;
    /// 3. `fctl`: little-endian, wire-signaled interrupts, GXL = 0 (only written if needed);
    /// 4. clear stale `ipsr` bits, program `icvec` from [`Config::vectors`];
    /// 5. command queue (`cqb`, `cqt` = 0, `cqen` + `cie`, poll `cqon`), then every cached
    ///    directory entry and translation invalidated ([`bring_up_invalidations`], fenced:
    ///    an IOMMU restarted without a reset may still cache an earlier driver's tables),
    ///    fault queue (`fqb`, `fqh` = 0, `fqen` + `fie`, poll `fqon`), page-request queue
    ///    likewise when `capabilities.ATS` is 1;
    /// 6. a zeroed DDT root page, then `ddtp` last (polling `busy` before and after).
    ///
    /// On failure, memory the IOMMU was not yet given (a queue not enabled, the fence word
    /// of a command queue that failed to set up) is freed; memory already handed to the
    /// IOMMU is not.
    pub fn init(mmio: M, dma: D, config: Config) -> Result<Self, Error> {
        let regs = IommuRegs::new(mmio);
        let caps = regs.capabilities().read();
        probe(caps, &config.requirements)?;
        let rings = check_config(&config)?;
        let hw = Hw { regs: &regs, dma: &dma, budget: config.poll_budget, pas: caps.pas() };

        ddtp_off(&hw, false)?;
        queue::quiesce(&hw, QueueKind::Command)?;
        queue::quiesce(&hw, QueueKind::Fault)?;
        if caps.ats() {
            queue::quiesce(&hw, QueueKind::PageRequest)?;
        }
        program_fctl(&hw, caps)?;
        regs.ipsr().write(InterruptSources::ALL.to_ipsr());
        program_vectors(&hw, caps, &config.vectors)?;

        // A queue's memory is freed on failure only until the queue is enabled.
        let mut cq = CommandQueue::allocate(&hw, rings.command)?;
        if let Err(e) = cq.program(&hw) {
            cq.free(hw.dma);
            return Err(e);
        }
        cq.enable(&hw)?;
        // Nothing cached from an earlier driver's tables may outlive this bring-up.
        cq.execute(&hw, &encode(&bring_up_invalidations(caps))?)?;
        let mut fq = FaultQueue::allocate(&hw, EventKind::Fault, rings.fault)?;
        if let Err(e) = fq.program(&hw) {
            fq.free(hw.dma);
            return Err(e);
        }
        fq.enable(&hw)?;
        let pq = if caps.ats() {
            let mut pq =
                PageRequestQueue::allocate(&hw, EventKind::PageRequest, rings.page_request)?;
            if let Err(e) = pq.program(&hw) {
                pq.free(hw.dma);
                return Err(e);
            }
            pq.enable(&hw)?;
            Some(pq)
        } else {
            None
        };
        let ddt = program_ddt(&hw, &config)?;
        Ok(Iommu { regs, dma, caps, config, cq, fq, pq, ddt, debts: Debts::default() })
    }

    /// The `capabilities` register as read at bring-up.
    pub fn capabilities(&self) -> Capabilities {
        self.caps
    }

    /// The configuration the IOMMU was brought up with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The register block.
    pub fn regs(&self) -> &IommuRegs<M> {
        &self.regs
    }

    /// The DMA memory.
    pub fn dma(&self) -> &D {
        &self.dma
    }

    /// Depth of the device directory (`ddtp.iommu_mode`).
    pub fn ddt_levels(&self) -> DdtLevels {
        self.ddt.levels()
    }

    /// Root of the device directory (`ddtp.PPN`).
    pub fn ddt_root(&self) -> PhysAddr {
        self.ddt.root()
    }

    /// Every page of the device directory, root first.
    pub fn ddt_pages(&self) -> Vec<PhysAddr> {
        self.ddt.pages()
    }

    /// Base of the command queue (`cqb`) and its number of entries.
    pub fn command_queue(&self) -> (PhysAddr, u32) {
        (self.cq.base(), self.cq.entries())
    }

    /// The DMA word IOFENCE.C commands write their sequence numbers to.
    pub fn fence_word(&self) -> PhysAddr {
        self.cq.fence_word()
    }

    /// Base of the fault queue (`fqb`) and its number of entries.
    pub fn fault_queue(&self) -> (PhysAddr, u32) {
        (self.fq.base(), self.fq.entries())
    }

    /// Base of the page-request queue (`pqb`) and its number of entries, when
    /// `capabilities.ATS` is 1.
    pub fn page_request_queue(&self) -> Option<(PhysAddr, u32)> {
        self.pq.as_ref().map(|pq| (pq.base(), pq.entries()))
    }

    /// Devices with a valid device context, ascending.
    pub fn attached_devices(&self) -> impl Iterator<Item = u32> + '_ {
        self.ddt.devices.keys().copied()
    }

    /// The device context the driver wrote for `device_id` (valid), if attached.
    pub fn device_context(&self, device_id: u32) -> Option<DeviceContext> {
        self.ddt.devices.get(&device_id).map(|d| d.dc)
    }

    /// Physical address of `device_id`'s device context, if attached.
    pub fn device_context_addr(&self, device_id: u32) -> Option<PhysAddr> {
        self.ddt.devices.get(&device_id).map(|d| d.slot)
    }

    /// Depth of `device_id`'s process directory, if it has one.
    pub fn process_directory(&self, device_id: u32) -> Option<PdtLevels> {
        self.ddt.devices.get(&device_id)?.pdt.as_ref().map(ProcessDirectory::levels)
    }

    /// Every page of `device_id`'s process directory, root first (empty without one).
    pub fn process_directory_pages(&self, device_id: u32) -> Vec<PhysAddr> {
        let pdt = self.ddt.devices.get(&device_id).and_then(|d| d.pdt.as_ref());
        pdt.map(ProcessDirectory::pages).unwrap_or_default()
    }

    /// The process context the driver wrote for (`device_id`, `pasid`) (valid), if any.
    pub fn process_context(&self, device_id: u32, pasid: u32) -> Option<ProcessContext> {
        self.ddt.devices.get(&device_id)?.pdt.as_ref()?.process(pasid)
    }

    /// PASIDs of `device_id` with a valid process context, ascending.
    pub fn processes(&self, device_id: u32) -> Vec<u32> {
        let pdt = self.ddt.devices.get(&device_id).and_then(|d| d.pdt.as_ref());
        pdt.map(|p| p.pasids().collect()).unwrap_or_default()
    }

    /// Attach a device: write its device context (allocating missing DDT pages, and a
    /// process directory when asked for). An attached device is changed as DC_CHANGE
    /// requires: its context is made invalid, the invalidations computed from the old
    /// context run (and are fenced), then the new context is written. A device re-attached
    /// with a process directory of the same depth keeps it and its process contexts;
    /// otherwise the old directory is freed after the invalidation. If that invalidation
    /// fails, the device is left detached and the invalidation is owed: it runs (and the old
    /// directory is freed) before any context becomes valid again (see [`Iommu::sync`]).
    pub fn attach(&mut self, device_id: u32, config: DeviceConfig) -> Result<(), Error> {
        self.ddt.check_device_id(device_id)?;
        let plan = ddt::plan(device_id, &config, self.caps, self.caps.pas())?;
        let hw = hw!(self);
        self.debts.settle(&hw, &mut self.cq)?;
        let old_levels =
            self.ddt.devices.get(&device_id).and_then(|d| d.pdt.as_ref()).map(|p| p.levels());
        let keep_pdt = plan.pdt.is_some() && plan.pdt == old_levels;
        // Everything that can fail without touching memory comes before the allocation, so
        // that each later failure frees the new directory.
        let old_cmds = match self.ddt.devices.get(&device_id) {
            Some(old) => encode(&device_context_invalidations(device_id, &old.dc))?,
            None => Vec::new(),
        };
        let mut pdt = match plan.pdt {
            Some(levels) if !keep_pdt => Some(ProcessDirectory::new(&hw, levels)?),
            _ => None,
        };
        let free_new = |pdt: Option<ProcessDirectory>| pdt.map(|p| p.free(hw.dma));
        let slot = match self.ddt.leaf_slot(&hw, device_id) {
            Ok(slot) => slot,
            Err(e) => {
                free_new(pdt);
                return Err(e);
            }
        };
        if let Some(old) = self.ddt.devices.remove(&device_id) {
            if let Err(e) = ddt::write_invalid(&hw, old.slot, &old.dc) {
                self.ddt.devices.insert(device_id, old);
                free_new(pdt);
                return Err(e);
            }
            if let Err(e) = self.cq.execute(&hw, &old_cmds) {
                self.debts.owe(old_cmds, old.pdt);
                free_new(pdt);
                return Err(e);
            }
            match old.pdt {
                Some(old_pdt) if keep_pdt => pdt = Some(old_pdt),
                Some(old_pdt) => old_pdt.free(hw.dma),
                None => {}
            }
        }
        let dc = match &pdt {
            Some(p) => plan.with_pdt_root(p.root()),
            None => plan.dc,
        };
        if let Err(e) = ddt::write_valid(&hw, slot, &dc) {
            free_new(pdt);
            return Err(e);
        }
        self.ddt.devices.insert(device_id, DeviceRecord { slot, dc, pdt });
        if self.config.invalidate_on_valid {
            self.cq.execute(&hw, &encode(&device_context_invalidations(device_id, &dc))?)?;
        }
        Ok(())
    }

    /// Detach a device: clear `V` of its device context, run the DC_CHANGE invalidations
    /// (fenced), then free its process directory. If the invalidation fails it is owed (as
    /// for [`Iommu::attach`]) and the directory is freed only once it has run.
    pub fn detach(&mut self, device_id: u32) -> Result<(), Error> {
        let hw = hw!(self);
        let old =
            self.ddt.devices.remove(&device_id).ok_or(Error::DeviceNotAttached { device_id })?;
        let cmds = match encode(&device_context_invalidations(device_id, &old.dc)) {
            Ok(cmds) => cmds,
            Err(e) => {
                self.ddt.devices.insert(device_id, old);
                return Err(e);
            }
        };
        if let Err(e) = ddt::write_invalid(&hw, old.slot, &old.dc) {
            self.ddt.devices.insert(device_id, old);
            return Err(e);
        }
        if let Err(e) = self.cq.execute(&hw, &cmds) {
            self.debts.owe(cmds, old.pdt);
            return Err(e);
        }
        if let Some(pdt) = old.pdt {
            pdt.free(hw.dma);
        }
        Ok(())
    }

    /// Give PASID `pasid` of a device attached with a process directory an address space:
    /// allocate missing PDT pages, write `fsc`, then `ta` with `V` = 1. A valid process
    /// context is first made invalid and the PC_CHANGE invalidations (from the old
    /// context) run and are fenced; if they fail, the PASID is left without a context and
    /// the invalidations are owed (run before any context becomes valid again).
    pub fn set_process(
        &mut self,
        device_id: u32,
        pasid: u32,
        config: ProcessConfig,
    ) -> Result<(), Error> {
        if !config.mode.supported_by(self.caps) {
            return Err(Error::PagingModeUnsupported(config.mode));
        }
        check_root(config.root, self.caps.pas())?;
        check_pscid(config.pscid)?;
        let hw = hw!(self);
        let dev =
            self.ddt.devices.get_mut(&device_id).ok_or(Error::DeviceNotAttached { device_id })?;
        let pdt = dev.pdt.as_mut().ok_or(Error::NoProcessDirectory { device_id })?;
        if !pdt.contains(pasid) {
            return Err(Error::PasidOutOfRange {
                device_id,
                pasid,
                bits: pdt.levels().process_id_bits(),
            });
        }
        self.debts.settle(&hw, &mut self.cq)?;
        if let Some(old) = pdt.invalidate_entry(&hw, pasid)? {
            let cmds = encode(&process_context_invalidations(device_id, pasid, &dev.dc, &old))?;
            if let Err(e) = self.cq.execute(&hw, &cmds) {
                self.debts.owe(cmds, None);
                return Err(e);
            }
        }
        let pc = pdt::process_context(&config);
        pdt.write_entry(&hw, pasid, pc)?;
        if self.config.invalidate_on_valid {
            let cmds = encode(&process_context_invalidations(device_id, pasid, &dev.dc, &pc))?;
            self.cq.execute(&hw, &cmds)?;
        }
        Ok(())
    }

    /// Remove PASID `pasid`'s process context: clear `V`, then run the PC_CHANGE
    /// invalidations (fenced; owed if they fail, as for [`Iommu::set_process`]). The PDT
    /// pages stay allocated for later contexts.
    pub fn remove_process(&mut self, device_id: u32, pasid: u32) -> Result<(), Error> {
        let hw = hw!(self);
        let dev =
            self.ddt.devices.get_mut(&device_id).ok_or(Error::DeviceNotAttached { device_id })?;
        let pdt = dev.pdt.as_mut().ok_or(Error::NoProcessDirectory { device_id })?;
        let old =
            pdt.invalidate_entry(&hw, pasid)?.ok_or(Error::ProcessNotSet { device_id, pasid })?;
        let cmds = encode(&process_context_invalidations(device_id, pasid, &dev.dc, &old))?;
        if let Err(e) = self.cq.execute(&hw, &cmds) {
            self.debts.owe(cmds, None);
            return Err(e);
        }
        Ok(())
    }

    /// Drain the fault queue: every record in queue order, and whether records were lost
    /// (`fqof`/`fqmf`, which are cleared). See [`FaultDrain`]. If a record cannot be read
    /// ([`Error::Dma`]) none is consumed: they stay in the queue for the next call, which
    /// the caller makes without waiting for another interrupt (`fip` was cleared).
    pub fn drain_faults(&mut self) -> Result<FaultDrain, Error> {
        fault_queue::drain(&hw!(self), &mut self.fq)
    }

    /// Drain the page-request queue (records in queue order). `Err(Probe(Ats))` without a
    /// page-request queue. `pqof`/`pqmf` are reported and left set; while either is set,
    /// `ipsr.pip` is set again as soon as the drain clears it (IPSR re-assertion rule), so
    /// the page-request interrupt stays pending until [`Iommu::clear_page_request_errors`]
    /// (see [`PageRequestDrain`]). As for [`Iommu::drain_faults`], a record that cannot be read
    /// leaves every record in the queue.
    pub fn drain_page_requests(&mut self) -> Result<PageRequestDrain, Error> {
        let hw = hw!(self);
        let pq = self.pq.as_mut().ok_or(Error::Probe(ProbeError::Ats))?;
        page_request_queue::drain(&hw, pq)
    }

    /// Clear `pqcsr.pqof` and/or `pqcsr.pqmf`, so that page requests are queued again and
    /// `ipsr.pip` stops being re-asserted. Call it once the incomplete page-request groups
    /// of the overflow are settled (software guidelines, interrupt handling). `pip` set
    /// before stays pending (clearing it here could lose a request that arrives meanwhile);
    /// the next drain clears it.
    pub fn clear_page_request_errors(
        &mut self,
        overflow: bool,
        memory_fault: bool,
    ) -> Result<(), Error> {
        if self.pq.is_none() {
            return Err(Error::Probe(ProbeError::Ats));
        }
        page_request_queue::clear_errors(&hw!(self), overflow, memory_fault)
    }

    /// The interrupt sources pending in `ipsr`.
    pub fn pending_interrupts(&self) -> InterruptSources {
        InterruptSources::from_ipsr(self.regs.ipsr().read())
    }

    /// Clear the pending bits of `sources` (write 1 to them). A source whose condition
    /// still holds becomes pending again.
    pub fn clear_interrupts(&self, sources: InterruptSources) {
        self.regs.ipsr().write(sources.to_ipsr());
    }

    /// Translate one IOVA through the debug interface (`capabilities.DBG`).
    pub fn translate(&self, request: &TranslationRequest) -> Result<TranslationResult, Error> {
        if !self.caps.dbg() {
            return Err(Error::Probe(ProbeError::Debug));
        }
        debug::translate(&hw!(self), request)
    }
}

/// Encode typed commands.
fn encode(commands: &[Command]) -> Result<Vec<Cmd>, Error> {
    commands.iter().map(Command::encode).collect()
}
