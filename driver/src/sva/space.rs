//! What the SVA layer needs from the operating system's memory manager: the
//! [`AddressSpace`] of a process (or of the kernel).

use crate::dma::PhysAddr;

/// Identity of an address space (an `mm`), unique in the system for its whole life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SpaceId(pub u64);

/// One access a page request asks for, as the request's record says (`R`/`W` of the payload,
/// `Execute Requested` and `Privileged Mode Requested` of the PASID prefix).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Access {
    /// Read access requested.
    pub read: bool,
    /// Write access requested.
    pub write: bool,
    /// Execute access requested.
    pub execute: bool,
    /// Supervisor (privileged) access requested.
    pub privileged: bool,
}

/// Why an address space could not make a page accessible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FaultInError {
    /// No mapping covers the address.
    #[error("no mapping at {addr:#x}")]
    NotMapped {
        /// The address.
        addr: u64,
    },
    /// A mapping covers the address but does not allow the access (including a privileged
    /// access to a user page or a user access to a supervisor page).
    #[error("{access:?} not allowed at {addr:#x}")]
    Permission {
        /// The address.
        addr: u64,
        /// The access asked for.
        access: Access,
    },
    /// The process exited: its mappings are gone.
    #[error("the address space has exited")]
    Exited,
    /// No memory to populate the page or its tables.
    #[error("out of memory populating {addr:#x}")]
    OutOfMemory {
        /// The address.
        addr: u64,
    },
}

/// An address space the IOMMU may share with devices: a process's `mm` (or the kernel's).
///
/// The SVA layer holds an address space by reference-counted handle for as long as a bond
/// exists: that keeps the *structure* (identity, page-table root page) alive, not its
/// mappings (the seeds' "grab, not get"): the process may exit while bonds remain, and
/// [`AddressSpace::has_exited`] then says so. Its page tables must be RISC-V Sv48 in memory
/// the IOMMU reads, and must keep `A`/`D` themselves: this IOMMU does not update them
/// (`capabilities.AMO_HWAD` = 0), so a page is usable for a read only with `A` = 1 and for a
/// write only with `D` = 1 too.
pub trait AddressSpace {
    /// The identity (stable for the life of the structure).
    fn id(&self) -> SpaceId;

    /// Physical address of the Sv48 root page table (4 KiB aligned). It stays the same
    /// page for the life of the structure, also after exit.
    fn root(&self) -> PhysAddr;

    /// True for the kernel's address space (supervisor pages): only supervisor bonds may
    /// use it.
    fn is_kernel(&self) -> bool;

    /// True once the process exited: its mappings are torn down and no page can be faulted
    /// in again.
    fn has_exited(&self) -> bool;

    /// Make the page holding `addr` accessible for `access`, as the CPU's page-fault handler
    /// would for the process: populate it if it is not yet, set `A` (and `D` for a write)
    /// in its leaf PTE. Permission follows the mapping's R/W/X and its user/supervisor kind:
    /// a privileged access reaches supervisor pages only, an unprivileged one user pages
    /// only (`SUM` = 0, see [`super::BindFlags::supervisor`]).
    fn fault_in(&self, addr: u64, access: Access) -> Result<(), FaultInError>;
}
