//! The command queue (iommu_in_memory_queues.adoc): illegal and unsupported commands, fetch
//! faults, IOFENCE.C, ATS commands, wrap-around, the hold hook and timing.

mod common;

use common::*;
use driver::mmio::Mmio;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::{Cqcsr, Ddtp, IommuMode, QueueBase};
use iommu_model::{AtsMessage, Config, DeviceRequest, Response};

fn cmd(opcode: u8, func3: u8) -> Cmd {
    Cmd::default().with_opcode(CmdOpcode(opcode)).with_func3(func3)
}

/// Submit a fence, then `bad`, then another fence: the queue stops at `bad` with cmd_ill.
fn expect_illegal(bad: [u8; 16], what: &str) {
    let b = Bench::new();
    b.enable_cq(3);
    b.submit(&[iofence(None, false), bad, iofence(None, false)]);
    let c = b.regs().cqcsr().read();
    assert!(c.cmd_ill(), "{what}: not illegal");
    assert!(!c.cqmf());
    assert_eq!(b.regs().cqh().read().index(), 1, "{what}: cqh at the command");
    assert!(b.regs().ipsr().read().cip(), "{what}: cip with cie");
}

fn expect_legal(c: [u8; 16], what: &str) {
    let b = Bench::new();
    b.enable_cq(2);
    b.submit(&[c]);
    assert!(!b.regs().cqcsr().read().cmd_ill(), "{what}: illegal");
    assert_eq!(b.regs().cqh().read().index(), 1, "{what}");
}

fn with_bit(c: [u8; 16], bit: usize) -> [u8; 16] {
    let mut c = c;
    c[bit / 8] |= 1 << (bit % 8);
    c
}

#[test]
fn reserved_opcodes_and_functions_are_illegal() {
    // Opcodes 0 and 5..63 reserved, 64..127 custom (none implemented).
    for op in [0u8, 5, 6, 63, 64, 100, 127] {
        expect_illegal(cmd(op, 0).to_le_bytes(), &format!("opcode {op}"));
    }
    // Undefined functions: IOTINVAL 2..7, IOFENCE 1..7, IODIR 2..7, ATS 2..7.
    for (op, first) in [(1u8, 2u8), (2, 1), (3, 2), (4, 2)] {
        for f in first..8 {
            expect_illegal(cmd(op, f).to_le_bytes(), &format!("opcode {op} func3 {f}"));
        }
    }
}

#[test]
fn reserved_bits_are_illegal() {
    let vma = iotinval_vma(Some(0x1000), Some(1));
    // IOTINVAL: bit 11, NL (34) and 43:35, 63:60, dw1 bits 9:0 (S is bit 9, i.e. 73), 127:126.
    for bit in [11, 34, 35, 43, 60, 63, 64, 72, 73, 126, 127] {
        expect_illegal(with_bit(vma, bit), &format!("IOTINVAL bit {bit}"));
    }
    // IOFENCE.C: 31:14, 127:126.
    for bit in [14, 20, 31, 126, 127] {
        expect_illegal(with_bit(iofence(None, false), bit), &format!("IOFENCE bit {bit}"));
    }
    // IODIR: 11:10, 32, 39:34, dw1.
    for bit in [10, 11, 32, 34, 39, 64, 100, 127] {
        expect_illegal(with_bit(iodir_ddt(Some(1)), bit), &format!("IODIR bit {bit}"));
    }
    // ATS: 11:10, 39:34.
    let ats =
        CmdAts::default().with_opcode(CmdOpcode::ATS).with_func3(AtsFunc3::INVAL).to_le_bytes();
    for bit in [10, 11, 34, 39] {
        expect_illegal(with_bit(ats, bit), &format!("ATS bit {bit}"));
    }
}

#[test]
fn defined_but_unsupported_or_ill_formed_commands() {
    // IOTINVAL.GVMA is defined and no capability gates it: legal without a second stage
    // (nothing to invalidate), but PSCV = 1 with GVMA is illegal.
    let gvma =
        CmdIotinval::default().with_opcode(CmdOpcode::IOTINVAL).with_func3(IotinvalFunc3::GVMA);
    expect_legal(gvma.to_le_bytes(), "GVMA");
    expect_legal(gvma.with_gv(true).with_gscid(7).to_le_bytes(), "GVMA with GV");
    expect_illegal(gvma.with_gv(true).with_pscv(true).to_le_bytes(), "GVMA with PSCV");
    // IODIR.INVAL_DDT with a PID, IODIR.INVAL_PDT without DV.
    let ddt = CmdIodir::from_le_bytes(iodir_ddt(Some(3)));
    expect_illegal(ddt.with_pid(1).to_le_bytes(), "INVAL_DDT with PID");
    let pdt = CmdIodir::from_le_bytes(iodir_pdt(3, 4));
    expect_illegal(pdt.with_dv(false).to_le_bytes(), "INVAL_PDT without DV");
}

#[test]
fn ignored_operands_are_not_reserved_bits() {
    // ADDR with AV = 0, PSCID with PSCV = 0, GSCID with GV = 0, DID with DV = 0, IOFENCE
    // ADDR/DATA with AV = 0, ATS DSEG with DSV = 0 and PID with PV = 0.
    let vma = CmdIotinval::from_le_bytes(iotinval_vma(None, None));
    expect_legal(
        vma.with_addr(0xf_ffff_ffff_ffff).with_pscid(0xf_ffff).with_gscid(0xffff).to_le_bytes(),
        "IOTINVAL",
    );
    let ddt = CmdIodir::from_le_bytes(iodir_ddt(None));
    expect_legal(ddt.with_did(0xff_ffff).to_le_bytes(), "IODIR");
    let fence = CmdIofence::from_le_bytes(iofence(None, false));
    expect_legal(fence.with_addr(0x3fff_ffff_ffff_ffff).with_data(!0).to_le_bytes(), "IOFENCE");
    let ats = CmdAts::default().with_opcode(CmdOpcode::ATS).with_func3(AtsFunc3::PRGR);
    expect_legal(ats.with_dseg(0xff).with_pid(0xf_ffff).to_le_bytes(), "ATS.PRGR");
}

#[test]
fn refused_fetch_sets_cqmf() {
    let b = Bench::new();
    b.regs().cqb().write(QueueBase::default().with_ppn(NOWHERE_PPN).with_log2szm1(1));
    b.regs().cqcsr().write(Cqcsr::default().with_cqen(true).with_cie(true));
    b.regs().cqt().write(driver::regs::iommu_regs::QueueIndex::default().with_index(1));
    let c = b.regs().cqcsr().read();
    assert!(c.cqmf() && !c.cmd_ill());
    assert_eq!(b.regs().cqh().read().index(), 0);
    assert!(b.regs().ipsr().read().cip());
}

#[test]
fn iofence_writes_data_and_signals() {
    let b = Bench::new();
    b.enable_cq(1); // 2 entries, 1 usable
    let flag = b.page() << 12;
    b.write_u64(flag, u64::MAX);
    b.submit(&[iofence(Some((flag + 4, 0x1234_5678)), false)]);
    // A 4-byte store at ADDR[63:2] x 4: only those bytes change.
    assert_eq!(b.read_u64(flag), 0x1234_5678_ffff_ffff);
    assert!(!b.regs().cqcsr().read().fence_w_ip());
    // WSI: fence_w_ip, and cip with cie.
    b.submit(&[iofence(None, true)]);
    assert!(b.regs().cqcsr().read().fence_w_ip());
    assert!(b.regs().ipsr().read().cip());
    assert_eq!(b.regs().cqh().read().index(), 0, "two commands in a 2-entry queue wrap");
    // A refused data write: cqmf, the fence does not complete (no fence_w_ip either).
    b.regs().cqcsr().modify(|c| c.set_fence_w_ip(true));
    b.submit(&[iofence(Some((NOWHERE_PPN << 12, 1)), true)]);
    let c = b.regs().cqcsr().read();
    assert!(c.cqmf() && !c.fence_w_ip());
    assert_eq!(b.regs().cqh().read().index(), 0);
    assert_eq!(b.regs().cqt().read().index(), 1);
}

#[test]
fn wrap_around_and_hold() {
    let b = Bench::new();
    b.enable_cq(2); // 4 entries, 3 usable
    let flag = b.page() << 12;
    for round in 0..5u32 {
        b.submit(&[
            iofence(Some((flag, round)), false),
            iofence(None, false),
            iofence(None, false),
        ]);
        assert_eq!(b.regs().cqh().read().index(), b.regs().cqt().read().index());
        assert_eq!(b.read_u64(flag) as u32, round);
    }
    assert_eq!(b.regs().cqh().read().index(), 15 % 4);
    // Held: nothing runs until released.
    b.model.hold_commands(true);
    b.submit(&[iofence(Some((flag, 99)), false)]);
    assert_eq!(b.read_u64(flag) as u32, 4);
    assert_ne!(b.regs().cqh().read().index(), b.regs().cqt().read().index());
    b.model.hold_commands(false);
    assert_eq!(b.read_u64(flag) as u32, 99);
    assert_eq!(b.regs().cqh().read().index(), b.regs().cqt().read().index());
}

#[test]
fn commands_wait_for_the_queue_to_turn_on() {
    let b = Bench::with(Config { busy_polls: 3, ..Config::default() });
    let q = b.page();
    let flag = b.page() << 12;
    b.regs().cqb().write(QueueBase::default().with_ppn(q).with_log2szm1(1));
    b.regs().cqcsr().write(Cqcsr::default().with_cqen(true));
    b.write(q << 12, &iofence(Some((flag, 7)), false));
    b.model.write32(driver::regs::iommu_regs::Cqt::OFFSET, 1);
    assert_eq!(b.read_u64(flag), 0, "not on yet");
    b.model.run_until_idle();
    assert_eq!(b.read_u64(flag), 7);
}

#[test]
fn ats_commands_are_sent() {
    let b = Bench::new();
    b.enable_cq(2);
    let inval = CmdAts::default()
        .with_opcode(CmdOpcode::ATS)
        .with_func3(AtsFunc3::INVAL)
        .with_rid(0x0102)
        .with_pv(true)
        .with_pid(0x33)
        .with_payload(AtsInvalPayload::default().with_addr(0x1234).with_g(true).0);
    let prgr = CmdAts::default()
        .with_opcode(CmdOpcode::ATS)
        .with_func3(AtsFunc3::PRGR)
        .with_rid(0x0304)
        .with_payload(AtsPrgrPayload::default().with_prgi(5).with_resp_code(PrgResp::SUCCESS).0);
    b.submit(&[inval.to_le_bytes(), prgr.to_le_bytes()]);
    assert_eq!(
        b.model.outbound_ats(),
        vec![AtsMessage::Invalidate(inval), AtsMessage::PageRequestGroupResponse(prgr)]
    );
    assert_eq!(b.regs().cqh().read().index(), 2); // a 4-entry queue
                                                  // The invalidation counts as answered: a following fence completes.
    b.submit(&[iofence(None, true)]);
    assert!(b.regs().cqcsr().read().fence_w_ip() && !b.regs().cqcsr().read().cmd_to());
}

#[test]
fn iodir_with_a_device_id_wider_than_the_mode_matches_nothing() {
    let b = Bench::new();
    b.enable_fq(5);
    b.enable_cq(3);
    let root = b.set_mode(IommuMode::LVL3);
    let did = 0x1234;
    b.set_dc(root, 3, did, dc_iosatp(IosatpMode::BARE, 0, 0));
    let req = DeviceRequest::read(did, 0x3000);
    assert!(matches!(b.model.translate(&req), Response::Allowed(_)));
    b.set_dc(root, 3, did, DeviceContext::default()); // V = 0, no invalidation yet
    let mode = |m| b.regs().ddtp().write(Ddtp::default().with_iommu_mode(m).with_ppn(root));
    mode(IommuMode::OFF);
    mode(IommuMode::LVL1);
    b.submit(&[iodir_ddt(Some(did))]);
    mode(IommuMode::OFF);
    mode(IommuMode::LVL3);
    assert!(matches!(b.model.translate(&req), Response::Allowed(_)), "still cached");
    // In Off there is no width limit: the invalidation covers it.
    mode(IommuMode::OFF);
    b.submit(&[iodir_ddt(Some(did))]);
    mode(IommuMode::LVL3);
    assert!(b.model.translate(&req).fault().is_some());
}
