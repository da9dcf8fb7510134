//! Markdown reference pages: `hw/gen/doc/<stem>.md` for every package and an index
//! `hw/gen/doc/README.md`.
//!
//! A page has the package description, then for register blocks a register summary (with
//! anchors `reg-<name>`) and a section per register with its field table; then a section per
//! remaining structure (`struct-<name>`) with size, byte order and field table (for
//! big-endian wire formats also each field's place on the wire, e.g. `DW0 [31:24]`), the
//! enums (`enum-<name>`) and the constants. All numbers are computed here; the templates only
//! lay out rows. Table cells are escaped by `cell`.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::Serialize;

use crate::model::{
    Access, ByteOrder, Const, Enum, Field, FieldKind, Package, Register, Regmaps, Struct,
};
use crate::render::header;
use crate::{Error, Output};

const PAGE: &str = "md_package.j2";
const INDEX: &str = "md_index.j2";
/// Enums with at most this many members have their values listed in field tables; larger
/// ones (opcodes, TLP types) are only linked.
const INLINE_VARIANTS: usize = 8;
const TEMPLATES: [(&str, &str); 2] = [
    (PAGE, include_str!("../../templates/md_package.j2")),
    (INDEX, include_str!("../../templates/md_index.j2")),
];

/// Render one page per package and the index.
pub fn render(maps: &Regmaps) -> Result<Vec<Output>, Error> {
    let env = super::environment(&TEMPLATES)?;
    let mut out = Vec::new();
    for pkg in &maps.packages {
        let view = page_view(pkg)?;
        out.push(Output {
            path: PathBuf::from(format!("hw/gen/doc/{}.md", pkg.stem)),
            contents: super::render_template(&env, PAGE, &view)?,
        });
    }
    out.push(Output {
        path: PathBuf::from("hw/gen/doc/README.md"),
        contents: super::render_template(&env, INDEX, &index_view(maps))?,
    });
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Views: everything the templates print, already formatted and escaped.

#[derive(Serialize)]
struct PageView {
    header: String,
    stem: String,
    package: String,
    source: String,
    doc: String,
    byte_order: String,
    block: Option<BlockView>,
    registers: Vec<RegisterView>,
    structs: Vec<StructView>,
    enums: Vec<EnumView>,
    consts: Vec<ConstView>,
}

#[derive(Serialize)]
struct BlockView {
    bytes: String,
    bus_bits: u32,
    rows: Vec<SummaryRow>,
}

#[derive(Serialize)]
struct SummaryRow {
    offset: String,
    anchor: String,
    name: String,
    suffix: String,
    size: u32,
    access: String,
    reset: String,
    summary: String,
}

#[derive(Serialize)]
struct RegisterView {
    anchor: String,
    name: String,
    doc: String,
    offset: String,
    size: u32,
    reset: String,
    array: Option<String>,
    /// For a register held by the core (`<NAME>_HWEXT`): what that means, else `None`.
    held: Option<String>,
    fields: Vec<FieldRow>,
}

#[derive(Serialize)]
struct StructView {
    anchor: String,
    name: String,
    doc: String,
    size: String,
    byte_order: String,
    /// Column titles and rows of the field table (the columns depend on the structure).
    head: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

#[derive(Serialize)]
struct FieldRow {
    bits: String,
    wire: String,
    name: String,
    access: String,
    reset: String,
    doc: String,
}

#[derive(Serialize)]
struct EnumView {
    anchor: String,
    name: String,
    doc: String,
    width: u32,
    rows: Vec<VariantRow>,
}

#[derive(Serialize)]
struct VariantRow {
    value: String,
    name: String,
    short: String,
    doc: String,
}

#[derive(Serialize)]
struct ConstView {
    name: String,
    value: String,
    width: String,
    doc: String,
}

#[derive(Serialize)]
struct IndexView {
    header: String,
    pages: Vec<IndexRow>,
}

#[derive(Serialize)]
struct IndexRow {
    stem: String,
    package: String,
    kind: String,
    summary: String,
}

// ---------------------------------------------------------------------------------------

fn index_view(maps: &Regmaps) -> IndexView {
    let pages = maps
        .packages
        .iter()
        .map(|pkg| IndexRow {
            stem: pkg.stem.clone(),
            package: pkg.name.clone(),
            kind: package_kind(pkg),
            summary: cell(&first_line(&pkg.doc)),
        })
        .collect();
    IndexView { header: header("<!-- ", "regmaps/*.sv", " -->"), pages }
}

fn package_kind(pkg: &Package) -> String {
    let mut kind = match &pkg.block {
        Some(b) => format!("register block, {} bytes, {} registers", b.bytes, b.registers.len()),
        None => format!("{} structures", pkg.structs.len()),
    };
    if !pkg.enums.is_empty() {
        kind.push_str(&format!(", {} enums", pkg.enums.len()));
    }
    if pkg.byte_order == ByteOrder::Big {
        kind.push_str(", big-endian");
    }
    kind
}

fn page_view(pkg: &Package) -> Result<PageView, Error> {
    let register_types: BTreeSet<&str> =
        pkg.block.iter().flat_map(|b| b.registers.iter().map(|r| r.ty.as_str())).collect();
    let mut block = None;
    let mut registers = Vec::new();
    if let Some(b) = &pkg.block {
        let digits = hex_digits(b.bytes.saturating_sub(1)).max(3);
        let mut rows = Vec::new();
        for r in &b.registers {
            let st = super::register_struct(pkg, r, PAGE)?;
            rows.push(summary_row(r, &st, digits));
            registers.push(register_view(pkg, r, &st, digits));
        }
        block = Some(BlockView {
            bytes: format!("{} bytes (`{:#x}`)", b.bytes, b.bytes),
            bus_bits: 8 * b.bus_bytes,
            rows,
        });
    }
    let structs = pkg
        .structs
        .iter()
        .filter(|s| !register_types.contains(s.name.as_str()))
        .map(|s| struct_view(pkg, s))
        .collect();
    Ok(PageView {
        header: header("<!-- ", &crate::source_name(pkg), " -->"),
        stem: pkg.stem.clone(),
        package: pkg.name.clone(),
        source: crate::source_name(pkg),
        doc: text(&pkg.doc),
        byte_order: byte_order_text(pkg.byte_order).to_string(),
        block,
        registers,
        structs,
        enums: pkg.enums.iter().map(enum_view).collect(),
        consts: pkg.consts.iter().filter(|c| !is_layout_param(pkg, c)).map(const_view).collect(),
    })
}

fn byte_order_text(order: ByteOrder) -> &'static str {
    match order {
        ByteOrder::Little => "little-endian (byte 0 holds bits [7:0])",
        ByteOrder::Big => {
            "big-endian (byte 0 holds the most significant byte; DW0 is the first doubleword, \
             bits [31:24] of each DW come first, as in the PCIe figures)"
        }
    }
}

fn summary_row(r: &Register, st: &Struct, digits: usize) -> SummaryRow {
    // Distinct tags of the non-reserved fields, in the order of `Access::ALL`.
    let tags: BTreeSet<usize> = st
        .fields
        .iter()
        .filter(|f| !f.reserved)
        .filter_map(|f| f.access)
        .filter(|a| *a != Access::Rsvd)
        .filter_map(|a| Access::ALL.iter().position(|(_, x)| *x == a))
        .collect();
    let mut access = if tags.is_empty() {
        "rsvd".to_string()
    } else {
        tags.iter().map(|&i| Access::ALL[i].0).collect::<Vec<_>>().join(", ")
    };
    if r.hw_ext {
        access += "; held by the core";
    }
    let (offset, suffix) = match r.array {
        Some(a) => (
            format!("`{}` + n × `{:#x}`", hex(r.offset, digits), a.stride),
            format!("[n], n = 0..{}", a.count.saturating_sub(1)),
        ),
        None => (format!("`{}`", hex(r.offset, digits)), String::new()),
    };
    SummaryRow {
        offset,
        anchor: format!("reg-{}", r.name),
        name: r.name.clone(),
        suffix,
        size: 8 * r.bytes,
        access,
        reset: format!("`{}`", grouped_hex(r.reset, 8 * r.bytes)),
        summary: cell(&if r.doc.is_empty() { first_line(&st.doc) } else { r.doc.clone() }),
    }
}

fn register_view(pkg: &Package, r: &Register, st: &Struct, digits: usize) -> RegisterView {
    let array = r.array.map(|a| {
        let last = r.offset + a.stride * u64::from(a.count.saturating_sub(1));
        format!(
            "{} instances `{}[0]` … `{}[{}]`, stride {} bytes: instance n is at `{}` + n × `{:#x}` (last at `{}`).",
            a.count,
            r.name,
            r.name,
            a.count.saturating_sub(1),
            a.stride,
            hex(r.offset, digits),
            a.stride,
            hex(last, digits)
        )
    });
    RegisterView {
        anchor: format!("reg-{}", r.name),
        name: r.name.clone(),
        doc: match pkg.find_alias(&r.name) {
            None => text(&st.doc),
            Some(a) => {
                let others: Vec<String> = pkg
                    .registers_of(&r.ty)
                    .filter(|o| o.name != r.name)
                    .map(|o| format!("`{}`", o.name))
                    .collect();
                let tag =
                    r.access.map(|t| format!("; every field `{}`", t.tag())).unwrap_or_default();
                format!(
                    "{}\n\nLayout `{}_t`, shared with {}{tag}.",
                    text(&a.doc),
                    r.ty,
                    others.join(", ")
                )
            }
        },
        offset: hex(r.offset, digits),
        size: 8 * r.bytes,
        reset: grouped_hex(r.reset, 8 * r.bytes),
        array,
        held: r.hw_ext.then(|| {
            format!(
                "Held by the core: the register block stores nothing; each software write goes \
                 to the core (`reg2hw.{0}.q`, `.qe`, `.be`: data, pulse, byte enables), which \
                 implements the fields below, and reads return what the core drives \
                 (`hw2reg.{0}.d`, reserved bits read zero).",
                r.name
            )
        }),
        fields: st
            .fields
            .iter()
            .rev()
            .map(|f| field_row(pkg, st, f, Some(r.reset), false))
            .collect(),
    }
}

fn struct_view(pkg: &Package, st: &Struct) -> StructView {
    let wire = pkg.byte_order == ByteOrder::Big && st.width % 8 == 0;
    let size = if st.width % 8 == 0 {
        let bytes = st.width / 8;
        let mut s = format!("{} bytes ({} bits)", bytes, st.width);
        if st.bytes.is_some() {
            s.push_str(&format!(", declared by `{}_BYTES`", st.name.to_uppercase()));
        }
        s
    } else {
        format!("{} bits", st.width)
    };
    // An access column only when some field other than a reserved one has a tag.
    let has_access = st.fields.iter().any(|f| f.access.is_some_and(|a| a != Access::Rsvd));
    let mut head = vec!["Bits"];
    if wire {
        head.push("Wire");
    }
    head.push("Field");
    if has_access {
        head.push("Access");
    }
    head.push("Description");
    let rows = st
        .fields
        .iter()
        .rev()
        .map(|f| {
            let row = field_row(pkg, st, f, None, wire);
            let mut cells = vec![row.bits];
            if wire {
                cells.push(row.wire);
            }
            cells.push(row.name);
            if has_access {
                cells.push(row.access);
            }
            cells.push(row.doc);
            cells
        })
        .collect();
    StructView {
        anchor: format!("struct-{}", st.name),
        name: st.name.clone(),
        doc: text(&st.doc),
        size,
        byte_order: match pkg.byte_order {
            ByteOrder::Little => "little-endian",
            ByteOrder::Big => "big-endian (Wire: place in the byte image, DW0 first)",
        }
        .to_string(),
        head,
        rows,
    }
}

fn field_row(pkg: &Package, st: &Struct, f: &Field, reset: Option<u64>, wire: bool) -> FieldRow {
    let value = reset.map(|r| (r & f.mask64()) >> f.lsb);
    let enum_ty = match &f.kind {
        FieldKind::Enum(e) => pkg.find_enum(e),
        _ => None,
    };
    let reset = match value {
        None => String::new(),
        Some(v) => {
            let mut s = if f.width == 1 { format!("{v}") } else { format!("{v:#x}") };
            if let Some(variant) = enum_ty.and_then(|e| e.variants.iter().find(|x| x.value == v)) {
                s.push_str(&format!(" (`{}`)", variant.short));
            }
            s
        }
    };
    // Description, then the type of a typedef'd member and the values of an enum, one per
    // line inside the cell.
    let mut lines = vec![cell(&f.doc)];
    match &f.kind {
        FieldKind::Bits => {}
        FieldKind::Enum(e) => {
            let variants = enum_ty.map(|e| e.variants.as_slice()).unwrap_or_default();
            if variants.len() > INLINE_VARIANTS {
                lines.push(format!("Type: [`{e}_t`](#enum-{e}) ({} values)", variants.len()));
            } else {
                lines.push(format!("Type: [`{e}_t`](#enum-{e})"));
                for v in variants {
                    let mut item = format!("`{}` = {}", v.short, hex(v.value, 0));
                    if !v.doc.trim().is_empty() {
                        item.push_str(&format!(": {}", cell(&v.doc)));
                    }
                    lines.push(item);
                }
            }
        }
        FieldKind::Struct(s) => {
            lines.push(format!("Type: [`{s}_t`](#{})", struct_anchor(pkg, s)));
        }
    }
    lines.retain(|l| !l.is_empty());
    let doc = lines.join("<br>");
    FieldRow {
        bits: bit_range(f.msb(), f.lsb),
        wire: if wire { wire_position(st.width, f) } else { String::new() },
        name: f.name.clone(),
        access: f.access.map(|a| a.tag().to_string()).unwrap_or_default(),
        reset,
        doc,
    }
}

/// Anchor of a struct's section: registers have their own section.
fn struct_anchor(pkg: &Package, name: &str) -> String {
    // A shared layout links to its first register.
    if let Some(r) = pkg.registers_of(name).next() {
        format!("reg-{}", r.name)
    } else {
        format!("struct-{name}")
    }
}

fn bit_range(msb: u32, lsb: u32) -> String {
    if msb == lsb {
        format!("[{lsb}]")
    } else {
        format!("[{msb}:{lsb}]")
    }
}

/// Where a field of a big-endian structure `width` bits wide lies in its byte image, as
/// doubleword number and bit range within the DW (bits [31:24] of DWn are byte 4n):
/// `DW0 [31:24]`, or several pieces when the field spans doublewords.
fn wire_position(width: u32, f: &Field) -> String {
    let bytes = width / 8;
    // (dw, position inside the DW) of packed bit `b`.
    let place = |b: u32| {
        let byte = bytes - 1 - b / 8;
        (byte / 4, (3 - byte % 4) * 8 + b % 8)
    };
    let mut pieces: Vec<(u32, u32, u32)> = Vec::new(); // (dw, hi, lo)
    for b in (f.lsb..=f.msb()).rev() {
        let (dw, pos) = place(b);
        match pieces.last_mut() {
            Some((d, _, lo)) if *d == dw && *lo == pos + 1 => *lo = pos,
            _ => pieces.push((dw, pos, pos)),
        }
    }
    pieces
        .iter()
        .map(|&(dw, hi, lo)| format!("DW{dw} {}", bit_range(hi, lo)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn enum_view(e: &Enum) -> EnumView {
    let digits = (e.width as usize).div_ceil(4);
    EnumView {
        anchor: format!("enum-{}", e.name),
        name: e.name.clone(),
        doc: text(&e.doc),
        width: e.width,
        rows: e
            .variants
            .iter()
            .map(|v| VariantRow {
                value: format!("`{}'h{:0digits$x}` ({})", e.width, v.value, v.value),
                name: v.name.clone(),
                short: v.short.clone(),
                doc: cell(&v.doc),
            })
            .collect(),
    }
}

fn const_view(c: &Const) -> ConstView {
    ConstView {
        name: c.name.clone(),
        value: if c.value < 10 {
            format!("`{}`", c.value)
        } else {
            format!("`{:#x}` ({})", c.value, c.value)
        },
        width: c.width.map(|w| w.to_string()).unwrap_or_default(),
        doc: cell(&c.doc),
    }
}

/// Localparams that only describe a layout documented elsewhere on the page: block size and
/// bus width, byte order, and the `_OFFSET`/`_RESET`/`_COUNT`/`_STRIDE`/`_BYTES`/`_HWEXT` of a
/// type.
fn is_layout_param(pkg: &Package, c: &Const) -> bool {
    if c.name.starts_with("REGBLOCK_") || c.name == "BIG_ENDIAN" {
        return true;
    }
    ["_OFFSET", "_RESET", "_COUNT", "_STRIDE", "_BYTES", "_HWEXT"].iter().any(|suffix| {
        c.name.strip_suffix(suffix).is_some_and(|ty| {
            let ty = ty.to_lowercase();
            pkg.find_struct(&ty).is_some() || pkg.find_enum(&ty).is_some()
        })
    })
}

fn hex_digits(v: u64) -> usize {
    ((64 - v.leading_zeros() as usize).div_ceil(4)).max(1)
}

/// `0x` and at least `digits` hex digits.
fn hex(v: u64, digits: usize) -> String {
    format!("0x{v:0digits$x}")
}

/// A register value with all its digits, in groups of four: `0x0000_0000_8000_0001`.
fn grouped_hex(v: u64, bits: u32) -> String {
    let digits = (bits as usize).div_ceil(4);
    let raw = format!("{v:0digits$x}");
    let groups: Vec<String> =
        raw.as_bytes().rchunks(4).rev().map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    format!("0x{}", groups.join("_"))
}

fn first_line(doc: &str) -> String {
    doc.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string()
}

/// Text for a table cell: one line, pipes escaped, `<` escaped outside code spans.
fn cell(s: &str) -> String {
    text(&s.split_whitespace().collect::<Vec<_>>().join(" ")).replace('|', "\\|")
}

/// Doc text for Markdown: `<` outside code spans is escaped so that placeholders such as
/// `hw2reg.<reg>` in a description are not taken for HTML tags.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut code = false;
    for c in s.trim().chars() {
        match c {
            '`' => {
                code = !code;
                out.push(c);
            }
            '<' if !code => out.push_str("&lt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped() {
        assert_eq!(grouped_hex(0x8000_0001, 32), "0x8000_0001");
        assert_eq!(grouped_hex(1, 64), "0x0000_0000_0000_0001");
        assert_eq!(grouped_hex(0xab, 8), "0xab");
        assert_eq!(grouped_hex(0x1ab, 16), "0x01ab");
    }

    #[test]
    fn wire_positions() {
        let f = |lsb, width| Field { lsb, width, ..Default::default() };
        // A 32-bit DW0: packed bits are DW bits.
        assert_eq!(wire_position(32, &f(24, 8)), "DW0 [31:24]");
        assert_eq!(wire_position(32, &f(0, 1)), "DW0 [0]");
        // 128-bit header: the top DW of the packed value is DW0.
        assert_eq!(wire_position(128, &f(96, 8)), "DW0 [7:0]");
        assert_eq!(wire_position(128, &f(0, 32)), "DW3 [31:0]");
        // A 64-bit address in DW2..DW3 with the two low bits reserved.
        assert_eq!(wire_position(128, &f(2, 62)), "DW2 [31:0], DW3 [31:2]");
    }

    #[test]
    fn cells_are_escaped() {
        assert_eq!(cell("a | b\n  c"), "a \\| b c");
        assert_eq!(cell("hw2reg.<r> `a<b`"), "hw2reg.&lt;r> `a<b`");
    }
}
