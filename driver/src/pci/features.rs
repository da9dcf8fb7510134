//! PASID, ATS, PRI and Bus Master enables, each checked against what the function and its
//! path support before anything is written.

use super::caps::decode_max_ee_prefixes;
use super::config::{Bdf, ConfigSpace};
use super::error::{Capability, Error, PasidPathError, PathBit};
use super::layout::{ACS_CAPS_REL, ACS_CTRL_REL, DEVCAP2_REL, DEVCTL2_REL};
use super::{Function, Pci};
use crate::regs::iommu_mem::PAGE_SHIFT;
use crate::regs::pcie_ep_caps::{
    AtsCap, AtsCtrl, AtsExtCap, PasidCap, PasidCtrl, PasidExtCap, PriCtrl, PriExtCap, PriReqAlloc,
    PriReqCapacity, PriStatus,
};
use crate::regs::pcie_rp_cfg::{AcsCaps, AcsCtrl, Command, Devcap2, Devctl2};

/// End-End TLP prefixes a PASID-tagged TLP carries: the PASID prefix alone.
const PASID_TLP_PREFIXES: u8 = 1;

/// What to ask for when enabling PASID.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PasidFlags {
    /// Let the function set Execute Requested in its PASID prefixes.
    pub exec: bool,
    /// Let the function set Privileged Mode Requested in its PASID prefixes.
    pub privileged: bool,
}

/// What PASID enable set on a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PasidEnabled {
    /// Max PASID Width: the function's PASIDs are below `1 << width`.
    pub width: u8,
    /// Execute Permission Enable (asked for and supported).
    pub exec: bool,
    /// Privileged Mode Enable (asked for and supported).
    pub privileged: bool,
}

/// What ATS enable set on a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AtsEnabled {
    /// Smallest Translation Unit field: translations cover at least `4096 << stu` bytes.
    pub stu: u8,
    /// Invalidate requests the function can hold (the capability's 0 decoded as 32).
    pub invalidate_queue_depth: u8,
}

fn missing(hop: Bdf, bit: PathBit) -> Error {
    Error::PasidPath(PasidPathError { hop, missing: bit })
}

impl<C: ConfigSpace> Pci<C> {
    fn function_of(&self, bdf: Bdf) -> Result<&Function, Error> {
        self.topology.function(bdf)
    }

    /// Check one hop of a PASID path (live registers, not the enumeration snapshot: the
    /// control bits may have changed since).
    fn check_hop(&self, hop: &Function, is_bridge: bool) -> Result<(), Error> {
        let cfg = &self.cfg;
        let bdf = hop.bdf;
        let pcie = hop.caps.pcie.ok_or_else(|| missing(bdf, PathBit::PcieCapability))?;
        let devcap2 = Devcap2::from_bits(cfg.read32(bdf, pcie.offset + DEVCAP2_REL));
        if !devcap2.ee_prefix_supported() {
            return Err(missing(bdf, PathBit::EndEndPrefixSupported));
        }
        if decode_max_ee_prefixes(devcap2) < PASID_TLP_PREFIXES {
            return Err(missing(bdf, PathBit::MaxEndEndPrefixes));
        }
        if is_bridge {
            let devctl2 = Devctl2::from_bits(cfg.read16(bdf, pcie.offset + DEVCTL2_REL));
            if devctl2.ee_prefix_blocking() {
                return Err(missing(bdf, PathBit::EndEndPrefixBlocking));
            }
        }
        // A Downstream Port without ACS lets a peer's request be routed before it reaches
        // the IOMMU: such a path does not isolate PASIDs (Linux's pci_acs_enabled refuses a
        // Downstream Port without the capability the same way).
        if hop.caps.acs.is_none() && pcie.is_downstream_port() {
            return Err(missing(bdf, PathBit::AcsCapability));
        }
        if let Some(acs) = hop.caps.acs {
            let supported = AcsCaps::from_bits(cfg.read16(bdf, acs + ACS_CAPS_REL));
            let ctrl = AcsCtrl::from_bits(cfg.read16(bdf, acs + ACS_CTRL_REL));
            if supported.source_validation() && !ctrl.source_validation_en() {
                return Err(missing(bdf, PathBit::AcsSourceValidation));
            }
            if supported.p2p_request_redirect() && !ctrl.p2p_request_redirect_en() {
                return Err(missing(bdf, PathBit::AcsRequestRedirect));
            }
            if supported.upstream_forwarding() && !ctrl.upstream_forwarding_en() {
                return Err(missing(bdf, PathBit::AcsUpstreamForwarding));
            }
        }
        Ok(())
    }

    /// Enable PASID on `bdf`.
    ///
    /// Refused, with nothing written, unless the function has the PASID capability, its
    /// PASID and ATS are off (PASID is enabled before ATS, so that no translation is cached
    /// under a PASID setting that changes), and every hop — the function and each bridge up
    /// to and including the root port — advertises End-End TLP Prefix Supported with Max
    /// End-End TLP Prefixes of at least one (00b decodes as 4), no bridge has End-End TLP
    /// Prefix Blocking set, every Downstream Port of the path has the ACS capability, and
    /// every hop with ACS has Source Validation, P2P Request Redirect and Upstream
    /// Forwarding enabled where it supports them. The first hop that
    /// fails, nearest the function first, is named in the [`PasidPathError`].
    ///
    /// Execute and Privileged Mode are enabled only when asked for and supported. The PASID
    /// width is recorded ([`Function::pasid_width`]).
    pub fn enable_pasid(&mut self, bdf: Bdf, flags: PasidFlags) -> Result<PasidEnabled, Error> {
        let f = self.function_of(bdf)?;
        let pasid = f.caps.pasid.ok_or(Error::MissingCapability { bdf, cap: Capability::Pasid })?;
        let cfg = &self.cfg;
        let ctrl_off = pasid + PasidExtCap::CTRL_BYTE_OFFSET as u16;
        if PasidCtrl::from_bits(cfg.read16(bdf, ctrl_off)).enable() {
            return Err(Error::AlreadyEnabled { bdf, feature: Capability::Pasid });
        }
        if let Some(ats) = f.caps.ats {
            let ats_ctrl = cfg.read16(bdf, ats + AtsExtCap::CTRL_BYTE_OFFSET as u16);
            if AtsCtrl::from_bits(ats_ctrl).enable() {
                return Err(Error::PasidAfterAts(bdf));
            }
        }
        self.check_hop(f, false)?;
        for &hop in &f.path {
            let bridge = self.function_of(hop)?;
            self.check_hop(bridge, true)?;
        }

        let cap = PasidCap::from_bits(cfg.read16(bdf, pasid + PasidExtCap::CAP_BYTE_OFFSET as u16));
        let enabled = PasidEnabled {
            width: cap.max_pasid_width(),
            exec: flags.exec && cap.exec_supported(),
            privileged: flags.privileged && cap.priv_supported(),
        };
        let ctrl = PasidCtrl::default()
            .with_enable(true)
            .with_exec_en(enabled.exec)
            .with_priv_en(enabled.privileged);
        cfg.write16(bdf, ctrl_off, ctrl.0);
        let read = cfg.read16(bdf, ctrl_off);
        if read != ctrl.0 {
            return Err(Error::NotRetained {
                bdf,
                register: "PASID Control",
                written: u32::from(ctrl.0),
                read: u32::from(read),
            });
        }
        if let Some(f) = self.topology.get_mut(bdf) {
            f.pasid = Some(enabled);
        }
        Ok(enabled)
    }

    /// Enable ATS on `bdf` with the Smallest Translation Unit of `page_shift`-bit pages (the
    /// IOMMU's page size: translations are never smaller). The STU counts from 4 KiB, the
    /// RISC-V base page (`iommu_mem::PAGE_SHIFT`), which is also the unit of the ATS field.
    pub fn enable_ats(&mut self, bdf: Bdf, page_shift: u32) -> Result<AtsEnabled, Error> {
        let f = self.function_of(bdf)?;
        let ats = f.caps.ats.ok_or(Error::MissingCapability { bdf, cap: Capability::Ats })?;
        let cfg = &self.cfg;
        let stu_max = AtsCtrl::from_bits(u16::MAX).stu();
        let stu = page_shift
            .checked_sub(PAGE_SHIFT)
            .and_then(|s| u8::try_from(s).ok())
            .filter(|&s| s <= stu_max)
            .ok_or(Error::PageSizeUnsupported { bdf, page_shift })?;
        let ctrl_off = ats + AtsExtCap::CTRL_BYTE_OFFSET as u16;
        if AtsCtrl::from_bits(cfg.read16(bdf, ctrl_off)).enable() {
            return Err(Error::AlreadyEnabled { bdf, feature: Capability::Ats });
        }
        let cap = AtsCap::from_bits(cfg.read16(bdf, ats + AtsExtCap::CAP_BYTE_OFFSET as u16));
        // PCIe Base 6.x Section 10.5.1.2: an Invalidate Queue Depth of 0 means 32.
        let depth = match cap.inval_queue_depth() {
            0 => AtsCap::from_bits(u16::MAX).inval_queue_depth() + 1,
            n => n,
        };
        let ctrl = AtsCtrl::default().with_stu(stu).with_enable(true);
        cfg.write16(bdf, ctrl_off, ctrl.0);
        let read = cfg.read16(bdf, ctrl_off);
        if read != ctrl.0 {
            return Err(Error::NotRetained {
                bdf,
                register: "ATS Control",
                written: u32::from(ctrl.0),
                read: u32::from(read),
            });
        }
        Ok(AtsEnabled { stu, invalidate_queue_depth: depth })
    }

    /// Enable the Page Request Interface of `bdf` with room for `requested` outstanding page
    /// requests (capped at the function's capacity); returns the allocation written.
    ///
    /// Refused without the PRI capability, when PRI is already on, when the function needs
    /// its PRG responses to carry a PASID but PASID is not enabled, when nothing can be
    /// allocated, or when the function still reports requests outstanding after the reset.
    /// The sequence (PCIe Base 6.x Section 10.5.2): Reset with Enable clear, check Stopped,
    /// write the allocation (only legal while disabled), then Enable.
    pub fn enable_pri(&mut self, bdf: Bdf, requested: u32) -> Result<u32, Error> {
        let f = self.function_of(bdf)?;
        let pri = f.caps.pri.ok_or(Error::MissingCapability { bdf, cap: Capability::Pri })?;
        let cfg = &self.cfg;
        let ctrl_off = pri + PriExtCap::CTRL_BYTE_OFFSET as u16;
        let status_off = pri + PriExtCap::STATUS_BYTE_OFFSET as u16;
        if PriCtrl::from_bits(cfg.read16(bdf, ctrl_off)).enable() {
            return Err(Error::AlreadyEnabled { bdf, feature: Capability::Pri });
        }
        let status = PriStatus::from_bits(cfg.read16(bdf, status_off));
        if status.prg_resp_pasid_required() && f.pasid.is_none() {
            return Err(Error::PriPasidRequired(bdf));
        }
        let capacity = PriReqCapacity::from_bits(
            cfg.read32(bdf, pri + PriExtCap::REQ_CAPACITY_BYTE_OFFSET as u16),
        )
        .capacity();
        let alloc = requested.min(capacity);
        if alloc == 0 {
            return Err(Error::PriNoAllocation { bdf, requested, capacity });
        }
        cfg.write16(bdf, ctrl_off, PriCtrl::default().with_reset(true).0);
        if !PriStatus::from_bits(cfg.read16(bdf, status_off)).stopped() {
            return Err(Error::PriNotStopped(bdf));
        }
        let alloc_off = pri + PriExtCap::REQ_ALLOC_BYTE_OFFSET as u16;
        cfg.write32(bdf, alloc_off, PriReqAlloc::default().with_alloc(alloc).0);
        cfg.write16(bdf, ctrl_off, PriCtrl::default().with_enable(true).0);
        let read = PriCtrl::from_bits(cfg.read16(bdf, ctrl_off));
        if !read.enable() {
            return Err(Error::NotRetained {
                bdf,
                register: "Page Request Control",
                written: u32::from(PriCtrl::default().with_enable(true).0),
                read: u32::from(read.0),
            });
        }
        Ok(alloc)
    }

    /// Set Bus Master Enable on `bdf` and on every bridge up to its root port: a bridge
    /// forwards requests from its secondary side upstream only with it set.
    pub fn enable_bus_master(&self, bdf: Bdf) -> Result<(), Error> {
        let f = self.function_of(bdf)?;
        let off = Command::OFFSET as u16;
        for &hop in core::iter::once(&f.bdf).chain(&f.path) {
            let command = Command::from_bits(self.cfg.read16(hop, off));
            if !command.bus_master_en() {
                self.cfg.write16(hop, off, command.with_bus_master_en(true).0);
            }
        }
        Ok(())
    }
}
