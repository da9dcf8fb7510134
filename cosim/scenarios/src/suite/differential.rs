//! The lockstep differential test: random device / process / page-table configurations and
//! random request streams, applied through the driver to a [`Lockstep`] platform, so that
//! every answer of the backend under test is judged by the reference model and the two
//! IOMMUs' registers, fault queues and interrupt lines are compared at every checkpoint.
//!
//! One seed is one run: it chooses the device-directory depth, the devices (Bare, one
//! address space Sv39/Sv48, or a PD8/PD17/PD20 process directory with or without DPE; ATS,
//! DTF), the processes (PSCIDs shared on purpose, ENS, SUM), the mappings (4 KiB to 512 GiB
//! leaves with random R/W/X/U/G/A/D) and then a stream of operations:
//!
//! * requests: untranslated, translated and ATS Translation Requests, read / write / execute,
//!   privileged or not, with and without PASID, by attached and unattached devices (some
//!   wider than the directory), at mapped, unmapped, misaligned and non-canonical IOVAs;
//! * leaf PTE changes without an invalidation (stale answers become permitted), with one of
//!   every kind (address, PSCID, all), and device / process contexts corrupted or changed
//!   with and without IODIR;
//! * debug-interface translations (after a full invalidation, so the answer is unique),
//!   fault-queue drains, checkpoints;
//! * Page Request and Stop Marker messages (devices with and without EN_PRI / PRPR, none
//!   attached, too wide, with and without PASID, Last or not): queued, discarded or answered
//!   by the IOMMU itself, fault records; page-request-queue drains with `pqof` / `pqmf`
//!   cleared now and then, and the IOMMU's PRG responses compared with the model's.
//!
//! [`run`] returns the counts of what it exercised, or the first mismatch with the seed and
//! the step, so that a failure is reproduced by running the same seed again.

use std::collections::BTreeSet;

use driver::dma::DmaMemory;
use driver::dma::PhysAddr;
use driver::iommu::{DeviceConfig, FirstStage, PagingMode, ProcessConfig};
use driver::regs::iommu_mem::{DcTa, PageRequest, PrPayload, DEVICE_CONTEXT_BYTES, PAGE_SHIFT};
use iommu_model::{DeviceRequest, PageRequestOutcome, RequestKind, Response};

use super::scale::SplitMix;
use super::translation::{debug_request, expected_debug};
use super::{full_config, init};
use crate::lockstep::Lockstep;
use crate::page_tables::{Flags, PageSize, PageTables};
use crate::platform::Platform;

/// What one run exercised.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Faults (and ATS UR/CA) by cause code.
    pub causes: std::collections::BTreeMap<u16, u64>,
    /// Translation-port answers judged.
    pub translations: u64,
    /// Accesses allowed.
    pub allowed: u64,
    /// Accesses aborted with a fault.
    pub faults: u64,
    /// ATS completions (any class).
    pub ats: u64,
    /// Leaf PTEs changed in memory.
    pub pte_changes: u64,
    /// Invalidations the driver issued.
    pub invalidations: u64,
    /// Context changes (driver calls and raw corruptions).
    pub context_changes: u64,
    /// Debug-interface translations.
    pub debug: u64,
    /// Checkpoints where registers, memory and interrupts were compared.
    pub checks: u64,
    /// Page Request / Stop Marker messages judged, by outcome: queued, discarded, answered
    /// by the IOMMU itself.
    pub page_requests: [u64; 3],
    /// ATS messages the IOMMU sent (automatic PRG responses), compared with the model's.
    pub ats_messages: u64,
}

impl Counts {
    /// Add `other` to these counts.
    pub fn add(&mut self, other: &Counts) {
        for (c, n) in &other.causes {
            *self.causes.entry(*c).or_default() += n;
        }
        self.translations += other.translations;
        self.allowed += other.allowed;
        self.faults += other.faults;
        self.ats += other.ats;
        self.pte_changes += other.pte_changes;
        self.invalidations += other.invalidations;
        self.context_changes += other.context_changes;
        self.debug += other.debug;
        self.checks += other.checks;
        for (a, b) in self.page_requests.iter_mut().zip(other.page_requests) {
            *a += b;
        }
        self.ats_messages += other.ats_messages;
    }
}

/// A mismatch: the seed, the operation index and what differed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// Seed of the run.
    pub seed: u64,
    /// Index of the operation after which it was seen.
    pub step: u64,
    /// What differed.
    pub what: String,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "seed {:#x}, step {}: {}", self.seed, self.step, self.what)
    }
}

/// One mapping of an address space.
#[derive(Clone, Copy, Debug)]
struct Mapping {
    va: u64,
    size: PageSize,
}

/// One first-stage address space of the run.
struct Space<'d, D: DmaMemory> {
    tables: PageTables<'d, D>,
    pscid: u32,
    mappings: Vec<Mapping>,
}

/// How a device of the run translates.
#[derive(Clone, Debug)]
enum Kind {
    Bare,
    /// Index of its address space.
    Single(usize),
    /// PASID width, DPE, and (pasid, space index) of its processes.
    Processes {
        bits: u32,
        dpe: bool,
        procs: Vec<(u32, usize)>,
    },
}

#[derive(Clone, Debug)]
struct Device {
    id: u32,
    kind: Kind,
}

/// Checkpoints: registers, memory and interrupts compared every this many operations.
pub const CHECK_EVERY: u64 = 200;
/// Fault records drained about every this many operations (the queue holds 64).
const DRAIN_EVERY: u64 = 40;

fn chance(rng: &mut SplitMix, percent: u64) -> bool {
    rng.below(100) < percent
}

fn random_flags(rng: &mut SplitMix) -> Flags {
    Flags {
        r: chance(rng, 85),
        w: chance(rng, 65),
        x: chance(rng, 35),
        u: chance(rng, 70),
        g: chance(rng, 10),
        a: chance(rng, 92),
        d: chance(rng, 75),
    }
}

fn random_size(rng: &mut SplitMix, paging: PagingMode) -> PageSize {
    match rng.below(100) {
        0..=59 => PageSize::Size4K,
        60..=67 => PageSize::Size64K,
        68..=87 => PageSize::Size2M,
        88..=97 => PageSize::Size1G,
        _ if paging == PagingMode::Sv48 => PageSize::Size512G,
        _ => PageSize::Size2M,
    }
}

/// A canonical virtual address of `paging`, aligned to `align`.
fn random_va(rng: &mut SplitMix, paging: PagingMode, align: u64) -> u64 {
    let bits = match paging {
        PagingMode::Sv39 => 39,
        PagingMode::Sv48 => 48,
    };
    let raw = rng.next_u64() & ((1u64 << bits) - 1) & !(align - 1);
    // Sign-extend bit bits-1: half of the addresses land in the upper (kernel) half.
    let shift = 64 - bits;
    (((raw << shift) as i64) >> shift) as u64
}

/// Run random operations of `seed` on `lock` until `translations` requests were judged,
/// with a checkpoint every [`CHECK_EVERY`] operations. The platform must be at reset.
pub fn run<P: Platform>(
    lock: &Lockstep<P>,
    seed: u64,
    translations: u64,
) -> Result<Counts, Mismatch> {
    run_checking_every(lock, seed, translations, CHECK_EVERY)
}

/// [`run`] with a checkpoint every `check_every` operations (1 finds the first operation
/// after which the backends differ).
pub fn run_checking_every<P: Platform>(
    lock: &Lockstep<P>,
    seed: u64,
    translations: u64,
    check_every: u64,
) -> Result<Counts, Mismatch> {
    let mut rng = SplitMix::new(seed);
    let mut counts = Counts::default();
    let mut config = full_config();
    config.device_id_bits = [6, 12, 16, 20][rng.below(4) as usize];
    config.fault_queue_entries = 64;
    let id_bits = config.device_id_bits;
    let mut iommu = init(lock, config);
    let mem = lock.memory();
    let mismatch = |step: u64, what: String| Mismatch { seed, step, what };

    // Address spaces, then devices over them.
    let mut spaces: Vec<Space<'_, _>> = Vec::new();
    let n_spaces = 1 + rng.below(4) as usize;
    for _ in 0..n_spaces {
        let paging = if chance(&mut rng, 50) { PagingMode::Sv39 } else { PagingMode::Sv48 };
        let tables = PageTables::new(&mem, paging).map_err(|e| mismatch(0, format!("{e}")))?;
        // Few PSCIDs, so that address spaces share some on purpose.
        let pscid = 1 + rng.below(3) as u32;
        let mut mappings = Vec::new();
        let mut space = Space { tables, pscid, mappings: Vec::new() };
        for _ in 0..(6 + rng.below(20)) {
            let size = random_size(&mut rng, paging);
            let va = random_va(&mut rng, paging, size.bytes());
            let pa = (rng.next_u64() & ((1u64 << 40) - 1)) & !(size.bytes() - 1);
            if space.tables.map(va, pa, size, random_flags(&mut rng)).is_ok() {
                mappings.push(Mapping { va, size });
            }
        }
        space.mappings = mappings;
        spaces.push(space);
    }
    let mut taken = BTreeSet::new();
    let mut devices: Vec<Device> = Vec::new();
    for _ in 0..(1 + rng.below(5)) {
        let id = rng.fresh(1u64 << id_bits, &mut taken) as u32;
        let ats = chance(&mut rng, 40);
        let dtf = chance(&mut rng, 10);
        let (kind, first_stage) = match rng.below(4) {
            0 => (Kind::Bare, FirstStage::Bare),
            1 => {
                let s = rng.below(spaces.len() as u64) as usize;
                let sp = &spaces[s];
                let fs = DeviceConfig::address_space(
                    sp.tables.paging(),
                    PhysAddr::from_ppn(sp.tables.root_ppn()),
                    sp.pscid,
                )
                .first_stage;
                (Kind::Single(s), fs)
            }
            _ => {
                let bits = [8, 17, 20][rng.below(3) as usize];
                let dpe = chance(&mut rng, 30);
                (
                    Kind::Processes { bits, dpe, procs: Vec::new() },
                    FirstStage::ProcessDirectory { pasid_bits: bits, default_process_zero: dpe },
                )
            }
        };
        let mut cfg = DeviceConfig { first_stage, ..DeviceConfig::bare() };
        cfg.ats = ats;
        // Page requests from half of the ATS devices (chosen by ID, not by the random
        // stream, so that a seed's other draws stay what they were), PRPR on some of them.
        cfg.pri = ats && id % 2 == 0;
        cfg.prg_response_pasid = cfg.pri && id % 4 == 0;
        cfg.disable_translation_faults = dtf;
        iommu.attach(id, cfg).map_err(|e| mismatch(0, format!("attach {id:#x}: {e}")))?;
        let mut dev = Device { id, kind };
        if let Kind::Processes { bits, dpe, procs } = &mut dev.kind {
            let mut pasids = BTreeSet::new();
            if *dpe {
                pasids.insert(0);
            }
            for _ in 0..(1 + rng.below(4)) {
                pasids.insert(rng.below(1u64 << (*bits).min(10)));
            }
            for pasid in pasids {
                let s = rng.below(spaces.len() as u64) as usize;
                let sp = &spaces[s];
                let pc = ProcessConfig {
                    mode: sp.tables.paging(),
                    root: PhysAddr::from_ppn(sp.tables.root_ppn()),
                    pscid: sp.pscid,
                    ens: chance(&mut rng, 40),
                    sum: chance(&mut rng, 40),
                };
                iommu
                    .set_process(id, pasid as u32, pc)
                    .map_err(|e| mismatch(0, format!("set_process {id:#x}/{pasid:#x}: {e}")))?;
                procs.push((pasid as u32, s));
            }
        }
        devices.push(dev);
    }
    let trace = std::env::var_os("LOCKSTEP_TRACE").is_some();
    if trace {
        for (i, sp) in spaces.iter().enumerate() {
            eprintln!(
                "space {i}: {:?} root {:#x} pscid {} mappings {:x?}",
                sp.tables.paging(),
                sp.tables.root_ppn(),
                sp.pscid,
                sp.mappings
            );
        }
        for d in &devices {
            eprintln!("device {:#x}: {:?}", d.id, d.kind);
        }
    }

    let mut corrupted: BTreeSet<u32> = BTreeSet::new();
    let mut step = 0u64;
    while counts.translations < translations {
        step += 1;
        let op = rng.below(1000);
        match op {
            // Requests (most of the stream).
            0..=899 => {
                let req = random_request(&mut rng, &devices, &spaces, id_bits);
                let answer = lock.request(&req);
                if trace {
                    eprintln!("step {step}: {req:x?} -> {answer:x?}");
                }
                counts.translations += 1;
                if let Some(f) = answer.fault() {
                    *counts.causes.entry(f.cause.0).or_default() += 1;
                }
                match answer {
                    Response::Allowed(_) => counts.allowed += 1,
                    Response::Fault(_) => counts.faults += 1,
                    Response::Ats(_) => counts.ats += 1,
                    // random_request asks no page-request questions.
                    Response::PageRequestsAllowed { .. } => {
                        panic!("{}: a page-request answer to {req:?}", lock.name())
                    }
                }
            }
            // A leaf changed in memory, then maybe an invalidation that covers it.
            900..=929 => {
                let s = rng.below(spaces.len() as u64) as usize;
                let sp = &mut spaces[s];
                if sp.mappings.is_empty() {
                    continue;
                }
                let m = sp.mappings[rng.below(sp.mappings.len() as u64) as usize];
                if m.size == PageSize::Size64K {
                    continue;
                }
                let pa = (rng.next_u64() & ((1u64 << 40) - 1)) & !(m.size.bytes() - 1);
                let flags = random_flags(&mut rng);
                let _ = sp.tables.unmap(m.va, m.size);
                if chance(&mut rng, 80) {
                    let _ = sp.tables.map(m.va, pa, m.size, flags);
                }
                counts.pte_changes += 1;
                let pscid = sp.pscid;
                let how = rng.below(4);
                if trace {
                    eprintln!("step {step}: space {s} leaf {:#x} {:?} -> {pa:#x} {flags:?}, invalidation {how}", m.va, m.size);
                }
                let done = match how {
                    0 => Some(iommu.invalidate_range(pscid, m.va, m.size.bytes())),
                    1 => Some(iommu.invalidate_pscid(pscid)),
                    2 => Some(iommu.invalidate_all()),
                    _ => None,
                };
                if let Some(r) = done {
                    counts.invalidations += 1;
                    r.map_err(|e| mismatch(step, format!("invalidation: {e}")))?;
                }
            }
            // A context changed: through the driver (which invalidates), or corrupted.
            930..=949 => {
                let d = &devices[rng.below(devices.len() as u64) as usize];
                counts.context_changes += 1;
                match (&d.kind, rng.below(3)) {
                    (Kind::Processes { procs, .. }, 0) if !procs.is_empty() => {
                        let (pasid, s) = procs[rng.below(procs.len() as u64) as usize];
                        let sp = &spaces[s];
                        let pc = ProcessConfig {
                            mode: sp.tables.paging(),
                            root: PhysAddr::from_ppn(sp.tables.root_ppn()),
                            pscid: sp.pscid,
                            ens: chance(&mut rng, 50),
                            sum: chance(&mut rng, 50),
                        };
                        if trace {
                            eprintln!("step {step}: set_process {:#x}/{pasid} {pc:?}", d.id);
                        }
                        iommu
                            .set_process(d.id, pasid, pc)
                            .map_err(|e| mismatch(step, format!("set_process: {e}")))?;
                    }
                    _ => {
                        // A reserved bit in the device context's translation attributes,
                        // or its repair; an IODIR.INVAL_DDT follows half of the time.
                        // Corrupted devices are repaired first, so that most of the stream
                        // runs on good contexts.
                        let d = match corrupted.iter().next() {
                            Some(&id) if chance(&mut rng, 70) => {
                                devices.iter().find(|x| x.id == id).unwrap_or(d)
                            }
                            _ => d,
                        };
                        let Some(at) = iommu.device_context_addr(d.id) else { continue };
                        let Some(good) = iommu.device_context(d.id) else { continue };
                        let bad = !corrupted.contains(&d.id) && chance(&mut rng, 50);
                        if bad {
                            corrupted.insert(d.id);
                        } else {
                            corrupted.remove(&d.id);
                        }
                        let dc = if bad {
                            let ta = DcTa(good.ta().0 | (1u64 << rng.below(12)));
                            good.with_ta(ta)
                        } else {
                            good
                        };
                        if trace {
                            eprintln!("step {step}: device {:#x} context bad={bad}", d.id);
                        }
                        let bytes = dc.to_le_bytes();
                        debug_assert_eq!(bytes.len(), DEVICE_CONTEXT_BYTES);
                        mem.write(at, &bytes).map_err(|e| mismatch(step, format!("{e}")))?;
                        if chance(&mut rng, 50) {
                            counts.invalidations += 1;
                            iommu
                                .invalidate_device(d.id)
                                .map_err(|e| mismatch(step, format!("IODIR: {e}")))?;
                        }
                    }
                }
            }
            // A debug translation after a full invalidation: exactly one permitted answer.
            950..=959 => {
                iommu.invalidate_all().map_err(|e| mismatch(step, format!("{e}")))?;
                iommu.invalidate_all_devices().map_err(|e| mismatch(step, format!("{e}")))?;
                for d in &devices {
                    if let Kind::Processes { procs, .. } = &d.kind {
                        for &(pasid, _) in procs {
                            iommu
                                .invalidate_process(d.id, pasid)
                                .map_err(|e| mismatch(step, format!("{e}")))?;
                        }
                    }
                }
                counts.invalidations += 3;
                let mut req = random_request(&mut rng, &devices, &spaces, id_bits);
                req.kind = RequestKind::Untranslated;
                let permitted = lock.permitted(&req);
                let [only] = permitted.as_slice() else {
                    return Err(mismatch(
                        step,
                        format!(
                            "{req:?}: after a full invalidation the model permits {permitted:?}"
                        ),
                    ));
                };
                let got = iommu.translate(&debug_request(&req));
                counts.debug += 1;
                match got {
                    Ok(r) if r == expected_debug(only) => {}
                    other => {
                        return Err(mismatch(
                            step,
                            format!("debug translation of {req:?}: got {other:?}, the model's answer is {only:?}"),
                        ))
                    }
                }
            }
            // A Page Request or Stop Marker message, as the root port hands it over: from a
            // device with or without PRI (or none attached), with or without PASID; its
            // outcome (queued, discarded, answered by the IOMMU, fault record) is judged.
            960..=979 => {
                let q = random_request(&mut rng, &devices, &spaces, id_bits);
                // The device context is looked up from memory: a stale cached one (a
                // corruption or repair not yet invalidated) can change the cause of a fault
                // record without changing the outcome (a message without Last is discarded
                // either way), and the record would then differ from the model's choice.
                if devices.iter().any(|d| d.id == q.device_id) {
                    counts.invalidations += 1;
                    iommu
                        .invalidate_device(q.device_id)
                        .map_err(|e| mismatch(step, format!("IODIR: {e}")))?;
                }
                let stop = chance(&mut rng, 10);
                let payload = PrPayload::default()
                    .with_r(!stop && chance(&mut rng, 80))
                    .with_w(!stop && chance(&mut rng, 40))
                    .with_l(stop || chance(&mut rng, 50))
                    .with_prgi(rng.below(1 << 9) as u16)
                    .with_page_addr(q.iova >> PAGE_SHIFT);
                let mut msg = PageRequest::default().with_did(q.device_id).with_payload(payload);
                if let Some(pasid) = q.process_id {
                    msg = msg
                        .with_pv(true)
                        .with_pid(pasid)
                        .with_priv(q.privileged)
                        .with_exec(q.execute);
                }
                let outcome = lock.page_request(&msg);
                if trace {
                    eprintln!("step {step}: page request {msg:x?} -> {outcome:x?}");
                }
                let i = match outcome {
                    PageRequestOutcome::Queued => 0,
                    PageRequestOutcome::Discarded => 1,
                    PageRequestOutcome::Responded(_) => 2,
                };
                counts.page_requests[i] += 1;
            }
            _ => {}
        }
        if let Some(m) = lock.mismatch() {
            return Err(mismatch(step, m));
        }
        if step % DRAIN_EVERY == 0 {
            // Software drains after the interrupt, once the records are written: a record
            // still in flight would set ipsr.fip after the drain cleared it on the backend
            // that writes records later, which the specification allows.
            lock.run_until_idle();
            iommu.drain_faults().map_err(|e| mismatch(step, format!("drain_faults: {e}")))?;
            // The page-request queue too (records judged at the next checkpoint with the
            // rest of memory), its error bits cleared now and then, and the IOMMU's own PRG
            // responses compared with the model's.
            let pq = iommu
                .drain_page_requests()
                .map_err(|e| mismatch(step, format!("drain_page_requests: {e}")))?;
            if (pq.overflow || pq.memory_fault) && chance(&mut rng, 50) {
                iommu
                    .clear_page_request_errors(pq.overflow, pq.memory_fault)
                    .map_err(|e| mismatch(step, format!("clear_page_request_errors: {e}")))?;
            }
            counts.ats_messages += lock.take_ats_messages().len() as u64;
        }
        if step % check_every == 0 {
            counts.checks += 1;
            lock.check().map_err(|m| mismatch(step, m))?;
        }
    }
    counts.checks += 1;
    lock.check().map_err(|m| mismatch(step, m))?;
    Ok(counts)
}

/// A random request: mostly at mapped addresses of configured devices, some everywhere else.
fn random_request<D: DmaMemory>(
    rng: &mut SplitMix,
    devices: &[Device],
    spaces: &[Space<'_, D>],
    id_bits: u32,
) -> DeviceRequest {
    let dev = &devices[rng.below(devices.len() as u64) as usize];
    let device_id = if chance(rng, 5) {
        // Another device: unattached, or wider than the directory.
        (rng.next_u64() & ((1 << (id_bits + 2).min(24)) - 1)) as u32
    } else {
        dev.id
    };
    let (process_id, space) = match &dev.kind {
        Kind::Processes { bits, procs, .. } if !procs.is_empty() && chance(rng, 85) => {
            let (pasid, s) = procs[rng.below(procs.len() as u64) as usize];
            if chance(rng, 5) {
                (Some((rng.next_u64() & ((1 << 20) - 1)) as u32 & ((1u32 << bits) - 1)), Some(s))
            } else {
                (Some(pasid), Some(s))
            }
        }
        Kind::Processes { .. } => (None, None),
        Kind::Single(s) => {
            (if chance(rng, 4) { Some(rng.below(1 << 20) as u32) } else { None }, Some(*s))
        }
        Kind::Bare => (if chance(rng, 4) { Some(rng.below(1 << 20) as u32) } else { None }, None),
    };
    let iova = match space.map(|s| &spaces[s]) {
        Some(sp) if !sp.mappings.is_empty() && chance(rng, 80) => {
            let m = sp.mappings[rng.below(sp.mappings.len() as u64) as usize];
            m.va.wrapping_add(rng.below(m.size.bytes()) & !7)
        }
        Some(sp) if chance(rng, 70) => random_va(rng, sp.tables.paging(), 8),
        // Anywhere: mostly inside the physical address width, sometimes above it.
        _ if chance(rng, 80) => rng.next_u64() & ((1 << 40) - 1) & !7,
        _ => rng.next_u64() & !7,
    };
    let kind = match rng.below(20) {
        0 => RequestKind::Translated,
        1 | 2 => RequestKind::AtsTranslation,
        _ => RequestKind::Untranslated,
    };
    DeviceRequest {
        device_id,
        process_id,
        privileged: chance(rng, 25),
        kind,
        iova,
        write: chance(rng, 25),
        execute: chance(rng, 8),
    }
}
