//! Generated register metadata (`REGISTERS` of each register block, types in
//! `driver::regmeta`): every register is listed once, its fields tile it exactly, resets
//! agree with the register resets, and the field masks agree with the generated value
//! types' setters. Known facts of the maps are checked against it, not restated as masks.

use driver::regmeta::{Access, FieldInfo, RegisterInfo};
use driver::regs::iommu_regs::{self, Cqcsr, Ddtp, Iohpmctr, IommuMode, MsiAddr, Pqcsr};
use driver::regs::pcie_rp_cfg::{self, Command, Devctl2};

const BLOCKS: [(&str, &[RegisterInfo], usize, &str); 2] = [
    (
        "iommu_regs",
        iommu_regs::REGISTERS,
        iommu_regs::REGBLOCK_BYTES,
        include_str!("../src/regs/iommu_regs.rs"),
    ),
    (
        "pcie_rp_cfg",
        pcie_rp_cfg::REGISTERS,
        pcie_rp_cfg::REGBLOCK_BYTES,
        include_str!("../src/regs/pcie_rp_cfg.rs"),
    ),
];

fn reg(registers: &'static [RegisterInfo], name: &str) -> &'static RegisterInfo {
    registers.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("no register {name}"))
}

fn field(r: &'static RegisterInfo, name: &str) -> &'static FieldInfo {
    r.field(name).unwrap_or_else(|| panic!("register {} has no field {name}", r.name))
}

#[test]
fn fields_tile_every_register_and_match_its_reset() {
    for (block, registers, _, _) in BLOCKS {
        for r in registers {
            let bits = (r.bytes * 8) as u32;
            let all = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
            let mut covered = 0u64;
            let mut next_msb = bits; // declared most significant first, no gaps
            for f in r.fields {
                assert!(f.width >= 1, "{block}.{}.{}: empty field", r.name, f.name);
                assert_eq!(
                    f.lsb + f.width,
                    next_msb,
                    "{block}.{}.{}: out of order or gap",
                    r.name,
                    f.name
                );
                next_msb = f.lsb;
                assert_eq!(covered & f.mask(), 0, "{block}.{}.{} overlaps", r.name, f.name);
                covered |= f.mask();
                assert_eq!(
                    (r.reset & f.mask()) >> f.lsb,
                    f.reset,
                    "{block}.{}.{} reset",
                    r.name,
                    f.name
                );
                if f.access == Access::Rsvd {
                    assert_eq!(
                        f.reset, 0,
                        "{block}.{}.{}: reserved bits reset to zero",
                        r.name, f.name
                    );
                }
                if let Some(legal) = f.legal {
                    assert!(!legal.is_empty());
                    assert!(legal.iter().all(|&v| f.is_legal(v) && v <= f.mask() >> f.lsb));
                }
            }
            assert_eq!(next_msb, 0, "{block}.{}: bits below the last field", r.name);
            assert_eq!(covered, all, "{block}.{}: fields cover every bit exactly once", r.name);
            let by_access: u64 = [
                Access::Ro,
                Access::Hwinit,
                Access::Rw,
                Access::Rw1c,
                Access::Rw1s,
                Access::Wo,
                Access::Warl,
                Access::Rsvd,
            ]
            .iter()
            .fold(0, |m, &a| {
                assert_eq!(m & r.mask(a), 0);
                m | r.mask(a)
            });
            assert_eq!(by_access, all);
        }
    }
}

#[test]
fn every_register_is_listed_once_in_offset_order() {
    for (block, registers, block_bytes, source) in BLOCKS {
        // The generated module declares one `<NAME>_OFFSET` per register.
        let offsets = source
            .lines()
            .filter(|l| l.starts_with("pub const ") && l.contains("_OFFSET: usize ="))
            .count();
        assert_eq!(registers.len(), offsets, "{block}");
        for r in registers {
            let konst = format!("pub const {}_OFFSET: usize =", r.name.to_uppercase());
            assert!(source.contains(&konst), "{block}: {} has no {konst}", r.name);
            assert!(matches!(r.bytes, 1 | 2 | 4 | 8), "{block}.{}", r.name);
            assert_eq!(r.count == 1, r.stride == 0, "{block}.{}: stride only for arrays", r.name);
            assert!(r.instance_offset(r.count - 1) + r.bytes <= block_bytes, "{block}.{}", r.name);
        }
        for pair in registers.windows(2) {
            assert!(
                pair[0].offset < pair[1].offset,
                "{block}: {} before {}",
                pair[0].name,
                pair[1].name
            );
        }
    }
}

#[test]
fn known_iommu_facts() {
    let regs = iommu_regs::REGISTERS;
    let ddtp = reg(regs, "ddtp");
    assert_eq!((ddtp.offset, ddtp.bytes, ddtp.count, ddtp.stride), (0x10, 8, 1, 0));
    let mode = field(ddtp, "iommu_mode");
    assert_eq!((mode.lsb, mode.width, mode.access), (0, 4, Access::Warl));
    assert_eq!(mode.legal, Some(&[0u64, 1, 2, 3, 4][..]));
    assert!(mode.is_legal(4) && !mode.is_legal(5));
    assert_eq!(field(ddtp, "busy").access, Access::Ro);
    assert_eq!(ddtp.fields.first().map(|f| f.name), Some("rsvd_63_54"));

    assert_eq!(field(reg(regs, "cqcsr"), "cqmf").access, Access::Rw1c);
    assert_eq!(field(reg(regs, "cqcsr"), "cqen").access, Access::Rw);

    let caps = reg(regs, "capabilities");
    assert_eq!(caps.offset, 0);
    assert!(caps.fields.iter().all(|f| matches!(f.access, Access::Hwinit | Access::Rsvd)));
    assert_eq!(caps.reset, iommu_regs::Capabilities::RESET.0);
    assert_eq!(field(caps, "version").reset, 0x10);
    assert_eq!(field(caps, "igs").legal.map(<[u64]>::len), Some(3));

    let ctr = reg(regs, "iohpmctr");
    assert_eq!(
        (ctr.offset, ctr.count, ctr.stride),
        (Iohpmctr::OFFSET, Iohpmctr::COUNT, Iohpmctr::STRIDE)
    );
    assert_eq!(ctr.count, 31);
    assert_eq!(ctr.instance_offset(30), Iohpmctr::OFFSET + 30 * Iohpmctr::STRIDE);
    let msi = reg(regs, "msi_addr");
    assert_eq!((msi.offset, msi.count, msi.stride), (0x300, 16, 0x10));
    assert_eq!(msi.offset, MsiAddr::OFFSET);
}

#[test]
#[should_panic(expected = "iohpmctr")]
fn instance_offset_checks_the_index() {
    let _ = reg(iommu_regs::REGISTERS, "iohpmctr").instance_offset(31);
}

#[test]
fn known_root_port_facts() {
    let regs = pcie_rp_cfg::REGISTERS;
    let devctl2 = reg(regs, "devctl2");
    assert_eq!((devctl2.offset, devctl2.bytes), (pcie_rp_cfg::DEVCTL2_OFFSET, 2));
    let blocking = field(devctl2, "ee_prefix_blocking");
    assert_eq!((blocking.lsb, blocking.width, blocking.access), (15, 1, Access::Rw));
    assert_eq!(reg(regs, "command").offset, 4);
    let headers = regs.iter().filter(|r| r.name.ends_with("cap_hdr")).count();
    assert!(headers >= 3, "capability headers listed");
}

#[test]
fn masks_agree_with_the_generated_setters() {
    let iommu = iommu_regs::REGISTERS;
    let ddtp = reg(iommu, "ddtp");
    let mode = field(ddtp, "iommu_mode").mask();
    let set = Ddtp::from_bits(0).with_iommu_mode(IommuMode::LVL3).to_bits();
    assert!(set != 0 && set & !mode == 0);
    // Clearing a field through its setter turns off exactly the field's bits.
    assert_eq!(!Ddtp::from_bits(u64::MAX).with_iommu_mode(IommuMode(0)).to_bits(), mode);
    assert_eq!(!Ddtp::from_bits(u64::MAX).with_ppn(0).to_bits(), field(ddtp, "ppn").mask());
    assert_eq!(Ddtp::from_bits(0).with_busy(true).to_bits(), ddtp.mask(Access::Ro));

    let cqcsr = reg(iommu, "cqcsr");
    assert_eq!(
        u64::from(Cqcsr::from_bits(0).with_cqmf(true).to_bits()),
        field(cqcsr, "cqmf").mask()
    );
    let pqcsr = reg(iommu, "pqcsr");
    assert_eq!(
        u64::from(Pqcsr::from_bits(0).with_pqen(true).to_bits()),
        field(pqcsr, "pqen").mask()
    );

    let rp = pcie_rp_cfg::REGISTERS;
    let devctl2 = reg(rp, "devctl2");
    assert_eq!(
        u64::from(Devctl2::from_bits(0).with_ee_prefix_blocking(true).to_bits()),
        field(devctl2, "ee_prefix_blocking").mask()
    );
    let command = reg(rp, "command");
    assert_eq!(
        u64::from(Command::from_bits(0).with_mem_space_en(true).to_bits()),
        field(command, "mem_space_en").mask()
    );
}

/// The registers the IOMMU core holds (`<NAME>_HWEXT`): exactly those whose spec rules a
/// storing block cannot keep (writes ignored while busy or on, values masked by other
/// registers); the root port holds Device Capabilities 2, whose End-End TLP prefix fields
/// are build parameters of the port.
#[test]
fn registers_held_by_the_core() {
    let held: Vec<&str> =
        iommu_regs::REGISTERS.iter().filter(|r| r.hw_ext).map(|r| r.name).collect();
    assert_eq!(
        held,
        [
            "ddtp",
            "cqb",
            "cqt",
            "fqb",
            "fqh",
            "pqb",
            "pqh",
            "cqcsr",
            "fqcsr",
            "pqcsr",
            "tr_req_iova",
            "tr_req_ctl"
        ]
    );
    let rp_held: Vec<&str> =
        pcie_rp_cfg::REGISTERS.iter().filter(|r| r.hw_ext).map(|r| r.name).collect();
    assert_eq!(rp_held, ["devcap2"]);
    assert!(iommu_regs::REGISTERS.iter().filter(|r| r.hw_ext).all(|r| r.count == 1));
}
