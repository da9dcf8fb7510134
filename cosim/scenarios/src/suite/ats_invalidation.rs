//! ATS.INVAL and IOFENCE.C (iommu_in_memory_queues.adoc, "ATS.INVAL / ATS.PRGR" and
//! IOFENCE.C; `cqcsr.cmd_to` in iommu_registers.adoc): an ATS.INVAL completes when the
//! device's Invalidation Completion arrives or it times out; the queue may go on fetching
//! meanwhile, but an IOFENCE.C does not complete while an earlier one is outstanding; a
//! timeout is reported by the fence with `cmd_to`, `cqh` holding the fence's index (no data
//! write, no `fence_w_ip`), and the queue runs again once software clears it.
//!
//! The platform must hold Invalidation Requests until told
//! ([`Platform::complete_invalidations`] / [`Platform::expire_invalidations`]), e.g.
//! `ModelPlatform::holding_invalidations`; the scenarios check that it does.

use driver::dma::DmaMemory;
use driver::iommu::{AtsTarget, Command, Config, DeviceConfig, Error, Iommu, Wait};
use driver::regs::iommu_mem::{AtsFunc3, AtsInvalPayload, CmdAts, CmdOpcode};
use driver::regs::iommu_regs::IommuRegs;
use iommu_model::AtsMessage;

use super::full_config;
use crate::platform::Platform;

/// The device whose translation cache is invalidated.
pub const DEVICE: u32 = 0x0231;
/// Its PASID in the invalidation.
pub const PASID: u32 = 0x77;

const BUDGET: u32 = 300;

/// The ATS.INVAL of one page of `PASID` on `DEVICE`, typed and as the command the queue
/// holds (ATS.INVAL operands: RID, PV/PID, the payload as the message body).
fn invalidation(page: u64) -> (Command, CmdAts) {
    let payload = AtsInvalPayload::default().with_addr(page);
    let target = AtsTarget { rid: DEVICE as u16, segment: None, pasid: Some(PASID) };
    let raw = CmdAts::default()
        .with_opcode(CmdOpcode::ATS)
        .with_func3(AtsFunc3::INVAL)
        .with_rid(DEVICE as u16)
        .with_pv(true)
        .with_pid(PASID)
        .with_payload(payload.0);
    (Command::AtsInval { target, payload }, raw)
}

fn fence_value<P: Platform, M: driver::mmio::Mmio, D: DmaMemory>(
    p: &P,
    iommu: &Iommu<M, D>,
) -> u32 {
    let mut w = [0u8; 4];
    p.memory().read(iommu.fence_word(), &mut w).unwrap();
    u32::from_le_bytes(w)
}

/// The driver sends an ATS.INVAL and its IOFENCE.C while the device holds its answer.
/// Returns the driver, the command-queue index of the fence and the fence word before.
fn send_held<P: Platform>(p: &P) -> (Iommu<P::Regs<'_>, P::Memory<'_>>, u32, u32) {
    let config = Config { poll_budget: BUDGET, ..full_config() };
    let mut iommu = super::init(p, config);
    iommu.attach(DEVICE, DeviceConfig { ats: true, ..DeviceConfig::bare() }).unwrap();
    p.run_until_idle();
    p.take_ats_messages();
    let regs = IommuRegs::new(p.regs());
    let word = fence_value(p, &iommu);
    let (cmd, raw) = invalidation(0x1_2345);
    let got = iommu.execute(&[cmd]);
    assert!(
        got.is_err() && p.pending_invalidations() == 1,
        "{}: the platform must hold Invalidation Requests until told ({got:?})",
        p.name()
    );
    assert_eq!(got, Err(Error::Timeout(Wait::FenceCompletion)), "{}: fence waits", p.name());
    p.run_until_idle();
    assert_eq!(p.pending_invalidations(), 1, "{}: still outstanding", p.name());
    assert_eq!(p.take_ats_messages(), vec![AtsMessage::Invalidate(raw)], "{}", p.name());
    let (_, entries) = iommu.command_queue();
    let tail = regs.cqt().read().index();
    let fence = (tail + entries - 1) % entries;
    assert_eq!(regs.cqh().read().index(), fence, "{}: cqh on the fence", p.name());
    let csr = regs.cqcsr().read();
    assert!(!csr.cmd_to() && !csr.cmd_ill() && !csr.cqmf(), "{}: {csr:?}", p.name());
    assert_eq!(fence_value(p, &iommu), word, "{}: the fence has not written", p.name());
    (iommu, fence, word)
}

/// An IOFENCE.C after an outstanding ATS.INVAL waits at the head of the queue (no data
/// write) until the Invalidation Completion arrives, then completes; the driver's next
/// fence completes at once.
pub fn fence_waits_for_the_completion<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let (mut iommu, fence, word) = send_held(&p);
    let regs = IommuRegs::new(p.regs());
    // Still waiting after more time.
    p.run_until_idle();
    assert_eq!(regs.cqh().read().index(), fence, "{}: still waiting", p.name());
    p.complete_invalidations(1);
    p.run_until_idle();
    assert_eq!(p.pending_invalidations(), 0, "{}", p.name());
    assert_eq!(regs.cqh().read().index(), regs.cqt().read().index(), "{}: done", p.name());
    assert_ne!(fence_value(&p, &iommu), word, "{}: the fence wrote its word", p.name());
    assert!(!regs.cqcsr().read().cmd_to(), "{}: no timeout", p.name());
    iommu.sync().unwrap();
    // Two outstanding: the fence needs both answers.
    let (a, raw_a) = invalidation(1);
    let (b, raw_b) = invalidation(2);
    assert_eq!(iommu.execute(&[a, b]), Err(Error::Timeout(Wait::FenceCompletion)));
    p.run_until_idle();
    assert_eq!(
        p.take_ats_messages(),
        vec![AtsMessage::Invalidate(raw_a), AtsMessage::Invalidate(raw_b)],
        "{}",
        p.name()
    );
    assert_eq!(p.pending_invalidations(), 2, "{}", p.name());
    p.complete_invalidations(1);
    p.run_until_idle();
    assert_ne!(regs.cqh().read().index(), regs.cqt().read().index(), "{}: one left", p.name());
    p.complete_invalidations(1);
    p.run_until_idle();
    assert_eq!(regs.cqh().read().index(), regs.cqt().read().index(), "{}", p.name());
    iommu.sync().unwrap();
}

/// An ATS.INVAL that times out: the waiting IOFENCE.C sets `cqcsr.cmd_to` (raising the
/// command-queue interrupt), `cqh` stays on it, it writes nothing; the driver's next
/// command sees `cmd_to`, restarts the queue from the fence and reports
/// [`Error::CommandTimeout`] at the fence's index; after that the queue runs again and the
/// timeout is not reported twice.
pub fn timeout_sets_cmd_to<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let (mut iommu, fence, word) = send_held(&p);
    let regs = IommuRegs::new(p.regs());
    p.expire_invalidations();
    p.run_until_idle();
    assert_eq!(p.pending_invalidations(), 0, "{}", p.name());
    let csr = regs.cqcsr().read();
    assert!(csr.cmd_to() && !csr.fence_w_ip(), "{}: {csr:?}", p.name());
    assert_eq!(regs.cqh().read().index(), fence, "{}: cqh stays on the fence", p.name());
    assert_eq!(fence_value(&p, &iommu), word, "{}: no data write", p.name());
    assert!(regs.ipsr().read().cip(), "{}: cip with cie", p.name());
    let civ = regs.icvec().read().civ();
    assert_ne!(p.interrupt_lines() & 1 << civ, 0, "{}: the command-queue wire", p.name());
    // The driver recovers: the error names the fence.
    assert_eq!(iommu.sync(), Err(Error::CommandTimeout { index: fence }), "{}", p.name());
    assert!(!regs.cqcsr().read().cmd_to(), "{}: cleared", p.name());
    iommu.sync().unwrap();
    assert_eq!(regs.cqh().read().index(), regs.cqt().read().index(), "{}", p.name());
    // The queue runs again, ATS included; the consumed timeout is not reported again.
    let (cmd, raw) = invalidation(3);
    let got = iommu.execute(&[cmd]);
    assert_eq!(got, Err(Error::Timeout(Wait::FenceCompletion)), "{}", p.name());
    p.complete_invalidations(1);
    p.run_until_idle();
    iommu.sync().unwrap();
    assert!(!regs.cqcsr().read().cmd_to(), "{}", p.name());
    assert_eq!(p.take_ats_messages(), vec![AtsMessage::Invalidate(raw)], "{}", p.name());
}
