//! The debug-interface scenarios of `scenarios::suite::debug` on the reference model.

use iommu_model::Config;
use scenarios::platform::{ModelPlatform, MODEL_MEMORY_BYTES};
use scenarios::suite::debug;

#[test]
fn debug_translation_at_every_page_size() {
    debug::every_page_size(ModelPlatform::new);
}

#[test]
fn debug_translation_at_every_page_size_with_slow_busy_bits() {
    debug::every_page_size(|| {
        ModelPlatform::with(Config { busy_polls: 2, ..Config::default() }, MODEL_MEMORY_BYTES)
    });
}

#[test]
fn debug_identity_translations() {
    debug::identity(ModelPlatform::new);
}

#[test]
fn debug_privileged_execute_and_read_only() {
    debug::privileged_execute_read_only(ModelPlatform::new);
}

#[test]
fn debug_faults_reach_the_fault_queue() {
    debug::faults(ModelPlatform::new);
}

#[test]
fn debug_faults_with_slow_busy_bits() {
    debug::faults(|| {
        ModelPlatform::with(Config { busy_polls: 2, ..Config::default() }, MODEL_MEMORY_BYTES)
    });
}

#[test]
fn debug_access_faults() {
    debug::access_faults(ModelPlatform::new);
}

#[test]
fn debug_directory_faults() {
    debug::directory_faults(ModelPlatform::new);
}
