//! `Reg::modify` leaves write-1-to-clear and write-1-to-set bits alone: a pending status bit
//! read as 1 is written back as 0 (no effect), and so is a Go bit. The masks come from the
//! register maps; this checks them against each block's `REGISTERS` table and shows the
//! write on the fake bus.

use driver::fake::{Access as BusAccess, FakeMmio};
use driver::mmio::{Reg, RegValue, Register, RW};
use driver::regmeta::{Access, RegisterInfo};
use driver::regs::{iommu_regs as iommu, pcie_rp_cfg as rp};

/// Bits of the fields of `info` with access `a`.
fn mask(info: &RegisterInfo, a: Access) -> u64 {
    info.fields.iter().filter(|f| f.access == a).fold(0, |m, f| m | f.mask())
}

/// The masks of `T` agree with the metadata, and `modify` of an all-ones register with a
/// closure that changes nothing writes every bit back except the rw1c/rw1s ones.
fn check<T: Register>(registers: &[RegisterInfo], name: &str) -> &'static str {
    let info = registers.iter().find(|r| r.name == name).expect("register in REGISTERS");
    assert_eq!(T::W1C_MASK, mask(info, Access::Rw1c), "{name}: W1C_MASK");
    assert_eq!(T::W1S_MASK, mask(info, Access::Rw1s), "{name}: W1S_MASK");
    assert_ne!(T::W1C_MASK | T::W1S_MASK, 0, "{name} has no rw1c/rw1s field");

    let bus = FakeMmio::new(4096);
    bus.poke(info.offset, &u64::MAX.to_le_bytes()[..info.bytes]);
    let reg: Reg<'_, T, RW, FakeMmio> = Reg::new(&bus, info.offset);
    bus.clear_log();
    let written = reg.modify(|_| {}).to_raw();
    let all = if info.bytes == 8 { u64::MAX } else { (1u64 << (8 * info.bytes)) - 1 };
    let expected = all & !(T::W1C_MASK | T::W1S_MASK);
    assert_eq!(written, expected, "{name}: value written by modify");
    let writes: Vec<_> =
        bus.log().into_iter().filter(|a| matches!(a, BusAccess::Write { .. })).collect();
    assert_eq!(
        writes,
        [BusAccess::Write { offset: info.offset, bytes: info.bytes, value: expected }],
        "{name}: one write of the whole register"
    );

    // The closure can still clear (or set) such a bit on purpose.
    let one = T::W1C_MASK | T::W1S_MASK;
    let one = one & one.wrapping_neg();
    let written = reg.modify(|v| *v = T::Value::from_raw(v.to_raw() | one)).to_raw();
    assert_eq!(written, expected | one, "{name}: a bit set by the closure is written");
    info.name
}

#[test]
fn modify_writes_rw1c_and_rw1s_bits_as_zero() {
    let checked = [
        check::<iommu::Cqcsr>(iommu::REGISTERS, "cqcsr"),
        check::<iommu::Fqcsr>(iommu::REGISTERS, "fqcsr"),
        check::<iommu::Pqcsr>(iommu::REGISTERS, "pqcsr"),
        check::<iommu::Ipsr>(iommu::REGISTERS, "ipsr"),
        check::<iommu::TrReqCtl>(iommu::REGISTERS, "tr_req_ctl"),
        check::<rp::Status>(rp::REGISTERS, "status"),
        check::<rp::SecondaryStatus>(rp::REGISTERS, "secondary_status"),
        check::<rp::Devsta>(rp::REGISTERS, "devsta"),
        check::<rp::Lnksta>(rp::REGISTERS, "lnksta"),
        check::<rp::Rootsta>(rp::REGISTERS, "rootsta"),
        check::<rp::AerUncorStatus>(rp::REGISTERS, "aer_uncor_status"),
        check::<rp::AerCorStatus>(rp::REGISTERS, "aer_cor_status"),
        check::<rp::AerRootErrStatus>(rp::REGISTERS, "aer_root_err_status"),
    ];
    // Every register with such a field is covered above.
    for regs in [iommu::REGISTERS, rp::REGISTERS] {
        for r in regs {
            let w1 = mask(r, Access::Rw1c) | mask(r, Access::Rw1s);
            assert!(w1 == 0 || checked.contains(&r.name), "{} is not checked", r.name);
        }
    }
}

#[test]
fn modify_of_cqcsr_keeps_pending_errors() {
    let bus = FakeMmio::new(iommu::IommuRegs::<FakeMmio>::BYTES);
    let pending = iommu::Cqcsr::default().with_cqmf(true).with_cmd_ill(true);
    bus.poke(iommu::Cqcsr::OFFSET, &pending.to_le_bytes());
    let regs = iommu::IommuRegs::new(&bus);
    let written = regs.cqcsr().modify(|v| v.set_cqen(true));
    assert!(written.cqen() && !written.cqmf() && !written.cmd_ill(), "{written:?}");
}

/// The AER status and mask registers share one value type (`AerUncorErrors`), but only the
/// status register's bits are write-1-to-clear: `modify` of the mask writes every bit back.
#[test]
fn a_shared_layout_keeps_per_register_write_one_masks() {
    use rp::{AerUncorErrors, AerUncorMask, AerUncorSeverity, AerUncorStatus};
    assert_ne!(AerUncorStatus::W1C_MASK, 0);
    assert_eq!(AerUncorMask::W1C_MASK, 0);
    assert_eq!(AerUncorSeverity::W1C_MASK, 0);
    let set = AerUncorErrors::default().with_acs_violation(true).with_tlp_prefix_blocked(true);
    let bus = FakeMmio::new(4096);
    bus.poke(AerUncorStatus::OFFSET, &set.to_le_bytes());
    bus.poke(AerUncorMask::OFFSET, &set.to_le_bytes());
    let status: Reg<'_, AerUncorStatus, RW, FakeMmio> = Reg::new(&bus, AerUncorStatus::OFFSET);
    let mask: Reg<'_, AerUncorMask, RW, FakeMmio> = Reg::new(&bus, AerUncorMask::OFFSET);
    let kept = mask.modify(|v| v.set_ecrc_error(true));
    assert!(kept.acs_violation() && kept.tlp_prefix_blocked() && kept.ecrc_error(), "{kept:?}");
    let cleared = status.modify(|v| v.set_ecrc_error(true));
    assert!(!cleared.acs_violation() && !cleared.tlp_prefix_blocked(), "{cleared:?}");
}
