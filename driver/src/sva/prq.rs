//! Page-request handling (`iommu_in_memory_queues.adoc`, "Page-Request-Queue"; the PCIe
//! Page Request Interface): group the queue's records by (device, PASID, PRG index) until
//! the request with Last, resolve each against the bond's address space, answer each group
//! with exactly one ATS.PRGR; and the fault queue as seen by the SVA layer.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::ops::AddAssign;

use super::pagetable::is_canonical;
use super::space::{Access, FaultInError};
use super::{ats_target, BondState, Sva, SvaError};
use crate::dma::DmaMemory;
use crate::iommu::{Command, FaultReport};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{PageRequest, PrgResp, PAGE_SHIFT};

/// What page-request handling did (one call, or the totals).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageRequestStats {
    /// Records read from the queue (Stop Markers included).
    pub requests: u64,
    /// Groups closed by a request with Last (= responses sent).
    pub groups: u64,
    /// Responses with Success.
    pub success: u64,
    /// Responses with Invalid Request.
    pub invalid: u64,
    /// Responses with Response Failure.
    pub failure: u64,
    /// Stop Markers (no response).
    pub stop_markers: u64,
    /// Requests answered Invalid because their address space exited or their bond is being
    /// unbound (expected, not errors).
    pub quiet: u64,
    /// Requests refused as malformed: non-canonical address, privileged without a supervisor
    /// bond, execute not enabled, unknown device or PASID.
    pub bad: u64,
    /// Incomplete groups dropped without a response (after an overflow or memory fault of the
    /// queue, or by a Stop Marker).
    pub discarded_groups: u64,
    /// Drains that found `pqof` set (cleared after the recovery).
    pub overflows: u64,
    /// Drains that found `pqmf` set (cleared after the recovery).
    pub memory_faults: u64,
}

impl AddAssign for PageRequestStats {
    fn add_assign(&mut self, o: Self) {
        self.requests += o.requests;
        self.groups += o.groups;
        self.success += o.success;
        self.invalid += o.invalid;
        self.failure += o.failure;
        self.stop_markers += o.stop_markers;
        self.quiet += o.quiet;
        self.bad += o.bad;
        self.discarded_groups += o.discarded_groups;
        self.overflows += o.overflows;
        self.memory_faults += o.memory_faults;
    }
}

/// What one drain of the fault queue found, after the SVA layer's filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FaultStats {
    /// Faults for the caller: everything not quiet.
    pub reports: Vec<FaultReport>,
    /// Faults of PASIDs whose address space exited (or whose bond is being unbound):
    /// expected, counted only.
    pub quiet: u64,
    /// Records were lost (`fqof` / `fqmf`).
    pub lost: bool,
}

/// An incomplete group: the sticky verdict so far.
#[derive(Clone, Copy, Debug, Default)]
struct Group {
    /// The first failure's response; `None` while every request succeeded.
    failed: Option<PrgResp>,
}

/// Identity of a page-request group: device_id, PASID, PRG index.
type GroupKey = (u32, Option<u32>, u16);

/// The driver's side of page requests: incomplete groups and totals.
#[derive(Debug, Default)]
pub(super) struct PrqState {
    groups: BTreeMap<GroupKey, Group>,
    totals: PageRequestStats,
}

impl PrqState {
    /// Incomplete groups of (`device_id`, `pasid`).
    pub fn open_groups(&self, device_id: u32, pasid: u32) -> usize {
        self.groups.keys().filter(|k| k.0 == device_id && k.1 == Some(pasid)).count()
    }

    /// Drop the incomplete groups of (`device_id`, `pasid`); how many.
    fn drop_groups(&mut self, device_id: u32, pasid: u32) -> usize {
        let before = self.groups.len();
        self.groups.retain(|k, _| !(k.0 == device_id && k.1 == Some(pasid)));
        before - self.groups.len()
    }

    /// The PASID is gone: nothing of it may linger.
    pub fn forget_pasid(&mut self, device_id: u32, pasid: u32) {
        self.drop_groups(device_id, pasid);
    }
}

/// Why one request is answered other than Success, and how it counts.
enum Refusal {
    /// Malformed or for something unknown.
    Bad,
    /// The address space exited or the bond is being unbound.
    Quiet,
    /// Outside a mapping or without permission.
    Denied,
}

impl<M: Mmio, D: DmaMemory> Sva<M, D> {
    /// Drain the page-request queue and answer what it held: records are grouped by
    /// (device, PASID, PRG index); each request of a group is resolved against its bond's
    /// address space ([`super::AddressSpace::fault_in`]) until one fails (errors are
    /// sticky: the rest of the group is not resolved); the request with Last closes the
    /// group with one ATS.PRGR (Success, or Invalid Request), with the PASID when the
    /// device's PRG responses need it; every page resolved is first invalidated in the
    /// IOMMU (IOTINVAL.VMA of its PSCID and address). Stop Markers get no response and drop the PASID's
    /// incomplete groups. After an overflow (`pqof`) or memory fault (`pqmf`) of the queue,
    /// once this drain emptied it, every incomplete group is dropped (requests of them were
    /// lost; the IOMMU answered those with Last itself) and the bit is cleared. The
    /// responses go out as one batch fenced by IOFENCE.C.
    pub fn handle_page_requests(&mut self) -> Result<PageRequestStats, SvaError> {
        let drain = self.iommu.drain_page_requests()?;
        let mut stats = PageRequestStats::default();
        let mut responses = Vec::new();
        for rec in &drain.requests {
            self.page_request(rec, &mut stats, &mut responses);
        }
        if !responses.is_empty() {
            self.iommu.execute(&responses)?;
        }
        if drain.overflow || drain.memory_fault {
            stats.discarded_groups += self.prq.groups.len() as u64;
            self.prq.groups.clear();
            stats.overflows += u64::from(drain.overflow);
            stats.memory_faults += u64::from(drain.memory_fault);
            self.iommu.clear_page_request_errors(drain.overflow, drain.memory_fault)?;
        }
        self.prq.totals += stats;
        Ok(stats)
    }

    /// Totals of every [`Sva::handle_page_requests`] so far (unbind drains included).
    pub fn page_request_totals(&self) -> PageRequestStats {
        self.prq.totals
    }

    /// Incomplete page-request groups the driver holds.
    pub fn open_page_request_groups(&self) -> usize {
        self.prq.groups.len()
    }

    fn page_request(
        &mut self,
        rec: &PageRequest,
        stats: &mut PageRequestStats,
        out: &mut Vec<Command>,
    ) {
        stats.requests += 1;
        let device_id = rec.did();
        let pasid = rec.pv().then(|| rec.pid());
        let p = rec.payload();
        if p.l() && !p.r() && !p.w() {
            stats.stop_markers += 1;
            if let Some(pasid) = pasid {
                stats.discarded_groups += self.prq.drop_groups(device_id, pasid) as u64;
            }
            return;
        }
        let key = (device_id, pasid, p.prgi());
        let failed = self.prq.groups.get(&key).and_then(|g| g.failed);
        let failed = match failed {
            Some(code) => Some(code),
            None => {
                let access = Access {
                    read: p.r(),
                    write: p.w(),
                    execute: rec.exec(),
                    privileged: rec.r#priv(),
                };
                let addr = p.page_addr() << PAGE_SHIFT;
                match self.resolve(device_id, pasid, addr, access) {
                    Ok(pscid) => {
                        // The fault-in may have changed a valid leaf (a page loaded before
                        // gets W and D for a store): the IOMMU may go on using the old one
                        // until an IOTINVAL.VMA ("Changing first-stage page table entry"
                        // in the software guidelines); it runs before the response, in the
                        // same fenced batch, so the device's retry sees the new leaf.
                        out.push(Command::invalidate_page(pscid, addr));
                        None
                    }
                    Err(why) => {
                        match why {
                            Refusal::Bad => stats.bad += 1,
                            Refusal::Quiet => stats.quiet += 1,
                            Refusal::Denied => {}
                        }
                        Some(PrgResp::INVALID)
                    }
                }
            }
        };
        if !p.l() {
            self.prq.groups.entry(key).or_default().failed = failed;
            return;
        }
        self.prq.groups.remove(&key);
        let response = failed.unwrap_or(PrgResp::SUCCESS);
        match response {
            PrgResp::SUCCESS => stats.success += 1,
            PrgResp::INVALID => stats.invalid += 1,
            _ => stats.failure += 1,
        }
        stats.groups += 1;
        let with_pasid = self.devices.get(&device_id).is_some_and(|d| d.prg_response_pasid);
        let target = ats_target(device_id, pasid.filter(|_| with_pasid));
        out.push(Command::AtsPrgr { target, prgi: p.prgi(), response });
    }

    /// Resolve one request: Ok with the PSCID of the address space when the page is now
    /// accessible as asked.
    fn resolve(
        &self,
        device_id: u32,
        pasid: Option<u32>,
        addr: u64,
        access: Access,
    ) -> Result<u32, Refusal> {
        let dev = self.devices.get(&device_id).ok_or(Refusal::Bad)?;
        let pasid = pasid.ok_or(Refusal::Bad)?;
        let bond = self.bonds.get(&(device_id, pasid)).ok_or(Refusal::Bad)?;
        if bond.state != BondState::Active || self.space_exited(bond.space) {
            return Err(Refusal::Quiet);
        }
        if !is_canonical(addr)
            || (access.privileged && !bond.supervisor)
            || (access.execute && !dev.execute)
        {
            return Err(Refusal::Bad);
        }
        let space = self.spaces.get(&bond.space).ok_or(Refusal::Bad)?;
        match space.space.fault_in(addr, access) {
            Ok(()) => Ok(space.pscid),
            Err(FaultInError::Exited) => Err(Refusal::Quiet),
            Err(_) => Err(Refusal::Denied),
        }
    }

    /// Drain the fault queue: faults of PASIDs whose address space exited, or whose bond is
    /// being unbound, are counted as quiet; the rest are returned.
    pub fn handle_faults(&mut self) -> Result<FaultStats, SvaError> {
        let drain = self.iommu.drain_faults()?;
        let mut stats =
            FaultStats { lost: drain.overflow || drain.memory_fault, ..FaultStats::default() };
        for f in drain.reports {
            let quiet = f
                .pasid
                .and_then(|p| self.bonds.get(&(f.device_id, p)))
                .is_some_and(|b| b.state != BondState::Active || self.space_exited(b.space));
            if quiet {
                stats.quiet += 1;
            } else {
                stats.reports.push(f);
            }
        }
        Ok(stats)
    }
}
