//! SystemVerilog register blocks (`hw/gen/`): for every register-block package two files,
//! `<stem>_reg_pkg.sv` (the packed `reg2hw`/`hw2reg` structs between the block and the
//! hand-written core, OpenTitan's seam) and `<stem>_reg_top.sv` (an AXI4-Lite slave that
//! normalises the bus into one internal write and one read request, PeakRDL-regblock style,
//! and implements every field by its access tag, `regmaps/README.md`).
//!
//! All bit arithmetic (word addresses, byte lanes, masks, reset slices) happens here; the
//! templates `templates/sv_reg_pkg.sv.j2` and `templates/sv_reg_top.sv.j2` only lay out lines.
//!
//! Hardware interface (`<stem>_reg_pkg::<stem>_reg2hw_t` / `<stem>_hw2reg_t`), per field:
//!
//! | access | `reg2hw.<reg>.<field>` | `hw2reg.<reg>.<field>` |
//! |---|---|---|
//! | rw, wo | `.q`, `.qe` | - |
//! | warl | `.q`, `.qe` | `.d`, `.de` (hardware wins over a write in the same cycle) |
//! | rw1c | `.q` | `.set` (wins over a clear) |
//! | rw1s | `.q` | `.clr` (wins over a set) |
//! | ro | - | `.d` |
//! | hwinit, rsvd | - | - |
//!
//! A register held by the core (`<NAME>_HWEXT`, `Register::hw_ext`) has no per-field members
//! and no storage: `reg2hw.<reg>` is `{ <reg>_t q; logic qe; logic [BYTES-1:0] be; }` (the
//! data of the bytes written, kept per byte; the write's pulse, in the cycle a field's `.qe`
//! would pulse; its byte enables, zero in every other cycle) and `hw2reg.<reg>` is
//! `{ <reg>_t d; }` (what reads return, `rsvd` members forced to zero). `<reg>_t` in
//! `<stem>_reg_pkg` copies the register's layout member for member (enum and struct members
//! as vectors), so it assigns to and from `<pkg>::<reg>_t` unchanged.
//!
//! `.qe` is high for one cycle together with the first cycle `.q` shows a software write (a
//! warl enum write that is ignored gives no pulse). A register with no member on a side is
//! left out of that side; an empty side is `logic unused;`. The block is an AXI4-Lite slave
//! (`s_axil_*`, one outstanding write and read, OKAY everywhere, unmapped offsets read zero)
//! with an asynchronous active-low reset `rst_ni`.
//!
//! The members of both structs, in order, come from [`Interface`]; `render::hwif` renders
//! the co-simulation's bit positions (`cosim/src/gen/`) from the same value.
//!
//! Choices forced by the tools (both files must pass `verilator --lint-only -Wall` and Yosys):
//! - Yosys resolves no `other_pkg::name` inside a package, so enum-typed fields are
//!   `logic [N-1:0]` in `<stem>_reg_pkg` (a comment names the enum type of `<stem>_pkg`).
//! - Yosys cannot select a member of an element of a packed array of structs
//!   (`reg2hw.foo[1].bar.q`), so a register array gets one member per instance:
//!   `reg2hw.foo_0.bar.q`, `reg2hw.foo_1.bar.q`, ...

use std::collections::BTreeSet;

use serde::Serialize;

use super::header;
use crate::model::{Access, Block, Field, FieldKind, Package, Register, Regmaps, Struct};
use crate::{source_name, Error, Output};

const PKG_TEMPLATE: (&str, &str) =
    ("sv_reg_pkg.sv.j2", include_str!("../../templates/sv_reg_pkg.sv.j2"));
const TOP_TEMPLATE: (&str, &str) =
    ("sv_reg_top.sv.j2", include_str!("../../templates/sv_reg_top.sv.j2"));

/// Render `hw/gen/<stem>_reg_pkg.sv` and `hw/gen/<stem>_reg_top.sv` for every package that
/// declares a register block, in package order.
pub fn render(maps: &Regmaps) -> Result<Vec<Output>, Error> {
    let env = super::environment(&[PKG_TEMPLATE, TOP_TEMPLATE])?;
    let mut out = Vec::new();
    for pkg in &maps.packages {
        let Some(block) = &pkg.block else { continue };
        let design = Design::build(pkg, block)?;
        out.push(Output {
            path: format!("hw/gen/{}_reg_pkg.sv", pkg.stem).into(),
            contents: super::render_template(&env, PKG_TEMPLATE.0, &design.pkg)?,
        });
        out.push(Output {
            path: format!("hw/gen/{}_reg_top.sv", pkg.stem).into(),
            contents: super::render_template(&env, TOP_TEMPLATE.0, &design.top)?,
        });
    }
    Ok(out)
}

fn model_error(pkg: &Package, what: impl std::fmt::Display) -> Error {
    Error::Render { template: "sv".to_string(), message: format!("{}: {what}", pkg.loc) }
}

// ---------------------------------------------------------------------------------------
// Template contexts
// ---------------------------------------------------------------------------------------

/// `<stem>_reg_pkg.sv`.
#[derive(Serialize)]
struct PkgCtx {
    header: String,
    name: String,
    src_pkg: String,
    stem: String,
    summary: String,
    /// Layouts of the registers held by the core, in offset order.
    copies: Vec<CopyCtx>,
    sides: Vec<SideCtx>,
}

/// One direction of the seam: `reg2hw` or `hw2reg`.
#[derive(Serialize)]
struct SideCtx {
    name: &'static str,
    type_name: String,
    summary: &'static str,
    /// One struct type per register that has members on this side.
    regs: Vec<RegTypeCtx>,
    /// Members of the side's struct: one per register instance, or `logic unused;`.
    members: Vec<String>,
}

#[derive(Serialize)]
struct RegTypeCtx {
    type_name: String,
    comment: String,
    /// Declaration lines of the register's own leaves (registers held by the core).
    reg_members: Vec<String>,
    fields: Vec<FieldTypeCtx>,
}

/// `typedef struct packed { ... } <reg>_t;` in `<stem>_reg_pkg`: the layout of a register
/// held by the core, member for member as in the regmap package (the type of its `.q` and
/// `.d`).
#[derive(Serialize)]
struct CopyCtx {
    type_name: String,
    comment: String,
    /// Complete declaration lines (`logic [43:0] ppn;  // warl: ...`).
    members: Vec<String>,
}

#[derive(Serialize)]
struct FieldTypeCtx {
    name: String,
    comment: String,
    /// Complete declaration lines (`logic [3:0] q;  // ...`).
    members: Vec<String>,
}

/// `<stem>_reg_top.sv`.
#[derive(Serialize)]
struct TopCtx {
    header: String,
    module: String,
    reg_pkg: String,
    src_pkg: String,
    summary: String,
    block_bytes: u64,
    bus_bytes: u32,
    addr_width: u32,
    data_width: u32,
    reg2hw_t: String,
    hw2reg_t: String,
    /// `{{8{wr_strb[3]}}, ..., {8{wr_strb[0]}}}`
    bmask_expr: String,
    selects: Vec<SelectCtx>,
    fields: Vec<FieldLogicCtx>,
    /// Registers held by the core (`<NAME>_HWEXT`), in offset order.
    hwext: Vec<HwextLogicCtx>,
    reads: Vec<ReadCtx>,
    reg2hw_unused: bool,
    unused_terms: Vec<String>,
}

/// `assign <name> = <expr>;` for one register instance and bus word.
#[derive(Serialize)]
struct SelectCtx {
    name: String,
    expr: String,
    comment: String,
}

/// The storage and next-state logic of one software-writable field instance.
#[derive(Serialize)]
struct FieldLogicCtx {
    /// `ddtp.iommu_mode (warl): operating mode`
    tag: String,
    /// Access tag: rw, wo, warl, rw1c or rw1s.
    kind: &'static str,
    /// Signal prefix, e.g. `ddtp_iommu_mode`.
    p: String,
    /// `[3:0] ` or empty for one bit.
    range: String,
    reset: String,
    /// Write mask: which field bits the current write touches (strobes and address).
    wm: String,
    /// Write data aligned to the field.
    wd: String,
    /// Legality check of the candidate value `<p>_wv` (enum-typed warl fields).
    legal: Option<String>,
    /// `reg2hw.<inst>.<field>`
    r2h: String,
    /// `hw2reg.<inst>.<field>`
    h2r: String,
}

/// The write capture of one register held by the core: the data and byte enables of the
/// last software write and its one-cycle pulse (`reg2hw.<inst>.q/.qe/.be`).
#[derive(Serialize)]
struct HwextLogicCtx {
    /// `ddtp (held by the core): Device-directory-table pointer ...`
    tag: String,
    /// Signal prefix: the instance name, e.g. `ddtp`.
    p: String,
    /// `[63:0] `: the register's bits.
    range: String,
    /// `[7:0] `: one bit per byte of the register (empty for one byte).
    be_range: String,
    /// Write mask (strobes and address) and write data, aligned to the register.
    wm: String,
    wd: String,
    /// Byte enables of the current write, bit k = byte k of the register.
    be: String,
    /// `reg2hw.<inst>`
    r2h: String,
    /// Reserved bits of `hw2reg.<inst>.d` (read as zero): terms of `unused_inputs`.
    #[serde(skip)]
    unused: Vec<String>,
}

/// One term of the read-data OR.
#[derive(Serialize)]
struct ReadCtx {
    tag: String,
    /// `rd_data[3:0]`
    lhs: String,
    /// `({4{ddtp_rsel}} & ddtp_iommu_mode_q)`
    term: String,
}

// ---------------------------------------------------------------------------------------
// Building the contexts
// ---------------------------------------------------------------------------------------

struct Design {
    pkg: PkgCtx,
    top: TopCtx,
}

/// One register instance (arrays are unrolled).
pub struct Instance<'a> {
    pub reg: &'a Register,
    /// `Some(n)` for element `n` of a register array.
    pub index: Option<u32>,
    /// `ddtp`, or `iohpmctr_3` for an array element: the member name in reg2hw / hw2reg.
    pub name: String,
    /// `ddtp`, or `iohpmctr[3]` (for comments).
    pub label: String,
    /// Byte offset of the instance.
    pub offset: u64,
}

/// A contiguous run of a field's bits that lies in one bus word.
struct Segment {
    /// Index of the bus word among the words the register instance covers.
    word: usize,
    /// Field bit range, relative to the field's lsb.
    field_lo: u32,
    field_hi: u32,
    /// Bit range on the data bus.
    bus_lo: u32,
    bus_hi: u32,
}

impl Segment {
    fn width(&self) -> u32 {
        self.field_hi - self.field_lo + 1
    }
}

/// The value software reads from a field.
enum ReadValue {
    /// A signal as wide as the field (`<p>_q`, `hw2reg.<inst>.<field>.d`).
    Signal(String),
    /// The field's constant value (hwinit).
    Const(u64),
}

impl ReadValue {
    /// The part of the value that lies in segment `s` (`whole`: the segment is the field).
    fn segment(&self, s: &Segment, whole: bool) -> String {
        match self {
            ReadValue::Signal(sig) if whole => sig.clone(),
            ReadValue::Signal(sig) => slice(sig, s.field_hi, s.field_lo),
            ReadValue::Const(v) => literal(s.width(), bits(*v, s.field_lo, s.width())),
        }
    }
}

/// Names of the selects of one register instance (one per bus word it covers).
struct Selects {
    wsel: Vec<String>,
    rsel: Vec<String>,
    words: Vec<u64>,
    wused: Vec<bool>,
    rused: Vec<bool>,
}

impl Design {
    fn build(pkg: &Package, block: &Block) -> Result<Design, Error> {
        let stem = pkg.stem.clone();
        let header = header("// ", &source_name(pkg), "");
        let summary = pkg.doc.lines().next().unwrap_or("").trim().to_string();
        if block.bus_bytes != 4 && block.bus_bytes != 8 {
            return Err(model_error(
                pkg,
                format!("bus width of {} bytes (4 or 8)", block.bus_bytes),
            ));
        }
        let bus_bytes = u64::from(block.bus_bytes);
        let addr_lsb = block.bus_bytes.trailing_zeros();
        let addr_width = clog2(block.bytes).max(addr_lsb + 1);
        let word_width = addr_width - addr_lsb;
        let data_width = 8 * block.bus_bytes;
        let reg_pkg = format!("{stem}_reg_pkg");
        let src_pkg = pkg.name.clone();

        let mut regs: Vec<&Register> = block.registers.iter().collect();
        regs.sort_by_key(|r| r.offset);

        let seam = Interface::build(pkg, block)?;
        let mut selects = Vec::new();
        let mut fields = Vec::new();
        let mut reads = Vec::new();
        let mut hwext = Vec::new();
        let mut names = Names::default(); // signals of the module

        for reg in regs {
            let st = pkg.find_struct(&reg.ty).ok_or_else(|| {
                model_error(pkg, format!("register {}: no struct {}_t", reg.name, reg.ty))
            })?;
            let decl = declared_fields(pkg, reg, st)?;

            for inst in instances(reg) {
                let first_word = inst.offset / bus_bytes;
                let last_word = (inst.offset + u64::from(reg.bytes) - 1) / bus_bytes;
                let words: Vec<u64> = (first_word..=last_word).collect();
                let suffix = |k: usize| {
                    if words.len() == 1 {
                        String::new()
                    } else {
                        k.to_string()
                    }
                };
                let mut sel = Selects {
                    wsel: (0..words.len())
                        .map(|k| format!("{}_wsel{}", inst.name, suffix(k)))
                        .collect(),
                    rsel: (0..words.len())
                        .map(|k| format!("{}_rsel{}", inst.name, suffix(k)))
                        .collect(),
                    wused: vec![false; words.len()],
                    rused: vec![false; words.len()],
                    words,
                };

                if reg.hw_ext {
                    hwext.push(hwext_logic(
                        pkg, &inst, st, &decl, bus_bytes, first_word, &mut sel, &mut reads,
                        &mut names,
                    )?);
                }
                for &(f, acc) in decl.iter().filter(|_| !reg.hw_ext) {
                    let segs = segments(&inst, f, bus_bytes, first_word);
                    let p = format!("{}_{}", inst.name, f.name);
                    let tag =
                        format!("{}.{} ({}): {}", inst.label, f.name, acc.tag(), one_line(&f.doc));
                    let r2h = format!("reg2hw.{}.{}", inst.name, f.name);
                    let h2r = format!("hw2reg.{}.{}", inst.name, f.name);

                    if acc.sw_writable() {
                        for s in &segs {
                            sel.wused[s.word] = true;
                        }
                        let reset = field_bits(inst.reg.reset, f);
                        let legal = if acc == Access::Warl {
                            legality(pkg, f, &format!("{p}_wv"))?
                        } else {
                            None
                        };
                        for suffix in ["q", "d", "wm", "wd", "wv", "legal", "qe_q", "qe_d"] {
                            names.claim(pkg, format!("{p}_{suffix}"))?;
                        }
                        fields.push(FieldLogicCtx {
                            tag: tag.clone(),
                            kind: acc.tag(),
                            p: p.clone(),
                            range: range(f.width),
                            reset: literal(f.width, reset),
                            wm: concat(segs.iter().rev().map(|s| {
                                and_sel(&sel.wsel[s.word], s.width(), &bus_slice("wr_bmask", s))
                            })),
                            wd: concat(segs.iter().rev().map(|s| bus_slice("wr_data", s))),
                            legal,
                            r2h,
                            h2r: h2r.clone(),
                        });
                    }

                    // What software reads back.
                    let value = match acc {
                        Access::Ro => Some(ReadValue::Signal(format!("{h2r}.d"))),
                        Access::Rw | Access::Rw1c | Access::Rw1s | Access::Warl => {
                            Some(ReadValue::Signal(format!("{p}_q")))
                        }
                        Access::Hwinit => match field_bits(inst.reg.reset, f) {
                            0 => None, // reads zero: nothing to OR in
                            reset => Some(ReadValue::Const(reset)),
                        },
                        Access::Wo | Access::Rsvd => None,
                    };
                    if let Some(value) = value {
                        for s in &segs {
                            sel.rused[s.word] = true;
                            reads.push(ReadCtx {
                                tag: tag.clone(),
                                lhs: bus_slice("rd_data", s),
                                term: format!(
                                    "({})",
                                    and_sel(
                                        &sel.rsel[s.word],
                                        s.width(),
                                        &value.segment(s, segs.len() == 1)
                                    )
                                ),
                            });
                        }
                    }
                }

                for (k, &word) in sel.words.iter().enumerate() {
                    let word_lit = literal(word_width, word);
                    let where_ = format!("{} word at 0x{:03x}", inst.label, word * bus_bytes);
                    if sel.wused[k] {
                        names.claim(pkg, sel.wsel[k].clone())?;
                        selects.push(SelectCtx {
                            name: sel.wsel[k].clone(),
                            expr: format!("wr_en && (wr_addr == {word_lit})"),
                            comment: format!("write to {where_}"),
                        });
                    }
                    if sel.rused[k] {
                        names.claim(pkg, sel.rsel[k].clone())?;
                        selects.push(SelectCtx {
                            name: sel.rsel[k].clone(),
                            expr: format!("rd_addr == {word_lit}"),
                            comment: format!("read of {where_}"),
                        });
                    }
                }
            }
        }

        let copies = register_copies(pkg, block)?;
        let mut types = Names::default();
        let type_names = [&seam.reg2hw, &seam.hw2reg]
            .into_iter()
            .flat_map(|side| {
                std::iter::once(side.type_name.clone())
                    .chain(side.regs.iter().map(|r| r.type_name.clone()))
            })
            .chain(copies.iter().map(|c| c.type_name.clone()));
        for name in type_names {
            types.claim(pkg, name)?;
        }

        let reg2hw_unused = seam.reg2hw.is_empty();
        let hw2reg_unused = seam.hw2reg.is_empty();

        let mut unused_terms = vec![
            "s_axil_awprot".to_string(),
            "s_axil_arprot".to_string(),
            "s_axil_awaddr[ADDR_LSB-1:0]".to_string(),
            "s_axil_araddr[ADDR_LSB-1:0]".to_string(),
            "wr_en".to_string(),
            "wr_addr".to_string(),
            "wr_data".to_string(),
            "wr_bmask".to_string(),
            "rd_addr".to_string(),
        ];
        if hw2reg_unused {
            unused_terms.push("hw2reg.unused".to_string());
        }
        // Reserved bits of what the core drives for a register it holds: read as zero.
        unused_terms.extend(hwext.iter().flat_map(|h| h.unused.iter().cloned()));

        let bmask_expr =
            concat((0..block.bus_bytes).rev().map(|i| format!("{{8{{wr_strb[{i}]}}}}")));

        let pkg_ctx = PkgCtx {
            header: header.clone(),
            name: reg_pkg.clone(),
            src_pkg: src_pkg.clone(),
            stem: stem.clone(),
            summary: summary.clone(),
            copies,
            sides: vec![
                side_ctx(pkg, &seam.reg2hw, "register block -> core: what software wrote"),
                side_ctx(pkg, &seam.hw2reg, "core -> register block: what hardware drives"),
            ],
        };
        let top = TopCtx {
            header,
            module: format!("{stem}_reg_top"),
            reg_pkg,
            src_pkg,
            summary,
            block_bytes: block.bytes,
            bus_bytes: block.bus_bytes,
            addr_width,
            data_width,
            reg2hw_t: seam.reg2hw.type_name.clone(),
            hw2reg_t: seam.hw2reg.type_name.clone(),
            bmask_expr,
            selects,
            fields,
            hwext,
            reads,
            reg2hw_unused,
            unused_terms,
        };
        Ok(Design { pkg: pkg_ctx, top })
    }
}

/// The logic of one instance of a register held by the core (`<NAME>_HWEXT`): no field is
/// stored; the block registers the data and byte enables of every write that touches the
/// register (`reg2hw.<inst>.q/.be`, with the pulse `.qe` in the cycle after the internal
/// write, the same cycle convention as the fields' `.qe`), and a read returns
/// `hw2reg.<inst>.d` with the reserved members forced to zero. Marks the bus words the
/// register uses in `sel` and adds its read terms to `reads`.
#[allow(clippy::too_many_arguments)]
fn hwext_logic(
    pkg: &Package,
    inst: &Instance,
    st: &Struct,
    decl: &[(&Field, Access)],
    bus_bytes: u64,
    first_word: u64,
    sel: &mut Selects,
    reads: &mut Vec<ReadCtx>,
    names: &mut Names,
) -> Result<HwextLogicCtx, Error> {
    let p = inst.name.clone();
    let whole = Field {
        name: p.clone(),
        lsb: 0,
        width: st.width,
        kind: FieldKind::Bits,
        ..Field::default()
    };
    let segs = segments(inst, &whole, bus_bytes, first_word);
    for s in &segs {
        sel.wused[s.word] = true;
    }
    for suffix in ["q", "d", "wm", "wd", "be_q", "be_d", "qe_q"] {
        names.claim(pkg, format!("{p}_{suffix}"))?;
    }
    // Registers start on their size (validate: offset-align), so every segment is whole
    // bytes: bytes field_lo/8.. of the register in byte lanes bus_lo/8.. of the bus.
    let be = concat(segs.iter().rev().map(|s| {
        let lanes = BusBytes { lo: s.bus_lo / 8, hi: s.bus_hi / 8 };
        and_sel(&sel.wsel[s.word], lanes.hi - lanes.lo + 1, &lanes.slice("wr_strb"))
    }));
    let h2r = format!("hw2reg.{}.d", inst.name);
    let mut unused = Vec::new();
    for &(f, acc) in decl {
        let value = format!("{h2r}.{}", f.name);
        if acc == Access::Rsvd {
            unused.push(value);
            continue;
        }
        let segs = segments(inst, f, bus_bytes, first_word);
        let tag = format!(
            "{}.{} ({}, held by the core): {}",
            inst.label,
            f.name,
            acc.tag(),
            one_line(&f.doc)
        );
        for s in &segs {
            sel.rused[s.word] = true;
            reads.push(ReadCtx {
                tag: tag.clone(),
                lhs: bus_slice("rd_data", s),
                term: format!(
                    "({})",
                    and_sel(
                        &sel.rsel[s.word],
                        s.width(),
                        &ReadValue::Signal(value.clone()).segment(s, segs.len() == 1)
                    )
                ),
            });
        }
    }
    Ok(HwextLogicCtx {
        tag: format!("{} (held by the core): {}", inst.label, one_line(&inst.reg.doc)),
        p,
        range: range(st.width),
        be_range: range(st.width / 8),
        wm: concat(
            segs.iter()
                .rev()
                .map(|s| and_sel(&sel.wsel[s.word], s.width(), &bus_slice("wr_bmask", s))),
        ),
        wd: concat(segs.iter().rev().map(|s| bus_slice("wr_data", s))),
        be,
        r2h: format!("reg2hw.{}", inst.name),
        unused,
    })
}

/// A run of byte lanes of the bus.
struct BusBytes {
    lo: u32,
    hi: u32,
}

impl BusBytes {
    fn slice(&self, signal: &str) -> String {
        slice(signal, self.hi, self.lo)
    }
}

// ---------------------------------------------------------------------------------------
// The hardware interface: members of reg2hw / hw2reg and their bit positions
// ---------------------------------------------------------------------------------------

/// Direction of the seam between a generated register block and its core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// `<stem>_reg2hw_t`: register block -> core.
    Reg2hw,
    /// `<stem>_hw2reg_t`: core -> register block.
    Hw2reg,
}

/// The hardware interface of a register block: the members of the packed structs
/// `<stem>_reg2hw_t` and `<stem>_hw2reg_t`, in declaration order. `<stem>_reg_pkg.sv` is
/// rendered from it, and so is the co-simulation's flat bit layout (`render::hwif`), so the
/// two cannot disagree.
pub struct Interface<'a> {
    pub reg2hw: Side<'a>,
    pub hw2reg: Side<'a>,
}

/// One packed struct of the seam.
///
/// SystemVerilog packs the first declared member into the most significant bits; nested
/// structs are packed the same way. A side without any register member is declared as
/// `logic unused;` (one bit, no leaf).
pub struct Side<'a> {
    pub direction: Direction,
    /// `reg2hw` or `hw2reg`.
    pub name: &'static str,
    /// `<stem>_reg2hw_t` / `<stem>_hw2reg_t`.
    pub type_name: String,
    /// Registers with at least one member on this side, in offset order; each gives one
    /// struct member per instance (`ddtp`, `iohpmctr_0`, `iohpmctr_1`, ...).
    pub regs: Vec<SideReg<'a>>,
}

/// A register's struct type on one side (shared by all its instances).
pub struct SideReg<'a> {
    pub reg: &'a Register,
    /// `<stem>_reg2hw_<reg>_reg_t` / `<stem>_hw2reg_<reg>_reg_t`.
    pub type_name: String,
    /// Fields that have leaves on this side, in declaration order (most significant first);
    /// empty for a register held by the core.
    pub fields: Vec<SideField<'a>>,
    /// The register's own leaves when the core holds it (`reg.hw_ext`): `q`, `qe`, `be` on
    /// reg2hw, `d` on hw2reg; empty otherwise.
    pub reg_leaves: Vec<Leaf>,
    /// One struct member per instance, in index order.
    pub instances: Vec<Instance<'a>>,
}

/// A field's nested struct on one side.
pub struct SideField<'a> {
    pub field: &'a Field,
    pub access: Access,
    /// Leaves in declaration order (`q` then `qe`, `d` then `de`, `set`, `clr`).
    pub leaves: Vec<Leaf>,
}

/// One leaf of a field's nested struct (`logic [3:0] q;`), or of the struct of a register
/// held by the core (`<reg>_t q;`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leaf {
    /// `q`, `qe`, `d`, `de`, `set`, `clr`, or `be` (registers held by the core).
    pub name: &'static str,
    pub width: u32,
}

/// A leaf with its position in the flat side struct (bit 0 = least significant bit).
#[derive(Clone, Copy, Debug)]
pub struct PlacedLeaf<'s> {
    pub reg: &'s Register,
    /// `Some(n)` for element `n` of a register array.
    pub index: Option<u32>,
    /// Member name of the instance (`ddtp`, `iohpmctr_3`).
    pub member: &'s str,
    /// `None` for a leaf of a register held by the core (it has no per-field leaves).
    pub field: Option<&'s Field>,
    /// The field's access tag (`None` with `field`).
    pub access: Option<Access>,
    pub leaf: Leaf,
    pub lsb: u32,
}

impl<'a> Interface<'a> {
    /// The members of both sides, from the register list of `block` (offset order).
    pub fn build(pkg: &'a Package, block: &'a Block) -> Result<Interface<'a>, Error> {
        let stem = &pkg.stem;
        let mut regs: Vec<&Register> = block.registers.iter().collect();
        regs.sort_by_key(|r| r.offset);
        let mut reg2hw = Side {
            direction: Direction::Reg2hw,
            name: "reg2hw",
            type_name: format!("{stem}_reg2hw_t"),
            regs: Vec::new(),
        };
        let mut hw2reg = Side {
            direction: Direction::Hw2reg,
            name: "hw2reg",
            type_name: format!("{stem}_hw2reg_t"),
            regs: Vec::new(),
        };
        let mut members = Names::default(); // members of reg2hw / hw2reg
        for reg in regs {
            let st = pkg.find_struct(&reg.ty).ok_or_else(|| {
                model_error(pkg, format!("register {}: no struct {}_t", reg.name, reg.ty))
            })?;
            for inst in instances(reg) {
                members.claim(pkg, inst.name)?;
            }
            let decl = declared_fields(pkg, reg, st)?;
            for side in [&mut reg2hw, &mut hw2reg] {
                if reg.hw_ext {
                    let reg_leaves = match side.direction {
                        Direction::Reg2hw => vec![
                            Leaf { name: "q", width: st.width },
                            Leaf { name: "qe", width: 1 },
                            Leaf { name: "be", width: st.width / 8 },
                        ],
                        Direction::Hw2reg => vec![Leaf { name: "d", width: st.width }],
                    };
                    side.regs.push(SideReg {
                        reg,
                        type_name: format!("{stem}_{}_{}_reg_t", side.name, reg.name),
                        fields: Vec::new(),
                        reg_leaves,
                        instances: instances(reg),
                    });
                    continue;
                }
                let fields: Vec<SideField> = decl
                    .iter()
                    .filter_map(|&(field, access)| {
                        let (r2h, h2r) = leaf_members(access);
                        let leaves = match side.direction {
                            Direction::Reg2hw => r2h,
                            Direction::Hw2reg => h2r,
                        };
                        let leaves: Vec<Leaf> = leaves
                            .iter()
                            .map(|&(name, one_bit)| Leaf {
                                name,
                                width: if one_bit { 1 } else { field.width },
                            })
                            .collect();
                        (!leaves.is_empty()).then_some(SideField { field, access, leaves })
                    })
                    .collect();
                if !fields.is_empty() {
                    side.regs.push(SideReg {
                        reg,
                        type_name: format!("{stem}_{}_{}_reg_t", side.name, reg.name),
                        fields,
                        reg_leaves: Vec::new(),
                        instances: instances(reg),
                    });
                }
            }
        }
        Ok(Interface { reg2hw, hw2reg })
    }
}

impl SideField<'_> {
    /// `$bits` of the field's nested struct.
    pub fn width(&self) -> u32 {
        self.leaves.iter().map(|l| l.width).sum()
    }
}

impl SideReg<'_> {
    /// `$bits` of the register's struct type.
    pub fn width(&self) -> u32 {
        self.fields.iter().map(SideField::width).sum::<u32>()
            + self.reg_leaves.iter().map(|l| l.width).sum::<u32>()
    }
}

impl Side<'_> {
    /// True when no register has a member on this side (the struct is `logic unused;`).
    pub fn is_empty(&self) -> bool {
        self.regs.is_empty()
    }

    /// `$bits` of the side's struct type (1 for `logic unused;`).
    pub fn bits(&self) -> u32 {
        let members: u32 = self.regs.iter().map(|r| r.width() * r.instances.len() as u32).sum();
        members.max(1)
    }

    /// Every leaf with its bit position, in declaration order (most significant first).
    pub fn placed(&self) -> Vec<PlacedLeaf<'_>> {
        let mut out = Vec::new();
        if self.is_empty() {
            return out; // `logic unused;`: one bit, no leaf
        }
        let mut next = self.bits(); // one above the msb of the next member
        for r in &self.regs {
            for inst in &r.instances {
                for &leaf in &r.reg_leaves {
                    next -= leaf.width;
                    out.push(PlacedLeaf {
                        reg: r.reg,
                        index: inst.index,
                        member: &inst.name,
                        field: None,
                        access: None,
                        leaf,
                        lsb: next,
                    });
                }
                for f in &r.fields {
                    for &leaf in &f.leaves {
                        next -= leaf.width;
                        out.push(PlacedLeaf {
                            reg: r.reg,
                            index: inst.index,
                            member: &inst.name,
                            field: Some(f.field),
                            access: Some(f.access),
                            leaf,
                            lsb: next,
                        });
                    }
                }
            }
        }
        debug_assert_eq!(next, 0, "leaves fill the side struct");
        out
    }
}

/// The fields of a register in declaration order (most significant first), with their
/// access kinds.
fn declared_fields<'a>(
    pkg: &Package,
    reg: &Register,
    st: &'a Struct,
) -> Result<Vec<(&'a Field, Access)>, Error> {
    let mut decl: Vec<&Field> = st.fields.iter().collect();
    decl.sort_by_key(|f| std::cmp::Reverse(f.lsb)); // declaration order: msb first
    decl.into_iter().map(|f| Ok((f, field_access(pkg, reg, f)?))).collect()
}

/// The template context of one side of `<stem>_reg_pkg.sv`.
fn side_ctx(pkg: &Package, side: &Side, summary: &'static str) -> SideCtx {
    let regs = side
        .regs
        .iter()
        .map(|r| RegTypeCtx {
            type_name: r.type_name.clone(),
            comment: format!("{} ({}): {}", r.reg.name, offset_text(r.reg), one_line(&r.reg.doc)),
            reg_members: r
                .reg_leaves
                .iter()
                .map(|&l| hwext_leaf_decl(l, &r.reg.name, &pkg.name))
                .collect(),
            fields: r
                .fields
                .iter()
                .map(|f| {
                    let ty_note = enum_note(pkg, f.field);
                    FieldTypeCtx {
                        name: f.field.name.clone(),
                        comment: format!("{}: {}", f.access.tag(), one_line(&f.field.doc)),
                        members: f.leaves.iter().map(|&l| leaf_decl(l, &ty_note)).collect(),
                    }
                })
                .collect(),
        })
        .collect();
    let mut members: Vec<String> = side
        .regs
        .iter()
        .flat_map(|r| {
            r.instances.iter().map(|inst| {
                format!("{} {};  // offset 0x{:03x}", r.type_name, inst.name, inst.offset)
            })
        })
        .collect();
    if side.is_empty() {
        members.push(format!("logic unused;  // no register has a {} member", side.name));
    }
    SideCtx { name: side.name, type_name: side.type_name.clone(), summary, regs, members }
}

/// Signal names declared in the generated module; a clash (register `a_b` with field `c`
/// and register `a` with field `b_c`) is reported instead of producing broken RTL.
#[derive(Default)]
struct Names {
    seen: BTreeSet<String>,
}

impl Names {
    /// Fixed names of the module template (besides the `s_axil_*` ports).
    const FIXED: &'static [&'static str] = &[
        "clk_i",
        "rst_ni",
        "reg2hw",
        "hw2reg",
        "ADDR_WIDTH",
        "DATA_WIDTH",
        "STRB_WIDTH",
        "ADDR_LSB",
        "aw_held_q",
        "aw_held_d",
        "aw_addr_q",
        "aw_addr_d",
        "w_held_q",
        "w_held_d",
        "w_data_q",
        "w_data_d",
        "w_strb_q",
        "w_strb_d",
        "bvalid_q",
        "bvalid_d",
        "wr_en",
        "wr_addr",
        "wr_data",
        "wr_strb",
        "wr_bmask",
        "rvalid_q",
        "rvalid_d",
        "rdata_q",
        "rdata_d",
        "rd_en",
        "rd_addr",
        "rd_data",
        "unused_inputs",
        "g_bad_params",
    ];

    fn claim(&mut self, pkg: &Package, name: String) -> Result<(), Error> {
        let fixed =
            Self::FIXED.contains(&name.as_str()) || name.starts_with("s_axil_") || name == "unused";
        if fixed || !self.seen.insert(name.clone()) {
            return Err(model_error(
                pkg,
                format!("generated RTL name `{name}` is used twice or reserved; rename a register or field"),
            ));
        }
        Ok(())
    }
}

/// Access kind of a register field; reserved members are `rsvd` whatever the tag says.
fn field_access(pkg: &Package, reg: &Register, f: &Field) -> Result<Access, Error> {
    if f.reserved {
        return Ok(Access::Rsvd);
    }
    // A register sharing a layout may give every member its own tag (its typedef line).
    reg.access.or(f.access).ok_or_else(|| {
        model_error(
            pkg,
            format!("{}: register {} field {} has no access tag", f.loc, reg.name, f.name),
        )
    })
}

/// Leaf members of a field on one side: (name, is one bit wide).
type Leaves = &'static [(&'static str, bool)];

/// (reg2hw members, hw2reg members) of a field.
fn leaf_members(acc: Access) -> (Leaves, Leaves) {
    match acc {
        Access::Rw | Access::Wo => (&[("q", false), ("qe", true)], &[]),
        Access::Warl => (&[("q", false), ("qe", true)], &[("d", false), ("de", true)]),
        Access::Rw1c => (&[("q", false)], &[("set", false)]),
        Access::Rw1s => (&[("q", false)], &[("clr", false)]),
        Access::Ro => (&[], &[("d", false)]),
        Access::Hwinit | Access::Rsvd => (&[], &[]),
    }
}

/// The `<reg>_t` copies of the layouts of the registers held by the core. Yosys resolves no
/// other package's type inside a package, so `<stem>_reg_pkg` cannot name `<pkg>::<reg>_t`;
/// the copy has the same members and widths, so the two assign to each other as they are
/// and `reg2hw.<reg>.q.<field>` works. Enum- and struct-typed members are vectors here.
fn register_copies(pkg: &Package, block: &Block) -> Result<Vec<CopyCtx>, Error> {
    let mut out = Vec::new();
    for reg in block.registers.iter().filter(|r| r.hw_ext) {
        let st = pkg.find_struct(&reg.ty).ok_or_else(|| {
            model_error(pkg, format!("register {}: no struct {}_t", reg.name, reg.ty))
        })?;
        let members = declared_fields(pkg, reg, st)?
            .into_iter()
            .map(|(f, acc)| {
                let note = enum_note(pkg, f).map(|t| format!(" ({t})")).unwrap_or_default();
                format!(
                    "logic {}{};  // {}: {}{note}",
                    range(f.width),
                    f.name,
                    acc.tag(),
                    one_line(&f.doc)
                )
            })
            .collect();
        out.push(CopyCtx {
            type_name: format!("{}_t", reg.name),
            comment: format!(
                "{} ({}): layout of {}::{}_t, held by the core",
                reg.name,
                offset_text(reg),
                pkg.name,
                reg.name
            ),
            members,
        });
    }
    Ok(out)
}

/// Declaration of a leaf of a register held by the core.
fn hwext_leaf_decl(Leaf { name: leaf, width: w }: Leaf, reg: &str, src_pkg: &str) -> String {
    match leaf {
        "q" => format!(
            "{reg}_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)"
        ),
        "qe" => "logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write"
            .to_string(),
        "be" => format!("logic {}be;  // bytes of that write (bit k: byte k); zero without qe", range(w)),
        "d" => format!(
            "{reg}_t d;  // what a software read returns ({src_pkg}::{reg}_t); rsvd members read 0"
        ),
        _ => format!("logic {}{leaf};", range(w)),
    }
}

fn leaf_decl(Leaf { name: leaf, width: w }: Leaf, ty_note: &Option<String>) -> String {
    let what = match leaf {
        "q" => "value",
        "qe" => "one-cycle pulse: software wrote the field, q shows the new value",
        "d" => "value driven by hardware",
        "de" => "load d into the field (wins over a software write)",
        "set" => "bits to set (win over software's write-1-to-clear)",
        "clr" => "bits to clear (win over software's write-1-to-set)",
        _ => "",
    };
    let note = match ty_note {
        Some(t) if matches!(leaf, "q" | "d") => format!("{what} ({t})"),
        _ => what.to_string(),
    };
    format!("logic {}{leaf};  // {note}", range(w))
}

/// For enum-typed fields, the enum type as written in the regmap package.
fn enum_note(pkg: &Package, f: &Field) -> Option<String> {
    match &f.kind {
        FieldKind::Enum(e) => Some(format!("{}::{e}_t", pkg.name)),
        FieldKind::Struct(s) => Some(format!("{}::{s}_t", pkg.name)),
        FieldKind::Bits => None,
    }
}

/// The legality check of an enum-typed warl field: the candidate value (or each element,
/// for a packed array of the enum) equals one of the enum's members. `None` when every
/// value is legal.
fn legality(pkg: &Package, f: &Field, candidate: &str) -> Result<Option<String>, Error> {
    let FieldKind::Enum(name) = &f.kind else {
        return Ok(None);
    };
    let e = pkg.find_enum(name).ok_or_else(|| {
        model_error(pkg, format!("{}: field {} has unknown enum {name}_t", f.loc, f.name))
    })?;
    if e.width == 0 || f.width % e.width != 0 || e.variants.is_empty() {
        return Err(model_error(
            pkg,
            format!("{}: field {} does not fit enum {name}_t", f.loc, f.name),
        ));
    }
    let distinct: BTreeSet<u64> = e.variants.iter().map(|v| v.value).collect();
    if e.width < 64 && distinct.len() as u64 == 1u64 << e.width {
        return Ok(None); // every encoding is a member
    }
    let elems = f.width / e.width;
    let mut terms = Vec::new();
    for i in 0..elems {
        let x = if elems == 1 {
            candidate.to_string()
        } else {
            slice(candidate, (i + 1) * e.width - 1, i * e.width)
        };
        let alts: Vec<String> =
            e.variants.iter().map(|v| format!("({x} == {}::{})", pkg.name, v.name)).collect();
        terms.push(format!("({})", alts.join(" || ")));
    }
    Ok(Some(terms.join(" && ")))
}

/// The instances of a register: one, or one per element of an array, in index order.
pub fn instances(reg: &Register) -> Vec<Instance<'_>> {
    match reg.array {
        None => vec![Instance {
            reg,
            index: None,
            name: reg.name.clone(),
            label: reg.name.clone(),
            offset: reg.offset,
        }],
        Some(a) => (0..a.count)
            .map(|i| Instance {
                reg,
                index: Some(i),
                name: format!("{}_{i}", reg.name),
                label: format!("{}[{i}]", reg.name),
                offset: reg.offset + u64::from(i) * a.stride,
            })
            .collect(),
    }
}

/// Split a field into runs of bits that share a bus word (little-endian byte addresses).
fn segments(inst: &Instance, f: &Field, bus_bytes: u64, first_word: u64) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    for b in 0..f.width {
        let reg_bit = u64::from(f.lsb + b);
        let addr = inst.offset + reg_bit / 8;
        let word = (addr / bus_bytes - first_word) as usize;
        let bus_bit = ((addr % bus_bytes) * 8 + reg_bit % 8) as u32;
        match out.last_mut() {
            Some(s) if s.word == word && s.bus_hi + 1 == bus_bit => {
                s.field_hi = b;
                s.bus_hi = bus_bit;
            }
            _ => out.push(Segment {
                word,
                field_lo: b,
                field_hi: b,
                bus_lo: bus_bit,
                bus_hi: bus_bit,
            }),
        }
    }
    out
}

/// `{n{sel}} & expr` (or `sel & expr` for one bit).
fn and_sel(sel: &str, width: u32, expr: &str) -> String {
    if width == 1 {
        format!("{sel} & {expr}")
    } else {
        format!("{{{width}{{{sel}}}}} & {expr}")
    }
}

/// `{a, b}` or `a` alone; parts are parenthesised when they are expressions.
fn concat(parts: impl Iterator<Item = String>) -> String {
    let parts: Vec<String> = parts.collect();
    if parts.len() == 1 {
        return parts.into_iter().next().unwrap_or_default();
    }
    let parts: Vec<String> =
        parts.into_iter().map(|p| if p.contains(' ') { format!("({p})") } else { p }).collect();
    format!("{{{}}}", parts.join(", "))
}

fn bus_slice(signal: &str, s: &Segment) -> String {
    slice(signal, s.bus_hi, s.bus_lo)
}

fn slice(signal: &str, hi: u32, lo: u32) -> String {
    if hi == lo {
        format!("{signal}[{lo}]")
    } else {
        format!("{signal}[{hi}:{lo}]")
    }
}

fn range(width: u32) -> String {
    if width == 1 {
        String::new()
    } else {
        format!("[{}:0] ", width - 1)
    }
}

/// A sized hex literal, `4'h2`.
fn literal(width: u32, value: u64) -> String {
    let digits = width.div_ceil(4) as usize;
    format!("{width}'h{value:0digits$x}")
}

fn bits(value: u64, lo: u32, width: u32) -> u64 {
    let v = if lo >= 64 { 0 } else { value >> lo };
    if width >= 64 {
        v
    } else {
        v & ((1u64 << width) - 1)
    }
}

fn field_bits(reset: u64, f: &Field) -> u64 {
    bits(reset, f.lsb, f.width)
}

fn clog2(n: u64) -> u32 {
    if n <= 1 {
        0
    } else {
        64 - (n - 1).leading_zeros()
    }
}

fn offset_text(reg: &Register) -> String {
    match reg.array {
        None => format!("offset 0x{:03x}", reg.offset),
        Some(a) => format!("offset 0x{:03x} + i * 0x{:x}, i < {}", reg.offset, a.stride, a.count),
    }
}

fn one_line(doc: &str) -> String {
    doc.split_whitespace().collect::<Vec<_>>().join(" ")
}
