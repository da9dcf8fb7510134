//! The scenarios: each is a function generic over a [`Platform`] factory, run by
//! `tests/*on_model.rs` on the reference model (and by the RTL issue's tests on the RTL).
//! A scenario panics (with the platform's name) when the backend misbehaves.

use driver::iommu::{Config, Iommu, Requirements};

use crate::platform::Platform;

pub mod ats_invalidation;
pub mod bring_up;
pub mod debug;
pub mod differential;
pub mod faults;
pub mod interrupts;
pub mod page_requests;
pub mod queues;
pub mod scale;
pub mod stale;
pub mod translation;

/// The driver on `p` with `config`, or a panic naming the platform.
pub fn init<P: Platform>(p: &P, config: Config) -> Iommu<P::Regs<'_>, P::Memory<'_>> {
    match Iommu::init(p.regs(), p.memory(), config) {
        Ok(iommu) => iommu,
        Err(e) => panic!("{}: bring-up failed: {e}", p.name()),
    }
}

/// A bring-up configuration asking for everything the scenarios use.
pub fn full_config() -> Config {
    Config {
        requirements: Requirements {
            sv39: true,
            sv48: true,
            process_id_bits: 20,
            ats: true,
            debug: true,
            physical_address_bits: 40,
        },
        ..Config::default()
    }
}

/// A proptest runner for a scenario: `cases` cases from a fixed seed, no failure files, so a
/// backend replays exactly the same cases (the RTL may run fewer).
pub fn deterministic_runner(seed: u64, cases: u32) -> proptest::test_runner::TestRunner {
    use proptest::test_runner::{Config, RngSeed, TestRunner};
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        ..Config::default()
    })
}
