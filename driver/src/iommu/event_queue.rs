//! Consumer side of the queues the IOMMU produces (fault queue, page-request queue): base
//! programming, and reading the records between the software head and the hardware tail in
//! order, advancing the head with wrap-around.

use alloc::vec::Vec;

use super::error::{ConfigError, Error, QueueKind};
use super::hw::{Hw, PAGE_BYTES};
use super::queue;
use super::ring::Ring;
use crate::dma::{DmaMemory, PhysAddr};
use crate::mmio::Mmio;
use crate::regs::iommu_regs::{QueueBase, QueueIndex};

/// The queues the IOMMU produces into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EventKind {
    /// The fault queue.
    Fault,
    /// The page-request queue.
    PageRequest,
}

impl EventKind {
    fn queue(self) -> QueueKind {
        match self {
            EventKind::Fault => QueueKind::Fault,
            EventKind::PageRequest => QueueKind::PageRequest,
        }
    }
}

/// A queue of `N`-byte records written by the IOMMU.
pub(crate) struct EventQueue<const N: usize> {
    kind: EventKind,
    base: PhysAddr,
    ring: Ring,
    /// Next record software reads (what the head register holds).
    head: u32,
}

impl<const N: usize> EventQueue<N> {
    /// Allocate the buffer (aligned to the greater of 4 KiB and its size).
    pub fn allocate<M: Mmio, D: DmaMemory>(
        hw: &Hw<'_, M, D>,
        kind: EventKind,
        ring: Ring,
    ) -> Result<Self, Error> {
        let entries = ring.entries();
        let bytes =
            ring.bytes(N).ok_or(ConfigError::QueueEntries { queue: kind.queue(), entries })?;
        let base = hw.alloc(bytes, bytes.max(PAGE_BYTES))?;
        Ok(EventQueue { kind, base, ring, head: 0 })
    }

    /// Base address of the buffer.
    pub fn base(&self) -> PhysAddr {
        self.base
    }

    /// Number of entries.
    pub fn entries(&self) -> u32 {
        self.ring.entries()
    }

    /// Give the buffer back; only while the IOMMU was never told of it (before
    /// [`EventQueue::enable`]).
    pub fn free<D: DmaMemory>(self, dma: &D) {
        // `allocate` computed the same size without overflow.
        if let Some(bytes) = self.ring.bytes(N) {
            dma.free(self.base, bytes);
        }
    }

    /// Program the base register and head = 0. The queue must be off. The base register is
    /// WARL: unless it reads back with the size and base written, [`Error::NotRetained`]
    /// names it (and the queue must not be enabled).
    pub fn program<M: Mmio, D: DmaMemory>(&mut self, hw: &Hw<'_, M, D>) -> Result<(), Error> {
        let (ppn, log2szm1) = (self.base.ppn(), (self.ring.log2() - 1) as u8);
        let (register, written, read, kept) = match self.kind {
            EventKind::Fault => {
                let fqb = QueueBase::default().with_ppn(ppn).with_log2szm1(log2szm1);
                hw.regs.fqb().write(fqb);
                let got = hw.regs.fqb().read();
                ("fqb", fqb.to_bits(), got.to_bits(), (got.ppn(), got.log2szm1()))
            }
            EventKind::PageRequest => {
                let pqb = QueueBase::default().with_ppn(ppn).with_log2szm1(log2szm1);
                hw.regs.pqb().write(pqb);
                let got = hw.regs.pqb().read();
                ("pqb", pqb.to_bits(), got.to_bits(), (got.ppn(), got.log2szm1()))
            }
        };
        if kept != (ppn, log2szm1) {
            return Err(Error::NotRetained { register, written, read });
        }
        match self.kind {
            EventKind::Fault => hw.regs.fqh().write(QueueIndex::default()),
            EventKind::PageRequest => hw.regs.pqh().write(QueueIndex::default()),
        }
        self.head = 0;
        Ok(())
    }

    /// Enable the programmed queue and its interrupt and poll until it is on. From here on
    /// the IOMMU may write the buffer.
    pub fn enable<M: Mmio, D: DmaMemory>(&self, hw: &Hw<'_, M, D>) -> Result<(), Error> {
        queue::enable(hw, self.kind.queue())
    }

    /// Read every record from the head up to the tail register, oldest first, and move the
    /// head register past them. If a record cannot be read, nothing is consumed: the head
    /// (the driver's and the register) stays, and the next call reads the records again.
    pub fn take<M: Mmio, D: DmaMemory, T>(
        &mut self,
        hw: &Hw<'_, M, D>,
        mut decode: impl FnMut([u8; N]) -> T,
    ) -> Result<Vec<T>, Error> {
        let (tail, name) = match self.kind {
            EventKind::Fault => (hw.regs.fqt().read().index(), "fqt"),
            EventKind::PageRequest => (hw.regs.pqt().read().index(), "pqt"),
        };
        if !self.ring.contains(tail) {
            return Err(Error::HardwareInconsistent { register: name, value: tail.into() });
        }
        let mut records = Vec::with_capacity(self.ring.used(self.head, tail) as usize);
        let mut head = self.head;
        while head != tail {
            let mut buf = [0u8; N];
            hw.dma.read(self.base.add(u64::from(head) * N as u64), &mut buf)?;
            records.push(decode(buf));
            head = self.ring.next(head);
        }
        // Every record up to `head` is in hand: only now are they consumed.
        if head != self.head {
            self.head = head;
            match self.kind {
                EventKind::Fault => hw.regs.fqh().write(QueueIndex::default().with_index(head)),
                EventKind::PageRequest => {
                    hw.regs.pqh().write(QueueIndex::default().with_index(head))
                }
            }
        }
        Ok(records)
    }
}
