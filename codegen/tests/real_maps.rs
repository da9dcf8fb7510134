//! Spot checks of the parser against the real register maps in `regmaps/`.

use std::path::Path;
use std::sync::OnceLock;

use codegen::model::{ByteOrder, FieldKind, Package, RegArray, Regmaps};

fn maps() -> &'static Regmaps {
    static MAPS: OnceLock<Regmaps> = OnceLock::new();
    MAPS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../regmaps");
        match codegen::load(&dir) {
            Ok(m) => m,
            Err(e) => panic!("regmaps do not load:\n{e}"),
        }
    })
}

fn pkg(name: &str) -> &'static Package {
    maps().packages.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no package {name}"))
}

/// (lsb, width) of `field` in struct `ty` of package `p`.
fn bits(p: &Package, ty: &str, field: &str) -> (u32, u32) {
    let s = p.find_struct(ty).unwrap_or_else(|| panic!("no struct {ty}_t in {}", p.name));
    let f = s.field(field).unwrap_or_else(|| panic!("no field {ty}.{field}"));
    (f.lsb, f.width)
}

#[test]
fn all_packages_load_sorted() {
    let names: Vec<&str> = maps().packages.iter().map(|p| p.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    for want in
        ["iommu_mem_pkg", "iommu_regs_pkg", "pcie_ep_caps_pkg", "pcie_rp_cfg_pkg", "tlp_pkg"]
    {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    for p in &maps().packages {
        assert_eq!(p.stem, p.name.trim_end_matches("_pkg"));
        assert!(!p.doc.is_empty(), "{} has no description", p.name);
    }
}

#[test]
fn iommu_regs_ddtp() {
    let p = pkg("iommu_regs_pkg");
    let block = p.block.as_ref().expect("iommu_regs is a register block");
    assert_eq!(block.bytes, 4096);
    let ddtp = block.registers.iter().find(|r| r.name == "ddtp").expect("ddtp");
    assert_eq!(ddtp.offset, 0x10);
    assert_eq!(ddtp.bytes, 8);
    let s = p.find_struct("ddtp").expect("ddtp_t");
    let mode = s.field("iommu_mode").expect("iommu_mode");
    assert_eq!((mode.lsb, mode.width), (0, 4));
    assert_eq!(mode.kind, FieldKind::Enum("iommu_mode".into()));
    assert!(p.find_enum("iommu_mode").is_some());
}

#[test]
fn iommu_regs_pqcsr_capabilities_and_arrays() {
    let p = pkg("iommu_regs_pkg");
    let block = p.block.as_ref().expect("block");
    let pqcsr = block.registers.iter().find(|r| r.name == "pqcsr").expect("pqcsr");
    assert_eq!(pqcsr.offset, 0x50);
    assert_eq!(bits(p, "pqcsr", "pqen").0, 0);
    assert_eq!(bits(p, "capabilities", "version"), (0, 8));
    let ctr = block.registers.iter().find(|r| r.name == "iohpmctr").expect("iohpmctr");
    assert_eq!(ctr.offset, 0x68);
    assert_eq!(ctr.array, Some(RegArray { count: 31, stride: 8 }));
    // Registers come sorted by offset.
    assert!(block.registers.windows(2).all(|w| w[0].offset <= w[1].offset));
}

#[test]
fn pcie_rp_cfg_devcap2_devctl2() {
    let p = pkg("pcie_rp_cfg_pkg");
    assert!(p.block.is_some());
    assert_eq!(bits(p, "devcap2", "ee_prefix_supported"), (21, 1));
    assert_eq!(bits(p, "devcap2", "max_ee_prefixes"), (22, 2));
    assert_eq!(bits(p, "devctl2", "ee_prefix_blocking").0, 15);
}

#[test]
fn tlp_is_big_endian_with_pasid_prefix() {
    let p = pkg("tlp_pkg");
    assert_eq!(p.byte_order, ByteOrder::Big);
    assert!(p.block.is_none());
    let e = p.find_enum("tlp_fmt_type").expect("tlp_fmt_type_t");
    assert!(
        e.variants.iter().any(|v| v.name.contains("PASID") && v.value == 0x91),
        "no PASID variant = 0x91 in {:?}",
        e.variants.iter().map(|v| (&v.name, v.value)).collect::<Vec<_>>()
    );
    // Short names are usable as Rust identifiers.
    for v in &e.variants {
        assert!(v.short.starts_with(|c: char| c.is_ascii_alphabetic()), "{}", v.short);
    }
}

#[test]
fn little_endian_elsewhere() {
    for name in ["iommu_mem_pkg", "iommu_regs_pkg", "pcie_rp_cfg_pkg"] {
        assert_eq!(pkg(name).byte_order, ByteOrder::Little, "{name}");
    }
}

/// PCIe Base 6.x Table 6-15: in the prefix DW (byte 0 in bits 31:24) Privileged Mode Requested
/// is byte 1 bit 7 = bit 23, Execute Requested byte 1 bit 6 = bit 22, bits 21:20 are reserved.
#[test]
fn tlp_pasid_prefix_flags_follow_table_6_15() {
    let p = pkg("tlp_pkg");
    assert_eq!(bits(p, "tlp_pasid_prefix", "fmt_type"), (24, 8));
    assert_eq!(bits(p, "tlp_pasid_prefix", "pmr"), (23, 1));
    assert_eq!(bits(p, "tlp_pasid_prefix", "er"), (22, 1));
    assert_eq!(bits(p, "tlp_pasid_prefix", "rsvd"), (20, 2));
    assert_eq!(bits(p, "tlp_pasid_prefix", "pasid"), (0, 20));
}

/// PCIe Base 6.x Figure 10-18: the ITag is byte 6 bits 4:0, i.e. bits 12:8 of header DW1
/// (bits 76:72 of the 128-bit header, DW0 most significant); DW2 bits 15:0 are reserved.
#[test]
fn tlp_ats_inval_req_itag_in_byte_6() {
    let p = pkg("tlp_pkg");
    assert_eq!(bits(p, "tlp_ats_inval_req", "itag"), (64 + 8, 5));
    assert_eq!(bits(p, "tlp_ats_inval_req", "rsvd_byte6"), (64 + 13, 3));
    assert_eq!(bits(p, "tlp_ats_inval_req", "device_id"), (32 + 16, 16));
    assert_eq!(bits(p, "tlp_ats_inval_req", "rsvd_dw2"), (32, 16));
}

/// PCIe Base 6.x Section 2.2.1.1: byte 1 bit 1 (DW0 bit 17) is Reserved, formerly LN.
#[test]
fn tlp_dw0_bit_17_reserved() {
    let p = pkg("tlp_pkg");
    let s = p.find_struct("tlp_dw0").expect("tlp_dw0_t");
    let f = s.field("rsvd_ln").expect("rsvd_ln");
    assert_eq!((f.lsb, f.width), (17, 1));
    assert_eq!(f.access, Some(codegen::model::Access::Rsvd));
    assert!(s.field("ln").is_none());
    assert_eq!(bits(p, "tlp_dw0", "th"), (16, 1));
    assert_eq!(bits(p, "tlp_dw0", "attr2"), (18, 1));
}

/// PCIe Base 6.x Section 10.2.3: AMA is bits 8:6 and CXL.io bit 9 of the completion entry.
#[test]
fn ats_cpl_entry_ama_and_cxl_io() {
    let p = pkg("tlp_pkg");
    assert_eq!(bits(p, "ats_cpl_entry", "ama"), (6, 3));
    assert_eq!(bits(p, "ats_cpl_entry", "cxl_io"), (9, 1));
    assert_eq!(bits(p, "ats_cpl_entry", "no_snoop"), (10, 1));
    assert_eq!(bits(p, "ats_cpl_entry", "size"), (11, 1));
    assert_eq!(bits(p, "tlp_ats_trans_req_3dw", "cxl_src"), (3, 1));
    assert_eq!(bits(p, "tlp_ats_trans_req_4dw", "nw"), (0, 1));
}

/// RISC-V IOMMU release 20260222: ATS.PRGR payload bits 63:48 are '0'; PRGI 40:32, response
/// code 47:44. IOTINVAL NL (34) and S (73) are reserved without their extensions.
#[test]
fn iommu_mem_prgr_payload_and_iotinval() {
    let p = pkg("iommu_mem_pkg");
    assert_eq!(bits(p, "ats_prgr_payload", "rsvd_63_48"), (48, 16));
    assert_eq!(bits(p, "ats_prgr_payload", "resp_code"), (44, 4));
    assert_eq!(bits(p, "ats_prgr_payload", "prgi"), (32, 9));
    assert!(p.find_struct("ats_prgr_payload").and_then(|s| s.field("dst_id")).is_none());
    assert_eq!(bits(p, "cmd_iotinval", "rsvd_nl"), (34, 1));
    assert_eq!(bits(p, "cmd_iotinval", "rsvd_s"), (73, 1));
    assert_eq!(bits(p, "cmd_iotinval", "addr"), (74, 52));
}

/// The queue base registers share one layout; the AER status register shares the mask's
/// layout but its bits are write-1-to-clear.
#[test]
fn registers_share_layouts() {
    let p = pkg("iommu_regs_pkg");
    let regs = &p.block.as_ref().expect("a block").registers;
    let ty = |n: &str| regs.iter().find(|r| r.name == n).expect(n).ty.clone();
    assert_eq!([ty("cqb"), ty("fqb"), ty("pqb")], ["queue_base", "queue_base", "queue_base"]);
    assert_eq!(ty("cqh"), ty("pqt"));
    let rp = pkg("pcie_rp_cfg_pkg");
    let regs = &rp.block.as_ref().expect("a block").registers;
    let r = |n: &str| regs.iter().find(|r| r.name == n).expect(n);
    let (status, mask) = (r("aer_uncor_status"), r("aer_uncor_mask"));
    assert_eq!(status.ty, mask.ty);
    let acs = |reg| {
        let l = rp.register_layout(reg).expect("layout");
        l.fields.iter().find(|f| f.name == "acs_violation").expect("acs_violation").access
    };
    assert_eq!(acs(status), Some(codegen::model::Access::Rw1c));
    assert_eq!(acs(mask), Some(codegen::model::Access::Rw));
    // PCIe: ACS Violation Status is bit 21 of the Uncorrectable Error Status register.
    let l = rp.register_layout(status).expect("layout");
    assert_eq!(l.fields.iter().find(|f| f.name == "acs_violation").map(|f| f.lsb), Some(21));
}
