//! The one error type of the IOMMU layer, and the small enums its variants carry.

use thiserror::Error;

use super::config::{InterruptSource, PagingMode};
use crate::dma::{DmaError, PhysAddr};
use crate::regs::iommu_mem::Cmd;
use crate::regs::iommu_regs::Igs;

/// Everything that can go wrong in the IOMMU layer.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Error {
    /// The IOMMU lacks something the configuration requires (see [`ProbeError`]).
    #[error("probe: {0}")]
    Probe(#[from] ProbeError),
    /// The [`super::Config`] itself is unusable.
    #[error("configuration: {0}")]
    InvalidConfig(#[from] ConfigError),
    /// A feature-control bit did not take the value the driver wrote (`fctl` is WARL).
    #[error("fctl.{field} stays {} after writing {}", !wanted, wanted)]
    FeatureControl {
        /// The `fctl` field.
        field: &'static str,
        /// The value written.
        wanted: bool,
    },
    /// An interrupt vector does not fit the `icvec` field of its source.
    #[error("vector {vector} of the {interrupt:?} interrupt does not fit icvec ({supported} vectors supported)")]
    VectorNotSupported {
        /// The interrupt source.
        interrupt: InterruptSource,
        /// The vector asked for.
        vector: u8,
        /// Number of vectors the field can hold (2^writable bits).
        supported: u32,
    },
    /// No supported `ddtp.iommu_mode` indexes the device IDs the configuration needs.
    #[error("no supported DDT mode indexes {device_id_bits}-bit device IDs")]
    DdtModeUnsupported {
        /// Device-ID width asked for.
        device_id_bits: u32,
    },
    /// A bounded wait ran out of its budget of register reads.
    #[error("timed out waiting for {0}")]
    Timeout(Wait),
    /// Allocating or accessing DMA memory failed.
    #[error("DMA memory: {0}")]
    Dma(DmaError),
    /// A physical address is not aligned as the structure needs.
    #[error("{addr:#x?} is not aligned to {align} bytes")]
    Misaligned {
        /// The address.
        addr: PhysAddr,
        /// The alignment needed, in bytes.
        align: u64,
    },
    /// A physical address lies beyond what the IOMMU can address (`capabilities.PAS`).
    #[error("{addr:#x?} is beyond the IOMMU's {pas}-bit physical address space")]
    AddressBeyondPas {
        /// The address.
        addr: PhysAddr,
        /// `capabilities.PAS`.
        pas: u8,
    },
    /// A register holds a value the specification does not allow (e.g. a queue index
    /// beyond the queue); the driver stops rather than act on it.
    #[error("register {register} holds an impossible value {value:#x}")]
    HardwareInconsistent {
        /// Register name as in the specification.
        register: &'static str,
        /// The raw value read.
        value: u64,
    },
    /// A WARL register did not keep what the driver wrote: a queue size (`LOG2SZ-1`) or
    /// base (`PPN`) the IOMMU does not support, or a DDT root it cannot address. Nothing was
    /// enabled on top of it; choose another queue size or memory.
    #[error("{register} reads back {read:#x} after {written:#x} was written")]
    NotRetained {
        /// Register name as in the specification (`cqb`, `fqb`, `pqb`, `ddtp`).
        register: &'static str,
        /// The value written.
        written: u64,
        /// The value read back.
        read: u64,
    },
    /// A value does not fit its field.
    #[error("{field:?} {value:#x} does not fit (maximum {max:#x})")]
    ValueOutOfRange {
        /// Which field.
        field: Field,
        /// The value given.
        value: u64,
        /// The largest value the field holds.
        max: u64,
    },
    /// The device_id is wider than the device directory indexes.
    #[error("device_id {device_id:#x} is wider than the DDT's {bits} bits")]
    DeviceIdOutOfRange {
        /// The device.
        device_id: u32,
        /// Device-ID width of the DDT mode.
        bits: u32,
    },
    /// The device has no valid device context.
    #[error("device {device_id:#x} is not attached")]
    DeviceNotAttached {
        /// The device.
        device_id: u32,
    },
    /// The [`super::DeviceConfig`] breaks a device-context rule of the specification.
    #[error("device {device_id:#x}: {reason}")]
    InvalidDeviceConfig {
        /// The device.
        device_id: u32,
        /// The rule.
        reason: DeviceConfigError,
    },
    /// A first-stage paging scheme the IOMMU does not support.
    #[error("{0:?} is not supported by this IOMMU")]
    PagingModeUnsupported(PagingMode),
    /// The device is not attached with a process directory.
    #[error("device {device_id:#x} has no process directory")]
    NoProcessDirectory {
        /// The device.
        device_id: u32,
    },
    /// The PASID is wider than the device's process directory indexes.
    #[error(
        "PASID {pasid:#x} of device {device_id:#x} is wider than its {bits}-bit process directory"
    )]
    PasidOutOfRange {
        /// The device.
        device_id: u32,
        /// The PASID.
        pasid: u32,
        /// PASID width of the process directory.
        bits: u32,
    },
    /// No valid process context for this PASID.
    #[error("device {device_id:#x} has no process context for PASID {pasid:#x}")]
    ProcessNotSet {
        /// The device.
        device_id: u32,
        /// The PASID.
        pasid: u32,
    },
    /// The IOMMU stopped the command queue on an illegal or unsupported command
    /// (`cqcsr.cmd_ill`). The queue was restarted without it.
    #[error("illegal command at command-queue index {index}: {command:?}")]
    CommandIllegal {
        /// Command-queue index of the command (`cqh` at the error).
        index: u32,
        /// The command as the driver wrote it.
        command: Cmd,
    },
    /// A command fetch, or an IOFENCE.C data write, hit a memory fault (`cqcsr.cqmf`). The
    /// queue was restarted without the command (the others since the last completed
    /// fence resubmitted; behind a fresh fence when the command was the driver's fence).
    #[error("command-queue memory fault at index {index}")]
    CommandMemoryFault {
        /// Command-queue index of the command (`cqh` at the error).
        index: u32,
        /// The command as the driver wrote it, when known.
        command: Option<Cmd>,
    },
    /// An IOFENCE.C found that an earlier command timed out (`cqcsr.cmd_to`). The queue was
    /// restarted from the fence; the timed-out commands were not resubmitted.
    #[error("command timeout detected by the IOFENCE.C at index {index}")]
    CommandTimeout {
        /// Command-queue index of the IOFENCE.C (`cqh` at the error).
        index: u32,
    },
    /// `tr_response` encodes no valid translation size.
    #[error("tr_response {response:#x} encodes no translation size")]
    MalformedTranslationResponse {
        /// The raw register value.
        response: u64,
    },
}

impl From<DmaError> for Error {
    fn from(e: DmaError) -> Self {
        Error::Dma(e)
    }
}

/// What the IOMMU lacks ([`super::probe`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ProbeError {
    /// `capabilities.version` is not 1.x.
    #[error("specification version {major}.{minor} is not supported (need 1.x)")]
    Version {
        /// Major version (high nibble).
        major: u8,
        /// Minor version (low nibble).
        minor: u8,
    },
    /// A required first-stage scheme is missing.
    #[error("first-stage {0:?} is not supported")]
    PagingMode(PagingMode),
    /// No supported PD mode covers the required PASID width.
    #[error("no process-directory mode covers {process_id_bits}-bit PASIDs")]
    ProcessDirectory {
        /// PASID width required.
        process_id_bits: u32,
    },
    /// `capabilities.IGS` offers no wire-signaled interrupts (MSI only, or reserved).
    #[error("no wire-signaled interrupts (capabilities.igs = {igs:?})")]
    NoWiredInterrupts {
        /// The reported interrupt generation support.
        igs: Igs,
    },
    /// In-memory structures are big-endian and `capabilities.END` says that cannot change.
    #[error("in-memory structures are big-endian only")]
    BigEndianOnly,
    /// `capabilities.MSI_FLAT` is 1: the IOMMU uses extended-format (64-byte) device
    /// contexts, which this driver does not write.
    #[error("extended-format device contexts (MSI_FLAT) are not supported by the driver")]
    ExtendedDeviceContext,
    /// ATS/PRI are required but `capabilities.ATS` is 0.
    #[error("ATS/PRI not supported")]
    Ats,
    /// The debug interface is required but `capabilities.DBG` is 0.
    #[error("debug translation interface not present")]
    Debug,
    /// `capabilities.PAS` is narrower than required.
    #[error("{pas}-bit physical addresses, {needed} needed")]
    PhysicalAddressSize {
        /// `capabilities.PAS`.
        pas: u8,
        /// Bits required.
        needed: u8,
    },
}

/// What is wrong with a [`super::Config`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ConfigError {
    /// `poll_budget` is 0.
    #[error("poll budget must be at least 1")]
    ZeroPollBudget,
    /// A queue size is not a power of two of at least 2 entries.
    #[error("{queue:?} queue entries {entries} must be a power of two, at least 2")]
    QueueEntries {
        /// Which queue.
        queue: QueueKind,
        /// Entries asked for.
        entries: u32,
    },
    /// `device_id_bits` above 24, or wider than the forced DDT depth.
    #[error("{device_id_bits}-bit device IDs do not fit the device directory")]
    DeviceIdBits {
        /// Width asked for.
        device_id_bits: u32,
    },
}

/// Why a [`super::DeviceConfig`] is refused (device-context configuration checks,
/// `DC_MISCONFIG`, and the software guidelines for ATS/PRI).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum DeviceConfigError {
    /// `EN_ATS` without `capabilities.ATS`.
    #[error("ATS is not supported by the IOMMU")]
    AtsUnsupported,
    /// `EN_PRI` without `EN_ATS`.
    #[error("PRI needs ATS")]
    PriWithoutAts,
    /// `PRPR` without `EN_PRI`.
    #[error("PRPR needs PRI")]
    PrprWithoutPri,
    /// No supported PD mode covers the PASID width (or the width is 0 or above 20).
    #[error("no process-directory mode covers {pasid_bits}-bit PASIDs")]
    PasidBits {
        /// Width asked for.
        pasid_bits: u32,
    },
}

/// The three in-memory queues.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QueueKind {
    /// Command queue (`cqb`, `cqh`, `cqt`, `cqcsr`).
    Command,
    /// Fault queue (`fqb`, `fqh`, `fqt`, `fqcsr`).
    Fault,
    /// Page-request queue (`pqb`, `pqh`, `pqt`, `pqcsr`).
    PageRequest,
}

impl QueueKind {
    /// Name of the queue's control and status register.
    pub const fn csr_name(self) -> &'static str {
        match self {
            QueueKind::Command => "cqcsr",
            QueueKind::Fault => "fqcsr",
            QueueKind::PageRequest => "pqcsr",
        }
    }

    /// Name of the queue's `*on` bit.
    pub const fn on_name(self) -> &'static str {
        match self {
            QueueKind::Command => "cqon",
            QueueKind::Fault => "fqon",
            QueueKind::PageRequest => "pqon",
        }
    }
}

/// Every bounded wait of the driver, naming the register it polls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wait {
    /// `ddtp.busy` to read 0.
    DdtpIdle,
    /// The queue's `busy` to read 0 before its CSR is written.
    QueueIdle(QueueKind),
    /// The queue's `*on` to read 1 (and `busy` 0) after enabling it.
    QueueOn(QueueKind),
    /// The queue's `*on` and `busy` to read 0 after disabling it.
    QueueOff(QueueKind),
    /// `cqh` to move so that the command queue has a free entry.
    CommandQueueSpace,
    /// The IOFENCE.C data word to be written (`cqcsr` is read while waiting).
    FenceCompletion,
    /// `tr_req_ctl.go_busy` to read 0 before a debug translation is requested.
    DebugIdle,
    /// `tr_req_ctl.go_busy` to read 0 after a debug translation was requested.
    DebugTranslation,
}

impl Wait {
    /// The register polled.
    pub const fn register(self) -> &'static str {
        match self {
            Wait::DdtpIdle => "ddtp",
            Wait::QueueIdle(q) | Wait::QueueOn(q) | Wait::QueueOff(q) => q.csr_name(),
            Wait::CommandQueueSpace => "cqh",
            Wait::FenceCompletion => "cqcsr",
            Wait::DebugIdle | Wait::DebugTranslation => "tr_req_ctl",
        }
    }
}

impl core::fmt::Display for Wait {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let reg = self.register();
        match self {
            Wait::DdtpIdle | Wait::QueueIdle(_) => write!(f, "{reg}.busy = 0"),
            Wait::QueueOn(q) => write!(f, "{reg}.{} = 1", q.on_name()),
            Wait::QueueOff(q) => write!(f, "{reg}.{} = 0 and busy = 0", q.on_name()),
            Wait::CommandQueueSpace => write!(f, "a free command-queue entry ({reg} to move)"),
            Wait::FenceCompletion => write!(f, "IOFENCE.C completion (its data word)"),
            Wait::DebugIdle => write!(f, "{reg}.go_busy = 0 before a request"),
            Wait::DebugTranslation => write!(f, "{reg}.go_busy = 0 (translation done)"),
        }
    }
}

/// A field whose value range the driver checks before writing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// A device_id (24 bits).
    DeviceId,
    /// A process_id / PASID (20 bits).
    ProcessId,
    /// A process soft-context ID (20 bits).
    Pscid,
    /// A page-request group index (9 bits).
    PageRequestGroupIndex,
    /// A physical page number (44 bits).
    Ppn,
}
