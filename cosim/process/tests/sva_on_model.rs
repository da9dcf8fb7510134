//! The driver's SVA layer against the reference model (`iommu_model::Model` over one
//! `FakeDma`), with process address spaces from the process model.

use std::rc::Rc;

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::iommu::{Config, Iommu, Requirements};
use driver::mmio::Mmio;
use driver::regs::iommu_mem::{AtsFunc3, CmdAts, FaultCause, PAGE_SHIFT};
use driver::regs::iommu_regs::REGISTERS;
use driver::sva::{
    Access, AddressSpace, BindError, BindFlags, MapPerms, PasidAllocator, PasidOwner, Sva,
    SvaDevice, SvaError,
};
use iommu_model::{AtsMessage, DeviceRequest, Model, Response};
use process_model::{Perms, Process};

const BASE: u64 = 0x8000_0000;
const SIZE: usize = 64 << 20;
const DEV_A: u32 = 0x0100;
const DEV_B: u32 = 0x0208;
const PAGE: u64 = 1 << PAGE_SHIFT;

type M<'a> = &'a Model<Rc<FakeDma>>;
type S<'a> = Sva<M<'a>, &'a FakeDma>;

fn memory() -> Rc<FakeDma> {
    Rc::new(FakeDma::new(PhysAddr(BASE), SIZE))
}

fn model(dma: &Rc<FakeDma>) -> Model<Rc<FakeDma>> {
    Model::new(Rc::clone(dma), iommu_model::Config::default())
}

fn config() -> Config {
    Config {
        requirements: Requirements {
            sv39: false,
            sv48: true,
            process_id_bits: 20,
            ats: true,
            ..Requirements::default()
        },
        ..Config::default()
    }
}

fn sva<'a>(model: M<'a>, dma: &'a FakeDma, pasids: &PasidAllocator) -> S<'a> {
    let iommu = Iommu::init(model, dma, config()).unwrap();
    Sva::new(iommu, pasids.clone())
}

fn process(dma: &Rc<FakeDma>) -> Rc<Process> {
    Process::new(Rc::clone(dma) as Rc<dyn DmaMemory>).unwrap()
}

fn space(p: &Rc<Process>) -> Rc<dyn AddressSpace> {
    Rc::clone(p) as Rc<dyn AddressSpace>
}

const USER: BindFlags = BindFlags { private_pasid: false, supervisor: false };

/// What the model answers an untranslated read (`write`: a write) of `va` with `pasid`.
fn dma_access(model: M<'_>, dev: u32, pasid: u32, va: u64, write: bool) -> Response {
    let mut r = DeviceRequest::read(dev, va).with_pasid(pasid);
    if write {
        r = r.write();
    }
    model.translate(&r)
}

fn allowed_ppn(r: &Response) -> Option<u64> {
    match r {
        Response::Allowed(t) => Some(t.ppn),
        _ => None,
    }
}

fn ats_invals(model: M<'_>) -> Vec<CmdAts> {
    model
        .outbound_ats()
        .into_iter()
        .filter_map(|m| match m {
            AtsMessage::Invalidate(c) => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn bind_is_refcounted_per_device_and_space() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    sva.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    let p = process(&dma);
    p.mmap(0x1000_0000, 4 * PAGE, Perms::RW).unwrap();
    let a = sva.bind(DEV_A, space(&p), USER).unwrap();
    let b = sva.bind(DEV_A, space(&p), USER).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.pasid(), 1);
    assert_eq!(sva.bonds(), vec![(a, p.id(), 2)]);
    // The process context is there and the device translates through the process's tables.
    let pc = sva.iommu().process_context(DEV_A, a.pasid()).unwrap();
    assert_eq!(pc.fsc().ppn(), p.root().ppn());
    p.write(0x1000_0000, b"hello").unwrap();
    let ppn = allowed_ppn(&dma_access(&m, DEV_A, a.pasid(), 0x1000_0000, false));
    assert_eq!(ppn, p.translate(0x1000_0000).map(|a| a.ppn()));
    // The structure is held by the bond (the test's handle plus the SVA layer's).
    assert!(Rc::strong_count(&p) >= 2);
    sva.unbind(a).unwrap();
    assert_eq!(pasids.owner(1), Some(PasidOwner::Shared(p.id())));
    assert!(sva.iommu().process_context(DEV_A, 1).is_some());
    sva.unbind(b).unwrap();
    assert_eq!(pasids.owner(1), None);
    assert_eq!(sva.iommu().process_context(DEV_A, 1), None);
    assert_eq!(Rc::strong_count(&p), 1);
    assert!(dma_access(&m, DEV_A, 1, 0x1000_0000, false).fault().is_some());
    assert_eq!(sva.unbind(a), Err(SvaError::UnknownBond { device_id: DEV_A, pasid: 1 }));
}

/// A device the SVA layer attached cannot leave the PASID prefix off to reach memory: with
/// DPE = 0 the spec translates such a request with a Bare first stage (physical addresses);
/// the layer sets DPE = 1 and never installs process context 0, so it faults instead.
#[test]
fn requests_without_a_pasid_fault_instead_of_reaching_physical_memory() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    sva.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    let p = process(&dma);
    p.mmap(0x1000_0000, PAGE, Perms::RW).unwrap();
    p.write(0x1000_0000, b"secret").unwrap();
    let bond = sva.bind(DEV_A, space(&p), USER).unwrap();
    assert!(allowed_ppn(&dma_access(&m, DEV_A, bond.pasid(), 0x1000_0000, true)).is_some());
    let frame = p.translate(0x1000_0000).unwrap().0;
    for (addr, write) in [(0x1000_0000, false), (frame, false), (frame, true), (BASE, true)] {
        let mut r = DeviceRequest::read(DEV_A, addr);
        if write {
            r = r.write();
        }
        let cause = m.translate(&r).fault().map(|f| f.cause);
        assert_eq!(cause, Some(FaultCause::PDT_INVALID), "{addr:#x} write={write}");
    }
    sva.unbind(bond).unwrap();
}

#[test]
fn one_pasid_space_across_two_iommus() {
    let dma = memory();
    let (m1, m2) = (model(&dma), model(&dma));
    let pasids = PasidAllocator::new();
    let mut s1 = sva(&m1, &dma, &pasids);
    let mut s2 = sva(&m2, &dma, &pasids);
    s1.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    // The same requester ID behind another IOMMU: another device.
    s2.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    s2.add_device(SvaDevice::full(DEV_B, 20)).unwrap();
    let (p, q, r) = (process(&dma), process(&dma), process(&dma));
    let p1 = s1.bind(DEV_A, space(&p), USER).unwrap();
    let q2 = s2.bind(DEV_A, space(&q), USER).unwrap();
    let p2 = s2.bind(DEV_B, space(&p), USER).unwrap();
    let r1 = s1.bind(DEV_A, space(&r), USER).unwrap();
    // A per-IOMMU allocator would have given q PASID 1 on the second IOMMU.
    assert_eq!([p1.pasid(), q2.pasid(), r1.pasid()], [1, 2, 3]);
    // The space's PASID is the same on both IOMMUs.
    assert_eq!(p2.pasid(), p1.pasid());
    assert_eq!(pasids.users(1), 2);
    // PSCIDs are per IOMMU: the first space bound on each gets 1.
    assert_eq!(s1.pscid(p.id()), Some(1));
    assert_eq!(s2.pscid(q.id()), Some(1));
    assert_eq!(s2.pscid(p.id()), Some(2));
    s1.unbind(p1).unwrap();
    // Still held by the bond on the other IOMMU.
    assert_eq!(pasids.owner(1), Some(PasidOwner::Shared(p.id())));
    let again = s1.bind(DEV_A, space(&q), USER).unwrap();
    assert_eq!(again.pasid(), 2, "q's PASID is shared from the other IOMMU");
    s2.unbind(p2).unwrap();
    assert_eq!(pasids.owner(1), None);
}

#[test]
fn a_device_too_narrow_for_the_spaces_pasid_is_refused() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    sva.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    sva.add_device(SvaDevice::full(DEV_B, 1)).unwrap();
    let (p, q) = (process(&dma), process(&dma));
    let first = sva.bind(DEV_A, space(&p), USER).unwrap();
    let second = sva.bind(DEV_A, space(&q), USER).unwrap();
    assert_eq!(second.pasid(), 2);
    // DEV_B has 1-bit PASIDs: only PASID 1 fits; q's PASID is 2.
    let refused = BindError::PasidTooWide { pasid: 2, bits: 1 };
    assert_eq!(sva.capable(DEV_B, &*q, USER), Err(refused.clone()));
    assert_eq!(sva.bind(DEV_B, space(&q), USER), Err(refused));
    assert!(sva.bind(DEV_B, space(&p), USER).is_ok());
    // A new space gets the lowest free PASID that fits, and there is none below 2.
    let r = process(&dma);
    assert_eq!(sva.bind(DEV_B, space(&r), USER), Err(BindError::PasidsExhausted { bits: 1 }));
    assert_eq!(pasids.shared_pasid(r.id()), None);
    sva.unbind(first).unwrap();
}

#[test]
fn devices_and_spaces_sva_cannot_serve_are_refused() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    let no_pri = SvaDevice { pri: false, ..SvaDevice::full(DEV_A, 8) };
    let no_pasid = SvaDevice::full(DEV_B, 0);
    sva.add_device(no_pri).unwrap();
    sva.add_device(no_pasid).unwrap();
    let p = process(&dma);
    assert_eq!(sva.capable(DEV_A, &*p, USER), Err(BindError::DeviceLacksPri { device_id: DEV_A }));
    assert_eq!(
        sva.capable(DEV_B, &*p, USER),
        Err(BindError::DeviceLacksPasid { device_id: DEV_B })
    );
    assert_eq!(sva.capable(7, &*p, USER), Err(BindError::UnknownDevice { device_id: 7 }));
    let kernel = Process::new_kernel(Rc::clone(&dma) as Rc<dyn DmaMemory>).unwrap();
    sva.add_device(SvaDevice::full(0x300, 8)).unwrap();
    assert_eq!(sva.capable(0x300, &*kernel, USER), Err(BindError::KernelNeedsSupervisor));
    let sup = BindFlags { supervisor: true, ..USER };
    assert_eq!(
        sva.capable(0x300, &*kernel, sup),
        Err(BindError::DeviceLacksPrivileged { device_id: 0x300 })
    );
    p.exit().unwrap();
    assert_eq!(sva.capable(0x300, &*p, USER), Err(BindError::SpaceExited(p.id())));
    assert_eq!(pasids.allocated(), 0);
}

#[test]
fn capable_makes_the_same_checks_and_changes_nothing() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    sva.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    sva.add_device(SvaDevice::full(DEV_B, 1)).unwrap();
    let (p, q) = (process(&dma), process(&dma));
    sva.bind(DEV_A, space(&p), USER).unwrap();
    sva.bind(DEV_A, space(&q), USER).unwrap();
    let snapshot = |sva: &S<'_>| {
        let mut mem = vec![0u8; SIZE];
        DmaMemory::read(&*dma, PhysAddr(BASE), &mut mem).unwrap();
        // Every register of the generated table, every instance.
        let regs: Vec<u64> = REGISTERS
            .iter()
            .flat_map(|r| (0..r.count).map(move |i| (r.offset + i * r.stride, r.bytes)))
            .map(|(at, bytes)| match bytes {
                8 => Mmio::read64(&m, at),
                _ => Mmio::read32(&m, at).into(),
            })
            .collect();
        (mem, regs, sva.bonds(), pasids.allocated(), m.outbound_ats().len())
    };
    let kernel = Process::new_kernel(Rc::clone(&dma) as Rc<dyn DmaMemory>).unwrap();
    let cases: Vec<(u32, Rc<Process>, BindFlags)> = vec![
        (DEV_A, Rc::clone(&p), USER),
        (DEV_A, process(&dma), USER),
        (DEV_A, Rc::clone(&q), BindFlags { private_pasid: true, ..USER }),
        (DEV_A, Rc::clone(&p), BindFlags { supervisor: true, ..USER }),
        (DEV_B, Rc::clone(&q), USER),
        (DEV_B, Rc::clone(&p), USER),
        (DEV_A, kernel, USER),
        (9, Rc::clone(&p), USER),
    ];
    for (dev, proc_, flags) in cases {
        let before = snapshot(&sva);
        let verdict = sva.capable(dev, &*proc_, flags);
        assert!(snapshot(&sva) == before, "capable changed something");
        let bound = sva.bind(dev, space(&proc_), flags);
        assert_eq!(verdict.is_ok(), bound.is_ok(), "{dev:#x} {flags:?}");
        if let (Err(v), Err(b)) = (verdict, bound) {
            assert_eq!(v, b);
        }
    }
}

#[test]
fn private_pasids_are_separate_and_never_serve_two_spaces() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    sva.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    sva.add_device(SvaDevice::full(DEV_B, 20)).unwrap();
    let (p, q) = (process(&dma), process(&dma));
    let private = BindFlags { private_pasid: true, ..USER };
    let shared = sva.bind(DEV_A, space(&p), USER).unwrap();
    let own = sva.bind(DEV_A, space(&p), private).unwrap();
    let own2 = sva.bind(DEV_B, space(&p), private).unwrap();
    assert_ne!(own.pasid(), shared.pasid());
    assert_ne!(own2.pasid(), own.pasid());
    assert_eq!(pasids.owner(own.pasid()), Some(PasidOwner::Private(p.id())));
    assert_eq!(sva.is_private(own), Some(true));
    // A shared bind of another device still gets the space's shared PASID.
    assert_eq!(sva.bind(DEV_B, space(&p), USER).unwrap().pasid(), shared.pasid());
    // q never gets one of p's PASIDs.
    let qb = sva.bind(DEV_A, space(&q), USER).unwrap();
    assert!(![shared.pasid(), own.pasid(), own2.pasid()].contains(&qb.pasid()));
    // Both of p's PASIDs translate through p's table, with one PSCID for the space.
    let pscid = sva.pscid(p.id()).unwrap();
    for pasid in [shared.pasid(), own.pasid()] {
        assert_eq!(sva.iommu().process_context(DEV_A, pasid).unwrap().ta().pscid(), pscid);
    }
    sva.unbind(own).unwrap();
    assert_eq!(pasids.owner(own.pasid()), None);
    assert_eq!(pasids.owner(shared.pasid()), Some(PasidOwner::Shared(p.id())));
}

#[test]
fn supervisor_bonds_allow_privileged_requests_and_others_do_not() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    let dev = SvaDevice { privileged: true, ..SvaDevice::full(DEV_A, 20) };
    sva.add_device(dev).unwrap();
    let kernel = Process::new_kernel(Rc::clone(&dma) as Rc<dyn DmaMemory>).unwrap();
    kernel.mmap(0xffff_ffc0_0000_0000, PAGE, Perms::RW).unwrap();
    kernel.write(0xffff_ffc0_0000_0000, &[1, 2, 3]).unwrap();
    let user = process(&dma);
    user.mmap(0x4000, PAGE, Perms::RW).unwrap();
    user.write(0x4000, &[4]).unwrap();
    let sup = BindFlags { supervisor: true, ..USER };
    let kb = sva.bind(DEV_A, space(&kernel), sup).unwrap();
    let ub = sva.bind(DEV_A, space(&user), USER).unwrap();
    assert!(sva.iommu().process_context(DEV_A, kb.pasid()).unwrap().ta().ens());
    assert!(!sva.iommu().process_context(DEV_A, ub.pasid()).unwrap().ta().ens());
    let kread = DeviceRequest::read(DEV_A, 0xffff_ffc0_0000_0000).with_pasid(kb.pasid());
    assert!(allowed_ppn(&m.translate(&kread.privileged())).is_some());
    // Without privilege the kernel page (U = 0) is refused.
    assert!(m.translate(&kread).fault().is_some());
    // A privileged request on the user bond: ENS = 0 refuses it.
    let uread = DeviceRequest::read(DEV_A, 0x4000).with_pasid(ub.pasid()).privileged();
    assert!(m.translate(&uread).fault().is_some());
    assert!(allowed_ppn(&m.translate(&DeviceRequest::read(DEV_A, 0x4000).with_pasid(ub.pasid())))
        .is_some());
    // A supervisor bind of a user space the device already has as a user bond: refused.
    assert_eq!(
        sva.bind(DEV_A, space(&user), sup),
        Err(BindError::FlagsMismatch { device_id: DEV_A })
    );
}

#[test]
fn unmap_and_write_protect_invalidate_iotlb_and_atc() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    sva.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    let p = process(&dma);
    let va = 0x2000_0000;
    p.mmap(va, 4 * PAGE, Perms::RW).unwrap();
    p.write(va, &[0xaa; 4 * 4096]).unwrap();
    let b = sva.bind(DEV_A, space(&p), USER).unwrap();
    // Warm the model's caches (Sticky: a cached entry is used until invalidated).
    for i in 0..4 {
        assert!(allowed_ppn(&dma_access(&m, DEV_A, b.pasid(), va + i * PAGE, true)).is_some());
    }
    let sent = ats_invals(&m).len();
    let w = p.write_protect(va + 2 * PAGE, 2 * PAGE).unwrap();
    sva.invalidate(w.space, w.start, w.len).unwrap();
    assert!(dma_access(&m, DEV_A, b.pasid(), va + 2 * PAGE, true).fault().is_some());
    assert!(allowed_ppn(&dma_access(&m, DEV_A, b.pasid(), va + 2 * PAGE, false)).is_some());
    assert!(allowed_ppn(&dma_access(&m, DEV_A, b.pasid(), va, true)).is_some());
    let u = p.munmap(va, PAGE).unwrap();
    sva.invalidate(u.space, u.start, u.len).unwrap();
    assert_eq!(p.reclaim(), 1);
    let fault = dma_access(&m, DEV_A, b.pasid(), va, false).fault().unwrap();
    assert_eq!(fault.cause, FaultCause::RD_PAGE_FAULT);
    // One ATS.INVAL per change, to the device, with the PASID and the range.
    let invals = ats_invals(&m);
    assert_eq!(invals.len(), sent + 2);
    let last = invals.last().unwrap();
    assert_eq!(last.func3(), AtsFunc3::INVAL);
    assert!(last.pv());
    assert_eq!(last.pid(), b.pasid());
    assert_eq!(u32::from(last.rid()), DEV_A);
    assert_eq!(last.payload(), driver::iommu::ats_inval_payload(va, PAGE).to_bits());
}

#[test]
fn exit_stops_translation_keeps_the_pasid_and_unbind_still_works() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    sva.add_device(SvaDevice::full(DEV_A, 20)).unwrap();
    let p = process(&dma);
    p.mmap(0x10_0000, PAGE, Perms::RW).unwrap();
    p.write(0x10_0000, &[9]).unwrap();
    let b = sva.bind(DEV_A, space(&p), USER).unwrap();
    assert!(allowed_ppn(&dma_access(&m, DEV_A, b.pasid(), 0x10_0000, false)).is_some());
    let before = ats_invals(&m).len();
    let gone = p.exit().unwrap();
    assert!(gone.exited);
    sva.address_space_exited(gone.space).unwrap();
    assert_eq!(ats_invals(&m).len(), before + 1);
    p.reclaim();
    // DMA now faults; the fault is quiet.
    assert!(dma_access(&m, DEV_A, b.pasid(), 0x10_0000, false).fault().is_some());
    let faults = sva.handle_faults().unwrap();
    assert_eq!(faults.quiet, 1);
    assert!(faults.reports.is_empty());
    // A fault of a live bond is still reported.
    let q = process(&dma);
    let qb = sva.bind(DEV_A, space(&q), USER).unwrap();
    assert!(dma_access(&m, DEV_A, qb.pasid(), 0x10_0000, false).fault().is_some());
    assert_eq!(sva.handle_faults().unwrap().reports.len(), 1);
    // The PASID is held until unbind; binding the dead space is refused.
    assert_eq!(pasids.owner(b.pasid()), Some(PasidOwner::Shared(p.id())));
    assert_eq!(sva.bind(DEV_A, space(&p), USER), Err(BindError::SpaceExited(p.id())));
    sva.unbind(b).unwrap();
    assert_eq!(pasids.owner(b.pasid()), None);
    // Reused only now.
    let r = process(&dma);
    assert_eq!(sva.bind(DEV_A, space(&r), USER).unwrap().pasid(), b.pasid());
}

#[test]
fn pasid_domain_map_and_unmap() {
    let dma = memory();
    let m = model(&dma);
    let pasids = PasidAllocator::new();
    let mut sva = sva(&m, &dma, &pasids);
    let no_pri = SvaDevice { pri: false, ..SvaDevice::full(DEV_A, 20) };
    sva.add_device(no_pri).unwrap();
    let p = process(&dma);
    sva.add_device(SvaDevice::full(DEV_B, 20)).unwrap();
    let bond = sva.bind(DEV_B, space(&p), USER).unwrap();
    let d = sva.domain_create().unwrap();
    assert_ne!(d.pasid(), bond.pasid(), "same allocator");
    assert_eq!(pasids.owner(d.pasid()), Some(PasidOwner::Domain));
    sva.domain_attach(d, DEV_A).unwrap();
    let buf = dma.alloc(2 * PAGE as usize, PAGE as usize).unwrap();
    let iova = 0x7000_0000;
    sva.domain_map(d, iova, buf, 2 * PAGE, MapPerms::RW).unwrap();
    assert_eq!(
        sva.domain_map(d, iova + PAGE, buf, PAGE, MapPerms::RO),
        Err(SvaError::AlreadyMapped { iova: iova + PAGE })
    );
    assert_eq!(
        sva.domain_map(d, iova + 1, buf, PAGE, MapPerms::RO),
        Err(SvaError::BadRange { iova: iova + 1, bytes: PAGE })
    );
    let ok = dma_access(&m, DEV_A, d.pasid(), iova + PAGE + 8, true);
    assert_eq!(allowed_ppn(&ok), Some(buf.ppn() + 1));
    let sent = ats_invals(&m).len();
    assert_eq!(sva.domain_unmap(d, iova + PAGE, PAGE).unwrap(), 1);
    assert_eq!(ats_invals(&m).len(), sent + 1);
    assert!(dma_access(&m, DEV_A, d.pasid(), iova + PAGE, false).fault().is_some());
    assert_eq!(allowed_ppn(&dma_access(&m, DEV_A, d.pasid(), iova, false)), Some(buf.ppn()));
    assert_eq!(sva.domain_lookup(d, iova + PAGE).unwrap(), None);
    sva.domain_destroy(d).unwrap();
    assert_eq!(pasids.owner(d.pasid()), None);
    assert!(dma_access(&m, DEV_A, d.pasid(), iova, false).fault().is_some());
}

#[test]
fn process_model_fault_in_sets_a_and_d_and_honours_permissions() {
    let dma = memory();
    let p = process(&dma);
    p.mmap_with(0x5000, 2 * PAGE, Perms::R, b"initial".to_vec()).unwrap();
    p.mmap(0x9000, PAGE, Perms::RW).unwrap();
    let read = Access { read: true, ..Access::default() };
    let write = Access { read: true, write: true, ..Access::default() };
    assert!(!p.is_populated(0x5000));
    let mut b = [0u8; 7];
    p.read(0x5000, &mut b).unwrap();
    assert_eq!(&b, b"initial");
    assert!(!p.is_populated(0x5000), "a CPU read does not populate");
    p.fault_in(0x5000, read).unwrap();
    let pte = p.pte(0x5000).unwrap().unwrap();
    assert!(pte.a() && !pte.d() && pte.r() && !pte.w() && pte.u());
    p.read(0x5000, &mut b).unwrap();
    assert_eq!(&b, b"initial");
    assert!(p.fault_in(0x5000, write).is_err());
    assert!(p.fault_in(0x7000, read).is_err(), "outside every mapping");
    let privileged = Access { privileged: true, ..read };
    assert!(p.fault_in(0x9000, privileged).is_err(), "SUM = 0");
    p.fault_in(0x9000, read).unwrap();
    assert!(!p.pte(0x9000).unwrap().unwrap().d());
    p.fault_in(0x9000, write).unwrap();
    assert!(p.pte(0x9000).unwrap().unwrap().d());
    assert_eq!(p.populated_pages(), 2);
}
