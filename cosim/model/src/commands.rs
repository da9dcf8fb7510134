//! The command queue (iommu_in_memory_queues.adoc, "Command-Queue (CQ)"): fetch, decode,
//! execute, and the `cmd_ill` / `cqmf` error stops.
//!
//! The model is synchronous: a command is complete when it has been executed, except
//! ATS.INVAL, which completes when its Invalidation Completion arrives or it times out
//! ("ATS.INVAL / ATS.PRGR"). With `InvalidationPolicy::AutoComplete` the device answers at
//! once; with `Hold` each stays outstanding until `Model::complete_invalidations` or
//! `Model::expire_invalidations`, while the queue goes on fetching. IOFENCE.C waits at the
//! head of the queue (`cqh` on it) while any earlier ATS.INVAL is outstanding; once none
//! is, a timeout among them sets `cqcsr.cmd_to` with `cqh` still on the fence (no AV write,
//! no `fence_w_ip`; the timeout is reported once), else the fence has its own effects (the
//! AV data write, `fence_w_ip`). Commands run when `cqt` is written, when the queue can run
//! again and when invalidations complete; `Model::hold_commands` freezes them.

use driver::regs::iommu_mem::{
    AtsFunc3, Cmd, CmdAts, CmdIodir, CmdIofence, CmdIotinval, CmdOpcode, IodirFunc3, IofenceFunc3,
    IotinvalFunc3, CMD_BYTES, PAGE_SHIFT,
};
use driver::regs::iommu_regs::{Capabilities, Cqb, Cqcsr, Cqh, Cqt, Ddtp, Fctl, QueueIndex};

use crate::ddt::{ddt_levels, did_too_wide};
use crate::faults::queue_entries;
use crate::mem::{read_bytes, PhysMem};
use crate::model::{InvalidationPolicy, State};

/// An ATS message the IOMMU was asked to send to a device (until the device side exists the
/// model only logs it; `Model::outbound_ats`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtsMessage {
    /// ATS.INVAL: an Invalidation Request (see `Config::ats_invalidations` for when it
    /// completes).
    Invalidate(CmdAts),
    /// ATS.PRGR: a Page Request Group Response.
    PageRequestGroupResponse(CmdAts),
}

/// What executing one command did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Completed: `cqh` moves past it.
    Done,
    /// Illegal or unsupported: `cmd_ill`, the queue stops at it.
    Illegal,
    /// A memory access of the command was refused: `cqmf`, the queue stops at it.
    MemoryFault,
    /// An IOFENCE.C waits for outstanding ATS.INVAL commands: the queue stays at it.
    Wait,
    /// An IOFENCE.C found an earlier ATS.INVAL timed out: `cmd_to`, the queue stops at it.
    TimedOut,
}

/// True when any reserved bit of a command is set.
fn reserved(words: &[u32; 4], mask: &[u32; 4]) -> bool {
    words.iter().zip(mask).any(|(w, m)| w & m != 0)
}

impl State {
    /// Process commands while the queue is on, holds commands and has no error stop.
    pub(crate) fn run_commands<M: PhysMem + ?Sized>(&mut self, mem: &M) {
        loop {
            let csr = self.regs.get::<Cqcsr>();
            if self.hold
                || !csr.cqon()
                || !csr.cqen()
                || csr.cmd_ill()
                || csr.cmd_to()
                || csr.cqmf()
            {
                break;
            }
            let head = self.regs.get::<Cqh>().index();
            if head == self.regs.get::<Cqt>().index() {
                break;
            }
            let base = self.regs.get::<Cqb>();
            let addr = (base.ppn() << PAGE_SHIFT) + u64::from(head) * CMD_BYTES as u64;
            let outcome = match read_bytes::<CMD_BYTES, M>(mem, addr) {
                Ok(bytes) => self.execute(Cmd::from_le_bytes(bytes), mem),
                Err(_) => Outcome::MemoryFault,
            };
            match outcome {
                Outcome::Done => {
                    let next = (u64::from(head) + 1) % queue_entries(base.log2szm1());
                    self.regs.set::<Cqh>(QueueIndex::default().with_index(next as u32));
                }
                Outcome::Illegal => self.regs.update::<Cqcsr>(|c| c.set_cmd_ill(true)),
                Outcome::MemoryFault => self.regs.update::<Cqcsr>(|c| c.set_cqmf(true)),
                Outcome::TimedOut => self.regs.update::<Cqcsr>(|c| c.set_cmd_to(true)),
                Outcome::Wait => break,
            }
        }
        self.update_interrupts();
    }

    fn execute<M: PhysMem + ?Sized>(&mut self, cmd: Cmd, mem: &M) -> Outcome {
        let caps = self.regs.get::<Capabilities>();
        match cmd.opcode() {
            CmdOpcode::IOTINVAL => self.iotinval(CmdIotinval(cmd.0)),
            CmdOpcode::IOFENCE => self.iofence(CmdIofence(cmd.0), mem),
            CmdOpcode::IODIR => self.iodir(CmdIodir(cmd.0)),
            CmdOpcode::ATS if caps.ats() => self.ats(CmdAts(cmd.0)),
            // Opcode 0 and 5..63 reserved, 64..127 custom (none defined here); ATS without
            // capabilities.ATS is unsupported.
            _ => Outcome::Illegal,
        }
    }

    fn iotinval(&mut self, c: CmdIotinval) -> Outcome {
        // NL (bit 34) and S (bit 73) of the 20260222 extensions are reserved bits here.
        if reserved(&c.0, &CmdIotinval::RESERVED.0) {
            return Outcome::Illegal;
        }
        match c.func3() {
            IotinvalFunc3::VMA => {
                // GV = 1 names VM address spaces; none exist without a second stage.
                if !c.gv() {
                    let addr = c.av().then(|| c.addr() << PAGE_SHIFT);
                    let pscid = c.pscv().then(|| c.pscid());
                    self.history.invalidate_vma(addr, pscid);
                }
                self.memo.clear();
                Outcome::Done
            }
            // GVMA is a defined command whether or not a second stage exists (no capability
            // gates it, unlike ATS): without one it has nothing to invalidate ("for all VM
            // address spaces": there are none), like VMA with GV = 1. PSCV = 1 is illegal.
            IotinvalFunc3::GVMA if !c.pscv() => {
                self.memo.clear();
                Outcome::Done
            }
            _ => Outcome::Illegal,
        }
    }

    fn iofence<M: PhysMem + ?Sized>(&mut self, c: CmdIofence, mem: &M) -> Outcome {
        if reserved(&c.0, &CmdIofence::RESERVED.0) || c.func3() != IofenceFunc3::C {
            return Outcome::Illegal;
        }
        let fctl = self.regs.get::<Fctl>();
        if c.wsi() && !fctl.wsi() {
            return Outcome::Illegal; // WSI is reserved unless wired interrupts are enabled
        }
        // "ATS.INVAL / ATS.PRGR" and IOFENCE.C: the fence does not complete before every
        // earlier ATS.INVAL has; a timeout among them is reported by this fence (cmd_to,
        // cqh stays on it) and consumed.
        if !self.pending_invalidations.is_empty() {
            return Outcome::Wait;
        }
        if self.invalidation_timed_out {
            self.invalidation_timed_out = false;
            return Outcome::TimedOut;
        }
        if c.av() && mem.write(c.addr() << 2, &c.data().to_le_bytes()).is_err() {
            return Outcome::MemoryFault; // the fence does not complete
        }
        if c.wsi() {
            self.regs.update::<Cqcsr>(|s| s.set_fence_w_ip(true));
        }
        Outcome::Done
    }

    fn iodir(&mut self, c: CmdIodir) -> Outcome {
        if reserved(&c.0, &CmdIodir::RESERVED.0) {
            return Outcome::Illegal;
        }
        // A DID wider than the DDT mode supports matches nothing (Off/Bare: no width limit,
        // software invalidates after leaving a DDT mode).
        let levels = ddt_levels(self.regs.get::<Ddtp>().iommu_mode());
        let did_fits = !c.dv() || levels.is_none_or(|l| !did_too_wide(c.did(), l));
        match c.func3() {
            IodirFunc3::DDT => {
                if c.pid() != 0 {
                    return Outcome::Illegal; // PID is reserved for INVAL_DDT
                }
                if did_fits {
                    self.history.invalidate_ddt(c.dv().then(|| c.did()));
                }
            }
            IodirFunc3::PDT => {
                if !c.dv() {
                    return Outcome::Illegal;
                }
                if did_fits {
                    self.history.invalidate_pdt(c.did(), c.pid());
                }
            }
            _ => return Outcome::Illegal,
        }
        self.memo.clear();
        Outcome::Done
    }

    fn ats(&mut self, c: CmdAts) -> Outcome {
        if reserved(&c.0, &CmdAts::RESERVED.0) {
            return Outcome::Illegal;
        }
        let message = match c.func3() {
            AtsFunc3::INVAL => {
                if self.invalidations == InvalidationPolicy::Hold {
                    self.pending_invalidations.push_back(c);
                }
                AtsMessage::Invalidate(c)
            }
            AtsFunc3::PRGR => AtsMessage::PageRequestGroupResponse(c),
            _ => return Outcome::Illegal,
        };
        self.outbound_ats.push(message);
        Outcome::Done
    }
}
