//! Replay files on the reference model: the checked-in files reproduce their observations bit
//! for bit, and those observations say what the specification says they must (identity
//! translations in Bare mode; directory walks, fault records and the fault-queue wire);
//! the ops the model cannot run, and bad steps, are errors that name their line; time and
//! interrupt lines follow the documented rules; the command line prints the same.

use std::path::{Path, PathBuf};

use cosim_common::replay::{parse, to_lines, Bytes, Hex, Observation, Stimulus};
use driver::regs::iommu_mem::{
    DeviceContext, FaultCause, FaultRecord, IosatpMode, PdtpMode, ProcessContext, Pte, Ttyp,
    FAULT_RECORD_BYTES, PAGE_SHIFT,
};
use driver::regs::iommu_regs::{
    Fqb, Fqcsr, Fqt, Icvec, Ipsr, QueueBase, QueueIndex, TrReqCtl, TrReqIova, TrResponse,
};
use iommu_model::replay::{irq_pin, run, run_with, ModelReplay};
use iommu_model::Config;

fn replay_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/replay")
}

fn load(name: &str) -> Vec<(usize, Stimulus)> {
    let text = std::fs::read_to_string(replay_dir().join(name)).unwrap();
    parse(name, &text).unwrap()
}

/// Values of the register reads at `offset`, in order.
fn reads_at(obs: &[Observation], offset: usize) -> Vec<u64> {
    obs.iter()
        .filter_map(|o| match o {
            Observation::MmioRead { offset: Hex(o), value, .. } if *o == offset as u64 => {
                Some(value.0)
            }
            _ => None,
        })
        .collect()
}

/// Every `*.jsonl` stimulus file of `tests/replay/` must reproduce its `*.expected.jsonl`
/// exactly. `COSIM_BLESS=1` rewrites the expectations (review the diff before committing).
#[test]
fn checked_in_replays_reproduce_their_observations() {
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(replay_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".jsonl") || name.ends_with(".expected.jsonl") {
            continue;
        }
        let expected_path = path.with_file_name(name.replace(".jsonl", ".expected.jsonl"));
        let got = to_lines(&run(&name, &load(&name)).unwrap());
        if std::env::var_os("COSIM_BLESS").is_some() {
            std::fs::write(&expected_path, &got).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        assert!(
            got == expected,
            "{name}: observations differ from {}\n--- got\n{got}",
            expected_path.display()
        );
        checked.push(name);
    }
    checked.sort();
    assert_eq!(checked, ["bare_identity.jsonl", "ddt1_pdt_fault.jsonl"]);
}

/// The shared sample's README: every `tr_req_ctl` read after the wait shows Busy clear, every
/// `tr_response` read shows no fault and the requested IOVA's page.
fn check_bare_identity(obs: &[Observation]) -> usize {
    let mut iova = None;
    let mut asked = false;
    let mut answered = 0;
    for o in obs {
        match o {
            Observation::MmioWrite { offset, value, .. }
                if offset.0 == TrReqIova::OFFSET as u64 =>
            {
                iova = Some(TrReqIova::from_bits(value.0).vpn() << PAGE_SHIFT);
            }
            Observation::MmioWrite { offset, value, .. } if offset.0 == TrReqCtl::OFFSET as u64 => {
                assert!(TrReqCtl::from_bits(value.0).go_busy(), "every request sets Go");
                asked = true;
            }
            Observation::MmioRead { offset, value, .. } if offset.0 == TrReqCtl::OFFSET as u64 => {
                assert!(!TrReqCtl::from_bits(value.0).go_busy(), "Busy after the wait: {o:?}");
            }
            Observation::MmioRead { offset, value, .. }
                if offset.0 == TrResponse::OFFSET as u64 =>
            {
                let r = TrResponse::from_bits(value.0);
                let page = iova.expect("an IOVA was written") >> PAGE_SHIFT;
                assert!(asked, "a response is read only after a request");
                assert!(!r.fault(), "fault for IOVA page {page:#x}: {o:?}");
                assert!(!r.s(), "identity translations report one 4 KiB page");
                assert_eq!(r.ppn(), page, "{o:?}");
                asked = false;
                answered += 1;
            }
            Observation::MemWrite { .. } | Observation::MemRefused { .. } => {
                panic!("no fault record or stray access is expected: {o:?}")
            }
            _ => {}
        }
    }
    answered
}

#[test]
fn bare_identity_gives_every_iova_its_own_page() {
    let steps = load("bare_identity.jsonl");
    let requests = steps
        .iter()
        .filter(|(_, s)| matches!(s, Stimulus::MmioWrite { offset, .. } if offset.0 == TrReqCtl::OFFSET as u64))
        .count();
    assert!(requests >= 10, "the sample asks {requests} translations");
    let obs = run("bare_identity", &steps).unwrap();
    assert_eq!(check_bare_identity(&obs), requests, "one checked response per request");
}

/// `wait` runs the model until idle: with busy bits that stay set for 3 register reads, the
/// sample gives the same observations, and without its waits the reads see Busy.
#[test]
fn waits_let_slow_operations_finish() {
    let steps = load("bare_identity.jsonl");
    let slow = Config { busy_polls: 3, ..Config::default() };
    let fast = to_lines(&run("fast", &steps).unwrap());
    assert_eq!(to_lines(&run_with(slow, "slow", &steps).unwrap()), fast);

    let no_waits: Vec<_> =
        steps.iter().filter(|(_, s)| !matches!(s, Stimulus::Wait { .. })).cloned().collect();
    let obs = run_with(slow, "no waits", &no_waits).unwrap();
    let busy = reads_at(&obs, TrReqCtl::OFFSET);
    assert!(!busy.is_empty());
    assert!(busy.iter().all(|&v| TrReqCtl::from_bits(v).go_busy()), "{busy:x?}");
}

/// The little-endian bytes of a `mem_write` step at `addr`.
fn written<const N: usize>(steps: &[(usize, Stimulus)], addr: u64) -> [u8; N] {
    steps
        .iter()
        .find_map(|(_, s)| match s {
            Stimulus::MemWrite { addr: Hex(a), data: Bytes(d), .. } if *a == addr => {
                Some(d.as_slice().try_into().unwrap())
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no mem_write at {addr:#x}"))
}

/// Addresses and values the comments of `ddt1_pdt_fault.jsonl` state.
const FQ: u64 = 0x1f00_0000;
const DDT: u64 = 0x2000_0000;
const PDT: u64 = 0x2000_1000;
const DID: u32 = 0x2a;
const PID: u32 = 0x17;
const IOVA: u64 = 0xc821_2000;
const FAULT_VECTOR: u32 = 5;

/// The file's tables are what its comments say, read with the generated types and indexed as
/// the spec's base-format DDT (DDI[0] = device_id[6:0]) and PD8 PDT (PDI[0] = process_id[7:0]).
#[test]
fn ddt1_pdt_fault_builds_the_tables_it_describes() {
    let steps = load("ddt1_pdt_fault.jsonl");
    let dc = DeviceContext::from_le_bytes(written(&steps, DDT + u64::from(DID) * 32));
    assert!(dc.tc().v() && dc.tc().pdtv() && !dc.tc().dtf());
    assert_eq!(PdtpMode(dc.fsc().mode()), PdtpMode::PD8);
    assert_eq!(dc.fsc().ppn() << PAGE_SHIFT, PDT);
    let pc = ProcessContext::from_le_bytes(written(&steps, PDT + u64::from(PID) * 16));
    assert!(pc.ta().v());
    assert_eq!(pc.fsc().mode(), IosatpMode::SV39);
    let mut table = pc.fsc().ppn() << PAGE_SHIFT;
    for level in [2, 1] {
        let vpn = (IOVA >> (PAGE_SHIFT + 9 * level)) & 0x1ff;
        let pte = Pte::from_le_bytes(written(&steps, table + vpn * 8));
        assert!(pte.v() && !pte.r() && !pte.w() && !pte.x(), "non-leaf at level {level}");
        table = pte.ppn() << PAGE_SHIFT;
    }
    let leaf = Pte::from_le_bytes(written(&steps, table + ((IOVA >> PAGE_SHIFT) & 0x1ff) * 8));
    assert!(leaf.v() && leaf.r() && leaf.w() && leaf.u() && leaf.a() && leaf.d());
    assert_eq!(leaf.ppn(), 0x12345);
}

#[test]
fn ddt1_pdt_fault_translates_and_reports_the_faults() {
    let steps = load("ddt1_pdt_fault.jsonl");
    let obs = run("ddt1_pdt_fault", &steps).unwrap();
    let fq_base = reads_at(&obs, Fqcsr::OFFSET);
    assert!(Fqcsr::from_bits(fq_base[0] as u32).fqon(), "the fault queue is on");

    // Responses in file order: read, write, page fault, PDT fault, DDT fault, new mapping.
    let responses: Vec<TrResponse> =
        reads_at(&obs, TrResponse::OFFSET).into_iter().map(TrResponse::from_bits).collect();
    assert_eq!(responses.len(), 6);
    for (n, ppn) in [(0, 0x12345), (1, 0x12345), (5, 0x12346)] {
        assert!(!responses[n].fault() && !responses[n].s(), "response {n}");
        assert_eq!(responses[n].ppn(), ppn, "response {n}");
    }
    assert!(responses[2..5].iter().all(|r| r.fault()));

    // The records, in queue order, as the fault queue (FAULT_QUEUE) lays them out.
    let writes: Vec<(u64, &[u8])> = obs
        .iter()
        .filter_map(|o| match o {
            Observation::MemWrite { addr, data, .. } => Some((addr.0, data.0.as_slice())),
            _ => None,
        })
        .collect();
    let expected = [
        (FaultCause::RD_PAGE_FAULT, DID, Some(PID), Ttyp::UADDR_RD, IOVA + 0x1000),
        (FaultCause::PDT_INVALID, DID, Some(PID + 1), Ttyp::UADDR_WR, IOVA),
        (FaultCause::DDT_INVALID, DID + 1, None, Ttyp::UADDR_RD, IOVA),
    ];
    assert_eq!(writes.len(), expected.len(), "one record per fault, nothing else written");
    for (n, ((addr, data), (cause, did, pid, ttyp, iotval))) in
        writes.iter().zip(expected).enumerate()
    {
        assert_eq!(*addr, FQ + (n * FAULT_RECORD_BYTES) as u64, "record {n}");
        let r = FaultRecord::from_le_bytes((*data).try_into().unwrap());
        assert_eq!(r.cause(), cause, "record {n}");
        assert_eq!(r.did(), did, "record {n}");
        assert_eq!(r.pv(), pid.is_some(), "record {n}");
        assert_eq!(r.pid(), pid.unwrap_or(0), "record {n}");
        assert!(!r.r#priv(), "record {n}");
        assert_eq!(r.ttyp(), ttyp, "record {n}");
        assert_eq!(r.iotval(), iotval, "record {n}");
        assert_eq!(r.iotval2(), 0, "record {n}");
    }
    // The host reads the same bytes back.
    let host: Vec<u8> = obs
        .iter()
        .find_map(|o| match o {
            Observation::MemRead { data: Some(data), .. } => Some(data.0.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(host, writes.iter().flat_map(|(_, d)| d.iter().copied()).collect::<Vec<u8>>());
    assert_eq!(QueueIndex::from_bits(reads_at(&obs, Fqt::OFFSET)[0] as u32).index(), 3);
    let ipsr = reads_at(&obs, Ipsr::OFFSET);
    assert!(Ipsr::from_bits(ipsr[0] as u32).fip());
    assert!(!Ipsr::from_bits(ipsr[1] as u32).fip(), "write 1 cleared fip");

    // The wire of icvec.fiv rises with the first record and falls when fip is cleared.
    assert_eq!(Icvec::default().with_fiv(FAULT_VECTOR as u8).0, 0x50, "the file's icvec value");
    let irqs: Vec<(u64, &str, bool)> = obs
        .iter()
        .filter_map(|o| match o {
            Observation::Irq { cycle, pin, level } => Some((*cycle, pin.as_str(), *level)),
            _ => None,
        })
        .collect();
    let pin = irq_pin(FAULT_VECTOR);
    assert_eq!(
        irqs.iter().map(|i| (i.1, i.2)).collect::<Vec<_>>(),
        [(pin.as_str(), true), (pin.as_str(), false)]
    );
    let first_record = obs.iter().find_map(|o| match o {
        Observation::MemWrite { cycle, .. } => Some(*cycle),
        _ => None,
    });
    assert_eq!(Some(irqs[0].0), first_record, "the wire rises in the record's step");
    // The fault queue the file programs is the one the records went to.
    let fqb = steps.iter().find_map(|(_, s)| match s {
        Stimulus::MmioWrite { offset, value, .. } if offset.0 == Fqb::OFFSET as u64 => {
            Some(QueueBase::from_bits(value.0))
        }
        _ => None,
    });
    assert_eq!(fqb.unwrap().ppn() << PAGE_SHIFT, FQ);
}

fn run_text(text: &str) -> Result<Vec<Observation>, cosim_common::replay::ReplayError> {
    run("t.jsonl", &parse("t.jsonl", text).unwrap())
}

#[test]
fn what_the_model_cannot_run_is_an_error_naming_the_line() {
    let head = "{\"op\":\"config\",\"seed\":3}\n{\"op\":\"wait\",\"cycles\":1}\n";
    for (line, word) in [
        (r#"{"op":"tlp","dws":["0x91000123"]}"#, "`tlp`"),
        (r#"{"op":"poke","pin":"dma_start","value":"0x1"}"#, "`poke`"),
        (r#"{"op":"peek","pin":"irq_o"}"#, "`peek`"),
        (r#"{"op":"force","pin":"rx_tlp_keep","value":"0x2"}"#, "`force`"),
        (r#"{"op":"release","pin":"rx_tlp_keep"}"#, "`release`"),
        (
            r#"{"op":"hw2reg","port":"iommu","reg":"fqcsr","field":"fqof","signal":"set","value":"0x1"}"#,
            "`hw2reg`",
        ),
        (r#"{"op":"wait_for","pin":"irq_o","value":"0x1","timeout":9}"#, "`wait_for`"),
        (r#"{"op":"mmio_read","port":"rpcfg","offset":"0x0","width":4}"#, "`rpcfg`"),
        (
            r#"{"op":"mmio_poll","port":"rpcfg","offset":"0x0","width":4,"mask":"0x1","value":"0x0","timeout":4}"#,
            "`rpcfg`",
        ),
        (r#"{"op":"mmio_read","port":"iommu","offset":"0x4","width":8}"#, "aligned"),
        (r#"{"op":"mmio_read","port":"iommu","offset":"0x1000","width":4}"#, "4096-byte"),
        (r#"{"op":"mmio_write","port":"iommu","offset":"0x10","width":3,"value":"0x1"}"#, "widths"),
        (r#"{"op":"mem_write","addr":"0x1000","data":"00"}"#, "not DMA memory"),
        (r#"{"op":"wait","cycle":0,"cycles":1}"#, "already at cycle 1"),
    ] {
        let e = run_text(&format!("{head}{line}\n")).unwrap_err();
        assert_eq!(e.line, 3, "{line}: {e}");
        assert!(e.to_string().starts_with("t.jsonl:3: "), "{e}");
        assert!(e.message.contains(word), "{line}: {e}");
    }
}

/// A `mem_read` of memory that is not (all) mapped is an observation, not an error: `len`
/// and `error: unmapped`, no data; the run goes on.
#[test]
fn mem_read_of_unmapped_memory_is_observed() {
    let text = r#"
{"op":"mem_map","addr":"0x1000","len":"0x10"}
{"op":"mem_write","addr":"0x1000","data":"0102"}
{"op":"mem_read","addr":"0x1000","len":2}
{"op":"mem_read","addr":"0x100f","len":2}
{"op":"mem_read","addr":"0x1000","len":18446744073709551615}
{"op":"mmio_read","port":"iommu","offset":"0x0","width":8}
"#;
    let obs = run_text(text).unwrap();
    let lines = to_lines(&obs);
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(lines[0], r#"{"ev":"mem_read","cycle":0,"addr":"0x1000","data":"0102"}"#);
    assert_eq!(
        lines[1],
        r#"{"ev":"mem_read","cycle":0,"addr":"0x100f","len":2,"error":"unmapped"}"#
    );
    assert_eq!(
        lines[2],
        r#"{"ev":"mem_read","cycle":0,"addr":"0x1000","len":18446744073709551615,"error":"unmapped"}"#
    );
    assert!(lines[3].starts_with(r#"{"ev":"mmio_read""#), "the run went on: {lines:?}");
}

/// `mmio_poll` on the model: one read per cycle, `timeout` counts reads; an operation in
/// progress completes after `busy_polls` reads, so the poll sees `busy` clear on read
/// `busy_polls + 1`; fewer reads time out with the last value read.
#[test]
fn mmio_poll_counts_reads_as_the_model_completes_operations() {
    use driver::regs::iommu_regs::{Ddtp, IommuMode};
    let busy = Ddtp::default().with_busy(true).0;
    let bare = Ddtp::default().with_iommu_mode(IommuMode::BARE).0;
    let poll = |timeout: u64| {
        format!(
            "{{\"op\":\"mmio_write\",\"port\":\"iommu\",\"offset\":\"{:#x}\",\"width\":8,\"value\":\"{bare:#x}\"}}\n\
             {{\"op\":\"mmio_poll\",\"port\":\"iommu\",\"offset\":\"{:#x}\",\"width\":8,\"mask\":\"{busy:#x}\",\"value\":\"0x0\",\"timeout\":{timeout}}}\n\
             {{\"op\":\"mmio_read\",\"port\":\"iommu\",\"offset\":\"{:#x}\",\"width\":8}}\n",
            Ddtp::OFFSET, Ddtp::OFFSET, Ddtp::OFFSET
        )
    };
    let config = Config { busy_polls: 2, ..Config::default() };
    let polled = |timeout: u64| {
        let text = poll(timeout);
        let obs = run_with(config, "t", &parse("t", &text).unwrap()).unwrap();
        obs.into_iter()
            .filter_map(|o| match o {
                Observation::MmioPoll { cycle, value, timed_out, .. } => {
                    Some((cycle, Ddtp::from_bits(value.0), timed_out))
                }
                Observation::MmioRead { cycle, value, .. } => {
                    Some((cycle, Ddtp::from_bits(value.0), false))
                }
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    // The write at cycle 0; reads at 1 and 2 see busy, the third (cycle 3) does not.
    let ok = polled(10);
    assert_eq!(ok.len(), 2, "{ok:?}");
    assert_eq!((ok[0].0, ok[0].1.busy(), ok[0].2), (3, false, false), "{ok:?}");
    assert_eq!(ok[0].1.iommu_mode(), IommuMode::BARE);
    assert_eq!(ok[1].0, 4, "the next step starts after the poll");
    // Two reads only: still busy, timed out.
    let late = polled(2);
    assert_eq!((late[0].0, late[0].1.busy(), late[0].2), (2, true, true), "{late:?}");
    // The read after it is the third: done.
    assert!(!late[1].1.busy());
    // Timeout 0 still reads once.
    let once = polled(0);
    assert_eq!((once[0].0, once[0].1.busy(), once[0].2), (1, true, true), "{once:?}");
}

/// Cycles: an access takes 1, a wait and a reset their cycles, memory steps none; a `cycle`
/// field idles up to it. Every observation carries the cycle its step starts at.
#[test]
fn the_cycle_counter_follows_the_documented_rules() {
    let text = r#"
{"op":"mmio_read","port":"iommu","offset":"0x10","width":8}
{"op":"mem_map","addr":"0x1000","len":"0x1000"}
{"op":"mem_write","addr":"0x1000","data":"aa"}
{"op":"mem_read","addr":"0x1000","len":1}
{"op":"wait","cycles":10}
{"op":"mmio_write","port":"iommu","offset":"0x10","width":1,"value":"0x1"}
{"op":"reset","cycles":8}
{"op":"mmio_read","cycle":40,"port":"iommu","offset":"0x10","width":8}
{"op":"mmio_read","port":"iommu","offset":"0x10","width":4}
"#;
    let obs = run_text(text).unwrap();
    let cycles: Vec<u64> = obs
        .iter()
        .map(|o| match o {
            Observation::MmioRead { cycle, .. }
            | Observation::MmioWrite { cycle, .. }
            | Observation::MemRead { cycle, .. } => *cycle,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(cycles, [0, 1, 11, 40, 41]);
    let mut r = ModelReplay::new(Config::default());
    for (_, s) in parse("t", text).unwrap() {
        r.apply(&s).unwrap();
    }
    assert_eq!(r.cycle(), 42);
    // The reset put ddtp back to Off (its reset value): the last reads see 0.
    assert_eq!(reads_at(&obs, 0x10), [0, 0, 0]);
    assert_eq!(r.take_observations().len(), obs.len());
}

/// A fault queue in unmapped memory: the record is refused (observed, nothing written) and
/// the queue stops with `fqmf`; a DDT in unmapped memory: the refused read is observed and
/// reported as a DDT load fault. An interrupt line that is up drops at reset.
#[test]
fn refused_accesses_are_observed_and_reset_drops_the_wires() {
    let text = r#"
{"op":"mem_map","addr":"0x20000000","len":"0x1000"}
{"op":"mmio_write","port":"iommu","offset":"0x28","width":8,"value":"0x7c00006"}
{"op":"mmio_write","port":"iommu","offset":"0x4c","width":4,"value":"0x3"}
{"op":"mmio_write","port":"iommu","offset":"0x10","width":8,"value":"0x8000402"}
{"op":"mmio_write","port":"iommu","offset":"0x258","width":8,"value":"0x5000"}
{"op":"mmio_write","port":"iommu","offset":"0x260","width":8,"value":"0x70000000009"}
{"op":"wait","cycles":5}
{"op":"mmio_read","port":"iommu","offset":"0x4c","width":4}
{"op":"reset","cycles":4}
"#;
    // ddtp PPN 0x20001 (unmapped), fault queue at 0x1f000000 (unmapped), device 7.
    let obs = run_text(text).unwrap();
    let refused: Vec<(bool, u64, u64)> = obs
        .iter()
        .filter_map(|o| match o {
            Observation::MemRefused { write, addr, len, .. } => Some((*write, addr.0, len.0)),
            _ => None,
        })
        .collect();
    assert_eq!(
        refused,
        [(false, 0x2000_1000 + 7 * 32, 32), (true, FQ, FAULT_RECORD_BYTES as u64)],
        "the device context read, then the record"
    );
    assert!(!obs.iter().any(|o| matches!(o, Observation::MemWrite { .. })));
    let fqcsr = Fqcsr::from_bits(reads_at(&obs, Fqcsr::OFFSET)[0] as u32);
    assert!(fqcsr.fqmf(), "the refused record write sets fqmf");
    // fqmf with fie sets fip: wire 0 (icvec at reset) rises, and reset drops it.
    let irqs: Vec<(String, bool)> = obs
        .iter()
        .filter_map(|o| match o {
            Observation::Irq { pin, level, .. } => Some((pin.clone(), *level)),
            _ => None,
        })
        .collect();
    assert_eq!(irqs, [(irq_pin(0), true), (irq_pin(0), false)]);
}

fn model_cli(args: &[&Path]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_iommu-model")).args(args).output().unwrap()
}

#[test]
fn cli_prints_and_writes_the_expected_observations() {
    let file = replay_dir().join("ddt1_pdt_fault.jsonl");
    let expected =
        std::fs::read_to_string(replay_dir().join("ddt1_pdt_fault.expected.jsonl")).unwrap();
    let out = model_cli(&[Path::new("replay"), &file]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);

    let dir = tempfile::tempdir().unwrap();
    let obs = dir.path().join("obs.jsonl");
    let out = model_cli(&[Path::new("replay"), &file, Path::new("--out"), &obs]);
    assert!(out.status.success());
    assert_eq!(std::fs::read_to_string(&obs).unwrap(), expected);

    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"op\":\"wait\",\"cycles\":1}\n{\"op\":\"tlp\",\"dws\":[\"0x1\"]}\n")
        .unwrap();
    let out = model_cli(&[Path::new("replay"), &bad]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.jsonl:2: `tlp` is not modelled"), "{err}");
}
