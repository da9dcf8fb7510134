//! The Markdown renderer: pages for a hand-built model contain the expected rows.

use std::path::{Path, PathBuf};

use codegen::model::{
    Access, Block, ByteOrder, Const, Enum, Field, FieldKind, Loc, Package, RegArray, Register,
    Regmaps, Struct, Variant,
};
use codegen::Output;

fn loc(file: &str) -> Loc {
    Loc { file: PathBuf::from(format!("/somewhere/regmaps/{file}")), line: 1 }
}

fn field(name: &str, lsb: u32, width: u32, access: Option<Access>, doc: &str) -> Field {
    Field {
        name: name.into(),
        lsb,
        width,
        kind: FieldKind::Bits,
        access,
        reserved: name.starts_with("rsvd"),
        doc: doc.into(),
        loc: Loc::default(),
    }
}

/// Fields most significant first, as declared.
fn strukt(name: &str, doc: &str, mut fields: Vec<Field>) -> Struct {
    fields.reverse();
    let width = fields.iter().map(|f| f.lsb + f.width).max().unwrap_or(0);
    Struct { name: name.into(), width, bytes: None, doc: doc.into(), fields, loc: Loc::default() }
}

fn konst(name: &str, value: u64, doc: &str) -> Const {
    Const { name: name.into(), value, width: Some(32), doc: doc.into(), loc: Loc::default() }
}

fn enumeration(name: &str, width: u32, prefix: &str, variants: &[(&str, u64, &str)]) -> Enum {
    Enum {
        name: name.into(),
        width,
        doc: format!("The {name} encoding."),
        variants: variants
            .iter()
            .map(|&(short, value, doc)| Variant {
                name: format!("{prefix}{short}"),
                short: short.into(),
                value,
                doc: doc.into(),
                loc: Loc::default(),
            })
            .collect(),
        loc: Loc::default(),
    }
}

fn block_package() -> Package {
    let mut mode = field("iommu_mode", 0, 4, Some(Access::Warl), "translation mode");
    mode.kind = FieldKind::Enum("iommu_mode".into());
    let mut ctr = Register {
        name: "iohpmctr".into(),
        ty: "iohpmctr".into(),
        access: None,
        offset: 0x68,
        bytes: 8,
        array: Some(RegArray { count: 31, stride: 8 }),
        reset: 0,
        hw_ext: false,
        doc: "Event counters.".into(),
        loc: Loc::default(),
    };
    let ddtp = Register {
        name: "ddtp".into(),
        ty: "ddtp".into(),
        access: None,
        offset: 0x10,
        bytes: 8,
        array: None,
        reset: 0x1,
        hw_ext: false,
        doc: "Device-directory-table pointer.".into(),
        loc: Loc::default(),
    };
    let pqcsr = Register {
        name: "pqcsr".into(),
        ty: "pqcsr".into(),
        offset: 0x50,
        bytes: 4,
        reset: 0x0000_0102,
        hw_ext: true,
        doc: "Page-request-queue control | status.".into(),
        ..ddtp.clone()
    };
    ctr.loc = Loc::default();
    Package {
        name: "demo_regs_pkg".into(),
        stem: "demo_regs".into(),
        doc: "Demo register file.\n\nSecond paragraph of the description.".into(),
        loc: loc("demo_regs_pkg.sv"),
        byte_order: ByteOrder::Little,
        block: Some(Block {
            name: "demo_regs".into(),
            bytes: 4096,
            bus_bytes: 8,
            registers: vec![ddtp, pqcsr, ctr],
            loc: Loc::default(),
        }),
        enums: vec![enumeration(
            "iommu_mode",
            4,
            "IOMMU_MODE_",
            &[
                ("OFF", 0, "all transactions are blocked"),
                ("BARE", 1, "no translation"),
                ("LVL3", 4, ""),
            ],
        )],
        aliases: Vec::new(),
        structs: vec![
            strukt(
                "ddtp",
                "Device-directory-table pointer.\nHolds the root of the device directory.",
                vec![
                    field("rsvd", 54, 10, Some(Access::Rsvd), "reserved"),
                    field("ppn", 10, 44, Some(Access::Rw), "PPN of the root page"),
                    field("rsvd_1", 5, 5, Some(Access::Rsvd), "reserved"),
                    field("busy", 4, 1, Some(Access::Ro), "a mode change is in progress"),
                    mode,
                ],
            ),
            strukt(
                "pqcsr",
                "Page-request-queue control | status.",
                vec![
                    field("rsvd", 9, 23, Some(Access::Rsvd), "reserved"),
                    field("pqmf", 8, 1, Some(Access::Rw1c), "memory fault"),
                    field("rsvd_1", 2, 6, Some(Access::Rsvd), "reserved"),
                    field("pqie", 1, 1, Some(Access::Rw), "interrupt enable"),
                    field("pqen", 0, 1, Some(Access::Rw), "queue enable"),
                ],
            ),
            strukt(
                "iohpmctr",
                "Event counters.",
                vec![field("counter", 0, 64, Some(Access::Rw), "count")],
            ),
            strukt(
                "fault_record",
                "A fault record (in memory).",
                vec![
                    field("iotval", 32, 32, None, "faulting address"),
                    field("cause", 0, 32, None, "fault cause: `x<y`, not <n>"),
                ],
            ),
        ],
        consts: vec![
            konst("REGBLOCK_BYTES", 4096, ""),
            konst("DDTP_OFFSET", 0x10, ""),
            konst("DDTP_RESET", 1, ""),
            konst("IOHPMCTR_COUNT", 31, ""),
            konst("IOHPMCTR_STRIDE", 8, ""),
            konst("PQCSR_HWEXT", 1, ""),
            konst("MAX_DEVICES", 0x100_0000, "number of device IDs"),
        ],
    }
}

fn tlp_package() -> Package {
    let mut fmt = field("fmt", 29, 3, None, "format");
    fmt.kind = FieldKind::Enum("tlp_fmt".into());
    let mut dw0 = field("dw0", 96, 32, None, "first doubleword");
    dw0.kind = FieldKind::Struct("tlp_dw0".into());
    let mut ty = field("type", 24, 5, None, "type");
    ty.kind = FieldKind::Enum("tlp_type".into());
    let types: Vec<(String, u64)> = (0..9).map(|i| (format!("T{i}"), i)).collect();
    let types: Vec<(&str, u64, &str)> = types.iter().map(|(n, v)| (n.as_str(), *v, "")).collect();
    let mut mem = strukt(
        "mem_req_hdr",
        "Memory request header, 64-bit address.",
        vec![
            dw0,
            field("requester_id", 80, 16, None, "requester"),
            field("tag", 72, 8, None, "tag"),
            field("last_be", 68, 4, None, "last DW byte enables"),
            field("first_be", 64, 4, None, "first DW byte enables"),
            field("addr", 2, 62, None, "address [63:2]"),
            field("rsvd", 0, 2, Some(Access::Rsvd), "reserved"),
        ],
    );
    mem.bytes = Some(16);
    Package {
        name: "demo_tlp_pkg".into(),
        stem: "demo_tlp".into(),
        doc: "TLP formats.".into(),
        loc: loc("demo_tlp_pkg.sv"),
        byte_order: ByteOrder::Big,
        block: None,
        enums: vec![
            enumeration(
                "tlp_fmt",
                3,
                "TLP_FMT_",
                &[("3DW_NODATA", 0, "3 DW header, no data"), ("4DW_DATA", 3, "")],
            ),
            enumeration("tlp_type", 5, "TLP_TYPE_", &types),
        ],
        aliases: Vec::new(),
        structs: vec![
            strukt("tlp_dw0", "Header DW0.", vec![fmt, ty, field("length", 0, 24, None, "rest")]),
            mem,
        ],
        consts: vec![
            konst("BIG_ENDIAN", 1, ""),
            konst("MEM_REQ_HDR_BYTES", 16, ""),
            konst("MSG_CODE_PME", 0x18, "PM_PME message | code"),
        ],
    }
}

fn render() -> Vec<Output> {
    let maps = Regmaps { packages: vec![block_package(), tlp_package()] };
    codegen::render::markdown::render(&maps).expect("render")
}

fn page<'a>(out: &'a [Output], path: &str) -> &'a str {
    &out.iter().find(|o| o.path == Path::new(path)).unwrap_or_else(|| panic!("no {path}")).contents
}

fn assert_has(text: &str, needle: &str) {
    assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
}

#[test]
fn one_page_per_package_and_an_index() {
    let out = render();
    let paths: Vec<_> = out.iter().map(|o| o.path.to_string_lossy().into_owned()).collect();
    assert_eq!(
        paths,
        ["hw/gen/doc/demo_regs.md", "hw/gen/doc/demo_tlp.md", "hw/gen/doc/README.md"]
    );
    let index = page(&out, "hw/gen/doc/README.md");
    assert!(index.starts_with(
        "<!-- Generated from regmaps/*.sv by codegen (`cargo xtask codegen`); do not edit. -->\n"
    ));
    assert_has(index, "| [demo_regs](demo_regs.md) | `demo_regs_pkg` | register block, 4096 bytes, 3 registers, 1 enums | Demo register file. |");
    assert_has(index, "| [demo_tlp](demo_tlp.md) | `demo_tlp_pkg` | 2 structures, 2 enums, big-endian | TLP formats. |");
    assert_eq!(render(), out, "deterministic");
}

#[test]
fn register_block_page() {
    let out = render();
    let md = page(&out, "hw/gen/doc/demo_regs.md");
    assert!(md.starts_with(
        "<!-- Generated from regmaps/demo_regs_pkg.sv by codegen (`cargo xtask codegen`); do not edit. -->\n# demo_regs\n"
    ));
    assert_has(md, "Demo register file.\n\nSecond paragraph of the description.\n");
    assert_has(md, "A register block of 4096 bytes (`0x1000`) with a 64-bit bus.");
    // Summary table with anchors.
    assert_has(md, "| Offset | Register | Bits | Access | Reset | Description |");
    assert_has(md, "| `0x010` | [`ddtp`](#reg-ddtp) | 64 | ro, rw, warl | `0x0000_0000_0000_0001` | Device-directory-table pointer. |");
    assert_has(md, "| `0x050` | [`pqcsr`](#reg-pqcsr) | 32 | rw, rw1c; held by the core | `0x0000_0102` | Page-request-queue control \\| status. |");
    assert_has(md, "| `0x068` + n × `0x8` | [`iohpmctr`](#reg-iohpmctr)[n], n = 0..30 | 64 | rw | `0x0000_0000_0000_0000` | Event counters. |");
    // Register sections with field tables, most significant field first.
    assert_has(md, "<a id=\"reg-ddtp\"></a>\n### `ddtp` at 0x010\n\nDevice-directory-table pointer.\nHolds the root of the device directory.\n");
    assert_has(md, "| Bits | Field | Access | Reset | Description |\n|---|---|---|---|---|\n| [63:54] | rsvd | rsvd | 0x0 | reserved |\n| [53:10] | ppn | rw | 0x0 | PPN of the root page |");
    assert_has(md, "| [4] | busy | ro | 0 | a mode change is in progress |");
    assert_has(
        md,
        "| [3:0] | iommu_mode | warl | 0x1 (`BARE`) | translation mode<br>Type: [`iommu_mode_t`](#enum-iommu_mode)<br>`OFF` = 0x0: all transactions are blocked<br>`BARE` = 0x1: no translation<br>`LVL3` = 0x4 |",
    );
    assert_has(md, "| [8] | pqmf | rw1c | 1 | memory fault |");
    // A register held by the core says so, and what the block hands over.
    assert_has(md, "32 bits, reset value `0x0000_0102`.\n\nHeld by the core: the register block stores nothing;");
    assert_has(md, "(`reg2hw.pqcsr.q`, `.qe`, `.be`: data, pulse, byte enables)");
    assert_eq!(md.matches("Held by the core").count(), 1, "only pqcsr is held by the core");
    assert_has(md, "| [1] | pqie | rw | 1 | interrupt enable |");
    assert_has(md, "31 instances `iohpmctr[0]` … `iohpmctr[30]`, stride 8 bytes: instance n is at `0x068` + n × `0x8` (last at `0x158`).");
    // Structures that are not registers get their own section; registers do not.
    assert_has(md, "## Structures\n\n<a id=\"struct-fault_record\"></a>\n### `fault_record_t`\n");
    assert!(!md.contains("struct-ddtp"));
    assert_has(md, "Size: 8 bytes (64 bits). Byte order: little-endian.");
    assert_has(md, "| Bits | Field | Description |\n|---|---|---|\n| [63:32] | iotval | faulting address |\n| [31:0] | cause | fault cause: `x<y`, not &lt;n> |");
    // Enums and the constants that are not layout parameters.
    assert_has(md, "<a id=\"enum-iommu_mode\"></a>\n### `iommu_mode_t`\n");
    assert_has(md, "| `4'h0` (0) | `IOMMU_MODE_OFF` | `OFF` | all transactions are blocked |");
    assert_has(md, "| `4'h4` (4) | `IOMMU_MODE_LVL3` | `LVL3` |  |");
    assert_has(md, "| `MAX_DEVICES` | `0x1000000` (16777216) | 32 | number of device IDs |");
    for hidden in [
        "REGBLOCK_BYTES",
        "DDTP_OFFSET",
        "DDTP_RESET",
        "IOHPMCTR_COUNT",
        "IOHPMCTR_STRIDE",
        "PQCSR_HWEXT",
    ] {
        assert!(!md.contains(hidden), "{hidden} is listed");
    }
}

#[test]
fn big_endian_structures_show_wire_positions() {
    let out = render();
    let md = page(&out, "hw/gen/doc/demo_tlp.md");
    assert!(md.starts_with("<!-- Generated from regmaps/demo_tlp_pkg.sv by codegen"));
    assert!(!md.contains("## Registers"));
    assert_has(md, "Byte order: big-endian (byte 0 holds the most significant byte");
    assert_has(md, "Byte order: big-endian (Wire: place in the byte image, DW0 first).");
    assert_has(md, "### `mem_req_hdr_t`\n\nMemory request header, 64-bit address.\n\nSize: 16 bytes (128 bits), declared by `MEM_REQ_HDR_BYTES`.");
    assert_has(md, "| Bits | Wire | Field | Description |\n|---|---|---|---|\n| [127:96] | DW0 [31:0] | dw0 | first doubleword<br>Type: [`tlp_dw0_t`](#struct-tlp_dw0) |");
    assert_has(md, "| [95:80] | DW1 [31:16] | requester_id | requester |");
    // Large enums are linked, not listed in the field table.
    assert_has(md, "| [28:24] | DW0 [28:24] | type | type<br>Type: [`tlp_type_t`](#enum-tlp_type) (9 values) |");
    assert_has(md, "| `5'h08` (8) | `TLP_TYPE_T8` | `T8` |  |");
    assert_has(md, "| [67:64] | DW1 [3:0] | first_be | first DW byte enables |");
    assert_has(md, "| [63:2] | DW2 [31:0], DW3 [31:2] | addr | address [63:2] |");
    assert_has(md, "| [1:0] | DW3 [1:0] | rsvd | reserved |");
    assert_has(md, "| [31:29] | DW0 [31:29] | fmt | format<br>Type: [`tlp_fmt_t`](#enum-tlp_fmt)<br>`3DW_NODATA` = 0x0: 3 DW header, no data<br>`4DW_DATA` = 0x3 |");
    assert_has(md, "| `3'h3` (3) | `TLP_FMT_4DW_DATA` | `4DW_DATA` |  |");
    assert_has(md, "## Constants\n\n| Name | Value | Bits | Description |\n|---|---|---|---|\n| `MSG_CODE_PME` | `0x18` (24) | 32 | PM_PME message \\| code |\n");
    assert!(!md.contains("`BIG_ENDIAN`"));
    assert!(!md.contains("| `MEM_REQ_HDR_BYTES`"));
}
