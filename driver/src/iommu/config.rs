//! What the caller asks for: the bring-up [`Config`], and the per-device and per-process
//! settings ([`DeviceConfig`], [`ProcessConfig`]) in the specification's own terms.

use crate::dma::PhysAddr;
use crate::regs::iommu_mem::{
    IosatpMode, PdtpMode, DDI0_BITS, DDI1_BITS, DDI2_BITS, PDI0_BITS, PDI1_BITS, PDI2_BITS,
};
use crate::regs::iommu_regs::{Capabilities, IommuMode};

/// Bring-up parameters of [`super::Iommu::init`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Register reads a bounded wait may spend before it fails with [`super::Error::Timeout`]
    /// (busy/on handshakes, command-queue space, IOFENCE.C completion, debug translations).
    /// Must be at least 1.
    pub poll_budget: u32,
    /// Command-queue entries (16 bytes each): a power of two, at least 2.
    pub command_queue_entries: u32,
    /// Fault-queue entries (32-byte records): a power of two, at least 2.
    pub fault_queue_entries: u32,
    /// Page-request-queue entries (16-byte records; used when `capabilities.ATS` is 1): a
    /// power of two, at least 2.
    pub page_request_queue_entries: u32,
    /// Width of the widest `device_id` the platform will attach (at most 24 bits). Decides
    /// the device-directory depth unless [`Config::ddt_levels`] forces one.
    pub device_id_bits: u32,
    /// Force a device-directory depth instead of deriving it from `device_id_bits`.
    pub ddt_levels: Option<DdtLevels>,
    /// Interrupt vector (`icvec`) of each interrupt source.
    pub vectors: Vectors,
    /// An address-range invalidation of more than this many 4 KiB pages becomes one
    /// invalidation of the whole address space (PSCID).
    pub range_invalidation_threshold: u32,
    /// What the IOMMU must support; [`super::Iommu::init`] fails naming what is missing.
    pub requirements: Requirements,
    /// Also invalidate when an invalid device or process context becomes valid. The
    /// specification does not require it (section "Caching invalid entries"); an emulated
    /// IOMMU may ask for it ("Guidelines for emulating an IOMMU").
    pub invalidate_on_valid: bool,
}

impl Default for Config {
    /// 64-entry queues, 16-bit device IDs (a PCIe bus/device/function), every interrupt on
    /// vector 0, range invalidations of up to 64 pages, a poll budget of 100 000 reads,
    /// Sv39 required.
    fn default() -> Self {
        Config {
            poll_budget: 100_000,
            command_queue_entries: 64,
            fault_queue_entries: 64,
            page_request_queue_entries: 64,
            device_id_bits: 16,
            ddt_levels: None,
            vectors: Vectors::default(),
            range_invalidation_threshold: 64,
            requirements: Requirements::default(),
            invalidate_on_valid: false,
        }
    }
}

/// Capabilities the caller needs; checked by [`super::probe`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requirements {
    /// Sv39 first-stage translation is needed.
    pub sv39: bool,
    /// Sv48 first-stage translation is needed.
    pub sv48: bool,
    /// Widest PASID (process_id) a device will use with a process directory, 0 for none.
    /// Some supported PD mode (PD8, PD17, PD20) must cover it.
    pub process_id_bits: u32,
    /// PCIe ATS and PRI (`capabilities.ATS`) are needed.
    pub ats: bool,
    /// The debug translation interface (`capabilities.DBG`) is needed.
    pub debug: bool,
    /// Physical address bits the platform's DMA memory needs (`capabilities.PAS` must be at
    /// least this).
    pub physical_address_bits: u8,
}

impl Default for Requirements {
    /// Sv39 only.
    fn default() -> Self {
        Requirements {
            sv39: true,
            sv48: false,
            process_id_bits: 0,
            ats: false,
            debug: false,
            physical_address_bits: 0,
        }
    }
}

/// The interrupt sources of the IOMMU (`ipsr` bits, `icvec` fields).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InterruptSource {
    /// Command queue (`cip`, `civ`).
    CommandQueue,
    /// Fault queue (`fip`, `fiv`).
    FaultQueue,
    /// Performance monitor (`pmip`, `pmiv`).
    PerformanceMonitor,
    /// Page-request queue (`pip`, `piv`).
    PageRequestQueue,
}

/// The vector (interrupt wire) of each interrupt source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Vectors {
    /// `icvec.civ`.
    pub command_queue: u8,
    /// `icvec.fiv`.
    pub fault_queue: u8,
    /// `icvec.pmiv` (programmed only when `capabilities.HPM` is 1).
    pub performance_monitor: u8,
    /// `icvec.piv` (programmed only when `capabilities.ATS` is 1).
    pub page_request_queue: u8,
}

impl Vectors {
    /// The vector of `source`.
    pub const fn of(&self, source: InterruptSource) -> u8 {
        match source {
            InterruptSource::CommandQueue => self.command_queue,
            InterruptSource::FaultQueue => self.fault_queue,
            InterruptSource::PerformanceMonitor => self.performance_monitor,
            InterruptSource::PageRequestQueue => self.page_request_queue,
        }
    }
}

/// Depth of the device directory table (base-format device contexts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DdtLevels {
    /// `1LVL`: device_id up to `DDI0_BITS` (7) bits.
    One,
    /// `2LVL`: device_id up to `DDI0_BITS + DDI1_BITS` (16) bits.
    Two,
    /// `3LVL`: device_id up to 24 bits.
    Three,
}

impl DdtLevels {
    /// Number of table levels.
    pub const fn count(self) -> u32 {
        match self {
            DdtLevels::One => 1,
            DdtLevels::Two => 2,
            DdtLevels::Three => 3,
        }
    }

    /// Width of the device_id this depth can index.
    pub const fn device_id_bits(self) -> u32 {
        match self {
            DdtLevels::One => DDI0_BITS,
            DdtLevels::Two => DDI0_BITS + DDI1_BITS,
            DdtLevels::Three => DDI0_BITS + DDI1_BITS + DDI2_BITS,
        }
    }

    /// The shallowest depth that indexes `bits`-wide device IDs (software guidelines,
    /// "Guidelines for initialization", base format), or `None` above 24 bits.
    pub const fn for_device_id_bits(bits: u32) -> Option<Self> {
        if bits <= DdtLevels::One.device_id_bits() {
            Some(DdtLevels::One)
        } else if bits <= DdtLevels::Two.device_id_bits() {
            Some(DdtLevels::Two)
        } else if bits <= DdtLevels::Three.device_id_bits() {
            Some(DdtLevels::Three)
        } else {
            None
        }
    }

    /// The `ddtp.iommu_mode` encoding.
    pub const fn iommu_mode(self) -> IommuMode {
        match self {
            DdtLevels::One => IommuMode::LVL1,
            DdtLevels::Two => IommuMode::LVL2,
            DdtLevels::Three => IommuMode::LVL3,
        }
    }

    /// The depth an `iommu_mode` encoding selects (`None` for Off, Bare and unknown values).
    pub const fn from_iommu_mode(mode: IommuMode) -> Option<Self> {
        match mode {
            IommuMode::LVL1 => Some(DdtLevels::One),
            IommuMode::LVL2 => Some(DdtLevels::Two),
            IommuMode::LVL3 => Some(DdtLevels::Three),
            _ => None,
        }
    }

    /// Deeper depths, in order (what else can index a device_id this one can).
    pub(crate) fn and_deeper(self) -> impl Iterator<Item = DdtLevels> {
        [DdtLevels::One, DdtLevels::Two, DdtLevels::Three].into_iter().filter(move |l| *l >= self)
    }
}

/// First-stage paging scheme (`iosatp.MODE`, `PC.fsc.MODE` with `SXL` = 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PagingMode {
    /// 39-bit virtual addresses, three levels.
    Sv39,
    /// 48-bit virtual addresses, four levels.
    Sv48,
}

impl PagingMode {
    /// The `iosatp.MODE` encoding.
    pub const fn iosatp_mode(self) -> IosatpMode {
        match self {
            PagingMode::Sv39 => IosatpMode::SV39,
            PagingMode::Sv48 => IosatpMode::SV48,
        }
    }

    /// The scheme an encoding names (`None` for Bare, Sv57 and unknown values).
    pub const fn from_iosatp_mode(mode: IosatpMode) -> Option<Self> {
        match mode {
            IosatpMode::SV39 => Some(PagingMode::Sv39),
            IosatpMode::SV48 => Some(PagingMode::Sv48),
            _ => None,
        }
    }

    /// True when `caps` announces this scheme.
    pub const fn supported_by(self, caps: Capabilities) -> bool {
        match self {
            PagingMode::Sv39 => caps.sv39(),
            PagingMode::Sv48 => caps.sv48(),
        }
    }
}

/// Process-directory depth (`pdtp.MODE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PdtLevels {
    /// `PD8`: one level, 8-bit process_id.
    Pd8,
    /// `PD17`: two levels, 17-bit process_id.
    Pd17,
    /// `PD20`: three levels, 20-bit process_id.
    Pd20,
}

impl PdtLevels {
    /// Number of table levels.
    pub const fn count(self) -> u32 {
        match self {
            PdtLevels::Pd8 => 1,
            PdtLevels::Pd17 => 2,
            PdtLevels::Pd20 => 3,
        }
    }

    /// Width of the process_id this depth can index.
    pub const fn process_id_bits(self) -> u32 {
        match self {
            PdtLevels::Pd8 => PDI0_BITS,
            PdtLevels::Pd17 => PDI0_BITS + PDI1_BITS,
            PdtLevels::Pd20 => PDI0_BITS + PDI1_BITS + PDI2_BITS,
        }
    }

    /// The `pdtp.MODE` encoding.
    pub const fn pdtp_mode(self) -> PdtpMode {
        match self {
            PdtLevels::Pd8 => PdtpMode::PD8,
            PdtLevels::Pd17 => PdtpMode::PD17,
            PdtLevels::Pd20 => PdtpMode::PD20,
        }
    }

    /// True when `caps` announces this depth.
    pub const fn supported_by(self, caps: Capabilities) -> bool {
        match self {
            PdtLevels::Pd8 => caps.pd8(),
            PdtLevels::Pd17 => caps.pd17(),
            PdtLevels::Pd20 => caps.pd20(),
        }
    }

    /// The deepest depth `caps` supports: its width is the widest process_id the IOMMU
    /// takes (`IODIR.INVAL_PDT`'s `PID` must not be wider). `None` without any PD mode.
    pub fn widest(caps: Capabilities) -> Option<Self> {
        [PdtLevels::Pd20, PdtLevels::Pd17, PdtLevels::Pd8]
            .into_iter()
            .find(|l| l.supported_by(caps))
    }

    /// The shallowest depth `caps` supports that covers `bits`-wide PASIDs. A shallower
    /// unsupported depth is skipped: PD17 serves 8-bit PASIDs when PD8 is missing.
    pub fn for_process_id_bits(bits: u32, caps: Capabilities) -> Option<Self> {
        [PdtLevels::Pd8, PdtLevels::Pd17, PdtLevels::Pd20]
            .into_iter()
            .find(|l| bits <= l.process_id_bits() && l.supported_by(caps))
    }
}

/// One first-stage address space: a page-table root and its PSCID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddressSpace {
    /// Paging scheme of the table.
    pub mode: PagingMode,
    /// Physical address of the root page table (4 KiB aligned).
    pub root: PhysAddr,
    /// Process soft-context ID tagging the address space's cached translations (20 bits).
    pub pscid: u32,
}

/// How a device's first stage translates (`DC.tc.PDTV`, `DC.fsc`, `DC.ta.PSCID`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstStage {
    /// No first-stage translation (`iosatp.MODE` = Bare): DMA addresses are physical.
    Bare,
    /// One address space for every request of the device (`PDTV` = 0, `iosatp`).
    AddressSpace(AddressSpace),
    /// A process directory selected by PASID (`PDTV` = 1, `pdtp`); the driver allocates it
    /// at attach, sized from `pasid_bits`, and fills it with [`super::Iommu::set_process`].
    ProcessDirectory {
        /// Widest PASID the device uses (1..=20).
        pasid_bits: u32,
        /// `DPE`: requests without a PASID use process_id 0.
        default_process_zero: bool,
    },
}

/// Everything [`super::Iommu::attach`] writes into a device context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceConfig {
    /// First-stage translation.
    pub first_stage: FirstStage,
    /// `EN_ATS`: allow ATS translation requests and translated requests (needs
    /// `capabilities.ATS`).
    pub ats: bool,
    /// `EN_PRI`: allow page requests (needs `ats`).
    pub pri: bool,
    /// `PRPR`: IOMMU-generated PRG responses carry the request's PASID (needs `pri`).
    pub prg_response_pasid: bool,
    /// `DTF`: do not report translation faults of this device.
    pub disable_translation_faults: bool,
}

impl DeviceConfig {
    /// Untranslated DMA only, no ATS/PRI.
    pub const fn bare() -> Self {
        Self::with_first_stage(FirstStage::Bare)
    }

    /// One first-stage address space.
    pub const fn address_space(mode: PagingMode, root: PhysAddr, pscid: u32) -> Self {
        Self::with_first_stage(FirstStage::AddressSpace(AddressSpace { mode, root, pscid }))
    }

    /// A process directory for `pasid_bits`-wide PASIDs, no default process.
    pub const fn process_directory(pasid_bits: u32) -> Self {
        Self::with_first_stage(FirstStage::ProcessDirectory {
            pasid_bits,
            default_process_zero: false,
        })
    }

    const fn with_first_stage(first_stage: FirstStage) -> Self {
        DeviceConfig {
            first_stage,
            ats: false,
            pri: false,
            prg_response_pasid: false,
            disable_translation_faults: false,
        }
    }
}

/// Everything [`super::Iommu::set_process`] writes into a process context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProcessConfig {
    /// Paging scheme of the process's page table.
    pub mode: PagingMode,
    /// Physical address of the root page table (4 KiB aligned).
    pub root: PhysAddr,
    /// Process soft-context ID of the address space (20 bits).
    pub pscid: u32,
    /// `ENS`: allow requests with supervisor privilege.
    pub ens: bool,
    /// `SUM`: supervisor requests may access user pages.
    pub sum: bool,
}

impl ProcessConfig {
    /// A user address space: no supervisor requests.
    pub const fn user(mode: PagingMode, root: PhysAddr, pscid: u32) -> Self {
        ProcessConfig { mode, root, pscid, ens: false, sum: false }
    }
}
