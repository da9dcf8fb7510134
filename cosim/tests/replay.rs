//! The replay interface: a checked-in stimulus file reproduces its observations bit for bit,
//! a recorded run replays to the same observations, the CLI and waveforms work.

use std::path::PathBuf;

use cosim::axi_mem::AxiMemConfig;
use cosim::hwif::Signal;
use cosim::replay::{self, Observation, RunOptions, Stimulus};
use cosim::{Config, Harness, DEFAULT_TOP};
use driver::dma::DmaMemory;
use driver::regs::iommu_regs::{Ddtp, IommuMode, IommuRegs};

fn replay_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/replay")
}

/// Every `*.jsonl` stimulus file next to a `*.expected.jsonl` must reproduce it exactly.
/// `COSIM_BLESS=1` rewrites the expectations (review the diff before committing it).
#[test]
fn checked_in_replays_reproduce_their_observations() {
    let mut checked = 0;
    for entry in std::fs::read_dir(replay_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".jsonl") || name.ends_with(".expected.jsonl") {
            continue;
        }
        let expected_path = path.with_file_name(name.replace(".jsonl", ".expected.jsonl"));
        let text = std::fs::read_to_string(&path).unwrap();
        let steps = replay::parse(&name, &text).unwrap();
        let got = replay::to_lines(&replay::run(&name, &steps, &RunOptions::default()).unwrap());
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
        checked += 1;
    }
    assert!(checked >= 1, "no replay files found");
}

/// The smoke file's observations say what the harness did (not just "the same as before").
#[test]
fn smoke_replay_observes_the_design() {
    let text = std::fs::read_to_string(replay_dir().join("harness_smoke.jsonl")).unwrap();
    let obs = replay::run("smoke", &replay::parse("smoke", &text).unwrap(), &RunOptions::default())
        .unwrap();
    let reads: Vec<u64> = obs
        .iter()
        .filter_map(|o| match o {
            Observation::MmioRead { value, .. } => Some(value.0),
            _ => None,
        })
        .collect();
    assert_eq!(reads[0], driver::regs::iommu_regs::Capabilities::RESET.0);
    let ddtp = Ddtp::from_bits(reads[1]);
    assert_eq!(ddtp.iommu_mode(), IommuMode::LVL3);
    assert_eq!(ddtp.ppn(), 0x12345);
    assert!(driver::regs::iommu_regs::Ipsr::from_bits(reads[2] as u32).fip(), "hardware set fip");
    assert!(
        !driver::regs::iommu_regs::Ipsr::from_bits(reads[3] as u32).fip(),
        "write 1 cleared it"
    );
    let copied = obs.iter().find_map(|o| match o {
        Observation::MemRead { data: Some(data), .. } => Some(data.0.clone()),
        _ => None,
    });
    assert_eq!(
        copied.unwrap(),
        (0..24)
            .map(|i| [
                0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd,
                0xee, 0xff, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef
            ][i])
            .collect::<Vec<u8>>()
    );
    assert!(obs.iter().any(|o| matches!(o, Observation::MemRefused { write: true, .. })));
    let kinds: Vec<&str> = obs
        .iter()
        .filter_map(|o| match o {
            Observation::TlpOut { kind, .. } => Some(kind.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(kinds, ["prefix_pasid", "msg_local"]);
}

/// A run driven through the API (driver types, DMA allocation, hw2reg, TLPs) is recorded;
/// replaying the recording, after a trip through its JSON text, gives the same observations.
#[test]
fn recorded_run_replays_bit_for_bit() {
    let config = Config {
        seed: 1234,
        mem: AxiMemConfig {
            read_latency: 5,
            write_latency: 2,
            ready_chance: 0.6,
            max_outstanding: 3,
        },
        axil_jitter: 0.25,
        tlp_valid_chance: 0.7,
        tlp_ready_chance: 0.5,
        ..Config::default()
    };
    let h = Harness::new(DEFAULT_TOP, config.clone()).unwrap();
    h.start_recording(&config);
    let regs = IommuRegs::new(h.mmio("iommu").unwrap());
    regs.ddtp().write(Ddtp::from_bits(0).with_iommu_mode(IommuMode::BARE));
    let _ = regs.ddtp().read();
    let src = h.alloc(4096, 4096).unwrap();
    let dst = h.alloc(4096, 4096).unwrap();
    h.write(src, &(0..=255u8).cycle().take(4096).collect::<Vec<_>>()).unwrap();
    for (pin, v) in [("dma_src", src.0), ("dma_dst", dst.0 + 8), ("dma_len", 1000)] {
        h.poke(pin, &[v as u32, (v >> 32) as u32]).unwrap();
    }
    h.poke("dma_start", &[1]).unwrap();
    h.run(1).unwrap();
    h.poke("dma_start", &[0]).unwrap();
    h.send_tlp(&[0x4000_0001, 0x0000_00ff, 0x8000_0000]).unwrap();
    h.set_hw2reg("iommu", "ipsr", None, "fip", Signal::Set, 1).unwrap();
    h.run(1).unwrap();
    h.set_hw2reg("iommu", "ipsr", None, "fip", Signal::Set, 0).unwrap();
    let _ = regs.ipsr().read();
    // A register held by the core: its whole-register d leaf, recorded without a field.
    h.set_hw2reg("iommu", "fqcsr", None, "", Signal::D, 0x3_0000).unwrap();
    let _ = regs.fqcsr().read();
    assert!(h.wait_for("irq_o", 1, 20_000).unwrap());
    h.free(dst, 4096);
    h.run(50).unwrap();
    let original = h.take_observations();
    assert!(original.iter().any(|o| matches!(o, Observation::MemWrite { .. })));
    assert!(original.iter().any(|o| matches!(o, Observation::TlpOut { .. })));

    let text = replay::stimulus_lines(&h.recording());
    let steps = replay::parse("recorded", &text).unwrap();
    let replayed = replay::run("recorded", &steps, &RunOptions::default()).unwrap();
    assert_eq!(replay::to_lines(&replayed), replay::to_lines(&original));
}

#[test]
fn cli_replays_and_writes_a_waveform() {
    let dir = tempfile::tempdir().unwrap();
    let wave = dir.path().join("smoke.fst");
    let file = replay_dir().join("harness_smoke.jsonl");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cosim"))
        .arg("replay")
        .arg(&file)
        .arg("--trace")
        .arg(&wave)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let expected =
        std::fs::read_to_string(replay_dir().join("harness_smoke.expected.jsonl")).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "tracing must not change the run");
    let fst = std::fs::read(&wave).unwrap();
    assert!(fst.len() > 1000, "waveform of {} bytes", fst.len());
    assert_eq!(fst[0], 0, "FST files start with a header block (type 0)");
    // The signal names are in the file's hierarchy block (compressed); its header is readable.
    assert!(fst.windows(4).any(|w| w == b"TOP\0") || fst.len() > 1000);

    // A bad line is named.
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"op\":\"wait\",\"cycles\":1}\n{\"op\":\"mmio_read\",\"port\":\"dma\",\"offset\":0,\"width\":4}\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cosim"))
        .arg("replay")
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.jsonl:2:"), "{err}");
}

/// `--backend model` runs the file on the reference model: the same lines as
/// `iommu-model replay` (checked in next to the model's replay files); `--trace` needs the RTL.
#[test]
fn cli_backend_model_prints_the_model_observations() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("model/tests/replay");
    for name in ["bare_identity", "ddt1_pdt_fault"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cosim"))
            .arg("replay")
            .arg(dir.join(format!("{name}.jsonl")))
            .args(["--backend", "model"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let expected = std::fs::read_to_string(dir.join(format!("{name}.expected.jsonl"))).unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{name}");
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cosim"))
        .arg("replay")
        .arg(dir.join("bare_identity.jsonl"))
        .args(["--backend", "model", "--trace", "x.fst"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("need the RTL"));
}

/// Random initial values (`"random_init": <seed>` in the config line): every state element
/// reset does not define starts random, and the smoke file must still give its checked-in
/// observations, bit for bit: reset defines every bit they depend on. The TLP FIFO's storage
/// is not reset (written before read), so its head shows the random values: proof that the
/// seed reached the model, and that the same seed gives the same values.
#[test]
fn smoke_replay_is_unchanged_from_random_initial_values() {
    let text = std::fs::read_to_string(replay_dir().join("harness_smoke.jsonl")).unwrap();
    let expected =
        std::fs::read_to_string(replay_dir().join("harness_smoke.expected.jsonl")).unwrap();
    let mut steps = replay::parse("smoke", &text).unwrap();
    for seed in [1, 7, 0x5eed_cafe] {
        let Stimulus::Config(c) = &mut steps[0].1 else {
            panic!("the smoke file starts with config")
        };
        c.random_init = Some(seed);
        let got = replay::to_lines(&replay::run("smoke", &steps, &RunOptions::default()).unwrap());
        assert!(got == expected, "random_init {seed}: observations differ\n--- got\n{got}");
    }

    let head = |random_init| {
        let h = Harness::new(DEFAULT_TOP, Config { random_init, ..Config::default() }).unwrap();
        h.peek("tx_tlp_data").unwrap()
    };
    assert_eq!(head(None), [0, 0], "zeros by default");
    assert_ne!(head(Some(1)), [0, 0], "random storage");
    assert_eq!(head(Some(1)), head(Some(1)), "the same seed, the same values");
    assert_ne!(head(Some(1)), head(Some(2)));
    let e = Harness::new(DEFAULT_TOP, Config { random_init: Some(0), ..Config::default() });
    assert!(e.is_err_and(|e| e.to_string().contains("random_init")));
}
