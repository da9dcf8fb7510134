//! The stale-translation scenarios (`scenarios::suite::stale`) on the reference model,
//! with synchronous busy bits and with slow ones.

use iommu_model::Config;
use scenarios::platform::{ModelPlatform, MODEL_MEMORY_BYTES};
use scenarios::suite;

fn slow() -> ModelPlatform {
    ModelPlatform::with(Config { busy_polls: 2, ..Config::default() }, MODEL_MEMORY_BYTES)
}

#[test]
fn leaf_pte_changed_in_memory() {
    suite::stale::leaf_pte_changed_in_memory(ModelPlatform::new);
}

#[test]
fn superpage_promotion() {
    suite::stale::superpage_promotion(ModelPlatform::new);
}

#[test]
fn device_context_changed_in_memory() {
    suite::stale::device_context_changed_in_memory(ModelPlatform::new);
}

#[test]
fn process_context_changed_in_memory() {
    suite::stale::process_context_changed_in_memory(ModelPlatform::new);
}

#[test]
fn driver_changes_leave_one_answer() {
    suite::stale::driver_changes_leave_one_answer(ModelPlatform::new);
}

#[test]
fn driver_changes_leave_one_answer_with_slow_busy_bits() {
    suite::stale::driver_changes_leave_one_answer(slow);
}

#[test]
fn leaf_pte_changed_in_memory_with_slow_busy_bits() {
    suite::stale::leaf_pte_changed_in_memory(slow);
}

#[test]
fn global_mappings() {
    suite::stale::global_mappings(ModelPlatform::new);
}

#[test]
fn pdt_pointer_changed_in_memory() {
    suite::stale::pdt_pointer_changed_in_memory(ModelPlatform::new);
}

#[test]
fn ddt_pointer_changed_in_memory() {
    suite::stale::ddt_pointer_changed_in_memory(ModelPlatform::new);
}

#[test]
fn valid_entries_need_no_invalidation() {
    suite::stale::valid_entries_need_no_invalidation(ModelPlatform::new);
}

#[test]
fn superpage_leaf_invalidated_by_any_address_inside() {
    suite::stale::superpage_leaf_invalidated_by_any_address_inside(ModelPlatform::new);
}

#[test]
fn address_invalidation_of_every_address_space() {
    suite::stale::address_invalidation_of_every_address_space(ModelPlatform::new);
}

#[test]
fn napot_range_invalidated_page_by_page() {
    suite::stale::napot_range_invalidated_page_by_page(ModelPlatform::new);
}

#[test]
fn random_leaf_changes_follow_the_caching_rules() {
    suite::stale::random_leaf_changes_follow_the_caching_rules(ModelPlatform::new, 256);
}
