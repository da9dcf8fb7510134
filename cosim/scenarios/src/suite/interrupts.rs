//! Wired interrupts (`fctl.WSI` = 1): each source drives the wire its `icvec` field selects
//! while its `ipsr` bit is set (IPSR). A fault record raises the fault-queue vector and the
//! driver's drain lowers it; an illegal command raises the command-queue vector and the
//! driver's recovery lowers it; an IOFENCE.C with WSI = 1 raises it through `fence_w_ip`.

use driver::iommu::{Command, Error, InterruptSources, Vectors, Wait};
use driver::regs::iommu_mem::{Cmd, CmdOpcode};
use driver::regs::iommu_regs::IommuRegs;
use iommu_model::DeviceRequest;

use super::full_config;
use crate::platform::Platform;

/// The vectors the scenario programs: one per source, none shared, none 0.
pub const VECTORS: Vectors =
    Vectors { command_queue: 5, fault_queue: 9, performance_monitor: 0, page_request_queue: 14 };

fn line(vector: u8) -> u16 {
    1 << vector
}

/// Distinct vectors per source: `icvec` holds them; a fault raises only the fault vector's
/// line and the drain clears it; an illegal command (run after a hold, so that the driver
/// sees it only later) raises only the command-queue vector's line, together with a pending
/// fault the two lines are high at once, and the driver's recovery clears the command one;
/// an IOFENCE.C with WSI sets `fence_w_ip` and raises the command-queue line until software
/// clears `fence_w_ip` and `cip`.
pub fn distinct_vectors<P: Platform>(make: impl Fn() -> P) {
    let p = make();
    let config = driver::iommu::Config { vectors: VECTORS, poll_budget: 200, ..full_config() };
    let mut iommu = super::init(&p, config);
    let regs = IommuRegs::new(p.regs());
    let icvec = regs.icvec().read();
    assert_eq!(
        (icvec.civ(), icvec.fiv(), icvec.piv()),
        (VECTORS.command_queue, VECTORS.fault_queue, VECTORS.page_request_queue),
        "{}: icvec",
        p.name()
    );
    assert_eq!(p.interrupt_lines(), 0, "{}: no interrupt after bring-up", p.name());
    let (civ, fiv) = (line(VECTORS.command_queue), line(VECTORS.fault_queue));

    // A fault (device 0x44 is not attached: DDT entry not valid).
    let fault = DeviceRequest::read(0x44, 0x1000);
    assert!(p.request(&fault).fault().is_some());
    assert!(regs.ipsr().read().fip(), "{}: fip", p.name());
    assert!(iommu.pending_interrupts().fault_queue);
    assert_eq!(p.interrupt_lines(), fiv, "{}: fault line", p.name());
    assert_eq!(iommu.drain_faults().unwrap().reports.len(), 1);
    assert_eq!(p.interrupt_lines(), 0, "{}: the drain clears fip", p.name());

    // An illegal command that the IOMMU meets while the driver is not waiting.
    let bad = Cmd::default().with_opcode(CmdOpcode(5));
    let index = regs.cqt().read().index();
    p.hold_commands(true);
    assert_eq!(iommu.submit_raw(&[bad]), Err(Error::Timeout(Wait::FenceCompletion)));
    assert_eq!(p.interrupt_lines(), 0, "{}: nothing ran yet", p.name());
    assert!(p.request(&fault).fault().is_some());
    p.hold_commands(false);
    p.run_until_idle();
    assert!(regs.cqcsr().read().cmd_ill(), "{}: cmd_ill", p.name());
    assert!(regs.ipsr().read().cip(), "{}: cip", p.name());
    assert_eq!(p.interrupt_lines(), civ | fiv, "{}: both lines", p.name());
    assert_eq!(iommu.sync(), Err(Error::CommandIllegal { index, command: bad }));
    assert_eq!(p.interrupt_lines(), fiv, "{}: recovery clears cip", p.name());
    iommu.sync().unwrap();
    assert_eq!(iommu.drain_faults().unwrap().reports.len(), 1);
    assert_eq!(p.interrupt_lines(), 0, "{}", p.name());

    // IOFENCE.C with WSI = 1.
    let wsi = Command::IofenceC { write: None, wsi: true, pr: false, pw: false };
    iommu.execute(&[wsi]).unwrap();
    assert!(regs.cqcsr().read().fence_w_ip(), "{}: fence_w_ip", p.name());
    assert_eq!(p.interrupt_lines(), civ, "{}: fence line", p.name());
    // fence_w_ip is RW1C: writing back what was read clears it and keeps cqen/cie.
    let csr = regs.cqcsr().read();
    assert!(!csr.busy());
    regs.cqcsr().write(csr);
    assert!(!regs.cqcsr().read().fence_w_ip(), "{}: fence_w_ip cleared", p.name());
    let cq = InterruptSources {
        command_queue: true,
        fault_queue: false,
        performance_monitor: false,
        page_request_queue: false,
    };
    iommu.clear_interrupts(cq);
    assert_eq!(p.interrupt_lines(), 0, "{}: cip cleared", p.name());
    iommu.sync().unwrap();
    assert_eq!(p.interrupt_lines(), 0, "{}: a fence without WSI", p.name());
}
