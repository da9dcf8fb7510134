//! Bit-field helpers for structures wider than 64 bits, stored as little-endian arrays of
//! 32-bit words (word 0 holds bits `[31:0]`). Generated code calls these; fields are at most
//! 64 bits wide.

/// Read `width` (1..=64) bits starting at bit `lsb`.
pub const fn get(words: &[u32], lsb: u32, width: u32) -> u64 {
    let mut value: u64 = 0;
    let mut i = 0;
    while i < width {
        let bit = lsb + i;
        let word = words[(bit / 32) as usize];
        value |= (((word >> (bit % 32)) & 1) as u64) << i;
        i += 1;
    }
    value
}

/// Write the low `width` (1..=64) bits of `value` starting at bit `lsb`.
pub const fn set(words: &mut [u32], lsb: u32, width: u32, value: u64) {
    let mut i = 0;
    while i < width {
        let bit = lsb + i;
        let w = (bit / 32) as usize;
        let mask = 1u32 << (bit % 32);
        if (value >> i) & 1 == 1 {
            words[w] |= mask;
        } else {
            words[w] &= !mask;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn set_then_get_round_trips(words in proptest::array::uniform4(any::<u32>()),
                                    lsb in 0u32..128, width in 1u32..=64, value: u64) {
            prop_assume!(lsb + width <= 128);
            let mut w = words;
            set(&mut w, lsb, width, value);
            let mask = if width == 64 { u64::MAX } else { (1u64 << width) - 1 };
            prop_assert_eq!(get(&w, lsb, width), value & mask);
            // Bits outside the field are untouched.
            for bit in 0..128u32 {
                if bit < lsb || bit >= lsb + width {
                    prop_assert_eq!(get(&w, bit, 1), get(&words, bit, 1));
                }
            }
        }
    }
}
