//! The fault scenarios of `scenarios::suite::faults` on the reference model.

use scenarios::platform::ModelPlatform;
use scenarios::suite::faults::{
    device_directory, dtf, first_stage, process_directory, transaction_type,
};

#[test]
fn all_inbound_disallowed_in_off_mode() {
    device_directory::off_mode(ModelPlatform::new);
}

#[test]
fn ddt_load_faults() {
    device_directory::load_faults(ModelPlatform::new);
}

#[test]
fn ddt_invalid_entries() {
    device_directory::invalid_entries(ModelPlatform::new);
}

#[test]
fn ddt_misconfigured_entries() {
    device_directory::misconfigured_entries(ModelPlatform::new);
}

#[test]
fn device_context_checks() {
    device_directory::device_context_checks(ModelPlatform::new);
}

#[test]
fn transaction_type_disallowed_in_bare_mode() {
    transaction_type::bare_mode(ModelPlatform::new);
}

#[test]
fn transaction_type_disallowed_device_id_too_wide() {
    transaction_type::device_id_too_wide(ModelPlatform::new);
}

#[test]
fn transaction_type_disallowed_without_ats() {
    transaction_type::without_ats(ModelPlatform::new);
}

#[test]
fn transaction_type_disallowed_process_id() {
    transaction_type::process_id_not_allowed(ModelPlatform::new);
}

#[test]
fn transaction_type_disallowed_supervisor() {
    transaction_type::supervisor_not_enabled(ModelPlatform::new);
}

#[test]
fn first_stage_access_faults() {
    first_stage::access_faults(ModelPlatform::new);
}

#[test]
fn first_stage_page_faults() {
    first_stage::page_faults(ModelPlatform::new);
}

#[test]
fn first_stage_privilege_faults() {
    first_stage::privilege_faults(ModelPlatform::new);
}

#[test]
fn pdt_load_faults() {
    process_directory::load_faults(ModelPlatform::new);
}

#[test]
fn pdt_invalid_entries() {
    process_directory::invalid_entries(ModelPlatform::new);
}

#[test]
fn pdt_misconfigured_entries() {
    process_directory::misconfigured_entries(ModelPlatform::new);
}

#[test]
fn disable_translation_faults() {
    dtf::disable_translation_faults(ModelPlatform::new);
}
