//! Property test of the root port's receive path on the whole design (`kit_sim_top`): streams
//! of random valid memory requests (MWr / MRd, 32- and 64-bit, with and without a PASID
//! prefix, 1..512 bytes at any alignment) interleaved with mutated ones that PCIe says must be
//! dropped (truncated, extended, wrong Length, Local / too many / non-PASID prefixes, EP,
//! TD without digest, reserved Fmt/Type, 4 KiB crossing, payload above MPS), under random
//! link valid / ready probabilities.
//!
//! Checked per case: every valid write lands byte for byte (only its enabled bytes), nothing
//! else in host memory changes, every valid read gets one completion sequence whose data
//! match memory as ordered after the earlier writes (Byte Count counting down), a mutated
//! read gets exactly one UR completion when it is an Unsupported Request and none when it is
//! Malformed, AER reports an error exactly when a mutated TLP was sent, and a final read sent
//! behind everything is answered within a bound (no deadlock). The harness fails the run on
//! any RTL assertion. Deterministic: fixed proptest seed, a fixed number of cases, one of
//! them with random initial values.

mod kit;

use std::collections::BTreeMap;

use cosim::axi_mem::AxiMemConfig;
use cosim::Config;
use driver::regs::pcie_rp_cfg::{AerUncorErrors, AerUncorStatus, Mps};
use driver::regs::tlp::{At, CplStatus, TlpDw0, TlpFmtType, TlpPasidPrefix};
use kit::*;
use pcie_endpoint::tlp::{dws_to_bytes, Attrs, MemRequest, Pasid, PasidPrefix, Tlp, TlpBody};
use proptest::prelude::*;
use proptest::test_runner::{Config as PtConfig, RngAlgorithm, TestRng, TestRunner};

/// Cases run; each is a fresh design.
const CASES: u32 = 256;
/// Largest payload at the Max Payload Size the cases set (512 B).
const MPS_BYTES: usize = 512;

#[derive(Clone, Copy, Debug)]
enum Mutation {
    Truncate(usize),
    Extend(usize),
    WrongLength(u16),
    LocalPrefix,
    TwoPasid,
    FivePrefixes,
    TphPrefix,
    Poison,
    TdNoDigest,
    ReservedType(u8),
    Cross4k,
    OverMps,
}

#[derive(Clone, Debug)]
struct Req {
    write: bool,
    high: bool,
    /// Byte address and byte count asked.
    addr: u64,
    bytes: usize,
    pasid: Option<u32>,
    mutation: Option<Mutation>,
    seed: u8,
}

/// Reserved Fmt/Type encodings (no TLP has them).
const RESERVED_FT: [u8; 5] = [0x03, 0x06, 0x1f, 0x43, 0x7b];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (1usize..4).prop_map(Mutation::Truncate),
        (1usize..4).prop_map(Mutation::Extend),
        (1u16..6).prop_map(Mutation::WrongLength),
        Just(Mutation::LocalPrefix),
        Just(Mutation::TwoPasid),
        Just(Mutation::FivePrefixes),
        Just(Mutation::TphPrefix),
        Just(Mutation::Poison),
        Just(Mutation::TdNoDigest),
        (0..RESERVED_FT.len()).prop_map(|i| Mutation::ReservedType(RESERVED_FT[i])),
        Just(Mutation::Cross4k),
        Just(Mutation::OverMps),
    ]
}

fn req() -> impl Strategy<Value = Req> {
    (
        any::<bool>(),
        any::<bool>(),
        0u64..(WIN_LEN / 4096),
        0u64..4096,
        1usize..=MPS_BYTES,
        proptest::option::of(1u32..(1 << 20)),
        proptest::option::weighted(0.35, mutation()),
        any::<u8>(),
    )
        .prop_map(|(write, high, page, off, bytes, pasid, mutation, seed)| {
            // Keep the request in its 4 KiB page and within MPS in whole DWs.
            let bytes = bytes.min(MPS_BYTES - (off as usize & 3));
            let off = off.min(4096 - bytes as u64);
            let base = if high { WIN64 } else { WIN32 };
            Req { write, high, addr: base + page * 4096 + off, bytes, pasid, mutation, seed }
        })
}

/// The request's DW address, Length and byte enables.
fn shape(r: &Req) -> (u64, usize, u8, u8) {
    let dw_addr = r.addr & !3;
    let first = (r.addr & 3) as usize;
    let end = first + r.bytes; // bytes from dw_addr
    let len = end.div_ceil(4);
    let mask = |lo: usize, hi: usize| -> u8 { (((1u16 << hi) - 1) & !((1u16 << lo) - 1)) as u8 };
    if len == 1 {
        (dw_addr, 1, mask(first, end), 0)
    } else {
        (dw_addr, len, mask(first, 4), mask(0, end - 4 * (len - 1)))
    }
}

fn mem_request(r: &Req, tag: u8, dw_addr: u64, len: usize, fbe: u8, lbe: u8) -> MemRequest {
    MemRequest {
        write: r.write,
        requester_id: EP_RID,
        tag,
        address: dw_addr,
        length_dw: len,
        first_be: fbe,
        last_be: lbe,
        at: At::UNTRANSLATED,
        attrs: Attrs::default(),
        data: if r.write {
            (0..4 * len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(r.seed)).collect()
        } else {
            Vec::new()
        },
    }
}

/// What a read must get.
#[derive(Clone, Debug, PartialEq)]
enum ReadOutcome {
    /// Completions carrying these bytes (enabled bytes only compared: `Some`, any of the
    /// values listed: the byte before the read, or one a later write put there, since a posted
    /// write may pass a read, PCIe 2.4.1 Table 2-40). `base`: window index of `dw_addr`.
    Data {
        dw_addr: u64,
        base: usize,
        expect: Vec<Option<Vec<u8>>>,
    },
    Ur,
    None,
}

/// Wire DWs of `r` with its mutation applied, and whether it is a dropped (refused) TLP.
fn wire(r: &Req, tag: u8) -> Vec<u32> {
    let (dw_addr, len, fbe, lbe) = shape(r);
    let m = mem_request(r, tag, dw_addr, len, fbe, lbe);
    let prefix = r.pasid.map(|p| PasidPrefix {
        pasid: Pasid::new(p).unwrap(),
        privileged: false,
        execute: false,
    });
    let mut dws = Tlp { prefix, body: TlpBody::Mem(m.clone()) }.encode().unwrap();
    let hdr = prefixes(&dws).len();
    let pasid_dw =
        |n: u32| PasidPrefix { pasid: Pasid::new(n).unwrap(), ..Default::default() }.to_dw();
    let pfx = |ft: TlpFmtType| TlpPasidPrefix::default().with_fmt_type(ft).0;
    let dw0 = |dws: &mut Vec<u32>, f: &dyn Fn(TlpDw0) -> TlpDw0| dws[hdr] = f(TlpDw0(dws[hdr])).0;
    match r.mutation {
        None => {}
        Some(Mutation::Truncate(k)) => {
            let keep = dws.len().saturating_sub(k).max(1);
            dws.truncate(keep);
        }
        Some(Mutation::Extend(k)) => dws.extend((0..k as u32).map(|i| 0xabad_0000 | i)),
        Some(Mutation::WrongLength(d)) => {
            // Writes only (a read of another length is a valid read): Length no longer
            // matches the payload.
            dw0(&mut dws, &|d0| d0.with_length(((d0.length() + d) & 0x3ff).max(1)));
        }
        Some(Mutation::LocalPrefix) => dws.insert(hdr, pfx(TlpFmtType::PREFIX_VENDOR_L0)),
        Some(Mutation::TwoPasid) => {
            dws.insert(0, pasid_dw(7));
            if hdr == 0 {
                dws.insert(0, pasid_dw(8));
            }
        }
        Some(Mutation::FivePrefixes) => {
            for n in 0..5 {
                dws.insert(0, pasid_dw(n + 1));
            }
        }
        Some(Mutation::TphPrefix) => dws.insert(0, pfx(TlpFmtType::PREFIX_EXT_TPH)),
        Some(Mutation::Poison) => dw0(&mut dws, &|d0| d0.with_ep(true)),
        Some(Mutation::TdNoDigest) => dw0(&mut dws, &|d0| d0.with_td(true)),
        Some(Mutation::ReservedType(ft)) => dw0(&mut dws, &|d0| d0.with_fmt_type(TlpFmtType(ft))),
        Some(Mutation::Cross4k) => {
            // The last DW in the next page: address moved to the end of the page.
            let a = hdr + if r.high { 3 } else { 2 };
            let page_end = (dw_addr | 0xfff) + 1;
            let first = page_end - 4 * (len as u64 - 1);
            dws[a] = (dws[a] & 3) | (first as u32 & !3);
        }
        Some(Mutation::OverMps) => {
            // A write of MPS + 1 DW: Length and payload agree, the size does not.
            let extra = MPS_BYTES / 4 + 1 - len;
            dws.extend((0..extra as u32).map(|i| 0x5eed_0000 | i));
            dw0(&mut dws, &|d0| d0.with_length((MPS_BYTES / 4 + 1) as u16));
        }
    }
    dws
}

/// Whether a mutation applies to this request (else the request goes out valid).
fn applies(r: &Req) -> bool {
    let (_, len, _, _) = shape(r);
    match r.mutation {
        None => false,
        Some(Mutation::WrongLength(_) | Mutation::Poison | Mutation::OverMps) => r.write,
        // Crossing needs two DWs at least.
        Some(Mutation::Cross4k) => len >= 2,
        Some(_) => true,
    }
}

struct Run {
    /// Host memory as it must be.
    model: Vec<u8>,
    reads: BTreeMap<u8, ReadOutcome>,
    any_error: bool,
    dws: usize,
}

fn window_index(addr: u64) -> usize {
    if addr >= WIN64 {
        (WIN_LEN + addr - WIN64) as usize
    } else {
        (addr - WIN32) as usize
    }
}

fn run_case(reqs: &[Req], config: Config) -> Result<(), TestCaseError> {
    let h = kit(TOP, config, Mps::MPS_512B);
    let mut run = Run { model: windows(&h), reads: BTreeMap::new(), any_error: false, dws: 0 };
    h.take_observations();
    for (i, r0) in reqs.iter().enumerate() {
        let tag = i as u8;
        let mut r = r0.clone();
        if !applies(&r) {
            r.mutation = None;
        }
        let dws = wire(&r, tag);
        run.dws += dws.len();
        let (dw_addr, len, fbe, lbe) = shape(&r);
        match (r.write, r.mutation) {
            (true, None) => {
                let data = mem_request(&r, tag, dw_addr, len, fbe, lbe).data;
                for (k, b) in data.iter().enumerate() {
                    let be = if k < 4 {
                        fbe
                    } else if k >= 4 * (len - 1) {
                        lbe
                    } else {
                        0xf
                    };
                    if be >> (k % 4) & 1 != 0 {
                        let w = window_index(dw_addr) + k;
                        run.model[w] = *b;
                        for o in run.reads.values_mut() {
                            if let ReadOutcome::Data { base, expect, .. } = o {
                                if let Some(Some(v)) =
                                    w.checked_sub(*base).and_then(|i| expect.get_mut(i))
                                {
                                    v.push(*b);
                                }
                            }
                        }
                    }
                }
            }
            (true, Some(_)) => run.any_error = true,
            (false, None) => {
                let base = window_index(dw_addr);
                let expect = (0..4 * len)
                    .map(|k| {
                        let be = if k < 4 {
                            fbe
                        } else if k >= 4 * (len - 1) {
                            lbe
                        } else {
                            0xf
                        };
                        (be >> (k % 4) & 1 != 0).then(|| vec![run.model[base + k]])
                    })
                    .collect();
                run.reads.insert(tag, ReadOutcome::Data { dw_addr, base, expect });
            }
            (false, Some(m)) => {
                run.any_error = true;
                // Two End-End prefixes exceed Max End-End TLP Prefixes (1): UR, whatever
                // their types (the count decides first); every other mutation is Malformed.
                let two = matches!(m, Mutation::TwoPasid)
                    || matches!(m, Mutation::TphPrefix) && r.pasid.is_some();
                let o = if two { ReadOutcome::Ur } else { ReadOutcome::None };
                run.reads.insert(tag, o);
            }
        }
        h.send_tlp(&dws).unwrap();
    }
    // The sentinel: a read behind everything else.
    let sentinel_tag = reqs.len() as u8;
    let sentinel = Req {
        write: false,
        high: false,
        addr: WIN32,
        bytes: 4,
        pasid: None,
        mutation: None,
        seed: 0,
    };
    let sentinel_expect = (0..4).map(|k| Some(vec![run.model[k]])).collect();
    run.reads.insert(
        sentinel_tag,
        ReadOutcome::Data { dw_addr: WIN32, base: 0, expect: sentinel_expect },
    );
    h.send_tlp(&wire(&sentinel, sentinel_tag)).unwrap();

    // Bounded: the link must take everything and answer the sentinel.
    let bound = 4000 + 60 * run.dws as u64;
    let mut obs = Vec::new();
    let mut waited = 0;
    loop {
        h.run(500).unwrap();
        waited += 500;
        obs.extend(h.take_observations());
        let (cpls, _) = split_tx(&obs);
        let done = cpls.iter().any(|c| c.hdr.tag() == sentinel_tag);
        if done {
            h.run(200).unwrap();
            obs.extend(h.take_observations());
            break;
        }
        prop_assert!(waited < bound, "no answer to the sentinel read after {waited} cycles");
    }

    // Memory: exactly the valid writes.
    let got = windows(&h);
    if got != run.model {
        let k = got.iter().zip(&run.model).position(|(a, b)| a != b).unwrap();
        return Err(TestCaseError::fail(format!(
            "memory differs at window byte {k:#x}: got {:#04x}, want {:#04x}",
            got[k], run.model[k]
        )));
    }
    // Completions per tag.
    let (cpls, other) = split_tx(&obs);
    prop_assert!(other.is_empty(), "non-completion TLPs sent: {other:x?}");
    let mut by_tag: BTreeMap<u8, Vec<&SentCpl>> = BTreeMap::new();
    for c in &cpls {
        prop_assert_eq!(c.hdr.requester_id(), EP_RID.0);
        by_tag.entry(c.hdr.tag()).or_default().push(c);
    }
    for (tag, outcome) in &run.reads {
        let got = by_tag.remove(tag).unwrap_or_default();
        match outcome {
            ReadOutcome::None => prop_assert!(got.is_empty(), "tag {tag}: malformed read answered"),
            ReadOutcome::Ur => {
                prop_assert_eq!(got.len(), 1, "tag {}: one UR completion", tag);
                prop_assert_eq!(got[0].hdr.status(), CplStatus::UR);
            }
            ReadOutcome::Data { dw_addr, expect, .. } => {
                prop_assert!(!got.is_empty(), "tag {tag}: read not answered");
                let mut data = Vec::new();
                let first = expect.iter().position(|b| b.is_some()).unwrap_or(0);
                let last = expect.iter().rposition(|b| b.is_some()).unwrap_or(0);
                let mut remaining = last + 1 - first;
                for (n, c) in got.iter().enumerate() {
                    prop_assert_eq!(c.hdr.status(), CplStatus::SC, "tag {} completion {}", tag, n);
                    prop_assert_eq!(
                        c.hdr.byte_count() as usize,
                        remaining & 0xfff,
                        "tag {} byte count",
                        tag
                    );
                    if n == 0 {
                        let la = (*dw_addr as usize + first) & 0x7f;
                        prop_assert_eq!(
                            c.hdr.lower_address() as usize,
                            la,
                            "tag {} lower address",
                            tag
                        );
                    }
                    let bytes = dws_to_bytes(&c.data);
                    let start_in = if n == 0 { first } else { 0 };
                    remaining = remaining.saturating_sub(bytes.len() - start_in);
                    data.extend(bytes);
                }
                prop_assert_eq!(data.len(), expect.len(), "tag {} data length", tag);
                for (k, (g, w)) in data.iter().zip(expect).enumerate() {
                    if let Some(w) = w {
                        prop_assert!(w.contains(g), "tag {tag} byte {k}: {g:#04x} not in {w:x?}");
                    }
                }
            }
        }
    }
    prop_assert!(by_tag.is_empty(), "completions for no request: {:?}", by_tag.keys());
    let status = AerUncorErrors(cfg_read32(&h, AerUncorStatus::OFFSET));
    prop_assert_eq!(status != AerUncorErrors::default(), run.any_error, "AER status {:?}", status);
    Ok(())
}

#[test]
fn random_streams_with_mutations() {
    let config = PtConfig {
        cases: CASES,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        max_shrink_iters: 64,
        ..PtConfig::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[0x5a; 32]);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let strategy = (
        proptest::collection::vec(req(), 1..14),
        any::<u64>(),
        0.3f64..=1.0,
        0.3f64..=1.0,
        any::<bool>(),
    );
    runner
        .run(&strategy, |(reqs, seed, valid, ready, slow_mem)| {
            let config = Config {
                seed,
                tlp_valid_chance: valid,
                tlp_ready_chance: ready,
                mem: if slow_mem {
                    AxiMemConfig {
                        read_latency: 9,
                        write_latency: 5,
                        ready_chance: 0.5,
                        ..AxiMemConfig::default()
                    }
                } else {
                    AxiMemConfig::default()
                },
                ..Config::default()
            };
            run_case(&reqs, config)
        })
        .unwrap();
}

/// The property is not vacuous: a stream of only valid requests leaves no AER error, and
/// only mutated ones write nothing at all.
#[test]
fn mutations_alone_write_nothing() {
    let h = kit(TOP, Config::default(), Mps::MPS_512B);
    let before = windows(&h);
    let muts = [
        Mutation::Truncate(1),
        Mutation::Extend(2),
        Mutation::WrongLength(1),
        Mutation::LocalPrefix,
        Mutation::TwoPasid,
        Mutation::FivePrefixes,
        Mutation::TphPrefix,
        Mutation::Poison,
        Mutation::TdNoDigest,
        Mutation::ReservedType(0x03),
        Mutation::Cross4k,
        Mutation::OverMps,
    ];
    for (i, m) in muts.iter().enumerate() {
        let r = Req {
            write: true,
            high: i % 2 == 1,
            addr: WIN32 + 0x100 + 64 * i as u64 + (i as u64 % 4),
            bytes: 9 + i,
            pasid: (i % 3 == 0).then_some(0x77),
            mutation: Some(*m),
            seed: i as u8,
        };
        let r = Req { addr: if r.high { r.addr - WIN32 + WIN64 } else { r.addr }, ..r };
        h.send_tlp(&wire(&r, i as u8)).unwrap();
    }
    h.run(4000).unwrap();
    let obs = h.take_observations();
    assert!(mem_writes(&obs).is_empty(), "a mutated write reached memory: {:x?}", mem_writes(&obs));
    assert!(windows(&h) == before);
    assert_ne!(AerUncorErrors(cfg_read32(&h, AerUncorStatus::OFFSET)), AerUncorErrors::default());
}

/// One stream from random initial flop values (reset must define every bit that matters;
/// the assertions are off while `rst_ni` is low, before their `past_valid_q` is defined).
#[test]
fn random_initial_values() {
    let mut runner = TestRunner::new_with_rng(
        PtConfig { cases: 2, failure_persistence: None, ..PtConfig::default() },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[0xa5; 32]),
    );
    runner
        .run(&proptest::collection::vec(req(), 1..10), |reqs| {
            run_case(&reqs, Config { seed: 3, random_init: Some(0x1234_5678), ..Config::default() })
        })
        .unwrap();
}
