//! The PCI layer: configuration access, enumeration, and the shared-virtual-addressing
//! features of PCIe functions (PASID, ATS, PRI) enabled only where the path allows them.
//!
//! ```text
//! ConfigSpace (trait)  <- Ecam<M: Mmio> (the kit's ECAM window), test fakes
//! Pci::enumerate       bus numbers, BAR sizing and placement, bridge windows, ACS
//!   topology()         Functions: BDF, IDs, class, capabilities, BARs, upstream path
//!   enable_pasid       only if every hop carries End-End TLP prefixes (see below)
//!   enable_ats         Smallest Translation Unit from the IOMMU page size
//!   enable_pri         reset, allocation = min(requested, capacity), enable
//!   enable_bus_master  the function and every bridge up to the root port
//! ```
//!
//! A PASID travels in an End-End TLP prefix, which every hop from the function to the root
//! port must carry: each advertises End-End TLP Prefix Supported (Device Capabilities 2)
//! with room for one prefix, no bridge blocks prefixes (Device Control 2), and ACS keeps
//! peer-to-peer requests going up to the IOMMU where the hop has ACS. Anything missing is
//! refused with a [`PasidPathError`] naming the hop and the bit, before anything is written.
//!
//! ```
//! use driver::pci::{Ecam, EnumerateConfig, Pci};
//! // An ECAM window with nothing behind it: every function reads all ones.
//! struct Empty;
//! impl driver::mmio::Mmio for Empty {
//!     fn read32(&self, _: usize) -> u32 { u32::MAX }
//!     fn write32(&self, _: usize, _: u32) {}
//!     fn write16(&self, _: usize, _: u16) {}
//!     fn write8(&self, _: usize, _: u8) {}
//! }
//! let pci = Pci::enumerate(Ecam::new(Empty), &EnumerateConfig::kit()).unwrap();
//! assert!(pci.topology().functions().is_empty());
//! ```

mod caps;
mod config;
mod enumerate;
mod error;
mod features;
mod layout;

#[cfg(test)]
mod fake_cfg;
#[cfg(test)]
mod tests;

pub use caps::{decode_max_ee_prefixes, CapEntry, Capabilities, PcieCap};
pub use config::{Bdf, ConfigSpace, Ecam, Lanes, ALL_LANES};
pub use enumerate::{Bar, BarKind, Bridge, EnumerateConfig, Function, Header, MemWindow, Topology};
pub use error::{BarFault, CapList, Capability, Error, PasidPathError, PathBit};
pub use features::{AtsEnabled, PasidEnabled, PasidFlags};

/// The PCI hierarchy below one host bridge: its configuration access and what enumeration
/// found (kept up to date by the `enable_*` methods).
pub struct Pci<C> {
    cfg: C,
    topology: Topology,
}

impl<C: ConfigSpace> Pci<C> {
    /// Enumerate the hierarchy from `config.root_bus`: bus numbers, BARs, bridge windows,
    /// ACS (the rules and choices are listed on [`EnumerateConfig`]'s module, `enumerate`).
    pub fn enumerate(cfg: C, config: &EnumerateConfig) -> Result<Self, Error> {
        let topology = enumerate::enumerate(&cfg, config)?;
        Ok(Pci { cfg, topology })
    }

    /// What enumeration found.
    pub fn topology(&self) -> &Topology {
        &self.topology
    }

    /// The configuration access.
    pub fn config(&self) -> &C {
        &self.cfg
    }

    /// Give the configuration access back.
    pub fn into_inner(self) -> C {
        self.cfg
    }
}
