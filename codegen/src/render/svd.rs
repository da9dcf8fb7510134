//! CMSIS-SVD 1.3 device files: `hw/gen/<stem>.svd` for every register block.
//!
//! One device per block, named after the package stem, with a single peripheral at base
//! address 0 whose address block covers `REGBLOCK_BYTES`. The device `<width>` is the bus
//! width of the generated RTL block; every register carries its own `<size>`, access,
//! reset value and mask. Access tags map as follows (reserved members are left out of
//! `<fields>`; they read zero and ignore writes, which SVD assumes of undescribed bits):
//!
//! | tag | SVD |
//! |---|---|
//! | `ro`, `hwinit` | `read-only` |
//! | `rw`, `warl` | `read-write` (an enum-typed `warl` field also gets `useEnumeratedValues`) |
//! | `rw1c` | `read-write`, `modifiedWriteValues` `oneToClear` |
//! | `rw1s` | `read-write`, `modifiedWriteValues` `oneToSet` |
//! | `wo` | `write-only` |
//!
//! The first line is an XML comment (the generated-file header), so there is no `<?xml?>`
//! declaration: it is optional for UTF-8 documents and would have to come first.

use std::path::PathBuf;

use serde::Serialize;

use crate::model::{Access, Field, FieldKind, Package, Register, Regmaps};
use crate::render::header;
use crate::{Error, Output};

const TEMPLATE_NAME: &str = "svd_device.j2";
const TEMPLATE: &str = include_str!("../../templates/svd_device.j2");

/// Render the SVD of every package that is a register block.
pub fn render(maps: &Regmaps) -> Result<Vec<Output>, Error> {
    let env = super::environment(&[(TEMPLATE_NAME, TEMPLATE)])?;
    let template = env.get_template(TEMPLATE_NAME).map_err(render_error)?;
    let mut out = Vec::new();
    for pkg in &maps.packages {
        if pkg.block.is_none() {
            continue;
        }
        let view = device_view(pkg)?;
        let contents = template.render(&view).map_err(render_error)?;
        out.push(Output { path: PathBuf::from(format!("hw/gen/{}.svd", pkg.stem)), contents });
    }
    Ok(out)
}

fn render_error(e: minijinja::Error) -> Error {
    super::template_error(TEMPLATE_NAME, e)
}

#[derive(Serialize)]
struct DeviceView {
    header: String,
    name: String,
    description: String,
    width: u32,
    block_size: String,
    registers: Vec<RegisterView>,
}

#[derive(Serialize)]
struct RegisterView {
    dim: Option<DimView>,
    name: String,
    /// An earlier register with the same layout and access (`typedef <layout>_t <name>_t;`):
    /// SVD's `derivedFrom` then shares its fields.
    derived_from: Option<String>,
    description: Option<String>,
    offset: String,
    size: u32,
    access: &'static str,
    reset_value: String,
    reset_mask: String,
    fields: Vec<FieldView>,
}

#[derive(Serialize)]
struct DimView {
    dim: u32,
    increment: String,
    index: String,
}

#[derive(Serialize)]
struct FieldView {
    name: String,
    description: Option<String>,
    bit_offset: u32,
    bit_width: u32,
    access: Option<&'static str>,
    modified_write_values: Option<&'static str>,
    use_enumerated_values: bool,
    enumerated_values: Option<EnumView>,
}

#[derive(Serialize)]
struct EnumView {
    name: String,
    values: Vec<EnumValueView>,
}

#[derive(Serialize)]
struct EnumValueView {
    name: String,
    description: Option<String>,
    value: String,
}

fn device_view(pkg: &Package) -> Result<DeviceView, Error> {
    let block = pkg.block.as_ref().expect("caller checks for a block");
    let description =
        first_paragraph(&pkg.doc).unwrap_or_else(|| format!("Register block {}", pkg.stem));
    let mut registers = Vec::new();
    for (i, r) in block.registers.iter().enumerate() {
        let mut view = register_view(pkg, r)?;
        // Single registers sharing a layout (same struct, same access) derive from the first.
        let first = block.registers[..i].iter().find(|o| {
            o.ty == r.ty && o.access == r.access && o.array.is_none() && r.array.is_none()
        });
        if let Some(o) = first.filter(|_| r.ty != r.name) {
            view.derived_from = Some(xml_escape(&o.name));
            view.fields.clear();
        }
        registers.push(view);
    }
    Ok(DeviceView {
        header: header("<!-- ", &crate::source_name(pkg), " -->"),
        name: xml_escape(&pkg.stem),
        description: xml_escape(&description),
        width: 8 * block.bus_bytes,
        block_size: format!("{:#x}", block.bytes),
        registers,
    })
}

fn register_view(pkg: &Package, reg: &Register) -> Result<RegisterView, Error> {
    let st = super::register_struct(pkg, reg, TEMPLATE_NAME)?;
    let bits = 8 * reg.bytes;
    let digits = (bits as usize).div_ceil(4);
    let size_mask = if bits >= 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let fields: Vec<FieldView> =
        st.fields.iter().filter(|f| !is_reserved(f)).map(|f| field_view(pkg, f)).collect();
    let mut summary = if reg.doc.is_empty() { first_line(&st.doc) } else { Some(reg.doc.clone()) };
    if reg.hw_ext {
        // SVD has no notion of it; say it where a reader of the description sees it.
        let held = "Held by the core: the register block hands writes to the core, which \
                    implements the fields, and reads return what the core drives.";
        summary = Some(match summary {
            Some(s) => format!("{} {held}", s.trim_end_matches('.').to_string() + "."),
            None => held.to_string(),
        });
    }
    let (name, dim) = match reg.array {
        Some(a) => (
            format!("{}[%s]", reg.name),
            Some(DimView {
                dim: a.count,
                increment: format!("{:#x}", a.stride),
                index: format!("0-{}", a.count.saturating_sub(1)),
            }),
        ),
        None => (reg.name.clone(), None),
    };
    Ok(RegisterView {
        dim,
        name: xml_escape(&name),
        derived_from: None,
        description: summary.map(|d| xml_escape(&d)),
        offset: format!("{:#x}", reg.offset),
        size: bits,
        access: register_access(st.fields.iter().filter(|f| !is_reserved(f))),
        reset_value: format!("0x{:0digits$x}", reg.reset),
        // Every bit has a defined reset value: the `_RESET` localparam (zero by default)
        // covers reserved bits (always zero) and hardware-driven `ro` bits alike.
        reset_mask: format!("0x{size_mask:0digits$x}"),
        fields,
    })
}

fn is_reserved(f: &Field) -> bool {
    f.reserved || f.access == Some(Access::Rsvd)
}

fn field_view(pkg: &Package, f: &Field) -> FieldView {
    let (access, modified_write_values) = match f.access {
        Some(a) => field_access(a),
        None => (None, None),
    };
    let enum_ty = match &f.kind {
        FieldKind::Enum(name) => pkg.find_enum(name).filter(|e| e.width == f.width),
        _ => None,
    };
    let enumerated_values = enum_ty.map(|e| EnumView {
        name: xml_escape(&e.name),
        values: e
            .variants
            .iter()
            .map(|v| EnumValueView {
                name: xml_escape(&v.short),
                description: non_empty(&v.doc).map(|d| xml_escape(&one_line(d))),
                value: format!("{:#x}", v.value),
            })
            .collect(),
    });
    FieldView {
        name: xml_escape(&f.name),
        description: non_empty(&f.doc).map(|d| xml_escape(&one_line(d))),
        bit_offset: f.lsb,
        bit_width: f.width,
        access,
        modified_write_values,
        // A WARL enum field ignores writes of values that are not enum members.
        use_enumerated_values: enumerated_values.is_some() && f.access == Some(Access::Warl),
        enumerated_values,
    }
}

/// SVD `access` and `modifiedWriteValues` of a field tag (`None` for reserved fields).
fn field_access(a: Access) -> (Option<&'static str>, Option<&'static str>) {
    match a {
        Access::Ro | Access::Hwinit => (Some("read-only"), None),
        Access::Rw | Access::Warl => (Some("read-write"), None),
        Access::Rw1c => (Some("read-write"), Some("oneToClear")),
        Access::Rw1s => (Some("read-write"), Some("oneToSet")),
        Access::Wo => (Some("write-only"), None),
        Access::Rsvd => (None, None),
    }
}

/// Register-level access: read-only or write-only when every (non-reserved) field is,
/// read-write otherwise. A register of reserved bits only is read-only.
fn register_access<'a>(fields: impl Iterator<Item = &'a Field>) -> &'static str {
    let (mut readable, mut writable) = (false, false);
    let mut any = false;
    for f in fields {
        let Some(a) = f.access else { continue };
        any = true;
        readable |= a.sw_readable();
        writable |= a.sw_writable();
    }
    match (any, readable, writable) {
        (false, _, _) => "read-only",
        (_, true, false) => "read-only",
        (_, false, true) => "write-only",
        _ => "read-write",
    }
}

fn non_empty(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

/// Collapse a (possibly multi-line) comment into one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first_line(doc: &str) -> Option<String> {
    doc.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_string)
}

/// The first paragraph of a doc comment, on one line.
fn first_paragraph(doc: &str) -> Option<String> {
    let para: Vec<&str> = doc
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .collect();
    (!para.is_empty()).then(|| para.join(" "))
}

/// Escape the XML special characters of text content and attribute values.
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_xml() {
        assert_eq!(xml_escape(r#"a<b & "c" 'd'>"#), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    }

    #[test]
    fn register_access_summary() {
        let f = |a| Field { access: Some(a), ..Default::default() };
        assert_eq!(register_access([f(Access::Ro), f(Access::Hwinit)].iter()), "read-only");
        assert_eq!(register_access([f(Access::Wo)].iter()), "write-only");
        assert_eq!(register_access([f(Access::Ro), f(Access::Rw1c)].iter()), "read-write");
        assert_eq!(register_access([].iter()), "read-only");
    }
}
