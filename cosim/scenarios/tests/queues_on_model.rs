//! The command-queue and fault-queue scenarios of `scenarios::suite::queues` on the
//! reference model, some with busy bits that take two reads to clear.

use iommu_model::Config;
use scenarios::platform::{ModelPlatform, MODEL_MEMORY_BYTES};
use scenarios::suite::queues;

fn slow() -> ModelPlatform {
    ModelPlatform::with(Config { busy_polls: 2, ..Config::default() }, MODEL_MEMORY_BYTES)
}

#[test]
fn illegal_commands_are_reported_and_recovered() {
    queues::illegal_command_recovery(ModelPlatform::new);
}

#[test]
fn illegal_commands_in_a_small_queue() {
    queues::illegal_command_recovery_small_queue(ModelPlatform::new);
}

#[test]
fn illegal_commands_with_slow_busy_bits() {
    queues::illegal_command_recovery(slow);
}

#[test]
fn fence_memory_fault_is_reported_and_recovered() {
    queues::fence_memory_fault(ModelPlatform::new);
}

#[test]
fn several_errors_in_one_batch() {
    queues::several_errors_in_one_batch(ModelPlatform::new);
}

#[test]
fn held_commands_time_out_within_the_poll_budget() {
    queues::command_timeout(ModelPlatform::new);
}

#[test]
fn command_queue_wraps() {
    queues::command_queue_wrap(ModelPlatform::new);
}

#[test]
fn command_queue_wraps_with_slow_busy_bits() {
    queues::command_queue_wrap(slow);
}

#[test]
fn fault_queue_overflow() {
    queues::fault_queue_overflow(ModelPlatform::new);
}

#[test]
fn fault_queue_overflow_with_slow_busy_bits() {
    queues::fault_queue_overflow(slow);
}

#[test]
fn fault_queue_memory_fault() {
    queues::fault_queue_memory_fault(ModelPlatform::new);
}

#[test]
fn fault_queue_memory_fault_with_slow_busy_bits() {
    queues::fault_queue_memory_fault(slow);
}

#[test]
fn fault_queue_wraps() {
    queues::fault_queue_wrap(ModelPlatform::new);
}

#[test]
fn defined_commands_without_effect_complete() {
    queues::defined_commands_without_effect(ModelPlatform::new);
}
