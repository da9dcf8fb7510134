//! The one intermediate model between the parser and every renderer.
//!
//! `parse` turns `regmaps/*.sv` into a [`Regmaps`]; `validate` checks it against the rules
//! of `regmaps/README.md`; the renderers (`render::{rust, sv, svd, markdown}`) only read it.
//! Bit positions here are SystemVerilog packed positions: bit 0 is the least significant bit
//! of the struct, i.e. the *last* member declared.

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// A place in a regmap source file, for error messages (`file:line`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Loc {
    /// Path as given to the parser (usually relative to the workspace, e.g. `regmaps/x.sv`).
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// Everything under `regmaps/`, packages sorted by name (deterministic output).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Regmaps {
    pub packages: Vec<Package>,
}

/// Byte order of the structures of a package when turned into bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum ByteOrder {
    /// In-memory formats and MMIO: byte 0 holds bits `[7:0]` (the default).
    #[default]
    Little,
    /// Wire formats (TLPs): byte 0 holds the most significant byte, as in the PCIe figures.
    /// Declared by `localparam bit BIG_ENDIAN = 1'b1;` in the package.
    Big,
}

/// One `package foo_pkg; ... endpackage` from one file.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Package {
    /// Package name as written, e.g. `iommu_regs_pkg`.
    pub name: String,
    /// Name without the `_pkg` suffix, e.g. `iommu_regs`; used for output file names.
    pub stem: String,
    /// The comment block right above `package` (without comment markers), may be empty.
    pub doc: String,
    pub loc: Loc,
    pub byte_order: ByteOrder,
    /// `Some` when the package declares `REGBLOCK_BYTES` (it is a register block).
    pub block: Option<Block>,
    /// `typedef enum` declarations, in source order.
    pub enums: Vec<Enum>,
    /// `typedef struct packed` declarations, in source order.
    pub structs: Vec<Struct>,
    /// `typedef <struct>_t <name>_t;` declarations: registers that share another struct's
    /// layout, in source order.
    pub aliases: Vec<Alias>,
    /// Every `localparam` with a constant integer value, in source order: capability IDs,
    /// opcodes, structure sizes, and also the `*_OFFSET`/`*_RESET`/`*_COUNT`/`*_STRIDE`/
    /// `*_BYTES`/`REGBLOCK_*` ones that the naming rule ties to a type.
    pub consts: Vec<Const>,
}

/// A memory-mapped register block (a package with `REGBLOCK_BYTES`).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Block {
    /// Package stem, e.g. `iommu_regs`.
    pub name: String,
    /// Size of the address window in bytes (`REGBLOCK_BYTES`).
    pub bytes: u64,
    /// Data width of the bus interface of the generated RTL block in bytes, 4 or 8
    /// (`REGBLOCK_BUS_BYTES`, default 4).
    pub bus_bytes: u32,
    /// Registers sorted by offset.
    pub registers: Vec<Register>,
    pub loc: Loc,
}

/// A register: a struct type placed at an offset by `<NAME>_OFFSET`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Register {
    /// Register name: the struct name without `_t`, e.g. `ddtp`.
    pub name: String,
    /// Name of the struct type (without `_t`) that describes the bits: `name`, or for a
    /// register declared as `typedef <layout>_t <name>_t;` the shared layout.
    pub ty: String,
    /// Access tag of the alias line (`typedef queue_index_t cqh_t;  // ro: ...`): replaces
    /// the tag of every non-reserved member of the shared layout in this register.
    pub access: Option<Access>,
    /// Byte offset of the (first) instance in the block.
    pub offset: u64,
    /// Width in bytes: 1, 2, 4 or 8 (the struct width / 8).
    pub bytes: u32,
    /// For arrays (`<NAME>_COUNT`, `<NAME>_STRIDE`): number of instances and byte stride.
    pub array: Option<RegArray>,
    /// Reset value (`<NAME>_RESET`, zero when absent).
    pub reset: u64,
    /// Held by the core (`localparam bit <NAME>_HWEXT = 1'b1;`): the generated block stores
    /// nothing; it hands every software write to the core (`reg2hw.<reg>.q/.qe/.be`) and
    /// reads return what the core drives (`hw2reg.<reg>.d`, reserved bits forced to zero).
    /// The access tags still say what software sees; the core implements them.
    pub hw_ext: bool,
    /// One-line description (the struct's doc comment, first line).
    pub doc: String,
    pub loc: Loc,
}

/// `typedef <target>_t <name>_t;`: a register type that shares the layout of a struct.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Alias {
    /// Name without `_t`, e.g. `cqb`.
    pub name: String,
    /// The struct whose layout it shares (without `_t`), e.g. `queue_base`.
    pub target: String,
    /// Access tag of the trailing comment, if any: the tag of every non-reserved member of
    /// the register (see [`Register::access`]).
    pub access: Option<Access>,
    /// The comment block above the typedef (the register's description).
    pub doc: String,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RegArray {
    pub count: u32,
    pub stride: u64,
}

/// `typedef struct packed { ... } name_t;`
#[derive(Clone, Debug, Default, Serialize)]
pub struct Struct {
    /// Name without the `_t` suffix, e.g. `device_context`.
    pub name: String,
    /// Total width in bits.
    pub width: u32,
    /// Declared size in bytes (`<NAME>_BYTES`), if any; validation checks width == 8 * bytes.
    pub bytes: Option<u32>,
    /// The comment block above the typedef (without markers).
    pub doc: String,
    /// Members, least significant first (reverse of declaration order), with positions.
    pub fields: Vec<Field>,
    pub loc: Loc,
}

/// One member of a packed struct.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Field {
    pub name: String,
    /// Least significant bit position inside the struct.
    pub lsb: u32,
    /// Width in bits (for arrays of a struct/enum type: element width * count).
    pub width: u32,
    pub kind: FieldKind,
    /// Access tag from the trailing comment (`// rw: ...`); `None` when the comment has no
    /// tag (allowed only outside register blocks).
    pub access: Option<Access>,
    /// Reserved member (`rsvd*` name, tag `rsvd`): must be zero, ignored on write.
    pub reserved: bool,
    /// Description from the trailing comment, without the tag.
    pub doc: String,
    pub loc: Loc,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub enum FieldKind {
    /// `logic` / `logic [N-1:0]` / `bit ...`: a plain number (a single bit renders as bool).
    #[default]
    Bits,
    /// A member whose type is an enum typedef of the same package (name without `_t`).
    Enum(String),
    /// A member whose type is a struct typedef of the same package (name without `_t`).
    Struct(String),
}

/// Field access kinds (the tag in a member's trailing comment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Access {
    /// Read-only for software; the value is driven live by hardware (`hw2reg.<r>.<f>.d`).
    Ro,
    /// Read-only constant fixed at design time (PCIe "HwInit"/"RO" capability bits, the
    /// IOMMU `capabilities`): reads return the reset value; no flops, no hardware port.
    Hwinit,
    /// Read/write by software; hardware only observes (`reg2hw.<r>.<f>.q/.qe`).
    Rw,
    /// Write 1 to clear; hardware sets bits (`hw2reg.<r>.<f>.set`, wins over a clear).
    Rw1c,
    /// Write 1 to set; hardware clears bits (`hw2reg.<r>.<f>.clr`, wins over a set).
    Rw1s,
    /// Write-only: reads return zero; hardware sees the value and a write pulse.
    Wo,
    /// Write any, read legal: an enum-typed field ignores writes of values that are not
    /// enum members; hardware may override the value (`hw2reg.<r>.<f>.d/.de`).
    Warl,
    /// Reserved: reads zero, writes ignored.
    Rsvd,
}

impl Access {
    /// All tags as written in the sources.
    pub const ALL: [(&'static str, Access); 8] = [
        ("ro", Access::Ro),
        ("hwinit", Access::Hwinit),
        ("rw", Access::Rw),
        ("rw1c", Access::Rw1c),
        ("rw1s", Access::Rw1s),
        ("wo", Access::Wo),
        ("warl", Access::Warl),
        ("rsvd", Access::Rsvd),
    ];

    pub fn from_tag(tag: &str) -> Option<Access> {
        Access::ALL.iter().find(|(t, _)| *t == tag).map(|(_, a)| *a)
    }

    pub fn tag(self) -> &'static str {
        Access::ALL.iter().find(|(_, a)| *a == self).map(|(t, _)| *t).unwrap_or("?")
    }

    /// Software can change the stored value through the bus.
    pub fn sw_writable(self) -> bool {
        matches!(self, Access::Rw | Access::Rw1c | Access::Rw1s | Access::Wo | Access::Warl)
    }

    /// Software reads back something meaningful (not always zero).
    pub fn sw_readable(self) -> bool {
        !matches!(self, Access::Wo | Access::Rsvd)
    }
}

/// `typedef enum logic [N-1:0] { A = ..., B = ... } name_t;`
#[derive(Clone, Debug, Default, Serialize)]
pub struct Enum {
    /// Name without `_t`, e.g. `iommu_mode`.
    pub name: String,
    pub width: u32,
    pub doc: String,
    pub variants: Vec<Variant>,
    pub loc: Loc,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Variant {
    /// As written, e.g. `IOMMU_MODE_OFF`.
    pub name: String,
    /// Name with the enum's upper-case prefix removed when every variant shares it
    /// (`OFF`), else equal to `name`. Renderers use this for Rust constants.
    pub short: String,
    pub value: u64,
    /// Trailing comment, if any.
    pub doc: String,
    pub loc: Loc,
}

/// A `localparam` with a constant integer value.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Const {
    pub name: String,
    pub value: u64,
    /// Declared width in bits if the type gives one (`logic [7:0]`, `int unsigned` = 32).
    pub width: Option<u32>,
    pub doc: String,
    pub loc: Loc,
}

impl Package {
    pub fn find_struct(&self, name: &str) -> Option<&Struct> {
        self.structs.iter().find(|s| s.name == name)
    }
    pub fn find_enum(&self, name: &str) -> Option<&Enum> {
        self.enums.iter().find(|e| e.name == name)
    }
    pub fn find_const(&self, name: &str) -> Option<&Const> {
        self.consts.iter().find(|c| c.name == name)
    }
    pub fn find_alias(&self, name: &str) -> Option<&Alias> {
        self.aliases.iter().find(|a| a.name == name)
    }

    /// The layout of register `reg` as software sees it: its struct, with the access tag of
    /// the register's alias line (if any) on every non-reserved member. `None` when the
    /// struct does not exist (validation reports it).
    pub fn register_layout(&self, reg: &Register) -> Option<Cow<'_, Struct>> {
        let s = self.find_struct(&reg.ty)?;
        Some(match reg.access {
            None => Cow::Borrowed(s),
            Some(a) => {
                let mut s = s.clone();
                for f in s.fields.iter_mut().filter(|f| !f.reserved) {
                    f.access = Some(a);
                }
                Cow::Owned(s)
            }
        })
    }

    /// The registers whose layout is struct `name` (one for a plain register struct, several
    /// for a shared layout, none for other structs).
    pub fn registers_of<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Register> + 'a {
        self.block.iter().flat_map(|b| b.registers.iter()).filter(move |r| r.ty == name)
    }
}

impl Struct {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

impl Field {
    /// Most significant bit position.
    pub fn msb(&self) -> u32 {
        self.lsb + self.width - 1
    }
    /// Mask of the field's bits inside a register of at most 64 bits.
    pub fn mask64(&self) -> u64 {
        let ones = if self.width >= 64 { u64::MAX } else { (1u64 << self.width) - 1 };
        ones << self.lsb
    }
}
