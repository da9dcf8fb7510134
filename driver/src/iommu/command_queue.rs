//! The command-queue writer: producer side of the CQ, IOFENCE.C completion by sequence
//! number, and recovery from `cmd_ill` / `cqmf` / `cmd_to`.
//!
//! Every batch ends with an IOFENCE.C (`AV` = 1) that writes the next sequence number to a
//! DMA word the driver owns; the batch is complete when that word holds the number. The
//! fence also sets `PR` and `PW`, so device reads and writes the IOMMU processed before it
//! are globally ordered too: after an invalidation returns, the caller may reclaim memory
//! the device could reach (the memory-reclamation note of "IOMMU Command-queue Fence
//! commands"). The
//! commands written since the last completed fence are kept, so that after an error the
//! queue can be restarted (`cqen` 1 → 0 → 1 resets `cqh` and the error bits; `cqt` is set to
//! 0) and those commands resubmitted, minus the offending one (`iommu_registers.adoc`,
//! "Command-queue CSR": software should resubmit the commands since the last completed
//! IOFENCE.C).

use alloc::collections::VecDeque;
use alloc::vec::Vec;

use super::command::{Command, FenceWrite};
use super::error::{ConfigError, Error, QueueKind, Wait};
use super::hw::{Hw, PAGE_BYTES};
use super::queue;
use super::ring::Ring;
use crate::dma::{DmaMemory, PhysAddr};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::{Cmd, CMD_BYTES};
use crate::regs::iommu_regs::{Cqcsr, Ipsr, QueueBase, QueueIndex};

/// Bytes of the IOFENCE.C completion word.
const FENCE_WORD_BYTES: usize = 4;

/// A command written to the queue and not yet known to be complete.
#[derive(Clone, Copy, Debug)]
struct Pending {
    slot: u32,
    cmd: Cmd,
}

/// Which error bit stopped the queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FaultKind {
    MemoryFault,
    Illegal,
    Timeout,
}

impl FaultKind {
    fn of(csr: Cqcsr) -> Option<Self> {
        if csr.cqmf() {
            Some(FaultKind::MemoryFault)
        } else if csr.cmd_ill() {
            Some(FaultKind::Illegal)
        } else if csr.cmd_to() {
            Some(FaultKind::Timeout)
        } else {
            None
        }
    }
}

/// Why a batch stopped making progress.
enum Stop {
    /// The queue stopped on an error at `cqh` = `index`; it can be recovered.
    Fault { kind: FaultKind, index: u32 },
    /// Nothing to recover: a timeout, DMA error or impossible register value.
    Fatal(Error),
}

impl From<Error> for Stop {
    fn from(e: Error) -> Self {
        Stop::Fatal(e)
    }
}

/// Producer state of the command queue.
pub(crate) struct CommandQueue {
    base: PhysAddr,
    ring: Ring,
    /// Next slot software writes (what `cqt` will hold once published).
    tail: u32,
    /// Whether `cqt` already holds `tail`.
    published: bool,
    /// `cqh` as last read: the IOMMU's head is at or past it, so the slots from `tail` up to
    /// it are free without reading `cqh` again.
    known_head: u32,
    /// Commands since the last completed IOFENCE.C, oldest first.
    pending: Vec<Pending>,
    fence_word: PhysAddr,
    sequence: u32,
}

impl CommandQueue {
    /// Allocate the queue buffer (aligned to the greater of 4 KiB and its size) and the
    /// fence word; nothing is programmed yet.
    pub fn allocate<M: Mmio, D: DmaMemory>(hw: &Hw<'_, M, D>, ring: Ring) -> Result<Self, Error> {
        let entries = ring.entries();
        let bytes = ring
            .bytes(CMD_BYTES)
            .ok_or(ConfigError::QueueEntries { queue: QueueKind::Command, entries })?;
        let base = hw.alloc(bytes, bytes.max(PAGE_BYTES))?;
        let fence_word = match hw.alloc(FENCE_WORD_BYTES, FENCE_WORD_BYTES) {
            Ok(word) => word,
            Err(e) => {
                hw.dma.free(base, bytes);
                return Err(e);
            }
        };
        if let Err(e) = hw.dma.write(fence_word, &0u32.to_le_bytes()) {
            hw.dma.free(fence_word, FENCE_WORD_BYTES);
            hw.dma.free(base, bytes);
            return Err(e.into());
        }
        Ok(CommandQueue {
            base,
            ring,
            tail: 0,
            published: true,
            known_head: 0,
            pending: Vec::new(),
            fence_word,
            sequence: 0,
        })
    }

    /// Base address of the queue buffer.
    pub fn base(&self) -> PhysAddr {
        self.base
    }

    /// Number of entries.
    pub fn entries(&self) -> u32 {
        self.ring.entries()
    }

    /// Address of the IOFENCE.C completion word.
    pub fn fence_word(&self) -> PhysAddr {
        self.fence_word
    }

    /// Give the buffer and the fence word back; only while the IOMMU was never told of them
    /// (before [`CommandQueue::enable`]).
    pub fn free<D: DmaMemory>(self, dma: &D) {
        dma.free(self.fence_word, FENCE_WORD_BYTES);
        // `allocate` computed the same size without overflow.
        if let Some(bytes) = self.ring.bytes(CMD_BYTES) {
            dma.free(self.base, bytes);
        }
    }

    /// Program `cqb` and `cqt` = 0 (software guidelines, "Guidelines for initialization").
    /// The queue must be off. `cqb` is WARL: unless it reads back with the size and base
    /// written, [`Error::NotRetained`] names `cqb` (and the queue must not be enabled).
    pub fn program<M: Mmio, D: DmaMemory>(&mut self, hw: &Hw<'_, M, D>) -> Result<(), Error> {
        let cqb = QueueBase::default().with_ppn(self.base.ppn()).with_log2szm1(self.log2szm1());
        hw.regs.cqb().write(cqb);
        let got = hw.regs.cqb().read();
        if (got.ppn(), got.log2szm1()) != (cqb.ppn(), cqb.log2szm1()) {
            let (written, read) = (cqb.to_bits(), got.to_bits());
            return Err(Error::NotRetained { register: "cqb", written, read });
        }
        hw.regs.cqt().write(QueueIndex::default());
        self.tail = 0;
        self.known_head = 0;
        self.published = true;
        Ok(())
    }

    /// Enable the programmed queue with its interrupt, polling `cqon`. From here on the
    /// IOMMU may read the buffer.
    pub fn enable<M: Mmio, D: DmaMemory>(&self, hw: &Hw<'_, M, D>) -> Result<(), Error> {
        queue::enable(hw, QueueKind::Command)
    }

    fn log2szm1(&self) -> u8 {
        // Ring::new admits 2..=2^31 entries, so this is 0..=30.
        (self.ring.log2() - 1) as u8
    }

    /// Write `commands` and an IOFENCE.C, and wait for the fence. Queue errors met on the way
    /// are recovered (the queue restarted, the commands since the last completed fence
    /// resubmitted without the offending one) and the first is returned once a fence has
    /// completed. When the offending command is the fence itself, the commands it was to
    /// complete are resubmitted behind a fresh fence (new sequence number).
    pub fn execute<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        commands: &[Cmd],
    ) -> Result<(), Error> {
        let (mut seq, mut fence) = self.next_fence()?;
        let mut todo: VecDeque<Cmd> = commands.iter().copied().collect();
        todo.push_back(fence);
        // Every recovery drops at least one command, so this bounds the loop.
        let mut recoveries_left = self.pending.len() + todo.len();
        let mut first_error = None;
        loop {
            match self.progress(hw, &mut todo, seq) {
                Ok(()) => break,
                Err(Stop::Fatal(e)) => return Err(e),
                Err(Stop::Fault { kind, index }) => {
                    let (resubmit, error) = self.recover(hw, kind, index)?;
                    first_error.get_or_insert(error);
                    for cmd in resubmit.into_iter().rev() {
                        todo.push_front(cmd);
                    }
                    if recoveries_left == 0 {
                        break;
                    }
                    recoveries_left -= 1;
                    if !todo.contains(&fence) {
                        // The fence was the offending command: the commands it covered are
                        // in `todo` again and need a fence of their own.
                        (seq, fence) = self.next_fence()?;
                        todo.push_back(fence);
                    }
                }
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// The next sequence number (never 0, the fence word's initial value) and the
    /// IOFENCE.C (`AV` = `PR` = `PW` = 1) that writes it to the fence word.
    fn next_fence(&mut self) -> Result<(u32, Cmd), Error> {
        self.sequence = match self.sequence.wrapping_add(1) {
            0 => 1,
            s => s,
        };
        let fence = Command::IofenceC {
            write: Some(FenceWrite { addr: self.fence_word, data: self.sequence }),
            wsi: false,
            pr: true,
            pw: true,
        }
        .encode()?;
        Ok((self.sequence, fence))
    }

    /// Write everything in `todo`, publish `cqt`, then wait for fence `seq`.
    fn progress<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        todo: &mut VecDeque<Cmd>,
        seq: u32,
    ) -> Result<(), Stop> {
        while let Some(&cmd) = todo.front() {
            self.wait_for_space(hw)?;
            let slot = self.tail;
            hw.dma.write(self.slot_addr(slot), &cmd.to_le_bytes()).map_err(Error::from)?;
            self.pending.push(Pending { slot, cmd });
            self.tail = self.ring.next(slot);
            self.published = false;
            todo.pop_front();
        }
        self.publish(hw);
        self.wait_for_fence(hw, seq)
    }

    fn slot_addr(&self, slot: u32) -> PhysAddr {
        self.base.add(u64::from(slot) * CMD_BYTES as u64)
    }

    /// Hand the written commands to the IOMMU (`cqt`).
    fn publish<M: Mmio, D: DmaMemory>(&mut self, hw: &Hw<'_, M, D>) {
        if !self.published {
            hw.regs.cqt().write(QueueIndex::default().with_index(self.tail));
            self.published = true;
        }
    }

    /// Wait until the slot at `tail` may be written (`cqh` is not `tail + 1`); `cqh` is read
    /// only when the head last seen leaves no room.
    fn wait_for_space<M: Mmio, D: DmaMemory>(&mut self, hw: &Hw<'_, M, D>) -> Result<(), Stop> {
        if !self.ring.is_full(self.known_head, self.tail) {
            return Ok(());
        }
        let mut budget = hw.budget(Wait::CommandQueueSpace);
        loop {
            budget.spend()?;
            self.known_head = self.read_head(hw)?;
            if !self.ring.is_full(self.known_head, self.tail) {
                return Ok(());
            }
            self.publish(hw);
            budget.spend()?;
            if let Some(kind) = FaultKind::of(hw.regs.cqcsr().read()) {
                return Err(Stop::Fault { kind, index: self.read_head(hw)? });
            }
        }
    }

    fn read_head<M: Mmio, D: DmaMemory>(&self, hw: &Hw<'_, M, D>) -> Result<u32, Error> {
        let head = hw.regs.cqh().read().index();
        if !self.ring.contains(head) {
            return Err(Error::HardwareInconsistent { register: "cqh", value: head.into() });
        }
        Ok(head)
    }

    /// Poll the fence word for `seq`, watching `cqcsr` for errors.
    fn wait_for_fence<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        seq: u32,
    ) -> Result<(), Stop> {
        let mut budget = hw.budget(Wait::FenceCompletion);
        loop {
            let mut word = [0u8; FENCE_WORD_BYTES];
            hw.dma.read(self.fence_word, &mut word).map_err(Error::from)?;
            if u32::from_le_bytes(word) == seq {
                // Everything written up to the fence is complete.
                self.pending.clear();
                return Ok(());
            }
            budget.spend()?;
            if let Some(kind) = FaultKind::of(hw.regs.cqcsr().read()) {
                return Err(Stop::Fault { kind, index: self.read_head(hw)? });
            }
        }
    }

    /// Restart the queue after an error at `index` and say what to resubmit.
    fn recover<M: Mmio, D: DmaMemory>(
        &mut self,
        hw: &Hw<'_, M, D>,
        kind: FaultKind,
        index: u32,
    ) -> Result<(Vec<Cmd>, Error), Error> {
        // The entries from cqh to the software tail are the newest `in_queue` pending ones;
        // the oldest of them is the one at cqh.
        let in_queue = self.ring.used(index, self.tail) as usize;
        let at = self
            .pending
            .len()
            .checked_sub(in_queue)
            .filter(|&at| self.pending.get(at).is_some_and(|p| p.slot == index));
        let Some(at) = at else {
            return Err(Error::HardwareInconsistent { register: "cqh", value: index.into() });
        };
        let offending = self.pending[at].cmd;
        let (error, keep): (Error, Vec<Cmd>) = match kind {
            FaultKind::Illegal => {
                (Error::CommandIllegal { index, command: offending }, self.without(at))
            }
            FaultKind::MemoryFault => {
                (Error::CommandMemoryFault { index, command: Some(offending) }, self.without(at))
            }
            // cqh holds the IOFENCE.C that saw the timeout; everything before it is complete
            // or timed out. Resume from the fence.
            FaultKind::Timeout => (
                Error::CommandTimeout { index },
                self.pending[at..].iter().map(|p| p.cmd).collect(),
            ),
        };
        queue::disable(hw, QueueKind::Command)?;
        hw.regs.cqt().write(QueueIndex::default());
        self.tail = 0;
        self.known_head = 0;
        self.published = true;
        self.pending.clear();
        queue::enable(hw, QueueKind::Command)?;
        // The error raised cip (cie is set); the cause is gone now.
        hw.regs.ipsr().write(Ipsr::default().with_cip(true));
        Ok((keep, error))
    }

    fn without(&self, at: usize) -> Vec<Cmd> {
        self.pending.iter().enumerate().filter(|(i, _)| *i != at).map(|(_, p)| p.cmd).collect()
    }
}
