//! TLP codec: round trips, spec spot checks, and typed errors for malformed input.

use driver::regs::pcie_ep_caps::RoutingId;
use driver::regs::tlp::{At, CplStatus, MsgCode, PrgRespCode, TlpFmtType};
use pcie_endpoint::tlp::{
    bytes_to_dws, check_byte_enables, crosses_boundary, Attrs, Completion, ConfigRequest,
    MemRequest, Message, PageRequest, Pasid, PasidPrefix, Tlp, TlpBody, TlpError,
};
use proptest::prelude::*;

fn rid() -> impl Strategy<Value = RoutingId> {
    any::<u16>().prop_map(RoutingId)
}

fn prefix() -> impl Strategy<Value = Option<PasidPrefix>> {
    proptest::option::of((0..=Pasid::MAX, any::<bool>(), any::<bool>()).prop_map(|(p, pr, ex)| {
        PasidPrefix { pasid: Pasid::new(p).unwrap(), privileged: pr, execute: ex }
    }))
}

fn mem() -> impl Strategy<Value = MemRequest> {
    (
        any::<bool>(),
        rid(),
        any::<u8>(),
        any::<bool>(),
        0u64..(1 << 50),
        1usize..=1024,
        0u8..3,
        any::<u64>(),
    )
        .prop_map(|(write, requester_id, tag, high, page, len, at, seed)| {
            // A DW-aligned start inside a 4 KiB page that leaves room for the length.
            let len = len.min(1024);
            let room = 1024 - len;
            let dw_in_page = if room == 0 { 0 } else { seed as usize % (room + 1) };
            let base = if high { (page | 1 << 20) << 12 } else { (page % (1 << 20)) << 12 };
            let address = base + (dw_in_page * 4) as u64;
            let (first_be, last_be) =
                if len == 1 { ((seed >> 20) as u8 & 0xf, 0) } else { (0xf, 0xf) };
            let data = if write {
                (0..len * 4).map(|i| (i as u64 ^ seed) as u8).collect()
            } else {
                Vec::new()
            };
            MemRequest {
                write,
                requester_id,
                tag,
                address,
                length_dw: len,
                first_be,
                last_be,
                at: At(at),
                attrs: Attrs {
                    tc: (seed >> 8) as u8 & 7,
                    attr: (seed >> 12) as u8 & 3,
                    poisoned: seed & 1 == 1,
                },
                data,
            }
        })
}

fn body() -> impl Strategy<Value = (bool, TlpBody)> {
    prop_oneof![
        mem().prop_map(|m| (true, TlpBody::Mem(m))),
        (rid(), 0u8..8, 1usize..=4096, rid(), any::<u8>(), 0u8..128, 0usize..64).prop_map(
            |(c, st, bc, r, tag, la, dws)| (
                false,
                TlpBody::Completion(Completion {
                    completer_id: c,
                    status: CplStatus(st),
                    bcm: false,
                    byte_count: bc,
                    requester_id: r,
                    tag,
                    lower_address: la,
                    attrs: Attrs::default(),
                    data: (0..dws * 4).map(|i| i as u8).collect(),
                })
            )
        ),
        (
            any::<bool>(),
            any::<bool>(),
            rid(),
            any::<u8>(),
            0u8..16,
            rid(),
            0u16..1024,
            any::<[u8; 4]>()
        )
            .prop_map(|(write, type1, r, tag, be, target, register, data)| (
                false,
                TlpBody::Config(ConfigRequest {
                    write,
                    type1,
                    requester_id: r,
                    tag,
                    first_be: be,
                    target,
                    register,
                    data: if write { data } else { [0; 4] },
                })
            )),
        (rid(), any::<u8>(), 0u64..(1 << 52), 0u16..512, any::<[bool; 3]>()).prop_map(
            |(r, tag, page, prg, b)| (
                true,
                TlpBody::Message(Message::PageRequest(PageRequest {
                    requester_id: r,
                    tag,
                    page_addr: page << 12,
                    prg_index: prg,
                    last: b[0],
                    write: b[1],
                    read: b[2],
                }))
            )
        ),
        (
            rid(),
            any::<u8>(),
            rid(),
            prop_oneof![
                Just(PrgRespCode::SUCCESS),
                Just(PrgRespCode::INVALID_REQUEST),
                Just(PrgRespCode::RESPONSE_FAILURE)
            ],
            0u16..512
        )
            .prop_map(|(r, tag, d, code, prg)| (
                true,
                TlpBody::Message(Message::PrgResponse {
                    requester_id: r,
                    tag,
                    destination_id: d,
                    code,
                    prg_index: prg
                })
            )),
        (rid(), 0u8..32, rid(), 0u64..(1 << 52), any::<bool>(), any::<bool>()).prop_map(
            |(r, itag, d, a, s, g)| (
                true,
                TlpBody::Message(Message::AtsInvalRequest {
                    requester_id: r,
                    itag,
                    device_id: d,
                    address: a << 12,
                    size: s,
                    global: g
                })
            )
        ),
        (rid(), any::<u8>(), rid(), 1u8..=8, any::<u32>()).prop_map(|(r, tag, d, cc, v)| (
            false,
            TlpBody::Message(Message::AtsInvalCompletion {
                requester_id: r,
                tag,
                device_id: d,
                cc,
                itag_vector: v
            })
        )),
        (rid(), any::<u8>(), any::<u32>(), any::<u32>(), 0usize..4, any::<bool>()).prop_map(
            |(r, tag, dw2, dw3, n, data)| (
                false,
                TlpBody::Message(Message::Other {
                    fmt_type: if data { TlpFmtType::MSGD_LOCAL } else { TlpFmtType::MSG_BCAST },
                    requester_id: r,
                    tag,
                    code: MsgCode::VENDOR_TYPE1,
                    dw2,
                    dw3,
                    data: if data { vec![0xa5; 4 * (n + 1)] } else { Vec::new() },
                })
            )
        ),
    ]
}

fn tlp() -> impl Strategy<Value = Tlp> {
    (body(), prefix()).prop_map(|((_, body), prefix)| {
        // A prefix only where PCIe allows one (the codec's own rule, checked on its own in
        // `prefix_placement`): untranslated requests, translation requests, three messages.
        let allowed = Tlp::new(body.clone()).prefix_allowed();
        Tlp { prefix: if allowed { prefix } else { None }, body }
    })
}

proptest! {
    #[test]
    fn encode_decode_round_trip(t in tlp()) {
        let dws = t.encode().unwrap();
        prop_assert_eq!(Tlp::decode(&dws).unwrap(), t);
    }

    #[test]
    fn decode_never_panics(dws in proptest::collection::vec(any::<u32>(), 0..40)) {
        let _ = Tlp::decode(&dws);
    }

    #[test]
    fn mutated_length_is_caught(t in tlp(), extra in 1usize..3) {
        let mut dws = t.encode().unwrap();
        dws.extend(std::iter::repeat_n(0, extra));
        let trailing = matches!(Tlp::decode(&dws), Err(TlpError::TrailingData { .. }));
        prop_assert!(trailing);
        dws.truncate(dws.len() - extra - 1);
        prop_assert!(Tlp::decode(&dws).is_err());
    }
}

/// FACTS.md / PCIe Base 6.x Table 6-15: privileged PASID prefix for PASID 0x1234 is 0x91801234;
/// execute is byte 1 bit 6 (bit 22 of the DW).
#[test]
fn pasid_prefix_layout() {
    let p = PasidPrefix { pasid: Pasid::new(0x1234).unwrap(), privileged: true, execute: false };
    assert_eq!(p.to_dw(), 0x9180_1234);
    let e = PasidPrefix { pasid: Pasid::new(0xf_ffff).unwrap(), privileged: false, execute: true };
    assert_eq!(e.to_dw(), 0x914f_ffff);
    assert!(Pasid::new(1 << 20).is_err());
}

fn mwr(addr: u64) -> Tlp {
    Tlp::new(TlpBody::Mem(MemRequest {
        write: true,
        requester_id: RoutingId(0x100),
        tag: 0,
        address: addr,
        length_dw: 2,
        first_be: 0xf,
        last_be: 0xf,
        at: At::UNTRANSLATED,
        attrs: Attrs::default(),
        data: vec![1; 8],
    }))
}

#[test]
fn malformed_inputs_are_typed_errors() {
    let p = PasidPrefix { pasid: Pasid::new(5).unwrap(), ..Default::default() }.to_dw();
    let body = mwr(0x1000).encode().unwrap();
    assert_eq!(Tlp::decode(&[]), Err(TlpError::Empty));
    assert_eq!(Tlp::decode(&[p]), Err(TlpError::PrefixWithoutHeader));
    let two: Vec<u32> = [p, p].into_iter().chain(body.iter().copied()).collect();
    assert_eq!(Tlp::decode(&two), Err(TlpError::DuplicatePasidPrefix));
    let tph = u32::from(TlpFmtType::PREFIX_EXT_TPH.0) << 24;
    let with_tph: Vec<u32> = [tph].into_iter().chain(body.iter().copied()).collect();
    assert_eq!(
        Tlp::decode(&with_tph),
        Err(TlpError::UnsupportedEndEndPrefix(TlpFmtType::PREFIX_EXT_TPH))
    );
    let local = u32::from(TlpFmtType::PREFIX_MRIOV.0) << 24;
    let with_local: Vec<u32> = [local].into_iter().chain(body.iter().copied()).collect();
    assert_eq!(Tlp::decode(&with_local), Err(TlpError::LocalPrefix(TlpFmtType::PREFIX_MRIOV)));
    // A PASID prefix on a completion.
    let cpl = Tlp::new(TlpBody::Completion(Completion {
        completer_id: RoutingId(0),
        status: CplStatus::SC,
        bcm: false,
        byte_count: 4,
        requester_id: RoutingId(0x100),
        tag: 1,
        lower_address: 0,
        attrs: Attrs::default(),
        data: vec![0; 4],
    }));
    let mut dws = vec![p];
    dws.extend(cpl.encode().unwrap());
    assert_eq!(Tlp::decode(&dws), Err(TlpError::PrefixNotAllowed(TlpFmtType::CPLD)));
    let mut bad = cpl.clone();
    bad.prefix = Some(PasidPrefix::default());
    assert!(matches!(bad.encode(), Err(TlpError::PrefixNotAllowed(_))));
    // 4 KiB crossing and 64-bit format below 4 GiB.
    assert!(matches!(mwr(0xffc).encode(), Err(TlpError::Crosses4k { .. })));
    let mut hi = mwr(0x1_0000_0000).encode().unwrap();
    hi[3] = 0x1000; // address [31:2] of a 64-bit header: now below 4 GiB with the upper DW 0
    hi[2] = 0;
    assert_eq!(Tlp::decode(&hi), Err(TlpError::Addr64Below4G(0x1000)));
    // Byte enables (PCIe Base 6.x 2.2.5).
    assert!(check_byte_enables(0, 1, 0b0110, 0).is_ok());
    assert!(check_byte_enables(0, 1, 0b0110, 1).is_err());
    assert!(check_byte_enables(4, 2, 0b0110, 0b0001).is_err());
    assert!(check_byte_enables(0, 2, 0b0110, 0b0001).is_ok(), "QW-aligned 2 DW may be sparse");
    assert!(check_byte_enables(0, 3, 0b1100, 0b0111).is_ok());
    assert!(check_byte_enables(0, 3, 0b1010, 0b0111).is_err());
    assert!(crosses_boundary(0xffc, 2) && !crosses_boundary(0xff8, 2));
    // Configuration request with Length 2.
    let cfg = Tlp::new(TlpBody::Config(ConfigRequest {
        write: false,
        type1: false,
        requester_id: RoutingId(0),
        tag: 0,
        first_be: 0xf,
        target: RoutingId(0x100),
        register: 0,
        data: [0; 4],
    }));
    let mut c = cfg.encode().unwrap();
    c[0] |= 2;
    c[0] &= !1;
    assert_eq!(Tlp::decode(&c), Err(TlpError::ConfigLength(2)));
    // A page request sent with by-ID routing.
    let pr = Tlp::new(TlpBody::Message(Message::PageRequest(PageRequest {
        requester_id: RoutingId(0x100),
        tag: 0,
        page_addr: 0x5000,
        prg_index: 3,
        last: true,
        write: false,
        read: true,
    })));
    let mut m = pr.encode().unwrap();
    m[0] = (m[0] & 0x00ff_ffff) | (u32::from(TlpFmtType::MSG_ID.0) << 24);
    assert!(matches!(Tlp::decode(&m), Err(TlpError::MessageFormat { .. })));
    let _ = bytes_to_dws(&[1, 2, 3]);
}

/// A 64-bit write at the top of the address space: decoding reports it, never overflows.
#[test]
fn wrap_at_top_of_address_space() {
    let mut t = mwr(0x1_0000_0000).encode().unwrap();
    t[2] = u32::MAX;
    t[3] = !3;
    assert!(matches!(Tlp::decode(&t), Err(TlpError::Crosses4k { .. })));
}

/// PCIe Base 6.x 6.20 / 2.2.4.1: a PASID prefix goes on untranslated requests and on
/// translation requests (reads), never on a translated request or a write with AT 01b.
#[test]
fn prefix_placement() {
    let prefix = Some(PasidPrefix { pasid: Pasid::new(5).unwrap(), ..Default::default() });
    let with_at = |write: bool, at: At| {
        let mut t = mwr(0x1000);
        if let TlpBody::Mem(m) = &mut t.body {
            m.write = write;
            m.at = at;
            if !write {
                m.data.clear();
            }
        }
        t.prefix = prefix;
        t
    };
    assert!(with_at(true, At::UNTRANSLATED).encode().is_ok());
    assert!(with_at(false, At::TRANSLATION_REQUEST).encode().is_ok());
    for (write, at) in
        [(true, At::TRANSLATED), (false, At::TRANSLATED), (true, At::TRANSLATION_REQUEST)]
    {
        let t = with_at(write, at);
        assert!(!t.prefix_allowed(), "{write} {at:?}");
        assert!(matches!(t.encode(), Err(TlpError::PrefixNotAllowed(_))), "{write} {at:?}");
    }
}
