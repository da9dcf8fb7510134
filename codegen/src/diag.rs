//! Diagnostics: every complaint names the file, the line and the rule broken.

use std::fmt;

use crate::model::Loc;

/// The rules of `regmaps/README.md`. The kebab-case name is printed in messages and is
/// what tests match on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The file is not valid SystemVerilog (sv-parser rejected it).
    Syntax,
    /// A construct the generator does not understand (non-constant localparam, member
    /// type that is not `logic`/`bit` or a typedef of the same package, ...).
    Unsupported,
    /// A struct with `<NAME>_BYTES` is narrower than declared (bits left uncovered).
    UncoveredBits,
    /// A struct with `<NAME>_BYTES` is wider than declared (bits overlap what follows).
    OverlappingBits,
    /// A register struct is not 8, 16, 32 or 64 bits wide.
    RegisterWidth,
    /// A `<NAME>_RESET` does not fit the register, or sets reserved bits.
    ResetFit,
    /// A register offset or stride is not a multiple of the register size, or a register
    /// wider than the bus is not aligned to the bus width.
    OffsetAlign,
    /// Two registers (or array instances) share bytes, or a register lies outside the block.
    OffsetOverlap,
    /// A member's trailing comment has no tag (in a register) or an unknown one, or the
    /// `rsvd` tag and the `rsvd*` name disagree.
    AccessTag,
    /// An enum value does not fit the enum's width, or two members share a value.
    EnumFit,
    /// Two declarations of the same kind share a name.
    DuplicateName,
    /// A localparam that the naming rule ties to a type names no such type, or a rule of
    /// the naming convention is broken (`_t` suffix, `_COUNT` without `_STRIDE`, ...).
    Naming,
}

impl Rule {
    pub fn name(self) -> &'static str {
        match self {
            Rule::Syntax => "syntax",
            Rule::Unsupported => "unsupported",
            Rule::UncoveredBits => "uncovered-bits",
            Rule::OverlappingBits => "overlapping-bits",
            Rule::RegisterWidth => "register-width",
            Rule::ResetFit => "reset-fit",
            Rule::OffsetAlign => "offset-align",
            Rule::OffsetOverlap => "offset-overlap",
            Rule::AccessTag => "access-tag",
            Rule::EnumFit => "enum-fit",
            Rule::DuplicateName => "duplicate-name",
            Rule::Naming => "naming",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem found in a regmap: `file:line: error[rule]: message`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{loc}: error[{rule}]: {message}")]
pub struct Diagnostic {
    pub loc: Loc,
    pub rule: Rule,
    pub message: String,
}

impl Diagnostic {
    pub fn new(loc: Loc, rule: Rule, message: impl Into<String>) -> Self {
        Diagnostic { loc, rule, message: message.into() }
    }
}

/// All problems found in one run; codegen reports every one, not just the first.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}
