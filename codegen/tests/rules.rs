//! One test per rule of `regmaps/README.md`: a small bad package is rejected with
//! `file:line: error[rule]: message`, naming the line of the offending declaration. Plus the
//! model a good package parses into.

use std::path::{Path, PathBuf};

use codegen::model::{Access, ByteOrder, FieldKind, RegArray};

/// Write `files` (name, text) into a fresh directory and load it.
fn load_files(
    files: &[(&str, &str)],
) -> (tempfile::TempDir, Result<codegen::Regmaps, codegen::Error>) {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let r = codegen::load(dir.path());
    (dir, r)
}

/// Load `src` as `bad_pkg.sv` and return the error text (panics if it loads).
fn errors(src: &str) -> String {
    let (_dir, r) = load_files(&[("bad_pkg.sv", src)]);
    match r {
        Ok(_) => panic!("package was accepted:\n{src}"),
        Err(e) => e.to_string(),
    }
}

/// 1-based number of the first line of `src` containing `marker`.
fn line_of(src: &str, marker: &str) -> usize {
    src.lines()
        .position(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("`{marker}` not in source"))
        + 1
}

/// `src` is rejected with a `rule` diagnostic on the line containing `marker`, and every
/// diagnostic is of that rule. Returns the matching message line.
fn expect(src: &str, marker: &str, rule: &str) -> String {
    let err = errors(src);
    let want = format!("bad_pkg.sv:{}: error[{rule}]: ", line_of(src, marker));
    for l in err.lines() {
        assert!(l.contains(&format!("error[{rule}]")), "unexpected diagnostic `{l}`; all:\n{err}");
    }
    err.lines()
        .find(|l| l.contains(&want))
        .unwrap_or_else(|| panic!("expected `{want}...` in:\n{err}"))
        .to_string()
}

/// A register block around `body`.
fn block(body: &str) -> String {
    format!(
        "// Test block.
package bad_pkg;
  localparam int unsigned REGBLOCK_BYTES = 'h100;
{body}
endpackage
"
    )
}

/// A plain package around `body`.
fn plain(body: &str) -> String {
    format!("package bad_pkg;\n{body}\nendpackage\n")
}

const CTL: &str = "
  typedef struct packed {
    logic [30:0] rsvd;  // rsvd: reserved
    logic        en;    // rw: enable
  } ctl_t;
";

// ---------------------------------------------------------------------------------------
// syntax, unsupported

#[test]
fn syntax() {
    let src = plain("  localparam int unsigned A = 1\n  localparam int unsigned B = 2;");
    let msg = expect(&src, "B = 2", "syntax");
    assert!(msg.contains("SystemVerilog"), "{msg}");
}

#[test]
fn unsupported_import() {
    let src = plain("  import other_pkg::*;");
    let msg = expect(&src, "import", "unsupported");
    assert!(msg.contains("import"), "{msg}");
}

#[test]
fn unsupported_member_type() {
    let src = plain("  typedef struct packed {\n    foo_t x;  // ro: unknown type\n  } s_t;");
    let msg = expect(&src, "foo_t x", "unsupported");
    assert!(msg.contains("foo_t"), "{msg}");
    let src = plain("  typedef struct packed {\n    int x;  // ro: int member\n  } s_t;");
    expect(&src, "int x", "unsupported");
}

#[test]
fn unsupported_wide_plain_field() {
    let src = plain(
        "  typedef struct packed {\n    logic [79:0] wide;  // too wide for one accessor\n  } s_t;",
    );
    let msg = expect(&src, "wide;", "unsupported");
    assert!(msg.contains("80 bits"), "{msg}");
    // Reserved bits are never accessed and may be wide.
    let ok =
        plain("  typedef struct packed {\n    logic [79:0] rsvd;  // rsvd: reserved\n  } s_t;");
    let (_dir, r) = load_files(&[("bad_pkg.sv", &ok)]);
    assert!(r.is_ok(), "{:?}", r.err().map(|e| e.to_string()));
}

#[test]
fn unsupported_expression_and_function() {
    let src = plain("  localparam int unsigned A = $clog2(16);");
    expect(&src, "$clog2", "unsupported");
    let src = plain("  localparam int unsigned A = UNDECLARED + 1;");
    let msg = expect(&src, "UNDECLARED", "unsupported");
    assert!(msg.contains("UNDECLARED"), "{msg}");
    let src = plain("  localparam int unsigned A = 1;\n  function automatic int f();\n    return 1;\n  endfunction");
    expect(&src, "function", "unsupported");
    let src = plain("  localparam int unsigned A = 64'hFFFF_FFFF_FFFF_FFFF + 1;");
    expect(&src, "localparam", "unsupported");
}

// ---------------------------------------------------------------------------------------
// struct sizes

#[test]
fn uncovered_bits() {
    let src =
        plain("  typedef struct packed {\n    logic [6:0] a;  // a\n  } s_t;\n  localparam int unsigned S_BYTES = 1;");
    let msg = expect(&src, "typedef struct", "uncovered-bits");
    assert!(msg.contains("s_t") && msg.contains('7'), "{msg}");
}

#[test]
fn overlapping_bits() {
    let src =
        plain("  typedef struct packed {\n    logic [8:0] a;  // a\n  } s_t;\n  localparam int unsigned S_BYTES = 1;");
    expect(&src, "typedef struct", "overlapping-bits");
}

// ---------------------------------------------------------------------------------------
// registers

#[test]
fn register_width() {
    let src = block(
        "  typedef struct packed {\n    logic [23:0] a;  // rw: 24 bits\n  } r_t;\n  localparam int unsigned R_OFFSET = 'h0;",
    );
    let msg = expect(&src, "typedef struct", "register-width");
    assert!(msg.contains("24"), "{msg}");
}

#[test]
fn reset_fit_too_wide() {
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h10;\n  localparam ctl_t CTL_RESET = 64'h1_0000_0001;"
    ));
    let msg = expect(&src, "CTL_RESET", "reset-fit");
    assert!(msg.contains("does not fit"), "{msg}");
}

#[test]
fn reset_fit_reserved_bits() {
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h10;\n  localparam ctl_t CTL_RESET = 32'h0000_0003;"
    ));
    let msg = expect(&src, "CTL_RESET", "reset-fit");
    assert!(msg.contains("rsvd"), "{msg}");
}

#[test]
fn offset_align() {
    let src = block(&format!("{CTL}  localparam int unsigned CTL_OFFSET = 'h12;"));
    expect(&src, "CTL_OFFSET", "offset-align");
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h10;
  localparam int unsigned CTL_COUNT = 2;
  localparam int unsigned CTL_STRIDE = 6;"
    ));
    let msg = expect(&src, "CTL_STRIDE", "offset-align");
    assert!(msg.contains("stride"), "{msg}");
}

#[test]
fn offset_overlap_two_registers() {
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h10;
  typedef struct packed {{
    logic [63:0] v;  // ro: value
  }} wide_t;
  localparam int unsigned WIDE_OFFSET = 'h10;"
    ));
    let msg = expect(&src, "WIDE_OFFSET", "offset-overlap");
    assert!(msg.contains("ctl") && msg.contains("wide"), "{msg}");
}

#[test]
fn offset_overlap_array_instance() {
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h20;
  localparam int unsigned CTL_COUNT = 4;
  localparam int unsigned CTL_STRIDE = 8;
  typedef struct packed {{
    logic [31:0] v;  // ro: value
  }} other_t;
  localparam int unsigned OTHER_OFFSET = 'h30;"
    ));
    let msg = expect(&src, "OTHER_OFFSET", "offset-overlap");
    assert!(msg.contains("0x30"), "{msg}");
}

#[test]
fn offset_overlap_outside_block() {
    let src = block(&format!("{CTL}  localparam int unsigned CTL_OFFSET = 'h100;"));
    let msg = expect(&src, "CTL_OFFSET", "offset-overlap");
    assert!(msg.contains("outside"), "{msg}");
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'hF0;
  localparam int unsigned CTL_COUNT = 8;
  localparam int unsigned CTL_STRIDE = 4;"
    ));
    expect(&src, "CTL_OFFSET", "offset-overlap");
}

// ---------------------------------------------------------------------------------------
// access tags

#[test]
fn access_tag_unknown() {
    let src = plain("  typedef struct packed {\n    logic [7:0] a;  // rwx: what\n  } s_t;");
    let msg = expect(&src, "logic [7:0] a", "access-tag");
    assert!(msg.contains("`rwx`"), "{msg}");
}

#[test]
fn access_tag_missing_in_register() {
    let src = block(
        "  typedef struct packed {
    logic [30:0] rsvd;  // rsvd: reserved
    logic        en;    // enable, no tag
  } ctl_t;
  localparam int unsigned CTL_OFFSET = 'h0;",
    );
    let msg = expect(&src, "logic        en", "access-tag");
    assert!(msg.contains("`en`"), "{msg}");
    // Outside register blocks the tag may be left out.
    let (_d, r) = load_files(&[(
        "ok_pkg.sv",
        "package ok_pkg;\n  typedef struct packed {\n    logic a;  // no tag\n  } s_t;\nendpackage\n",
    )]);
    assert!(r.is_ok(), "{:?}", r.err().map(|e| e.to_string()));
}

#[test]
fn access_tag_rsvd_mismatch() {
    let src = plain(
        "  typedef struct packed {\n    logic [6:0] rsvd;  // rw: not reserved?\n    logic a;  // ro: a\n  } s_t;",
    );
    expect(&src, "rsvd;", "access-tag");
    let src =
        plain("  typedef struct packed {\n    logic [6:0] spare;  // rsvd: reserved\n    logic a;  // ro: a\n  } s_t;");
    let msg = expect(&src, "spare", "access-tag");
    assert!(msg.contains("spare"), "{msg}");
}

// ---------------------------------------------------------------------------------------
// enums

#[test]
fn enum_fit_too_wide() {
    let src = plain("  typedef enum logic [1:0] {\n    M_A = 2'd0,\n    M_B = 3'd4\n  } m_t;");
    let msg = expect(&src, "M_B", "enum-fit");
    assert!(msg.contains("M_B"), "{msg}");
}

#[test]
fn enum_fit_duplicate_value() {
    let src = plain("  typedef enum logic [1:0] {\n    M_A = 2'd1,\n    M_B = 2'd1\n  } m_t;");
    let msg = expect(&src, "M_B", "enum-fit");
    assert!(msg.contains("M_A"), "{msg}");
}

// ---------------------------------------------------------------------------------------
// names

#[test]
fn duplicate_name_types() {
    let src = plain(
        "  typedef struct packed {\n    logic a;  // a\n  } s_t;\n  typedef enum logic [1:0] {\n    S_A = 2'd0\n  } s_t;",
    );
    let msg = expect(&src, "typedef enum", "duplicate-name");
    assert!(msg.contains("s_t"), "{msg}");
}

#[test]
fn duplicate_name_members() {
    let src = plain(
        "  typedef struct packed {\n    logic a;  // first\n    logic a;  // second\n  } s_t;",
    );
    expect(&src, "second", "duplicate-name");
}

#[test]
fn duplicate_name_enum_member_and_localparam() {
    let src = plain("  typedef enum logic [1:0] {\n    M_A = 2'd0\n  } m_t;\n  localparam int unsigned M_A = 3;");
    expect(&src, "localparam", "duplicate-name");
}

#[test]
fn naming_offset_for_unknown_type() {
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h0;\n  localparam int unsigned STATUS_OFFSET = 'h4;"
    ));
    let msg = expect(&src, "STATUS_OFFSET", "naming");
    assert!(msg.contains("status_t"), "{msg}");
}

#[test]
fn naming_count_without_stride() {
    let src =
        block(&format!("{CTL}  localparam int unsigned CTL_OFFSET = 'h0;\n  localparam int unsigned CTL_COUNT = 2;"));
    let msg = expect(&src, "CTL_COUNT", "naming");
    assert!(msg.contains("CTL_STRIDE"), "{msg}");
}

#[test]
fn naming_type_suffix_and_offset_outside_block() {
    let src = plain("  typedef struct packed {\n    logic a;  // a\n  } plain_struct;");
    expect(&src, "typedef", "naming");
    let src = plain(&format!("{CTL}  localparam int unsigned CTL_OFFSET = 'h0;"));
    let msg = expect(&src, "CTL_OFFSET", "naming");
    assert!(msg.contains("REGBLOCK_BYTES"), "{msg}");
}

#[test]
fn naming_hwext_names_a_single_register_and_is_one() {
    // Not a register: no type, and a struct without `_OFFSET`.
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h0;\n  localparam bit STATUS_HWEXT = 1'b1;"
    ));
    let msg = expect(&src, "STATUS_HWEXT", "naming");
    assert!(msg.contains("status_t"), "{msg}");
    let src = block(&format!("{CTL}  localparam bit CTL_HWEXT = 1'b1;"));
    let msg = expect(&src, "CTL_HWEXT", "naming");
    assert!(msg.contains("not a register") && msg.contains("CTL_OFFSET"), "{msg}");
    // An array.
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h0;\n  localparam int unsigned CTL_COUNT = 2;\n  \
         localparam int unsigned CTL_STRIDE = 4;\n  localparam bit CTL_HWEXT = 1'b1;"
    ));
    let msg = expect(&src, "CTL_HWEXT", "naming");
    assert!(msg.contains("array"), "{msg}");
    // Not `1'b1`: zero, another width, no type.
    for decl in [
        "localparam bit CTL_HWEXT = 1'b0;",
        "localparam int unsigned CTL_HWEXT = 1;",
        "localparam CTL_HWEXT = 1;",
    ] {
        let src = block(&format!("{CTL}  localparam int unsigned CTL_OFFSET = 'h0;\n  {decl}"));
        let msg = expect(&src, "CTL_HWEXT", "naming");
        assert!(msg.contains("1'b1"), "{decl}: {msg}");
    }
    // The accepted form marks the register.
    let src = block(&format!(
        "{CTL}  localparam int unsigned CTL_OFFSET = 'h0;\n  localparam bit CTL_HWEXT = 1'b1;"
    ));
    let (_dir, r) = load_files(&[("bad_pkg.sv", &src)]);
    let maps = r.unwrap_or_else(|e| panic!("{e}"));
    let regs = &maps.packages[0].block.as_ref().expect("block").registers;
    assert!(regs[0].hw_ext, "CTL_HWEXT marks ctl");
}

#[test]
fn naming_file_matches_package() {
    let (_d, r) = load_files(&[("wrong.sv", "package right_pkg;\nendpackage\n")]);
    let err = r.expect_err("rejected").to_string();
    assert!(err.contains("wrong.sv:1: error[naming]"), "{err}");
}

// ---------------------------------------------------------------------------------------
// collecting

#[test]
fn all_problems_are_reported_sorted() {
    let a = plain(
        "  typedef enum logic [1:0] {\n    M_A = 2'd0,\n    M_B = 2'd4\n  } m_t;\n  localparam int unsigned M_A = 1;",
    )
    .replace("bad_pkg", "a_pkg");
    let b =
        plain("  typedef struct packed {\n    logic [6:0] a;  // a\n  } s_t;\n  localparam int unsigned S_BYTES = 1;")
            .replace("bad_pkg", "b_pkg");
    let (_d, r) = load_files(&[("b_pkg.sv", &b), ("a_pkg.sv", &a)]);
    let err = r.expect_err("rejected").to_string();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(lines[0].contains("a_pkg.sv:4: error[enum-fit]"), "{err}");
    assert!(lines[1].contains("a_pkg.sv:6: error[duplicate-name]"), "{err}");
    assert!(lines[2].contains("b_pkg.sv:2: error[uncovered-bits]"), "{err}");
}

#[test]
fn rule_violations_of_other_files_are_reported_with_syntax_errors() {
    let a = plain("  localparam int unsigned A = ;").replace("bad_pkg", "a_pkg");
    let b = plain("  typedef enum logic [1:0] {\n    M_A = 2'd1,\n    M_B = 2'd1\n  } m_t;")
        .replace("bad_pkg", "b_pkg");
    let (_d, r) = load_files(&[("a_pkg.sv", &a), ("b_pkg.sv", &b)]);
    let err = r.expect_err("rejected").to_string();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("a_pkg.sv:2: error[syntax]"), "{err}");
    assert!(lines[1].contains("b_pkg.sv:4: error[enum-fit]"), "{err}");
}

#[test]
fn odd_files() {
    let (_d, r) = load_files(&[("empty_pkg.sv", "// nothing here\n")]);
    let err = r.expect_err("rejected").to_string();
    assert!(err.contains("empty_pkg.sv:1: error[unsupported]"), "{err}");
    let two = "package two_pkg;\nendpackage\npackage other_pkg;\nendpackage\n";
    let (_d, r) = load_files(&[("two_pkg.sv", two)]);
    let err = r.expect_err("rejected").to_string();
    assert!(err.contains("two_pkg.sv:3: error[unsupported]"), "{err}");
    let module = "package m_pkg;\nendpackage\nmodule m;\nendmodule\n";
    let (_d, r) = load_files(&[("m_pkg.sv", module)]);
    let err = r.expect_err("rejected").to_string();
    assert!(err.contains("m_pkg.sv:3: error[unsupported]"), "{err}");
    // Other files in the directory are ignored; an empty directory is an empty model.
    let (_d, r) = load_files(&[("notes.txt", "not sv")]);
    assert!(r.map(|m| m.packages.is_empty()).unwrap_or(false));
}

// ---------------------------------------------------------------------------------------
// the model of a good package

const GOOD: &str = "// Example block.
// Second line of the description.
package example_pkg;
  localparam int unsigned REGBLOCK_BYTES     = 4096;
  localparam int unsigned REGBLOCK_BUS_BYTES = 8;

  // Operating mode of the translation logic.
  typedef enum logic [3:0] {
    MODE_OFF  = 4'd0,  // all transactions are blocked
    MODE_BARE = 4'd1,  // no translation
    MODE_1LVL = 4'd2   // one level
  } mode_t;

  // Control register.
  // More text.
  typedef struct packed {
    logic [58:0] rsvd;  // rsvd: reserved
    logic        busy;  // ro: a mode change is in progress
    mode_t       mode;  // warl: operating mode
  } ctl_t;
  localparam int unsigned CTL_OFFSET = 'h010;
  localparam ctl_t        CTL_RESET  = 64'h0000_0000_0000_0001;

  typedef struct packed {
    logic [15:0] hi;   // rw1c: high half
    logic [15:0] lo;   // wo: low half
  } cnt_t;
  localparam int unsigned CNT_OFFSET = 'h100;
  localparam int unsigned CNT_COUNT  = 4;
  localparam int unsigned CNT_STRIDE = 8;

  // A wire header in two words.
  typedef struct packed {
    cnt_t       payload;  // payload word
    logic [7:0] rsvd_0;   // rsvd: reserved
    logic [7:0] kind;     // what it is, no tag
    logic [15:0] len;     // length
  } hdr_t;
  localparam int unsigned HDR_BYTES = 8;

  localparam int unsigned BASE = 'h40;            // a base
  localparam logic [11:0] NEXT = BASE + 2 * 'h10 | 12'h001;
  localparam int unsigned SHIFTED = (1 << 4) - 'd1;
  localparam logic [7:0]  ALL = '1;
  localparam mode_t       DEFAULT_MODE = MODE_BARE;
endpackage
";

#[test]
fn good_package_model() {
    let (_d, r) = load_files(&[("example_pkg.sv", GOOD)]);
    let maps = r.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(maps.packages.len(), 1);
    let p = &maps.packages[0];
    let line = |m: &str| line_of(GOOD, m);

    assert_eq!(p.name, "example_pkg");
    assert_eq!(p.stem, "example");
    assert_eq!(p.doc, "Example block.\nSecond line of the description.");
    assert_eq!(p.loc.line, 3);
    assert!(p.loc.file.ends_with("example_pkg.sv"));
    assert_eq!(p.byte_order, ByteOrder::Little);

    // enum
    let e = p.find_enum("mode").expect("mode");
    assert_eq!(e.width, 4);
    assert_eq!(e.doc, "Operating mode of the translation logic.");
    assert_eq!(e.loc.line, line("typedef enum"));
    let v: Vec<(&str, &str, u64, &str)> = e
        .variants
        .iter()
        .map(|v| (v.name.as_str(), v.short.as_str(), v.value, v.doc.as_str()))
        .collect();
    assert_eq!(
        v,
        [
            ("MODE_OFF", "OFF", 0, "all transactions are blocked"),
            ("MODE_BARE", "BARE", 1, "no translation"),
            ("MODE_1LVL", "MODE_1LVL", 2, "one level"),
        ]
    );
    assert_eq!(e.variants[1].loc.line, line("MODE_BARE ="));

    // register struct: fields least significant first
    let s = p.find_struct("ctl").expect("ctl");
    assert_eq!(s.width, 64);
    assert_eq!(s.bytes, None);
    assert_eq!(s.doc, "Control register.\nMore text.");
    assert_eq!(s.loc.line, line("typedef struct packed"));
    let names: Vec<&str> = s.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["mode", "busy", "rsvd"]);
    let mode = &s.fields[0];
    assert_eq!((mode.lsb, mode.width), (0, 4));
    assert_eq!(mode.kind, FieldKind::Enum("mode".into()));
    assert_eq!(mode.access, Some(Access::Warl));
    assert_eq!(mode.doc, "operating mode");
    assert_eq!(mode.loc.line, line("mode_t       mode"));
    let busy = &s.fields[1];
    assert_eq!((busy.lsb, busy.width, busy.access, busy.reserved), (4, 1, Some(Access::Ro), false));
    let rsvd = &s.fields[2];
    assert_eq!(
        (rsvd.lsb, rsvd.width, rsvd.access, rsvd.reserved),
        (5, 59, Some(Access::Rsvd), true)
    );
    assert_eq!(rsvd.msb(), 63);

    // non-register struct with a nested struct, untagged comments and a declared size
    let h = p.find_struct("hdr").expect("hdr");
    assert_eq!((h.width, h.bytes), (64, Some(8)));
    let payload = h.field("payload").expect("payload");
    assert_eq!((payload.lsb, payload.width), (32, 32));
    assert_eq!(payload.kind, FieldKind::Struct("cnt".into()));
    assert_eq!((payload.access, payload.doc.as_str()), (None, "payload word"));
    assert!(h.field("rsvd_0").expect("rsvd_0").reserved);
    let len = h.field("len").expect("len");
    assert_eq!((len.lsb, len.width, len.access), (0, 16, None));

    // block
    let b = p.block.as_ref().expect("block");
    assert_eq!((b.name.as_str(), b.bytes, b.bus_bytes), ("example", 4096, 8));
    assert_eq!(b.loc.line, line("REGBLOCK_BYTES "));
    let regs: Vec<(&str, u64, u32)> =
        b.registers.iter().map(|r| (r.name.as_str(), r.offset, r.bytes)).collect();
    assert_eq!(regs, [("ctl", 0x10, 8), ("cnt", 0x100, 4)]);
    let ctl = &b.registers[0];
    assert_eq!((ctl.ty.as_str(), ctl.reset, ctl.array), ("ctl", 1, None));
    assert_eq!(ctl.doc, "Control register.");
    let cnt = &b.registers[1];
    assert_eq!((cnt.reset, cnt.array), (0, Some(RegArray { count: 4, stride: 8 })));

    // constants: every localparam in source order, with widths and evaluated values
    let c = |n: &str| p.find_const(n).unwrap_or_else(|| panic!("{n}"));
    assert_eq!(p.consts.first().map(|c| c.name.as_str()), Some("REGBLOCK_BYTES"));
    assert_eq!(p.consts.last().map(|c| c.name.as_str()), Some("DEFAULT_MODE"));
    assert_eq!(
        (c("BASE").value, c("BASE").width, c("BASE").doc.as_str()),
        (0x40, Some(32), "a base")
    );
    assert_eq!(c("BASE").loc.line, line("BASE = "));
    assert_eq!((c("NEXT").value, c("NEXT").width), (0x61, Some(12)));
    assert_eq!(c("SHIFTED").value, 15);
    assert_eq!((c("ALL").value, c("ALL").width), (0xff, Some(8)));
    assert_eq!((c("DEFAULT_MODE").value, c("DEFAULT_MODE").width), (1, Some(4)));
    assert_eq!((c("CTL_RESET").value, c("CTL_RESET").width), (1, Some(64)));
    assert_eq!(c("HDR_BYTES").value, 8);
}

#[test]
fn preamble_directives_are_ignored() {
    // The layout every file uses (README): description, preamble, package, `resetall.
    let src = "// Interrupt routing.
// Second line.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package irq_pkg;  // verilator lint_off UNUSEDPARAM
  // Interrupt Line.
  typedef struct packed {
    logic [7:0] line;  // rw: routing information written by firmware
  } interrupt_line_t;
  // verilator lint_on UNUSEDPARAM
endpackage

`resetall
";
    let (_d, r) = load_files(&[("irq_pkg.sv", src)]);
    let maps = r.unwrap_or_else(|e| panic!("{e}"));
    let p = &maps.packages[0];
    assert_eq!(p.doc, "Interrupt routing.\nSecond line.");
    assert_eq!(p.loc.line, 7);
    let s = p.find_struct("interrupt_line").expect("struct");
    assert_eq!(s.doc, "Interrupt Line.");
    assert_eq!(s.loc.line, 9);
    let f = s.field("line").expect("line");
    assert_eq!((f.lsb, f.width, f.access, f.loc.line), (0, 8, Some(Access::Rw), 10));

    // A comment block separated from `package` by a blank line only is not its description.
    let src = "// Not the description.\n\npackage loose_pkg;\nendpackage\n";
    let (_d, r) = load_files(&[("loose_pkg.sv", src)]);
    assert_eq!(r.map(|m| m.packages[0].doc.clone()).unwrap_or_else(|e| panic!("{e}")), "");
}

#[test]
fn big_endian_package() {
    let src = "package wire_pkg;\n  localparam bit BIG_ENDIAN = 1'b1;\nendpackage\n";
    let p =
        codegen::parse::parse_str(Path::new("wire_pkg.sv"), src).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.byte_order, ByteOrder::Big);
    assert_eq!(p.find_const("BIG_ENDIAN").map(|c| (c.value, c.width)), Some((1, Some(1))));
    assert!(p.block.is_none());
}

#[test]
fn parse_str_reports_locations() {
    let file = PathBuf::from("some/dir/x_pkg.sv");
    let err = codegen::parse::parse_str(
        &file,
        "package x_pkg;\n  localparam int unsigned A = B;\nendpackage\n",
    )
    .expect_err("rejected")
    .to_string();
    assert!(err.starts_with("some/dir/x_pkg.sv:2: error[unsupported]:"), "{err}");
}

/// A register sharing a struct's layout (`typedef <layout>_t <name>_t;`) must be placed by
/// `<NAME>_OFFSET` [naming], and `rsvd` cannot be the access of a whole register
/// [access-tag].
#[test]
fn shared_layout_aliases() {
    let layout = "  typedef struct packed {
    logic [31:0] index;  // ro: entry index
  } queue_index_t;
";
    let src =
        block(&format!("{layout}  typedef queue_index_t head_t;  // warl: advanced by software\n"));
    let msg = expect(&src, "head_t;", "naming");
    assert!(msg.contains("`head_t` shares the layout of `queue_index_t`"), "{msg}");

    let src = block(&format!(
        "{layout}  typedef queue_index_t head_t;  // rsvd: nothing\n  localparam int unsigned HEAD_OFFSET = 'h0;\n"
    ));
    expect(&src, "head_t;", "access-tag");

    // A good one: both registers use the layout, each with its own access.
    let src = block(&format!(
        "{layout}  typedef queue_index_t head_t;  // warl: advanced by software
  localparam int unsigned HEAD_OFFSET = 'h0;
  typedef queue_index_t tail_t;
  localparam int unsigned TAIL_OFFSET = 'h4;
"
    ));
    let (_dir, r) = load_files(&[("good_pkg.sv", &src.replace("bad_pkg", "good_pkg"))]);
    let maps = r.expect("package loads");
    let pkg = &maps.packages[0];
    let regs = &pkg.block.as_ref().expect("a block").registers;
    assert_eq!(
        regs.iter().map(|r| (r.name.as_str(), r.ty.as_str())).collect::<Vec<_>>(),
        [("head", "queue_index"), ("tail", "queue_index")]
    );
    let access = |r| pkg.register_layout(r).expect("layout").fields[0].access;
    assert_eq!(access(&regs[0]), Some(Access::Warl));
    assert_eq!(access(&regs[1]), Some(Access::Ro));
}
