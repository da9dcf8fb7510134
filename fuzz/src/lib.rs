//! Fuzz properties of the kit, shared by the libFuzzer targets in `fuzz_targets/` (one thin
//! `fuzz_target!` each); the seeds are written by `xtask/src/fuzz_seeds.rs`. How the
//! targets are built and run on a stable toolchain: `README.md`.

pub mod records;
pub mod regmap;
pub mod tlp;
