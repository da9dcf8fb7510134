//! The one error type of the PCI layer, and the small enums its variants carry.

use core::fmt;

use thiserror::Error;

use super::config::Bdf;

/// Everything that can go wrong in the PCI layer.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Error {
    /// A capability list points outside its region (into the header, past the end of
    /// configuration space, or below the extended space for an extended capability).
    #[error("{bdf}: {list} capability list points at {offset:#x}, outside its region")]
    CapabilityPointer {
        /// The function.
        bdf: Bdf,
        /// Which list.
        list: CapList,
        /// The offending pointer.
        offset: u16,
    },
    /// A capability list comes back to an entry it already visited.
    #[error("{bdf}: {list} capability list loops back to {offset:#x}")]
    CapabilityLoop {
        /// The function.
        bdf: Bdf,
        /// Which list.
        list: CapList,
        /// The entry visited twice.
        offset: u16,
    },
    /// A BAR reads back something no BAR can be.
    #[error("{bdf}: BAR {index}: {fault}")]
    Bar {
        /// The function.
        bdf: Bdf,
        /// BAR number.
        index: u8,
        /// What is wrong.
        fault: BarFault,
    },
    /// No bus number is left for the secondary bus of a bridge.
    #[error("{bridge}: no bus number left for its secondary bus")]
    BusNumbersExhausted {
        /// The bridge.
        bridge: Bdf,
    },
    /// The memory window given to enumeration cannot hold the 32-bit non-prefetchable
    /// windows of the bridges (empty, or reaching above 4 GiB).
    #[error("memory window {base:#x} + {size:#x} is not a usable 32-bit window")]
    WindowInvalid {
        /// Base address.
        base: u64,
        /// Size in bytes.
        size: u64,
    },
    /// The BARs found do not fit the memory window given to enumeration.
    #[error("the BARs need {needed:#x} bytes from {base:#x}, the window has {size:#x}")]
    WindowTooSmall {
        /// Base of the window.
        base: u64,
        /// Size of the window.
        size: u64,
        /// Bytes from the base the assignment would need.
        needed: u64,
    },
    /// No function with that address was found by enumeration.
    #[error("{0}: no such function")]
    NoSuchFunction(Bdf),
    /// The function lacks a capability the operation needs.
    #[error("{bdf}: no {cap} capability")]
    MissingCapability {
        /// The function.
        bdf: Bdf,
        /// The capability.
        cap: Capability,
    },
    /// The path from the function to the root port cannot carry PASID prefixes.
    #[error(transparent)]
    PasidPath(#[from] PasidPathError),
    /// The feature is already enabled on the function.
    #[error("{bdf}: {feature} is already enabled")]
    AlreadyEnabled {
        /// The function.
        bdf: Bdf,
        /// The feature.
        feature: Capability,
    },
    /// PASID must be enabled before ATS: the function's ATS is already on.
    #[error("{0}: ATS is enabled; enable PASID before ATS")]
    PasidAfterAts(Bdf),
    /// The page size cannot be expressed as an ATS Smallest Translation Unit.
    #[error("{bdf}: no ATS Smallest Translation Unit for 2^{page_shift}-byte pages")]
    PageSizeUnsupported {
        /// The function.
        bdf: Bdf,
        /// log2 of the page size asked for.
        page_shift: u32,
    },
    /// The function's PRG responses must carry a PASID, but its PASID is not enabled.
    #[error("{0}: PRG responses must carry a PASID; enable PASID before PRI")]
    PriPasidRequired(Bdf),
    /// After a PRI reset the function still reports page requests outstanding.
    #[error("{0}: PRI not stopped after reset")]
    PriNotStopped(Bdf),
    /// Zero page requests asked for, or the function can hold none.
    #[error("{bdf}: page request allocation {requested} with capacity {capacity}")]
    PriNoAllocation {
        /// The function.
        bdf: Bdf,
        /// Requests asked for.
        requested: u32,
        /// Outstanding Page Request Capacity.
        capacity: u32,
    },
    /// A control register did not keep what the driver wrote.
    #[error("{bdf}: {register} reads back {read:#x} after {written:#x} was written")]
    NotRetained {
        /// The function.
        bdf: Bdf,
        /// The register.
        register: &'static str,
        /// Value written.
        written: u32,
        /// Value read back.
        read: u32,
    },
}

/// The two capability lists of a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapList {
    /// The PCI capability list (from the Capabilities Pointer).
    Standard,
    /// The PCI Express extended capability list (from offset 100h).
    Extended,
}

impl fmt::Display for CapList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CapList::Standard => "PCI",
            CapList::Extended => "extended",
        })
    }
}

/// What is wrong with a BAR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarFault {
    /// A memory BAR with a reserved type encoding.
    ReservedType(u8),
    /// A 64-bit BAR in the last BAR slot (no room for its upper half).
    UpperHalfMissing,
    /// The writable address bits are not contiguous from the top: not a power-of-two size.
    SizeNotPowerOfTwo(u64),
}

impl fmt::Display for BarFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BarFault::ReservedType(t) => write!(f, "reserved memory type {t}"),
            BarFault::UpperHalfMissing => f.write_str("64-bit BAR in the last slot"),
            BarFault::SizeNotPowerOfTwo(mask) => write!(f, "size mask {mask:#x} is not contiguous"),
        }
    }
}

/// Capabilities (and the features they control) the PCI layer acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    /// PCI Express Capability.
    PciExpress,
    /// Process Address Space ID.
    Pasid,
    /// Address Translation Services.
    Ats,
    /// Page Request Interface.
    Pri,
}

impl fmt::Display for Capability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Capability::PciExpress => "PCI Express",
            Capability::Pasid => "PASID",
            Capability::Ats => "ATS",
            Capability::Pri => "PRI",
        })
    }
}

/// Why a hop of the path cannot carry a PASID prefix: the bit it lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathBit {
    /// The hop has no PCI Express capability (so no Device Capabilities 2).
    PcieCapability,
    /// Device Capabilities 2: End-End TLP Prefix Supported is clear.
    EndEndPrefixSupported,
    /// Device Capabilities 2: Max End-End TLP Prefixes is below what a PASID TLP needs.
    MaxEndEndPrefixes,
    /// Device Control 2: End-End TLP Prefix Blocking is set on a bridge of the path.
    EndEndPrefixBlocking,
    /// A Downstream Port (Root Port, switch downstream port) of the path has no ACS
    /// capability, so nothing keeps peer-to-peer requests from bypassing the IOMMU.
    AcsCapability,
    /// ACS Source Validation is supported but not enabled.
    AcsSourceValidation,
    /// ACS P2P Request Redirect is supported but not enabled.
    AcsRequestRedirect,
    /// ACS Upstream Forwarding is supported but not enabled.
    AcsUpstreamForwarding,
}

impl fmt::Display for PathBit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PathBit::PcieCapability => "no PCI Express capability",
            PathBit::EndEndPrefixSupported => "DEVCAP2 End-End TLP Prefix Supported is clear",
            PathBit::MaxEndEndPrefixes => "DEVCAP2 Max End-End TLP Prefixes is too small",
            PathBit::EndEndPrefixBlocking => "DEVCTL2 End-End TLP Prefix Blocking is set",
            PathBit::AcsCapability => "no ACS capability on a Downstream Port",
            PathBit::AcsSourceValidation => "ACS Source Validation is not enabled",
            PathBit::AcsRequestRedirect => "ACS P2P Request Redirect is not enabled",
            PathBit::AcsUpstreamForwarding => "ACS Upstream Forwarding is not enabled",
        })
    }
}

/// A hop of the path from a function to its root port that cannot carry PASID prefixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[error("PASID refused: {hop}: {missing}")]
pub struct PasidPathError {
    /// The function or bridge at fault.
    pub hop: Bdf,
    /// What it lacks.
    pub missing: PathBit,
}
