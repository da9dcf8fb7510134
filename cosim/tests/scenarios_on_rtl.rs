//! The driver's scenario suite (`scenarios::suite`, the test bodies of the model backend's
//! `cosim/scenarios/tests/*_on_model.rs`) on the IOMMU RTL, unchanged. Each scenario runs
//! on `Lockstep::strict(RtlPlatform)`: every answer of the RTL must be one the reference
//! model permits, and when the scenario ends, registers, host memory and interrupt lines of
//! the RTL and the model must be equal. (The model backend's "slow busy bits" variants are
//! not repeated: the RTL has real busy timing.)

use cosim::platform::RtlPlatform;
use scenarios::lockstep::Lockstep;
use scenarios::suite;

fn rtl() -> Lockstep<RtlPlatform> {
    Lockstep::strict(RtlPlatform::new().unwrap_or_else(|e| panic!("{e}")))
}

#[test]
fn debug_translation_at_every_page_size() {
    suite::debug::every_page_size(rtl);
}

#[test]
fn debug_identity_translations() {
    suite::debug::identity(rtl);
}

#[test]
fn debug_privileged_execute_and_read_only() {
    suite::debug::privileged_execute_read_only(rtl);
}

#[test]
fn debug_faults_reach_the_fault_queue() {
    suite::debug::faults(rtl);
}

#[test]
fn debug_access_faults() {
    suite::debug::access_faults(rtl);
}

#[test]
fn debug_directory_faults() {
    suite::debug::directory_faults(rtl);
}

#[test]
fn all_inbound_disallowed_in_off_mode() {
    suite::faults::device_directory::off_mode(rtl);
}

#[test]
fn ddt_load_faults() {
    suite::faults::device_directory::load_faults(rtl);
}

#[test]
fn ddt_invalid_entries() {
    suite::faults::device_directory::invalid_entries(rtl);
}

#[test]
fn ddt_misconfigured_entries() {
    suite::faults::device_directory::misconfigured_entries(rtl);
}

#[test]
fn device_context_checks() {
    suite::faults::device_directory::device_context_checks(rtl);
}

#[test]
fn transaction_type_disallowed_in_bare_mode() {
    suite::faults::transaction_type::bare_mode(rtl);
}

#[test]
fn transaction_type_disallowed_device_id_too_wide() {
    suite::faults::transaction_type::device_id_too_wide(rtl);
}

#[test]
fn transaction_type_disallowed_without_ats() {
    suite::faults::transaction_type::without_ats(rtl);
}

#[test]
fn transaction_type_disallowed_process_id() {
    suite::faults::transaction_type::process_id_not_allowed(rtl);
}

#[test]
fn transaction_type_disallowed_supervisor() {
    suite::faults::transaction_type::supervisor_not_enabled(rtl);
}

#[test]
fn first_stage_access_faults() {
    suite::faults::first_stage::access_faults(rtl);
}

#[test]
fn first_stage_page_faults() {
    suite::faults::first_stage::page_faults(rtl);
}

#[test]
fn first_stage_privilege_faults() {
    suite::faults::first_stage::privilege_faults(rtl);
}

#[test]
fn pdt_load_faults() {
    suite::faults::process_directory::load_faults(rtl);
}

#[test]
fn pdt_invalid_entries() {
    suite::faults::process_directory::invalid_entries(rtl);
}

#[test]
fn pdt_misconfigured_entries() {
    suite::faults::process_directory::misconfigured_entries(rtl);
}

#[test]
fn disable_translation_faults() {
    suite::faults::dtf::disable_translation_faults(rtl);
}

#[test]
fn distinct_vectors_per_source() {
    suite::interrupts::distinct_vectors(rtl);
}

#[test]
fn illegal_commands_are_reported_and_recovered() {
    suite::queues::illegal_command_recovery(rtl);
}

#[test]
fn illegal_commands_in_a_small_queue() {
    suite::queues::illegal_command_recovery_small_queue(rtl);
}

#[test]
fn fence_memory_fault_is_reported_and_recovered() {
    suite::queues::fence_memory_fault(rtl);
}

#[test]
fn several_errors_in_one_batch() {
    suite::queues::several_errors_in_one_batch(rtl);
}

#[test]
fn held_commands_time_out_within_the_poll_budget() {
    suite::queues::command_timeout(rtl);
}

#[test]
fn command_queue_wraps() {
    suite::queues::command_queue_wrap(rtl);
}

#[test]
fn fault_queue_overflow() {
    suite::queues::fault_queue_overflow(rtl);
}

#[test]
fn fault_queue_memory_fault() {
    suite::queues::fault_queue_memory_fault(rtl);
}

#[test]
fn fault_queue_wraps() {
    suite::queues::fault_queue_wrap(rtl);
}

#[test]
fn defined_commands_without_effect_complete() {
    suite::queues::defined_commands_without_effect(rtl);
}

#[test]
fn three_level_ddt() {
    let counts = suite::scale::three_level_ddt(rtl);
    println!("{counts:?}");
}

#[test]
fn leaf_pte_changed_in_memory() {
    suite::stale::leaf_pte_changed_in_memory(rtl);
}

#[test]
fn superpage_promotion() {
    suite::stale::superpage_promotion(rtl);
}

#[test]
fn device_context_changed_in_memory() {
    suite::stale::device_context_changed_in_memory(rtl);
}

#[test]
fn process_context_changed_in_memory() {
    suite::stale::process_context_changed_in_memory(rtl);
}

#[test]
fn driver_changes_leave_one_answer() {
    suite::stale::driver_changes_leave_one_answer(rtl);
}

#[test]
fn global_mappings() {
    suite::stale::global_mappings(rtl);
}

#[test]
fn pdt_pointer_changed_in_memory() {
    suite::stale::pdt_pointer_changed_in_memory(rtl);
}

#[test]
fn ddt_pointer_changed_in_memory() {
    suite::stale::ddt_pointer_changed_in_memory(rtl);
}

#[test]
fn valid_entries_need_no_invalidation() {
    suite::stale::valid_entries_need_no_invalidation(rtl);
}

#[test]
fn superpage_leaf_invalidated_by_any_address_inside() {
    suite::stale::superpage_leaf_invalidated_by_any_address_inside(rtl);
}

#[test]
fn address_invalidation_of_every_address_space() {
    suite::stale::address_invalidation_of_every_address_space(rtl);
}

#[test]
fn napot_range_invalidated_page_by_page() {
    suite::stale::napot_range_invalidated_page_by_page(rtl);
}

#[test]
fn random_leaf_changes_follow_the_caching_rules() {
    suite::stale::random_leaf_changes_follow_the_caching_rules(rtl, 32);
}

#[test]
fn every_size_and_rule() {
    suite::translation::every_size_and_rule(rtl);
}

#[test]
fn random_tables_match_the_reference_walk() {
    suite::translation::random_tables_match_the_reference_walk(rtl, 32);
}

fn rtl_holding_invalidations() -> Lockstep<RtlPlatform> {
    Lockstep::strict(RtlPlatform::holding_invalidations().unwrap_or_else(|e| panic!("{e}")))
}

#[test]
fn page_requests_are_queued() {
    suite::page_requests::records_are_queued(rtl);
}

#[test]
fn refused_page_request_lookups_are_answered_and_logged() {
    suite::page_requests::lookup_refusals(rtl);
}

#[test]
fn page_request_lookup_faults_before_the_device_context_are_answered_and_logged() {
    suite::page_requests::lookup_faults(rtl);
}

#[test]
fn a_full_page_request_queue_answers_success() {
    suite::page_requests::queue_full(rtl);
}

#[test]
fn a_disabled_page_request_queue_answers_failure() {
    suite::page_requests::queue_disabled(rtl);
}

#[test]
fn a_page_request_queue_in_refused_memory_sets_pqmf() {
    suite::page_requests::queue_memory_fault(rtl);
}

#[test]
fn fences_wait_for_invalidation_completions() {
    suite::ats_invalidation::fence_waits_for_the_completion(rtl_holding_invalidations);
}

#[test]
fn invalidation_timeouts_set_cmd_to() {
    suite::ats_invalidation::timeout_sets_cmd_to(rtl_holding_invalidations);
}
