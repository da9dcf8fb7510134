//! What the caches may answer (CACHING, "Updating in-memory data structure entries", the
//! IVMA/IDDT/IPDT command tables, the software guidelines): old and new values are both
//! permitted until a covering invalidation, only the new one after; Sticky keeps the old one.

mod common;

use common::*;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::{Ddtp, IommuMode};
use iommu_model::{DeviceRequest, Response, Translation};

fn ppn_of(r: &Response) -> Option<u64> {
    match r {
        Response::Allowed(t) => Some(t.ppn),
        _ => None,
    }
}

fn ppns(b: &Bench, req: &DeviceRequest) -> Vec<Option<u64>> {
    let mut v: Vec<Option<u64>> = b.model.permitted(req).iter().map(ppn_of).collect();
    v.sort();
    v
}

fn now(b: &Bench, req: &DeviceRequest) -> Option<u64> {
    let r = b.model.translate(req);
    b.take_faults();
    ppn_of(&r)
}

/// Device 1 on an Sv39 table with PSCID 5; the leaf of 0x1000 maps PPN 0xa.
fn one_device() -> (Bench, u64, u64, u64) {
    let b = Bench::new();
    b.enable_fq(8);
    b.enable_cq(4);
    let root = b.set_mode(IommuMode::LVL1);
    let pt = b.page();
    b.set_dc(root, 1, 1, dc_iosatp(IosatpMode::SV39, pt, 5));
    let slot = b.map(pt, SV39_LEVELS, 0x1000, 0, leaf(0xa, true, true, false, true));
    (b, root, pt, slot)
}

#[test]
fn stale_pte_until_iotinval() {
    let (b, _, _, slot) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    assert_eq!(now(&b, &req), Some(0xa));
    // Change the leaf without an invalidation: old and new are both permitted, Sticky keeps
    // answering the old one.
    b.write_u64(slot, leaf(0xb, true, true, false, true).0);
    assert_eq!(now(&b, &req), Some(0xa));
    assert_eq!(ppns(&b, &req), vec![Some(0xa), Some(0xb)]);
    // An invalidation of another address space or another page does not cover it.
    b.submit(&[iotinval_vma(Some(0x1000), Some(6)), iotinval_vma(Some(0x2000), None)]);
    assert_eq!(now(&b, &req), Some(0xa));
    // IOTINVAL.VMA AV = 1, PSCV = 1 for the page: only the new one.
    b.submit(&[iotinval_vma(Some(0x1000), Some(5))]);
    assert_eq!(now(&b, &req), Some(0xb));
    assert_eq!(ppns(&b, &req), vec![Some(0xb)]);
    // A PTE made invalid: the stale valid one is still permitted until invalidated.
    b.write_u64(slot, 0);
    assert_eq!(ppns(&b, &req), vec![None, Some(0xb)]);
    assert_eq!(now(&b, &req), Some(0xb));
    b.submit(&[iotinval_vma(None, Some(5))]);
    assert_eq!(now(&b, &req), None);
}

#[test]
fn invalid_entries_are_never_cached() {
    let (b, _, _, slot) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    b.write_u64(slot, 0);
    assert_eq!(now(&b, &req), None);
    assert_eq!(now(&b, &req), None);
    // V 0 -> 1 needs no invalidation.
    b.write_u64(slot, leaf(0xc, true, false, false, true).0);
    assert_eq!(now(&b, &req), Some(0xc));
    assert_eq!(ppns(&b, &req), vec![Some(0xc)]);
    // The same for a device context.
    let root = b.regs().ddtp().read().ppn();
    let req2 = DeviceRequest::read(2, 0x1000);
    assert_eq!(now(&b, &req2), None);
    b.set_dc(root, 1, 2, dc_iosatp(IosatpMode::BARE, 0, 0));
    assert_eq!(now(&b, &req2), Some(1));
}

#[test]
fn non_leaf_ptes_survive_address_invalidations() {
    let (b, _, pt, _) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    assert_eq!(now(&b, &req), Some(0xa));
    // Point the level-1 entry at a new leaf table that maps 0x1000 to 0xd.
    let l1 = b.pte_slot(pt, SV39_LEVELS, 0x1000, 1);
    let table = b.page();
    b.write_u64((table << 12) + 8, leaf(0xd, true, true, false, true).0);
    b.write_u64(l1, Pte::default().with_v(true).with_ppn(table).0);
    assert_eq!(ppns(&b, &req), vec![Some(0xa), Some(0xd)]);
    // AV = 1 covers leaves only (no NL extension): the cached pointer to the old table stays,
    // so the old leaf, read again from memory through it, is still permitted (and Sticky
    // takes it).
    b.submit(&[iotinval_vma(Some(0x1000), None)]);
    assert_eq!(now(&b, &req), Some(0xa));
    assert_eq!(ppns(&b, &req), vec![Some(0xa), Some(0xd)]);
    // AV = 0, PSCV = 1 drops every level of the address space.
    b.submit(&[iotinval_vma(None, Some(5))]);
    assert_eq!(ppns(&b, &req), vec![Some(0xd)]);
    assert_eq!(now(&b, &req), Some(0xd));
}

#[test]
fn global_leaves_match_every_address_space_and_survive_pscid_invalidations() {
    let (b, root, pt, slot) = one_device();
    b.write_u64(slot, leaf(0xa, true, true, false, true).with_g(true).0);
    // Device 2 uses another table (PSCID 6) where 0x1000 is not mapped.
    let pt2 = b.page();
    b.set_dc(root, 1, 2, dc_iosatp(IosatpMode::SV39, pt2, 6));
    let req1 = DeviceRequest::read(1, 0x1000);
    let req2 = DeviceRequest::read(2, 0x1000);
    assert_eq!(now(&b, &req2), None);
    assert_eq!(now(&b, &req1), Some(0xa));
    // The global leaf cached for PSCID 5 may answer PSCID 6 (the IOTLB holds it for all).
    assert_eq!(ppns(&b, &req2), vec![None, Some(0xa)]);
    assert_eq!(now(&b, &req2), Some(0xa));
    // PSCV = 1 invalidations spare global entries, of either PSCID.
    b.write_u64(slot, leaf(0xe, true, true, false, true).0);
    b.submit(&[iotinval_vma(None, Some(5)), iotinval_vma(Some(0x1000), Some(5))]);
    assert_eq!(now(&b, &req1), Some(0xa));
    // AV = 0, PSCV = 0 drops them.
    b.submit(&[iotinval_vma(None, None)]);
    assert_eq!(now(&b, &req1), Some(0xe));
    assert_eq!(ppns(&b, &req2), vec![None]);
    let _ = pt;
}

#[test]
fn gv1_and_iodir_leave_ptes_alone() {
    let (b, _, _, slot) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    assert_eq!(now(&b, &req), Some(0xa));
    b.write_u64(slot, leaf(0xb, true, true, false, true).0);
    let gv = {
        let mut c = CmdIotinval::from_le_bytes(iotinval_vma(None, None));
        c.set_gv(true);
        c.set_gscid(0);
        c.to_le_bytes()
    };
    b.submit(&[gv, iodir_ddt(None), iodir_pdt(1, 0)]);
    assert_eq!(b.regs().cqh().read().index(), 3, "all three completed");
    assert_eq!(ppns(&b, &req), vec![Some(0xa), Some(0xb)]);
    assert_eq!(now(&b, &req), Some(0xa));
}

#[test]
fn stale_device_context_until_iodir() {
    let (b, root, _, _) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    assert_eq!(now(&b, &req), Some(0xa));
    // A new DC: Bare first stage (identity).
    b.set_dc(root, 1, 1, dc_iosatp(IosatpMode::BARE, 0, 0));
    assert_eq!(ppns(&b, &req), vec![Some(1), Some(0xa)]);
    assert_eq!(now(&b, &req), Some(0xa));
    // IOTINVAL does not touch directory caches; IODIR for another device neither.
    b.submit(&[iotinval_vma(None, None), iodir_ddt(Some(2))]);
    assert_eq!(now(&b, &req), Some(0xa));
    b.submit(&[iodir_ddt(Some(1))]);
    assert_eq!(ppns(&b, &req), vec![Some(1)]);
    assert_eq!(now(&b, &req), Some(1));
    // ddtp mode changes keep cached entries (the spec lets the IOMMU retain them).
    b.set_dc(root, 1, 1, dc_iosatp(IosatpMode::BARE, 0, 0).with_tc(DcTc::default()));
    b.regs().ddtp().write(Ddtp::default().with_iommu_mode(IommuMode::OFF).with_ppn(root));
    b.regs().ddtp().write(Ddtp::default().with_iommu_mode(IommuMode::LVL1).with_ppn(root));
    assert_eq!(now(&b, &req), Some(1));
    // Reset empties every cache.
    b.model.reset();
    b.regs().ddtp().write(Ddtp::default().with_iommu_mode(IommuMode::LVL1).with_ppn(root));
    assert_eq!(b.model.cached_entries(), 0);
    assert_eq!(ppn_of(&b.model.translate(&req)), None);
}

#[test]
fn non_leaf_ddt_entries_survive_iodir_with_a_device() {
    let b = Bench::new();
    b.enable_fq(6);
    b.enable_cq(4);
    let root = b.set_mode(IommuMode::LVL2);
    let did = 0x1234;
    b.set_dc(root, 2, did, dc_iosatp(IosatpMode::BARE, 0, 0));
    let req = DeviceRequest::read(did, 0x5000);
    assert_eq!(now(&b, &req), Some(5));
    // Move the device to a new leaf table whose DC is invalid.
    let l1 = (root << 12) + u64::from(did >> 7) * 8;
    let old = b.read_u64(l1);
    b.write_u64(l1, Ddte::default().with_v(true).with_ppn(b.page()).0);
    // DV = 1 drops the DC, not the pointer: the old DC, read again through it, stays
    // permitted.
    b.submit(&[iodir_ddt(Some(did))]);
    assert_eq!(ppns(&b, &req), vec![None, Some(5)]);
    assert_eq!(now(&b, &req), Some(5));
    // DV = 0 drops every DDT entry.
    b.submit(&[iodir_ddt(None)]);
    assert_eq!(ppns(&b, &req), vec![None]);
    b.write_u64(l1, old);
}

#[test]
fn stale_process_context_until_iodir_pdt() {
    let b = Bench::new();
    b.enable_fq(6);
    b.enable_cq(4);
    let root = b.set_mode(IommuMode::LVL1);
    let pdt = b.page();
    b.set_dc(root, 1, 1, dc_pdt(PdtpMode::PD17, pdt));
    let (pt_a, pt_b) = (b.page(), b.page());
    b.map(pt_a, SV48_LEVELS, 0x7000, 0, leaf(0xaa, true, false, false, true));
    b.map(pt_b, SV48_LEVELS, 0x7000, 0, leaf(0xbb, true, false, false, true));
    let slot = b.set_pc(pdt, 2, 0x1_0001, pc(IosatpMode::SV48, pt_a, 1));
    let req = DeviceRequest::read(1, 0x7000).with_pasid(0x1_0001);
    assert_eq!(now(&b, &req), Some(0xaa));
    b.write(slot, &pc(IosatpMode::SV48, pt_b, 2).to_le_bytes());
    assert_eq!(ppns(&b, &req), vec![Some(0xaa), Some(0xbb)]);
    // Another process of the device, or the same process of another device: not covered.
    b.submit(&[iodir_pdt(1, 0x1_0002), iodir_pdt(2, 0x1_0001)]);
    assert_eq!(now(&b, &req), Some(0xaa));
    b.submit(&[iodir_pdt(1, 0x1_0001)]);
    assert_eq!(ppns(&b, &req), vec![Some(0xbb)]);
    assert_eq!(now(&b, &req), Some(0xbb));
    // IODIR.INVAL_DDT with DV = 1 drops every PDT entry of the device, leaf or not.
    b.write(slot, &pc(IosatpMode::SV48, pt_a, 3).to_le_bytes());
    b.submit(&[iodir_ddt(Some(1))]);
    assert_eq!(now(&b, &req), Some(0xaa));
}

#[test]
fn fresh_policy_reads_memory_but_still_permits_the_old() {
    let b = Bench::fresh();
    b.enable_fq(6);
    let root = b.set_mode(IommuMode::LVL1);
    let pt = b.page();
    b.set_dc(root, 1, 1, dc_iosatp(IosatpMode::SV39, pt, 5));
    let slot = b.map(pt, SV39_LEVELS, 0x1000, 0, leaf(0xa, true, true, false, true));
    let req = DeviceRequest::read(1, 0x1000);
    assert_eq!(now(&b, &req), Some(0xa));
    b.write_u64(slot, leaf(0xb, true, true, false, true).0);
    assert_eq!(now(&b, &req), Some(0xb));
    assert_eq!(ppns(&b, &req), vec![Some(0xa), Some(0xb)]);
}

#[test]
fn is_permitted_accepts_smaller_ranges_of_the_same_mapping() {
    let (b, _, pt, _) = one_device();
    b.map(pt, SV39_LEVELS, 0x20_0000, 1, leaf(0x400, true, false, false, true));
    let req = DeviceRequest::read(1, 0x21_5000);
    let t = match b.model.translate(&req) {
        Response::Allowed(t) => t,
        other => panic!("{other:?}"),
    };
    assert_eq!((t.ppn, t.size_log2), (0x415, 21));
    assert!(b.model.is_permitted(&req, &Response::Allowed(t)));
    let small = Translation { size_log2: 12, ..t };
    assert!(b.model.is_permitted(&req, &Response::Allowed(small)));
    let big = Translation { size_log2: 30, ..t };
    assert!(!b.model.is_permitted(&req, &Response::Allowed(big)));
    let moved = Translation { ppn: 0x416, ..t };
    assert!(!b.model.is_permitted(&req, &Response::Allowed(moved)));
    let writable = Translation { w: true, ..t };
    assert!(!b.model.is_permitted(&req, &Response::Allowed(writable)));
}

#[test]
fn stale_answers_combine_across_levels() {
    // A stale DC and a stale PTE at once: every combination of old and new is permitted.
    let (b, root, pt, slot) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    assert_eq!(now(&b, &req), Some(0xa));
    b.write_u64(slot, leaf(0xb, true, true, false, true).0);
    let pt2 = b.page();
    b.map(pt2, SV39_LEVELS, 0x1000, 0, leaf(0xc, true, true, false, true));
    b.set_dc(root, 1, 1, dc_iosatp(IosatpMode::SV39, pt2, 7));
    assert_eq!(ppns(&b, &req), vec![Some(0xa), Some(0xb), Some(0xc)]);
    let _ = pt;
}

#[test]
fn address_invalidations_cover_whatever_was_in_the_leaf_slot() {
    // A pointer at level 0 or a reserved xwr = 010 leaf, fixed and invalidated by address:
    // the fix is seen (a cache cannot keep those as non-leaf entries that AV = 1 spares).
    let (b, _, _, slot) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    for bad in [
        Pte::default().with_v(true).with_ppn(b.page()),
        Pte::default().with_v(true).with_w(true).with_a(true).with_d(true).with_ppn(0xa),
    ] {
        b.write_u64(slot, bad.0);
        b.submit(&[iotinval_vma(Some(0x1000), Some(5))]);
        assert_eq!(now(&b, &req), None);
        b.write_u64(slot, leaf(0xf, true, false, false, true).0);
        b.submit(&[iotinval_vma(Some(0x1000), Some(5))]);
        assert_eq!(now(&b, &req), Some(0xf));
        assert_eq!(ppns(&b, &req), vec![Some(0xf)]);
    }
}

/// Lockstep (`Model::accept`): another implementation's answer is taken only when permitted,
/// and the fault it reports is queued as the model would queue its own.
#[test]
fn accept_takes_permitted_answers_and_their_fault_records() {
    let (b, _, _, slot) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    assert_eq!(now(&b, &req), Some(0xa));
    // The leaf becomes invalid without an invalidation: the cached translation and the page
    // fault are both permitted.
    b.write_u64(slot, 0);
    let Response::Allowed(old) = b.model.translate(&req) else { panic!("sticky answer") };
    let fault = b
        .model
        .permitted(&req)
        .into_iter()
        .find(|r| matches!(r, Response::Fault(_)))
        .expect("the fresh walk faults");
    assert_eq!(b.model.accept(&req, &Response::Allowed(old)), Ok(Response::Allowed(old)));
    assert!(b.take_faults().is_empty(), "an allowed answer reports nothing");
    let Ok(Response::Fault(f)) = b.model.accept(&req, &fault) else { panic!("fault permitted") };
    assert!(f.queued, "the accepted fault is recorded");
    let records = b.take_faults();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].cause(), FaultCause::RD_PAGE_FAULT);
    // An answer nobody permits is refused, with the permitted ones, and records nothing.
    let forged = Response::Allowed(Translation { ppn: 0x77, ..old });
    let err = b.model.accept(&req, &forged).expect_err("not permitted");
    assert_eq!(err.len(), 2);
    assert!(b.take_faults().is_empty());
}

/// A walk through a stale device context reads the page tables as hardware would, and what
/// it reads may be cached: after that leaf changes, the leaf read through the stale context
/// stays permitted until an invalidation (found by the RTL lockstep long run, seed 1027).
#[test]
fn leaves_read_through_a_stale_context_stay_permitted() {
    let (b, root, _, slot) = one_device();
    let req = DeviceRequest::read(1, 0x1000);
    assert_eq!(now(&b, &req), Some(0xa));
    // The device context gets a reserved bit in memory, without IODIR: the cached copy
    // stays usable. The leaf changes to 0xb and every leaf is invalidated.
    let dc_at = b.dc_slot(root, 1, 1);
    let ta = b.read_u64(dc_at + 16);
    b.write_u64(dc_at + 16, ta | 1);
    b.write_u64(slot, leaf(0xb, true, true, false, true).0);
    b.submit(&[iotinval_vma(None, None)]);
    // Permitted: the misconfigured fault (fresh context) and leaf 0xb (stale context).
    let p = b.model.permitted(&req);
    assert!(p.iter().any(|r| ppn_of(r) == Some(0xb)), "{p:?}");
    // Leaf 0xb changes to 0xc without an invalidation: 0xb, read through the stale context,
    // may still be cached.
    b.write_u64(slot, leaf(0xc, true, true, false, true).0);
    let p = b.model.permitted(&req);
    assert!(p.iter().any(|r| ppn_of(r) == Some(0xb)), "the stale-context leaf: {p:?}");
    assert!(p.iter().any(|r| ppn_of(r) == Some(0xc)), "{p:?}");
}
