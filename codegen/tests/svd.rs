//! The SVD renderer: output parses back with `svd-parser` (strict validation) and matches
//! the model, for a hand-built model and for the real `regmaps/iommu_regs_pkg.sv`.

use std::path::{Path, PathBuf};

use codegen::model::{
    Access, Block, ByteOrder, Enum, Field, FieldKind, Loc, Package, RegArray, Register, Regmaps,
    Struct, Variant,
};
use svd_parser::svd::{self, Device, MaybeArray, ModifiedWriteValues, WriteConstraint};
use svd_parser::ValidateLevel;

fn loc(line: usize) -> Loc {
    Loc { file: PathBuf::from("regmaps/demo_regs_pkg.sv"), line }
}

fn field(name: &str, lsb: u32, width: u32, access: Access, doc: &str) -> Field {
    Field {
        name: name.into(),
        lsb,
        width,
        kind: FieldKind::Bits,
        access: Some(access),
        reserved: access == Access::Rsvd,
        doc: doc.into(),
        loc: loc(1),
    }
}

/// Fields are given most significant first, as declared; the model stores them reversed.
fn strukt(name: &str, doc: &str, mut fields: Vec<Field>) -> Struct {
    fields.reverse();
    let width = fields.iter().map(|f| f.lsb + f.width).max().unwrap_or(0);
    Struct { name: name.into(), width, bytes: None, doc: doc.into(), fields, loc: loc(2) }
}

fn register(name: &str, offset: u64, bytes: u32, reset: u64, doc: &str) -> Register {
    Register {
        name: name.into(),
        ty: name.into(),
        access: None,
        offset,
        bytes,
        array: None,
        reset,
        hw_ext: false,
        doc: doc.into(),
        loc: loc(3),
    }
}

/// A small block laid out like the real IOMMU register file.
fn demo_model() -> Regmaps {
    let mode = Enum {
        name: "iommu_mode".into(),
        width: 4,
        doc: "Operating mode.".into(),
        variants: [
            ("OFF", 0, "all transactions are blocked"),
            ("BARE", 1, "no translation & no <checks>"),
            ("LVL3", 4, ""),
        ]
        .iter()
        .map(|&(short, value, doc)| Variant {
            name: format!("IOMMU_MODE_{short}"),
            short: short.into(),
            value,
            doc: doc.into(),
            loc: loc(4),
        })
        .collect(),
        loc: loc(4),
    };
    let mut iommu_mode = field("iommu_mode", 0, 4, Access::Warl, "translation mode");
    iommu_mode.kind = FieldKind::Enum("iommu_mode".into());
    let structs = vec![
        strukt(
            "capabilities",
            "Capabilities of the implementation.",
            vec![
                field("rsvd", 40, 24, Access::Rsvd, "reserved"),
                field("pas", 32, 8, Access::Hwinit, "physical address size"),
                field("rsvd_1", 8, 24, Access::Rsvd, "reserved"),
                field("version", 0, 8, Access::Hwinit, "specification version"),
            ],
        ),
        strukt(
            "ddtp",
            "Device-directory-table pointer.\nSecond line of the description.",
            vec![
                field("rsvd", 54, 10, Access::Rsvd, "reserved"),
                field("ppn", 10, 44, Access::Rw, "PPN of the root DDT page"),
                field("rsvd_1", 5, 5, Access::Rsvd, "reserved"),
                field("busy", 4, 1, Access::Ro, "a mode change is in progress"),
                iommu_mode,
            ],
        ),
        strukt(
            "pqcsr",
            "Page-request-queue control and status.",
            vec![
                field("rsvd", 18, 14, Access::Rsvd, "reserved"),
                field("busy", 17, 1, Access::Ro, "a change of pqen is in progress"),
                field("pqon", 16, 1, Access::Ro, "the queue is active"),
                field("rsvd_1", 10, 6, Access::Rsvd, "reserved"),
                field("pqof", 9, 1, Access::Rw1c, "queue overflow"),
                field("pqmf", 8, 1, Access::Rw1c, "memory fault"),
                field("rsvd_2", 2, 6, Access::Rsvd, "reserved"),
                field("pqie", 1, 1, Access::Rw, "interrupt enable"),
                field("pqen", 0, 1, Access::Rw, "queue enable"),
            ],
        ),
        strukt(
            "iocountinh",
            "Counter inhibits.",
            vec![
                field("hpm", 1, 31, Access::Rw1s, "inhibit counters"),
                field("cy", 0, 1, Access::Rw, "inhibit cycles"),
            ],
        ),
        strukt(
            "tr_req_iova",
            "Translation request IOVA.",
            vec![
                field("vpn", 12, 52, Access::Wo, "page number"),
                field("rsvd", 0, 12, Access::Rsvd, "reserved"),
            ],
        ),
        strukt(
            "iohpmctr",
            "Performance-monitoring event counters.",
            vec![field("counter", 0, 64, Access::Rw, "event count")],
        ),
    ];
    let mut iohpmctr = register("iohpmctr", 0x68, 8, 0, "Performance-monitoring event counters.");
    iohpmctr.array = Some(RegArray { count: 31, stride: 8 });
    let registers = vec![
        register(
            "capabilities",
            0x0,
            8,
            0x0000_0038_0000_0010,
            "Capabilities of the implementation.",
        ),
        register("ddtp", 0x10, 8, 0x0000_0000_0000_0001, ""),
        register("pqcsr", 0x50, 4, 0, "Page-request-queue control and status."),
        register("iocountinh", 0x5c, 4, 0x8000_0001, "Counter inhibits."),
        iohpmctr,
        register("tr_req_iova", 0x258, 8, 0, "Translation request IOVA."),
    ];
    Regmaps {
        packages: vec![Package {
            name: "demo_regs_pkg".into(),
            stem: "demo_regs".into(),
            doc: "Demo register file: <IOMMU> & friends.\n\nSecond paragraph.".into(),
            loc: loc(1),
            byte_order: ByteOrder::Little,
            block: Some(Block {
                name: "demo_regs".into(),
                bytes: 4096,
                bus_bytes: 8,
                registers,
                loc: loc(1),
            }),
            enums: vec![mode],
            aliases: Vec::new(),
            structs,
            consts: Vec::new(),
        }],
    }
}

fn render_one(maps: &Regmaps, stem: &str) -> String {
    let out = codegen::render::svd::render(maps).expect("render");
    let path = PathBuf::from(format!("hw/gen/{stem}.svd"));
    out.into_iter()
        .find(|o| o.path == path)
        .unwrap_or_else(|| panic!("no {}", path.display()))
        .contents
}

fn parse_strict(xml: &str) -> Device {
    let config = svd_parser::Config::default().validate_level(ValidateLevel::Strict);
    let device = svd_parser::parse_with_config(xml, &config)
        .unwrap_or_else(|e| panic!("svd-parser rejects the output: {e:?}\n{xml}"));
    device.validate_all(ValidateLevel::Strict).expect("validate_all");
    device
}

fn reg<'a>(device: &'a Device, name: &str) -> &'a svd::Register {
    device.peripherals[0].get_register(name).unwrap_or_else(|| panic!("no register {name}"))
}

fn fld<'a>(r: &'a svd::Register, name: &str) -> &'a svd::Field {
    r.get_field(name).unwrap_or_else(|| panic!("no field {name} in {}", r.name))
}

/// Everything the model says about the registers of `pkg` is in the parsed device.
fn check_against_model(pkg: &Package, device: &Device) {
    let block = pkg.block.as_ref().unwrap();
    assert_eq!(device.name, pkg.stem);
    assert_eq!(device.width, 8 * block.bus_bytes);
    assert_eq!(device.address_unit_bits, 8);
    assert_eq!(device.peripherals.len(), 1);
    let p = &device.peripherals[0];
    assert_eq!(p.base_address, 0);
    let ab = p.address_block.as_ref().expect("addressBlock");
    assert_eq!((ab[0].offset, u64::from(ab[0].size)), (0, block.bytes));
    assert_eq!(p.registers().count(), block.registers.len(), "register count");
    for (r, parsed) in block.registers.iter().zip(p.registers()) {
        let expected_name =
            if r.array.is_some() { format!("{}[%s]", r.name) } else { r.name.clone() };
        assert_eq!(parsed.name, expected_name);
        assert_eq!(u64::from(parsed.address_offset), r.offset, "{} offset", r.name);
        assert_eq!(parsed.properties.size, Some(8 * r.bytes), "{} size", r.name);
        assert_eq!(parsed.properties.reset_value, Some(r.reset), "{} reset", r.name);
        let full = if r.bytes == 8 { u64::MAX } else { (1u64 << (8 * r.bytes)) - 1 };
        assert_eq!(parsed.properties.reset_mask, Some(full), "{} reset mask", r.name);
        match (parsed, r.array) {
            (MaybeArray::Array(_, dim), Some(a)) => {
                assert_eq!(dim.dim, a.count);
                assert_eq!(u64::from(dim.dim_increment), a.stride);
            }
            (MaybeArray::Single(_), None) => {}
            _ => panic!("{}: array mismatch", r.name),
        }
        // `derivedFrom`: the fields are the named earlier register's (same layout and access).
        let parsed = match &parsed.derived_from {
            Some(base) => p
                .registers()
                .find(|b| &b.name == base)
                .unwrap_or_else(|| panic!("{}: derivedFrom {base} names no register", r.name)),
            None => parsed,
        };
        let st = pkg.find_struct(&r.ty).unwrap();
        let visible: Vec<&Field> = st.fields.iter().filter(|f| !f.reserved).collect();
        assert_eq!(parsed.fields().count(), visible.len(), "{} field count", r.name);
        for f in visible {
            let pf = fld(parsed, &f.name);
            assert_eq!(
                (pf.bit_range.offset, pf.bit_range.width),
                (f.lsb, f.width),
                "{}.{}",
                r.name,
                f.name
            );
            // A register sharing a layout may retag its fields (`typedef ..._t cqt_t;  // rw`).
            let access = r.access.or(f.access).unwrap();
            let want = match access {
                Access::Ro | Access::Hwinit => svd::Access::ReadOnly,
                Access::Wo => svd::Access::WriteOnly,
                _ => svd::Access::ReadWrite,
            };
            assert_eq!(pf.access, Some(want), "{}.{} access", r.name, f.name);
            let mwv = match access {
                Access::Rw1c => Some(ModifiedWriteValues::OneToClear),
                Access::Rw1s => Some(ModifiedWriteValues::OneToSet),
                _ => None,
            };
            assert_eq!(pf.modified_write_values, mwv, "{}.{} modifiedWriteValues", r.name, f.name);
            if let FieldKind::Enum(e) = &f.kind {
                let e = pkg.find_enum(e).unwrap();
                let values = &pf.enumerated_values[0].values;
                assert_eq!(values.len(), e.variants.len());
                for (v, pv) in e.variants.iter().zip(values) {
                    assert_eq!((pv.name.as_str(), pv.value), (v.short.as_str(), Some(v.value)));
                }
            }
        }
    }
}

/// The registers the IOMMU driver depends on (both models lay them out the same way).
fn check_iommu_layout(device: &Device) {
    let ddtp = reg(device, "ddtp");
    assert_eq!(ddtp.address_offset, 0x10);
    assert_eq!(ddtp.properties.size, Some(64));
    let mode = fld(ddtp, "iommu_mode");
    assert_eq!((mode.bit_range.offset, mode.bit_range.width), (0, 4));
    assert_eq!(mode.enumerated_values.len(), 1);
    let values = &mode.enumerated_values[0].values;
    assert!(values.len() >= 2);
    assert!(values.iter().any(|v| v.value == Some(0)), "iommu_mode has a value 0: {values:?}");

    let pqcsr = reg(device, "pqcsr");
    assert_eq!(pqcsr.address_offset, 0x50);
    let pqen = fld(pqcsr, "pqen");
    assert_eq!((pqen.bit_range.offset, pqen.bit_range.width), (0, 1));

    let ctr = reg(device, "iohpmctr[%s]");
    let MaybeArray::Array(_, dim) = ctr else { panic!("iohpmctr is not an array") };
    assert_eq!((dim.dim, dim.dim_increment), (31, 8));
    assert_eq!(dim.indexes().next().as_deref(), Some("0"));
    assert_eq!(dim.indexes().last().as_deref(), Some("30"));
}

#[test]
fn hand_built_model_round_trips() {
    let maps = demo_model();
    let xml = render_one(&maps, "demo_regs");
    assert!(
        xml.starts_with("<!-- Generated from regmaps/demo_regs_pkg.sv by codegen (`cargo xtask codegen`); do not edit. -->\n"),
        "{xml}"
    );
    let device = parse_strict(&xml);
    check_against_model(&maps.packages[0], &device);
    check_iommu_layout(&device);

    // Descriptions: escaped XML comes back verbatim; a register without its own summary
    // falls back to the first line of the struct doc.
    assert_eq!(device.description, "Demo register file: <IOMMU> & friends.");
    assert_eq!(
        reg(&device, "ddtp").description.as_deref(),
        Some("Device-directory-table pointer.")
    );
    let mode = fld(reg(&device, "ddtp"), "iommu_mode");
    let bare = &mode.enumerated_values[0].values[1];
    assert_eq!(bare.description.as_deref(), Some("no translation & no <checks>"));
    assert_eq!(mode.enumerated_values[0].values[2].description, None);
    // WARL enum fields only take enum members.
    assert_eq!(mode.write_constraint, Some(WriteConstraint::UseEnumeratedValues(true)));
    assert_eq!(fld(reg(&device, "ddtp"), "ppn").write_constraint, None);

    // Register-level access summarises the fields.
    assert_eq!(reg(&device, "capabilities").properties.access, Some(svd::Access::ReadOnly));
    assert_eq!(reg(&device, "tr_req_iova").properties.access, Some(svd::Access::WriteOnly));
    assert_eq!(reg(&device, "pqcsr").properties.access, Some(svd::Access::ReadWrite));
    // Reserved members are not fields.
    assert!(reg(&device, "pqcsr").get_field("rsvd").is_none());
    assert_eq!(reg(&device, "capabilities").properties.reset_value, Some(0x38_0000_0010));
}

#[test]
fn only_blocks_get_an_svd_and_output_is_deterministic() {
    let mut maps = demo_model();
    let mut plain = maps.packages[0].clone();
    plain.name = "plain_pkg".into();
    plain.stem = "plain".into();
    plain.block = None;
    maps.packages.push(plain);
    let a = codegen::render::svd::render(&maps).unwrap();
    let b = codegen::render::svd::render(&maps).unwrap();
    assert_eq!(a, b);
    let paths: Vec<_> = a.iter().map(|o| o.path.clone()).collect();
    assert_eq!(paths, [PathBuf::from("hw/gen/demo_regs.svd")]);
}

#[test]
fn real_iommu_regs_round_trip() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../regmaps");
    let maps = codegen::load(&dir).unwrap_or_else(|e| panic!("loading {}: {e}", dir.display()));
    let pkg = maps
        .packages
        .iter()
        .find(|p| p.stem == "iommu_regs")
        .expect("regmaps/iommu_regs_pkg.sv is loaded");
    let xml = render_one(&maps, "iommu_regs");
    assert!(xml.starts_with("<!-- Generated from regmaps/iommu_regs_pkg.sv by codegen"));
    let device = parse_strict(&xml);
    check_against_model(pkg, &device);
    check_iommu_layout(&device);
    // Registers held by the core say so in their description; the others do not.
    let block = pkg.block.as_ref().expect("a register block");
    for r in &block.registers {
        let d = device.peripherals[0]
            .registers()
            .find(|x| x.name == r.name || x.name == format!("{}[%s]", r.name))
            .and_then(|x| x.description.clone())
            .unwrap_or_default();
        assert_eq!(d.contains("Held by the core"), r.hw_ext, "{}: {d}", r.name);
    }
    assert!(block.registers.iter().any(|r| r.hw_ext));
    // Every block in the real maps gives a strictly valid SVD.
    for p in maps.packages.iter().filter(|p| p.block.is_some()) {
        let device = parse_strict(&render_one(&maps, &p.stem));
        check_against_model(p, &device);
    }
}
