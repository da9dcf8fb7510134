//! A small stand-in IOMMU for the driver's unit tests: register side effects the driver
//! relies on (queue enable/on handshakes, rw1c bits, WARL `ddtp` modes and `icvec` bits, the
//! debug Go/Busy handshake), a command consumer that executes IOFENCE.C data writes and
//! stops on illegal commands, and helpers that produce fault and page-request records. It
//! translates nothing; the reference model (`cosim/model`) is the real counterpart.
//!
//! Everything the driver does lands in one [`EventLog`]: register accesses, DMA writes and
//! frees (through [`LoggingDma`]) and the commands the fake executed, so tests can check
//! the order of writes against the order of invalidations.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

use super::command::Command;
use crate::dma::{DmaError, DmaMemory, PhysAddr};
use crate::fake::FakeDma;
use crate::mmio::{Mmio, RegValue, Register};
use crate::regs::iommu_mem::{
    Cmd, CmdAts, CmdIodir, CmdIofence, CmdIotinval, CmdOpcode, FaultRecord, PageRequest, CMD_BYTES,
    FAULT_RECORD_BYTES, PAGE_REQUEST_BYTES, PAGE_SHIFT,
};
use crate::regs::iommu_regs::{
    Capabilities, Cqb, Cqcsr, Cqh, Cqt, Ddtp, Fctl, Fqb, Fqcsr, Fqh, Fqt, Icvec, IommuMode, Ipsr,
    Pqb, Pqcsr, Pqh, Pqt, QueueBase, QueueIndex, TrReqCtl, TrReqIova, TrResponse, REGBLOCK_BYTES,
    REGISTERS,
};

/// One thing that happened, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Read {
        offset: usize,
        bytes: usize,
    },
    Write {
        offset: usize,
        bytes: usize,
        value: u64,
    },
    DmaWrite {
        addr: u64,
        data: Vec<u8>,
    },
    DmaAlloc {
        addr: u64,
        bytes: usize,
    },
    DmaFree {
        addr: u64,
        bytes: usize,
    },
    /// A command the fake IOMMU fetched and completed.
    Command(Cmd),
}

/// The shared log.
pub type EventLog = RefCell<Vec<Event>>;

/// DMA failures to inject, each once: the operation that many calls from now fails.
#[derive(Default)]
pub struct DmaFaults {
    /// Fail the n-th next allocation (0: the next one) with `OutOfMemory`.
    pub alloc: Cell<Option<u32>>,
    /// Fail the n-th next write with `Unmapped`.
    pub write: Cell<Option<u32>>,
    /// Fail the n-th next read with `Unmapped`.
    pub read: Cell<Option<u32>>,
}

/// Count down `which`; true when this call is the one to fail.
fn fails_now(which: &Cell<Option<u32>>) -> bool {
    match which.get() {
        Some(0) => {
            which.set(None);
            true
        }
        Some(n) => {
            which.set(Some(n - 1));
            false
        }
        None => false,
    }
}

/// The driver's DMA memory: a [`FakeDma`] whose allocations, writes and frees are logged,
/// with the failures of [`DmaFaults`].
pub struct LoggingDma<'a> {
    pub mem: &'a FakeDma,
    pub log: &'a EventLog,
    pub faults: &'a DmaFaults,
}

impl DmaMemory for LoggingDma<'_> {
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        if fails_now(&self.faults.alloc) {
            return Err(DmaError::OutOfMemory { bytes, align });
        }
        let addr = self.mem.alloc(bytes, align)?;
        self.log.borrow_mut().push(Event::DmaAlloc { addr: addr.0, bytes });
        Ok(addr)
    }
    fn free(&self, addr: PhysAddr, bytes: usize) {
        self.log.borrow_mut().push(Event::DmaFree { addr: addr.0, bytes });
        self.mem.free(addr, bytes)
    }
    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
        if fails_now(&self.faults.read) {
            return Err(DmaError::Unmapped { addr, len: buf.len() });
        }
        self.mem.read(addr, buf)
    }
    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
        if fails_now(&self.faults.write) {
            return Err(DmaError::Unmapped { addr, len: data.len() });
        }
        self.log.borrow_mut().push(Event::DmaWrite { addr: addr.0, data: data.to_vec() });
        self.mem.write(addr, data)
    }
}

/// How the fake misbehaves.
#[derive(Clone, Copy, Debug)]
pub struct Behaviour {
    /// Queues turn on when enabled (else `*on` never rises).
    pub queues_turn_on: bool,
    /// `ddtp.busy` reads 1 forever.
    pub ddtp_stuck_busy: bool,
    /// Commands are not fetched.
    pub hold_commands: bool,
    /// `tr_req_ctl.go_busy` never clears.
    pub debug_stuck: bool,
    /// An ATS.INVAL gets no completion: the next IOFENCE.C reports `cmd_to`.
    pub ats_inval_times_out: bool,
    /// `fctl` takes writes to be/wsi/gxl.
    pub fctl_writable: bool,
    /// Writable bits of `icvec`.
    pub icvec_writable: u64,
    /// `iommu_mode` encodings the fake retains (bit n for mode n).
    pub ddt_modes: u16,
    /// Largest `LOG2SZ-1` the queue base registers keep (larger writes read back this).
    pub log2szm1_max: u8,
    /// `PPN` bits the queue base registers keep.
    pub queue_ppn_writable: u64,
    /// `PPN` bits `ddtp` keeps.
    pub ddtp_ppn_writable: u64,
    /// Fetching the command at this command-queue index faults (`cqmf`), once.
    pub fetch_fault_at: Option<u32>,
}

impl Default for Behaviour {
    fn default() -> Self {
        let all = Icvec(u64::MAX);
        let icvec = Icvec::default()
            .with_civ(all.civ())
            .with_fiv(all.fiv())
            .with_pmiv(all.pmiv())
            .with_piv(all.piv());
        let modes =
            [IommuMode::OFF, IommuMode::BARE, IommuMode::LVL1, IommuMode::LVL2, IommuMode::LVL3];
        Behaviour {
            queues_turn_on: true,
            ddtp_stuck_busy: false,
            hold_commands: false,
            debug_stuck: false,
            ats_inval_times_out: false,
            fctl_writable: false,
            icvec_writable: icvec.to_bits(),
            ddt_modes: modes.iter().fold(0, |m, mode| m | 1 << mode.0),
            log2szm1_max: u8::MAX,
            queue_ppn_writable: u64::MAX,
            ddtp_ppn_writable: u64::MAX,
            fetch_fault_at: None,
        }
    }
}

type Translator<'a> = Box<dyn Fn(TrReqIova, TrReqCtl) -> TrResponse + 'a>;

/// A register access that runs a test's hook once it is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// A read of the register at this offset.
    Read(usize),
    /// A write of the register at this offset.
    Write(usize),
}

type Hook<'a> = Box<dyn FnOnce(&FakeIommu<'a>) + 'a>;

/// The stand-in IOMMU.
pub struct FakeIommu<'a> {
    regs: RefCell<Vec<u8>>,
    mem: &'a FakeDma,
    log: &'a EventLog,
    pub behaviour: Cell<Behaviour>,
    ats_outstanding: Cell<bool>,
    translator: RefCell<Option<Translator<'a>>>,
    hooks: RefCell<Vec<(Trigger, Hook<'a>)>>,
}

enum Stop {
    Illegal,
    MemoryFault,
    Timeout,
}

impl<'a> FakeIommu<'a> {
    /// An IOMMU reporting `caps`, with `fctl` at its reset value, sharing `mem` and `log`.
    pub fn new(mem: &'a FakeDma, log: &'a EventLog, caps: Capabilities) -> Self {
        let f = FakeIommu {
            regs: RefCell::new(vec![0; REGBLOCK_BYTES]),
            mem,
            log,
            behaviour: Cell::new(Behaviour::default()),
            ats_outstanding: Cell::new(false),
            translator: RefCell::new(None),
            hooks: RefCell::new(Vec::new()),
        };
        f.set(caps);
        f.set(Fctl::RESET);
        f
    }

    /// Change the behaviour.
    pub fn configure(&self, change: impl FnOnce(&mut Behaviour)) {
        let mut b = self.behaviour.get();
        change(&mut b);
        self.behaviour.set(b);
        if b.ddtp_stuck_busy {
            self.set(self.get::<Ddtp>().with_busy(true));
        }
    }

    /// How debug translations are answered.
    pub fn on_translate(&self, f: impl Fn(TrReqIova, TrReqCtl) -> TrResponse + 'a) {
        *self.translator.borrow_mut() = Some(Box::new(f));
    }

    /// Run `hook` once, right after the next access matching `trigger` (what the IOMMU
    /// does between two driver accesses: a record arriving, ...).
    pub fn after(&self, trigger: Trigger, hook: impl FnOnce(&FakeIommu<'a>) + 'a) {
        self.hooks.borrow_mut().push((trigger, Box::new(hook)));
    }

    fn fire(&self, trigger: Trigger) {
        let hook = {
            let mut hooks = self.hooks.borrow_mut();
            let at = hooks.iter().position(|(t, _)| *t == trigger);
            at.map(|i| hooks.remove(i).1)
        };
        if let Some(hook) = hook {
            hook(self);
        }
    }

    /// IPSR: a pending bit whose condition still holds is set again (`cip` while `cie` and
    /// an error or `fence_w_ip`, `fip` while `fie` and `fqof`/`fqmf`, `pip` while `pie` and
    /// `pqof`/`pqmf`).
    fn assert_levels(&self) {
        let (cq, fq, pq): (Cqcsr, Fqcsr, Pqcsr) = (self.get(), self.get(), self.get());
        let cip = cq.cie() && (cq.fence_w_ip() || cq.cmd_ill() || cq.cmd_to() || cq.cqmf());
        let fip = fq.fie() && (fq.fqof() || fq.fqmf());
        let pip = pq.pie() && (pq.pqof() || pq.pqmf());
        let i: Ipsr = self.get();
        self.set(i.with_cip(i.cip() || cip).with_fip(i.fip() || fip).with_pip(i.pip() || pip));
    }

    fn raw(&self, offset: usize, bytes: usize) -> u64 {
        let regs = self.regs.borrow();
        let mut b = [0u8; 8];
        b[..bytes].copy_from_slice(&regs[offset..offset + bytes]);
        u64::from_le_bytes(b)
    }

    fn store(&self, offset: usize, bytes: usize, value: u64) {
        self.regs.borrow_mut()[offset..offset + bytes]
            .copy_from_slice(&value.to_le_bytes()[..bytes]);
    }

    /// A register's value, without logging.
    pub fn get<T: RegValue + Offset>(&self) -> T {
        T::from_raw(self.raw(T::AT, T::BYTES))
    }

    /// Set a register as hardware would, without side effects or logging.
    pub fn set<T: RegValue + Offset>(&self, value: T) {
        self.store(T::AT, T::BYTES, value.to_raw())
    }

    /// The value of register `R`, which shares its layout with other registers (`cqb`,
    /// `cqh`, ...), without logging.
    pub fn reg<R: Register + Offset>(&self) -> R::Value {
        R::Value::from_raw(self.raw(R::AT, R::Value::BYTES))
    }

    /// Set register `R` (a register sharing its layout) as hardware would.
    pub fn set_reg<R: Register + Offset>(&self, value: R::Value) {
        self.store(R::AT, R::Value::BYTES, value.to_raw())
    }

    fn on_write(&self, offset: usize, bytes: usize, value: u64) {
        self.register_write(offset, bytes, value);
        self.assert_levels();
    }

    fn register_write(&self, offset: usize, bytes: usize, value: u64) {
        let b = self.behaviour.get();
        match offset {
            Capabilities::OFFSET | Cqh::OFFSET | Fqt::OFFSET | Pqt::OFFSET => {}
            Fctl::OFFSET if b.fctl_writable => {
                let v = Fctl::from_raw(value);
                self.set(Fctl::default().with_be(v.be()).with_wsi(v.wsi()).with_gxl(v.gxl()));
            }
            Fctl::OFFSET => {}
            Ddtp::OFFSET => {
                let old: Ddtp = self.get();
                if old.busy() {
                    return;
                }
                let new = Ddtp::from_raw(value);
                let new = new.with_ppn(new.ppn() & b.ddtp_ppn_writable);
                let retained = b.ddt_modes & (1 << new.iommu_mode().0) != 0;
                let mode = if retained { new.iommu_mode() } else { old.iommu_mode() };
                self.set(new.with_iommu_mode(mode).with_busy(b.ddtp_stuck_busy));
            }
            Cqb::OFFSET => {
                let v = QueueBase::from_raw(value);
                let (ppn, log2) =
                    (v.ppn() & b.queue_ppn_writable, v.log2szm1().min(b.log2szm1_max));
                self.set_reg::<Cqb>(v.with_ppn(ppn).with_log2szm1(log2));
            }
            Fqb::OFFSET => {
                let v = QueueBase::from_raw(value);
                let (ppn, log2) =
                    (v.ppn() & b.queue_ppn_writable, v.log2szm1().min(b.log2szm1_max));
                self.set_reg::<Fqb>(v.with_ppn(ppn).with_log2szm1(log2));
            }
            Pqb::OFFSET => {
                let v = QueueBase::from_raw(value);
                let (ppn, log2) =
                    (v.ppn() & b.queue_ppn_writable, v.log2szm1().min(b.log2szm1_max));
                self.set_reg::<Pqb>(v.with_ppn(ppn).with_log2szm1(log2));
            }
            Cqt::OFFSET => {
                let mask = entries(self.reg::<Cqb>().log2szm1()) - 1;
                self.set_reg::<Cqt>(QueueIndex::from_raw(value & u64::from(mask)));
                self.process();
            }
            Fqh::OFFSET => {
                let mask = entries(self.reg::<Fqb>().log2szm1()) - 1;
                self.set_reg::<Fqh>(QueueIndex::from_raw(value & u64::from(mask)));
            }
            Pqh::OFFSET => {
                let mask = entries(self.reg::<Pqb>().log2szm1()) - 1;
                self.set_reg::<Pqh>(QueueIndex::from_raw(value & u64::from(mask)));
            }
            Cqcsr::OFFSET => self.write_cqcsr(Cqcsr::from_raw(value)),
            Fqcsr::OFFSET => {
                let (old, v): (Fqcsr, _) = (self.get(), Fqcsr::from_raw(value));
                let mut new = Fqcsr::from_raw(old.to_raw() & !(v.to_raw() & Fqcsr::W1C_MASK));
                new.set_fqen(v.fqen());
                new.set_fie(v.fie());
                if !old.fqen() && v.fqen() {
                    self.set_reg::<Fqt>(QueueIndex::default());
                    new = new.with_fqof(false).with_fqmf(false).with_fqon(b.queues_turn_on);
                } else if old.fqen() && !v.fqen() {
                    new.set_fqon(false);
                }
                self.set(new);
            }
            Pqcsr::OFFSET => {
                let (old, v): (Pqcsr, _) = (self.get(), Pqcsr::from_raw(value));
                let mut new = Pqcsr::from_raw(old.to_raw() & !(v.to_raw() & Pqcsr::W1C_MASK));
                new.set_pqen(v.pqen());
                new.set_pie(v.pie());
                if !old.pqen() && v.pqen() {
                    self.set_reg::<Pqt>(QueueIndex::default());
                    new = new.with_pqof(false).with_pqmf(false).with_pqon(b.queues_turn_on);
                } else if old.pqen() && !v.pqen() {
                    new.set_pqon(false);
                }
                self.set(new);
            }
            Ipsr::OFFSET => {
                let old: Ipsr = self.get();
                self.set(Ipsr::from_raw(old.to_raw() & !(value & Ipsr::W1C_MASK)));
            }
            Icvec::OFFSET => self.set(Icvec::from_raw(value & b.icvec_writable)),
            TrReqCtl::OFFSET => {
                let old: TrReqCtl = self.get();
                let v = TrReqCtl::from_raw(value);
                if old.go_busy() {
                    return;
                }
                if !v.go_busy() {
                    self.set(v);
                    return;
                }
                if b.debug_stuck {
                    self.set(v);
                    return;
                }
                let iova: TrReqIova = self.get();
                let fault = TrResponse::default().with_fault(true);
                let r = self.translator.borrow().as_ref().map_or(fault, |f| f(iova, v));
                self.set(r);
                self.set(v.with_go_busy(false));
            }
            _ => self.store(offset, bytes, value),
        }
    }

    fn write_cqcsr(&self, v: Cqcsr) {
        let old: Cqcsr = self.get();
        let mut new = Cqcsr::from_raw(old.to_raw() & !(v.to_raw() & Cqcsr::W1C_MASK));
        new.set_cqen(v.cqen());
        new.set_cie(v.cie());
        if !old.cqen() && v.cqen() {
            self.set_reg::<Cqh>(QueueIndex::default());
            new = new
                .with_cmd_ill(false)
                .with_cmd_to(false)
                .with_cqmf(false)
                .with_fence_w_ip(false)
                .with_cqon(self.behaviour.get().queues_turn_on);
        } else if old.cqen() && !v.cqen() {
            new.set_cqon(false);
        }
        self.set(new);
        self.process();
    }

    /// Fetch and execute commands from `cqh` to `cqt`.
    fn process(&self) {
        loop {
            let csr: Cqcsr = self.get();
            if self.behaviour.get().hold_commands
                || !csr.cqon()
                || csr.cqmf()
                || csr.cmd_ill()
                || csr.cmd_to()
            {
                return;
            }
            let cqb = self.reg::<Cqb>();
            let (head, tail) = (self.reg::<Cqh>().index(), self.reg::<Cqt>().index());
            if head == tail {
                return;
            }
            let addr = PhysAddr((cqb.ppn() << PAGE_SHIFT) + u64::from(head) * CMD_BYTES as u64);
            let mut bytes = [0u8; CMD_BYTES];
            let fetch_fault = self.behaviour.get().fetch_fault_at == Some(head);
            if fetch_fault {
                self.configure(|b| b.fetch_fault_at = None);
            }
            let fetched = if fetch_fault {
                Err(DmaError::Unmapped { addr, len: CMD_BYTES })
            } else {
                self.mem.read(addr, &mut bytes)
            };
            let stop = match fetched {
                Err(_) => Some(Stop::MemoryFault),
                Ok(()) => self.execute(Cmd::from_le_bytes(bytes)).err(),
            };
            let error = match stop {
                None => {
                    self.log.borrow_mut().push(Event::Command(Cmd::from_le_bytes(bytes)));
                    let next = (head + 1) % entries(cqb.log2szm1());
                    self.set_reg::<Cqh>(QueueIndex::default().with_index(next));
                    continue;
                }
                Some(Stop::Illegal) => csr.with_cmd_ill(true),
                Some(Stop::MemoryFault) => csr.with_cqmf(true),
                Some(Stop::Timeout) => csr.with_cmd_to(true),
            };
            self.set(error);
            if csr.cie() {
                self.set(self.get::<Ipsr>().with_cip(true));
            }
            return;
        }
    }

    fn execute(&self, cmd: Cmd) -> Result<(), Stop> {
        let bits = cmd.to_bits();
        let reserved = match cmd.opcode() {
            CmdOpcode::IOTINVAL => CmdIotinval::RESERVED.to_bits(),
            CmdOpcode::IOFENCE => CmdIofence::RESERVED.to_bits(),
            CmdOpcode::IODIR => CmdIodir::RESERVED.to_bits(),
            CmdOpcode::ATS => CmdAts::RESERVED.to_bits(),
            _ => return Err(Stop::Illegal),
        };
        if bits.iter().zip(reserved).any(|(b, r)| b & r != 0) {
            return Err(Stop::Illegal);
        }
        match Command::decode(cmd).ok_or(Stop::Illegal)? {
            // Unsupported without a second stage (no SvNx4).
            Command::IotinvalGvma { .. } if !self.has_second_stage() => Err(Stop::Illegal),
            Command::IodirInvalPdt { .. } if !CmdIodir::from_bits(bits).dv() => Err(Stop::Illegal),
            // PID wider than the widest PD mode (IODIR.INVAL_PDT).
            Command::IodirInvalPdt { process_id, .. } if process_id >> self.pid_bits() != 0 => {
                Err(Stop::Illegal)
            }
            Command::AtsInval { .. } => {
                if self.behaviour.get().ats_inval_times_out {
                    self.ats_outstanding.set(true);
                }
                Ok(())
            }
            Command::IofenceC { write, .. } => {
                if self.ats_outstanding.replace(false) {
                    return Err(Stop::Timeout);
                }
                if let Some(w) = write {
                    self.mem.write(w.addr, &w.data.to_le_bytes()).map_err(|_| Stop::MemoryFault)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn pid_bits(&self) -> u32 {
        let c: Capabilities = self.get();
        [(c.pd20(), 20), (c.pd17(), 17), (c.pd8(), 8)]
            .into_iter()
            .find_map(|(has, bits)| has.then_some(bits))
            .unwrap_or(0)
    }

    fn has_second_stage(&self) -> bool {
        let c: Capabilities = self.get();
        c.sv32x4() || c.sv39x4() || c.sv48x4() || c.sv57x4()
    }

    /// Write a fault record as the IOMMU would; false if the queue is off, in error, or
    /// full (then `fqof` is set).
    pub fn produce_fault(&self, record: FaultRecord) -> bool {
        let csr: Fqcsr = self.get();
        if !csr.fqon() || csr.fqof() || csr.fqmf() {
            return false;
        }
        let fqb = self.reg::<Fqb>();
        let n = entries(fqb.log2szm1());
        let (head, tail) = (self.reg::<Fqh>().index(), self.reg::<Fqt>().index());
        if (tail + 1) % n == head {
            self.set(csr.with_fqof(true));
            self.assert_levels();
            return false;
        }
        let addr =
            PhysAddr((fqb.ppn() << PAGE_SHIFT) + u64::from(tail) * FAULT_RECORD_BYTES as u64);
        self.mem.write(addr, &record.to_le_bytes()).unwrap();
        self.set_reg::<Fqt>(QueueIndex::default().with_index((tail + 1) % n));
        if csr.fie() {
            self.set(self.get::<Ipsr>().with_fip(true));
        }
        true
    }

    /// Write a page-request record as the IOMMU would; false if the queue is off, in
    /// error, or full (then `pqof` is set).
    pub fn produce_page_request(&self, record: PageRequest) -> bool {
        let csr: Pqcsr = self.get();
        if !csr.pqon() || csr.pqof() || csr.pqmf() {
            return false;
        }
        let pqb = self.reg::<Pqb>();
        let n = entries(pqb.log2szm1());
        let (head, tail) = (self.reg::<Pqh>().index(), self.reg::<Pqt>().index());
        if (tail + 1) % n == head {
            self.set(csr.with_pqof(true));
            self.assert_levels();
            return false;
        }
        let addr =
            PhysAddr((pqb.ppn() << PAGE_SHIFT) + u64::from(tail) * PAGE_REQUEST_BYTES as u64);
        self.mem.write(addr, &record.to_le_bytes()).unwrap();
        self.set_reg::<Pqt>(QueueIndex::default().with_index((tail + 1) % n));
        if csr.pie() {
            self.set(self.get::<Ipsr>().with_pip(true));
        }
        true
    }
}

/// The offset of the 64-bit register whose low or high word is at `offset`, if any.
fn wide_register(offset: usize) -> Option<usize> {
    REGISTERS.iter().filter(|r| r.bytes == 8).find_map(|r| {
        (0..r.count).map(|n| r.offset + n * r.stride).find(|&b| b == offset || b + 4 == offset)
    })
}

fn entries(log2szm1: u8) -> u32 {
    1 << (u32::from(log2szm1) + 1)
}

/// The offset of a register type (the generated `OFFSET` constants, as a trait).
pub trait Offset {
    const AT: usize;
}

macro_rules! offsets {
    ($($t:ty),*) => { $(impl Offset for $t { const AT: usize = <$t>::OFFSET; })* };
}
offsets!(
    Capabilities,
    Fctl,
    Ddtp,
    Cqb,
    Cqh,
    Cqt,
    Fqb,
    Fqh,
    Fqt,
    Pqb,
    Pqh,
    Pqt,
    Cqcsr,
    Fqcsr,
    Pqcsr,
    Ipsr,
    Icvec,
    TrReqIova,
    TrReqCtl,
    TrResponse
);

impl<'a> Mmio for FakeIommu<'a> {
    fn read32(&self, offset: usize) -> u32 {
        self.log.borrow_mut().push(Event::Read { offset, bytes: 4 });
        let value = self.raw(offset, 4) as u32;
        self.fire(Trigger::Read(offset));
        value
    }
    /// A word of a 64-bit register is a write of that register: the high half is stored and
    /// acts with the low half, which completes the register (`iommu_registers.adoc`: an
    /// 8-byte access may appear as two 4-byte ones, high half first).
    fn write32(&self, offset: usize, value: u32) {
        self.log.borrow_mut().push(Event::Write { offset, bytes: 4, value: value.into() });
        match wide_register(offset) {
            Some(base) if base == offset => {
                let high = self.raw(base + 4, 4);
                self.on_write(base, 8, high << 32 | u64::from(value))
            }
            Some(_) => self.store(offset, 4, value.into()),
            None => self.on_write(offset, 4, value.into()),
        }
        self.fire(Trigger::Write(offset));
    }
    fn write16(&self, offset: usize, value: u16) {
        self.log.borrow_mut().push(Event::Write { offset, bytes: 2, value: value.into() });
        self.store(offset, 2, value.into())
    }
    fn write8(&self, offset: usize, value: u8) {
        self.log.borrow_mut().push(Event::Write { offset, bytes: 1, value: value.into() });
        self.store(offset, 1, value.into())
    }
    fn read64(&self, offset: usize) -> u64 {
        self.log.borrow_mut().push(Event::Read { offset, bytes: 8 });
        let value = self.raw(offset, 8);
        self.fire(Trigger::Read(offset));
        value
    }
    fn write64(&self, offset: usize, value: u64) {
        self.log.borrow_mut().push(Event::Write { offset, bytes: 8, value });
        self.on_write(offset, 8, value);
        self.fire(Trigger::Write(offset));
    }
}
