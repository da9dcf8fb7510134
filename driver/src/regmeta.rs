//! Register metadata of the register blocks, as data.
//!
//! Each generated module of a register block (`regs::iommu_regs`, `regs::pcie_rp_cfg`) has
//! `pub const REGISTERS: &[RegisterInfo]`: every register in offset order, with every field
//! (reserved ones included), its access tag, reset bits and, for enum-typed fields, the legal
//! encodings. Tests, the co-simulation and tools walk it instead of restating a layout.

/// Access tag of a field (regmaps/README.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Access {
    /// `ro`: read only; hardware drives the value live.
    Ro,
    /// `hwinit`: read-only constant; reads return the reset value.
    Hwinit,
    /// `rw`: read/write.
    Rw,
    /// `rw1c`: write 1 to clear; hardware sets bits.
    Rw1c,
    /// `rw1s`: write 1 to set; hardware clears bits.
    Rw1s,
    /// `wo`: write only, reads zero.
    Wo,
    /// `warl`: write any, read legal; an enum-typed field ignores writes of non-members.
    Warl,
    /// `rsvd`: reserved, reads zero, writes ignored.
    Rsvd,
}

impl Access {
    /// The tag as written in the register maps (`"rw1c"`).
    pub const fn tag(self) -> &'static str {
        match self {
            Access::Ro => "ro",
            Access::Hwinit => "hwinit",
            Access::Rw => "rw",
            Access::Rw1c => "rw1c",
            Access::Rw1s => "rw1s",
            Access::Wo => "wo",
            Access::Warl => "warl",
            Access::Rsvd => "rsvd",
        }
    }
}

/// One field (member) of a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldInfo {
    /// Member name as in the register map (`iommu_mode`, `rsvd_9_5`).
    pub name: &'static str,
    /// Least significant bit position inside the register.
    pub lsb: u32,
    /// Width in bits.
    pub width: u32,
    /// Access tag (`Rsvd` for reserved members).
    pub access: Access,
    /// The field's reset bits, right-aligned.
    pub reset: u64,
    /// For an enum-typed field: the legal encodings (enum members), else None.
    pub legal: Option<&'static [u64]>,
}

impl FieldInfo {
    /// Mask of the field's bits inside the register (a 64-bit field gives all ones).
    pub const fn mask(&self) -> u64 {
        let ones = if self.width >= 64 { u64::MAX } else { (1u64 << self.width) - 1 };
        if self.lsb >= 64 {
            0
        } else {
            ones << self.lsb
        }
    }

    /// True when `value` (right-aligned) is a legal encoding: a member of the enum for an
    /// enum-typed field, any value that fits otherwise.
    pub fn is_legal(&self, value: u64) -> bool {
        let fits = self.width >= 64 || value >> self.width == 0;
        fits && self.legal.is_none_or(|l| l.contains(&value))
    }
}

/// One register of a register block (an array register appears once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegisterInfo {
    /// Register name as in the register map (`ddtp`).
    pub name: &'static str,
    /// Byte offset of the register (of instance 0 for arrays).
    pub offset: usize,
    /// Width in bytes (1, 2, 4 or 8).
    pub bytes: usize,
    /// Number of instances (1 unless the register is an array).
    pub count: usize,
    /// Byte distance between instances (0 unless an array).
    pub stride: usize,
    /// Value after reset.
    pub reset: u64,
    /// Held by the core (`<NAME>_HWEXT` in the register map): the generated RTL block
    /// stores nothing and hands each write to the core, which implements every field (the
    /// access tags still say what software sees) and drives what reads return.
    pub hw_ext: bool,
    /// Every field, reserved ones included, most significant first (as declared).
    pub fields: &'static [FieldInfo],
}

impl RegisterInfo {
    /// OR of the masks of the fields with that access tag.
    pub fn mask(&self, access: Access) -> u64 {
        self.fields.iter().filter(|f| f.access == access).fold(0, |m, f| m | f.mask())
    }

    /// Byte offset of instance `n`; panics unless `n < count`.
    pub fn instance_offset(&self, n: usize) -> usize {
        assert!(
            n < self.count,
            "register {} has {} instance(s), not {}",
            self.name,
            self.count,
            n + 1
        );
        self.offset + n * self.stride
    }

    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&'static FieldInfo> {
        self.fields.iter().find(|f| f.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[FieldInfo] = &[
        FieldInfo { name: "hi", lsb: 4, width: 60, access: Access::Rw, reset: 0, legal: None },
        FieldInfo {
            name: "mode",
            lsb: 0,
            width: 4,
            access: Access::Warl,
            reset: 1,
            legal: Some(&[0, 1, 2]),
        },
    ];
    const REG: RegisterInfo = RegisterInfo {
        name: "r",
        offset: 0x20,
        bytes: 8,
        count: 3,
        stride: 8,
        reset: 1,
        hw_ext: false,
        fields: FIELDS,
    };

    #[test]
    fn masks_and_lookups() {
        assert_eq!(FIELDS[0].mask(), !0xf);
        assert_eq!(FIELDS[1].mask(), 0xf);
        let full =
            FieldInfo { name: "x", lsb: 0, width: 64, access: Access::Ro, reset: 0, legal: None };
        assert_eq!(full.mask(), u64::MAX);
        assert_eq!(REG.mask(Access::Warl), 0xf);
        assert_eq!(REG.mask(Access::Rw1c), 0);
        assert_eq!(REG.instance_offset(2), 0x30);
        assert_eq!(REG.field("mode").map(|f| f.lsb), Some(0));
        assert!(REG.field("nope").is_none());
        assert!(FIELDS[1].is_legal(2) && !FIELDS[1].is_legal(3) && !FIELDS[1].is_legal(16));
        assert_eq!(Access::Rw1c.tag(), "rw1c");
    }

    #[test]
    #[should_panic(expected = "instance")]
    fn instance_out_of_range_panics() {
        let _ = REG.instance_offset(3);
    }
}
