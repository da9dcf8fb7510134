//! The page-request queue, consumer side: raw records in queue order (the SVA layer groups
//! and answers them), and its error bits (`iommu_in_memory_queues.adoc`,
//! "Page-Request-Queue").

use alloc::vec::Vec;

use super::error::{Error, QueueKind};
use super::event_queue::EventQueue;
use super::hw::Hw;
use super::queue;
use crate::dma::DmaMemory;
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{PageRequest, PAGE_REQUEST_BYTES};
use crate::regs::iommu_regs::Ipsr;

/// The page-request queue.
pub(crate) type PageRequestQueue = EventQueue<PAGE_REQUEST_BYTES>;

/// What one drain of the page-request queue found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageRequestDrain {
    /// The records, in queue order.
    pub requests: Vec<PageRequest>,
    /// `pqcsr.pqof` is set: requests were dropped (groups may be incomplete). Left set,
    /// and so is `ipsr.pip`: the IOMMU sets it again while `pqof` holds (IPSR: a bit
    /// cleared while its condition is present is set again), so a wired interrupt stays
    /// asserted until [`super::Iommu::clear_page_request_errors`].
    pub overflow: bool,
    /// `pqcsr.pqmf` is set: writing a record faulted. Left set; `pip` stays pending too,
    /// as for `overflow`.
    pub memory_fault: bool,
}

/// Clear `ipsr.pip`, then read `pqt` and consume every record up to it, advancing `pqh`
/// (interrupt-handling guideline). The error bits are reported, not cleared: while one is
/// set the IOMMU drops requests, and the caller decides when incomplete groups are settled.
/// While one is set, `pip` is pending again as soon as it is cleared.
pub(crate) fn drain<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    pq: &mut PageRequestQueue,
) -> Result<PageRequestDrain, Error> {
    let csr = hw.regs.pqcsr().read();
    hw.regs.ipsr().write(Ipsr::default().with_pip(true));
    let requests = pq.take(hw, PageRequest::from_le_bytes)?;
    Ok(PageRequestDrain { requests, overflow: csr.pqof(), memory_fault: csr.pqmf() })
}

/// Clear `pqcsr.pqof` and/or `pqcsr.pqmf` (write 1), re-enabling page-request reporting.
pub(crate) fn clear_errors<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    overflow: bool,
    memory_fault: bool,
) -> Result<(), Error> {
    if overflow || memory_fault {
        queue::wait_idle(hw, QueueKind::PageRequest)?;
        hw.regs.pqcsr().modify(|c| {
            c.set_pqof(overflow);
            c.set_pqmf(memory_fault);
        });
    }
    Ok(())
}
