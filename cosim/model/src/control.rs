//! Software register accesses with the side effects the specification attaches to them
//! (iommu_registers.adoc), the model's notion of time (`busy` handshakes), and the interrupt
//! pending bits and wires (IPSR, ICVEC).
//!
//! Time: an operation started by a write (a `ddtp` mode write, a queue enable change, a debug
//! translation) completes after `Config::busy_polls` further register reads; until then its
//! `busy` (or `go_busy`) bit reads 1. With 0 it completes at the write.

use driver::regs::iommu_regs::{
    Cqb, Cqcsr, Cqh, Cqt, Ddtp, Fctl, Fqb, Fqcsr, Fqh, Fqt, Icvec, IommuMode, Ipsr, Pqb, Pqcsr,
    Pqh, Pqt, QueueIndex, TrReqCtl, TrReqIova, TrResponse,
};

use crate::faults::queue_entries;
use crate::mem::PhysMem;
use crate::model::State;
use crate::regfile::{RegWrite, Register};

/// An operation that completes some time after the write that started it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Operation {
    /// A write of `ddtp.iommu_mode`: `ddtp.busy`.
    DdtpMode,
    /// A `cqen` change: `cqcsr.busy`, then `cqon` follows `cqen`.
    CommandQueue,
    /// A `fqen` change: `fqcsr.busy`, then `fqon` follows `fqen`.
    FaultQueue,
    /// A `pqen` change: `pqcsr.busy`, then `pqon` follows `pqen`.
    PageRequestQueue,
    /// A debug translation: `tr_req_ctl.go_busy`, then `tr_response`.
    DebugTranslation,
}

/// An operation in progress and the reads left before it completes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pending {
    pub op: Operation,
    pub reads_left: u32,
}

/// Mask an index register to the queue size: only bits LOG2SZ-1:0 exist.
fn index_mask(log2szm1: u8) -> u32 {
    (queue_entries(log2szm1) - 1) as u32
}

const fn touches<T: Register>(w: &RegWrite) -> bool {
    w.offset == T::OFFSET
}

impl State {
    /// A software read: the visible bits, then one unit of time passes.
    pub(crate) fn sw_read<M: PhysMem + ?Sized>(
        &mut self,
        offset: usize,
        len: usize,
        mem: &M,
    ) -> u64 {
        let v = self.regs.read(offset, len);
        self.tick(mem);
        v
    }

    /// A software write of `len` bytes at `offset`.
    pub(crate) fn sw_write<M: PhysMem + ?Sized>(
        &mut self,
        offset: usize,
        len: usize,
        value: u64,
        mem: &M,
    ) {
        for w in self.regs.write_parts(offset, len, value) {
            self.write_register(&w, mem);
        }
        self.update_interrupts();
    }

    fn write_register<M: PhysMem + ?Sized>(&mut self, w: &RegWrite, mem: &M) {
        if touches::<Ddtp>(w) {
            // Writes while busy are ignored (the spec leaves them UNSPECIFIED).
            if self.regs.get::<Ddtp>().busy() {
                return;
            }
            self.regs.apply(w);
            self.memo.clear();
            // A write that reaches the iommu_mode field starts a mode change.
            let mode_bits =
                Ddtp::default().with_iommu_mode(IommuMode((1 << IommuMode::WIDTH) - 1)).0;
            if w.lanes & mode_bits != 0 {
                self.regs.update::<Ddtp>(|d| d.set_busy(true));
                self.start(Operation::DdtpMode, mem);
            }
        } else if touches::<Cqb>(w) {
            let csr = self.regs.get::<Cqcsr>();
            if !(csr.cqon() || csr.busy()) {
                self.regs.apply(w);
                let m = index_mask(self.regs.get::<Cqb>().log2szm1());
                self.regs.update::<Cqt>(|t| t.set_index(t.index() & m));
            }
        } else if touches::<Fqb>(w) {
            let csr = self.regs.get::<Fqcsr>();
            if !(csr.fqon() || csr.busy()) {
                self.regs.apply(w);
                let m = index_mask(self.regs.get::<Fqb>().log2szm1());
                self.regs.update::<Fqh>(|h| h.set_index(h.index() & m));
            }
        } else if touches::<Pqb>(w) {
            let csr = self.regs.get::<Pqcsr>();
            if !(csr.pqon() || csr.busy()) {
                self.regs.apply(w);
                let m = index_mask(self.regs.get::<Pqb>().log2szm1());
                self.regs.update::<Pqh>(|h| h.set_index(h.index() & m));
            }
        } else if touches::<Cqt>(w) {
            self.regs.apply(w);
            let m = index_mask(self.regs.get::<Cqb>().log2szm1());
            self.regs.update::<Cqt>(|t| t.set_index(t.index() & m));
            self.run_commands(mem);
        } else if touches::<Fqh>(w) {
            self.regs.apply(w);
            let m = index_mask(self.regs.get::<Fqb>().log2szm1());
            self.regs.update::<Fqh>(|h| h.set_index(h.index() & m));
        } else if touches::<Pqh>(w) {
            self.regs.apply(w);
            let m = index_mask(self.regs.get::<Pqb>().log2szm1());
            self.regs.update::<Pqh>(|h| h.set_index(h.index() & m));
        } else if touches::<Cqcsr>(w) {
            self.write_cqcsr(w, mem);
        } else if touches::<Fqcsr>(w) {
            if self.regs.get::<Fqcsr>().busy() {
                return;
            }
            let (old, new) = self.regs.apply(w);
            let (old, new) = (Fqcsr(old as u32), Fqcsr(new as u32));
            if old.fqen() != new.fqen() {
                if new.fqen() {
                    self.regs.set::<Fqt>(QueueIndex::default());
                    self.regs.set::<Fqcsr>(new.with_fqof(false).with_fqmf(false));
                }
                self.regs.update::<Fqcsr>(|c| c.set_busy(true));
                self.start(Operation::FaultQueue, mem);
            }
        } else if touches::<Pqcsr>(w) {
            if self.regs.get::<Pqcsr>().busy() {
                return;
            }
            let (old, new) = self.regs.apply(w);
            let (old, new) = (Pqcsr(old as u32), Pqcsr(new as u32));
            if old.pqen() != new.pqen() {
                if new.pqen() {
                    self.regs.set::<Pqt>(QueueIndex::default());
                    self.regs.set::<Pqcsr>(new.with_pqof(false).with_pqmf(false));
                }
                self.regs.update::<Pqcsr>(|c| c.set_busy(true));
                self.start(Operation::PageRequestQueue, mem);
            }
        } else if touches::<TrReqIova>(w) || touches::<TrReqCtl>(w) {
            // Writes while a debug translation is in progress are ignored.
            if self.regs.get::<TrReqCtl>().go_busy() {
                return;
            }
            self.regs.apply(w);
            if self.regs.get::<TrReqCtl>().go_busy() {
                self.debug_translate(mem);
                self.start(Operation::DebugTranslation, mem);
            }
        } else {
            // ipsr (rw1c; the level conditions re-assert in update_interrupts), icvec and
            // every other register: the generic access rules alone.
            self.regs.apply(w);
        }
    }

    fn write_cqcsr<M: PhysMem + ?Sized>(&mut self, w: &RegWrite, mem: &M) {
        if self.regs.get::<Cqcsr>().busy() {
            return;
        }
        let (old, new) = self.regs.apply(w);
        let (old, new) = (Cqcsr(old as u32), Cqcsr(new as u32));
        if old.cqen() != new.cqen() {
            if new.cqen() {
                // 0 -> 1: cqh and the error/fence bits are cleared.
                self.regs.set::<Cqh>(QueueIndex::default());
                self.regs.set::<Cqcsr>(
                    new.with_cmd_ill(false)
                        .with_cmd_to(false)
                        .with_cqmf(false)
                        .with_fence_w_ip(false),
                );
            }
            self.regs.update::<Cqcsr>(|c| c.set_busy(true));
            self.start(Operation::CommandQueue, mem);
        } else if stopped(old) && !stopped(new) {
            self.run_commands(mem); // the errors were cleared: the queue runs again
        }
    }

    /// Start `op`: complete it now or after `busy_polls` reads.
    fn start<M: PhysMem + ?Sized>(&mut self, op: Operation, mem: &M) {
        if self.busy_polls == 0 {
            self.complete(op, mem);
        } else {
            self.pending.push(Pending { op, reads_left: self.busy_polls });
        }
    }

    /// One unit of time: count down the operations in progress.
    fn tick<M: PhysMem + ?Sized>(&mut self, mem: &M) {
        if self.pending.is_empty() {
            return;
        }
        let mut done = Vec::new();
        self.pending.retain_mut(|p| {
            p.reads_left -= 1;
            if p.reads_left == 0 {
                done.push(p.op);
            }
            p.reads_left > 0
        });
        for op in done {
            self.complete(op, mem);
        }
    }

    /// Complete every operation in progress.
    pub(crate) fn finish_pending<M: PhysMem + ?Sized>(&mut self, mem: &M) {
        for p in std::mem::take(&mut self.pending) {
            self.complete(p.op, mem);
        }
    }

    fn complete<M: PhysMem + ?Sized>(&mut self, op: Operation, mem: &M) {
        match op {
            Operation::DdtpMode => self.regs.update::<Ddtp>(|d| d.set_busy(false)),
            Operation::CommandQueue => {
                self.regs.update::<Cqcsr>(|c| {
                    c.set_cqon(c.cqen());
                    c.set_busy(false);
                });
                self.run_commands(mem); // the queue may have turned on
            }
            Operation::FaultQueue => self.regs.update::<Fqcsr>(|c| {
                c.set_fqon(c.fqen());
                c.set_busy(false);
            }),
            Operation::PageRequestQueue => self.regs.update::<Pqcsr>(|c| {
                c.set_pqon(c.pqen());
                c.set_busy(false);
            }),
            Operation::DebugTranslation => {
                if let Some(r) = self.debug_result.take() {
                    self.regs.set::<TrResponse>(r);
                }
                self.regs.update::<TrReqCtl>(|c| c.set_go_busy(false));
            }
        }
        self.update_interrupts();
    }

    /// Set the interrupt-pending bits whose level conditions hold (IPSR): `cip` while
    /// `cie` and any of `fence_w_ip`, `cmd_ill`, `cmd_to`, `cqmf`; `fip` while `fie` and
    /// `fqof` or `fqmf`; `pip` while `pie` and `pqof` or `pqmf`. Record events set `fip`/`pip`
    /// where they happen. No HPM: `pmip` stays 0.
    pub(crate) fn update_interrupts(&mut self) {
        let cq = self.regs.get::<Cqcsr>();
        let fq = self.regs.get::<Fqcsr>();
        let pq = self.regs.get::<Pqcsr>();
        let cip = cq.cie() && (cq.fence_w_ip() || cq.cmd_ill() || cq.cmd_to() || cq.cqmf());
        let fip = fq.fie() && (fq.fqof() || fq.fqmf());
        let pip = pq.pie() && (pq.pqof() || pq.pqmf());
        self.regs.update::<Ipsr>(|i| {
            i.set_cip(i.cip() || cip);
            i.set_fip(i.fip() || fip);
            i.set_pip(i.pip() || pip);
        });
    }

    /// The interrupt wires (fctl.WSI = 1): bit v is high while a pending bit whose `icvec`
    /// vector is v is set.
    pub(crate) fn interrupt_lines(&self) -> u16 {
        if !self.regs.get::<Fctl>().wsi() {
            return 0; // interrupts would be messages
        }
        let ipsr = self.regs.get::<Ipsr>();
        let icvec = self.regs.get::<Icvec>();
        let mut lines = 0u16;
        for (pending, vector) in [
            (ipsr.cip(), icvec.civ()),
            (ipsr.fip(), icvec.fiv()),
            (ipsr.pmip(), icvec.pmiv()),
            (ipsr.pip(), icvec.piv()),
        ] {
            if pending {
                lines |= 1 << vector;
            }
        }
        lines
    }
}

/// True when an error bit stops the command queue.
fn stopped(c: Cqcsr) -> bool {
    c.cmd_ill() || c.cmd_to() || c.cqmf()
}
