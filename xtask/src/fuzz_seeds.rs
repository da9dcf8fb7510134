//! Seed corpora of `cargo xtask fuzz`: real TLPs of every kind the kit uses, encoded by the
//! endpoint's codec (with and without the PASID prefix), for `tlp_decode`; the real register
//! maps for `codegen_frontend`. The structured targets start from nothing.

use std::path::Path;

use driver::regs::pcie_ep_caps::RoutingId;
use driver::regs::tlp::{At, CplStatus, MsgCode, PrgRespCode, TlpFmtType};
use pcie_endpoint::tlp::{
    dws_to_bytes, Attrs, Completion, ConfigRequest, MemRequest, Message, PageRequest, Pasid,
    PasidPrefix, Tlp, TlpBody, FULL_BE,
};

use crate::error::{Context, Result};

fn seeds() -> Vec<(&'static str, Tlp)> {
    let rid = RoutingId::default().with_bus(1);
    let host = RoutingId::default();
    let prefix = Pasid::new(0x1234).ok().map(|pasid| PasidPrefix {
        pasid,
        privileged: true,
        execute: false,
    });
    let mem = |write: bool, address: u64, length_dw: usize, at: At| MemRequest {
        write,
        requester_id: rid,
        tag: 7,
        address,
        length_dw,
        first_be: FULL_BE,
        last_be: if length_dw == 1 { 0 } else { FULL_BE },
        at,
        attrs: Attrs::default(),
        data: if write { (0..length_dw * 4).map(|i| i as u8).collect() } else { Vec::new() },
    };
    let with = |prefix: Option<PasidPrefix>, body: TlpBody| Tlp { prefix, body };
    vec![
        ("mwr32", with(None, TlpBody::Mem(mem(true, 0x1000, 4, At::UNTRANSLATED)))),
        ("mwr64_pasid", with(prefix, TlpBody::Mem(mem(true, 1 << 33, 2, At::UNTRANSLATED)))),
        ("mrd32_pasid", with(prefix, TlpBody::Mem(mem(false, 0x2040, 16, At::UNTRANSLATED)))),
        ("mrd64", with(None, TlpBody::Mem(mem(false, 1 << 40, 1, At::UNTRANSLATED)))),
        ("mrd_ats", with(prefix, TlpBody::Mem(mem(false, 0x3000, 2, At::TRANSLATION_REQUEST)))),
        ("mwr_translated", with(None, TlpBody::Mem(mem(true, 0x4000, 1, At::TRANSLATED)))),
        (
            "cpld",
            with(
                None,
                TlpBody::Completion(Completion {
                    completer_id: host,
                    status: CplStatus::SC,
                    bcm: false,
                    byte_count: 8,
                    requester_id: rid,
                    tag: 7,
                    lower_address: 0x40,
                    attrs: Attrs::default(),
                    data: vec![1, 2, 3, 4, 5, 6, 7, 8],
                }),
            ),
        ),
        (
            "cpl_ur",
            with(
                None,
                TlpBody::Completion(Completion {
                    completer_id: host,
                    status: CplStatus::UR,
                    bcm: false,
                    byte_count: 4,
                    requester_id: rid,
                    tag: 9,
                    lower_address: 0,
                    attrs: Attrs::default(),
                    data: Vec::new(),
                }),
            ),
        ),
        (
            "cfgwr0",
            with(
                None,
                TlpBody::Config(ConfigRequest {
                    write: true,
                    type1: false,
                    requester_id: host,
                    tag: 1,
                    first_be: FULL_BE,
                    target: rid,
                    register: 4,
                    data: [6, 0, 0, 0],
                }),
            ),
        ),
        (
            "page_request",
            with(
                prefix,
                TlpBody::Message(Message::PageRequest(PageRequest {
                    requester_id: rid,
                    tag: 0,
                    page_addr: 0x4000_1000,
                    prg_index: 3,
                    last: true,
                    write: true,
                    read: true,
                })),
            ),
        ),
        (
            "prg_response",
            with(
                prefix,
                TlpBody::Message(Message::PrgResponse {
                    requester_id: host,
                    tag: 0,
                    destination_id: rid,
                    code: PrgRespCode::SUCCESS,
                    prg_index: 3,
                }),
            ),
        ),
        (
            "ats_inval_request",
            with(
                prefix,
                TlpBody::Message(Message::AtsInvalRequest {
                    requester_id: host,
                    itag: 5,
                    device_id: rid,
                    address: 0x4000_0000,
                    size: false,
                    global: false,
                }),
            ),
        ),
        (
            "ats_inval_completion",
            with(
                None,
                TlpBody::Message(Message::AtsInvalCompletion {
                    requester_id: rid,
                    tag: 0,
                    device_id: host,
                    cc: 1,
                    itag_vector: 1 << 5,
                }),
            ),
        ),
        (
            "msg_other",
            with(
                None,
                TlpBody::Message(Message::Other {
                    fmt_type: TlpFmtType::MSG_BCAST,
                    requester_id: host,
                    tag: 0,
                    code: MsgCode::PME_TURN_OFF,
                    dw2: 0,
                    dw3: 0,
                    data: Vec::new(),
                }),
            ),
        ),
    ]
}

/// Write the seeds under `corpus_root/<target>/`; how many.
pub fn write(corpus_root: &Path, regmaps: &Path) -> Result<usize> {
    let tlp_dir = corpus_root.join("tlp_decode");
    let map_dir = corpus_root.join("codegen_frontend");
    for d in [&tlp_dir, &map_dir] {
        std::fs::create_dir_all(d).context(|| format!("cannot create {}", d.display()))?;
    }
    let mut n = 0;
    for (name, tlp) in seeds() {
        let dws = tlp.encode().context(|| format!("seed {name} does not encode"))?;
        let path = tlp_dir.join(name);
        std::fs::write(&path, dws_to_bytes(&dws))
            .context(|| format!("cannot write {}", path.display()))?;
        n += 1;
    }
    let entries =
        std::fs::read_dir(regmaps).context(|| format!("cannot read {}", regmaps.display()))?;
    for entry in entries {
        let path = entry.context(|| format!("cannot read {}", regmaps.display()))?.path();
        if let (Some(name), true) = (path.file_name(), path.extension().is_some_and(|e| e == "sv"))
        {
            let to = map_dir.join(name);
            std::fs::copy(&path, &to).context(|| format!("cannot write {}", to.display()))?;
            n += 1;
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_seed_encodes_and_decodes_back() {
        for (name, tlp) in super::seeds() {
            let dws = tlp.encode().unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(pcie_endpoint::tlp::Tlp::decode(&dws).as_ref(), Ok(&tlp), "{name}");
        }
    }
}
