//! Rule checks on the model: everything `regmaps/README.md` requires that the parser does
//! not already reject. Every problem of every package is collected, sorted by file and line.

use std::collections::{BTreeSet, HashMap};

use crate::diag::{Diagnostic, Diagnostics, Rule};
use crate::model::{Access, Block, Const, FieldKind, Loc, Package, Register, Regmaps, Struct};

/// Check every package; `Err` lists all problems found.
pub fn validate(maps: &Regmaps) -> Result<(), Diagnostics> {
    let mut v = Validator { diags: Vec::new() };
    let mut seen: HashMap<&str, &Loc> = HashMap::new();
    for pkg in &maps.packages {
        if let Some(first) = seen.insert(&pkg.name, &pkg.loc) {
            v.err(
                &pkg.loc,
                Rule::DuplicateName,
                format!("package `{}` is also declared at {first}", pkg.name),
            );
        }
        v.package(pkg);
    }
    let mut diags = v.diags;
    diags.sort_by(|a, b| (&a.loc.file, a.loc.line).cmp(&(&b.loc.file, b.loc.line)));
    diags.dedup();
    if diags.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(diags))
    }
}

/// Suffixes of localparams that the naming rule ties to a struct type.
const TIED_SUFFIXES: [&str; 6] = ["_OFFSET", "_RESET", "_COUNT", "_STRIDE", "_BYTES", "_HWEXT"];

struct Validator {
    diags: Vec<Diagnostic>,
}

fn bits(n: u64) -> String {
    if n == 1 {
        "1 bit".into()
    } else {
        format!("{n} bits")
    }
}

fn hex(v: u64) -> String {
    format!("{v:#x}")
}

fn ones(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    }
}

impl Validator {
    fn err(&mut self, loc: &Loc, rule: Rule, message: impl Into<String>) {
        self.diags.push(Diagnostic::new(loc.clone(), rule, message));
    }

    fn package(&mut self, pkg: &Package) {
        self.duplicates(pkg);
        self.naming(pkg);
        self.aliases(pkg);
        for s in &pkg.structs {
            self.structure(pkg, s);
        }
        for e in &pkg.enums {
            let mut seen: HashMap<u64, &str> = HashMap::new();
            for var in &e.variants {
                if e.width < 64 && var.value >> e.width != 0 {
                    self.err(
                        &var.loc,
                        Rule::EnumFit,
                        format!(
                            "enum member `{}` = {} does not fit the {} bits of `{}_t`",
                            var.name,
                            hex(var.value),
                            e.width,
                            e.name
                        ),
                    );
                }
                if let Some(other) = seen.insert(var.value, &var.name) {
                    self.err(
                        &var.loc,
                        Rule::EnumFit,
                        format!(
                            "enum member `{}` has the same value {} as `{other}`",
                            var.name,
                            hex(var.value)
                        ),
                    );
                }
            }
        }
        if let Some(block) = &pkg.block {
            self.block(pkg, block);
        }
    }

    /// A typedef of a struct declares a register that shares the struct's layout: it needs
    /// `<NAME>_OFFSET`, and its access tag (if any) cannot be `rsvd`.
    fn aliases(&mut self, pkg: &Package) {
        for a in &pkg.aliases {
            let upper = a.name.to_ascii_uppercase();
            if pkg.find_const(&format!("{upper}_OFFSET")).is_none() {
                self.err(
                    &a.loc,
                    Rule::Naming,
                    format!(
                        "`{}_t` shares the layout of `{}_t` but is not a register (no `{upper}_OFFSET`): \
                         a typedef of a struct declares a register",
                        a.name, a.target
                    ),
                );
            }
            if a.access == Some(Access::Rsvd) {
                self.err(
                    &a.loc,
                    Rule::AccessTag,
                    format!(
                        "register `{}`: `rsvd` cannot be the access of a whole register",
                        a.name
                    ),
                );
            }
        }
    }

    /// No two types, members of one struct, or enum members / localparams share a name.
    fn duplicates(&mut self, pkg: &Package) {
        let mut types: Vec<(&str, &Loc)> =
            pkg.structs.iter().map(|s| (s.name.as_str(), &s.loc)).collect();
        types.extend(pkg.enums.iter().map(|e| (e.name.as_str(), &e.loc)));
        types.extend(pkg.aliases.iter().map(|a| (a.name.as_str(), &a.loc)));
        self.report_duplicates(types, |n| format!("type `{n}_t`"));

        for s in &pkg.structs {
            let members = s.fields.iter().map(|f| (f.name.as_str(), &f.loc)).collect();
            self.report_duplicates(members, |n| format!("member `{n}` of `{}_t`", s.name));
        }

        let mut values: Vec<(&str, &Loc)> =
            pkg.consts.iter().map(|c| (c.name.as_str(), &c.loc)).collect();
        values.extend(
            pkg.enums.iter().flat_map(|e| e.variants.iter().map(|v| (v.name.as_str(), &v.loc))),
        );
        self.report_duplicates(values, |n| {
            format!("`{n}` (localparams and enum members share one namespace)")
        });
    }

    fn report_duplicates(&mut self, mut items: Vec<(&str, &Loc)>, what: impl Fn(&str) -> String) {
        items.sort_by_key(|(_, loc)| loc.line);
        let mut first: HashMap<&str, &Loc> = HashMap::new();
        for (name, loc) in items {
            if let Some(prev) = first.get(name) {
                let msg = format!("{} is already declared at line {}", what(name), prev.line);
                self.err(loc, Rule::DuplicateName, msg);
            } else {
                first.insert(name, loc);
            }
        }
    }

    /// Localparams with a tied suffix name a struct; `_COUNT` and `_STRIDE` come together;
    /// registers only in register blocks; `_HWEXT` marks a single (not array) register and
    /// is `1'b1`.
    fn naming(&mut self, pkg: &Package) {
        let has = |n: &str| pkg.find_const(n).is_some();
        let is_block = pkg.block.is_some();
        for c in &pkg.consts {
            if c.name == "REGBLOCK_BYTES" {
                continue;
            }
            if c.name == "REGBLOCK_BUS_BYTES" {
                if !is_block {
                    self.err(&c.loc, Rule::Naming, "`REGBLOCK_BUS_BYTES` without `REGBLOCK_BYTES`");
                }
                continue;
            }
            let Some((base, suffix)) =
                TIED_SUFFIXES.iter().find_map(|s| c.name.strip_suffix(s).map(|b| (b, *s)))
            else {
                continue;
            };
            let lower = base.to_ascii_lowercase();
            // A register sharing a layout (`typedef <layout>_t <name>_t;`) is named like a
            // struct for every tied suffix but `_BYTES` (that one sizes the layout itself).
            let alias = pkg
                .aliases
                .iter()
                .find(|a| a.name.to_ascii_uppercase() == base && suffix != "_BYTES")
                .map(|a| a.name.as_str());
            let Some(s) = pkg
                .structs
                .iter()
                .find(|s| s.name.to_ascii_uppercase() == base)
                .map(|s| s.name.as_str())
                .or(alias)
            else {
                let what = if pkg.enums.iter().any(|e| e.name.to_ascii_uppercase() == base) {
                    format!("`{lower}_t` is an enum, not a struct")
                } else {
                    format!("there is no type `{lower}_t`")
                };
                self.err(
                    &c.loc,
                    Rule::Naming,
                    format!("`{}`: a localparam ending in `{suffix}` must name a struct type, but {what}", c.name),
                );
                continue;
            };
            let offset = format!("{base}_OFFSET");
            match suffix {
                "_OFFSET" if !is_block => self.err(
                    &c.loc,
                    Rule::Naming,
                    format!(
                        "`{}` places `{}_t` in a register block, but the package declares no `REGBLOCK_BYTES`",
                        c.name, s
                    ),
                ),
                "_RESET" | "_COUNT" | "_STRIDE" if !has(&offset) => self.err(
                    &c.loc,
                    Rule::Naming,
                    format!("`{}`: `{}_t` is not a register (no `{offset}`)", c.name, s),
                ),
                "_COUNT" if !has(&format!("{base}_STRIDE")) => {
                    self.err(&c.loc, Rule::Naming, format!("`{}` without `{base}_STRIDE`: an array needs both", c.name))
                }
                "_STRIDE" if !has(&format!("{base}_COUNT")) => {
                    self.err(&c.loc, Rule::Naming, format!("`{}` without `{base}_COUNT`: an array needs both", c.name))
                }
                "_HWEXT" if !has(&offset) => self.err(
                    &c.loc,
                    Rule::Naming,
                    format!("`{}`: `{}_t` is not a register (no `{offset}`); only a register can be held by the core", c.name, s),
                ),
                "_HWEXT" if has(&format!("{base}_COUNT")) || has(&format!("{base}_STRIDE")) => self.err(
                    &c.loc,
                    Rule::Naming,
                    format!("`{}`: `{}` is a register array; a register held by the core must be a single register", c.name, s),
                ),
                "_HWEXT" if c.value != 1 || c.width != Some(1) => self.err(
                    &c.loc,
                    Rule::Naming,
                    format!("`{}` must be declared `localparam bit {} = 1'b1;` (leave it out for a register the block holds)", c.name, c.name),
                ),
                _ => {}
            }
        }
    }

    fn structure(&mut self, pkg: &Package, s: &Struct) {
        if let Some(bytes) = s.bytes {
            let want = u64::from(bytes) * 8;
            let have = u64::from(s.width);
            let upper = s.name.to_ascii_uppercase();
            if have < want {
                self.err(
                    &s.loc,
                    Rule::UncoveredBits,
                    format!(
                        "struct `{}_t` is {have} bits wide but `{upper}_BYTES` = {bytes} declares {want}: \
                         {} not covered by any member",
                        s.name,
                        bits(want - have)
                    ),
                );
            } else if have > want {
                self.err(
                    &s.loc,
                    Rule::OverlappingBits,
                    format!(
                        "struct `{}_t` is {have} bits wide but `{upper}_BYTES` = {bytes} declares {want}: \
                         {} too many",
                        s.name,
                        bits(have - want)
                    ),
                );
            }
        }
        for f in &s.fields {
            match (f.reserved, f.access) {
                (true, Some(a)) if a != Access::Rsvd => self.err(
                    &f.loc,
                    Rule::AccessTag,
                    format!(
                        "reserved member `{}` must have the tag `rsvd`, not `{}`",
                        f.name,
                        a.tag()
                    ),
                ),
                (false, Some(Access::Rsvd)) => self.err(
                    &f.loc,
                    Rule::AccessTag,
                    format!(
                        "member `{}` has the tag `rsvd` but is not named `rsvd` or `rsvd_*`",
                        f.name
                    ),
                ),
                _ => {}
            }
            match &f.kind {
                // Reserved bits are never accessed, so they may be as wide as they like.
                FieldKind::Bits if f.width > 64 && !f.reserved => self.err(
                    &f.loc,
                    Rule::Unsupported,
                    format!(
                        "member `{}` is {} bits wide; plain fields are at most 64 bits (split it, \
                         or make it a struct of 32-bit-aligned words)",
                        f.name, f.width
                    ),
                ),
                FieldKind::Bits => {}
                FieldKind::Enum(n) if pkg.find_enum(n).is_some() => {}
                FieldKind::Struct(n) if pkg.find_struct(n).is_some() => {}
                FieldKind::Enum(n) | FieldKind::Struct(n) => self.err(
                    &f.loc,
                    Rule::Unsupported,
                    format!("member `{}`: type `{n}_t` is not declared in this package", f.name),
                ),
            }
        }
    }

    fn block(&mut self, pkg: &Package, block: &Block) {
        let const_loc = |name: &str, fallback: &Loc| -> Loc {
            pkg.find_const(name).map_or_else(|| fallback.clone(), |c: &Const| c.loc.clone())
        };
        if block.bus_bytes != 4 && block.bus_bytes != 8 {
            let loc = const_loc("REGBLOCK_BUS_BYTES", &block.loc);
            self.err(
                &loc,
                Rule::Unsupported,
                format!("`REGBLOCK_BUS_BYTES` = {} must be 4 or 8", block.bus_bytes),
            );
        }
        // Every instance of every well-formed register.
        let mut spans: Vec<Span> = Vec::new();
        for (i, r) in block.registers.iter().enumerate() {
            let upper = r.name.to_ascii_uppercase();
            let offset_loc = const_loc(&format!("{upper}_OFFSET"), &r.loc);
            let Some(s) = pkg.find_struct(&r.ty) else {
                self.err(
                    &r.loc,
                    Rule::Unsupported,
                    format!("register `{}`: no struct `{}_t`", r.name, r.ty),
                );
                continue;
            };
            for f in &s.fields {
                if f.access.is_none() {
                    self.err(
                        &f.loc,
                        Rule::AccessTag,
                        format!(
                            "member `{}` of register `{}` needs an access tag (`// <tag>: <description>`)",
                            f.name, r.name
                        ),
                    );
                }
            }
            if !matches!(s.width, 8 | 16 | 32 | 64) {
                self.err(
                    &s.loc,
                    Rule::RegisterWidth,
                    format!(
                        "register `{}_t` is {} bits wide; a register must be 8, 16, 32 or 64 bits",
                        s.name, s.width
                    ),
                );
                continue;
            }
            self.reset(pkg, r, s);
            // From the struct (checked above), not `r.bytes`: never zero.
            let bytes = u64::from(s.width / 8);
            let bus = u64::from(block.bus_bytes).max(1);
            let crosses =
                if bytes <= bus { r.offset % bus + bytes > bus } else { r.offset % bus != 0 };
            if r.offset % bytes != 0 {
                self.err(
                    &offset_loc,
                    Rule::OffsetAlign,
                    format!(
                        "register `{}` at {} is not aligned to its size ({bytes} bytes)",
                        r.name,
                        hex(r.offset)
                    ),
                );
            } else if crosses {
                self.err(
                    &offset_loc,
                    Rule::OffsetAlign,
                    format!(
                        "register `{}` at {} ({bytes} bytes) crosses a {bus}-byte bus word",
                        r.name,
                        hex(r.offset)
                    ),
                );
            }
            let (count, stride) = r.array.map_or((1, 0), |a| (u64::from(a.count), a.stride));
            if let Some(a) = r.array {
                let stride_loc = const_loc(&format!("{upper}_STRIDE"), &r.loc);
                if a.stride % bytes != 0 {
                    self.err(
                        &stride_loc,
                        Rule::OffsetAlign,
                        format!(
                            "register array `{}`: stride {} is not a multiple of its size ({bytes} bytes)",
                            r.name,
                            hex(a.stride)
                        ),
                    );
                }
                if a.count > 1 && a.stride < bytes {
                    self.err(
                        &stride_loc,
                        Rule::OffsetOverlap,
                        format!(
                            "register array `{}`: stride {} is smaller than its size ({bytes} bytes), instances overlap",
                            r.name,
                            hex(a.stride)
                        ),
                    );
                    continue;
                }
                if a.count == 0 {
                    let count_loc = const_loc(&format!("{upper}_COUNT"), &r.loc);
                    self.err(
                        &count_loc,
                        Rule::Unsupported,
                        format!("register array `{}` has no instances", r.name),
                    );
                    continue;
                }
            }
            // The last instance must end inside the block.
            let end = count
                .checked_sub(1)
                .and_then(|n| n.checked_mul(stride))
                .and_then(|s| s.checked_add(r.offset))
                .and_then(|s| s.checked_add(bytes));
            match end {
                Some(end) if end <= block.bytes => {
                    let array = r.array.is_some();
                    if count <= 1 << 16 {
                        spans.extend((0..count).map(|k| Span {
                            start: r.offset + k * stride,
                            end: r.offset + k * stride + bytes,
                            reg: i,
                            index: array.then_some(k),
                        }));
                    } else {
                        spans.push(Span { start: r.offset, end, reg: i, index: None });
                    }
                }
                _ => {
                    let what = if count > 1 {
                        format!(
                            "register array `{}` ({count} instances from {})",
                            r.name,
                            hex(r.offset)
                        )
                    } else {
                        format!("register `{}` at {} ({bytes} bytes)", r.name, hex(r.offset))
                    };
                    self.err(
                        &offset_loc,
                        Rule::OffsetOverlap,
                        format!(
                            "{what} lies outside the block (`REGBLOCK_BYTES` = {})",
                            hex(block.bytes)
                        ),
                    );
                }
            }
        }
        self.overlaps(pkg, block, spans);
    }

    fn reset(&mut self, pkg: &Package, r: &Register, s: &Struct) {
        let upper = r.name.to_ascii_uppercase();
        let Some(c) = pkg.find_const(&format!("{upper}_RESET")) else { return };
        if s.width < 64 && r.reset >> s.width != 0 {
            self.err(
                &c.loc,
                Rule::ResetFit,
                format!(
                    "reset value {} of `{}` does not fit the {}-bit register",
                    hex(r.reset),
                    r.name,
                    s.width
                ),
            );
        }
        let mut set = Reserved::default();
        reserved_bits(pkg, s, 0, r.reset & ones(s.width), "", &mut set, 0);
        if !set.names.is_empty() {
            self.err(
                &c.loc,
                Rule::ResetFit,
                format!(
                    "reset value {} of `{}` sets reserved bits {} (in {}); reserved bits must reset to zero",
                    hex(r.reset),
                    r.name,
                    hex(r.reset & set.mask),
                    set.names.join(", ")
                ),
            );
        }
    }

    /// Registers may not share bytes: a sweep over all instances sorted by start.
    fn overlaps(&mut self, pkg: &Package, block: &Block, mut spans: Vec<Span>) {
        spans.sort_unstable_by_key(|s| (s.start, s.end, s.reg));
        let mut reported = BTreeSet::new();
        // The instance reaching furthest so far.
        let mut reach: Option<Span> = None;
        for span in spans {
            if let Some(prev) = reach {
                let (i, j) = (span.reg, prev.reg);
                if span.start < prev.end && i != j && reported.insert((i.min(j), i.max(j))) {
                    let b = &block.registers[i];
                    let loc = pkg
                        .find_const(&format!("{}_OFFSET", b.name.to_ascii_uppercase()))
                        .map_or_else(|| b.loc.clone(), |c| c.loc.clone());
                    let msg = format!(
                        "{} shares bytes with {}",
                        span.describe(block),
                        prev.describe(block)
                    );
                    self.err(&loc, Rule::OffsetOverlap, msg);
                }
            }
            let further = match reach {
                None => true,
                Some(r) => span.end > r.end,
            };
            if further {
                reach = Some(span);
            }
        }
    }
}

/// The bytes `start..end` of one register instance.
#[derive(Clone, Copy)]
struct Span {
    start: u64,
    end: u64,
    /// Index into `Block::registers`.
    reg: usize,
    /// Array index, for arrays.
    index: Option<u64>,
}

impl Span {
    fn describe(&self, block: &Block) -> String {
        let name = &block.registers[self.reg].name;
        let what = match self.index {
            Some(k) => format!("`{name}[{k}]`"),
            None => format!("`{name}`"),
        };
        format!("register {what} ({}..{})", hex(self.start), hex(self.end))
    }
}

/// Reserved members set by a reset value.
#[derive(Default)]
struct Reserved {
    names: Vec<String>,
    mask: u64,
}

/// Names of the reserved members (also inside nested structs) that `value` sets.
fn reserved_bits(
    pkg: &Package,
    s: &Struct,
    lsb: u32,
    value: u64,
    prefix: &str,
    out: &mut Reserved,
    depth: u32,
) {
    if depth > 16 {
        return;
    }
    for f in &s.fields {
        let pos = lsb.saturating_add(f.lsb);
        if pos >= 64 || f.width == 0 {
            continue;
        }
        let mask = ones(f.width) << pos;
        if value & mask == 0 {
            continue;
        }
        if f.reserved {
            out.mask |= mask;
            out.names.push(format!("{prefix}{}[{}:{}]", f.name, (pos + f.width - 1).min(63), pos));
        } else if let FieldKind::Struct(n) = &f.kind {
            if let Some(inner) = pkg.find_struct(n) {
                let p = format!("{prefix}{}.", f.name);
                reserved_bits(pkg, inner, pos, value, &p, out, depth + 1);
            }
        }
    }
}
