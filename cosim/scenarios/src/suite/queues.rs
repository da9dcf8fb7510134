//! The command queue and the fault queue (`iommu_in_memory_queues.adoc`; `cqcsr`, `fqcsr`
//! in `iommu_registers.adoc`) driven through the driver: illegal and unsupported commands
//! (`cmd_ill`), an IOFENCE.C whose data write faults (`cqmf`), a held command queue (the
//! driver's time-out), fault-queue overflow (`fqof`) and memory fault (`fqmf`), and both
//! queues wrapping around many times.
//!
//! Progress is checked by its effect: a page is remapped, and the invalidation that must
//! have run makes the translation port return the new page (CQ, "IOTINVAL.VMA ensures that
//! previous stores ... are observed").

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{Command, Config, DeviceConfig, Error, Iommu, PagingMode, Wait};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{
    AtsFunc3, Cmd, CmdAts, CmdIodir, CmdIofence, CmdIotinval, CmdOpcode, FaultCause, IodirFunc3,
    IofenceFunc3, PAGE_SHIFT,
};
use driver::regs::iommu_regs::{Fqcsr, IommuRegs, QueueBase, QueueIndex};
use iommu_model::DeviceRequest;

use super::faults::{check_record, expect_allowed};
use super::full_config;
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;

/// The IOVA a [`MovingPage`] remaps.
pub const MOVING_IOVA: u64 = 0x6000_0000;

/// A device with one Sv39 address space whose page at [`MOVING_IOVA`] is remapped to show
/// that invalidations ran.
pub struct MovingPage<'d, D: DmaMemory> {
    space: PageTables<'d, D>,
    /// The device.
    pub device_id: u32,
    /// PSCID of the address space.
    pub pscid: u32,
}

impl<'d, D: DmaMemory> MovingPage<'d, D> {
    /// Attach `device_id` with a fresh address space mapping the page to `pa`.
    pub fn attach<M: Mmio>(iommu: &mut Iommu<M, D>, mem: &'d D, device_id: u32, pa: u64) -> Self {
        let mut space = PageTables::new(mem, PagingMode::Sv39).unwrap();
        space.map(MOVING_IOVA, pa, PageSize::Size4K, Flags::USER_RW).unwrap();
        let pscid = device_id & 0xff;
        let root = PhysAddr::from_ppn(space.root_ppn());
        iommu
            .attach(device_id, DeviceConfig::address_space(PagingMode::Sv39, root, pscid))
            .unwrap();
        MovingPage { space, device_id, pscid }
    }

    /// Map the page to `pa` (no invalidation).
    pub fn remap(&mut self, pa: u64) {
        self.space.map(MOVING_IOVA, pa, PageSize::Size4K, Flags::USER_RW).unwrap();
    }

    /// The IOTINVAL.VMA for the page.
    pub fn invalidation(&self) -> Cmd {
        Command::invalidate_page(self.pscid, MOVING_IOVA).encode().unwrap()
    }

    /// Check that the device's read of the page reaches `pa`.
    pub fn expect<P: Platform>(&self, p: &P, what: &str, pa: u64) {
        let t = expect_allowed(p, what, &DeviceRequest::read(self.device_id, MOVING_IOVA));
        assert_eq!(t.ppn, pa >> PAGE_SHIFT, "{}: {what}: translation", p.name());
    }
}

/// The `n`-th physical page the moving page is mapped to.
fn frame(n: u64) -> u64 {
    0xa000_0000 + (n << PAGE_SHIFT)
}

/// A command with bit `bit` (0..128) set.
fn with_bit(cmd: Cmd, bit: u32) -> Cmd {
    let mut c = cmd;
    c.0[(bit / 32) as usize] |= 1 << (bit % 32);
    c
}

/// The lowest and highest bit of every run of ones in a 128-bit mask.
fn run_edges(mask: [u32; 4]) -> Vec<u32> {
    let set = |b: u32| mask[(b / 32) as usize] >> (b % 32) & 1 == 1;
    let mut edges = Vec::new();
    for b in 0..128 {
        let starts = set(b) && (b == 0 || !set(b - 1));
        let ends = set(b) && (b == 127 || !set(b + 1));
        if starts || ends {
            edges.push(b);
        }
    }
    edges
}

/// Commands the IOMMU must refuse with `cmd_ill` (CQ: "A command is determined to be illegal
/// if it uses a reserved encoding or if a reserved bit is set to 1. A command is
/// unsupported if it is defined but not implemented"): reserved opcodes; undefined `func3`
/// of each opcode; the edges of every run of reserved bits of each command format (NL, bit
/// 34, and S, bit 73, of IOTINVAL are reserved with `capabilities.NL` = `S` = 0);
/// IOTINVAL.GVMA with PSCV = 1; IODIR.INVAL_PDT with DV = 0; IODIR.INVAL_DDT with a PID.
pub fn illegal_commands() -> Vec<(String, Cmd)> {
    let mut v: Vec<(String, Cmd)> = Vec::new();
    for op in [0u8, 5, 63] {
        v.push((format!("reserved opcode {op}"), Cmd::default().with_opcode(CmdOpcode(op))));
    }
    for (op, funcs) in [
        (CmdOpcode::IOTINVAL, [2u8, 7]),
        (CmdOpcode::IOFENCE, [1, 7]),
        (CmdOpcode::IODIR, [2, 7]),
        (CmdOpcode::ATS, [2, 7]),
    ] {
        for f in funcs {
            let cmd = Cmd::default().with_opcode(op).with_func3(f);
            v.push((format!("opcode {} func3 {f}", op.0), cmd));
        }
    }
    let vma = Command::invalidate_page(1, 0x5000).encode().unwrap();
    let fence = Cmd(CmdIofence::default()
        .with_opcode(CmdOpcode::IOFENCE)
        .with_func3(IofenceFunc3::C)
        .to_bits());
    let iodir = Command::IodirInvalDdt { device_id: Some(3) }.encode().unwrap();
    let ats =
        Cmd(CmdAts::default().with_opcode(CmdOpcode::ATS).with_func3(AtsFunc3::INVAL).to_bits());
    let iotinval_bits = run_edges(CmdIotinval::RESERVED.0);
    // The IOTINVAL figure: NL at 34, S at 73 (reserved without the extensions).
    assert!(iotinval_bits.contains(&34) && iotinval_bits.contains(&73), "{iotinval_bits:?}");
    for (name, base, bits) in [
        ("IOTINVAL.VMA", vma, iotinval_bits),
        ("IOFENCE.C", fence, run_edges(CmdIofence::RESERVED.0)),
        ("IODIR.INVAL_DDT", iodir, run_edges(CmdIodir::RESERVED.0)),
        ("ATS.INVAL", ats, run_edges(CmdAts::RESERVED.0)),
    ] {
        for bit in bits {
            v.push((format!("{name} reserved bit {bit}"), with_bit(base, bit)));
        }
    }
    let gvma = CmdIotinval(Command::IotinvalGvma { gscid: None, addr: None }.encode().unwrap().0);
    v.push(("IOTINVAL.GVMA with PSCV = 1".into(), Cmd(gvma.with_pscv(true).to_bits())));
    let pdt = CmdIodir::default().with_opcode(CmdOpcode::IODIR).with_func3(IodirFunc3::PDT);
    v.push(("IODIR.INVAL_PDT with DV = 0".into(), Cmd(pdt.with_pid(5).to_bits())));
    let ddt_pid = CmdIodir(iodir.0).with_pid(5);
    v.push(("IODIR.INVAL_DDT with a PID".into(), Cmd(ddt_pid.to_bits())));
    v
}

/// The command queue is running and empty, with no error bit.
fn expect_queue_idle<P: Platform>(p: &P, what: &str) {
    let regs = IommuRegs::new(p.regs());
    let csr = regs.cqcsr().read();
    assert!(csr.cqen() && csr.cqon(), "{}: {what}: {csr:?}", p.name());
    assert!(!(csr.cmd_ill() || csr.cqmf() || csr.cmd_to()), "{}: {what}: {csr:?}", p.name());
    assert_eq!(regs.cqh().read().index(), regs.cqt().read().index(), "{}: {what}", p.name());
}

/// Each illegal command of [`illegal_commands`], submitted raw after an invalidation of a
/// remapped page: the driver returns [`Error::CommandIllegal`] with the queue index it was
/// written to and the command, the queue runs again without error, the invalidation before
/// the illegal command took effect, and the next invalidation works. Lone fences between
/// the cases move the illegal command around the queue.
pub fn illegal_command_recovery<P: Platform>(make: impl Fn() -> P) {
    illegal_commands_in(make, full_config().command_queue_entries)
}

/// [`illegal_command_recovery`] with a 4-entry command queue: the illegal command sits at
/// every index, also right after the wrap.
pub fn illegal_command_recovery_small_queue<P: Platform>(make: impl Fn() -> P) {
    illegal_commands_in(make, 4)
}

/// Defined commands that have nothing to act on here complete without error: IOTINVAL.GVMA
/// (no capability gates it; without a second stage there is nothing to invalidate) with and
/// without GV, and IOTINVAL.VMA with GV = 1 (no VM address spaces exist).
pub fn defined_commands_without_effect<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    let gvma = |gscid| Command::IotinvalGvma { gscid, addr: None }.encode().unwrap();
    let vma_gv =
        CmdIotinval(Command::invalidate_all_translations().encode().unwrap().0).with_gv(true);
    for (name, cmd) in [
        ("IOTINVAL.GVMA", gvma(None)),
        ("IOTINVAL.GVMA with GV", gvma(Some(7))),
        ("IOTINVAL.VMA with GV", Cmd(vma_gv.with_gscid(7).to_bits())),
    ] {
        assert_eq!(iommu.submit_raw(&[cmd]), Ok(()), "{}: {name}", p.name());
        expect_queue_idle(&p, name);
    }
}

fn illegal_commands_in<P: Platform>(make: impl Fn() -> P, command_queue_entries: u32) {
    let p = make();
    let mut iommu = super::init(&p, Config { command_queue_entries, ..full_config() });
    let mem = p.memory();
    let mut page = MovingPage::attach(&mut iommu, &mem, 0x21, frame(0));
    page.expect(&p, "before", frame(0));
    let entries = iommu.command_queue().1;
    assert_eq!(entries, command_queue_entries);
    let regs = IommuRegs::new(p.regs());
    let mut n = 0;
    let mut seen = Vec::new();
    for (k, (name, bad)) in illegal_commands().into_iter().enumerate() {
        for _ in 0..k % 4 {
            iommu.sync().unwrap();
        }
        n += 1;
        page.remap(frame(n));
        let index = (regs.cqt().read().index() + 1) % entries;
        seen.push(index);
        let got = iommu.submit_raw(&[page.invalidation(), bad]);
        assert_eq!(got, Err(Error::CommandIllegal { index, command: bad }), "{}: {name}", p.name());
        expect_queue_idle(&p, &name);
        page.expect(&p, &format!("{name}: the invalidation before it"), frame(n));
        n += 1;
        page.remap(frame(n));
        iommu.invalidate_range(page.pscid, MOVING_IOVA, 1).unwrap();
        page.expect(&p, &format!("{name}: the invalidation after it"), frame(n));
    }
    if entries <= 4 {
        for i in 0..entries {
            assert!(seen.contains(&i), "{}: no illegal command at index {i}: {seen:?}", p.name());
        }
    }
}

/// An IOFENCE.C whose data write goes to the refused address (CQ: "If the attempt to
/// perform this write encounters a memory fault, the `cmd_mf` bit ... is set ... and the
/// `cqh` holds the index of the IOFENCE.C"): the driver returns
/// [`Error::CommandMemoryFault`] with that index and the command, and recovers. A 4-entry
/// queue and lone fences between the rounds put the fence at every index.
pub fn fence_memory_fault<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, Config { command_queue_entries: 4, ..full_config() });
    let mem = p.memory();
    let mut page = MovingPage::attach(&mut iommu, &mem, 0x22, frame(0));
    page.expect(&p, "before", frame(0));
    let entries = iommu.command_queue().1;
    let regs = IommuRegs::new(p.regs());
    let refused = p.refused_address();
    let fence = Command::IofenceC {
        write: Some(driver::iommu::FenceWrite { addr: refused, data: 0x5a5a_5a5a }),
        wsi: false,
        pr: false,
        pw: false,
    };
    let bad = fence.encode().unwrap();
    let mut seen = Vec::new();
    for round in 1..=8u64 {
        for _ in 0..round % 4 {
            iommu.sync().unwrap();
        }
        page.remap(frame(2 * round));
        let index = (regs.cqt().read().index() + 1) % entries;
        seen.push(index);
        let got = iommu.submit_raw(&[page.invalidation(), bad]);
        let want = Err(Error::CommandMemoryFault { index, command: Some(bad) });
        assert_eq!(got, want, "{}: round {round}", p.name());
        expect_queue_idle(&p, "after cqmf");
        page.expect(&p, "the invalidation before the fence", frame(2 * round));
        page.remap(frame(2 * round + 1));
        iommu.invalidate_range(page.pscid, MOVING_IOVA, 1).unwrap();
        page.expect(&p, "the invalidation after it", frame(2 * round + 1));
    }
    for i in 0..entries {
        assert!(seen.contains(&i), "{}: no faulting fence at index {i}: {seen:?}", p.name());
    }
}

/// Several bad commands in one batch, an illegal one, an invalidation, a fence whose write
/// faults and another illegal one: the driver recovers from each in turn (restarting the
/// queue and resubmitting what followed) and returns the first error; the invalidation
/// between them took effect and the queue is idle afterwards.
pub fn several_errors_in_one_batch<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, Config { command_queue_entries: 8, ..full_config() });
    let mem = p.memory();
    let mut page = MovingPage::attach(&mut iommu, &mem, 0x25, frame(0));
    page.expect(&p, "before", frame(0));
    let regs = IommuRegs::new(p.regs());
    let entries = iommu.command_queue().1;
    let bad_fence = Command::IofenceC {
        write: Some(driver::iommu::FenceWrite { addr: p.refused_address(), data: 1 }),
        wsi: false,
        pr: false,
        pw: false,
    }
    .encode()
    .unwrap();
    let illegal = illegal_commands();
    for round in 1..=6u64 {
        let (first, last) = (illegal[round as usize].1, illegal[round as usize + 10].1);
        page.remap(frame(round));
        let index = regs.cqt().read().index() % entries;
        let got = iommu.submit_raw(&[first, page.invalidation(), bad_fence, last]);
        let want = Err(Error::CommandIllegal { index, command: first });
        assert_eq!(got, want, "{}: round {round}", p.name());
        expect_queue_idle(&p, "after several errors");
        page.expect(&p, "the invalidation between them", frame(round));
    }
}

/// An [`Mmio`] that counts register reads, to hold the driver to its poll budget.
pub struct CountingMmio<M> {
    inner: M,
    reads: Cell<u64>,
}

impl<M: Mmio> CountingMmio<M> {
    /// Count the reads made through `inner`.
    pub fn new(inner: M) -> Self {
        CountingMmio { inner, reads: Cell::new(0) }
    }

    /// Register reads so far.
    pub fn reads(&self) -> u64 {
        self.reads.get()
    }

    fn count(&self) {
        self.reads.set(self.reads.get() + 1);
    }
}

impl<M: Mmio> Mmio for CountingMmio<M> {
    fn read32(&self, offset: usize) -> u32 {
        self.count();
        self.inner.read32(offset)
    }
    fn write32(&self, offset: usize, value: u32) {
        self.inner.write32(offset, value)
    }
    fn write16(&self, offset: usize, value: u16) {
        self.inner.write16(offset, value)
    }
    fn write8(&self, offset: usize, value: u8) {
        self.inner.write8(offset, value)
    }
    fn read64(&self, offset: usize) -> u64 {
        self.count();
        self.inner.read64(offset)
    }
    fn write64(&self, offset: usize, value: u64) {
        self.inner.write64(offset, value)
    }
    fn read16(&self, offset: usize) -> u16 {
        self.count();
        self.inner.read16(offset)
    }
    fn read8(&self, offset: usize) -> u8 {
        self.count();
        self.inner.read8(offset)
    }
}

/// Commands held (`Platform::hold_commands`): the driver's invalidation fails with
/// [`Error::Timeout`] waiting for the IOFENCE.C, after no more register reads than its poll
/// budget (and a few for the queue head); once commands run again the next invalidation
/// succeeds and the translation follows the tables.
pub fn command_timeout<P: Platform>(make: impl Fn() -> P) {
    const BUDGET: u32 = 300;
    let p = make();
    let regs = CountingMmio::new(p.regs());
    let config = Config { poll_budget: BUDGET, ..full_config() };
    let mut iommu = Iommu::init(&regs, p.memory(), config).unwrap();
    let mem = p.memory();
    let mut page = MovingPage::attach(&mut iommu, &mem, 0x23, frame(0));
    page.expect(&p, "before", frame(0));

    for round in 1..=2u64 {
        page.remap(frame(round));
        p.hold_commands(true);
        let before = regs.reads();
        let got = iommu.invalidate_range(page.pscid, MOVING_IOVA, 1);
        let spent = regs.reads() - before;
        assert_eq!(got, Err(Error::Timeout(Wait::FenceCompletion)), "{}", p.name());
        assert!(
            (u64::from(BUDGET)..=u64::from(BUDGET) + 4).contains(&spent),
            "{}: {spent} register reads for a budget of {BUDGET}",
            p.name()
        );
        p.hold_commands(false);
        p.run_until_idle();
        iommu.invalidate_range(page.pscid, MOVING_IOVA, 1).unwrap();
        expect_queue_idle(&p, "after the hold");
        page.expect(&p, "after the hold", frame(round));
    }
}

/// The command queue at its smallest useful size (4 entries, 3 usable) doing 100
/// invalidations, each an IOTINVAL.VMA and an IOFENCE.C, so that `cqh` and `cqt` wrap 50
/// times: each completes and the translation follows the remapped page.
pub fn command_queue_wrap<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let config = Config { command_queue_entries: 4, ..full_config() };
    let mut iommu = super::init(&p, config);
    let regs = IommuRegs::new(p.regs());
    // cqb.LOG2SZ-1 = 1: 2^2 entries.
    assert_eq!(regs.cqb().read().log2szm1(), 1, "{}: cqb", p.name());
    let mem = p.memory();
    let mut page = MovingPage::attach(&mut iommu, &mem, 0x24, frame(0));
    page.expect(&p, "before", frame(0));
    for n in 1..=100 {
        page.remap(frame(n));
        iommu.invalidate_range(page.pscid, MOVING_IOVA, 1).unwrap();
        page.expect(&p, &format!("invalidation {n}"), frame(n));
    }
    expect_queue_idle(&p, "after 100 invalidations");
}

/// A device whose every access faults (an empty address space), for the fault-queue tests.
fn faulting_device<P: Platform, M: Mmio, D: DmaMemory>(p: &P, iommu: &mut Iommu<M, D>) -> u32 {
    let mem = p.memory();
    let space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let root = PhysAddr::from_ppn(space.root_ppn());
    let dev = 0x31;
    iommu.attach(dev, DeviceConfig::address_space(PagingMode::Sv39, root, 0x31)).unwrap();
    dev
}

/// The `n`-th faulting request (a distinct IOVA each, with a page offset).
fn fault_request(dev: u32, n: u64) -> DeviceRequest {
    DeviceRequest::read(dev, 0x7000_0000 + (n << PAGE_SHIFT) + 8 * n)
}

/// A 4-entry fault queue (3 records fit) and 5 faults: the first 3 are recorded, the 4th
/// sets `fqof` and is discarded with every later one (FQCSR); the drain reports the loss and
/// the 3 records intact and in order, clears `fqof`, and new faults are recorded again.
pub fn fault_queue_overflow<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let config = Config { fault_queue_entries: 4, ..full_config() };
    let mut iommu = super::init(&p, config);
    let regs = IommuRegs::new(p.regs());
    let dev = faulting_device(&p, &mut iommu);
    let cause = FaultCause::RD_PAGE_FAULT;
    for n in 0..5 {
        let req = fault_request(dev, n);
        match p.request(&req) {
            iommu_model::Response::Fault(f) => assert_eq!(f.cause, cause, "{}", p.name()),
            other => panic!("{}: fault {n}: {other:?}", p.name()),
        }
        assert_eq!(regs.fqcsr().read().fqof(), n >= 3, "{}: fqof after fault {n}", p.name());
    }
    assert!(regs.ipsr().read().fip(), "{}: fip", p.name());
    let drain = iommu.drain_faults().unwrap();
    assert!(drain.overflow && !drain.memory_fault, "{}: {drain:?}", p.name());
    assert!(drain.records_lost());
    assert_eq!(drain.reports.len(), 3, "{}: {:x?}", p.name(), drain.reports);
    for (n, report) in drain.reports.iter().enumerate() {
        check_record(&format!("record {n}"), report, &fault_request(dev, n as u64), cause);
    }
    assert!(!regs.fqcsr().read().fqof(), "{}: fqof cleared by the drain", p.name());
    for round in 0..2 {
        let reqs = [fault_request(dev, 10 + 2 * round), fault_request(dev, 11 + 2 * round)];
        for req in &reqs {
            assert!(p.request(req).fault().is_some());
        }
        let drain = iommu.drain_faults().unwrap();
        assert!(!drain.records_lost(), "{}: {drain:?}", p.name());
        assert_eq!(drain.reports.len(), 2, "{}", p.name());
        for (report, req) in drain.reports.iter().zip(&reqs) {
            check_record("after the overflow", report, req, cause);
        }
    }
}

/// Wait until `fqcsr.busy` is 0 and return `fqcsr`.
fn fqcsr_idle<P: Platform>(p: &P) -> Fqcsr {
    let regs = IommuRegs::new(p.regs());
    for _ in 0..1000 {
        let c = regs.fqcsr().read();
        if !c.busy() {
            return c;
        }
    }
    panic!("{}: fqcsr stays busy", p.name());
}

/// Point the (off) fault queue at `base`, then turn it on with its interrupt, as the
/// initialization guideline does.
fn restart_fault_queue<P: Platform>(p: &P, base: QueueBase) {
    let regs = IommuRegs::new(p.regs());
    fqcsr_idle(p);
    regs.fqcsr().write(Fqcsr::default().with_fie(true));
    let off = fqcsr_idle(p);
    assert!(!off.fqon(), "{}: fault queue still on", p.name());
    regs.fqb().write(base);
    regs.fqh().write(QueueIndex::default());
    regs.fqcsr().write(Fqcsr::default().with_fqen(true).with_fie(true));
    let on = fqcsr_idle(p);
    assert!(on.fqon(), "{}: fault queue not on", p.name());
}

/// `fqmf`: the driver allocates the fault queue in memory the IOMMU can write, so the
/// scenario moves the queue itself, through the registers only (which every platform has):
/// off, `fqb` at the refused address, on. A fault then sets `fqmf` (FQCSR: the record is
/// discarded, and all later ones while `fqmf` is 1) and `fip`; the driver's drain reports
/// the memory fault and clears it. With `fqb` restored (head and tail 0 again, as the
/// driver's consumer index is 0 on a fresh platform) faults are recorded again.
pub fn fault_queue_memory_fault<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let mut iommu = super::init(&p, full_config());
    let regs = IommuRegs::new(p.regs());
    let dev = faulting_device(&p, &mut iommu);
    let good = regs.fqb().read();
    restart_fault_queue(&p, good.with_ppn(p.refused_address().ppn()));
    for n in 0..2 {
        assert!(p.request(&fault_request(dev, n)).fault().is_some());
        assert!(regs.fqcsr().read().fqmf(), "{}: fqmf", p.name());
    }
    assert!(regs.ipsr().read().fip(), "{}: fip", p.name());
    assert_eq!(regs.fqt().read().index(), 0, "{}: nothing was written", p.name());
    let drain = iommu.drain_faults().unwrap();
    assert!(drain.memory_fault && !drain.overflow, "{}: {drain:?}", p.name());
    assert!(drain.reports.is_empty());
    assert!(!regs.fqcsr().read().fqmf(), "{}: fqmf cleared", p.name());

    restart_fault_queue(&p, good);
    let req = fault_request(dev, 7);
    assert!(p.request(&req).fault().is_some());
    let drain = iommu.drain_faults().unwrap();
    assert!(!drain.records_lost());
    assert_eq!(drain.reports.len(), 1, "{}", p.name());
    check_record("after fqmf", &drain.reports[0], &req, FaultCause::RD_PAGE_FAULT);
}

/// A 4-entry fault queue over 20 rounds of 1 to 3 faults (3 fill it exactly) and a drain:
/// `fqt` wraps many times, the records of each round are intact and in order, and the
/// queue is empty (`fqh` = `fqt`) after each drain.
pub fn fault_queue_wrap<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let config = Config { fault_queue_entries: 4, ..full_config() };
    let mut iommu = super::init(&p, config);
    let regs = IommuRegs::new(p.regs());
    let dev = faulting_device(&p, &mut iommu);
    let mut n = 0;
    let mut total = 0;
    for round in 0..20u64 {
        let reqs: Vec<DeviceRequest> = (0..1 + round % 3)
            .map(|_| {
                n += 1;
                fault_request(dev, n)
            })
            .collect();
        for req in &reqs {
            assert!(p.request(req).fault().is_some());
        }
        let drain = iommu.drain_faults().unwrap();
        assert!(!drain.records_lost(), "{}: round {round}: {drain:?}", p.name());
        assert_eq!(drain.reports.len(), reqs.len(), "{}: round {round}", p.name());
        for (report, req) in drain.reports.iter().zip(&reqs) {
            check_record(&format!("round {round}"), report, req, FaultCause::RD_PAGE_FAULT);
        }
        assert_eq!(regs.fqh().read().index(), regs.fqt().read().index(), "{}", p.name());
        total += reqs.len();
    }
    assert_eq!(total, 39);
    // 39 records through 4 entries: the tail is where 39 increments leave it.
    assert_eq!(regs.fqt().read().index(), 39 % 4, "{}: fqt", p.name());
}
