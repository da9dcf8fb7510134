//! Generated value types: raw and byte round trips, field isolation, unknown encodings, and
//! typed register access over the fake MMIO bus. Masks are derived from the generated
//! setters, never restated here.

use driver::fake::{Access, FakeMmio};
use driver::mmio::RegValue;
use driver::regs::iommu_mem::{DcTc, DeviceContext, FaultRecord, PageRequest, ProcessContext, Pte};
use driver::regs::iommu_regs::{
    Capabilities, Ddtp, Igs, Iohpmctr, IommuMode, IommuRegs, Pqcsr, QueueBase, TrReqCtl,
};
use driver::regs::pcie_rp_cfg::{Command, Devcap2, PcieRpCfg};
use driver::regs::tlp::{TlpFmtType, TlpMemReq4dw, TlpPasidPrefix};
use proptest::prelude::*;

/// Mask of a field: the bits that clearing it through its setter turns off in an all-ones value.
macro_rules! field_mask {
    ($ty:ty, $all:expr, $setter:ident, $zero:expr) => {{
        let mut v = <$ty>::from_bits($all);
        v.$setter($zero);
        !v.to_bits() & <$ty>::from_bits($all).to_bits()
    }};
}

proptest! {
    #[test]
    fn ddtp_ppn_round_trips_and_is_isolated(raw: u64, value: u64) {
        let mask = field_mask!(Ddtp, u64::MAX, set_ppn, 0);
        let max = mask >> mask.trailing_zeros();
        let before = Ddtp::from_bits(raw);
        let after = before.with_ppn(value & max);
        prop_assert_eq!(after.ppn(), value & max);
        prop_assert_eq!((after.to_bits() ^ before.to_bits()) & !mask, 0);
    }

    #[test]
    fn tr_req_ctl_pid_round_trips_and_is_isolated(raw: u64, value: u32) {
        let mask = field_mask!(TrReqCtl, u64::MAX, set_pid, 0);
        let max = (mask >> mask.trailing_zeros()) as u32;
        let before = TrReqCtl::from_bits(raw);
        let after = before.with_pid(value & max);
        prop_assert_eq!(after.pid(), value & max);
        prop_assert_eq!((after.to_bits() ^ before.to_bits()) & !mask, 0);
    }

    #[test]
    fn bool_fields_touch_one_bit(raw: u32, on: bool) {
        let before = Pqcsr::from_bits(raw);
        let after = before.with_pqen(on);
        prop_assert_eq!(after.pqen(), on);
        prop_assert!((after.to_bits() ^ before.to_bits()).count_ones() <= 1);
    }

    #[test]
    fn enum_fields_keep_unknown_encodings(raw: u64, code in 0u8..16) {
        let v = Ddtp::from_bits(raw).with_iommu_mode(IommuMode(code));
        prop_assert_eq!(v.iommu_mode(), IommuMode(code));
        prop_assert_eq!(v.iommu_mode().is_known(), v.iommu_mode().name().is_some());
    }

    #[test]
    fn registers_round_trip_through_raw(raw64: u64, raw32: u32, raw16: u16) {
        prop_assert_eq!(Ddtp::from_raw(raw64).to_raw(), raw64);
        prop_assert_eq!(QueueBase::from_raw(raw64).to_raw(), raw64);
        prop_assert_eq!(Pqcsr::from_raw(u64::from(raw32)).to_raw(), u64::from(raw32));
        prop_assert_eq!(Command::from_raw(u64::from(raw16)).to_raw(), u64::from(raw16));
        // Bits above the register width are dropped, not carried.
        prop_assert_eq!(Pqcsr::from_raw(raw64).to_raw(), raw64 & u64::from(u32::MAX));
    }

    #[test]
    fn memory_structures_round_trip_through_le_bytes(bytes in proptest::array::uniform32(any::<u8>())) {
        let dc = DeviceContext::from_le_bytes(bytes);
        prop_assert_eq!(dc.to_le_bytes(), bytes);
        // Each doubleword member is the bytes at its generated offset.
        let tc_at = DeviceContext::TC_BYTE_OFFSET;
        let tc = dc.tc().to_le_bytes();
        prop_assert_eq!(&tc[..], &bytes[tc_at..tc_at + DcTc::BYTES]);
        let fr = FaultRecord::from_le_bytes(bytes);
        prop_assert_eq!(fr.to_le_bytes(), bytes);
        let mut b16 = [0u8; 16];
        b16.copy_from_slice(&bytes[..16]);
        prop_assert_eq!(ProcessContext::from_le_bytes(b16).to_le_bytes(), b16);
        prop_assert_eq!(PageRequest::from_le_bytes(b16).to_le_bytes(), b16);
        let mut b8 = [0u8; 8];
        b8.copy_from_slice(&bytes[..8]);
        prop_assert_eq!(Pte::from_le_bytes(b8).to_le_bytes(), b8);
        prop_assert_eq!(Pte::from_le_bytes(b8).to_bits(), u64::from_le_bytes(b8));
    }

    #[test]
    fn wire_structures_round_trip_through_be_bytes(bytes in proptest::array::uniform16(any::<u8>())) {
        let hdr = TlpMemReq4dw::from_be_bytes(bytes);
        prop_assert_eq!(hdr.to_be_bytes(), bytes);
        // DW0 is the first doubleword on the wire.
        let dw0_at = TlpMemReq4dw::DW0_BYTE_OFFSET;
        let dw0 = hdr.dw0().to_be_bytes();
        prop_assert_eq!(&dw0[..], &bytes[dw0_at..dw0_at + dw0.len()]);
    }

    #[test]
    fn pasid_prefix_is_fmt_type_then_pasid(pasid in 0u32..(1 << 20), er: bool, pmr: bool) {
        let p = TlpPasidPrefix::default()
            .with_fmt_type(TlpFmtType::PREFIX_PASID)
            .with_pasid(pasid)
            .with_er(er)
            .with_pmr(pmr);
        let b = p.to_be_bytes();
        // PCIe: the PASID End-End prefix starts with byte 0x91 (Fmt 100b, Type 1_0001b).
        prop_assert_eq!(b[0], 0x91);
        prop_assert_eq!(u32::from_be_bytes(b) & ((1 << 20) - 1), pasid);
        prop_assert_eq!(TlpPasidPrefix::from_be_bytes(b), p);
    }
}

#[test]
fn capabilities_reset_announces_what_is_implemented() {
    let caps = Capabilities::RESET;
    assert_eq!(caps.version(), 0x10, "spec version 1.0");
    assert!(caps.sv39() && caps.sv48() && !caps.sv57() && !caps.sv32());
    assert!(caps.ats() && caps.dbg() && caps.pd8() && caps.pd17() && caps.pd20());
    assert_eq!(caps.igs(), Igs::WSI);
    assert_eq!(format!("{:?}", caps.igs()), "WSI");
    assert_eq!(format!("{:?}", IommuMode(0xE)), "IommuMode(0xe)");
}

#[test]
fn root_port_announces_end_end_prefixes() {
    let devcap2 = Devcap2::RESET;
    assert!(devcap2.ee_prefix_supported());
    // 00b would mean four prefixes; one PASID prefix is all this port handles.
    assert_eq!(devcap2.max_ee_prefixes(), 1);
}

#[test]
fn register_handles_use_the_register_width_and_offset() {
    let regs = IommuRegs::new(FakeMmio::new(IommuRegs::<FakeMmio>::BYTES));
    regs.ddtp().write(Ddtp::RESET.with_iommu_mode(IommuMode::BARE));
    assert_eq!(regs.ddtp().read().iommu_mode(), IommuMode::BARE);
    regs.pqcsr().modify(|v| v.set_pqen(true));
    assert!(regs.pqcsr().read().pqen());
    let log = regs.mmio().log();
    assert_eq!(
        log[0],
        Access::Write {
            offset: Ddtp::OFFSET,
            bytes: 8,
            value: Ddtp::RESET.with_iommu_mode(IommuMode::BARE).to_bits()
        }
    );
    assert_eq!(log[1], Access::Read { offset: Ddtp::OFFSET, bytes: 8 });
    // modify = one read and one write of the 32-bit register.
    assert_eq!(log[2], Access::Read { offset: Pqcsr::OFFSET, bytes: 4 });
    assert!(matches!(log[3], Access::Write { offset, bytes: 4, .. } if offset == Pqcsr::OFFSET));
    // Spec spot check: pqcsr sits at 0x50.
    assert_eq!(Pqcsr::OFFSET, 0x50);

    assert_eq!(regs.iohpmctr(30).offset(), Iohpmctr::OFFSET + 30 * Iohpmctr::STRIDE);
}

#[test]
#[should_panic(expected = "iohpmctr index out of range")]
fn register_arrays_reject_out_of_range_indices() {
    let regs = IommuRegs::new(FakeMmio::new(IommuRegs::<FakeMmio>::BYTES));
    let _ = regs.iohpmctr(Iohpmctr::COUNT);
}

#[test]
fn sixteen_bit_config_registers_use_sixteen_bit_writes() {
    // A 32-bit read-modify-write would write back the Status register's RW1C bits.
    let cfg = PcieRpCfg::new(FakeMmio::new(PcieRpCfg::<FakeMmio>::BYTES));
    cfg.command().write(Command::RESET);
    assert_eq!(
        cfg.mmio().log(),
        vec![Access::Write { offset: Command::OFFSET, bytes: 2, value: 0 }]
    );
}

#[test]
fn root_port_capability_lists_are_linked_from_the_reset_values() {
    use driver::regs::pcie_rp_cfg::{
        AcsExtCapHdr, AerExtCapHdr, CapPtr, ExtCapId, PciCapId, PcieCapHdr, PmCapHdr,
    };
    // PCI list: capabilities pointer -> PCI Express -> Power Management -> end.
    assert_eq!(usize::from(CapPtr::RESET.ptr()), PcieCapHdr::OFFSET);
    assert_eq!(PcieCapHdr::RESET.cap_id(), PciCapId::PCIE);
    assert_eq!(usize::from(PcieCapHdr::RESET.next_ptr()), PmCapHdr::OFFSET);
    assert_eq!(PmCapHdr::RESET.cap_id(), PciCapId::PM);
    assert_eq!(PmCapHdr::RESET.next_ptr(), 0);
    // Extended list: AER (first, at 0x100 by the PCIe spec) -> ACS -> end.
    assert_eq!(AerExtCapHdr::OFFSET, 0x100);
    assert_eq!(AerExtCapHdr::RESET.cap_id(), ExtCapId::AER);
    assert_eq!(AerExtCapHdr::RESET.version(), 2, "AER v2 carries the TLP Prefix Log");
    assert_eq!(usize::from(AerExtCapHdr::RESET.next()), AcsExtCapHdr::OFFSET);
    assert_eq!(AcsExtCapHdr::RESET.cap_id(), ExtCapId::ACS);
    assert_eq!(AcsExtCapHdr::RESET.next(), 0);
}

/// `RESERVED` holds exactly the reserved members' bits, nested structures included.
#[test]
fn reserved_masks_cover_the_reserved_members() {
    use driver::regs::iommu_mem::{DcFsc, DcIohgatp, DcTa, DcTc, DeviceContext, PcTa, Pte};
    // Process-context ta: V 0, ENS 1, SUM 2, PSCID [31:12]; the rest is reserved.
    let named = PcTa::default().with_v(true).with_ens(true).with_sum(true).with_pscid(0xf_ffff);
    assert_eq!(PcTa::RESERVED.0, !named.0);
    // PTE: only bits 60:54 (N, PBMT and the rest are named fields).
    assert_eq!(Pte::RESERVED.0, 0x7f << 54);
    // A nested structure carries its members' reserved bits at their positions.
    let dc = DeviceContext::RESERVED;
    assert_eq!(dc.tc(), DcTc::RESERVED);
    assert_eq!(dc.ta(), DcTa::RESERVED);
    assert_eq!(dc.fsc(), DcFsc::RESERVED);
    assert_eq!(dc.iohgatp(), DcIohgatp::default());
}
