//! Scenario tests of the IOMMU layer against the stand-in IOMMU of `fake_iommu.rs` (and
//! the plain [`FakeMmio`] where an IOMMU that does nothing is the point): the order of
//! register and memory writes, the commands that reach the IOMMU, and the error paths.

use alloc::vec::Vec;
use core::cell::RefCell;

use super::fake_iommu::{Behaviour, DmaFaults, Event, EventLog, FakeIommu, LoggingDma, Trigger};
use super::*;
use crate::fake::{Bus32, FakeDma, FakeMmio};
use crate::regs::iommu_mem::{
    AtsInvalPayload, Ddte, FaultCause, FaultRecord, PageRequest, PcTa, Pdte, PrPayload, Ttyp,
};
use crate::regs::iommu_regs::{
    Cqb, Cqcsr, Cqh, Cqt, Fqb, Fqcsr, Fqh, Fqt, Icvec, Igs, Ipsr, Pqb, Pqcsr, Pqh, QueueBase,
    QueueIndex, TrReqCtl, TrReqIova, TrResponse,
};

const MEM_BASE: u64 = 0x8000_0000;

struct Rig {
    mem: FakeDma,
    log: EventLog,
    faults: DmaFaults,
}

type TestIommu<'f, 'r> = Iommu<&'f FakeIommu<'r>, LoggingDma<'r>>;

impl Rig {
    fn new() -> Self {
        Rig {
            mem: FakeDma::new(PhysAddr(MEM_BASE), 8 << 20),
            log: RefCell::new(Vec::new()),
            faults: DmaFaults::default(),
        }
    }

    fn fake(&self) -> FakeIommu<'_> {
        FakeIommu::new(&self.mem, &self.log, Capabilities::RESET)
    }

    fn dma(&self) -> LoggingDma<'_> {
        LoggingDma { mem: &self.mem, log: &self.log, faults: &self.faults }
    }

    fn init<'f, 'r>(
        &'r self,
        fake: &'f FakeIommu<'r>,
        config: Config,
    ) -> Result<TestIommu<'f, 'r>, Error> {
        Iommu::init(fake, self.dma(), config)
    }

    fn events(&self) -> Vec<Event> {
        self.log.borrow().clone()
    }

    fn clear(&self) {
        self.log.borrow_mut().clear();
    }

    /// Register writes as (offset, value).
    fn mmio_writes(&self) -> Vec<(usize, u64)> {
        let events = self.events();
        events
            .iter()
            .filter_map(|e| match e {
                Event::Write { offset, value, .. } => Some((*offset, *value)),
                _ => None,
            })
            .collect()
    }

    /// Executed commands, decoded.
    fn commands(&self) -> Vec<Command> {
        self.events()
            .iter()
            .filter_map(|e| match e {
                Event::Command(c) => Command::decode(*c),
                _ => None,
            })
            .collect()
    }

    /// Executed commands other than IOFENCE.C.
    fn invalidations(&self) -> Vec<Command> {
        let mut cmds = self.commands();
        cmds.retain(|c| !matches!(c, Command::IofenceC { .. }));
        cmds
    }

    fn read_u64(&self, addr: PhysAddr) -> u64 {
        self.mem.read_u64(addr).unwrap()
    }

    /// Allocations not freed, as (address, bytes), in allocation order.
    fn unfreed(&self) -> Vec<(u64, usize)> {
        let mut live = Vec::new();
        for e in self.events() {
            match e {
                Event::DmaAlloc { addr, bytes } => live.push((addr, bytes)),
                Event::DmaFree { addr, bytes } => {
                    let at = live.iter().position(|&a| a == (addr, bytes));
                    live.remove(at.unwrap_or_else(|| panic!("free of {addr:#x} not allocated")));
                }
                _ => {}
            }
        }
        live
    }
}

/// A compact view of the log for order checks.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    /// A DMA write of a doubleword at this offset from a base.
    Dw(u64, u64),
    /// An executed command.
    Cmd(Command),
}

/// DMA writes inside `[base, base + len)` (as offsets and values) and executed commands,
/// in order; IOFENCE.C commands are left out.
fn steps(rig: &Rig, base: PhysAddr, len: u64) -> Vec<Step> {
    rig.events()
        .iter()
        .filter_map(|e| match e {
            Event::DmaWrite { addr, data }
                if (base.0..base.0 + len).contains(addr) && data.len() == 8 =>
            {
                Some(Step::Dw(addr - base.0, u64::from_le_bytes(data[..].try_into().unwrap())))
            }
            Event::Command(c) => match Command::decode(*c) {
                Some(Command::IofenceC { .. }) | None => None,
                Some(cmd) => Some(Step::Cmd(cmd)),
            },
            _ => None,
        })
        .collect()
}

fn position(writes: &[(usize, u64)], offset: usize) -> usize {
    writes.iter().position(|w| w.0 == offset).unwrap_or_else(|| panic!("no write to {offset:#x}"))
}

// ---------------------------------------------------------------------------------------
// Bring-up

#[test]
fn init_programs_the_iommu_in_the_guideline_order() {
    let rig = Rig::new();
    let fake = rig.fake();
    let iommu = rig.init(&fake, Config::default()).unwrap();
    let w = rig.mmio_writes();
    let order = [
        Icvec::OFFSET,
        Cqb::OFFSET,
        Cqt::OFFSET,
        Cqcsr::OFFSET,
        Fqb::OFFSET,
        Fqh::OFFSET,
        Fqcsr::OFFSET,
        Pqb::OFFSET,
        Pqh::OFFSET,
        Pqcsr::OFFSET,
        Ddtp::OFFSET,
    ];
    for pair in order.windows(2) {
        assert!(
            position(&w, pair[0]) < position(&w, pair[1]),
            "{:#x} before {:#x}",
            pair[0],
            pair[1]
        );
    }
    assert_eq!(w.last().unwrap().0, Ddtp::OFFSET, "ddtp is written last");

    let cqb = QueueBase(w[position(&w, Cqb::OFFSET)].1);
    assert_eq!(cqb.log2szm1(), 5, "64 entries");
    assert_eq!(PhysAddr::from_ppn(cqb.ppn()), iommu.command_queue().0);
    assert_eq!(iommu.command_queue().0 .0 % 4096, 0);
    let cqcsr = Cqcsr(w[position(&w, Cqcsr::OFFSET)].1 as u32);
    assert!(cqcsr.cqen() && cqcsr.cie());
    assert_eq!(QueueIndex(w[position(&w, Cqt::OFFSET)].1 as u32).index(), 0);
    assert!(Fqcsr(w[position(&w, Fqcsr::OFFSET)].1 as u32).fie());
    assert!(Pqcsr(w[position(&w, Pqcsr::OFFSET)].1 as u32).pie());

    let ddtp = Ddtp(w.last().unwrap().1);
    assert_eq!(ddtp.iommu_mode(), IommuMode::LVL2, "16-bit device IDs need two levels");
    assert_eq!(PhysAddr::from_ppn(ddtp.ppn()), iommu.ddt_root());
    assert_eq!(iommu.ddt_levels(), DdtLevels::Two);
    let mut root = alloc::vec![0xffu8; 4096];
    rig.mem.read(iommu.ddt_root(), &mut root).unwrap();
    assert!(root.iter().all(|&b| b == 0), "the DDT root is zeroed");

    // ddtp.busy is polled before and after the ddtp write.
    let events = rig.events();
    let at = events
        .iter()
        .rposition(|e| matches!(e, Event::Write { offset: Ddtp::OFFSET, .. }))
        .unwrap();
    let ddtp_read = |e: &Event| matches!(e, Event::Read { offset: Ddtp::OFFSET, .. });
    assert!(ddtp_read(&events[at - 1]) && ddtp_read(&events[at + 1]));
    // Every queue is on.
    assert!(fake.get::<Cqcsr>().cqon() && fake.get::<Fqcsr>().fqon() && fake.get::<Pqcsr>().pqon());
}

#[test]
fn init_invalidates_every_cached_entry_before_ddtp_is_written() {
    let all_vma = Command::invalidate_all_translations();
    let all_ddt = Command::IodirInvalDdt { device_id: None };
    let all_gvma = Command::IotinvalGvma { gscid: None, addr: None };
    for (caps, expected) in [
        // No SvNx4: IOTINVAL.GVMA is unsupported (cmd_ill), so not sent.
        (Capabilities::RESET, alloc::vec![all_ddt, all_vma]),
        (Capabilities::RESET.with_sv39x4(true), alloc::vec![all_ddt, all_vma, all_gvma]),
    ] {
        let rig = Rig::new();
        let fake = FakeIommu::new(&rig.mem, &rig.log, caps);
        // A previous driver left the IOMMU in a DDT mode.
        fake.set(Ddtp::default().with_iommu_mode(IommuMode::LVL2).with_ppn(0x4_5678));
        let iommu = rig.init(&fake, Config::default()).unwrap();
        assert_eq!(rig.invalidations(), expected, "{caps:?}");
        let events = rig.events();
        let executed: Vec<usize> = events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| matches!(e, Event::Command(_)).then_some(i))
            .collect();
        let fence = Command::decode(match &events[*executed.last().unwrap()] {
            Event::Command(c) => *c,
            _ => unreachable!(),
        });
        assert!(
            matches!(fence, Some(Command::IofenceC { write: Some(w), .. }) if w.addr == iommu.fence_word()),
            "the batch ends with the driver's fence: {fence:?}"
        );
        let last_ddtp = events
            .iter()
            .rposition(|e| matches!(e, Event::Write { offset: Ddtp::OFFSET, .. }))
            .unwrap();
        assert!(executed.iter().all(|&i| i < last_ddtp), "all completed before ddtp is written");
        let off = events
            .iter()
            .position(|e| matches!(e, Event::Write { offset: Ddtp::OFFSET, .. }))
            .unwrap();
        assert!(off < executed[0], "after the IOMMU left its DDT mode");
    }
}

#[test]
fn init_leaves_a_ddt_mode_and_running_queues_first() {
    let rig = Rig::new();
    let fake = rig.fake();
    let old_root = 0x1234;
    fake.set(Ddtp::default().with_iommu_mode(IommuMode::LVL3).with_ppn(old_root));
    fake.set(Cqcsr::default().with_cqen(true).with_cqon(true));
    rig.init(&fake, Config::default()).unwrap();
    let w = rig.mmio_writes();
    let first_ddtp = Ddtp(w[position(&w, Ddtp::OFFSET)].1);
    assert_eq!(first_ddtp.iommu_mode(), IommuMode::OFF);
    assert_eq!(first_ddtp.ppn(), old_root, "the PPN must not change on the way to Off");
    let first_cqcsr = Cqcsr(w[position(&w, Cqcsr::OFFSET)].1 as u32);
    assert!(!first_cqcsr.cqen(), "the running command queue is turned off");
    assert!(position(&w, Cqcsr::OFFSET) < position(&w, Cqb::OFFSET), "before cqb is written");
}

#[test]
fn an_iommu_that_never_sets_cqon_times_out_naming_cqcsr() {
    let mmio = FakeMmio::new(crate::regs::iommu_regs::REGBLOCK_BYTES);
    mmio.poke(Capabilities::OFFSET, &Capabilities::RESET.to_le_bytes());
    mmio.poke(Fctl::OFFSET, &Fctl::RESET.to_le_bytes());
    let dma = FakeDma::new(PhysAddr(MEM_BASE), 1 << 20);
    let config = Config { poll_budget: 10, ..Config::default() };
    let err = Iommu::init(&mmio, &dma, config).err();
    assert_eq!(err, Some(Error::Timeout(Wait::QueueOn(QueueKind::Command))));
    assert_eq!(Wait::QueueOn(QueueKind::Command).register(), "cqcsr");
    // Exactly the budget of cqcsr reads after the enabling write.
    let log = mmio.log();
    let enable = log
        .iter()
        .rposition(|a| matches!(a, crate::fake::Access::Write { offset: Cqcsr::OFFSET, .. }))
        .unwrap();
    let polls = log[enable..]
        .iter()
        .filter(|a| matches!(a, crate::fake::Access::Read { offset: Cqcsr::OFFSET, .. }))
        .count();
    assert_eq!(polls, 10);
}

#[test]
fn queue_sizes_and_bases_that_do_not_stick_are_refused_naming_the_register() {
    // The IOMMU keeps at most 16 entries (LOG2SZ-1 = 3) in every queue.
    let small = |b: &mut Behaviour| b.log2szm1_max = 3;
    let sized = |c: u32, f: u32, p: u32| Config {
        command_queue_entries: c,
        fault_queue_entries: f,
        page_request_queue_entries: p,
        ..Config::default()
    };
    for (config, register) in
        [(sized(64, 16, 16), "cqb"), (sized(16, 64, 16), "fqb"), (sized(16, 16, 64), "pqb")]
    {
        let rig = Rig::new();
        let fake = rig.fake();
        fake.configure(small);
        match rig.init(&fake, config).err() {
            Some(Error::NotRetained { register: r, written, read }) => {
                assert_eq!(r, register);
                // LOG2SZ-1 is bits 4:0 of the base registers (iommu_registers.adoc).
                assert_eq!((written & 0x1f, read & 0x1f), (5, 3), "{register}");
            }
            other => panic!("{register}: {other:?}"),
        }
        let enabled = match register {
            "cqb" => fake.get::<Cqcsr>().cqen(),
            "fqb" => fake.get::<Fqcsr>().fqen(),
            _ => fake.get::<Pqcsr>().pqen(),
        };
        assert!(!enabled, "{register}: the queue is not enabled over a short buffer");
    }
    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(small);
    rig.init(&fake, sized(16, 16, 16)).unwrap();

    // A base whose PPN is not kept.
    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(|b| b.queue_ppn_writable = !(1 << 19));
    assert!(matches!(
        rig.init(&fake, Config::default()).err(),
        Some(Error::NotRetained { register: "cqb", .. })
    ));
}

#[test]
fn a_ddt_root_the_iommu_does_not_keep_is_refused_and_the_iommu_left_off() {
    let rig = Rig::new();
    let fake = rig.fake();
    // ddtp.PPN keeps 16 bits: the root at 0x8000_3000 (PPN 0x80003) reads back 0x0003.
    fake.configure(|b| b.ddtp_ppn_writable = 0xffff);
    match rig.init(&fake, Config::default()).err() {
        Some(Error::NotRetained { register: "ddtp", written, read }) => {
            assert_eq!(Ddtp(written).ppn() & 0xffff, Ddtp(read).ppn());
            assert_ne!(Ddtp(written).ppn(), Ddtp(read).ppn());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(fake.get::<Ddtp>().iommu_mode(), IommuMode::OFF);
}

#[test]
fn a_failed_bring_up_frees_what_the_iommu_was_not_given() {
    // The fence word cannot be allocated (the 2nd allocation), or not zeroed (1st write).
    for (fail_alloc, fail_write) in [(Some(1), None), (None, Some(0))] {
        let rig = Rig::new();
        let fake = rig.fake();
        rig.faults.alloc.set(fail_alloc);
        rig.faults.write.set(fail_write);
        assert!(matches!(rig.init(&fake, Config::default()), Err(Error::Dma(_))));
        assert_eq!(rig.unfreed(), Vec::new(), "alloc {fail_alloc:?}, write {fail_write:?}");
    }
    // A queue whose size is not kept is never enabled: its buffer is freed; the command
    // queue, already running when the fault queue is refused, keeps its memory.
    let small = |b: &mut Behaviour| b.log2szm1_max = 3;
    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(small);
    let refused = Config { command_queue_entries: 64, ..Config::default() };
    assert!(matches!(rig.init(&fake, refused), Err(Error::NotRetained { register: "cqb", .. })));
    assert_eq!(rig.unfreed(), Vec::new());
    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(small);
    let refused = Config { command_queue_entries: 16, ..Config::default() };
    assert!(matches!(rig.init(&fake, refused), Err(Error::NotRetained { register: "fqb", .. })));
    let (cq, fence) = (PhysAddr::from_ppn(fake.reg::<Cqb>().ppn()), 16 * 16);
    assert_eq!(rig.unfreed(), alloc::vec![(cq.0, 16 * 16), (cq.0 + fence, 4)]);
}

#[test]
fn a_stuck_ddtp_busy_times_out() {
    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(|b| b.ddtp_stuck_busy = true);
    let config = Config { poll_budget: 5, ..Config::default() };
    assert_eq!(rig.init(&fake, config).err(), Some(Error::Timeout(Wait::DdtpIdle)));
}

#[test]
fn ddt_depth_follows_the_device_id_width() {
    for (bits, forced, mode) in [
        (7, None, IommuMode::LVL1),
        (8, None, IommuMode::LVL2),
        (16, None, IommuMode::LVL2),
        (17, None, IommuMode::LVL3),
        (24, None, IommuMode::LVL3),
        (7, Some(DdtLevels::Three), IommuMode::LVL3),
    ] {
        let rig = Rig::new();
        let fake = rig.fake();
        let iommu = rig
            .init(&fake, Config { device_id_bits: bits, ddt_levels: forced, ..Config::default() })
            .unwrap();
        assert_eq!(fake.get::<Ddtp>().iommu_mode(), mode, "{bits} bits, forced {forced:?}");
        assert_eq!(iommu.ddt_levels().iommu_mode(), mode);
    }
    let rig = Rig::new();
    let fake = rig.fake();
    assert_eq!(
        rig.init(&fake, Config { device_id_bits: 25, ..Config::default() }).err(),
        Some(Error::InvalidConfig(ConfigError::DeviceIdBits { device_id_bits: 25 }))
    );
    assert_eq!(
        rig.init(
            &fake,
            Config { device_id_bits: 8, ddt_levels: Some(DdtLevels::One), ..Config::default() }
        )
        .err(),
        Some(Error::InvalidConfig(ConfigError::DeviceIdBits { device_id_bits: 8 }))
    );
}

#[test]
fn an_unsupported_ddt_mode_falls_back_to_a_deeper_one() {
    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(|b| b.ddt_modes &= !(1 << IommuMode::LVL1.0));
    let iommu = rig.init(&fake, Config { device_id_bits: 7, ..Config::default() }).unwrap();
    assert_eq!(iommu.ddt_levels(), DdtLevels::Two);
    assert_eq!(fake.get::<Ddtp>().iommu_mode(), IommuMode::LVL2);

    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(|b| b.ddt_modes = 1 << IommuMode::OFF.0 | 1 << IommuMode::BARE.0);
    assert_eq!(
        rig.init(&fake, Config { device_id_bits: 7, ..Config::default() }).err(),
        Some(Error::DdtModeUnsupported { device_id_bits: 7 })
    );
    // A forced depth is not replaced by another.
    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(|b| b.ddt_modes &= !(1 << IommuMode::LVL1.0));
    let forced =
        Config { device_id_bits: 7, ddt_levels: Some(DdtLevels::One), ..Config::default() };
    assert_eq!(
        rig.init(&fake, forced).err(),
        Some(Error::DdtModeUnsupported { device_id_bits: 7 })
    );
}

#[test]
fn vectors_must_fit_the_writable_icvec_bits() {
    let rig = Rig::new();
    let fake = rig.fake();
    // One writable bit per field: two vectors.
    let one_bit = Icvec::default().with_civ(1).with_fiv(1).with_pmiv(1).with_piv(1);
    fake.configure(|b| b.icvec_writable = one_bit.to_bits());
    let vectors =
        Vectors { command_queue: 1, fault_queue: 0, performance_monitor: 0, page_request_queue: 1 };
    rig.init(&fake, Config { vectors, ..Config::default() }).unwrap();
    assert_eq!(fake.get::<Icvec>(), Icvec::default().with_civ(1).with_piv(1));

    let rig = Rig::new();
    let fake = rig.fake();
    fake.configure(|b| b.icvec_writable = one_bit.to_bits());
    let vectors = Vectors { fault_queue: 2, ..Vectors::default() };
    assert_eq!(
        rig.init(&fake, Config { vectors, ..Config::default() }).err(),
        Some(Error::VectorNotSupported {
            interrupt: InterruptSource::FaultQueue,
            vector: 2,
            supported: 2
        })
    );
    // Without an HPM the performance-monitor vector is not programmed, so not checked.
    let rig = Rig::new();
    let fake = rig.fake();
    let vectors = Vectors { performance_monitor: 15, ..Vectors::default() };
    rig.init(&fake, Config { vectors, ..Config::default() }).unwrap();
    assert_eq!(fake.get::<Icvec>().pmiv(), 0);
}

#[test]
fn probe_failures_write_no_register() {
    let rig = Rig::new();
    let fake = FakeIommu::new(&rig.mem, &rig.log, Capabilities::RESET.with_sv39(false));
    assert_eq!(
        rig.init(&fake, Config::default()).err(),
        Some(Error::Probe(ProbeError::PagingMode(PagingMode::Sv39)))
    );
    assert_eq!(rig.mmio_writes(), Vec::new());
}

#[test]
fn feature_control_is_set_for_wired_little_endian_operation() {
    // IGS = BOTH with fctl.WSI = 0: the driver sets WSI.
    let rig = Rig::new();
    let fake = FakeIommu::new(&rig.mem, &rig.log, Capabilities::RESET.with_igs(Igs::BOTH));
    fake.set(Fctl::default());
    fake.configure(|b| b.fctl_writable = true);
    rig.init(&fake, Config::default()).unwrap();
    assert!(rig
        .mmio_writes()
        .contains(&(Fctl::OFFSET, Fctl::default().with_wsi(true).to_bits().into())));
    assert!(fake.get::<Fctl>().wsi());
    // ... and fails if the bit does not take.
    let rig = Rig::new();
    let fake = FakeIommu::new(&rig.mem, &rig.log, Capabilities::RESET.with_igs(Igs::BOTH));
    fake.set(Fctl::default());
    assert_eq!(
        rig.init(&fake, Config::default()).err(),
        Some(Error::FeatureControl { field: "wsi", wanted: true })
    );
    // Big-endian structures that cannot be switched.
    let rig = Rig::new();
    let fake = rig.fake();
    fake.set(Fctl::RESET.with_be(true));
    assert_eq!(
        rig.init(&fake, Config::default()).err(),
        Some(Error::Probe(ProbeError::BigEndianOnly))
    );
    // ... and ones that can.
    let rig = Rig::new();
    let fake = FakeIommu::new(&rig.mem, &rig.log, Capabilities::RESET.with_endian(true));
    fake.set(Fctl::RESET.with_be(true));
    fake.configure(|b| b.fctl_writable = true);
    rig.init(&fake, Config::default()).unwrap();
    assert!(!fake.get::<Fctl>().be());
}

// ---------------------------------------------------------------------------------------
// Device contexts

const SV39_ROOT: PhysAddr = PhysAddr(0x9000_0000);

#[test]
fn attach_writes_the_device_context_with_tc_last() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    rig.clear();
    let device_id = 0x0105;
    iommu.attach(device_id, DeviceConfig::address_space(PagingMode::Sv39, SV39_ROOT, 42)).unwrap();
    let slot = iommu.device_context_addr(device_id).unwrap();

    // 2LVL: the root entry DDI[1] = device_id[15:7] = 2 now points to a leaf page, and the
    // context sits at DDI[0] = device_id[6:0] = 5 of it.
    let ddte = Ddte(rig.read_u64(iommu.ddt_root().add(2 * 8)));
    assert!(ddte.v());
    assert_eq!(PhysAddr::from_ppn(ddte.ppn()).add(5 * 32), slot);
    assert_eq!(iommu.ddt_pages().len(), 2);

    let dc = iommu.device_context(device_id).unwrap();
    let dw = |i: u64| {
        Step::Dw(
            i * 8,
            u64::from_le_bytes(dc.to_le_bytes()[i as usize * 8..][..8].try_into().unwrap()),
        )
    };
    assert_eq!(
        steps(&rig, slot, 32),
        alloc::vec![dw(1), dw(2), dw(3), dw(0)],
        "iohgatp, ta, fsc, then tc"
    );
    assert!(dc.tc().v());
    assert_eq!(dc.ta().pscid(), 42);
    assert_eq!(dc.fsc().ppn(), SV39_ROOT.ppn());
    let mut mem = [0u8; 32];
    rig.mem.read(slot, &mut mem).unwrap();
    assert_eq!(mem, dc.to_le_bytes());
    assert_eq!(rig.commands(), Vec::new(), "an invalid entry becoming valid needs no invalidation");
}

#[test]
fn changing_a_valid_device_context_invalidates_from_the_old_one_first() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    iommu.attach(7, DeviceConfig::address_space(PagingMode::Sv39, SV39_ROOT, 42)).unwrap();
    let old = iommu.device_context(7).unwrap();
    rig.clear();
    iommu.attach(7, DeviceConfig::address_space(PagingMode::Sv48, SV39_ROOT, 43)).unwrap();
    let new = iommu.device_context(7).unwrap();
    let slot = iommu.device_context_addr(7).unwrap();
    let dw = |dc: &DeviceContext, i: u64| {
        Step::Dw(
            i * 8,
            u64::from_le_bytes(dc.to_le_bytes()[i as usize * 8..][..8].try_into().unwrap()),
        )
    };
    assert_eq!(
        steps(&rig, slot, 32),
        alloc::vec![
            Step::Dw(0, old.tc().with_v(false).to_bits()),
            Step::Cmd(Command::IodirInvalDdt { device_id: Some(7) }),
            Step::Cmd(Command::invalidate_pscid(42)),
            dw(&new, 1),
            dw(&new, 2),
            dw(&new, 3),
            dw(&new, 0),
        ]
    );
    assert_eq!(new.ta().pscid(), 43);
}

#[test]
fn detach_clears_v_and_invalidates() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    iommu.attach(7, DeviceConfig::process_directory(8)).unwrap();
    let dc = iommu.device_context(7).unwrap();
    let slot = iommu.device_context_addr(7).unwrap();
    let pages = iommu.process_directory_pages(7);
    assert_eq!(pages.len(), 1, "PD8 is one page");
    rig.clear();
    iommu.detach(7).unwrap();
    assert_eq!(
        steps(&rig, slot, 32),
        alloc::vec![
            Step::Dw(0, dc.tc().with_v(false).to_bits()),
            Step::Cmd(Command::IodirInvalDdt { device_id: Some(7) }),
            Step::Cmd(Command::invalidate_all_translations()),
        ]
    );
    // The directory is freed, after the fence completed.
    let events = rig.events();
    let fence = events.iter().rposition(|e| matches!(e, Event::Command(_))).unwrap();
    let freed: Vec<u64> = events[fence..]
        .iter()
        .filter_map(|e| match e {
            Event::DmaFree { addr, .. } => Some(*addr),
            _ => None,
        })
        .collect();
    assert_eq!(freed, pages.iter().map(|p| p.0).collect::<Vec<_>>());
    assert!(!events[..fence].iter().any(|e| matches!(e, Event::DmaFree { .. })));
    assert_eq!(iommu.device_context(7), None);
    assert_eq!(iommu.detach(7), Err(Error::DeviceNotAttached { device_id: 7 }));
}

#[test]
fn a_failed_attach_frees_the_process_directory_it_allocated() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    let pd8 = DeviceConfig::process_directory(8);
    // 1. The DDT leaf page for device 0x0105 cannot be allocated (after the PDT root).
    rig.clear();
    rig.faults.alloc.set(Some(1));
    assert!(matches!(iommu.attach(0x0105, pd8), Err(Error::Dma(_))));
    assert_eq!(rig.unfreed(), Vec::new());
    assert_eq!(iommu.device_context(0x0105), None);
    // 2. The device context cannot be written (writes: PDT root, DDT leaf page, its link,
    //    then the context). The DDT page stays (DDT pages live as long as the Iommu).
    rig.clear();
    rig.faults.write.set(Some(3));
    assert!(matches!(iommu.attach(0x0105, pd8), Err(Error::Dma(_))));
    let ddt_leaf = iommu.ddt_pages()[1];
    assert_eq!(rig.unfreed(), alloc::vec![(ddt_leaf.0, 4096)]);
    assert_eq!(iommu.device_context(0x0105), None);
    // 3. Re-attaching with another depth: V of the old context cannot be cleared. The new
    //    directory is freed; the device stays attached as it was.
    iommu.attach(0x0105, pd8).unwrap();
    let old = iommu.device_context(0x0105);
    rig.clear();
    rig.faults.write.set(Some(1));
    let pd17 = DeviceConfig::process_directory(17);
    assert!(matches!(iommu.attach(0x0105, pd17), Err(Error::Dma(_))));
    assert_eq!(rig.unfreed(), Vec::new());
    assert_eq!(iommu.device_context(0x0105), old);
    assert_eq!(iommu.process_directory(0x0105), Some(PdtLevels::Pd8));
}

#[test]
fn an_invalidation_that_failed_is_owed_until_it_ran() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config { poll_budget: 100, ..Config::default() }).unwrap();
    let sv39 = DeviceConfig::address_space(PagingMode::Sv39, SV39_ROOT, 42);
    iommu.attach(7, sv39).unwrap();
    let slot = iommu.device_context_addr(7).unwrap();
    let old = iommu.device_context(7).unwrap();

    // Re-attaching: V is cleared but the invalidation never completes.
    fake.configure(|b| b.hold_commands = true);
    assert_eq!(iommu.attach(7, DeviceConfig::bare()), Err(Error::Timeout(Wait::FenceCompletion)));
    assert_eq!(iommu.device_context(7), None, "left detached");
    fake.configure(|b| b.hold_commands = false);
    // Attaching it again first runs what is owed, then writes the context.
    rig.clear();
    iommu.attach(7, DeviceConfig::bare()).unwrap();
    let s = steps(&rig, slot, 32);
    let owed = [
        Step::Cmd(Command::IodirInvalDdt { device_id: Some(7) }),
        Step::Cmd(Command::invalidate_pscid(42)),
    ];
    let valid = Step::Dw(0, iommu.device_context(7).unwrap().tc().to_bits());
    let at = s.iter().rposition(|x| *x == owed[0]).expect("IODIR.INVAL_DDT for device 7");
    assert_eq!(s[at..at + 2], owed);
    assert!(at < s.iter().position(|x| *x == valid).unwrap(), "{s:?}");
    assert_ne!(old, iommu.device_context(7).unwrap());

    // A process context whose removal was not invalidated.
    iommu.attach(8, DeviceConfig::process_directory(8)).unwrap();
    iommu.set_process(8, 3, ProcessConfig::user(PagingMode::Sv39, SV39_ROOT, 77)).unwrap();
    fake.configure(|b| b.hold_commands = true);
    assert_eq!(iommu.remove_process(8, 3), Err(Error::Timeout(Wait::FenceCompletion)));
    fake.configure(|b| b.hold_commands = false);
    rig.clear();
    iommu.set_process(8, 3, ProcessConfig::user(PagingMode::Sv39, SV39_ROOT, 78)).unwrap();
    let root = iommu.process_directory_pages(8)[0];
    let pc = iommu.process_context(8, 3).unwrap();
    let s = steps(&rig, root.add(3 * 16), 16);
    let owed = [
        Step::Cmd(Command::IodirInvalPdt { device_id: 8, process_id: 3 }),
        Step::Cmd(Command::invalidate_pscid(77)),
    ];
    let at = s.iter().rposition(|x| *x == owed[0]).expect("IODIR.INVAL_PDT for PASID 3");
    assert_eq!(s[at..at + 2], owed);
    let valid = s.iter().position(|x| *x == Step::Dw(0, pc.ta().to_bits())).unwrap();
    assert!(at < valid, "{s:?}");

    // A detached device's directory is freed once what it owes has run.
    let pages = iommu.process_directory_pages(8);
    fake.configure(|b| b.hold_commands = true);
    assert_eq!(iommu.detach(8), Err(Error::Timeout(Wait::FenceCompletion)));
    fake.configure(|b| b.hold_commands = false);
    rig.clear();
    iommu.sync().unwrap();
    assert!(rig.invalidations().contains(&Command::IodirInvalDdt { device_id: Some(8) }));
    let freed: Vec<u64> = rig
        .events()
        .iter()
        .filter_map(|e| match e {
            Event::DmaFree { addr, .. } => Some(*addr),
            _ => None,
        })
        .collect();
    assert_eq!(freed, pages.iter().map(|p| p.0).collect::<Vec<_>>());
    // Nothing is owed any more.
    rig.clear();
    iommu.sync().unwrap();
    assert_eq!(rig.invalidations(), Vec::new());
}

#[test]
fn device_ids_wider_than_the_ddt_are_refused() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config { device_id_bits: 7, ..Config::default() }).unwrap();
    assert_eq!(
        iommu.attach(0x80, DeviceConfig::bare()),
        Err(Error::DeviceIdOutOfRange { device_id: 0x80, bits: 7 })
    );
    assert_eq!(
        iommu.invalidate_device(0x80),
        Err(Error::DeviceIdOutOfRange { device_id: 0x80, bits: 7 })
    );
    iommu.attach(0x7f, DeviceConfig::bare()).unwrap();
    // 1LVL: the context is in the root page itself.
    assert_eq!(iommu.device_context_addr(0x7f), Some(iommu.ddt_root().add(0x7f * 32)));
}

#[test]
fn invalidate_on_valid_also_invalidates_new_entries() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu =
        rig.init(&fake, Config { invalidate_on_valid: true, ..Config::default() }).unwrap();
    iommu.attach(3, DeviceConfig::address_space(PagingMode::Sv39, SV39_ROOT, 5)).unwrap();
    let slot = iommu.device_context_addr(3).unwrap();
    let s = steps(&rig, slot, 32);
    assert_eq!(
        s[s.len() - 2..],
        [
            Step::Cmd(Command::IodirInvalDdt { device_id: Some(3) }),
            Step::Cmd(Command::invalidate_pscid(5))
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Process contexts

#[test]
fn process_contexts_are_written_fsc_first_and_changed_through_invalid() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    iommu.attach(3, DeviceConfig::process_directory(17)).unwrap();
    assert_eq!(iommu.process_directory(3), Some(PdtLevels::Pd17));
    let pdtp = iommu.device_context(3).unwrap().fsc();
    let root = PhysAddr::from_ppn(pdtp.ppn());
    rig.clear();

    let pasid = 0x1_0005;
    let cfg = ProcessConfig { ens: true, ..ProcessConfig::user(PagingMode::Sv48, SV39_ROOT, 11) };
    iommu.set_process(3, pasid, cfg).unwrap();
    // PD17: the root entry PDI[1] = pasid[16:8] = 0x100 points to the leaf page; the context
    // is PDI[0] = 5 of it.
    let pdte = Pdte(rig.read_u64(root.add(0x100 * 8)));
    assert!(pdte.v());
    let slot = PhysAddr::from_ppn(pdte.ppn()).add(5 * 16);
    let pc = iommu.process_context(3, pasid).unwrap();
    assert_eq!(
        steps(&rig, slot, 16),
        alloc::vec![Step::Dw(8, pc.fsc().to_bits()), Step::Dw(0, pc.ta().to_bits())],
        "fsc, then ta with V"
    );
    assert!(pc.ta().v() && pc.ta().ens());
    assert_eq!(iommu.process_directory_pages(3).len(), 2);
    assert_eq!(rig.commands(), Vec::new());

    rig.clear();
    iommu.set_process(3, pasid, ProcessConfig::user(PagingMode::Sv39, SV39_ROOT, 12)).unwrap();
    let new = iommu.process_context(3, pasid).unwrap();
    assert_eq!(
        steps(&rig, slot, 16),
        alloc::vec![
            Step::Dw(0, pc.ta().with_v(false).to_bits()),
            Step::Cmd(Command::IodirInvalPdt { device_id: 3, process_id: pasid }),
            Step::Cmd(Command::invalidate_pscid(11)),
            Step::Dw(8, new.fsc().to_bits()),
            Step::Dw(0, new.ta().to_bits()),
        ]
    );

    rig.clear();
    iommu.remove_process(3, pasid).unwrap();
    assert_eq!(
        steps(&rig, slot, 16),
        alloc::vec![
            Step::Dw(0, new.ta().with_v(false).to_bits()),
            Step::Cmd(Command::IodirInvalPdt { device_id: 3, process_id: pasid }),
            Step::Cmd(Command::invalidate_pscid(12)),
        ]
    );
    assert!(!PcTa(rig.read_u64(slot)).v());
    assert_eq!(iommu.remove_process(3, pasid), Err(Error::ProcessNotSet { device_id: 3, pasid }));
    assert_eq!(iommu.processes(3), Vec::new());
}

#[test]
fn process_context_errors() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    let cfg = ProcessConfig::user(PagingMode::Sv39, SV39_ROOT, 1);
    assert_eq!(iommu.set_process(9, 1, cfg), Err(Error::DeviceNotAttached { device_id: 9 }));
    iommu.attach(9, DeviceConfig::bare()).unwrap();
    assert_eq!(iommu.set_process(9, 1, cfg), Err(Error::NoProcessDirectory { device_id: 9 }));
    iommu.attach(10, DeviceConfig::process_directory(8)).unwrap();
    assert_eq!(
        iommu.set_process(10, 0x100, cfg),
        Err(Error::PasidOutOfRange { device_id: 10, pasid: 0x100, bits: 8 })
    );
    let wide = ProcessConfig { pscid: 1 << 20, ..cfg };
    assert_eq!(
        iommu.set_process(10, 1, wide),
        Err(Error::ValueOutOfRange { field: Field::Pscid, value: 1 << 20, max: (1 << 20) - 1 })
    );
}

#[test]
fn process_invalidations_wider_than_the_widest_pd_mode_are_refused() {
    for (caps, bits) in [
        (Capabilities::RESET, 20),
        (Capabilities::RESET.with_pd20(false), 17),
        (Capabilities::RESET.with_pd20(false).with_pd17(false), 8),
    ] {
        let rig = Rig::new();
        let fake = FakeIommu::new(&rig.mem, &rig.log, caps);
        let mut iommu = rig.init(&fake, Config::default()).unwrap();
        rig.clear();
        let max = (1u32 << bits) - 1;
        if bits < 20 {
            assert_eq!(
                iommu.invalidate_process(1, max + 1),
                Err(Error::ValueOutOfRange {
                    field: Field::ProcessId,
                    value: (max + 1).into(),
                    max: max.into()
                }),
                "{bits}-bit PIDs"
            );
            assert_eq!(rig.commands(), Vec::new(), "nothing sent");
        }
        iommu.invalidate_process(1, max).unwrap();
        assert_eq!(
            rig.invalidations(),
            alloc::vec![Command::IodirInvalPdt { device_id: 1, process_id: max }]
        );
    }
}

#[test]
fn pd20_allocates_three_levels_on_demand() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    iommu.attach(1, DeviceConfig::process_directory(20)).unwrap();
    let cfg = ProcessConfig::user(PagingMode::Sv39, SV39_ROOT, 1);
    iommu.set_process(1, 0xf_ffff, cfg).unwrap();
    assert_eq!(iommu.process_directory_pages(1).len(), 3);
    // Same leaf page: no new page.
    iommu.set_process(1, 0xf_ff00, cfg).unwrap();
    assert_eq!(iommu.process_directory_pages(1).len(), 3);
    // Another PDI[1]: one more leaf page; another PDI[2]: a middle and a leaf page.
    iommu.set_process(1, 0xf_fe00, cfg).unwrap();
    assert_eq!(iommu.process_directory_pages(1).len(), 4);
    iommu.set_process(1, 0x0_0001, cfg).unwrap();
    assert_eq!(iommu.process_directory_pages(1).len(), 6);
    assert_eq!(iommu.processes(1), alloc::vec![1, 0xf_fe00, 0xf_ff00, 0xf_ffff]);
}

#[test]
fn reattaching_with_the_same_depth_keeps_the_process_directory() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    iommu.attach(2, DeviceConfig::process_directory(8)).unwrap();
    iommu.set_process(2, 4, ProcessConfig::user(PagingMode::Sv39, SV39_ROOT, 1)).unwrap();
    let pages = iommu.process_directory_pages(2);
    let mut with_ats = DeviceConfig::process_directory(8);
    with_ats.ats = true;
    rig.clear();
    iommu.attach(2, with_ats).unwrap();
    assert_eq!(iommu.process_directory_pages(2), pages);
    assert!(iommu.process_context(2, 4).is_some());
    assert!(iommu.device_context(2).unwrap().tc().en_ats());
    assert!(!rig.events().iter().any(|e| matches!(e, Event::DmaFree { .. })));
    // Another depth: a new directory, the old one freed.
    iommu.attach(2, DeviceConfig::process_directory(17)).unwrap();
    assert_ne!(iommu.process_directory_pages(2)[0], pages[0]);
    assert_eq!(iommu.process_context(2, 4), None);
    assert!(rig.events().contains(&Event::DmaFree { addr: pages[0].0, bytes: 4096 }));
}

// ---------------------------------------------------------------------------------------
// Command queue

#[test]
fn range_invalidation_uses_pages_up_to_the_threshold() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu =
        rig.init(&fake, Config { range_invalidation_threshold: 3, ..Config::default() }).unwrap();
    rig.clear();
    iommu.invalidate_range(9, 0x4000_0800, 3 * 4096 - 0x800).unwrap();
    assert_eq!(
        rig.invalidations(),
        alloc::vec![
            Command::invalidate_page(9, 0x4000_0000),
            Command::invalidate_page(9, 0x4000_1000),
            Command::invalidate_page(9, 0x4000_2000),
        ]
    );
    rig.clear();
    iommu.invalidate_range(9, 0x4000_0000, 4 * 4096).unwrap();
    assert_eq!(rig.invalidations(), alloc::vec![Command::invalidate_pscid(9)]);
}

#[test]
fn every_call_ends_with_a_fence_that_writes_the_next_sequence_number() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    // The bring-up's invalidations completed with fence 1.
    for seq in 2..=4u32 {
        rig.clear();
        iommu.invalidate_all_devices().unwrap();
        let fence = Command::IofenceC {
            write: Some(FenceWrite { addr: iommu.fence_word(), data: seq }),
            wsi: false,
            pr: true,
            pw: true,
        };
        assert_eq!(rig.commands(), alloc::vec![Command::IodirInvalDdt { device_id: None }, fence]);
        let mut word = [0u8; 4];
        rig.mem.read(iommu.fence_word(), &mut word).unwrap();
        assert_eq!(u32::from_le_bytes(word), seq);
    }
}

#[test]
fn the_command_queue_wraps_around() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu =
        rig.init(&fake, Config { command_queue_entries: 4, ..Config::default() }).unwrap();
    rig.clear();
    let batch: Vec<Command> = (0..7).map(Command::invalidate_pscid).collect();
    iommu.execute(&batch).unwrap();
    for p in 7..12 {
        iommu.invalidate_pscid(p).unwrap();
    }
    let expected: Vec<Command> = (0..12).map(Command::invalidate_pscid).collect();
    assert_eq!(rig.invalidations(), expected);
    let tails: Vec<u64> =
        rig.mmio_writes().iter().filter(|w| w.0 == Cqt::OFFSET).map(|w| w.1).collect();
    assert!(tails.iter().all(|&t| t < 4), "cqt stays inside the queue: {tails:?}");
    // 3 at bring-up, then 7 + 1 + 5 * 2 = 18 entries written in a 4-entry ring.
    assert_eq!(fake.reg::<Cqh>().index(), 21 % 4);
    assert_eq!(fake.reg::<Cqt>().index(), 21 % 4);
}

#[test]
fn cqh_is_read_only_when_the_queue_looks_full() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu =
        rig.init(&fake, Config { command_queue_entries: 8, ..Config::default() }).unwrap();
    let cqh_reads = |rig: &Rig| {
        rig.events().iter().filter(|e| matches!(e, Event::Read { offset: Cqh::OFFSET, .. })).count()
    };
    rig.clear();
    // The bring-up wrote 3 entries (two invalidations and a fence).
    for p in 0..2 {
        iommu.invalidate_pscid(p).unwrap();
    }
    assert_eq!(cqh_reads(&rig), 0, "3 + 4 = all 7 usable entries, never full");
    iommu.invalidate_pscid(2).unwrap();
    assert_eq!(cqh_reads(&rig), 1, "the 8th entry needs the head");
}

#[test]
fn a_stalled_queue_times_out_waiting_for_space_or_for_the_fence() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig
        .init(&fake, Config { command_queue_entries: 4, poll_budget: 8, ..Config::default() })
        .unwrap();
    fake.configure(|b| b.hold_commands = true);
    assert_eq!(iommu.invalidate_all(), Err(Error::Timeout(Wait::FenceCompletion)));

    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig
        .init(&fake, Config { command_queue_entries: 4, poll_budget: 8, ..Config::default() })
        .unwrap();
    fake.configure(|b| b.hold_commands = true);
    let start = fake.reg::<Cqt>().index();
    let batch: Vec<Command> = (0..5).map(Command::invalidate_pscid).collect();
    assert_eq!(iommu.execute(&batch), Err(Error::Timeout(Wait::CommandQueueSpace)));
    // Three entries fit (one stays free); cqt was published before waiting.
    assert_eq!(fake.reg::<Cqt>().index(), (start + 3) % 4);
}

#[test]
fn an_illegal_command_is_reported_and_the_queue_recovers() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    rig.clear();
    let start = fake.reg::<Cqt>().index();
    let before = Command::invalidate_pscid(1).encode().unwrap();
    let illegal = Cmd::from_bits([5, 0, 0, 0]); // opcode 5 is reserved
    let after = Command::invalidate_pscid(3).encode().unwrap();
    assert_eq!(
        iommu.submit_raw(&[before, illegal, after]),
        Err(Error::CommandIllegal { index: start + 1, command: illegal })
    );
    // The queue went off and on again, cip was cleared, and the other commands ran.
    let cqcsr_writes: Vec<Cqcsr> = rig
        .mmio_writes()
        .iter()
        .filter(|w| w.0 == Cqcsr::OFFSET)
        .map(|w| Cqcsr(w.1 as u32))
        .collect();
    assert_eq!(cqcsr_writes.iter().map(Cqcsr::cqen).collect::<Vec<_>>(), [false, true]);
    assert!(rig
        .mmio_writes()
        .contains(&(Ipsr::OFFSET, Ipsr::default().with_cip(true).to_bits().into())));
    let inv = rig.invalidations();
    assert_eq!(inv.last(), Some(&Command::invalidate_pscid(3)));
    assert!(inv.contains(&Command::invalidate_pscid(1)));
    assert!(!fake.get::<Cqcsr>().cmd_ill());
    // The queue works afterwards.
    rig.clear();
    iommu.invalidate_pscid(4).unwrap();
    assert_eq!(rig.invalidations(), alloc::vec![Command::invalidate_pscid(4)]);
}

#[test]
fn an_unsupported_command_is_illegal_too() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    let gvma = Command::IotinvalGvma { gscid: Some(1), addr: None };
    let index = fake.reg::<Cqt>().index();
    assert_eq!(
        iommu.execute(&[gvma]),
        Err(Error::CommandIllegal { index, command: gvma.encode().unwrap() })
    );
    iommu.sync().unwrap();
}

#[test]
fn a_fence_write_fault_is_reported_as_a_memory_fault() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    let nowhere = Command::IofenceC {
        write: Some(FenceWrite { addr: PhysAddr(0x10), data: 1 }),
        wsi: false,
        pr: false,
        pw: false,
    };
    let cmd = nowhere.encode().unwrap();
    let index = fake.reg::<Cqt>().index();
    assert_eq!(
        iommu.submit_raw(&[cmd]),
        Err(Error::CommandMemoryFault { index, command: Some(cmd) })
    );
    iommu.sync().unwrap();
}

#[test]
fn when_the_fence_itself_faults_the_commands_it_covered_run_again_behind_a_fresh_fence() {
    for commands in
        [alloc::vec![Command::invalidate_pscid(1), Command::invalidate_pscid(2)], Vec::new()]
    {
        let rig = Rig::new();
        let fake = rig.fake();
        let mut iommu = rig.init(&fake, Config::default()).unwrap();
        let start = fake.reg::<Cqt>().index();
        let fence_at = start + commands.len() as u32;
        // Fetching the driver's IOFENCE.C faults (cqmf).
        fake.configure(|b| b.fetch_fault_at = Some(fence_at));
        rig.clear();
        let failed = match iommu.execute(&commands) {
            Err(Error::CommandMemoryFault { index, command: Some(c) }) if index == fence_at => {
                Command::decode(c)
            }
            other => panic!("{other:?}"),
        };
        let Some(Command::IofenceC { write: Some(failed), .. }) = failed else {
            panic!("the fence failed: {failed:?}")
        };
        // Run before the fault, then again after the restart, then a fence that completed.
        let twice: Vec<Command> = commands.iter().chain(&commands).copied().collect();
        assert_eq!(rig.invalidations(), twice);
        let last = rig.commands().last().copied();
        let Some(Command::IofenceC { write: Some(fresh), .. }) = last else {
            panic!("ends with a fence: {last:?}")
        };
        assert_eq!(fresh.addr, iommu.fence_word());
        assert_ne!(fresh.data, failed.data, "a fresh sequence number");
        assert_eq!(rig.mem.read_u64(iommu.fence_word()).unwrap() as u32, fresh.data);
        iommu.sync().unwrap();
    }
}

#[test]
fn an_ats_invalidation_timeout_is_reported_and_the_queue_resumes_at_the_fence() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    fake.configure(|b| b.ats_inval_times_out = true);
    let inval = Command::AtsInval {
        target: AtsTarget { rid: 0x100, segment: None, pasid: Some(3) },
        payload: AtsInvalPayload::default().with_addr(0x1234),
    };
    let start = fake.reg::<Cqt>().index();
    rig.clear();
    assert_eq!(iommu.execute(&[inval]), Err(Error::CommandTimeout { index: start + 1 }));
    // The ATS.INVAL ran once and was not resubmitted; the fence completed after the restart.
    let cmds = rig.commands();
    assert_eq!(cmds.iter().filter(|c| matches!(c, Command::AtsInval { .. })).count(), 1);
    assert!(matches!(cmds.last(), Some(Command::IofenceC { .. })));
    iommu.sync().unwrap();
}

// ---------------------------------------------------------------------------------------
// Fault and page-request queues, interrupts, debug

fn fault(n: u32) -> FaultRecord {
    FaultRecord::default()
        .with_cause(FaultCause::RD_PAGE_FAULT)
        .with_ttyp(Ttyp::UADDR_RD)
        .with_did(0x100 + n)
        .with_pv(n % 2 == 1)
        .with_pid(if n % 2 == 1 { 0x77 } else { 0 })
        .with_priv(n % 2 == 1)
        .with_iotval(0x1000 * u64::from(n) + 8)
        .with_iotval2(u64::from(n))
}

#[test]
fn faults_are_drained_in_order_across_the_wrap() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu =
        rig.init(&fake, Config { fault_queue_entries: 4, ..Config::default() }).unwrap();
    let mut next = 0;
    for round in 0..3 {
        for _ in 0..3 {
            assert!(fake.produce_fault(fault(next)));
            next += 1;
        }
        assert!(iommu.pending_interrupts().fault_queue);
        rig.clear();
        let drain = iommu.drain_faults().unwrap();
        assert!(!drain.records_lost());
        let expected: Vec<FaultReport> =
            (next - 3..next).map(|n| FaultReport::from(fault(n))).collect();
        assert_eq!(drain.reports, expected, "round {round}");
        assert_eq!(fake.reg::<Fqh>().index(), fake.reg::<Fqt>().index());
        // ipsr.fip is cleared before fqt is read, so a later record raises it again.
        let events = rig.events();
        let clear = events
            .iter()
            .position(|e| matches!(e, Event::Write { offset: Ipsr::OFFSET, value, .. } if Ipsr(*value as u32).fip()))
            .unwrap();
        let tail = events
            .iter()
            .position(|e| matches!(e, Event::Read { offset: Fqt::OFFSET, .. }))
            .unwrap();
        assert!(clear < tail);
        assert!(!iommu.pending_interrupts().fault_queue);
    }
    let r = FaultReport::from(fault(1));
    assert_eq!((r.device_id, r.pasid, r.privileged, r.iotval), (0x101, Some(0x77), true, 0x1008));
    assert_eq!((r.cause, r.ttyp), (FaultCause::RD_PAGE_FAULT, Ttyp::UADDR_RD));
    assert_eq!(FaultReport::from(fault(2)).pasid, None);
}

#[test]
fn a_record_that_cannot_be_read_loses_no_record() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    for n in 0..3 {
        assert!(fake.produce_fault(fault(n)));
    }
    // The second record's read fails: nothing is consumed, fqh does not move.
    rig.faults.read.set(Some(1));
    assert!(matches!(iommu.drain_faults(), Err(Error::Dma(_))));
    assert_eq!(fake.reg::<Fqh>().index(), 0);
    let drain = iommu.drain_faults().unwrap();
    assert_eq!(drain.reports, (0..3).map(|n| FaultReport::from(fault(n))).collect::<Vec<_>>());
    assert_eq!(fake.reg::<Fqh>().index(), 3);

    // The page-request queue shares the consumer.
    let pr = |n: u16| {
        PageRequest::default().with_did(0x100).with_payload(PrPayload::default().with_prgi(n))
    };
    for n in 0..3 {
        assert!(fake.produce_page_request(pr(n)));
    }
    rig.faults.read.set(Some(2));
    assert!(matches!(iommu.drain_page_requests(), Err(Error::Dma(_))));
    assert_eq!(iommu.drain_page_requests().unwrap().requests, [pr(0), pr(1), pr(2)]);
}

#[test]
fn a_fault_queue_overflow_is_reported_and_cleared() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu =
        rig.init(&fake, Config { fault_queue_entries: 4, ..Config::default() }).unwrap();
    for n in 0..3 {
        assert!(fake.produce_fault(fault(n)));
    }
    assert!(!fake.produce_fault(fault(3)), "full: the record is dropped");
    assert!(fake.get::<Fqcsr>().fqof());
    let drain = iommu.drain_faults().unwrap();
    assert!(drain.overflow && !drain.memory_fault && drain.records_lost());
    assert_eq!(drain.reports.len(), 3);
    assert!(!fake.get::<Fqcsr>().fqof(), "fqof was written 1 to clear");
    assert!(fake.get::<Fqcsr>().fqen(), "the queue stays enabled");
    assert!(fake.produce_fault(fault(4)));
    assert_eq!(iommu.drain_faults().unwrap().reports, alloc::vec![FaultReport::from(fault(4))]);
}

/// A fault queue of 4 entries, full (3 records) and overflowed (the 4th dropped).
fn overflowed<'f, 'r>(rig: &'r Rig, fake: &'f FakeIommu<'r>) -> TestIommu<'f, 'r> {
    let iommu = rig.init(fake, Config { fault_queue_entries: 4, ..Config::default() }).unwrap();
    for n in 0..3 {
        assert!(fake.produce_fault(fault(n)));
    }
    assert!(!fake.produce_fault(fault(3)));
    assert!(fake.get::<Fqcsr>().fqof() && iommu.pending_interrupts().fault_queue);
    iommu
}

#[test]
fn fqof_is_cleared_only_once_the_queue_has_room() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = overflowed(&rig, &fake);
    // A record arrives while the driver reads the queue: still full, still overflowed.
    fake.after(Trigger::Read(Fqt::OFFSET), |f| assert!(!f.produce_fault(fault(10))));
    let drain = iommu.drain_faults().unwrap();
    assert!(drain.overflow);
    assert_eq!(drain.reports, (0..3).map(|n| FaultReport::from(fault(n))).collect::<Vec<_>>());
    // The overflow was cleared with room in the queue: reporting works again.
    assert!(!fake.get::<Fqcsr>().fqof(), "fqof set again by a record into a full queue");
    assert!(fake.produce_fault(fault(11)));
    let drain = iommu.drain_faults().unwrap();
    assert_eq!((drain.reports, drain.overflow), (alloc::vec![FaultReport::from(fault(11))], false));
    // fqcsr was written (fqof) only after fqh made room.
    let events = rig.events();
    let fqh = events.iter().position(|e| matches!(e, Event::Write { offset: Fqh::OFFSET, .. }));
    let fqcsr = events.iter().position(|e| matches!(e, Event::Write { offset: Fqcsr::OFFSET, .. }));
    assert!(fqh < fqcsr || fqcsr.is_none());
}

#[test]
fn after_an_overflow_no_record_and_no_interrupt_is_missed() {
    // A record written right after fqof is cleared is taken now or raises fip.
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = overflowed(&rig, &fake);
    fake.after(Trigger::Write(Fqcsr::OFFSET), |f| assert!(f.produce_fault(fault(20))));
    let mut seen = iommu.drain_faults().unwrap().reports;
    assert_eq!(seen.len(), 3);
    assert!(iommu.pending_interrupts().fault_queue, "fip is pending after the drain");
    seen.extend(iommu.drain_faults().unwrap().reports);
    assert_eq!(seen.last(), Some(&FaultReport::from(fault(20))));
    assert!(!iommu.pending_interrupts().fault_queue);

    // fqmf is cleared before the records are taken; fqof after.
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu = overflowed(&rig, &fake);
    fake.set(fake.get::<Fqcsr>().with_fqmf(true));
    rig.clear();
    let drain = iommu.drain_faults().unwrap();
    assert!(drain.overflow && drain.memory_fault && drain.reports.len() == 3);
    let csr_writes: Vec<(usize, Fqcsr)> = rig
        .events()
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e {
            Event::Write { offset: Fqcsr::OFFSET, value, .. } => Some((i, Fqcsr(*value as u32))),
            _ => None,
        })
        .collect();
    let tail_read = rig
        .events()
        .iter()
        .position(|e| matches!(e, Event::Read { offset: Fqt::OFFSET, .. }))
        .unwrap();
    assert_eq!(csr_writes.len(), 2);
    assert!(csr_writes[0].1.fqmf() && !csr_writes[0].1.fqof() && csr_writes[0].0 < tail_read);
    assert!(csr_writes[1].1.fqof() && !csr_writes[1].1.fqmf() && csr_writes[1].0 > tail_read);
    assert!(!fake.get::<Fqcsr>().fqof() && !fake.get::<Fqcsr>().fqmf());
}

#[test]
fn page_requests_are_drained_and_their_errors_left_to_the_caller() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu =
        rig.init(&fake, Config { page_request_queue_entries: 2, ..Config::default() }).unwrap();
    let pr = PageRequest::default().with_did(0x100).with_pv(true).with_pid(5).with_payload(
        PrPayload::default().with_r(true).with_l(true).with_prgi(3).with_page_addr(0x4_0000),
    );
    assert!(fake.produce_page_request(pr));
    assert!(!fake.produce_page_request(pr), "two entries hold one record");
    assert!(iommu.pending_interrupts().page_request_queue);
    let drain = iommu.drain_page_requests().unwrap();
    assert_eq!(drain.requests, alloc::vec![pr]);
    assert!(drain.overflow);
    assert!(fake.get::<Pqcsr>().pqof(), "left set");
    assert_eq!(fake.reg::<Pqh>().index(), 1);
    iommu.clear_page_request_errors(true, false).unwrap();
    assert!(!fake.get::<Pqcsr>().pqof());
    assert!(fake.produce_page_request(pr));
    assert_eq!(iommu.drain_page_requests().unwrap().requests, alloc::vec![pr]);
    assert_eq!(fake.reg::<Pqb>().log2szm1(), 0);
}

#[test]
fn pip_stays_pending_while_pqof_is_left_set() {
    let rig = Rig::new();
    let fake = rig.fake();
    let mut iommu =
        rig.init(&fake, Config { page_request_queue_entries: 2, ..Config::default() }).unwrap();
    let pr = PageRequest::default().with_did(0x100).with_payload(PrPayload::default().with_l(true));
    assert!(fake.produce_page_request(pr));
    assert!(!fake.produce_page_request(pr), "overflow");
    for _ in 0..2 {
        let drain = iommu.drain_page_requests().unwrap();
        assert!(drain.overflow);
        // IPSR: pip is cleared, but set again at once while its condition (pqof) holds.
        assert!(iommu.pending_interrupts().page_request_queue);
    }
    iommu.clear_page_request_errors(true, false).unwrap();
    // Still pending from before; the next drain clears it for good.
    assert!(iommu.pending_interrupts().page_request_queue);
    let drain = iommu.drain_page_requests().unwrap();
    assert!(!drain.overflow && drain.requests.is_empty());
    assert!(!iommu.pending_interrupts().page_request_queue);
}

#[test]
fn no_page_request_queue_without_ats() {
    let rig = Rig::new();
    let fake = FakeIommu::new(&rig.mem, &rig.log, Capabilities::RESET.with_ats(false));
    let mut iommu = rig.init(&fake, Config::default()).unwrap();
    assert!(!rig.mmio_writes().iter().any(|w| w.0 == Pqcsr::OFFSET || w.0 == Pqb::OFFSET));
    assert_eq!(iommu.page_request_queue(), None);
    assert_eq!(iommu.drain_page_requests().err(), Some(Error::Probe(ProbeError::Ats)));
    let mut ats = DeviceConfig::bare();
    ats.ats = true;
    assert_eq!(
        iommu.attach(1, ats),
        Err(Error::InvalidDeviceConfig { device_id: 1, reason: DeviceConfigError::AtsUnsupported })
    );
}

#[test]
fn interrupts_are_reported_and_cleared() {
    let rig = Rig::new();
    let fake = rig.fake();
    let iommu = rig.init(&fake, Config::default()).unwrap();
    assert!(iommu.pending_interrupts().is_empty());
    assert!(fake.produce_fault(fault(0)));
    let pending = iommu.pending_interrupts();
    assert_eq!(pending, InterruptSources { fault_queue: true, ..InterruptSources::default() });
    iommu.clear_interrupts(pending);
    assert!(iommu.pending_interrupts().is_empty());
}

#[test]
fn debug_translation_requests_and_decodes() {
    let rig = Rig::new();
    let fake = rig.fake();
    let iommu = rig.init(&fake, Config::default()).unwrap();
    fake.on_translate(|iova: TrReqIova, ctl: TrReqCtl| {
        if ctl.did() == 7 && ctl.pv() && ctl.pid() == 9 && !ctl.nw() && !ctl.exe() && ctl.r#priv() {
            // A 2 MiB page at 0x4000_0000 for the request's page.
            assert_eq!(iova.vpn(), 0x1234_5678 >> 12);
            TrResponse::default().with_s(true).with_ppn(0x400ff)
        } else {
            TrResponse::default().with_fault(true)
        }
    });
    let req = TranslationRequest {
        device_id: 7,
        pasid: Some(9),
        privileged: true,
        access: DebugAccess::Write,
        iova: 0x1234_5678,
    };
    rig.clear();
    let r = iommu.translate(&req).unwrap();
    assert_eq!(r, TranslationResult::Translated { base: PhysAddr(0x4000_0000), size: 2 << 20 });
    assert_eq!(r.address_of(req.iova), Some(PhysAddr(0x4014_5678)));
    let w = rig.mmio_writes();
    assert!(
        position(&w, TrReqIova::OFFSET) < position(&w, TrReqCtl::OFFSET),
        "iova first, then Go"
    );
    let read = TranslationRequest { access: DebugAccess::Read, ..req };
    assert_eq!(iommu.translate(&read), Ok(TranslationResult::Fault));
    let too_wide = TranslationRequest { device_id: 1 << 24, ..req };
    assert!(matches!(
        iommu.translate(&too_wide),
        Err(Error::ValueOutOfRange { field: Field::DeviceId, .. })
    ));

    fake.configure(|b| b.debug_stuck = true);
    assert_eq!(iommu.translate(&req), Err(Error::Timeout(Wait::DebugTranslation)));
    // Still busy: the next request does not write over it.
    rig.clear();
    assert_eq!(iommu.translate(&req), Err(Error::Timeout(Wait::DebugIdle)));
    assert!(!rig.mmio_writes().iter().any(|w| w.0 == TrReqCtl::OFFSET));
}

#[test]
fn on_a_32_bit_bus_every_64_bit_register_is_written_high_half_first() {
    let rig = Rig::new();
    let fake = rig.fake();
    fake.on_translate(|_, ctl: TrReqCtl| {
        // The request must carry its own device_id (in the high half), not the last one.
        if ctl.did() == 0x1234 {
            TrResponse::default().with_ppn(0x42)
        } else {
            TrResponse::default().with_fault(true)
        }
    });
    let iommu = Iommu::init(Bus32(&fake), rig.dma(), Config::default()).unwrap();
    let req = TranslationRequest {
        device_id: 0x1234,
        pasid: None,
        privileged: false,
        access: DebugAccess::Read,
        iova: 0x5000,
    };
    assert_eq!(
        iommu.translate(&req),
        Ok(TranslationResult::Translated { base: PhysAddr::from_ppn(0x42), size: 4096 })
    );
    // Every write of a 64-bit register's low word (ddtp.iommu_mode, tr_req_ctl.Go, ...) comes
    // right after the write of its high word.
    let wide: Vec<usize> = crate::regs::iommu_regs::REGISTERS
        .iter()
        .filter(|r| r.bytes == 8)
        .flat_map(|r| (0..r.count).map(move |n| r.offset + n * r.stride))
        .collect();
    let writes: Vec<usize> = rig
        .events()
        .iter()
        .filter_map(|e| match e {
            Event::Write { offset, .. } => Some(*offset),
            _ => None,
        })
        .collect();
    let mut checked = 0;
    for (i, offset) in writes.iter().enumerate() {
        if wide.contains(offset) {
            assert_eq!(i.checked_sub(1).map(|p| writes[p]), Some(offset + 4), "{offset:#x}");
            checked += 1;
        }
    }
    assert!(
        [Ddtp::OFFSET, TrReqCtl::OFFSET, Cqb::OFFSET].iter().all(|o| writes.contains(o)),
        "ddtp, tr_req_ctl and cqb were written ({checked} low words checked)"
    );
}

#[test]
fn debug_translation_needs_the_capability() {
    let rig = Rig::new();
    let fake = FakeIommu::new(&rig.mem, &rig.log, Capabilities::RESET.with_dbg(false));
    let iommu = rig.init(&fake, Config::default()).unwrap();
    let req = TranslationRequest {
        device_id: 0,
        pasid: None,
        privileged: false,
        access: DebugAccess::Read,
        iova: 0,
    };
    assert_eq!(iommu.translate(&req), Err(Error::Probe(ProbeError::Debug)));
}
