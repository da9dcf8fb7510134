//! Arbitrary page-request and fault records in the queues of the reference model: the
//! driver answers every group as the oracle says and never panics (`src/records.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    kit_fuzz::records::run(data);
});
