//! Spot checks of the generated layouts against the byte and bit positions the
//! specifications state, one test per layout that was once wrong. Each expected value is
//! written from the cited figure or table, not from the register maps.

use driver::regs::iommu_mem::{AtsPrgrPayload, CmdIotinval, PrgResp};
use driver::regs::pcie_ep_caps::{AtsCap, AtsCtrl, PasidCap, PasidCtrl};
use driver::regs::tlp::{
    AtsCplEntry, MsgCode, TlpAtsInvalReq, TlpAtsTransReq3dw, TlpDw0, TlpFmtType, TlpMemReq4dw,
    TlpPasidPrefix,
};

/// PCIe Base 6.x Table 6-15 (Figure 6-20): byte 0 is 0x91 (Fmt 100b, End-End, type 0001b),
/// byte 1 bit 7 is Privileged Mode Requested, byte 1 bit 6 Execute Requested, byte 1 bits 5:4
/// are reserved, byte 1 bits 3:0 and bytes 2-3 hold the PASID.
#[test]
fn pasid_prefix_pmr_and_er_sit_in_byte_1_bits_7_and_6() {
    let base = TlpPasidPrefix::default().with_fmt_type(TlpFmtType::PREFIX_PASID).with_pasid(0x1234);
    let privileged = base.with_pmr(true);
    let execute = base.with_er(true);
    assert_eq!(privileged.to_bits(), 0x9180_1234);
    assert_eq!(execute.to_bits(), 0x9140_1234);
    assert_eq!(privileged.to_be_bytes(), [0x91, 0x80, 0x12, 0x34]);
    assert_eq!(execute.to_be_bytes(), [0x91, 0x40, 0x12, 0x34]);
    // The reserved bits are byte 1 bits 5:4, nothing else.
    assert_eq!(TlpPasidPrefix::RESERVED.to_be_bytes(), [0x00, 0x30, 0x00, 0x00]);
    // Decoding a prefix taken off the wire finds the flags where the figure puts them.
    let seen = TlpPasidPrefix::from_be_bytes([0x91, 0xC0, 0x00, 0x01]);
    assert!(seen.pmr() && seen.er());
    assert_eq!(seen.pasid(), 1);
}

/// PCIe Base 6.x Figure 10-18 (Invalidate Request Message, Non-Flit Mode): byte 6 bits 4:0
/// are the ITag (bits 7:5 reserved), byte 7 the message code 01h, bytes 8-9 the Device ID,
/// bytes 10-15 reserved.
#[test]
fn ats_invalidate_request_itag_is_byte_6_bits_4_to_0() {
    let req = TlpAtsInvalReq::default()
        .with_requester_id(0x0100)
        .with_itag(0x1F)
        .with_msg_code(MsgCode::ATS_INVALIDATE_REQUEST)
        .with_device_id(0xABCD);
    let b = req.to_be_bytes();
    assert_eq!(&b[4..8], &[0x01, 0x00, 0x1F, 0x01]);
    assert_eq!(&b[8..16], &[0xAB, 0xCD, 0, 0, 0, 0, 0, 0]);
    let rsvd = TlpAtsInvalReq::RESERVED.to_be_bytes();
    assert_eq!(rsvd[6], 0xE0, "byte 6 bits 7:5 reserved");
    assert_eq!(&rsvd[8..10], &[0, 0], "device ID is not reserved");
    assert_eq!(&rsvd[10..16], &[0xFF; 6], "bytes 10-15 reserved");
    assert_eq!(TlpAtsInvalReq::from_be_bytes(b).itag(), 0x1F);
}

/// PCIe Base 6.x Section 2.2.1.1 (Figure 2-5): byte 1 bit 1 of every Non-Flit Mode header is
/// Reserved (formerly Lightweight Notification); TH is byte 1 bit 0, Attr[2] byte 1 bit 2.
#[test]
fn header_dw0_byte_1_bit_1_is_reserved() {
    assert_eq!(TlpDw0::RESERVED.to_be_bytes(), [0x00, 0x02, 0x00, 0x00]);
    // The nested DW0 brings its reserved bit into every header's mask.
    assert_eq!(TlpMemReq4dw::RESERVED.to_be_bytes()[1], 0x02);
    let dw0 = TlpDw0::from_be_bytes([0x20, 0x05, 0x00, 0x01]);
    assert!(dw0.th() && dw0.attr2());
}

/// PCIe Base 6.x Section 10.2.3 (Translation Completion Data Entry): the second DW holds
/// S (bit 11), N (10), CXL.io (9), AMA (8:6), Global (5), Priv (4), Exe (3), U (2), W (1),
/// R (0).
#[test]
fn ats_completion_entry_names_ama_and_cxl_io() {
    let e = AtsCplEntry::default().with_ama(0b101).with_cxl_io(true);
    assert_eq!(e.to_be_bytes(), [0, 0, 0, 0, 0, 0, 0x03, 0x40]);
    let flags = AtsCplEntry::default()
        .with_size(true)
        .with_no_snoop(true)
        .with_global_map(true)
        .with_read_perm(true);
    assert_eq!(flags.to_be_bytes()[6..], [0x0C, 0x21]);
    assert_eq!(AtsCplEntry::from_bits(0x1C0).ama(), 0b111);
    assert!(AtsCplEntry::from_bits(0x200).cxl_io());
}

/// PCIe Base 6.x Figure 10-11: the last DW of a Translation Request is untranslated address
/// [31:12], reserved 11:4, CXL Src (bit 3), reserved 2:1, No Write (bit 0).
#[test]
fn ats_translation_request_cxl_src_and_nw() {
    let r = TlpAtsTransReq3dw::default().with_cxl_src(true).with_nw(true);
    assert_eq!(r.to_be_bytes()[8..], [0, 0, 0, 0x09]);
    assert_eq!(TlpAtsTransReq3dw::RESERVED.to_be_bytes()[8..], [0x00, 0x00, 0x0F, 0xF6]);
}

/// PCIe Base 6.x Table 2-39: End-End TLP prefix type 0010b is IDE, first byte 0x92.
#[test]
fn ide_end_end_prefix_type() {
    // Fmt 100b, then type 1 (End-End) and E[3:0] = 0010b.
    let (fmt, end_end, e) = (0b100u8, 1u8, 0b0010u8);
    assert_eq!(TlpFmtType::PREFIX_IDE.0, fmt << 5 | end_end << 4 | e);
}

/// RISC-V IOMMU release 20260222, iommu_in_memory_queues.adoc, "PAYLOAD of an ATS.PRGR
/// command": bits 31:0 '0', 40:32 Page Request Group Index, 43:41 '0', 47:44 Response Code,
/// 63:48 '0' (no destination ID any more).
#[test]
fn ats_prgr_payload_bits_63_48_are_zero() {
    let p = AtsPrgrPayload::default().with_prgi(0x1AB).with_resp_code(PrgResp::INVALID);
    assert_eq!(p.to_bits(), 0x0000_11AB_0000_0000);
    assert_eq!(AtsPrgrPayload::RESERVED.to_bits(), 0xFFFF_0E00_FFFF_FFFF);
}

/// RISC-V IOMMU release 20260222, IOTINVAL figure and iommu_extensions.adoc: NL is bit 34
/// and S bit 73, defined only with capabilities.NL / capabilities.S; otherwise reserved.
#[test]
fn iotinval_nl_and_s_are_reserved_without_the_extensions() {
    // Words are 32 bits, word 0 holding bits 31:0.
    let w = CmdIotinval::RESERVED.to_bits();
    let bit = |n: usize| w[n / 32] & (1 << (n % 32)) != 0;
    assert!(bit(34), "NL (bit 34) reserved");
    assert!(bit(73), "S (bit 73) reserved");
    assert!(!bit(33), "GV (bit 33) is a field");
    assert!(!bit(74), "ADDR starts at bit 74");
}

/// PCIe Base 6.x Sections 7.8.9.2/7.8.9.3 (PASID) and 10.5.1.2/10.5.1.3 (ATS): the fields
/// added since the first ATS/PASID revisions sit at PASID Capability bit 3, PASID Control
/// bit 3, ATS Capability bit 8, ATS Control bits 13:11 and 14; the older ones are unchanged.
#[test]
fn endpoint_capability_fields_of_pcie_6() {
    assert_eq!(PasidCap::default().with_translated_pasid_supported(true).to_bits(), 1 << 3);
    assert_eq!(PasidCap::default().with_max_pasid_width(20).to_bits(), 20 << 8);
    assert_eq!(PasidCtrl::default().with_translated_pasid_en(true).to_bits(), 1 << 3);
    assert_eq!(PasidCtrl::default().with_priv_en(true).with_enable(true).to_bits(), 0b101);
    assert_eq!(AtsCap::default().with_ama_supported(true).to_bits(), 1 << 8);
    assert_eq!(AtsCap::default().with_relaxed_ordering(true).to_bits(), 1 << 7);
    assert_eq!(AtsCtrl::default().with_amad(0b111).with_amae(true).to_bits(), 0b1111 << 11);
    assert_eq!(AtsCtrl::default().with_enable(true).with_stu(0x1F).to_bits(), 0x801F);
    assert_eq!(AtsCtrl::RESERVED.to_bits(), 0x07E0);
}
