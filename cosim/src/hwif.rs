//! Flat bit layout of the hardware interface of the generated register blocks.
//!
//! Each generated block `hw/gen/<stem>_reg_top.sv` talks to its core through two packed
//! structs of `hw/gen/<stem>_reg_pkg.sv`: `<stem>_reg2hw_t` (what software wrote) and
//! `<stem>_hw2reg_t` (what hardware drives). Verilator exposes a packed struct as one flat
//! vector (`VlWide` words, word 0 holding bits 31:0), so the co-simulation reads and drives
//! the leaves (`.q`, `.qe`, `.d`, `.de`, `.set`, `.clr`, and `.be` of a register held by the
//! core) by bit position. The positions come
//! from [`crate::gen`] (`<stem>_hwif.rs`, rendered by codegen from the same member list as
//! the SystemVerilog package); [`get_bits`] and [`set_bits`] access them.

pub use cosim_common::config::Signal;

/// One leaf of the flat reg2hw or hw2reg struct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HwifMember {
    /// Register name as in the map (e.g. `"cqcsr"`).
    pub reg: &'static str,
    /// `Some(n)` for element `n` of a register array (member `<reg>_<n>`).
    pub instance: Option<usize>,
    /// Field name as in the map; `""` for the leaves of a register held by the core
    /// (`reg2hw.<reg>.q/.qe/.be`, `hw2reg.<reg>.d`: the register has no per-field leaves).
    pub field: &'static str,
    /// Which leaf of the field.
    pub signal: Signal,
    /// Bit position inside the whole flat packed struct (bit 0 = LSB of the struct).
    pub lsb: u32,
    /// Width in bits.
    pub width: u32,
}

/// The hardware interface of one register block.
#[derive(Clone, Copy, Debug)]
pub struct Hwif {
    /// Package stem of the block, e.g. `"iommu_regs"`.
    pub block: &'static str,
    /// `$bits(<stem>_reg2hw_t)`.
    pub reg2hw_bits: u32,
    /// `$bits(<stem>_hw2reg_t)`.
    pub hw2reg_bits: u32,
    /// Every leaf of `<stem>_reg2hw_t`, in declaration order (most significant first).
    pub reg2hw: &'static [HwifMember],
    /// Every leaf of `<stem>_hw2reg_t`, in declaration order (most significant first).
    pub hw2reg: &'static [HwifMember],
}

impl Hwif {
    /// The reg2hw leaf `signal` of `reg[instance].field`.
    pub fn reg2hw_member(
        &self,
        reg: &str,
        instance: Option<usize>,
        field: &str,
        signal: Signal,
    ) -> Option<&'static HwifMember> {
        find(self.reg2hw, reg, instance, field, signal)
    }

    /// The hw2reg leaf `signal` of `reg[instance].field`.
    pub fn hw2reg_member(
        &self,
        reg: &str,
        instance: Option<usize>,
        field: &str,
        signal: Signal,
    ) -> Option<&'static HwifMember> {
        find(self.hw2reg, reg, instance, field, signal)
    }

    /// Number of 32-bit words of the flat reg2hw struct.
    pub const fn reg2hw_words(&self) -> usize {
        self.reg2hw_bits.div_ceil(32) as usize
    }

    /// Number of 32-bit words of the flat hw2reg struct.
    pub const fn hw2reg_words(&self) -> usize {
        self.hw2reg_bits.div_ceil(32) as usize
    }
}

fn find(
    members: &'static [HwifMember],
    reg: &str,
    instance: Option<usize>,
    field: &str,
    signal: Signal,
) -> Option<&'static HwifMember> {
    members
        .iter()
        .find(|m| m.reg == reg && m.instance == instance && m.field == field && m.signal == signal)
}

/// Bits `[lsb + width - 1 : lsb]` of a flat vector of little-endian 32-bit words (word 0
/// holds bits 31:0), right-aligned. `width` is at most 64; the bits may straddle words.
/// Panics when the bits lie beyond `words`.
pub fn get_bits(words: &[u32], lsb: u32, width: u32) -> u64 {
    assert!(width <= 64, "get_bits: width {width} > 64");
    let mut value = 0u64;
    let mut done = 0; // bits gathered so far
    while done < width {
        let bit = lsb + done;
        let (word, shift) = ((bit / 32) as usize, bit % 32);
        let take = (32 - shift).min(width - done);
        let chunk = (u64::from(words[word]) >> shift) & ones(take);
        value |= chunk << done;
        done += take;
    }
    value
}

/// Store the low `width` bits of `value` at bits `[lsb + width - 1 : lsb]` of a flat
/// vector of little-endian 32-bit words, leaving every other bit alone. `width` is at most
/// 64; the bits may straddle words. Panics when the bits lie beyond `words`.
pub fn set_bits(words: &mut [u32], lsb: u32, width: u32, value: u64) {
    assert!(width <= 64, "set_bits: width {width} > 64");
    let mut done = 0;
    while done < width {
        let bit = lsb + done;
        let (word, shift) = ((bit / 32) as usize, bit % 32);
        let take = (32 - shift).min(width - done);
        let mask = (ones(take) << shift) as u32;
        let chunk = (((value >> done) & ones(take)) << shift) as u32;
        words[word] = (words[word] & !mask) | chunk;
        done += take;
    }
}

const fn ones(n: u32) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_within_one_word() {
        let mut w = [0u32; 2];
        set_bits(&mut w, 4, 8, 0xab);
        assert_eq!(w, [0xab0, 0]);
        assert_eq!(get_bits(&w, 4, 8), 0xab);
        assert_eq!(get_bits(&w, 0, 4), 0);
        set_bits(&mut w, 0, 1, 1);
        assert_eq!(w, [0xab1, 0]);
        set_bits(&mut w, 4, 8, 0x1ff); // excess value bits are dropped
        assert_eq!(w, [0xff1, 0]);
    }

    #[test]
    fn bits_straddling_words() {
        let mut w = [0xffff_ffffu32; 4];
        set_bits(&mut w, 28, 8, 0);
        assert_eq!(w[..2], [0x0fff_ffff, 0xffff_fff0]);
        assert_eq!(get_bits(&w, 24, 16), 0xf00f);
        // 64 bits starting mid-word span three words.
        let mut w = [0u32; 4];
        set_bits(&mut w, 20, 64, 0x0123_4567_89ab_cdef);
        assert_eq!(w, [0xdef0_0000, 0x5678_9abc, 0x0000_1234, 0]);
        assert_eq!(get_bits(&w, 20, 64), 0x0123_4567_89ab_cdef);
        assert_eq!(get_bits(&w, 0, 64), 0x5678_9abc_def0_0000);
        assert_eq!(get_bits(&w, 32, 64), 0x0000_1234_5678_9abc);
    }

    #[test]
    fn set_then_get_leaves_other_bits() {
        // Every lsb and width over a 4-word vector: the field reads back, the rest stays.
        for lsb in 0..64u32 {
            for width in 1..=64u32 {
                let mut w = [0x5a5a_5a5au32; 4];
                let v = 0xfedc_ba98_7654_3210u64.rotate_left(lsb) & ones(width);
                set_bits(&mut w, lsb, width, v);
                assert_eq!(get_bits(&w, lsb, width), v, "lsb {lsb} width {width}");
                for bit in (0..128).filter(|b| *b < lsb || *b >= lsb + width) {
                    assert_eq!(get_bits(&w, bit, 1), u64::from((0x5a5a_5a5au32 >> (bit % 32)) & 1));
                }
            }
        }
    }

    #[test]
    fn zero_width_is_a_no_op() {
        let mut w = [7u32];
        set_bits(&mut w, 3, 0, u64::MAX);
        assert_eq!(w, [7]);
        assert_eq!(get_bits(&w, 3, 0), 0);
    }

    #[test]
    fn lookups() {
        const M: &[HwifMember] = &[
            HwifMember {
                reg: "a",
                instance: None,
                field: "f",
                signal: Signal::Q,
                lsb: 1,
                width: 4,
            },
            HwifMember {
                reg: "a",
                instance: None,
                field: "f",
                signal: Signal::Qe,
                lsb: 0,
                width: 1,
            },
            HwifMember {
                reg: "b",
                instance: Some(1),
                field: "g",
                signal: Signal::D,
                lsb: 0,
                width: 3,
            },
        ];
        let h =
            Hwif { block: "x", reg2hw_bits: 5, hw2reg_bits: 33, reg2hw: &M[..2], hw2reg: &M[2..] };
        assert_eq!(h.reg2hw_member("a", None, "f", Signal::Qe).map(|m| m.lsb), Some(0));
        assert!(h.reg2hw_member("a", Some(0), "f", Signal::Qe).is_none());
        assert_eq!(h.hw2reg_member("b", Some(1), "g", Signal::D).map(|m| m.width), Some(3));
        assert!(h.hw2reg_member("a", None, "f", Signal::Q).is_none());
        assert_eq!((h.reg2hw_words(), h.hw2reg_words()), (1, 2));
    }
}
