//! Spot checks of the generated layouts against the byte and bit positions the
//! specifications state, one test per layout that was once wrong. Each expected value is
//! written from the cited figure or table, not from the register maps.

use driver::regs::tlp::{TlpFmtType, TlpPasidPrefix};

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
