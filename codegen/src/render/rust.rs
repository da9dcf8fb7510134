//! Rust renderer: `driver/src/regs/<stem>.rs` per package and `driver/src/regs/mod.rs`.
//!
//! Follows chiptool: a layout is a `#[repr(transparent)]` Copy value type with typed
//! getters/setters (`x()`, `set_x()`, `with_x()`), enums are newtypes with associated
//! constants (unknown encodings survive a round trip), register blocks hand out
//! `Reg<T, Access>` handles generic over the driver's `Mmio` trait. All bit arithmetic is
//! decided here; the templates only lay the text out.

use serde::Serialize;

use crate::model::{Access, ByteOrder, Field, FieldKind, Package, Register, Regmaps, Struct};
use crate::{source_name, Error, Output};

const PACKAGE_TEMPLATE: &str = include_str!("../../templates/rust_package.rs.j2");
const MOD_TEMPLATE: &str = include_str!("../../templates/rust_mod.rs.j2");

/// Where the Rust outputs go, relative to the workspace root.
pub const OUT_DIR: &str = "driver/src/regs";

pub fn render(maps: &Regmaps) -> Result<Vec<Output>, Error> {
    let env =
        super::environment(&[("rust_package", PACKAGE_TEMPLATE), ("rust_mod", MOD_TEMPLATE)])?;

    let mut out = Vec::new();
    let mut modules = Vec::new();
    for pkg in &maps.packages {
        let ctx = package_ctx(pkg)?;
        modules.push(ModCtx { name: pkg.stem.clone(), doc: first_line(&pkg.doc) });
        out.push(Output {
            path: format!("{OUT_DIR}/{}.rs", pkg.stem).into(),
            contents: super::render_template(&env, "rust_package", &ctx)?,
        });
    }
    let header = super::header("// ", "regmaps/*.sv", "");
    let ctx = minijinja::context! { header, modules };
    out.push(Output {
        path: format!("{OUT_DIR}/mod.rs").into(),
        contents: super::render_template(&env, "rust_mod", &ctx)?,
    });
    Ok(out)
}

fn render_err(pkg: &Package, what: impl Into<String>) -> Error {
    Error::Render {
        template: "rust_package".into(),
        message: format!("{}: {}", pkg.loc, what.into()),
    }
}

#[derive(Serialize)]
struct ModCtx {
    name: String,
    doc: String,
}

#[derive(Serialize)]
struct PackageCtx {
    header: String,
    source: String,
    doc: Vec<String>,
    byte_order: &'static str,
    consts: Vec<ConstCtx>,
    enums: Vec<EnumCtx>,
    structs: Vec<StructCtx>,
    block: Option<BlockCtx>,
}

#[derive(Serialize)]
struct ConstCtx {
    name: String,
    ty: &'static str,
    value: String,
    doc: Vec<String>,
}

#[derive(Serialize)]
struct EnumCtx {
    name: String,
    sv_name: String,
    repr: &'static str,
    width: u32,
    doc: Vec<String>,
    variants: Vec<VariantCtx>,
}

#[derive(Serialize)]
struct VariantCtx {
    name: String,
    value: String,
    doc: Vec<String>,
}

#[derive(Serialize)]
struct StructCtx {
    name: String,
    sv_name: String,
    doc: Vec<String>,
    width: u32,
    /// Storage type: `u8`..`u64` or `[u32; N]`.
    storage: String,
    /// Storage as the accessor macros name it: the integer type, or `words`.
    store: String,
    /// Bits above `width` in a primitive storage are dropped by `from_bits` (mask literal),
    /// empty when the storage is exactly as wide as the struct.
    mask: String,
    /// Byte size when the width is a whole number of bytes.
    bytes: Option<u32>,
    /// Storage literal with the bits of every reserved member (`rsvd*`, nested structures
    /// included), or empty when there are none.
    reserved: String,
    fields: Vec<FieldCtx>,
    /// The register this struct is (a register struct of the block), if any.
    register: Option<RegisterCtx>,
    /// The registers that share this layout (`typedef <this>_t <name>_t;`).
    shared: Vec<RegisterCtx>,
    /// Some register holds values of this type (it implements `RegValue`).
    reg_value: bool,
    /// Names of the registers with this layout, for its documentation.
    used_by: Vec<String>,
}

#[derive(Serialize)]
struct RegisterCtx {
    /// Register type name (the value type itself, or the marker of a shared layout).
    name: String,
    /// Register name as in the map.
    reg: String,
    doc: Vec<String>,
    offset: String,
    reset: String,
    /// Bits of `rw1c` / `rw1s` fields (written back as 0 by `Reg::modify`), or empty.
    w1c: String,
    w1s: String,
    /// The access tag the register's alias line gives every field, if any.
    access: String,
    count: Option<u32>,
    stride: Option<String>,
}

#[derive(Serialize)]
struct FieldCtx {
    getter: String,
    name: String,
    /// `kind(args)` of `crate::bits::fields!`.
    kind: String,
    doc: Vec<String>,
    bits: String,
    /// Access tag, or empty when the registers with this layout give their own.
    access: String,
    /// Byte offset of a sub-structure member in the byte image, if byte aligned.
    byte_offset: Option<u32>,
    const_name: String,
}

#[derive(Serialize)]
struct BlockCtx {
    name: String,
    doc: Vec<String>,
    bytes: String,
    registers: Vec<BlockRegCtx>,
}

#[derive(Serialize)]
struct BlockRegCtx {
    method: String,
    /// The register type (`OFFSET`, `RESET`, `COUNT`, `STRIDE`, `impl Register`).
    reg: String,
    /// Its value type (`BYTES`).
    ty: String,
    access: &'static str,
    offset: String,
    doc: String,
    array: bool,
    /// The register's entry of `REGISTERS` (`crate::regmeta`).
    name: String,
    /// Held by the core (`<NAME>_HWEXT`).
    hw_ext: bool,
    fields: Vec<FieldMetaCtx>,
}

/// One `FieldInfo` of `REGISTERS`: every member of the register, most significant first.
#[derive(Serialize)]
struct FieldMetaCtx {
    name: String,
    lsb: u32,
    width: u32,
    /// `crate::regmeta::Access` variant name, e.g. `Warl`.
    access: &'static str,
    reset: String,
    /// Enum-typed fields: the members as expressions (`IommuMode::OFF.0 as u64`).
    legal: Option<Vec<String>>,
}

fn package_ctx(pkg: &Package) -> Result<PackageCtx, Error> {
    let source = source_name(pkg);
    let header = super::header("// ", &source, "");

    let mut consts = Vec::new();
    for c in &pkg.consts {
        // `_RESET` becomes the value type's `RESET`, `_HWEXT` the register's `hw_ext` in
        // `REGISTERS`, `BIG_ENDIAN` the byte order.
        if c.name.ends_with("_RESET") || c.name.ends_with("_HWEXT") || c.name == "BIG_ENDIAN" {
            continue;
        }
        let ty = const_type(&c.name, c.width);
        let doc = if c.doc.trim().is_empty() { implied_doc(pkg, &c.name) } else { lines(&c.doc) };
        consts.push(ConstCtx { name: c.name.clone(), ty, value: lit(c.value), doc });
    }

    let enums = pkg
        .enums
        .iter()
        .map(|e| EnumCtx {
            name: camel(&e.name),
            sv_name: format!("{}_t", e.name),
            repr: uint_for(e.width),
            width: e.width,
            doc: lines(&e.doc),
            variants: e
                .variants
                .iter()
                .map(|v| VariantCtx {
                    name: v.short.clone(),
                    value: lit(v.value),
                    doc: lines(&v.doc),
                })
                .collect(),
        })
        .collect();

    let mut structs = Vec::new();
    for s in &pkg.structs {
        structs.push(struct_ctx(pkg, s)?);
    }

    let block = match &pkg.block {
        None => None,
        Some(b) => {
            let mut registers = Vec::new();
            for r in &b.registers {
                let s = super::register_struct(pkg, r, "rust_package")?;
                registers.push(BlockRegCtx {
                    method: ident(&r.name),
                    reg: camel(&r.name),
                    ty: camel(&r.ty),
                    access: register_access(&s),
                    offset: lit(r.offset),
                    doc: escape_brackets(&r.doc),
                    array: r.array.is_some(),
                    name: r.name.clone(),
                    hw_ext: r.hw_ext,
                    fields: field_meta(pkg, &s, r.reset)?,
                });
            }
            Some(BlockCtx {
                name: camel(&b.name),
                doc: lines(&pkg.doc),
                bytes: lit(b.bytes),
                registers,
            })
        }
    };

    Ok(PackageCtx {
        header,
        source,
        doc: lines(&pkg.doc),
        byte_order: match pkg.byte_order {
            ByteOrder::Little => "le",
            ByteOrder::Big => "be",
        },
        consts,
        enums,
        structs,
        block,
    })
}

fn struct_ctx(pkg: &Package, s: &Struct) -> Result<StructCtx, Error> {
    let wide = s.width > 64;
    let words = s.width.div_ceil(32);
    let storage = if wide { format!("[u32; {words}]") } else { uint_for(s.width).to_string() };
    let storage_bits = if wide { words * 32 } else { uint_bits(s.width) };
    let mask = if !wide && storage_bits != s.width { lit(ones(s.width)) } else { String::new() };
    let mut rsvd = vec![0u32; words as usize];
    reserved_bits(pkg, s, 0, &mut rsvd);
    let reserved = if rsvd.iter().all(|w| *w == 0) {
        String::new()
    } else if wide {
        format!("[{}]", rsvd.iter().map(|w| lit(u64::from(*w))).collect::<Vec<_>>().join(", "))
    } else {
        lit(rsvd.iter().rev().fold(0u64, |acc, w| (acc << 32) | u64::from(*w)))
    };

    let regs: Vec<&Register> = pkg.registers_of(&s.name).collect();
    // A layout whose registers give their own access tags documents none per field.
    let own_access = regs.iter().all(|r| r.access.is_none());
    let mut fields = Vec::new();
    for f in s.fields.iter().filter(|f| !f.reserved) {
        fields.push(field_ctx(pkg, s, f, wide, own_access)?);
    }

    let mut register = None;
    let mut shared = Vec::new();
    for r in &regs {
        let layout = super::register_struct(pkg, r, "rust_package")?;
        let mask = |a: Access| {
            let m = layout
                .fields
                .iter()
                .filter(|f| f.access == Some(a))
                .fold(0u64, |m, f| m | (ones(f.width) << f.lsb));
            if m == 0 {
                String::new()
            } else {
                lit(m)
            }
        };
        let ctx = RegisterCtx {
            name: camel(&r.name),
            reg: r.name.clone(),
            doc: pkg.find_alias(&r.name).map_or_else(Vec::new, |a| lines(&a.doc)),
            offset: lit(r.offset),
            reset: lit(r.reset),
            w1c: mask(Access::Rw1c),
            w1s: mask(Access::Rw1s),
            access: r.access.map(|a| a.tag().to_string()).unwrap_or_default(),
            count: r.array.map(|a| a.count),
            stride: r.array.map(|a| lit(a.stride)),
        };
        if r.name == s.name {
            register = Some(ctx);
        } else {
            shared.push(ctx);
        }
    }

    Ok(StructCtx {
        name: camel(&s.name),
        sv_name: format!("{}_t", s.name),
        doc: lines(&s.doc),
        width: s.width,
        storage,
        store: if wide { "words".to_string() } else { uint_for(s.width).to_string() },
        mask,
        bytes: (s.width % 8 == 0).then_some(s.width / 8),
        reserved,
        fields,
        register,
        shared,
        reg_value: !regs.is_empty(),
        used_by: regs.iter().map(|r| r.name.clone()).collect(),
    })
}

/// Set, in `words` (32-bit words, least significant first), the bits of every reserved member
/// of `s`, placed at bit `base`; members of a struct type contribute their own reserved bits.
fn reserved_bits(pkg: &Package, s: &Struct, base: u32, words: &mut [u32]) {
    for f in &s.fields {
        if f.reserved {
            for bit in base + f.lsb..base + f.lsb + f.width {
                words[(bit / 32) as usize] |= 1 << (bit % 32);
            }
        } else if let FieldKind::Struct(name) = &f.kind {
            if let Some(inner) = pkg.structs.iter().find(|t| &t.name == name) {
                // Arrays of a struct type repeat the element's reserved bits.
                let mut lsb = f.lsb;
                while lsb + inner.width <= f.lsb + f.width && inner.width > 0 {
                    reserved_bits(pkg, inner, base + lsb, words);
                    lsb += inner.width;
                }
            }
        }
    }
}

fn field_ctx(
    pkg: &Package,
    s: &Struct,
    f: &Field,
    wide: bool,
    own_access: bool,
) -> Result<FieldCtx, Error> {
    let (l, w) = (f.lsb, f.width);
    let m = lit(ones(w));
    let kind = match &f.kind {
        FieldKind::Bits if w == 1 => {
            if wide {
                format!("wflag({l})")
            } else {
                format!("flag({l})")
            }
        }
        FieldKind::Bits => {
            if w > 64 {
                return Err(render_err(
                    pkg,
                    format!("field `{}.{}` is wider than 64 bits", s.name, f.name),
                ));
            }
            let t = uint_for(w);
            if wide {
                format!("wnum({t}, {l}, {w}, {m})")
            } else {
                format!("num({t}, {l}, {m})")
            }
        }
        FieldKind::Enum(e) => {
            let en =
                pkg.find_enum(e).ok_or_else(|| render_err(pkg, format!("unknown enum `{e}`")))?;
            let (t, r) = (camel(e), uint_for(en.width));
            if wide {
                format!("wenm({t}, {r}, {l}, {w}, {m})")
            } else {
                format!("enm({t}, {r}, {l}, {m})")
            }
        }
        FieldKind::Struct(n) => {
            let inner = pkg
                .find_struct(n)
                .ok_or_else(|| render_err(pkg, format!("unknown struct `{n}`")))?;
            let t = camel(n);
            if inner.width <= 64 {
                let r = uint_for(inner.width);
                if wide {
                    format!("wsub({t}, {r}, {l}, {w})")
                } else {
                    format!("sub({t}, {r}, {l}, {m})")
                }
            } else {
                if !wide || l % 32 != 0 || inner.width % 32 != 0 {
                    return Err(render_err(
                        pkg,
                        format!(
                            "member `{}.{}` wider than 64 bits must be 32-bit aligned",
                            s.name, f.name
                        ),
                    ));
                }
                format!("wide({t}, {}, {})", l / 32, inner.width / 32)
            }
        }
    };

    let byte_offset = match (&f.kind, s.width % 8 == 0 && l % 8 == 0 && w % 8 == 0) {
        (FieldKind::Struct(_), true) => Some(match pkg.byte_order {
            ByteOrder::Little => l / 8,
            ByteOrder::Big => (s.width - l - w) / 8,
        }),
        _ => None,
    };

    Ok(FieldCtx {
        getter: ident(&f.name),
        name: f.name.clone(),
        kind,
        doc: lines(&f.doc),
        bits: if w == 1 { format!("[{l}]") } else { format!("[{}:{l}]", f.msb()) },
        access: if own_access {
            f.access.map(|a| a.tag().to_string()).unwrap_or_default()
        } else {
            String::new()
        },
        byte_offset,
        const_name: f.name.to_uppercase(),
    })
}

/// The `FieldInfo`s of a register: every member, reserved ones included, in declaration
/// order (most significant first), with the reset bits taken from the register's reset.
fn field_meta(pkg: &Package, s: &Struct, reset: u64) -> Result<Vec<FieldMetaCtx>, Error> {
    let mut out = Vec::new();
    for f in s.fields.iter().rev() {
        let access = if f.reserved {
            Access::Rsvd
        } else {
            f.access.ok_or_else(|| {
                render_err(pkg, format!("field `{}.{}` has no access tag", s.name, f.name))
            })?
        };
        let legal = match &f.kind {
            FieldKind::Enum(e) => {
                let en = pkg
                    .find_enum(e)
                    .ok_or_else(|| render_err(pkg, format!("unknown enum `{e}`")))?;
                // A packed array of the enum has no single list of legal encodings.
                (en.width == f.width).then(|| {
                    en.variants
                        .iter()
                        .map(|v| format!("{}::{}.0 as u64", camel(e), v.short))
                        .collect()
                })
            }
            _ => None,
        };
        let bits = if f.lsb >= 64 { 0 } else { (reset >> f.lsb) & ones(f.width) };
        out.push(FieldMetaCtx {
            name: f.name.clone(),
            lsb: f.lsb,
            width: f.width,
            access: access_variant(access),
            reset: lit(bits),
            legal,
        });
    }
    Ok(out)
}

/// The `crate::regmeta::Access` variant of a tag.
fn access_variant(a: Access) -> &'static str {
    match a {
        Access::Ro => "Ro",
        Access::Hwinit => "Hwinit",
        Access::Rw => "Rw",
        Access::Rw1c => "Rw1c",
        Access::Rw1s => "Rw1s",
        Access::Wo => "Wo",
        Access::Warl => "Warl",
        Access::Rsvd => "Rsvd",
    }
}

/// `RW` when software can both read and write some field, `WO` when it can only write,
/// else `RO`.
fn register_access(s: &Struct) -> &'static str {
    let access = |pred: fn(Access) -> bool| s.fields.iter().any(|f| f.access.is_some_and(pred));
    match (access(Access::sw_readable), access(Access::sw_writable)) {
        (_, false) => "RO",
        (false, true) => "WO",
        (true, true) => "RW",
    }
}

/// Documentation for a localparam that the naming rule ties to a type.
fn implied_doc(pkg: &Package, name: &str) -> Vec<String> {
    let is_array = |ty: &str| {
        pkg.block.as_ref().is_some_and(|b| {
            b.registers.iter().any(|r| r.ty.eq_ignore_ascii_case(ty) && r.array.is_some())
        })
    };
    if let Some(ty) = name.strip_suffix("_OFFSET").filter(|ty| is_array(ty)) {
        let ty = ty.to_lowercase();
        return vec![format!("Byte offset of register array `{ty}` (its instance 0).")];
    }
    const RULES: [(&str, &str); 4] = [
        ("_OFFSET", "Byte offset of register `{}`."),
        ("_COUNT", "Number of instances of register `{}`."),
        ("_STRIDE", "Bytes between instances of register `{}`."),
        ("_BYTES", "Size in bytes of `{}_t`."),
    ];
    RULES
        .iter()
        .find_map(|(suffix, text)| {
            name.strip_suffix(suffix).map(|ty| vec![text.replace("{}", &ty.to_lowercase())])
        })
        .unwrap_or_default()
}

fn const_type(name: &str, width: Option<u32>) -> &'static str {
    const SIZES: [&str; 5] = ["_OFFSET", "_STRIDE", "_BYTES", "_COUNT", "REGBLOCK_"];
    if SIZES.iter().any(|s| name.ends_with(s) || name.starts_with(s)) {
        return "usize";
    }
    match width {
        Some(w) if w <= 64 => uint_for(w),
        _ => "u64",
    }
}

fn uint_bits(width: u32) -> u32 {
    match width {
        0..=8 => 8,
        9..=16 => 16,
        17..=32 => 32,
        _ => 64,
    }
}

fn uint_for(width: u32) -> &'static str {
    match uint_bits(width) {
        8 => "u8",
        16 => "u16",
        32 => "u32",
        _ => "u64",
    }
}

fn ones(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    }
}

/// A Rust integer literal: decimal below 10, else hex with `_` every 4 digits.
fn lit(v: u64) -> String {
    if v < 10 {
        return v.to_string();
    }
    let hex = format!("{v:x}");
    let mut out = String::from("0x");
    for (i, c) in hex.chars().enumerate() {
        if i > 0 && (hex.len() - i) % 4 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    out
}

/// `device_context` -> `DeviceContext`.
pub fn camel(name: &str) -> String {
    name.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// A method name, escaping Rust keywords.
fn ident(name: &str) -> String {
    const KEYWORDS: [&str; 50] = [
        "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
        "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
        "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
        "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type",
        "typeof", "unsafe", "unsized", "use", "virtual", "where", "while",
    ];
    if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}

/// Doc comment lines: brackets outside code spans are escaped, so that bit ranges such as
/// `[7:0]` in a regmap comment are not read as intra-doc links.
fn lines(doc: &str) -> Vec<String> {
    doc.lines().map(|l| escape_brackets(l.trim_end())).collect()
}

fn escape_brackets(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    for c in line.chars() {
        match c {
            '`' => in_code = !in_code,
            '[' | ']' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(c);
    }
    out
}

fn first_line(doc: &str) -> String {
    doc.lines().next().unwrap_or("").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_group_hex_digits() {
        assert_eq!(lit(7), "7");
        assert_eq!(lit(0x10), "0x10");
        assert_eq!(lit(0x1_0000), "0x1_0000");
        assert_eq!(lit(u64::MAX), "0xffff_ffff_ffff_ffff");
    }

    #[test]
    fn names() {
        assert_eq!(camel("device_context"), "DeviceContext");
        assert_eq!(camel("pd8"), "Pd8");
        assert_eq!(ident("type"), "r#type");
        assert_eq!(ident("priv"), "r#priv");
        assert_eq!(escape_brackets("DDI[0], `a[1]`"), "DDI\\[0\\], `a[1]`");
        assert_eq!(ident("pqen"), "pqen");
    }
}
