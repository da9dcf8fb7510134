//! Interrupt pending status (`ipsr`): which sources are pending, and clearing them.

use super::config::InterruptSource;
use crate::regs::iommu_regs::Ipsr;

/// A set of interrupt sources (one flag per `ipsr` bit).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct InterruptSources {
    /// `cip`: command queue (an error bit or `fence_w_ip` in `cqcsr`).
    pub command_queue: bool,
    /// `fip`: fault queue (a new record, or `fqof`/`fqmf`).
    pub fault_queue: bool,
    /// `pmip`: performance monitor.
    pub performance_monitor: bool,
    /// `pip`: page-request queue (a new record, or `pqof`/`pqmf`).
    pub page_request_queue: bool,
}

impl InterruptSources {
    /// Every source.
    pub const ALL: Self = InterruptSources {
        command_queue: true,
        fault_queue: true,
        performance_monitor: true,
        page_request_queue: true,
    };

    /// The sources pending in an `ipsr` value.
    pub const fn from_ipsr(ipsr: Ipsr) -> Self {
        InterruptSources {
            command_queue: ipsr.cip(),
            fault_queue: ipsr.fip(),
            performance_monitor: ipsr.pmip(),
            page_request_queue: ipsr.pip(),
        }
    }

    /// The `ipsr` value with these sources' bits set (writing it clears them).
    pub const fn to_ipsr(self) -> Ipsr {
        Ipsr::RESET
            .with_cip(self.command_queue)
            .with_fip(self.fault_queue)
            .with_pmip(self.performance_monitor)
            .with_pip(self.page_request_queue)
    }

    /// True when `source` is in the set.
    pub const fn contains(self, source: InterruptSource) -> bool {
        match source {
            InterruptSource::CommandQueue => self.command_queue,
            InterruptSource::FaultQueue => self.fault_queue,
            InterruptSource::PerformanceMonitor => self.performance_monitor,
            InterruptSource::PageRequestQueue => self.page_request_queue,
        }
    }

    /// True when no source is in the set.
    pub const fn is_empty(self) -> bool {
        !(self.command_queue
            || self.fault_queue
            || self.performance_monitor
            || self.page_request_queue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipsr_bits_round_trip() {
        // cip 0, fip 1, pmip 2, pip 3 (IPSR register fields).
        assert_eq!(InterruptSources::ALL.to_ipsr().to_bits(), 0b1111);
        let fq = InterruptSources { fault_queue: true, ..Default::default() };
        assert_eq!(fq.to_ipsr().to_bits(), 0b10);
        assert_eq!(
            InterruptSources::from_ipsr(Ipsr(0b1001)),
            InterruptSources {
                command_queue: true,
                page_request_queue: true,
                ..Default::default()
            }
        );
        assert!(InterruptSources::default().is_empty());
        assert!(
            fq.contains(InterruptSource::FaultQueue) && !fq.contains(InterruptSource::CommandQueue)
        );
    }
}
