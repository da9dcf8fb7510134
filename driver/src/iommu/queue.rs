//! Enabling and disabling the three in-memory queues through their CSRs (`cqcsr`, `fqcsr`,
//! `pqcsr`), with the busy/on handshakes of `iommu_registers.adoc`.

use super::error::{Error, QueueKind, Wait};
use super::hw::Hw;
use crate::dma::DmaMemory;
use crate::mmio::Mmio;

/// The handshake bits of a queue CSR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CsrState {
    pub enabled: bool,
    pub on: bool,
    pub busy: bool,
}

/// Read the handshake bits of `kind`'s CSR.
pub(crate) fn state<M: Mmio, D: DmaMemory>(hw: &Hw<'_, M, D>, kind: QueueKind) -> CsrState {
    match kind {
        QueueKind::Command => {
            let c = hw.regs.cqcsr().read();
            CsrState { enabled: c.cqen(), on: c.cqon(), busy: c.busy() }
        }
        QueueKind::Fault => {
            let c = hw.regs.fqcsr().read();
            CsrState { enabled: c.fqen(), on: c.fqon(), busy: c.busy() }
        }
        QueueKind::PageRequest => {
            let c = hw.regs.pqcsr().read();
            CsrState { enabled: c.pqen(), on: c.pqon(), busy: c.busy() }
        }
    }
}

/// Set the enable and interrupt-enable bits of `kind`'s CSR; error bits are written 0
/// (left alone).
fn write_enable<M: Mmio, D: DmaMemory>(hw: &Hw<'_, M, D>, kind: QueueKind, on: bool) {
    match kind {
        QueueKind::Command => {
            hw.regs.cqcsr().modify(|c| {
                c.set_cqen(on);
                c.set_cie(on);
            });
        }
        QueueKind::Fault => {
            hw.regs.fqcsr().modify(|c| {
                c.set_fqen(on);
                c.set_fie(on);
            });
        }
        QueueKind::PageRequest => {
            hw.regs.pqcsr().modify(|c| {
                c.set_pqen(on);
                c.set_pie(on);
            });
        }
    }
}

/// Wait for `busy` = 0 (software must not write the CSR while it is 1).
pub(crate) fn wait_idle<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    kind: QueueKind,
) -> Result<(), Error> {
    hw.poll(Wait::QueueIdle(kind), || state(hw, kind), |s| !s.busy).map(drop)
}

/// Enable the queue and its interrupt, then poll until it is on (`*on` = 1, `busy` = 0).
/// The base register (and the index software owns) must be programmed already.
pub(crate) fn enable<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    kind: QueueKind,
) -> Result<(), Error> {
    wait_idle(hw, kind)?;
    write_enable(hw, kind, true);
    hw.poll(Wait::QueueOn(kind), || state(hw, kind), |s| s.on && !s.busy).map(drop)
}

/// Disable the queue and poll until it is off (`*on` = 0, `busy` = 0), after which the
/// IOMMU makes no more accesses to the queue memory.
pub(crate) fn disable<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    kind: QueueKind,
) -> Result<(), Error> {
    wait_idle(hw, kind)?;
    write_enable(hw, kind, false);
    hw.poll(Wait::QueueOff(kind), || state(hw, kind), |s| !s.on && !s.busy).map(drop)
}

/// Disable the queue if it is enabled or still on (a warm start after another driver).
pub(crate) fn quiesce<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    kind: QueueKind,
) -> Result<(), Error> {
    let s = state(hw, kind);
    if s.enabled || s.on || s.busy {
        disable(hw, kind)?;
    }
    Ok(())
}
