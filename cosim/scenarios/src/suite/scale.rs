//! Many devices and many processes: device_ids spread over a 3-level DDT's 24 bits (and a
//! 2-level DDT's 16 bits), PASIDs spread over the widths of PD8, PD17 and PD20 process
//! directories, each process with its own Sv39/Sv48 address space and PSCID mapping its own
//! physical page at one common IOVA; single-address-space devices (`PDTV` = 0, `iosatp`)
//! and devices whose requests without a PASID use process 0 (`DPE`).
//!
//! Every (device, PASID) must translate to its own page and nothing else (P2IOVA,
//! GET_DC, GET_PC): a PASID without a process context faults with "PDT entry not valid"
//! (266), a PASID wider than the directory's mode and a PASID on a device without a
//! directory with "Transaction type disallowed" (260), a device without a context with "DDT
//! entry not valid" (258), a request without a PASID on a directory device without `DPE`
//! is translated by a Bare first stage (P2IOVA step 12). Then half the processes are removed
//! and a third of the devices detached: the survivors still translate, the rest fault.

use alloc::collections::BTreeSet;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::ProcessConfig;
use driver::iommu::{DdtLevels, DeviceConfig, FirstStage, Iommu, PagingMode, PdtLevels};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{FaultCause, PAGE_SHIFT, PROCESS_ID_BITS};
use iommu_model::{DeviceRequest, Response};

use super::full_config;
use super::translation::{
    check_records, check_unique, fault_answer, identity_page, request, same_page, Space,
};
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;
use crate::reference_walk::AccessType;

/// The IOVA every process maps (canonical in Sv39 and Sv48).
pub const COMMON_IOVA: u64 = 0x12_3456_7000;

/// A small deterministic generator (SplitMix64) for the layouts.
#[derive(Clone, Debug)]
pub struct SplitMix(u64);

impl SplitMix {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        SplitMix(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A value below `n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// A value below `n` that is not in `taken`, which then holds it.
    pub fn fresh(&mut self, n: u64, taken: &mut BTreeSet<u64>) -> u64 {
        loop {
            let v = self.below(n);
            if taken.insert(v) {
                return v;
            }
        }
    }
}

/// How a device translates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeviceKind {
    /// A process directory of this depth, no default process.
    Directory(PdtLevels),
    /// A PD17 directory with `DPE`: requests without a PASID use process 0.
    DefaultProcess,
    /// One address space (`PDTV` = 0).
    Single,
}

impl DeviceKind {
    /// The configuration of a device with a process directory (`None` for `Single`, whose
    /// configuration names its address space).
    fn directory_config(self) -> Option<DeviceConfig> {
        let mut c = DeviceConfig::process_directory(self.pasid_bits());
        match self {
            DeviceKind::Directory(_) => Some(c),
            DeviceKind::DefaultProcess => {
                c.first_stage = FirstStage::ProcessDirectory {
                    pasid_bits: self.pasid_bits(),
                    default_process_zero: true,
                };
                Some(c)
            }
            DeviceKind::Single => None,
        }
    }

    /// Width of the PASIDs the device's directory indexes (0 without one).
    fn pasid_bits(self) -> u32 {
        match self {
            DeviceKind::Directory(levels) => levels.process_id_bits(),
            DeviceKind::DefaultProcess => PdtLevels::Pd17.process_id_bits(),
            DeviceKind::Single => 0,
        }
    }
}

/// One address space: the process (or device) it belongs to, its tables and its page.
#[derive(Clone, Copy, Debug)]
struct Process {
    /// `None` for a single-address-space device's `iosatp`.
    pasid: Option<u32>,
    space: Space,
    pscid: u32,
    /// The physical page mapped at [`COMMON_IOVA`].
    page: PhysAddr,
    removed: bool,
}

#[derive(Clone, Debug)]
struct Device {
    id: u32,
    kind: DeviceKind,
    processes: Vec<Process>,
    detached: bool,
}

/// A scale run.
#[derive(Clone, Debug)]
pub struct Layout {
    /// DDT depth; device_ids are spread over the width it indexes.
    pub levels: DdtLevels,
    /// Per kind of device: how many devices, with how many processes each (1 for
    /// `Single`).
    pub kinds: Vec<(DeviceKind, usize, usize)>,
    /// Seed of the ids, PASIDs and PSCIDs.
    pub seed: u64,
}

/// What a run covered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub devices: usize,
    pub processes: usize,
    pub requests: usize,
}

/// The 3-level run: 120 devices over 24-bit device_ids, 1090 PASIDs.
pub fn three_level_layout() -> Layout {
    Layout {
        levels: DdtLevels::Three,
        kinds: vec![
            (DeviceKind::Directory(PdtLevels::Pd8), 30, 9),
            (DeviceKind::Directory(PdtLevels::Pd17), 30, 12),
            (DeviceKind::Directory(PdtLevels::Pd20), 30, 14),
            (DeviceKind::DefaultProcess, 10, 4),
            (DeviceKind::Single, 20, 1),
        ],
        seed: 0x3_1e7e1,
    }
}

/// The 2-level run: 100 devices over 16-bit device_ids, 305 PASIDs.
pub fn two_level_layout() -> Layout {
    Layout {
        levels: DdtLevels::Two,
        kinds: vec![
            (DeviceKind::Directory(PdtLevels::Pd8), 25, 3),
            (DeviceKind::Directory(PdtLevels::Pd17), 25, 4),
            (DeviceKind::Directory(PdtLevels::Pd20), 25, 4),
            (DeviceKind::DefaultProcess, 10, 3),
            (DeviceKind::Single, 15, 1),
        ],
        seed: 0x2_1e7e1,
    }
}

/// The device_ids of a run: spread over the DDT's width, with both ends of the range and
/// some neighbours (ids sharing a leaf DDT page).
fn device_ids(rng: &mut SplitMix, levels: DdtLevels, count: usize) -> Vec<u32> {
    let span = 1u64 << levels.device_id_bits();
    let mut taken = BTreeSet::from([0, span - 1]);
    let mut ids: Vec<u64> = vec![0, span - 1];
    while ids.len() < count {
        let id = rng.fresh(span, &mut taken);
        ids.push(id);
        // Every fourth id gets a neighbour in the same leaf table.
        if ids.len() % 4 == 0 && ids.len() < count && taken.insert(id ^ 1) {
            ids.push(id ^ 1);
        }
    }
    // Interleave the kinds over the whole range.
    let mut order: Vec<usize> = (0..ids.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i as u64 + 1) as usize);
    }
    order.into_iter().map(|i| ids[i] as u32).collect()
}

/// `count` PASIDs spread over `bits` bits: the top value for the first device of a kind,
/// some neighbours (sharing a leaf PDT page), the rest anywhere.
fn pasids(rng: &mut SplitMix, bits: u32, count: usize, first: bool) -> Vec<u32> {
    let span = 1u64 << bits;
    let mut taken = BTreeSet::new();
    let mut out = Vec::new();
    if first {
        taken.insert(span - 1);
        out.push(span - 1);
    }
    while out.len() < count {
        let v = rng.fresh(span, &mut taken);
        out.push(v);
        if out.len() % 3 == 0 && out.len() < count && taken.insert(v ^ 1) {
            out.push(v ^ 1);
        }
    }
    out.into_iter().map(|v| v as u32).collect()
}

/// A fresh address space with one user page mapped at [`COMMON_IOVA`].
fn address_space<P: Platform>(p: &P, paging: PagingMode) -> (Space, PhysAddr) {
    let mem = p.memory();
    let page_bytes = 1usize << PAGE_SHIFT;
    let page = mem.alloc(page_bytes, page_bytes).unwrap();
    let mut tables = PageTables::new(&mem, paging).unwrap();
    tables.map(COMMON_IOVA, page.0, PageSize::Size4K, Flags::USER_RW).unwrap();
    let root = PhysAddr::from_ppn(tables.root_ppn());
    (Space { paging, root, ens: false, sum: false }, page)
}

/// Requests checked so far and the faults they must have recorded.
struct Checker {
    requests: usize,
    faults: Vec<(DeviceRequest, FaultCause)>,
}

impl Checker {
    /// `req` answers `expected` and nothing else is permitted.
    fn expect<P: Platform>(&mut self, p: &P, req: DeviceRequest, expected: Response) {
        check_unique(p, &req, &expected, "scale");
        if let Some(f) = expected.fault() {
            self.faults.push((req, f.cause));
        }
        self.requests += 1;
    }

    /// `req` goes to `process`'s own page (the reference walk of its tables says the same).
    fn expect_page<P: Platform>(&mut self, p: &P, req: DeviceRequest, process: &Process) {
        let mem = p.memory();
        let expected = process.space.expected(&mem, &req);
        let want = (process.page.0 + (req.iova - COMMON_IOVA)) >> PAGE_SHIFT;
        assert!(same_page(&expected, want), "the walk of {process:?} disagrees: {expected:?}");
        self.expect(p, req, expected);
    }

    /// `req` faults with `cause`.
    fn expect_fault<P: Platform>(&mut self, p: &P, req: DeviceRequest, cause: FaultCause) {
        self.expect(p, req, fault_answer(&req, cause));
    }

    /// `req` is translated by a Bare first stage: its own page, one permitted answer.
    fn expect_identity<P: Platform>(&mut self, p: &P, req: DeviceRequest) {
        let got = p.request(&req);
        let permitted = p.permitted(&req);
        let page = identity_page(req.iova);
        assert!(same_page(&got, page), "{}: {req:?} answered {got:?}", p.name());
        assert!(permitted.len() == 1 && same_page(&permitted[0], page), "{permitted:?}");
        self.requests += 1;
    }

    /// The fault queue holds exactly the records of the faults expected since the last call.
    fn records<M: Mmio, D: DmaMemory>(&mut self, iommu: &mut Iommu<M, D>, what: &str) {
        check_records(iommu, &self.faults, what);
        self.faults.clear();
    }
}

/// A read and a write of `process`'s page, with the PASID if it has one.
fn read_write(device: u32, process: &Process) -> [DeviceRequest; 2] {
    let iova = COMMON_IOVA + 0x10 + u64::from(device % 0x100) * 8;
    [
        request(device, process.pasid, false, AccessType::Read, iova),
        request(device, process.pasid, false, AccessType::Write, iova),
    ]
}

/// Check every device of the run as it is now.
fn check_all<P: Platform, M: Mmio, D: DmaMemory>(
    p: &P,
    iommu: &mut Iommu<M, D>,
    devices: &[Device],
    rng: &mut SplitMix,
    c: &mut Checker,
) {
    for dev in devices {
        let d = dev.id;
        let installed: BTreeSet<u32> =
            dev.processes.iter().filter(|pr| !pr.removed).filter_map(|pr| pr.pasid).collect();
        let plain = request(d, None, false, AccessType::Read, COMMON_IOVA);
        if dev.detached {
            // GET_DC step 9: the device context is not valid.
            for pr in &dev.processes {
                for req in read_write(d, pr) {
                    c.expect_fault(p, req, FaultCause::DDT_INVALID);
                }
            }
            c.expect_fault(p, plain, FaultCause::DDT_INVALID);
            c.records(iommu, "detached device");
            continue;
        }
        for pr in &dev.processes {
            for req in read_write(d, pr) {
                if pr.removed {
                    // GET_PC step 11: the process context is not valid.
                    c.expect_fault(p, req, FaultCause::PDT_INVALID);
                } else {
                    c.expect_page(p, req, pr);
                }
            }
        }
        match dev.kind {
            DeviceKind::Single => {
                // P2IOVA step 7: a process_id on a device without a directory.
                let pasid = rng.below(1 << PROCESS_ID_BITS) as u32;
                let req = request(d, Some(pasid), false, AccessType::Read, COMMON_IOVA);
                c.expect_fault(p, req, FaultCause::TTYP_DISALLOWED);
            }
            kind => {
                let bits = kind.pasid_bits();
                // A PASID in range without a process context, next to one (same PDT leaf
                // page) and anywhere.
                let near = installed.iter().map(|v| v ^ 2).find(|v| !installed.contains(v));
                let far = loop {
                    let v = rng.below(1 << bits) as u32;
                    if !installed.contains(&v) {
                        break v;
                    }
                };
                for pasid in near.into_iter().chain([far]) {
                    let req = request(d, Some(pasid), false, AccessType::Read, COMMON_IOVA);
                    c.expect_fault(p, req, FaultCause::PDT_INVALID);
                }
                // P2IOVA step 7: wider than the directory's mode.
                if bits < PROCESS_ID_BITS {
                    let wide = (1 << bits) | rng.below(1 << PROCESS_ID_BITS) as u32;
                    let wide = wide & ((1 << PROCESS_ID_BITS) - 1);
                    let req = request(d, Some(wide), false, AccessType::Write, COMMON_IOVA);
                    c.expect_fault(p, req, FaultCause::TTYP_DISALLOWED);
                }
                if kind != DeviceKind::DefaultProcess {
                    // P2IOVA step 12: no process_id, no DPE: first stage Bare.
                    c.expect_identity(p, plain);
                }
            }
        }
        if dev.kind == DeviceKind::DefaultProcess {
            // P2IOVA step 11: no process_id with DPE is process_id 0.
            let zero = dev.processes.iter().find(|pr| pr.pasid == Some(0)).unwrap();
            if zero.removed {
                c.expect_fault(p, plain, FaultCause::PDT_INVALID);
            } else {
                c.expect_page(p, plain, zero);
            }
        }
        // An IOVA the processes do not map: a read page fault.
        if let Some(pr) = dev.processes.iter().find(|pr| !pr.removed) {
            let req = request(d, pr.pasid, false, AccessType::Read, COMMON_IOVA + 0x1000);
            let mem = p.memory();
            let expected = pr.space.expected(&mem, &req);
            assert_eq!(expected.fault().map(|f| f.cause), Some(FaultCause::RD_PAGE_FAULT));
            c.expect(p, req, expected);
        }
        c.records(iommu, "device");
    }
}

/// Bring up `p` with `layout`, attach every device and install every process, check, then
/// remove every other process of each device and detach every third device, check again.
pub fn run<P: Platform>(p: &P, layout: &Layout) -> Counts {
    let mut config = full_config();
    config.ddt_levels = Some(layout.levels);
    config.device_id_bits = layout.levels.device_id_bits();
    let mut iommu = super::init(p, config);
    let mut rng = SplitMix::new(layout.seed);
    let total: usize = layout.kinds.iter().map(|(_, n, _)| n).sum();
    let ids = device_ids(&mut rng, layout.levels, total);
    let mut pscids = BTreeSet::new();
    let mut devices = Vec::new();
    let mut next_id = ids.into_iter();
    for &(kind, count, per_device) in &layout.kinds {
        for n in 0..count {
            let id = next_id.next().unwrap();
            let paging =
                |i: usize| if (n + i) % 2 == 0 { PagingMode::Sv39 } else { PagingMode::Sv48 };
            let mut processes = Vec::new();
            let mut pscid = |rng: &mut SplitMix| rng.fresh(1 << 20, &mut pscids) as u32;
            if let Some(config) = kind.directory_config() {
                iommu.attach(id, config).unwrap();
                let mut values = pasids(&mut rng, kind.pasid_bits(), per_device, n == 0);
                if kind == DeviceKind::DefaultProcess && !values.contains(&0) {
                    values[0] = 0;
                }
                for (i, pasid) in values.into_iter().enumerate() {
                    let (space, page) = address_space(p, paging(i));
                    let pscid = pscid(&mut rng);
                    let cfg = ProcessConfig::user(space.paging, space.root, pscid);
                    iommu.set_process(id, pasid, cfg).unwrap();
                    let pasid = Some(pasid);
                    processes.push(Process { pasid, space, pscid, page, removed: false });
                }
            } else {
                let (space, page) = address_space(p, paging(0));
                let pscid = pscid(&mut rng);
                let cfg = DeviceConfig::address_space(space.paging, space.root, pscid);
                iommu.attach(id, cfg).unwrap();
                processes.push(Process { pasid: None, space, pscid, page, removed: false });
            }
            devices.push(Device { id, kind, processes, detached: false });
        }
    }
    // Every process has its own page and its own PSCID.
    let all: Vec<&Process> = devices.iter().flat_map(|d| &d.processes).collect();
    let pages: BTreeSet<u64> = all.iter().map(|pr| pr.page.0).collect();
    let tags: BTreeSet<u32> = all.iter().map(|pr| pr.pscid).collect();
    assert_eq!((pages.len(), tags.len()), (all.len(), all.len()));
    let processes = all.iter().filter(|pr| pr.pasid.is_some()).count();

    let mut c = Checker { requests: 0, faults: Vec::new() };
    check_all(p, &mut iommu, &devices, &mut rng, &mut c);
    check_absent_devices(p, &mut iommu, layout.levels, &devices, &mut rng, &mut c);

    // Remove every other process, detach every third device.
    for (n, dev) in devices.iter_mut().enumerate() {
        if dev.kind != DeviceKind::Single {
            for (i, pr) in dev.processes.iter_mut().enumerate() {
                if i % 2 == 1 || (n % 2 == 1 && pr.pasid == Some(0)) {
                    iommu.remove_process(dev.id, pr.pasid.unwrap()).unwrap();
                    pr.removed = true;
                }
            }
        }
        if n % 3 == 0 {
            iommu.detach(dev.id).unwrap();
            dev.detached = true;
        }
    }
    for dev in &devices {
        let live: Vec<u32> =
            dev.processes.iter().filter(|pr| !pr.removed).filter_map(|pr| pr.pasid).collect();
        let attached = iommu.attached_devices().any(|d| d == dev.id);
        assert_eq!(attached, !dev.detached, "driver's record of {:#x}", dev.id);
        if attached {
            let mut want = live.clone();
            want.sort_unstable();
            assert_eq!(iommu.processes(dev.id), want, "driver's record of {:#x}", dev.id);
        }
    }
    check_all(p, &mut iommu, &devices, &mut rng, &mut c);
    check_absent_devices(p, &mut iommu, layout.levels, &devices, &mut rng, &mut c);
    Counts { devices: devices.len(), processes, requests: c.requests }
}

/// Devices never attached: "DDT entry not valid" (258) whether their leaf table exists or
/// not; device_ids wider than the DDT mode: "Transaction type disallowed" (260).
fn check_absent_devices<P: Platform, M: Mmio, D: DmaMemory>(
    p: &P,
    iommu: &mut Iommu<M, D>,
    levels: DdtLevels,
    devices: &[Device],
    rng: &mut SplitMix,
    c: &mut Checker,
) {
    let known: BTreeSet<u32> = devices.iter().map(|d| d.id).collect();
    let span = 1u64 << levels.device_id_bits();
    let mut absent: Vec<u32> = devices.iter().map(|d| d.id ^ 4).collect();
    absent.extend((0..16).map(|_| rng.below(span) as u32));
    for id in absent.into_iter().filter(|id| !known.contains(id)) {
        let req = request(id, None, false, AccessType::Read, COMMON_IOVA);
        c.expect_fault(p, req, FaultCause::DDT_INVALID);
        if c.faults.len() >= 32 {
            c.records(iommu, "absent devices");
        }
    }
    if levels != DdtLevels::Three {
        // P2IOVA step 5: DDI[2] (or DDI[1]) not 0.
        let wide = (span | rng.below(span)) as u32;
        let req = request(wide, Some(1), false, AccessType::Read, COMMON_IOVA);
        c.expect_fault(p, req, FaultCause::TTYP_DISALLOWED);
    }
    c.records(iommu, "absent devices");
}

/// 120 devices over a 3-level DDT (24-bit device_ids), 1090 PASIDs over PD8/PD17/PD20;
/// returns what was covered.
pub fn three_level_ddt<P: Platform>(make: impl Fn() -> P) -> Counts {
    let p = make();
    let counts = run(&p, &three_level_layout());
    assert!(counts.devices >= 100 && counts.processes >= 1000, "{counts:?}");
    counts
}

/// 100 devices over a 2-level DDT (16-bit device_ids), 305 PASIDs; returns what was
/// covered.
pub fn two_level_ddt<P: Platform>(make: impl Fn() -> P) -> Counts {
    let p = make();
    let counts = run(&p, &two_level_layout());
    assert!(counts.devices >= 100 && counts.processes >= 300, "{counts:?}");
    counts
}
