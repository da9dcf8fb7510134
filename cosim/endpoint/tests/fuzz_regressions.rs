//! Findings of the fuzz targets (`fuzz/`, `cargo xtask fuzz`), each with its minimized input.

use driver::regs::pcie_ep_caps::RoutingId;
use pcie_endpoint::tlp::{ConfigRequest, Tlp, TlpBody, TlpError, DW_BYTES};

/// `tlp_roundtrip`: a configuration read whose `data` was not zero encoded (the data was
/// dropped) and decoded to a different value. Encoding now refuses it, as it refuses a
/// memory read with data.
#[test]
fn config_read_with_data_is_refused_by_encode() {
    let read = |data| {
        Tlp::new(TlpBody::Config(ConfigRequest {
            write: false,
            type1: false,
            requester_id: RoutingId(0),
            tag: 0,
            first_be: 0,
            target: RoutingId(0),
            register: 0,
            data,
        }))
    };
    assert_eq!(read([0, 6, 0, 0]).encode(), Err(TlpError::Payload(DW_BYTES)));
    let ok = read([0; DW_BYTES]);
    let dws = ok.encode().unwrap();
    assert_eq!(Tlp::decode(&dws), Ok(ok));
}
