//! A structured TLP encodes and decodes back equal, or encoding refuses it with a `TlpError`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    if let Ok(tlp) = kit_fuzz::tlp::arbitrary_tlp(&mut u) {
        kit_fuzz::tlp::check_roundtrip(&tlp);
    }
});
