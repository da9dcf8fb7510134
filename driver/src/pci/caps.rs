//! Walking a function's capability lists (loop-safe) and what the PCI layer keeps of them.

use alloc::vec::Vec;

use super::config::{Bdf, ConfigSpace};
use super::error::{CapList, Error};
use super::layout::{CONFIG_SPACE_BYTES, DEVCAP2_REL, EXT_CAP_START, HEADER_END, PCIE_CAPS_REL};
use crate::regs::pcie_ep_caps::{self, ExtCapHdr};
use crate::regs::pcie_rp_cfg::{
    self, CapPtr, Devcap2, PciCapHdr, PciCapId, PcieCaps, PciePortType, Status,
};

/// What the PCI Express Capability of a function says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PcieCap {
    /// Offset of the capability.
    pub offset: u16,
    /// Device/Port Type.
    pub port_type: PciePortType,
    /// Device Capabilities 2 (End-End TLP prefix support and the rest), read at enumeration.
    pub devcap2: Devcap2,
}

impl PcieCap {
    /// End-End TLP Prefix Supported.
    pub const fn ee_prefix_supported(&self) -> bool {
        self.devcap2.ee_prefix_supported()
    }

    /// Max End-End TLP Prefixes, decoded: the field's 00b means 4.
    pub const fn max_ee_prefixes(&self) -> u8 {
        decode_max_ee_prefixes(self.devcap2)
    }

    /// True for a Downstream Port (Root Port or switch downstream port), whose link has only
    /// device 0 below it.
    pub fn is_downstream_port(&self) -> bool {
        self.port_type == PciePortType::ROOT_PORT
            || self.port_type == PciePortType::SWITCH_DOWNSTREAM
    }
}

/// Max End-End TLP Prefixes of a Device Capabilities 2 value, decoded (00b means 4; PCIe Base
/// 6.x Section 7.5.3.15).
pub const fn decode_max_ee_prefixes(devcap2: Devcap2) -> u8 {
    match devcap2.max_ee_prefixes() {
        0 => 4,
        n => n,
    }
}

/// One entry of a capability list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CapEntry {
    /// Capability ID (8 bits on the PCI list, 16 on the extended list).
    pub id: u16,
    /// Offset of the capability's header.
    pub offset: u16,
}

/// The capabilities of one function, as its two lists give them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capabilities {
    /// Every entry of the PCI capability list, in list order.
    pub standard: Vec<CapEntry>,
    /// Every entry of the extended capability list, in list order.
    pub extended: Vec<CapEntry>,
    /// The PCI Express Capability.
    pub pcie: Option<PcieCap>,
    /// Offset of the ACS extended capability.
    pub acs: Option<u16>,
    /// Offset of the PASID extended capability.
    pub pasid: Option<u16>,
    /// Offset of the ATS extended capability.
    pub ats: Option<u16>,
    /// Offset of the PRI extended capability.
    pub pri: Option<u16>,
}

/// A set of DWORD offsets already visited, for loop detection.
struct Visited([u64; (CONFIG_SPACE_BYTES / 4 / 64) as usize]);

impl Visited {
    const fn new() -> Self {
        Visited([0; (CONFIG_SPACE_BYTES / 4 / 64) as usize])
    }

    /// Mark the DWORD at `offset`; false if it was already marked.
    fn insert(&mut self, offset: u16) -> bool {
        let dw = usize::from(offset / 4);
        let (word, bit) = (dw / 64, dw % 64);
        let fresh = self.0[word] & (1 << bit) == 0;
        self.0[word] |= 1 << bit;
        fresh
    }
}

/// Read both capability lists of `bdf`. A pointer outside its region or an entry visited
/// twice is an error, so a malformed list ends the walk after at most one pass over the
/// space.
pub fn walk<C: ConfigSpace + ?Sized>(cfg: &C, bdf: Bdf) -> Result<Capabilities, Error> {
    let mut caps = Capabilities::default();
    walk_standard(cfg, bdf, &mut caps)?;
    // The extended space exists only for PCI Express functions.
    if caps.pcie.is_some() {
        walk_extended(cfg, bdf, &mut caps)?;
    }
    Ok(caps)
}

fn walk_standard<C: ConfigSpace + ?Sized>(
    cfg: &C,
    bdf: Bdf,
    caps: &mut Capabilities,
) -> Result<(), Error> {
    let status = Status::from_bits(cfg.read16(bdf, Status::OFFSET as u16));
    if !status.cap_list() {
        return Ok(());
    }
    let mut visited = Visited::new();
    // The two low bits of every pointer are reserved: software masks them (PCI 3.0 6.7).
    let mut ptr = u16::from(CapPtr::from_bits(cfg.read8(bdf, CapPtr::OFFSET as u16)).ptr()) & !3;
    while ptr != 0 {
        if ptr < HEADER_END {
            return Err(Error::CapabilityPointer { bdf, list: CapList::Standard, offset: ptr });
        }
        if !visited.insert(ptr) {
            return Err(Error::CapabilityLoop { bdf, list: CapList::Standard, offset: ptr });
        }
        let hdr = PciCapHdr::from_bits(cfg.read16(bdf, ptr));
        let id = hdr.cap_id();
        caps.standard.push(CapEntry { id: u16::from(id.0), offset: ptr });
        if id == PciCapId::PCIE && caps.pcie.is_none() {
            let pcie_caps = PcieCaps::from_bits(cfg.read16(bdf, ptr + PCIE_CAPS_REL));
            caps.pcie = Some(PcieCap {
                offset: ptr,
                port_type: pcie_caps.port_type(),
                devcap2: Devcap2::from_bits(cfg.read32(bdf, ptr + DEVCAP2_REL)),
            });
        }
        ptr = u16::from(hdr.next_ptr()) & !3;
    }
    Ok(())
}

fn walk_extended<C: ConfigSpace + ?Sized>(
    cfg: &C,
    bdf: Bdf,
    caps: &mut Capabilities,
) -> Result<(), Error> {
    let mut visited = Visited::new();
    let mut ptr = EXT_CAP_START;
    visited.insert(ptr);
    let mut unrecorded = None;
    loop {
        let raw = cfg.read32(bdf, ptr);
        // An empty list: ID 0, version 0, next 0 at 100h (PCIe Base 6.x Section 7.6.3);
        // all ones when the function has no extended space behind the host bridge.
        if ptr == EXT_CAP_START && (raw == 0 || raw == u32::MAX) {
            return Ok(());
        }
        let hdr = ExtCapHdr::from_bits(raw);
        let id = hdr.id();
        caps.extended.push(CapEntry { id, offset: ptr });
        let slot = if id == pcie_rp_cfg::ExtCapId::ACS.0 {
            &mut caps.acs
        } else if id == pcie_ep_caps::ExtCapId::PASID.0 {
            &mut caps.pasid
        } else if id == pcie_ep_caps::ExtCapId::ATS.0 {
            &mut caps.ats
        } else if id == pcie_ep_caps::ExtCapId::PRI.0 {
            &mut caps.pri
        } else {
            &mut unrecorded
        };
        if slot.is_none() {
            *slot = Some(ptr);
        }
        let next = hdr.next() & !3;
        if next == 0 {
            return Ok(());
        }
        if next < EXT_CAP_START || u32::from(next) >= CONFIG_SPACE_BYTES {
            return Err(Error::CapabilityPointer { bdf, list: CapList::Extended, offset: next });
        }
        if !visited.insert(next) {
            return Err(Error::CapabilityLoop { bdf, list: CapList::Extended, offset: next });
        }
        ptr = next;
    }
}
