//! The codegen front end on mutated register maps: a diagnostic naming file, line and rule,
//! or a valid model that renders; never a panic (`src/regmap.rs`).
//!
//! libFuzzer's panic hook aborts on every panic, even one caught later. A panic inside
//! sv-parser is caught at our boundary (`codegen::parse` parses on a thread and turns one that
//! panicked into a `syntax` diagnostic), so the hook here lets exactly those unwind and aborts
//! on any other.
#![no_main]

use std::sync::Once;

static HOOK: Once = Once::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    HOOK.call_once(kit_fuzz::regmap::install_panic_hook);
    if let Ok(text) = std::str::from_utf8(data) {
        kit_fuzz::regmap::check(text);
    }
});
