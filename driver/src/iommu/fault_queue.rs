//! Fault reporting: typed [`FaultReport`]s drained from the fault queue
//! (`iommu_in_memory_queues.adoc`, "Fault/Event-Queue").

use alloc::vec::Vec;

use super::error::{Error, QueueKind};
use super::event_queue::EventQueue;
use super::hw::Hw;
use super::queue;
use crate::dma::DmaMemory;
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{FaultCause, FaultRecord, Ttyp, FAULT_RECORD_BYTES};
use crate::regs::iommu_regs::Ipsr;

/// The fault queue.
pub(crate) type FaultQueue = EventQueue<FAULT_RECORD_BYTES>;

/// One fault or event record, decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FaultReport {
    /// What went wrong (`CAUSE`); unknown encodings are kept as they are.
    pub cause: FaultCause,
    /// The transaction type (`TTYP`).
    pub ttyp: Ttyp,
    /// `DID`: the device_id of the transaction.
    pub device_id: u32,
    /// `PID` when `PV` is 1.
    pub pasid: Option<u32>,
    /// `PRIV`: the transaction requested supervisor privilege.
    pub privileged: bool,
    /// `iotval`: the IOVA, or a message code, or what the cause defines.
    pub iotval: u64,
    /// `iotval2`: guest-page-fault details, or what the cause defines.
    pub iotval2: u64,
}

impl From<FaultRecord> for FaultReport {
    fn from(r: FaultRecord) -> Self {
        FaultReport {
            cause: r.cause(),
            ttyp: r.ttyp(),
            device_id: r.did(),
            pasid: r.pv().then_some(r.pid()),
            privileged: r.r#priv(),
            iotval: r.iotval(),
            iotval2: r.iotval2(),
        }
    }
}

/// What one drain of the fault queue found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FaultDrain {
    /// The records, in queue order.
    pub reports: Vec<FaultReport>,
    /// `fqcsr.fqof` was set: the queue was full and records were dropped (now cleared).
    pub overflow: bool,
    /// `fqcsr.fqmf` was set: writing a record faulted and records were dropped (now
    /// cleared).
    pub memory_fault: bool,
}

impl FaultDrain {
    /// True when the IOMMU dropped records since the previous drain.
    pub fn records_lost(&self) -> bool {
        self.overflow || self.memory_fault
    }
}

/// Drain the fault queue in the order of the interrupt-handling guideline, correcting the
/// cause of an error before clearing it:
///
/// 1. read `fqcsr` (what it says is reported); clear `fqmf` if set (writing 1);
/// 2. clear `ipsr.fip`, then read `fqt` and consume every record up to it, advancing `fqh`;
/// 3. only then, with room in the queue, clear `fqof` if it was set. Cleared while the
///    queue was still full, the next record would set it again and every later record
///    would be dropped until the next drain.
///
/// No record and no interrupt is missed: a record written after `fip` was cleared is
/// either before the `fqt` read (taken) or sets `fip` again; one written after `fqof` is
/// cleared sets `fip`. After an overflow `fip` is pending again anyway (IPSR: it is set
/// again while `fqof`, its condition, still holds when it is cleared), so the next drain
/// may find no record.
pub(crate) fn drain<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    fq: &mut FaultQueue,
) -> Result<FaultDrain, Error> {
    let csr = hw.regs.fqcsr().read();
    let (overflow, memory_fault) = (csr.fqof(), csr.fqmf());
    if memory_fault {
        queue::wait_idle(hw, QueueKind::Fault)?;
        hw.regs.fqcsr().modify(|c| c.set_fqmf(true));
    }
    hw.regs.ipsr().write(Ipsr::default().with_fip(true));
    let reports = fq.take(hw, |bytes| FaultReport::from(FaultRecord::from_le_bytes(bytes)))?;
    if overflow {
        queue::wait_idle(hw, QueueKind::Fault)?;
        hw.regs.fqcsr().modify(|c| c.set_fqof(true));
    }
    Ok(FaultDrain { reports, overflow, memory_fault })
}
