//! ATS.INVAL completion ("ATS.INVAL / ATS.PRGR", IOFENCE.C, `cqcsr.cmd_to`): with
//! `InvalidationPolicy::Hold` an invalidation is outstanding until the device answers or it
//! times out; the queue goes on fetching, IOFENCE.C waits, a timeout sets `cmd_to`.

mod common;

use common::*;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::*;
use iommu_model::{AtsMessage, Config, InvalidationPolicy};

fn inval(rid: u16) -> CmdAts {
    CmdAts::default()
        .with_opcode(CmdOpcode::ATS)
        .with_func3(AtsFunc3::INVAL)
        .with_rid(rid)
        .with_payload(AtsInvalPayload::default().with_addr(0x4_5678).0)
}

fn held() -> Bench {
    let b =
        Bench::with(Config { ats_invalidations: InvalidationPolicy::Hold, ..Config::default() });
    b.enable_cq(3);
    b
}

#[test]
fn auto_complete_is_the_default() {
    let b = Bench::new();
    b.enable_cq(3);
    let flag = b.page() << PAGE_SHIFT;
    b.submit(&[inval(1).to_le_bytes(), iofence(Some((flag, 5)), false)]);
    assert_eq!(b.model.pending_invalidations(), 0);
    assert_eq!(b.read_u64(flag) as u32, 5);
    assert_eq!(b.regs().cqh().read().index(), 2);
}

#[test]
fn a_fence_waits_for_outstanding_invalidations() {
    let b = held();
    let flag = b.page() << PAGE_SHIFT;
    // Two invalidations, an IOTINVAL that needs no answer, then the fence.
    b.submit(&[
        inval(1).to_le_bytes(),
        inval(2).to_le_bytes(),
        iotinval_vma(None, None),
        iofence(Some((flag, 9)), true),
    ]);
    // The queue fetched past the invalidations and stopped at the fence (index 3).
    assert_eq!(b.regs().cqh().read().index(), 3);
    assert_eq!(b.model.pending_invalidations(), 2);
    assert_eq!(b.read_u64(flag), 0, "no AV write yet");
    assert!(!b.regs().cqcsr().read().fence_w_ip());
    assert_eq!(
        b.model.take_outbound_ats(),
        vec![AtsMessage::Invalidate(inval(1)), AtsMessage::Invalidate(inval(2))]
    );
    assert!(b.model.outbound_ats().is_empty(), "taken");
    // One answer: still waiting. The second: the fence completes.
    b.model.complete_invalidations(1);
    assert_eq!(b.model.pending_invalidations(), 1);
    assert_eq!(b.regs().cqh().read().index(), 3);
    b.model.complete_invalidations(1);
    assert_eq!(b.model.pending_invalidations(), 0);
    assert_eq!(b.regs().cqh().read().index(), 4);
    assert_eq!(b.read_u64(flag) as u32, 9);
    let csr = b.regs().cqcsr().read();
    assert!(csr.fence_w_ip() && !csr.cmd_to());
}

#[test]
fn a_timeout_sets_cmd_to_and_the_fence_runs_once_cleared() {
    let b = held();
    let flag = b.page() << PAGE_SHIFT;
    b.regs().icvec().write(Icvec::default().with_civ(3));
    b.submit(&[inval(7).to_le_bytes(), iofence(Some((flag, 1)), true)]);
    assert_eq!(b.regs().cqh().read().index(), 1);
    b.model.expire_invalidations();
    assert_eq!(b.model.pending_invalidations(), 0);
    let csr = b.regs().cqcsr().read();
    assert!(csr.cmd_to() && !csr.fence_w_ip() && !csr.cmd_ill() && !csr.cqmf());
    assert_eq!(b.regs().cqh().read().index(), 1, "cqh stays on the fence");
    assert_eq!(b.read_u64(flag), 0, "no AV write for a timed-out fence");
    assert!(b.regs().ipsr().read().cip(), "cmd_to with cie raises cip");
    assert_eq!(b.model.interrupt_lines(), 1 << 3);
    // Nothing runs while cmd_to is set.
    b.submit(&[iofence(Some((flag, 2)), false)]);
    assert_eq!(b.regs().cqh().read().index(), 1);
    // Cleared (RW1C): the timeout was consumed, the fence completes, then the next one.
    b.regs().cqcsr().write(Cqcsr::default().with_cqen(true).with_cie(true).with_cmd_to(true));
    assert!(!b.regs().cqcsr().read().cmd_to());
    assert_eq!(b.regs().cqh().read().index(), 3);
    assert_eq!(b.read_u64(flag) as u32, 2);
    assert!(b.regs().cqcsr().read().fence_w_ip());
}

#[test]
fn a_timeout_before_the_fence_is_reported_by_it() {
    let b = held();
    b.submit(&[inval(1).to_le_bytes()]);
    assert_eq!(b.regs().cqh().read().index(), 1, "the invalidation itself does not block");
    b.model.expire_invalidations();
    assert!(!b.regs().cqcsr().read().cmd_to(), "reported only by an IOFENCE.C");
    b.submit(&[iofence(None, false)]);
    assert!(b.regs().cqcsr().read().cmd_to());
    assert_eq!(b.regs().cqh().read().index(), 1);
    // Expiring with nothing outstanding does nothing.
    b.regs().cqcsr().write(Cqcsr::default().with_cqen(true).with_cmd_to(true));
    assert_eq!(b.regs().cqh().read().index(), 2);
    b.model.expire_invalidations();
    b.submit(&[iofence(None, false)]);
    assert!(!b.regs().cqcsr().read().cmd_to());
    assert_eq!(b.regs().cqh().read().index(), 3);
}

#[test]
fn completing_more_than_outstanding_completes_all() {
    let b = held();
    b.submit(&[inval(1).to_le_bytes(), inval(2).to_le_bytes()]);
    b.model.complete_invalidations(5);
    assert_eq!(b.model.pending_invalidations(), 0);
    b.submit(&[iofence(None, true)]);
    assert!(b.regs().cqcsr().read().fence_w_ip());
}
