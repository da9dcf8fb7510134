//! `Tlp::decode` on arbitrary wire DWs: never panics; whatever decodes re-encodes to the same
//! DWs up to the bits the decoder ignores and decodes again to the same value.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let dws = pcie_endpoint::tlp::bytes_to_dws(data);
    kit_fuzz::tlp::check_decode(&dws);
});
