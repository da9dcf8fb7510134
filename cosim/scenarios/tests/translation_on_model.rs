//! The translation scenarios (`scenarios::suite::translation`) on the reference model.

use iommu_model::Config;
use scenarios::platform::{ModelPlatform, MODEL_MEMORY_BYTES};
use scenarios::suite;

#[test]
fn every_size_and_rule() {
    suite::translation::every_size_and_rule(ModelPlatform::new);
}

#[test]
fn every_size_and_rule_with_slow_busy_bits() {
    let slow =
        || ModelPlatform::with(Config { busy_polls: 2, ..Config::default() }, MODEL_MEMORY_BYTES);
    suite::translation::every_size_and_rule(slow);
}

#[test]
fn random_tables_match_the_reference_walk() {
    suite::translation::random_tables_match_the_reference_walk(ModelPlatform::new, 256);
}
