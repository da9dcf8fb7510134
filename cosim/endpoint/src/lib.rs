//! Model of a PCIe multi-function endpoint device for the kit's root port: functions with a
//! Type 0 configuration space (PCI Express, PASID, ATS and PRI capabilities) and a DMA engine
//! that issues PASID-prefixed reads, writes and page requests, and runs shared-virtual-address
//! work items through an Address Translation Cache, ATS translation requests and PRI.
//!
//! - [`tlp`]: the TLP codec, wire DWs to typed values and back, from the generated
//!   `driver::regs::tlp` types.
//! - [`config`]: one function's configuration space, from the generated layouts and access
//!   tags.
//! - [`dma`]: how transfers split into requests and completions.
//! - [`ats`]: translation requests and completion entries, the S-bit range encoding, the
//!   Address Translation Cache.
//! - [`device`]: the device, its step API (`receive`, `transmit`, `tick`) and jobs.
//! - [`command`]: JSON commands for replay files and the demo.
//!
//! The model has no clock of its own and no Verilator: the co-simulation glues
//! [`Device::receive`] / [`Device::transmit`] to the link.

pub mod ats;
pub mod command;
pub mod config;
pub mod device;
pub mod dma;
pub mod tlp;

pub use ats::{Atc, AtcEntry, Translation, TranslationRequest};
pub use command::{Command, CommandError};
pub use config::{AtsParams, ConfigError, ConfigSpace, FunctionConfig, PasidParams, PriParams};
pub use device::{
    CompletionFault, Device, DeviceError, Invalidation, InvalidationResponse, Job, JobError, JobId,
    JobKind, JobState, PageAccess, WorkOp,
};
pub use tlp::{Pasid, PasidPrefix, Tlp, TlpBody, TlpError};
