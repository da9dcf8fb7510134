//! The scale scenarios (`scenarios::suite::scale`) on the reference model.

use iommu_model::Config;
use scenarios::platform::{ModelPlatform, MODEL_MEMORY_BYTES};
use scenarios::suite;

#[test]
fn three_level_ddt() {
    let counts = suite::scale::three_level_ddt(ModelPlatform::new);
    eprintln!("3-level DDT: {counts:?}");
}

#[test]
fn two_level_ddt_with_slow_busy_bits() {
    let slow =
        || ModelPlatform::with(Config { busy_polls: 2, ..Config::default() }, MODEL_MEMORY_BYTES);
    let counts = suite::scale::two_level_ddt(slow);
    eprintln!("2-level DDT: {counts:?}");
}
