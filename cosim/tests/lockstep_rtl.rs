//! The lockstep differential test on the IOMMU RTL: random configurations and request
//! streams (`scenarios::suite::differential`), every answer judged by the reference model,
//! registers / fault queue / fence words / interrupt lines compared at checkpoints. A
//! mismatch leaves a replay file of the run in the test's temporary folder.

use cosim::platform::lockstep_run;
use scenarios::suite::differential::Counts;

/// Seeds and translations per seed: 24,000 translations in all.
const SEEDS: u64 = 12;
const TRANSLATIONS: u64 = 2_000;

#[test]
fn rtl_agrees_with_the_model_on_random_runs() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let mut total = Counts::default();
    let mut cycles = 0;
    for seed in 1..=SEEDS {
        match lockstep_run(seed, TRANSLATIONS, Some(dir)) {
            Ok(r) => {
                total.add(&r.counts);
                cycles += r.cycles;
            }
            Err(m) => panic!("{m}"),
        }
    }
    println!("{total:?} in {cycles} cycles");
    assert!(total.translations >= SEEDS * TRANSLATIONS);
    // Every kind of answer and operation occurred.
    assert!(total.allowed > 2_000 && total.faults > 2_000 && total.ats > 500, "{total:?}");
    assert!(total.pte_changes > 100 && total.invalidations > 200 && total.debug > 50, "{total:?}");
    assert!(total.causes.len() >= 10, "{total:?}");
    // Page requests: queued records, discarded messages, the IOMMU's own PRG responses.
    let [queued, discarded, responded] = total.page_requests;
    assert!(queued > 50 && discarded > 50 && responded > 50, "{total:?}");
    assert!(total.ats_messages >= responded, "{total:?}");
}

/// The same from randomised initial values (Verilator `--x-initial unique`, seeded), with
/// bus models that stall: reset must define every bit the answers depend on.
#[test]
fn rtl_from_random_initial_values_agrees_with_the_model() {
    use cosim::harness::Config;
    use cosim::platform::lockstep_run_with;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    for seed in [101u64, 102] {
        let mut config =
            Config { seed, random_init: Some(seed as u32 * 7919), ..Config::default() };
        config.mem.ready_chance = 0.6;
        config.mem.read_latency = 9;
        config.axil_jitter = 0.3;
        if let Err(m) = lockstep_run_with(config, seed, 1_000, Some(dir)) {
            panic!("{m}");
        }
    }
}
