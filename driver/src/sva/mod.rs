//! Shared virtual addressing: devices working in process address spaces through PASIDs.
//!
//! One [`Sva`] runs over one [`Iommu`]; every `Sva` of the system shares one
//! [`PasidAllocator`] (PASIDs are system-wide, handed out here, never chosen by a device
//! driver). The operating system's memory manager is reached through [`AddressSpace`].
//!
//! ```text
//! Sva::new(iommu, pasids)                 one per IOMMU, the same PasidAllocator
//!   add_device(SvaDevice)                 what the PCI layer enabled; attached with a PDT,
//!                                         EN_ATS, EN_PRI (+ PRPR when PRG responses need
//!                                         the PASID)
//!   capable(dev, &space, flags)           the checks bind makes; changes nothing
//!   bind(dev, space, flags) -> Bond       process context (Sv48 root, PSCID of the space
//!                                         on this IOMMU, ENS), IODIR.INVAL_PDT, fence
//!   handle_page_requests()                drain the PQ, group, fault in, one ATS.PRGR a group
//!   invalidate(space, range)              after unmap / write-protect: IOTLB + ATC, fence
//!   address_space_exited(space)           stop translation (the OS tore the tables down)
//!   unbind(bond)                          clear, invalidate, fence, drain, free the PASID
//!   domain_create / map / unmap           the second way: driver-owned tables, pinned
//! ```
//!
//! Decisions (and the specification text they rest on):
//!
//! * **PSCIDs**: one per address space per IOMMU (every bond of the space on this IOMMU
//!   shares it, whichever PASID), so one IOTINVAL.VMA by PSCID covers the space; freed when
//!   the space's last bond here is gone. Each PASID domain has its own.
//! * **Supervisor bonds** set `ENS` = 1 with `SUM` = 0 (`iommu_data_structures.adoc`,
//!   process context `ta`): privileged requests reach supervisor pages only, as kernel code
//!   outside explicit user-access windows. Without the flag `ENS` = 0 and privileged
//!   requests fault in the IOMMU, and their page requests are answered Invalid here.
//! * **Exit**: the OS tears the process's tables down to an empty root (the root page stays
//!   while bonds hold the structure), then calls [`Sva::address_space_exited`], which
//!   invalidates the IOTLB (by PSCID) and the devices' ATCs and fences. The process context
//!   stays valid: with it the IOMMU answers DMA with page faults and ATS translation
//!   requests with a Success completion without permissions (`[[ATS_FAULTS]]`: a first-stage
//!   page fault of an ATS request), so the device takes its ordinary page-request path and
//!   gets Invalid, instead of an Unsupported Request from a missing process context
//!   (`PDT entry not valid`, an error completion for the function). Faults between exit
//!   and unbind are counted ([`FaultStats::quiet`]), not reported. The PASID stays
//!   allocated until unbind; no callback reaches the device driver.
//! * **Stop Marker**: no response (PCIe), and it closes the device's use of the PASID:
//!   the PASID's incomplete groups are dropped (the device will not finish them), which is
//!   what lets an unbind's drain end early.
//! * **Responses**: Success when every request of the group was faulted in; Invalid
//!   Request for a request outside a mapping, without permission, non-canonical, privileged
//!   without a supervisor bond, execute not enabled on the device, for an unknown device or
//!   PASID, an exited or unbinding space, or when the OS cannot populate the page. Response
//!   Failure (the device then disables its PRI) is never sent by the driver. Errors are
//!   sticky: the first failing request decides the group's response, later ones are not
//!   resolved.

mod domain;
mod error;
pub mod pagetable;
mod pasid;
mod prq;
mod space;

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::rc::Rc;
use alloc::vec::Vec;

pub use domain::{MapPerms, PasidDomain};
pub use error::{BindError, SvaError};
pub use pasid::{PasidAllocator, PasidOwner};
pub use prq::{FaultStats, PageRequestStats};
pub use space::{Access, AddressSpace, FaultInError, SpaceId};

use crate::dma::DmaMemory;
use crate::iommu::{self, Wait};
use crate::iommu::{
    ats_inval_all, ats_inval_payload, range_invalidations, AtsTarget, Command, DeviceConfig,
    FirstStage, Iommu, PagingMode, PdtLevels, ProcessConfig,
};
use crate::mmio::Mmio;
use crate::pci::{AtsEnabled, PasidEnabled};
use crate::regs::iommu_mem::PROCESS_ID_BITS;

/// Largest PSCID plus one (the field is as wide as a PASID).
const PSCID_LIMIT: u32 = 1 << PROCESS_ID_BITS;

/// A PCIe function as the PCI layer enabled it, for the SVA layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SvaDevice {
    /// device_id the IOMMU sees (segment << 16 | requester ID).
    pub device_id: u32,
    /// Max PASID Width enabled (0: PASID not enabled).
    pub pasid_bits: u32,
    /// PASID prefixes may request Privileged Mode (PASID control: Privileged Mode Enable).
    pub privileged: bool,
    /// PASID prefixes may request Execute (Execute Permission Enable).
    pub execute: bool,
    /// ATS is enabled.
    pub ats: bool,
    /// PRI is enabled.
    pub pri: bool,
    /// PRI status "PRG Response PASID Required": responses must carry the request's PASID.
    pub prg_response_pasid: bool,
}

impl SvaDevice {
    /// A function with PASID (`pasid_bits`), ATS and PRI, no privileged or execute requests,
    /// PRG responses with the PASID.
    pub const fn full(device_id: u32, pasid_bits: u32) -> Self {
        SvaDevice {
            device_id,
            pasid_bits,
            privileged: false,
            execute: false,
            ats: true,
            pri: true,
            prg_response_pasid: true,
        }
    }

    /// From what the PCI layer enabled on the function: PASID (width, privileged, execute),
    /// ATS, PRI, and the PRI status bit "PRG Response PASID Required".
    pub fn from_pci(
        device_id: u32,
        pasid: Option<PasidEnabled>,
        ats: Option<AtsEnabled>,
        pri_enabled: bool,
        prg_response_pasid: bool,
    ) -> Self {
        SvaDevice {
            device_id,
            pasid_bits: pasid.map_or(0, |p| p.width.into()),
            privileged: pasid.is_some_and(|p| p.privileged),
            execute: pasid.is_some_and(|p| p.exec),
            ats: ats.is_some(),
            pri: pri_enabled,
            prg_response_pasid,
        }
    }

    /// Where ATS commands for it go, with `pasid` (`None` for none).
    fn target(&self, pasid: Option<u32>) -> AtsTarget {
        ats_target(self.device_id, pasid)
    }
}

/// An ATS target for a device_id: the low 16 bits are the requester ID, higher bits the
/// segment (`DSV`/`DSEG`).
fn ats_target(device_id: u32, pasid: Option<u32>) -> AtsTarget {
    let seg = (device_id >> u16::BITS) as u8;
    AtsTarget { rid: device_id as u16, segment: (seg != 0).then_some(seg), pasid }
}

/// How to bind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BindFlags {
    /// A PASID of its own for this bond even if the address space has one (the address
    /// space may hold several PASIDs; none of them serves another space).
    pub private_pasid: bool,
    /// Privileged requests allowed (`ENS` = 1, `SUM` = 0); needed for the kernel address
    /// space and for a device to send privileged requests.
    pub supervisor: bool,
}

/// A bond of a device with an address space: the PASID the device uses. A plain handle;
/// it stays valid until [`Sva::unbind`] drops its last reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bond {
    device_id: u32,
    pasid: u32,
}

impl Bond {
    /// The device.
    pub const fn device_id(&self) -> u32 {
        self.device_id
    }
    /// The PASID to program into the device.
    pub const fn pasid(&self) -> u32 {
        self.pasid
    }
}

/// Tuning of the SVA layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SvaConfig {
    /// Page-request queue drains an unbind makes, waiting for the PASID's incomplete groups,
    /// before it fails with [`SvaError::DrainTimeout`]; at least one is always made.
    pub drain_attempts: u32,
}

impl Default for SvaConfig {
    fn default() -> Self {
        SvaConfig { drain_attempts: 1000 }
    }
}

/// Where a bond is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BondState {
    Active,
    /// Last reference gone: the context and invalidations are still to do.
    Closing,
    /// Context cleared and invalidations queued, but their IOFENCE.C did not complete
    /// within the poll budget (the device has not answered the ATS.INVAL yet).
    AwaitingFence,
    /// Context cleared, IOTLB and ATC invalidated and fenced: waiting for page requests.
    Draining,
}

#[derive(Clone, Copy, Debug)]
struct BondRecord {
    space: SpaceId,
    refs: u32,
    supervisor: bool,
    private: bool,
    state: BondState,
}

/// An address space with bonds on this IOMMU.
struct SpaceRecord {
    space: Rc<dyn AddressSpace>,
    pscid: u32,
    /// Bonds on this IOMMU holding it.
    bonds: u32,
    /// [`Sva::address_space_exited`] ran.
    exited: bool,
}

/// What [`Sva::bind`] will do, decided by the checks [`Sva::capable`] shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    /// Another reference to an existing bond.
    Reuse(u32),
    /// Another user of the address space's shared PASID.
    Share(u32),
    /// A new PASID (shared or private).
    New { private: bool },
}

/// The SVA layer over one IOMMU.
pub struct Sva<M: Mmio, D: DmaMemory> {
    iommu: Iommu<M, D>,
    pasids: PasidAllocator,
    config: SvaConfig,
    devices: BTreeMap<u32, SvaDevice>,
    spaces: BTreeMap<SpaceId, SpaceRecord>,
    bonds: BTreeMap<(u32, u32), BondRecord>,
    domains: BTreeMap<u32, domain::DomainRecord>,
    pscids: BTreeSet<u32>,
    prq: prq::PrqState,
}

impl<M: Mmio, D: DmaMemory> Sva<M, D> {
    /// The SVA layer over `iommu`, allocating PASIDs from the system-wide `pasids`.
    pub fn new(iommu: Iommu<M, D>, pasids: PasidAllocator) -> Self {
        Self::with_config(iommu, pasids, SvaConfig::default())
    }

    /// As [`Sva::new`] with tuning.
    pub fn with_config(iommu: Iommu<M, D>, pasids: PasidAllocator, config: SvaConfig) -> Self {
        Sva {
            iommu,
            pasids,
            config,
            devices: BTreeMap::new(),
            spaces: BTreeMap::new(),
            bonds: BTreeMap::new(),
            domains: BTreeMap::new(),
            pscids: BTreeSet::new(),
            prq: prq::PrqState::default(),
        }
    }

    /// The IOMMU layer underneath.
    pub fn iommu(&self) -> &Iommu<M, D> {
        &self.iommu
    }

    /// The IOMMU layer underneath, mutable (for what the SVA layer does not cover; do not
    /// change the contexts it owns).
    pub fn iommu_mut(&mut self) -> &mut Iommu<M, D> {
        &mut self.iommu
    }

    /// The system-wide PASID allocator.
    pub fn pasids(&self) -> &PasidAllocator {
        &self.pasids
    }

    /// The registered device.
    pub fn device(&self, device_id: u32) -> Option<&SvaDevice> {
        self.devices.get(&device_id)
    }

    /// The PASID width usable on `dev` here: its own, capped by the IOMMU's widest
    /// process directory.
    fn usable_bits(&self, dev: &SvaDevice) -> u32 {
        let caps = self.iommu.capabilities();
        let widest = PdtLevels::widest(caps).map_or(0, PdtLevels::process_id_bits);
        dev.pasid_bits.min(widest).min(self.pasids.bits())
    }

    /// Register a function the PCI layer set up. With PASID it is attached now with a
    /// process directory for its PASID width, `EN_ATS` / `EN_PRI` as enabled on it and
    /// `PRPR` when its PRG responses must carry the PASID (what the IOMMU's own responses
    /// then do, `[[ATS_PRI]]`). Without PASID it is only recorded (every bind refuses it).
    pub fn add_device(&mut self, dev: SvaDevice) -> Result<(), SvaError> {
        if self.devices.contains_key(&dev.device_id) {
            return Err(SvaError::DeviceRegistered { device_id: dev.device_id });
        }
        let bits = self.usable_bits(&dev);
        if bits > 0 {
            let ats = dev.ats && self.iommu.capabilities().ats();
            let pri = ats && dev.pri;
            // DPE = 1 with process context 0 never installed (the allocator starts at 1):
            // a request without a PASID then walks to an invalid PDT entry and faults. With
            // DPE = 0 the spec translates it with a Bare first stage (`iommu_data_structures.adoc`,
            // process to translate an IOVA, the step "If DPE is 0 and there is no process_id"),
            // i.e. a bound device could reach any physical address by leaving the prefix off.
            let mut config = DeviceConfig::process_directory(bits);
            config.first_stage =
                FirstStage::ProcessDirectory { pasid_bits: bits, default_process_zero: true };
            config.ats = ats;
            config.pri = pri;
            config.prg_response_pasid = pri && dev.prg_response_pasid;
            self.iommu.attach(dev.device_id, config)?;
        }
        self.devices.insert(dev.device_id, dev);
        Ok(())
    }

    /// Forget a device with no bond and no domain left: detach it.
    pub fn remove_device(&mut self, device_id: u32) -> Result<(), SvaError> {
        if !self.devices.contains_key(&device_id) {
            return Err(SvaError::UnknownDevice { device_id });
        }
        let busy = self.bonds.keys().any(|&(d, _)| d == device_id)
            || self.domains.values().any(|r| r.devices.contains(&device_id));
        if busy {
            return Err(SvaError::DeviceBusy { device_id });
        }
        if self.iommu.device_context(device_id).is_some() {
            self.iommu.detach(device_id)?;
        }
        self.devices.remove(&device_id);
        Ok(())
    }

    /// Every check of a bind, and what it would do. Reads only.
    fn plan(
        &self,
        device_id: u32,
        space: &dyn AddressSpace,
        flags: BindFlags,
    ) -> Result<Plan, BindError> {
        let dev = self.devices.get(&device_id).ok_or(BindError::UnknownDevice { device_id })?;
        let caps = self.iommu.capabilities();
        if !PagingMode::Sv48.supported_by(caps) {
            return Err(BindError::NoSv48);
        }
        if !caps.ats() {
            return Err(BindError::IommuLacksAts);
        }
        let bits = self.usable_bits(dev);
        if bits == 0 {
            return Err(BindError::DeviceLacksPasid { device_id });
        }
        if !dev.ats {
            return Err(BindError::DeviceLacksAts { device_id });
        }
        if !dev.pri {
            return Err(BindError::DeviceLacksPri { device_id });
        }
        let id = space.id();
        if space.has_exited() {
            return Err(BindError::SpaceExited(id));
        }
        if space.is_kernel() && !flags.supervisor {
            return Err(BindError::KernelNeedsSupervisor);
        }
        if flags.supervisor && !dev.privileged {
            return Err(BindError::DeviceLacksPrivileged { device_id });
        }
        if !flags.private_pasid {
            if let Some(pasid) = self.pasids.shared_pasid(id) {
                if let Some(b) = self.bonds.get(&(device_id, pasid)) {
                    if b.state != BondState::Active {
                        return Err(BindError::Unbinding { device_id, pasid });
                    }
                    if b.supervisor != flags.supervisor {
                        return Err(BindError::FlagsMismatch { device_id });
                    }
                    return Ok(Plan::Reuse(pasid));
                }
                if pasid >> bits != 0 {
                    return Err(BindError::PasidTooWide { pasid, bits });
                }
                self.check_pscid(id)?;
                return Ok(Plan::Share(pasid));
            }
        }
        if self.pasids.next_free(bits).is_none() {
            return Err(BindError::PasidsExhausted { bits });
        }
        self.check_pscid(id)?;
        Ok(Plan::New { private: flags.private_pasid })
    }

    fn check_pscid(&self, space: SpaceId) -> Result<(), BindError> {
        if self.spaces.contains_key(&space) || self.next_pscid().is_some() {
            Ok(())
        } else {
            Err(BindError::PscidsExhausted)
        }
    }

    fn next_pscid(&self) -> Option<u32> {
        (1..PSCID_LIMIT).find(|p| !self.pscids.contains(p))
    }

    /// Whether [`Sva::bind`] of `device_id` to `space` with `flags` would succeed: exactly
    /// its checks (device registered with PASID, ATS and PRI; IOMMU with Sv48 and ATS; the
    /// space alive; kernel space only with `supervisor`; `supervisor` only for a device
    /// that may send privileged requests; a PASID that fits the device; a free PSCID).
    /// Changes nothing.
    pub fn capable(
        &self,
        device_id: u32,
        space: &dyn AddressSpace,
        flags: BindFlags,
    ) -> Result<(), BindError> {
        self.plan(device_id, space, flags).map(|_| ())
    }

    /// Bind `device_id` to `space`: the PASID the device is to use. A second bind of the
    /// same (device, space) without `private_pasid` returns the same bond and counts a
    /// reference. Otherwise: a PASID (the space's shared one, allocated on first use, or a
    /// private one), the space's PSCID on this IOMMU, the process context (Sv48, the space's
    /// root, `ENS` = `supervisor`, `SUM` = 0), then IODIR.INVAL_PDT and IOFENCE.C. Holds
    /// `space` (the structure, not its mappings) until the bond is gone.
    pub fn bind(
        &mut self,
        device_id: u32,
        space: Rc<dyn AddressSpace>,
        flags: BindFlags,
    ) -> Result<Bond, BindError> {
        let plan = self.plan(device_id, &*space, flags)?;
        let id = space.id();
        let pasid = match plan {
            Plan::Reuse(pasid) => {
                if let Some(b) = self.bonds.get_mut(&(device_id, pasid)) {
                    b.refs += 1;
                }
                return Ok(Bond { device_id, pasid });
            }
            Plan::Share(pasid) => {
                self.pasids.get(pasid);
                pasid
            }
            Plan::New { private } => {
                let owner = if private { PasidOwner::Private(id) } else { PasidOwner::Shared(id) };
                let bits = self.devices.get(&device_id).map_or(0, |d| self.usable_bits(d));
                self.pasids.allocate(owner, bits).ok_or(BindError::PasidsExhausted { bits })?
            }
        };
        let pscid = match self.hold_space(&space) {
            Some(p) => p,
            None => {
                self.pasids.put(pasid);
                return Err(BindError::PscidsExhausted);
            }
        };
        let pc = ProcessConfig {
            mode: PagingMode::Sv48,
            root: space.root(),
            pscid,
            ens: flags.supervisor,
            sum: false,
        };
        let written = self
            .iommu
            .set_process(device_id, pasid, pc)
            .and_then(|()| self.iommu.invalidate_process(device_id, pasid));
        if let Err(e) = written {
            // A context that may be valid is taken down again before the PASID can go.
            let _ = self.iommu.remove_process(device_id, pasid);
            self.release_space(id);
            self.pasids.put(pasid);
            return Err(e.into());
        }
        let record = BondRecord {
            space: id,
            refs: 1,
            supervisor: flags.supervisor,
            private: flags.private_pasid,
            state: BondState::Active,
        };
        self.bonds.insert((device_id, pasid), record);
        Ok(Bond { device_id, pasid })
    }

    /// Take a reference to `space` on this IOMMU; its PSCID.
    fn hold_space(&mut self, space: &Rc<dyn AddressSpace>) -> Option<u32> {
        let id = space.id();
        if let Some(r) = self.spaces.get_mut(&id) {
            r.bonds += 1;
            return Some(r.pscid);
        }
        let pscid = self.next_pscid()?;
        self.pscids.insert(pscid);
        let record = SpaceRecord { space: Rc::clone(space), pscid, bonds: 1, exited: false };
        self.spaces.insert(id, record);
        Some(pscid)
    }

    /// Drop a reference to `space` on this IOMMU; the last frees its PSCID (its translations
    /// were invalidated by the caller).
    fn release_space(&mut self, id: SpaceId) {
        let Some(r) = self.spaces.get_mut(&id) else { return };
        r.bonds = r.bonds.saturating_sub(1);
        if r.bonds == 0 {
            self.pscids.remove(&r.pscid);
            self.spaces.remove(&id);
        }
    }

    /// Bonds on this IOMMU: (bond, address space, references), ascending.
    pub fn bonds(&self) -> Vec<(Bond, SpaceId, u32)> {
        self.bonds
            .iter()
            .filter(|(_, r)| r.state == BondState::Active)
            .map(|(&(device_id, pasid), r)| (Bond { device_id, pasid }, r.space, r.refs))
            .collect()
    }

    /// True when `bond` is a live bond and was bound with `private_pasid`.
    pub fn is_private(&self, bond: Bond) -> Option<bool> {
        self.bonds.get(&(bond.device_id, bond.pasid)).map(|r| r.private)
    }

    /// The PSCID `space` has on this IOMMU, while bound here.
    pub fn pscid(&self, space: SpaceId) -> Option<u32> {
        self.spaces.get(&space).map(|r| r.pscid)
    }

    /// Drop one reference of `bond`; see [`Sva::unbind_with`]. Waiting for page requests
    /// only drains the queue.
    pub fn unbind(&mut self, bond: Bond) -> Result<(), SvaError> {
        self.unbind_with(bond, &mut || {})
    }

    /// Drop one reference of `bond`. The last one ends it: clear the process context
    /// (IODIR.INVAL_PDT and IOTINVAL.VMA by PSCID follow), ATS.INVAL of the whole address
    /// range of the PASID to the device, IOFENCE.C (which waits for the device's Invalidate
    /// Completion); then drain the page-request queue (answering every other request
    /// normally, this PASID's Invalid) until no group of the PASID is incomplete, calling
    /// `wait` between drains, at most [`SvaConfig::drain_attempts`] times; only then is the
    /// PASID released. The device driver must have stopped the device's use of the PASID
    /// before (a Stop Marker for it counts as quiet).
    ///
    /// On an error the bond stays, without references, and the PASID stays allocated (the
    /// device's ATC or the queue may still hold it): call again to resume where it stopped.
    /// [`SvaError::DrainTimeout`]: a group stayed incomplete; the next call drains again.
    /// `Iommu(Timeout(FenceCompletion))`: the device has not answered the ATS.INVAL within
    /// the poll budget; the next call waits for the same fence. `Iommu(CommandTimeout)`:
    /// the ATS.INVAL timed out in the IOMMU (`cqcsr.cmd_to`, the queue was recovered); the
    /// next call sends the invalidations again.
    pub fn unbind_with(&mut self, bond: Bond, wait: &mut dyn FnMut()) -> Result<(), SvaError> {
        let key = (bond.device_id, bond.pasid);
        let unknown = SvaError::UnknownBond { device_id: bond.device_id, pasid: bond.pasid };
        let record = self.bonds.get_mut(&key).ok_or(unknown)?;
        if record.state == BondState::Active {
            record.refs -= 1;
            if record.refs > 0 {
                return Ok(());
            }
            record.state = BondState::Closing;
        }
        let space = record.space;
        let state = record.state;
        let closed = match state {
            BondState::Closing => self.close_bond(bond, space),
            // The invalidations are in the queue: only wait for them.
            BondState::AwaitingFence => self.iommu.sync(),
            _ => Ok(()),
        };
        let next = match &closed {
            Ok(()) => BondState::Draining,
            // Still outstanding: the next call waits again.
            Err(iommu::Error::Timeout(Wait::FenceCompletion)) => BondState::AwaitingFence,
            // Anything else, a timed-out ATS.INVAL (`cmd_to`) included: the ATC may still
            // hold the PASID's translations, so the next call sends them again.
            Err(_) => BondState::Closing,
        };
        if let Some(r) = self.bonds.get_mut(&key) {
            r.state = next;
        }
        closed?;
        self.drain_pasid(bond, wait)?;
        self.bonds.remove(&key);
        self.prq.forget_pasid(bond.device_id, bond.pasid);
        self.release_space(space);
        self.pasids.put(bond.pasid);
        Ok(())
    }

    /// Take down the process context of a closing bond and invalidate what it cached.
    fn close_bond(&mut self, bond: Bond, space: SpaceId) -> Result<(), iommu::Error> {
        let (device_id, pasid) = (bond.device_id, bond.pasid);
        if self.iommu.process_context(device_id, pasid).is_some() {
            self.iommu.remove_process(device_id, pasid)?;
        }
        let mut cmds = Vec::new();
        if let Some(r) = self.spaces.get(&space) {
            cmds.push(Command::invalidate_pscid(r.pscid));
        }
        if let Some(dev) = self.devices.get(&device_id) {
            if dev.ats {
                let target = dev.target(Some(pasid));
                cmds.push(Command::AtsInval { target, payload: ats_inval_all() });
            }
        }
        self.iommu.execute(&cmds)
    }

    /// Drain until `bond`'s PASID has no incomplete group.
    fn drain_pasid(&mut self, bond: Bond, wait: &mut dyn FnMut()) -> Result<(), SvaError> {
        let attempts = self.config.drain_attempts.max(1);
        for attempt in 0..attempts {
            self.handle_page_requests()?;
            if self.prq.open_groups(bond.device_id, bond.pasid) == 0 {
                return Ok(());
            }
            if attempt + 1 < attempts {
                wait();
            }
        }
        Err(SvaError::DrainTimeout {
            device_id: bond.device_id,
            pasid: bond.pasid,
            groups: self.prq.open_groups(bond.device_id, bond.pasid),
        })
    }

    /// The OS changed `bytes` bytes of `space` from `iova` (unmapped, write-protected, or
    /// any other change a device must not keep cached): IOTINVAL.VMA by the space's PSCID
    /// and address per page (the whole PSCID above
    /// [`crate::iommu::Config::range_invalidation_threshold`] pages), ATS.INVAL of the range
    /// to every device bonded to it here with each of its PASIDs, then IOFENCE.C. Call it
    /// on every [`Sva`] (IOMMU) before the pages are reused; a space not bound on this
    /// IOMMU needs nothing (returns `Ok`).
    pub fn invalidate(&mut self, space: SpaceId, iova: u64, bytes: u64) -> Result<(), SvaError> {
        let Some(r) = self.spaces.get(&space) else { return Ok(()) };
        let threshold = self.iommu.config().range_invalidation_threshold;
        let mut cmds = range_invalidations(r.pscid, iova, bytes, threshold);
        cmds.extend(self.ats_invalidations(space, |_| ats_inval_payload(iova, bytes)));
        self.iommu.execute(&cmds)?;
        Ok(())
    }

    /// ATS.INVAL for every ATS device bonded to `space` here, with each PASID.
    fn ats_invalidations(
        &self,
        space: SpaceId,
        payload: impl Fn(u32) -> crate::regs::iommu_mem::AtsInvalPayload,
    ) -> Vec<Command> {
        self.bonds
            .iter()
            .filter(|(_, b)| b.space == space)
            .filter_map(|(&(device_id, pasid), _)| {
                let dev = self.devices.get(&device_id).filter(|d| d.ats)?;
                Some(Command::AtsInval { target: dev.target(Some(pasid)), payload: payload(pasid) })
            })
            .collect()
    }

    /// The process behind `space` exited and the OS tore its page tables down: invalidate
    /// everything the IOMMU and the devices cached for it (IOTINVAL.VMA by PSCID, ATS.INVAL
    /// of the whole range for each bonded PASID, IOFENCE.C). The bonds and PASIDs stay until
    /// the device driver unbinds; from now on faults of its PASIDs are counted as quiet and
    /// its page requests answered Invalid (also before this call: the space says it exited).
    pub fn address_space_exited(&mut self, space: SpaceId) -> Result<(), SvaError> {
        let Some(r) = self.spaces.get_mut(&space) else { return Ok(()) };
        r.exited = true;
        let mut cmds = alloc::vec![Command::invalidate_pscid(r.pscid)];
        cmds.extend(self.ats_invalidations(space, |_| ats_inval_all()));
        self.iommu.execute(&cmds)?;
        Ok(())
    }

    /// True when the bond's space exited (reported by the space itself or by
    /// [`Sva::address_space_exited`]).
    fn space_exited(&self, space: SpaceId) -> bool {
        self.spaces.get(&space).is_some_and(|r| r.exited || r.space.has_exited())
    }
}
