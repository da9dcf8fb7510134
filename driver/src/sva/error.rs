//! Errors of the SVA layer.

use thiserror::Error;

use super::space::SpaceId;
use crate::dma::DmaError;
use crate::iommu;

/// Why a bind (or [`super::Sva::capable`]) refuses.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BindError {
    /// The device was never registered with [`super::Sva::add_device`].
    #[error("device {device_id:#x} is not registered")]
    UnknownDevice {
        /// The device.
        device_id: u32,
    },
    /// The IOMMU has no Sv48 first stage (process page tables are Sv48).
    #[error("the IOMMU does not support Sv48")]
    NoSv48,
    /// The IOMMU has no ATS/PRI (`capabilities.ATS`).
    #[error("the IOMMU does not support ATS/PRI")]
    IommuLacksAts,
    /// The device has no PASID enabled.
    #[error("device {device_id:#x} has no PASID")]
    DeviceLacksPasid {
        /// The device.
        device_id: u32,
    },
    /// The device has no ATS enabled.
    #[error("device {device_id:#x} has no ATS")]
    DeviceLacksAts {
        /// The device.
        device_id: u32,
    },
    /// The device has no PRI enabled (pages are faulted in through page requests).
    #[error("device {device_id:#x} has no PRI")]
    DeviceLacksPri {
        /// The device.
        device_id: u32,
    },
    /// A supervisor bond for a device whose PASID capability cannot send privileged
    /// requests.
    #[error("device {device_id:#x} cannot send privileged requests")]
    DeviceLacksPrivileged {
        /// The device.
        device_id: u32,
    },
    /// The kernel address space without [`super::BindFlags::supervisor`].
    #[error("the kernel address space needs a supervisor bond")]
    KernelNeedsSupervisor,
    /// The address space exited: nothing to bind.
    #[error("address space {0:?} has exited")]
    SpaceExited(SpaceId),
    /// The address space's PASID does not fit the device's PASID width.
    #[error("PASID {pasid:#x} does not fit the device's {bits}-bit PASIDs")]
    PasidTooWide {
        /// The PASID the address space has.
        pasid: u32,
        /// The device's usable PASID width.
        bits: u32,
    },
    /// No free PASID below the device's width.
    #[error("no free PASID below 2^{bits}")]
    PasidsExhausted {
        /// The device's usable PASID width.
        bits: u32,
    },
    /// No free PSCID on this IOMMU.
    #[error("no free PSCID")]
    PscidsExhausted,
    /// The (device, address space) is already bound with other flags.
    #[error("device {device_id:#x} is already bound to this address space with other flags")]
    FlagsMismatch {
        /// The device.
        device_id: u32,
    },
    /// The (device, address space) bond is being unbound (its drain has not finished).
    #[error("device {device_id:#x} PASID {pasid:#x} is still being unbound")]
    Unbinding {
        /// The device.
        device_id: u32,
        /// The PASID.
        pasid: u32,
    },
    /// The IOMMU layer failed while writing the process context.
    #[error("IOMMU: {0}")]
    Iommu(#[from] iommu::Error),
}

/// Errors of the SVA layer's other operations.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SvaError {
    /// The IOMMU layer failed (a command-queue error such as
    /// [`iommu::Error::CommandTimeout`] when an ATS.INVAL timed out, a register time-out, ...).
    #[error("IOMMU: {0}")]
    Iommu(#[from] iommu::Error),
    /// DMA memory could not be allocated or accessed.
    #[error("DMA memory: {0}")]
    Dma(DmaError),
    /// No such bond (already unbound, or never bound on this IOMMU).
    #[error("no bond of device {device_id:#x} with PASID {pasid:#x}")]
    UnknownBond {
        /// The device.
        device_id: u32,
        /// The PASID.
        pasid: u32,
    },
    /// Unbind drained the page-request queue for its whole budget and a page-request group
    /// of the PASID stayed incomplete (no Last, no Stop Marker). The bond stays (its process
    /// context is already cleared); the PASID is not freed. Call unbind again to wait more.
    #[error(
        "page requests of device {device_id:#x} PASID {pasid:#x} still pending ({groups} groups)"
    )]
    DrainTimeout {
        /// The device.
        device_id: u32,
        /// The PASID.
        pasid: u32,
        /// Incomplete groups left.
        groups: usize,
    },
    /// The device is not registered, or not attached with a process directory.
    #[error("device {device_id:#x} is not registered for PASIDs")]
    UnknownDevice {
        /// The device.
        device_id: u32,
    },
    /// A device registered twice.
    #[error("device {device_id:#x} is already registered")]
    DeviceRegistered {
        /// The device.
        device_id: u32,
    },
    /// A device still has bonds or domains (remove them first).
    #[error("device {device_id:#x} still has PASIDs in use")]
    DeviceBusy {
        /// The device.
        device_id: u32,
    },
    /// No such PASID domain.
    #[error("no PASID domain with PASID {pasid:#x}")]
    UnknownDomain {
        /// The domain's PASID.
        pasid: u32,
    },
    /// The PASID does not fit the device's PASID width.
    #[error("PASID {pasid:#x} does not fit the device's {bits}-bit PASIDs")]
    PasidTooWide {
        /// The PASID.
        pasid: u32,
        /// The device's usable PASID width.
        bits: u32,
    },
    /// No free PASID or PSCID.
    #[error("no free PASID or PSCID")]
    Exhausted,
    /// A map/unmap range that is not page aligned, empty, or not canonical Sv48.
    #[error("bad range {iova:#x} + {bytes:#x}")]
    BadRange {
        /// Start.
        iova: u64,
        /// Length in bytes.
        bytes: u64,
    },
    /// A page of a map is already mapped.
    #[error("{iova:#x} is already mapped")]
    AlreadyMapped {
        /// The page.
        iova: u64,
    },
}

impl From<DmaError> for SvaError {
    fn from(e: DmaError) -> Self {
        SvaError::Dma(e)
    }
}
