//! What the generated code in [`crate::regs`] is written with: bit-field helpers for
//! structures wider than 64 bits, stored as little-endian arrays of 32-bit words (word 0 holds
//! bits `[31:0]`; fields are at most 64 bits wide), and the macros that expand one line of a
//! generated layout into its accessors (`x()`, `set_x()`, `with_x()`), its byte images, its
//! `Debug` and its encodings. The generated files stay short; the code they expand to is the
//! same for every layout and is written (and tested) once, here.

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

/// Accessors of the fields of a layout, inside its `impl` block. One entry per field:
///
/// ```text
/// /// doc
/// get set_get with_get: kind(args);
/// ```
///
/// `kind` says where the bits are and what type they have: in a value stored in one integer
/// (`S`, the storage type given first) `flag(lsb)`, `num(T, lsb, mask)`, `enm(T, R, lsb, mask)`
/// (an encoding newtype over `R`, checked to fit) and `sub(T, R, lsb, mask)` (a nested layout
/// over `R`); in a value stored as 32-bit words (`words` first) `wflag(lsb)`,
/// `wnum(T, lsb, width, mask)`, `wenm(T, R, lsb, width, mask)`, `wsub(T, R, lsb, width)` and
/// `wide(T, first_word, words)` (a nested layout wider than 64 bits, word aligned). Setters of
/// numbers and encodings check in debug builds that the value fits the field.
macro_rules! fields {
    ($s:tt; $($(#[$m:meta])* $get:ident $set:ident $with:ident: $kind:ident($($a:tt)*);)*) => {
        $($crate::bits::fields!(@one $s [$(#[$m])*] $get $set $with $kind($($a)*));)*
    };
    (@one $s:tt [$(#[$m:meta])*] $get:ident $set:ident $with:ident $kind:ident($($a:tt)*)) => {
        $(#[$m])*
        #[inline]
        pub const fn $get(&self) -> $crate::bits::fields!(@ty $kind($($a)*)) {
            $crate::bits::fields!(@get self $s $kind($($a)*))
        }

        #[doc = concat!("Set `", stringify!($get), "`.")]
        #[inline]
        pub const fn $set(&mut self, v: $crate::bits::fields!(@ty $kind($($a)*))) {
            $crate::bits::fields!(@set self v $get $s $kind($($a)*))
        }

        #[doc = concat!("This value with `", stringify!($get), "` replaced.")]
        #[inline]
        #[must_use]
        pub const fn $with(mut self, v: $crate::bits::fields!(@ty $kind($($a)*))) -> Self {
            self.$set(v);
            self
        }
    };

    (@ty flag($($a:tt)*)) => { bool };
    (@ty wflag($($a:tt)*)) => { bool };
    (@ty $kind:ident($t:ty $(, $a:tt)*)) => { $t };

    (@get $self:ident $s:tt flag($l:literal)) => { ($self.0 >> $l) & 1 != 0 };
    (@get $self:ident $s:tt num($t:ty, $l:literal, $m:literal)) => { (($self.0 >> $l) & $m) as $t };
    (@get $self:ident $s:tt enm($t:ident, $r:ty, $l:literal, $m:literal)) => {
        $t((($self.0 >> $l) & $m) as $r)
    };
    (@get $self:ident $s:tt sub($t:ident, $r:ty, $l:literal, $m:literal)) => {
        $t((($self.0 >> $l) & $m) as $r)
    };
    (@get $self:ident $s:tt wflag($l:literal)) => { $crate::bits::get(&$self.0, $l, 1) != 0 };
    (@get $self:ident $s:tt wnum($t:ty, $l:literal, $w:literal, $m:literal)) => {
        $crate::bits::get(&$self.0, $l, $w) as $t
    };
    (@get $self:ident $s:tt wenm($t:ident, $r:ty, $l:literal, $w:literal, $m:literal)) => {
        $t($crate::bits::get(&$self.0, $l, $w) as $r)
    };
    (@get $self:ident $s:tt wsub($t:ident, $r:ty, $l:literal, $w:literal)) => {
        $t($crate::bits::get(&$self.0, $l, $w) as $r)
    };
    (@get $self:ident $s:tt wide($t:ident, $first:literal, $n:literal)) => {{
        let mut w = [0u32; $n];
        let mut i = 0;
        while i < $n {
            w[i] = $self.0[$first + i];
            i += 1;
        }
        $t(w)
    }};

    (@fits $v:expr, $get:ident, $m:literal) => {{
        const MASK: u64 = $m;
        // A 64-bit field has nothing above it to check.
        #[allow(clippy::bad_bit_mask)]
        let fits = ($v as u64) & !MASK == 0;
        debug_assert!(fits, concat!("value does not fit field `", stringify!($get), "`"))
    }};
    (@set $self:ident $v:ident $get:ident $s:tt flag($l:literal)) => {
        $self.0 = ($self.0 & !(1 << $l)) | (($v as $s) << $l)
    };
    (@set $self:ident $v:ident $get:ident $s:tt num($t:ty, $l:literal, $m:literal)) => {{
        $crate::bits::fields!(@fits $v, $get, $m);
        $self.0 = ($self.0 & !($m << $l)) | ((($v as $s) & $m) << $l)
    }};
    (@set $self:ident $v:ident $get:ident $s:tt enm($t:ident, $r:ty, $l:literal, $m:literal)) => {{
        $crate::bits::fields!(@fits $v.0, $get, $m);
        $self.0 = ($self.0 & !($m << $l)) | ((($v.0 as $s) & $m) << $l)
    }};
    (@set $self:ident $v:ident $get:ident $s:tt sub($t:ident, $r:ty, $l:literal, $m:literal)) => {
        $self.0 = ($self.0 & !($m << $l)) | ((($v.0 as $s) & $m) << $l)
    };
    (@set $self:ident $v:ident $get:ident $s:tt wflag($l:literal)) => {
        $crate::bits::set(&mut $self.0, $l, 1, $v as u64)
    };
    (@set $self:ident $v:ident $get:ident $s:tt wnum($t:ty, $l:literal, $w:literal, $m:literal)) => {{
        $crate::bits::fields!(@fits $v, $get, $m);
        $crate::bits::set(&mut $self.0, $l, $w, $v as u64)
    }};
    (@set $self:ident $v:ident $get:ident $s:tt wenm($t:ident, $r:ty, $l:literal, $w:literal, $m:literal)) => {{
        $crate::bits::fields!(@fits $v.0, $get, $m);
        $crate::bits::set(&mut $self.0, $l, $w, $v.0 as u64)
    }};
    (@set $self:ident $v:ident $get:ident $s:tt wsub($t:ident, $r:ty, $l:literal, $w:literal)) => {
        $crate::bits::set(&mut $self.0, $l, $w, $v.0 as u64)
    };
    (@set $self:ident $v:ident $get:ident $s:tt wide($t:ident, $first:literal, $n:literal)) => {{
        let mut i = 0;
        while i < $n {
            $self.0[$first + i] = $v.0[i];
            i += 1;
        }
    }};
}
pub(crate) use fields;

/// Byte images of a layout of `N` bytes, inside its `impl` block: `le` gives
/// `to_le_bytes`/`from_le_bytes` (byte 0 holds bits `[7:0]`), `be` gives
/// `to_be_bytes`/`from_be_bytes` (most significant byte first, as in the PCIe figures).
/// The storage is the integer type of a value stored in one integer, or `words` for an array
/// of 32-bit words.
macro_rules! byte_image {
    (@byte words) => {
        const fn byte(&self, i: usize) -> u8 {
            (self.0[i / 4] >> ((i % 4) * 8)) as u8
        }
        const fn with_byte(mut self, i: usize, b: u8) -> Self {
            self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
            self
        }
    };
    (@byte $s:ty) => {
        const fn byte(&self, i: usize) -> u8 {
            (self.0 >> (i * 8)) as u8
        }
        const fn with_byte(mut self, i: usize, b: u8) -> Self {
            self.0 |= (b as $s) << (i * 8);
            self
        }
    };
    (@zero words $n:literal) => {
        Self([0; ($n as usize).div_ceil(4)])
    };
    (@zero $s:tt $n:literal) => {
        Self(0)
    };
    (le $store:tt $n:literal) => {
        $crate::bits::byte_image!(@byte $store);

        /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
        pub const fn to_le_bytes(&self) -> [u8; $n] {
            let mut out = [0u8; $n];
            let mut i = 0;
            while i < $n {
                out[i] = self.byte(i);
                i += 1;
            }
            out
        }

        /// From a byte image in memory (little-endian).
        pub const fn from_le_bytes(bytes: [u8; $n]) -> Self {
            let mut v = $crate::bits::byte_image!(@zero $store $n);
            let mut i = 0;
            while i < $n {
                v = v.with_byte(i, bytes[i]);
                i += 1;
            }
            v
        }
    };
    (be $store:tt $n:literal) => {
        $crate::bits::byte_image!(@byte $store);

        /// Byte image on the wire (most significant byte first, as in the PCIe figures).
        pub const fn to_be_bytes(&self) -> [u8; $n] {
            let mut out = [0u8; $n];
            let mut i = 0;
            while i < $n {
                out[i] = self.byte($n - 1 - i);
                i += 1;
            }
            out
        }

        /// From a byte image on the wire (most significant byte first).
        pub const fn from_be_bytes(bytes: [u8; $n]) -> Self {
            let mut v = $crate::bits::byte_image!(@zero $store $n);
            let mut i = 0;
            while i < $n {
                v = v.with_byte($n - 1 - i, bytes[i]);
                i += 1;
            }
            v
        }
    };
}
pub(crate) use byte_image;

/// `Debug` of a layout: its name and every field through its getter.
macro_rules! debug_fields {
    ($t:ident: $($get:ident)*) => {
        impl core::fmt::Debug for $t {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.debug_struct(stringify!($t))$(.field(stringify!($get), &self.$get()))*.finish()
            }
        }
    };
}
pub(crate) use debug_fields;

/// The encodings of an encoding newtype `T(R)` of `W` bits: one associated constant each,
/// `WIDTH`, `name()`, `is_known()` and a `Debug` that prints the name or the raw value.
macro_rules! encodings {
    ($t:ident($r:ty), $w:literal; $($(#[$m:meta])* $name:ident = $v:literal,)*) => {
        impl $t {
            $($(#[$m])* pub const $name: Self = Self($v);)*
            /// Width of the encoding in bits.
            pub const WIDTH: u32 = $w;

            /// The name of a known encoding.
            pub const fn name(self) -> Option<&'static str> {
                match self.0 {
                    $($v => Some(stringify!($name)),)*
                    _ => None,
                }
            }

            /// True for the encodings the register map defines.
            pub const fn is_known(self) -> bool {
                self.name().is_some()
            }
        }

        impl core::fmt::Debug for $t {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match self.name() {
                    Some(n) => f.write_str(n),
                    None => write!(f, concat!(stringify!($t), "({:#x})"), self.0),
                }
            }
        }
    };
}
pub(crate) use encodings;

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
